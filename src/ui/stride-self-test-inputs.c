/* stride-self-test-inputs.c — the result inputs of one test, on one side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-self-test-guide.h"
#include "stride-self-test-inputs.h"
#include "stride-test-choice-row.h"
#include "stride-test-value-row.h"

char *
stride_self_test_inputs_field_label (const StrideField *field,
                                     StrideSide         side)
{
  g_return_val_if_fail (field != NULL, NULL);

  if (side == STRIDE_SIDE_NONE)
    return g_strdup (field->text);
  /* Translators: e.g. "Left side: Did it hurt?" */
  return g_strdup_printf (_("%s: %s"), stride_self_test_guide_side_title (side), field->text);
}

void
stride_self_test_inputs_name_control (GtkWidget            *control,
                                      const StrideSelfTest *test,
                                      const StrideField    *field,
                                      StrideSide            side)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (GTK_IS_WIDGET (control));
  g_return_if_fail (test != NULL && field != NULL);

  name = g_strdup_printf ("%s.%s.%s", test->id, side == STRIDE_SIDE_NONE ? "none" : stride_side_to_string (side),
                          field->id);
  gtk_widget_set_name (control, name);
  label = stride_self_test_inputs_field_label (field, side);
  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The row also labels it by its title, which the label already says: Orca read
   * "Left side: Did it hurt? Did it hurt?". */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
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
                                   side == STRIDE_SIDE_NONE ? _("Your Result") : stride_self_test_guide_side_title (side));
  for (guint i = 0; i < test->fields->len; i++)
    {
      const StrideField *field = g_ptr_array_index (test->fields, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 field->kind == STRIDE_FIELD_CHOICE ? stride_test_choice_row_new (record, test, field, side)
                                                                    : stride_test_value_row_new (record, test, field, side));
    }
  return group;
}
