/* stride-program-start-record.c — the start of a rehab program as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-json-document.h"
#include "stride-program-start-record.h"
#include "stride-record.h"

struct _StrideProgramStartRecord
{
  StrideRecord  record;           /* the whole record, unknown members too; never changed */
};

G_DEFINE_BOXED_TYPE (StrideProgramStartRecord, stride_program_start_record,
                     stride_program_start_record_ref, stride_program_start_record_unref)

/* Takes DATA. */
static StrideProgramStartRecord *
start_record_new_take (JsonObject *data)
{
  return stride_record_new (sizeof (StrideProgramStartRecord), data, NULL);
}

StrideProgramStartRecord *
stride_program_start_record_new (const char *program_id)
{
  JsonObject *data;

  g_return_val_if_fail (program_id != NULL, NULL);

  data = json_object_new ();
  json_object_set_string_member (data, "program", program_id);
  return start_record_new_take (data);
}

StrideProgramStartRecord *
stride_program_start_record_new_from_json (JsonObject *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return start_record_new_take (stride_json_object_deep_copy (data));
}

StrideProgramStartRecord *
stride_program_start_record_new_from_entry (StrideHistoryEntry *entry)
{
  JsonObject *data = stride_record_entry_data (entry, STRIDE_HISTORY_PROGRAM_START);

  return data != NULL ? stride_program_start_record_new_from_json (data) : NULL;
}

StrideProgramStartRecord *
stride_program_start_record_ref (StrideProgramStartRecord *self)
{
  return stride_record_ref (self);
}

void
stride_program_start_record_unref (StrideProgramStartRecord *self)
{
  stride_record_unref (self);
}

JsonObject *
stride_program_start_record_to_json (StrideProgramStartRecord *self)
{
  return stride_record_dup_json (self);
}

const char *
stride_program_start_record_get_program (StrideProgramStartRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (self->record.data, "program");
}

StrideHistoryEntry *
stride_history_append_program_start (StrideHistory             *history,
                                     StrideProgramStartRecord  *start,
                                     GDateTime                 *date,
                                     GError                   **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (start != NULL, NULL);

  /* The history copies the data: the record's own object can be handed over as it is. */
  return stride_history_append (history, STRIDE_HISTORY_PROGRAM_START, date, start->record.data, error);
}
