/* fuzz-program-status.c — libFuzzer target for a rehab program's log (`stride --program-status`)
 *
 * One input is a --program-status document. When it reads, it is evaluated; the output
 * must be strict JSON that reads back equal, and the input written the way Stride writes
 * JSON must read and decide the same.
 *
 *   build-aux/fuzz program-status [SECONDS]   tests/fuzz/corpus/program-status/: seeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "stride-program.h"

static JsonNode *
evaluate (const char *data,
          gsize       size,
          GError    **error)
{
  StrideContent *content = fuzz_bundled_content ();
  g_autoptr(StrideProgramLog) log = NULL;
  g_autoptr(StrideProgramStatus) status = NULL;
  g_autofree char *summary = NULL;
  GDate today;

  log = stride_program_log_from_json (content, data, size, &today, error);
  if (log == NULL)
    return NULL;
  status = stride_program_evaluate (log, &today);
  summary = stride_program_status_summary (status);
  FUZZ_REQUIRE (g_utf8_validate (summary, -1, NULL) && summary[0] != '\0', "a summary a person can read");
  FUZZ_REQUIRE (status->stage >= 1 && status->stage <= status->n_stages, "the next stage is one of the program's");
  return stride_program_status_to_json (log, status, content);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) output = NULL;
  g_autoptr(JsonNode) output_again = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autofree char *output_text = NULL;
  g_autofree char *input_text = NULL;

  output = evaluate ((const char *) data, size, &error);
  if (output == NULL)
    {
      fuzz_require_message (error);
      return 0;
    }
  output_text = fuzz_require_round_trip (output, "the --program-status output reads back equal");

  input = fuzz_parse_strict (data, size);
  FUZZ_REQUIRE (input != NULL, "an input that was read is strict JSON");
  input_text = fuzz_require_round_trip (input, "the input as Stride writes it reads back equal");
  output_again = evaluate (input_text, strlen (input_text), &error);
  FUZZ_REQUIRE (output_again != NULL, "the input as written reads again");
  FUZZ_REQUIRE (json_node_equal (output, output_again), "the same decision from the input as written");
  return 0;
}
