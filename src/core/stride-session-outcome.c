/* stride-session-outcome.c — what the end of a session does: saving it, and next time's doses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-session-outcome.h"
#include "stride-session-plan.h"

void
stride_session_outcome_keep_stage_doses (GPtrArray           *plan,
                                         const StrideRoutine *routine)
{
  g_return_if_fail (plan != NULL && routine != NULL);

  for (guint i = 0; i < plan->len; i++)
    {
      StridePlanItem *planned = g_ptr_array_index (plan, i);

      for (guint j = 0; j < routine->items->len; j++)
        {
          const StrideRoutineItem *item = g_ptr_array_index (routine->items, j);

          if (g_strcmp0 (item->exercise, planned->exercise) == 0)
            {
              planned->dose = item->dose;
              break;
            }
        }
    }
}

GPtrArray *
stride_session_outcome_runner_kinds (GPtrArray *plan)
{
  GPtrArray *kinds;

  g_return_val_if_fail (plan != NULL, NULL);

  kinds = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < plan->len; i++)
    {
      const StridePlanItem *item = g_ptr_array_index (plan, i);

      if (item->left_out == NULL)
        g_ptr_array_add (kinds, g_strdup (item->kind));
    }
  return kinds;
}

/* The exercise's own next step when its dose can go no further that way. */
static const char *
step_text (StrideContent   *content,
           const char      *exercise,
           StrideDoseChange change)
{
  const StrideExercise *info = stride_content_find_exercise (content, exercise);
  const StrideStep *step;

  if (info == NULL)
    return NULL;
  step = change == STRIDE_DOSE_PROGRESS ? &info->progression : &info->regression;
  return step->text;
}

StrideDoseChange
stride_session_outcome_next_doses (StrideSessionRecord *session,
                                   StrideRoutineRunner *runner,
                                   GPtrArray           *kinds,
                                   StrideContent       *content,
                                   GString             *changes)
{
  StrideDoseChange overall = STRIDE_DOSE_HOLD;

  g_return_val_if_fail (session != NULL && runner != NULL && kinds != NULL && content != NULL, STRIDE_DOSE_HOLD);
  g_return_val_if_fail (kinds->len == stride_routine_runner_get_n_items (runner), STRIDE_DOSE_HOLD);

  for (guint i = 0; i < stride_routine_runner_get_n_items (runner); i++)
    {
      const char *exercise = stride_routine_runner_get_item_exercise (runner, i);
      const StrideDose *dose = stride_routine_runner_get_dose (runner, i);
      /* A session ended early changes no dose; nor does an exercise not done */
      StrideDoseChange item_change = stride_routine_runner_get_sets_done (runner, i) > 0 &&
                                     !stride_routine_runner_get_ended_early (runner) ?
                                     stride_session_record_decide (session, exercise) : STRIDE_DOSE_HOLD;
      StrideDose next;

      if (item_change == STRIDE_DOSE_STEP_BACK || (item_change == STRIDE_DOSE_PROGRESS && overall == STRIDE_DOSE_HOLD))
        overall = item_change;

      if (!stride_dose_adapt (dose, g_ptr_array_index (kinds, i), item_change, &next) &&
          changes != NULL && changes->len == 0)
        {
          const char *text = step_text (content, exercise, item_change);

          if (text != NULL)
            g_string_append (changes, text);
        }
      stride_session_record_set_next_dose (session, exercise, &next);
    }

  return overall;
}

gboolean
stride_session_outcome_save (StrideHistory       *history,
                             StrideSessionRecord *session,
                             char               **session_id,
                             char               **problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) pending_error = NULL;
  StrideHistoryEntry *entry;
  char *kept;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (session != NULL && session_id != NULL && problem != NULL, FALSE);

  *problem = NULL;
  /* Updates it in the history, or moves it there from the pending file */
  if (*session_id != NULL)
    entry = stride_history_commit_pending_session (history, *session_id, session, &error);
  else
    entry = stride_history_append_session (history, session, NULL, &error);
  if (entry != NULL)
    {
      g_free (*session_id);
      *session_id = g_strdup (stride_history_entry_get_id (entry));
      return TRUE;
    }

  /* Never lost: kept beside the history until it can go in, at the latest on the next
   * start, under the same id so that it is never there twice */
  kept = stride_history_keep_pending_session (history, *session_id, session, &pending_error);
  if (kept == NULL)
    {
      *problem = g_strdup_printf (_("Your session is not saved yet: %s. Try again before you close Stride."), error->message);
      return FALSE;
    }
  g_free (*session_id);
  *session_id = kept;
  *problem = g_strdup_printf (_("Your session is not in your history yet (%s). It is kept safe and goes in when you try again, or the next time Stride starts."),
                              error->message);
  return FALSE;
}
