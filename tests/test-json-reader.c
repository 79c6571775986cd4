/* test-json-reader.c — the one strict, bounded reader for untrusted JSON
 *
 * Every input the attack used is generated here, never committed as a big file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "stride-json-document.h"
#include "stride-json-reader.h"
#include "stride-test-utils.h"

typedef struct
{
  const char *input;
  const char *message;            /* NULL: accepted */
} Case;

static const Case cases[] = {
  /* Accepted: all of RFC 8259, nothing more. */
  { "{}", NULL },
  { " [1, -0, 0.5, 1e+20, 1.5E-3, -12, true, false, null] ", NULL },
  { "\"\\u00e9\\ud83d\\ude00\\n\\t\\/\\\\\"", NULL },
  { "42", NULL },
  { "{\"a\": {\"b\": [[]]}, \"c\": \"}\"}", NULL },
  { "{\"a\": 1, \"b\": {\"a\": 2}}", NULL },          /* the same key in two objects */
  /* Refused, each with its place. */
  { "", "1:1: the text is empty" },
  { "  \n ", "2:2: the text is empty" },
  { "{\"a\": 1} /* \" */", "1:10: comments are not allowed in JSON" },
  { "// note\n{}", "1:1: comments are not allowed in JSON" },
  { "{'a': 1}", "1:2: single quotes are not allowed in JSON: use double quotes" },
  { "{} {}", "1:4: more text after the end of the JSON document" },
  { "[045]", "1:2: a number may not start with 0 (write 45, not 045)" },
  { "[0x20]", "1:2: hexadecimal numbers are not allowed in JSON" },
  { "[+1]", "1:2: unexpected character “+”, expected a value (an object, array, string, number, true, false or null)" },
  { "[1.]", "1:4: unexpected character “]”, expected a digit after the decimal point" },
  { "[NaN]", "1:2: unexpected character “N”, expected a value (an object, array, string, number, true, false or null)" },
  { "[1,]", "1:4: unexpected character “]”, expected a value (an object, array, string, number, true, false or null)" },
  { "{\"a\": 1,}", "1:9: unexpected character “}”, expected a key in double quotes" },
  { "{\"a\\u0000\": 1}", "1:4: a string holds a NUL character (\\u0000)" },
  { "[\"\\ud800\"]", "1:3: a lone UTF-16 surrogate in a “\\u” escape" },
  { "[\"\\udc00\"]", "1:3: a lone UTF-16 surrogate in a “\\u” escape" },
  { "[\"\\x41\"]", "1:4: unexpected character “x”, expected an escape such as \\n, \\\" or \\u00e9" },
  { "[\"a\tb\"]", "1:4: a control character (U+0009) inside a string: it must be written as an escape" },
  { "[99999999999999999999]", "1:2: the number 99999999999999999999 is too large" },
  { "[-9223372036854775809]", "1:2: the number -9223372036854775809 is too large" },
  { "[1e999]", "1:2: the number 1e999 is too large" },
  { "{\"a\": 1, \"a\": 2}", "1:10: the key “a” appears twice in one object" },
  { "{\"a\": 1, \"\\u0061\": 2}", "1:10: the key “a” appears twice in one object" },
  { "{\"a\": 1,\n \"b\": 2,\n   \"a\": 3}", "3:4: the key “a” appears twice in one object" },
  { "{\"é\": [\"x\" 1]}", "1:12: unexpected character “1”, expected “,” or “]”" },
  { "[\"\xff\"]", "1:3: not valid UTF-8 text" },
  { "[1", "1:3: the text ends too early: expected “,” or “]”" },
  /* Invisible characters are named, not quoted as nothing. */
  { "\xef\xbb\xbf{}", "1:1: the file starts with a byte-order mark (U+FEFF), which JSON does not allow: "
    "save it as UTF-8 without a byte-order mark" },
  { "[1,\xc2\xa0" "2]", "1:4: unexpected invisible character U+00A0, expected a value (an object, array, string, number, true, false or null)" },
  { "{\"a\":\xe2\x80\x8b" "1}", "1:6: unexpected invisible character U+200B, expected a value (an object, array, string, number, true, false or null)" },
  { "[1\x01]", "1:3: unexpected invisible character U+0001, expected “,” or “]”" },
};

static void
test_strict (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *shown = stride_json_quote_for_message (cases[i].input, -1, 80);

      g_test_message ("case %u: %s", i, shown);
      root = stride_json_parse (cases[i].input, strlen (cases[i].input), NULL, 0, 8, &error);
      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_nonnull (root);
        }
      else
        {
          g_assert_null (root);
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, ==, cases[i].message);
        }
    }
}

/* A NUL byte in the text itself is refused like any control character. */
static void
test_raw_nul (void)
{
  static const char text[] = "[\"a\0b\"]";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = stride_json_parse (text, sizeof text - 1, "x.json", 0, 8, &error);

  g_assert_null (root);
  g_assert_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "x.json:1:4: a control character (U+0000) inside a string: it must be written as an escape");
}

static GString *
brackets (const char *prefix,
          guint       n)
{
  GString *text = g_string_new (prefix);

  for (guint i = 0; i < n; i++)
    g_string_append_c (text, '[');
  return text;
}

/* The attack: ~160 KB of brackets behind a comment holding a quote overflowed the stack
 * of every start. Also straight nesting, and nesting inside strings (which is not). */
static void
test_depth (void)
{
  g_autoptr(GString) hidden = brackets ("{\"a\": [] /* \" */ ", 160000);
  g_autoptr(GString) deep = brackets ("", 200000);
  g_autoptr(GString) quoted = g_string_new ("[\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  root = stride_json_parse (hidden->str, hidden->len, "pack.json", 0, 32, &error);
  g_assert_null (root);
  g_assert_cmpstr (error->message, ==, "pack.json:1:10: comments are not allowed in JSON");
  g_clear_error (&error);

  root = stride_json_parse (deep->str, deep->len, "pack.json", 0, 32, &error);
  g_assert_null (root);
  g_assert_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "pack.json:1:33: nested more than 32 levels deep");
  g_clear_error (&error);

  for (guint i = 0; i < 100000; i++)
    g_string_append (quoted, "[{");
  g_string_append (quoted, "\"]");
  root = stride_json_parse (quoted->str, quoted->len, NULL, 0, 2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);
}

static void
test_size_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = stride_json_parse ("[1, 2, 3]", 9, "a.json", 8, 8, &error);

  g_assert_null (root);
  g_assert_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "a.json: the text is 9 bytes, more than the limit of 8 bytes");
}

/* Integers stay integers and the numbers json-glib reads are the ones written. */
static void
test_numbers (void)
{
  g_autoptr(JsonNode) root = stride_json_parse ("[9223372036854775807, -9223372036854775807, 1e+20, 45]", 54,
                                                NULL, 0, 8, NULL);
  JsonArray *array = json_node_get_array (root);

  g_assert_cmpint (json_array_get_int_element (array, 0), ==, G_MAXINT64);
  g_assert_cmpint (json_array_get_int_element (array, 1), ==, -G_MAXINT64);
  g_assert_cmpfloat (json_array_get_double_element (array, 2), ==, 1e20);
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (array, 3)), ==, G_TYPE_INT64);
  g_assert_cmpint (json_array_get_int_element (array, 3), ==, 45);
}

/* Numbers too small to tell from 0 are valid JSON: read, not refused as "too large" (a
 * history holding one was set aside whole). */
static void
test_tiny_numbers (void)
{
  const char *text = "[5e-324, 1e-400, -1e-400, 2.2250738585072014e-308]";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = stride_json_parse (text, strlen (text), NULL, 0, 8, &error);
  JsonArray *array;

  g_assert_no_error (error);
  array = json_node_get_array (root);
  g_assert_cmpfloat (json_array_get_double_element (array, 0), >, 0);
  g_assert_cmpfloat (json_array_get_double_element (array, 0), <, 1e-300);
  g_assert_cmpfloat (fabs (json_array_get_double_element (array, 1)), <, 1e-300);
  g_assert_cmpfloat (fabs (json_array_get_double_element (array, 2)), <, 1e-300);
  g_assert_cmpfloat (json_array_get_double_element (array, 3), ==, 2.2250738585072014e-308);
}

static void
test_quote_for_message (void)
{
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autofree char *cut = NULL;
  g_autofree char *escaped = stride_json_quote_for_message ("a\nb\x1b[2Jc\u2028", -1, 40);

  g_assert_cmpstr (escaped, ==, "a\\u000Ab\\u001B[2Jc\\u2028");

  for (guint i = 0; i < 3 * 1024 * 1024; i++)
    g_string_append_c (huge, 'k');
  cut = stride_json_quote_for_message (huge->str, huge->len, 40);
  g_assert_cmpuint (g_utf8_strlen (cut, -1), ==, 41);
  g_assert_true (g_str_has_suffix (cut, "…"));
}

static void
test_message_with_name (void)
{
  g_autofree char *placed = stride_json_message_with_name ("f.json", "2:3: oops");
  g_autofree char *unplaced = stride_json_message_with_name ("f.json", "not a regular file");
  g_autofree char *path = stride_json_message_with_name ("f.json", "$.a: oops");

  g_assert_cmpstr (placed, ==, "f.json:2:3: oops");
  g_assert_cmpstr (unplaced, ==, "f.json: not a regular file");
  g_assert_cmpstr (path, ==, "f.json: $.a: oops");
}

/* A FIFO, a device or a folder is refused at once, without a single read. */
static void
test_read_never_blocks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-json-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "answers.json", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  const char *not_regular[] = { fifo, "/dev/zero", dir };
  gsize length = 0;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (not_regular); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *data = stride_json_read_bytes (not_regular[i], 1024, &length, &error);

      g_assert_null (data);
      g_assert_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_NOT_REGULAR);
      g_assert_cmpstr (error->message, ==, i == 2 ? "this is a folder: give a JSON file"
                                                  : "this is not an ordinary file (a pipe or a device, for example): give a JSON file");
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) root = stride_json_load (missing, "missing.json", 1024, 8, &error);

    g_assert_null (root);
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
    g_assert_cmpstr (error->message, ==, "missing.json: no such file");
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) root = NULL;

    g_assert_true (g_file_set_contents (big, "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]", -1, NULL));
    root = stride_json_load (big, "big.json", 16, 8, &error);
    g_assert_null (root);
    g_assert_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_TOO_LARGE);
    g_assert_cmpstr (error->message, ==, "big.json: the file is 31 bytes, more than the limit of 16 bytes");
  }

  g_remove (fifo);
  g_remove (big);
  g_rmdir (dir);
}

/* The user's own files go through the same reader: a deeply nested history is set aside
 * with its place, not parsed into a stack overflow on every start. */
static void
test_document_deep (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-json-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(GString) deep = brackets ("{\"version\": 1, \"entries\": ", 200000);
  g_autoptr(JsonObject) root = NULL;
  g_autofree char *notice = NULL;
  StrideDocumentStatus status;
  g_autoptr(GDir) listing = NULL;
  guint n_aside = 0;

  g_assert_true (g_file_set_contents (path, deep->str, deep->len, NULL));
  root = stride_json_document_load (path, 1, "history", "entries", &status, &notice);
  g_assert_nonnull (root);
  g_assert_cmpint (status, ==, STRIDE_DOCUMENT_MOVED_ASIDE);
  g_test_message ("notice: %s", notice);
  g_assert_nonnull (strstr (notice, "1:58: nested more than 32 levels deep"));
  g_assert_null (stride_json_document_peek (path));

  listing = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    {
      g_autofree char *aside = g_build_filename (dir, name, NULL);

      g_remove (aside);
      if (g_str_equal (name, "history.json.lock"))
        continue;
      g_assert_true (g_str_has_prefix (name, "history.json.corrupt-"));
      n_aside++;
    }
  g_assert_cmpuint (n_aside, ==, 1);
  g_rmdir (dir);
}

/* ---- The command line ---- */

static void
run_with_stdin_file (StrideTestRun      *run,
                     const char * const *args,
                     const char         *stdin_path)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) g_getenv ("STRIDE_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_set_stdin_file_path (launcher, stdin_path);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

static void
assert_one_line (const StrideTestRun *run,
                 const char          *expected)
{
  g_test_message ("stderr: %s", run->err);
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, expected);
}

static void
test_cli_not_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-json-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "in.json", NULL);
  g_autofree char *match_fifo = NULL;
  StrideTestRun run = { 0 };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  stride_test_run_stride (&run, (const char *[]) { "--match", fifo, NULL }, NULL, NULL);
  match_fifo = g_strdup_printf ("stride: --match: %s: this is not an ordinary file (a pipe or a device, for example): give a JSON file\n", fifo);
  assert_one_line (&run, match_fifo);
  stride_test_run_clear (&run);

  stride_test_run_stride (&run, (const char *[]) { "--assess", "/dev/zero", NULL }, NULL, NULL);
  assert_one_line (&run, "stride: --assess: /dev/zero: this is not an ordinary file (a pipe or a device, for example): give a JSON file\n");
  stride_test_run_clear (&run);

  /* An endless standard input stops at the cap. */
  run_with_stdin_file (&run, (const char *[]) { "--assess", "-", NULL }, "/dev/zero");
  assert_one_line (&run, "stride: --assess: standard input: the input is more than the limit of 4 MiB\n");
  stride_test_run_clear (&run);

  g_remove (fifo);
  g_rmdir (dir);
}

static void
test_cli_strict (void)
{
  g_autoptr(GString) hidden = brackets ("{\"results\": {}} /* \" */ ", 160000);
  g_autoptr(GString) deep = brackets ("{\"answers\": ", 100000);
  StrideTestRun run = { 0 };

  stride_test_run_stride (&run, (const char *[]) { "--assess", "-", NULL }, hidden->str, NULL);
  assert_one_line (&run, "stride: --assess: standard input:1:17: comments are not allowed in JSON\n");
  stride_test_run_clear (&run);

  stride_test_run_stride (&run, (const char *[]) { "--match", "-", NULL }, deep->str, NULL);
  assert_one_line (&run, "stride: --match: standard input:1:28: nested more than 16 levels deep\n");
  stride_test_run_clear (&run);

  /* A second "results" silently dropped findings; now both commands refuse it. */
  stride_test_run_stride (&run, (const char *[]) { "--assess", "-", NULL }, "{\"results\": {}, \"results\": {}}", NULL);
  assert_one_line (&run, "stride: --assess: standard input:1:17: the key “results” appears twice in one object\n");
  stride_test_run_clear (&run);

  stride_test_run_stride (&run, (const char *[]) { "--match", "-", NULL }, "{\"answers\": {\"age\": 045}}", NULL);
  assert_one_line (&run, "stride: --match: standard input:1:21: a number may not start with 0 (write 45, not 045)\n");
  stride_test_run_clear (&run);

  stride_test_run_stride (&run, (const char *[]) { "--assess", "-", NULL }, "", NULL);
  assert_one_line (&run, "stride: --assess: standard input: empty input: expected an object with “results”\n");
  stride_test_run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/json-reader/strict", test_strict);
  g_test_add_func ("/stride/json-reader/raw-nul", test_raw_nul);
  g_test_add_func ("/stride/json-reader/depth", test_depth);
  g_test_add_func ("/stride/json-reader/size-limit", test_size_limit);
  g_test_add_func ("/stride/json-reader/numbers", test_numbers);
  g_test_add_func ("/stride/json-reader/tiny-numbers", test_tiny_numbers);
  g_test_add_func ("/stride/json-reader/quote-for-message", test_quote_for_message);
  g_test_add_func ("/stride/json-reader/message-with-name", test_message_with_name);
  g_test_add_func ("/stride/json-reader/read-never-blocks", test_read_never_blocks);
  g_test_add_func ("/stride/json-reader/document-deep", test_document_deep);
  g_test_add_func ("/stride/json-reader/cli-not-regular", test_cli_not_regular);
  g_test_add_func ("/stride/json-reader/cli-strict", test_cli_strict);

  return g_test_run ();
}
