/* stride-media.c — starting the media layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gst/gst.h>

#include "stride-media.h"
#include "stride-media-error.h"

gboolean
stride_media_init (GError **error)
{
  static gsize initialised = 0;
  static GError *init_error = NULL;

  if (g_once_init_enter (&initialised))
    {
      GError *local_error = NULL;

      if (!gst_init_check (NULL, NULL, &local_error))
        {
          init_error = g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NO_GSTREAMER,
                                    "GStreamer could not start: %s", local_error->message);
          g_error_free (local_error);
        }
      g_once_init_leave (&initialised, 1);
    }

  if (init_error != NULL)
    {
      g_propagate_error (error, g_error_copy (init_error));
      return FALSE;
    }
  return TRUE;
}
