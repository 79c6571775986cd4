/* stride-routine-editor.h — makes and changes the user's own routines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-context.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_ROUTINE_EDITOR (stride_routine_editor_get_type ())

G_DECLARE_FINAL_TYPE (StrideRoutineEditor, stride_routine_editor, STRIDE, ROUTINE_EDITOR, AdwBin)

/* Signals: "done" () — the user is finished; "error" (const char *message) — a change
 * could not be saved (the editor shows the routine as it is stored); "removed" (const
 * char *name, const char *undo_key) — an exercise was taken out, and
 * stride_routine_store_undo_remove_item() with UNDO_KEY puts it back. */
GtkWidget  *stride_routine_editor_new         (StrideContext       *context);
/* What it works on; set once, before anything is shown. */
void        stride_routine_editor_set_context (StrideRoutineEditor *self,
                                               StrideContext *context);

/* Edits the store's routine ID. */
void        stride_routine_editor_set_routine (StrideRoutineEditor *self,
                                               const char          *id);
const char *stride_routine_editor_get_routine (StrideRoutineEditor *self);
/* Edits ID, a routine New just made: left as it was made (its first name, no exercise)
 * it is dropped from the store when the editing ends. */
void        stride_routine_editor_set_new_routine (StrideRoutineEditor *self,
                                                   const char          *id);
/* The editing ends without Done (Back): saves what waits, drops an untouched new routine. */
void        stride_routine_editor_finish      (StrideRoutineEditor *self);
void        stride_routine_editor_focus_name  (StrideRoutineEditor *self);
/* The focus on the first exercise (or the name, not selected, when there is none). */
void        stride_routine_editor_focus_items (StrideRoutineEditor *self);

G_END_DECLS
