/* stride-chart-row.h — a titled chart as a row of a list of charts (one per measure)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_CHART_ROW (stride_chart_row_get_type ())

G_DECLARE_FINAL_TYPE (StrideChartRow, stride_chart_row, STRIDE, CHART_ROW, GtkListBoxRow)

/* TITLE over CHART (a StrideChart, taken), in a card. */
GtkWidget *stride_chart_row_new (const char *title,
                                 GtkWidget  *chart);

G_END_DECLS
