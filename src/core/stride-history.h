/* stride-history.h — what the user did: sessions, self-tests, symptom checks, check-ins
 *
 * One versioned JSON document, $XDG_DATA_HOME/stride/history.json:
 *
 *   {"version": 1,
 *    "entries": [{"id": "…uuid…", "kind": "session", "date": "2026-11-26T07:30:00+01:00",
 *                 "data": {…}}, …]}
 *
 * Every change is written at once, atomically and durably (the old file stays whole until
 * the new one is on disk). A file that does not parse is moved aside as
 * history.json.corrupt-YYYYMMDD-HHMMSS and a new one started; a file with a newer
 * version is opened read-only (shown, never written). Either way the "notice" property
 * holds a sentence the UI shows the user. A failed write (full disk) returns an error and
 * leaves both the file and the in-memory list as they were.
 *
 * "data" per kind (objects; members not listed here are kept as they are):
 *
 *  session        {"routine": "hip_stretch_routine", "routine_name": "Hip stretch routine",
 *                  "completed": true,             false when ended early
 *                  "duration_s": 612,
 *                  "exercises": [{"exercise": "glute_bridge", "sets_done": 3, "sets": 3,
 *                                 "sides": "each"}],
 *                  "pain": 2,                     0–10, absent when not rated
 *                  "effort": "about_right",       too_easy | about_right | too_hard, optional
 *                  "next_dose": {"glute_bridge": {"sets": 3, "reps": 12, "hold_s": 0,
 *                                "rest_s": 45, "sides": "each"}}}   set by the routines page
 *
 *  self_test      the `stride --assess` input object ({"sex", "age", "results": {…}}) with
 *                 the members of its output added: "findings", "cautions",
 *                 "see_clinician", "routine" (the personal routine).
 *
 *  symptom_check  {"answers": {…as `stride --match` input…}, "result": {…its output…}}
 *
 *  check_in       {"session": "…id of the session…", "pain": 3,
 *                  "compared": "better | same | worse"}   the next-morning check-in
 *
 *  program_start, program_decision   a rehab program followed: see stride-program-history.h
 *                 (a program's sessions are sessions with a "program" member)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define STRIDE_HISTORY_ERROR (stride_history_error_quark ())

typedef enum
{
  STRIDE_HISTORY_ERROR_READ_ONLY,  /* the file is from a newer Stride: not written */
  STRIDE_HISTORY_ERROR_WRITE,      /* the file could not be written (full disk …) */
  STRIDE_HISTORY_ERROR_INVALID,    /* a bad argument, e.g. data that is not an object */
  STRIDE_HISTORY_ERROR_NOT_FOUND,  /* no entry with that id */
} StrideHistoryError;

GQuark stride_history_error_quark (void);

/* The version this Stride writes; a file with a larger "version" is read-only. */
#define STRIDE_HISTORY_VERSION 1

typedef enum
{
  STRIDE_HISTORY_SESSION,
  STRIDE_HISTORY_SELF_TEST,
  STRIDE_HISTORY_SYMPTOM_CHECK,
  STRIDE_HISTORY_CHECK_IN,
  STRIDE_HISTORY_PROGRAM_START,      /* stride-program-history.h */
  STRIDE_HISTORY_PROGRAM_DECISION,
  STRIDE_HISTORY_PROGRAM_CLEARED,    /* a clinician has seen the runner */
  STRIDE_HISTORY_N_KINDS /*< skip >*/,
  STRIDE_HISTORY_ANY = STRIDE_HISTORY_N_KINDS,   /* for listing */
} StrideHistoryKind;

const char *stride_history_kind_to_string   (StrideHistoryKind  kind);
gboolean    stride_history_kind_from_string (const char        *string,
                                             StrideHistoryKind *kind);

/* One entry: immutable and reference counted. */
typedef struct _StrideHistoryEntry StrideHistoryEntry;

#define STRIDE_TYPE_HISTORY_ENTRY (stride_history_entry_get_type ())
GType               stride_history_entry_get_type  (void) G_GNUC_CONST;
StrideHistoryEntry *stride_history_entry_ref       (StrideHistoryEntry *entry);
void                stride_history_entry_unref     (StrideHistoryEntry *entry);
const char         *stride_history_entry_get_id    (StrideHistoryEntry *entry);
StrideHistoryKind   stride_history_entry_get_kind  (StrideHistoryEntry *entry);
GDateTime          *stride_history_entry_get_date  (StrideHistoryEntry *entry);  /* local time */
JsonObject         *stride_history_entry_get_data  (StrideHistoryEntry *entry);  /* do not change */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideHistoryEntry, stride_history_entry_unref)

#define STRIDE_TYPE_HISTORY (stride_history_get_type ())

G_DECLARE_FINAL_TYPE (StrideHistory, stride_history, STRIDE, HISTORY, GObject)

/* Opens (or starts) the history at PATH, reading it at once. Never fails: problems end up
 * in the "notice" and "read-only" properties. */
StrideHistory      *stride_history_new             (const char        *path);

/* Where the app keeps the history: $XDG_DATA_HOME/stride/history.json. */
char               *stride_history_get_user_path    (void);

const char         *stride_history_get_path        (StrideHistory     *self);

/* TRUE when the file is from a newer Stride: appends and removals fail. */
gboolean            stride_history_get_read_only   (StrideHistory     *self);

/* A sentence for the user about a problem opening the file (moved aside, read-only),
 * or NULL. Cleared by stride_history_clear_notice() once the UI has shown it. */
const char         *stride_history_get_notice      (StrideHistory     *self);
void                stride_history_clear_notice    (StrideHistory     *self);

/* Adds an entry dated DATE (NULL: now) with a copy of DATA (a JSON object) and writes the
 * file. Returns the new entry (transfer none, valid as long as SELF) or NULL with ERROR
 * set, in which case nothing changed. Emits "changed" (no arguments) after any change. */
StrideHistoryEntry *stride_history_append          (StrideHistory     *self,
                                                    StrideHistoryKind  kind,
                                                    GDateTime         *date,
                                                    JsonObject        *data,
                                                    GError           **error);

/* Replaces the data of the entry with ID by a copy of DATA, in one write (e.g. the
 * pain rating added to a session saved when it ended). Returns the new entry. */
StrideHistoryEntry *stride_history_update          (StrideHistory     *self,
                                                    const char        *id,
                                                    JsonObject        *data,
                                                    GError           **error);

/* Removes the entry with ID and writes the file (e.g. a deletion the user asked for). */
gboolean            stride_history_remove          (StrideHistory     *self,
                                                    const char        *id,
                                                    GError           **error);

/* Entries of KIND (STRIDE_HISTORY_ANY: all) dated in [FROM, TO) (either may be NULL),
 * oldest first. Transfer container: the array holds references. */
GPtrArray          *stride_history_list            (StrideHistory     *self,
                                                    StrideHistoryKind  kind,
                                                    GDateTime         *from,
                                                    GDateTime         *to);

/* The newest entry of KIND, or NULL (transfer none). */
StrideHistoryEntry *stride_history_get_latest      (StrideHistory     *self,
                                                    StrideHistoryKind  kind);
StrideHistoryEntry *stride_history_find            (StrideHistory     *self,
                                                    const char        *id);

/* The whole document as written, for export. */
/* Finished work that could not be written to the history (full disk, read-only file)
 * is kept in a pending file beside it, PATH.pending, written atomically. The next
 * stride_history_new() moves pending entries into the history — each once: an entry
 * whose id is already there is not added again — deletes the pending file and says so
 * in the notice.
 *
 * stride_history_keep_pending() stores DATA as a pending entry of KIND under ID (a new
 * id when NULL, returned) or replaces it; NULL on error.
 * stride_history_commit_pending() writes pending entry ID, with DATA, into the history
 * under the same id and drops it from the pending file. */
char               *stride_history_get_pending_path (StrideHistory    *self);
char               *stride_history_keep_pending    (StrideHistory     *self,
                                                    StrideHistoryKind  kind,
                                                    const char        *id,
                                                    JsonObject        *data,
                                                    GError           **error);
StrideHistoryEntry *stride_history_commit_pending  (StrideHistory     *self,
                                                    const char        *id,
                                                    JsonObject        *data,
                                                    GError           **error);

JsonNode           *stride_history_to_json         (StrideHistory     *self);

G_END_DECLS
