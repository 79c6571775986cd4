/* stride-animation.h — pose keyframe animations (see docs/animation-format.md)
 *
 * The model and loader of the pose files in data/animations, and sampling a pose at a time.
 * GLib and json-glib only, so the loader can be tested in the 'core' suite.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STRIDE_ANIMATION_ERROR (stride_animation_error_quark ())
GQuark stride_animation_error_quark (void);

typedef enum
{
  STRIDE_ANIMATION_ERROR_PARSE,
  STRIDE_ANIMATION_ERROR_INVALID,
} StrideAnimationError;

/* Degrees of freedom of the figure. Angles in degrees, positions in metres. */
typedef enum
{
  STRIDE_DOF_PELVIS_X,        /* picture x of the pelvis (between the hip joints) */
  STRIDE_DOF_PELVIS_Y,        /* picture y (height above the floor in side/front view) */
  STRIDE_DOF_PELVIS_PITCH,    /* + leans the body forward; -90 lies on the back */
  STRIDE_DOF_PELVIS_ROLL,     /* + tips the body towards its left; 90 lies on the left side */
  STRIDE_DOF_PELVIS_YAW,      /* + turns the body to its left (about its own long axis) */
  STRIDE_DOF_TRUNK_FLEX,
  STRIDE_DOF_TRUNK_SIDE,      /* + bends towards the left */
  STRIDE_DOF_TRUNK_TWIST,     /* + turns to the left */
  STRIDE_DOF_HEAD_FLEX,
  STRIDE_DOF_HEAD_TURN,
  STRIDE_DOF_UPPER_BACK_FLEX, /* + rounds the upper back over the lower (from mid-chest) */
  /* per side: left block, then right block, same order */
  STRIDE_DOF_HIP_L_FLEX,
  STRIDE_DOF_HIP_L_ABD,
  STRIDE_DOF_HIP_L_ROT,       /* + internal rotation */
  STRIDE_DOF_KNEE_L,          /* flexion, 0 = straight */
  STRIDE_DOF_ANKLE_L,         /* + toes up (dorsiflexion) */
  STRIDE_DOF_SHOULDER_L_FLEX,
  STRIDE_DOF_SHOULDER_L_ABD,
  STRIDE_DOF_SHOULDER_L_ROT,  /* + internal rotation: a bent elbow's hand moves inwards */
  STRIDE_DOF_ELBOW_L,
  STRIDE_DOF_FOOT_L_ROT,      /* + the toes turn in, - out (about the shin, below the knee) */
  STRIDE_DOF_HIP_R_FLEX,
  STRIDE_DOF_HIP_R_ABD,
  STRIDE_DOF_HIP_R_ROT,
  STRIDE_DOF_KNEE_R,
  STRIDE_DOF_ANKLE_R,
  STRIDE_DOF_SHOULDER_R_FLEX,
  STRIDE_DOF_SHOULDER_R_ABD,
  STRIDE_DOF_SHOULDER_R_ROT,
  STRIDE_DOF_ELBOW_R,
  STRIDE_DOF_FOOT_R_ROT,
  STRIDE_N_DOF
} StrideDof;

#define STRIDE_DOF_SIDE_STRIDE (STRIDE_DOF_HIP_R_FLEX - STRIDE_DOF_HIP_L_FLEX)

typedef struct
{
  double v[STRIDE_N_DOF];
  double chest_rise;            /* a breath that lifts the front of the chest, in metres */
} StridePose;

typedef enum { STRIDE_RENDER_VIEW_SIDE, STRIDE_RENDER_VIEW_FRONT, STRIDE_RENDER_VIEW_TOP } StrideRenderView;
typedef enum { STRIDE_RENDER_SIDES_NONE, STRIDE_RENDER_SIDES_BOTH, STRIDE_RENDER_SIDES_EACH } StrideRenderSides;
typedef enum { STRIDE_RENDER_SIDE_LEFT, STRIDE_RENDER_SIDE_RIGHT, STRIDE_RENDER_SIDE_BOTH } StrideRenderSide;
typedef enum
{
  STRIDE_EASE_IN_OUT,
  STRIDE_EASE_LINEAR,
  STRIDE_EASE_IN,
  STRIDE_EASE_OUT,
  STRIDE_EASE_STEP,
} StrideEase;

typedef enum
{
  STRIDE_PROP_MAT,
  STRIDE_PROP_WALL,
  STRIDE_PROP_BOX,
  STRIDE_PROP_TABLE,
  STRIDE_PROP_BAND,
  STRIDE_PROP_STRAP,
  STRIDE_PROP_CHAIR,
  STRIDE_PROP_RULER,
  STRIDE_PROP_CUSHION,          /* a soft ball or cushion held between two joints */
} StridePropKind;

typedef struct
{
  StridePropKind kind;
  double x, y, width, height;   /* picture metres: mat, wall, box, table, chair */
  double depth;                 /* a mat's extent along the line of sight (raised camera), 0: default */
  char  *from, *to;             /* joint names: band, strap, cushion */
  double above_knees;           /* a band from knee to knee: how far up the thighs (m), 0: at the knees */
} StrideProp;

typedef struct
{
  double     t;
  StrideEase ease;              /* how the motion arrives at this keyframe */
  StridePose pose;              /* complete: unset values carried over when loading */
  double     highlight;         /* 0..1 */
} StrideKeyframe;

/* Where the camera stands: the file's "camera", or a chapter's own (see has_camera). */
typedef struct
{
  StrideRenderView view;
  double     azimuth;           /* degrees, turns the camera about the vertical */
  double     elevation;         /* degrees, raises the camera to look down (side, front) */
  double     center_x, center_y, view_height;
} StrideCamera;

typedef struct
{
  char  *id;                    /* what the content's captions refer to */
  char  *uid;                   /* unique in a video: the id, "id@2" on the mirrored side */
  double start;
  double end;
  gboolean     has_camera;      /* the chapter cuts to its own camera */
  StrideCamera camera;
} StrideChapter;

typedef struct
{
  char       *file;             /* basename, for messages */
  char       *id;
  double      duration;         /* one side */
  double      switch_s;         /* the switch_side transition, sides = each */
  StrideRenderView  view;
  double      azimuth;          /* degrees, turns the camera about the vertical */
  double      elevation;        /* degrees, raises the camera to look down (side, front) */
  double      center_x, center_y, view_height;
  StrideRenderSides sides;
  StrideRenderSide  side;             /* the side the keyframes describe */
  char       *structure;        /* highlighted structure id, or NULL */
  StrideRenderSide  structure_side;
  char       *anchor;           /* joint whose position stays fixed, or NULL */
  gboolean    has_ground;
  double      ground;           /* the lowest point of the body rests at this height */
  GArray     *keyframes;        /* StrideKeyframe */
  GPtrArray  *props;            /* StrideProp */
  GPtrArray  *chapters;         /* StrideChapter, one side */
} StrideAnimation;

StrideAnimation *stride_animation_load_file  (const char  *path,
                                              GError     **error);
StrideAnimation *stride_animation_load_data  (const char  *name,
                                              const char  *data,
                                              gssize       length,
                                              GError     **error);
void             stride_animation_free       (StrideAnimation *self);

/* The pose and highlight intensity at T seconds into the described side. */
void             stride_animation_sample     (const StrideAnimation *self,
                                              double                 t,
                                              StridePose            *pose,
                                              double                *highlight);

/* The animation as seen at T seconds into the described side: SELF, or (when the
 * chapter at T has its own camera) SCRATCH, a shallow copy of SELF with that camera.
 * SCRATCH shares SELF's data: never free it. */
const StrideAnimation *stride_animation_at_time (const StrideAnimation *self,
                                                 double                 t,
                                                 StrideAnimation       *scratch);

/* Adds the breath of a held pose to POSE and HIGHLIGHT: where two keyframes at least
 * 1.5 s apart hold the same pose, the chest rises and falls a little (about one breath
 * in four seconds) and the highlight pulses, so a held pose visibly plays. Starts and
 * ends at rest, so the hold's ends do not jump. */
void             stride_animation_breathe    (const StrideAnimation *self,
                                              double                 t,
                                              StridePose            *pose,
                                              double                *highlight);

/* The whole video: one side, or (sides = each) the described side, a switch_side
 * transition and the mirrored side. */
double           stride_animation_get_total_duration (const StrideAnimation *self);

/* A video time mapped onto the animation. Returns the described-side time in T_A
 * (MIRRORED when it is the other side's frame) and, during a transition, a second frame
 * at T_B (MIRRORED_B) with BLEND (0..1) its share: the switch_side cross-fade to the
 * mirrored side, and (sides = each) a fade over the last moments of the video back to
 * the first frame, so that a looping player shows no jump. */
void             stride_animation_locate     (const StrideAnimation *self,
                                              double                 video_t,
                                              double                *t_a,
                                              gboolean              *mirrored,
                                              double                *t_b,
                                              gboolean              *mirrored_b,
                                              double                *blend);

/* The chapters of the whole video (StrideChapter): for sides = each, the described
 * side's, switch_side, then the same ids again for the mirrored side. */
GPtrArray       *stride_animation_get_video_chapters (const StrideAnimation *self);

gboolean         stride_animation_joint_known (const char *name);
gboolean         stride_animation_structure_known (const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideAnimation, stride_animation_free)

G_END_DECLS
