/* stride-animation-time.c — an animation in time: the pose at a moment, the chapters
 * and the side switch of the whole video, a chapter's own camera, and the breath of a
 * held pose. Loading and checking the files is stride-animation.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "stride-animation.h"
#include "stride-animation-private.h"

/* ---- sampling ---------------------------------------------------------------------- */

static double
ease (StrideEase kind,
      double     u)
{
  switch (kind)
    {
    case STRIDE_EASE_LINEAR:
      return u;
    case STRIDE_EASE_IN:
      return u * u;
    case STRIDE_EASE_OUT:
      return 1 - (1 - u) * (1 - u);
    case STRIDE_EASE_STEP:
      return u < 1 ? 0 : 1;
    case STRIDE_EASE_IN_OUT:
    default:
      return u * u * (3 - 2 * u);
    }
}

void
stride_animation_sample (const StrideAnimation *self,
                         double                 t,
                         StridePose            *pose,
                         double                *highlight)
{
  const StrideKeyframe *a, *b;
  guint i;
  double u;

  g_return_if_fail (self != NULL);
  g_return_if_fail (pose != NULL);

  for (i = 1; i < self->keyframes->len - 1; i++)
    if (g_array_index (self->keyframes, StrideKeyframe, i).t > t)
      break;
  a = &g_array_index (self->keyframes, StrideKeyframe, i - 1);
  b = &g_array_index (self->keyframes, StrideKeyframe, i);
  u = (t - a->t) / (b->t - a->t);
  u = ease (b->ease, CLAMP (u, 0, 1));
  for (int d = 0; d < STRIDE_N_DOF; d++)
    pose->v[d] = a->pose.v[d] + (b->pose.v[d] - a->pose.v[d]) * u;
  pose->chest_rise = 0;
  if (highlight != NULL)
    *highlight = a->highlight + (b->highlight - a->highlight) * u;
}

double
stride_animation_get_total_duration (const StrideAnimation *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->sides == STRIDE_RENDER_SIDES_EACH)
    return 2 * self->duration + self->switch_s;
  return self->duration;
}

/* The fade back to the first frame at the end of a two-sided video: short, and over
 * the settling end of the last release, so the mirrored side still reads as a side. */
#define LOOP_FADE_S 0.3

void
stride_animation_locate (const StrideAnimation *self,
                         double                 video_t,
                         double                *t_a,
                         gboolean              *mirrored,
                         double                *t_b,
                         gboolean              *mirrored_b,
                         double                *blend)
{
  double second, fade;

  g_return_if_fail (self != NULL);

  *t_b = 0;
  *mirrored_b = FALSE;
  *blend = 0;
  *mirrored = FALSE;
  if (self->sides != STRIDE_RENDER_SIDES_EACH || video_t < self->duration)
    {
      *t_a = MIN (video_t, self->duration);
      return;
    }
  if (video_t < self->duration + self->switch_s)
    {
      /* Cross-fade from the end of this side to the start of the other. */
      *t_a = self->duration;
      *t_b = 0;
      *mirrored_b = TRUE;
      *blend = ease (STRIDE_EASE_IN_OUT, (video_t - self->duration) / self->switch_s);
      return;
    }
  second = video_t - self->duration - self->switch_s;
  *t_a = MIN (second, self->duration);
  *mirrored = TRUE;
  /* The mirrored side ends where the video starts, mirrored: fade into the first frame
   * (the last frame is drawn one frame before the end, so it is nearly all B). */
  fade = MIN (LOOP_FADE_S, MIN (self->switch_s, self->duration / 4));
  if (second > self->duration - fade)
    *blend = ease (STRIDE_EASE_IN_OUT, MIN ((second - (self->duration - fade)) / fade, 1));
}

static StrideChapter *
chapter_copy (const StrideChapter *chapter,
              double               offset,
              const char          *suffix)
{
  StrideChapter *copy = g_new0 (StrideChapter, 1);

  copy->id = g_strdup (chapter->id);
  copy->uid = g_strconcat (chapter->id, suffix, NULL);
  copy->start = chapter->start + offset;
  copy->end = chapter->end + offset;
  copy->has_camera = chapter->has_camera;
  copy->camera = chapter->camera;
  return copy;
}

GPtrArray *
stride_animation_get_video_chapters (const StrideAnimation *self)
{
  GPtrArray *chapters = g_ptr_array_new_with_free_func (stride_animation_chapter_free);
  StrideChapter switch_side = { (char *) "switch_side", (char *) "switch_side", 0, 0,
                                FALSE, { 0, } };
  double second;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->chapters->len; i++)
    g_ptr_array_add (chapters, chapter_copy (g_ptr_array_index (self->chapters, i), 0, ""));
  if (self->sides != STRIDE_RENDER_SIDES_EACH)
    return chapters;
  switch_side.start = self->duration;
  switch_side.end = self->duration + self->switch_s;
  g_ptr_array_add (chapters, chapter_copy (&switch_side, 0, ""));
  second = self->duration + self->switch_s;
  for (guint i = 0; i < self->chapters->len; i++)
    g_ptr_array_add (chapters, chapter_copy (g_ptr_array_index (self->chapters, i), second,
                                             "@2"));
  return chapters;
}

const StrideAnimation *
stride_animation_at_time (const StrideAnimation *self,
                          double                 t,
                          StrideAnimation       *scratch)
{
  const StrideChapter *current = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scratch != NULL, NULL);

  for (guint i = 0; i < self->chapters->len; i++)
    {
      const StrideChapter *chapter = g_ptr_array_index (self->chapters, i);

      if (chapter->start <= t || i == 0)
        current = chapter;
    }
  if (current == NULL || !current->has_camera)
    return self;
  *scratch = *self;
  stride_animation_set_camera (scratch, &current->camera);
  return scratch;
}

/* How long one breath takes, roughly, and how far it moves: small, but over two
 * seconds enough to see at any video size. */
#define BREATH_S 4.0
#define BREATH_MIN_HOLD_S 1.5
#define BREATH_TRUNK_DEG 2.0
#define BREATH_HIGHLIGHT 0.3
/* Seated, a breath lifts the chin a little: the hands stay where they rest or reach. */
#define BREATH_SEATED_HEAD_DEG 2.5
/* Lying on the back (on a mat or a table, or on the shoulder blades at the top of a
 * bridge) the body rests on what is under it: any turn of the trunk or the head would lift
 * part of it. The front of the chest rises instead, 1 cm, its back staying down. */
#define BREATH_LYING_CHEST_RISE 0.01

/* How the body is held, for a breath that keeps what rests on the floor or a support
 * where it is. */
typedef enum
{
  BREATH_STANDING,  /* standing, kneeling, lying on a side: the trunk straightens */
  BREATH_ON_BACK,   /* lying on the back, a bridge too: the front of the chest rises */
  BREATH_SEATED,    /* both thighs forward: the head lifts, the hands stay put */
} BreathPosture;

static BreathPosture
breath_posture (const StridePose *pose)
{
  if (fabs (pose->v[STRIDE_DOF_PELVIS_PITCH] + 90) <= 45 &&
      fabs (pose->v[STRIDE_DOF_PELVIS_ROLL]) <= 45)
    return BREATH_ON_BACK;
  if (pose->v[STRIDE_DOF_HIP_L_FLEX] >= 60 && pose->v[STRIDE_DOF_HIP_R_FLEX] >= 60)
    return BREATH_SEATED;
  return BREATH_STANDING;
}

static void
breathe_in (StridePose *pose,
            double      depth)
{
  switch (breath_posture (pose))
    {
    case BREATH_ON_BACK:
      pose->chest_rise += BREATH_LYING_CHEST_RISE * depth;
      break;
    case BREATH_SEATED:
      /* the trunk would move the hands off what they rest on or reach along */
      pose->v[STRIDE_DOF_HEAD_FLEX] -= BREATH_SEATED_HEAD_DEG * depth;
      break;
    case BREATH_STANDING:
    default:
      /* the chest lifts: the trunk straightens a little */
      pose->v[STRIDE_DOF_TRUNK_FLEX] -= BREATH_TRUNK_DEG * depth;
      pose->v[STRIDE_DOF_HEAD_FLEX] += BREATH_TRUNK_DEG * 0.5 * depth;
      break;
    }
}

static gboolean
poses_equal (const StridePose *a,
             const StridePose *b)
{
  for (int d = 0; d < STRIDE_N_DOF; d++)
    if (fabs (a->v[d] - b->v[d]) > 1e-6)
      return FALSE;
  return TRUE;
}

void
stride_animation_breathe (const StrideAnimation *self,
                          double                 t,
                          StridePose            *pose,
                          double                *highlight)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (pose != NULL);

  for (guint i = 1; i < self->keyframes->len; i++)
    {
      const StrideKeyframe *a = &g_array_index (self->keyframes, StrideKeyframe, i - 1);
      const StrideKeyframe *b = &g_array_index (self->keyframes, StrideKeyframe, i);
      double length = b->t - a->t;
      double breaths, phase, depth;

      if (t < a->t || t > b->t)
        continue;
      if (length < BREATH_MIN_HOLD_S || !poses_equal (&a->pose, &b->pose))
        return;
      /* whole breaths, so the hold ends as it began */
      breaths = MAX (1, round (length / BREATH_S));
      phase = G_PI * breaths * (t - a->t) / length;
      depth = sin (phase) * sin (phase);
      breathe_in (pose, depth);
      if (highlight != NULL)
        *highlight *= 1 - BREATH_HIGHLIGHT * depth;
      return;
    }
}
