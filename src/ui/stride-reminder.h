/* stride-reminder.h — the optional daily reminder, a desktop notification while Stride runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "stride-context.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_REMINDER (stride_reminder_get_type ())

G_DECLARE_FINAL_TYPE (StrideReminder, stride_reminder, STRIDE, REMINDER, GObject)

/* Follows the context's settings "reminder-enabled" and "reminder-time" and its history's
 * sessions, and sends APPLICATION's notification when it is due. */
StrideReminder *stride_reminder_new (GApplication  *application,
                                     StrideContext *context);

G_END_DECLS
