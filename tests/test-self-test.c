/* test-self-test.c — the Self-Test page walked through as a runner would
 *
 * Set STRIDE_TEST_SHOTS=DIR to also save PNGs of each view for a person to look at
 * (STRIDE_TEST_SHOTS_NARROW=1: a 360 px window; STRIDE_TEST_SHOTS_DARK=1: dark style).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-application.h"
#include "stride-body-map.h"
#include "stride-angle-dialog.h"
#include "stride-routines-page.h"
#include "stride-routine-player.h"
#include "stride-self-test-page.h"
#include "stride-test-ui.h"
#include "stride-test-utils.h"
#include "stride-window.h"

typedef struct
{
  StrideWindow       *window;
  StrideSelfTestPage *page;
  StrideHistory      *history;
  char               *dir;
} Fixture;

static StrideApplication *shared_app;

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
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < end;)
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
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->window);
  stride_window_show_page (fixture->window, "self-test");
  fixture->page = STRIDE_SELF_TEST_PAGE (stride_window_get_page (fixture->window, "self-test"));
  g_assert_true (STRIDE_IS_SELF_TEST_PAGE (fixture->page));
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->page);

  /* A history of its own for each test. */
  fixture->dir = g_dir_make_tmp ("stride-self-test-XXXXXX", NULL);
  {
    g_autofree char *path = g_build_filename (fixture->dir, "history.json", NULL);
    fixture->history = stride_history_new (path);
  }
  stride_self_test_page_set_history (fixture->page, fixture->history);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (shared_app));

  for (GList *l = g_list_copy (windows); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_destroy (GTK_WINDOW (l->data));
  stride_test_drain_events ();

  {
    g_autofree char *path = g_strdup (stride_history_get_path (fixture->history));
    g_assert_finalize_object (fixture->history);
    g_remove (path);
    g_rmdir (fixture->dir);
    g_free (fixture->dir);
  }
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
find_of_type (GtkWidget *root,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);
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
  stride_test_drain_events ();
}

static GtkWidget *
find_icon_button (GtkWidget  *root,
                  const char *icon)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (root)), icon) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_icon_button (child, icon);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The angle helper's camera button on the Thomas test's knee angle: the angle the runner
 * uses in the dialog lands in that field, rounded, as if typed. */
static void
test_measured_angle_fills_field (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *spin, *row, *button;
  GtkWindow *dialog;

  g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", "thomas_test"));
  spin = control (fixture, "thomas_test.left.knee_angle_deg");
  row = gtk_widget_get_ancestor (spin, ADW_TYPE_ACTION_ROW);
  button = find_icon_button (row, "camera-photo-symbolic");
  g_assert_nonnull (button);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 0);

  g_signal_emit_by_name (button, "clicked");
  dialog = stride_test_find_window_of_type (GTK_APPLICATION (shared_app), STRIDE_TYPE_ANGLE_DIALOG);
  if (dialog == NULL)
    for (GList *l = gtk_window_list_toplevels (); l != NULL && dialog == NULL; l = g_list_delete_link (l, l))
      if (STRIDE_IS_ANGLE_DIALOG (l->data))
        dialog = l->data;
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (dialog, "angle-chosen", 72.4);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 72);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "");
  gtk_window_destroy (dialog);
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

/* What was entered, as `stride --assess` reads it. */
static JsonNode *
dup_input (Fixture *fixture)
{
  g_autoptr(StrideSelfTestRecord) record = stride_self_test_page_dup_record (fixture->page);

  return stride_self_test_record_dup_input (record, stride_application_get_content (shared_app));
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
      g_assert_cmpuint (steps, <=, 11);
    }
  g_assert_cmpuint (steps, ==, 11);

  /* What was entered, as --assess reads it: skipped tests and untouched sides are out. */
  input = dup_input (fixture);
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
  /* The body map marks where: the left hamstrings among them. */
  {
    GtkWidget *map = find_of_type (GTK_WIDGET (fixture->page), STRIDE_TYPE_BODY_MAP);
    g_autofree char *id = g_strdup_printf ("hamstrings.%d", STRIDE_SIDE_LEFT);

    g_assert_nonnull (map);
    g_assert_true (stride_body_map_has_region (STRIDE_BODY_MAP (map), id));
    g_assert_cmpstr (stride_body_map_get_mark (STRIDE_BODY_MAP (map), id), ==, STRIDE_BODY_MAP_MARK_FINDING);
  }
  maybe_shoot (GTK_WIDGET (fixture->window), "self-test-summary");

  /* Saved in the history: the input with the findings and routine beside it. */
  {
    g_autoptr(GPtrArray) entries = stride_history_list (fixture->history, STRIDE_HISTORY_SELF_TEST, NULL, NULL);
    StrideHistoryEntry *entry;
    JsonObject *saved;

    g_assert_cmpuint (entries->len, ==, 1);
    entry = g_ptr_array_index (entries, 0);
    g_assert_cmpstr (stride_history_entry_get_id (entry), ==, stride_self_test_page_get_saved_id (fixture->page));
    saved = stride_history_entry_get_data (entry);
    g_assert_true (json_node_equal (json_object_get_member (saved, "results"), json_object_get_member (json_node_get_object (input), "results")));
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (saved, "findings")), ==, 5);
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (saved, "routine"), "id"), ==, "personal");
  }

  /* Back from the summary returns to the last test; coming back updates the same entry. */
  stride_page_go_back (STRIDE_PAGE (fixture->page));
  g_assert_nonnull (current (fixture));
  activate (fixture, "self-test.next");
  {
    g_autoptr(GPtrArray) entries = stride_history_list (fixture->history, STRIDE_HISTORY_SELF_TEST, NULL, NULL);
    g_assert_cmpuint (entries->len, ==, 1);
  }

  /* Test Again starts afresh. */
  activate (fixture, "self-test.restart");
  g_assert_null (current (fixture));
  g_assert_false (stride_page_get_can_go_back (STRIDE_PAGE (fixture->page)));
  input = (json_node_unref (input), dup_input (fixture));
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
  enter_number (fixture, "side_plank_hold.right.seconds", 80);
  if (g_getenv ("STRIDE_TEST_SHOTS") != NULL)
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (control (fixture, "side_plank_hold.left.seconds"),
                                                     GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      stride_test_drain_events ();
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

static gboolean
window_is_narrow (gpointer data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (data));

  return width > 0 && width <= 400;
}

static gboolean
has_width (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* Every button of BAR lies wholly inside WINDOW, a margin from either edge. */
static void
assert_buttons_inside (GtkWidget *bar,
                       GtkWidget *window)
{
  guint buttons = 0;

  g_assert_nonnull (bar);
  for (GtkWidget *child = gtk_widget_get_first_child (bar); child != NULL;)
    {
      if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child))
        {
          graphene_rect_t bounds;

          g_assert_true (gtk_widget_compute_bounds (child, window, &bounds));
          g_test_message ("  %s: %.0f to %.0f of %d", gtk_button_get_label (GTK_BUTTON (child)),
                          bounds.origin.x, bounds.origin.x + bounds.size.width, gtk_widget_get_width (window));
          g_assert_cmpfloat (bounds.origin.x, >=, 4);
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window) - 4);
          buttons++;
        }
      /* Depth first over the bar's boxes. */
      if (!GTK_IS_BUTTON (child) && gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != bar && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child == bar ? NULL : gtk_widget_get_next_sibling (child);
        }
    }
  g_assert_cmpuint (buttons, ==, 3);
}

/* Every test's step view, its button bar included, fits a phone-wide window. */
static void
test_narrow_steps_fit (Fixture       *fixture,
                       gconstpointer  data)
{
  StrideContent *content = stride_application_get_content (shared_app);
  GPtrArray *tests = stride_content_get_items (content, STRIDE_KIND_TEST);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  gtk_widget_queue_resize (GTK_WIDGET (fixture->window));
  stride_test_wait_until (window_is_narrow, fixture->window);

  g_assert_cmpuint (tests->len, >=, 10);
  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *test = g_ptr_array_index (tests, i);

      g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", test->id));
      stride_test_drain_events ();
      g_test_message ("%s: window %d px wide", test->id, gtk_widget_get_width (GTK_WIDGET (fixture->window)));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
      {
        GtkWidget *bar = find_named (GTK_WIDGET (fixture->page), "step-bar");

        stride_test_wait_until (has_width, bar);
        assert_buttons_inside (bar, GTK_WIDGET (fixture->window));
      }
      maybe_shoot (GTK_WIDGET (fixture->window), "self-test-narrow-step");
    }
}

/* At 360 px the results' maps are as tall as the figure drawn at their width: no empty
 * bands above and below it, nor a figure squeezed by a fixed height. */
static void
test_narrow_results_maps_fit (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *maps[2] = { NULL, NULL };
  GtkWidget *first, *row;
  guint n = 0;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  gtk_widget_queue_resize (GTK_WIDGET (fixture->window));
  stride_test_wait_until (window_is_narrow, fixture->window);

  g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", "hip_rotation"));
  enter_number (fixture, "hip_rotation.left.internal_deg", 18);
  enter_number (fixture, "hip_rotation.left.external_deg", 30);
  enter_number (fixture, "hip_rotation.right.internal_deg", 35);
  activate (fixture, "self-test.next");

  /* The front and the back map, side by side in the row of maps */
  first = find_of_type (GTK_WIDGET (fixture->page), STRIDE_TYPE_BODY_MAP);
  g_assert_nonnull (first);
  for (row = gtk_widget_get_parent (first); row != NULL && n < 2; row = gtk_widget_get_parent (row))
    {
      n = 0;
      for (GtkWidget *column = gtk_widget_get_first_child (row); column != NULL && n < 2;
           column = gtk_widget_get_next_sibling (column))
        if ((maps[n] = find_of_type (column, STRIDE_TYPE_BODY_MAP)) != NULL)
          n++;
    }
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (maps[0] == first && maps[1] != first);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 3);
  maybe_shoot (GTK_WIDGET (fixture->window), "self-test-narrow-results");

  for (guint i = 0; i < G_N_ELEMENTS (maps); i++)
    {
      int width = gtk_widget_get_width (maps[i]);
      int height = gtk_widget_get_height (maps[i]);
      int figure = stride_body_map_height_for_width (STRIDE_BODY_MAP (maps[i]), width);

      g_test_message ("map %u: %d × %d, the figure %d tall at that width", i, width, height, figure);
      g_assert_cmpint (width, >, 100);
      g_assert_cmpint (ABS (height - figure), <=, 1);
    }
}

/* Both rectus femoris tight, the Thomas test painful on the left only: the routine keeps
 * the hip-flexor stretch for the right side, and the caution says it is left out on the
 * left, where it hurt. */
static void
test_painful_side_spared (Fixture       *fixture,
                          gconstpointer  data)
{
  StrideAssessment *assessment;
  AdwPreferencesRow *caution = NULL;

  g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", "thomas_test"));
  enter_number (fixture, "thomas_test.left.knee_angle_deg", 50);
  enter_bool (fixture, "thomas_test.left.pain", TRUE);
  enter_number (fixture, "thomas_test.right.knee_angle_deg", 50);
  activate (fixture, "self-test.next");

  assessment = stride_self_test_page_get_assessment (fixture->page);
  g_assert_nonnull (assessment);
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->page), "Kneeling hip flexor stretch"));
  for (guint i = 0; i < assessment->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (assessment->cautions, i);

      if (g_str_equal (entry->caution->id, "front_of_hip_pain"))
        caution = find_row (GTK_WIDGET (fixture->page), entry->caution->text);
    }
  g_assert_nonnull (caution);
  g_test_message ("%s", adw_action_row_get_subtitle (ADW_ACTION_ROW (caution)));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (caution)),
                                   "Left out on your left side, where it hurt: "));
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (caution)),
                                   "Your right side still does Kneeling hip flexor stretch."));
  /* Scrolled to the caution, for a person to look at */
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (caution), GTK_TYPE_SCROLLED_WINDOW);
    graphene_point_t at;

    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (caution), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                             &GRAPHENE_POINT_INIT (0, 0), &at));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), at.y - 200);
    stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  }
  maybe_shoot (GTK_WIDGET (fixture->window), "self-test-painful-side");
}

/* Single-leg stance painful on the side of the left hip, its pelvis dropping: the routine
 * holds back the side-lying work (clamshell and side-lying abduction alike) on the left,
 * and as nothing it leaves out is done on the right, the caution does not say "the right
 * side still does it". */
static void
test_painful_side_nothing_kept (Fixture       *fixture,
                                gconstpointer  data)
{
  StrideAssessment *assessment;
  AdwPreferencesRow *caution = NULL;
  const char *subtitle;

  g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", "single_leg_stance"));
  enter_bool (fixture, "single_leg_stance.left.pelvis_drop", TRUE);
  enter_bool (fixture, "single_leg_stance.left.side_of_hip_pain", TRUE);
  enter_number (fixture, "single_leg_stance.left.seconds", 30);
  enter_number (fixture, "single_leg_stance.right.seconds", 30);
  activate (fixture, "self-test.next");

  assessment = stride_self_test_page_get_assessment (fixture->page);
  g_assert_nonnull (assessment);
  for (guint i = 0; i < assessment->items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (assessment->items, i);

      g_test_message ("routine: %s (sides %d)", item->exercise->id, item->sides);
      g_assert_cmpstr (item->exercise->id, !=, "clamshell");
      g_assert_cmpstr (item->exercise->id, !=, "side_lying_hip_abduction");
    }
  g_assert_null (find_row (GTK_WIDGET (fixture->page), "Clamshell"));
  for (guint i = 0; i < assessment->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (assessment->cautions, i);

      if (g_str_equal (entry->caution->id, "side_of_hip_pain"))
        caution = find_row (GTK_WIDGET (fixture->page), entry->caution->text);
    }
  g_assert_nonnull (caution);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (caution));
  g_test_message ("%s", subtitle);
  g_assert_true (g_str_has_prefix (subtitle, "Left out on your left side, where it hurt: "));
  g_assert_null (strstr (subtitle, "still does"));
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (caution), GTK_TYPE_SCROLLED_WINDOW);
    graphene_point_t at;

    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (caution), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                             &GRAPHENE_POINT_INIT (0, 0), &at));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), at.y - 200);
    stride_test_wait_for_frames (GTK_WIDGET (fixture->window), 2);
  }
  maybe_shoot (GTK_WIDGET (fixture->window), "self-test-painful-side-nothing-kept");
}

/* A number's unit shows once, beside its value, never tacked onto the question. */
static gboolean
has_button_labelled (GtkWidget  *widget,
                     const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_button_labelled (child, label))
      return TRUE;
  return FALSE;
}

static void
test_units_once (Fixture       *fixture,
                 gconstpointer  data)
{
  StrideContent *content = stride_application_get_content (shared_app);
  GPtrArray *tests = stride_content_get_items (content, STRIDE_KIND_TEST);
  guint checked = 0;

  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *test = g_ptr_array_index (tests, i);

      g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", test->id));
      stride_test_drain_events ();
      for (guint f = 0; f < test->fields->len; f++)
        {
          const StrideField *field = g_ptr_array_index (test->fields, f);
          g_autofree char *name = g_strdup_printf ("%s.%s.%s", test->id, test->per_side ? "left" : "none", field->id);
          GtkWidget *row = gtk_widget_get_ancestor (control (fixture, name), ADW_TYPE_ACTION_ROW);
          g_autofree char *unit_name = g_strdup_printf ("%s-unit", name);
          GtkWidget *unit;

          g_assert_nonnull (row);
          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, field->text);
          /* One way to count: the spin button's own +, no "+1" beside it. */
          g_assert_false (has_button_labelled (row, "+1"));
          if (field->kind != STRIDE_FIELD_NUMBER || field->unit == NULL)
            continue;
          unit = find_named (row, unit_name);
          g_assert_nonnull (unit);
          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (unit)), ==, field->unit);
          checked++;
          if (checked == 1 && g_getenv ("STRIDE_TEST_SHOTS") != NULL)
            {
              GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
              GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

              stride_test_drain_events ();
              gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
              maybe_shoot (GTK_WIDGET (fixture->window), "self-test-units");
            }
        }
    }
  g_assert_cmpuint (checked, >, 0);
}

static void
run_straight_leg_raise (Fixture *fixture,
                        double   left,
                        double   right)
{
  g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", "straight_leg_raise"));
  enter_number (fixture, "straight_leg_raise.left.angle_deg", left);
  enter_number (fixture, "straight_leg_raise.right.angle_deg", right);
  activate (fixture, "self-test.next");
  g_assert_null (current (fixture));
}

static void
test_retest (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  AdwPreferencesRow *row;

  g_assert_null (find_row (GTK_WIDGET (fixture->page), "Your Last Self-Test"));
  run_straight_leg_raise (fixture, 70, 85);
  /* Nothing to compare with the first time. */
  g_assert_null (find_row (GTK_WIDGET (fixture->page), "Straight-leg raise · Left side"));

  activate (fixture, "self-test.restart");
  /* The start view says when the last test was. */
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->page), "Your Last Self-Test"));
  run_straight_leg_raise (fixture, 78, 85);
  entries = stride_history_list (fixture->history, STRIDE_HISTORY_SELF_TEST, NULL, NULL);
  g_assert_cmpuint (entries->len, ==, 2);

  /* The left side moved, the right did not. */
  row = find_row (GTK_WIDGET (fixture->page), "Straight-leg raise · Left side");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "70° → 78°"));
  g_assert_null (find_row (GTK_WIDGET (fixture->page), "Straight-leg raise · Right side"));
  maybe_shoot (GTK_WIDGET (fixture->window), "self-test-retest");
}

/* A hip that hardly turns in: see a clinician, and the stretches that could provoke it
 * are left out, with the reason shown. */
static void
test_see_clinician (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *card = find_named (GTK_WIDGET (fixture->page), "see-clinician");
  StrideAssessment *assessment;

  g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", "hip_rotation"));
  enter_number (fixture, "hip_rotation.left.internal_deg", 18);
  enter_number (fixture, "hip_rotation.left.external_deg", 30);
  enter_number (fixture, "hip_rotation.right.internal_deg", 35);
  activate (fixture, "self-test.next");

  g_assert_true (gtk_widget_get_visible (card));
  assessment = stride_self_test_page_get_assessment (fixture->page);
  g_assert_true (assessment->see_clinician);
  g_assert_false (has_item (assessment, "glute_stretch"));
  /* Each caution is shown, in its own words. */
  g_assert_cmpuint (assessment->cautions->len, >, 0);
  for (guint i = 0; i < assessment->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (assessment->cautions, i);
      g_assert_nonnull (find_row (GTK_WIDGET (fixture->page), entry->caution->text));
    }
  maybe_shoot (GTK_WIDGET (fixture->window), "self-test-clinician");

  /* A result that needs no clinician hides the card again. */
  activate (fixture, "self-test.restart");
  run_straight_leg_raise (fixture, 70, 85);
  g_assert_false (gtk_widget_get_visible (card));
}

/* Open the Routine shows the personal routine just saved on its page (the routines page
 * reads it from the app's own history), with its doses and sides and a Start button: it
 * does not start playing. Alt+Left comes back to the results, where you were. */
static void
test_start_routine (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *routines;

  stride_self_test_page_set_history (fixture->page, stride_context_get_history (stride_test_app_context ()));
  run_straight_leg_raise (fixture, 70, 85);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (fixture->page), "start-routine")));

  activate (fixture, "self-test.start-routine");
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "routines");
  routines = stride_window_get_page (fixture->window, "routines");
  g_assert_cmpstr (stride_routines_page_get_view (STRIDE_ROUTINES_PAGE (routines)), ==, "routine");
  g_assert_null (stride_routine_player_get_runner (stride_routines_page_get_player (STRIDE_ROUTINES_PAGE (routines))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL));
  g_assert_cmpstr (stride_window_get_visible_page_name (fixture->window), ==, "self-test");
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (fixture->page), "start-routine")));
}

/* Whether a mapped label under WIDGET starts with TEXT. */
static gboolean
shows_label_starting (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label_starting (child, text))
      return TRUE;
  return FALSE;
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
  /* …and the summary does not praise results nobody gave. */
  g_assert_true (shows_label_starting (GTK_WIDGET (fixture->page), "You skipped every test"));
  g_assert_false (shows_label_starting (GTK_WIDGET (fixture->page), "Nothing stood out"));

  /* Nothing is saved, and the page says so: an empty entry would be the "last test" the
   * next one is compared with. */
  {
    g_autoptr(GPtrArray) saved = stride_history_list (fixture->history, STRIDE_HISTORY_SELF_TEST, NULL, NULL);

    g_assert_cmpuint (saved->len, ==, 0);
  }
  g_assert_true (shows_label_starting (GTK_WIDGET (fixture->page), "Nothing was entered, so nothing was saved"));
}

/* An entry with no result (as an older Stride saved when every test was skipped) is not
 * the "last test" a new one is compared with: there is nothing to compare. */
static void
test_empty_entry_not_compared (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(StrideSelfTestRecord) empty = stride_self_test_record_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) saved = NULL;

  g_assert_nonnull (stride_history_append_self_test (fixture->history, empty, NULL, &error));
  g_assert_no_error (error);

  activate (fixture, "self-test.start-full");
  while (current (fixture) != NULL)
    {
      g_autofree char *test = g_strdup (current (fixture));

      activate (fixture, enter_results (fixture, test) ? "self-test.next" : "self-test.skip");
    }
  g_assert_nonnull (stride_self_test_page_get_assessment (fixture->page));
  g_assert_false (shows_label_starting (GTK_WIDGET (fixture->page), "Since Your Last Test"));
  g_assert_false (shows_label_starting (GTK_WIDGET (fixture->page), "The results you entered in both tests"));
  saved = stride_history_list (fixture->history, STRIDE_HISTORY_SELF_TEST, NULL, NULL);
  g_assert_cmpuint (saved->len, ==, 2);
}

/* A choice the pack has a picture for shows it in its row; "Not checked" shows none. */
static void
test_choice_pictures (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *row;
  GtkWidget *picture;
  GdkPaintable *paintable;

  g_assert_true (stride_page_open (STRIDE_PAGE (fixture->page), "test", "thomas_test"));
  row = control (fixture, "thomas_test.left.thigh");
  stride_test_drain_events ();
  /* Each answer in the list is drawn with its picture. */
  g_assert_nonnull (adw_combo_row_get_list_factory (ADW_COMBO_ROW (row)));
  g_assert_null (find_of_type (row, GTK_TYPE_PICTURE));

  enter_choice (fixture, "thomas_test.left.thigh", 1);
  stride_test_drain_events ();
  picture = find_of_type (row, GTK_TYPE_PICTURE);
  g_assert_nonnull (picture);
  paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  g_assert_nonnull (paintable);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), >, 0);
  g_assert_cmpstr (gtk_picture_get_alternative_text (GTK_PICTURE (picture)), ==, "Above the table");

  enter_choice (fixture, "thomas_test.left.thigh", 0);
  stride_test_drain_events ();
  picture = find_of_type (row, GTK_TYPE_PICTURE);
  g_assert_nonnull (picture);
  g_assert_cmpstr (gtk_picture_get_alternative_text (GTK_PICTURE (picture)), ==, "On the table");
  if (g_getenv ("STRIDE_TEST_SHOTS") != NULL)
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      enter_choice (fixture, "thomas_test.right.thigh", 1);
      stride_test_drain_events ();
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      maybe_shoot (GTK_WIDGET (fixture->window), "self-test-choice-pictures");
    }

  /* Back to "Not checked": no picture. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  stride_test_drain_events ();
  g_assert_null (find_of_type (row, GTK_TYPE_PICTURE));
}

/* Standing already hurts: the guided run goes past the single-leg tests, and the routine
 * has no single-leg exercise. */
static void
test_standing_hurts_skips (Fixture       *fixture,
                           gconstpointer  data)
{
  StrideAssessment *assessment;
  gboolean seen_squat = FALSE, seen_stance = FALSE;

  activate (fixture, "self-test.start-full");
  while (current (fixture) != NULL)
    {
      g_autofree char *test = g_strdup (current (fixture));

      seen_stance |= g_str_equal (test, "single_leg_stance");
      seen_squat |= g_str_equal (test, "single_leg_squat");
      if (g_str_equal (test, "standing_check"))
        {
          enter_bool (fixture, "standing_check.left.standing_hurts", TRUE);
          activate (fixture, "self-test.next");
        }
      else
        activate (fixture, "self-test.skip");
    }
  g_assert_false (seen_stance);
  g_assert_false (seen_squat);

  assessment = stride_self_test_page_get_assessment (fixture->page);
  g_assert_nonnull (assessment);
  g_assert_true (assessment->see_clinician);
  g_assert_false (assessment->maintenance);
  g_assert_false (has_item (assessment, "step_up"));
  g_assert_false (has_item (assessment, "single_leg_rdl"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("stride-self-test-data-XXXXXX", NULL);
  int status;

  /* Never the user's own data, whatever a test does. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shared_app = stride_test_register_app ();

  g_test_add ("/stride/self-test/full-walk", Fixture, NULL, fixture_set_up, test_full_walk, fixture_tear_down);
  g_test_add ("/stride/self-test/back-keeps-values", Fixture, NULL, fixture_set_up, test_back_keeps_values, fixture_tear_down);
  g_test_add ("/stride/self-test/single-and-open", Fixture, NULL, fixture_set_up, test_single_and_open, fixture_tear_down);
  g_test_add ("/stride/self-test/measured-angle-fills-field", Fixture, NULL, fixture_set_up,
              test_measured_angle_fills_field, fixture_tear_down);
  g_test_add ("/stride/self-test/choice-pictures", Fixture, NULL, fixture_set_up, test_choice_pictures, fixture_tear_down);
  g_test_add ("/stride/self-test/retest", Fixture, NULL, fixture_set_up, test_retest, fixture_tear_down);
  g_test_add ("/stride/self-test/see-clinician", Fixture, NULL, fixture_set_up, test_see_clinician, fixture_tear_down);
  g_test_add ("/stride/self-test/painful-side-nothing-kept", Fixture, NULL, fixture_set_up, test_painful_side_nothing_kept,
              fixture_tear_down);
  g_test_add ("/stride/self-test/painful-side-spared", Fixture, NULL, fixture_set_up, test_painful_side_spared,
              fixture_tear_down);
  g_test_add ("/stride/self-test/start-routine", Fixture, NULL, fixture_set_up, test_start_routine, fixture_tear_down);
  g_test_add ("/stride/self-test/narrow-steps-fit", Fixture, NULL, fixture_set_up, test_narrow_steps_fit, fixture_tear_down);
  g_test_add ("/stride/self-test/narrow-results-maps-fit", Fixture, NULL, fixture_set_up, test_narrow_results_maps_fit,
              fixture_tear_down);
  g_test_add ("/stride/self-test/units-once", Fixture, NULL, fixture_set_up, test_units_once, fixture_tear_down);
  g_test_add ("/stride/self-test/standing-hurts-skips", Fixture, NULL, fixture_set_up, test_standing_hurts_skips, fixture_tear_down);
  g_test_add ("/stride/self-test/all-skipped", Fixture, NULL, fixture_set_up, test_all_skipped, fixture_tear_down);
  g_test_add ("/stride/self-test/empty-entry-not-compared", Fixture, NULL, fixture_set_up, test_empty_entry_not_compared, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&shared_app);
  return status;
}
