/* stride-camera-mirror.h — the runner's camera beside the demonstration
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_CAMERA_MIRROR (stride_camera_mirror_get_type ())

G_DECLARE_FINAL_TYPE (StrideCameraMirror, stride_camera_mirror, STRIDE, CAMERA_MIRROR, GtkWidget)

GtkWidget    *stride_camera_mirror_new              (void);

/* The demonstration: a widget shown beside (wide) or above (narrow) the camera. */
void          stride_camera_mirror_set_child        (StrideCameraMirror *self,
                                                     GtkWidget          *child);
GtkWidget    *stride_camera_mirror_get_child        (StrideCameraMirror *self);
/* The demonstration's picture, drawn at half opacity over the camera in overlay mode. */
void          stride_camera_mirror_set_paintable    (StrideCameraMirror *self,
                                                     GdkPaintable       *paintable);
/* Shows the camera (and starts it) or hides it (and lets the device go). */
void          stride_camera_mirror_set_active       (StrideCameraMirror *self,
                                                     gboolean            active);
gboolean      stride_camera_mirror_get_active       (StrideCameraMirror *self);
void          stride_camera_mirror_set_overlay      (StrideCameraMirror *self,
                                                     gboolean            overlay);
gboolean      stride_camera_mirror_get_overlay      (StrideCameraMirror *self);
/* Side by side (TRUE) or one above the other, as the last layout chose. */
gboolean      stride_camera_mirror_is_side_by_side  (StrideCameraMirror *self);
/* The camera's state: 0 idle, 1 starting, 2 running, 3 failed. */
int           stride_camera_mirror_get_camera_state (StrideCameraMirror *self);
const char   *stride_camera_mirror_get_message      (StrideCameraMirror *self);

G_END_DECLS
