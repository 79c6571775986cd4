/* test-runner.c — the routine runner, driven by a fake clock, and the dose it adapts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "stride-dose.h"
#include "stride-reminder-schedule.h"
#include "stride-progress-stats.h"
#include "stride-routine-runner.h"
#include "stride-session-record.h"

#define SEC G_USEC_PER_SEC

/* What the runner puts in a history session, as it is saved. */
static JsonObject *
session_outcome (StrideRoutineRunner *runner)
{
  g_autoptr(StrideSessionRecord) session = stride_session_record_new ("hip_strength_routine", NULL);

  stride_session_record_set_outcome (session, runner);
  return stride_session_record_to_json (session);
}

/* Rated after each exercise: each exercise follows its own rating, the rest the session's */
static void
test_dose_decide_per_exercise (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(StrideSessionRecord) session = NULL;

  g_assert_true (json_parser_load_from_data (parser,
    "{\"pain\": 2, \"effort\": \"too_easy\", \"ratings\": {"
    "  \"clamshell\": {\"pain\": 7, \"effort\": \"about_right\"},"
    "  \"bridge\": {\"pain\": 4, \"effort\": \"too_easy\"},"
    "  \"plank\": {\"pain\": 1, \"effort\": \"too_hard\"},"
    "  \"broken\": \"not an object\"}}", -1, NULL));
  session = stride_session_record_new_from_json (json_node_get_object (json_parser_get_root (parser)));

  g_assert_cmpint (stride_session_record_decide (session, "clamshell"), ==, STRIDE_DOSE_STEP_BACK);
  g_assert_cmpint (stride_session_record_decide (session, "bridge"), ==, STRIDE_DOSE_HOLD);
  g_assert_cmpint (stride_session_record_decide (session, "plank"), ==, STRIDE_DOSE_STEP_BACK);
  /* Not rated on its own, or a bad rating: the session's rating */
  g_assert_cmpint (stride_session_record_decide (session, "side_plank"), ==, STRIDE_DOSE_PROGRESS);
  g_assert_cmpint (stride_session_record_decide (session, "broken"), ==, STRIDE_DOSE_PROGRESS);
}

typedef struct
{
  StrideClock         *clock;
  StrideRoutineRunner *runner;
  GPtrArray           *items;
  GString             *phases;   /* "get_ready:left:1 work:left:1 …" */
  GString             *cues;     /* "3 2 1 start switch …" */
  GString             *reps;
} Fixture;

static void
free_item (gpointer data)
{
  StrideRoutineItem *item = data;

  g_free (item->exercise);
  g_free (item->test);
  g_free (item);
}

static void
add_item (Fixture    *fixture,
          const char *exercise,
          StrideDose  dose)
{
  StrideRoutineItem *item = g_new0 (StrideRoutineItem, 1);

  item->exercise = g_strdup (exercise);
  item->dose = dose;
  g_ptr_array_add (fixture->items, item);
}

static void
phase_changed_cb (StrideRoutineRunner *runner,
                  Fixture             *fixture)
{
  StridePhase phase = stride_routine_runner_get_phase (runner);

  if (fixture->phases->len > 0)
    g_string_append_c (fixture->phases, ' ');
  if (phase == STRIDE_PHASE_DONE)
    g_string_append (fixture->phases, "done");
  else
    g_string_append_printf (fixture->phases, "%s:%s:%u", stride_phase_to_string (phase),
                            stride_runner_side_to_string (stride_routine_runner_get_side (runner)),
                            stride_routine_runner_get_set (runner));
}

static void
cue_cb (StrideRoutineRunner *runner,
        int                  cue,
        guint                n,
        Fixture             *fixture)
{
  static const char * const names[] = { "countdown", "start", "switch", "rest", "done" };

  if (fixture->cues->len > 0)
    g_string_append_c (fixture->cues, ' ');
  if (cue == STRIDE_RUNNER_CUE_COUNTDOWN)
    g_string_append_printf (fixture->cues, "%u", n);
  else
    g_string_append (fixture->cues, names[cue]);
}

static void
rep_cb (StrideRoutineRunner *runner,
        guint                rep,
        Fixture             *fixture)
{
  g_string_append_printf (fixture->reps, "%u", rep);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->clock = stride_clock_new_fake ();
  fixture->items = g_ptr_array_new_with_free_func (free_item);
  fixture->phases = g_string_new (NULL);
  fixture->cues = g_string_new (NULL);
  fixture->reps = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->runner != NULL)
    g_assert_finalize_object (fixture->runner);
  g_assert_finalize_object (fixture->clock);
  g_ptr_array_unref (fixture->items);
  g_string_free (fixture->phases, TRUE);
  g_string_free (fixture->cues, TRUE);
  g_string_free (fixture->reps, TRUE);
}

static void
start (Fixture *fixture,
       guint    get_ready_s,
       guint    switch_s)
{
  fixture->runner = stride_routine_runner_new (fixture->clock, fixture->items);
  stride_routine_runner_set_get_ready_s (fixture->runner, get_ready_s);
  stride_routine_runner_set_switch_s (fixture->runner, switch_s);
  g_signal_connect (fixture->runner, "phase-changed", G_CALLBACK (phase_changed_cb), fixture);
  g_signal_connect (fixture->runner, "cue", G_CALLBACK (cue_cb), fixture);
  g_signal_connect (fixture->runner, "rep", G_CALLBACK (rep_cb), fixture);
  stride_routine_runner_start (fixture->runner);
}

static void
advance (Fixture *fixture,
         double   seconds)
{
  stride_clock_advance (fixture->clock, (gint64) (seconds * SEC));
}

/* Every transition of a two-sided hold with rest between sets, then a one-sided... */
static void
test_transitions (Fixture       *fixture,
                  gconstpointer  data)
{
  StrideRoutineRunner *runner;

  add_item (fixture, "kneeling_hip_flexor_stretch", (StrideDose) { 2, 0, 30, 10, STRIDE_SIDES_EACH, 0 });
  add_item (fixture, "glute_bridge", (StrideDose) { 1, 0, 20, 0, STRIDE_SIDES_BOTH, 0 });
  start (fixture, 5, 5);
  runner = fixture->runner;

  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_GET_READY);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (runner), ==, 5);
  g_assert_cmpstr (stride_routine_runner_get_exercise (runner), ==, "kneeling_hip_flexor_stretch");

  advance (fixture, 5);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_LEFT);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (runner), ==, 30);
  advance (fixture, 12.5);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (runner), ==, 18);
  advance (fixture, 17.5);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_SWITCH_SIDE);
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_RIGHT);

  /* The rest of the routine: 5 + 30 + 10 + 30 + 5 + 30 + 5 (get ready) + 20 */
  advance (fixture, 5 + 30 + 10 + 30 + 5 + 30 + 5 + 20);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_true (stride_routine_runner_get_completed (runner));
  g_assert_cmpstr (fixture->phases->str, ==,
                   "get_ready:left:1 work:left:1 switch_side:right:1 work:right:1 rest:left:2 "
                   "work:left:2 switch_side:right:2 work:right:2 "
                   "get_ready:none:1 work:none:1 done");
  g_assert_cmpstr (fixture->cues->str, ==,
                   "3 2 1 start switch 3 2 1 start rest 3 2 1 start switch 3 2 1 start "
                   "3 2 1 start done");
  g_assert_cmpuint (stride_routine_runner_get_sets_done (runner, 0), ==, 2);
  g_assert_cmpuint (stride_routine_runner_get_sets_done (runner, 1), ==, 1);
  g_assert_cmpuint (stride_routine_runner_get_active_s (runner), ==, 5 + 30 + 5 + 30 + 10 + 30 + 5 + 30 + 5 + 20);
  g_assert_cmpfloat (stride_routine_runner_get_progress (runner), ==, 1.0);
}

static void
test_reps_at_tempo (Fixture       *fixture,
                    gconstpointer  data)
{
  add_item (fixture, "clamshell", (StrideDose) { 1, 4, 0, 0, STRIDE_SIDES_NONE, 2 });
  start (fixture, 0, 0);

  g_assert_cmpint (stride_routine_runner_get_phase (fixture->runner), ==, STRIDE_PHASE_WORK);
  g_assert_cmpuint (stride_routine_runner_get_n_reps (fixture->runner), ==, 4);
  g_assert_cmpuint (stride_routine_runner_get_rep (fixture->runner), ==, 1);
  advance (fixture, 4.5);
  g_assert_cmpuint (stride_routine_runner_get_rep (fixture->runner), ==, 3);
  advance (fixture, 3.5);
  g_assert_cmpint (stride_routine_runner_get_phase (fixture->runner), ==, STRIDE_PHASE_DONE);
  g_assert_cmpstr (fixture->reps->str, ==, "1234");
}

/* Rest 0 and get-ready 0: no such phases at all. */
static void
test_zero_rest (Fixture       *fixture,
                gconstpointer  data)
{
  add_item (fixture, "side_plank", (StrideDose) { 3, 0, 10, 0, STRIDE_SIDES_BOTH, 0 });
  start (fixture, 0, 5);
  advance (fixture, 30);
  g_assert_cmpstr (fixture->phases->str, ==, "work:none:1 work:none:2 work:none:3 done");
  g_assert_cmpuint (stride_routine_runner_get_sets_done (fixture->runner, 0), ==, 3);
}

static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  StrideRoutineRunner *runner;
  guint notified = 0;

  add_item (fixture, "glute_stretch", (StrideDose) { 1, 0, 30, 0, STRIDE_SIDES_BOTH, 0 });
  start (fixture, 0, 0);
  runner = fixture->runner;
  g_signal_connect_swapped (runner, "notify::paused", G_CALLBACK (g_atomic_int_inc), &notified);

  advance (fixture, 10);
  stride_routine_runner_toggle_pause (runner);
  g_assert_true (stride_routine_runner_get_paused (runner));
  stride_routine_runner_pause (runner);     /* already paused: no notify */
  advance (fixture, 300);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (runner), ==, 20);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);

  stride_routine_runner_toggle_pause (runner);
  g_assert_false (stride_routine_runner_get_paused (runner));
  g_assert_cmpuint (notified, ==, 2);
  advance (fixture, 19.5);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (runner), ==, 1);
  advance (fixture, 0.5);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_cmpuint (stride_routine_runner_get_active_s (runner), ==, 30);
}

static void
test_skip (Fixture       *fixture,
           gconstpointer  data)
{
  StrideRoutineRunner *runner;

  add_item (fixture, "clamshell", (StrideDose) { 2, 0, 30, 20, STRIDE_SIDES_EACH, 0 });
  start (fixture, 5, 5);
  runner = fixture->runner;

  stride_routine_runner_skip (runner);     /* get ready → work left */
  stride_routine_runner_skip (runner);     /* work left (skipped) → switch */
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_SWITCH_SIDE);
  stride_routine_runner_skip (runner);
  advance (fixture, 30);                   /* right side done by time */
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_REST);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (runner), ==, 20);
  /* A skipped side means the set was not done in full */
  g_assert_cmpuint (stride_routine_runner_get_sets_done (runner, 0), ==, 0);

  for (guint i = 0; i < 4; i++)
    stride_routine_runner_skip (runner);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);
  g_assert_true (stride_routine_runner_get_completed (runner));
}

static void
test_back (Fixture       *fixture,
           gconstpointer  data)
{
  StrideRoutineRunner *runner;

  add_item (fixture, "tfl_stretch", (StrideDose) { 2, 0, 30, 10, STRIDE_SIDES_EACH, 0 });
  start (fixture, 5, 5);
  runner = fixture->runner;

  advance (fixture, 5 + 10);               /* 10 s into the left side */
  stride_routine_runner_back (runner);     /* restarts it */
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_LEFT);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (runner), ==, 30);

  advance (fixture, 30 + 5 + 1);           /* 1 s into the right side */
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_RIGHT);
  stride_routine_runner_back (runner);     /* early: to the left side */
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_LEFT);
  g_assert_cmpuint (stride_routine_runner_get_set (runner), ==, 1);

  advance (fixture, 30 + 5 + 30 + 2);      /* in the rest */
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_REST);
  stride_routine_runner_back (runner);     /* from a rest: the work before it */
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
  g_assert_cmpint (stride_routine_runner_get_side (runner), ==, STRIDE_RUNNER_SIDE_RIGHT);

  /* Back while paused stays paused, with the full time left */
  stride_routine_runner_pause (runner);
  stride_routine_runner_back (runner);
  g_assert_true (stride_routine_runner_get_paused (runner));
  advance (fixture, 100);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_WORK);
}

static void
test_end_early (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonObject) summary = NULL;
  JsonObject *first;

  add_item (fixture, "glute_bridge", (StrideDose) { 3, 10, 0, 30, STRIDE_SIDES_BOTH, 3 });
  add_item (fixture, "clamshell", (StrideDose) { 2, 10, 0, 30, STRIDE_SIDES_EACH, 2 });
  start (fixture, 5, 5);
  advance (fixture, 5 + 30 + 30 + 10);     /* one set done, in the second */
  stride_routine_runner_end (fixture->runner);

  g_assert_cmpint (stride_routine_runner_get_phase (fixture->runner), ==, STRIDE_PHASE_DONE);
  g_assert_false (stride_routine_runner_get_completed (fixture->runner));
  g_assert_false (g_str_has_suffix (fixture->cues->str, "done"));
  advance (fixture, 1000);                 /* nothing moves once ended */
  g_assert_true (g_str_has_suffix (fixture->phases->str, "work:none:2 done"));

  summary = session_outcome (fixture->runner);
  g_assert_false (json_object_get_boolean_member (summary, "completed"));
  g_assert_cmpint (json_object_get_int_member (summary, "duration_s"), ==, 75);
  first = json_array_get_object_element (json_object_get_array_member (summary, "exercises"), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "exercise"), ==, "glute_bridge");
  g_assert_cmpint (json_object_get_int_member (first, "sets_done"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (first, "sets"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (first, "dose"), "reps"), ==, 10);
}

/* The count-in lasts its full count: nothing but the clock ends it */
static void
test_count_in_full (Fixture       *fixture,
                    gconstpointer  data)
{
  add_item (fixture, "clamshell", (StrideDose) { 1, 0, 20, 0, STRIDE_SIDES_EACH, 0 });
  start (fixture, 5, 5);

  g_assert_cmpint (stride_routine_runner_get_phase (fixture->runner), ==, STRIDE_PHASE_GET_READY);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (fixture->runner), ==, 5);
  advance (fixture, 4.9);
  g_assert_cmpint (stride_routine_runner_get_phase (fixture->runner), ==, STRIDE_PHASE_GET_READY);
  advance (fixture, 0.1);
  g_assert_cmpint (stride_routine_runner_get_phase (fixture->runner), ==, STRIDE_PHASE_WORK);
  g_assert_cmpuint (stride_routine_runner_get_remaining_s (fixture->runner), ==, 20);
}

/* The weaker side's extra set comes after the others, on that side only; the rest set in
 * Preferences replaces the dose's. */
static void
test_extra_set (Fixture       *fixture,
                gconstpointer  data)
{
  guint sides_left = 0, sides_right = 0;

  add_item (fixture, "side_plank", (StrideDose) { 2, 0, 10, 30, STRIDE_SIDES_EACH, 0 });
  fixture->runner = stride_routine_runner_new (fixture->clock, fixture->items);
  stride_routine_runner_set_get_ready_s (fixture->runner, 0);
  stride_routine_runner_set_switch_s (fixture->runner, 0);
  stride_routine_runner_set_rest_s (fixture->runner, 15);
  stride_routine_runner_set_extra_set (fixture->runner, 0, STRIDE_RUNNER_SIDE_LEFT);
  stride_routine_runner_start (fixture->runner);

  g_assert_cmpuint (stride_routine_runner_get_sets_planned_total (fixture->runner), ==, 5);
  while (stride_routine_runner_get_phase (fixture->runner) != STRIDE_PHASE_DONE)
    {
      if (stride_routine_runner_get_phase (fixture->runner) == STRIDE_PHASE_WORK)
        {
          if (stride_routine_runner_get_side (fixture->runner) == STRIDE_RUNNER_SIDE_LEFT)
            sides_left++;
          else
            sides_right++;
          if (stride_routine_runner_get_set (fixture->runner) == 3)
            {
              g_assert_cmpint (stride_routine_runner_get_side (fixture->runner), ==, STRIDE_RUNNER_SIDE_LEFT);
              g_assert_cmpuint (stride_routine_runner_get_n_sets (fixture->runner), ==, 3);
            }
        }
      if (stride_routine_runner_get_phase (fixture->runner) == STRIDE_PHASE_REST)
        g_assert_cmpuint (stride_routine_runner_get_duration_s (fixture->runner), ==, 15);
      advance (fixture, 1);
      if (stride_routine_runner_get_phase (fixture->runner) != STRIDE_PHASE_DONE)
        stride_routine_runner_skip (fixture->runner);
    }
  g_assert_cmpuint (sides_left, ==, 3);
  g_assert_cmpuint (sides_right, ==, 2);
}

/* Skipping through is not finishing: under half the sets done is "ended early". */
static void
test_ended_early (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonObject) summary = NULL;

  add_item (fixture, "glute_bridge", (StrideDose) { 4, 0, 10, 0, STRIDE_SIDES_BOTH, 0 });
  start (fixture, 0, 0);
  /* One set done in full, one half done, then skip to the end: 1 of 4 */
  advance (fixture, 10);
  advance (fixture, 5);
  while (stride_routine_runner_get_phase (fixture->runner) != STRIDE_PHASE_DONE)
    stride_routine_runner_skip (fixture->runner);
  g_assert_true (stride_routine_runner_get_completed (fixture->runner));
  g_assert_true (stride_routine_runner_get_ended_early (fixture->runner));
  summary = session_outcome (fixture->runner);
  g_assert_false (json_object_get_boolean_member (summary, "completed"));
  g_assert_true (json_object_get_boolean_member (summary, "ended_early"));
  g_assert_cmpint (json_object_get_int_member (summary, "sets_done"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "sets_planned"), ==, 4);
}

/* Half done is not early (at, below and above the threshold). */
static void
test_ended_early_threshold (void)
{
  for (guint done = 1; done <= 3; done++)
    {
      g_autoptr(StrideClock) clock = stride_clock_new_fake ();
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
      StrideRoutineItem *item = g_new0 (StrideRoutineItem, 1);
      g_autoptr(StrideRoutineRunner) runner = NULL;

      item->exercise = (char *) "glute_bridge";
      item->dose = (StrideDose) { 4, 0, 10, 0, STRIDE_SIDES_BOTH, 0 };
      g_ptr_array_add (items, item);
      runner = stride_routine_runner_new (clock, items);
      stride_routine_runner_set_get_ready_s (runner, 0);
      stride_routine_runner_start (runner);
      stride_clock_advance (clock, (gint64) done * 10 * SEC);
      stride_routine_runner_end (runner);
      g_assert_cmpint (stride_routine_runner_get_ended_early (runner), ==, done < 2);
    }
}

/* A personal routine may train one side only */
static void
test_only_side (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonObject) summary = NULL;

  add_item (fixture, "kneeling_hip_flexor_stretch", (StrideDose) { 2, 0, 30, 10, STRIDE_SIDES_EACH, 0 });
  fixture->runner = stride_routine_runner_new (fixture->clock, fixture->items);
  stride_routine_runner_set_only_side (fixture->runner, 0, STRIDE_RUNNER_SIDE_RIGHT);
  g_signal_connect (fixture->runner, "phase-changed", G_CALLBACK (phase_changed_cb), fixture);
  stride_routine_runner_start (fixture->runner);
  advance (fixture, 5 + 30 + 10 + 30);

  g_assert_cmpstr (fixture->phases->str, ==, "get_ready:right:1 work:right:1 rest:right:2 work:right:2 done");
  g_assert_cmpuint (stride_routine_runner_get_sets_done (fixture->runner, 0), ==, 2);
  summary = session_outcome (fixture->runner);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (summary, "exercises"), 0), "sides"),
                   ==, "right");
}

static void
test_next_work (Fixture       *fixture,
                gconstpointer  data)
{
  guint item = 99;
  StrideRunnerSide side = STRIDE_RUNNER_SIDE_NONE;

  add_item (fixture, "clamshell", (StrideDose) { 1, 0, 10, 0, STRIDE_SIDES_EACH, 0 });
  add_item (fixture, "glute_bridge", (StrideDose) { 1, 0, 10, 0, STRIDE_SIDES_BOTH, 0 });
  start (fixture, 3, 3);

  g_assert_true (stride_routine_runner_get_next_work (fixture->runner, &item, &side));
  g_assert_cmpuint (item, ==, 0);
  g_assert_cmpint (side, ==, STRIDE_RUNNER_SIDE_LEFT);
  advance (fixture, 3 + 10 + 3 + 5);
  g_assert_true (stride_routine_runner_get_next_work (fixture->runner, &item, &side));
  g_assert_cmpuint (item, ==, 1);
  g_assert_cmpint (side, ==, STRIDE_RUNNER_SIDE_NONE);
  advance (fixture, 5 + 3);
  g_assert_false (stride_routine_runner_get_next_work (fixture->runner, &item, &side));
}

/* Between sets of one exercise the player says which set comes next: during the rest
 * after set 1 of 2 it is set 2 of 2 of the same item; the weaker side's extra set is
 * "3 of 3". */
static void
test_next_set (Fixture       *fixture,
               gconstpointer  data)
{
  guint item = 99, set = 0, n_sets = 0;
  StrideRunnerSide side = STRIDE_RUNNER_SIDE_NONE;

  add_item (fixture, "glute_bridge", (StrideDose) { 2, 0, 10, 5, STRIDE_SIDES_BOTH, 0 });
  start (fixture, 3, 3);

  g_assert_true (stride_routine_runner_get_next_set (fixture->runner, &set, &n_sets));
  g_assert_cmpuint (set, ==, 1);
  g_assert_cmpuint (n_sets, ==, 2);
  advance (fixture, 3 + 10 + 1);      /* resting after set 1 */
  g_assert_cmpint (stride_routine_runner_get_phase (fixture->runner), ==, STRIDE_PHASE_REST);
  g_assert_true (stride_routine_runner_get_next_work (fixture->runner, &item, &side));
  g_assert_cmpint ((int) item, ==, stride_routine_runner_get_item (fixture->runner));
  g_assert_true (stride_routine_runner_get_next_set (fixture->runner, &set, &n_sets));
  g_assert_cmpuint (set, ==, 2);
  g_assert_cmpuint (n_sets, ==, 2);
  advance (fixture, 5 + 10);
  g_assert_false (stride_routine_runner_get_next_set (fixture->runner, &set, &n_sets));
}

/* Dose adaptation */

typedef struct
{
  int              pain;
  StrideEffort     effort;
  gboolean         worse;
  StrideDoseChange expected;
} DecideCase;

static void
test_dose_decide (void)
{
  static const DecideCase cases[] = {
    { 0, STRIDE_EFFORT_TOO_EASY, FALSE, STRIDE_DOSE_PROGRESS },
    { 3, STRIDE_EFFORT_TOO_EASY, FALSE, STRIDE_DOSE_PROGRESS },
    { 3, STRIDE_EFFORT_ABOUT_RIGHT, FALSE, STRIDE_DOSE_HOLD },
    { 2, STRIDE_EFFORT_UNKNOWN, FALSE, STRIDE_DOSE_HOLD },
    { 1, STRIDE_EFFORT_TOO_HARD, FALSE, STRIDE_DOSE_STEP_BACK },
    { 4, STRIDE_EFFORT_TOO_EASY, FALSE, STRIDE_DOSE_HOLD },
    { 5, STRIDE_EFFORT_TOO_EASY, FALSE, STRIDE_DOSE_HOLD },
    { 5, STRIDE_EFFORT_ABOUT_RIGHT, FALSE, STRIDE_DOSE_HOLD },
    { 6, STRIDE_EFFORT_TOO_EASY, FALSE, STRIDE_DOSE_STEP_BACK },
    { 10, STRIDE_EFFORT_ABOUT_RIGHT, FALSE, STRIDE_DOSE_STEP_BACK },
    { 0, STRIDE_EFFORT_TOO_EASY, TRUE, STRIDE_DOSE_STEP_BACK },
    { STRIDE_PAIN_UNKNOWN, STRIDE_EFFORT_TOO_EASY, FALSE, STRIDE_DOSE_HOLD },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u: pain %d", i, cases[i].pain);
      g_assert_cmpint (stride_dose_decide (cases[i].pain, cases[i].effort, cases[i].worse), ==, cases[i].expected);
    }
}

typedef struct
{
  const char       *kind;
  StrideDose        dose;
  StrideDoseChange  change;
  gboolean          moved;
  guint             sets, reps, hold_s;
} AdaptCase;

static void
test_dose_adapt (void)
{
  static const AdaptCase cases[] = {
    /* Stretch: more holds up to 4, then longer up to 60 s; back the other way */
    { "stretch", { 2, 0, 30, 15, STRIDE_SIDES_EACH, 0 }, STRIDE_DOSE_PROGRESS, TRUE, 3, 0, 30 },
    { "stretch", { 4, 0, 30, 15, STRIDE_SIDES_EACH, 0 }, STRIDE_DOSE_PROGRESS, TRUE, 4, 0, 45 },
    { "stretch", { 4, 0, 60, 15, STRIDE_SIDES_EACH, 0 }, STRIDE_DOSE_PROGRESS, FALSE, 4, 0, 60 },
    { "stretch", { 3, 0, 45, 15, STRIDE_SIDES_EACH, 0 }, STRIDE_DOSE_STEP_BACK, TRUE, 3, 0, 30 },
    { "stretch", { 3, 0, 30, 15, STRIDE_SIDES_EACH, 0 }, STRIDE_DOSE_STEP_BACK, TRUE, 2, 0, 30 },
    { "stretch", { 1, 0, 30, 15, STRIDE_SIDES_EACH, 0 }, STRIDE_DOSE_STEP_BACK, FALSE, 1, 0, 30 },
    { "stretch", { 2, 0, 30, 15, STRIDE_SIDES_EACH, 0 }, STRIDE_DOSE_HOLD, TRUE, 2, 0, 30 },
    /* Strength reps: 8–12, then sets up to 4; back: sets down to 2, then reps to 8 */
    { "strength", { 3, 10, 0, 45, STRIDE_SIDES_BOTH, 3 }, STRIDE_DOSE_PROGRESS, TRUE, 3, 12, 0 },
    { "strength", { 3, 12, 0, 45, STRIDE_SIDES_BOTH, 3 }, STRIDE_DOSE_PROGRESS, TRUE, 4, 12, 0 },
    { "strength", { 4, 12, 0, 45, STRIDE_SIDES_BOTH, 3 }, STRIDE_DOSE_PROGRESS, FALSE, 4, 12, 0 },
    { "strength", { 3, 15, 0, 45, STRIDE_SIDES_BOTH, 3 }, STRIDE_DOSE_PROGRESS, TRUE, 3, 17, 0 },
    { "strength", { 3, 12, 0, 45, STRIDE_SIDES_BOTH, 3 }, STRIDE_DOSE_STEP_BACK, TRUE, 2, 12, 0 },
    { "strength", { 2, 12, 0, 45, STRIDE_SIDES_BOTH, 3 }, STRIDE_DOSE_STEP_BACK, TRUE, 2, 10, 0 },
    { "strength", { 2, 8, 0, 45, STRIDE_SIDES_BOTH, 3 }, STRIDE_DOSE_STEP_BACK, FALSE, 2, 8, 0 },
    /* Isometric holds: 10–45 s, then sets up to 5 */
    { "strength", { 5, 0, 40, 60, STRIDE_SIDES_BOTH, 0 }, STRIDE_DOSE_PROGRESS, TRUE, 5, 0, 45 },
    { "strength", { 4, 0, 45, 60, STRIDE_SIDES_BOTH, 0 }, STRIDE_DOSE_PROGRESS, TRUE, 5, 0, 45 },
    { "strength", { 5, 0, 45, 60, STRIDE_SIDES_BOTH, 0 }, STRIDE_DOSE_PROGRESS, FALSE, 5, 0, 45 },
    { "strength", { 5, 0, 30, 60, STRIDE_SIDES_BOTH, 0 }, STRIDE_DOSE_STEP_BACK, TRUE, 5, 0, 25 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const AdaptCase *c = &cases[i];
      StrideDose next;

      g_test_message ("case %u", i);
      g_assert_cmpint (stride_dose_adapt (&c->dose, c->kind, c->change, &next), ==, c->moved);
      g_assert_cmpuint (next.sets, ==, c->sets);
      g_assert_cmpuint (next.reps, ==, c->reps);
      g_assert_cmpuint (next.hold_s, ==, c->hold_s);
      g_assert_cmpuint (next.rest_s, ==, c->dose.rest_s);
      g_assert_cmpint (next.sides, ==, c->dose.sides);
    }
}

static JsonObject *
session_data (const StrideDose *done,
              const StrideDose *next)
{
  JsonObject *data = json_object_new ();
  JsonArray *exercises = json_array_new ();
  JsonObject *exercise = json_object_new ();
  JsonObject *next_dose = json_object_new ();

  json_object_set_string_member (exercise, "exercise", "glute_bridge");
  json_object_set_object_member (exercise, "dose", stride_dose_to_json (done));
  json_array_add_object_element (exercises, exercise);
  json_object_set_object_member (next_dose, "glute_bridge", stride_dose_to_json (next));
  json_object_set_string_member (data, "routine", "hip_strength_routine");
  json_object_set_array_member (data, "exercises", exercises);
  json_object_set_object_member (data, "next_dose", next_dose);
  return data;
}

/* The next session's dose comes from history, and a worse next morning steps it back. */
static void
test_dose_next_session (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-dose-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  const StrideDose base = { 3, 10, 0, 45, STRIDE_SIDES_BOTH, 3 };
  const StrideDose progressed = { 3, 12, 0, 45, STRIDE_SIDES_BOTH, 3 };
  g_autoptr(JsonObject) data = session_data (&base, &progressed);
  g_autoptr(JsonObject) check_in = json_object_new ();
  g_autoptr(GDateTime) evening = g_date_time_new_local (2026, 11, 24, 19, 0, 0);
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 11, 25, 8, 0, 0);
  StrideHistoryEntry *session;
  StrideDose dose;

  stride_dose_for_next_session (history, "hip_strength_routine", "glute_bridge", "strength", &base, &dose);
  g_assert_cmpuint (dose.reps, ==, 10);

  session = stride_history_append (history, STRIDE_HISTORY_SESSION, evening, data, NULL);
  g_assert_nonnull (session);
  stride_dose_for_next_session (history, "hip_strength_routine", "glute_bridge", "strength", &base, &dose);
  g_assert_cmpuint (dose.reps, ==, 12);
  stride_dose_for_next_session (history, "hip_stretch_routine", "glute_bridge", "strength", &base, &dose);
  g_assert_cmpuint (dose.reps, ==, 10);

  json_object_set_string_member (check_in, "session", stride_history_entry_get_id (session));
  json_object_set_string_member (check_in, "compared", "worse");
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_CHECK_IN, morning, check_in, NULL));
  stride_dose_for_next_session (history, "hip_strength_routine", "glute_bridge", "strength", &base, &dose);
  g_assert_cmpuint (dose.sets, ==, 2);
  g_assert_cmpuint (dose.reps, ==, 10);

  g_remove (path);
  g_rmdir (dir);
}

/* A session that ended early changes no dose and keeps no streak going. */
static void
test_ended_early_counts_for_nothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-dose-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  const StrideDose base = { 3, 10, 0, 45, STRIDE_SIDES_BOTH, 3 };
  const StrideDose progressed = { 3, 12, 0, 45, STRIDE_SIDES_BOTH, 3 };
  g_autoptr(JsonObject) data = session_data (&base, &progressed);
  g_autoptr(JsonObject) early = session_data (&base, &progressed);
  g_autoptr(StrideSessionRecord) counting = NULL;
  g_autoptr(StrideSessionRecord) not_counting = NULL;
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 11, 23, 19, 0, 0);
  g_autoptr(GDateTime) tuesday = g_date_time_new_local (2026, 11, 24, 19, 0, 0);
  StrideDose dose;
  guint current = 0, longest = 0;

  json_object_set_boolean_member (early, "ended_early", TRUE);
  counting = stride_session_record_new_from_json (data);
  not_counting = stride_session_record_new_from_json (early);
  g_assert_true (stride_session_record_counts (counting));
  g_assert_false (stride_session_record_counts (not_counting));

  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, monday, early, NULL));
  stride_dose_for_next_session (history, "hip_strength_routine", "glute_bridge", "strength", &base, &dose);
  g_assert_cmpuint (dose.reps, ==, 10);
  stride_stats_streaks (history, tuesday, &current, &longest);
  g_assert_cmpuint (longest, ==, 0);

  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, tuesday, data, NULL));
  stride_dose_for_next_session (history, "hip_strength_routine", "glute_bridge", "strength", &base, &dose);
  g_assert_cmpuint (dose.reps, ==, 12);
  stride_stats_streaks (history, tuesday, &current, &longest);
  g_assert_cmpuint (current, ==, 1);

  g_remove (path);
  g_rmdir (dir);
}

static GDateTime *
at (int day,
    int hour,
    int minute)
{
  return g_date_time_new_local (2026, 11, day, hour, minute, 0);
}

static void
test_reminder_schedule (void)
{
  static const char * const bad[] = { "", "18", "18:", "24:00", "12:60", "ab:cd", "18:00x", "-1:00", NULL };
  g_autoptr(GDateTime) before = at (10, 17, 59);
  g_autoptr(GDateTime) after = at (10, 18, 0);
  g_autoptr(GDateTime) morning_session = at (10, 7, 0);
  g_autoptr(GDateTime) yesterday = at (9, 19, 0);
  guint hour, minute;

  g_assert_true (stride_reminder_parse_time ("07:05", &hour, &minute));
  g_assert_cmpuint (hour, ==, 7);
  g_assert_cmpuint (minute, ==, 5);
  for (guint i = 0; bad[i] != NULL; i++)
    g_assert_false (stride_reminder_parse_time (bad[i], &hour, &minute));

  g_assert_false (stride_reminder_is_due ("18:00", before, NULL, NULL));
  g_assert_true (stride_reminder_is_due ("18:00", after, NULL, NULL));
  g_assert_true (stride_reminder_is_due ("18:00", after, yesterday, yesterday));
  g_assert_false (stride_reminder_is_due ("18:00", after, morning_session, NULL));   /* done today */
  g_assert_false (stride_reminder_is_due ("18:00", after, NULL, after));             /* once a day */
  g_assert_false (stride_reminder_is_due ("nonsense", after, NULL, NULL));
}

/* Every property's value as it was last notified, and the names notified since the last look */
typedef struct
{
  GHashTable *last;    /* name → g_strdup_value_contents */
  GString    *names;
} NotifyLog;

static char *
property_text (GObject    *object,
               GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, pspec->name, &value);
  return g_strdup_value_contents (&value);
}

static void
property_notify_cb (GObject    *object,
                    GParamSpec *pspec,
                    NotifyLog  *log)
{
  g_autofree char *text = property_text (object, pspec);

  /* One notify per real change: never the value it already had */
  g_assert_cmpstr (g_hash_table_lookup (log->last, pspec->name), !=, text);
  g_hash_table_insert (log->last, g_strdup (pspec->name), g_steal_pointer (&text));
  g_string_append_printf (log->names, "%s%s", log->names->len > 0 ? " " : "", pspec->name);
}

static char *
take_names (NotifyLog *log)
{
  char *names = g_strdup (log->names->str);

  g_string_truncate (log->names, 0);
  return names;
}

/* The properties say what the getters say */
static void
assert_properties_match (StrideRoutineRunner *runner)
{
  g_autofree char *exercise = NULL;
  StridePhase phase;
  StrideRunnerSide side;
  guint set, n_sets, rep, n_reps, remaining_s, duration_s;
  int item;
  double progress;
  gboolean paused, completed;

  g_object_get (runner, "phase", &phase, "paused", &paused, "completed", &completed,
                "progress", &progress, "item", &item, "exercise", &exercise, "side", &side,
                "set", &set, "n-sets", &n_sets, "rep", &rep, "n-reps", &n_reps,
                "remaining-s", &remaining_s, "duration-s", &duration_s, NULL);
  g_assert_cmpint (phase, ==, stride_routine_runner_get_phase (runner));
  g_assert_cmpint (paused, ==, stride_routine_runner_get_paused (runner));
  g_assert_cmpint (completed, ==, stride_routine_runner_get_completed (runner));
  g_assert_cmpfloat (progress, ==, stride_routine_runner_get_progress (runner));
  g_assert_cmpint (item, ==, stride_routine_runner_get_item (runner));
  g_assert_cmpstr (exercise, ==, stride_routine_runner_get_exercise (runner));
  g_assert_cmpint (side, ==, stride_routine_runner_get_side (runner));
  g_assert_cmpuint (set, ==, stride_routine_runner_get_set (runner));
  g_assert_cmpuint (n_sets, ==, stride_routine_runner_get_n_sets (runner));
  g_assert_cmpuint (rep, ==, stride_routine_runner_get_rep (runner));
  g_assert_cmpuint (n_reps, ==, stride_routine_runner_get_n_reps (runner));
  g_assert_cmpuint (remaining_s, ==, stride_routine_runner_get_remaining_s (runner));
  g_assert_cmpuint (duration_s, ==, stride_routine_runner_get_duration_s (runner));
}

/* The runner's state as properties (the player binds them): each notified once when it
 * really changes, never otherwise, and always saying what the getters say. */
static void
test_properties_notify (Fixture       *fixture,
                        gconstpointer  data)
{
  StrideRoutineRunner *runner;
  NotifyLog log = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free), g_string_new (NULL) };
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  char *names;

  add_item (fixture, "glute_bridge", (StrideDose) { 2, 3, 0, 0, STRIDE_SIDES_BOTH, 2 });
  fixture->runner = runner = stride_routine_runner_new (fixture->clock, fixture->items);
  stride_routine_runner_set_get_ready_s (runner, 5);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (runner), &n_pspecs);
  g_assert_cmpuint (n_pspecs, ==, 13);
  for (guint i = 0; i < n_pspecs; i++)
    g_hash_table_insert (log.last, g_strdup (pspecs[i]->name), property_text (G_OBJECT (runner), pspecs[i]));
  g_signal_connect (runner, "notify", G_CALLBACK (property_notify_cb), &log);
  assert_properties_match (runner);

  stride_routine_runner_start (runner);
  names = take_names (&log);
  g_assert_cmpstr (names, ==, "phase item exercise set n-sets remaining-s duration-s");
  g_free (names);
  assert_properties_match (runner);

  /* Half a second: still "5" left, nothing to say; then one second less */
  advance (fixture, 0.5);
  g_assert_cmpstr (log.names->str, ==, "");
  advance (fixture, 0.5);
  names = take_names (&log);
  g_assert_cmpstr (names, ==, "remaining-s");
  g_free (names);

  /* Each second counted down, then work: 3 reps of 2 s */
  advance (fixture, 4);
  names = take_names (&log);
  /* Progress counts sets done: none yet as the first begins */
  g_assert_cmpstr (names, ==, "remaining-s remaining-s remaining-s phase rep n-reps remaining-s duration-s");
  g_free (names);
  assert_properties_match (runner);
  advance (fixture, 2);
  names = take_names (&log);
  g_assert_cmpstr (names, ==, "remaining-s rep remaining-s");
  g_free (names);

  /* Paused, time passes: nothing changes */
  stride_routine_runner_pause (runner);
  advance (fixture, 30);
  names = take_names (&log);
  g_assert_cmpstr (names, ==, "paused");
  g_free (names);
  stride_routine_runner_resume (runner);
  g_string_truncate (log.names, 0);

  /* The second set starts over at rep 1; then the end */
  advance (fixture, 4);
  names = take_names (&log);
  g_assert_cmpstr (names, ==, "remaining-s rep remaining-s remaining-s set rep remaining-s progress");
  g_free (names);
  assert_properties_match (runner);
  advance (fixture, 6);
  names = take_names (&log);
  g_assert_cmpstr (names, ==, "remaining-s rep remaining-s remaining-s rep remaining-s remaining-s "
                              "phase item exercise set n-sets rep n-reps remaining-s duration-s progress completed");
  g_free (names);
  assert_properties_match (runner);

  g_signal_handlers_disconnect_by_func (runner, property_notify_cb, &log);
  g_hash_table_unref (log.last);
  g_string_free (log.names, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/stride/runner/transitions", test_transitions);
  ADD ("/stride/runner/reps-at-tempo", test_reps_at_tempo);
  ADD ("/stride/runner/zero-rest", test_zero_rest);
  ADD ("/stride/runner/pause-resume", test_pause_resume);
  ADD ("/stride/runner/properties-notify", test_properties_notify);
  ADD ("/stride/runner/skip", test_skip);
  ADD ("/stride/runner/back", test_back);
  ADD ("/stride/runner/end-early", test_end_early);
  ADD ("/stride/runner/count-in-full", test_count_in_full);
  ADD ("/stride/runner/extra-set", test_extra_set);
  ADD ("/stride/runner/ended-early", test_ended_early);
  g_test_add_func ("/stride/runner/ended-early-threshold", test_ended_early_threshold);
  ADD ("/stride/runner/next-work", test_next_work);
  ADD ("/stride/runner/next-set", test_next_set);
  ADD ("/stride/runner/only-side", test_only_side);
#undef ADD
  g_test_add_func ("/stride/dose/decide", test_dose_decide);
  g_test_add_func ("/stride/dose/adapt", test_dose_adapt);
  g_test_add_func ("/stride/dose/decide-per-exercise", test_dose_decide_per_exercise);
  g_test_add_func ("/stride/dose/next-session", test_dose_next_session);
  g_test_add_func ("/stride/dose/ended-early-counts-for-nothing", test_ended_early_counts_for_nothing);
  g_test_add_func ("/stride/reminder/schedule", test_reminder_schedule);

  return g_test_run ();
}
