/* stride-video-view.h — a video with the controls exercise videos need
 *
 * Embed it in a page: set a URI (a StrideVideo's resolved uri), and the view shows
 * the picture, play/pause, a seek bar with the clip's chapters, speed, section loop,
 * mirror and fullscreen, with keyboard shortcuts. GStreamer is loaded the first time
 * a view gets a URI, never before. A file that cannot be played shows a status page
 * in place of the picture and emits "error" once.
 *
 * Times are in microseconds, like GtkMediaStream's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "stride-content.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_VIDEO_VIEW (stride_video_view_get_type ())

G_DECLARE_FINAL_TYPE (StrideVideoView, stride_video_view, STRIDE, VIDEO_VIEW, GtkWidget)

/* Properties: "uri" (string), "playing" (bool), "loop" (bool), "mirrored" (bool),
 * "rate" (double, 0.25–2), "muted" (bool), "controls-visible" (bool),
 * "position" and "duration" (int64 µs, read-only), "chapter" (string, read-only: the
 * id of the chapter under the play head, or NULL), "looping-chapter" (string,
 * read-only: the chapter being looped, or NULL), "error" (GError, read-only).
 *
 * Signals:
 *   "chapter-changed" (const char *chapter_id)  the play head entered another chapter
 *                                               (NULL: outside every chapter); also
 *                                               emitted each time a section loop restarts
 *   "ended"           ()                        the clip reached its end (not when looping)
 *   "error"           (const GError *error)     the clip cannot be played; emitted once
 *                                               per URI, the view shows it in place
 * Chapter ids are the UIDs of the container's table of contents entries, the same ids
 * as a StrideVideo's chapters in the content pack. A chapter that plays again (Stride's
 * rendered videos repeat them for the second side as "hold@2") reports its plain id
 * ("hold"); functions taking an id accept either form, and a plain id picks the
 * occurrence under the play head, else the next one, else the first. */

GtkWidget    *stride_video_view_new                  (void);

void          stride_video_view_set_uri              (StrideVideoView *self,
                                                      const char      *uri);
const char   *stride_video_view_get_uri              (StrideVideoView *self);
/* A pack's video: its https address is opened only once the user allowed the pack's
 * internet videos (asked in the view itself); CONTENT gives the pack's title. */
void          stride_video_view_set_pack_video       (StrideVideoView   *self,
                                                      const StrideVideo *video,
                                                      StrideContent     *content);
/* TRUE while the view asks (or was told "Not now") instead of opening the video. */
gboolean      stride_video_view_get_waiting_for_consent (StrideVideoView *self);

void          stride_video_view_play                 (StrideVideoView *self);
void          stride_video_view_set_max_height       (StrideVideoView *self,
                                                      int              max_height);
void          stride_video_view_pause                (StrideVideoView *self);
void          stride_video_view_set_playing          (StrideVideoView *self,
                                                      gboolean         playing);
gboolean      stride_video_view_get_playing          (StrideVideoView *self);

/* Loops the whole clip. */
void          stride_video_view_set_loop             (StrideVideoView *self,
                                                      gboolean         loop);
gboolean      stride_video_view_get_loop             (StrideVideoView *self);

/* Seamlessly loops one chapter (a hold phase, say) until stopped; NULL stops the
 * section loop. Returns FALSE when the clip has no chapter with that id (the chapters
 * are known once the clip is prepared; a request made before that is kept and
 * applied then). */
gboolean      stride_video_view_loop_chapter         (StrideVideoView *self,
                                                      const char      *chapter_id);
const char   *stride_video_view_get_looping_chapter  (StrideVideoView *self);

/* Loops the section [start, end) (µs); end <= start stops the section loop. */
void          stride_video_view_loop_section         (StrideVideoView *self,
                                                      gint64           start,
                                                      gint64           end);

/* Jumps to the start of a chapter; FALSE when there is no such chapter (yet). */
gboolean      stride_video_view_seek_to_chapter      (StrideVideoView *self,
                                                      const char      *chapter_id);
const char   *stride_video_view_get_chapter          (StrideVideoView *self);

void          stride_video_view_seek                 (StrideVideoView *self,
                                                      gint64           position);
gint64        stride_video_view_get_position         (StrideVideoView *self);
gint64        stride_video_view_get_duration         (StrideVideoView *self);

/* Flips the picture left/right, to show the other side of a one-sided exercise. */
void          stride_video_view_set_mirrored         (StrideVideoView *self,
                                                      gboolean         mirrored);
gboolean      stride_video_view_get_mirrored         (StrideVideoView *self);

/* Playback speed, clamped to 0.25–2; the audio keeps its pitch where it can. */
void          stride_video_view_set_rate             (StrideVideoView *self,
                                                      double           rate);
double        stride_video_view_get_rate             (StrideVideoView *self);

void          stride_video_view_set_muted            (StrideVideoView *self,
                                                      gboolean         muted);
gboolean      stride_video_view_get_muted            (StrideVideoView *self);

/* Hides the control bar (a routine player that drives the clip itself); the keyboard
 * shortcuts keep working. */
void          stride_video_view_set_controls_visible (StrideVideoView *self,
                                                      gboolean         visible);
gboolean      stride_video_view_get_controls_visible (StrideVideoView *self);

const GError *stride_video_view_get_error            (StrideVideoView *self);

/* Shows the runner's camera beside the video, or hides it (the C key's action). */
void             stride_video_view_toggle_camera (StrideVideoView *self);

G_END_DECLS
