/* stride-matcher-question.c — the symptom checker's next question
 *
 * The unanswered question whose answer is expected to lower the entropy of the ranking
 * most; when none would, one whose answer could still raise the triage level.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-matcher-private.h"

/* Below this expected gain (in nats) no answer would move the ranking in a way a user
 * could see, so the interview may stop. */
#define MIN_INFORMATION_GAIN 1e-4

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

      if (flag->level > level && stride_matcher_red_flag_fires (flag, answers, result))
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
const StrideQuestion *
stride_matcher_triage_question (StrideMatcher           *self,
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

const StrideQuestion *
stride_matcher_choose_next_question (StrideMatcher  *self,
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
