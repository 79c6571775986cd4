/* stride-assess-private.h — what the files of the self-test scorer share (private to core)
 *
 * stride-assess-input.c checks and reads the input, stride-assess.c scores each test,
 * stride-assess-routine.c prescribes the routine, stride-assess-json.c writes the output
 * and stride-assess-compare.c compares re-tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-assess.h"

G_BEGIN_DECLS

/* One assessment being made. */
typedef struct
{
  StrideContent    *content;
  JsonNode         *input;
  const char       *sex;
  StrideAssessment *result;
  gboolean          convention_stated;  /* said once per assessment, not per finding */
} Scorer;

/* Reading the input (stride-assess-input.c). */
gboolean           stride_assess_node_is_number         (JsonNode                  *node);
gboolean           stride_assess_node_is_type           (JsonNode                  *node,
                                                         GType                      type);
const StrideField *stride_assess_find_field             (const StrideSelfTest      *test,
                                                         const char                *id);
/* The object holding TEST's values on SIDE, or NULL when it was not done. */
JsonObject        *stride_assess_get_values             (JsonNode                  *input,
                                                         const char                *test,
                                                         StrideSide                 side);
const char        *stride_assess_get_string_member      (JsonNode                  *input,
                                                         const char                *name);
/* The age given, or -1. */
double             stride_assess_get_age                (JsonNode                  *input);

/* Scoring (stride-assess.c). */
gboolean           stride_assess_condition_holds        (const StrideTestCondition *condition,
                                                         JsonObject                *values,
                                                         const char                *sex);
/* SIDE: the side of the test that raised it; NONE (a test without sides) holds for both. */
void               stride_assess_add_caution            (Scorer                    *scorer,
                                                         const StrideCaution       *caution,
                                                         StrideSide                 side);
char              *stride_assess_format_with_unit       (double                     value,
                                                         const char                *unit);

/* The routine (stride-assess-routine.c). */
void               stride_assess_add_following_cautions (Scorer                    *scorer);
void               stride_assess_item_free              (StrideAssessItem          *item);
void               stride_assess_build_routine          (Scorer                    *scorer);

G_END_DECLS
