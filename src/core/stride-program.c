/* stride-program.c — where a staged rehab program stands, and what comes next
 *
 * The rules are in stride-program.h and docs/clinical-basis.md ("Programs").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
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
  guint    pain;
  gboolean completed;
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
  guint                n_added;
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
  return log;
}

void
stride_program_log_free (StrideProgramLog *log)
{
  if (log == NULL)
    return;
  g_array_unref (log->sessions);
  g_array_unref (log->check_ins);
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
  Session session = { *date, log->n_added++, stage, MIN (pain_during, 10), completed };

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

/* ---------------------------------------------------------------------------------- */
/* Deciding                                                                           */
/* ---------------------------------------------------------------------------------- */

/* What the log says on a day, gathered once for the rules. */
typedef struct
{
  StrideProgramLog *log;
  const GDate      *today;
  guint             n_stages;
  guint             stage;          /* you are in */
  guint             first;          /* index of the first session of the stage's run */
  GDate             entered;        /* the day you entered the stage */
  guint             days_in_stage;
  guint             days_since_progress;
  const Session    *last;           /* NULL before any session */
} Facts;

static guint
days_between (const GDate *from,
              const GDate *to)
{
  int days = g_date_days_between (from, to);

  return days > 0 ? (guint) days : 0;
}

static void
gather_facts (StrideProgramLog *log,
              const GDate      *today,
              Facts            *facts)
{
  GArray *sessions = log->sessions;
  GDate progressed = log->started;

  g_array_sort (sessions, compare_sessions);
  g_array_sort (log->check_ins, compare_check_ins);

  facts->log = log;
  facts->today = today;
  facts->n_stages = log->program->stages->len;
  facts->stage = 1;
  facts->first = 0;
  facts->entered = log->started;
  facts->last = NULL;

  if (sessions->len > 0)
    {
      facts->last = &g_array_index (sessions, Session, sessions->len - 1);
      facts->stage = facts->last->stage;
      facts->first = sessions->len - 1;
      while (facts->first > 0 && g_array_index (sessions, Session, facts->first - 1).stage == facts->stage)
        facts->first--;
      if (facts->first > 0 || facts->stage != 1)
        facts->entered = g_array_index (sessions, Session, facts->first).date;
    }

  /* The last move forward, or the start */
  for (guint i = 1; i < sessions->len; i++)
    if (g_array_index (sessions, Session, i).stage > g_array_index (sessions, Session, i - 1).stage)
      progressed = g_array_index (sessions, Session, i).date;

  facts->days_in_stage = days_between (&facts->entered, today);
  facts->days_since_progress = days_between (&progressed, today);
}

/* Check-ins that count for the stage: dated after the day you entered it. */
static gboolean
counts_for_stage (const Facts   *facts,
                  const CheckIn *check_in)
{
  return g_date_compare (&check_in->date, &facts->entered) > 0 &&
         g_date_compare (&check_in->date, facts->today) <= 0;
}

static const CheckIn *
latest_check_in (const Facts *facts,
                 guint        back)       /* 0: the latest, 1: the one before … */
{
  GArray *check_ins = facts->log->check_ins;

  for (guint i = check_ins->len; i > 0; i--)
    {
      const CheckIn *check_in = &g_array_index (check_ins, CheckIn, i - 1);

      if (!counts_for_stage (facts, check_in))
        continue;
      if (back-- == 0)
        return check_in;
    }
  return NULL;
}

/* Mean pain of the sessions dated in (today − FROM_DAYS, today − TO_DAYS]; FALSE when none. */
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
  for (guint i = 0; i < sessions->len; i++)
    {
      const Session *session = &g_array_index (sessions, Session, i);
      int ago = g_date_days_between (&session->date, facts->today);

      if (ago >= 0 && (guint) ago < from_days && (guint) ago >= to_days)
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
            const char          *format,
            ...) G_GNUC_PRINTF (2, 3);

static void
add_reason (StrideProgramStatus *status,
            const char          *format,
            ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (status->reasons, g_strdup_vprintf (format, args));
  va_end (args);
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

  add_reason (status, _("Your pain during sessions has risen over the last 2 weeks, from about %.0f to %.0f out of 10: see a physiotherapist or doctor before you carry on."),
              earlier, later);
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

  for (guint i = sessions->len; i > facts->first && n < STRIDE_PROGRAM_SESSIONS_NEEDED; i--)
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

static gboolean
worse_morning_since (const Facts *facts,
                     const GDate *date)
{
  GArray *check_ins = facts->log->check_ins;

  for (guint i = 0; i < check_ins->len; i++)
    {
      const CheckIn *check_in = &g_array_index (check_ins, CheckIn, i);

      if (check_in->morning == STRIDE_MORNING_WORSE && counts_for_stage (facts, check_in) &&
          g_date_compare (&check_in->date, date) > 0)
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
      add_reason (status, _("%u weeks without moving on to the next stage: a physiotherapist can find out what is holding you back."),
                  facts->days_since_progress / 7);
      status->rule = "stalled";
      return STRIDE_PROGRAM_SEE_CLINICIAN;
    }

  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_ACCEPTABLE)
    {
      add_reason (status, _("Pain reached %u out of 10 in your last session: more than 5 is too much, so the load goes down."),
                  facts->last->pain);
      status->rule = "pain_too_high";
      return STRIDE_PROGRAM_STEP_BACK;
    }
  if (latest != NULL && before != NULL &&
      latest->morning == STRIDE_MORNING_WORSE && before->morning == STRIDE_MORNING_WORSE)
    {
      add_reason (status, _("Two mornings in a row were worse than before: the load goes down."));
      status->rule = "two_worse_mornings";
      return STRIDE_PROGRAM_STEP_BACK;
    }

  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_FINE)
    status->rule = "pain_acceptable";
  else if (latest != NULL && latest->morning == STRIDE_MORNING_WORSE)
    status->rule = "worse_morning";
  if (facts->last != NULL && facts->last->pain > STRIDE_PROGRAM_PAIN_FINE)
    add_reason (status, _("Pain reached %u out of 10 in your last session: acceptable, but not yet the time to move on."),
                facts->last->pain);
  if (latest != NULL && latest->morning == STRIDE_MORNING_WORSE)
    add_reason (status, _("Your latest morning check-in was worse than before: stay at this stage until mornings settle."));
  if (status->reasons->len > 0)
    return STRIDE_PROGRAM_STAY;

  if (facts->days_in_stage >= min_days && n_fine >= STRIDE_PROGRAM_SESSIONS_NEEDED && !worse_since)
    {
      if (last_stage)
        {
          add_reason (status, _("You meet every criterion of the last stage: keep this going as your routine."));
          status->rule = "last_stage";
          return STRIDE_PROGRAM_STAY;
        }
      add_reason (status, _("Your last 3 sessions were at pain 3 out of 10 or less, and no morning after was worse."));
      add_reason (status, g_dngettext (GETTEXT_PACKAGE, "%u day in stage %u: enough time for the tendon to adapt.",
                                       "%u days in stage %u: enough time for the tendon to adapt.", facts->days_in_stage),
                  facts->days_in_stage, facts->stage);
      status->rule = "criteria_met";
      return STRIDE_PROGRAM_PROGRESS;
    }

  if (facts->last == NULL)
    {
      add_reason (status, _("Everyone starts at stage 1: do today's session, then say how much it hurt."));
      status->rule = "start";
      return STRIDE_PROGRAM_STAY;
    }
  status->rule = facts->days_in_stage < min_days ? "min_time"
               : n_fine < STRIDE_PROGRAM_SESSIONS_NEEDED ? "sessions" : "worse_morning_since";
  /* Days still to go, not days so far: "0 days so far" on the first day read as nothing done */
  if (facts->days_in_stage < min_days)
    add_reason (status, g_dngettext (GETTEXT_PACKAGE, "%u more day in this stage before you can move on.",
                                     "%u more days in this stage before you can move on.", min_days - facts->days_in_stage),
                min_days - facts->days_in_stage);
  if (n_fine < STRIDE_PROGRAM_SESSIONS_NEEDED)
    add_reason (status, _("%u of the 3 sessions needed at pain 3 out of 10 or less."), n_fine);
  else if (worse_since)
    add_reason (status, _("A morning after one of your last 3 sessions was worse than before."));
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

StrideProgramStatus *
stride_program_evaluate (StrideProgramLog *log,
                         const GDate      *today)
{
  StrideProgramStatus *status;
  Facts facts;

  g_return_val_if_fail (log != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  gather_facts (log, today, &facts);
  status = g_new0 (StrideProgramStatus, 1);
  status->reasons = g_ptr_array_new_with_free_func (g_free);
  status->items = g_ptr_array_new_with_free_func (g_free);
  status->n_stages = facts.n_stages;
  status->stage_before = facts.stage;
  status->days_in_stage = facts.days_in_stage;
  status->week = facts.days_in_stage / 7 + 1;
  status->decision = decide (&facts, status);

  status->stage = facts.stage;
  if (status->decision == STRIDE_PROGRAM_PROGRESS)
    status->stage = facts.stage + 1;
  else if (status->decision == STRIDE_PROGRAM_STEP_BACK && facts.stage > 1)
    status->stage = facts.stage - 1;

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
  g_ptr_array_unref (status->items);
  g_free (status);
}

char *
stride_program_status_summary (StrideProgramStatus *status)
{
  g_return_val_if_fail (status != NULL, NULL);

  switch (status->decision)
    {
    case STRIDE_PROGRAM_PROGRESS:
      return g_strdup_printf (_("Moved to stage %u: three sessions at pain 3 or less, mornings no worse."), status->stage);
    case STRIDE_PROGRAM_STEP_BACK:
      if (status->stage < status->stage_before)
        return g_strdup_printf (_("Back to stage %u. %s"), status->stage, (const char *) g_ptr_array_index (status->reasons, 0));
      return g_strdup_printf (_("Stage %u with fewer sets. %s"), status->stage, (const char *) g_ptr_array_index (status->reasons, 0));
    case STRIDE_PROGRAM_SEE_CLINICIAN:
      return g_strdup_printf (_("See a clinician. %s"), (const char *) g_ptr_array_index (status->reasons, 0));
    case STRIDE_PROGRAM_STAY:
    default:
      return g_strdup_printf (_("Staying at stage %u. %s"), status->stage, (const char *) g_ptr_array_index (status->reasons, 0));
    }
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

StrideProgramLog *
stride_program_log_from_json (StrideContent *content,
                              const char    *data,
                              gssize         length,
                              GDate         *today,
                              GError       **error)
{
  static const char * const keys[] = { "program", "started", "today", "sessions", "checkins", NULL };
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
  if (!read_sessions (log, object, today, error) || !read_check_ins (log, object, today, error))
    return NULL;
  return g_steal_pointer (&log);
}
