/* test-vocabulary.c — the words Stride's layers share: enums as GTypes, the page table,
 * the video chapter roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "stride-assess.h"
#include "stride-chapter-role.h"
#include "stride-core-enums.h"
#include "stride-interview.h"
#include "stride-launch.h"

static void
test_enums_registered (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (STRIDE_TYPE_KIND);
  g_autoptr(GEnumClass) steps = g_type_class_ref (STRIDE_TYPE_INTERVIEW_STEP);
  g_autoptr(GFlagsClass) sides = g_type_class_ref (STRIDE_TYPE_SIDE);

  g_assert_cmpstr (g_enum_get_value (kinds, STRIDE_KIND_RED_FLAG)->value_nick, ==, "red-flag");
  /* The interview's "step" property kept the nicks it had when registered by hand. */
  g_assert_cmpstr (g_enum_get_value (steps, STRIDE_INTERVIEW_WARNING_SIGNS)->value_nick, ==, "warning-signs");
  g_assert_cmpuint (g_flags_get_value_by_nick (sides, "both")->value, ==, STRIDE_SIDE_BOTH);
  g_assert_true (G_TYPE_IS_ENUM (STRIDE_TYPE_PHASE));
  g_assert_true (G_TYPE_IS_ENUM (STRIDE_TYPE_LAUNCH_PAGE));
  g_assert_true (G_TYPE_IS_ENUM (STRIDE_TYPE_CHAPTER_ROLE));
}

static void
test_launch_pages (void)
{
  const char * const *names = stride_launch_page_names ();
  StrideLaunchPage page;

  g_assert_cmpuint (g_strv_length ((char **) names), ==, STRIDE_N_LAUNCH_PAGES);
  for (guint i = 0; i < STRIDE_N_LAUNCH_PAGES; i++)
    {
      g_assert_cmpstr (stride_launch_page_to_string (i), ==, names[i]);
      g_assert_true (stride_launch_page_from_string (names[i], &page));
      g_assert_cmpuint (page, ==, i);
    }
  g_assert_cmpstr (stride_launch_page_to_string (STRIDE_LAUNCH_PAGE_SELF_TEST), ==, "self-test");
  g_assert_false (stride_launch_page_from_string ("settings", &page));
  g_assert_false (stride_launch_page_from_string (NULL, &page));
}

static void
test_chapter_roles (void)
{
  const char * const *test_ids = stride_chapter_role_test_ids ();
  g_autoptr(GEnumClass) roles = g_type_class_ref (STRIDE_TYPE_CHAPTER_ROLE);

  for (StrideChapterRole role = STRIDE_CHAPTER_ROLE_SETUP; role < roles->n_values; role++)
    g_assert_cmpuint (stride_chapter_role_from_id (stride_chapter_role_to_id (role)), ==, role);
  g_assert_cmpuint (stride_chapter_role_from_id ("wobble"), ==, STRIDE_CHAPTER_ROLE_OTHER);
  g_assert_cmpuint (stride_chapter_role_from_id (NULL), ==, STRIDE_CHAPTER_ROLE_OTHER);
  g_assert_cmpstr (stride_chapter_role_get_name (STRIDE_CHAPTER_ROLE_OTHER), ==, "");
  g_assert_cmpstr (stride_chapter_role_get_name (STRIDE_CHAPTER_ROLE_SWITCH_SIDE), ==, "Other Side");
  g_assert_cmpstr (stride_chapter_role_get_name (STRIDE_CHAPTER_ROLE_LOWER), ==, "Lower");

  /* Work shows the effort; switching shows the switch; everything else the set-up. */
  g_assert_true (stride_chapter_role_shows_phase (STRIDE_CHAPTER_ROLE_HOLD, STRIDE_PHASE_WORK));
  g_assert_true (stride_chapter_role_shows_phase (STRIDE_CHAPTER_ROLE_LIFT, STRIDE_PHASE_WORK));
  g_assert_false (stride_chapter_role_shows_phase (STRIDE_CHAPTER_ROLE_SETUP, STRIDE_PHASE_WORK));
  g_assert_true (stride_chapter_role_shows_phase (STRIDE_CHAPTER_ROLE_SWITCH_SIDE, STRIDE_PHASE_SWITCH_SIDE));
  g_assert_false (stride_chapter_role_shows_phase (STRIDE_CHAPTER_ROLE_SETUP, STRIDE_PHASE_SWITCH_SIDE));
  g_assert_true (stride_chapter_role_shows_phase (STRIDE_CHAPTER_ROLE_SETUP, STRIDE_PHASE_GET_READY));
  g_assert_true (stride_chapter_role_shows_phase (STRIDE_CHAPTER_ROLE_SETUP, STRIDE_PHASE_REST));
  g_assert_false (stride_chapter_role_shows_phase (STRIDE_CHAPTER_ROLE_HOLD, STRIDE_PHASE_GET_READY));

  g_assert_cmpstr (test_ids[0], ==, "check");
  for (guint i = 0; test_ids[i] != NULL; i++)
    g_assert_cmpuint (stride_chapter_role_from_id (test_ids[i]), !=, STRIDE_CHAPTER_ROLE_OTHER);
}

/* Every chapter of every bundled video is named under the video: the bridge hold's
 * lowering and the Thomas test's result to note once showed nothing. */
static void
check_animation_chapters_named (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *chapters;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  chapters = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "chapters");
  g_assert_nonnull (chapters);
  for (guint i = 0; i < json_array_get_length (chapters); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (chapters, i), "id");
      const char *name = stride_chapter_role_get_name (stride_chapter_role_from_id (id));

      if (*name == '\0')
        g_test_message ("%s: chapter “%s” has no name", path, id);
      g_assert_cmpstr (name, !=, "");
    }
}

static void
test_animation_chapters_named (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "data", "animations", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      if (!g_str_has_suffix (name, ".json"))
        continue;
      check_animation_chapters_named (path);
      n_files++;
    }
  g_assert_cmpuint (n_files, >, 30);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/vocabulary/enums-registered", test_enums_registered);
  g_test_add_func ("/stride/vocabulary/launch-pages", test_launch_pages);
  g_test_add_func ("/stride/vocabulary/chapter-roles", test_chapter_roles);
  g_test_add_func ("/stride/vocabulary/animation-chapters-named", test_animation_chapters_named);

  return g_test_run ();
}
