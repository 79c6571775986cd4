/* stride-assess.c — self-test results in, findings, cautions and a personal routine out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-json-reader.h"
#include "stride-path-error.h"
#include "stride-assess.h"

/* A routine a runner will actually do (about half an hour): at most this many exercises
 * per finding, taken in the order the finding lists them (its best first), and at most
 * this many stretches and strength exercises in all. Every finding gets its first
 * exercise before any gets its second. */
#define MAX_EXERCISES_PER_FINDING 2
#define MAX_STRETCHES             5
#define MAX_STRENGTH              5

/* Older adults hold stretches longer (30–60 s, docs/clinical-basis.md). */
#define OLDER_ADULT_AGE      65
#define OLDER_ADULT_HOLD_S   60

/* The maintenance routine is short: at most this many sets of each item. */
#define MAINTENANCE_MAX_SETS 2


G_DEFINE_QUARK (stride-assess-error-quark, stride_assess_error)

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

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
node_is_type (JsonNode *node,
              GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static const StrideField *
find_field (const StrideSelfTest *test,
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

  if (!node_is_number (node))
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

  if (!node_is_type (node, G_TYPE_STRING))
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
      if (!node_is_type (node, G_TYPE_BOOLEAN))
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
      const StrideField *field = find_field (test, name);
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
      if (!node_is_type (sex, G_TYPE_STRING))
        return fail (error, "$.sex", _("expected a string, not %s"), node_type_name (sex));
      if (!g_strv_contains (sexes, json_node_get_string (sex)))
        return fail (error, "$.sex", _("unknown sex “%s” (expected one of: female, male, other)"),
                     json_node_get_string (sex));
    }

  if (age != NULL)
    {
      if (!node_is_number (age))
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
static JsonObject *
get_values (JsonNode   *input,
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

  values = get_values (input, test, side);
  if (values == NULL)
    return FALSE;

  node = json_object_get_member (values, field);
  if (node == NULL || !node_is_number (node))
    return FALSE;

  if (value != NULL)
    *value = json_node_get_double (node);
  return TRUE;
}

static const char *
get_string_member (JsonNode   *input,
                   const char *name)
{
  JsonObject *object = json_node_get_object (input);

  if (!json_object_has_member (object, name))
    return NULL;

  return json_object_get_string_member (object, name);
}

static double
get_age (JsonNode *input)
{
  JsonObject *object = json_node_get_object (input);

  if (!json_object_has_member (object, "age"))
    return -1;

  return json_object_get_double_member (object, "age");
}

/* ---------------------------------------------------------------------------------- */
/* Scoring                                                                            */
/* ---------------------------------------------------------------------------------- */

/* A finding of one test while it is being scored, before its sides are merged. */
typedef struct
{
  const StrideFinding *finding;
  const StrideFinding *exercises_from;
  GString             *text[3];     /* NONE, LEFT, RIGHT */
  gboolean             see_clinician;
} Pending;

static void
pending_free (Pending *pending)
{
  for (guint i = 0; i < G_N_ELEMENTS (pending->text); i++)
    if (pending->text[i] != NULL)
      g_string_free (pending->text[i], TRUE);
  g_free (pending);
}

static guint
side_index (StrideSide side)
{
  return side == STRIDE_SIDE_LEFT ? 1 : side == STRIDE_SIDE_RIGHT ? 2 : 0;
}

typedef struct
{
  StrideContent    *content;
  JsonNode         *input;
  const char       *sex;
  StrideAssessment *result;
  gboolean          convention_stated;  /* said once per assessment, not per finding */
} Scorer;

static gboolean
condition_holds (const StrideTestCondition *condition,
                 JsonObject                *values,
                 const char                *sex)
{
  JsonNode *node;
  double number;

  /* A rule for "other" also covers a sex not given: the norms that do not depend on it. */
  if (condition->sex != NULL && g_strcmp0 (condition->sex, sex != NULL ? sex : "other") != 0)
    return FALSE;

  node = json_object_get_member (values, condition->field);
  if (node == NULL)
    return FALSE;

  if (condition->compare == STRIDE_COMPARE_EQUALS)
    {
      if (node_is_type (node, G_TYPE_STRING))
        return g_strcmp0 (json_node_get_string (node), condition->choice) == 0;
      if (node_is_type (node, G_TYPE_BOOLEAN))
        return !json_node_get_boolean (node) == !condition->flag;
      return FALSE;
    }

  if (!node_is_number (node))
    return FALSE;

  number = json_node_get_double (node);
  switch (condition->compare)
    {
    case STRIDE_COMPARE_LT:
      return number < condition->number;
    case STRIDE_COMPARE_LE:
      return number <= condition->number;
    case STRIDE_COMPARE_GT:
      return number > condition->number;
    case STRIDE_COMPARE_GE:
      return number >= condition->number;
    case STRIDE_COMPARE_EQUALS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
rule_holds (const StrideTestRule *rule,
            JsonObject           *values,
            const char           *sex)
{
  if (rule->when->len == 0)
    return FALSE;

  for (guint i = 0; i < rule->when->len; i++)
    if (!condition_holds (g_ptr_array_index (rule->when, i), values, sex))
      return FALSE;

  return TRUE;
}

static char *
format_number (double value)
{
  if (value == floor (value) && fabs (value) < 1e9)
    return g_strdup_printf ("%.0f", value);

  return g_strdup_printf ("%.1f", value);
}

/* The rule's text with {value} replaced by the value of the field it tests first. */
static char *
expand_text (const StrideTestRule *rule,
             JsonObject           *values)
{
  const StrideTestCondition *first = g_ptr_array_index (rule->when, 0);
  JsonNode *node = json_object_get_member (values, first->field);
  g_autofree char *value = NULL;
  g_auto(GStrv) parts = NULL;

  if (rule->text == NULL)
    return g_strdup ("");

  if (node_is_number (node))
    value = format_number (json_node_get_double (node));
  else if (node_is_type (node, G_TYPE_STRING))
    value = g_strdup (json_node_get_string (node));
  else
    value = g_strdup (json_node_get_boolean (node) ? _("yes") : _("no"));

  parts = g_strsplit (rule->text, "{value}", -1);
  return g_strjoinv (value, parts);
}

static void
add_caution (Scorer              *scorer,
             const StrideCaution *caution)
{
  GPtrArray *cautions = scorer->result->cautions;
  StrideAssessCaution *entry;

  for (guint i = 0; i < cautions->len; i++)
    if (((StrideAssessCaution *) g_ptr_array_index (cautions, i))->caution == caution)
      return;

  entry = g_new0 (StrideAssessCaution, 1);
  entry->caution = caution;
  g_ptr_array_add (cautions, entry);

  if (caution->see_clinician)
    scorer->result->see_clinician = TRUE;
}

static Pending *
get_pending (GPtrArray           *pending,
             const StrideFinding *finding)
{
  Pending *entry;

  for (guint i = 0; i < pending->len; i++)
    {
      entry = g_ptr_array_index (pending, i);
      if (entry->finding == finding)
        return entry;
    }

  entry = g_new0 (Pending, 1);
  entry->finding = finding;
  entry->exercises_from = finding;
  g_ptr_array_add (pending, entry);
  return entry;
}

static void
add_evidence (Pending    *entry,
              StrideSide  side,
              const char *text)
{
  GString **slot = &entry->text[side_index (side)];

  if (*slot == NULL)
    *slot = g_string_new (text);
  else if (strstr ((*slot)->str, text) == NULL)
    g_string_append_printf (*slot, " %s", text);
}

static void
apply_rule (Scorer               *scorer,
            GPtrArray            *pending,
            const StrideTestRule *rule,
            JsonObject           *values,
            StrideSide            side)
{
  if (rule->see_clinician)
    scorer->result->see_clinician = TRUE;

  if (rule->caution != NULL)
    {
      const StrideCaution *caution = stride_content_find_caution (scorer->content, rule->caution);

      if (caution != NULL)
        add_caution (scorer, caution);
    }

  if (rule->finding != NULL)
    {
      const StrideFinding *finding = stride_content_find_finding (scorer->content, rule->finding);
      g_autofree char *text = expand_text (rule, values);
      Pending *entry;

      if (finding == NULL)
        return;

      entry = get_pending (pending, finding);
      add_evidence (entry, side, text);
      entry->see_clinician |= rule->see_clinician;
    }
}

static void
score_side (Scorer               *scorer,
            GPtrArray            *pending,
            const StrideSelfTest *test,
            StrideSide            side)
{
  JsonObject *values = get_values (scorer->input, test->id, side);

  if (values == NULL)
    return;

  for (guint i = 0; i < test->rules->len; i++)
    {
      const StrideTestRule *rule = g_ptr_array_index (test->rules, i);

      if (rule_holds (rule, values, scorer->sex))
        apply_rule (scorer, pending, rule, values, side);
    }
}

static gboolean
rule_tests_field (const StrideTestRule *rule,
                  const char           *field)
{
  for (guint i = 0; i < rule->when->len; i++)
    {
      const StrideTestCondition *condition = g_ptr_array_index (rule->when, i);

      if (g_strcmp0 (condition->field, field) == 0)
        return TRUE;
    }

  return FALSE;
}

/* What a difference between sides on FIELD is trained with: the finding a low value of
 * that field gives (a tight hamstring for a straight-leg raise…). */
static const StrideFinding *
find_field_finding (Scorer               *scorer,
                    const StrideSelfTest *test,
                    const char           *field)
{
  for (guint i = 0; i < test->rules->len; i++)
    {
      const StrideTestRule *rule = g_ptr_array_index (test->rules, i);

      if (rule->finding != NULL && rule_tests_field (rule, field))
        return stride_content_find_finding (scorer->content, rule->finding);
    }

  return NULL;
}

/* A big side difference on a field whose low values warrant a clinician warrants one too
 * (e.g. hip internal rotation, docs/clinical-basis.md) — or, when the test names a bool field for it,
 * only when that field is true on a side (a difference of ≥ 10° *with pain*). */
static gboolean
asymmetry_warrants_clinician (Scorer               *scorer,
                              const StrideSelfTest *test,
                              const char           *field)
{
  if (test->asymmetry_clinician_with != NULL)
    {
      static const StrideSide sides[] = { STRIDE_SIDE_LEFT, STRIDE_SIDE_RIGHT };

      for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
        {
          JsonObject *values = get_values (scorer->input, test->id, sides[i]);
          JsonNode *node = values != NULL ? json_object_get_member (values, test->asymmetry_clinician_with) : NULL;

          if (node != NULL && node_is_type (node, G_TYPE_BOOLEAN) && json_node_get_boolean (node))
            return TRUE;
        }
      return FALSE;
    }

  for (guint i = 0; i < test->rules->len; i++)
    {
      const StrideTestRule *rule = g_ptr_array_index (test->rules, i);

      if (rule->see_clinician && rule_tests_field (rule, field))
        return TRUE;
    }

  return FALSE;
}

static char *
format_with_unit (double      value,
                  const char *unit)
{
  g_autofree char *number = format_number (value);

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);

  /* Degrees hug the number; other units are a word apart. */
  if (g_str_equal (unit, "°"))
    return g_strconcat (number, unit, NULL);

  return g_strdup_printf ("%s %s", number, unit);
}

static char *
asymmetry_text (const StrideSelfTest *test,
                const StrideField    *field,
                double                left,
                double                right,
                double                min_difference,
                double                min_ratio,
                gboolean              state_convention)
{
  g_autofree char *left_text = format_with_unit (left, field->unit);
  g_autofree char *right_text = format_with_unit (right, field->unit);
  g_autofree char *convention = NULL;
  g_autofree char *difference = NULL;
  double diff = fabs (left - right);

  if (min_difference > 0 && min_ratio > 0)
    {
      g_autofree char *threshold = format_with_unit (min_difference, field->unit);
      g_autofree char *absolute = format_with_unit (diff, field->unit);

      difference = g_strdup_printf ("%s (%.0f%%)", absolute, 100 * diff / MAX (left, right));
      /* Translators: e.g. "… of more than 15% and at least 3 s as worth training." */
      convention = g_strdup_printf (_("Stride counts a difference of more than %.0f%% and at least %s as worth training: less is within what a second try changes."),
                                    100 * min_ratio, threshold);
    }
  else if (min_difference > 0)
    {
      g_autofree char *threshold = format_with_unit (min_difference, field->unit);
      difference = format_with_unit (diff, field->unit);
      convention = g_strdup_printf (_("Stride counts a difference of %s or more as worth training."), threshold);
    }
  else
    {
      difference = g_strdup_printf ("%.0f%%", 100 * diff / MAX (left, right));
      convention = g_strdup_printf (_("Stride counts a difference of more than %.0f%% as worth training."),
                                    100 * min_ratio);
    }

  /* The caveat once per assessment: a summary with four asymmetries said it four times. */
  if (!state_convention)
    /* Translators: e.g. "Left 62°, right 78°: a difference of 16°. Stride counts … ." */
    return g_strdup_printf (_("Left %s, right %s: a difference of %s. %s"), left_text, right_text, difference, convention);

  /* Translators: e.g. "Left 62°, right 78°: a difference of 16°. Stride counts … ." */
  return g_strdup_printf (_("Left %s, right %s: a difference of %s. %s This is a working convention, not a medical cut-off."),
                          left_text, right_text, difference, convention);
}

static void
score_asymmetry (Scorer               *scorer,
                 GPtrArray            *pending,
                 const StrideSelfTest *test)
{
  const StrideField *field;
  const StrideFinding *asymmetry;
  double left, right, diff, min_difference, min_ratio;
  gboolean uneven;
  g_autofree char *text = NULL;
  Pending *entry;

  if (!test->per_side || test->asymmetry_field == NULL)
    return;

  field = find_field (test, test->asymmetry_field);
  asymmetry = stride_content_find_finding (scorer->content, STRIDE_FINDING_ASYMMETRY);
  if (field == NULL || asymmetry == NULL ||
      !stride_assess_input_get_number (scorer->input, test->id, STRIDE_SIDE_LEFT, field->id, &left) ||
      !stride_assess_input_get_number (scorer->input, test->id, STRIDE_SIDE_RIGHT, field->id, &right))
    return;

  min_difference = test->asymmetry_min_difference;
  min_ratio = test->asymmetry_min_ratio;
  if (min_difference <= 0 && min_ratio <= 0)
    min_ratio = STRIDE_ASSESS_DEFAULT_MIN_RATIO;

  /* Both margins when the content gives both: 12 s against 10 s is 17% but only the
   * noise of a second try; 100 s against 97 s is 3 s but only 3%. */
  diff = fabs (left - right);
  uneven = (min_difference <= 0 || diff >= min_difference) &&
           (min_ratio <= 0 || (MAX (left, right) > 0 && diff / MAX (left, right) > min_ratio));
  if (!uneven)
    return;

  text = asymmetry_text (test, field, left, right, min_difference, min_ratio, !scorer->convention_stated);
  scorer->convention_stated = TRUE;
  entry = g_new0 (Pending, 1);
  entry->finding = asymmetry;
  entry->exercises_from = find_field_finding (scorer, test, field->id);
  if (entry->exercises_from == NULL)
    entry->exercises_from = asymmetry;
  entry->see_clinician = asymmetry_warrants_clinician (scorer, test, field->id);
  /* The lower value is the weaker side: less range, a shorter hold, fewer reps. */
  entry->text[side_index (left < right ? STRIDE_SIDE_LEFT : STRIDE_SIDE_RIGHT)] = g_string_new (text);
  g_ptr_array_add (pending, entry);

  if (entry->see_clinician)
    scorer->result->see_clinician = TRUE;
}

static void
emit_finding (Scorer               *scorer,
              const StrideSelfTest *test,
              Pending              *entry,
              StrideSide            side,
              char                 *evidence)
{
  StrideAssessFinding *finding = g_new0 (StrideAssessFinding, 1);

  finding->finding = entry->finding;
  finding->exercises_from = entry->exercises_from;
  finding->test = test;
  finding->side = side;
  finding->see_clinician = entry->see_clinician;
  if (entry->finding->text != NULL && *entry->finding->text != '\0')
    finding->text = g_strdup_printf ("%s %s", evidence, entry->finding->text);
  else
    finding->text = g_strdup (evidence);
  g_free (evidence);

  g_ptr_array_add (scorer->result->findings, finding);
}

/* TEXT cut into sentences ("… ." each, without the space after). */
static GPtrArray *
split_sentences (const char *text)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (const char *p = text; *p != '\0'; p++)
    if (strchr (".!?", *p) != NULL && (p[1] == ' ' || p[1] == '\0'))
      {
        g_ptr_array_add (sentences, g_strndup (start, p + 1 - start));
        start = p[1] == ' ' ? p + 2 : p + 1;
      }
  if (*start != '\0')
    g_ptr_array_add (sentences, g_strdup (start));

  return sentences;
}

static gboolean
has_sentence (GPtrArray  *sentences,
              const char *sentence)
{
  for (guint i = 0; i < sentences->len; i++)
    if (g_str_equal (g_ptr_array_index (sentences, i), sentence))
      return TRUE;

  return FALSE;
}

/* The sentences of MINE that OTHER has too (SHARED) or not: appended to OWN or SHARED. */
static void
sort_sentences (GPtrArray *mine,
                GPtrArray *other,
                GString   *own,
                GString   *shared)
{
  for (guint i = 0; i < mine->len; i++)
    {
      const char *sentence = g_ptr_array_index (mine, i);
      GString *to = has_sentence (other, sentence) ? shared : own;

      if (to == NULL)
        continue;
      g_string_append_printf (to, "%s%s", to->len > 0 ? " " : "", sentence);
    }
}

/* "Left: A. Right: B. What both share." — a norm or meaning both sides share is said
 * once, after each side's own evidence. */
static char *
join_sides (const char *left,
            const char *right)
{
  g_autoptr(GPtrArray) left_sentences = split_sentences (left);
  g_autoptr(GPtrArray) right_sentences = split_sentences (right);
  g_autoptr(GString) left_own = g_string_new (NULL);
  g_autoptr(GString) right_own = g_string_new (NULL);
  g_autoptr(GString) shared = g_string_new (NULL);

  sort_sentences (left_sentences, right_sentences, left_own, shared);
  sort_sentences (right_sentences, left_sentences, right_own, NULL);
  if (shared->len == 0 || left_own->len == 0 || right_own->len == 0)
    return g_strdup_printf (_("Left: %s Right: %s"), left, right);

  /* Translators: each side's own evidence, then what both share */
  return g_strdup_printf (_("Left: %s Right: %s %s"), left_own->str, right_own->str, shared->str);
}

/* The same finding on both sides is reported once, as "both". */
static void
emit_pending (Scorer               *scorer,
              const StrideSelfTest *test,
              Pending              *entry)
{
  GString *none = entry->text[0];
  GString *left = entry->text[1];
  GString *right = entry->text[2];

  if (none != NULL)
    emit_finding (scorer, test, entry, STRIDE_SIDE_NONE, g_strdup (none->str));
  else if (left != NULL && right != NULL && g_str_equal (left->str, right->str))
    emit_finding (scorer, test, entry, STRIDE_SIDE_BOTH, g_strdup (left->str));
  else if (left != NULL && right != NULL)
    emit_finding (scorer, test, entry, STRIDE_SIDE_BOTH, join_sides (left->str, right->str));
  else if (left != NULL)
    emit_finding (scorer, test, entry, STRIDE_SIDE_LEFT, g_strdup (left->str));
  else if (right != NULL)
    emit_finding (scorer, test, entry, STRIDE_SIDE_RIGHT, g_strdup (right->str));
}

static void
score_test (Scorer               *scorer,
            const StrideSelfTest *test)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);

  if (test->per_side)
    {
      score_side (scorer, pending, test, STRIDE_SIDE_LEFT);
      score_side (scorer, pending, test, STRIDE_SIDE_RIGHT);
      score_asymmetry (scorer, pending, test);
    }
  else
    {
      score_side (scorer, pending, test, STRIDE_SIDE_NONE);
    }

  for (guint i = 0; i < pending->len; i++)
    emit_pending (scorer, test, g_ptr_array_index (pending, i));
}

/* ---------------------------------------------------------------------------------- */
/* The personal routine                                                               */
/* ---------------------------------------------------------------------------------- */

static gboolean
has_caution_id (StrideAssessment *result,
                const char       *id)
{
  for (guint i = 0; i < result->cautions->len; i++)
    if (g_strcmp0 (((StrideAssessCaution *) g_ptr_array_index (result->cautions, i))->caution->id, id) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
follows_hold (Scorer                     *scorer,
              const StrideCautionFollows *follows)
{
  gboolean any = follows->any == NULL;

  for (guint i = 0; follows->all[i] != NULL; i++)
    if (!has_caution_id (scorer->result, follows->all[i]))
      return FALSE;

  for (guint i = 0; !any && follows->any[i] != NULL; i++)
    any = has_caution_id (scorer->result, follows->any[i]);

  return any;
}

/* Cautions that follow from others (painful single-leg loading with groin pain in a young
 * runner → possible bone stress), until none is added. */
static void
add_following_cautions (Scorer *scorer)
{
  GPtrArray *cautions = stride_content_get_items (scorer->content, STRIDE_KIND_CAUTION);
  gboolean added = TRUE;

  while (added)
    {
      added = FALSE;
      for (guint i = 0; i < cautions->len; i++)
        {
          const StrideCaution *caution = g_ptr_array_index (cautions, i);

          if (caution->follows != NULL && !has_caution_id (scorer->result, caution->id) &&
              follows_hold (scorer, caution->follows))
            {
              add_caution (scorer, caution);
              added = TRUE;
            }
        }
    }
}

static gboolean
is_forbidden (StrideAssessment *result,
              const char       *exercise)
{
  for (guint i = 0; i < result->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (result->cautions, i);

      if (entry->caution->avoid != NULL && g_strv_contains ((const char * const *) entry->caution->avoid, exercise))
        return TRUE;
    }

  return FALSE;
}

/* A single-leg exercise a caution keeps only in its supported version (a hand on a wall). */
static gboolean
needs_support (StrideAssessment *result,
               const char       *exercise)
{
  for (guint i = 0; i < result->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (result->cautions, i);

      if (entry->caution->supported != NULL && g_strv_contains ((const char * const *) entry->caution->supported, exercise))
        return TRUE;
    }

  return FALSE;
}

static void
assess_item_free (StrideAssessItem *item)
{
  g_strfreev (item->addresses);
  g_free (item);
}

static void
add_address (StrideAssessItem *item,
             const char       *finding)
{
  guint n;

  if (finding == NULL || (item->addresses != NULL && g_strv_contains ((const char * const *) item->addresses, finding)))
    return;

  n = item->addresses != NULL ? g_strv_length (item->addresses) : 0;
  item->addresses = g_renew (char *, item->addresses, n + 2);
  item->addresses[n] = g_strdup (finding);
  item->addresses[n + 1] = NULL;
}

static StrideAssessItem *
new_item (const StrideExercise *exercise,
          const StrideDose     *dose,
          double                age)
{
  StrideAssessItem *item = g_new0 (StrideAssessItem, 1);

  item->exercise = exercise;
  item->sets = dose->sets;
  item->reps = dose->reps;
  item->hold_s = dose->hold_s;
  item->rest_s = dose->rest_s;
  item->addresses = g_new0 (char *, 1);

  if (age >= OLDER_ADULT_AGE && g_strcmp0 (exercise->kind, "stretch") == 0 &&
      item->hold_s > 0 && item->hold_s < OLDER_ADULT_HOLD_S)
    item->hold_s = OLDER_ADULT_HOLD_S;

  return item;
}

static StrideAssessItem *
find_item (GPtrArray            *items,
           const StrideExercise *exercise)
{
  for (guint i = 0; i < items->len; i++)
    if (((StrideAssessItem *) g_ptr_array_index (items, i))->exercise == exercise)
      return g_ptr_array_index (items, i);

  return NULL;
}

/* Adds EXERCISE for SIDES at DOSE (NULL: its own), merging with an item already there. */
static void
add_exercise_at (GPtrArray            *items,
                 const StrideExercise *exercise,
                 const StrideDose     *dose,
                 StrideSide            sides,
                 const char           *finding,
                 double                age)
{
  StrideAssessItem *item = find_item (items, exercise);

  if (item == NULL)
    {
      item = new_item (exercise, dose != NULL ? dose : &exercise->dose, age);
      g_ptr_array_add (items, item);
    }

  /* Two-legged exercises (or ones without a side) are done on both sides at once. */
  item->sides |= exercise->dose.sides == STRIDE_SIDES_EACH ? sides : STRIDE_SIDE_BOTH;
  add_address (item, finding);
}

static void
add_exercise (GPtrArray            *items,
              const StrideExercise *exercise,
              StrideSide            sides,
              const char           *finding,
              double                age)
{
  add_exercise_at (items, exercise, NULL, sides, finding, age);
}

/* The RANK-th exercise (0 = the best) that addresses FINDING and no caution forbids. */
static const StrideExercise *
nth_allowed_exercise (Scorer                    *scorer,
                      const StrideAssessFinding *finding,
                      guint                      rank)
{
  const StrideFinding *source = finding->exercises_from;

  for (guint i = 0; source != NULL && source->exercises != NULL && source->exercises[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (scorer->content, source->exercises[i]);

      if (exercise == NULL || is_forbidden (scorer->result, exercise->id))
        continue;
      if (rank-- == 0)
        return exercise;
    }

  return NULL;
}

static gboolean
has_room (GPtrArray            *items,
          const StrideExercise *exercise)
{
  gboolean stretch = g_strcmp0 (exercise->kind, "stretch") == 0;
  guint same_kind = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (items, i);

      if (item->exercise == exercise)
        return TRUE;   /* already there: only its sides grow */
      if (!item->preferred && (g_strcmp0 (item->exercise->kind, "stretch") == 0) == stretch)
        same_kind++;
    }

  return same_kind < (stretch ? MAX_STRETCHES : MAX_STRENGTH);
}

/* What a caution puts first (isometric holds for a painful tendon), at the caution's dose. */
static void
add_preferred_exercises (Scorer    *scorer,
                         GPtrArray *items,
                         double     age)
{
  GPtrArray *cautions = scorer->result->cautions;

  for (guint i = 0; i < cautions->len; i++)
    {
      const StrideCaution *caution = ((StrideAssessCaution *) g_ptr_array_index (cautions, i))->caution;

      for (guint j = 0; caution->prefer != NULL && j < caution->prefer->len; j++)
        {
          const StrideRoutineItem *preferred = g_ptr_array_index (caution->prefer, j);
          const StrideExercise *exercise = stride_content_find_exercise (scorer->content, preferred->exercise);

          if (exercise != NULL && !is_forbidden (scorer->result, exercise->id))
            {
              add_exercise_at (items, exercise, &preferred->dose, STRIDE_SIDE_BOTH, caution->id, age);
              find_item (items, exercise)->preferred = TRUE;
            }
        }
    }
}

static void
add_finding_exercises (Scorer    *scorer,
                       GPtrArray *items,
                       double     age)
{
  GPtrArray *findings = scorer->result->findings;

  for (guint rank = 0; rank < MAX_EXERCISES_PER_FINDING; rank++)
    {
      for (guint i = 0; i < findings->len; i++)
        {
          const StrideAssessFinding *finding = g_ptr_array_index (findings, i);
          const StrideExercise *exercise = nth_allowed_exercise (scorer, finding, rank);
          StrideSide sides = finding->side == STRIDE_SIDE_NONE ? STRIDE_SIDE_BOTH : finding->side;

          if (exercise != NULL && has_room (items, exercise))
            add_exercise (items, exercise, sides, finding->finding->id, age);
        }
    }
}

static void
add_maintenance (Scorer    *scorer,
                 GPtrArray *items,
                 double     age)
{
  const StrideFinding *maintenance = stride_content_find_finding (scorer->content, STRIDE_FINDING_MAINTENANCE);

  if (maintenance == NULL || maintenance->exercises == NULL)
    return;

  for (guint i = 0; maintenance->exercises[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (scorer->content, maintenance->exercises[i]);

      if (exercise == NULL || is_forbidden (scorer->result, exercise->id))
        continue;

      add_exercise (items, exercise, STRIDE_SIDE_BOTH, NULL, age);
    }

  for (guint i = 0; i < items->len; i++)
    {
      StrideAssessItem *item = g_ptr_array_index (items, i);
      item->sets = MIN (item->sets, MAINTENANCE_MAX_SETS);
    }

  /* "Keep it that way" only when nothing hurt and nothing needs watching: after a test
   * that hurt, the same short routine is not a maintenance one. */
  scorer->result->maintenance = scorer->result->cautions->len == 0;
}

/* Single-leg exercises in their supported version: the regression's text says how. */
static void
support_single_leg (Scorer    *scorer,
                    GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      StrideAssessItem *item = g_ptr_array_index (items, i);

      if (needs_support (scorer->result, item->exercise->id))
        item->note = item->exercise->regression.text;
    }
}

/* The weaker side's measure of TEST's capacity field, or FALSE when no side has one. */
static gboolean
weaker_capacity (Scorer               *scorer,
                 const StrideSelfTest *test,
                 double               *value)
{
  double left, right;
  gboolean has_left = stride_assess_input_get_number (scorer->input, test->id, STRIDE_SIDE_LEFT, test->capacity_field, &left);
  gboolean has_right = stride_assess_input_get_number (scorer->input, test->id, STRIDE_SIDE_RIGHT, test->capacity_field, &right);

  if (!has_left && !has_right)
    return FALSE;

  *value = has_left && has_right ? MIN (left, right) : has_left ? left : right;
  return TRUE;
}

/* Reps too few to train (the test was close to failing at once): the regression exercise
 * in its place, when it has one that no caution forbids and is not there already. */
static void
regress_item (Scorer           *scorer,
              GPtrArray        *items,
              StrideAssessItem *item,
              double            age)
{
  const StrideExercise *easier = item->exercise->regression.exercise != NULL ?
    stride_content_find_exercise (scorer->content, item->exercise->regression.exercise) : NULL;

  if (easier != NULL && find_item (items, easier) != NULL)
    {
      /* The easier one is there already: it does the work alone */
      StrideAssessItem *kept = find_item (items, easier);

      for (guint i = 0; item->addresses[i] != NULL; i++)
        add_address (kept, item->addresses[i]);
      g_ptr_array_remove (items, item);
      assess_item_free (item);
      return;
    }
  if (easier == NULL || is_forbidden (scorer->result, easier->id))
    {
      item->reps = STRIDE_ASSESS_MIN_REPS;
      item->note = item->exercise->regression.text;
      return;
    }

  {
    StrideAssessItem *replacement = new_item (easier, &easier->dose, age);

    replacement->sides = easier->dose.sides == STRIDE_SIDES_EACH ? item->sides : STRIDE_SIDE_BOTH;
    g_strfreev (replacement->addresses);
    replacement->addresses = g_steal_pointer (&item->addresses);
    assess_item_free (item);
    for (guint i = 0; i < items->len; i++)
      if (g_ptr_array_index (items, i) == item)
        items->pdata[i] = replacement;
  }
}

static gboolean
scaled_down (const StrideAssessItem *item,
             const StrideExercise   *exercise)
{
  if (item->note != NULL)
    return TRUE;

  return exercise->dose.reps > 0 ? item->reps < exercise->dose.reps : item->hold_s < exercise->dose.hold_s;
}

static void
drop_progression (Scorer               *scorer,
                  GPtrArray            *items,
                  const StrideExercise *exercise)
{
  const StrideExercise *harder = exercise->progression.exercise != NULL ?
    stride_content_find_exercise (scorer->content, exercise->progression.exercise) : NULL;
  StrideAssessItem *item = harder != NULL ? find_item (items, harder) : NULL;

  if (item != NULL)
    {
      g_ptr_array_remove (items, item);
      assess_item_free (item);
    }
}

/* Doses follow measured capacity (docs/clinical-basis.md): a hold at most the content's share (~70%)
 * of the weaker side's hold; reps about the share (60–70%) of the weaker side's reps to
 * fatigue. */
static void
scale_to_capacity (Scorer    *scorer,
                   GPtrArray *items,
                   double     age)
{
  GPtrArray *tests = stride_content_get_items (scorer->content, STRIDE_KIND_TEST);

  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *test = g_ptr_array_index (tests, i);
      const StrideExercise *exercise;
      StrideAssessItem *item;
      double value;

      if (test->capacity_field == NULL ||
          (exercise = stride_content_find_exercise (scorer->content, test->capacity_exercise)) == NULL ||
          (item = find_item (items, exercise)) == NULL ||
          !weaker_capacity (scorer, test, &value))
        continue;

      if (item->reps == 0)
        {
          double hold = floor (test->capacity_share * value);

          if (hold < STRIDE_ASSESS_MIN_HOLD_S)
            {
              item->hold_s = STRIDE_ASSESS_MIN_HOLD_S;
              item->note = exercise->regression.text;
            }
          else
            item->hold_s = MIN (item->hold_s, (guint) hold);
        }
      else
        {
          double reps = floor (test->capacity_share * value + 0.5);

          if (reps < STRIDE_ASSESS_MIN_REPS)
            regress_item (scorer, items, item, age);
          else
            item->reps = (guint) MIN (reps, STRIDE_ASSESS_ENDURANCE_MAX_REPS);
        }

      /* Below its usual dose, the exercise's harder version comes later, not now */
      item = find_item (items, exercise);
      if (item == NULL || scaled_down (item, exercise))
        drop_progression (scorer, items, exercise);
    }
}

static char *
join_exercise_names (GPtrArray *names)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == names->len ? _(" and ") : _(", "));
      g_string_append (text, g_ptr_array_index (names, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The weaker side gets more work: one extra set of what trains the asymmetry, on that
 * side, and the finding says which side and what. */
static void
add_extra_sets (Scorer    *scorer,
                GPtrArray *items)
{
  GPtrArray *findings = scorer->result->findings;

  for (guint i = 0; i < findings->len; i++)
    {
      StrideAssessFinding *finding = g_ptr_array_index (findings, i);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *list = NULL;
      char *text;

      if (g_strcmp0 (finding->finding->id, STRIDE_FINDING_ASYMMETRY) != 0 ||
          (finding->side != STRIDE_SIDE_LEFT && finding->side != STRIDE_SIDE_RIGHT))
        continue;

      for (guint j = 0; j < items->len; j++)
        {
          StrideAssessItem *item = g_ptr_array_index (items, j);
          const StrideFinding *source = finding->exercises_from;

          if (item->exercise->dose.sides != STRIDE_SIDES_EACH || !(item->sides & finding->side) ||
              source == NULL || source->exercises == NULL ||
              !g_strv_contains ((const char * const *) source->exercises, item->exercise->id))
            continue;

          if (item->sides == finding->side)
            item->sets++;          /* only that side does it: one set more */
          else
            item->extra_set_side = finding->side;
          add_address (item, STRIDE_FINDING_ASYMMETRY);
          g_ptr_array_add (names, item->exercise->name);
        }

      if (names->len == 0)
        continue;

      list = join_exercise_names (names);
      text = g_strdup_printf (finding->side == STRIDE_SIDE_LEFT ?
                              /* Translators: %s lists exercises, e.g. "Side plank and Clamshell" */
                              _("%s Your left side is the weaker one: it gets one extra set of %s.") :
                              _("%s Your right side is the weaker one: it gets one extra set of %s."),
                              finding->text, list);
      g_free (finding->text);
      finding->text = text;
    }
}

/* Stretches first (the tissue is warm and free for the strength work after), then the
 * rest, each group in the order the findings asked for them. */
static void
order_items (StrideAssessment *result,
             GPtrArray        *items)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < items->len; i++)
        {
          StrideAssessItem *item = g_ptr_array_index (items, i);

          if (item != NULL && (pass == 0) == (g_strcmp0 (item->exercise->kind, "stretch") == 0))
            {
              g_ptr_array_add (result->items, item);
              items->pdata[i] = NULL;
            }
        }
    }
}

static void
build_routine (Scorer *scorer)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  double age = get_age (scorer->input);

  for (guint i = 0; i < scorer->result->cautions->len; i++)
    if (((StrideAssessCaution *) g_ptr_array_index (scorer->result->cautions, i))->caution->no_routine)
      return;

  add_preferred_exercises (scorer, items, age);
  add_finding_exercises (scorer, items, age);
  if (items->len == 0)
    add_maintenance (scorer, items, age);

  support_single_leg (scorer, items);
  scale_to_capacity (scorer, items, age);
  add_extra_sets (scorer, items);
  order_items (scorer->result, items);
}

/* ---------------------------------------------------------------------------------- */
/* Public                                                                             */
/* ---------------------------------------------------------------------------------- */

static void
assess_finding_free (StrideAssessFinding *finding)
{
  g_free (finding->text);
  g_free (finding);
}

void
stride_assessment_free (StrideAssessment *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->cautions, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->content, stride_content_unref);
  g_free (self);
}

StrideAssessment *
stride_assess (StrideContent  *content,
               JsonNode       *input,
               GError        **error)
{
  StrideAssessment *result;
  GPtrArray *tests;
  Scorer scorer;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!stride_assess_validate (content, input, error))
    return NULL;

  result = g_new0 (StrideAssessment, 1);
  result->content = stride_content_ref (content);
  result->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) assess_finding_free);
  result->cautions = g_ptr_array_new_with_free_func (g_free);
  result->items = g_ptr_array_new_with_free_func ((GDestroyNotify) assess_item_free);

  scorer = (Scorer) {
    .content = content,
    .input = input,
    .sex = get_string_member (input, "sex"),
    .result = result,
  };

  /* In the content's order, so the findings read in the order the tests are done. */
  tests = stride_content_get_items (content, STRIDE_KIND_TEST);
  for (guint i = 0; i < tests->len; i++)
    score_test (&scorer, g_ptr_array_index (tests, i));

  add_following_cautions (&scorer);
  build_routine (&scorer);
  return result;
}

StrideAssessment *
stride_assess_from_data (StrideContent  *content,
                         const char     *data,
                         gssize          length,
                         GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  root = stride_json_parse (data, length, NULL, STRIDE_ASSESS_MAX_INPUT_BYTES, STRIDE_ASSESS_MAX_DEPTH, &local_error);
  if (root == NULL && g_error_matches (local_error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_EMPTY))
    {
      g_set_error (error, STRIDE_ASSESS_ERROR, STRIDE_ASSESS_ERROR_SYNTAX, _("empty input: expected an object with “results”"));
      return NULL;
    }
  if (root == NULL)
    {
      g_set_error_literal (error, STRIDE_ASSESS_ERROR, STRIDE_ASSESS_ERROR_SYNTAX, local_error->message);
      return NULL;
    }

  return stride_assess (content, root, error);
}

static void
build_findings (JsonBuilder      *builder,
                StrideAssessment *self)
{
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->findings->len; i++)
    {
      const StrideAssessFinding *finding = g_ptr_array_index (self->findings, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, finding->finding->id);
      if (finding->side != STRIDE_SIDE_NONE)
        {
          json_builder_set_member_name (builder, "side");
          json_builder_add_string_value (builder, stride_side_to_string (finding->side));
        }
      json_builder_set_member_name (builder, "test");
      json_builder_add_string_value (builder, finding->test->id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, finding->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_strv (JsonBuilder *builder,
            const char  *name,
            GStrv        strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
build_cautions (JsonBuilder      *builder,
                StrideAssessment *self)
{
  json_builder_set_member_name (builder, "cautions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (self->cautions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, entry->caution->id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, entry->caution->text);
      build_strv (builder, "avoid", entry->caution->avoid);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_uint_member (JsonBuilder *builder,
                 const char  *name,
                 guint        value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* Routine items speak the routines' language (each | both | none, docs/content-schema.md)
 * plus "left" and "right" for a one-sided exercise that only one side needs. */
const char *
stride_assess_item_sides_to_string (const StrideAssessItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  switch (item->exercise->dose.sides)
    {
    case STRIDE_SIDES_BOTH:
      return "both";
    case STRIDE_SIDES_NONE:
      return "none";
    case STRIDE_SIDES_EACH:
    default:
      return item->sides == STRIDE_SIDE_LEFT ? "left" : item->sides == STRIDE_SIDE_RIGHT ? "right" : "each";
    }
}

static void
build_item (JsonBuilder            *builder,
            const StrideAssessItem *item)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "exercise");
  json_builder_add_string_value (builder, item->exercise->id);
  json_builder_set_member_name (builder, "sides");
  json_builder_add_string_value (builder, stride_assess_item_sides_to_string (item));
  add_uint_member (builder, "sets", item->sets);
  if (item->reps > 0)
    add_uint_member (builder, "reps", item->reps);
  if (item->hold_s > 0 || item->reps == 0)
    add_uint_member (builder, "hold_s", item->hold_s);
  add_uint_member (builder, "rest_s", item->rest_s);
  if (item->extra_set_side != STRIDE_SIDE_NONE)
    {
      json_builder_set_member_name (builder, "extra_set_side");
      json_builder_add_string_value (builder, stride_side_to_string (item->extra_set_side));
    }
  if (item->note != NULL)
    {
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, item->note);
    }
  build_strv (builder, "addresses", item->addresses);
  json_builder_end_object (builder);
}

static void
build_routine_json (JsonBuilder      *builder,
                    StrideAssessment *self)
{
  json_builder_set_member_name (builder, "routine");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "personal");
  json_builder_set_member_name (builder, "maintenance");
  json_builder_add_boolean_value (builder, self->maintenance);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    build_item (builder, g_ptr_array_index (self->items, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

JsonNode *
stride_assessment_to_json (StrideAssessment *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  build_findings (builder, self);
  build_cautions (builder, self);
  json_builder_set_member_name (builder, "see_clinician");
  json_builder_add_boolean_value (builder, self->see_clinician);
  build_routine_json (builder, self);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

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
          was = condition_holds (condition, probe, NULL);
          json_object_set_member (probe, field, json_node_copy (after));
          is = condition_holds (condition, probe, NULL);
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
    return format_with_unit (json_node_get_double (node), field->unit);

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
          JsonObject *before = get_values (previous, test->id, sides[j]);
          JsonObject *after = get_values (current, test->id, sides[j]);

          if (before != NULL && after != NULL)
            compare_values (changes, test, sides[j], before, after);
        }
    }

  return changes;
}
