/* stride-session-outcome.h — what the end of a session does: saving it, and next time's doses
 *
 * The routine player (src/ui) calls these when a session ends and when it is rated; they
 * hold the rules, the player shows the outcome.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-history.h"
#include "stride-routine-runner.h"
#include "stride-session-record.h"

G_BEGIN_DECLS

/* A program moves its doses by stage, not session by session: the doses of ROUTINE
 * (the stage's) replace those PLAN (StridePlanItem) chose for the same exercises. */
void              stride_session_outcome_keep_stage_doses (GPtrArray           *plan,
                                                           const StrideRoutine *routine);

/* The kinds (char *, how each dose adapts) of the items PLAN gives the runner, in the
 * runner's order: the items not left out. */
GPtrArray        *stride_session_outcome_runner_kinds     (GPtrArray           *plan);

/* Sets next time's dose of every item of RUNNER in SESSION (KINDS from
 * stride_session_outcome_runner_kinds()): an item done in a session not ended early
 * changes as its rating says, any other holds. Appends to CHANGES the exercise's own
 * progression or regression text when a dose is already at the end of its range.
 * Returns the most cautious change made: step back, else progress, else hold. */
StrideDoseChange  stride_session_outcome_next_doses       (StrideSessionRecord *session,
                                                           StrideRoutineRunner *runner,
                                                           GPtrArray           *kinds,
                                                           StrideContent       *content,
                                                           GString             *changes);

/* Saves SESSION in HISTORY, as *SESSION_ID (NULL: new; updated to the entry's id).
 * When the history cannot take it, it is kept beside it under the same id, never lost,
 * and *PROBLEM says so in the runner's words; returns FALSE then. */
gboolean          stride_session_outcome_save             (StrideHistory       *history,
                                                           StrideSessionRecord *session,
                                                           char               **session_id,
                                                           char               **problem);

G_END_DECLS
