/* test-symptoms.c — the Symptom Checker page, walked like a user would
 *
 * With STRIDE_TEST_SCREENSHOTS=DIR the walk also saves PNGs of each stage there for a
 * person to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "stride-body-map.h"
#include "stride-application.h"
#include "stride-content.h"
#include "stride-history.h"
#include "stride-routine-player.h"
#include "stride-routines-page.h"
#include "stride-symptoms-page.h"
#include "stride-window.h"
#include "stride-page.h"
#include "stride-test-ui.h"

typedef struct
{
  GtkWindow          *window;
  StrideSymptomsPage *page;
} Fixture;

static StrideContent *content;
static StrideContext *context;   /* the bundled pack; no application */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *width = g_getenv ("STRIDE_TEST_WIDTH");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->page = STRIDE_SYMPTOMS_PAGE (stride_symptoms_page_new (context));
  stride_symptoms_page_set_content (fixture->page, content);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  /* DATA, when given, is a phone-sized window: steps that scroll. */
  if (data != NULL)
    gtk_window_set_default_size (fixture->window, 360, GPOINTER_TO_INT (data));
  else
    gtk_window_set_default_size (fixture->window, width != NULL ? atoi (width) : 800, 900);
  gtk_window_present (fixture->window);
  stride_test_drain_events ();
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  stride_test_drain_events ();
}

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), action, parameter));
  stride_test_drain_events ();
  /* The next step laid out, so sizes and scroll ranges are the new step's */
  stride_test_wait_for_frames (GTK_WIDGET (fixture->page), 2);
}

static gboolean
step_is (Fixture    *fixture,
         const char *prefix)
{
  return g_str_has_prefix (stride_symptoms_page_get_step (fixture->page), prefix);
}

/* Returns how many warning-sign screens there were. */
static guint
answer_no_to_every_red_flag (Fixture *fixture)
{
  guint n = 0;

  while (step_is (fixture, "warning-signs:"))
    {
      activate (fixture, "symptoms.next", NULL);
      g_assert_cmpuint (++n, <, 100);
    }
  g_assert_cmpuint (n, >, 0);
  return n;
}

static gboolean
is_answer_check (GtkWidget     *widget,
                 gconstpointer  answer)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "answer-id"), answer) == 0;
}

/* The check button for ANSWER among the page's widgets on screen. */
static GtkCheckButton *
find_check (GtkWidget  *root,
            const char *answer)
{
  return GTK_CHECK_BUTTON (stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, is_answer_check, answer));
}

/* Any check button on screen: the region list beside the map has one per place. */
static GtkWidget *
find_check_named (GtkWidget *root)
{
  return stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_CHECK_BUTTON));
}

static AdwEntryRow *
find_entry (GtkWidget *root)
{
  return ADW_ENTRY_ROW (stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, stride_test_is_of_type, GSIZE_TO_POINTER (ADW_TYPE_ENTRY_ROW)));
}

static gboolean
is_sign_check (GtkWidget     *widget,
               gconstpointer  answer)
{
  const StrideWarningSign *sign = GTK_IS_CHECK_BUTTON (widget) ? g_object_get_data (G_OBJECT (widget), "sign") : NULL;

  return sign != NULL && g_str_equal (sign->answer->id, answer);
}

/* The check button of warning sign ANSWER on the screen shown. */
static GtkCheckButton *
find_sign_check (GtkWidget  *root,
                 const char *answer)
{
  return GTK_CHECK_BUTTON (stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, is_sign_check, answer));
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static GtkWidget *
find_action_widget (GtkWidget  *root,
                    const char *action)
{
  return stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, has_action, action);
}

/* Whether the button for ACTION is on screen and can be pressed. */
static gboolean
can_press (Fixture    *fixture,
           const char *action)
{
  GtkWidget *button = find_action_widget (GTK_WIDGET (fixture->page), action);

  return button != NULL && gtk_widget_is_sensitive (button);
}

static StrideBodyMap *
find_body_map (GtkWidget *root)
{
  return STRIDE_BODY_MAP (stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP)));
}

/* Ticks an answer as a user would: on the body map for places, else its check button. */
static void
tick (Fixture    *fixture,
      const char *answer,
      gboolean    active)
{
  StrideBodyMap *map = find_body_map (GTK_WIDGET (fixture->page));
  GtkCheckButton *check;

  if (map != NULL && stride_body_map_has_region (map, answer))
    {
      if (stride_body_map_is_selected (map, answer) != active)
        stride_body_map_activate_region (map, answer);
      g_assert_cmpint (stride_body_map_is_selected (map, answer), ==, active);
      return;
    }

  check = find_check (GTK_WIDGET (fixture->page), answer);
  g_assert_nonnull (check);
  gtk_check_button_set_active (check, active);
}

static gboolean
is_ticked (Fixture    *fixture,
           const char *answer)
{
  StrideBodyMap *map = find_body_map (GTK_WIDGET (fixture->page));

  if (map != NULL && stride_body_map_has_region (map, answer))
    return stride_body_map_is_selected (map, answer);
  return gtk_check_button_get_active (find_check (GTK_WIDGET (fixture->page), answer));
}

typedef struct
{
  const char *question;
  const char *answers[4];         /* ticked; a number as text for number questions */
} Reply;

/* A textbook gluteal tendinopathy, answered through the screens. */
static const Reply gluteal[] = {
  { "location", { "side_of_hip", NULL } },
  { "side", { "left", NULL } },
  { "aggravators", { "lying_on_painful_side", "stairs_up", "crossing_legs", NULL } },
  { "timing", { "night_pain", NULL } },
  { "onset", { "gradual", NULL } },
  { "character", { "dull_ache", NULL } },
  { "sex", { "female", NULL } },
  { "age", { "52", NULL } },
  { "severity", { "5", NULL } },
  { "duration", { "2_to_6_weeks", NULL } },
  { "training_change", { "none", NULL } },
  { "easing", { "rest", NULL } },
};

static const Reply *
find_reply (const char *question)
{
  for (guint i = 0; i < G_N_ELEMENTS (gluteal); i++)
    if (g_str_equal (gluteal[i].question, question))
      return &gluteal[i];
  return NULL;
}

/* "I don't know" is offered for the pain, never for your sex (its answers hold "rather
 * not say"); your age can be skipped, not "not known". */
static void
assert_skip_offered_fits (Fixture    *fixture,
                          const char *question)
{
  GtkWidget *skip = find_action_widget (GTK_WIDGET (fixture->page), "symptoms.dont-know");

  if (g_str_equal (question, "sex"))
    {
      g_assert_null (skip);
      return;
    }
  g_assert_nonnull (skip);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (skip)), ==,
                   g_str_equal (question, "age") ? "S_kip" : "I _Don’t Know");
}

/* Answers whatever the page asks until the results, as a user would. */
static guint
walk_interview (Fixture *fixture)
{
  guint n = 0;

  while (step_is (fixture, "question:"))
    {
      const char *question = stride_symptoms_page_get_step (fixture->page) + strlen ("question:");
      const Reply *reply = find_reply (question);
      AdwEntryRow *entry = find_entry (GTK_WIDGET (fixture->page));

      g_assert_cmpuint (++n, <, 20);
      assert_skip_offered_fits (fixture, question);
      if (reply == NULL)
        {
          activate (fixture, "symptoms.dont-know", NULL);
          continue;
        }
      if (entry != NULL)
        gtk_editable_set_text (GTK_EDITABLE (entry), reply->answers[0]);
      else
        for (guint i = 0; reply->answers[i] != NULL; i++)
          tick (fixture, reply->answers[i], TRUE);
      if (n <= 2)
        stride_test_screenshot (GTK_WIDGET (fixture->window), n == 1 ? "symptoms-2-location" : "symptoms-2-question");
      activate (fixture, "symptoms.next", NULL);
    }
  return n;
}

static AdwExpanderRow *
find_expander (GtkWidget *root)
{
  return ADW_EXPANDER_ROW (stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, stride_test_is_of_type, GSIZE_TO_POINTER (ADW_TYPE_EXPANDER_ROW)));
}

static const char *
top_condition (Fixture *fixture)
{
  const StrideMatchResult *result = stride_symptoms_page_get_result (fixture->page);
  const StrideConditionMatch *first;

  g_assert_nonnull (result);
  first = g_ptr_array_index (result->conditions, 0);
  return first->condition->id;
}

static void
test_walk_to_results (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_true (step_is (fixture, "start"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "symptoms-0-start");

  activate (fixture, "symptoms.start", NULL);
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "warning-signs:1");
  stride_test_screenshot (GTK_WIDGET (fixture->window), "symptoms-1-red-flag");
  answer_no_to_every_red_flag (fixture);

  /* Where it hurts comes first, then the matcher's choice; "I don't know" always works. */
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "question:location");
  /* Where it hurts is picked on the body map, or in the list beside it. */
  g_assert_nonnull (find_body_map (GTK_WIDGET (fixture->page)));
  g_assert_nonnull (find_check_named (GTK_WIDGET (fixture->page)));
  g_assert_cmpuint (walk_interview (fixture), >=, 3);
  g_assert_true (step_is (fixture, "results"));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "symptoms-3-results");

  g_assert_cmpstr (top_condition (fixture), ==, "trochanteric_bursitis");
  g_assert_cmpint (stride_symptoms_page_get_result (fixture->page)->level, <=, STRIDE_TRIAGE_SOON);

  /* The first row says why, and opens onto the condition's page. */
  g_assert_nonnull (find_expander (GTK_WIDGET (fixture->page)));
  adw_expander_row_set_expanded (find_expander (GTK_WIDGET (fixture->page)), TRUE);
  stride_test_screenshot (GTK_WIDGET (fixture->window), "symptoms-3-why");
  g_assert_true (stride_answers_is_answered (stride_symptoms_page_get_answers (fixture->page), "red_flags"));
}

/* Change an answer from the results: the result updates at once. */
static void
test_change_answer (Fixture       *fixture,
                    gconstpointer  data)
{
  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  walk_interview (fixture);
  g_assert_cmpstr (top_condition (fixture), ==, "trochanteric_bursitis");

  activate (fixture, "symptoms.edit", g_variant_new_string ("location"));
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "question:location");
  tick (fixture, "side_of_hip", FALSE);
  tick (fixture, "front_of_knee", TRUE);
  activate (fixture, "symptoms.next", NULL);

  g_assert_true (step_is (fixture, "results"));
  g_assert_cmpstr (top_condition (fixture), !=, "trochanteric_bursitis");
}

/* A warning sign added from the results stops everything too. */
static int minimum_width (GtkWidget *widget);

/* Changing the warning signs from the results: a yes-or-no list without "I don't know"
 * (which would clear what was ticked), fitting a phone; a new sign stops at once. */
static void
test_red_flag_changed_later (Fixture       *fixture,
                             gconstpointer  data)
{
  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  walk_interview (fixture);
  g_assert_true (step_is (fixture, "results"));

  activate (fixture, "symptoms.edit", g_variant_new_string ("red_flags"));
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "question:red_flags");
  g_assert_null (find_action_widget (GTK_WIDGET (fixture->page), "symptoms.dont-know"));
  g_assert_cmpint (minimum_width (GTK_WIDGET (fixture->page)), <=, 360);
  tick (fixture, "trauma_cannot_bear_weight", TRUE);
  activate (fixture, "symptoms.next", NULL);
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "emergency");
}

/* An emergency answer stops the interview at once, before the rest of its screen is
 * answered; Back undoes a mistaken answer. */
static void
test_emergency_stops (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkCheckButton *check;

  activate (fixture, "symptoms.start", NULL);
  check = find_sign_check (GTK_WIDGET (fixture->page), "saddle_numbness");
  g_assert_nonnull (check);
  gtk_check_button_set_active (check, TRUE);
  stride_test_drain_events ();
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "emergency");
  stride_test_screenshot (GTK_WIDGET (fixture->window), "symptoms-4-emergency");

  activate (fixture, "symptoms.back", NULL);
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "warning-signs:1");
  check = find_sign_check (GTK_WIDGET (fixture->page), "saddle_numbness");
  g_assert_true (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, FALSE);
  activate (fixture, "symptoms.next", NULL);
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "warning-signs:2");
}

/* Back walks the interview in reverse and keeps what was ticked. */
static void
test_back_keeps_answers (Fixture       *fixture,
                         gconstpointer  data)
{
  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  tick (fixture, "groin", TRUE);
  activate (fixture, "symptoms.next", NULL);
  g_assert_true (step_is (fixture, "question:"));
  g_assert_false (step_is (fixture, "question:location"));

  activate (fixture, "symptoms.back", NULL);
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "question:location");
  g_assert_true (is_ticked (fixture, "groin"));
  g_assert_true (stride_page_get_can_go_back (STRIDE_PAGE (fixture->page)));

  /* Results can be asked for at any time once you said where it hurts. */
  activate (fixture, "symptoms.results", NULL);
  g_assert_true (step_is (fixture, "results"));
  activate (fixture, "symptoms.restart", NULL);
  g_assert_true (step_is (fixture, "start"));
  g_assert_false (stride_page_get_can_go_back (STRIDE_PAGE (fixture->page)));
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static void
test_copy_result (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *text = NULL;
  const StrideCondition *condition = stride_content_find_condition (content, "trochanteric_bursitis");

  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  walk_interview (fixture);
  activate (fixture, "symptoms.copy", NULL);

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture->page)), NULL,
                                 clipboard_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (text, condition->name));
  g_assert_nonnull (strstr (text, "not a diagnosis"));
}

/* Save to History keeps the answers and the result as `stride --match` writes them. */
static void
test_save_to_history (Fixture       *fixture,
                      gconstpointer  data)
{
  StrideHistory *history = stride_context_get_history (context);
  g_autoptr(GPtrArray) before = stride_history_list (history, STRIDE_HISTORY_SYMPTOM_CHECK, NULL, NULL);
  g_autoptr(GPtrArray) after = NULL;
  StrideHistoryEntry *entry;
  JsonObject *saved, *answers, *result;

  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  walk_interview (fixture);
  activate (fixture, "symptoms.save", NULL);

  after = stride_history_list (history, STRIDE_HISTORY_SYMPTOM_CHECK, NULL, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  entry = stride_history_get_latest (history, STRIDE_HISTORY_SYMPTOM_CHECK);
  saved = stride_history_entry_get_data (entry);
  answers = json_object_get_object_member (saved, "answers");
  result = json_object_get_object_member (saved, "result");
  g_assert_nonnull (answers);
  g_assert_true (json_object_has_member (answers, "location"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (result, "conditions"), 0), "id"), ==, "trochanteric_bursitis");
  g_assert_true (json_object_has_member (json_object_get_object_member (result, "triage"), "level"));
}

typedef struct {
  const char *kind;
  const char *id; /* NULL: any */
} LaunchTarget;

static gboolean
launches (GtkWidget     *widget,
          gconstpointer  data)
{
  const LaunchTarget *target = data;
  const char *kind = NULL, *id = NULL;

  if (!GTK_IS_LIST_BOX_ROW (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "app.launch") != 0)
    return FALSE;
  g_variant_get (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), "(&s&s)", &kind, &id);
  return g_str_equal (kind, target->kind) && (target->id == NULL || g_str_equal (id, target->id));
}

/* A row that opens KIND ID (any ID when NULL), shown or not. */
static GtkWidget *
find_launch_row (GtkWidget  *root,
                 const char *kind,
                 const char *id)
{
  LaunchTarget target = { kind, id };

  return stride_test_find_first (root, STRIDE_TEST_FIND_ANY, launches, &target);
}

static gboolean
opens_routine (GtkWidget     *widget,
               gconstpointer  routine)
{
  const char *id = NULL, *side = NULL;

  if (!GTK_IS_LIST_BOX_ROW (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "symptoms.open-routine") != 0)
    return FALSE;
  g_variant_get (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), "(&s&s)", &id, &side);
  return routine == NULL || g_str_equal (id, routine);
}

/* The suggested routine's row (any routine when ROUTINE is NULL), shown or not: it opens
 * the routine with the side that hurts. */
static GtkWidget *
find_routine_row (GtkWidget  *root,
                  const char *routine)
{
  return stride_test_find_first (root, STRIDE_TEST_FIND_ANY, opens_routine, routine);
}

/* Opens every condition row of the results, so that their links are mapped. */
static void
expand_all (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* Every stage fits a phone-wide window (360 px). */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);

  g_assert_cmpint (minimum_width (page), <=, 360);
  activate (fixture, "symptoms.start", NULL);
  g_assert_cmpint (minimum_width (page), <=, 360);
  answer_no_to_every_red_flag (fixture);
  g_test_message ("location: %d px", minimum_width (page));
  g_assert_cmpint (minimum_width (page), <=, 360);
  walk_interview (fixture);
  g_test_message ("results: %d px", minimum_width (page));
  g_assert_cmpint (minimum_width (page), <=, 360);
  adw_expander_row_set_expanded (find_expander (page), TRUE);
  stride_test_drain_events ();
  g_assert_cmpint (minimum_width (page), <=, 360);
  activate (fixture, "symptoms.restart", NULL);
  activate (fixture, "symptoms.start", NULL);
  gtk_check_button_set_active (find_sign_check (page, "saddle_numbness"), TRUE);
  stride_test_drain_events ();
  g_assert_true (step_is (fixture, "emergency"));
  g_test_message ("emergency: %d px", minimum_width (page));
  g_assert_cmpint (minimum_width (page), <=, 360);
}


/* The pain map is as tall as the figure it draws at its width: on a phone no empty bands
 * above and below the body (it asked a fixed 420 px there and drew 330), and in a wide
 * window the figure is as large as before and fills the map's height. */
static void
test_pain_map_fits (Fixture       *fixture,
                    gconstpointer  data)
{
  StrideBodyMap *map;
  graphene_rect_t figure;
  int width, height;

  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "question:location");
  map = find_body_map (GTK_WIDGET (fixture->page));
  g_assert_nonnull (map);

  width = gtk_widget_get_width (GTK_WIDGET (map));
  height = gtk_widget_get_height (GTK_WIDGET (map));
  stride_body_map_get_figure_bounds (map, &figure);
  g_test_message ("pain map %d × %d, figure %.0f × %.0f at %.0f, %.0f", width, height,
                  figure.size.width, figure.size.height, figure.origin.x, figure.origin.y);
  if (data != NULL)
    g_assert_cmpint (width, <=, 360);
  g_assert_cmpint (width, >, 0);
  /* The figure fills the map's height ... */
  g_assert_cmpfloat (fabs (figure.size.height - height), <=, 1.0);
  g_assert_cmpfloat (figure.origin.y, >=, -0.5);
  g_assert_cmpfloat (figure.origin.y + figure.size.height, <=, height + 0.5);
  /* ... and is as large as the map's width lets it be, or as the fixed 420 px it had. */
  g_assert_cmpint (height, >=, MIN (stride_body_map_height_for_width (map, width), 420));
}

/* The text of the answer ANSWER_ID to the location question. */
static const char *
location_answer_text (const char *answer_id)
{
  const StrideQuestion *question = stride_content_find_question (content, "location");

  for (guint a = 0; a < question->answers->len; a++)
    {
      const StrideAnswer *answer = g_ptr_array_index (question->answers, a);

      if (g_strcmp0 (answer->id, answer_id) == 0)
        return answer->text;
    }
  return NULL;
}

/* The name under the map (the list beside it has a row titled the same). */
static gboolean
is_heading_with_text (GtkWidget     *widget,
                      gconstpointer  text)
{
  return stride_test_is_label_with_text (widget, text) && gtk_widget_has_css_class (widget, "heading");
}

/* Arrowed onto a place on the pain map, the keyboard user reads its name under the map,
 * in sight on a phone, as on the Anatomy page: only an outline moved, and Space ticked a
 * place they could not name. Focus gone from the map, the name goes. */
static void
test_pain_map_keyboard_names (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  StrideBodyMap *map;
  GtkWidget *name;
  const char *text;
  GtkAdjustment *scroll;
  graphene_rect_t bounds, map_bounds;

  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "question:location");
  map = find_body_map (page);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (map), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "body-map.move-focus", "i", GTK_DIR_DOWN));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "body-map.move-focus", "i", GTK_DIR_LEFT));
  text = location_answer_text (stride_body_map_get_focus_region (map));
  g_assert_nonnull (text);
  stride_test_wait_for_frames (page, 3);

  g_test_message ("focus on %s", text);
  name = stride_test_find_first (page, STRIDE_TEST_FIND_MAPPED, is_heading_with_text, text);
  g_assert_nonnull (name);
  /* Under the map, and scrolled into sight. */
  scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (gtk_widget_get_ancestor (name, GTK_TYPE_VIEWPORT)));
  g_assert_true (gtk_widget_compute_bounds (name, gtk_widget_get_ancestor (name, GTK_TYPE_VIEWPORT), &bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (map), gtk_widget_get_ancestor (name, GTK_TYPE_VIEWPORT), &map_bounds));
  g_test_message ("name at y %.0f–%.0f (map ends at %.0f), page shows %.0f–%.0f", bounds.origin.y,
                  bounds.origin.y + bounds.size.height, map_bounds.origin.y + map_bounds.size.height,
                  gtk_adjustment_get_value (scroll), gtk_adjustment_get_value (scroll) + gtk_adjustment_get_page_size (scroll));
  g_assert_cmpfloat (bounds.origin.y, >=, map_bounds.origin.y + map_bounds.size.height);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_adjustment_get_page_size (scroll) + 0.5);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);

  gtk_window_set_focus (fixture->window, NULL);
  stride_test_wait_for_frames (page, 2);
  g_assert_null (stride_test_find_first (page, STRIDE_TEST_FIND_MAPPED, is_heading_with_text, text));
}

/* ---- What a user stumbled on ---- */

static GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  return stride_test_find_first (root, STRIDE_TEST_FIND_ANY, stride_test_has_css_class, css_class);
}

static GtkScrolledWindow *
visible_scroller (Fixture *fixture)
{
  GtkStack *stack = GTK_STACK (adw_bin_get_child (ADW_BIN (fixture->page)));
  GtkWidget *child = gtk_stack_get_visible_child (stack);

  if (GTK_IS_SCROLLED_WINDOW (child))
    return GTK_SCROLLED_WINDOW (child);
  return GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (child));
}

static void
scroll_to_bottom (Fixture *fixture)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (visible_scroller (fixture));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_test_message ("scroll: upper %g page %g value %g, window %d×%d", gtk_adjustment_get_upper (adjustment),
                  gtk_adjustment_get_page_size (adjustment), gtk_adjustment_get_value (adjustment),
                  gtk_widget_get_width (GTK_WIDGET (fixture->window)), gtk_widget_get_height (GTK_WIDGET (fixture->window)));
}

static double
scroll_position (Fixture *fixture)
{
  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (visible_scroller (fixture)));
}

/* Each step opens at its top, whatever the last one was scrolled to; the results open with
 * the triage banner in view. */
static void
test_scroll_top (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *banner;
  graphene_rect_t bounds;
  guint steps = 0, scrolled = 0;

  activate (fixture, "symptoms.start", NULL);
  while (!step_is (fixture, "results"))
    {
      const char *step = stride_symptoms_page_get_step (fixture->page);

      g_assert_cmpuint (++steps, <, 30);
      scroll_to_bottom (fixture);
      scrolled += scroll_position (fixture) > 0;
      if (steps == 1)
        stride_test_screenshot (GTK_WIDGET (fixture->window), "symptoms-6-phone-scrolled");
      if (g_str_equal (step, "question:location"))
        tick (fixture, "groin", TRUE);
      else if (g_str_has_prefix (step, "question:") && find_entry (GTK_WIDGET (fixture->page)) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (find_entry (GTK_WIDGET (fixture->page))), "5");
      activate (fixture, g_str_has_prefix (step, "question:") && !g_str_equal (step, "question:location") &&
                         find_entry (GTK_WIDGET (fixture->page)) == NULL ? "symptoms.dont-know" : "symptoms.next", NULL);
      g_test_message ("%s: scrolled to %g", stride_symptoms_page_get_step (fixture->page), scroll_position (fixture));
      g_assert_cmpfloat (scroll_position (fixture), ==, 0);
    }
  /* The test means something only if steps did scroll. */
  g_assert_cmpuint (scrolled, >=, 3);
  banner = find_by_class (GTK_WIDGET (visible_scroller (fixture)), "stride-triage");
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_compute_bounds (banner, GTK_WIDGET (visible_scroller (fixture)), &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, <, gtk_widget_get_height (GTK_WIDGET (visible_scroller (fixture))) / 2);
}

/* See Results Now records only what was answered: the question on screen, left blank,
 * is not saved as "None of these". */
static void
test_see_results_saves_answered_only (Fixture       *fixture,
                                      gconstpointer  data)
{
  StrideHistory *history = stride_context_get_history (context);
  g_autofree char *question = NULL;
  JsonObject *answers;

  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  tick (fixture, "groin", TRUE);
  activate (fixture, "symptoms.next", NULL);
  while (step_is (fixture, "question:side"))
    {
      tick (fixture, "left", TRUE);
      activate (fixture, "symptoms.next", NULL);
    }
  g_assert_true (step_is (fixture, "question:"));
  question = g_strdup (stride_symptoms_page_get_step (fixture->page) + strlen ("question:"));
  g_assert_true (can_press (fixture, "symptoms.results"));
  activate (fixture, "symptoms.results", NULL);
  g_assert_true (step_is (fixture, "results"));
  g_assert_false (stride_answers_is_answered (stride_symptoms_page_get_answers (fixture->page), question));

  activate (fixture, "symptoms.save", NULL);
  answers = json_object_get_object_member (stride_history_entry_get_data (
                                             stride_history_get_latest (history, STRIDE_HISTORY_SYMPTOM_CHECK)),
                                           "answers");
  g_assert_true (json_object_has_member (answers, "location"));
  g_assert_false (json_object_has_member (answers, question));
}

/* The age starts empty (nobody is 57 by default); once given, the self-test and the next
 * check share it. */
static void
test_age_empty_by_default (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwEntryRow *entry;

  g_settings_reset (settings, "age");
  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  tick (fixture, "groin", TRUE);
  activate (fixture, "symptoms.next", NULL);
  activate (fixture, "symptoms.results", NULL);
  activate (fixture, "symptoms.edit", g_variant_new_string ("age"));
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "question:age");
  entry = find_entry (GTK_WIDGET (fixture->page));
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_false (can_press (fixture, "symptoms.next"));
  /* Not a number, or out of range: no answer, and the page says why. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "five");
  stride_test_drain_events ();
  g_assert_false (can_press (fixture, "symptoms.next"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "34");
  stride_test_drain_events ();
  g_assert_true (can_press (fixture, "symptoms.next"));
  activate (fixture, "symptoms.next", NULL);
  g_assert_true (step_is (fixture, "results"));
  g_assert_cmpint (g_settings_get_int (settings, "age"), ==, 34);

  /* The next check starts from the age given. */
  activate (fixture, "symptoms.restart", NULL);
  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  tick (fixture, "groin", TRUE);
  activate (fixture, "symptoms.next", NULL);
  activate (fixture, "symptoms.results", NULL);
  activate (fixture, "symptoms.edit", g_variant_new_string ("age"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry (GTK_WIDGET (fixture->page)))), ==, "34");
  g_settings_reset (settings, "age");
}

/* At most three warning-sign screens before the first question about the pain; the
 * keyboard focus then sits on that question's first control, not in the sidebar. */
static void
test_few_warning_screens (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *focus;

  activate (fixture, "symptoms.start", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (fixture->page)));
  g_assert_cmpuint (answer_no_to_every_red_flag (fixture), <=, 3);
  g_assert_cmpstr (stride_symptoms_page_get_step (fixture->page), ==, "question:location");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (fixture->page)));
  g_assert_false (GTK_IS_BUTTON (focus) && find_action_widget (GTK_WIDGET (fixture->page), "symptoms.back") == focus);

  /* The results too keep the focus on the page: on the first condition. */
  tick (fixture, "groin", TRUE);
  activate (fixture, "symptoms.next", NULL);
  activate (fixture, "symptoms.results", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (find_expander (GTK_WIDGET (fixture->page)))));
}

/* Start Over clears the answers; Undo brings them back. */
static void
test_start_over_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  walk_interview (fixture);
  g_assert_true (step_is (fixture, "results"));
  activate (fixture, "symptoms.restart", NULL);
  g_assert_true (step_is (fixture, "start"));
  g_assert_cmpuint (stride_answers_get_n_answered (stride_symptoms_page_get_answers (fixture->page)), ==, 0);
  activate (fixture, "symptoms.undo-restart", NULL);
  g_assert_true (step_is (fixture, "results"));
  g_assert_cmpstr (top_condition (fixture), ==, "trochanteric_bursitis");
  g_assert_true (stride_answers_has_choice (stride_symptoms_page_get_answers (fixture->page), "location", "side_of_hip"));
}

static GtkWidget *
find_css_class (GtkWidget  *root,
                const char *css_class)
{
  return stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, stride_test_has_css_class, css_class);
}


/* From the first warning-sign screen: ticks "pain on weight bearing" on every warning
 * screen that shows it, then groin pain, and goes to the results (a possible bone stress
 * injury, so at least "see someone soon"). */
static void
show_results_for_groin_pain_on_weight_bearing (Fixture *fixture)
{
  while (step_is (fixture, "warning-signs:"))
    {
      GtkCheckButton *check = find_sign_check (GTK_WIDGET (fixture->page), "pain_on_weight_bearing");

      if (check != NULL)
        gtk_check_button_set_active (check, TRUE);
      activate (fixture, "symptoms.next", NULL);
    }
  tick (fixture, "groin", TRUE);
  activate (fixture, "symptoms.next", NULL);
  activate (fixture, "symptoms.results", NULL);
}

/* No two texts of the triage banner are drawn over each other (a new user saw the advice
 * written across the warning signs after Start Over from a result without any). */
static void
assert_triage_banner_readable (Fixture *fixture)
{
  GtkWidget *banner = find_css_class (GTK_WIDGET (fixture->page), "stride-triage");
  g_autoptr(GPtrArray) labels = NULL;

  g_assert_nonnull (banner);
  labels = stride_test_find_all (banner, STRIDE_TEST_FIND_MAPPED, stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LABEL));
  for (guint i = 0; i < labels->len; i++)
    for (guint j = i + 1; j < labels->len; j++)
      {
        graphene_rect_t a, b;

        g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (labels, i), banner, &a));
        g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (labels, j), banner, &b));
        if (graphene_rect_intersection (&a, &b, NULL))
          g_error ("“%.30s” (y %.0f, height %.0f) overlaps “%.30s” (y %.0f, height %.0f)", gtk_label_get_text (g_ptr_array_index (labels, i)), a.origin.y, a.size.height,
                   gtk_label_get_text (g_ptr_array_index (labels, j)), b.origin.y, b.size.height);
      }
}

static void
test_banner_after_start_over (Fixture       *fixture,
                              gconstpointer  data)
{
  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  walk_interview (fixture);
  stride_test_drain_events ();
  assert_triage_banner_readable (fixture);
  activate (fixture, "symptoms.restart", NULL);
  activate (fixture, "symptoms.start", NULL);
  show_results_for_groin_pain_on_weight_bearing (fixture);
  g_assert_true (step_is (fixture, "results"));
  g_assert_cmpuint (stride_symptoms_page_get_result (fixture->page)->reasons->len, >=, 2);
  for (guint i = 0; i < 5; i++)
    stride_test_drain_events ();
  assert_triage_banner_readable (fixture);
}

/* When the triage says stop and see someone, no exercise is suggested anywhere. */
static void
test_no_exercise_when_urgent (Fixture       *fixture,
                              gconstpointer  data)
{
  activate (fixture, "symptoms.start", NULL);
  show_results_for_groin_pain_on_weight_bearing (fixture);
  g_assert_true (step_is (fixture, "results"));
  g_assert_cmpint (stride_symptoms_page_get_result (fixture->page)->level, >=, STRIDE_TRIAGE_URGENT);
  expand_all (GTK_WIDGET (fixture->page));
  stride_test_drain_events ();
  g_assert_null (find_routine_row (GTK_WIDGET (fixture->page), NULL));
  g_assert_null (find_launch_row (GTK_WIDGET (fixture->page), "test", NULL));
  stride_test_screenshot (GTK_WIDGET (fixture->window), "symptoms-5-urgent");
}

static gboolean
is_expander_titled (GtkWidget     *widget,
                    gconstpointer  title)
{
  return ADW_IS_EXPANDER_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Whether an expander row titled TITLE is on screen. */
static gboolean
has_expander_titled (GtkWidget  *root,
                     const char *title)
{
  return stride_test_find_first (root, STRIDE_TEST_FIND_MAPPED, is_expander_titled, title) != NULL;
}

/* Fit in words, the number second; "Something not listed here" in every ranking, even a
 * confident one where it ranks below the conditions shown. */
static void
test_fit_in_words (Fixture       *fixture,
                   gconstpointer  data)
{
  const StrideMatchResult *result;
  const StrideConditionMatch *first;
  AdwExpanderRow *row;
  const char *fit;

  activate (fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (fixture);
  walk_interview (fixture);
  result = stride_symptoms_page_get_result (fixture->page);
  first = g_ptr_array_index (result->conditions, 0);
  row = find_expander (GTK_WIDGET (fixture->page));
  fit = stride_fit_get_label (stride_fit_for_probability (first->probability));
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (row), fit));
  g_assert_nonnull (strchr (adw_expander_row_get_subtitle (row), '%'));
  g_assert_cmpfloat (result->other_cause_probability, >, 0);
  g_assert_true (has_expander_titled (GTK_WIDGET (fixture->page), "Something not listed here"));
}

/* One application for the tests that need the whole window (one per process). */
static StrideApplication *app_instance;

static StrideApplication *
shared_app (void)
{
  if (app_instance == NULL)
    app_instance = stride_test_register_app ();
  return app_instance;
}

/* In the app, the result links to the condition's page and to its routine. */
static void
test_links_in_app (void)
{
  StrideApplication *app = shared_app ();
  StrideWindow *window;
  Fixture fixture;
  GtkWidget *row;
  const StrideCondition *condition = stride_content_find_condition (content, "trochanteric_bursitis");

  window = stride_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  stride_window_show_page (window, "symptoms");
  fixture.window = GTK_WINDOW (window);
  fixture.page = STRIDE_SYMPTOMS_PAGE (stride_window_get_page (window, "symptoms"));
  stride_test_drain_events ();

  activate (&fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (&fixture);
  walk_interview (&fixture);
  g_assert_cmpstr (top_condition (&fixture), ==, "trochanteric_bursitis");

  if (condition->routine != NULL)
    g_assert_nonnull (find_routine_row (GTK_WIDGET (fixture.page), condition->routine));
  row = find_launch_row (GTK_WIDGET (fixture.page), "condition", "trochanteric_bursitis");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_sensitive (row));
  gtk_widget_activate (row);
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "conditions");

  /* Back (Alt+Left) returns to the results, as they were, not to the list of conditions;
   * the Conditions page is left at its list for the next visit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "symptoms");
  g_assert_true (step_is (&fixture, "results"));
  g_assert_cmpstr (top_condition (&fixture), ==, "trochanteric_bursitis");
  g_assert_false (stride_page_get_can_go_back (STRIDE_PAGE (stride_window_get_page (window, "conditions"))));

  /* Chosen from the sidebar, the page's Back is its own again. */
  gtk_widget_activate (find_launch_row (GTK_WIDGET (fixture.page), "condition", "trochanteric_bursitis"));
  stride_test_drain_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "conditions"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "conditions");

  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

/* The side that hurts carries into the suggested routine: its page opens (not the player)
 * and, on Start, its one-sided exercises are done on that side only. */
static void
test_side_into_routine (void)
{
  StrideApplication *app = shared_app ();
  const StrideCondition *condition = stride_content_find_condition (content, "trochanteric_bursitis");
  StrideRoutineRunner *runner;
  StrideWindow *window;
  GtkWidget *row, *routines;
  Fixture fixture;
  guint left = 0, right = 0;

  if (stride_content_find_question (content, STRIDE_SIDE_QUESTION) == NULL)
    {
      g_test_skip ("the pack has no side question");
      return;
    }
  g_assert_nonnull (condition->routine);
  window = stride_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  stride_window_show_page (window, "symptoms");
  fixture.window = GTK_WINDOW (window);
  fixture.page = STRIDE_SYMPTOMS_PAGE (stride_window_get_page (window, "symptoms"));
  stride_test_drain_events ();

  activate (&fixture, "symptoms.start", NULL);
  answer_no_to_every_red_flag (&fixture);
  walk_interview (&fixture);
  g_assert_cmpstr (top_condition (&fixture), ==, "trochanteric_bursitis");
  g_assert_true (stride_answers_has_choice (stride_symptoms_page_get_answers (fixture.page), STRIDE_SIDE_QUESTION, "left"));
  adw_expander_row_set_expanded (find_expander (GTK_WIDGET (fixture.page)), TRUE);
  stride_test_drain_events ();
  row = find_routine_row (GTK_WIDGET (fixture.page), condition->routine);
  g_assert_nonnull (row);
  gtk_widget_activate (row);
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "routines");

  /* The routine's page first, saying the side; Start plays it */
  routines = stride_window_get_page (window, "routines");
  g_assert_cmpstr (stride_routines_page_get_view (STRIDE_ROUTINES_PAGE (routines)), ==, "routine");
  g_assert_true (gtk_widget_activate_action (routines, "routines.start", NULL));
  runner = stride_routine_player_get_runner (stride_routines_page_get_player (STRIDE_ROUTINES_PAGE (routines)));
  g_assert_nonnull (runner);
  for (guint n = 0; stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE; n++)
    {
      g_assert_cmpuint (n, <, 1000);
      if (stride_routine_runner_get_phase (runner) == STRIDE_PHASE_WORK)
        {
          left += stride_routine_runner_get_side (runner) == STRIDE_RUNNER_SIDE_LEFT;
          right += stride_routine_runner_get_side (runner) == STRIDE_RUNNER_SIDE_RIGHT;
        }
      stride_routine_runner_skip (runner);
    }
  g_test_message ("left %u, right %u work steps", left, right);
  g_assert_cmpuint (left, >, 0);
  g_assert_cmpuint (right, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* A private XDG_DATA_HOME: saving to the history must not touch the user's. */
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  /* For a person looking at the screenshots: the app's style, light or dark. */
  if (g_getenv ("STRIDE_TEST_SCREENSHOTS") != NULL)
    {
      g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (css, APP_PATH "/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      if (g_strcmp0 (g_getenv ("STRIDE_TEST_DARK"), "1") == 0)
        adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
    }

  context = stride_test_context_new (NULL);
  content = stride_content_ref (stride_context_get_content (context));

  g_test_add ("/stride/symptoms/walk-to-results", Fixture, NULL, fixture_set_up, test_walk_to_results, fixture_tear_down);
  g_test_add ("/stride/symptoms/change-answer", Fixture, NULL, fixture_set_up, test_change_answer, fixture_tear_down);
  g_test_add ("/stride/symptoms/red-flag-changed-later", Fixture, NULL, fixture_set_up, test_red_flag_changed_later, fixture_tear_down);
  g_test_add ("/stride/symptoms/emergency-stops", Fixture, NULL, fixture_set_up, test_emergency_stops, fixture_tear_down);
  g_test_add ("/stride/symptoms/back-keeps-answers", Fixture, NULL, fixture_set_up, test_back_keeps_answers, fixture_tear_down);
  g_test_add ("/stride/symptoms/save-to-history", Fixture, NULL, fixture_set_up, test_save_to_history, fixture_tear_down);
  g_test_add_func ("/stride/symptoms/links-in-app", test_links_in_app);
  g_test_add ("/stride/symptoms/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/stride/symptoms/pain-map-fits", Fixture, NULL, fixture_set_up, test_pain_map_fits, fixture_tear_down);
  g_test_add ("/stride/symptoms/pain-map-fits-narrow", Fixture, GINT_TO_POINTER (720), fixture_set_up, test_pain_map_fits, fixture_tear_down);
  g_test_add ("/stride/symptoms/pain-map-keyboard-names", Fixture, GINT_TO_POINTER (700), fixture_set_up,
              test_pain_map_keyboard_names, fixture_tear_down);
  g_test_add ("/stride/symptoms/copy-result", Fixture, NULL, fixture_set_up, test_copy_result, fixture_tear_down);
  g_test_add ("/stride/symptoms/scroll-top", Fixture, GINT_TO_POINTER (480), fixture_set_up, test_scroll_top, fixture_tear_down);
  g_test_add ("/stride/symptoms/see-results-saves-answered-only", Fixture, NULL, fixture_set_up,
              test_see_results_saves_answered_only, fixture_tear_down);
  g_test_add ("/stride/symptoms/age-empty-by-default", Fixture, NULL, fixture_set_up, test_age_empty_by_default, fixture_tear_down);
  g_test_add ("/stride/symptoms/few-warning-screens", Fixture, NULL, fixture_set_up, test_few_warning_screens, fixture_tear_down);
  g_test_add ("/stride/symptoms/start-over-undo", Fixture, NULL, fixture_set_up, test_start_over_undo, fixture_tear_down);
  g_test_add ("/stride/symptoms/banner-after-start-over", Fixture, NULL, fixture_set_up, test_banner_after_start_over, fixture_tear_down);
  g_test_add ("/stride/symptoms/no-exercise-when-urgent", Fixture, NULL, fixture_set_up, test_no_exercise_when_urgent, fixture_tear_down);
  g_test_add ("/stride/symptoms/fit-in-words", Fixture, NULL, fixture_set_up, test_fit_in_words, fixture_tear_down);
  g_test_add_func ("/stride/symptoms/side-into-routine", test_side_into_routine);

  status = g_test_run ();
  g_clear_object (&app_instance);
  stride_content_unref (content);
  g_clear_object (&context);
  return status;
}
