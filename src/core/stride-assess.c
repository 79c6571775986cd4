/* stride-assess.c — self-test results in, findings, cautions and a personal routine out
 *
 * Each test's rules are scored here, side by side, into findings and cautions. The input is
 * checked and read in stride-assess-input.c, the routine prescribed in
 * stride-assess-routine.c, the result written out in stride-assess-json.c and re-tests
 * compared in stride-assess-compare.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-json-reader.h"
#include "stride-assess-private.h"

G_DEFINE_QUARK (stride-assess-error-quark, stride_assess_error)

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

gboolean
stride_assess_condition_holds (const StrideTestCondition *condition,
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
      if (stride_assess_node_is_type (node, G_TYPE_STRING))
        return g_strcmp0 (json_node_get_string (node), condition->choice) == 0;
      if (stride_assess_node_is_type (node, G_TYPE_BOOLEAN))
        return !json_node_get_boolean (node) == !condition->flag;
      return FALSE;
    }

  if (!stride_assess_node_is_number (node))
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
    if (!stride_assess_condition_holds (g_ptr_array_index (rule->when, i), values, sex))
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

  if (stride_assess_node_is_number (node))
    value = format_number (json_node_get_double (node));
  else if (stride_assess_node_is_type (node, G_TYPE_STRING))
    value = g_strdup (json_node_get_string (node));
  else
    value = g_strdup (json_node_get_boolean (node) ? _("yes") : _("no"));

  parts = g_strsplit (rule->text, "{value}", -1);
  return g_strjoinv (value, parts);
}

void
stride_assess_add_caution (Scorer              *scorer,
                           const StrideCaution *caution,
                           StrideSide           side)
{
  GPtrArray *cautions = scorer->result->cautions;
  StrideAssessCaution *entry;
  StrideSide sides = side == STRIDE_SIDE_NONE ? STRIDE_SIDE_BOTH : side;

  for (guint i = 0; i < cautions->len; i++)
    {
      entry = g_ptr_array_index (cautions, i);
      if (entry->caution == caution)
        {
          entry->sides |= sides;
          return;
        }
    }

  entry = g_new0 (StrideAssessCaution, 1);
  entry->caution = caution;
  /* One that sends to a clinician holds on both sides until they have looked. */
  entry->sides = caution->see_clinician ? STRIDE_SIDE_BOTH : sides;
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
        stride_assess_add_caution (scorer, caution, side);
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
  JsonObject *values = stride_assess_get_values (scorer->input, test->id, side);

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
          JsonObject *values = stride_assess_get_values (scorer->input, test->id, sides[i]);
          JsonNode *node = values != NULL ? json_object_get_member (values, test->asymmetry_clinician_with) : NULL;

          if (node != NULL && stride_assess_node_is_type (node, G_TYPE_BOOLEAN) && json_node_get_boolean (node))
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

char *
stride_assess_format_with_unit (double      value,
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
  g_autofree char *left_text = stride_assess_format_with_unit (left, field->unit);
  g_autofree char *right_text = stride_assess_format_with_unit (right, field->unit);
  g_autofree char *convention = NULL;
  g_autofree char *difference = NULL;
  double diff = fabs (left - right);

  if (min_difference > 0 && min_ratio > 0)
    {
      g_autofree char *threshold = stride_assess_format_with_unit (min_difference, field->unit);
      g_autofree char *absolute = stride_assess_format_with_unit (diff, field->unit);

      difference = g_strdup_printf ("%s (%.0f%%)", absolute, 100 * diff / MAX (left, right));
      /* Translators: e.g. "… of more than 15% and at least 3 s as worth training." */
      convention = g_strdup_printf (_("Stride counts a difference of more than %.0f%% and at least %s as worth training: less is within what a second try changes."),
                                    100 * min_ratio, threshold);
    }
  else if (min_difference > 0)
    {
      g_autofree char *threshold = stride_assess_format_with_unit (min_difference, field->unit);
      difference = stride_assess_format_with_unit (diff, field->unit);
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

  field = stride_assess_find_field (test, test->asymmetry_field);
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
  result->items = g_ptr_array_new_with_free_func ((GDestroyNotify) stride_assess_item_free);

  scorer = (Scorer) {
    .content = content,
    .input = input,
    .sex = stride_assess_get_string_member (input, "sex"),
    .result = result,
  };

  /* In the content's order, so the findings read in the order the tests are done. */
  tests = stride_content_get_items (content, STRIDE_KIND_TEST);
  for (guint i = 0; i < tests->len; i++)
    score_test (&scorer, g_ptr_array_index (tests, i));

  stride_assess_add_following_cautions (&scorer);
  stride_assess_build_routine (&scorer);
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
