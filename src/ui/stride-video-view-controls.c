/* stride-video-view-controls.c — the video view's controls: what the player says, shown;
 * what the user asks (actions, keys, fullscreen), done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "stride-chapter-role.h"
#include "stride-core-enums.h"
#include "stride-media-error.h"
#include "stride-media-loader.h"
#include "stride-camera-mirror.h"
#include "stride-video-source.h"
#include "stride-video-view-private.h"

#define SEEK_STEP_US (5 * G_USEC_PER_SEC)

/* The speeds in the menu, slowest first. */
const double stride_video_view_rates[STRIDE_VIDEO_VIEW_N_RATES] = { 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0 };

static char *
format_time (gint64 us)
{
  gint64 seconds = MAX (us, 0) / G_USEC_PER_SEC;

  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int) (seconds / 3600), (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

/* From the player to the controls */

void
stride_video_view_show_error (StrideVideoView *self,
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
  stride_video_view_uninhibit (self);

  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_ERROR]);
  g_signal_emit (self, stride_video_view_signals[ERROR], 0, self->error);
}

void
stride_video_view_player_error_cb (StrideVideoView *self)
{
  const GError *error = gtk_media_stream_get_error (self->player);

  if (error != NULL)
    stride_video_view_show_error (self, error);
}

static void
player_playing_cb (StrideVideoView *self)
{
  gboolean playing = gtk_media_stream_get_playing (self->player);

  gtk_button_set_icon_name (self->play_button, playing ? "media-playback-pause-symbolic"
                                                       : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), playing ? _("Pause (Space)") : _("Play (Space)"));
  stride_video_view_update_inhibit (self);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_PLAYING]);
}

void
stride_video_view_player_prepared_cb (StrideVideoView *self)
{
  gboolean prepared = gtk_media_stream_is_prepared (self->player);
  gint64 duration = gtk_media_stream_get_duration (self->player);
  g_autofree char *text = format_time (duration);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), !prepared && self->error == NULL);
  gtk_spinner_set_spinning (self->spinner, !prepared && self->error == NULL);
  gtk_adjustment_set_upper (self->seek_adjustment, MAX (duration, 1) / (double) G_USEC_PER_SEC);
  gtk_label_set_label (self->duration_label, text);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_DURATION]);
}

static void
player_timestamp_cb (StrideVideoView *self)
{
  gint64 position = gtk_media_stream_get_timestamp (self->player);
  g_autofree char *text = format_time (position);

  gtk_label_set_label (self->position_label, text);
  gtk_adjustment_set_value (self->seek_adjustment, position / (double) G_USEC_PER_SEC);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_POSITION]);
}

static void
player_ended_cb (StrideVideoView *self)
{
  if (gtk_media_stream_get_ended (self->player))
    g_signal_emit (self, stride_video_view_signals[ENDED], 0);
}

static void
player_chapter_cb (StrideVideoView *self)
{
  GObject *chapter = self->media->player_get_chapter (self->player);
  const char *uid = chapter != NULL ? self->media->chapter_get_id (chapter) : NULL;
  g_autofree char *id = stride_video_view_content_id (uid);
  const char *title = chapter != NULL ? self->media->chapter_get_title (chapter) : NULL;

  /* A title that only repeats the id is a machine name, not words for a person. */
  gtk_label_set_label (self->chapter_label,
                       title != NULL && g_strcmp0 (title, uid) != 0 && g_strcmp0 (title, id) != 0
                       ? title : stride_chapter_role_get_name (stride_chapter_role_from_id (id)));
  if (g_strcmp0 (id, self->chapter_id) == 0)
    return;

  g_free (self->chapter_id);
  self->chapter_id = g_steal_pointer (&id);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_CHAPTER]);
  g_signal_emit (self, stride_video_view_signals[CHAPTER_CHANGED], 0, self->chapter_id);
}

/* A section loop restarting is a new pass through its chapter. */
static void
player_looped_cb (StrideVideoView *self)
{
  if (self->looping_chapter != NULL)
    g_signal_emit (self, stride_video_view_signals[CHAPTER_CHANGED], 0, self->looping_chapter);
}

void
stride_video_view_set_looping_chapter (StrideVideoView *self,
                     const char      *id)
{
  if (g_strcmp0 (self->looping_chapter, id) == 0)
    return;

  g_free (self->looping_chapter);
  self->looping_chapter = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_LOOPING_CHAPTER]);
}

static void
player_section_cb (StrideVideoView *self)
{
  gint64 start = 0, end = 0;

  g_object_get (self->player, "section-start", &start, "section-end", &end, NULL);
  stride_video_view_set_action_state (self, "loop-section", g_variant_new_boolean (end > start));
  if (end <= start)
    stride_video_view_set_looping_chapter (self, NULL);
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

  if (self->pending_loop_chapter != NULL && stride_video_view_find_chapter (self, self->pending_loop_chapter) != NULL)
    apply_pending_loop_chapter (self);
}

void
stride_video_view_player_rate_cb (StrideVideoView *self)
{
  double rate = self->media->player_get_rate (self->player);
  g_autofree char *label = g_strdup_printf ("%g×", rate);

  self->rate = rate;
  gtk_menu_button_set_label (self->speed_button, label);
  stride_video_view_set_action_state (self, "rate", g_variant_new_double (rate));
  g_object_notify_by_pspec (G_OBJECT (self), stride_video_view_properties[PROP_RATE]);
}

static void
connect_player (StrideVideoView *self)
{
  static const struct
  {
    const char *signal;
    GCallback   callback;
  } handlers[] = {
    { "notify::error", G_CALLBACK (stride_video_view_player_error_cb) },
    { "notify::playing", G_CALLBACK (player_playing_cb) },
    { "notify::prepared", G_CALLBACK (stride_video_view_player_prepared_cb) },
    { "notify::duration", G_CALLBACK (stride_video_view_player_prepared_cb) },
    { "notify::timestamp", G_CALLBACK (player_timestamp_cb) },
    { "notify::ended", G_CALLBACK (player_ended_cb) },
    { "notify::chapter", G_CALLBACK (player_chapter_cb) },
    { "notify::section-end", G_CALLBACK (player_section_cb) },
    { "notify::rate", G_CALLBACK (stride_video_view_player_rate_cb) },
    { "looped", G_CALLBACK (player_looped_cb) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    g_signal_connect_object (self->player, handlers[i].signal, handlers[i].callback, self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->media->player_get_chapters (self->player), "items-changed",
                           G_CALLBACK (chapters_changed_cb), self, G_CONNECT_SWAPPED);
}

gboolean
stride_video_view_ensure_player (StrideVideoView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->player != NULL)
    return TRUE;

  self->media = stride_media_loader_get (&error);
  if (self->media == NULL)
    {
      stride_video_view_show_error (self, error);
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
  g_signal_connect_object (self->player, "invalidate-size", G_CALLBACK (stride_video_view_update_display_width),
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

  for (guint i = 0; i < G_N_ELEMENTS (stride_video_view_rates); i++)
    {
      guint j = direction > 0 ? i : G_N_ELEMENTS (stride_video_view_rates) - 1 - i;

      if ((direction > 0 && stride_video_view_rates[j] > self->rate + 0.01) || (direction < 0 && stride_video_view_rates[j] < self->rate - 0.01))
        {
          rate = stride_video_view_rates[j];
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
  stride_video_view_set_action_state (self, "loop-section", g_variant_new_boolean (FALSE));
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

void
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
  stride_video_view_update_display_width (self);
  stride_video_view_set_action_state (self, "fullscreen", g_variant_new_boolean (fullscreen));
  stride_video_view_set_action_enabled (self, "leave-fullscreen", fullscreen);
}

/* Template callbacks */

gboolean
stride_video_view_seek_scale_change_value_cb (StrideVideoView *self,
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

/* The chapter label's row keeps room for the longest part's name. */
static void
init_chapter_label (StrideVideoView *self)
{
  g_autoptr(GEnumClass) roles = g_type_class_ref (STRIDE_TYPE_CHAPTER_ROLE);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint role = 0; role < roles->n_values; role++)
    g_strv_builder_add (builder, stride_chapter_role_get_name (role));
  names = g_strv_builder_end (builder);
  stride_video_controls_row_set_label (self->controls_row, GTK_WIDGET (self->chapter_label),
                                       (const char * const *) names);
}

/* The controls' actions, their keys, and a click on the picture. */
void
stride_video_view_init_controls (StrideVideoView *self)
{
  GtkGesture *click;

  init_chapter_label (self);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (self->content, "video", G_ACTION_GROUP (self->actions));
  stride_video_view_set_action_enabled (self, "leave-fullscreen", FALSE);
  add_shortcuts (self);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (picture_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->picture), GTK_EVENT_CONTROLLER (click));
}
