/* bench-matcher.c — how long one symptom-checker query takes (a benchmark, not a test)
 *
 * Times a full query (red flags, ranking with reasons, next question) over the bundled
 * pack and over synthetic packs of 1,000, 10,000 and 20,000 conditions built in memory
 * from the bundled questions. Prints µs per query and the growth against 1,000
 * conditions, measured in the same run. Budget: ≤ 10 ms at 10,000, growing linearly.
 * Times are CPU time (the best of 7 rounds), so that a busy shared machine does not
 * count its waiting.
 *
 *   build-aux/dev bench-matcher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <time.h>

#include "stride-content.h"
#include "stride-matcher.h"


static const char query[] =
  "{\"answers\": {\"red_flags\": [], \"location\": [\"side_of_hip\", \"outer_thigh\"],"
  " \"aggravators\": [\"lying_on_painful_side\", \"stairs_up\"], \"onset\": \"gradual\","
  " \"timing\": [\"night_pain\"], \"age\": 47, \"sex\": \"female\"}}";

typedef struct
{
  GPtrArray *conditions;          /* StrideCondition, owned */
  GPtrArray *evidence;            /* StrideEvidence, owned */
  GPtrArray *strings;             /* owned */
} Synthetic;

static char *
keep (Synthetic *synthetic,
      char      *string)
{
  g_ptr_array_add (synthetic->strings, string);
  return string;
}

static StrideEvidence *
random_evidence (Synthetic            *synthetic,
                 GRand                *rand,
                 const StrideQuestion *question)
{
  StrideEvidence *evidence = g_new0 (StrideEvidence, 1);

  g_ptr_array_add (synthetic->evidence, evidence);
  evidence->question = question->id;
  evidence->lr = g_rand_double_range (rand, 0.2, 6.0);
  evidence->text = keep (synthetic, g_strdup_printf ("reason %u", synthetic->evidence->len));

  if (question->kind == STRIDE_QUESTION_NUMBER)
    {
      double lo = g_rand_double_range (rand, question->min, question->max);

      evidence->has_min = TRUE;
      evidence->min = floor (lo);
      evidence->has_max = TRUE;
      evidence->max = floor (g_rand_double_range (rand, lo, question->max));
      return evidence;
    }

  evidence->answer = ((StrideAnswer *) g_ptr_array_index (question->answers,
                                                          g_rand_int_range (rand, 0, question->answers->len)))->id;
  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      evidence->has_lr_absent = TRUE;
      evidence->lr_absent = g_rand_double_range (rand, 0.2, 0.9);
      evidence->text_absent = keep (synthetic, g_strdup_printf ("no reason %u", synthetic->evidence->len));
    }
  return evidence;
}

/* Synthetic conditions are shaped like the bundled ones: as many evidence items each. */
static guint
evidence_per_condition (StrideContent *content)
{
  GPtrArray *conditions = stride_content_get_items (content, STRIDE_KIND_CONDITION);
  guint total = 0;

  for (guint c = 0; c < conditions->len; c++)
    total += ((const StrideCondition *) g_ptr_array_index (conditions, c))->evidence->len;
  return conditions->len > 0 ? (total + conditions->len - 1) / conditions->len : 20;
}

static void
synthetic_build (Synthetic *synthetic,
                 GPtrArray *questions,
                 guint      n,
                 guint      per_condition)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261126);

  synthetic->conditions = g_ptr_array_new_with_free_func (g_free);
  synthetic->evidence = g_ptr_array_new_with_free_func (g_free);
  synthetic->strings = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < n; c++)
    {
      StrideCondition *condition = g_new0 (StrideCondition, 1);

      condition->id = keep (synthetic, g_strdup_printf ("condition_%u", c));
      condition->name = condition->id;
      condition->prior = g_rand_double_range (rand, 0.01, 0.2);
      condition->evidence = g_ptr_array_new ();
      for (guint e = 0; e < per_condition; e++)
        g_ptr_array_add (condition->evidence,
                         random_evidence (synthetic, rand,
                                          g_ptr_array_index (questions, g_rand_int_range (rand, 0, questions->len))));
      g_ptr_array_add (synthetic->conditions, condition);
    }
}

static void
synthetic_clear (Synthetic *synthetic)
{
  for (guint c = 0; c < synthetic->conditions->len; c++)
    g_ptr_array_unref (((StrideCondition *) g_ptr_array_index (synthetic->conditions, c))->evidence);
  g_ptr_array_unref (synthetic->conditions);
  g_ptr_array_unref (synthetic->evidence);
  g_ptr_array_unref (synthetic->strings);
}

/* CPU time of this thread in µs: on a shared machine, time spent waiting for a core
 * is not the matcher's. */
static double
cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* The best of several rounds: the machine is shared, so the minimum is the honest figure. */
static double
time_queries (StrideMatcher       *matcher,
              const StrideAnswers *answers,
              guint                per_round)
{
  double best = G_MAXDOUBLE;

  for (guint round = 0; round < 7; round++)
    {
      double start = cpu_us ();

      for (guint i = 0; i < per_round; i++)
        stride_match_result_free (stride_matcher_match (matcher, answers));
      best = MIN (best, (cpu_us () - start) / per_round);
    }
  return best;
}

int
main (int   argc,
      char *argv[])
{
  static const guint default_sizes[] = { 1000, 10000, 20000 };
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = NULL;
  g_autoptr(StrideMatcher) bundled = NULL;
  g_autoptr(StrideAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *questions, *red_flags;
  double base = 0;
  guint per_condition;

  setlocale (LC_ALL, "");
  /* Other sizes may be given on the command line: bench-matcher 1000 50000 */
  for (int i = 1; i < argc; i++)
    {
      guint size = g_ascii_strtoull (argv[i], NULL, 10);

      if (size > 0)
        g_array_append_val (sizes, size);
    }
  if (sizes->len == 0)
    g_array_append_vals (sizes, default_sizes, G_N_ELEMENTS (default_sizes));

  content = stride_content_load_pack (stride_content_get_bundled_dir (), errors);
  if (content == NULL)
    {
      g_printerr ("bench-matcher: the bundled pack does not load: %s\n",
                  errors->len > 0 ? (const char *) g_ptr_array_index (errors, 0) : "?");
      return 1;
    }
  questions = stride_content_get_items (content, STRIDE_KIND_QUESTION);
  red_flags = stride_content_get_items (content, STRIDE_KIND_RED_FLAG);
  bundled = stride_matcher_new (content);
  answers = stride_answers_new_from_json (questions, query, -1, &error);
  g_assert_no_error (error);

  per_condition = evidence_per_condition (content);
  g_print ("matcher: one query = red flags + ranking with reasons + next question\n");
  g_print ("synthetic conditions have %u evidence items each, as the bundled ones on average\n",
           per_condition);
  g_print ("%-10s %12s %14s %10s\n", "pack", "conditions", "CPU µs/query", "growth");
  g_print ("%-10s %12u %14.1f %10s\n", "bundled",
           stride_content_get_items (content, STRIDE_KIND_CONDITION)->len,
           time_queries (bundled, answers, 2000), "");

  for (guint i = 0; i < sizes->len; i++)
    {
      guint size = g_array_index (sizes, guint, i);
      Synthetic synthetic;
      g_autoptr(StrideMatcher) matcher = NULL;
      double us;

      synthetic_build (&synthetic, questions, size, per_condition);
      matcher = stride_matcher_new_for_items (questions, red_flags, synthetic.conditions);
      us = time_queries (matcher, answers, MAX (5, 200000 / size));
      if (i == 0)
        base = us;
      g_print ("%-10s %12u %14.1f %9.2f×  (×%.0f conditions)%s\n", "synthetic", size, us, us / base,
               (double) size / g_array_index (sizes, guint, 0),
               size == 10000 ? (us <= 10000 ? "  within the 10 ms budget" : "  OVER the 10 ms budget") : "");
      g_clear_pointer (&matcher, stride_matcher_free);
      synthetic_clear (&synthetic);
    }
  return 0;
}
