/* stride-exercise-view.c — an exercise's page: its clip, dose, steps and variations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-dose.h"
#include "stride-exercise-view.h"
#include "stride-session-plan.h"
#include "stride-reading.h"
#include "stride-routine-catalog.h"
#include "stride-video-view.h"
#include "stride-widget-util.h"

struct _StrideExerciseView
{
  AdwBin         parent_instance;

  /* Template widgets */
  GtkLabel      *name_label;
  AdwBin        *video_slot;
  GtkLabel      *summary_label;
  GtkLabel      *dose_label;
  GtkWidget     *steps_group;
  GtkBox        *steps_box;
  GtkWidget     *cues_group;
  GtkBox        *cues_box;
  GtkWidget     *harder_group;
  GtkBox        *harder_box;
  GtkWidget     *easier_group;
  GtkBox        *easier_box;

  /* Owned */
  StrideContext *context;
};

G_DEFINE_FINAL_TYPE (StrideExerciseView, stride_exercise_view, ADW_TYPE_BIN)

/* LINES in BOX, numbered or as bullets; GROUP shows only with something in it. */
static void
show_lines (GtkWidget          *group,
            GtkBox             *box,
            const char * const *lines,
            gboolean            numbered)
{
  stride_clear_box (box);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_autofree char *marker = numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");

      gtk_box_append (box, stride_reading_create_list_item (marker, lines[i]));
    }
  gtk_widget_set_visible (group, lines != NULL && lines[0] != NULL);
}

/* The exercise's clip, looping, playing at once */
static void
show_video (StrideExerciseView   *self,
            const StrideExercise *exercise)
{
  const StrideVideo *video = exercise->video != NULL ? stride_routine_catalog_find_video (self->context, exercise->video) : NULL;
  GtkWidget *view;

  adw_bin_set_child (self->video_slot, NULL);
  if (video == NULL)
    return;

  view = stride_video_view_new ();
  gtk_widget_set_size_request (view, -1, 260);
  stride_video_view_set_loop (STRIDE_VIDEO_VIEW (view), TRUE);
  stride_video_view_set_pack_video (STRIDE_VIDEO_VIEW (view), video, stride_context_get_content (self->context));
  stride_video_view_play (STRIDE_VIDEO_VIEW (view));
  adw_bin_set_child (self->video_slot, view);
}

gboolean
stride_exercise_view_show (StrideExerciseView *self,
                           const char         *id)
{
  return stride_exercise_view_show_on_side (self, id, STRIDE_RUNNER_SIDE_NONE);
}

gboolean
stride_exercise_view_show_on_side (StrideExerciseView *self,
                                   const char         *id,
                                   StrideRunnerSide    only_side)
{
  const StrideExercise *exercise;
  g_autofree char *dose = NULL;
  g_auto(GStrv) steps = NULL;

  g_return_val_if_fail (STRIDE_IS_EXERCISE_VIEW (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  exercise = stride_routine_catalog_find_exercise (self->context, id);
  if (exercise == NULL)
    return FALSE;

  dose = stride_dose_text (&exercise->dose);
  gtk_label_set_text (self->name_label, exercise->name);
  gtk_label_set_text (self->summary_label, exercise->summary != NULL ? exercise->summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), exercise->summary != NULL && exercise->summary[0] != '\0');
  gtk_label_set_text (self->dose_label, dose);
  show_video (self, exercise);
  /* One side only: no "then a set on the other side" */
  steps = stride_session_plan_steps (exercise, only_side);
  show_lines (self->steps_group, self->steps_box, (const char * const *) steps, TRUE);
  show_lines (self->cues_group, self->cues_box, (const char * const *) exercise->cues, FALSE);
  show_lines (self->harder_group, self->harder_box, (const char * const[]) { exercise->progression.text, NULL }, FALSE);
  show_lines (self->easier_group, self->easier_box, (const char * const[]) { exercise->regression.text, NULL }, FALSE);
  return TRUE;
}

void
stride_exercise_view_clear (StrideExerciseView *self)
{
  g_return_if_fail (STRIDE_IS_EXERCISE_VIEW (self));

  adw_bin_set_child (self->video_slot, NULL);
}

void
stride_exercise_view_set_context (StrideExerciseView *self,
                                  StrideContext      *context)
{
  g_return_if_fail (STRIDE_IS_EXERCISE_VIEW (self));
  g_return_if_fail (STRIDE_IS_CONTEXT (context));

  g_set_object (&self->context, context);
}

static void
stride_exercise_view_dispose (GObject *object)
{
  StrideExerciseView *self = STRIDE_EXERCISE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_EXERCISE_VIEW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (stride_exercise_view_parent_class)->dispose (object);
}

static void
stride_exercise_view_class_init (StrideExerciseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_exercise_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-exercise-view.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, name_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, video_slot);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, dose_label);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, steps_group);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, steps_box);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, cues_group);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, cues_box);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, harder_group);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, harder_box);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, easier_group);
  gtk_widget_class_bind_template_child (widget_class, StrideExerciseView, easier_box);
}

static void
stride_exercise_view_init (StrideExerciseView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
