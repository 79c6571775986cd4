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
 * first: an array of N_WEEKS guints. The sessions stride_stats_streaks() counts: not one
 * ended early, nor one with no set done. */
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

/* Days (local, at midnight) with at least one session in [FROM, TO) that counts (not
 * ended early), the days stride_stats_streaks() counts: GDateTime array. */
GPtrArray *stride_stats_session_days     (StrideHistory *history,
                                          GDateTime     *from,
                                          GDateTime     *to);

/* Everything as CSV, one measure a line: date,kind,subject,side,measure,value */
char      *stride_stats_export_csv       (StrideHistory *history);

G_END_DECLS
