/* stride-point.h — a point in a picture: body-map shapes, landmarks on a photo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

typedef struct
{
  double x;
  double y;
} StridePoint;
