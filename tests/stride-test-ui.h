/* stride-test-ui.h — widget helpers the UI tests share (GTK; never linked by core tests)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "stride-application.h"
#include "stride-test-utils.h"

G_BEGIN_DECLS

gboolean           stride_test_widget_is_mapped    (gpointer        widget);
GtkWindow         *stride_test_find_window_of_type (GtkApplication *app,
                                                   GType           type);

StrideApplication *stride_test_register_app (void);
void               stride_test_screenshot   (GtkWidget  *widget,
                                             const char *name);

G_END_DECLS
