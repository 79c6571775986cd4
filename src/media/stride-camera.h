/* stride-camera.h — the runner's camera, as a picture Stride can show
 *
 * A camera is opened the way GNOME apps open it: through the Camera portal (libportal) and
 * PipeWire, or straight through Video4Linux when no portal is running. Frames go through
 * Stride's own video sink into a GdkPaintable; nothing is recorded and nothing leaves the
 * machine. STRIDE_CAMERA_SOURCE=test stands in a moving test picture for a camera (tests,
 * screenshots); STRIDE_CAMERA_DEVICE names the Video4Linux device to try (default
 * /dev/video0).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  STRIDE_CAMERA_IDLE,
  STRIDE_CAMERA_STARTING,
  STRIDE_CAMERA_RUNNING,
  STRIDE_CAMERA_FAILED,
} StrideCameraState;

/* Why a camera could not be used: each has its own message for the runner. */
typedef enum
{
  STRIDE_CAMERA_PROBLEM_NONE,
  STRIDE_CAMERA_PROBLEM_NO_DEVICE,
  STRIDE_CAMERA_PROBLEM_REFUSED,
  STRIDE_CAMERA_PROBLEM_BUSY,
  STRIDE_CAMERA_PROBLEM_UNPLUGGED,
  STRIDE_CAMERA_PROBLEM_OTHER,
} StrideCameraProblem;

#define STRIDE_TYPE_CAMERA (stride_camera_get_type ())

G_DECLARE_FINAL_TYPE (StrideCamera, stride_camera, STRIDE, CAMERA, GObject)

StrideCamera        *stride_camera_new               (void);

/* Asks for the camera (PARENT, optional, is the window a portal dialog belongs to) and
 * starts it; "state" goes to RUNNING with the first frame, or to FAILED with a
 * "problem" and an "error-message". */
void                 stride_camera_start             (StrideCamera *self,
                                                      GtkWindow    *parent);
/* Stops at once and lets the device go. */
void                 stride_camera_stop              (StrideCamera *self);

GdkPaintable        *stride_camera_get_paintable     (StrideCamera *self);
StrideCameraState    stride_camera_get_state         (StrideCamera *self);
StrideCameraProblem  stride_camera_get_problem       (StrideCamera *self);
const char          *stride_camera_get_error_message (StrideCamera *self);
/* Mirrored like a real mirror by default. */
void                 stride_camera_set_mirrored      (StrideCamera *self,
                                                      gboolean      mirrored);
gboolean             stride_camera_get_mirrored      (StrideCamera *self);
/* Microseconds from start to the first frame shown (0 before it). */
gint64               stride_camera_get_first_frame_latency (StrideCamera *self);

/* Which problem a GStreamer error from the camera source means: RUNNING says the camera
 * had already sent pictures (a read error then means it was unplugged). */
StrideCameraProblem  stride_camera_classify_error    (GQuark        domain,
                                                      int           code,
                                                      gboolean      running);
/* The runner's words for PROBLEM. */
const char          *stride_camera_problem_message   (StrideCameraProblem problem);

G_END_DECLS
