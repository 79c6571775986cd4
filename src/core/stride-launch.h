/* stride-launch.h — the places the app can be opened at (docs/command-line.md, launch options)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char * const *stride_launch_page_names    (void);
gboolean            stride_launch_page_is_known (const char *name);

G_END_DECLS
