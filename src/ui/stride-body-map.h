/* stride-body-map.h — a drawn anatomical map of the pelvis and thighs, from the front, the
 * back or the side, in two layers, whose regions can be hovered, selected, marked and
 * activated
 *
 * Regions are added by id with a name and body map shapes (docs/content-schema.md, "Body
 * map shapes"): a structure, a location answer, anything with shapes. A region may have
 * shapes in one view or both; mirrored shapes are drawn on both sides of the body and
 * belong to the same region. Each shape lies in a layer: the surface, or the deep layer
 * shown once the surface muscles are peeled away (their outlines stay, dashed). Only the
 * regions of the current view and layer are drawn, hovered, focused and clicked; a marked
 * region that lies only in the other layer shows through, dashed.
 *
 * Under the regions every map draws the skin, the bones and the bony landmarks (iliac
 * crest, ASIS, greater trochanter, sit bone, sacrum, pubic symphysis and tubercle), each
 * labelled in a column beside the body with a leader line; a landmark there is no room to
 * label is not drawn. A region given a structure kind is drawn as that tissue (a muscle
 * with its fibres); a region without one is an area, tinted over the anatomy.
 *
 * Pointer: hover highlights a region (and shows its name as a tooltip), a click activates
 * it. Keyboard: the map is focusable; Tab / Shift+Tab and the arrow keys move among the
 * regions of the current view (Tab leaves the map after the last one), Enter or Space
 * activates the focused region. Activating a region toggles (multiple) or sets (single)
 * the selection, then emits "region-activated".
 *
 * GTK 4.8 cannot expose drawn regions to screen readers: always show the list that
 * stride_body_map_create_region_list() makes beside or below the map. It offers the same
 * regions as named rows that activate and (in a selection mode) toggle them, and it stays
 * in sync with the map.
 *
 * Colours come from the style (the foreground colour and libadwaita's named colours), so
 * dark mode and high contrast follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "stride-content.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_BODY_MAP_SELECTION_NONE,      /* regions are only activated (e.g. open a page) */
  STRIDE_BODY_MAP_SELECTION_SINGLE,    /* at most one selected region */
  STRIDE_BODY_MAP_SELECTION_MULTIPLE,  /* activating toggles a region */
} StrideBodyMapSelectionMode;

/* Mark kinds with their own colour; any other string is drawn like "highlight". */
#define STRIDE_BODY_MAP_MARK_PAIN      "pain"       /* @error_color */
#define STRIDE_BODY_MAP_MARK_FINDING   "finding"    /* @warning_color */
#define STRIDE_BODY_MAP_MARK_HIGHLIGHT "highlight"  /* @accent_color */

#define STRIDE_TYPE_BODY_MAP_SELECTION_MODE (stride_body_map_selection_mode_get_type ())
#define STRIDE_TYPE_BODY_MAP_VIEW           (stride_body_map_view_get_type ())
#define STRIDE_TYPE_BODY_MAP_LAYER          (stride_body_map_layer_get_type ())
#define STRIDE_TYPE_BODY_MAP                (stride_body_map_get_type ())

GType stride_body_map_selection_mode_get_type (void) G_GNUC_CONST;
/* StrideView (stride-content.h) as a GType, for the "view" property. */
GType stride_body_map_view_get_type           (void) G_GNUC_CONST;
/* StrideLayer (stride-content.h) as a GType, for the "layer" property. */
GType stride_body_map_layer_get_type          (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (StrideBodyMap, stride_body_map, STRIDE, BODY_MAP, GtkWidget)

GtkWidget                  *stride_body_map_new                (void);

/* Property "view" (StrideView): which side of the body is shown. */
StrideView                  stride_body_map_get_view           (StrideBodyMap  *self);
void                        stride_body_map_set_view           (StrideBodyMap  *self,
                                                                StrideView      view);

/* Property "layer" (StrideLayer): the surface, or what lies under it. */
StrideLayer                 stride_body_map_get_layer          (StrideBodyMap  *self);
void                        stride_body_map_set_layer          (StrideBodyMap  *self,
                                                                StrideLayer     layer);

/* Property "selection-mode". Changing it clears the selection. */
StrideBodyMapSelectionMode  stride_body_map_get_selection_mode (StrideBodyMap  *self);
void                        stride_body_map_set_selection_mode (StrideBodyMap  *self,
                                                                StrideBodyMapSelectionMode mode);

/* Property "fit-to-width": whether the map asks, as its least height too, the height its
 * figure needs at its width (up to the natural height of a map, 430 px). Set it on a map
 * in a scrolling page: a scroller gives its content only the least height it asks, and
 * a fixed height would leave empty bands above and below the figure on a narrow page. */
gboolean                    stride_body_map_get_fit_to_width   (StrideBodyMap  *self);
void                        stride_body_map_set_fit_to_width   (StrideBodyMap  *self,
                                                                gboolean        fit);

/* Regions. SHAPES is a GPtrArray of StrideShape; the map copies what it needs, so the
 * content may go away afterwards. Adding an id that exists replaces its name and shapes
 * and keeps its selection and mark. Regions keep the order they were added in (the order
 * of the region list); keyboard focus moves in reading order on the map. */
void                        stride_body_map_add_region         (StrideBodyMap  *self,
                                                                const char     *id,
                                                                const char     *name,
                                                                GPtrArray      *shapes);
void                        stride_body_map_remove_all_regions (StrideBodyMap  *self);
gboolean                    stride_body_map_has_region         (StrideBodyMap  *self,
                                                                const char     *id);
/* Whether region ID has a shape in VIEW (in either layer). */
gboolean                    stride_body_map_region_in_view     (StrideBodyMap  *self,
                                                                const char     *id,
                                                                StrideView      view);
const char                 *stride_body_map_get_region_name    (StrideBodyMap  *self,
                                                                const char     *id);
/* KIND is a structure kind (muscle, tendon, fascia, joint, bone, nerve): region ID is drawn
 * as that tissue. NULL (the default) draws it as an area over the anatomy. */
void                        stride_body_map_set_region_kind    (StrideBodyMap  *self,
                                                                const char     *id,
                                                                const char     *kind);
/* STRUCTURES (GPtrArray of StrideStructure, or NULL): anatomy drawn, muted and not
 * interactive, under the regions, e.g. under the places of a pain map. Copied. */
void                        stride_body_map_set_backdrop       (StrideBodyMap  *self,
                                                                GPtrArray      *structures);
/* Whether region ID is drawn, focusable and clickable in the current view and layer. */
gboolean                    stride_body_map_region_shown       (StrideBodyMap  *self,
                                                                const char     *id);
/* Paths as drawn, in the 100 × 100 box (the caller sets the transform): region ID's
 * shapes in the current view and layer, and the silhouette of the current view. */
void                        stride_body_map_trace_region       (StrideBodyMap  *self,
                                                                cairo_t        *cr,
                                                                const char     *id);
void                        stride_body_map_trace_silhouette   (StrideBodyMap  *self,
                                                                cairo_t        *cr);
/* The bony landmarks drawn in the current view (ids, once each); free with g_strfreev(). */
GStrv                       stride_body_map_dup_landmarks      (StrideBodyMap  *self);
/* A landmark's translated name, or NULL. */
const char                 *stride_body_map_get_landmark_name  (const char     *id);
/* The region ids in the order they were added; free with g_strfreev(). */
GStrv                       stride_body_map_dup_region_ids     (StrideBodyMap  *self);

/* Property "selected" (GStrv, in region order). Setting it replaces the selection (ids
 * that are not regions are ignored); it notifies once per real change. */
GStrv                       stride_body_map_dup_selected       (StrideBodyMap  *self);
void                        stride_body_map_set_selected       (StrideBodyMap  *self,
                                                                const char * const *ids);
gboolean                    stride_body_map_is_selected        (StrideBodyMap  *self,
                                                                const char     *id);
void                        stride_body_map_select_region      (StrideBodyMap  *self,
                                                                const char     *id,
                                                                gboolean        selected);

/* Marks: KIND is one of STRIDE_BODY_MAP_MARK_*, NULL removes the mark. A marked region
 * is drawn filled in its kind's colour whatever the selection mode. */
void                        stride_body_map_set_mark           (StrideBodyMap  *self,
                                                                const char     *id,
                                                                const char     *kind);
const char                 *stride_body_map_get_mark           (StrideBodyMap  *self,
                                                                const char     *id);
void                        stride_body_map_clear_marks        (StrideBodyMap  *self);

/* What a click or Enter on region ID does: updates the selection per the selection mode,
 * shows a view and layer that hold the region when the current ones do not, and emits
 * "region-activated" (ID). */
void                        stride_body_map_activate_region    (StrideBodyMap  *self,
                                                                const char     *id);

/* Property "focus-region": the region keyboard focus is on, or NULL. */
const char                 *stride_body_map_get_focus_region   (StrideBodyMap  *self);
void                        stride_body_map_set_focus_region   (StrideBodyMap  *self,
                                                                const char     *id);

/* Property "hover-region": the region under the pointer (or under a hovered list row). */
const char                 *stride_body_map_get_hover_region   (StrideBodyMap  *self);
/* The region drawn topmost at the widget point (X, Y), or NULL. */
const char                 *stride_body_map_get_region_at      (StrideBodyMap  *self,
                                                                double          x,
                                                                double          y);
/* The plates of the landmark labels drawn now, as graphene_rect_t in widget coordinates
 * (empty on a map too small for labels), and the landmarks they name, in the same order
 * (free with g_strfreev()). */
GArray                     *stride_body_map_dup_label_plates   (StrideBodyMap  *self);
GStrv                       stride_body_map_dup_labelled_landmarks (StrideBodyMap *self);
/* The texts of those labels, in the same order: a landmark's name, or its short form
 * where the name does not fit (free with g_strfreev()). */
GStrv                       stride_body_map_dup_label_texts    (StrideBodyMap  *self);
/* Where the landmark markers are drawn now, as graphene_point_t in widget coordinates: a
 * marker is drawn only where its landmark is labelled (on the anatomy map, with its
 * mirror image). */
GArray                     *stride_body_map_dup_landmark_points (StrideBodyMap *self);

/* A GtkListBox (style "boxed-list") with one named row per region, in region order,
 * that stays in sync with SELF (regions, selection, marks). Activating a row activates
 * its region; in a selection mode each row has a check button that toggles it. Hovering
 * a row highlights its region. Each row's widget name is its region id. The list keeps
 * a reference on the map. */
GtkWidget                  *stride_body_map_create_region_list (StrideBodyMap  *self);

/* A GtkLabel for under the map that names the region the keyboard is on while the map
 * has the focus (the pointer has the map's tooltip), so that a keyboard user knows what
 * Enter or Space will act on; empty otherwise, keeping its line so nothing below moves.
 * Styled as the anatomy page's name under its map. The label keeps a reference on the map. */
GtkWidget                  *stride_body_map_create_focus_name  (StrideBodyMap  *self);

/* The least height at which a map WIDTH pixels wide draws the figure as large as it can:
 * a taller map only adds space above and below. */
int                         stride_body_map_height_for_width   (StrideBodyMap  *self,
                                                                int             width);
/* Where the figure (the silhouette with its margin) is drawn now, in widget coordinates.
 * The map's own height for its width (its natural height, up to a limit) is this tall. */
void                        stride_body_map_get_figure_bounds  (StrideBodyMap   *self,
                                                                graphene_rect_t *bounds);

/* A colour key for an anatomy map: a swatch and a name for each tissue drawn in the map's
 * current view and layer (muscle, tendon or ligament, joint, nerve; bone), kept in sync
 * with it.
 * The key keeps a reference on the map. */
GtkWidget                  *stride_body_map_create_legend      (StrideBodyMap  *self);

/* Signals:
 *   "region-activated" (StrideBodyMap *self, const char *id)
 *   "regions-changed"  (StrideBodyMap *self): regions were added, replaced or removed, or
 *                      the selection mode changed (the region list rebuilds its rows) */

G_END_DECLS
