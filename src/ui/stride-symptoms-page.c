/* stride-symptoms-page.c — the Symptom Checker: red flags, an adaptive interview, results
 *
 * The flow (which step, what comes next, an emergency stop, Back, Start Over) is the
 * interview's (core/stride-interview.c); this page renders its step and tells it what the
 * user ticks. Each step opens scrolled to its top with the keyboard focus on its first
 * control; the buttons stay in a bar at the bottom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "stride-body-map.h"
#include "stride-history.h"
#include "stride-interview.h"
#include "stride-symptom-check.h"
#include "stride-symptom-results.h"
#include "stride-symptom-summary.h"
#include "stride-symptoms-page.h"
#include "stride-widget-util.h"

/* How many conditions the results show. */
#define N_SHOWN_CONDITIONS 5
/* The about-you question whose answer the self-test shares (GSettings "age"). */
#define AGE_QUESTION "age"

struct _StrideSymptomsPage
{
  StridePage           parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  GtkScrolledWindow   *question_scroller;
  GtkProgressBar      *progress_bar;
  GtkLabel            *step_label;
  GtkLabel            *question_label;
  GtkLabel            *help_label;
  GtkBox              *answer_box;
  GtkLabel            *number_error_label;
  GtkWidget           *back_button;
  GtkWidget           *dont_know_button;
  GtkWidget           *next_button;
  GtkWidget           *results_button;
  GtkWidget           *start_button;
  GtkLabel            *emergency_label;
  GtkWidget           *emergency_back_button;
  StrideSymptomResults *results;

  /* Owned references */
  StrideContent       *content;
  StrideInterview     *interview;
  GSettings           *settings;
  GPtrArray           *answer_checks;   /* GtkCheckButton of the step shown */

  /* Borrowed references */
  StrideBodyMap       *body_map;        /* the location question shown, inside answer_box */
  AdwEntryRow         *number_row;      /* the number question shown, inside answer_box */
  GtkWidget           *first_control;   /* where the keyboard focus goes on a new step */

  gboolean             building;        /* filling in widgets: not the user ticking */
};

G_DEFINE_FINAL_TYPE (StrideSymptomsPage, stride_symptoms_page, STRIDE_TYPE_PAGE)

static void render_step (StrideSymptomsPage *self);

/* ---- Content ---- */

static void
step_changed_cb (StrideSymptomsPage *self)
{
  render_step (self);
}

static void
can_go_next_cb (StrideSymptomsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "symptoms.next",
                                 stride_interview_get_can_go_next (self->interview));
}

static void
can_see_results_cb (StrideSymptomsPage *self)
{
  gtk_widget_set_visible (self->results_button, stride_interview_get_can_see_results (self->interview));
}

static void
set_content (StrideSymptomsPage *self,
             StrideContent      *content)
{
  if (self->interview != NULL)
    g_signal_handlers_disconnect_by_data (self->interview, self);
  g_clear_object (&self->interview);
  g_clear_pointer (&self->content, stride_content_unref);
  if (content == NULL)
    return;

  self->content = stride_content_ref (content);
  self->interview = stride_interview_new (content);
  g_signal_connect_swapped (self->interview, "notify::step-name", G_CALLBACK (step_changed_cb), self);
  g_signal_connect_swapped (self->interview, "notify::can-go-next", G_CALLBACK (can_go_next_cb), self);
  g_signal_connect_swapped (self->interview, "notify::can-see-results", G_CALLBACK (can_see_results_cb), self);
}

/* The interview is made when the user starts it, from the context's content (or the
 * content set with stride_symptoms_page_set_content()). */
static gboolean
ensure_content (StrideSymptomsPage *self)
{
  StrideContent *content;

  if (self->content != NULL)
    return TRUE;

  content = stride_context_get_content (stride_page_get_context (STRIDE_PAGE (self)));
  if (stride_content_get_items (content, STRIDE_KIND_QUESTION)->len > 0)
    set_content (self, content);
  return self->content != NULL;
}

/* ---- Small helpers ---- */

static StrideHistory *
get_history (StrideSymptomsPage *self)
{
  return stride_context_get_history (stride_page_get_context (STRIDE_PAGE (self)));
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static void
clear_answer_widgets (StrideSymptomsPage *self)
{
  stride_clear_box (self->answer_box);
  g_ptr_array_set_size (self->answer_checks, 0);
  self->body_map = NULL;
  self->number_row = NULL;
  self->first_control = NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->number_error_label), FALSE);
}

static GtkWidget *
new_boxed_list (const char *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return list;
}

/* A check row: the title names the check for screen readers (no second label). */
static GtkWidget *
add_check_row (StrideSymptomsPage *self,
               GtkListBox         *list,
               const char         *text,
               gboolean            active,
               GtkCheckButton     *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *title = escape (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  /* The row labels its check for screen readers (a label of its own would be read twice). */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (list, row);
  g_ptr_array_add (self->answer_checks, check);
  if (self->first_control == NULL)
    self->first_control = check;
  return check;
}

/* GTK 4.8 names a button by its raw label and by its label widget ("_Next Next"): a
 * button relabelled after it was shown is named by its words alone. */
static void
relabel_button (GtkWidget  *button,
                const char *label)
{
  g_autoptr(GString) name = g_string_new (NULL);

  gtk_button_set_label (GTK_BUTTON (button), label);
  for (const char *p = label; *p != '\0'; p++)
    if (*p != '_' || p[1] == '_')
      g_string_append_c (name, *p == '_' ? *++p : *p);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
}

/* ---- The scroll position and the focus of a new step ---- */

static void
scroll_to_top (GtkScrolledWindow *scroller)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* Focusing a control can scroll its window; the top wins once the step is laid out. */
static gboolean
scroll_to_top_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);

  scroll_to_top (self->question_scroller);
  stride_symptom_results_scroll_to_top (self->results);
  return G_SOURCE_REMOVE;
}

static void
present_step (StrideSymptomsPage *self,
              const char         *stack_page,
              GtkWidget          *focus)
{
  gtk_stack_set_visible_child_name (self->stack, stack_page);
  scroll_to_top (self->question_scroller);
  stride_symptom_results_scroll_to_top (self->results);
  /* A row that is not focusable itself (an expander) passes the focus to its first control. */
  if (focus != NULL && !gtk_widget_grab_focus (focus))
    gtk_widget_child_focus (focus, GTK_DIR_TAB_FORWARD);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_top_cb, NULL, NULL);
  stride_page_set_can_go_back (STRIDE_PAGE (self), stride_interview_get_can_go_back (self->interview));
}

/* ---- Warning signs ---- */

static void
sign_toggled_cb (GtkCheckButton     *check,
                 StrideSymptomsPage *self)
{
  const StrideWarningSign *sign = g_object_get_data (G_OBJECT (check), "sign");

  if (self->building)
    return;
  stride_interview_set_sign (self->interview, sign, gtk_check_button_get_active (check));
  /* Nothing ticked reads "None of These"; one tick or more, "Next". */
  if (stride_interview_get_step (self->interview) == STRIDE_INTERVIEW_WARNING_SIGNS)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < self->answer_checks->len; i++)
        any |= gtk_check_button_get_active (g_ptr_array_index (self->answer_checks, i));
      relabel_button (self->next_button, any ? _("_Next") : _("_None of These"));
    }
}

static void
show_warning_signs (StrideSymptomsPage *self)
{
  guint screen = stride_interview_get_screen (self->interview);
  guint n_screens = stride_interview_get_n_screens (self->interview);
  GPtrArray *signs = stride_interview_get_screen_signs (self->interview, screen);
  const StrideWarningSign *first = g_ptr_array_index (signs, 0);
  g_autofree char *step = g_strdup_printf (_("Warning signs · screen %u of %u"), screen + 1, n_screens);
  GtkWidget *list = new_boxed_list (_("Warning signs"));
  gboolean any = FALSE;

  gtk_progress_bar_set_fraction (self->progress_bar, 0.25 * screen / MAX (n_screens, 1));
  gtk_label_set_text (self->step_label, step);
  gtk_label_set_text (self->question_label, _("Do any of these apply to you?"));
  gtk_label_set_text (self->help_label, screen == 0 && first->question->help != NULL
                                        ? first->question->help
                                        : _("Tick each one that does. Leave the others unticked."));
  gtk_widget_set_visible (GTK_WIDGET (self->help_label), TRUE);

  for (guint i = 0; i < signs->len; i++)
    {
      const StrideWarningSign *sign = g_ptr_array_index (signs, i);
      gboolean yes = stride_interview_get_sign (self->interview, sign);
      GtkWidget *check = add_check_row (self, GTK_LIST_BOX (list),
                                        sign->answer->ask != NULL ? sign->answer->ask : sign->answer->text,
                                        yes, NULL);

      any |= yes;
      g_object_set_data (G_OBJECT (check), "sign", (gpointer) sign);
      g_signal_connect (check, "toggled", G_CALLBACK (sign_toggled_cb), self);
    }
  gtk_box_append (self->answer_box, list);

  gtk_widget_set_visible (self->dont_know_button, FALSE);
  relabel_button (self->next_button, any ? _("_Next") : _("_None of These"));
}

/* ---- Questions ---- */

static void
report_choices (StrideSymptomsPage *self)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();

  if (self->building)
    return;
  if (self->body_map != NULL)
    {
      g_auto(GStrv) selected = stride_body_map_dup_selected (self->body_map);

      stride_interview_set_draft_choices (self->interview, (const char * const *) selected);
      return;
    }
  for (guint i = 0; i < self->answer_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->answer_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (chosen, g_object_get_data (G_OBJECT (check), "answer-id"));
    }
  g_ptr_array_add (chosen, NULL);
  stride_interview_set_draft_choices (self->interview, (const char * const *) chosen->pdata);
}

static void
choice_toggled_cb (StrideSymptomsPage *self)
{
  report_choices (self);
}

static void
build_choices (StrideSymptomsPage   *self,
               const StrideQuestion *question)
{
  const StrideAnswers *answers = stride_interview_get_answers (self->interview);
  GtkWidget *list = new_boxed_list (question->text);
  GtkCheckButton *group = NULL;

  for (guint a = 0; a < question->answers->len; a++)
    {
      const StrideAnswer *answer = g_ptr_array_index (question->answers, a);
      GtkWidget *check = add_check_row (self, GTK_LIST_BOX (list), answer->text,
                                        stride_answers_has_choice (answers, question->id, answer->id), group);

      g_object_set_data (G_OBJECT (check), "answer-id", answer->id);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (choice_toggled_cb), self);
      /* One answer only: the check buttons become radio buttons of one group. */
      if (question->kind == STRIDE_QUESTION_ONE && group == NULL)
        group = GTK_CHECK_BUTTON (check);
    }
  gtk_box_append (self->answer_box, list);
}

static void
number_changed_cb (StrideSymptomsPage *self)
{
  const StrideQuestion *question = stride_interview_get_question (self->interview);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->number_row));
  double value = 0;
  gboolean valid;

  if (self->building || question == NULL)
    return;
  valid = stride_symptom_summary_parse_number (question, text, &value);
  stride_interview_set_draft_number (self->interview, valid, value);
  /* Say what is wrong only once there is something to be wrong. */
  gtk_widget_set_visible (GTK_WIDGET (self->number_error_label), !valid && *text != '\0');
  if (!valid && *text != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->number_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->number_row), "error");
}

static void
number_activated_cb (StrideSymptomsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "symptoms.next", NULL);
}

/* A number starts empty (no age of 57 for anyone): the answer given before, or for the
 * age, the one the self-test or an earlier check saved. */
static char *
initial_number (StrideSymptomsPage   *self,
                const StrideQuestion *question)
{
  double value;

  if (stride_answers_get_number (stride_interview_get_answers (self->interview), question->id, &value))
    return g_strdup_printf ("%.0f", value);
  if (g_str_equal (question->id, AGE_QUESTION) && g_settings_get_int (self->settings, "age") > 0)
    return g_strdup_printf ("%d", g_settings_get_int (self->settings, "age"));
  return g_strdup ("");
}

static void
build_number (StrideSymptomsPage   *self,
              const StrideQuestion *question)
{
  GtkWidget *list = new_boxed_list (question->text);
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *text = initial_number (self, question);
  g_autofree char *error = g_strdup_printf (_("Enter a whole number from %.0f to %.0f."), question->min, question->max);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 question->unit != NULL ? question->unit : _("Your Answer"));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error, -1);
  gtk_label_set_text (self->number_error_label, error);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (number_changed_cb), self);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (number_activated_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (self->answer_box, list);
  self->number_row = ADW_ENTRY_ROW (row);
  self->first_control = row;
}

static void
view_toggled_cb (GtkToggleButton *button,
                 StrideBodyMap   *map)
{
  if (gtk_toggle_button_get_active (button))
    stride_body_map_set_view (map, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "view")));
}

static GtkWidget *
view_button (StrideBodyMap   *map,
             const char      *label,
             StrideView       view,
             GtkToggleButton *group)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);
  GtkWidget *text = gtk_button_get_child (GTK_BUTTON (button));

  /* Three views in a row fit 360 px in every language when a long label may wrap. */
  if (GTK_IS_LABEL (text))
    {
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
    }
  g_object_set_data (G_OBJECT (button), "view", GINT_TO_POINTER (view));
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), stride_body_map_get_view (map) == view);
  g_signal_connect_object (button, "toggled", G_CALLBACK (view_toggled_cb), map, 0);
  return button;
}

static gboolean
has_shapes (const StrideQuestion *question)
{
  for (guint a = 0; a < question->answers->len; a++)
    if (((const StrideAnswer *) g_ptr_array_index (question->answers, a))->shapes->len > 0)
      return TRUE;
  return FALSE;
}

/* The name of the place the keyboard is on shows under the map, which reaches the bottom
 * of a 700 px window: scroll it into sight (the map's top stays above it). */
static void
reveal_focus_name_cb (GtkWidget          *name,
                      GParamSpec         *pspec,
                      StrideSymptomsPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->question_scroller);
  GtkWidget *content = gtk_scrolled_window_get_child (self->question_scroller);
  graphene_rect_t bounds;

  if (*gtk_label_get_label (GTK_LABEL (name)) == '\0' || content == NULL ||
      !gtk_widget_compute_bounds (name, content, &bounds))
    return;
  gtk_adjustment_clamp_page (adjustment, bounds.origin.y, bounds.origin.y + bounds.size.height);
}

/* Where it hurts: the body map, front and back, and beside it the same places as a list
 * that screen readers reach (GTK cannot expose drawn regions). */
static void
build_body_map (StrideSymptomsPage   *self,
                const StrideQuestion *question)
{
  GtkWidget *map = stride_body_map_new ();
  GtkWidget *views = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *front, *back, *side, *name;
  const char * const *chosen = stride_answers_get_choices (stride_interview_get_answers (self->interview),
                                                           question->id);

  stride_body_map_set_selection_mode (STRIDE_BODY_MAP (map), STRIDE_BODY_MAP_SELECTION_MULTIPLE);
  for (guint a = 0; a < question->answers->len; a++)
    {
      const StrideAnswer *answer = g_ptr_array_index (question->answers, a);

      stride_body_map_add_region (STRIDE_BODY_MAP (map), answer->id, answer->text, answer->shapes);
    }
  if (chosen != NULL)
    stride_body_map_set_selected (STRIDE_BODY_MAP (map), chosen);
  /* The places are drawn over the same anatomy as the Anatomy page's map. */
  stride_body_map_set_backdrop (STRIDE_BODY_MAP (map), stride_content_get_items (self->content, STRIDE_KIND_STRUCTURE));
  /* As tall as the figure at the page's width: no empty bands above and below it on a phone. */
  stride_body_map_set_fit_to_width (STRIDE_BODY_MAP (map), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL, question->text, -1);
  g_signal_connect_swapped (map, "notify::selected", G_CALLBACK (choice_toggled_cb), self);

  front = view_button (STRIDE_BODY_MAP (map), _("F_ront View"), STRIDE_VIEW_FRONT, NULL);
  back = view_button (STRIDE_BODY_MAP (map), _("Bac_k View"), STRIDE_VIEW_BACK, GTK_TOGGLE_BUTTON (front));
  side = view_button (STRIDE_BODY_MAP (map), _("S_ide View"), STRIDE_VIEW_SIDE, GTK_TOGGLE_BUTTON (front));
  gtk_box_append (GTK_BOX (views), front);
  gtk_box_append (GTK_BOX (views), back);
  gtk_box_append (GTK_BOX (views), side);
  gtk_widget_add_css_class (views, "linked");
  gtk_widget_set_halign (views, GTK_ALIGN_CENTER);

  gtk_box_append (self->answer_box, views);
  gtk_box_append (self->answer_box, map);
  /* Which place Space will tick, for the keyboard, as the Anatomy page names it. */
  name = stride_body_map_create_focus_name (STRIDE_BODY_MAP (map));
  g_signal_connect_object (name, "notify::label", G_CALLBACK (reveal_focus_name_cb), self, 0);
  gtk_box_append (self->answer_box, name);
  gtk_box_append (self->answer_box, stride_body_map_create_region_list (STRIDE_BODY_MAP (map)));
  self->body_map = STRIDE_BODY_MAP (map);
  self->first_control = front;
}

/* "I don't know" fits a question about the pain, not one about the runner: a question
 * about you whose answers already hold an opt-out ("Other, or I'd rather not say") offers
 * no extra button, and one without (age) offers a plain Skip. The warning signs, changed
 * from the results, are a yes-or-no list: "I don't know" there would clear what was ticked
 * (and the third button made the bar wider than a phone). */
static void
show_skip_button (StrideSymptomsPage   *self,
                  const StrideQuestion *question)
{
  gboolean about_you = question->stage == STRIDE_STAGE_ABOUT_YOU;

  gtk_widget_set_visible (self->dont_know_button,
                          question->stage != STRIDE_STAGE_RED_FLAGS &&
                          (!about_you || question->kind == STRIDE_QUESTION_NUMBER));
  relabel_button (self->dont_know_button, about_you ? _("S_kip") : _("I _Don’t Know"));
}

static void
show_question (StrideSymptomsPage   *self,
               const StrideQuestion *question)
{
  gboolean editing = stride_interview_is_editing (self->interview);
  guint answered, total;
  g_autofree char *step = NULL;

  stride_interview_get_progress (self->interview, &answered, &total);
  if (question->stage == STRIDE_STAGE_RED_FLAGS)
    step = g_strdup (_("Warning signs"));
  else if (question->stage == STRIDE_STAGE_ABOUT_YOU)
    step = g_strdup (_("About you"));
  else
    step = g_strdup_printf (_("About your pain · %u of up to %u questions answered"), answered, MAX (total, 1));

  gtk_progress_bar_set_fraction (self->progress_bar, 0.25 + 0.75 * answered / MAX (total, 1));
  gtk_label_set_text (self->step_label, step);
  gtk_label_set_text (self->question_label, question->text);
  gtk_label_set_text (self->help_label, question->help != NULL ? question->help : "");
  gtk_widget_set_visible (GTK_WIDGET (self->help_label), question->help != NULL);

  if (question->kind == STRIDE_QUESTION_NUMBER)
    build_number (self, question);
  else if (has_shapes (question))
    build_body_map (self, question);
  else
    build_choices (self, question);

  show_skip_button (self, question);
  relabel_button (self->next_button, editing ? _("_Update Results") : _("_Next"));
}

/* ---- Emergency ---- */

static void
show_emergency (StrideSymptomsPage *self)
{
  const StrideMatchResult *result = stride_interview_get_result (self->interview);
  g_autoptr(GString) text = g_string_new (NULL);
  const StrideRedFlag *first = NULL;

  for (guint i = 0; i < result->reasons->len; i++)
    {
      const StrideRedFlag *flag = g_ptr_array_index (result->reasons, i);

      if (flag->level != STRIDE_TRIAGE_EMERGENCY)
        continue;
      if (first == NULL)
        first = flag;
      g_string_append_printf (text, "%s\n\n", flag->text);
    }
  if (first != NULL)
    g_string_append (text, first->advice);
  gtk_label_set_text (self->emergency_label, text->str);
}

/* ---- Rendering the interview's step ---- */

static void
render_step (StrideSymptomsPage *self)
{
  const StrideQuestion *question = stride_interview_get_question (self->interview);
  StrideInterviewStep step = stride_interview_get_step (self->interview);

  self->building = TRUE;
  clear_answer_widgets (self);
  switch (step)
    {
    case STRIDE_INTERVIEW_START:
      present_step (self, "start", self->start_button);
      break;
    case STRIDE_INTERVIEW_WARNING_SIGNS:
      show_warning_signs (self);
      present_step (self, "question", self->first_control);
      break;
    case STRIDE_INTERVIEW_QUESTION:
      show_question (self, question);
      present_step (self, "question", self->first_control);
      break;
    case STRIDE_INTERVIEW_EMERGENCY:
      show_emergency (self);
      present_step (self, "emergency", self->emergency_back_button);
      break;
    case STRIDE_INTERVIEW_RESULTS:
      present_step (self, "results", stride_symptom_results_show (self->results, self->content, self->interview, N_SHOWN_CONDITIONS));
      break;
    default:
      g_assert_not_reached ();
    }
  self->building = FALSE;
  can_go_next_cb (self);
  can_see_results_cb (self);
}

/* ---- Actions ---- */

static void
show_toast (StrideSymptomsPage *self,
            AdwToast           *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_message (StrideSymptomsPage *self,
              const char         *message)
{
  show_toast (self, stride_toast_new (message));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);

  if (!ensure_content (self))
    {
      show_message (self, _("The symptom questions could not be loaded from the content pack"));
      return;
    }
  stride_interview_start (self->interview);
}

/* The age is the user's, not the interview's: the self-test's "about you" shows it too. */
static void
remember_age (StrideSymptomsPage *self)
{
  double age;

  if (stride_answers_get_number (stride_interview_get_answers (self->interview), AGE_QUESTION, &age))
    g_settings_set_int (self->settings, "age", (int) age);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);

  stride_interview_next (self->interview);
  remember_age (self);
}

static void
dont_know_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  stride_interview_dont_know (STRIDE_SYMPTOMS_PAGE (widget)->interview);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);

  if (self->interview != NULL)
    stride_interview_go_back (self->interview);
}

static void
results_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);

  stride_interview_see_results (self->interview);
  remember_age (self);
}

static void
undo_restart_cb (StrideSymptomsPage *self)
{
  stride_interview_undo_restart (self->interview);
}

/* Start Over forgets every answer at once; the toast's Undo brings them back. */
static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);
  AdwToast *toast;

  if (self->interview == NULL)
    return;
  stride_interview_restart (self->interview);
  if (!stride_interview_get_can_undo_restart (self->interview))
    return;
  toast = stride_toast_new (_("Answers cleared"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_restart_cb), self, G_CONNECT_SWAPPED);
  show_toast (self, toast);
}

static void
undo_restart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  undo_restart_cb (STRIDE_SYMPTOMS_PAGE (widget));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);

  if (self->interview != NULL)
    stride_interview_edit (self->interview, g_variant_get_string (parameter, NULL));
}

/* The Routines page's kind for a routine's page on SIDE: "routine-left", "routine-right",
 * or "routine-page" when either side may hurt. */
static const char *
routine_kind (const char *side)
{
  if (g_strcmp0 (side, "left") == 0)
    return "routine-left";
  if (g_strcmp0 (side, "right") == 0)
    return "routine-right";
  return "routine-page";
}

/* The suggested routine's page (its exercises, doses and sides, and Start), its one-sided
 * exercises on the side that hurts. */
static void
open_routine_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *routine = NULL, *side = NULL;

  g_variant_get (parameter, "(&s&s)", &routine, &side);
  gtk_widget_activate_action (widget, "win.open", "(sss)", "routines", routine_kind (side), routine);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);
  g_autofree char *text = NULL;

  if (stride_interview_get_step (self->interview) != STRIDE_INTERVIEW_RESULTS)
    return;
  text = stride_match_result_to_text (stride_interview_get_result (self->interview), N_SHOWN_CONDITIONS);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_message (self, _("Result copied"));
}

static void
undo_save_cb (AdwToast           *toast,
              StrideSymptomsPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *id = g_object_get_data (G_OBJECT (toast), "entry-id");

  if (!stride_history_remove (get_history (self), id, &error))
    show_message (self, error->message);
  stride_symptom_results_set_saved (self->results, FALSE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);
  g_autoptr(StrideSymptomCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;
  AdwToast *toast;

  if (stride_interview_get_step (self->interview) != STRIDE_INTERVIEW_RESULTS)
    return;

  check = stride_symptom_check_new (stride_interview_get_answers (self->interview),
                                    stride_content_get_items (self->content, STRIDE_KIND_QUESTION),
                                    stride_interview_get_result (self->interview));
  entry = stride_history_append_symptom_check (get_history (self), check, NULL, &error);
  if (entry == NULL)
    {
      show_message (self, error->message);
      return;
    }

  /* Saved once per result; Undo takes it out again. */
  stride_symptom_results_set_saved (self->results, TRUE);
  toast = stride_toast_new (_("Saved to your history"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "entry-id", g_strdup (stride_history_entry_get_id (entry)), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_save_cb), self, 0);
  show_toast (self, toast);
}

static void
stride_symptoms_page_go_back (StridePage *page)
{
  back_action (GTK_WIDGET (page), "symptoms.back", NULL);
}

/* ---- GObject ---- */

static void
stride_symptoms_page_dispose (GObject *object)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (object);

  set_content (self, NULL);
  /* The stack is both AdwBin's child and a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_SYMPTOMS_PAGE);

  G_OBJECT_CLASS (stride_symptoms_page_parent_class)->dispose (object);
}

static void
stride_symptoms_page_finalize (GObject *object)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->answer_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_symptoms_page_parent_class)->finalize (object);
}

static void
stride_symptoms_page_class_init (StrideSymptomsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StridePageClass *page_class = STRIDE_PAGE_CLASS (klass);

  object_class->dispose = stride_symptoms_page_dispose;
  object_class->finalize = stride_symptoms_page_finalize;
  page_class->go_back = stride_symptoms_page_go_back;

  g_type_ensure (STRIDE_TYPE_SYMPTOM_RESULTS);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-symptoms-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, question_scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, step_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, help_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, answer_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, number_error_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, dont_know_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, results_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, emergency_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, emergency_back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, results);

  gtk_widget_class_install_action (widget_class, "symptoms.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "symptoms.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "symptoms.dont-know", NULL, dont_know_action);
  gtk_widget_class_install_action (widget_class, "symptoms.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "symptoms.results", NULL, results_action);
  gtk_widget_class_install_action (widget_class, "symptoms.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "symptoms.undo-restart", NULL, undo_restart_action);
  gtk_widget_class_install_action (widget_class, "symptoms.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "symptoms.open-routine", "(ss)", open_routine_action);
  gtk_widget_class_install_action (widget_class, "symptoms.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "symptoms.save", NULL, save_action);
}

static void
stride_symptoms_page_init (StrideSymptomsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->answer_checks = g_ptr_array_new ();
  self->settings = g_settings_new (APP_ID);

  stride_page_set_title (STRIDE_PAGE (self), _("Symptom Checker"));
}

GtkWidget *
stride_symptoms_page_new (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return g_object_new (STRIDE_TYPE_SYMPTOMS_PAGE, "context", context, NULL);
}

void
stride_symptoms_page_set_content (StrideSymptomsPage *self,
                                  StrideContent      *content)
{
  g_return_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self));

  set_content (self, content);
  if (self->interview != NULL)
    render_step (self);
}

const char *
stride_symptoms_page_get_step (StrideSymptomsPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self), NULL);

  return self->interview != NULL ? stride_interview_get_step_name (self->interview) : "start";
}

const StrideAnswers *
stride_symptoms_page_get_answers (StrideSymptomsPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self), NULL);

  return self->interview != NULL ? stride_interview_get_answers (self->interview) : NULL;
}

const StrideMatchResult *
stride_symptoms_page_get_result (StrideSymptomsPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self), NULL);

  if (self->interview == NULL || stride_interview_get_step (self->interview) != STRIDE_INTERVIEW_RESULTS)
    return NULL;
  return stride_interview_get_result (self->interview);
}

StrideInterview *
stride_symptoms_page_get_interview (StrideSymptomsPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self), NULL);

  return self->interview;
}
