/* stride-dose-row.h — one exercise of a routine being edited: its dose, its place
 *
 * An expander row for a StrideDoseEntry: titled with the exercise, its dose as the
 * subtitle; open, it sets the sets, reps, hold, rest and sides, bound to the entry's
 * properties both ways. Its buttons (and dragging it onto another row) ask to move or
 * remove it; the editor does that in the model and the store.
 *
 * Signals: "move" (guint from, guint to) — the item at FROM should go to TO;
 *          "remove" () — the item should go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-dose-entry.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_DOSE_ROW (stride_dose_row_get_type ())

G_DECLARE_FINAL_TYPE (StrideDoseRow, stride_dose_row, STRIDE, DOSE_ROW, AdwExpanderRow)

GtkWidget       *stride_dose_row_new       (StrideDoseEntry *entry);
StrideDoseEntry *stride_dose_row_get_entry (StrideDoseRow   *self);

G_END_DECLS
