/* stride-reminder-schedule.c — when the daily reminder is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-reminder-schedule.h"

gboolean
stride_reminder_parse_time (const char *text,
                            guint      *hour,
                            guint      *minute)
{
  guint64 h, m;
  char *end;

  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  h = g_ascii_strtoull (text, &end, 10);
  if (*end != ':' || !g_ascii_isdigit (end[1]))
    return FALSE;
  m = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '\0' || h > 23 || m > 59)
    return FALSE;

  *hour = h;
  *minute = m;
  return TRUE;
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  g_autoptr(GDateTime) la = g_date_time_to_local (a);
  g_autoptr(GDateTime) lb = g_date_time_to_local (b);

  return g_date_time_get_year (la) == g_date_time_get_year (lb) &&
         g_date_time_get_day_of_year (la) == g_date_time_get_day_of_year (lb);
}

gboolean
stride_reminder_is_due (const char *time,
                        GDateTime  *now,
                        GDateTime  *last_session,
                        GDateTime  *last_reminded)
{
  g_autoptr(GDateTime) local = NULL;
  guint hour, minute;

  g_return_val_if_fail (now != NULL, FALSE);

  if (!stride_reminder_parse_time (time, &hour, &minute))
    return FALSE;

  local = g_date_time_to_local (now);
  if ((guint) g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local) < hour * 60 + minute)
    return FALSE;
  if (last_session != NULL && same_day (last_session, now))
    return FALSE;
  if (last_reminded != NULL && same_day (last_reminded, now))
    return FALSE;

  return TRUE;
}
