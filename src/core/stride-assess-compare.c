/* stride-assess-compare.c — what changed between two self-tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-assess-private.h"

/* ---------------------------------------------------------------------------------- */
/* Re-tests                                                                           */
/* ---------------------------------------------------------------------------------- */

static void
assess_change_free (StrideAssessChange *change)
{
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

/* +1 when a higher value is better, −1 when lower is, 0 when the rules do not say. */
static int
field_direction (const StrideSelfTest *test,
                 const char           *field)
{
  for (guint i = 0; i < test->rules->len; i++)
    {
      const StrideTestRule *rule = g_ptr_array_index (test->rules, i);

      for (guint j = 0; j < rule->when->len; j++)
        {
          const StrideTestCondition *condition = g_ptr_array_index (rule->when, j);

          if (g_strcmp0 (condition->field, field) != 0)
            continue;
          if (condition->compare == STRIDE_COMPARE_LT || condition->compare == STRIDE_COMPARE_LE)
            return 1;
          if (condition->compare == STRIDE_COMPARE_GT || condition->compare == STRIDE_COMPARE_GE)
            return -1;
        }
    }

  return 0;
}

/* The problem value of a choice or bool field, when a finding rule names one. */
static int
value_trend (const StrideSelfTest *test,
             const char           *field,
             JsonNode             *before,
             JsonNode             *after)
{
  for (guint i = 0; i < test->rules->len; i++)
    {
      const StrideTestRule *rule = g_ptr_array_index (test->rules, i);

      for (guint j = 0; j < rule->when->len; j++)
        {
          const StrideTestCondition *condition = g_ptr_array_index (rule->when, j);
          JsonObject *probe;
          gboolean was, is;

          if (g_strcmp0 (condition->field, field) != 0 || condition->compare != STRIDE_COMPARE_EQUALS)
            continue;

          probe = json_object_new ();
          json_object_set_member (probe, field, json_node_copy (before));
          was = stride_assess_condition_holds (condition, probe, NULL);
          json_object_set_member (probe, field, json_node_copy (after));
          is = stride_assess_condition_holds (condition, probe, NULL);
          json_object_unref (probe);

          if (was != is)
            return was ? 1 : -1;
        }
    }

  return 0;
}

static char *
describe_value (const StrideField *field,
                JsonNode          *node)
{
  if (field->kind == STRIDE_FIELD_NUMBER)
    return stride_assess_format_with_unit (json_node_get_double (node), field->unit);

  if (field->kind == STRIDE_FIELD_BOOL)
    return g_strdup (json_node_get_boolean (node) ? _("yes") : _("no"));

  for (guint i = 0; i < field->choices->len; i++)
    {
      const StrideAnswer *choice = g_ptr_array_index (field->choices, i);

      if (g_strcmp0 (choice->id, json_node_get_string (node)) == 0)
        return g_strdup (choice->text);
    }

  return g_strdup (json_node_get_string (node));
}

static void
compare_values (GPtrArray            *changes,
                const StrideSelfTest *test,
                StrideSide            side,
                JsonObject           *before,
                JsonObject           *after)
{
  for (guint i = 0; i < test->fields->len; i++)
    {
      const StrideField *field = g_ptr_array_index (test->fields, i);
      JsonNode *was = json_object_get_member (before, field->id);
      JsonNode *is = json_object_get_member (after, field->id);
      StrideAssessChange *change;

      if (was == NULL || is == NULL || json_node_equal (was, is))
        continue;

      change = g_new0 (StrideAssessChange, 1);
      change->test = test;
      change->field = field;
      change->side = side;
      change->before = describe_value (field, was);
      change->after = describe_value (field, is);
      if (field->kind == STRIDE_FIELD_NUMBER)
        {
          change->delta = json_node_get_double (is) - json_node_get_double (was);
          change->trend = field_direction (test, field->id) * (change->delta > 0 ? 1 : -1);
        }
      else
        {
          change->trend = value_trend (test, field->id, was, is);
        }
      g_ptr_array_add (changes, change);
    }
}

GPtrArray *
stride_assess_compare (StrideContent *content,
                       JsonNode      *previous,
                       JsonNode      *current)
{
  GPtrArray *changes;
  GPtrArray *tests;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (previous != NULL && JSON_NODE_HOLDS_OBJECT (previous), NULL);
  g_return_val_if_fail (current != NULL && JSON_NODE_HOLDS_OBJECT (current), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) assess_change_free);
  tests = stride_content_get_items (content, STRIDE_KIND_TEST);
  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *test = g_ptr_array_index (tests, i);
      static const StrideSide per_side[] = { STRIDE_SIDE_LEFT, STRIDE_SIDE_RIGHT };
      static const StrideSide no_side[] = { STRIDE_SIDE_NONE };
      const StrideSide *sides = test->per_side ? per_side : no_side;
      guint n_sides = test->per_side ? 2 : 1;

      for (guint j = 0; j < n_sides; j++)
        {
          JsonObject *before = stride_assess_get_values (previous, test->id, sides[j]);
          JsonObject *after = stride_assess_get_values (current, test->id, sides[j]);

          if (before != NULL && after != NULL)
            compare_values (changes, test, sides[j], before, after);
        }
    }

  return changes;
}
