/* stride-video-view-source.c — where the video view's clip comes from: a local file, or
 * an internet video the runner allows first (per pack, remembered in the settings)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "stride-chapter-role.h"
#include "stride-media-error.h"
#include "stride-media-loader.h"
#include "stride-camera-mirror.h"
#include "stride-video-source.h"
#include "stride-video-view-private.h"
#include "stride-widget-util.h"

/* Internet videos the user declined this time ("Not now"), by pack id: asked again at
 * the next start, not at every video of the pack. */
static GPtrArray *declined_packs;

static void allowed_packs_changed_cb (StrideVideoView *self);

/* Created for the first video from a pack; every view waiting on a pack opens its video
 * when the user allows that pack (in this view or another). */
static GSettings *
get_settings (StrideVideoView *self)
{
  if (self->settings == NULL)
    {
      self->settings = g_settings_new (APP_ID);
      g_signal_connect_object (self->settings, "changed::internet-video-packs",
                               G_CALLBACK (allowed_packs_changed_cb), self, G_CONNECT_SWAPPED);
    }
  return self->settings;
}

static StrideVideoSource
decide_source (StrideVideoView *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) allowed = NULL;
  g_auto(GStrv) declined = NULL;

  /* Local files need no settings (nor a schema, in tests of other widgets). */
  if (self->pack_id == NULL || self->uri == NULL || g_str_has_prefix (self->uri, "file:") ||
      g_str_has_prefix (self->uri, "resource:"))
    return stride_video_source_decide (self->uri, self->pack_id, NULL, NULL);

  allowed = g_settings_get_strv (get_settings (self), "internet-video-packs");
  builder = g_strv_builder_new ();
  for (guint i = 0; declined_packs != NULL && i < declined_packs->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (declined_packs, i));
  declined = g_strv_builder_end (builder);
  return stride_video_source_decide (self->uri, self->pack_id, (const char * const *) allowed,
                                     (const char * const *) declined);
}

/* Asks before the first connection: which pack, which server, Allow / Not now. */
static void
show_consent (StrideVideoView *self,
              gboolean         declined)
{
  g_autofree char *host = stride_video_source_host (self->uri);
  g_autofree char *description = NULL;
  const char *pack = self->pack_title != NULL ? self->pack_title : self->pack_id;

  if (declined)
    {
      adw_status_page_set_title (self->consent_page, _("Video Not Loaded"));
      /* Translators: %s: a content pack's title; %s: a server's name, e.g. media.example.org */
      /* Translators: %s: a content pack's title; %s: a server's name. It says how long
       * "Not now" lasts: until Stride starts again. */
      description = g_markup_printf_escaped (_("You said “Not now” to the internet videos of the content pack "
                                               "“%s”, so this video from %s is not loaded. Stride asks again "
                                               "the next time it starts."), pack, host);
    }
  else
    {
      adw_status_page_set_title (self->consent_page, _("Play a Video From the Internet?"));
      /* Translators: %s: a content pack's title; %s: a server's name, e.g. media.example.org */
      description = g_markup_printf_escaped (_("The content pack “%s” wants to play this video from %s. "
                                               "Stride contacts no server until you allow it."), pack, host);
    }
  adw_status_page_set_description (self->consent_page, description);
  gtk_widget_set_visible (self->not_now_button, !declined);
  gtk_stack_set_visible_child_name (self->stack, "consent");
  gtk_widget_set_visible (self->controls, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
}

void
stride_video_view_open_uri (StrideVideoView *self)
{
  StrideVideoSource source = decide_source (self);

  self->waiting = source == STRIDE_VIDEO_SOURCE_ASK || source == STRIDE_VIDEO_SOURCE_DECLINED;
  if (self->waiting)
    {
      /* Nothing is handed to the player, so nothing connects. */
      if (self->player != NULL)
        self->media->player_set_uri (self->player, NULL);
      show_consent (self, source == STRIDE_VIDEO_SOURCE_DECLINED);
      return;
    }
  if (source == STRIDE_VIDEO_SOURCE_REFUSED)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("Stride opens only video files in the content pack and, "
                                                       "when you allow it, secure internet addresses."));
      stride_video_view_show_error (self, error);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "video");
  gtk_widget_set_visible (self->controls, self->controls_visible);
  if (stride_video_view_ensure_player (self))
    {
      self->media->player_set_uri (self->player, self->uri);
      stride_video_view_player_prepared_cb (self);
      stride_video_view_player_error_cb (self);
      if (self->wants_playing && self->error == NULL)
        gtk_media_stream_set_playing (self->player, TRUE);
    }
}

static void
allowed_packs_changed_cb (StrideVideoView *self)
{
  if (self->waiting)
    stride_video_view_open_uri (self);
}

void
stride_video_view_allow_clicked_cb (StrideVideoView *self)
{
  g_auto(GStrv) allowed = g_settings_get_strv (get_settings (self), "internet-video-packs");
  guint index;

  if (declined_packs != NULL &&
      g_ptr_array_find_with_equal_func (declined_packs, self->pack_id, g_str_equal, &index))
    g_ptr_array_remove_index (declined_packs, index);
  if (g_strv_contains ((const char * const *) allowed, self->pack_id))
    {
      stride_video_view_open_uri (self);
      return;
    }
  /* Every view waiting on this pack opens its video through "changed". */
  stride_settings_set_pack_allowed (get_settings (self), self->pack_id, TRUE);
  if (self->waiting)
    stride_video_view_open_uri (self);
}

void
stride_video_view_not_now_clicked_cb (StrideVideoView *self)
{
  /* The button hides itself: keyboard focus goes to the one left, not to nowhere. */
  gboolean had_focus = gtk_widget_has_focus (self->not_now_button);

  if (declined_packs == NULL)
    declined_packs = g_ptr_array_new_with_free_func (g_free);
  if (!g_ptr_array_find_with_equal_func (declined_packs, self->pack_id, g_str_equal, NULL))
    g_ptr_array_add (declined_packs, g_strdup (self->pack_id));
  stride_video_view_open_uri (self);
  if (had_focus)
    gtk_widget_grab_focus (self->allow_button);
}

/* URI, from pack PACK_ID titled PACK_TITLE (NULL: not from a pack, only local files). */
void
stride_video_view_set_source (StrideVideoView *self,
            const char      *uri,
            const char      *pack_id,
            const char      *pack_title)
{
  if (g_strcmp0 (self->uri, uri) == 0 && g_strcmp0 (self->pack_id, pack_id) == 0)
    return;

  g_free (self->uri);
  self->uri = g_strdup (uri);
  g_free (self->pack_id);
  self->pack_id = g_strdup (pack_id);
  g_free (self->pack_title);
  self->pack_title = g_strdup (pack_title);
  self->waiting = FALSE;
  stride_video_view_clear_clip_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_URI]);

  if (uri == NULL)
    {
      if (self->player != NULL)
        self->media->player_set_uri (self->player, NULL);
      return;
    }

  stride_video_view_open_uri (self);
}
