/* stride-session-plan.h — what the next session of a routine will be, and why
 *
 * One place decides, for the routine page and the player alike: which exercises the next
 * session runs, at which dose (the exercise's, the routine's override, then what the
 * pain-monitoring model chose after the last session — stride-dose.h), on which sides
 * (a personal routine may train one side, and give the weaker side an extra set), and
 * which are left out and why (an exercise the latest self-test's cautions rule out).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-history.h"
#include "stride-routine-runner.h"

G_BEGIN_DECLS

#define STRIDE_PERSONAL_ROUTINE_ID "personal"

typedef struct
{
  char             *exercise;
  char             *kind;         /* "stretch", "strength" or "run": how its dose adapts */
  StrideDose        dose;         /* the dose the session will use */
  StrideRunnerSide  only_side;    /* NONE: every side the dose names */
  StrideRunnerSide  extra_side;   /* the weaker side's extra set, or NONE */
  char             *note;         /* how to do it in the version given, or NULL */
  char             *left_out;     /* why the session leaves it out (a caution), or NULL */
} StridePlanItem;

/* Exercises the latest saved self-test's cautions rule out: a new hash table of exercise
 * id → the caution's text. */
GHashTable *stride_session_plan_avoided  (StrideHistory       *history);

/* ROUTINE's exercise items (tests left out) as the next session will run them, in order:
 * StridePlanItem, free with g_ptr_array_unref(). CONTENT may be NULL (no kinds known). */
GPtrArray  *stride_session_plan_build    (StrideContent       *content,
                                          StrideHistory       *history,
                                          const StrideRoutine *routine);

/* The items a session runs (not left out) as StrideRoutineItem (exercise borrowed from
 * PLAN), for stride_routine_runner_new(). */
GPtrArray  *stride_session_plan_runner_items (GPtrArray       *plan);

/* Applies each item's one side and extra set to RUNNER, built from PLAN's runner items. */
void        stride_session_plan_apply_sides  (GPtrArray           *plan,
                                              StrideRoutineRunner *runner);

/* Whether VIDEO is to be shown mirrored while SIDE is worked: exactly when SIDE is the
 * other side than the one its clip shows (NONE: never). */
gboolean    stride_video_mirrored_for     (const StrideVideo   *video,
                                           StrideRunnerSide     side);

/* Every item of PLAN done on each side, and not already one-sided, is done on SIDE only
 * (the side that hurts), without an extra set for the other side. */
void        stride_session_plan_set_only_side (GPtrArray        *plan,
                                               StrideRunnerSide  side);

/* EXERCISE's steps as a session gives them: when ONLY_SIDE is a side, the last step (how
 * the sides take turns) is the exercise's one_side_step. A new string array. */
GStrv       stride_session_plan_steps     (const StrideExercise *exercise,
                                           StrideRunnerSide      only_side);

/* "3 × 12 reps, each side · rest 45 s" */
char       *stride_dose_text              (const StrideDose    *dose);

/* The dose and the sides of ITEM in words: "3 × 30 s hold, each side, and one more on
 * the left · rest 30 s", "3 × 12 reps, left side only". */
char       *stride_session_plan_item_text (const StridePlanItem *item);

G_END_DECLS
