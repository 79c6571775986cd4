/* stride-program.h — where a staged rehab program stands, and what comes next
 *
 * A program (content: StrideProgram) is followed as a log of sessions (date, stage, pain
 * during, completed) and morning-after check-ins (better, same, worse). The same rules
 * decide for every program, from the pain-monitoring model (docs/clinical-basis.md,
 * "Programs"):
 *
 *   see_clinician  pain during sessions rose over the last 2 weeks (the second week's mean
 *                  2 points or more above the first's), or 6 weeks without moving on (not
 *                  in the last stage). This decision is kept: once it was reached on any
 *                  day with a session or a check-in, the program stays paused (no new
 *                  stage, no sessions) until the runner says a clinician has seen them
 *                  (stride_program_log_add_clinician_seen()). From that day on, the pain
 *                  trend and the time without moving on are counted afresh.
 *   step_back      pain above 5 in the last session, or two worse mornings in a row
 *   stay           pain 4–5 in the last session, a worse morning, too little time in the
 *                  stage, or fewer than 3 sessions at pain ≤ 3
 *   progress       at least min_weeks in the stage, the last 3 completed sessions of the
 *                  stage at pain ≤ 3, and no worse morning after any of them
 *
 * When two apply, the more cautious wins (in that order). The stage you are in is the
 * stage of your last session (stage 1 before any); you entered it on the day of its first
 * session in a row of that stage (the start date for stage 1 from the start). Check-ins
 * count for the stage only when dated after that day. A step back from stage 1 keeps
 * stage 1 with fewer sets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-content.h"

G_BEGIN_DECLS

#define STRIDE_PROGRAM_ERROR (stride_program_error_quark ())

typedef enum
{
  STRIDE_PROGRAM_ERROR_SYNTAX,     /* not JSON */
  STRIDE_PROGRAM_ERROR_INVALID,    /* "$.path: message" */
} StrideProgramError;

GQuark stride_program_error_quark (void);

typedef enum
{
  STRIDE_PROGRAM_PROGRESS,
  STRIDE_PROGRAM_STAY,
  STRIDE_PROGRAM_STEP_BACK,
  STRIDE_PROGRAM_SEE_CLINICIAN,
} StrideProgramDecision;

typedef enum
{
  STRIDE_MORNING_BETTER,
  STRIDE_MORNING_SAME,
  STRIDE_MORNING_WORSE,
} StrideMorning;

const char *stride_program_decision_to_string (StrideProgramDecision decision);
const char *stride_morning_to_string          (StrideMorning         morning);
gboolean    stride_morning_from_string        (const char           *string,
                                               StrideMorning        *morning);

/* The pain thresholds of the model: ≤ 3 fine, 4–5 acceptable, > 5 too much. */
#define STRIDE_PROGRAM_PAIN_FINE        3
#define STRIDE_PROGRAM_PAIN_ACCEPTABLE  5
#define STRIDE_PROGRAM_SESSIONS_NEEDED  3
#define STRIDE_PROGRAM_STALLED_DAYS     42
#define STRIDE_PROGRAM_TREND_DAYS       14
#define STRIDE_PROGRAM_PAIN_RISE        2

typedef struct _StrideProgramLog StrideProgramLog;

/* A new log of PROGRAM (borrowed: keep its content alive) started on STARTED. */
StrideProgramLog *stride_program_log_new          (const StrideProgram *program,
                                                   const GDate         *started);
void              stride_program_log_free         (StrideProgramLog    *log);
const StrideProgram *stride_program_log_get_program (StrideProgramLog  *log);
const GDate      *stride_program_log_get_started  (StrideProgramLog    *log);

/* Sessions and check-ins may be added in any order; they are read in date order (for the
 * same day, in the order added). PAIN_DURING is 0–10, or STRIDE_PROGRAM_PAIN_UNRATED for a
 * session whose pain was never given: it tells where you are, not how pain goes. */
#define STRIDE_PROGRAM_PAIN_UNRATED G_MAXUINT
void              stride_program_log_add_session  (StrideProgramLog    *log,
                                                   const GDate         *date,
                                                   guint                stage,
                                                   guint                pain_during,
                                                   gboolean             completed);
void              stride_program_log_add_check_in (StrideProgramLog    *log,
                                                   const GDate         *date,
                                                   StrideMorning        morning);
guint             stride_program_log_get_n_sessions (StrideProgramLog  *log);
/* The runner said a clinician has seen them and they may carry on, on DATE. */
void              stride_program_log_add_clinician_seen (StrideProgramLog *log,
                                                         const GDate      *date);

/* Limits of the --program-status input, documented in docs/command-line.md: entries are
 * counted in "sessions", in "checkins" and in "clinician_seen" each. */
#define STRIDE_PROGRAM_MAX_INPUT_BYTES (4 * 1024 * 1024)
#define STRIDE_PROGRAM_MAX_DEPTH       32
#define STRIDE_PROGRAM_MAX_ENTRIES     100000

/* The `stride --program-status` input (docs/command-line.md); TODAY receives its "today".
 * NULL with a "$.path: message" error on anything wrong. */
StrideProgramLog *stride_program_log_from_json    (StrideContent       *content,
                                                   const char          *data,
                                                   gssize               length,
                                                   GDate               *today,
                                                   GError             **error);

/* Why a decision was made, as an id and its numbers: stored this way in the history, and
 * put into words (in the user's language) only when shown. Ids and their numbers:
 *   pain_rising (from, to)   stalled (weeks)        pain_too_high (pain)
 *   two_worse_mornings       pain_acceptable (pain) worse_morning
 *   last_stage               criteria_met           time_in_stage (days, stage)
 *   start                    min_time (days)        sessions (sessions)
 *   worse_morning_since      paused */
typedef struct
{
  const char *id;                 /* static */
  guint       values[2];
} StrideProgramReason;

/* {"id": "min_time", "days": 12}: REASON as the history stores it (a new object). */
JsonObject *stride_program_reason_to_json   (const StrideProgramReason *reason);
/* Reads OBJECT into REASON; FALSE when it is not a reason Stride knows. */
gboolean    stride_program_reason_from_json (JsonObject                *object,
                                             StrideProgramReason       *reason);
/* The name of the Ith number of reason ID ("pain", "days" …), or NULL when it has none. */
const char *stride_program_reason_value_key (const char *id,
                                             guint       index);
/* ID with its static string, or NULL when ID is not a reason Stride knows. */
const char *stride_program_reason_intern    (const char *id);
/* REASON in a plain sentence (newly allocated), or NULL when its id is unknown. */
char       *stride_program_reason_render    (const StrideProgramReason *reason);
/* The decision in a sentence, e.g. "Back to stage 1. Two mornings in a row …"; REASON
 * (the deciding one, in words) may be NULL. */
char       *stride_program_summary_render   (StrideProgramDecision decision,
                                             guint                 stage_before,
                                             guint                 stage,
                                             const char           *reason);

typedef struct
{
  StrideProgramDecision decision;
  guint      stage_before;        /* the stage you are in (1-based) */
  guint      stage;               /* the stage of the next session */
  guint      n_stages;
  guint      week;                /* your week in stage_before, from 1 */
  guint      days_in_stage;
  GPtrArray *reasons;             /* char *: plain sentences, the deciding one first */
  GArray    *reason_codes;        /* StrideProgramReason: the same reasons, as ids */
  gboolean   paused;              /* see_clinician: kept until a clinician has seen you */
  GDate      paused_since;        /* the day it was first decided, when paused */
  const char *rule;               /* which rule decided, an id: start, min_time, sessions,
                                   * worse_morning_since, pain_acceptable, worse_morning,
                                   * criteria_met, last_stage, pain_too_high,
                                   * two_worse_mornings, pain_rising, stalled */
  GPtrArray *items;               /* StrideRoutineItem: the next session, doses applied
                                   * (none while paused) */
  guint      next_session_in;     /* days until the next session is due: 0 today, 1 tomorrow …
                                   * (three sessions a week or fewer keep a rest day between) */
} StrideProgramStatus;

void                 stride_program_status_free   (StrideProgramStatus *status);

/* The decision on TODAY (not before the start). */
StrideProgramStatus *stride_program_evaluate      (StrideProgramLog    *log,
                                                   const GDate         *today);

/* {"program", "stage", "stages", "decision", "reasons", "next_session": {"items"}}, and
 * "paused_since" when paused */
JsonNode            *stride_program_status_to_json (StrideProgramLog   *log,
                                                    StrideProgramStatus *status,
                                                    StrideContent       *content);

/* One line for the user about a decision, e.g. "Moved to stage 2: three sessions at pain
 * 3 or less, mornings no worse." Newly allocated. */
char                *stride_program_status_summary (StrideProgramStatus *status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideProgramLog, stride_program_log_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideProgramStatus, stride_program_status_free)

G_END_DECLS
