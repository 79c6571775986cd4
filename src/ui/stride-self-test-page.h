/* stride-self-test-page.h — the guided self-test: tests, results per side, summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-assess.h"
#include "stride-history.h"
#include "stride-page.h"
#include "stride-self-test-record.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SELF_TEST_PAGE (stride_self_test_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideSelfTestPage, stride_self_test_page, STRIDE, SELF_TEST_PAGE, StridePage)

GtkWidget        *stride_self_test_page_new              (StrideContext      *context);

/* The self-test entered so far: who, and the results (a new reference). */
StrideSelfTestRecord *stride_self_test_page_dup_record   (StrideSelfTestPage *self);

/* The assessment shown on the summary, or NULL before one (borrowed). */
StrideAssessment *stride_self_test_page_get_assessment   (StrideSelfTestPage *self);

/* Where results are saved and re-tests compared (default: the context's history). */
void              stride_self_test_page_set_history      (StrideSelfTestPage *self,
                                                          StrideHistory      *history);

/* The history entry the summary saved in this session, or NULL. */
const char       *stride_self_test_page_get_saved_id     (StrideSelfTestPage *self);

/* The id of the test on screen, or NULL on the start and summary views. */
const char       *stride_self_test_page_get_current_test (StrideSelfTestPage *self);

G_END_DECLS
