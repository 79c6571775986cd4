/* stride-coach.h — what a coach says during a routine, as a script of sentences
 *
 * The coach listens to a StrideRoutineRunner and says, in the interface language:
 *
 *   get ready      "Next: Side plank, left side. Get ready."   then "3", "2", "1"
 *   work starts    "Go"
 *   a hold         "Halfway" (holds of 10 s or more), then "3", "2", "1"
 *   reps           the count of each rep from the second on (when counting is on)
 *   switch side    "Switch sides"   then "3", "2", "1"
 *   rest           "Rest for 30 seconds"
 *   the end        "Done. Well done!"; ended early or paused: silence at once
 *
 * It only writes the script: signal "say" (text, interrupt) hands each sentence to
 * whoever speaks it (the UI's sound cues), "hush" () asks for silence now. A sentence
 * with interrupt TRUE starts a phase and cuts what is still being said; the others
 * (numbers, halfway) wait for it. GLib only: tests run it on a fake clock.
 *
 * Other parts of the app speak through the same object: stride_coach_say(), and the
 * sentences below for a walk-run plan's intervals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-routine-runner.h"

G_BEGIN_DECLS

/* An exercise's name as the runner knows it by ID (newly allocated, NULL: unknown). */
typedef char *(*StrideCoachNameFunc) (const char *exercise_id,
                                      gpointer    data);

typedef enum
{
  STRIDE_COACH_INTERVAL_RUN,
  STRIDE_COACH_INTERVAL_WALK,
} StrideCoachInterval;

#define STRIDE_TYPE_COACH (stride_coach_get_type ())

G_DECLARE_FINAL_TYPE (StrideCoach, stride_coach, STRIDE, COACH, GObject)

/* A coach for RUNNER (may be NULL: only stride_coach_say() then). */
StrideCoach *stride_coach_new             (StrideRoutineRunner *runner,
                                           StrideCoachNameFunc  name_func,
                                           gpointer             data,
                                           GDestroyNotify       destroy);

/* Whether an exercise is timed as walk-run intervals (its work is running, its rest is
 * walking), so the coach says "Run for 1 minute." / "Walk for 1 minute." instead of "Go."
 * and "Rest…". */
typedef gboolean (*StrideCoachIntervalFunc) (const char *exercise_id,
                                             gpointer    data);

void         stride_coach_set_interval_func (StrideCoach            *self,
                                             StrideCoachIntervalFunc func,
                                             gpointer                data);

/* Whether reps are counted aloud (default off). */
void         stride_coach_set_count_reps  (StrideCoach         *self,
                                           gboolean             count_reps);

/* Emits "say" with TEXT. */
void         stride_coach_say             (StrideCoach         *self,
                                           const char          *text,
                                           gboolean             interrupt);
/* Emits "hush". */
void         stride_coach_hush            (StrideCoach         *self);

/* "Run for 2 minutes", "Walk for 90 seconds": a walk-run interval that starts. */
char        *stride_coach_interval_sentence (StrideCoachInterval kind,
                                             guint               seconds);

/* "Next: Side plank, left side. Get ready." (SIDE none: without a side). */
char        *stride_coach_next_sentence   (const char          *name,
                                           StrideRunnerSide     side);

G_END_DECLS
