/* stride-condition-row.c — one ranked row of the symptom checker's results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-condition-row.h"
#include "stride-symptom-summary.h"

struct _StrideConditionRow
{
  AdwExpanderRow  parent_instance;

  /* Template widgets */
  GtkLevelBar    *fit_bar;
  AdwActionRow   *fits_row;
  AdwActionRow   *elsewhere_row;
  GtkWidget      *note_row;
  AdwActionRow   *read_row;
  AdwActionRow   *routine_row;
  AdwActionRow   *test_row;
  AdwActionRow   *program_row;
};

G_DEFINE_FINAL_TYPE (StrideConditionRow, stride_condition_row, ADW_TYPE_EXPANDER_ROW)

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* The title (plain text, escaped for the row's markup) and how well it fits. */
static void
show_fit (StrideConditionRow *self,
          const char         *name,
          double              probability)
{
  g_autofree char *title = escape (name);
  g_autofree char *fit = stride_symptom_summary_describe_fit (probability);
  g_autofree char *bar_name = g_strdup_printf (_("How well %s fits: %s"), name, fit);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), fit);
  gtk_level_bar_set_value (self->fit_bar, CLAMP (probability, 0, 1));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fit_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, bar_name, -1);
}

static void
show_reasons (AdwActionRow       *row,
              const char * const *reasons)
{
  g_autofree char *joined = NULL;
  g_autofree char *subtitle = NULL;

  if (reasons == NULL || reasons[0] == NULL)
    return;
  joined = g_strjoinv ("\n", (char **) reasons);
  subtitle = escape (joined);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
}

/* A link row shows, and gets its action, only when it has somewhere to go: a hidden row
 * must not be found as a way there. */
static void
show_link (AdwActionRow *row,
           const char   *subtitle,
           const char   *action,
           GVariant     *target)
{
  g_autofree char *escaped = escape (subtitle);

  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, escaped);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
}

static void
show_exercise_links (StrideConditionRow    *self,
                     StrideContent         *content,
                     const StrideCondition *condition,
                     const char            *side)
{
  const StrideRoutine *routine = condition->routine != NULL ? stride_content_find_routine (content, condition->routine) : NULL;
  const StrideSelfTest *test = condition->self_test != NULL ? stride_content_find_test (content, condition->self_test) : NULL;
  const StrideProgram *program = condition->program != NULL ? stride_content_find_program (content, condition->program) : NULL;
  const char *side_text = stride_symptom_summary_side_text (side);

  if (routine != NULL)
    {
      g_autofree char *subtitle = side_text != NULL ? g_strdup_printf ("%s · %s", routine->name, side_text)
                                                    : g_strdup (routine->name);

      show_link (self->routine_row, subtitle, "symptoms.open-routine",
                 g_variant_new ("(ss)", routine->id, side != NULL ? side : ""));
    }
  if (test != NULL)
    show_link (self->test_row, test->name, "app.launch", g_variant_new ("(ss)", "test", test->id));
  /* A staged rehab program (the Routines page's program view) */
  if (program != NULL)
    show_link (self->program_row, program->name, "app.launch", g_variant_new ("(ss)", "program", program->id));
}

GtkWidget *
stride_condition_row_new (StrideContent              *content,
                          const StrideConditionMatch *match,
                          gboolean                    exercise_advice,
                          const char                 *side)
{
  const StrideCondition *condition;
  StrideConditionRow *self;

  g_return_val_if_fail (content != NULL && match != NULL && match->condition != NULL, NULL);

  condition = match->condition;
  self = g_object_new (STRIDE_TYPE_CONDITION_ROW, NULL);
  show_fit (self, condition->name, match->probability);
  show_reasons (self->fits_row, match->reasons_for);
  show_reasons (self->elsewhere_row, match->reasons_against);
  show_link (self->read_row, condition->summary, "app.launch", g_variant_new ("(ss)", "condition", condition->id));
  /* Exercise is no advice for someone who should stop running and see a clinician, nor
   * for a condition that is a red flag in itself. */
  if (exercise_advice && !condition->always_red_flag)
    show_exercise_links (self, content, condition, side);
  return GTK_WIDGET (self);
}

/* "Something not listed here": the ranking's honest share for what Stride does not know. */
GtkWidget *
stride_condition_row_new_other (const StrideConditionMatch *match)
{
  StrideConditionRow *self;

  g_return_val_if_fail (match != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_CONDITION_ROW, NULL);
  show_fit (self, _("Something not listed here"), match->probability);
  gtk_widget_set_visible (self->note_row, TRUE);
  return GTK_WIDGET (self);
}

static void
stride_condition_row_class_init (StrideConditionRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-condition-row.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideConditionRow, fit_bar);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionRow, fits_row);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionRow, elsewhere_row);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionRow, note_row);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionRow, read_row);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionRow, routine_row);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionRow, test_row);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionRow, program_row);
}

static void
stride_condition_row_init (StrideConditionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The default offsets colour a low value as a warning; a fit is not a level to reach. */
  gtk_level_bar_remove_offset_value (self->fit_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->fit_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->fit_bar, GTK_LEVEL_BAR_OFFSET_FULL);
}
