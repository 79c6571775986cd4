/* stride-sound-cues.h — short sounds that coach a routine without looking at the screen
 *
 * The cues are synthesised (no sound files), and so is the spoken coaching (espeak-ng in
 * the stride-speak helper, in the interface language; GSettings "voice-enabled", "voice-rate",
 * "voice-count-reps"), which goes through the same sound, volume and mute. Their volume and mute follow the
 * preferences (GSettings keys "cue-volume" and "cues-muted"). GStreamer is loaded on the
 * first cue played, not before; when it cannot be, the cues are silent and a warning is
 * logged once — a missing sound never stops a routine.
 *
 *   stride_sound_cues_play (stride_sound_cues_from_context (context), STRIDE_CUE_TICK);
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "stride-context.h"
#include "stride-media-module.h"   /* StrideCue */

G_BEGIN_DECLS

#define STRIDE_TYPE_SOUND_CUES (stride_sound_cues_get_type ())

G_DECLARE_FINAL_TYPE (StrideSoundCues, stride_sound_cues, STRIDE, SOUND_CUES, GObject)

/* Cues with their volume and mute bound to SETTINGS (the application's schema). */
StrideSoundCues *stride_sound_cues_new        (GSettings       *settings);

/* The context's cues (the application makes one instance, bound to its settings).
 * Borrowed. */
StrideSoundCues *stride_sound_cues_from_context (StrideContext *context);

/* Plays CUE now, cutting short the cue still sounding; silent when muted. */
void             stride_sound_cues_play       (StrideSoundCues *self,
                                               StrideCue        cue);

/* Properties "volume" (double 0–1) and "muted" (bool), bound to the settings. */
double           stride_sound_cues_get_volume (StrideSoundCues *self);
void             stride_sound_cues_set_volume (StrideSoundCues *self,
                                               double           volume);
gboolean         stride_sound_cues_get_muted  (StrideSoundCues *self);
void             stride_sound_cues_set_muted  (StrideSoundCues *self,
                                               gboolean         muted);

/* Spoken coaching. The voice speaks the language the interface is translated into.
 * Active: the voice is on, not muted, and installed. When the language has no voice the
 * signal "voice-missing" (message) comes once and the voice stays inactive: beeps then.
 * Signal "said" (text, interrupt) comes with each sentence handed to the voice, in order
 * (tests capture the script the user hears). */
const char      *stride_sound_cues_get_language     (void);
gboolean         stride_sound_cues_get_voice_active (StrideSoundCues *self);
/* The "voice-count-reps" preference. */
gboolean         stride_sound_cues_get_count_reps   (StrideSoundCues *self);
/* Says TEXT when the voice is active (see stride-coach.h for INTERRUPT); FALSE if not. */
gboolean         stride_sound_cues_say              (StrideSoundCues *self,
                                                     const char      *text,
                                                     gboolean         interrupt);
/* Reads TEXT aloud because the user asked (the voice preference does not apply, mute
 * and volume do); FALSE when it cannot. */
gboolean         stride_sound_cues_read_aloud       (StrideSoundCues *self,
                                                     const char      *text);
/* Silence now: the sentence under way stops, the one waiting is dropped. */
void             stride_sound_cues_hush             (StrideSoundCues *self);

G_END_DECLS
