/* stride-widget-util.c — small widget helpers several pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

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

/* The wheel over WIDGET scrolls the page around it instead of changing WIDGET's value. */
static gboolean
scroll_page_instead_cb (GtkEventControllerScroll *controller,
                        double                    dx,
                        double                    dy,
                        gpointer                  user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double step;

  /* Nothing to scroll: a scale keeps the wheel from changing it; any other widget may use it */
  if (scroller == NULL)
    return GPOINTER_TO_INT (user_data);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* A touchpad reports pixels; a wheel reports notches, which GTK's own scrolled windows
   * turn into page_size^(2/3) pixels each. */
  step = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE
         ? 1.0 : pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);
  return TRUE;
}

/* Scrolling a page of settings with the mouse wheel must not change a setting the pointer
 * happens to pass over (a runner turned the cue volume and voice speed down that way, and
 * never noticed): the wheel over WIDGET (a scale or spin button) scrolls the page. Keys
 * and dragging still change the value. */
void
stride_widget_scroll_page_not_value (GtkWidget *widget)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                 GTK_EVENT_CONTROLLER_SCROLL_HORIZONTAL);

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_page_instead_cb), GINT_TO_POINTER (TRUE));
  gtk_widget_add_controller (widget, scroll);
}

/* The wheel over WIDGET (a video's seek bar, a status page with a scroller of its own)
 * scrolls the page WIDGET sits in, which is what the runner reading the page wants; with
 * no page around it, WIDGET has the wheel as usual. */
void
stride_widget_scroll_page_over (GtkWidget *widget)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_page_instead_cb), GINT_TO_POINTER (FALSE));
  gtk_widget_add_controller (widget, scroll);
}

AdwToast *
stride_toast_new (const char *text)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  escaped = g_markup_escape_text (text, -1);
  return adw_toast_new (escaped);
}

void
stride_settings_set_pack_allowed (GSettings  *settings,
                                  const char *pack_id,
                                  gboolean    allow)
{
  g_auto(GStrv) allowed = g_settings_get_strv (settings, "internet-video-packs");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;

  for (guint i = 0; allowed[i] != NULL; i++)
    if (!g_str_equal (allowed[i], pack_id))
      g_strv_builder_add (builder, allowed[i]);
  if (allow)
    g_strv_builder_add (builder, pack_id);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "internet-video-packs", (const char * const *) updated);
}
