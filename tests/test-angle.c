/* test-angle.c — the geometry of the angle helper: three points to degrees, EXIF
 * orientation, and fitting a photo into the view and back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-angle.h"
#include "stride-content.h"

static StridePoint
pt (double x, double y)
{
  StridePoint p = { x, y };
  return p;
}

static void
test_vertex_known_angles (void)
{
  struct { StridePoint a, v, b; double degrees; } cases[] = {
    { { 1, 0 }, { 0, 0 }, { 0, 1 }, 90 },
    { { 1, 0 }, { 0, 0 }, { -1, 0 }, 180 },
    { { 1, 0 }, { 0, 0 }, { 2, 0 }, 0 },
    { { 1, 0 }, { 0, 0 }, { 1, 1 }, 45 },
    { { 10, 10 }, { 5, 5 }, { 5, 15 }, 45 },
    { { cos (G_PI / 3), sin (G_PI / 3) }, { 0, 0 }, { 1, 0 }, 60 },
    { { 300, 200 }, { 100, 200 }, { 100 + 200 * cos (G_PI * 80 / 180), 200 - 200 * sin (G_PI * 80 / 180) }, 80 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpfloat_with_epsilon (stride_angle_at_vertex (cases[i].a, cases[i].v, cases[i].b),
                                    cases[i].degrees, 1e-9);
}

static void
test_vertex_degenerate (void)
{
  g_assert_true (isnan (stride_angle_at_vertex (pt (0, 0), pt (0, 0), pt (1, 0))));
  g_assert_true (isnan (stride_angle_at_vertex (pt (3, 4), pt (1, 1), pt (1, 1))));
}

static void
test_methods (void)
{
  /* A knee bent to a right angle: hip above, knee, ankle out in front. */
  StridePoint bent[] = { { 0, 0 }, { 0, 100 }, { 100, 100 } };
  /* A straight leg: 0° of flexion. */
  StridePoint straight[] = { { 0, 0 }, { 0, 50 }, { 0, 100 } };
  /* Leg raised 70° from the floor: raised ankle, hip, flat ankle. */
  StridePoint raised[] = { { 100 * cos (G_PI * 70 / 180), -100 * sin (G_PI * 70 / 180) }, { 0, 0 }, { 100, 0 } };
  /* Shin swung 35° out from straight down, either way. */
  StridePoint shin_out[] = { { 50, 50 }, { 50 + 80 * sin (G_PI * 35 / 180), 50 + 80 * cos (G_PI * 35 / 180) } };
  StridePoint shin_in[] = { { 50, 50 }, { 50 - 80 * sin (G_PI * 35 / 180), 50 + 80 * cos (G_PI * 35 / 180) } };

  g_assert_cmpfloat_with_epsilon (stride_measure_angle (STRIDE_MEASURE_FLEXION, bent, 3), 90, 1e-9);
  g_assert_cmpfloat_with_epsilon (stride_measure_angle (STRIDE_MEASURE_FLEXION, straight, 3), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (stride_measure_angle (STRIDE_MEASURE_BETWEEN, raised, 3), 70, 1e-9);
  g_assert_cmpfloat_with_epsilon (stride_measure_angle (STRIDE_MEASURE_FROM_VERTICAL, shin_out, 2), 35, 1e-9);
  g_assert_cmpfloat_with_epsilon (stride_measure_angle (STRIDE_MEASURE_FROM_VERTICAL, shin_in, 2), 35, 1e-9);
  /* Too few points is no answer, not a guess. */
  g_assert_true (isnan (stride_measure_angle (STRIDE_MEASURE_BETWEEN, raised, 2)));
  g_assert_cmpuint (stride_measure_method_n_points (STRIDE_MEASURE_FROM_VERTICAL), ==, 2);
  g_assert_cmpuint (stride_measure_method_n_points (STRIDE_MEASURE_FLEXION), ==, 3);
}

/* Each EXIF orientation takes the stored photo's corners where the upright photo has them. */
static void
test_exif_orientations (void)
{
  /* A 40 × 30 stored photo; the point (10, 5) near its top-left corner. */
  struct { int orientation; int w, h; double x, y; } cases[] = {
    { 1, 40, 30, 10, 5 },
    { 2, 40, 30, 30, 5 },    /* mirrored */
    { 3, 40, 30, 30, 25 },   /* upside down */
    { 4, 40, 30, 10, 25 },   /* upside down, mirrored = flipped vertically */
    { 5, 30, 40, 5, 10 },    /* transposed */
    { 6, 30, 40, 25, 10 },   /* needs a quarter turn clockwise */
    { 7, 30, 40, 25, 30 },   /* transversed */
    { 8, 30, 40, 5, 30 },    /* needs a quarter turn anticlockwise */
    { 0, 40, 30, 10, 5 },    /* unknown: upright */
    { 99, 40, 30, 10, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int w, h;
      StridePoint p = stride_exif_to_upright (cases[i].orientation, 40, 30, pt (10, 5));

      stride_exif_upright_size (cases[i].orientation, 40, 30, &w, &h);
      g_assert_cmpint (w, ==, cases[i].w);
      g_assert_cmpint (h, ==, cases[i].h);
      g_assert_cmpfloat_with_epsilon (p.x, cases[i].x, 1e-9);
      g_assert_cmpfloat_with_epsilon (p.y, cases[i].y, 1e-9);
    }
}

/* An angle measured on a rotated photo is the angle measured on the upright one. */
static void
test_exif_keeps_angles (void)
{
  StridePoint leg[] = { { 12, 3 }, { 20, 18 }, { 35, 22 } };

  for (int orientation = 1; orientation <= 8; orientation++)
    {
      StridePoint upright[3];

      for (guint i = 0; i < 3; i++)
        upright[i] = stride_exif_to_upright (orientation, 40, 30, leg[i]);
      g_assert_cmpfloat_with_epsilon (stride_measure_angle (STRIDE_MEASURE_FLEXION, upright, 3),
                                      stride_measure_angle (STRIDE_MEASURE_FLEXION, leg, 3), 1e-9);
    }
}

static void
test_fit (void)
{
  /* A 4000 × 3000 photo in a 800 × 800 view: 0.2 scale, letterboxed top and bottom. */
  StridePhotoFit fit = stride_photo_fit_contain (4000, 3000, 800, 800);
  StridePoint v = stride_photo_fit_to_view (&fit, pt (2000, 1500));
  StridePoint back = stride_photo_fit_to_image (&fit, pt (400, 100));

  g_assert_cmpfloat_with_epsilon (fit.scale, 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (fit.offset_x, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fit.offset_y, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (v.x, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (v.y, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (back.x, 2000, 1e-9);
  g_assert_cmpfloat_with_epsilon (back.y, 0, 1e-9);

  /* A tall photo in a wide view: pillarboxed. */
  fit = stride_photo_fit_contain (1080, 1920, 1280, 720);
  g_assert_cmpfloat_with_epsilon (fit.scale, 0.375, 1e-12);
  g_assert_cmpfloat_with_epsilon (fit.offset_x, (1280 - 405) / 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fit.offset_y, 0, 1e-9);

  /* The angle survives the round trip through the view. */
  {
    StridePoint leg[] = { { 100, 900 }, { 700, 1300 }, { 650, 1800 } }, shown[3], again[3];

    for (guint i = 0; i < 3; i++)
      {
        shown[i] = stride_photo_fit_to_view (&fit, leg[i]);
        again[i] = stride_photo_fit_to_image (&fit, shown[i]);
        g_assert_cmpfloat_with_epsilon (again[i].x, leg[i].x, 1e-9);
        g_assert_cmpfloat_with_epsilon (again[i].y, leg[i].y, 1e-9);
      }
    g_assert_cmpfloat_with_epsilon (stride_measure_angle (STRIDE_MEASURE_BETWEEN, shown, 3),
                                    stride_measure_angle (STRIDE_MEASURE_BETWEEN, leg, 3), 1e-9);
  }

  /* No size: an identity fit, never a division by zero. */
  fit = stride_photo_fit_contain (0, 0, 100, 100);
  g_assert_cmpfloat (fit.scale, ==, 1.0);
}

/* Every angle field of the bundled pack says how to measure it, with as many landmarks as
 * its method needs, so the helper never asks for a point it cannot use. */
static void
test_bundled_fields_measurable (void)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = stride_content_load_pack (stride_content_get_bundled_dir (), errors);
  GPtrArray *tests;
  guint n_angle_fields = 0;

  g_assert_nonnull (content);
  tests = stride_content_get_items (content, STRIDE_KIND_TEST);
  for (guint i = 0; i < tests->len; i++)
    {
      StrideSelfTest *test = g_ptr_array_index (tests, i);

      for (guint j = 0; j < test->fields->len; j++)
        {
          StrideField *field = g_ptr_array_index (test->fields, j);

          if (g_strcmp0 (field->input, "angle") != 0)
            continue;
          n_angle_fields++;
          g_assert_nonnull (field->measure);
          g_assert_cmpuint (g_strv_length (field->measure->points), ==,
                            stride_measure_method_n_points ((StrideMeasureMethod) field->measure->method));
          g_assert_nonnull (field->measure->help);
        }
    }
  /* Thomas knee angle, straight-leg raise, hip rotation in and out. */
  g_assert_cmpuint (n_angle_fields, >=, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stride/angle/vertex", test_vertex_known_angles);
  g_test_add_func ("/stride/angle/degenerate", test_vertex_degenerate);
  g_test_add_func ("/stride/angle/methods", test_methods);
  g_test_add_func ("/stride/angle/exif", test_exif_orientations);
  g_test_add_func ("/stride/angle/exif-keeps-angles", test_exif_keeps_angles);
  g_test_add_func ("/stride/angle/fit", test_fit);
  g_test_add_func ("/stride/angle/bundled-fields", test_bundled_fields_measurable);
  return g_test_run ();
}
