/* stride-video-view.c — a video with the controls exercise videos need
 *
 * The view owns a player from the media module, created when the first URI arrives
 * (that is when GStreamer gets loaded). The player is the model; the view mirrors its
 * state into the controls and forwards what the user asks.
 *
 * The controls' actions live in an action group on the inner content box rather than
 * on the view's class: fullscreen moves that box into a window of its own, and its
 * buttons and shortcuts must keep working there.
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




G_DEFINE_FINAL_TYPE (StrideVideoView, stride_video_view, GTK_TYPE_WIDGET)

GParamSpec *stride_video_view_properties[N_PROPS];
guint stride_video_view_signals[N_SIGNALS];

/* Small helpers */

void
stride_video_view_set_action_state (StrideVideoView *self,
                  const char      *name,
                  GVariant        *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
}

void
stride_video_view_set_action_enabled (StrideVideoView *self,
                    const char      *name,
                    gboolean         enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* A chapter's content id: its TOC uid without the "@N" that marks a repeat (Stride's
 * rendered videos play the chapters again for the second side as "hold@2"). */
char *
stride_video_view_content_id (const char *uid)
{
  const char *at = uid != NULL ? strchr (uid, '@') : NULL;

  return at != NULL ? g_strndup (uid, at - uid) : g_strdup (uid);
}

/* The chapter ID names: a uid with its "@N" names exactly that one; a plain id the
 * occurrence under the play head, or else the next one after it, or else the first. */
GObject *
stride_video_view_find_chapter (StrideVideoView *self,
              const char      *id)
{
  GListModel *chapters;
  gint64 position;
  GObject *first = NULL, *next = NULL;

  if (self->player == NULL || id == NULL)
    return NULL;

  chapters = self->media->player_get_chapters (self->player);
  position = gtk_media_stream_get_timestamp (self->player);
  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      /* The model keeps its items alive. */
      g_autoptr(GObject) chapter = g_list_model_get_item (chapters, i);
      const char *uid = self->media->chapter_get_id (chapter);
      g_autofree char *base = stride_video_view_content_id (uid);
      gint64 start = self->media->chapter_get_start (chapter);
      gint64 end = self->media->chapter_get_end (chapter);

      if (strchr (id, '@') != NULL)
        {
          if (g_str_equal (uid, id))
            return chapter;
          continue;
        }
      if (!g_str_equal (base, id))
        continue;
      if (position >= start && (end < 0 || position < end))
        return chapter;
      if (first == NULL)
        first = chapter;
      if (next == NULL && start > position)
        next = chapter;
    }
  return next != NULL ? next : first;
}

/* Screensaver */

void
stride_video_view_uninhibit (StrideVideoView *self)
{
  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  g_clear_object (&self->inhibit_app);
}

void
stride_video_view_update_inhibit (StrideVideoView *self)
{
  gboolean playing = self->player != NULL && gtk_media_stream_get_playing (self->player);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (!playing || !gtk_widget_get_mapped (GTK_WIDGET (self)) || app == NULL)
    {
      stride_video_view_uninhibit (self);
      return;
    }

  if (self->inhibit_cookie == 0)
    {
      self->inhibit_app = g_object_ref (app);
      self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (root), GTK_APPLICATION_INHIBIT_IDLE,
                                                      _("Playing an exercise video"));
    }
}

/* Tells the player how wide the picture is on screen, so it makes frames that size
 * (see StridePlayer's "display-width"). Fullscreen asks for full-size frames. */
void
stride_video_view_update_display_width (StrideVideoView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->picture));
  int height = gtk_widget_get_height (GTK_WIDGET (self->picture));
  double ratio;
  double shown;

  if (self->player == NULL || width <= 0 || height <= 0)
    return;

  ratio = gdk_paintable_get_intrinsic_aspect_ratio (GDK_PAINTABLE (self->player));
  shown = ratio > 0 ? MIN (width, height * ratio) : width;
  g_object_set (self->player, "display-width",
                self->fullscreen_window != NULL ? 0 : (int) ceil (shown * gtk_widget_get_scale_factor (GTK_WIDGET (self))),
                NULL);
}

/* GObject */

/* Layout: the view is a bin around its content, except while fullscreen moved it away.
 * (Not a GtkBinLayout: the view needs to hear of its allocation, see above.) */
static gboolean
has_content (StrideVideoView *self)
{
  return self->content != NULL && gtk_widget_get_parent (self->content) == GTK_WIDGET (self);
}

static GtkSizeRequestMode
stride_video_view_get_request_mode (GtkWidget *widget)
{
  /* always: the parents cache the mode, and a picture's height follows its width */
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The clip's width / height: known with the first frame, 16:9 (as Stride's clips are)
 * until then, so the page does not jump when it comes. */
static double
video_aspect_ratio (StrideVideoView *self)
{
  double ratio = self->player != NULL ?
                 gdk_paintable_get_intrinsic_aspect_ratio (GDK_PAINTABLE (self->player)) : 0;

  return ratio > 0.2 && ratio < 5 ? ratio : 16.0 / 9.0;
}

/* The height PAGE (an AdwStatusPage) needs at WIDTH. Its scroller measures what is inside
 * for no particular width (GTK 4.8), as if its title never wrapped: the content is measured
 * for the width it gets instead. */
static int
status_page_height (GtkWidget *page,
                    int        width)
{
  GtkWidget *scroller = page != NULL ? gtk_widget_get_first_child (page) : NULL;
  GtkWidget *content = GTK_IS_SCROLLED_WINDOW (scroller) ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) : NULL;
  int natural = 0;

  if (content != NULL)
    gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

static void
stride_video_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (widget);

  if (!has_content (self))
    return;
  gtk_widget_measure (self->content, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
  /* A status page (the error, the question about the internet) scrolls inside itself when
   * given less than it needs: at 360 px its wrapped title pushed the reason out of sight,
   * under the caption below. It gets all it needs (up to the cap of a page that keeps
   * other controls in sight); the page around it scrolls. */
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0 && gtk_widget_get_visible (GTK_WIDGET (self->stack)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "video") != 0)
    {
      int needed = status_page_height (gtk_stack_get_visible_child (self->stack), for_size);

      if (self->max_height > 0)
        needed = MIN (needed, self->max_height);
      *minimum = MAX (*minimum, needed);
      *natural = MAX (*natural, *minimum);
    }
  /* As wide as it is given, the picture is as tall as the clip's shape makes it: the
   * frames are scaled to the size shown (display-width), so the picture's own size
   * would shrink to whatever it was last shown at. It is the minimum too, as scrolled
   * pages hand out minimum heights; a page that must keep other controls in sight caps
   * it (max_height). */
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0 &&
      gtk_widget_get_visible (GTK_WIDGET (self->stack)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "video") == 0)
    {
      int controls = 0;
      int height;

      if (gtk_widget_get_visible (self->controls))
        gtk_widget_measure (self->controls, GTK_ORIENTATION_VERTICAL, for_size, NULL, &controls, NULL, NULL);
      height = (int) ceil (for_size / video_aspect_ratio (self)) + controls;
      if (self->max_height > 0)
        height = MIN (height, self->max_height);
      *minimum = MAX (*minimum, height);
      *natural = MAX (*natural, height);
    }
}

static void
stride_video_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (widget);

  if (has_content (self))
    gtk_widget_allocate (self->content, width, height, baseline, NULL);
  stride_video_view_update_display_width (self);
}

static void
stride_video_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (stride_video_view_parent_class)->map (widget);
  stride_video_view_update_inhibit (STRIDE_VIDEO_VIEW (widget));
}

static void
stride_video_view_unmap (GtkWidget *widget)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (widget);

  /* A page that is left stops its video. */
  if (self->fullscreen_window == NULL && self->player != NULL)
    gtk_media_stream_pause (self->player);
  stride_video_view_uninhibit (self);

  GTK_WIDGET_CLASS (stride_video_view_parent_class)->unmap (widget);
}

static void
stride_video_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (object);

  switch (prop_id)
    {
    case PROP_URI:
      stride_video_view_set_uri (self, g_value_get_string (value));
      break;
    case PROP_PLAYING:
      stride_video_view_set_playing (self, g_value_get_boolean (value));
      break;
    case PROP_LOOP:
      stride_video_view_set_loop (self, g_value_get_boolean (value));
      break;
    case PROP_MIRRORED:
      stride_video_view_set_mirrored (self, g_value_get_boolean (value));
      break;
    case PROP_RATE:
      stride_video_view_set_rate (self, g_value_get_double (value));
      break;
    case PROP_MUTED:
      stride_video_view_set_muted (self, g_value_get_boolean (value));
      break;
    case PROP_CONTROLS_VISIBLE:
      stride_video_view_set_controls_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_video_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, stride_video_view_get_playing (self));
      break;
    case PROP_LOOP:
      g_value_set_boolean (value, self->loop);
      break;
    case PROP_MIRRORED:
      g_value_set_boolean (value, self->mirrored);
      break;
    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_CONTROLS_VISIBLE:
      g_value_set_boolean (value, self->controls_visible);
      break;
    case PROP_POSITION:
      g_value_set_int64 (value, stride_video_view_get_position (self));
      break;
    case PROP_DURATION:
      g_value_set_int64 (value, stride_video_view_get_duration (self));
      break;
    case PROP_CHAPTER:
      g_value_set_string (value, self->chapter_id);
      break;
    case PROP_LOOPING_CHAPTER:
      g_value_set_string (value, self->looping_chapter);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_video_view_dispose (GObject *object)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (object);

  if (self->fullscreen_window != NULL)
    stride_video_view_set_fullscreen (self, FALSE);
  stride_video_view_uninhibit (self);
  if (self->picture != NULL)
    gtk_picture_set_paintable (self->picture, NULL);
  if (self->player != NULL)
    gtk_media_stream_pause (self->player);
  g_clear_object (&self->player);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_VIDEO_VIEW);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (stride_video_view_parent_class)->dispose (object);
}

static void
stride_video_view_finalize (GObject *object)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (object);

  g_clear_error (&self->error);
  g_clear_object (&self->settings);
  g_free (self->uri);
  g_free (self->pack_id);
  g_free (self->pack_title);
  g_free (self->chapter_id);
  g_free (self->looping_chapter);
  g_free (self->pending_loop_chapter);

  G_OBJECT_CLASS (stride_video_view_parent_class)->finalize (object);
}

static void
install_properties (GObjectClass *object_class)
{
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  stride_video_view_properties[PROP_URI] = g_param_spec_string ("uri", NULL, NULL, NULL, rw);
  stride_video_view_properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE, rw);
  stride_video_view_properties[PROP_LOOP] = g_param_spec_boolean ("loop", NULL, NULL, FALSE, rw);
  stride_video_view_properties[PROP_MIRRORED] = g_param_spec_boolean ("mirrored", NULL, NULL, FALSE, rw);
  stride_video_view_properties[PROP_RATE] = g_param_spec_double ("rate", NULL, NULL, 0.25, 2.0, 1.0, rw);
  stride_video_view_properties[PROP_MUTED] = g_param_spec_boolean ("muted", NULL, NULL, FALSE, rw);
  stride_video_view_properties[PROP_CONTROLS_VISIBLE] = g_param_spec_boolean ("controls-visible", NULL, NULL, TRUE, rw);
  stride_video_view_properties[PROP_POSITION] = g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0, ro);
  stride_video_view_properties[PROP_DURATION] = g_param_spec_int64 ("duration", NULL, NULL, 0, G_MAXINT64, 0, ro);
  stride_video_view_properties[PROP_CHAPTER] = g_param_spec_string ("chapter", NULL, NULL, NULL, ro);
  stride_video_view_properties[PROP_LOOPING_CHAPTER] = g_param_spec_string ("looping-chapter", NULL, NULL, NULL, ro);
  stride_video_view_properties[PROP_ERROR] = g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, ro);
  g_object_class_install_properties (object_class, N_PROPS, stride_video_view_properties);
}

static void
stride_video_view_class_init (StrideVideoViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = stride_video_view_set_property;
  object_class->get_property = stride_video_view_get_property;
  object_class->dispose = stride_video_view_dispose;
  object_class->finalize = stride_video_view_finalize;
  widget_class->map = stride_video_view_map;
  widget_class->size_allocate = stride_video_view_size_allocate;
  widget_class->measure = stride_video_view_measure;
  widget_class->get_request_mode = stride_video_view_get_request_mode;
  widget_class->unmap = stride_video_view_unmap;

  install_properties (object_class);

  stride_video_view_signals[CHAPTER_CHANGED] = g_signal_new ("chapter-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  stride_video_view_signals[ENDED] = g_signal_new ("ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  stride_video_view_signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                 G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);

  g_type_ensure (STRIDE_TYPE_CAMERA_MIRROR);
  g_type_ensure (STRIDE_TYPE_VIDEO_CONTROLS_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-video-view.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, content);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, picture);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, camera_mirror);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, spinner);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, error_page);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, consent_page);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, allow_button);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, not_now_button);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, controls);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, controls_row);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, position_label);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, seek_scale);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, seek_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, duration_label);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, play_button);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, chapter_label);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, speed_button);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, fullscreen_button);
  gtk_widget_class_bind_template_callback_full (widget_class, "seek_scale_change_value_cb",
                                                G_CALLBACK (stride_video_view_seek_scale_change_value_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "allow_clicked_cb",
                                                G_CALLBACK (stride_video_view_allow_clicked_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "not_now_clicked_cb",
                                                G_CALLBACK (stride_video_view_not_now_clicked_cb));

  gtk_widget_class_set_css_name (widget_class, "stridevideoview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
stride_video_view_init (StrideVideoView *self)
{
  self->rate = 1.0;
  self->controls_visible = TRUE;
  self->ab_start = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  stride_video_view_init_controls (self);
  /* A runner scrolling a self-test or exercise page passes the video on the way: the
   * wheel goes on scrolling the page over the seek bar and over a status page (whose own
   * scroller would take it); keys and dragging still seek. */
  stride_widget_scroll_page_over (GTK_WIDGET (self->seek_scale));
  stride_widget_scroll_page_over (GTK_WIDGET (self->error_page));
  stride_widget_scroll_page_over (GTK_WIDGET (self->consent_page));
}

/* Public API */

GtkWidget *
stride_video_view_new (void)
{
  return g_object_new (STRIDE_TYPE_VIDEO_VIEW, NULL);
}

void
stride_video_view_clear_clip_state (StrideVideoView *self)
{
  g_clear_error (&self->error);
  g_clear_pointer (&self->chapter_id, g_free);
  g_clear_pointer (&self->pending_loop_chapter, g_free);
  stride_video_view_set_looping_chapter (self, NULL);
  self->ab_start = -1;
  gtk_label_set_label (self->chapter_label, "");
  gtk_scale_clear_marks (self->seek_scale);
  gtk_stack_set_visible_child_name (self->stack, "video");
  gtk_widget_set_visible (self->controls, self->controls_visible);
}

void
stride_video_view_set_uri (StrideVideoView *self,
                           const char      *uri)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  stride_video_view_set_source (self, uri, NULL, NULL);
}

void
stride_video_view_set_pack_video (StrideVideoView   *self,
                                  const StrideVideo *video,
                                  StrideContent     *content)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  if (video == NULL)
    {
      stride_video_view_set_source (self, NULL, NULL, NULL);
      return;
    }
  stride_video_view_set_source (self, video->uri, video->pack_id,
              content != NULL ? stride_content_get_pack_title (content, video->pack_id) : NULL);
}

gboolean
stride_video_view_get_waiting_for_consent (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), FALSE);

  return self->waiting;
}

const char *
stride_video_view_get_uri (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), NULL);

  return self->uri;
}

void
stride_video_view_play (StrideVideoView *self)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  stride_video_view_set_playing (self, TRUE);
}

void
stride_video_view_pause (StrideVideoView *self)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  stride_video_view_set_playing (self, FALSE);
}

void
stride_video_view_set_playing (StrideVideoView *self,
                               gboolean         playing)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  self->wants_playing = playing;
  if (self->player != NULL && self->error == NULL && !self->waiting)
    gtk_media_stream_set_playing (self->player, playing);
}

gboolean
stride_video_view_get_playing (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), FALSE);

  return self->player != NULL && gtk_media_stream_get_playing (self->player);
}

void
stride_video_view_set_loop (StrideVideoView *self,
                            gboolean         loop)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  loop = !!loop;
  if (self->loop == loop)
    return;

  self->loop = loop;
  if (self->player != NULL)
    gtk_media_stream_set_loop (self->player, loop);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_LOOP]);
}

gboolean
stride_video_view_get_loop (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), FALSE);

  return self->loop;
}

gboolean
stride_video_view_loop_chapter (StrideVideoView *self,
                                const char      *chapter_id)
{
  GObject *chapter;
  gint64 end;

  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), FALSE);

  g_clear_pointer (&self->pending_loop_chapter, g_free);
  if (chapter_id == NULL)
    {
      if (self->player != NULL)
        self->media->player_loop_section (self->player, 0, 0);
      stride_video_view_set_looping_chapter (self, NULL);
      return TRUE;
    }

  chapter = stride_video_view_find_chapter (self, chapter_id);
  if (chapter == NULL)
    {
      /* Not read yet: applied when the chapters arrive. */
      if (self->player != NULL && !gtk_media_stream_is_prepared (self->player) && self->error == NULL)
        self->pending_loop_chapter = g_strdup (chapter_id);
      return FALSE;
    }

  end = self->media->chapter_get_end (chapter);
  if (end < 0)
    end = gtk_media_stream_get_duration (self->player);
  self->media->player_loop_section (self->player, self->media->chapter_get_start (chapter), end);
  {
    g_autofree char *id = stride_video_view_content_id (chapter_id);

    stride_video_view_set_looping_chapter (self, id);
  }
  return TRUE;
}

const char *
stride_video_view_get_looping_chapter (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), NULL);

  return self->looping_chapter;
}

void
stride_video_view_loop_section (StrideVideoView *self,
                                gint64           start,
                                gint64           end)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  if (self->player == NULL)
    return;

  stride_video_view_set_looping_chapter (self, NULL);
  self->media->player_loop_section (self->player, start, end);
}

gboolean
stride_video_view_seek_to_chapter (StrideVideoView *self,
                                   const char      *chapter_id)
{
  GObject *chapter;

  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), FALSE);

  chapter = stride_video_view_find_chapter (self, chapter_id);
  if (chapter == NULL)
    return FALSE;

  stride_video_view_seek (self, self->media->chapter_get_start (chapter));
  return TRUE;
}

const char *
stride_video_view_get_chapter (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), NULL);

  return self->chapter_id;
}

void
stride_video_view_seek (StrideVideoView *self,
                        gint64           position)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  if (self->player != NULL && gtk_media_stream_is_seekable (self->player) && self->error == NULL)
    gtk_media_stream_seek (self->player, MAX (position, 0));
}

gint64
stride_video_view_get_position (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), 0);

  return self->player != NULL ? gtk_media_stream_get_timestamp (self->player) : 0;
}

gint64
stride_video_view_get_duration (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), 0);

  return self->player != NULL ? gtk_media_stream_get_duration (self->player) : 0;
}

void
stride_video_view_set_mirrored (StrideVideoView *self,
                                gboolean         mirrored)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  mirrored = !!mirrored;
  if (self->mirrored == mirrored)
    return;

  self->mirrored = mirrored;
  if (self->player != NULL)
    self->media->player_set_mirrored (self->player, mirrored);
  stride_video_view_set_action_state (self, "mirror", g_variant_new_boolean (mirrored));
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_MIRRORED]);
}

gboolean
stride_video_view_get_mirrored (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), FALSE);

  return self->mirrored;
}

void
stride_video_view_set_rate (StrideVideoView *self,
                            double           rate)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  rate = CLAMP (rate, stride_video_view_rates[0], stride_video_view_rates[G_N_ELEMENTS (stride_video_view_rates) - 1]);
  if (G_APPROX_VALUE (self->rate, rate, 0.001))
    return;

  if (self->player != NULL)
    {
      /* stride_video_view_player_rate_cb() updates the controls and notifies. */
      self->media->player_set_rate (self->player, rate);
      return;
    }

  self->rate = rate;
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_RATE]);
}

double
stride_video_view_get_rate (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), 1.0);

  return self->rate;
}

void
stride_video_view_set_muted (StrideVideoView *self,
                             gboolean         muted)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  if (self->player != NULL)
    gtk_media_stream_set_muted (self->player, muted);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_MUTED]);
}

gboolean
stride_video_view_get_muted (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), FALSE);

  return self->muted;
}

void
stride_video_view_set_controls_visible (StrideVideoView *self,
                                        gboolean         visible)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  visible = !!visible;
  if (self->controls_visible == visible)
    return;

  self->controls_visible = visible;
  gtk_widget_set_visible (self->controls, visible && self->error == NULL);
  /* Without its controls (the routine player drives it) the video answers no key: a Tab
   * stop there would put the focus somewhere nothing shows it or does anything. */
  gtk_widget_set_focusable (self->content, visible);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_CONTROLS_VISIBLE]);
}

gboolean
stride_video_view_get_controls_visible (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), TRUE);

  return self->controls_visible;
}

const GError *
stride_video_view_get_error (StrideVideoView *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), NULL);

  return self->error;
}

/* Caps how tall the view asks to be (0: no cap), for a page that must keep other
 * controls in sight; a narrower picture is then shown centred. */
void
stride_video_view_set_max_height (StrideVideoView *self,
                                  int              max_height)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  if (self->max_height == MAX (max_height, 0))
    return;
  self->max_height = MAX (max_height, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
stride_video_view_toggle_camera (StrideVideoView *self)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  gtk_widget_activate_action (self->content, "video.camera", NULL);
}
