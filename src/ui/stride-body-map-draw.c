/* stride-body-map-draw.c — painting the map: the atlas (skin, bones), the anatomy as
 * tissue, the regions with their selection and marks, and the focus ring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-body-map-private.h"

/* Drawing */

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
Palette
_stride_body_map_get_palette (StrideBodyMap *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  Palette palette;
  gboolean dark;

  gtk_style_context_get_color (context, &palette.fg);
  /* The page's colour, which the map stands on: label plates of the view colour showed
   * as white boxes on the light page and dark ones on the dark page. */
  lookup_colour (context, "window_bg_color", "#fafafa", &palette.bg);
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

void
_stride_body_map_set_source (cairo_t       *cr,
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
void
_stride_body_map_push_box (cairo_t         *cr,
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
  _stride_body_map_push_box (cr, t);
  stride_body_atlas_trace_silhouette (cr, self->view);
  cairo_restore (cr);
  _stride_body_map_set_source (cr, &palette->skin, 1.0);
  cairo_fill_preserve (cr);
  _stride_body_map_set_source (cr, &palette->fg, 0.55);
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
      _stride_body_map_push_box (cr, t);
      stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) bone->points->data, bone->points->len, TRUE, TRUE);
      cairo_restore (cr);
      _stride_body_map_set_source (cr, &palette->bone, bone->faint ? 0.55 : 1.0);
      cairo_fill_preserve (cr);
      _stride_body_map_set_source (cr, &palette->bone_line, bone->faint ? 0.45 : 0.9);
      cairo_stroke (cr);

      for (guint h = 0; h < bone->holes->len; h++)
        {
          GArray *hole = g_ptr_array_index (bone->holes, h);

          cairo_new_path (cr);
          _stride_body_map_push_box (cr, t);
          stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) hole->data, hole->len, TRUE, TRUE);
          cairo_restore (cr);
          _stride_body_map_set_source (cr, &palette->skin, 1.0);
          cairo_fill_preserve (cr);
          _stride_body_map_set_source (cr, &palette->bone_line, 0.7);
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
  _stride_body_map_push_box (cr, t);
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
  _stride_body_map_push_box (cr, t);
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
  _stride_body_map_set_source (cr, colour, alpha);
  cairo_set_line_width (cr, MAX (0.6, t->scale * 0.14));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* How a region looks, by what it is: areas (places on the body, no kind) are tinted zones
 * over the anatomy; structures look like their tissue. */
void
_stride_body_map_tissue_colours (const Palette  *palette,
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
        _stride_body_map_tissue_colours (palette, "tendon", &fill, &line);
      else
        _stride_body_map_tissue_colours (palette, region->kind, &fill, &line);

      fill_shape (cr, t, shape);
      _stride_body_map_set_source (cr, fill, 0.92 * alpha);
      cairo_fill_preserve (cr);
      _stride_body_map_set_source (cr, line, 0.75 * alpha);
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
  _stride_body_map_set_source (cr, &palette->fg, 0.35);
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
  _stride_body_map_push_box (cr, t);
  _stride_body_map_trace_region (cr, region, self->view, self->layer);
  cairo_restore (cr);
  _stride_body_map_set_source (cr, colour, fill);
  cairo_fill_preserve (cr);
  _stride_body_map_set_source (cr, colour, stroke);
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

  if (region->mark == NULL || _stride_body_map_region_shown (region, self->view, self->layer) ||
      !_stride_body_map_region_shown (region, self->view, other))
    return;

  cairo_new_path (cr);
  _stride_body_map_push_box (cr, t);
  _stride_body_map_trace_region (cr, region, self->view, other);
  cairo_restore (cr);
  _stride_body_map_set_source (cr, mark_colour (palette, region->mark), 0.35);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_set_dash (cr, &dash, 1, 0);
  _stride_body_map_set_source (cr, mark_colour (palette, region->mark), 0.95);
  cairo_set_line_width (cr, MAX (1.5, t->scale * 0.35));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_focus_ring (StrideBodyMap   *self,
                 cairo_t         *cr,
                 const Transform *t,
                 const Palette   *palette)
{
  if (self->focus == NULL || !gtk_widget_has_visible_focus (GTK_WIDGET (self)) ||
      !_stride_body_map_region_shown (self->focus, self->view, self->layer))
    return;

  cairo_new_path (cr);
  _stride_body_map_push_box (cr, t);
  _stride_body_map_trace_region (cr, self->focus, self->view, self->layer);
  cairo_restore (cr);
  _stride_body_map_set_source (cr, &palette->accent, 1.0);
  cairo_set_line_width (cr, MAX (2.0, t->scale * 0.8));
  cairo_stroke (cr);
}

void
_stride_body_map_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GPtrArray) order = NULL;
  Transform t = _stride_body_map_get_transform (self);
  Palette palette = _stride_body_map_get_palette (self);
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

  order = _stride_body_map_regions_sorted (self, _stride_body_map_compare_area_cb);
  for (guint i = 0; i < order->len; i++)
    draw_region (self, cr, &t, &palette, g_ptr_array_index (order, i));
  for (guint i = 0; i < self->regions->len; i++)
    draw_marked_beneath (self, cr, &t, &palette, g_ptr_array_index (self->regions, i));

  _stride_body_map_draw_landmarks (self, cr, &t, &palette);
  draw_focus_ring (self, cr, &t, &palette);
  cairo_destroy (cr);
}

void
_stride_body_map_measure (GtkWidget      *widget,
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
    *minimum = MIN_HEIGHT, *natural = NATURAL_HEIGHT;

  /* Given its width, a map is only as tall as the figure drawn at that width: any taller
   * would only add empty bands above and below it (a phone-wide pain map asked 420 px and
   * drew 330). One fitted to its width asks that height as its least too. */
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0)
    {
      int figure = stride_body_map_height_for_width (STRIDE_BODY_MAP (widget), for_size);

      *natural = CLAMP (figure, MIN_HEIGHT, NATURAL_HEIGHT);
      if (STRIDE_BODY_MAP (widget)->fit_to_width)
        *minimum = *natural;
    }
}

GtkSizeRequestMode
_stride_body_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}
