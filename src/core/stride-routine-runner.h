/* stride-routine-runner.h — the clockwork of a routine: get ready, work, switch side, rest
 *
 * A routine is flattened into steps. For each exercise (an item with an exercise id):
 *
 *   get_ready (get-ready-s, default 5; none when 0)
 *   for each set:  work [left] → switch_side (switch-s, default 5) → work [right]
 *                  rest (the dose's rest_s; none after the last set or when 0)
 *   … then the next exercise's get_ready, and finally done.
 *
 * Sides: "each" works the left, then the right side; "both" and "none" once per set.
 * Work is a hold of hold_s when reps is 0; otherwise reps at a tempo of tempo_s per rep
 * (hold_s per rep when it is set and tempo_s is not; 3 s when neither is), counted by the
 * "rep" signal. Items without an exercise (self-test items) are left out.
 *
 * Time comes from a StrideClock, so tests run a routine with a fake one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-clock.h"
#include "stride-content.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_PHASE_IDLE,         /* not started */
  STRIDE_PHASE_GET_READY,
  STRIDE_PHASE_WORK,
  STRIDE_PHASE_SWITCH_SIDE,
  STRIDE_PHASE_REST,
  STRIDE_PHASE_DONE,         /* finished, or ended early (see get_completed) */
} StridePhase;

typedef enum
{
  STRIDE_RUNNER_SIDE_NONE,
  STRIDE_RUNNER_SIDE_LEFT,
  STRIDE_RUNNER_SIDE_RIGHT,
} StrideRunnerSide;

typedef enum
{
  STRIDE_RUNNER_CUE_COUNTDOWN,      /* 3, 2, 1 before work starts; the count is in the signal */
  STRIDE_RUNNER_CUE_START,          /* work starts */
  STRIDE_RUNNER_CUE_SWITCH,         /* change to the other side */
  STRIDE_RUNNER_CUE_REST,           /* work is over, rest */
  STRIDE_RUNNER_CUE_DONE,           /* the routine is finished */
} StrideRunnerCue;

const char *stride_phase_to_string (StridePhase phase);
const char *stride_runner_side_to_string  (StrideRunnerSide  side);

#define STRIDE_TYPE_ROUTINE_RUNNER (stride_routine_runner_get_type ())

G_DECLARE_FINAL_TYPE (StrideRoutineRunner, stride_routine_runner, STRIDE, ROUTINE_RUNNER, GObject)

/* ITEMS: StrideRoutineItem (copied). Signals:
 *   "phase-changed" ()                         a new step began; read the getters
 *   "tick"          (guint remaining_s)        the whole seconds left changed
 *   "rep"           (guint rep)                a new rep began (1-based)
 *   "cue"           (StrideRunnerCue cue, guint n)   something to hear; n counts down 3, 2, 1
 * Properties, each notified once per real change (read-only; the getters below say
 * the same): "phase", "paused", "completed", "progress" (of the sets); the current step's "item",
 * "exercise", "side", "set", "n-sets", "rep", "n-reps", "remaining-s", "duration-s".
 * They are notified before the signal that goes with them. */
StrideRoutineRunner *stride_routine_runner_new          (StrideClock         *clock,
                                                         GPtrArray           *items);

void         stride_routine_runner_set_get_ready_s      (StrideRoutineRunner *self,
                                                         guint                seconds);
/* The rest between sets for every item (Preferences); 0: each dose's own rest_s. */
void         stride_routine_runner_set_rest_s           (StrideRoutineRunner *self,
                                                         guint                seconds);
void         stride_routine_runner_set_switch_s         (StrideRoutineRunner *self,
                                                         guint                seconds);

/* Restricts ITEM, an exercise done on each side, to SIDE only (a personal routine that
 * trains the side that needs it); STRIDE_RUNNER_SIDE_NONE lifts it. Before start. */
void         stride_routine_runner_set_only_side        (StrideRoutineRunner *self,
                                                         guint                item,
                                                         StrideRunnerSide     side);

/* The one side ITEM is restricted to, or NONE. */
StrideRunnerSide stride_routine_runner_get_only_side    (StrideRoutineRunner *self,
                                                         guint                item);

/* ITEM, an exercise done on each side, gets one set more on SIDE (the weaker side of an
 * asymmetry), after its other sets; NONE lifts it. Before start. */
void         stride_routine_runner_set_extra_set        (StrideRoutineRunner *self,
                                                         guint                item,
                                                         StrideRunnerSide     side);

void         stride_routine_runner_start                (StrideRoutineRunner *self);
void         stride_routine_runner_pause                (StrideRoutineRunner *self);
void         stride_routine_runner_resume               (StrideRoutineRunner *self);
void         stride_routine_runner_toggle_pause         (StrideRoutineRunner *self);
/* To the next step (a skipped work does not count as done). */
void         stride_routine_runner_skip                 (StrideRoutineRunner *self);
/* Restarts the work under way when it has run 3 s or more, else goes to the previous
 * work; from get-ready, switch or rest, goes to the work before. */
void         stride_routine_runner_back                 (StrideRoutineRunner *self);
/* Ends now: phase done, not completed. */
void         stride_routine_runner_end                  (StrideRoutineRunner *self);

StridePhase  stride_routine_runner_get_phase            (StrideRoutineRunner *self);
gboolean     stride_routine_runner_get_paused           (StrideRoutineRunner *self);
gboolean     stride_routine_runner_get_completed        (StrideRoutineRunner *self);
guint        stride_routine_runner_get_n_items          (StrideRoutineRunner *self);
/* The item of the current step, -1 when idle or done. */
int          stride_routine_runner_get_item             (StrideRoutineRunner *self);
const char  *stride_routine_runner_get_exercise         (StrideRoutineRunner *self);
const StrideDose *stride_routine_runner_get_dose        (StrideRoutineRunner *self,
                                                         guint                item);
const char  *stride_routine_runner_get_item_exercise    (StrideRoutineRunner *self,
                                                         guint                item);
/* The one side ITEM is worked on (stride_routine_runner_set_only_side()), or NONE. */
StrideRunnerSide stride_routine_runner_get_item_only_side (StrideRoutineRunner *self,
                                                         guint                item);
StrideRunnerSide   stride_routine_runner_get_side             (StrideRoutineRunner *self);
guint        stride_routine_runner_get_set              (StrideRoutineRunner *self);  /* 1-based */
guint        stride_routine_runner_get_n_sets           (StrideRoutineRunner *self);
guint        stride_routine_runner_get_rep              (StrideRoutineRunner *self);  /* 0 for holds */
guint        stride_routine_runner_get_n_reps           (StrideRoutineRunner *self);
guint        stride_routine_runner_get_remaining_s      (StrideRoutineRunner *self);
guint        stride_routine_runner_get_duration_s       (StrideRoutineRunner *self);  /* of the step */
/* The next work step's item and side, FALSE when none. */
gboolean     stride_routine_runner_get_next_work        (StrideRoutineRunner *self,
                                                         guint               *item,
                                                         StrideRunnerSide    *side);
/* The next work step's set (1-based) and its item's number of sets, FALSE when none. */
gboolean     stride_routine_runner_get_next_set         (StrideRoutineRunner *self,
                                                         guint               *set,
                                                         guint               *n_sets);
/* What the player names as next: the work step after the current one, or — while
 * getting ready, switching side or resting — after the work that step leads to. Its item,
 * side, set (1-based) and its item's number of sets; FALSE when none. */
gboolean     stride_routine_runner_get_work_after       (StrideRoutineRunner *self,
                                                         guint               *item,
                                                         StrideRunnerSide    *side,
                                                         guint               *set,
                                                         guint               *n_sets);
/* 0–1: the share of the planned sets (one set on one side) done in full, as the end of
 * the session counts them: a skipped set is not done. */
double       stride_routine_runner_get_progress         (StrideRoutineRunner *self);
/* The current step's place among the routine's steps (0 when idle or done): a new value
 * for each step, so that the demonstration restarts its clip when the step changes. */
guint        stride_routine_runner_get_step             (StrideRoutineRunner *self);
/* Sets of ITEM done in full (every side worked to the end, not skipped). */
guint        stride_routine_runner_get_sets_done        (StrideRoutineRunner *self,
                                                         guint                item);
/* Work steps (one set on one side) the routine plans, and those done in full. */
guint        stride_routine_runner_get_sets_planned_total (StrideRoutineRunner *self);
guint        stride_routine_runner_get_sets_done_total  (StrideRoutineRunner *self);
/* Over, with under half of the planned work done (skipped through, or ended soon). */
gboolean     stride_routine_runner_get_ended_early      (StrideRoutineRunner *self);
/* Time spent running, pauses left out. */
guint        stride_routine_runner_get_active_s         (StrideRoutineRunner *self);

G_END_DECLS
