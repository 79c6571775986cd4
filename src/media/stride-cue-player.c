/* stride-cue-player.c — synthesises and plays the short cue sounds of a routine
 *
 * Cues are a few notes of a sine with a soft overtone, each shaped by a quick attack
 * and an exponential decay so it starts and stops without a click. One small pipeline
 * (appsrc → audioconvert → audioresample → volume → sink) is reused: a new cue
 * flushes the one still sounding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <gst/gst.h>
#include <gst/app/gstappsrc.h>

#include "stride-cue-player.h"

struct _StrideCuePlayer
{
  GObject     parent_instance;

  /* Owned references */
  GstElement *pipeline;
  GstElement *source;
  GstElement *volume;

  gboolean    bus_watched;
  gboolean    warned;
  guint       n_played;
};

G_DEFINE_FINAL_TYPE (StrideCuePlayer, stride_cue_player, G_TYPE_OBJECT)

typedef struct
{
  double frequency;  /* Hz; 0 is a rest */
  double duration;   /* s */
} Note;

/* Each cue ends with a { 0, 0 } note. */
static const Note cue_notes[STRIDE_N_CUES][4] = {
  [STRIDE_CUE_TICK] = { { 1320, 0.06 }, { 0, 0 } },
  [STRIDE_CUE_START] = { { 880, 0.28 }, { 0, 0 } },
  [STRIDE_CUE_SWITCH_SIDE] = { { 660, 0.13 }, { 0, 0.04 }, { 880, 0.18 }, { 0, 0 } },
  [STRIDE_CUE_DONE] = { { 523.25, 0.14 }, { 659.25, 0.14 }, { 783.99, 0.35 }, { 0, 0 } },
};

static void
render_note (GArray     *samples,
             const Note *note)
{
  guint n = (guint) (note->duration * STRIDE_CUE_SAMPLE_RATE);
  double attack = 0.005 * STRIDE_CUE_SAMPLE_RATE;

  for (guint i = 0; i < n; i++)
    {
      double t = (double) i / STRIDE_CUE_SAMPLE_RATE;
      double envelope = MIN (1.0, i / attack) * exp (-4.0 * i / n) * (1.0 - (double) i / n);
      double wave = sin (2 * G_PI * note->frequency * t) + 0.25 * sin (4 * G_PI * note->frequency * t);
      gint16 sample = note->frequency > 0 ? (gint16) (0.5 * G_MAXINT16 * envelope * wave / 1.25) : 0;

      g_array_append_val (samples, sample);
    }
}

GBytes *
stride_cue_render (StrideCue cue)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint16));
  gsize size;

  g_return_val_if_fail (cue < STRIDE_N_CUES, NULL);

  for (const Note *note = cue_notes[cue]; note->duration > 0; note++)
    render_note (samples, note);

  size = samples->len * sizeof (gint16);
  return g_bytes_new_take (g_array_free (g_steal_pointer (&samples), FALSE), size);
}

static void
warn_once (StrideCuePlayer *self,
           const char      *message)
{
  if (self->warned)
    return;

  self->warned = TRUE;
  g_message ("Sound cues are silent: %s", message);
}

static gboolean
bus_message_cb (GstBus     *bus,
                GstMessage *message,
                gpointer    data)
{
  StrideCuePlayer *self = STRIDE_CUE_PLAYER (data);

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS)
    {
      self->n_played++;
      /* Lets go of the sound device between cues. */
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
    }
  else if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gst_message_parse_error (message, &error, NULL);
      warn_once (self, error->message);
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
    }

  return G_SOURCE_CONTINUE;
}

static GstElement *
make_sink (void)
{
  const char *name = g_getenv ("STRIDE_AUDIO_SINK");
  GstElement *sink = gst_element_factory_make (name != NULL ? name : "autoaudiosink", NULL);

  if (sink != NULL && g_object_class_find_property (G_OBJECT_GET_CLASS (sink), "sync") != NULL)
    g_object_set (sink, "sync", TRUE, NULL);
  return sink;
}

static gboolean
build_pipeline (StrideCuePlayer *self)
{
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstBus) bus = NULL;
  GstElement *convert = gst_element_factory_make ("audioconvert", NULL);
  GstElement *resample = gst_element_factory_make ("audioresample", NULL);
  GstElement *sink = make_sink ();

  self->source = gst_element_factory_make ("appsrc", NULL);
  self->volume = gst_element_factory_make ("volume", NULL);
  if (self->source == NULL || convert == NULL || resample == NULL || self->volume == NULL || sink == NULL)
    {
      g_clear_pointer (&self->source, gst_object_unref);
      g_clear_pointer (&self->volume, gst_object_unref);
      g_clear_pointer (&convert, gst_object_unref);
      g_clear_pointer (&resample, gst_object_unref);
      g_clear_pointer (&sink, gst_object_unref);
      return FALSE;
    }

  caps = gst_caps_new_simple ("audio/x-raw", "format", G_TYPE_STRING, "S16LE",
                              "layout", G_TYPE_STRING, "interleaved",
                              "rate", G_TYPE_INT, STRIDE_CUE_SAMPLE_RATE,
                              "channels", G_TYPE_INT, 1, NULL);
  g_object_set (self->source, "caps", caps, "format", GST_FORMAT_TIME, NULL);

  self->pipeline = gst_object_ref_sink (gst_pipeline_new ("stride-cues"));
  gst_object_ref (self->source);
  gst_object_ref (self->volume);
  gst_bin_add_many (GST_BIN (self->pipeline), self->source, convert, resample, self->volume, sink, NULL);
  if (!gst_element_link_many (self->source, convert, resample, self->volume, sink, NULL))
    return FALSE;

  bus = gst_element_get_bus (self->pipeline);
  gst_bus_add_watch (bus, bus_message_cb, self);
  self->bus_watched = TRUE;
  return TRUE;
}

static void
stride_cue_player_dispose (GObject *object)
{
  StrideCuePlayer *self = STRIDE_CUE_PLAYER (object);

  if (self->pipeline != NULL)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (self->pipeline);

      if (self->bus_watched)
        gst_bus_remove_watch (bus);
      self->bus_watched = FALSE;
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
    }
  g_clear_pointer (&self->source, gst_object_unref);
  g_clear_pointer (&self->volume, gst_object_unref);
  g_clear_pointer (&self->pipeline, gst_object_unref);

  G_OBJECT_CLASS (stride_cue_player_parent_class)->dispose (object);
}

static void
stride_cue_player_class_init (StrideCuePlayerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stride_cue_player_dispose;
}

static void
stride_cue_player_init (StrideCuePlayer *self)
{
  if (!build_pipeline (self))
    warn_once (self, "a GStreamer element (appsrc, audioconvert, audioresample, volume or an audio sink) is missing");
}

StrideCuePlayer *
stride_cue_player_new (void)
{
  return g_object_new (STRIDE_TYPE_CUE_PLAYER, NULL);
}

void
stride_cue_player_play (StrideCuePlayer *self,
                        StrideCue        cue,
                        double           volume)
{
  g_autoptr(GBytes) bytes = NULL;
  GstBuffer *buffer;

  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));
  g_return_if_fail (cue < STRIDE_N_CUES);

  if (self->pipeline == NULL)
    return;

  /* Back to NULL flushes the cue still sounding and resets appsrc's end of stream. */
  gst_element_set_state (self->pipeline, GST_STATE_NULL);
  g_object_set (self->volume, "volume", CLAMP (volume, 0.0, 1.0), NULL);

  bytes = stride_cue_render (cue);
  buffer = gst_buffer_new_wrapped_bytes (bytes);
  GST_BUFFER_PTS (buffer) = 0;
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (g_bytes_get_size (bytes) / sizeof (gint16),
                                                        GST_SECOND, STRIDE_CUE_SAMPLE_RATE);
  /* appsrc takes data only once started, which the state change does at once. */
  gst_element_set_state (self->pipeline, GST_STATE_PLAYING);
  gst_app_src_push_buffer (GST_APP_SRC (self->source), buffer);
  gst_app_src_end_of_stream (GST_APP_SRC (self->source));
}

guint
stride_cue_player_get_n_played (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), 0);

  return self->n_played;
}
