/* fuzz-answers.c — libFuzzer target for the symptom checker's answers (`stride --match`)
 *
 * One input is a --match document. When it parses, the answers are written back the way
 * Stride writes them (into the history's symptom checks) and read again: the second reading
 * must give the same answers, written the same way. The matcher then ranks them, and its
 * output must be strict JSON that reads back equal.
 *
 *   build-aux/fuzz answers [SECONDS]     tests/fuzz/corpus/answers/: seeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fuzz-common.h"
#include "stride-answers.h"
#include "stride-json-reader.h"
#include "stride-matcher.h"

/* The printed probabilities are whole ten-thousandths that sum to exactly 1. */
static gboolean
printed_probabilities_sum_to_one (JsonNode *output)
{
  JsonArray *conditions = json_object_get_array_member (json_node_get_object (output), "conditions");
  gint64 sum = 0;

  for (guint i = 0; i < json_array_get_length (conditions); i++)
    {
      double units = json_object_get_double_member (json_array_get_object_element (conditions, i),
                                                    "probability") * 10000;

      if (fabs (units - round (units)) > 1e-6)
        return FALSE;
      sum += (gint64) round (units);
    }
  return sum == 10000;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static StrideMatcher *matcher;
  g_autoptr(StrideAnswers) answers = NULL;
  g_autoptr(StrideAnswers) again = NULL;
  g_autoptr(StrideMatchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) output = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  g_autofree char *result_text = NULL;
  g_autofree char *checked = NULL;
  GPtrArray *questions;

  if (matcher == NULL)
    matcher = stride_matcher_new (fuzz_bundled_content ());
  questions = stride_matcher_get_questions (matcher);

  answers = stride_answers_new_from_json (questions, (const char *) data, size, &error);
  if (answers == NULL)
    {
      fuzz_require_message (error);
      return 0;
    }

  written = stride_answers_to_json (answers, questions);
  again = stride_answers_new_from_json (questions, written, -1, &error);
  if (again == NULL)
    fprintf (stderr, "%s\n%s\n", error->message, written);
  FUZZ_REQUIRE (again != NULL, "answers Stride wrote read back");
  FUZZ_REQUIRE (stride_answers_get_n_answered (again) == stride_answers_get_n_answered (answers),
                "the same number of answers");
  rewritten = stride_answers_to_json (again, questions);
  FUZZ_REQUIRE (g_str_equal (written, rewritten), "the same answers, written the same way");

  result = stride_matcher_match (matcher, answers);
  result_text = stride_match_result_to_json (result);
  output = stride_json_parse (result_text, strlen (result_text), NULL, 0, STRIDE_JSON_MAX_DEPTH, &error);
  FUZZ_REQUIRE (output != NULL, "the --match output is strict JSON");
  FUZZ_REQUIRE (printed_probabilities_sum_to_one (output), "the printed probabilities sum to exactly 1");
  checked = fuzz_require_round_trip (output, "the --match output reads back equal");
  return 0;
}
