/* test-self-test.c — the Self-Test page walked through as a runner would
 *
 * Set STRIDE_TEST_SHOTS=DIR to also save PNGs of each view for a person to look at
 * (STRIDE_TEST_SHOTS_NARROW=1: a 360 px window; STRIDE_TEST_SHOTS_DARK=1: dark style).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-self-test-page.h"
#include "stride-window.h"

typedef struct
{
  StrideWindow       *window;
  StrideSelfTestPage *page;
} Fixture;

static StrideApplication *shared_app;

typedef gboolean (*Condition) (gpointer data);

static void
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
drain_events (void)
{
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Saves WIDGET as DIR/NAME.png when STRIDE_TEST_SHOTS=DIR is set. */
static void
maybe_shoot (GtkWidget  *widget,
             const char *name)
{
  const char *dir = g_getenv ("STRIDE_TEST_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL)
    return;

  /* Let the stack's cross-fade finish. */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < end;)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = stride_window_new (shared_app);
  /* STRIDE_TEST_SHOTS_NARROW=1: the phone-sized window, to look at the narrow layout. */
  if (g_getenv ("STRIDE_TEST_SHOTS_NARROW") != NULL)
    gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 740);
  else
    gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 760);
  if (g_getenv ("STRIDE_TEST_SHOTS_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (widget_is_mapped, fixture->window);
  stride_window_show_page (fixture->window, "self-test");
  fixture->page = STRIDE_SELF_TEST_PAGE (stride_window_get_page (fixture->window, "self-test"));
  g_assert_true (STRIDE_IS_SELF_TEST_PAGE (fixture->page));
  wait_until (widget_is_mapped, fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (shared_app));

  for (GList *l = g_list_copy (windows); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_destroy (GTK_WINDOW (l->data));
  drain_events ();
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A visible row titled TITLE somewhere under ROOT. */
static AdwPreferencesRow *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) && gtk_widget_is_visible (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return ADW_PREFERENCES_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesRow *found = find_row (child, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
control (Fixture    *fixture,
         const char *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (fixture->page), name);

  if (widget == NULL)
    g_error ("No control named %s", name);
  return widget;
}

static void
enter_number (Fixture    *fixture,
              const char *name,
              double      value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control (fixture, name)), value);
}

static void
enter_bool (Fixture    *fixture,
            const char *name,
            gboolean    value)
{
  gtk_switch_set_active (GTK_SWITCH (control (fixture, name)), value);
}

/* Picks choice INDEX of the field (0 = the first choice, after "Not checked"). */
static void
enter_choice (Fixture    *fixture,
              const char *name,
              guint       index)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (control (fixture, name)), index + 1);
}

static const char *
current (Fixture *fixture)
{
  return stride_self_test_page_get_current_test (fixture->page);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  drain_events ();
}

static gboolean
has_finding (StrideAssessment *assessment,
             const char       *id,
             StrideSide        side,
             const char       *test)
{
  for (guint i = 0; i < assessment->findings->len; i++)
    {
      const StrideAssessFinding *finding = g_ptr_array_index (assessment->findings, i);

      if (g_str_equal (finding->finding->id, id) && finding->side == side &&
          g_str_equal (finding->test->id, test))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_item (StrideAssessment *assessment,
          const char       *exercise)
{
  for (guint i = 0; i < assessment->items->len; i++)
    if (g_str_equal (((StrideAssessItem *) g_ptr_array_index (assessment->items, i))->exercise->id, exercise))
      return TRUE;

  return FALSE;
}

/* Enters this runner's results for the test on screen; FALSE to skip it. */
static gboolean
enter_results (Fixture    *fixture,
               const char *test)
{
  if (g_str_equal (test, "straight_leg_raise"))
    {
      enter_number (fixture, "straight_leg_raise.left.angle_deg", 70);
      enter_number (fixture, "straight_leg_raise.right.angle_deg", 85);
      return TRUE;
    }
  if (g_str_equal (test, "thomas_test"))
    {
      enter_choice (fixture, "thomas_test.left.thigh", 1);      /* above the table */
      enter_number (fixture, "thomas_test.left.knee_angle_deg", 75);
      enter_choice (fixture, "thomas_test.right.thigh", 0);     /* on the table */
      enter_number (fixture, "thomas_test.right.knee_angle_deg", 78);
      return TRUE;
    }
  if (g_str_equal (test, "single_leg_stance"))
    {
      enter_bool (fixture, "single_leg_stance.right.pelvis_drop", TRUE);
      enter_bool (fixture, "single_leg_stance.right.side_of_hip_pain", TRUE);
      enter_number (fixture, "single_leg_stance.right.seconds", 30);
      enter_number (fixture, "single_leg_stance.left.seconds", 30);
      return TRUE;
    }
  if (g_str_equal (test, "sit_and_reach"))
    {
      enter_number (fixture, "sit_and_reach.none.reach_cm", 5);
      return TRUE;
    }
  if (g_str_equal (test, "ober_test"))
    {
      /* Entered, then skipped: a skipped test counts for nothing. */
      enter_choice (fixture, "ober_test.left.thigh", 1);
      return FALSE;
    }

  return FALSE;
}

static void
test_full_walk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonNode) input = NULL;
  JsonObject *results;
  StrideAssessment *assessment;
  guint steps = 0;

  maybe_shoot (GTK_WIDGET (fixture->window), "self-test-start");
  activate (fixture, "self-test.start-full");
  g_assert_true (stride_page_get_can_go_back (STRIDE_PAGE (fixture->page)));

  while (current (fixture) != NULL)
    {
      g_autofree char *test = g_strdup (current (fixture));

      if (steps == 0)
        maybe_shoot (GTK_WIDGET (fixture->window), "self-test-step");
      activate (fixture, enter_results (fixture, test) ? "self-test.next" : "self-test.skip");
      steps++;
      g_assert_cmpuint (steps, <=, 10);
    }
  g_assert_cmpuint (steps, ==, 10);

  /* What was entered, as --assess reads it: skipped tests and untouched sides are out. */
  input = stride_self_test_page_dup_input (fixture->page);
  results = json_object_get_object_member (json_node_get_object (input), "results");
  g_assert_cmpuint (json_object_get_size (results), ==, 4);
  g_assert_false (json_object_has_member (results, "ober_test"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (
    json_object_get_object_member (results, "straight_leg_raise"), "left"), "angle_deg"), ==, 70);

  /* The summary. */
  assessment = stride_self_test_page_get_assessment (fixture->page);
  g_assert_nonnull (assessment);
  g_assert_true (has_finding (assessment, "tight_hamstrings", STRIDE_SIDE_LEFT, "straight_leg_raise"));
  g_assert_true (has_finding (assessment, "asymmetry", STRIDE_SIDE_LEFT, "straight_leg_raise"));
  g_assert_true (has_finding (assessment, "tight_hip_flexors", STRIDE_SIDE_LEFT, "thomas_test"));
  g_assert_true (has_finding (assessment, "weak_glute_medius", STRIDE_SIDE_RIGHT, "single_leg_stance"));
  g_assert_true (has_finding (assessment, "pain_on_testing", STRIDE_SIDE_RIGHT, "single_leg_stance"));
  g_assert_cmpuint (assessment->findings->len, ==, 5);
  g_assert_true (has_item (assessment, "kneeling_hip_flexor_stretch"));
  g_assert_true (has_item (assessment, "hamstring_strap_stretch"));
  /* Side-of-hip pain: no crossed-leg stretches. */
  g_assert_false (has_item (assessment, "tfl_stretch"));
  g_assert_false (has_item (assessment, "figure_four_stretch"));

  /* … and what the runner sees of it. */
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->page), "Tight hamstrings"));
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->page), "Weak gluteus medius"));
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->page), "Kneeling hip flexor stretch"));
  g_assert_null (find_row (GTK_WIDGET (fixture->page), "TFL stretch"));
  maybe_shoot (GTK_WIDGET (fixture->window), "self-test-summary");

  /* Back from the summary returns to the last test; Test Again starts afresh. */
  stride_page_go_back (STRIDE_PAGE (fixture->page));
  g_assert_nonnull (current (fixture));
  activate (fixture, "self-test.restart");
  g_assert_null (current (fixture));
  g_assert_false (stride_page_get_can_go_back (STRIDE_PAGE (fixture->page)));
  input = (json_node_unref (input), stride_self_test_page_dup_input (fixture->page));
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (json_node_get_object (input), "results")), ==, 0);
}

static void
test_back_keeps_values (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *first = NULL;

  activate (fixture, "self-test.start-full");
  first = g_strdup (current (fixture));
  g_assert_cmpstr (first, ==, "straight_leg_raise");
  enter_number (fixture, "straight_leg_raise.left.angle_deg", 77);
  activate (fixture, "self-test.next");
  g_assert_cmpstr (current (fixture), !=, first);

  activate (fixture, "self-test.previous");
  g_assert_cmpstr (current (fixture), ==, first);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (control (fixture, "straight_leg_raise.left.angle_deg"))), ==, 77);

  /* Back from the first test leads to the start view. */
  stride_page_go_back (STRIDE_PAGE (fixture->page));
  g_assert_null (current (fixture));
}

static void
test_single_and_open (Fixture       *fixture,
                      gconstpointer  data)
{
  StrideAssessment *assessment;

  g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", "side_plank_hold"));
  g_assert_cmpstr (current (fixture), ==, "side_plank_hold");
  g_assert_false (stride_page_open (STRIDE_PAGE (fixture->page), "test", "hop_test"));
  g_assert_false (stride_page_open (STRIDE_PAGE (fixture->page), "exercise", "clamshell"));

  enter_number (fixture, "side_plank_hold.left.seconds", 40);
  enter_number (fixture, "side_plank_hold.right.seconds", 70);
  if (g_getenv ("STRIDE_TEST_SHOTS") != NULL)
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (control (fixture, "side_plank_hold.left.seconds"),
                                                     GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      drain_events ();
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      maybe_shoot (GTK_WIDGET (fixture->window), "self-test-inputs");
    }
  /* One test: Next goes straight to the summary. */
  activate (fixture, "self-test.next");
  g_assert_null (current (fixture));
  assessment = stride_self_test_page_get_assessment (fixture->page);
  g_assert_true (has_finding (assessment, "low_side_endurance", STRIDE_SIDE_LEFT, "side_plank_hold"));
  g_assert_true (has_finding (assessment, "asymmetry", STRIDE_SIDE_LEFT, "side_plank_hold"));

  /* A test row on the start view starts that test alone. */
  activate (fixture, "self-test.restart");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "self-test.start-test", "s", "ober_test"));
  g_assert_cmpstr (current (fixture), ==, "ober_test");
}

static void
test_all_skipped (Fixture       *fixture,
                  gconstpointer  data)
{
  StrideAssessment *assessment;

  activate (fixture, "self-test.start-full");
  while (current (fixture) != NULL)
    activate (fixture, "self-test.skip");

  /* Nothing entered: no findings, a short maintenance routine, no clinician. */
  assessment = stride_self_test_page_get_assessment (fixture->page);
  g_assert_cmpuint (assessment->findings->len, ==, 0);
  g_assert_true (assessment->maintenance);
  g_assert_false (assessment->see_clinician);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shared_app = stride_application_new ();
  g_application_set_flags (G_APPLICATION (shared_app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (shared_app), NULL, NULL))
    g_error ("Could not register the application");

  g_test_add ("/stride/self-test/full-walk", Fixture, NULL, fixture_set_up, test_full_walk, fixture_tear_down);
  g_test_add ("/stride/self-test/back-keeps-values", Fixture, NULL, fixture_set_up, test_back_keeps_values, fixture_tear_down);
  g_test_add ("/stride/self-test/single-and-open", Fixture, NULL, fixture_set_up, test_single_and_open, fixture_tear_down);
  g_test_add ("/stride/self-test/all-skipped", Fixture, NULL, fixture_set_up, test_all_skipped, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&shared_app);
  return status;
}
