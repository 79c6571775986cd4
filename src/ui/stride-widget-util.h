/* stride-widget-util.h — small widget helpers several pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       stride_clear_box             (GtkBox     *box);
GtkWidget *stride_pill_button           (const char *label,
                                         const char *action,
                                         const char *css_class);
/* A titled group of rows (AdwPreferencesGroup); see stride_reading_add_link(). */
GtkWidget *stride_preferences_group_new (const char *title,
                                         const char *description);

void       stride_widget_scroll_page_not_value (GtkWidget *widget);
void       stride_widget_scroll_page_over      (GtkWidget *widget);

/* A toast that shows TEXT as written: libadwaita 1.2 reads a toast's title as markup. */
AdwToast  *stride_toast_new             (const char *text);

/* Adds PACK_ID to (ALLOW) or takes it out of the "internet-video-packs" setting. */
void       stride_settings_set_pack_allowed (GSettings  *settings,
                                             const char *pack_id,
                                             gboolean    allow);

G_END_DECLS
