/* bench-broken-packs.c — start-up's content loading with 100 broken user packs against none
 * (a benchmark, not a test)
 *
 *   build-aux/dev bench-broken-packs [N]
 *
 * Loads the bundled pack plus $XDG_DATA_HOME/stride/packs as the app does at start-up:
 * once with an empty packs folder (the baseline), once with N (default 100) broken packs
 * (a manifest and a file that ends too early), runs alternating, and prints the medians
 * and their ratio. The window shows one notice either way, so this is what many broken
 * packs add to start-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "stride-content.h"

#define RUNS 15

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

/* Milliseconds to load BUNDLED with the user packs in PACKS; SKIPPED receives how many
 * packs were left out. */
static double
time_load (const char *bundled,
           const char *packs,
           guint      *skipped)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(StrideContent) content = stride_content_load_dirs (bundled, packs, warnings);
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  g_assert (content != NULL);
  *skipped = stride_content_get_skipped_packs (content)->len;
  return ms;
}

static void
write_broken_packs (const char *packs,
                    guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *dir = g_strdup_printf ("%s/broken_%03u", packs, i);
      g_autofree char *manifest = g_build_filename (dir, "manifest.json", NULL);
      g_autofree char *items = g_build_filename (dir, "items.json", NULL);
      g_autofree char *text = g_strdup_printf (
        "{\"id\": \"broken_%03u\", \"title\": \"Broken pack %03u\", \"version\": \"1\", \"language\": \"en\", "
        "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", i, i);

      g_assert (g_mkdir_with_parents (dir, 0700) == 0);
      g_assert (g_file_set_contents (manifest, text, -1, NULL));
      g_assert (g_file_set_contents (items, "{\"findings\": [", -1, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100;
  const char *bundled = g_getenv ("STRIDE_CONTENT_DIR");
  g_autofree char *tmp = g_dir_make_tmp ("stride-bench-packs-XXXXXX", NULL);
  g_autofree char *none = g_build_filename (tmp, "none", NULL);
  g_autofree char *broken = g_build_filename (tmp, "broken", NULL);
  g_autoptr(GArray) base = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) many = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *command = NULL;
  guint skipped_none = 0, skipped_many = 0;
  double base_ms, many_ms;

  if (bundled == NULL)
    g_error ("run it with STRIDE_CONTENT_DIR set (build-aux/dev bench-broken-packs does)");
  g_assert (g_mkdir_with_parents (none, 0700) == 0);
  write_broken_packs (broken, n);

  for (guint run = 0; run < RUNS; run++)
    {
      double ms = time_load (bundled, none, &skipped_none);

      g_array_append_val (base, ms);
      ms = time_load (bundled, broken, &skipped_many);
      g_array_append_val (many, ms);
    }
  g_assert (skipped_none == 0 && skipped_many == n);

  base_ms = median (base);
  many_ms = median (many);
  g_print ("runs: %u each, alternating\n", RUNS);
  g_print ("no user packs:        %.2f ms (median)\n", base_ms);
  g_print ("%3u broken packs:     %.2f ms (median), %u skipped, one notice\n", n, many_ms, skipped_many);
  g_print ("ratio: %.2f (+%.2f ms, %.3f ms per broken pack)\n", many_ms / base_ms, many_ms - base_ms,
           (many_ms - base_ms) / MAX (n, 1));

  command = g_strdup_printf ("rm -rf '%s'", tmp);
  if (system (command) != 0)
    g_printerr ("could not remove %s\n", tmp);
  return 0;
}
