/* stride-figure.c — forward kinematics of the Stride figure
 *
 * Proportions are those of an adult about 1.75 m tall. Every segment has a frame whose
 * local axes are x forward, y up (along the bone, the bone hanging down -y) and z to the
 * figure's right; a joint angle rotates the child frame in its parent's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "stride-figure.h"

#define DEG (G_PI / 180.0)

#define HIP_HALF_WIDTH 0.09
#define THIGH 0.44
#define SHIN 0.42
#define TRUNK_ROOT 0.09
/* where the chest meets the waist: the upper back bends from here (a bridge lies on its
 * shoulder blades with the upper back flat while the lower back rises to the hips) */
#define MID_BACK 0.16
#define CHEST_TOP 0.31
#define NECK_BASE 0.44
#define SHOULDER_Y 0.39
#define SHOULDER_HALF_WIDTH 0.165
#define UPPER_ARM 0.29
#define FOREARM 0.26

typedef struct { double m[3][3]; } Mat3;

enum
{
  J_PELVIS, J_NECK, J_HEAD,
  J_HIP_L, J_KNEE_L, J_ANKLE_L, J_HEEL_L, J_TOE_L,
  J_SHOULDER_L, J_ELBOW_L, J_WRIST_L, J_HAND_L,
  J_HIP_R, J_KNEE_R, J_ANKLE_R, J_HEEL_R, J_TOE_R,
  J_SHOULDER_R, J_ELBOW_R, J_WRIST_R, J_HAND_R,
  N_JOINTS
};
#define J_SIDE_STRIDE (J_HIP_R - J_HIP_L)

/* In the order of enum above. */
static const char * const joint_names[N_JOINTS] = {
  "pelvis", "neck", "head",
  "hip_l", "knee_l", "ankle_l", "heel_l", "toe_l",
  "shoulder_l", "elbow_l", "wrist_l", "hand_l",
  "hip_r", "knee_r", "ankle_r", "heel_r", "toe_r",
  "shoulder_r", "elbow_r", "wrist_r", "hand_r",
};

static StrideVec3
vec (double x, double y, double z)
{
  return (StrideVec3) { x, y, z };
}

static StrideVec3
vadd (StrideVec3 a, StrideVec3 b)
{
  return vec (a.x + b.x, a.y + b.y, a.z + b.z);
}

static StrideVec3
vscale (StrideVec3 a, double s)
{
  return vec (a.x * s, a.y * s, a.z * s);
}

static StrideVec3
vnorm (StrideVec3 a)
{
  double len = sqrt (stride_vec3_dot (a, a));

  return len > 1e-12 ? vscale (a, 1 / len) : vec (0, 0, 0);
}

static Mat3
mat_mul (Mat3 a, Mat3 b)
{
  Mat3 r;

  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++)
      r.m[i][j] = a.m[i][0] * b.m[0][j] + a.m[i][1] * b.m[1][j] + a.m[i][2] * b.m[2][j];
  return r;
}

static StrideVec3
mat_apply (Mat3 a, StrideVec3 v)
{
  return vec (a.m[0][0] * v.x + a.m[0][1] * v.y + a.m[0][2] * v.z,
              a.m[1][0] * v.x + a.m[1][1] * v.y + a.m[1][2] * v.z,
              a.m[2][0] * v.x + a.m[2][1] * v.y + a.m[2][2] * v.z);
}

static Mat3
rot_x (double degrees)
{
  double c = cos (degrees * DEG), s = sin (degrees * DEG);

  return (Mat3) { { { 1, 0, 0 }, { 0, c, -s }, { 0, s, c } } };
}

static Mat3
rot_y (double degrees)
{
  double c = cos (degrees * DEG), s = sin (degrees * DEG);

  return (Mat3) { { { c, 0, s }, { 0, 1, 0 }, { -s, 0, c } } };
}

static Mat3
rot_z (double degrees)
{
  double c = cos (degrees * DEG), s = sin (degrees * DEG);

  return (Mat3) { { { c, -s, 0 }, { s, c, 0 }, { 0, 0, 1 } } };
}

/* A point given in a segment frame. */
static StrideVec3
at (StrideVec3 origin, Mat3 frame, double x, double y, double z)
{
  return vadd (origin, mat_apply (frame, vec (x, y, z)));
}

static StrideVec3
axis (Mat3 frame, int column)
{
  return vec (frame.m[0][column], frame.m[1][column], frame.m[2][column]);
}

void
stride_figure_camera (const StrideAnimation *animation,
                      StrideVec3            *right,
                      StrideVec3            *up,
                      StrideVec3            *toward)
{
  Mat3 turn = rot_y (animation->azimuth);

  switch (animation->view)
    {
    case STRIDE_RENDER_VIEW_FRONT:
      *right = vec (0, 0, -1), *up = vec (0, 1, 0), *toward = vec (1, 0, 0);
      break;
    case STRIDE_RENDER_VIEW_TOP:
      *right = vec (1, 0, 0), *up = vec (0, 0, -1), *toward = vec (0, 1, 0);
      break;
    case STRIDE_RENDER_VIEW_SIDE:
    default:
      /* the camera looks at the figure's left side; the figure faces the picture's left */
      *right = vec (-1, 0, 0), *up = vec (0, 1, 0), *toward = vec (0, 0, -1);
      break;
    }
  *right = mat_apply (turn, *right);
  *up = mat_apply (turn, *up);
  *toward = mat_apply (turn, *toward);
  if (animation->elevation > 0)
    {
      /* raise the camera: it looks down at the floor */
      double c = cos (animation->elevation * DEG), s = sin (animation->elevation * DEG);
      StrideVec3 t = *toward, u = *up;

      *toward = vadd (vscale (t, c), vscale (u, s));
      *up = vadd (vscale (u, c), vscale (t, -s));
    }
}

/* ---- building ---------------------------------------------------------------------- */

typedef struct
{
  StrideFigure *figure;
  Mat3          pelvis, trunk, upper_back, head;
  Mat3          thigh[2], shin[2], foot[2], upper_arm[2], forearm[2];
  int           order;
} Builder;

static StrideShape *
add_shape (Builder        *b,
           StrideVec3      p, StrideVec3 q,
           Mat3            frame,
           double          lat_a, double fwd_a, double lat_b, double fwd_b,
           StrideMaterial  material,
           int             side)
{
  StrideShape shape = { 0, };

  shape.a = p;
  shape.b = q;
  shape.lateral = axis (frame, 2);
  shape.forward = axis (frame, 0);
  shape.lat_a = lat_a, shape.fwd_a = fwd_a, shape.lat_b = lat_b, shape.fwd_b = fwd_b;
  shape.material = material;
  shape.side = side;
  shape.order = b->order++;
  shape.depth = stride_vec3_dot (vscale (vadd (p, q), 0.5), b->figure->toward);
  g_array_append_val (b->figure->shapes, shape);
  return &g_array_index (b->figure->shapes, StrideShape, b->figure->shapes->len - 1);
}

static StrideShape *
add_limb (Builder        *b,
          StrideVec3      p, StrideVec3 q,
          Mat3            frame,
          double          r_a, double r_b,
          StrideMaterial  material,
          int             side)
{
  return add_shape (b, p, q, frame, r_a, r_a, r_b, r_b, material, side);
}

static void
build_joints (Builder          *b,
              const StridePose *pose,
              StrideVec3        origin)
{
  const double *v = pose->v;
  StrideVec3 *j = b->figure->joints;
  StrideVec3 trunk_root, mid_back;

  b->pelvis = mat_mul (rot_x (-v[STRIDE_DOF_PELVIS_ROLL]),
                       mat_mul (rot_z (-v[STRIDE_DOF_PELVIS_PITCH]),
                                rot_y (v[STRIDE_DOF_PELVIS_YAW])));
  b->trunk = mat_mul (b->pelvis, mat_mul (rot_z (-v[STRIDE_DOF_TRUNK_FLEX]),
                                          mat_mul (rot_x (-v[STRIDE_DOF_TRUNK_SIDE]),
                                                   rot_y (v[STRIDE_DOF_TRUNK_TWIST]))));
  b->upper_back = mat_mul (b->trunk, rot_z (-v[STRIDE_DOF_UPPER_BACK_FLEX]));
  b->head = mat_mul (b->upper_back, mat_mul (rot_z (-v[STRIDE_DOF_HEAD_FLEX]),
                                        rot_y (v[STRIDE_DOF_HEAD_TURN])));
  j[J_PELVIS] = origin;
  b->figure->pelvis_forward = axis (b->pelvis, 0);
  b->figure->pelvis_up = axis (b->pelvis, 1);
  b->figure->pelvis_right = axis (b->pelvis, 2);
  trunk_root = at (origin, b->pelvis, 0, TRUNK_ROOT, 0);
  mid_back = at (trunk_root, b->trunk, 0, MID_BACK, 0);
  j[J_NECK] = at (mid_back, b->upper_back, 0, NECK_BASE - MID_BACK, 0);
  j[J_HEAD] = at (j[J_NECK], b->head, 0.015, 0.15, 0);

  for (int s = 0; s < 2; s++)
    {
      const double *d = v + s * STRIDE_DOF_SIDE_STRIDE;
      StrideVec3 *k = j + J_HIP_L + s * J_SIDE_STRIDE;
      double sign = s == 0 ? 1 : -1;   /* left abducts towards -z */

      b->thigh[s] = mat_mul (b->pelvis, mat_mul (rot_z (d[STRIDE_DOF_HIP_L_FLEX]),
                                                 mat_mul (rot_x (sign * d[STRIDE_DOF_HIP_L_ABD]),
                                                          rot_y (-sign * d[STRIDE_DOF_HIP_L_ROT]))));
      b->shin[s] = mat_mul (b->thigh[s], rot_z (-d[STRIDE_DOF_KNEE_L]));
      /* the foot turns about the shin's long axis (a foot that turns out as the knee
       * caves in), then bends at the ankle */
      b->foot[s] = mat_mul (b->shin[s], mat_mul (rot_y (-sign * d[STRIDE_DOF_FOOT_L_ROT]),
                                                 rot_z (d[STRIDE_DOF_ANKLE_L])));
      b->upper_arm[s] = mat_mul (b->upper_back, mat_mul (rot_z (d[STRIDE_DOF_SHOULDER_L_FLEX]),
                                                    mat_mul (rot_x (sign * d[STRIDE_DOF_SHOULDER_L_ABD]),
                                                             rot_y (-sign * d[STRIDE_DOF_SHOULDER_L_ROT]))));
      b->forearm[s] = mat_mul (b->upper_arm[s], rot_z (d[STRIDE_DOF_ELBOW_L]));

      k[J_HIP_L - J_HIP_L] = at (origin, b->pelvis, 0, 0, -sign * HIP_HALF_WIDTH);
      k[J_KNEE_L - J_HIP_L] = at (k[0], b->thigh[s], 0, -THIGH, 0);
      k[J_ANKLE_L - J_HIP_L] = at (k[1], b->shin[s], 0, -SHIN, 0);
      k[J_HEEL_L - J_HIP_L] = at (k[2], b->foot[s], -0.04, -0.045, 0);
      k[J_TOE_L - J_HIP_L] = at (k[2], b->foot[s], 0.16, -0.06, 0);
      k[J_SHOULDER_L - J_HIP_L] = at (mid_back, b->upper_back, 0, SHOULDER_Y - MID_BACK,
                                      -sign * SHOULDER_HALF_WIDTH);
      k[J_ELBOW_L - J_HIP_L] = at (k[5], b->upper_arm[s], 0, -UPPER_ARM, 0);
      k[J_WRIST_L - J_HIP_L] = at (k[6], b->forearm[s], 0, -FOREARM, 0);
      k[J_HAND_L - J_HIP_L] = at (k[7], b->forearm[s], 0, -0.07, 0);
    }
}

static void
build_leg (Builder *b,
           int      s)
{
  StrideVec3 *k = b->figure->joints + J_HIP_L + s * J_SIDE_STRIDE;
  int side = s == 0 ? -1 : 1;

  add_limb (b, k[0], k[1], b->thigh[s], 0.078, 0.052, STRIDE_MATERIAL_LIMB, side);
  /* the leg of the shorts */
  add_limb (b, k[0], at (k[0], b->thigh[s], 0, -0.17, 0), b->thigh[s], 0.081, 0.073,
            STRIDE_MATERIAL_SHORTS, side)->depth += 1e-4;
  add_limb (b, k[1], k[2], b->shin[s], 0.05, 0.034, STRIDE_MATERIAL_LIMB, side);
  add_limb (b, k[3], k[4], b->foot[s], 0.034, 0.022, STRIDE_MATERIAL_LIMB, side);
}

static void
build_arm (Builder *b,
           int      s)
{
  StrideVec3 *k = b->figure->joints + J_HIP_L + s * J_SIDE_STRIDE;
  int side = s == 0 ? -1 : 1;

  add_limb (b, k[5], k[6], b->upper_arm[s], 0.047, 0.036, STRIDE_MATERIAL_LIMB, side);
  add_limb (b, k[5], at (k[5], b->upper_arm[s], 0, -0.11, 0), b->upper_arm[s], 0.054, 0.047,
            STRIDE_MATERIAL_SHIRT, side)->depth += 1e-4;
  add_limb (b, k[6], k[7], b->forearm[s], 0.035, 0.027, STRIDE_MATERIAL_LIMB, side);
  add_limb (b, k[7], k[8], b->forearm[s], 0.03, 0.033, STRIDE_MATERIAL_LIMB, side);
}

static void
build_body (Builder          *b,
            const StridePose *pose)
{
  StrideVec3 *j = b->figure->joints;
  StrideVec3 origin = j[J_PELVIS];
  StrideVec3 trunk_root = at (origin, b->pelvis, 0, TRUNK_ROOT, 0);
  StrideVec3 mid_back = at (trunk_root, b->trunk, 0, MID_BACK, 0);
  Mat3 across = mat_mul (b->pelvis, rot_x (90));   /* long axis along z */
  StrideVec3 head_top = at (j[J_NECK], b->head, 0, 0.08, 0);
  StrideShape *shape;
  double head_depth;
  /* a breath moves the chest's axis forward as much as it widens it, so the back stays
   * where it rests; the chest rises most at the top, half as much where it meets the waist */
  double rise_top = pose->chest_rise / 2, rise_mid = pose->chest_rise / 4;

  add_shape (b, at (origin, b->pelvis, 0, 0.02, -0.075), at (origin, b->pelvis, 0, 0.02, 0.075),
             across, 0.1, 0.108, 0.1, 0.108, STRIDE_MATERIAL_SHORTS, 0);
  add_shape (b, at (origin, b->pelvis, 0, 0.06, 0), mid_back,
             b->trunk, 0.135, 0.095, 0.142, 0.097, STRIDE_MATERIAL_SHIRT, 0)->waist = TRUE;
  /* the chest turns with the upper back about the round end the two share */
  add_shape (b, at (mid_back, b->upper_back, rise_mid, 0, 0),
             at (mid_back, b->upper_back, rise_top, CHEST_TOP - MID_BACK, 0),
             b->upper_back, 0.145, 0.1 + rise_mid, 0.15, 0.104 + rise_top,
             STRIDE_MATERIAL_SHIRT, 0);
  add_limb (b, j[J_SHOULDER_L], j[J_SHOULDER_R], b->upper_back, 0.06, 0.06,
            STRIDE_MATERIAL_SHIRT, 0);
  add_limb (b, at (j[J_NECK], b->head, 0, -0.04, 0), head_top, b->head, 0.046, 0.044,
            STRIDE_MATERIAL_LIMB, 0);
  /* hair behind and above, the face in front: they read as the way the head faces */
  head_depth = stride_vec3_dot (j[J_HEAD], b->figure->toward) + 0.02;
  shape = add_limb (b, at (j[J_HEAD], b->head, -0.016, 0.012, 0),
                    at (j[J_HEAD], b->head, -0.016, 0.012, 0), b->head, 0.1, 0.1,
                    STRIDE_MATERIAL_HAIR, 0);
  shape->depth = head_depth;
  shape = add_limb (b, at (j[J_HEAD], b->head, 0.012, -0.01, 0),
                    at (j[J_HEAD], b->head, 0.012, -0.01, 0), b->head, 0.092, 0.092,
                    STRIDE_MATERIAL_FACE, 0);
  shape->depth = head_depth;
}

/* ---- the highlighted structures ---------------------------------------------------- */

typedef enum { ON_PELVIS, ON_THIGH } Anchor;

/* Forward, up (pelvis) or down the thigh as a fraction of it (thigh), and outward. */
typedef struct
{
  Anchor anchor;
  double fwd, along, out;
} MusclePoint;

static const struct
{
  const char  *structure;
  MusclePoint  a, b;
  double       radius;
} muscles[] = {
  { "gluteus_maximus", { ON_PELVIS, -0.085, 0.04, 0.065 }, { ON_THIGH, -0.05, 0.2, 0.03 }, 0.062 },
  { "gluteus_medius", { ON_PELVIS, -0.015, 0.11, 0.125 }, { ON_THIGH, 0, 0.03, 0.075 }, 0.045 },
  { "gluteus_minimus", { ON_PELVIS, 0.01, 0.09, 0.12 }, { ON_THIGH, 0.01, 0.02, 0.072 }, 0.035 },
  { "piriformis", { ON_PELVIS, -0.08, 0.06, 0.035 }, { ON_THIGH, -0.02, 0.0, 0.07 }, 0.03 },
  /* the muscle itself, where the stretch is felt ("near your front trouser pocket"): from
   * just below and behind the front of the pelvis (ASIS) over the front-outer upper third
   * of the thigh, where it joins the IT band — not the band down the thigh, which is a
   * passive cable that barely stretches */
  { "tfl", { ON_PELVIS, 0.05, 0.075, 0.12 }, { ON_THIGH, 0.03, 0.3, 0.07 }, 0.03 },
  { "iliopsoas", { ON_PELVIS, 0.04, 0.17, 0.05 }, { ON_THIGH, 0.045, 0.12, -0.01 }, 0.035 },
  { "rectus_femoris", { ON_THIGH, 0.06, 0.03, 0.0 }, { ON_THIGH, 0.05, 0.95, 0.0 }, 0.032 },
  { "quadriceps", { ON_THIGH, 0.04, 0.1, 0.0 }, { ON_THIGH, 0.04, 0.9, 0.0 }, 0.055 },
  { "hamstrings", { ON_THIGH, -0.04, 0.1, 0.0 }, { ON_THIGH, -0.035, 0.95, 0.0 }, 0.048 },
  { "adductors", { ON_THIGH, 0.0, 0.02, -0.05 }, { ON_THIGH, 0.0, 0.6, -0.04 }, 0.045 },
  { "hip_joint", { ON_PELVIS, 0.0, 0.0, 0.09 }, { ON_PELVIS, 0.0, 0.001, 0.09 }, 0.05 },
  { "sacroiliac_joint", { ON_PELVIS, -0.09, 0.1, 0.035 }, { ON_PELVIS, -0.09, 0.04, 0.03 }, 0.025 },
};

static StrideVec3
muscle_point (Builder           *b,
              const MusclePoint *p,
              int                s)
{
  double out = s == 0 ? -p->out : p->out;
  StrideVec3 hip = b->figure->joints[J_HIP_L + s * J_SIDE_STRIDE];

  if (p->anchor == ON_PELVIS)
    return at (b->figure->joints[J_PELVIS], b->pelvis, p->fwd, p->along, out);
  return at (hip, b->thigh[s], p->fwd, -p->along * THIGH, out);
}

static StrideVec3
muscle_normal (Builder           *b,
               const MusclePoint *p,
               int                s)
{
  double out = s == 0 ? -p->out : p->out;
  Mat3 frame = p->anchor == ON_PELVIS ? b->pelvis : b->thigh[s];
  double lateral = p->anchor == ON_PELVIS ? out - (s == 0 ? -HIP_HALF_WIDTH : HIP_HALF_WIDTH) * 0.5 : out;

  return vnorm (mat_apply (frame, vec (p->fwd, 0, lateral)));
}

static void
build_muscles (Builder               *b,
               const StrideAnimation *animation,
               double                 intensity)
{
  for (int s = 0; s < 2; s++)
    {
      double thigh_depth;

      if (animation->structure_side != STRIDE_RENDER_SIDE_BOTH && animation->structure_side != (StrideRenderSide) s)
        continue;
      /* over the thigh, from the hip to the knee, wherever it points */
      thigh_depth = MAX (stride_vec3_dot (b->figure->joints[J_HIP_L + s * J_SIDE_STRIDE],
                                          b->figure->toward),
                         stride_vec3_dot (b->figure->joints[J_KNEE_L + s * J_SIDE_STRIDE],
                                          b->figure->toward));
      for (guint i = 0; i < G_N_ELEMENTS (muscles); i++)
        {
          StrideShape *shape;
          StrideVec3 p, q;
          Mat3 frame = b->thigh[s];

          if (!g_str_equal (muscles[i].structure, animation->structure))
            continue;
          p = muscle_point (b, &muscles[i].a, s);
          q = muscle_point (b, &muscles[i].b, s);
          shape = add_limb (b, p, q, frame, muscles[i].radius, muscles[i].radius,
                            STRIDE_MATERIAL_MUSCLE, s == 0 ? -1 : 1);
          shape->intensity = intensity;
          shape->normal = muscle_normal (b, &muscles[i].a, s);
          /* drawn just over the segment it lies on */
          shape->depth = MAX (thigh_depth, b->figure->center_depth) + 1e-3;
          shape->order += 10000;
        }
    }
}

/* ---- placing ----------------------------------------------------------------------- */

static void
translate (StrideFigure *figure,
           StrideVec3    d)
{
  for (int i = 0; i < N_JOINTS; i++)
    figure->joints[i] = vadd (figure->joints[i], d);
}

static StrideVec3
pelvis_origin (const StrideFigure *figure,
               const StridePose   *pose)
{
  /* In side and front views y is a height above the floor, also when the camera is
   * raised: the figure then stays over the middle of the mat or table, not behind it. */
  StrideVec3 up = figure->toward.y > 0.999 ? figure->up : vec (0, 1, 0);

  return vadd (vscale (figure->right, pose->v[STRIDE_DOF_PELVIS_X]),
               vscale (up, pose->v[STRIDE_DOF_PELVIS_Y]));
}

static int
joint_index (const char *name)
{
  for (int i = 0; i < N_JOINTS; i++)
    if (g_str_equal (joint_names[i], name))
      return i;
  return -1;
}

/* The lowest point of the body: where each capsule end reaches down. */
static double
lowest_point (const StrideFigure *figure)
{
  double lowest = G_MAXDOUBLE;

  for (guint i = 0; i < figure->shapes->len; i++)
    {
      const StrideShape *s = &g_array_index (figure->shapes, StrideShape, i);
      StrideVec3 ends[2] = { s->a, s->b };
      double lat[2] = { s->lat_a, s->lat_b }, fwd[2] = { s->fwd_a, s->fwd_b };

      /* a highlight lights the body up; it must not lift it */
      if (s->material == STRIDE_MATERIAL_MUSCLE)
        continue;

      for (int e = 0; e < 2; e++)
        {
          double reach = sqrt (pow (lat[e] * s->lateral.y, 2) + pow (fwd[e] * s->forward.y, 2));

          reach = MAX (reach, MIN (lat[e], fwd[e]) * 0.9);
          lowest = MIN (lowest, ends[e].y - reach);
        }
    }
  return lowest;
}

static void
build (StrideFigure     *figure,
       const StridePose *pose,
       Builder          *b)
{
  memset (b, 0, sizeof *b);
  b->figure = figure;
  g_array_set_size (figure->shapes, 0);
  build_joints (b, pose, pelvis_origin (figure, pose));
}

static void
build_shapes (StrideFigure          *figure,
              const StrideAnimation *animation,
              const StridePose      *pose,
              double                 highlight,
              Builder               *b)
{
  figure->center_depth = stride_vec3_dot (figure->joints[J_PELVIS], figure->toward);
  build_leg (b, 0);
  build_leg (b, 1);
  build_body (b, pose);
  build_arm (b, 0);
  build_arm (b, 1);
  if (animation->structure != NULL && highlight > 0)
    build_muscles (b, animation, highlight);
}

StrideFigure *
stride_figure_new (const StrideAnimation *animation,
                   const StridePose      *pose,
                   double                 highlight)
{
  g_autoptr(StrideFigure) figure = g_new0 (StrideFigure, 1);
  Builder b;
  int anchor = animation->anchor != NULL ? joint_index (animation->anchor) : -1;

  g_return_val_if_fail (animation != NULL, NULL);
  g_return_val_if_fail (pose != NULL, NULL);

  figure->shapes = g_array_new (FALSE, TRUE, sizeof (StrideShape));
  stride_figure_camera (animation, &figure->right, &figure->up, &figure->toward);

  if (anchor >= 0)
    {
      /* Where the anchor is at the start is where it stays. */
      const StrideKeyframe *first = &g_array_index (animation->keyframes, StrideKeyframe, 0);
      StrideVec3 start, d;

      build (figure, &first->pose, &b);
      start = figure->joints[anchor];
      build (figure, pose, &b);
      d = vadd (start, vscale (figure->joints[anchor], -1));
      if (animation->has_ground)
        d.y = 0;
      translate (figure, d);
    }
  else
    build (figure, pose, &b);

  build_shapes (figure, animation, pose, highlight, &b);
  if (animation->has_ground)
    {
      double lift = animation->ground - lowest_point (figure);

      /* the shapes hang off the joints: move the joints, then shape them again */
      translate (figure, vec (0, lift, 0));
      g_array_set_size (figure->shapes, 0);
      b.order = 0;
      build_shapes (figure, animation, pose, highlight, &b);
    }
  return g_steal_pointer (&figure);
}

void
stride_figure_free (StrideFigure *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->shapes, g_array_unref);
  g_free (self);
}

gboolean
stride_figure_get_joint (const StrideFigure *self,
                         const char         *name,
                         StrideVec3         *out)
{
  int i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  i = joint_index (name);
  if (i < 0)
    return FALSE;
  *out = self->joints[i];
  return TRUE;
}
