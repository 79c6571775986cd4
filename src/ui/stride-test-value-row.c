/* stride-test-value-row.c — a number or yes/no result of a self-test, on one side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-angle-dialog.h"
#include "stride-self-test-guide.h"
#include "stride-self-test-inputs.h"
#include "stride-test-value-row.h"

struct _StrideTestValueRow
{
  AdwActionRow          parent_instance;

  /* Template widgets */
  GtkSpinButton        *spin;
  GtkLabel             *unit_label;
  GtkToggleButton      *stopwatch_button;
  GtkWidget            *measure_button;
  GtkSwitch            *toggle;

  /* Owned references */
  StrideSelfTestRecord *record;

  /* Borrowed references: the content the page keeps */
  const StrideSelfTest *test;
  const StrideField    *field;
  StrideSide            side;

  gboolean              building;      /* setting the value shown, not the user */
  guint                 stopwatch_id;
  gint64                stopwatch_start;
};

G_DEFINE_FINAL_TYPE (StrideTestValueRow, stride_test_value_row, ADW_TYPE_ACTION_ROW)

static void
set_value (StrideTestValueRow    *self,
           const StrideTestValue *value)
{
  if (!self->building)
    stride_self_test_record_set_value (self->record, self->test->id, self->side, self->field->id, value);
}

static void
mark_measured (StrideTestValueRow *self,
               gboolean            measured)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), measured ? "" : _("Not measured yet"));
}

static void
number_changed_cb (StrideTestValueRow *self)
{
  StrideTestValue value = { .kind = STRIDE_TEST_VALUE_NUMBER, .number = gtk_spin_button_get_value (self->spin) };

  if (self->building)
    return;
  set_value (self, &value);
  mark_measured (self, TRUE);
}

static void
toggle_changed_cb (StrideTestValueRow *self)
{
  StrideTestValue value = { .kind = STRIDE_TEST_VALUE_BOOLEAN, .boolean = gtk_switch_get_active (self->toggle) };

  set_value (self, &value);
}

static gboolean
stopwatch_tick_cb (gpointer data)
{
  StrideTestValueRow *self = data;
  double seconds = (g_get_monotonic_time () - self->stopwatch_start) / (double) G_USEC_PER_SEC;

  gtk_spin_button_set_value (self->spin, (int) seconds);
  return G_SOURCE_CONTINUE;
}

static void
stopwatch_toggled_cb (StrideTestValueRow *self)
{
  if (gtk_toggle_button_get_active (self->stopwatch_button))
    {
      self->stopwatch_start = g_get_monotonic_time ();
      gtk_spin_button_set_value (self->spin, 0);
      self->stopwatch_id = g_timeout_add (200, stopwatch_tick_cb, self);
      gtk_button_set_label (GTK_BUTTON (self->stopwatch_button), _("Stop"));
    }
  else
    {
      g_clear_handle_id (&self->stopwatch_id, g_source_remove);
      stopwatch_tick_cb (self);
      gtk_button_set_label (GTK_BUTTON (self->stopwatch_button), _("Start"));
    }
}

static void
angle_chosen_cb (StrideAngleDialog *dialog,
                 double             degrees,
                 GtkSpinButton     *spin)
{
  /* The spin button's own handler records the value, as if it had been typed. */
  gtk_spin_button_set_value (spin, round (degrees));
}

static void
measure_clicked_cb (StrideTestValueRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *subtitle = stride_self_test_inputs_field_label (self->field, self->side);
  StrideAngleDialog *dialog = stride_angle_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       self->field, subtitle);

  g_signal_connect_object (dialog, "angle-chosen", G_CALLBACK (angle_chosen_cb), self->spin, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_measure_button (StrideTestValueRow *self)
{
  g_autofree char *label = NULL;

  if (self->side == STRIDE_SIDE_NONE)
    label = g_strdup (_("Measure on a photo"));
  else
    /* Translators: e.g. "Measure on a photo, left side" */
    label = g_strdup_printf (_("Measure on a photo, %s"), stride_self_test_guide_side_title (self->side));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->measure_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_visible (self->measure_button, TRUE);
}

static void
show_number (StrideTestValueRow *self,
             gboolean            measured,
             double              number)
{
  const StrideField *field = self->field;

  gtk_spin_button_set_range (self->spin, field->min, field->max);
  gtk_spin_button_set_increments (self->spin, 1, 10);
  gtk_spin_button_set_value (self->spin, measured ? number : CLAMP (0, field->min, field->max));
  gtk_widget_set_visible (GTK_WIDGET (self->spin), TRUE);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->spin));
  mark_measured (self, measured);
  if (field->unit != NULL)
    {
      gtk_label_set_label (self->unit_label, field->unit);
      gtk_widget_set_visible (GTK_WIDGET (self->unit_label), TRUE);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      self->unit_label, NULL, -1);
    }
  /* Repetitions are counted with the spin button's own +: a "+1" beside it was the same
   * button twice. */
  if (g_strcmp0 (field->input, "seconds") == 0)
    gtk_widget_set_visible (GTK_WIDGET (self->stopwatch_button), TRUE);
  else if (field->measure != NULL)
    show_measure_button (self);
}

static void
show_switch (StrideTestValueRow *self,
             gboolean            active)
{
  gtk_switch_set_active (self->toggle, active);
  gtk_widget_set_visible (GTK_WIDGET (self->toggle), TRUE);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->toggle));
}

GtkWidget *
stride_test_value_row_new (StrideSelfTestRecord *record,
                           const StrideSelfTest *test,
                           const StrideField    *field,
                           StrideSide            side)
{
  StrideTestValueRow *self;
  StrideTestValue value;
  gboolean measured;
  GtkWidget *control;

  g_return_val_if_fail (record != NULL && test != NULL && field != NULL, NULL);
  g_return_val_if_fail (field->kind != STRIDE_FIELD_CHOICE, NULL);

  self = g_object_new (STRIDE_TYPE_TEST_VALUE_ROW, "title", field->text, NULL);
  self->record = stride_self_test_record_ref (record);
  self->test = test;
  self->field = field;
  self->side = side;
  measured = stride_self_test_record_get_value (record, test->id, side, field->id, &value);

  self->building = TRUE;
  if (field->kind == STRIDE_FIELD_NUMBER)
    show_number (self, measured, measured && value.kind == STRIDE_TEST_VALUE_NUMBER ? value.number : 0);
  else
    show_switch (self, measured && value.kind == STRIDE_TEST_VALUE_BOOLEAN && value.boolean);
  self->building = FALSE;

  control = field->kind == STRIDE_FIELD_NUMBER ? GTK_WIDGET (self->spin) : GTK_WIDGET (self->toggle);
  stride_self_test_inputs_name_control (control, test, field, side);
  if (field->unit != NULL && field->kind == STRIDE_FIELD_NUMBER)
    {
      g_autofree char *unit_name = g_strdup_printf ("%s-unit", gtk_widget_get_name (control));
      gtk_widget_set_name (GTK_WIDGET (self->unit_label), unit_name);
    }
  return GTK_WIDGET (self);
}

static void
stride_test_value_row_dispose (GObject *object)
{
  StrideTestValueRow *self = STRIDE_TEST_VALUE_ROW (object);

  g_clear_handle_id (&self->stopwatch_id, g_source_remove);

  G_OBJECT_CLASS (stride_test_value_row_parent_class)->dispose (object);
}

static void
stride_test_value_row_finalize (GObject *object)
{
  StrideTestValueRow *self = STRIDE_TEST_VALUE_ROW (object);

  g_clear_pointer (&self->record, stride_self_test_record_unref);

  G_OBJECT_CLASS (stride_test_value_row_parent_class)->finalize (object);
}

static void
stride_test_value_row_class_init (StrideTestValueRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_test_value_row_dispose;
  object_class->finalize = stride_test_value_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-test-value-row.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideTestValueRow, spin);
  gtk_widget_class_bind_template_child (widget_class, StrideTestValueRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, StrideTestValueRow, stopwatch_button);
  gtk_widget_class_bind_template_child (widget_class, StrideTestValueRow, measure_button);
  gtk_widget_class_bind_template_child (widget_class, StrideTestValueRow, toggle);
  gtk_widget_class_bind_template_callback (widget_class, number_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, toggle_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stopwatch_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, measure_clicked_cb);
}

static void
stride_test_value_row_init (StrideTestValueRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
