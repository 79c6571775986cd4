/* test-symptom-summary.c — what the symptom checker's results show, decided in core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "stride-symptom-summary.h"

static StrideCondition conditions[6] = {
  { .id = "a" }, { .id = "b" }, { .id = "c" }, { .id = "d" }, { .id = "e" }, { .id = "f" },
};

/* A ranking of the six conditions with PROBABILITIES (most likely first), OTHER left. */
static void
make_result (StrideMatchResult    *result,
             StrideConditionMatch *matches,
             const double         *probabilities,
             double                other)
{
  result->conditions = g_ptr_array_new ();
  result->other_cause_probability = other;
  for (guint i = 0; i < G_N_ELEMENTS (conditions); i++)
    {
      matches[i] = (StrideConditionMatch) { &conditions[i], probabilities[i], NULL, NULL };
      g_ptr_array_add (result->conditions, &matches[i]);
    }
}

static char *
row_ids (GPtrArray *rows)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const StrideConditionMatch *match = g_ptr_array_index (rows, i);

      g_string_append (ids, stride_symptom_summary_is_other_cause (match) ? "?" : match->condition->id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* "Something not listed here" goes in its ranked place, or last below the rows shown. */
static void
test_rows (void)
{
  static const double ranked[] = { 0.4, 0.2, 0.1, 0.08, 0.06, 0.01 };
  struct { double other; guint max; const char *expected; } cases[] = {
    { 0.15, 5, "ab?cd" },     /* in its place; the fifth condition gives way */
    { 0.5, 5, "?abcd" },      /* first */
    { 0.05, 5, "abcde?" },    /* below the five shown: after them */
    { 0.09, 3, "abc?" },      /* below the three shown */
    { 0.3, 1, "a?" },         /* one row asked: still said */
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      StrideMatchResult result = { 0 };
      StrideConditionMatch matches[G_N_ELEMENTS (conditions)];
      StrideConditionMatch other;
      g_autoptr(GPtrArray) rows = NULL;
      g_autofree char *ids = NULL;

      make_result (&result, matches, ranked, cases[c].other);
      rows = stride_symptom_summary_rows (&result, cases[c].max, &other);
      ids = row_ids (rows);
      g_assert_cmpstr (ids, ==, cases[c].expected);
      g_assert_cmpfloat (other.probability, ==, cases[c].other);
      g_ptr_array_unref (result.conditions);
    }
}

/* The matcher's own "other cause" entry is the row, not a second one. */
static void
test_rows_matcher_other (void)
{
  static const double ranked[] = { 0.4, 0.2, 0.1, 0.08, 0.06, 0.01 };
  StrideCondition other_condition = { .id = STRIDE_OTHER_CAUSE };
  StrideMatchResult result = { 0 };
  StrideConditionMatch matches[G_N_ELEMENTS (conditions)];
  StrideConditionMatch other;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *ids = NULL;

  make_result (&result, matches, ranked, 0.0);
  matches[1].condition = &other_condition;
  rows = stride_symptom_summary_rows (&result, 5, &other);
  ids = row_ids (rows);
  g_assert_cmpstr (ids, ==, "a?cde");
  g_ptr_array_unref (result.conditions);
}

static void
test_describe_fit (void)
{
  g_autofree char *strong = stride_symptom_summary_describe_fit (0.62);
  g_autofree char *tiny = stride_symptom_summary_describe_fit (0.004);

  g_assert_cmpstr (strong, ==, "Strong fit · 62%");
  g_assert_true (g_str_has_suffix (tiny, " · less than 1%"));
}

static void
test_describe_answer (void)
{
  StrideAnswer sharp = { .id = "sharp", .text = "Sharp" };
  StrideAnswer dull = { .id = "dull", .text = "Dull ache" };
  g_autoptr(GPtrArray) choices = g_ptr_array_new ();
  StrideQuestion character = { .id = "character", .kind = STRIDE_QUESTION_MANY, .answers = choices };
  StrideQuestion age = { .id = "age", .kind = STRIDE_QUESTION_NUMBER, .min = 5, .max = 110, .unit = "years" };
  StrideAnswers *answers = stride_answers_new ();
  const char * const both[] = { "dull", "sharp", NULL };
  const char * const none[] = { NULL };
  char *text;

  g_ptr_array_add (choices, &sharp);
  g_ptr_array_add (choices, &dull);
  stride_answers_set_choices (answers, "character", both);
  stride_answers_set_number (answers, "age", 42);
  text = stride_symptom_summary_describe_answer (answers, &character);
  g_assert_cmpstr (text, ==, "Dull ache, Sharp");
  g_free (text);
  text = stride_symptom_summary_describe_answer (answers, &age);
  g_assert_cmpstr (text, ==, "42 years");
  g_free (text);
  stride_answers_set_choices (answers, "character", none);
  text = stride_symptom_summary_describe_answer (answers, &character);
  g_assert_cmpstr (text, ==, "None of these");
  g_free (text);
  stride_answers_set_dont_know (answers, "character");
  text = stride_symptom_summary_describe_answer (answers, &character);
  g_assert_cmpstr (text, ==, "I don’t know");
  g_free (text);
  stride_answers_free (answers);
}

static void
test_parse_number (void)
{
  StrideQuestion age = { .id = "age", .kind = STRIDE_QUESTION_NUMBER, .min = 5, .max = 110 };
  struct { const char *text; gboolean valid; double value; } cases[] = {
    { "42", TRUE, 42 }, { "  7 ", TRUE, 7 }, { "5", TRUE, 5 }, { "110", TRUE, 110 },
    { "4", FALSE, 0 }, { "111", FALSE, 0 }, { "", FALSE, 0 }, { "   ", FALSE, 0 },
    { "4 2", FALSE, 0 }, { "42.5", FALSE, 0 }, { "forty", FALSE, 0 }, { NULL, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = -1;

      g_assert_cmpint (stride_symptom_summary_parse_number (&age, cases[i].text, &value), ==, cases[i].valid);
      if (cases[i].valid)
        g_assert_cmpfloat (value, ==, cases[i].value);
    }
}

static void
test_side_text (void)
{
  g_assert_cmpstr (stride_symptom_summary_side_text ("left"), ==, "Your left side, the one that hurts");
  g_assert_cmpstr (stride_symptom_summary_side_text ("right"), ==, "Your right side, the one that hurts");
  g_assert_null (stride_symptom_summary_side_text ("both"));
  g_assert_null (stride_symptom_summary_side_text (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/symptom-summary/rows", test_rows);
  g_test_add_func ("/stride/symptom-summary/rows-matcher-other", test_rows_matcher_other);
  g_test_add_func ("/stride/symptom-summary/describe-fit", test_describe_fit);
  g_test_add_func ("/stride/symptom-summary/describe-answer", test_describe_answer);
  g_test_add_func ("/stride/symptom-summary/parse-number", test_parse_number);
  g_test_add_func ("/stride/symptom-summary/side-text", test_side_text);
  return g_test_run ();
}
