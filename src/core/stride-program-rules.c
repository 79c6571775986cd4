/* stride-program-rules.c — the rules that decide a day: see a clinician, step back, stay
 * or progress
 *
 * The rules are in stride-program.h and docs/clinical-basis.md ("Programs").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-program-private.h"

guint
stride_program_days_between (const GDate *from,
                             const GDate *to)
{
  int days = g_date_days_between (from, to);

  return days > 0 ? (guint) days : 0;
}

/* The log must be sorted (stride_program_log_sort()). */
static void
gather_facts (StrideProgramLog *log,
              const GDate      *today,
              Facts            *facts)
{
  GArray *sessions = log->sessions;
  GDate progressed = log->started;
  guint n_seen = stride_program_count_until (log->seen, sizeof (GDate), today);

  facts->log = log;
  facts->today = today;
  facts->n_stages = log->program->stages->len;
  facts->n_sessions = stride_program_count_until (sessions, sizeof (Session), today);
  facts->n_check_ins = stride_program_count_until (log->check_ins, sizeof (CheckIn), today);
  facts->counted_from = n_seen > 0 ? g_array_index (log->seen, GDate, n_seen - 1) : log->started;
  facts->stage = 1;
  facts->first = 0;
  facts->entered = log->started;
  facts->last = NULL;

  if (facts->n_sessions > 0)
    {
      guint last = facts->n_sessions - 1;

      facts->last = &g_array_index (sessions, Session, last);
      facts->stage = facts->last->stage;
      facts->first = g_array_index (log->run_first, guint, last);
      if (facts->first > 0 || facts->stage != 1)
        facts->entered = g_array_index (sessions, Session, facts->first).date;
      /* The last move forward */
      progressed = g_array_index (log->progressed, GDate, last);
    }
  if (g_date_compare (&facts->counted_from, &progressed) > 0)
    progressed = facts->counted_from;

  facts->days_in_stage = stride_program_days_between (&facts->entered, today);
  facts->days_since_progress = stride_program_days_between (&progressed, today);
}

static const CheckIn *
check_in_at (const Facts *facts,
             guint        index)
{
  return &g_array_index (facts->log->check_ins, CheckIn, index);
}

/* Check-ins that count for the stage are dated after the day you entered it (and not
 * after today): BACK 0 is the latest of them, 1 the one before … */
static const CheckIn *
latest_check_in (const Facts *facts,
                 guint        back)
{
  for (guint i = facts->n_check_ins; i > 0; i--)
    {
      const CheckIn *check_in = check_in_at (facts, i - 1);

      if (g_date_compare (&check_in->date, &facts->entered) <= 0)
        break;
      if (back-- == 0)
        return check_in;
    }
  return NULL;
}

/* Mean pain of the sessions dated in (today − FROM_DAYS, today − TO_DAYS], not before a
 * clinician last saw you; FALSE when none. */
static gboolean
mean_pain (const Facts *facts,
           guint        from_days,
           guint        to_days,
           double      *mean,
           guint       *count)
{
  GArray *sessions = facts->log->sessions;
  double sum = 0;

  *count = 0;
  for (guint i = facts->n_sessions; i > 0; i--)
    {
      const Session *session = &g_array_index (sessions, Session, i - 1);
      int ago = g_date_days_between (&session->date, facts->today);

      if ((guint) ago >= from_days || g_date_compare (&session->date, &facts->counted_from) < 0)
        break;
      if ((guint) ago >= to_days && session->rated)
        {
          sum += session->pain;
          (*count)++;
        }
    }
  *mean = *count > 0 ? sum / *count : 0;
  return *count > 0;
}

/* Pain rising over the last 2 weeks: the second week's mean at least STRIDE_PROGRAM_PAIN_RISE
 * points above the first's, from at least 3 sessions. Two points on a 0–10 scale is about
 * the smallest change people feel as real (Farrar 2001), so one sore session is not a trend. */
static gboolean
pain_rising (const Facts         *facts,
             StrideProgramStatus *status)
{
  double earlier, later;
  guint n_earlier, n_later;

  if (!mean_pain (facts, STRIDE_PROGRAM_TREND_DAYS, STRIDE_PROGRAM_TREND_DAYS / 2, &earlier, &n_earlier) ||
      !mean_pain (facts, STRIDE_PROGRAM_TREND_DAYS / 2, 0, &later, &n_later) ||
      n_earlier + n_later < 3 || later < earlier + STRIDE_PROGRAM_PAIN_RISE)
    return FALSE;

  stride_program_status_add_reason (status, "pain_rising", (guint) round (earlier), (guint) round (later));
  return TRUE;
}

/* The last STRIDE_PROGRAM_SESSIONS_NEEDED completed sessions of the stage at pain ≤ 3;
 * FIRST_DATE receives the date of the earliest of them. */
static guint
fine_sessions (const Facts *facts,
               GDate       *first_date)
{
  GArray *sessions = facts->log->sessions;
  guint n = 0;

  for (guint i = facts->n_sessions; i > facts->first && n < STRIDE_PROGRAM_SESSIONS_NEEDED; i--)
    {
      const Session *session = &g_array_index (sessions, Session, i - 1);

      if (!session->completed)
        continue;
      if (session->pain > STRIDE_PROGRAM_PAIN_FINE)
        break;
      *first_date = session->date;
      n++;
    }
  return n;
}

/* A worse morning that counts for the stage, dated after DATE. */
static gboolean
worse_morning_since (const Facts *facts,
                     const GDate *date)
{
  for (guint i = facts->n_check_ins; i > 0; i--)
    {
      const CheckIn *check_in = check_in_at (facts, i - 1);

      if (g_date_compare (&check_in->date, date) <= 0 || g_date_compare (&check_in->date, &facts->entered) <= 0)
        break;
      if (check_in->morning == STRIDE_MORNING_WORSE)
        return TRUE;
    }
  return FALSE;
}

static StrideProgramDecision
decide (const Facts         *facts,
        StrideProgramStatus *status)
{
  const CheckIn *latest = latest_check_in (facts, 0);
  const CheckIn *before = latest_check_in (facts, 1);
  guint min_days = facts->log->program->min_weeks * 7;
  gboolean last_stage = facts->stage == facts->n_stages;
  guint n_fine;
  GDate first_fine;
  gboolean worse_since;

  if (pain_rising (facts, status))
    {
      status->rule = "pain_rising";
      return STRIDE_PROGRAM_SEE_CLINICIAN;
    }

  n_fine = fine_sessions (facts, &first_fine);
  worse_since = n_fine > 0 && worse_morning_since (facts, &first_fine);
  if (!last_stage && facts->days_since_progress >= STRIDE_PROGRAM_STALLED_DAYS &&
      !(facts->days_in_stage >= min_days && n_fine >= STRIDE_PROGRAM_SESSIONS_NEEDED && !worse_since))
    {
      stride_program_status_add_reason (status, "stalled", facts->days_since_progress / 7, 0);
      status->rule = "stalled";
      return STRIDE_PROGRAM_SEE_CLINICIAN;
    }

  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_ACCEPTABLE)
    {
      stride_program_status_add_reason (status, "pain_too_high", facts->last->pain, 0);
      status->rule = "pain_too_high";
      return STRIDE_PROGRAM_STEP_BACK;
    }
  if (latest != NULL && before != NULL &&
      latest->morning == STRIDE_MORNING_WORSE && before->morning == STRIDE_MORNING_WORSE)
    {
      stride_program_status_add_reason (status, "two_worse_mornings", 0, 0);
      status->rule = "two_worse_mornings";
      return STRIDE_PROGRAM_STEP_BACK;
    }

  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_FINE)
    status->rule = "pain_acceptable";
  else if (latest != NULL && latest->morning == STRIDE_MORNING_WORSE)
    status->rule = "worse_morning";
  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_FINE)
    stride_program_status_add_reason (status, "pain_acceptable", facts->last->pain, 0);
  if (latest != NULL && latest->morning == STRIDE_MORNING_WORSE)
    stride_program_status_add_reason (status, "worse_morning", 0, 0);
  if (status->reasons->len > 0)
    return STRIDE_PROGRAM_STAY;

  if (facts->days_in_stage >= min_days && n_fine >= STRIDE_PROGRAM_SESSIONS_NEEDED && !worse_since)
    {
      if (last_stage)
        {
          stride_program_status_add_reason (status, "last_stage", 0, 0);
          status->rule = "last_stage";
          return STRIDE_PROGRAM_STAY;
        }
      stride_program_status_add_reason (status, "criteria_met", 0, 0);
      stride_program_status_add_reason (status, "time_in_stage", facts->days_in_stage, facts->stage);
      status->rule = "criteria_met";
      return STRIDE_PROGRAM_PROGRESS;
    }

  if (facts->last == NULL)
    {
      stride_program_status_add_reason (status, "start", 0, 0);
      status->rule = "start";
      return STRIDE_PROGRAM_STAY;
    }
  status->rule = facts->days_in_stage < min_days ? "min_time"
               : n_fine < STRIDE_PROGRAM_SESSIONS_NEEDED ? "sessions" : "worse_morning_since";
  if (facts->days_in_stage < min_days)
    stride_program_status_add_reason (status, "min_time", min_days - facts->days_in_stage, 0);
  if (n_fine < STRIDE_PROGRAM_SESSIONS_NEEDED)
    stride_program_status_add_reason (status, "sessions", n_fine, 0);
  else if (worse_since)
    stride_program_status_add_reason (status, "worse_morning_since", 0, 0);
  return STRIDE_PROGRAM_STAY;
}

StrideProgramStatus *
stride_program_decide_on (StrideProgramLog *log,
                          const GDate      *day,
                          Facts            *facts)
{
  StrideProgramStatus *status = stride_program_status_new ();

  gather_facts (log, day, facts);
  status->decision = decide (facts, status);
  return status;
}

