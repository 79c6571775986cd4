/* test-records.c — the typed records the history keeps: built in core, written and read
 * back whole, members from a newer Stride kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "stride-check-in.h"
#include "stride-content.h"
#include "stride-json-document.h"
#include "stride-matcher.h"
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

  read_back = stride_symptom_check_new_from_json (data);
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

  status = g_test_run ();
  stride_content_unref (content);
  return status;
}
