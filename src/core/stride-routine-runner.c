/* stride-routine-runner.c — the clockwork of a routine: get ready, work, switch side, rest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-core-enums.h"
#include "stride-dose.h"
#include "stride-routine-runner-private.h"

#define DEFAULT_GET_READY_S 5
#define DEFAULT_SWITCH_S    5
#define RESTART_AFTER_USEC  (3 * G_USEC_PER_SEC)

G_DEFINE_FINAL_TYPE (StrideRoutineRunner, stride_routine_runner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PHASE,
  PROP_PAUSED,
  PROP_ITEM,
  PROP_EXERCISE,
  PROP_SIDE,
  PROP_SET,
  PROP_N_SETS,
  PROP_REP,
  PROP_N_REPS,
  PROP_REMAINING_S,
  PROP_DURATION_S,
  PROP_PROGRESS,
  PROP_COMPLETED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PHASE_CHANGED,
  TICK,
  REP,
  CUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
stride_phase_to_string (StridePhase phase)
{
  static const char * const names[] = { "idle", "get_ready", "work", "switch_side", "rest", "done" };

  g_return_val_if_fail (phase < G_N_ELEMENTS (names), NULL);
  return names[phase];
}

const char *
stride_runner_side_to_string (StrideRunnerSide side)
{
  static const char * const names[] = { "none", "left", "right" };

  g_return_val_if_fail (side < G_N_ELEMENTS (names), NULL);
  return names[side];
}

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_free (item->exercise);
}

static void
stop_ticking (StrideRoutineRunner *self)
{
  if (!self->ticking)
    return;

  self->ticking = FALSE;
  stride_clock_stop (self->clock);
}

static void
stride_routine_runner_dispose (GObject *object)
{
  StrideRoutineRunner *self = STRIDE_ROUTINE_RUNNER (object);

  if (self->clock != NULL)
    {
      stop_ticking (self);
      g_signal_handlers_disconnect_by_data (self->clock, self);
    }
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (stride_routine_runner_parent_class)->dispose (object);
}

static void
stride_routine_runner_finalize (GObject *object)
{
  StrideRoutineRunner *self = STRIDE_ROUTINE_RUNNER (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->steps, g_array_unref);

  G_OBJECT_CLASS (stride_routine_runner_parent_class)->finalize (object);
}

static void
stride_routine_runner_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  StrideRoutineRunner *self = STRIDE_ROUTINE_RUNNER (object);

  switch (prop_id)
    {
    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;
    case PROP_ITEM:
      g_value_set_int (value, stride_routine_runner_get_item (self));
      break;
    case PROP_EXERCISE:
      g_value_set_string (value, stride_routine_runner_get_exercise (self));
      break;
    case PROP_SIDE:
      g_value_set_enum (value, stride_routine_runner_get_side (self));
      break;
    case PROP_SET:
      g_value_set_uint (value, stride_routine_runner_get_set (self));
      break;
    case PROP_N_SETS:
      g_value_set_uint (value, stride_routine_runner_get_n_sets (self));
      break;
    case PROP_REP:
      g_value_set_uint (value, stride_routine_runner_get_rep (self));
      break;
    case PROP_N_REPS:
      g_value_set_uint (value, stride_routine_runner_get_n_reps (self));
      break;
    case PROP_REMAINING_S:
      g_value_set_uint (value, stride_routine_runner_get_remaining_s (self));
      break;
    case PROP_DURATION_S:
      g_value_set_uint (value, stride_routine_runner_get_duration_s (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, stride_routine_runner_get_progress (self));
      break;
    case PROP_COMPLETED:
      g_value_set_boolean (value, self->completed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_routine_runner_class_init (StrideRoutineRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_routine_runner_dispose;
  object_class->finalize = stride_routine_runner_finalize;
  object_class->get_property = stride_routine_runner_get_property;

#define READ_ONLY (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL, STRIDE_TYPE_PHASE, STRIDE_PHASE_IDLE, READ_ONLY);
  properties[PROP_PAUSED] = g_param_spec_boolean ("paused", NULL, NULL, FALSE, READ_ONLY);
  /* The current step's; -1, NULL or 0 when idle or done */
  properties[PROP_ITEM] = g_param_spec_int ("item", NULL, NULL, -1, G_MAXINT, -1, READ_ONLY);
  properties[PROP_EXERCISE] = g_param_spec_string ("exercise", NULL, NULL, NULL, READ_ONLY);
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL, STRIDE_TYPE_RUNNER_SIDE, STRIDE_RUNNER_SIDE_NONE, READ_ONLY);
  properties[PROP_SET] = g_param_spec_uint ("set", NULL, NULL, 0, G_MAXUINT, 0, READ_ONLY);
  properties[PROP_N_SETS] = g_param_spec_uint ("n-sets", NULL, NULL, 0, G_MAXUINT, 0, READ_ONLY);
  properties[PROP_REP] = g_param_spec_uint ("rep", NULL, NULL, 0, G_MAXUINT, 0, READ_ONLY);
  properties[PROP_N_REPS] = g_param_spec_uint ("n-reps", NULL, NULL, 0, G_MAXUINT, 0, READ_ONLY);
  properties[PROP_REMAINING_S] = g_param_spec_uint ("remaining-s", NULL, NULL, 0, G_MAXUINT, 0, READ_ONLY);
  properties[PROP_DURATION_S] = g_param_spec_uint ("duration-s", NULL, NULL, 0, G_MAXUINT, 0, READ_ONLY);
  /* 0–1: the planned sets done in full */
  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0, READ_ONLY);
  properties[PROP_COMPLETED] = g_param_spec_boolean ("completed", NULL, NULL, FALSE, READ_ONLY);
#undef READ_ONLY
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PHASE_CHANGED] = g_signal_new ("phase-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[REP] = g_signal_new ("rep", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[CUE] = g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_UINT);
}

static void
stride_routine_runner_init (StrideRoutineRunner *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, clear_item);
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  self->get_ready_s = DEFAULT_GET_READY_S;
  self->shown.item = -1;
  self->switch_s = DEFAULT_SWITCH_S;
}

static void clock_tick_cb (StrideRoutineRunner *self);

StrideRoutineRunner *
stride_routine_runner_new (StrideClock *clock,
                           GPtrArray   *items)
{
  StrideRoutineRunner *self;

  g_return_val_if_fail (STRIDE_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_ROUTINE_RUNNER, NULL);
  self->clock = g_object_ref (clock);
  for (guint i = 0; i < items->len; i++)
    {
      const StrideRoutineItem *source = g_ptr_array_index (items, i);
      Item item = { 0 };

      if (source->exercise == NULL)
        continue;
      item.exercise = g_strdup (source->exercise);
      item.dose = source->dose;
      item.dose.sets = MAX (item.dose.sets, 1);
      g_array_append_val (self->items, item);
    }

  g_signal_connect_swapped (clock, "tick", G_CALLBACK (clock_tick_cb), self);
  return self;
}

void
stride_routine_runner_set_get_ready_s (StrideRoutineRunner *self,
                                       guint                seconds)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));
  self->get_ready_s = seconds;
}

void
stride_routine_runner_set_rest_s (StrideRoutineRunner *self,
                                  guint                seconds)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));
  self->rest_s = seconds;
}

/* The rest between sets of DOSE: the one set for the whole routine, else the dose's own. */
guint
stride_routine_runner_rest_of (StrideRoutineRunner *self,
                               const StrideDose    *dose)
{
  return self->rest_s > 0 ? self->rest_s : dose->rest_s;
}

void
stride_routine_runner_set_switch_s (StrideRoutineRunner *self,
                                    guint                seconds)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));
  self->switch_s = seconds;
}

/* Building the steps */

/* Running */

static const Step *
current_step (StrideRoutineRunner *self)
{
  if (self->phase == STRIDE_PHASE_IDLE || self->phase == STRIDE_PHASE_DONE)
    return NULL;

  return &g_array_index (self->steps, Step, self->current);
}

static gint64
now (StrideRoutineRunner *self)
{
  return self->paused ? self->paused_at : stride_clock_get_now (self->clock);
}

static guint
remaining_s (StrideRoutineRunner *self)
{
  gint64 left = self->deadline - now (self);

  if (current_step (self) == NULL || left <= 0)
    return 0;

  return (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static guint
current_rep (StrideRoutineRunner *self)
{
  const Step *step = current_step (self);
  gint64 elapsed;

  if (step == NULL || step->phase != STRIDE_PHASE_WORK || step->reps == 0)
    return 0;

  elapsed = MAX (now (self) - self->step_start, 0);
  return MIN (step->reps, (guint) (elapsed / step->rep_duration) + 1);
}

/* Notifies each property whose value is not what it last said. */
static void
notify_state (StrideRoutineRunner *self)
{
  Shown now = {
    stride_routine_runner_get_item (self), stride_routine_runner_get_exercise (self),
    stride_routine_runner_get_side (self), stride_routine_runner_get_set (self),
    stride_routine_runner_get_n_sets (self), current_rep (self),
    stride_routine_runner_get_n_reps (self), remaining_s (self),
    stride_routine_runner_get_duration_s (self), stride_routine_runner_get_progress (self),
    self->completed,
  };
  Shown was = self->shown;
  GObject *object = G_OBJECT (self);

  self->shown = now;
#define NOTIFY_IF(changed, prop) if (changed) g_object_notify_by_pspec (object, properties[prop])
  NOTIFY_IF (now.item != was.item, PROP_ITEM);
  NOTIFY_IF (g_strcmp0 (now.exercise, was.exercise) != 0, PROP_EXERCISE);
  NOTIFY_IF (now.side != was.side, PROP_SIDE);
  NOTIFY_IF (now.set != was.set, PROP_SET);
  NOTIFY_IF (now.n_sets != was.n_sets, PROP_N_SETS);
  NOTIFY_IF (now.rep != was.rep, PROP_REP);
  NOTIFY_IF (now.n_reps != was.n_reps, PROP_N_REPS);
  NOTIFY_IF (now.remaining_s != was.remaining_s, PROP_REMAINING_S);
  NOTIFY_IF (now.duration_s != was.duration_s, PROP_DURATION_S);
  NOTIFY_IF (now.progress != was.progress, PROP_PROGRESS);
  NOTIFY_IF (now.completed != was.completed, PROP_COMPLETED);
#undef NOTIFY_IF
}

static void
set_phase (StrideRoutineRunner *self,
           StridePhase          phase)
{
  if (self->phase == phase)
    return;

  self->phase = phase;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

static void
finish (StrideRoutineRunner *self,
        gboolean             completed)
{
  self->ended_at = now (self);
  if (self->paused)
    {
      self->paused = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
    }
  self->completed = completed;
  stop_ticking (self);
  set_phase (self, STRIDE_PHASE_DONE);
  notify_state (self);
  g_signal_emit (self, signals[PHASE_CHANGED], 0);
  if (completed)
    g_signal_emit (self, signals[CUE], 0, STRIDE_RUNNER_CUE_DONE, 0);
}

static void
emit_step_cue (StrideRoutineRunner *self,
               const Step          *step)
{
  if (step->phase == STRIDE_PHASE_WORK)
    g_signal_emit (self, signals[CUE], 0, STRIDE_RUNNER_CUE_START, 0);
  else if (step->phase == STRIDE_PHASE_SWITCH_SIDE)
    g_signal_emit (self, signals[CUE], 0, STRIDE_RUNNER_CUE_SWITCH, 0);
  else if (step->phase == STRIDE_PHASE_REST)
    g_signal_emit (self, signals[CUE], 0, STRIDE_RUNNER_CUE_REST, 0);
}

/* Enters step INDEX as if it started at START (so a long fake-clock jump lands exactly). */
static void
enter_step (StrideRoutineRunner *self,
            guint                index,
            gint64               start)
{
  const Step *step;

  if (index >= self->steps->len)
    {
      finish (self, TRUE);
      return;
    }

  step = &g_array_index (self->steps, Step, index);
  self->current = index;
  self->step_start = start;
  self->deadline = start + step->duration;
  self->last_remaining = remaining_s (self);
  self->last_rep = current_rep (self);
  set_phase (self, step->phase);
  notify_state (self);
  g_signal_emit (self, signals[PHASE_CHANGED], 0);
  emit_step_cue (self, step);
  if (self->last_rep > 0)
    g_signal_emit (self, signals[REP], 0, self->last_rep);
}

static void
emit_progress (StrideRoutineRunner *self)
{
  const Step *step = current_step (self);
  guint remaining = remaining_s (self);
  guint rep = current_rep (self);

  notify_state (self);
  if (remaining != self->last_remaining)
    {
      self->last_remaining = remaining;
      g_signal_emit (self, signals[TICK], 0, remaining);
      if (step->phase != STRIDE_PHASE_WORK && remaining >= 1 && remaining <= 3)
        g_signal_emit (self, signals[CUE], 0, STRIDE_RUNNER_CUE_COUNTDOWN, remaining);
    }

  if (rep != self->last_rep)
    {
      self->last_rep = rep;
      g_signal_emit (self, signals[REP], 0, rep);
    }
}

static void
complete_current (StrideRoutineRunner *self)
{
  Step *step = &g_array_index (self->steps, Step, self->current);

  /* A set redone after going Back is one set done, not two ("8 of 7 sets done") */
  if (step->phase == STRIDE_PHASE_WORK && !step->done)
    {
      step->done = TRUE;
      g_array_index (self->items, Item, step->item).work_done++;
    }
}

static void
clock_tick_cb (StrideRoutineRunner *self)
{
  gint64 time;

  if (self->paused || current_step (self) == NULL)
    return;

  time = stride_clock_get_now (self->clock);
  while (current_step (self) != NULL && time >= self->deadline)
    {
      complete_current (self);
      enter_step (self, self->current + 1, self->deadline);
    }

  if (current_step (self) != NULL)
    emit_progress (self);
}

void
stride_routine_runner_set_only_side (StrideRoutineRunner *self,
                                     guint                item,
                                     StrideRunnerSide     side)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));
  g_return_if_fail (item < self->items->len);
  g_return_if_fail (self->phase == STRIDE_PHASE_IDLE);

  g_array_index (self->items, Item, item).only_side = side;
}

StrideRunnerSide
stride_routine_runner_get_only_side (StrideRoutineRunner *self,
                                     guint                item)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), STRIDE_RUNNER_SIDE_NONE);
  g_return_val_if_fail (item < self->items->len, STRIDE_RUNNER_SIDE_NONE);

  return g_array_index (self->items, Item, item).only_side;
}

void
stride_routine_runner_set_extra_set (StrideRoutineRunner *self,
                                     guint                item,
                                     StrideRunnerSide     side)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));
  g_return_if_fail (item < self->items->len);
  g_return_if_fail (self->phase == STRIDE_PHASE_IDLE);

  g_array_index (self->items, Item, item).extra_side = side;
}

void
stride_routine_runner_start (StrideRoutineRunner *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));
  g_return_if_fail (self->phase == STRIDE_PHASE_IDLE);

  stride_routine_runner_build_steps (self);
  self->started_at = stride_clock_get_now (self->clock);
  self->ticking = TRUE;
  stride_clock_start (self->clock);
  enter_step (self, 0, self->started_at);
}

void
stride_routine_runner_pause (StrideRoutineRunner *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));

  if (self->paused || current_step (self) == NULL)
    return;

  self->paused_at = stride_clock_get_now (self->clock);
  self->paused = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

void
stride_routine_runner_resume (StrideRoutineRunner *self)
{
  gint64 pause;

  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));

  if (!self->paused)
    return;

  pause = stride_clock_get_now (self->clock) - self->paused_at;
  self->deadline += pause;
  self->step_start += pause;
  self->paused_total += pause;
  self->paused_at = 0;
  self->paused = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

void
stride_routine_runner_toggle_pause (StrideRoutineRunner *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));

  if (self->paused)
    stride_routine_runner_resume (self);
  else
    stride_routine_runner_pause (self);
}

/* Jumps to step INDEX now; the runner stays paused when it was. */
static void
jump_to (StrideRoutineRunner *self,
         guint                index)
{
  gint64 start = now (self);

  enter_step (self, index, start);
}

void
stride_routine_runner_skip (StrideRoutineRunner *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));

  if (current_step (self) == NULL)
    return;

  jump_to (self, self->current + 1);
}

static guint
previous_work (StrideRoutineRunner *self,
               guint                before)
{
  for (guint i = before; i > 0; i--)
    if (g_array_index (self->steps, Step, i - 1).phase == STRIDE_PHASE_WORK)
      return i - 1;

  return 0;
}

void
stride_routine_runner_back (StrideRoutineRunner *self)
{
  const Step *step;

  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));

  step = current_step (self);
  if (step == NULL)
    return;

  if (step->phase == STRIDE_PHASE_WORK && now (self) - self->step_start >= RESTART_AFTER_USEC)
    jump_to (self, self->current);
  else
    jump_to (self, previous_work (self, self->current));
}

void
stride_routine_runner_end (StrideRoutineRunner *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (self));

  if (self->phase == STRIDE_PHASE_DONE)
    return;
  if (self->phase == STRIDE_PHASE_IDLE)
    self->started_at = stride_clock_get_now (self->clock);

  finish (self, FALSE);
}

/* The sets of STEP's item, the weaker side's extra set counted ("set 4 of 4"). */
static guint
n_sets_of (StrideRoutineRunner *self,
           const Step          *step)
{
  return MAX (g_array_index (self->items, Item, step->item).dose.sets, step->set);
}

/* Getters */

StridePhase
stride_routine_runner_get_phase (StrideRoutineRunner *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), STRIDE_PHASE_IDLE);
  return self->phase;
}

gboolean
stride_routine_runner_get_paused (StrideRoutineRunner *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), FALSE);
  return self->paused;
}

gboolean
stride_routine_runner_get_completed (StrideRoutineRunner *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), FALSE);
  return self->completed;
}

guint
stride_routine_runner_get_n_items (StrideRoutineRunner *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);
  return self->items->len;
}

int
stride_routine_runner_get_item (StrideRoutineRunner *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), -1);

  step = current_step (self);
  return step != NULL ? (int) step->item : -1;
}

const char *
stride_routine_runner_get_item_exercise (StrideRoutineRunner *self,
                                         guint                item)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);

  return g_array_index (self->items, Item, item).exercise;
}

StrideRunnerSide
stride_routine_runner_get_item_only_side (StrideRoutineRunner *self,
                                          guint                index)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), STRIDE_RUNNER_SIDE_NONE);
  g_return_val_if_fail (index < self->items->len, STRIDE_RUNNER_SIDE_NONE);

  return g_array_index (self->items, Item, index).only_side;
}

const StrideDose *
stride_routine_runner_get_dose (StrideRoutineRunner *self,
                                guint                item)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);

  return &g_array_index (self->items, Item, item).dose;
}

const char *
stride_routine_runner_get_exercise (StrideRoutineRunner *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), NULL);

  step = current_step (self);
  return step != NULL ? g_array_index (self->items, Item, step->item).exercise : NULL;
}

StrideRunnerSide
stride_routine_runner_get_side (StrideRoutineRunner *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), STRIDE_RUNNER_SIDE_NONE);

  step = current_step (self);
  return step != NULL ? step->side : STRIDE_RUNNER_SIDE_NONE;
}

guint
stride_routine_runner_get_set (StrideRoutineRunner *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);

  step = current_step (self);
  return step != NULL ? step->set : 0;
}

guint
stride_routine_runner_get_n_sets (StrideRoutineRunner *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);

  step = current_step (self);
  if (step == NULL)
    return 0;
  return n_sets_of (self, step);
}

guint
stride_routine_runner_get_rep (StrideRoutineRunner *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);
  return current_rep (self);
}

guint
stride_routine_runner_get_n_reps (StrideRoutineRunner *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);

  step = current_step (self);
  return step != NULL && step->phase == STRIDE_PHASE_WORK ? step->reps : 0;
}

guint
stride_routine_runner_get_remaining_s (StrideRoutineRunner *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);
  return remaining_s (self);
}

guint
stride_routine_runner_get_duration_s (StrideRoutineRunner *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);

  step = current_step (self);
  return step != NULL ? (guint) (step->duration / G_USEC_PER_SEC) : 0;
}

/* The index of the first work step at or after step FROM; the number of steps when none. */
static guint
work_index_from (StrideRoutineRunner *self,
                 guint                from)
{
  guint i;

  for (i = from; i < self->steps->len; i++)
    if (g_array_index (self->steps, Step, i).phase == STRIDE_PHASE_WORK)
      break;

  return MIN (i, self->steps->len);
}

static const Step *
step_at (StrideRoutineRunner *self,
         guint                index)
{
  return index < self->steps->len ? &g_array_index (self->steps, Step, index) : NULL;
}

/* The first work step after the current one, or NULL (also when idle or done). */
static const Step *
next_work_step (StrideRoutineRunner *self)
{
  if (current_step (self) == NULL)
    return NULL;

  return step_at (self, work_index_from (self, self->current + 1));
}

gboolean
stride_routine_runner_get_next_work (StrideRoutineRunner *self,
                                     guint               *item,
                                     StrideRunnerSide    *side)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), FALSE);

  step = next_work_step (self);
  if (step == NULL)
    return FALSE;
  if (item != NULL)
    *item = step->item;
  if (side != NULL)
    *side = step->side;
  return TRUE;
}

/* The next work step's set of its item, and how many sets that item has (the extra set
 * of the weaker side counted), FALSE when no work is left. */
gboolean
stride_routine_runner_get_next_set (StrideRoutineRunner *self,
                                    guint               *set,
                                    guint               *n_sets)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), FALSE);

  step = next_work_step (self);
  if (step == NULL)
    return FALSE;
  if (set != NULL)
    *set = step->set;
  if (n_sets != NULL)
    *n_sets = n_sets_of (self, step);
  return TRUE;
}

/* Getting ready, switching side or resting lead to a work step, which the player already
 * shows as the one under way: what comes next is the work after that one. */
gboolean
stride_routine_runner_get_work_after (StrideRoutineRunner *self,
                                      guint               *item,
                                      StrideRunnerSide    *side,
                                      guint               *set,
                                      guint               *n_sets)
{
  const Step *current;
  const Step *step;
  guint index;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), FALSE);

  current = current_step (self);
  if (current == NULL)
    return FALSE;
  index = work_index_from (self, self->current + 1);
  if (current->phase != STRIDE_PHASE_WORK && index < self->steps->len)
    index = work_index_from (self, index + 1);
  step = step_at (self, index);
  if (step == NULL)
    return FALSE;

  if (item != NULL)
    *item = step->item;
  if (side != NULL)
    *side = step->side;
  if (set != NULL)
    *set = step->set;
  if (n_sets != NULL)
    *n_sets = n_sets_of (self, step);
  return TRUE;
}

guint
stride_routine_runner_get_sets_done (StrideRoutineRunner *self,
                                     guint                item)
{
  const Item *it;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);

  it = &g_array_index (self->items, Item, item);
  return it->work_done / (it->dose.sides == STRIDE_SIDES_EACH && it->only_side == STRIDE_RUNNER_SIDE_NONE ? 2 : 1);
}

/* Work steps (a set on one side) planned and done in full */
static void
count_work (StrideRoutineRunner *self,
            guint               *planned,
            guint               *done)
{
  *planned = *done = 0;
  for (guint i = 0; i < self->steps->len; i++)
    if (g_array_index (self->steps, Step, i).phase == STRIDE_PHASE_WORK)
      (*planned)++;
  for (guint i = 0; i < self->items->len; i++)
    *done += g_array_index (self->items, Item, i).work_done;
}

/* Counted in steps it read 8-12 % after a few skips while the end said "0 of 24 sets
 * done": it says what the end says, sets done in full out of those planned. */
static double
progress (StrideRoutineRunner *self)
{
  guint planned, done;

  if (self->phase == STRIDE_PHASE_IDLE)
    return 0.0;
  count_work (self, &planned, &done);
  if (planned == 0)
    return self->phase == STRIDE_PHASE_DONE ? 1.0 : 0.0;
  return MIN ((double) done / planned, 1.0);
}

double
stride_routine_runner_get_progress (StrideRoutineRunner *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0.0);

  return progress (self);
}

guint
stride_routine_runner_get_step (StrideRoutineRunner *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);

  return current_step (self) != NULL ? self->current : 0;
}

guint
stride_routine_runner_get_sets_planned_total (StrideRoutineRunner *self)
{
  guint planned, done;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);
  count_work (self, &planned, &done);
  return planned;
}

guint
stride_routine_runner_get_sets_done_total (StrideRoutineRunner *self)
{
  guint planned, done;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);
  count_work (self, &planned, &done);
  return done;
}

gboolean
stride_routine_runner_get_ended_early (StrideRoutineRunner *self)
{
  guint planned, done;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), FALSE);

  if (self->phase != STRIDE_PHASE_DONE)
    return FALSE;
  count_work (self, &planned, &done);
  return planned == 0 || 2 * done < planned;
}

guint
stride_routine_runner_get_active_s (StrideRoutineRunner *self)
{
  gint64 end;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_RUNNER (self), 0);

  if (self->phase == STRIDE_PHASE_IDLE)
    return 0;

  end = self->phase == STRIDE_PHASE_DONE ? self->ended_at : now (self);
  return (guint) (MAX (end - self->started_at - self->paused_total, 0) / G_USEC_PER_SEC);
}
