/* stride-matcher-output.c — a symptom check's result written out: --match JSON and text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "stride-json-document.h"
#include "stride-matcher.h"

const char *
stride_triage_level_to_string (StrideTriageLevel level)
{
  switch (level)
    {
    case STRIDE_TRIAGE_EMERGENCY:
      return "emergency";
    case STRIDE_TRIAGE_URGENT:
      return "urgent";
    case STRIDE_TRIAGE_SOON:
      return "soon";
    case STRIDE_TRIAGE_SELF_CARE:
    default:
      return "self_care";
    }
}

const char *
stride_triage_level_get_title (StrideTriageLevel level)
{
  switch (level)
    {
    case STRIDE_TRIAGE_EMERGENCY:
      return _("Get medical help now");
    case STRIDE_TRIAGE_URGENT:
      return _("Stop running and see a clinician within days");
    case STRIDE_TRIAGE_SOON:
      return _("Book a GP or physiotherapist appointment soon");
    case STRIDE_TRIAGE_SELF_CARE:
    default:
      return _("No warning signs: self-care is a sensible start");
    }
}

/* ---- Output ---- */

static void
add_strings (JsonBuilder        *builder,
             const char * const *texts)
{
  json_builder_begin_array (builder);
  for (guint i = 0; texts[i] != NULL; i++)
    json_builder_add_string_value (builder, texts[i]);
  json_builder_end_array (builder);
}

static void
add_triage (JsonBuilder             *builder,
            const StrideMatchResult *self)
{
  json_builder_set_member_name (builder, "triage");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "level");
  json_builder_add_string_value (builder, stride_triage_level_to_string (self->level));
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->reasons->len; i++)
    {
      const StrideRedFlag *flag = g_ptr_array_index (self->reasons, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, flag->id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, flag->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Probabilities are shown in ten-thousandths (0.6123): finer than any answer moves a
 * ranking in a way that matters, short enough to read, and exact as decimals, so the
 * printed numbers can sum to exactly 1 (docs/command-line.md). */
#define PROBABILITY_UNITS 10000

typedef struct
{
  const char         *id;
  double              probability;
  const char * const *reasons_for;
  const char * const *reasons_against;
  gint64              units;             /* the shown probability × PROBABILITY_UNITS */
  double              remainder;         /* what rounding down took off, in units */
  guint               order;             /* place in the output */
} ShownCondition;

/* Largest remainder first; equal ones in output order, so a more likely condition never
 * shows less than a less likely one. */
static int
compare_remainders (const void *a,
                    const void *b)
{
  const ShownCondition *x = *(const ShownCondition * const *) a;
  const ShownCondition *y = *(const ShownCondition * const *) b;

  if (x->remainder != y->remainder)
    return x->remainder > y->remainder ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Largest-remainder rounding: every row rounded down to whole units, then the units still
 * missing from PROBABILITY_UNITS given one each to the rows that lost most. */
static void
round_to_units (GArray *rows)
{
  g_autofree ShownCondition **by_remainder = g_new (ShownCondition *, MAX (rows->len, 1));
  double sum = 0;
  gint64 missing = PROBABILITY_UNITS;

  for (guint i = 0; i < rows->len; i++)
    sum += CLAMP (g_array_index (rows, ShownCondition, i).probability, 0.0, 1.0);
  for (guint i = 0; i < rows->len; i++)
    {
      ShownCondition *row = &g_array_index (rows, ShownCondition, i);
      double exact = sum > 0 ? CLAMP (row->probability, 0.0, 1.0) / sum * PROBABILITY_UNITS : 0;

      row->units = (gint64) floor (exact);
      row->remainder = exact - (double) row->units;
      missing -= row->units;
      by_remainder[i] = row;
    }
  qsort (by_remainder, rows->len, sizeof *by_remainder, compare_remainders);
  for (guint i = 0; missing > 0 && rows->len > 0; i = (i + 1) % rows->len, missing--)
    by_remainder[i]->units++;
}

static void
add_condition (JsonBuilder          *builder,
               const ShownCondition *row)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, row->id);
  json_builder_set_member_name (builder, "probability");
  json_builder_add_double_value (builder, (double) row->units / PROBABILITY_UNITS);
  json_builder_set_member_name (builder, "for");
  add_strings (builder, row->reasons_for);
  json_builder_set_member_name (builder, "against");
  add_strings (builder, row->reasons_against);
  json_builder_end_object (builder);
}

static void
add_row (GArray             *rows,
         const char         *id,
         double              probability,
         const char * const *reasons_for,
         const char * const *reasons_against)
{
  ShownCondition row = { id, probability, reasons_for, reasons_against, 0, 0, rows->len };

  g_array_append_val (rows, row);
}

/* The conditions, with other_cause at its place among them. */
static GArray *
shown_conditions (const StrideMatchResult *self)
{
  static const char * const none[] = { NULL };
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (ShownCondition), self->conditions->len + 1);
  gboolean other_done = FALSE;

  for (guint i = 0; i <= self->conditions->len; i++)
    {
      const StrideConditionMatch *match = i < self->conditions->len ?
                                          g_ptr_array_index (self->conditions, i) : NULL;

      if (!other_done && (match == NULL || self->other_cause_probability > match->probability))
        {
          add_row (rows, STRIDE_OTHER_CAUSE_ID, self->other_cause_probability, none, none);
          other_done = TRUE;
        }
      if (match != NULL)
        add_row (rows, match->condition->id, match->probability, match->reasons_for, match->reasons_against);
    }
  round_to_units (rows);
  return rows;
}

/* The probabilities printed sum to exactly 1. */
static void
add_conditions (JsonBuilder             *builder,
                const StrideMatchResult *self)
{
  g_autoptr(GArray) rows = shown_conditions (self);

  json_builder_set_member_name (builder, "conditions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    add_condition (builder, &g_array_index (rows, ShownCondition, i));
  json_builder_end_array (builder);
}

JsonNode *
stride_match_result_to_json_node (const StrideMatchResult *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  add_triage (builder, self);
  add_conditions (builder, self);
  json_builder_set_member_name (builder, "next_question");
  if (self->next_question != NULL)
    json_builder_add_string_value (builder, self->next_question->id);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
stride_match_result_to_json (const StrideMatchResult *self)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  node = stride_match_result_to_json_node (self);
  return stride_json_document_to_text (node);
}

static void
append_text_list (GString            *out,
                  const char         *label,
                  const char * const *texts)
{
  if (texts[0] == NULL)
    return;

  g_string_append_printf (out, "   %s ", label);
  for (guint i = 0; texts[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", texts[i]);
  g_string_append_c (out, '\n');
}

char *
stride_match_result_to_text (const StrideMatchResult *self,
                             guint                    top)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, "%s\n\n", _("Stride symptom check (information, not a diagnosis)"));
  g_string_append_printf (out, "%s\n", stride_triage_level_get_title (self->level));
  for (guint i = 0; i < self->reasons->len; i++)
    {
      const StrideRedFlag *flag = g_ptr_array_index (self->reasons, i);

      g_string_append_printf (out, "- %s\n  %s\n", flag->text, flag->advice);
    }

  if (self->conditions->len > 0)
    g_string_append_printf (out, "\n%s\n", _("Conditions that fit your answers best:"));
  for (guint i = 0; i < self->conditions->len && i < top; i++)
    {
      const StrideConditionMatch *match = g_ptr_array_index (self->conditions, i);

      g_string_append_printf (out, "%u. %s (%.0f%%)\n", i + 1, match->condition->name,
                              100 * match->probability);
      append_text_list (out, _("For:"), match->reasons_for);
      append_text_list (out, _("Against:"), match->reasons_against);
    }
  if (self->conditions->len > 0)
    g_string_append_printf (out, "%s (%.0f%%)\n", _("Something not listed here"),
                            100 * self->other_cause_probability);
  return g_string_free (out, FALSE);
}
