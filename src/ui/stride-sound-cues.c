/* stride-sound-cues.c — short sounds that coach a routine without looking at the screen
 *
 * A thin object over the media module's cue player: it holds the preferences (volume,
 * mute) and loads the module, and so GStreamer, only when the first cue sounds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
};

/* The module takes the cue as a number: both enums must agree. */
G_STATIC_ASSERT ((int) STRIDE_SOUND_CUE_TICK == (int) STRIDE_CUE_TICK);
G_STATIC_ASSERT ((int) STRIDE_SOUND_CUE_START == (int) STRIDE_CUE_START);
G_STATIC_ASSERT ((int) STRIDE_SOUND_CUE_SWITCH_SIDE == (int) STRIDE_CUE_SWITCH_SIDE);
G_STATIC_ASSERT ((int) STRIDE_SOUND_CUE_DONE == (int) STRIDE_CUE_DONE);

G_DEFINE_FINAL_TYPE (StrideSoundCues, stride_sound_cues, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VOLUME,
  PROP_MUTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_sound_cues_init (StrideSoundCues *self)
{
  self->volume = 0.8;
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
    }
  return self;
}

StrideSoundCues *
stride_sound_cues_get_default (void)
{
  static StrideSoundCues *instance;

  if (instance == NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      instance = stride_sound_cues_new (settings);
    }
  return instance;
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
  return TRUE;
}

void
stride_sound_cues_play (StrideSoundCues *self,
                        StrideSoundCue   cue)
{
  g_return_if_fail (STRIDE_IS_SOUND_CUES (self));
  g_return_if_fail (cue <= STRIDE_SOUND_CUE_DONE);

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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}
