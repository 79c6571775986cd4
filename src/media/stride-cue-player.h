/* stride-cue-player.h — synthesises and plays the short cue sounds of a routine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "stride-media-module.h"

G_BEGIN_DECLS

#define STRIDE_CUE_SAMPLE_RATE 48000

#define STRIDE_TYPE_CUE_PLAYER (stride_cue_player_get_type ())

G_DECLARE_FINAL_TYPE (StrideCuePlayer, stride_cue_player, STRIDE, CUE_PLAYER, GObject)

/* GStreamer must be initialised first. The sound goes to the element named by the
 * STRIDE_AUDIO_SINK environment variable (tests use fakesink), else autoaudiosink. */
StrideCuePlayer *stride_cue_player_new    (void);
void             stride_cue_player_play   (StrideCuePlayer *self,
                                           StrideCue        cue,
                                           double           volume);
/* Speaks TEXT in LANGUAGE ("de", "es", "en") at RATE words per minute, through the same
 * pipeline as the cues. INTERRUPT cuts what is being said; otherwise TEXT waits for it
 * to end, replacing any sentence that already waited. Synthesis runs on a worker thread.
 * FALSE when LANGUAGE's voice is known to be missing; when that is found out only on the
 * worker, "speech-failed" (language, message, broke) is emitted once for the language. */
gboolean         stride_cue_player_say    (StrideCuePlayer *self,
                                           const char      *text,
                                           const char      *language,
                                           int              rate,
                                           double           volume,
                                           gboolean         interrupt);
/* Stops the sentence under way at once and drops the one waiting. */
void             stride_cue_player_hush   (StrideCuePlayer *self);
gboolean         stride_cue_player_get_speaking (StrideCuePlayer *self);
/* Sentences said to their end, for tests. */
guint            stride_cue_player_get_n_spoken (StrideCuePlayer *self);
/* For tests and benchmarks: the pipeline; its last element is named "sink" (or is the
 * bin that STRIDE_AUDIO_SINK describes). */
struct _GstElement *stride_cue_player_get_pipeline (StrideCuePlayer *self);

/* The number of cues that finished sounding, for tests. */
guint            stride_cue_player_get_n_played (StrideCuePlayer *self);

/* The cue as signed 16-bit mono samples at STRIDE_CUE_SAMPLE_RATE. */
GBytes          *stride_cue_render        (StrideCue        cue);

G_END_DECLS
