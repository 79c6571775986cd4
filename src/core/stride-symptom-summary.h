/* stride-symptom-summary.h — what the symptom checker's results show, decided without widgets
 *
 * Which ranked rows the results list, where "something not listed here" goes among
 * them, how a fit and an answer read, and what a typed number means.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-answers.h"
#include "stride-interview.h"
#include "stride-matcher.h"

G_BEGIN_DECLS

/* The rows to show, at most MAX_ROWS (StrideConditionMatch, borrowed): the best
 * conditions with "something not listed here" in its ranked place, or last when it
 * ranks below them, so every ranking says how much it may be missing. OTHER is filled
 * in as that row (its condition NULL) and must outlive the array. */
GPtrArray  *stride_symptom_summary_rows            (const StrideMatchResult    *result,
                                                    guint                       max_rows,
                                                    StrideConditionMatch       *other);

/* TRUE for the "something not listed here" row, the matcher's or OTHER above. */
gboolean    stride_symptom_summary_is_other_cause  (const StrideConditionMatch *match);

/* "Strong fit · 62%": the words first, the number secondary ("less than 1%" below 0.5%). */
char       *stride_symptom_summary_describe_fit    (double                      probability);

/* The answer to QUESTION in words: the choices' texts, the number and unit, "I don't
 * know", or "None of these". */
char       *stride_symptom_summary_describe_answer (const StrideAnswers        *answers,
                                                    const StrideQuestion       *question);

/* A whole number within QUESTION's range (spaces around it allowed), or FALSE. */
gboolean    stride_symptom_summary_parse_number    (const StrideQuestion       *question,
                                                    const char                 *text,
                                                    double                     *value);

/* "Your left side, the one that hurts" for "left" (and right), NULL otherwise. */
const char *stride_symptom_summary_side_text       (const char                 *side);

G_END_DECLS
