/* stride-reminder-group.h — the Daily Reminder preferences: on or off, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_REMINDER_GROUP (stride_reminder_group_get_type ())

G_DECLARE_FINAL_TYPE (StrideReminderGroup, stride_reminder_group, STRIDE, REMINDER_GROUP, AdwPreferencesGroup)

G_END_DECLS
