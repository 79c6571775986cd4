/* test-user-data.c — the runner's data survives two running copies, kills and odd files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stride-history.h"
#include "stride-json-document.h"
#include "stride-json-reader.h"
#include "stride-progress-stats.h"
#include "stride-routine-store.h"
#include "stride-test-utils.h"

typedef struct
{
  char *dir;
  char *history;
  char *routines;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("stride-user-data-XXXXXX", NULL);
  fixture->history = g_build_filename (fixture->dir, "history.json", NULL);
  fixture->routines = g_build_filename (fixture->dir, "routines.json", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  stride_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->history);
  g_free (fixture->routines);
}

static GSubprocess *
spawn_writer (const char *mode,
              const char *dir,
              guint       count,
              const char *tag)
{
  g_autofree char *exe = g_test_build_filename (G_TEST_BUILT, "user-data-writer", NULL);
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  g_autoptr(GError) error = NULL;
  GSubprocess *process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                           exe, mode, dir, count_text, tag, NULL);

  g_assert_no_error (error);
  return process;
}

/* How many writes the writer confirmed ("ok N" lines) before it ended. */
static guint
finish_writer (GSubprocess *process)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  guint confirmed = 0;

  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  for (const char *p = out; p != NULL && (p = strstr (p, "ok ")) != NULL; p += 3)
    confirmed++;
  return confirmed;
}

static guint
count_tagged (StrideHistory *history,
              const char    *tag)
{
  g_autoptr(GPtrArray) sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < sessions->len; i++)
    {
      JsonObject *data = stride_history_entry_get_data (g_ptr_array_index (sessions, i));
      gint64 n = json_object_get_int_member (data, "n");

      if (g_strcmp0 (json_object_get_string_member (data, "tag"), tag) == 0)
        g_hash_table_add (seen, GINT_TO_POINTER ((int) n + 1));
    }
  return g_hash_table_size (seen);
}

static guint
count_temporaries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    {
      const char *dot = strrchr (name, '.');

      /* history.json.XXXXXX or routines.json.XXXXXX, as g_file_set_contents() names them */
      if (dot != NULL && strlen (dot) == 7 && g_str_has_prefix (name, "history.json.") + g_str_has_prefix (name, "routines.json.") &&
          !g_str_has_suffix (name, ".lock"))
        n++;
    }
  return n;
}

/* Two copies append to the history and create routines at the same time: every record
 * of both is there afterwards. */
static void
test_two_processes (Fixture       *fixture,
                    gconstpointer  data)
{
  const guint n_entries = 150, n_routines = 30;
  GSubprocess *writers[4];
  guint confirmed[4];
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(StrideRoutineStore) store = NULL;
  guint lost;

  writers[0] = spawn_writer ("history", fixture->dir, n_entries, "a");
  writers[1] = spawn_writer ("history", fixture->dir, n_entries, "b");
  writers[2] = spawn_writer ("routines", fixture->dir, n_routines, "a");
  writers[3] = spawn_writer ("routines", fixture->dir, n_routines, "b");
  for (guint i = 0; i < 4; i++)
    {
      confirmed[i] = finish_writer (writers[i]);
      g_assert_true (g_subprocess_get_successful (writers[i]));
      g_object_unref (writers[i]);
    }
  g_assert_cmpuint (confirmed[0] + confirmed[1], ==, 2 * n_entries);

  history = stride_history_new (fixture->history);
  g_assert_null (stride_history_get_notice (history));
  lost = 2 * n_entries - count_tagged (history, "a") - count_tagged (history, "b");
  g_test_message ("two processes: %u history records written, %u lost", 2 * n_entries, lost);
  g_assert_cmpuint (lost, ==, 0);

  store = stride_routine_store_new (fixture->routines);
  g_assert_null (stride_routine_store_get_notice (store));
  g_test_message ("two processes: %u routines written, %u lost", 2 * n_routines,
                  2 * n_routines - stride_routine_store_get_routines (store)->len);
  g_assert_cmpuint (stride_routine_store_get_routines (store)->len, ==, 2 * n_routines);
  for (guint i = 0; i < stride_routine_store_get_routines (store)->len; i++)
    g_assert_cmpuint (((StrideRoutine *) g_ptr_array_index (stride_routine_store_get_routines (store), i))->items->len, ==, 1);
  g_assert_cmpuint (count_temporaries (fixture->dir), ==, 0);
}

/* A writer killed at random moments: every confirmed record is there, and the next start
 * leaves no temporary file behind. */
static void
test_sigkill_loop (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(StrideHistory) history = NULL;
  guint total = 0, lost = 0;
  guint confirmed[12];

  for (guint round = 0; round < G_N_ELEMENTS (confirmed); round++)
    {
      g_autofree char *tag = g_strdup_printf ("kill%u", round);
      GSubprocess *writer = spawn_writer ("history", fixture->dir, 100000, tag);

      g_usleep (g_random_int_range (150, 600) * 1000);
      g_subprocess_send_signal (writer, SIGKILL);
      confirmed[round] = finish_writer (writer);
      g_object_unref (writer);
      total += confirmed[round];
    }

  history = stride_history_new (fixture->history);
  for (guint round = 0; round < G_N_ELEMENTS (confirmed); round++)
    {
      g_autofree char *tag = g_strdup_printf ("kill%u", round);
      guint found = count_tagged (history, tag);

      lost += confirmed[round] > found ? confirmed[round] - found : 0;
    }
  g_test_message ("SIGKILL loop: %u kills, %u confirmed records, %u lost, %u temporary files left",
                  (guint) G_N_ELEMENTS (confirmed), total, lost, count_temporaries (fixture->dir));
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (lost, ==, 0);
  g_assert_cmpuint (count_temporaries (fixture->dir), ==, 0);
}

/* The temporary file of a killed write goes at the next start; set-aside files stay. */
static void
test_temporaries_cleaned (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *temporary = g_build_filename (fixture->dir, "history.json.Ab3dE9", NULL);
  g_autofree char *aside = g_build_filename (fixture->dir, "history.json.corrupt-20260101-000000", NULL);
  g_autoptr(StrideHistory) history = NULL;

  g_assert_true (g_file_set_contents (temporary, "{\"version\": 1, \"entr", -1, NULL));
  g_assert_true (g_file_set_contents (aside, "not json", -1, NULL));
  history = stride_history_new (fixture->history);
  g_assert_false (g_file_test (temporary, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
}

/* Numbers come back as they were written, in a file any strict reader accepts: json-glib
 * 1.6 alone writes 1e+20 as "1e+20.0". */
static void
test_numbers_round_trip (Fixture       *fixture,
                         gconstpointer  data)
{
  static const double doubles[] = { 1e20, 0.1, 3.0, -0.0, 1e-300, 2.5e300, 123456.789 };
  g_autoptr(StrideHistory) history = stride_history_new (fixture->history);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(JsonObject) values = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) strict = NULL;
  g_autofree char *text = NULL;
  StrideHistoryEntry *entry;
  JsonObject *back;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    {
      g_autofree char *key = g_strdup_printf ("d%u", i);

      json_object_set_double_member (values, key, doubles[i]);
    }
  json_object_set_int_member (values, "max", G_MAXINT64);
  json_object_set_int_member (values, "age", 45);
  entry = stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, values, &error);
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (fixture->history, &text, &length, NULL));
  g_assert_null (strstr (text, "e+20.0"));
  strict = stride_json_parse (text, length, "history.json", 0, 32, &error);
  g_assert_no_error (error);

  reopened = stride_history_new (fixture->history);
  g_assert_null (stride_history_get_notice (reopened));
  back = stride_history_entry_get_data (stride_history_find (reopened, stride_history_entry_get_id (entry)));
  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    {
      g_autofree char *key = g_strdup_printf ("d%u", i);
      JsonNode *node = json_object_get_member (back, key);

      g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_DOUBLE);
      g_assert_cmpfloat (json_node_get_double (node), ==, doubles[i]);
    }
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (back, "age")), ==, G_TYPE_INT64);
  g_assert_cmpint (json_object_get_int_member (back, "age"), ==, 45);
  g_assert_cmpint (json_object_get_int_member (back, "max"), ==, G_MAXINT64);
}

/* "entries" as an object would read as an empty history and the next write would destroy
 * it: the file is set aside whole instead, and the notice says where. */
static void
test_wrong_shape_set_aside (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char original[] = "{\"version\": 1, \"entries\": {\"id\": \"x\", \"kind\": \"session\"}}";
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(StrideRoutineStore) store = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *notice;
  guint n_aside = 0;

  g_assert_true (g_file_set_contents (fixture->history, original, -1, NULL));
  g_assert_true (g_file_set_contents (fixture->routines, "{\"version\": 1, \"routines\": \"mine\"}", -1, NULL));
  history = stride_history_new (fixture->history);
  notice = stride_history_get_notice (history);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, "“entries” is not a list"));
  g_assert_nonnull (strstr (notice, "history.json.corrupt-"));
  g_assert_false (stride_history_get_read_only (history));

  store = stride_routine_store_new (fixture->routines);
  g_assert_nonnull (strstr (stride_routine_store_get_notice (store), "“routines” is not a list"));

  dir = g_dir_open (fixture->dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    if (g_str_has_prefix (name, "history.json.corrupt-"))
      {
        g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
        g_autofree char *kept = NULL;

        g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
        g_assert_cmpstr (kept, ==, original);
        n_aside++;
      }
  g_assert_cmpuint (n_aside, ==, 1);
}

/* The editor's first row is the first item it shows: an item this version cannot use,
 * kept in the file before it, is never the one removed. */
static void
test_hidden_item_kept (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(StrideRoutineStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *items;
  const StrideRoutine *routine;

  g_assert_true (g_file_set_contents (fixture->routines,
                                      "{\"version\": 1, \"routines\": [{\"id\": \"custom_a\", \"name\": \"Mine\", \"items\": ["
                                      "{\"future_step\": \"breathing\"}, {\"exercise\": \"clamshell\", \"sets\": 2, \"reps\": 10},"
                                      "{\"exercise\": \"glute_bridge\", \"sets\": 2, \"reps\": 10}]}]}", -1, NULL));
  store = stride_routine_store_new (fixture->routines);
  routine = stride_routine_store_find (store, "custom_a");
  g_assert_cmpuint (routine->items->len, ==, 2);

  g_assert_true (stride_routine_store_remove_item (store, "custom_a", 0, NULL, &error));
  g_assert_no_error (error);

  root = stride_json_load (fixture->routines, NULL, 0, 32, &error);
  g_assert_no_error (error);
  items = json_object_get_array_member (json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (root), "routines"), 0), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "future_step"), ==, "breathing");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1), "exercise"), ==, "glute_bridge");

  g_assert_false (stride_routine_store_remove_item (store, "custom_a", 1, NULL, &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_INVALID);
}

/* A routine or measure named like a formula reaches a spreadsheet as text; negative
 * numbers stay numbers. */
static void
test_csv_formulas (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->history);
  static const char formula[] = "{\"routine\": \"=HYPERLINK(\\\"http://x\\\")\", \"pain\": 3}";
  static const char at_sign[] = "{\"routine\": \"@SUM(A1)\", \"pain\": 2}";
  g_autoptr(JsonNode) node = stride_json_parse (formula, strlen (formula), NULL, 0, 8, NULL);
  g_autoptr(JsonNode) at = stride_json_parse (at_sign, strlen (at_sign), NULL, 0, 8, NULL);
  g_autofree char *csv = NULL;

  g_assert_nonnull (node);
  g_assert_nonnull (at);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, json_node_get_object (node), NULL));
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, json_node_get_object (at), NULL));
  csv = stride_stats_export_csv (history);
  g_test_message ("%s", csv);
  g_assert_nonnull (strstr (csv, ",session,\"'=HYPERLINK(\"\"http://x\"\")\",,pain,3\n"));
  g_assert_nonnull (strstr (csv, ",session,'@SUM(A1),,pain,2\n"));
  g_assert_null (strstr (csv, ",=HYPERLINK"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/stride/user-data/two-processes", test_two_processes);
  ADD ("/stride/user-data/sigkill-loop", test_sigkill_loop);
  ADD ("/stride/user-data/temporaries-cleaned", test_temporaries_cleaned);
  ADD ("/stride/user-data/numbers-round-trip", test_numbers_round_trip);
  ADD ("/stride/user-data/wrong-shape-set-aside", test_wrong_shape_set_aside);
  ADD ("/stride/user-data/hidden-item-kept", test_hidden_item_kept);
  ADD ("/stride/user-data/csv-formulas", test_csv_formulas);
#undef ADD

  return g_test_run ();
}
