/* stride-media-chapter.h — one entry of a clip's table of contents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_MEDIA_CHAPTER (stride_media_chapter_get_type ())

G_DECLARE_FINAL_TYPE (StrideMediaChapter, stride_media_chapter, STRIDE, MEDIA_CHAPTER, GObject)

/* START and END in µs; END is -1 when the container does not say. */
StrideMediaChapter *stride_media_chapter_new       (const char         *id,
                                                    const char         *title,
                                                    gint64              start,
                                                    gint64              end);
const char         *stride_media_chapter_get_id    (StrideMediaChapter *self);
const char         *stride_media_chapter_get_title (StrideMediaChapter *self);
gint64              stride_media_chapter_get_start (StrideMediaChapter *self);
gint64              stride_media_chapter_get_end   (StrideMediaChapter *self);
gboolean            stride_media_chapter_contains  (StrideMediaChapter *self,
                                                    gint64              position);

G_END_DECLS
