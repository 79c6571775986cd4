/* stride-chart-row.h — a titled chart as a row of a list of charts (one per measure)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "stride-chart.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_CHART_ROW (stride_chart_row_get_type ())

G_DECLARE_FINAL_TYPE (StrideChartRow, stride_chart_row, STRIDE, CHART_ROW, GtkListBoxRow)

/* TITLE over a line chart, in a card: give it its data through get_chart(). */
GtkWidget   *stride_chart_row_new       (const char     *title);
StrideChart *stride_chart_row_get_chart (StrideChartRow *self);

G_END_DECLS
