/* test-programs-ui.c — rehab programs on a (virtual) display
 *
 * A program is started from a condition page, a session is played with a fake clock and
 * rated, and a worse morning check-in steps the program back. The user data lives in a
 * private folder made for this run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "stride-application.h"
#include "stride-history.h"
#include "stride-json-document.h"
#include "stride-page.h"
#include "stride-program-history.h"
#include "stride-program-view.h"
#include "stride-routines-page.h"
#include "stride-window.h"
#include "stride-test-ui.h"

typedef struct
{
  StrideApplication *app;
  StrideWindow      *window;
} Fixture;

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

/* A preferences row whose title starts with TITLE somewhere under WIDGET */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_type (widget, ADW_TYPE_PREFERENCES_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) &&
        gtk_widget_get_mapped (g_ptr_array_index (rows, i)))
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* A mapped label showing exactly TEXT under WIDGET */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_type (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* No stack under WIDGET is still fading from one view to the next. */
static gboolean
transitions_done (gpointer widget)
{
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();

  collect_type (widget, GTK_TYPE_STACK, stacks);
  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_transition_running (g_ptr_array_index (stacks, i)))
      return FALSE;
  return TRUE;
}

/* A screenshot of what the runner sees once the page has settled. */
static void
screenshot (Fixture    *fixture,
            const char *name)
{
  stride_test_wait_until (transitions_done, fixture->window);
  stride_test_screenshot (GTK_WIDGET (fixture->window), name);
}

static StrideProgramView *
program_view (GtkWidget *page)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect_type (page, STRIDE_TYPE_PROGRAM_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  return g_ptr_array_index (views, 0);
}

static gboolean
is_program_view (gpointer page)
{
  return g_strcmp0 (stride_routines_page_get_view (page), "program") == 0 &&
         stride_test_widget_is_mapped (program_view (page));
}

/* Condition page → "Start the program" → the program's view → Start the Program. */
static void
test_start_from_condition (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *conditions = stride_window_get_page (fixture->window, "conditions");
  GtkWidget *routines = stride_window_get_page (fixture->window, "routines");
  StrideProgramView *view;
  GtkWidget *row;

  stride_window_show_page (fixture->window, "conditions");
  g_assert_true (stride_page_open (STRIDE_PAGE (conditions), "condition", "trochanteric_bursitis"));
  stride_test_wait_until (stride_test_widget_is_mapped, conditions);
  stride_test_drain_events ();
  row = find_row (conditions, "Start the program");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Gluteal tendinopathy program"));
  gtk_widget_activate (row);
  stride_test_wait_until (is_program_view, routines);
  view = program_view (routines);
  g_assert_cmpstr (stride_program_view_get_program_id (view), ==, "gluteal_tendinopathy_program");
  g_assert_nonnull (find_label (routines, "4 stages, 3 sessions a week"));
  screenshot (fixture, "program-not-started");

  g_assert_null (stride_program_history_find_start (stride_context_get_history (stride_test_app_context ()), "gluteal_tendinopathy_program"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "program.start", NULL));
  g_assert_nonnull (stride_program_history_find_start (stride_context_get_history (stride_test_app_context ()), "gluteal_tendinopathy_program"));
  g_assert_nonnull (find_label (routines, "Stage 1 of 4 · week 1"));
  g_assert_nonnull (find_row (routines, "Isometric hip abduction"));
  g_assert_nonnull (find_row (routines, "No decisions yet"));
  screenshot (fixture, "program-started");

  /* The bone-stress condition offers return to running only with the clinician's say-so */
  stride_window_show_page (fixture->window, "conditions");
  g_assert_true (stride_page_open (STRIDE_PAGE (conditions), "condition", "femoral_neck_stress_fracture"));
  stride_test_drain_events ();
  row = find_row (conditions, "Start the program");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "cleared you to run"));
}

static GtkWidget *
find_pain_scale (GtkWidget *widget)
{
  g_autoptr(GPtrArray) scales = g_ptr_array_new ();

  collect_type (widget, GTK_TYPE_SCALE, scales);
  for (guint i = 0; i < scales->len; i++)
    if (gtk_adjustment_get_upper (gtk_range_get_adjustment (g_ptr_array_index (scales, i))) == 10)
      return g_ptr_array_index (scales, i);
  return NULL;
}

/* Today's session in the player, on a fake clock: the stage's doses, saved as a program
 * session with its stage and pain, then back to the program, which says what it decided. */
static void
test_play_session (Fixture       *fixture,
                   gconstpointer  data)
{
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutineRunner *runner;
  JsonObject *session, *program;
  gint64 value;

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "program", "gluteal_tendinopathy_program"));
  if (stride_program_history_find_start (stride_context_get_history (stride_test_app_context ()), "gluteal_tendinopathy_program") == NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (program_view (GTK_WIDGET (page))), "program.start", NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (program_view (GTK_WIDGET (page))), "program.play", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "player");
  runner = stride_routine_player_get_runner (player);
  /* Stage 1: isometric abduction 5 × 30 s, then bridge holds 5 × 30 s, as the stage says */
  g_assert_cmpuint (stride_routine_runner_get_n_items (runner), ==, 2);
  g_assert_cmpstr (stride_routine_runner_get_item_exercise (runner, 0), ==, "isometric_hip_abduction");
  g_assert_cmpuint (stride_routine_runner_get_dose (runner, 0)->sets, ==, 5);
  g_assert_cmpuint (stride_routine_runner_get_dose (runner, 0)->hold_s, ==, 30);

  for (guint i = 0; i < 3600 && stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE; i++)
    stride_clock_advance (clock, G_USEC_PER_SEC);
  g_assert_true (stride_routine_runner_get_completed (runner));

  gtk_range_set_value (GTK_RANGE (find_pain_scale (GTK_WIDGET (player))), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
  session = stride_history_entry_get_data (stride_history_find (stride_context_get_history (stride_test_app_context ()),
                                                                stride_routine_player_get_session_id (player)));
  program = stride_json_get_object (session, "program");
  g_assert_cmpstr (stride_json_get_string (program, "id"), ==, "gluteal_tendinopathy_program");
  g_assert_true (stride_json_get_int (program, "stage", &value));
  g_assert_cmpint (value, ==, 1);
  g_assert_true (stride_json_get_int (session, "pain", &value));
  g_assert_cmpint (value, ==, 2);
  /* The player says what the program decided, not a dose change */
  g_assert_nonnull (find_label (GTK_WIDGET (player),
                                "Staying at stage 1. 14 more days in this stage before you can move on."));
  screenshot (fixture, "program-session-saved");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "program");
  g_assert_nonnull (find_row (GTK_WIDGET (page), "Staying at stage 1"));
  /* Done for today: the next session waits for a day of rest, and says so */
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Next Session"));
  g_assert_null (find_label (GTK_WIDGET (page), "Today's Session"));
}

static StrideHistoryEntry *
add_program_session (const char *program_id,
                     GDateTime  *now,
                     int         days_ago,
                     guint       stage,
                     int         pain)
{
  g_autoptr(GDateTime) date = g_date_time_add_days (now, -days_ago);
  g_autoptr(JsonObject) data = json_object_new ();

  json_object_set_string_member (data, "routine", program_id);
  json_object_set_string_member (data, "routine_name", program_id);
  json_object_set_boolean_member (data, "completed", TRUE);
  json_object_set_int_member (data, "pain", pain);
  stride_program_history_mark_session (data, program_id, stage);
  return stride_history_append (stride_context_get_history (stride_test_app_context ()), STRIDE_HISTORY_SESSION, date, data, NULL);
}

static StrideHistoryEntry *
add_session (GDateTime *now,
             int        days_ago,
             guint      stage,
             int        pain)
{
  return add_program_session ("hamstring_tendinopathy_program", now, days_ago, stage, pain);
}

/* Stage 2, a worse morning already, then yesterday's session: answering "worse" this
 * morning is the second worse morning in a row, and the program steps back to stage 1. */
static void
test_worse_morning_steps_back (Fixture       *fixture,
                               gconstpointer  data)
{
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  GtkWidget *page = stride_window_get_page (fixture->window, "routines");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = g_date_time_add_days (now, -30);
  g_autoptr(GDateTime) two_days_ago = g_date_time_add_days (now, -2);
  g_autoptr(JsonObject) check_in = json_object_new ();
  StrideProgramView *view;
  StrideHistoryEntry *session;

  g_assert_nonnull (stride_program_history_start (history, "hamstring_tendinopathy_program", started, NULL));
  add_session (now, 28, 1, 1);
  add_session (now, 25, 1, 1);
  add_session (now, 22, 1, 1);
  session = add_session (now, 3, 2, 2);
  json_object_set_string_member (check_in, "session", stride_history_entry_get_id (session));
  json_object_set_string_member (check_in, "compared", "worse");
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_CHECK_IN, two_days_ago, check_in, NULL));
  add_session (now, 1, 2, 3);

  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "program", "hamstring_tendinopathy_program"));
  stride_test_wait_until (is_program_view, page);
  view = program_view (page);
  g_assert_nonnull (find_label (page, "Stage 2 of 4 · week 1"));
  g_assert_nonnull (find_label (page, "The Morning After"));
  screenshot (fixture, "program-check-in");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "program.check-in", "s", "worse"));
  g_assert_nonnull (find_label (page, "Stage 1 of 4 · week 1"));
  g_assert_null (find_label (page, "The Morning After"));
  g_assert_nonnull (find_row (page, "Back to stage 1. Two mornings in a row were worse than before"));
  /* The toast says it in words that fit at 360 px; the reason is on the page */
  g_assert_nonnull (find_label (page, "Back to stage 1"));
  g_assert_cmpstr (stride_json_get_string (stride_history_entry_get_data (stride_history_get_latest (history,
                                                                          STRIDE_HISTORY_PROGRAM_DECISION)),
                                           "decision"), ==, "step_back");
  screenshot (fixture, "program-stepped-back");
}

static void
add_check_in (StrideHistoryEntry *session,
              GDateTime          *date,
              const char         *compared)
{
  g_autoptr(JsonObject) check_in = json_object_new ();

  json_object_set_string_member (check_in, "session", stride_history_entry_get_id (session));
  json_object_set_string_member (check_in, "compared", compared);
  g_assert_nonnull (stride_history_append (stride_context_get_history (stride_test_app_context ()), STRIDE_HISTORY_CHECK_IN,
                                           date, check_in, NULL));
}

/* A whole session in the player on the fake clock, rated PAIN and saved. */
static void
play_and_save (StrideRoutinePlayer *player,
               StrideClock         *clock,
               int                  pain)
{
  StrideRoutineRunner *runner = stride_routine_player_get_runner (player);

  for (guint i = 0; i < 3600 && stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE; i++)
    stride_clock_advance (clock, G_USEC_PER_SEC);
  g_assert_true (stride_routine_runner_get_completed (runner));
  gtk_range_set_value (GTK_RANGE (find_pain_scale (GTK_WIDGET (player))), pain);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.save", NULL));
}

/* Stage 1 done well moves the runner to stage 2; a stage-2 session is played with its own
 * exercises; then two worse mornings in a row step back to stage 1, and the page says why. */
static void
test_stage_two_steps_back (Fixture       *fixture,
                           gconstpointer  data)
{
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  const StrideProgram *program = stride_content_find_program (stride_context_get_content (stride_test_app_context ()),
                                                              "adductor_groin_program");
  const StrideProgramStage *stage_two = g_ptr_array_index (program->stages, 1);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = g_date_time_add_days (now, -32);
  g_autoptr(GDateTime) four_days_ago = g_date_time_add_days (now, -4);
  StrideRoutineRunner *runner;
  StrideHistoryEntry *session;
  JsonObject *saved;
  gint64 value;

  stride_routine_player_set_clock (player, clock);
  g_assert_nonnull (stride_program_history_start (history, "adductor_groin_program", started, NULL));
  for (int days_ago = 30; days_ago >= 24; days_ago -= 3)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_days (now, -days_ago + 1);

      session = add_program_session ("adductor_groin_program", now, days_ago, 1, 1);
      add_check_in (session, morning, "same");
    }

  /* Three sessions at pain 1 over more than two weeks: stage 2 */
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "program", "adductor_groin_program"));
  stride_test_wait_until (is_program_view, page);
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Stage 2 of 4 · week 1"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "Moved to stage 2"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "Stage 2: Copenhagen, short lever"));
  screenshot (fixture, "program-stage-two");

  /* A stage-2 session: its exercises and doses, saved as stage 2 */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (program_view (GTK_WIDGET (page))), "program.play", NULL));
  runner = stride_routine_player_get_runner (player);
  g_assert_cmpuint (stride_routine_runner_get_n_items (runner), ==, stage_two->items->len);
  for (guint i = 0; i < stage_two->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (stage_two->items, i);

      g_assert_cmpstr (stride_routine_runner_get_item_exercise (runner, i), ==, item->exercise);
      g_assert_cmpuint (stride_routine_runner_get_dose (runner, i)->sets, ==, item->dose.sets);
    }
  stride_clock_advance (clock, 6 * G_USEC_PER_SEC);
  screenshot (fixture, "program-stage-two-session");
  play_and_save (player, clock, 2);
  saved = stride_history_entry_get_data (stride_history_find (history, stride_routine_player_get_session_id (player)));
  g_assert_true (stride_json_get_int (stride_json_get_object (saved, "program"), "stage", &value));
  g_assert_cmpint (value, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.close", NULL));

  /* Earlier stage-2 sessions of this week: one worse morning already, one to answer */
  session = add_program_session ("adductor_groin_program", now, 5, 2, 2);
  add_check_in (session, four_days_ago, "worse");
  add_program_session ("adductor_groin_program", now, 2, 2, 3);
  stride_program_view_refresh (program_view (GTK_WIDGET (page)));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "The Morning After"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (program_view (GTK_WIDGET (page))), "program.check-in", "s", "worse"));

  g_assert_nonnull (find_label (GTK_WIDGET (page), "Stage 1 of 4 · week 1"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "Back to stage 1. Two mornings in a row were worse than before"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "Stage 1: Squeeze"));
  screenshot (fixture, "program-stage-two-stepped-back");
}

/* Pain rising pauses the program: the advice replaces today's session, and stays until the
 * runner says a clinician has seen them; that is recorded and shown with the decisions. */
static void
test_paused_until_seen (Fixture       *fixture,
                        gconstpointer  data)
{
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = g_date_time_add_days (now, -20);
  StrideProgramView *view;

  g_assert_nonnull (stride_program_history_start (history, "hip_flexor_program", started, NULL));
  add_program_session ("hip_flexor_program", now, 13, 1, 1);
  add_program_session ("hip_flexor_program", now, 11, 1, 2);
  add_program_session ("hip_flexor_program", now, 6, 1, 4);
  add_program_session ("hip_flexor_program", now, 3, 1, 5);

  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "program", "hip_flexor_program"));
  stride_test_wait_until (is_program_view, page);
  view = program_view (GTK_WIDGET (page));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "See a Clinician First"));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Stage 1 of 4 · paused"));
  g_assert_null (find_label (GTK_WIDGET (page), "Today's Session"));
  g_assert_null (find_label (GTK_WIDGET (page), "Next Session"));
  screenshot (fixture, "program-paused");

  /* No session while paused */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "program.play", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "program");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "program.clinician-seen", NULL));
  g_assert_nonnull (stride_history_get_latest (history, STRIDE_HISTORY_PROGRAM_CLEARED));
  g_assert_null (find_label (GTK_WIDGET (page), "See a Clinician First"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "A clinician has seen you: the program goes on at stage 1."));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Stage 1 of 4 · week 3"));
  g_assert_nonnull (find_label (GTK_WIDGET (page), "Today's Session"));
  screenshot (fixture, "program-seen");
}

/* Decisions written by an older Stride kept their sentences: shown as they were. */
static void
test_old_decision_text (Fixture       *fixture,
                        gconstpointer  data)
{
  StrideHistory *history = stride_context_get_history (stride_test_app_context ());
  GtkWidget *page = stride_window_get_page (fixture->window, "routines");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = g_date_time_add_days (now, -9);
  g_autoptr(GDateTime) decided = g_date_time_add_days (now, -5);
  g_autoptr(JsonObject) old = json_object_new ();
  g_autoptr(JsonArray) reasons = json_array_new ();

  g_assert_nonnull (stride_program_history_start (history, "runners_knee_program", started, NULL));
  add_program_session ("runners_knee_program", now, 6, 1, 2);
  json_object_set_string_member (old, "program", "runners_knee_program");
  json_object_set_string_member (old, "decision", "stay");
  json_object_set_string_member (old, "rule", "min_time");
  json_object_set_int_member (old, "stage_before", 1);
  json_object_set_int_member (old, "stage", 1);
  json_array_add_string_element (reasons, "An old way of saying it.");
  json_object_set_array_member (old, "reasons", json_array_ref (reasons));
  json_object_set_string_member (old, "summary", "Staying at stage 1. An old way of saying it.");
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_PROGRAM_DECISION, decided, old, NULL));

  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "program", "runners_knee_program"));
  stride_test_wait_until (is_program_view, page);
  g_assert_nonnull (find_row (page, "Staying at stage 1. An old way of saying it."));
}

/* A label under WIDGET whose text contains TEXT, shown or not */
static GtkLabel *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_type (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), text) != NULL)
      return g_ptr_array_index (labels, i);
  return NULL;
}

static gboolean
is_routine_view (gpointer page)
{
  return g_strcmp0 (stride_routines_page_get_view (page), "routine") == 0;
}

/* The symptom checker's suggested routine opens the routine's page, not the player: its
 * one-sided exercises on the side that hurts, said on the page and in each exercise's
 * steps; Start plays them on that side only, with steps that do not send you to the other. */
static void
test_suggested_routine_on_side (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *symptoms = stride_window_get_page (fixture->window, "symptoms");
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  const StrideExercise *clamshell = stride_content_find_exercise (stride_context_get_content (stride_test_app_context ()),
                                                                  "clamshell");
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideRoutineRunner *runner;
  GtkWidget *row;
  GtkLabel *steps;

  g_assert_nonnull (clamshell->one_side_step);
  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "symptoms");
  g_assert_true (gtk_widget_activate_action (symptoms, "symptoms.open-routine", "(ss)", "sit_bone_strength_routine", "left"));
  stride_test_wait_until (is_routine_view, page);
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  g_assert_nonnull (find_label (GTK_WIDGET (page),
                                "Left side only: exercises done one side at a time work your left side, the side that hurts."));
  row = find_row (GTK_WIDGET (page), "Clamshell");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "left side only"));
  screenshot (fixture, "routine-left-side");

  /* The exercise's page: the steps for one side */
  gtk_widget_activate (row);
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "exercise");
  g_assert_nonnull (find_label (GTK_WIDGET (page), clamshell->one_side_step));
  g_assert_null (find_label_containing (GTK_WIDGET (page), "take turns"));
  screenshot (fixture, "routine-left-side-exercise");
  stride_page_go_back (STRIDE_PAGE (page));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "routine");
  g_assert_nonnull (find_label (GTK_WIDGET (page),
                                "Left side only: exercises done one side at a time work your left side, the side that hurts."));

  /* Start: the left side only, and the steps say so */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.start", NULL));
  g_assert_cmpstr (stride_routines_page_get_view (page), ==, "player");
  runner = stride_routine_player_get_runner (player);
  g_assert_cmpstr (stride_routine_runner_get_item_exercise (runner, 1), ==, "clamshell");
  g_assert_cmpint (stride_routine_runner_get_only_side (runner, 1), ==, STRIDE_RUNNER_SIDE_LEFT);
  for (guint i = 0; i < 100 && stride_routine_runner_get_item (runner) != 1; i++)
    stride_routine_runner_skip (runner);
  g_assert_cmpint (stride_routine_runner_get_item (runner), ==, 1);
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_LEFT);
  steps = find_label_containing (GTK_WIDGET (player), "Stack your hips");
  g_assert_nonnull (steps);
  g_assert_nonnull (strstr (gtk_label_get_label (steps), clamshell->one_side_step));
  g_assert_null (strstr (gtk_label_get_label (steps), "take turns"));
  stride_routine_runner_end (runner);

  /* The same routine from the list works both sides again */
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "routine-page", "sit_bone_strength_routine"));
  g_assert_null (find_label_containing (GTK_WIDGET (page), "Left side only"));
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (GTK_WIDGET (page), "Clamshell"))), "left side only"));
}

/* Return to running: the player times runs and walks, and says which. */
/* The question a program with a start condition asks, in its words, once it is shown */
static AdwMessageDialog *
wait_for_start_question (void)
{
  AdwMessageDialog *dialog = stride_test_wait_for_start_question ();

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Can You Start Now?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cleared you to run"));
  return dialog;
}

static void
test_walk_run (Fixture       *fixture,
               gconstpointer  data)
{
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (fixture->window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  StrideProgramView *view;
  StrideRoutineRunner *runner;

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (fixture->window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "program", "return_to_run_program"));
  view = program_view (GTK_WIDGET (page));

  /* Its start condition (pain-free walking; a clinician's clearance after a bone stress
   * injury) is asked, not only written on the page: "Not Yet" starts nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "program.start", NULL));
  adw_message_dialog_response (wait_for_start_question (), "cancel");
  stride_test_drain_events ();
  g_assert_null (find_row (GTK_WIDGET (page), "Walk-run intervals"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "program.start", NULL));
  adw_message_dialog_response (wait_for_start_question (), "start");
  stride_test_drain_events ();
  g_assert_nonnull (find_row (GTK_WIDGET (page), "Walk-run intervals"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (GTK_WIDGET (page), "Walk-run intervals"))), ==,
                   "10 × run 1 minute, walk 1 minute");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "program.play", NULL));
  runner = stride_routine_player_get_runner (player);

  /* Get ready 5 s, run 60 s, walk 60 s */
  stride_clock_advance (clock, 6 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Run"));
  screenshot (fixture, "program-run");
  stride_clock_advance (clock, 60 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_REST);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Walk"));
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (runner), >, 50);
  stride_routine_runner_end (runner);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user folders */
  data_dir = g_dir_make_tmp ("stride-programs-ui-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shared_app = stride_test_register_app ();

  g_test_add ("/stride/programs/start-from-condition", Fixture, NULL, fixture_set_up, test_start_from_condition, fixture_tear_down);
  g_test_add ("/stride/programs/play-session", Fixture, NULL, fixture_set_up, test_play_session, fixture_tear_down);
  g_test_add ("/stride/programs/worse-morning-steps-back", Fixture, NULL, fixture_set_up, test_worse_morning_steps_back, fixture_tear_down);
  g_test_add ("/stride/programs/stage-two-steps-back", Fixture, NULL, fixture_set_up, test_stage_two_steps_back, fixture_tear_down);
  g_test_add ("/stride/programs/paused-until-seen", Fixture, NULL, fixture_set_up, test_paused_until_seen, fixture_tear_down);
  g_test_add ("/stride/programs/old-decision-text", Fixture, NULL, fixture_set_up, test_old_decision_text, fixture_tear_down);
  g_test_add ("/stride/programs/suggested-routine-on-side", Fixture, NULL, fixture_set_up, test_suggested_routine_on_side, fixture_tear_down);
  g_test_add ("/stride/programs/walk-run", Fixture, NULL, fixture_set_up, test_walk_run, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&shared_app);
  stride_test_remove_tree (data_dir);
  g_free (data_dir);
  return status;
}
