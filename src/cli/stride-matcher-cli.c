/* stride-matcher-cli.c — `stride --match FILE|-`: the symptom checker without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "stride-cli-input.h"
#include "stride-content-cli.h"
#include "stride-json-reader.h"
#include "stride-matcher.h"
#include "stride-matcher-cli.h"


/* One line, whatever the message holds. */
static void
print_error (const char *path,
             const char *message)
{
  g_autofree char *named = stride_json_message_with_name (g_str_equal (path, "-") ? _("standard input") : path, message);
  g_autofree char *line = stride_cli_one_line (named);

  g_printerr ("stride: --match: %s\n", line);
}

int
stride_matcher_cli_match (const char *path)
{
  g_autoptr(StrideContent) content = NULL;
  g_autoptr(StrideMatcher) matcher = NULL;
  g_autoptr(StrideAnswers) answers = NULL;
  g_autoptr(StrideMatchResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *json = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, 2);

  data = stride_cli_read_input (path, STRIDE_ANSWERS_MAX_INPUT_BYTES, &length, &error);
  if (data == NULL)
    {
      print_error (path, error->message);
      return 2;
    }

  content = stride_content_cli_load ("--match");
  if (content == NULL)
    return 1;

  matcher = stride_matcher_new (content);
  answers = stride_answers_new_from_json (stride_matcher_get_questions (matcher), data, length, &error);
  if (answers == NULL)
    {
      print_error (path, error->message);
      return 2;
    }

  result = stride_matcher_match (matcher, answers);
  json = stride_match_result_to_json (result);
  g_print ("%s", json);
  return 0;
}
