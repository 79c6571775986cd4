/* stride-reading.c — what the Anatomy and Conditions pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-body-map.h"
#include "stride-reading.h"
#include "stride-widget-util.h"

static GtkWidget *
create_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static gboolean
any_region_shown (StrideBodyMap             *map,
                  const StrideReadingRegion *regions,
                  guint                      n_regions)
{
  for (guint i = 0; i < n_regions; i++)
    if (stride_body_map_region_shown (map, regions[i].id))
      return TRUE;

  return FALSE;
}

static gboolean
any_region_in_view (const StrideReadingRegion *regions,
                    guint                      n_regions,
                    StrideView                 view)
{
  for (guint i = 0; i < n_regions; i++)
    for (guint j = 0; regions[i].shapes != NULL && j < regions[i].shapes->len; j++)
      if (((StrideShape *) g_ptr_array_index (regions[i].shapes, j))->view == view)
        return TRUE;

  return FALSE;
}

static const char *
view_caption (StrideView view)
{
  switch (view)
    {
    case STRIDE_VIEW_BACK:
      return _("From the back");
    case STRIDE_VIEW_SIDE:
      return _("From the side");
    case STRIDE_VIEW_FRONT:
    default:
      return _("From the front");
    }
}

static GtkWidget *
create_map (StrideView                 view,
            const StrideReadingRegion *regions,
            guint                      n_regions,
            const char                *mark,
            const char                *description)
{
  GtkWidget *map = stride_body_map_new ();
  gboolean any = FALSE;

  stride_body_map_set_view (STRIDE_BODY_MAP (map), view);
  for (guint i = 0; i < n_regions; i++)
    {
      stride_body_map_add_region (STRIDE_BODY_MAP (map), regions[i].id, regions[i].name, regions[i].shapes);
      stride_body_map_set_mark (STRIDE_BODY_MAP (map), regions[i].id, mark);
      any |= stride_body_map_region_in_view (STRIDE_BODY_MAP (map), regions[i].id, view);
    }

  if (!any)
    {
      g_object_ref_sink (map);
      g_object_unref (map);
      return NULL;
    }

  /* A deep muscle is drawn whole in the deep layer, not as a dashed outline under the skin. */
  if (!any_region_shown (STRIDE_BODY_MAP (map), regions, n_regions))
    stride_body_map_set_layer (STRIDE_BODY_MAP (map), STRIDE_LAYER_DEEP);

  /* A picture: what it shows is said in words beside it. */
  gtk_widget_set_focusable (map, FALSE);
  gtk_widget_set_can_target (map, FALSE);
  gtk_widget_set_size_request (map, 140, 240);
  gtk_accessible_update_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  return map;
}

GtkWidget *
stride_reading_create_figure (const StrideReadingRegion *regions,
                              guint                      n_regions,
                              const char                *mark,
                              const char                *description)
{
  StrideView views[] = { STRIDE_VIEW_FRONT, STRIDE_VIEW_BACK };
  GtkWidget *figure = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  g_return_val_if_fail (regions != NULL || n_regions == 0, NULL);

  /* Two pictures at most, to fit a phone's width. What is not seen from the front (the deep
   * buttock muscles) is seen from the side instead, where it is drawn whole: from behind,
   * gluteus minimus is mostly hidden under medius. */
  if (!any_region_in_view (regions, n_regions, STRIDE_VIEW_FRONT))
    views[0] = STRIDE_VIEW_SIDE;

  gtk_widget_set_halign (figure, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (figure, "stride-figure");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *map = create_map (views[i], regions, n_regions, mark, description);
      GtkWidget *column, *caption;

      if (map == NULL)
        continue;

      column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      caption = gtk_label_new (view_caption (views[i]));
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_widget_add_css_class (caption, "caption");
      gtk_box_append (GTK_BOX (column), map);
      gtk_box_append (GTK_BOX (column), caption);
      gtk_box_append (GTK_BOX (figure), column);
    }

  return figure;
}

GtkWidget *
stride_reading_create_heading (const char *title,
                               const char *subtitle,
                               const char *summary)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = create_label (title, "title-1");

  g_return_val_if_fail (title != NULL, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (box), label);
  if (subtitle != NULL && *subtitle != '\0')
    gtk_box_append (GTK_BOX (box), create_label (subtitle, "dim-label"));
  if (summary != NULL && *summary != '\0')
    {
      label = create_label (summary, "body");
      gtk_widget_set_margin_top (label, 6);
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

static GtkWidget *
create_section_box (const char *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = create_label (heading, "heading");

  gtk_widget_add_css_class (box, "stride-section");
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

GtkWidget *
stride_reading_create_section (const char *heading,
                               const char *text)
{
  GtkWidget *box;

  g_return_val_if_fail (heading != NULL, NULL);

  if (text == NULL || *text == '\0')
    return NULL;

  box = create_section_box (heading);
  gtk_box_append (GTK_BOX (box), create_label (text, "body"));
  return box;
}

/* A list item with a hanging indent: the marker ("•", or "2." for a step) in a column of
 * its own, the text wrapping beside it. A bullet is decoration; a step's number is read. */
GtkWidget *
stride_reading_create_list_item (const char *marker,
                                 const char *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *mark = gtk_label_new (marker);

  g_return_val_if_fail (marker != NULL && text != NULL, NULL);

  gtk_widget_set_valign (mark, GTK_ALIGN_START);
  if (g_str_equal (marker, "•"))
    gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  else
    gtk_widget_add_css_class (mark, "numeric");
  gtk_box_append (GTK_BOX (row), mark);
  gtk_box_append (GTK_BOX (row), create_label (text, "body"));
  gtk_widget_set_hexpand (gtk_widget_get_last_child (row), TRUE);
  return row;
}

static GtkWidget *
create_bullet (const char *text)
{
  return stride_reading_create_list_item ("•", text);
}

GtkWidget *
stride_reading_create_bullets (const char         *heading,
                               const char * const *items)
{
  GtkWidget *box;

  g_return_val_if_fail (heading != NULL, NULL);

  if (items == NULL || items[0] == NULL)
    return NULL;

  box = create_section_box (heading);
  for (guint i = 0; items[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), create_bullet (items[i]));
  return box;
}

GtkWidget *
stride_reading_add_link (GtkWidget  *group,
                         const char *kind,
                         const char *id,
                         const char *title,
                         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (kind != NULL && id != NULL && title != NULL, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.launch");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", kind, id);
  gtk_widget_set_name (row, id);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static void
source_activated_cb (AdwActionRow *row,
                     const char   *url)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

GtkWidget *
stride_reading_create_sources (GPtrArray *sources)
{
  GtkWidget *group;

  if (sources == NULL || sources->len == 0)
    return NULL;

  group = stride_preferences_group_new (_("Sources"), _("Where this page’s facts come from."));
  for (guint i = 0; i < sources->len; i++)
    {
      const StrideSource *source = g_ptr_array_index (sources, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), source->title);
      if (source->url != NULL)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("adw-external-link-symbolic");

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source->url);
          gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_widget_set_tooltip_text (row, _("Open in the web browser"));
          g_signal_connect_data (row, "activated", G_CALLBACK (source_activated_cb),
                                 g_strdup (source->url), (GClosureNotify) g_free, 0);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

void
stride_reading_clear (GtkBox *box)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}
