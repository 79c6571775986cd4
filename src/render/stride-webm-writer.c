/* stride-webm-writer.c — frames from the painter, through GStreamer, into WebM
 *
 *   appsrc (BGRA) → videoconvert → I420 → vp9enc|vp8enc → webmmux (+ TOC) → filesink
 *
 * I420 before the encoder: given BGRA, vp9enc would pick a 4:4:4 profile many decoders
 * refuse. The encoder is tuned for speed (the build renders every video) — flat shapes
 * on a still background compress well even so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <gst/app/gstappsrc.h>
#include <gio/gio.h>
#include <gst/gst.h>

#include "stride-painter.h"
#include "stride-webm-writer.h"

#define QUEUE_FRAMES 4
#define FINISH_TIMEOUT (120 * GST_SECOND)

static GstToc *
make_toc (const StrideAnimation *animation)
{
  g_autoptr(GPtrArray) chapters = stride_animation_get_video_chapters (animation);
  GstToc *toc = gst_toc_new (GST_TOC_SCOPE_GLOBAL);
  GstTocEntry *edition = gst_toc_entry_new (GST_TOC_ENTRY_TYPE_EDITION, "chapters");
  GstClockTime total = stride_animation_get_total_duration (animation) * GST_SECOND;

  gst_toc_entry_set_start_stop_times (edition, 0, total);
  for (guint i = 0; i < chapters->len; i++)
    {
      const StrideChapter *chapter = g_ptr_array_index (chapters, i);
      GstTocEntry *entry = gst_toc_entry_new (GST_TOC_ENTRY_TYPE_CHAPTER, chapter->uid);

      gst_toc_entry_set_start_stop_times (entry, chapter->start * GST_SECOND,
                                          MIN (chapter->end * GST_SECOND, total));
      gst_toc_entry_set_tags (entry, gst_tag_list_new (GST_TAG_TITLE, chapter->id, NULL));
      gst_toc_entry_append_sub_entry (edition, entry);
    }
  gst_toc_append_entry (toc, edition);
  return toc;
}

static GstElement *
make_pipeline (const char  *path,
               int          width,
               int          height,
               StrideCodec  codec,
               GError     **error)
{
  g_autofree char *description = NULL;
  GstElement *pipeline;
  g_autoptr(GstElement) sink = NULL;

  description = g_strdup_printf (
    "appsrc name=src format=time "
    "caps=video/x-raw,format=BGRA,width=%d,height=%d,framerate=%d/1,pixel-aspect-ratio=1/1 "
    "! videoconvert ! video/x-raw,format=I420 ! %s "
    "! webmmux name=mux ! filesink name=sink",
    width, height, STRIDE_VIDEO_FPS,
    codec == STRIDE_CODEC_VP9 ?
      "vp9enc deadline=1 cpu-used=8 threads=2 row-mt=true end-usage=cq cq-level=40 "
      "target-bitrate=400000 keyframe-max-dist=60 lag-in-frames=0" :
      "vp8enc deadline=1 cpu-used=16 threads=2 end-usage=cq cq-level=30 "
      "target-bitrate=400000 keyframe-max-dist=60 lag-in-frames=0");
  pipeline = gst_parse_launch (description, error);
  if (pipeline == NULL)
    return NULL;
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  g_object_set (sink, "location", path, NULL);
  return pipeline;
}

/* Waits until the queue has room, or returns FALSE with the pipeline's error. */
static gboolean
wait_for_room (GstAppSrc  *src,
               GstBus     *bus,
               guint64     max_bytes,
               GError    **error)
{
  do
    {
      g_autoptr(GstMessage) message = NULL;

      message = gst_bus_timed_pop_filtered (bus, 0, GST_MESSAGE_ERROR);
      if (message != NULL)
        {
          gst_message_parse_error (message, error, NULL);
          return FALSE;
        }
      if (gst_app_src_get_current_level_bytes (src) <= max_bytes)
        return TRUE;
      message = gst_bus_timed_pop_filtered (bus, 5 * GST_MSECOND, GST_MESSAGE_ERROR);
      if (message != NULL)
        {
          gst_message_parse_error (message, error, NULL);
          return FALSE;
        }
    }
  while (TRUE);
}

static GstBuffer *
render_frame (cairo_surface_t       *surface,
              const StrideAnimation *animation,
              guint                  index,
              int                    width,
              int                    height)
{
  cairo_t *cr = cairo_create (surface);
  GstBuffer *buffer;

  stride_painter_draw_frame (cr, animation, (double) index / STRIDE_VIDEO_FPS, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  buffer = gst_buffer_new_memdup (cairo_image_surface_get_data (surface),
                                  (gsize) cairo_image_surface_get_stride (surface) * height);
  GST_BUFFER_PTS (buffer) = gst_util_uint64_scale (index, GST_SECOND, STRIDE_VIDEO_FPS);
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (index + 1, GST_SECOND, STRIDE_VIDEO_FPS) -
                                 GST_BUFFER_PTS (buffer);
  return buffer;
}

static gboolean
push_frames (GstAppSrc             *src,
             GstBus                *bus,
             const StrideAnimation *animation,
             int                    width,
             int                    height,
             GError               **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guint n_frames = (guint) (stride_animation_get_total_duration (animation) *
                            STRIDE_VIDEO_FPS + 0.5);
  guint64 max_bytes = (guint64) width * height * 4 * QUEUE_FRAMES;
  gboolean ok = TRUE;

  for (guint i = 0; i < n_frames && ok; i++)
    {
      ok = wait_for_room (src, bus, max_bytes, error);
      if (ok && gst_app_src_push_buffer (src, render_frame (surface, animation, i, width,
                                                            height)) != GST_FLOW_OK)
        ok = wait_for_room (src, bus, 0, error);   /* reports the pipeline's error */
    }
  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
finish (GstAppSrc  *src,
        GstBus     *bus,
        GError    **error)
{
  g_autoptr(GstMessage) message = NULL;

  gst_app_src_end_of_stream (src);
  message = gst_bus_timed_pop_filtered (bus, FINISH_TIMEOUT,
                                        GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  if (message == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "the encoder did not finish");
      return FALSE;
    }
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      gst_message_parse_error (message, error, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
stride_webm_write (const StrideAnimation  *animation,
                   const char             *path,
                   int                     width,
                   int                     height,
                   StrideCodec             codec,
                   GError                **error)
{
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) src = NULL;
  g_autoptr(GstElement) mux = NULL;
  g_autoptr(GstBus) bus = NULL;
  GstToc *toc;
  gboolean ok;

  g_return_val_if_fail (animation != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  if (!gst_is_initialized ())
    gst_init (NULL, NULL);
  pipeline = make_pipeline (path, width, height, codec, error);
  if (pipeline == NULL)
    return FALSE;
  src = gst_bin_get_by_name (GST_BIN (pipeline), "src");
  mux = gst_bin_get_by_name (GST_BIN (pipeline), "mux");
  bus = gst_element_get_bus (pipeline);

  toc = make_toc (animation);
  gst_toc_setter_set_toc (GST_TOC_SETTER (mux), toc);
  gst_toc_unref (toc);

  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      ok = wait_for_room (GST_APP_SRC (src), bus, 0, error);
      if (ok)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot start the encoder");
      gst_element_set_state (pipeline, GST_STATE_NULL);
      return FALSE;
    }
  ok = push_frames (GST_APP_SRC (src), bus, animation, width, height, error) &&
       finish (GST_APP_SRC (src), bus, error);
  gst_element_set_state (pipeline, GST_STATE_NULL);
  return ok;
}
