/* test-content.c — the content loader: every kind of error, references, user packs
 *
 * Each error case copies the example pack (tests/packs/example, the one content authors
 * are pointed to) into a temporary directory, breaks it in one way, and checks the exact
 * messages: what a content author reads when their pack is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stride-content.h"
#include "stride-content-cli.h"
#include "stride-content-private.h"
#include "stride-test-utils.h"

/* A change to one file of the pack: set (or, with value NULL, delete) the member at a
 * JSON path "$.a[0].b"; a path ending in "[+]" appends to an array. With path NULL the
 * whole file becomes value; "@DEEP", "@HUGE" and "@LONG" stand for generated files. */
typedef struct
{
  const char *file;
  const char *path;
  const char *value;
} Edit;

typedef struct
{
  const char *name;
  Edit        edits[4];
  const char *expected[12];
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "syntax",
    { { "anatomy.json", NULL, "{\"structures\": [\n  {\"id\": \"a\" \"name\": 1}\n]}" } },
    { "anatomy.json:2:14: unexpected character “\"”, expected “,” or “}”" } },
  { "not-utf8",
    { { "anatomy.json", NULL, "{\"structures\": [\n\"\xff\"]}" } },
    { "anatomy.json:2:2: not valid UTF-8 text" } },
  { "root-not-object",
    { { "anatomy.json", NULL, "[]" } },
    { "anatomy.json: $: expected an object, found an array" } },
  { "empty-file",
    { { "anatomy.json", NULL, "" } },
    { "anatomy.json: the file is empty; expected an object" } },
  { "duplicate-key",
    { { "anatomy.json", NULL, "{\"structures\": [],\n \"structures\": []}" } },
    { "anatomy.json:2:2: the key “structures” appears twice in one object" } },
  { "wrong-type",
    { { "conditions.json", "$.conditions[0].who", "3" } },
    { "conditions.json: $.conditions[0].who: expected a string, found a number" } },
  { "wrong-type-list",
    { { "conditions.json", "$.conditions[0].worse_with", "\"Lying on that side\"" } },
    { "conditions.json: $.conditions[0].worse_with: expected an array, found a string" } },
  { "wrong-type-bool",
    { { "self-tests.json", "$.tests[0].per_side", "\"yes\"" } },
    { "self-tests.json: $.tests[0].per_side: expected true or false, found a string" } },
  { "wrong-type-whole-number",
    { { "exercises.json", "$.exercises[0].dose.sets", "2.5" } },
    { "exercises.json: $.exercises[0].dose.sets: expected a whole number from 0 to 100" } },
  { "bad-enum",
    { { "anatomy.json", "$.structures[0].kind", "\"ligament\"" } },
    { "anatomy.json: $.structures[0].kind: “ligament” is not one of: muscle, joint, tendon, fascia, bone, nerve" } },
  { "bad-shape-layer",
    { { "anatomy.json", "$.structures[0].shapes[0].layer", "\"middle\"" } },
    { "anatomy.json: $.structures[0].shapes[0].layer: “middle” is not one of: superficial, deep" } },
  { "bad-shape-fibres",
    { { "anatomy.json", "$.structures[0].shapes[0].fibres", "[[10, 10], [20, 10], [15, 40], [16, 40], [17, 40]]" } },
    { "anatomy.json: $.structures[0].shapes[0].fibres: fibres are four points: the origin's two ends, then the insertion's" } },
  { "shape-fibre-outside-box",
    { { "anatomy.json", "$.structures[0].shapes[0].fibres", "[[10, 10], [20, 10], [15, 140], [16, 40]]" } },
    { "anatomy.json: $.structures[0].shapes[0].fibres[2]: a point lies in the 100 × 100 box: 0 to 100" } },
  { "empty-text",
    { { "conditions.json", "$.conditions[0].feels", "\"  \"" } },
    { "conditions.json: $.conditions[0].feels: text must not be empty" } },
  { "missing-field",
    { { "conditions.json", "$.conditions[0].summary", NULL } },
    { "conditions.json: $.conditions[0]: missing field “summary”" } },
  { "missing-manifest-field",
    { { "manifest.json", "$.licence", NULL } },
    { "manifest.json: $: missing field “licence”" } },
  { "unknown-key",
    { { "conditions.json", "$.conditions[0].sumary", "\"A typo\"" } },
    { "conditions.json: $.conditions[0]: unknown field “sumary”" } },
  { "unknown-kind",
    { { "anatomy.json", "$.muscles", "[]" } },
    { "anatomy.json: $: unknown field “muscles” (expected structures, questions, red_flags, conditions, "
      "findings, cautions, exercises, tests, routines, videos, programs, profiles)" } },
  { "missing-file",
    { { "manifest.json", "$.files[+]", "\"extra.json\"" } },
    { "extra.json: no such file in the pack" } },
  /* Every kind of cross-reference */
  { "ref-condition-structure",
    { { "conditions.json", "$.conditions[0].structures", "[\"nope\"]" } },
    { "conditions.json: $.conditions[0].structures[0]: unknown structure “nope”" } },
  { "ref-condition-location",
    { { "conditions.json", "$.conditions[0].locations", "[\"side_of_hip\", \"nope\"]" } },
    { "conditions.json: $.conditions[0].locations[1]: unknown answer “nope” of question “location”" } },
  { "ref-condition-exercises-do",
    { { "conditions.json", "$.conditions[0].exercises_do", "[\"clamshel\"]" } },
    { "conditions.json: $.conditions[0].exercises_do[0]: unknown exercise “clamshel”" } },
  { "ref-condition-exercises-avoid",
    { { "conditions.json", "$.conditions[0].exercises_avoid", "[\"nope\"]" } },
    { "conditions.json: $.conditions[0].exercises_avoid[0]: unknown exercise “nope”" } },
  { "ref-condition-routine",
    { { "conditions.json", "$.conditions[0].routine", "\"nope\"" } },
    { "conditions.json: $.conditions[0].routine: unknown routine “nope”" } },
  { "ref-condition-program",
    { { "conditions.json", "$.conditions[0].program", "\"nope\"" } },
    { "conditions.json: $.conditions[0].program: unknown program “nope”" } },
  { "program-avoided-exercise",
    { { "exercises.json", "$.programs[0].stages[1].items[+]", "{\"exercise\": \"example_stretch\"}" } },
    { "conditions.json: $.conditions[0].program: program “example_program” gives exercise “example_stretch” "
      "in stage 2, which this condition must avoid" } },
  { "routine-avoided-exercise",
    { { "exercises.json", "$.routines[0].items[+]", "{\"exercise\": \"example_stretch\"}" } },
    { "conditions.json: $.conditions[0].routine: routine “example_routine” holds exercise “example_stretch”, "
      "which this condition must avoid" } },
  { "program-test-item",
    { { "exercises.json", "$.programs[0].stages[0].items[+]", "{\"test\": \"example_stance\"}" } },
    { "exercises.json: $.programs[0].stages[0].items[1]: a program's stage lists exercises, not tests" } },
  { "program-one-stage",
    { { "exercises.json", "$.programs[0].stages", "[]" } },
    { "exercises.json: $.programs[0].stages: needs at least 2 items" } },
  { "program-red-flag-without-note",
    { { "conditions.json", "$.conditions[0].always_red_flag", "true" } },
    { "conditions.json: $.conditions[0]: a condition that is always a red flag needs a “program_note” "
      "saying when its program may start" } },
  { "ref-condition-self-test",
    { { "conditions.json", "$.conditions[0].self_test", "\"nope\"" } },
    { "conditions.json: $.conditions[0].self_test: unknown test “nope”" } },
  { "ref-profile-condition",
    { { "checker.json", "$.profiles[0].condition", "\"nope\"" } },
    { "checker.json: $.profiles[0].condition: unknown condition “nope”",
      "conditions.json: $.conditions[0]: condition “example_side_pain” has no profile: add one to “profiles”" } },
  { "ref-profile-twice",
    { { "checker.json", "$.profiles[+]", "{\"condition\": \"example_side_pain\", \"prior\": 0.1, \"evidence\": []}" } },
    { "checker.json: $.profiles[1].condition: condition “example_side_pain” already has a profile "
      "(at checker.json: $.profiles[0])" } },
  { "ref-evidence-question",
    { { "checker.json", "$.profiles[0].evidence[0].question", "\"nope\"" } },
    { "checker.json: $.profiles[0].evidence[0].question: unknown question “nope”" } },
  { "ref-evidence-answer",
    { { "checker.json", "$.profiles[0].evidence[0].answer", "\"nope\"" } },
    { "checker.json: $.profiles[0].evidence[0].answer: unknown answer “nope” of question “location”" } },
  { "ref-evidence-range-on-answers",
    { { "checker.json", "$.profiles[0].evidence[1].question", "\"location\"" } },
    { "checker.json: $.profiles[0].evidence[1].question: question “location” does not ask for a number: "
      "name its answers instead" } },
  { "ref-evidence-answer-of-number",
    { { "checker.json", "$.profiles[0].evidence[0].question", "\"example_age\"" } },
    { "checker.json: $.profiles[0].evidence[0].answer: question “example_age” asks for a number: it has no "
      "answer “side_of_hip”" } },
  { "evidence-bad-range",
    { { "checker.json", "$.profiles[0].evidence[1].min", "70" } },
    { "checker.json: $.profiles[0].evidence[1]: “min” must not be more than “max”" } },
  { "ref-red-flag-question",
    { { "checker.json", "$.red_flags[0].when.any[0].question", "\"nope\"" } },
    { "checker.json: $.red_flags[0].when.any[0].question: unknown question “nope”" } },
  { "ref-red-flag-answer",
    { { "checker.json", "$.red_flags[0].when.any[0].answers", "[\"cannot_bear_weight\", \"nope\"]" } },
    { "checker.json: $.red_flags[0].when.any[0].answers[1]: unknown answer “nope” of question “example_alarm”" } },
  { "red-flag-any-of-answer",
    { { "checker.json", "$.red_flags[0].when.any",
        "[{\"any_of\": [{\"question\": \"example_alarm\", \"answers\": [\"fever\"]},"
        " {\"question\": \"location\", \"answers\": [\"nope\"]}]}]" } },
    { "checker.json: $.red_flags[0].when.any[0].any_of[1].answers[0]: unknown answer “nope” of question “location”" } },
  { "red-flag-any-of-one-clause",
    { { "checker.json", "$.red_flags[0].when.any",
        "[{\"any_of\": [{\"question\": \"example_alarm\", \"answers\": [\"fever\"]}]}]" } },
    { "checker.json: $.red_flags[0].when.any[0].any_of: needs at least 2 items" } },
  { "red-flag-ranking-zero",
    { { "checker.json", "$.red_flags[0].when.any", "[{\"always_red_flag_in_top\": 0}]" } },
    { "checker.json: $.red_flags[0].when.any[0]: “always_red_flag_in_top” must be from 1 to 100" } },
  { "red-flag-ranking-mixed",
    { { "checker.json", "$.red_flags[0].when.any", "[{\"always_red_flag_in_top\": 3, \"question\": \"location\"}]" } },
    { "checker.json: $.red_flags[0].when.any[0]: unknown field “question”" } },
  { "ref-exercise-target",
    { { "exercises.json", "$.exercises[0].targets", "[\"nope\"]" } },
    { "exercises.json: $.exercises[0].targets[0]: unknown structure “nope”" } },
  { "ref-exercise-avoid-for",
    { { "exercises.json", "$.exercises[0].avoid_for", "[\"nope\"]" } },
    { "exercises.json: $.exercises[0].avoid_for[0]: unknown condition “nope”" } },
  { "ref-exercise-progression",
    { { "exercises.json", "$.exercises[0].progression.exercise", "\"nope\"" } },
    { "exercises.json: $.exercises[0].progression.exercise: unknown exercise “nope”" } },
  { "ref-exercise-regression",
    { { "exercises.json", "$.exercises[1].regression.exercise", "\"nope\"" } },
    { "exercises.json: $.exercises[1].regression.exercise: unknown exercise “nope”" } },
  { "ref-exercise-video",
    { { "exercises.json", "$.exercises[0].video", "\"nope\"" } },
    { "exercises.json: $.exercises[0].video: unknown video “nope”" } },
  { "ref-test-video",
    { { "self-tests.json", "$.tests[0].video", "\"nope\"" } },
    { "self-tests.json: $.tests[0].video: unknown video “nope”" } },
  { "ref-rule-finding",
    { { "self-tests.json", "$.tests[0].rules[0].finding", "\"nope\"" } },
    { "self-tests.json: $.tests[0].rules[0].finding: unknown finding “nope”" } },
  { "ref-rule-caution",
    { { "self-tests.json", "$.tests[0].rules[2].caution", "\"nope\"" } },
    { "self-tests.json: $.tests[0].rules[2].caution: unknown caution “nope”" } },
  { "ref-rule-field",
    { { "self-tests.json", "$.tests[0].rules[0].when[0].field", "\"nope\"" } },
    { "self-tests.json: $.tests[0].rules[0].when[0].field: unknown field “nope” of this test" } },
  { "ref-rule-choice",
    { { "self-tests.json", "$.tests[0].rules[2].when[0].equals", "\"nope\"" } },
    { "self-tests.json: $.tests[0].rules[2].when[0].equals: unknown choice “nope” of field “feel”" } },
  { "rule-compare-kind",
    { { "self-tests.json", "$.tests[0].rules[0].when", "[{\"field\": \"pelvis_drop\", \"lt\": 3}]" } },
    { "self-tests.json: $.tests[0].rules[0].when[0]: “lt” compares numbers, and field “pelvis_drop” is not a number" } },
  { "ref-asymmetry-field",
    { { "self-tests.json", "$.tests[0].asymmetry.field", "\"feel\"" } },
    { "self-tests.json: $.tests[0].asymmetry.field: field “feel” is not a number" } },
  { "ref-finding-exercise",
    { { "self-tests.json", "$.findings[0].exercises", "[\"nope\"]" } },
    { "self-tests.json: $.findings[0].exercises[0]: unknown exercise “nope”" } },
  { "ref-caution-avoid",
    { { "self-tests.json", "$.cautions[0].avoid", "[\"nope\"]" } },
    { "self-tests.json: $.cautions[0].avoid[0]: unknown exercise “nope”" } },
  { "ref-routine-exercise",
    { { "exercises.json", "$.routines[0].items[0].exercise", "\"nope\"" } },
    { "exercises.json: $.routines[0].items[0].exercise: unknown exercise “nope”" } },
  { "ref-routine-test",
    { { "exercises.json", "$.routines[0].items[1].test", "\"nope\"" } },
    { "exercises.json: $.routines[0].items[1].test: unknown test “nope”" } },
  { "routine-item-both",
    { { "exercises.json", "$.routines[0].items[1].exercise", "\"example_bridge\"" } },
    { "exercises.json: $.routines[0].items[1]: an item names either an “exercise” or a “test”" } },
  { "do-and-avoid",
    { { "conditions.json", "$.conditions[0].exercises_avoid", "[\"example_bridge\"]" } },
    { "conditions.json: $.conditions[0].exercises_avoid[0]: exercise “example_bridge” is also in “exercises_do”",
      "conditions.json: $.conditions[0].program: program “example_program” gives exercise “example_bridge” "
      "in stage 1, which this condition must avoid",
      "conditions.json: $.conditions[0].program: program “example_program” gives exercise “example_bridge” "
      "in stage 2, which this condition must avoid",
      "conditions.json: $.conditions[0].routine: routine “example_routine” holds exercise “example_bridge”, "
      "which this condition must avoid" } },
  { "do-but-avoid-for",
    { { "conditions.json", "$.conditions[0].exercises_do", "[\"example_stretch\"]" },
      { "conditions.json", "$.conditions[0].exercises_avoid", "[]" } },
    { "conditions.json: $.conditions[0].exercises_do[0]: exercise “example_stretch” lists this condition in "
      "its “avoid_for”" } },
  /* Ids */
  { "duplicate-id",
    { { "self-tests.json", "$.findings[+]",
        "{\"id\": \"example_weak_glute\", \"name\": \"Again\", \"text\": \"Again.\", \"exercises\": []}" } },
    { "self-tests.json: $.findings[1].id: duplicate finding id “example_weak_glute” (first at self-tests.json: "
      "$.findings[0])" } },
  { "duplicate-answer",
    { { "checker.json", "$.questions[0].answers[+]", "{\"id\": \"groin\", \"text\": \"Groin again\"}" } },
    { "checker.json: $.questions[0].answers: the id “groin” is used twice" } },
  { "bad-id",
    { { "checker.json", "$.red_flags[0].id", "\"Cannot-Bear-Weight\"" } },
    { "checker.json: $.red_flags[0].id: “Cannot-Bear-Weight” is not a valid id (lower_snake_case ASCII: "
      "a–z, 0–9 and _, at most 64 characters)" } },
  { "long-id",
    { { "checker.json", "$.red_flags[0].id",
        "\"a_very_long_identifier_that_goes_on_and_on_past_the_limit_of_sixty_four\"" } },
    { "checker.json: $.red_flags[0].id: “a_very_long_identifier_that_goes_on_and_…” is not a valid id "
      "(lower_snake_case ASCII: a–z, 0–9 and _, at most 64 characters)" } },
  /* Files and URIs */
  { "path-escape",
    { { "videos.json", "$.videos[0].file", "\"videos/../../outside.webm\"" } },
    { "videos.json: $.videos[0].file: “videos/../../outside.webm” leads out of the pack with “..”: put the file "
      "inside the pack's folder and name it from there" } },
  { "absolute-path",
    { { "videos.json", "$.videos[0].file", "\"/etc/passwd\"" } },
    { "videos.json: $.videos[0].file: “/etc/passwd” is an absolute path: name the file relative to the pack's "
      "folder, such as “videos/clamshell.webm”" } },
  { "backslash-path",
    { { "videos.json", "$.videos[0].file", "\"videos\\\\stance.webm\"" } },
    { "videos.json: $.videos[0].file: “videos\\stance.webm” holds a backslash: separate folders with “/”" } },
  { "manifest-path-escape",
    { { "manifest.json", "$.files[+]", "\"../secrets.json\"" } },
    { "manifest.json: $.files[6]: “../secrets.json” leads out of the pack with “..”: put the file inside the "
      "pack's folder and name it from there" } },
  { "bad-scheme",
    { { "videos.json", "$.videos[1].uri", "\"http://example.org/stance.webm\"" } },
    { "videos.json: $.videos[1].uri: the scheme of “http://example.org/stance.webm” is not allowed: use file:, "
      "resource: or https:" } },
  { "file-uri-outside",
    { { "videos.json", "$.videos[1].uri", "\"file:///etc/passwd\"" } },
    { "videos.json: $.videos[1].uri: “file:///etc/passwd” is outside the pack" } },
  { "file-and-uri",
    { { "videos.json", "$.videos[1].file", "\"videos/stance.webm\"" } },
    { "videos.json: $.videos[1]: a video has either a “file” or a “uri”" } },
  /* Limits */
  { "file-too-large",
    { { "anatomy.json", NULL, "@HUGE" } },
    { "anatomy.json: the file is 52428800 bytes, more than the limit of 4 MiB" } },
  { "string-too-long",
    { { "anatomy.json", NULL, "@LONG" } },
    { "anatomy.json: $.structures[0].summary: text is 17000 bytes long, more than the limit of 16 KiB" } },
  { "deep-nesting",
    { { "anatomy.json", NULL, "@DEEP" } },
    { "anatomy.json:1:47: nested more than 32 levels deep" } },
  /* Strict RFC 8259 only: what json-glib alone would accept. The first is the
   * attack that crashed every start: brackets behind a comment the old pre-scan skipped. */
  { "comment-hides-brackets",
    { { "anatomy.json", NULL, "@COMMENT-DEEP" } },
    { "anatomy.json:1:19: comments are not allowed in JSON" } },
  { "single-quotes",
    { { "anatomy.json", NULL, "{'structures': []}" } },
    { "anatomy.json:1:2: single quotes are not allowed in JSON: use double quotes" } },
  { "second-document",
    { { "anatomy.json", NULL, "{\"structures\": []}\n{}" } },
    { "anatomy.json:2:1: more text after the end of the JSON document" } },
  { "octal-number",
    { { "anatomy.json", NULL, "{\"structures\": [045]}" } },
    { "anatomy.json:1:17: a number may not start with 0 (write 45, not 045)" } },
  { "hex-number",
    { { "anatomy.json", NULL, "{\"structures\": [0x20]}" } },
    { "anatomy.json:1:17: hexadecimal numbers are not allowed in JSON" } },
  { "nul-in-key",
    { { "anatomy.json", NULL, "{\"struc\\u0000tures\": []}" } },
    { "anatomy.json:1:8: a string holds a NUL character (\\u0000)" } },
  { "lone-surrogate",
    { { "anatomy.json", NULL, "{\"structures\": [\"\\ud800\"]}" } },
    { "anatomy.json:1:18: a lone UTF-16 surrogate in a “\\u” escape" } },
  { "huge-integer",
    { { "anatomy.json", NULL, "{\"structures\": [123456789012345678901234567890]}" } },
    { "anatomy.json:1:17: the number 123456789012345678901234567890 is too large" } },
  { "duplicate-key-escaped",
    { { "anatomy.json", NULL, "{\"structures\": [], \"\\u0073tructures\": []}" } },
    { "anatomy.json:1:20: the key “structures” appears twice in one object" } },
  { "control-character-in-key",
    { { "anatomy.json", NULL, "{\"a\\u0001b\": 1, \"a\\u0001b\": 2}" } },
    { "anatomy.json:1:17: the key “a\\u0001b” appears twice in one object" } },
  /* A manifest listing 100,000 files added 28 s to every start. */
  { "too-many-files",
    { { "manifest.json", NULL, "@MANY-FILES" } },
    { "manifest.json: $.files: lists 100000 files, more than the limit of 64" } },
  /* One run reports everything */
  { "several-errors",
    { { "conditions.json", "$.conditions[0].who", "3" },
      { "conditions.json", "$.conditions[0].structures", "[\"nope\"]" },
      { "videos.json", "$.videos[0].file", "\"/abs.webm\"" },
      { "exercises.json", "$.exercises[1].summary", NULL } },
    { "conditions.json: $.conditions[0].who: expected a string, found a number",
      "exercises.json: $.exercises[1]: missing field “summary”",
      "videos.json: $.videos[0].file: “/abs.webm” is an absolute path: name the file relative to the pack's "
      "folder, such as “videos/clamshell.webm”",
      "conditions.json: $.conditions[0].structures[0]: unknown structure “nope”" } },
  /* A file that cannot be read at all leaves references unchecked (they would all seem
   * unknown), but every other file is still checked. */
  { "several-errors-with-syntax",
    { { "conditions.json", "$.conditions[0].who", "3" },
      { "conditions.json", "$.conditions[0].structures", "[\"nope\"]" },
      { "anatomy.json", NULL, "{\"structures\": [}" } },
    { "anatomy.json:1:17: unexpected character “}”, expected a value (an object, array, string, number, true, false or null)",
      "conditions.json: $.conditions[0].who: expected a string, found a number" } },
};

static char *
example_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "packs", "example", NULL);
}

static void
copy_dir (const char *from,
          const char *to)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        continue;
      g_assert_true (g_file_get_contents (source, &data, &length, NULL));
      g_assert_true (g_file_set_contents (target, data, length, NULL));
    }
}

/* A fresh copy of the example pack in a temporary directory. */
static char *
example_copy (void)
{
  g_autofree char *source = example_dir ();
  g_autofree char *tmp = g_dir_make_tmp ("stride-content-XXXXXX", NULL);
  char *dir = g_build_filename (tmp, "pack", NULL);

  copy_dir (source, dir);
  return dir;
}

static void
remove_copy (const char *dir)
{
  g_autofree char *parent = g_path_get_dirname (dir);

  stride_test_remove_tree (parent);
}

static char *
generated_file (const char *marker)
{
  GString *text = g_string_new (NULL);

  if (g_str_equal (marker, "@HUGE"))
    {
      /* A 50 MB string: refused by its size, before anything reads it whole. */
      g_string_append (text, "{\"structures\": [{\"summary\": \"");
      while (text->len < 50 * 1024 * 1024 - 4)
        g_string_append_c (text, 'a');
      g_string_append (text, "\"}]}");
    }
  else if (g_str_equal (marker, "@LONG"))
    {
      g_autofree char *summary = g_strnfill (17000, 'a');
      g_autofree char *example = example_dir ();
      g_autofree char *path = g_build_filename (example, "anatomy.json", NULL);
      g_autofree char *data = NULL;
      g_autoptr(JsonNode) root = NULL;

      g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
      root = json_from_string (data, NULL);
      json_object_set_string_member (json_array_get_object_element (
        json_object_get_array_member (json_node_get_object (root), "structures"), 0), "summary", summary);
      g_free (g_string_free (text, TRUE));
      return json_to_string (root, FALSE);
    }
  else if (g_str_equal (marker, "@DEEP"))
    {
      g_string_append (text, "{\"structures\": ");
      for (guint i = 0; i < 10000; i++)
        g_string_append_c (text, '[');
      for (guint i = 0; i < 10000; i++)
        g_string_append_c (text, ']');
      g_string_append_c (text, '}');
    }
  else if (g_str_equal (marker, "@MANY-FILES"))
    {
      g_string_append (text, "{\"id\": \"example\", \"title\": \"Example pack\", \"version\": \"1.0.0\", "
                             "\"language\": \"en\", \"licence\": \"CC-BY-SA-4.0\", \"authors\": [\"Us\"], \"files\": [");
      for (guint i = 0; i < 100000; i++)
        g_string_append_printf (text, "%s\"f%u.json\"", i > 0 ? ", " : "", i);
      g_string_append (text, "]}");
    }
  else if (g_str_equal (marker, "@COMMENT-DEEP"))
    {
      /* ~160 KB of brackets after a comment holding a quote. */
      g_string_append (text, "{\"structures\": [] /* \" */ ");
      for (guint i = 0; i < 160000; i++)
        g_string_append_c (text, '[');
    }
  else
    g_assert_not_reached ();

  return g_string_free (text, FALSE);
}

/* Applies EDIT at a path "$.a[0].b" of FILE in DIR (see Edit). */
static void
apply_edit (const char *dir,
            const Edit *edit)
{
  g_autofree char *path = g_build_filename (dir, edit->file, NULL);
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) parts = NULL;
  JsonNode *node;
  guint n;

  if (edit->path == NULL)
    {
      g_autofree char *generated = edit->value[0] == '@' ? generated_file (edit->value) : NULL;
      const char *text = generated != NULL ? generated : edit->value;

      g_assert_true (g_file_set_contents (path, text, strlen (text), NULL));
      return;
    }

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  root = json_from_string (data, NULL);
  g_assert_nonnull (root);

  /* "$.a[0].b" → "a", "[0]", "b" */
  {
    g_autoptr(GString) spaced = g_string_new (NULL);
    for (const char *p = edit->path + 1; *p != '\0'; p++)
      {
        if (*p == '.')
          g_string_append_c (spaced, '\n');
        else if (*p == '[')
          g_string_append (spaced, "\n[");
        else
          g_string_append_c (spaced, *p);
      }
    parts = g_strsplit (spaced->str + 1, "\n", -1);
  }
  n = g_strv_length (parts);

  node = root;
  for (guint i = 0; i + 1 < n; i++)
    {
      if (parts[i][0] == '[')
        node = json_array_get_element (json_node_get_array (node), atoi (parts[i] + 1));
      else
        node = json_object_get_member (json_node_get_object (node), parts[i]);
      g_assert_nonnull (node);
    }

  if (g_str_equal (parts[n - 1], "[+]"))
    json_array_add_element (json_node_get_array (node), json_from_string (edit->value, NULL));
  else if (edit->value == NULL)
    json_object_remove_member (json_node_get_object (node), parts[n - 1]);
  else
    json_object_set_member (json_node_get_object (node), parts[n - 1], json_from_string (edit->value, NULL));

  g_free (data);
  data = json_to_string (root, TRUE);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));
}

/* The messages with "DIR/" taken out, so that cases can be written without the temp dir. */
static GPtrArray *
relative_messages (GPtrArray  *messages,
                   const char *dir)
{
  g_autofree char *prefix = g_strconcat (dir, "/", NULL);
  GPtrArray *relative = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < messages->len; i++)
    {
      g_auto(GStrv) pieces = g_strsplit (g_ptr_array_index (messages, i), prefix, -1);
      g_ptr_array_add (relative, g_strjoinv ("", pieces));
    }
  return relative;
}

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *error_case = data;
  g_autofree char *dir = example_copy ();
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) relative = NULL;
  g_autoptr(StrideContent) content = NULL;
  guint n_expected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (error_case->edits) && error_case->edits[i].file != NULL; i++)
    apply_edit (dir, &error_case->edits[i]);

  content = stride_content_load_pack (dir, errors);
  g_assert_null (content);
  relative = relative_messages (errors, dir);

  while (n_expected < G_N_ELEMENTS (error_case->expected) && error_case->expected[n_expected] != NULL)
    n_expected++;
  for (guint i = 0; i < relative->len; i++)
    g_test_message ("got: %s", (const char *) g_ptr_array_index (relative, i));
  for (guint i = 0; i < MIN (n_expected, relative->len); i++)
    g_assert_cmpstr (g_ptr_array_index (relative, i), ==, error_case->expected[i]);
  g_assert_cmpuint (relative->len, ==, n_expected);

  remove_copy (dir);
}

/* A FIFO where a file should be: refused at once, never waited on. */
static void
test_not_regular_file (void)
{
  g_autofree char *dir = example_copy ();
  g_autofree char *path = g_build_filename (dir, "anatomy.json", NULL);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) relative = NULL;
  g_autoptr(StrideContent) content = NULL;

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  content = stride_content_load_pack (dir, errors);
  g_assert_null (content);
  relative = relative_messages (errors, dir);
  g_assert_cmpuint (relative->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (relative, 0), ==, "anatomy.json: this is not an ordinary file (a pipe or a device, for example): give a JSON file");
  remove_copy (dir);
}

static void
replace_with_link (const char *path,
                   const char *target)
{
  g_remove (path);
  g_assert_cmpint (symlink (target, path), ==, 0);
}

/* A pack file or video that is a link leading out of the pack is refused, and no message
 * quotes what the link leads to; links that stay inside the pack are fine. */
static void
test_link_outside (void)
{
  g_autofree char *dir = example_copy ();
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *secret = g_build_filename (parent, "secret.txt", NULL);
  g_autofree char *anatomy = g_build_filename (dir, "anatomy.json", NULL);
  g_autofree char *anatomy_inside = g_build_filename (dir, "real-anatomy.json", NULL);
  g_autofree char *videos = g_build_filename (dir, "videos", NULL);
  g_autofree char *video = g_build_filename (videos, "example_bridge.webm", NULL);
  g_autofree char *video_inside = g_build_filename (dir, "clip.webm", NULL);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) relative = NULL;
  g_autoptr(StrideContent) content = NULL;

  g_assert_true (g_file_set_contents (secret, "PRIVATE words of the user\n", -1, NULL));
  g_assert_cmpint (g_rename (anatomy, anatomy_inside), ==, 0);
  g_assert_cmpint (g_mkdir (videos, 0700), ==, 0);
  g_assert_true (g_file_set_contents (video_inside, "not really a video", -1, NULL));

  /* A pack file leading out: refused before it is read. */
  replace_with_link (anatomy, secret);
  content = stride_content_load_pack (dir, errors);
  g_assert_null (content);
  relative = relative_messages (errors, dir);
  g_assert_cmpuint (relative->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (relative, 0), ==,
                   "anatomy.json: the file is a link to a place outside the pack; put the file itself in the pack");
  g_assert_null (strstr (g_ptr_array_index (errors, 0), "PRIVATE"));
  g_assert_null (strstr (g_ptr_array_index (errors, 0), "secret"));

  /* A video leading out (through the folder above the pack). */
  replace_with_link (anatomy, "real-anatomy.json");
  replace_with_link (video, "../../secret.txt");
  g_ptr_array_set_size (errors, 0);
  content = stride_content_load_pack (dir, errors);
  g_assert_null (content);
  g_clear_pointer (&relative, g_ptr_array_unref);
  relative = relative_messages (errors, dir);
  g_assert_cmpuint (relative->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (relative, 0), ==,
                   "videos.json: $.videos[0].file: “videos/example_bridge.webm” is a link to a place outside the "
                   "pack: put the video itself in the pack");

  /* The same links, staying inside the pack: the pack loads. */
  replace_with_link (video, "../clip.webm");
  g_ptr_array_set_size (errors, 0);
  content = stride_content_load_pack (dir, errors);
  for (guint i = 0; i < errors->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (errors, i));
  g_assert_nonnull (content);
  g_assert_cmpuint (errors->len, ==, 0);
  g_clear_pointer (&content, stride_content_unref);

  remove_copy (dir);
}

static StrideContent *
load_example (void)
{
  g_autofree char *dir = example_dir ();
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  StrideContent *content = stride_content_load_pack (dir, errors);

  for (guint i = 0; i < errors->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (errors, i));
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_nonnull (content);
  return content;
}

/* The example pack loads, and every reference leads to the item it names. */
static void
test_example_resolves (void)
{
  g_autoptr(StrideContent) content = load_example ();
  g_autofree char *dir = example_dir ();
  g_autofree char *canonical = g_canonicalize_filename (dir, NULL);
  g_autofree char *video_path = g_build_filename (canonical, "videos", "example_bridge.webm", NULL);
  g_autofree char *video_uri = g_filename_to_uri (video_path, NULL, NULL);
  const StrideCondition *condition = stride_content_find_condition (content, "example_side_pain");
  const StrideExercise *exercise;
  const StrideRoutine *routine;
  const StrideRoutineItem *item;
  const StrideQuestion *question;
  const StrideEvidence *evidence;
  const StrideSelfTest *test;

  g_assert_nonnull (condition);
  g_assert_cmpstr (condition->pack_id, ==, "example");
  g_assert_cmpstr (stride_content_find_structure (content, condition->structures[0])->name, ==, "Example glute");
  g_assert_nonnull (stride_content_find_exercise (content, condition->exercises_do[0]));
  g_assert_nonnull (stride_content_find_exercise (content, condition->exercises_avoid[0]));
  g_assert_nonnull (stride_content_find_routine (content, condition->routine));
  g_assert_nonnull (stride_content_find_test (content, condition->self_test));
  g_assert_cmpuint (g_strv_length (condition->also_called), ==, 1);

  question = stride_content_find_question (content, "location");
  g_assert_nonnull (stride_question_find_answer (question, condition->locations[0]));
  g_assert_null (stride_question_find_answer (question, "nope"));

  /* The profile is copied into its condition. */
  g_assert_cmpfloat (condition->prior, ==, 0.2);
  g_assert_cmpuint (condition->evidence->len, ==, 2);
  evidence = g_ptr_array_index (condition->evidence, 0);
  g_assert_cmpstr (evidence->answer, ==, "side_of_hip");
  g_assert_true (evidence->has_lr_absent);
  g_assert_cmpfloat (evidence->lr_absent, ==, 0.3);
  evidence = g_ptr_array_index (condition->evidence, 1);
  g_assert_null (evidence->answer);
  g_assert_true (evidence->has_min && evidence->has_max);
  g_assert_cmpfloat (evidence->min, ==, 40);

  exercise = stride_content_find_exercise (content, "example_stretch");
  g_assert_cmpstr (exercise->regression.exercise, ==, "example_bridge");
  g_assert_null (exercise->progression.exercise);
  g_assert_null (exercise->video);
  g_assert_cmpstr (exercise->avoid_for[0], ==, "example_side_pain");
  g_assert_cmpuint (exercise->dose.hold_s, ==, 30);
  g_assert_cmpint (exercise->dose.sides, ==, STRIDE_SIDES_EACH);

  /* A routine item's dose is its exercise's, with the item's changes. */
  routine = stride_content_find_routine (content, "example_routine");
  item = g_ptr_array_index (routine->items, 0);
  g_assert_cmpuint (item->dose.sets, ==, 2);
  g_assert_cmpuint (item->dose.reps, ==, 10);
  g_assert_cmpuint (item->dose.rest_s, ==, 45);
  g_assert_cmpint (item->dose.sides, ==, STRIDE_SIDES_BOTH);
  item = g_ptr_array_index (routine->items, 1);
  g_assert_cmpstr (item->test, ==, "example_stance");
  g_assert_cmpint (item->dose.sides, ==, STRIDE_SIDES_EACH);

  test = stride_content_find_test (content, "example_stance");
  g_assert_cmpuint (test->fields->len, ==, 3);
  g_assert_cmpuint (test->rules->len, ==, 3);
  g_assert_cmpstr (((StrideTestRule *) g_ptr_array_index (test->rules, 1))->finding, ==, "example_weak_glute");
  g_assert_cmpstr (((StrideTestCondition *) g_ptr_array_index (
    ((StrideTestRule *) g_ptr_array_index (test->rules, 1))->when, 0))->sex, ==, "female");
  g_assert_cmpstr (test->asymmetry_field, ==, "seconds");
  g_assert_cmpfloat (test->asymmetry_min_difference, ==, 10);

  /* Videos: a file resolves to an absolute URI inside the pack; https stays as written. */
  g_assert_cmpstr (stride_content_find_video (content, "example_bridge")->uri, ==, video_uri);
  g_assert_cmpstr (stride_content_find_video (content, "example_stance")->uri, ==,
                   "https://example.org/videos/stance.webm");

  g_assert_cmpuint (stride_content_get_items (content, STRIDE_KIND_RED_FLAG)->len, ==, 1);
  g_assert_cmpint (((StrideRedFlag *) g_ptr_array_index (
    stride_content_get_items (content, STRIDE_KIND_RED_FLAG), 0))->level, ==, STRIDE_TRIAGE_URGENT);
}

static void
add_ids (GHashTable    *ids,
         StrideContent *content,
         StrideKind     kind)
{
  GPtrArray *items = stride_content_get_items (content, kind);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (ids, g_strdup_printf ("%s:%s", stride_content_kind_to_string (kind),
                                            *(const char **) g_ptr_array_index (items, i)));
}

/* Load, print the vocabulary, read it back: the same ids, and nothing else. */
static void
test_round_trip (void)
{
  static const struct { const char *key; StrideKind kind; } keys[] = {
    { "structures", STRIDE_KIND_STRUCTURE }, { "questions", STRIDE_KIND_QUESTION },
    { "red_flags", STRIDE_KIND_RED_FLAG }, { "conditions", STRIDE_KIND_CONDITION },
    { "findings", STRIDE_KIND_FINDING }, { "cautions", STRIDE_KIND_CAUTION },
    { "exercises", STRIDE_KIND_EXERCISE }, { "tests", STRIDE_KIND_TEST },
    { "routines", STRIDE_KIND_ROUTINE }, { "videos", STRIDE_KIND_VIDEO },
    { "programs", STRIDE_KIND_PROGRAM },
  };
  g_autoptr(StrideContent) content = load_example ();
  g_autofree char *json = stride_content_vocabulary_json (content);
  g_autoptr(JsonNode) root = json_from_string (json, NULL);
  g_autoptr(GHashTable) loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *object, *location, *stance;

  g_assert_nonnull (root);
  object = json_node_get_object (root);
  g_assert_cmpuint (json_object_get_size (object), ==, G_N_ELEMENTS (keys));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      JsonNode *node = json_object_get_member (object, keys[i].key);
      const char *kind = stride_content_kind_to_string (keys[i].kind);

      add_ids (loaded, content, keys[i].kind);
      g_assert_nonnull (node);
      if (JSON_NODE_HOLDS_ARRAY (node))
        for (guint j = 0; j < json_array_get_length (json_node_get_array (node)); j++)
          g_hash_table_add (printed, g_strdup_printf ("%s:%s", kind,
                            json_array_get_string_element (json_node_get_array (node), j)));
      else
        {
          g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));
          for (GList *l = members; l != NULL; l = l->next)
            g_hash_table_add (printed, g_strdup_printf ("%s:%s", kind, (const char *) l->data));
        }
    }

  g_assert_cmpuint (g_hash_table_size (loaded), ==, g_hash_table_size (printed));
  g_assert_cmpuint (g_hash_table_size (loaded), ==, 15);
  {
    GHashTableIter iter;
    gpointer key;
    g_hash_table_iter_init (&iter, loaded);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_assert_true (g_hash_table_contains (printed, key));
  }

  location = json_object_get_object_member (json_object_get_object_member (object, "questions"), "location");
  g_assert_cmpstr (json_object_get_string_member (location, "kind"), ==, "many");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (location, "answers"), 1), ==, "groin");
  stance = json_object_get_object_member (json_object_get_object_member (object, "tests"), "example_stance");
  g_assert_true (json_object_get_boolean_member (stance, "per_side"));
  g_assert_true (json_object_has_member (json_object_get_object_member (stance, "fields"), "pelvis_drop"));
}

/* Writes a user pack in PACKS/NAME: the manifest naming FILE, and FILE with TEXT. */
static void
write_user_pack (const char *packs,
                 const char *name,
                 const char *text)
{
  g_autofree char *dir = g_build_filename (packs, name, NULL);
  g_autofree char *manifest = g_build_filename (dir, "manifest.json", NULL);
  g_autofree char *items = g_build_filename (dir, "items.json", NULL);
  g_autofree char *manifest_text = g_strdup_printf (
    "{\"id\": \"%s\", \"title\": \"Pack %s\", \"version\": \"1\", \"language\": \"en\", "
    "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", name, name);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (manifest, manifest_text, -1, NULL));
  g_assert_true (g_file_set_contents (items, text, -1, NULL));
}

#define USER_FINDING \
  "{\"findings\": [{\"id\": \"%s\", \"name\": \"Extra\", \"text\": \"An extra finding.\", " \
  "\"exercises\": [\"%s\"]}]}"

/* A broken user pack is skipped with its messages; a good one adds to the bundled pack,
 * using its items; one that reuses a bundled id is refused, never silently replacing it. */
static void
test_user_packs (void)
{
  g_autofree char *bundled = example_dir ();
  g_autofree char *tmp = g_dir_make_tmp ("stride-packs-XXXXXX", NULL);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = NULL;
  g_autofree char *good_text = g_strdup_printf (USER_FINDING, "extra_finding", "example_bridge");
  g_autofree char *replacing_text = g_strdup_printf (USER_FINDING, "example_weak_glute", "example_bridge");
  g_autofree char *dangling_text = g_strdup_printf (USER_FINDING, "other_finding", "clamshel");
  g_autofree char *message = NULL;
  GPtrArray *skipped;
  const StrideSkippedPack *pack;

  write_user_pack (tmp, "a_broken", "{\"findings\": [");
  write_user_pack (tmp, "b_good", good_text);
  write_user_pack (tmp, "c_replacing", replacing_text);
  write_user_pack (tmp, "d_dangling", dangling_text);

  content = stride_content_load_dirs (bundled, tmp, warnings);
  g_assert_nonnull (content);

  /* The bundled pack and the good pack are there; the bundled finding is untouched. */
  g_assert_nonnull (stride_content_find_condition (content, "example_side_pain"));
  g_assert_cmpstr (stride_content_find_finding (content, "extra_finding")->pack_id, ==, "b_good");
  g_assert_cmpstr (stride_content_find_finding (content, "example_weak_glute")->pack_id, ==, "example");
  g_assert_null (stride_content_find_finding (content, "other_finding"));
  g_assert_cmpuint (stride_content_get_items (content, STRIDE_KIND_FINDING)->len, ==, 2);

  skipped = stride_content_get_skipped_packs (content);
  g_assert_cmpuint (skipped->len, ==, 3);

  pack = g_ptr_array_index (skipped, 0);
  g_assert_true (g_str_has_suffix (pack->dir, "/a_broken"));
  g_assert_cmpstr (pack->title, ==, "Pack a_broken");
  g_assert_cmpuint (pack->messages->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (pack->messages, 0),
                                   "a_broken/items.json:1:15: the text ends too early: expected a value"));

  pack = g_ptr_array_index (skipped, 1);
  message = g_strdup_printf ("%s/items.json: $.findings[0].id: the finding id “example_weak_glute” is already "
                             "used by pack “example”; a pack may add items but not replace them", pack->dir);
  g_assert_cmpuint (pack->messages->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (pack->messages, 0), ==, message);

  pack = g_ptr_array_index (skipped, 2);
  g_assert_cmpuint (pack->messages->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (pack->messages, 0),
                                   "items.json: $.findings[0].exercises[0]: unknown exercise “clamshel”"));

  /* Every message also reaches the warnings. */
  g_assert_cmpuint (warnings->len, ==, 3);

  stride_test_remove_tree (tmp);
}

/* The same pack id twice is refused too. */
static void
test_user_pack_same_id (void)
{
  g_autofree char *bundled = example_dir ();
  g_autofree char *tmp = g_dir_make_tmp ("stride-packs-XXXXXX", NULL);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = NULL;
  g_autofree char *text = g_strdup_printf (USER_FINDING, "new_finding", "example_bridge");

  write_user_pack (tmp, "example", text);
  content = stride_content_load_dirs (bundled, tmp, warnings);
  g_assert_nonnull (content);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (warnings, 0),
                                   "example/manifest.json: $.id: a pack “example” is already loaded"));
  g_assert_null (stride_content_find_finding (content, "new_finding"));
  stride_test_remove_tree (tmp);
}

/* A broken bundled pack: NULL, with its messages. */
static void
test_bundled_broken (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("stride-packs-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (tmp, "missing", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: no such content pack directory", missing);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = stride_content_load_dirs (missing, NULL, warnings);

  g_assert_null (content);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==, expected);
  stride_test_remove_tree (tmp);
}

static GPtrArray *translated;

static const char *
record_text (const char *text)
{
  g_ptr_array_add (translated, g_strdup (text));
  return text;
}

/* Text fields go through gettext; ids, file names and URLs do not. */
static void
test_translation (void)
{
  g_autoptr(StrideContent) content = NULL;

  translated = g_ptr_array_new_with_free_func (g_free);
  stride_content_translate_func = record_text;
  content = load_example ();
  stride_content_translate_func = NULL;

  g_assert_true (g_ptr_array_find_with_equal_func (translated, "Where does it hurt?", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (translated, "Sleep with a pillow between your knees.",
                                                   g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (translated, "Lie on your back with your knees bent.",
                                                   g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (translated, "example_side_pain", g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (translated, "https://example.org/trial", g_str_equal, NULL));
  g_clear_pointer (&translated, g_ptr_array_unref);
}

/* The N_("…") strings of a file written by build-aux/extract-content-strings. */
static GHashTable *
read_extracted (const char *path)
{
  GHashTable *strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *data = NULL;
  const char *p;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  for (p = strstr (data, "N_(\""); p != NULL; p = strstr (p, "N_(\""))
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (p += 4; *p != '"'; p++)
        {
          if (*p != '\\')
            {
              g_string_append_c (text, *p);
              continue;
            }
          p++;
          if (*p == 'n')
            g_string_append_c (text, '\n');
          else if (*p == 't')
            g_string_append_c (text, '\t');
          else if (*p >= '0' && *p <= '7')
            {
              g_string_append_c (text, (char) ((p[0] - '0') * 64 + (p[1] - '0') * 8 + (p[2] - '0')));
              p += 2;
            }
          else
            g_string_append_c (text, *p);
        }
      g_hash_table_add (strings, g_string_free (g_steal_pointer (&text), FALSE));
    }
  return strings;
}

/* Every text the loader translates is in the gettext template, and nothing else is. */
static void
check_extracted (const char *pack_dir,
                 const char *extracted_path)
{
  g_autoptr(GHashTable) extracted = read_extracted (extracted_path);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(StrideContent) content = NULL;

  translated = g_ptr_array_new_with_free_func (g_free);
  stride_content_translate_func = record_text;
  content = stride_content_load_pack (pack_dir, errors);
  stride_content_translate_func = NULL;
  g_assert_nonnull (content);

  for (guint i = 0; i < translated->len; i++)
    {
      const char *text = g_ptr_array_index (translated, i);

      if (!g_hash_table_contains (extracted, text))
        g_test_message ("not extracted: “%s”", text);
      g_assert_true (g_hash_table_contains (extracted, text));
      g_hash_table_add (seen, (gpointer) text);
    }

  {
    GHashTableIter iter;
    gpointer text;

    g_hash_table_iter_init (&iter, extracted);
    while (g_hash_table_iter_next (&iter, &text, NULL))
      {
        if (!g_hash_table_contains (seen, text))
          g_test_message ("extracted but never translated: “%s”", (const char *) text);
        g_assert_true (g_hash_table_contains (seen, text));
      }
  }
  g_clear_pointer (&translated, g_ptr_array_unref);
}

static void
test_extracted_example (void)
{
  g_autofree char *dir = example_dir ();
  g_autofree char *extracted = g_test_build_filename (G_TEST_BUILT, "example-strings.c", NULL);

  check_extracted (dir, extracted);
}

static void
test_extracted_bundled (void)
{
  const char *dir = stride_content_get_bundled_dir ();
  g_autofree char *extracted = g_build_filename (dir, "content-strings.c", NULL);

  check_extracted (dir, extracted);
}

static void
test_ids (void)
{
  static const struct { const char *id; gboolean valid; } cases[] = {
    { "gluteus_medius", TRUE }, { "2_to_6_weeks", TRUE }, { "a", TRUE },
    { "", FALSE }, { "Gluteus", FALSE }, { "glute-med", FALSE }, { "_private", FALSE },
    { "gluteus medius", FALSE }, { "f\xc3\xa9mur", FALSE },
    { "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TRUE },
    { "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (stride_id_is_valid (cases[i].id), ==, cases[i].valid);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/content/error/%s", error_cases[i].name);
      g_test_add_data_func (path, &error_cases[i], test_error_case);
    }
  g_test_add_func ("/stride/content/example-resolves", test_example_resolves);
  g_test_add_func ("/stride/content/round-trip", test_round_trip);
  g_test_add_func ("/stride/content/user-packs", test_user_packs);
  g_test_add_func ("/stride/content/user-pack-same-id", test_user_pack_same_id);
  g_test_add_func ("/stride/content/bundled-broken", test_bundled_broken);
  g_test_add_func ("/stride/content/translation", test_translation);
  g_test_add_func ("/stride/content/ids", test_ids);
  g_test_add_func ("/stride/content/not-regular-file", test_not_regular_file);
  g_test_add_func ("/stride/content/link-outside", test_link_outside);
  g_test_add_func ("/stride/content/extracted/example", test_extracted_example);
  g_test_add_func ("/stride/content/extracted/bundled", test_extracted_bundled);

  return g_test_run ();
}
