/* stride-symptom-results.h — the symptom checker's results: triage, conditions, answers
 *
 * The triage banner with the warning signs found and what to do, the conditions that fit
 * best (each opening to what fits, what points elsewhere, and links to read about it and
 * to a routine, a self-test or a program when exercise is sensible advice), and the
 * answers with a Change button each. Its rows and buttons activate the page's
 * "symptoms.*" actions and "app.launch".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-interview.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SYMPTOM_RESULTS (stride_symptom_results_get_type ())

G_DECLARE_FINAL_TYPE (StrideSymptomResults, stride_symptom_results, STRIDE, SYMPTOM_RESULTS, AdwBin)

/* Shows the result of INTERVIEW (at its results step), at most MAX_ROWS ranked rows;
 * returns the first row, where the keyboard focus goes. */
GtkWidget *stride_symptom_results_show          (StrideSymptomResults *self,
                                                 StrideContent        *content,
                                                 StrideInterview      *interview,
                                                 guint                 max_rows);

void       stride_symptom_results_scroll_to_top (StrideSymptomResults *self);

/* Saved once per result: Save to History is greyed out while it is saved. */
void       stride_symptom_results_set_saved     (StrideSymptomResults *self,
                                                 gboolean              saved);

G_END_DECLS
