/* test-program.c — staged rehab programs: content, the progression rules, --program-status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "stride-content.h"
#include "stride-program.h"
#include "stride-program-decision-record.h"
#include "stride-program-history.h"
#include "stride-json-document.h"
#include "stride-test-utils.h"

static StrideContent *content;

static const char * const program_ids[] = {
  "gluteal_tendinopathy_program", "runners_knee_program", "hamstring_tendinopathy_program",
  "adductor_groin_program", "hip_flexor_program", "return_to_run_program", NULL
};

/* Every program of the contract loads, has goals, education and criteria, and every
 * exercise it names exists with a dose the player can run. */
static void
test_programs_valid (void)
{
  for (guint p = 0; program_ids[p] != NULL; p++)
    {
      const StrideProgram *program = stride_content_find_program (content, program_ids[p]);

      g_assert_nonnull (program);
      g_assert_cmpuint (program->stages->len, >=, 2);
      g_assert_cmpuint (program->min_weeks, ==, g_str_equal (program->id, "return_to_run_program") ? 1 : 2);
      g_assert_cmpuint (program->sources->len, >=, 1);
      for (guint s = 0; s < program->stages->len; s++)
        {
          const StrideProgramStage *stage = g_ptr_array_index (program->stages, s);

          g_assert_nonnull (stage->goal);
          g_assert_nonnull (stage->education[0]);
          g_assert_nonnull (stage->progress_when[0]);
          for (guint i = 0; i < stage->items->len; i++)
            {
              const StrideRoutineItem *item = g_ptr_array_index (stage->items, i);

              g_assert_nonnull (item->exercise);
              g_assert_nonnull (stride_content_find_exercise (content, item->exercise));
              g_assert_cmpuint (item->dose.sets, >, 0);
              g_assert_true (item->dose.reps > 0 || item->dose.hold_s > 0);
            }
        }
    }
}

/* Conditions with self-care name their program; the bone-stress injuries only with the
 * words about a clinician's clearance, and never anything they must avoid. */
static void
test_conditions_name_programs (void)
{
  static const char * const bone_stress[] = { "femoral_neck_stress_fracture", "pelvic_bone_stress_injury" };
  static const struct { const char *condition; const char *program; } expected[] = {
    { "trochanteric_bursitis", "gluteal_tendinopathy_program" },
    { "runners_knee", "runners_knee_program" },
    { "proximal_hamstring_tendinopathy", "hamstring_tendinopathy_program" },
    { "adductor_groin_pain", "adductor_groin_program" },
    { "hip_flexor_pain", "hip_flexor_program" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (stride_content_find_condition (content, expected[i].condition)->program, ==, expected[i].program);
  for (guint i = 0; i < G_N_ELEMENTS (bone_stress); i++)
    {
      const StrideCondition *injury = stride_content_find_condition (content, bone_stress[i]);

      g_assert_cmpstr (injury->program, ==, "return_to_run_program");
      g_assert_nonnull (injury->program_note);
      g_assert_nonnull (strstr (injury->program_note, "cleared you to run"));
    }
}

/* The new exercises of the second round are there, with steps, cues and doses. */
static void
test_new_exercises (void)
{
  static const char * const ids[] = {
    "isometric_hip_abduction", "adductor_squeeze", "bridge_hold", "wall_sit", "step_down",
    "sciatic_nerve_glide", "banded_hip_march", "couch_stretch", NULL
  };
  const StrideExercise *bridge_hold = stride_content_find_exercise (content, "bridge_hold");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (content, ids[i]);

      g_assert_nonnull (exercise);
      g_assert_cmpuint (g_strv_length (exercise->steps), >=, 3);
      g_assert_nonnull (exercise->cues[0]);
      g_assert_nonnull (exercise->progression.text);
      g_assert_nonnull (exercise->regression.text);
      g_assert_cmpuint (exercise->sources->len, >=, 1);
    }
  /* Sit-bone pain: isometric holds of 30–45 s, five of them */
  g_assert_cmpuint (bridge_hold->dose.reps, ==, 0);
  g_assert_cmpuint (bridge_hold->dose.sets, ==, 5);
  g_assert_cmpuint (bridge_hold->dose.hold_s, >=, 30);
}

/* Side-of-hip (gluteal tendon) and sit-bone pain start with still holds, in the program
 * and in the routine a condition page or the symptom checker suggests; neither routine
 * holds an exercise its condition's cautions forbid early on (DOMAIN: Grimaldi & Fearon
 * 2015, Goom 2016). */
static void
test_tendon_routines_start_with_holds (void)
{
  static const struct { const char *routine; const char *first; const char * const forbidden[5]; } cases[] = {
    { "side_hip_strength_routine", "isometric_hip_abduction",
      { "side_lying_hip_abduction", "side_plank_leg_lift", "hip_airplane", "copenhagen_plank", NULL } },
    { "sit_bone_strength_routine", "bridge_hold",
      { "glute_bridge", "single_leg_rdl", "hamstring_strap_stretch", NULL } },
  };
  const StrideProgram *program = stride_content_find_program (content, "gluteal_tendinopathy_program");
  const StrideProgramStage *stage_one = g_ptr_array_index (program->stages, 0);

  g_assert_cmpstr (((StrideRoutineItem *) g_ptr_array_index (stage_one->items, 0))->exercise, ==, "isometric_hip_abduction");
  g_assert_cmpstr (((StrideRoutineItem *) g_ptr_array_index (stage_one->items, 1))->exercise, ==, "bridge_hold");
  g_assert_cmpstr (stride_content_find_condition (content, "trochanteric_bursitis")->routine, ==, "side_hip_strength_routine");
  g_assert_cmpstr (stride_content_find_condition (content, "proximal_hamstring_tendinopathy")->routine, ==, "sit_bone_strength_routine");

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const StrideRoutine *routine = stride_content_find_routine (content, cases[c].routine);
      const StrideRoutineItem *first = g_ptr_array_index (routine->items, 0);

      g_assert_cmpstr (first->exercise, ==, cases[c].first);
      /* a hold of 30–45 s, five times */
      g_assert_cmpuint (first->dose.reps, ==, 0);
      g_assert_cmpuint (first->dose.hold_s, >=, 30);
      g_assert_cmpuint (first->dose.hold_s, <=, 45);
      g_assert_cmpuint (first->dose.sets, ==, 5);
      for (guint i = 0; i < routine->items->len; i++)
        g_assert_false (g_strv_contains (cases[c].forbidden,
                                         ((StrideRoutineItem *) g_ptr_array_index (routine->items, i))->exercise));
    }
}

/* A one-sided exercise's steps say what the player does: a set on one side, then a set on
 * the other, taking turns, never "all the reps" on one side first. */
static void
test_sides_take_turns_in_words (void)
{
  const char * const ids[] = { "clamshell", "side_lying_hip_abduction", "single_leg_bridge", "step_up", "hip_airplane",
                               "step_down", "side_plank_leg_lift", "copenhagen_plank", NULL };

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (content, ids[i]);
      guint n = g_strv_length (exercise->steps);

      g_assert_cmpuint (exercise->dose.sides, ==, STRIDE_SIDES_EACH);
      for (guint s = 0; s < n; s++)
        g_assert_null (strstr (exercise->steps[s], "all the reps"));
      g_assert_nonnull (strstr (exercise->steps[n - 1], "take turns"));
      /* Worked on one side only, the last step does not send you to the other */
      g_assert_nonnull (exercise->one_side_step);
      g_assert_null (strstr (exercise->one_side_step, "other"));
      g_assert_null (strstr (exercise->one_side_step, "turns"));
    }
}

/* The rules */

static GDate
day (guint n)        /* day n of the program: day 0 is 2026-11-02 */
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_NOVEMBER, 2026);
  g_date_add_days (&date, n);
  return date;
}

static StrideProgramLog *
new_log (const char *id)
{
  GDate start = day (0);

  return stride_program_log_new (stride_content_find_program (content, id), &start);
}

static void
session (StrideProgramLog *log,
         guint             n,
         guint             stage,
         guint             pain)
{
  GDate date = day (n);

  stride_program_log_add_session (log, &date, stage, pain, TRUE);
}

static void
morning (StrideProgramLog *log,
         guint             n,
         StrideMorning     morning)
{
  GDate date = day (n);

  stride_program_log_add_check_in (log, &date, morning);
}

static StrideProgramStatus *
evaluate (StrideProgramLog *log,
          guint             today)
{
  GDate date = day (today);

  return stride_program_evaluate (log, &date);
}

/* Three sessions at pain ≤ 3 on days 2, 5 and 8 of stage 1, mornings the same */
static StrideProgramLog *
good_stage_one (const char *id,
                guint       pain)
{
  StrideProgramLog *log = new_log (id);

  for (guint n = 2; n <= 8; n += 3)
    {
      session (log, n, 1, pain);
      morning (log, n + 1, STRIDE_MORNING_SAME);
    }
  return log;
}

static void
test_progress_needs_two_weeks (void)
{
  g_autoptr(StrideProgramLog) log = good_stage_one ("gluteal_tendinopathy_program", 3);
  g_autoptr(StrideProgramStatus) early = evaluate (log, 13);
  g_autoptr(StrideProgramStatus) ready = evaluate (log, 14);
  g_autofree char *summary = stride_program_status_summary (ready);

  /* 13 days: the minimum time in a stage holds it */
  g_assert_cmpint (early->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_cmpuint (early->stage, ==, 1);
  g_assert_cmpuint (early->week, ==, 2);
  /* the days still to go, in words a runner reads as a count-down */
  g_assert_cmpstr (g_ptr_array_index (early->reasons, 0), ==, "1 more day in this stage before you can move on.");

  /* 14 days: progress, with the next stage's session */
  g_assert_cmpint (ready->decision, ==, STRIDE_PROGRAM_PROGRESS);
  g_assert_cmpuint (ready->stage_before, ==, 1);
  g_assert_cmpuint (ready->stage, ==, 2);
  g_assert_cmpuint (ready->n_stages, ==, 4);
  g_assert_cmpstr (((StrideRoutineItem *) g_ptr_array_index (ready->items, 1))->exercise, ==, "glute_bridge");
  g_assert_cmpstr (summary, ==, "Moved to stage 2: three sessions at pain 3 or less, mornings no worse.");
}

/* The first day of a program: 14 days to go, not "0 days so far"; the summary is two
 * plain sentences, not colon upon colon. */
static void
test_first_day_words (void)
{
  g_autoptr(StrideProgramLog) log = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) before = evaluate (log, 0);
  g_autoptr(StrideProgramStatus) after = NULL;
  g_autofree char *summary = NULL;

  g_assert_cmpstr (before->rule, ==, "start");
  g_assert_cmpstr (g_ptr_array_index (before->reasons, 0), ==,
                   "Everyone starts at stage 1: do today's session, then say how much it hurt.");
  session (log, 0, 1, 2);
  after = evaluate (log, 0);
  summary = stride_program_status_summary (after);
  g_assert_cmpstr (summary, ==, "Staying at stage 1. 14 more days in this stage before you can move on.");

  /* Three sessions a week: a day of rest between two */
  g_assert_cmpuint (before->next_session_in, ==, 0);
  g_assert_cmpuint (after->next_session_in, ==, 2);
  {
    g_autoptr(StrideProgramStatus) tomorrow = evaluate (log, 1);
    g_autoptr(StrideProgramStatus) day_after = evaluate (log, 2);
    g_autoptr(StrideProgramStatus) later = evaluate (log, 5);

    g_assert_cmpuint (tomorrow->next_session_in, ==, 1);
    g_assert_cmpuint (day_after->next_session_in, ==, 0);
    g_assert_cmpuint (later->next_session_in, ==, 0);
  }
}

static void
test_return_to_run_one_week (void)
{
  g_autoptr(StrideProgramLog) log = new_log ("return_to_run_program");
  g_autoptr(StrideProgramStatus) six = NULL;
  g_autoptr(StrideProgramStatus) seven = NULL;

  session (log, 1, 1, 1);
  session (log, 3, 1, 2);
  session (log, 5, 1, 0);
  six = evaluate (log, 6);
  seven = evaluate (log, 7);
  g_assert_cmpint (six->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_cmpint (seven->decision, ==, STRIDE_PROGRAM_PROGRESS);
  g_assert_cmpuint (seven->stage, ==, 2);
  /* Run 2, walk 1, seven times */
  g_assert_cmpuint (((StrideRoutineItem *) g_ptr_array_index (seven->items, 0))->dose.hold_s, ==, 120);
  g_assert_cmpuint (((StrideRoutineItem *) g_ptr_array_index (seven->items, 0))->dose.sets, ==, 7);
}

/* Pain 3 counts as fine, 4 does not; two sessions are not three. */
static void
test_pain_thresholds (void)
{
  g_autoptr(StrideProgramLog) four = good_stage_one ("gluteal_tendinopathy_program", 3);
  g_autoptr(StrideProgramLog) five = good_stage_one ("gluteal_tendinopathy_program", 3);
  g_autoptr(StrideProgramLog) six = good_stage_one ("gluteal_tendinopathy_program", 3);
  g_autoptr(StrideProgramLog) two = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) at_four = NULL;
  g_autoptr(StrideProgramStatus) at_five = NULL;
  g_autoptr(StrideProgramStatus) at_six = NULL;
  g_autoptr(StrideProgramStatus) at_two = NULL;

  session (four, 12, 1, 4);
  session (five, 12, 1, 5);
  session (six, 12, 1, 6);
  at_four = evaluate (four, 14);
  at_five = evaluate (five, 14);
  at_six = evaluate (six, 14);
  g_assert_cmpint (at_four->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_cmpint (at_five->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_nonnull (strstr (g_ptr_array_index (at_five->reasons, 0), "5 out of 10"));
  g_assert_cmpint (at_six->decision, ==, STRIDE_PROGRAM_STEP_BACK);
  /* From stage 1 there is no lower stage: fewer sets instead (5 → 4) */
  g_assert_cmpuint (at_six->stage, ==, 1);
  g_assert_cmpuint (((StrideRoutineItem *) g_ptr_array_index (at_six->items, 0))->dose.sets, ==, 4);

  session (two, 9, 1, 2);
  session (two, 11, 1, 2);
  at_two = evaluate (two, 20);
  g_assert_cmpint (at_two->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_nonnull (strstr (g_ptr_array_index (at_two->reasons, 0), "2 of the 3 sessions"));
}

/* One worse morning: stay. Two in a row: step back to the stage before. */
static void
test_worse_mornings (void)
{
  g_autoptr(StrideProgramLog) log = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) one = NULL;
  g_autoptr(StrideProgramStatus) two = NULL;
  g_autoptr(StrideProgramStatus) after = NULL;
  g_autofree char *summary = NULL;

  /* Stage 2 since day 16 */
  for (guint n = 2; n <= 14; n += 3)
    session (log, n, 1, 2);
  session (log, 16, 2, 2);
  morning (log, 17, STRIDE_MORNING_WORSE);
  one = evaluate (log, 17);
  g_assert_cmpint (one->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_cmpuint (one->stage, ==, 2);

  session (log, 18, 2, 3);
  morning (log, 19, STRIDE_MORNING_WORSE);
  two = evaluate (log, 19);
  g_assert_cmpint (two->decision, ==, STRIDE_PROGRAM_STEP_BACK);
  g_assert_cmpuint (two->stage_before, ==, 2);
  g_assert_cmpuint (two->stage, ==, 1);
  summary = stride_program_status_summary (two);
  g_assert_true (g_str_has_prefix (summary, "Back to stage 1. Two mornings in a row"));

  /* Back in stage 1, the old mornings no longer count against it */
  session (log, 20, 1, 1);
  after = evaluate (log, 20);
  g_assert_cmpint (after->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_cmpuint (after->stage, ==, 1);

  /* A better morning between two worse ones breaks the row */
  {
    g_autoptr(StrideProgramLog) broken = good_stage_one ("runners_knee_program", 1);
    g_autoptr(StrideProgramStatus) status = NULL;

    morning (broken, 10, STRIDE_MORNING_WORSE);
    morning (broken, 11, STRIDE_MORNING_BETTER);
    morning (broken, 12, STRIDE_MORNING_WORSE);
    status = evaluate (broken, 12);
    g_assert_cmpint (status->decision, ==, STRIDE_PROGRAM_STAY);
  }
}

/* A worse morning after one of the last 3 sessions holds progress back. */
static void
test_worse_morning_blocks_progress (void)
{
  g_autoptr(StrideProgramLog) log = good_stage_one ("gluteal_tendinopathy_program", 1);
  g_autoptr(StrideProgramStatus) status = NULL;

  morning (log, 6, STRIDE_MORNING_WORSE);
  session (log, 10, 1, 1);
  morning (log, 11, STRIDE_MORNING_SAME);
  status = evaluate (log, 15);
  g_assert_cmpint (status->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_nonnull (strstr (g_ptr_array_index (status->reasons, 0), "worse"));
}

/* Six weeks without moving on, or pain rising over two weeks: see a clinician. */
static void
test_see_clinician (void)
{
  g_autoptr(StrideProgramLog) stuck = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramLog) rising = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramLog) steady = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) at_41 = NULL;
  g_autoptr(StrideProgramStatus) at_42 = NULL;
  g_autoptr(StrideProgramStatus) up = NULL;
  g_autoptr(StrideProgramStatus) flat = NULL;

  for (guint n = 1; n <= 40; n += 3)
    session (stuck, n, 1, 4);
  at_41 = evaluate (stuck, 41);
  at_42 = evaluate (stuck, 42);
  g_assert_cmpint (at_41->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_cmpint (at_42->decision, ==, STRIDE_PROGRAM_SEE_CLINICIAN);

  /* 1, 2 in the first week; 3, 4 in the second: up by 2 points */
  session (rising, 2, 1, 1);
  session (rising, 4, 1, 2);
  session (rising, 9, 1, 3);
  session (rising, 12, 1, 4);
  up = evaluate (rising, 14);
  g_assert_cmpint (up->decision, ==, STRIDE_PROGRAM_SEE_CLINICIAN);
  g_assert_nonnull (strstr (g_ptr_array_index (up->reasons, 0), "risen"));

  /* Up by half a point is not a rise; nor is one sore session (1 point: see pain-thresholds) */
  session (steady, 2, 1, 2);
  session (steady, 4, 1, 2);
  session (steady, 9, 1, 2);
  session (steady, 12, 1, 3);
  flat = evaluate (steady, 14);
  g_assert_cmpint (flat->decision, !=, STRIDE_PROGRAM_SEE_CLINICIAN);
}

static void
seen (StrideProgramLog *log,
      guint             n)
{
  GDate date = day (n);

  stride_program_log_add_clinician_seen (log, &date);
}

/* "See a clinician" holds: pain rose by day 14, then sessions at low pain and good
 * mornings would move the runner on by day 24 — but the program stays paused, with no
 * session, until a clinician has seen them. From then on the trend starts afresh. */
static void
test_see_clinician_holds (void)
{
  g_autoptr(StrideProgramLog) log = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) at_14 = NULL;
  g_autoptr(StrideProgramStatus) at_24 = NULL;
  g_autoptr(StrideProgramStatus) cleared = NULL;
  g_autoptr(StrideProgramStatus) later = NULL;
  GDate since = day (12);

  session (log, 2, 1, 1);
  session (log, 4, 1, 2);
  session (log, 9, 1, 3);
  session (log, 12, 1, 4);
  at_14 = evaluate (log, 14);
  g_assert_cmpint (at_14->decision, ==, STRIDE_PROGRAM_SEE_CLINICIAN);
  g_assert_true (at_14->paused);

  session (log, 16, 1, 1);
  morning (log, 17, STRIDE_MORNING_SAME);
  session (log, 19, 1, 0);
  morning (log, 20, STRIDE_MORNING_BETTER);
  session (log, 22, 1, 0);
  morning (log, 23, STRIDE_MORNING_BETTER);
  at_24 = evaluate (log, 24);
  g_assert_cmpint (at_24->decision, ==, STRIDE_PROGRAM_SEE_CLINICIAN);
  g_assert_true (at_24->paused);
  g_assert_cmpint (g_date_compare (&at_24->paused_since, &since), ==, 0);
  g_assert_cmpstr (at_24->rule, ==, "pain_rising");
  g_assert_nonnull (strstr (g_ptr_array_index (at_24->reasons, 0), "from about 2 to 4 out of 10"));
  g_assert_cmpstr (g_array_index (at_24->reason_codes, StrideProgramReason, at_24->reasons->len - 1).id, ==, "paused");
  /* No step forward and no session while paused */
  g_assert_cmpuint (at_24->stage, ==, 1);
  g_assert_cmpuint (at_24->items->len, ==, 0);

  /* Seen on day 25: the program goes on, and the criteria met move the runner on */
  seen (log, 25);
  cleared = evaluate (log, 25);
  g_assert_false (cleared->paused);
  g_assert_cmpint (cleared->decision, ==, STRIDE_PROGRAM_PROGRESS);
  g_assert_cmpuint (cleared->items->len, >, 0);
  /* The old rise is not held against the runner once seen */
  later = evaluate (log, 26);
  g_assert_cmpint (later->decision, !=, STRIDE_PROGRAM_SEE_CLINICIAN);
}

/* Six weeks in stage 1 pause the program; once seen, the six weeks count from then. */
static void
test_stalled_holds_until_seen (void)
{
  g_autoptr(StrideProgramLog) log = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) held = NULL;
  g_autoptr(StrideProgramStatus) seen_status = NULL;
  g_autoptr(StrideProgramStatus) again = NULL;

  for (guint n = 1; n <= 43; n += 3)
    session (log, n, 1, 4);
  /* Pain 2 at the last sessions: "stay", had it not been kept */
  session (log, 46, 1, 2);
  session (log, 49, 1, 2);
  held = evaluate (log, 50);
  g_assert_cmpint (held->decision, ==, STRIDE_PROGRAM_SEE_CLINICIAN);
  g_assert_cmpstr (held->rule, ==, "stalled");

  seen (log, 50);
  seen_status = evaluate (log, 51);
  g_assert_cmpint (seen_status->decision, ==, STRIDE_PROGRAM_STAY);
  /* 42 days after being seen without moving on: back to the clinician */
  session (log, 90, 1, 4);
  again = evaluate (log, 92);
  g_assert_cmpint (again->decision, ==, STRIDE_PROGRAM_SEE_CLINICIAN);
  g_assert_cmpstr (again->rule, ==, "stalled");
}

/* Pain rising today is said first, even while an earlier pause holds. */
static void
test_pain_rising_wins_in_pause (void)
{
  g_autoptr(StrideProgramLog) log = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) status = NULL;

  for (guint n = 1; n <= 43; n += 3)
    session (log, n, 1, 4);
  /* Stalled by day 43; then pain climbs */
  session (log, 44, 1, 1);
  session (log, 48, 1, 1);
  session (log, 51, 1, 5);
  session (log, 54, 1, 6);
  status = evaluate (log, 55);
  g_assert_cmpint (status->decision, ==, STRIDE_PROGRAM_SEE_CLINICIAN);
  g_assert_cmpstr (status->rule, ==, "pain_rising");
  g_assert_true (status->paused);
}

/* Reasons kept as ids and numbers read back in words; unknown ids are not shown. */
static void
test_reason_words (void)
{
  StrideProgramReason pain = { "pain_too_high", { 7, 0 } };
  g_autoptr(JsonObject) stored = stride_program_reason_to_json (&pain);
  g_autoptr(JsonObject) unknown = json_object_new ();
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  StrideProgramReason read;

  g_assert_true (json_object_has_member (stored, "pain"));
  g_assert_true (stride_program_reason_from_json (stored, &read));
  text = stride_program_reason_render (&read);
  g_assert_cmpstr (text, ==, "Pain reached 7 out of 10 in your last session: more than 5 is too much, so the load goes down.");
  summary = stride_program_summary_render (STRIDE_PROGRAM_STEP_BACK, 2, 1, text);
  g_assert_cmpstr (summary, ==, "Back to stage 1. Pain reached 7 out of 10 in your last session: more than 5 is too much, so the load goes down.");
  json_object_set_string_member (unknown, "id", "moon_phase");
  g_assert_false (stride_program_reason_from_json (unknown, &read));
  /* A number missing is not a reason that can be said */
  json_object_remove_member (stored, "pain");
  g_assert_false (stride_program_reason_from_json (stored, &read));
}

/* Pain rising over two weeks: the mean of the last 7 days against the 7 before, from 3
 * sessions or more. A rise of exactly 2 points sends you to a clinician, 1.5 does not, 3
 * does; it wins over every other rule, even criteria met for moving on. */
static StrideProgramDecision
decide_with_pains (guint        earlier_a,
                   guint        earlier_b,
                   guint        later_a,
                   guint        later_b,
                   const char **rule)
{
  g_autoptr(StrideProgramLog) log = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) status = NULL;

  /* Days 16–20 are the earlier week of day 28's two, days 22–26 the later one */
  session (log, 16, 1, earlier_a);
  session (log, 20, 1, earlier_b);
  session (log, 22, 1, later_a);
  session (log, 26, 1, later_b);
  status = evaluate (log, 28);
  *rule = g_intern_string (status->rule);
  return status->decision;
}

static void
test_pain_rising_threshold (void)
{
  const char *rule = NULL;
  g_autoptr(StrideProgramLog) two_sessions = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramLog) old_week = new_log ("gluteal_tendinopathy_program");
  g_autoptr(StrideProgramStatus) few = NULL;
  g_autoptr(StrideProgramStatus) old = NULL;

  /* at: 0, 1 → 2, 3 (0.5 → 2.5) */
  g_assert_cmpint (decide_with_pains (0, 1, 2, 3, &rule), ==, STRIDE_PROGRAM_SEE_CLINICIAN);
  g_assert_cmpstr (rule, ==, "pain_rising");
  /* below: 0, 1 → 2, 2 (0.5 → 2): each session fine, so it moves on */
  g_assert_cmpint (decide_with_pains (0, 1, 2, 2, &rule), ==, STRIDE_PROGRAM_PROGRESS);
  g_assert_cmpstr (rule, ==, "criteria_met");
  /* above: 0, 0 → 3, 3 (0 → 3), every session still at a fine pain */
  g_assert_cmpint (decide_with_pains (0, 0, 3, 3, &rule), ==, STRIDE_PROGRAM_SEE_CLINICIAN);
  g_assert_cmpstr (rule, ==, "pain_rising");
  /* falling pain is no reason */
  g_assert_cmpint (decide_with_pains (3, 3, 0, 0, &rule), ==, STRIDE_PROGRAM_PROGRESS);

  /* Two sessions are not a trend, however far apart their pain */
  session (two_sessions, 16, 1, 0);
  session (two_sessions, 24, 1, 5);
  few = evaluate (two_sessions, 28);
  g_assert_cmpstr (few->rule, !=, "pain_rising");

  /* Sessions older than 2 weeks do not count */
  session (old_week, 2, 1, 0);
  session (old_week, 6, 1, 0);
  session (old_week, 16, 1, 3);
  session (old_week, 20, 1, 3);
  session (old_week, 24, 1, 3);
  old = evaluate (old_week, 28);
  g_assert_cmpstr (old->rule, !=, "pain_rising");
}

/* The last stage does not move on: it becomes the routine. */
static void
test_last_stage (void)
{
  g_autoptr(StrideProgramLog) log = new_log ("runners_knee_program");
  g_autoptr(StrideProgramStatus) status = NULL;

  for (guint n = 1; n <= 60; n += 2)
    session (log, n, n < 20 ? 1 : n < 40 ? 2 : 3, 1);
  status = evaluate (log, 62);
  g_assert_cmpint (status->decision, ==, STRIDE_PROGRAM_STAY);
  g_assert_cmpuint (status->stage, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (status->reasons, 0), "last stage"));
}

/* The program in the user's history: typed records, decisions written when they change */

static StrideHistoryEntry *
add_session (StrideHistory *history,
             GDateTime     *now,
             int            days_ago,
             guint          stage,
             int            pain)           /* -1: not rated */
{
  g_autoptr(GDateTime) date = g_date_time_add_days (now, -days_ago);
  g_autoptr(JsonObject) data = json_object_new ();

  json_object_set_string_member (data, "routine", "gluteal_tendinopathy_program");
  json_object_set_boolean_member (data, "completed", TRUE);
  if (pain >= 0)
    json_object_set_int_member (data, "pain", pain);
  stride_program_history_mark_session (data, "gluteal_tendinopathy_program", stage);
  return stride_history_append (history, STRIDE_HISTORY_SESSION, date, data, NULL);
}

static void
add_check_in (StrideHistory      *history,
              GDateTime          *now,
              int                 days_ago,
              StrideHistoryEntry *session,
              const char         *compared)
{
  g_autoptr(GDateTime) date = g_date_time_add_days (now, -days_ago);
  g_autoptr(JsonObject) data = json_object_new ();

  json_object_set_string_member (data, "session", stride_history_entry_get_id (session));
  json_object_set_string_member (data, "compared", compared);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_CHECK_IN, date, data, NULL));
}

static void
test_history (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-program-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 30, 12, 0, 0);
  g_autoptr(GDateTime) started = g_date_time_add_days (now, -20);
  g_autoptr(StrideProgramStatus) first = NULL;
  g_autoptr(StrideProgramStatus) again = NULL;
  g_autoptr(StrideProgramStatus) after = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  StrideHistoryEntry *session;

  g_assert_null (stride_program_history_update (history, content, "gluteal_tendinopathy_program", now, NULL));
  g_assert_nonnull (stride_program_history_start (history, "gluteal_tendinopathy_program", started, NULL));

  /* A session never rated does not count towards moving on */
  add_session (history, now, 18, 1, -1);
  session = add_session (history, now, 16, 1, 2);
  add_check_in (history, now, 15, session, "same");
  session = add_session (history, now, 13, 1, 1);
  add_check_in (history, now, 12, session, "better");
  first = stride_program_history_update (history, content, "gluteal_tendinopathy_program", now, NULL);
  g_assert_cmpint (first->decision, ==, STRIDE_PROGRAM_STAY);

  session = add_session (history, now, 10, 1, 3);
  add_check_in (history, now, 9, session, "same");
  again = stride_program_history_update (history, content, "gluteal_tendinopathy_program", now, NULL);
  g_assert_cmpint (again->decision, ==, STRIDE_PROGRAM_PROGRESS);
  g_assert_cmpuint (again->stage, ==, 2);

  /* Written in the file, once per change: not again the next day for the same reason */
  g_clear_pointer (&again, stride_program_status_free);
  again = stride_program_history_update (history, content, "gluteal_tendinopathy_program", now, NULL);
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
    g_autoptr(StrideProgramStatus) later = stride_program_history_update (history, content, "gluteal_tendinopathy_program",
                                                                          tomorrow, NULL);
    g_assert_cmpstr (later->rule, ==, "criteria_met");
  }
  reopened = stride_history_new (path);
  decisions = stride_program_history_decisions (reopened, "gluteal_tendinopathy_program");
  g_assert_cmpuint (decisions->len, ==, 2);
  /* Stored as the rule's id and numbers, put into words when read */
  {
    JsonObject *stored = stride_history_entry_get_data (g_ptr_array_index (decisions, 1));
    JsonObject *reason = json_array_get_object_element (stride_json_get_array (stored, "reasons"), 1);
    g_autoptr(StrideProgramDecisionRecord) record = stride_program_decision_record_new_from_entry (g_ptr_array_index (decisions, 1));
    gint64 days;

    g_assert_false (json_object_has_member (stored, "summary"));
    g_assert_cmpstr (stride_json_get_string (stored, "rule"), ==, "criteria_met");
    g_assert_cmpstr (stride_json_get_string (reason, "id"), ==, "time_in_stage");
    g_assert_true (stride_json_get_int (reason, "days", &days));
    g_assert_cmpint (days, ==, 20);
    g_assert_cmpstr (stride_program_decision_record_get_summary (record), ==,
                     "Moved to stage 2: three sessions at pain 3 or less, mornings no worse.");
    g_assert_cmpstr (stride_program_decision_record_get_reason (record, 1), ==,
                     "20 days in stage 1: enough time for your body to get used to its load.");
  }

  /* Yesterday's stage-2 session waits for its check-in; two worse mornings step back */
  session = add_session (history, now, 3, 2, 2);
  add_check_in (history, now, 2, session, "worse");
  session = add_session (history, now, 1, 2, 3);
  g_assert_true (stride_program_history_pending_check_in (history, "gluteal_tendinopathy_program", now) ==
                 stride_history_find (history, stride_history_entry_get_id (session)));
  add_check_in (history, now, 0, session, "worse");
  g_assert_null (stride_program_history_pending_check_in (history, "gluteal_tendinopathy_program", now));
  after = stride_program_history_update (history, content, "gluteal_tendinopathy_program", now, NULL);
  g_assert_cmpint (after->decision, ==, STRIDE_PROGRAM_STEP_BACK);
  g_assert_cmpuint (after->stage, ==, 1);

  stride_test_remove_tree (dir);
}

/* --program-status */

static void
run (StrideTestRun *result,
     const char    *input)
{
  const char * const args[] = { "--program-status", "-", NULL };

  stride_test_run_stride (result, args, input, NULL);
}

static void
test_cli_contract (void)
{
  StrideTestRun result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object, *item;

  run (&result,
       "{\"program\": \"gluteal_tendinopathy_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
       " \"sessions\": [{\"date\": \"2026-11-10\", \"stage\": 1, \"pain_during\": 2, \"completed\": true},"
       "              {\"date\": \"2026-11-12\", \"stage\": 1, \"pain_during\": 1, \"completed\": true},"
       "              {\"date\": \"2026-11-14\", \"stage\": 1, \"pain_during\": 3, \"completed\": true}],"
       " \"checkins\": [{\"date\": \"2026-11-15\", \"morning\": \"same\"}]}");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  root = json_from_string (result.out, NULL);
  g_assert_nonnull (root);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "program"), ==, "gluteal_tendinopathy_program");
  g_assert_cmpstr (json_object_get_string_member (object, "decision"), ==, "progress");
  g_assert_cmpint (json_object_get_int_member (object, "stage"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (object, "stages"), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "reasons")), >=, 1);
  item = json_array_get_object_element (json_object_get_array_member (json_object_get_object_member (object, "next_session"),
                                                                       "items"), 0);
  g_assert_cmpstr (json_object_get_string_member (item, "exercise"), ==, "isometric_hip_abduction");
  g_assert_cmpstr (json_object_get_string_member (item, "sides"), ==, "both");
  g_assert_cmpint (json_object_get_int_member (item, "sets"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (item, "hold_s"), ==, 45);
  stride_test_run_clear (&result);
}

/* --program-status keeps "see a clinician": pain rose by 2026-11-14, later sessions at low
 * pain do not move the runner on; the day a clinician saw them ends the pause. */
static void
test_cli_paused (void)
{
#define PAUSED_INPUT \
    "{\"program\": \"gluteal_tendinopathy_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-26\"," \
    " \"sessions\": [{\"date\": \"2026-11-04\", \"stage\": 1, \"pain_during\": 1}," \
    "              {\"date\": \"2026-11-06\", \"stage\": 1, \"pain_during\": 2}," \
    "              {\"date\": \"2026-11-11\", \"stage\": 1, \"pain_during\": 3}," \
    "              {\"date\": \"2026-11-14\", \"stage\": 1, \"pain_during\": 4}," \
    "              {\"date\": \"2026-11-18\", \"stage\": 1, \"pain_during\": 1}," \
    "              {\"date\": \"2026-11-21\", \"stage\": 1, \"pain_during\": 0}," \
    "              {\"date\": \"2026-11-24\", \"stage\": 1, \"pain_during\": 0}]," \
    " \"checkins\": [{\"date\": \"2026-11-25\", \"morning\": \"better\"}]"
  StrideTestRun result = { 0 };
  const char *held_input = PAUSED_INPUT "}";
  const char *seen_input = PAUSED_INPUT ", \"clinician_seen\": [{\"date\": \"2026-11-26\"}]}";
  g_autoptr(JsonNode) held = NULL;
  g_autoptr(JsonNode) cleared = NULL;
  JsonObject *object;
  JsonArray *reasons;

  run (&result, held_input);
  g_assert_cmpint (result.status, ==, 0);
  held = json_from_string (result.out, NULL);
  object = json_node_get_object (held);
  g_assert_cmpstr (json_object_get_string_member (object, "decision"), ==, "see_clinician");
  g_assert_cmpstr (json_object_get_string_member (object, "paused_since"), ==, "2026-11-14");
  g_assert_cmpint (json_object_get_int_member (object, "stage"), ==, 1);
  reasons = json_object_get_array_member (object, "reasons");
  g_assert_nonnull (strstr (json_array_get_string_element (reasons, 0), "risen over the last 2 weeks"));
  g_assert_nonnull (strstr (json_array_get_string_element (reasons, json_array_get_length (reasons) - 1), "paused"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (object, "next_session"),
                                                                         "items")), ==, 0);
  stride_test_run_clear (&result);

  run (&result, seen_input);
  g_assert_cmpint (result.status, ==, 0);
  cleared = json_from_string (result.out, NULL);
  object = json_node_get_object (cleared);
  g_assert_cmpstr (json_object_get_string_member (object, "decision"), ==, "progress");
  g_assert_false (json_object_has_member (object, "paused_since"));
  g_assert_cmpint (json_object_get_int_member (object, "stage"), ==, 2);
  stride_test_run_clear (&result);
}

/* The same rule through --program-status: at the threshold it says see_clinician and why,
 * just below it does not. */
static void
test_cli_pain_rising (void)
{
  static const struct { const char *later; const char *decision; } cases[] = {
    { "2, 3", "see_clinician" },  /* 0.5 → 2.5 */
    { "2, 2", "progress" },       /* 0.5 → 2 */
    { "4, 5", "see_clinician" },  /* 0.5 → 4.5 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      StrideTestRun result = { 0 };
      g_autoptr(JsonNode) root = NULL;
      g_auto(GStrv) later = g_strsplit (cases[i].later, ", ", 2);
      g_autofree char *input = g_strdup_printf (
        "{\"program\": \"gluteal_tendinopathy_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
        " \"sessions\": [{\"date\": \"2026-11-18\", \"stage\": 1, \"pain_during\": 0},"
        "              {\"date\": \"2026-11-22\", \"stage\": 1, \"pain_during\": 1},"
        "              {\"date\": \"2026-11-24\", \"stage\": 1, \"pain_during\": %s},"
        "              {\"date\": \"2026-11-28\", \"stage\": 1, \"pain_during\": %s}]}", later[0], later[1]);
      JsonObject *object;
      const char *reason;

      run (&result, input);
      g_assert_cmpint (result.status, ==, 0);
      root = json_from_string (result.out, NULL);
      g_assert_nonnull (root);
      object = json_node_get_object (root);
      g_assert_cmpstr (json_object_get_string_member (object, "decision"), ==, cases[i].decision);
      reason = json_array_get_string_element (json_object_get_array_member (object, "reasons"), 0);
      if (g_str_equal (cases[i].decision, "see_clinician"))
        {
          g_assert_nonnull (strstr (reason, "risen over the last 2 weeks"));
          /* the next session stays the same stage: no step forward while it is checked */
          g_assert_cmpint (json_object_get_int_member (object, "stage"), ==, 1);
        }
      stride_test_run_clear (&result);
    }
}

static void
test_cli_bad_input (void)
{
  static const struct { const char *input; const char *err; } cases[] = {
    { "{\"program\": \"nope\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\"}", "$.program: unknown program “nope”" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-31\", \"today\": \"2026-12-01\"}", "$.started:" },
    /* a start after "today" names the start field and both dates */
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-01\"}",
      "$.started: “2026-11-02” is in the future: the start date is after “today” (2026-11-01)" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\"}", "missing field “today”" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\", \"extra\": 1}",
      "unknown field “extra”" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
      " \"sessions\": [{\"date\": \"2026-11-03\", \"stage\": 5, \"pain_during\": 2}]}", "$.sessions[0].stage:" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
      " \"sessions\": [{\"date\": \"2026-11-03\", \"stage\": 1, \"pain_during\": 11}]}", "$.sessions[0].pain_during:" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
      " \"sessions\": [{\"date\": \"2026-10-03\", \"stage\": 1, \"pain_during\": 1}]}", "$.sessions[0].date:" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
      " \"checkins\": [{\"date\": \"2026-11-03\", \"morning\": \"awful\"}]}", "$.checkins[0].morning:" },
    { "{\"program\": \"hip_flexor_program\",", "stride: --program-status:" },
    { "[]", "$: expected an object" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
      " \"clinician_seen\": [{\"date\": \"2026-12-03\"}]}", "$.clinician_seen[0].date:" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
      " \"clinician_seen\": [{\"when\": \"2026-11-03\"}]}", "$.clinician_seen[0]: unknown field “when”" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"2026-11-30\","
      " \"clinician_seen\": {}}", "$.clinician_seen: expected a list" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      StrideTestRun result = { 0 };

      run (&result, cases[i].input);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_nonnull (strstr (result.err, cases[i].err));
      /* one line */
      g_assert_nonnull (strchr (result.err, '\n'));
      g_assert_cmpstr (strchr (result.err, '\n') + 1, ==, "");
      stride_test_run_clear (&result);
    }
}

/* Dates out of range (year 0001, 9999, a start after the computer's date) are refused
 * with one line naming the field, exit 2; yesterday and today are taken. */
static void
test_cli_date_range (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 3);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 4);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *soon_text = g_date_time_format (soon, "%Y-%m-%d");
  g_autofree char *later_text = g_date_time_format (later, "%Y-%m-%d");
  g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *yesterday_text = g_date_time_format (yesterday, "%Y-%m-%d");
  g_autofree char *future_start = g_strdup_printf ("{\"program\": \"hip_flexor_program\", \"started\": \"%s\", "
                                                   "\"today\": \"%s\"}", soon_text, later_text);
  g_autofree char *future_err = g_strdup_printf ("$.started: “%s” is in the future", soon_text);
  /* the start in the future, "today" the computer's date: the start is what is wrong */
  g_autofree char *start_after_today = g_strdup_printf ("{\"program\": \"hip_flexor_program\", \"started\": \"%s\", "
                                                        "\"today\": \"%s\"}", soon_text, now_text);
  g_autofree char *start_after_today_err = g_strdup_printf ("$.started: “%s” is in the future: the start date is "
                                                            "after “today” (%s)", soon_text, now_text);
  g_autofree char *current = g_strdup_printf ("{\"program\": \"hip_flexor_program\", \"started\": \"%s\", "
                                              "\"today\": \"%s\"}", yesterday_text, now_text);
  const struct { const char *input; const char *err; } cases[] = {
    { "{\"program\": \"hip_flexor_program\", \"started\": \"0001-01-01\", \"today\": \"2026-11-30\"}",
      "$.started: “0001-01-01” is before the year 2000" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"2026-11-02\", \"today\": \"9999-12-31\"}",
      "$.today: “9999-12-31” is in the future" },
    { "{\"program\": \"hip_flexor_program\", \"started\": \"9999-01-01\", \"today\": \"9999-01-02\"}",
      "$.started: “9999-01-01” is in the future" },
    { future_start, future_err },
    { start_after_today, start_after_today_err },
  };
  StrideTestRun result = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      run (&result, cases[i].input);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_nonnull (strstr (result.err, cases[i].err));
      g_assert_cmpstr (strchr (result.err, '\n') + 1, ==, "");
      stride_test_run_clear (&result);
    }
  run (&result, current);
  g_assert_cmpint (result.status, ==, 0);
  stride_test_run_clear (&result);
}

/* --program=ID: an unknown id is one line and exit 2, without a window. */
static void
test_cli_launch_unknown (void)
{
  const char * const args[] = { "--program=nope", NULL };
  StrideTestRun result = { 0 };

  stride_test_run_stride (&result, args, NULL, NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "unknown program “nope”"));
  g_assert_cmpstr (strchr (result.err, '\n') + 1, ==, "");
  stride_test_run_clear (&result);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_test_init (&argc, &argv, NULL);
  content = stride_content_load_default (warnings);
  g_assert_nonnull (content);

  g_test_add_func ("/stride/program/content/valid", test_programs_valid);
  g_test_add_func ("/stride/program/content/conditions", test_conditions_name_programs);
  g_test_add_func ("/stride/program/content/new-exercises", test_new_exercises);
  g_test_add_func ("/stride/program/content/tendon-routines-hold-first", test_tendon_routines_start_with_holds);
  g_test_add_func ("/stride/program/content/sides-take-turns", test_sides_take_turns_in_words);
  g_test_add_func ("/stride/program/rules/two-weeks", test_progress_needs_two_weeks);
  g_test_add_func ("/stride/program/rules/first-day-words", test_first_day_words);
  g_test_add_func ("/stride/program/rules/return-to-run-one-week", test_return_to_run_one_week);
  g_test_add_func ("/stride/program/rules/pain-thresholds", test_pain_thresholds);
  g_test_add_func ("/stride/program/rules/worse-mornings", test_worse_mornings);
  g_test_add_func ("/stride/program/rules/worse-morning-blocks-progress", test_worse_morning_blocks_progress);
  g_test_add_func ("/stride/program/rules/see-clinician", test_see_clinician);
  g_test_add_func ("/stride/program/rules/pain-rising", test_pain_rising_threshold);
  g_test_add_func ("/stride/program/rules/see-clinician-holds", test_see_clinician_holds);
  g_test_add_func ("/stride/program/rules/stalled-holds-until-seen", test_stalled_holds_until_seen);
  g_test_add_func ("/stride/program/rules/pain-rising-wins-in-pause", test_pain_rising_wins_in_pause);
  g_test_add_func ("/stride/program/reasons/words", test_reason_words);
  g_test_add_func ("/stride/program/rules/last-stage", test_last_stage);
  g_test_add_func ("/stride/program/history", test_history);
  g_test_add_func ("/stride/program/cli/contract", test_cli_contract);
  g_test_add_func ("/stride/program/cli/pain-rising", test_cli_pain_rising);
  g_test_add_func ("/stride/program/cli/paused", test_cli_paused);
  g_test_add_func ("/stride/program/cli/bad-input", test_cli_bad_input);
  g_test_add_func ("/stride/program/cli/date-range", test_cli_date_range);
  g_test_add_func ("/stride/program/cli/launch-unknown", test_cli_launch_unknown);

  status = g_test_run ();
  stride_content_unref (content);
  return status;
}
