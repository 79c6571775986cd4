/* stride-path-error.c — errors that name the place in a JSON input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-json-reader.h"
#include "stride-path-error.h"

/* A message quotes keys and values from the input: a 3 MB key or a control character
 * must not reach a terminal or a toast as it is. */
#define MAX_MESSAGE_CHARS 300

gboolean
stride_set_path_errorv (GError     **error,
                        GQuark       domain,
                        int          code,
                        const char  *path,
                        const char  *format,
                        va_list      args)
{
  g_autofree char *message = NULL;
  g_autofree char *full = NULL;
  g_autofree char *safe = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  message = g_strdup_vprintf (format, args);
  full = g_strdup_printf ("%s: %s", path, message);
  safe = stride_json_quote_for_message (full, -1, MAX_MESSAGE_CHARS);
  g_set_error_literal (error, domain, code, safe);
  return FALSE;
}
