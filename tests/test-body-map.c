/* test-body-map.c — the body map widget: regions, selection, marks, keyboard, region list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "stride-body-map.h"
#include "stride-test-ui.h"

typedef struct
{
  GtkWindow     *window;
  StrideBodyMap *map;
  GtkWidget     *list;
  GPtrArray     *activated;     /* char*: ids of "region-activated" */
  guint          selected_notifies;
} Fixture;

static gboolean
widget_has_size (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static void
shape_free (gpointer data)
{
  StrideShape *shape = data;

  g_array_unref (shape->points);
  g_free (shape);
}

/* A shape from a flat list of coordinates, ended by a negative number. */
static StrideShape *
shape_new (StrideView  view,
           gboolean    mirror,
           const double *xy)
{
  StrideShape *shape = g_new0 (StrideShape, 1);

  shape->view = view;
  shape->mirror = mirror;
  shape->points = g_array_new (FALSE, FALSE, sizeof (StridePoint));
  for (guint i = 0; xy[i] >= 0; i += 2)
    {
      StridePoint point = { xy[i], xy[i + 1] };
      g_array_append_val (shape->points, point);
    }

  return shape;
}

/* Three regions: "side" on both views (mirrored), "buttock" on the back only (mirrored),
 * "groin" on the front only, left side. */
static void
add_regions (StrideBodyMap *map)
{
  static const double side[] = { 24, 24, 30, 24, 30, 34, 25, 34, -1 };
  static const double buttock[] = { 30, 20, 48, 22, 47, 44, 31, 42, -1 };
  static const double groin[] = { 36, 32, 46, 38, 44, 44, 38, 38, -1 };
  g_autoptr(GPtrArray) side_shapes = g_ptr_array_new_with_free_func (shape_free);
  g_autoptr(GPtrArray) buttock_shapes = g_ptr_array_new_with_free_func (shape_free);
  g_autoptr(GPtrArray) groin_shapes = g_ptr_array_new_with_free_func (shape_free);

  g_ptr_array_add (side_shapes, shape_new (STRIDE_VIEW_FRONT, TRUE, side));
  g_ptr_array_add (side_shapes, shape_new (STRIDE_VIEW_BACK, TRUE, side));
  g_ptr_array_add (buttock_shapes, shape_new (STRIDE_VIEW_BACK, TRUE, buttock));
  g_ptr_array_add (groin_shapes, shape_new (STRIDE_VIEW_FRONT, FALSE, groin));

  stride_body_map_add_region (map, "side", "Side of the hip", side_shapes);
  stride_body_map_add_region (map, "buttock", "Buttock", buttock_shapes);
  stride_body_map_add_region (map, "groin", "Groin", groin_shapes);
}

static void
region_activated_cb (StrideBodyMap *map,
                     const char    *id,
                     Fixture       *fixture)
{
  g_ptr_array_add (fixture->activated, g_strdup (id));
}

static void
selected_notify_cb (StrideBodyMap *map,
                    GParamSpec    *pspec,
                    Fixture       *fixture)
{
  fixture->selected_notifies++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  fixture->activated = g_ptr_array_new_with_free_func (g_free);
  fixture->map = STRIDE_BODY_MAP (stride_body_map_new ());
  add_regions (fixture->map);
  fixture->list = stride_body_map_create_region_list (fixture->map);
  gtk_widget_set_size_request (GTK_WIDGET (fixture->map), 300, 500);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->map));
  gtk_box_append (GTK_BOX (box), fixture->list);

  g_signal_connect (fixture->map, "region-activated", G_CALLBACK (region_activated_cb), fixture);
  g_signal_connect (fixture->map, "notify::selected", G_CALLBACK (selected_notify_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (fixture->window, box);
  gtk_window_present (fixture->window);
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->map);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_ptr_array_unref (fixture->activated);
}

static void
assert_selected (StrideBodyMap *map,
                 const char    *expected)
{
  g_auto(GStrv) selected = stride_body_map_dup_selected (map);
  g_autofree char *joined = g_strjoinv (",", selected);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_regions (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(GStrv) ids = stride_body_map_dup_region_ids (fixture->map);
  const char * const expected[] = { "side", "buttock", "groin", NULL };

  g_assert_true (g_strv_equal ((const char * const *) ids, expected));
  g_assert_true (stride_body_map_region_in_view (fixture->map, "side", STRIDE_VIEW_FRONT));
  g_assert_true (stride_body_map_region_in_view (fixture->map, "side", STRIDE_VIEW_BACK));
  g_assert_false (stride_body_map_region_in_view (fixture->map, "buttock", STRIDE_VIEW_FRONT));
  g_assert_false (stride_body_map_region_in_view (fixture->map, "groin", STRIDE_VIEW_BACK));
  g_assert_cmpstr (stride_body_map_get_region_name (fixture->map, "groin"), ==, "Groin");
  g_assert_null (stride_body_map_get_region_name (fixture->map, "knee"));
}

static void
test_activate_none (Fixture       *fixture,
                    gconstpointer  data)
{
  stride_body_map_activate_region (fixture->map, "groin");

  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "groin");
  assert_selected (fixture->map, "");
  g_assert_cmpuint (fixture->selected_notifies, ==, 0);

  /* A back-only region brings the back view. */
  stride_body_map_activate_region (fixture->map, "buttock");
  g_assert_cmpint (stride_body_map_get_view (fixture->map), ==, STRIDE_VIEW_BACK);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 1), ==, "buttock");
}

static void
test_selection_multiple (Fixture       *fixture,
                         gconstpointer  data)
{
  stride_body_map_set_selection_mode (fixture->map, STRIDE_BODY_MAP_SELECTION_MULTIPLE);

  stride_body_map_activate_region (fixture->map, "groin");
  stride_body_map_activate_region (fixture->map, "side");
  assert_selected (fixture->map, "side,groin");
  g_assert_cmpuint (fixture->selected_notifies, ==, 2);

  stride_body_map_activate_region (fixture->map, "groin");
  assert_selected (fixture->map, "side");
  g_assert_cmpuint (fixture->selected_notifies, ==, 3);

  /* No notify when nothing changes. */
  stride_body_map_select_region (fixture->map, "side", TRUE);
  g_assert_cmpuint (fixture->selected_notifies, ==, 3);
}

static void
test_selection_single (Fixture       *fixture,
                       gconstpointer  data)
{
  const char * const both[] = { "groin", "side", NULL };

  stride_body_map_set_selection_mode (fixture->map, STRIDE_BODY_MAP_SELECTION_SINGLE);
  stride_body_map_activate_region (fixture->map, "groin");
  stride_body_map_activate_region (fixture->map, "side");
  assert_selected (fixture->map, "side");

  stride_body_map_set_selected (fixture->map, both);
  assert_selected (fixture->map, "groin");
}

static void
test_marks (Fixture       *fixture,
            gconstpointer  data)
{
  stride_body_map_set_mark (fixture->map, "side", STRIDE_BODY_MAP_MARK_PAIN);
  stride_body_map_set_mark (fixture->map, "knee", STRIDE_BODY_MAP_MARK_PAIN);
  g_assert_cmpstr (stride_body_map_get_mark (fixture->map, "side"), ==, "pain");
  g_assert_null (stride_body_map_get_mark (fixture->map, "groin"));
  g_assert_null (stride_body_map_get_mark (fixture->map, "knee"));

  stride_body_map_clear_marks (fixture->map);
  g_assert_null (stride_body_map_get_mark (fixture->map, "side"));
}

static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  /* Key bindings run as widget actions: what a key press triggers. */
  if (keyval == GDK_KEY_Return)
    gtk_widget_activate_action (widget, "body-map.activate-focus", NULL);
  else
    gtk_widget_activate_action (widget, "body-map.move-focus", "i",
                                keyval == GDK_KEY_Down ? GTK_DIR_DOWN :
                                keyval == GDK_KEY_Up ? GTK_DIR_UP :
                                keyval == GDK_KEY_Left ? GTK_DIR_LEFT : GTK_DIR_RIGHT);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *map = GTK_WIDGET (fixture->map);

  /* Tab into the map: the first region in reading order (the side of the hip, higher up). */
  gtk_window_set_focus (fixture->window, NULL);
  g_assert_true (gtk_widget_child_focus (map, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (map));
  g_assert_cmpstr (stride_body_map_get_focus_region (fixture->map), ==, "side");

  press_key (map, GDK_KEY_Down);
  g_assert_cmpstr (stride_body_map_get_focus_region (fixture->map), ==, "groin");
  press_key (map, GDK_KEY_Return);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "groin");

  /* Tab past the last region leaves the map. */
  g_assert_false (gtk_widget_child_focus (map, GTK_DIR_TAB_FORWARD));

  /* The back view has its own regions. */
  stride_body_map_set_view (fixture->map, STRIDE_VIEW_BACK);
  stride_body_map_set_focus_region (fixture->map, "side");
  press_key (map, GDK_KEY_Right);
  g_assert_cmpstr (stride_body_map_get_focus_region (fixture->map), ==, "buttock");
}

static void
test_region_list (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (fixture->list);
  GtkListBoxRow *row;
  GtkWidget *check;

  row = gtk_list_box_get_row_at_index (list, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Groin");
  g_assert_null (gtk_list_box_get_row_at_index (list, 3));
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "groin");

  /* In a selection mode each row's check button follows the map, both ways. */
  stride_body_map_set_selection_mode (fixture->map, STRIDE_BODY_MAP_SELECTION_MULTIPLE);
  row = gtk_list_box_get_row_at_index (list, 0);
  check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  stride_body_map_select_region (fixture->map, "side", TRUE);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_false (stride_body_map_is_selected (fixture->map, "side"));
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 1), ==, "side");

  /* New regions show up as rows. */
  stride_body_map_remove_all_regions (fixture->map);
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *dir = g_getenv ("STRIDE_TEST_SCREENSHOTS");
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;

  stride_body_map_set_mark (fixture->map, "side", STRIDE_BODY_MAP_MARK_PAIN);
  stride_body_map_set_mark (fixture->map, "groin", STRIDE_BODY_MAP_MARK_HIGHLIGHT);
  stride_test_wait_until (widget_has_size, fixture->map);
  GTK_WIDGET_GET_CLASS (fixture->map)->snapshot (GTK_WIDGET (fixture->map), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  if (dir == NULL)
    return;
  renderer = gtk_native_get_renderer (GTK_NATIVE (fixture->window));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, 300, 500));
  path = g_build_filename (dir, "body-map.png", NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/stride/body-map/regions", test_regions);
  ADD ("/stride/body-map/activate-none", test_activate_none);
  ADD ("/stride/body-map/selection-multiple", test_selection_multiple);
  ADD ("/stride/body-map/selection-single", test_selection_single);
  ADD ("/stride/body-map/marks", test_marks);
  ADD ("/stride/body-map/keyboard", test_keyboard);
  ADD ("/stride/body-map/region-list", test_region_list);
  ADD ("/stride/body-map/screenshot", test_screenshot);
#undef ADD

  return g_test_run ();
}
