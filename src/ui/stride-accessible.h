/* stride-accessible.h — names a screen reader can read, where GTK 4.8 gives none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  stride_accessible_install_name_fixes (void);
char *stride_accessible_strip_mnemonic     (const char *label);

G_END_DECLS
