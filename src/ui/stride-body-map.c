/* stride-body-map.c — a drawn map of the pelvis and thighs with named regions
 *
 * Everything is drawn with cairo in the 100 × 100 box of docs/content-schema.md, scaled
 * to fit the widget: first the atlas (skin, bones, landmarks: stride-body-atlas.c), then
 * the regions of the current view and layer. Shapes are polygons in the content; they are
 * drawn, and hit-tested, as smooth closed curves through their points (muscles have no
 * corners). A muscle is drawn as a muscle: its belly filled, and fibre lines inside it from
 * its origin to its insertion, so that a fan (gluteus medius) reads differently from a
 * strap (sartorius) or a sheet running down and out (gluteus maximus).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "stride-body-atlas.h"
#include "stride-body-map.h"

/* The part of the 100 × 100 box that the silhouette occupies, with a margin. */
#define BOX_X0 18.0
#define BOX_Y0 -3.0
#define BOX_W  64.0
#define BOX_H  106.0

/* Pixels per box unit from which landmarks are labelled (a map about 400 px tall). */
#define LABEL_MIN_SCALE 3.7

typedef struct
{
  StrideView   view;
  StrideLayer  layer;
  GArray      *points;            /* StridePoint */
  guint        n_fibres;          /* 0 or 4: origin edge, then insertion edge */
  StridePoint  fibres[4];
} MapShape;

typedef struct
{
  char     *id;
  char     *name;
  char     *kind;                 /* muscle, joint, … (StrideStructure kinds) or NULL: an area */
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
  GPtrArray                  *backdrop;       /* Region: anatomy drawn under areas */

  /* State */
  StrideView                  view;
  StrideLayer                 layer;
  StrideBodyMapSelectionMode  selection_mode;
  Region                     *focus;          /* borrowed, may be NULL */
  Region                     *hover;          /* borrowed, may be NULL */
};

G_DEFINE_FINAL_TYPE (StrideBodyMap, stride_body_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_LAYER,
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

static void    set_focus     (StrideBodyMap *self,
                              Region        *region);
static void    set_hover     (StrideBodyMap *self,
                              Region        *region);
static Region *next_in_order (StrideBodyMap *self,
                              int            step);

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
        { STRIDE_VIEW_SIDE, "STRIDE_VIEW_SIDE", "side" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("StrideBodyMapView"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
stride_body_map_layer_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { STRIDE_LAYER_SUPERFICIAL, "STRIDE_LAYER_SUPERFICIAL", "superficial" },
        { STRIDE_LAYER_DEEP, "STRIDE_LAYER_DEEP", "deep" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("StrideBodyMapLayer"), values);
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
      /* The side view shows one side of the body: nothing to mirror. */
      if (shape->mirror && shape->view != STRIDE_VIEW_SIDE)
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

/* Whether REGION is drawn, and can be focused and clicked, in the map's view and layer. */
static gboolean
region_shown (const Region *region,
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
static StridePoint
region_anchor (const Region *region,
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
static void
trace_region (cairo_t      *cr,
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
static gboolean
region_contains (const Region *region,
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
  trace_region (scratch, region, view, layer);
  return cairo_in_fill (scratch, x, y);
}

/* Drawing order is largest first, so that a small region over a large one stays visible
 * and clickable. */
static int
compare_area_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  StrideBodyMap *self = user_data;
  double area_a = region_area (*(Region **) a, self->view, self->layer);
  double area_b = region_area (*(Region **) b, self->view, self->layer);

  return (area_a < area_b) - (area_a > area_b);
}

static int
compare_reading_order_cb (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  StrideBodyMap *self = user_data;
  StridePoint pa = region_anchor (*(Region **) a, self->view, self->layer);
  StridePoint pb = region_anchor (*(Region **) b, self->view, self->layer);

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
      if (region_shown (region, self->view, self->layer))
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
      if (region_contains (region, self->view, self->layer, x, y))
        return region;
    }

  return NULL;
}

/* The landmark whose marker is under the widget point (X, Y), if any: on small maps the
 * labels are hidden and the tooltip names it. */
static const char *
landmark_at (StrideBodyMap *self,
             double         x,
             double         y)
{
  Transform t = get_transform (self);
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  double reach = MAX (6.0, t.scale * 1.2);

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);

      if (hypot (t.dx + landmark->point.x * t.scale - x, t.dy + landmark->point.y * t.scale - y) <= reach)
        return landmark->id;
    }

  return NULL;
}

/* Drawing */

typedef struct
{
  GdkRGBA fg;
  GdkRGBA bg;
  GdkRGBA accent;
  GdkRGBA warning;
  GdkRGBA error;
  GdkRGBA skin;
  GdkRGBA bone;
  GdkRGBA bone_line;
  GdkRGBA muscle;
  GdkRGBA fibre;
  GdkRGBA tendon;
  GdkRGBA joint;
  GdkRGBA nerve;
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
 * follow (css_changed queues a draw). The anatomy keeps the colours of an anatomy atlas
 * (red muscle, ivory bone, pale tendon, blue joint, yellow nerve), darker in dark mode so
 * that they do not glare. */
static Palette
get_palette (StrideBodyMap *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  Palette palette;
  gboolean dark;

  gtk_style_context_get_color (context, &palette.fg);
  lookup_colour (context, "view_bg_color", "#ffffff", &palette.bg);
  lookup_colour (context, "accent_color", "#1c71d8", &palette.accent);
  lookup_colour (context, "warning_color", "#9c6e03", &palette.warning);
  lookup_colour (context, "error_color", "#c01c28", &palette.error);

  dark = palette.fg.red + palette.fg.green + palette.fg.blue > 1.5;
  gdk_rgba_parse (&palette.skin, dark ? "#4b3f3a" : "#f4e4da");
  gdk_rgba_parse (&palette.bone, dark ? "#8c8470" : "#efe7d2");
  gdk_rgba_parse (&palette.bone_line, dark ? "#d4c9a8" : "#8f7f5c");
  gdk_rgba_parse (&palette.muscle, dark ? "#a9483d" : "#c85a4c");
  gdk_rgba_parse (&palette.fibre, dark ? "#3f100c" : "#7a261e");
  gdk_rgba_parse (&palette.tendon, dark ? "#a59c88" : "#e4dccb");
  gdk_rgba_parse (&palette.joint, dark ? "#5a82a3" : "#94b8d4");
  gdk_rgba_parse (&palette.nerve, dark ? "#c4a02a" : "#e8c43a");
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

/* Paths are traced in box coordinates under this transform, then stroked without it, so
 * that line widths stay in pixels. */
static void
push_box (cairo_t         *cr,
          const Transform *t)
{
  cairo_save (cr);
  cairo_translate (cr, t->dx, t->dy);
  cairo_scale (cr, t->scale, t->scale);
}

static void
draw_silhouette (StrideBodyMap   *self,
                 cairo_t         *cr,
                 const Transform *t,
                 const Palette   *palette)
{
  cairo_new_path (cr);
  push_box (cr, t);
  stride_body_atlas_trace_silhouette (cr, self->view);
  cairo_restore (cr);
  set_source (cr, &palette->skin, 1.0);
  cairo_fill_preserve (cr);
  set_source (cr, &palette->fg, 0.55);
  cairo_set_line_width (cr, MAX (1.5, t->scale * 0.4));
  cairo_stroke (cr);
}

static void
draw_bones (StrideBodyMap   *self,
            cairo_t         *cr,
            const Transform *t,
            const Palette   *palette)
{
  GPtrArray *bones = stride_body_atlas_get_bones (self->view);

  cairo_set_line_width (cr, MAX (1.0, t->scale * 0.22));
  for (guint i = 0; i < bones->len; i++)
    {
      const StrideAtlasBone *bone = g_ptr_array_index (bones, i);

      cairo_new_path (cr);
      push_box (cr, t);
      stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) bone->points->data, bone->points->len, TRUE, TRUE);
      cairo_restore (cr);
      set_source (cr, &palette->bone, bone->faint ? 0.55 : 1.0);
      cairo_fill_preserve (cr);
      set_source (cr, &palette->bone_line, bone->faint ? 0.45 : 0.9);
      cairo_stroke (cr);

      for (guint h = 0; h < bone->holes->len; h++)
        {
          GArray *hole = g_ptr_array_index (bone->holes, h);

          cairo_new_path (cr);
          push_box (cr, t);
          stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) hole->data, hole->len, TRUE, TRUE);
          cairo_restore (cr);
          set_source (cr, &palette->skin, 1.0);
          cairo_fill_preserve (cr);
          set_source (cr, &palette->bone_line, 0.7);
          cairo_stroke (cr);
        }
    }
}

/* SHAPE's outline as the current path, in widget coordinates. */
static void
fill_shape (cairo_t         *cr,
            const Transform *t,
            const MapShape  *shape)
{
  cairo_new_path (cr);
  push_box (cr, t);
  stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) shape->points->data, shape->points->len, TRUE, TRUE);
  cairo_restore (cr);
}

static StridePoint
lerp (StridePoint a,
      StridePoint b,
      double      f)
{
  return (StridePoint) { a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f };
}

/* Fibre lines from the origin edge to the insertion edge, clipped to the belly. They are
 * drawn a little beyond both edges so that the clip, not the edges, ends them. */
static void
draw_fibres (cairo_t         *cr,
             const Transform *t,
             const MapShape  *shape,
             const GdkRGBA   *colour,
             double           alpha)
{
  double origin = hypot (shape->fibres[1].x - shape->fibres[0].x, shape->fibres[1].y - shape->fibres[0].y);
  double insertion = hypot (shape->fibres[3].x - shape->fibres[2].x, shape->fibres[3].y - shape->fibres[2].y);
  guint n = MAX (4, (guint) ceil (MAX (origin, insertion) / 1.3));

  cairo_save (cr);
  fill_shape (cr, t, shape);
  cairo_clip (cr);
  push_box (cr, t);
  for (guint i = 0; i <= n; i++)
    {
      StridePoint from = lerp (shape->fibres[0], shape->fibres[1], (double) i / n);
      StridePoint to = lerp (shape->fibres[2], shape->fibres[3], (double) i / n);
      StridePoint start = lerp (from, to, -0.35);
      StridePoint end = lerp (from, to, 1.35);

      cairo_move_to (cr, start.x, start.y);
      cairo_line_to (cr, end.x, end.y);
    }
  cairo_restore (cr);
  set_source (cr, colour, alpha);
  cairo_set_line_width (cr, MAX (0.6, t->scale * 0.14));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* How a region looks, by what it is: areas (places on the body, no kind) are tinted zones
 * over the anatomy; structures look like their tissue. */
static void
tissue_colours (const Palette  *palette,
                const char     *kind,
                const GdkRGBA **fill,
                const GdkRGBA **line)
{
  *line = &palette->fibre;
  if (g_strcmp0 (kind, "muscle") == 0)
    *fill = &palette->muscle;
  else if (g_strcmp0 (kind, "tendon") == 0 || g_strcmp0 (kind, "fascia") == 0)
    *fill = &palette->tendon, *line = &palette->bone_line;
  else if (g_strcmp0 (kind, "joint") == 0)
    *fill = &palette->joint, *line = &palette->fg;
  else if (g_strcmp0 (kind, "nerve") == 0)
    *fill = &palette->nerve, *line = &palette->fg;
  else if (g_strcmp0 (kind, "bone") == 0)
    *fill = &palette->bone, *line = &palette->bone_line;
  else
    *fill = &palette->accent, *line = &palette->accent;
}

/* A structure as tissue: ALPHA below 1 mutes it (the anatomy under a pain map). */
static void
draw_tissue (cairo_t         *cr,
             const Transform *t,
             const Palette   *palette,
             const Region    *region,
             StrideView       view,
             StrideLayer      layer,
             double           alpha)
{
  const GdkRGBA *fill, *line;

  for (guint i = 0; i < region->shapes->len; i++)
    {
      const MapShape *shape = &g_array_index (region->shapes, MapShape, i);

      if (shape->view != view || shape->layer != layer)
        continue;

      /* A muscle's shape without fibres is its tendinous part (the IT band, the inguinal
       * ligament): drawn as tendon, so that a band does not read as another muscle. */
      if (g_strcmp0 (region->kind, "muscle") == 0 && shape->n_fibres == 0)
        tissue_colours (palette, "tendon", &fill, &line);
      else
        tissue_colours (palette, region->kind, &fill, &line);

      fill_shape (cr, t, shape);
      set_source (cr, fill, 0.92 * alpha);
      cairo_fill_preserve (cr);
      set_source (cr, line, 0.75 * alpha);
      cairo_set_line_width (cr, MAX (1.0, t->scale * 0.2));
      cairo_stroke (cr);
      if (shape->n_fibres == 4)
        draw_fibres (cr, t, shape, line, 0.5 * alpha);
    }
}

/* Shapes of the layer above, peeled away: their outlines stay, dashed, for orientation. */
static void
draw_peeled (StrideBodyMap   *self,
             cairo_t         *cr,
             const Transform *t,
             const Palette   *palette,
             GPtrArray       *regions)
{
  double dash = MAX (2.0, t->scale * 0.8);

  if (self->layer != STRIDE_LAYER_DEEP)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, &dash, 1, 0);
  cairo_set_line_width (cr, MAX (1.0, t->scale * 0.15));
  set_source (cr, &palette->fg, 0.35);
  for (guint r = 0; r < regions->len; r++)
    {
      const Region *region = g_ptr_array_index (regions, r);

      if (region->kind == NULL)
        continue;
      for (guint i = 0; i < region->shapes->len; i++)
        {
          const MapShape *shape = &g_array_index (region->shapes, MapShape, i);

          if (shape->view == self->view && shape->layer == STRIDE_LAYER_SUPERFICIAL)
            {
              fill_shape (cr, t, shape);
              cairo_stroke (cr);
            }
        }
    }
  cairo_restore (cr);
}

static void
draw_region (StrideBodyMap   *self,
             cairo_t         *cr,
             const Transform *t,
             const Palette   *palette,
             const Region    *region)
{
  const GdkRGBA *colour = &palette->accent;
  double fill = 0.0, stroke = 0.0;

  if (region->kind != NULL)
    draw_tissue (cr, t, palette, region, self->view, self->layer, 1.0);
  else
    fill = 0.14, stroke = 0.6;

  if (region->mark != NULL)
    colour = mark_colour (palette, region->mark), fill = 0.5, stroke = 0.95;
  else if (region->selected)
    colour = &palette->accent, fill = 0.5, stroke = 0.95;

  if (region == self->hover)
    {
      stroke = 0.95;
      fill = MIN (fill + 0.25, 0.75);
    }

  if (fill == 0 && stroke == 0)
    return;

  cairo_new_path (cr);
  push_box (cr, t);
  trace_region (cr, region, self->view, self->layer);
  cairo_restore (cr);
  set_source (cr, colour, fill);
  cairo_fill_preserve (cr);
  set_source (cr, colour, stroke);
  cairo_set_line_width (cr, MAX (1.5, t->scale * 0.35));
  cairo_stroke (cr);
}

/* A marked region that lies only in the other layer shows through, dashed, in its mark's
 * colour: a finding on piriformis is not hidden because the map shows the surface. */
static void
draw_marked_beneath (StrideBodyMap   *self,
                     cairo_t         *cr,
                     const Transform *t,
                     const Palette   *palette,
                     const Region    *region)
{
  StrideLayer other = self->layer == STRIDE_LAYER_DEEP ? STRIDE_LAYER_SUPERFICIAL : STRIDE_LAYER_DEEP;
  double dash = MAX (2.0, t->scale * 0.8);

  if (region->mark == NULL || region_shown (region, self->view, self->layer) ||
      !region_shown (region, self->view, other))
    return;

  cairo_new_path (cr);
  push_box (cr, t);
  trace_region (cr, region, self->view, other);
  cairo_restore (cr);
  set_source (cr, mark_colour (palette, region->mark), 0.35);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_set_dash (cr, &dash, 1, 0);
  set_source (cr, mark_colour (palette, region->mark), 0.95);
  cairo_set_line_width (cr, MAX (1.5, t->scale * 0.35));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Landmark labels */

#define LABEL_PAD 3.0             /* pixels of plate around a label's text */
#define LABEL_GAP 4.0             /* pixels between a marker and its label */

typedef struct
{
  const StrideAtlasLandmark *landmark;
  graphene_rect_t            plate;   /* widget coordinates, the plate behind the text */
} LandmarkLabel;

static double
marker_radius (const Transform *t)
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

      if (region->kind == NULL && region_shown (region, self->view, self->layer))
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
  g_autoptr(GPtrArray) shown = regions_sorted (self, compare_area_cb);

  for (double y = plate->origin.y; y <= plate->origin.y + plate->size.height; y += 2)
    for (double x = plate->origin.x; x <= plate->origin.x + plate->size.width; x += 2)
      for (guint i = 0; i < shown->len; i++)
        if (region_contains (g_ptr_array_index (shown, i), self->view, self->layer,
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
  double radius = marker_radius (t);

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
static GArray *
layout_labels (StrideBodyMap   *self,
               const Transform *t)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (LandmarkLabel));
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  gboolean places = map_of_places (self);
  double offset = marker_radius (t) + LABEL_GAP;

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
static void
draw_landmarks (StrideBodyMap   *self,
                cairo_t         *cr,
                const Transform *t,
                const Palette   *palette)
{
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  g_autoptr(GArray) labels = layout_labels (self, t);
  double radius = marker_radius (t);

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);

      cairo_new_path (cr);
      cairo_arc (cr, t->dx + landmark->point.x * t->scale, t->dy + landmark->point.y * t->scale, radius, 0, 2 * G_PI);
      set_source (cr, &palette->bone, 1.0);
      cairo_fill_preserve (cr);
      set_source (cr, &palette->fg, 0.85);
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
      set_source (cr, &palette->bg, 0.85);
      cairo_fill (cr);
      cairo_move_to (cr, label->plate.origin.x + LABEL_PAD, label->plate.origin.y);
      set_source (cr, &palette->fg, 1.0);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
draw_focus_ring (StrideBodyMap   *self,
                 cairo_t         *cr,
                 const Transform *t,
                 const Palette   *palette)
{
  if (self->focus == NULL || !gtk_widget_has_visible_focus (GTK_WIDGET (self)) ||
      !region_shown (self->focus, self->view, self->layer))
    return;

  cairo_new_path (cr);
  push_box (cr, t);
  trace_region (cr, self->focus, self->view, self->layer);
  cairo_restore (cr);
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
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  draw_silhouette (self, cr, &t, &palette);
  draw_bones (self, cr, &t, &palette);

  /* The anatomy under a map of areas, muted so that the areas stand out. */
  for (guint i = 0; i < self->backdrop->len; i++)
    draw_tissue (cr, &t, &palette, g_ptr_array_index (self->backdrop, i), self->view, self->layer, 0.5);
  draw_peeled (self, cr, &t, &palette, self->backdrop);
  draw_peeled (self, cr, &t, &palette, self->regions);

  order = regions_sorted (self, compare_area_cb);
  for (guint i = 0; i < order->len; i++)
    draw_region (self, cr, &t, &palette, g_ptr_array_index (order, i));
  for (guint i = 0; i < self->regions->len; i++)
    draw_marked_beneath (self, cr, &t, &palette, g_ptr_array_index (self->regions, i));

  draw_landmarks (self, cr, &t, &palette);
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

static const char *
view_title (StrideBodyMap *self)
{
  gboolean deep = self->layer == STRIDE_LAYER_DEEP;

  switch (self->view)
    {
    case STRIDE_VIEW_BACK:
      return deep ? _("Body map, back view, deep layer") : _("Body map, back view, surface layer");
    case STRIDE_VIEW_SIDE:
      return deep ? _("Body map, side view, deep layer") : _("Body map, side view, surface layer");
    case STRIDE_VIEW_FRONT:
    default:
      return deep ? _("Body map, front view, deep layer") : _("Body map, front view, surface layer");
    }
}

/* The landmarks drawn in the current view, named once each, for the description. */
static char *
landmark_list (StrideBodyMap *self)
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

static void
update_accessible_label (StrideBodyMap *self)
{
  const char *view = view_title (self);
  g_autofree char *label = NULL;
  g_autofree char *landmarks = landmark_list (self);
  /* Translators: the bony landmarks drawn on the body map, e.g. "Landmarks: Iliac crest, Sacrum" */
  g_autofree char *description = g_strdup_printf (_("Landmarks: %s"), landmarks);

  if (self->focus != NULL)
    label = g_strdup_printf ("%s: %s", view, self->focus->name);
  else
    label = g_strdup (view);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
view_or_layer_changed (StrideBodyMap *self)
{
  set_hover (self, NULL);
  if (self->focus != NULL && !region_shown (self->focus, self->view, self->layer))
    set_focus (self, gtk_widget_has_focus (GTK_WIDGET (self)) ? next_in_order (self, 1) : NULL);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

  if (self->focus == NULL || !region_shown (self->focus, self->view, self->layer))
    return order->len > 0 ? g_ptr_array_index (order, 0) : NULL;

  from = region_anchor (self->focus, self->view, self->layer);
  for (guint i = 0; i < order->len; i++)
    {
      Region *region = g_ptr_array_index (order, i);
      StridePoint to = region_anchor (region, self->view, self->layer);
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

  if (self->focus == NULL || !region_shown (self->focus, self->view, self->layer))
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
  const char *landmark = keyboard_mode ? NULL : landmark_at (self, x, y);

  /* The pointer may have entered before the map had a size: catch up with it here. */
  if (!keyboard_mode)
    set_hover (self, region);

  if (landmark != NULL && region != NULL)
    {
      /* Translators: a muscle under the pointer, then the bony landmark on it, e.g.
       * "Gluteus medius · Greater trochanter" */
      g_autofree char *text = g_strdup_printf (_("%s · %s"), region->name, stride_body_atlas_landmark_name (landmark));
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  if (landmark != NULL)
    {
      gtk_tooltip_set_text (tooltip, stride_body_atlas_landmark_name (landmark));
      return TRUE;
    }
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
  g_clear_pointer (&self->backdrop, g_ptr_array_unref);

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
    case PROP_LAYER:
      g_value_set_enum (value, self->layer);
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
    case PROP_LAYER:
      stride_body_map_set_layer (self, g_value_get_enum (value));
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
  properties[PROP_LAYER] =
    g_param_spec_enum ("layer", NULL, NULL, STRIDE_TYPE_BODY_MAP_LAYER, STRIDE_LAYER_SUPERFICIAL,
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
  self->backdrop = g_ptr_array_new_with_free_func (region_free);
  self->view = STRIDE_VIEW_FRONT;
  self->layer = STRIDE_LAYER_SUPERFICIAL;

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
  g_return_if_fail (view == STRIDE_VIEW_FRONT || view == STRIDE_VIEW_BACK || view == STRIDE_VIEW_SIDE);

  if (self->view == view)
    return;

  self->view = view;
  view_or_layer_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

StrideLayer
stride_body_map_get_layer (StrideBodyMap *self)
{
  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), STRIDE_LAYER_SUPERFICIAL);

  return self->layer;
}

void
stride_body_map_set_layer (StrideBodyMap *self,
                           StrideLayer    layer)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));
  g_return_if_fail (layer == STRIDE_LAYER_SUPERFICIAL || layer == STRIDE_LAYER_DEEP);

  if (self->layer == layer)
    return;

  self->layer = layer;
  view_or_layer_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYER]);
}

/* Shows a view and layer that hold REGION, if the current ones do not: the view and
 * layer of its first shape. */
static void
show_region (StrideBodyMap *self,
             Region        *region)
{
  const MapShape *first;

  if (region_shown (region, self->view, self->layer) || region->shapes->len == 0)
    return;

  first = &g_array_index (region->shapes, MapShape, 0);
  if (region_shown (region, self->view, first->layer))
    stride_body_map_set_layer (self, first->layer);
  else if (region_shown (region, first->view, self->layer))
    stride_body_map_set_view (self, first->view);
  else
    {
      stride_body_map_set_layer (self, first->layer);
      stride_body_map_set_view (self, first->view);
    }
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

void
stride_body_map_set_region_kind (StrideBodyMap *self,
                                 const char    *id,
                                 const char    *kind)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  region = find_region (self, id);
  if (region == NULL || g_strcmp0 (region->kind, kind) == 0)
    return;

  g_free (region->kind);
  region->kind = g_strdup (kind);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stride_body_map_set_backdrop (StrideBodyMap *self,
                              GPtrArray     *structures)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  g_ptr_array_set_size (self->backdrop, 0);
  for (guint i = 0; structures != NULL && i < structures->len; i++)
    {
      const StrideStructure *structure = g_ptr_array_index (structures, i);
      Region *region = g_new0 (Region, 1);

      region->id = g_strdup (structure->id);
      region->name = g_strdup (structure->name);
      region->kind = g_strdup (structure->kind != NULL ? structure->kind : "muscle");
      region->shapes = copy_shapes (structure->shapes);
      g_ptr_array_add (self->backdrop, region);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
stride_body_map_region_shown (StrideBodyMap *self,
                              const char    *id)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), FALSE);

  region = find_region (self, id);
  return region != NULL && region_shown (region, self->view, self->layer);
}

void
stride_body_map_trace_region (StrideBodyMap *self,
                              cairo_t       *cr,
                              const char    *id)
{
  Region *region;

  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  region = find_region (self, id);
  if (region != NULL)
    trace_region (cr, region, self->view, self->layer);
}

void
stride_body_map_trace_silhouette (StrideBodyMap *self,
                                  cairo_t       *cr)
{
  g_return_if_fail (STRIDE_IS_BODY_MAP (self));

  stride_body_atlas_trace_silhouette (cr, self->view);
}

GStrv
stride_body_map_dup_landmarks (StrideBodyMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GPtrArray *landmarks;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  landmarks = stride_body_atlas_get_landmarks (self->view);
  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);
      if (landmark->label)
        g_strv_builder_add (builder, landmark->id);
    }

  return g_strv_builder_end (builder);
}

const char *
stride_body_map_get_landmark_name (const char *id)
{
  return stride_body_atlas_landmark_name (id);
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

  show_region (self, region);

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

const char *
stride_body_map_get_region_at (StrideBodyMap *self,
                               double         x,
                               double         y)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  region = region_at (self, x, y);
  return region != NULL ? region->id : NULL;
}

GArray *
stride_body_map_dup_label_plates (StrideBodyMap *self)
{
  Transform t;
  g_autoptr(GArray) labels = NULL;
  GArray *plates;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  t = get_transform (self);
  plates = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  if (t.scale <= 0)
    return plates;

  labels = layout_labels (self, &t);
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

  t = get_transform (self);
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

  if (region != NULL && region_shown (region, map->view, map->layer))
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
