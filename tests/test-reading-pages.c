/* test-reading-pages.c — the Anatomy and Conditions pages on a (virtual) display
 *
 * The detailed cases run on a small pack written for them (tests/packs/reading); the
 * "every page" cases also run on the bundled pack, so every structure and condition a
 * user can reach is opened at least once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-anatomy-page.h"
#include "stride-application.h"
#include "stride-body-map.h"
#include "stride-body-map-private.h"
#include "stride-conditions-page.h"
#include "stride-window.h"
#include "stride-test-ui.h"

typedef struct
{
  StrideContext *context;   /* the page's own, without an application */
  StrideContent *content;
  GtkWindow     *window;
  StridePage    *page;
} Fixture;

typedef enum
{
  PACK_TEST,
  PACK_BUNDLED,
} Pack;

/* STRIDE_CONTENT_DIR as the test started: the bundled pack in the build dir. */
static char *bundled_dir;

/* A context holding PACK, as the page gets it from the application. */
static void
load_pack (Fixture *fixture,
           Pack     pack)
{
  g_autofree char *dir = NULL;

  if (pack == PACK_TEST)
    dir = g_test_build_filename (G_TEST_DIST, "packs", "reading", NULL);
  else
    dir = g_strdup (bundled_dir);

  fixture->context = stride_test_context_new (dir);
  fixture->content = stride_content_ref (stride_context_get_content (fixture->context));
}

static void
present_sized (Fixture   *fixture,
               GtkWidget *page,
               int        width,
               int        height)
{
  fixture->page = STRIDE_PAGE (page);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, height);
  gtk_window_set_child (fixture->window, page);
  gtk_window_present (fixture->window);
  stride_test_wait_until (stride_test_widget_is_mapped, page);
}

static void
present (Fixture   *fixture,
         GtkWidget *page,
         int        width)
{
  present_sized (fixture, page, width, 800);
}

/* The page as wide and tall as it is in a 1000 × 700 window, beside the sidebar. */
static void
anatomy_small_set_up (Fixture       *fixture,
                      gconstpointer  data)
{
  load_pack (fixture, GPOINTER_TO_INT (data));
  present_sized (fixture, stride_anatomy_page_new (fixture->context), 755, 650);
}

static void
anatomy_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  load_pack (fixture, GPOINTER_TO_INT (data));
  present (fixture, stride_anatomy_page_new (fixture->context), 1280);
}

static void
conditions_set_up (Fixture       *fixture,
                   gconstpointer  data)
{
  load_pack (fixture, GPOINTER_TO_INT (data));
  present (fixture, stride_conditions_page_new (fixture->context), 1280);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  stride_test_drain_events ();
  stride_content_unref (fixture->content);
  g_clear_object (&fixture->context);
}

/* Widget tree helpers */

/* What a user can see: hidden widgets, other stack pages and filtered rows are not. */
static GPtrArray *
find_all (GtkWidget       *root,
          StrideTestMatch  match,
          gconstpointer    data)
{
  return stride_test_find_all (root, STRIDE_TEST_FIND_SHOWN, match, data);
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/* Visible, on the page the user sees: the stack's visible child. */
static GtkWidget *
visible_view (Fixture *fixture)
{
  GtkWidget *stack = adw_bin_get_child (ADW_BIN (fixture->page));

  return gtk_stack_get_visible_child (GTK_STACK (stack));
}

static gboolean
shows_text (Fixture    *fixture,
            const char *text)
{
  g_autoptr(GPtrArray) found = find_all (visible_view (fixture), stride_test_is_label_with_text, text);

  return found->len > 0;
}

static GtkWidget *
find_one (GtkWidget     *root,
          StrideTestMatch  match,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) found = find_all (root, match, data);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static void
assert_link (Fixture    *fixture,
             const char *kind,
             const char *id)
{
  GtkWidget *row = find_one (visible_view (fixture), is_named, id);
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  const char *target_kind, *target_id;

  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "app.launch");
  g_variant_get (target, "(&s&s)", &target_kind, &target_id);
  g_assert_cmpstr (target_kind, ==, kind);
  g_assert_cmpstr (target_id, ==, id);
}

/* Anatomy */

static void
assert_on_map (Fixture *fixture)
{
  g_assert_false (stride_page_get_can_go_back (fixture->page));
  g_assert_cmpstr (stride_page_get_title (fixture->page), ==, "Anatomy");
  g_assert_null (stride_anatomy_page_get_structure (STRIDE_ANATOMY_PAGE (fixture->page)));
}

static void
assert_on_structure (Fixture               *fixture,
                     const StrideStructure *structure)
{
  g_assert_true (stride_page_get_can_go_back (fixture->page));
  g_assert_cmpstr (stride_page_get_title (fixture->page), ==, structure->name);
  g_assert_cmpstr (stride_anatomy_page_get_structure (STRIDE_ANATOMY_PAGE (fixture->page)), ==, structure->id);
  g_assert_true (shows_text (fixture, structure->name));
  g_assert_true (shows_text (fixture, structure->location));
  g_assert_true (shows_text (fixture, structure->action));
  g_assert_true (shows_text (fixture, structure->running));
  g_assert_true (shows_text (fixture, structure->problems));
  g_assert_true (shows_text (fixture, "Where It Is"));
  g_assert_true (shows_text (fixture, "What Goes Wrong"));
}

static void
test_every_structure (Fixture       *fixture,
                      gconstpointer  data)
{
  GPtrArray *structures = stride_content_get_items (fixture->content, STRIDE_KIND_STRUCTURE);
  StrideBodyMap *map = STRIDE_BODY_MAP (find_one (visible_view (fixture), stride_test_is_of_type,
                                                  GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP)));

  g_assert_cmpuint (structures->len, >=, 3);
  for (guint i = 0; i < structures->len; i++)
    {
      const StrideStructure *structure = g_ptr_array_index (structures, i);

      /* A region on the map for each, and a page that opens. */
      g_assert_true (stride_body_map_has_region (map, structure->id));
      g_assert_true (stride_page_open (fixture->page, "structure", structure->id));
      assert_on_structure (fixture, structure);
      stride_page_go_back (fixture->page);
      assert_on_map (fixture);
    }

  g_assert_false (stride_page_open (fixture->page, "structure", "no_such_structure"));
  g_assert_false (stride_page_open (fixture->page, "condition", "itb_syndrome"));
  assert_on_map (fixture);
}

static void
test_structure_links (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_true (stride_page_open (fixture->page, "structure", "gluteus_medius"));

  /* Conditions naming it, exercises targeting it, sources. */
  assert_link (fixture, "condition", "trochanteric_bursitis");
  assert_link (fixture, "condition", "proximal_hamstring_tendinopathy");
  assert_link (fixture, "exercise", "clamshell");
  assert_link (fixture, "exercise", "figure_four_stretch");
  g_assert_true (shows_text (fixture, "Test source for <structures>"));

  /* Plain text stays plain: no markup is read from content. */
  g_assert_true (shows_text (fixture, "When it is weak your pelvis drops & your knee turns in."));

  /* The map shows this structure, marked. */
  {
    StrideBodyMap *map = STRIDE_BODY_MAP (find_one (visible_view (fixture), stride_test_is_of_type,
                                                    GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP)));
    g_assert_cmpstr (stride_body_map_get_mark (map, "gluteus_medius"), ==, STRIDE_BODY_MAP_MARK_HIGHLIGHT);
    g_assert_cmpint (stride_body_map_get_view (map), ==, STRIDE_VIEW_BACK);
  }
}

static void
test_map_opens_structure (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  StrideBodyMap *map = STRIDE_BODY_MAP (find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP)));
  const StrideStructure *structure = stride_content_find_structure (fixture->content, "iliopsoas");

  /* A click on a region is an activation. */
  stride_body_map_activate_region (map, "iliopsoas");
  assert_on_structure (fixture, structure);
  stride_page_go_back (fixture->page);

  /* Keyboard: focus is on the map after going back; Enter opens the focused region. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (map)));
  stride_body_map_set_view (map, STRIDE_VIEW_BACK);
  stride_body_map_set_focus_region (map, "gluteus_medius");
  gtk_widget_activate_action (GTK_WIDGET (map), "body-map.activate-focus", NULL);
  assert_on_structure (fixture, stride_content_find_structure (fixture->content, "gluteus_medius"));
}

static void
test_list_opens_structure (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  GtkWidget *list = find_one (view, stride_test_has_css_class, "boxed-list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1);
  StrideBodyMap *map = STRIDE_BODY_MAP (find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP)));

  /* Every region has a named row, in content order. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Iliopsoas");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 3));

  /* A row for a back-only structure opens it and turns the map around. */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_signal_emit_by_name (list, "row-activated", row);
  assert_on_structure (fixture, stride_content_find_structure (fixture->content, "gluteus_medius"));
  g_assert_cmpint (stride_body_map_get_view (map), ==, STRIDE_VIEW_BACK);

  /* Back to the row it was opened from. */
  stride_page_go_back (fixture->page);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));
}

static void
test_view_switch (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  StrideBodyMap *map = STRIDE_BODY_MAP (find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP)));
  g_autoptr(GPtrArray) toggles = find_all (view, stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_TOGGLE_BUTTON));

  /* Front, Back, Side; then Surface, Deep. */
  g_assert_cmpuint (toggles->len, ==, 5);
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 1), TRUE);
  g_assert_cmpint (stride_body_map_get_view (map), ==, STRIDE_VIEW_BACK);
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 2), TRUE);
  g_assert_cmpint (stride_body_map_get_view (map), ==, STRIDE_VIEW_SIDE);
  stride_body_map_set_view (map, STRIDE_VIEW_FRONT);
  g_assert_true (gtk_toggle_button_get_active (g_ptr_array_index (toggles, 0)));
  g_assert_false (gtk_toggle_button_get_active (g_ptr_array_index (toggles, 2)));

  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 4), TRUE);
  g_assert_cmpint (stride_body_map_get_layer (map), ==, STRIDE_LAYER_DEEP);
  stride_body_map_set_layer (map, STRIDE_LAYER_SUPERFICIAL);
  g_assert_true (gtk_toggle_button_get_active (g_ptr_array_index (toggles, 3)));
}

/* Beside the list, the map column is as tall as the page shows: its map takes the height
 * that the switches above it and the colour key and hint below it leave, so no empty
 * band stays under it (at 1280 × 800 the map stopped 150 px short). */
static void
test_map_fills_page (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  GtkWidget *map = find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP));
  GtkWidget *column = gtk_widget_get_parent (map);
  graphene_rect_t bounds;
  double band;

  stride_test_drain_events ();
  g_assert_true (gtk_widget_compute_bounds (column, GTK_WIDGET (fixture->page), &bounds));
  band = gtk_widget_get_height (GTK_WIDGET (fixture->page)) - (bounds.origin.y + bounds.size.height);
  g_test_message ("page %d px tall, map %d px, %.0f px under the map's column",
                  gtk_widget_get_height (GTK_WIDGET (fixture->page)), gtk_widget_get_height (map), band);
  /* The layout's bottom margin (24 px), and a few pixels of rounding. */
  g_assert_cmpfloat (band, >=, 0);
  g_assert_cmpfloat (band, <=, 24 + 8);
}

static double
y_of (GtkWidget *widget,
      GtkWidget *page)
{
  graphene_point_t at;

  g_assert_true (gtk_widget_compute_point (widget, page, &GRAPHENE_POINT_INIT (0, 0), &at));
  return at.y;
}

/* Arrowed onto a region, its name shows under the map, where the hint was (only the
 * pointer has a tooltip), and the map stays where it was. Focus gone from the map, the
 * hint is back. */
static void
test_map_keyboard_names (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  GtkWidget *map = find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP));
  GtkWidget *column = gtk_widget_get_parent (map);
  const StrideStructure *structure;
  double map_y;

  stride_test_wait_for_frames (map, 3);
  map_y = y_of (map, GTK_WIDGET (fixture->page));
  gtk_window_set_focus (fixture->window, NULL);
  g_assert_true (gtk_widget_child_focus (map, GTK_DIR_TAB_FORWARD));
  /* Tabbed in: the first region's name at once (it showed only after an arrow key) */
  structure = stride_content_find_structure (fixture->content, stride_body_map_get_focus_region (STRIDE_BODY_MAP (map)));
  g_assert_nonnull (structure);
  stride_test_wait_for_frames (map, 3);
  g_assert_nonnull (stride_test_find_first (column, STRIDE_TEST_FIND_MAPPED, stride_test_is_label_with_text, structure->name));

  g_assert_true (gtk_widget_activate_action (map, "body-map.move-focus", "i", GTK_DIR_DOWN));
  structure = stride_content_find_structure (fixture->content, stride_body_map_get_focus_region (STRIDE_BODY_MAP (map)));
  g_assert_nonnull (structure);
  stride_test_wait_for_frames (map, 3);

  g_test_message ("focus on %s", structure->name);
  g_assert_nonnull (stride_test_find_first (column, STRIDE_TEST_FIND_MAPPED, stride_test_is_label_with_text, structure->name));
  g_assert_cmpfloat (y_of (map, GTK_WIDGET (fixture->page)), ==, map_y);
  gtk_window_set_focus (fixture->window, NULL);
  stride_test_wait_for_frames (map, 3);
  g_assert_null (stride_test_find_first (column, STRIDE_TEST_FIND_MAPPED, stride_test_is_label_with_text, structure->name));
  g_assert_cmpfloat (y_of (map, GTK_WIDGET (fixture->page)), ==, map_y);
}

static gboolean
is_toggle_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static double
x_of (Fixture    *fixture,
      GtkWidget  *widget)
{
  graphene_point_t at;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (fixture->page), &GRAPHENE_POINT_INIT (0, 0), &at));
  return at.x;
}

/* Lets a few frames pass: the map fits its height at one layout and the page lays out
 * again at the next. */
static void
settle (Fixture *fixture)
{
  stride_test_wait_for_frames (GTK_WIDGET (fixture->page), 3);
}

static const char *
focus_description (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing";
}

/* The map is one stop in the Tab order: Tab from it goes on to the list beside it, and
 * Shift+Tab from there comes back (the colour key under the map took four Tabs unseen,
 * its hidden cells holding the focus, and never let it reach the list). */
static void
test_map_tab_leaves (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  GtkWidget *map = find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP));
  GtkWidget *list = find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX));
  GtkWidget *focus;

  settle (fixture);
  g_assert_true (gtk_widget_grab_focus (map));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_test_message ("Tab from the map: the focus is on %s", focus_description (fixture));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, list));
  g_assert_true (gtk_widget_get_mapped (focus));

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_BACKWARD));
  g_test_message ("Shift+Tab from the list: the focus is on %s", focus_description (fixture));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == map);
}

static graphene_rect_t
bounds_in_page (Fixture   *fixture,
                GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (fixture->page), &bounds));
  return bounds;
}

static gboolean
is_toggle (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget);
}

/* Nothing moves as the view or the layer changes: not the map, not the five switches
 * above it, not the list beside it (Deep widened the list from 225 to 297 px, moved the
 * switches 36 px and resized the figure, and a click where Side had been missed). */
static void
test_layout_stays (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  g_autoptr(GPtrArray) toggles = find_all (view, is_toggle, NULL);
  GtkWidget *map = find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP));
  GtkWidget *list = find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX));
  GArray *first = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  GPtrArray *watched = g_ptr_array_new ();

  g_assert_cmpuint (toggles->len, ==, 5);
  g_ptr_array_extend (watched, toggles, NULL, NULL);
  g_ptr_array_add (watched, map);
  g_ptr_array_add (watched, list);
  settle (fixture);
  for (guint i = 0; i < watched->len; i++)
    {
      graphene_rect_t bounds = bounds_in_page (fixture, g_ptr_array_index (watched, i));
      g_array_append_val (first, bounds);
    }
  g_test_message ("map %.0f × %.0f at %.0f, %.0f; list %.0f wide", g_array_index (first, graphene_rect_t, 5).size.width,
                  g_array_index (first, graphene_rect_t, 5).size.height, g_array_index (first, graphene_rect_t, 5).origin.x,
                  g_array_index (first, graphene_rect_t, 5).origin.y, g_array_index (first, graphene_rect_t, 6).size.width);

  for (StrideView v = STRIDE_VIEW_FRONT; v <= STRIDE_VIEW_SIDE; v++)
    for (StrideLayer l = STRIDE_LAYER_SUPERFICIAL; l <= STRIDE_LAYER_DEEP; l++)
      {
        stride_body_map_set_view (STRIDE_BODY_MAP (map), v);
        stride_body_map_set_layer (STRIDE_BODY_MAP (map), l);
        settle (fixture);
        for (guint i = 0; i < watched->len; i++)
          {
            graphene_rect_t now = bounds_in_page (fixture, g_ptr_array_index (watched, i));
            graphene_rect_t was = g_array_index (first, graphene_rect_t, i);

            if (!graphene_rect_equal (&now, &was))
              g_error ("view %d, layer %d: the %s moved from %.0f × %.0f at %.0f, %.0f to %.0f × %.0f at %.0f, %.0f",
                       v, l, G_OBJECT_TYPE_NAME (g_ptr_array_index (watched, i)), was.size.width, was.size.height,
                       was.origin.x, was.origin.y, now.size.width, now.size.height, now.origin.x, now.origin.y);
          }
      }

  g_array_unref (first);
  g_ptr_array_unref (watched);
}

/* The window drawn as on screen; free with g_free(). Each pixel is 4 bytes, a row 4 × width. */
static guchar *
render_window (Fixture *fixture,
               int     *width,
               int     *height)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels;

  *width = gtk_widget_get_width (window);
  *height = gtk_widget_get_height (window);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, *width * 4);
  return pixels;
}

static guint32
pixel_at (const guchar *pixels,
          int           width,
          GtkWidget    *map,
          GtkWidget    *window,
          double        x,
          double        y)
{
  graphene_point_t at;
  guint32 pixel;

  g_assert_true (gtk_widget_compute_point (map, window, &GRAPHENE_POINT_INIT (x, y), &at));
  memcpy (&pixel, pixels + ((int) at.y * width + (int) at.x) * 4, 4);
  return pixel;
}

/* The plates behind the landmarks' labels are the page's colour, in light and dark: they
 * showed as white boxes on the light page, darker ones on the dark page, one running past
 * its text. */
static void
test_label_plates_match_page (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  GtkWidget *map = find_one (view, stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP));
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autoptr(GArray) plates = NULL;
      g_autofree guchar *pixels = NULL;
      guint32 page;
      int width, height;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      settle (fixture);
      plates = stride_body_map_dup_label_plates (STRIDE_BODY_MAP (map));
      g_assert_cmpuint (plates->len, >, 0);
      pixels = render_window (fixture, &width, &height);
      page = pixel_at (pixels, width, map, GTK_WIDGET (fixture->window), 1, 1);
      for (guint i = 0; i < plates->len; i++)
        {
          const graphene_rect_t *plate = &g_array_index (plates, graphene_rect_t, i);
          guint32 left = pixel_at (pixels, width, map, GTK_WIDGET (fixture->window), plate->origin.x + 1, plate->origin.y + 1);
          guint32 right = pixel_at (pixels, width, map, GTK_WIDGET (fixture->window),
                                    plate->origin.x + plate->size.width - 1, plate->origin.y + 1);

          g_test_message ("%s: plate %u at %.0f, %.0f: %08x %08x, the page %08x", dark ? "dark" : "light", i,
                          plate->origin.x, plate->origin.y, left, right, page);
          g_assert_cmphex (left, ==, page);
          g_assert_cmphex (right, ==, page);
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Switching views and layers keeps the switches where they are: the next click lands on
 * the button the runner aims at (the map's width in each view moved them 40 px, and a
 * click on Back after Deep landed on Side). A scroll bar coming or going may move them a
 * little. */
static void
test_switches_stay (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *view = visible_view (fixture);
  static const char * const clicks[] = { "_Deep", "_Back", "S_urface", "_Side", "_Deep", "_Front", "S_urface" };
  GtkWidget *front = find_one (view, is_toggle_labelled, "_Front");
  double first;

  settle (fixture);
  first = x_of (fixture, front);
  for (guint i = 0; i < G_N_ELEMENTS (clicks); i++)
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_one (view, is_toggle_labelled, clicks[i])), TRUE);
      settle (fixture);
      g_test_message ("after %s the Front button is at x = %.0f (first %.0f)", clicks[i], x_of (fixture, front), first);
      g_assert_cmpfloat (fabs (x_of (fixture, front) - first), <=, 16);
    }
}

/* Conditions */

static void
assert_on_list (Fixture *fixture)
{
  g_assert_false (stride_page_get_can_go_back (fixture->page));
  g_assert_cmpstr (stride_page_get_title (fixture->page), ==, "Conditions");
  g_assert_null (stride_conditions_page_get_condition (STRIDE_CONDITIONS_PAGE (fixture->page)));
}

static void
assert_on_condition (Fixture               *fixture,
                     const StrideCondition *condition)
{
  g_autoptr(GPtrArray) cards = NULL;

  g_assert_true (stride_page_get_can_go_back (fixture->page));
  g_assert_cmpstr (stride_page_get_title (fixture->page), ==, condition->name);
  g_assert_cmpstr (stride_conditions_page_get_condition (STRIDE_CONDITIONS_PAGE (fixture->page)), ==, condition->id);
  g_assert_true (shows_text (fixture, condition->name));
  g_assert_true (shows_text (fixture, condition->where));
  g_assert_true (shows_text (fixture, condition->feels));
  g_assert_true (shows_text (fixture, condition->who));
  for (guint i = 0; condition->self_care[i] != NULL; i++)
    g_assert_true (shows_text (fixture, condition->self_care[i]));
  for (guint i = 0; condition->see_clinician[i] != NULL; i++)
    g_assert_true (shows_text (fixture, condition->see_clinician[i]));
  g_assert_true (shows_text (fixture, "Where It Hurts"));
  g_assert_true (shows_text (fixture, "What You Can Do"));

  /* When to see a clinician comes first, straight under the heading. */
  cards = find_all (visible_view (fixture), stride_test_has_css_class, "stride-condition-clinician");
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (cards, 0), "stride-urgent") == condition->always_red_flag);
  g_assert_null (gtk_widget_get_prev_sibling (gtk_widget_get_prev_sibling (g_ptr_array_index (cards, 0))));
}

static void
test_every_condition (Fixture       *fixture,
                      gconstpointer  data)
{
  GPtrArray *conditions = stride_content_get_items (fixture->content, STRIDE_KIND_CONDITION);

  g_assert_cmpuint (conditions->len, >=, 3);
  for (guint i = 0; i < conditions->len; i++)
    {
      const StrideCondition *condition = g_ptr_array_index (conditions, i);

      g_assert_true (stride_page_open (fixture->page, "condition", condition->id));
      assert_on_condition (fixture, condition);
      stride_page_go_back (fixture->page);
      assert_on_list (fixture);
    }

  g_assert_false (stride_page_open (fixture->page, "condition", "no_such_condition"));
  g_assert_false (stride_page_open (fixture->page, "structure", "hip_joint"));
  assert_on_list (fixture);
}

static GtkListBoxRow *
find_condition_row (Fixture    *fixture,
                    const char *id)
{
  return GTK_LIST_BOX_ROW (find_one (visible_view (fixture), is_named, id));
}

static void
test_list_opens_condition (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkListBoxRow *row = find_condition_row (fixture, "proximal_hamstring_tendinopathy");

  g_assert_true (shows_text (fixture, "Buttock and Lower Back"));
  g_assert_true (shows_text (fixture, "Side of the Hip"));
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  assert_on_condition (fixture, stride_content_find_condition (fixture->content, "proximal_hamstring_tendinopathy"));
  stride_page_go_back (fixture->page);
  assert_on_list (fixture);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));
}

static guint
count_visible_rows (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = find_all (visible_view (fixture), stride_test_is_of_type, GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));

  return rows->len;
}

static void
search (Fixture    *fixture,
        const char *text)
{
  GtkWidget *entry = find_one (GTK_WIDGET (fixture->page), stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* "search-changed" is delayed; send it now. */
  g_signal_emit_by_name (entry, "search-changed");
}

/* The first condition row a reader sees, top to bottom. */
static const char *
nth_visible_condition (Fixture *fixture,
                       guint    n)
{
  g_autoptr(GPtrArray) lists = find_all (visible_view (fixture), stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX));

  for (guint i = 0; i < lists->len; i++)
    {
      GtkListBox *list = g_ptr_array_index (lists, i);

      if (!gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (list))))
        continue;
      for (guint r = 0; gtk_list_box_get_row_at_index (list, r) != NULL; r++)
        {
          GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, r));

          if (gtk_widget_get_child_visible (row) && n-- == 0)
            return gtk_widget_get_name (row);
        }
    }
  return NULL;
}

static const char *
first_visible_condition (Fixture *fixture)
{
  return nth_visible_condition (fixture, 0);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  const struct {
    const char *text;
    guint       rows;      /* 0 for "any" */
    const char *first;
  } cases[] = {
    { "", 3, NULL },
    { "gluteal", 0, "trochanteric_bursitis" },        /* also called */
    { "TROCHANTERIC", 0, "trochanteric_bursitis" },   /* name, any case */
    { "thigh bone", 0, "femoral_neck_stress_fracture" },   /* summary */
    { "tendon sit zzz", 0, "proximal_hamstring_tendinopathy" }, /* any word; the most first */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      search (fixture, cases[i].text);
      if (cases[i].rows > 0)
        g_assert_cmpuint (count_visible_rows (fixture), ==, cases[i].rows);
      if (cases[i].first != NULL)
        g_assert_cmpstr (first_visible_condition (fixture), ==, cases[i].first);
      g_assert_false (shows_text (fixture, "No Matching Conditions"));
    }

  /* With nothing found the page says so. */
  search (fixture, "zzz");
  g_assert_cmpuint (count_visible_rows (fixture), ==, 0);
  g_assert_true (shows_text (fixture, "No Matching Conditions"));
}

/* On the bundled pack, a runner's own words find the two knee conditions first. */
static void
test_search_ranks (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *first;

  search (fixture, "knee pain running downhill");
  first = first_visible_condition (fixture);
  g_assert_true (g_str_equal (first, "itb_syndrome") || g_str_equal (first, "runners_knee"));
  g_assert_true (g_str_equal (nth_visible_condition (fixture, 1), "itb_syndrome") ||
                 g_str_equal (nth_visible_condition (fixture, 1), "runners_knee"));
  g_assert_cmpstr (first, !=, nth_visible_condition (fixture, 1));
  search (fixture, "kneecap pain stairs");
  g_assert_cmpstr (first_visible_condition (fixture), ==, "runners_knee");

  /* A red-flag condition's summary shows whole: it ends with "Always treat this as urgent". */
  search (fixture, "");
  g_assert_cmpint (adw_action_row_get_subtitle_lines (ADW_ACTION_ROW (find_condition_row (fixture, "femoral_neck_stress_fracture"))), ==, 0);
}

/* The search entry hears the page's keys; Return on a focused condition row opens that
 * row, not the search's best match. */
static void
test_return_opens_focused_row (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *entry = find_one (GTK_WIDGET (fixture->page), stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  const char *second;

  search (fixture, "");
  second = nth_visible_condition (fixture, 1);
  g_assert_cmpstr (second, !=, first_visible_condition (fixture));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (find_condition_row (fixture, second))));
  g_signal_emit_by_name (entry, "activate");
  assert_on_condition (fixture, stride_content_find_condition (fixture->content, second));
}

/* The widget holding the keyboard focus is NAME or inside it. */
static gboolean
focus_is_in_named (Fixture    *fixture,
                   const char *name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (g_strcmp0 (gtk_widget_get_name (focus), name) == 0)
      return TRUE;
  return FALSE;
}

/* A condition opened from the keyboard: Tab goes through its links in reading order,
 * the first exercise first (the stack had put the focus on it unseen, so the first Tab
 * went to the second). */
static void
test_condition_tab_order (Fixture       *fixture,
                          gconstpointer  data)
{
  const StrideCondition *condition = stride_content_find_condition (fixture->content, "hip_flexor_pain");
  GtkListBoxRow *row = find_condition_row (fixture, "hip_flexor_pain");
  g_autoptr(GSimpleActionGroup) app = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) launch = g_simple_action_new ("launch", G_VARIANT_TYPE ("(ss)"));

  /* The links launch through the application's action: without it they are insensitive. */
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (launch));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "app", G_ACTION_GROUP (app));
  g_assert_nonnull (condition);
  g_assert_cmpuint (g_strv_length (condition->exercises_do), >=, 2);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  assert_on_condition (fixture, condition);
  stride_test_wait_for_frames (GTK_WIDGET (fixture->page), 2);
  g_test_message ("opened: the focus is on a %s", G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (fixture->window))));

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
      g_test_message ("Tab %u: the focus is on a %s named %s (%s)", i + 1, focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing",
                      focus != NULL ? gtk_widget_get_name (focus) : "",
                      ADW_IS_PREFERENCES_ROW (focus) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (focus)) : "");
      g_assert_true (focus_is_in_named (fixture, condition->exercises_do[i]));
    }
}

/* Ctrl+F (the page's focus-search action), even from a condition's page, puts the
 * keyboard in the search entry. */
static void
test_ctrl_f (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *entry = find_one (GTK_WIDGET (fixture->page), stride_test_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  GtkWidget *focus;

  g_assert_true (stride_page_open (fixture->page, "condition", "trochanteric_bursitis"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "conditions.focus-search", NULL));
  assert_on_list (fixture);
  focus = gtk_root_get_focus (gtk_widget_get_root (entry));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static StrideBodyMap *
find_map (GPtrArray  *maps,
          StrideView  view)
{
  for (guint i = 0; i < maps->len; i++)
    if (stride_body_map_get_view (g_ptr_array_index (maps, i)) == view)
      return g_ptr_array_index (maps, i);

  return NULL;
}

static void
test_condition_marks (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) maps = NULL;
  StrideBodyMap *back;

  /* Side of the hip is drawn in both views: a map for each, the region marked as pain. */
  g_assert_true (stride_page_open (fixture->page, "condition", "trochanteric_bursitis"));
  maps = find_all (visible_view (fixture), stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP));
  g_assert_cmpuint (maps->len, ==, 2);
  for (guint i = 0; i < maps->len; i++)
    {
      g_auto(GStrv) ids = stride_body_map_dup_region_ids (g_ptr_array_index (maps, i));
      g_assert_cmpstr (ids[0], ==, "side_of_hip");
      g_assert_null (ids[1]);
      g_assert_cmpstr (stride_body_map_get_mark (g_ptr_array_index (maps, i), "side_of_hip"), ==, "pain");
    }
  g_clear_pointer (&maps, g_ptr_array_unref);

  /* Sit bone is on the back only; the outer knee has no shape and is left out. */
  g_assert_true (stride_page_open (fixture->page, "condition", "proximal_hamstring_tendinopathy"));
  maps = find_all (visible_view (fixture), stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP));
  g_assert_cmpuint (maps->len, ==, 1);
  back = find_map (maps, STRIDE_VIEW_BACK);
  g_assert_nonnull (back);
  g_assert_cmpstr (stride_body_map_get_mark (back, "sit_bone"), ==, "pain");
  g_assert_false (stride_body_map_has_region (back, "outer_knee"));
}

/* Pixels of region ID as MAP draws it now, in its view and layer. */
static guint
drawn_pixels (StrideBodyMap *map,
              const char    *id)
{
  int width = gtk_widget_get_width (GTK_WIDGET (map));
  int height = gtk_widget_get_height (GTK_WIDGET (map));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  cairo_t *cr = cairo_create (surface);
  Transform t = _stride_body_map_get_transform (map);
  const guchar *data;
  int stride;
  guint count = 0;

  if (!stride_body_map_region_shown (map, id))
    return 0;

  cairo_translate (cr, t.dx, t.dy);
  cairo_scale (cr, t.scale, t.scale);
  stride_body_map_trace_region (map, cr, id);
  cairo_fill (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (data[y * stride + x] >= 128)
        count++;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return count;
}

/* Gluteus minimus lies under medius. Its page's pictures showed only the back, where a
 * physiotherapist found it a 1-2 px speck while the text says it ends on the front of the
 * trochanter: it is now drawn from the side, in the deep layer, where it is whole. */
static void
test_deep_structure_picture (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) maps = NULL;
  StrideBodyMap *side;
  guint most = 0;

  g_assert_true (stride_page_open (fixture->page, "structure", "gluteus_minimus"));
  maps = find_all (visible_view (fixture), stride_test_is_of_type, GSIZE_TO_POINTER (STRIDE_TYPE_BODY_MAP));
  g_assert_cmpuint (maps->len, >, 0);
  stride_test_wait_for_frames (g_ptr_array_index (maps, 0), 3);

  side = find_map (maps, STRIDE_VIEW_SIDE);
  g_assert_nonnull (side);
  g_assert_cmpint (stride_body_map_get_layer (side), ==, STRIDE_LAYER_DEEP);
  g_assert_true (shows_text (fixture, "From the side"));
  for (guint i = 0; i < maps->len; i++)
    {
      guint pixels = drawn_pixels (g_ptr_array_index (maps, i), "gluteus_minimus");

      g_test_message ("picture %u (view %d): gluteus minimus covers %u px", i,
                      stride_body_map_get_view (g_ptr_array_index (maps, i)), pixels);
      most = MAX (most, pixels);
    }
  g_assert_cmpuint (most, >=, 80);
}

static void
test_condition_links (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_true (stride_page_open (fixture->page, "condition", "trochanteric_bursitis"));

  assert_link (fixture, "exercise", "clamshell");
  assert_link (fixture, "exercise", "figure_four_stretch");
  assert_link (fixture, "structure", "gluteus_medius");
  g_assert_true (shows_text (fixture, "Exercises to Avoid"));
  g_assert_true (shows_text (fixture, "Also called Greater trochanteric pain syndrome, Gluteal tendinopathy"));
  /* Content markup is shown as the text it is. */
  g_assert_true (shows_text (fixture, "Crossing your legs <b>bold</b>"));
  g_assert_true (shows_text (fixture, "Stride informs; it does not diagnose. If you are not sure what is wrong, "
                                      "or it is getting worse, see a doctor or physiotherapist."));

  /* A condition that is always a red flag says so first. */
  g_assert_true (stride_page_open (fixture->page, "condition", "femoral_neck_stress_fracture"));
  g_assert_true (shows_text (fixture, "Stop Running and See a Clinician"));
}

/* In the app: deep links through "app.launch", links between the pages, the back button */

static StrideApplication *shared_app;

static void
app_set_up (Fixture       *fixture,
            gconstpointer  data)
{
  fixture->content = stride_content_ref (stride_application_get_content (shared_app));
  fixture->window = GTK_WINDOW (stride_window_new (shared_app));
  gtk_window_set_default_size (fixture->window, 1280, 800);
  gtk_window_present (fixture->window);
  stride_test_wait_until (stride_test_widget_is_mapped, fixture->window);
}

static void
launch (const char *kind,
        const char *id)
{
  g_action_group_activate_action (G_ACTION_GROUP (shared_app), "launch", g_variant_new ("(ss)", kind, id));
  stride_test_drain_events ();
}

static void
test_app_deep_links (Fixture       *fixture,
                     gconstpointer  data)
{
  StrideWindow *window = STRIDE_WINDOW (fixture->window);
  StrideConditionsPage *conditions = STRIDE_CONDITIONS_PAGE (stride_window_get_page (window, "conditions"));
  StrideAnatomyPage *anatomy = STRIDE_ANATOMY_PAGE (stride_window_get_page (window, "anatomy"));
  GtkWidget *row;

  /* stride --condition=ID */
  launch ("condition", "trochanteric_bursitis");
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "conditions");
  g_assert_cmpstr (stride_conditions_page_get_condition (conditions), ==, "trochanteric_bursitis");

  /* A related structure's row opens its page on the Anatomy page. */
  fixture->page = STRIDE_PAGE (conditions);
  row = find_one (visible_view (fixture), is_named, "gluteus_medius");
  gtk_widget_activate (row);
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "anatomy");
  g_assert_cmpstr (stride_anatomy_page_get_structure (anatomy), ==, "gluteus_medius");

  /* And a condition's row on that page opens the condition again. */
  fixture->page = STRIDE_PAGE (anatomy);
  gtk_widget_activate (find_one (visible_view (fixture), is_named, "proximal_hamstring_tendinopathy"));
  stride_test_drain_events ();
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "conditions");
  g_assert_cmpstr (stride_conditions_page_get_condition (conditions), ==, "proximal_hamstring_tendinopathy");

  /* The window's back button steps back inside the page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_null (stride_conditions_page_get_condition (conditions));
  g_assert_cmpstr (stride_page_get_title (STRIDE_PAGE (conditions)), ==, "Conditions");

  /* An unknown id leaves the page as it was. */
  launch ("structure", "no_such_structure");
  g_assert_cmpstr (stride_window_get_visible_page_name (window), ==, "anatomy");
  g_assert_cmpstr (stride_anatomy_page_get_structure (anatomy), ==, "gluteus_medius");
}

static void
app_tear_down (Fixture       *fixture,
               gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  stride_test_drain_events ();
  stride_content_unref (fixture->content);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *pack = NULL;
  g_autofree char *data_home = NULL;
  int status;

  /* Before GTK starts: GLib keeps the first user data directory it is asked for, so a
   * later XDG_DATA_HOME would leave the runner's own packs and history in the test. */
  data_home = stride_test_use_private_data_dir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  bundled_dir = g_strdup (stride_content_get_bundled_dir ());

  /* The app reads the test pack, and no user pack from the real data dir. */
  pack = g_test_build_filename (G_TEST_DIST, "packs", "reading", NULL);
  g_setenv ("STRIDE_CONTENT_DIR", pack, TRUE);
  shared_app = stride_application_new ();
  g_application_set_flags (G_APPLICATION (shared_app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (shared_app), NULL, NULL))
    g_error ("Could not register the application");

#define ADD(path, pack, set_up, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (pack), set_up, func, fixture_tear_down)
  ADD ("/stride/reading/anatomy/every-structure", PACK_TEST, anatomy_set_up, test_every_structure);
  ADD ("/stride/reading/anatomy/structure-links", PACK_TEST, anatomy_set_up, test_structure_links);
  ADD ("/stride/reading/anatomy/map-opens-structure", PACK_TEST, anatomy_set_up, test_map_opens_structure);
  ADD ("/stride/reading/anatomy/list-opens-structure", PACK_TEST, anatomy_set_up, test_list_opens_structure);
  ADD ("/stride/reading/anatomy/view-switch", PACK_TEST, anatomy_set_up, test_view_switch);
  ADD ("/stride/reading/conditions/every-condition", PACK_TEST, conditions_set_up, test_every_condition);
  ADD ("/stride/reading/conditions/list-opens-condition", PACK_TEST, conditions_set_up, test_list_opens_condition);
  ADD ("/stride/reading/conditions/search", PACK_TEST, conditions_set_up, test_search);
  ADD ("/stride/reading/conditions/return-opens-focused-row", PACK_TEST, conditions_set_up, test_return_opens_focused_row);
  ADD ("/stride/reading/conditions/marks", PACK_TEST, conditions_set_up, test_condition_marks);
  ADD ("/stride/reading/conditions/links", PACK_TEST, conditions_set_up, test_condition_links);
  ADD ("/stride/reading/bundled/every-structure", PACK_BUNDLED, anatomy_set_up, test_every_structure);
  ADD ("/stride/reading/bundled/anatomy-map-fills-page", PACK_BUNDLED, anatomy_set_up, test_map_fills_page);
  ADD ("/stride/reading/bundled/anatomy-map-keyboard-names", PACK_BUNDLED, anatomy_set_up, test_map_keyboard_names);
  ADD ("/stride/reading/bundled/anatomy-switches-stay", PACK_BUNDLED, anatomy_set_up, test_switches_stay);
  ADD ("/stride/reading/bundled/anatomy-layout-stays", PACK_BUNDLED, anatomy_small_set_up, test_layout_stays);
  ADD ("/stride/reading/bundled/anatomy-layout-stays-wide", PACK_BUNDLED, anatomy_set_up, test_layout_stays);
  ADD ("/stride/reading/bundled/anatomy-label-plates", PACK_BUNDLED, anatomy_set_up, test_label_plates_match_page);
  ADD ("/stride/reading/bundled/anatomy-map-tab-leaves", PACK_BUNDLED, anatomy_set_up, test_map_tab_leaves);
  ADD ("/stride/reading/bundled/deep-structure-picture", PACK_BUNDLED, anatomy_set_up, test_deep_structure_picture);
  ADD ("/stride/reading/bundled/every-condition", PACK_BUNDLED, conditions_set_up, test_every_condition);
  ADD ("/stride/reading/bundled/search-ranks", PACK_BUNDLED, conditions_set_up, test_search_ranks);
  ADD ("/stride/reading/bundled/condition-tab-order", PACK_BUNDLED, conditions_set_up, test_condition_tab_order);
  ADD ("/stride/reading/conditions/ctrl-f", PACK_TEST, conditions_set_up, test_ctrl_f);
  g_test_add ("/stride/reading/app/deep-links", Fixture, NULL, app_set_up, test_app_deep_links, app_tear_down);
#undef ADD

  status = g_test_run ();
  g_clear_object (&shared_app);
  stride_test_remove_tree (data_home);
  g_free (bundled_dir);
  return status;
}
