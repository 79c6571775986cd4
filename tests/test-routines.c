/* test-routines.c — the Routines and Progress pages on a (virtual) display
 *
 * A short routine is played to its end with a fake clock, rated, and then found in
 * Progress. The user data lives in a private folder made for this run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>

#include "stride-application.h"
#include "stride-chart.h"
#include "stride-chart-row.h"
#include "stride-dose-row.h"
#include "stride-history.h"
#include "stride-json-document.h"
#include "stride-page.h"
#include "stride-progress-page.h"
#include "stride-progress-stats.h"
#include "stride-routine-catalog.h"
#include "stride-routine-editor.h"
#include "stride-preferences-window.h"
#include "stride-report.h"
#include "stride-routine-store.h"
#include "stride-routines-page.h"
#include "stride-session-rating.h"
#include "stride-self-test-page.h"
#include "stride-widget-util.h"
#include "stride-window.h"
#include "stride-test-ui.h"

typedef struct
{
  StrideApplication *app;
  StrideWindow      *window;
} Fixture;

static void collect_type (GtkWidget *widget, GType type, GPtrArray *found);

static StrideApplication *shared_app;
static char *data_dir;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->app = shared_app;
  fixture->window = stride_window_new (fixture->app);
  /* STRIDE_TEST_WIDTH and STRIDE_TEST_DARK: look at the screenshots narrow and dark */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window),
                               g_getenv ("STRIDE_TEST_WIDTH") != NULL ? atoi (g_getenv ("STRIDE_TEST_WIDTH")) : 1280, 800);
  if (g_getenv ("STRIDE_TEST_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
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

/* A preferences row titled TITLE somewhere under WIDGET */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
make_routine (const char *name,
              guint       hold_s)
{
  g_autoptr(GError) error = NULL;
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  StrideDose dose = { 1, 0, hold_s, 0, STRIDE_SIDES_EACH, 0 };
  char *id = stride_routine_store_create (store, name, &error);

  g_assert_no_error (error);
  g_assert_true (stride_routine_store_add_exercise (store, id, "glute_stretch", &dose, &error));
  g_assert_no_error (error);
  return id;
}

static gboolean
widget_has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Answers the player's "End This Session?" with RESPONSE ("end" or "keep"). */
static void
answer_end (StrideRoutinePlayer *player,
            const char          *response)
{
  GtkWidget *dialog = stride_routine_player_get_end_dialog (player);

  g_assert_nonnull (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (stride_routine_player_get_end_dialog (player));
}

static StrideHistoryEntry *
find_session (const char *id)
{
  return stride_history_find (stride_context_get_history (stride_test_app_context ()), id);
}

static GtkWidget *
find_pain_scale (GtkWidget *widget)
{
  if (GTK_IS_SCALE (widget) && gtk_adjustment_get_upper (gtk_range_get_adjustment (GTK_RANGE (widget))) == 10)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_pain_scale (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Advances the fake clock a second at a time until the runner waits for a rating or is done */
static void
run_until_rating (StrideClock         *clock,
                  StrideRoutineRunner *runner)
{
  for (guint i = 0; i < 600; i++)
    {
      stride_clock_advance (clock, G_USEC_PER_SEC);
      if (stride_routine_runner_get_paused (runner) || stride_routine_runner_get_phase (runner) == STRIDE_PHASE_DONE)
        return;
    }
  g_assert_not_reached ();
}

static gint64
next_sets (JsonObject *session,
           const char *exercise)
{
  gint64 sets = -1;

  g_assert_true (stride_json_get_int (stride_json_get_object (stride_json_get_object (session, "next_dose"), exercise),
                                      "sets", &sets));
  return sets;
}

/* "Rate each exercise": the routine waits after each exercise for its rating, and each
 * exercise's next dose follows its own rating */
static void
test_rate_each_exercise (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *routine = NULL;
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  StrideDose dose = { 2, 0, 2, 0, STRIDE_SIDES_EACH, 0 };
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideRoutineRunner *runner;
  GtkRange *pain;
  JsonObject *session;

  g_settings_set_boolean (settings, "rate-each-exercise", TRUE);
  routine = stride_routine_store_create (store, "Rated one by one", &error);
  g_assert_no_error (error);
  g_assert_true (stride_routine_store_add_exercise (store, routine, "glute_stretch", &dose, &error));
  g_assert_true (stride_routine_store_add_exercise (store, routine, "adductor_stretch", &dose, &error));
  g_assert_no_error (error);

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  runner = stride_routine_player_get_runner (player);
  pain = GTK_RANGE (find_pain_scale (GTK_WIDGET (player)));
  g_assert_nonnull (pain);

  /* After the first exercise: it waits, and time does not run on */
  run_until_rating (clock, runner);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), !=, STRIDE_PHASE_DONE);
  g_assert_cmpint (stride_routine_runner_get_item (runner), ==, 1);
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-rate-exercise");
  gtk_range_set_value (pain, 7);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  g_assert_false (stride_routine_runner_get_paused (runner));

  /* The last exercise is rated at the end, afresh: the first one's 7 is not its answer */
  run_until_rating (clock, runner);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_nonnull (stride_test_find_first (GTK_WIDGET (player), STRIDE_TEST_FIND_SHOWN, stride_test_is_label_with_text,
                                            "Not rated"));
  g_assert_cmpfloat (gtk_range_get_value (pain), ==, 0);
  gtk_range_set_value (pain, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));

  session = stride_history_entry_get_data (find_session (stride_routine_player_get_session_id (player)));
  /* Pain 7 steps the first back (2 → 1 set); pain 1, about right, holds the second */
  g_assert_cmpint (next_sets (session, "glute_stretch"), ==, 1);
  g_assert_cmpint (next_sets (session, "adductor_stretch"), ==, 2);
  g_assert_nonnull (stride_json_get_object (stride_json_get_object (session, "ratings"), "glute_stretch"));
  {
    gint64 worst = -1;

    g_assert_true (stride_json_get_int (session, "pain", &worst));
    g_assert_cmpint (worst, ==, 7);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
  g_settings_reset (settings, "rate-each-exercise");
}

typedef struct
{
  GtkWidget *player;
  GtkWidget *window;
} InSight;

/* The player is compact and its pause button lies wholly inside the window */
static gboolean
controls_in_sight (gpointer data)
{
  InSight *in_sight = data;
  GtkWidget *pause = NULL;
  graphene_rect_t bounds;

  if (!stride_routine_player_get_compact (STRIDE_ROUTINE_PLAYER (in_sight->player)))
    return FALSE;
  for (GtkWidget *w = in_sight->player; w != NULL && pause == NULL;)
    {
      /* the suggested-action circular button is the pause button */
      if (GTK_IS_BUTTON (w) && gtk_widget_has_css_class (w, "stride-player-main-button"))
        pause = w;
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != in_sight->player && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == in_sight->player) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (pause);
  if (!gtk_widget_compute_bounds (pause, in_sight->window, &bounds))
    return FALSE;
  return bounds.origin.y + bounds.size.height <= gtk_widget_get_height (in_sight->window) &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (in_sight->window);
}

/* On a phone-sized window (360×700) the timer and the pause/skip/back buttons are in
 * sight without scrolling */
static void
test_compact_player (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Small screen stretch", 30);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  InSight in_sight = { GTK_WIDGET (player), GTK_WIDGET (fixture->window) };

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  stride_clock_advance (clock, 6 * G_USEC_PER_SEC);
  stride_test_wait_until (controls_in_sight, &in_sight);
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-compact");
  /* Every view of the Routines page fits a 360 px phone, so the window is not forced wider */
  {
    int min_width = 0;

    gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
    g_assert_cmpint (min_width, <=, 360);
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (player)), <=, 360);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.end", NULL));
}

/* A rep-counted exercise on a phone (360×700): the rep count sits beside the timer, so the
 * controls stay in sight (under the timer it pushed them below the window) and nothing is
 * wider than the window, in English or in longer words. */
static void
test_compact_player_reps (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  StrideDose dose = { 2, 12, 0, 30, STRIDE_SIDES_EACH, 3 };
  g_autofree char *routine = stride_routine_store_create (store, "Small screen clamshells", &error);
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  InSight in_sight = { GTK_WIDGET (player), GTK_WIDGET (fixture->window) };
  GtkWidget *rep = NULL;
  GtkWidget *timer;
  graphene_rect_t rep_bounds, timer_bounds;
  int min_width = 0;

  g_assert_no_error (error);
  g_assert_true (stride_routine_store_add_exercise (store, routine, "clamshell", &dose, &error));
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  /* past the count-in: the first rep */
  stride_clock_advance (clock, 6 * G_USEC_PER_SEC);
  stride_test_wait_until (controls_in_sight, &in_sight);
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-compact-reps");

  rep = find_label (GTK_WIDGET (player), "Rep 1 of 12");
  g_assert_nonnull (rep);
  g_assert_true (gtk_widget_get_mapped (rep));
  timer = gtk_widget_get_prev_sibling (rep);
  g_assert_true (gtk_widget_compute_bounds (rep, GTK_WIDGET (player), &rep_bounds));
  g_assert_true (gtk_widget_compute_bounds (timer, GTK_WIDGET (player), &timer_bounds));
  /* beside the timer, not under it */
  g_assert_cmpfloat (rep_bounds.origin.x, >=, timer_bounds.origin.x + timer_bounds.size.width);
  g_assert_cmpfloat (rep_bounds.origin.y, <, timer_bounds.origin.y + timer_bounds.size.height);

  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.end", NULL));
}

/* Saved symptom checks are listed in Progress (level, best fit) and are in the JSON export */
static void
test_progress_symptom_checks (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) exported = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;
  GtkWidget *progress;
  GtkWidget *row;
  JsonArray *checks;
  gboolean found = FALSE;

  g_assert_true (json_parser_load_from_data (parser,
    "{\"answers\": {}, \"result\": {\"triage\": {\"level\": \"soon\", \"reasons\": []},"
    " \"conditions\": [{\"id\": \"trochanteric_bursitis\", \"probability\": 0.62}]}}", -1, NULL));
  entry = stride_history_append (stride_context_get_history (stride_test_app_context ()), STRIDE_HISTORY_SYMPTOM_CHECK, NULL,
                                 json_node_get_object (json_parser_get_root (parser)), &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "progress");
  progress = stride_window_get_page (fixture->window, "progress");
  stride_test_wait_until (stride_test_widget_is_mapped, progress);
  row = find_row (progress, "Book a GP or physiotherapist appointment soon");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "62%"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "progress-symptom-checks");

  bytes = stride_progress_page_export_json (stride_test_app_context ());
  g_assert_true (json_parser_load_from_data (exported, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  checks = json_object_get_array_member (json_node_get_object (json_parser_get_root (exported)), "symptom_checks");
  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonObject *check = json_array_get_object_element (checks, i);

      if (g_strcmp0 (json_object_get_string_member (check, "id"), stride_history_entry_get_id (entry)) == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (check, "condition"), ==, "trochanteric_bursitis");
          g_assert_cmpstr (json_object_get_string_member (check, "level"), ==, "soon");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

/* The history cannot be written when a session ends (a full disk, simulated with a file
 * size limit the big history is over and the small pending file is under): the session is
 * kept pending, and the rating's retry puts it in the history once, under the same id */
static void
test_session_kept_pending (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Full disk stretch", 2);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  g_autoptr(JsonObject) big = json_object_new ();
  g_autofree char *filler = g_strnfill (64 * 1024, 'x');
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  g_autofree char *pending_path = stride_history_get_pending_path (history);
  g_autoptr(StrideHistory) reopened = NULL;
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideHistoryEntry *filler_entry;
  StrideRoutineRunner *runner;
  g_autofree char *id = NULL;
  struct rlimit saved, limited;
  void (*saved_handler) (int);
  g_autoptr(GPtrArray) list = NULL;
  guint count = 0;

  json_object_set_string_member (big, "notes", filler);
  filler_entry = stride_history_append (history, STRIDE_HISTORY_CHECK_IN, NULL, big, NULL);
  g_assert_nonnull (filler_entry);

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  runner = stride_routine_player_get_runner (player);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 32 * 1024;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  stride_clock_advance (clock, 60 * G_USEC_PER_SEC);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  id = g_strdup (stride_routine_player_get_session_id (player));
  g_assert_nonnull (id);
  g_assert_null (stride_history_find (history, id));
  g_assert_true (g_file_test (pending_path, G_FILE_TEST_EXISTS));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-kept-pending");

  /* Retry with the rating: in the history under the same id, nothing pending */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  g_assert_nonnull (stride_history_find (history, id));
  g_assert_false (g_file_test (pending_path, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));

  reopened = stride_history_new (stride_history_get_path (history));
  list = stride_history_list (reopened, STRIDE_HISTORY_ANY, NULL, NULL);
  for (guint i = 0; i < list->len; i++)
    count += g_strcmp0 (stride_history_entry_get_id (g_ptr_array_index (list, i)), id) == 0;
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (stride_history_remove (history, stride_history_entry_get_id (filler_entry), NULL));
}

static void
test_play_to_end (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Quick test stretch", 3);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideRoutineRunner *runner;
  StrideHistoryEntry *session;
  g_autofree char *session_id = NULL;
  GtkWidget *progress;

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "player");
  runner = stride_routine_player_get_runner (player);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_GET_READY);
  g_assert_true (stride_page_get_can_go_back (STRIDE_PAGE (page)));

  /* Space pauses and resumes; time does not run while paused */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle-pause", NULL));
  stride_clock_advance (clock, 60 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_GET_READY);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle-pause", NULL));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-get-ready");

  /* Get ready 5 s, left 3 s, switch 5 s, right 3 s */
  stride_clock_advance (clock, 5 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_LEFT);
  stride_clock_advance (clock, 1 * G_USEC_PER_SEC);
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-work");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.fullscreen", NULL));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (player), "stride-player-fullscreen"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-fullscreen");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.fullscreen", NULL));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (player), "stride-player-fullscreen"));
  stride_clock_advance (clock, 10 * G_USEC_PER_SEC);
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-rate");
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_true (stride_routine_runner_get_completed (runner));

  /* Saved the moment it ended, before any rating */
  session_id = g_strdup (stride_routine_player_get_session_id (player));
  g_assert_nonnull (session_id);
  session = find_session (session_id);
  g_assert_true (json_object_get_boolean_member (stride_history_entry_get_data (session), "completed"));
  g_assert_false (json_object_has_member (stride_history_entry_get_data (session), "pain"));

  gtk_range_set_value (GTK_RANGE (find_pain_scale (GTK_WIDGET (player))), 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  session = find_session (session_id);
  g_assert_cmpint (json_object_get_int_member (stride_history_entry_get_data (session), "pain"), ==, 3);
  g_assert_nonnull (stride_json_get_object (stride_json_get_object (stride_history_entry_get_data (session), "next_dose"),
                                            "glute_stretch"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");

  /* …and it is in Progress */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "progress");
  progress = stride_window_get_page (fixture->window, "progress");
  stride_test_wait_until (stride_test_widget_is_mapped, progress);
  g_assert_nonnull (find_row (progress, "Quick test stretch"));
  g_assert_nonnull (find_row (progress, "Current streak"));
  /* The calendar says, day by day, what was done: today has the routine just played */
  {
    g_autoptr(GPtrArray) charts = g_ptr_array_new ();
    StrideChart *calendar;
    gboolean found_today = FALSE;

    collect_type (progress, STRIDE_TYPE_CHART, charts);
    g_assert_cmpuint (charts->len, >, 0);
    calendar = g_ptr_array_index (charts, 0);
    stride_test_wait_until (widget_has_size, calendar);
    for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (calendar)); y += 3)
      for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (calendar)); x += 3)
        {
          const char *text = stride_chart_get_text_at (calendar, x, y);

          if (text != NULL && g_str_has_prefix (text, "Today"))
            {
              g_assert_nonnull (strstr (text, "Quick test stretch"));
              found_today = TRUE;
            }
        }
    g_assert_true (found_today);

    /* One date format on the page; one day of data shows its date once on the axis. */
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%-d %b %Y");
      gboolean one_day_axis = FALSE;

      for (guint i = 1; i < charts->len; i++)
        {
          const char * const *labels = stride_chart_get_labels (g_ptr_array_index (charts, i));

          if (labels != NULL && g_strv_length ((GStrv) labels) == 1 && g_str_equal (labels[0], today))
            one_day_axis = TRUE;
          /* the weeks' axis wrote 26/11 beside 11/26/26 */
          for (guint l = 0; labels != NULL && labels[l] != NULL; l++)
            g_assert_null (strchr (labels[l], '/'));
        }
      g_assert_true (one_day_axis);
    }
  }
  stride_test_screenshot (GTK_WIDGET (fixture->window), "progress");
}

/* The self-test's personal routine: listed, and its one-sided item done on that side only */
static void
test_personal_routine (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideRoutineRunner *runner;

  json_parser_load_from_data (parser, "{\"results\": {}, \"routine\": {\"id\": \"personal\", \"items\": ["
                              "{\"exercise\": \"glute_stretch\", \"sides\": \"left\", \"sets\": 1, \"hold_s\": 4}]}}",
                              -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stride_history_append (stride_context_get_history (stride_test_app_context ()), STRIDE_HISTORY_SELF_TEST, NULL,
                                           json_node_get_object (json_parser_get_root (parser)), &error));

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", "personal"));
  runner = stride_routine_player_get_runner (player);
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_LEFT);
  stride_clock_advance (clock, 5 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_LEFT);
  stride_clock_advance (clock, 4 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "Your personal routine"));
}

/* What the self-test's cautions say to avoid is left out of every routine, and marked */
static void
test_cautions_respected (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *routine = make_routine ("With a caution", 5);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideDose dose = { 1, 0, 5, 0, STRIDE_SIDES_BOTH, 0 };
  StrideRoutineRunner *runner;
  StrideHistoryEntry *test;

  g_assert_true (stride_routine_store_add_exercise (stride_context_get_routine_store (stride_test_app_context ()), routine, "side_lying_hip_abduction",
                                                    &dose, &error));
  json_parser_load_from_data (parser, "{\"results\": {}, \"cautions\": [{\"id\": \"side_of_hip_pain\", "
                              "\"text\": \"No stretches across the body for side-of-hip pain.\", "
                              "\"avoid\": [\"glute_stretch\", \"figure_four_stretch\"]}]}", -1, &error);
  g_assert_no_error (error);
  test = stride_history_append (stride_context_get_history (stride_test_app_context ()), STRIDE_HISTORY_SELF_TEST, NULL,
                                json_node_get_object (json_parser_get_root (parser)), &error);
  g_assert_nonnull (test);

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  runner = stride_routine_player_get_runner (player);
  g_assert_cmpuint (stride_routine_runner_get_n_items (runner), ==, 1);
  g_assert_cmpstr (stride_routine_runner_get_exercise (runner), ==, "side_lying_hip_abduction");
  stride_page_go_back (STRIDE_PAGE (page));
  answer_end (player, "end");
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  {
    g_autofree char *name = stride_routine_catalog_exercise_name (stride_test_app_context (), "glute_stretch");
    g_autofree char *other = stride_routine_catalog_exercise_name (stride_test_app_context (), "side_lying_hip_abduction");

    g_assert_true (gtk_widget_has_css_class (find_row (GTK_WIDGET (page), name), "stride-avoided"));
    g_assert_false (gtk_widget_has_css_class (find_row (GTK_WIDGET (page), other), "stride-avoided"));
  }

  /* The tests after this one start without the caution */
  g_assert_true (stride_history_remove (stride_context_get_history (stride_test_app_context ()), stride_history_entry_get_id (test), &error));
}

/* Leaving a routine under way (Back, Alt+Left) asks first; Keep Going carries on where it
 * was, End Session keeps what was done. */
static void
test_back_ends_early (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Left early", 30);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideRoutineRunner *runner;
  StrideHistoryEntry *session;
  JsonObject *saved;

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  runner = stride_routine_player_get_runner (player);
  stride_clock_advance (clock, 10 * G_USEC_PER_SEC);

  /* Alt+Left goes through the window's back action to the page: it asks, and waits */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL));
  g_assert_nonnull (stride_routine_player_get_end_dialog (player));
  g_assert_true (stride_routine_runner_get_paused (runner));
  stride_clock_advance (clock, 60 * G_USEC_PER_SEC);
  answer_end (player, "keep");
  g_assert_false (stride_routine_runner_get_paused (runner));
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);

  /* End Session asks too; ending keeps the session, ended early */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.end", NULL));
  answer_end (player, "end");
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  session = find_session (stride_routine_player_get_session_id (player));
  saved = stride_history_entry_get_data (session);
  g_assert_false (json_object_get_boolean_member (saved, "completed"));
  g_assert_true (json_object_get_boolean_member (saved, "ended_early"));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "player");

  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
}

static void
answer_leave (StrideRoutinePlayer *player,
              const char          *response)
{
  GtkWidget *dialog = stride_routine_player_get_leave_dialog (player);

  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (stride_routine_player_get_leave_dialog (player));
}

/* Ends the routine at once and leaves the rating at PAIN (-1: untouched); returns the
 * session's id. */
static char *
end_early_and_rate (Fixture            *fixture,
                    StrideRoutinesPage *page,
                    const char         *routine,
                    int                 pain)
{
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  GtkWidget *rating = stride_test_find_first (GTK_WIDGET (player), STRIDE_TEST_FIND_ANY, stride_test_is_of_type,
                                              GSIZE_TO_POINTER (STRIDE_TYPE_SESSION_RATING));
  GtkWidget *scale = stride_test_find_first (rating, STRIDE_TEST_FIND_ANY, stride_test_is_of_type,
                                             GSIZE_TO_POINTER (GTK_TYPE_SCALE));

  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.end", NULL));
  answer_end (player, "end");
  g_assert_nonnull (stride_test_find_first (rating, STRIDE_TEST_FIND_ANY, stride_test_is_label_with_text,
                                            "Ended Early"));
  if (pain >= 0)
    gtk_range_set_value (GTK_RANGE (scale), pain);
  return g_strdup (stride_routine_player_get_session_id (player));
}

/* After "Ended Early" the session is in the history, unrated, and the rating view says
 * so; leaving it untouched asks nothing. A pain chosen and not saved is not lost without
 * a word: leaving asks, and either saves it or leaves the session unrated. */
static void
test_leave_rating (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Left at the rating", 30);
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  g_autofree char *untouched = NULL;
  g_autofree char *unrated = NULL;
  g_autofree char *rated = NULL;
  JsonObject *saved;

  stride_window_show_page (fixture->window, "routines");
  untouched = end_early_and_rate (fixture, page, routine, -1);
  g_assert_nonnull (find_session (untouched));
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_null (stride_routine_player_get_leave_dialog (player));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");

  /* Chosen, then left unrated on purpose */
  unrated = end_early_and_rate (fixture, page, routine, 6);
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "player");
  stride_test_screenshot (stride_routine_player_get_leave_dialog (player), "rating-leave-question");
  answer_leave (player, "leave");
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  saved = stride_history_entry_get_data (find_session (unrated));
  g_assert_true (json_object_get_boolean_member (saved, "ended_early"));
  g_assert_false (json_object_has_member (saved, "pain"));

  /* Chosen, and saved on the way out; Escape first stays on the rating */
  rated = end_early_and_rate (fixture, page, routine, 4);
  stride_page_go_back (STRIDE_PAGE (page));
  answer_leave (player, "stay");
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "player");
  stride_page_go_back (STRIDE_PAGE (page));
  answer_leave (player, "save");
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  saved = stride_history_entry_get_data (find_session (rated));
  g_assert_cmpint (json_object_get_int_member (saved, "pain"), ==, 4);
}

/* "Get ready" lasts its full count on the clock (5 s by default, as set in Preferences). */
static void
test_count_in (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Count in", 10);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideRoutineRunner *runner;

  g_assert_cmpuint (g_settings_get_uint (settings, "get-ready-seconds"), ==, 5);
  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  runner = stride_routine_player_get_runner (player);
  for (guint tenth = 0; tenth < 49; tenth++)
    {
      g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_GET_READY);
      stride_clock_advance (clock, G_USEC_PER_SEC / 10);
      stride_test_drain_events ();
    }
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_GET_READY);
  stride_clock_advance (clock, G_USEC_PER_SEC / 10);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  stride_routine_player_request_end (player);
  answer_end (player, "end");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));

  /* A longer count from Preferences; the rest set there replaces the dose's */
  g_settings_set_uint (settings, "get-ready-seconds", 8);
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  runner = stride_routine_player_get_runner (player);
  stride_clock_advance (clock, 7 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_GET_READY);
  stride_clock_advance (clock, 1 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  g_settings_reset (settings, "get-ready-seconds");
  stride_routine_player_request_end (player);
  answer_end (player, "end");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
}

/* The clip is mirrored exactly while the right side works (the videos show the left),
 * in every set, getting ready and switching included. */
static void
test_mirroring (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  StrideDose dose = { 3, 0, 4, 3, STRIDE_SIDES_EACH, 0 };
  g_autofree char *routine = stride_routine_store_create (store, "Mirror", &error);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideVideoView *video = stride_routine_player_get_video_view (player);
  StrideRoutineRunner *runner;
  guint left_work = 0, right_work = 0;

  g_assert_true (stride_routine_store_add_exercise (store, routine, "glute_stretch", &dose, &error));
  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  runner = stride_routine_player_get_runner (player);
  while (stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE)
    {
      StrideRunnerSide side = stride_routine_runner_get_side (runner);

      g_assert_cmpint (stride_video_view_get_mirrored (video), ==, side == STRIDE_RUNNER_SIDE_RIGHT);
      if (stride_routine_runner_get_phase (runner) == STRIDE_PHASE_WORK)
        {
          left_work += side == STRIDE_RUNNER_SIDE_LEFT;
          right_work += side == STRIDE_RUNNER_SIDE_RIGHT;
        }
      stride_clock_advance (clock, G_USEC_PER_SEC);
    }
  /* Every second of three sets on each side was checked */
  g_assert_cmpuint (left_work, ==, 3 * 4);
  g_assert_cmpuint (right_work, ==, 3 * 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
}

/* Skipping through everything is not a finished session: it is saved as ended early,
 * with no sets done, and changes no dose. */
static void
test_skip_through (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Skipped", 20);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  StrideRoutineRunner *runner;
  JsonObject *saved;
  guint presses = 0;

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  runner = stride_routine_player_get_runner (player);
  while (stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE && presses++ < 20)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_true (stride_routine_runner_get_ended_early (runner));
  saved = stride_history_entry_get_data (find_session (stride_routine_player_get_session_id (player)));
  g_assert_false (json_object_get_boolean_member (saved, "completed"));
  g_assert_true (json_object_get_boolean_member (saved, "ended_early"));
  g_assert_cmpint (json_object_get_int_member (saved, "sets_done"), ==, 0);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Ended Early"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-ended-early");

  /* Even rated "too easy", the dose stays */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  saved = stride_history_entry_get_data (find_session (stride_routine_player_get_session_id (player)));
  g_assert_cmpint (json_object_get_int_member (stride_json_get_object (stride_json_get_object (saved, "next_dose"), "glute_stretch"),
                                               "hold_s"), ==, 20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
}

/* libadwaita 1.2 reads a toast's title as markup: a name with "&" or "<" showed an empty
 * toast. The toast says the name as the runner wrote it. */
static void
test_toast_says_name (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *name = "Stretch & <core>";
  g_autofree char *routine = make_routine (name, 30);
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  g_autoptr(GtkWidget) window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  stride_window_show_page (fixture->window, "routines");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.open-routine", "s", routine));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.delete", NULL));
  stride_test_drain_events ();
  g_assert_nonnull (stride_test_find_first (GTK_WIDGET (fixture->window), STRIDE_TEST_FIND_ANY,
                                            stride_test_is_label_with_text, "“Stretch & <core>” deleted"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.undo-delete", "s", routine));

  /* The helper every page uses: text, not markup */
  g_object_ref_sink (window);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), stride_toast_new ("Saved /tmp/a & b/<run>.json"));
  gtk_window_present (GTK_WINDOW (window));
  stride_test_drain_events ();
  g_assert_nonnull (stride_test_find_first (overlay, STRIDE_TEST_FIND_ANY, stride_test_is_label_with_text,
                                            "Saved /tmp/a & b/<run>.json"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *routine = make_routine ("To delete", 30);
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());

  stride_window_show_page (fixture->window, "routines");
  g_assert_nonnull (find_row (GTK_WIDGET (page), "To delete"));
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  stride_page_go_back (STRIDE_PAGE (page));          /* asks whether to end the run */
  answer_end (stride_routines_page_get_player (page), "end");
  stride_page_go_back (STRIDE_PAGE (page));          /* to the routine */
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");

  stride_test_screenshot (GTK_WIDGET (fixture->window), "routine-detail");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.edit", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "editor");
  stride_test_screenshot (GTK_WIDGET (fixture->window), "editor");
  /* Renamed in the editor, the header says the new name at once. */
  g_assert_true (stride_routine_store_rename (store, routine, "Renamed", NULL));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_page_get_subtitle (STRIDE_PAGE (page)), ==, "Renamed");
  g_assert_true (stride_routine_store_rename (store, routine, "To delete", NULL));
  stride_test_drain_events ();
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.delete", NULL));
  g_assert_null (stride_routine_store_find (store, routine));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "list");
  g_assert_null (find_row (GTK_WIDGET (page), "To delete"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.undo-delete", "s", routine));
  g_assert_nonnull (stride_routine_store_find (store, routine));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "To delete"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "list");

  /* Ctrl+Z ("routines.undo") undoes the deletion while its toast shows, once. */
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  stride_page_go_back (STRIDE_PAGE (page));
  answer_end (stride_routines_page_get_player (page), "end");
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.delete", NULL));
  g_assert_null (stride_routine_store_find (store, routine));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.undo", NULL));
  g_assert_nonnull (stride_routine_store_find (store, routine));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "To delete"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.undo", NULL));
  g_assert_nonnull (stride_routine_store_find (store, routine));
}

static gboolean
widget_has_focus (gpointer widget)
{
  return gtk_widget_has_focus (widget);
}

static gboolean
is_delete_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "routines.delete") == 0;
}

/* Deleting a routine with its Delete button (the focus on it) leaves the list where the
 * routine was, the focus on the row that took its place, not scrolled back to the top
 * (the list's first row took the focus). */
static void
test_delete_keeps_place (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *first = make_routine ("Kept place one", 30);
  g_autofree char *second = make_routine ("Kept place two", 30);
  g_autofree char *third = make_routine ("Kept place three", 30);
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  GtkWidget *button, *focus, *scroller, *row;
  GtkAdjustment *adjustment;
  graphene_point_t at;
  double before;

  /* Scrolled down to the user's routines, the second opened from its row */
  stride_window_show_page (fixture->window, "routines");
  stride_test_wait_for_frames (GTK_WIDGET (page), 2);
  row = find_row (GTK_WIDGET (page), "Kept place two");
  g_assert_nonnull (row);
  scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  stride_test_wait_for_frames (GTK_WIDGET (page), 2);
  before = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (before, >, 0);
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  stride_test_wait_for_frames (GTK_WIDGET (page), 2);

  button = stride_test_find_first (GTK_WIDGET (page), STRIDE_TEST_FIND_MAPPED, is_delete_button, NULL);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_grab_focus (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "list");

  row = find_row (GTK_WIDGET (page), "Kept place three");
  g_assert_nonnull (row);
  stride_test_wait_until (widget_has_focus, row);
  stride_test_wait_for_frames (GTK_WIDGET (page), 2);
  g_assert_true (gtk_widget_compute_point (row, scroller, &GRAPHENE_POINT_INIT (0, 0), &at));
  g_test_message ("list scrolled to %.0f of %.0f; the row at %.0f in a %d px view", gtk_adjustment_get_value (adjustment),
                  gtk_adjustment_get_upper (adjustment), at.y, gtk_widget_get_height (scroller));
  /* Where it was, or as near as the list, a row shorter, now goes */
  g_assert_cmpfloat (ABS (gtk_adjustment_get_value (adjustment) - before), <=, gtk_widget_get_height (row) + 12);
  g_assert_cmpfloat (at.y, >=, 0);
  g_assert_cmpfloat (at.y + gtk_widget_get_height (row), <=, gtk_widget_get_height (scroller));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == row);
}

/* The lists are models bound to list boxes: a row opens what it is about by its own
 * action (Enter, a click, a screen reader), the detail lists the next session's
 * exercises and opens them too; a routine made later shows up in the list at once. */
static void
test_rows_open (Fixture       *fixture,
                gconstpointer  data)
{
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  const StrideExercise *first;
  const StrideRoutine *stretch;
  g_autofree char *first_name = NULL;
  g_autofree char *routine = NULL;
  GtkWidget *row;

  stride_window_show_page (fixture->window, "routines");
  stride_test_wait_until (stride_test_widget_is_mapped, page);
  stretch = stride_routine_catalog_find (stride_test_app_context (), "hip_stretch_routine");
  g_assert_nonnull (stretch);
  row = find_row (GTK_WIDGET (page), stretch->name);
  g_assert_nonnull (row);
  g_assert_true (GTK_IS_LIST_BOX (gtk_widget_get_parent (row)));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  g_assert_cmpstr (stride_page_get_subtitle (STRIDE_PAGE (page)), ==, stretch->name);

  first = stride_routine_catalog_find_exercise (stride_test_app_context (),
                                                ((StrideRoutineItem *) g_ptr_array_index (stretch->items, 0))->exercise);
  first_name = g_strdup (first->name);
  row = find_row (GTK_WIDGET (page), first_name);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "exercise");
  g_assert_cmpstr (stride_page_get_subtitle (STRIDE_PAGE (page)), ==, first_name);
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "list");

  routine = make_routine ("Listed at once", 10);
  stride_test_drain_events ();
  row = find_row (GTK_WIDGET (page), "Listed at once");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.delete", NULL));
  g_assert_null (find_row (GTK_WIDGET (page), "Listed at once"));
}

static gboolean
is_chart_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return STRIDE_IS_CHART_ROW (widget) &&
         stride_test_find_first (widget, STRIDE_TEST_FIND_SHOWN, stride_test_is_label_with_text, title) != NULL;
}

/* Progress charts each self-test measure in a row of its own, each side a line; the list
 * follows the history: a self-test removed takes its charts with it. */
static void
test_progress_self_tests (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  GtkWidget *progress = stride_window_get_page (fixture->window, "progress");
  const char *title = "Thomas test: knee angle (°)";
  StrideHistoryEntry *test;
  GtkWidget *row, *chart;
  double y_min, y_max;

  g_assert_true (json_parser_load_from_data (parser, "{\"results\": {\"thomas_test\": {"
                                             "\"left\": {\"knee_angle_deg\": 80}, \"right\": {\"knee_angle_deg\": 72}}}}",
                                             -1, &error));
  test = stride_history_append (history, STRIDE_HISTORY_SELF_TEST, NULL, json_node_get_object (json_parser_get_root (parser)),
                                &error);
  g_assert_no_error (error);

  stride_window_show_page (fixture->window, "progress");
  stride_test_wait_until (stride_test_widget_is_mapped, progress);
  row = stride_test_find_first (progress, STRIDE_TEST_FIND_SHOWN, is_chart_row_titled, title);
  g_assert_nonnull (row);
  g_assert_true (GTK_IS_LIST_BOX (gtk_widget_get_parent (row)));
  chart = stride_test_find_first (row, STRIDE_TEST_FIND_ANY, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_CHART));
  g_assert_nonnull (chart);
  g_assert_false (gtk_widget_get_focusable (row));
  /* The value axis is a range from 0, not a zoom: 72° against 80° must not fill the chart */
  stride_chart_get_y_range (STRIDE_CHART (chart), &y_min, &y_max);
  g_assert_cmpfloat (y_min, ==, 0);
  g_assert_cmpfloat (y_max, >=, 80);

  g_assert_true (stride_history_remove (history, stride_history_entry_get_id (test), &error));
  stride_test_drain_events ();
  g_assert_null (stride_test_find_first (progress, STRIDE_TEST_FIND_SHOWN, is_chart_row_titled, title));
}

static GtkWidget *
find_group (GtkWidget  *widget,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_group (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The morning after a session, the page asks how it feels; "worse" is saved as a
 * check-in that the next session's dose follows. */
static void
test_morning_check_in (Fixture       *fixture,
                       gconstpointer  data)
{
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(JsonObject) session = json_object_new ();
  GtkWidget *page = stride_window_get_page (fixture->window, "routines");
  StrideHistoryEntry *entry;
  StrideHistoryEntry *check_in;
  GtkWidget *group;

  json_object_set_string_member (session, "routine", "custom_morning");
  entry = stride_history_append (history, STRIDE_HISTORY_SESSION, yesterday, session, NULL);
  g_assert_nonnull (entry);

  /* The page reads the history when it is shown */
  stride_window_show_page (fixture->window, "routines");
  stride_test_wait_until (stride_test_widget_is_mapped, page);
  group = find_group (page, "The Morning After");
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (group));

  g_assert_true (gtk_widget_activate_action (page, "routines.check-in", "s", "worse"));
  check_in = stride_history_get_latest (history, STRIDE_HISTORY_CHECK_IN);
  g_assert_nonnull (check_in);
  g_assert_cmpstr (stride_json_get_string (stride_history_entry_get_data (check_in), "session"), ==,
                   stride_history_entry_get_id (entry));
  g_assert_cmpstr (stride_json_get_string (stride_history_entry_get_data (check_in), "compared"), ==, "worse");
  g_assert_false (gtk_widget_get_visible (group));
}

static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_type (child, type, found);
}

static GtkWidget *
find_type_first (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_type (widget, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* The Nth widget of TYPE in the Daily Reminder group, in tree order */
static GtkWidget *
find_nth (GtkWidget *widget,
          GType      type,
          guint      n)
{
  GtkWidget *group = find_group (widget, "Daily Reminder");
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  g_assert_nonnull (group);
  collect_type (group, type, found);
  return n < found->len ? g_ptr_array_index (found, n) : NULL;
}

/* The Daily Reminder rows in Preferences set the two keys the reminder follows. */
static void
test_reminder_preferences (Fixture       *fixture,
                           gconstpointer  data)
{
  GSettings *settings = stride_application_get_settings (fixture->app);
  GtkWidget *preferences;
  GtkWidget *toggle, *hour, *minute;
  g_autofree char *time = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_true (STRIDE_IS_PREFERENCES_WINDOW (preferences));
  stride_test_wait_until (stride_test_widget_is_mapped, preferences);

  toggle = find_nth (preferences, GTK_TYPE_SWITCH, 0);
  hour = find_nth (preferences, GTK_TYPE_SPIN_BUTTON, 0);
  minute = find_nth (preferences, GTK_TYPE_SPIN_BUTTON, 1);
  g_assert_nonnull (toggle);
  g_assert_nonnull (hour);
  g_assert_nonnull (minute);

  g_assert_false (g_settings_get_boolean (settings, "reminder-enabled"));
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "reminder-enabled"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (hour)), ==, 18);
  /* Shown as a clock: "18:00", not "18:0" */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (minute)), ==, "00");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minute), 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (minute)), ==, "05");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hour), 7);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minute), 30);
  time = g_settings_get_string (settings, "reminder-time");
  g_assert_cmpstr (time, ==, "07:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hour)), ==, "07");
  /* One time in the row, "07:30", its hour and minute in a popover (not two tall
   * spinners side by side). */
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (find_nth (preferences, GTK_TYPE_MENU_BUTTON, 0))), ==, "07:30");
  g_assert_false (gtk_widget_get_mapped (hour));
  stride_test_screenshot (preferences, "preferences");

  g_settings_reset (settings, "reminder-enabled");
  g_settings_reset (settings, "reminder-time");
}

static GtkWidget *
find_tooltip (GtkWidget  *widget,
              const char *tooltip,
              guint       n)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_type (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), tooltip) == 0 && n-- == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static gboolean
has_width (gpointer widget)
{
  return gtk_widget_get_width (GTK_WIDGET (widget)) > 0;
}

static const char *
item_at (const char *routine,
         guint       index)
{
  const StrideRoutine *r = stride_routine_store_find (stride_context_get_routine_store (stride_test_app_context ()), routine);

  return ((StrideRoutineItem *) g_ptr_array_index (r->items, index))->exercise;
}

static void
count_write_cb (StrideRoutineStore *store,
                guint              *writes)
{
  (*writes)++;
}

static gboolean
has_written (gpointer writes)
{
  return *(guint *) writes > 0;
}

/* The editor's buttons and fields change the stored routine */
static void
test_editor (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Editable", 30);
  g_autoptr(GtkWidget) editor = g_object_ref_sink (stride_routine_editor_new (stride_test_app_context ()));
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  StrideDose dose = { 3, 10, 0, 45, STRIDE_SIDES_BOTH, 2 };
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *name;
  const StrideRoutineItem *item;
  guint writes = 0;

  g_assert_true (stride_routine_store_add_exercise (store, routine, "clamshell", &dose, &error));
  stride_routine_editor_set_routine (STRIDE_ROUTINE_EDITOR (editor), routine);

  /* Keyboard reorder: the first exercise down one */
  g_assert_cmpstr (item_at (routine, 0), ==, "glute_stretch");
  g_signal_emit_by_name (find_tooltip (editor, "Move Down", 0), "clicked");
  g_assert_cmpstr (item_at (routine, 0), ==, "clamshell");
  g_assert_cmpstr (item_at (routine, 1), ==, "glute_stretch");
  g_assert_false (gtk_widget_get_sensitive (find_tooltip (editor, "Move Down", 1)));

  /* Sets of the first row */
  collect_type (editor, GTK_TYPE_SPIN_BUTTON, spins);
  g_signal_connect (store, "changed", G_CALLBACK (count_write_cb), &writes);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 4);
  stride_test_wait_until (has_written, &writes);
  g_signal_handlers_disconnect_by_func (store, count_write_cb, &writes);
  item = g_ptr_array_index (stride_routine_store_find (store, routine)->items, 0);
  g_assert_cmpuint (item->dose.sets, ==, 4);
  g_assert_cmpuint (item->dose.reps, ==, 10);

  /* Rename */
  name = find_type_first (editor, ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (name), "Renamed");
  g_signal_emit_by_name (name, "apply");
  g_assert_cmpstr (stride_routine_store_find (store, routine)->name, ==, "Renamed");

  /* Remove */
  g_signal_emit_by_name (find_tooltip (editor, "Remove From Routine", 1), "clicked");
  g_assert_cmpuint (stride_routine_store_find (store, routine)->items->len, ==, 1);

  /* A name typed and not applied stays through a removal, and Done keeps it */
  g_assert_true (stride_routine_store_add_exercise (store, routine, "glute_stretch", &dose, &error));
  gtk_editable_set_text (GTK_EDITABLE (name), "Typed, not applied");
  g_signal_emit_by_name (find_tooltip (editor, "Remove From Routine", 1), "clicked");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_type_first (editor, ADW_TYPE_ENTRY_ROW))), ==,
                   "Typed, not applied");
  gtk_widget_activate_action (editor, "editor.done", NULL);
  g_assert_cmpstr (stride_routine_store_find (store, routine)->name, ==, "Typed, not applied");
}

/* In each row the arrows read up, then down, on screen and to the keyboard (they once
 * showed down first); and a change to one row leaves the others as they were: the open
 * row stays open while another is moved or removed, and the focus stays in the list. */
static void
test_editor_rows (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Rows", 30);
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideDose dose = { 3, 10, 0, 45, STRIDE_SIDES_BOTH, 2 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *up, *down, *focus;
  graphene_point_t up_at, down_at;
  AdwExpanderRow *open;

  g_assert_true (stride_routine_store_add_exercise (store, routine, "clamshell", &dose, &error));
  g_assert_true (stride_routine_store_add_exercise (store, routine, "glute_bridge", &dose, &error));
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  stride_page_go_back (STRIDE_PAGE (page));          /* asks whether to end the run */
  answer_end (stride_routines_page_get_player (page), "end");
  stride_page_go_back (STRIDE_PAGE (page));          /* to the routine */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.edit", NULL));
  stride_test_drain_events ();

  /* Up before down: in the widget tree (the keyboard's order) and left to right */
  up = find_tooltip (GTK_WIDGET (page), "Move Up", 1);
  down = find_tooltip (GTK_WIDGET (page), "Move Down", 1);
  g_assert_true (gtk_widget_get_parent (up) == gtk_widget_get_parent (down));
  g_assert_true (gtk_widget_get_next_sibling (up) == down);
  /* Laid out: a routine that played its video may keep the frame clock busy a little longer */
  stride_test_wait_until (has_width, down);
  g_assert_true (gtk_widget_compute_point (up, GTK_WIDGET (page), &GRAPHENE_POINT_INIT (0, 0), &up_at));
  g_assert_true (gtk_widget_compute_point (down, GTK_WIDGET (page), &GRAPHENE_POINT_INIT (0, 0), &down_at));
  g_assert_cmpfloat (up_at.x, <, down_at.x);
  g_assert_false (gtk_widget_get_sensitive (find_tooltip (GTK_WIDGET (page), "Move Up", 0)));
  g_assert_false (gtk_widget_get_sensitive (find_tooltip (GTK_WIDGET (page), "Move Down", 2)));

  /* The first row open; the third moved up, then the second removed */
  collect_type (GTK_WIDGET (page), STRIDE_TYPE_DOSE_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 3);
  open = g_ptr_array_index (rows, 0);
  adw_expander_row_set_expanded (open, TRUE);
  g_signal_emit_by_name (find_tooltip (GTK_WIDGET (page), "Move Up", 2), "clicked");
  g_assert_cmpstr (item_at (routine, 1), ==, "glute_bridge");
  g_assert_cmpstr (item_at (routine, 2), ==, "clamshell");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  focus = STRIDE_IS_DOSE_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, STRIDE_TYPE_DOSE_ROW);
  g_assert_nonnull (focus);
  g_assert_cmpstr (stride_dose_entry_get_exercise (stride_dose_row_get_entry (STRIDE_DOSE_ROW (focus))), ==, "glute_bridge");
  g_assert_false (gtk_widget_get_sensitive (find_tooltip (GTK_WIDGET (page), "Move Down", 2)));
  g_assert_true (gtk_widget_get_sensitive (find_tooltip (GTK_WIDGET (page), "Move Down", 1)));

  g_signal_emit_by_name (find_tooltip (GTK_WIDGET (page), "Remove From Routine", 1), "clicked");
  g_assert_cmpuint (stride_routine_store_find (store, routine)->items->len, ==, 2);
  g_assert_cmpstr (item_at (routine, 1), ==, "clamshell");
  g_assert_true (adw_expander_row_get_expanded (open));
  g_assert_true (find_tooltip (GTK_WIDGET (page), "Move Up", 0) != NULL);
  g_assert_false (gtk_widget_get_sensitive (find_tooltip (GTK_WIDGET (page), "Move Down", 1)));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "editor-rows");
}

static const StrideDose *
dose_at (const char *routine,
         guint       index)
{
  const StrideRoutine *r = stride_routine_store_find (stride_context_get_routine_store (stride_test_app_context ()), routine);

  return &((StrideRoutineItem *) g_ptr_array_index (r->items, index))->dose;
}

/* Lets the main loop run for MS milliseconds. */
static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* A held-down spin button makes many changes: the editor saves them once, a moment after
 * the last, and whatever ends the editing (leaving it, closing it) saves a waiting dose
 * at once, so nothing is lost. Each save is one "changed" of the store. */
static void
test_editor_saves_once (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Debounced", 30);
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  GtkWidget *editor = g_object_ref_sink (stride_routine_editor_new (stride_test_app_context ()));
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  guint writes = 0;

  stride_routine_editor_set_routine (STRIDE_ROUTINE_EDITOR (editor), routine);
  collect_type (editor, GTK_TYPE_SPIN_BUTTON, spins);
  g_signal_connect (store, "changed", G_CALLBACK (count_write_cb), &writes);

  /* Ten quick steps of Sets and Reps: nothing written yet, the row already says so */
  for (guint i = 2; i <= 6; i++)
    {
      gtk_spin_button_set_value (g_ptr_array_index (spins, 0), i);
      gtk_spin_button_set_value (g_ptr_array_index (spins, 1), 10 + i);
    }
  g_assert_cmpuint (writes, ==, 0);
  g_assert_cmpuint (dose_at (routine, 0)->sets, ==, 1);
  g_assert_nonnull (find_label (editor, "6 × 16 reps, each side"));

  /* Typing a new name writes nothing either, keystroke by keystroke: it is saved when
   * applied (Enter or the row's apply button) */
  {
    GtkWidget *name = find_type_first (editor, ADW_TYPE_ENTRY_ROW);
    const char *typed[] = { "D", "De", "Deb", "Debo", "Debounced again" };

    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      gtk_editable_set_text (GTK_EDITABLE (name), typed[i]);
    g_assert_cmpuint (writes, ==, 0);
    g_assert_cmpstr (stride_routine_store_find (store, routine)->name, ==, "Debounced");
  }

  /* A moment later: one write, holding the last values */
  stride_test_wait_until (has_written, &writes);
  run_for (1000);
  g_assert_cmpuint (writes, ==, 1);
  g_assert_cmpuint (dose_at (routine, 0)->sets, ==, 6);
  g_assert_cmpuint (dose_at (routine, 0)->reps, ==, 16);
  g_assert_cmpuint (dose_at (routine, 0)->hold_s, ==, 30);

  /* Done saves a waiting dose at once, and the name typed but not applied */
  gtk_spin_button_set_value (g_ptr_array_index (spins, 2), 20);
  gtk_widget_activate_action (editor, "editor.done", NULL);
  g_assert_cmpuint (writes, ==, 3);
  g_assert_cmpuint (dose_at (routine, 0)->hold_s, ==, 20);
  g_assert_cmpstr (stride_routine_store_find (store, routine)->name, ==, "Debounced again");

  /* So does the editor going away (the window closed) */
  g_ptr_array_set_size (spins, 0);
  collect_type (editor, GTK_TYPE_SPIN_BUTTON, spins);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 3), 90);
  g_assert_finalize_object (editor);
  g_assert_cmpuint (writes, ==, 4);
  g_assert_cmpuint (dose_at (routine, 0)->rest_s, ==, 90);

  run_for (1000);
  g_assert_cmpuint (writes, ==, 4);
  g_signal_handlers_disconnect_by_func (store, count_write_cb, &writes);
}

typedef struct
{
  char     *routine;
  gboolean  saved_before_quit;
} QuitCase;

/* Runs the shortcut for KEYVAL that WIDGET holds, as the key pressed in its window would;
 * FALSE when it did not take the key (or WIDGET has none). */
static gboolean
press_shortcut (GtkWidget *widget,
                guint      keyval)
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

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                 widget, gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* Escape leaves the editor as its Back button does: the routine's page shows, and a
 * change still waiting to be saved is saved. Elsewhere Escape is not the editor's. */
static void
test_editor_escape_leaves (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Escaped", 30);
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  GtkWidget *editor;

  g_assert_true (stride_window_open (fixture->window, "routines", "routine-page", routine));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.edit", NULL));
  editor = find_type_first (GTK_WIDGET (page), STRIDE_TYPE_ROUTINE_EDITOR);
  g_assert_nonnull (editor);
  stride_test_wait_until (stride_test_widget_is_mapped, editor);
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "editor");
  collect_type (editor, GTK_TYPE_SPIN_BUTTON, spins);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 4);
  g_assert_cmpuint (dose_at (routine, 0)->sets, ==, 1);

  g_assert_true (press_shortcut (editor, GDK_KEY_Escape));
  stride_test_wait_for_frames (GTK_WIDGET (page), 2);
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  g_assert_cmpuint (dose_at (routine, 0)->sets, ==, 4);

  /* On the routine's page, Escape goes nowhere. */
  g_assert_false (press_shortcut (editor, GDK_KEY_Escape));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
}

/* Changes the sets in an editor of the application's window and quits at once. */
static void
edit_then_quit_cb (GtkApplication *app,
                   QuitCase       *quit)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *editor = stride_routine_editor_new (stride_test_app_context ());
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  gtk_window_set_child (GTK_WINDOW (window), editor);
  stride_routine_editor_set_routine (STRIDE_ROUTINE_EDITOR (editor), quit->routine);
  collect_type (editor, GTK_TYPE_SPIN_BUTTON, spins);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 5);
  quit->saved_before_quit = dose_at (quit->routine, 0)->sets == 5;
  g_application_quit (G_APPLICATION (app));
}

/* Quitting does not close the window: the editor saves when the application shuts down. */
static void
test_editor_saves_on_quit (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Saved on quit", 30);
  g_autoptr(GtkApplication) app = gtk_application_new ("org.stride.Test.EditorQuit", G_APPLICATION_NON_UNIQUE);
  QuitCase quit = { routine, FALSE };

  g_signal_connect (app, "activate", G_CALLBACK (edit_then_quit_cb), &quit);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_false (quit.saved_before_quit);
  g_assert_cmpuint (dose_at (routine, 0)->sets, ==, 5);
}

static gboolean
contains_bytes (const char *data,
                gsize       size,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= size; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

/* The physiotherapist's report: one PDF page with the self-test per side and the pain. */
static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 26, 9, 0, 0);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  StrideContent *content = stride_context_get_content (stride_test_app_context ());
  const char *bytes;
  gsize size;

  json_parser_load_from_data (parser, "{\"results\": {\"straight_leg_raise\": {\"left\": {\"angle_deg\": 70},"
                              " \"right\": {\"angle_deg\": 85}}}, \"findings\": [{\"id\": \"tight_hamstrings\","
                              " \"side\": \"left\", \"text\": \"Your left hamstrings are tight.\"}]}", -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SELF_TEST, NULL,
                                           json_node_get_object (json_parser_get_root (parser)), &error));

  pdf = stride_report_render_pdf (history, content, now);
  bytes = g_bytes_get_data (pdf, &size);
  g_assert_cmpuint (size, >, 1000);
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  g_assert_true (contains_bytes (bytes, size, "/Count 1"));   /* one page */

  /* A clinician reads the test, the measure, its unit and the side in words, not ids. */
  text = stride_report_render_text (history, content, now);
  g_assert_nonnull (strstr (text, stride_content_find_test (content, "straight_leg_raise")->name));
  g_assert_nonnull (strstr (text, " left 70°, right 85°"));
  g_assert_nonnull (strstr (text, "Your left hamstrings are tight. (left side)"));
  g_assert_null (strstr (text, "straight_leg_raise"));
  g_assert_null (strstr (text, "angle_deg"));

  g_assert_true (stride_report_write_pdf (history, content, now, g_getenv ("STRIDE_TEST_REPORT") != NULL ?
                                          g_getenv ("STRIDE_TEST_REPORT") : pdf_path, &error));
  g_assert_no_error (error);
  g_remove (pdf_path);
  g_remove (path);
  g_rmdir (dir);
}

/* The page count of a PDF cairo wrote: its page tree's "/Count N". */
static guint
pdf_page_count (const char *data,
                gsize       size)
{
  const char *count = NULL;

  for (gsize i = 0; i + 7 <= size && count == NULL; i++)
    if (memcmp (data + i, "/Count ", 7) == 0)
      count = data + i + 7;
  g_assert_nonnull (count);
  return (guint) g_ascii_strtoull (count, NULL, 10);
}

/* A long report runs onto more pages instead of into the footer. */
static void
test_report_paginates (Fixture       *fixture,
                       gconstpointer  data)
{
  StrideContent *content = stride_context_get_content (stride_test_app_context ());
  g_autofree char *dir = g_dir_make_tmp ("stride-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(JsonObject) entry = json_object_new ();
  JsonArray *findings = json_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 26, 9, 0, 0);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  const char *bytes;
  gsize size;

  for (guint i = 0; i < 60; i++)
    {
      JsonObject *finding = json_object_new ();

      json_object_set_string_member (finding, "id", "tight_hamstrings");
      json_object_set_string_member (finding, "side", "left");
      json_object_set_string_member (finding, "text", "Left 62°, right 78°: a difference of 16°. Stride counts a "
                                     "difference of 10° or more as worth training, and this sentence is long "
                                     "enough to wrap onto a second line of the report.");
      json_array_add_object_element (findings, finding);
    }
  json_object_set_array_member (entry, "findings", findings);
  json_object_set_object_member (entry, "results", json_object_new ());
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SELF_TEST, NULL, entry, &error));
  g_assert_no_error (error);

  pdf = stride_report_render_pdf (history, content, now);
  bytes = g_bytes_get_data (pdf, &size);
  g_assert_cmpuint (pdf_page_count (bytes, size), >=, 2);
  if (g_getenv ("STRIDE_TEST_LONG_REPORT") != NULL)
    g_assert_true (stride_report_write_pdf (history, content, now, g_getenv ("STRIDE_TEST_LONG_REPORT"), NULL));
  g_remove (path);
  g_rmdir (dir);
}

/* The self-test sequence is one of Stride's routines: it is listed with the others, and
 * opening it starts the guided full self-test (not a single test) */
static void
test_assessment_listed (Fixture       *fixture,
                        gconstpointer  data)
{
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  const StrideRoutine *assessment = stride_routine_catalog_find_assessment (stride_test_app_context ());
  StrideSelfTestPage *self_test;
  GtkWidget *row;

  g_assert_nonnull (assessment);
  g_assert_cmpstr (assessment->id, ==, "hip_assessment");
  stride_window_show_page (fixture->window, "routines");
  row = find_row (GTK_WIDGET (page), assessment->name);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_ancestor (row, GTK_WIDGET (page)));

  /* As Enter or a click would: the row runs its action */
  g_assert_true (gtk_widget_activate (row));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "self-test");
  self_test = STRIDE_SELF_TEST_PAGE (stride_window_get_page (fixture->window, "self-test"));
  g_assert_cmpstr (stride_self_test_page_get_current_test (self_test), ==, "straight_leg_raise");
  /* A sequence: Next goes on to the routine's second test */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (self_test), "self-test.next", NULL));
  g_assert_cmpstr (stride_self_test_page_get_current_test (self_test), ==, "thomas_test");
}

/* The exercise to add is chosen by its name: the whole name shows, not "Kneeling hip
 * flexor str…" */
static void
test_editor_full_names (Fixture       *fixture,
                        gconstpointer  data)
{
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  AdwComboRow *combo;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean shown = FALSE;

  stride_window_show_page (fixture->window, "routines");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.new", NULL));
  stride_test_drain_events ();
  /* A new routine is named first: the focus is in its name, which typing replaces */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
    GtkWidget *name_row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW) : NULL;
    int start = -1, end = -1;

    g_assert_nonnull (name_row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (name_row)), ==, "Name");
    g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (name_row), &start, &end));
    g_assert_cmpint (end - start, ==, g_utf8_strlen ("My routine", -1));
  }
  combo = ADW_COMBO_ROW (find_row (GTK_WIDGET (page), "Exercise"));
  g_assert_nonnull (combo);
  adw_combo_row_set_selected (combo, 0);
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (combo)); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (combo), i);

      if (g_str_equal (gtk_string_object_get_string (item), "Kneeling hip flexor stretch"))
        adw_combo_row_set_selected (combo, i);
    }
  stride_test_drain_events ();
  stride_test_screenshot (GTK_WIDGET (fixture->window), "editor-exercise-names");

  collect_type (GTK_WIDGET (combo), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      int natural = 0;

      if (g_strcmp0 (gtk_label_get_label (label), "Kneeling hip flexor stretch") != 0 ||
          !gtk_widget_get_mapped (GTK_WIDGET (label)))
        continue;
      shown = TRUE;
      g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_NONE);
      gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (label)), >=, natural);
    }
  g_assert_true (shown);
}

static GtkWidget *
find_add_button (AdwComboRow *combo)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (combo), ADW_TYPE_PREFERENCES_GROUP);

  collect_type (group, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Add to Routine") == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/* Add keeps the keyboard where it was: the same exercise still chosen, the focus on Add
 * (not in the Name field with its text selected), so several can be added in a row. */
static void
test_editor_add_keeps_place (Fixture       *fixture,
                             gconstpointer  data)
{
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  AdwComboRow *combo;
  GtkWidget *add;
  GtkWidget *focus;

  stride_window_show_page (fixture->window, "routines");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.new", NULL));
  stride_test_drain_events ();
  combo = ADW_COMBO_ROW (find_row (GTK_WIDGET (page), "Exercise"));
  adw_combo_row_set_selected (combo, 3);
  add = find_add_button (combo);
  g_assert_nonnull (add);
  gtk_widget_grab_focus (add);
  g_signal_emit_by_name (add, "clicked");
  stride_test_drain_events ();

  combo = ADW_COMBO_ROW (find_row (GTK_WIDGET (page), "Exercise"));
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 3);
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (combo)));
  g_assert_true (focus == find_add_button (combo));
  g_assert_false (GTK_IS_TEXT (focus));
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The routine's items as the file on disk has them: "exercise/sets/reps/rest_s/tempo_s …" */
static char *
stored_items (const char *routine)
{
  g_autofree char *path = stride_routine_store_get_user_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *routines;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  routines = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "routines");
  for (guint i = 0; i < json_array_get_length (routines); i++)
    {
      JsonObject *object = json_array_get_object_element (routines, i);
      JsonArray *items;

      if (!g_str_equal (json_object_get_string_member (object, "id"), routine))
        continue;
      items = json_object_get_array_member (object, "items");
      for (guint j = 0; j < json_array_get_length (items); j++)
        {
          JsonObject *item = json_array_get_object_element (items, j);

          g_string_append_printf (text, "%s%s/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                  j > 0 ? " " : "", json_object_get_string_member (item, "exercise"),
                                  json_object_get_int_member (item, "sets"), json_object_get_int_member (item, "reps"),
                                  json_object_get_int_member (item, "rest_s"), json_object_get_int_member (item, "tempo_s"));
        }
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  return NULL;
}

/* Removing an exercise in the editor is undone like deleting a routine: a toast names it
 * and its Undo (or Ctrl+Z) puts it back in its place with its dose, in the file too. */
static void
test_editor_remove_undo (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Undo a removal", 30);
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideDose clamshell = { 3, 10, 0, 45, STRIDE_SIDES_BOTH, 2 };
  StrideDose bridge = { 2, 12, 0, 30, STRIDE_SIDES_BOTH, 3 };
  const char *whole = "glute_stretch/1/0/0/0 clamshell/3/10/45/2 glute_bridge/2/12/30/3";
  g_autofree char *before = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *by_key = NULL;
  GtkWidget *undo;

  g_assert_true (stride_routine_store_add_exercise (store, routine, "clamshell", &clamshell, NULL));
  g_assert_true (stride_routine_store_add_exercise (store, routine, "glute_bridge", &bridge, NULL));
  before = stored_items (routine);
  g_assert_cmpstr (before, ==, whole);

  stride_window_show_page (fixture->window, "routines");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.open-routine", "s", routine));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.edit", NULL));
  stride_test_drain_events ();
  g_signal_emit_by_name (find_tooltip (GTK_WIDGET (page), "Remove From Routine", 1), "clicked");
  removed = stored_items (routine);
  g_assert_cmpstr (removed, ==, "glute_stretch/1/0/0/0 glute_bridge/2/12/30/3");
  stride_test_drain_events ();
  g_assert_nonnull (stride_test_find_first (GTK_WIDGET (fixture->window), STRIDE_TEST_FIND_ANY,
                                            stride_test_is_label_with_text, "“Clamshell” removed"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "editor-removed-toast");

  /* The toast's own button */
  undo = find_button_labelled (GTK_WIDGET (fixture->window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  undone = stored_items (routine);
  g_assert_cmpstr (undone, ==, whole);
  stride_test_drain_events ();
  g_assert_nonnull (find_tooltip (GTK_WIDGET (page), "Remove From Routine", 2));

  /* Ctrl+Z, the first row this time */
  g_signal_emit_by_name (find_tooltip (GTK_WIDGET (page), "Remove From Routine", 0), "clicked");
  g_assert_cmpuint (stride_routine_store_find (store, routine)->items->len, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.undo", NULL));
  by_key = stored_items (routine);
  g_assert_cmpstr (by_key, ==, whole);
  /* Once: a second Undo changes nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.undo", NULL));
  g_assert_cmpuint (stride_routine_store_find (store, routine)->items->len, ==, 3);
  g_assert_true (gtk_widget_activate_action (find_type_first (GTK_WIDGET (page), STRIDE_TYPE_ROUTINE_EDITOR),
                                             "editor.done", NULL));
}

static gboolean
store_holds (const char *id)
{
  return stride_routine_store_find (stride_context_get_routine_store (stride_test_app_context ()), id) != NULL;
}

/* The routine New made, as the page's editor edits it */
static const char *
editing_routine (StrideRoutinesPage *page)
{
  return stride_routine_editor_get_routine (STRIDE_ROUTINE_EDITOR (find_type_first (GTK_WIDGET (page),
                                                                                    STRIDE_TYPE_ROUTINE_EDITOR)));
}

/* New Routine left without a change (Back, or Done) leaves no empty "My routine" behind,
 * in the list or in the file; one given a name or an exercise is kept. */
static void
test_new_routine_left_empty (Fixture       *fixture,
                             gconstpointer  data)
{
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  g_autofree char *path = stride_routine_store_get_user_path ();
  guint n = stride_routine_store_get_routines (store)->len;
  g_autofree char *left = NULL;
  g_autofree char *done = NULL;
  g_autofree char *named = NULL;
  g_autofree char *with_exercise = NULL;
  g_autofree char *file = NULL;
  GtkWidget *name;

  stride_window_show_page (fixture->window, "routines");

  /* Back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.new", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "editor");
  left = g_strdup (editing_routine (page));
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "list");
  g_assert_false (store_holds (left));
  g_assert_cmpuint (stride_routine_store_get_routines (store)->len, ==, n);

  /* Done */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.new", NULL));
  done = g_strdup (editing_routine (page));
  g_assert_true (gtk_widget_activate_action (find_type_first (GTK_WIDGET (page), STRIDE_TYPE_ROUTINE_EDITOR), "editor.done", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "list");
  g_assert_false (store_holds (done));
  g_assert_false (stride_page_get_can_go_back (STRIDE_PAGE (page)));
  g_assert_true (g_file_get_contents (path, &file, NULL, NULL));
  g_assert_null (strstr (file, left));
  g_assert_null (strstr (file, done));

  /* A name typed (not even applied) is content: kept */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.new", NULL));
  named = g_strdup (editing_routine (page));
  name = find_type_first (find_type_first (GTK_WIDGET (page), STRIDE_TYPE_ROUTINE_EDITOR), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (name), "Evening mobility");
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_true (store_holds (named));
  g_assert_cmpstr (stride_routine_store_find (store, named)->name, ==, "Evening mobility");

  /* So is an exercise, under the name it was made with */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.new", NULL));
  with_exercise = g_strdup (editing_routine (page));
  g_signal_emit_by_name (find_add_button (ADW_COMBO_ROW (find_row (GTK_WIDGET (page), "Exercise"))), "clicked");
  g_assert_true (gtk_widget_activate_action (find_type_first (GTK_WIDGET (page), STRIDE_TYPE_ROUTINE_EDITOR), "editor.done", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  g_assert_true (store_holds (with_exercise));
  g_assert_cmpuint (stride_routine_store_get_routines (store)->len, ==, n + 2);

  g_assert_true (stride_routine_store_delete (store, named, NULL));
  g_assert_true (stride_routine_store_delete (store, with_exercise, NULL));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

/* Plays ROUTINE on CLOCK from the Routines page; returns the player. */
static StrideRoutinePlayer *
play (Fixture     *fixture,
      const char  *routine,
      StrideClock *clock)
{
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine", routine));
  return player;
}

/* The progress bar counts what the end of the session counts: sets done in full, a
 * skipped one not done (it counted steps, and read 8-12 % after skips while the end said
 * "0 of 24 sets"). */
static void
test_progress_counts_sets (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Counted sets", 10);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinePlayer *player = play (fixture, routine, clock);
  StrideRoutineRunner *runner = stride_routine_player_get_runner (player);
  GtkProgressBar *bar = GTK_PROGRESS_BAR (find_type_first (GTK_WIDGET (player), GTK_TYPE_PROGRESS_BAR));

  /* Get ready, then the left side skipped */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_SWITCH_SIDE);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (bar), ==, 0.0);
  g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, "0 of 2 sets done");

  /* The right side done in full */
  for (guint i = 0; i < 60 && stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE; i++)
    stride_clock_advance (clock, G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (bar), ==, 0.5);
  g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, "1 of 2 sets done");
  g_assert_nonnull (stride_test_find_first (GTK_WIDGET (player), STRIDE_TEST_FIND_SHOWN, is_label_containing,
                                            "1 of 2 sets done."));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
}

/* "Next:" names what comes after the set on screen: while getting ready for (or switching
 * to) a set, the screen shows that set already. */
static void
test_next_after_get_ready (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Next names", 10);
  StrideDose clamshell = { 1, 0, 10, 0, STRIDE_SIDES_BOTH, 0 };
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player;
  StrideRoutineRunner *runner;

  g_assert_true (stride_routine_store_add_exercise (stride_context_get_routine_store (stride_test_app_context ()),
                                                    routine, "clamshell", &clamshell, NULL));
  player = play (fixture, routine, clock);
  runner = stride_routine_player_get_runner (player);

  /* Getting ready for the left side: next is the right side, not the left again */
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_GET_READY);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Next: set 1 of 1, right side"));
  g_assert_null (find_label (GTK_WIDGET (player), "Next: set 1 of 1, left side"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-get-ready-next");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Next: set 1 of 1, right side"));

  /* Switching to the right side: next is the next exercise */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_SWITCH_SIDE);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Next: Clamshell"));

  /* Getting ready for the last exercise: nothing comes after it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_GET_READY);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Next: the end of the routine"));

  stride_page_go_back (STRIDE_PAGE (page));
  answer_end (player, "end");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
}

/* Right pressed as GTK handles it in the player: during the session the run page's
 * shortcut skips (it sees keys first); after it, a focused slider moves, and any other
 * focus moves to the right (the window's arrow keys). */
static void
press_right (StrideRoutinePlayer *player)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (player)));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (stride_routine_runner_get_phase (stride_routine_player_get_runner (player)) != STRIDE_PHASE_DONE)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  else if (GTK_IS_RANGE (focus))
    g_signal_emit_by_name (focus, "move-slider", GTK_SCROLL_STEP_RIGHT);
  else
    gtk_widget_child_focus (window, GTK_DIR_RIGHT);
}

/* Skipping through a session with → (pressed on past its end, as a runner does) rates
 * nothing: the end screen does not put the focus on the pain slider, and a pain never
 * chosen is saved as not rated, not as the slider's 0 (pain decides program steps). A
 * pain chosen on purpose, even 0, is saved. */
static void
test_skip_leaves_pain_unrated (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Skipped by keys", 20);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinePlayer *player = play (fixture, routine, clock);
  StrideRoutineRunner *runner = stride_routine_player_get_runner (player);
  GtkWidget *scale = find_pain_scale (GTK_WIDGET (player));
  JsonObject *saved;

  for (guint presses = 0; presses < 12; presses++)
    press_right (player);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_false (gtk_widget_has_focus (scale));
  g_assert_nonnull (stride_test_find_first (GTK_WIDGET (player), STRIDE_TEST_FIND_SHOWN, stride_test_is_label_with_text,
                                            "Not rated"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "player-pain-not-rated");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  saved = stride_history_entry_get_data (find_session (stride_routine_player_get_session_id (player)));
  g_assert_false (json_object_has_member (saved, "pain"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));

  /* Chosen on purpose: the runner moves to the slider and sets 0 (Left at 0) */
  player = play (fixture, routine, clock);
  runner = stride_routine_player_get_runner (player);
  for (guint presses = 0; presses < 12 && stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE; presses++)
    press_right (player);
  g_assert_true (gtk_widget_grab_focus (scale));
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_LEFT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  saved = stride_history_entry_get_data (find_session (stride_routine_player_get_session_id (player)));
  g_assert_cmpint (json_object_get_int_member (saved, "pain"), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
}

/* A set redone after Back is still one set done: the bar and the end said "8 of 7 sets
 * done" after a set was done twice. */
static void
test_redone_set_counts_once (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Redone set", 10);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutinePlayer *player = play (fixture, routine, clock);
  StrideRoutineRunner *runner = stride_routine_player_get_runner (player);
  GtkProgressBar *bar = GTK_PROGRESS_BAR (find_type_first (GTK_WIDGET (player), GTK_TYPE_PROGRESS_BAR));
  JsonObject *saved;

  /* The left side done, then Back to it and done again */
  for (guint i = 0; i < 60 && stride_routine_runner_get_phase (runner) != STRIDE_PHASE_SWITCH_SIDE; i++)
    stride_clock_advance (clock, G_USEC_PER_SEC);
  g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, "1 of 2 sets done");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.back", NULL));
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  for (guint i = 0; i < 60 && stride_routine_runner_get_phase (runner) != STRIDE_PHASE_SWITCH_SIDE; i++)
    stride_clock_advance (clock, G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_SWITCH_SIDE);
  g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, "1 of 2 sets done");

  /* The right side skipped: the end and the history say one set */
  while (stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  g_assert_nonnull (stride_test_find_first (GTK_WIDGET (player), STRIDE_TEST_FIND_SHOWN, is_label_containing,
                                            "1 of 2 sets done."));
  saved = stride_history_entry_get_data (find_session (stride_routine_player_get_session_id (player)));
  g_assert_cmpint (json_object_get_int_member (saved, "sets_done"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
}

/* Edit on a routine opens with the focus on its first exercise, the name not selected: the
 * first key typed replaced the name. */
static void
test_edit_keeps_name (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Name kept", 10);
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  GtkWidget *row;
  GtkWidget *editor;
  GtkWidget *name;
  GtkWidget *focus;

  stride_window_show_page (fixture->window, "routines");
  stride_test_wait_until (stride_test_widget_is_mapped, page);
  row = find_row (GTK_WIDGET (page), "Name kept");
  g_assert_nonnull (row);
  /* From the keyboard: the focus goes along from the list to the routine, to the editor */
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_activate (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.edit", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "editor");
  editor = find_type_first (GTK_WIDGET (page), STRIDE_TYPE_ROUTINE_EDITOR);
  name = find_type_first (editor, ADW_TYPE_ENTRY_ROW);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, editor));
  g_assert_false (focus == name || gtk_widget_is_ancestor (focus, name));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (name), NULL, NULL));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "editor-opened");
  gtk_widget_activate_action (editor, "editor.done", NULL);
  g_assert_cmpstr (stride_routine_store_find (stride_context_get_routine_store (stride_test_app_context ()), routine)->name,
                   ==, "Name kept");
}

/* A session with no set done is not a session in "Sessions this week" (nor a trained day
 * in the calendar), but its record, rated, stays in the history. */
static void
test_empty_session_not_counted (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *routine = make_routine ("Nothing done", 20);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) before = stride_stats_sessions_per_week (history, now, 1);
  g_autoptr(GArray) after = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  g_autoptr(GPtrArray) days_before = stride_stats_session_days (history, today, tomorrow);
  g_autoptr(GPtrArray) days = NULL;
  g_autofree char *count = NULL;
  StrideRoutinePlayer *player = play (fixture, routine, clock);
  StrideRoutineRunner *runner = stride_routine_player_get_runner (player);
  JsonObject *saved;
  GtkWidget *progress;
  GtkWidget *row;

  for (guint presses = 0; stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE && presses < 20; presses++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL));
  gtk_range_set_value (GTK_RANGE (find_pain_scale (GTK_WIDGET (player))), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  saved = stride_history_entry_get_data (find_session (stride_routine_player_get_session_id (player)));
  g_assert_cmpint (json_object_get_int_member (saved, "sets_done"), ==, 0);
  g_assert_true (json_object_has_member (saved, "pain"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));

  after = stride_stats_sessions_per_week (history, now, 1);
  g_assert_cmpuint (g_array_index (after, guint, 0), ==, g_array_index (before, guint, 0));
  stride_window_show_page (fixture->window, "progress");
  progress = stride_window_get_page (fixture->window, "progress");
  stride_test_wait_until (stride_test_widget_is_mapped, progress);
  row = find_row (progress, "Sessions this week");
  g_assert_nonnull (row);
  count = g_strdup_printf ("%u", g_array_index (before, guint, 0));
  g_assert_nonnull (find_label (row, count));
  /* Nor does it make a trained day in the calendar */
  days = stride_stats_session_days (history, today, tomorrow);
  g_assert_cmpuint (days->len, ==, days_before->len);
}

/* Preferences → Delete All My Data: a confirmation that offers an export first, then the
 * history and the user's routines are gone. (Runs last: it empties the test's data.) */
static void
test_delete_all_data (Fixture       *fixture,
                      gconstpointer  data)
{
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  StrideRoutineStore *store = stride_context_get_routine_store (stride_test_app_context ());
  g_autoptr(JsonObject) session = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *routine = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkWidget *preferences, *button;
  AdwMessageDialog *dialog;

  json_object_set_string_member (session, "routine_name", "To be deleted");
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, session, &error));
  g_assert_no_error (error);
  routine = stride_routine_store_create (store, "To be deleted", &error);
  g_assert_no_error (error);
  before = stride_history_list (history, STRIDE_HISTORY_ANY, NULL, NULL);
  g_assert_cmpuint (before->len, >, 0);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  g_assert_true (STRIDE_IS_PREFERENCES_WINDOW (preferences));
  stride_test_wait_until (stride_test_widget_is_mapped, preferences);
  button = find_button_labelled (preferences, "_Delete All…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  stride_test_drain_events ();

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "export"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  stride_test_screenshot (GTK_WIDGET (dialog), "delete-all-data");

  /* Cancel deletes nothing. */
  adw_message_dialog_response (dialog, "cancel");
  stride_test_drain_events ();
  g_assert_nonnull (stride_routine_store_find (store, routine));

  g_signal_emit_by_name (button, "clicked");
  stride_test_drain_events ();
  dialog = find_message_dialog ();
  adw_message_dialog_response (dialog, "delete");
  stride_test_drain_events ();

  after = stride_history_list (history, STRIDE_HISTORY_ANY, NULL, NULL);
  g_assert_cmpuint (after->len, ==, 0);
  g_assert_cmpuint (stride_routine_store_get_routines (store)->len, ==, 0);
  /* …and on disk: a fresh reader finds nothing either. */
  {
    g_autoptr(StrideHistory) reread = stride_history_new (stride_history_get_path (history));
    g_autoptr(GPtrArray) entries = stride_history_list (reread, STRIDE_HISTORY_ANY, NULL, NULL);

    g_assert_cmpuint (entries->len, ==, 0);
  }
}

/* Export offers Documents (or home), never the directory Stride was started from. */
static void
test_export_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) folder = stride_progress_page_export_folder ();
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) documents_file = documents != NULL ? g_file_new_for_path (documents) : NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) cwd_file = g_file_new_for_path (cwd);

  g_assert_true (g_file_equal (folder, home) || (documents_file != NULL && g_file_equal (folder, documents_file)));
  if (!g_file_equal (cwd_file, home))
    g_assert_false (g_file_equal (folder, cwd_file));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user folders */
  data_dir = g_dir_make_tmp ("stride-ui-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shared_app = stride_test_register_app ();

  /* First: it needs yesterday's session to be the latest */
  g_test_add ("/stride/routines/morning-check-in", Fixture, NULL, fixture_set_up, test_morning_check_in, fixture_tear_down);
  g_test_add ("/stride/routines/play-to-end", Fixture, NULL, fixture_set_up, test_play_to_end, fixture_tear_down);
  g_test_add ("/stride/routines/rate-each-exercise", Fixture, NULL, fixture_set_up, test_rate_each_exercise, fixture_tear_down);
  g_test_add ("/stride/routines/compact-player", Fixture, NULL, fixture_set_up, test_compact_player, fixture_tear_down);
  g_test_add ("/stride/routines/compact-player-reps", Fixture, NULL, fixture_set_up, test_compact_player_reps, fixture_tear_down);
  g_test_add ("/stride/routines/personal-routine", Fixture, NULL, fixture_set_up, test_personal_routine, fixture_tear_down);
  g_test_add ("/stride/routines/cautions-respected", Fixture, NULL, fixture_set_up, test_cautions_respected, fixture_tear_down);
  g_test_add ("/stride/routines/back-ends-early", Fixture, NULL, fixture_set_up, test_back_ends_early, fixture_tear_down);
  g_test_add ("/stride/routines/count-in", Fixture, NULL, fixture_set_up, test_count_in, fixture_tear_down);
  g_test_add ("/stride/routines/mirroring", Fixture, NULL, fixture_set_up, test_mirroring, fixture_tear_down);
  g_test_add ("/stride/routines/skip-through", Fixture, NULL, fixture_set_up, test_skip_through, fixture_tear_down);
  g_test_add ("/stride/routines/redone-set-counts-once", Fixture, NULL, fixture_set_up, test_redone_set_counts_once, fixture_tear_down);
  g_test_add ("/stride/routines/edit-keeps-name", Fixture, NULL, fixture_set_up, test_edit_keeps_name, fixture_tear_down);
  g_test_add ("/stride/routines/skip-leaves-pain-unrated", Fixture, NULL, fixture_set_up, test_skip_leaves_pain_unrated, fixture_tear_down);
  g_test_add ("/stride/preferences/reminder", Fixture, NULL, fixture_set_up, test_reminder_preferences, fixture_tear_down);
  g_test_add ("/stride/progress/symptom-checks", Fixture, NULL, fixture_set_up, test_progress_symptom_checks, fixture_tear_down);
  g_test_add ("/stride/routines/session-kept-pending", Fixture, NULL, fixture_set_up, test_session_kept_pending, fixture_tear_down);
  g_test_add ("/stride/progress/report-paginates", Fixture, NULL, fixture_set_up, test_report_paginates, fixture_tear_down);
  g_test_add ("/stride/progress/report", Fixture, NULL, fixture_set_up, test_report, fixture_tear_down);
  g_test_add ("/stride/routines/editor-add-keeps-place", Fixture, NULL, fixture_set_up, test_editor_add_keeps_place, fixture_tear_down);
  g_test_add ("/stride/progress/export-folder", Fixture, NULL, fixture_set_up, test_export_folder, fixture_tear_down);
  g_test_add ("/stride/routines/editor", Fixture, NULL, fixture_set_up, test_editor, fixture_tear_down);
  g_test_add ("/stride/routines/editor-rows", Fixture, NULL, fixture_set_up, test_editor_rows, fixture_tear_down);
  g_test_add ("/stride/routines/delete-keeps-place", Fixture, NULL, fixture_set_up, test_delete_keeps_place, fixture_tear_down);
  g_test_add ("/stride/routines/editor-escape-leaves", Fixture, NULL, fixture_set_up, test_editor_escape_leaves, fixture_tear_down);
  g_test_add ("/stride/routines/editor-saves-once", Fixture, NULL, fixture_set_up, test_editor_saves_once, fixture_tear_down);
  g_test_add ("/stride/routines/editor-saves-on-quit", Fixture, NULL, fixture_set_up, test_editor_saves_on_quit, fixture_tear_down);
  g_test_add ("/stride/routines/assessment-listed", Fixture, NULL, fixture_set_up, test_assessment_listed, fixture_tear_down);
  g_test_add ("/stride/routines/editor-full-names", Fixture, NULL, fixture_set_up, test_editor_full_names, fixture_tear_down);
  g_test_add ("/stride/routines/editor-remove-undo", Fixture, NULL, fixture_set_up, test_editor_remove_undo, fixture_tear_down);
  g_test_add ("/stride/routines/new-routine-left-empty", Fixture, NULL, fixture_set_up, test_new_routine_left_empty, fixture_tear_down);
  g_test_add ("/stride/routines/progress-counts-sets", Fixture, NULL, fixture_set_up, test_progress_counts_sets, fixture_tear_down);
  g_test_add ("/stride/routines/next-after-get-ready", Fixture, NULL, fixture_set_up, test_next_after_get_ready, fixture_tear_down);
  g_test_add ("/stride/progress/empty-session-not-counted", Fixture, NULL, fixture_set_up, test_empty_session_not_counted, fixture_tear_down);
  g_test_add ("/stride/routines/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/stride/routines/leave-rating", Fixture, NULL, fixture_set_up, test_leave_rating, fixture_tear_down);
  g_test_add ("/stride/routines/toast-says-name", Fixture, NULL, fixture_set_up, test_toast_says_name, fixture_tear_down);
  g_test_add ("/stride/routines/rows-open", Fixture, NULL, fixture_set_up, test_rows_open, fixture_tear_down);
  g_test_add ("/stride/progress/self-tests", Fixture, NULL, fixture_set_up, test_progress_self_tests, fixture_tear_down);
  g_test_add ("/stride/preferences/delete-all-data", Fixture, NULL, fixture_set_up, test_delete_all_data, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&shared_app);
  stride_test_remove_tree (data_dir);
  g_free (data_dir);
  return status;
}
