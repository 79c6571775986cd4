/* stride-painter.h — draws animation frames with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "stride-animation.h"

G_BEGIN_DECLS

/* The warm colour of a highlighted structure, for tests that look for it. */
#define STRIDE_PAINTER_HIGHLIGHT_R 0.94
#define STRIDE_PAINTER_HIGHLIGHT_G 0.33
#define STRIDE_PAINTER_HIGHLIGHT_B 0.12

/* Tables, chairs and boxes stand in the picture plane, this deep (m) each way: a raised
 * camera sees their top as a band that deep. */
#define STRIDE_PAINTER_FURNITURE_HALF_DEPTH 0.3
/* ... but a chair's seat is shallower */
#define STRIDE_PAINTER_SEAT_HALF_DEPTH 0.22

/* Draws the frame at VIDEO_T seconds of the whole video (both sides, the switch) onto
 * CR, filling WIDTH × HEIGHT pixels. */
void stride_painter_draw_frame (cairo_t               *cr,
                                const StrideAnimation *animation,
                                double                 video_t,
                                int                    width,
                                int                    height);

/* The still room and props of each camera, kept between the frames of one video (see
 * stride_painter_draw_frame_cached). */
typedef struct _StrideSceneCache StrideSceneCache;

StrideSceneCache *stride_scene_cache_new  (void);
void              stride_scene_cache_free (StrideSceneCache *cache);

/* stride_painter_draw_frame, copying the room and props from CACHE instead of drawing
 * them again: the same pixels, at less cost per frame of a whole video. */
void stride_painter_draw_frame_cached (cairo_t               *cr,
                                       const StrideAnimation *animation,
                                       double                 video_t,
                                       int                    width,
                                       int                    height,
                                       StrideSceneCache      *cache);

/* Draws one side at T seconds; MIRRORED draws the other side (a mirror image). */
void stride_painter_draw_side  (cairo_t               *cr,
                                const StrideAnimation *animation,
                                double                 t,
                                gboolean               mirrored,
                                int                    width,
                                int                    height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideSceneCache, stride_scene_cache_free)

G_END_DECLS
