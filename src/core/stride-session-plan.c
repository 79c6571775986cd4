/* stride-session-plan.c — what the next session of a routine will be, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-dose.h"
#include "stride-self-test-record.h"
#include "stride-session-plan.h"

static void
plan_item_free (StridePlanItem *item)
{
  g_free (item->exercise);
  g_free (item->kind);
  g_free (item->note);
  g_free (item->left_out);
  g_free (item);
}

/* The latest self-test saved, or NULL. */
static StrideSelfTestRecord *
latest_self_test (StrideHistory *history)
{
  StrideHistoryEntry *latest = stride_history_get_latest (history, STRIDE_HISTORY_SELF_TEST);

  return latest != NULL ? stride_self_test_record_new_from_entry (latest) : NULL;
}

GHashTable *
stride_session_plan_avoided (StrideHistory *history)
{
  g_autoptr(StrideSelfTestRecord) self_test = NULL;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);

  self_test = latest_self_test (history);
  return self_test != NULL ? stride_self_test_record_dup_avoided (self_test)
                           : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static StrideRunnerSide
side_from_string (const char *side)
{
  if (g_strcmp0 (side, "left") == 0)
    return STRIDE_RUNNER_SIDE_LEFT;
  if (g_strcmp0 (side, "right") == 0)
    return STRIDE_RUNNER_SIDE_RIGHT;

  return STRIDE_RUNNER_SIDE_NONE;
}

static const char *
exercise_kind (const StrideExercise *exercise,
               const StrideRoutine  *routine)
{
  if (exercise != NULL)
    return exercise->kind;

  return g_strcmp0 (routine->kind, "stretch") == 0 ? "stretch" : "strength";
}

GPtrArray *
stride_session_plan_build (StrideContent       *content,
                           StrideHistory       *history,
                           const StrideRoutine *routine)
{
  GPtrArray *plan = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_item_free);
  g_autoptr(GHashTable) avoided = NULL;
  g_autoptr(StrideSelfTestRecord) self_test = NULL;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), plan);
  g_return_val_if_fail (routine != NULL, plan);

  avoided = stride_session_plan_avoided (history);
  /* The personal routine was made by the latest self-test: it says the side and how */
  if (g_strcmp0 (routine->id, STRIDE_PERSONAL_ROUTINE_ID) == 0)
    self_test = latest_self_test (history);
  for (guint i = 0; i < routine->items->len; i++)
    {
      const StrideRoutineItem *source = g_ptr_array_index (routine->items, i);
      const StrideExercise *exercise;
      StridePlanItem *item;
      StrideSelfTestItem own;

      if (source->exercise == NULL)
        continue;

      exercise = content != NULL ? stride_content_find_exercise (content, source->exercise) : NULL;
      item = g_new0 (StridePlanItem, 1);
      item->exercise = g_strdup (source->exercise);
      item->kind = g_strdup (exercise_kind (exercise, routine));
      /* Medical safety first: what the self-test said to avoid is left out, with why */
      item->left_out = g_strdup (g_hash_table_lookup (avoided, source->exercise));
      stride_dose_for_next_session (history, routine->id, source->exercise, item->kind, &source->dose, &item->dose);

      if (self_test != NULL && stride_self_test_record_get_routine_item (self_test, source->exercise, &own))
        {
          item->only_side = side_from_string (own.sides);
          item->extra_side = side_from_string (own.extra_set_side);
          item->note = g_strdup (own.note);
        }
      g_ptr_array_add (plan, item);
    }

  return plan;
}

GPtrArray *
stride_session_plan_runner_items (GPtrArray *plan)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (plan != NULL, items);

  for (guint i = 0; i < plan->len; i++)
    {
      const StridePlanItem *item = g_ptr_array_index (plan, i);
      StrideRoutineItem *copy;

      if (item->left_out != NULL)
        continue;
      copy = g_new0 (StrideRoutineItem, 1);
      copy->exercise = item->exercise;   /* borrowed: the runner copies it */
      copy->dose = item->dose;
      if (item->only_side != STRIDE_RUNNER_SIDE_NONE)
        copy->dose.sides = STRIDE_SIDES_EACH;
      g_ptr_array_add (items, copy);
    }

  return items;
}

void
stride_session_plan_apply_sides (GPtrArray           *plan,
                                 StrideRoutineRunner *runner)
{
  g_return_if_fail (plan != NULL);
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (runner));

  for (guint i = 0, n = 0; i < plan->len; i++)
    {
      const StridePlanItem *item = g_ptr_array_index (plan, i);

      if (item->left_out != NULL)
        continue;
      stride_routine_runner_set_only_side (runner, n, item->only_side);
      if (item->only_side == STRIDE_RUNNER_SIDE_NONE)
        stride_routine_runner_set_extra_set (runner, n, item->extra_side);
      n++;
    }
}

gboolean
stride_video_mirrored_for (const StrideVideo *video,
                           StrideRunnerSide   side)
{
  g_return_val_if_fail (video != NULL, FALSE);

  if (side == STRIDE_RUNNER_SIDE_NONE)
    return FALSE;

  return (side == STRIDE_RUNNER_SIDE_RIGHT) != video->shows_right;
}

char *
stride_dose_text (const StrideDose *dose)
{
  g_autofree char *work = NULL;
  const char *sides = dose->sides == STRIDE_SIDES_EACH ? _(", each side") : "";

  g_return_val_if_fail (dose != NULL, NULL);

  if (dose->reps > 0)
    /* Translators: sets × reps, e.g. "3 × 12 reps" */
    work = g_strdup_printf (_("%u × %u reps%s"), dose->sets, dose->reps, sides);
  else
    /* Translators: sets × hold, e.g. "2 × 30 s hold" */
    work = g_strdup_printf (_("%u × %u s hold%s"), dose->sets, dose->hold_s, sides);

  if (dose->rest_s == 0)
    return g_steal_pointer (&work);

  /* Translators: a dose, then the rest between sets */
  return g_strdup_printf (_("%s · rest %u s"), work, dose->rest_s);
}

char *
stride_session_plan_item_text (const StridePlanItem *item)
{
  StrideDose dose;
  g_autofree char *work = NULL;
  const char *sides = "";

  g_return_val_if_fail (item != NULL, NULL);

  dose = item->dose;
  if (item->only_side == STRIDE_RUNNER_SIDE_LEFT)
    sides = _(", left side only");
  else if (item->only_side == STRIDE_RUNNER_SIDE_RIGHT)
    sides = _(", right side only");
  else if (dose.sides == STRIDE_SIDES_EACH && item->extra_side == STRIDE_RUNNER_SIDE_LEFT)
    sides = _(", each side, and one more on the left");
  else if (dose.sides == STRIDE_SIDES_EACH && item->extra_side == STRIDE_RUNNER_SIDE_RIGHT)
    sides = _(", each side, and one more on the right");
  else if (dose.sides == STRIDE_SIDES_EACH)
    sides = _(", each side");

  if (dose.reps > 0)
    work = g_strdup_printf (_("%u × %u reps%s"), dose.sets, dose.reps, sides);
  else
    work = g_strdup_printf (_("%u × %u s hold%s"), dose.sets, dose.hold_s, sides);

  if (dose.rest_s == 0)
    return g_steal_pointer (&work);

  return g_strdup_printf (_("%s · rest %u s"), work, dose.rest_s);
}

GStrv
stride_session_plan_steps (const StrideExercise *exercise,
                           StrideRunnerSide      only_side)
{
  GStrv steps;
  guint n;

  g_return_val_if_fail (exercise != NULL, NULL);

  steps = g_strdupv (exercise->steps);
  n = steps != NULL ? g_strv_length (steps) : 0;
  /* "Then a set on the other side" is wrong when there is no other side today */
  if (only_side != STRIDE_RUNNER_SIDE_NONE && exercise->one_side_step != NULL && n > 0)
    {
      g_free (steps[n - 1]);
      steps[n - 1] = g_strdup (exercise->one_side_step);
    }
  return steps;
}

void
stride_session_plan_set_only_side (GPtrArray        *plan,
                                   StrideRunnerSide  side)
{
  g_return_if_fail (plan != NULL);

  for (guint i = 0; side != STRIDE_RUNNER_SIDE_NONE && i < plan->len; i++)
    {
      StridePlanItem *item = g_ptr_array_index (plan, i);

      if (item->dose.sides != STRIDE_SIDES_EACH || item->only_side != STRIDE_RUNNER_SIDE_NONE)
        continue;
      item->only_side = side;
      item->extra_side = STRIDE_RUNNER_SIDE_NONE;
    }
}
