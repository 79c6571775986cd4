/* stride-painter.c — the figure, its props and its shadow, drawn with cairo
 *
 * Everything is drawn in picture metres (y up) through one transform, so a mirrored side
 * is the same drawing under a flipped transform. No text is ever drawn: captions come
 * from the translated content.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-figure.h"
#include "stride-painter.h"

#include <string.h>

typedef struct { double r, g, b; } Rgb;

static const Rgb material_colours[] = {
  [STRIDE_MATERIAL_LIMB] = { 0.56, 0.64, 0.72 },
  [STRIDE_MATERIAL_SHIRT] = { 0.27, 0.45, 0.63 },
  [STRIDE_MATERIAL_SHORTS] = { 0.22, 0.27, 0.35 },
  [STRIDE_MATERIAL_HAIR] = { 0.26, 0.23, 0.23 },
  [STRIDE_MATERIAL_FACE] = { 0.56, 0.64, 0.72 },
  [STRIDE_MATERIAL_MUSCLE] = { STRIDE_PAINTER_HIGHLIGHT_R, STRIDE_PAINTER_HIGHLIGHT_G,
                               STRIDE_PAINTER_HIGHLIGHT_B },
};

#define OUTLINE_WIDTH 0.006
#define WALL_DISTANCE 1.2
#define MAT_HALF_DEPTH 0.4

static void
set_rgb (cairo_t *cr,
         Rgb      c,
         double   factor)
{
  cairo_set_source_rgb (cr, CLAMP (c.r * factor, 0, 1), CLAMP (c.g * factor, 0, 1),
                        CLAMP (c.b * factor, 0, 1));
}

/* ---- geometry in the picture plane ------------------------------------------------- */

typedef struct { double x, y; } Vec2;

static Vec2
project (const StrideFigure *figure,
         StrideVec3          p)
{
  return (Vec2) { stride_vec3_dot (p, figure->right), stride_vec3_dot (p, figure->up) };
}

/* The silhouette half-width of an elliptic cross-section seen across direction N. */
static double
half_width (const StrideFigure *figure,
            const StrideShape  *shape,
            Vec2                n,
            double              lat,
            double              fwd)
{
  StrideVec3 n3 = { n.x * figure->right.x + n.y * figure->up.x,
                    n.x * figure->right.y + n.y * figure->up.y,
                    n.x * figure->right.z + n.y * figure->up.z };
  double l = lat * stride_vec3_dot (shape->lateral, n3);
  double f = fwd * stride_vec3_dot (shape->forward, n3);

  return sqrt (l * l + f * f);
}

/* A capsule tapering from radius R1 at P to R2 at Q: two arcs and their outer tangents. */
static void
capsule_path (cairo_t *cr,
              Vec2     p,
              double   r1,
              Vec2     q,
              double   r2)
{
  double dx = q.x - p.x, dy = q.y - p.y;
  double len = hypot (dx, dy);
  double a, beta;

  cairo_new_sub_path (cr);
  if (len <= fabs (r1 - r2) + 1e-6)
    {
      if (r1 >= r2)
        cairo_arc (cr, p.x, p.y, r1, 0, 2 * G_PI);
      else
        cairo_arc (cr, q.x, q.y, r2, 0, 2 * G_PI);
      return;
    }
  a = atan2 (dy, dx);
  beta = asin ((r1 - r2) / len);
  cairo_arc (cr, p.x, p.y, r1, a + G_PI / 2 - beta, a + 3 * G_PI / 2 + beta);
  cairo_arc (cr, q.x, q.y, r2, a - G_PI / 2 + beta, a + G_PI / 2 - beta);
  cairo_close_path (cr);
}

static void
shape_path (cairo_t            *cr,
            const StrideFigure *figure,
            const StrideShape  *shape,
            double              grow)
{
  Vec2 p = project (figure, shape->a), q = project (figure, shape->b);
  double len = hypot (q.x - p.x, q.y - p.y);
  Vec2 n;
  double r1, r2;

  if (len < 1e-4)
    {
      /* seen end-on: as wide as the section, whichever way */
      r1 = MAX (half_width (figure, shape, (Vec2) { 1, 0 }, shape->lat_a, shape->fwd_a),
                half_width (figure, shape, (Vec2) { 0, 1 }, shape->lat_a, shape->fwd_a));
      r1 = MAX (r1, MIN (shape->lat_a, shape->fwd_a));
      capsule_path (cr, p, r1 + grow, p, r1 + grow);
      return;
    }
  n = (Vec2) { -(q.y - p.y) / len, (q.x - p.x) / len };
  r1 = half_width (figure, shape, n, shape->lat_a, shape->fwd_a);
  r2 = half_width (figure, shape, n, shape->lat_b, shape->fwd_b);
  /* a bone seen from its end still shows its round end */
  r1 = MAX (r1, MIN (shape->lat_a, shape->fwd_a) * 0.7);
  r2 = MAX (r2, MIN (shape->lat_b, shape->fwd_b) * 0.7);
  capsule_path (cr, p, r1 + grow, q, r2 + grow);
}

/* ---- the scene --------------------------------------------------------------------- */

static void
draw_background (cairo_t               *cr,
                 const StrideAnimation *animation)
{
  double top = animation->center_y + animation->view_height;
  double bottom = animation->center_y - animation->view_height;
  double left = animation->center_x - 2 * animation->view_height;
  double right = animation->center_x + 2 * animation->view_height;
  double horizon;
  cairo_pattern_t *sky = cairo_pattern_create_linear (0, top, 0, bottom);

  cairo_pattern_add_color_stop_rgb (sky, 0, 0.97, 0.96, 0.94);
  cairo_pattern_add_color_stop_rgb (sky, 1, 0.91, 0.89, 0.86);
  cairo_set_source (cr, sky);
  cairo_rectangle (cr, left, bottom, right - left, top - bottom);
  cairo_fill (cr);
  cairo_pattern_destroy (sky);
  if (animation->view == STRIDE_RENDER_VIEW_TOP)
    return;

  /* the floor, a little darker, with a soft line where it meets the wall (behind the
   * figure: seen from above, the floor reaches up the picture) */
  horizon = WALL_DISTANCE * sin (animation->elevation * G_PI / 180);
  cairo_set_source_rgb (cr, 0.86, 0.83, 0.79);
  cairo_rectangle (cr, left, bottom, right - left, horizon - bottom);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.80, 0.77, 0.72);
  cairo_set_line_width (cr, 0.008);
  cairo_move_to (cr, left, horizon);
  cairo_line_to (cr, right, horizon);
  cairo_stroke (cr);
}

static void
rounded_rect (cairo_t *cr,
              double   x, double y, double w, double h,
              double   r)
{
  if (w < 0)
    x += w, w = -w;
  if (h < 0)
    y += h, h = -h;
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_arc (cr, x + w - r, y + r, r, 3 * G_PI / 2, 2 * G_PI);
  cairo_close_path (cr);
}

static void
fill_and_edge (cairo_t *cr,
               Rgb      c)
{
  set_rgb (cr, c, 1);
  cairo_fill_preserve (cr);
  set_rgb (cr, c, 0.8);
  cairo_set_line_width (cr, OUTLINE_WIDTH);
  cairo_stroke (cr);
}

/* Seen from a raised camera a height H shows at H cos(elevation) and a depth D (towards
 * the viewer) moves down by D sin(elevation): furniture gets a visible top. HALF_DEPTH is
 * how deep it reaches each way from the picture plane; TOP_LIGHT how much brighter its
 * top is than its front (lit from above, the top reads as a flat surface). */
#define FURNITURE_HALF_DEPTH STRIDE_PAINTER_FURNITURE_HALF_DEPTH
#define SEAT_HALF_DEPTH STRIDE_PAINTER_SEAT_HALF_DEPTH

static Rgb
shade (Rgb    c,
       double k)
{
  return (Rgb) { MIN (c.r * k, 1), MIN (c.g * k, 1), MIN (c.b * k, 1) };
}

static void
draw_furniture (cairo_t               *cr,
                const StrideAnimation *animation,
                const StrideProp      *prop,
                Rgb                    c,
                double                 slab,
                double                 half_depth,
                double                 top_light)
{
  double leg = 0.045;
  double ce = cos (animation->elevation * G_PI / 180);
  double se = sin (animation->elevation * G_PI / 180);
  double d = half_depth * se;
  double top = prop->height * ce;
  Rgb dark = shade (c, 0.85);

  if (se > 0)
    {
      /* the back legs, then the top seen from above */
      rounded_rect (cr, prop->x + 0.03, d, leg, top - slab * ce, 0.01);
      fill_and_edge (cr, shade (dark, 0.9));
      rounded_rect (cr, prop->x + prop->width - 0.03 - leg, d, leg, top - slab * ce, 0.01);
      fill_and_edge (cr, shade (dark, 0.9));
      rounded_rect (cr, prop->x, top - d, prop->width, 2 * d, 0.015);
      fill_and_edge (cr, shade (c, top_light));
    }
  rounded_rect (cr, prop->x + 0.03, -d, leg, top - slab * ce, 0.01);
  fill_and_edge (cr, dark);
  rounded_rect (cr, prop->x + prop->width - 0.03 - leg, -d, leg, top - slab * ce, 0.01);
  fill_and_edge (cr, dark);
  rounded_rect (cr, prop->x, top - d - slab * ce, prop->width, slab * ce, 0.015);
  fill_and_edge (cr, c);
}

/* A measuring ruler lying flat at height Y: a pale strip with a tick every 5 cm and a
 * longer one every 10 cm (no numbers: no words are ever drawn). */
static void
draw_ruler (cairo_t          *cr,
            const StrideProp *prop)
{
  double thick = prop->height > 0 ? prop->height : 0.018;

  rounded_rect (cr, prop->x, prop->y, prop->width, thick, 0.003);
  fill_and_edge (cr, (Rgb) { 0.93, 0.83, 0.42 });
  cairo_set_source_rgb (cr, 0.35, 0.30, 0.20);
  cairo_set_line_width (cr, 0.004);
  for (double x = 0.05; x < prop->width - 0.01; x += 0.05)
    {
      double tick = fmod (x + 1e-6, 0.1) < 0.01 ? thick * 0.8 : thick * 0.45;

      cairo_move_to (cr, prop->x + x, prop->y + thick);
      cairo_line_to (cr, prop->x + x, prop->y + thick - tick);
    }
  cairo_stroke (cr);
}

static void
draw_solid_prop (cairo_t               *cr,
                 const StrideAnimation *animation,
                 const StrideProp      *prop)
{
  switch (prop->kind)
    {
    case STRIDE_PROP_MAT:
      if (animation->elevation > 0)
        {
          /* seen from above the mat is a band of floor as deep as the figure */
          double s = sin (animation->elevation * G_PI / 180);
          double half = prop->depth > 0 ? prop->depth / 2 : MAT_HALF_DEPTH;

          rounded_rect (cr, prop->x, -half * s, prop->width, 2 * half * s, 0.02);
        }
      else
        rounded_rect (cr, prop->x, prop->y, prop->width,
                      prop->height > 0 ? prop->height : 0.022, 0.01);
      fill_and_edge (cr, (Rgb) { 0.50, 0.66, 0.62 });
      break;
    case STRIDE_PROP_WALL:
      cairo_rectangle (cr, prop->x, 0, prop->width != 0 ? prop->width : 0.15,
                       animation->center_y + animation->view_height);
      fill_and_edge (cr, (Rgb) { 0.83, 0.80, 0.75 });
      break;
    case STRIDE_PROP_BOX:
      if (animation->elevation > 0)
        {
          /* a raised camera sees its top too */
          double ce = cos (animation->elevation * G_PI / 180);
          double d = FURNITURE_HALF_DEPTH * sin (animation->elevation * G_PI / 180);
          double top = (prop->y + prop->height) * ce;

          rounded_rect (cr, prop->x, top - d, prop->width, 2 * d, 0.015);
          fill_and_edge (cr, (Rgb) { 0.84, 0.70, 0.54 });
          rounded_rect (cr, prop->x, prop->y * ce - d, prop->width, prop->height * ce, 0.015);
        }
      else
        rounded_rect (cr, prop->x, prop->y, prop->width, prop->height, 0.015);
      fill_and_edge (cr, (Rgb) { 0.76, 0.62, 0.46 });
      break;
    case STRIDE_PROP_TABLE:
      draw_furniture (cr, animation, prop, (Rgb) { 0.66, 0.55, 0.45 }, 0.06, FURNITURE_HALF_DEPTH, 1.12);
      break;
    case STRIDE_PROP_CHAIR:
      /* a seat: shallower than a table, its top lit and its front in shade, so from a
       * raised camera it reads as a flat seat and not as a backrest */
      draw_furniture (cr, animation, prop, (Rgb) { 0.55, 0.58, 0.62 }, 0.045, SEAT_HALF_DEPTH, 1.4);
      break;
    case STRIDE_PROP_RULER:
      draw_ruler (cr, prop);
      break;
    case STRIDE_PROP_BAND:
    case STRIDE_PROP_STRAP:
    case STRIDE_PROP_CUSHION:
    default:
      break;
    }
}

/* A soft ball or folded cushion squeezed between two joints (the knees): a round,
 * lit-from-above shape, so it reads as an object and not as part of the body. */
static void
draw_cushion (cairo_t *cr,
              Vec2     centre,
              double   radius)
{
  cairo_pattern_t *shade = cairo_pattern_create_radial (centre.x - radius * 0.3,
                                                        centre.y + radius * 0.35, radius * 0.1,
                                                        centre.x, centre.y, radius);

  cairo_pattern_add_color_stop_rgb (shade, 0, 0.98, 0.86, 0.55);
  cairo_pattern_add_color_stop_rgb (shade, 1, 0.86, 0.66, 0.25);
  cairo_new_sub_path (cr);
  cairo_arc (cr, centre.x, centre.y, radius, 0, 2 * G_PI);
  cairo_set_source (cr, shade);
  cairo_fill_preserve (cr);
  cairo_pattern_destroy (shade);
  cairo_set_source_rgb (cr, 0.62, 0.46, 0.16);
  cairo_set_line_width (cr, OUTLINE_WIDTH);
  cairo_stroke (cr);
}

static StrideVec3
v3_lerp (StrideVec3 a,
         StrideVec3 b,
         double     k)
{
  return (StrideVec3) { a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, a.z + (b.z - a.z) * k };
}

static StrideVec3
v3_unit (StrideVec3 a)
{
  double len = sqrt (stride_vec3_dot (a, a));

  return len > 1e-9 ? (StrideVec3) { a.x / len, a.y / len, a.z / len } : a;
}

/* A strap from one knee to the other is a belt around both thighs, a hand's breadth
 * above the knees: drawn as the loop it makes around them, so it shows from any side
 * (a line between the knee joints is a dot when seen side-on). FALSE when the joints are
 * not a pair of knees. A quarter of the thigh (11 cm) up from the knee joint puts it
 * round the lower thighs, clear of the kneecaps: at an eighth, and drawn whole over the
 * legs, it read as a belt on the knees. */
#define BELT_ABOVE_KNEE 0.25    /* share of the thigh, from the knee */
#define BELT_RADIUS 0.075       /* the thigh's half-thickness there, and the belt's slack */

static gboolean
draw_belt (cairo_t            *cr,
           const StrideFigure *figure,
           const StrideProp   *prop,
           gboolean            front)
{
  StrideVec3 knee_l, knee_r, hip_l, hip_r, a, b, across, along, round;
  gboolean drawing = FALSE;

  if (!g_str_equal (prop->from, "knee_l") || !g_str_equal (prop->to, "knee_r") ||
      !stride_figure_get_joint (figure, "knee_l", &knee_l) ||
      !stride_figure_get_joint (figure, "knee_r", &knee_r) ||
      !stride_figure_get_joint (figure, "hip_l", &hip_l) ||
      !stride_figure_get_joint (figure, "hip_r", &hip_r))
    return FALSE;
  a = v3_lerp (knee_l, hip_l, BELT_ABOVE_KNEE);
  b = v3_lerp (knee_r, hip_r, BELT_ABOVE_KNEE);
  across = v3_unit ((StrideVec3) { b.x - a.x, b.y - a.y, b.z - a.z });
  along = v3_unit ((StrideVec3) { hip_l.x - knee_l.x + hip_r.x - knee_r.x,
                                  hip_l.y - knee_l.y + hip_r.y - knee_r.y,
                                  hip_l.z - knee_l.z + hip_r.z - knee_r.z });
  /* the loop's second direction: across the thighs' front and back */
  round = v3_unit ((StrideVec3) { along.y * across.z - along.z * across.y,
                                  along.z * across.x - along.x * across.z,
                                  along.x * across.y - along.y * across.x });
  cairo_new_path (cr);
  for (int i = 0; i <= 49; i++)
    {
      /* half a circle around the right thigh, then half around the left, closed */
      double angle = (i % 49) * G_PI / 24 - G_PI / 2;
      StrideVec3 centre = i % 49 <= 24 ? b : a;
      double c = cos (angle), s = sin (angle);
      StrideVec3 out = { c * across.x + s * round.x, c * across.y + s * round.y,
                         c * across.z + s * round.z };
      StrideVec3 point = { centre.x + BELT_RADIUS * out.x, centre.y + BELT_RADIUS * out.y,
                           centre.z + BELT_RADIUS * out.z };
      Vec2 q = project (figure, point);

      /* the loop's far side goes behind the thighs (drawn before the figure, which
       * covers it), its near side over them: drawn whole on top, the far thigh's half
       * of the loop showed over the near knee */
      if ((stride_vec3_dot (out, figure->toward) >= 0) != front)
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (cr, q.x, q.y);
      else
        cairo_move_to (cr, q.x, q.y);
      drawing = TRUE;
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, 0.046);
  cairo_set_source_rgb (cr, 0.55, 0.40, 0.20);
  cairo_stroke_preserve (cr);
  cairo_set_line_width (cr, 0.032);
  cairo_set_source_rgb (cr, 0.85, 0.66, 0.36);
  cairo_stroke (cr);
  return TRUE;
}

/* The far side of a belt round the thighs, before the figure is drawn over it. */
static void
draw_prop_behind (cairo_t            *cr,
                  const StrideFigure *figure,
                  const StrideProp   *prop)
{
  if (prop->kind == STRIDE_PROP_STRAP && prop->from != NULL && prop->to != NULL)
    draw_belt (cr, figure, prop, FALSE);
}

/* The point DISTANCE up the thigh from KNEE towards its HIP. */
static StrideVec3
up_the_thigh (const StrideFigure *figure,
              const char         *hip,
              StrideVec3          knee,
              double              distance)
{
  StrideVec3 h, up;

  if (!stride_figure_get_joint (figure, hip, &h))
    return knee;
  up = v3_unit ((StrideVec3) { h.x - knee.x, h.y - knee.y, h.z - knee.z });
  return (StrideVec3) { knee.x + up.x * distance, knee.y + up.y * distance, knee.z + up.z * distance };
}

static void
draw_line_prop (cairo_t            *cr,
                const StrideFigure *figure,
                const StrideProp   *prop)
{
  StrideVec3 from, to;
  Vec2 p, q;

  if (prop->kind != STRIDE_PROP_BAND && prop->kind != STRIDE_PROP_STRAP &&
      prop->kind != STRIDE_PROP_CUSHION)
    return;
  if (!stride_figure_get_joint (figure, prop->from, &from) ||
      !stride_figure_get_joint (figure, prop->to, &to))
    return;
  if (prop->kind == STRIDE_PROP_STRAP && draw_belt (cr, figure, prop, TRUE))
    return;
  if (prop->above_knees > 0)
    {
      from = up_the_thigh (figure, "hip_l", from, prop->above_knees);
      to = up_the_thigh (figure, "hip_r", to, prop->above_knees);
    }
  p = project (figure, from);
  q = project (figure, to);
  if (prop->kind == STRIDE_PROP_CUSHION)
    {
      draw_cushion (cr, (Vec2) { (p.x + q.x) / 2, (p.y + q.y) / 2 }, prop->width / 2);
      return;
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (prop->kind == STRIDE_PROP_BAND)
    {
      cairo_set_source_rgb (cr, 0.36, 0.62, 0.34);
      cairo_set_line_width (cr, 0.022);
    }
  else
    {
      cairo_set_source_rgb (cr, 0.78, 0.62, 0.38);
      cairo_set_line_width (cr, 0.018);
    }
  cairo_move_to (cr, p.x, p.y);
  cairo_line_to (cr, q.x, q.y);
  cairo_stroke (cr);
}

/* A soft shadow: every part close to the floor darkens the floor under it, less and
 * with a wider, fainter edge the higher it is, so a body lying on the floor gets a thin
 * contact shadow rather than a dark pool. Four faint passes, each wider, make the edge
 * soft. */
#define SHADOW_REACH 0.4

static void
draw_shadow (cairo_t            *cr,
             const StrideFigure *figure,
             const StrideAnimation *animation)
{
  gboolean raised = animation->elevation > 0;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  if (animation->view == STRIDE_RENDER_VIEW_TOP)
    return;
  /* Each pass is an offscreen group as large as the clip: clip it to the floor under the
   * figure, which keeps shadows cheap to render. */
  for (guint i = 0; i < figure->shapes->len; i++)
    {
      const StrideShape *s = &g_array_index (figure->shapes, StrideShape, i);
      StrideVec3 ends[2] = { s->a, s->b };

      for (int e = 0; e < 2; e++)
        {
          Vec2 p;

          if (ends[e].y > SHADOW_REACH)
            continue;
          ends[e].y = 0;
          p = project (figure, ends[e]);
          x0 = MIN (x0, p.x), x1 = MAX (x1, p.x);
          y0 = MIN (y0, p.y), y1 = MAX (y1, p.y);
        }
    }
  if (x0 > x1)
    return;
  cairo_save (cr);
  if (raised)
    cairo_rectangle (cr, x0 - 0.3, y0 - 0.3, x1 - x0 + 0.6, y1 - y0 + 0.6);
  else
    cairo_rectangle (cr, x0 - 0.3, -0.15, x1 - x0 + 0.6, 0.3);
  cairo_clip (cr);
  /* a soft shadow's edges need no fine antialiasing: the cheaper one is not seen */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (int pass = 0; pass < 4; pass++)
    {
      cairo_push_group (cr);
      for (guint i = 0; i < figure->shapes->len; i++)
        {
          const StrideShape *s = &g_array_index (figure->shapes, StrideShape, i);
          double height = MAX (MIN (s->a.y, s->b.y), 0);
          double fade = 1 - height / SHADOW_REACH;
          StrideShape flat = *s;

          if (s->material == STRIDE_MATERIAL_MUSCLE || height > SHADOW_REACH)
            continue;
          flat.a.y = flat.b.y = 0;
          cairo_save (cr);
          if (!raised)
            cairo_scale (cr, 1, 0.22);   /* seen from the side, the floor is a thin band */
          shape_path (cr, figure, &flat, raised ?
                      -0.01 + pass * 0.008 + height * 0.06 :
                      0.02 + pass * 0.025 + height * 0.1);
          cairo_restore (cr);
          cairo_set_source_rgba (cr, 0.25, 0.2, 0.15, fade * fade);
          cairo_fill (cr);
        }
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, raised ? 0.06 : 0.075);
    }
  cairo_restore (cr);
}

static int
compare_shapes (gconstpointer a,
                gconstpointer b)
{
  const StrideShape *x = a, *y = b;

  if (x->depth != y->depth)
    return x->depth < y->depth ? -1 : 1;
  return x->order - y->order;
}

static void
draw_muscle (cairo_t            *cr,
             const StrideFigure *figure,
             const StrideShape  *shape)
{
  /* a muscle on the far side of the body still shows, fainter */
  double facing = CLAMP (stride_vec3_dot (shape->normal, figure->toward) + 0.5, 0, 1);
  double alpha = shape->intensity * (0.55 + 0.4 * facing);
  Rgb c = material_colours[STRIDE_MATERIAL_MUSCLE];

  shape_path (cr, figure, shape, 0.018);
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha * 0.3);
  cairo_fill (cr);
  shape_path (cr, figure, shape, 0);
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha);
  cairo_fill (cr);
}

/* A soft light from above on the upper half of each part gives it roundness. */
static void
draw_sheen (cairo_t            *cr,
            const StrideFigure *figure,
            const StrideShape  *shape)
{
  double r = MIN (MIN (shape->lat_a, shape->fwd_a), MIN (shape->lat_b, shape->fwd_b));

  if (shape->material == STRIDE_MATERIAL_HAIR || r < 0.02)
    return;
  /* no clip to the shape needed (a clip costs a mask per shape): shrunk by 0.45 r and
   * moved by less than that (0.43 r), the sheen lies inside the shape anyway */
  cairo_save (cr);
  cairo_translate (cr, -r * 0.25, r * 0.35);
  shape_path (cr, figure, shape, -r * 0.45);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.13);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* A part that points towards or away from the camera is foreshortened, which alone
 * reads as "short", not "bent": shading it from light at its near end to dark at its
 * far end shows which way it goes (a knee bent towards the viewer, a shin going back). */
static void
set_depth_source (cairo_t            *cr,
                  const StrideFigure *figure,
                  const StrideShape  *shape,
                  Rgb                 c,
                  double              light)
{
  Vec2 p = project (figure, shape->a), q = project (figure, shape->b);
  double dz = stride_vec3_dot (shape->b, figure->toward) - stride_vec3_dot (shape->a, figure->toward);
  double len = hypot (q.x - p.x, q.y - p.y);
  /* how much of the part runs along the line of sight: 0 across it, 1 along it */
  double along = fabs (dz) / MAX (hypot (dz, len), 1e-6);
  double k = 0.22 * along * (dz > 0 ? 1 : -1);
  cairo_pattern_t *gradient;

  if (shape->material == STRIDE_MATERIAL_HAIR || along < 0.15 || len < 1e-3)
    {
      set_rgb (cr, c, light);
      return;
    }
  gradient = cairo_pattern_create_linear (p.x, p.y, q.x, q.y);
  cairo_pattern_add_color_stop_rgb (gradient, 0, CLAMP (c.r * light * (1 - k), 0, 1),
                                    CLAMP (c.g * light * (1 - k), 0, 1),
                                    CLAMP (c.b * light * (1 - k), 0, 1));
  cairo_pattern_add_color_stop_rgb (gradient, 1, CLAMP (c.r * light * (1 + k), 0, 1),
                                    CLAMP (c.g * light * (1 + k), 0, 1),
                                    CLAMP (c.b * light * (1 + k), 0, 1));
  cairo_set_source (cr, gradient);
  cairo_pattern_destroy (gradient);
}

/* The belt line: the waistband of the shorts, round the pelvis just above the hip
 * joints. It follows the pelvis, not the shirt, so a pelvis that drops on one side or
 * turns shows as a belt line that tilts — what a runner watches in a mirror. Only its
 * half facing the camera is drawn, over the lower trunk it lies on. */
#define BELT_HEIGHT 0.085       /* above the hip joints, along the pelvis */
#define BELT_HALF_DEPTH 0.112   /* front to back */
#define BELT_HALF_WIDTH 0.15    /* side to side */
#define BELT_STEPS 48

static void
draw_belt_line (cairo_t            *cr,
                const StrideFigure *figure,
                double              light)
{
  StrideVec3 centre = figure->joints[0];
  gboolean drawing = FALSE;

  centre = (StrideVec3) { centre.x + figure->pelvis_up.x * BELT_HEIGHT,
                          centre.y + figure->pelvis_up.y * BELT_HEIGHT,
                          centre.z + figure->pelvis_up.z * BELT_HEIGHT };
  cairo_new_path (cr);
  for (int i = 0; i <= BELT_STEPS; i++)
    {
      double angle = 2 * G_PI * i / BELT_STEPS;
      double c = cos (angle), s = sin (angle);
      StrideVec3 normal = { figure->pelvis_forward.x * c / BELT_HALF_DEPTH + figure->pelvis_right.x * s / BELT_HALF_WIDTH,
                            figure->pelvis_forward.y * c / BELT_HALF_DEPTH + figure->pelvis_right.y * s / BELT_HALF_WIDTH,
                            figure->pelvis_forward.z * c / BELT_HALF_DEPTH + figure->pelvis_right.z * s / BELT_HALF_WIDTH };
      StrideVec3 p = { centre.x + BELT_HALF_DEPTH * c * figure->pelvis_forward.x + BELT_HALF_WIDTH * s * figure->pelvis_right.x,
                       centre.y + BELT_HALF_DEPTH * c * figure->pelvis_forward.y + BELT_HALF_WIDTH * s * figure->pelvis_right.y,
                       centre.z + BELT_HALF_DEPTH * c * figure->pelvis_forward.z + BELT_HALF_WIDTH * s * figure->pelvis_right.z };
      Vec2 q = project (figure, p);

      if (stride_vec3_dot (normal, figure->toward) <= 0)
        {
          drawing = FALSE;
          continue;
        }
      if (!drawing)
        cairo_move_to (cr, q.x, q.y);
      else
        cairo_line_to (cr, q.x, q.y);
      drawing = TRUE;
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, 0.032);
  set_rgb (cr, material_colours[STRIDE_MATERIAL_SHORTS], light * 0.85);
  cairo_stroke (cr);
}

static void
draw_figure (cairo_t            *cr,
             const StrideFigure *figure)
{
  g_autoptr(GArray) shapes = g_array_copy (figure->shapes);

  g_array_sort (shapes, compare_shapes);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < shapes->len; i++)
    {
      const StrideShape *shape = &g_array_index (shapes, StrideShape, i);
      double k = CLAMP ((shape->depth - figure->center_depth) / 0.15, -1, 1);
      /* the far limbs darker, the near ones a touch lighter */
      double light = k < 0 ? 1 + 0.3 * k : 1 + 0.08 * k;
      Rgb c = material_colours[shape->material];

      if (shape->material == STRIDE_MATERIAL_MUSCLE)
        {
          draw_muscle (cr, figure, shape);
          continue;
        }
      shape_path (cr, figure, shape, 0);
      set_depth_source (cr, figure, shape, c, light);
      cairo_fill_preserve (cr);
      set_rgb (cr, c, light * 0.78);
      cairo_set_line_width (cr, OUTLINE_WIDTH);
      cairo_stroke (cr);
      draw_sheen (cr, figure, shape);
      if (shape->waist)
        draw_belt_line (cr, figure, light);
    }
}

static void
set_transform (cairo_t               *cr,
               const StrideAnimation *animation,
               gboolean               mirrored,
               int                    width,
               int                    height)
{
  double scale = height / animation->view_height;

  if (mirrored)
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }
  cairo_translate (cr, width / 2.0, height / 2.0);
  cairo_scale (cr, scale, -scale);
  cairo_translate (cr, -animation->center_x, -animation->center_y);
}

/* ---- the still scene, drawn once per camera ---------------------------------------- */

/* The room and the solid props do not move while a camera holds: a video draws them
 * once per camera and side into a picture, then copies that picture under every frame
 * (its gradients and edges cost as much to draw as the figure). */
#define SCENE_CACHE_SLOTS 2

typedef struct
{
  cairo_surface_t *surface;     /* NULL: empty slot */
  StrideCamera     camera;
  gboolean         mirrored;
  int              width, height;
} SceneSlot;

struct _StrideSceneCache
{
  SceneSlot slots[SCENE_CACHE_SLOTS];
  guint     next;               /* the slot the next new scene replaces */
};

StrideSceneCache *
stride_scene_cache_new (void)
{
  return g_new0 (StrideSceneCache, 1);
}

void
stride_scene_cache_free (StrideSceneCache *cache)
{
  if (cache == NULL)
    return;
  for (guint i = 0; i < SCENE_CACHE_SLOTS; i++)
    g_clear_pointer (&cache->slots[i].surface, cairo_surface_destroy);
  g_free (cache);
}

static StrideCamera
camera_of (const StrideAnimation *view)
{
  return (StrideCamera) { view->view, view->azimuth, view->elevation, view->center_x,
                          view->center_y, view->view_height };
}

static gboolean
slot_matches (const SceneSlot       *slot,
              const StrideAnimation *view,
              gboolean               mirrored,
              int                    width,
              int                    height)
{
  StrideCamera camera = camera_of (view);

  return slot->surface != NULL && slot->mirrored == mirrored && slot->width == width &&
         slot->height == height && memcmp (&slot->camera, &camera, sizeof camera) == 0;
}

static void
draw_scene (cairo_t               *cr,
            const StrideAnimation *view,
            gboolean               mirrored,
            int                    width,
            int                    height)
{
  cairo_save (cr);
  set_transform (cr, view, mirrored, width, height);
  draw_background (cr, view);
  for (guint i = 0; i < view->props->len; i++)
    draw_solid_prop (cr, view, g_ptr_array_index (view->props, i));
  cairo_restore (cr);
}

/* The room and solid props of VIEW: drawn, or copied from CACHE (NULL: always drawn).
 * A copy is pixel for pixel what drawing gives: the same shapes on the same pixels. */
static void
paint_scene (cairo_t               *cr,
             const StrideAnimation *view,
             gboolean               mirrored,
             int                    width,
             int                    height,
             StrideSceneCache      *cache)
{
  SceneSlot *slot = NULL;

  if (cache == NULL)
    {
      draw_scene (cr, view, mirrored, width, height);
      return;
    }
  for (guint i = 0; i < SCENE_CACHE_SLOTS && slot == NULL; i++)
    if (slot_matches (&cache->slots[i], view, mirrored, width, height))
      slot = &cache->slots[i];
  if (slot == NULL)
    {
      cairo_t *scene_cr;

      slot = &cache->slots[cache->next];
      cache->next = (cache->next + 1) % SCENE_CACHE_SLOTS;
      g_clear_pointer (&slot->surface, cairo_surface_destroy);
      slot->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      scene_cr = cairo_create (slot->surface);
      draw_scene (scene_cr, view, mirrored, width, height);
      cairo_destroy (scene_cr);
      slot->camera = camera_of (view);
      slot->mirrored = mirrored;
      slot->width = width;
      slot->height = height;
    }
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, slot->surface, 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* The scene without the figure: what a side switch passes through. */
static void
draw_empty_scene (cairo_t               *cr,
                  const StrideAnimation *animation,
                  double                 t,
                  gboolean               mirrored,
                  int                    width,
                  int                    height,
                  StrideSceneCache      *cache)
{
  StrideAnimation scratch;
  const StrideAnimation *view = stride_animation_at_time (animation, t, &scratch);

  paint_scene (cr, view, mirrored, width, height, cache);
}

static void
draw_side (cairo_t               *cr,
           const StrideAnimation *animation,
           double                 t,
           gboolean               mirrored,
           int                    width,
           int                    height,
           StrideSceneCache      *cache)
{
  g_autoptr(StrideFigure) figure = NULL;
  StrideAnimation scratch;
  const StrideAnimation *view;
  StridePose pose;
  double highlight = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (animation != NULL);

  /* the chapter's camera, if it cuts to its own */
  view = stride_animation_at_time (animation, t, &scratch);
  stride_animation_sample (view, t, &pose, &highlight);
  stride_animation_breathe (view, t, &pose, &highlight);
  figure = stride_figure_new (view, &pose, highlight);

  paint_scene (cr, view, mirrored, width, height, cache);
  cairo_save (cr);
  set_transform (cr, view, mirrored, width, height);
  draw_shadow (cr, figure, view);
  for (guint i = 0; i < view->props->len; i++)
    draw_prop_behind (cr, figure, g_ptr_array_index (view->props, i));
  draw_figure (cr, figure);
  for (guint i = 0; i < view->props->len; i++)
    draw_line_prop (cr, figure, g_ptr_array_index (view->props, i));
  cairo_restore (cr);
}

void
stride_painter_draw_side (cairo_t               *cr,
                          const StrideAnimation *animation,
                          double                 t,
                          gboolean               mirrored,
                          int                    width,
                          int                    height)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (animation != NULL);

  draw_side (cr, animation, t, mirrored, width, height, NULL);
}

void
stride_painter_draw_frame (cairo_t               *cr,
                           const StrideAnimation *animation,
                           double                 video_t,
                           int                    width,
                           int                    height)
{
  stride_painter_draw_frame_cached (cr, animation, video_t, width, height, NULL);
}

void
stride_painter_draw_frame_cached (cairo_t               *cr,
                                  const StrideAnimation *animation,
                                  double                 video_t,
                                  int                    width,
                                  int                    height,
                                  StrideSceneCache      *cache)
{
  double t_a, t_b, blend;
  gboolean mirrored, mirrored_b;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (animation != NULL);

  stride_animation_locate (animation, video_t, &t_a, &mirrored, &t_b, &mirrored_b, &blend);
  if (blend <= 0)
    {
      draw_side (cr, animation, t_a, mirrored, width, height, cache);
      return;
    }
  /* A switch never shows two figures at once (a double exposure): the first fades out
   * into its empty scene, then the second fades in from its own. */
  if (blend < 0.5)
    {
      draw_side (cr, animation, t_a, mirrored, width, height, cache);
      cairo_push_group (cr);
      draw_empty_scene (cr, animation, t_a, mirrored, width, height, cache);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 2 * blend);
    }
  else
    {
      draw_side (cr, animation, t_b, mirrored_b, width, height, cache);
      cairo_push_group (cr);
      draw_empty_scene (cr, animation, t_b, mirrored_b, width, height, cache);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 2 * (1 - blend));
    }
}
