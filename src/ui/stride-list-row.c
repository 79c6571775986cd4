/* stride-list-row.c — the row template every list bound to a model of StrideListEntry uses
 *
 * The row shows the entry it was made for and carries its action (GtkActionable): Enter,
 * a click or a screen reader's "activate" all run it, and nothing else is kept on the
 * widget to find out what the row was about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-list-row.h"

struct _StrideListRow
{
  AdwActionRow     parent_instance;

  /* Template widgets */
  GtkWidget       *warning_icon;
  GtkWidget       *add_icon;
  GtkWidget       *value_label;
  GtkWidget       *arrow;

  /* Owned */
  StrideListEntry *entry;
};

G_DEFINE_FINAL_TYPE (StrideListRow, stride_list_row, ADW_TYPE_ACTION_ROW)

static void
show_style (StrideListRow        *self,
            StrideListEntryStyle  style)
{
  gboolean acts = stride_list_entry_get_action_name (self->entry) != NULL;

  gtk_widget_set_visible (self->arrow, acts && style != STRIDE_LIST_ENTRY_COMMAND);
  gtk_widget_set_visible (self->add_icon, style == STRIDE_LIST_ENTRY_COMMAND);
  gtk_widget_set_visible (self->warning_icon, style == STRIDE_LIST_ENTRY_AVOIDED);
  if (style == STRIDE_LIST_ENTRY_NOTE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "stride-note-row");
  if (style == STRIDE_LIST_ENTRY_AVOIDED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "stride-avoided");
  /* The row's box of prefixes (or suffixes) takes its spacing even when what is in it is
   * hidden: shown only with something in it, the titles of a list line up. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->add_icon),
                          gtk_widget_get_visible (self->add_icon) || gtk_widget_get_visible (self->warning_icon));
  gtk_widget_set_visible (gtk_widget_get_parent (self->arrow),
                          gtk_widget_get_visible (self->arrow) || gtk_widget_get_visible (self->value_label));
  /* A command's title has a mnemonic: "_New Routine" */
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self), style == STRIDE_LIST_ENTRY_COMMAND);
}

static void
show_entry (StrideListRow *self)
{
  const char *subtitle = stride_list_entry_get_subtitle (self->entry);
  const char *value = stride_list_entry_get_value (self->entry);
  const char *action = stride_list_entry_get_action_name (self->entry);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), stride_list_entry_get_title (self->entry));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  if (value != NULL)
    gtk_label_set_text (GTK_LABEL (self->value_label), value);
  gtk_widget_set_visible (self->value_label, value != NULL);
  /* Heard after the title: the figure, or what the subtitle says */
  if (value != NULL || subtitle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    value != NULL ? value : subtitle, -1);
  show_style (self, stride_list_entry_get_style (self->entry));
  if (action != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self), action);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), stride_list_entry_get_action_target (self->entry));
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), action != NULL);
}

static void
stride_list_row_dispose (GObject *object)
{
  StrideListRow *self = STRIDE_LIST_ROW (object);

  g_clear_object (&self->entry);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_LIST_ROW);

  G_OBJECT_CLASS (stride_list_row_parent_class)->dispose (object);
}

static void
stride_list_row_class_init (StrideListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_list_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-list-row.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideListRow, warning_icon);
  gtk_widget_class_bind_template_child (widget_class, StrideListRow, add_icon);
  gtk_widget_class_bind_template_child (widget_class, StrideListRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, StrideListRow, arrow);
}

static void
stride_list_row_init (StrideListRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
stride_list_row_new (StrideListEntry *entry)
{
  StrideListRow *self;

  g_return_val_if_fail (STRIDE_IS_LIST_ENTRY (entry), NULL);

  self = g_object_new (STRIDE_TYPE_LIST_ROW, NULL);
  self->entry = g_object_ref (entry);
  show_entry (self);
  return GTK_WIDGET (self);
}

StrideListEntry *
stride_list_row_get_entry (StrideListRow *self)
{
  g_return_val_if_fail (STRIDE_IS_LIST_ROW (self), NULL);

  return self->entry;
}

GtkWidget *
stride_list_row_create (gpointer item,
                        gpointer user_data)
{
  return stride_list_row_new (STRIDE_LIST_ENTRY (item));
}

void
stride_list_row_bind (GtkListBox *list,
                      GListModel *model)
{
  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (G_IS_LIST_MODEL (model));

  gtk_list_box_bind_model (list, model, stride_list_row_create, NULL, NULL);
}
