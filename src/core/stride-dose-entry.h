/* stride-dose-entry.h — one exercise of a routine being edited, with its dose and place
 *
 * The routine editor lists a GListStore of these: a row binds its fields to the entry's
 * properties both ways, and the editor saves an entry's dose when it changes
 * ("dose-changed", after the property's own notify) and reorders or removes entries as
 * it does the items of the stored routine. "position" and "last" say where the entry is
 * (stride_dose_entries_number() keeps them right after a change to the list), so a row
 * knows whether it can move up or down.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "stride-context.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_DOSE_ENTRY (stride_dose_entry_get_type ())

G_DECLARE_FINAL_TYPE (StrideDoseEntry, stride_dose_entry, STRIDE, DOSE_ENTRY, GObject)

/* EXERCISE (an id) called NAME, at DOSE. */
StrideDoseEntry *stride_dose_entry_new          (const char       *exercise,
                                                 const char       *name,
                                                 const StrideDose *dose);
const char      *stride_dose_entry_get_exercise (StrideDoseEntry  *self);
const char      *stride_dose_entry_get_name     (StrideDoseEntry  *self);
void             stride_dose_entry_get_dose     (StrideDoseEntry  *self,
                                                 StrideDose       *dose);
void             stride_dose_entry_set_dose     (StrideDoseEntry  *self,
                                                 const StrideDose *dose);
guint            stride_dose_entry_get_position (StrideDoseEntry  *self);
gboolean         stride_dose_entry_get_last     (StrideDoseEntry  *self);

/* The items of ROUTINE as entries, named from CONTEXT's content, numbered. */
GListStore      *stride_dose_entries_new        (StrideContext       *context,
                                                 const StrideRoutine *routine);
/* Gives each entry of ENTRIES its position, and the last one "last". */
void             stride_dose_entries_number     (GListModel          *entries);

G_END_DECLS
