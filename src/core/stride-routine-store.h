/* stride-routine-store.h — the routines the user made, kept like the history
 *
 * One versioned JSON document, $XDG_DATA_HOME/stride/routines.json, written atomically
 * and durably after every change, with the history's safety rules (a file that does not
 * parse is moved aside, a newer one is read-only; see stride-history.h):
 *
 *   {"version": 1,
 *    "routines": [{"id": "custom_5f2a…", "name": "My morning stretch", "kind": "mixed",
 *                  "items": [{"exercise": "glute_bridge", "sets": 3, "reps": 12,
 *                             "hold_s": 0, "rest_s": 45, "sides": "both", "tempo_s": 3}]}]}
 *
 * Routines are handed out as StrideRoutine structs (pack_id "user"), like the content's,
 * owned by the store and valid until the next change ("changed" signal). Errors use
 * STRIDE_HISTORY_ERROR (read-only, write, invalid, not found).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "stride-content.h"
#include "stride-history.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_ROUTINE_STORE (stride_routine_store_get_type ())

G_DECLARE_FINAL_TYPE (StrideRoutineStore, stride_routine_store, STRIDE, ROUTINE_STORE, GObject)

StrideRoutineStore  *stride_routine_store_new          (const char         *path);
/* $XDG_DATA_HOME/stride/routines.json, where the app keeps the user's routines. */
char                *stride_routine_store_get_user_path (void);

gboolean             stride_routine_store_get_read_only (StrideRoutineStore *self);
const char          *stride_routine_store_get_notice   (StrideRoutineStore *self);
void                 stride_routine_store_clear_notice (StrideRoutineStore *self);

/* StrideRoutine, in the user's order (transfer none). */
GPtrArray           *stride_routine_store_get_routines (StrideRoutineStore *self);
const StrideRoutine *stride_routine_store_find         (StrideRoutineStore *self,
                                                        const char         *id);

/* A new empty routine; returns its id (newly allocated) or NULL with ERROR. */
char                *stride_routine_store_create       (StrideRoutineStore *self,
                                                        const char         *name,
                                                        GError            **error);
/* A copy of ROUTINE (a built-in one, say) named NAME, placed after its other routines. */
char                *stride_routine_store_duplicate    (StrideRoutineStore  *self,
                                                        const StrideRoutine *routine,
                                                        const char          *name,
                                                        GError             **error);
gboolean             stride_routine_store_rename       (StrideRoutineStore *self,
                                                        const char         *id,
                                                        const char         *name,
                                                        GError            **error);
gboolean             stride_routine_store_add_exercise (StrideRoutineStore *self,
                                                        const char         *id,
                                                        const char         *exercise,
                                                        const StrideDose   *dose,
                                                        GError            **error);
/* Removes item INDEX. With UNDO_KEY, the item is remembered as it was and *UNDO_KEY set
 * to a key (newly allocated) that undo_remove_item() takes to put it back. */
gboolean             stride_routine_store_remove_item  (StrideRoutineStore *self,
                                                        const char         *id,
                                                        guint               index,
                                                        char              **undo_key,
                                                        GError            **error);
/* Puts a removed item back where it was, with the same dose; TRUE without a change when
 * it is back already. */
gboolean             stride_routine_store_undo_remove_item (StrideRoutineStore *self,
                                                        const char         *undo_key,
                                                        GError            **error);
/* Moves item FROM to position TO (both counted before the move). */
gboolean             stride_routine_store_move_item    (StrideRoutineStore *self,
                                                        const char         *id,
                                                        guint               from,
                                                        guint               to,
                                                        GError            **error);
gboolean             stride_routine_store_set_dose     (StrideRoutineStore *self,
                                                        const char         *id,
                                                        guint               index,
                                                        const StrideDose   *dose,
                                                        GError            **error);
/* Deletes a routine, remembering it so that undo_delete() can put it back where it was. */
gboolean             stride_routine_store_delete       (StrideRoutineStore *self,
                                                        const char         *id,
                                                        GError            **error);
gboolean             stride_routine_store_undo_delete  (StrideRoutineStore *self,
                                                        const char         *id,
                                                        GError            **error);

/* Whether `stride --routine=ID` names a routine of the user's: one of theirs, or
 * "personal" when the latest saved self-test made one. */
gboolean             stride_routine_store_knows_launch_id (const char *id);

/* For routines built on the heap (g_strdup'd strings), not the content pack's. */
void                 stride_routine_item_free          (gpointer            item);
void                 stride_routine_free               (gpointer            routine);

G_END_DECLS
