/* stride-test-choice-row.c — a self-test result chosen from a list, on one side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-self-test-inputs.h"
#include "stride-test-choice-row.h"

struct _StrideTestChoiceRow
{
  AdwComboRow           parent_instance;

  GtkPicture           *picture;       /* beside the chosen answer, when the pack has pictures */

  /* Owned references */
  StrideSelfTestRecord *record;

  /* Borrowed references: the content the page keeps */
  const StrideSelfTest *test;
  const StrideField    *field;
  StrideSide            side;

  gboolean              building;      /* setting the choice shown, not the user */
};

G_DEFINE_FINAL_TYPE (StrideTestChoiceRow, stride_test_choice_row, ADW_TYPE_COMBO_ROW)

/* A pack may come with a picture per choice; found by its ids, so a pack without
 * pictures simply shows none. */
static char *
choice_picture_path (StrideTestChoiceRow *self,
                     const StrideAnswer  *choice)
{
  g_autofree char *path = g_strdup_printf ("/io/github/stride_app/Stride/choices/%s-%s-%s.svg",
                                           self->test->id, self->field->id, choice->id);

  if (!g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    return NULL;
  return g_steal_pointer (&path);
}

/* The choice at POSITION of the list, or NULL for "Not checked". */
static const StrideAnswer *
choice_at (StrideTestChoiceRow *self,
           guint                position)
{
  if (position == 0 || position == GTK_INVALID_LIST_POSITION || position > self->field->choices->len)
    return NULL;
  return g_ptr_array_index (self->field->choices, position - 1);
}

static void
update_picture (StrideTestChoiceRow *self,
                const StrideAnswer  *choice)
{
  g_autofree char *path = NULL;

  if (self->picture == NULL)
    return;
  path = choice != NULL ? choice_picture_path (self, choice) : NULL;
  /* A missing resource is a fatal error in GdkTexture: the path is checked first. */
  gtk_widget_set_visible (GTK_WIDGET (self->picture), path != NULL);
  if (path == NULL)
    return;
  gtk_picture_set_resource (self->picture, path);
  gtk_picture_set_alternative_text (self->picture, choice->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  choice->text, -1);
}

static void
selected_cb (StrideTestChoiceRow *self)
{
  const StrideAnswer *choice = choice_at (self, adw_combo_row_get_selected (ADW_COMBO_ROW (self)));

  update_picture (self, choice);
  if (self->building)
    return;
  if (choice == NULL)
    stride_self_test_record_set_value (self->record, self->test->id, self->side, self->field->id, NULL);
  else
    stride_self_test_record_set_value (self->record, self->test->id, self->side, self->field->id,
                                       &(StrideTestValue) { .kind = STRIDE_TEST_VALUE_CHOICE, .choice = choice->id });
}

static GtkWidget *
new_picture (void)
{
  GtkWidget *picture = gtk_picture_new ();

  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_set_size_request (picture, 72, 72);
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (picture, "choice-picture");
  return picture;
}

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               StrideTestChoiceRow      *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *picture = new_picture ();
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
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              StrideTestChoiceRow      *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *picture = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  const StrideAnswer *choice = choice_at (self, gtk_list_item_get_position (item));
  g_autofree char *path = choice != NULL ? choice_picture_path (self, choice) : NULL;

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (gtk_list_item_get_item (item)));
  /* "Not checked" keeps an empty space of the same size so the texts line up. */
  gtk_widget_set_opacity (picture, path != NULL ? 1.0 : 0.0);
  if (path != NULL)
    gtk_picture_set_resource (GTK_PICTURE (picture), path);
  else
    gtk_picture_set_paintable (GTK_PICTURE (picture), NULL);
}

static gboolean
has_pictures (StrideTestChoiceRow *self)
{
  for (guint i = 0; i < self->field->choices->len; i++)
    {
      g_autofree char *path = choice_picture_path (self, g_ptr_array_index (self->field->choices, i));

      if (path != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Pictures in the list too; the picture takes width, so the chosen answer goes under the
 * question, where it can wrap, instead of beside it, where it would be cut at 360 px. */
static void
show_pictures (StrideTestChoiceRow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (item_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (item_bind_cb), self, 0);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (self), factory);
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (self), TRUE);
  /* Only with pictures: an empty prefix would still indent the question. */
  self->picture = GTK_PICTURE (new_picture ());
  gtk_widget_set_visible (GTK_WIDGET (self->picture), FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), GTK_WIDGET (self->picture));
}

GtkWidget *
stride_test_choice_row_new (StrideSelfTestRecord *record,
                            const StrideSelfTest *test,
                            const StrideField    *field,
                            StrideSide            side)
{
  StrideTestChoiceRow *self;
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  StrideTestValue value;
  gboolean measured;
  guint selected = 0;

  g_return_val_if_fail (record != NULL && test != NULL && field != NULL, NULL);
  g_return_val_if_fail (field->kind == STRIDE_FIELD_CHOICE, NULL);

  self = g_object_new (STRIDE_TYPE_TEST_CHOICE_ROW, "title", field->text, NULL);
  self->record = stride_self_test_record_ref (record);
  self->test = test;
  self->field = field;
  self->side = side;
  measured = stride_self_test_record_get_value (record, test->id, side, field->id, &value);

  gtk_string_list_append (model, _("Not checked"));
  for (guint i = 0; i < field->choices->len; i++)
    {
      const StrideAnswer *choice = g_ptr_array_index (field->choices, i);

      gtk_string_list_append (model, choice->text);
      if (measured && g_strcmp0 (value.choice, choice->id) == 0)
        selected = i + 1;
    }

  self->building = TRUE;
  if (has_pictures (self))
    show_pictures (self);
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), selected);
  update_picture (self, choice_at (self, selected));
  self->building = FALSE;

  stride_self_test_inputs_name_control (GTK_WIDGET (self), test, field, side);
  return GTK_WIDGET (self);
}

static void
stride_test_choice_row_finalize (GObject *object)
{
  StrideTestChoiceRow *self = STRIDE_TEST_CHOICE_ROW (object);

  g_clear_pointer (&self->record, stride_self_test_record_unref);

  G_OBJECT_CLASS (stride_test_choice_row_parent_class)->finalize (object);
}

static void
stride_test_choice_row_class_init (StrideTestChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = stride_test_choice_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-test-choice-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
}

static void
stride_test_choice_row_init (StrideTestChoiceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
