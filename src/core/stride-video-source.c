/* stride-video-source.c — whether a pack's video may be opened, and from where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-video-source.h"

static gboolean
has_scheme (const char *uri,
            const char *scheme)
{
  g_autofree char *found = g_uri_parse_scheme (uri);

  return found != NULL && g_ascii_strcasecmp (found, scheme) == 0;
}

StrideVideoSource
stride_video_source_decide (const char         *uri,
                            const char         *pack_id,
                            const char * const *allowed_packs,
                            const char * const *declined_packs)
{
  g_autofree char *host = NULL;

  if (uri == NULL)
    return STRIDE_VIDEO_SOURCE_REFUSED;
  if (has_scheme (uri, "file") || has_scheme (uri, "resource"))
    return STRIDE_VIDEO_SOURCE_LOCAL;
  if (!has_scheme (uri, "https") || pack_id == NULL)
    return STRIDE_VIDEO_SOURCE_REFUSED;
  host = stride_video_source_host (uri);
  if (host == NULL)
    return STRIDE_VIDEO_SOURCE_REFUSED;

  if (allowed_packs != NULL && g_strv_contains (allowed_packs, pack_id))
    return STRIDE_VIDEO_SOURCE_ALLOWED;
  if (declined_packs != NULL && g_strv_contains (declined_packs, pack_id))
    return STRIDE_VIDEO_SOURCE_DECLINED;
  return STRIDE_VIDEO_SOURCE_ASK;
}

char *
stride_video_source_host (const char *uri)
{
  g_autoptr(GUri) parsed = uri != NULL ? g_uri_parse (uri, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *host = parsed != NULL ? g_uri_get_host (parsed) : NULL;

  return host != NULL && host[0] != '\0' ? g_strdup (host) : NULL;
}
