/* stride-routine-view.c — a routine's page: what it is, its buttons, its next session
 *
 * The buttons and the exercise rows run the Routines page's actions (routines.start,
 * routines.open-exercise…), which resolve up the widget tree: the view knows no other
 * view. The exercises are a model of StrideListEntry bound to the list, filled again
 * each time the view is shown (the plan follows the history).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-list-entry.h"
#include "stride-list-row.h"
#include "stride-routine-catalog.h"
#include "stride-routine-view.h"
#include "stride-session-plan.h"

struct _StrideRoutineView
{
  AdwBin         parent_instance;

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *summary_label;
  GtkLabel      *length_label;
  GtkLabel      *side_label;
  GtkWidget     *start_button;
  GtkWidget     *edit_cell;
  GtkWidget     *delete_cell;
  GtkWidget     *duplicate_cell;
  GtkListBox    *exercise_list;

  /* Owned */
  StrideContext *context;
  GListStore    *exercises;   /* StrideListEntry: the next session's exercises */
  StrideRunnerSide side;      /* one-sided exercises on this side only, or NONE */
};

G_DEFINE_FINAL_TYPE (StrideRoutineView, stride_routine_view, ADW_TYPE_BIN)

/* The dose and sides the player will use, or why the exercise is left out. */
static char *
plan_item_subtitle (const StridePlanItem *item)
{
  g_autofree char *dose = NULL;

  if (item->left_out != NULL)
    /* Translators: %s is the reason from the self-test's caution */
    return g_strdup_printf (_("Left out for you: %s"), item->left_out);

  dose = stride_session_plan_item_text (item);
  if (item->note != NULL)
    return g_strdup_printf ("%s\n%s", dose, item->note);
  return g_steal_pointer (&dose);
}

/* One exercise of the next session; it opens the exercise when the content knows it. */
static StrideListEntry *
plan_item_entry (StrideRoutineView    *self,
                 const StridePlanItem *item)
{
  g_autofree char *name = stride_routine_catalog_exercise_name (self->context, item->exercise);
  g_autofree char *subtitle = plan_item_subtitle (item);
  gboolean known = stride_routine_catalog_find_exercise (self->context, item->exercise) != NULL;
  StrideListEntryStyle style = item->left_out != NULL ? STRIDE_LIST_ENTRY_AVOIDED : STRIDE_LIST_ENTRY_LINK;

  if (!known)
    return stride_list_entry_new (item->left_out != NULL ? style : STRIDE_LIST_ENTRY_PLAIN, name, subtitle);
  /* Worked on one side only, its page gives the steps for one side */
  if (item->only_side != STRIDE_RUNNER_SIDE_NONE)
    return stride_list_entry_new_action (style, name, subtitle, "routines.open-exercise-on-side",
                                         g_variant_new ("(ss)", item->exercise, stride_runner_side_to_string (item->only_side)));
  return stride_list_entry_new_action (style, name, subtitle, "routines.open-exercise",
                                       g_variant_new_string (item->exercise));
}

static void
show_plan (StrideRoutineView   *self,
           const StrideRoutine *routine)
{
  g_autoptr(GPtrArray) plan = stride_routine_catalog_plan (self->context, routine);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  stride_session_plan_set_only_side (plan, self->side);
  for (guint i = 0; i < plan->len; i++)
    g_ptr_array_add (entries, plan_item_entry (self, g_ptr_array_index (plan, i)));
  g_list_store_splice (self->exercises, 0, g_list_model_get_n_items (G_LIST_MODEL (self->exercises)),
                       entries->pdata, entries->len);
}

static void
show_buttons (StrideRoutineView   *self,
              const StrideRoutine *routine)
{
  gboolean mine = stride_routine_store_find (stride_context_get_routine_store (self->context), routine->id) != NULL;

  gtk_widget_set_sensitive (self->start_button, stride_routine_catalog_count_exercises (routine) > 0);
  gtk_widget_set_visible (self->edit_cell, mine);
  gtk_widget_set_visible (self->delete_cell, mine);
  gtk_widget_set_visible (self->duplicate_cell, !mine);
}

gboolean
stride_routine_view_show (StrideRoutineView *self,
                          const char        *id)
{
  const StrideRoutine *routine;
  g_autofree char *length = NULL;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_VIEW (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  routine = id != NULL ? stride_routine_catalog_find (self->context, id) : NULL;
  if (routine == NULL)
    return FALSE;

  length = stride_routine_catalog_describe (routine);
  gtk_label_set_text (self->name_label, routine->name);
  gtk_label_set_text (self->summary_label, routine->summary != NULL ? routine->summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), routine->summary != NULL && routine->summary[0] != '\0');
  gtk_label_set_text (self->length_label, length);
  gtk_label_set_text (self->side_label, self->side == STRIDE_RUNNER_SIDE_LEFT
                                        ? _("Left side only: exercises done one side at a time work your left side, the side that hurts.")
                                        : self->side == STRIDE_RUNNER_SIDE_RIGHT
                                        ? _("Right side only: exercises done one side at a time work your right side, the side that hurts.")
                                        : "");
  gtk_widget_set_visible (GTK_WIDGET (self->side_label), self->side != STRIDE_RUNNER_SIDE_NONE);
  show_buttons (self, routine);
  show_plan (self, routine);
  return TRUE;
}

void
stride_routine_view_set_side (StrideRoutineView *self,
                              StrideRunnerSide   side)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_VIEW (self));

  self->side = side;
}

void
stride_routine_view_set_context (StrideRoutineView *self,
                                 StrideContext     *context)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_VIEW (self));
  g_return_if_fail (STRIDE_IS_CONTEXT (context));

  g_set_object (&self->context, context);
}

static void
stride_routine_view_dispose (GObject *object)
{
  StrideRoutineView *self = STRIDE_ROUTINE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_ROUTINE_VIEW);
  g_clear_object (&self->exercises);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (stride_routine_view_parent_class)->dispose (object);
}

static void
stride_routine_view_class_init (StrideRoutineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_routine_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-routine-view.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, name_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, length_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, side_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, start_button);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, edit_cell);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, delete_cell);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, duplicate_cell);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineView, exercise_list);
}

static void
stride_routine_view_init (StrideRoutineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->exercises = g_list_store_new (STRIDE_TYPE_LIST_ENTRY);
  stride_list_row_bind (self->exercise_list, G_LIST_MODEL (self->exercises));
}
