/* stride-atlas.h — the drawing data under every body map: silhouette, bones, landmarks
 *
 * Read from a JSON document (the UI ships it as a resource, stride-body-atlas.json) in
 * the 100 × 100 box of docs/content-schema.md:
 *
 *   {"silhouettes": {"front": {"outer": [[x, y]…], "inner": […]},   left halves, mirrored
 *                    "back": {…}, "side": {"outline": [[x, y]…]}},
 *    "bones": [{"view": "front", "points": [[x, y]…], "holes": [[[x, y]…]…],
 *               "faint": false, "mirror": true}…],
 *    "landmarks": [{"id": "asis", "view": "front", "point": [x, y], "label": "right",
 *                   "mirror": true}…]}
 *
 * "mirror" adds the copy on the other side (x → 100 − x). Only this module reads the
 * JSON: the UI draws the typed model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "stride-content.h"
#include "stride-point.h"

G_BEGIN_DECLS

#define STRIDE_ATLAS_N_VIEWS 3

typedef struct
{
  StrideView  view;
  gboolean    faint;             /* seen through other bones (the sacrum from the front) */
  GArray     *points;            /* StridePoint, mirrored copies are bones of their own */
  GPtrArray  *holes;             /* GArray of StridePoint: openings such as the obturator foramen */
} StrideAtlasBone;

typedef struct
{
  const char *id;                /* iliac_crest, asis, greater_trochanter, … (interned) */
  StrideView  view;
  StridePoint point;
  gboolean    label;             /* the copy that carries the label (not its mirror) */
  gboolean    label_left;        /* the label goes left of the point */
} StrideAtlasLandmark;

typedef struct _StrideAtlas StrideAtlas;

/* Reads DATA; NULL with ERROR (STRIDE_JSON_ERROR: "NAME:LINE:COL: …" for text that is
 * not JSON, G_IO_ERROR_INVALID_DATA: "NAME: bones[3].points[2]: …" for a wrong shape). */
StrideAtlas *stride_atlas_new_from_bytes (GBytes       *data,
                                          const char   *name,
                                          GError      **error);
void         stride_atlas_free           (StrideAtlas  *self);

/* The curves of VIEW's outline, to be joined into one path (GArray of StridePoint). */
GPtrArray   *stride_atlas_get_silhouette (StrideAtlas  *self,
                                          StrideView    view);
/* The bones of VIEW, back to front (StrideAtlasBone). */
GPtrArray   *stride_atlas_get_bones      (StrideAtlas  *self,
                                          StrideView    view);
/* The landmarks of VIEW, mirrored copies included (StrideAtlasLandmark). */
GPtrArray   *stride_atlas_get_landmarks  (StrideAtlas  *self,
                                          StrideView    view);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideAtlas, stride_atlas_free)

G_END_DECLS
