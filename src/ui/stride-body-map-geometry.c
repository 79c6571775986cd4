/* stride-body-map-geometry.c — the regions' shapes in the box: copies of the content's
 * shapes (mirrors included), their areas and anchors, paths, hit-testing, and the box's
 * place in the widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-body-map-private.h"

/* Regions */

static void
map_shape_clear (gpointer data)
{
  MapShape *shape = data;

  g_clear_pointer (&shape->points, g_array_unref);
}

void
_stride_body_map_region_free (gpointer data)
{
  Region *region = data;

  g_free (region->id);
  g_free (region->name);
  g_free (region->kind);
  g_clear_pointer (&region->shapes, g_array_unref);
  g_free (region->mark);
  g_free (region);
}

static void
add_map_shape (GArray            *shapes,
               const StrideShape *shape,
               gboolean           mirrored)
{
  MapShape copy = { shape->view, shape->layer,
                    g_array_sized_new (FALSE, FALSE, sizeof (StridePoint), shape->points->len),
                    shape->n_fibres == 4 ? 4 : 0, { { 0, 0 } } };

  for (guint i = 0; i < shape->points->len; i++)
    {
      StridePoint point = g_array_index (shape->points, StridePoint, i);

      if (mirrored)
        point.x = 100.0 - point.x;
      g_array_append_val (copy.points, point);
    }

  for (guint i = 0; i < copy.n_fibres; i++)
    {
      copy.fibres[i] = shape->fibres[i];
      if (mirrored)
        copy.fibres[i].x = 100.0 - copy.fibres[i].x;
    }

  g_array_append_val (shapes, copy);
}

GArray *
_stride_body_map_copy_shapes (GPtrArray *shapes)
{
  GArray *copies = g_array_new (FALSE, FALSE, sizeof (MapShape));

  g_array_set_clear_func (copies, map_shape_clear);

  for (guint i = 0; shapes != NULL && i < shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (shapes, i);

      if (shape == NULL || shape->points == NULL || shape->points->len < 3)
        continue;
      add_map_shape (copies, shape, FALSE);
      /* The side view shows one side of the body: nothing to mirror. */
      if (shape->mirror && shape->view != STRIDE_VIEW_SIDE)
        add_map_shape (copies, shape, TRUE);
    }

  return copies;
}

gboolean
_stride_body_map_region_in_view (const Region *region,
                                 StrideView    view)
{
  for (guint i = 0; i < region->shapes->len; i++)
    if (g_array_index (region->shapes, MapShape, i).view == view)
      return TRUE;

  return FALSE;
}

/* Whether REGION is drawn, and can be focused and clicked, in the map's view and layer. */
gboolean
_stride_body_map_region_shown (const Region *region,
                               StrideView    view,
                               StrideLayer   layer)
{
  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);
      if (shape->view == view && shape->layer == layer)
        return TRUE;
    }

  return FALSE;
}

static double
polygon_area (GArray *points)
{
  double twice = 0;

  for (guint i = 0; i < points->len; i++)
    {
      StridePoint a = g_array_index (points, StridePoint, i);
      StridePoint b = g_array_index (points, StridePoint, (i + 1) % points->len);
      twice += a.x * b.y - b.x * a.y;
    }

  return fabs (twice) / 2;
}

static double
region_area (const Region *region,
             StrideView    view,
             StrideLayer   layer)
{
  double area = 0;

  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);
      if (shape->view == view && shape->layer == layer)
        area += polygon_area (shape->points);
    }

  return area;
}

/* Where keyboard focus sorts a region: the middle of its first shape in VIEW (the one the
 * author drew, not its mirror), so focus runs down one side as a reader would. */
StridePoint
_stride_body_map_region_anchor (const Region *region,
                                StrideView    view,
                                StrideLayer   layer)
{
  StridePoint anchor = { 0, 0 };

  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);

      if (shape->view != view || shape->layer != layer)
        continue;
      for (guint j = 0; j < shape->points->len; j++)
        {
          anchor.x += g_array_index (shape->points, StridePoint, j).x / shape->points->len;
          anchor.y += g_array_index (shape->points, StridePoint, j).y / shape->points->len;
        }
      break;
    }

  return anchor;
}

/* A path of REGION's shapes in VIEW and LAYER, in box coordinates. */
void
_stride_body_map_trace_region (cairo_t      *cr,
                               const Region *region,
                               StrideView    view,
                               StrideLayer   layer)
{
  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);

      if (shape->view == view && shape->layer == layer)
        stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) shape->points->data,
                                       shape->points->len, TRUE, TRUE);
    }
}

/* Hit-testing uses the curves as drawn, on a scratch context that is never painted. */
gboolean
_stride_body_map_region_contains (const Region *region,
                                  StrideView    view,
                                  StrideLayer   layer,
                                  double        x,
                                  double        y)
{
  static cairo_t *scratch;

  if (scratch == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
      scratch = cairo_create (surface);
      cairo_surface_destroy (surface);
    }

  cairo_new_path (scratch);
  _stride_body_map_trace_region (scratch, region, view, layer);
  return cairo_in_fill (scratch, x, y);
}

/* Drawing order is largest first, so that a small region over a large one stays visible
 * and clickable. */
int
_stride_body_map_compare_area_cb (gconstpointer a,
                                  gconstpointer b,
                                  gpointer      user_data)
{
  StrideBodyMap *self = user_data;
  double area_a = region_area (*(Region **) a, self->view, self->layer);
  double area_b = region_area (*(Region **) b, self->view, self->layer);

  return (area_a < area_b) - (area_a > area_b);
}

int
_stride_body_map_compare_reading_order_cb (gconstpointer a,
                                           gconstpointer b,
                                           gpointer      user_data)
{
  StrideBodyMap *self = user_data;
  StridePoint pa = _stride_body_map_region_anchor (*(Region **) a, self->view, self->layer);
  StridePoint pb = _stride_body_map_region_anchor (*(Region **) b, self->view, self->layer);

  /* Rows of 4 units: regions side by side read left to right. */
  if (floor (pa.y / 4) != floor (pb.y / 4))
    return pa.y < pb.y ? -1 : 1;
  return (pa.x > pb.x) - (pa.x < pb.x);
}

GPtrArray *
_stride_body_map_regions_sorted (StrideBodyMap    *self,
                                 GCompareDataFunc  compare)
{
  GPtrArray *order = g_ptr_array_new ();

  for (guint i = 0; i < self->regions->len; i++)
    {
      Region *region = g_ptr_array_index (self->regions, i);
      if (_stride_body_map_region_shown (region, self->view, self->layer))
        g_ptr_array_add (order, region);
    }

  g_ptr_array_sort_with_data (order, compare, self);
  return order;
}

/* The scale for a map WIDTH × HEIGHT: the box fits, and a map wide enough draws the body
 * smaller (down to LABEL_MIN_SCALE) to leave a column for labels on either side. */
static double
scale_for_size (double width,
                double height)
{
  double labelled = (width - 2 * LABEL_COLUMN) / BODY_W;
  double scale = MIN (width / BOX_W, height / BOX_H);

  if (labelled >= LABEL_MIN_SCALE)
    scale = MIN (scale, labelled);
  return scale;
}

Transform
_stride_body_map_get_transform (StrideBodyMap *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  Transform t;

  t.scale = scale_for_size (width, height);
  t.dx = (width - BOX_W * t.scale) / 2 - BOX_X0 * t.scale;
  t.dy = (height - BOX_H * t.scale) / 2 - BOX_Y0 * t.scale;
  return t;
}

int
stride_body_map_height_for_width (StrideBodyMap *self,
                                  int            width)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), 0);

  return (int) ceil (BOX_H * scale_for_size (width, G_MAXINT));
}

void
stride_body_map_get_figure_bounds (StrideBodyMap   *self,
                                   graphene_rect_t *bounds)
{
  Transform t;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (bounds != NULL);

  t = _stride_body_map_get_transform (self);
  graphene_rect_init (bounds, t.dx + BOX_X0 * t.scale, t.dy + BOX_Y0 * t.scale,
                      BOX_W * t.scale, BOX_H * t.scale);
}
