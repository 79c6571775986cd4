/* stride-body-atlas.c — the silhouette, bones and landmarks under every body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "stride-body-atlas.h"

#define ATLAS_RESOURCE "/io/github/stride_app/Stride/stride-body-atlas.json"
#define N_VIEWS 3

typedef struct
{
  GPtrArray *silhouette[N_VIEWS];   /* GArray of StridePoint: curves joined into one outline */
  GPtrArray *bones[N_VIEWS];        /* StrideAtlasBone */
  GPtrArray *landmarks[N_VIEWS];    /* StrideAtlasLandmark */
} Atlas;

/* The names say what a runner can feel under the skin; the label is what the map shows. */
static const struct { const char *id; const char *name; } landmark_names[] = {
  { "iliac_crest", N_("Iliac crest") },
  { "asis", N_("Front hip point (ASIS)") },
  { "greater_trochanter", N_("Greater trochanter") },
  { "ischial_tuberosity", N_("Sit bone (ischial tuberosity)") },
  { "sacrum", N_("Sacrum") },
  { "psis", N_("Back hip dimple (PSIS)") },
  { "pubic_symphysis", N_("Pubic symphysis") },
};

static StrideView
parse_view (const char *name)
{
  if (g_strcmp0 (name, "back") == 0)
    return STRIDE_VIEW_BACK;
  if (g_strcmp0 (name, "side") == 0)
    return STRIDE_VIEW_SIDE;
  return STRIDE_VIEW_FRONT;
}

static GArray *
parse_points (JsonArray *array,
              gboolean   mirrored,
              gboolean   reversed)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (StridePoint), n);

  for (guint i = 0; i < n; i++)
    {
      JsonArray *xy = json_array_get_array_element (array, reversed ? n - 1 - i : i);
      StridePoint point = { json_array_get_double_element (xy, 0), json_array_get_double_element (xy, 1) };

      if (mirrored)
        point.x = 100 - point.x;
      g_array_append_val (points, point);
    }

  return points;
}

static void
bone_free (gpointer data)
{
  StrideAtlasBone *bone = data;

  g_array_unref (bone->points);
  g_ptr_array_unref (bone->holes);
  g_free (bone);
}

static void
add_bone (Atlas      *atlas,
          JsonObject *object,
          gboolean    mirrored)
{
  StrideAtlasBone *bone = g_new0 (StrideAtlasBone, 1);
  JsonArray *holes = json_object_has_member (object, "holes") ? json_object_get_array_member (object, "holes") : NULL;

  bone->view = parse_view (json_object_get_string_member (object, "view"));
  bone->faint = json_object_get_boolean_member_with_default (object, "faint", FALSE);
  bone->points = parse_points (json_object_get_array_member (object, "points"), mirrored, FALSE);
  bone->holes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; holes != NULL && i < json_array_get_length (holes); i++)
    g_ptr_array_add (bone->holes, parse_points (json_array_get_array_element (holes, i), mirrored, FALSE));

  g_ptr_array_add (atlas->bones[bone->view], bone);
}

static void
add_landmark (Atlas      *atlas,
              JsonObject *object,
              gboolean    mirrored)
{
  StrideAtlasLandmark *landmark = g_new0 (StrideAtlasLandmark, 1);
  JsonArray *xy = json_object_get_array_member (object, "point");

  landmark->id = g_intern_string (json_object_get_string_member (object, "id"));
  landmark->view = parse_view (json_object_get_string_member (object, "view"));
  landmark->point.x = json_array_get_double_element (xy, 0);
  landmark->point.y = json_array_get_double_element (xy, 1);
  landmark->label_left = g_strcmp0 (json_object_get_string_member_with_default (object, "label", "right"), "left") == 0;
  landmark->label = !mirrored;
  if (mirrored)
    {
      landmark->point.x = 100 - landmark->point.x;
      landmark->label_left = !landmark->label_left;
    }

  g_ptr_array_add (atlas->landmarks[landmark->view], landmark);
}

/* Front and back share one silhouette given as its left half: the outer edge down, the
 * inner edge up to the crotch; the right half is its mirror. The side view is one curve. */
static void
add_silhouette (Atlas      *atlas,
                StrideView  view,
                JsonObject *object)
{
  GPtrArray *curves = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  if (json_object_has_member (object, "outline"))
    g_ptr_array_add (curves, parse_points (json_object_get_array_member (object, "outline"), FALSE, FALSE));
  else
    {
      JsonArray *outer = json_object_get_array_member (object, "outer");
      JsonArray *inner = json_object_get_array_member (object, "inner");

      g_ptr_array_add (curves, parse_points (outer, FALSE, FALSE));
      g_ptr_array_add (curves, parse_points (inner, FALSE, FALSE));
      g_ptr_array_add (curves, parse_points (inner, TRUE, TRUE));
      g_ptr_array_add (curves, parse_points (outer, TRUE, TRUE));
    }

  atlas->silhouette[view] = curves;
}

static void
parse_atlas (Atlas      *atlas,
             JsonObject *root)
{
  static const char * const views[N_VIEWS] = { "front", "back", "side" };
  JsonObject *silhouettes = json_object_get_object_member (root, "silhouettes");
  JsonArray *bones = json_object_get_array_member (root, "bones");
  JsonArray *landmarks = json_object_get_array_member (root, "landmarks");

  for (guint v = 0; v < N_VIEWS; v++)
    add_silhouette (atlas, v, json_object_get_object_member (silhouettes, views[v]));

  for (guint i = 0; i < json_array_get_length (bones); i++)
    {
      JsonObject *bone = json_array_get_object_element (bones, i);

      add_bone (atlas, bone, FALSE);
      if (json_object_get_boolean_member_with_default (bone, "mirror", FALSE))
        add_bone (atlas, bone, TRUE);
    }

  for (guint i = 0; i < json_array_get_length (landmarks); i++)
    {
      JsonObject *landmark = json_array_get_object_element (landmarks, i);

      add_landmark (atlas, landmark, FALSE);
      if (json_object_get_boolean_member_with_default (landmark, "mirror", FALSE))
        add_landmark (atlas, landmark, TRUE);
    }
}

/* The atlas ships inside the program: a broken one is a build error, caught by the tests. */
static Atlas *
get_atlas (void)
{
  static Atlas *atlas;

  if (g_once_init_enter (&atlas))
    {
      Atlas *loaded = g_new0 (Atlas, 1);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (ATLAS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;

      for (guint v = 0; v < N_VIEWS; v++)
        {
          loaded->bones[v] = g_ptr_array_new_with_free_func (bone_free);
          loaded->landmarks[v] = g_ptr_array_new_with_free_func (g_free);
          loaded->silhouette[v] = NULL;
        }

      if (bytes == NULL ||
          !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
        g_error ("The body map atlas %s cannot be read: %s", ATLAS_RESOURCE,
                 error != NULL ? error->message : "missing resource");

      parse_atlas (loaded, json_node_get_object (json_parser_get_root (parser)));
      g_once_init_leave (&atlas, loaded);
    }

  return atlas;
}

GPtrArray *
stride_body_atlas_get_bones (StrideView view)
{
  g_return_val_if_fail (view < N_VIEWS, NULL);

  return get_atlas ()->bones[view];
}

GPtrArray *
stride_body_atlas_get_landmarks (StrideView view)
{
  g_return_val_if_fail (view < N_VIEWS, NULL);

  return get_atlas ()->landmarks[view];
}

const char *
stride_body_atlas_landmark_name (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (landmark_names); i++)
    if (g_strcmp0 (landmark_names[i].id, id) == 0)
      return _(landmark_names[i].name);

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

  g_return_if_fail (view < N_VIEWS);

  curves = get_atlas ()->silhouette[view];
  for (guint i = 0; i < curves->len; i++)
    {
      GArray *curve = g_ptr_array_index (curves, i);

      stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) curve->data, curve->len,
                                     curves->len == 1, i == 0);
    }
  cairo_close_path (cr);
}
