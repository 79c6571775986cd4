/* stride-program-history.h — a program followed in the user's history
 *
 * Typed records in the history (stride-history.h), written atomically like the rest:
 *
 *   program_start     {"program": "gluteal_tendinopathy_program"}      enrolment
 *   session           … with "program": {"id": "…", "stage": 2}        a program session
 *   check_in          {"session": "…", "compared": "worse"}            the morning after
 *   program_decision  {"program": "…", "decision": "step_back", "stage_before": 2,
 *                      "stage": 1, "rule": "two_worse_mornings",
 *                      "reasons": [{"id": "two_worse_mornings"}]}   (stride-program-decision-record.h)
 *   program_cleared   {"program": "…", "stage": 2, "reason": {"id": "pain_rising", "from": 2,
 *                      "to": 5}}    a clinician has seen the runner, after the program
 *                      paused for REASON ("see a clinician" holds until then)
 *
 * The program you follow is the one started last. Its log (stride-program.h) is built
 * from the sessions and check-ins since that start; a decision is recorded whenever the
 * decision, the rule that made it or the stages change (not for one more day in a stage),
 * so the history of decisions reads like a diary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-history.h"
#include "stride-program.h"

G_BEGIN_DECLS

/* Records the start of PROGRAM_ID now (or at DATE). */
StrideHistoryEntry *stride_program_history_start   (StrideHistory  *history,
                                                    const char     *program_id,
                                                    GDateTime      *date,
                                                    GError        **error);

/* The program_start entry of the program followed (the latest start), or NULL. */
StrideHistoryEntry *stride_program_history_current (StrideHistory  *history);

/* The latest start of PROGRAM_ID, or NULL when it was never started. */
StrideHistoryEntry *stride_program_history_find_start (StrideHistory *history,
                                                       const char    *program_id);

/* The log of PROGRAM_ID since its latest start; NULL when not started or unknown. */
StrideProgramLog   *stride_program_history_build_log (StrideHistory *history,
                                                      StrideContent *content,
                                                      const char    *program_id);

/* Evaluates PROGRAM_ID on TODAY (NULL: now) and records the decision when it differs
 * from the last one recorded. Returns the status (free it), NULL when not started. */
StrideProgramStatus *stride_program_history_update (StrideHistory *history,
                                                    StrideContent *content,
                                                    const char    *program_id,
                                                    GDateTime     *today,
                                                    GError       **error);

/* program_decision entries of PROGRAM_ID since its latest start, oldest first
 * (transfer container). */
GPtrArray          *stride_program_history_decisions (StrideHistory *history,
                                                      const char    *program_id);

/* The session of PROGRAM_ID waiting for its morning-after check-in: from yesterday or the
 * day before TODAY, not checked in yet; NULL when none (transfer none). */
StrideHistoryEntry *stride_program_history_pending_check_in (StrideHistory *history,
                                                             const char    *program_id,
                                                             GDateTime     *today);

/* Records that a clinician has seen the runner, now (or at DATE), while STATUS (the
 * program's, paused) holds: the program carries on from there. */
StrideHistoryEntry *stride_program_history_clinician_seen (StrideHistory       *history,
                                                           const char          *program_id,
                                                           StrideProgramStatus *status,
                                                           GDateTime           *date,
                                                           GError             **error);

/* program_cleared entries of PROGRAM_ID since its latest start, oldest first (transfer
 * container). */
GPtrArray          *stride_program_history_clearances (StrideHistory *history,
                                                       const char    *program_id);

/* What a program_cleared ENTRY says, in words: "A clinician has seen you: the program
 * goes on at stage 2." and, in REASON (may be NULL), why it had paused, or NULL. */
char               *stride_program_history_clearance_text (StrideHistoryEntry *entry,
                                                           char              **reason);

/* Adds "program": {"id", "stage"} to a session's data. */
void                stride_program_history_mark_session (JsonObject   *session,
                                                         const char   *program_id,
                                                         guint         stage);

G_END_DECLS
