/* stride-body-map-list.c — the list of regions beside the map, for screen readers and
 * anyone who prefers a list, and the name of the focused region under it, kept in sync
 * with the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "stride-body-map-private.h"

/* The region list */

#define LIST_MAP_KEY "stride-body-map"
#define ROW_ID_KEY   "stride-region-id"

static StrideBodyMap *
list_get_map (GtkListBox *list)
{
  return g_object_get_data (G_OBJECT (list), LIST_MAP_KEY);
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row)
{
  StrideBodyMap *map = list_get_map (list);
  const char *id = g_object_get_data (G_OBJECT (row), ROW_ID_KEY);

  /* In a selection mode the row's check button is its activatable widget. */
  if (map->selection_mode == STRIDE_BODY_MAP_SELECTION_NONE && id != NULL)
    stride_body_map_activate_region (map, id);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  GtkListBox     *list)
{
  StrideBodyMap *map = list_get_map (list);
  const char *id = g_object_get_data (G_OBJECT (check), ROW_ID_KEY);

  if (stride_body_map_is_selected (map, id) != gtk_check_button_get_active (check))
    stride_body_map_activate_region (map, id);
}

static void
row_enter_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              GtkListBox               *list)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  StrideBodyMap *map = list_get_map (list);
  Region *region = _stride_body_map_find_region (map, g_object_get_data (G_OBJECT (row), ROW_ID_KEY));

  if (region != NULL && _stride_body_map_region_shown (region, map->view, map->layer))
    _stride_body_map_set_hover (map, region);
}

static void
row_leave_cb (GtkEventControllerMotion *controller,
              GtkListBox               *list)
{
  _stride_body_map_set_hover (list_get_map (list), NULL);
}

static GtkWidget *
create_region_row (GtkListBox *list,
                   Region     *region)
{
  StrideBodyMap *map = list_get_map (list);
  GtkWidget *row = adw_action_row_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), region->name);
  g_object_set_data_full (G_OBJECT (row), ROW_ID_KEY, g_strdup (region->id), g_free);
  gtk_widget_set_name (row, region->id);

  if (map->selection_mode == STRIDE_BODY_MAP_SELECTION_NONE)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }
  else
    {
      GtkWidget *check = gtk_check_button_new ();
      g_object_set_data_full (G_OBJECT (check), ROW_ID_KEY, g_strdup (region->id), g_free);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), region->selected);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, region->name, -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), list, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
    }

  g_signal_connect_object (motion, "enter", G_CALLBACK (row_enter_cb), list, 0);
  g_signal_connect_object (motion, "leave", G_CALLBACK (row_leave_cb), list, 0);
  gtk_widget_add_controller (row, motion);

  return row;
}

static void
list_rebuild_cb (GtkListBox *list)
{
  StrideBodyMap *map = list_get_map (list);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; i < map->regions->len; i++)
    gtk_list_box_append (list, create_region_row (list, g_ptr_array_index (map->regions, i)));
}

static void
list_sync_selection_cb (GtkListBox *list)
{
  StrideBodyMap *map = list_get_map (list);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
      const char *id = g_object_get_data (G_OBJECT (row), ROW_ID_KEY);

      if (GTK_IS_CHECK_BUTTON (check))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), stride_body_map_is_selected (map, id));
    }
}

GtkWidget *
stride_body_map_create_region_list (StrideBodyMap *self)
{
  GtkWidget *list;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Regions of the body map"), -1);
  g_object_set_data_full (G_OBJECT (list), LIST_MAP_KEY, g_object_ref (self), g_object_unref);

  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), NULL);
  g_signal_connect_object (self, "regions-changed", G_CALLBACK (list_rebuild_cb), list, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::selected", G_CALLBACK (list_sync_selection_cb), list, G_CONNECT_SWAPPED);

  list_rebuild_cb (GTK_LIST_BOX (list));
  return list;
}

/* The focused region's name */

#define FOCUS_NAME_MAP_KEY "stride-body-map"
#define FOCUS_NAME_CONTROLLER_KEY "stride-body-map-focus"

static void
focus_name_sync_cb (GtkLabel *label)
{
  StrideBodyMap *map = g_object_get_data (G_OBJECT (label), FOCUS_NAME_MAP_KEY);
  GtkEventControllerFocus *focus = g_object_get_data (G_OBJECT (label), FOCUS_NAME_CONTROLLER_KEY);

  /* The controller's word, not gtk_widget_has_focus(): that is not yet TRUE as it enters. */
  if (map->focus != NULL && gtk_event_controller_focus_is_focus (focus))
    gtk_label_set_label (label, map->focus->name);
  else
    gtk_label_set_label (label, "");
}

GtkWidget *
stride_body_map_create_focus_name (StrideBodyMap *self)
{
  GtkWidget *label;
  GtkEventController *focus;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, "heading");
  g_object_set_data_full (G_OBJECT (label), FOCUS_NAME_MAP_KEY, g_object_ref (self), g_object_unref);

  focus = gtk_event_controller_focus_new ();
  g_object_set_data (G_OBJECT (label), FOCUS_NAME_CONTROLLER_KEY, focus);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_object (focus, "notify::is-focus", G_CALLBACK (focus_name_sync_cb), label, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::focus-region", G_CALLBACK (focus_name_sync_cb), label, G_CONNECT_SWAPPED);
  return label;
}
