/* stride-exercise-visual.h — the routine player's demonstration: the clip, or the steps
 *
 * The exercise's clip loops the chapter of the phase (the hold or the movement while
 * working, the set-up while getting ready), mirrored when the side worked is not the side
 * it shows; a clip that cannot play gives its place to the written steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"
#include "stride-routine-runner.h"
#include "stride-video-view.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_EXERCISE_VISUAL (stride_exercise_visual_get_type ())

G_DECLARE_FINAL_TYPE (StrideExerciseVisual, stride_exercise_visual, STRIDE, EXERCISE_VISUAL, AdwBin)

/* Shows EXERCISE (or nothing, NULL) in PHASE on SIDE (its steps for ONLY_SIDE when the
 * session works one side only, else NONE); STEP is the runner's progress, so
 * that the clip restarts its chapter only when the step changes, not on a pause. */
void             stride_exercise_visual_show           (StrideExerciseVisual *self,
                                                        StrideContent        *content,
                                                        const StrideExercise *exercise,
                                                        StridePhase           phase,
                                                        StrideRunnerSide      side,
                                                        StrideRunnerSide      only_side,
                                                        double                step,
                                                        gboolean              playing);

/* A new session: the next show sets the clip up afresh. */
void             stride_exercise_visual_reset          (StrideExerciseVisual *self);

/* Plays or pauses a clip on screen. */
void             stride_exercise_visual_set_playing    (StrideExerciseVisual *self,
                                                        gboolean              playing);

/* The clip's height: at least MINIMUM, at most MAXIMUM. */
void             stride_exercise_visual_fit            (StrideExerciseVisual *self,
                                                        int                   minimum,
                                                        int                   maximum);

StrideVideoView *stride_exercise_visual_get_video_view (StrideExerciseVisual *self);

G_END_DECLS
