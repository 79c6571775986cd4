/* stride-interview.c — the symptom checker's flow: warning signs, questions, results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "stride-core-enums.h"
#include "stride-interview.h"

typedef struct
{
  StrideInterviewStep   kind;
  guint                 screen;         /* WARNING_SIGNS */
  const StrideQuestion *question;       /* QUESTION */
} Step;

/* Everything Start Over forgets, kept once so that it can be undone. */
typedef struct
{
  StrideAnswers *answers;
  GArray        *said;                  /* gint8 per sign: -1 not asked, 0 no, 1 yes */
  GArray        *trail;                 /* Step */
} Snapshot;

struct _StrideInterview
{
  GObject               parent_instance;

  /* Owned references */
  StrideContent        *content;
  StrideMatcher        *matcher;
  StrideAnswers        *answers;
  StrideMatchResult    *result;
  GPtrArray            *signs;          /* StrideWarningSign *, content order */
  GPtrArray            *screens;        /* GPtrArray of StrideWarningSign * (borrowed) */
  GArray               *said;           /* gint8 per sign */
  GArray               *trail;          /* Step: where Back goes */
  GPtrArray            *draft_choices;  /* answer ids (borrowed from the content) */
  Snapshot             *undo;
  char                 *step_name;

  /* Borrowed references */
  const StrideQuestion *location;       /* where it hurts: the first question with shapes */
  const StrideQuestion *side;           /* which side, asked right after */
  const StrideQuestion *editing;        /* a question changed from the results */

  gboolean              has_draft_number;
  double                draft_number;
  guint                 n_matches;
  gboolean              can_go_back;
  gboolean              can_go_next;
  gboolean              can_see_results;
  gboolean              can_undo_restart;
};

G_DEFINE_FINAL_TYPE (StrideInterview, stride_interview, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STEP,
  PROP_STEP_NAME,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_NEXT,
  PROP_CAN_SEE_RESULTS,
  PROP_CAN_UNDO_RESTART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Fit in words ---- */

StrideFit
stride_fit_for_probability (double probability)
{
  if (probability >= STRIDE_FIT_STRONG_FROM)
    return STRIDE_FIT_STRONG;
  if (probability >= STRIDE_FIT_POSSIBLE_FROM)
    return STRIDE_FIT_POSSIBLE;
  return STRIDE_FIT_LESS_LIKELY;
}

const char *
stride_fit_get_label (StrideFit fit)
{
  switch (fit)
    {
    case STRIDE_FIT_STRONG:
      return _("Strong fit");
    case STRIDE_FIT_POSSIBLE:
      return _("Possible");
    case STRIDE_FIT_LESS_LIKELY:
    default:
      return _("Less likely");
    }
}

/* ---- Snapshots (Start Over's undo) ---- */

static void
snapshot_free (Snapshot *snapshot)
{
  stride_answers_free (snapshot->answers);
  g_array_unref (snapshot->said);
  g_array_unref (snapshot->trail);
  g_free (snapshot);
}

/* ---- Content ---- */

static gboolean
has_shapes (const StrideQuestion *question)
{
  for (guint a = 0; a < question->answers->len; a++)
    if (((const StrideAnswer *) g_ptr_array_index (question->answers, a))->shapes->len > 0)
      return TRUE;
  return FALSE;
}

static GPtrArray *
find_screen (GPtrArray  *screens,
             const char *screen)
{
  for (guint i = 0; screen != NULL && i < screens->len; i++)
    {
      GPtrArray *signs = g_ptr_array_index (screens, i);
      const StrideWarningSign *first = g_ptr_array_index (signs, 0);

      if (g_strcmp0 (first->answer->screen, screen) == 0)
        return signs;
    }
  return NULL;
}

/* Signs that share a "screen" id are asked together, in the order the first appears. */
static void
add_sign (StrideInterview      *self,
          const StrideQuestion *question,
          const StrideAnswer   *answer)
{
  StrideWarningSign *sign = g_new (StrideWarningSign, 1);
  GPtrArray *screen = find_screen (self->screens, answer->screen);
  gint8 not_asked = -1;

  sign->question = question;
  sign->answer = answer;
  g_ptr_array_add (self->signs, sign);
  g_array_append_val (self->said, not_asked);
  if (screen == NULL)
    {
      screen = g_ptr_array_new ();
      g_ptr_array_add (self->screens, screen);
    }
  g_ptr_array_add (screen, sign);
}

static void
index_content (StrideInterview *self)
{
  GPtrArray *questions = stride_content_get_items (self->content, STRIDE_KIND_QUESTION);

  for (guint q = 0; q < questions->len; q++)
    {
      const StrideQuestion *question = g_ptr_array_index (questions, q);

      if (question->stage == STRIDE_STAGE_RED_FLAGS)
        for (guint a = 0; a < question->answers->len; a++)
          add_sign (self, question, g_ptr_array_index (question->answers, a));
      else if (self->location == NULL && question->stage == STRIDE_STAGE_INTERVIEW && has_shapes (question))
        self->location = question;
      if (g_str_equal (question->id, STRIDE_SIDE_QUESTION) && question->kind == STRIDE_QUESTION_ONE)
        self->side = question;
    }
}

static guint
sign_index (StrideInterview         *self,
            const StrideWarningSign *sign)
{
  guint index = 0;

  if (!g_ptr_array_find (self->signs, sign, &index))
    g_return_val_if_reached (G_MAXUINT);
  return index;
}

static gint8
said (StrideInterview *self,
      guint            index)
{
  return g_array_index (self->said, gint8, index);
}

/* ---- State: step name and flags ---- */

static const Step *
current_step (StrideInterview *self)
{
  return self->trail->len > 0 ? &g_array_index (self->trail, Step, self->trail->len - 1) : NULL;
}

StrideInterviewStep
stride_interview_get_step (StrideInterview *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), STRIDE_INTERVIEW_START);

  step = current_step (self);
  if (self->editing != NULL)
    return STRIDE_INTERVIEW_QUESTION;
  return step != NULL ? step->kind : STRIDE_INTERVIEW_START;
}

const StrideQuestion *
stride_interview_get_question (StrideInterview *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), NULL);

  step = current_step (self);
  if (self->editing != NULL)
    return self->editing;
  return step != NULL && step->kind == STRIDE_INTERVIEW_QUESTION ? step->question : NULL;
}

static char *
describe_step (StrideInterview *self)
{
  const StrideQuestion *question = stride_interview_get_question (self);
  const Step *step = current_step (self);

  if (question != NULL)
    return g_strdup_printf ("question:%s", question->id);
  if (step == NULL)
    return g_strdup ("start");
  if (step->kind == STRIDE_INTERVIEW_WARNING_SIGNS)
    return g_strdup_printf ("warning-signs:%u", step->screen + 1);
  return g_strdup (step->kind == STRIDE_INTERVIEW_EMERGENCY ? "emergency" : "results");
}

static gboolean
draft_is_empty (StrideInterview *self)
{
  return self->draft_choices->len == 0 && !self->has_draft_number;
}

static gboolean
compute_can_go_next (StrideInterview *self)
{
  const StrideQuestion *question = stride_interview_get_question (self);

  if (stride_interview_get_step (self) == STRIDE_INTERVIEW_WARNING_SIGNS)
    return TRUE;
  if (question == NULL)
    return FALSE;
  if (question->kind == STRIDE_QUESTION_NUMBER)
    return self->has_draft_number && self->draft_number >= question->min && self->draft_number <= question->max;
  /* One answer must be picked; where it hurts needs a place (or "I don't know"). */
  if (question->kind == STRIDE_QUESTION_ONE || question == self->location)
    return self->draft_choices->len > 0;
  return TRUE;
}

static void
set_flag (StrideInterview *self,
          gboolean        *flag,
          gboolean         value,
          guint            prop)
{
  if (*flag == value)
    return;
  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Recomputes the step name and the flags; notifies what changed. */
static void
sync_state (StrideInterview *self)
{
  g_autofree char *name = describe_step (self);
  gboolean asking = stride_interview_get_step (self) == STRIDE_INTERVIEW_QUESTION && self->editing == NULL;
  gboolean located = self->location == NULL || stride_answers_is_answered (self->answers, self->location->id);

  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (name, self->step_name) != 0)
    {
      g_free (self->step_name);
      self->step_name = g_steal_pointer (&name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_NAME]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
    }
  set_flag (self, &self->can_go_back, self->trail->len > 0 || self->editing != NULL, PROP_CAN_GO_BACK);
  set_flag (self, &self->can_go_next, compute_can_go_next (self), PROP_CAN_GO_NEXT);
  set_flag (self, &self->can_see_results, asking && located, PROP_CAN_SEE_RESULTS);
  set_flag (self, &self->can_undo_restart, self->undo != NULL, PROP_CAN_UNDO_RESTART);
  g_object_thaw_notify (G_OBJECT (self));
}

/* ---- Answers and the matcher (once per answer) ---- */

static void
answers_changed (StrideInterview *self)
{
  g_clear_pointer (&self->result, stride_match_result_free);
  self->result = stride_matcher_match (self->matcher, self->answers);
  self->n_matches++;
}

static gboolean
is_emergency (StrideInterview *self)
{
  return self->result->level == STRIDE_TRIAGE_EMERGENCY;
}

/* A red-flag question counts as answered once any of its signs was asked. */
static void
store_signs (StrideInterview      *self,
             const StrideQuestion *question)
{
  g_autoptr(GPtrArray) yes = g_ptr_array_new ();
  gboolean asked = FALSE;

  for (guint i = 0; i < self->signs->len; i++)
    {
      const StrideWarningSign *sign = g_ptr_array_index (self->signs, i);

      if (sign->question != question || said (self, i) < 0)
        continue;
      asked = TRUE;
      if (said (self, i) > 0)
        g_ptr_array_add (yes, sign->answer->id);
    }
  if (!asked)
    {
      stride_answers_unset (self->answers, question->id);
      return;
    }
  g_ptr_array_add (yes, NULL);
  stride_answers_set_choices (self->answers, question->id, (const char * const *) yes->pdata);
}

/* After a red-flag question was changed from the results, its signs follow the answers. */
static void
sync_signs (StrideInterview      *self,
            const StrideQuestion *question)
{
  for (guint i = 0; i < self->signs->len; i++)
    {
      const StrideWarningSign *sign = g_ptr_array_index (self->signs, i);

      if (sign->question == question && stride_answers_is_answered (self->answers, question->id))
        g_array_index (self->said, gint8, i) = stride_answers_has_choice (self->answers, question->id,
                                                                          sign->answer->id);
    }
}

static void
clear_draft (StrideInterview *self)
{
  g_ptr_array_set_size (self->draft_choices, 0);
  self->has_draft_number = FALSE;
}

/* The draft starts from the answer given before (Back, or a change from the results). */
static void
load_draft (StrideInterview *self)
{
  const StrideQuestion *question = stride_interview_get_question (self);
  const char * const *choices;

  clear_draft (self);
  if (question == NULL)
    return;
  self->has_draft_number = stride_answers_get_number (self->answers, question->id, &self->draft_number);
  choices = stride_answers_get_choices (self->answers, question->id);
  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    {
      const StrideAnswer *answer = stride_question_find_answer (question, choices[i]);

      if (answer != NULL)
        g_ptr_array_add (self->draft_choices, answer->id);
    }
}

static void
commit_draft (StrideInterview      *self,
              const StrideQuestion *question)
{
  if (question->kind == STRIDE_QUESTION_NUMBER)
    {
      if (self->has_draft_number)
        stride_answers_set_number (self->answers, question->id, self->draft_number);
      return;
    }
  g_ptr_array_add (self->draft_choices, NULL);
  stride_answers_set_choices (self->answers, question->id, (const char * const *) self->draft_choices->pdata);
  g_ptr_array_remove_index (self->draft_choices, self->draft_choices->len - 1);
  if (question->stage == STRIDE_STAGE_RED_FLAGS)
    sync_signs (self, question);
}

/* ---- Moving ---- */

static void
push_step (StrideInterview *self,
           Step             step)
{
  g_array_append_val (self->trail, step);
  load_draft (self);
  sync_state (self);
}

static void
push_emergency (StrideInterview *self)
{
  push_step (self, (Step) { STRIDE_INTERVIEW_EMERGENCY, 0, NULL });
}

static void
go_to_next_question (StrideInterview *self)
{
  if (is_emergency (self))
    push_emergency (self);
  else if (self->location != NULL && !stride_answers_is_answered (self->answers, self->location->id))
    push_step (self, (Step) { STRIDE_INTERVIEW_QUESTION, 0, self->location });
  else if (self->side != NULL && !stride_answers_is_answered (self->answers, self->side->id))
    push_step (self, (Step) { STRIDE_INTERVIEW_QUESTION, 0, self->side });
  else if (self->result->next_question != NULL)
    push_step (self, (Step) { STRIDE_INTERVIEW_QUESTION, 0, self->result->next_question });
  else
    push_step (self, (Step) { STRIDE_INTERVIEW_RESULTS, 0, NULL });
}

static void
go_to_screen (StrideInterview *self,
              guint            screen)
{
  if (screen < self->screens->len)
    push_step (self, (Step) { STRIDE_INTERVIEW_WARNING_SIGNS, screen, NULL });
  else
    go_to_next_question (self);
}

static void
finish_edit (StrideInterview *self)
{
  self->editing = NULL;
  clear_draft (self);
  if (is_emergency (self))
    push_emergency (self);
  else
    sync_state (self);
}

void
stride_interview_start (StrideInterview *self)
{
  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  g_clear_pointer (&self->undo, snapshot_free);
  g_array_set_size (self->trail, 0);
  go_to_screen (self, 0);
}

static void
confirm_screen (StrideInterview *self,
                guint            screen)
{
  GPtrArray *signs = g_ptr_array_index (self->screens, screen);
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();

  for (guint i = 0; i < signs->len; i++)
    {
      const StrideWarningSign *sign = g_ptr_array_index (signs, i);
      gint8 *value = &g_array_index (self->said, gint8, sign_index (self, sign));

      *value = MAX (*value, 0);
      if (!g_ptr_array_find (questions, sign->question, NULL))
        g_ptr_array_add (questions, (gpointer) sign->question);
    }
  for (guint i = 0; i < questions->len; i++)
    store_signs (self, g_ptr_array_index (questions, i));
  answers_changed (self);
}

void
stride_interview_next (StrideInterview *self)
{
  const StrideQuestion *question;
  const Step *step;

  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  step = current_step (self);
  question = stride_interview_get_question (self);
  if (self->editing == NULL && step != NULL && step->kind == STRIDE_INTERVIEW_WARNING_SIGNS)
    {
      guint screen = step->screen;

      confirm_screen (self, screen);
      if (is_emergency (self))
        push_emergency (self);
      else
        go_to_screen (self, screen + 1);
      return;
    }
  if (question == NULL || !compute_can_go_next (self))
    return;

  commit_draft (self, question);
  answers_changed (self);
  if (self->editing != NULL)
    finish_edit (self);
  else
    go_to_next_question (self);
}

void
stride_interview_dont_know (StrideInterview *self)
{
  const StrideQuestion *question;

  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  question = stride_interview_get_question (self);
  if (question == NULL)
    return;
  stride_answers_set_dont_know (self->answers, question->id);
  answers_changed (self);
  if (self->editing != NULL)
    finish_edit (self);
  else
    go_to_next_question (self);
}

void
stride_interview_set_sign (StrideInterview         *self,
                           const StrideWarningSign *sign,
                           gboolean                 yes)
{
  guint index;

  g_return_if_fail (STRIDE_IS_INTERVIEW (self));
  g_return_if_fail (sign != NULL);

  index = sign_index (self, sign);
  if (index == G_MAXUINT || said (self, index) == (yes ? 1 : 0))
    return;
  g_array_index (self->said, gint8, index) = yes ? 1 : 0;
  store_signs (self, sign->question);
  answers_changed (self);
  /* An emergency waits for nothing, not even the rest of the screen. */
  if (yes && is_emergency (self))
    push_emergency (self);
}

void
stride_interview_see_results (StrideInterview *self)
{
  const StrideQuestion *question;

  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  if (!self->can_see_results)
    return;
  /* What is ticked on the screen counts; a question left blank stays unanswered. */
  question = stride_interview_get_question (self);
  if (question != NULL && !draft_is_empty (self) && compute_can_go_next (self))
    {
      commit_draft (self, question);
      answers_changed (self);
    }
  if (is_emergency (self))
    push_emergency (self);
  else
    push_step (self, (Step) { STRIDE_INTERVIEW_RESULTS, 0, NULL });
}

void
stride_interview_go_back (StrideInterview *self)
{
  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  if (self->editing != NULL)
    {
      self->editing = NULL;
      clear_draft (self);
      sync_state (self);
      return;
    }
  if (self->trail->len == 0)
    return;
  g_array_set_size (self->trail, self->trail->len - 1);
  load_draft (self);
  sync_state (self);
}

gboolean
stride_interview_edit (StrideInterview *self,
                       const char      *question_id)
{
  const StrideQuestion *question;

  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  question = stride_content_find_question (self->content, question_id);
  if (question == NULL)
    return FALSE;
  self->editing = question;
  load_draft (self);
  sync_state (self);
  return TRUE;
}

/* After restart took the answers, signs and trail away. */
static void
forget_everything (StrideInterview *self)
{
  self->answers = stride_answers_new ();
  self->said = g_array_new (FALSE, TRUE, sizeof (gint8));
  g_array_set_size (self->said, self->signs->len);
  memset (self->said->data, -1, self->said->len);
  self->trail = g_array_new (FALSE, TRUE, sizeof (Step));
  self->editing = NULL;
  clear_draft (self);
  answers_changed (self);
}

void
stride_interview_restart (StrideInterview *self)
{
  Snapshot *snapshot;

  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  if (self->trail->len == 0 && self->editing == NULL)
    return;
  snapshot = g_new (Snapshot, 1);
  snapshot->answers = g_steal_pointer (&self->answers);
  snapshot->said = g_steal_pointer (&self->said);
  snapshot->trail = g_steal_pointer (&self->trail);
  g_clear_pointer (&self->undo, snapshot_free);
  self->undo = snapshot;
  forget_everything (self);
  sync_state (self);
}

gboolean
stride_interview_undo_restart (StrideInterview *self)
{
  g_autoptr(GArray) said = NULL;
  g_autoptr(GArray) trail = NULL;

  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), FALSE);

  if (self->undo == NULL)
    return FALSE;
  stride_answers_free (self->answers);
  said = g_steal_pointer (&self->said);
  trail = g_steal_pointer (&self->trail);
  self->answers = g_steal_pointer (&self->undo->answers);
  self->said = g_steal_pointer (&self->undo->said);
  self->trail = g_steal_pointer (&self->undo->trail);
  g_clear_pointer (&self->undo, g_free);
  answers_changed (self);
  load_draft (self);
  sync_state (self);
  return TRUE;
}

/* ---- Reading ---- */

const char *
stride_interview_get_step_name (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), NULL);

  return self->step_name;
}

gboolean
stride_interview_is_editing (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), FALSE);

  return self->editing != NULL;
}

gboolean
stride_interview_get_can_go_back (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), FALSE);

  return self->can_go_back;
}

gboolean
stride_interview_get_can_go_next (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), FALSE);

  return self->can_go_next;
}

gboolean
stride_interview_get_can_see_results (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), FALSE);

  return self->can_see_results;
}

gboolean
stride_interview_get_can_undo_restart (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), FALSE);

  return self->can_undo_restart;
}

guint
stride_interview_get_n_screens (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), 0);

  return self->screens->len;
}

guint
stride_interview_get_screen (StrideInterview *self)
{
  const Step *step;

  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), 0);

  step = current_step (self);
  return step != NULL && step->kind == STRIDE_INTERVIEW_WARNING_SIGNS ? step->screen : 0;
}

GPtrArray *
stride_interview_get_screen_signs (StrideInterview *self,
                                   guint            screen)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), NULL);
  g_return_val_if_fail (screen < self->screens->len, NULL);

  return g_ptr_array_index (self->screens, screen);
}

gboolean
stride_interview_get_sign (StrideInterview         *self,
                           const StrideWarningSign *sign)
{
  guint index;

  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), FALSE);

  index = sign_index (self, sign);
  return index != G_MAXUINT && said (self, index) > 0;
}

const StrideAnswers *
stride_interview_get_answers (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), NULL);

  return self->answers;
}

const StrideMatchResult *
stride_interview_get_result (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), NULL);

  return self->result;
}

guint
stride_interview_get_n_matches (StrideInterview *self)
{
  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), 0);

  return self->n_matches;
}

void
stride_interview_get_progress (StrideInterview *self,
                               guint           *answered,
                               guint           *total)
{
  GPtrArray *questions;

  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  questions = stride_content_get_items (self->content, STRIDE_KIND_QUESTION);
  *answered = *total = 0;
  for (guint q = 0; q < questions->len; q++)
    {
      const StrideQuestion *question = g_ptr_array_index (questions, q);

      if (question->stage == STRIDE_STAGE_RED_FLAGS)
        continue;
      (*total)++;
      *answered += stride_answers_is_answered (self->answers, question->id);
    }
}

const char *
stride_interview_get_side (StrideInterview *self)
{
  const char * const *choices;

  g_return_val_if_fail (STRIDE_IS_INTERVIEW (self), NULL);

  if (self->side == NULL)
    return NULL;
  choices = stride_answers_get_choices (self->answers, self->side->id);
  return choices != NULL ? choices[0] : NULL;
}

/* ---- Drafts ---- */

void
stride_interview_set_draft_choices (StrideInterview    *self,
                                    const char * const *choices)
{
  const StrideQuestion *question;

  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  question = stride_interview_get_question (self);
  g_ptr_array_set_size (self->draft_choices, 0);
  for (guint i = 0; question != NULL && choices != NULL && choices[i] != NULL; i++)
    {
      const StrideAnswer *answer = stride_question_find_answer (question, choices[i]);

      if (answer != NULL)
        g_ptr_array_add (self->draft_choices, answer->id);
    }
  sync_state (self);
}

void
stride_interview_set_draft_number (StrideInterview *self,
                                   gboolean         has_value,
                                   double           value)
{
  g_return_if_fail (STRIDE_IS_INTERVIEW (self));

  self->has_draft_number = has_value;
  self->draft_number = value;
  sync_state (self);
}

/* ---- GObject ---- */

static void
stride_interview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StrideInterview *self = STRIDE_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_enum (value, stride_interview_get_step (self));
      break;
    case PROP_STEP_NAME:
      g_value_set_string (value, self->step_name);
      break;
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, self->can_go_back);
      break;
    case PROP_CAN_GO_NEXT:
      g_value_set_boolean (value, self->can_go_next);
      break;
    case PROP_CAN_SEE_RESULTS:
      g_value_set_boolean (value, self->can_see_results);
      break;
    case PROP_CAN_UNDO_RESTART:
      g_value_set_boolean (value, self->can_undo_restart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_interview_finalize (GObject *object)
{
  StrideInterview *self = STRIDE_INTERVIEW (object);

  g_clear_pointer (&self->undo, snapshot_free);
  g_clear_pointer (&self->result, stride_match_result_free);
  g_clear_pointer (&self->answers, stride_answers_free);
  g_clear_pointer (&self->matcher, stride_matcher_free);
  g_clear_pointer (&self->screens, g_ptr_array_unref);
  g_clear_pointer (&self->signs, g_ptr_array_unref);
  g_clear_pointer (&self->said, g_array_unref);
  g_clear_pointer (&self->trail, g_array_unref);
  g_clear_pointer (&self->draft_choices, g_ptr_array_unref);
  g_clear_pointer (&self->step_name, g_free);
  g_clear_pointer (&self->content, stride_content_unref);

  G_OBJECT_CLASS (stride_interview_parent_class)->finalize (object);
}

static void
stride_interview_class_init (StrideInterviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = stride_interview_get_property;
  object_class->finalize = stride_interview_finalize;

  properties[PROP_STEP] = g_param_spec_enum ("step", NULL, NULL, STRIDE_TYPE_INTERVIEW_STEP,
                                             STRIDE_INTERVIEW_START, flags);
  properties[PROP_STEP_NAME] = g_param_spec_string ("step-name", NULL, NULL, "start", flags);
  properties[PROP_CAN_GO_BACK] = g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_GO_NEXT] = g_param_spec_boolean ("can-go-next", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_SEE_RESULTS] = g_param_spec_boolean ("can-see-results", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_UNDO_RESTART] = g_param_spec_boolean ("can-undo-restart", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_interview_init (StrideInterview *self)
{
  self->signs = g_ptr_array_new_with_free_func (g_free);
  self->screens = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->said = g_array_new (FALSE, TRUE, sizeof (gint8));
  self->trail = g_array_new (FALSE, TRUE, sizeof (Step));
  self->draft_choices = g_ptr_array_new ();
  self->answers = stride_answers_new ();
  self->step_name = g_strdup ("start");
}

StrideInterview *
stride_interview_new (StrideContent *content)
{
  StrideInterview *self;

  g_return_val_if_fail (content != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_INTERVIEW, NULL);
  self->content = stride_content_ref (content);
  self->matcher = stride_matcher_new (content);
  index_content (self);
  answers_changed (self);
  return self;
}
