/* stride-player.h — a GtkMediaStream over playbin, with what exercise videos need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "stride-media-chapter.h"
#include "stride-media-error.h"
#include "stride-video-paintable.h"

G_BEGIN_DECLS

#define STRIDE_PLAYER_MIN_RATE 0.25
#define STRIDE_PLAYER_MAX_RATE 2.0

#define STRIDE_TYPE_PLAYER (stride_player_get_type ())

G_DECLARE_FINAL_TYPE (StridePlayer, stride_player, STRIDE, PLAYER, GtkMediaStream)

/* GStreamer must be initialised (stride_media_init()) first. */
StridePlayer         *stride_player_new            (void);

void                  stride_player_set_uri        (StridePlayer *self,
                                                    const char   *uri);
const char           *stride_player_get_uri        (StridePlayer *self);

/* Clamped to STRIDE_PLAYER_MIN_RATE … STRIDE_PLAYER_MAX_RATE. */
void                  stride_player_set_rate       (StridePlayer *self,
                                                    double        rate);
double                stride_player_get_rate       (StridePlayer *self);

void                  stride_player_set_mirrored   (StridePlayer *self,
                                                    gboolean      mirrored);
gboolean              stride_player_get_mirrored   (StridePlayer *self);

/* Loops [START, END) (µs) seamlessly; END <= START stops the section loop. */
void                  stride_player_loop_section   (StridePlayer *self,
                                                    gint64        start,
                                                    gint64        end);
gint64                stride_player_get_section_start (StridePlayer *self);
gint64                stride_player_get_section_end   (StridePlayer *self);

/* Pauses, then shows the next frame. */
void                  stride_player_step_frame     (StridePlayer *self);

/* The clip's chapters (StrideMediaChapter), in order; empty until the clip is read. */
GListModel           *stride_player_get_chapters   (StridePlayer *self);
StrideMediaChapter   *stride_player_get_chapter    (StridePlayer *self);

StrideVideoPaintable *stride_player_get_paintable  (StridePlayer *self);

/* The width the picture is shown at, in device pixels ("display-width"); frames wider
 * than that are scaled down before they reach the main thread. 0: full size. */
void                  stride_player_set_display_width (StridePlayer *self,
                                                       int           width);

/* Frames never shown since the clip was opened: dropped late by the sink, or replaced
 * by a newer one before the main loop could show them. */
guint64               stride_player_get_n_dropped  (StridePlayer *self);

G_END_DECLS
