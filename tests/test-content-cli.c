/* test-content-cli.c — --validate, --vocabulary and the launch options that name content
 *
 * These run the real `stride` binary with no display, as a content author, a script or a
 * packager would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

#include "stride-test-utils.h"

/* Runs stride with ARGS, no display, and the bundled pack in CONTENT_DIR (NULL: the
 * build's bundled pack). */
static void
run_stride (StrideTestRun      *result,
            const char         *content_dir,
            const char * const *args)
{
  /* No user packs from the machine running the tests. */
  const char *env[] = { "XDG_DATA_HOME", "/nonexistent",
                        content_dir != NULL ? "STRIDE_CONTENT_DIR" : NULL, content_dir, NULL };

  stride_test_run_stride (result, args, NULL, env);
}

static char *
example_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "packs", "example", NULL);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* The pack that ships with Stride is valid: the app depends on it. */
static void
test_validate_bundled (void)
{
  const char *args[] = { "--validate", NULL };
  StrideTestRun result = { 0 };

  run_stride (&result, NULL, args);
  if (result.status != 0)
    g_test_message ("%s", result.err);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, ": valid ("));
  g_assert_cmpstr (result.err, ==, "");
  stride_test_run_clear (&result);
}

static void
test_validate_example (void)
{
  g_autofree char *dir = example_dir ();
  const char *args[] = { "--validate", dir, NULL };
  g_autofree char *expected = g_strdup_printf ("%s: valid (1 structures, 1 conditions, 3 questions, "
                                               "1 red flags, 1 self-tests, 2 exercises, 1 routines, "
                                               "2 videos, 1 programs)\n", dir);
  StrideTestRun result = { 0 };

  /* As the bundled pack: as a user pack beside Stride's own it would redefine its ids. */
  run_stride (&result, dir, args);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, expected);
  stride_test_run_clear (&result);
}

/* Each problem on its own line on stderr, then a summary; exit status 1. */
static void
test_validate_invalid (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("stride-cli-XXXXXX", NULL);
  g_autofree char *manifest = g_build_filename (tmp, "manifest.json", NULL);
  g_autofree char *items = g_build_filename (tmp, "items.json", NULL);
  g_autofree char *expected = NULL;
  const char *args[] = { "--validate", tmp, NULL };
  StrideTestRun result = { 0 };

  g_assert_true (g_file_set_contents (manifest,
    "{\"id\": \"broken\", \"title\": \"Broken\", \"version\": \"1\", \"language\": \"en\", "
    "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", -1, NULL));
  g_assert_true (g_file_set_contents (items,
    "{\"cautions\": [{\"id\": \"c\", \"text\": 5, \"avoid\": [], \"colour\": \"red\"}]}", -1, NULL));

  run_stride (&result, NULL, args);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  expected = g_strdup_printf ("%s/items.json: $.cautions[0]: unknown field “colour”\n"
                              "%s/items.json: $.cautions[0].text: expected a string, found a number\n"
                              "%s: 2 problems: the pack is not valid\n", tmp, tmp, tmp);
  g_assert_cmpstr (result.err, ==, expected);
  stride_test_run_clear (&result);

  g_remove (items);
  g_remove (manifest);
  g_rmdir (tmp);
}

/* A pack of N cautions in DIR. */
static void
write_cautions_pack (const char *dir,
                     guint       n)
{
  g_autofree char *manifest = g_build_filename (dir, "manifest.json", NULL);
  g_autofree char *items = g_build_filename (dir, "items.json", NULL);
  g_autoptr(GString) text = g_string_new ("{\"cautions\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": \"many_%04u\", \"text\": \"Take care.\", \"avoid\": []}",
                            i > 0 ? ", " : "", i);
  g_string_append (text, "]}");
  g_assert_true (g_file_set_contents (manifest,
    "{\"id\": \"many\", \"title\": \"Many\", \"version\": \"1\", \"language\": \"en\", "
    "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", -1, NULL));
  g_assert_true (g_file_set_contents (items, text->str, -1, NULL));
}

/* Items per kind are limited, so a pack cannot make start-up long: --validate says what
 * the app says, once, at the first item too many; the limit itself is fine. */
static void
test_validate_item_limit (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("stride-cli-XXXXXX", NULL);
  g_autofree char *expected = NULL;
  const char *args[] = { "--validate", tmp, NULL };
  StrideTestRun result = { 0 };

  write_cautions_pack (tmp, 1001);
  run_stride (&result, NULL, args);
  g_assert_cmpint (result.status, ==, 1);
  expected = g_strdup_printf ("%s/items.json: $.cautions[1000]: too many caution items: a pack may have at most 1000\n"
                              "%s: 1 problem: the pack is not valid\n", tmp, tmp);
  g_assert_cmpstr (result.err, ==, expected);
  stride_test_run_clear (&result);

  write_cautions_pack (tmp, 1000);
  run_stride (&result, NULL, args);
  if (result.status != 0)
    g_test_message ("%s", result.err);
  g_assert_cmpint (result.status, ==, 0);
  stride_test_run_clear (&result);

  stride_test_remove_tree (tmp);
}

/* A video file that is a pipe (which would block the player) or a folder is named as not
 * a regular file; a missing one is allowed (a quick build renders no videos). */
static void
test_validate_not_regular_video (void)
{
  g_autofree char *example = example_dir ();
  g_autofree char *tmp = g_dir_make_tmp ("stride-cli-XXXXXX", NULL);
  g_autofree char *manifest = g_build_filename (tmp, "manifest.json", NULL);
  g_autofree char *items = g_build_filename (tmp, "items.json", NULL);
  g_autofree char *videos = g_build_filename (tmp, "videos", NULL);
  g_autofree char *pipe = g_build_filename (videos, "pipe.webm", NULL);
  g_autofree char *folder = g_build_filename (videos, "folder.webm", NULL);
  g_autofree char *expected = NULL;
  const char *args[] = { "--validate", tmp, NULL };
  StrideTestRun result = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  g_assert_true (g_file_set_contents (manifest,
    "{\"id\": \"pipes\", \"title\": \"Pipes\", \"version\": \"1\", \"language\": \"en\", "
    "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", -1, NULL));
  g_assert_true (g_file_set_contents (items,
    "{\"videos\": [{\"id\": \"piped\", \"file\": \"videos/pipe.webm\"},"
    "              {\"id\": \"foldered\", \"file\": \"videos/folder.webm\"},"
    "              {\"id\": \"missing\", \"file\": \"videos/not-rendered.webm\"}]}", -1, NULL));

  run_stride (&result, example, args);
  g_assert_cmpint (result.status, ==, 1);
  expected = g_strdup_printf ("%s/items.json: $.videos[0].file: “videos/pipe.webm” is not a regular file (it is a pipe): a video must be a file\n"
                              "%s/items.json: $.videos[1].file: “videos/folder.webm” is not a regular file (it is a folder): a video must be a file\n"
                              "%s: 2 problems: the pack is not valid\n", tmp, tmp, tmp);
  g_assert_cmpstr (result.err, ==, expected);
  stride_test_run_clear (&result);
  stride_test_remove_tree (tmp);
}

/* A user pack that refers to the bundled pack is valid as an add-on to it. */
static void
test_validate_add_on (void)
{
  g_autofree char *example = example_dir ();
  g_autofree char *tmp = g_dir_make_tmp ("stride-cli-XXXXXX", NULL);
  g_autofree char *manifest = g_build_filename (tmp, "manifest.json", NULL);
  g_autofree char *items = g_build_filename (tmp, "items.json", NULL);
  g_autofree char *expected = NULL;
  const char *args[] = { "--validate", tmp, NULL };
  StrideTestRun result = { 0 };

  g_assert_true (g_file_set_contents (manifest,
    "{\"id\": \"add_on\", \"title\": \"Add-on\", \"version\": \"1\", \"language\": \"en\", "
    "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", -1, NULL));
  g_assert_true (g_file_set_contents (items,
    "{\"findings\": [{\"id\": \"add_on_finding\", \"name\": \"More\", \"text\": \"More.\", "
    "\"exercises\": [\"example_bridge\"]}]}", -1, NULL));

  run_stride (&result, example, args);
  g_assert_cmpint (result.status, ==, 0);
  expected = g_strdup_printf ("%s: valid as an add-on to the bundled pack (together: 1 structures, "
                              "1 conditions, 3 questions, 1 red flags, 1 self-tests, 2 exercises, "
                              "1 routines, 2 videos, 1 programs)\n", tmp);
  g_assert_cmpstr (result.out, ==, expected);
  stride_test_run_clear (&result);

  g_remove (items);
  g_remove (manifest);
  g_rmdir (tmp);
}

/* A copy of the bundled pack under another id is valid on its own, but the app refuses it
 * as a user pack (it redefines every bundled id): --validate says so too. */
static void
test_validate_redefining (void)
{
  g_autofree char *example = example_dir ();
  g_autofree char *tmp = g_dir_make_tmp ("stride-cli-XXXXXX", NULL);
  g_autofree char *manifest = g_build_filename (tmp, "manifest.json", NULL);
  g_autofree char *suffix = NULL;
  g_autoptr(GDir) dir = g_dir_open (example, 0, NULL);
  const char *args[] = { "--validate", tmp, NULL };
  StrideTestRun result = { 0 };

  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *from = g_build_filename (example, name, NULL);
      g_autofree char *to = g_build_filename (tmp, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (from, &text, &length, NULL));
      if (g_str_equal (name, "manifest.json"))
        {
          char *id = strstr (text, "\"example\"");

          g_assert_nonnull (id);
          memcpy (id, "\"copy_12\"", 9);   /* as long as "example" */
        }
      g_assert_true (g_file_set_contents (to, text, length, NULL));
    }

  run_stride (&result, example, args);
  g_test_message ("%s", result.err);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  suffix = g_strdup_printf ("%s: valid on its own, but Stride refuses it as a user pack", tmp);
  g_assert_nonnull (strstr (result.err, suffix));
  g_assert_nonnull (strstr (result.err, "example_side_pain"));
  stride_test_run_clear (&result);
  stride_test_remove_tree (tmp);
}

/* Copies the pack in FROM (its JSON files) into a new folder; returns the folder. */
static char *
copy_pack (const char *from)
{
  g_autofree char *tmp = g_dir_make_tmp ("stride-cli-XXXXXX", NULL);
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);

  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (tmp, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (source, &text, &length, NULL));
      g_assert_true (g_file_set_contents (target, text, length, NULL));
    }
  return g_steal_pointer (&tmp);
}

/* The bundled pack is not an add-on to itself: named by another path, or copied (the
 * source tree's copy of the build's), it validates on its own, without a line per id
 * clashing with its own loaded copy. */
static void
test_validate_bundled_elsewhere (void)
{
  g_autofree char *example = example_dir ();
  g_autofree char *spelled = g_build_filename (example, ".", NULL);
  g_autofree char *copy = copy_pack (example);
  const char *dirs[] = { spelled, copy };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      const char *args[] = { "--validate", dirs[i], NULL };
      g_autofree char *expected = g_strdup_printf ("%s: valid (", dirs[i]);
      StrideTestRun result = { 0 };

      run_stride (&result, example, args);
      g_assert_cmpstr (result.err, ==, "");
      g_assert_cmpint (result.status, ==, 0);
      g_assert_true (g_str_has_prefix (result.out, expected));
      stride_test_run_clear (&result);
    }
  stride_test_remove_tree (copy);
}

/* Another pack that reuses one bundled id gets that one clash reported, nothing else. */
static void
test_validate_one_clash (void)
{
  g_autofree char *example = example_dir ();
  g_autofree char *tmp = g_dir_make_tmp ("stride-cli-XXXXXX", NULL);
  g_autofree char *manifest = g_build_filename (tmp, "manifest.json", NULL);
  g_autofree char *items = g_build_filename (tmp, "items.json", NULL);
  const char *args[] = { "--validate", tmp, NULL };
  StrideTestRun result = { 0 };
  const char *clash;

  g_assert_true (g_file_set_contents (manifest,
    "{\"id\": \"clash\", \"title\": \"Clash\", \"version\": \"1\", \"language\": \"en\", "
    "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", -1, NULL));
  g_assert_true (g_file_set_contents (items,
    "{\"findings\": [{\"id\": \"clash_finding\", \"name\": \"More\", \"text\": \"More.\", "
    "\"exercises\": [\"example_bridge\"]}, {\"id\": \"example_weak_glute\", \"name\": \"Again\", "
    "\"text\": \"Again.\", \"exercises\": [\"example_bridge\"]}]}", -1, NULL));

  run_stride (&result, example, args);
  g_assert_cmpint (result.status, ==, 1);
  clash = strstr (result.err, "the finding id “example_weak_glute” is already used by pack “example”");
  g_assert_nonnull (clash);
  g_assert_null (strstr (strstr (clash, "already used") + 1, "already used"));
  g_assert_cmpuint (count_lines (result.err), ==, 2);   /* the clash, then the summary */
  stride_test_run_clear (&result);
  stride_test_remove_tree (tmp);
}

/* XDG_DATA_HOME with N_BROKEN user packs whose manifest has a comment (not JSON). */
static char *
make_broken_user_packs (guint n_broken)
{
  g_autofree char *data_home = g_dir_make_tmp ("stride-cli-XXXXXX", NULL);

  for (guint i = 0; i < n_broken; i++)
    {
      g_autofree char *name = g_strdup_printf ("broken%02u", i);
      g_autofree char *dir = g_build_filename (data_home, "stride", "packs", name, NULL);
      g_autofree char *manifest = g_build_filename (dir, "manifest.json", NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (manifest, "{\"id\": \"broken\", /* x */}", -1, NULL));
    }
  return g_steal_pointer (&data_home);
}

static void
run_stride_with_data_home (StrideTestRun      *result,
                           const char         *data_home,
                           const char * const *args,
                           const char         *input)
{
  const char *env[] = { "XDG_DATA_HOME", data_home, NULL };

  stride_test_run_stride (result, args, input, env);
}

typedef struct
{
  const char *option;
  const char *input;
} HeadlessCase;

static const HeadlessCase headless_cases[] = {
  { "--match", "{\"answers\": {\"location\": [\"side_of_hip\"]}}" },
  { "--assess", "{\"results\": {\"sit_and_reach\": {\"reach_cm\": 4}}}" },
  { "--program-status", "{\"program\": \"gluteal_tendinopathy_program\", \"started\": \"2026-11-02\", "
                        "\"today\": \"2026-11-30\"}" },
  { "--vocabulary", NULL },
};

/* A broken user pack is not skipped silently by a headless command: one line on
 * standard error per pack, in the command line's one shape; standard output and the exit
 * status are what they are without the pack. */
static void
test_headless_broken_pack (void)
{
  g_autofree char *data_home = make_broken_user_packs (2);

  for (guint i = 0; i < G_N_ELEMENTS (headless_cases); i++)
    {
      const HeadlessCase *c = &headless_cases[i];
      const char *args[] = { c->option, c->input != NULL ? "-" : NULL, NULL };
      g_autofree char *first = g_strdup_printf ("stride: %s: content pack “broken00” skipped: %s/stride/packs/"
                                                "broken00/manifest.json:1:18: comments are not allowed in JSON\n",
                                                c->option, data_home);
      StrideTestRun clean = { 0 };
      StrideTestRun broken = { 0 };

      run_stride_with_data_home (&clean, "/nonexistent", args, c->input);
      run_stride_with_data_home (&broken, data_home, args, c->input);
      g_test_message ("%s: %s", c->option, broken.err);
      g_assert_cmpint (clean.status, ==, 0);
      g_assert_cmpstr (clean.err, ==, "");
      g_assert_cmpint (broken.status, ==, clean.status);
      g_assert_cmpstr (broken.out, ==, clean.out);
      g_assert_true (g_str_has_prefix (broken.err, first));
      g_assert_cmpuint (count_lines (broken.err), ==, 2);
      g_assert_nonnull (strstr (broken.err, "“broken01” skipped"));
      stride_test_run_clear (&clean);
      stride_test_run_clear (&broken);
    }
  stride_test_remove_tree (data_home);
}

/* Many broken packs: a few lines, then one that counts the rest (not a line per pack). */
static void
test_headless_many_broken_packs (void)
{
  g_autofree char *data_home = make_broken_user_packs (40);
  const char *args[] = { "--vocabulary", NULL };
  g_autofree char *last = NULL;
  StrideTestRun result = { 0 };

  run_stride_with_data_home (&result, data_home, args, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpuint (count_lines (result.err), ==, 6);
  last = g_strdup_printf ("stride: --vocabulary: 35 more content packs skipped in %s/stride/packs\n", data_home);
  g_assert_true (g_str_has_suffix (result.err, last));
  stride_test_run_clear (&result);
  stride_test_remove_tree (data_home);
}

/* An unknown launch id may be one a skipped pack would have added: the packs are named. */
static void
test_launch_unknown_with_broken_pack (void)
{
  g_autofree char *data_home = make_broken_user_packs (1);
  const char *args[] = { "--exercise=pack_only_exercise", NULL };
  StrideTestRun result = { 0 };

  run_stride_with_data_home (&result, data_home, args, NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, "stride: --exercise: content pack “broken00” skipped: "));
  g_assert_true (g_str_has_suffix (result.err, "stride: unknown exercise “pack_only_exercise” "
                                               "(run “stride --vocabulary” to list them)\n"));
  stride_test_run_clear (&result);
  stride_test_remove_tree (data_home);
}

typedef struct
{
  const char *name;
  const char *args[4];
  int         status;
  const char *err_contains;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "validate-missing-dir", { "--validate", "/nonexistent/pack", NULL }, 2, "“/nonexistent/pack”" },
  { "validate-two-dirs", { "--validate", "/tmp", "/var", NULL }, 2, "“/var”" },
  { "stray-argument", { "kneecaps", NULL }, 2, "“kneecaps”" },
  { "unknown-structure", { "--structure=kneecap", NULL }, 2, "unknown structure “kneecap”" },
  { "unknown-condition", { "--condition=housemaids_knee", NULL }, 2, "unknown condition “housemaids_knee”" },
  { "unknown-exercise", { "--exercise=burpee", NULL }, 2, "unknown exercise “burpee”" },
  { "unknown-test", { "--test=hop_test", NULL }, 2, "unknown test “hop_test”" },
  { "unknown-routine", { "--routine=marathon", NULL }, 2, "unknown routine “marathon”" },
};

static void
test_usage (gconstpointer data)
{
  const UsageCase *usage = data;
  g_autofree char *example = example_dir ();
  StrideTestRun result = { 0 };

  run_stride (&result, example, usage->args);
  g_assert_cmpint (result.status, ==, usage->status);
  g_assert_nonnull (strstr (result.err, usage->err_contains));
  g_assert_cmpstr (result.out, ==, "");
  /* Launch options: one line, no window (there is no display: a window would fail). */
  if (g_str_has_prefix (usage->args[0], "--") && !g_str_equal (usage->args[0], "--validate"))
    g_assert_cmpuint (count_lines (result.err), ==, 1);
  stride_test_run_clear (&result);
}

/* --vocabulary prints every id of the example pack, as JSON. */
static void
test_vocabulary (void)
{
  static const char * const keys[] = {
    "structures", "questions", "red_flags", "conditions", "findings", "cautions", "exercises",
    "tests", "routines", "videos", "programs",
  };
  g_autofree char *example = example_dir ();
  const char *args[] = { "--vocabulary", NULL };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  StrideTestRun result = { 0 };
  JsonObject *object, *questions, *tests;

  run_stride (&result, example, args);
  g_assert_cmpint (result.status, ==, 0);
  root = json_from_string (result.out, &error);
  g_assert_no_error (error);
  object = json_node_get_object (root);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (object, keys[i]));
  g_assert_cmpuint (json_object_get_size (object), ==, G_N_ELEMENTS (keys));

  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (object, "conditions"), 0),
                   ==, "example_side_pain");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "exercises")), ==, 2);
  questions = json_object_get_object_member (object, "questions");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (questions, "example_age"),
                                                  "kind"), ==, "number");
  tests = json_object_get_object_member (object, "tests");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (tests, "example_stance"),
                                                 "per_side"));
  /* Pretty-printed, for people reading it. */
  g_assert_nonnull (strstr (result.out, "\n  \"structures\""));
  stride_test_run_clear (&result);
}

/* docs/command-line.md: the ids code, tests and outside checks rely on. */
static const char * const contract_structures[] = {
  "gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis", "tfl", "iliopsoas",
  "rectus_femoris", "hamstrings", "adductors", "quadriceps", "hip_joint", "sacroiliac_joint", NULL
};
static const char * const contract_conditions[] = {
  "trochanteric_bursitis", "hip_flexor_pain", "runners_knee", "lower_back_pain", "sciatica_piriformis",
  "itb_syndrome", "proximal_hamstring_tendinopathy", "adductor_groin_pain", "hip_impingement",
  "femoral_neck_stress_fracture", "osteitis_pubis", NULL
};
static const char * const contract_exercises[] = {
  "kneeling_hip_flexor_stretch", "figure_four_stretch", "tfl_stretch", "hamstring_strap_stretch",
  "adductor_stretch", "glute_stretch", "clamshell", "side_lying_hip_abduction", "glute_bridge",
  "single_leg_bridge", "band_walk", "side_plank", "side_plank_leg_lift", "single_leg_rdl", "step_up",
  "copenhagen_plank", "hip_airplane", NULL
};
static const char * const contract_routines[] = {
  "hip_stretch_routine", "hip_strength_routine", "hip_assessment", NULL
};
static const char * const contract_findings[] = {
  "tight_hip_flexors", "tight_rectus_femoris", "tight_tfl", "tight_hamstrings", "restricted_hip_rotation",
  "weak_glute_medius", "weak_glute_max", "poor_single_leg_control", "low_side_endurance", "asymmetry",
  "pain_on_testing", NULL
};
static const char * const contract_tests[] = {
  "thomas_test", "ober_test", "straight_leg_raise", "faber_test", "sit_and_reach", "hip_rotation",
  "single_leg_stance", "single_leg_squat", "side_plank_hold", "single_leg_bridge", NULL
};
static const char * const contract_questions[] = {
  "location", "character", "aggravators", "easing", "onset", "training_change", "timing", "duration",
  "severity", "age", "sex", "red_flags", NULL
};

/* The keys of an object member of VOCABULARY (questions, tests) hold IDS. */
static void
assert_keys (JsonObject         *vocabulary,
             const char         *key,
             const char * const *ids)
{
  JsonObject *object = json_object_get_object_member (vocabulary, key);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (!json_object_has_member (object, ids[i]))
        g_test_message ("the bundled pack has no %s “%s”", key, ids[i]);
      g_assert_true (json_object_has_member (object, ids[i]));
    }
}

static void
assert_ids (JsonObject         *vocabulary,
            const char         *key,
            const char * const *ids)
{
  JsonArray *array = json_object_get_array_member (vocabulary, key);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < json_array_get_length (array) && !found; j++)
        found = g_str_equal (json_array_get_string_element (array, j), ids[i]);
      if (!found)
        g_test_message ("the bundled pack has no %s “%s”", key, ids[i]);
      g_assert_true (found);
    }
}

static void
test_bundled_has_contract_ids (void)
{
  const char *args[] = { "--vocabulary", NULL };
  g_autoptr(JsonNode) root = NULL;
  StrideTestRun result = { 0 };
  JsonObject *object;

  run_stride (&result, NULL, args);
  g_assert_cmpint (result.status, ==, 0);
  root = json_from_string (result.out, NULL);
  object = json_node_get_object (root);

  if (json_array_get_length (json_object_get_array_member (object, "conditions")) == 0)
    {
      /* The pack's prose is written on another branch; until it is merged the pack is empty. */
      g_test_skip ("the bundled pack has no conditions yet (its prose lands with the pack branch)");
      stride_test_run_clear (&result);
      return;
    }

  assert_ids (object, "structures", contract_structures);
  assert_ids (object, "conditions", contract_conditions);
  assert_ids (object, "exercises", contract_exercises);
  assert_ids (object, "routines", contract_routines);
  assert_ids (object, "findings", contract_findings);
  assert_keys (object, "tests", contract_tests);
  assert_keys (object, "questions", contract_questions);
  stride_test_run_clear (&result);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/content-cli/validate-bundled", test_validate_bundled);
  g_test_add_func ("/stride/content-cli/validate-example", test_validate_example);
  g_test_add_func ("/stride/content-cli/validate-invalid", test_validate_invalid);
  g_test_add_func ("/stride/content-cli/validate-add-on", test_validate_add_on);
  g_test_add_func ("/stride/content-cli/validate-not-regular-video", test_validate_not_regular_video);
  g_test_add_func ("/stride/content-cli/validate-item-limit", test_validate_item_limit);
  g_test_add_func ("/stride/content-cli/validate-redefining", test_validate_redefining);
  g_test_add_func ("/stride/content-cli/validate-bundled-elsewhere", test_validate_bundled_elsewhere);
  g_test_add_func ("/stride/content-cli/validate-one-clash", test_validate_one_clash);
  g_test_add_func ("/stride/content-cli/vocabulary", test_vocabulary);
  g_test_add_func ("/stride/content-cli/headless-broken-pack", test_headless_broken_pack);
  g_test_add_func ("/stride/content-cli/headless-many-broken-packs", test_headless_many_broken_packs);
  g_test_add_func ("/stride/content-cli/launch-unknown-broken-pack", test_launch_unknown_with_broken_pack);
  g_test_add_func ("/stride/content-cli/bundled-has-contract-ids", test_bundled_has_contract_ids);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/content-cli/usage/%s", usage_cases[i].name);
      g_test_add_data_func (path, &usage_cases[i], test_usage);
    }

  return g_test_run ();
}
