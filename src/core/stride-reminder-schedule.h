/* stride-reminder-schedule.h — when the daily reminder is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses "HH:MM" (24-hour); FALSE for anything else. */
gboolean stride_reminder_parse_time (const char *text,
                                     guint      *hour,
                                     guint      *minute);

/* Whether to remind now: TIME ("HH:MM") has passed today at NOW, no session was done
 * today (LAST_SESSION, may be NULL) and no reminder was sent today (LAST_REMINDED, may be
 * NULL). All in local time. */
gboolean stride_reminder_is_due     (const char *time,
                                     GDateTime  *now,
                                     GDateTime  *last_session,
                                     GDateTime  *last_reminded);

G_END_DECLS
