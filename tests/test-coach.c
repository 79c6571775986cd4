/* test-coach.c — what the spoken coach says during a routine, and when (fake clock)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-coach.h"

#define SEC G_USEC_PER_SEC

typedef struct
{
  StrideClock         *clock;
  StrideRoutineRunner *runner;
  StrideCoach         *coach;
  GPtrArray           *items;
  GString             *script;   /* "0.0 !Next: … | 2.0 3 | …": "!" cuts what is said */
  gint64               started;
} Fixture;

static void
free_item (gpointer data)
{
  StrideRoutineItem *item = data;

  g_free (item->exercise);
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

static char *
name_cb (const char *exercise_id,
         gpointer    data)
{
  if (g_str_equal (exercise_id, "side_plank"))
    return g_strdup ("Side plank");
  return NULL;
}

static double
seconds (Fixture *fixture)
{
  return (double) (stride_clock_get_now (fixture->clock) - fixture->started) / SEC;
}

static void
say_cb (StrideCoach *coach,
        const char  *text,
        gboolean     interrupt,
        Fixture     *fixture)
{
  if (fixture->script->len > 0)
    g_string_append (fixture->script, " | ");
  g_string_append_printf (fixture->script, "%.1f %s%s", seconds (fixture), interrupt ? "!" : "", text);
}

static void
hush_cb (StrideCoach *coach,
         Fixture     *fixture)
{
  if (fixture->script->len > 0)
    g_string_append (fixture->script, " | ");
  g_string_append_printf (fixture->script, "%.1f hush", seconds (fixture));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->clock = stride_clock_new_fake ();
  fixture->items = g_ptr_array_new_with_free_func (free_item);
  fixture->script = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->coach);
  g_clear_object (&fixture->runner);
  g_clear_object (&fixture->clock);
  g_ptr_array_unref (fixture->items);
  g_string_free (fixture->script, TRUE);
}

static void
start (Fixture  *fixture,
       gboolean  count_reps)
{
  fixture->runner = stride_routine_runner_new (fixture->clock, fixture->items);
  fixture->coach = stride_coach_new (fixture->runner, name_cb, NULL, NULL);
  stride_coach_set_count_reps (fixture->coach, count_reps);
  g_signal_connect (fixture->coach, "say", G_CALLBACK (say_cb), fixture);
  g_signal_connect (fixture->coach, "hush", G_CALLBACK (hush_cb), fixture);
  fixture->started = stride_clock_get_now (fixture->clock);
  stride_routine_runner_start (fixture->runner);
}

/* A hold on each side, then reps with a rest between the sets: every sentence, in order,
 * at the second it is due. */
static void
test_short_routine (Fixture       *fixture,
                    gconstpointer  data)
{
  add_item (fixture, "side_plank", (StrideDose) { 1, 0, 10, 0, STRIDE_SIDES_EACH, 0 });
  add_item (fixture, "clamshell", (StrideDose) { 2, 3, 0, 20, STRIDE_SIDES_NONE, 2 });
  start (fixture, TRUE);
  stride_clock_advance (fixture->clock, 120 * SEC);

  g_assert_cmpstr (fixture->script->str, ==,
                   /* get ready (5 s), then the countdown */
                   "0.0 !Next: Side plank, left side. Get ready. | 2.0 3 | 3.0 2 | 4.0 1 | "
                   /* a 10 s hold: halfway, the last three seconds */
                   "5.0 !Go. | 10.0 Halfway. | 12.0 3 | 13.0 2 | 14.0 1 | "
                   "15.0 !Switch sides. | 17.0 3 | 18.0 2 | 19.0 1 | "
                   "20.0 !Go. | 25.0 Halfway. | 27.0 3 | 28.0 2 | 29.0 1 | "
                   /* an unknown name is said by its id; reps counted from the second */
                   "30.0 !Next: clamshell. Get ready. | 32.0 3 | 33.0 2 | 34.0 1 | "
                   "35.0 !Go. | 37.0 2 | 39.0 3 | "
                   "41.0 !Rest for 20 seconds. | 58.0 3 | 59.0 2 | 60.0 1 | "
                   "61.0 !Go. | 63.0 2 | 65.0 3 | "
                   "67.0 !Done. Well done!");
}

/* Without counting, reps are quiet; a pause silences at once; ending early says no "done". */
static void
test_pause_and_end (Fixture       *fixture,
                    gconstpointer  data)
{
  add_item (fixture, "clamshell", (StrideDose) { 1, 4, 0, 0, STRIDE_SIDES_NONE, 2 });
  start (fixture, FALSE);
  stride_clock_advance (fixture->clock, 7 * SEC);
  stride_routine_runner_pause (fixture->runner);
  stride_clock_advance (fixture->clock, 10 * SEC);
  stride_routine_runner_resume (fixture->runner);
  stride_routine_runner_end (fixture->runner);

  g_assert_cmpstr (fixture->script->str, ==,
                   "0.0 !Next: clamshell. Get ready. | 2.0 3 | 3.0 2 | 4.0 1 | 5.0 !Go. | 7.0 hush | 17.0 hush");
}

static void
test_sentences (void)
{
  g_autofree char *run = stride_coach_interval_sentence (STRIDE_COACH_INTERVAL_RUN, 120);
  g_autofree char *walk = stride_coach_interval_sentence (STRIDE_COACH_INTERVAL_WALK, 90);
  g_autofree char *one = stride_coach_interval_sentence (STRIDE_COACH_INTERVAL_WALK, 60);
  g_autofree char *next = stride_coach_next_sentence ("Clamshell", STRIDE_RUNNER_SIDE_RIGHT);

  g_assert_cmpstr (run, ==, "Run for 2 minutes.");
  g_assert_cmpstr (walk, ==, "Walk for 90 seconds.");
  g_assert_cmpstr (one, ==, "Walk for 1 minute.");
  g_assert_cmpstr (next, ==, "Next: Clamshell, right side. Get ready.");
}

static gboolean
interval_cb (const char *exercise_id,
             gpointer    data)
{
  return g_str_equal (exercise_id, "walk_run_intervals");
}

/* Walk-run intervals: each run and each walk is announced with its length. */
static void
test_walk_run (Fixture       *fixture,
               gconstpointer  data)
{
  add_item (fixture, "walk_run_intervals", (StrideDose) { 2, 0, 60, 60, STRIDE_SIDES_NONE, 0 });
  fixture->runner = stride_routine_runner_new (fixture->clock, fixture->items);
  fixture->coach = stride_coach_new (fixture->runner, name_cb, NULL, NULL);
  stride_coach_set_interval_func (fixture->coach, interval_cb, NULL);
  g_signal_connect (fixture->coach, "say", G_CALLBACK (say_cb), fixture);
  g_signal_connect (fixture->coach, "hush", G_CALLBACK (hush_cb), fixture);
  fixture->started = stride_clock_get_now (fixture->clock);
  stride_routine_runner_start (fixture->runner);
  stride_clock_advance (fixture->clock, 200 * SEC);

  g_test_message ("%s", fixture->script->str);
  g_assert_nonnull (strstr (fixture->script->str, "!Run for 1 minute."));
  g_assert_nonnull (strstr (fixture->script->str, "!Walk for 1 minute."));
  g_assert_null (strstr (fixture->script->str, "Go."));
  g_assert_null (strstr (fixture->script->str, "Rest for"));
  /* Run, walk, run: the second run comes after the walk. */
  g_assert_true (strstr (fixture->script->str, "!Walk for 1 minute.") <
                 g_strrstr (fixture->script->str, "!Run for 1 minute."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/stride/coach/short-routine", Fixture, NULL, fixture_set_up, test_short_routine, fixture_tear_down);
  g_test_add ("/stride/coach/pause-and-end", Fixture, NULL, fixture_set_up, test_pause_and_end, fixture_tear_down);
  g_test_add_func ("/stride/coach/sentences", test_sentences);
  g_test_add ("/stride/coach/walk-run", Fixture, NULL, fixture_set_up, test_walk_run, fixture_tear_down);

  return g_test_run ();
}
