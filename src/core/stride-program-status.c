/* stride-program-status.c — a day's status: the decision, the pause that is kept, the next
 * session, and the status as the command line prints it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-program-private.h"

/* The next session: the stage's items; a step back from stage 1 does about a third fewer
 * sets of each. */
static void
fill_items (StrideProgramStatus *status,
            const StrideProgram *program,
            gboolean             lighter)
{
  const StrideProgramStage *stage = g_ptr_array_index (program->stages, status->stage - 1);

  for (guint i = 0; i < stage->items->len; i++)
    {
      StrideRoutineItem *item = g_new0 (StrideRoutineItem, 1);

      *item = *(StrideRoutineItem *) g_ptr_array_index (stage->items, i);
      if (lighter)
        item->dose.sets = MAX (1, (item->dose.sets * 2 + 2) / 3);
      g_ptr_array_add (status->items, item);
    }
}

/* A program of up to three sessions a week keeps a day of rest between two sessions: the
 * tissue adapts between loads (and return to run never runs two days in a row early on). */
static guint
next_session_in (const Facts *facts)
{
  guint gap = facts->log->program->sessions_per_week <= 3 ? 2 : 1;
  guint since;

  if (facts->last == NULL)
    return 0;
  since = stride_program_days_between (&facts->last->date, facts->today);
  return since < gap ? gap - since : 0;
}

StrideProgramStatus *
stride_program_status_new (void)
{
  StrideProgramStatus *status = g_new0 (StrideProgramStatus, 1);

  status->reasons = g_ptr_array_new_with_free_func (g_free);
  status->reason_codes = g_array_new (FALSE, FALSE, sizeof (StrideProgramReason));
  g_date_clear (&status->paused_since, 1);
  return status;
}

void
stride_program_status_add_reason (StrideProgramStatus *status,
                                  const char          *id,
                                  guint                a,
                                  guint                b)
{
  StrideProgramReason reason = { id, { a, b } };
  char *text = stride_program_reason_render (&reason);

  g_assert (text != NULL);
  g_array_append_val (status->reason_codes, reason);
  g_ptr_array_add (status->reasons, text);
}


StrideProgramStatus *
stride_program_evaluate (StrideProgramLog *log,
                         const GDate      *today)
{
  g_autoptr(StrideProgramStatus) pause = NULL;
  StrideProgramStatus *status;
  Facts facts;
  GDate paused_on;

  g_return_val_if_fail (log != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  stride_program_log_sort (log);
  status = stride_program_decide_on (log, today, &facts);
  status->items = g_ptr_array_new_with_free_func (g_free);
  status->n_stages = facts.n_stages;
  status->stage_before = facts.stage;
  status->days_in_stage = facts.days_in_stage;
  status->week = facts.days_in_stage / 7 + 1;

  /* "See a clinician" is kept from the first day it was decided. Pain rising today is
   * said first even so: it is the most urgent reason. */
  pause = stride_program_find_pause (log, today, &paused_on);
  if (pause != NULL && g_strcmp0 (status->rule, "pain_rising") != 0)
    {
      status->decision = STRIDE_PROGRAM_SEE_CLINICIAN;
      stride_program_take_reasons (status, pause);
    }
  if (status->decision == STRIDE_PROGRAM_SEE_CLINICIAN)
    {
      status->paused = TRUE;
      status->paused_since = pause != NULL ? paused_on : *today;
      stride_program_status_add_reason (status, "paused", 0, 0);
    }

  status->stage = facts.stage;
  if (status->decision == STRIDE_PROGRAM_PROGRESS)
    status->stage = facts.stage + 1;
  else if (status->decision == STRIDE_PROGRAM_STEP_BACK && facts.stage > 1)
    status->stage = facts.stage - 1;

  /* While paused there is no session to do: the advice takes its place */
  if (!status->paused)
    fill_items (status, log->program, status->decision == STRIDE_PROGRAM_STEP_BACK && facts.stage == 1);
  status->next_session_in = next_session_in (&facts);
  return status;
}

void
stride_program_status_free (StrideProgramStatus *status)
{
  if (status == NULL)
    return;
  g_ptr_array_unref (status->reasons);
  g_array_unref (status->reason_codes);
  g_clear_pointer (&status->items, g_ptr_array_unref);
  g_free (status);
}

char *
stride_program_status_summary (StrideProgramStatus *status)
{
  g_return_val_if_fail (status != NULL, NULL);

  return stride_program_summary_render (status->decision, status->stage_before, status->stage,
                                        status->reasons->len > 0 ? g_ptr_array_index (status->reasons, 0) : NULL);
}

JsonNode *
stride_program_status_to_json (StrideProgramLog    *log,
                               StrideProgramStatus *status,
                               StrideContent       *content)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (log != NULL && status != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "program");
  json_builder_add_string_value (builder, log->program->id);
  json_builder_set_member_name (builder, "stage");
  json_builder_add_int_value (builder, status->stage);
  json_builder_set_member_name (builder, "stages");
  json_builder_add_int_value (builder, status->n_stages);
  json_builder_set_member_name (builder, "decision");
  json_builder_add_string_value (builder, stride_program_decision_to_string (status->decision));
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < status->reasons->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (status->reasons, i));
  json_builder_end_array (builder);
  if (status->paused)
    {
      char since[16];

      g_date_strftime (since, sizeof since, "%Y-%m-%d", &status->paused_since);
      json_builder_set_member_name (builder, "paused_since");
      json_builder_add_string_value (builder, since);
    }

  json_builder_set_member_name (builder, "next_session");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < status->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (status->items, i);
      const StrideExercise *exercise = content != NULL ? stride_content_find_exercise (content, item->exercise) : NULL;
      static const char * const sides[] = { "each", "both", "none" };

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "exercise");
      json_builder_add_string_value (builder, item->exercise);
      json_builder_set_member_name (builder, "sides");
      json_builder_add_string_value (builder, sides[item->dose.sides]);
      json_builder_set_member_name (builder, "sets");
      json_builder_add_int_value (builder, item->dose.sets);
      if (item->dose.reps > 0)
        {
          json_builder_set_member_name (builder, "reps");
          json_builder_add_int_value (builder, item->dose.reps);
        }
      else
        {
          json_builder_set_member_name (builder, "hold_s");
          json_builder_add_int_value (builder, item->dose.hold_s);
        }
      /* A run's rest is the walk between runs: part of the plan */
      if (exercise != NULL && g_strcmp0 (exercise->kind, "run") == 0)
        {
          json_builder_set_member_name (builder, "rest_s");
          json_builder_add_int_value (builder, item->dose.rest_s);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

