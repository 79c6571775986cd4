/* stride-routine-player.h — follows a routine: timer, reps, cues, what's next, then a rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-clock.h"
#include "stride-content.h"
#include "stride-context.h"
#include "stride-routine-runner.h"
#include "stride-video-view.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_ROUTINE_PLAYER (stride_routine_player_get_type ())

G_DECLARE_FINAL_TYPE (StrideRoutinePlayer, stride_routine_player, STRIDE, ROUTINE_PLAYER, AdwBin)

/* Signals: "closed" () — the user is done with the player (rated and saved, or left). */
GtkWidget           *stride_routine_player_new        (void);

/* What the player works on: content, history, sound cues. Set once, before any start. */
void                 stride_routine_player_set_context (StrideRoutinePlayer *self,
                                                        StrideContext       *context);
/* The clock the next start uses (tests pass a fake one). */
void                 stride_routine_player_set_clock  (StrideRoutinePlayer *self,
                                                       StrideClock         *clock);

/* The next start trains exercises done on each side on SIDE only, unless the routine
 * names a side itself; STRIDE_RUNNER_SIDE_NONE: every side. */
void                 stride_routine_player_set_only_side (StrideRoutinePlayer *self,
                                                          StrideRunnerSide     side);

/* Starts ROUTINE (copied) at the doses the last sessions adapted. */
void                 stride_routine_player_start      (StrideRoutinePlayer *self,
                                                       const StrideRoutine *routine);

/* Starts ROUTINE as a session of stage STAGE of program PROGRAM_ID: the doses are the
 * stage's as given, and the saved session names the program and stage. */
void                 stride_routine_player_start_program (StrideRoutinePlayer *self,
                                                          const StrideRoutine *routine,
                                                          const char          *program_id,
                                                          guint                stage);

/* The runner of the routine under way, or NULL. */
StrideRoutineRunner *stride_routine_player_get_runner (StrideRoutinePlayer *self);

/* The id of the session saved in the history when the routine ended, or NULL. */
/* Whether the layout is the compact one for a short or narrow window. */
gboolean             stride_routine_player_get_compact (StrideRoutinePlayer *self);

const char          *stride_routine_player_get_session_id (StrideRoutinePlayer *self);

/* Asks "End This Session?" (the routine pauses meanwhile); ending keeps what was done.
 * End Session, the page's Back and Alt+Left all come here. Nothing while no routine runs. */
void                 stride_routine_player_request_end (StrideRoutinePlayer *self);
/* Leaving the rating of a finished session with pain or effort chosen but not saved asks
 * whether to save it, and TRUE says so: "closed" follows the answer. FALSE: leave now. */
gboolean             stride_routine_player_ask_before_leaving (StrideRoutinePlayer *self);
GtkWidget           *stride_routine_player_get_leave_dialog (StrideRoutinePlayer *self);
/* The question while it is open, else NULL (tests answer it). */
GtkWidget           *stride_routine_player_get_end_dialog (StrideRoutinePlayer *self);
/* The clip the player shows (tests check its mirroring). */
StrideVideoView     *stride_routine_player_get_video_view (StrideRoutinePlayer *self);

G_END_DECLS
