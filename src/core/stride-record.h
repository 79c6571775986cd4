/* stride-record.h — what every typed history record shares (private to core)
 *
 * A record keeps the whole JSON object of its history entry, members Stride does not know
 * (written by a newer version) included, so that writing it back loses nothing. Only the
 * record's own module reads or writes that object: the UI sees typed getters.
 *
 * Each record type starts its struct with a StrideRecord and is allocated with
 * stride_record_new(); its public ref/unref call stride_record_ref()/stride_record_unref().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-history.h"

G_BEGIN_DECLS

typedef struct
{
  gatomicrefcount  ref_count;
  JsonObject      *data;         /* the whole record, unknown members too */
  GDestroyNotify   clear;        /* frees what the type keeps beside DATA, or NULL */
} StrideRecord;

/* A zeroed record of STRUCT_SIZE bytes holding DATA (taken). */
gpointer    stride_record_new             (gsize              struct_size,
                                           JsonObject        *data,
                                           GDestroyNotify     clear);
gpointer    stride_record_ref             (gpointer           record);
void        stride_record_unref           (gpointer           record);

/* A copy of the record's object that shares nothing with it, as the history takes it. */
JsonObject *stride_record_dup_json        (gpointer           record);

/* The record's object (transfer none), to be read by its own module only. */
JsonObject *stride_record_get_json        (gpointer           record);

/* A copy of OBJECT that shares nothing with it: a record must not change when the
 * caller's object does, nor the other way round. */
JsonObject *stride_json_object_deep_copy  (JsonObject        *object);

/* The entry's data when ENTRY is of KIND, else NULL (transfer none). */
JsonObject *stride_record_entry_data      (StrideHistoryEntry *entry,
                                           StrideHistoryKind   kind);

G_END_DECLS
