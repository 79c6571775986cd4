/* stride-dose.h — the pain-monitoring model: how the next session's dose follows this one
 *
 * After a session the user rates pain (0–10) and effort. Then, per exercise:
 *   - the next morning's check-in says it got worse  → step back
 *   - pain above 5                                   → step back
 *   - pain 4–5                                       → hold
 *   - pain 0–3 and "too easy"                        → progress
 *   - pain 0–3 and "too hard"                        → step back
 *   - otherwise (about right, or not rated)          → hold
 * (Silbernagel's pain-monitoring model: 0–3 safe, 4–5 acceptable, above 5 too much.)
 *
 * Progress and step back move within docs/clinical-basis.md's ranges: stretches hold 30–60 s for
 * 2–4 reps (sets here); strength 8–12 reps (up to 20 when the dose is already above
 * 12) in 2–4 sets; isometric holds 10–45 s in up to 5 sets. At the end of a range the
 * exercise's progression or regression is suggested instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-content.h"
#include "stride-history.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_EFFORT_UNKNOWN,
  STRIDE_EFFORT_TOO_EASY,
  STRIDE_EFFORT_ABOUT_RIGHT,
  STRIDE_EFFORT_TOO_HARD,
} StrideEffort;

typedef enum
{
  STRIDE_DOSE_HOLD,
  STRIDE_DOSE_PROGRESS,
  STRIDE_DOSE_STEP_BACK,
} StrideDoseChange;

#define STRIDE_PAIN_UNKNOWN (-1)

const char      *stride_effort_to_string   (StrideEffort   effort);
StrideEffort     stride_effort_from_string (const char    *string);
const char      *stride_sides_to_string    (StrideSides    sides);
gboolean         stride_sides_from_string  (const char    *string,
                                            StrideSides   *sides);

/* PAIN: 0–10 or STRIDE_PAIN_UNKNOWN. */
StrideDoseChange stride_dose_decide        (int            pain,
                                            StrideEffort   effort,
                                            gboolean       worse_next_morning);

/* Applies CHANGE to DOSE for an exercise of KIND ("stretch" or "strength") into NEXT.
 * Returns FALSE when the dose is already at the end of its range (NEXT = DOSE): time
 * for the exercise's progression or regression. */
gboolean         stride_dose_adapt         (const StrideDose *dose,
                                            const char       *kind,
                                            StrideDoseChange  change,
                                            StrideDose       *next);

JsonObject      *stride_dose_to_json       (const StrideDose *dose);
/* Members missing or out of range keep FALLBACK's values. */
void             stride_dose_from_json     (JsonObject       *object,
                                            const StrideDose *fallback,
                                            StrideDose       *dose);

/* The dose EXERCISE should be done at next in ROUTINE: the next dose the latest session
 * of ROUTINE that counts (stride_session_record_counts()) saved for it, stepped back from
 * the dose it was done at when a later check-in about that session says it got worse;
 * BASE when there is none. */
void             stride_dose_for_next_session (StrideHistory    *history,
                                               const char       *routine,
                                               const char       *exercise,
                                               const char       *kind,
                                               const StrideDose *base,
                                               StrideDose       *dose);

G_END_DECLS
