/* test-limits-doc.c — the limits the documentation states are the ones the code applies
 *
 * docs/content-schema.md and docs/command-line.md give pack authors and script writers the
 * limits in tables; this reads those pages and looks for each row built from the constants,
 * so a limit changed in one place and not the other fails here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "stride-answers.h"
#include "stride-assess.h"
#include "stride-content-private.h"
#include "stride-program.h"

static char *
read_doc (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* "1,000", "100,000": numbers as the pages write them. */
static char *
with_commas (guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *out = g_string_new (NULL);
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* "4 MiB", "16 KiB": the limits are whole units. */
static char *
in_units (gsize bytes)
{
  if (bytes % (1024 * 1024) == 0)
    return g_strdup_printf ("%" G_GSIZE_FORMAT " MiB", bytes / (1024 * 1024));
  g_assert_cmpuint (bytes % 1024, ==, 0);
  return g_strdup_printf ("%" G_GSIZE_FORMAT " KiB", bytes / 1024);
}

static void
assert_has_row (const char *doc,
                const char *row)
{
  if (strstr (doc, row) == NULL)
    g_error ("the page has no line “%s”: the documented limit and the code disagree", row);
}

static void
test_pack_limits (void)
{
  g_autofree char *doc = read_doc ("content-schema.md");
  g_autofree char *file_size = in_units (STRIDE_CONTENT_MAX_FILE_SIZE);
  g_autofree char *string_size = in_units (STRIDE_CONTENT_MAX_STRING);
  g_autofree char *items = with_commas (STRIDE_CONTENT_MAX_ITEMS);
  char *rows[] = {
    g_strdup_printf ("| the size of one file | %s |", file_size),
    g_strdup_printf ("| files a manifest lists in `files` | %d |", STRIDE_CONTENT_MAX_FILES),
    g_strdup_printf ("| nesting of objects and arrays | %d levels |", STRIDE_CONTENT_MAX_DEPTH),
    g_strdup_printf ("| one string | %s |", string_size),
    g_strdup_printf ("| one id | %d characters |", STRIDE_CONTENT_MAX_ID),
    g_strdup_printf ("| the items of one array | %s |", items),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      assert_has_row (doc, rows[i]);
      g_free (rows[i]);
    }
}

static void
test_items_per_kind (void)
{
  g_autofree char *doc = read_doc ("content-schema.md");

  for (StrideKind kind = 0; kind < STRIDE_N_KINDS; kind++)
    {
      g_autofree char *limit = with_commas (stride_content_max_items_per_kind[kind]);
      g_autofree char *row = g_strdup_printf ("| `%ss` | %s |", stride_content_kind_to_string (kind), limit);

      assert_has_row (doc, row);
    }
}

static void
test_command_line_limits (void)
{
  g_autofree char *doc = read_doc ("command-line.md");
  g_autofree char *match = in_units (STRIDE_ANSWERS_MAX_INPUT_BYTES);
  g_autofree char *assess = in_units (STRIDE_ASSESS_MAX_INPUT_BYTES);
  g_autofree char *program = in_units (STRIDE_PROGRAM_MAX_INPUT_BYTES);
  g_autofree char *entries = with_commas (STRIDE_PROGRAM_MAX_ENTRIES);
  g_autofree char *match_row = g_strdup_printf ("| `--match` | %s | %d levels |", match, STRIDE_ANSWERS_MAX_DEPTH);
  g_autofree char *assess_row = g_strdup_printf ("| `--assess` | %s | %d levels |", assess, STRIDE_ASSESS_MAX_DEPTH);
  g_autofree char *program_row = g_strdup_printf ("| `--program-status` | %s | %d levels |", program,
                                                  STRIDE_PROGRAM_MAX_DEPTH);
  g_autofree char *entries_text = g_strdup_printf ("at most %s `sessions` and %s `checkins`", entries, entries);

  assert_has_row (doc, match_row);
  assert_has_row (doc, assess_row);
  assert_has_row (doc, program_row);
  assert_has_row (doc, entries_text);
}

/* The test above would pass on an empty table if the helpers were wrong. */
static void
test_number_formats (void)
{
  g_autofree char *a = with_commas (500);
  g_autofree char *b = with_commas (1000);
  g_autofree char *c = with_commas (100000);
  g_autofree char *d = in_units (4 * 1024 * 1024);
  g_autofree char *e = in_units (16 * 1024);

  g_assert_cmpstr (a, ==, "500");
  g_assert_cmpstr (b, ==, "1,000");
  g_assert_cmpstr (c, ==, "100,000");
  g_assert_cmpstr (d, ==, "4 MiB");
  g_assert_cmpstr (e, ==, "16 KiB");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/limits-doc/number-formats", test_number_formats);
  g_test_add_func ("/stride/limits-doc/pack", test_pack_limits);
  g_test_add_func ("/stride/limits-doc/items-per-kind", test_items_per_kind);
  g_test_add_func ("/stride/limits-doc/command-line", test_command_line_limits);

  return g_test_run ();
}
