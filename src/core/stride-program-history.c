/* stride-program-history.c — a program followed in the user's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-check-in.h"
#include "stride-json-document.h"
#include "stride-program-decision-record.h"
#include "stride-program-history.h"
#include "stride-program-start-record.h"
#include "stride-session-record.h"

static GDate
date_of (GDateTime *time)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
  return date;
}

/* Midnight at the start of TIME's day. */
static GDateTime *
start_of_day (GDateTime *time)
{
  return g_date_time_new_local (g_date_time_get_year (time), g_date_time_get_month (time),
                                g_date_time_get_day_of_month (time), 0, 0, 0);
}

StrideHistoryEntry *
stride_program_history_start (StrideHistory *history,
                              const char    *program_id,
                              GDateTime     *date,
                              GError       **error)
{
  g_autoptr(StrideProgramStartRecord) start = NULL;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (program_id != NULL, NULL);

  start = stride_program_start_record_new (program_id);
  return stride_history_append_program_start (history, start, date, error);
}

StrideHistoryEntry *
stride_program_history_current (StrideHistory *history)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);

  return stride_history_get_latest (history, STRIDE_HISTORY_PROGRAM_START);
}

StrideHistoryEntry *
stride_program_history_find_start (StrideHistory *history,
                                   const char    *program_id)
{
  g_autoptr(GPtrArray) starts = NULL;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (program_id != NULL, NULL);

  starts = stride_history_list (history, STRIDE_HISTORY_PROGRAM_START, NULL, NULL);
  for (guint i = starts->len; i > 0; i--)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (starts, i - 1);
      g_autoptr(StrideProgramStartRecord) start = stride_program_start_record_new_from_entry (entry);

      if (g_strcmp0 (stride_program_start_record_get_program (start), program_id) == 0)
        return stride_history_find (history, stride_history_entry_get_id (entry));
    }
  return NULL;
}

/* Entries of KIND since the latest start of PROGRAM_ID (from the start of its day). */
static GPtrArray *
list_since_start (StrideHistory     *history,
                  StrideHistoryEntry *start,
                  StrideHistoryKind  kind)
{
  g_autoptr(GDateTime) from = start_of_day (stride_history_entry_get_date (start));

  return stride_history_list (history, kind, from, NULL);
}

static gboolean
is_program_session (StrideHistoryEntry *entry,
                    const char         *program_id,
                    guint              *stage)
{
  g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (entry);

  return session != NULL && stride_session_record_is_in_program (session, program_id, stage);
}

/* The session id a check-in is about, and how the morning compared; FALSE when it says
 * neither. */
static gboolean
read_check_in (StrideHistoryEntry *entry,
               char              **session,
               StrideMorning      *morning)
{
  g_autoptr(StrideCheckIn) check_in = stride_check_in_new_from_entry (entry);

  if (check_in == NULL || stride_check_in_get_session (check_in) == NULL ||
      !stride_morning_from_string (stride_check_in_get_compared (check_in), morning))
    return FALSE;
  *session = g_strdup (stride_check_in_get_session (check_in));
  return TRUE;
}

StrideProgramLog *
stride_program_history_build_log (StrideHistory *history,
                                  StrideContent *content,
                                  const char    *program_id)
{
  const StrideProgram *program = stride_content_find_program (content, program_id);
  StrideHistoryEntry *start;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) check_ins = NULL;
  g_autoptr(GPtrArray) cleared = NULL;
  g_autoptr(GHashTable) session_ids = g_hash_table_new (g_str_hash, g_str_equal);
  StrideProgramLog *log;
  GDate started;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);

  start = program != NULL ? stride_program_history_find_start (history, program_id) : NULL;
  if (start == NULL)
    return NULL;

  started = date_of (stride_history_entry_get_date (start));
  log = stride_program_log_new (program, &started);

  sessions = list_since_start (history, start, STRIDE_HISTORY_SESSION);
  for (guint i = 0; i < sessions->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (sessions, i);
      g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (entry);
      GDate date = date_of (stride_history_entry_get_date (entry));
      guint stage;
      int pain = 0;
      gboolean rated, completed;

      if (!stride_session_record_is_in_program (session, program_id, &stage))
        continue;
      /* A session never rated tells nothing about pain: it cannot count towards moving on */
      rated = stride_session_record_get_pain_clamped (session, &pain);
      completed = rated && stride_session_record_get_completed (session);
      stride_program_log_add_session (log, &date, CLAMP (stage, 1, program->stages->len),
                                      rated ? (guint) pain : STRIDE_PROGRAM_PAIN_UNRATED, completed);
      g_hash_table_add (session_ids, (gpointer) stride_history_entry_get_id (entry));
    }

  cleared = stride_program_history_clearances (history, program_id);
  for (guint i = 0; i < cleared->len; i++)
    {
      GDate date = date_of (stride_history_entry_get_date (g_ptr_array_index (cleared, i)));

      stride_program_log_add_clinician_seen (log, &date);
    }

  check_ins = list_since_start (history, start, STRIDE_HISTORY_CHECK_IN);
  for (guint i = 0; i < check_ins->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (check_ins, i);
      GDate date = date_of (stride_history_entry_get_date (entry));
      g_autofree char *session = NULL;
      StrideMorning morning;

      if (read_check_in (entry, &session, &morning) && g_hash_table_contains (session_ids, session))
        stride_program_log_add_check_in (log, &date, morning);
    }
  return log;
}

/* Entries of KIND about PROGRAM_ID since its latest start, oldest first. */
static GPtrArray *
program_entries (StrideHistory     *history,
                 const char        *program_id,
                 StrideHistoryKind  kind)
{
  StrideHistoryEntry *start = stride_program_history_find_start (history, program_id);
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) stride_history_entry_unref);

  if (start == NULL)
    return entries;

  all = list_since_start (history, start, kind);
  for (guint i = 0; i < all->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (all, i);
      /* Decisions and clearances alike name their program */
      const char *program = stride_json_get_string (stride_history_entry_get_data (entry), "program");

      if (g_strcmp0 (program, program_id) == 0 &&
          g_date_time_compare (stride_history_entry_get_date (entry), stride_history_entry_get_date (start)) >= 0)
        g_ptr_array_add (entries, stride_history_entry_ref (entry));
    }
  return entries;
}

GPtrArray *
stride_program_history_decisions (StrideHistory *history,
                                  const char    *program_id)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (program_id != NULL, NULL);

  return program_entries (history, program_id, STRIDE_HISTORY_PROGRAM_DECISION);
}

GPtrArray *
stride_program_history_clearances (StrideHistory *history,
                                   const char    *program_id)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (program_id != NULL, NULL);

  return program_entries (history, program_id, STRIDE_HISTORY_PROGRAM_CLEARED);
}

StrideHistoryEntry *
stride_program_history_clinician_seen (StrideHistory       *history,
                                       const char          *program_id,
                                       StrideProgramStatus *status,
                                       GDateTime           *date,
                                       GError             **error)
{
  g_autoptr(JsonObject) data = json_object_new ();

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (program_id != NULL && status != NULL, NULL);

  json_object_set_string_member (data, "program", program_id);
  json_object_set_int_member (data, "stage", status->stage);
  /* Why it had paused: the first reason, the rule that decided */
  if (status->reason_codes->len > 0)
    json_object_set_object_member (data, "reason",
                                   stride_program_reason_to_json (&g_array_index (status->reason_codes, StrideProgramReason, 0)));
  return stride_history_append (history, STRIDE_HISTORY_PROGRAM_CLEARED, date, data, error);
}

char *
stride_program_history_clearance_text (StrideHistoryEntry *entry,
                                       char              **reason)
{
  JsonObject *data = stride_history_entry_get_data (entry);
  JsonObject *paused = stride_json_get_object (data, "reason");
  StrideProgramReason code;
  gint64 stage;

  g_return_val_if_fail (stride_history_entry_get_kind (entry) == STRIDE_HISTORY_PROGRAM_CLEARED, NULL);

  if (reason != NULL)
    *reason = paused != NULL && stride_program_reason_from_json (paused, &code) ? stride_program_reason_render (&code) : NULL;
  if (stride_json_get_int (data, "stage", &stage) && stage >= 1 && stage <= G_MAXUINT)
    return g_strdup_printf (_("A clinician has seen you: the program goes on at stage %u."), (guint) stage);
  return g_strdup (_("A clinician has seen you: the program goes on."));
}

StrideProgramStatus *
stride_program_history_update (StrideHistory *history,
                               StrideContent *content,
                               const char    *program_id,
                               GDateTime     *today,
                               GError       **error)
{
  g_autoptr(StrideProgramLog) log = stride_program_history_build_log (history, content, program_id);
  g_autoptr(GDateTime) now = today != NULL ? g_date_time_ref (today) : g_date_time_new_now_local ();
  g_autoptr(StrideProgramStatus) status = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(StrideProgramDecisionRecord) decision = NULL;
  g_autoptr(StrideProgramDecisionRecord) last = NULL;
  GDate day;

  if (log == NULL)
    return NULL;

  day = date_of (now);
  if (g_date_compare (&day, stride_program_log_get_started (log)) < 0)
    day = *stride_program_log_get_started (log);
  status = stride_program_evaluate (log, &day);

  /* Nothing to decide before the first session */
  if (stride_program_log_get_n_sessions (log) == 0 || stride_history_get_read_only (history))
    return g_steal_pointer (&status);

  /* The same rule at the same stages: a diary line says something new, not "one day more" */
  decision = stride_program_decision_record_new (program_id, status);
  decisions = stride_program_history_decisions (history, program_id);
  if (decisions->len > 0)
    last = stride_program_decision_record_new_from_entry (g_ptr_array_index (decisions, decisions->len - 1));
  if (last != NULL && stride_program_decision_record_same (last, decision))
    return g_steal_pointer (&status);

  if (stride_history_append_program_decision (history, decision, today, error) == NULL)
    return NULL;
  return g_steal_pointer (&status);
}

StrideHistoryEntry *
stride_program_history_pending_check_in (StrideHistory *history,
                                         const char    *program_id,
                                         GDateTime     *today)
{
  StrideHistoryEntry *start = stride_program_history_find_start (history, program_id);
  g_autoptr(GDateTime) now = today != NULL ? g_date_time_ref (today) : g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = start_of_day (now);
  g_autoptr(GDateTime) earliest = g_date_time_add_days (midnight, -2);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) check_ins = NULL;
  StrideHistoryEntry *session = NULL;

  if (start == NULL || stride_history_get_read_only (history))
    return NULL;

  sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, earliest, midnight);
  for (guint i = sessions->len; i > 0 && session == NULL; i--)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (sessions, i - 1);

      if (g_date_time_compare (stride_history_entry_get_date (entry), stride_history_entry_get_date (start)) >= 0 &&
          is_program_session (entry, program_id, NULL))
        session = entry;
    }
  if (session == NULL)
    return NULL;

  check_ins = stride_history_list (history, STRIDE_HISTORY_CHECK_IN, stride_history_entry_get_date (session), NULL);
  for (guint i = 0; i < check_ins->len; i++)
    {
      g_autoptr(StrideCheckIn) check_in = stride_check_in_new_from_entry (g_ptr_array_index (check_ins, i));

      if (g_strcmp0 (stride_check_in_get_session (check_in), stride_history_entry_get_id (session)) == 0)
        return NULL;
    }

  return stride_history_find (history, stride_history_entry_get_id (session));
}

void
stride_program_history_mark_session (JsonObject *session,
                                     const char *program_id,
                                     guint       stage)
{
  JsonObject *program = json_object_new ();

  json_object_set_string_member (program, "id", program_id);
  json_object_set_int_member (program, "stage", stage);
  json_object_set_object_member (session, "program", program);
}
