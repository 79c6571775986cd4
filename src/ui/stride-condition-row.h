/* stride-condition-row.h — one ranked row of the symptom checker's results
 *
 * A condition, or "something not listed here", with how well it fits (words, share and a
 * bar); opened, what fits, what points elsewhere, and links to read about it and, when
 * exercise is sensible advice, to a routine (on the side that hurts), a self-test or a
 * program.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-matcher.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_CONDITION_ROW (stride_condition_row_get_type ())

G_DECLARE_FINAL_TYPE (StrideConditionRow, stride_condition_row, STRIDE, CONDITION_ROW, AdwExpanderRow)

/* MATCH's condition; EXERCISE_ADVICE adds the routine, self-test and program links,
 * the routine on SIDE ("left", "right" or NULL). */
GtkWidget *stride_condition_row_new       (StrideContent              *content,
                                           const StrideConditionMatch *match,
                                           gboolean                    exercise_advice,
                                           const char                 *side);

/* "Something not listed here", at MATCH's probability. */
GtkWidget *stride_condition_row_new_other (const StrideConditionMatch *match);

G_END_DECLS
