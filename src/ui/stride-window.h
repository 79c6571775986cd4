/* stride-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-application.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_WINDOW (stride_window_get_type ())

G_DECLARE_FINAL_TYPE (StrideWindow, stride_window, STRIDE, WINDOW, AdwApplicationWindow)

StrideWindow *stride_window_new                   (StrideApplication *application);
void          stride_window_show_page             (StrideWindow      *self,
                                                   const char        *name);
gboolean      stride_window_open                  (StrideWindow      *self,
                                                   const char        *page_name,
                                                   const char        *kind,
                                                   const char        *id);
const char   *stride_window_get_visible_page_name (StrideWindow      *self);
/* NULL while the window has no context yet (start-up). */
GtkWidget    *stride_window_get_page              (StrideWindow      *self,
                                                   const char        *name);
void          stride_window_set_context           (StrideWindow      *self,
                                                   StrideContext     *context);
void          stride_window_add_toast             (StrideWindow      *self,
                                                   const char        *message);
void          stride_window_add_toast_object      (StrideWindow      *self,
                                                   AdwToast          *toast);

G_END_DECLS
