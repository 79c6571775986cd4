/* stride-session-record.h — a routine session as the history keeps it
 *
 * The data of a "session" history entry (stride-history.h):
 *
 *   {"routine": "hip_stretch_routine", "routine_name": "Hip stretch routine",
 *    "completed": true, "ended_early": false, "sets_done": 9, "sets_planned": 9,
 *    "duration_s": 612,
 *    "exercises": [{"exercise": "glute_bridge", "sets_done": 3, "sets": 3, "sides": "each",
 *                   "dose": {…}}],
 *    "program": {"id": "…", "stage": 2},          a rehab program's session only
 *    "pain": 2, "effort": "about_right",           the rating, once given
 *    "ratings": {"glute_bridge": {"pain": 3, "effort": "too_hard"}},   rated one by one
 *    "next_dose": {"glute_bridge": {"sets": 3, "reps": 12, …}}}
 *
 * Only this module reads or writes that JSON. The routine player builds a record when a
 * routine starts, fills it in as the routine runs and is rated, and saves it; pages read
 * saved sessions through the getters. Members Stride does not know (from a newer version)
 * are kept as they were when the record is written again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-dose.h"
#include "stride-history.h"
#include "stride-routine-runner.h"

G_BEGIN_DECLS

typedef struct _StrideSessionRecord StrideSessionRecord;

#define STRIDE_TYPE_SESSION_RECORD (stride_session_record_get_type ())
GType                stride_session_record_get_type      (void) G_GNUC_CONST;

/* A session of ROUTINE_ID (named ROUTINE_NAME) about to be done. */
StrideSessionRecord *stride_session_record_new           (const char          *routine_id,
                                                          const char          *routine_name);
/* Reads DATA (an entry's data); never fails: what is missing or of the wrong type reads
 * as absent. */
StrideSessionRecord *stride_session_record_new_from_json (JsonObject          *data);
/* The session ENTRY holds, or NULL when ENTRY is not a session. */
StrideSessionRecord *stride_session_record_new_from_entry (StrideHistoryEntry *entry);
StrideSessionRecord *stride_session_record_ref           (StrideSessionRecord *self);
void                 stride_session_record_unref         (StrideSessionRecord *self);

/* A new object, as stride_history_append() takes it. */
JsonObject          *stride_session_record_to_json       (StrideSessionRecord *self);

/* Filling in, by the one who owns the record, before it is saved. */

/* Marks it as a session of PROGRAM_ID at STAGE. */
void                 stride_session_record_set_program   (StrideSessionRecord *self,
                                                          const char          *program_id,
                                                          guint                stage);
/* What RUNNER did: sets done per exercise, time, completed or ended early. */
void                 stride_session_record_set_outcome   (StrideSessionRecord *self,
                                                          StrideRoutineRunner *runner);
/* EXERCISE rated on its own (replaces an earlier rating of it). PAIN may be
 * STRIDE_PAIN_UNKNOWN (the runner did not rate it): the record then has no pain for it. */
void                 stride_session_record_rate_exercise (StrideSessionRecord *self,
                                                          const char          *exercise,
                                                          int                  pain,
                                                          StrideEffort         effort);
/* The session's rating. Its pain is the worst of PAIN and every exercise's own: that is
 * what Progress charts. PAIN may be STRIDE_PAIN_UNKNOWN: with no exercise's own pain
 * either, the session is saved as not rated for pain. */
void                 stride_session_record_rate          (StrideSessionRecord *self,
                                                          int                  pain,
                                                          StrideEffort         effort);
/* The dose EXERCISE is to be done at next time. */
void                 stride_session_record_set_next_dose (StrideSessionRecord *self,
                                                          const char          *exercise,
                                                          const StrideDose    *dose);

/* Reading. Strings are NULL when absent. */
const char          *stride_session_record_get_routine   (StrideSessionRecord *self);
/* The routine's name as it was when the session was saved. */
const char          *stride_session_record_get_routine_name (StrideSessionRecord *self);
/* Done to the end (not ended early). */
gboolean             stride_session_record_get_completed (StrideSessionRecord *self);
/* Whether the record says if it was done to the end (sessions saved by Stride do). */
gboolean             stride_session_record_has_completed (StrideSessionRecord *self);
/* Counts towards streaks and the next dose: not a session that ended early (under half
 * its sets done). */
gboolean             stride_session_record_counts        (StrideSessionRecord *self);
/* Some of it was done: FALSE for a session that says no set was done (ended, or skipped
 * through, before the first). Such a record is kept — it may hold a rating — but it is
 * not counted as a session. */
gboolean             stride_session_record_had_work      (StrideSessionRecord *self);
/* FALSE when the record gives no time. */
gboolean             stride_session_record_get_duration_s (StrideSessionRecord *self,
                                                          guint               *duration_s);
/* STRIDE_EFFORT_UNKNOWN when not rated. */
StrideEffort         stride_session_record_get_effort    (StrideSessionRecord *self);
/* FALSE when the session was not rated. */
gboolean             stride_session_record_get_pain      (StrideSessionRecord *self,
                                                          int                 *pain);
/* As get_pain(), but a whole number outside 0–10 (never written by Stride) reads as the
 * nearest end: for decisions, where an impossible 12 must not read as "not rated". */
gboolean             stride_session_record_get_pain_clamped (StrideSessionRecord *self,
                                                          int                 *pain);
/* The program it belongs to (STAGE may be NULL), or NULL. */
const char          *stride_session_record_get_program   (StrideSessionRecord *self,
                                                          guint               *stage);
/* Whether it is a session of PROGRAM_ID that says its stage (then in STAGE, which may be
 * NULL). */
gboolean             stride_session_record_is_in_program (StrideSessionRecord *self,
                                                          const char          *program_id,
                                                          guint               *stage);
/* The change for EXERCISE's dose the rating asks for (stride_dose_decide()): the
 * exercise's own rating when the user rated each exercise, else the session's. */
StrideDoseChange     stride_session_record_decide        (StrideSessionRecord *self,
                                                          const char          *exercise);
/* The dose EXERCISE was done at in the session, and the one it is to be done at next time
 * (members missing or out of range from FALLBACK); FALSE when the record has none. */
gboolean             stride_session_record_get_done_dose (StrideSessionRecord *self,
                                                          const char          *exercise,
                                                          const StrideDose    *fallback,
                                                          StrideDose          *dose);
gboolean             stride_session_record_get_next_dose (StrideSessionRecord *self,
                                                          const char          *exercise,
                                                          const StrideDose    *fallback,
                                                          StrideDose          *dose);

/* Saving (as stride_history_append(), _commit_pending() and _keep_pending()). */
StrideHistoryEntry  *stride_history_append_session       (StrideHistory       *history,
                                                          StrideSessionRecord *session,
                                                          GDateTime           *date,
                                                          GError             **error);
StrideHistoryEntry  *stride_history_commit_pending_session (StrideHistory     *history,
                                                          const char          *id,
                                                          StrideSessionRecord *session,
                                                          GError             **error);
char                *stride_history_keep_pending_session (StrideHistory       *history,
                                                          const char          *id,
                                                          StrideSessionRecord *session,
                                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideSessionRecord, stride_session_record_unref)

G_END_DECLS
