/* stride-media-module.c — the entry point the UI's loader resolves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gmodule.h>

#include "stride-camera.h"
#include "stride-cue-player.h"
#include "stride-media.h"
#include "stride-media-module.h"
#include "stride-player.h"

G_MODULE_EXPORT const StrideMediaModule *stride_media_module_get (GError **error);

static GtkMediaStream *
player_new (void)
{
  return GTK_MEDIA_STREAM (stride_player_new ());
}

static void
player_set_uri (GtkMediaStream *player,
                const char     *uri)
{
  stride_player_set_uri (STRIDE_PLAYER (player), uri);
}

static void
player_set_rate (GtkMediaStream *player,
                 double          rate)
{
  stride_player_set_rate (STRIDE_PLAYER (player), rate);
}

static double
player_get_rate (GtkMediaStream *player)
{
  return stride_player_get_rate (STRIDE_PLAYER (player));
}

static void
player_set_mirrored (GtkMediaStream *player,
                     gboolean        mirrored)
{
  stride_player_set_mirrored (STRIDE_PLAYER (player), mirrored);
}

static void
player_loop_section (GtkMediaStream *player,
                     gint64          start,
                     gint64          end)
{
  stride_player_loop_section (STRIDE_PLAYER (player), start, end);
}

static void
player_step_frame (GtkMediaStream *player)
{
  stride_player_step_frame (STRIDE_PLAYER (player));
}

static GListModel *
player_get_chapters (GtkMediaStream *player)
{
  return stride_player_get_chapters (STRIDE_PLAYER (player));
}

static GObject *
player_get_chapter (GtkMediaStream *player)
{
  return G_OBJECT (stride_player_get_chapter (STRIDE_PLAYER (player)));
}

static const char *
chapter_get_id (GObject *chapter)
{
  return stride_media_chapter_get_id (STRIDE_MEDIA_CHAPTER (chapter));
}

static const char *
chapter_get_title (GObject *chapter)
{
  return stride_media_chapter_get_title (STRIDE_MEDIA_CHAPTER (chapter));
}

static gint64
chapter_get_start (GObject *chapter)
{
  return stride_media_chapter_get_start (STRIDE_MEDIA_CHAPTER (chapter));
}

static gint64
chapter_get_end (GObject *chapter)
{
  return stride_media_chapter_get_end (STRIDE_MEDIA_CHAPTER (chapter));
}

static GObject *
cue_player_new (void)
{
  return G_OBJECT (stride_cue_player_new ());
}

static void
cue_player_play (GObject  *cue_player,
                 StrideCue cue,
                 double   volume)
{
  if (cue >= 0 && cue < STRIDE_N_CUES)
    stride_cue_player_play (STRIDE_CUE_PLAYER (cue_player), cue, volume);
}

static gboolean
cue_player_say (GObject    *cue_player,
                const char *text,
                const char *language,
                int         rate,
                double      volume,
                gboolean    interrupt)
{
  return stride_cue_player_say (STRIDE_CUE_PLAYER (cue_player), text, language, rate, volume, interrupt);
}

static void
cue_player_hush (GObject *cue_player)
{
  stride_cue_player_hush (STRIDE_CUE_PLAYER (cue_player));
}

static GObject *
camera_new (void)
{
  return G_OBJECT (stride_camera_new ());
}

static void
camera_start (GObject   *camera,
              GtkWindow *parent)
{
  stride_camera_start (STRIDE_CAMERA (camera), parent);
}

static void
camera_stop (GObject *camera)
{
  stride_camera_stop (STRIDE_CAMERA (camera));
}

static const StrideMediaModule module = {
  .abi = STRIDE_MEDIA_MODULE_ABI,
  .player_new = player_new,
  .player_set_uri = player_set_uri,
  .player_set_rate = player_set_rate,
  .player_get_rate = player_get_rate,
  .player_set_mirrored = player_set_mirrored,
  .player_loop_section = player_loop_section,
  .player_step_frame = player_step_frame,
  .player_get_chapters = player_get_chapters,
  .player_get_chapter = player_get_chapter,
  .chapter_get_id = chapter_get_id,
  .chapter_get_title = chapter_get_title,
  .chapter_get_start = chapter_get_start,
  .chapter_get_end = chapter_get_end,
  .cue_player_new = cue_player_new,
  .cue_player_play = cue_player_play,
  .cue_player_say = cue_player_say,
  .cue_player_hush = cue_player_hush,
  .camera_new = camera_new,
  .camera_start = camera_start,
  .camera_stop = camera_stop,
};

/* Keeps the module resident: GStreamer and the types it registered cannot be unloaded. */
G_MODULE_EXPORT const char *g_module_check_init (GModule *gmodule);

G_MODULE_EXPORT const char *
g_module_check_init (GModule *gmodule)
{
  g_module_make_resident (gmodule);
  return NULL;
}

const StrideMediaModule *
stride_media_module_get (GError **error)
{
  if (!stride_media_init (error))
    return NULL;

  return &module;
}
