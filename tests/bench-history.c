/* bench-history.c — what keeping the history safe costs (a benchmark, not a test)
 *
 * Appends sessions to a history of N entries, each written atomically and durably, and
 * compares it with writing the same bytes with a plain g_file_set_contents() (no fsync,
 * no rename) in the same run. Prints the figures and their ratio.
 *
 *   _build/tests/bench-history [N]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "stride-history.h"
#include "stride-progress-stats.h"

#define APPENDS 20

static JsonObject *
session (guint n)
{
  JsonObject *data = json_object_new ();

  json_object_set_string_member (data, "routine", "hip_strength_routine");
  json_object_set_boolean_member (data, "completed", TRUE);
  json_object_set_int_member (data, "duration_s", 600 + n % 60);
  json_object_set_int_member (data, "pain", n % 6);
  return data;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 1000;
  g_autofree char *dir = g_dir_make_tmp ("stride-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.json", NULL);
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(GString) fill = g_string_new ("{\"version\": 1, \"entries\": [");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = NULL;
  gint64 start, durable, baseline, load, stats;
  gsize length;

  /* A history of N sessions, one every 20 hours, written in one go */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_hours (now, -(int) (n - i) * 20);
      g_autofree char *iso = g_date_time_format_iso8601 (date);

      g_string_append_printf (fill, "%s{\"id\": \"fill-%u\", \"kind\": \"session\", \"date\": \"%s\", "
                              "\"data\": {\"routine\": \"hip_strength_routine\", \"completed\": true, "
                              "\"duration_s\": %u, \"pain\": %u}}", i > 0 ? ", " : "", i, iso, 600 + i % 60, i % 6);
    }
  g_string_append (fill, "]}");
  g_file_set_contents (path, fill->str, fill->len, NULL);
  history = stride_history_new (path);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < APPENDS; i++)
    {
      g_autoptr(JsonObject) data = session (i);

      g_assert (stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, data, NULL) != NULL);
    }
  durable = (g_get_monotonic_time () - start) / APPENDS;

  g_file_get_contents (path, &text, &length, NULL);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < APPENDS; i++)
    g_file_set_contents (plain, text, length, NULL);
  baseline = (g_get_monotonic_time () - start) / APPENDS;

  start = g_get_monotonic_time ();
  {
    g_autoptr(StrideHistory) reread = stride_history_new (path);
  }
  load = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  {
    g_autofree char *csv = stride_stats_export_csv (history);
    g_autoptr(GPtrArray) pain = stride_stats_pain (history);
    guint current, longest;

    stride_stats_streaks (history, now, &current, &longest);
  }
  stats = g_get_monotonic_time () - start;

  g_print ("history of %u entries, %" G_GSIZE_FORMAT " bytes\n", n + APPENDS, length);
  g_print ("append (atomic + durable): %.2f ms\n", durable / 1000.0);
  g_print ("plain write of the same bytes (baseline): %.2f ms\n", baseline / 1000.0);
  g_print ("ratio: %.1fx\n", baseline > 0 ? (double) durable / baseline : 0.0);
  g_print ("open (read + parse): %.2f ms\n", load / 1000.0);
  g_print ("streaks + pain series + CSV export: %.2f ms\n", stats / 1000.0);

  g_remove (path);
  g_remove (plain);
  g_rmdir (dir);
  return 0;
}
