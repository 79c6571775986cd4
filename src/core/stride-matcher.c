/* stride-matcher.c — the symptom checker: red flags, ranking with reasons
 *
 * Ranking is naive Bayes over the profiles: P(c) ∝ prior × Π likelihood ratios of the
 * answers given (lr_absent for a choice question answered without that answer), then
 * normalised; the next question is chosen in stride-matcher-question.c and the result
 * written out in stride-matcher-output.c. Everything is indexed once in
 * stride_matcher_new() so that a query is linear in the size of the profiles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "stride-matcher-private.h"

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

gboolean
stride_matcher_red_flag_fires (const StrideRedFlag     *flag,
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

      if (!stride_matcher_red_flag_fires (flag, answers, result))
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
  result->next_question = stride_matcher_choose_next_question (self, &resolved, probabilities, log_probabilities);
  if (result->next_question == NULL)
    result->next_question = stride_matcher_triage_question (self, &resolved, answers, result);
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
