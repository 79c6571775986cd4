/* stride-cue-player.c — synthesises and plays the short cue sounds of a routine
 *
 * Cues are a few notes of a sine with a soft overtone, each shaped by a quick attack
 * and an exponential decay so it starts and stops without a click. One small pipeline
 * (appsrc → audioconvert → audioresample → volume → sink) is reused: a new cue
 * flushes the one still sounding.
 *
 * Spoken coaching goes through the same pipeline, so it mixes with the video's sound and
 * follows the same volume. A worker thread asks the speech helper (stride-speech.c, a
 * process of its own) for each sentence and pushes each piece into appsrc as it comes; a
 * generation number, checked under a lock before every push, lets the main thread cut a
 * sentence at once (pause, end, or a newer announcement). While one sentence sounds, the
 * next waits; a newer one that waits replaces it (a countdown number that came too late
 * is never said). When the helper dies (espeak-ng crashed), the sentence is asked again
 * of a new helper once per language; a second death is treated as a missing voice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <gst/gst.h>
#include <gst/app/gstappsrc.h>

#include "stride-cue-player.h"
#include "stride-speech.h"

typedef struct
{
  gint   generation;
  char  *text;       /* NULL: the worker stops */
  char  *language;
  int    rate;
} SpeechRequest;

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

  /* Speech: the worker, and what the main thread knows of it */
  GThread      *worker;
  GAsyncQueue  *requests;        /* SpeechRequest */
  GMutex        push_lock;       /* generation and pushing into appsrc */
  gint          generation;      /* bumped to silence whatever is being said */
  guint64       pushed_samples;  /* of the sentence under way, for timestamps */
  gboolean      speaking;
  SpeechRequest pending;         /* waits for the sentence under way; text NULL: none */
  double        pending_volume;
  GHashTable   *missing_voices;  /* language → TRUE: said to be missing already */
  GHashTable   *crashed_voices;  /* language → TRUE: the helper died once speaking it (worker only) */
  guint         n_spoken;
};

enum {
  SPEECH_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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


/* Speech */

static void start_sentence (StrideCuePlayer *self, const SpeechRequest *request, double volume);

static void
speech_request_clear (SpeechRequest *request)
{
  g_clear_pointer (&request->text, g_free);
  g_clear_pointer (&request->language, g_free);
}

static void
speech_request_free (SpeechRequest *request)
{
  speech_request_clear (request);
  g_free (request);
}

/* The sentence under way ended (or was cut): the one waiting, if any, comes next. */
static void
speech_finished (StrideCuePlayer *self)
{
  self->speaking = FALSE;
  if (self->pending.text != NULL)
    {
      SpeechRequest next = self->pending;

      self->pending = (SpeechRequest) { 0 };
      start_sentence (self, &next, self->pending_volume);
      speech_request_clear (&next);
    }
}

/* Main thread: everything pushed from now on under an older generation is dropped. */
static void
silence (StrideCuePlayer *self,
         int              rate)
{
  g_autoptr(GstCaps) caps = NULL;

  g_mutex_lock (&self->push_lock);
  g_atomic_int_inc (&self->generation);
  self->pushed_samples = 0;
  /* Back to NULL flushes what still sounds and resets appsrc's end of stream. */
  gst_element_set_state (self->pipeline, GST_STATE_NULL);
  caps = gst_caps_new_simple ("audio/x-raw", "format", G_TYPE_STRING, "S16LE",
                              "layout", G_TYPE_STRING, "interleaved",
                              "rate", G_TYPE_INT, rate,
                              "channels", G_TYPE_INT, 1, NULL);
  g_object_set (self->source, "caps", caps, NULL);
  g_mutex_unlock (&self->push_lock);
}

typedef struct
{
  StrideCuePlayer *self;
  gint             generation;
} Sentence;

/* Worker thread: one piece of the sentence into appsrc, unless it was silenced. */
static gboolean
push_speech_cb (const gint16 *samples,
                gsize         n_samples,
                gpointer      data)
{
  Sentence *sentence = data;
  StrideCuePlayer *self = sentence->self;
  gboolean current;

  g_mutex_lock (&self->push_lock);
  current = sentence->generation == self->generation;
  if (current)
    {
      GstBuffer *buffer = gst_buffer_new_memdup (samples, n_samples * sizeof (gint16));

      GST_BUFFER_PTS (buffer) = gst_util_uint64_scale (self->pushed_samples, GST_SECOND, STRIDE_SPEECH_SAMPLE_RATE);
      GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (n_samples, GST_SECOND, STRIDE_SPEECH_SAMPLE_RATE);
      self->pushed_samples += n_samples;
      gst_app_src_push_buffer (GST_APP_SRC (self->source), buffer);
    }
  g_mutex_unlock (&self->push_lock);
  return current;
}

typedef struct
{
  StrideCuePlayer *self;
  char            *language;
  char            *message;
  gboolean         broke;      /* the voice exists but failed, not missing */
  gint             generation;
} Failure;

static void
failure_free (Failure *failure)
{
  g_object_unref (failure->self);
  g_free (failure->language);
  g_free (failure->message);
  g_free (failure);
}

/* Main thread: the worker could not speak; said once per language. */
static gboolean
report_failure_cb (gpointer data)
{
  Failure *failure = data;
  StrideCuePlayer *self = failure->self;

  if (failure->generation == self->generation && self->speaking)
    {
      self->speaking = FALSE;
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
    }
  if (!g_hash_table_contains (self->missing_voices, failure->language))
    {
      g_hash_table_add (self->missing_voices, g_strdup (failure->language));
      g_signal_emit (self, signals[SPEECH_FAILED], 0, failure->language, failure->message, failure->broke);
    }
  return G_SOURCE_REMOVE;
}

/* Worker thread: the first death of the helper in a language costs one new helper and
 * the sentence is asked again (if still wanted); the second is given up as a failure. */
static gboolean
speak_with_one_restart (StrideCuePlayer     *self,
                        const SpeechRequest *request,
                        Sentence            *sentence,
                        GError             **error)
{
  g_autoptr(GError) crash = NULL;

  if (stride_speech_synthesize (request->text, request->language, request->rate,
                                push_speech_cb, sentence, &crash))
    return TRUE;
  if (!g_error_matches (crash, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_CRASHED) ||
      g_hash_table_contains (self->crashed_voices, request->language))
    {
      g_propagate_error (error, g_steal_pointer (&crash));
      return FALSE;
    }

  g_message ("Spoken coaching: %s; starting it again", crash->message);
  g_hash_table_add (self->crashed_voices, g_strdup (request->language));
  /* The sentence starts again after what the dead helper said of it (timestamps only
   * go forward). */
  if (request->generation != g_atomic_int_get (&self->generation))
    return TRUE;
  return stride_speech_synthesize (request->text, request->language, request->rate,
                                   push_speech_cb, sentence, error);
}

static gpointer
speech_worker (gpointer data)
{
  StrideCuePlayer *self = data;
  SpeechRequest *request;

  while ((request = g_async_queue_pop (self->requests))->text != NULL)
    {
      Sentence sentence = { self, request->generation };
      g_autoptr(GError) error = NULL;

      if (request->generation == g_atomic_int_get (&self->generation) &&
          speak_with_one_restart (self, request, &sentence, &error))
        {
          g_mutex_lock (&self->push_lock);
          if (sentence.generation == self->generation)
            gst_app_src_end_of_stream (GST_APP_SRC (self->source));
          g_mutex_unlock (&self->push_lock);
        }
      else if (error != NULL)
        {
          Failure *failure = g_new0 (Failure, 1);

          failure->self = g_object_ref (self);
          failure->language = g_strdup (request->language);
          failure->message = g_strdup (error->message);
          failure->broke = g_error_matches (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_CRASHED) ||
                           g_error_matches (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_FAILED);
          failure->generation = request->generation;
          g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, report_failure_cb, failure,
                                      (GDestroyNotify) failure_free);
        }
      speech_request_free (request);
    }
  speech_request_free (request);
  return NULL;
}

/* Main thread: cuts whatever sounds and hands the sentence to the worker. */
static void
start_sentence (StrideCuePlayer     *self,
                const SpeechRequest *request,
                double               volume)
{
  SpeechRequest *copy = g_new0 (SpeechRequest, 1);

  silence (self, STRIDE_SPEECH_SAMPLE_RATE);
  g_object_set (self->volume, "volume", CLAMP (volume, 0.0, 1.0), NULL);
  gst_element_set_state (self->pipeline, GST_STATE_PLAYING);
  self->speaking = TRUE;

  copy->generation = self->generation;
  copy->text = g_strdup (request->text);
  copy->language = g_strdup (request->language);
  copy->rate = request->rate;
  if (self->worker == NULL)
    self->worker = g_thread_new ("stride-speech", speech_worker, self);
  g_async_queue_push (self->requests, copy);
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
      if (self->speaking)
        {
          self->n_spoken++;
          speech_finished (self);
        }
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

/* STRIDE_AUDIO_SINK is an element name, or a description such as
 * "capsfilter caps=audio/x-raw,rate=48000 ! fakesink name=out" (benchmarks tap it). */
static GstElement *
make_sink (void)
{
  const char *name = g_getenv ("STRIDE_AUDIO_SINK");
  GstElement *sink;

  if (name != NULL && strchr (name, '!') != NULL)
    return gst_parse_bin_from_description (name, TRUE, NULL);

  sink = gst_element_factory_make (name != NULL ? name : "autoaudiosink", "sink");

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

  if (self->worker != NULL)
    {
      /* Cuts the sentence under way, then lets the worker end. */
      g_atomic_int_inc (&self->generation);
      g_async_queue_push (self->requests, g_new0 (SpeechRequest, 1));
      g_thread_join (g_steal_pointer (&self->worker));
    }
  speech_request_clear (&self->pending);

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
stride_cue_player_finalize (GObject *object)
{
  StrideCuePlayer *self = STRIDE_CUE_PLAYER (object);

  g_async_queue_unref (self->requests);
  g_hash_table_unref (self->missing_voices);
  g_hash_table_unref (self->crashed_voices);
  g_mutex_clear (&self->push_lock);

  G_OBJECT_CLASS (stride_cue_player_parent_class)->finalize (object);
}

static void
stride_cue_player_class_init (StrideCuePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_cue_player_dispose;
  object_class->finalize = stride_cue_player_finalize;

  /* (language, message, broke): no voice for the language, no espeak-ng at all, or (broke
   * TRUE) a voice that exists but failed: the speech helper died twice speaking it. Once
   * per language: the caller falls back to beeps and may say so once, in the right words. */
  signals[SPEECH_FAILED] = g_signal_new ("speech-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                         G_TYPE_STRING, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
stride_cue_player_init (StrideCuePlayer *self)
{
  g_mutex_init (&self->push_lock);
  self->requests = g_async_queue_new_full ((GDestroyNotify) speech_request_free);
  self->missing_voices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->crashed_voices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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

  /* A cue cuts a sentence too, and whatever waited after it. */
  speech_request_clear (&self->pending);
  self->speaking = FALSE;
  silence (self, STRIDE_CUE_SAMPLE_RATE);
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

gboolean
stride_cue_player_say (StrideCuePlayer *self,
                       const char      *text,
                       const char      *language,
                       int              rate,
                       double           volume,
                       gboolean         interrupt)
{
  SpeechRequest request = { 0, (char *) text, (char *) language, rate };

  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), FALSE);
  g_return_val_if_fail (text != NULL && language != NULL, FALSE);

  if (self->pipeline == NULL || g_hash_table_contains (self->missing_voices, language))
    return FALSE;

  if (self->speaking && !interrupt)
    {
      speech_request_clear (&self->pending);
      self->pending.text = g_strdup (text);
      self->pending.language = g_strdup (language);
      self->pending.rate = rate;
      self->pending_volume = volume;
      return TRUE;
    }

  speech_request_clear (&self->pending);
  start_sentence (self, &request, volume);
  return TRUE;
}

void
stride_cue_player_hush (StrideCuePlayer *self)
{
  g_return_if_fail (STRIDE_IS_CUE_PLAYER (self));

  speech_request_clear (&self->pending);
  if (!self->speaking || self->pipeline == NULL)
    return;

  self->speaking = FALSE;
  silence (self, STRIDE_SPEECH_SAMPLE_RATE);
}

gboolean
stride_cue_player_get_speaking (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), FALSE);

  return self->speaking;
}

guint
stride_cue_player_get_n_spoken (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), 0);

  return self->n_spoken;
}

GstElement *
stride_cue_player_get_pipeline (StrideCuePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_CUE_PLAYER (self), NULL);

  return self->pipeline;
}
