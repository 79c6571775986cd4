/* stride-webm-writer.h — an animation encoded as WebM with its chapters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-animation.h"

G_BEGIN_DECLS

#define STRIDE_VIDEO_FPS 30

typedef enum
{
  STRIDE_CODEC_VP9,
  STRIDE_CODEC_VP8,
} StrideCodec;

/* Renders every frame of ANIMATION at 30 fps, WIDTH × HEIGHT, and writes a WebM file
 * to PATH whose table of contents holds the video's chapters: one edition, one chapter
 * per StrideChapter, its uid the chapter's uid and its title tag the chapter id.
 * Calls gst_init() if needed. */
gboolean stride_webm_write (const StrideAnimation  *animation,
                            const char             *path,
                            int                     width,
                            int                     height,
                            StrideCodec             codec,
                            GError                **error);

G_END_DECLS
