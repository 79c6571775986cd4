/* test-history.c — the history and custom routine stores never lose or damage user data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stride-history.h"
#include "stride-json-document.h"
#include "stride-history-export.h"
#include "stride-progress-stats.h"
#include "stride-routine-store.h"
#include "stride-test-utils.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("stride-history-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "history.json", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  stride_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static GDateTime *
day (int d)
{
  return g_date_time_new_local (2026, 11, d, 8, 0, 0);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
write_file (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* Files in DIR whose name starts with PREFIX. */
static GPtrArray *
list_prefixed (const char *dir,
               const char *prefix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, prefix))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));

  return names;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(JsonObject) session = parse_object ("{\"routine\": \"hip_stretch_routine\", \"completed\": true, \"pain\": 2}");
  g_autoptr(JsonObject) test = parse_object ("{\"results\": {\"sit_and_reach\": {\"reach_cm\": 4}}}");
  g_autoptr(JsonObject) check = parse_object ("{\"answers\": {\"onset\": \"gradual\"}}");
  g_autoptr(GDateTime) d1 = day (1);
  g_autoptr(GDateTime) d2 = day (2);
  g_autoptr(GDateTime) d3 = day (3);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;
  g_autofree char *session_id = NULL;
  guint changed = 0;

  g_assert_null (stride_history_get_notice (history));
  g_assert_false (stride_history_get_read_only (history));
  g_signal_connect_swapped (history, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  entry = stride_history_append (history, STRIDE_HISTORY_SESSION, d3, session, &error);
  g_assert_no_error (error);
  session_id = g_strdup (stride_history_entry_get_id (entry));
  stride_history_append (history, STRIDE_HISTORY_SELF_TEST, d1, test, &error);
  g_assert_no_error (error);
  stride_history_append (history, STRIDE_HISTORY_SYMPTOM_CHECK, d2, check, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 3);

  reopened = stride_history_new (fixture->path);
  g_assert_null (stride_history_get_notice (reopened));
  sessions = stride_history_list (reopened, STRIDE_HISTORY_SESSION, NULL, NULL);
  g_assert_cmpuint (sessions->len, ==, 1);
  entry = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (stride_history_entry_get_id (entry), ==, session_id);
  g_assert_true (g_date_time_equal (stride_history_entry_get_date (entry), d3));
  g_assert_cmpint (json_object_get_int_member (stride_history_entry_get_data (entry), "pain"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (stride_history_entry_get_data (entry), "routine"), ==,
                   "hip_stretch_routine");

  /* Oldest first, and [from, to) */
  range = stride_history_list (reopened, STRIDE_HISTORY_ANY, d1, d3);
  g_assert_cmpuint (range->len, ==, 2);
  g_assert_cmpint (stride_history_entry_get_kind (g_ptr_array_index (range, 0)), ==, STRIDE_HISTORY_SELF_TEST);
  g_assert_cmpint (stride_history_entry_get_kind (g_ptr_array_index (range, 1)), ==, STRIDE_HISTORY_SYMPTOM_CHECK);
  g_assert_cmpint (stride_history_entry_get_kind (stride_history_get_latest (reopened, STRIDE_HISTORY_ANY)), ==,
                   STRIDE_HISTORY_SESSION);

  /* Update: the rating added later, same id, date and place */
  {
    g_autoptr(JsonObject) rated = parse_object ("{\"routine\": \"hip_stretch_routine\", \"pain\": 6}");
    g_autoptr(StrideHistory) third = NULL;

    entry = stride_history_update (reopened, session_id, rated, &error);
    g_assert_no_error (error);
    g_assert_cmpint (json_object_get_int_member (stride_history_entry_get_data (entry), "pain"), ==, 6);
    third = stride_history_new (fixture->path);
    entry = stride_history_find (third, session_id);
    g_assert_cmpint (json_object_get_int_member (stride_history_entry_get_data (entry), "pain"), ==, 6);
    g_assert_true (g_date_time_equal (stride_history_entry_get_date (entry), d3));
    g_assert_null (stride_history_update (third, "nope", rated, &error));
    g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  g_assert_true (stride_history_remove (reopened, session_id, &error));
  g_assert_no_error (error);
  g_assert_null (stride_history_find (reopened, session_id));
  g_assert_false (stride_history_remove (reopened, session_id, &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND);

  g_clear_object (&history);
  history = stride_history_new (fixture->path);
  g_assert_null (stride_history_get_latest (history, STRIDE_HISTORY_SESSION));
  g_assert_nonnull (stride_history_get_latest (history, STRIDE_HISTORY_SELF_TEST));
}

/* Entries a newer Stride added in a version-1 file survive our writes. */
static void
test_unknown_entries_kept (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(JsonObject) session = parse_object ("{\"pain\": 1}");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  write_file (fixture->path,
              "{\"version\": 1, \"settings\": {\"x\": 1}, \"entries\": ["
              "{\"id\": \"a\", \"kind\": \"heart_rate\", \"date\": \"2026-11-01T08:00:00Z\", \"data\": {}},"
              "{\"id\": \"b\", \"kind\": \"session\", \"date\": \"not a date\", \"data\": {}}]}");
  history = stride_history_new (fixture->path);
  g_assert_null (stride_history_get_notice (history));
  g_assert_null (stride_history_get_latest (history, STRIDE_HISTORY_ANY));

  stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, session, &error);
  g_assert_no_error (error);
  text = read_file (fixture->path);
  g_assert_nonnull (strstr (text, "heart_rate"));
  g_assert_nonnull (strstr (text, "not a date"));
  g_assert_nonnull (strstr (text, "settings"));
}

static void
test_corrupt_moved_aside (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *broken = "{\"version\": 1, \"entries\": [ {\"id\": ";
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(StrideHistory) again = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autoptr(JsonObject) session = parse_object ("{\"pain\": 3}");
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  write_file (fixture->path, broken);
  history = stride_history_new (fixture->path);

  g_assert_nonnull (stride_history_get_notice (history));
  g_assert_false (stride_history_get_read_only (history));
  aside = list_prefixed (fixture->dir, "history.json.corrupt-");
  g_assert_cmpuint (aside->len, ==, 1);
  g_assert_nonnull (strstr (stride_history_get_notice (history), g_ptr_array_index (aside, 0)));
  kept = read_file (g_ptr_array_index (aside, 0));
  g_assert_cmpstr (kept, ==, broken);

  /* A new history starts, and the set-aside file is never overwritten. */
  stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, session, &error);
  g_assert_no_error (error);
  g_clear_pointer (&kept, g_free);
  kept = read_file (g_ptr_array_index (aside, 0));
  g_assert_cmpstr (kept, ==, broken);

  again = stride_history_new (fixture->path);
  g_assert_null (stride_history_get_notice (again));
  g_assert_nonnull (stride_history_get_latest (again, STRIDE_HISTORY_SESSION));

  stride_history_clear_notice (history);
  g_assert_null (stride_history_get_notice (history));
}

/* Valid JSON that is not a history document is set aside too, under its own name. */
static void
test_not_a_document (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const cases[] = { "[1, 2]", "{\"entries\": []}", "", "{\"version\": \"1\"}" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StrideHistory) history = NULL;
      g_autoptr(GPtrArray) aside = NULL;

      write_file (fixture->path, cases[i]);
      history = stride_history_new (fixture->path);
      g_assert_nonnull (stride_history_get_notice (history));
      aside = list_prefixed (fixture->dir, "history.json.corrupt-");
      g_assert_cmpuint (aside->len, ==, i + 1);
    }
}

static void
test_newer_version_read_only (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *newer = "{\"version\": 2, \"entries\": [{\"id\": \"a\", \"kind\": \"session\", "
                      "\"date\": \"2026-11-01T08:00:00Z\", \"data\": {\"pain\": 1}, \"heart\": 150}]}";
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(JsonObject) session = parse_object ("{\"pain\": 3}");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autofree char *after = NULL;

  write_file (fixture->path, newer);
  history = stride_history_new (fixture->path);

  g_assert_true (stride_history_get_read_only (history));
  g_assert_nonnull (stride_history_get_notice (history));
  g_assert_nonnull (stride_history_get_latest (history, STRIDE_HISTORY_SESSION));
  g_assert_null (stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, session, &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (stride_history_remove (history, "a", &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_READ_ONLY);

  after = read_file (fixture->path);
  g_assert_cmpstr (after, ==, newer);
  aside = list_prefixed (fixture->dir, "history.json.corrupt-");
  g_assert_cmpuint (aside->len, ==, 0);
}

/* A full disk, simulated with a file size limit (root ignores read-only folders): the
 * write fails, the error says so, and the file and the list are as they were. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(JsonObject) small = parse_object ("{\"pain\": 1}");
  g_autoptr(JsonObject) big = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *filler = g_strnfill (64 * 1024, 'x');
  struct rlimit saved, limited;
  void (*saved_handler) (int);
  gboolean ok;

  stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, small, &error);
  g_assert_no_error (error);
  before = read_file (fixture->path);
  json_object_set_string_member (big, "notes", filler);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 8 * 1024;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  ok = stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, big, &error) != NULL;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (ok);
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_WRITE);
  after = read_file (fixture->path);
  g_assert_cmpstr (after, ==, before);
  list = stride_history_list (history, STRIDE_HISTORY_ANY, NULL, NULL);
  g_assert_cmpuint (list->len, ==, 1);

  reopened = stride_history_new (fixture->path);
  g_assert_null (stride_history_get_notice (reopened));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = stride_history_list (reopened, STRIDE_HISTORY_ANY, NULL, NULL);
  g_assert_cmpuint (list->len, ==, 1);
}

static guint
count_id (StrideHistory *history,
          const char    *id)
{
  g_autoptr(GPtrArray) list = stride_history_list (history, STRIDE_HISTORY_ANY, NULL, NULL);
  guint n = 0;

  for (guint i = 0; i < list->len; i++)
    n += g_strcmp0 (stride_history_entry_get_id (g_ptr_array_index (list, i)), id) == 0;
  return n;
}

/* A finished session the history cannot take (a full disk: the big history no longer
 * fits, the small pending file does) is kept in the pending file; the next start puts
 * it in the history once, and never twice — even when a crash left the pending file
 * behind after it was merged. */
static void
test_pending_survives_restart (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(StrideHistory) again = NULL;
  g_autoptr(JsonObject) big = json_object_new ();
  g_autoptr(JsonObject) session = parse_object ("{\"routine\": \"hip_stretch_routine\", \"completed\": true}");
  g_autoptr(GError) error = NULL;
  g_autofree char *filler = g_strnfill (16 * 1024, 'x');
  g_autofree char *pending_path = stride_history_get_pending_path (history);
  g_autofree char *pending_copy = NULL;
  g_autofree char *id = NULL;
  struct rlimit saved, limited;
  void (*saved_handler) (int);
  gboolean appended;

  json_object_set_string_member (big, "notes", filler);
  stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, big, &error);
  g_assert_no_error (error);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 8 * 1024;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  appended = stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, session, &error) != NULL;
  if (!appended)
    {
      g_clear_error (&error);
      id = stride_history_keep_pending (history, STRIDE_HISTORY_SESSION, NULL, session, &error);
    }
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (appended);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_assert_true (g_file_test (pending_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (pending_path, &pending_copy, NULL, NULL));
  g_assert_cmpuint (count_id (history, id), ==, 0);
  g_clear_object (&history);   /* the user closes Stride without retrying */

  /* Next start: in the history once, the pending file gone, the user told */
  reopened = stride_history_new (fixture->path);
  g_assert_cmpuint (count_id (reopened, id), ==, 1);
  g_assert_false (g_file_test (pending_path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (stride_history_get_notice (reopened));
  g_assert_nonnull (strstr (stride_history_get_notice (reopened), "now in your history"));

  /* A crash left the pending file behind after the merge: still once */
  g_assert_true (g_file_set_contents (pending_path, pending_copy, -1, NULL));
  again = stride_history_new (fixture->path);
  g_assert_cmpuint (count_id (again, id), ==, 1);
  g_assert_false (g_file_test (pending_path, G_FILE_TEST_EXISTS));
  g_assert_null (stride_history_get_notice (again));
}

/* Kept pending, then saved on a retry: in the history under the same id, nothing pending */
static void
test_pending_commit (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->path);
  g_autoptr(StrideHistory) reopened = NULL;
  g_autoptr(JsonObject) session = parse_object ("{\"completed\": true}");
  g_autoptr(JsonObject) rated = parse_object ("{\"completed\": true, \"pain\": 2}");
  g_autoptr(GError) error = NULL;
  g_autofree char *pending_path = stride_history_get_pending_path (history);
  g_autofree char *id = stride_history_keep_pending (history, STRIDE_HISTORY_SESSION, NULL, session, &error);
  g_autofree char *same = NULL;
  StrideHistoryEntry *entry;
  gint64 pain = -1;

  g_assert_no_error (error);
  same = stride_history_keep_pending (history, STRIDE_HISTORY_SESSION, id, rated, &error);
  g_assert_cmpstr (same, ==, id);
  entry = stride_history_commit_pending (history, id, rated, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_cmpstr (stride_history_entry_get_id (entry), ==, id);
  g_assert_false (g_file_test (pending_path, G_FILE_TEST_EXISTS));

  reopened = stride_history_new (fixture->path);
  g_assert_cmpuint (count_id (reopened, id), ==, 1);
  g_assert_true (stride_json_get_int (stride_history_entry_get_data (stride_history_find (reopened, id)), "pain", &pain));
  g_assert_cmpint (pain, ==, 2);
}

/* A folder that cannot be made (its parent is a file): an error, nothing kept. */
static void
test_unwritable_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "blocker", NULL);
  g_autofree char *path = g_build_filename (blocker, "stride", "history.json", NULL);
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(JsonObject) small = parse_object ("{\"pain\": 1}");
  g_autoptr(GError) error = NULL;

  write_file (blocker, "a file, not a folder");
  history = stride_history_new (path);
  g_assert_null (stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, small, &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_WRITE);
  g_assert_null (stride_history_get_latest (history, STRIDE_HISTORY_ANY));
}

#define CRASH_RECORDS 25

static G_GNUC_NORETURN void
append_forever (const char *path,
                int         report_fd)
{
  StrideHistory *history = stride_history_new (path);

  for (guint n = 0;; n++)
    {
      g_autoptr(JsonObject) data = json_object_new ();
      g_autofree char *line = g_strdup_printf ("%u\n", n);

      json_object_set_int_member (data, "n", n);
      json_object_set_string_member (data, "padding", "a session with a few exercises in it");
      if (stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, data, NULL) == NULL)
        _exit (3);
      /* Finished: the record is on disk before anyone hears of it. */
      if (write (report_fd, line, strlen (line)) < 0)
        _exit (4);
    }
}

/* A child appends in a loop and is killed with SIGKILL mid-way: the file still parses
 * and holds every record the child had finished. */
static void
test_crash_safety (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GString) reported = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  guint finished = 0;
  int fds[2];
  pid_t pid;
  int status;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      append_forever (fixture->path, fds[1]);
    }
  close (fds[1]);

  /* Wait for some finished records, then kill it wherever it is. */
  while (finished < CRASH_RECORDS)
    {
      char buffer[256];
      ssize_t n = read (fds[0], buffer, sizeof buffer);

      g_assert_cmpint (n, >, 0);
      g_string_append_len (reported, buffer, n);
      finished = 0;
      for (const char *p = reported->str; *p; p++)
        finished += *p == '\n';
    }
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));

  /* Reports written just before the kill */
  for (;;)
    {
      char buffer[256];
      ssize_t n = read (fds[0], buffer, sizeof buffer);

      if (n <= 0)
        break;
      g_string_append_len (reported, buffer, n);
    }
  close (fds[0]);

  history = stride_history_new (fixture->path);
  g_assert_null (stride_history_get_notice (history));
  entries = stride_history_list (history, STRIDE_HISTORY_SESSION, NULL, NULL);

  lines = g_strsplit (reported->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      guint64 n = g_ascii_strtoull (lines[i], NULL, 10);

      g_assert_cmpuint (n, <, entries->len);
      g_assert_cmpint (json_object_get_int_member (stride_history_entry_get_data (g_ptr_array_index (entries, n)), "n"),
                       ==, n);
    }
  g_assert_cmpuint (entries->len, >=, CRASH_RECORDS);
}

/* Custom routines */

static StrideRoutineItem *
make_item (const char *exercise,
           guint       sets,
           guint       reps,
           guint       hold_s)
{
  StrideRoutineItem *item = g_new0 (StrideRoutineItem, 1);

  item->exercise = g_strdup (exercise);
  item->dose = (StrideDose) { sets, reps, hold_s, 15, STRIDE_SIDES_EACH, 0 };
  return item;
}

static void
free_item (gpointer data)
{
  StrideRoutineItem *item = data;

  g_free (item->exercise);
  g_free (item);
}

static const char *
item_exercise (const StrideRoutine *routine,
               guint                index)
{
  return ((StrideRoutineItem *) g_ptr_array_index (routine->items, index))->exercise;
}

static void
test_routine_editor (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "routines.json", NULL);
  g_autoptr(StrideRoutineStore) store = stride_routine_store_new (path);
  g_autoptr(StrideRoutineStore) reopened = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_item);
  g_autoptr(GError) error = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *copy = NULL;
  StrideRoutine builtin = { "hip_stretch_routine", "stride_core", "Hip stretch routine", "stretch", "", items };
  StrideDose dose = { 4, 10, 0, 60, STRIDE_SIDES_BOTH, 2 };
  const StrideRoutine *routine;
  const StrideRoutineItem *item;

  g_assert_null (stride_routine_store_create (store, "   ", &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_INVALID);
  g_clear_error (&error);

  mine = stride_routine_store_create (store, "Morning", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (mine, "custom_"));
  g_assert_true (stride_routine_store_rename (store, mine, "Before my run", &error));
  g_assert_true (stride_routine_store_add_exercise (store, mine, "clamshell", &dose, &error));
  g_assert_true (stride_routine_store_add_exercise (store, mine, "glute_bridge", &dose, &error));
  g_assert_true (stride_routine_store_add_exercise (store, mine, "side_plank", &dose, &error));
  g_assert_no_error (error);

  /* Reorder: the last to the top, then the first down one (keyboard move down) */
  g_assert_true (stride_routine_store_move_item (store, mine, 2, 0, &error));
  g_assert_true (stride_routine_store_move_item (store, mine, 0, 1, &error));
  g_assert_false (stride_routine_store_move_item (store, mine, 0, 3, &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_INVALID);
  g_clear_error (&error);

  dose.sets = 2;
  dose.hold_s = 30;
  dose.reps = 0;
  dose.sides = STRIDE_SIDES_EACH;
  g_assert_true (stride_routine_store_set_dose (store, mine, 2, &dose, &error));
  g_assert_true (stride_routine_store_remove_item (store, mine, 0, NULL, &error));
  g_assert_no_error (error);

  g_ptr_array_add (items, make_item ("kneeling_hip_flexor_stretch", 2, 0, 30));
  g_ptr_array_add (items, make_item ("glute_stretch", 3, 0, 45));
  copy = stride_routine_store_duplicate (store, &builtin, "My stretch", &error);
  g_assert_no_error (error);

  reopened = stride_routine_store_new (path);
  g_assert_null (stride_routine_store_get_notice (reopened));
  g_assert_cmpuint (stride_routine_store_get_routines (reopened)->len, ==, 2);
  routine = stride_routine_store_find (reopened, mine);
  g_assert_cmpstr (routine->name, ==, "Before my run");
  g_assert_cmpuint (routine->items->len, ==, 2);
  g_assert_cmpstr (item_exercise (routine, 0), ==, "side_plank");
  g_assert_cmpstr (item_exercise (routine, 1), ==, "glute_bridge");
  item = g_ptr_array_index (routine->items, 1);
  g_assert_cmpuint (item->dose.sets, ==, 2);
  g_assert_cmpuint (item->dose.hold_s, ==, 30);
  g_assert_cmpuint (item->dose.reps, ==, 0);
  g_assert_cmpint (item->dose.sides, ==, STRIDE_SIDES_EACH);

  routine = stride_routine_store_find (reopened, copy);
  g_assert_cmpstr (routine->name, ==, "My stretch");
  g_assert_cmpstr (routine->kind, ==, "stretch");
  g_assert_cmpstr (item_exercise (routine, 1), ==, "glute_stretch");
  g_assert_cmpuint (((StrideRoutineItem *) g_ptr_array_index (routine->items, 1))->dose.hold_s, ==, 45);

  /* Delete, then undo: back in its place */
  g_assert_true (stride_routine_store_delete (store, mine, &error));
  g_assert_null (stride_routine_store_find (store, mine));
  g_clear_object (&reopened);
  reopened = stride_routine_store_new (path);
  g_assert_null (stride_routine_store_find (reopened, mine));
  g_assert_true (stride_routine_store_undo_delete (store, mine, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (((StrideRoutine *) g_ptr_array_index (stride_routine_store_get_routines (store), 0))->id, ==, mine);
  g_assert_false (stride_routine_store_undo_delete (store, mine, &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND);

  g_clear_object (&reopened);
  reopened = stride_routine_store_new (path);
  g_assert_cmpuint (stride_routine_store_find (reopened, mine)->items->len, ==, 2);
}

/* `stride --routine=ID` knows the user's routines, looking without changing anything */
static void
test_knows_launch_id (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *stride_dir = g_build_filename (fixture->dir, "stride", NULL);
  g_autofree char *routines = g_build_filename (stride_dir, "routines.json", NULL);
  g_autofree char *history = g_build_filename (stride_dir, "history.json", NULL);
  g_autoptr(GPtrArray) aside = NULL;

  g_setenv ("XDG_DATA_HOME", fixture->dir, TRUE);
  g_assert_false (stride_routine_store_knows_launch_id ("custom_a"));
  g_assert_false (stride_routine_store_knows_launch_id ("personal"));

  g_mkdir_with_parents (stride_dir, 0700);
  write_file (routines, "{\"version\": 1, \"routines\": [{\"id\": \"custom_a\", \"name\": \"A\", \"items\": []}]}");
  write_file (history, "{\"version\": 1, \"entries\": [{\"id\": \"t\", \"kind\": \"self_test\", "
                       "\"date\": \"2026-11-01T08:00:00Z\", \"data\": {\"routine\": {\"items\": []}}}]}");
  g_assert_true (stride_routine_store_knows_launch_id ("custom_a"));
  g_assert_false (stride_routine_store_knows_launch_id ("custom_b"));
  g_assert_true (stride_routine_store_knows_launch_id ("personal"));

  /* A broken file is left where it is, for the app to set aside and tell about */
  write_file (history, "{broken");
  g_assert_false (stride_routine_store_knows_launch_id ("personal"));
  aside = list_prefixed (stride_dir, "history.json.corrupt-");
  g_assert_cmpuint (aside->len, ==, 0);
}

/* Runs `stride ARG` without a display, with the user data in DATA_HOME */
static int
run_stride (const char  *data_home,
            const char  *arg,
            char       **err)
{
  const char *args[] = { arg, NULL };
  const char *env[] = { "XDG_DATA_HOME", data_home, NULL };
  StrideTestRun run = { 0 };
  int status;

  stride_test_run_stride (&run, args, NULL, env);
  status = run.status;
  *err = g_steal_pointer (&run.err);
  stride_test_run_clear (&run);
  return status;
}

/* `stride --routine=ID` starts the user's own routines too; an unknown one is an error */
static void
test_cli_launch_own_routine (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *stride_dir = g_build_filename (fixture->dir, "stride", NULL);
  g_autofree char *routines = g_build_filename (stride_dir, "routines.json", NULL);
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;

  g_mkdir_with_parents (stride_dir, 0700);
  write_file (routines, "{\"version\": 1, \"routines\": [{\"id\": \"custom_a\", \"name\": \"A\", \"items\": []}]}");

  g_assert_cmpint (run_stride (fixture->dir, "--routine=custom_nope", &err), ==, 2);
  g_assert_nonnull (strstr (err, "custom_nope"));
  /* Known: it gets past the command line (and then finds no display here) */
  g_assert_cmpint (run_stride (fixture->dir, "--routine=custom_a", &err2), !=, 2);
  g_assert_null (strstr (err2, "custom_a"));
}

static void
test_routines_newer_read_only (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "routines.json", NULL);
  g_autoptr(StrideRoutineStore) store = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, "{\"version\": 7, \"routines\": [{\"id\": \"custom_a\", \"name\": \"A\", \"items\": []}]}");
  store = stride_routine_store_new (path);
  g_assert_true (stride_routine_store_get_read_only (store));
  g_assert_nonnull (stride_routine_store_find (store, "custom_a"));
  g_assert_false (stride_routine_store_rename (store, "custom_a", "B", &error));
  g_assert_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_READ_ONLY);
}

static void
add_session (StrideHistory *history,
             int            d,
             int            pain)
{
  g_autoptr(GDateTime) date = day (d);
  g_autoptr(JsonObject) data = json_object_new ();

  json_object_set_string_member (data, "routine", "hip_stretch_routine");
  json_object_set_boolean_member (data, "completed", TRUE);
  if (pain >= 0)
    json_object_set_int_member (data, "pain", pain);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, date, data, NULL));
}

static void
add_session_at (StrideHistory *history,
                GDateTime     *date,
                gboolean       ended_early)
{
  g_autoptr(JsonObject) data = json_object_new ();

  json_object_set_string_member (data, "routine", "hip_stretch_routine");
  json_object_set_boolean_member (data, "completed", !ended_early);
  json_object_set_boolean_member (data, "ended_early", ended_early);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, date, data, NULL));
}

/* TODAY's local midnight DAYS days on, at HOUR:MINUTE local. */
static GDateTime *
local_time (GDateTime *today,
            int        days,
            int        hour,
            int        minute)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (today, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, minute, 0);
}

/* The streak and the calendar's trained days agree, by local calendar day, in time zones
 * far from UTC: a session just after local midnight is today's (its UTC day is
 * yesterday's), one just before it yesterday's; a day with only a session ended early is
 * neither trained nor part of a streak. */
static void
test_streak_days (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const zones[] = { "NZST-13", "PST8", "UTC0" };
  g_autofree char *saved_tz = g_strdup (g_getenv ("TZ"));

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autofree char *path = g_strdup_printf ("%s-%u", fixture->path, z);
      g_autoptr(StrideHistory) history = NULL;
      g_autoptr(GDateTime) now = NULL;
      g_autoptr(GDateTime) today = NULL;
      g_autoptr(GDateTime) tomorrow = NULL;
      g_autoptr(GDateTime) early = NULL;
      g_autoptr(GDateTime) late = NULL;
      g_autoptr(GDateTime) before = NULL;
      g_autoptr(GDateTime) skipped = NULL;
      g_autoptr(GDateTime) from = NULL;
      g_autoptr(GPtrArray) days = NULL;
      guint current = 99, longest = 99;

      g_test_message ("TZ=%s", zones[z]);
      g_setenv ("TZ", zones[z], TRUE);
      history = stride_history_new (path);
      now = g_date_time_new_now_local ();
      today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                     g_date_time_get_day_of_month (now), 0, 0, 0);
      tomorrow = g_date_time_add_days (today, 1);
      from = g_date_time_add_days (today, -10);

      /* Only a session ended early today: no day trained, no streak */
      skipped = local_time (today, 0, 0, 5);
      add_session_at (history, skipped, TRUE);
      stride_stats_streaks (history, today, &current, &longest);
      g_assert_cmpuint (current, ==, 0);
      days = stride_stats_session_days (history, from, tomorrow);
      g_assert_cmpuint (days->len, ==, 0);
      g_clear_pointer (&days, g_ptr_array_unref);

      /* Today at 00:05, yesterday at 23:55, the day before at noon; 3 days ago ended early */
      early = local_time (today, 0, 0, 5);
      late = local_time (today, -1, 23, 55);
      before = local_time (today, -2, 12, 0);
      g_clear_pointer (&skipped, g_date_time_unref);
      skipped = local_time (today, -3, 12, 0);
      add_session_at (history, early, FALSE);
      add_session_at (history, late, FALSE);
      add_session_at (history, before, FALSE);
      add_session_at (history, skipped, TRUE);

      stride_stats_streaks (history, today, &current, &longest);
      g_assert_cmpuint (current, ==, 3);
      g_assert_cmpuint (longest, ==, 3);
      days = stride_stats_session_days (history, from, tomorrow);
      g_assert_cmpuint (days->len, ==, 3);
      g_assert_true (g_date_time_equal (g_ptr_array_index (days, 2), today));
      for (guint i = 0; i < days->len; i++)
        g_assert_cmpint (g_date_time_get_hour (g_ptr_array_index (days, i)), ==, 0);

      /* Tomorrow, yesterday's session still carries the streak; after that it is gone */
      stride_stats_streaks (history, tomorrow, &current, NULL);
      g_assert_cmpuint (current, ==, 3);
      g_clear_pointer (&tomorrow, g_date_time_unref);
      tomorrow = g_date_time_add_days (today, 2);
      stride_stats_streaks (history, tomorrow, &current, NULL);
      g_assert_cmpuint (current, ==, 0);
    }

  if (saved_tz != NULL)
    g_setenv ("TZ", saved_tz, TRUE);
  else
    g_unsetenv ("TZ");
}

/* The Progress page's three figures follow one rule: a session ended early (under half
 * its sets done) counts in none of them. One such session today, 2 sets of 6 done: no
 * session this week, no streak, no day trained on the calendar (this week's count said 1). */
static void
test_ended_early_counts_nowhere (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->path);
  g_autoptr(JsonObject) session = json_object_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  g_autoptr(GDateTime) from = g_date_time_add_days (today, -35);
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) days = NULL;
  guint current = 99, longest = 99;

  json_object_set_string_member (session, "routine", "hip_stretch_routine");
  json_object_set_boolean_member (session, "completed", FALSE);
  json_object_set_boolean_member (session, "ended_early", TRUE);
  json_object_set_int_member (session, "sets_done", 2);
  json_object_set_int_member (session, "sets_planned", 6);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, now, session, NULL));

  weeks = stride_stats_sessions_per_week (history, now, 1);
  stride_stats_streaks (history, now, &current, &longest);
  days = stride_stats_session_days (history, from, tomorrow);
  g_test_message ("this week %u, streak %u, days trained %u", g_array_index (weeks, guint, 0), current, days->len);
  g_assert_cmpuint (g_array_index (weeks, guint, 0), ==, 0);
  g_assert_cmpuint (current, ==, 0);
  g_assert_cmpuint (longest, ==, 0);
  g_assert_cmpuint (days->len, ==, 0);
}

static void
test_stats (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->path);
  g_autoptr(GDateTime) nov5 = day (5);
  g_autoptr(GDateTime) nov6 = day (6);
  g_autoptr(GDateTime) nov8 = day (8);
  g_autoptr(GDateTime) nov9 = day (9);
  g_autoptr(GDateTime) nov16 = day (16);
  g_autoptr(GPtrArray) pain = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) reach = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(JsonObject) test = NULL;
  g_auto(GStrv) measures = NULL;
  g_autofree char *csv = NULL;
  guint current = 99, longest = 99;

  stride_stats_streaks (history, nov5, &current, &longest);
  g_assert_cmpuint (current, ==, 0);
  g_assert_cmpuint (longest, ==, 0);

  /* 1–3 November in a row, then the 5th twice (Sunday 1st … Thursday 5th) */
  add_session (history, 1, 2);
  add_session (history, 2, -1);
  add_session (history, 3, 4);
  add_session (history, 5, 1);
  add_session (history, 5, 3);

  stride_stats_streaks (history, nov5, &current, &longest);
  g_assert_cmpuint (current, ==, 1);
  g_assert_cmpuint (longest, ==, 3);
  stride_stats_streaks (history, nov6, &current, NULL);   /* yesterday still counts */
  g_assert_cmpuint (current, ==, 1);
  stride_stats_streaks (history, nov8, &current, NULL);
  g_assert_cmpuint (current, ==, 0);

  /* Weeks start on Monday: 1 Nov 2026 is a Sunday */
  weeks = stride_stats_sessions_per_week (history, nov9, 3);
  g_assert_cmpuint (g_array_index (weeks, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (weeks, guint, 1), ==, 4);
  g_assert_cmpuint (g_array_index (weeks, guint, 2), ==, 0);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = stride_stats_sessions_per_week (history, nov16, 2);
  g_assert_cmpuint (g_array_index (weeks, guint, 0), ==, 0);

  pain = stride_stats_pain (history);
  g_assert_cmpuint (pain->len, ==, 4);
  g_assert_cmpfloat (((StrideStatPoint *) g_ptr_array_index (pain, 1))->value, ==, 4);

  test = parse_object ("{\"results\": {\"straight_leg_raise\": {\"left\": {\"angle_deg\": 70, \"pain\": false},"
                       " \"right\": {\"angle_deg\": 85.5}}, \"sit_and_reach\": {\"reach_cm\": -3}}}");
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SELF_TEST, nov6, test, NULL));
  measures = stride_stats_test_measures (history);
  g_assert_cmpuint (g_strv_length (measures), ==, 2);
  g_assert_cmpstr (measures[0], ==, "sit_and_reach/reach_cm");
  g_assert_cmpstr (measures[1], ==, "straight_leg_raise/angle_deg");
  left = stride_stats_test_series (history, "straight_leg_raise/angle_deg", "left");
  g_assert_cmpuint (left->len, ==, 1);
  g_assert_cmpfloat (((StrideStatPoint *) g_ptr_array_index (left, 0))->value, ==, 70);
  reach = stride_stats_test_series (history, "sit_and_reach/reach_cm", NULL);
  g_assert_cmpfloat (((StrideStatPoint *) g_ptr_array_index (reach, 0))->value, ==, -3);

  csv = stride_stats_export_csv (history);
  g_assert_true (g_str_has_prefix (csv, "date,kind,subject,side,measure,value\n"));
  g_assert_nonnull (strstr (csv, ",session,hip_stretch_routine,,pain,4\n"));
  g_assert_nonnull (strstr (csv, ",self_test,straight_leg_raise,right,angle_deg,85.5\n"));
  g_assert_nonnull (strstr (csv, ",self_test,sit_and_reach,,reach_cm,-3\n"));
}

/* A session with no set done (ended, or skipped through, before the first) is no session
 * in the counts or the calendar; its rating stays in the pain chart. */
static void
test_stats_empty_session (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->path);
  g_autoptr(GDateTime) nov10 = day (10);
  g_autoptr(GDateTime) nov11 = day (11);
  g_autoptr(JsonObject) nothing = parse_object ("{\"routine\": \"hip_stretch_routine\", \"completed\": false,"
                                                " \"ended_early\": true, \"sets_done\": 0, \"sets_planned\": 24,"
                                                " \"pain\": 5}");
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) pain = NULL;

  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, nov10, nothing, NULL));
  weeks = stride_stats_sessions_per_week (history, nov10, 1);
  g_assert_cmpuint (g_array_index (weeks, guint, 0), ==, 0);
  days = stride_stats_session_days (history, nov10, nov11);
  g_assert_cmpuint (days->len, ==, 0);
  pain = stride_stats_pain (history);
  g_assert_cmpuint (pain->len, ==, 1);

  /* A set done but ended early: no session either, as it is no trained day and no part
   * of a streak (one rule for the page); half the sets done, it counts */
  g_clear_pointer (&weeks, g_array_unref);
  json_object_set_int_member (nothing, "sets_done", 1);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, nov10, nothing, NULL));
  weeks = stride_stats_sessions_per_week (history, nov10, 1);
  g_assert_cmpuint (g_array_index (weeks, guint, 0), ==, 0);
  g_clear_pointer (&weeks, g_array_unref);
  json_object_set_int_member (nothing, "sets_done", 12);
  json_object_set_boolean_member (nothing, "ended_early", FALSE);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SESSION, nov10, nothing, NULL));
  weeks = stride_stats_sessions_per_week (history, nov10, 1);
  g_assert_cmpuint (g_array_index (weeks, guint, 0), ==, 1);
}

/* Saved symptom checks in short, newest first; a damaged one still listed with nulls */
static void
test_symptom_checks (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(StrideHistory) history = stride_history_new (fixture->path);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) nov5 = g_date_time_new (utc, 2026, 11, 5, 10, 0, 0);
  g_autoptr(GDateTime) nov6 = g_date_time_new (utc, 2026, 11, 6, 10, 0, 0);
  g_autoptr(JsonObject) check = parse_object (
    "{\"answers\": {}, \"result\": {\"triage\": {\"level\": \"soon\", \"reasons\": []},"
    " \"conditions\": [{\"id\": \"trochanteric_bursitis\", \"probability\": 0.62, \"for\": [], \"against\": []},"
    " {\"id\": \"itb_syndrome\", \"probability\": 0.2}]}}");
  g_autoptr(JsonObject) damaged = parse_object ("{\"result\": {\"triage\": 3, \"conditions\": []}}");
  g_autoptr(JsonArray) checks = NULL;
  JsonObject *newest, *older;

  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SYMPTOM_CHECK, nov5, check, NULL));
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SYMPTOM_CHECK, nov6, damaged, NULL));
  checks = stride_stats_symptom_checks (history);
  g_assert_cmpuint (json_array_get_length (checks), ==, 2);
  newest = json_array_get_object_element (checks, 0);
  older = json_array_get_object_element (checks, 1);
  g_assert_true (json_object_get_null_member (newest, "level"));
  g_assert_true (json_object_get_null_member (newest, "condition"));
  g_assert_cmpstr (json_object_get_string_member (older, "level"), ==, "soon");
  g_assert_cmpstr (json_object_get_string_member (older, "condition"), ==, "trochanteric_bursitis");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (older, "probability"), 0.62, 1e-9);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (older, "date"), "2026-11-05"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/stride/history/round-trip", test_round_trip);
  ADD ("/stride/stats/symptom-checks", test_symptom_checks);
  ADD ("/stride/history/unknown-entries-kept", test_unknown_entries_kept);
  ADD ("/stride/history/corrupt-moved-aside", test_corrupt_moved_aside);
  ADD ("/stride/history/not-a-document", test_not_a_document);
  ADD ("/stride/history/newer-version-read-only", test_newer_version_read_only);
  ADD ("/stride/history/full-disk", test_full_disk);
  ADD ("/stride/history/pending-survives-restart", test_pending_survives_restart);
  ADD ("/stride/history/pending-commit", test_pending_commit);
  ADD ("/stride/history/unwritable-folder", test_unwritable_folder);
  ADD ("/stride/history/crash-safety", test_crash_safety);
  ADD ("/stride/progress/stats", test_stats);
  ADD ("/stride/progress/stats-empty-session", test_stats_empty_session);
  ADD ("/stride/progress/streak-days", test_streak_days);
  ADD ("/stride/progress/ended-early-counts-nowhere", test_ended_early_counts_nowhere);
  ADD ("/stride/routine-store/editor", test_routine_editor);
  ADD ("/stride/routine-store/newer-read-only", test_routines_newer_read_only);
  ADD ("/stride/routine-store/knows-launch-id", test_knows_launch_id);
  ADD ("/stride/routine-store/cli-launch-own-routine", test_cli_launch_own_routine);
#undef ADD

  return g_test_run ();
}
