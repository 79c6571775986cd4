/* stride-symptom-check.h — a symptom check as the history keeps it
 *
 * The data of a "symptom_check" history entry (stride-history.h):
 *
 *   {"answers": {…the `stride --match` input's answers…}, "result": {…its output…}}
 *
 * Built from the interview's answers and result, or read back from an entry; only this
 * module reads or writes that JSON. A record is immutable; members Stride does not know
 * (from a newer version) are kept as they were when it is written again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-answers.h"
#include "stride-history.h"
#include "stride-matcher.h"

G_BEGIN_DECLS

typedef struct _StrideSymptomCheck StrideSymptomCheck;

#define STRIDE_TYPE_SYMPTOM_CHECK (stride_symptom_check_get_type ())
GType               stride_symptom_check_get_type        (void) G_GNUC_CONST;

/* Only the questions really answered; QUESTIONS (StrideQuestion) give their kinds. */
StrideSymptomCheck *stride_symptom_check_new             (const StrideAnswers     *answers,
                                                          GPtrArray               *questions,
                                                          const StrideMatchResult *result);
/* Reads DATA (an entry's data); never fails: what is missing or of the wrong type reads
 * as absent. */
StrideSymptomCheck *stride_symptom_check_new_from_json   (JsonObject              *data);
/* The check ENTRY holds, dated as the entry; NULL when ENTRY is not a symptom check. */
StrideSymptomCheck *stride_symptom_check_new_from_entry  (StrideHistoryEntry      *entry);
StrideSymptomCheck *stride_symptom_check_ref             (StrideSymptomCheck      *self);
void                stride_symptom_check_unref           (StrideSymptomCheck      *self);

/* A new object, as stride_history_append() takes it. */
JsonObject         *stride_symptom_check_to_json         (StrideSymptomCheck      *self);

/* The entry's date (local time), or NULL for a check not read from the history. */
GDateTime          *stride_symptom_check_get_date        (StrideSymptomCheck      *self);
/* "emergency", "urgent", "soon", "self_care", or NULL when the record has none. */
const char         *stride_symptom_check_get_level       (StrideSymptomCheck      *self);
/* The conditions as ranked, best first (other_cause among them). */
guint               stride_symptom_check_get_n_conditions (StrideSymptomCheck     *self);
const char         *stride_symptom_check_get_condition   (StrideSymptomCheck      *self,
                                                          guint                    index);
/* FALSE when the record gives no number. */
gboolean            stride_symptom_check_get_probability (StrideSymptomCheck      *self,
                                                          guint                    index,
                                                          double                  *probability);

/* Adds CHECK to HISTORY dated DATE (NULL: now); as stride_history_append(). */
StrideHistoryEntry *stride_history_append_symptom_check  (StrideHistory           *history,
                                                          StrideSymptomCheck      *check,
                                                          GDateTime               *date,
                                                          GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideSymptomCheck, stride_symptom_check_unref)

G_END_DECLS
