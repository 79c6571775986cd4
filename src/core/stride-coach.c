/* stride-coach.c — what a coach says during a routine, as a script of sentences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-coach.h"

/* Holds shorter than this get no "halfway", shorter than twice the count no countdown. */
#define HALFWAY_MIN_S  10
#define LAST_SECONDS   3

struct _StrideCoach
{
  GObject              parent_instance;

  /* Owned references */
  StrideRoutineRunner *runner;
  gpointer             name_data;
  GDestroyNotify       name_destroy;

  StrideCoachNameFunc  name_func;
  StrideCoachIntervalFunc interval_func;
  gpointer             interval_data;
  gboolean             count_reps;
};

G_DEFINE_FINAL_TYPE (StrideCoach, stride_coach, G_TYPE_OBJECT)

enum {
  SAY,
  HUSH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Sentences */

char *
stride_coach_next_sentence (const char       *name,
                            StrideRunnerSide  side)
{
  switch (side)
    {
    case STRIDE_RUNNER_SIDE_LEFT:
      /* Translators: spoken before an exercise; %s is its name */
      return g_strdup_printf (_("Next: %s, left side. Get ready."), name);
    case STRIDE_RUNNER_SIDE_RIGHT:
      /* Translators: spoken before an exercise; %s is its name */
      return g_strdup_printf (_("Next: %s, right side. Get ready."), name);
    case STRIDE_RUNNER_SIDE_NONE:
    default:
      /* Translators: spoken before an exercise; %s is its name */
      return g_strdup_printf (_("Next: %s. Get ready."), name);
    }
}

/* Whole minutes are said in minutes, anything else in seconds. */
static gboolean
in_minutes (guint seconds)
{
  return seconds >= 60 && seconds % 60 == 0;
}

static char *
rest_sentence (guint seconds)
{
  if (in_minutes (seconds))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rest for %u minute.", "Rest for %u minutes.", seconds / 60),
                            seconds / 60);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rest for %u second.", "Rest for %u seconds.", seconds),
                          seconds);
}

char *
stride_coach_interval_sentence (StrideCoachInterval kind,
                                guint               seconds)
{
  guint minutes = seconds / 60;

  if (kind == STRIDE_COACH_INTERVAL_RUN)
    return in_minutes (seconds) ?
           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Run for %u minute.", "Run for %u minutes.", minutes), minutes) :
           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Run for %u second.", "Run for %u seconds.", seconds), seconds);
  return in_minutes (seconds) ?
         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Walk for %u minute.", "Walk for %u minutes.", minutes), minutes) :
         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Walk for %u second.", "Walk for %u seconds.", seconds), seconds);
}

/* Saying */

void
stride_coach_say (StrideCoach *self,
                  const char  *text,
                  gboolean     interrupt)
{
  g_return_if_fail (STRIDE_IS_COACH (self));
  g_return_if_fail (text != NULL);

  g_signal_emit (self, signals[SAY], 0, text, interrupt);
}

void
stride_coach_hush (StrideCoach *self)
{
  g_return_if_fail (STRIDE_IS_COACH (self));

  g_signal_emit (self, signals[HUSH], 0);
}

static void
say_number (StrideCoach *self,
            guint        n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  stride_coach_say (self, text, FALSE);
}

static char *
exercise_name (StrideCoach *self)
{
  const char *id = stride_routine_runner_get_exercise (self->runner);
  char *name = self->name_func != NULL && id != NULL ? self->name_func (id, self->name_data) : NULL;

  return name != NULL ? name : g_strdup (id != NULL ? id : "");
}

static gboolean
is_interval (StrideCoach *self)
{
  const char *id = stride_routine_runner_get_exercise (self->runner);

  return self->interval_func != NULL && id != NULL && self->interval_func (id, self->interval_data);
}

/* Following the runner */

static void
phase_changed_cb (StrideCoach *self)
{
  g_autofree char *text = NULL;

  switch (stride_routine_runner_get_phase (self->runner))
    {
    case STRIDE_PHASE_GET_READY:
      {
        g_autofree char *name = exercise_name (self);

        text = stride_coach_next_sentence (name, stride_routine_runner_get_side (self->runner));
      }
      break;
    case STRIDE_PHASE_WORK:
      if (is_interval (self))
        text = stride_coach_interval_sentence (STRIDE_COACH_INTERVAL_RUN,
                                               stride_routine_runner_get_duration_s (self->runner));
      else
        /* Translators: spoken when a hold or a set of reps starts */
        text = g_strdup (_("Go."));
      break;
    case STRIDE_PHASE_SWITCH_SIDE:
      /* Translators: spoken between the left and the right side of an exercise */
      text = g_strdup (_("Switch sides."));
      break;
    case STRIDE_PHASE_REST:
      text = is_interval (self)
             ? stride_coach_interval_sentence (STRIDE_COACH_INTERVAL_WALK,
                                               stride_routine_runner_get_duration_s (self->runner))
             : rest_sentence (stride_routine_runner_get_duration_s (self->runner));
      break;
    case STRIDE_PHASE_DONE:
      if (stride_routine_runner_get_completed (self->runner))
        /* Translators: spoken when a routine is finished */
        text = g_strdup (_("Done. Well done!"));
      break;
    case STRIDE_PHASE_IDLE:
    default:
      break;
    }

  if (text != NULL)
    stride_coach_say (self, text, TRUE);
  else
    stride_coach_hush (self);
}

/* Before work: the runner's countdown. During a hold: halfway and the last seconds. */
static void
tick_cb (StrideCoach *self,
         guint        remaining)
{
  guint duration = stride_routine_runner_get_duration_s (self->runner);

  if (stride_routine_runner_get_phase (self->runner) != STRIDE_PHASE_WORK ||
      stride_routine_runner_get_n_reps (self->runner) > 0 || stride_routine_runner_get_paused (self->runner))
    return;

  if (duration >= HALFWAY_MIN_S && remaining == duration / 2)
    /* Translators: spoken in the middle of a hold */
    stride_coach_say (self, _("Halfway."), FALSE);
  else if (remaining >= 1 && remaining <= LAST_SECONDS && duration >= 2 * LAST_SECONDS)
    say_number (self, remaining);
}

static void
cue_cb (StrideCoach *self,
        int          cue,
        guint        count)
{
  if (cue == STRIDE_RUNNER_CUE_COUNTDOWN)
    say_number (self, count);
}

/* The first rep is the "go". */
static void
rep_cb (StrideCoach *self,
        guint        rep)
{
  if (self->count_reps && rep >= 2)
    say_number (self, rep);
}

static void
paused_cb (StrideCoach *self)
{
  if (stride_routine_runner_get_paused (self->runner))
    stride_coach_hush (self);
}

/* Object */

static void
stride_coach_dispose (GObject *object)
{
  StrideCoach *self = STRIDE_COACH (object);

  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  g_clear_object (&self->runner);
  if (self->name_destroy != NULL)
    g_clear_pointer (&self->name_data, self->name_destroy);

  G_OBJECT_CLASS (stride_coach_parent_class)->dispose (object);
}

static void
stride_coach_class_init (StrideCoachClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stride_coach_dispose;

  signals[SAY] = g_signal_new ("say", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                               0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  signals[HUSH] = g_signal_new ("hush", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stride_coach_init (StrideCoach *self)
{
}

StrideCoach *
stride_coach_new (StrideRoutineRunner *runner,
                  StrideCoachNameFunc  name_func,
                  gpointer             data,
                  GDestroyNotify       destroy)
{
  StrideCoach *self;

  g_return_val_if_fail (runner == NULL || STRIDE_IS_ROUTINE_RUNNER (runner), NULL);

  self = g_object_new (STRIDE_TYPE_COACH, NULL);
  self->name_func = name_func;
  self->name_data = data;
  self->name_destroy = destroy;
  if (runner != NULL)
    {
      self->runner = g_object_ref (runner);
      g_signal_connect_swapped (runner, "phase-changed", G_CALLBACK (phase_changed_cb), self);
      g_signal_connect_swapped (runner, "tick", G_CALLBACK (tick_cb), self);
      g_signal_connect_swapped (runner, "cue", G_CALLBACK (cue_cb), self);
      g_signal_connect_swapped (runner, "rep", G_CALLBACK (rep_cb), self);
      g_signal_connect_swapped (runner, "notify::paused", G_CALLBACK (paused_cb), self);
    }
  return self;
}

void
stride_coach_set_interval_func (StrideCoach            *self,
                                StrideCoachIntervalFunc func,
                                gpointer                data)
{
  g_return_if_fail (STRIDE_IS_COACH (self));

  self->interval_func = func;
  self->interval_data = data;
}

void
stride_coach_set_count_reps (StrideCoach *self,
                             gboolean     count_reps)
{
  g_return_if_fail (STRIDE_IS_COACH (self));

  self->count_reps = !!count_reps;
}
