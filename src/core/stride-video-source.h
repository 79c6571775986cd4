/* stride-video-source.h — whether a pack's video may be opened, and from where
 *
 * A video is a local file (or a resource) unless its pack names an https address. Stride
 * contacts no server the user has not allowed: a pack's https videos are opened only after
 * the user allowed that pack's internet videos once (remembered per pack id). Everything
 * else — other schemes, a missing pack id — is never opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STRIDE_VIDEO_SOURCE_LOCAL,     /* a file or resource: open it */
  STRIDE_VIDEO_SOURCE_ALLOWED,   /* https, and the user allowed this pack's */
  STRIDE_VIDEO_SOURCE_ASK,       /* https, not decided: ask before any connection */
  STRIDE_VIDEO_SOURCE_DECLINED,  /* https, and the user said "Not now" */
  STRIDE_VIDEO_SOURCE_REFUSED,   /* anything else: never opened */
} StrideVideoSource;

/* The decision for URI of pack PACK_ID: ALLOWED_PACKS are the pack ids the user allowed
 * (kept in the settings), DECLINED_PACKS those they declined this time; either may be
 * NULL. */
StrideVideoSource stride_video_source_decide (const char         *uri,
                                              const char         *pack_id,
                                              const char * const *allowed_packs,
                                              const char * const *declined_packs);

/* The host URI would contact ("media.example.org"), for the question to the user; NULL
 * when it has none. */
char             *stride_video_source_host   (const char         *uri);

G_END_DECLS
