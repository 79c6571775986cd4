/* test-vocabulary.c — the words Stride's layers share: enums as GTypes, the page table,
 * the video chapter roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

  for (StrideChapterRole role = STRIDE_CHAPTER_ROLE_SETUP; role <= STRIDE_CHAPTER_ROLE_SWITCH_SIDE; role++)
    g_assert_cmpuint (stride_chapter_role_from_id (stride_chapter_role_to_id (role)), ==, role);
  g_assert_cmpuint (stride_chapter_role_from_id ("wobble"), ==, STRIDE_CHAPTER_ROLE_OTHER);
  g_assert_cmpuint (stride_chapter_role_from_id (NULL), ==, STRIDE_CHAPTER_ROLE_OTHER);
  g_assert_cmpstr (stride_chapter_role_get_name (STRIDE_CHAPTER_ROLE_OTHER), ==, "");
  g_assert_cmpstr (stride_chapter_role_get_name (STRIDE_CHAPTER_ROLE_SWITCH_SIDE), ==, "Other side");

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/vocabulary/enums-registered", test_enums_registered);
  g_test_add_func ("/stride/vocabulary/launch-pages", test_launch_pages);
  g_test_add_func ("/stride/vocabulary/chapter-roles", test_chapter_roles);

  return g_test_run ();
}
