/* stride-matcher-private.h — the matcher's index, shared by its files (private to core)
 *
 * stride-matcher.c indexes the content and ranks; stride-matcher-question.c chooses the next
 * question; stride-matcher-output.c writes a result out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-matcher.h"

G_BEGIN_DECLS

typedef enum
{
  STATE_UNANSWERED,
  STATE_DONT_KNOW,
  STATE_CHOICES,
  STATE_NUMBER,
} QuestionState;

typedef struct
{
  const StrideQuestion *question;
  guint                 answer_offset;   /* into the per-query choice flags */
  guint                 cell_offset;     /* numbers: into the per-query cell sums */
  GArray               *bounds;          /* numbers: double; cell i is [b[i], b[i+1]) */
} IndexedQuestion;

/* Kept small: a query walks every condition's evidence twice, so a large pack's
 * evidence must stream through the cache. What only reasons need is in EvidenceWords. */
typedef struct
{
  guint16               question;        /* index into self->questions */
  gint16                answer;          /* answer index; -1 for a number range */
  guint16               cell_lo;         /* number ranges: the cells covered */
  guint16               cell_hi;
  guint8                has_lr_absent;
  guint8                empty;           /* a range outside the question's min…max */
  double                log_lr;
  double                log_lr_absent;   /* 0 when the profile has no lr_absent */
} IndexedEvidence;

typedef struct
{
  const char           *text;
  const char           *text_absent;
  double                min;             /* number ranges, inclusive */
  double                max;
} EvidenceWords;

typedef struct
{
  const StrideCondition *condition;
  double                 log_prior;
  double                 prior;          /* exp (log_prior), for the shown probabilities */
  guint                  first;          /* its evidence in self->evidence, by question */
  guint                  n_evidence;
} IndexedCondition;

struct _StrideMatcher
{
  StrideContent *content;                /* owned; NULL for borrowed items */
  GPtrArray     *questions;              /* borrowed StrideQuestion */
  GPtrArray     *red_flags;              /* borrowed StrideRedFlag */
  GArray        *indexed_questions;      /* IndexedQuestion */
  GArray        *conditions;             /* IndexedCondition */
  GArray        *evidence;               /* IndexedEvidence */
  GArray        *words;                  /* EvidenceWords, parallel to evidence */
  GHashTable    *question_index;         /* id → index + 1 */
  guint          n_answers;              /* all choice answers of all questions */
  guint          n_cells;                /* all cells of all number questions */
  double         prior_sum;              /* of all conditions, for the other-cause share */
  /* Reused by every query (a matcher serves one thread): a large pack's reason list is
   * hundreds of kilobytes, and a fresh one each time costs more in page faults than the
   * ranking itself. */
  GArray        *scratch_reasons;        /* Reason */
};

/* What one query knows about each question. */
typedef struct
{
  QuestionState *states;
  double        *numbers;
  gboolean      *chosen;                 /* n_answers flags */
} Resolved;

typedef struct
{
  const char *text;
  double      log_factor;
} Reason;

/* Whether FLAG fires for ANSWERS, given RESULT's ranking. */
gboolean              stride_matcher_red_flag_fires       (const StrideRedFlag     *flag,
                                                           const StrideAnswers     *answers,
                                                           const StrideMatchResult *result);

/* The unanswered question expected to lower the ranking's entropy most, or NULL when none
 * would move it visibly. */
const StrideQuestion *stride_matcher_choose_next_question (StrideMatcher           *self,
                                                           const Resolved          *resolved,
                                                           const double            *probabilities,
                                                           const double            *log_probabilities);

/* An unanswered question whose answer could raise RESULT's triage level, or NULL. */
const StrideQuestion *stride_matcher_triage_question      (StrideMatcher           *self,
                                                           const Resolved          *resolved,
                                                           const StrideAnswers     *answers,
                                                           const StrideMatchResult *result);

G_END_DECLS
