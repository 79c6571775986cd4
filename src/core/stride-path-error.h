/* stride-path-error.h — errors that name the place in a JSON input ("$.a.b: message")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets ERROR to "PATH: message" in DOMAIN/CODE; always returns FALSE so callers can
 * `return stride_set_path_errorv (…)`. */
gboolean stride_set_path_errorv (GError     **error,
                                 GQuark       domain,
                                 int          code,
                                 const char  *path,
                                 const char  *format,
                                 va_list      args) G_GNUC_PRINTF (5, 0);

G_END_DECLS
