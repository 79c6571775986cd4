/* stride-video-paintable.h — shows the latest frame a video sink handed over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

/* How the picture must be turned to stand upright (from the stream's orientation tag). */
typedef enum
{
  STRIDE_VIDEO_ORIENTATION_IDENTITY,
  STRIDE_VIDEO_ORIENTATION_90R,
  STRIDE_VIDEO_ORIENTATION_180,
  STRIDE_VIDEO_ORIENTATION_90L,
  STRIDE_VIDEO_ORIENTATION_HORIZ,
  STRIDE_VIDEO_ORIENTATION_VERT,
  STRIDE_VIDEO_ORIENTATION_UL_LR,
  STRIDE_VIDEO_ORIENTATION_UR_LL,
} StrideVideoOrientation;

#define STRIDE_TYPE_VIDEO_PAINTABLE (stride_video_paintable_get_type ())

G_DECLARE_FINAL_TYPE (StrideVideoPaintable, stride_video_paintable, STRIDE, VIDEO_PAINTABLE, GObject)

/* Frames are shown in the thread-default main context of the caller. */
StrideVideoPaintable *stride_video_paintable_new             (void);

/* Thread-safe: hands over a frame from a streaming thread. A frame still waiting to be
 * shown is replaced, so a slow main loop never builds a queue. */
void                  stride_video_paintable_queue_texture   (StrideVideoPaintable   *self,
                                                              GdkTexture             *texture,
                                                              double                  pixel_aspect_ratio,
                                                              StrideVideoOrientation  orientation);

/* Forgets the pending frame (the pipeline is stopping). */
void                  stride_video_paintable_drop_pending    (StrideVideoPaintable   *self);

/* Main thread only. */
GdkTexture           *stride_video_paintable_get_texture     (StrideVideoPaintable   *self);
guint64               stride_video_paintable_get_n_frames    (StrideVideoPaintable   *self);
/* Frames replaced by a newer one before the main loop showed them (any thread). */
guint64               stride_video_paintable_get_n_replaced  (StrideVideoPaintable   *self);
void                  stride_video_paintable_set_mirrored    (StrideVideoPaintable   *self,
                                                              gboolean                mirrored);
gboolean              stride_video_paintable_get_mirrored    (StrideVideoPaintable   *self);

G_END_DECLS
