/* stride-reminder.c — the optional daily reminder, a desktop notification while Stride runs
 *
 * Checked twice a minute; stride_reminder_is_due() (core) decides. Clicking the
 * notification opens the Routines page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-history.h"
#include "stride-reminder-schedule.h"
#include "stride-reminder.h"

#define CHECK_SECONDS 30

struct _StrideReminder
{
  GObject       parent_instance;

  GApplication *application;   /* borrowed: the application owns the reminder */
  GSettings    *settings;
  StrideHistory *history;
  GDateTime    *last_reminded;
  guint         source_id;
};

G_DEFINE_FINAL_TYPE (StrideReminder, stride_reminder, G_TYPE_OBJECT)

static void
send_reminder (StrideReminder *self)
{
  g_autoptr(GNotification) notification = g_notification_new (_("Time for Your Routine"));

  g_notification_set_body (notification, _("A few minutes of stretching and strengthening keeps your hips ready for running."));
  g_notification_set_default_action_and_target (notification, "app.launch", "(ss)", "page", "routines");
  g_application_send_notification (self->application, "daily-reminder", notification);
}

static gboolean
check_cb (gpointer user_data)
{
  StrideReminder *self = STRIDE_REMINDER (user_data);
  g_autofree char *time = g_settings_get_string (self->settings, "reminder-time");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  StrideHistoryEntry *session = stride_history_get_latest (self->history, STRIDE_HISTORY_SESSION);

  if (stride_reminder_is_due (time, now, session != NULL ? stride_history_entry_get_date (session) : NULL,
                              self->last_reminded))
    {
      send_reminder (self);
      g_clear_pointer (&self->last_reminded, g_date_time_unref);
      self->last_reminded = g_date_time_ref (now);
    }

  return G_SOURCE_CONTINUE;
}

static void
enabled_changed_cb (StrideReminder *self)
{
  gboolean enabled = g_settings_get_boolean (self->settings, "reminder-enabled");

  if (enabled && self->source_id == 0)
    self->source_id = g_timeout_add_seconds (CHECK_SECONDS, check_cb, self);
  else if (!enabled)
    g_clear_handle_id (&self->source_id, g_source_remove);
}

static void
stride_reminder_dispose (GObject *object)
{
  StrideReminder *self = STRIDE_REMINDER (object);

  g_clear_handle_id (&self->source_id, g_source_remove);
  g_clear_object (&self->settings);
  g_clear_object (&self->history);
  g_clear_pointer (&self->last_reminded, g_date_time_unref);

  G_OBJECT_CLASS (stride_reminder_parent_class)->dispose (object);
}

static void
stride_reminder_class_init (StrideReminderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = stride_reminder_dispose;
}

static void
stride_reminder_init (StrideReminder *self)
{
}

StrideReminder *
stride_reminder_new (GApplication  *application,
                     StrideContext *context)
{
  StrideReminder *self;
  GSettings *settings;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  settings = stride_context_get_settings (context);
  self = g_object_new (STRIDE_TYPE_REMINDER, NULL);
  self->application = application;
  self->settings = g_object_ref (settings);
  self->history = g_object_ref (stride_context_get_history (context));
  g_signal_connect_object (settings, "changed::reminder-enabled", G_CALLBACK (enabled_changed_cb),
                           self, G_CONNECT_SWAPPED);
  enabled_changed_cb (self);
  return self;
}
