/* stride-dose-row.c — one exercise of a routine being edited: its dose, its place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-dose-row.h"
#include "stride-session-plan.h"

struct _StrideDoseRow
{
  AdwExpanderRow  parent_instance;

  /* Template widgets */
  GtkWidget      *up_button;
  GtkWidget      *down_button;
  GtkSpinButton  *sets_spin;
  GtkSpinButton  *reps_spin;
  GtkSpinButton  *hold_spin;
  GtkSpinButton  *rest_spin;
  AdwComboRow    *sides_row;

  guint           index;
  guint           tempo_s;        /* kept as it was: the editor does not change it */
};

G_DEFINE_FINAL_TYPE (StrideDoseRow, stride_dose_row, ADW_TYPE_EXPANDER_ROW)

enum {
  DOSE_CHANGED,
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_dose (StrideDoseRow *self)
{
  StrideDose dose;
  g_autofree char *text = NULL;

  stride_dose_row_get_dose (self, &dose);
  text = stride_dose_text (&dose);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), text);
}

static void
value_changed_cb (StrideDoseRow *self)
{
  show_dose (self);
  g_signal_emit (self, signals[DOSE_CHANGED], 0);
}

static void
up_clicked_cb (StrideDoseRow *self)
{
  if (self->index > 0)
    g_signal_emit (self, signals[MOVE], 0, self->index, self->index - 1);
}

static void
down_clicked_cb (StrideDoseRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, self->index, self->index + 1);
}

static void
remove_clicked_cb (StrideDoseRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* Drag a row onto another to move it there. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 StrideDoseRow *self)
{
  return gdk_content_provider_new_typed (G_TYPE_UINT, self->index);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         StrideDoseRow *self)
{
  guint from = g_value_get_uint (value);

  if (from == self->index)
    return FALSE;

  g_signal_emit (self, signals[MOVE], 0, from, self->index);
  return TRUE;
}

/* Controllers with a value type cannot be made in a template. */
static void
add_drag_and_drop (StrideDoseRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
stride_dose_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_DOSE_ROW);

  G_OBJECT_CLASS (stride_dose_row_parent_class)->dispose (object);
}

static void
stride_dose_row_class_init (StrideDoseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_dose_row_dispose;

  signals[DOSE_CHANGED] = g_signal_new ("dose-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-dose-row.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, sets_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, hold_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, rest_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideDoseRow, sides_row);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
stride_dose_row_init (StrideDoseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_drag_and_drop (self);
}

GtkWidget *
stride_dose_row_new (const char       *name,
                     const StrideDose *dose,
                     guint             index,
                     guint             n_items)
{
  StrideDoseRow *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (dose != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_DOSE_ROW, "title", name, NULL);
  self->index = index;
  self->tempo_s = dose->tempo_s;
  gtk_spin_button_set_value (self->sets_spin, dose->sets);
  gtk_spin_button_set_value (self->reps_spin, dose->reps);
  gtk_spin_button_set_value (self->hold_spin, dose->hold_s);
  gtk_spin_button_set_value (self->rest_spin, dose->rest_s);
  adw_combo_row_set_selected (self->sides_row, dose->sides);
  gtk_widget_set_sensitive (self->up_button, index > 0);
  gtk_widget_set_sensitive (self->down_button, index + 1 < n_items);
  show_dose (self);
  return GTK_WIDGET (self);
}

void
stride_dose_row_get_dose (StrideDoseRow *self,
                          StrideDose    *dose)
{
  g_return_if_fail (STRIDE_IS_DOSE_ROW (self));
  g_return_if_fail (dose != NULL);

  *dose = (StrideDose) { 0 };
  dose->sets = gtk_spin_button_get_value_as_int (self->sets_spin);
  dose->reps = gtk_spin_button_get_value_as_int (self->reps_spin);
  dose->hold_s = gtk_spin_button_get_value_as_int (self->hold_spin);
  dose->rest_s = gtk_spin_button_get_value_as_int (self->rest_spin);
  dose->tempo_s = self->tempo_s;
  dose->sides = adw_combo_row_get_selected (self->sides_row);
}

guint
stride_dose_row_get_index (StrideDoseRow *self)
{
  g_return_val_if_fail (STRIDE_IS_DOSE_ROW (self), 0);

  return self->index;
}
