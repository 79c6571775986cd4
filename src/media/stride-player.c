/* stride-player.c — a GtkMediaStream over playbin, with what exercise videos need
 *
 * Everything here runs in the main context: GStreamer's threads only reach the player
 * through bus messages (a bus watch) and through the paintable's frame mailbox.
 *
 * Loops use segment seeks: the pipeline plays [start, end) and posts SEGMENT_DONE
 * instead of EOS; answering with a non-flushing seek back to the start queues the next
 * pass behind the frames still in flight, so there is no visible gap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>

#include <glib/gi18n-lib.h>
#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>

#include "stride-player.h"
#include "stride-video-sink.h"

/* How often the play head is reported while playing: often enough for a seek bar and
 * for chapter changes to drive a timer, rarely enough not to redraw the controls at
 * the video's frame rate. */
#define TICK_INTERVAL_MS 100

/* How long a clip may take to open before it counts as broken: some damaged files
 * leave demuxers waiting without posting an error. Generous for network streams. */
#define LOCAL_OPEN_TIMEOUT_S 15
/* Reading a clip through without decoding takes milliseconds; a huge one is given up. */
#define PROBE_TIMEOUT_S 10
#define REMOTE_OPEN_TIMEOUT_S 60

struct _StridePlayer
{
  GtkMediaStream        parent_instance;

  /* Owned references */
  GstElement           *playbin;
  GstElement           *video_sink;
  GstElement           *size_filter;    /* caps on the frame width, or NULL */
  StrideVideoPaintable *paintable;
  GListStore           *chapters;
  StrideMediaChapter   *chapter;
  char                 *uri;
  char                 *missing_plugin;

  guint                 tick_id;
  guint                 watchdog_id;
  gboolean              bus_watched;

  double                rate;
  gboolean              mirrored;
  int                   display_width;  /* the widest frame worth making; 0: any */
  gint64                section_start;
  gint64                section_end;    /* <= section_start: no section */

  gboolean              prepared;
  gboolean              seeking;        /* a seek GtkMediaStream asked for is in flight */
  gboolean              error_reported;
  gboolean              relearning;     /* the duration is being replaced: keep playing */
  gint64                readable_end;   /* µs where a file cut short really ends; 0: unknown */
  GCancellable         *probe_cancellable; /* the read-through of the current file */
  gint64                probed_end;     /* µs where that read-through ended; 0: not yet */
};

static void stride_player_paintable_init (GdkPaintableInterface *iface);
static void apply_probed_end (StridePlayer *self);

G_DEFINE_FINAL_TYPE_WITH_CODE (StridePlayer, stride_player, GTK_TYPE_MEDIA_STREAM,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, stride_player_paintable_init))

enum {
  PROP_0,
  PROP_URI,
  PROP_RATE,
  PROP_MIRRORED,
  PROP_CHAPTERS,
  PROP_CHAPTER,
  PROP_SECTION_START,
  PROP_SECTION_END,
  PROP_DROPPED_FRAMES,
  PROP_DISPLAY_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  LOOPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* GdkPaintable: the player shows what its video paintable shows. */

static void
stride_player_paintable_snapshot (GdkPaintable *paintable,
                                  GdkSnapshot  *snapshot,
                                  double        width,
                                  double        height)
{
  gdk_paintable_snapshot (GDK_PAINTABLE (STRIDE_PLAYER (paintable)->paintable), snapshot, width, height);
}

static GdkPaintable *
stride_player_paintable_get_current_image (GdkPaintable *paintable)
{
  return gdk_paintable_get_current_image (GDK_PAINTABLE (STRIDE_PLAYER (paintable)->paintable));
}

static int
stride_player_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  return gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (STRIDE_PLAYER (paintable)->paintable));
}

static int
stride_player_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  return gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (STRIDE_PLAYER (paintable)->paintable));
}

static double
stride_player_paintable_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  return gdk_paintable_get_intrinsic_aspect_ratio (GDK_PAINTABLE (STRIDE_PLAYER (paintable)->paintable));
}

static void
stride_player_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = stride_player_paintable_snapshot;
  iface->get_current_image = stride_player_paintable_get_current_image;
  iface->get_intrinsic_width = stride_player_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = stride_player_paintable_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = stride_player_paintable_get_intrinsic_aspect_ratio;
}

/* Helpers */

static gboolean
has_section (StridePlayer *self)
{
  return self->section_end > self->section_start;
}

static gboolean
needs_segment (StridePlayer *self)
{
  return has_section (self) || gtk_media_stream_get_loop (GTK_MEDIA_STREAM (self));
}

static gint64
loop_start (StridePlayer *self)
{
  return has_section (self) ? self->section_start : 0;
}

static gint64
query_position (StridePlayer *self)
{
  gint64 position = 0;

  if (!gst_element_query_position (self->playbin, GST_FORMAT_TIME, &position) || position < 0)
    return gtk_media_stream_get_timestamp (GTK_MEDIA_STREAM (self));

  /* Past a file's readable end the sinks only count the clock on while the loop's
   * next pass is read; GtkMediaStream would stretch the duration to match. */
  if (self->readable_end > 0)
    return MIN (position / GST_USECOND, self->readable_end);
  return position / GST_USECOND;
}

/* Seeks to POSITION (µs) at the current rate; a loop plays as a segment. */
static gboolean
seek_to (StridePlayer *self,
         gint64        position,
         gboolean      flush)
{
  GstSeekFlags flags = GST_SEEK_FLAG_ACCURATE;
  /* Always set the stop, to the end (-1) when there is no section: NONE would keep the
   * stop of an earlier section loop. */
  gint64 stop = -1;

  if (flush)
    flags |= GST_SEEK_FLAG_FLUSH;
  if (needs_segment (self))
    flags |= GST_SEEK_FLAG_SEGMENT;
  if (has_section (self))
    stop = self->section_end * GST_USECOND;

  return gst_element_seek (self->playbin, self->rate, GST_FORMAT_TIME, flags,
                           GST_SEEK_TYPE_SET, MAX (position, 0) * GST_USECOND, GST_SEEK_TYPE_SET, stop);
}

static void
update_chapter (StridePlayer *self,
                gint64        position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chapters));
  g_autoptr(StrideMediaChapter) found = NULL;

  for (guint i = 0; i < n && found == NULL; i++)
    {
      g_autoptr(StrideMediaChapter) chapter = g_list_model_get_item (G_LIST_MODEL (self->chapters), i);

      if (stride_media_chapter_contains (chapter, position))
        found = g_steal_pointer (&chapter);
    }

  if (g_set_object (&self->chapter, found))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAPTER]);
}

static void
update_position (StridePlayer *self)
{
  gint64 position = query_position (self);

  gtk_media_stream_update (GTK_MEDIA_STREAM (self), position);
  update_chapter (self, position);
}

static gboolean
tick_cb (gpointer data)
{
  update_position (STRIDE_PLAYER (data));
  return G_SOURCE_CONTINUE;
}

static void
start_ticking (StridePlayer *self)
{
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_INTERVAL_MS, tick_cb, self);
}

static void
stop_ticking (StridePlayer *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

static char *
display_name (StridePlayer *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->uri == NULL)
    return g_strdup ("");

  file = g_file_new_for_uri (self->uri);
  return g_file_get_basename (file);
}

/* Errors */

static void
report_error (StridePlayer *self,
              GError       *error)
{
  if (self->error_reported)
    {
      g_error_free (error);
      return;
    }

  self->error_reported = TRUE;
  stop_ticking (self);
  g_clear_handle_id (&self->watchdog_id, g_source_remove);
  gst_element_set_state (self->playbin, GST_STATE_NULL);
  stride_video_paintable_drop_pending (self->paintable);
  gtk_media_stream_gerror (GTK_MEDIA_STREAM (self), error);
}

static GError *
translate_error (StridePlayer *self,
                 const GError *error)
{
  g_autofree char *name = display_name (self);

  if (self->missing_plugin != NULL ||
      g_error_matches (error, GST_CORE_ERROR, GST_CORE_ERROR_MISSING_PLUGIN) ||
      g_error_matches (error, GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND))
    return g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_MISSING_PLUGIN,
                        _("This computer cannot play “%s”: it needs %s. Install the GStreamer "
                          "plugins for it from your software centre."),
                        name, self->missing_plugin != NULL ? self->missing_plugin : _("a decoder it does not have"));

  if (g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_FOUND) ||
      g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_OPEN_READ) ||
      g_error_matches (error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_READ))
    return g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_FOUND,
                        _("The video “%s” cannot be found or read."), name);

  if (g_error_matches (error, GST_STREAM_ERROR, GST_STREAM_ERROR_TYPE_NOT_FOUND) ||
      g_error_matches (error, GST_STREAM_ERROR, GST_STREAM_ERROR_WRONG_TYPE))
    return g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_VIDEO,
                        _("“%s” is not a video file."), name);

  if (error->domain == GST_STREAM_ERROR)
    return g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_CORRUPT,
                        _("The video “%s” is damaged or incomplete."), name);

  return g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_FAILED,
                      _("The video “%s” cannot be played: %s"), name, error->message);
}

static gboolean
open_timeout_cb (gpointer data)
{
  StridePlayer *self = STRIDE_PLAYER (data);
  g_autofree char *name = display_name (self);

  self->watchdog_id = 0;
  if (!self->prepared)
    report_error (self, g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_CORRUPT,
                                     _("The video “%s” could not be opened: it may be damaged or incomplete."),
                                     name));
  return G_SOURCE_REMOVE;
}

/* Bus messages */

static void
on_prepared (StridePlayer *self)
{
  g_autoptr(GstQuery) query = gst_query_new_seeking (GST_FORMAT_TIME);
  gint64 duration = 0;
  gboolean seekable = FALSE;
  int n_video = 0, n_audio = 0;

  g_object_get (self->playbin, "n-video", &n_video, "n-audio", &n_audio, NULL);
  if (n_video == 0)
    {
      g_autofree char *name = display_name (self);

      report_error (self, g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_VIDEO,
                                       _("“%s” has no picture: it is not a video file."), name));
      return;
    }

  if (!gst_element_query_duration (self->playbin, GST_FORMAT_TIME, &duration) || duration < 0)
    duration = 0;
  if (gst_element_query (self->playbin, query))
    gst_query_parse_seeking (query, NULL, &seekable, NULL, NULL);

  self->prepared = TRUE;
  g_clear_handle_id (&self->watchdog_id, g_source_remove);
  gtk_media_stream_stream_prepared (GTK_MEDIA_STREAM (self), n_audio > 0, TRUE, seekable,
                                    duration / GST_USECOND);
  apply_probed_end (self);

  if (self->rate != 1.0 || needs_segment (self))
    seek_to (self, loop_start (self), TRUE);
  if (gtk_media_stream_get_playing (GTK_MEDIA_STREAM (self)))
    {
      gst_element_set_state (self->playbin, GST_STATE_PLAYING);
      start_ticking (self);
    }
}

static void
async_done (StridePlayer *self)
{
  if (!self->prepared)
    {
      on_prepared (self);
      if (!self->prepared)
        return;
    }
  else if (self->seeking)
    {
      self->seeking = FALSE;
      gtk_media_stream_seek_success (GTK_MEDIA_STREAM (self));
    }

  update_position (self);
}

/* Generous margins: container durations are not always exact. */
static gboolean
stops_short_at (StridePlayer *self,
                gint64        position)
{
  gint64 duration = gtk_media_stream_get_duration (GTK_MEDIA_STREAM (self));

  g_debug ("end of stream at %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " µs", position, duration);
  return duration > 0 && position + G_USEC_PER_SEC / 2 < duration && position < duration * 9 / 10;
}

/* The read-through before play counts every frame in the file; the decoder may not show
 * the last ones of a file cut mid-frame. Where a pass really ends then wins. */
static gboolean
ends_before_learnt (StridePlayer *self,
                    gint64        position)
{
  return self->readable_end > 0 && position > 0 && position + G_USEC_PER_SEC / 10 < self->readable_end;
}

static gboolean
ends_early (StridePlayer *self)
{
  return stops_short_at (self, query_position (self));
}

/* A file cut short still states its full length in its header; where a whole pass
 * ends is its real length, which the seek bar and the next passes use from now on.
 * GtkMediaStream only takes a duration when prepared, so the stream is prepared
 * again, with notifications frozen and the pipeline left playing: a view sees
 * nothing but the new duration. */
static void
learn_real_duration (StridePlayer *self,
                     gint64        end)
{
  GtkMediaStream *stream = GTK_MEDIA_STREAM (self);
  gboolean playing = gtk_media_stream_get_playing (stream);
  gboolean has_audio = gtk_media_stream_has_audio (stream);
  gboolean seekable = gtk_media_stream_is_seekable (stream);

  if (has_section (self) || self->seeking || self->error_reported || end <= 0
      || (!stops_short_at (self, end) && !ends_before_learnt (self, end)))
    return;

  g_debug ("readable length %" G_GINT64_FORMAT " µs replaces the stated %" G_GINT64_FORMAT " µs",
           end, gtk_media_stream_get_duration (stream));
  self->readable_end = end;
  g_object_freeze_notify (G_OBJECT (self));
  self->relearning = TRUE;
  gtk_media_stream_stream_unprepared (stream);
  gtk_media_stream_stream_prepared (stream, has_audio, TRUE, seekable, end);
  if (playing)
    gtk_media_stream_play (stream);
  self->relearning = FALSE;
  g_object_thaw_notify (G_OBJECT (self));
}

static void
restart_loop (StridePlayer *self)
{
  /* Where the pass ends, not the message's stop: that is the header's length. */
  learn_real_duration (self, query_position (self));

  seek_to (self, loop_start (self), FALSE);
  g_signal_emit (self, signals[LOOPED], 0);
}

/* The real length of a file cut short, learnt before it plays */

/* Where the last readable buffer of any stream ends, written from streaming threads. */
typedef struct
{
  GMutex lock;
  gint64 end;                     /* ns; 0: nothing read */
} ProbeEnd;

static GstPadProbeReturn
probe_buffer_cb (GstPad          *pad,
                 GstPadProbeInfo *info,
                 gpointer         data)
{
  ProbeEnd *probe = data;
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);
  GstClockTime pts = GST_BUFFER_PTS (buffer);

  if (GST_CLOCK_TIME_IS_VALID (pts))
    {
      GstClockTime end = pts + (GST_BUFFER_DURATION_IS_VALID (buffer) ? GST_BUFFER_DURATION (buffer) : 0);

      g_mutex_lock (&probe->lock);
      probe->end = MAX (probe->end, (gint64) end);
      g_mutex_unlock (&probe->lock);
    }
  return GST_PAD_PROBE_OK;
}

static gboolean
pad_is_video (GstPad *pad)
{
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  GstStructure *structure = caps != NULL && gst_caps_get_size (caps) > 0 ? gst_caps_get_structure (caps, 0) : NULL;

  return structure != NULL && g_str_has_prefix (gst_structure_get_name (structure), "video/");
}

/* Each stream parsebin finds goes, undecoded, into a fakesink that counts its end. */
static void
probe_pad_added_cb (GstElement *parsebin,
                    GstPad     *pad,
                    gpointer    data)
{
  ProbeEnd *probe = data;
  GstElement *pipeline = GST_ELEMENT (gst_element_get_parent (parsebin));
  GstElement *sink = gst_element_factory_make ("fakesink", NULL);
  g_autoptr(GstPad) sink_pad = NULL;

  g_object_set (sink, "sync", FALSE, "async", FALSE, NULL);
  gst_bin_add (GST_BIN (pipeline), sink);
  gst_element_sync_state_with_parent (sink);
  sink_pad = gst_element_get_static_pad (sink, "sink");
  /* The picture's end is the clip's end: audio may run on past the last frame. */
  if (pad_is_video (pad))
    gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, probe_buffer_cb, probe, NULL);
  gst_pad_link (pad, sink_pad);
  gst_object_unref (pipeline);
}

/* The end of the last frame a demuxer can read from the file at URI, in µs; 0 when unknown.
 * Parsing without decoding reads a clip in a few milliseconds. */
static gint64
probe_readable_end (const char   *uri,
                    GCancellable *cancellable)
{
  g_autoptr(GstElement) pipeline = gst_pipeline_new (NULL);
  GstElement *source = gst_element_make_from_uri (GST_URI_SRC, uri, NULL, NULL);
  GstElement *parsebin = gst_element_factory_make ("parsebin", NULL);
  g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
  ProbeEnd probe = { 0 };
  gint64 deadline = g_get_monotonic_time () + PROBE_TIMEOUT_S * G_USEC_PER_SEC;
  gboolean done = FALSE;

  if (source == NULL || parsebin == NULL)
    {
      g_clear_object (&source);
      g_clear_object (&parsebin);
      return 0;
    }
  g_mutex_init (&probe.lock);
  gst_bin_add_many (GST_BIN (pipeline), source, parsebin, NULL);
  gst_element_link (source, parsebin);
  g_signal_connect (parsebin, "pad-added", G_CALLBACK (probe_pad_added_cb), &probe);

  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  while (!done && !g_cancellable_is_cancelled (cancellable) && g_get_monotonic_time () < deadline)
    {
      g_autoptr(GstMessage) message = gst_bus_timed_pop_filtered (bus, 50 * GST_MSECOND,
                                                                  GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
      done = message != NULL;
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);
  g_mutex_clear (&probe.lock);
  return done ? probe.end / GST_USECOND : 0;
}

static void
probe_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_task_return_int (task, probe_readable_end (task_data, cancellable));
}

/* A file cut short states its full length in its header; the seek bar would show that
 * until a first pass ended. Applied as soon as both the probe and the stream are ready. */
static void
apply_probed_end (StridePlayer *self)
{
  if (self->prepared && self->probed_end > 0 && self->readable_end == 0)
    learn_real_duration (self, self->probed_end);
}

static void
probe_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(StridePlayer) self = g_weak_ref_get (weak);
  gint64 end = g_task_propagate_int (G_TASK (result), NULL);

  g_weak_ref_clear (weak);
  g_free (weak);
  /* Gone, or given another URI meanwhile: the result is not this clip's. */
  if (self == NULL || g_task_get_cancellable (G_TASK (result)) != self->probe_cancellable || end <= 0)
    return;
  g_debug ("the file can be read to %" G_GINT64_FORMAT " µs", end);
  self->probed_end = end;
  apply_probed_end (self);
}

/* Off the main thread: the file is read through once more. The task holds no reference
 * to the player, so a player dropped meanwhile is finalized at once. */
static void
start_probe (StridePlayer *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *weak;

  if (!g_str_has_prefix (self->uri, "file:"))
    return;
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  self->probe_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->probe_cancellable, probe_done_cb, weak);
  g_task_set_task_data (task, g_strdup (self->uri), g_free);
  g_task_run_in_thread (task, probe_thread);
}

static void
end_of_stream (StridePlayer *self)
{
  /* Streams that cannot play segments end here even when looping. */
  if (needs_segment (self))
    {
      learn_real_duration (self, query_position (self));
      seek_to (self, loop_start (self), TRUE);
      g_signal_emit (self, signals[LOOPED], 0);
      return;
    }

  /* A file cut short still says how long it should be: it ends well before that (or its
   * real length was learnt before play, readable_end). The bar was right; the runner is
   * still told why the video stops. */
  if (self->readable_end > 0 || ends_early (self))
    {
      g_autofree char *name = display_name (self);

      report_error (self, g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_CORRUPT,
                                       _("The video “%s” is damaged or incomplete: it stops before its end."),
                                       name));
      return;
    }

  stop_ticking (self);
  gtk_media_stream_update (GTK_MEDIA_STREAM (self), gtk_media_stream_get_duration (GTK_MEDIA_STREAM (self)));
  gtk_media_stream_stream_ended (GTK_MEDIA_STREAM (self));
}

static void
read_toc_entry (StridePlayer *self,
                GstTocEntry  *entry,
                GPtrArray    *chapters)
{
  if (gst_toc_entry_get_entry_type (entry) == GST_TOC_ENTRY_TYPE_CHAPTER)
    {
      GstTagList *tags = gst_toc_entry_get_tags (entry);
      g_autofree char *title = NULL;
      gint64 start = 0, stop = -1;

      if (tags != NULL)
        gst_tag_list_get_string (tags, GST_TAG_TITLE, &title);
      gst_toc_entry_get_start_stop_times (entry, &start, &stop);
      g_ptr_array_add (chapters, stride_media_chapter_new (gst_toc_entry_get_uid (entry), title,
                                                           start / GST_USECOND,
                                                           stop >= 0 ? stop / GST_USECOND : -1));
      return;
    }

  for (GList *l = gst_toc_entry_get_sub_entries (entry); l != NULL; l = l->next)
    read_toc_entry (self, l->data, chapters);
}

static void
read_toc (StridePlayer *self,
          GstMessage   *message)
{
  g_autoptr(GstToc) toc = NULL;
  g_autoptr(GPtrArray) chapters = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean updated = FALSE;

  gst_message_parse_toc (message, &toc, &updated);
  for (GList *l = gst_toc_get_entries (toc); l != NULL; l = l->next)
    read_toc_entry (self, l->data, chapters);

  if (chapters->len == 0)
    return;

  g_list_store_splice (self->chapters, 0, g_list_model_get_n_items (G_LIST_MODEL (self->chapters)),
                       chapters->pdata, chapters->len);
  update_chapter (self, gtk_media_stream_get_timestamp (GTK_MEDIA_STREAM (self)));
}

static gboolean
bus_message_cb (GstBus     *bus,
                GstMessage *message,
                gpointer    data)
{
  StridePlayer *self = STRIDE_PLAYER (data);

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ASYNC_DONE:
      async_done (self);
      break;
    case GST_MESSAGE_SEGMENT_DONE:
      restart_loop (self);
      break;
    case GST_MESSAGE_EOS:
      end_of_stream (self);
      break;
    case GST_MESSAGE_STEP_DONE:
      update_position (self);
      break;
    case GST_MESSAGE_TOC:
      read_toc (self, message);
      break;
    case GST_MESSAGE_ELEMENT:
      if (gst_is_missing_plugin_message (message) && self->missing_plugin == NULL)
        self->missing_plugin = gst_missing_plugin_message_get_description (message);
      break;
    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_error (message, &error, &debug);
        g_debug ("GStreamer error from %s: %s (%s)", GST_OBJECT_NAME (message->src), error->message, debug);
        report_error (self, translate_error (self, error));
      }
      break;
    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

/* GtkMediaStream */

static gboolean
stride_player_play (GtkMediaStream *stream)
{
  StridePlayer *self = STRIDE_PLAYER (stream);

  if (self->playbin == NULL || self->uri == NULL)
    return FALSE;

  if (self->prepared)
    {
      if (gtk_media_stream_get_ended (stream))
        seek_to (self, loop_start (self), TRUE);
      gst_element_set_state (self->playbin, GST_STATE_PLAYING);
      start_ticking (self);
    }

  /* Before the clip is prepared, on_prepared() starts it. */
  return TRUE;
}

static void
stride_player_pause (GtkMediaStream *stream)
{
  StridePlayer *self = STRIDE_PLAYER (stream);

  /* Only the duration changes (learn_real_duration()): playback goes on. */
  if (self->relearning)
    return;

  stop_ticking (self);
  if (self->prepared && !self->error_reported)
    {
      gst_element_set_state (self->playbin, GST_STATE_PAUSED);
      update_position (self);
    }
}

static void
stride_player_seek (GtkMediaStream *stream,
                    gint64          timestamp)
{
  StridePlayer *self = STRIDE_PLAYER (stream);

  /* Seeking out of the looped section ends the section loop. */
  if (has_section (self) && (timestamp < self->section_start || timestamp >= self->section_end))
    stride_player_loop_section (self, 0, 0);

  self->seeking = TRUE;
  if (!seek_to (self, timestamp, TRUE))
    {
      self->seeking = FALSE;
      gtk_media_stream_seek_failed (stream);
    }
}

static void
stride_player_update_audio (GtkMediaStream *stream,
                            gboolean        muted,
                            double          volume)
{
  StridePlayer *self = STRIDE_PLAYER (stream);

  if (self->playbin != NULL)
    g_object_set (self->playbin, "mute", muted, "volume", volume, NULL);
}

static void
loop_changed_cb (StridePlayer *self)
{
  if (self->prepared && !self->error_reported)
    seek_to (self, query_position (self), TRUE);
}

/* GObject */

static void
stride_player_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  StridePlayer *self = STRIDE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_URI:
      stride_player_set_uri (self, g_value_get_string (value));
      break;
    case PROP_RATE:
      stride_player_set_rate (self, g_value_get_double (value));
      break;
    case PROP_MIRRORED:
      stride_player_set_mirrored (self, g_value_get_boolean (value));
      break;
    case PROP_DISPLAY_WIDTH:
      stride_player_set_display_width (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_player_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StridePlayer *self = STRIDE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;
    case PROP_MIRRORED:
      g_value_set_boolean (value, self->mirrored);
      break;
    case PROP_CHAPTERS:
      g_value_set_object (value, self->chapters);
      break;
    case PROP_CHAPTER:
      g_value_set_object (value, self->chapter);
      break;
    case PROP_SECTION_START:
      g_value_set_int64 (value, self->section_start);
      break;
    case PROP_SECTION_END:
      g_value_set_int64 (value, self->section_end);
      break;
    case PROP_DROPPED_FRAMES:
      g_value_set_uint64 (value, stride_player_get_n_dropped (self));
      break;
    case PROP_DISPLAY_WIDTH:
      g_value_set_int (value, self->display_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_player_dispose (GObject *object)
{
  StridePlayer *self = STRIDE_PLAYER (object);

  stop_ticking (self);
  g_clear_handle_id (&self->watchdog_id, g_source_remove);
  g_cancellable_cancel (self->probe_cancellable);
  g_clear_object (&self->probe_cancellable);
  if (self->playbin != NULL)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (self->playbin);

      if (self->bus_watched)
        gst_bus_remove_watch (bus);
      self->bus_watched = FALSE;
      gst_element_set_state (self->playbin, GST_STATE_NULL);
    }
  g_clear_pointer (&self->playbin, gst_object_unref);
  g_clear_pointer (&self->video_sink, gst_object_unref);
  g_clear_pointer (&self->size_filter, gst_object_unref);
  if (self->paintable != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->paintable, self);
      stride_video_paintable_drop_pending (self->paintable);
    }
  g_clear_object (&self->paintable);
  g_clear_object (&self->chapter);
  g_clear_object (&self->chapters);

  G_OBJECT_CLASS (stride_player_parent_class)->dispose (object);
}

static void
stride_player_finalize (GObject *object)
{
  StridePlayer *self = STRIDE_PLAYER (object);

  g_free (self->uri);
  g_free (self->missing_plugin);

  G_OBJECT_CLASS (stride_player_parent_class)->finalize (object);
}

static void
stride_player_class_init (StridePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkMediaStreamClass *stream_class = GTK_MEDIA_STREAM_CLASS (klass);

  object_class->set_property = stride_player_set_property;
  object_class->get_property = stride_player_get_property;
  object_class->dispose = stride_player_dispose;
  object_class->finalize = stride_player_finalize;

  stream_class->play = stride_player_play;
  stream_class->pause = stride_player_pause;
  stream_class->seek = stride_player_seek;
  stream_class->update_audio = stride_player_update_audio;

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL, STRIDE_PLAYER_MIN_RATE, STRIDE_PLAYER_MAX_RATE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHAPTERS] =
    g_param_spec_object ("chapters", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHAPTER] =
    g_param_spec_object ("chapter", NULL, NULL, STRIDE_TYPE_MEDIA_CHAPTER,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION_START] =
    g_param_spec_int64 ("section-start", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION_END] =
    g_param_spec_int64 ("section-end", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* For benchmarks; read on demand, never notified. */
  properties[PROP_DROPPED_FRAMES] =
    g_param_spec_uint64 ("dropped-frames", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_WIDTH] =
    g_param_spec_int ("display-width", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LOOPED] = g_signal_new ("looped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* What the converter makes: packed RGB, the format GTK 4.8 draws fastest (see
 * stride-video-sink.c; the converter would otherwise pick by its own scoring), at most
 * WIDTH wide (0: any). */
static GstCaps *
frame_caps (int width)
{
  GstCaps *caps = gst_caps_new_simple ("video/x-raw", "format", G_TYPE_STRING, "RGB", NULL);

  /* A range, so a smaller clip passes at its own size: never scale up; square pixels,
   * or the scaler keeps the height and stretches the pixels instead. */
  if (width > 0)
    gst_caps_set_simple (caps, "width", GST_TYPE_INT_RANGE, 16, width,
                         "pixel-aspect-ratio", GST_TYPE_FRACTION, 1, 1, NULL);
  return caps;
}

/* Our own converter in front of the sink, on every core: playbin's is single-threaded.
 * It also scales frames down to the size they are shown at (display-width): drawing a
 * 1080p frame into a small picture costs the main thread far more than scaling it
 * here, before the colour conversion. */
static GstElement *
create_video_sink_bin (StridePlayer *self)
{
  GstElement *convert = gst_element_factory_make ("videoconvertscale", NULL);
  GstElement *filter = gst_element_factory_make ("capsfilter", NULL);
  GstElement *bin;
  g_autoptr(GstPad) pad = NULL;

  if (convert == NULL)
    convert = gst_element_factory_make ("videoconvert", NULL);
  if (convert == NULL || filter == NULL)
    {
      g_clear_pointer (&convert, gst_object_unref);
      g_clear_pointer (&filter, gst_object_unref);
      return gst_object_ref (self->video_sink);
    }

  g_object_set (convert, "n-threads", MIN (g_get_num_processors (), 4), NULL);
  /* A scaled frame's height is rounded to whole pixels, so its aspect ratio is a hair
   * off the clip's; the scaler would pad that with a black row along the bottom edge.
   * Never pad: the picture keeps its aspect ratio anyway. */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (convert), "add-borders") != NULL)
    g_object_set (convert, "add-borders", FALSE, NULL);
  bin = gst_bin_new ("stride-video-sink-bin");
  gst_bin_add_many (GST_BIN (bin), convert, filter, self->video_sink, NULL);
  gst_element_link_many (convert, filter, self->video_sink, NULL);
  self->size_filter = gst_object_ref (filter);
  {
    g_autoptr(GstCaps) caps = frame_caps (0);

    g_object_set (filter, "caps", caps, NULL);
  }
  pad = gst_element_get_static_pad (convert, "sink");
  gst_element_add_pad (bin, gst_ghost_pad_new ("sink", pad));
  return bin;
}

/* GstPlayFlags (a plugin's type, not in a header): frames reach the video sink as the
 * decoder makes them. */
#define PLAY_FLAG_NATIVE_VIDEO (1 << 6)

static GstElement *
create_playbin (StridePlayer *self)
{
  GstElement *playbin = gst_element_factory_make ("playbin", NULL);
  GstElement *scaletempo;

  if (playbin == NULL)
    return NULL;

  gst_object_ref_sink (playbin);
  g_object_set (playbin, "video-sink", create_video_sink_bin (self), NULL);
  /* Our sink bin converts and scales itself, without padding (see above). Without
   * native-video, playbin puts its own converter and scaler in front of it, and that
   * one scales a frame whose height does not round evenly (a 854×480 clip shown
   * 480 wide) with a black row along the bottom edge. */
  {
    guint flags = 0;

    g_object_get (playbin, "flags", &flags, NULL);
    g_object_set (playbin, "flags", flags | PLAY_FLAG_NATIVE_VIDEO, NULL);
  }

  /* Keeps the pitch of speech and music when the rate changes. */
  scaletempo = gst_element_factory_make ("scaletempo", NULL);
  if (scaletempo != NULL)
    g_object_set (playbin, "audio-filter", scaletempo, NULL);

  return playbin;
}

static void
stride_player_init (StridePlayer *self)
{
  self->rate = 1.0;
  self->chapters = g_list_store_new (STRIDE_TYPE_MEDIA_CHAPTER);
  self->paintable = stride_video_paintable_new ();
  g_signal_connect_swapped (self->paintable, "invalidate-contents",
                            G_CALLBACK (gdk_paintable_invalidate_contents), self);
  g_signal_connect_swapped (self->paintable, "invalidate-size",
                            G_CALLBACK (gdk_paintable_invalidate_size), self);

  self->video_sink = gst_object_ref_sink (stride_video_sink_new (self->paintable));
  self->playbin = create_playbin (self);
  if (self->playbin != NULL)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (self->playbin);

      gst_bus_add_watch (bus, bus_message_cb, self);
      self->bus_watched = TRUE;
    }

  g_signal_connect (self, "notify::loop", G_CALLBACK (loop_changed_cb), NULL);
}

StridePlayer *
stride_player_new (void)
{
  return g_object_new (STRIDE_TYPE_PLAYER, NULL);
}

static void
reset (StridePlayer *self)
{
  stop_ticking (self);
  g_clear_handle_id (&self->watchdog_id, g_source_remove);
  if (self->playbin != NULL)
    gst_element_set_state (self->playbin, GST_STATE_NULL);
  stride_video_paintable_drop_pending (self->paintable);
  g_list_store_remove_all (self->chapters);
  if (g_set_object (&self->chapter, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAPTER]);
  stride_player_loop_section (self, 0, 0);
  g_clear_pointer (&self->missing_plugin, g_free);
  self->seeking = FALSE;
  if (self->prepared || self->error_reported)
    gtk_media_stream_stream_unprepared (GTK_MEDIA_STREAM (self));
  self->prepared = FALSE;
  self->error_reported = FALSE;
  self->readable_end = 0;
  self->probed_end = 0;
  g_cancellable_cancel (self->probe_cancellable);
  g_clear_object (&self->probe_cancellable);
}

static gboolean
local_file_missing (const char *uri)
{
  g_autoptr(GFile) file = NULL;

  if (!g_str_has_prefix (uri, "file:"))
    return FALSE;

  file = g_file_new_for_uri (uri);
  return !g_file_query_exists (file, NULL);
}

/* GStreamer opens a local file on the thread that changes the state — the main thread:
 * a FIFO or a device named as a video would hang the window for ever. stat() never
 * blocks, so anything but a regular file is refused before it is opened. */
static gboolean
local_file_not_regular (const char *uri)
{
  g_autofree char *path = NULL;
  GStatBuf st;

  if (!g_str_has_prefix (uri, "file:"))
    return FALSE;

  path = g_filename_from_uri (uri, NULL, NULL);
  return path != NULL && g_stat (path, &st) == 0 && !S_ISREG (st.st_mode);
}

void
stride_player_set_uri (StridePlayer *self,
                       const char   *uri)
{
  g_return_if_fail (STRIDE_IS_PLAYER (self));

  if (g_strcmp0 (self->uri, uri) == 0)
    return;

  reset (self);
  g_free (self->uri);
  self->uri = g_strdup (uri);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);

  if (uri == NULL)
    return;

  if (self->playbin == NULL)
    self->missing_plugin = g_strdup ("playbin");

  if (self->playbin == NULL || local_file_missing (uri))
    {
      g_autofree char *name = display_name (self);

      report_error (self, self->playbin == NULL
                    ? g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_MISSING_PLUGIN,
                                   _("This computer cannot play videos: GStreamer’s “playbin” "
                                     "is missing. Install the GStreamer base plugins."))
                    : g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_FOUND,
                                   _("The video “%s” cannot be found."), name));
      return;
    }

  if (local_file_not_regular (uri))
    {
      g_autofree char *name = display_name (self);

      report_error (self, g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_FOUND,
                                       _("The video “%s” is not a regular file and cannot be played."), name));
      return;
    }

  g_object_set (self->playbin, "uri", uri, NULL);
  gst_element_set_state (self->playbin, GST_STATE_PAUSED);
  start_probe (self);
  self->watchdog_id = g_timeout_add_seconds (g_str_has_prefix (uri, "file:") ? LOCAL_OPEN_TIMEOUT_S
                                                                              : REMOTE_OPEN_TIMEOUT_S,
                                             open_timeout_cb, self);
}

const char *
stride_player_get_uri (StridePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER (self), NULL);

  return self->uri;
}

void
stride_player_set_rate (StridePlayer *self,
                        double        rate)
{
  g_return_if_fail (STRIDE_IS_PLAYER (self));

  rate = CLAMP (rate, STRIDE_PLAYER_MIN_RATE, STRIDE_PLAYER_MAX_RATE);
  if (G_APPROX_VALUE (self->rate, rate, 0.001))
    return;

  self->rate = rate;
  if (self->prepared && !self->error_reported)
    seek_to (self, query_position (self), TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

double
stride_player_get_rate (StridePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER (self), 1.0);

  return self->rate;
}

void
stride_player_set_mirrored (StridePlayer *self,
                            gboolean      mirrored)
{
  g_return_if_fail (STRIDE_IS_PLAYER (self));

  mirrored = !!mirrored;
  if (self->mirrored == mirrored)
    return;

  self->mirrored = mirrored;
  stride_video_paintable_set_mirrored (self->paintable, mirrored);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

gboolean
stride_player_get_mirrored (StridePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER (self), FALSE);

  return self->mirrored;
}

void
stride_player_loop_section (StridePlayer *self,
                            gint64        start,
                            gint64        end)
{
  gboolean was_looping;

  g_return_if_fail (STRIDE_IS_PLAYER (self));

  start = MAX (start, 0);
  if (end <= start)
    start = end = 0;
  if (self->section_start == start && self->section_end == end)
    return;

  was_looping = has_section (self);
  self->section_start = start;
  self->section_end = end;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_START]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_END]);
  g_object_thaw_notify (G_OBJECT (self));

  if (!self->prepared || self->error_reported)
    return;

  if (has_section (self))
    {
      gint64 position = query_position (self);

      /* Carry on from the play head when it is inside the section. */
      seek_to (self, position >= start && position < end ? position : start, TRUE);
    }
  else if (was_looping)
    {
      seek_to (self, query_position (self), TRUE);
    }
}

gint64
stride_player_get_section_start (StridePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER (self), 0);

  return self->section_start;
}

gint64
stride_player_get_section_end (StridePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER (self), 0);

  return self->section_end;
}

void
stride_player_step_frame (StridePlayer *self)
{
  g_return_if_fail (STRIDE_IS_PLAYER (self));

  if (!self->prepared || self->error_reported)
    return;

  gtk_media_stream_pause (GTK_MEDIA_STREAM (self));
  gst_element_send_event (self->video_sink, gst_event_new_step (GST_FORMAT_BUFFERS, 1, 1.0, TRUE, FALSE));
}

GListModel *
stride_player_get_chapters (StridePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER (self), NULL);

  return G_LIST_MODEL (self->chapters);
}

StrideMediaChapter *
stride_player_get_chapter (StridePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER (self), NULL);

  return self->chapter;
}

StrideVideoPaintable *
stride_player_get_paintable (StridePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_PLAYER (self), NULL);

  return self->paintable;
}

guint64
stride_player_get_n_dropped (StridePlayer *self)
{
  g_autoptr(GstStructure) stats = NULL;
  guint64 dropped = 0;

  g_return_val_if_fail (STRIDE_IS_PLAYER (self), 0);

  g_object_get (self->video_sink, "stats", &stats, NULL);
  if (stats != NULL)
    gst_structure_get_uint64 (stats, "dropped", &dropped);
  return dropped + stride_video_paintable_get_n_replaced (self->paintable);
}

/* Frames are made at most WIDTH pixels wide (0: as the clip has them). The width is
 * rounded up to a step so that resizing a window does not renegotiate at every pixel. */
void
stride_player_set_display_width (StridePlayer *self,
                                 int           width)
{
  const int step = 32;
  g_autoptr(GstCaps) caps = NULL;

  g_return_if_fail (STRIDE_IS_PLAYER (self));

  width = width > 0 ? (width + step - 1) / step * step : 0;
  if (self->display_width == width)
    return;

  self->display_width = width;
  if (self->size_filter != NULL)
    {
      caps = frame_caps (width);
      g_object_set (self->size_filter, "caps", caps, NULL);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_WIDTH]);
}
