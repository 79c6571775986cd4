/* test-window.c — the main window on a (virtual) display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-launch.h"
#include "stride-page.h"
#include "stride-preferences-window.h"
#include "stride-routine-catalog.h"
#include "stride-routines-page.h"
#include "stride-window.h"
#include "stride-test-ui.h"

typedef struct
{
  StrideApplication *app;
  StrideWindow      *window;
} Fixture;

/* One application for the whole program: it can be registered on the bus only once. */
static StrideApplication *shared_app;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->app = shared_app;
  fixture->window = stride_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));

  for (GList *l = g_list_copy (windows); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_destroy (GTK_WINDOW (l->data));
  stride_test_drain_events ();
}

static gboolean
page_is_shown (gpointer data)
{
  StrideWindow *window = data;
  GtkWidget *page = stride_window_get_page (window, stride_window_get_visible_page_name (window));

  return page != NULL && gtk_widget_get_mapped (page);
}

/* Start-up: the window comes before its content has loaded (the first frame shows no
 * page yet), and a launch option given then still lands where it asked, once the content
 * is there. Runs first: every other test waits for the content. */
static void
test_launch_before_content (void)
{
  StrideWindow *window;
  GtkWidget *conditions;

  g_action_group_activate_action (G_ACTION_GROUP (shared_app), "launch",
                                  g_variant_new ("(ss)", "condition", "itb_syndrome"));
  g_application_activate (G_APPLICATION (shared_app));
  window = STRIDE_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (shared_app)));
  g_assert_nonnull (window);

  /* The content is picked up on the main loop: not yet. */
  g_assert_null (stride_window_get_page (window, "conditions"));
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "conditions");

  stride_test_wait_until (page_is_shown, window);
  conditions = stride_window_get_page (window, "conditions");
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "conditions");
  /* Opened at the condition: Back leads to the list. */
  g_assert_true (stride_page_get_can_go_back (STRIDE_PAGE (conditions)));
  g_assert_cmpstr (stride_page_get_title (STRIDE_PAGE (conditions)), ==,
                   stride_content_find_condition (stride_application_get_content (shared_app), "itb_syndrome")->name);

  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

static void
test_every_page (Fixture       *fixture,
                 gconstpointer  data)
{
  const char * const *names = stride_launch_page_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *page;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                                 "win.show-page", "s", names[i]));
      page = stride_window_get_page (fixture->window, names[i]);
      g_assert_nonnull (page);
      stride_test_wait_until (stride_test_widget_is_mapped, page);
      g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, names[i]);
      g_assert_nonnull (stride_page_get_title (STRIDE_PAGE (page)));
    }
}

static void
test_launch_action (Fixture       *fixture,
                    gconstpointer  data)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "launch",
                                  g_variant_new ("(ss)", "page", "progress"));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "progress");
}

static void
test_preferences_and_about (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWindow *preferences;
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = stride_test_find_window_of_type (GTK_APPLICATION (fixture->app), STRIDE_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  stride_test_wait_until (stride_test_widget_is_mapped, preferences);
  gtk_window_destroy (preferences);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  about = stride_test_find_window_of_type (GTK_APPLICATION (fixture->app), ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  stride_test_wait_until (stride_test_widget_is_mapped, about);
}

static void
test_dark_style_setting (Fixture       *fixture,
                         gconstpointer  data)
{
  GSettings *settings = stride_application_get_settings (fixture->app);
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_reset (settings, "color-scheme");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
window_is_narrow (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) <= 400;
}

static void
test_narrow_window_folds (Fixture       *fixture,
                          gconstpointer  data)
{
  const char * const *names = stride_launch_page_names ();

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  gtk_widget_queue_resize (GTK_WIDGET (fixture->window));
  stride_test_wait_until (window_is_narrow, fixture->window);

  /* Every page fits a phone-wide window; folded, Back leads to the list of sections. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *page = stride_window_get_page (fixture->window, names[i]);

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", names[i]);
      stride_test_wait_until (stride_test_widget_is_mapped, page);
      stride_test_drain_events ();
      g_test_message ("page %s: window %d px wide", names[i], gtk_widget_get_width (GTK_WIDGET (fixture->window)));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL));
      stride_test_drain_events ();
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
    }
}

static GtkListBox *
find_sidebar (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar"))
    return GTK_LIST_BOX (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = find_sidebar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkListBoxRow *
selected_sidebar_row (Fixture *fixture)
{
  GtkListBox *list = find_sidebar (GTK_WIDGET (fixture->window));

  g_assert_nonnull (list);
  return gtk_list_box_get_selected_row (list);
}

/* Tab walks the window the way the keyboard does; wherever it lands in the sidebar, the
 * highlighted section is the one shown (it once said Progress while Routines showed). */
static void
test_sidebar_tab_follows (Fixture       *fixture,
                          gconstpointer  data)
{
  guint rows_seen = 0;

  for (guint i = 0; i < 40; i++)
    {
      GtkWidget *focus;
      GtkListBoxRow *row;

      gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD);
      stride_test_drain_events ();
      focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
      row = selected_sidebar_row (fixture);
      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), ==,
                       stride_window_get_visible_page_name (fixture->window));
      if (GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (find_sidebar (GTK_WIDGET (fixture->window))))
        {
          rows_seen++;
          g_assert_true (GTK_LIST_BOX_ROW (focus) == row);
        }
    }
  g_assert_cmpuint (rows_seen, >=, 2);
}

static gboolean
is_back_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.go-back") == 0;
}

/* Shift+Tab as a key press reaches FOCUS: the key controllers of FOCUS and its
 * ancestors see it first (capture phase), else the window moves the focus back. */
static void
press_shift_tab (GtkWindow *window,
                 GtkWidget *focus)
{
  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          gboolean handled = FALSE;

          if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
            continue;
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_ISO_Left_Tab, 0, GDK_SHIFT_MASK, &handled);
          if (handled)
            return;
        }
    }
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
}

/* Shift+Tab from the header's Back button on a page opened at an item (a condition, a
 * routine, a muscle) moves into the sidebar, onto the section shown, and leaves the page
 * where it was: the keyboard user must not lose their place (it switched to Anatomy). */
static void
test_sidebar_shift_tab_keeps_page (Fixture       *fixture,
                                   gconstpointer  data)
{
  static const struct { const char *page, *kind, *id; } places[] = {
    { "conditions", "condition", "itb_syndrome" },
    { "routines", "routine-page", "hip_strength_routine" },
    { "anatomy", "structure", "gluteus_medius" },
    { "self-test", "sequence", "full" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      GtkWidget *page, *back, *focus;
      GtkListBoxRow *row;

      g_test_message ("%s: %s %s", places[i].page, places[i].kind, places[i].id);
      g_assert_true (stride_window_open (fixture->window, places[i].page, places[i].kind, places[i].id));
      page = stride_window_get_page (fixture->window, places[i].page);
      stride_test_wait_until (stride_test_widget_is_mapped, page);
      stride_test_wait_for_frames (page, 2);
      g_assert_true (stride_page_get_can_go_back (STRIDE_PAGE (page)));
      back = stride_test_find_first (GTK_WIDGET (fixture->window), STRIDE_TEST_FIND_MAPPED, is_back_button, NULL);
      g_assert_nonnull (back);
      g_assert_true (gtk_widget_grab_focus (back));

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_BACKWARD));
      stride_test_wait_for_frames (page, 2);
      focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
      row = selected_sidebar_row (fixture);
      g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, places[i].page);
      g_assert_true (stride_page_get_can_go_back (STRIDE_PAGE (page)));
      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), ==, places[i].page);
      g_assert_true (focus == GTK_WIDGET (row));

      /* On out of the sidebar: past the other sections, not through them. */
      press_shift_tab (GTK_WINDOW (fixture->window), focus);
      stride_test_wait_for_frames (page, 2);
      focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
      g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, places[i].page);
      g_assert_true (stride_page_get_can_go_back (STRIDE_PAGE (page)));
      g_assert_false (gtk_widget_is_ancestor (focus, GTK_WIDGET (find_sidebar (GTK_WIDGET (fixture->window)))));
    }
}

/* The status pages show the section icons at 128 px: there must be a 128 px rendition,
 * not the 16 px one blown up (the empty Progress page's icon was blurry). */
static void
test_big_icons_are_sharp (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  const char * const *names = stride_launch_page_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *icon_name = g_strdup_printf ("stride-%s-symbolic", names[i]);
      g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, icon_name, NULL, 128, 1,
                                                                     GTK_TEXT_DIR_NONE, 0);
      g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
      g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

      g_test_message ("%s at 128 px: %s", icon_name, uri);
      g_assert_nonnull (uri);
      g_assert_nonnull (strstr (uri, "/128x128/"));
    }
}

/* About shows the app's own icon: run from the build folder as installed, the icon theme
 * finds it (it showed the "broken image" icon uninstalled). */
static void
test_app_icon_found (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  g_assert_nonnull (stride_test_find_window_of_type (GTK_APPLICATION (fixture->app), ADW_TYPE_ABOUT_WINDOW));
  icon = gtk_icon_theme_lookup_icon (theme, APP_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  name = file != NULL ? g_file_get_basename (file) : NULL;
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  g_assert_cmpstr (name, ==, APP_ID ".svg");
}

/* A list row titled TITLE somewhere under WIDGET. */
static GtkWidget *
find_row_titled (GtkWidget  *widget,
                 const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_titled (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
go_back (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL));
  stride_test_drain_events ();
}

/* The symptom checker's "Suggested routine" (symptoms.open-routine, which asks the window
 * through win.open) opens the routine's page on the Routines page; Back returns to the
 * symptom checker, and the Routines page is left at its list for the next visit. */
static void
test_open_action_back_returns (Fixture       *fixture,
                               gconstpointer  data)
{
  StrideContent *content = stride_context_get_content (stride_application_get_context (fixture->app));
  const StrideCondition *condition = stride_content_find_condition (content, "trochanteric_bursitis");
  GtkWidget *symptoms, *routines;

  g_assert_nonnull (condition);
  g_assert_nonnull (condition->routine);
  stride_window_show_page (fixture->window, "symptoms");
  symptoms = stride_window_get_page (fixture->window, "symptoms");
  stride_test_wait_until (stride_test_widget_is_mapped, symptoms);

  g_assert_true (gtk_widget_activate_action (symptoms, "symptoms.open-routine", "(ss)", condition->routine, "left"));
  stride_test_drain_events ();
  routines = stride_window_get_page (fixture->window, "routines");
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "routines");
  g_assert_true (stride_page_get_can_go_back (STRIDE_PAGE (routines)));

  /* The routine's page, not a session under way: Back leaves at once */
  g_assert_cmpstr (stride_routines_page_get_view (STRIDE_ROUTINES_PAGE (routines)), ==, "routine");
  go_back (fixture);
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "symptoms");
  g_assert_false (stride_page_get_can_go_back (STRIDE_PAGE (routines)));
}

/* Routines → the guided self-test row → Self-Test: Back returns to Routines. */
static void
test_routines_self_test_back (Fixture       *fixture,
                              gconstpointer  data)
{
  const StrideRoutine *assessment = stride_routine_catalog_find_assessment (stride_application_get_context (fixture->app));
  GtkWidget *routines, *row;

  g_assert_nonnull (assessment);
  stride_window_show_page (fixture->window, "routines");
  routines = stride_window_get_page (fixture->window, "routines");
  stride_test_wait_until (stride_test_widget_is_mapped, routines);
  row = find_row_titled (routines, assessment->name);
  g_assert_nonnull (row);

  /* As Enter or a click would. */
  g_assert_true (gtk_widget_activate (row));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "self-test");

  go_back (fixture);
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "routines");

  /* Chosen from the sidebar, the page's Back is its own again: it no longer leads to
   * Routines. (The list is made anew when shown: the row too.) */
  row = find_row_titled (routines, assessment->name);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  stride_test_drain_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "self-test"));
  stride_test_drain_events ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "self-test");
}

/* Ctrl+? shows the keyboard shortcuts; the shortcuts window is built when first asked
 * for, not with every main window (start-up). */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (fixture->window);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                 "win.show-help-overlay");
  GtkShortcutsWindow *overlay;

  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>question");
  g_assert_null (gtk_application_window_get_help_overlay (window));

  GLogLevelFlags fatal;

  /* GTK 4.8's own shortcuts window warns, as it is measured, that a label of its is -4
   * wide (a plain GtkShortcutsWindow does it too): not a failure of Stride's. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (window);
  g_assert_nonnull (overlay);
  stride_test_wait_until (stride_test_widget_is_mapped, overlay);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  /* Closed and asked for again: the same window comes back. */
  gtk_window_close (GTK_WINDOW (overlay));
  stride_test_drain_events ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (gtk_application_window_get_help_overlay (window) == overlay);
  stride_test_wait_until (stride_test_widget_is_mapped, overlay);
  gtk_window_close (GTK_WINDOW (overlay));
  stride_test_drain_events ();
  g_log_set_always_fatal (fatal);
}

static void
count_change_cb (GSettings  *settings,
                 const char *key,
                 guint      *changes)
{
  (*changes)++;
}

/* Opening the window reads its size from the settings and writes nothing back (each
 * write is a file replaced and synced before the first frame); a resize is kept. */
static void
test_window_state_saved_on_change (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StrideWindow *window;
  guint changes = 0;
  int width, height;

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);
  g_signal_connect (settings, "changed", G_CALLBACK (count_change_cb), &changes);

  window = stride_window_new (shared_app);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  stride_test_drain_events ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  g_assert_cmpuint (changes, ==, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shared_app = stride_test_register_app ();

  g_test_add_func ("/stride/window/launch-before-content", test_launch_before_content);
  g_test_add ("/stride/window/every-page", Fixture, NULL, fixture_set_up, test_every_page, fixture_tear_down);
  g_test_add ("/stride/window/launch-action", Fixture, NULL, fixture_set_up, test_launch_action, fixture_tear_down);
  g_test_add ("/stride/window/preferences-and-about", Fixture, NULL, fixture_set_up, test_preferences_and_about, fixture_tear_down);
  g_test_add ("/stride/window/dark-style-setting", Fixture, NULL, fixture_set_up, test_dark_style_setting, fixture_tear_down);
  g_test_add ("/stride/window/sidebar-tab-follows", Fixture, NULL, fixture_set_up, test_sidebar_tab_follows, fixture_tear_down);
  g_test_add ("/stride/window/sidebar-shift-tab-keeps-page", Fixture, NULL, fixture_set_up, test_sidebar_shift_tab_keeps_page, fixture_tear_down);
  g_test_add ("/stride/window/big-icons-are-sharp", Fixture, NULL, fixture_set_up, test_big_icons_are_sharp, fixture_tear_down);
  g_test_add ("/stride/window/app-icon-found", Fixture, NULL, fixture_set_up, test_app_icon_found, fixture_tear_down);
  g_test_add ("/stride/window/open-action-back-returns", Fixture, NULL, fixture_set_up, test_open_action_back_returns, fixture_tear_down);
  g_test_add ("/stride/window/routines-self-test-back", Fixture, NULL, fixture_set_up, test_routines_self_test_back, fixture_tear_down);
  g_test_add ("/stride/window/shortcuts-window", Fixture, NULL, fixture_set_up, test_shortcuts_window, fixture_tear_down);
  g_test_add_func ("/stride/window/window-state-saved-on-change", test_window_state_saved_on_change);
  g_test_add ("/stride/window/narrow-window-folds", Fixture, NULL, fixture_set_up, test_narrow_window_folds, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&shared_app);
  return status;
}
