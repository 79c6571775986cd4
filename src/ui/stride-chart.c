/* stride-chart.c — small charts drawn by the app: lines over time, bars, a day calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-chart.h"

#define PAD_LEFT   36.0
#define PAD_RIGHT  12.0
#define PAD_TOP    24.0
#define PAD_BOTTOM 22.0

typedef struct
{
  char   *label;
  char   *color;
  GArray *x;
  GArray *y;
} Series;

struct _StrideChart
{
  GtkWidget        parent_instance;

  StrideChartKind  kind;
  GPtrArray       *series;
  GStrv            labels;
  gboolean         has_range;
  double           y_min;
  double           y_max;
  GStrv            day_texts;
  int              marked_day;
};

G_DEFINE_FINAL_TYPE (StrideChart, stride_chart, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (StrideChartKind, stride_chart_kind,
                    G_DEFINE_ENUM_VALUE (STRIDE_CHART_LINES, "lines"),
                    G_DEFINE_ENUM_VALUE (STRIDE_CHART_BARS, "bars"),
                    G_DEFINE_ENUM_VALUE (STRIDE_CHART_DAYS, "days"))

enum
{
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->label);
  g_free (series->color);
  g_array_unref (series->x);
  g_array_unref (series->y);
  g_free (series);
}

/* Theme colours (GTK 4.8 reads them from the style context) */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static GdkRGBA
theme_color (StrideChart *self,
             const char  *name)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA color;

  if (name == NULL || !gtk_style_context_lookup_color (context, name, &color))
    gtk_style_context_get_color (context, &color);

  return color;
}

static GdkRGBA
foreground (StrideChart *self,
            double       alpha)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  color.alpha *= alpha;
  return color;
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
draw_text (StrideChart *self,
           cairo_t     *cr,
           const char  *text,
           double       x,
           double       y,
           double       align)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  GdkRGBA color = foreground (self, 0.7);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_move_to (cr, x - align * width, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static int
text_width (StrideChart *self,
            const char  *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  g_object_unref (layout);
  return width;
}

/* The bars' dates, from the newest back, each only where it does not run into the one
 * after it or out of the chart (twelve weekly dates did not fit 1000 px). */
static void
draw_bar_labels (StrideChart *self,
                 cairo_t     *cr,
                 guint        n_bars,
                 double       slot,
                 double       width,
                 double       height)
{
  guint n_labels = self->labels != NULL ? g_strv_length (self->labels) : 0;
  double free_until = width + 8;    /* the left edge of the label drawn last (8 px apart) */

  for (guint i = MIN (n_bars, n_labels); i-- > 0;)
    {
      double centre = PAD_LEFT + slot * i + slot * 0.5;
      double half = text_width (self, self->labels[i]) / 2.0;

      centre = CLAMP (centre, half, width - half);
      if (centre + half > free_until - 8 || centre - half < 0)
        continue;
      draw_text (self, cr, self->labels[i], centre, height - PAD_BOTTOM / 2 + 2, 0.5);
      free_until = centre - half;
    }
}

static void
y_bounds (StrideChart *self,
          double      *min,
          double      *max)
{
  gboolean any = FALSE;

  *min = 0;
  *max = 1;
  if (self->has_range)
    {
      *min = self->y_min;
      *max = self->y_max;
      return;
    }

  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);

      for (guint i = 0; i < series->y->len; i++)
        {
          double v = g_array_index (series->y, double, i);

          *min = any ? MIN (*min, v) : v;
          *max = any ? MAX (*max, v) : v;
          any = TRUE;
        }
    }

  /* The value axis is a range from 0, not a zoom on the data: 1° against 3° must not fill
   * the chart and look dramatic. Values below 0 (a reach short of the toes) extend it. */
  *min = MIN (*min, 0);
  *max = MAX (*max, 0);
  if (*max - *min < 1)
    *max = *min + 1;
}

void
stride_chart_get_y_range (StrideChart *self,
                          double      *min,
                          double      *max)
{
  g_return_if_fail (STRIDE_IS_CHART (self));
  g_return_if_fail (min != NULL && max != NULL);

  y_bounds (self, min, max);
}

static void
x_bounds (StrideChart *self,
          double      *min,
          double      *max)
{
  gboolean any = FALSE;

  *min = 0;
  *max = 1;
  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);

      for (guint i = 0; i < series->x->len; i++)
        {
          double v = g_array_index (series->x, double, i);

          *min = any ? MIN (*min, v) : v;
          *max = any ? MAX (*max, v) : v;
          any = TRUE;
        }
    }

  if (*max - *min < 1)
    {
      *min -= 0.5;
      *max += 0.5;
    }
}

static void
draw_axes (StrideChart *self,
           cairo_t     *cr,
           double       width,
           double       height,
           double       y_min,
           double       y_max)
{
  GdkRGBA grid = foreground (self, 0.15);
  char text[32];

  gdk_cairo_set_source_rgba (cr, &grid);
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 2; i++)
    {
      double y = PAD_TOP + (height - PAD_TOP - PAD_BOTTOM) * i / 2.0;

      cairo_move_to (cr, PAD_LEFT, round (y) + 0.5);
      cairo_line_to (cr, width - PAD_RIGHT, round (y) + 0.5);
    }
  cairo_stroke (cr);

  g_snprintf (text, sizeof text, "%g", round (y_max * 10) / 10);
  draw_text (self, cr, text, PAD_LEFT - 6, PAD_TOP, 1.0);
  g_snprintf (text, sizeof text, "%g", round (y_min * 10) / 10);
  draw_text (self, cr, text, PAD_LEFT - 6, height - PAD_BOTTOM, 1.0);
}

static void
draw_legend (StrideChart *self,
             cairo_t     *cr)
{
  double x = PAD_LEFT;

  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);
      GdkRGBA color = theme_color (self, series->color);
      PangoLayout *layout;
      int w, h;

      if (series->label == NULL)
        continue;
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_rectangle (cr, x, 6, 10, 10);
      cairo_fill (cr);
      draw_text (self, cr, series->label, x + 14, 11, 0.0);
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), series->label);
      pango_layout_get_pixel_size (layout, &w, &h);
      g_object_unref (layout);
      x += 14 + w + 16;
    }
}

static void
draw_lines (StrideChart *self,
            cairo_t     *cr,
            double       width,
            double       height)
{
  double y_min, y_max, x_min, x_max;
  double plot_w = width - PAD_LEFT - PAD_RIGHT;
  double plot_h = height - PAD_TOP - PAD_BOTTOM;

  y_bounds (self, &y_min, &y_max);
  x_bounds (self, &x_min, &x_max);
  draw_axes (self, cr, width, height, y_min, y_max);
  draw_legend (self, cr);

  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);
      GdkRGBA color = theme_color (self, series->color);

      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2.5);
      for (guint i = 0; i < series->y->len; i++)
        {
          double x = PAD_LEFT + plot_w * (g_array_index (series->x, double, i) - x_min) / (x_max - x_min);
          double y = PAD_TOP + plot_h * (1 - (g_array_index (series->y, double, i) - y_min) / (y_max - y_min));

          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);

      for (guint i = 0; i < series->y->len; i++)
        {
          double x = PAD_LEFT + plot_w * (g_array_index (series->x, double, i) - x_min) / (x_max - x_min);
          double y = PAD_TOP + plot_h * (1 - (g_array_index (series->y, double, i) - y_min) / (y_max - y_min));

          cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  /* A single label (one day of data) is that day's, under the middle. */
  if (self->labels != NULL && g_strv_length (self->labels) == 1)
    draw_text (self, cr, self->labels[0], (PAD_LEFT + width - PAD_RIGHT) / 2.0, height - PAD_BOTTOM / 2 + 2, 0.5);
  if (self->labels != NULL && g_strv_length (self->labels) >= 2)
    {
      draw_text (self, cr, self->labels[0], PAD_LEFT, height - PAD_BOTTOM / 2 + 2, 0.0);
      draw_text (self, cr, self->labels[g_strv_length (self->labels) - 1], width - PAD_RIGHT,
                 height - PAD_BOTTOM / 2 + 2, 1.0);
    }
}

static void
draw_bars (StrideChart *self,
           cairo_t     *cr,
           double       width,
           double       height)
{
  Series *series = self->series->len > 0 ? g_ptr_array_index (self->series, 0) : NULL;
  double y_min, y_max, plot_w, plot_h, slot;
  GdkRGBA color;

  y_bounds (self, &y_min, &y_max);
  draw_axes (self, cr, width, height, y_min, y_max);
  if (series == NULL || series->y->len == 0)
    return;

  color = theme_color (self, series->color);
  plot_w = width - PAD_LEFT - PAD_RIGHT;
  plot_h = height - PAD_TOP - PAD_BOTTOM;
  slot = plot_w / series->y->len;
  for (guint i = 0; i < series->y->len; i++)
    {
      double v = g_array_index (series->y, double, i);
      double h = plot_h * (v - y_min) / (y_max - y_min);
      double x = PAD_LEFT + slot * i + slot * 0.15;

      gdk_cairo_set_source_rgba (cr, &color);
      cairo_rectangle (cr, x, PAD_TOP + plot_h - h, slot * 0.7, h);
      cairo_fill (cr);
    }
  draw_bar_labels (self, cr, series->y->len, slot, width, height);
}

/* Where the day dots sit: the side of a cell and the left edge of the grid. */
static gboolean
day_geometry (StrideChart *self,
              double       width,
              double       height,
              double      *cell,
              double      *x0)
{
  Series *series = self->series->len > 0 ? g_ptr_array_index (self->series, 0) : NULL;
  guint n_rows;

  if (series == NULL || series->y->len == 0)
    return FALSE;

  n_rows = (series->y->len + 6) / 7;
  *cell = MIN ((width - 8) / 7.0, (height - PAD_TOP) / n_rows);
  *x0 = (width - *cell * 7) / 2;
  return *cell > 0;
}

/* Weeks in rows (oldest first), Monday to Sunday across. */
static void
draw_days (StrideChart *self,
           cairo_t     *cr,
           double       width,
           double       height)
{
  Series *series = self->series->len > 0 ? g_ptr_array_index (self->series, 0) : NULL;
  GdkRGBA on, off, ring;
  double cell, x0;

  if (!day_geometry (self, width, height, &cell, &x0))
    return;

  on = theme_color (self, series->color);
  off = foreground (self, 0.12);
  ring = foreground (self, 0.8);

  for (guint d = 0; d < 7 && self->labels != NULL && d < g_strv_length (self->labels); d++)
    draw_text (self, cr, self->labels[d], x0 + cell * (d + 0.5), PAD_TOP / 2, 0.5);

  for (guint i = 0; i < series->y->len; i++)
    {
      double cx = x0 + cell * (i % 7 + 0.5);
      double cy = PAD_TOP + cell * (i / 7 + 0.5);

      gdk_cairo_set_source_rgba (cr, g_array_index (series->y, double, i) > 0 ? &on : &off);
      cairo_arc (cr, cx, cy, cell * 0.36, 0, 2 * G_PI);
      cairo_fill (cr);

      /* Today gets a ring outside its dot, so it reads whether filled or not. */
      if ((int) i == self->marked_day)
        {
          gdk_cairo_set_source_rgba (cr, &ring);
          cairo_set_line_width (cr, 2);
          cairo_arc (cr, cx, cy, cell * 0.36 + 3, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }
}

const char * const *
stride_chart_get_labels (StrideChart *self)
{
  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);

  return (const char * const *) self->labels;
}

const char *
stride_chart_get_text_at (StrideChart *self,
                          double       x,
                          double       y)
{
  double cell, x0, col, row;
  guint index;

  g_return_val_if_fail (STRIDE_IS_CHART (self), NULL);

  if (self->kind != STRIDE_CHART_DAYS || self->day_texts == NULL ||
      !day_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)),
                     &cell, &x0))
    return NULL;

  col = (x - x0) / cell;
  row = (y - PAD_TOP) / cell;
  if (col < 0 || col >= 7 || row < 0)
    return NULL;
  index = (guint) row * 7 + (guint) col;
  return index < g_strv_length (self->day_texts) ? self->day_texts[index] : NULL;
}

/* Over a day: that day's date and what happened; elsewhere the chart's summary. */
static gboolean
stride_chart_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  const char *text = keyboard ? NULL : stride_chart_get_text_at (STRIDE_CHART (widget), x, y);

  if (text != NULL && *text != '\0')
    {
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  return GTK_WIDGET_CLASS (stride_chart_parent_class)->query_tooltip (widget, x, y, keyboard, tooltip);
}

static void
stride_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  StrideChart *self = STRIDE_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= PAD_LEFT + PAD_RIGHT || height <= PAD_TOP + PAD_BOTTOM)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  switch (self->kind)
    {
    case STRIDE_CHART_BARS:
      draw_bars (self, cr, width, height);
      break;
    case STRIDE_CHART_DAYS:
      draw_days (self, cr, width, height);
      break;
    case STRIDE_CHART_LINES:
    default:
      draw_lines (self, cr, width, height);
      break;
    }
  cairo_destroy (cr);
}

static void
stride_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  StrideChart *self = STRIDE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 480;
    }
  else if (self->kind == STRIDE_CHART_DAYS)
    {
      Series *series = self->series->len > 0 ? g_ptr_array_index (self->series, 0) : NULL;
      guint rows = series != NULL ? (series->y->len + 6) / 7 : 1;

      *minimum = *natural = PAD_TOP + rows * 36;
    }
  else
    {
      *minimum = 140;
      *natural = 180;
    }
}

static void
stride_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StrideChart *self = STRIDE_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_chart_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  StrideChart *self = STRIDE_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_chart_finalize (GObject *object)
{
  StrideChart *self = STRIDE_CHART (object);

  g_ptr_array_unref (self->series);
  g_strfreev (self->labels);
  g_strfreev (self->day_texts);

  G_OBJECT_CLASS (stride_chart_parent_class)->finalize (object);
}

static void
stride_chart_class_init (StrideChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = stride_chart_get_property;
  object_class->set_property = stride_chart_set_property;
  object_class->finalize = stride_chart_finalize;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, STRIDE_TYPE_CHART_KIND, STRIDE_CHART_LINES,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->snapshot = stride_chart_snapshot;
  widget_class->measure = stride_chart_measure;
  widget_class->query_tooltip = stride_chart_query_tooltip;
  gtk_widget_class_set_css_name (widget_class, "stridechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stride_chart_init (StrideChart *self)
{
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->marked_day = -1;
}

GtkWidget *
stride_chart_new (StrideChartKind kind)
{
  return g_object_new (STRIDE_TYPE_CHART, "kind", kind, NULL);
}

void
stride_chart_clear (StrideChart *self)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  g_ptr_array_set_size (self->series, 0);
  g_clear_pointer (&self->labels, g_strfreev);
  g_clear_pointer (&self->day_texts, g_strfreev);
  self->has_range = FALSE;
  self->marked_day = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
stride_chart_set_y_range (StrideChart *self,
                          double       min,
                          double       max)
{
  g_return_if_fail (STRIDE_IS_CHART (self));
  g_return_if_fail (max > min);

  self->has_range = TRUE;
  self->y_min = min;
  self->y_max = max;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stride_chart_add_series (StrideChart  *self,
                         const char   *label,
                         const char   *color,
                         const double *x,
                         const double *y,
                         guint         n)
{
  Series *series;

  g_return_if_fail (STRIDE_IS_CHART (self));
  g_return_if_fail (y != NULL || n == 0);

  series = g_new0 (Series, 1);
  series->label = g_strdup (label);
  series->color = g_strdup (color);
  series->x = g_array_new (FALSE, FALSE, sizeof (double));
  series->y = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < n; i++)
    {
      double xi = x != NULL ? x[i] : i;

      g_array_append_val (series->x, xi);
      g_array_append_val (series->y, y[i]);
    }
  g_ptr_array_add (self->series, series);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
stride_chart_set_labels (StrideChart        *self,
                         const char * const *labels)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  g_strfreev (self->labels);
  self->labels = g_strdupv ((char **) labels);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
stride_chart_set_summary (StrideChart *self,
                          const char  *summary)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

void
stride_chart_set_day_texts (StrideChart        *self,
                            const char * const *texts)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  g_strfreev (self->day_texts);
  self->day_texts = g_strdupv ((char **) texts);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

void
stride_chart_set_marked_day (StrideChart *self,
                             int          index)
{
  g_return_if_fail (STRIDE_IS_CHART (self));

  self->marked_day = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
