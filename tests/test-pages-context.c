/* test-pages-context.c — every page built from a context alone, with no application
 *
 * Each page gets all it shows from the "context" it is made with: here a tiny pack
 * (tests/packs/reading) and a history in a private directory. No StrideApplication exists
 * in this program, so a page that still reached for a global (the application's content,
 * a default history) would show nothing or fail.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "stride-anatomy-page.h"
#include "stride-conditions-page.h"
#include "stride-preferences-window.h"
#include "stride-progress-page.h"
#include "stride-routines-page.h"
#include "stride-self-test-page.h"
#include "stride-symptoms-page.h"
#include "stride-test-ui.h"

typedef struct
{
  StrideContext *context;
  GtkWindow     *window;
  StridePage    *page;
} Fixture;

typedef GtkWidget *(*PageNew) (StrideContext *context);

static char *data_dir;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *pack = g_test_build_filename (G_TEST_DIST, "packs", "reading", NULL);
  PageNew page_new = (PageNew) data;

  fixture->context = stride_test_context_new (pack);
  fixture->page = STRIDE_PAGE (page_new (fixture->context));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->page);

  g_assert_null (g_application_get_default ());
  g_assert_true (stride_page_get_context (fixture->page) == fixture->context);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  stride_test_drain_events ();
  g_clear_object (&fixture->context);
}

static gboolean
shows_label (Fixture    *fixture,
             const char *text)
{
  return stride_test_find_first (GTK_WIDGET (fixture->window), STRIDE_TEST_FIND_SHOWN,
                                 stride_test_is_label_with_text, text) != NULL;
}

/* The pack's three structures are the map's regions; one outside the pack is not. */
static void
test_anatomy (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_true (stride_page_open (fixture->page, "structure", "iliopsoas"));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_anatomy_page_get_structure (STRIDE_ANATOMY_PAGE (fixture->page)), ==, "iliopsoas");
  g_assert_false (stride_page_open (fixture->page, "structure", "piriformis"));
}

static void
test_conditions (Fixture       *fixture,
                 gconstpointer  data)
{
  g_assert_true (stride_page_open (fixture->page, "condition", "trochanteric_bursitis"));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_conditions_page_get_condition (STRIDE_CONDITIONS_PAGE (fixture->page)), ==,
                   "trochanteric_bursitis");
  g_assert_false (stride_page_open (fixture->page, "condition", "itb_syndrome"));
}

/* Start makes the interview from the context's pack, which has questions. */
static void
test_symptoms (Fixture       *fixture,
               gconstpointer  data)
{
  StrideSymptomsPage *page = STRIDE_SYMPTOMS_PAGE (fixture->page);

  g_assert_null (stride_symptoms_page_get_interview (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "symptoms.start", NULL));
  stride_test_drain_events ();
  g_assert_nonnull (stride_symptoms_page_get_interview (page));
  g_assert_cmpstr (stride_symptoms_page_get_step (page), !=, "start");
}

/* The tiny pack has no self-tests: the page says so instead of offering Start. */
static void
test_self_test (Fixture       *fixture,
                gconstpointer  data)
{
  g_assert_true (shows_label (fixture, "The self-tests could not be loaded from Stride's content. "
                                       "Reinstalling Stride should bring them back."));
}

/* No routine in the pack and none of the user's: the list is what is shown. */
static void
test_routines (Fixture       *fixture,
               gconstpointer  data)
{
  g_assert_cmpstr (stride_routines_page_get_view (STRIDE_ROUTINES_PAGE (fixture->page)), ==, "list");
  g_assert_false (stride_page_open (fixture->page, "routine", "hip_strength_basics"));
}

/* An empty history in the private data directory: the empty state explains. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *status = stride_test_find_first (GTK_WIDGET (fixture->window), STRIDE_TEST_FIND_SHOWN,
                                              stride_test_is_of_type, GSIZE_TO_POINTER (ADW_TYPE_STATUS_PAGE));

  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), !=, "");
}

/* The row of Preferences titled TITLE, or NULL */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  g_autoptr(GPtrArray) rows = stride_test_find_all (root, STRIDE_TEST_FIND_SHOWN, stride_test_is_of_type,
                                                    GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static gboolean
is_forget_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Forget") == 0;
}

static gboolean
row_shows (GtkWidget  *root,
           const char *title,
           const char *value)
{
  GtkWidget *row = find_row (root, title);

  g_assert_nonnull (row);
  return stride_test_find_first (row, STRIDE_TEST_FIND_SHOWN, stride_test_is_label_with_text, value) != NULL;
}

/* One session today, ended early with 2 of its 6 sets done: Progress lists it, and counts
 * it nowhere (this week's count said 1 beside a streak of 0 and an empty calendar); the
 * page says the rule. (After test_progress: this history is no longer empty.) */
static void
test_progress_ended_early (void)
{
  g_autofree char *pack = g_test_build_filename (G_TEST_DIST, "packs", "reading", NULL);
  g_autoptr(StrideContext) context = stride_test_context_new (pack);
  g_autoptr(JsonObject) session = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page;

  json_object_set_string_member (session, "routine", "hip_stretch_routine");
  json_object_set_string_member (session, "routine_name", "Hip stretch routine");
  json_object_set_boolean_member (session, "completed", FALSE);
  json_object_set_boolean_member (session, "ended_early", TRUE);
  json_object_set_int_member (session, "sets_done", 2);
  json_object_set_int_member (session, "sets_planned", 6);
  g_assert_nonnull (stride_history_append (stride_context_get_history (context), STRIDE_HISTORY_SESSION, now, session, NULL));

  page = stride_progress_page_new (context);
  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  stride_test_wait_until (stride_test_widget_is_mapped, page);
  stride_test_wait_for_frames (page, 2);

  g_assert_true (row_shows (page, "Sessions this week", "0"));
  g_assert_true (row_shows (page, "Current streak", "0 days"));
  g_assert_nonnull (stride_test_find_first (page, STRIDE_TEST_FIND_SHOWN, stride_test_is_label_with_text,
                                            "Only sessions with at least half their sets done count, here and in the charts below."));
  gtk_window_destroy (window);
  stride_test_drain_events ();
}

/* A session whose record has no routine name (an older one, or its routine since gone):
 * Recent Sessions names it "A routine", as the calendar does, never by its id. */
static void
test_progress_unnamed_routine (void)
{
  g_autofree char *pack = g_test_build_filename (G_TEST_DIST, "packs", "reading", NULL);
  g_autoptr(StrideContext) context = stride_test_context_new (pack);
  g_autoptr(JsonObject) session = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page;

  json_object_set_string_member (session, "routine", "user-7f3a9c");
  json_object_set_boolean_member (session, "completed", TRUE);
  json_object_set_int_member (session, "sets_done", 6);
  json_object_set_int_member (session, "sets_planned", 6);
  g_assert_nonnull (stride_history_append (stride_context_get_history (context), STRIDE_HISTORY_SESSION, now, session, NULL));

  page = stride_progress_page_new (context);
  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  stride_test_wait_until (stride_test_widget_is_mapped, page);
  stride_test_wait_for_frames (page, 2);

  g_assert_nonnull (find_row (page, "A routine"));
  g_assert_null (find_row (page, "user-7f3a9c"));
  gtk_window_destroy (window);
  stride_test_drain_events ();
}

/* A pack allowed to play internet videos can be forgotten in Preferences (so Stride asks
 * again), with Undo; a pack no longer installed is listed by its id; with none allowed the
 * group is not shown. */
static void
test_preferences_internet_videos (void)
{
  g_autofree char *pack = g_test_build_filename (G_TEST_DIST, "packs", "reading", NULL);
  g_autoptr(StrideContext) context = stride_test_context_new (pack);
  GSettings *settings = stride_context_get_settings (context);
  const char * const both[] = { "reading_test", "gone_pack", NULL };
  g_auto(GStrv) allowed = NULL;
  StridePreferencesWindow *window;
  GtkWidget *row, *group_title;

  g_settings_set_strv (settings, "internet-video-packs", both);
  window = stride_preferences_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);

  row = find_row (GTK_WIDGET (window), "Reading pages test pack");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Plays its videos from the internet without asking");
  g_assert_nonnull (find_row (GTK_WIDGET (window), "gone_pack"));

  /* Forget: the setting loses the pack, the row goes, Undo brings both back. */
  g_signal_emit_by_name (stride_test_find_first (row, STRIDE_TEST_FIND_SHOWN, is_forget_button, NULL), "clicked");
  stride_test_drain_events ();
  allowed = g_settings_get_strv (settings, "internet-video-packs");
  g_assert_cmpstrv (allowed, ((const char * const[]) { "gone_pack", NULL }));
  g_assert_null (find_row (GTK_WIDGET (window), "Reading pages test pack"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "internet.allow", "s", "reading_test"));
  stride_test_drain_events ();
  g_clear_pointer (&allowed, g_strfreev);
  allowed = g_settings_get_strv (settings, "internet-video-packs");
  g_assert_cmpstrv (allowed, ((const char * const[]) { "gone_pack", "reading_test", NULL }));
  g_assert_nonnull (find_row (GTK_WIDGET (window), "Reading pages test pack"));

  /* None allowed: nothing to forget, no group. */
  g_settings_reset (settings, "internet-video-packs");
  stride_test_drain_events ();
  group_title = stride_test_find_first (GTK_WIDGET (window), STRIDE_TEST_FIND_SHOWN,
                                        stride_test_is_label_with_text, (gpointer) "Videos From the Internet");
  g_assert_null (group_title);

  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GTK starts: GLib keeps the first user data directory it is asked for. */
  data_dir = stride_test_use_private_data_dir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/stride/pages-context/anatomy", Fixture, stride_anatomy_page_new, fixture_set_up, test_anatomy, fixture_tear_down);
  g_test_add ("/stride/pages-context/conditions", Fixture, stride_conditions_page_new, fixture_set_up, test_conditions, fixture_tear_down);
  g_test_add ("/stride/pages-context/symptoms", Fixture, stride_symptoms_page_new, fixture_set_up, test_symptoms, fixture_tear_down);
  g_test_add ("/stride/pages-context/self-test", Fixture, stride_self_test_page_new, fixture_set_up, test_self_test, fixture_tear_down);
  g_test_add ("/stride/pages-context/routines", Fixture, stride_routines_page_new, fixture_set_up, test_routines, fixture_tear_down);
  g_test_add ("/stride/pages-context/progress", Fixture, stride_progress_page_new, fixture_set_up, test_progress, fixture_tear_down);
  g_test_add_func ("/stride/pages-context/progress-ended-early", test_progress_ended_early);
  g_test_add_func ("/stride/pages-context/progress-unnamed-routine", test_progress_unnamed_routine);

  g_test_add_func ("/stride/pages-context/preferences-internet-videos", test_preferences_internet_videos);

  status = g_test_run ();
  stride_test_remove_tree (data_dir);
  g_free (data_dir);
  return status;
}
