/* stride-list-entry.h — one line of a list a page shows: an item of its GListModel
 *
 * What the line says (a title, a subtitle, a value at its end), how it looks (StyleKind)
 * and what activating it does (an action and its target, as GtkActionable takes them).
 * The page builds the entries from core's records; the ui's row template
 * (stride-list-row.ui) shows one. An entry never changes once built: a list that changes
 * is a new set of entries spliced into the page's GListStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  STRIDE_LIST_ENTRY_PLAIN,   /* words only: a past session, a figure */
  STRIDE_LIST_ENTRY_LINK,    /* opens something: an arrow at its end */
  STRIDE_LIST_ENTRY_COMMAND, /* does something here (its icon first, e.g. "New Routine") */
  STRIDE_LIST_ENTRY_NOTE,    /* says why a list is empty and what to do */
  STRIDE_LIST_ENTRY_AVOIDED, /* left out for the user: a warning first; may still open */
} StrideListEntryStyle;

#define STRIDE_TYPE_LIST_ENTRY (stride_list_entry_get_type ())

G_DECLARE_FINAL_TYPE (StrideListEntry, stride_list_entry, STRIDE, LIST_ENTRY, GObject)

StrideListEntry      *stride_list_entry_new               (StrideListEntryStyle  style,
                                                           const char           *title,
                                                           const char           *subtitle);
/* What activating the line does: ACTION ("routines.open-routine") with TARGET (floating
 * references are sunk; NULL for none). An AVOIDED entry without an action only warns. */
StrideListEntry      *stride_list_entry_new_action        (StrideListEntryStyle  style,
                                                           const char           *title,
                                                           const char           *subtitle,
                                                           const char           *action_name,
                                                           GVariant             *action_target);
/* A figure at the end of the line ("12 days"). */
StrideListEntry      *stride_list_entry_new_value         (const char           *title,
                                                           const char           *value);

StrideListEntryStyle  stride_list_entry_get_style         (StrideListEntry      *self);
const char           *stride_list_entry_get_title         (StrideListEntry      *self);
/* NULL when none, as are the others. */
const char           *stride_list_entry_get_subtitle      (StrideListEntry      *self);
const char           *stride_list_entry_get_value         (StrideListEntry      *self);
const char           *stride_list_entry_get_action_name   (StrideListEntry      *self);
GVariant             *stride_list_entry_get_action_target (StrideListEntry      *self);

G_END_DECLS
