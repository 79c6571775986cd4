/* stride-widget-util.c — small widget helpers several pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "stride-widget-util.h"

/* Removes every child of BOX, so a view can be built again from the data. */
void
stride_clear_box (GtkBox *box)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* A pill button with mnemonic LABEL that activates ACTION; CSS_CLASS (or NULL) marks it,
 * e.g. "suggested-action". */
GtkWidget *
stride_pill_button (const char *label,
                    const char *action,
                    const char *css_class)
{
  GtkWidget *button;

  g_return_val_if_fail (label != NULL, NULL);

  button = gtk_button_new_with_mnemonic (label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "pill");
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  return button;
}

/* A preferences group titled TITLE, with DESCRIPTION under it unless that is NULL. */
GtkWidget *
stride_preferences_group_new (const char *title,
                              const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}
