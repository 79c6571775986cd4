/* stride-cue-player.h — synthesises and plays the short cue sounds of a routine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The same values as StrideSoundCue in the UI's stride-sound-cues.h. */
typedef enum
{
  STRIDE_CUE_TICK,
  STRIDE_CUE_START,
  STRIDE_CUE_SWITCH_SIDE,
  STRIDE_CUE_DONE,
  STRIDE_N_CUES
} StrideCue;

#define STRIDE_CUE_SAMPLE_RATE 48000

#define STRIDE_TYPE_CUE_PLAYER (stride_cue_player_get_type ())

G_DECLARE_FINAL_TYPE (StrideCuePlayer, stride_cue_player, STRIDE, CUE_PLAYER, GObject)

/* GStreamer must be initialised first. The sound goes to the element named by the
 * STRIDE_AUDIO_SINK environment variable (tests use fakesink), else autoaudiosink. */
StrideCuePlayer *stride_cue_player_new    (void);
void             stride_cue_player_play   (StrideCuePlayer *self,
                                           StrideCue        cue,
                                           double           volume);
/* The number of cues that finished sounding, for tests. */
guint            stride_cue_player_get_n_played (StrideCuePlayer *self);

/* The cue as signed 16-bit mono samples at STRIDE_CUE_SAMPLE_RATE. */
GBytes          *stride_cue_render        (StrideCue        cue);

G_END_DECLS
