/* stride-exercise-visual.c — the routine player's demonstration: the clip, or the steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-chapter-role.h"
#include "stride-exercise-visual.h"
#include "stride-session-plan.h"
#include "stride-session-text.h"

struct _StrideExerciseVisual
{
  AdwBin           parent_instance;

  /* Template widgets */
  StrideVideoView *video;
  GtkLabel        *steps_label;

  double           video_step;     /* the step the clip was set up for */
  StridePhase      video_phase;
  char            *failed_uri;     /* a clip that cannot be played: the steps instead */
};

G_DEFINE_FINAL_TYPE (StrideExerciseVisual, stride_exercise_visual, ADW_TYPE_BIN)

static gboolean
video_has_chapter (const StrideVideo *video,
                   const char        *id)
{
  for (guint i = 0; video != NULL && i < video->chapters->len; i++)
    if (g_strcmp0 (((StrideChapterCaption *) g_ptr_array_index (video->chapters, i))->id, id) == 0)
      return TRUE;

  return FALSE;
}

/* Work loops the chapter that shows the effort (the hold, or the movement of a rep);
 * getting ready and switching sides loop the set-up, so the clip never runs on into the
 * work before the count says go. Chapters are those of the clip's first pass: the side
 * its animation shows; mirroring gives the other side. */
static void
show_phase_in_video (StrideExerciseVisual *self,
                     const StrideVideo    *video,
                     StridePhase           phase)
{
  const char *hold = stride_chapter_role_to_id (STRIDE_CHAPTER_ROLE_HOLD);
  const char *move = stride_chapter_role_to_id (STRIDE_CHAPTER_ROLE_MOVE);
  const char *setup = stride_chapter_role_to_id (STRIDE_CHAPTER_ROLE_SETUP);

  if (phase == STRIDE_PHASE_WORK && video_has_chapter (video, hold))
    stride_video_view_loop_chapter (self->video, hold);
  else if (phase == STRIDE_PHASE_WORK && video_has_chapter (video, move))
    stride_video_view_loop_chapter (self->video, move);
  else if (phase != STRIDE_PHASE_WORK && video_has_chapter (video, setup))
    stride_video_view_loop_chapter (self->video, setup);
  else
    stride_video_view_loop_chapter (self->video, NULL);
}

static void
show_steps_instead (StrideExerciseVisual *self,
                    gboolean              instead)
{
  gtk_widget_set_visible (GTK_WIDGET (self->video), !instead);
  gtk_widget_set_visible (GTK_WIDGET (self->steps_label),
                          instead && gtk_label_get_label (self->steps_label)[0] != '\0');
}

void
stride_exercise_visual_show (StrideExerciseVisual *self,
                             StrideContent        *content,
                             const StrideExercise *exercise,
                             StridePhase           phase,
                             StrideRunnerSide      side,
                             StrideRunnerSide      only_side,
                             double                step,
                             gboolean              playing)
{
  const StrideVideo *video;
  g_autofree char *steps = NULL;

  g_return_if_fail (STRIDE_IS_EXERCISE_VISUAL (self));
  g_return_if_fail (content != NULL);

  steps = stride_session_text_steps (exercise, only_side);
  gtk_label_set_label (self->steps_label, steps != NULL ? steps : "");
  gtk_widget_set_visible (GTK_WIDGET (self->steps_label), steps != NULL);

  video = exercise != NULL && exercise->video != NULL ? stride_content_find_video (content, exercise->video) : NULL;
  /* Mirrored for the side worked even while a clip cannot play: it is ready when it can */
  if (video != NULL)
    stride_video_view_set_mirrored (self->video, stride_video_mirrored_for (video, side));
  if (video != NULL && g_strcmp0 (video->uri, self->failed_uri) == 0)
    video = NULL;
  show_steps_instead (self, video == NULL);
  if (video == NULL)
    return;

  if (g_strcmp0 (stride_video_view_get_uri (self->video), video->uri) != 0)
    stride_video_view_set_pack_video (self->video, video, content);

  /* Only when the step changed: pausing or resuming must not restart the clip */
  if (self->video_step != step || self->video_phase != phase)
    {
      self->video_step = step;
      self->video_phase = phase;
      show_phase_in_video (self, video, phase);
    }
  stride_video_view_set_playing (self->video, playing);
}

/* A clip that cannot be played gives its place to the written steps. */
static void
video_error_cb (StrideExerciseVisual *self)
{
  g_free (self->failed_uri);
  self->failed_uri = g_strdup (stride_video_view_get_uri (self->video));
  show_steps_instead (self, TRUE);
}

void
stride_exercise_visual_reset (StrideExerciseVisual *self)
{
  g_return_if_fail (STRIDE_IS_EXERCISE_VISUAL (self));

  self->video_phase = STRIDE_PHASE_IDLE;
}

void
stride_exercise_visual_set_playing (StrideExerciseVisual *self,
                                    gboolean              playing)
{
  g_return_if_fail (STRIDE_IS_EXERCISE_VISUAL (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->video)))
    stride_video_view_set_playing (self->video, playing);
}

void
stride_exercise_visual_fit (StrideExerciseVisual *self,
                            int                   minimum,
                            int                   maximum)
{
  g_return_if_fail (STRIDE_IS_EXERCISE_VISUAL (self));

  gtk_widget_set_size_request (GTK_WIDGET (self->video), -1, minimum);
  stride_video_view_set_max_height (self->video, MAX (minimum, maximum));
}

StrideVideoView *
stride_exercise_visual_get_video_view (StrideExerciseVisual *self)
{
  g_return_val_if_fail (STRIDE_IS_EXERCISE_VISUAL (self), NULL);

  return self->video;
}

static void
stride_exercise_visual_finalize (GObject *object)
{
  StrideExerciseVisual *self = STRIDE_EXERCISE_VISUAL (object);

  g_free (self->failed_uri);

  G_OBJECT_CLASS (stride_exercise_visual_parent_class)->finalize (object);
}

static void
stride_exercise_visual_class_init (StrideExerciseVisualClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = stride_exercise_visual_finalize;

  g_type_ensure (STRIDE_TYPE_VIDEO_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-exercise-visual.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseVisual, video);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseVisual, steps_label);
  gtk_widget_class_bind_template_callback (widget_class, video_error_cb);
}

static void
stride_exercise_visual_init (StrideExerciseVisual *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The player's own keys and buttons run the clip, and its cues are the sound. */
  stride_video_view_set_controls_visible (self->video, FALSE);
  stride_video_view_set_muted (self->video, TRUE);
  self->video_phase = STRIDE_PHASE_IDLE;
}
