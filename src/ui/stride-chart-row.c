/* stride-chart-row.c — a titled chart as a row of a list of charts (one per measure)
 *
 * The row is neither focusable nor activatable: a chart is read, not pressed. The
 * list names the row by its title, and the chart carries its own summary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-chart-row.h"

struct _StrideChartRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;
  StrideChart   *chart;
};

G_DEFINE_FINAL_TYPE (StrideChartRow, stride_chart_row, GTK_TYPE_LIST_BOX_ROW)

static void
stride_chart_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_CHART_ROW);

  G_OBJECT_CLASS (stride_chart_row_parent_class)->dispose (object);
}

static void
stride_chart_row_class_init (StrideChartRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_chart_row_dispose;

  g_type_ensure (STRIDE_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-chart-row.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideChartRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, StrideChartRow, chart);
}

static void
stride_chart_row_init (StrideChartRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
stride_chart_row_new (const char *title)
{
  StrideChartRow *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_CHART_ROW, NULL);
  gtk_label_set_text (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}

StrideChart *
stride_chart_row_get_chart (StrideChartRow *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART_ROW (self), NULL);

  return self->chart;
}
