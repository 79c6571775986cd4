/* stride-self-test-guide.h — what the guided self-test shows, decided without widgets
 *
 * The order of the full self-test, which test the answers so far rule out, what a runner
 * needs to have at hand, and the sentences the views show about tests, doses and the
 * structures a finding is about. The self-test's views (src/ui) only lay these out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-assess.h"
#include "stride-content.h"
#include "stride-self-test-record.h"

G_BEGIN_DECLS

/* One thing to have at hand for the tests: a title, and why (NULL when plain). */
typedef struct
{
  char *title;
  char *subtitle;
} StrideSelfTestNeed;

/* "Left side", "Right side", "Both sides", or "Overall" for NONE. */
const char *stride_self_test_guide_side_title      (StrideSide             side);

/* The full sequence (StrideSelfTest, borrowed from CONTENT): the assessment routine's
 * order, then any other test. */
GPtrArray  *stride_self_test_guide_full_sequence   (StrideContent         *content);

/* What to have at hand for TESTS (StrideSelfTest), as StrideSelfTestNeed: each piece of
 * equipment once, a phone for angles, a partner, and the time it takes. */
GPtrArray  *stride_self_test_guide_list_needs      (GPtrArray             *tests);

/* "You need a mat, a strap. A partner makes it easier.", or "" when nothing. */
char       *stride_self_test_guide_describe_needs  (const StrideSelfTest  *test);

/* How the angle, stopwatch and rep helpers are used on TEST, or "" when it has none. */
char       *stride_self_test_guide_describe_helpers (const StrideSelfTest *test);

/* TRUE when the results in RECORD raise the caution that leaves TEST out of a guided
 * run (a single-leg test when standing already hurts). */
gboolean    stride_self_test_guide_ruled_out       (StrideSelfTestRecord  *record,
                                                    StrideContent         *content,
                                                    const StrideSelfTest  *test);

/* "Left side only · 3 sets of 12", "Each side · 3 holds of 30 s"… */
char       *stride_self_test_guide_describe_dose   (const StrideAssessItem *item);

/* The exercise names for IDS, joined with ", " (an unknown id as itself). */
char       *stride_self_test_guide_exercise_names  (StrideContent         *content,
                                                    const char * const    *ids);

/* Those of IDS that ASSESSMENT's routine still has on SIDE (LEFT or RIGHT), in the order
 * of IDS: what a caution held back on the painful side leaves to the other. */
GStrv       stride_self_test_guide_kept_on_side    (StrideAssessment      *assessment,
                                                    const char * const    *ids,
                                                    StrideSide             side);

/* The structures FINDING is about (what its first exercise targets; borrowed), or NULL. */
const char * const *stride_self_test_guide_finding_structures (StrideContent             *content,
                                                               const StrideAssessFinding *finding);

/* STRUCTURE's shapes drawn on SIDE only (both sides for BOTH and NONE), mirrored copies
 * included: a new array of new StrideShape. */
GPtrArray  *stride_self_test_guide_side_shapes     (const StrideStructure *structure,
                                                    StrideSide             side);

/* The side of the body a shape is drawn on, as given (not its mirror copy). */
StrideSide  stride_self_test_guide_shape_side      (const StrideShape     *shape);

G_END_DECLS
