/* stride-media-module.h — what the media module offers the UI, which loads it on first use
 *
 * The UI never links GStreamer: it opens the stride-media module with GModule and calls
 * through this table. Only GLib and GTK types cross it; the player is a GtkMediaStream
 * (and so a GdkPaintable) and its extras are reached through the functions below and
 * its properties: "uri", "rate", "mirrored", "chapters" (GListModel of chapters),
 * "chapter" (the chapter under the play head), "section-start" and "section-end".
 * Its signal "looped" says a loop (of the clip or of a section) started again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Bumped whenever the table changes, so an old installed module is refused. */
#define STRIDE_MEDIA_MODULE_ABI 4

/* The symbol the loader resolves. */
#define STRIDE_MEDIA_MODULE_ENTRY "stride_media_module_get"

/* The short cue sounds of a routine. */
typedef enum
{
  STRIDE_CUE_TICK,               /* a countdown second: short, high */
  STRIDE_CUE_START,              /* go: a hold, a set or the routine begins */
  STRIDE_CUE_SWITCH_SIDE,        /* change to the other side: two notes */
  STRIDE_CUE_DONE,               /* the exercise or routine is finished: a rising chord */
  STRIDE_N_CUES
} StrideCue;

typedef struct
{
  guint            abi;

  GtkMediaStream *(*player_new)            (void);
  void            (*player_set_uri)        (GtkMediaStream *player,
                                            const char     *uri);
  void            (*player_set_rate)       (GtkMediaStream *player,
                                            double          rate);
  double          (*player_get_rate)       (GtkMediaStream *player);
  void            (*player_set_mirrored)   (GtkMediaStream *player,
                                            gboolean        mirrored);
  /* [start, end) in µs; end <= start clears the section. */
  void            (*player_loop_section)   (GtkMediaStream *player,
                                            gint64          start,
                                            gint64          end);
  void            (*player_step_frame)     (GtkMediaStream *player);
  GListModel     *(*player_get_chapters)   (GtkMediaStream *player);
  GObject        *(*player_get_chapter)    (GtkMediaStream *player);

  const char     *(*chapter_get_id)        (GObject        *chapter);
  const char     *(*chapter_get_title)     (GObject        *chapter);
  gint64          (*chapter_get_start)     (GObject        *chapter);
  gint64          (*chapter_get_end)       (GObject        *chapter);

  GObject        *(*cue_player_new)        (void);
  /* VOLUME 0–1. */
  void            (*cue_player_play)       (GObject        *cue_player,
                                            StrideCue       cue,
                                            double          volume);
  /* Spoken coaching (see stride-cue-player.h): TEXT in LANGUAGE at RATE words per
   * minute; FALSE when the voice is known to be missing. The cue player's signal
   * "speech-failed" (language, message, broke) says so once when found out later. */
  gboolean        (*cue_player_say)        (GObject        *cue_player,
                                            const char     *text,
                                            const char     *language,
                                            int             rate,
                                            double          volume,
                                            gboolean        interrupt);
  void            (*cue_player_hush)       (GObject        *cue_player);

  /* The runner's camera (stride-camera.h): a GObject with the properties "paintable"
   * (GdkPaintable), "state" (int: 0 idle, 1 starting, 2 running, 3 failed), "problem",
   * "error-message" and "mirrored". PARENT may be NULL. */
  GObject        *(*camera_new)            (void);
  void            (*camera_start)          (GObject        *camera,
                                            GtkWindow      *parent);
  void            (*camera_stop)           (GObject        *camera);
} StrideMediaModule;

typedef const StrideMediaModule *(*StrideMediaModuleGetFunc) (GError **error);

G_END_DECLS
