/* stride-body-map.c — a drawn map of the pelvis and thighs with named regions
 *
 * Everything is drawn with cairo in the 100 × 100 box of docs/content-schema.md, scaled
 * to fit the widget. Shapes are polygons in the content; they are drawn as smooth closed
 * curves through their points (muscles have no corners) and hit-tested as polygons, which
 * is close enough at any size a finger or pointer can tell apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "stride-body-map.h"

/* The part of the 100 × 100 box that the silhouette occupies, with a margin. */
#define BOX_X0 18.0
#define BOX_Y0 -3.0
#define BOX_W  64.0
#define BOX_H  106.0

typedef struct
{
  StrideView  view;
  GArray     *points;             /* StridePoint */
} MapShape;

typedef struct
{
  char     *id;
  char     *name;
  GArray   *shapes;               /* MapShape, mirrored copies included */
  gboolean  selected;
  char     *mark;
} Region;

struct _StrideBodyMap
{
  GtkWidget                   parent_instance;

  /* Owned references */
  GPtrArray                  *regions;        /* Region, in the order added */
  GHashTable                 *region_by_id;   /* borrowed Region */

  /* State */
  StrideView                  view;
  StrideBodyMapSelectionMode  selection_mode;
  Region                     *focus;          /* borrowed, may be NULL */
  Region                     *hover;          /* borrowed, may be NULL */
};

G_DEFINE_FINAL_TYPE (StrideBodyMap, stride_body_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_SELECTION_MODE,
  PROP_SELECTED,
  PROP_FOCUS_REGION,
  PROP_HOVER_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REGION_ACTIVATED,
  REGIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The silhouette's left half (schema, "Body map shapes"): the outer edge from the waist
 * down, then the inner edge from below the knee up to the crotch. */
static const StridePoint outer_edge[] = {
  { 32, 0 }, { 30, 10 }, { 27, 18 }, { 24, 28 }, { 25, 40 }, { 28, 55 }, { 31, 70 },
  { 33, 82 }, { 34, 92 }, { 34, 100 },
};
static const StridePoint inner_edge[] = {
  { 47, 100 }, { 46, 92 }, { 46, 84 }, { 47, 70 }, { 48, 55 }, { 49, 47 }, { 50, 45 },
};

GType
stride_body_map_selection_mode_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { STRIDE_BODY_MAP_SELECTION_NONE, "STRIDE_BODY_MAP_SELECTION_NONE", "none" },
        { STRIDE_BODY_MAP_SELECTION_SINGLE, "STRIDE_BODY_MAP_SELECTION_SINGLE", "single" },
        { STRIDE_BODY_MAP_SELECTION_MULTIPLE, "STRIDE_BODY_MAP_SELECTION_MULTIPLE", "multiple" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("StrideBodyMapSelectionMode"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
stride_body_map_view_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { STRIDE_VIEW_FRONT, "STRIDE_VIEW_FRONT", "front" },
        { STRIDE_VIEW_BACK, "STRIDE_VIEW_BACK", "back" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("StrideBodyMapView"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

/* Regions */

static void
map_shape_clear (gpointer data)
{
  MapShape *shape = data;

  g_clear_pointer (&shape->points, g_array_unref);
}

static void
region_free (gpointer data)
{
  Region *region = data;

  g_free (region->id);
  g_free (region->name);
  g_clear_pointer (&region->shapes, g_array_unref);
  g_free (region->mark);
  g_free (region);
}

static void
add_map_shape (GArray            *shapes,
               const StrideShape *shape,
               gboolean           mirrored)
{
  MapShape copy = { shape->view, g_array_sized_new (FALSE, FALSE, sizeof (StridePoint), shape->points->len) };

  for (guint i = 0; i < shape->points->len; i++)
    {
      StridePoint point = g_array_index (shape->points, StridePoint, i);

      if (mirrored)
        point.x = 100.0 - point.x;
      g_array_append_val (copy.points, point);
    }

  g_array_append_val (shapes, copy);
}

static GArray *
copy_shapes (GPtrArray *shapes)
{
  GArray *copies = g_array_new (FALSE, FALSE, sizeof (MapShape));

  g_array_set_clear_func (copies, map_shape_clear);

  for (guint i = 0; shapes != NULL && i < shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (shapes, i);

      if (shape == NULL || shape->points == NULL || shape->points->len < 3)
        continue;
      add_map_shape (copies, shape, FALSE);
      if (shape->mirror)
        add_map_shape (copies, shape, TRUE);
    }

  return copies;
}

static gboolean
region_in_view (const Region *region,
                StrideView    view)
{
  for (guint i = 0; i < region->shapes->len; i++)
    if (g_array_index (region->shapes, MapShape, i).view == view)
      return TRUE;

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
             StrideView    view)
{
  double area = 0;

  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);
      if (shape->view == view)
        area += polygon_area (shape->points);
    }

  return area;
}

/* Where keyboard focus sorts a region: the middle of its first shape in VIEW (the one the
 * author drew, not its mirror), so focus runs down one side as a reader would. */
static StridePoint
region_anchor (const Region *region,
               StrideView    view)
{
  StridePoint anchor = { 0, 0 };

  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);

      if (shape->view != view)
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

static gboolean
polygon_contains (GArray *points,
                  double  x,
                  double  y)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = points->len - 1; i < points->len; j = i++)
    {
      StridePoint a = g_array_index (points, StridePoint, i);
      StridePoint b = g_array_index (points, StridePoint, j);

      if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x)
        inside = !inside;
    }

  return inside;
}

static gboolean
region_contains (const Region *region,
                 StrideView    view,
                 double        x,
                 double        y)
{
  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);
      if (shape->view == view && polygon_contains (shape->points, x, y))
        return TRUE;
    }

  return FALSE;
}

/* Drawing order is largest first, so that a small region over a large one stays visible
 * and clickable. */
static int
compare_area_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  StrideBodyMap *self = user_data;
  double area_a = region_area (*(Region **) a, self->view);
  double area_b = region_area (*(Region **) b, self->view);

  return (area_a < area_b) - (area_a > area_b);
}

static int
compare_reading_order_cb (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  StrideBodyMap *self = user_data;
  StridePoint pa = region_anchor (*(Region **) a, self->view);
  StridePoint pb = region_anchor (*(Region **) b, self->view);

  /* Rows of 4 units: regions side by side read left to right. */
  if (floor (pa.y / 4) != floor (pb.y / 4))
    return pa.y < pb.y ? -1 : 1;
  return (pa.x > pb.x) - (pa.x < pb.x);
}

static GPtrArray *
regions_sorted (StrideBodyMap    *self,
                GCompareDataFunc  compare)
{
  GPtrArray *order = g_ptr_array_new ();

  for (guint i = 0; i < self->regions->len; i++)
    {
      Region *region = g_ptr_array_index (self->regions, i);
      if (region_in_view (region, self->view))
        g_ptr_array_add (order, region);
    }

  g_ptr_array_sort_with_data (order, compare, self);
  return order;
}

/* Geometry: the box is scaled uniformly and centred in the widget. */

typedef struct
{
  double scale;
  double dx;
  double dy;
} Transform;

static Transform
get_transform (StrideBodyMap *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  Transform t;

  t.scale = MIN (width / BOX_W, height / BOX_H);
  t.dx = (width - BOX_W * t.scale) / 2 - BOX_X0 * t.scale;
  t.dy = (height - BOX_H * t.scale) / 2 - BOX_Y0 * t.scale;
  return t;
}

static Region *
region_at (StrideBodyMap *self,
           double         widget_x,
           double         widget_y)
{
  Transform t = get_transform (self);
  g_autoptr(GPtrArray) order = regions_sorted (self, compare_area_cb);
  double x, y;

  if (t.scale <= 0)
    return NULL;

  x = (widget_x - t.dx) / t.scale;
  y = (widget_y - t.dy) / t.scale;

  /* Topmost first: the reverse of the drawing order. */
  for (guint i = order->len; i > 0; i--)
    {
      Region *region = g_ptr_array_index (order, i - 1);
      if (region_contains (region, self->view, x, y))
        return region;
    }

  return NULL;
}

/* Drawing */

static void
user_point (const Transform *t,
            StridePoint      p,
            double          *x,
            double          *y)
{
  *x = t->dx + p.x * t->scale;
  *y = t->dy + p.y * t->scale;
}

/* A Catmull-Rom spline through POINTS as cubic Béziers; CLOSED wraps around. The path is
 * continued from the current point (or starts at the first point). */
static void
smooth_path (cairo_t           *cr,
             const Transform   *t,
             const StridePoint *points,
             guint              n,
             gboolean           closed,
             gboolean           move_first)
{
  double x, y;

  user_point (t, points[0], &x, &y);
  if (move_first)
    cairo_move_to (cr, x, y);
  else
    cairo_line_to (cr, x, y);

  for (guint i = 0; i + (closed ? 0 : 1) < n; i++)
    {
      StridePoint p0 = points[closed ? (i + n - 1) % n : (i == 0 ? 0 : i - 1)];
      StridePoint p1 = points[i % n];
      StridePoint p2 = points[(i + 1) % n];
      StridePoint p3 = points[closed ? (i + 2) % n : MIN (i + 2, n - 1)];
      StridePoint c1 = { p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6 };
      StridePoint c2 = { p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6 };
      double x1, y1, x2, y2, x3, y3;

      user_point (t, c1, &x1, &y1);
      user_point (t, c2, &x2, &y2);
      user_point (t, p2, &x3, &y3);
      cairo_curve_to (cr, x1, y1, x2, y2, x3, y3);
    }

  if (closed)
    cairo_close_path (cr);
}

static void
mirror_reversed (const StridePoint *points,
                 guint              n,
                 StridePoint       *out)
{
  for (guint i = 0; i < n; i++)
    {
      out[i].x = 100.0 - points[n - 1 - i].x;
      out[i].y = points[n - 1 - i].y;
    }
}

static void
silhouette_path (cairo_t         *cr,
                 const Transform *t)
{
  StridePoint inner_right[G_N_ELEMENTS (inner_edge)];
  StridePoint outer_right[G_N_ELEMENTS (outer_edge)];

  mirror_reversed (inner_edge, G_N_ELEMENTS (inner_edge), inner_right);
  mirror_reversed (outer_edge, G_N_ELEMENTS (outer_edge), outer_right);

  cairo_new_path (cr);
  smooth_path (cr, t, outer_edge, G_N_ELEMENTS (outer_edge), FALSE, TRUE);
  smooth_path (cr, t, inner_edge, G_N_ELEMENTS (inner_edge), FALSE, FALSE);
  smooth_path (cr, t, inner_right, G_N_ELEMENTS (inner_right), FALSE, FALSE);
  smooth_path (cr, t, outer_right, G_N_ELEMENTS (outer_right), FALSE, FALSE);
  cairo_close_path (cr);
}

static void
stroke_curve (cairo_t           *cr,
              const Transform   *t,
              const StridePoint *points,
              guint              n,
              gboolean           both_sides)
{
  cairo_new_path (cr);
  smooth_path (cr, t, points, n, FALSE, TRUE);
  if (both_sides)
    {
      g_autofree StridePoint *mirrored = g_new (StridePoint, n);
      mirror_reversed (points, n, mirrored);
      smooth_path (cr, t, mirrored, n, FALSE, TRUE);
    }
  cairo_stroke (cr);
}

/* Faint anatomical landmarks that help a person find their way: the groin creases, navel
 * and kneecaps in front; the spine, sacral dimples, buttock cleft and folds behind. */
static void
draw_landmarks (StrideBodyMap   *self,
                cairo_t         *cr,
                const Transform *t)
{
  static const StridePoint groin[] = { { 29, 28 }, { 38, 36 }, { 48, 43 } };
  static const StridePoint crest_front[] = { { 28, 15 }, { 34, 17 }, { 38, 22 } };
  static const StridePoint knee_front[] = { { 37, 84 }, { 40, 83 }, { 43, 84 } };
  static const StridePoint spine[] = { { 50, 0 }, { 50, 10 }, { 50, 19 } };
  static const StridePoint cleft[] = { { 50, 24 }, { 50, 33 }, { 50, 42 } };
  static const StridePoint fold[] = { { 30, 44 }, { 38, 47 }, { 47, 46 } };
  static const StridePoint crest_back[] = { { 28, 15 }, { 36, 12 }, { 44, 11 } };
  static const StridePoint knee_back[] = { { 36, 88 }, { 40, 89.5 }, { 45, 88 } };
  double x, y;

  cairo_set_line_width (cr, MAX (1.0, t->scale * 0.35));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (self->view == STRIDE_VIEW_FRONT)
    {
      stroke_curve (cr, t, groin, G_N_ELEMENTS (groin), TRUE);
      stroke_curve (cr, t, crest_front, G_N_ELEMENTS (crest_front), TRUE);
      stroke_curve (cr, t, knee_front, G_N_ELEMENTS (knee_front), TRUE);
      for (int side = 0; side < 2; side++)
        {
          user_point (t, (StridePoint) { side ? 60 : 40, 87 }, &x, &y);
          cairo_new_path (cr);
          cairo_arc (cr, x, y, 2.4 * t->scale, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      user_point (t, (StridePoint) { 50, 7 }, &x, &y);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, 0.7 * t->scale, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  else
    {
      stroke_curve (cr, t, spine, G_N_ELEMENTS (spine), FALSE);
      stroke_curve (cr, t, cleft, G_N_ELEMENTS (cleft), FALSE);
      stroke_curve (cr, t, fold, G_N_ELEMENTS (fold), TRUE);
      stroke_curve (cr, t, crest_back, G_N_ELEMENTS (crest_back), TRUE);
      stroke_curve (cr, t, knee_back, G_N_ELEMENTS (knee_back), TRUE);
      for (int side = 0; side < 2; side++)
        {
          user_point (t, (StridePoint) { side ? 55 : 45, 18 }, &x, &y);
          cairo_new_path (cr);
          cairo_arc (cr, x, y, 0.7 * t->scale, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
}

static void
region_path (StrideBodyMap   *self,
             cairo_t         *cr,
             const Transform *t,
             const Region    *region)
{
  cairo_new_path (cr);
  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);

      if (shape->view == self->view)
        smooth_path (cr, t, (StridePoint *) (gpointer) shape->points->data, shape->points->len, TRUE, TRUE);
    }
}

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;
  GdkRGBA warning;
  GdkRGBA error;
} Palette;

static void
lookup_colour (GtkStyleContext *context,
               const char      *name,
               const char      *fallback,
               GdkRGBA         *colour)
{
  if (!gtk_style_context_lookup_color (context, name, colour))
    gdk_rgba_parse (colour, fallback);
}

/* libadwaita's named colours, looked up at each draw so that dark mode and high contrast
 * follow (css_changed queues a draw). */
static Palette
get_palette (StrideBodyMap *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  Palette palette;

  gtk_style_context_get_color (context, &palette.fg);
  lookup_colour (context, "accent_color", "#1c71d8", &palette.accent);
  lookup_colour (context, "warning_color", "#9c6e03", &palette.warning);
  lookup_colour (context, "error_color", "#c01c28", &palette.error);
  return palette;
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *colour,
            double         alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

static const GdkRGBA *
mark_colour (const Palette *palette,
             const char    *mark)
{
  if (g_strcmp0 (mark, STRIDE_BODY_MAP_MARK_PAIN) == 0)
    return &palette->error;
  if (g_strcmp0 (mark, STRIDE_BODY_MAP_MARK_FINDING) == 0)
    return &palette->warning;
  return &palette->accent;
}

static void
draw_region (StrideBodyMap   *self,
             cairo_t         *cr,
             const Transform *t,
             const Palette   *palette,
             const Region    *region)
{
  const GdkRGBA *colour = &palette->accent;
  double fill = 0.10, stroke = 0.45;

  if (region->mark != NULL)
    colour = mark_colour (palette, region->mark), fill = 0.45, stroke = 0.9;
  else if (region->selected)
    colour = &palette->accent, fill = 0.50, stroke = 0.9;

  if (region == self->hover)
    {
      stroke = 0.9;
      fill = MIN (fill + 0.25, 0.75);
    }

  region_path (self, cr, t, region);
  set_source (cr, colour, fill);
  cairo_fill_preserve (cr);
  set_source (cr, colour, stroke);
  cairo_set_line_width (cr, MAX (1.0, t->scale * 0.3));
  cairo_stroke (cr);
}

static void
draw_focus_ring (StrideBodyMap   *self,
                 cairo_t         *cr,
                 const Transform *t,
                 const Palette   *palette)
{
  if (self->focus == NULL || !gtk_widget_has_visible_focus (GTK_WIDGET (self)) ||
      !region_in_view (self->focus, self->view))
    return;

  region_path (self, cr, t, self->focus);
  set_source (cr, &palette->accent, 1.0);
  cairo_set_line_width (cr, MAX (2.0, t->scale * 0.8));
  cairo_stroke (cr);
}

static void
stride_body_map_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GPtrArray) order = NULL;
  Transform t = get_transform (self);
  Palette palette = get_palette (self);
  cairo_t *cr;

  if (width <= 0 || height <= 0 || t.scale <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  silhouette_path (cr, &t);
  set_source (cr, &palette.fg, 0.08);
  cairo_fill_preserve (cr);
  set_source (cr, &palette.fg, 0.55);
  cairo_set_line_width (cr, MAX (1.5, t.scale * 0.45));
  cairo_stroke (cr);

  set_source (cr, &palette.fg, 0.25);
  draw_landmarks (self, cr, &t);

  order = regions_sorted (self, compare_area_cb);
  for (guint i = 0; i < order->len; i++)
    draw_region (self, cr, &t, &palette, g_ptr_array_index (order, i));

  draw_focus_ring (self, cr, &t, &palette);
  cairo_destroy (cr);
}

static void
stride_body_map_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* The box is about 3 : 5; a small map is still usable, a large one is pleasant. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = 120, *natural = 260;
  else
    *minimum = 200, *natural = 430;
}

static void
stride_body_map_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (stride_body_map_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

/* State changes */

static void
update_accessible_label (StrideBodyMap *self)
{
  const char *view = self->view == STRIDE_VIEW_FRONT ? _("Body map, front view") : _("Body map, back view");
  g_autofree char *label = NULL;

  if (self->focus != NULL)
    label = g_strdup_printf ("%s: %s", view, self->focus->name);
  else
    label = g_strdup (view);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
set_focus (StrideBodyMap *self,
           Region        *region)
{
  if (self->focus == region)
    return;

  self->focus = region;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_REGION]);
}

static void
set_hover (StrideBodyMap *self,
           Region        *region)
{
  if (self->hover == region)
    return;

  self->hover = region;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), region != NULL ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVER_REGION]);
}

static Region *
find_region (StrideBodyMap *self,
             const char    *id)
{
  return id != NULL ? g_hash_table_lookup (self->region_by_id, id) : NULL;
}

static gboolean
set_region_selected (StrideBodyMap *self,
                     Region        *region,
                     gboolean       selected)
{
  selected = !!selected;
  if (region->selected == selected)
    return FALSE;

  region->selected = selected;
  return TRUE;
}

static gboolean
clear_selection (StrideBodyMap *self,
                 Region        *except)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < self->regions->len; i++)
    {
      Region *region = g_ptr_array_index (self->regions, i);
      if (region != except)
        changed |= set_region_selected (self, region, FALSE);
    }

  return changed;
}

static void
selection_changed (StrideBodyMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Keyboard */

static GPtrArray *
focus_order (StrideBodyMap *self)
{
  return regions_sorted (self, compare_reading_order_cb);
}

static Region *
next_in_order (StrideBodyMap *self,
               int            step)
{
  g_autoptr(GPtrArray) order = focus_order (self);
  guint index;

  if (order->len == 0)
    return NULL;

  if (self->focus == NULL || !g_ptr_array_find (order, self->focus, &index))
    return g_ptr_array_index (order, step > 0 ? 0 : order->len - 1);

  if ((step > 0 && index + 1 >= order->len) || (step < 0 && index == 0))
    return NULL;

  return g_ptr_array_index (order, index + step);
}

/* The nearest region whose anchor lies in DIRECTION from the focused one; distance across
 * the direction counts double so that Right stays on roughly the same row. */
static Region *
nearest_in_direction (StrideBodyMap    *self,
                      GtkDirectionType  direction)
{
  g_autoptr(GPtrArray) order = focus_order (self);
  Region *best = NULL;
  double best_score = G_MAXDOUBLE;
  StridePoint from;

  if (self->focus == NULL || !region_in_view (self->focus, self->view))
    return order->len > 0 ? g_ptr_array_index (order, 0) : NULL;

  from = region_anchor (self->focus, self->view);
  for (guint i = 0; i < order->len; i++)
    {
      Region *region = g_ptr_array_index (order, i);
      StridePoint to = region_anchor (region, self->view);
      double along, across;

      if (region == self->focus)
        continue;

      switch (direction)
        {
        case GTK_DIR_LEFT:  along = from.x - to.x; across = fabs (to.y - from.y); break;
        case GTK_DIR_RIGHT: along = to.x - from.x; across = fabs (to.y - from.y); break;
        case GTK_DIR_UP:    along = from.y - to.y; across = fabs (to.x - from.x); break;
        case GTK_DIR_DOWN:  along = to.y - from.y; across = fabs (to.x - from.x); break;
        case GTK_DIR_TAB_FORWARD:
        case GTK_DIR_TAB_BACKWARD:
        default:
          g_assert_not_reached ();
        }

      if (along <= 0.5)
        continue;
      if (along + 2 * across < best_score)
        best = region, best_score = along + 2 * across;
    }

  return best != NULL ? best : self->focus;
}

static gboolean
stride_body_map_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);
  Region *target;

  if (!gtk_widget_get_focusable (widget))
    return FALSE;

  if (!gtk_widget_has_focus (widget))
    {
      g_autoptr(GPtrArray) order = focus_order (self);

      if (order->len == 0)
        return FALSE;
      set_focus (self, g_ptr_array_index (order, direction == GTK_DIR_TAB_BACKWARD ? order->len - 1 : 0));
      gtk_widget_grab_focus (widget);
      return TRUE;
    }

  /* The map is one stop in the Tab order, as a composite control is: the arrow keys move
   * between its regions, and Tab goes on to the next control instead of visiting every
   * region first (each is also in the list beside the map). */
  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    return FALSE;

  target = nearest_in_direction (self, direction);

  if (target == NULL)
    return FALSE;

  set_focus (self, target);
  return TRUE;
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);
  Region *target = nearest_in_direction (self, g_variant_get_int32 (parameter));

  if (target != NULL)
    set_focus (self, target);
}

static void
activate_focus_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);

  if (self->focus == NULL || !region_in_view (self->focus, self->view))
    set_focus (self, next_in_order (self, 1));

  if (self->focus != NULL)
    stride_body_map_activate_region (self, self->focus->id);
}

/* Pointer */

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           StrideBodyMap            *self)
{
  set_hover (self, region_at (self, x, y));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          StrideBodyMap            *self)
{
  set_hover (self, NULL);
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             StrideBodyMap   *self)
{
  Region *region = region_at (self, x, y);

  if (region == NULL)
    return;

  set_focus (self, region);
  stride_body_map_activate_region (self, region->id);
}

static void
focus_changed_cb (StrideBodyMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
stride_body_map_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);
  Region *region = keyboard_mode ? self->focus : region_at (self, x, y);

  /* The pointer may have entered before the map had a size: catch up with it here. */
  if (!keyboard_mode)
    set_hover (self, region);

  if (region == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, region->name);
  return TRUE;
}

/* GObject */

static void
stride_body_map_finalize (GObject *object)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (object);

  self->focus = NULL;
  self->hover = NULL;
  g_clear_pointer (&self->region_by_id, g_hash_table_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_body_map_parent_class)->finalize (object);
}

static void
stride_body_map_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;
    case PROP_SELECTION_MODE:
      g_value_set_enum (value, self->selection_mode);
      break;
    case PROP_SELECTED:
      g_value_take_boxed (value, stride_body_map_dup_selected (self));
      break;
    case PROP_FOCUS_REGION:
      g_value_set_string (value, stride_body_map_get_focus_region (self));
      break;
    case PROP_HOVER_REGION:
      g_value_set_string (value, stride_body_map_get_hover_region (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_body_map_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      stride_body_map_set_view (self, g_value_get_enum (value));
      break;
    case PROP_SELECTION_MODE:
      stride_body_map_set_selection_mode (self, g_value_get_enum (value));
      break;
    case PROP_SELECTED:
      stride_body_map_set_selected (self, g_value_get_boxed (value));
      break;
    case PROP_FOCUS_REGION:
      stride_body_map_set_focus_region (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass   *widget_class,
                  guint             key,
                  guint             keypad_key,
                  GtkDirectionType  direction)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, "body-map.move-focus", "i", direction);
  gtk_widget_class_add_binding_action (widget_class, keypad_key, 0, "body-map.move-focus", "i", direction);
}

static void
stride_body_map_class_init (StrideBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = stride_body_map_finalize;
  object_class->get_property = stride_body_map_get_property;
  object_class->set_property = stride_body_map_set_property;

  widget_class->snapshot = stride_body_map_snapshot;
  widget_class->measure = stride_body_map_measure;
  widget_class->css_changed = stride_body_map_css_changed;
  widget_class->focus = stride_body_map_focus;
  widget_class->query_tooltip = stride_body_map_query_tooltip;

  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, STRIDE_TYPE_BODY_MAP_VIEW, STRIDE_VIEW_FRONT,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTION_MODE] =
    g_param_spec_enum ("selection-mode", NULL, NULL, STRIDE_TYPE_BODY_MAP_SELECTION_MODE,
                       STRIDE_BODY_MAP_SELECTION_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED] =
    g_param_spec_boxed ("selected", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FOCUS_REGION] =
    g_param_spec_string ("focus-region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HOVER_REGION] =
    g_param_spec_string ("hover-region", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REGION_ACTIVATED] =
    g_signal_new ("region-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* For the region list: the regions were added, replaced or removed. */
  signals[REGIONS_CHANGED] =
    g_signal_new ("regions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "body-map.move-focus", "i", move_focus_action);
  gtk_widget_class_install_action (widget_class, "body-map.activate-focus", NULL, activate_focus_action);

  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GTK_DIR_LEFT);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GTK_DIR_RIGHT);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, GTK_DIR_UP);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, GTK_DIR_DOWN);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "body-map.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "body-map.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "body-map.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "body-map.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "body-map.activate-focus", NULL);

  gtk_widget_class_set_css_name (widget_class, "stridebodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stride_body_map_init (StrideBodyMap *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->regions = g_ptr_array_new_with_free_func (region_free);
  self->region_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->view = STRIDE_VIEW_FRONT;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  update_accessible_label (self);
}

/* Public API */

GtkWidget *
stride_body_map_new (void)
{
  return g_object_new (STRIDE_TYPE_BODY_MAP, NULL);
}

StrideView
stride_body_map_get_view (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), STRIDE_VIEW_FRONT);

  return self->view;
}

void
stride_body_map_set_view (StrideBodyMap *self,
                          StrideView     view)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (view == STRIDE_VIEW_FRONT || view == STRIDE_VIEW_BACK);

  if (self->view == view)
    return;

  self->view = view;
  set_hover (self, NULL);
  if (self->focus != NULL && !region_in_view (self->focus, view))
    set_focus (self, gtk_widget_has_focus (GTK_WIDGET (self)) ? next_in_order (self, 1) : NULL);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

StrideBodyMapSelectionMode
stride_body_map_get_selection_mode (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), STRIDE_BODY_MAP_SELECTION_NONE);

  return self->selection_mode;
}

void
stride_body_map_set_selection_mode (StrideBodyMap              *self,
                                    StrideBodyMapSelectionMode  mode)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (mode <= STRIDE_BODY_MAP_SELECTION_MULTIPLE);

  if (self->selection_mode == mode)
    return;

  self->selection_mode = mode;
  if (clear_selection (self, NULL))
    selection_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_MODE]);
  g_signal_emit (self, signals[REGIONS_CHANGED], 0);
}

void
stride_body_map_add_region (StrideBodyMap *self,
                            const char    *id,
                            const char    *name,
                            GPtrArray     *shapes)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (name != NULL);

  region = find_region (self, id);
  if (region == NULL)
    {
      region = g_new0 (Region, 1);
      region->id = g_strdup (id);
      g_ptr_array_add (self->regions, region);
      g_hash_table_insert (self->region_by_id, region->id, region);
    }

  g_free (region->name);
  region->name = g_strdup (name);
  g_clear_pointer (&region->shapes, g_array_unref);
  region->shapes = copy_shapes (shapes);

  if (region == self->focus)
    update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[REGIONS_CHANGED], 0);
}

void
stride_body_map_remove_all_regions (StrideBodyMap *self)
{
  gboolean had_selection;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  if (self->regions->len == 0)
    return;

  had_selection = clear_selection (self, NULL);
  set_focus (self, NULL);
  set_hover (self, NULL);
  g_hash_table_remove_all (self->region_by_id);
  g_ptr_array_set_size (self->regions, 0);

  if (had_selection)
    selection_changed (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[REGIONS_CHANGED], 0);
}

gboolean
stride_body_map_has_region (StrideBodyMap *self,
                            const char    *id)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  return find_region (self, id) != NULL;
}

gboolean
stride_body_map_region_in_view (StrideBodyMap *self,
                                const char    *id,
                                StrideView     view)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  region = find_region (self, id);
  return region != NULL && region_in_view (region, view);
}

const char *
stride_body_map_get_region_name (StrideBodyMap *self,
                                 const char    *id)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  region = find_region (self, id);
  return region != NULL ? region->name : NULL;
}

GStrv
stride_body_map_dup_region_ids (StrideBodyMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  for (guint i = 0; i < self->regions->len; i++)
    g_strv_builder_add (builder, ((Region *) g_ptr_array_index (self->regions, i))->id);

  return g_strv_builder_end (builder);
}

GStrv
stride_body_map_dup_selected (StrideBodyMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  for (guint i = 0; self->regions != NULL && i < self->regions->len; i++)
    {
      Region *region = g_ptr_array_index (self->regions, i);
      if (region->selected)
        g_strv_builder_add (builder, region->id);
    }

  return g_strv_builder_end (builder);
}

void
stride_body_map_set_selected (StrideBodyMap      *self,
                              const char * const *ids)
{
  Region *single = NULL;
  gboolean changed = FALSE;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  /* A single selection keeps the first region it is given. */
  for (guint i = 0; self->selection_mode == STRIDE_BODY_MAP_SELECTION_SINGLE &&
                    ids != NULL && ids[i] != NULL && single == NULL; i++)
    single = find_region (self, ids[i]);

  for (guint i = 0; i < self->regions->len; i++)
    {
      Region *region = g_ptr_array_index (self->regions, i);
      gboolean wanted;

      if (self->selection_mode == STRIDE_BODY_MAP_SELECTION_SINGLE)
        wanted = region == single;
      else
        wanted = self->selection_mode == STRIDE_BODY_MAP_SELECTION_MULTIPLE &&
                 ids != NULL && g_strv_contains (ids, region->id);
      changed |= set_region_selected (self, region, wanted);
    }

  if (changed)
    selection_changed (self);
}

gboolean
stride_body_map_is_selected (StrideBodyMap *self,
                             const char    *id)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  region = find_region (self, id);
  return region != NULL && region->selected;
}

void
stride_body_map_select_region (StrideBodyMap *self,
                               const char    *id,
                               gboolean       selected)
{
  Region *region;
  gboolean changed = FALSE;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (id != NULL);

  region = find_region (self, id);
  if (region == NULL || self->selection_mode == STRIDE_BODY_MAP_SELECTION_NONE)
    return;

  if (selected && self->selection_mode == STRIDE_BODY_MAP_SELECTION_SINGLE)
    changed |= clear_selection (self, region);
  changed |= set_region_selected (self, region, selected);

  if (changed)
    selection_changed (self);
}

void
stride_body_map_set_mark (StrideBodyMap *self,
                          const char    *id,
                          const char    *kind)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (id != NULL);

  region = find_region (self, id);
  if (region == NULL || g_strcmp0 (region->mark, kind) == 0)
    return;

  g_free (region->mark);
  region->mark = g_strdup (kind);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
stride_body_map_get_mark (StrideBodyMap *self,
                          const char    *id)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  region = find_region (self, id);
  return region != NULL ? region->mark : NULL;
}

void
stride_body_map_clear_marks (StrideBodyMap *self)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  for (guint i = 0; i < self->regions->len; i++)
    g_clear_pointer (&((Region *) g_ptr_array_index (self->regions, i))->mark, g_free);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stride_body_map_activate_region (StrideBodyMap *self,
                                 const char    *id)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (id != NULL);

  region = find_region (self, id);
  if (region == NULL)
    return;

  if (!region_in_view (region, self->view) && region->shapes->len > 0)
    stride_body_map_set_view (self, g_array_index (region->shapes, MapShape, 0).view);

  if (self->selection_mode != STRIDE_BODY_MAP_SELECTION_NONE)
    stride_body_map_select_region (self, id, !region->selected);

  /* The id is copied: a handler may replace the regions. */
  {
    g_autofree char *copy = g_strdup (id);
    g_signal_emit (self, signals[REGION_ACTIVATED], 0, copy);
  }
}

const char *
stride_body_map_get_focus_region (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  return self->focus != NULL ? self->focus->id : NULL;
}

void
stride_body_map_set_focus_region (StrideBodyMap *self,
                                  const char    *id)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  set_focus (self, find_region (self, id));
}

const char *
stride_body_map_get_hover_region (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  return self->hover != NULL ? self->hover->id : NULL;
}

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
  Region *region = find_region (map, g_object_get_data (G_OBJECT (row), ROW_ID_KEY));

  if (region != NULL && region_in_view (region, map->view))
    set_hover (map, region);
}

static void
row_leave_cb (GtkEventControllerMotion *controller,
              GtkListBox               *list)
{
  set_hover (list_get_map (list), NULL);
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
