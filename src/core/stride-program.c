/* stride-program.c — where a staged rehab program stands, and what comes next
 *
 * The rules are in stride-program.h and docs/clinical-basis.md ("Programs").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "stride-json-document.h"
#include "stride-json-reader.h"
#include "stride-path-error.h"
#include "stride-program.h"


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

typedef struct
{
  GDate    date;
  guint    order;                 /* when added: keeps the same day's entries in order */
  guint    stage;
  guint    pain;                  /* 0 when not rated */
  gboolean completed;
  gboolean rated;
} Session;

typedef struct
{
  GDate         date;
  guint         order;
  StrideMorning morning;
} CheckIn;

struct _StrideProgramLog
{
  const StrideProgram *program;
  GDate                started;
  GArray              *sessions;  /* Session, sorted before use */
  GArray              *check_ins; /* CheckIn */
  GArray              *seen;      /* GDate: a clinician has seen you */
  guint                n_added;
  /* Filled when sorted, per session: where its run of one stage begins, and the day of
   * the last move forward up to it (so each day's decision needs no walk over all). */
  GArray              *run_first; /* guint */
  GArray              *progressed; /* GDate */
};

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

/* Sorts the log by date and fills run_first and progressed. */
static void
sort_log (StrideProgramLog *log)
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

/* How many of the first entries of ARRAY (sorted by date; the date is the first member
 * of each element, ELEMENT_SIZE bytes each) are dated on DAY or before. */
static guint
count_until (GArray      *array,
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

/* ---------------------------------------------------------------------------------- */
/* Reasons in words                                                                   */
/* ---------------------------------------------------------------------------------- */

static const struct
{
  const char *id;
  const char *keys[2];
} reason_table[] = {
  { "pain_rising", { "from", "to" } },
  { "stalled", { "weeks", NULL } },
  { "pain_too_high", { "pain", NULL } },
  { "two_worse_mornings", { NULL, NULL } },
  { "pain_acceptable", { "pain", NULL } },
  { "worse_morning", { NULL, NULL } },
  { "last_stage", { NULL, NULL } },
  { "criteria_met", { NULL, NULL } },
  { "time_in_stage", { "days", "stage" } },
  { "start", { NULL, NULL } },
  { "min_time", { "days", NULL } },
  { "sessions", { "sessions", NULL } },
  { "worse_morning_since", { NULL, NULL } },
  { "paused", { NULL, NULL } },
};

const char *
stride_program_reason_intern (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (reason_table); i++)
    if (g_str_equal (id, reason_table[i].id))
      return reason_table[i].id;
  return NULL;
}

const char *
stride_program_reason_value_key (const char *id,
                                 guint       index)
{
  g_return_val_if_fail (index < 2, NULL);

  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (reason_table); i++)
    if (g_str_equal (id, reason_table[i].id))
      return reason_table[i].keys[index];
  return NULL;
}

JsonObject *
stride_program_reason_to_json (const StrideProgramReason *reason)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", reason->id);
  for (guint i = 0; i < G_N_ELEMENTS (reason->values); i++)
    if (stride_program_reason_value_key (reason->id, i) != NULL)
      json_object_set_int_member (object, stride_program_reason_value_key (reason->id, i), reason->values[i]);
  return object;
}

gboolean
stride_program_reason_from_json (JsonObject          *object,
                                 StrideProgramReason *reason)
{
  g_return_val_if_fail (object != NULL && reason != NULL, FALSE);

  *reason = (StrideProgramReason) { 0 };
  reason->id = stride_program_reason_intern (stride_json_get_string (object, "id"));
  if (reason->id == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (reason->values); i++)
    {
      const char *key = stride_program_reason_value_key (reason->id, i);
      gint64 value;

      if (key == NULL)
        continue;
      if (!stride_json_get_int (object, key, &value) || value < 0 || value > G_MAXUINT)
        return FALSE;
      reason->values[i] = (guint) value;
    }
  return TRUE;
}

char *
stride_program_reason_render (const StrideProgramReason *reason)
{
  const char *id = reason->id;
  guint a = reason->values[0], b = reason->values[1];

  if (g_strcmp0 (id, "pain_rising") == 0)
    return g_strdup_printf (_("Your pain during sessions has risen over the last 2 weeks, from about %u to %u out of 10: see a physiotherapist or doctor before you carry on."),
                            a, b);
  if (g_strcmp0 (id, "stalled") == 0)
    return g_strdup_printf (_("%u weeks without moving on to the next stage: a physiotherapist can find out what is holding you back."), a);
  if (g_strcmp0 (id, "pain_too_high") == 0)
    return g_strdup_printf (_("Pain reached %u out of 10 in your last session: more than 5 is too much, so the load goes down."), a);
  if (g_strcmp0 (id, "two_worse_mornings") == 0)
    return g_strdup (_("Two mornings in a row were worse than before: the load goes down."));
  if (g_strcmp0 (id, "pain_acceptable") == 0)
    return g_strdup_printf (_("Pain reached %u out of 10 in your last session: acceptable, but not yet the time to move on."), a);
  if (g_strcmp0 (id, "worse_morning") == 0)
    return g_strdup (_("Your latest morning check-in was worse than before: stay at this stage until mornings settle."));
  if (g_strcmp0 (id, "last_stage") == 0)
    return g_strdup (_("You meet every criterion of the last stage: keep this going as your routine."));
  if (g_strcmp0 (id, "criteria_met") == 0)
    return g_strdup (_("Your last 3 sessions were at pain 3 out of 10 or less, and no morning after was worse."));
  if (g_strcmp0 (id, "time_in_stage") == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day in stage %u: enough time for your body to get used to its load.",
                                         "%u days in stage %u: enough time for your body to get used to its load.", a), a, b);
  if (g_strcmp0 (id, "start") == 0)
    return g_strdup (_("Everyone starts at stage 1: do today's session, then say how much it hurt."));
  /* Days still to go, not days so far: "0 days so far" on the first day read as nothing done */
  if (g_strcmp0 (id, "min_time") == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more day in this stage before you can move on.",
                                         "%u more days in this stage before you can move on.", a), a);
  if (g_strcmp0 (id, "sessions") == 0)
    return g_strdup_printf (_("%u of the 3 sessions needed at pain 3 out of 10 or less."), a);
  if (g_strcmp0 (id, "worse_morning_since") == 0)
    return g_strdup (_("A morning after one of your last 3 sessions was worse than before."));
  if (g_strcmp0 (id, "paused") == 0)
    return g_strdup (_("The program is paused until a clinician has seen you: no new stage and no sessions until then. Once they say you can carry on, tell Stride “A clinician has seen me”."));
  return NULL;
}

char *
stride_program_summary_render (StrideProgramDecision decision,
                               guint                 stage_before,
                               guint                 stage,
                               const char           *reason)
{
  g_autofree char *text = NULL;

  if (reason == NULL)
    reason = "";
  switch (decision)
    {
    case STRIDE_PROGRAM_PROGRESS:
      return g_strdup_printf (_("Moved to stage %u: three sessions at pain 3 or less, mornings no worse."), stage);
    case STRIDE_PROGRAM_STEP_BACK:
      if (stage < stage_before)
        text = g_strdup_printf (_("Back to stage %u. %s"), stage, reason);
      else
        text = g_strdup_printf (_("Stage %u with fewer sets. %s"), stage, reason);
      break;
    case STRIDE_PROGRAM_SEE_CLINICIAN:
      text = g_strdup_printf (_("See a clinician. %s"), reason);
      break;
    case STRIDE_PROGRAM_STAY:
    default:
      text = g_strdup_printf (_("Staying at stage %u. %s"), stage, reason);
      break;
    }
  /* Without a reason Stride knows (a newer version's), the decision alone */
  return g_strdup (g_strstrip (text));
}

/* ---------------------------------------------------------------------------------- */
/* Deciding                                                                           */
/* ---------------------------------------------------------------------------------- */

/* What the log says on a day, gathered once for the rules. Only entries dated that day or
 * before count: the same log is decided again for each day that had something in it. */
typedef struct
{
  StrideProgramLog *log;
  const GDate      *today;
  guint             n_stages;
  guint             n_sessions;     /* dated today or before */
  guint             n_check_ins;    /* dated today or before */
  GDate             counted_from;   /* a clinician last saw you, or the start */
  guint             stage;          /* you are in */
  guint             first;          /* index of the first session of the stage's run */
  GDate             entered;        /* the day you entered the stage */
  guint             days_in_stage;
  guint             days_since_progress; /* or since a clinician saw you, if later */
  const Session    *last;           /* NULL before any session */
} Facts;

static guint
days_between (const GDate *from,
              const GDate *to)
{
  int days = g_date_days_between (from, to);

  return days > 0 ? (guint) days : 0;
}

/* The log must be sorted (sort_log()). */
static void
gather_facts (StrideProgramLog *log,
              const GDate      *today,
              Facts            *facts)
{
  GArray *sessions = log->sessions;
  GDate progressed = log->started;
  guint n_seen = count_until (log->seen, sizeof (GDate), today);

  facts->log = log;
  facts->today = today;
  facts->n_stages = log->program->stages->len;
  facts->n_sessions = count_until (sessions, sizeof (Session), today);
  facts->n_check_ins = count_until (log->check_ins, sizeof (CheckIn), today);
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

  facts->days_in_stage = days_between (&facts->entered, today);
  facts->days_since_progress = days_between (&progressed, today);
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

static void
add_reason (StrideProgramStatus *status,
            const char          *id,
            guint                a,
            guint                b)
{
  StrideProgramReason reason = { id, { a, b } };
  char *text = stride_program_reason_render (&reason);

  g_assert (text != NULL);
  g_array_append_val (status->reason_codes, reason);
  g_ptr_array_add (status->reasons, text);
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

  add_reason (status, "pain_rising", (guint) round (earlier), (guint) round (later));
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
      add_reason (status, "stalled", facts->days_since_progress / 7, 0);
      status->rule = "stalled";
      return STRIDE_PROGRAM_SEE_CLINICIAN;
    }

  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_ACCEPTABLE)
    {
      add_reason (status, "pain_too_high", facts->last->pain, 0);
      status->rule = "pain_too_high";
      return STRIDE_PROGRAM_STEP_BACK;
    }
  if (latest != NULL && before != NULL &&
      latest->morning == STRIDE_MORNING_WORSE && before->morning == STRIDE_MORNING_WORSE)
    {
      add_reason (status, "two_worse_mornings", 0, 0);
      status->rule = "two_worse_mornings";
      return STRIDE_PROGRAM_STEP_BACK;
    }

  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_FINE)
    status->rule = "pain_acceptable";
  else if (latest != NULL && latest->morning == STRIDE_MORNING_WORSE)
    status->rule = "worse_morning";
  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_FINE)
    add_reason (status, "pain_acceptable", facts->last->pain, 0);
  if (latest != NULL && latest->morning == STRIDE_MORNING_WORSE)
    add_reason (status, "worse_morning", 0, 0);
  if (status->reasons->len > 0)
    return STRIDE_PROGRAM_STAY;

  if (facts->days_in_stage >= min_days && n_fine >= STRIDE_PROGRAM_SESSIONS_NEEDED && !worse_since)
    {
      if (last_stage)
        {
          add_reason (status, "last_stage", 0, 0);
          status->rule = "last_stage";
          return STRIDE_PROGRAM_STAY;
        }
      add_reason (status, "criteria_met", 0, 0);
      add_reason (status, "time_in_stage", facts->days_in_stage, facts->stage);
      status->rule = "criteria_met";
      return STRIDE_PROGRAM_PROGRESS;
    }

  if (facts->last == NULL)
    {
      add_reason (status, "start", 0, 0);
      status->rule = "start";
      return STRIDE_PROGRAM_STAY;
    }
  status->rule = facts->days_in_stage < min_days ? "min_time"
               : n_fine < STRIDE_PROGRAM_SESSIONS_NEEDED ? "sessions" : "worse_morning_since";
  if (facts->days_in_stage < min_days)
    add_reason (status, "min_time", min_days - facts->days_in_stage, 0);
  if (n_fine < STRIDE_PROGRAM_SESSIONS_NEEDED)
    add_reason (status, "sessions", n_fine, 0);
  else if (worse_since)
    add_reason (status, "worse_morning_since", 0, 0);
  return STRIDE_PROGRAM_STAY;
}

/* The next session: the stage's items; a step back from stage 1 does about a third fewer
 * sets of each. */
static void
fill_items (StrideProgramStatus *status,
            const StrideProgram *program,
            gboolean             lighter)
{
  const StrideProgramStage *stage = g_ptr_array_index (program->stages, status->stage - 1);

  for (guint i = 0; i < stage->items->len; i++)
    {
      StrideRoutineItem *item = g_new0 (StrideRoutineItem, 1);

      *item = *(StrideRoutineItem *) g_ptr_array_index (stage->items, i);
      if (lighter)
        item->dose.sets = MAX (1, (item->dose.sets * 2 + 2) / 3);
      g_ptr_array_add (status->items, item);
    }
}

/* A program of up to three sessions a week keeps a day of rest between two sessions: the
 * tissue adapts between loads (and return to run never runs two days in a row early on). */
static guint
next_session_in (const Facts *facts)
{
  guint gap = facts->log->program->sessions_per_week <= 3 ? 2 : 1;
  guint since;

  if (facts->last == NULL)
    return 0;
  since = days_between (&facts->last->date, facts->today);
  return since < gap ? gap - since : 0;
}

static StrideProgramStatus *
status_new (void)
{
  StrideProgramStatus *status = g_new0 (StrideProgramStatus, 1);

  status->reasons = g_ptr_array_new_with_free_func (g_free);
  status->reason_codes = g_array_new (FALSE, FALSE, sizeof (StrideProgramReason));
  g_date_clear (&status->paused_since, 1);
  return status;
}

/* The decision on DAY alone, as if nothing came after it. */
static StrideProgramStatus *
decide_on (StrideProgramLog *log,
           const GDate      *day,
           Facts            *facts)
{
  StrideProgramStatus *status = status_new ();

  gather_facts (log, day, facts);
  status->decision = decide (facts, status);
  return status;
}

static const GDate *
entry_date (GArray *array,
            gsize   element_size,
            guint   index)
{
  return (const GDate *) (array->data + (gsize) index * element_size);
}

/* The first day before TODAY, since a clinician last saw you (or the start), on which a
 * session or a check-in led to "see a clinician": that decision holds until a clinician
 * has seen you. NULL when there was none; else the decision of that day, DAY set. */
static StrideProgramStatus *
find_pause (StrideProgramLog *log,
            const GDate      *today,
            GDate            *day)
{
  guint n_seen = count_until (log->seen, sizeof (GDate), today);
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
      next[l] = count_until (lists[l], sizes[l], &before);
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
      status = decide_on (log, day, &facts);
      if (status->decision == STRIDE_PROGRAM_SEE_CLINICIAN)
        return status;
      stride_program_status_free (status);
      for (guint l = 0; l < 2; l++)
        next[l] = count_until (lists[l], sizes[l], day);
    }
}

/* STATUS takes the reasons of PAUSE, which decided first. */
static void
take_reasons (StrideProgramStatus *status,
              StrideProgramStatus *pause)
{
  g_ptr_array_set_size (status->reasons, 0);
  g_array_set_size (status->reason_codes, 0);
  for (guint i = 0; i < pause->reason_codes->len; i++)
    {
      const StrideProgramReason *reason = &g_array_index (pause->reason_codes, StrideProgramReason, i);

      add_reason (status, reason->id, reason->values[0], reason->values[1]);
    }
  status->rule = pause->rule;
}

StrideProgramStatus *
stride_program_evaluate (StrideProgramLog *log,
                         const GDate      *today)
{
  g_autoptr(StrideProgramStatus) pause = NULL;
  StrideProgramStatus *status;
  Facts facts;
  GDate paused_on;

  g_return_val_if_fail (log != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  sort_log (log);
  status = decide_on (log, today, &facts);
  status->items = g_ptr_array_new_with_free_func (g_free);
  status->n_stages = facts.n_stages;
  status->stage_before = facts.stage;
  status->days_in_stage = facts.days_in_stage;
  status->week = facts.days_in_stage / 7 + 1;

  /* "See a clinician" is kept from the first day it was decided. Pain rising today is
   * said first even so: it is the most urgent reason. */
  pause = find_pause (log, today, &paused_on);
  if (pause != NULL && g_strcmp0 (status->rule, "pain_rising") != 0)
    {
      status->decision = STRIDE_PROGRAM_SEE_CLINICIAN;
      take_reasons (status, pause);
    }
  if (status->decision == STRIDE_PROGRAM_SEE_CLINICIAN)
    {
      status->paused = TRUE;
      status->paused_since = pause != NULL ? paused_on : *today;
      add_reason (status, "paused", 0, 0);
    }

  status->stage = facts.stage;
  if (status->decision == STRIDE_PROGRAM_PROGRESS)
    status->stage = facts.stage + 1;
  else if (status->decision == STRIDE_PROGRAM_STEP_BACK && facts.stage > 1)
    status->stage = facts.stage - 1;

  /* While paused there is no session to do: the advice takes its place */
  if (!status->paused)
    fill_items (status, log->program, status->decision == STRIDE_PROGRAM_STEP_BACK && facts.stage == 1);
  status->next_session_in = next_session_in (&facts);
  return status;
}

void
stride_program_status_free (StrideProgramStatus *status)
{
  if (status == NULL)
    return;
  g_ptr_array_unref (status->reasons);
  g_array_unref (status->reason_codes);
  g_clear_pointer (&status->items, g_ptr_array_unref);
  g_free (status);
}

char *
stride_program_status_summary (StrideProgramStatus *status)
{
  g_return_val_if_fail (status != NULL, NULL);

  return stride_program_summary_render (status->decision, status->stage_before, status->stage,
                                        status->reasons->len > 0 ? g_ptr_array_index (status->reasons, 0) : NULL);
}

JsonNode *
stride_program_status_to_json (StrideProgramLog    *log,
                               StrideProgramStatus *status,
                               StrideContent       *content)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (log != NULL && status != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "program");
  json_builder_add_string_value (builder, log->program->id);
  json_builder_set_member_name (builder, "stage");
  json_builder_add_int_value (builder, status->stage);
  json_builder_set_member_name (builder, "stages");
  json_builder_add_int_value (builder, status->n_stages);
  json_builder_set_member_name (builder, "decision");
  json_builder_add_string_value (builder, stride_program_decision_to_string (status->decision));
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < status->reasons->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (status->reasons, i));
  json_builder_end_array (builder);
  if (status->paused)
    {
      char since[16];

      g_date_strftime (since, sizeof since, "%Y-%m-%d", &status->paused_since);
      json_builder_set_member_name (builder, "paused_since");
      json_builder_add_string_value (builder, since);
    }

  json_builder_set_member_name (builder, "next_session");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < status->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (status->items, i);
      const StrideExercise *exercise = content != NULL ? stride_content_find_exercise (content, item->exercise) : NULL;
      static const char * const sides[] = { "each", "both", "none" };

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "exercise");
      json_builder_add_string_value (builder, item->exercise);
      json_builder_set_member_name (builder, "sides");
      json_builder_add_string_value (builder, sides[item->dose.sides]);
      json_builder_set_member_name (builder, "sets");
      json_builder_add_int_value (builder, item->dose.sets);
      if (item->dose.reps > 0)
        {
          json_builder_set_member_name (builder, "reps");
          json_builder_add_int_value (builder, item->dose.reps);
        }
      else
        {
          json_builder_set_member_name (builder, "hold_s");
          json_builder_add_int_value (builder, item->dose.hold_s);
        }
      /* A run's rest is the walk between runs: part of the plan */
      if (exercise != NULL && g_strcmp0 (exercise->kind, "run") == 0)
        {
          json_builder_set_member_name (builder, "rest_s");
          json_builder_add_int_value (builder, item->dose.rest_s);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* ---------------------------------------------------------------------------------- */
/* Reading the command-line input                                                     */
/* ---------------------------------------------------------------------------------- */

static gboolean
invalid (GError    **error,
         const char *path,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError    **error,
         const char *path,
         const char *format,
         ...)
{
  va_list args;
  gboolean result;

  va_start (args, format);
  result = stride_set_path_errorv (error, STRIDE_PROGRAM_ERROR, STRIDE_PROGRAM_ERROR_INVALID, path, format, args);
  va_end (args);
  return result;
}

static gboolean
check_keys (JsonObject         *object,
            const char          *path,
            const char * const  *allowed,
            GError             **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      {
        g_autofree char *valid = g_utf8_make_valid (l->data, MIN (strlen (l->data), 64));
        g_autofree char *expected = g_strjoinv (", ", (char **) allowed);
        return invalid (error, path, _("unknown field “%s” (expected %s)"), valid, expected);
      }
  return TRUE;
}

static gboolean
read_date (JsonObject  *object,
           const char  *key,
           const char  *path,
           GDate       *date,
           GError     **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, key);
  JsonNode *node = json_object_get_member (object, key);
  const char *text;
  int year, month, day;
  char end;

  if (node == NULL)
    return invalid (error, path, _("missing field “%s”"), key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, member_path, _("expected a date as text, YYYY-MM-DD"));

  text = json_node_get_string (node);
  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 ||
      text[4] != '-' || text[7] != '-' || !g_date_valid_dmy (day, month, year))
    return invalid (error, member_path, _("“%s” is not a date: expected YYYY-MM-DD"), text);

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
read_whole (JsonObject  *object,
            const char  *key,
            const char  *path,
            gint64       min,
            gint64       max,
            gint64      *value,
            GError     **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, key);
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return invalid (error, path, _("missing field “%s”"), key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < min || json_node_get_int (node) > max)
    return invalid (error, member_path, _("expected a whole number from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT),
                    min, max);
  *value = json_node_get_int (node);
  return TRUE;
}

/* An optional list: ARRAY is NULL when there is none. */
static gboolean
read_list (JsonObject  *object,
           const char  *key,
           JsonArray  **array,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *path = g_strdup_printf ("$.%s", key);

  *array = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, path, _("expected a list"));
  if (json_array_get_length (json_node_get_array (node)) > STRIDE_PROGRAM_MAX_ENTRIES)
    return invalid (error, path, _("more than %d entries"), STRIDE_PROGRAM_MAX_ENTRIES);
  *array = json_node_get_array (node);
  return TRUE;
}

static gboolean
read_dated (JsonArray    *array,
            guint         i,
            const char   *list,
            const char  * const *keys,
            const GDate  *started,
            const GDate  *today,
            char        **path,
            JsonObject  **object,
            GDate        *date,
            GError      **error)
{
  JsonNode *node = json_array_get_element (array, i);

  *path = g_strdup_printf ("$.%s[%u]", list, i);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, *path, _("expected an object"));
  *object = json_node_get_object (node);
  if (!check_keys (*object, *path, keys, error) || !read_date (*object, "date", *path, date, error))
    return FALSE;
  if (g_date_compare (date, started) < 0 || g_date_compare (date, today) > 0)
    {
      g_autofree char *date_path = g_strdup_printf ("%s.date", *path);
      return invalid (error, date_path, _("the date is outside the program: from “started” to “today”"));
    }
  return TRUE;
}

static gboolean
read_sessions (StrideProgramLog *log,
               JsonObject       *root,
               const GDate      *today,
               GError          **error)
{
  static const char * const keys[] = { "date", "stage", "pain_during", "completed", NULL };
  JsonArray *array;

  if (!read_list (root, "sessions", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = NULL;
      gint64 stage, pain;
      gboolean completed = TRUE;
      GDate date;

      if (!read_dated (array, i, "sessions", keys, &log->started, today, &path, &object, &date, error) ||
          !read_whole (object, "stage", path, 1, log->program->stages->len, &stage, error) ||
          !read_whole (object, "pain_during", path, 0, 10, &pain, error))
        return FALSE;
      if (json_object_has_member (object, "completed"))
        {
          JsonNode *node = json_object_get_member (object, "completed");

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            {
              g_autofree char *member_path = g_strdup_printf ("%s.completed", path);
              return invalid (error, member_path, _("expected true or false"));
            }
          completed = json_node_get_boolean (node);
        }
      stride_program_log_add_session (log, &date, stage, pain, completed);
    }
  return TRUE;
}

static gboolean
read_check_ins (StrideProgramLog *log,
                JsonObject       *root,
                const GDate      *today,
                GError          **error)
{
  static const char * const keys[] = { "date", "morning", NULL };
  JsonArray *array;

  if (!read_list (root, "checkins", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *morning_path = NULL;
      JsonObject *object = NULL;
      StrideMorning morning;
      GDate date;

      if (!read_dated (array, i, "checkins", keys, &log->started, today, &path, &object, &date, error))
        return FALSE;
      morning_path = g_strdup_printf ("%s.morning", path);
      if (!json_object_has_member (object, "morning"))
        return invalid (error, path, _("missing field “morning”"));
      if (!stride_morning_from_string (stride_json_get_string (object, "morning"), &morning))
        return invalid (error, morning_path, _("expected “better”, “same” or “worse”"));
      stride_program_log_add_check_in (log, &date, morning);
    }
  return TRUE;
}

static gboolean
read_clinician_seen (StrideProgramLog *log,
                     JsonObject       *root,
                     const GDate      *today,
                     GError          **error)
{
  static const char * const keys[] = { "date", NULL };
  JsonArray *array;

  if (!read_list (root, "clinician_seen", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = NULL;
      GDate date;

      if (!read_dated (array, i, "clinician_seen", keys, &log->started, today, &path, &object, &date, error))
        return FALSE;
      stride_program_log_add_clinician_seen (log, &date);
    }
  return TRUE;
}

StrideProgramLog *
stride_program_log_from_json (StrideContent *content,
                              const char    *data,
                              gssize         length,
                              GDate         *today,
                              GError       **error)
{
  static const char * const keys[] = { "program", "started", "today", "sessions", "checkins", "clinician_seen", NULL };
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(StrideProgramLog) log = NULL;
  const StrideProgram *program;
  JsonNode *root;
  JsonObject *object;
  JsonNode *id;
  GDate started;

  g_return_val_if_fail (content != NULL && data != NULL && today != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  /* Strict JSON, its size and depth checked before a tree is built */
  parsed = stride_json_parse (data, length, NULL, STRIDE_PROGRAM_MAX_INPUT_BYTES, STRIDE_PROGRAM_MAX_DEPTH, &local_error);
  if (parsed == NULL)
    {
      g_set_error_literal (error, STRIDE_PROGRAM_ERROR, STRIDE_PROGRAM_ERROR_SYNTAX, local_error->message);
      return NULL;
    }

  root = parsed;
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, "$", _("expected an object with “program”, “started” and “today”"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (!check_keys (object, "$", keys, error))
    return NULL;

  id = json_object_get_member (object, "program");
  if (id == NULL)
    {
      invalid (error, "$", _("missing field “program”"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
    {
      invalid (error, "$.program", _("expected a program id as text"));
      return NULL;
    }
  program = stride_content_find_program (content, json_node_get_string (id));
  if (program == NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (json_node_get_string (id), -1);
      invalid (error, "$.program", _("unknown program “%s”"), valid);
      return NULL;
    }

  if (!read_date (object, "started", "$", &started, error) || !read_date (object, "today", "$", today, error))
    return NULL;
  if (g_date_compare (today, &started) < 0)
    {
      invalid (error, "$.today", _("“today” is before the program started"));
      return NULL;
    }

  log = stride_program_log_new (program, &started);
  if (!read_sessions (log, object, today, error) || !read_check_ins (log, object, today, error) ||
      !read_clinician_seen (log, object, today, error))
    return NULL;
  return g_steal_pointer (&log);
}
