/* stride-dose-row.h — one exercise of a routine being edited: its dose, its place
 *
 * An expander row titled with the exercise, its dose as the subtitle; open, it sets the
 * sets, reps, hold, rest and sides. Its buttons (and dragging it onto another row) ask
 * to move or remove it; the editor does that in the store.
 *
 * Signals: "dose-changed" () — a value changed (read it with get_dose);
 *          "move" (guint from, guint to) — the item at FROM should go to TO;
 *          "remove" () — the item should go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_DOSE_ROW (stride_dose_row_get_type ())

G_DECLARE_FINAL_TYPE (StrideDoseRow, stride_dose_row, STRIDE, DOSE_ROW, AdwExpanderRow)

/* Item INDEX of N_ITEMS, the exercise NAME at DOSE. */
GtkWidget *stride_dose_row_new       (const char       *name,
                                      const StrideDose *dose,
                                      guint             index,
                                      guint             n_items);
void       stride_dose_row_get_dose  (StrideDoseRow    *self,
                                      StrideDose       *dose);
guint      stride_dose_row_get_index (StrideDoseRow    *self);

G_END_DECLS
