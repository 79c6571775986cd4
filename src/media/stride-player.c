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

#include "stride-player-private.h"
#include "stride-video-sink.h"

/* How often the play head is reported while playing: often enough for a seek bar and
 * for chapter changes to drive a timer, rarely enough not to redraw the controls at
 * the video's frame rate. */
#define TICK_INTERVAL_MS 100

/* How long a clip may take to open before it counts as broken: some damaged files
 * leave demuxers waiting without posting an error. Generous for network streams. */
#define LOCAL_OPEN_TIMEOUT_S 15
#define REMOTE_OPEN_TIMEOUT_S 60


static void stride_player_paintable_init (GdkPaintableInterface *iface);

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

gboolean
stride_player_has_section (StridePlayer *self)
{
  return self->section_end > self->section_start;
}

gboolean
stride_player_needs_segment (StridePlayer *self)
{
  return stride_player_has_section (self) || gtk_media_stream_get_loop (GTK_MEDIA_STREAM (self));
}

gint64
stride_player_loop_start (StridePlayer *self)
{
  return stride_player_has_section (self) ? self->section_start : 0;
}

gint64
stride_player_query_position (StridePlayer *self)
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
gboolean
stride_player_seek_to (StridePlayer *self,
         gint64        position,
         gboolean      flush)
{
  GstSeekFlags flags = GST_SEEK_FLAG_ACCURATE;
  /* Always set the stop, to the end (-1) when there is no section: NONE would keep the
   * stop of an earlier section loop. */
  gint64 stop = -1;

  if (flush)
    flags |= GST_SEEK_FLAG_FLUSH;
  if (stride_player_needs_segment (self))
    flags |= GST_SEEK_FLAG_SEGMENT;
  if (stride_player_has_section (self))
    stop = self->section_end * GST_USECOND;

  return gst_element_seek (self->playbin, self->rate, GST_FORMAT_TIME, flags,
                           GST_SEEK_TYPE_SET, MAX (position, 0) * GST_USECOND, GST_SEEK_TYPE_SET, stop);
}

void
stride_player_update_chapter (StridePlayer *self,
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

void
stride_player_update_position (StridePlayer *self)
{
  gint64 position = stride_player_query_position (self);

  gtk_media_stream_update (GTK_MEDIA_STREAM (self), position);
  stride_player_update_chapter (self, position);
}

static gboolean
tick_cb (gpointer data)
{
  stride_player_update_position (STRIDE_PLAYER (data));
  return G_SOURCE_CONTINUE;
}

void
stride_player_start_ticking (StridePlayer *self)
{
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_INTERVAL_MS, tick_cb, self);
}

void
stride_player_stop_ticking (StridePlayer *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

void
stride_player_emit_looped (StridePlayer *self)
{
  g_signal_emit (self, signals[LOOPED], 0);
}

char *
stride_player_display_name (StridePlayer *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->uri == NULL)
    return g_strdup ("");

  file = g_file_new_for_uri (self->uri);
  return g_file_get_basename (file);
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
        stride_player_seek_to (self, stride_player_loop_start (self), TRUE);
      gst_element_set_state (self->playbin, GST_STATE_PLAYING);
      stride_player_start_ticking (self);
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

  stride_player_stop_ticking (self);
  if (self->prepared && !self->error_reported)
    {
      gst_element_set_state (self->playbin, GST_STATE_PAUSED);
      stride_player_update_position (self);
    }
}

static void
stride_player_seek (GtkMediaStream *stream,
                    gint64          timestamp)
{
  StridePlayer *self = STRIDE_PLAYER (stream);

  /* Seeking out of the looped section ends the section loop. */
  if (stride_player_has_section (self) && (timestamp < self->section_start || timestamp >= self->section_end))
    stride_player_loop_section (self, 0, 0);

  self->seeking = TRUE;
  if (!stride_player_seek_to (self, timestamp, TRUE))
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
    stride_player_seek_to (self, stride_player_query_position (self), TRUE);
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

  stride_player_stop_ticking (self);
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

      gst_bus_add_watch (bus, stride_player_bus_message_cb, self);
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
  gboolean was_prepared = self->prepared || self->error_reported;

  stride_player_stop_ticking (self);
  g_clear_handle_id (&self->watchdog_id, g_source_remove);
  if (self->playbin != NULL)
    gst_element_set_state (self->playbin, GST_STATE_NULL);
  /* Unprepared before anything below runs: GtkMediaStream pauses a stream that becomes
   * unprepared, and pausing a prepared player took the stopped pipeline back up to
   * PAUSED with the old clip, which then played on in place of the new one. */
  self->prepared = FALSE;
  self->error_reported = FALSE;
  stride_video_paintable_drop_pending (self->paintable);
  g_list_store_remove_all (self->chapters);
  if (g_set_object (&self->chapter, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAPTER]);
  stride_player_loop_section (self, 0, 0);
  g_clear_pointer (&self->missing_plugin, g_free);
  self->seeking = FALSE;
  if (was_prepared)
    gtk_media_stream_stream_unprepared (GTK_MEDIA_STREAM (self));
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
      g_autofree char *name = stride_player_display_name (self);

      stride_player_report_error (self, self->playbin == NULL
                    ? g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_MISSING_PLUGIN,
                                   _("This computer cannot play videos: GStreamer’s “playbin” "
                                     "is missing. Install the GStreamer base plugins."))
                    : g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_FOUND,
                                   _("The video “%s” cannot be found."), name));
      return;
    }

  if (local_file_not_regular (uri))
    {
      g_autofree char *name = stride_player_display_name (self);

      stride_player_report_error (self, g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_FOUND,
                                       _("The video “%s” is not a regular file and cannot be played."), name));
      return;
    }

  g_object_set (self->playbin, "uri", uri, NULL);
  gst_element_set_state (self->playbin, GST_STATE_PAUSED);
  stride_player_start_probe (self);
  self->watchdog_id = g_timeout_add_seconds (g_str_has_prefix (uri, "file:") ? LOCAL_OPEN_TIMEOUT_S
                                                                              : REMOTE_OPEN_TIMEOUT_S,
                                             stride_player_open_timeout_cb, self);
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
    stride_player_seek_to (self, stride_player_query_position (self), TRUE);
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

  was_looping = stride_player_has_section (self);
  self->section_start = start;
  self->section_end = end;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_START]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_END]);
  g_object_thaw_notify (G_OBJECT (self));

  if (!self->prepared || self->error_reported)
    return;

  if (stride_player_has_section (self))
    {
      gint64 position = stride_player_query_position (self);

      /* Carry on from the play head when it is inside the section. */
      stride_player_seek_to (self, position >= start && position < end ? position : start, TRUE);
    }
  else if (was_looping)
    {
      stride_player_seek_to (self, stride_player_query_position (self), TRUE);
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
