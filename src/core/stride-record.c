/* stride-record.c — what every typed history record shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-json-document.h"
#include "stride-record.h"

gpointer
stride_record_new (gsize           struct_size,
                   JsonObject     *data,
                   GDestroyNotify  clear)
{
  StrideRecord *record;

  g_return_val_if_fail (struct_size >= sizeof (StrideRecord), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  record = g_malloc0 (struct_size);
  g_atomic_ref_count_init (&record->ref_count);
  record->data = data;
  record->clear = clear;
  return record;
}

gpointer
stride_record_ref (gpointer record)
{
  StrideRecord *self = record;

  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
stride_record_unref (gpointer record)
{
  StrideRecord *self = record;

  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  if (self->clear != NULL)
    self->clear (self);
  json_object_unref (self->data);
  g_free (self);
}

JsonObject *
stride_json_object_deep_copy (JsonObject *object)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) copy = NULL;

  g_return_val_if_fail (object != NULL, NULL);

  node = json_node_init_object (json_node_alloc (), object);
  copy = stride_json_deep_copy (node);
  return json_node_dup_object (copy);
}

JsonObject *
stride_record_dup_json (gpointer record)
{
  g_return_val_if_fail (record != NULL, NULL);

  return stride_json_object_deep_copy (((StrideRecord *) record)->data);
}

JsonObject *
stride_record_get_json (gpointer record)
{
  g_return_val_if_fail (record != NULL, NULL);

  return ((StrideRecord *) record)->data;
}

JsonObject *
stride_record_entry_data (StrideHistoryEntry *entry,
                          StrideHistoryKind   kind)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return stride_history_entry_get_kind (entry) == kind ? stride_history_entry_get_data (entry) : NULL;
}
