/* stride-session-record.c — a routine session as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-json-document.h"
#include "stride-program-history.h"
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

void
stride_session_record_set_program (StrideSessionRecord *self,
                                   const char          *program_id,
                                   guint                stage)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (program_id != NULL);

  stride_program_history_mark_session (data_of (self), program_id, stage);
}

void
stride_session_record_set_outcome (StrideSessionRecord *self,
                                   StrideRoutineRunner *runner)
{
  g_autoptr(JsonObject) summary = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  g_return_if_fail (self != NULL);
  g_return_if_fail (STRIDE_IS_ROUTINE_RUNNER (runner));

  summary = stride_routine_runner_build_summary (runner);
  json_object_iter_init (&iter, summary);
  while (json_object_iter_next (&iter, &name, &member))
    json_object_set_member (data_of (self), name, json_node_copy (member));
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

  json_object_set_int_member (data_of (self), "pain", worst_rated_pain (self, pain));
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
stride_session_record_counts (StrideSessionRecord *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return stride_session_counts (data_of (self));
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

StrideDoseChange
stride_session_record_decide (StrideSessionRecord *self,
                              const char          *exercise)
{
  g_return_val_if_fail (self != NULL, STRIDE_DOSE_HOLD);

  return stride_dose_decide_for_exercise (data_of (self), exercise);
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
