/* stride-body-map-labels.c — the bony landmarks: their markers, where their labels go
 * without covering each other or what they name, and what the screen reader is told
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "stride-body-map-private.h"

/* Landmark labels, as in an anatomy atlas: in a column on either side of the body, each
 * joined to its marker by a thin leader line, so that no label covers the anatomy, a
 * region, a marker or another label. A name too long for its column wraps (up to three
 * lines) or is shortened (stride_body_atlas_landmark_short_name); a label that still does
 * not fit is left out, the later (secondary) landmarks first, and so is its marker: the
 * map draws no landmark it does not name. The screen reader hears every landmark of the
 * view in the map's description. */

#define LABEL_PAD       2.0       /* pixels of plate around a label's text */
#define LABEL_GAP       4.0       /* pixels between the body and a column of labels */
#define LABEL_EDGE      1.0       /* pixels between a column and the map's edge */
#define LABEL_SPACING   6.0       /* pixels between labels in a column: two stacked
                                     labels of two lines must not read as one */
#define LABEL_MAX_LINES 3

typedef struct
{
  const StrideAtlasLandmark *landmark;  /* the copy whose marker the label points at */
  const char                *text;      /* the name, or its short form */
  int                        wrap;      /* the text's width in Pango units */
  gboolean                   right;     /* in the column right of the body */
  graphene_point_t           marker;    /* widget coordinates */
  graphene_rect_t            plate;     /* widget coordinates, the plate behind the text */
} LandmarkLabel;

double
_stride_body_map_marker_radius (const Transform *t)
{
  return MAX (2.5, t->scale * 0.75);
}

/* Whether the map shows places to tap (the symptom checker's pain map: regions without a
 * kind) rather than the anatomy itself. */
static gboolean
map_of_places (StrideBodyMap *self)
{
  for (guint i = 0; i < self->regions->len; i++)
    {
      const Region *region = g_ptr_array_index (self->regions, i);

      if (region->kind == NULL && _stride_body_map_region_shown (region, self->view, self->layer))
        return TRUE;
    }

  return FALSE;
}

static graphene_point_t
to_widget (const Transform *t,
           StridePoint      point)
{
  return GRAPHENE_POINT_INIT (t->dx + point.x * t->scale, t->dy + point.y * t->scale);
}

/* The silhouette's left and right edges in widget coordinates. */
static void
body_extents (StrideBodyMap   *self,
              const Transform *t,
              double          *left,
              double          *right)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double x0, y0, x1, y1;

  stride_body_atlas_trace_silhouette (cr, self->view);
  cairo_fill_extents (cr, &x0, &y0, &x1, &y1);
  *left = t->dx + x0 * t->scale;
  *right = t->dx + x1 * t->scale;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static PangoLayout *
create_label_layout (StrideBodyMap *self,
                     const char    *text,
                     int            wrap)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, wrap);
  return layout;
}

#define SOFT_HYPHEN "\xc2\xad"

/* Whether WORD fits a column WIDTH pixels wide: as a whole, or broken at its soft hyphens
 * (a translation may mark where a long compound breaks, e.g. "Scham­bein­höcker"), each
 * piece but the last with the hyphen Pango then shows. */
static gboolean
word_fits (StrideBodyMap *self,
           const char    *word,
           double         width)
{
  g_auto(GStrv) pieces = g_strsplit (word, SOFT_HYPHEN, -1);

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autofree char *piece = g_strconcat (pieces[i], pieces[i + 1] != NULL ? "-" : "", NULL);
      g_autoptr(PangoLayout) layout = create_label_layout (self, piece, -1);
      PangoRectangle logical;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      if (logical.width > width)
        return FALSE;
    }

  return TRUE;
}

/* Whether TEXT fits a column WIDTH pixels wide: no word wider than the column, at most
 * LABEL_MAX_LINES lines. SIZE is the wrapped text's size. */
static gboolean
text_fits (StrideBodyMap   *self,
           const char      *text,
           double           width,
           PangoRectangle  *size)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(PangoLayout) layout = NULL;

  if (width <= 0)
    return FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    if (!word_fits (self, words[i], width))
      return FALSE;

  layout = create_label_layout (self, text, (int) (width * PANGO_SCALE));
  pango_layout_get_pixel_extents (layout, NULL, size);
  return pango_layout_get_line_count (layout) <= LABEL_MAX_LINES;
}

/* The copy of LANDMARK (the one carrying the label) on the side RIGHT, if it has one. */
static const StrideAtlasLandmark *
copy_on_side (GPtrArray                 *landmarks,
              const StrideAtlasLandmark *landmark,
              gboolean                   right)
{
  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *copy = g_ptr_array_index (landmarks, i);

      if (copy->id == landmark->id && (copy->point.x > 50) == right && copy->point.x != 50)
        return copy;
    }

  return landmark;
}

/* A label in its column, at the height of its marker for now; FALSE if it does not fit. */
static gboolean
make_label (StrideBodyMap             *self,
            const Transform           *t,
            GPtrArray                 *landmarks,
            const StrideAtlasLandmark *landmark,
            double                     column_left,
            double                     column_right,
            LandmarkLabel             *label)
{
  gboolean right = !landmark->label_left;
  double x0 = right ? column_right : LABEL_EDGE;
  double x1 = right ? gtk_widget_get_width (GTK_WIDGET (self)) - LABEL_EDGE : column_left;
  double width = x1 - x0 - 2 * LABEL_PAD;
  const char *text = stride_body_atlas_landmark_name (landmark->id);
  const char *short_text = stride_body_atlas_landmark_short_name (landmark->id);
  PangoRectangle size;

  if (!text_fits (self, text, width, &size))
    {
      if (short_text == NULL || !text_fits (self, short_text, width, &size))
        return FALSE;
      text = short_text;
    }

  label->landmark = copy_on_side (landmarks, landmark, right);
  label->text = text;
  label->wrap = (int) (width * PANGO_SCALE);
  label->right = right;
  label->marker = to_widget (t, label->landmark->point);
  label->plate = GRAPHENE_RECT_INIT (right ? x0 : x1 - size.width - 2 * LABEL_PAD,
                                     label->marker.y - size.height / 2.0,
                                     size.width + 2 * LABEL_PAD, size.height);
  return TRUE;
}

static int
compare_marker_height (gconstpointer a,
                       gconstpointer b)
{
  const LandmarkLabel *la = a, *lb = b;

  return (la->marker.y > lb->marker.y) - (la->marker.y < lb->marker.y);
}

/* Moves the labels of one column apart, top to bottom, and leaves out those that would
 * then run off the map. */
static void
stack_column (GArray *column,
              double  height)
{
  double next_top = LABEL_EDGE;

  g_array_sort (column, compare_marker_height);
  for (guint i = 0; i < column->len; i++)
    {
      LandmarkLabel *label = &g_array_index (column, LandmarkLabel, i);

      label->plate.origin.y = MAX (label->plate.origin.y, next_top);
      if (label->plate.origin.y + label->plate.size.height > height - LABEL_EDGE)
        {
          g_array_set_size (column, i);
          break;
        }
      next_top = label->plate.origin.y + label->plate.size.height + LABEL_SPACING;
    }
}

/* The labels of the view, in the atlas's order (its main landmarks first). */
GArray *
_stride_body_map_layout_labels (StrideBodyMap   *self,
                                const Transform *t)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (LandmarkLabel));
  g_autoptr(GArray) left = g_array_new (FALSE, FALSE, sizeof (LandmarkLabel));
  g_autoptr(GArray) right = g_array_new (FALSE, FALSE, sizeof (LandmarkLabel));
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double body_left, body_right;

  if (t->scale <= 0)
    return labels;

  body_extents (self, t, &body_left, &body_right);
  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);
      LandmarkLabel label;

      if (landmark->label &&
          make_label (self, t, landmarks, landmark, body_left - LABEL_GAP, body_right + LABEL_GAP, &label))
        g_array_append_val (label.right ? right : left, label);
    }

  stack_column (left, height);
  stack_column (right, height);
  g_array_append_vals (labels, left->data, left->len);
  g_array_append_vals (labels, right->data, right->len);
  return labels;
}

/* Whether LANDMARK's marker is drawn: it is labelled, or, on the anatomy map, it is the
 * mirror image of a labelled one (named by its tooltip). A pain map draws only the
 * markers it labels. */
static gboolean
marker_drawn (const StrideAtlasLandmark *landmark,
              GArray                    *labels,
              gboolean                   places)
{
  for (guint i = 0; i < labels->len; i++)
    {
      const LandmarkLabel *label = &g_array_index (labels, LandmarkLabel, i);

      if (label->landmark == landmark || (!places && label->landmark->id == landmark->id))
        return TRUE;
    }

  return FALSE;
}

gboolean
_stride_body_map_landmark_drawn (StrideBodyMap             *self,
                                 const StrideAtlasLandmark *landmark)
{
  Transform t = _stride_body_map_get_transform (self);
  g_autoptr(GArray) labels = _stride_body_map_layout_labels (self, &t);

  return marker_drawn (landmark, labels, map_of_places (self));
}

static void
draw_label (StrideBodyMap       *self,
            cairo_t             *cr,
            const Transform     *t,
            const Palette       *palette,
            const LandmarkLabel *label)
{
  g_autoptr(PangoLayout) layout = create_label_layout (self, label->text, label->wrap);
  double radius = _stride_body_map_marker_radius (t);
  double plate_x = label->right ? label->plate.origin.x : label->plate.origin.x + label->plate.size.width;
  double plate_y = label->plate.origin.y + label->plate.size.height / 2;
  double angle = atan2 (label->marker.y - plate_y, label->marker.x - plate_x);

  /* The leader line, from the plate to the marker's ring. */
  cairo_new_path (cr);
  cairo_move_to (cr, plate_x, plate_y);
  cairo_line_to (cr, label->marker.x - radius * cos (angle), label->marker.y - radius * sin (angle));
  _stride_body_map_set_source (cr, &palette->fg, 0.7);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  cairo_new_path (cr);
  cairo_rectangle (cr, label->plate.origin.x, label->plate.origin.y, label->plate.size.width, label->plate.size.height);
  /* Opaque: a plate stands on the page, beside the body, and is the page's colour. */
  _stride_body_map_set_source (cr, &palette->bg, 1.0);
  cairo_fill (cr);
  pango_layout_set_alignment (layout, label->right ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  pango_layout_set_width (layout, (int) ((label->plate.size.width - 2 * LABEL_PAD) * PANGO_SCALE));
  cairo_move_to (cr, label->plate.origin.x + LABEL_PAD, label->plate.origin.y);
  _stride_body_map_set_source (cr, &palette->fg, 1.0);
  pango_cairo_show_layout (cr, layout);
}

/* Landmarks: a ring on the bone, and a label on a plate of the background colour. */
void
_stride_body_map_draw_landmarks (StrideBodyMap   *self,
                                 cairo_t         *cr,
                                 const Transform *t,
                                 const Palette   *palette)
{
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  g_autoptr(GArray) labels = _stride_body_map_layout_labels (self, t);
  gboolean places = map_of_places (self);
  double radius = _stride_body_map_marker_radius (t);

  for (guint i = 0; i < labels->len; i++)
    draw_label (self, cr, t, palette, &g_array_index (labels, LandmarkLabel, i));

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);
      graphene_point_t marker = to_widget (t, landmark->point);

      if (!marker_drawn (landmark, labels, places))
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, marker.x, marker.y, radius, 0, 2 * G_PI);
      _stride_body_map_set_source (cr, &palette->bone, 1.0);
      cairo_fill_preserve (cr);
      _stride_body_map_set_source (cr, &palette->fg, 0.85);
      cairo_set_line_width (cr, MAX (1.2, radius * 0.45));
      cairo_stroke (cr);
    }
}

/* The landmarks drawn in the current view, named once each, for the description. */
char *
_stride_body_map_landmark_list (StrideBodyMap *self)
{
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (self->view);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);

      if (!landmark->label)
        continue;
      if (list->len > 0)
        /* Translators: between the names in a list of landmarks */
        g_string_append (list, _(", "));
      g_string_append (list, stride_body_atlas_landmark_name (landmark->id));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

GArray *
stride_body_map_dup_label_plates (StrideBodyMap *self)
{
  Transform t;
  g_autoptr(GArray) labels = NULL;
  GArray *plates;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  t = _stride_body_map_get_transform (self);
  labels = _stride_body_map_layout_labels (self, &t);
  plates = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  for (guint i = 0; i < labels->len; i++)
    g_array_append_val (plates, g_array_index (labels, LandmarkLabel, i).plate);

  return plates;
}

GStrv
stride_body_map_dup_label_texts (StrideBodyMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) labels = NULL;
  Transform t;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  t = _stride_body_map_get_transform (self);
  labels = _stride_body_map_layout_labels (self, &t);
  for (guint i = 0; i < labels->len; i++)
    g_strv_builder_add (builder, g_array_index (labels, LandmarkLabel, i).text);

  return g_strv_builder_end (builder);
}

GStrv
stride_body_map_dup_labelled_landmarks (StrideBodyMap *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) labels = NULL;
  Transform t;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  t = _stride_body_map_get_transform (self);
  labels = _stride_body_map_layout_labels (self, &t);
  for (guint i = 0; i < labels->len; i++)
    g_strv_builder_add (builder, g_array_index (labels, LandmarkLabel, i).landmark->id);

  return g_strv_builder_end (builder);
}

GArray *
stride_body_map_dup_landmark_points (StrideBodyMap *self)
{
  GPtrArray *landmarks;
  g_autoptr(GArray) labels = NULL;
  gboolean places;
  Transform t;
  GArray *points;

  g_return_val_if_fail (STRIDE_IS_BODY_MAP (self), NULL);

  t = _stride_body_map_get_transform (self);
  labels = _stride_body_map_layout_labels (self, &t);
  places = map_of_places (self);
  landmarks = stride_body_atlas_get_landmarks (self->view);
  points = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);
      graphene_point_t point = to_widget (&t, landmark->point);

      if (marker_drawn (landmark, labels, places))
        g_array_append_val (points, point);
    }

  return points;
}
