/* stride-routine-player-private.h — the player's state, shared with its dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-coach.h"
#include "stride-exercise-visual.h"
#include "stride-routine-player.h"
#include "stride-session-rating.h"
#include "stride-session-record.h"

G_BEGIN_DECLS

struct _StrideRoutinePlayer
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  GtkLabel            *exercise_label;
  GtkLabel            *status_label;
  StrideExerciseVisual *visual;
  GtkLabel            *phase_label;
  GtkLabel            *timer_label;
  GtkLabel            *rep_label;
  GtkBox              *count_box;      /* timer and rep count: side by side when compact */
  GtkLabel            *cue_label;
  GtkLabel            *next_label;
  GtkProgressBar      *progress_bar;
  GtkButton           *pause_button;
  GtkToggleButton     *mute_button;
  GtkToggleButton     *fullscreen_button;
  StrideSessionRating *rating;

  /* Owned references */
  StrideContext       *context;
  StrideClock         *clock;
  StrideRoutineRunner *runner;
  StrideCoach         *coach;          /* speaks the routine, when the voice is on */
  char                *routine_id;
  char                *routine_name;
  char                *program_id;     /* a program's session: its doses are the stage's */
  guint                program_stage;
  GPtrArray           *kinds;          /* char*: each runner item's exercise kind */
  StrideSessionRecord *session;        /* filled in as the routine runs, saved at its end */
  gboolean             finished;       /* the session was saved once: the rating adds to it */
  char                *session_id;
  gboolean             rate_each;      /* the "rate-each-exercise" preference, read at start */
  StrideRunnerSide     only_side;      /* one-sided exercises on this side only (NONE: both) */
  int                  last_item;      /* the runner's item the last phase was in */
  int                  rating_item;    /* the item being rated now, or -1 */
  guint                inhibit_cookie;
  GtkApplication      *inhibit_app;    /* the application the cookie is from */
  gboolean             compact;        /* short or narrow window: smaller video and timer */
  GtkWidget           *end_dialog;     /* "End This Session?" while it is open */
  gboolean             paused_for_dialog;
  GtkWidget           *leave_dialog;   /* "Save Your Rating?" while it is open */
  gboolean             left_unrated;   /* the runner chose to leave the rating unsaved */
  int                  layout_height;  /* the height the video's size was fitted to */
  guint                compact_idle_id;
};

/* Between get ready and done: a session is going on. */
gboolean stride_routine_player_is_running   (StrideRoutinePlayer *self);
void     stride_routine_player_emit_closed  (StrideRoutinePlayer *self);

G_END_DECLS
