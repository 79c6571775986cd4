/* stride-animation.c — loading pose keyframe animations (sampling them in time:
 * stride-animation-time.c)
 *
 * Pose files are untrusted input: every key is checked, unknown keys are errors, and
 * every message names the file and the JSON path ("clamshell.json: $.keyframes[2].pose
 * .knee_l: expected a number") or the line and column of a syntax error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "stride-animation.h"
#include "stride-animation-private.h"

G_DEFINE_QUARK (stride-animation-error-quark, stride_animation_error)

#define MAX_FILE_SIZE (1024 * 1024)
#define MAX_KEYFRAMES 1000
#define MAX_DURATION 60.0

static const char * const joint_names[] = {
  "pelvis", "neck", "head",
  "hip_l", "knee_l", "ankle_l", "heel_l", "toe_l",
  "shoulder_l", "elbow_l", "wrist_l", "hand_l",
  "hip_r", "knee_r", "ankle_r", "heel_r", "toe_r",
  "shoulder_r", "elbow_r", "wrist_r", "hand_r",
  NULL
};

static const char * const structure_names[] = {
  "gluteus_maximus", "gluteus_medius", "gluteus_minimus", "piriformis", "tfl",
  "iliopsoas", "rectus_femoris", "hamstrings", "adductors", "quadriceps",
  "hip_joint", "sacroiliac_joint",
  NULL
};

/* The JSON names of the degrees of freedom: group and key (NULL key: a plain number). */
static const struct
{
  const char *group;
  const char *key;
  double      min, max;
} dof_names[STRIDE_N_DOF] = {
  [STRIDE_DOF_PELVIS_X] = {"pelvis", "x", -20, 20},
  [STRIDE_DOF_PELVIS_Y] = {"pelvis", "y", -20, 20},
  [STRIDE_DOF_PELVIS_PITCH] = {"pelvis", "pitch", -180, 180},
  [STRIDE_DOF_PELVIS_ROLL] = {"pelvis", "roll", -180, 180},
  [STRIDE_DOF_PELVIS_YAW] = {"pelvis", "yaw", -180, 180},
  [STRIDE_DOF_TRUNK_FLEX] = {"trunk", "flex", -60, 120},
  [STRIDE_DOF_TRUNK_SIDE] = {"trunk", "side", -60, 60},
  [STRIDE_DOF_TRUNK_TWIST] = {"trunk", "twist", -90, 90},
  [STRIDE_DOF_HEAD_FLEX] = {"head", "flex", -60, 80},
  [STRIDE_DOF_HEAD_TURN] = {"head", "turn", -90, 90},
  [STRIDE_DOF_UPPER_BACK_FLEX] = {"upper_back", "flex", -30, 45},
  [STRIDE_DOF_HIP_L_FLEX] = {"hip_l", "flex", -40, 150},
  [STRIDE_DOF_HIP_L_ABD] = {"hip_l", "abd", -50, 90},
  [STRIDE_DOF_HIP_L_ROT] = {"hip_l", "rot", -90, 90},
  [STRIDE_DOF_KNEE_L] = {"knee_l", NULL, -10, 160},
  [STRIDE_DOF_ANKLE_L] = {"ankle_l", NULL, -90, 45},
  [STRIDE_DOF_SHOULDER_L_FLEX] = {"shoulder_l", "flex", -90, 200},
  [STRIDE_DOF_SHOULDER_L_ABD] = {"shoulder_l", "abd", -60, 180},
  [STRIDE_DOF_SHOULDER_L_ROT] = {"shoulder_l", "rot", -90, 90},
  [STRIDE_DOF_ELBOW_L] = {"elbow_l", NULL, -10, 160},
  [STRIDE_DOF_FOOT_L_ROT] = {"foot_l", "rot", -60, 60},
  [STRIDE_DOF_HIP_R_FLEX] = {"hip_r", "flex", -40, 150},
  [STRIDE_DOF_HIP_R_ABD] = {"hip_r", "abd", -50, 90},
  [STRIDE_DOF_HIP_R_ROT] = {"hip_r", "rot", -90, 90},
  [STRIDE_DOF_KNEE_R] = {"knee_r", NULL, -10, 160},
  [STRIDE_DOF_ANKLE_R] = {"ankle_r", NULL, -90, 45},
  [STRIDE_DOF_SHOULDER_R_FLEX] = {"shoulder_r", "flex", -90, 200},
  [STRIDE_DOF_SHOULDER_R_ABD] = {"shoulder_r", "abd", -60, 180},
  [STRIDE_DOF_SHOULDER_R_ROT] = {"shoulder_r", "rot", -90, 90},
  [STRIDE_DOF_ELBOW_R] = {"elbow_r", NULL, -10, 160},
  [STRIDE_DOF_FOOT_R_ROT] = {"foot_r", "rot", -60, 60},
};

static gboolean
name_in (const char         *name,
         const char * const *names)
{
  return name != NULL && g_strv_contains (names, name);
}

gboolean
stride_animation_joint_known (const char *name)
{
  return name_in (name, joint_names);
}

gboolean
stride_animation_structure_known (const char *name)
{
  return name_in (name, structure_names);
}

/* A standing figure, arms by the sides: what a pose starts from. */
static void
pose_init_standing (StridePose *pose)
{
  memset (pose, 0, sizeof *pose);
  pose->v[STRIDE_DOF_PELVIS_Y] = 0.94;
  pose->v[STRIDE_DOF_SHOULDER_L_ABD] = 6;
  pose->v[STRIDE_DOF_SHOULDER_R_ABD] = 6;
  pose->v[STRIDE_DOF_ELBOW_L] = 10;
  pose->v[STRIDE_DOF_ELBOW_R] = 10;
}

static void
prop_free (gpointer data)
{
  StrideProp *prop = data;

  g_free (prop->from);
  g_free (prop->to);
  g_free (prop);
}

void
stride_animation_chapter_free (gpointer data)
{
  StrideChapter *chapter = data;

  g_free (chapter->id);
  g_free (chapter->uid);
  g_free (chapter);
}

void
stride_animation_free (StrideAnimation *self)
{
  if (self == NULL)
    return;
  g_free (self->file);
  g_free (self->id);
  g_free (self->structure);
  g_free (self->anchor);
  g_clear_pointer (&self->keyframes, g_array_unref);
  g_clear_pointer (&self->props, g_ptr_array_unref);
  g_clear_pointer (&self->chapters, g_ptr_array_unref);
  g_free (self);
}

/* ---- reading with paths ------------------------------------------------------------ */

typedef struct
{
  const char *file;
  GError    **error;
} Reader;

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Reader     *r,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (r->error, STRIDE_ANIMATION_ERROR, STRIDE_ANIMATION_ERROR_INVALID,
               "%s: %s: %s", r->file, path, message);
  return FALSE;
}

static gboolean
check_keys (Reader             *r,
            const char         *path,
            JsonObject         *object,
            const char * const *allowed,
            const char * const *required)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      return fail (r, path, "unknown key \"%s\"", (const char *) l->data);
  for (guint i = 0; required != NULL && required[i] != NULL; i++)
    if (!json_object_has_member (object, required[i]))
      return fail (r, path, "missing key \"%s\"", required[i]);
  return TRUE;
}

static JsonObject *
get_object (Reader     *r,
            JsonNode   *node,
            const char *path)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, path, "expected an object");
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
get_array (Reader     *r,
           JsonNode   *node,
           const char *path,
           guint       min_length,
           guint       max_length)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (r, path, "expected an array");
      return NULL;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) < min_length)
    {
      fail (r, path, "expected at least %u item(s)", min_length);
      return NULL;
    }
  if (json_array_get_length (array) > max_length)
    {
      fail (r, path, "more than %u items", max_length);
      return NULL;
    }
  return array;
}

static gboolean
get_number (Reader     *r,
            JsonNode   *node,
            const char *path,
            double      min,
            double      max,
            double     *out)
{
  GType type;
  double value;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return fail (r, path, "expected a number");
  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return fail (r, path, "expected a number");
  value = json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    return fail (r, path, "%g is out of range (%g to %g)", value, min, max);
  *out = value;
  return TRUE;
}

static const char *
get_string (Reader     *r,
            JsonNode   *node,
            const char *path)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (r, path, "expected a string");
      return NULL;
    }
  return json_node_get_string (node);
}

static gboolean
get_enum (Reader             *r,
          JsonNode           *node,
          const char         *path,
          const char * const *names,
          int                *out)
{
  const char *value = get_string (r, node, path);
  g_autofree char *list = NULL;

  if (value == NULL)
    return FALSE;
  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (value, names[i]))
      {
        *out = i;
        return TRUE;
      }
  list = g_strjoinv (", ", (char **) names);
  return fail (r, path, "unknown value \"%s\" (expected one of %s)", value, list);
}

static gboolean
is_id (const char *s)
{
  gsize len = strlen (s);

  if (len == 0 || len > 64 || !g_ascii_islower (s[0]))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (s[i]) && !g_ascii_isdigit (s[i]) && s[i] != '_')
      return FALSE;
  return TRUE;
}

static const char *
get_id (Reader     *r,
        JsonNode   *node,
        const char *path)
{
  const char *value = get_string (r, node, path);

  if (value != NULL && !is_id (value))
    {
      fail (r, path, "\"%s\" is not a lower_snake_case id", value);
      return NULL;
    }
  return value;
}

/* ---- the parts --------------------------------------------------------------------- */

static gboolean
read_pose (Reader     *r,
           JsonNode   *node,
           const char *path,
           StridePose *pose,
           gboolean   *set)
{
  JsonObject *object = get_object (r, node, path);
  g_autoptr(GList) members = NULL;

  if (object == NULL)
    return FALSE;
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *group = l->data;
      JsonNode *value = json_object_get_member (object, group);
      g_autofree char *group_path = g_strdup_printf ("%s.%s", path, group);
      gboolean known = FALSE;
      JsonObject *sub = NULL;

      for (int d = 0; d < STRIDE_N_DOF; d++)
        {
          if (!g_str_equal (dof_names[d].group, group))
            continue;
          known = TRUE;
          if (dof_names[d].key == NULL)
            {
              if (!get_number (r, value, group_path, dof_names[d].min, dof_names[d].max,
                               &pose->v[d]))
                return FALSE;
              set[d] = TRUE;
              continue;
            }
          if (sub == NULL && (sub = get_object (r, value, group_path)) == NULL)
            return FALSE;
          if (json_object_has_member (sub, dof_names[d].key))
            {
              g_autofree char *key_path = g_strdup_printf ("%s.%s", group_path,
                                                           dof_names[d].key);
              if (!get_number (r, json_object_get_member (sub, dof_names[d].key), key_path,
                               dof_names[d].min, dof_names[d].max, &pose->v[d]))
                return FALSE;
              set[d] = TRUE;
            }
        }
      if (!known)
        return fail (r, path, "unknown joint \"%s\"", group);
      if (sub != NULL)
        {
          g_autoptr(GList) keys = json_object_get_members (sub);

          for (GList *k = keys; k != NULL; k = k->next)
            {
              gboolean ok = FALSE;

              for (int d = 0; d < STRIDE_N_DOF; d++)
                ok |= g_str_equal (dof_names[d].group, group) &&
                      dof_names[d].key != NULL && g_str_equal (dof_names[d].key, k->data);
              if (!ok)
                return fail (r, group_path, "unknown key \"%s\"", (const char *) k->data);
            }
        }
    }
  return TRUE;
}

/* A camera object at PATH into CAMERA, whose values stand for the keys not given. The
 * file's camera must name its view; a chapter's may keep the file's. */
static gboolean
read_camera_at (Reader       *r,
                JsonNode     *node,
                const char   *path,
                gboolean      view_required,
                StrideCamera *camera)
{
  static const char * const keys[] = {"view", "azimuth", "elevation", "center", "height", NULL};
  static const char * const required[] = {"view", NULL};
  static const char * const none[] = {NULL};
  static const char * const views[] = {"side", "front", "top", NULL};
  JsonObject *object = get_object (r, node, path);
  g_autofree char *view_path = g_strdup_printf ("%s.view", path);
  g_autofree char *azimuth_path = g_strdup_printf ("%s.azimuth", path);
  g_autofree char *elevation_path = g_strdup_printf ("%s.elevation", path);
  g_autofree char *height_path = g_strdup_printf ("%s.height", path);
  g_autofree char *center_path = g_strdup_printf ("%s.center", path);
  g_autofree char *x_path = g_strdup_printf ("%s.center[0]", path);
  g_autofree char *y_path = g_strdup_printf ("%s.center[1]", path);
  int view = camera->view;

  if (object == NULL || !check_keys (r, path, object, keys, view_required ? required : none))
    return FALSE;
  if (json_object_has_member (object, "view") &&
      !get_enum (r, json_object_get_member (object, "view"), view_path, views, &view))
    return FALSE;
  camera->view = view;
  if (json_object_has_member (object, "azimuth") &&
      !get_number (r, json_object_get_member (object, "azimuth"), azimuth_path,
                   -90, 90, &camera->azimuth))
    return FALSE;
  if (json_object_has_member (object, "elevation") &&
      !get_number (r, json_object_get_member (object, "elevation"), elevation_path,
                   0, 60, &camera->elevation))
    return FALSE;
  if (camera->elevation > 0 && camera->view == STRIDE_RENDER_VIEW_TOP)
    return fail (r, elevation_path, "a top view has no elevation");
  if (json_object_has_member (object, "height") &&
      !get_number (r, json_object_get_member (object, "height"), height_path,
                   0.5, 10, &camera->view_height))
    return FALSE;
  if (json_object_has_member (object, "center"))
    {
      JsonArray *center = get_array (r, json_object_get_member (object, "center"),
                                     center_path, 2, 2);

      if (center == NULL ||
          !get_number (r, json_array_get_element (center, 0), x_path,
                       -20, 20, &camera->center_x) ||
          !get_number (r, json_array_get_element (center, 1), y_path,
                       -20, 20, &camera->center_y))
        return FALSE;
    }
  return TRUE;
}

static StrideCamera
animation_camera (const StrideAnimation *self)
{
  return (StrideCamera) { self->view, self->azimuth, self->elevation,
                          self->center_x, self->center_y, self->view_height };
}

void
stride_animation_set_camera (StrideAnimation    *self,
                             const StrideCamera *camera)
{
  self->view = camera->view;
  self->azimuth = camera->azimuth;
  self->elevation = camera->elevation;
  self->center_x = camera->center_x;
  self->center_y = camera->center_y;
  self->view_height = camera->view_height;
}

static gboolean
read_camera (Reader          *r,
             JsonNode        *node,
             StrideAnimation *self)
{
  StrideCamera camera = animation_camera (self);

  if (!read_camera_at (r, node, "$.camera", TRUE, &camera))
    return FALSE;
  stride_animation_set_camera (self, &camera);
  return TRUE;
}

static gboolean
read_highlight (Reader          *r,
                JsonNode        *node,
                StrideAnimation *self)
{
  static const char * const keys[] = {"structure", "side", NULL};
  static const char * const required[] = {"structure", NULL};
  static const char * const sides[] = {"left", "right", "both", NULL};
  JsonObject *object = get_object (r, node, "$.highlight");
  const char *structure;
  int side = STRIDE_RENDER_SIDE_LEFT;

  if (object == NULL || !check_keys (r, "$.highlight", object, keys, required))
    return FALSE;
  structure = get_string (r, json_object_get_member (object, "structure"),
                          "$.highlight.structure");
  if (structure == NULL)
    return FALSE;
  if (!stride_animation_structure_known (structure))
    return fail (r, "$.highlight.structure", "unknown structure \"%s\"", structure);
  if (json_object_has_member (object, "side") &&
      !get_enum (r, json_object_get_member (object, "side"), "$.highlight.side", sides, &side))
    return FALSE;
  self->structure = g_strdup (structure);
  self->structure_side = side;
  return TRUE;
}

static gboolean
read_prop (Reader     *r,
           JsonNode   *node,
           const char *path,
           StrideProp *prop)
{
  static const char * const keys[] = {"kind", "x", "y", "width", "height", "depth", "from", "to",
                                       "above_knees", NULL};
  static const char * const required[] = {"kind", NULL};
  static const char * const kinds[] = {"mat", "wall", "box", "table", "band", "strap",
                                       "chair", "ruler", "cushion", NULL};
  static const char * const numbers[] = {"x", "y", "width", "height", "depth"};
  JsonObject *object = get_object (r, node, path);
  double *fields[] = {&prop->x, &prop->y, &prop->width, &prop->height, &prop->depth};
  g_autofree char *kind_path = g_strdup_printf ("%s.kind", path);
  int kind = 0;

  if (object == NULL || !check_keys (r, path, object, keys, required) ||
      !get_enum (r, json_object_get_member (object, "kind"), kind_path, kinds, &kind))
    return FALSE;
  prop->kind = kind;
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, numbers[i]);

      if (json_object_has_member (object, numbers[i]) &&
          !get_number (r, json_object_get_member (object, numbers[i]), p, -20, 20, fields[i]))
        return FALSE;
    }
  if (kind == STRIDE_PROP_BAND || kind == STRIDE_PROP_STRAP || kind == STRIDE_PROP_CUSHION)
    {
      const char *ends[] = {"from", "to"};
      char **out[] = {&prop->from, &prop->to};

      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *p = g_strdup_printf ("%s.%s", path, ends[i]);
          const char *joint;

          if (!json_object_has_member (object, ends[i]))
            return fail (r, path, "missing key \"%s\"", ends[i]);
          if ((joint = get_string (r, json_object_get_member (object, ends[i]), p)) == NULL)
            return FALSE;
          if (!stride_animation_joint_known (joint))
            return fail (r, p, "unknown joint \"%s\"", joint);
          *out[i] = g_strdup (joint);
        }
      /* a cushion's width is its diameter */
      if (kind == STRIDE_PROP_CUSHION && prop->width <= 0)
        return fail (r, path, "a cushion needs a positive width");
    }
  else if (prop->width <= 0 && kind != STRIDE_PROP_WALL)
    return fail (r, path, "a %s needs a positive width", kinds[kind]);
  /* a loop band round both thighs sits up the thighs from the knees (a clamshell's) */
  if (json_object_has_member (object, "above_knees"))
    {
      g_autofree char *p = g_strdup_printf ("%s.above_knees", path);

      if (kind != STRIDE_PROP_BAND || g_strcmp0 (prop->from, "knee_l") != 0 ||
          g_strcmp0 (prop->to, "knee_r") != 0)
        return fail (r, path, "only a band from knee_l to knee_r has above_knees");
      if (!get_number (r, json_object_get_member (object, "above_knees"), p, 0, 0.3, &prop->above_knees))
        return FALSE;
    }
  /* how far a mat reaches towards and away from a raised camera */
  if (json_object_has_member (object, "depth") && (kind != STRIDE_PROP_MAT || prop->depth <= 0))
    return fail (r, path, "only a mat has a depth, and it must be positive");
  return TRUE;
}

static gboolean
read_props (Reader          *r,
            JsonNode        *node,
            StrideAnimation *self)
{
  JsonArray *array = get_array (r, node, "$.props", 0, 32);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.props[%u]", i);
      StrideProp *prop = g_new0 (StrideProp, 1);

      g_ptr_array_add (self->props, prop);
      if (!read_prop (r, json_array_get_element (array, i), path, prop))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_keyframe (Reader         *r,
               JsonNode       *node,
               const char     *path,
               const StrideKeyframe *previous,
               StrideKeyframe *keyframe)
{
  static const char * const keys[] = {"t", "ease", "pose", "highlight", NULL};
  static const char * const required[] = {"t", NULL};
  static const char * const eases[] = {"in_out", "linear", "in", "out", "step", NULL};
  JsonObject *object = get_object (r, node, path);
  gboolean set[STRIDE_N_DOF] = { FALSE, };
  StridePose pose = previous->pose;
  int ease = STRIDE_EASE_IN_OUT;
  g_autofree char *t_path = g_strdup_printf ("%s.t", path);

  if (object == NULL || !check_keys (r, path, object, keys, required) ||
      !get_number (r, json_object_get_member (object, "t"), t_path, 0, MAX_DURATION,
                   &keyframe->t))
    return FALSE;
  if (json_object_has_member (object, "ease"))
    {
      g_autofree char *p = g_strdup_printf ("%s.ease", path);

      if (!get_enum (r, json_object_get_member (object, "ease"), p, eases, &ease))
        return FALSE;
    }
  keyframe->ease = ease;
  keyframe->highlight = previous->highlight;
  if (json_object_has_member (object, "highlight"))
    {
      g_autofree char *p = g_strdup_printf ("%s.highlight", path);

      if (!get_number (r, json_object_get_member (object, "highlight"), p, 0, 1,
                       &keyframe->highlight))
        return FALSE;
    }
  if (json_object_has_member (object, "pose"))
    {
      g_autofree char *p = g_strdup_printf ("%s.pose", path);

      if (!read_pose (r, json_object_get_member (object, "pose"), p, &pose, set))
        return FALSE;
    }
  keyframe->pose = pose;
  return TRUE;
}

static gboolean
read_keyframes (Reader          *r,
                JsonNode        *node,
                const StridePose *base,
                StrideAnimation *self)
{
  JsonArray *array = get_array (r, node, "$.keyframes", 2, MAX_KEYFRAMES);
  StrideKeyframe previous = { 0, };

  if (array == NULL)
    return FALSE;
  previous.pose = *base;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.keyframes[%u]", i);
      StrideKeyframe keyframe = { 0, };

      if (!read_keyframe (r, json_array_get_element (array, i), path, &previous, &keyframe))
        return FALSE;
      if (i == 0 && keyframe.t != 0)
        return fail (r, path, "the first keyframe must be at t 0");
      if (i > 0 && keyframe.t <= previous.t)
        return fail (r, path, "t %g is not after the previous keyframe's %g",
                     keyframe.t, previous.t);
      g_array_append_val (self->keyframes, keyframe);
      previous = keyframe;
    }
  return TRUE;
}

static gboolean
read_chapters (Reader          *r,
               JsonNode        *node,
               StrideAnimation *self)
{
  static const char * const keys[] = {"id", "start", "camera", NULL};
  static const char * const required[] = {"id", "start", NULL};
  JsonArray *array = get_array (r, node, "$.chapters", 1, 64);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.chapters[%u]", i);
      g_autofree char *id_path = g_strdup_printf ("%s.id", path);
      g_autofree char *start_path = g_strdup_printf ("%s.start", path);
      JsonObject *object = get_object (r, json_array_get_element (array, i), path);
      StrideChapter *chapter;
      const char *id;
      double start = 0;

      if (object == NULL || !check_keys (r, path, object, keys, required) ||
          (id = get_id (r, json_object_get_member (object, "id"), id_path)) == NULL ||
          !get_number (r, json_object_get_member (object, "start"), start_path, 0,
                       MAX_DURATION, &start))
        return FALSE;
      if (g_str_equal (id, "switch_side"))
        return fail (r, id_path, "switch_side is added by the renderer for sides \"each\"");
      for (guint j = 0; j < self->chapters->len; j++)
        {
          StrideChapter *other = g_ptr_array_index (self->chapters, j);

          if (g_str_equal (other->id, id))
            return fail (r, id_path, "duplicate chapter \"%s\"", id);
          if (start <= other->start)
            return fail (r, start_path, "chapters must start in order");
        }
      if (i == 0 && start != 0)
        return fail (r, start_path, "the first chapter must start at 0");
      if (start >= self->duration)
        return fail (r, start_path, "starts at or after the end (%g s)", self->duration);
      chapter = g_new0 (StrideChapter, 1);
      chapter->id = g_strdup (id);
      chapter->start = start;
      g_ptr_array_add (self->chapters, chapter);
      /* a cut to another camera: the keys it leaves out keep the file's camera */
      chapter->camera = animation_camera (self);
      if (json_object_has_member (object, "camera"))
        {
          g_autofree char *camera_path = g_strdup_printf ("%s.camera", path);

          chapter->has_camera = TRUE;
          if (!read_camera_at (r, json_object_get_member (object, "camera"), camera_path,
                               FALSE, &chapter->camera))
            return FALSE;
        }
    }
  for (guint j = 0; j < self->chapters->len; j++)
    {
      StrideChapter *chapter = g_ptr_array_index (self->chapters, j);
      StrideChapter *next = j + 1 < self->chapters->len ?
                            g_ptr_array_index (self->chapters, j + 1) : NULL;

      chapter->end = next != NULL ? next->start : self->duration;
      chapter->uid = g_strdup (chapter->id);
    }
  return TRUE;
}

static gboolean
read_sides (Reader          *r,
            JsonObject      *root,
            StrideAnimation *self)
{
  static const char * const sides_names[] = {"none", "both", "each", NULL};
  static const char * const side_names[] = {"left", "right", NULL};
  int sides = STRIDE_RENDER_SIDES_NONE, side = STRIDE_RENDER_SIDE_LEFT;

  if (json_object_has_member (root, "sides") &&
      !get_enum (r, json_object_get_member (root, "sides"), "$.sides", sides_names, &sides))
    return FALSE;
  if (json_object_has_member (root, "side") &&
      !get_enum (r, json_object_get_member (root, "side"), "$.side", side_names, &side))
    return FALSE;
  if (sides == STRIDE_RENDER_SIDES_EACH && !json_object_has_member (root, "side"))
    return fail (r, "$", "sides \"each\" needs \"side\": the side the keyframes describe");
  self->sides = sides;
  self->side = side;
  self->switch_s = 1.0;
  if (json_object_has_member (root, "switch_s") &&
      !get_number (r, json_object_get_member (root, "switch_s"), "$.switch_s", 0.2, 5,
                   &self->switch_s))
    return FALSE;
  return TRUE;
}

static gboolean
read_root (Reader          *r,
           JsonNode        *node,
           StrideAnimation *self)
{
  static const char * const keys[] = {"format", "id", "duration", "camera", "sides", "side",
                                      "switch_s", "highlight", "anchor", "ground", "props",
                                      "base", "keyframes", "chapters", NULL};
  static const char * const required[] = {"format", "id", "camera", "keyframes", "chapters",
                                          NULL};
  JsonObject *root = get_object (r, node, "$");
  StridePose base;
  gboolean set[STRIDE_N_DOF] = { FALSE, };
  const char *id;
  double format = 0;
  StrideKeyframe *last;

  if (root == NULL || !check_keys (r, "$", root, keys, required))
    return FALSE;
  if (!get_number (r, json_object_get_member (root, "format"), "$.format", 1, 1, &format))
    return FALSE;
  if ((id = get_id (r, json_object_get_member (root, "id"), "$.id")) == NULL)
    return FALSE;
  self->id = g_strdup (id);
  if (!read_camera (r, json_object_get_member (root, "camera"), self) ||
      !read_sides (r, root, self))
    return FALSE;
  if (json_object_has_member (root, "highlight") &&
      !read_highlight (r, json_object_get_member (root, "highlight"), self))
    return FALSE;
  if (json_object_has_member (root, "anchor"))
    {
      const char *anchor = get_string (r, json_object_get_member (root, "anchor"), "$.anchor");

      if (anchor == NULL)
        return FALSE;
      if (!stride_animation_joint_known (anchor))
        return fail (r, "$.anchor", "unknown joint \"%s\"", anchor);
      self->anchor = g_strdup (anchor);
    }
  if (json_object_has_member (root, "ground"))
    {
      if (!get_number (r, json_object_get_member (root, "ground"), "$.ground", -5, 5,
                       &self->ground))
        return FALSE;
      self->has_ground = TRUE;
    }
  if (json_object_has_member (root, "props") &&
      !read_props (r, json_object_get_member (root, "props"), self))
    return FALSE;
  pose_init_standing (&base);
  if (json_object_has_member (root, "base") &&
      !read_pose (r, json_object_get_member (root, "base"), "$.base", &base, set))
    return FALSE;
  if (!read_keyframes (r, json_object_get_member (root, "keyframes"), &base, self))
    return FALSE;
  last = &g_array_index (self->keyframes, StrideKeyframe, self->keyframes->len - 1);
  self->duration = last->t;
  if (json_object_has_member (root, "duration") &&
      !get_number (r, json_object_get_member (root, "duration"), "$.duration", last->t,
                   MAX_DURATION, &self->duration))
    return FALSE;
  if (self->duration < 0.5)
    return fail (r, "$.keyframes", "the animation is shorter than half a second");
  return read_chapters (r, json_object_get_member (root, "chapters"), self);
}

static StrideAnimation *
animation_new (const char *name)
{
  StrideAnimation *self = g_new0 (StrideAnimation, 1);

  self->file = g_strdup (name);
  self->view_height = 2.2;
  self->center_y = 0.9;
  self->keyframes = g_array_new (FALSE, TRUE, sizeof (StrideKeyframe));
  self->props = g_ptr_array_new_with_free_func (prop_free);
  self->chapters = g_ptr_array_new_with_free_func (stride_animation_chapter_free);
  return self;
}

/* json-glib reports "<data>:LINE:COL: Parse error: …"; name the file instead. */
static void
set_parse_error (GError    **error,
                 const char *name,
                 GError     *parse_error)
{
  const char *message = parse_error->message;

  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  g_set_error (error, STRIDE_ANIMATION_ERROR, STRIDE_ANIMATION_ERROR_PARSE,
               "%s:%s", name, message);
}

StrideAnimation *
stride_animation_load_data (const char  *name,
                            const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(StrideAnimation) self = NULL;
  Reader r = { name, error };

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if (length > MAX_FILE_SIZE)
    {
      g_set_error (error, STRIDE_ANIMATION_ERROR, STRIDE_ANIMATION_ERROR_INVALID,
                   "%s: larger than %d bytes", name, MAX_FILE_SIZE);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      set_parse_error (error, name, parse_error);
      return NULL;
    }
  self = animation_new (name);
  if (!read_root (&r, json_parser_get_root (parser), self))
    return NULL;
  return g_steal_pointer (&self);
}

StrideAnimation *
stride_animation_load_file (const char  *path,
                            GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  name = g_path_get_basename (path);
  return stride_animation_load_data (name, contents, length, error);
}
