/* stride-self-test-results.h — the self-test's summary: findings, cautions, routine
 *
 * Where the findings showed on a front and a back body map, the findings per side, the
 * cautions, what changed since the last self-test, and the personal routine. Its
 * buttons activate the page's "self-test.start-routine" and "self-test.restart".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-assess.h"
#include "stride-history.h"
#include "stride-self-test-record.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SELF_TEST_RESULTS (stride_self_test_results_get_type ())

G_DECLARE_FINAL_TYPE (StrideSelfTestResults, stride_self_test_results, STRIDE, SELF_TEST_RESULTS, AdwBin)

/* Shows ASSESSMENT of RECORD; PREVIOUS (or NULL) is the self-test before, to compare. */
void stride_self_test_results_show       (StrideSelfTestResults *self,
                                          StrideContent         *content,
                                          StrideAssessment      *assessment,
                                          StrideSelfTestRecord  *record,
                                          StrideHistoryEntry    *previous);

/* Whether the results were saved: MESSAGE is the error, NULL when they were. */
void stride_self_test_results_show_saved (StrideSelfTestResults *self,
                                          const char            *error_message);

/* Says that a self-test with every test skipped was not saved. */
void stride_self_test_results_show_nothing_saved (StrideSelfTestResults *self);

G_END_DECLS
