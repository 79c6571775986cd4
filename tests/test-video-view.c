/* test-video-view.c — the video view on a (virtual) display
 *
 * This program does not link GStreamer: its first test checks that a window comes up
 * without mapping it, and the clip comes from the make-test-clip helper.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-application.h"
#include "stride-media-error.h"
#include "stride-media-loader.h"
#include "stride-sound-cues.h"
#include "stride-camera-mirror.h"
#include "stride-chapter-role.h"
#include "stride-core-enums.h"
#include "stride-video-view.h"
#include "stride-window.h"
#include "stride-test-ui.h"

static StrideApplication *shared_app;
static char *tmp_dir;
static char *clip_uri;
static char *two_sides_uri;     /* chapters setup, hold, setup@2, hold@2 over 4 s */
static char *skip_reason;

typedef struct
{
  GtkWindow       *window;
  StrideVideoView *view;
  GtkWidget       *content;   /* the view's inner box, which fullscreen moves */
} Fixture;

static gboolean
after_cb (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

static void
wait_for (gint64 us)
{
  gint64 until = g_get_monotonic_time () + us;

  stride_test_wait_until (after_cb, &until);
}

static gboolean
maps_gstreamer (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  /* GStreamer, and the camera portal and speech libraries that come with the media module. */
  return strstr (maps, "libgst") != NULL || strstr (maps, "libportal") != NULL || strstr (maps, "libespeak") != NULL;
}

/* Runs first: the main window comes up without GStreamer. */
static void
test_start_up_without_gstreamer (void)
{
  StrideWindow *window = stride_window_new (shared_app);

  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (maps_gstreamer ());
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (fixture->window, GTK_APPLICATION (shared_app));
  gtk_window_set_default_size (fixture->window, 480, 400);
  fixture->view = STRIDE_VIDEO_VIEW (stride_video_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->view);
  fixture->content = gtk_widget_get_first_child (GTK_WIDGET (fixture->view));
}

static GtkWidget *find_child (GtkWidget *widget, GType type);

/* The visible button labelled LABEL (with its mnemonic) inside WIDGET, or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The Space shortcut on WIDGET or inside it (its owner in OWNER), or NULL. */
static GtkShortcut *
find_space_shortcut (GtkWidget  *widget,
                     GtkWidget **owner)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_space)
            {
              *owner = widget;
              return shortcut;   /* the controller keeps it */
            }
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkShortcut *found = find_space_shortcut (child, owner);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Activates what Space does in the view (its shortcut, as a key press would) and says
 * whether the view took the key; FALSE leaves it to the focused button. */
static gboolean
press_space (GtkWidget *view)
{
  GtkWidget *owner = NULL;
  GtkShortcut *shortcut = find_space_shortcut (view, &owner);

  g_assert_nonnull (shortcut);
  return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, owner, NULL);
}

static AdwStatusPage *
shown_status_page (StrideVideoView *view)
{
  GtkStack *stack = GTK_STACK (find_child (GTK_WIDGET (view), GTK_TYPE_STACK));
  GtkWidget *page = gtk_stack_get_visible_child (stack);

  return ADW_IS_STATUS_PAGE (page) ? ADW_STATUS_PAGE (page) : NULL;
}

/* In the routine player the video has no controls and answers no key: Tab passes it by,
 * instead of stopping where nothing shows the focus. With its controls it is a Tab stop
 * (Space plays it). */
static void
test_no_controls_no_tab_stop (Fixture       *fixture,
                              gconstpointer  data)
{
  stride_video_view_set_controls_visible (fixture->view, FALSE);
  g_assert_false (gtk_widget_get_focusable (fixture->content));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (fixture->view), GTK_DIR_TAB_FORWARD));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (fixture->view), GTK_DIR_TAB_BACKWARD));

  stride_video_view_set_controls_visible (fixture->view, TRUE);
  g_assert_true (gtk_widget_get_focusable (fixture->content));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->view), GTK_DIR_TAB_FORWARD));
}

/* A user pack's internet video: nothing is opened (GStreamer is not even loaded) until
 * the user allows the pack; the question names the pack and the server; "Not now" is
 * remembered for the pack, "Allow" in the settings, and opens every view waiting on it. */
static void
test_internet_video_consent (void)
{
  /* Loopback, a closed port: even the allowed connection leaves this machine alone. */
  StrideVideo video = { .id = (char *) "fake_clip", .pack_id = (char *) "fake_pack",
                        .uri = (char *) "https://127.0.0.1:9/clip.webm" };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) allowed = NULL;
  GtkWindow *windows[2];
  StrideVideoView *first = STRIDE_VIDEO_VIEW (stride_video_view_new ());
  StrideVideoView *second = STRIDE_VIDEO_VIEW (stride_video_view_new ());
  AdwStatusPage *page;

  g_settings_reset (settings, "internet-video-packs");
  for (guint i = 0; i < 2; i++)
    {
      windows[i] = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_application (windows[i], GTK_APPLICATION (shared_app));
      gtk_window_set_default_size (windows[i], 480, 400);
      gtk_window_set_child (windows[i], GTK_WIDGET (i == 0 ? first : second));
      gtk_window_present (windows[i]);
    }
  stride_test_wait_until (stride_test_widget_is_mapped, first);
  stride_test_wait_until (stride_test_widget_is_mapped, second);

  /* Asked, in the view where the video would play. */
  stride_video_view_set_pack_video (first, &video, NULL);
  stride_video_view_play (first);
  g_assert_true (stride_video_view_get_waiting_for_consent (first));
  page = shown_status_page (first);
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Play a Video From the Internet?");
  g_assert_cmpstr (adw_status_page_get_description (page), ==,
                   "The content pack “fake_pack” wants to play this video from 127.0.0.1. "
                   "Stride contacts no server until you allow it.");
  g_assert_true (gtk_widget_get_visible (find_button (GTK_WIDGET (first), "_Not Now")));
  g_assert_false (maps_gstreamer ());
  /* Space is the focused button's there, not play/pause (which answered nothing). */
  g_assert_false (press_space (GTK_WIDGET (first)));
  g_assert_true (stride_video_view_get_waiting_for_consent (first));

  /* Not now (from the keyboard): the view says where the video is, how long the answer
   * lasts, and offers Allow only, which has the focus; the pack's next video is not asked
   * about again. */
  gtk_widget_grab_focus (find_button (GTK_WIDGET (first), "_Not Now"));
  g_signal_emit_by_name (find_button (GTK_WIDGET (first), "_Not Now"), "clicked");
  g_assert_true (stride_video_view_get_waiting_for_consent (first));
  page = shown_status_page (first);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Video Not Loaded");
  g_assert_cmpstr (adw_status_page_get_description (page), ==,
                   "You said “Not now” to the internet videos of the content pack “fake_pack”, so this "
                   "video from 127.0.0.1 is not loaded. Stride asks again the next time it starts.");
  g_assert_false (gtk_widget_get_visible (find_button (GTK_WIDGET (first), "_Not Now")));
  g_assert_true (gtk_widget_has_focus (find_button (GTK_WIDGET (first), "_Allow")));
  stride_video_view_set_pack_video (second, &video, NULL);
  g_assert_true (stride_video_view_get_waiting_for_consent (second));
  g_assert_cmpstr (adw_status_page_get_title (shown_status_page (second)), ==, "Video Not Loaded");
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (maps_gstreamer ());

  /* Allow, in one view: remembered by pack id, and both views open the video. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (first), "_Allow"), "clicked");
  allowed = g_settings_get_strv (settings, "internet-video-packs");
  g_assert_cmpstrv (allowed, ((const char * const[]) { "fake_pack", NULL }));
  g_assert_false (stride_video_view_get_waiting_for_consent (first));
  g_assert_false (stride_video_view_get_waiting_for_consent (second));
  g_assert_cmpstr (stride_video_view_get_uri (first), ==, video.uri);

  /* A local file of a pack is never asked about; any other scheme is never opened. */
  video.uri = (char *) "http://127.0.0.1:9/clip.webm";
  stride_video_view_set_pack_video (second, &video, NULL);
  g_assert_false (stride_video_view_get_waiting_for_consent (second));
  g_assert_cmpstr (adw_status_page_get_title (shown_status_page (second)), ==, "This Video Cannot Be Played");

  gtk_window_destroy (windows[0]);
  gtk_window_destroy (windows[1]);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_settings_reset (settings, "internet-video-packs");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The view's controls act through the "video" actions of its content. */
static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (fixture->content, action, NULL));
}

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every button of the controls can be clicked (they were greyed in and after fullscreen). */
static void
assert_controls_clickable (Fixture    *fixture,
                           const char *when)
{
  static const char * const actions[] = { "video.play-pause", "video.step", "video.loop-section",
                                          "video.mirror", "video.fullscreen" };

  stride_test_drain_events ();
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = find_actionable (fixture->content, actions[i]);

      g_assert_nonnull (button);
      if (!gtk_widget_is_sensitive (button))
        g_error ("The %s button is greyed out %s", actions[i], when);
    }
}

static gboolean
is_prepared (gpointer data)
{
  return stride_video_view_get_duration (data) > 0 || stride_video_view_get_error (data) != NULL;
}

/* What the picture shows: its paintable's current frame, rendered by the window's renderer. */
static GBytes *
render_picture (Fixture *fixture)
{
  GtkWidget *picture = find_child (GTK_WIDGET (fixture->view), GTK_TYPE_PICTURE);
  GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  g_autoptr(GdkPaintable) image = gdk_paintable_get_current_image (paintable);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (fixture->window));
  int width = gdk_paintable_get_intrinsic_width (image);
  int height = gdk_paintable_get_intrinsic_height (image);
  guchar *pixels;

  g_assert_cmpint (width, >, 0);
  gdk_paintable_snapshot (image, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  return g_bytes_new_take (pixels, (gsize) width * height * 4);
}

static gboolean
picture_has_frame (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *picture = find_child (GTK_WIDGET (fixture->view), GTK_TYPE_PICTURE);
  GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));

  return paintable != NULL && gdk_paintable_get_intrinsic_width (paintable) > 0;
}

static gboolean
skip_without_clip (void)
{
  if (skip_reason != NULL)
    g_test_skip (skip_reason);
  return skip_reason != NULL;
}

static void
test_plays (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  if (skip_without_clip ())
    return;

  stride_video_view_set_uri (fixture->view, clip_uri);
  stride_video_view_set_loop (fixture->view, TRUE);
  stride_test_wait_until (is_prepared, fixture->view);
  g_assert_no_error (stride_video_view_get_error (fixture->view));
  activate (fixture, "video.play-pause");
  g_assert_true (stride_video_view_get_playing (fixture->view));

  stride_test_wait_until (picture_has_frame, fixture);
  wait_for (300000);
  first = render_picture (fixture);
  wait_for (G_USEC_PER_SEC);
  second = render_picture (fixture);
  g_assert_false (g_bytes_equal (first, second));

  activate (fixture, "video.play-pause");
  g_assert_false (stride_video_view_get_playing (fixture->view));
}

static void
test_controls (Fixture       *fixture,
               gconstpointer  data)
{
  guint mirrored_notifies = 0;

  if (skip_without_clip ())
    return;

  stride_video_view_set_uri (fixture->view, clip_uri);
  stride_test_wait_until (is_prepared, fixture->view);

  g_signal_connect_swapped (fixture->view, "notify::mirrored", G_CALLBACK (g_atomic_int_inc), &mirrored_notifies);
  activate (fixture, "video.mirror");
  g_assert_true (stride_video_view_get_mirrored (fixture->view));
  stride_video_view_set_mirrored (fixture->view, TRUE);
  g_assert_cmpuint (mirrored_notifies, ==, 1);

  activate (fixture, "video.faster");
  g_assert_cmpfloat (stride_video_view_get_rate (fixture->view), ==, 1.25);
  activate (fixture, "video.slower");
  activate (fixture, "video.slower");
  g_assert_cmpfloat (stride_video_view_get_rate (fixture->view), ==, 0.75);
  g_assert_true (gtk_widget_activate_action (gtk_widget_get_first_child (GTK_WIDGET (fixture->view)),
                                             "video.rate", "d", 2.0));
  g_assert_cmpfloat (stride_video_view_get_rate (fixture->view), ==, 2.0);

  /* L loops the chapter under the play head, and again stops it. */
  activate (fixture, "video.loop-section");
  g_assert_cmpstr (stride_video_view_get_looping_chapter (fixture->view), ==, "setup");
  activate (fixture, "video.loop-section");
  g_assert_null (stride_video_view_get_looping_chapter (fixture->view));

  /* Fullscreen moves the picture and controls into a window of their own, and back; the
   * controls work in both. */
  assert_controls_clickable (fixture, "before fullscreen");
  activate (fixture, "video.fullscreen");
  g_assert_true (GTK_IS_WINDOW (gtk_widget_get_parent (fixture->content)));
  assert_controls_clickable (fixture, "in fullscreen");
  activate (fixture, "video.leave-fullscreen");
  g_assert_true (gtk_widget_get_parent (fixture->content) == GTK_WIDGET (fixture->view));
  assert_controls_clickable (fixture, "after fullscreen");
  g_signal_handlers_disconnect_by_data (fixture->view, &mirrored_notifies);
}

typedef struct
{
  guint hold;
  guint other;
} ChapterCount;

static void
chapter_changed_cb (StrideVideoView *view,
                    const char      *id,
                    ChapterCount    *count)
{
  if (g_strcmp0 (id, "hold") == 0)
    count->hold++;
  else
    count->other++;
}

static gboolean
held_three_times (gpointer data)
{
  return ((ChapterCount *) data)->hold >= 3;
}

static void
test_loop_chapter (Fixture       *fixture,
                   gconstpointer  data)
{
  ChapterCount count = { 0, 0 };

  if (skip_without_clip ())
    return;

  g_signal_connect (fixture->view, "chapter-changed", G_CALLBACK (chapter_changed_cb), &count);
  stride_video_view_set_uri (fixture->view, clip_uri);
  /* Asked before the chapters are known: kept and applied when they are. */
  stride_video_view_loop_chapter (fixture->view, "hold");
  stride_video_view_play (fixture->view);
  stride_test_wait_until (held_three_times, &count);
  g_assert_cmpstr (stride_video_view_get_looping_chapter (fixture->view), ==, "hold");
  g_assert_true (stride_video_view_get_playing (fixture->view));
  g_signal_handlers_disconnect_by_data (fixture->view, &count);
}

static void
count_error_cb (StrideVideoView *view,
                const GError    *error,
                guint           *count)
{
  (*count)++;
}

static gboolean
has_error (gpointer data)
{
  return stride_video_view_get_error (data) != NULL;
}

static void
test_error_in_place (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (tmp_dir, "no-such-video.webm", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  AdwStatusPage *status;
  guint errors = 0;

  g_signal_connect (fixture->view, "error", G_CALLBACK (count_error_cb), &errors);
  stride_video_view_set_uri (fixture->view, uri);
  stride_test_wait_until (has_error, fixture->view);
  wait_for (200000);
  g_assert_cmpuint (errors, ==, 1);
  g_assert_error (stride_video_view_get_error (fixture->view), STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NOT_FOUND);

  status = ADW_STATUS_PAGE (find_child (GTK_WIDGET (fixture->view), ADW_TYPE_STATUS_PAGE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "no-such-video.webm"));

  /* Keys do nothing harmful on a broken clip. */
  activate (fixture, "video.play-pause");
  activate (fixture, "video.step");
  g_assert_false (stride_video_view_get_playing (fixture->view));
  g_signal_handlers_disconnect_by_data (fixture->view, &errors);
}

/* The label inside WIDGET whose text has TEXT in it, or NULL. */
static GtkWidget *
find_label_with (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
view_is_tall_enough (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_height (GTK_WIDGET (fixture->view)) > 200;
}

/* At 360 px a self-test page shows a broken video as a status page with a long title:
 * its reason stays in sight and the caption below does not cover it; the wheel over it
 * scrolls the page, not the status page's own scroller. */
static void
test_error_narrow (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (tmp_dir, "a-rather-long-name-for-a-broken-video.webm", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *caption = gtk_label_new ("The caption below the video");
  GtkWidget *filler = gtk_label_new ("The rest of the page");
  GtkWidget *status, *reason;
  GtkAdjustment *page;
  graphene_rect_t reason_bounds, status_bounds, caption_bounds;
  g_autoptr(GListModel) controllers = NULL;
  gboolean handled = FALSE;

  g_assert_true (g_file_set_contents (path, "not a video at all", -1, NULL));
  g_object_ref (fixture->view);
  gtk_window_set_child (fixture->window, NULL);
  gtk_widget_set_size_request (filler, -1, 1500);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->view));
  g_object_unref (fixture->view);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), filler);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_window_set_child (fixture->window, scroller);
  gtk_window_set_default_size (fixture->window, 360, 600);
  gtk_widget_set_size_request (scroller, 360, 600);

  stride_video_view_set_uri (fixture->view, uri);
  stride_test_wait_until (has_error, fixture->view);
  stride_test_wait_until (view_is_tall_enough, fixture);
  wait_for (300000);

  status = GTK_WIDGET (shown_status_page (fixture->view));
  g_assert_nonnull (status);
  reason = find_label_with (status, "a-rather-long-name");
  g_assert_nonnull (reason);
  g_assert_true (gtk_widget_compute_bounds (reason, box, &reason_bounds));
  g_assert_true (gtk_widget_compute_bounds (status, box, &status_bounds));
  g_assert_true (gtk_widget_compute_bounds (caption, box, &caption_bounds));
  /* The reason is inside what the status page shows (not scrolled away inside it), and
   * the caption starts below it. */
  g_assert_cmpfloat (reason_bounds.origin.y + reason_bounds.size.height, <=,
                     status_bounds.origin.y + status_bounds.size.height + 0.5);
  g_assert_cmpfloat (caption_bounds.origin.y, >=, reason_bounds.origin.y + reason_bounds.size.height - 0.5);

  /* The wheel over the status page moves the page */
  page = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_assert_cmpfloat (gtk_adjustment_get_value (page), ==, 0);
  controllers = gtk_widget_observe_controllers (status);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "scroll", 0.0, 1.0, &handled);
    }
  g_assert_true (handled);
  g_assert_cmpfloat (gtk_adjustment_get_value (page), >, 0);
  g_unlink (path);
}

static gboolean
duration_shortened (gpointer data)
{
  gint64 duration = stride_video_view_get_duration (data);

  return (duration > 0 && duration < 3 * G_USEC_PER_SEC) || stride_video_view_get_error (data) != NULL;
}

/* A clip cut to 40 % of its bytes loops what it has; the seek bar and the time
 * label show that length, not the 0:04 its header states — before it plays (the player
 * reads the file through off the main thread), and while it loops. */
static void
test_cut_short_length (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *clip = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "cut-short.webm", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *scale, *duration_label;
  GtkAdjustment *adjustment;
  gint64 duration;
  gsize length;

  if (skip_without_clip ())
    return;

  clip = g_filename_from_uri (clip_uri, NULL, NULL);
  g_assert_true (g_file_get_contents (clip, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length * 4 / 10, &error));
  g_assert_no_error (error);

  scale = find_child (GTK_WIDGET (fixture->view), GTK_TYPE_SCALE);
  duration_label = gtk_widget_get_next_sibling (scale);
  adjustment = gtk_range_get_adjustment (GTK_RANGE (scale));

  stride_video_view_set_uri (fixture->view, uri);
  stride_video_view_set_loop (fixture->view, TRUE);
  stride_test_wait_until (is_prepared, fixture->view);
  g_assert_no_error (stride_video_view_get_error (fixture->view));
  stride_test_wait_until (duration_shortened, fixture->view);
  g_assert_no_error (stride_video_view_get_error (fixture->view));
  g_assert_false (stride_video_view_get_playing (fixture->view));
  duration = stride_video_view_get_duration (fixture->view);
  expected = g_strdup_printf ("0:%02d", (int) (duration / G_USEC_PER_SEC));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (duration_label)), ==, expected);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_upper (adjustment), duration / (double) G_USEC_PER_SEC, 0.001);
  g_clear_pointer (&expected, g_free);

  /* A few passes: where a pass really ends may trim it a little (a frame cut in half
   * is not shown); the bar follows and the play head stays on it. */
  activate (fixture, "video.play-pause");
  wait_for (3 * G_USEC_PER_SEC);
  g_assert_no_error (stride_video_view_get_error (fixture->view));
  g_assert_true (stride_video_view_get_playing (fixture->view));

  duration = stride_video_view_get_duration (fixture->view);
  expected = g_strdup_printf ("0:%02d", (int) (duration / G_USEC_PER_SEC));
  g_test_message ("readable length %" G_GINT64_FORMAT " µs, label %s", duration,
                  gtk_label_get_label (GTK_LABEL (duration_label)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (duration_label)), ==, expected);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_upper (adjustment), duration / (double) G_USEC_PER_SEC, 0.001);
  /* The play head stays on the bar while the loop goes on. */
  wait_for (G_USEC_PER_SEC);
  g_assert_cmpint (stride_video_view_get_position (fixture->view), <=, duration);
  g_assert_cmpint (stride_video_view_get_duration (fixture->view), ==, duration);
  activate (fixture, "video.play-pause");
}

static gboolean
stream_advanced (gpointer data)
{
  return gtk_media_stream_get_timestamp (data) > 0 || gtk_media_stream_get_error (data) != NULL;
}

/* The player is a plain GtkMediaStream: GTK's own GtkVideo and its controls drive it. */
static void
test_gtk_video (void)
{
  const StrideMediaModule *media;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkMediaStream) player = NULL;
  GtkWidget *window, *video;

  if (skip_without_clip ())
    return;

  media = stride_media_loader_get (&error);
  g_assert_no_error (error);
  player = media->player_new ();
  media->player_set_uri (player, clip_uri);

  window = gtk_window_new ();
  video = gtk_video_new ();
  gtk_video_set_media_stream (GTK_VIDEO (video), player);
  gtk_window_set_child (GTK_WINDOW (window), video);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, video);

  gtk_media_stream_play (player);
  stride_test_wait_until (stream_advanced, player);
  g_assert_no_error (gtk_media_stream_get_error (player));
  g_assert_true (gtk_media_stream_get_playing (player));
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (g_steal_pointer (&player));
}

/* The cues follow the preferences, one notify per real change. */
static void
test_sound_cues_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(StrideSoundCues) cues = stride_sound_cues_new (settings);
  guint volume_notifies = 0;

  g_signal_connect_swapped (cues, "notify::volume", G_CALLBACK (g_atomic_int_inc), &volume_notifies);
  g_settings_set_double (settings, "cue-volume", 0.3);
  g_settings_set_double (settings, "cue-volume", 0.3);
  g_assert_cmpfloat_with_epsilon (stride_sound_cues_get_volume (cues), 0.3, 0.0001);
  g_assert_cmpuint (volume_notifies, ==, 1);

  g_settings_set_boolean (settings, "cues-muted", TRUE);
  g_assert_true (stride_sound_cues_get_muted (cues));
  stride_sound_cues_set_muted (cues, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "cues-muted"));

  /* Each cue plays (into a fakesink here) without disturbing the next. */
  for (StrideCue cue = STRIDE_CUE_TICK; cue < STRIDE_N_CUES; cue++)
    stride_sound_cues_play (cues, cue);
  wait_for (500000);
  g_settings_reset (settings, "cue-volume");
  g_settings_reset (settings, "cues-muted");
  g_signal_handlers_disconnect_by_data (cues, &volume_notifies);
  g_assert_finalize_object (g_steal_pointer (&cues));
}

static char *
make_clip (const char *name,
           const char *sides)
{
  const char *tool = g_getenv ("STRIDE_MAKE_TEST_CLIP");
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  const char *argv[] = { tool, path, "160", "120", "4", "vp8enc", sides, NULL };
  g_autofree char *errors = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (tool);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &errors, &status, &error))
    g_error ("%s", error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      skip_reason = g_strdup_printf ("no test clip: %s", errors);
      return NULL;
    }
  return g_filename_to_uri (path, NULL, NULL);
}

typedef struct
{
  StrideVideoView *view;
  guint            looped;
  gint64           min;
} SideWatch;

static void
side_chapter_cb (StrideVideoView *view,
                 const char      *id,
                 SideWatch       *watch)
{
  /* Only plain ids reach the page, whatever the side. */
  g_assert_null (strchr (id != NULL ? id : "", '@'));
  if (g_strcmp0 (id, "hold") == 0)
    watch->looped++;
}

static void
side_position_cb (SideWatch *watch)
{
  if (watch->looped > 1)
    watch->min = MIN (watch->min, stride_video_view_get_position (watch->view));
}

static gboolean
side_looped (gpointer data)
{
  return ((SideWatch *) data)->looped >= 4;
}

static gboolean
in_second_hold (gpointer data)
{
  return g_strcmp0 (stride_video_view_get_chapter (data), "hold") == 0 &&
         stride_video_view_get_position (data) >= 3 * G_USEC_PER_SEC;
}

/* Looping "hold" on the second side loops the second side's hold ("hold@2"). */
static void
test_second_side (Fixture       *fixture,
                  gconstpointer  data)
{
  SideWatch watch = { fixture->view, 0, G_MAXINT64 };

  if (skip_without_clip ())
    return;

  stride_video_view_set_uri (fixture->view, two_sides_uri);
  stride_test_wait_until (is_prepared, fixture->view);
  stride_video_view_seek (fixture->view, 3200000);
  stride_test_wait_until (in_second_hold, fixture->view);

  g_signal_connect (fixture->view, "chapter-changed", G_CALLBACK (side_chapter_cb), &watch);
  g_signal_connect_swapped (fixture->view, "notify::position", G_CALLBACK (side_position_cb), &watch);
  g_assert_true (stride_video_view_loop_chapter (fixture->view, "hold"));
  g_assert_cmpstr (stride_video_view_get_looping_chapter (fixture->view), ==, "hold");
  stride_video_view_play (fixture->view);
  stride_test_wait_until (side_looped, &watch);
  g_assert_cmpint (watch.min, >=, 3 * G_USEC_PER_SEC - G_USEC_PER_SEC / 30);
  g_signal_handlers_disconnect_by_data (fixture->view, &watch);

  /* Its chapters are titled by their ids only: the part's name shows in words. */
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->view), "Hold"));
}

/* The label's text is all shown: not cut to "…", not clipped, over no button. */
static void
assert_label_shown_whole (GtkWidget  *row,
                          GtkWidget  *label,
                          const char *text,
                          int         view_width)
{
  graphene_rect_t label_bounds, button_bounds;
  int min_width, min_height;

  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (gtk_widget_get_width (label) < min_width)
    g_error ("At %d px, “%s” gets %d px of the %d it needs", view_width, text, gtk_widget_get_width (label), min_width);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label), &min_height, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (label), >=, min_height);
  g_assert_true (gtk_widget_compute_bounds (label, row, &label_bounds));
  g_assert_cmpfloat (label_bounds.origin.x, >=, 0);
  g_assert_cmpfloat (label_bounds.origin.x + label_bounds.size.width, <=, gtk_widget_get_width (row) + 0.5);
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (child == label || !gtk_widget_get_visible (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, row, &button_bounds));
      if (graphene_rect_intersection (&label_bounds, &button_bounds, NULL))
        g_error ("At %d px, “%s” lies over a button", view_width, text);
    }
}

/* The name of the part playing, under the video, is never cut to "…" (at 360 px it was:
 * "Movement", "Hold" and the German "Ausgangsposition" showed as "…"): at phone width it
 * goes under the buttons, wide it stays between them, and the row keeps its height as
 * the names change. */
static void
test_chapter_label_fits (Fixture       *fixture,
                         gconstpointer  data)
{
  static const int widths[] = { 326, 360, 1280 };
  /* The longest German and Spanish names, as the layout sees them in any language. */
  static const char * const translated[] = { "Becken nach hinten kippen", "Deslizarse hacia abajo" };
  g_autoptr(GEnumClass) roles = g_type_class_ref (STRIDE_TYPE_CHAPTER_ROLE);
  /* the row of the play button holds the label */
  GtkWidget *row = gtk_widget_get_parent (find_actionable (fixture->content, "video.play-pause"));
  GtkWidget *label = find_child (row, GTK_TYPE_LABEL);

  g_assert_nonnull (label);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      int row_height = -1;

      gtk_window_set_default_size (fixture->window, widths[w], 700);
      for (guint role = STRIDE_CHAPTER_ROLE_SETUP; role < roles->n_values + G_N_ELEMENTS (translated); role++)
        {
          const char *text = role < roles->n_values ? stride_chapter_role_get_name (role)
                                                    : translated[role - roles->n_values];

          gtk_label_set_label (GTK_LABEL (label), text);
          stride_test_wait_for_frames (row, 2);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), ==, widths[w]);
          assert_label_shown_whole (row, label, text, widths[w]);
          if (role >= roles->n_values)
            continue;
          if (row_height < 0)
            row_height = gtk_widget_get_height (row);
          if (gtk_widget_get_height (row) != row_height)
            g_error ("At %d px, the row is %d px high with “%s”, %d with “Set-up”",
                     widths[w], gtk_widget_get_height (row), text, row_height);
        }
    }
}

static gboolean
camera_running (gpointer data)
{
  return stride_camera_mirror_get_camera_state (data) >= 2;
}

/* The camera beside the demonstration: C (the video.camera action) shows the test camera
 * beside the video when wide and under it when narrow, can lay the video over it, and
 * stops the camera when hidden again. */
static void
test_camera_mirror (Fixture       *fixture,
                    gconstpointer  data)
{
  StrideCameraMirror *mirror;
  GtkWidget *demo;
  graphene_rect_t demo_bounds, panel_bounds;
  GtkWidget *panel;

  g_setenv ("STRIDE_CAMERA_SOURCE", "test", TRUE);
  mirror = STRIDE_CAMERA_MIRROR (find_child (GTK_WIDGET (fixture->view), STRIDE_TYPE_CAMERA_MIRROR));
  g_assert_nonnull (mirror);
  g_assert_false (stride_camera_mirror_get_active (mirror));

  activate (fixture, "video.camera");
  g_assert_true (stride_camera_mirror_get_active (mirror));
  stride_test_wait_until (camera_running, mirror);
  g_assert_cmpint (stride_camera_mirror_get_camera_state (mirror), ==, 2);
  demo = stride_camera_mirror_get_child (mirror);
  panel = gtk_widget_get_last_child (GTK_WIDGET (mirror));

  /* Wide: side by side, the demonstration on the left. */
  gtk_widget_size_allocate (GTK_WIDGET (mirror), &(GtkAllocation) { 0, 0, 800, 300 }, -1);
  g_assert_true (stride_camera_mirror_is_side_by_side (mirror));
  g_assert_true (gtk_widget_compute_bounds (demo, GTK_WIDGET (mirror), &demo_bounds));
  g_assert_true (gtk_widget_compute_bounds (panel, GTK_WIDGET (mirror), &panel_bounds));
  g_assert_cmpfloat (demo_bounds.origin.x + demo_bounds.size.width, <=, panel_bounds.origin.x);
  g_assert_cmpfloat (panel_bounds.size.width, >=, 390);

  /* Narrow: the camera under the demonstration. */
  gtk_widget_size_allocate (GTK_WIDGET (mirror), &(GtkAllocation) { 0, 0, 340, 500 }, -1);
  g_assert_false (stride_camera_mirror_is_side_by_side (mirror));
  g_assert_true (gtk_widget_compute_bounds (demo, GTK_WIDGET (mirror), &demo_bounds));
  g_assert_true (gtk_widget_compute_bounds (panel, GTK_WIDGET (mirror), &panel_bounds));
  g_assert_cmpfloat (demo_bounds.origin.y + demo_bounds.size.height, <=, panel_bounds.origin.y);
  g_assert_cmpfloat (panel_bounds.size.width, ==, 340);

  /* Overlay: the camera fills the space, the demonstration drawn over it. */
  stride_camera_mirror_set_overlay (mirror, TRUE);
  gtk_widget_size_allocate (GTK_WIDGET (mirror), &(GtkAllocation) { 0, 0, 800, 300 }, -1);
  g_assert_false (gtk_widget_get_child_visible (demo));
  g_assert_true (gtk_widget_compute_bounds (panel, GTK_WIDGET (mirror), &panel_bounds));
  g_assert_cmpfloat (panel_bounds.size.width, ==, 800);
  stride_camera_mirror_set_overlay (mirror, FALSE);
  g_assert_true (gtk_widget_get_child_visible (demo));

  /* Hidden again: the camera stops at once. */
  activate (fixture, "video.camera");
  g_assert_false (stride_camera_mirror_get_active (mirror));
  g_assert_cmpint (stride_camera_mirror_get_camera_state (mirror), ==, 0);
  g_unsetenv ("STRIDE_CAMERA_SOURCE");
}

/* No camera: the panel says so in place and the video keeps working. */
static void
test_camera_missing (Fixture       *fixture,
                     gconstpointer  data)
{
  StrideCameraMirror *mirror;

  g_setenv ("STRIDE_CAMERA_SOURCE", "v4l2", TRUE);
  g_setenv ("STRIDE_CAMERA_DEVICE", "/nonexistent/video9", TRUE);
  mirror = STRIDE_CAMERA_MIRROR (find_child (GTK_WIDGET (fixture->view), STRIDE_TYPE_CAMERA_MIRROR));
  activate (fixture, "video.camera");
  stride_test_wait_until (camera_running, mirror);
  g_assert_cmpint (stride_camera_mirror_get_camera_state (mirror), ==, 3);
  g_assert_nonnull (strstr (stride_camera_mirror_get_message (mirror), "camera"));
  /* The rest of the view still answers. */
  activate (fixture, "video.mirror");
  g_assert_true (stride_video_view_get_mirrored (fixture->view));
  g_unsetenv ("STRIDE_CAMERA_SOURCE");
  g_unsetenv ("STRIDE_CAMERA_DEVICE");
}

/* ---- no dark line along the video's bottom edge ---- */

typedef struct
{
  int window_width, window_height;
} ViewSize;

/* The sizes the app shows videos at: the exercise page at 360 px and 1280×800, the
 * routine player, and odd widths between the scaler's 32-pixel steps. */
static const ViewSize bottom_edge_sizes[] = {
  { 360, 700 }, { 361, 640 }, { 600, 500 }, { 601, 451 }, { 800, 600 }, { 1280, 800 }, { 1023, 767 },
};

static gboolean
frame_is_scaled (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *picture = find_child (GTK_WIDGET (fixture->view), GTK_TYPE_PICTURE);
  GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  int display_width = 0;

  /* the player (from the media module) is the picture's paintable */
  g_object_get (paintable, "display-width", &display_width, NULL);
  /* frames at most as wide as shown (a smaller clip is never scaled up) */
  return display_width > 0 && gdk_paintable_get_intrinsic_width (paintable) <= display_width;
}

/* The picture widget as the window draws it: its snapshot, rendered by the window's
 * renderer into premultiplied BGRA rows; NULL while it draws nothing. */
static guchar *
render_widget (Fixture   *fixture,
               GtkWidget *widget,
               int       *width,
               int       *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (fixture->window));
  guchar *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  /* nothing to draw yet: the player is between two frame sizes */
  if (node == NULL)
    return NULL;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, *width * 4);
  return pixels;
}

/* How much of row Y the picture covers between X0 and X1 (0–255, the mean alpha), and
 * the colour it draws there: the darkest pixel's brightness (0–255), unpremultiplied,
 * so an edge row the picture only half covers shows the video's own colour. */
static int
row_coverage (const guchar *pixels,
              int           stride_px,
              int           y,
              int           x0,
              int           x1,
              int          *darkest)
{
  int alpha = 0;

  *darkest = 255;
  for (int x = x0; x < x1; x++)
    {
      /* GDK downloads as cairo does: B G R A, premultiplied */
      const guchar *p = pixels + ((gsize) y * stride_px + x) * 4;

      alpha += p[3];
      if (p[3] > 0)
        *darkest = MIN (*darkest, (p[0] + p[1] + p[2]) * 255 / (3 * p[3]));
    }
  return alpha / MAX (x1 - x0, 1);
}

/* The last row (from the bottom, STEP -1; from the top, STEP 1) the picture draws at
 * least half over, and its darkest colour. */
static int
edge_row (const guchar *pixels,
          int           width,
          int           height,
          int           step,
          int          *darkest)
{
  int x0 = width / 8, x1 = width - width / 8;

  for (int y = step < 0 ? height - 1 : 0; y >= 0 && y < height; y += step)
    if (row_coverage (pixels, width, y, x0, x1, darkest) >= 128)
      return y;
  g_error ("the picture draws nothing");
  return -1;
}

/* A rendered demonstration video, at every size the app shows it, fills its drawn
 * rectangle to the last row: no dark or empty line along the bottom (or the top).
 * The clip's floor is light, so a dark row can only be padding or a gap. */
static void
test_no_dark_bottom_row (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *height = data;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  GtkWidget *picture = find_child (GTK_WIDGET (fixture->view), GTK_TYPE_PICTURE);

  if (height == NULL)
    {
      path = g_build_filename (g_getenv ("STRIDE_CONTENT_DIR"), "videos", "glute_bridge.webm", NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_skip ("the demonstration videos are not rendered (-Drender_videos=false)");
          return;
        }
    }
  else
    {
      /* -Dvideo_height=480 makes 854×480 frames: not exactly 16:9, so a scaled frame's
       * height rounds (the case that showed a black row) */
      g_autofree char *arg = g_strconcat ("--height=", height, NULL);
      g_autofree char *animation = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data",
                                                     "animations", "glute_bridge.json", NULL);
      g_autofree char *name = g_strconcat ("glute_bridge-", height, ".webm", NULL);
      g_autoptr(GError) error = NULL;
      int status = 0;

      path = g_build_filename (tmp_dir, name, NULL);
      {
        const char *argv[] = { g_getenv ("STRIDE_RENDER_EXE"), arg, "-o", path, animation, NULL };

        g_assert_nonnull (argv[0]);
        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                                     NULL, &status, &error));
        g_assert_no_error (error);
        g_assert_true (g_spawn_check_wait_status (status, NULL));
      }
    }
  uri = g_filename_to_uri (path, NULL, NULL);
  stride_video_view_set_uri (fixture->view, uri);
  stride_test_wait_until (is_prepared, fixture->view);
  g_assert_no_error (stride_video_view_get_error (fixture->view));
  activate (fixture, "video.play-pause");
  stride_test_wait_until (picture_has_frame, fixture);

  for (guint i = 0; i < G_N_ELEMENTS (bottom_edge_sizes); i++)
    {
      const ViewSize *size = &bottom_edge_sizes[i];
      GdkPaintable *paintable;
      g_autofree guchar *pixels = NULL;
      int width, height, top, bottom, top_darkest, bottom_darkest;

      gtk_window_set_default_size (fixture->window, size->window_width, size->window_height);
      wait_for (G_USEC_PER_SEC / 5);
      stride_test_wait_until (frame_is_scaled, fixture);
      /* a frame or two at the new size */
      wait_for (G_USEC_PER_SEC / 3);

      paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
      for (guint tries = 0; tries < 50 && pixels == NULL; tries++)
        if ((pixels = render_widget (fixture, picture, &width, &height)) == NULL)
          wait_for (G_USEC_PER_SEC / 10);
      g_assert_nonnull (pixels);
      bottom = edge_row (pixels, width, height, -1, &bottom_darkest);
      top = edge_row (pixels, width, height, 1, &top_darkest);
      /* the picture shows the whole frame (not a sliver), and its edges are the
       * clip's light floor and wall, not a black line */
      g_assert_cmpint (bottom - top + 1, >=, height / 4);
      if (bottom_darkest < 120 || top_darkest < 120)
        g_error ("window %d×%d: the video (frame %d×%d in a %d×%d picture, rows %d to %d) has a dark "
                 "row along its %s edge (darkest %d)", size->window_width, size->window_height,
                 gdk_paintable_get_intrinsic_width (paintable),
                 gdk_paintable_get_intrinsic_height (paintable), width, height, top, bottom,
                 bottom_darkest < 120 ? "bottom" : "top", MIN (bottom_darkest, top_darkest));
    }
  activate (fixture, "video.play-pause");
  if (height != NULL)
    g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shared_app = stride_application_new ();
  g_application_set_flags (G_APPLICATION (shared_app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (shared_app), NULL, NULL))
    g_error ("Could not register the application");

  tmp_dir = g_dir_make_tmp ("stride-video-view-XXXXXX", &error);
  g_assert_no_error (error);
  clip_uri = make_clip ("clip.webm", NULL);
  if (clip_uri != NULL)
    two_sides_uri = make_clip ("two-sides.webm", "two-sides");

  g_test_add_func ("/stride/video-view/start-up-without-gstreamer", test_start_up_without_gstreamer);
  g_test_add_func ("/stride/video-view/internet-video-consent", test_internet_video_consent);
  g_test_add ("/stride/video-view/plays", Fixture, NULL, fixture_set_up, test_plays, fixture_tear_down);
  g_test_add ("/stride/video-view/controls", Fixture, NULL, fixture_set_up, test_controls, fixture_tear_down);
  g_test_add ("/stride/video-view/no-controls-no-tab-stop", Fixture, NULL, fixture_set_up, test_no_controls_no_tab_stop,
              fixture_tear_down);
  g_test_add ("/stride/video-view/loop-chapter", Fixture, NULL, fixture_set_up, test_loop_chapter, fixture_tear_down);
  g_test_add ("/stride/video-view/cut-short-length", Fixture, NULL, fixture_set_up, test_cut_short_length, fixture_tear_down);
  g_test_add ("/stride/video-view/error-in-place", Fixture, NULL, fixture_set_up, test_error_in_place, fixture_tear_down);
  g_test_add ("/stride/video-view/error-narrow", Fixture, NULL, fixture_set_up, test_error_narrow, fixture_tear_down);
  g_test_add ("/stride/video-view/second-side", Fixture, NULL, fixture_set_up, test_second_side, fixture_tear_down);
  g_test_add ("/stride/video-view/chapter-label-fits", Fixture, NULL, fixture_set_up, test_chapter_label_fits,
              fixture_tear_down);
  g_test_add ("/stride/video-view/camera-mirror", Fixture, NULL, fixture_set_up, test_camera_mirror, fixture_tear_down);
  g_test_add ("/stride/video-view/camera-missing", Fixture, NULL, fixture_set_up, test_camera_missing, fixture_tear_down);
  g_test_add ("/stride/video-view/no-dark-bottom-row/bundled", Fixture, NULL, fixture_set_up,
              test_no_dark_bottom_row, fixture_tear_down);
  g_test_add ("/stride/video-view/no-dark-bottom-row/480", Fixture, "480", fixture_set_up,
              test_no_dark_bottom_row, fixture_tear_down);
  g_test_add_func ("/stride/video-view/gtk-video", test_gtk_video);
  g_test_add_func ("/stride/video-view/sound-cues-settings", test_sound_cues_settings);

  status = g_test_run ();

  {
    g_autofree char *clip = g_build_filename (tmp_dir, "clip.webm", NULL);
    g_autofree char *two_sides = g_build_filename (tmp_dir, "two-sides.webm", NULL);

    g_unlink (clip);
    g_unlink (two_sides);
    g_rmdir (tmp_dir);
  }
  g_clear_object (&shared_app);
  return status;
}
