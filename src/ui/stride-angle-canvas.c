/* stride-angle-canvas.c — a photo with the points of an angle placed on it
 *
 * Points are kept in photo pixels, so the angle does not depend on how big the photo is
 * shown (core: stride-angle.c). With a pointer: click to place the next landmark, drag
 * any point to adjust it; while a point moves, a magnifier shows the skin around it. With
 * the keyboard: the arrows move a crosshair (or the chosen point), Enter places the next
 * landmark there, 1–3 choose a point, Backspace takes the last one off; Shift moves ten
 * times as far.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stride-angle.h"
#include "stride-angle-canvas.h"

#define MAX_POINTS 3
#define POINT_RADIUS 10.0
#define GRAB_DISTANCE 28.0
#define LOUPE_RADIUS 70.0
#define LOUPE_ZOOM 3.0

struct _StrideAngleCanvas
{
  GtkWidget    parent_instance;

  /* owned */
  GdkTexture  *photo;
  GStrv        names;

  int          method;
  guint        n_points;
  StridePoint  points[MAX_POINTS];
  gboolean     placed[MAX_POINTS];
  int          selected;      /* -1: the crosshair moves, not a point */
  StridePoint  cursor;        /* the keyboard's crosshair, in photo pixels */
  int          dragging;      /* -1 when no point is being dragged */
  StridePoint  drag_origin;   /* the dragged point where the drag began */
  gboolean     loupe;         /* show the magnifier */
};

enum {
  PROP_0,
  PROP_ANGLE,
  PROP_N_PLACED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StrideAngleCanvas, stride_angle_canvas, GTK_TYPE_WIDGET)

static StridePhotoFit
current_fit (StrideAngleCanvas *self)
{
  if (self->photo == NULL)
    return stride_photo_fit_contain (1, 1, 1, 1);
  return stride_photo_fit_contain (gdk_texture_get_width (self->photo), gdk_texture_get_height (self->photo),
                             gtk_widget_get_width (GTK_WIDGET (self)),
                             gtk_widget_get_height (GTK_WIDGET (self)));
}

static StridePoint
clamp_to_photo (StrideAngleCanvas *self,
                StridePoint        p)
{
  if (self->photo != NULL)
    {
      p.x = CLAMP (p.x, 0, gdk_texture_get_width (self->photo) - 1);
      p.y = CLAMP (p.y, 0, gdk_texture_get_height (self->photo) - 1);
    }
  return p;
}

guint
stride_angle_canvas_get_n_placed (StrideAngleCanvas *self)
{
  guint n = 0;

  g_return_val_if_fail (STRIDE_IS_ANGLE_CANVAS (self), 0);
  for (guint i = 0; i < self->n_points; i++)
    n += self->placed[i];
  return n;
}

guint
stride_angle_canvas_get_n_points (StrideAngleCanvas *self)
{
  g_return_val_if_fail (STRIDE_IS_ANGLE_CANVAS (self), 0);
  return self->n_points;
}

double
stride_angle_canvas_get_angle (StrideAngleCanvas *self)
{
  g_return_val_if_fail (STRIDE_IS_ANGLE_CANVAS (self), NAN);

  if (self->n_points == 0 || stride_angle_canvas_get_n_placed (self) < self->n_points)
    return NAN;
  return stride_measure_angle ((StrideMeasureMethod) self->method, self->points, self->n_points);
}

gboolean
stride_angle_canvas_points_too_close (StrideAngleCanvas *self)
{
  double diagonal;

  g_return_val_if_fail (STRIDE_IS_ANGLE_CANVAS (self), FALSE);

  if (self->photo == NULL)
    return FALSE;
  diagonal = hypot (gdk_texture_get_width (self->photo), gdk_texture_get_height (self->photo));
  for (guint i = 0; i + 1 < self->n_points; i++)
    if (self->placed[i] && self->placed[i + 1] &&
        hypot (self->points[i].x - self->points[i + 1].x, self->points[i].y - self->points[i + 1].y) < 0.03 * diagonal)
      return TRUE;
  return FALSE;
}

const char *
stride_angle_canvas_get_next_name (StrideAngleCanvas *self)
{
  g_return_val_if_fail (STRIDE_IS_ANGLE_CANVAS (self), NULL);

  for (guint i = 0; i < self->n_points; i++)
    if (!self->placed[i])
      return self->names[i];
  return NULL;
}

static int
next_unplaced (StrideAngleCanvas *self)
{
  for (guint i = 0; i < self->n_points; i++)
    if (!self->placed[i])
      return (int) i;
  return -1;
}

/* What a screen reader hears: which landmarks are placed, and the angle once it is read. */
static void
update_accessible_description (StrideAngleCanvas *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  double angle = stride_angle_canvas_get_angle (self);
  const char *next = stride_angle_canvas_get_next_name (self);

  if (self->photo == NULL)
    g_string_append (text, _("No photo yet."));
  else if (next != NULL)
    /* Translators: %s is a landmark such as "Knee" */
    g_string_append_printf (text, _("Place the %s: move the crosshair with the arrow keys and press Enter."), next);
  else if (!isnan (angle))
    /* Translators: the angle read off the photo */
    g_string_append_printf (text, _("Every point is placed. The angle is %.0f°. Press 1, 2 or 3 to choose a point and move it with the arrow keys."),
                            angle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

static void
points_changed (StrideAngleCanvas *self)
{
  update_accessible_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANGLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PLACED]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stride_angle_canvas_set_point (StrideAngleCanvas *self,
                               guint              index,
                               double             x,
                               double             y)
{
  StridePoint p = { x, y };

  g_return_if_fail (STRIDE_IS_ANGLE_CANVAS (self));
  g_return_if_fail (index < self->n_points);

  self->points[index] = clamp_to_photo (self, p);
  self->placed[index] = TRUE;
  points_changed (self);
}

void
stride_angle_canvas_clear (StrideAngleCanvas *self)
{
  g_return_if_fail (STRIDE_IS_ANGLE_CANVAS (self));

  memset (self->placed, 0, sizeof self->placed);
  self->selected = -1;
  self->dragging = -1;
  self->loupe = FALSE;
  if (self->photo != NULL)
    {
      self->cursor.x = gdk_texture_get_width (self->photo) / 2.0;
      self->cursor.y = gdk_texture_get_height (self->photo) / 2.0;
    }
  points_changed (self);
}

void
stride_angle_canvas_set_landmarks (StrideAngleCanvas  *self,
                                   const char * const *names,
                                   int                 method)
{
  g_return_if_fail (STRIDE_IS_ANGLE_CANVAS (self));
  g_return_if_fail (names != NULL);

  g_strfreev (self->names);
  self->names = g_strdupv ((char **) names);
  self->method = method;
  self->n_points = MIN (g_strv_length (self->names), MAX_POINTS);
  stride_angle_canvas_clear (self);
}

void
stride_angle_canvas_set_photo (StrideAngleCanvas *self,
                               GdkTexture        *photo)
{
  g_return_if_fail (STRIDE_IS_ANGLE_CANVAS (self));

  if (!g_set_object (&self->photo, photo))
    return;
  stride_angle_canvas_clear (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GdkTexture *
stride_angle_canvas_get_photo (StrideAngleCanvas *self)
{
  g_return_val_if_fail (STRIDE_IS_ANGLE_CANVAS (self), NULL);
  return self->photo;
}

/* ---- Drawing ---- */

static void
draw_marks (StrideAngleCanvas *self,
            cairo_t           *cr,
            const StridePhotoFit   *fit,
            double             size)
{
  StridePoint shown[MAX_POINTS];
  double angle = stride_angle_canvas_get_angle (self);

  for (guint i = 0; i < self->n_points; i++)
    shown[i] = stride_photo_fit_to_view (fit, self->points[i]);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  /* The lines first, dark under light so they show on any skin or floor. */
  for (int pass = 0; pass < 2; pass++)
    {
      cairo_set_line_width (cr, (pass == 0 ? 5.0 : 2.5) * size);
      if (pass == 0)
        cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
      else
        cairo_set_source_rgb (cr, 1.0, 0.85, 0.2);

      if (self->method == STRIDE_MEASURE_FROM_VERTICAL && self->placed[0])
        {
          double dashes[] = { 8 * size, 6 * size };

          cairo_save (cr);
          cairo_set_dash (cr, dashes, 2, 0);
          cairo_move_to (cr, shown[0].x, shown[0].y);
          cairo_line_to (cr, shown[0].x, shown[0].y + 160 * size);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      for (guint i = 0; i + 1 < self->n_points; i++)
        if (self->placed[i] && self->placed[i + 1])
          {
            cairo_move_to (cr, shown[i].x, shown[i].y);
            cairo_line_to (cr, shown[i + 1].x, shown[i + 1].y);
            cairo_stroke (cr);
          }
    }

  for (guint i = 0; i < self->n_points; i++)
    {
      char number[4];

      if (!self->placed[i])
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, shown[i].x, shown[i].y, POINT_RADIUS * size, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.1, 0.45, 0.85);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, ((int) i == self->selected ? 4.0 : 2.0) * size);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_stroke (cr);
      g_snprintf (number, sizeof number, "%u", i + 1);
      cairo_set_font_size (cr, 13 * size);
      cairo_move_to (cr, shown[i].x - 4 * size, shown[i].y + 5 * size);
      cairo_show_text (cr, number);
    }

  if (!isnan (angle))
    {
      /* The reading beside the point where the angle is, white on a dark box. */
      guint at = self->method == STRIDE_MEASURE_FROM_VERTICAL ? 0 : 1;
      g_autofree char *text = g_strdup_printf ("%.0f°", angle);
      cairo_text_extents_t extents;
      double x = shown[at].x + 16 * size, y = shown[at].y - 14 * size, pad = 5 * size;

      cairo_new_path (cr);
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, 20 * size);
      cairo_text_extents (cr, text, &extents);
      cairo_rectangle (cr, x - pad, y + extents.y_bearing - pad, extents.x_advance + 2 * pad, extents.height + 2 * pad);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.7);
      cairo_fill (cr);
      cairo_move_to (cr, x, y);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_show_text (cr, text);
    }
}

static void
draw_crosshair (cairo_t     *cr,
                StridePoint  at)
{
  cairo_set_line_width (cr, 1.5);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_arc (cr, at.x, at.y, 14, 0, 2 * G_PI);
  cairo_move_to (cr, at.x - 22, at.y);
  cairo_line_to (cr, at.x + 22, at.y);
  cairo_move_to (cr, at.x, at.y - 22);
  cairo_line_to (cr, at.x, at.y + 22);
  cairo_stroke (cr);
}

/* The point being moved, magnified in a circle in the corner away from it. */
static void
snapshot_loupe (StrideAngleCanvas *self,
                GtkSnapshot       *snapshot,
                const StridePhotoFit   *fit,
                StridePoint        focus)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  StridePoint shown = stride_photo_fit_to_view (fit, focus);
  double cx = shown.x < width / 2 ? width - LOUPE_RADIUS - 12 : LOUPE_RADIUS + 12;
  double cy = LOUPE_RADIUS + 12;
  double zoom = fit->scale * LOUPE_ZOOM;
  GskRoundedRect circle;
  cairo_t *cr;

  gsk_rounded_rect_init_from_rect (&circle, &GRAPHENE_RECT_INIT (cx - LOUPE_RADIUS, cy - LOUPE_RADIUS,
                                                                  2 * LOUPE_RADIUS, 2 * LOUPE_RADIUS),
                                   LOUPE_RADIUS);
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 1 }, &circle.bounds);
  gtk_snapshot_append_texture (snapshot, self->photo,
                               &GRAPHENE_RECT_INIT (cx - focus.x * zoom, cy - focus.y * zoom,
                                                    gdk_texture_get_width (self->photo) * zoom,
                                                    gdk_texture_get_height (self->photo) * zoom));
  gtk_snapshot_pop (snapshot);

  cr = gtk_snapshot_append_cairo (snapshot, &circle.bounds);
  cairo_arc (cr, cx, cy, LOUPE_RADIUS, 0, 2 * G_PI);
  cairo_set_line_width (cr, 3);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_stroke (cr);
  draw_crosshair (cr, (StridePoint) { cx, cy });
  cairo_destroy (cr);
}

static void
stride_angle_canvas_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  StrideAngleCanvas *self = STRIDE_ANGLE_CANVAS (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  StridePhotoFit fit;
  cairo_t *cr;

  if (self->photo == NULL)
    return;

  fit = current_fit (self);
  gtk_snapshot_append_texture (snapshot, self->photo,
                               &GRAPHENE_RECT_INIT (fit.offset_x, fit.offset_y,
                                                    gdk_texture_get_width (self->photo) * fit.scale,
                                                    gdk_texture_get_height (self->photo) * fit.scale));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_marks (self, cr, &fit, 1.0);
  if (gtk_widget_has_visible_focus (widget) && self->selected < 0 && next_unplaced (self) >= 0)
    draw_crosshair (cr, stride_photo_fit_to_view (&fit, self->cursor));
  cairo_destroy (cr);

  if (self->loupe)
    {
      int index = self->dragging >= 0 ? self->dragging : self->selected;

      snapshot_loupe (self, snapshot, &fit, index >= 0 ? self->points[index] : self->cursor);
    }
}

static void
stride_angle_canvas_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  /* Small enough for a 360 px window; as big as it is given. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 200;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 560;
}

/* ---- Pointer ---- */

static int
point_near (StrideAngleCanvas *self,
            double             x,
            double             y)
{
  StridePhotoFit fit = current_fit (self);
  int best = -1;
  double best_distance = GRAB_DISTANCE;

  for (guint i = 0; i < self->n_points; i++)
    {
      StridePoint shown;
      double distance;

      if (!self->placed[i])
        continue;
      shown = stride_photo_fit_to_view (&fit, self->points[i]);
      distance = hypot (shown.x - x, shown.y - y);
      if (distance < best_distance)
        {
          best = (int) i;
          best_distance = distance;
        }
    }
  return best;
}

static void
drag_begin_cb (GtkGestureDrag    *gesture,
               double             x,
               double             y,
               StrideAngleCanvas *self)
{
  StridePhotoFit fit = current_fit (self);
  int index;

  if (self->photo == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  index = point_near (self, x, y);
  if (index < 0)
    {
      StridePoint p = stride_photo_fit_to_image (&fit, (StridePoint) { x, y });

      index = next_unplaced (self);
      if (index < 0)
        {
          gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
          return;
        }
      stride_angle_canvas_set_point (self, (guint) index, p.x, p.y);
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->dragging = index;
  self->selected = index;
  self->drag_origin = self->points[index];
  self->loupe = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_update_cb (GtkGestureDrag    *gesture,
                double             offset_x,
                double             offset_y,
                StrideAngleCanvas *self)
{
  StridePhotoFit fit = current_fit (self);

  if (self->dragging < 0)
    return;
  stride_angle_canvas_set_point (self, (guint) self->dragging,
                                 self->drag_origin.x + offset_x / fit.scale,
                                 self->drag_origin.y + offset_y / fit.scale);
}

static void
drag_end_cb (GtkGestureDrag    *gesture,
             double             offset_x,
             double             offset_y,
             StrideAngleCanvas *self)
{
  self->dragging = -1;
  self->loupe = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Keyboard ---- */

static void
nudge (StrideAngleCanvas *self,
       double             dx,
       double             dy)
{
  StridePhotoFit fit = current_fit (self);

  /* One step is one screen pixel, whatever the photo's scale. */
  dx /= fit.scale;
  dy /= fit.scale;
  self->loupe = TRUE;
  if (self->selected >= 0)
    stride_angle_canvas_set_point (self, (guint) self->selected,
                                   self->points[self->selected].x + dx,
                                   self->points[self->selected].y + dy);
  else
    {
      StridePoint p = { self->cursor.x + dx, self->cursor.y + dy };

      self->cursor = clamp_to_photo (self, p);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                StrideAngleCanvas     *self)
{
  double step = (state & GDK_SHIFT_MASK) ? 10 : 1;
  int next;

  if (self->photo == NULL)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      nudge (self, -step, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      nudge (self, step, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      nudge (self, 0, -step);
      return GDK_EVENT_STOP;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      nudge (self, 0, step);
      return GDK_EVENT_STOP;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_space:
      next = next_unplaced (self);
      if (next < 0)
        return GDK_EVENT_PROPAGATE;
      stride_angle_canvas_set_point (self, (guint) next, self->cursor.x, self->cursor.y);
      /* The crosshair stays for the next landmark; a placed point is moved after 1–3. */
      self->selected = -1;
      return GDK_EVENT_STOP;
    case GDK_KEY_1: case GDK_KEY_2: case GDK_KEY_3:
    case GDK_KEY_KP_1: case GDK_KEY_KP_2: case GDK_KEY_KP_3:
      {
        guint index = (keyval >= GDK_KEY_KP_1 ? keyval - GDK_KEY_KP_1 : keyval - GDK_KEY_1);

        if (index >= self->n_points || !self->placed[index])
          return GDK_EVENT_PROPAGATE;
        self->selected = (int) index;
        gtk_widget_queue_draw (GTK_WIDGET (self));
        return GDK_EVENT_STOP;
      }
    case GDK_KEY_Escape:
      if (self->selected < 0 && !self->loupe)
        return GDK_EVENT_PROPAGATE;
      self->selected = -1;
      self->loupe = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return GDK_EVENT_STOP;
    case GDK_KEY_BackSpace: case GDK_KEY_Delete:
      for (int i = (int) self->n_points - 1; i >= 0; i--)
        if (self->placed[i])
          {
            self->placed[i] = FALSE;
            self->cursor = self->points[i];
            self->selected = -1;
            points_changed (self);
            return GDK_EVENT_STOP;
          }
      return GDK_EVENT_PROPAGATE;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
key_released_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 StrideAngleCanvas     *self)
{
  if (self->loupe && self->dragging < 0)
    {
      self->loupe = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

GdkTexture *
stride_angle_canvas_render_marked (StrideAngleCanvas *self)
{
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkNative *native;
  StridePhotoFit fit = { 1.0, 0.0, 0.0 };
  double width, height, size;
  cairo_t *cr;

  g_return_val_if_fail (STRIDE_IS_ANGLE_CANVAS (self), NULL);

  native = gtk_widget_get_native (GTK_WIDGET (self));
  if (self->photo == NULL || native == NULL)
    return NULL;

  width = gdk_texture_get_width (self->photo);
  height = gdk_texture_get_height (self->photo);
  /* Marks as big on the saved photo as they looked on a screen-sized one. */
  size = MAX (1.0, MAX (width, height) / 900.0);
  snapshot = gtk_snapshot_new ();
  gtk_snapshot_append_texture (snapshot, self->photo, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_marks (self, cr, &fit, size);
  cairo_destroy (cr);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return gsk_renderer_render_texture (gtk_native_get_renderer (native), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
stride_angle_canvas_dispose (GObject *object)
{
  StrideAngleCanvas *self = STRIDE_ANGLE_CANVAS (object);

  g_clear_object (&self->photo);
  g_clear_pointer (&self->names, g_strfreev);
  G_OBJECT_CLASS (stride_angle_canvas_parent_class)->dispose (object);
}

static void
stride_angle_canvas_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StrideAngleCanvas *self = STRIDE_ANGLE_CANVAS (object);

  switch (prop_id)
    {
    case PROP_ANGLE:
      g_value_set_double (value, stride_angle_canvas_get_angle (self));
      break;
    case PROP_N_PLACED:
      g_value_set_uint (value, stride_angle_canvas_get_n_placed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_angle_canvas_class_init (StrideAngleCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_angle_canvas_dispose;
  object_class->get_property = stride_angle_canvas_get_property;
  widget_class->snapshot = stride_angle_canvas_snapshot;
  widget_class->measure = stride_angle_canvas_measure;

  properties[PROP_ANGLE] =
    g_param_spec_double ("angle", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_PLACED] =
    g_param_spec_uint ("n-placed", NULL, NULL, 0, MAX_POINTS, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "angle-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stride_angle_canvas_init (StrideAngleCanvas *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->selected = -1;
  self->dragging = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  g_signal_connect (keys, "key-released", G_CALLBACK (key_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Photo to measure on"), -1);
  update_accessible_description (self);
}

GtkWidget *
stride_angle_canvas_new (void)
{
  return g_object_new (STRIDE_TYPE_ANGLE_CANVAS, NULL);
}
