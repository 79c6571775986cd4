/* stride-program-decision-record.h — a rehab program's decision as the history keeps it
 *
 * The data of a "program_decision" history entry (stride-history.h):
 *
 *   {"program": "gluteal_tendinopathy_program", "decision": "step_back",
 *    "rule": "two_worse_mornings", "stage_before": 2, "stage": 1,
 *    "reasons": [{"id": "two_worse_mornings"}, {"id": "min_time", "days": 12}]}
 *
 * The reasons are stored as ids with their numbers (StrideProgramReason) and put into
 * words when read, in the user's language. Records written before kept the sentences
 * themselves and a "summary": those are read and shown as they are.
 *
 * Only this module reads or writes that JSON. A record is immutable; members Stride does
 * not know (from a newer version) are kept as they were when it is written again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-history.h"
#include "stride-program.h"

G_BEGIN_DECLS

typedef struct _StrideProgramDecisionRecord StrideProgramDecisionRecord;

#define STRIDE_TYPE_PROGRAM_DECISION_RECORD (stride_program_decision_record_get_type ())
GType                        stride_program_decision_record_get_type (void) G_GNUC_CONST;

/* What STATUS decided for PROGRAM_ID. */
StrideProgramDecisionRecord *stride_program_decision_record_new      (const char          *program_id,
                                                                      StrideProgramStatus *status);
/* Reads DATA (an entry's data); never fails: what is missing or of the wrong type reads
 * as absent. */
StrideProgramDecisionRecord *stride_program_decision_record_new_from_json (JsonObject     *data);
/* The decision ENTRY holds, dated as the entry; NULL when ENTRY is not a decision. */
StrideProgramDecisionRecord *stride_program_decision_record_new_from_entry (StrideHistoryEntry *entry);
StrideProgramDecisionRecord *stride_program_decision_record_ref      (StrideProgramDecisionRecord *self);
void                         stride_program_decision_record_unref    (StrideProgramDecisionRecord *self);

/* A new object, as stride_history_append() takes it. */
JsonObject                  *stride_program_decision_record_to_json  (StrideProgramDecisionRecord *self);

/* Strings are NULL when absent. */
const char                  *stride_program_decision_record_get_program (StrideProgramDecisionRecord *self);
/* FALSE when the record holds no decision Stride knows. */
gboolean                     stride_program_decision_record_get_decision (StrideProgramDecisionRecord *self,
                                                                          StrideProgramDecision       *decision);
/* The rule that decided ("two_worse_mornings" …). */
const char                  *stride_program_decision_record_get_rule  (StrideProgramDecisionRecord *self);
/* FALSE when the record gives no stage. */
gboolean                     stride_program_decision_record_get_stage_before (StrideProgramDecisionRecord *self,
                                                                              guint                       *stage);
gboolean                     stride_program_decision_record_get_stage (StrideProgramDecisionRecord *self,
                                                                       guint                       *stage);
/* The reasons in words, in order (what is neither text nor a reason Stride knows is left
 * out). */
guint                        stride_program_decision_record_get_n_reasons (StrideProgramDecisionRecord *self);
const char                  *stride_program_decision_record_get_reason (StrideProgramDecisionRecord *self,
                                                                        guint                        index);
/* The decision in a sentence for the user (an old record's as it was written), or NULL. */
const char                  *stride_program_decision_record_get_summary (StrideProgramDecisionRecord *self);
/* The entry's date (local time), or NULL for a record not read from the history. */
GDateTime                   *stride_program_decision_record_get_date  (StrideProgramDecisionRecord *self);

/* The same decision by the same rule between the same stages: nothing new to say. */
gboolean                     stride_program_decision_record_same      (StrideProgramDecisionRecord *a,
                                                                       StrideProgramDecisionRecord *b);

/* Adds DECISION to HISTORY dated DATE (NULL: now); as stride_history_append(). */
StrideHistoryEntry          *stride_history_append_program_decision   (StrideHistory               *history,
                                                                       StrideProgramDecisionRecord *decision,
                                                                       GDateTime                   *date,
                                                                       GError                     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideProgramDecisionRecord, stride_program_decision_record_unref)

G_END_DECLS
