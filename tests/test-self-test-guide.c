/* test-self-test-guide.c — what the guided self-test shows, decided in core
 *
 * Run against the bundled content, so a test reordered or a piece of equipment added in
 * the content shows up here as a change to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "stride-self-test-guide.h"

static StrideContent *content;

static const StrideSelfTest *
find_test (const char *id)
{
  const StrideSelfTest *test = stride_content_find_test (content, id);

  g_assert_nonnull (test);
  return test;
}

static guint
index_of (GPtrArray  *sequence,
          const char *id)
{
  guint index;

  g_assert_true (g_ptr_array_find (sequence, find_test (id), &index));
  return index;
}

/* The assessment routine's order first, every test exactly once. */
static void
test_full_sequence (void)
{
  g_autoptr(GPtrArray) sequence = stride_self_test_guide_full_sequence (content);
  GPtrArray *tests = stride_content_get_items (content, STRIDE_KIND_TEST);
  const StrideRoutine *routine = stride_content_find_routine (content, "hip_assessment");

  g_assert_cmpuint (sequence->len, ==, tests->len);
  for (guint i = 0; i < tests->len; i++)
    {
      guint found = 0;

      for (guint j = 0; j < sequence->len; j++)
        found += g_ptr_array_index (sequence, j) == g_ptr_array_index (tests, i);
      g_assert_cmpuint (found, ==, 1);
    }

  g_assert_nonnull (routine);
  for (guint i = 0, position = 0; i < routine->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (routine->items, i);

      if (item->test == NULL)
        continue;
      g_assert_cmpuint (index_of (sequence, item->test), ==, position);
      position++;
    }
  /* The single-leg tests come after the check that may rule them out. */
  g_assert_cmpuint (index_of (sequence, "standing_check"), <, index_of (sequence, "single_leg_stance"));
}

static gboolean
has_need (GPtrArray  *needs,
          const char *title)
{
  for (guint i = 0; i < needs->len; i++)
    if (g_str_equal (((StrideSelfTestNeed *) g_ptr_array_index (needs, i))->title, title))
      return TRUE;
  return FALSE;
}

static void
test_needs_list (void)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GPtrArray) needs = NULL;
  g_autoptr(GPtrArray) few = NULL;
  const StrideSelfTestNeed *last;

  /* Straight-leg raise: a mat and a strap, an angle, a partner. Sit and reach: a box.
   * A mat asked by two tests is listed once. */
  g_ptr_array_add (one, (gpointer) find_test ("straight_leg_raise"));
  g_ptr_array_add (one, (gpointer) find_test ("sit_and_reach"));
  g_ptr_array_add (one, (gpointer) find_test ("ober_test"));
  needs = stride_self_test_guide_list_needs (one);
  g_assert_cmpuint (needs->len, ==, 3 + 1 + 1 + 1);
  g_assert_true (has_need (needs, "An exercise mat, or a carpeted floor"));
  g_assert_true (has_need (needs, "A strap, belt or towel"));
  g_assert_true (has_need (needs, "A sturdy box, step or chair seat about knee height"));
  g_assert_true (has_need (needs, "A phone with a level or inclinometer app"));
  g_assert_true (has_need (needs, "A partner, for some tests"));
  last = g_ptr_array_index (needs, needs->len - 1);
  g_assert_cmpstr (last->title, ==, "About 30 minutes");

  /* No angle and no partner: neither is asked for. */
  g_ptr_array_set_size (one, 0);
  g_ptr_array_add (one, (gpointer) find_test ("side_plank_hold"));
  few = stride_self_test_guide_list_needs (one);
  g_assert_cmpuint (few->len, ==, 2);
  g_assert_false (has_need (few, "A partner, for some tests"));
}

static void
test_describe_test (void)
{
  g_autofree char *slr = stride_self_test_guide_describe_needs (find_test ("straight_leg_raise"));
  g_autofree char *standing = stride_self_test_guide_describe_needs (find_test ("standing_check"));
  g_autofree char *plank = stride_self_test_guide_describe_helpers (find_test ("side_plank_hold"));
  g_autofree char *faber = stride_self_test_guide_describe_helpers (find_test ("faber_test"));

  g_assert_cmpstr (slr, ==, "You need a mat, a strap, a phone to measure angles. A partner makes it easier.");
  g_assert_cmpstr (standing, ==, "");
  g_assert_true (g_str_has_prefix (plank, "The Start button beside a time is a stopwatch"));
  g_assert_cmpstr (faber, ==, "");
}

/* Standing already hurts on the left: the single-leg tests are left out of the run. */
static void
test_ruled_out (void)
{
  g_autoptr(StrideSelfTestRecord) record = stride_self_test_record_new ();
  const StrideSelfTest *stance = find_test ("single_leg_stance");
  const StrideSelfTest *plank = find_test ("side_plank_hold");
  StrideTestValue hurts = { .kind = STRIDE_TEST_VALUE_BOOLEAN, .boolean = TRUE };
  StrideTestValue fine = { .kind = STRIDE_TEST_VALUE_BOOLEAN, .boolean = FALSE };

  g_assert_false (stride_self_test_guide_ruled_out (record, content, stance));
  stride_self_test_record_set_value (record, "standing_check", STRIDE_SIDE_LEFT, "standing_hurts", &fine);
  g_assert_false (stride_self_test_guide_ruled_out (record, content, stance));
  stride_self_test_record_set_value (record, "standing_check", STRIDE_SIDE_LEFT, "standing_hurts", &hurts);
  g_assert_true (stride_self_test_guide_ruled_out (record, content, stance));
  g_assert_true (stride_self_test_guide_ruled_out (record, content, find_test ("single_leg_squat")));
  /* A test with no such rule is never left out. */
  g_assert_false (stride_self_test_guide_ruled_out (record, content, plank));
}

static void
test_describe_dose (void)
{
  StrideExercise each = { .dose = { .sides = STRIDE_SIDES_EACH } };
  StrideExercise together = { .dose = { .sides = STRIDE_SIDES_BOTH } };
  StrideAssessItem reps = { .exercise = &each, .sides = STRIDE_SIDE_LEFT, .sets = 3, .reps = 12 };
  StrideAssessItem hold = { .exercise = &each, .sides = STRIDE_SIDE_BOTH, .sets = 2, .hold_s = 30 };
  StrideAssessItem two_legged = { .exercise = &together, .sides = STRIDE_SIDE_RIGHT, .sets = 3, .reps = 10 };
  g_autofree char *a = stride_self_test_guide_describe_dose (&reps);
  g_autofree char *b = stride_self_test_guide_describe_dose (&hold);
  g_autofree char *c = stride_self_test_guide_describe_dose (&two_legged);

  g_assert_cmpstr (a, ==, "Left side only · 3 sets of 12");
  g_assert_cmpstr (b, ==, "Each side · 2 holds of 30 s");
  g_assert_cmpstr (c, ==, "Both legs together · 3 sets of 10");
}

static StrideShape *
square_at (double     x,
           StrideView view,
           gboolean   mirror)
{
  StrideShape *shape = g_new0 (StrideShape, 1);
  StridePoint corners[] = { { x - 2, 40 }, { x + 2, 40 }, { x + 2, 44 }, { x - 2, 44 } };

  shape->view = view;
  shape->mirror = mirror;
  shape->points = g_array_new (FALSE, FALSE, sizeof (StridePoint));
  g_array_append_vals (shape->points, corners, G_N_ELEMENTS (corners));
  return shape;
}

static void
free_shape (StrideShape *shape)
{
  g_array_unref (shape->points);
  g_free (shape);
}

/* In the front view the person faces you: the picture's left is their right. A mirrored
 * shape stands for both sides, and a side asks for its own copy only. */
static void
test_side_shapes (void)
{
  StrideStructure structure = { .shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) free_shape) };
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) right = NULL;
  g_autoptr(GPtrArray) both = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func ((GDestroyNotify) free_shape);
  StrideShape *picture_left = square_at (30, STRIDE_VIEW_FRONT, TRUE);

  g_assert_cmpint (stride_self_test_guide_shape_side (picture_left), ==, STRIDE_SIDE_RIGHT);
  g_ptr_array_add (structure.shapes, picture_left);
  g_ptr_array_add (others, square_at (30, STRIDE_VIEW_BACK, FALSE));
  g_ptr_array_add (others, square_at (50, STRIDE_VIEW_FRONT, FALSE));
  g_assert_cmpint (stride_self_test_guide_shape_side (g_ptr_array_index (others, 0)), ==, STRIDE_SIDE_LEFT);
  g_assert_cmpint (stride_self_test_guide_shape_side (g_ptr_array_index (others, 1)), ==, STRIDE_SIDE_BOTH);

  right = stride_self_test_guide_side_shapes (&structure, STRIDE_SIDE_RIGHT);
  left = stride_self_test_guide_side_shapes (&structure, STRIDE_SIDE_LEFT);
  both = stride_self_test_guide_side_shapes (&structure, STRIDE_SIDE_BOTH);
  g_assert_cmpuint (right->len, ==, 1);
  g_assert_cmpfloat (g_array_index (((StrideShape *) g_ptr_array_index (right, 0))->points, StridePoint, 0).x, ==, 28);
  g_assert_cmpuint (left->len, ==, 1);
  g_assert_cmpfloat (g_array_index (((StrideShape *) g_ptr_array_index (left, 0))->points, StridePoint, 0).x, ==, 72);
  g_assert_cmpuint (both->len, ==, 2);
  g_ptr_array_unref (structure.shapes);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  content = stride_content_load_default (warnings);
  g_assert_nonnull (content);

  g_test_add_func ("/stride/self-test-guide/full-sequence", test_full_sequence);
  g_test_add_func ("/stride/self-test-guide/needs", test_needs_list);
  g_test_add_func ("/stride/self-test-guide/describe-test", test_describe_test);
  g_test_add_func ("/stride/self-test-guide/ruled-out", test_ruled_out);
  g_test_add_func ("/stride/self-test-guide/describe-dose", test_describe_dose);
  g_test_add_func ("/stride/self-test-guide/side-shapes", test_side_shapes);
  status = g_test_run ();
  stride_content_unref (content);
  return status;
}
