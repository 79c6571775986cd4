/* stride-body-atlas.h — what every body map draws under its regions: the silhouette, the
 * bones (pelvis, sacrum, femur, kneecap, shin) and the bony landmarks, per view
 *
 * The geometry is data (stride-body-atlas.json in the resources, in the 100 × 100 box of
 * docs/content-schema.md), read by core (stride-atlas.h) once on first use so that
 * start-up does not pay for it; this module draws it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "stride-atlas.h"
#include "stride-content.h"

G_BEGIN_DECLS

/* The bones of VIEW, back to front (GPtrArray of StrideAtlasBone, owned by the atlas). */
GPtrArray  *stride_body_atlas_get_bones        (StrideView   view);
/* The landmarks of VIEW, mirrored copies included (owned by the atlas). */
GPtrArray  *stride_body_atlas_get_landmarks    (StrideView   view);
/* A landmark's translated name, e.g. "Greater trochanter"; NULL for an unknown id. */
const char *stride_body_atlas_landmark_name    (const char  *id);
/* Its short form for a narrow map, e.g. "Trochanter"; NULL where the name is short. */
const char *stride_body_atlas_landmark_short_name (const char *id);

/* Paths in box coordinates (set the cairo transform first). Curves are Catmull-Rom
 * splines through the points, as every shape on the map is drawn. */
void        stride_body_atlas_trace_curve      (cairo_t           *cr,
                                                const StridePoint *points,
                                                guint              n,
                                                gboolean           closed,
                                                gboolean           move_first);
void        stride_body_atlas_trace_silhouette (cairo_t     *cr,
                                                StrideView   view);

G_END_DECLS
