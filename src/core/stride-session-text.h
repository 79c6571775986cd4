/* stride-session-text.h — what the routine player says, decided without widgets
 *
 * The phase, the cue, the set, what comes next, how the session went and what the
 * next session's doses do, in the runner's words. The player (src/ui) only shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-dose.h"
#include "stride-routine-runner.h"

G_BEGIN_DECLS

/* "1:05" */
char       *stride_session_text_time            (guint                 seconds);

/* "Left side", "Right side", or NULL for NONE. */
const char *stride_session_text_side            (StrideRunnerSide      side);

/* "Get ready", "Hold" or "Go" (reps), "Switch sides", "Rest", "Done"; "Run" and "Walk"
 * for walk-run intervals (an exercise of kind "run"). EXERCISE may be NULL. */
const char *stride_session_text_phase           (StridePhase           phase,
                                                 const StrideExercise *exercise,
                                                 guint                 n_reps);

/* What to do now: the caption of VIDEO's chapter that shows PHASE, else the exercise's
 * first cue, else a general one; rest says how to rest. EXERCISE and VIDEO may be NULL. */
const char *stride_session_text_cue             (StridePhase           phase,
                                                 const StrideExercise *exercise,
                                                 const StrideVideo    *video);

/* The numbered steps, a line each, or NULL when the exercise has none. When ONLY_SIDE is
 * a side, the last step (how the sides take turns) is the exercise's one_side_step. */
char       *stride_session_text_steps           (const StrideExercise *exercise,
                                                 StrideRunnerSide      only_side);

/* "Set 1 of 3 · Left side" */
char       *stride_session_text_status          (guint                 set,
                                                 guint                 n_sets,
                                                 StrideRunnerSide      side);

/* "Next: Clamshell, left side"; NAME NULL: "Next: the end of the routine". */
char       *stride_session_text_next            (const char           *name,
                                                 StrideRunnerSide      side);

/* "Next: set 2 of 3, left side": the next set of the exercise being done. */
char       *stride_session_text_next_set        (guint                 set,
                                                 guint                 n_sets,
                                                 StrideRunnerSide      side);

/* "Well Done", "Ended Early" or "Session Ended". */
const char *stride_session_text_outcome_title   (gboolean              completed,
                                                 gboolean              ended_early);

/* "3 of 24 sets done": the player's progress, counted as the end of the session counts. */
char       *stride_session_text_sets_done       (guint                 sets_done,
                                                 guint                 sets_planned);

/* "Hip mobility: about 12 minutes, 9 of 9 sets done." and, ended early, what that means. */
char       *stride_session_text_outcome_summary (const char           *routine_name,
                                                 guint                 active_s,
                                                 guint                 sets_done,
                                                 guint                 sets_planned,
                                                 gboolean              ended_early);

/* What CHANGE does to the next session. */
const char *stride_session_text_change          (StrideDoseChange      change);

G_END_DECLS
