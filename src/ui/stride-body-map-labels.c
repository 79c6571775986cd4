/* stride-body-map-labels.c — the bony landmarks: their markers, where their labels go
 * without covering each other or what they name, and what the screen reader is told
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "stride-body-map-private.h"

/* Landmark labels */

/* Pixels per box unit from which landmarks are labelled (a map about 400 px tall). */
#define LABEL_MIN_SCALE 3.7
#define LABEL_PAD 3.0             /* pixels of plate around a label's text */
#define LABEL_GAP 4.0             /* pixels between a marker and its label */

typedef struct
{
  const StrideAtlasLandmark *landmark;
  graphene_rect_t            plate;   /* widget coordinates, the plate behind the text */
} LandmarkLabel;

double
_stride_body_map_marker_radius (const Transform *t)
{
  return MAX (2.5, t->scale * 0.75);
}

/* Whether the map shows places to tap (the symptom checker's pain map: regions without a
 * kind) rather than the anatomy itself. */
static gboolean
map_of_places (StrideBodyMap *self)
{
  for (guint i = 0; i < self->regions->len; i++)
    {
      const Region *region = g_ptr_array_index (self->regions, i);

      if (region->kind == NULL && _stride_body_map_region_shown (region, self->view, self->layer))
        return TRUE;
    }

  return FALSE;
}

/* Whether PLATE covers part of any region shown, tested on a grid of points two pixels
 * apart against the regions' outlines as drawn. */
static gboolean
plate_covers_region (StrideBodyMap         *self,
                     const Transform       *t,
                     const graphene_rect_t *plate)
{
  g_autoptr(GPtrArray) shown = _stride_body_map_regions_sorted (self, _stride_body_map_compare_area_cb);

  for (double y = plate->origin.y; y <= plate->origin.y + plate->size.height; y += 2)
    for (double x = plate->origin.x; x <= plate->origin.x + plate->size.width; x += 2)
      for (guint i = 0; i < shown->len; i++)
        if (_stride_body_map_region_contains (g_ptr_array_index (shown, i), self->view, self->layer,
                                              (x - t->dx) / t->scale, (y - t->dy) / t->scale))
          return TRUE;

  return FALSE;
}

/* Whether PLATE covers a landmark's marker (ring included) or a label placed before it. */
static gboolean
plate_collides (const graphene_rect_t *plate,
                const Transform       *t,
                GPtrArray             *landmarks,
                GArray                *labels)
{
  graphene_rect_t grown;
  double radius = _stride_body_map_marker_radius (t);

  graphene_rect_inset_r (plate, -radius, -radius, &grown);
  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);
      graphene_point_t marker = GRAPHENE_POINT_INIT (t->dx + landmark->point.x * t->scale,
                                                     t->dy + landmark->point.y * t->scale);

      if (graphene_rect_contains_point (&grown, &marker))
        return TRUE;
    }

  for (guint i = 0; i < labels->len; i++)
    if (graphene_rect_intersection (plate, &g_array_index (labels, LandmarkLabel, i).plate, NULL))
      return TRUE;

  return FALSE;
}

/* Where each landmark's label goes: beside its marker on the side the atlas prefers, else
 * on the other side, else under or over it. A label is left out where it would be cut off by the map's edges,
 * cover a marker or another label, or, on a map of places, cover a place to tap: the
 * marker stays, and its tooltip names it. Small maps have no labels at all, so that they
 * do not hide the drawing. */
GArray *
_stride_body_map_layout_labels (StrideBodyMap   *self,
                                const Transform *t)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (LandmarkLabel));
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  gboolean places = map_of_places (self);
  double offset = _stride_body_map_marker_radius (t) + LABEL_GAP;

  if (t->scale < LABEL_MIN_SCALE)
    return labels;

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);
      double x = t->dx + landmark->point.x * t->scale;
      double y = t->dy + landmark->point.y * t->scale;
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle logical;

      if (!landmark->label)
        continue;

      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), stride_body_atlas_landmark_name (landmark->id));
      pango_layout_get_pixel_extents (layout, NULL, &logical);

      /* Beside the marker (preferred side, other side), then under it, then over it. */
      for (guint place = 0; place < 4; place++)
        {
          gboolean left = place == 0 ? landmark->label_left : !landmark->label_left;
          double text_x = left ? x - offset - logical.width : x + offset;
          double text_y = y - logical.height / 2.0;
          LandmarkLabel label;

          if (place >= 2)
            {
              text_x = x - logical.width / 2.0;
              text_y = place == 2 ? y + offset : y - offset - logical.height;
            }
          label = (LandmarkLabel) { landmark, GRAPHENE_RECT_INIT (text_x - LABEL_PAD, text_y,
                                                                  logical.width + 2 * LABEL_PAD, logical.height) };

          if (label.plate.origin.x < 0 || label.plate.origin.x + label.plate.size.width > width ||
              label.plate.origin.y < 0 || label.plate.origin.y + label.plate.size.height > height)
            continue;
          if (plate_collides (&label.plate, t, landmarks, labels))
            continue;
          if (places && plate_covers_region (self, t, &label.plate))
            continue;

          g_array_append_val (labels, label);
          break;
        }
    }

  return labels;
}

/* Landmarks: a ring on the bone, and where there is room a short label on a plate of the
 * background colour, so that it reads over muscle and bone alike. */
void
_stride_body_map_draw_landmarks (StrideBodyMap   *self,
                                 cairo_t         *cr,
                                 const Transform *t,
                                 const Palette   *palette)
{
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  g_autoptr(GArray) labels = _stride_body_map_layout_labels (self, t);
  double radius = _stride_body_map_marker_radius (t);

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);

      cairo_new_path (cr);
      cairo_arc (cr, t->dx + landmark->point.x * t->scale, t->dy + landmark->point.y * t->scale, radius, 0, 2 * G_PI);
      _stride_body_map_set_source (cr, &palette->bone, 1.0);
      cairo_fill_preserve (cr);
      _stride_body_map_set_source (cr, &palette->fg, 0.85);
      cairo_set_line_width (cr, MAX (1.2, radius * 0.45));
      cairo_stroke (cr);
    }

  for (guint i = 0; i < labels->len; i++)
    {
      const LandmarkLabel *label = &g_array_index (labels, LandmarkLabel, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                      stride_body_atlas_landmark_name (label->landmark->id));

      cairo_new_path (cr);
      cairo_rectangle (cr, label->plate.origin.x, label->plate.origin.y, label->plate.size.width, label->plate.size.height);
      _stride_body_map_set_source (cr, &palette->bg, 0.85);
      cairo_fill (cr);
      cairo_move_to (cr, label->plate.origin.x + LABEL_PAD, label->plate.origin.y);
      _stride_body_map_set_source (cr, &palette->fg, 1.0);
      pango_cairo_show_layout (cr, layout);
    }
}

/* The landmarks drawn in the current view, named once each, for the description. */
char *
_stride_body_map_landmark_list (StrideBodyMap *self)
{
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);

      if (!landmark->label)
        continue;
      if (list->len > 0)
        /* Translators: between the names in a list of landmarks */
        g_string_append (list, _(", "));
      g_string_append (list, stride_body_atlas_landmark_name (landmark->id));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

GArray *
stride_body_map_dup_label_plates (StrideBodyMap *self)
{
  Transform t;
  g_autoptr(GArray) labels = NULL;
  GArray *plates;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  t = _stride_body_map_get_transform (self);
  plates = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  if (t.scale <= 0)
    return plates;

  labels = _stride_body_map_layout_labels (self, &t);
  for (guint i = 0; i < labels->len; i++)
    g_array_append_val (plates, g_array_index (labels, LandmarkLabel, i).plate);

  return plates;
}

GArray *
stride_body_map_dup_landmark_points (StrideBodyMap *self)
{
  GPtrArray *landmarks;
  Transform t;
  GArray *points;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  t = _stride_body_map_get_transform (self);
  landmarks = stride_body_atlas_get_landmarks (self->view);
  points = g_array_sized_new (FALSE, FALSE, sizeof (graphene_point_t), landmarks->len);
  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);
      graphene_point_t point = GRAPHENE_POINT_INIT (t.dx + landmark->point.x * t.scale,
                                                    t.dy + landmark->point.y * t.scale);

      g_array_append_val (points, point);
    }

  return points;
}
