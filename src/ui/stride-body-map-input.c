/* stride-body-map-input.c — the pointer and the keyboard: what lies under a point, focus
 * order and arrow keys, clicks, hover and tooltips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-body-map-private.h"

Region *
_stride_body_map_region_at (StrideBodyMap *self,
                            double         widget_x,
                            double         widget_y)
{
  Transform t = _stride_body_map_get_transform (self);
  g_autoptr(GPtrArray) order = _stride_body_map_regions_sorted (self, _stride_body_map_compare_area_cb);
  double x, y;

  if (t.scale <= 0)
    return NULL;

  x = (widget_x - t.dx) / t.scale;
  y = (widget_y - t.dy) / t.scale;

  /* Topmost first: the reverse of the drawing order. */
  for (guint i = order->len; i > 0; i--)
    {
      Region *region = g_ptr_array_index (order, i - 1);
      if (_stride_body_map_region_contains (region, self->view, self->layer, x, y))
        return region;
    }

  return NULL;
}

/* The landmark whose marker is under the widget point (X, Y), if any: on small maps the
 * labels are hidden and the tooltip names it. */
const char *
_stride_body_map_landmark_at (StrideBodyMap *self,
                              double         x,
                              double         y)
{
  Transform t = _stride_body_map_get_transform (self);
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  double reach = MAX (6.0, t.scale * 1.2);

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);

      if (hypot (t.dx + landmark->point.x * t.scale - x, t.dy + landmark->point.y * t.scale - y) <= reach &&
          _stride_body_map_landmark_drawn (self, landmark))
        return landmark->id;
    }

  return NULL;
}

/* Keyboard */

static GPtrArray *
focus_order (StrideBodyMap *self)
{
  return _stride_body_map_regions_sorted (self, _stride_body_map_compare_reading_order_cb);
}

Region *
_stride_body_map_next_in_order (StrideBodyMap *self,
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

  if (self->focus == NULL || !_stride_body_map_region_shown (self->focus, self->view, self->layer))
    return order->len > 0 ? g_ptr_array_index (order, 0) : NULL;

  from = _stride_body_map_region_anchor (self->focus, self->view, self->layer);
  for (guint i = 0; i < order->len; i++)
    {
      Region *region = g_ptr_array_index (order, i);
      StridePoint to = _stride_body_map_region_anchor (region, self->view, self->layer);
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

gboolean
_stride_body_map_focus (GtkWidget        *widget,
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
      _stride_body_map_set_focus (self, g_ptr_array_index (order, direction == GTK_DIR_TAB_BACKWARD ? order->len - 1 : 0));
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

  _stride_body_map_set_focus (self, target);
  return TRUE;
}

void
_stride_body_map_move_focus_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);
  Region *target = nearest_in_direction (self, g_variant_get_int32 (parameter));

  if (target != NULL)
    _stride_body_map_set_focus (self, target);
}

void
_stride_body_map_activate_focus_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);

  if (self->focus == NULL || !_stride_body_map_region_shown (self->focus, self->view, self->layer))
    _stride_body_map_set_focus (self, _stride_body_map_next_in_order (self, 1));

  if (self->focus != NULL)
    stride_body_map_activate_region (self, self->focus->id);
}

/* Pointer */

void
_stride_body_map_motion_cb (GtkEventControllerMotion *controller,
                            double                    x,
                            double                    y,
                            StrideBodyMap            *self)
{
  _stride_body_map_set_hover (self, _stride_body_map_region_at (self, x, y));
}

void
_stride_body_map_leave_cb (GtkEventControllerMotion *controller,
                           StrideBodyMap            *self)
{
  _stride_body_map_set_hover (self, NULL);
}

void
_stride_body_map_released_cb (GtkGestureClick *gesture,
                              int              n_press,
                              double           x,
                              double           y,
                              StrideBodyMap   *self)
{
  Region *region = _stride_body_map_region_at (self, x, y);

  if (region == NULL)
    return;

  _stride_body_map_set_focus (self, region);
  stride_body_map_activate_region (self, region->id);
}

void
_stride_body_map_focus_changed_cb (StrideBodyMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
_stride_body_map_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  StrideBodyMap *self = STRIDE_BODY_MAP (widget);
  Region *region = keyboard_mode ? self->focus : _stride_body_map_region_at (self, x, y);
  const char *landmark = keyboard_mode ? NULL : _stride_body_map_landmark_at (self, x, y);

  /* The pointer may have entered before the map had a size: catch up with it here. */
  if (!keyboard_mode)
    _stride_body_map_set_hover (self, region);

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

const char *
stride_body_map_get_region_at (StrideBodyMap *self,
                               double         x,
                               double         y)
{
  Region *region;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  region = _stride_body_map_region_at (self, x, y);
  return region != NULL ? region->id : NULL;
}
