/* stride-player-private.h — the player's state, shared by its files
 *
 * stride-player.c is the GtkMediaStream and its API; stride-player-events.c answers what
 * the pipeline reports. Nothing outside the player includes this.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gst/gst.h>

#include "stride-player.h"

G_BEGIN_DECLS

struct _StridePlayer
{
  GtkMediaStream        parent_instance;

  /* Owned references */
  GstElement           *playbin;
  GstElement           *video_sink;
  GstElement           *size_filter;    /* caps on the frame width, or NULL */
  StrideVideoPaintable *paintable;
  GListStore           *chapters;
  StrideMediaChapter   *chapter;
  char                 *uri;
  char                 *missing_plugin;

  guint                 tick_id;
  guint                 watchdog_id;
  gboolean              bus_watched;

  double                rate;
  gboolean              mirrored;
  int                   display_width;  /* the widest frame worth making; 0: any */
  gint64                section_start;
  gint64                section_end;    /* <= section_start: no section */

  gboolean              prepared;
  gboolean              seeking;        /* a seek GtkMediaStream asked for is in flight */
  gboolean              error_reported;
  gboolean              relearning;     /* the duration is being replaced: keep playing */
  gint64                readable_end;   /* µs where a file cut short really ends; 0: unknown */
  GCancellable         *probe_cancellable; /* the read-through of the current file */
  gint64                probed_end;     /* µs where that read-through ended; 0: not yet */
};

/* stride-player.c */
gboolean stride_player_has_section    (StridePlayer *self);
gboolean stride_player_needs_segment  (StridePlayer *self);
gint64   stride_player_loop_start     (StridePlayer *self);
gint64   stride_player_query_position (StridePlayer *self);
gboolean stride_player_seek_to        (StridePlayer *self,
                                       gint64        position,
                                       gboolean      flush);
void     stride_player_update_chapter (StridePlayer *self,
                                       gint64        position);
void     stride_player_update_position (StridePlayer *self);
void     stride_player_start_ticking  (StridePlayer *self);
void     stride_player_stop_ticking   (StridePlayer *self);
char    *stride_player_display_name   (StridePlayer *self);
void     stride_player_emit_looped    (StridePlayer *self);

/* stride-player-events.c */
void     stride_player_report_error      (StridePlayer *self,
                                          GError       *error);
gboolean stride_player_open_timeout_cb   (gpointer      data);
gboolean stride_player_bus_message_cb    (GstBus       *bus,
                                          GstMessage   *message,
                                          gpointer      data);
void     stride_player_start_probe       (StridePlayer *self);
void     stride_player_apply_probed_end  (StridePlayer *self);

G_END_DECLS
