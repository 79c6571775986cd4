/* stride-video-view-private.h — the video view's state, shared by its files
 *
 * stride-video-view.c is the widget (properties, layout, API); -controls.c mirrors the
 * player into the controls and runs the actions; -source.c opens a clip, asking first
 * for an internet video. Nothing outside the view includes this.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-camera-mirror.h"
#include "stride-media-module.h"
#include "stride-video-controls-row.h"
#include "stride-video-view.h"

G_BEGIN_DECLS

struct _StrideVideoView
{
  GtkWidget                 parent_instance;

  /* Template widgets */
  GtkWidget                *content;
  GtkStack                 *stack;
  GtkPicture               *picture;
  StrideCameraMirror       *camera_mirror;
  GtkSpinner               *spinner;
  AdwStatusPage            *error_page;
  AdwStatusPage            *consent_page;
  GtkWidget                *not_now_button;
  GtkWidget                *allow_button;
  GtkWidget                *controls;
  GtkLabel                 *position_label;
  GtkScale                 *seek_scale;
  GtkAdjustment            *seek_adjustment;
  GtkLabel                 *duration_label;
  StrideVideoControlsRow   *controls_row;
  GtkButton                *play_button;
  GtkLabel                 *chapter_label;
  GtkMenuButton            *speed_button;
  GtkButton                *fullscreen_button;

  /* Owned references */
  GtkMediaStream           *player;
  GSimpleActionGroup       *actions;
  GtkWindow                *fullscreen_window;
  GtkApplication           *inhibit_app;
  GError                   *error;
  char                     *uri;
  char                     *pack_id;        /* the pack the video comes from, or NULL */
  char                     *pack_title;
  GSettings                *settings;       /* internet-video-packs: created when asked */
  char                     *chapter_id;
  char                     *looping_chapter;
  char                     *pending_loop_chapter;

  /* Borrowed references */
  const StrideMediaModule  *media;

  /* What the user asked for, kept until there is a player */
  gboolean                  loop;
  gboolean                  mirrored;
  gboolean                  muted;
  gboolean                  controls_visible;
  gboolean                  wants_playing;  /* asked to play while waiting for consent */
  gboolean                  waiting;        /* an internet video the user has not allowed */
  double                    rate;

  gint64                    ab_start;       /* first end of an A–B loop, or -1 */
  int                       max_height;     /* the tallest it asks to be, or 0: any */
  guint                     inhibit_cookie;
};

enum {
  PROP_0,
  PROP_URI,
  PROP_PLAYING,
  PROP_LOOP,
  PROP_MIRRORED,
  PROP_RATE,
  PROP_MUTED,
  PROP_CONTROLS_VISIBLE,
  PROP_POSITION,
  PROP_DURATION,
  PROP_CHAPTER,
  PROP_LOOPING_CHAPTER,
  PROP_ERROR,
  N_PROPS
};

enum {
  CHAPTER_CHANGED,
  ENDED,
  ERROR,
  N_SIGNALS
};

#define STRIDE_VIDEO_VIEW_N_RATES 7
extern const double stride_video_view_rates[STRIDE_VIDEO_VIEW_N_RATES];

extern GParamSpec *stride_video_view_properties[N_PROPS];
extern guint stride_video_view_signals[N_SIGNALS];

/* stride-video-view.c */
void stride_video_view_set_action_state (StrideVideoView *self, const char *name, GVariant *state);
void stride_video_view_set_action_enabled (StrideVideoView *self, const char *name, gboolean enabled);
char * stride_video_view_content_id (const char *uid);
GObject * stride_video_view_find_chapter (StrideVideoView *self, const char *id);
void stride_video_view_uninhibit (StrideVideoView *self);
void stride_video_view_update_inhibit (StrideVideoView *self);
void stride_video_view_update_display_width (StrideVideoView *self);
void stride_video_view_clear_clip_state (StrideVideoView *self);

/* stride-video-view-controls.c */
void stride_video_view_show_error (StrideVideoView *self, const GError *error);
void stride_video_view_player_error_cb (StrideVideoView *self);
void stride_video_view_player_prepared_cb (StrideVideoView *self);
void stride_video_view_set_looping_chapter (StrideVideoView *self, const char *id);
void stride_video_view_player_rate_cb (StrideVideoView *self);
gboolean stride_video_view_ensure_player (StrideVideoView *self);
void stride_video_view_set_fullscreen (StrideVideoView *self, gboolean fullscreen);
gboolean stride_video_view_seek_scale_change_value_cb (StrideVideoView *self, GtkScrollType scroll, double value);
void stride_video_view_init_controls (StrideVideoView *self);

/* stride-video-view-source.c */
void stride_video_view_open_uri (StrideVideoView *self);
void stride_video_view_allow_clicked_cb (StrideVideoView *self);
void stride_video_view_not_now_clicked_cb (StrideVideoView *self);
void stride_video_view_set_source (StrideVideoView *self, const char *uri, const char *pack_id, const char *pack_title);

G_END_DECLS
