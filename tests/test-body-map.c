/* test-body-map.c — the body map widget: regions, selection, marks, keyboard, region list;
 * the bundled anatomy and pain places: inside the silhouette, apart within a layer,
 * reachable by the arrow keys; the bony landmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stride-body-atlas.h"
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

/* The bundled pack's anatomy and pain places, as the Anatomy page and the symptom checker
 * put them on their maps. */

static StrideContent *
load_bundled (void)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  const char *dir = g_getenv ("STRIDE_CONTENT_DIR");
  StrideContent *content;

  g_assert_nonnull (dir);
  content = stride_content_load_pack (dir, errors);
  for (guint i = 0; i < errors->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (errors, i));
  g_assert_nonnull (content);
  return content;
}

static StrideBodyMap *
anatomy_map (StrideContent *content)
{
  StrideBodyMap *map = STRIDE_BODY_MAP (g_object_ref_sink (stride_body_map_new ()));
  GPtrArray *structures = stride_content_get_items (content, STRIDE_KIND_STRUCTURE);

  for (guint i = 0; i < structures->len; i++)
    {
      const StrideStructure *structure = g_ptr_array_index (structures, i);

      stride_body_map_add_region (map, structure->id, structure->name, structure->shapes);
      stride_body_map_set_region_kind (map, structure->id, structure->kind);
    }
  return map;
}

static StrideBodyMap *
places_map (StrideContent *content)
{
  StrideBodyMap *map = STRIDE_BODY_MAP (g_object_ref_sink (stride_body_map_new ()));
  const StrideQuestion *location = stride_content_find_question (content, "location");

  g_assert_nonnull (location);
  for (guint a = 0; a < location->answers->len; a++)
    {
      const StrideAnswer *answer = g_ptr_array_index (location->answers, a);

      stride_body_map_add_region (map, answer->id, answer->text, answer->shapes);
    }
  return map;
}

#define RASTER_SCALE 6        /* pixels per box unit: 600 × 600 */
#define RASTER_SIZE  (100 * RASTER_SCALE)

/* A context to trace a path on in box units, for mask_fill. */
static cairo_t *
mask_begin (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, RASTER_SIZE, RASTER_SIZE);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  cairo_scale (cr, RASTER_SCALE, RASTER_SCALE);
  return cr;
}

/* The path traced on CR (from mask_begin, which this ends) as a byte per pixel (255
 * inside). */
static guchar *
mask_fill (cairo_t *cr)
{
  cairo_surface_t *surface = cairo_get_target (cr);
  int stride = cairo_image_surface_get_stride (surface);
  guchar *mask = g_malloc (RASTER_SIZE * RASTER_SIZE);

  cairo_fill (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < RASTER_SIZE; y++)
    memcpy (mask + y * RASTER_SIZE, cairo_image_surface_get_data (surface) + y * stride, RASTER_SIZE);
  cairo_destroy (cr);
  return mask;
}

/* A mask of region ID as MAP traces it in its view and layer (NULL: the silhouette). */
static guchar *
rasterise (StrideBodyMap *map,
           const char    *id)
{
  cairo_t *cr = mask_begin ();

  if (id != NULL)
    stride_body_map_trace_region (map, cr, id);
  else
    stride_body_map_trace_silhouette (map, cr);
  return mask_fill (cr);
}

/* Pixels (more than half covered) inside A and, per INSIDE_B, inside or outside B. */
static guint
count_pixels (const guchar *a,
              const guchar *b,
              gboolean      inside_b)
{
  guint count = 0;

  for (guint i = 0; i < RASTER_SIZE * RASTER_SIZE; i++)
    if (a[i] >= 128 && (b[i] >= 128) == inside_b)
      count++;
  return count;
}

static void
assert_inside_and_apart (StrideBodyMap *map,
                         const char    *what)
{
  static const StrideView views[] = { STRIDE_VIEW_FRONT, STRIDE_VIEW_BACK, STRIDE_VIEW_SIDE };
  static const StrideLayer layers[] = { STRIDE_LAYER_SUPERFICIAL, STRIDE_LAYER_DEEP };
  g_auto(GStrv) ids = stride_body_map_dup_region_ids (map);
  guint drawn = 0;

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
      {
        g_autoptr(GPtrArray) masks = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GPtrArray) shown = g_ptr_array_new ();
        g_autofree guchar *silhouette = NULL;

        stride_body_map_set_view (map, views[v]);
        stride_body_map_set_layer (map, layers[l]);
        silhouette = rasterise (map, NULL);
        g_assert_cmpuint (count_pixels (silhouette, silhouette, TRUE), >, RASTER_SIZE * RASTER_SIZE / 10);

        for (guint i = 0; ids[i] != NULL; i++)
          if (stride_body_map_region_shown (map, ids[i]))
            {
              guchar *mask = rasterise (map, ids[i]);
              guint outside = count_pixels (mask, silhouette, FALSE);

              if (outside > 0)
                g_error ("%s: %s spills %u pixels outside the silhouette in view %u, layer %u",
                         what, ids[i], outside, views[v], layers[l]);
              g_assert_cmpuint (count_pixels (mask, mask, TRUE), >, 0);
              g_ptr_array_add (masks, mask);
              g_ptr_array_add (shown, ids[i]);
              drawn++;
            }

        for (guint i = 0; i < masks->len; i++)
          for (guint j = i + 1; j < masks->len; j++)
            {
              guint overlap = count_pixels (g_ptr_array_index (masks, i), g_ptr_array_index (masks, j), TRUE);

              if (overlap > 0)
                g_error ("%s: %s and %s overlap by %u pixels in view %u, layer %u", what,
                         (char *) g_ptr_array_index (shown, i), (char *) g_ptr_array_index (shown, j),
                         overlap, views[v], layers[l]);
            }
      }

  g_assert_cmpuint (drawn, >=, g_strv_length (ids));
}

static void
test_bundled_inside_and_apart (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) anatomy = anatomy_map (content);
  g_autoptr(StrideBodyMap) places = places_map (content);

  assert_inside_and_apart (anatomy, "anatomy");
  assert_inside_and_apart (places, "pain map");
}

/* The deep muscles the issue names lie in the deep layer, the surface ones on top, and the
 * views and layers together show every structure. */
static void
test_bundled_layers (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);
  static const char * const deep[] = { "gluteus_medius", "gluteus_minimus", "piriformis", "iliopsoas" };
  static const char * const surface[] = { "gluteus_maximus", "tfl" };

  stride_body_map_set_view (map, STRIDE_VIEW_BACK);
  stride_body_map_set_layer (map, STRIDE_LAYER_DEEP);
  for (guint i = 0; i < G_N_ELEMENTS (deep) - 1; i++)
    g_assert_true (stride_body_map_region_shown (map, deep[i]));
  g_assert_false (stride_body_map_region_shown (map, "gluteus_maximus"));
  stride_body_map_set_layer (map, STRIDE_LAYER_SUPERFICIAL);
  g_assert_true (stride_body_map_region_shown (map, "gluteus_maximus"));
  g_assert_false (stride_body_map_region_shown (map, "gluteus_minimus"));
  g_assert_false (stride_body_map_region_shown (map, "piriformis"));

  stride_body_map_set_view (map, STRIDE_VIEW_FRONT);
  g_assert_true (stride_body_map_region_shown (map, "tfl"));
  g_assert_false (stride_body_map_region_shown (map, "iliopsoas"));
  for (guint i = 0; i < G_N_ELEMENTS (surface); i++)
    g_assert_true (stride_body_map_region_in_view (map, surface[i], STRIDE_VIEW_SIDE));

  /* Opening a region from the list shows a view and layer where it can be seen. */
  stride_body_map_activate_region (map, "iliopsoas");
  g_assert_cmpint (stride_body_map_get_layer (map), ==, STRIDE_LAYER_DEEP);
  g_assert_true (stride_body_map_region_shown (map, "iliopsoas"));
  stride_body_map_activate_region (map, "piriformis");
  g_assert_true (stride_body_map_region_shown (map, "piriformis"));
}

/* From any region of a view and layer, the arrow keys reach every other one, and each has
 * a name to announce. */
static void
assert_arrows_reach_all (StrideBodyMap *map,
                         const char    *what)
{
  static const StrideView views[] = { STRIDE_VIEW_FRONT, STRIDE_VIEW_BACK, STRIDE_VIEW_SIDE };
  static const StrideLayer layers[] = { STRIDE_LAYER_SUPERFICIAL, STRIDE_LAYER_DEEP };
  static const GtkDirectionType directions[] = { GTK_DIR_UP, GTK_DIR_DOWN, GTK_DIR_LEFT, GTK_DIR_RIGHT };
  g_auto(GStrv) ids = stride_body_map_dup_region_ids (map);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
      {
        g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);
        g_autoptr(GPtrArray) queue = g_ptr_array_new ();
        guint shown = 0;

        stride_body_map_set_view (map, views[v]);
        stride_body_map_set_layer (map, layers[l]);
        for (guint i = 0; ids[i] != NULL; i++)
          if (stride_body_map_region_shown (map, ids[i]))
            {
              const char *name = stride_body_map_get_region_name (map, ids[i]);

              g_assert_true (name != NULL && name[0] != '\0' && strchr (name, '_') == NULL);
              if (shown++ == 0)
                {
                  g_hash_table_add (reached, ids[i]);
                  g_ptr_array_add (queue, ids[i]);
                }
            }

        for (guint q = 0; q < queue->len; q++)
          for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
            {
              const char *next;

              stride_body_map_set_focus_region (map, g_ptr_array_index (queue, q));
              gtk_widget_activate_action (GTK_WIDGET (map), "body-map.move-focus", "i", directions[d]);
              next = stride_body_map_get_focus_region (map);
              g_assert_nonnull (next);
              g_assert_true (stride_body_map_region_shown (map, next));
              if (!g_hash_table_contains (reached, next))
                {
                  char *id = (char *) next;
                  for (guint i = 0; ids[i] != NULL; i++)
                    if (g_str_equal (ids[i], next))
                      id = ids[i];
                  g_hash_table_add (reached, id);
                  g_ptr_array_add (queue, id);
                }
            }

        if (g_hash_table_size (reached) != shown)
          g_error ("%s: the arrow keys reach %u of the %u regions in view %u, layer %u",
                   what, g_hash_table_size (reached), shown, views[v], layers[l]);
      }
}

static void
test_bundled_arrows (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) anatomy = anatomy_map (content);
  g_autoptr(StrideBodyMap) places = places_map (content);

  assert_arrows_reach_all (anatomy, "anatomy");
  assert_arrows_reach_all (places, "pain map");
}

/* The bony landmarks a runner uses to find their way, drawn and named in each view, and
 * only those the view can show: the pubic symphysis lies on the midline at the front, out
 * of sight from the side (the side view marked it on the front of the thigh). */
static void
test_landmarks (void)
{
  g_autoptr(StrideBodyMap) map = STRIDE_BODY_MAP (g_object_ref_sink (stride_body_map_new ()));
  static const struct { StrideView view; const char *ids; const char *hidden; } expected[] = {
    { STRIDE_VIEW_FRONT, "iliac_crest asis greater_trochanter pubic_symphysis pubic_tubercle", "sacrum psis ischial_tuberosity" },
    { STRIDE_VIEW_BACK, "iliac_crest sacrum psis greater_trochanter ischial_tuberosity", "asis pubic_symphysis pubic_tubercle" },
    { STRIDE_VIEW_SIDE, "iliac_crest asis greater_trochanter ischial_tuberosity sacrum", "pubic_symphysis pubic_tubercle psis" },
  };

  for (guint v = 0; v < G_N_ELEMENTS (expected); v++)
    {
      g_auto(GStrv) wanted = g_strsplit (expected[v].ids, " ", -1);
      g_auto(GStrv) unseen = g_strsplit (expected[v].hidden, " ", -1);
      g_auto(GStrv) drawn = NULL;

      stride_body_map_set_view (map, expected[v].view);
      drawn = stride_body_map_dup_landmarks (map);
      for (guint i = 0; wanted[i] != NULL; i++)
        {
          g_assert_true (g_strv_contains ((const char * const *) drawn, wanted[i]));
          g_assert_nonnull (stride_body_map_get_landmark_name (wanted[i]));
        }
      for (guint i = 0; unseen[i] != NULL; i++)
        if (g_strv_contains ((const char * const *) drawn, unseen[i]))
          g_error ("view %d draws %s, which it cannot show", expected[v].view, unseen[i]);
    }

  g_assert_cmpstr (stride_body_map_get_landmark_name ("greater_trochanter"), ==, "Greater trochanter");
  g_assert_null (stride_body_map_get_landmark_name ("navel"));
}

/* The anatomy a physiotherapist checks on the bundled map. Geometry is in the 100 × 100
 * box; the side view shows the right side of the body, its front to the right. */

static const StrideShape *
structure_shape (StrideContent *content,
                 const char    *id,
                 StrideView     view,
                 StrideLayer    layer)
{
  const StrideStructure *structure = stride_content_find_structure (content, id);

  g_assert_nonnull (structure);
  for (guint i = 0; i < structure->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (structure->shapes, i);

      if (shape->view == view && shape->layer == layer)
        return shape;
    }

  return NULL;
}

static StridePoint
shape_centroid (const StrideShape *shape)
{
  StridePoint centre = { 0, 0 };

  for (guint i = 0; i < shape->points->len; i++)
    {
      centre.x += g_array_index (shape->points, StridePoint, i).x / shape->points->len;
      centre.y += g_array_index (shape->points, StridePoint, i).y / shape->points->len;
    }
  return centre;
}

static double
shape_area (const StrideShape *shape)
{
  double twice = 0;

  for (guint i = 0; i < shape->points->len; i++)
    {
      StridePoint a = g_array_index (shape->points, StridePoint, i);
      StridePoint b = g_array_index (shape->points, StridePoint, (i + 1) % shape->points->len);
      twice += a.x * b.y - b.x * a.y;
    }
  return fabs (twice) / 2;
}

/* The nearest point of SHAPE to POINT, in box units. */
static double
shape_distance (const StrideShape *shape,
                StridePoint        point)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < shape->points->len; i++)
    {
      StridePoint p = g_array_index (shape->points, StridePoint, i);
      best = MIN (best, hypot (p.x - point.x, p.y - point.y));
    }
  return best;
}

/* The landmark ID of VIEW as the atlas draws it (the copy without a mirror, which lies on
 * the left of the front and back views). */
static StridePoint
landmark_point (const char *id,
                StrideView  view)
{
  GPtrArray *landmarks = stride_body_atlas_get_landmarks (view);

  for (guint i = 0; i < landmarks->len; i++)
    {
      const StrideAtlasLandmark *landmark = g_ptr_array_index (landmarks, i);

      if (g_str_equal (landmark->id, id) && landmark->label)
        return landmark->point;
    }

  g_error ("no landmark %s in view %u", id, view);
}

/* Whether the closed curve through POINTS, as the map draws it, covers POINT. */
static gboolean
curve_contains (GArray      *points,
                StridePoint  point)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  gboolean inside;

  stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) points->data, points->len, TRUE, TRUE);
  inside = cairo_in_fill (cr, point.x, point.y);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return inside;
}

static gboolean
shape_contains (const StrideShape *shape,
                StridePoint        point)
{
  return curve_contains (shape->points, point);
}

/* The point of POINTS lowest on the map (largest y). */
static StridePoint
lowest_point (GArray *points)
{
  StridePoint lowest = g_array_index (points, StridePoint, 0);

  for (guint i = 1; i < points->len; i++)
    if (g_array_index (points, StridePoint, i).y > lowest.y)
      lowest = g_array_index (points, StridePoint, i);
  return lowest;
}

/* The point of POINTS highest on the map (smallest y). */
static StridePoint
highest_point (GArray *points)
{
  StridePoint highest = g_array_index (points, StridePoint, 0);

  for (guint i = 1; i < points->len; i++)
    if (g_array_index (points, StridePoint, i).y < highest.y)
      highest = g_array_index (points, StridePoint, i);
  return highest;
}

/* The bone of VIEW the map draws over POINT (the topmost, as bones are drawn back to
 * front): the femur under its shaft, the shin under its shaft… */
static const StrideAtlasBone *
atlas_bone_at (StrideView  view,
               StridePoint point)
{
  GPtrArray *bones = stride_body_atlas_get_bones (view);
  const StrideAtlasBone *found = NULL;

  for (guint i = 0; i < bones->len; i++)
    {
      const StrideAtlasBone *bone = g_ptr_array_index (bones, i);

      if (curve_contains (bone->points, point))
        found = bone;
    }

  g_assert_nonnull (found);
  return found;
}

/* Gluteus minimus lies under medius: in the side view it is the smaller muscle, in front
 * of medius, reaching the front of the greater trochanter. From behind (a physiotherapist's
 * review: it was a 2 cm sliver attached to no bone, ending 3 cm short of the trochanter) it
 * is a fan from the outer ilium just above the greater sciatic notch, below medius and
 * above piriformis, to the trochanter. */
static void
test_bundled_gluteus_minimus (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideShape *medius = structure_shape (content, "gluteus_medius", STRIDE_VIEW_SIDE, STRIDE_LAYER_DEEP);
  const StrideShape *minimus = structure_shape (content, "gluteus_minimus", STRIDE_VIEW_SIDE, STRIDE_LAYER_DEEP);
  const StrideShape *medius_back = structure_shape (content, "gluteus_medius", STRIDE_VIEW_BACK, STRIDE_LAYER_DEEP);
  const StrideShape *minimus_back = structure_shape (content, "gluteus_minimus", STRIDE_VIEW_BACK, STRIDE_LAYER_DEEP);
  StridePoint trochanter = landmark_point ("greater_trochanter", STRIDE_VIEW_SIDE);
  double lowest_x = 0, lowest_y = 0;

  g_assert_nonnull (medius);
  g_assert_nonnull (minimus);
  g_assert_cmpfloat (shape_centroid (minimus).x, >, shape_centroid (medius).x + 2);
  g_assert_cmpfloat (shape_area (minimus), <, shape_area (medius) / 2);

  /* Its insertion, the lowest point, is in front of the trochanter and close to it. */
  for (guint i = 0; i < minimus->points->len; i++)
    if (g_array_index (minimus->points, StridePoint, i).y > lowest_y)
      {
        lowest_x = g_array_index (minimus->points, StridePoint, i).x;
        lowest_y = g_array_index (minimus->points, StridePoint, i).y;
      }
  g_assert_cmpfloat (lowest_x, >, trochanter.x);
  g_assert_cmpfloat (hypot (lowest_x - trochanter.x, lowest_y - trochanter.y), <, 4);

  g_assert_nonnull (medius_back);
  g_assert_nonnull (minimus_back);
  {
    const StrideAtlasBone *hip_bone = atlas_bone_at (STRIDE_VIEW_BACK, (StridePoint) { 37, 18 });
    const StrideAtlasBone *femur = atlas_bone_at (STRIDE_VIEW_BACK, (StridePoint) { 37, 60 });
    StridePoint back_trochanter = landmark_point ("greater_trochanter", STRIDE_VIEW_BACK);
    StridePoint origin = g_array_index (minimus_back->points, StridePoint, 0);
    StridePoint insertion = origin;

    /* The picture's left hip: the origin is the innermost point, the insertion the outermost. */
    for (guint i = 1; i < minimus_back->points->len; i++)
      {
        StridePoint p = g_array_index (minimus_back->points, StridePoint, i);

        if (p.x > origin.x)
          origin = p;
        if (p.x < insertion.x)
          insertion = p;
      }
    g_test_message ("gluteus minimus from behind: %.1f, %.1f to %.1f, %.1f, area %.1f (medius %.1f)",
                    origin.x, origin.y, insertion.x, insertion.y, shape_area (minimus_back),
                    shape_area (medius_back));
    g_assert_true (curve_contains (hip_bone->points, origin));
    g_assert_true (curve_contains (femur->points, insertion));
    g_assert_cmpfloat (hypot (insertion.x - back_trochanter.x, insertion.y - back_trochanter.y), <, 1.5);
    g_assert_cmpfloat (origin.x - insertion.x, >, 10);
    g_assert_cmpfloat (shape_area (minimus_back), >, shape_area (medius_back) / 8);
    g_assert_cmpfloat (shape_area (minimus_back), <, shape_area (medius_back) / 2);
  }

  /* Gluteus medius starts along the posterior gluteal line, a few centimetres in front of
   * the PSIS (from behind, further out), not on it (a physiotherapist's review: it reached
   * 1.2 units from the marker). */
  g_test_message ("gluteus medius, deep, from behind: %.1f units from the PSIS",
                  shape_distance (medius_back, landmark_point ("psis", STRIDE_VIEW_BACK)));
  g_assert_cmpfloat (shape_distance (medius_back, landmark_point ("psis", STRIDE_VIEW_BACK)), >, 3);
}

/* TFL starts at the ASIS and leaves the greater trochanter's marker uncovered; the IT band
 * is part of the same region in every view where it is seen. */
static void
test_bundled_tfl (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideStructure *tfl = stride_content_find_structure (content, "tfl");
  static const StrideView views[] = { STRIDE_VIEW_FRONT, STRIDE_VIEW_SIDE };
  StridePoint trochanter = landmark_point ("greater_trochanter", STRIDE_VIEW_FRONT);
  const StrideShape *belly = structure_shape (content, "tfl", STRIDE_VIEW_FRONT, STRIDE_LAYER_SUPERFICIAL);
  guint bands[3] = { 0, 0, 0 };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const StrideShape *shape = structure_shape (content, "tfl", views[v], STRIDE_LAYER_SUPERFICIAL);

      g_assert_nonnull (shape);
      g_assert_cmpfloat (shape_distance (shape, landmark_point ("asis", views[v])), <, 1.5);
    }

  /* The marker's ring (radius 0.75) and a little room around it lie outside the belly. */
  for (guint i = 0; i < 16; i++)
    {
      double angle = i * G_PI / 8;
      StridePoint ring = { trochanter.x + 1.0 * cos (angle), trochanter.y + 1.0 * sin (angle) };

      g_assert_false (shape_contains (belly, ring));
    }
  g_assert_false (shape_contains (belly, trochanter));

  /* The band: a long shape (over 30 units) in the front, back and side views. */
  for (guint i = 0; i < tfl->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (tfl->shapes, i);
      double top = G_MAXDOUBLE, bottom = 0;

      for (guint j = 0; j < shape->points->len; j++)
        {
          top = MIN (top, g_array_index (shape->points, StridePoint, j).y);
          bottom = MAX (bottom, g_array_index (shape->points, StridePoint, j).y);
        }
      if (bottom - top > 30)
        bands[shape->view]++;
    }
  g_assert_cmpuint (bands[STRIDE_VIEW_FRONT], ==, 1);
  g_assert_cmpuint (bands[STRIDE_VIEW_BACK], ==, 1);
  g_assert_cmpuint (bands[STRIDE_VIEW_SIDE], ==, 1);

  /* From behind, on the page of its own where no other muscle is drawn, the band starts at
   * the hip, beside gluteus maximus over the greater trochanter, not in mid-air half way
   * down the thigh (a physiotherapist's review: it started at y 43.4). */
  {
    const StrideShape *back = structure_shape (content, "tfl", STRIDE_VIEW_BACK, STRIDE_LAYER_SUPERFICIAL);

    g_assert_nonnull (back);
    g_assert_cmpfloat (highest_point (back->points).y, <, landmark_point ("greater_trochanter", STRIDE_VIEW_BACK).y);
  }
}

/* In the side view the sacrum is marked where it is felt: on the back outline, between the
 * level of the iliac crest and the top of the buttock cleft. */
static void
test_side_sacrum (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  StridePoint sacrum = landmark_point ("sacrum", STRIDE_VIEW_SIDE);
  StridePoint crest = landmark_point ("iliac_crest", STRIDE_VIEW_SIDE);
  StridePoint sit_bone = landmark_point ("ischial_tuberosity", STRIDE_VIEW_SIDE);
  double to_outline = 0;

  stride_body_atlas_trace_silhouette (cr, STRIDE_VIEW_SIDE);
  g_assert_true (cairo_in_fill (cr, sacrum.x, sacrum.y));
  while (cairo_in_fill (cr, sacrum.x - to_outline, sacrum.y))
    to_outline += 0.1;
  g_assert_cmpfloat (to_outline, <, 2.0);
  g_assert_cmpfloat (sacrum.y, >, crest.y);
  g_assert_cmpfloat (sacrum.y, <, crest.y + (sit_bone.y - crest.y) / 2);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The hip joint is round (from the front, the iliopsoas tendon covers its inner part: the
 * joint's outline is the rest of a disc); the lower abdominal wall is drawn as the inguinal
 * ligament and the canal (no muscle fibres). */
static void
test_bundled_front_of_hip (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideShape *side = structure_shape (content, "hip_joint", STRIDE_VIEW_SIDE, STRIDE_LAYER_DEEP);
  const StrideShape *front = structure_shape (content, "hip_joint", STRIDE_VIEW_FRONT, STRIDE_LAYER_DEEP);
  const StrideStructure *wall = stride_content_find_structure (content, "abdominal_wall");
  double x0 = G_MAXDOUBLE, x1 = 0, y0 = G_MAXDOUBLE, y1 = 0;
  StridePoint head;
  double radius;

  g_assert_nonnull (side);
  for (guint i = 0; i < side->points->len; i++)
    {
      StridePoint p = g_array_index (side->points, StridePoint, i);
      x0 = MIN (x0, p.x), x1 = MAX (x1, p.x), y0 = MIN (y0, p.y), y1 = MAX (y1, p.y);
    }
  g_assert_cmpfloat ((y1 - y0) / (x1 - x0), <, 1.2);
  g_assert_cmpfloat ((y1 - y0) / (x1 - x0), >, 0.83);

  /* From the front: the femoral head's disc is as tall as the joint, its outer edge the
   * joint's outer edge, and every point of the joint lies on or in it. */
  g_assert_nonnull (front);
  x0 = G_MAXDOUBLE, x1 = 0, y0 = G_MAXDOUBLE, y1 = 0;
  for (guint i = 0; i < front->points->len; i++)
    {
      StridePoint p = g_array_index (front->points, StridePoint, i);
      x0 = MIN (x0, p.x), x1 = MAX (x1, p.x), y0 = MIN (y0, p.y), y1 = MAX (y1, p.y);
    }
  radius = (y1 - y0) / 2;
  head = (StridePoint) { x0 + radius, (y0 + y1) / 2 };
  for (guint i = 0; i < front->points->len; i++)
    {
      StridePoint p = g_array_index (front->points, StridePoint, i);
      g_assert_cmpfloat (hypot (p.x - head.x, p.y - head.y), <=, radius + 0.2);
    }
  g_assert_cmpfloat (radius, >, 2.0);

  g_assert_nonnull (wall);
  for (guint i = 0; i < wall->shapes->len; i++)
    g_assert_cmpuint (((const StrideShape *) g_ptr_array_index (wall->shapes, i))->n_fibres, ==, 0);
}

/* The middle of SHAPE's run across the row Y (x from 20 to 80), or -1 if it has none. */
static double
row_middle (const StrideShape *shape,
            double             y)
{
  double first = -1, last = -1;

  for (double x = 20; x <= 80; x += 0.05)
    if (shape_contains (shape, (StridePoint) { x, y }))
      {
        if (first < 0)
          first = x;
        last = x;
      }

  return first < 0 ? -1 : (first + last) / 2;
}

/* Side view, surface: the IT band passes over the greater trochanter (its top is above the
 * marker) and gluteus maximus runs into it down the whole side of the hip, no more than a
 * unit of gap between them (a physiotherapist's review: the band started just below the
 * trochanter and the oval of maximus stopped about 1 cm short of it). */
static void
test_bundled_side_it_band_top (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideShape *band = NULL;
  const StrideShape *maximus = structure_shape (content, "gluteus_maximus", STRIDE_VIEW_SIDE, STRIDE_LAYER_SUPERFICIAL);
  const StrideStructure *tfl = stride_content_find_structure (content, "tfl");
  StridePoint trochanter = landmark_point ("greater_trochanter", STRIDE_VIEW_SIDE);

  /* The band is the longer of TFL's two side shapes. */
  for (guint i = 0; i < tfl->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (tfl->shapes, i);

      if (shape->view == STRIDE_VIEW_SIDE &&
          (band == NULL || lowest_point (shape->points).y > lowest_point (band->points).y))
        band = shape;
    }
  g_assert_nonnull (band);
  g_assert_nonnull (maximus);
  g_assert_cmpfloat (highest_point (band->points).y, <, trochanter.y - 1);

  for (double y = trochanter.y; y <= 44; y += 1)
    {
      double maximus_front = -1, band_back = -1;

      for (double x = 40; x <= 58; x += 0.05)
        {
          if (shape_contains (maximus, (StridePoint) { x, y }))
            maximus_front = x;
          if (band_back < 0 && shape_contains (band, (StridePoint) { x, y }))
            band_back = x;
        }
      g_test_message ("side, y %.1f: maximus ends at x %.2f, the IT band starts at %.2f", y, maximus_front, band_back);
      g_assert_cmpfloat (maximus_front, >, 0);
      g_assert_cmpfloat (band_back, >, maximus_front);
      g_assert_cmpfloat (band_back - maximus_front, <, 1);
    }
}

/* The femoral head from the front, as the hip joint's disc (see the front-of-hip test):
 * its centre and radius. */
static StridePoint
femoral_head (StrideContent *content,
              double        *radius)
{
  const StrideShape *joint = structure_shape (content, "hip_joint", STRIDE_VIEW_FRONT, STRIDE_LAYER_DEEP);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, y1 = 0;

  g_assert_nonnull (joint);
  for (guint i = 0; i < joint->points->len; i++)
    {
      StridePoint p = g_array_index (joint->points, StridePoint, i);
      x0 = MIN (x0, p.x), y0 = MIN (y0, p.y), y1 = MAX (y1, p.y);
    }
  *radius = (y1 - y0) / 2;
  return (StridePoint) { x0 + *radius, (y0 + y1) / 2 };
}

/* The rows of MASK from Y0 to Y1 (box units), left half of the box only: pixels of MASK,
 * and of those the pixels inside WITHIN. */
static void
count_in_rows (const guchar *mask,
               const guchar *within,
               double        y0,
               double        y1,
               guint        *inside_mask,
               guint        *inside_both)
{
  *inside_mask = *inside_both = 0;
  for (int y = MAX (0, (int) (y0 * RASTER_SCALE)); y < MIN (RASTER_SIZE, (int) (y1 * RASTER_SCALE)); y++)
    for (int x = 0; x < RASTER_SIZE / 2; x++)
      if (mask[y * RASTER_SIZE + x] >= 128)
        {
          (*inside_mask)++;
          if (within[y * RASTER_SIZE + x] >= 128)
            (*inside_both)++;
        }
}

/* The innermost (rightmost, in the left half of the box) pixel of MASK in raster row Y,
 * or -1. */
static int
row_inner_edge (const guchar *mask,
                int           y)
{
  for (int x = RASTER_SIZE / 2 - 1; x >= 0; x--)
    if (mask[y * RASTER_SIZE + x] >= 128)
      return x;
  return -1;
}

/* Iliopsoas, from the front: its tendon runs down over the front of the hip joint,
 * crossing the inner (medial) half of the femoral head, and ends on the lesser
 * trochanter, the bump on the inner edge of the atlas's femur below its neck (37.7,
 * 38.3). A physiotherapist's review found it running beside the joint: the joint was
 * drawn only on its outer side, and the femur's head, drawn apart from the joint, reached
 * past the tendon. Checked on the picture the map draws (rasterised), against the head
 * as the atlas's femur draws it. */
static void
test_bundled_iliopsoas_tendon (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);
  const StrideShape *iliopsoas = structure_shape (content, "iliopsoas", STRIDE_VIEW_FRONT, STRIDE_LAYER_DEEP);
  const StrideAtlasBone *femur = atlas_bone_at (STRIDE_VIEW_FRONT, (StridePoint) { 37, 60 });
  const StridePoint lesser_trochanter = { 37.7, 38.3 };
  g_autofree guchar *tendon = NULL, *joint = NULL, *inner_half = NULL;
  guint tendon_pixels, tendon_on_half, half_pixels, half_under_tendon;
  StridePoint head, lowest;
  double radius;
  cairo_t *cr;

  g_assert_nonnull (iliopsoas);
  head = femoral_head (content, &radius);

  /* The femur's head, as the atlas draws it, is the joint's disc: round around its inner
   * side, where the tendon crosses it. */
  for (int degrees = -70; degrees <= 70; degrees += 10)
    {
      double angle = degrees * G_PI / 180;
      StridePoint in = { head.x + (radius - 0.4) * cos (angle), head.y + (radius - 0.4) * sin (angle) };
      StridePoint out = { head.x + (radius + 0.4) * cos (angle), head.y + (radius + 0.4) * sin (angle) };

      if (!curve_contains (femur->points, in) || curve_contains (femur->points, out))
        g_error ("the femur's head is not the hip joint's disc (%.1f, %.1f, radius %.1f) at %d degrees",
                 head.x, head.y, radius, degrees);
    }

  stride_body_map_set_view (map, STRIDE_VIEW_FRONT);
  stride_body_map_set_layer (map, STRIDE_LAYER_DEEP);
  tendon = rasterise (map, "iliopsoas");
  joint = rasterise (map, "hip_joint");
  cr = mask_begin ();
  cairo_rectangle (cr, head.x, head.y - radius, radius, 2 * radius);
  cairo_clip (cr);
  cairo_arc (cr, head.x, head.y, radius, 0, 2 * G_PI);
  inner_half = mask_fill (cr);

  /* Most of the tendon, level with the head, lies over the head's inner half, and it
   * covers a good part of that half. */
  count_in_rows (tendon, inner_half, head.y - radius, head.y + radius, &tendon_pixels, &tendon_on_half);
  count_in_rows (inner_half, tendon, head.y - radius, head.y + radius, &half_pixels, &half_under_tendon);
  g_test_message ("iliopsoas: %u of %u tendon pixels on the head's inner half; it covers %u of its %u",
                  tendon_on_half, tendon_pixels, half_under_tendon, half_pixels);
  g_assert_cmpuint (tendon_on_half, >=, tendon_pixels * 6 / 10);
  g_assert_cmpuint (half_under_tendon, >=, half_pixels * 3 / 10);

  /* It crosses the joint rather than running beside it: across the middle of the head the
   * joint shows on both sides of the tendon. */
  for (int y = (head.y - radius / 2) * RASTER_SCALE; y <= (head.y + radius / 2) * RASTER_SCALE; y++)
    {
      int tendon_edge = row_inner_edge (tendon, y);
      int joint_edge = row_inner_edge (joint, y);

      if (tendon_edge < 0 || joint_edge <= tendon_edge + 1)
        g_error ("at y %.1f the hip joint does not show inside the iliopsoas tendon (tendon to x %.1f, joint to %.1f)",
                 (double) y / RASTER_SCALE, (double) tendon_edge / RASTER_SCALE, (double) joint_edge / RASTER_SCALE);
    }

  /* Across the middle half of the head, the tendon's centre line lies on the head's inner
   * half, away from its rim. */
  for (double y = head.y - radius / 2; y <= head.y + radius / 2; y += 0.25)
    {
      double middle = row_middle (iliopsoas, y);

      g_assert_cmpfloat (middle, >, head.x);
      g_assert_cmpfloat (hypot (middle - head.x, y - head.y), <, radius * 0.75);
    }

  lowest = lowest_point (iliopsoas->points);
  g_assert_cmpfloat (lowest.y, >, head.y + radius);
  g_assert_cmpfloat (hypot (lowest.x - lesser_trochanter.x, lowest.y - lesser_trochanter.y), <, 1.0);
}

/* Sartorius runs from the ASIS across the front of the thigh, down the inner side of
 * the knee, and ends below the knee joint on the inner (medial) shin, at the pes
 * anserinus (a physiotherapist's review: it stopped three quarters down the thigh). The
 * joint line is the top of the atlas's shin; the left leg's inner side is towards the
 * middle of the box (a larger x). */
static void
test_bundled_sartorius (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideStructure *structure = stride_content_find_structure (content, "sartorius");
  const StrideShape *sartorius = NULL;
  const StrideAtlasBone *shin = atlas_bone_at (STRIDE_VIEW_FRONT, (StridePoint) { 40, 97 });
  const StrideAtlasBone *kneecap = atlas_bone_at (STRIDE_VIEW_FRONT, (StridePoint) { 40, 86.5 });
  double joint_line = highest_point (shin->points).y;
  double shin_x0 = G_MAXDOUBLE, shin_x1 = 0, kneecap_inner = 0;
  StridePoint insertion;

  /* The muscle, then its tendon below the knee: the shape that reaches lowest. */
  g_assert_nonnull (structure);
  for (guint i = 0; i < structure->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (structure->shapes, i);

      if (shape->view == STRIDE_VIEW_FRONT && shape->layer == STRIDE_LAYER_SUPERFICIAL &&
          (sartorius == NULL || lowest_point (shape->points).y > lowest_point (sartorius->points).y))
        sartorius = shape;
    }
  g_assert_nonnull (sartorius);
  g_assert_cmpfloat (shape_distance (structure_shape (content, "sartorius", STRIDE_VIEW_FRONT, STRIDE_LAYER_SUPERFICIAL),
                                     landmark_point ("asis", STRIDE_VIEW_FRONT)), <, 4.0);
  for (guint i = 0; i < shin->points->len; i++)
    {
      shin_x0 = MIN (shin_x0, g_array_index (shin->points, StridePoint, i).x);
      shin_x1 = MAX (shin_x1, g_array_index (shin->points, StridePoint, i).x);
    }
  for (guint i = 0; i < kneecap->points->len; i++)
    kneecap_inner = MAX (kneecap_inner, g_array_index (kneecap->points, StridePoint, i).x);

  /* Its end lies on the shin, below the joint line, on the shin's inner half. */
  insertion = lowest_point (sartorius->points);
  g_test_message ("sartorius ends at %.1f, %.1f; the knee joint line is at y %.1f", insertion.x, insertion.y, joint_line);
  g_assert_cmpfloat (insertion.y, >, joint_line + 2);
  g_assert_true (curve_contains (shin->points, insertion));
  g_assert_cmpfloat (insertion.x, >, (shin_x0 + shin_x1) / 2);

  /* Just above the joint line it passes the knee on its inner side, beside the kneecap. */
  g_assert_cmpfloat (row_middle (sartorius, joint_line - 1), >, kneecap_inner);
}

/* Adductor longus (the adductors' front shapes) starts on the pubic body just below the
 * pubic tubercle and fans down and out to the middle third of the femur's linea aspera,
 * its lower end about the middle of the thigh (a physiotherapist's review: it ended too
 * high, along the inner edge of the thigh). With sartorius peeled away (the deep layer)
 * it is seen whole, ending on the femur; on the surface it runs down and out until
 * sartorius, crossing it, covers it. */
static void
test_bundled_adductor_longus (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideShape *whole = structure_shape (content, "adductors", STRIDE_VIEW_FRONT, STRIDE_LAYER_DEEP);
  const StrideShape *surface = structure_shape (content, "adductors", STRIDE_VIEW_FRONT, STRIDE_LAYER_SUPERFICIAL);
  const StrideAtlasBone *femur = atlas_bone_at (STRIDE_VIEW_FRONT, (StridePoint) { 37, 60 });
  StridePoint tubercle = landmark_point ("pubic_tubercle", STRIDE_VIEW_FRONT);
  double femur_top = highest_point (femur->points).y, femur_bottom = lowest_point (femur->points).y;
  double third = (femur_bottom - femur_top) / 3;
  StridePoint origin, insertion;

  g_assert_nonnull (whole);
  g_assert_nonnull (surface);

  origin = highest_point (whole->points);
  g_assert_cmpfloat (origin.y, >, tubercle.y);
  g_assert_cmpfloat (origin.y, <, tubercle.y + 3);
  g_assert_cmpfloat (fabs (origin.x - tubercle.x), <, 2);

  /* Its lower end: on the femur (a unit further out is bone), in the femur's middle
   * third, no higher than a little above the middle of the thigh. */
  insertion = lowest_point (whole->points);
  g_test_message ("adductor longus ends at %.1f, %.1f; the femur's middle third is y %.1f to %.1f",
                  insertion.x, insertion.y, femur_top + third, femur_top + 2 * third);
  g_assert_true (curve_contains (femur->points, (StridePoint) { insertion.x - 1, insertion.y }));
  g_assert_cmpfloat (insertion.y, <, femur_top + 2 * third);
  g_assert_cmpfloat (insertion.y, >, (femur_top + femur_bottom) / 2 - 2);

  /* On the surface it heads the same way, down and out from the same origin. */
  g_assert_cmpfloat (hypot (highest_point (surface->points).x - origin.x, highest_point (surface->points).y - origin.y), <, 0.5);
  g_assert_cmpfloat (lowest_point (surface->points).x, <, origin.x - 0.5);
  g_assert_cmpfloat (lowest_point (surface->points).y, >, origin.y + 10);
}

/* The lowest point of POINTS on one side of the line x = SPLIT: the outer (smaller x) side
 * or the inner one. */
static StridePoint
lowest_point_beside (GArray   *points,
                     double    split,
                     gboolean  inner)
{
  StridePoint lowest = { 0, -1 };

  for (guint i = 0; i < points->len; i++)
    {
      StridePoint p = g_array_index (points, StridePoint, i);

      if ((p.x > split) == inner && p.y > lowest.y)
        lowest = p;
    }
  g_assert_cmpfloat (lowest.y, >=, 0);
  return lowest;
}

/* The middle of POINTS from side to side. */
static double
points_middle_x (GArray *points)
{
  double x0 = G_MAXDOUBLE, x1 = 0;

  for (guint i = 0; i < points->len; i++)
    {
      x0 = MIN (x0, g_array_index (points, StridePoint, i).x);
      x1 = MAX (x1, g_array_index (points, StridePoint, i).x);
    }
  return (x0 + x1) / 2;
}

/* The runs of MASK in raster row Y, left half of the box only: how many separate runs,
 * and whether one lies left of raster column SPLIT and one right of it. */
static guint
row_runs (const guchar *mask,
          int           y,
          int           split,
          gboolean     *outer,
          gboolean     *inner)
{
  guint runs = 0;
  gboolean in_run = FALSE;

  *outer = *inner = FALSE;
  for (int x = 0; x < RASTER_SIZE / 2; x++)
    {
      gboolean set = mask[y * RASTER_SIZE + x] >= 128;

      if (set && !in_run)
        runs++;
      if (set)
        *(x < split ? outer : inner) = TRUE;
      in_run = set;
    }
  return runs;
}

/* The hamstrings from behind cross the back of the knee: biceps femoris on the outer side
 * to the head of the fibula, semitendinosus and semimembranosus on the inner side to the
 * tibia, both just below the joint line, with the hollow of the knee open between them
 * (a physiotherapist's review: the tendons stopped above the knee). Checked in both
 * layers, on the picture the map draws. */
static void
test_bundled_hamstrings_knee (void)
{
  static const StrideLayer layers[] = { STRIDE_LAYER_SUPERFICIAL, STRIDE_LAYER_DEEP };
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);
  const StrideAtlasBone *shin = atlas_bone_at (STRIDE_VIEW_BACK, (StridePoint) { 40, 97 });
  const StrideAtlasBone *fibula = atlas_bone_at (STRIDE_VIEW_BACK, (StridePoint) { 36.4, 97 });
  double joint_line = highest_point (shin->points).y;
  double shin_middle = points_middle_x (shin->points);

  g_assert_true (fibula != shin);
  g_assert_cmpfloat (points_middle_x (fibula->points), <, shin_middle);

  stride_body_map_set_view (map, STRIDE_VIEW_BACK);
  for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
    {
      const StrideShape *hamstrings = structure_shape (content, "hamstrings", STRIDE_VIEW_BACK, layers[l]);
      g_autofree guchar *mask = NULL;
      StridePoint biceps, semis;

      g_assert_nonnull (hamstrings);
      biceps = lowest_point_beside (hamstrings->points, shin_middle, FALSE);
      semis = lowest_point_beside (hamstrings->points, shin_middle, TRUE);
      g_test_message ("hamstrings, layer %u: biceps femoris ends at %.1f, %.1f, the semis at %.1f, %.1f; "
                      "the joint line is at y %.1f", layers[l], biceps.x, biceps.y, semis.x, semis.y, joint_line);

      /* Biceps femoris ends on the fibula's head, just below the joint line. */
      g_assert_true (curve_contains (fibula->points, biceps));
      g_assert_cmpfloat (biceps.y, >, joint_line + 1);
      g_assert_cmpfloat (biceps.y, <, joint_line + 5);

      /* The semis end on the tibia's inner half, just below the joint line. */
      g_assert_true (curve_contains (shin->points, semis));
      g_assert_cmpfloat (semis.x, >, shin_middle);
      g_assert_cmpfloat (semis.y, >, joint_line + 1);
      g_assert_cmpfloat (semis.y, <, joint_line + 5);

      /* As drawn: from three units above the joint line to one below it, two tendons, one
       * on each side of the knee's middle, apart. */
      stride_body_map_set_layer (map, layers[l]);
      mask = rasterise (map, "hamstrings");
      for (int y = (joint_line - 3) * RASTER_SCALE; y <= (joint_line + 1) * RASTER_SCALE; y++)
        {
          gboolean outer, inner;
          guint runs = row_runs (mask, y, shin_middle * RASTER_SCALE, &outer, &inner);

          if (runs != 2 || !outer || !inner)
            g_error ("hamstrings, layer %u: at y %.1f the back of the knee is not crossed by two tendons (%u runs)",
                     layers[l], (double) y / RASTER_SCALE, runs);
        }
    }
}

/* Adductor magnus from behind reaches down the inner thigh to the adductor tubercle, on
 * the femur's inner condyle just above the knee joint line (a physiotherapist's review:
 * it stopped at mid-thigh). */
static void
test_bundled_adductor_magnus (void)
{
  static const StrideLayer layers[] = { STRIDE_LAYER_SUPERFICIAL, STRIDE_LAYER_DEEP };
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideAtlasBone *femur = atlas_bone_at (STRIDE_VIEW_BACK, (StridePoint) { 37, 60 });
  const StrideAtlasBone *shin = atlas_bone_at (STRIDE_VIEW_BACK, (StridePoint) { 40, 97 });
  double joint_line = highest_point (shin->points).y;

  for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
    {
      const StrideShape *magnus = structure_shape (content, "adductors", STRIDE_VIEW_BACK, layers[l]);
      StridePoint insertion;

      g_assert_nonnull (magnus);
      insertion = lowest_point (magnus->points);
      g_test_message ("adductor magnus, layer %u, ends at %.1f, %.1f; the joint line is at y %.1f",
                      layers[l], insertion.x, insertion.y, joint_line);
      /* On the femur's inner edge (a unit further in towards the bone is bone), above the
       * joint line by no more than the condyle's height. */
      g_assert_true (curve_contains (femur->points, (StridePoint) { insertion.x - 1, insertion.y }));
      g_assert_cmpfloat (insertion.x, >, points_middle_x (femur->points));
      g_assert_cmpfloat (insertion.y, <, joint_line - 1);
      g_assert_cmpfloat (insertion.y, >, joint_line - 7);
    }
}

/* The first and last pixel of MASK in raster row Y (whole width), or FALSE if none. */
static gboolean
row_extent (const guchar *mask,
            int           y,
            int          *first,
            int          *last)
{
  *first = *last = -1;
  for (int x = 0; x < RASTER_SIZE; x++)
    if (mask[y * RASTER_SIZE + x] >= 128)
      {
        if (*first < 0)
          *first = x;
        *last = x;
      }
  return *first >= 0;
}

/* Pixels of MASK in raster row Y from column X0 to X1. */
static int
row_count (const guchar *mask,
           int           y,
           int           x0,
           int           x1)
{
  int count = 0;

  for (int x = MAX (x0, 0); x <= MIN (x1, RASTER_SIZE - 1); x++)
    count += mask[y * RASTER_SIZE + x] >= 128;
  return count;
}

/* The side view of the thigh (a physiotherapist's review: the quadriceps too thin, the IT
 * band too wide): the quadriceps, with rectus femoris in front of them, fill most of the
 * thigh's front half; the IT band is a narrow strap, a fifth to a seventh of the thigh's
 * depth, down the outer thigh to Gerdy's tubercle, on the front half of the tibia just
 * below the knee joint line. */
static void
test_bundled_side_thigh (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);
  const StrideAtlasBone *shin = atlas_bone_at (STRIDE_VIEW_SIDE, (StridePoint) { 54, 97 });
  double joint_line = highest_point (shin->points).y;
  g_autofree guchar *silhouette = NULL, *quadriceps = NULL, *rectus = NULL, *band = NULL;
  const StrideShape *band_shape = NULL;
  const StrideStructure *tfl = stride_content_find_structure (content, "tfl");
  int front_half = 0, by_quadriceps = 0, by_rectus = 0;
  double thinnest = G_MAXDOUBLE, widest = 0;
  StridePoint gerdy;

  stride_body_map_set_view (map, STRIDE_VIEW_SIDE);
  stride_body_map_set_layer (map, STRIDE_LAYER_SUPERFICIAL);
  silhouette = rasterise (map, NULL);
  quadriceps = rasterise (map, "quadriceps");
  rectus = rasterise (map, "rectus_femoris");
  band = rasterise (map, "tfl");

  for (int y = 50 * RASTER_SCALE; y <= 85 * RASTER_SCALE; y++)
    {
      int back, front, band_first, band_last;
      double depth, width;

      g_assert_true (row_extent (silhouette, y, &back, &front));
      depth = front - back + 1;
      if (y <= 80 * RASTER_SCALE)
        {
          int middle = (back + front) / 2;

          front_half += front - middle;
          by_quadriceps += row_count (quadriceps, y, middle + 1, front);
          by_rectus += row_count (rectus, y, middle + 1, front);
        }
      g_assert_true (row_extent (band, y, &band_first, &band_last));
      width = row_count (band, y, band_first, band_last);
      thinnest = MIN (thinnest, width / depth);
      widest = MAX (widest, width / depth);
    }
  g_test_message ("side view, y 50 to 80: the quadriceps cover %.0f%% of the thigh's front half, "
                  "rectus femoris %.0f%%; y 50 to 85: the IT band is 1/%.1f to 1/%.1f of the thigh's depth",
                  100.0 * by_quadriceps / front_half, 100.0 * by_rectus / front_half, 1 / widest, 1 / thinnest);
  g_assert_cmpint (by_quadriceps * 2, >, front_half);
  g_assert_cmpint ((by_quadriceps + by_rectus) * 3, >, front_half * 2);
  g_assert_cmpfloat (widest, <=, 1 / 5.0);
  g_assert_cmpfloat (thinnest, >=, 1 / 7.0);

  /* The band: tfl's side shape that reaches lowest. */
  for (guint i = 0; i < tfl->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (tfl->shapes, i);

      if (shape->view == STRIDE_VIEW_SIDE &&
          (band_shape == NULL || lowest_point (shape->points).y > lowest_point (band_shape->points).y))
        band_shape = shape;
    }
  g_assert_nonnull (band_shape);
  gerdy = lowest_point (band_shape->points);
  g_test_message ("the IT band ends at %.1f, %.1f; the joint line is at y %.1f", gerdy.x, gerdy.y, joint_line);
  g_assert_true (curve_contains (shin->points, gerdy));
  g_assert_cmpfloat (gerdy.x, >, points_middle_x (shin->points));
  g_assert_cmpfloat (gerdy.y, >, joint_line + 1);
  g_assert_cmpfloat (gerdy.y, <, joint_line + 5);
}

/* From the side the hamstrings cross the back-outer knee too: the biceps femoris tendon runs
 * over the back of the knee joint line to the head of the fibula, drawn on the back of the
 * shin just below the joint line (a physiotherapist's review: the muscle ended in soft
 * tissue above the joint and no fibula was drawn). Both layers, on the picture the map
 * draws. */
static void
test_bundled_side_hamstrings_fibula (void)
{
  static const StrideLayer layers[] = { STRIDE_LAYER_SUPERFICIAL, STRIDE_LAYER_DEEP };
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);
  const StrideAtlasBone *shin = atlas_bone_at (STRIDE_VIEW_SIDE, (StridePoint) { 55, 97 });
  const StrideAtlasBone *fibula = atlas_bone_at (STRIDE_VIEW_SIDE, (StridePoint) { 51.4, 92.6 });
  double joint_line = highest_point (shin->points).y;
  double shin_middle = points_middle_x (shin->points);

  /* The fibula's head: its own bone, on the back half of the shin, just below the joint. */
  g_assert_true (fibula != shin);
  g_assert_cmpfloat (points_middle_x (fibula->points), <, shin_middle);
  g_assert_cmpfloat (highest_point (fibula->points).y, >, joint_line);
  g_assert_cmpfloat (highest_point (fibula->points).y, <, joint_line + 2);

  stride_body_map_set_view (map, STRIDE_VIEW_SIDE);
  for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
    {
      const StrideShape *hamstrings = structure_shape (content, "hamstrings", STRIDE_VIEW_SIDE, layers[l]);
      g_autofree guchar *mask = NULL;
      StridePoint insertion;

      g_assert_nonnull (hamstrings);
      insertion = lowest_point (hamstrings->points);
      g_test_message ("side view, layer %u: the hamstrings end at %.1f, %.1f; the joint line is at y %.1f",
                      layers[l], insertion.x, insertion.y, joint_line);
      g_assert_true (curve_contains (fibula->points, insertion));
      g_assert_cmpfloat (insertion.y, >, joint_line + 1);
      g_assert_cmpfloat (insertion.y, <, joint_line + 5);

      /* As drawn: the tendon crosses the joint line, behind the shin's middle, without a
       * gap from two units above the line to one below it. */
      stride_body_map_set_layer (map, layers[l]);
      mask = rasterise (map, "hamstrings");
      for (int y = (joint_line - 2) * RASTER_SCALE; y <= (joint_line + 1) * RASTER_SCALE; y++)
        {
          int first, last;

          if (!row_extent (mask, y, &first, &last))
            g_error ("side view, layer %u: no hamstring tendon at y %.1f (the joint line is at %.1f)",
                     layers[l], (double) y / RASTER_SCALE, joint_line);
          g_assert_cmpint (last, <, shin_middle * RASTER_SCALE);
        }
    }
}

/* The deep gluteals end on the greater trochanter, where gluteal tendinopathy sits (a
 * physiotherapist's review: from behind, medius's fan ended 2.5-3 cm above and outside the
 * trochanter, over soft tissue; from the side it only touched the trochanter's top). From
 * behind, medius narrows to a tendon on the trochanter's outer, upper-back face, just above
 * its marker and outside piriformis's insertion, and minimus reaches the trochanter's top
 * on its way to the front face; from the side, medius reaches down onto the outer face to
 * the marker and minimus ends on the front of the trochanter. */
static void
test_bundled_gluteal_insertions (void)
{
  static const StrideView views[] = { STRIDE_VIEW_BACK, STRIDE_VIEW_SIDE };
  static const StridePoint femur_shafts[] = { { 37, 60 }, { 51, 60 } };
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const StrideAtlasBone *femur = atlas_bone_at (views[v], femur_shafts[v]);
      StridePoint trochanter = landmark_point ("greater_trochanter", views[v]);
      const StrideShape *medius = structure_shape (content, "gluteus_medius", views[v], STRIDE_LAYER_DEEP);
      const StrideShape *minimus = structure_shape (content, "gluteus_minimus", views[v], STRIDE_LAYER_DEEP);
      const StrideShape *piriformis = structure_shape (content, "piriformis", views[v], STRIDE_LAYER_DEEP);
      StridePoint medius_end = lowest_point (medius->points);
      StridePoint minimus_end = lowest_point (minimus->points);
      g_autofree guchar *mask = NULL;
      int width;

      g_test_message ("view %u: gluteus medius ends at %.1f, %.1f, minimus at %.1f, %.1f; "
                      "the trochanter's marker is at %.1f, %.1f", views[v], medius_end.x, medius_end.y,
                      minimus_end.x, minimus_end.y, trochanter.x, trochanter.y);
      g_assert_true (curve_contains (femur->points, medius_end));
      g_assert_true (curve_contains (femur->points, minimus_end));
      g_assert_cmpfloat (medius_end.y, <, trochanter.y);
      g_assert_cmpfloat (hypot (medius_end.x - trochanter.x, medius_end.y - trochanter.y), <, 1.5);
      /* Well down the trochanter, not on its top. */
      g_assert_cmpfloat (medius_end.y, >, highest_point (femur->points).y + 1.5);

      /* As drawn, a tendon: a unit above its end, medius is under 1.5 units wide. */
      stride_body_map_set_view (map, views[v]);
      stride_body_map_set_layer (map, STRIDE_LAYER_DEEP);
      mask = rasterise (map, "gluteus_medius");
      width = row_count (mask, (medius_end.y - 1) * RASTER_SCALE, 0, (trochanter.x + 5) * RASTER_SCALE);
      g_assert_cmpint (width, >, 0);
      g_assert_cmpint (width, <, 1.5 * RASTER_SCALE);

      if (views[v] == STRIDE_VIEW_BACK)
        {
          /* Medius outside piriformis's insertion (its outermost point). */
          StridePoint outermost = g_array_index (piriformis->points, StridePoint, 0);

          for (guint i = 1; i < piriformis->points->len; i++)
            if (g_array_index (piriformis->points, StridePoint, i).x < outermost.x)
              outermost = g_array_index (piriformis->points, StridePoint, i);
          g_assert_true (curve_contains (femur->points, outermost));
          g_assert_cmpfloat (medius_end.x, <, outermost.x);
        }
      else
        {
          g_assert_cmpfloat (minimus_end.x, >, trochanter.x);
        }
    }
}

/* The femur's shaft is a fifth of the thigh's width from the front and from behind, not
 * nearly half (a physiotherapist's review: the shaft was 30-45% of the thigh). Measured
 * on the picture's left leg, row by row over the middle of the thigh. */
static void
test_bundled_femur_shaft (void)
{
  static const StrideView views[] = { STRIDE_VIEW_FRONT, STRIDE_VIEW_BACK };
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const StrideAtlasBone *femur = atlas_bone_at (views[v], (StridePoint) { 37, 60 });
      g_autofree guchar *silhouette = NULL, *bone = NULL;
      double thinnest = G_MAXDOUBLE, widest = 0;
      cairo_t *cr;

      stride_body_map_set_view (map, views[v]);
      silhouette = rasterise (map, NULL);
      cr = mask_begin ();
      stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) femur->points->data,
                                     femur->points->len, TRUE, TRUE);
      bone = mask_fill (cr);

      for (int y = 50 * RASTER_SCALE; y <= 75 * RASTER_SCALE; y++)
        {
          double share = (double) row_count (bone, y, 0, RASTER_SIZE / 2 - 1) /
                         row_count (silhouette, y, 0, RASTER_SIZE / 2 - 1);

          thinnest = MIN (thinnest, share);
          widest = MAX (widest, share);
        }
      g_test_message ("view %u, y 50 to 75: the femur's shaft is %.0f%% to %.0f%% of the thigh's width",
                      views[v], 100 * thinnest, 100 * widest);
      g_assert_cmpfloat (thinnest, >=, 0.15);
      g_assert_cmpfloat (widest, <=, 0.26);
    }
}

/* The first raster column the closed curve through POINTS covers. */
static int
curve_leftmost_column (GArray *points)
{
  cairo_t *cr = mask_begin ();
  g_autofree guchar *mask = NULL;
  int leftmost = RASTER_SIZE;

  stride_body_atlas_trace_curve (cr, (StridePoint *) (gpointer) points->data, points->len, TRUE, TRUE);
  mask = mask_fill (cr);
  for (int y = 0; y < RASTER_SIZE; y++)
    for (int x = 0; x < leftmost; x++)
      if (mask[y * RASTER_SIZE + x] >= 128)
        leftmost = x;
  return leftmost;
}

/* The greater trochanters are the widest bony points of the hips, about 2 cm (3 units)
 * further out than the iliac wings (a physiotherapist's review: the wings were as wide as
 * the trochanters); the trochanter's marker sits on the bone's outer face. */
static void
test_bundled_trochanters_widest (void)
{
  static const StrideView views[] = { STRIDE_VIEW_FRONT, STRIDE_VIEW_BACK };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const StrideAtlasBone *femur = atlas_bone_at (views[v], (StridePoint) { 37, 60 });
      const StrideAtlasBone *pelvis = atlas_bone_at (views[v], landmark_point ("iliac_crest", views[v]));
      StridePoint marker = landmark_point ("greater_trochanter", views[v]);
      double trochanter = (double) curve_leftmost_column (femur->points) / RASTER_SCALE;
      double wing = (double) curve_leftmost_column (pelvis->points) / RASTER_SCALE;

      g_test_message ("view %u: the trochanter reaches x %.1f, the iliac wing %.1f", views[v], trochanter, wing);
      g_assert_true (femur != pelvis);
      g_assert_cmpfloat (wing - trochanter, >, 2.5);
      g_assert_cmpfloat (wing - trochanter, <, 4.5);
      g_assert_cmpfloat (fabs (marker.x - trochanter), <, 1);
    }
}

/* From the front, vastus lateralis (the quadriceps' outer head, between the IT band and
 * rectus femoris) is the largest head in sight, not a thin strip (a physiotherapist's
 * review: it was a tenth of the thigh's width): at mid-thigh it is at least a sixth of the
 * thigh's width, and over the thigh it shows at least as much as rectus femoris. */
static void
test_bundled_vastus_lateralis (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);
  g_autofree guchar *silhouette = NULL, *quadriceps = NULL, *rectus = NULL;
  double thinnest = G_MAXDOUBLE;
  int lateralis = 0, by_rectus = 0;

  stride_body_map_set_view (map, STRIDE_VIEW_FRONT);
  stride_body_map_set_layer (map, STRIDE_LAYER_SUPERFICIAL);
  silhouette = rasterise (map, NULL);
  quadriceps = rasterise (map, "quadriceps");
  rectus = rasterise (map, "rectus_femoris");

  /* The picture's left thigh; vastus medialis lies inside x 41, above the knee. */
  for (int y = 45 * RASTER_SCALE; y <= 75 * RASTER_SCALE; y++)
    {
      int width = row_count (quadriceps, y, 0, 41 * RASTER_SCALE);

      lateralis += width;
      by_rectus += row_count (rectus, y, 0, RASTER_SIZE / 2 - 1);
      if (y >= 50 * RASTER_SCALE && y <= 70 * RASTER_SCALE)
        thinnest = MIN (thinnest, (double) width / row_count (silhouette, y, 0, RASTER_SIZE / 2 - 1));
    }
  g_test_message ("front view: vastus lateralis is at least 1/%.1f of the thigh's width at y 50 to 70; "
                  "y 45 to 75 it shows %.2f times as much as rectus femoris",
                  1 / thinnest, (double) lateralis / by_rectus);
  g_assert_cmpfloat (thinnest, >=, 1 / 6.0);
  g_assert_cmpint (lateralis, >=, by_rectus);
}

/* The IT band: tfl's shape in VIEW that reaches lowest. */
static const StrideShape *
it_band_shape (StrideContent *content,
               StrideView     view)
{
  const StrideStructure *tfl = stride_content_find_structure (content, "tfl");
  const StrideShape *band = NULL;

  for (guint i = 0; i < tfl->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (tfl->shapes, i);

      if (shape->view == view &&
          (band == NULL || lowest_point (shape->points).y > lowest_point (band->points).y))
        band = shape;
    }
  g_assert_nonnull (band);
  return band;
}

/* The IT band crosses the knee joint line on the outer side of the knee in the front and
 * back surface views, as in the side view (a physiotherapist's review: from the front it
 * stopped on the outer femoral condyle two units above the joint line, from behind four
 * units above it). From the front it ends on Gerdy's tubercle, on the outer half of the
 * shin just below the joint line; from behind the shin hides the tubercle, so the band
 * reaches the joint line at the knee's outer edge and turns forward out of sight. */
static void
test_bundled_it_band_knee (void)
{
  static const StrideView views[] = { STRIDE_VIEW_FRONT, STRIDE_VIEW_BACK };
  g_autoptr(StrideContent) content = load_bundled ();
  g_autoptr(StrideBodyMap) map = anatomy_map (content);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const StrideAtlasBone *shin = atlas_bone_at (views[v], (StridePoint) { 40, 97 });
      double joint_line = highest_point (shin->points).y;
      double shin_middle = points_middle_x (shin->points);
      StridePoint end = lowest_point (it_band_shape (content, views[v])->points);
      g_autofree guchar *band = NULL;
      double reached = 0;

      g_test_message ("view %u: the IT band ends at %.1f, %.1f; the joint line is at y %.1f",
                      views[v], end.x, end.y, joint_line);
      g_assert_cmpfloat (end.x, <, shin_middle);
      if (views[v] == STRIDE_VIEW_FRONT)
        {
          g_assert_true (curve_contains (shin->points, end));
          g_assert_cmpfloat (end.y, >, joint_line + 1);
          g_assert_cmpfloat (end.y, <, joint_line + 5);
        }

      /* As drawn, on the picture's left: no gap from mid-thigh down to the joint line
       * (and, from the front, a unit below it). */
      stride_body_map_set_view (map, views[v]);
      stride_body_map_set_layer (map, STRIDE_LAYER_SUPERFICIAL);
      band = rasterise (map, "tfl");
      for (int y = 60 * RASTER_SCALE; y < RASTER_SIZE; y++)
        if (row_count (band, y, 0, shin_middle * RASTER_SCALE) > 0)
          reached = (double) y / RASTER_SCALE;
        else if (y <= (joint_line + (views[v] == STRIDE_VIEW_FRONT ? 1 : 0)) * RASTER_SCALE)
          g_error ("view %u: the IT band stops at y %.1f, above the knee joint line at y %.1f",
                   views[v], reached, joint_line);
    }
}

/* The inguinal ligament (the lower abdominal wall's long band) runs from the ASIS to the
 * pubic tubercle: its ends lie at both landmarks' markers (0.75 units is 3 px on a map at
 * 1280 × 800). */
static void
test_bundled_inguinal_ligament (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideStructure *wall = stride_content_find_structure (content, "abdominal_wall");
  StridePoint asis = landmark_point ("asis", STRIDE_VIEW_FRONT);
  StridePoint tubercle = landmark_point ("pubic_tubercle", STRIDE_VIEW_FRONT);
  const StrideShape *ligament = NULL;
  double longest = 0;

  g_assert_nonnull (wall);
  for (guint i = 0; i < wall->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (wall->shapes, i);
      double x0 = G_MAXDOUBLE, x1 = 0;

      for (guint j = 0; j < shape->points->len; j++)
        {
          x0 = MIN (x0, g_array_index (shape->points, StridePoint, j).x);
          x1 = MAX (x1, g_array_index (shape->points, StridePoint, j).x);
        }
      if (shape->view == STRIDE_VIEW_FRONT && x1 - x0 > longest)
        ligament = shape, longest = x1 - x0;
    }

  g_assert_nonnull (ligament);
  g_assert_cmpfloat (shape_distance (ligament, asis), <, 1.6);
  g_assert_cmpfloat (shape_distance (ligament, tubercle), <, 0.75);
  /* The tubercle is beside the symphysis, on the upper edge of the pubic bone. */
  g_assert_cmpfloat (tubercle.x, <, landmark_point ("pubic_symphysis", STRIDE_VIEW_FRONT).x);
  g_assert_cmpfloat (tubercle.y, <, landmark_point ("pubic_symphysis", STRIDE_VIEW_FRONT).y);
}

/* The centre of SHAPE's area (of the polygon through its points). */
static StridePoint
shape_area_centre (const StrideShape *shape)
{
  double twice_area = 0, x = 0, y = 0;

  for (guint i = 0; i < shape->points->len; i++)
    {
      StridePoint a = g_array_index (shape->points, StridePoint, i);
      StridePoint b = g_array_index (shape->points, StridePoint, (i + 1) % shape->points->len);
      double cross = a.x * b.y - b.x * a.y;

      twice_area += cross;
      x += (a.x + b.x) * cross;
      y += (a.y + b.y) * cross;
    }
  return (StridePoint) { x / (3 * twice_area), y / (3 * twice_area) };
}

/* The pain map's "Front of the hip" is where runners point for hip-joint and hip-flexor
 * pain: over the femoral head, just below the inguinal ligament (the groin crease), not
 * up at the ASIS (a physiotherapist's review). The ligament runs from the ASIS to the
 * pubic tubercle; "below" is a larger y in the box. */
static void
test_bundled_pain_front_of_hip (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  const StrideQuestion *location = stride_content_find_question (content, "location");
  StridePoint asis = landmark_point ("asis", STRIDE_VIEW_FRONT);
  StridePoint tubercle = landmark_point ("pubic_tubercle", STRIDE_VIEW_FRONT);
  const StrideShape *place = NULL;
  StridePoint head, centre;
  double radius;

  g_assert_nonnull (location);
  for (guint a = 0; a < location->answers->len; a++)
    {
      const StrideAnswer *answer = g_ptr_array_index (location->answers, a);

      if (g_str_equal (answer->id, "front_of_hip"))
        for (guint i = 0; i < answer->shapes->len; i++)
          if (((const StrideShape *) g_ptr_array_index (answer->shapes, i))->view == STRIDE_VIEW_FRONT)
            place = g_ptr_array_index (answer->shapes, i);
    }
  g_assert_nonnull (place);
  /* The shape as stored is the left one (the mirror is drawn on the right). */
  g_assert_cmpfloat (shape_centroid (place).x, <, 50);

  head = femoral_head (content, &radius);
  centre = shape_area_centre (place);
  g_test_message ("front of the hip: centre %.1f, %.1f; femoral head %.1f, %.1f (radius %.1f)",
                  centre.x, centre.y, head.x, head.y, radius);

  /* Over the femoral head: its centre lies on the head's disc. */
  g_assert_cmpfloat (hypot (centre.x - head.x, centre.y - head.y), <, radius);

  /* Below the ligament: the centre clearly, and every point of the outline. */
  for (guint i = 0; i <= place->points->len; i++)
    {
      StridePoint p = i < place->points->len ? g_array_index (place->points, StridePoint, i) : centre;
      double ligament_y = asis.y + (p.x - asis.x) * (tubercle.y - asis.y) / (tubercle.x - asis.x);

      g_assert_cmpfloat (p.y, >, ligament_y + (i < place->points->len ? 0.5 : 3.0));
    }

  /* Medial to the ASIS, not over it or beside it. */
  for (guint i = 0; i < place->points->len; i++)
    g_assert_cmpfloat (g_array_index (place->points, StridePoint, i).x, >, asis.x + 3.0);
}

/* Landmark labels, on the maps as big as the Anatomy page and the symptom checker show
 * them in a 1280 × 800 window and a 360 px one, in the language the test runs in (it
 * runs again in German and Spanish, tests/meson.build): inside the map, apart from each
 * other (a gap between labels in one column), over no marker and no region; every marker
 * drawn is named; the iliac crest and the greater trochanter, the landmarks a runner most
 * needs, are labelled in every view; the pubic tubercle by its full name. */
static void
assert_plate_clear (StrideBodyMap         *map,
                    const char            *what,
                    const graphene_rect_t *plate,
                    const char            *name,
                    GArray                *markers)
{
  g_assert_cmpfloat (plate->origin.x, >=, 0);
  g_assert_cmpfloat (plate->origin.y, >=, 0);
  g_assert_cmpfloat (plate->origin.x + plate->size.width, <=, gtk_widget_get_width (GTK_WIDGET (map)));
  g_assert_cmpfloat (plate->origin.y + plate->size.height, <=, gtk_widget_get_height (GTK_WIDGET (map)));

  for (guint m = 0; m < markers->len; m++)
    if (graphene_rect_contains_point (plate, &g_array_index (markers, graphene_point_t, m)))
      g_error ("%s: the label of %s covers a landmark's marker", what, name);

  for (double y = plate->origin.y; y <= plate->origin.y + plate->size.height; y += 2)
    for (double x = plate->origin.x; x <= plate->origin.x + plate->size.width; x += 2)
      {
        const char *under = stride_body_map_get_region_at (map, x, y);

        if (under != NULL)
          g_error ("%s: the label of %s covers %s at %.0f, %.0f", what, name, under, x, y);
      }
}

static gboolean
has_lowercase (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static void
assert_labels_clear (StrideBodyMap *map,
                     const char    *what,
                     gboolean       places)
{
  static const StrideView views[] = { STRIDE_VIEW_FRONT, STRIDE_VIEW_BACK, STRIDE_VIEW_SIDE };
  static const StrideLayer layers[] = { STRIDE_LAYER_SUPERFICIAL, STRIDE_LAYER_DEEP };
  /* What a runner most needs to find, in every view. */
  static const char * const main_landmarks[] = { "iliac_crest", "greater_trochanter" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    for (guint l = 0; l < (places ? 1 : G_N_ELEMENTS (layers)); l++)
      {
        g_autoptr(GArray) plates = NULL;
        g_autoptr(GArray) markers = NULL;
        g_auto(GStrv) named = NULL;
        g_auto(GStrv) texts = NULL;

        stride_body_map_set_view (map, views[v]);
        stride_body_map_set_layer (map, layers[l]);
        plates = stride_body_map_dup_label_plates (map);
        named = stride_body_map_dup_labelled_landmarks (map);
        texts = stride_body_map_dup_label_texts (map);
        markers = stride_body_map_dup_landmark_points (map);

        g_assert_cmpuint (g_strv_length (named), ==, plates->len);
        g_assert_cmpuint (g_strv_length (texts), ==, plates->len);
        /* The pubic tubercle is named in full: its short form alone ("Tubercle",
         * German "Tuberculum") tells a runner nothing. A long German compound breaks at
         * its soft hyphens instead. */
        for (guint i = 0; named[i] != NULL; i++)
          if (g_str_equal (named[i], "pubic_tubercle") &&
              g_strcmp0 (texts[i], stride_body_map_get_landmark_name ("pubic_tubercle")) != 0)
            g_error ("%s: the pubic tubercle is labelled \"%s\" at %d × %d", what, texts[i],
                     gtk_widget_get_width (GTK_WIDGET (map)), gtk_widget_get_height (GTK_WIDGET (map)));
        /* A label has plain words: an abbreviation alone ("ASIS", Spanish "EIAS") names
         * nothing a runner knows. */
        for (guint i = 0; texts[i] != NULL; i++)
          if (!has_lowercase (texts[i]))
            g_error ("%s: %s is labelled \"%s\", with no plain word, at %d × %d", what, named[i], texts[i],
                     gtk_widget_get_width (GTK_WIDGET (map)), gtk_widget_get_height (GTK_WIDGET (map)));
        for (guint m = 0; m < G_N_ELEMENTS (main_landmarks); m++)
          if (!g_strv_contains ((const char * const *) named, main_landmarks[m]))
            g_error ("%s: %s is not labelled in view %u at %d × %d", what, main_landmarks[m], views[v],
                     gtk_widget_get_width (GTK_WIDGET (map)), gtk_widget_get_height (GTK_WIDGET (map)));

        /* A pain map draws a marker only with its label; the anatomy map adds the mirror
         * images of the labelled ones. */
        if (places)
          g_assert_cmpuint (markers->len, ==, plates->len);
        else
          g_assert_cmpuint (markers->len, <=, 2 * plates->len);

        for (guint i = 0; i < plates->len; i++)
          {
            const graphene_rect_t *plate = &g_array_index (plates, graphene_rect_t, i);

            assert_plate_clear (map, what, plate, named[i], markers);
            for (guint j = i + 1; j < plates->len; j++)
              {
                const graphene_rect_t *other = &g_array_index (plates, graphene_rect_t, j);
                double gap = MAX (other->origin.y - (plate->origin.y + plate->size.height),
                                  plate->origin.y - (other->origin.y + other->size.height));

                if (graphene_rect_intersection (plate, other, NULL))
                  g_error ("%s: the labels of %s and %s overlap in view %u", what, named[i], named[j], views[v]);
                /* In one column, labels stand apart: two labels of two lines each, a
                 * few pixels apart, read as one (Spanish, last round). */
                if (plate->origin.x < other->origin.x + other->size.width &&
                    other->origin.x < plate->origin.x + plate->size.width && gap < 5.0)
                  g_error ("%s: the labels of %s and %s are %.1f px apart in view %u", what,
                           named[i], named[j], gap, views[v]);
              }
          }
      }
}

static void
test_bundled_labels (void)
{
  g_autoptr(StrideContent) content = load_bundled ();
  /* The maps' sizes in the app: the Anatomy page's, then the pain map's, in a window of
   * 1280 × 800 and one 360 px wide. */
  static const int sizes[][4] = { { 454, 595, 615, 430 }, { 326, 430, 336, 327 } };

  /* In German or Spanish the names are translated (the test would prove nothing else). */
  if (g_strcmp0 (g_getenv ("LANGUAGE"), "de") == 0 || g_strcmp0 (g_getenv ("LANGUAGE"), "es") == 0)
    g_assert_cmpstr (stride_body_map_get_landmark_name ("greater_trochanter"), !=, "Greater trochanter");

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      StrideBodyMap *anatomy = STRIDE_BODY_MAP (stride_body_map_new ());
      StrideBodyMap *places = STRIDE_BODY_MAP (stride_body_map_new ());
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      const StrideQuestion *location = stride_content_find_question (content, "location");
      GPtrArray *structures = stride_content_get_items (content, STRIDE_KIND_STRUCTURE);

      /* The regions of anatomy_map() and places_map() (with the symptom checker's
       * backdrop), on maps shown in a window so that they have a size. */
      for (guint i = 0; i < structures->len; i++)
        {
          const StrideStructure *structure = g_ptr_array_index (structures, i);

          stride_body_map_add_region (anatomy, structure->id, structure->name, structure->shapes);
          stride_body_map_set_region_kind (anatomy, structure->id, structure->kind);
        }
      for (guint a = 0; a < location->answers->len; a++)
        {
          const StrideAnswer *answer = g_ptr_array_index (location->answers, a);

          stride_body_map_add_region (places, answer->id, answer->text, answer->shapes);
        }
      stride_body_map_set_backdrop (places, structures);

      gtk_widget_set_size_request (GTK_WIDGET (anatomy), sizes[s][0], sizes[s][1]);
      gtk_widget_set_size_request (GTK_WIDGET (places), sizes[s][2], sizes[s][3]);
      /* Each in a fixed box its own size: the maps' natural height is larger. */
      for (guint m = 0; m < 2; m++)
        {
          GtkWidget *fixed = gtk_fixed_new ();

          gtk_fixed_put (GTK_FIXED (fixed), GTK_WIDGET (m == 0 ? anatomy : places), 0, 0);
          gtk_box_append (GTK_BOX (box), fixed);
        }
      gtk_window_set_child (window, box);
      gtk_window_present (window);
      stride_test_wait_until (widget_has_size, places);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (anatomy)), ==, sizes[s][0]);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (anatomy)), ==, sizes[s][1]);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (places)), ==, sizes[s][2]);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (places)), ==, sizes[s][3]);

      assert_labels_clear (anatomy, "anatomy", FALSE);
      assert_labels_clear (places, "pain map", TRUE);
      gtk_window_destroy (window);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Run in German or Spanish (tests/meson.build), the landmarks' names are translated. */
  if (g_getenv ("STRIDE_LOCALE_DIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STRIDE_LOCALE_DIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      /* gtk_test_init() sets a fixed locale; this run is about the user's. */
      setlocale (LC_ALL, "");
    }

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
  g_test_add_func ("/stride/body-map/bundled/inside-and-apart", test_bundled_inside_and_apart);
  g_test_add_func ("/stride/body-map/bundled/layers", test_bundled_layers);
  g_test_add_func ("/stride/body-map/bundled/hamstrings-knee", test_bundled_hamstrings_knee);
  g_test_add_func ("/stride/body-map/bundled/side-hamstrings-fibula", test_bundled_side_hamstrings_fibula);
  g_test_add_func ("/stride/body-map/bundled/adductor-magnus", test_bundled_adductor_magnus);
  g_test_add_func ("/stride/body-map/bundled/side-thigh", test_bundled_side_thigh);
  g_test_add_func ("/stride/body-map/bundled/it-band-knee", test_bundled_it_band_knee);
  g_test_add_func ("/stride/body-map/bundled/femur-shaft", test_bundled_femur_shaft);
  g_test_add_func ("/stride/body-map/bundled/vastus-lateralis", test_bundled_vastus_lateralis);
  g_test_add_func ("/stride/body-map/bundled/trochanters-widest", test_bundled_trochanters_widest);
  g_test_add_func ("/stride/body-map/bundled/arrows", test_bundled_arrows);
  g_test_add_func ("/stride/body-map/landmarks", test_landmarks);
  g_test_add_func ("/stride/body-map/bundled/gluteus-minimus", test_bundled_gluteus_minimus);
  g_test_add_func ("/stride/body-map/bundled/side-it-band-top", test_bundled_side_it_band_top);
  g_test_add_func ("/stride/body-map/bundled/gluteal-insertions", test_bundled_gluteal_insertions);
  g_test_add_func ("/stride/body-map/bundled/tfl", test_bundled_tfl);
  g_test_add_func ("/stride/body-map/side-sacrum", test_side_sacrum);
  g_test_add_func ("/stride/body-map/bundled/front-of-hip", test_bundled_front_of_hip);
  g_test_add_func ("/stride/body-map/bundled/iliopsoas-tendon", test_bundled_iliopsoas_tendon);
  g_test_add_func ("/stride/body-map/bundled/sartorius", test_bundled_sartorius);
  g_test_add_func ("/stride/body-map/bundled/adductor-longus", test_bundled_adductor_longus);
  g_test_add_func ("/stride/body-map/bundled/inguinal-ligament", test_bundled_inguinal_ligament);
  g_test_add_func ("/stride/body-map/bundled/pain-front-of-hip", test_bundled_pain_front_of_hip);
  g_test_add_func ("/stride/body-map/bundled/labels", test_bundled_labels);

  return g_test_run ();
}
