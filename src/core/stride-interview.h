/* stride-interview.h — the symptom checker's flow: warning signs, questions, results
 *
 * The interview owns the answers and the trail of steps a user walked. Warning signs come
 * first, a few related ones per screen (the content's "screen" groups, most serious
 * first); an answer that makes the triage an emergency stops the interview at once. Then
 * where it hurts, which side, and whatever the matcher finds most informative, until it has
 * nothing left to ask or the user asks for the results. The matcher runs once per answer;
 * a view renders the step and reports what is ticked (the draft) as the user ticks it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "stride-answers.h"
#include "stride-content.h"
#include "stride-matcher.h"

G_BEGIN_DECLS

/* The question whose answer (left, right, both) says which side a routine should train. */
#define STRIDE_SIDE_QUESTION "side"
/* Not a condition: the ranking's share for "something not on this list". */
#define STRIDE_OTHER_CAUSE "other_cause"

typedef enum
{
  STRIDE_INTERVIEW_START,
  STRIDE_INTERVIEW_WARNING_SIGNS,
  STRIDE_INTERVIEW_QUESTION,
  STRIDE_INTERVIEW_EMERGENCY,
  STRIDE_INTERVIEW_RESULTS,
} StrideInterviewStep;

/* One yes/no warning sign: an answer of a red_flags-stage question. */
typedef struct
{
  const StrideQuestion *question;
  const StrideAnswer   *answer;
} StrideWarningSign;

/* How well a condition fits, in words; the number is secondary. */
typedef enum
{
  STRIDE_FIT_LESS_LIKELY,
  STRIDE_FIT_POSSIBLE,
  STRIDE_FIT_STRONG,
} StrideFit;

/* Probabilities from these up read as "possible" and "strong fit". */
#define STRIDE_FIT_POSSIBLE_FROM 0.15
#define STRIDE_FIT_STRONG_FROM   0.40

StrideFit   stride_fit_for_probability (double    probability);
/* "Strong fit", "Possible", "Less likely" (translated). */
const char *stride_fit_get_label       (StrideFit fit);

#define STRIDE_TYPE_INTERVIEW (stride_interview_get_type ())

G_DECLARE_FINAL_TYPE (StrideInterview, stride_interview, STRIDE, INTERVIEW, GObject)

/* Properties (all notify once per real change): "step", "step-name" ("start",
 * "warning-signs:N" from 1, "question:ID", "emergency", "results"), "can-go-back",
 * "can-go-next", "can-see-results", "can-undo-restart". */
StrideInterview      *stride_interview_new                (StrideContent   *content);

StrideInterviewStep   stride_interview_get_step           (StrideInterview *self);
const char           *stride_interview_get_step_name      (StrideInterview *self);
/* The question shown (QUESTION step, or one being changed from the results), else NULL. */
const StrideQuestion *stride_interview_get_question       (StrideInterview *self);
/* Whether the question shown is changed from the results (Next goes back to them). */
gboolean              stride_interview_is_editing         (StrideInterview *self);
gboolean              stride_interview_get_can_go_back    (StrideInterview *self);
gboolean              stride_interview_get_can_go_next    (StrideInterview *self);
gboolean              stride_interview_get_can_see_results (StrideInterview *self);
gboolean              stride_interview_get_can_undo_restart (StrideInterview *self);

/* Warning-sign screens: how many, the one shown (from 0) and its signs (borrowed). */
guint                 stride_interview_get_n_screens      (StrideInterview *self);
guint                 stride_interview_get_screen         (StrideInterview *self);
GPtrArray            *stride_interview_get_screen_signs   (StrideInterview *self,
                                                           guint            screen);
gboolean              stride_interview_get_sign           (StrideInterview *self,
                                                           const StrideWarningSign *sign);

/* The answers so far (only questions really answered) and the result for them. */
const StrideAnswers  *stride_interview_get_answers        (StrideInterview *self);
const StrideMatchResult *stride_interview_get_result      (StrideInterview *self);
/* How often the matcher ran since the interview was made (once per answer). */
guint                 stride_interview_get_n_matches      (StrideInterview *self);
/* Interview questions answered, and how many there are (for a progress bar). */
void                  stride_interview_get_progress       (StrideInterview *self,
                                                           guint           *answered,
                                                           guint           *total);
/* The side the answers name: "left", "right", "both", or NULL. */
const char           *stride_interview_get_side           (StrideInterview *self);

/* What is ticked or typed on the question shown, not yet an answer. */
void                  stride_interview_set_draft_choices  (StrideInterview    *self,
                                                           const char * const *choices);
void                  stride_interview_set_draft_number   (StrideInterview    *self,
                                                           gboolean            has_value,
                                                           double              value);

/* Moving on */
void                  stride_interview_start              (StrideInterview *self);
/* Ticks or unticks a warning sign of the screen shown: an emergency stops at once. */
void                  stride_interview_set_sign           (StrideInterview *self,
                                                           const StrideWarningSign *sign,
                                                           gboolean         yes);
/* Warning signs: the rest of the screen is "no". A question: the draft is the answer
 * (nothing ticked on a many-answer question: "none of these"). */
void                  stride_interview_next               (StrideInterview *self);
void                  stride_interview_dont_know          (StrideInterview *self);
/* The results now: the draft counts only when something is ticked or typed. */
void                  stride_interview_see_results        (StrideInterview *self);
void                  stride_interview_go_back            (StrideInterview *self);
/* Change QUESTION from the results; FALSE when there is no such question. */
gboolean              stride_interview_edit               (StrideInterview *self,
                                                           const char      *question);
/* Back to the start; undo_restart brings the interview back as it was (until start). */
void                  stride_interview_restart            (StrideInterview *self);
gboolean              stride_interview_undo_restart       (StrideInterview *self);

G_END_DECLS
