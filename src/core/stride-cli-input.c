/* stride-cli-input.c — reading command-line input (FILE or "-") and reporting on it
 *
 * --match and --assess both take a FILE or "-" for standard input and print one error
 * line a script can read; this is the one place that does it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "stride-cli-input.h"

static char *
read_stdin (gsize    max_bytes,
            gsize   *length,
            GError **error)
{
  g_autoptr(GString) data = g_string_new (NULL);
  char buffer[8192];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      g_string_append_len (data, buffer, n);
      /* Stop early: an endless pipe must not fill the memory. */
      if (max_bytes > 0 && data->len > max_bytes)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("the input is larger than %" G_GSIZE_FORMAT " bytes"), max_bytes);
          return NULL;
        }
    }
  if (ferror (stdin))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("cannot read standard input"));
      return NULL;
    }

  *length = data->len;
  return g_string_free (g_steal_pointer (&data), FALSE);
}

/* Reads all of FILE, or standard input for "-". MAX_BYTES > 0 refuses larger input
 * with a message; 0 leaves the limit to whoever parses it. */
char *
stride_cli_read_input (const char  *file,
                       gsize        max_bytes,
                       gsize       *length,
                       GError     **error)
{
  char *data = NULL;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_str_equal (file, "-"))
    return read_stdin (max_bytes, length, error);

  if (!g_file_get_contents (file, &data, length, error))
    return NULL;
  if (max_bytes > 0 && *length > max_bytes)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("the file is larger than %" G_GSIZE_FORMAT " bytes"), max_bytes);
      g_free (data);
      return NULL;
    }
  return data;
}

/* MESSAGE on one line, as scripts reading standard error expect. */
char *
stride_cli_one_line (const char *message)
{
  g_return_val_if_fail (message != NULL, NULL);

  return g_strdelimit (g_strdup (message), "\r\n", ' ');
}
