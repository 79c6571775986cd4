/* test-records.c — the typed records the history keeps: built in core, written and read
 * back whole, members from a newer Stride kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "stride-atlas.h"
#include "stride-check-in.h"
#include "stride-content.h"
#include "stride-json-document.h"
#include "stride-clock.h"
#include "stride-matcher.h"
#include "stride-program-decision-record.h"
#include "stride-program-start-record.h"
#include "stride-self-test-record.h"
#include "stride-session-record.h"
#include "stride-symptom-check.h"

static StrideContent *content;

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  return json_node_dup_object (json_parser_get_root (parser));
}

static gboolean
objects_equal (JsonObject *a,
               JsonObject *b)
{
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), b);

  return json_node_equal (na, nb);
}

#define NEWER_CHECK \
  "{\"answers\": {\"onset\": \"gradual\", \"age\": 47}," \
  " \"result\": {\"triage\": {\"level\": \"soon\", \"reasons\": [], \"colour\": \"amber\"}," \
  "            \"conditions\": [{\"id\": \"runners_knee\", \"probability\": 0.7, \"for\": [], \"against\": []}," \
  "                             {\"id\": \"other_cause\", \"probability\": 0.3, \"for\": [], \"against\": []}]," \
  "            \"next_question\": null, \"model\": 2}," \
  " \"mood\": \"hopeful\"}"

static void
test_symptom_check_round_trip (void)
{
  g_autoptr(JsonObject) data = parse_object (NEWER_CHECK);
  g_autoptr(StrideSymptomCheck) check = stride_symptom_check_new_from_json (data);
  g_autoptr(JsonObject) again = NULL;
  double probability = 0;

  g_assert_cmpstr (stride_symptom_check_get_level (check), ==, "soon");
  g_assert_cmpuint (stride_symptom_check_get_n_conditions (check), ==, 2);
  g_assert_cmpstr (stride_symptom_check_get_condition (check, 0), ==, "runners_knee");
  g_assert_true (stride_symptom_check_get_probability (check, 1, &probability));
  g_assert_cmpfloat_with_epsilon (probability, 0.3, 1e-9);

  /* Unknown members ("colour", "model", "mood") survive, and the record does not change
   * with the object it was read from. */
  again = stride_symptom_check_to_json (check);
  g_assert_true (objects_equal (again, data));
  json_object_set_string_member (data, "mood", "changed");
  json_object_remove_member (stride_json_get_object (again, "result"), "model");
  g_clear_pointer (&again, json_object_unref);
  again = stride_symptom_check_to_json (check);
  g_assert_cmpstr (stride_json_get_string (again, "mood"), ==, "hopeful");
  g_assert_true (json_object_has_member (stride_json_get_object (again, "result"), "model"));
}

static void
test_symptom_check_broken (void)
{
  const char *broken[] = {
    "{}",
    "{\"result\": 3}",
    "{\"result\": {\"triage\": [], \"conditions\": {}}}",
    "{\"result\": {\"triage\": {\"level\": 2}, \"conditions\": [1, {\"id\": 5, \"probability\": \"high\"}]}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(JsonObject) data = parse_object (broken[i]);
      g_autoptr(StrideSymptomCheck) check = stride_symptom_check_new_from_json (data);
      g_autoptr(JsonObject) again = stride_symptom_check_to_json (check);
      double probability = 0;

      g_assert_null (stride_symptom_check_get_level (check));
      for (guint c = 0; c < stride_symptom_check_get_n_conditions (check); c++)
        {
          g_assert_null (stride_symptom_check_get_condition (check, c));
          g_assert_false (stride_symptom_check_get_probability (check, c, &probability));
        }
      g_assert_true (objects_equal (again, data));
    }
}

/* Built from a real interview's answers and result, saved, and read back from the file. */
static void
test_symptom_check_in_history (void)
{
  static const char input[] = "{\"answers\": {\"location\": [\"groin\"], \"red_flags\": [\"pain_on_weight_bearing\"]}}";
  g_autoptr(StrideMatcher) matcher = stride_matcher_new (content);
  GPtrArray *questions = stride_content_get_items (content, STRIDE_KIND_QUESTION);
  g_autoptr(StrideAnswers) answers = stride_answers_new_from_json (questions, input, -1, NULL);
  g_autoptr(StrideMatchResult) result = stride_matcher_match (matcher, answers);
  g_autoptr(StrideSymptomCheck) check = stride_symptom_check_new (answers, questions, result);
  g_autoptr(JsonObject) expected_answers = stride_answers_to_json_object (answers, questions);
  g_autoptr(JsonNode) expected_result = stride_match_result_to_json_node (result);
  g_autofree char *dir = g_dir_make_tmp ("stride-records-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(StrideSymptomCheck) read_back = NULL;
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;
  JsonObject *data;

  g_assert_nonnull (answers);
  g_assert_cmpstr (stride_symptom_check_get_level (check), ==, "urgent");
  g_assert_cmpstr (stride_symptom_check_get_condition (check, 0), ==, "femoral_neck_stress_fracture");

  entry = stride_history_append_symptom_check (history, check, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);

  reopened = stride_history_new (path);
  entry = stride_history_get_latest (reopened, STRIDE_HISTORY_SYMPTOM_CHECK);
  g_assert_nonnull (entry);
  data = stride_history_entry_get_data (entry);
  g_assert_true (objects_equal (stride_json_get_object (data, "answers"), expected_answers));
  g_assert_true (json_node_equal (json_object_get_member (data, "result"), expected_result));

  read_back = stride_symptom_check_new_from_entry (entry);
  g_assert_nonnull (read_back);
  g_assert_true (g_date_time_equal (stride_symptom_check_get_date (read_back), stride_history_entry_get_date (entry)));
  g_assert_null (stride_symptom_check_get_date (check));
  g_assert_cmpstr (stride_symptom_check_get_level (read_back), ==, "urgent");
  g_assert_cmpuint (stride_symptom_check_get_n_conditions (read_back), ==,
                    stride_symptom_check_get_n_conditions (check));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_check_in_round_trip (void)
{
  g_autoptr(JsonObject) data = parse_object ("{\"session\": \"s-1\", \"pain\": 3, \"compared\": \"worse\","
                                             " \"note\": {\"text\": \"stiff\"}}");
  g_autoptr(StrideCheckIn) check_in = stride_check_in_new_from_json (data);
  g_autoptr(JsonObject) again = stride_check_in_to_json (check_in);
  g_autoptr(JsonObject) broken = parse_object ("{\"session\": 4, \"compared\": [\"worse\"]}");
  g_autoptr(StrideCheckIn) unreadable = stride_check_in_new_from_json (broken);

  g_assert_cmpstr (stride_check_in_get_session (check_in), ==, "s-1");
  g_assert_cmpstr (stride_check_in_get_compared (check_in), ==, "worse");
  /* "pain" and the unknown "note" are written back as they were read. */
  g_assert_true (objects_equal (again, data));
  json_object_set_string_member (stride_json_get_object (data, "note"), "text", "changed");
  g_clear_pointer (&again, json_object_unref);
  again = stride_check_in_to_json (check_in);
  g_assert_cmpstr (stride_json_get_string (stride_json_get_object (again, "note"), "text"), ==, "stiff");

  g_assert_null (stride_check_in_get_session (unreadable));
  g_assert_null (stride_check_in_get_compared (unreadable));
}

static void
test_check_in_pain (void)
{
  const char *texts[] = { "{\"session\": \"a\", \"pain\": 3}", "{\"pain\": 11}", "{\"pain\": \"3\"}" };
  const gboolean has_pain[] = { TRUE, FALSE, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(JsonObject) data = parse_object (texts[i]);
      g_autoptr(StrideCheckIn) check_in = stride_check_in_new_from_json (data);
      int pain = -1;

      g_assert_cmpint (stride_check_in_get_pain (check_in, &pain), ==, has_pain[i]);
      if (has_pain[i])
        g_assert_cmpint (pain, ==, 3);
    }
}

/* A program's start, with what a newer Stride adds kept on the way through the history. */
static void
test_program_start_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-records-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(JsonObject) data = parse_object ("{\"program\": \"gluteal_tendinopathy_program\", \"goal\": \"10k\"}");
  g_autoptr(StrideProgramStartRecord) start = stride_program_start_record_new_from_json (data);
  g_autoptr(StrideProgramStartRecord) made = stride_program_start_record_new ("runners_knee_program");
  g_autoptr(StrideProgramStartRecord) read_back = NULL;
  g_autoptr(StrideProgramStartRecord) broken = NULL;
  g_autoptr(JsonObject) broken_data = parse_object ("{\"program\": 4}");
  g_autoptr(JsonObject) again = NULL;
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;

  g_assert_cmpstr (stride_program_start_record_get_program (made), ==, "runners_knee_program");
  entry = stride_history_append_program_start (history, start, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (stride_check_in_new_from_entry (entry));
  reopened = stride_history_new (path);
  read_back = stride_program_start_record_new_from_entry (stride_history_get_latest (reopened, STRIDE_HISTORY_PROGRAM_START));
  g_assert_cmpstr (stride_program_start_record_get_program (read_back), ==, "gluteal_tendinopathy_program");
  again = stride_program_start_record_to_json (read_back);
  g_assert_true (objects_equal (again, data));

  broken = stride_program_start_record_new_from_json (broken_data);
  g_assert_null (stride_program_start_record_get_program (broken));

  g_remove (path);
  g_rmdir (dir);
}

static void
test_check_in_in_history (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-records-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(StrideCheckIn) check_in = stride_check_in_new ("session-7", "better");
  g_autoptr(StrideCheckIn) read_back = NULL;
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;

  g_assert_nonnull (stride_history_append_check_in (history, check_in, NULL, &error));
  g_assert_no_error (error);

  reopened = stride_history_new (path);
  entry = stride_history_get_latest (reopened, STRIDE_HISTORY_CHECK_IN);
  g_assert_nonnull (entry);
  read_back = stride_check_in_new_from_json (stride_history_entry_get_data (entry));
  g_assert_cmpstr (stride_check_in_get_session (read_back), ==, "session-7");
  g_assert_cmpstr (stride_check_in_get_compared (read_back), ==, "better");

  g_unlink (path);
  g_rmdir (dir);
}

#define NEWER_SESSION \
  "{\"routine\": \"hip_stretch_routine\", \"routine_name\": \"Hip stretch routine\"," \
  " \"completed\": true, \"ended_early\": false, \"duration_s\": 612," \
  " \"exercises\": [{\"exercise\": \"glute_bridge\", \"sets_done\": 3, \"sets\": 3, \"sides\": \"each\"}]," \
  " \"program\": {\"id\": \"gluteal_tendinopathy_program\", \"stage\": 2, \"week\": 3}," \
  " \"pain\": 2, \"effort\": \"too_easy\", \"heart_rate\": {\"average\": 96}}"

static void
test_session_round_trip (void)
{
  g_autoptr(JsonObject) data = parse_object (NEWER_SESSION);
  g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_json (data);
  g_autoptr(JsonObject) again = stride_session_record_to_json (session);
  g_autoptr(StrideSessionRecord) read_again = stride_session_record_new_from_json (again);
  guint stage = 0;
  int pain = -1;

  g_assert_cmpstr (stride_session_record_get_routine (session), ==, "hip_stretch_routine");
  g_assert_cmpstr (stride_session_record_get_routine_name (session), ==, "Hip stretch routine");
  g_assert_true (stride_session_record_get_completed (session));
  g_assert_true (stride_session_record_counts (session));
  g_assert_true (stride_session_record_get_pain (session, &pain));
  g_assert_cmpint (pain, ==, 2);
  g_assert_cmpstr (stride_session_record_get_program (session, &stage), ==, "gluteal_tendinopathy_program");
  g_assert_cmpuint (stage, ==, 2);
  g_assert_cmpint (stride_session_record_decide (session, "glute_bridge"), ==, STRIDE_DOSE_PROGRESS);

  /* parse → write → parse: the same, the unknown "heart_rate" and "week" too */
  g_assert_true (objects_equal (again, data));
  g_clear_pointer (&again, json_object_unref);
  again = stride_session_record_to_json (read_again);
  g_assert_true (objects_equal (again, data));

  /* Filling in a record read back keeps what it does not know */
  stride_session_record_rate (read_again, 5, STRIDE_EFFORT_ABOUT_RIGHT);
  g_clear_pointer (&again, json_object_unref);
  again = stride_session_record_to_json (read_again);
  g_assert_cmpint (json_object_get_int_member (stride_json_get_object (again, "heart_rate"), "average"), ==, 96);
  g_assert_cmpint (json_object_get_int_member (again, "pain"), ==, 5);
}

static void
test_session_broken (void)
{
  const char *broken[] = {
    "{}",
    "{\"routine\": 4, \"routine_name\": [], \"completed\": \"yes\", \"pain\": \"high\", \"program\": 2}",
    "{\"pain\": 11, \"program\": {\"id\": 3, \"stage\": -1}, \"ended_early\": 1}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(JsonObject) data = parse_object (broken[i]);
      g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_json (data);
      g_autoptr(JsonObject) again = stride_session_record_to_json (session);
      guint stage = 7;
      int pain = -1;

      g_assert_null (stride_session_record_get_routine (session));
      g_assert_null (stride_session_record_get_routine_name (session));
      g_assert_false (stride_session_record_get_completed (session));
      g_assert_true (stride_session_record_counts (session));
      g_assert_false (stride_session_record_get_pain (session, &pain));
      g_assert_null (stride_session_record_get_program (session, &stage));
      /* Not rated: the dose holds */
      g_assert_cmpint (stride_session_record_decide (session, "glute_bridge"), ==, STRIDE_DOSE_HOLD);
      g_assert_true (objects_equal (again, data));
    }
}

/* What dose adaptation, programs and Progress read from a saved session, and what they
 * read as absent in a broken one. */
static void
test_session_readers (void)
{
  g_autoptr(JsonObject) data = parse_object (
    "{\"routine\": \"hip_strength_routine\", \"completed\": false, \"ended_early\": true,"
    " \"duration_s\": 612, \"pain\": 12, \"effort\": \"too_hard\","
    " \"program\": {\"id\": \"gluteal_tendinopathy_program\", \"stage\": 2},"
    " \"exercises\": [\"junk\", {\"exercise\": \"glute_bridge\", \"dose\": {\"sets\": 3, \"reps\": 10}}],"
    " \"next_dose\": {\"glute_bridge\": {\"sets\": 3, \"reps\": 12, \"rest_s\": 9999}},"
    " \"heart_rate\": {\"average\": 96}}");
  g_autoptr(JsonObject) broken = parse_object (
    "{\"completed\": 1, \"duration_s\": -3, \"effort\": \"meh\", \"program\": {\"id\": \"gluteal_tendinopathy_program\"},"
    " \"exercises\": {}, \"next_dose\": {\"glute_bridge\": 4}}");
  g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_json (data);
  g_autoptr(StrideSessionRecord) bad = stride_session_record_new_from_json (broken);
  g_autoptr(JsonObject) again = stride_session_record_to_json (session);
  const StrideDose base = { 2, 8, 0, 45, STRIDE_SIDES_BOTH, 3 };
  StrideDose dose;
  guint value = 0;
  int pain = -1;

  g_assert_true (stride_session_record_has_completed (session));
  g_assert_false (stride_session_record_counts (session));
  g_assert_true (stride_session_record_get_duration_s (session, &value));
  g_assert_cmpuint (value, ==, 612);
  g_assert_cmpint (stride_session_record_get_effort (session), ==, STRIDE_EFFORT_TOO_HARD);
  /* An impossible pain is no rating to chart, but for decisions it is the worst */
  g_assert_false (stride_session_record_get_pain (session, &pain));
  g_assert_true (stride_session_record_get_pain_clamped (session, &pain));
  g_assert_cmpint (pain, ==, 10);
  g_assert_true (stride_session_record_is_in_program (session, "gluteal_tendinopathy_program", &value));
  g_assert_cmpuint (value, ==, 2);
  g_assert_false (stride_session_record_is_in_program (session, "runners_knee_program", NULL));
  g_assert_true (stride_session_record_get_done_dose (session, "glute_bridge", &base, &dose));
  g_assert_cmpuint (dose.sets, ==, 3);
  g_assert_cmpuint (dose.reps, ==, 10);
  g_assert_cmpuint (dose.rest_s, ==, 45);
  g_assert_true (stride_session_record_get_next_dose (session, "glute_bridge", &base, &dose));
  g_assert_cmpuint (dose.reps, ==, 12);
  g_assert_cmpuint (dose.rest_s, ==, 45);   /* out of range: the fallback's */
  g_assert_false (stride_session_record_get_done_dose (session, "clamshell", &base, &dose));
  g_assert_true (objects_equal (again, data));

  g_assert_false (stride_session_record_has_completed (bad));
  g_assert_true (stride_session_record_counts (bad));
  g_assert_false (stride_session_record_get_duration_s (bad, &value));
  g_assert_cmpint (stride_session_record_get_effort (bad), ==, STRIDE_EFFORT_UNKNOWN);
  g_assert_false (stride_session_record_get_pain_clamped (bad, &pain));
  /* A program session must say its stage */
  g_assert_false (stride_session_record_is_in_program (bad, "gluteal_tendinopathy_program", &value));
  g_assert_false (stride_session_record_get_done_dose (bad, "glute_bridge", &base, &dose));
  g_assert_false (stride_session_record_get_next_dose (bad, "glute_bridge", &base, &dose));
}

/* A real run: the runner's outcome, exercises rated one by one, the rating and the next
 * doses, saved in a history and read back from the file. */
static void
test_session_filled_in (void)
{
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideRoutineRunner) runner = NULL;
  g_autoptr(StrideSessionRecord) session = stride_session_record_new ("my_routine", "My routine");
  g_autoptr(StrideSessionRecord) read_back = NULL;
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stride-records-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  StrideRoutineItem bridge = { .exercise = (char *) "glute_bridge",
                               .dose = { 1, 0, 10, 0, STRIDE_SIDES_BOTH, 0 } };
  StrideRoutineItem clam = { .exercise = (char *) "clamshell",
                             .dose = { 1, 0, 10, 0, STRIDE_SIDES_BOTH, 0 } };
  StrideDose next = { 2, 12, 0, 45, STRIDE_SIDES_EACH, 0 };
  JsonObject *data;
  guint stage = 0;
  int pain = -1;

  g_ptr_array_add (items, g_memdup2 (&bridge, sizeof bridge));
  g_ptr_array_add (items, g_memdup2 (&clam, sizeof clam));
  runner = stride_routine_runner_new (clock, items);
  stride_routine_runner_set_get_ready_s (runner, 0);
  stride_routine_runner_set_switch_s (runner, 0);
  stride_routine_runner_start (runner);
  stride_clock_advance (clock, 60 * G_USEC_PER_SEC);
  g_assert_cmpint (stride_routine_runner_get_phase (runner), ==, STRIDE_PHASE_DONE);

  stride_session_record_set_program (session, "gluteal_tendinopathy_program", 1);
  stride_session_record_rate_exercise (session, "glute_bridge", 6, STRIDE_EFFORT_TOO_HARD);
  stride_session_record_rate_exercise (session, "glute_bridge", 1, STRIDE_EFFORT_TOO_EASY);  /* rated again */
  stride_session_record_rate_exercise (session, "clamshell", 4, STRIDE_EFFORT_ABOUT_RIGHT);
  stride_session_record_set_outcome (session, runner);
  stride_session_record_rate (session, 2, STRIDE_EFFORT_ABOUT_RIGHT);
  stride_session_record_set_next_dose (session, "glute_bridge", &next);

  /* The session's pain is the worst exercise's; each exercise is judged by its own */
  g_assert_true (stride_session_record_get_pain (session, &pain));
  g_assert_cmpint (pain, ==, 4);
  g_assert_cmpint (stride_session_record_decide (session, "glute_bridge"), ==, STRIDE_DOSE_PROGRESS);
  g_assert_cmpint (stride_session_record_decide (session, "clamshell"), ==, STRIDE_DOSE_HOLD);
  g_assert_true (stride_session_record_get_completed (session));

  history = stride_history_new (path);
  g_assert_nonnull (stride_history_append_session (history, session, NULL, &error));
  g_assert_no_error (error);
  reopened = stride_history_new (path);
  read_back = stride_session_record_new_from_entry (stride_history_get_latest (reopened, STRIDE_HISTORY_SESSION));
  g_assert_nonnull (read_back);
  g_assert_cmpstr (stride_session_record_get_routine_name (read_back), ==, "My routine");
  g_assert_cmpstr (stride_session_record_get_program (read_back, &stage), ==, "gluteal_tendinopathy_program");
  g_assert_cmpuint (stage, ==, 1);
  g_assert_true (stride_session_record_get_pain (read_back, &pain));
  g_assert_cmpint (pain, ==, 4);

  /* What the next session's dose comes from */
  data = stride_history_entry_get_data (stride_history_get_latest (reopened, STRIDE_HISTORY_SESSION));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_object_get_object_member (data, "next_dose"),
                                                                              "glute_bridge"), "reps"), ==, 12);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (data, "exercises")), ==, 2);
  /* Not a session: no record */
  g_assert_null (stride_session_record_new_from_entry (stride_history_append (reopened, STRIDE_HISTORY_CHECK_IN, NULL,
                                                                              data, NULL)));

  g_unlink (path);
  g_rmdir (dir);
}

#define NEWER_DECISION \
  "{\"program\": \"gluteal_tendinopathy_program\", \"decision\": \"step_back\"," \
  " \"rule\": \"two_worse_mornings\", \"stage_before\": 2, \"stage\": 1," \
  " \"reasons\": [\"Two mornings worse in a row.\", 7, \"Load eases off.\"]," \
  " \"summary\": \"Back to stage 1.\", \"clinician_note\": {\"seen\": false}}"

static void
test_decision_round_trip (void)
{
  g_autoptr(JsonObject) data = parse_object (NEWER_DECISION);
  g_autoptr(StrideProgramDecisionRecord) decision = stride_program_decision_record_new_from_json (data);
  g_autoptr(JsonObject) again = stride_program_decision_record_to_json (decision);
  g_autoptr(StrideProgramDecisionRecord) read_again = stride_program_decision_record_new_from_json (again);
  g_autoptr(JsonObject) third = stride_program_decision_record_to_json (read_again);
  StrideProgramDecision kind = STRIDE_PROGRAM_PROGRESS;
  guint stage = 0;

  g_assert_cmpstr (stride_program_decision_record_get_program (decision), ==, "gluteal_tendinopathy_program");
  g_assert_true (stride_program_decision_record_get_decision (decision, &kind));
  g_assert_cmpint (kind, ==, STRIDE_PROGRAM_STEP_BACK);
  g_assert_cmpstr (stride_program_decision_record_get_rule (decision), ==, "two_worse_mornings");
  g_assert_true (stride_program_decision_record_get_stage_before (decision, &stage));
  g_assert_cmpuint (stage, ==, 2);
  g_assert_true (stride_program_decision_record_get_stage (decision, &stage));
  g_assert_cmpuint (stage, ==, 1);
  /* The reason that is not text is left out of the list, not out of the file */
  g_assert_cmpuint (stride_program_decision_record_get_n_reasons (decision), ==, 2);
  g_assert_cmpstr (stride_program_decision_record_get_reason (decision, 1), ==, "Load eases off.");
  g_assert_cmpstr (stride_program_decision_record_get_summary (decision), ==, "Back to stage 1.");
  g_assert_null (stride_program_decision_record_get_date (decision));

  g_assert_true (objects_equal (again, data));
  g_assert_true (objects_equal (third, data));
  g_assert_true (stride_program_decision_record_same (decision, read_again));
}

static void
test_decision_broken (void)
{
  const char *broken[] = {
    "{}",
    "{\"program\": [], \"decision\": \"jump_ahead\", \"rule\": 2, \"stage\": -1, \"stage_before\": \"2\","
    " \"reasons\": \"none\", \"summary\": {}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(JsonObject) data = parse_object (broken[i]);
      g_autoptr(StrideProgramDecisionRecord) decision = stride_program_decision_record_new_from_json (data);
      g_autoptr(JsonObject) again = stride_program_decision_record_to_json (decision);
      StrideProgramDecision kind;
      guint stage;

      g_assert_null (stride_program_decision_record_get_program (decision));
      g_assert_false (stride_program_decision_record_get_decision (decision, &kind));
      g_assert_null (stride_program_decision_record_get_rule (decision));
      g_assert_false (stride_program_decision_record_get_stage (decision, &stage));
      g_assert_false (stride_program_decision_record_get_stage_before (decision, &stage));
      g_assert_cmpuint (stride_program_decision_record_get_n_reasons (decision), ==, 0);
      g_assert_null (stride_program_decision_record_get_summary (decision));
      /* Stages it cannot read are never "the same" as another's */
      g_assert_false (stride_program_decision_record_same (decision, decision));
      g_assert_true (objects_equal (again, data));
    }
}

static void
test_decision_in_history (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-records-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(JsonObject) data = parse_object (NEWER_DECISION);
  g_autoptr(StrideProgramDecisionRecord) decision = stride_program_decision_record_new_from_json (data);
  g_autoptr(StrideProgramDecisionRecord) read_back = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 26, 7, 30, 0);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (stride_history_append_program_decision (history, decision, date, &error));
  g_assert_no_error (error);

  reopened = stride_history_new (path);
  read_back = stride_program_decision_record_new_from_entry (stride_history_get_latest (reopened,
                                                                                         STRIDE_HISTORY_PROGRAM_DECISION));
  g_assert_nonnull (read_back);
  g_assert_true (stride_program_decision_record_same (read_back, decision));
  g_assert_cmpstr (stride_program_decision_record_get_summary (read_back), ==, "Back to stage 1.");
  g_assert_nonnull (stride_program_decision_record_get_date (read_back));
  g_assert_true (g_date_time_equal (stride_program_decision_record_get_date (read_back), date));
  g_assert_null (stride_program_decision_record_new_from_entry (stride_history_append (reopened, STRIDE_HISTORY_CHECK_IN,
                                                                                       NULL, data, NULL)));

  g_unlink (path);
  g_rmdir (dir);
}

#define NEWER_SELF_TEST \
  "{\"sex\": \"female\", \"age\": 34," \
  " \"results\": {\"straight_leg_raise\": {\"left\": {\"angle_deg\": 62, \"pain\": false}, \"right\": {\"angle_deg\": 80.5}}," \
  "             \"sit_and_reach\": {\"reach_cm\": -4}," \
  "             \"faber_test\": {\"left\": {\"knee\": \"level\"}, \"right\": {}}," \
  "             \"balance_board\": {\"wobbles\": 3}}," \
  " \"findings\": [{\"id\": \"tight_hamstrings\", \"side\": \"left\", \"text\": \"Tight on the left.\", \"confidence\": 0.8}, 5]," \
  " \"routine\": {\"id\": \"personal\", \"items\": [{\"exercise\": \"hamstring_strap_stretch\", \"sets\": 3}, {\"sets\": 1}]}," \
  " \"device\": \"phone\"}"

static void
test_self_test_round_trip (void)
{
  g_autoptr(JsonObject) data = parse_object (NEWER_SELF_TEST);
  g_autoptr(StrideSelfTestRecord) self_test = stride_self_test_record_new_from_json (data);
  g_autoptr(JsonObject) again = stride_self_test_record_to_json (self_test);
  g_autoptr(StrideSelfTestRecord) read_again = stride_self_test_record_new_from_json (again);
  g_autoptr(JsonObject) third = stride_self_test_record_to_json (read_again);
  g_autoptr(GPtrArray) routine = stride_self_test_record_dup_routine (self_test, content);
  g_auto(GStrv) tests = stride_self_test_record_dup_tests (self_test);
  g_auto(GStrv) fields = stride_self_test_record_dup_fields (self_test, "straight_leg_raise", STRIDE_SIDE_LEFT);
  StrideSelfTestFinding finding;
  StrideTestValue value;

  g_assert_cmpuint (g_strv_length (tests), ==, 4);
  g_assert_cmpstr (tests[0], ==, "straight_leg_raise");
  g_assert_cmpuint (g_strv_length (fields), ==, 2);
  g_assert_true (stride_self_test_record_get_test_sided (self_test, "straight_leg_raise"));
  g_assert_false (stride_self_test_record_get_test_sided (self_test, "sit_and_reach"));

  g_assert_true (stride_self_test_record_get_value (self_test, "straight_leg_raise", STRIDE_SIDE_RIGHT, "angle_deg", &value));
  g_assert_cmpint (value.kind, ==, STRIDE_TEST_VALUE_NUMBER);
  g_assert_cmpfloat (value.number, ==, 80.5);
  g_assert_true (stride_self_test_record_get_value (self_test, "straight_leg_raise", STRIDE_SIDE_LEFT, "pain", &value));
  g_assert_cmpint (value.kind, ==, STRIDE_TEST_VALUE_BOOLEAN);
  g_assert_false (value.boolean);
  g_assert_true (stride_self_test_record_get_value (self_test, "sit_and_reach", STRIDE_SIDE_NONE, "reach_cm", &value));
  g_assert_cmpfloat (value.number, ==, -4);
  g_assert_true (stride_self_test_record_get_value (self_test, "faber_test", STRIDE_SIDE_LEFT, "knee", &value));
  g_assert_cmpint (value.kind, ==, STRIDE_TEST_VALUE_CHOICE);
  g_assert_cmpstr (value.choice, ==, "level");
  g_assert_false (stride_self_test_record_get_value (self_test, "faber_test", STRIDE_SIDE_RIGHT, "knee", &value));
  g_assert_cmpint (value.kind, ==, STRIDE_TEST_VALUE_NONE);

  g_assert_cmpuint (stride_self_test_record_get_n_findings (self_test), ==, 2);
  g_assert_true (stride_self_test_record_get_finding (self_test, 0, &finding));
  g_assert_cmpstr (finding.id, ==, "tight_hamstrings");
  g_assert_cmpstr (finding.side, ==, "left");
  g_assert_cmpstr (finding.text, ==, "Tight on the left.");
  g_assert_false (stride_self_test_record_get_finding (self_test, 1, &finding));

  /* The item without an exercise is left out; the dose not saved is the exercise's own */
  g_assert_cmpuint (routine->len, ==, 1);
  g_assert_cmpstr (((StrideRoutineItem *) g_ptr_array_index (routine, 0))->exercise, ==, "hamstring_strap_stretch");
  g_assert_cmpuint (((StrideRoutineItem *) g_ptr_array_index (routine, 0))->dose.sets, ==, 3);

  /* parse → write → parse: the same, with "device", "confidence" and the unknown test */
  g_assert_true (objects_equal (again, data));
  g_assert_true (objects_equal (third, data));
}

static void
test_self_test_broken (void)
{
  const char *broken[] = {
    "{}",
    "{\"results\": [], \"findings\": {}, \"routine\": []}",
    "{\"results\": {\"straight_leg_raise\": 4, \"sit_and_reach\": {\"reach_cm\": [1], \"pain\": null}},"
    " \"routine\": {\"items\": 2}, \"sex\": 3, \"age\": \"old\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(JsonObject) data = parse_object (broken[i]);
      g_autoptr(StrideSelfTestRecord) self_test = stride_self_test_record_new_from_json (data);
      g_autoptr(JsonObject) again = stride_self_test_record_to_json (self_test);
      g_autoptr(JsonNode) input = stride_self_test_record_dup_input (self_test, content);
      g_auto(GStrv) tests = stride_self_test_record_dup_tests (self_test);
      StrideTestValue value;

      g_assert_false (stride_self_test_record_get_value (self_test, "sit_and_reach", STRIDE_SIDE_NONE, "reach_cm", &value));
      g_assert_false (stride_self_test_record_get_value (self_test, "sit_and_reach", STRIDE_SIDE_NONE, "pain", &value));
      g_assert_cmpuint (stride_self_test_record_get_n_findings (self_test), ==, 0);
      g_assert_null (stride_self_test_record_dup_routine (self_test, content));
      /* Whatever the file holds, the --assess input has its shape */
      g_assert_nonnull (stride_json_get_object (json_node_get_object (input), "results"));
      g_assert_null (stride_json_get_string (json_node_get_object (input), "sex"));
      g_assert_true (objects_equal (again, data));
      g_assert_cmpuint (g_strv_length (tests), <=, 1);
    }
}

/* What a session plan reads from the latest self-test: what to avoid, and how the
 * personal routine gives each exercise. */
static void
test_self_test_plan_readers (void)
{
  g_autoptr(JsonObject) data = parse_object (
    "{\"cautions\": [{\"id\": \"lateral_hip_pain\", \"text\": \"Go easy.\", \"avoid\": [\"clamshell\", 3]},"
    "                {\"id\": \"no_text\", \"avoid\": [\"side_plank\"]}, \"junk\"],"
    " \"routine\": {\"id\": \"personal\", \"items\": [{\"exercise\": \"glute_bridge\", \"sides\": \"left\","
    "              \"extra_set_side\": \"left\", \"note\": \"Slowly.\"}, {\"exercise\": \"bridge_hold\"}]}}");
  g_autoptr(StrideSelfTestRecord) self_test = stride_self_test_record_new_from_json (data);
  g_autoptr(StrideSelfTestRecord) empty = stride_self_test_record_new ();
  g_autoptr(GHashTable) avoided = stride_self_test_record_dup_avoided (self_test);
  g_autoptr(GHashTable) none = stride_self_test_record_dup_avoided (empty);
  StrideSelfTestItem item;

  g_assert_cmpuint (g_hash_table_size (avoided), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (avoided, "clamshell"), ==, "Go easy.");
  g_assert_cmpstr (g_hash_table_lookup (avoided, "side_plank"), ==, "");
  g_assert_cmpuint (g_hash_table_size (none), ==, 0);

  g_assert_true (stride_self_test_record_get_routine_item (self_test, "glute_bridge", &item));
  g_assert_cmpstr (item.sides, ==, "left");
  g_assert_cmpstr (item.extra_set_side, ==, "left");
  g_assert_cmpstr (item.note, ==, "Slowly.");
  g_assert_true (stride_self_test_record_get_routine_item (self_test, "bridge_hold", &item));
  g_assert_null (item.sides);
  g_assert_null (item.note);
  g_assert_false (stride_self_test_record_get_routine_item (self_test, "clamshell", &item));
  g_assert_false (stride_self_test_record_get_routine_item (empty, "glute_bridge", &item));
}

static void
set_number (StrideSelfTestRecord *self_test,
            const char           *test,
            StrideSide            side,
            const char           *field,
            double                number)
{
  StrideTestValue value = { .kind = STRIDE_TEST_VALUE_NUMBER, .number = number };

  stride_self_test_record_set_value (self_test, test, side, field, &value);
}

/* Filled in as the page does, scored, saved, read back, compared with a later one; a
 * saved self-test today's content cannot read is said to be so, with where. */
static void
test_self_test_filled_in (void)
{
  g_autoptr(StrideSelfTestRecord) self_test = stride_self_test_record_new ();
  g_autoptr(StrideSelfTestRecord) scored = NULL;
  g_autoptr(StrideSelfTestRecord) read_back = NULL;
  g_autoptr(StrideSelfTestRecord) renamed = NULL;
  g_autoptr(StrideAssessment) assessment = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) routine = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(JsonObject) renamed_data = NULL;
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stride-records-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  StrideTestValue yes = { .kind = STRIDE_TEST_VALUE_BOOLEAN, .boolean = TRUE };
  StrideHistoryEntry *entry;
  JsonObject *results;

  g_assert_false (stride_self_test_record_has_results (self_test, content));
  stride_self_test_record_set_person (self_test, "female", 34);
  set_number (self_test, "straight_leg_raise", STRIDE_SIDE_LEFT, "angle_deg", 55);
  set_number (self_test, "straight_leg_raise", STRIDE_SIDE_RIGHT, "angle_deg", 80);
  stride_self_test_record_set_value (self_test, "ober_test", STRIDE_SIDE_LEFT, "pain", &yes);
  stride_self_test_record_clear_test (self_test, "ober_test");          /* skipped */
  set_number (self_test, "hip_rotation", STRIDE_SIDE_LEFT, "internal_deg", 30);
  stride_self_test_record_set_value (self_test, "hip_rotation", STRIDE_SIDE_LEFT, "internal_deg", NULL);  /* emptied */
  set_number (self_test, "unknown_test", STRIDE_SIDE_NONE, "x", 1);
  g_assert_true (stride_self_test_record_has_results (self_test, content));

  /* The --assess input: no skipped, emptied or unknown tests; whole numbers whole */
  input = stride_self_test_record_dup_input (self_test, content);
  results = stride_json_get_object (json_node_get_object (input), "results");
  g_assert_cmpuint (json_object_get_size (results), ==, 1);
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (stride_json_get_object (stride_json_get_object (results, "straight_leg_raise"), "left"), "angle_deg")),
                   ==, G_TYPE_INT64);
  g_assert_cmpstr (stride_json_get_string (json_node_get_object (input), "sex"), ==, "female");

  assessment = stride_self_test_record_assess (self_test, content, &error);
  g_assert_no_error (error);
  g_assert_nonnull (assessment);
  scored = stride_self_test_record_new_scored (self_test, content, assessment);
  g_assert_cmpuint (stride_self_test_record_get_n_findings (scored), ==, assessment->findings->len);
  g_assert_cmpuint (stride_self_test_record_get_n_findings (scored), >, 0);

  history = stride_history_new (path);
  entry = stride_history_append_self_test (history, scored, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stride_history_update_self_test (history, stride_history_entry_get_id (entry), scored, &error));
  g_assert_no_error (error);
  reopened = stride_history_new (path);
  saved = stride_history_list (reopened, STRIDE_HISTORY_SELF_TEST, NULL, NULL);
  g_assert_cmpuint (saved->len, ==, 1);
  read_back = stride_self_test_record_new_from_entry (stride_history_get_latest (reopened, STRIDE_HISTORY_SELF_TEST));
  g_assert_nonnull (read_back);
  routine = stride_self_test_record_dup_routine (read_back, content);
  g_assert_nonnull (routine);
  g_assert_cmpuint (routine->len, ==, assessment->items->len);

  /* A better left side since: one change, for the better */
  set_number (self_test, "straight_leg_raise", STRIDE_SIDE_LEFT, "angle_deg", 75);
  changes = stride_self_test_record_compare (read_back, self_test, content, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changes);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((StrideAssessChange *) g_ptr_array_index (changes, 0))->trend, >, 0);

  /* A test renamed since cannot be compared: the message names it */
  renamed_data = parse_object ("{\"results\": {\"leg_raise_v0\": {\"left\": {\"angle_deg\": 60}}}}");
  renamed = stride_self_test_record_new_from_json (renamed_data);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = stride_self_test_record_compare (renamed, self_test, content, &error);
  g_assert_null (changes);
  g_assert_error (error, STRIDE_ASSESS_ERROR, STRIDE_ASSESS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "leg_raise_v0"));

  g_unlink (path);
  g_rmdir (dir);
}

/* The body maps' drawing data, read in core: the shipped atlas whole, a bad one named. */
static void
test_atlas (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "src", "ui", "stride-body-atlas.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(StrideAtlas) atlas = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const struct { const char *json; const char *message; } bad[] = {
    { "{\"silhouettes\": {}}", "atlas: silhouettes.front: missing, or not an object" },
    { "{\"silhouettes\": {\"front\": {\"outline\": [[1, 2], [3]]}}}", "atlas: silhouettes.front.outline[1]: expected [x, y], two numbers" },
  };

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  atlas = stride_atlas_new_from_bytes (bytes, "stride-body-atlas.json", &error);
  g_assert_no_error (error);
  for (StrideView v = STRIDE_VIEW_FRONT; v <= STRIDE_VIEW_SIDE; v++)
    {
      g_assert_cmpuint (stride_atlas_get_silhouette (atlas, v)->len, >=, 1);
      g_assert_cmpuint (stride_atlas_get_bones (atlas, v)->len, >, 0);
    }
  /* Front and back: the left half and its mirror, outer and inner edges */
  g_assert_cmpuint (stride_atlas_get_silhouette (atlas, STRIDE_VIEW_FRONT)->len, ==, 4);
  g_assert_cmpuint (stride_atlas_get_landmarks (atlas, STRIDE_VIEW_FRONT)->len, >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) data = g_bytes_new_static (bad[i].json, strlen (bad[i].json));
      g_autoptr(GError) bad_error = NULL;

      g_assert_null (stride_atlas_new_from_bytes (data, "atlas", &bad_error));
      g_assert_error (bad_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpstr (bad_error->message, ==, bad[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_test_init (&argc, &argv, NULL);

  content = stride_content_load_pack (stride_content_get_bundled_dir (), errors);
  g_assert_nonnull (content);

  g_test_add_func ("/stride/records/symptom-check/round-trip", test_symptom_check_round_trip);
  g_test_add_func ("/stride/records/symptom-check/broken", test_symptom_check_broken);
  g_test_add_func ("/stride/records/symptom-check/in-history", test_symptom_check_in_history);
  g_test_add_func ("/stride/records/check-in/round-trip", test_check_in_round_trip);
  g_test_add_func ("/stride/records/check-in/in-history", test_check_in_in_history);
  g_test_add_func ("/stride/records/check-in/pain", test_check_in_pain);
  g_test_add_func ("/stride/records/program-start/round-trip", test_program_start_round_trip);
  g_test_add_func ("/stride/records/session/round-trip", test_session_round_trip);
  g_test_add_func ("/stride/records/session/broken", test_session_broken);
  g_test_add_func ("/stride/records/session/filled-in", test_session_filled_in);
  g_test_add_func ("/stride/records/session/readers", test_session_readers);
  g_test_add_func ("/stride/records/program-decision/round-trip", test_decision_round_trip);
  g_test_add_func ("/stride/records/program-decision/broken", test_decision_broken);
  g_test_add_func ("/stride/records/program-decision/in-history", test_decision_in_history);
  g_test_add_func ("/stride/records/self-test/round-trip", test_self_test_round_trip);
  g_test_add_func ("/stride/records/self-test/broken", test_self_test_broken);
  g_test_add_func ("/stride/records/self-test/filled-in", test_self_test_filled_in);
  g_test_add_func ("/stride/records/self-test/plan-readers", test_self_test_plan_readers);
  g_test_add_func ("/stride/atlas/read", test_atlas);

  status = g_test_run ();
  stride_content_unref (content);
  return status;
}
