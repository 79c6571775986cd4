/* stride-exercise-view.h — an exercise's page: its clip, dose, steps and variations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-context.h"
#include "stride-routine-runner.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_EXERCISE_VIEW (stride_exercise_view_get_type ())

G_DECLARE_FINAL_TYPE (StrideExerciseView, stride_exercise_view, STRIDE, EXERCISE_VIEW, AdwBin)

void     stride_exercise_view_set_context (StrideExerciseView *self,
                                           StrideContext      *context);
/* Shows the exercise ID, its clip playing; FALSE when the content has no such exercise. */
gboolean stride_exercise_view_show        (StrideExerciseView *self,
                                           const char         *id);
/* The same, its steps as a session working ONLY_SIDE only gives them (NONE: both sides). */
gboolean stride_exercise_view_show_on_side (StrideExerciseView *self,
                                            const char         *id,
                                            StrideRunnerSide    only_side);
/* Stops and drops the clip (the view is being left). */
void     stride_exercise_view_clear       (StrideExerciseView *self);

G_END_DECLS
