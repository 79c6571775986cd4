/* stride-program-decision-record.c — a rehab program's decision as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-json-document.h"
#include "stride-program-decision-record.h"
#include "stride-record.h"

struct _StrideProgramDecisionRecord
{
  StrideRecord  record;           /* the whole record, unknown members too; never changed */
  GPtrArray    *reasons;          /* char *: in words, in the language shown */
  char         *summary;          /* in words, or NULL */
  GDateTime    *date;             /* the entry's, or NULL */
};

G_DEFINE_BOXED_TYPE (StrideProgramDecisionRecord, stride_program_decision_record,
                     stride_program_decision_record_ref, stride_program_decision_record_unref)

static void
decision_record_clear (gpointer record)
{
  StrideProgramDecisionRecord *self = record;

  g_ptr_array_unref (self->reasons);
  g_free (self->summary);
  g_clear_pointer (&self->date, g_date_time_unref);
}

/* A reason as stored, {"id": "min_time", "days": 12}, in words; NULL when it is not one
 * Stride knows. */
static char *
render_reason (JsonNode *node)
{
  StrideProgramReason reason;

  if (!JSON_NODE_HOLDS_OBJECT (node) || !stride_program_reason_from_json (json_node_get_object (node), &reason))
    return NULL;
  return stride_program_reason_render (&reason);
}

/* The summary of a record that stores its reasons as ids: put into words now. */
static char *
render_summary (StrideProgramDecisionRecord *self)
{
  StrideProgramDecision decision;
  guint stage_before, stage;

  if (!stride_program_decision_record_get_decision (self, &decision) ||
      !stride_program_decision_record_get_stage_before (self, &stage_before) ||
      !stride_program_decision_record_get_stage (self, &stage))
    return NULL;
  return stride_program_summary_render (decision, stage_before, stage,
                                        self->reasons->len > 0 ? g_ptr_array_index (self->reasons, 0) : NULL);
}

/* Takes DATA. Decisions store their reasons as ids with their numbers, and are put into
 * words when read, so they read in the language and wording of today's Stride; older
 * records stored the sentences (and a "summary"), which are shown as they were. */
static StrideProgramDecisionRecord *
decision_record_new_take (JsonObject *data)
{
  StrideProgramDecisionRecord *self = stride_record_new (sizeof (StrideProgramDecisionRecord), data,
                                                         decision_record_clear);
  JsonArray *reasons = stride_json_get_array (data, "reasons");
  const char *summary = stride_json_get_string (data, "summary");

  self->reasons = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; reasons != NULL && i < json_array_get_length (reasons); i++)
    {
      JsonNode *node = json_array_get_element (reasons, i);
      char *text;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        text = g_strdup (json_node_get_string (node));
      else
        text = render_reason (node);
      if (text != NULL)
        g_ptr_array_add (self->reasons, text);
    }
  self->summary = summary != NULL ? g_strdup (summary) : render_summary (self);
  return self;
}

StrideProgramDecisionRecord *
stride_program_decision_record_new (const char          *program_id,
                                    StrideProgramStatus *status)
{
  JsonObject *data;
  JsonArray *reasons;

  g_return_val_if_fail (program_id != NULL, NULL);
  g_return_val_if_fail (status != NULL, NULL);

  data = json_object_new ();
  reasons = json_array_new ();
  json_object_set_string_member (data, "program", program_id);
  json_object_set_string_member (data, "decision", stride_program_decision_to_string (status->decision));
  json_object_set_string_member (data, "rule", status->rule);
  json_object_set_int_member (data, "stage_before", status->stage_before);
  json_object_set_int_member (data, "stage", status->stage);
  /* Ids and numbers, not sentences: the words are chosen when shown */
  for (guint i = 0; i < status->reason_codes->len; i++)
    {
      const StrideProgramReason *reason = &g_array_index (status->reason_codes, StrideProgramReason, i);

      json_array_add_object_element (reasons, stride_program_reason_to_json (reason));
    }
  json_object_set_array_member (data, "reasons", reasons);
  return decision_record_new_take (data);
}

StrideProgramDecisionRecord *
stride_program_decision_record_new_from_json (JsonObject *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return decision_record_new_take (stride_json_object_deep_copy (data));
}

StrideProgramDecisionRecord *
stride_program_decision_record_new_from_entry (StrideHistoryEntry *entry)
{
  JsonObject *data = stride_record_entry_data (entry, STRIDE_HISTORY_PROGRAM_DECISION);
  StrideProgramDecisionRecord *self;

  if (data == NULL)
    return NULL;

  self = stride_program_decision_record_new_from_json (data);
  self->date = g_date_time_ref (stride_history_entry_get_date (entry));
  return self;
}

StrideProgramDecisionRecord *
stride_program_decision_record_ref (StrideProgramDecisionRecord *self)
{
  return stride_record_ref (self);
}

void
stride_program_decision_record_unref (StrideProgramDecisionRecord *self)
{
  stride_record_unref (self);
}

JsonObject *
stride_program_decision_record_to_json (StrideProgramDecisionRecord *self)
{
  return stride_record_dup_json (self);
}

const char *
stride_program_decision_record_get_program (StrideProgramDecisionRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (self->record.data, "program");
}

gboolean
stride_program_decision_record_get_decision (StrideProgramDecisionRecord *self,
                                             StrideProgramDecision       *decision)
{
  const char *name;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (decision != NULL, FALSE);

  name = stride_json_get_string (self->record.data, "decision");
  for (StrideProgramDecision d = STRIDE_PROGRAM_PROGRESS; d <= STRIDE_PROGRAM_SEE_CLINICIAN; d++)
    if (g_strcmp0 (name, stride_program_decision_to_string (d)) == 0)
      {
        *decision = d;
        return TRUE;
      }

  return FALSE;
}

const char *
stride_program_decision_record_get_rule (StrideProgramDecisionRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (self->record.data, "rule");
}

static gboolean
get_stage (JsonObject *data,
           const char *member,
           guint      *stage)
{
  gint64 value;

  if (!stride_json_get_int (data, member, &value) || value < 0 || value > G_MAXUINT)
    return FALSE;
  *stage = (guint) value;
  return TRUE;
}

gboolean
stride_program_decision_record_get_stage_before (StrideProgramDecisionRecord *self,
                                                 guint                       *stage)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (stage != NULL, FALSE);

  return get_stage (self->record.data, "stage_before", stage);
}

gboolean
stride_program_decision_record_get_stage (StrideProgramDecisionRecord *self,
                                          guint                       *stage)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (stage != NULL, FALSE);

  return get_stage (self->record.data, "stage", stage);
}

guint
stride_program_decision_record_get_n_reasons (StrideProgramDecisionRecord *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->reasons->len;
}

const char *
stride_program_decision_record_get_reason (StrideProgramDecisionRecord *self,
                                           guint                        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->reasons->len, NULL);

  return g_ptr_array_index (self->reasons, index);
}

const char *
stride_program_decision_record_get_summary (StrideProgramDecisionRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->summary;
}

GDateTime *
stride_program_decision_record_get_date (StrideProgramDecisionRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->date;
}

/* Both give the stage, and the same one. */
static gboolean
same_stage (JsonObject *a,
            JsonObject *b,
            const char *member)
{
  guint stage_a, stage_b;

  return get_stage (a, member, &stage_a) && get_stage (b, member, &stage_b) && stage_a == stage_b;
}

gboolean
stride_program_decision_record_same (StrideProgramDecisionRecord *a,
                                     StrideProgramDecisionRecord *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (stride_json_get_string (a->record.data, "decision"),
                    stride_json_get_string (b->record.data, "decision")) == 0 &&
         g_strcmp0 (stride_program_decision_record_get_rule (a), stride_program_decision_record_get_rule (b)) == 0 &&
         same_stage (a->record.data, b->record.data, "stage") &&
         same_stage (a->record.data, b->record.data, "stage_before");
}

StrideHistoryEntry *
stride_history_append_program_decision (StrideHistory                *history,
                                        StrideProgramDecisionRecord  *decision,
                                        GDateTime                    *date,
                                        GError                      **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (decision != NULL, NULL);

  /* The history copies the data: the record's own object can be handed over as it is. */
  return stride_history_append (history, STRIDE_HISTORY_PROGRAM_DECISION, date, decision->record.data, error);
}
