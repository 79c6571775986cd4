/* stride-body-map-private.h — what the files of StrideBodyMap share
 *
 * The widget is split by responsibility: stride-body-map.c (the object, its state and
 * public API), -geometry.c (the regions' shapes in the box), -draw.c (painting),
 * -labels.c (the landmarks and their labels), -input.c (pointer and keyboard), -list.c
 * (the region list for screen readers) and -legend.c (the colour key).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "stride-body-atlas.h"
#include "stride-body-map.h"

G_BEGIN_DECLS

/* The part of the 100 × 100 box that the silhouette occupies, with a margin. */
#define BOX_X0 18.0
#define BOX_Y0 -3.0
#define BOX_W  64.0
#define BOX_H  106.0

/* The widest the front and back silhouettes are, in box units (24 to 76). */
#define BODY_W 52.0

/* A map this many pixels per box unit or more labels its landmarks; on a map wide enough,
 * the body is drawn smaller, down to that scale, to leave LABEL_COLUMN pixels for a
 * column of labels on either side. */
/* The least height a map asks for, and the most it asks for when there is room: at the
 * natural height the figure is as large as a page beside its questions wants it. */
#define MIN_HEIGHT     200
#define NATURAL_HEIGHT 430

#define LABEL_MIN_SCALE 2.8
#define LABEL_COLUMN    88.0

typedef struct
{
  StrideView   view;
  StrideLayer  layer;
  GArray      *points;            /* StridePoint */
  guint        n_fibres;          /* 0 or 4: origin edge, then insertion edge */
  StridePoint  fibres[4];
} MapShape;

typedef struct
{
  char     *id;
  char     *name;
  char     *kind;                 /* muscle, joint, … (StrideStructure kinds) or NULL: an area */
  GArray   *shapes;               /* MapShape, mirrored copies included */
  gboolean  selected;
  char     *mark;
} Region;

struct _StrideBodyMap
{
  GtkWidget                   parent_instance;

  /* Owned references */
  GPtrArray                  *regions;        /* Region, in the order added */
  GHashTable                 *region_by_id;   /* borrowed Region */
  GPtrArray                  *backdrop;       /* Region: anatomy drawn under areas */

  /* State */
  StrideView                  view;
  StrideLayer                 layer;
  StrideBodyMapSelectionMode  selection_mode;
  gboolean                    fit_to_width;
  Region                     *focus;          /* borrowed, may be NULL */
  Region                     *hover;          /* borrowed, may be NULL */
};

/* The box is scaled uniformly and centred in the widget: widget = d + box × scale. */
typedef struct
{
  double scale;
  double dx;
  double dy;
} Transform;

typedef struct
{
  GdkRGBA fg;
  GdkRGBA bg;
  GdkRGBA accent;
  GdkRGBA warning;
  GdkRGBA error;
  GdkRGBA skin;
  GdkRGBA bone;
  GdkRGBA bone_line;
  GdkRGBA muscle;
  GdkRGBA fibre;
  GdkRGBA tendon;
  GdkRGBA joint;
  GdkRGBA nerve;
} Palette;

/* stride-body-map.c: state */
Region     *_stride_body_map_find_region              (StrideBodyMap    *self,
                                                       const char       *id);
void        _stride_body_map_set_focus                (StrideBodyMap    *self,
                                                       Region           *region);
void        _stride_body_map_set_hover                (StrideBodyMap    *self,
                                                       Region           *region);
void        _stride_body_map_update_accessible_label  (StrideBodyMap    *self);

/* stride-body-map-geometry.c */
void        _stride_body_map_region_free              (gpointer          data);
GArray     *_stride_body_map_copy_shapes              (GPtrArray        *shapes);
gboolean    _stride_body_map_region_in_view           (const Region     *region,
                                                       StrideView        view);
gboolean    _stride_body_map_region_shown             (const Region     *region,
                                                       StrideView        view,
                                                       StrideLayer       layer);
StridePoint _stride_body_map_region_anchor            (const Region     *region,
                                                       StrideView        view,
                                                       StrideLayer       layer);
void        _stride_body_map_trace_region             (cairo_t          *cr,
                                                       const Region     *region,
                                                       StrideView        view,
                                                       StrideLayer       layer);
gboolean    _stride_body_map_region_contains          (const Region     *region,
                                                       StrideView        view,
                                                       StrideLayer       layer,
                                                       double            x,
                                                       double            y);
int         _stride_body_map_compare_area_cb          (gconstpointer     a,
                                                       gconstpointer     b,
                                                       gpointer          user_data);
int         _stride_body_map_compare_reading_order_cb (gconstpointer     a,
                                                       gconstpointer     b,
                                                       gpointer          user_data);
GPtrArray  *_stride_body_map_regions_sorted           (StrideBodyMap    *self,
                                                       GCompareDataFunc  compare);
Transform   _stride_body_map_get_transform            (StrideBodyMap    *self);

/* stride-body-map-draw.c */
Palette     _stride_body_map_get_palette              (StrideBodyMap    *self);
void        _stride_body_map_set_source               (cairo_t          *cr,
                                                       const GdkRGBA    *colour,
                                                       double            alpha);
/* How tissue KIND is drawn (muscle, tendon, joint, nerve, bone); anything else is an area. */
void        _stride_body_map_tissue_colours           (const Palette    *palette,
                                                       const char       *kind,
                                                       const GdkRGBA   **fill,
                                                       const GdkRGBA   **line);
void        _stride_body_map_push_box                 (cairo_t          *cr,
                                                       const Transform  *t);
void        _stride_body_map_snapshot                 (GtkWidget        *widget,
                                                       GtkSnapshot      *snapshot);
void        _stride_body_map_measure                  (GtkWidget        *widget,
                                                       GtkOrientation    orientation,
                                                       int               for_size,
                                                       int              *minimum,
                                                       int              *natural,
                                                       int              *minimum_baseline,
                                                       int              *natural_baseline);
GtkSizeRequestMode _stride_body_map_get_request_mode  (GtkWidget        *widget);

/* stride-body-map-labels.c */
double      _stride_body_map_marker_radius            (const Transform  *t);
GArray     *_stride_body_map_layout_labels            (StrideBodyMap    *self,
                                                       const Transform  *t);
void        _stride_body_map_draw_landmarks           (StrideBodyMap    *self,
                                                       cairo_t          *cr,
                                                       const Transform  *t,
                                                       const Palette    *palette);
char       *_stride_body_map_landmark_list            (StrideBodyMap    *self);
gboolean    _stride_body_map_landmark_drawn           (StrideBodyMap    *self,
                                                       const StrideAtlasLandmark *landmark);

/* stride-body-map-input.c */
Region     *_stride_body_map_region_at                (StrideBodyMap    *self,
                                                       double            widget_x,
                                                       double            widget_y);
const char *_stride_body_map_landmark_at              (StrideBodyMap    *self,
                                                       double            x,
                                                       double            y);
Region     *_stride_body_map_next_in_order            (StrideBodyMap    *self,
                                                       int               step);
gboolean    _stride_body_map_focus                    (GtkWidget        *widget,
                                                       GtkDirectionType  direction);
void        _stride_body_map_move_focus_action        (GtkWidget        *widget,
                                                       const char       *action_name,
                                                       GVariant         *parameter);
void        _stride_body_map_activate_focus_action    (GtkWidget        *widget,
                                                       const char       *action_name,
                                                       GVariant         *parameter);
void        _stride_body_map_motion_cb                (GtkEventControllerMotion *controller,
                                                       double            x,
                                                       double            y,
                                                       StrideBodyMap    *self);
void        _stride_body_map_leave_cb                 (GtkEventControllerMotion *controller,
                                                       StrideBodyMap    *self);
void        _stride_body_map_released_cb              (GtkGestureClick  *gesture,
                                                       int               n_press,
                                                       double            x,
                                                       double            y,
                                                       StrideBodyMap    *self);
void        _stride_body_map_focus_changed_cb         (StrideBodyMap    *self);
gboolean    _stride_body_map_query_tooltip            (GtkWidget        *widget,
                                                       int               x,
                                                       int               y,
                                                       gboolean          keyboard_mode,
                                                       GtkTooltip       *tooltip);

G_END_DECLS
