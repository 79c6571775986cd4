/* stride-program-pause.c — "see a clinician" is kept: the program stays paused until a
 * clinician has seen you
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-program-private.h"

static const GDate *
entry_date (GArray *array,
            gsize   element_size,
            guint   index)
{
  return (const GDate *) (array->data + (gsize) index * element_size);
}

StrideProgramStatus *
stride_program_find_pause (StrideProgramLog *log,
                           const GDate      *today,
                           GDate            *day)
{
  guint n_seen = stride_program_count_until (log->seen, sizeof (GDate), today);
  const GDate *from = n_seen > 0 ? &g_array_index (log->seen, GDate, n_seen - 1) : &log->started;
  GArray *lists[] = { log->sessions, log->check_ins };
  gsize sizes[] = { sizeof (Session), sizeof (CheckIn) };
  guint next[2];

  /* Both lists walked together, in date order, from the day counting starts */
  for (guint l = 0; l < 2; l++)
    {
      GDate before = *from;

      if (g_date_get_julian (&before) <= 1)
        {
          next[l] = 0;
          continue;
        }
      g_date_subtract_days (&before, 1);
      next[l] = stride_program_count_until (lists[l], sizes[l], &before);
    }

  for (;;)
    {
      const GDate *earliest = NULL;
      StrideProgramStatus *status;
      Facts facts;

      for (guint l = 0; l < 2; l++)
        if (next[l] < lists[l]->len &&
            (earliest == NULL || g_date_compare (entry_date (lists[l], sizes[l], next[l]), earliest) < 0))
          earliest = entry_date (lists[l], sizes[l], next[l]);
      if (earliest == NULL || g_date_compare (earliest, today) >= 0)
        return NULL;

      *day = *earliest;
      status = stride_program_decide_on (log, day, &facts);
      if (status->decision == STRIDE_PROGRAM_SEE_CLINICIAN)
        return status;
      stride_program_status_free (status);
      for (guint l = 0; l < 2; l++)
        next[l] = stride_program_count_until (lists[l], sizes[l], day);
    }
}

void
stride_program_take_reasons (StrideProgramStatus *status,
                             StrideProgramStatus *pause)
{
  g_ptr_array_set_size (status->reasons, 0);
  g_array_set_size (status->reason_codes, 0);
  for (guint i = 0; i < pause->reason_codes->len; i++)
    {
      const StrideProgramReason *reason = &g_array_index (pause->reason_codes, StrideProgramReason, i);

      stride_program_status_add_reason (status, reason->id, reason->values[0], reason->values[1]);
    }
  status->rule = pause->rule;
}

