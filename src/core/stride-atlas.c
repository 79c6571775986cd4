/* stride-atlas.c — the drawing data under every body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "stride-atlas.h"
#include "stride-json-document.h"
#include "stride-json-reader.h"

struct _StrideAtlas
{
  GPtrArray *silhouette[STRIDE_ATLAS_N_VIEWS];   /* GArray of StridePoint */
  GPtrArray *bones[STRIDE_ATLAS_N_VIEWS];        /* StrideAtlasBone */
  GPtrArray *landmarks[STRIDE_ATLAS_N_VIEWS];    /* StrideAtlasLandmark */
};

static const char * const view_names[STRIDE_ATLAS_N_VIEWS] = { "front", "back", "side" };

static gboolean
shape_error (GError    **error,
             const char *name,
             const char *path,
             const char *problem)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s: %s", name, path, problem);
  return FALSE;
}

static gboolean
parse_view (JsonObject *object,
            const char *name,
            const char *path,
            StrideView *view,
            GError    **error)
{
  const char *text = stride_json_get_string (object, "view");

  for (guint v = 0; v < STRIDE_ATLAS_N_VIEWS; v++)
    if (g_strcmp0 (text, view_names[v]) == 0)
      {
        *view = v;
        return TRUE;
      }

  return shape_error (error, name, path, "\"view\" is not \"front\", \"back\" or \"side\"");
}

static gboolean
parse_point (JsonNode    *node,
             gboolean     mirrored,
             StridePoint *point)
{
  JsonArray *xy = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  JsonNode *x, *y;

  if (xy == NULL || json_array_get_length (xy) != 2)
    return FALSE;
  x = json_array_get_element (xy, 0);
  y = json_array_get_element (xy, 1);
  if (!JSON_NODE_HOLDS_VALUE (x) || !JSON_NODE_HOLDS_VALUE (y) ||
      (json_node_get_value_type (x) != G_TYPE_DOUBLE && json_node_get_value_type (x) != G_TYPE_INT64) ||
      (json_node_get_value_type (y) != G_TYPE_DOUBLE && json_node_get_value_type (y) != G_TYPE_INT64))
    return FALSE;

  point->x = mirrored ? 100 - json_node_get_double (x) : json_node_get_double (x);
  point->y = json_node_get_double (y);
  return TRUE;
}

/* NODE, a list of at least two [x, y], read into a new array (backwards when REVERSED). */
static GArray *
parse_points (JsonNode    *node,
              gboolean     mirrored,
              gboolean     reversed,
              const char  *name,
              const char  *path,
              GError     **error)
{
  JsonArray *array = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  guint n = array != NULL ? json_array_get_length (array) : 0;
  g_autoptr(GArray) points = NULL;

  if (n < 2)
    {
      shape_error (error, name, path, "expected a list of at least two [x, y] points");
      return NULL;
    }

  points = g_array_sized_new (FALSE, FALSE, sizeof (StridePoint), n);
  for (guint i = 0; i < n; i++)
    {
      guint index = reversed ? n - 1 - i : i;
      StridePoint point;

      if (!parse_point (json_array_get_element (array, index), mirrored, &point))
        {
          g_autofree char *where = g_strdup_printf ("%s[%u]", path, index);

          shape_error (error, name, where, "expected [x, y], two numbers");
          return NULL;
        }
      g_array_append_val (points, point);
    }

  return g_steal_pointer (&points);
}

static void
bone_free (gpointer data)
{
  StrideAtlasBone *bone = data;

  g_clear_pointer (&bone->points, g_array_unref);
  g_clear_pointer (&bone->holes, g_ptr_array_unref);
  g_free (bone);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideAtlasBone, bone_free)

static gboolean
get_flag (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static gboolean
add_bone (StrideAtlas *atlas,
          JsonObject  *object,
          gboolean     mirrored,
          const char  *name,
          const char  *path,
          GError     **error)
{
  g_autoptr(StrideAtlasBone) bone = g_new0 (StrideAtlasBone, 1);
  g_autofree char *points_path = g_strconcat (path, ".points", NULL);
  JsonArray *holes = stride_json_get_array (object, "holes");
  StrideView view;

  if (!parse_view (object, name, path, &bone->view, error))
    return FALSE;
  bone->faint = get_flag (object, "faint");
  bone->points = parse_points (json_object_get_member (object, "points"), mirrored, FALSE, name, points_path, error);
  if (bone->points == NULL)
    return FALSE;

  bone->holes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; holes != NULL && i < json_array_get_length (holes); i++)
    {
      g_autofree char *hole_path = g_strdup_printf ("%s.holes[%u]", path, i);
      GArray *hole = parse_points (json_array_get_element (holes, i), mirrored, FALSE, name, hole_path, error);

      if (hole == NULL)
        return FALSE;
      g_ptr_array_add (bone->holes, hole);
    }

  view = bone->view;
  g_ptr_array_add (atlas->bones[view], g_steal_pointer (&bone));
  return TRUE;
}

static gboolean
add_landmark (StrideAtlas *atlas,
              JsonObject  *object,
              gboolean     mirrored,
              const char  *name,
              const char  *path,
              GError     **error)
{
  g_autofree StrideAtlasLandmark *landmark = g_new0 (StrideAtlasLandmark, 1);
  const char *id = stride_json_get_string (object, "id");
  JsonNode *point = json_object_get_member (object, "point");
  StrideView view;

  if (id == NULL)
    return shape_error (error, name, path, "\"id\" is missing or not text");
  if (!parse_view (object, name, path, &landmark->view, error))
    return FALSE;
  if (point == NULL || !parse_point (point, FALSE, &landmark->point))
    return shape_error (error, name, path, "\"point\" is not [x, y], two numbers");

  landmark->id = g_intern_string (id);
  landmark->label_left = g_strcmp0 (stride_json_get_string (object, "label"), "left") == 0;
  landmark->label = !mirrored;
  if (mirrored)
    {
      landmark->point.x = 100 - landmark->point.x;
      landmark->label_left = !landmark->label_left;
    }

  view = landmark->view;
  g_ptr_array_add (atlas->landmarks[view], g_steal_pointer (&landmark));
  return TRUE;
}

/* Front and back share one silhouette given as its left half: the outer edge down, the
 * inner edge up to the crotch; the right half is its mirror. The side view is one curve. */
static gboolean
add_silhouette (StrideAtlas *atlas,
                StrideView   view,
                JsonObject  *object,
                const char  *name,
                GError     **error)
{
  g_autofree char *path = g_strdup_printf ("silhouettes.%s", view_names[view]);
  g_autofree char *outer_path = g_strconcat (path, ".outer", NULL);
  g_autofree char *inner_path = g_strconcat (path, ".inner", NULL);
  g_autofree char *outline_path = g_strconcat (path, ".outline", NULL);
  GPtrArray *curves = atlas->silhouette[view];
  JsonNode *outer, *inner;

  if (object == NULL)
    return shape_error (error, name, path, "missing, or not an object");

  if (json_object_has_member (object, "outline"))
    {
      GArray *outline = parse_points (json_object_get_member (object, "outline"), FALSE, FALSE, name, outline_path, error);

      if (outline == NULL)
        return FALSE;
      g_ptr_array_add (curves, outline);
      return TRUE;
    }

  outer = json_object_get_member (object, "outer");
  inner = json_object_get_member (object, "inner");
  for (guint i = 0; i < 4; i++)
    {
      /* outer down, inner up, then their mirrors the other way round */
      gboolean mirrored = i >= 2;
      gboolean use_outer = i == 0 || i == 3;
      GArray *curve = parse_points (use_outer ? outer : inner, mirrored, mirrored, name,
                                    use_outer ? outer_path : inner_path, error);

      if (curve == NULL)
        return FALSE;
      g_ptr_array_add (curves, curve);
    }
  return TRUE;
}

/* Each object of the list MEMBER, and its mirror when it asks for one. */
static gboolean
add_each (StrideAtlas  *atlas,
          JsonObject   *root,
          const char   *member,
          gboolean    (*add) (StrideAtlas *, JsonObject *, gboolean, const char *, const char *, GError **),
          const char   *name,
          GError      **error)
{
  JsonArray *list = stride_json_get_array (root, member);

  if (list == NULL)
    return shape_error (error, name, member, "missing, or not a list");

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", member, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (object == NULL)
        return shape_error (error, name, path, "not an object");
      if (!add (atlas, object, FALSE, name, path, error))
        return FALSE;
      if (get_flag (object, "mirror") && !add (atlas, object, TRUE, name, path, error))
        return FALSE;
    }
  return TRUE;
}

StrideAtlas *
stride_atlas_new_from_bytes (GBytes      *data,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(StrideAtlas) atlas = g_new0 (StrideAtlas, 1);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonObject *silhouettes;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint v = 0; v < STRIDE_ATLAS_N_VIEWS; v++)
    {
      atlas->silhouette[v] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      atlas->bones[v] = g_ptr_array_new_with_free_func (bone_free);
      atlas->landmarks[v] = g_ptr_array_new_with_free_func (g_free);
    }

  root = stride_json_parse (g_bytes_get_data (data, NULL), g_bytes_get_size (data), name,
                            STRIDE_JSON_MAX_BYTES, STRIDE_JSON_MAX_DEPTH, error);
  if (root == NULL)
    return NULL;
  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (object == NULL)
    {
      shape_error (error, name, "$", "not an object");
      return NULL;
    }

  silhouettes = stride_json_get_object (object, "silhouettes");
  for (guint v = 0; v < STRIDE_ATLAS_N_VIEWS; v++)
    if (!add_silhouette (atlas, v, silhouettes != NULL ? stride_json_get_object (silhouettes, view_names[v]) : NULL,
                         name, error))
      return NULL;

  if (!add_each (atlas, object, "bones", add_bone, name, error) ||
      !add_each (atlas, object, "landmarks", add_landmark, name, error))
    return NULL;

  return g_steal_pointer (&atlas);
}

void
stride_atlas_free (StrideAtlas *self)
{
  if (self == NULL)
    return;

  for (guint v = 0; v < STRIDE_ATLAS_N_VIEWS; v++)
    {
      g_clear_pointer (&self->silhouette[v], g_ptr_array_unref);
      g_clear_pointer (&self->bones[v], g_ptr_array_unref);
      g_clear_pointer (&self->landmarks[v], g_ptr_array_unref);
    }
  g_free (self);
}

GPtrArray *
stride_atlas_get_silhouette (StrideAtlas *self,
                             StrideView   view)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (view < STRIDE_ATLAS_N_VIEWS, NULL);

  return self->silhouette[view];
}

GPtrArray *
stride_atlas_get_bones (StrideAtlas *self,
                        StrideView   view)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (view < STRIDE_ATLAS_N_VIEWS, NULL);

  return self->bones[view];
}

GPtrArray *
stride_atlas_get_landmarks (StrideAtlas *self,
                            StrideView   view)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (view < STRIDE_ATLAS_N_VIEWS, NULL);

  return self->landmarks[view];
}
