/* stride-list-row.h — the row template every list bound to a model of StrideListEntry uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-list-entry.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_LIST_ROW (stride_list_row_get_type ())

G_DECLARE_FINAL_TYPE (StrideListRow, stride_list_row, STRIDE, LIST_ROW, AdwActionRow)

GtkWidget       *stride_list_row_new       (StrideListEntry *entry);
StrideListEntry *stride_list_row_get_entry (StrideListRow   *self);

/* A GtkListBoxCreateWidgetFunc: ITEM is a StrideListEntry. */
GtkWidget       *stride_list_row_create    (gpointer         item,
                                            gpointer         user_data);

/* Binds LIST (a GtkListBox) to MODEL (of StrideListEntry), rows made by the template. */
void             stride_list_row_bind      (GtkListBox      *list,
                                            GListModel      *model);

G_END_DECLS
