/* stride-angle-canvas.h — a photo with the points of an angle placed on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_ANGLE_CANVAS (stride_angle_canvas_get_type ())

G_DECLARE_FINAL_TYPE (StrideAngleCanvas, stride_angle_canvas, STRIDE, ANGLE_CANVAS, GtkWidget)

GtkWidget  *stride_angle_canvas_new            (void);

/* The landmarks to place, in order (2 or 3 names), and how they make the angle
 * (a StrideMeasureMethod). Clears the points. */
void        stride_angle_canvas_set_landmarks  (StrideAngleCanvas  *self,
                                                const char * const *names,
                                                int                 method);
void        stride_angle_canvas_set_photo      (StrideAngleCanvas  *self,
                                                GdkTexture         *photo);
GdkTexture *stride_angle_canvas_get_photo      (StrideAngleCanvas  *self);
/* Removes the points (the photo stays). */
void        stride_angle_canvas_clear          (StrideAngleCanvas  *self);

guint       stride_angle_canvas_get_n_placed   (StrideAngleCanvas  *self);
guint       stride_angle_canvas_get_n_points   (StrideAngleCanvas  *self);
/* Degrees, or NaN until every point is placed (property "angle"). */
double      stride_angle_canvas_get_angle      (StrideAngleCanvas  *self);
/* Places or moves point INDEX to (X, Y) in photo pixels. */
void        stride_angle_canvas_set_point      (StrideAngleCanvas  *self,
                                                guint               index,
                                                double              x,
                                                double              y);
/* Whether two neighbouring points are so close (under 3% of the photo's diagonal) that
 * the angle they make means nothing. */
gboolean    stride_angle_canvas_points_too_close (StrideAngleCanvas *self);
/* The next landmark to place, or NULL when all are placed. */
const char *stride_angle_canvas_get_next_name  (StrideAngleCanvas  *self);
/* The photo with the points and lines drawn on it, at the photo's size. */
GdkTexture *stride_angle_canvas_render_marked  (StrideAngleCanvas  *self);

G_END_DECLS
