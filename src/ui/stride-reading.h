/* stride-reading.h — what the Anatomy and Conditions pages share: the content they read,
 * and the widgets a reading page is made of
 *
 * Content text is plain text: every helper here puts it in widgets as plain text (labels
 * without markup, rows with use-markup off), never as Pango markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"

G_BEGIN_DECLS

/* A region for stride_reading_create_figure(). */
typedef struct
{
  const char *id;
  const char *name;
  GPtrArray  *shapes;             /* StrideShape */
} StrideReadingRegion;

/* Up to two small body maps, front and back (the side instead of the front when no region
 * is seen from the front), of the views that hold one of REGIONS, each region marked MARK
 * and drawn in the deep layer when none is on the surface of that view; the maps are
 * pictures (not focusable), described to screen readers by DESCRIPTION. */
GtkWidget     *stride_reading_create_figure    (const StrideReadingRegion *regions,
                                                guint                      n_regions,
                                                const char                *mark,
                                                const char                *description);

GtkWidget     *stride_reading_create_heading   (const char         *title,
                                                const char         *subtitle,
                                                const char         *summary);
/* A heading and a paragraph; NULL when TEXT is empty. */
GtkWidget     *stride_reading_create_section   (const char         *heading,
                                                const char         *text);
/* A heading and a bulleted list; NULL when ITEMS is empty. */
GtkWidget     *stride_reading_create_bullets   (const char         *heading,
                                                const char * const *items);
/* A row that opens an item through "app.launch" (KIND, ID). */
GtkWidget     *stride_reading_create_list_item (const char        *marker,
                                                const char        *text);
GtkWidget     *stride_reading_add_link         (GtkWidget          *group,
                                                const char         *kind,
                                                const char         *id,
                                                const char         *title,
                                                const char         *subtitle);
/* The sources group; NULL when there are none. */
GtkWidget     *stride_reading_create_sources   (GPtrArray          *sources);

/* Empties a box built by the helpers above. */
void           stride_reading_clear            (GtkBox             *box);

G_END_DECLS
