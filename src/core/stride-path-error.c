/* stride-path-error.c — errors that name the place in a JSON input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-path-error.h"

gboolean
stride_set_path_errorv (GError     **error,
                        GQuark       domain,
                        int          code,
                        const char  *path,
                        const char  *format,
                        va_list      args)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  message = g_strdup_vprintf (format, args);
  g_set_error (error, domain, code, "%s: %s", path, message);
  return FALSE;
}
