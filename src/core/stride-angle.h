/* stride-angle.h — the geometry of measuring a joint angle on a photo
 *
 * The angle helper lets a runner place points on their own photo (hip, knee, ankle…) and
 * reads the angle the self-test field asks for. Everything here is plain arithmetic on
 * points, so it is tested without a window: the angle at a vertex, how an EXIF orientation
 * turns a stored photo upright, and how a photo fitted into a widget maps back and forth.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "stride-point.h"

G_BEGIN_DECLS

/* How a field's angle is read from its points (content: a field's "measure.method"). */
typedef enum
{
  /* Three points, the angle at the middle one: e.g. the raised leg against the floor. */
  STRIDE_MEASURE_BETWEEN,
  /* Three points along a limb; 0° when they are in a straight line, e.g. knee bend. */
  STRIDE_MEASURE_FLEXION,
  /* Two points, the segment's angle from straight down, e.g. the shin in hip rotation. */
  STRIDE_MEASURE_FROM_VERTICAL,
} StrideMeasureMethod;

/* Points a method needs: 3, 3 or 2. */
guint    stride_measure_method_n_points (StrideMeasureMethod method);

/* The angle at VERTEX between the rays to A and B, in degrees, 0–180. NaN when a ray has
 * no length (two points on top of each other). */
double   stride_angle_at_vertex         (StridePoint a,
                                         StridePoint vertex,
                                         StridePoint b);

/* What METHOD reads from POINTS (image coordinates, y down). NaN when undefined. */
double   stride_measure_angle           (StrideMeasureMethod method,
                                         const StridePoint  *points,
                                         guint               n_points);

/* EXIF orientation (1–8) as the turn and flip that make the stored photo upright: rotate
 * clockwise by QUARTER_TURNS × 90°, after a horizontal flip when FLIPPED. Unknown values
 * are treated as 1 (upright). */
void     stride_exif_orientation_steps  (int          orientation,
                                         guint       *quarter_turns,
                                         gboolean    *flipped);

/* The upright size of a stored photo of WIDTH × HEIGHT. */
void     stride_exif_upright_size       (int          orientation,
                                         int          width,
                                         int          height,
                                         int         *upright_width,
                                         int         *upright_height);

/* Where the stored pixel P lands in the upright photo. */
StridePoint stride_exif_to_upright      (int          orientation,
                                         int          width,
                                         int          height,
                                         StridePoint  p);

/* A photo of IMAGE_W × IMAGE_H shown whole and centred in a VIEW_W × VIEW_H area. */
typedef struct
{
  double scale;
  double offset_x;
  double offset_y;
} StridePhotoFit;

StridePhotoFit stride_photo_fit_contain  (double                image_w,
                                          double                image_h,
                                          double                view_w,
                                          double                view_h);
StridePoint    stride_photo_fit_to_view  (const StridePhotoFit *fit,
                                          StridePoint           image_point);
StridePoint    stride_photo_fit_to_image (const StridePhotoFit *fit,
                                          StridePoint           view_point);

G_END_DECLS
