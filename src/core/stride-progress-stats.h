/* stride-progress-stats.h — the figures the Progress page and the report show
 *
 * Pure functions over a StrideHistory, so the page, the PDF report and the tests agree.
 * Days are local calendar days.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-history.h"

G_BEGIN_DECLS

typedef struct
{
  GDateTime *date;
  double     value;
} StrideStatPoint;

/* Days in a row with a session, ending TODAY (or yesterday, when today has none yet),
 * and the longest run ever. */
void       stride_stats_streaks          (StrideHistory *history,
                                          GDateTime     *today,
                                          guint         *current,
                                          guint         *longest);

/* Sessions in each of the N_WEEKS weeks (Monday to Sunday) up to TODAY's week, oldest
 * first: an array of N_WEEKS guints. */
GArray    *stride_stats_sessions_per_week (StrideHistory *history,
                                           GDateTime     *today,
                                           guint          n_weeks);

/* Sessions with a pain rating: StrideStatPoint, oldest first. */
GPtrArray *stride_stats_pain             (StrideHistory *history);

/* The "test/field" pairs with numbers in the self-tests saved, sorted, e.g.
 * "straight_leg_raise/angle_deg". */
GStrv      stride_stats_test_measures    (StrideHistory *history);

/* The values of MEASURE ("test/field") on SIDE ("left", "right", or NULL for tests without
 * sides) over time: StrideStatPoint, oldest first. */
GPtrArray *stride_stats_test_series      (StrideHistory *history,
                                          const char    *measure,
                                          const char    *side);

/* Days (local, at midnight) with at least one session in [FROM, TO): GDateTime array. */
GPtrArray *stride_stats_session_days     (StrideHistory *history,
                                          GDateTime     *from,
                                          GDateTime     *to);

/* Everything as CSV, one measure a line: date,kind,subject,side,measure,value */
char      *stride_stats_export_csv       (StrideHistory *history);

/* Saved symptom checks in short, newest first: a JSON array of
 * {"id", "date" (ISO 8601), "level" ("self_care" … "emergency", or null), "condition"
 * (the best-fitting condition's id, or null), "probability" (0–1, or null)}.
 * Checks whose data cannot be read still appear, with nulls. */
JsonArray *stride_stats_symptom_checks   (StrideHistory *history);

/* Everything Stride keeps about the user, as one pretty JSON document for export:
 * {"exported_by": "Stride VERSION", "history": {…the whole history…},
 *  "routines": [{"id", "name", "items": [{"exercise", "sets", "reps", …}]}]  ROUTINES, the
 *  user's own (StrideRoutine), "symptom_checks": […as stride_stats_symptom_checks()…]} */
GBytes    *stride_stats_export_json      (StrideHistory *history,
                                          GPtrArray     *routines);

G_END_DECLS
