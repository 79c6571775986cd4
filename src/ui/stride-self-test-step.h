/* stride-self-test-step.h — one test of the self-test: how to do it, and the results
 *
 * The test's video looping the moment that shows what to look for, its set-up, steps,
 * safety note, and an input per field on each side, which write straight into the
 * self-test record. The Back, Skip and Next buttons activate the page's "self-test.*"
 * actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"
#include "stride-self-test-record.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SELF_TEST_STEP (stride_self_test_step_get_type ())

G_DECLARE_FINAL_TYPE (StrideSelfTestStep, stride_self_test_step, STRIDE, SELF_TEST_STEP, AdwBin)

/* Shows TEST, number INDEX (from 0) of N_TESTS, its inputs reading and writing RECORD. */
void stride_self_test_step_show        (StrideSelfTestStep   *self,
                                        StrideContent        *content,
                                        StrideSelfTestRecord *record,
                                        const StrideSelfTest *test,
                                        guint                 index,
                                        guint                 n_tests);

/* Frees the video: nothing plays while the step is not on screen. */
void stride_self_test_step_stop_video  (StrideSelfTestStep   *self);

/* Pauses or resumes the video (the page leaving or coming back on screen). */
void stride_self_test_step_set_playing (StrideSelfTestStep   *self,
                                        gboolean              playing);

G_END_DECLS
