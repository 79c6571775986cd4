/* stride-routine-catalog.h — the routines and exercises the Routines pages can show
 *
 * Built-in routines and exercises come from the content; the personal routine from the
 * latest saved self-test (history); the user's own from the routine store. All lookups
 * of content go through here, each from the context the page was given (the personal
 * routine is cached on that context).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-context.h"
#include "stride-routine-runner.h"
#include "stride-session-plan.h"

G_BEGIN_DECLS

/* Built-in routines that have exercises (not the self-test sequence): const StrideRoutine*. */
GPtrArray            *stride_routine_catalog_list_builtin (StrideContext *context);
/* The built-in self-test sequence (the first "assessment" routine), or NULL. */
const StrideRoutine  *stride_routine_catalog_find_assessment (StrideContext *context);
/* Every exercise in the content: const StrideExercise*. */
GPtrArray            *stride_routine_catalog_list_exercises (StrideContext *context);

/* The personal routine from the latest self-test, or NULL when none was saved. */
const StrideRoutine  *stride_routine_catalog_get_personal (StrideContext *context);

/* A routine by id: built-in, "personal", or one of the user's. */
const StrideRoutine  *stride_routine_catalog_find (StrideContext *context,
                                                   const char *id);
gboolean              stride_routine_catalog_is_builtin (StrideContext *context,
                                                         const char *id);

const StrideExercise *stride_routine_catalog_find_exercise (StrideContext *context,
                                                            const char *id);
const StrideVideo    *stride_routine_catalog_find_video (StrideContext *context,
                                                         const char *id);

/* The exercise's name, or its id made readable when the content does not know it. */
char                 *stride_routine_catalog_exercise_name (StrideContext *context,
                                                            const char *id);

/* "Straight-leg raise: Angle" for a self-test measure, from the content when it knows
 * the test, else the ids made readable. */
char                 *stride_routine_catalog_measure_name (StrideContext *context,
                                                           const char *test,
                                                           const char *field);

/* How many of ROUTINE's items are exercises (the runner plays nothing else). */
guint                 stride_routine_catalog_count_exercises (const StrideRoutine *routine);
/* Roughly how long the runner takes over ROUTINE, in minutes rounded up: the runner's
 * default get-ready and side-switch pauses, work, and rests between sets. */
guint                 stride_routine_catalog_estimate_minutes (const StrideRoutine *routine);
/* "5 exercises · about 12 min", or that it has none yet. */
char                 *stride_routine_catalog_describe (const StrideRoutine *routine);

/* ROUTINE's next session as core's session plan decides it (stride-session-plan.h). */
GPtrArray            *stride_routine_catalog_plan (StrideContext *context,
                                                   const StrideRoutine *routine);

G_END_DECLS
