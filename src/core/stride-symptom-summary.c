/* stride-symptom-summary.c — what the symptom checker's results show, decided without widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-symptom-summary.h"

GPtrArray *
stride_symptom_summary_rows (const StrideMatchResult *result,
                             guint                    max_rows,
                             StrideConditionMatch    *other)
{
  GPtrArray *rows;
  gboolean other_shown = FALSE;

  g_return_val_if_fail (result != NULL && other != NULL, NULL);

  /* The matcher keeps "something not listed here" apart from the conditions. */
  *other = (StrideConditionMatch) { NULL, result->other_cause_probability, NULL, NULL };
  rows = g_ptr_array_new ();
  for (guint i = 0; i < result->conditions->len && rows->len < max_rows; i++)
    {
      const StrideConditionMatch *match = g_ptr_array_index (result->conditions, i);

      if (!other_shown && match->probability < other->probability)
        {
          g_ptr_array_add (rows, other);
          other_shown = TRUE;
          if (rows->len >= max_rows)
            break;
        }
      other_shown |= stride_symptom_summary_is_other_cause (match);
      g_ptr_array_add (rows, (gpointer) match);
    }
  if (!other_shown)
    g_ptr_array_add (rows, other);
  return rows;
}

gboolean
stride_symptom_summary_is_other_cause (const StrideConditionMatch *match)
{
  g_return_val_if_fail (match != NULL, FALSE);

  return match->condition == NULL || g_str_equal (match->condition->id, STRIDE_OTHER_CAUSE);
}

static char *
format_percent (double probability)
{
  if (probability < 0.005)
    return g_strdup (_("less than 1%"));
  /* Translators: a percentage; some languages put a space before the % ("40 %") */
  return g_strdup_printf (_("%.0f%%"), 100 * probability);
}

char *
stride_symptom_summary_describe_fit (double probability)
{
  g_autofree char *percent = format_percent (probability);

  return g_strdup_printf (_("%s · %s"), stride_fit_get_label (stride_fit_for_probability (probability)), percent);
}

char *
stride_symptom_summary_describe_answer (const StrideAnswers  *answers,
                                        const StrideQuestion *question)
{
  const char * const *choices;
  g_autoptr(GPtrArray) texts = NULL;
  double value;

  g_return_val_if_fail (answers != NULL && question != NULL, NULL);

  if (stride_answers_is_dont_know (answers, question->id))
    return g_strdup (_("I don’t know"));
  if (stride_answers_get_number (answers, question->id, &value))
    return question->unit != NULL ? g_strdup_printf ("%g %s", value, question->unit) : g_strdup_printf ("%g", value);
  choices = stride_answers_get_choices (answers, question->id);
  if (choices == NULL || choices[0] == NULL)
    return g_strdup (_("None of these"));

  texts = g_ptr_array_new ();
  for (guint i = 0; choices[i] != NULL; i++)
    {
      const StrideAnswer *answer = stride_question_find_answer (question, choices[i]);

      g_ptr_array_add (texts, answer != NULL ? answer->text : (char *) choices[i]);
    }
  g_ptr_array_add (texts, NULL);
  return g_strjoinv (", ", (char **) texts->pdata);
}

gboolean
stride_symptom_summary_parse_number (const StrideQuestion *question,
                                     const char           *text,
                                     double               *value)
{
  char *end = NULL;
  gint64 number;

  g_return_val_if_fail (question != NULL && value != NULL, FALSE);

  text = text != NULL ? text : "";
  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;
  number = g_ascii_strtoll (text, &end, 10);
  while (end != NULL && g_ascii_isspace (*end))
    end++;
  if (end == NULL || *end != '\0' || number < question->min || number > question->max)
    return FALSE;
  *value = number;
  return TRUE;
}

const char *
stride_symptom_summary_side_text (const char *side)
{
  if (g_strcmp0 (side, "left") == 0)
    return _("Your left side, the one that hurts");
  if (g_strcmp0 (side, "right") == 0)
    return _("Your right side, the one that hurts");
  return NULL;
}
