/* stride-body-map-legend.c — the colour key under an anatomy map: what red, pale, blue
 * yellow and ivory stand for (muscle, tendon or ligament, joint, nerve, bone)
 *
 * Only the tissues drawn in the map's current view and layer are listed, so that the key
 * explains what is on screen (the yellow nerve of the deep front view) and nothing else.
 * Each entry is a swatch in the map's own colours (dark mode follows) and a text label,
 * which is what a screen reader reads; the swatches are hidden from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "stride-body-map-private.h"

#define LEGEND_MAP_KEY "stride-body-map"
#define ENTRY_TISSUE_KEY "stride-tissue"

static const struct { const char *tissue; const char *label; } tissues[] = {
  { "muscle", N_("Muscle") },
  { "tendon", N_("Tendon, band or ligament") },
  { "joint", N_("Joint") },
  { "nerve", N_("Nerve") },
  { "bone", N_("Bone") },
};

/* The tissue a shape of REGION is drawn as: a muscle's shape without fibres is its
 * tendinous part (the IT band, the inguinal ligament). */
static const char *
shape_tissue (const Region   *region,
              const MapShape *shape)
{
  if (g_strcmp0 (region->kind, "muscle") == 0)
    return shape->n_fibres == 4 ? "muscle" : "tendon";
  if (g_strcmp0 (region->kind, "fascia") == 0)
    return "tendon";
  return region->kind;
}

static gboolean
tissue_shown (StrideBodyMap *self,
              const char    *tissue)
{
  /* Every view draws the bones under its regions. */
  if (g_strcmp0 (tissue, "bone") == 0)
    return TRUE;

  for (guint r = 0; r < self->regions->len; r++)
    {
      const Region *region = g_ptr_array_index (self->regions, r);

      for (guint i = 0; i < region->shapes->len; i++)
        {
          const MapShape *shape = &g_array_index (region->shapes, MapShape, i);

          if (shape->view == self->view && shape->layer == self->layer &&
              g_strcmp0 (shape_tissue (region, shape), tissue) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  StrideBodyMap *map = g_object_get_data (G_OBJECT (area), LEGEND_MAP_KEY);
  const char *tissue = g_object_get_data (G_OBJECT (area), ENTRY_TISSUE_KEY);
  Palette palette = _stride_body_map_get_palette (map);
  const GdkRGBA *fill, *line;

  _stride_body_map_tissue_colours (&palette, tissue, &fill, &line);
  cairo_rectangle (cr, 1, 1, width - 2, height - 2);
  _stride_body_map_set_source (cr, fill, 1.0);
  cairo_fill_preserve (cr);
  _stride_body_map_set_source (cr, line, 0.8);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static GtkWidget *
create_entry (StrideBodyMap *map,
              guint          index)
{
  GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (_(tissues[index].label));

  g_object_set_data (G_OBJECT (swatch), LEGEND_MAP_KEY, map);
  g_object_set_data (G_OBJECT (swatch), ENTRY_TISSUE_KEY, (gpointer) tissues[index].tissue);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, NULL, NULL);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");

  gtk_widget_set_halign (entry, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (entry), swatch);
  gtk_box_append (GTK_BOX (entry), label);
  g_object_set_data (G_OBJECT (entry), ENTRY_TISSUE_KEY, (gpointer) tissues[index].tissue);
  return entry;
}

static void
legend_sync_cb (GtkWidget *legend)
{
  StrideBodyMap *map = g_object_get_data (G_OBJECT (legend), LEGEND_MAP_KEY);
  guint shown = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (legend);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *entry = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      gboolean visible = tissue_shown (map, g_object_get_data (G_OBJECT (entry), ENTRY_TISSUE_KEY));

      gtk_widget_set_visible (child, visible);
      gtk_widget_queue_draw (gtk_widget_get_first_child (entry));
      shown += visible;
    }

  /* Equal cells across the whole width, one line where it fits: the entries stand
   * centred under the map. */
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (legend), MAX (shown, 1));
}

static GtkWidget *
create_flow_box (StrideBodyMap *map)
{
  GtkWidget *legend = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (legend), TRUE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (legend), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (legend), 4);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (legend), G_N_ELEMENTS (tissues));
  /* Nothing in the key can be used: the keyboard passes it by. Unfocusable cells were not
   * enough, the flow box still took Tab after Tab without showing any focus, and Tab
   * from the map never reached the list beside it. */
  gtk_widget_set_can_focus (legend, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (tissues); i++)
    gtk_flow_box_append (GTK_FLOW_BOX (legend), create_entry (map, i));
  return legend;
}

/* The key in a stack as tall as the key of every tissue, a page that is never shown: the
 * key's rows come and go with the view and layer, and the map above it, fitted to the
 * height left, grew and shrank with them. */
static GtkWidget *
create_steady_box (StrideBodyMap *map,
                   GtkWidget     *legend)
{
  GtkWidget *steady = gtk_stack_new ();
  GtkWidget *every_tissue = create_flow_box (map);

  gtk_stack_set_vhomogeneous (GTK_STACK (steady), TRUE);
  gtk_stack_set_hhomogeneous (GTK_STACK (steady), FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (every_tissue), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_stack_add_child (GTK_STACK (steady), legend);
  gtk_stack_add_child (GTK_STACK (steady), every_tissue);
  gtk_stack_set_visible_child (GTK_STACK (steady), legend);
  return steady;
}

GtkWidget *
stride_body_map_create_legend (StrideBodyMap *self)
{
  GtkWidget *legend;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  legend = create_flow_box (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (legend),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Colour key"), -1);
  g_object_set_data_full (G_OBJECT (legend), LEGEND_MAP_KEY, g_object_ref (self), g_object_unref);

  g_signal_connect_object (self, "notify::view", G_CALLBACK (legend_sync_cb), legend, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::layer", G_CALLBACK (legend_sync_cb), legend, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "regions-changed", G_CALLBACK (legend_sync_cb), legend, G_CONNECT_SWAPPED);
  /* Dark mode changes the swatches' colours, as it does the map's. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (legend_sync_cb),
                           legend, G_CONNECT_SWAPPED);
  /* Kinds are set after the regions are added (stride_body_map_set_region_kind). */
  g_signal_connect (legend, "map", G_CALLBACK (legend_sync_cb), NULL);
  legend_sync_cb (legend);
  return create_steady_box (self, legend);
}
