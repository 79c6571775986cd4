/* stride-self-test-page.c — the guided self-test: tests, results per side, summary
 *
 * Three views in a stack: "start" (what you need, safety, about you, which tests),
 * "test" (one test: how to do it, what to look for, the results for each side) and
 * "summary" (findings per side, cautions, the personal routine). The results entered
 * are kept as the `--assess` input document, so the page scores them exactly as the
 * command line does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-body-map.h"
#include "stride-chapter-role.h"
#include "stride-cli.h"
#include "stride-angle-dialog.h"
#include "stride-routine-catalog.h"
#include "stride-self-test-page.h"
#include "stride-self-test-record.h"
#include "stride-sound-cues.h"
#include "stride-widget-util.h"
#include "stride-video-view.h"

/* The routine whose test items give the order of the full self-test, when the
 * content has it. */
#define ASSESSMENT_ROUTINE "hip_assessment"

struct _StrideSelfTestPage
{
  StridePage           parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwPreferencesGroup *last_group;
  AdwActionRow        *last_row;
  AdwPreferencesGroup *need_group;
  AdwComboRow         *sex_row;
  GtkSpinButton       *age_spin;
  AdwPreferencesGroup *tests_group;
  GtkScrolledWindow   *test_scroller;
  GtkLabel            *test_progress;
  GtkLabel            *test_title;
  GtkLabel            *test_summary;
  GtkBox              *video_slot;
  GtkLabel            *video_caption;
  GtkLabel            *test_needs;
  GtkBox              *steps_box;
  GtkLabel            *test_look_for;
  GtkLabel            *test_safety;
  GtkLabel            *test_helper;
  GtkBox              *inputs_box;
  GtkButton           *next_button;
  GtkButton           *back_button;
  GtkButton           *skip_button;
  GtkWidget           *clinician_box;
  GtkWidget           *map_box;
  GtkBox              *maps;
  GtkBox              *findings_box;
  AdwPreferencesGroup *cautions_group;
  GtkBox              *changes_box;
  GtkBox              *routine_box;
  GtkWidget           *start_routine_button;
  GtkLabel            *saved_label;

  /* Owned references */
  StrideContent       *content;
  StrideSelfTestRecord *record;      /* the results entered so far */
  GPtrArray           *sequence;      /* StrideSelfTest, borrowed from content */
  StrideAssessment    *assessment;
  GPtrArray           *caution_rows;  /* rows added to cautions_group */
  StrideHistory       *history;
  StrideHistoryEntry  *previous;      /* the last self-test before this one */
  char                *saved_id;      /* this self-test's history entry */

  guint                index;         /* in sequence, while the test view shows */
};

G_DEFINE_FINAL_TYPE (StrideSelfTestPage, stride_self_test_page, STRIDE_TYPE_PAGE)

static void show_last_test (StrideSelfTestPage *self);

/* One input on the test view: a field of a test, on one side. */
typedef struct
{
  StrideSelfTestPage   *page;         /* borrowed: the page outlives its rows */
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

/* ---------------------------------------------------------------------------------- */
/* Helpers                                                                            */
/* ---------------------------------------------------------------------------------- */

static GtkWidget *
wrapped_label (const char *text,
               const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Ask for one line; wrap only when the bar cannot give it. */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

static const char *
side_title (StrideSide side)
{
  switch (side)
    {
    case STRIDE_SIDE_LEFT:
      return _("Left side");
    case STRIDE_SIDE_RIGHT:
      return _("Right side");
    case STRIDE_SIDE_BOTH:
      return _("Both sides");
    case STRIDE_SIDE_NONE:
    default:
      return _("Overall");
    }
}

static const char *
equipment_name (const char *id)
{
  static const struct { const char *id; const char *name; } names[] = {
    { "mat", N_("An exercise mat, or a carpeted floor") },
    { "wall", N_("A wall or a chair back to touch for balance") },
    { "box", N_("A sturdy box, step or chair seat about knee height") },
    { "table", N_("A firm table or bed you can lie on") },
    { "band", N_("A resistance band") },
    { "strap", N_("A strap, belt or towel") },
    { "chair", N_("A chair") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].id, id))
      return _(names[i].name);

  return id;
}

static const char *
equipment_short_name (const char *id)
{
  static const struct { const char *id; const char *name; } names[] = {
    { "mat", N_("a mat") }, { "wall", N_("a wall") }, { "box", N_("a box or step") },
    { "table", N_("a firm table") }, { "band", N_("a band") }, { "strap", N_("a strap") },
    { "chair", N_("a chair") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].id, id))
      return _(names[i].name);

  return id;
}

static gboolean
test_has_input (const StrideSelfTest *test,
                const char           *input)
{
  for (guint i = 0; i < test->fields->len; i++)
    if (g_strcmp0 (((StrideField *) g_ptr_array_index (test->fields, i))->input, input) == 0)
      return TRUE;

  return FALSE;
}

/* ---------------------------------------------------------------------------------- */
/* Results                                                                            */
/* ---------------------------------------------------------------------------------- */

/* FALSE when the field has no value yet. */
static gboolean
get_value (StrideSelfTestPage *self,
           FieldInput         *input,
           StrideTestValue    *value)
{
  return stride_self_test_record_get_value (self->record, input->test->id, input->side, input->field->id, value);
}

/* VALUE NULL: not measured. */
static void
set_value (FieldInput            *input,
           const StrideTestValue *value)
{
  stride_self_test_record_set_value (input->page->record, input->test->id, input->side, input->field->id, value);
}

/* The record with who the runner is, as the start view says. */
static StrideSelfTestRecord *
current_record (StrideSelfTestPage *self)
{
  static const char * const sexes[] = { NULL, "female", "male", "other" };
  guint sex = adw_combo_row_get_selected (self->sex_row);
  int age = gtk_spin_button_get_value_as_int (self->age_spin);

  stride_self_test_record_set_person (self->record, sex < G_N_ELEMENTS (sexes) ? sexes[sex] : NULL, MAX (age, 0));
  return self->record;
}

StrideSelfTestRecord *
stride_self_test_page_dup_record (StrideSelfTestPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_PAGE (self), NULL);

  return stride_self_test_record_ref (current_record (self));
}

StrideAssessment *
stride_self_test_page_get_assessment (StrideSelfTestPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_PAGE (self), NULL);

  return self->assessment;
}

void
stride_self_test_page_set_history (StrideSelfTestPage *self,
                                   StrideHistory      *history)
{
  g_return_if_fail (STRIDE_IS_SELF_TEST_PAGE (self));
  g_return_if_fail (history == NULL || STRIDE_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "start") == 0 &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_last_test (self);
}

const char *
stride_self_test_page_get_saved_id (StrideSelfTestPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_PAGE (self), NULL);

  return self->saved_id;
}

const char *
stride_self_test_page_get_current_test (StrideSelfTestPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_PAGE (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "test") != 0 ||
      self->index >= self->sequence->len)
    return NULL;

  return ((const StrideSelfTest *) g_ptr_array_index (self->sequence, self->index))->id;
}

/* ---------------------------------------------------------------------------------- */
/* Inputs                                                                             */
/* ---------------------------------------------------------------------------------- */

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
    label = g_strdup_printf (_("%s: %s"), side_title (input->side), input->field->text);

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
    subtitle = g_strdup_printf (_("%s: %s"), side_title (input->side), input->field->text);
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
    label = g_strdup_printf (_("Measure on a photo, %s"), side_title (input->side));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (input->row), button);
  g_signal_connect (button, "clicked", G_CALLBACK (measure_clicked_cb), input);
}

static void
build_number_input (FieldInput *input)
{
  StrideTestValue value;
  gboolean measured = get_value (input->page, input, &value);
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
  gboolean measured = get_value (input->page, input, &value);
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
  gboolean measured = get_value (input->page, input, &value);
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
build_field_row (StrideSelfTestPage   *self,
                 const StrideSelfTest *test,
                 const StrideField    *field,
                 StrideSide            side)
{
  FieldInput *input = g_new0 (FieldInput, 1);
  g_autofree char *name = g_strdup_printf ("%s.%s.%s", test->id,
                                           side == STRIDE_SIDE_NONE ? "none" : stride_side_to_string (side),
                                           field->id);

  input->page = self;
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

static GtkWidget *
build_side_group (StrideSelfTestPage   *self,
                  const StrideSelfTest *test,
                  StrideSide            side)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   side == STRIDE_SIDE_NONE ? _("Your result") : side_title (side));
  for (guint i = 0; i < test->fields->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               build_field_row (self, test, g_ptr_array_index (test->fields, i), side));
  return group;
}

/* Lets a button's label wrap onto two lines rather than push the bar past a narrow
 * window's edge (long translations, large text); with room to spare it stays on one.
 * gtk_button_set_label() makes a new label, so call this again after it. */
static void
wrap_button_label (GtkButton *button)
{
  GtkWidget *label = gtk_button_get_child (button);

  if (!GTK_IS_LABEL (label))
    return;
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
}

/* ---------------------------------------------------------------------------------- */
/* The test view                                                                      */
/* ---------------------------------------------------------------------------------- */

static char *
describe_needs (const StrideSelfTest *test)
{
  g_autoptr(GString) needs = g_string_new (NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; test->equipment[i] != NULL; i++)
    g_ptr_array_add (items, (gpointer) equipment_short_name (test->equipment[i]));
  if (test_has_input (test, "angle"))
    g_ptr_array_add (items, _("a phone to measure angles"));
  g_ptr_array_add (items, NULL);

  if (items->len > 1)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) items->pdata);
      g_string_append_printf (needs, _("You need %s."), list);
    }
  if (test->partner)
    g_string_append_printf (needs, "%s%s", needs->len > 0 ? " " : "", _("A partner makes it easier."));

  return g_string_free (g_steal_pointer (&needs), FALSE);
}

static char *
describe_helpers (const StrideSelfTest *test)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (test_has_input (test, "angle"))
    g_string_append (text, _("Measuring an angle: use your phone as an inclinometer, with a level or clinometer app. Lay it flat along the part that moves (the shin or the thigh) and read the angle it shows."));
  if (test_has_input (test, "seconds"))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "",
                            _("The Start button beside a time is a stopwatch: start it as you get into position and stop it when you stop."));
  if (test_has_input (test, "reps"))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "",
                            _("Press + after each good repetition, or type the count."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Reads the test's steps aloud (the spoken coaching's voice), for a user already in
 * position on the floor. */
static void
read_steps_cb (GtkButton *button,
               const char *text)
{
  StridePage *page = STRIDE_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (button), STRIDE_TYPE_PAGE));

  if (!stride_sound_cues_read_aloud (stride_sound_cues_from_context (stride_page_get_context (page)), text))
    gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("No voice can read aloud now: sound is off in Preferences, or no voice is installed for your language"));
}

static GtkWidget *
read_aloud_button (const char *text)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("audio-speakers-symbolic");

  gtk_widget_set_tooltip_text (button, _("Read the Steps Aloud"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read the steps aloud"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_data (button, "clicked", G_CALLBACK (read_steps_cb), g_strdup (text),
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  return button;
}

static void
show_steps (StrideSelfTestPage   *self,
            const StrideSelfTest *test)
{
  GtkWidget *heading = wrapped_label (_("How to do it"), "heading");
  GtkWidget *heading_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(GString) spoken = g_string_new (NULL);

  stride_sound_cues_hush (stride_sound_cues_from_context (stride_page_get_context (STRIDE_PAGE (self))));
  stride_clear_box (self->steps_box);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_box_append (GTK_BOX (heading_row), heading);
  gtk_box_append (self->steps_box, heading_row);
  for (guint i = 0; test->steps[i] != NULL; i++)
    {
      /* Translators: a numbered step, e.g. "1. Lie on your back." */
      g_autofree char *step = g_strdup_printf (_("%u. %s"), i + 1, test->steps[i]);
      gtk_box_append (self->steps_box, wrapped_label (step, NULL));
      g_string_append_printf (spoken, "%s%s", spoken->len > 0 ? " " : "", step);
    }
  gtk_box_append (GTK_BOX (heading_row), read_aloud_button (spoken->str));
}

static void
show_inputs (StrideSelfTestPage   *self,
             const StrideSelfTest *test)
{
  stride_clear_box (self->inputs_box);
  if (test->per_side)
    {
      gtk_box_append (self->inputs_box, build_side_group (self, test, STRIDE_SIDE_LEFT));
      gtk_box_append (self->inputs_box, build_side_group (self, test, STRIDE_SIDE_RIGHT));
    }
  else
    {
      gtk_box_append (self->inputs_box, build_side_group (self, test, STRIDE_SIDE_NONE));
    }
}

static const char *
chapter_caption (const StrideVideo *video,
                 const char        *chapter)
{
  for (guint i = 0; chapter != NULL && i < video->chapters->len; i++)
    {
      const StrideChapterCaption *caption = g_ptr_array_index (video->chapters, i);

      if (g_strcmp0 (caption->id, chapter) == 0)
        return caption->caption;
    }

  return NULL;
}

static const StrideVideo *
current_video (StrideSelfTestPage *self)
{
  const StrideSelfTest *test;

  if (self->index >= self->sequence->len)
    return NULL;

  test = g_ptr_array_index (self->sequence, self->index);
  return test->video != NULL ? stride_content_find_video (self->content, test->video) : NULL;
}

static void
chapter_changed_cb (StrideSelfTestPage *self,
                    const char         *chapter)
{
  const StrideVideo *video = current_video (self);
  const char *caption = video != NULL ? chapter_caption (video, chapter) : NULL;

  /* Keep the last caption while between chapters, so the text does not flicker. */
  if (caption != NULL)
    gtk_label_set_label (self->video_caption, caption);
}

static const char *
key_chapter (const StrideVideo *video)
{
  const char * const *key_chapters = stride_chapter_role_test_ids ();

  for (guint i = 0; key_chapters[i] != NULL; i++)
    if (chapter_caption (video, key_chapters[i]) != NULL)
      return key_chapters[i];

  return NULL;
}

/* The test's video, looping the moment that shows what to look for. */
static void
show_video (StrideSelfTestPage   *self,
            const StrideSelfTest *test)
{
  const StrideVideo *video = test->video != NULL ? stride_content_find_video (self->content, test->video) : NULL;
  const char *chapter;
  GtkWidget *view;

  stride_clear_box (self->video_slot);
  gtk_widget_set_visible (GTK_WIDGET (self->video_slot), video != NULL);
  if (video == NULL)
    return;

  view = stride_video_view_new ();
  gtk_widget_set_size_request (view, -1, 240);
  gtk_widget_set_hexpand (view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, test->name, -1);
  stride_video_view_set_pack_video (STRIDE_VIDEO_VIEW (view), video, stride_context_get_content (stride_page_get_context (STRIDE_PAGE (self))));
  stride_video_view_set_loop (STRIDE_VIDEO_VIEW (view), TRUE);
  chapter = key_chapter (video);
  if (chapter != NULL)
    {
      stride_video_view_loop_chapter (STRIDE_VIDEO_VIEW (view), chapter);
      gtk_label_set_label (self->video_caption, chapter_caption (video, chapter));
    }
  else
    {
      gtk_label_set_label (self->video_caption, "");
    }
  g_signal_connect_object (view, "chapter-changed", G_CALLBACK (chapter_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->video_slot, view);
  gtk_box_append (self->video_slot, GTK_WIDGET (self->video_caption));
  stride_video_view_play (STRIDE_VIDEO_VIEW (view));
}

/* Nothing plays while the test view is not on screen. */
static void
stop_video (StrideSelfTestPage *self)
{
  stride_clear_box (self->video_slot);
  gtk_widget_set_visible (GTK_WIDGET (self->video_slot), FALSE);
}

static void
show_test (StrideSelfTestPage *self,
           guint               index)
{
  const StrideSelfTest *test;
  g_autofree char *progress = NULL;
  g_autofree char *needs = NULL;
  g_autofree char *helpers = NULL;
  gboolean last;

  g_assert (index < self->sequence->len);

  self->index = index;
  test = g_ptr_array_index (self->sequence, index);
  last = index + 1 == self->sequence->len;

  progress = self->sequence->len > 1
    ? g_strdup_printf (_("Test %u of %u"), index + 1, self->sequence->len)
    : g_strdup (_("Single test"));
  gtk_label_set_label (self->test_progress, progress);
  gtk_label_set_label (self->test_title, test->name);
  gtk_label_set_label (self->test_summary, test->summary);
  show_video (self, test);
  needs = describe_needs (test);
  gtk_label_set_label (self->test_needs, needs);
  gtk_widget_set_visible (GTK_WIDGET (self->test_needs), *needs != '\0');
  show_steps (self, test);
  gtk_label_set_label (self->test_look_for, test->look_for);
  gtk_label_set_label (self->test_safety, test->safety);
  helpers = describe_helpers (test);
  gtk_label_set_label (self->test_helper, helpers);
  gtk_widget_set_visible (GTK_WIDGET (self->test_helper), *helpers != '\0');
  show_inputs (self, test);

  gtk_button_set_label (self->next_button, last ? _("See _Results") : _("_Next"));
  wrap_button_label (self->next_button);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->test_scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "test");
  stride_page_set_subtitle (STRIDE_PAGE (self), test->name);
  stride_page_set_can_go_back (STRIDE_PAGE (self), TRUE);
}

/* ---------------------------------------------------------------------------------- */
/* The summary                                                                        */
/* ---------------------------------------------------------------------------------- */

static GtkWidget *
build_finding_row (const StrideAssessFinding *finding)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = g_strdup_printf ("%s — %s", finding->test->name, finding->text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->finding->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (finding->see_clinician)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_tooltip_text (icon, _("Worth showing to a clinician"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Worth showing to a clinician"), -1);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  return row;
}

/* Whether any test has a value: with none, "nothing stood out" would praise results
 * nobody gave. */
static gboolean
has_any_result (StrideSelfTestPage *self)
{
  return stride_self_test_record_has_results (self->record, self->content);
}

static void
show_findings (StrideSelfTestPage *self)
{
  static const StrideSide order[] = { STRIDE_SIDE_LEFT, STRIDE_SIDE_RIGHT, STRIDE_SIDE_BOTH, STRIDE_SIDE_NONE };
  GPtrArray *findings = self->assessment->findings;

  stride_clear_box (self->findings_box);
  if (findings->len == 0 && !has_any_result (self))
    {
      gtk_box_append (self->findings_box,
                      wrapped_label (_("You skipped every test, so there is nothing to compare yet. Do the tests you can, one or two at a time, and Stride shows what stands out."), NULL));
      return;
    }
  if (findings->len == 0)
    {
      gtk_box_append (self->findings_box,
                      wrapped_label (_("Nothing stood out: your results were in the typical range on both sides. The short routine below keeps it that way."), NULL));
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    {
      GtkWidget *group = NULL;

      for (guint i = 0; i < findings->len; i++)
        {
          const StrideAssessFinding *finding = g_ptr_array_index (findings, i);

          if (finding->side != order[s])
            continue;

          if (group == NULL)
            {
              group = adw_preferences_group_new ();
              adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), side_title (order[s]));
              gtk_box_append (self->findings_box, group);
            }
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_finding_row (finding));
        }
    }
}

/* The structures a finding is about: what its first exercise targets. */
static GStrv
finding_structures (StrideSelfTestPage        *self,
                    const StrideAssessFinding *finding)
{
  const StrideFinding *source = finding->exercises_from;
  const StrideExercise *exercise;

  if (source == NULL || source->exercises == NULL || source->exercises[0] == NULL)
    return NULL;

  exercise = stride_content_find_exercise (self->content, source->exercises[0]);
  return exercise != NULL ? exercise->targets : NULL;
}

/* The side of the body a shape is drawn on, as given (not its mirror copy). In the front
 * view the person faces you, so their right is on the picture's left. */
static StrideSide
shape_side (const StrideShape *shape)
{
  double sum = 0;

  for (guint i = 0; i < shape->points->len; i++)
    sum += g_array_index (shape->points, StridePoint, i).x;

  if (shape->points->len == 0 || fabs (sum / shape->points->len - 50) < 2)
    return STRIDE_SIDE_BOTH;
  if ((sum / shape->points->len < 50) == (shape->view == STRIDE_VIEW_FRONT))
    return STRIDE_SIDE_RIGHT;
  return STRIDE_SIDE_LEFT;
}

static StrideShape *
copy_shape (const StrideShape *shape,
            gboolean           mirrored)
{
  StrideShape *copy = g_new0 (StrideShape, 1);

  copy->view = shape->view;
  copy->layer = shape->layer;
  copy->n_fibres = shape->n_fibres;
  for (guint i = 0; i < shape->n_fibres; i++)
    copy->fibres[i] = (StridePoint) { mirrored ? 100 - shape->fibres[i].x : shape->fibres[i].x, shape->fibres[i].y };
  copy->points = g_array_sized_new (FALSE, FALSE, sizeof (StridePoint), shape->points->len);
  for (guint i = 0; i < shape->points->len; i++)
    {
      StridePoint point = g_array_index (shape->points, StridePoint, i);

      if (mirrored)
        point.x = 100 - point.x;
      g_array_append_val (copy->points, point);
    }
  return copy;
}

static void
shape_free (StrideShape *shape)
{
  g_array_unref (shape->points);
  g_free (shape);
}

/* STRUCTURE's shapes on SIDE only (or both sides for BOTH and NONE). */
static GPtrArray *
side_shapes (const StrideStructure *structure,
             StrideSide             side)
{
  GPtrArray *shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) shape_free);

  for (guint i = 0; i < structure->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (structure->shapes, i);
      StrideSide drawn = shape_side (shape);

      if (side == STRIDE_SIDE_NONE || side == STRIDE_SIDE_BOTH || drawn == STRIDE_SIDE_BOTH || drawn == side)
        g_ptr_array_add (shapes, copy_shape (shape, FALSE));
      if (shape->mirror && (side == STRIDE_SIDE_NONE || side == STRIDE_SIDE_BOTH ||
                            (drawn != STRIDE_SIDE_BOTH && drawn != side)))
        g_ptr_array_add (shapes, copy_shape (shape, TRUE));
    }

  return shapes;
}

static void
mark_finding (StrideSelfTestPage        *self,
              StrideBodyMap            **maps,
              const StrideAssessFinding *finding)
{
  GStrv structures = finding_structures (self, finding);

  for (guint i = 0; structures != NULL && structures[i] != NULL; i++)
    {
      const StrideStructure *structure = stride_content_find_structure (self->content, structures[i]);
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GPtrArray) shapes = NULL;

      if (structure == NULL)
        continue;

      id = g_strdup_printf ("%s.%u", structure->id, finding->side);
      /* Translators: a muscle and a side, e.g. "Gluteus medius, left side" */
      name = g_strdup_printf (_("%s, %s"), structure->name, side_title (finding->side));
      shapes = side_shapes (structure, finding->side);
      for (guint m = 0; m < 2; m++)
        {
          stride_body_map_add_region (maps[m], id, name, shapes);
          stride_body_map_set_mark (maps[m], id, STRIDE_BODY_MAP_MARK_FINDING);
        }
    }
}

static GtkWidget *
new_map (StrideView  view,
         const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *map = stride_body_map_new ();

  stride_body_map_set_view (STRIDE_BODY_MAP (map), view);
  stride_body_map_set_selection_mode (STRIDE_BODY_MAP (map), STRIDE_BODY_MAP_SELECTION_NONE);
  gtk_widget_set_size_request (map, 140, 230);
  gtk_box_append (GTK_BOX (box), map);
  gtk_box_append (GTK_BOX (box), gtk_label_new (caption));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "dim-label");
  return box;
}

/* The findings on a front and a back body map; the lists below say the same in words. */
static void
show_map (StrideSelfTestPage *self)
{
  GtkWidget *front = new_map (STRIDE_VIEW_FRONT, _("Front"));
  GtkWidget *back = new_map (STRIDE_VIEW_BACK, _("Back"));
  StrideBodyMap *maps[2] = { STRIDE_BODY_MAP (gtk_widget_get_first_child (front)),
                             STRIDE_BODY_MAP (gtk_widget_get_first_child (back)) };
  g_auto(GStrv) front_regions = NULL;

  stride_clear_box (self->maps);
  for (guint i = 0; i < self->assessment->findings->len; i++)
    mark_finding (self, maps, g_ptr_array_index (self->assessment->findings, i));

  front_regions = stride_body_map_dup_region_ids (maps[0]);
  gtk_widget_set_visible (self->map_box, front_regions[0] != NULL);
  gtk_box_append (self->maps, front);
  gtk_box_append (self->maps, back);
}

static char *
exercise_names (StrideSelfTestPage *self,
                GStrv               ids)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (self->content, ids[i]);
      g_ptr_array_add (names, exercise != NULL ? exercise->name : ids[i]);
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static void
show_cautions (StrideSelfTestPage *self)
{
  GPtrArray *cautions = self->assessment->cautions;

  for (guint i = 0; i < self->caution_rows->len; i++)
    adw_preferences_group_remove (self->cautions_group, g_ptr_array_index (self->caution_rows, i));
  g_ptr_array_set_size (self->caution_rows, 0);

  for (guint i = 0; i < cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (cautions, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->caution->text);
      if (entry->caution->avoid[0] != NULL)
        {
          g_autofree char *names = exercise_names (self, entry->caution->avoid);
          g_autofree char *subtitle = g_strdup_printf (_("Left out of your routine: %s"), names);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Caution"), -1);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (self->cautions_group, row);
      g_ptr_array_add (self->caution_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->cautions_group), cautions->len > 0);
}

static const char *
item_sides_text (const StrideAssessItem *item)
{
  if (item->exercise->dose.sides != STRIDE_SIDES_EACH)
    return _("Both legs together");

  switch (item->sides)
    {
    case STRIDE_SIDE_LEFT:
      return _("Left side only");
    case STRIDE_SIDE_RIGHT:
      return _("Right side only");
    default:
      return _("Each side");
    }
}

static char *
describe_dose (const StrideAssessItem *item)
{
  if (item->reps > 0)
    /* Translators: e.g. "Left side only · 3 sets of 12" */
    return g_strdup_printf (_("%s · %u sets of %u"), item_sides_text (item), item->sets, item->reps);

  /* Translators: e.g. "Each side · 3 holds of 30 s" */
  return g_strdup_printf (_("%s · %u holds of %u s"), item_sides_text (item), item->sets, item->hold_s);
}

static void
show_routine (StrideSelfTestPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GPtrArray *items = self->assessment->items;

  stride_clear_box (self->routine_box);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   self->assessment->maintenance ? _("A Short Routine to Keep It That Way")
                                                                 : _("Your Personal Routine"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Stretches first, then strength. Do it three days a week, not on consecutive days, for at least six weeks, then test again. Pain up to 3 out of 10 is fine."));
  for (guint i = 0; i < items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *dose = describe_dose (item);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->exercise->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->routine_box, group);

  gtk_widget_set_visible (self->start_routine_button,
                          items->len > 0 && stride_cli_launch_kind_page ("routine-page") != NULL);
}

static StrideHistory *
get_history (StrideSelfTestPage *self)
{
  if (self->history == NULL)
    self->history = g_object_ref (stride_context_get_history (stride_page_get_context (STRIDE_PAGE (self))));

  return self->history;
}

static GtkWidget *
build_change_row (const StrideAssessChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *trend;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (change->side == STRIDE_SIDE_NONE)
    title = g_strdup (change->test->name);
  else
    /* Translators: a test and a side, e.g. "Straight-leg raise · Left side" */
    title = g_strdup_printf (_("%s · %s"), change->test->name, side_title (change->side));
  /* Translators: a result then and now, e.g. "Angle of the raised leg: 70° → 78°" */
  subtitle = g_strdup_printf (_("%s: %s → %s"), change->field->text, change->before, change->after);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  trend = gtk_label_new (change->trend > 0 ? _("Better") : change->trend < 0 ? _("Worse") : _("Changed"));
  gtk_widget_add_css_class (trend, change->trend > 0 ? "success" : change->trend < 0 ? "error" : "dim-label");
  gtk_widget_set_valign (trend, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), trend);
  return row;
}

static void
show_changes (StrideSelfTestPage *self)
{
  g_autoptr(StrideSelfTestRecord) before = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *description = NULL;
  GtkWidget *group;

  stride_clear_box (self->changes_box);
  if (self->previous == NULL)
    return;

  /* A saved self-test that today's content no longer reads (a test renamed or removed
   * since) is not compared */
  before = stride_self_test_record_new_from_entry (self->previous);
  changes = stride_self_test_record_compare (before, self->record, self->content, &error);
  if (changes == NULL)
    {
      g_debug ("The last self-test cannot be compared: %s", error->message);
      return;
    }
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Since Your Last Test"));
  /* Translators: a date, see g_date_time_format(); e.g. "26 November 2026" */
  date = g_date_time_format (stride_history_entry_get_date (self->previous), _("%-d %B %Y"));
  g_strstrip (date);
  description = changes->len > 0
    ? g_strdup_printf (_("Compared with %s."), date)
    : g_strdup_printf (_("The results you entered in both tests are the same as on %s."), date);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  for (guint i = 0; i < changes->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_change_row (g_ptr_array_index (changes, i)));
  gtk_box_append (self->changes_box, group);
}

/* Saves this self-test once; coming back to the summary updates the same entry. */
static void
save_results (StrideSelfTestPage *self)
{
  g_autoptr(StrideSelfTestRecord) scored = stride_self_test_record_new_scored (self->record, self->content,
                                                                              self->assessment);
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;

  if (self->saved_id != NULL)
    entry = stride_history_update_self_test (get_history (self), self->saved_id, scored, &error);
  else
    entry = stride_history_append_self_test (get_history (self), scored, NULL, &error);

  if (entry == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Your results could not be saved: %s"), error->message);
      gtk_label_set_label (self->saved_label, message);
      return;
    }

  g_free (self->saved_id);
  self->saved_id = g_strdup (stride_history_entry_get_id (entry));
  gtk_label_set_label (self->saved_label,
                       _("Saved in your history with today's date. Take the test again in a few weeks to see what changed."));
}

static void
show_summary (StrideSelfTestPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->assessment, stride_assessment_free);
  self->assessment = stride_self_test_record_assess (current_record (self), self->content, &error);
  if (self->assessment == NULL)
    {
      /* The page only enters values the content allows; say so if it ever happens. */
      g_warning ("Self-test results do not score: %s", error->message);
      return;
    }

  gtk_widget_set_visible (self->clinician_box, self->assessment->see_clinician);
  show_map (self);
  show_findings (self);
  show_cautions (self);
  show_routine (self);
  show_changes (self);
  save_results (self);

  stop_video (self);
  gtk_stack_set_visible_child_name (self->stack, "summary");
  stride_page_set_subtitle (STRIDE_PAGE (self), _("Results"));
  stride_page_set_can_go_back (STRIDE_PAGE (self), TRUE);
}

/* ---------------------------------------------------------------------------------- */
/* The start view                                                                     */
/* ---------------------------------------------------------------------------------- */

/* When the runner last tested, so that a re-test feels like one. */
static void
show_last_test (StrideSelfTestPage *self)
{
  StrideHistoryEntry *latest = stride_history_get_latest (get_history (self), STRIDE_HISTORY_SELF_TEST);
  g_autoptr(StrideSelfTestRecord) last = NULL;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  guint n_findings = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->last_group), latest != NULL);
  if (latest == NULL)
    return;

  last = stride_self_test_record_new_from_entry (latest);
  n_findings = stride_self_test_record_get_n_findings (last);

  /* Translators: a date, see g_date_time_format(); e.g. "26 November 2026" */
  date = g_date_time_format (stride_history_entry_get_date (latest), _("%-d %B %Y"));
  g_strstrip (date);
  subtitle = n_findings == 0
    ? g_strdup_printf (_("%s: nothing stood out. Test again to see that it stays so."), date)
    : g_strdup_printf (ngettext ("%s: %u finding. Test again to see what changed.",
                                 "%s: %u findings. Test again to see what changed.", n_findings),
                       date, n_findings);
  adw_action_row_set_subtitle (self->last_row, subtitle);
}

static void
show_start (StrideSelfTestPage *self)
{
  stop_video (self);
  /* The history is read when the page is first shown, not while the window opens. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_last_test (self);
  gtk_stack_set_visible_child_name (self->stack, "start");
  stride_page_set_subtitle (STRIDE_PAGE (self), NULL);
  stride_page_set_can_go_back (STRIDE_PAGE (self), FALSE);
}

static void
add_need_row (StrideSelfTestPage *self,
              const char         *title,
              const char         *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (self->need_group, row);
}

static void
build_needs (StrideSelfTestPage *self,
             GPtrArray          *tests)
{
  g_autoptr(GPtrArray) equipment = g_ptr_array_new ();
  gboolean angle = FALSE, partner = FALSE;

  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *test = g_ptr_array_index (tests, i);

      for (guint j = 0; test->equipment[j] != NULL; j++)
        if (!g_ptr_array_find_with_equal_func (equipment, test->equipment[j], g_str_equal, NULL))
          g_ptr_array_add (equipment, test->equipment[j]);
      angle |= test_has_input (test, "angle");
      partner |= test->partner;
    }

  for (guint i = 0; i < equipment->len; i++)
    add_need_row (self, equipment_name (g_ptr_array_index (equipment, i)), NULL);
  if (angle)
    add_need_row (self, _("A phone with a level or inclinometer app"),
                  _("To measure angles: lay it along your shin or thigh and read the angle."));
  if (partner)
    add_need_row (self, _("A partner, for some tests"),
                  _("To watch your leg from the side, hold a leg, or take a photo."));
  add_need_row (self, _("About 30 minutes"), _("Stride has a stopwatch and a rep counter for the timed tests."));
}

static void
build_test_rows (StrideSelfTestPage *self,
                 GPtrArray          *tests)
{
  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *test = g_ptr_array_index (tests, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), test->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), test->summary);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "self-test.start-test");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", test->id);
      gtk_widget_set_name (row, test->id);
      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Start this test"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      adw_preferences_group_add (self->tests_group, row);
    }
}

/* The full sequence: the assessment routine's order, then any other test. */
static void
build_full_sequence (StrideSelfTestPage *self,
                     GPtrArray          *sequence)
{
  const StrideRoutine *routine = stride_content_find_routine (self->content, ASSESSMENT_ROUTINE);
  GPtrArray *tests = stride_content_get_items (self->content, STRIDE_KIND_TEST);

  for (guint i = 0; routine != NULL && i < routine->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (routine->items, i);
      const StrideSelfTest *test = item->test != NULL ? stride_content_find_test (self->content, item->test) : NULL;

      if (test != NULL && !g_ptr_array_find (sequence, test, NULL))
        g_ptr_array_add (sequence, (gpointer) test);
    }

  for (guint i = 0; i < tests->len; i++)
    if (!g_ptr_array_find (sequence, g_ptr_array_index (tests, i), NULL))
      g_ptr_array_add (sequence, g_ptr_array_index (tests, i));
}

/* ---------------------------------------------------------------------------------- */
/* Actions                                                                            */
/* ---------------------------------------------------------------------------------- */

static void
start_sequence (StrideSelfTestPage *self)
{
  if (self->sequence->len == 0)
    return;

  g_clear_pointer (&self->assessment, stride_assessment_free);
  g_clear_pointer (&self->saved_id, g_free);
  g_clear_pointer (&self->previous, stride_history_entry_unref);
  self->previous = stride_history_get_latest (get_history (self), STRIDE_HISTORY_SELF_TEST);
  if (self->previous != NULL)
    stride_history_entry_ref (self->previous);
  show_test (self, 0);
}

static void
start_full_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);

  g_ptr_array_set_size (self->sequence, 0);
  build_full_sequence (self, self->sequence);
  start_sequence (self);
}

static gboolean
start_single (StrideSelfTestPage *self,
              const char         *id)
{
  const StrideSelfTest *test = self->content != NULL ? stride_content_find_test (self->content, id) : NULL;

  if (test == NULL)
    return FALSE;

  g_ptr_array_set_size (self->sequence, 0);
  g_ptr_array_add (self->sequence, (gpointer) test);
  start_sequence (self);
  return TRUE;
}

static void
start_test_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  start_single (STRIDE_SELF_TEST_PAGE (widget), g_variant_get_string (parameter, NULL));
}

/* A test the answers so far rule out: a single-leg test when standing already hurts. */
static gboolean
test_ruled_out (StrideSelfTestPage   *self,
                const StrideSelfTest *test)
{
  g_autoptr(StrideAssessment) assessment = NULL;

  if (test->skip_if_caution == NULL)
    return FALSE;

  assessment = stride_self_test_record_assess (current_record (self), self->content, NULL);
  for (guint i = 0; assessment != NULL && i < assessment->cautions->len; i++)
    if (g_strcmp0 (((StrideAssessCaution *) g_ptr_array_index (assessment->cautions, i))->caution->id,
                   test->skip_if_caution) == 0)
      return TRUE;

  return FALSE;
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);
  guint next = self->index + 1;

  while (next < self->sequence->len && test_ruled_out (self, g_ptr_array_index (self->sequence, next)))
    next++;

  if (next < self->sequence->len)
    show_test (self, next);
  else
    show_summary (self);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);
  const StrideSelfTest *test = g_ptr_array_index (self->sequence, self->index);

  /* A skipped test counts for nothing, even if something was entered. */
  stride_self_test_record_clear_test (self->record, test->id);

  gtk_widget_activate_action (widget, "self-test.next", NULL);
}

static void
stride_self_test_page_go_back (StridePage *page)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (page);
  const char *visible = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (visible, "summary") == 0 && self->sequence->len > 0)
    show_test (self, self->sequence->len - 1);
  else if (g_strcmp0 (visible, "test") == 0 && self->index > 0)
    show_test (self, self->index - 1);
  else
    show_start (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  stride_self_test_page_go_back (STRIDE_PAGE (widget));
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);
  stride_self_test_record_clear_results (self->record);

  g_clear_pointer (&self->assessment, stride_assessment_free);
  show_start (self);
}

static void
start_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  /* Its page first, with the doses and sides it will use: the user starts it from there */
  gtk_widget_activate_action (widget, "app.launch", "(ss)", "routine-page", "personal");
}

static gboolean
stride_self_test_page_open (StridePage *page,
                            const char *kind,
                            const char *id)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (page);

  /* ("sequence", "full"): the whole guided self-test, as Start does. */
  if (g_str_equal (kind, "sequence") && g_str_equal (id, "full"))
    return gtk_widget_activate_action (GTK_WIDGET (self), "self-test.start-full", NULL);

  if (g_strcmp0 (kind, "test") != 0)
    return FALSE;

  return start_single (self, id);
}

/* ---------------------------------------------------------------------------------- */
/* GObject                                                                            */
/* ---------------------------------------------------------------------------------- */

/* A video keeps playing only while the page is on screen. */
static void
set_video_playing (StrideSelfTestPage *self,
                   gboolean            playing)
{
  GtkWidget *view = gtk_widget_get_first_child (GTK_WIDGET (self->video_slot));

  if (view != NULL && STRIDE_IS_VIDEO_VIEW (view))
    stride_video_view_set_playing (STRIDE_VIDEO_VIEW (view), playing);
}

static void
stride_self_test_page_map (GtkWidget *widget)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);

  GTK_WIDGET_CLASS (stride_self_test_page_parent_class)->map (widget);
  set_video_playing (self, TRUE);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "start") == 0)
    show_last_test (self);
}

static void
stride_self_test_page_unmap (GtkWidget *widget)
{
  set_video_playing (STRIDE_SELF_TEST_PAGE (widget), FALSE);
  GTK_WIDGET_CLASS (stride_self_test_page_parent_class)->unmap (widget);
}

static void
stride_self_test_page_dispose (GObject *object)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (object);

  /* AdwBin owns the template's top widget and unparents it; disposing the template as
   * well would unparent it twice. */
  g_clear_pointer (&self->caution_rows, g_ptr_array_unref);
  g_clear_object (&self->video_caption);

  G_OBJECT_CLASS (stride_self_test_page_parent_class)->dispose (object);
}

static void
stride_self_test_page_finalize (GObject *object)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (object);

  g_clear_pointer (&self->assessment, stride_assessment_free);
  g_clear_pointer (&self->sequence, g_ptr_array_unref);
  g_clear_pointer (&self->record, stride_self_test_record_unref);
  g_clear_pointer (&self->content, stride_content_unref);
  g_clear_pointer (&self->previous, stride_history_entry_unref);
  g_clear_pointer (&self->saved_id, g_free);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (stride_self_test_page_parent_class)->finalize (object);
}

static void stride_self_test_page_constructed (GObject *object);

static void
stride_self_test_page_class_init (StrideSelfTestPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StridePageClass *page_class = STRIDE_PAGE_CLASS (klass);

  object_class->dispose = stride_self_test_page_dispose;
  object_class->finalize = stride_self_test_page_finalize;
  object_class->constructed = stride_self_test_page_constructed;
  widget_class->map = stride_self_test_page_map;
  widget_class->unmap = stride_self_test_page_unmap;
  page_class->go_back = stride_self_test_page_go_back;
  page_class->open = stride_self_test_page_open;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-self-test-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, last_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, last_row);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, need_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, sex_row);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, age_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, tests_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, test_scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, test_progress);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, test_title);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, test_summary);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, video_slot);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, test_needs);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, steps_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, test_look_for);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, test_safety);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, test_helper);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, inputs_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, skip_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, clinician_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, map_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, maps);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, findings_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, cautions_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, changes_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, routine_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, start_routine_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, saved_label);

  gtk_widget_class_install_action (widget_class, "self-test.start-full", NULL, start_full_action);
  gtk_widget_class_install_action (widget_class, "self-test.start-test", "s", start_test_action);
  gtk_widget_class_install_action (widget_class, "self-test.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "self-test.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "self-test.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "self-test.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "self-test.start-routine", NULL, start_routine_action);
}

static void
stride_self_test_page_init (StrideSelfTestPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wrap_button_label (self->back_button);
  wrap_button_label (self->skip_button);

  stride_page_set_title (STRIDE_PAGE (self), _("Self-Test"));
  /* One age for the whole app: the symptom checker asks it too (the binding keeps the
   * settings alive). */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_bind (settings, "age", gtk_spin_button_get_adjustment (self->age_spin), "value",
                     G_SETTINGS_BIND_DEFAULT);
  }
  self->record = stride_self_test_record_new ();
  self->sequence = g_ptr_array_new ();
  self->caution_rows = g_ptr_array_new ();
  /* Owned here and moved into the video slot with each video. */
  self->video_caption = GTK_LABEL (g_object_ref_sink (wrapped_label ("", "caption")));
  gtk_label_set_xalign (self->video_caption, 0.5);
  gtk_label_set_justify (self->video_caption, GTK_JUSTIFY_CENTER);
}

/* The tests come from the context, a construct-only property: there once construction
 * is over. */
static void
stride_self_test_page_constructed (GObject *object)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (object);

  G_OBJECT_CLASS (stride_self_test_page_parent_class)->constructed (object);

  self->content = stride_content_ref (stride_context_get_content (stride_page_get_context (STRIDE_PAGE (self))));
  {
    g_autoptr(GPtrArray) all = g_ptr_array_new ();

    build_full_sequence (self, all);
    build_needs (self, all);
    build_test_rows (self, all);
  }

  if (stride_content_get_items (self->content, STRIDE_KIND_TEST)->len == 0)
    {
      /* An empty state that explains, rather than a Start button that does nothing. */
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "self-test.start-full", FALSE);
      adw_preferences_group_set_description (self->tests_group,
                                             _("The self-tests could not be loaded from Stride's content. Reinstalling Stride should bring them back."));
    }
  show_start (self);
}

GtkWidget *
stride_self_test_page_new (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return g_object_new (STRIDE_TYPE_SELF_TEST_PAGE, "context", context, NULL);
}
