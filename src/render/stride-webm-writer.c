/* stride-webm-writer.c — frames from the painter, through GStreamer, into WebM
 *
 *   appsrc (BGRA) → videoconvert → I420 → vp9enc|vp8enc → webmmux (+ TOC) → filesink
 *
 * I420 before the encoder: given BGRA, vp9enc would pick a 4:4:4 profile many decoders
 * refuse. The encoder is tuned for speed (the build renders every video) — flat shapes
 * on a still background compress well even so. It runs on one thread: ninja renders a
 * video per core, and a second encoder thread only adds the cost of handing work over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <gst/app/gstappsrc.h>
#include <gst/video/video.h>
#include <gio/gio.h>
#include <gst/gst.h>
#include <string.h>

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
      "vp9enc deadline=1 cpu-used=8 threads=1 row-mt=false end-usage=cq cq-level=40 "
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

/* What a frame shows: when two frames in a row would show the same, the second is the
 * first one shown longer (a still set-up, a pause), neither drawn nor encoded again. */
typedef struct
{
  gboolean     valid;           /* FALSE: a cross-fade, always drawn */
  gboolean     mirrored;
  StrideCamera camera;
  StridePose   pose;
  double       highlight;
} FrameState;

static void
frame_state (const StrideAnimation *animation,
             guint                  index,
             FrameState            *state)
{
  double t_a, t_b, blend;
  gboolean mirrored_b;
  StrideAnimation scratch;
  const StrideAnimation *view;

  memset (state, 0, sizeof *state);
  stride_animation_locate (animation, (double) index / STRIDE_VIDEO_FPS, &t_a, &state->mirrored,
                           &t_b, &mirrored_b, &blend);
  if (blend > 0)
    return;
  view = stride_animation_at_time (animation, t_a, &scratch);
  stride_animation_sample (view, t_a, &state->pose, &state->highlight);
  stride_animation_breathe (view, t_a, &state->pose, &state->highlight);
  state->camera = (StrideCamera) { view->view, view->azimuth, view->elevation, view->center_x,
                                   view->center_y, view->view_height };
  state->valid = TRUE;
}

/* Which scene a frame shows: the side (mirrored or not) and the camera. In a side switch
 * the scene changes halfway through the fade (see the painter). */
typedef struct
{
  gboolean     mirrored;
  StrideCamera camera;
} Scene;

static void
frame_scene (const StrideAnimation *animation,
             guint                  index,
             Scene                 *scene)
{
  double t_a, t_b, blend;
  gboolean mirrored_a, mirrored_b;
  StrideAnimation scratch;
  const StrideAnimation *view;

  memset (scene, 0, sizeof *scene);
  stride_animation_locate (animation, (double) index / STRIDE_VIDEO_FPS, &t_a, &mirrored_a,
                           &t_b, &mirrored_b, &blend);
  scene->mirrored = blend >= 0.5 ? mirrored_b : mirrored_a;
  view = stride_animation_at_time (animation, blend >= 0.5 ? t_b : t_a, &scratch);
  scene->camera = (StrideCamera) { view->view, view->azimuth, view->elevation, view->center_x,
                                   view->center_y, view->view_height };
}

/* A new scene starts with a key frame: encoded as a change from the old one, the flat
 * background keeps a faint ghost of what was there (a wall's edge from the other side)
 * for seconds. The queue is drained first, so the request reaches the encoder just
 * before the scene's first frame. */
static gboolean
request_key_frame (GstAppSrc  *src,
                   GstBus     *bus,
                   GError    **error)
{
  if (!wait_for_room (src, bus, 0, error))
    return FALSE;
  gst_element_send_event (GST_ELEMENT (src),
                          gst_video_event_new_downstream_force_key_unit (GST_CLOCK_TIME_NONE,
                                                                         GST_CLOCK_TIME_NONE,
                                                                         GST_CLOCK_TIME_NONE,
                                                                         FALSE, 0));
  return TRUE;
}

static void
set_timestamps (GstBuffer *buffer,
                guint      index)
{
  GST_BUFFER_PTS (buffer) = gst_util_uint64_scale (index, GST_SECOND, STRIDE_VIDEO_FPS);
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (index + 1, GST_SECOND, STRIDE_VIDEO_FPS) -
                                 GST_BUFFER_PTS (buffer);
}

/* Draws frame INDEX straight into a buffer of POOL (no copy, no fresh memory per frame). */
static GstBuffer *
render_frame (GstBufferPool         *pool,
              StrideSceneCache      *cache,
              const StrideAnimation *animation,
              guint                  index,
              int                    width,
              int                    height,
              GError               **error)
{
  GstBuffer *buffer = NULL;
  GstMapInfo map;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (gst_buffer_pool_acquire_buffer (pool, &buffer, NULL) != GST_FLOW_OK ||
      !gst_buffer_map (buffer, &map, GST_MAP_WRITE))
    {
      g_clear_pointer (&buffer, gst_buffer_unref);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot get a frame buffer");
      return NULL;
    }
  /* BGRA in memory is cairo's ARGB32 on a little-endian machine, as the caps say */
  surface = cairo_image_surface_create_for_data (map.data, CAIRO_FORMAT_ARGB32, width, height,
                                                 width * 4);
  cr = cairo_create (surface);
  stride_painter_draw_frame_cached (cr, animation, (double) index / STRIDE_VIDEO_FPS, width,
                                    height, cache);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  gst_buffer_unmap (buffer, &map);
  set_timestamps (buffer, index);
  return buffer;
}

static GstBufferPool *
make_pool (int width,
           int height)
{
  GstBufferPool *pool = gst_buffer_pool_new ();
  GstStructure *config = gst_buffer_pool_get_config (pool);
  g_autoptr(GstCaps) caps = gst_caps_new_simple ("video/x-raw", "format", G_TYPE_STRING, "BGRA",
                                                 "width", G_TYPE_INT, width,
                                                 "height", G_TYPE_INT, height, NULL);

  /* the queue's frames, the encoder's and one being drawn; more are made if needed */
  gst_buffer_pool_config_set_params (config, caps, (guint) width * height * 4, QUEUE_FRAMES + 4, 0);
  if (!gst_buffer_pool_set_config (pool, config) || !gst_buffer_pool_set_active (pool, TRUE))
    g_clear_object (&pool);
  return pool;
}

/* Pushes PENDING (drawn at frame FIRST) shown until frame END: a picture that stays the
 * same over several frames is one frame of longer duration, neither copied, converted
 * nor encoded again (WebM keeps each frame's own time and duration). */
static gboolean
push_pending (GstAppSrc  *src,
              GstBus     *bus,
              GstBuffer **pending,
              guint       first,
              guint       end,
              GError    **error)
{
  GstBuffer *buffer = g_steal_pointer (pending);

  if (buffer == NULL)
    return TRUE;
  GST_BUFFER_PTS (buffer) = gst_util_uint64_scale (first, GST_SECOND, STRIDE_VIDEO_FPS);
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (end, GST_SECOND, STRIDE_VIDEO_FPS) -
                                 GST_BUFFER_PTS (buffer);
  if (gst_app_src_push_buffer (src, buffer) != GST_FLOW_OK)
    {
      /* the pipeline's own error says why, if it has one */
      if (wait_for_room (src, bus, 0, error))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the encoder refused a frame");
      return FALSE;
    }
  return TRUE;
}

static gboolean
push_frames (GstAppSrc             *src,
             GstBus                *bus,
             const StrideAnimation *animation,
             int                    width,
             int                    height,
             GError               **error)
{
  g_autoptr(GstBufferPool) pool = make_pool (width, height);
  g_autoptr(StrideSceneCache) cache = stride_scene_cache_new ();
  guint n_frames = (guint) (stride_animation_get_total_duration (animation) *
                            STRIDE_VIDEO_FPS + 0.5);
  guint64 max_bytes = (guint64) width * height * 4 * QUEUE_FRAMES;
  FrameState last = { FALSE }, state;
  Scene last_scene = { FALSE }, scene;
  GstBuffer *pending = NULL;    /* drawn, not pushed yet: it may be shown longer */
  guint pending_first = 0;
  gboolean ok = TRUE;

  if (pool == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot make frame buffers");
      return FALSE;
    }
  for (guint i = 0; i < n_frames && ok; i++)
    {
      frame_state (animation, i, &state);
      /* the same picture again: the pending frame lasts one frame longer */
      if (state.valid && last.valid && pending != NULL && memcmp (&state, &last, sizeof state) == 0)
        continue;
      ok = push_pending (src, bus, &pending, pending_first, i, error) &&
           wait_for_room (src, bus, max_bytes, error);
      frame_scene (animation, i, &scene);
      if (ok && i > 0 && memcmp (&scene, &last_scene, sizeof scene) != 0)
        ok = request_key_frame (src, bus, error);
      if (!ok)
        break;
      last_scene = scene;
      if ((pending = render_frame (pool, cache, animation, i, width, height, error)) == NULL)
        ok = FALSE;
      pending_first = i;
      last = state;
    }
  if (ok)
    ok = push_pending (src, bus, &pending, pending_first, n_frames, error);
  gst_clear_buffer (&pending);
  gst_buffer_pool_set_active (pool, FALSE);
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
