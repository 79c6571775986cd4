/* stride-routine-runner-private.h — the runner's state, shared by its files (private to core)
 *
 * stride-routine-runner.c runs the steps on the clock; stride-routine-steps.c builds them
 * from the items when the routine starts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-routine-runner.h"

G_BEGIN_DECLS

typedef struct
{
  char       *exercise;
  StrideDose  dose;
  guint       work_done;     /* work steps finished by time */
  StrideRunnerSide only_side; /* NONE: every side the dose names */
  StrideRunnerSide extra_side; /* the weaker side's one extra set, or NONE */
} Item;

/* What the properties last said, so that each notifies once per real change */
typedef struct
{
  int              item;
  const char      *exercise;  /* borrowed from the items */
  StrideRunnerSide side;
  guint            set;
  guint            n_sets;
  guint            rep;
  guint            n_reps;
  guint            remaining_s;
  guint            duration_s;
  double           progress;
  gboolean         completed;
} Shown;

typedef struct
{
  StridePhase phase;
  guint       item;
  guint       set;           /* 1-based */
  StrideRunnerSide  side;
  gint64      duration;      /* µs */
  guint       reps;          /* 0: a hold */
  gint64      rep_duration;  /* µs */
  gboolean    done;          /* a work step finished by time: done again after Back, it
                              * still counts once */
} Step;

struct _StrideRoutineRunner
{
  GObject      parent_instance;

  /* Owned references */
  StrideClock *clock;
  GArray      *items;        /* Item */
  GArray      *steps;        /* Step, built on start */

  guint        get_ready_s;
  guint        switch_s;
  guint        rest_s;       /* 0: each dose's own rest */

  StridePhase  phase;
  guint        current;      /* index into steps while running */
  gint64       step_start;   /* clock time the step (re)started, pauses added */
  gint64       deadline;
  gint64       paused_at;    /* 0 when not paused */
  gint64       started_at;
  gint64       paused_total;
  gint64       ended_at;
  guint        last_remaining;
  guint        last_rep;
  gboolean     paused;
  gboolean     completed;
  gboolean     ticking;
  Shown        shown;
};

/* The rest between sets of DOSE: the one set for the whole routine, else the dose's own. */
guint stride_routine_runner_rest_of     (StrideRoutineRunner *self,
                                         const StrideDose    *dose);

/* Every step of the routine, in order, into self->steps (stride-routine-steps.c). */
void  stride_routine_runner_build_steps (StrideRoutineRunner *self);

G_END_DECLS
