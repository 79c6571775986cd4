/* test-angle-photo.c — the angle helper on Stride's own pictures: placing the points on
 * the joints of the straight-leg-raise figure (where the renderer puts them) reads the
 * angle the pose file gives between the two thighs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-angle.h"
#include "stride-animation.h"
#include "stride-figure.h"

/* Where a joint lands in the picture: the camera's right and up axes (y grows down). */
static StridePoint
project (const StrideFigure *figure,
         const char         *joint)
{
  StrideVec3 p;
  StridePoint shown;

  g_assert_true (stride_figure_get_joint (figure, joint, &p));
  shown.x = stride_vec3_dot (p, figure->right);
  shown.y = -stride_vec3_dot (p, figure->up);
  return shown;
}

static void
test_straight_leg_raise_frame (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "animations",
                                                 "straight_leg_raise.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideAnimation) animation = stride_animation_load_file (path, &error);
  g_autoptr(StrideFigure) figure = NULL;
  StridePose pose;
  double highlight;
  StridePoint points[3];
  double between_thighs;
  double measured;

  g_assert_no_error (error);
  /* In the hold the pose file raises the left leg to 80° of hip flexion, knee straight;
   * the other leg rests a little extended on the mat, its knee slightly back, so the
   * resting thigh (hip to knee) is the line to measure against, as a physio would. */
  stride_animation_sample (animation, 3.5, &pose, &highlight);
  figure = stride_figure_new (animation, &pose, highlight);
  g_assert_cmpfloat_with_epsilon (pose.v[STRIDE_DOF_HIP_L_FLEX], 80.0, 0.5);
  g_assert_cmpfloat_with_epsilon (pose.v[STRIDE_DOF_KNEE_L], 0.0, 0.5);
  between_thighs = pose.v[STRIDE_DOF_HIP_L_FLEX] - pose.v[STRIDE_DOF_HIP_R_FLEX];

  points[0] = project (figure, "ankle_l");
  points[1] = project (figure, "hip_l");
  points[2] = project (figure, "knee_r");
  measured = stride_measure_angle (STRIDE_MEASURE_BETWEEN, points, 3);
  g_test_message ("measured %.2f°, pose file %.2f°", measured, between_thighs);
  g_assert_cmpfloat_with_epsilon (measured, between_thighs, 2.0);

  /* The same frame mirrored, as the other side is shown: the same angle. */
  for (guint i = 0; i < 3; i++)
    points[i].x = -points[i].x;
  g_assert_cmpfloat_with_epsilon (stride_measure_angle (STRIDE_MEASURE_BETWEEN, points, 3),
                                   between_thighs, 2.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stride/angle/straight-leg-raise-frame", test_straight_leg_raise_frame);
  return g_test_run ();
}
