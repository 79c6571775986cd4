/* stride-angle.c — the geometry of measuring a joint angle on a photo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-angle.h"

guint
stride_measure_method_n_points (StrideMeasureMethod method)
{
  return method == STRIDE_MEASURE_FROM_VERTICAL ? 2 : 3;
}

double
stride_angle_at_vertex (StridePoint a,
                        StridePoint vertex,
                        StridePoint b)
{
  double ax = a.x - vertex.x, ay = a.y - vertex.y;
  double bx = b.x - vertex.x, by = b.y - vertex.y;
  double la = hypot (ax, ay), lb = hypot (bx, by);
  double cosine;

  if (la < 1e-9 || lb < 1e-9)
    return NAN;
  /* Rounding can push the cosine a hair past ±1, where acos has no answer. */
  cosine = CLAMP ((ax * bx + ay * by) / (la * lb), -1.0, 1.0);
  return acos (cosine) * 180.0 / G_PI;
}

double
stride_measure_angle (StrideMeasureMethod method,
                      const StridePoint  *points,
                      guint               n_points)
{
  g_return_val_if_fail (points != NULL, NAN);

  if (n_points < stride_measure_method_n_points (method))
    return NAN;

  switch (method)
    {
    case STRIDE_MEASURE_BETWEEN:
      return stride_angle_at_vertex (points[0], points[1], points[2]);
    case STRIDE_MEASURE_FLEXION:
      return 180.0 - stride_angle_at_vertex (points[0], points[1], points[2]);
    case STRIDE_MEASURE_FROM_VERTICAL:
      {
        /* Straight down from the first point is y growing (image coordinates). */
        StridePoint below = { points[0].x, points[0].y + 1.0 };
        return stride_angle_at_vertex (below, points[0], points[1]);
      }
    default:
      g_return_val_if_reached (NAN);
    }
}

void
stride_exif_orientation_steps (int       orientation,
                               guint    *quarter_turns,
                               gboolean *flipped)
{
  /* EXIF 1–8: 1 upright, 2 mirrored, 3 upside down, 4 upside down mirrored, 5 mirrored and
   * turned, 6 needs a quarter turn clockwise, 7 mirrored and turned back, 8 needs a quarter
   * turn anticlockwise. Written as flip-then-rotate-clockwise. */
  static const guint turns[9] = { 0, 0, 0, 2, 2, 3, 1, 1, 3 };
  static const gboolean flips[9] = { FALSE, FALSE, TRUE, FALSE, TRUE, TRUE, FALSE, TRUE, FALSE };

  if (orientation < 1 || orientation > 8)
    orientation = 1;
  if (quarter_turns != NULL)
    *quarter_turns = turns[orientation];
  if (flipped != NULL)
    *flipped = flips[orientation];
}

void
stride_exif_upright_size (int  orientation,
                          int  width,
                          int  height,
                          int *upright_width,
                          int *upright_height)
{
  guint turns;

  stride_exif_orientation_steps (orientation, &turns, NULL);
  *upright_width = (turns % 2) ? height : width;
  *upright_height = (turns % 2) ? width : height;
}

StridePoint
stride_exif_to_upright (int         orientation,
                        int         width,
                        int         height,
                        StridePoint p)
{
  guint turns;
  gboolean flipped;
  double w = width, h = height;

  stride_exif_orientation_steps (orientation, &turns, &flipped);
  if (flipped)
    p.x = w - p.x;
  for (guint i = 0; i < turns; i++)
    {
      /* One quarter turn clockwise of a W × H picture: (x, y) → (H − y, x). */
      StridePoint turned = { h - p.y, p.x };
      double swap = w;

      p = turned;
      w = h;
      h = swap;
    }
  return p;
}

StridePhotoFit
stride_photo_fit_contain (double image_w,
                          double image_h,
                          double view_w,
                          double view_h)
{
  StridePhotoFit fit = { 1.0, 0.0, 0.0 };

  if (image_w <= 0 || image_h <= 0 || view_w <= 0 || view_h <= 0)
    return fit;
  fit.scale = MIN (view_w / image_w, view_h / image_h);
  fit.offset_x = (view_w - image_w * fit.scale) / 2.0;
  fit.offset_y = (view_h - image_h * fit.scale) / 2.0;
  return fit;
}

StridePoint
stride_photo_fit_to_view (const StridePhotoFit *fit,
                          StridePoint           image_point)
{
  StridePoint p = { fit->offset_x + image_point.x * fit->scale,
                    fit->offset_y + image_point.y * fit->scale };
  return p;
}

StridePoint
stride_photo_fit_to_image (const StridePhotoFit *fit,
                           StridePoint           view_point)
{
  StridePoint p = { (view_point.x - fit->offset_x) / fit->scale,
                    (view_point.y - fit->offset_y) / fit->scale };
  return p;
}
