/* stride-symptom-check.c — a symptom check as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-json-document.h"
#include "stride-record.h"
#include "stride-symptom-check.h"

struct _StrideSymptomCheck
{
  StrideRecord     record;        /* the whole record, unknown members too; never changed */
  const char      *level;         /* in data */
  GPtrArray       *conditions;    /* JsonObject, borrowed from data */
  GDateTime       *date;          /* the entry's, or NULL */
};

G_DEFINE_BOXED_TYPE (StrideSymptomCheck, stride_symptom_check,
                     stride_symptom_check_ref, stride_symptom_check_unref)

static void
symptom_check_clear (gpointer record)
{
  StrideSymptomCheck *self = record;

  g_ptr_array_unref (self->conditions);
  g_clear_pointer (&self->date, g_date_time_unref);
}

/* Takes DATA. */
static StrideSymptomCheck *
symptom_check_new_take (JsonObject *data)
{
  StrideSymptomCheck *self = stride_record_new (sizeof (StrideSymptomCheck), data, symptom_check_clear);
  JsonObject *result = stride_json_get_object (data, "result");
  JsonObject *triage = result != NULL ? stride_json_get_object (result, "triage") : NULL;
  JsonArray *conditions = result != NULL ? stride_json_get_array (result, "conditions") : NULL;

  self->level = triage != NULL ? stride_json_get_string (triage, "level") : NULL;
  self->conditions = g_ptr_array_new ();
  for (guint i = 0; conditions != NULL && i < json_array_get_length (conditions); i++)
    {
      JsonNode *node = json_array_get_element (conditions, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        g_ptr_array_add (self->conditions, json_node_get_object (node));
    }
  return self;
}

StrideSymptomCheck *
stride_symptom_check_new (const StrideAnswers     *answers,
                          GPtrArray               *questions,
                          const StrideMatchResult *result)
{
  g_autoptr(JsonNode) output = NULL;
  JsonObject *data;

  g_return_val_if_fail (answers != NULL, NULL);
  g_return_val_if_fail (questions != NULL, NULL);
  g_return_val_if_fail (result != NULL, NULL);

  output = stride_match_result_to_json_node (result);
  data = json_object_new ();
  json_object_set_object_member (data, "answers", stride_answers_to_json_object (answers, questions));
  json_object_set_member (data, "result", g_steal_pointer (&output));
  return symptom_check_new_take (data);
}

StrideSymptomCheck *
stride_symptom_check_new_from_json (JsonObject *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return symptom_check_new_take (stride_json_object_deep_copy (data));
}

StrideSymptomCheck *
stride_symptom_check_new_from_entry (StrideHistoryEntry *entry)
{
  JsonObject *data = stride_record_entry_data (entry, STRIDE_HISTORY_SYMPTOM_CHECK);
  StrideSymptomCheck *self;

  if (data == NULL)
    return NULL;

  self = stride_symptom_check_new_from_json (data);
  self->date = g_date_time_ref (stride_history_entry_get_date (entry));
  return self;
}

GDateTime *
stride_symptom_check_get_date (StrideSymptomCheck *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->date;
}

StrideSymptomCheck *
stride_symptom_check_ref (StrideSymptomCheck *self)
{
  return stride_record_ref (self);
}

void
stride_symptom_check_unref (StrideSymptomCheck *self)
{
  stride_record_unref (self);
}

JsonObject *
stride_symptom_check_to_json (StrideSymptomCheck *self)
{
  return stride_record_dup_json (self);
}

const char *
stride_symptom_check_get_level (StrideSymptomCheck *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->level;
}

guint
stride_symptom_check_get_n_conditions (StrideSymptomCheck *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->conditions->len;
}

const char *
stride_symptom_check_get_condition (StrideSymptomCheck *self,
                                    guint               index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->conditions->len, NULL);

  return stride_json_get_string (g_ptr_array_index (self->conditions, index), "id");
}

gboolean
stride_symptom_check_get_probability (StrideSymptomCheck *self,
                                      guint               index,
                                      double             *probability)
{
  JsonNode *node;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->conditions->len, FALSE);
  g_return_val_if_fail (probability != NULL, FALSE);

  node = json_object_get_member (g_ptr_array_index (self->conditions, index), "probability");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64))
    return FALSE;
  *probability = json_node_get_double (node);
  return TRUE;
}

StrideHistoryEntry *
stride_history_append_symptom_check (StrideHistory       *history,
                                     StrideSymptomCheck  *check,
                                     GDateTime           *date,
                                     GError             **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (check != NULL, NULL);

  /* The history copies the data: the record's own object can be handed over as it is. */
  return stride_history_append (history, STRIDE_HISTORY_SYMPTOM_CHECK, date, check->record.data, error);
}
