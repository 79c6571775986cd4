/* stride-preferences-window.h — Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-context.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_PREFERENCES_WINDOW (stride_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (StridePreferencesWindow, stride_preferences_window, STRIDE, PREFERENCES_WINDOW, AdwPreferencesWindow)

StridePreferencesWindow *stride_preferences_window_new (GtkWindow     *parent,
                                                        StrideContext *context);

/* Deletes everything the user saved (what "Delete All My Data" does once confirmed). */
gboolean                 stride_preferences_window_delete_all_data (StrideContext  *context,
                                                                    GError        **error);

G_END_DECLS
