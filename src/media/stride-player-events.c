/* stride-player-events.c — what the pipeline tells the player, and what the player does
 *
 * Bus messages in the main context: prepared, a seek done, a loop's pass over, the end
 * of the stream, the chapters (TOC), errors (in the runner's words), and the real length
 * of a file cut short (learnt from a read-through before it plays, or when a pass ends).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>

#include "stride-clip-probe.h"
#include "stride-player-private.h"

/* Errors */

void
stride_player_report_error (StridePlayer *self,
              GError       *error)
{
  if (self->error_reported)
    {
      g_error_free (error);
      return;
    }

  self->error_reported = TRUE;
  stride_player_stop_ticking (self);
  g_clear_handle_id (&self->watchdog_id, g_source_remove);
  gst_element_set_state (self->playbin, GST_STATE_NULL);
  stride_video_paintable_drop_pending (self->paintable);
  gtk_media_stream_gerror (GTK_MEDIA_STREAM (self), error);
}

static GError *
translate_error (StridePlayer *self,
                 const GError *error)
{
  g_autofree char *name = stride_player_display_name (self);

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

gboolean
stride_player_open_timeout_cb (gpointer data)
{
  StridePlayer *self = STRIDE_PLAYER (data);
  g_autofree char *name = stride_player_display_name (self);

  self->watchdog_id = 0;
  if (!self->prepared)
    stride_player_report_error (self, g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_CORRUPT,
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
      g_autofree char *name = stride_player_display_name (self);

      stride_player_report_error (self, g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_VIDEO,
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
  stride_player_apply_probed_end (self);

  if (self->rate != 1.0 || stride_player_needs_segment (self))
    stride_player_seek_to (self, stride_player_loop_start (self), TRUE);
  if (gtk_media_stream_get_playing (GTK_MEDIA_STREAM (self)))
    {
      gst_element_set_state (self->playbin, GST_STATE_PLAYING);
      stride_player_start_ticking (self);
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

  stride_player_update_position (self);
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
  return stops_short_at (self, stride_player_query_position (self));
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

  if (stride_player_has_section (self) || self->seeking || self->error_reported || end <= 0
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
  learn_real_duration (self, stride_player_query_position (self));

  stride_player_seek_to (self, stride_player_loop_start (self), FALSE);
  stride_player_emit_looped (self);
}


/* A file cut short states its full length in its header; the seek bar would show that
 * until a first pass ended. Applied as soon as both the probe and the stream are ready. */
void
stride_player_apply_probed_end (StridePlayer *self)
{
  if (self->prepared && self->probed_end > 0 && self->readable_end == 0)
    learn_real_duration (self, self->probed_end);
}

/* Which read-through a result answers: the player may be gone, or on another clip. */
typedef struct
{
  GWeakRef      player;
  GCancellable *cancellable;
} ProbeRequest;

static void
probe_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ProbeRequest *request = user_data;
  g_autoptr(StridePlayer) self = g_weak_ref_get (&request->player);
  gint64 end = stride_clip_probe_readable_end_finish (result);
  gboolean current = self != NULL && request->cancellable == self->probe_cancellable;

  g_weak_ref_clear (&request->player);
  g_object_unref (request->cancellable);
  g_free (request);
  /* Gone, or given another URI meanwhile: the result is not this clip's. */
  if (!current || end <= 0)
    return;
  g_debug ("the file can be read to %" G_GINT64_FORMAT " µs", end);
  self->probed_end = end;
  stride_player_apply_probed_end (self);
}

/* Off the main thread: the file is read through once more. The request holds no
 * reference to the player, so a player dropped meanwhile is finalized at once. */
void
stride_player_start_probe (StridePlayer *self)
{
  ProbeRequest *request;

  if (!g_str_has_prefix (self->uri, "file:"))
    return;
  self->probe_cancellable = g_cancellable_new ();
  request = g_new0 (ProbeRequest, 1);
  g_weak_ref_init (&request->player, self);
  request->cancellable = g_object_ref (self->probe_cancellable);
  stride_clip_probe_readable_end_async (self->uri, self->probe_cancellable, probe_done_cb, request);
}

static void
end_of_stream (StridePlayer *self)
{
  /* Streams that cannot play segments end here even when looping. */
  if (stride_player_needs_segment (self))
    {
      learn_real_duration (self, stride_player_query_position (self));
      stride_player_seek_to (self, stride_player_loop_start (self), TRUE);
      stride_player_emit_looped (self);
      return;
    }

  /* A file cut short still says how long it should be: it ends well before that (or its
   * real length was learnt before play, readable_end). The bar was right; the runner is
   * still told why the video stops. */
  if (self->readable_end > 0 || ends_early (self))
    {
      g_autofree char *name = stride_player_display_name (self);

      stride_player_report_error (self, g_error_new (STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_CORRUPT,
                                       _("The video “%s” is damaged or incomplete: it stops before its end."),
                                       name));
      return;
    }

  stride_player_stop_ticking (self);
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
  stride_player_update_chapter (self, gtk_media_stream_get_timestamp (GTK_MEDIA_STREAM (self)));
}

gboolean
stride_player_bus_message_cb (GstBus     *bus,
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
      stride_player_update_position (self);
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
        stride_player_report_error (self, translate_error (self, error));
      }
      break;
    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}
