/* stride-assess-input.c — the `stride --assess` input: checked, then read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-path-error.h"
#include "stride-assess-private.h"

static const char * const sexes[] = { "female", "male", "other", NULL };

/* ---------------------------------------------------------------------------------- */
/* Validation                                                                         */
/* ---------------------------------------------------------------------------------- */

static gboolean
fail (GError    **error,
      const char *path,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError    **error,
      const char *path,
      const char *format,
      ...)
{
  va_list args;
  gboolean result;

  va_start (args, format);
  result = stride_set_path_errorv (error, STRIDE_ASSESS_ERROR, STRIDE_ASSESS_ERROR_INVALID, path, format, args);
  va_end (args);
  return result;
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return _("a string");
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return _("true or false");
  return _("a number");
}

gboolean
stride_assess_node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

gboolean
stride_assess_node_is_type (JsonNode *node,
                            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

const StrideField *
stride_assess_find_field (const StrideSelfTest *test,
                          const char           *id)
{
  for (guint i = 0; i < test->fields->len; i++)
    {
      const StrideField *field = g_ptr_array_index (test->fields, i);

      if (g_strcmp0 (field->id, id) == 0)
        return field;
    }

  return NULL;
}

static char *
join_field_ids (const StrideSelfTest *test)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < test->fields->len; i++)
    {
      const StrideField *field = g_ptr_array_index (test->fields, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", field->id);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
join_choice_ids (const StrideField *field)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < field->choices->len; i++)
    {
      const StrideAnswer *choice = g_ptr_array_index (field->choices, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", choice->id);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static gboolean
field_counts (const StrideField *field)
{
  return g_strcmp0 (field->input, "count") == 0 || g_strcmp0 (field->input, "reps") == 0;
}

static gboolean
validate_number (const StrideField *field,
                 JsonNode          *node,
                 const char        *path,
                 GError           **error)
{
  double value;

  if (!stride_assess_node_is_number (node))
    return fail (error, path, _("expected a number, not %s"), node_type_name (node));

  value = json_node_get_double (node);
  if (!isfinite (value) || value < field->min || value > field->max)
    return fail (error, path, _("%g is out of range (%g to %g)"), value, field->min, field->max);

  if (field_counts (field) && value != floor (value))
    return fail (error, path, _("expected a whole number, not %g"), value);

  return TRUE;
}

static gboolean
validate_choice (const StrideField *field,
                 JsonNode          *node,
                 const char        *path,
                 GError           **error)
{
  const char *id;
  g_autofree char *known = NULL;

  if (!stride_assess_node_is_type (node, G_TYPE_STRING))
    return fail (error, path, _("expected a string, not %s"), node_type_name (node));

  id = json_node_get_string (node);
  for (guint i = 0; i < field->choices->len; i++)
    {
      const StrideAnswer *choice = g_ptr_array_index (field->choices, i);

      if (g_strcmp0 (choice->id, id) == 0)
        return TRUE;
    }

  known = join_choice_ids (field);
  return fail (error, path, _("unknown choice “%s” (expected one of: %s)"), id, known);
}

static gboolean
validate_value (const StrideField *field,
                JsonNode          *node,
                const char        *path,
                GError           **error)
{
  switch (field->kind)
    {
    case STRIDE_FIELD_NUMBER:
      return validate_number (field, node, path, error);
    case STRIDE_FIELD_CHOICE:
      return validate_choice (field, node, path, error);
    case STRIDE_FIELD_BOOL:
      if (!stride_assess_node_is_type (node, G_TYPE_BOOLEAN))
        return fail (error, path, _("expected true or false, not %s"), node_type_name (node));
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

/* One side's results (or a test without sides): every member is one of the test's fields. */
static gboolean
validate_values (const StrideSelfTest *test,
                 JsonNode             *node,
                 const char           *path,
                 GError              **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, _("expected an object of results, not %s"), node_type_name (node));

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &name, &value))
    {
      const StrideField *field = stride_assess_find_field (test, name);
      g_autofree char *field_path = g_strdup_printf ("%s.%s", path, name);

      if (field == NULL)
        {
          g_autofree char *known = join_field_ids (test);
          return fail (error, field_path, _("unknown field “%s” of %s (expected one of: %s)"),
                       name, test->id, known);
        }

      if (!validate_value (field, value, field_path, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
validate_sides (const StrideSelfTest *test,
                JsonNode             *node,
                const char           *path,
                GError              **error)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, _("expected an object with “left” and “right”, not %s"),
                 node_type_name (node));

  object = json_node_get_object (node);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &value))
    {
      g_autofree char *side_path = g_strdup_printf ("%s.%s", path, name);

      if (!g_str_equal (name, "left") && !g_str_equal (name, "right"))
        return fail (error, side_path, _("“%s” is not a side: %s is done on each side, so its results go under “left” and “right”"),
                     name, test->id);

      if (!validate_values (test, value, side_path, error))
        return FALSE;
    }

  if (!json_object_has_member (object, "left") && !json_object_has_member (object, "right"))
    return fail (error, path, _("missing side: %s is done on each side, so its results go under “left” and “right”"),
                 test->id);

  return TRUE;
}

static gboolean
validate_results (StrideContent *content,
                  JsonNode      *node,
                  GError       **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, "$.results", _("expected an object of tests, not %s"), node_type_name (node));

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &name, &value))
    {
      const StrideSelfTest *test = stride_content_find_test (content, name);
      g_autofree char *path = g_strdup_printf ("$.results.%s", name);

      if (test == NULL)
        return fail (error, path, _("unknown test “%s”"), name);

      if (test->per_side ? !validate_sides (test, value, path, error)
                         : !validate_values (test, value, path, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
validate_about_you (JsonObject *object,
                    GError    **error)
{
  JsonNode *sex = json_object_get_member (object, "sex");
  JsonNode *age = json_object_get_member (object, "age");

  if (sex != NULL)
    {
      if (!stride_assess_node_is_type (sex, G_TYPE_STRING))
        return fail (error, "$.sex", _("expected a string, not %s"), node_type_name (sex));
      if (!g_strv_contains (sexes, json_node_get_string (sex)))
        return fail (error, "$.sex", _("unknown sex “%s” (expected one of: female, male, other)"),
                     json_node_get_string (sex));
    }

  if (age != NULL)
    {
      if (!stride_assess_node_is_number (age))
        return fail (error, "$.age", _("expected a number, not %s"), node_type_name (age));
      if (json_node_get_double (age) < 0 || json_node_get_double (age) > 130)
        return fail (error, "$.age", _("%g is out of range (0 to 130)"), json_node_get_double (age));
    }

  return TRUE;
}

gboolean
stride_assess_validate (StrideContent  *content,
                        JsonNode       *input,
                        GError        **error)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (input))
    return fail (error, "$", _("expected an object with “results”, not %s"), node_type_name (input));

  object = json_node_get_object (input);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &value))
    {
      static const char * const known[] = { "sex", "age", "results", NULL };

      if (!g_strv_contains (known, name))
        {
          g_autofree char *path = g_strdup_printf ("$.%s", name);
          return fail (error, path, _("unknown member “%s” (expected sex, age or results)"), name);
        }
    }

  if (!json_object_has_member (object, "results"))
    return fail (error, "$", _("missing “results”"));

  return validate_about_you (object, error) &&
         validate_results (content, json_object_get_member (object, "results"), error);
}

/* ---------------------------------------------------------------------------------- */
/* Reading validated input                                                            */
/* ---------------------------------------------------------------------------------- */

const char *
stride_side_to_string (StrideSide side)
{
  switch (side)
    {
    case STRIDE_SIDE_LEFT:
      return "left";
    case STRIDE_SIDE_RIGHT:
      return "right";
    case STRIDE_SIDE_BOTH:
      return "both";
    case STRIDE_SIDE_NONE:
    default:
      return NULL;
    }
}

/* The object holding TEST's values on SIDE, or NULL when it was not done. */
JsonObject *
stride_assess_get_values (JsonNode   *input,
                          const char *test,
                          StrideSide  side)
{
  JsonObject *results = json_object_get_object_member (json_node_get_object (input), "results");
  JsonObject *values;

  if (!json_object_has_member (results, test))
    return NULL;

  values = json_object_get_object_member (results, test);
  if (side == STRIDE_SIDE_NONE)
    return values;

  if (!json_object_has_member (values, stride_side_to_string (side)))
    return NULL;

  return json_object_get_object_member (values, stride_side_to_string (side));
}

gboolean
stride_assess_input_get_number (JsonNode   *input,
                                const char *test,
                                StrideSide  side,
                                const char *field,
                                double     *value)
{
  JsonObject *values;
  JsonNode *node;

  g_return_val_if_fail (input != NULL && JSON_NODE_HOLDS_OBJECT (input), FALSE);
  g_return_val_if_fail (test != NULL, FALSE);
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (side != STRIDE_SIDE_BOTH, FALSE);

  values = stride_assess_get_values (input, test, side);
  if (values == NULL)
    return FALSE;

  node = json_object_get_member (values, field);
  if (node == NULL || !stride_assess_node_is_number (node))
    return FALSE;

  if (value != NULL)
    *value = json_node_get_double (node);
  return TRUE;
}

const char *
stride_assess_get_string_member (JsonNode   *input,
                                 const char *name)
{
  JsonObject *object = json_node_get_object (input);

  if (!json_object_has_member (object, name))
    return NULL;

  return json_object_get_string_member (object, name);
}

double
stride_assess_get_age (JsonNode *input)
{
  JsonObject *object = json_node_get_object (input);

  if (!json_object_has_member (object, "age"))
    return -1;

  return json_object_get_double_member (object, "age");
}
