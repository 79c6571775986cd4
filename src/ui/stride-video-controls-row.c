/* stride-video-controls-row.c — the video's buttons with the chapter label between them,
 * or under them when the row is too narrow for it
 *
 * The label names the part of the video playing ("Hold", "Result to Note"). It sits
 * between the play buttons and the speed button while the longest name fits there on
 * one line, and under the buttons, as wide as the row, when not: at 360 px the gap the
 * buttons leave is a few letters wide and the names were cut to "…". Which of the two
 * depends on the row's width and the longest name, never on the name shown, so the row
 * keeps its height as the video goes from part to part. A longer text (a chapter title
 * of a pack's own video) wraps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-video-controls-row.h"

#define SPACING 6

struct _StrideVideoControlsRow
{
  GtkWidget   parent_instance;

  /* Borrowed references */
  GtkWidget  *label;            /* one of the children */

  /* Owned */
  GStrv       texts;
};

G_DEFINE_FINAL_TYPE (StrideVideoControlsRow, stride_video_controls_row, GTK_TYPE_WIDGET)

/* The widths of the children other than the label, with the gaps between them. */
static void
measure_buttons_width (StrideVideoControlsRow *self,
                       int                    *minimum,
                       int                    *natural)
{
  int n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (child == self->label || !gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
      *minimum += child_min;
      *natural += child_nat;
      n++;
    }
  *minimum += SPACING * MAX (n - 1, 0);
  *natural += SPACING * MAX (n - 1, 0);
}

/* The width the longest name takes on one line, in the label's font. */
static int
longest_text_width (StrideVideoControlsRow *self)
{
  g_autoptr(PangoLayout) layout = NULL;
  int widest = 0;

  if (self->texts == NULL)
    return 0;
  layout = gtk_widget_create_pango_layout (self->label, NULL);
  for (guint i = 0; self->texts[i] != NULL; i++)
    {
      int width;

      pango_layout_set_text (layout, self->texts[i], -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

/* The room left for the label between the buttons in a row WIDTH wide. */
static int
label_slot_width (StrideVideoControlsRow *self,
                  int                     width)
{
  int buttons_min, buttons_nat;

  measure_buttons_width (self, &buttons_min, &buttons_nat);
  return width - buttons_nat - SPACING;
}

static gboolean
label_fits_inline (StrideVideoControlsRow *self,
                   int                     width)
{
  /* A pixel spare: rounded to whole pixels, a name exactly as wide as the room could wrap. */
  return label_slot_width (self, width) > longest_text_width (self);
}

static gboolean
has_label (StrideVideoControlsRow *self)
{
  return self->label != NULL && gtk_widget_should_layout (self->label);
}

static GtkSizeRequestMode
stride_video_controls_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
measure_width (StrideVideoControlsRow *self,
               int                    *minimum,
               int                    *natural)
{
  int label_min = 0;

  measure_buttons_width (self, minimum, natural);
  if (!has_label (self))
    return;
  /* The least is the buttons alone (the label goes under them); the natural width has
   * the longest name beside them. */
  gtk_widget_measure (self->label, GTK_ORIENTATION_HORIZONTAL, -1, &label_min, NULL, NULL, NULL);
  *minimum = MAX (*minimum, label_min);
  *natural += SPACING + longest_text_width (self) + 1;
}

/* The height of the buttons' line. */
static void
measure_buttons_height (StrideVideoControlsRow *self,
                        int                    *minimum,
                        int                    *natural)
{
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (child == self->label || !gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
measure_height (StrideVideoControlsRow *self,
                int                     width,
                int                    *minimum,
                int                    *natural)
{
  int label_min, label_nat, unused;

  measure_buttons_height (self, minimum, natural);
  if (!has_label (self))
    return;
  if (width < 0)
    measure_width (self, &unused, &width);

  if (label_fits_inline (self, width))
    {
      gtk_widget_measure (self->label, GTK_ORIENTATION_VERTICAL, label_slot_width (self, width),
                          &label_min, &label_nat, NULL, NULL);
      *minimum = MAX (*minimum, label_min);
      *natural = MAX (*natural, label_nat);
    }
  else
    {
      gtk_widget_measure (self->label, GTK_ORIENTATION_VERTICAL, width, &label_min, &label_nat, NULL, NULL);
      *minimum += label_min;
      *natural += label_nat;
    }
}

static void
stride_video_controls_row_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  StrideVideoControlsRow *self = STRIDE_VIDEO_CONTROLS_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    measure_width (self, minimum, natural);
  else
    measure_height (self, for_size, minimum, natural);
}

/* CHILD at X from the row's start (its right edge in a right-to-left language). */
static void
allocate_child (GtkWidget *row,
                int        row_width,
                GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  if (gtk_widget_get_direction (row) == GTK_TEXT_DIR_RTL)
    x = row_width - x - width;
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MAX (width, 0), MAX (height, 0) }, -1);
}

static void
stride_video_controls_row_size_allocate (GtkWidget *widget,
                                         int        width,
                                         int        height,
                                         int        baseline)
{
  StrideVideoControlsRow *self = STRIDE_VIDEO_CONTROLS_ROW (widget);
  gboolean inline_label = has_label (self) && label_fits_inline (self, width);
  int line = height, unused, start = 0, end = width;

  if (has_label (self) && !inline_label)
    measure_buttons_height (self, &unused, &line);

  /* The buttons before the label from the start, those after it from the end. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && child != self->label;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      allocate_child (widget, width, child, start, 0, child_width, line);
      start += child_width + SPACING;
    }
  for (GtkWidget *child = gtk_widget_get_last_child (widget); self->label != NULL && child != self->label;
       child = gtk_widget_get_prev_sibling (child))
    {
      int child_width;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      end -= child_width;
      allocate_child (widget, width, child, end, 0, child_width, line);
      end -= SPACING;
    }

  if (inline_label)
    allocate_child (widget, width, self->label, start, 0, end - start, height);
  else if (has_label (self))
    allocate_child (widget, width, self->label, 0, line, width, height - line);
}

static void
stride_video_controls_row_dispose (GObject *object)
{
  StrideVideoControlsRow *self = STRIDE_VIDEO_CONTROLS_ROW (object);
  GtkWidget *child;

  self->label = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->texts, g_strfreev);

  G_OBJECT_CLASS (stride_video_controls_row_parent_class)->dispose (object);
}

static void
stride_video_controls_row_class_init (StrideVideoControlsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_video_controls_row_dispose;
  widget_class->get_request_mode = stride_video_controls_row_get_request_mode;
  widget_class->measure = stride_video_controls_row_measure;
  widget_class->size_allocate = stride_video_controls_row_size_allocate;
}

static void
stride_video_controls_row_init (StrideVideoControlsRow *self)
{
}

void
stride_video_controls_row_set_label (StrideVideoControlsRow *self,
                                     GtkWidget              *label,
                                     const char * const     *texts)
{
  g_return_if_fail (STRIDE_IS_VIDEO_CONTROLS_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (label) && gtk_widget_get_parent (label) == GTK_WIDGET (self));

  self->label = label;
  g_strfreev (self->texts);
  self->texts = g_strdupv ((char **) texts);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
