/* stride-video-sink.h — a GStreamer video sink that hands frames to a GdkPaintable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gst/video/gstvideosink.h>

#include "stride-video-paintable.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_VIDEO_SINK (stride_video_sink_get_type ())

G_DECLARE_FINAL_TYPE (StrideVideoSink, stride_video_sink, STRIDE, VIDEO_SINK, GstVideoSink)

/* The sink shows its frames in PAINTABLE ("paintable" property, construct-only). */
GstElement *stride_video_sink_new (StrideVideoPaintable *paintable);

G_END_DECLS
