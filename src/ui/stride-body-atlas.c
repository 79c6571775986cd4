/* stride-body-atlas.c — the silhouette, bones and landmarks under every body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "stride-body-atlas.h"

#define ATLAS_RESOURCE "/io/github/stride_app/Stride/stride-body-atlas.json"

/* The names say what a runner can feel under the skin; the label is what the map shows,
 * the short name what it shows where the full one does not fit. */
static const struct { const char *id; const char *name; const char *short_name; } landmark_names[] = {
  { "iliac_crest", N_("Iliac crest"), NULL },
  { "asis", N_("Front hip point (ASIS)"), NC_("landmark, short", "ASIS") },
  { "greater_trochanter", N_("Greater trochanter"), NC_("landmark, short", "Trochanter") },
  { "ischial_tuberosity", N_("Sit bone (ischial tuberosity)"), NC_("landmark, short", "Sit bone") },
  { "sacrum", N_("Sacrum"), NULL },
  { "psis", N_("Back hip dimple (PSIS)"), NC_("landmark, short", "PSIS") },
  { "pubic_symphysis", N_("Pubic symphysis"), NC_("landmark, short", "Symphysis") },
  { "pubic_tubercle", N_("Pubic tubercle"), NC_("landmark, short", "Tubercle") },
};

/* The atlas ships inside the program: a broken one is a build error, caught by the tests. */
static StrideAtlas *
get_atlas (void)
{
  static StrideAtlas *atlas;

  if (g_once_init_enter (&atlas))
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (ATLAS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(GError) error = NULL;
      StrideAtlas *loaded = bytes != NULL ? stride_atlas_new_from_bytes (bytes, ATLAS_RESOURCE, &error) : NULL;

      if (loaded == NULL)
        g_error ("The body map atlas cannot be read: %s", error != NULL ? error->message : "missing resource");
      g_once_init_leave (&atlas, loaded);
    }

  return atlas;
}

GPtrArray *
stride_body_atlas_get_bones (StrideView view)
{
  return stride_atlas_get_bones (get_atlas (), view);
}

GPtrArray *
stride_body_atlas_get_landmarks (StrideView view)
{
  return stride_atlas_get_landmarks (get_atlas (), view);
}

const char *
stride_body_atlas_landmark_name (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (landmark_names); i++)
    if (g_strcmp0 (landmark_names[i].id, id) == 0)
      return _(landmark_names[i].name);

  return NULL;
}

const char *
stride_body_atlas_landmark_short_name (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (landmark_names); i++)
    if (g_strcmp0 (landmark_names[i].id, id) == 0)
      return landmark_names[i].short_name != NULL ? g_dpgettext2 (NULL, "landmark, short", landmark_names[i].short_name) : NULL;

  return NULL;
}

void
stride_body_atlas_trace_curve (cairo_t           *cr,
                               const StridePoint *points,
                               guint              n,
                               gboolean           closed,
                               gboolean           move_first)
{
  g_return_if_fail (n >= 2);

  if (move_first)
    cairo_move_to (cr, points[0].x, points[0].y);
  else
    cairo_line_to (cr, points[0].x, points[0].y);

  for (guint i = 0; i + (closed ? 0 : 1) < n; i++)
    {
      StridePoint p0 = points[closed ? (i + n - 1) % n : (i == 0 ? 0 : i - 1)];
      StridePoint p1 = points[i % n];
      StridePoint p2 = points[(i + 1) % n];
      StridePoint p3 = points[closed ? (i + 2) % n : MIN (i + 2, n - 1)];

      cairo_curve_to (cr,
                      p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6,
                      p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6,
                      p2.x, p2.y);
    }

  if (closed)
    cairo_close_path (cr);
}

void
stride_body_atlas_trace_silhouette (cairo_t    *cr,
                                    StrideView  view)
{
  GPtrArray *curves;

  curves = stride_atlas_get_silhouette (get_atlas (), view);
  for (guint i = 0; i < curves->len; i++)
    {
      GArray *curve = g_ptr_array_index (curves, i);

      stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) curve->data, curve->len,
                                     curves->len == 1, i == 0);
    }
  cairo_close_path (cr);
}
