/* stride-session-record.c — a routine session as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-json-document.h"
#include "stride-record.h"
#include "stride-session-record.h"

struct _StrideSessionRecord
{
  StrideRecord  record;           /* the whole record, unknown members too */
};

G_DEFINE_BOXED_TYPE (StrideSessionRecord, stride_session_record,
                     stride_session_record_ref, stride_session_record_unref)

static StrideSessionRecord *
session_record_new_take (JsonObject *data)
{
  return stride_record_new (sizeof (StrideSessionRecord), data, NULL);
}

static JsonObject *
data_of (StrideSessionRecord *self)
{
  return self->record.data;
}

StrideSessionRecord *
stride_session_record_new (const char *routine_id,
                           const char *routine_name)
{
  JsonObject *data;

  g_return_val_if_fail (routine_id != NULL, NULL);

  data = json_object_new ();
  json_object_set_string_member (data, "routine", routine_id);
  if (routine_name != NULL)
    json_object_set_string_member (data, "routine_name", routine_name);
  return session_record_new_take (data);
}

StrideSessionRecord *
stride_session_record_new_from_json (JsonObject *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return session_record_new_take (stride_json_object_deep_copy (data));
}

StrideSessionRecord *
stride_session_record_new_from_entry (StrideHistoryEntry *entry)
{
  JsonObject *data = stride_record_entry_data (entry, STRIDE_HISTORY_SESSION);

  return data != NULL ? stride_session_record_new_from_json (data) : NULL;
}

StrideSessionRecord *
stride_session_record_ref (StrideSessionRecord *self)
{
  return stride_record_ref (self);
}

void
stride_session_record_unref (StrideSessionRecord *self)
{
  stride_record_unref (self);
}

JsonObject *
stride_session_record_to_json (StrideSessionRecord *self)
{
  return stride_record_dup_json (self);
}

static JsonObject *
program_new (const char *program_id,
             guint       stage)
{
  JsonObject *program = json_object_new ();

  json_object_set_string_member (program, "id", program_id);
  json_object_set_int_member (program, "stage", stage);
  return program;
}

void
stride_session_record_set_program (StrideSessionRecord *self,
                                   const char          *program_id,
                                   guint                stage)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (program_id != NULL);

  json_object_set_object_member (data_of (self), "program", program_new (program_id, stage));
}

static JsonObject *
exercise_outcome (StrideRoutineRunner *runner,
                  guint                index)
{
  const StrideDose *dose = stride_routine_runner_get_dose (runner, index);
  StrideRunnerSide only_side = stride_routine_runner_get_item_only_side (runner, index);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "exercise", stride_routine_runner_get_item_exercise (runner, index));
  json_object_set_int_member (object, "sets_done", stride_routine_runner_get_sets_done (runner, index));
  json_object_set_int_member (object, "sets", dose->sets);
  json_object_set_string_member (object, "sides", only_side != STRIDE_RUNNER_SIDE_NONE
                                                  ? stride_runner_side_to_string (only_side)
                                                  : stride_sides_to_string (dose->sides));
  json_object_set_object_member (object, "dose", stride_dose_to_json (dose));
  return object;
}

void
stride_session_record_set_outcome (StrideSessionRecord *self,
                                   StrideRoutineRunner *runner)
{
  JsonObject *data;
  JsonArray *exercises;
  gboolean ended_early;

  g_return_if_fail (self != NULL);
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (runner));

  data = data_of (self);
  exercises = json_array_new ();
  for (guint i = 0; i < stride_routine_runner_get_n_items (runner); i++)
    json_array_add_object_element (exercises, exercise_outcome (runner, i));

  /* Reaching the end by skipping is not finishing: under half the sets done is "ended
   * early", which counts neither towards streaks nor towards the next dose. */
  ended_early = stride_routine_runner_get_ended_early (runner);
  json_object_set_boolean_member (data, "completed", stride_routine_runner_get_completed (runner) && !ended_early);
  json_object_set_boolean_member (data, "ended_early", ended_early);
  json_object_set_int_member (data, "sets_done", stride_routine_runner_get_sets_done_total (runner));
  json_object_set_int_member (data, "sets_planned", stride_routine_runner_get_sets_planned_total (runner));
  json_object_set_int_member (data, "duration_s", stride_routine_runner_get_active_s (runner));
  json_object_set_array_member (data, "exercises", exercises);
}

/* The object member NAME of the record, made when missing (or not an object). */
static JsonObject *
ensure_object (StrideSessionRecord *self,
               const char          *name)
{
  if (stride_json_get_object (data_of (self), name) == NULL)
    json_object_set_object_member (data_of (self), name, json_object_new ());
  return stride_json_get_object (data_of (self), name);
}

static JsonObject *
rating_new (int          pain,
            StrideEffort effort)
{
  JsonObject *rating = json_object_new ();

  /* A pain the runner did not give stays out: "not rated" is not "no pain" */
  if (pain != STRIDE_PAIN_UNKNOWN)
    json_object_set_int_member (rating, "pain", pain);
  json_object_set_string_member (rating, "effort", stride_effort_to_string (effort));
  return rating;
}

void
stride_session_record_rate_exercise (StrideSessionRecord *self,
                                     const char          *exercise,
                                     int                  pain,
                                     StrideEffort         effort)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (exercise != NULL);

  json_object_set_object_member (ensure_object (self, "ratings"), exercise, rating_new (pain, effort));
}

static int
worst_rated_pain (StrideSessionRecord *self,
                  int                  pain)
{
  JsonObject *ratings = stride_json_get_object (data_of (self), "ratings");
  g_autoptr(GList) members = ratings != NULL ? json_object_get_members (ratings) : NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonObject *rating = stride_json_get_object (ratings, l->data);
      gint64 value;

      if (rating != NULL && stride_json_get_int (rating, "pain", &value))
        pain = MAX (pain, (int) value);
    }
  return pain;
}

void
stride_session_record_rate (StrideSessionRecord *self,
                            int                  pain,
                            StrideEffort         effort)
{
  g_return_if_fail (self != NULL);

  pain = worst_rated_pain (self, pain);
  if (pain != STRIDE_PAIN_UNKNOWN)
    json_object_set_int_member (data_of (self), "pain", pain);
  else
    json_object_remove_member (data_of (self), "pain");
  json_object_set_string_member (data_of (self), "effort", stride_effort_to_string (effort));
}

void
stride_session_record_set_next_dose (StrideSessionRecord *self,
                                     const char          *exercise,
                                     const StrideDose    *dose)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (exercise != NULL && dose != NULL);

  json_object_set_object_member (ensure_object (self, "next_dose"), exercise, stride_dose_to_json (dose));
}

const char *
stride_session_record_get_routine (StrideSessionRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (data_of (self), "routine");
}

const char *
stride_session_record_get_routine_name (StrideSessionRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (data_of (self), "routine_name");
}

static gboolean
get_boolean (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

gboolean
stride_session_record_get_completed (StrideSessionRecord *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return get_boolean (data_of (self), "completed");
}

gboolean
stride_session_record_has_completed (StrideSessionRecord *self)
{
  JsonNode *node;

  g_return_val_if_fail (self != NULL, FALSE);

  node = json_object_get_member (data_of (self), "completed");
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

gboolean
stride_session_record_counts (StrideSessionRecord *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return !get_boolean (data_of (self), "ended_early");
}

/* Sessions saved before "sets_done" was recorded say nothing: they count. */
gboolean
stride_session_record_had_work (StrideSessionRecord *self)
{
  gint64 sets_done;

  g_return_val_if_fail (self != NULL, FALSE);

  return !stride_json_get_int (data_of (self), "sets_done", &sets_done) || sets_done > 0;
}

gboolean
stride_session_record_get_duration_s (StrideSessionRecord *self,
                                      guint               *duration_s)
{
  gint64 value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (duration_s != NULL, FALSE);

  if (!stride_json_get_int (data_of (self), "duration_s", &value) || value < 0 || value > G_MAXUINT)
    return FALSE;
  *duration_s = (guint) value;
  return TRUE;
}

StrideEffort
stride_session_record_get_effort (StrideSessionRecord *self)
{
  g_return_val_if_fail (self != NULL, STRIDE_EFFORT_UNKNOWN);

  return stride_effort_from_string (stride_json_get_string (data_of (self), "effort"));
}

gboolean
stride_session_record_get_pain (StrideSessionRecord *self,
                                int                 *pain)
{
  gint64 value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (pain != NULL, FALSE);

  if (!stride_json_get_int (data_of (self), "pain", &value) || value < 0 || value > 10)
    return FALSE;
  *pain = (int) value;
  return TRUE;
}

gboolean
stride_session_record_is_in_program (StrideSessionRecord *self,
                                     const char          *program_id,
                                     guint               *stage)
{
  JsonObject *program;
  gint64 value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (program_id != NULL, FALSE);

  program = stride_json_get_object (data_of (self), "program");
  if (program == NULL || g_strcmp0 (stride_json_get_string (program, "id"), program_id) != 0 ||
      !stride_json_get_int (program, "stage", &value))
    return FALSE;
  if (stage != NULL)
    *stage = (guint) CLAMP (value, 0, (gint64) G_MAXUINT);
  return TRUE;
}

gboolean
stride_session_record_get_pain_clamped (StrideSessionRecord *self,
                                        int                 *pain)
{
  gint64 value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (pain != NULL, FALSE);

  if (!stride_json_get_int (data_of (self), "pain", &value))
    return FALSE;
  *pain = (int) CLAMP (value, 0, 10);
  return TRUE;
}

const char *
stride_session_record_get_program (StrideSessionRecord *self,
                                   guint               *stage)
{
  JsonObject *program;
  gint64 value;

  g_return_val_if_fail (self != NULL, NULL);

  program = stride_json_get_object (data_of (self), "program");
  if (program == NULL)
    return NULL;
  if (stage != NULL)
    *stage = stride_json_get_int (program, "stage", &value) && value >= 0 && value <= G_MAXUINT ? (guint) value : 0;
  return stride_json_get_string (program, "id");
}

static StrideDoseChange
decide_from_rating (JsonObject *rating)
{
  gint64 pain = STRIDE_PAIN_UNKNOWN;

  if (!stride_json_get_int (rating, "pain", &pain) || pain < 0 || pain > 10)
    pain = STRIDE_PAIN_UNKNOWN;
  return stride_dose_decide ((int) pain, stride_effort_from_string (stride_json_get_string (rating, "effort")), FALSE);
}

StrideDoseChange
stride_session_record_decide (StrideSessionRecord *self,
                              const char          *exercise)
{
  JsonObject *ratings;
  JsonObject *own;

  g_return_val_if_fail (self != NULL, STRIDE_DOSE_HOLD);
  g_return_val_if_fail (exercise != NULL, STRIDE_DOSE_HOLD);

  ratings = stride_json_get_object (data_of (self), "ratings");
  own = ratings != NULL ? stride_json_get_object (ratings, exercise) : NULL;
  /* An exercise rated on its own is judged by its own pain, not by the others' */
  if (own != NULL && json_object_has_member (own, "pain"))
    return decide_from_rating (own);

  return decide_from_rating (data_of (self));
}

/* The object EXERCISE's done dose is in, in the session's "exercises", or NULL. */
static JsonObject *
done_dose_of (StrideSessionRecord *self,
              const char          *exercise)
{
  JsonArray *exercises = stride_json_get_array (data_of (self), "exercises");

  for (guint i = 0; exercises != NULL && i < json_array_get_length (exercises); i++)
    {
      JsonNode *node = json_array_get_element (exercises, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (stride_json_get_string (json_node_get_object (node), "exercise"), exercise) == 0)
        return stride_json_get_object (json_node_get_object (node), "dose");
    }

  return NULL;
}

gboolean
stride_session_record_get_done_dose (StrideSessionRecord *self,
                                     const char          *exercise,
                                     const StrideDose    *fallback,
                                     StrideDose          *dose)
{
  JsonObject *done;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (exercise != NULL && fallback != NULL && dose != NULL, FALSE);

  done = done_dose_of (self, exercise);
  if (done == NULL)
    return FALSE;
  stride_dose_from_json (done, fallback, dose);
  return TRUE;
}

gboolean
stride_session_record_get_next_dose (StrideSessionRecord *self,
                                     const char          *exercise,
                                     const StrideDose    *fallback,
                                     StrideDose          *dose)
{
  JsonObject *next_dose;
  JsonObject *next;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (exercise != NULL && fallback != NULL && dose != NULL, FALSE);

  next_dose = stride_json_get_object (data_of (self), "next_dose");
  next = next_dose != NULL ? stride_json_get_object (next_dose, exercise) : NULL;
  if (next == NULL)
    return FALSE;
  stride_dose_from_json (next, fallback, dose);
  return TRUE;
}

StrideHistoryEntry *
stride_history_append_session (StrideHistory        *history,
                               StrideSessionRecord  *session,
                               GDateTime            *date,
                               GError              **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (session != NULL, NULL);

  /* The history copies the data: the record's own object can be handed over as it is. */
  return stride_history_append (history, STRIDE_HISTORY_SESSION, date, data_of (session), error);
}

StrideHistoryEntry *
stride_history_commit_pending_session (StrideHistory        *history,
                                       const char           *id,
                                       StrideSessionRecord  *session,
                                       GError              **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (session != NULL, NULL);

  return stride_history_commit_pending (history, id, data_of (session), error);
}

char *
stride_history_keep_pending_session (StrideHistory        *history,
                                     const char           *id,
                                     StrideSessionRecord  *session,
                                     GError              **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (session != NULL, NULL);

  return stride_history_keep_pending (history, STRIDE_HISTORY_SESSION, id, data_of (session), error);
}
