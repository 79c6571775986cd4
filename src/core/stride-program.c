/* stride-program.c — a program's log: what was done and felt, in date order
 *
 * The rules are in stride-program.h and docs/clinical-basis.md ("Programs"); the files that
 * apply them are listed in stride-program-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-program-private.h"

G_DEFINE_QUARK (stride-program-error-quark, stride_program_error)

static const char * const decision_names[] = { "progress", "stay", "step_back", "see_clinician" };
static const char * const morning_names[] = { "better", "same", "worse", NULL };

const char *
stride_program_decision_to_string (StrideProgramDecision decision)
{
  g_return_val_if_fail (decision <= STRIDE_PROGRAM_SEE_CLINICIAN, NULL);

  return decision_names[decision];
}

const char *
stride_morning_to_string (StrideMorning morning)
{
  g_return_val_if_fail (morning <= STRIDE_MORNING_WORSE, NULL);

  return morning_names[morning];
}

gboolean
stride_morning_from_string (const char    *string,
                            StrideMorning *morning)
{
  for (guint i = 0; morning_names[i] != NULL; i++)
    if (g_strcmp0 (string, morning_names[i]) == 0)
      {
        *morning = i;
        return TRUE;
      }
  return FALSE;
}


StrideProgramLog *
stride_program_log_new (const StrideProgram *program,
                        const GDate         *started)
{
  StrideProgramLog *log;

  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (started != NULL && g_date_valid (started), NULL);

  log = g_new0 (StrideProgramLog, 1);
  log->program = program;
  log->started = *started;
  log->sessions = g_array_new (FALSE, FALSE, sizeof (Session));
  log->check_ins = g_array_new (FALSE, FALSE, sizeof (CheckIn));
  log->seen = g_array_new (FALSE, FALSE, sizeof (GDate));
  log->run_first = g_array_new (FALSE, FALSE, sizeof (guint));
  log->progressed = g_array_new (FALSE, FALSE, sizeof (GDate));
  return log;
}

void
stride_program_log_free (StrideProgramLog *log)
{
  if (log == NULL)
    return;
  g_array_unref (log->sessions);
  g_array_unref (log->check_ins);
  g_array_unref (log->seen);
  g_array_unref (log->run_first);
  g_array_unref (log->progressed);
  g_free (log);
}

const StrideProgram *
stride_program_log_get_program (StrideProgramLog *log)
{
  g_return_val_if_fail (log != NULL, NULL);
  return log->program;
}

const GDate *
stride_program_log_get_started (StrideProgramLog *log)
{
  g_return_val_if_fail (log != NULL, NULL);
  return &log->started;
}

guint
stride_program_log_get_n_sessions (StrideProgramLog *log)
{
  g_return_val_if_fail (log != NULL, 0);
  return log->sessions->len;
}

void
stride_program_log_add_session (StrideProgramLog *log,
                                const GDate      *date,
                                guint             stage,
                                guint             pain_during,
                                gboolean          completed)
{
  gboolean rated = pain_during != STRIDE_PROGRAM_PAIN_UNRATED;
  Session session = { *date, log->n_added++, stage, rated ? MIN (pain_during, 10) : 0, completed && rated, rated };

  g_return_if_fail (g_date_valid (date));
  g_return_if_fail (stage >= 1 && stage <= log->program->stages->len);

  g_array_append_val (log->sessions, session);
}

void
stride_program_log_add_check_in (StrideProgramLog *log,
                                 const GDate      *date,
                                 StrideMorning     morning)
{
  CheckIn check_in = { *date, log->n_added++, morning };

  g_return_if_fail (g_date_valid (date));

  g_array_append_val (log->check_ins, check_in);
}

void
stride_program_log_add_clinician_seen (StrideProgramLog *log,
                                       const GDate      *date)
{
  g_return_if_fail (log != NULL);
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_array_append_val (log->seen, *date);
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  const Session *x = a, *y = b;
  int by_date = g_date_compare (&x->date, &y->date);

  return by_date != 0 ? by_date : (x->order > y->order) - (x->order < y->order);
}

static int
compare_check_ins (gconstpointer a,
                   gconstpointer b)
{
  const CheckIn *x = a, *y = b;
  int by_date = g_date_compare (&x->date, &y->date);

  return by_date != 0 ? by_date : (x->order > y->order) - (x->order < y->order);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_date_compare (a, b);
}

void
stride_program_log_sort (StrideProgramLog *log)
{
  GArray *sessions = log->sessions;

  g_array_sort (sessions, compare_sessions);
  g_array_sort (log->check_ins, compare_check_ins);
  g_array_sort (log->seen, compare_dates);

  g_array_set_size (log->run_first, sessions->len);
  g_array_set_size (log->progressed, sessions->len);
  for (guint i = 0; i < sessions->len; i++)
    {
      const Session *session = &g_array_index (sessions, Session, i);
      const Session *before = i > 0 ? &g_array_index (sessions, Session, i - 1) : NULL;

      g_array_index (log->run_first, guint, i) = before != NULL && before->stage == session->stage
                                                 ? g_array_index (log->run_first, guint, i - 1) : i;
      if (before != NULL && session->stage > before->stage)
        g_array_index (log->progressed, GDate, i) = session->date;
      else
        g_array_index (log->progressed, GDate, i) = before != NULL ? g_array_index (log->progressed, GDate, i - 1)
                                                                   : log->started;
    }
}

guint
stride_program_count_until (GArray      *array,
                            gsize        element_size,
                            const GDate *day)
{
  guint low = 0, high = array->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const GDate *date = (const GDate *) (array->data + (gsize) middle * element_size);

      if (g_date_compare (date, day) <= 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}
