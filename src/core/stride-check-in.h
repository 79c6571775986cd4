/* stride-check-in.h — the morning-after check-in as the history keeps it
 *
 * The data of a "check_in" history entry (stride-history.h):
 *
 *   {"session": "…id of the session…", "pain": 3, "compared": "better | same | worse"}
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

typedef struct _StrideCheckIn StrideCheckIn;

#define STRIDE_TYPE_CHECK_IN (stride_check_in_get_type ())
GType               stride_check_in_get_type          (void) G_GNUC_CONST;

/* About the session with id SESSION; COMPARED is "better", "same" or "worse". */
StrideCheckIn      *stride_check_in_new               (const char    *session,
                                                       const char    *compared);
/* Reads DATA (an entry's data); never fails: what is missing or of the wrong type reads
 * as absent. */
StrideCheckIn      *stride_check_in_new_from_json     (JsonObject    *data);
/* The check-in ENTRY holds, or NULL when ENTRY is not a check-in. */
StrideCheckIn      *stride_check_in_new_from_entry    (StrideHistoryEntry *entry);
StrideCheckIn      *stride_check_in_ref               (StrideCheckIn *self);
void                stride_check_in_unref             (StrideCheckIn *self);

/* A new object, as stride_history_append() takes it. */
JsonObject         *stride_check_in_to_json           (StrideCheckIn *self);

/* NULL when absent. */
const char         *stride_check_in_get_session       (StrideCheckIn *self);
const char         *stride_check_in_get_compared      (StrideCheckIn *self);
/* FALSE when the check-in gives no pain (0–10). */
gboolean            stride_check_in_get_pain          (StrideCheckIn *self,
                                                       int           *pain);

/* Adds CHECK_IN to HISTORY dated DATE (NULL: now); as stride_history_append(). */
StrideHistoryEntry *stride_history_append_check_in    (StrideHistory  *history,
                                                       StrideCheckIn  *check_in,
                                                       GDateTime      *date,
                                                       GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideCheckIn, stride_check_in_unref)

G_END_DECLS
