/* stride-media-error.h — why a video cannot be played
 *
 * Header only, so the UI can tell the errors apart without linking GStreamer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A string quark, so the module and the UI agree on it without sharing code. */
#define STRIDE_MEDIA_ERROR (g_quark_from_static_string ("stride-media-error-quark"))

typedef enum
{
  STRIDE_MEDIA_ERROR_NOT_FOUND,       /* the file does not exist or cannot be read */
  STRIDE_MEDIA_ERROR_MISSING_PLUGIN,  /* a format this system cannot decode */
  STRIDE_MEDIA_ERROR_NOT_VIDEO,       /* the file is not a video at all */
  STRIDE_MEDIA_ERROR_CORRUPT,         /* a video file that is damaged or incomplete */
  STRIDE_MEDIA_ERROR_NO_GSTREAMER,    /* GStreamer itself could not be started */
  STRIDE_MEDIA_ERROR_FAILED,          /* anything else; the message says what */
} StrideMediaError;

G_END_DECLS
