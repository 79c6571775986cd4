/* stride-matcher.c — the symptom checker: red flags, ranking with reasons, next question
 *
 * Ranking is naive Bayes over the profiles: P(c) ∝ prior × Π likelihood ratios of the
 * answers given (lr_absent for a choice question answered without that answer), then
 * normalised. The next question is the unanswered one whose answer is expected to lower
 * the entropy of that ranking most. Everything is indexed once in stride_matcher_new()
 * so that a query is linear in the size of the profiles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "stride-json-document.h"
#include "stride-matcher.h"

/* Below this expected gain (in nats) no answer would move the ranking in a way a user
 * could see, so the interview may stop. */
#define MIN_INFORMATION_GAIN 1e-4

/* Honest confidence (docs/content-schema.md, "profiles"). Naive Bayes multiplies answers
 * as if they were independent, and a ranking is only as sure as the answers behind it:
 * - within one question, only the strongest factor each way counts fully; each further
 *   answer of that question (three places that hurt, four things that make it worse tell
 *   much the same story) counts RELATED_WEIGHT of its log;
 * - "something not on this list" (other_cause) keeps OTHER_CAUSE_SHARE of the prior and a
 *   likelihood of 1 for every answer, so it grows when nothing fits;
 * - with few answers the ranking leans back towards the priors: it is the model's with
 *   weight n² / (n² + FEW_ANSWERS_DAMPING) for n answered questions, so two answers never
 *   give more than about 2/3 to one condition;
 * - every log likelihood ratio is scaled by EVIDENCE_WEIGHT, a calibration temperature:
 *   the pack's ratios are written conservatively, and this is the scale at which, on
 *   tests/vignettes.json, the mean top-1 probability matches how often the top-1 is right.
 * tests/test-matcher.c checks the calibration (≤ 0.10) and the two-answer cap (≤ 0.70). */
#define EVIDENCE_WEIGHT     2.4
#define RELATED_WEIGHT      0.6
#define OTHER_CAUSE_SHARE   0.05
#define FEW_ANSWERS_DAMPING 2.2

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

/* ---- Indexing ---- */

static gint
find_answer_index (const StrideQuestion *question,
                   const char           *id)
{
  for (guint i = 0; i < question->answers->len; i++)
    {
      const StrideAnswer *answer = g_ptr_array_index (question->answers, i);

      if (g_str_equal (answer->id, id))
        return i;
    }
  return -1;
}

static gint
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The last cell whose lower bound is ≤ VALUE. */
static guint
find_cell (GArray *bounds,
           double  value)
{
  guint lo = 0, hi = bounds->len - 1;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (bounds, double, mid) <= value)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static void
add_bound (GArray               *bounds,
           const StrideQuestion *question,
           double                value)
{
  if (value > question->min && value < question->max + 1)
    g_array_append_val (bounds, value);
}

/* Number answers are continuous, but the profiles only tell ranges apart: the cells
 * between every range's ends are the outcomes the next-question search weighs, each
 * by its width (in the question's units). */
static GArray *
build_bounds (StrideMatcher        *self,
              const StrideQuestion *question,
              GPtrArray            *conditions)
{
  GArray *bounds = g_array_new (FALSE, FALSE, sizeof (double));
  double low = question->min, high = question->max + 1;
  guint n = 0;

  g_array_append_val (bounds, low);
  for (guint c = 0; c < conditions->len; c++)
    {
      const StrideCondition *condition = g_ptr_array_index (conditions, c);

      for (guint e = 0; e < condition->evidence->len; e++)
        {
          const StrideEvidence *evidence = g_ptr_array_index (condition->evidence, e);

          if (evidence->answer != NULL || g_strcmp0 (evidence->question, question->id) != 0)
            continue;
          if (evidence->has_min)
            add_bound (bounds, question, evidence->min);
          if (evidence->has_max)
            add_bound (bounds, question, evidence->max + 1);
        }
    }
  g_array_append_val (bounds, high);
  g_array_sort (bounds, compare_doubles);

  /* Keep each bound once. */
  for (guint i = 0; i < bounds->len; i++)
    if (n == 0 || g_array_index (bounds, double, i) > g_array_index (bounds, double, n - 1))
      g_array_index (bounds, double, n++) = g_array_index (bounds, double, i);
  g_array_set_size (bounds, n);
  return bounds;
}

static void
index_questions (StrideMatcher *self,
                 GPtrArray     *conditions)
{
  for (guint i = 0; i < self->questions->len; i++)
    {
      const StrideQuestion *question = g_ptr_array_index (self->questions, i);
      IndexedQuestion indexed = { question, self->n_answers, self->n_cells, NULL };

      if (question->kind == STRIDE_QUESTION_NUMBER)
        {
          indexed.bounds = build_bounds (self, question, conditions);
          self->n_cells += indexed.bounds->len;   /* one more than cells: a difference array */
        }
      self->n_answers += question->answers->len;
      g_array_append_val (self->indexed_questions, indexed);
      g_hash_table_insert (self->question_index, question->id, GUINT_TO_POINTER (i + 1));
    }
}

static gint
lookup_question (StrideMatcher *self,
                 const char    *id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->question_index, id)) - 1;
}

static gboolean
index_evidence (StrideMatcher        *self,
                const StrideEvidence *evidence,
                IndexedEvidence      *out)
{
  gint q = lookup_question (self, evidence->question);
  const IndexedQuestion *iq;

  if (q < 0 || q > G_MAXINT16 || evidence->lr <= 0)
    return FALSE;

  iq = &g_array_index (self->indexed_questions, IndexedQuestion, q);
  *out = (IndexedEvidence) {
    .question = q,
    .answer = -1,
    .log_lr = EVIDENCE_WEIGHT * log (evidence->lr),
    .log_lr_absent = evidence->has_lr_absent && evidence->lr_absent > 0 ?
                     EVIDENCE_WEIGHT * log (evidence->lr_absent) : 0,
    .has_lr_absent = evidence->has_lr_absent && evidence->lr_absent > 0,
  };

  if (evidence->answer != NULL)
    {
      gint answer = find_answer_index (iq->question, evidence->answer);

      out->answer = answer;
      return answer >= 0 && answer <= G_MAXINT16 && iq->question->kind != STRIDE_QUESTION_NUMBER;
    }
  if (iq->question->kind != STRIDE_QUESTION_NUMBER || iq->bounds->len > G_MAXUINT16)
    return FALSE;

  {
    double lo = evidence->has_min ? MAX (evidence->min, iq->question->min) : iq->question->min;
    double hi = evidence->has_max ? MIN (evidence->max, iq->question->max) : iq->question->max;

    out->empty = lo > hi;
    out->cell_lo = find_cell (iq->bounds, lo);
    out->cell_hi = find_cell (iq->bounds, hi);
  }
  return TRUE;
}

typedef struct
{
  IndexedEvidence evidence;
  EvidenceWords   words;
} EvidencePair;

static gint
compare_evidence (gconstpointer a,
                  gconstpointer b)
{
  const IndexedEvidence *x = &((const EvidencePair *) a)->evidence;
  const IndexedEvidence *y = &((const EvidencePair *) b)->evidence;

  if (x->question != y->question)
    return x->question < y->question ? -1 : 1;
  return (x->answer > y->answer) - (x->answer < y->answer);
}

static void
index_conditions (StrideMatcher *self,
                  GPtrArray     *conditions)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (EvidencePair));

  for (guint c = 0; c < conditions->len; c++)
    {
      const StrideCondition *condition = g_ptr_array_index (conditions, c);
      IndexedCondition indexed = { condition, log (CLAMP (condition->prior, 1e-12, 1.0)),
                                   CLAMP (condition->prior, 1e-12, 1.0), self->evidence->len, 0 };

      self->prior_sum += CLAMP (condition->prior, 1e-12, 1.0);

      g_array_set_size (pairs, 0);
      for (guint e = 0; e < condition->evidence->len; e++)
        {
          const StrideEvidence *evidence = g_ptr_array_index (condition->evidence, e);
          EvidencePair pair = { .words = { evidence->text, evidence->text_absent,
                                           evidence->has_min ? evidence->min : -INFINITY,
                                           evidence->has_max ? evidence->max : INFINITY } };

          if (index_evidence (self, evidence, &pair.evidence))
            g_array_append_val (pairs, pair);
        }

      /* Grouped by question then answer: the next-question search walks groups.
       * g_array_sort is stable, so reasons of equal weight keep the content's order. */
      g_array_sort (pairs, compare_evidence);
      for (guint i = 0; i < pairs->len; i++)
        {
          EvidencePair *pair = &g_array_index (pairs, EvidencePair, i);

          g_array_append_val (self->evidence, pair->evidence);
          g_array_append_val (self->words, pair->words);
        }
      indexed.n_evidence = pairs->len;
      g_array_append_val (self->conditions, indexed);
    }
}

StrideMatcher *
stride_matcher_new_for_items (GPtrArray *questions,
                              GPtrArray *red_flags,
                              GPtrArray *conditions)
{
  StrideMatcher *self;

  g_return_val_if_fail (questions != NULL, NULL);
  g_return_val_if_fail (red_flags != NULL, NULL);
  g_return_val_if_fail (conditions != NULL, NULL);

  self = g_new0 (StrideMatcher, 1);
  self->questions = g_ptr_array_ref (questions);
  self->red_flags = g_ptr_array_ref (red_flags);
  self->indexed_questions = g_array_new (FALSE, TRUE, sizeof (IndexedQuestion));
  self->conditions = g_array_sized_new (FALSE, TRUE, sizeof (IndexedCondition), conditions->len);
  self->evidence = g_array_new (FALSE, TRUE, sizeof (IndexedEvidence));
  self->words = g_array_new (FALSE, TRUE, sizeof (EvidenceWords));
  self->question_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->scratch_reasons = g_array_sized_new (FALSE, FALSE, sizeof (Reason), 4 * conditions->len);

  index_questions (self, conditions);
  index_conditions (self, conditions);
  return self;
}

StrideMatcher *
stride_matcher_new (StrideContent *content)
{
  StrideMatcher *self;

  g_return_val_if_fail (content != NULL, NULL);

  self = stride_matcher_new_for_items (stride_content_get_items (content, STRIDE_KIND_QUESTION),
                                       stride_content_get_items (content, STRIDE_KIND_RED_FLAG),
                                       stride_content_get_items (content, STRIDE_KIND_CONDITION));
  self->content = stride_content_ref (content);
  return self;
}

void
stride_matcher_free (StrideMatcher *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->indexed_questions->len; i++)
    g_clear_pointer (&g_array_index (self->indexed_questions, IndexedQuestion, i).bounds,
                     g_array_unref);
  g_array_unref (self->indexed_questions);
  g_array_unref (self->conditions);
  g_array_unref (self->evidence);
  g_array_unref (self->words);
  g_hash_table_unref (self->question_index);
  g_array_unref (self->scratch_reasons);
  g_ptr_array_unref (self->questions);
  g_ptr_array_unref (self->red_flags);
  g_clear_pointer (&self->content, stride_content_unref);
  g_free (self);
}

GPtrArray *
stride_matcher_get_questions (StrideMatcher *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->questions;
}

/* ---- Red flags ---- */

/* Whether a condition among the TOP most likely of RESULT is marked always_red_flag or,
 * with IDS, is one of those. */
static gboolean
ranks_in_top (const StrideMatchResult *result,
              guint                    top,
              const char * const      *ids)
{
  for (guint i = 0; i < result->conditions->len && i < top; i++)
    {
      const StrideConditionMatch *match = g_ptr_array_index (result->conditions, i);

      if (ids != NULL ? g_strv_contains (ids, match->condition->id) : match->condition->always_red_flag)
        return TRUE;
    }
  return FALSE;
}

/* RESULT: its ranking, for the ranking forms of a clause. */
static gboolean
clause_holds (const StrideClause      *clause,
              const StrideAnswers     *answers,
              const StrideMatchResult *result)
{
  double value;

  if (clause->always_red_flag_in_top > 0)
    return ranks_in_top (result, clause->always_red_flag_in_top, NULL);
  if (clause->condition_in_top > 0)
    return ranks_in_top (result, clause->condition_in_top, (const char * const *) clause->conditions);

  if (clause->any_of != NULL)
    {
      for (guint i = 0; i < clause->any_of->len; i++)
        if (clause_holds (g_ptr_array_index (clause->any_of, i), answers, result))
          return TRUE;
      return FALSE;
    }

  if (clause->answers != NULL)
    {
      for (guint i = 0; clause->answers[i] != NULL; i++)
        if (stride_answers_has_choice (answers, clause->question, clause->answers[i]))
          return TRUE;
      return FALSE;
    }

  if (!stride_answers_get_number (answers, clause->question, &value))
    return FALSE;
  return (!clause->has_min || value >= clause->min) &&
         (!clause->has_max || value <= clause->max);
}

static gboolean
red_flag_fires (const StrideRedFlag     *flag,
                const StrideAnswers     *answers,
                const StrideMatchResult *result)
{
  const StrideRuleWhen *when = &flag->when;
  guint n_any = 0;

  if ((when->all == NULL || when->all->len == 0) && (when->any == NULL || when->any->len == 0))
    return FALSE;

  for (guint i = 0; when->all != NULL && i < when->all->len; i++)
    if (!clause_holds (g_ptr_array_index (when->all, i), answers, result))
      return FALSE;

  if (when->any == NULL || when->any->len == 0)
    return TRUE;

  for (guint i = 0; i < when->any->len; i++)
    if (clause_holds (g_ptr_array_index (when->any, i), answers, result))
      n_any++;
  return n_any >= MAX (when->min_any, 1);
}

static gint
compare_red_flags (gconstpointer a,
                   gconstpointer b)
{
  const StrideRedFlag *x = *(const StrideRedFlag * const *) a;
  const StrideRedFlag *y = *(const StrideRedFlag * const *) b;

  return (int) y->level - (int) x->level;
}

/* Runs after the ranking: a rule may ask whether a condition that is a red flag in
 * itself ranks near the top, whatever answers brought it there. */
static void
check_red_flags (StrideMatcher       *self,
                 const StrideAnswers *answers,
                 StrideMatchResult   *result)
{
  result->level = STRIDE_TRIAGE_SELF_CARE;

  for (guint i = 0; i < self->red_flags->len; i++)
    {
      const StrideRedFlag *flag = g_ptr_array_index (self->red_flags, i);

      if (!red_flag_fires (flag, answers, result))
        continue;
      g_ptr_array_add (result->reasons, (gpointer) flag);
      result->level = MAX (result->level, flag->level);
    }

  /* g_ptr_array_sort is a stable merge sort: equal levels keep the content's order. */
  g_ptr_array_sort (result->reasons, compare_red_flags);
}

/* ---- Resolving the answers once per query ---- */

static void
resolve_answers (StrideMatcher       *self,
                 const StrideAnswers *answers,
                 Resolved            *resolved)
{
  guint n = self->indexed_questions->len;

  resolved->states = g_new0 (QuestionState, n);
  resolved->numbers = g_new0 (double, n);
  resolved->chosen = g_new0 (gboolean, MAX (self->n_answers, 1));

  for (guint q = 0; q < n; q++)
    {
      const IndexedQuestion *iq = &g_array_index (self->indexed_questions, IndexedQuestion, q);
      const char *id = iq->question->id;
      const char * const *choices;

      if (!stride_answers_is_answered (answers, id))
        continue;
      if (stride_answers_is_dont_know (answers, id))
        resolved->states[q] = STATE_DONT_KNOW;
      else if (stride_answers_get_number (answers, id, &resolved->numbers[q]))
        resolved->states[q] = STATE_NUMBER;
      else if ((choices = stride_answers_get_choices (answers, id)) != NULL)
        {
          resolved->states[q] = STATE_CHOICES;
          for (guint i = 0; choices[i] != NULL; i++)
            {
              gint a = find_answer_index (iq->question, choices[i]);

              if (a >= 0)
                resolved->chosen[iq->answer_offset + a] = TRUE;
            }
        }
    }
}

static void
resolved_clear (Resolved *resolved)
{
  g_free (resolved->states);
  g_free (resolved->numbers);
  g_free (resolved->chosen);
}

/* ---- Ranking ---- */

/* How one piece of evidence counts for these answers: its log factor and its words, or
 * FALSE when it does not count at all. */
static gboolean
evidence_factor (StrideMatcher         *self,
                 const IndexedEvidence *ie,
                 const EvidenceWords   *words,
                 const Resolved        *resolved,
                 Reason                *reason)
{
  const IndexedQuestion *iq = &g_array_index (self->indexed_questions, IndexedQuestion, ie->question);

  switch (resolved->states[ie->question])
    {
    case STATE_CHOICES:
      if (ie->answer < 0)
        return FALSE;
      if (resolved->chosen[iq->answer_offset + ie->answer])
        *reason = (Reason) { words->text, ie->log_lr };
      else if (ie->has_lr_absent)
        *reason = (Reason) { words->text_absent, ie->log_lr_absent };
      else
        return FALSE;
      return TRUE;

    case STATE_NUMBER:
      {
        double value = resolved->numbers[ie->question];

        if (ie->answer >= 0 || value < words->min || value > words->max)
          return FALSE;
        *reason = (Reason) { words->text, ie->log_lr };
        return TRUE;
      }

    case STATE_UNANSWERED:
    case STATE_DONT_KNOW:
    default:
      return FALSE;
    }
}

/* Strongest first, ties in the content's order. A condition has a handful of reasons:
 * an insertion sort beats a general one here. */
static void
sort_reasons (Reason *reasons,
              guint   n)
{
  for (guint i = 1; i < n; i++)
    {
      Reason reason = reasons[i];
      guint j = i;

      for (; j > 0 && fabs (reasons[j - 1].log_factor) < fabs (reason.log_factor); j--)
        reasons[j] = reasons[j - 1];
      reasons[j] = reason;
    }
}

/* The log factors of one question's answers, damped: the strongest each way counts
 * fully, the others RELATED_WEIGHT (they tell much the same story). */
typedef struct
{
  double up_sum, up_max, down_sum, down_min;
} QuestionFactors;

static inline double
damped_total (const QuestionFactors *f)
{
  return f->up_max + RELATED_WEIGHT * (f->up_sum - f->up_max) +
         f->down_min + RELATED_WEIGHT * (f->down_sum - f->down_min);
}

/* Appends the condition's reasons to REASONS, strongest first; returns its log score. */
static double
score_condition (StrideMatcher          *self,
                 const IndexedCondition *ic,
                 const Resolved         *resolved,
                 GArray                 *reasons)
{
  double total = ic->log_prior;
  guint first = reasons->len, question = G_MAXUINT;
  QuestionFactors factors = { 0 };

  /* Evidence is grouped by question (index_conditions). */
  for (guint e = 0; e < ic->n_evidence; e++)
    {
      const IndexedEvidence *ie = &g_array_index (self->evidence, IndexedEvidence, ic->first + e);
      const EvidenceWords *words = &g_array_index (self->words, EvidenceWords, ic->first + e);
      Reason reason;

      if (!evidence_factor (self, ie, words, resolved, &reason))
        continue;
      if (ie->question != question)
        {
          total += damped_total (&factors);
          factors = (QuestionFactors) { 0 };
          question = ie->question;
        }
      if (reason.log_factor > 0)
        {
          factors.up_sum += reason.log_factor;
          factors.up_max = MAX (factors.up_max, reason.log_factor);
        }
      else if (reason.log_factor < 0)
        {
          factors.down_sum += reason.log_factor;
          factors.down_min = MIN (factors.down_min, reason.log_factor);
        }
      if (reason.log_factor != 0)
        g_array_append_val (reasons, reason);
    }
  total += damped_total (&factors);

  sort_reasons (&g_array_index (reasons, Reason, first), reasons->len - first);
  return total;
}

/* Every condition's reasons as NULL-terminated lists in one block: a query over a large
 * pack then costs a handful of allocations, not a few per condition. */
static void
fill_reasons (StrideMatchResult *result,
              GArray            *reasons,
              const guint       *firsts,
              guint              n)
{
  const char **texts = g_new (const char *, reasons->len + 2 * n);
  const char **next = texts;

  result->texts = texts;
  for (guint c = 0; c < n; c++)
    {
      guint end = c + 1 < n ? firsts[c + 1] : reasons->len;

      result->matches[c].reasons_for = next;
      for (guint i = firsts[c]; i < end; i++)
        if (g_array_index (reasons, Reason, i).log_factor > 0)
          *next++ = g_array_index (reasons, Reason, i).text;
      *next++ = NULL;

      result->matches[c].reasons_against = next;
      for (guint i = firsts[c]; i < end; i++)
        if (g_array_index (reasons, Reason, i).log_factor < 0)
          *next++ = g_array_index (reasons, Reason, i).text;
      *next++ = NULL;
    }
}

/* exp (X) for X ≤ 0, where anything below e^-60 (far below what a ranking shows) is 0:
 * exp () takes a slow path for results near underflow, and a large pack has thousands of
 * conditions that far below the best. */
static inline double
relative_weight (double x)
{
  return x < -60 ? 0 : exp (x);
}

/* Log scores to probabilities that sum to 1, without overflow: subtract the largest.
 * LOG_SCORES become log-probabilities. */
static double
normalise (double *log_scores,
           double *probabilities,
           guint   n)
{
  double top = -INFINITY, sum = 0, log_sum;

  for (guint i = 0; i < n; i++)
    top = MAX (top, log_scores[i]);
  for (guint i = 0; i < n; i++)
    sum += probabilities[i] = relative_weight (log_scores[i] - top);
  log_sum = top + log (sum);
  for (guint i = 0; i < n; i++)
    {
      probabilities[i] /= sum;
      log_scores[i] -= log_sum;
    }
  return log_sum;
}

/* Most likely first, ties in the content's order. A stable LSD radix sort on the bits
 * of the probability: a general qsort was a tenth of a query over 10,000 conditions. */
static guint64
rank_key (double value)
{
  guint64 bits;

  if (isnan (value))
    value = -INFINITY;
  memcpy (&bits, &value, sizeof bits);
  /* Flip so that unsigned order is the double's order, then invert: largest first. */
  bits = (bits >> 63) ? ~bits : bits | G_GUINT64_CONSTANT (0x8000000000000000);
  return ~bits;
}

static void
sort_ranked (const StrideConditionMatch *matches,
             guint                      *order,
             guint                       n)
{
  g_autofree guint64 *keys = g_new (guint64, MAX (n, 1));
  g_autofree guint64 *keys_tmp = g_new (guint64, MAX (n, 1));
  g_autofree guint *order_tmp = g_new (guint, MAX (n, 1));
  guint64 *k = keys, *k2 = keys_tmp;
  guint *o = order, *o2 = order_tmp;

  for (guint i = 0; i < n; i++)
    {
      keys[i] = rank_key (matches[i].probability);
      order[i] = i;
    }

  for (guint shift = 0; shift < 64; shift += 8)
    {
      guint count[257] = { 0 };

      for (guint i = 0; i < n; i++)
        count[((k[i] >> shift) & 0xff) + 1]++;
      if (count[((k[0] >> shift) & 0xff) + 1] == n)
        continue;   /* every key has this byte: nothing to move */
      for (guint b = 1; b < 257; b++)
        count[b] += count[b - 1];
      for (guint i = 0; i < n; i++)
        {
          guint slot = count[(k[i] >> shift) & 0xff]++;

          k2[slot] = k[i];
          o2[slot] = o[i];
        }
      { guint64 *t = k; k = k2; k2 = t; }
      { guint *t = o; o = o2; o2 = t; }
    }
  if (o != order)
    memcpy (order, o, n * sizeof (guint));
}

/* Questions answered with something that can count (not "I don't know"). */
static guint
count_answered (StrideMatcher  *self,
                const Resolved *resolved)
{
  guint n = 0;

  for (guint q = 0; q < self->indexed_questions->len; q++)
    n += resolved->states[q] == STATE_CHOICES || resolved->states[q] == STATE_NUMBER;
  return n;
}

/* What is shown: the model's posterior over the conditions and other_cause, leaning back
 * towards the priors while few questions are answered. PROBABILITIES are the model's over
 * the conditions alone and LOG_SUM the log of their unnormalised total (normalise ());
 * each match gets its shown probability; returns other_cause's. */
static double
shown_probabilities (StrideMatcher     *self,
                     const double      *probabilities,
                     double             log_sum,
                     guint              n_answered,
                     StrideMatchResult *result)
{
  double other_log_score = log (self->prior_sum * OTHER_CAUSE_SHARE / (1 - OTHER_CAUSE_SHARE));
  double prior_total = self->prior_sum / (1 - OTHER_CAUSE_SHARE);
  double n2 = (double) n_answered * n_answered;
  double model_weight = n2 / (n2 + FEW_ANSWERS_DAMPING);
  /* other_cause's odds against all the conditions together */
  double other_odds = exp (MIN (other_log_score - log_sum, 700));
  double conditions_share = 1 / (1 + other_odds);

  for (guint i = 0; i < self->conditions->len; i++)
    {
      const IndexedCondition *ic = &g_array_index (self->conditions, IndexedCondition, i);

      result->matches[i].probability = model_weight * probabilities[i] * conditions_share +
                                       (1 - model_weight) * ic->prior / prior_total;
    }
  return model_weight * (1 - conditions_share) + (1 - model_weight) * OTHER_CAUSE_SHARE;
}

/* Fills PROBABILITIES and LOG_PROBABILITIES in content order, for the next question. */
static void
rank_conditions (StrideMatcher     *self,
                 const Resolved    *resolved,
                 StrideMatchResult *result,
                 double            *probabilities,
                 double            *log_scores)
{
  guint n = self->conditions->len;
  GArray *reasons = self->scratch_reasons;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autofree guint *firsts = g_new (guint, MAX (n, 1));
  double log_sum;

  g_array_set_size (reasons, 0);
  result->matches = g_new0 (StrideConditionMatch, MAX (n, 1));
  for (guint c = 0; c < n; c++)
    {
      const IndexedCondition *ic = &g_array_index (self->conditions, IndexedCondition, c);

      firsts[c] = reasons->len;
      log_scores[c] = score_condition (self, ic, resolved, reasons);
      result->matches[c].condition = ic->condition;
    }
  log_sum = normalise (log_scores, probabilities, n);
  result->other_cause_probability = shown_probabilities (self, probabilities, log_sum,
                                                         count_answered (self, resolved), result);
  /* Sorting before the reason lists are allocated lets those reuse the sort's scratch
   * memory: the other way round, a large pack's query faults in fresh pages each time. */
  if (n > 0)
    sort_ranked (result->matches, order, n);
  fill_reasons (result, reasons, firsts, n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (result->conditions, &result->matches[order[i]]);
}

/* ---- Next question: expected information gain ---- */

/* u·log u for u = exp (log_u), without calling log (). */
static inline double
ulogu (double u,
       double log_u)
{
  return u > 0 ? u * log_u : 0;
}

/* Per query sums for every possible outcome: S(o) = Σc p(c)·f_c(o) and
 * T(o) = Σc p(c)f_c(o)·log(p(c)f_c(o)), kept as differences from "no evidence"
 * (f = 1) so that conditions without evidence on a question cost nothing. */
typedef struct
{
  double *base_s;                        /* per question */
  double *base_t;
  double *answer_s;                      /* per choice answer */
  double *answer_t;
  double *cell_s;                        /* per number cell, as difference arrays */
  double *cell_t;
} GainSums;

static void
add_choice_group (StrideMatcher         *self,
                  const IndexedEvidence *group,
                  guint                  n,
                  double                 p,
                  double                 log_p,
                  GainSums              *sums)
{
  const IndexedQuestion *iq = &g_array_index (self->indexed_questions, IndexedQuestion, group[0].question);
  double absent = 0, base;

  for (guint i = 0; i < n; i++)
    absent += group[i].log_lr_absent;

  base = p * exp (absent);
  sums->base_s[group[0].question] += base - p;
  sums->base_t[group[0].question] += ulogu (base, log_p + absent) - ulogu (p, log_p);

  /* One outcome per answer: that answer given, the others not. */
  for (guint i = 0; i < n;)
    {
      gint answer = group[i].answer;
      double log_factor = absent, u;
      guint slot = iq->answer_offset + answer;

      for (; i < n && group[i].answer == answer; i++)
        log_factor += group[i].log_lr - group[i].log_lr_absent;
      u = p * exp (log_factor);
      sums->answer_s[slot] += u - base;
      sums->answer_t[slot] += ulogu (u, log_p + log_factor) - ulogu (base, log_p + absent);
    }
}

static gint
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

static void
add_number_group (StrideMatcher         *self,
                  const IndexedEvidence *group,
                  guint                  n,
                  double                 p,
                  double                 log_p,
                  GainSums              *sums)
{
  const IndexedQuestion *iq = &g_array_index (self->indexed_questions, IndexedQuestion, group[0].question);
  g_autofree guint *points = g_new (guint, 2 * n);
  guint n_points = 0;

  /* This condition's own breakpoints split the cells into runs of equal factor. */
  for (guint i = 0; i < n; i++)
    if (!group[i].empty)
      {
        points[n_points++] = group[i].cell_lo;
        points[n_points++] = group[i].cell_hi + 1;
      }
  qsort (points, n_points, sizeof (guint), compare_uints);

  for (guint k = 0; k + 1 < n_points; k++)
    {
      guint start = points[k], end = points[k + 1];
      double log_factor = 0, u, dt;

      if (start == end)
        continue;
      for (guint i = 0; i < n; i++)
        if (!group[i].empty && group[i].cell_lo <= start && group[i].cell_hi >= start)
          log_factor += group[i].log_lr;
      if (log_factor == 0)
        continue;

      u = p * exp (log_factor);
      dt = ulogu (u, log_p + log_factor) - ulogu (p, log_p);
      sums->cell_s[iq->cell_offset + start] += u - p;
      sums->cell_s[iq->cell_offset + end] -= u - p;
      sums->cell_t[iq->cell_offset + start] += dt;
      sums->cell_t[iq->cell_offset + end] -= dt;
    }
}

/* Conditions this unlikely change no expected entropy a user could notice. */
#define NEGLIGIBLE_PROBABILITY 1e-12

static void
collect_gain_sums (StrideMatcher  *self,
                   const Resolved *resolved,
                   const double   *probabilities,
                   const double   *log_probabilities,
                   GainSums       *sums)
{
  for (guint c = 0; c < self->conditions->len; c++)
    {
      const IndexedCondition *ic = &g_array_index (self->conditions, IndexedCondition, c);
      const IndexedEvidence *all = &g_array_index (self->evidence, IndexedEvidence, ic->first);
      double p = probabilities[c], log_p = log_probabilities[c];

      if (p < NEGLIGIBLE_PROBABILITY)
        continue;
      for (guint e = 0; e < ic->n_evidence;)
        {
          guint q = all[e].question, n = 0;
          const IndexedQuestion *iq = &g_array_index (self->indexed_questions, IndexedQuestion, q);

          while (e + n < ic->n_evidence && all[e + n].question == q)
            n++;
          if (resolved->states[q] == STATE_UNANSWERED)
            {
              if (iq->question->kind == STRIDE_QUESTION_NUMBER)
                add_number_group (self, &all[e], n, p, log_p, sums);
              else
                add_choice_group (self, &all[e], n, p, log_p, sums);
            }
          e += n;
        }
    }
}

/* Expected entropy after the answer, from the sums of one outcome: the posterior over
 * conditions is u_c / S, so H = log S − T / S. */
static inline double
outcome_entropy (double s,
                 double t)
{
  return s > 0 ? log (s) - t / s : 0;
}

static double
choice_expected_entropy (StrideMatcher  *self,
                         guint           q,
                         const GainSums *sums)
{
  const IndexedQuestion *iq = &g_array_index (self->indexed_questions, IndexedQuestion, q);
  double weight = 0, expected = 0;

  for (guint a = 0; a < iq->question->answers->len; a++)
    {
      double s = sums->base_s[q] + sums->answer_s[iq->answer_offset + a];
      double t = sums->base_t[q] + sums->answer_t[iq->answer_offset + a];

      weight += s;
      expected += s * outcome_entropy (s, t);
    }
  return weight > 0 ? expected / weight : G_MAXDOUBLE;
}

static double
number_expected_entropy (StrideMatcher  *self,
                         guint           q,
                         const GainSums *sums)
{
  const IndexedQuestion *iq = &g_array_index (self->indexed_questions, IndexedQuestion, q);
  double ds = 0, dt = 0, weight = 0, expected = 0;

  for (guint cell = 0; cell + 1 < iq->bounds->len; cell++)
    {
      double width = g_array_index (iq->bounds, double, cell + 1) - g_array_index (iq->bounds, double, cell);
      double s, t;

      ds += sums->cell_s[iq->cell_offset + cell];
      dt += sums->cell_t[iq->cell_offset + cell];
      s = sums->base_s[q] + ds;
      t = sums->base_t[q] + dt;
      weight += width * s;
      expected += width * s * outcome_entropy (s, t);
    }
  return weight > 0 ? expected / weight : G_MAXDOUBLE;
}

static double
entropy (const double *p,
         const double *log_p,
         guint         n)
{
  double h = 0;

  for (guint i = 0; i < n; i++)
    h -= ulogu (p[i], log_p[i]);
  return h;
}

/* ---- Questions that decide the triage ---- */

/* The bounds that CLAUSE (and the clauses inside it) test QUESTION's number against. */
static void
collect_number_bounds (const StrideClause *clause,
                       const char         *question,
                       GArray             *values)
{
  if (clause->any_of != NULL)
    {
      for (guint i = 0; i < clause->any_of->len; i++)
        collect_number_bounds (g_ptr_array_index (clause->any_of, i), question, values);
      return;
    }
  if (g_strcmp0 (clause->question, question) != 0 || clause->answers != NULL)
    return;
  if (clause->has_min)
    g_array_append_val (values, clause->min);
  if (clause->has_max)
    g_array_append_val (values, clause->max);
}

static void
collect_rule_bounds (const GPtrArray *clauses,
                     const char      *question,
                     GArray          *values)
{
  for (guint i = 0; clauses != NULL && i < clauses->len; i++)
    collect_number_bounds (g_ptr_array_index (clauses, i), question, values);
}

/* The level the red flags give ANSWERS, with RESULT's ranking for the ranking clauses. */
static StrideTriageLevel
level_of (StrideMatcher           *self,
          const StrideAnswers     *answers,
          const StrideMatchResult *result)
{
  StrideTriageLevel level = STRIDE_TRIAGE_SELF_CARE;

  for (guint i = 0; i < self->red_flags->len; i++)
    {
      const StrideRedFlag *flag = g_ptr_array_index (self->red_flags, i);

      if (flag->level > level && red_flag_fires (flag, answers, result))
        level = flag->level;
    }
  return level;
}

/* Whether some answer to the unanswered QUESTION would call the case higher than now. A
 * clause only asks whether an answer was given or a number is in a range, so for a "many"
 * question every answer at once is the strongest case, and for a number the bounds the
 * rules name are the values to try. */
static gboolean
could_raise_level (StrideMatcher           *self,
                   const StrideQuestion    *question,
                   const StrideAnswers     *answers,
                   const StrideMatchResult *result)
{
  g_autoptr(StrideAnswers) trial = stride_answers_copy (answers);
  gboolean raises = FALSE;

  if (question->kind == STRIDE_QUESTION_NUMBER)
    {
      g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < self->red_flags->len; i++)
        {
          const StrideRedFlag *flag = g_ptr_array_index (self->red_flags, i);

          collect_rule_bounds (flag->when.all, question->id, values);
          collect_rule_bounds (flag->when.any, question->id, values);
        }
      for (guint i = 0; i < values->len && !raises; i++)
        {
          stride_answers_set_number (trial, question->id, g_array_index (values, double, i));
          raises = level_of (self, trial, result) > result->level;
        }
      return raises;
    }

  if (question->kind == STRIDE_QUESTION_MANY)
    {
      g_autoptr(GPtrArray) all = g_ptr_array_new_null_terminated (question->answers->len, NULL, TRUE);

      for (guint i = 0; i < question->answers->len; i++)
        g_ptr_array_add (all, ((StrideAnswer *) g_ptr_array_index (question->answers, i))->id);
      stride_answers_set_choices (trial, question->id, (const char * const *) all->pdata);
      return level_of (self, trial, result) > result->level;
    }

  for (guint i = 0; i < question->answers->len && !raises; i++)
    {
      const char *one[] = { ((StrideAnswer *) g_ptr_array_index (question->answers, i))->id, NULL };

      stride_answers_set_choices (trial, question->id, one);
      raises = level_of (self, trial, result) > result->level;
    }
  return raises;
}

/* When the ranking has nothing left to learn, a question whose answer could raise the
 * triage level is still asked before the results, however little it would change the
 * ranking: a 13-year-old's knee pain or new hip pain
 * at 62 must not be called self-care because the ranking was already sure. The first
 * such question in the pack's order, or NULL. */
static const StrideQuestion *
triage_question (StrideMatcher           *self,
                 const Resolved          *resolved,
                 const StrideAnswers     *answers,
                 const StrideMatchResult *result)
{
  if (result->level >= STRIDE_TRIAGE_EMERGENCY)
    return NULL;

  for (guint q = 0; q < self->indexed_questions->len; q++)
    {
      const StrideQuestion *question = g_array_index (self->indexed_questions, IndexedQuestion, q).question;

      if (resolved->states[q] != STATE_UNANSWERED ||
          (question->kind != STRIDE_QUESTION_NUMBER && question->answers->len == 0))
        continue;
      if (could_raise_level (self, question, answers, result))
        return question;
    }
  return NULL;
}

static const StrideQuestion *
choose_next_question (StrideMatcher  *self,
                      const Resolved *resolved,
                      const double   *probabilities,
                      const double   *log_probabilities)
{
  guint n_questions = self->indexed_questions->len, n = self->conditions->len;
  double h = entropy (probabilities, log_probabilities, n), best_gain = MIN_INFORMATION_GAIN;
  const StrideQuestion *best = NULL;
  GainSums sums = {
    g_new (double, MAX (n_questions, 1)), g_new (double, MAX (n_questions, 1)),
    g_new0 (double, MAX (self->n_answers, 1)), g_new0 (double, MAX (self->n_answers, 1)),
    g_new0 (double, MAX (self->n_cells, 1)), g_new0 (double, MAX (self->n_cells, 1)),
  };

  for (guint q = 0; q < n_questions; q++)
    {
      sums.base_s[q] = 1;
      sums.base_t[q] = -h;
    }
  collect_gain_sums (self, resolved, probabilities, log_probabilities, &sums);

  for (guint q = 0; q < n_questions; q++)
    {
      const StrideQuestion *question = g_array_index (self->indexed_questions, IndexedQuestion, q).question;
      double gain;

      /* A question with no outcome to weigh (no answers) cannot help. */
      if (resolved->states[q] != STATE_UNANSWERED ||
          (question->kind != STRIDE_QUESTION_NUMBER && question->answers->len == 0))
        continue;
      if (question->kind == STRIDE_QUESTION_NUMBER)
        gain = h - number_expected_entropy (self, q, &sums);
      else
        gain = h - choice_expected_entropy (self, q, &sums);
      if (gain > best_gain)
        {
          best_gain = gain;
          best = question;
        }
    }

  g_free (sums.base_s);
  g_free (sums.base_t);
  g_free (sums.answer_s);
  g_free (sums.answer_t);
  g_free (sums.cell_s);
  g_free (sums.cell_t);
  return best;
}


/* ---- The query ---- */

StrideMatchResult *
stride_matcher_match (StrideMatcher       *self,
                      const StrideAnswers *answers)
{
  StrideMatchResult *result;
  g_autofree double *probabilities = g_new (double, MAX (self->conditions->len, 1));
  g_autofree double *log_probabilities = g_new (double, MAX (self->conditions->len, 1));
  Resolved resolved;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (answers != NULL, NULL);

  result = g_new0 (StrideMatchResult, 1);
  /* Sized up front: grown later, after the ranking's large arrays, it would pin the top of
   * the heap and make every query of a large pack fault its memory in again. */
  result->reasons = g_ptr_array_sized_new (MAX (self->red_flags->len, 1));
  result->conditions = g_ptr_array_sized_new (self->conditions->len);

  resolve_answers (self, answers, &resolved);
  rank_conditions (self, &resolved, result, probabilities, log_probabilities);
  check_red_flags (self, answers, result);
  result->next_question = choose_next_question (self, &resolved, probabilities, log_probabilities);
  if (result->next_question == NULL)
    result->next_question = triage_question (self, &resolved, answers, result);
  resolved_clear (&resolved);
  return result;
}

void
stride_match_result_free (StrideMatchResult *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->reasons);
  g_ptr_array_unref (self->conditions);
  g_free (self->matches);
  g_free (self->texts);
  g_free (self);
}

const char *
stride_triage_level_to_string (StrideTriageLevel level)
{
  switch (level)
    {
    case STRIDE_TRIAGE_EMERGENCY:
      return "emergency";
    case STRIDE_TRIAGE_URGENT:
      return "urgent";
    case STRIDE_TRIAGE_SOON:
      return "soon";
    case STRIDE_TRIAGE_SELF_CARE:
    default:
      return "self_care";
    }
}

const char *
stride_triage_level_get_title (StrideTriageLevel level)
{
  switch (level)
    {
    case STRIDE_TRIAGE_EMERGENCY:
      return _("Get medical help now");
    case STRIDE_TRIAGE_URGENT:
      return _("Stop running and see a clinician within days");
    case STRIDE_TRIAGE_SOON:
      return _("Book a GP or physiotherapist appointment soon");
    case STRIDE_TRIAGE_SELF_CARE:
    default:
      return _("No warning signs: self-care is a sensible start");
    }
}

/* ---- Output ---- */

static void
add_strings (JsonBuilder        *builder,
             const char * const *texts)
{
  json_builder_begin_array (builder);
  for (guint i = 0; texts[i] != NULL; i++)
    json_builder_add_string_value (builder, texts[i]);
  json_builder_end_array (builder);
}

static void
add_triage (JsonBuilder             *builder,
            const StrideMatchResult *self)
{
  json_builder_set_member_name (builder, "triage");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "level");
  json_builder_add_string_value (builder, stride_triage_level_to_string (self->level));
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->reasons->len; i++)
    {
      const StrideRedFlag *flag = g_ptr_array_index (self->reasons, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, flag->id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, flag->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Six decimals: enough to rank, short enough to read. */
static void
add_condition (JsonBuilder        *builder,
               const char         *id,
               double              probability,
               const char * const *reasons_for,
               const char * const *reasons_against)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "probability");
  json_builder_add_double_value (builder, round (CLAMP (probability, 0.0, 1.0) * 1e6) / 1e6);
  json_builder_set_member_name (builder, "for");
  add_strings (builder, reasons_for);
  json_builder_set_member_name (builder, "against");
  add_strings (builder, reasons_against);
  json_builder_end_object (builder);
}

/* The conditions, with other_cause at its place among them: the probabilities sum to 1. */
static void
add_conditions (JsonBuilder             *builder,
                const StrideMatchResult *self)
{
  static const char * const none[] = { NULL };
  gboolean other_done = FALSE;

  json_builder_set_member_name (builder, "conditions");
  json_builder_begin_array (builder);
  for (guint i = 0; i <= self->conditions->len; i++)
    {
      const StrideConditionMatch *match = i < self->conditions->len ?
                                          g_ptr_array_index (self->conditions, i) : NULL;

      if (!other_done && (match == NULL || self->other_cause_probability > match->probability))
        {
          add_condition (builder, STRIDE_OTHER_CAUSE_ID, self->other_cause_probability, none, none);
          other_done = TRUE;
        }
      if (match != NULL)
        add_condition (builder, match->condition->id, match->probability,
                       match->reasons_for, match->reasons_against);
    }
  json_builder_end_array (builder);
}

JsonNode *
stride_match_result_to_json_node (const StrideMatchResult *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  add_triage (builder, self);
  add_conditions (builder, self);
  json_builder_set_member_name (builder, "next_question");
  if (self->next_question != NULL)
    json_builder_add_string_value (builder, self->next_question->id);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
stride_match_result_to_json (const StrideMatchResult *self)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  node = stride_match_result_to_json_node (self);
  return stride_json_document_to_text (node);
}

static void
append_text_list (GString            *out,
                  const char         *label,
                  const char * const *texts)
{
  if (texts[0] == NULL)
    return;

  g_string_append_printf (out, "   %s ", label);
  for (guint i = 0; texts[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", texts[i]);
  g_string_append_c (out, '\n');
}

char *
stride_match_result_to_text (const StrideMatchResult *self,
                             guint                    top)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%s\n\n", _("Stride symptom check (information, not a diagnosis)"));
  g_string_append_printf (out, "%s\n", stride_triage_level_get_title (self->level));
  for (guint i = 0; i < self->reasons->len; i++)
    {
      const StrideRedFlag *flag = g_ptr_array_index (self->reasons, i);

      g_string_append_printf (out, "- %s\n  %s\n", flag->text, flag->advice);
    }

  if (self->conditions->len > 0)
    g_string_append_printf (out, "\n%s\n", _("Conditions that fit your answers best:"));
  for (guint i = 0; i < self->conditions->len && i < top; i++)
    {
      const StrideConditionMatch *match = g_ptr_array_index (self->conditions, i);

      g_string_append_printf (out, "%u. %s (%.0f%%)\n", i + 1, match->condition->name,
                              100 * match->probability);
      append_text_list (out, _("For:"), match->reasons_for);
      append_text_list (out, _("Against:"), match->reasons_against);
    }
  if (self->conditions->len > 0)
    g_string_append_printf (out, "%s (%.0f%%)\n", _("Something not listed here"),
                            100 * self->other_cause_probability);
  return g_string_free (out, FALSE);
}
