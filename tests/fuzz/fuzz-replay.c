/* fuzz-replay.c — runs one fuzz target over its corpus, as a plain test
 *
 * So that a gcc build (and the ASan build of suite 'core') replays every seed and every
 * input the fuzzer once found a problem with: none may crash, hang, leak or break the
 * target's round-trip property. Built once per target, with FUZZ_TARGET naming it (the
 * corpus is tests/fuzz/corpus/FUZZ_TARGET/).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
test_replay (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *corpus = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);

  corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", FUZZ_TARGET, NULL);
  dir = g_dir_open (corpus, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (paths, g_build_filename (corpus, name, NULL));
  g_ptr_array_sort (paths, compare_paths);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
      g_autofree char *test_path = g_strdup_printf ("/stride/fuzz-replay/%s/%s", FUZZ_TARGET, base);

      g_test_add_data_func (test_path, g_ptr_array_index (paths, i), test_replay);
    }

  return g_test_run ();
}
