/* stride-self-test-inputs.c — the result inputs of one test, on one side
 *
 * A number (with its unit, a stopwatch for times, the photo helper for angles), a
 * switch, or a choice (with pictures when the pack has them) per field; each change is
 * written into the self-test record at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-angle-dialog.h"
#include "stride-self-test-guide.h"
#include "stride-self-test-inputs.h"

/* One input on the test view: a field of a test, on one side. */
typedef struct
{
  StrideSelfTestRecord *record;       /* borrowed: the step keeps it while its rows live */
  const StrideSelfTest *test;
  const StrideField    *field;
  StrideSide            side;
  GtkWidget            *row;
  GtkWidget            *control;
  GtkWidget            *unit;         /* numbers with a unit: the label beside the value */
  guint                 stopwatch_id;
  gint64                stopwatch_start;
} FieldInput;

static void
field_input_free (FieldInput *input)
{
  g_clear_handle_id (&input->stopwatch_id, g_source_remove);
  g_free (input);
}

/* FALSE when the field has no value yet. */
static gboolean
get_value (FieldInput      *input,
           StrideTestValue *value)
{
  return stride_self_test_record_get_value (input->record, input->test->id, input->side, input->field->id, value);
}

/* VALUE NULL: not measured. */
static void
set_value (FieldInput            *input,
           const StrideTestValue *value)
{
  stride_self_test_record_set_value (input->record, input->test->id, input->side, input->field->id, value);
}

static void
mark_measured (FieldInput *input,
               gboolean    measured)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (input->row), measured ? "" : _("Not measured yet"));
}

static void
number_changed_cb (GtkSpinButton *spin,
                   FieldInput    *input)
{
  StrideTestValue value = { .kind = STRIDE_TEST_VALUE_NUMBER, .number = gtk_spin_button_get_value (spin) };

  set_value (input, &value);
  mark_measured (input, TRUE);
}

static gboolean
stopwatch_tick_cb (gpointer data)
{
  FieldInput *input = data;
  double seconds = (g_get_monotonic_time () - input->stopwatch_start) / (double) G_USEC_PER_SEC;

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (input->control), (int) seconds);
  return G_SOURCE_CONTINUE;
}

static void
stopwatch_toggled_cb (GtkToggleButton *button,
                      FieldInput      *input)
{
  if (gtk_toggle_button_get_active (button))
    {
      input->stopwatch_start = g_get_monotonic_time ();
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (input->control), 0);
      input->stopwatch_id = g_timeout_add (200, stopwatch_tick_cb, input);
      gtk_button_set_label (GTK_BUTTON (button), _("Stop"));
    }
  else
    {
      g_clear_handle_id (&input->stopwatch_id, g_source_remove);
      stopwatch_tick_cb (input);
      gtk_button_set_label (GTK_BUTTON (button), _("Start"));
    }
}

static void
set_accessible_label (GtkWidget  *widget,
                      FieldInput *input)
{
  g_autofree char *label = NULL;

  if (input->side == STRIDE_SIDE_NONE)
    label = g_strdup (input->field->text);
  else
    /* Translators: e.g. "Left side: Did it hurt?" */
    label = g_strdup_printf (_("%s: %s"), stride_self_test_guide_side_title (input->side), input->field->text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The row also labels it by its title, which the label already says: Orca read
   * "Left side: Did it hurt? Did it hurt?". */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
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
measure_clicked_cb (GtkButton  *button,
                    FieldInput *input)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  g_autofree char *subtitle = NULL;
  StrideAngleDialog *dialog;

  if (input->side == STRIDE_SIDE_NONE)
    subtitle = g_strdup (input->field->text);
  else
    subtitle = g_strdup_printf (_("%s: %s"), stride_self_test_guide_side_title (input->side), input->field->text);
  dialog = stride_angle_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, input->field, subtitle);
  g_signal_connect_object (dialog, "angle-chosen", G_CALLBACK (angle_chosen_cb), input->control, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The angle helper's button, on angle fields that say how to measure them. */
static void
add_measure_button (FieldInput *input)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("camera-photo-symbolic");
  g_autofree char *label = NULL;

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Measure on a photo"));
  if (input->side == STRIDE_SIDE_NONE)
    label = g_strdup (_("Measure on a photo"));
  else
    /* Translators: e.g. "Measure on a photo, left side" */
    label = g_strdup_printf (_("Measure on a photo, %s"), stride_self_test_guide_side_title (input->side));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (input->row), button);
  g_signal_connect (button, "clicked", G_CALLBACK (measure_clicked_cb), input);
}

static void
build_number_input (FieldInput *input)
{
  StrideTestValue value;
  gboolean measured = get_value (input, &value);
  GtkWidget *spin = gtk_spin_button_new_with_range (input->field->min, input->field->max, 1);
  double initial = CLAMP (0, input->field->min, input->field->max);

  input->control = spin;
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             measured && value.kind == STRIDE_TEST_VALUE_NUMBER ? value.number : initial);
  mark_measured (input, measured);
  adw_action_row_add_suffix (ADW_ACTION_ROW (input->row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (input->row), spin);
  /* The unit beside the value, not after the question: questions often name it already. */
  if (input->field->unit != NULL)
    {
      input->unit = gtk_label_new (input->field->unit);
      gtk_widget_add_css_class (input->unit, "dim-label");
      gtk_widget_set_valign (input->unit, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (input->row), input->unit);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, input->unit, NULL, -1);
    }
  g_signal_connect (spin, "value-changed", G_CALLBACK (number_changed_cb), input);

  if (g_strcmp0 (input->field->input, "seconds") == 0)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_("Start"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Time the hold with a stopwatch"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (input->row), button);
      g_signal_connect (button, "toggled", G_CALLBACK (stopwatch_toggled_cb), input);
    }
  /* Repetitions are counted with the spin button's own +: a "+1" beside it was the same
   * button twice. */
  else if (input->field->measure != NULL)
    add_measure_button (input);
}

static void
bool_changed_cb (GtkSwitch  *toggle,
                 GParamSpec *pspec,
                 FieldInput *input)
{
  StrideTestValue value = { .kind = STRIDE_TEST_VALUE_BOOLEAN, .boolean = gtk_switch_get_active (toggle) };

  set_value (input, &value);
}

static void
build_bool_input (FieldInput *input)
{
  StrideTestValue value;
  gboolean measured = get_value (input, &value);
  GtkWidget *toggle = gtk_switch_new ();

  input->control = toggle;
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), measured && value.kind == STRIDE_TEST_VALUE_BOOLEAN && value.boolean);
  adw_action_row_add_suffix (ADW_ACTION_ROW (input->row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (input->row), toggle);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (bool_changed_cb), input);
}

/* A pack may come with a picture per choice; found by its ids, so a pack without
 * pictures simply shows none. */
static char *
choice_picture_path (const StrideSelfTest *test,
                     const StrideField    *field,
                     const char           *choice_id)
{
  g_autofree char *path = g_strdup_printf ("/io/github/stride_app/Stride/choices/%s-%s-%s.svg",
                                           test->id, field->id, choice_id);

  if (!g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    return NULL;
  return g_steal_pointer (&path);
}

static GtkWidget *
new_choice_picture (const char *path,
                    const char *description)
{
  GtkWidget *picture = gtk_picture_new ();

  /* A missing resource is a fatal error in GdkTexture: callers check it exists first. */
  if (path != NULL)
    gtk_picture_set_resource (GTK_PICTURE (picture), path);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_set_size_request (picture, 72, 72);
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (picture, "choice-picture");
  if (description != NULL)
    {
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description, -1);
    }
  return picture;
}

/* The row shows the picture of the chosen answer, so the choice reads at a glance. */
static void
update_choice_picture (FieldInput *input,
                       guint       selected)
{
  GtkWidget *picture = g_object_get_data (G_OBJECT (input->control), "stride-choice-picture");
  const StrideAnswer *choice;
  g_autofree char *path = NULL;

  if (picture == NULL)
    return;
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    {
      gtk_widget_set_visible (picture, FALSE);
      return;
    }
  choice = g_ptr_array_index (input->field->choices, selected - 1);
  path = choice_picture_path (input->test, input->field, choice->id);
  gtk_widget_set_visible (picture, path != NULL);
  if (path == NULL)
    return;
  gtk_picture_set_resource (GTK_PICTURE (picture), path);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), choice->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  choice->text, -1);
}

static void
choice_item_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      FieldInput               *input)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *picture = new_choice_picture (NULL, NULL);
  GtkWidget *label = gtk_label_new (NULL);

  /* A popover's list is only as wide as asked: give the text room, but wrap long ones. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
choice_item_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     FieldInput               *input)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *picture = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  GtkStringObject *string = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  g_autofree char *path = NULL;

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (string));
  if (position > 0 && position <= input->field->choices->len)
    {
      const StrideAnswer *choice = g_ptr_array_index (input->field->choices, position - 1);
      path = choice_picture_path (input->test, input->field, choice->id);
    }
  /* "Not checked" keeps an empty space of the same size so the texts line up. */
  gtk_widget_set_opacity (picture, path != NULL ? 1.0 : 0.0);
  if (path != NULL)
    gtk_picture_set_resource (GTK_PICTURE (picture), path);
  else
    gtk_picture_set_paintable (GTK_PICTURE (picture), NULL);
}

static gboolean
field_has_pictures (FieldInput *input)
{
  for (guint i = 0; i < input->field->choices->len; i++)
    {
      const StrideAnswer *choice = g_ptr_array_index (input->field->choices, i);
      g_autofree char *path = choice_picture_path (input->test, input->field, choice->id);

      if (path != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
add_choice_pictures (FieldInput *input,
                     GtkWidget  *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *picture = new_choice_picture (NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (choice_item_setup_cb), input);
  g_signal_connect (factory, "bind", G_CALLBACK (choice_item_bind_cb), input);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (row), factory);

  /* The picture takes width: the chosen answer goes under the question, where it
   * can wrap, instead of beside it, where it would be cut at 360 px. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  gtk_widget_set_visible (picture, FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), picture);
  g_object_set_data (G_OBJECT (row), "stride-choice-picture", picture);
}

static void
choice_changed_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   FieldInput  *input)
{
  guint selected = adw_combo_row_get_selected (row);
  const StrideAnswer *choice;

  update_choice_picture (input, selected);
  /* The first item is "Not checked". */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    {
      set_value (input, NULL);
      return;
    }

  choice = g_ptr_array_index (input->field->choices, selected - 1);
  set_value (input, &(StrideTestValue) { .kind = STRIDE_TEST_VALUE_CHOICE, .choice = choice->id });
}

static GtkWidget *
build_choice_row (FieldInput *input)
{
  StrideTestValue value;
  gboolean measured = get_value (input, &value);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  gtk_string_list_append (model, _("Not checked"));
  for (guint i = 0; i < input->field->choices->len; i++)
    {
      const StrideAnswer *choice = g_ptr_array_index (input->field->choices, i);

      gtk_string_list_append (model, choice->text);
      if (measured && g_strcmp0 (value.choice, choice->id) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  input->control = row;
  if (field_has_pictures (input))
    add_choice_pictures (input, row);
  update_choice_picture (input, selected);
  g_signal_connect (row, "notify::selected", G_CALLBACK (choice_changed_cb), input);
  return row;
}

static GtkWidget *
build_field_row (StrideSelfTestRecord *record,
                 const StrideSelfTest *test,
                 const StrideField    *field,
                 StrideSide            side)
{
  FieldInput *input = g_new0 (FieldInput, 1);
  g_autofree char *name = g_strdup_printf ("%s.%s.%s", test->id,
                                           side == STRIDE_SIDE_NONE ? "none" : stride_side_to_string (side),
                                           field->id);

  input->record = record;
  input->test = test;
  input->field = field;
  input->side = side;

  if (field->kind == STRIDE_FIELD_CHOICE)
    {
      input->row = build_choice_row (input);
    }
  else
    {
      input->row = adw_action_row_new ();
      if (field->kind == STRIDE_FIELD_NUMBER)
        build_number_input (input);
      else
        build_bool_input (input);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (input->row), field->text);

  /* Tests find a control by "test.side.field", its unit by "test.side.field-unit". */
  gtk_widget_set_name (input->control, name);
  if (input->unit != NULL)
    {
      g_autofree char *unit_name = g_strdup_printf ("%s-unit", name);
      gtk_widget_set_name (input->unit, unit_name);
    }
  set_accessible_label (input->control, input);
  g_object_set_data_full (G_OBJECT (input->row), "stride-field-input", input, (GDestroyNotify) field_input_free);
  return input->row;
}

GtkWidget *
stride_self_test_inputs_new_group (StrideSelfTestRecord *record,
                                   const StrideSelfTest *test,
                                   StrideSide            side)
{
  GtkWidget *group;

  g_return_val_if_fail (record != NULL && test != NULL, NULL);

  group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   side == STRIDE_SIDE_NONE ? _("Your result") : stride_self_test_guide_side_title (side));
  for (guint i = 0; i < test->fields->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               build_field_row (record, test, g_ptr_array_index (test->fields, i), side));
  return group;
}

