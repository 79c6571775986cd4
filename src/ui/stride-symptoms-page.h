/* stride-symptoms-page.h — the Symptom Checker: red flags, an adaptive interview, results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-interview.h"
#include "stride-matcher.h"
#include "stride-page.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SYMPTOMS_PAGE (stride_symptoms_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideSymptomsPage, stride_symptoms_page, STRIDE, SYMPTOMS_PAGE, StridePage)

GtkWidget               *stride_symptoms_page_new         (StrideContext      *context);

/* The content to ask from; by default the application's, on first use. */
void                     stride_symptoms_page_set_content (StrideSymptomsPage *self,
                                                           StrideContent      *content);

/* Where the user is: "start", "warning-signs:N", "question:QUESTION_ID", "emergency"
 * or "results" (the interview's step name). */
const char              *stride_symptoms_page_get_step    (StrideSymptomsPage *self);

/* The answers so far and the last result (NULL before the results are shown). */
const StrideAnswers     *stride_symptoms_page_get_answers (StrideSymptomsPage *self);
const StrideMatchResult *stride_symptoms_page_get_result  (StrideSymptomsPage *self);
/* The flow the page renders (NULL before any content). */
StrideInterview         *stride_symptoms_page_get_interview (StrideSymptomsPage *self);

G_END_DECLS
