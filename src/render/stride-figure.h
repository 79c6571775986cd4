/* stride-figure.h — a pose turned into 3D body shapes (forward kinematics)
 *
 * World axes: x forward (where the standing figure faces), y up, z to the figure's
 * right. The camera of the animation maps the world onto the picture plane; positions in
 * pose files are picture coordinates, so the kinematics needs the camera too.
 * No cairo here: the painter projects and draws what this computes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-animation.h"

G_BEGIN_DECLS

typedef struct { double x, y, z; } StrideVec3;

typedef enum
{
  STRIDE_MATERIAL_LIMB,
  STRIDE_MATERIAL_SHIRT,
  STRIDE_MATERIAL_SHORTS,
  STRIDE_MATERIAL_HAIR,
  STRIDE_MATERIAL_FACE,
  STRIDE_MATERIAL_MUSCLE,
} StrideMaterial;

/* A tapered capsule with an elliptic cross-section: semi-axes LAT (along the segment's
 * lateral axis) and FWD (along its forward axis) at each end. */
typedef struct
{
  StrideVec3     a, b;
  StrideVec3     lateral, forward;
  double         lat_a, fwd_a, lat_b, fwd_b;
  StrideMaterial material;
  double         depth;         /* towards the viewer: larger is drawn later */
  int            order;         /* tie-break for equal depth */
  int            side;          /* -1 the figure's left, 1 its right, 0 the middle */
  double         intensity;     /* muscles: 0..1 */
  StrideVec3     normal;        /* muscles: the body surface they lie under */
  gboolean       waist;         /* the lower trunk: the belt line is drawn on it */
} StrideShape;

typedef struct
{
  /* camera basis: picture right, picture up, towards the viewer */
  StrideVec3 right, up, toward;
  double     center_depth;      /* the pelvis: limbs behind it are shaded darker */
  GArray    *shapes;            /* StrideShape */
  StrideVec3 joints[32];        /* by joint index, see stride_figure_get_joint() */
  /* the pelvis's own axes (world): forward, up (towards the head), to its right */
  StrideVec3 pelvis_forward, pelvis_up, pelvis_right;
} StrideFigure;

void     stride_figure_camera    (const StrideAnimation *animation,
                                  StrideVec3            *right,
                                  StrideVec3            *up,
                                  StrideVec3            *toward);
/* Builds the figure of POSE; HIGHLIGHT (0..1) is the marked structure's intensity.
 * Applies the animation's ground and anchor rules. */
StrideFigure *stride_figure_new  (const StrideAnimation *animation,
                                  const StridePose      *pose,
                                  double                 highlight);
void     stride_figure_free      (StrideFigure *self);
gboolean stride_figure_get_joint (const StrideFigure *self,
                                  const char         *name,
                                  StrideVec3         *out);

static inline double
stride_vec3_dot (StrideVec3 a, StrideVec3 b)
{
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideFigure, stride_figure_free)

G_END_DECLS
