/* stride-symptom-results.c — the symptom checker's results: triage, conditions, answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-condition-row.h"
#include "stride-symptom-results.h"
#include "stride-symptom-summary.h"
#include "stride-widget-util.h"

struct _StrideSymptomResults
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkScrolledWindow   *results_scroller;
  GtkWidget           *triage_banner;
  GtkLabel            *triage_title;
  GtkBox              *triage_reasons;
  GtkLabel            *triage_label;
  AdwPreferencesGroup *conditions_group;
  AdwPreferencesGroup *answers_group;
  GtkWidget           *save_button;

  /* Owned references */
  GPtrArray           *result_rows;     /* rows added to the two groups */
};

G_DEFINE_FINAL_TYPE (StrideSymptomResults, stride_symptom_results, ADW_TYPE_BIN)

static const char * const triage_classes[] = { "self-care", "soon", "urgent", "emergency" };

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static void
clear_result_rows (StrideSymptomResults *self)
{
  for (guint i = 0; i < self->result_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->result_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->result_rows, 0);
}

static void
add_group_row (StrideSymptomResults *self,
               AdwPreferencesGroup  *group,
               GtkWidget            *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->result_rows, row);
}

/* One reason of the banner: a bullet beside the text, the text wrapping in its own column. */
static GtkWidget *
reason_item (const char *text)
{
  GtkWidget *item = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                  "spacing", 8, NULL);
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (item), bullet);
  gtk_box_append (GTK_BOX (item), label);
  return item;
}

static void
fill_triage (StrideSymptomResults    *self,
             const StrideMatchResult *result)
{
  for (guint i = 0; i < G_N_ELEMENTS (triage_classes); i++)
    gtk_widget_remove_css_class (self->triage_banner, triage_classes[i]);
  gtk_widget_add_css_class (self->triage_banner, triage_classes[MIN (result->level, 3)]);
  gtk_label_set_text (self->triage_title, stride_triage_level_get_title (result->level));

  stride_clear_box (self->triage_reasons);
  for (guint i = 0; i < result->reasons->len; i++)
    gtk_box_append (self->triage_reasons,
                    reason_item (((const StrideRedFlag *) g_ptr_array_index (result->reasons, i))->text));
  /* Never hidden: shown again with new children, GTK 4.8 kept its empty height and drew
   * the advice over the warning signs. Empty, it takes no room. */

  if (result->reasons->len > 0)
    gtk_label_set_text (self->triage_label, ((const StrideRedFlag *) g_ptr_array_index (result->reasons, 0))->advice);
  else
    gtk_label_set_text (self->triage_label,
                        _("None of your answers is a warning sign. The self-care on each condition’s page is a "
                          "sensible start; see a clinician if the pain gets worse or does not improve."));
}

/* A row per answered question, with a button that goes back to change it. */
static GtkWidget *
answer_row (const StrideAnswers  *answers,
            const StrideQuestion *question)
{
  g_autofree char *answer = stride_symptom_summary_describe_answer (answers, question);
  g_autofree char *title = escape (question->text);
  g_autofree char *subtitle = escape (answer);
  g_autofree char *button_name = g_strdup_printf (_("Change the answer to “%s”"), question->text);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("C_hange"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, button_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "symptoms.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", question->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
fill_answers (StrideSymptomResults *self,
              StrideContent        *content,
              const StrideAnswers  *answers)
{
  GPtrArray *questions = stride_content_get_items (content, STRIDE_KIND_QUESTION);

  for (guint q = 0; q < questions->len; q++)
    {
      const StrideQuestion *question = g_ptr_array_index (questions, q);

      if (stride_answers_is_answered (answers, question->id))
        add_group_row (self, self->answers_group, answer_row (answers, question));
    }
}

GtkWidget *
stride_symptom_results_show (StrideSymptomResults *self,
                             StrideContent        *content,
                             StrideInterview      *interview,
                             guint                 max_rows)
{
  const StrideMatchResult *result;
  gboolean exercise_advice;
  StrideConditionMatch other;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *first = NULL;

  g_return_val_if_fail (STRIDE_IS_SYMPTOM_RESULTS (self), NULL);
  g_return_val_if_fail (content != NULL && STRIDE_IS_INTERVIEW (interview), NULL);

  result = stride_interview_get_result (interview);
  exercise_advice = result->level < STRIDE_TRIAGE_URGENT;
  clear_result_rows (self);
  fill_triage (self, result);
  rows = stride_symptom_summary_rows (result, max_rows, &other);
  for (guint i = 0; i < rows->len; i++)
    {
      const StrideConditionMatch *match = g_ptr_array_index (rows, i);
      GtkWidget *row = stride_symptom_summary_is_other_cause (match)
                       ? stride_condition_row_new_other (match)
                       : stride_condition_row_new (content, match, exercise_advice, stride_interview_get_side (interview));

      add_group_row (self, self->conditions_group, row);
      first = first != NULL ? first : row;
    }
  fill_answers (self, content, stride_interview_get_answers (interview));

  gtk_widget_set_visible (self->save_button, TRUE);
  stride_symptom_results_set_saved (self, FALSE);
  return first;
}

void
stride_symptom_results_scroll_to_top (StrideSymptomResults *self)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (STRIDE_IS_SYMPTOM_RESULTS (self));

  adjustment = gtk_scrolled_window_get_vadjustment (self->results_scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

void
stride_symptom_results_set_saved (StrideSymptomResults *self,
                                  gboolean              saved)
{
  g_return_if_fail (STRIDE_IS_SYMPTOM_RESULTS (self));

  gtk_widget_set_sensitive (self->save_button, !saved);
}

static void
stride_symptom_results_dispose (GObject *object)
{
  StrideSymptomResults *self = STRIDE_SYMPTOM_RESULTS (object);

  g_clear_pointer (&self->result_rows, g_ptr_array_unref);
  /* The scroller is both AdwBin's child and a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_SYMPTOM_RESULTS);

  G_OBJECT_CLASS (stride_symptom_results_parent_class)->dispose (object);
}

static void
stride_symptom_results_class_init (StrideSymptomResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_symptom_results_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-symptom-results.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomResults, results_scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomResults, triage_banner);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomResults, triage_title);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomResults, triage_reasons);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomResults, triage_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomResults, conditions_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomResults, answers_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomResults, save_button);
}

static void
stride_symptom_results_init (StrideSymptomResults *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->result_rows = g_ptr_array_new ();
}
