/* stride-symptoms-page.c — the Symptom Checker: red flags, an adaptive interview, results
 *
 * Red flags come first, one yes/no screen per warning sign, most serious first (the
 * content's order); an answer that makes the triage an emergency stops the interview.
 * Then where it hurts, then whatever question the matcher says is most informative,
 * until it has nothing left to ask or the user asks for the results. Every step can be
 * undone with Back; every answer can be changed from the results.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "stride-body-map.h"
#include "stride-history.h"
#include "stride-application.h"
#include "stride-symptoms-page.h"
#include "stride-widget-util.h"

/* How many conditions the results show. */
#define N_SHOWN_CONDITIONS 5

typedef enum
{
  STEP_RED_FLAG,
  STEP_QUESTION,
  STEP_EMERGENCY,
  STEP_RESULTS,
} StepKind;

typedef struct
{
  StepKind              kind;
  guint                 index;          /* STEP_RED_FLAG: into red_flag_items */
  const StrideQuestion *question;       /* STEP_QUESTION */
} Step;

/* One yes/no screen: an answer of a red_flags-stage question. */
typedef struct
{
  const StrideQuestion *question;
  const StrideAnswer   *answer;
  gint                  said;           /* -1 not asked, 0 no, 1 yes */
} RedFlagItem;

struct _StrideSymptomsPage
{
  StridePage           parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  GtkProgressBar      *progress_bar;
  GtkLabel            *step_label;
  GtkLabel            *question_label;
  GtkLabel            *help_label;
  GtkBox              *answer_box;
  GtkWidget           *back_button;
  GtkWidget           *dont_know_button;
  GtkWidget           *no_button;
  GtkWidget           *yes_button;
  GtkWidget           *next_button;
  GtkWidget           *results_button;
  GtkLabel            *emergency_label;
  GtkWidget           *triage_banner;
  GtkLabel            *triage_title;
  GtkLabel            *triage_label;
  AdwPreferencesGroup *conditions_group;
  AdwPreferencesGroup *answers_group;
  GtkWidget           *save_button;

  /* Owned references */
  StrideContent       *content;
  StrideMatcher       *matcher;
  StrideAnswers       *answers;
  StrideMatchResult   *result;
  GArray              *red_flag_items;  /* RedFlagItem */
  GArray              *trail;           /* Step: where Back goes */
  GPtrArray           *answer_checks;   /* GtkCheckButton of the question shown */
  GPtrArray           *result_rows;     /* rows added to the two result groups */
  char                *step_name;

  /* Borrowed references */
  GtkSpinButton       *number_spin;     /* the number question shown, inside answer_box */
  StrideBodyMap       *body_map;        /* the location question shown, inside answer_box */
  const StrideQuestion *editing;        /* a question changed from the results */
};

G_DEFINE_FINAL_TYPE (StrideSymptomsPage, stride_symptoms_page, STRIDE_TYPE_PAGE)

/* ---- Content ---- */

static void
set_content (StrideSymptomsPage *self,
             StrideContent      *content)
{
  GPtrArray *questions;

  g_clear_pointer (&self->matcher, stride_matcher_free);
  g_clear_pointer (&self->content, stride_content_unref);
  g_array_set_size (self->red_flag_items, 0);
  if (content == NULL)
    return;

  self->content = stride_content_ref (content);
  self->matcher = stride_matcher_new (content);

  questions = stride_content_get_items (content, STRIDE_KIND_QUESTION);
  for (guint q = 0; q < questions->len; q++)
    {
      const StrideQuestion *question = g_ptr_array_index (questions, q);

      if (question->stage != STRIDE_STAGE_RED_FLAGS)
        continue;
      for (guint a = 0; a < question->answers->len; a++)
        {
          RedFlagItem item = { question, g_ptr_array_index (question->answers, a), -1 };

          g_array_append_val (self->red_flag_items, item);
        }
    }
}

/* The application loads the content once; a page made on its own (tests) loads it here. */
static gboolean
ensure_content (StrideSymptomsPage *self)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(StrideContent) content = NULL;
  GApplication *application = g_application_get_default ();

  if (self->content != NULL)
    return TRUE;

  if (STRIDE_IS_APPLICATION (application))
    content = stride_content_ref (stride_application_get_content (STRIDE_APPLICATION (application)));
  else
    content = stride_content_load_default ((warnings = g_ptr_array_new_with_free_func (g_free)));
  if (content != NULL && stride_content_get_items (content, STRIDE_KIND_QUESTION)->len > 0)
    set_content (self, content);
  return self->content != NULL;
}

/* ---- Small helpers ---- */

static void
set_step_name (StrideSymptomsPage *self,
               const char         *kind,
               const char         *id)
{
  g_free (self->step_name);
  self->step_name = id != NULL ? g_strdup_printf ("%s:%s", kind, id) : g_strdup (kind);
}

static guint
count_interview_questions (StrideSymptomsPage *self,
                           gboolean            answered_only)
{
  GPtrArray *questions = stride_content_get_items (self->content, STRIDE_KIND_QUESTION);
  guint n = 0;

  for (guint q = 0; q < questions->len; q++)
    {
      const StrideQuestion *question = g_ptr_array_index (questions, q);

      if (question->stage == STRIDE_STAGE_RED_FLAGS)
        continue;
      if (!answered_only || stride_answers_is_answered (self->answers, question->id))
        n++;
    }
  return n;
}

static gboolean has_shapes (const StrideQuestion *question);

/* The first question of the interview is where it hurts: the question whose answers are
 * drawn on the body map. Without one, the matcher picks. */
static const StrideQuestion *
find_location_question (StrideSymptomsPage *self)
{
  GPtrArray *questions = stride_content_get_items (self->content, STRIDE_KIND_QUESTION);

  for (guint q = 0; q < questions->len; q++)
    {
      const StrideQuestion *question = g_ptr_array_index (questions, q);

      if (question->stage == STRIDE_STAGE_INTERVIEW && has_shapes (question))
        return question;
    }
  return NULL;
}

static void
clear_answer_widgets (StrideSymptomsPage *self)
{
  stride_clear_box (self->answer_box);
  g_ptr_array_set_size (self->answer_checks, 0);
  self->number_spin = NULL;
  self->body_map = NULL;
}

static gboolean
has_shapes (const StrideQuestion *question)
{
  for (guint a = 0; a < question->answers->len; a++)
    if (((const StrideAnswer *) g_ptr_array_index (question->answers, a))->shapes->len > 0)
      return TRUE;
  return FALSE;
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* ---- Recording answers ---- */

static void
store_red_flags (StrideSymptomsPage *self)
{
  g_autoptr(GHashTable) said = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                      (GDestroyNotify) g_ptr_array_unref);

  /* A red-flag question counts as answered once any of its screens was. */
  for (guint i = 0; i < self->red_flag_items->len; i++)
    {
      const RedFlagItem *item = &g_array_index (self->red_flag_items, RedFlagItem, i);
      GPtrArray *yes = g_hash_table_lookup (said, item->question->id);

      if (item->said < 0)
        continue;
      if (yes == NULL)
        {
          yes = g_ptr_array_new ();
          g_hash_table_insert (said, item->question->id, yes);
        }
      if (item->said > 0)
        g_ptr_array_add (yes, item->answer->id);
    }

  for (guint i = 0; i < self->red_flag_items->len; i++)
    {
      const RedFlagItem *item = &g_array_index (self->red_flag_items, RedFlagItem, i);
      GPtrArray *yes = g_hash_table_lookup (said, item->question->id);

      if (yes == NULL)
        {
          stride_answers_unset (self->answers, item->question->id);
          continue;
        }
      g_ptr_array_add (yes, NULL);
      stride_answers_set_choices (self->answers, item->question->id, (const char * const *) yes->pdata);
      g_ptr_array_remove_index (yes, yes->len - 1);
    }
}

/* Red-flag screens follow what the answers say (after an edit from the results). */
static void
sync_red_flag_items (StrideSymptomsPage *self)
{
  for (guint i = 0; i < self->red_flag_items->len; i++)
    {
      RedFlagItem *item = &g_array_index (self->red_flag_items, RedFlagItem, i);

      if (stride_answers_is_answered (self->answers, item->question->id))
        item->said = stride_answers_has_choice (self->answers, item->question->id, item->answer->id);
    }
}

static void
read_answer_widgets (StrideSymptomsPage   *self,
                     const StrideQuestion *question)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();

  if (question->kind == STRIDE_QUESTION_NUMBER)
    {
      if (self->number_spin != NULL)
        stride_answers_set_number (self->answers, question->id,
                                   gtk_spin_button_get_value (self->number_spin));
      return;
    }

  if (self->body_map != NULL)
    {
      g_auto(GStrv) selected = stride_body_map_dup_selected (self->body_map);

      stride_answers_set_choices (self->answers, question->id, (const char * const *) selected);
      return;
    }

  for (guint i = 0; i < self->answer_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->answer_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (chosen, g_object_get_data (G_OBJECT (check), "answer-id"));
    }
  /* A one-answer question left blank says nothing; a many-answer one says "none of these". */
  if (question->kind == STRIDE_QUESTION_ONE && chosen->len == 0)
    {
      stride_answers_set_dont_know (self->answers, question->id);
      return;
    }
  g_ptr_array_add (chosen, NULL);
  stride_answers_set_choices (self->answers, question->id, (const char * const *) chosen->pdata);
  if (question->stage == STRIDE_STAGE_RED_FLAGS)
    sync_red_flag_items (self);
}

static StrideMatchResult *
run_matcher (StrideSymptomsPage *self)
{
  return stride_matcher_match (self->matcher, self->answers);
}

/* ---- Showing a step ---- */

static void update_can_go_back (StrideSymptomsPage *self);
static void show_results (StrideSymptomsPage *self);

static void
set_buttons (StrideSymptomsPage *self,
             gboolean            yes_no)
{
  gboolean location_answered = FALSE;
  const StrideQuestion *location = find_location_question (self);

  if (location != NULL)
    location_answered = stride_answers_is_answered (self->answers, location->id);

  gtk_widget_set_visible (self->yes_button, yes_no);
  gtk_widget_set_visible (self->no_button, yes_no);
  gtk_widget_set_visible (self->next_button, !yes_no);
  gtk_widget_set_visible (self->dont_know_button, !yes_no);
  gtk_widget_set_visible (self->results_button, !yes_no && self->editing == NULL && location_answered);
  gtk_button_set_label (GTK_BUTTON (self->next_button),
                        self->editing != NULL ? _("_Update Results") : _("_Next"));
}

static void
show_red_flag (StrideSymptomsPage *self,
               guint               index)
{
  const RedFlagItem *item = &g_array_index (self->red_flag_items, RedFlagItem, index);
  g_autofree char *step = g_strdup_printf (_("Warning sign %u of %u"), index + 1, self->red_flag_items->len);

  set_step_name (self, "red-flag", item->answer->id);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.25 * index / MAX (self->red_flag_items->len, 1));
  gtk_label_set_text (self->step_label, step);
  gtk_label_set_text (self->question_label, item->answer->ask != NULL ? item->answer->ask : item->answer->text);
  gtk_label_set_text (self->help_label, index == 0 && item->question->help != NULL ? item->question->help : "");
  gtk_widget_set_visible (GTK_WIDGET (self->help_label), index == 0 && item->question->help != NULL);
  clear_answer_widgets (self);
  set_buttons (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "question");
  gtk_widget_grab_focus (self->no_button);
}

static GtkWidget *
add_choice_row (StrideSymptomsPage   *self,
                GtkListBox           *list,
                const StrideQuestion *question,
                const StrideAnswer   *answer,
                GtkCheckButton       *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *title = escape (answer->text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               stride_answers_has_choice (self->answers, question->id, answer->id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, answer->text, -1);
  g_object_set_data (G_OBJECT (check), "answer-id", answer->id);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (list, row);
  g_ptr_array_add (self->answer_checks, check);
  return check;
}

static void
build_choices (StrideSymptomsPage   *self,
               const StrideQuestion *question)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkCheckButton *group = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, question->text, -1);
  for (guint a = 0; a < question->answers->len; a++)
    {
      GtkWidget *check = add_choice_row (self, GTK_LIST_BOX (list), question,
                                         g_ptr_array_index (question->answers, a), group);

      /* One answer only: the check buttons become radio buttons of one group. */
      if (question->kind == STRIDE_QUESTION_ONE && group == NULL)
        group = GTK_CHECK_BUTTON (check);
    }
  gtk_box_append (self->answer_box, list);
}

static void
build_number (StrideSymptomsPage   *self,
              const StrideQuestion *question)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (question->min, question->max, 1);
  g_autofree char *title = escape (question->unit != NULL ? question->unit : question->text);
  double value = floor ((question->min + question->max) / 2);

  stride_answers_get_number (self->answers, question->id, &value);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, question->text, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (self->answer_box, list);
  self->number_spin = GTK_SPIN_BUTTON (spin);
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

  g_object_set_data (G_OBJECT (button), "view", GINT_TO_POINTER (view));
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), stride_body_map_get_view (map) == view);
  g_signal_connect_object (button, "toggled", G_CALLBACK (view_toggled_cb), map, 0);
  return button;
}

/* Where it hurts: the body map, front and back, and beside it the same places as a list
 * that screen readers reach (GTK cannot expose drawn regions). */
static void
build_body_map (StrideSymptomsPage   *self,
                const StrideQuestion *question)
{
  GtkWidget *map = stride_body_map_new ();
  GtkWidget *views = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *front, *back;
  const char * const *chosen = stride_answers_get_choices (self->answers, question->id);

  stride_body_map_set_selection_mode (STRIDE_BODY_MAP (map), STRIDE_BODY_MAP_SELECTION_MULTIPLE);
  for (guint a = 0; a < question->answers->len; a++)
    {
      const StrideAnswer *answer = g_ptr_array_index (question->answers, a);

      stride_body_map_add_region (STRIDE_BODY_MAP (map), answer->id, answer->text, answer->shapes);
    }
  if (chosen != NULL)
    stride_body_map_set_selected (STRIDE_BODY_MAP (map), chosen);
  gtk_widget_set_size_request (map, -1, 340);
  gtk_accessible_update_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL, question->text, -1);

  front = view_button (STRIDE_BODY_MAP (map), _("F_ront View"), STRIDE_VIEW_FRONT, NULL);
  back = view_button (STRIDE_BODY_MAP (map), _("Bac_k View"), STRIDE_VIEW_BACK, GTK_TOGGLE_BUTTON (front));
  gtk_box_append (GTK_BOX (views), front);
  gtk_box_append (GTK_BOX (views), back);
  gtk_widget_add_css_class (views, "linked");
  gtk_widget_set_halign (views, GTK_ALIGN_CENTER);

  gtk_box_append (self->answer_box, views);
  gtk_box_append (self->answer_box, map);
  gtk_box_append (self->answer_box, stride_body_map_create_region_list (STRIDE_BODY_MAP (map)));
  self->body_map = STRIDE_BODY_MAP (map);
}

static void
show_question (StrideSymptomsPage   *self,
               const StrideQuestion *question)
{
  guint answered = count_interview_questions (self, TRUE);
  guint total = MAX (count_interview_questions (self, FALSE), 1);
  g_autofree char *step = NULL;

  if (question->stage == STRIDE_STAGE_RED_FLAGS)
    step = g_strdup (_("Warning signs"));
  else if (question->stage == STRIDE_STAGE_ABOUT_YOU)
    step = g_strdup (_("About you"));
  else
    step = g_strdup_printf (_("About your pain · %u of up to %u questions answered"), answered, total);

  set_step_name (self, "question", question->id);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.25 + 0.75 * answered / total);
  gtk_label_set_text (self->step_label, step);
  gtk_label_set_text (self->question_label, question->text);
  gtk_label_set_text (self->help_label, question->help != NULL ? question->help : "");
  gtk_widget_set_visible (GTK_WIDGET (self->help_label), question->help != NULL);

  clear_answer_widgets (self);
  if (question->kind == STRIDE_QUESTION_NUMBER)
    build_number (self, question);
  else if (has_shapes (question))
    build_body_map (self, question);
  else
    build_choices (self, question);

  set_buttons (self, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "question");
}

static void
show_emergency (StrideSymptomsPage *self)
{
  g_autoptr(StrideMatchResult) result = run_matcher (self);
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

  set_step_name (self, "emergency", NULL);
  gtk_label_set_text (self->emergency_label, text->str);
  gtk_stack_set_visible_child_name (self->stack, "emergency");
}

static void
show_step (StrideSymptomsPage *self,
           const Step         *step)
{
  switch (step->kind)
    {
    case STEP_RED_FLAG:
      show_red_flag (self, step->index);
      break;
    case STEP_QUESTION:
      show_question (self, step->question);
      break;
    case STEP_EMERGENCY:
      show_emergency (self);
      break;
    case STEP_RESULTS:
      show_results (self);
      break;
    default:
      g_assert_not_reached ();
    }
  update_can_go_back (self);
}

static void
push_step (StrideSymptomsPage *self,
           Step                step)
{
  g_array_append_val (self->trail, step);
  show_step (self, &step);
}

static void
update_can_go_back (StrideSymptomsPage *self)
{
  stride_page_set_can_go_back (STRIDE_PAGE (self), self->trail->len > 0);
}

/* ---- Moving on ---- */

static gboolean
is_emergency (StrideSymptomsPage *self)
{
  g_autoptr(StrideMatchResult) result = run_matcher (self);

  return result->level == STRIDE_TRIAGE_EMERGENCY;
}

static void
go_to_next_question (StrideSymptomsPage *self)
{
  g_autoptr(StrideMatchResult) result = NULL;
  const StrideQuestion *location = find_location_question (self);

  if (is_emergency (self))
    {
      push_step (self, (Step) { STEP_EMERGENCY, 0, NULL });
      return;
    }

  if (location != NULL && !stride_answers_is_answered (self->answers, location->id))
    {
      push_step (self, (Step) { STEP_QUESTION, 0, location });
      return;
    }

  result = run_matcher (self);
  if (result->next_question == NULL)
    push_step (self, (Step) { STEP_RESULTS, 0, NULL });
  else
    push_step (self, (Step) { STEP_QUESTION, 0, result->next_question });
}

static void
go_after_red_flag (StrideSymptomsPage *self,
                   guint               index)
{
  if (index + 1 < self->red_flag_items->len)
    push_step (self, (Step) { STEP_RED_FLAG, index + 1, NULL });
  else
    go_to_next_question (self);
}

static const Step *
current_step (StrideSymptomsPage *self)
{
  return self->trail->len > 0 ? &g_array_index (self->trail, Step, self->trail->len - 1) : NULL;
}

static void
finish_edit (StrideSymptomsPage *self)
{
  self->editing = NULL;
  if (is_emergency (self))
    push_step (self, (Step) { STEP_EMERGENCY, 0, NULL });
  else
    show_step (self, current_step (self));
}

static void
answer_current (StrideSymptomsPage *self,
                gboolean            dont_know)
{
  const Step *step = current_step (self);
  const StrideQuestion *question = self->editing != NULL ? self->editing
                                   : step != NULL && step->kind == STEP_QUESTION ? step->question : NULL;

  if (question == NULL)
    return;

  if (dont_know)
    stride_answers_set_dont_know (self->answers, question->id);
  else
    read_answer_widgets (self, question);

  if (self->editing != NULL)
    finish_edit (self);
  else
    go_to_next_question (self);
}

static void
say_red_flag (StrideSymptomsPage *self,
              gboolean            yes)
{
  const Step *step = current_step (self);
  RedFlagItem *item;
  guint index;

  if (step == NULL || step->kind != STEP_RED_FLAG)
    return;

  index = step->index;
  item = &g_array_index (self->red_flag_items, RedFlagItem, index);
  item->said = yes;
  store_red_flags (self);

  if (yes && is_emergency (self))
    push_step (self, (Step) { STEP_EMERGENCY, 0, NULL });
  else
    go_after_red_flag (self, index);
}

static void
reset (StrideSymptomsPage *self)
{
  g_clear_pointer (&self->answers, stride_answers_free);
  g_clear_pointer (&self->result, stride_match_result_free);
  self->answers = stride_answers_new ();
  self->editing = NULL;
  g_array_set_size (self->trail, 0);
  for (guint i = 0; i < self->red_flag_items->len; i++)
    g_array_index (self->red_flag_items, RedFlagItem, i).said = -1;
  set_step_name (self, "start", NULL);
  gtk_stack_set_visible_child_name (self->stack, "start");
  update_can_go_back (self);
}

/* ---- Results ---- */

static void
clear_result_rows (StrideSymptomsPage *self)
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
add_group_row (StrideSymptomsPage  *self,
               AdwPreferencesGroup *group,
               GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->result_rows, row);
}

static const char * const triage_classes[] = { "self-care", "soon", "urgent", "emergency" };

static void
fill_triage (StrideSymptomsPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const StrideMatchResult *result = self->result;

  for (guint i = 0; i < G_N_ELEMENTS (triage_classes); i++)
    gtk_widget_remove_css_class (self->triage_banner, triage_classes[i]);
  gtk_widget_add_css_class (self->triage_banner, triage_classes[MIN (result->level, 3)]);
  gtk_label_set_text (self->triage_title, stride_triage_level_get_title (result->level));

  for (guint i = 0; i < result->reasons->len; i++)
    g_string_append_printf (text, "• %s\n", ((const StrideRedFlag *) g_ptr_array_index (result->reasons, i))->text);
  if (result->reasons->len > 0)
    g_string_append (text, ((const StrideRedFlag *) g_ptr_array_index (result->reasons, 0))->advice);
  else
    g_string_append (text, _("None of your answers is a warning sign. The self-care on each condition’s page is a "
                             "sensible start; see a clinician if the pain gets worse or does not improve."));
  gtk_label_set_text (self->triage_label, text->str);
}

static GtkWidget *
reason_row (const char         *title,
            const char * const *reasons,
            const char         *icon_name)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *joined = g_strjoinv ("\n", (char **) reasons);
  g_autofree char *subtitle = escape (joined);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static GtkWidget *
launch_row (const char *title,
            const char *subtitle,
            const char *kind,
            const char *id)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = escape (subtitle);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.launch");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", kind, id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static char *
format_percent (double probability)
{
  if (probability < 0.005)
    return g_strdup (_("less than 1%"));
  /* Translators: a percentage; some languages put a space before the % ("40 %") */
  return g_strdup_printf (_("%.0f%%"), 100 * probability);
}

static GtkWidget *
condition_row (StrideSymptomsPage         *self,
               const StrideConditionMatch *match,
               gboolean                    exercise_advice)
{
  const StrideCondition *condition = match->condition;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  g_autofree char *title = escape (condition->name);
  g_autofree char *percent = format_percent (match->probability);
  g_autofree char *subtitle = g_strdup_printf (_("Fits your answers: %s"), percent);
  g_autofree char *bar_name = g_strdup_printf (_("How well %s fits: %s"), condition->name, percent);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (match->probability, 0, 1));
  gtk_level_bar_set_mode (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_MODE_CONTINUOUS);
  /* The default offsets colour a low value as a warning; a fit is not a level to reach. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (bar, 72, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, bar_name, -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), bar);

  if (match->reasons_for[0] != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              reason_row (_("What fits"), match->reasons_for, "emblem-ok-symbolic"));
  if (match->reasons_against[0] != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              reason_row (_("What points elsewhere"), match->reasons_against, "window-close-symbolic"));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            launch_row (_("Read About It"), condition->summary, "condition", condition->id));

  /* Exercise is no advice for someone who should stop running and see a clinician, nor
   * for a condition that is a red flag in itself. */
  exercise_advice = exercise_advice && !condition->always_red_flag;
  if (exercise_advice && condition->routine != NULL && self->content != NULL)
    {
      const StrideRoutine *routine = stride_content_find_routine (self->content, condition->routine);

      if (routine != NULL)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                  launch_row (_("Suggested Routine"), routine->name, "routine", routine->id));
    }
  if (exercise_advice && condition->self_test != NULL && self->content != NULL)
    {
      const StrideSelfTest *test = stride_content_find_test (self->content, condition->self_test);

      if (test != NULL)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                  launch_row (_("Suggested Self-Test"), test->name, "test", test->id));
    }
  return row;
}

static char *
describe_answer (StrideSymptomsPage   *self,
                 const StrideQuestion *question)
{
  const char * const *choices = stride_answers_get_choices (self->answers, question->id);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  double value;

  if (stride_answers_is_dont_know (self->answers, question->id))
    return g_strdup (_("I don’t know"));
  if (stride_answers_get_number (self->answers, question->id, &value))
    return question->unit != NULL ? g_strdup_printf ("%g %s", value, question->unit) : g_strdup_printf ("%g", value);
  if (choices == NULL || choices[0] == NULL)
    return g_strdup (_("None of these"));

  for (guint i = 0; choices[i] != NULL; i++)
    {
      const StrideAnswer *answer = stride_question_find_answer (question, choices[i]);

      g_ptr_array_add (texts, answer != NULL ? answer->text : (char *) choices[i]);
    }
  g_ptr_array_add (texts, NULL);
  return g_strjoinv (", ", (char **) texts->pdata);
}

static void
fill_answers (StrideSymptomsPage *self)
{
  GPtrArray *questions = stride_content_get_items (self->content, STRIDE_KIND_QUESTION);

  for (guint q = 0; q < questions->len; q++)
    {
      const StrideQuestion *question = g_ptr_array_index (questions, q);
      GtkWidget *row, *button;
      g_autofree char *answer = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *button_name = NULL;

      if (!stride_answers_is_answered (self->answers, question->id))
        continue;

      answer = describe_answer (self, question);
      title = escape (question->text);
      subtitle = escape (answer);
      button_name = g_strdup_printf (_("Change the answer to “%s”"), question->text);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      button = gtk_button_new_with_mnemonic (_("C_hange"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, button_name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "symptoms.edit");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", question->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      add_group_row (self, self->answers_group, row);
    }
}

static void
show_results (StrideSymptomsPage *self)
{
  gboolean exercise_advice;

  g_clear_pointer (&self->result, stride_match_result_free);
  self->result = run_matcher (self);
  exercise_advice = self->result->level < STRIDE_TRIAGE_URGENT;

  clear_result_rows (self);
  fill_triage (self);
  for (guint i = 0; i < self->result->conditions->len && i < N_SHOWN_CONDITIONS; i++)
    add_group_row (self, self->conditions_group,
                   condition_row (self, g_ptr_array_index (self->result->conditions, i), exercise_advice));
  fill_answers (self);

  gtk_widget_set_visible (self->save_button, TRUE);
  gtk_widget_set_sensitive (self->save_button, TRUE);
  set_step_name (self, "results", NULL);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

/* ---- Actions ---- */

static void show_toast (StrideSymptomsPage *self,
                        const char         *message);

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);

  if (!ensure_content (self))
    {
      show_toast (self, _("The symptom questions could not be loaded from the content pack"));
      return;
    }
  reset (self);
  if (self->red_flag_items->len > 0)
    push_step (self, (Step) { STEP_RED_FLAG, 0, NULL });
  else
    go_to_next_question (self);
}

static void
yes_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  say_red_flag (STRIDE_SYMPTOMS_PAGE (widget), TRUE);
}

static void
no_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  say_red_flag (STRIDE_SYMPTOMS_PAGE (widget), FALSE);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  answer_current (STRIDE_SYMPTOMS_PAGE (widget), FALSE);
}

static void
dont_know_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  answer_current (STRIDE_SYMPTOMS_PAGE (widget), TRUE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);

  if (self->editing != NULL)
    {
      self->editing = NULL;
      show_step (self, current_step (self));
      return;
    }
  if (self->trail->len == 0)
    return;

  g_array_set_size (self->trail, self->trail->len - 1);
  if (self->trail->len == 0)
    {
      reset (self);
      return;
    }
  show_step (self, current_step (self));
}

static void
results_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);
  const Step *step = current_step (self);

  /* What is ticked on the screen counts too. */
  if (step != NULL && step->kind == STEP_QUESTION)
    read_answer_widgets (self, step->question);
  if (is_emergency (self))
    push_step (self, (Step) { STEP_EMERGENCY, 0, NULL });
  else
    push_step (self, (Step) { STEP_RESULTS, 0, NULL });
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  reset (STRIDE_SYMPTOMS_PAGE (widget));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);
  const StrideQuestion *question;

  if (self->content == NULL)
    return;
  question = stride_content_find_question (self->content, g_variant_get_string (parameter, NULL));
  if (question == NULL)
    return;

  self->editing = question;
  show_question (self, question);
}

static void
show_toast (StrideSymptomsPage *self,
            const char         *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);
  g_autofree char *text = NULL;

  if (self->result == NULL)
    return;
  text = stride_match_result_to_text (self->result, N_SHOWN_CONDITIONS);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_toast (self, _("Result copied"));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  return json_node_copy (json_parser_get_root (parser));
}

/* {"answers": {…the --match input…}, "result": {…its output…}}, as stride-history.h says. */
static JsonObject *
build_history_data (StrideSymptomsPage *self)
{
  g_autofree char *answers_json = stride_answers_to_json (self->answers,
                                                          stride_matcher_get_questions (self->matcher));
  g_autofree char *result_json = stride_match_result_to_json (self->result);
  g_autoptr(JsonNode) answers = parse_json (answers_json);
  g_autoptr(JsonNode) result = parse_json (result_json);
  JsonObject *data = json_object_new ();

  json_object_set_member (data, "answers",
                          json_node_copy (json_object_get_member (json_node_get_object (answers), "answers")));
  json_object_set_member (data, "result", g_steal_pointer (&result));
  return data;
}

static void
undo_save_cb (AdwToast           *toast,
              StrideSymptomsPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *id = g_object_get_data (G_OBJECT (toast), "entry-id");

  if (!stride_history_remove (stride_history_get_default (), id, &error))
    show_toast (self, error->message);
  gtk_widget_set_sensitive (self->save_button, TRUE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (widget);
  g_autoptr(JsonObject) data = NULL;
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;
  GtkWidget *overlay;
  AdwToast *toast;

  if (self->result == NULL)
    return;

  data = build_history_data (self);
  entry = stride_history_append (stride_history_get_default (), STRIDE_HISTORY_SYMPTOM_CHECK, NULL, data, &error);
  if (entry == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  /* Saved once per result; Undo takes it out again. */
  gtk_widget_set_sensitive (self->save_button, FALSE);
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (_("Saved to your history"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "entry-id", g_strdup (stride_history_entry_get_id (entry)), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_save_cb), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
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

  g_clear_pointer (&self->result_rows, g_ptr_array_unref);
  /* The stack is both AdwBin's child and a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_SYMPTOMS_PAGE);

  G_OBJECT_CLASS (stride_symptoms_page_parent_class)->dispose (object);
}

static void
stride_symptoms_page_finalize (GObject *object)
{
  StrideSymptomsPage *self = STRIDE_SYMPTOMS_PAGE (object);

  g_clear_pointer (&self->result, stride_match_result_free);
  g_clear_pointer (&self->answers, stride_answers_free);
  g_clear_pointer (&self->matcher, stride_matcher_free);
  g_clear_pointer (&self->content, stride_content_unref);
  g_clear_pointer (&self->red_flag_items, g_array_unref);
  g_clear_pointer (&self->trail, g_array_unref);
  g_clear_pointer (&self->answer_checks, g_ptr_array_unref);
  g_clear_pointer (&self->step_name, g_free);

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

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-symptoms-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, step_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, help_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, answer_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, dont_know_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, no_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, yes_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, results_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, emergency_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, triage_banner);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, triage_title);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, triage_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, conditions_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, answers_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSymptomsPage, save_button);

  gtk_widget_class_install_action (widget_class, "symptoms.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "symptoms.yes", NULL, yes_action);
  gtk_widget_class_install_action (widget_class, "symptoms.no", NULL, no_action);
  gtk_widget_class_install_action (widget_class, "symptoms.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "symptoms.dont-know", NULL, dont_know_action);
  gtk_widget_class_install_action (widget_class, "symptoms.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "symptoms.results", NULL, results_action);
  gtk_widget_class_install_action (widget_class, "symptoms.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "symptoms.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "symptoms.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "symptoms.save", NULL, save_action);
}

static void
stride_symptoms_page_init (StrideSymptomsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->red_flag_items = g_array_new (FALSE, TRUE, sizeof (RedFlagItem));
  self->trail = g_array_new (FALSE, TRUE, sizeof (Step));
  self->answer_checks = g_ptr_array_new ();
  self->result_rows = g_ptr_array_new ();
  self->answers = stride_answers_new ();
  self->step_name = g_strdup ("start");

  stride_page_set_title (STRIDE_PAGE (self), _("Symptom Checker"));
}

GtkWidget *
stride_symptoms_page_new (void)
{
  return g_object_new (STRIDE_TYPE_SYMPTOMS_PAGE, NULL);
}

void
stride_symptoms_page_set_content (StrideSymptomsPage *self,
                                  StrideContent      *content)
{
  g_return_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self));

  set_content (self, content);
  reset (self);
}

const char *
stride_symptoms_page_get_step (StrideSymptomsPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self), NULL);

  return self->step_name;
}

const StrideAnswers *
stride_symptoms_page_get_answers (StrideSymptomsPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self), NULL);

  return self->answers;
}

const StrideMatchResult *
stride_symptoms_page_get_result (StrideSymptomsPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SYMPTOMS_PAGE (self), NULL);

  return self->result;
}
