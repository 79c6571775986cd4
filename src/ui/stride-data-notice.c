/* stride-data-notice.c — what happened to the runner's own files, on the page they look at
 *
 * libadwaita 1.2 has no AdwBanner: a GtkInfoBar takes its place. A toast would go after a
 * few seconds and cut a long path short; this stays and wraps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-data-notice.h"
#include "stride-history.h"
#include "stride-routine-store.h"

typedef enum
{
  SOURCE_HISTORY,
  SOURCE_ROUTINES,
  N_SOURCES
} Source;

static const char *
get_notice (StrideContext *context,
            Source         source)
{
  if (source == SOURCE_HISTORY)
    return stride_history_get_notice (stride_context_get_history (context));
  return stride_routine_store_get_notice (stride_context_get_routine_store (context));
}

static void
clear_notice (StrideContext *context,
              Source         source)
{
  if (source == SOURCE_HISTORY)
    stride_history_clear_notice (stride_context_get_history (context));
  else
    stride_routine_store_clear_notice (stride_context_get_routine_store (context));
}

/* The notice area holds the context its bars report on. */
static StrideContext *
area_context (GtkWidget *area)
{
  return g_object_get_data (G_OBJECT (area), "stride-context");
}

static void
response_cb (GtkInfoBar *bar,
             int         response,
             gpointer    data)
{
  clear_notice (area_context (gtk_widget_get_parent (GTK_WIDGET (bar))), GPOINTER_TO_INT (data));
  gtk_widget_set_visible (GTK_WIDGET (bar), FALSE);
}

static GtkWidget *
bar_new (Source source)
{
  GtkWidget *bar = gtk_info_bar_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_info_bar_set_message_type (GTK_INFO_BAR (bar), GTK_MESSAGE_WARNING);
  gtk_info_bar_set_show_close_button (GTK_INFO_BAR (bar), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), label);
  gtk_widget_set_visible (bar, FALSE);
  g_object_set_data (G_OBJECT (bar), "label", label);
  g_signal_connect (bar, "response", G_CALLBACK (response_cb), GINT_TO_POINTER (source));
  return bar;
}

static void
refresh (GtkWidget *area)
{
  GtkWidget *bar = gtk_widget_get_first_child (area);

  for (Source source = 0; source < N_SOURCES && bar != NULL; source++, bar = gtk_widget_get_next_sibling (bar))
    {
      const char *notice = get_notice (area_context (area), source);
      GtkWidget *label = g_object_get_data (G_OBJECT (bar), "label");

      gtk_widget_set_visible (bar, notice != NULL);
      if (notice != NULL)
        {
          gtk_label_set_text (GTK_LABEL (label), notice);
          gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          source == SOURCE_HISTORY ? _("Notice about your history")
                                                                   : _("Notice about your routines"), -1);
        }
    }
}

static void
overlay_map_cb (GtkWidget *overlay,
                GtkWidget *area)
{
  refresh (area);
}

void
stride_data_notice_attach (AdwToastOverlay *overlay,
                           StrideContext   *context)
{
  g_autoptr(GtkWidget) child = NULL;
  GtkWidget *box;
  GtkWidget *area;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (STRIDE_IS_CONTEXT (context));

  child = g_object_ref (adw_toast_overlay_get_child (overlay));
  adw_toast_overlay_set_child (overlay, NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  area = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_object_set_data_full (G_OBJECT (area), "stride-context", g_object_ref (context), g_object_unref);
  for (Source source = 0; source < N_SOURCES; source++)
    gtk_box_append (GTK_BOX (area), bar_new (source));
  gtk_widget_set_vexpand (child, TRUE);
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), child);
  adw_toast_overlay_set_child (overlay, box);

  /* Either page may be the first one shown; each shows what is still unread. */
  g_signal_connect (overlay, "map", G_CALLBACK (overlay_map_cb), area);
}
