/* stride-test-clips.c — small WebM clips made at test time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <gst/gst.h>

#include "stride-test-clips.h"

char *
stride_test_clips_missing (void)
{
  static const char * const needed[] = {
    "videotestsrc", "videoconvert", "vp8enc", "webmmux", "filesink", "playbin",
    "matroskademux", "vp8dec",
  };

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      g_autoptr(GstElementFactory) factory = gst_element_factory_find (needed[i]);

      if (factory == NULL)
        return g_strdup_printf ("GStreamer element %s is not installed", needed[i]);
    }
  return NULL;
}

static GstTocEntry *
chapter_entry (const char *uid,
               const char *title,
               gint64      start,
               gint64      stop)
{
  GstTocEntry *entry = gst_toc_entry_new (GST_TOC_ENTRY_TYPE_CHAPTER, uid);

  gst_toc_entry_set_start_stop_times (entry, start, stop);
  gst_toc_entry_set_tags (entry, gst_tag_list_new (GST_TAG_TITLE, title, NULL));
  return entry;
}

static GstToc *
make_toc (double   seconds,
          gboolean two_sides)
{
  GstToc *toc = gst_toc_new (GST_TOC_SCOPE_GLOBAL);
  GstTocEntry *edition = gst_toc_entry_new (GST_TOC_ENTRY_TYPE_EDITION, "edition");
  gint64 duration = seconds * GST_SECOND;

  if (two_sides)
    {
      gint64 quarter = duration / 4;

      gst_toc_entry_append_sub_entry (edition, chapter_entry ("setup", "setup", 0, quarter));
      gst_toc_entry_append_sub_entry (edition, chapter_entry ("hold", "hold", quarter, 2 * quarter));
      gst_toc_entry_append_sub_entry (edition, chapter_entry ("setup@2", "setup", 2 * quarter, 3 * quarter));
      gst_toc_entry_append_sub_entry (edition, chapter_entry ("hold@2", "hold", 3 * quarter, duration));
    }
  else
    {
      gst_toc_entry_append_sub_entry (edition, chapter_entry ("setup", "Set-up", 0, duration / 2));
      gst_toc_entry_append_sub_entry (edition, chapter_entry ("hold", "Hold", duration / 2, duration));
    }
  gst_toc_append_entry (toc, edition);
  return toc;
}

gboolean
stride_test_clip_write (const char  *path,
                        int          width,
                        int          height,
                        double       seconds,
                        const char  *encoder,
                        gboolean     two_sides,
                        GError     **error)
{
  g_autofree char *description = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) mux = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  g_autoptr(GstToc) toc = NULL;
  gboolean ok;

  /* I420 first: vp9enc would otherwise pick a 4:4:4 profile many decoders refuse. */
  description = g_strdup_printf ("videotestsrc pattern=ball num-buffers=%d ! "
                                 "video/x-raw,width=%d,height=%d,framerate=30/1 ! videoconvert ! "
                                 "video/x-raw,format=I420 ! %s deadline=1 ! webmmux name=mux ! "
                                 "filesink location=\"%s\"",
                                 (int) (seconds * 30), width, height, encoder, path);
  pipeline = gst_parse_launch (description, error);
  if (pipeline == NULL)
    return FALSE;

  mux = gst_bin_get_by_name (GST_BIN (pipeline), "mux");
  toc = make_toc (seconds, two_sides);
  gst_toc_setter_set_toc (GST_TOC_SETTER (mux), toc);

  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, 120 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  ok = message != NULL && GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS;
  if (!ok && message != NULL)
    gst_message_parse_error (message, error, NULL);
  else if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "writing %s took too long", path);
  gst_element_set_state (pipeline, GST_STATE_NULL);
  return ok;
}
