/* test-session-text.c — what the routine player says and what a session's end does, in core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "stride-session-outcome.h"
#include "stride-session-plan.h"
#include "stride-session-text.h"

#define SEC G_USEC_PER_SEC

static void
test_phase (void)
{
  StrideExercise run = { .kind = "run" };
  StrideExercise bridge = { .kind = "strength" };

  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_WORK, &bridge, 12), ==, "Go");
  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_WORK, &bridge, 0), ==, "Hold");
  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_WORK, NULL, 0), ==, "Hold");
  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_WORK, &run, 0), ==, "Run");
  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_REST, &run, 0), ==, "Walk");
  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_REST, &bridge, 0), ==, "Rest");
  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_GET_READY, &run, 0), ==, "Get ready");
  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_SWITCH_SIDE, NULL, 0), ==, "Switch sides");
  g_assert_cmpstr (stride_session_text_phase (STRIDE_PHASE_IDLE, NULL, 0), ==, "");
}

/* The video's chapter for the phase first, then the exercise's own cue, then a general one. */
static void
test_cue (void)
{
  StrideChapterCaption hold = { .id = "hold", .caption = "Keep the hips level." };
  g_autoptr(GPtrArray) chapters = g_ptr_array_new ();
  StrideVideo video = { .chapters = chapters };
  char *cues[] = { "Squeeze your glutes.", NULL };
  StrideExercise bridge = { .kind = "strength", .cues = cues };
  StrideExercise plain = { .kind = "stretch" };
  StrideExercise run = { .kind = "run" };

  g_ptr_array_add (chapters, &hold);
  g_assert_cmpstr (stride_session_text_cue (STRIDE_PHASE_WORK, &bridge, &video), ==, "Keep the hips level.");
  g_assert_cmpstr (stride_session_text_cue (STRIDE_PHASE_WORK, &bridge, NULL), ==, "Squeeze your glutes.");
  g_assert_cmpstr (stride_session_text_cue (STRIDE_PHASE_GET_READY, &plain, NULL), ==, "Get into the starting position.");
  g_assert_cmpstr (stride_session_text_cue (STRIDE_PHASE_WORK, &plain, NULL), ==, "Move slowly and stop if it hurts more than a little.");
  g_assert_cmpstr (stride_session_text_cue (STRIDE_PHASE_SWITCH_SIDE, &plain, NULL), ==, "Change to your right side and settle into position.");
  g_assert_cmpstr (stride_session_text_cue (STRIDE_PHASE_REST, &bridge, &video), ==, "Rest and breathe easily. Shake out your legs.");
  g_assert_true (g_str_has_prefix (stride_session_text_cue (STRIDE_PHASE_REST, &run, NULL), "Walk briskly"));
}

static void
test_lines (void)
{
  char *steps[] = { "Lie on your back.", "Lift your hips.", NULL };
  StrideExercise bridge = { .steps = steps };
  StrideExercise none = { 0 };
  g_autofree char *numbered = stride_session_text_steps (&bridge, STRIDE_RUNNER_SIDE_NONE);
  g_autofree char *time = stride_session_text_time (65);
  g_autofree char *status = stride_session_text_status (1, 3, STRIDE_RUNNER_SIDE_LEFT);
  g_autofree char *status_both = stride_session_text_status (2, 3, STRIDE_RUNNER_SIDE_NONE);
  g_autofree char *next = stride_session_text_next ("Clamshell", STRIDE_RUNNER_SIDE_RIGHT);
  g_autofree char *next_both = stride_session_text_next ("Glute bridge", STRIDE_RUNNER_SIDE_NONE);
  g_autofree char *end = stride_session_text_next (NULL, STRIDE_RUNNER_SIDE_NONE);
  g_autofree char *next_set = stride_session_text_next_set (2, 3, STRIDE_RUNNER_SIDE_NONE);
  g_autofree char *next_set_left = stride_session_text_next_set (4, 4, STRIDE_RUNNER_SIDE_LEFT);

  g_assert_cmpstr (numbered, ==, "1. Lie on your back.\n2. Lift your hips.");
  g_assert_null (stride_session_text_steps (&none, STRIDE_RUNNER_SIDE_NONE));
  g_assert_null (stride_session_text_steps (NULL, STRIDE_RUNNER_SIDE_NONE));
  g_assert_cmpstr (time, ==, "1:05");
  g_assert_cmpstr (status, ==, "Set 1 of 3 · Left side");
  g_assert_cmpstr (status_both, ==, "Set 2 of 3");
  g_assert_cmpstr (next, ==, "Next: Clamshell, right side");
  g_assert_cmpstr (next_both, ==, "Next: Glute bridge");
  g_assert_cmpstr (end, ==, "Next: the end of the routine");
  g_assert_cmpstr (next_set, ==, "Next: set 2 of 3");
  g_assert_cmpstr (next_set_left, ==, "Next: set 4 of 4, left side");
}

static void
test_outcome (void)
{
  g_autofree char *short_one = stride_session_text_outcome_summary ("Hips", 29, 3, 3, FALSE);
  g_autofree char *one = stride_session_text_outcome_summary ("Hips", 30, 3, 3, FALSE);
  g_autofree char *twelve = stride_session_text_outcome_summary ("Hips", 12 * 60 + 10, 9, 9, FALSE);
  g_autofree char *early = stride_session_text_outcome_summary ("Hips", 120, 1, 9, TRUE);

  g_assert_cmpstr (short_one, ==, "Hips: under a minute, 3 of 3 sets done.");
  g_assert_cmpstr (one, ==, "Hips: about 1 minute, 3 of 3 sets done.");
  g_assert_cmpstr (twelve, ==, "Hips: about 12 minutes, 9 of 9 sets done.");
  g_assert_true (g_str_has_prefix (early, "Hips: about 2 minutes, 1 of 9 sets done. Under half done counts as ended early"));
  g_assert_cmpstr (stride_session_text_outcome_title (TRUE, FALSE), ==, "Well Done");
  g_assert_cmpstr (stride_session_text_outcome_title (FALSE, TRUE), ==, "Ended Early");
  g_assert_cmpstr (stride_session_text_outcome_title (FALSE, FALSE), ==, "Session Ended");
  g_assert_true (g_str_has_prefix (stride_session_text_change (STRIDE_DOSE_STEP_BACK), "Next time the routine eases off."));
}

static StridePlanItem *
plan_item (const char *exercise,
           const char *kind,
           StrideDose  dose,
           const char *left_out)
{
  StridePlanItem *item = g_new0 (StridePlanItem, 1);

  item->exercise = g_strdup (exercise);
  item->kind = g_strdup (kind);
  item->dose = dose;
  item->left_out = g_strdup (left_out);
  return item;
}

static void
plan_item_free (StridePlanItem *item)
{
  g_free (item->exercise);
  g_free (item->kind);
  g_free (item->left_out);
  g_free (item);
}

/* A stage's own doses stand, and the kinds follow the items the runner gets. */
static void
test_stage_doses_and_kinds (void)
{
  g_autoptr(GPtrArray) plan = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_item_free);
  g_autoptr(GPtrArray) routine_items = g_ptr_array_new ();
  StrideRoutineItem stage_bridge = { .exercise = "glute_bridge", .dose = { 4, 15, 0, 30, STRIDE_SIDES_BOTH, 0 } };
  StrideRoutine routine = { .items = routine_items };
  g_autoptr(GPtrArray) kinds = NULL;

  g_ptr_array_add (routine_items, &stage_bridge);
  g_ptr_array_add (plan, plan_item ("glute_bridge", "strength", (StrideDose) { 2, 10, 0, 30, STRIDE_SIDES_BOTH, 0 }, NULL));
  g_ptr_array_add (plan, plan_item ("step_up", "strength", (StrideDose) { 2, 8, 0, 30, STRIDE_SIDES_EACH, 0 }, "standing_hurts"));
  g_ptr_array_add (plan, plan_item ("figure_four", "stretch", (StrideDose) { 2, 0, 30, 15, STRIDE_SIDES_EACH, 0 }, NULL));

  stride_session_outcome_keep_stage_doses (plan, &routine);
  g_assert_cmpuint (((StridePlanItem *) g_ptr_array_index (plan, 0))->dose.sets, ==, 4);
  g_assert_cmpuint (((StridePlanItem *) g_ptr_array_index (plan, 0))->dose.reps, ==, 15);
  g_assert_cmpuint (((StridePlanItem *) g_ptr_array_index (plan, 2))->dose.hold_s, ==, 30);

  kinds = stride_session_outcome_runner_kinds (plan);
  g_assert_cmpuint (kinds->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (kinds, 0), ==, "strength");
  g_assert_cmpstr (g_ptr_array_index (kinds, 1), ==, "stretch");
}

/* Runs a one-item routine of 4 holds of 10 s for SECONDS, then ends it; rates it. */
static StrideDoseChange
next_change_after (guint         seconds,
                   int           pain,
                   StrideEffort  effort,
                   GString      *changes)
{
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  StrideRoutineItem *item = g_new0 (StrideRoutineItem, 1);
  g_autoptr(StrideRoutineRunner) runner = NULL;
  g_autoptr(StrideSessionRecord) session = stride_session_record_new ("test", "Test");
  StrideContent *content = stride_content_load_default (NULL);
  StrideDoseChange change;

  item->exercise = (char *) "glute_bridge";
  item->dose = (StrideDose) { 4, 0, 10, 0, STRIDE_SIDES_BOTH, 0 };
  g_ptr_array_add (items, item);
  g_ptr_array_add (kinds, (gpointer) "strength");
  runner = stride_routine_runner_new (clock, items);
  stride_routine_runner_set_get_ready_s (runner, 0);
  stride_routine_runner_set_rest_s (runner, 1);
  stride_routine_runner_start (runner);
  for (guint s = 0; s < seconds; s++)
    stride_clock_advance (clock, SEC);
  stride_routine_runner_end (runner);
  stride_session_record_set_outcome (session, runner);
  stride_session_record_rate (session, pain, effort);
  change = stride_session_outcome_next_doses (session, runner, kinds, content, changes);
  stride_content_unref (content);
  return change;
}

static void
test_next_doses (void)
{
  g_autoptr(GString) changes = g_string_new (NULL);

  /* Done, painless and too easy: more next time; too painful: less. */
  g_assert_cmpint (next_change_after (60, 0, STRIDE_EFFORT_TOO_EASY, changes), ==, STRIDE_DOSE_PROGRESS);
  g_assert_cmpint (next_change_after (60, 7, STRIDE_EFFORT_ABOUT_RIGHT, changes), ==, STRIDE_DOSE_STEP_BACK);
  /* Ended early (under half the sets): no dose changes, whatever the rating. */
  g_assert_cmpint (next_change_after (5, 0, STRIDE_EFFORT_TOO_EASY, changes), ==, STRIDE_DOSE_HOLD);
  g_assert_cmpint (next_change_after (5, 8, STRIDE_EFFORT_TOO_HARD, changes), ==, STRIDE_DOSE_HOLD);
}

/* Saved in the history; a history that cannot take it keeps it pending, with a reason. */
static void
test_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-session-outcome-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(StrideSessionRecord) session = stride_session_record_new ("test", "Test");
  g_autofree char *id = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *first_id = NULL;

  g_assert_true (stride_session_outcome_save (history, session, &id, &problem));
  g_assert_null (problem);
  g_assert_nonnull (id);
  g_assert_nonnull (stride_history_find (history, id));
  first_id = g_strdup (id);
  /* Saving again (the rating) updates the same entry. */
  g_assert_true (stride_session_outcome_save (history, session, &id, &problem));
  g_assert_cmpstr (id, ==, first_id);

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/session-text/phase", test_phase);
  g_test_add_func ("/stride/session-text/cue", test_cue);
  g_test_add_func ("/stride/session-text/lines", test_lines);
  g_test_add_func ("/stride/session-text/outcome", test_outcome);
  g_test_add_func ("/stride/session-outcome/stage-doses-and-kinds", test_stage_doses_and_kinds);
  g_test_add_func ("/stride/session-outcome/next-doses", test_next_doses);
  g_test_add_func ("/stride/session-outcome/save", test_save);
  return g_test_run ();
}
