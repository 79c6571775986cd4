/* stride-routine-steps.c — a routine's steps: get ready, each set's work, switch side, rest
 *
 * Built from the items (their doses, the side to work only, the weaker side's extra set)
 * when the routine starts; stride-routine-runner.c runs them on the clock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-routine-runner-private.h"

/* A rep's length when the dose gives neither a tempo nor a hold. */
#define DEFAULT_REP_S 3

static void
add_step (StrideRoutineRunner *self,
          StridePhase          phase,
          guint                item,
          guint                set,
          StrideRunnerSide           side,
          guint                seconds)
{
  Step step = { phase, item, set, side, (gint64) seconds * G_USEC_PER_SEC, 0, 0 };

  g_array_append_val (self->steps, step);
}

static void
add_work_step (StrideRoutineRunner *self,
               guint                index,
               guint                set,
               StrideRunnerSide           side)
{
  const StrideDose *dose = &g_array_index (self->items, Item, index).dose;
  Step step = { STRIDE_PHASE_WORK, index, set, side, 0, dose->reps, 0 };
  guint rep_s;

  if (dose->reps == 0)
    {
      step.duration = (gint64) MAX (dose->hold_s, 1) * G_USEC_PER_SEC;
    }
  else
    {
      rep_s = dose->tempo_s > 0 ? dose->tempo_s : dose->hold_s > 0 ? dose->hold_s : DEFAULT_REP_S;
      step.rep_duration = (gint64) rep_s * G_USEC_PER_SEC;
      step.duration = step.rep_duration * dose->reps;
    }

  g_array_append_val (self->steps, step);
}

static void
add_one_side_steps (StrideRoutineRunner *self,
                    guint                index,
                    StrideRunnerSide     side)
{
  const StrideDose *dose = &g_array_index (self->items, Item, index).dose;

  if (self->get_ready_s > 0)
    add_step (self, STRIDE_PHASE_GET_READY, index, 1, side, self->get_ready_s);

  for (guint set = 1; set <= dose->sets; set++)
    {
      add_work_step (self, index, set, side);
      if (set < dose->sets && stride_routine_runner_rest_of (self, dose) > 0)
        add_step (self, STRIDE_PHASE_REST, index, set + 1, side, stride_routine_runner_rest_of (self, dose));
    }
}

static void
add_item_steps (StrideRoutineRunner *self,
                guint                index)
{
  const Item *item = &g_array_index (self->items, Item, index);
  const StrideDose *dose = &item->dose;
  gboolean each = dose->sides == STRIDE_SIDES_EACH;

  if (each && item->only_side != STRIDE_RUNNER_SIDE_NONE)
    {
      add_one_side_steps (self, index, item->only_side);
      return;
    }

  if (self->get_ready_s > 0)
    add_step (self, STRIDE_PHASE_GET_READY, index, 1, each ? STRIDE_RUNNER_SIDE_LEFT : STRIDE_RUNNER_SIDE_NONE,
              self->get_ready_s);

  for (guint set = 1; set <= dose->sets; set++)
    {
      add_work_step (self, index, set, each ? STRIDE_RUNNER_SIDE_LEFT : STRIDE_RUNNER_SIDE_NONE);
      if (each)
        {
          if (self->switch_s > 0)
            add_step (self, STRIDE_PHASE_SWITCH_SIDE, index, set, STRIDE_RUNNER_SIDE_RIGHT, self->switch_s);
          add_work_step (self, index, set, STRIDE_RUNNER_SIDE_RIGHT);
        }
      if (set < dose->sets && stride_routine_runner_rest_of (self, dose) > 0)
        add_step (self, STRIDE_PHASE_REST, index, set + 1, each ? STRIDE_RUNNER_SIDE_LEFT : STRIDE_RUNNER_SIDE_NONE,
                  stride_routine_runner_rest_of (self, dose));
    }

  /* The weaker side's extra set, after a rest */
  if (each && item->extra_side != STRIDE_RUNNER_SIDE_NONE)
    {
      if (stride_routine_runner_rest_of (self, dose) > 0)
        add_step (self, STRIDE_PHASE_REST, index, dose->sets + 1, item->extra_side, stride_routine_runner_rest_of (self, dose));
      add_work_step (self, index, dose->sets + 1, item->extra_side);
    }
}

void
stride_routine_runner_build_steps (StrideRoutineRunner *self)
{
  g_array_set_size (self->steps, 0);
  for (guint i = 0; i < self->items->len; i++)
    add_item_steps (self, i);
}
