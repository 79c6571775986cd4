/* test-routine-catalog.c — what the Routines pages can show, decided in core: which
 * routines are Stride's, the self-test sequence apart, the personal routine built from
 * the latest self-test (and rebuilt when the history changes), names made readable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stride-dose-entry.h"
#include "stride-list-entry.h"
#include "stride-routine-catalog.h"

typedef struct
{
  char          *dir;
  StrideContext *context;
} Fixture;

/* A context on the bundled pack, with a history and routines of the test's own. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = stride_content_load_pack (stride_content_get_bundled_dir (), errors);
  g_autofree char *history_path = NULL;
  g_autofree char *store_path = NULL;
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(StrideRoutineStore) store = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GObject) cues = g_object_new (G_TYPE_OBJECT, NULL);

  g_assert_nonnull (content);
  fixture->dir = g_dir_make_tmp ("stride-catalog-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  history_path = g_build_filename (fixture->dir, "history.json", NULL);
  store_path = g_build_filename (fixture->dir, "routines.json", NULL);
  history = stride_history_new (history_path);
  store = stride_routine_store_new (store_path);
  fixture->context = stride_context_new (content, history, store, settings, cues);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_assert_finalize_object (fixture->context);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static StrideHistoryEntry *
save_self_test (StrideContext *context,
                const char    *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  entry = stride_history_append (stride_context_get_history (context), STRIDE_HISTORY_SELF_TEST, NULL,
                                 json_node_get_object (json_parser_get_root (parser)), &error);
  g_assert_no_error (error);
  return entry;
}

/* Stride's routines are listed without the self-test sequence, which is found apart. */
static void
test_builtin (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) builtin = stride_routine_catalog_list_builtin (fixture->context);
  const StrideRoutine *assessment = stride_routine_catalog_find_assessment (fixture->context);

  g_assert_cmpuint (builtin->len, >, 0);
  for (guint i = 0; i < builtin->len; i++)
    {
      const StrideRoutine *routine = g_ptr_array_index (builtin, i);

      g_assert_cmpstr (routine->kind, !=, "assessment");
      g_assert_true (stride_routine_catalog_is_builtin (fixture->context, routine->id));
      g_assert_true (stride_routine_catalog_find (fixture->context, routine->id) == routine);
    }
  g_assert_nonnull (assessment);
  g_assert_cmpstr (assessment->kind, ==, "assessment");
  g_assert_false (stride_routine_catalog_is_builtin (fixture->context, "no_such_routine"));
  g_assert_null (stride_routine_catalog_find (fixture->context, "no_such_routine"));
}

/* A routine of the user's is found by its id; it is not one of Stride's. */
static void
test_user_routine (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = stride_routine_store_create (stride_context_get_routine_store (fixture->context), "Mine", &error);
  const StrideRoutine *routine;

  g_assert_no_error (error);
  routine = stride_routine_catalog_find (fixture->context, id);
  g_assert_nonnull (routine);
  g_assert_cmpstr (routine->name, ==, "Mine");
  g_assert_false (stride_routine_catalog_is_builtin (fixture->context, id));
}

/* No self-test saved: no personal routine. The latest saved one builds it, and a newer
 * self-test replaces it at once (the cache goes with the history's change). */
static void
test_personal (Fixture       *fixture,
               gconstpointer  data)
{
  const StrideRoutine *personal;
  const StridePlanItem *item;
  g_autoptr(GPtrArray) plan = NULL;

  g_assert_null (stride_routine_catalog_get_personal (fixture->context));
  g_assert_null (stride_routine_catalog_find (fixture->context, STRIDE_PERSONAL_ROUTINE_ID));

  save_self_test (fixture->context, "{\"results\": {}, \"routine\": {\"id\": \"personal\", \"items\": ["
                                    "{\"exercise\": \"glute_stretch\", \"sides\": \"left\", \"sets\": 1, \"hold_s\": 4}]}}");
  personal = stride_routine_catalog_find (fixture->context, STRIDE_PERSONAL_ROUTINE_ID);
  g_assert_nonnull (personal);
  g_assert_true (personal == stride_routine_catalog_get_personal (fixture->context));
  g_assert_cmpuint (personal->items->len, ==, 1);
  g_assert_cmpstr (((StrideRoutineItem *) g_ptr_array_index (personal->items, 0))->exercise, ==, "glute_stretch");

  /* What the next session plays: the exercise, on the left only */
  plan = stride_routine_catalog_plan (fixture->context, personal);
  g_assert_cmpuint (plan->len, ==, 1);
  item = g_ptr_array_index (plan, 0);
  g_assert_cmpstr (item->exercise, ==, "glute_stretch");
  g_assert_null (item->left_out);

  save_self_test (fixture->context, "{\"results\": {}, \"routine\": {\"id\": \"personal\", \"items\": ["
                                    "{\"exercise\": \"clamshell\", \"sides\": \"each\", \"sets\": 2, \"reps\": 10},"
                                    "{\"exercise\": \"glute_bridge\", \"sides\": \"both\", \"sets\": 2, \"reps\": 10}]}}");
  personal = stride_routine_catalog_get_personal (fixture->context);
  g_assert_nonnull (personal);
  g_assert_cmpuint (personal->items->len, ==, 2);
  g_assert_cmpstr (((StrideRoutineItem *) g_ptr_array_index (personal->items, 0))->exercise, ==, "clamshell");
}

/* An exercise the content does not know is still named readably. */
static void
test_exercise_names (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) exercises = stride_routine_catalog_list_exercises (fixture->context);
  const StrideExercise *first;
  g_autofree char *known = NULL;
  g_autofree char *unknown = stride_routine_catalog_exercise_name (fixture->context, "lateral_lunge_twist");

  g_assert_cmpuint (exercises->len, >, 0);
  first = g_ptr_array_index (exercises, 0);
  known = stride_routine_catalog_exercise_name (fixture->context, first->id);
  g_assert_cmpstr (known, ==, first->name);
  g_assert_true (stride_routine_catalog_find_exercise (fixture->context, first->id) == first);
  g_assert_cmpstr (unknown, ==, "Lateral lunge twist");
  g_assert_null (stride_routine_catalog_find_exercise (fixture->context, "lateral_lunge_twist"));
}

/* How long a routine takes, as its row says: the runner's get-ready (5 s) and side
 * switch (5 s), the work of each set on each side, the rests between sets. */
static void
test_describe (Fixture       *fixture,
               gconstpointer  data)
{
  StrideRoutineStore *store = stride_context_get_routine_store (fixture->context);
  StrideDose each = { 2, 10, 0, 30, STRIDE_SIDES_EACH, 3 };
  StrideDose hold = { 3, 0, 40, 20, STRIDE_SIDES_BOTH, 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *id = stride_routine_store_create (store, "Timed", &error);
  g_autofree char *empty_text = NULL;
  g_autofree char *one_text = NULL;
  g_autofree char *two_text = NULL;

  g_assert_no_error (error);
  empty_text = stride_routine_catalog_describe (stride_routine_catalog_find (fixture->context, id));
  g_assert_cmpstr (empty_text, ==, "No exercises yet");
  g_assert_cmpuint (stride_routine_catalog_estimate_minutes (stride_routine_catalog_find (fixture->context, id)), ==, 0);

  /* 5 + 2 × (10 × 3 s × 2 sides + 5) + 1 × 30 = 165 s: 3 min */
  g_assert_true (stride_routine_store_add_exercise (store, id, "clamshell", &each, &error));
  g_assert_cmpuint (stride_routine_catalog_count_exercises (stride_routine_catalog_find (fixture->context, id)), ==, 1);
  g_assert_cmpuint (stride_routine_catalog_estimate_minutes (stride_routine_catalog_find (fixture->context, id)), ==, 3);
  one_text = stride_routine_catalog_describe (stride_routine_catalog_find (fixture->context, id));
  g_assert_cmpstr (one_text, ==, "1 exercise · about 3 min");

  /* + 5 + 3 × 40 + 2 × 20 = 165 s more: 330 s, 6 min */
  g_assert_true (stride_routine_store_add_exercise (store, id, "bridge_hold", &hold, &error));
  two_text = stride_routine_catalog_describe (stride_routine_catalog_find (fixture->context, id));
  g_assert_cmpstr (two_text, ==, "2 exercises · about 6 min");
}

/* A line of a list keeps what it was made with; its action's target is held, not copied
 * or left floating. */
static void
test_list_entry (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(StrideListEntry) routine_line = stride_list_entry_new_action (STRIDE_LIST_ENTRY_LINK, "Hip stretch routine",
                                                                  "6 exercises", "routines.open-routine",
                                                                  g_variant_new_string ("hip_stretch_routine"));
  g_autoptr(StrideListEntry) value = stride_list_entry_new_value ("Current streak", "3 days");
  g_autoptr(StrideListEntry) note = stride_list_entry_new (STRIDE_LIST_ENTRY_NOTE, "No personal routine yet", NULL);

  g_assert_cmpint (stride_list_entry_get_style (routine_line), ==, STRIDE_LIST_ENTRY_LINK);
  g_assert_cmpstr (stride_list_entry_get_title (routine_line), ==, "Hip stretch routine");
  g_assert_cmpstr (stride_list_entry_get_subtitle (routine_line), ==, "6 exercises");
  g_assert_null (stride_list_entry_get_value (routine_line));
  g_assert_cmpstr (stride_list_entry_get_action_name (routine_line), ==, "routines.open-routine");
  g_assert_false (g_variant_is_floating (stride_list_entry_get_action_target (routine_line)));
  g_assert_cmpstr (g_variant_get_string (stride_list_entry_get_action_target (routine_line), NULL), ==, "hip_stretch_routine");

  g_assert_cmpint (stride_list_entry_get_style (value), ==, STRIDE_LIST_ENTRY_PLAIN);
  g_assert_cmpstr (stride_list_entry_get_value (value), ==, "3 days");
  g_assert_null (stride_list_entry_get_action_name (value));
  g_assert_null (stride_list_entry_get_action_target (value));

  g_assert_cmpint (stride_list_entry_get_style (note), ==, STRIDE_LIST_ENTRY_NOTE);
  g_assert_null (stride_list_entry_get_subtitle (note));
}

/* A chart's title names its unit once: "knee angle (°)", not "angle deg (°)". */
static void
test_measure_names (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *angle = stride_routine_catalog_measure_name (fixture->context, "thomas_test", "knee_angle_deg");
  g_autofree char *reach = stride_routine_catalog_measure_name (fixture->context, "sit_and_reach", "reach_cm");
  g_autofree char *unknown = stride_routine_catalog_measure_name (fixture->context, "hop_test", "distance_cm");

  g_assert_cmpstr (angle, ==, "Thomas test: knee angle (°)");
  g_assert_nonnull (g_strrstr (reach, ": reach (cm)"));
  g_assert_cmpstr (unknown, ==, "Hop test: distance");
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
count_changed_cb (StrideDoseEntry *entry,
                  guint           *count)
{
  (*count)++;
}

/* The editor saves a dose when its entry says it changed: once per real change, never
 * for a value set again as it was, once for a whole dose however many fields changed. */
static void
test_dose_entry_changes (Fixture       *fixture,
                         gconstpointer  data)
{
  StrideDose dose = { 3, 10, 0, 45, STRIDE_SIDES_EACH, 2 };
  g_autoptr(StrideDoseEntry) entry = stride_dose_entry_new ("clamshell", "Clamshell", &dose);
  guint notified = 0, changed = 0;
  StrideDose read;

  g_signal_connect (entry, "notify::sets", G_CALLBACK (count_cb), &notified);
  g_signal_connect (entry, "dose-changed", G_CALLBACK (count_changed_cb), &changed);
  g_object_set (entry, "sets", 3, NULL);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_cmpuint (changed, ==, 0);
  g_object_set (entry, "sets", 4, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  dose.sets = 5;
  dose.sides = STRIDE_SIDES_BOTH;
  stride_dose_entry_set_dose (entry, &dose);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (changed, ==, 2);
  stride_dose_entry_set_dose (entry, &dose);
  g_assert_cmpuint (changed, ==, 2);

  stride_dose_entry_get_dose (entry, &read);
  g_assert_cmpuint (read.sets, ==, 5);
  g_assert_cmpuint (read.reps, ==, 10);
  g_assert_cmpint (read.sides, ==, STRIDE_SIDES_BOTH);
  g_assert_cmpuint (read.tempo_s, ==, 2);
}

/* A routine's items as entries: named from the content, in order, the last one marked;
 * numbered again after a move. */
static void
test_dose_entries (Fixture       *fixture,
                   gconstpointer  data)
{
  const StrideRoutine *routine = stride_routine_catalog_find (fixture->context, "hip_stretch_routine");
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(StrideDoseEntry) first = NULL;
  g_autoptr(StrideDoseEntry) last = NULL;
  guint n;

  g_assert_nonnull (routine);
  entries = stride_dose_entries_new (fixture->context, routine);
  n = g_list_model_get_n_items (G_LIST_MODEL (entries));
  g_assert_cmpuint (n, ==, routine->items->len);
  first = g_list_model_get_item (G_LIST_MODEL (entries), 0);
  g_assert_cmpstr (stride_dose_entry_get_exercise (first), ==,
                   ((StrideRoutineItem *) g_ptr_array_index (routine->items, 0))->exercise);
  g_assert_cmpstr (stride_dose_entry_get_name (first), !=, stride_dose_entry_get_exercise (first));
  g_assert_cmpuint (stride_dose_entry_get_position (first), ==, 0);
  g_assert_false (stride_dose_entry_get_last (first));

  g_list_store_remove (entries, 0);
  g_list_store_append (entries, first);
  stride_dose_entries_number (G_LIST_MODEL (entries));
  g_assert_cmpuint (stride_dose_entry_get_position (first), ==, n - 1);
  g_assert_true (stride_dose_entry_get_last (first));
  last = g_list_model_get_item (G_LIST_MODEL (entries), n - 2);
  g_assert_false (stride_dose_entry_get_last (last));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/stride/routine-catalog/builtin", test_builtin);
  ADD ("/stride/routine-catalog/user-routine", test_user_routine);
  ADD ("/stride/routine-catalog/personal", test_personal);
  ADD ("/stride/routine-catalog/exercise-names", test_exercise_names);
  ADD ("/stride/routine-catalog/measure-names", test_measure_names);
  ADD ("/stride/routine-catalog/describe", test_describe);
  ADD ("/stride/routine-catalog/list-entry", test_list_entry);
  ADD ("/stride/dose-entry/changes", test_dose_entry_changes);
  ADD ("/stride/dose-entry/from-routine", test_dose_entries);
#undef ADD

  return g_test_run ();
}
