/* fuzz-assess.c — libFuzzer target for self-test results (`stride --assess`)
 *
 * One input is an --assess document. When it scores, the input is written the way Stride
 * keeps it (a self-test entry of the history) and scored again: the assessment must be
 * the same. The output must be strict JSON that reads back equal.
 *
 *   build-aux/fuzz assess [SECONDS]      tests/fuzz/corpus/assess/: seeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "stride-assess.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  StrideContent *content = fuzz_bundled_content ();
  StrideAssessment *assessment;
  StrideAssessment *again;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(JsonNode) output = NULL;
  g_autoptr(JsonNode) output_again = NULL;
  g_autofree char *input_text = NULL;
  g_autofree char *output_text = NULL;

  assessment = stride_assess_from_data (content, (const char *) data, size, &error);
  if (assessment == NULL)
    {
      fuzz_require_message (error);
      return 0;
    }
  output = stride_assessment_to_json (assessment);
  stride_assessment_free (assessment);
  output_text = fuzz_require_round_trip (output, "the --assess output reads back equal");

  input = fuzz_parse_strict (data, size);
  FUZZ_REQUIRE (input != NULL, "an input that scored is strict JSON");
  input_text = fuzz_require_round_trip (input, "the input as the history keeps it reads back equal");
  again = stride_assess_from_data (content, input_text, strlen (input_text), &error);
  if (again == NULL)
    fprintf (stderr, "%s\n%s\n", error->message, input_text);
  FUZZ_REQUIRE (again != NULL, "the input as written scores again");
  output_again = stride_assessment_to_json (again);
  stride_assessment_free (again);
  FUZZ_REQUIRE (json_node_equal (output, output_again), "the same assessment from the input as written");
  return 0;
}
