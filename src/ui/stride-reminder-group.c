/* stride-reminder-group.c — the Daily Reminder preferences: on or off, and when
 *
 * A group of its own, so that the Preferences window only has to list it. The time is
 * one "HH:MM" key shown as two spin buttons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-reminder-group.h"
#include "stride-reminder-schedule.h"

struct _StrideReminderGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkSwitch           *reminder_switch;
  GtkSpinButton       *reminder_hour;
  GtkSpinButton       *reminder_minute;
  GtkMenuButton       *time_button;

  /* Owned references */
  GSettings           *settings;
};

G_DEFINE_FINAL_TYPE (StrideReminderGroup, stride_reminder_group, ADW_TYPE_PREFERENCES_GROUP)

static void
load_time (StrideReminderGroup *self)
{
  g_autofree char *time = g_settings_get_string (self->settings, "reminder-time");
  guint hour = 18, minute = 0;

  stride_reminder_parse_time (time, &hour, &minute);
  gtk_spin_button_set_value (self->reminder_hour, hour);
  gtk_spin_button_set_value (self->reminder_minute, minute);
}

static void
time_changed_cb (StrideReminderGroup *self)
{
  g_autofree char *time = g_strdup_printf ("%02d:%02d", gtk_spin_button_get_value_as_int (self->reminder_hour),
                                           gtk_spin_button_get_value_as_int (self->reminder_minute));
  g_autofree char *old = g_settings_get_string (self->settings, "reminder-time");

  gtk_menu_button_set_label (self->time_button, time);
  {
    /* Translators: what a screen reader says for the reminder's time button */
    g_autofree char *name = g_strdup_printf (_("Reminder time, %s"), time);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->time_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  if (!g_str_equal (time, old))
    g_settings_set_string (self->settings, "reminder-time", time);
}

/* A clock shows "18:00", not "18:0": the spin buttons show two digits. */
static gboolean
two_digits_output_cb (GtkSpinButton *spin,
                      gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
stride_reminder_group_dispose (GObject *object)
{
  StrideReminderGroup *self = STRIDE_REMINDER_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_REMINDER_GROUP);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stride_reminder_group_parent_class)->dispose (object);
}

static void
stride_reminder_group_class_init (StrideReminderGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_reminder_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-reminder-group.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideReminderGroup, reminder_switch);
  gtk_widget_class_bind_template_child (widget_class, StrideReminderGroup, reminder_hour);
  gtk_widget_class_bind_template_child (widget_class, StrideReminderGroup, reminder_minute);
  gtk_widget_class_bind_template_child (widget_class, StrideReminderGroup, time_button);
}

static void
stride_reminder_group_init (StrideReminderGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "reminder-enabled", self->reminder_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect (self->reminder_hour, "output", G_CALLBACK (two_digits_output_cb), NULL);
  g_signal_connect (self->reminder_minute, "output", G_CALLBACK (two_digits_output_cb), NULL);
  load_time (self);
  g_signal_connect_object (self->reminder_hour, "value-changed", G_CALLBACK (time_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminder_minute, "value-changed", G_CALLBACK (time_changed_cb), self, G_CONNECT_SWAPPED);
  time_changed_cb (self);
}
