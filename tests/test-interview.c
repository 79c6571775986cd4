/* test-interview.c — the symptom checker's flow, without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "stride-interview.h"

static StrideContent *content;

typedef struct
{
  StrideInterview *interview;
  GHashTable      *notified;     /* property name → count */
} Fixture;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Fixture    *fixture)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (fixture->notified, pspec->name));

  g_hash_table_insert (fixture->notified, (gpointer) pspec->name, GUINT_TO_POINTER (n + 1));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->interview = stride_interview_new (content);
  fixture->notified = g_hash_table_new (g_str_hash, g_str_equal);
  g_signal_connect (fixture->interview, "notify", G_CALLBACK (notify_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->interview);
  g_hash_table_unref (fixture->notified);
}

static guint
notified (Fixture    *fixture,
          const char *property)
{
  guint n = property != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (fixture->notified, property)) : 0;

  g_hash_table_remove_all (fixture->notified);
  return n;
}

static const char *
step (Fixture *fixture)
{
  return stride_interview_get_step_name (fixture->interview);
}

static const StrideWarningSign *
find_sign (Fixture    *fixture,
           const char *answer,
           guint      *screen)
{
  for (guint s = 0; s < stride_interview_get_n_screens (fixture->interview); s++)
    {
      GPtrArray *signs = stride_interview_get_screen_signs (fixture->interview, s);

      for (guint i = 0; i < signs->len; i++)
        {
          const StrideWarningSign *sign = g_ptr_array_index (signs, i);

          if (g_str_equal (sign->answer->id, answer))
            {
              if (screen != NULL)
                *screen = s;
              return sign;
            }
        }
    }
  return NULL;
}

static void
answer_no_to_every_warning_sign (Fixture *fixture)
{
  guint n = 0;

  while (g_str_has_prefix (step (fixture), "warning-signs:"))
    {
      stride_interview_next (fixture->interview);
      g_assert_cmpuint (++n, <, 100);
    }
}

static void
tick (Fixture            *fixture,
      const char * const *choices)
{
  stride_interview_set_draft_choices (fixture->interview, choices);
  g_assert_true (stride_interview_get_can_go_next (fixture->interview));
  stride_interview_next (fixture->interview);
}

#define TICK(fixture, ...) tick ((fixture), (const char *[]) { __VA_ARGS__, NULL })

/* Related signs share a screen: the first pain question comes after three at most. */
static void
test_screens (Fixture       *fixture,
              gconstpointer  data)
{
  guint screens = 0;

  g_assert_cmpstr (step (fixture), ==, "start");
  g_assert_cmpuint (stride_interview_get_n_screens (fixture->interview), <=, 3);
  stride_interview_start (fixture->interview);
  g_assert_cmpstr (step (fixture), ==, "warning-signs:1");
  g_assert_cmpuint (notified (fixture, "step-name"), ==, 1);
  while (g_str_has_prefix (step (fixture), "warning-signs:"))
    {
      screens++;
      stride_interview_next (fixture->interview);
    }
  g_assert_cmpuint (screens, <=, 3);
  g_assert_cmpstr (step (fixture), ==, "question:location");
  /* Every sign said "no": the red-flag question is answered with none of them. */
  g_assert_true (stride_answers_is_answered (stride_interview_get_answers (fixture->interview), "red_flags"));
  g_assert_false (stride_answers_has_choice (stride_interview_get_answers (fixture->interview), "red_flags",
                                             "saddle_numbness"));

  /* Spine and nerve signs together; the most serious screen first. */
  {
    guint a = 99, b = 99;

    g_assert_nonnull (find_sign (fixture, "saddle_numbness", &a));
    g_assert_nonnull (find_sign (fixture, "bladder_bowel_change", &b));
    g_assert_cmpuint (a, ==, 0);
    g_assert_cmpuint (b, ==, 0);
  }
}

/* Ticking an emergency sign stops at once, before the rest of its screen. */
static void
test_emergency_at_once (Fixture       *fixture,
                        gconstpointer  data)
{
  const StrideWarningSign *sign = find_sign (fixture, "saddle_numbness", NULL);
  const StrideWarningSign *urgent = find_sign (fixture, "pain_on_weight_bearing", NULL);
  guint screen = 0;

  g_assert_nonnull (urgent);
  stride_interview_start (fixture->interview);
  /* An urgent sign does not stop the interview. */
  while (find_sign (fixture, "pain_on_weight_bearing", &screen) &&
         stride_interview_get_screen (fixture->interview) != screen)
    stride_interview_next (fixture->interview);
  stride_interview_set_sign (fixture->interview, urgent, TRUE);
  g_assert_true (g_str_has_prefix (step (fixture), "warning-signs:"));
  stride_interview_restart (fixture->interview);
  stride_interview_start (fixture->interview);

  stride_interview_set_sign (fixture->interview, sign, TRUE);
  g_assert_cmpstr (step (fixture), ==, "emergency");
  g_assert_cmpint (stride_interview_get_result (fixture->interview)->level, ==, STRIDE_TRIAGE_EMERGENCY);

  /* Answered by mistake: Back, untick, and the interview goes on. */
  stride_interview_go_back (fixture->interview);
  g_assert_cmpstr (step (fixture), ==, "warning-signs:1");
  g_assert_true (stride_interview_get_sign (fixture->interview, sign));
  stride_interview_set_sign (fixture->interview, sign, FALSE);
  stride_interview_next (fixture->interview);
  g_assert_cmpstr (step (fixture), ==, "warning-signs:2");
}

/* The matcher runs once per answer, never when nothing changed. */
static void
test_matcher_once_per_answer (Fixture       *fixture,
                              gconstpointer  data)
{
  guint before;

  stride_interview_start (fixture->interview);
  answer_no_to_every_warning_sign (fixture);
  before = stride_interview_get_n_matches (fixture->interview);
  stride_interview_set_draft_choices (fixture->interview, (const char *[]) { "groin", NULL });
  stride_interview_set_draft_choices (fixture->interview, (const char *[]) { "groin", "buttock", NULL });
  g_assert_cmpuint (stride_interview_get_n_matches (fixture->interview), ==, before);
  stride_interview_next (fixture->interview);
  g_assert_cmpuint (stride_interview_get_n_matches (fixture->interview), ==, before + 1);
  (void) stride_interview_get_result (fixture->interview);
  (void) stride_interview_get_result (fixture->interview);
  g_assert_cmpuint (stride_interview_get_n_matches (fixture->interview), ==, before + 1);
}

/* The first questions are where it hurts and which side; then the matcher's choice. */
static void
test_question_order (Fixture       *fixture,
                     gconstpointer  data)
{
  const StrideQuestion *side = stride_content_find_question (content, STRIDE_SIDE_QUESTION);

  stride_interview_start (fixture->interview);
  answer_no_to_every_warning_sign (fixture);
  g_assert_cmpstr (step (fixture), ==, "question:location");
  /* Where it hurts needs a place (or "I don't know"). */
  g_assert_false (stride_interview_get_can_go_next (fixture->interview));
  g_assert_false (stride_interview_get_can_see_results (fixture->interview));
  TICK (fixture, "side_of_hip");
  if (side != NULL)
    {
      g_assert_cmpstr (step (fixture), ==, "question:" STRIDE_SIDE_QUESTION);
      TICK (fixture, "left");
      g_assert_cmpstr (stride_interview_get_side (fixture->interview), ==, "left");
    }
  g_assert_true (g_str_has_prefix (step (fixture), "question:"));
  g_assert_cmpstr (step (fixture), !=, "question:location");
  g_assert_true (stride_interview_get_can_see_results (fixture->interview));
}

/* See Results Now keeps only what was answered: a blank question stays unanswered. */
static void
test_see_results_keeps_blank_unanswered (Fixture       *fixture,
                                         gconstpointer  data)
{
  const StrideQuestion *question;

  stride_interview_start (fixture->interview);
  answer_no_to_every_warning_sign (fixture);
  TICK (fixture, "groin");
  question = stride_interview_get_question (fixture->interview);
  g_assert_nonnull (question);
  stride_interview_see_results (fixture->interview);
  g_assert_cmpstr (step (fixture), ==, "results");
  g_assert_false (stride_answers_is_answered (stride_interview_get_answers (fixture->interview), question->id));

  /* Something ticked does count. */
  stride_interview_go_back (fixture->interview);
  g_assert_true (stride_interview_get_question (fixture->interview) == question);
  if (question->kind != STRIDE_QUESTION_NUMBER)
    {
      const StrideAnswer *first = g_ptr_array_index (question->answers, 0);

      stride_interview_set_draft_choices (fixture->interview, (const char *[]) { first->id, NULL });
      stride_interview_see_results (fixture->interview);
      g_assert_true (stride_answers_has_choice (stride_interview_get_answers (fixture->interview),
                                                question->id, first->id));
    }
}

/* A number is only an answer within its range; nothing is filled in for the user. */
static void
test_number_draft (Fixture       *fixture,
                   gconstpointer  data)
{
  const StrideQuestion *age = stride_content_find_question (content, "age");

  g_assert_nonnull (age);
  stride_interview_start (fixture->interview);
  answer_no_to_every_warning_sign (fixture);
  TICK (fixture, "groin");
  stride_interview_see_results (fixture->interview);
  g_assert_true (stride_interview_edit (fixture->interview, "age"));
  g_assert_cmpstr (step (fixture), ==, "question:age");
  g_assert_false (stride_interview_get_can_go_next (fixture->interview));
  stride_interview_set_draft_number (fixture->interview, TRUE, age->max + 1);
  g_assert_false (stride_interview_get_can_go_next (fixture->interview));
  stride_interview_set_draft_number (fixture->interview, TRUE, 34);
  g_assert_true (stride_interview_get_can_go_next (fixture->interview));
  stride_interview_next (fixture->interview);
  g_assert_cmpstr (step (fixture), ==, "results");
  {
    double value = 0;

    g_assert_true (stride_answers_get_number (stride_interview_get_answers (fixture->interview), "age", &value));
    g_assert_cmpfloat (value, ==, 34);
  }
}

/* Back walks the trail and keeps answers; Back from the first screen is the start. */
static void
test_back (Fixture       *fixture,
           gconstpointer  data)
{
  stride_interview_start (fixture->interview);
  g_assert_true (stride_interview_get_can_go_back (fixture->interview));
  answer_no_to_every_warning_sign (fixture);
  TICK (fixture, "groin");
  stride_interview_go_back (fixture->interview);
  g_assert_cmpstr (step (fixture), ==, "question:location");
  /* The draft starts from the answer given. */
  g_assert_true (stride_interview_get_can_go_next (fixture->interview));
  while (g_strcmp0 (step (fixture), "start") != 0)
    stride_interview_go_back (fixture->interview);
  g_assert_false (stride_interview_get_can_go_back (fixture->interview));
}

/* A warning sign added from the results stops everything too. */
static void
test_edit_red_flag (Fixture       *fixture,
                    gconstpointer  data)
{
  stride_interview_start (fixture->interview);
  answer_no_to_every_warning_sign (fixture);
  TICK (fixture, "groin");
  stride_interview_see_results (fixture->interview);
  g_assert_true (stride_interview_edit (fixture->interview, "red_flags"));
  g_assert_true (stride_interview_is_editing (fixture->interview));
  g_assert_false (stride_interview_edit (fixture->interview, "no_such_question"));
  stride_interview_go_back (fixture->interview);
  g_assert_cmpstr (step (fixture), ==, "results");

  stride_interview_edit (fixture->interview, "red_flags");
  TICK (fixture, "trauma_cannot_bear_weight");
  g_assert_cmpstr (step (fixture), ==, "emergency");
  g_assert_true (stride_interview_get_sign (fixture->interview, find_sign (fixture, "trauma_cannot_bear_weight", NULL)));
}

/* Start Over forgets everything, and Undo brings it all back. */
static void
test_restart_undo (Fixture       *fixture,
                   gconstpointer  data)
{
  stride_interview_start (fixture->interview);
  answer_no_to_every_warning_sign (fixture);
  TICK (fixture, "groin");
  stride_interview_see_results (fixture->interview);
  g_assert_false (stride_interview_get_can_undo_restart (fixture->interview));
  notified (fixture, NULL);

  stride_interview_restart (fixture->interview);
  g_assert_cmpstr (step (fixture), ==, "start");
  g_assert_cmpuint (notified (fixture, "can-undo-restart"), ==, 1);
  g_assert_cmpuint (stride_answers_get_n_answered (stride_interview_get_answers (fixture->interview)), ==, 0);
  g_assert_true (stride_interview_get_can_undo_restart (fixture->interview));

  g_assert_true (stride_interview_undo_restart (fixture->interview));
  g_assert_cmpstr (step (fixture), ==, "results");
  g_assert_true (stride_answers_has_choice (stride_interview_get_answers (fixture->interview), "location", "groin"));
  g_assert_false (stride_interview_undo_restart (fixture->interview));
  stride_interview_go_back (fixture->interview);
  g_assert_true (g_str_has_prefix (step (fixture), "question:"));
}

/* Properties notify once per real change, never when nothing changed. */
static void
test_notify (Fixture       *fixture,
             gconstpointer  data)
{
  stride_interview_start (fixture->interview);
  answer_no_to_every_warning_sign (fixture);
  notified (fixture, NULL);
  stride_interview_set_draft_choices (fixture->interview, (const char *[]) { "groin", NULL });
  g_assert_cmpuint (notified (fixture, "can-go-next"), ==, 1);
  stride_interview_set_draft_choices (fixture->interview, (const char *[]) { "groin", "buttock", NULL });
  g_assert_cmpuint (notified (fixture, "can-go-next"), ==, 0);
  stride_interview_next (fixture->interview);
  g_assert_cmpuint (g_hash_table_size (fixture->notified), >, 0);
  g_assert_cmpuint (notified (fixture, "step-name"), ==, 1);
}

typedef struct
{
  double    probability;
  StrideFit fit;
} FitCase;

/* Fit in words: the thresholds. */
static void
test_fit_words (void)
{
  static const FitCase cases[] = {
    { 0.0, STRIDE_FIT_LESS_LIKELY },
    { 0.149, STRIDE_FIT_LESS_LIKELY },
    { 0.15, STRIDE_FIT_POSSIBLE },
    { 0.39, STRIDE_FIT_POSSIBLE },
    { 0.40, STRIDE_FIT_STRONG },
    { 0.97, STRIDE_FIT_STRONG },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (stride_fit_for_probability (cases[i].probability), ==, cases[i].fit);
  g_assert_cmpstr (stride_fit_get_label (STRIDE_FIT_STRONG), ==, "Strong fit");
  g_assert_cmpstr (stride_fit_get_label (STRIDE_FIT_POSSIBLE), ==, "Possible");
  g_assert_cmpstr (stride_fit_get_label (STRIDE_FIT_LESS_LIKELY), ==, "Less likely");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_test_init (&argc, &argv, NULL);

  content = stride_content_load_pack (stride_content_get_bundled_dir (), errors);
  if (content == NULL)
    g_error ("the bundled pack does not load: %s",
             errors->len > 0 ? (const char *) g_ptr_array_index (errors, 0) : "?");

#define ADD(path, func) g_test_add ("/stride/interview/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("screens", test_screens);
  ADD ("emergency-at-once", test_emergency_at_once);
  ADD ("matcher-once-per-answer", test_matcher_once_per_answer);
  ADD ("question-order", test_question_order);
  ADD ("see-results-keeps-blank-unanswered", test_see_results_keeps_blank_unanswered);
  ADD ("number-draft", test_number_draft);
  ADD ("back", test_back);
  ADD ("edit-red-flag", test_edit_red_flag);
  ADD ("restart-undo", test_restart_undo);
  ADD ("notify", test_notify);
#undef ADD
  g_test_add_func ("/stride/interview/fit-words", test_fit_words);

  status = g_test_run ();
  stride_content_unref (content);
  return status;
}
