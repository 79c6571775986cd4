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
#include "stride-video-view.h"

#define SEEK_STEP_US (5 * G_USEC_PER_SEC)

static const double rates[] = { 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0 };

typedef struct _StrideVideoView StrideVideoView;
static void allow_clicked_cb   (StrideVideoView *self);
static void not_now_clicked_cb (StrideVideoView *self);

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

G_DEFINE_FINAL_TYPE (StrideVideoView, stride_video_view, GTK_TYPE_WIDGET)

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

static GParamSpec *properties[N_PROPS];

enum {
  CHAPTER_CHANGED,
  ENDED,
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Small helpers */

static char *
format_time (gint64 us)
{
  gint64 seconds = MAX (us, 0) / G_USEC_PER_SEC;

  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int) (seconds / 3600), (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

static void
set_action_state (StrideVideoView *self,
                  const char      *name,
                  GVariant        *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
}

static void
set_action_enabled (StrideVideoView *self,
                    const char      *name,
                    gboolean         enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* A chapter's content id: its TOC uid without the "@N" that marks a repeat (Stride's
 * rendered videos play the chapters again for the second side as "hold@2"). */
static char *
content_id (const char *uid)
{
  const char *at = uid != NULL ? strchr (uid, '@') : NULL;

  return at != NULL ? g_strndup (uid, at - uid) : g_strdup (uid);
}

/* The chapter ID names: a uid with its "@N" names exactly that one; a plain id the
 * occurrence under the play head, or else the next one after it, or else the first. */
static GObject *
find_chapter (StrideVideoView *self,
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
      g_autofree char *base = content_id (uid);
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

static void
uninhibit (StrideVideoView *self)
{
  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  g_clear_object (&self->inhibit_app);
}

static void
update_inhibit (StrideVideoView *self)
{
  gboolean playing = self->player != NULL && gtk_media_stream_get_playing (self->player);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (!playing || !gtk_widget_get_mapped (GTK_WIDGET (self)) || app == NULL)
    {
      uninhibit (self);
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
static void
update_display_width (StrideVideoView *self)
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

/* From the player to the controls */

static void
show_error (StrideVideoView *self,
            const GError    *error)
{
  g_autofree char *markup = NULL;

  if (self->error != NULL)
    return;

  self->error = g_error_copy (error);
  markup = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_visible (self->controls, FALSE);
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  uninhibit (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
  g_signal_emit (self, signals[ERROR], 0, self->error);
}

static void
player_error_cb (StrideVideoView *self)
{
  const GError *error = gtk_media_stream_get_error (self->player);

  if (error != NULL)
    show_error (self, error);
}

static void
player_playing_cb (StrideVideoView *self)
{
  gboolean playing = gtk_media_stream_get_playing (self->player);

  gtk_button_set_icon_name (self->play_button, playing ? "media-playback-pause-symbolic"
                                                       : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), playing ? _("Pause (Space)") : _("Play (Space)"));
  update_inhibit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

static void
player_prepared_cb (StrideVideoView *self)
{
  gboolean prepared = gtk_media_stream_is_prepared (self->player);
  gint64 duration = gtk_media_stream_get_duration (self->player);
  g_autofree char *text = format_time (duration);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), !prepared && self->error == NULL);
  gtk_spinner_set_spinning (self->spinner, !prepared && self->error == NULL);
  gtk_adjustment_set_upper (self->seek_adjustment, MAX (duration, 1) / (double) G_USEC_PER_SEC);
  gtk_label_set_label (self->duration_label, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

static void
player_timestamp_cb (StrideVideoView *self)
{
  gint64 position = gtk_media_stream_get_timestamp (self->player);
  g_autofree char *text = format_time (position);

  gtk_label_set_label (self->position_label, text);
  gtk_adjustment_set_value (self->seek_adjustment, position / (double) G_USEC_PER_SEC);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
player_ended_cb (StrideVideoView *self)
{
  if (gtk_media_stream_get_ended (self->player))
    g_signal_emit (self, signals[ENDED], 0);
}

static void
player_chapter_cb (StrideVideoView *self)
{
  GObject *chapter = self->media->player_get_chapter (self->player);
  const char *uid = chapter != NULL ? self->media->chapter_get_id (chapter) : NULL;
  g_autofree char *id = content_id (uid);
  const char *title = chapter != NULL ? self->media->chapter_get_title (chapter) : NULL;

  /* A title that only repeats the id is a machine name, not words for a person. */
  gtk_label_set_label (self->chapter_label,
                       title != NULL && g_strcmp0 (title, uid) != 0 && g_strcmp0 (title, id) != 0
                       ? title : stride_chapter_role_get_name (stride_chapter_role_from_id (id)));
  if (g_strcmp0 (id, self->chapter_id) == 0)
    return;

  g_free (self->chapter_id);
  self->chapter_id = g_steal_pointer (&id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAPTER]);
  g_signal_emit (self, signals[CHAPTER_CHANGED], 0, self->chapter_id);
}

/* A section loop restarting is a new pass through its chapter. */
static void
player_looped_cb (StrideVideoView *self)
{
  if (self->looping_chapter != NULL)
    g_signal_emit (self, signals[CHAPTER_CHANGED], 0, self->looping_chapter);
}

static void
set_looping_chapter (StrideVideoView *self,
                     const char      *id)
{
  if (g_strcmp0 (self->looping_chapter, id) == 0)
    return;

  g_free (self->looping_chapter);
  self->looping_chapter = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOOPING_CHAPTER]);
}

static void
player_section_cb (StrideVideoView *self)
{
  gint64 start = 0, end = 0;

  g_object_get (self->player, "section-start", &start, "section-end", &end, NULL);
  set_action_state (self, "loop-section", g_variant_new_boolean (end > start));
  if (end <= start)
    set_looping_chapter (self, NULL);
}

static gboolean
apply_pending_loop_chapter (StrideVideoView *self)
{
  g_autofree char *id = g_steal_pointer (&self->pending_loop_chapter);

  return id == NULL || stride_video_view_loop_chapter (self, id);
}

static void
chapters_changed_cb (StrideVideoView *self)
{
  GListModel *chapters = self->media->player_get_chapters (self->player);

  gtk_scale_clear_marks (self->seek_scale);
  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(GObject) chapter = g_list_model_get_item (chapters, i);
      gint64 start = self->media->chapter_get_start (chapter);

      if (start > 0)
        gtk_scale_add_mark (self->seek_scale, start / (double) G_USEC_PER_SEC, GTK_POS_BOTTOM, NULL);
    }

  if (self->pending_loop_chapter != NULL && find_chapter (self, self->pending_loop_chapter) != NULL)
    apply_pending_loop_chapter (self);
}

static void
player_rate_cb (StrideVideoView *self)
{
  double rate = self->media->player_get_rate (self->player);
  g_autofree char *label = g_strdup_printf ("%g×", rate);

  self->rate = rate;
  gtk_menu_button_set_label (self->speed_button, label);
  set_action_state (self, "rate", g_variant_new_double (rate));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

static void
connect_player (StrideVideoView *self)
{
  static const struct
  {
    const char *signal;
    GCallback   callback;
  } handlers[] = {
    { "notify::error", G_CALLBACK (player_error_cb) },
    { "notify::playing", G_CALLBACK (player_playing_cb) },
    { "notify::prepared", G_CALLBACK (player_prepared_cb) },
    { "notify::duration", G_CALLBACK (player_prepared_cb) },
    { "notify::timestamp", G_CALLBACK (player_timestamp_cb) },
    { "notify::ended", G_CALLBACK (player_ended_cb) },
    { "notify::chapter", G_CALLBACK (player_chapter_cb) },
    { "notify::section-end", G_CALLBACK (player_section_cb) },
    { "notify::rate", G_CALLBACK (player_rate_cb) },
    { "looped", G_CALLBACK (player_looped_cb) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    g_signal_connect_object (self->player, handlers[i].signal, handlers[i].callback, self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->media->player_get_chapters (self->player), "items-changed",
                           G_CALLBACK (chapters_changed_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
ensure_player (StrideVideoView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->player != NULL)
    return TRUE;

  self->media = stride_media_loader_get (&error);
  if (self->media == NULL)
    {
      show_error (self, error);
      return FALSE;
    }

  self->player = self->media->player_new ();
  gtk_media_stream_set_loop (self->player, self->loop);
  gtk_media_stream_set_muted (self->player, self->muted);
  self->media->player_set_mirrored (self->player, self->mirrored);
  self->media->player_set_rate (self->player, self->rate);
  connect_player (self);
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (self->player));
  /* The aspect ratio is known with the first frame. */
  g_signal_connect_object (self->player, "invalidate-size", G_CALLBACK (update_display_width),
                           self, G_CONNECT_SWAPPED);
  return TRUE;
}

/* Actions */

static void
play_pause_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  StrideVideoView *self = data;

  stride_video_view_set_playing (self, !stride_video_view_get_playing (self));
}

static void
seek_by (StrideVideoView *self,
         gint64           delta)
{
  gint64 position = stride_video_view_get_position (self) + delta;
  gint64 duration = stride_video_view_get_duration (self);

  stride_video_view_seek (self, CLAMP (position, 0, MAX (duration - 1, 0)));
}

static void
seek_forward_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       data)
{
  seek_by (data, SEEK_STEP_US);
}

static void
seek_backward_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       data)
{
  seek_by (data, -SEEK_STEP_US);
}

static void
step_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       data)
{
  StrideVideoView *self = data;

  if (self->player != NULL && gtk_media_stream_is_prepared (self->player))
    self->media->player_step_frame (self->player);
}

/* Frame step backwards: GStreamer steps forwards only, so this pauses and seeks one
 * frame back (Stride's videos run at 30 frames a second). */
static void
step_back_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  StrideVideoView *self = data;
  gint64 position;

  if (self->player == NULL || !gtk_media_stream_is_prepared (self->player))
    return;
  stride_video_view_set_playing (self, FALSE);
  position = gtk_media_stream_get_timestamp (self->player);
  stride_video_view_seek (self, MAX (position - G_USEC_PER_SEC / 30, 0));
}

static void
rate_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       data)
{
  stride_video_view_set_rate (data, g_variant_get_double (parameter));
}

/* The next speed in the menu's list, up or down from the current one. */
static void
step_rate (StrideVideoView *self,
           int              direction)
{
  double rate = self->rate;

  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      guint j = direction > 0 ? i : G_N_ELEMENTS (rates) - 1 - i;

      if ((direction > 0 && rates[j] > self->rate + 0.01) || (direction < 0 && rates[j] < self->rate - 0.01))
        {
          rate = rates[j];
          break;
        }
    }
  stride_video_view_set_rate (self, rate);
}

static void
faster_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  step_rate (data, 1);
}

static void
slower_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  step_rate (data, -1);
}

/* L: stop the section loop; or loop the chapter under the play head; in a clip without
 * chapters, the first press marks A and the second B. */
static void
loop_section_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       data)
{
  StrideVideoView *self = data;
  gint64 position = stride_video_view_get_position (self);
  g_autofree char *start_text = NULL;
  g_autofree char *label = NULL;

  if (self->player == NULL || !gtk_media_stream_is_prepared (self->player))
    return;

  if (g_variant_get_boolean (g_action_get_state (G_ACTION (action))))
    {
      self->media->player_loop_section (self->player, 0, 0);
      return;
    }
  if (self->chapter_id != NULL)
    {
      stride_video_view_loop_chapter (self, self->chapter_id);
      return;
    }
  if (self->ab_start >= 0 && position != self->ab_start)
    {
      stride_video_view_loop_section (self, MIN (self->ab_start, position), MAX (self->ab_start, position));
      self->ab_start = -1;
      return;
    }

  self->ab_start = position;
  start_text = format_time (position);
  /* Translators: %s is a time such as 0:12 */
  label = g_strdup_printf (_("Loop from %s: press L again at its end"), start_text);
  gtk_label_set_label (self->chapter_label, label);
  set_action_state (self, "loop-section", g_variant_new_boolean (FALSE));
}

static void
mirror_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  StrideVideoView *self = data;

  stride_video_view_set_mirrored (self, !self->mirrored);
}

/* The runner's camera beside the demonstration (the mirror widget starts and stops it). */
static void
camera_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  StrideVideoView *self = data;
  gboolean active = !stride_camera_mirror_get_active (self->camera_mirror);

  stride_camera_mirror_set_paintable (self->camera_mirror, gtk_picture_get_paintable (self->picture));
  stride_camera_mirror_set_active (self->camera_mirror, active);
  g_simple_action_set_state (action, g_variant_new_boolean (active));
}

static void stride_video_view_set_fullscreen (StrideVideoView *self,
                                              gboolean         fullscreen);

static void
fullscreen_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  StrideVideoView *self = data;

  stride_video_view_set_fullscreen (self, self->fullscreen_window == NULL);
}

static void
leave_fullscreen_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       data)
{
  stride_video_view_set_fullscreen (data, FALSE);
}

static const GActionEntry action_entries[] = {
  { "play-pause", play_pause_action },
  { "seek-forward", seek_forward_action },
  { "seek-backward", seek_backward_action },
  { "step", step_action },
  { "step-back", step_back_action },
  { "rate", rate_action, "d", "1.0" },
  { "faster", faster_action },
  { "slower", slower_action },
  { "loop-section", loop_section_action, NULL, "false" },
  { "mirror", mirror_action, NULL, "false" },
  { "camera", camera_action, NULL, "false" },
  { "fullscreen", fullscreen_action, NULL, "false" },
  { "leave-fullscreen", leave_fullscreen_action },
};

static const struct
{
  guint       key;
  const char *action;
} shortcuts[] = {
  { GDK_KEY_Right, "video.seek-forward" },
  { GDK_KEY_Left, "video.seek-backward" },
  { GDK_KEY_period, "video.step" },
  { GDK_KEY_comma, "video.step-back" },
  { GDK_KEY_bracketright, "video.faster" },
  { GDK_KEY_bracketleft, "video.slower" },
  { GDK_KEY_l, "video.loop-section" },
  { GDK_KEY_m, "video.mirror" },
  { GDK_KEY_f, "video.fullscreen" },
  { GDK_KEY_Escape, "video.leave-fullscreen" },
};

/* Space is play/pause only where there is a video to play: on the consent and error
 * pages it is left to the focused button ("Not now" and "Allow" ignored Space). */
static gboolean
space_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (user_data);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "video") != 0)
    return FALSE;
  return gtk_widget_activate_action (widget, "video.play-pause", NULL);
}

static void
add_shortcuts (StrideVideoView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].key, 0),
                                                            gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (self->content, controller);

  /* Space plays and pauses wherever the focus is in the view: heard first, before a
   * focused button (the speed menu) takes it as a click. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_space, 0),
                                                          gtk_callback_action_new (space_shortcut_cb, self, NULL)));
  gtk_widget_add_controller (self->content, controller);

  /* C works anywhere in the window, not only once the video has the focus: a runner in
   * the routine player looks for it without clicking the video first. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_c, 0),
                                                          gtk_named_action_new ("video.camera")));
  gtk_widget_add_controller (self->content, controller);
}

/* Fullscreen: the content moves into a fullscreen window of its own and back. */

static void
move_content (StrideVideoView *self,
              GtkWindow       *window)
{
  g_object_ref (self->content);
  if (window != NULL)
    {
      gtk_widget_unparent (self->content);
      gtk_window_set_child (window, self->content);
    }
  else
    {
      gtk_window_set_child (self->fullscreen_window, NULL);
      gtk_widget_set_parent (self->content, GTK_WIDGET (self));
    }
  /* GTK 4.8 tells the buttons the moved box's actions are gone (its muxer got a new
   * parent) and never that they are back: the controls stayed greyed in fullscreen and
   * after it. Putting the group in again announces every action anew. */
  gtk_widget_insert_action_group (self->content, "video", NULL);
  gtk_widget_insert_action_group (self->content, "video", G_ACTION_GROUP (self->actions));
  g_object_unref (self->content);
}

static gboolean
fullscreen_close_request_cb (StrideVideoView *self)
{
  stride_video_view_set_fullscreen (self, FALSE);
  return TRUE;
}

static void
stride_video_view_set_fullscreen (StrideVideoView *self,
                                  gboolean         fullscreen)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (fullscreen == (self->fullscreen_window != NULL))
    return;

  if (fullscreen)
    {
      self->fullscreen_window = GTK_WINDOW (gtk_window_new ());
      g_object_ref_sink (self->fullscreen_window);
      gtk_window_set_title (self->fullscreen_window, _("Exercise Video"));
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (self->fullscreen_window, GTK_WINDOW (root));
      g_signal_connect_object (self->fullscreen_window, "close-request",
                               G_CALLBACK (fullscreen_close_request_cb), self, G_CONNECT_SWAPPED);
      move_content (self, self->fullscreen_window);
      gtk_window_fullscreen (self->fullscreen_window);
      gtk_window_present (self->fullscreen_window);
      gtk_widget_grab_focus (self->content);
    }
  else
    {
      GtkWindow *window = self->fullscreen_window;

      move_content (self, NULL);
      self->fullscreen_window = NULL;
      gtk_window_destroy (window);
      g_object_unref (window);
      gtk_widget_grab_focus (self->content);
    }

  gtk_button_set_icon_name (self->fullscreen_button, fullscreen ? "view-restore-symbolic" : "view-fullscreen-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->fullscreen_button),
                               fullscreen ? _("Leave Fullscreen (Esc)") : _("Fullscreen (F)"));
  update_display_width (self);
  set_action_state (self, "fullscreen", g_variant_new_boolean (fullscreen));
  set_action_enabled (self, "leave-fullscreen", fullscreen);
}

/* Template callbacks */

static gboolean
seek_scale_change_value_cb (StrideVideoView *self,
                            GtkScrollType    scroll,
                            double           value)
{
  stride_video_view_seek (self, (gint64) (value * G_USEC_PER_SEC));
  return FALSE;
}

static void
picture_pressed_cb (StrideVideoView *self,
                    int              n_press)
{
  gtk_widget_grab_focus (self->content);
  if (n_press == 2)
    stride_video_view_set_fullscreen (self, self->fullscreen_window == NULL);
  else if (n_press == 1)
    stride_video_view_set_playing (self, !stride_video_view_get_playing (self));
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
  update_display_width (self);
}

static void
stride_video_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (stride_video_view_parent_class)->map (widget);
  update_inhibit (STRIDE_VIDEO_VIEW (widget));
}

static void
stride_video_view_unmap (GtkWidget *widget)
{
  StrideVideoView *self = STRIDE_VIDEO_VIEW (widget);

  /* A page that is left stops its video. */
  if (self->fullscreen_window == NULL && self->player != NULL)
    gtk_media_stream_pause (self->player);
  uninhibit (self);

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
  uninhibit (self);
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

  properties[PROP_URI] = g_param_spec_string ("uri", NULL, NULL, NULL, rw);
  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE, rw);
  properties[PROP_LOOP] = g_param_spec_boolean ("loop", NULL, NULL, FALSE, rw);
  properties[PROP_MIRRORED] = g_param_spec_boolean ("mirrored", NULL, NULL, FALSE, rw);
  properties[PROP_RATE] = g_param_spec_double ("rate", NULL, NULL, 0.25, 2.0, 1.0, rw);
  properties[PROP_MUTED] = g_param_spec_boolean ("muted", NULL, NULL, FALSE, rw);
  properties[PROP_CONTROLS_VISIBLE] = g_param_spec_boolean ("controls-visible", NULL, NULL, TRUE, rw);
  properties[PROP_POSITION] = g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DURATION] = g_param_spec_int64 ("duration", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CHAPTER] = g_param_spec_string ("chapter", NULL, NULL, NULL, ro);
  properties[PROP_LOOPING_CHAPTER] = g_param_spec_string ("looping-chapter", NULL, NULL, NULL, ro);
  properties[PROP_ERROR] = g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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

  signals[CHAPTER_CHANGED] = g_signal_new ("chapter-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[ENDED] = g_signal_new ("ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                 G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);

  g_type_ensure (STRIDE_TYPE_CAMERA_MIRROR);
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
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, position_label);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, seek_scale);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, seek_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, duration_label);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, play_button);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, chapter_label);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, speed_button);
  gtk_widget_class_bind_template_child (widget_class, StrideVideoView, fullscreen_button);
  gtk_widget_class_bind_template_callback (widget_class, seek_scale_change_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, allow_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, not_now_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "stridevideoview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
stride_video_view_init (StrideVideoView *self)
{
  GtkGesture *click;

  self->rate = 1.0;
  self->controls_visible = TRUE;
  self->ab_start = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (self->content, "video", G_ACTION_GROUP (self->actions));
  set_action_enabled (self, "leave-fullscreen", FALSE);
  add_shortcuts (self);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (picture_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->picture), GTK_EVENT_CONTROLLER (click));
}

/* Public API */

GtkWidget *
stride_video_view_new (void)
{
  return g_object_new (STRIDE_TYPE_VIDEO_VIEW, NULL);
}

static void
clear_clip_state (StrideVideoView *self)
{
  g_clear_error (&self->error);
  g_clear_pointer (&self->chapter_id, g_free);
  g_clear_pointer (&self->pending_loop_chapter, g_free);
  set_looping_chapter (self, NULL);
  self->ab_start = -1;
  gtk_label_set_label (self->chapter_label, "");
  gtk_scale_clear_marks (self->seek_scale);
  gtk_stack_set_visible_child_name (self->stack, "video");
  gtk_widget_set_visible (self->controls, self->controls_visible);
}

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

static void
open_uri (StrideVideoView *self)
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
      show_error (self, error);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "video");
  gtk_widget_set_visible (self->controls, self->controls_visible);
  if (ensure_player (self))
    {
      self->media->player_set_uri (self->player, self->uri);
      player_prepared_cb (self);
      player_error_cb (self);
      if (self->wants_playing && self->error == NULL)
        gtk_media_stream_set_playing (self->player, TRUE);
    }
}

static void
allowed_packs_changed_cb (StrideVideoView *self)
{
  if (self->waiting)
    open_uri (self);
}

static void
allow_clicked_cb (StrideVideoView *self)
{
  g_auto(GStrv) allowed = g_settings_get_strv (get_settings (self), "internet-video-packs");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint index;

  if (declined_packs != NULL &&
      g_ptr_array_find_with_equal_func (declined_packs, self->pack_id, g_str_equal, &index))
    g_ptr_array_remove_index (declined_packs, index);
  if (g_strv_contains ((const char * const *) allowed, self->pack_id))
    {
      open_uri (self);
      return;
    }
  g_strv_builder_addv (builder, (const char **) allowed);
  g_strv_builder_add (builder, self->pack_id);
  updated = g_strv_builder_end (builder);
  /* Every view waiting on this pack opens its video through "changed". */
  g_settings_set_strv (get_settings (self), "internet-video-packs", (const char * const *) updated);
  if (self->waiting)
    open_uri (self);
}

static void
not_now_clicked_cb (StrideVideoView *self)
{
  /* The button hides itself: keyboard focus goes to the one left, not to nowhere. */
  gboolean had_focus = gtk_widget_has_focus (self->not_now_button);

  if (declined_packs == NULL)
    declined_packs = g_ptr_array_new_with_free_func (g_free);
  if (!g_ptr_array_find_with_equal_func (declined_packs, self->pack_id, g_str_equal, NULL))
    g_ptr_array_add (declined_packs, g_strdup (self->pack_id));
  open_uri (self);
  if (had_focus)
    gtk_widget_grab_focus (self->allow_button);
}

/* URI, from pack PACK_ID titled PACK_TITLE (NULL: not from a pack, only local files). */
static void
set_source (StrideVideoView *self,
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
  clear_clip_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);

  if (uri == NULL)
    {
      if (self->player != NULL)
        self->media->player_set_uri (self->player, NULL);
      return;
    }

  open_uri (self);
}

void
stride_video_view_set_uri (StrideVideoView *self,
                           const char      *uri)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  set_source (self, uri, NULL, NULL);
}

void
stride_video_view_set_pack_video (StrideVideoView   *self,
                                  const StrideVideo *video,
                                  StrideContent     *content)
{
  g_return_if_fail (STRIDE_IS_VIDEO_VIEW (self));

  if (video == NULL)
    {
      set_source (self, NULL, NULL, NULL);
      return;
    }
  set_source (self, video->uri, video->pack_id,
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOOP]);
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
      set_looping_chapter (self, NULL);
      return TRUE;
    }

  chapter = find_chapter (self, chapter_id);
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
    g_autofree char *id = content_id (chapter_id);

    set_looping_chapter (self, id);
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

  set_looping_chapter (self, NULL);
  self->media->player_loop_section (self->player, start, end);
}

gboolean
stride_video_view_seek_to_chapter (StrideVideoView *self,
                                   const char      *chapter_id)
{
  GObject *chapter;

  g_return_val_if_fail (STRIDE_IS_VIDEO_VIEW (self), FALSE);

  chapter = find_chapter (self, chapter_id);
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
  set_action_state (self, "mirror", g_variant_new_boolean (mirrored));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
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

  rate = CLAMP (rate, rates[0], rates[G_N_ELEMENTS (rates) - 1]);
  if (G_APPROX_VALUE (self->rate, rate, 0.001))
    return;

  if (self->player != NULL)
    {
      /* player_rate_cb() updates the controls and notifies. */
      self->media->player_set_rate (self->player, rate);
      return;
    }

  self->rate = rate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTROLS_VISIBLE]);
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
