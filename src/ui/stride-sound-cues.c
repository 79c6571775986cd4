/* stride-sound-cues.c — short sounds that coach a routine without looking at the screen
 *
 * A thin object over the media module's cue player: it holds the preferences (volume,
 * mute, the voice and its rate) and loads the module, and so GStreamer, only when the
 * first cue sounds; the module starts the speech helper when the first sentence is said.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-cue-player.h"
#include "stride-media-loader.h"
#include "stride-sound-cues.h"

struct _StrideSoundCues
{
  GObject                  parent_instance;

  /* Owned references */
  GSettings               *settings;
  GObject                 *cue_player;

  /* Borrowed references */
  const StrideMediaModule *media;

  double                   volume;
  gboolean                 muted;
  gboolean                 unavailable;   /* the module could not be loaded */
  gboolean                 voice_enabled;
  int                      voice_rate;    /* words per minute */
  gboolean                 count_reps;
  gboolean                 voice_missing; /* no voice for the language: beeps instead */
};

G_DEFINE_FINAL_TYPE (StrideSoundCues, stride_sound_cues, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VOLUME,
  PROP_MUTED,
  PROP_VOICE_ENABLED,
  PROP_VOICE_RATE,
  PROP_COUNT_REPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  VOICE_MISSING,
  SAID,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
stride_sound_cues_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StrideSoundCues *self = STRIDE_SOUND_CUES (object);

  switch (prop_id)
    {
    case PROP_VOLUME:
      stride_sound_cues_set_volume (self, g_value_get_double (value));
      break;
    case PROP_MUTED:
      stride_sound_cues_set_muted (self, g_value_get_boolean (value));
      break;
    case PROP_VOICE_ENABLED:
      self->voice_enabled = g_value_get_boolean (value);
      if (!self->voice_enabled)
        stride_sound_cues_hush (self);
      break;
    case PROP_VOICE_RATE:
      self->voice_rate = g_value_get_int (value);
      break;
    case PROP_COUNT_REPS:
      self->count_reps = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_sound_cues_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StrideSoundCues *self = STRIDE_SOUND_CUES (object);

  switch (prop_id)
    {
    case PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_VOICE_ENABLED:
      g_value_set_boolean (value, self->voice_enabled);
      break;
    case PROP_VOICE_RATE:
      g_value_set_int (value, self->voice_rate);
      break;
    case PROP_COUNT_REPS:
      g_value_set_boolean (value, self->count_reps);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_sound_cues_dispose (GObject *object)
{
  StrideSoundCues *self = STRIDE_SOUND_CUES (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cue_player);

  G_OBJECT_CLASS (stride_sound_cues_parent_class)->dispose (object);
}

static void
stride_sound_cues_class_init (StrideSoundCuesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->set_property = stride_sound_cues_set_property;
  object_class->get_property = stride_sound_cues_get_property;
  object_class->dispose = stride_sound_cues_dispose;

  properties[PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL, 0.0, 1.0, 0.8,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOICE_ENABLED] =
    g_param_spec_boolean ("voice-enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOICE_RATE] =
    g_param_spec_int ("voice-rate", NULL, NULL, 80, 450, 160,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT_REPS] =
    g_param_spec_boolean ("count-reps", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* (message): the interface language has no voice; the coaching beeps instead. Once. */
  signals[VOICE_MISSING] = g_signal_new ("voice-missing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* (text, interrupt): a sentence handed to the voice, in the order it is heard. */
  signals[SAID] = g_signal_new ("said", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
stride_sound_cues_init (StrideSoundCues *self)
{
  self->volume = 0.8;
  self->voice_enabled = TRUE;
  self->voice_rate = 160;
}

StrideSoundCues *
stride_sound_cues_new (GSettings *settings)
{
  StrideSoundCues *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (STRIDE_TYPE_SOUND_CUES, NULL);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_settings_bind (settings, "cue-volume", self, "volume", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "cues-muted", self, "muted", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "voice-enabled", self, "voice-enabled", G_SETTINGS_BIND_GET);
      g_settings_bind (settings, "voice-rate", self, "voice-rate", G_SETTINGS_BIND_GET);
      g_settings_bind (settings, "voice-count-reps", self, "count-reps", G_SETTINGS_BIND_GET);
    }
  return self;
}

StrideSoundCues *
stride_sound_cues_from_context (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return STRIDE_SOUND_CUES (stride_context_get_cues (context));
}

/* BROKE: the voice is there but stopped working (its helper died twice), which a runner
 * can do nothing about by installing anything; otherwise none is installed. */
static void
voice_missing (StrideSoundCues *self,
               const char      *why,
               gboolean         broke)
{
  const char *message;

  if (self->voice_missing)
    return;

  self->voice_missing = TRUE;
  g_message ("Spoken coaching falls back to beeps: %s", why);
  message = broke ? _("The voice stopped working, so you hear beeps instead. "
                      "Restart Stride to try the voice again.")
                  : _("Spoken coaching needs a voice for your language, which is not installed: "
                      "you hear beeps instead.");
  g_signal_emit (self, signals[VOICE_MISSING], 0, message);
}

static void
speech_failed_cb (StrideSoundCues *self,
                  const char      *language,
                  const char      *message,
                  gboolean         broke)
{
  voice_missing (self, message, broke);
}

static gboolean
ensure_cue_player (StrideSoundCues *self)
{
  g_autoptr(GError) error = NULL;

  if (self->cue_player != NULL)
    return TRUE;
  if (self->unavailable)
    return FALSE;

  /* The loader logs why once; a missing sound must never stop a routine. */
  self->media = stride_media_loader_get (&error);
  if (self->media == NULL)
    {
      self->unavailable = TRUE;
      return FALSE;
    }

  self->cue_player = self->media->cue_player_new ();
  g_signal_connect_swapped (self->cue_player, "speech-failed", G_CALLBACK (speech_failed_cb), self);
  return TRUE;
}

void
stride_sound_cues_play (StrideSoundCues *self,
                        StrideCue        cue)
{
  g_return_if_fail (STRIDE_IS_SOUND_CUES (self));
  g_return_if_fail (cue < STRIDE_N_CUES);

  if (self->muted || self->volume <= 0.0 || !ensure_cue_player (self))
    return;

  self->media->cue_player_play (self->cue_player, cue, self->volume);
}

double
stride_sound_cues_get_volume (StrideSoundCues *self)
{
  g_return_val_if_fail (STRIDE_IS_SOUND_CUES (self), 0.0);

  return self->volume;
}

void
stride_sound_cues_set_volume (StrideSoundCues *self,
                              double           volume)
{
  g_return_if_fail (STRIDE_IS_SOUND_CUES (self));

  volume = CLAMP (volume, 0.0, 1.0);
  if (self->volume == volume)
    return;

  self->volume = volume;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

gboolean
stride_sound_cues_get_muted (StrideSoundCues *self)
{
  g_return_val_if_fail (STRIDE_IS_SOUND_CUES (self), FALSE);

  return self->muted;
}

void
stride_sound_cues_set_muted (StrideSoundCues *self,
                             gboolean         muted)
{
  g_return_if_fail (STRIDE_IS_SOUND_CUES (self));

  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  if (muted)
    stride_sound_cues_hush (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

const char *
stride_sound_cues_get_language (void)
{
  /* Translators: the espeak-ng voice that speaks the coaching: your language's code
   * ("de", "es"…), as in "espeak-ng --voices". Not shown on screen. */
  return C_("speech voice", "en");
}

gboolean
stride_sound_cues_get_voice_active (StrideSoundCues *self)
{
  g_return_val_if_fail (STRIDE_IS_SOUND_CUES (self), FALSE);

  return self->voice_enabled && !self->voice_missing && !self->muted && self->volume > 0.0 && !self->unavailable;
}

gboolean
stride_sound_cues_get_count_reps (StrideSoundCues *self)
{
  g_return_val_if_fail (STRIDE_IS_SOUND_CUES (self), FALSE);

  return self->count_reps;
}

static gboolean
speak (StrideSoundCues *self,
       const char      *text,
       gboolean         interrupt)
{
  if (self->voice_missing || self->muted || self->volume <= 0.0 || !ensure_cue_player (self))
    return FALSE;

  if (!self->media->cue_player_say (self->cue_player, text, stride_sound_cues_get_language (),
                                    self->voice_rate, self->volume, interrupt))
    {
      voice_missing (self, "the voice is missing", FALSE);
      return FALSE;
    }
  g_signal_emit (self, signals[SAID], 0, text, interrupt);
  return TRUE;
}

gboolean
stride_sound_cues_say (StrideSoundCues *self,
                       const char      *text,
                       gboolean         interrupt)
{
  g_return_val_if_fail (STRIDE_IS_SOUND_CUES (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  return self->voice_enabled && speak (self, text, interrupt);
}

gboolean
stride_sound_cues_read_aloud (StrideSoundCues *self,
                              const char      *text)
{
  g_return_val_if_fail (STRIDE_IS_SOUND_CUES (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  return speak (self, text, TRUE);
}

void
stride_sound_cues_hush (StrideSoundCues *self)
{
  g_return_if_fail (STRIDE_IS_SOUND_CUES (self));

  if (self->cue_player != NULL)
    self->media->cue_player_hush (self->cue_player);
}
