/* stride-self-test-intro.h — the self-test's first view: what you need, about you, which tests
 *
 * Safety first, when the runner last tested, what to have at hand, the optional sex and
 * age the norms use, the Start button ("self-test.start-full") and a row per test to do
 * one alone ("self-test.start-test" with the test's id).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"
#include "stride-history.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SELF_TEST_INTRO (stride_self_test_intro_get_type ())

G_DECLARE_FINAL_TYPE (StrideSelfTestIntro, stride_self_test_intro, STRIDE, SELF_TEST_INTRO, AdwBin)

/* Lists what TESTS (StrideSelfTest) need and a row per test; with none, says why. */
void        stride_self_test_intro_set_tests (StrideSelfTestIntro *self,
                                              GPtrArray           *tests);

/* Shows when LATEST (the last self-test, or NULL for none) was and what it found. */
void        stride_self_test_intro_show_last (StrideSelfTestIntro *self,
                                              StrideHistoryEntry  *latest);

/* "female", "male", "other", or NULL when the runner would rather not say. */
const char *stride_self_test_intro_get_sex   (StrideSelfTestIntro *self);

/* Years, 0 when the runner would rather not say. */
guint       stride_self_test_intro_get_age   (StrideSelfTestIntro *self);

G_END_DECLS
