/* stride-cli-input.c — reading command-line input (FILE or "-") and reporting on it
 *
 * --match and --assess both take a FILE or "-" for standard input and print one error
 * line a script can read; this is the one place that does it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "stride-cli-input.h"
#include "stride-json-reader.h"

/* Reads all of FILE, or standard input for "-", with the strict reader's rules: never
 * blocking on a FIFO or device, never more than MAX_BYTES (0: the reader's default). */
char *
stride_cli_read_input (const char  *file,
                       gsize        max_bytes,
                       gsize       *length,
                       GError     **error)
{
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return stride_json_read_bytes (file, max_bytes > 0 ? max_bytes : STRIDE_JSON_MAX_BYTES, length, error);
}

/* MESSAGE on one line, as scripts reading standard error expect. */
char *
stride_cli_one_line (const char *message)
{
  g_return_val_if_fail (message != NULL, NULL);

  return g_strdelimit (g_strdup (message), "\r\n", ' ');
}

void
stride_cli_print_input_error (const char *option,
                              const char *file,
                              const char *message)
{
  g_autofree char *named = stride_json_message_with_name (g_str_equal (file, "-") ? _("standard input") : file,
                                                          message);
  g_autofree char *line = stride_cli_one_line (named);

  g_printerr ("stride: %s: %s\n", option, line);
}
