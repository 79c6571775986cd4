/* stride-chart.h — small charts drawn by the app: lines over time, bars, a day calendar
 *
 * Colours come from the theme's named colours, so dark mode follows. Every chart carries
 * a text summary (its accessible description and tooltip) for those who cannot see it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  STRIDE_CHART_LINES,     /* x: days (any scale), y: values */
  STRIDE_CHART_BARS,      /* one bar per value, labelled */
  STRIDE_CHART_DAYS,      /* a calendar: weeks in rows, a filled dot for each day with y > 0 */
} StrideChartKind;

#define STRIDE_TYPE_CHART_KIND (stride_chart_kind_get_type ())
GType stride_chart_kind_get_type (void);

#define STRIDE_TYPE_CHART (stride_chart_get_type ())

G_DECLARE_FINAL_TYPE (StrideChart, stride_chart, STRIDE, CHART, GtkWidget)

/* A chart of KIND (the construct-only "kind": "lines", "bars" or "days" in a template). */
GtkWidget *stride_chart_new          (StrideChartKind  kind);
/* Forgets the data, to be given anew: series, labels, y range, day texts, marked day. */
void       stride_chart_clear        (StrideChart     *self);

/* The y range drawn; without it, the data's. */
void       stride_chart_set_y_range  (StrideChart     *self,
                                      double           min,
                                      double           max);

/* The y range drawn: the one set, else the data's, always from 0 (or below). */
void       stride_chart_get_y_range  (StrideChart     *self,
                                      double          *min,
                                      double          *max);

/* A series of N points. COLOR is a named theme colour ("accent_color"). For bars and days
 * only the first series counts, X is ignored and LABELS names each value (may be NULL). */
void       stride_chart_add_series   (StrideChart     *self,
                                      const char      *label,
                                      const char      *color,
                                      const double    *x,
                                      const double    *y,
                                      guint            n);
void       stride_chart_set_labels   (StrideChart     *self,
                                      const char * const *labels);
void       stride_chart_set_summary  (StrideChart     *self,
                                      const char      *summary);
/* Days only: a text per day (its date and what happened), shown as the dot's tooltip,
 * and the day drawn with a ring (today; -1: none). */
void       stride_chart_set_day_texts (StrideChart        *self,
                                       const char * const *texts);
void       stride_chart_set_marked_day (StrideChart    *self,
                                        int             index);
/* The axis labels, as set (transfer none). */
const char * const *stride_chart_get_labels (StrideChart *self);
/* The day text under (X, Y) in widget coordinates, or NULL (transfer none). */
const char *stride_chart_get_text_at  (StrideChart     *self,
                                       double           x,
                                       double           y);

G_END_DECLS
