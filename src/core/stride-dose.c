/* stride-dose.c — the pain-monitoring model: how the next session's dose follows this one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-check-in.h"
#include "stride-dose.h"
#include "stride-json-document.h"
#include "stride-session-record.h"

/* docs/clinical-basis.md, Dosage */
#define STRETCH_MIN_HOLD_S   30
#define STRETCH_MAX_HOLD_S   60
#define STRETCH_HOLD_STEP_S  15
#define STRETCH_MAX_SETS      4
#define STRENGTH_MIN_REPS     8
#define STRENGTH_MAX_REPS    12
#define ENDURANCE_MAX_REPS   20
#define STRENGTH_REP_STEP     2
#define STRENGTH_MIN_SETS     2
#define STRENGTH_MAX_SETS     4
#define ISOMETRIC_MIN_HOLD_S 10
#define ISOMETRIC_MAX_HOLD_S 45
#define ISOMETRIC_HOLD_STEP_S 5
#define ISOMETRIC_MAX_SETS    5

static const char * const effort_names[] = { "unknown", "too_easy", "about_right", "too_hard" };
static const char * const sides_names[] = { "each", "both", "none" };

const char *
stride_effort_to_string (StrideEffort effort)
{
  g_return_val_if_fail (effort < G_N_ELEMENTS (effort_names), NULL);
  return effort_names[effort];
}

StrideEffort
stride_effort_from_string (const char *string)
{
  for (guint i = 0; i < G_N_ELEMENTS (effort_names); i++)
    if (g_strcmp0 (string, effort_names[i]) == 0)
      return i;

  return STRIDE_EFFORT_UNKNOWN;
}

const char *
stride_sides_to_string (StrideSides sides)
{
  g_return_val_if_fail (sides < G_N_ELEMENTS (sides_names), NULL);
  return sides_names[sides];
}

gboolean
stride_sides_from_string (const char  *string,
                          StrideSides *sides)
{
  g_return_val_if_fail (sides != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sides_names); i++)
    {
      if (g_strcmp0 (string, sides_names[i]) == 0)
        {
          *sides = i;
          return TRUE;
        }
    }

  return FALSE;
}

StrideDoseChange
stride_dose_decide (int          pain,
                    StrideEffort effort,
                    gboolean     worse_next_morning)
{
  if (worse_next_morning || pain > 5)
    return STRIDE_DOSE_STEP_BACK;
  if (pain >= 4 || pain < 0)
    return STRIDE_DOSE_HOLD;
  if (effort == STRIDE_EFFORT_TOO_EASY)
    return STRIDE_DOSE_PROGRESS;
  if (effort == STRIDE_EFFORT_TOO_HARD)
    return STRIDE_DOSE_STEP_BACK;

  return STRIDE_DOSE_HOLD;
}

/* Stretches: more reps (sets) first, then a longer hold; back the other way. */
static gboolean
adapt_stretch (StrideDose       *next,
               StrideDoseChange  change)
{
  if (change == STRIDE_DOSE_PROGRESS)
    {
      if (next->sets < STRETCH_MAX_SETS)
        next->sets++;
      else if (next->hold_s < STRETCH_MAX_HOLD_S)
        next->hold_s = MIN (next->hold_s + STRETCH_HOLD_STEP_S, STRETCH_MAX_HOLD_S);
      else
        return FALSE;
      return TRUE;
    }

  if (next->hold_s > STRETCH_MIN_HOLD_S)
    next->hold_s = MAX (next->hold_s - STRETCH_HOLD_STEP_S, STRETCH_MIN_HOLD_S);
  else if (next->sets > 1)
    next->sets--;
  else
    return FALSE;
  return TRUE;
}

/* Reps: more reps up to 12 (20 for an endurance dose), then another set. Back: fewer sets
 * down to 2, then fewer reps down to 8. */
static gboolean
adapt_reps (StrideDose       *next,
            StrideDoseChange  change)
{
  guint max_reps = next->reps > STRENGTH_MAX_REPS ? ENDURANCE_MAX_REPS : STRENGTH_MAX_REPS;

  if (change == STRIDE_DOSE_PROGRESS)
    {
      if (next->reps < max_reps)
        next->reps = MIN (next->reps + STRENGTH_REP_STEP, max_reps);
      else if (next->sets < STRENGTH_MAX_SETS)
        next->sets++;
      else
        return FALSE;
      return TRUE;
    }

  if (next->sets > STRENGTH_MIN_SETS)
    next->sets--;
  else if (next->reps > STRENGTH_MIN_REPS)
    next->reps = MAX (next->reps - STRENGTH_REP_STEP, STRENGTH_MIN_REPS);
  else
    return FALSE;
  return TRUE;
}

/* Isometric holds (a side plank, a bridge hold): longer holds up to 45 s, then a set. */
static gboolean
adapt_isometric (StrideDose       *next,
                 StrideDoseChange  change)
{
  if (change == STRIDE_DOSE_PROGRESS)
    {
      if (next->hold_s < ISOMETRIC_MAX_HOLD_S)
        next->hold_s = MIN (next->hold_s + ISOMETRIC_HOLD_STEP_S, ISOMETRIC_MAX_HOLD_S);
      else if (next->sets < ISOMETRIC_MAX_SETS)
        next->sets++;
      else
        return FALSE;
      return TRUE;
    }

  if (next->hold_s > ISOMETRIC_MIN_HOLD_S)
    next->hold_s = MAX (next->hold_s - ISOMETRIC_HOLD_STEP_S, ISOMETRIC_MIN_HOLD_S);
  else if (next->sets > 1)
    next->sets--;
  else
    return FALSE;
  return TRUE;
}

gboolean
stride_dose_adapt (const StrideDose *dose,
                   const char       *kind,
                   StrideDoseChange  change,
                   StrideDose       *next)
{
  g_return_val_if_fail (dose != NULL, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  *next = *dose;
  if (change == STRIDE_DOSE_HOLD)
    return TRUE;

  if (g_strcmp0 (kind, "stretch") == 0)
    return adapt_stretch (next, change);
  if (dose->reps > 0)
    return adapt_reps (next, change);

  return adapt_isometric (next, change);
}

JsonObject *
stride_dose_to_json (const StrideDose *dose)
{
  JsonObject *object = json_object_new ();

  g_return_val_if_fail (dose != NULL, NULL);

  json_object_set_int_member (object, "sets", dose->sets);
  json_object_set_int_member (object, "reps", dose->reps);
  json_object_set_int_member (object, "hold_s", dose->hold_s);
  json_object_set_int_member (object, "rest_s", dose->rest_s);
  json_object_set_string_member (object, "sides", stride_sides_to_string (dose->sides));
  json_object_set_int_member (object, "tempo_s", dose->tempo_s);
  return object;
}

static void
read_count (JsonObject *object,
            const char *member,
            guint       max,
            guint      *value)
{
  gint64 number;

  if (stride_json_get_int (object, member, &number) && number >= 0 && number <= max)
    *value = (guint) number;
}

void
stride_dose_from_json (JsonObject       *object,
                       const StrideDose *fallback,
                       StrideDose       *dose)
{
  g_return_if_fail (object != NULL);
  g_return_if_fail (fallback != NULL);
  g_return_if_fail (dose != NULL);

  *dose = *fallback;
  read_count (object, "sets", 100, &dose->sets);
  read_count (object, "reps", 1000, &dose->reps);
  read_count (object, "hold_s", 3600, &dose->hold_s);
  read_count (object, "rest_s", 3600, &dose->rest_s);
  read_count (object, "tempo_s", 60, &dose->tempo_s);
  stride_sides_from_string (stride_json_get_string (object, "sides"), &dose->sides);
  dose->sets = MAX (dose->sets, 1);
}

static gboolean
session_got_worse (StrideHistory      *history,
                   StrideHistoryEntry *session)
{
  g_autoptr(GPtrArray) check_ins = stride_history_list (history, STRIDE_HISTORY_CHECK_IN,
                                                        stride_history_entry_get_date (session), NULL);

  for (guint i = 0; i < check_ins->len; i++)
    {
      g_autoptr(StrideCheckIn) check_in = stride_check_in_new_from_entry (g_ptr_array_index (check_ins, i));

      if (g_strcmp0 (stride_check_in_get_session (check_in), stride_history_entry_get_id (session)) == 0 &&
          g_strcmp0 (stride_check_in_get_compared (check_in), "worse") == 0)
        return TRUE;
    }

  return FALSE;
}

/* The latest session of ROUTINE that counts, or NULL; ENTRY receives its entry. */
static StrideSessionRecord *
latest_session_of (StrideHistory       *history,
                   const char          *routine,
                   StrideHistoryEntry **entry)
{
  g_autoptr(GPtrArray) sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, NULL, NULL);

  for (guint i = sessions->len; i > 0; i--)
    {
      g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (g_ptr_array_index (sessions, i - 1));

      if (g_strcmp0 (stride_session_record_get_routine (session), routine) == 0 &&
          stride_session_record_counts (session))
        {
          *entry = g_ptr_array_index (sessions, i - 1);
          return g_steal_pointer (&session);
        }
    }

  return NULL;
}

void
stride_dose_for_next_session (StrideHistory    *history,
                              const char       *routine,
                              const char       *exercise,
                              const char       *kind,
                              const StrideDose *base,
                              StrideDose       *dose)
{
  g_autoptr(StrideSessionRecord) session = NULL;
  StrideHistoryEntry *entry = NULL;
  StrideDose done;

  g_return_if_fail (STRIDE_IS_HISTORY (history));
  g_return_if_fail (base != NULL && dose != NULL);

  *dose = *base;
  session = latest_session_of (history, routine, &entry);
  if (session == NULL)
    return;

  if (stride_session_record_get_done_dose (session, exercise, base, &done) && session_got_worse (history, entry))
    {
      stride_dose_adapt (&done, kind, STRIDE_DOSE_STEP_BACK, dose);
      return;
    }

  stride_session_record_get_next_dose (session, exercise, base, dose);
}
