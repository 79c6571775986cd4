/* stride-program-private.h — a program's log and the facts its rules read, shared by the
 * files of stride-program (private to core)
 *
 * stride-program.c keeps the log; stride-program-rules.c decides a day; stride-program-pause.c
 * finds the "see a clinician" that is kept; stride-program-status.c puts a day's status
 * together with its next session; stride-program-reason.c puts reasons into words;
 * stride-program-input.c reads the --program-status input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-program.h"

G_BEGIN_DECLS

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

/* Sorts the log by date and fills run_first and progressed; the rules read it sorted. */
void                 stride_program_log_sort          (StrideProgramLog    *log);
/* How many of the first entries of ARRAY (sorted by date; the date is the first member
 * of each element, ELEMENT_SIZE bytes each) are dated on DAY or before. */
guint                stride_program_count_until       (GArray              *array,
                                                       gsize                element_size,
                                                       const GDate         *day);
/* Whole days from FROM to TO, 0 when TO is not after FROM. */
guint                stride_program_days_between      (const GDate         *from,
                                                       const GDate         *to);

/* An empty status (no items list yet). */
StrideProgramStatus *stride_program_status_new        (void);
/* Adds reason ID with its numbers to STATUS, in words and as a code. */
void                 stride_program_status_add_reason (StrideProgramStatus *status,
                                                       const char          *id,
                                                       guint                a,
                                                       guint                b);

/* The decision on DAY alone, as if nothing came after it; FACTS receives what it read.
 * The log must be sorted. */
StrideProgramStatus *stride_program_decide_on         (StrideProgramLog    *log,
                                                       const GDate         *day,
                                                       Facts               *facts);

/* The first day before TODAY, since a clinician last saw you (or the start), on which a
 * session or a check-in led to "see a clinician": that decision holds until a clinician
 * has seen you. NULL when there was none; else the decision of that day, DAY set. */
StrideProgramStatus *stride_program_find_pause        (StrideProgramLog    *log,
                                                       const GDate         *today,
                                                       GDate               *day);
/* STATUS takes the reasons of PAUSE, which decided first. */
void                 stride_program_take_reasons      (StrideProgramStatus *status,
                                                       StrideProgramStatus *pause);

G_END_DECLS
