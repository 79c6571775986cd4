/* test-video-source.c — which pack videos may be opened, and when Stride must ask first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "stride-content.h"
#include "stride-video-source.h"

static const char * const allowed[] = { "allowed_pack", NULL };
static const char * const declined[] = { "declined_pack", "allowed_pack", NULL };

/* Local files play; https waits for the user's word per pack; nothing else is opened. */
static void
test_decide (void)
{
  g_assert_cmpint (stride_video_source_decide ("file:///packs/a/videos/x.webm", "a", NULL, NULL), ==,
                   STRIDE_VIDEO_SOURCE_LOCAL);
  g_assert_cmpint (stride_video_source_decide ("resource:///io/x.webm", "a", NULL, NULL), ==,
                   STRIDE_VIDEO_SOURCE_LOCAL);
  g_assert_cmpint (stride_video_source_decide ("https://media.example.org/x.webm", "new_pack", allowed, declined), ==,
                   STRIDE_VIDEO_SOURCE_ASK);
  g_assert_cmpint (stride_video_source_decide ("https://media.example.org/x.webm", "new_pack", NULL, NULL), ==,
                   STRIDE_VIDEO_SOURCE_ASK);
  g_assert_cmpint (stride_video_source_decide ("HTTPS://media.example.org/x.webm", "allowed_pack", allowed, declined), ==,
                   STRIDE_VIDEO_SOURCE_ALLOWED);
  g_assert_cmpint (stride_video_source_decide ("https://media.example.org/x.webm", "declined_pack", allowed, declined), ==,
                   STRIDE_VIDEO_SOURCE_DECLINED);
  /* Allowed for one pack is not allowed for another on the same server. */
  g_assert_cmpint (stride_video_source_decide ("https://media.example.org/x.webm", "other", allowed, NULL), ==,
                   STRIDE_VIDEO_SOURCE_ASK);

  g_assert_cmpint (stride_video_source_decide ("http://media.example.org/x.webm", "allowed_pack", allowed, NULL), ==,
                   STRIDE_VIDEO_SOURCE_REFUSED);
  g_assert_cmpint (stride_video_source_decide ("rtsp://media.example.org/x", "allowed_pack", allowed, NULL), ==,
                   STRIDE_VIDEO_SOURCE_REFUSED);
  g_assert_cmpint (stride_video_source_decide ("https:///x.webm", "allowed_pack", allowed, NULL), ==,
                   STRIDE_VIDEO_SOURCE_REFUSED);
  g_assert_cmpint (stride_video_source_decide ("https://media.example.org/x.webm", NULL, allowed, NULL), ==,
                   STRIDE_VIDEO_SOURCE_REFUSED);
  g_assert_cmpint (stride_video_source_decide (NULL, "a", NULL, NULL), ==, STRIDE_VIDEO_SOURCE_REFUSED);
}

static void
test_host (void)
{
  g_autofree char *host = stride_video_source_host ("https://media.example.org:8443/v/x.webm?a=1");
  g_autofree char *none = stride_video_source_host ("https:///x.webm");

  g_assert_cmpstr (host, ==, "media.example.org");
  g_assert_null (none);
}

/* A pack's internet video keeps its pack id, and the pack its title, for the question. */
static void
test_example_pack (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "packs", "example", NULL);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = stride_content_load_pack (dir, errors);
  const StrideVideo *video;

  g_assert_nonnull (content);
  video = stride_content_find (content, STRIDE_KIND_VIDEO, "example_stance");
  g_assert_nonnull (video);
  g_assert_cmpstr (video->pack_id, ==, "example");
  g_assert_cmpint (stride_video_source_decide (video->uri, video->pack_id, NULL, NULL), ==, STRIDE_VIDEO_SOURCE_ASK);
  g_assert_cmpstr (stride_content_get_pack_title (content, video->pack_id), ==, "Example pack");
  g_assert_null (stride_content_get_pack_title (content, "no_such_pack"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/video-source/decide", test_decide);
  g_test_add_func ("/stride/video-source/host", test_host);
  g_test_add_func ("/stride/video-source/example-pack", test_example_pack);

  return g_test_run ();
}
