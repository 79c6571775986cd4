/* stride-program-start-record.h — the start of a rehab program as the history keeps it
 *
 * The data of a "program_start" history entry (stride-history.h):
 *
 *   {"program": "gluteal_tendinopathy_program"}
 *
 * Only this module reads or writes that JSON. A record is immutable; members Stride does
 * not know (from a newer version) are kept as they were when it is written again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-history.h"

G_BEGIN_DECLS

typedef struct _StrideProgramStartRecord StrideProgramStartRecord;

#define STRIDE_TYPE_PROGRAM_START_RECORD (stride_program_start_record_get_type ())
GType                     stride_program_start_record_get_type       (void) G_GNUC_CONST;

StrideProgramStartRecord *stride_program_start_record_new            (const char               *program_id);
/* Reads DATA (an entry's data); never fails: what is missing or of the wrong type reads
 * as absent. */
StrideProgramStartRecord *stride_program_start_record_new_from_json  (JsonObject               *data);
/* The start ENTRY holds, or NULL when ENTRY is not a program start. */
StrideProgramStartRecord *stride_program_start_record_new_from_entry (StrideHistoryEntry       *entry);
StrideProgramStartRecord *stride_program_start_record_ref            (StrideProgramStartRecord *self);
void                      stride_program_start_record_unref          (StrideProgramStartRecord *self);

/* A new object, as stride_history_append() takes it. */
JsonObject               *stride_program_start_record_to_json        (StrideProgramStartRecord *self);

/* The program started, or NULL when absent. */
const char               *stride_program_start_record_get_program    (StrideProgramStartRecord *self);

/* Adds START to HISTORY dated DATE (NULL: now); as stride_history_append(). */
StrideHistoryEntry       *stride_history_append_program_start        (StrideHistory            *history,
                                                                      StrideProgramStartRecord *start,
                                                                      GDateTime                *date,
                                                                      GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideProgramStartRecord, stride_program_start_record_unref)

G_END_DECLS
