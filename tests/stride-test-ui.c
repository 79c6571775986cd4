/* stride-test-ui.c — widget helpers the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-test-ui.h"
#include "stride-page.h"
#include "stride-sound-cues.h"
#include "stride-window.h"

#include <adwaita.h>

/* A StrideTestWaitFunc: WIDGET is on screen. */
gboolean
stride_test_widget_is_mapped (gpointer widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

static gboolean
is_realized (gpointer widget)
{
  return gtk_widget_get_realized (GTK_WIDGET (widget));
}

typedef struct
{
  GtkWidget *root;
  guint      painted;
  guint      wanted;
} FrameWait;

static void
count_painted_frame (GdkFrameClock *clock,
                     gpointer       data)
{
  FrameWait *wait = data;

  wait->painted++;
}

static gboolean
enough_frames_painted (gpointer data)
{
  FrameWait *wait = data;

  if (wait->painted >= wait->wanted)
    return TRUE;
  /* A window with nothing to redraw paints no frame: ask for one each turn. */
  gtk_widget_queue_draw (wait->root);
  return FALSE;
}

void
stride_test_wait_for_frames (GtkWidget *widget,
                             guint      n_frames)
{
  FrameWait wait = { NULL, 0, n_frames };
  GdkFrameClock *clock;
  gulong handler;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  wait.root = GTK_WIDGET (gtk_widget_get_root (widget));
  g_assert_nonnull (wait.root);
  stride_test_wait_until (is_realized, wait.root);
  clock = gtk_widget_get_frame_clock (wait.root);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_painted_frame), &wait);
  stride_test_wait_until (enough_frames_painted, &wait);
  g_signal_handler_disconnect (clock, handler);
}

/* The first window of APP that is a TYPE, or NULL. */
GtkWindow *
stride_test_find_window_of_type (GtkApplication *app,
                                 GType           type)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;

  return NULL;
}

/* A new application, registered (so its actions and windows work) but not unique, so
 * the tests never meet a running Stride. A program can register only one. */
StrideApplication *
stride_test_register_app (void)
{
  StrideApplication *app = stride_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("Could not register the application");
  return app;
}

StrideContext *
stride_test_context_new (const char *pack_dir)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = stride_content_load_pack (pack_dir != NULL ? pack_dir : stride_content_get_bundled_dir (),
                                                                errors);
  g_autofree char *history_path = stride_history_get_user_path ();
  g_autofree char *store_path = stride_routine_store_get_user_path ();
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(StrideRoutineStore) store = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(StrideSoundCues) cues = stride_sound_cues_new (settings);

  if (content == NULL)
    g_error ("The pack in %s did not load: %s", pack_dir != NULL ? pack_dir : "(bundled)",
             errors->len > 0 ? (const char *) g_ptr_array_index (errors, 0) : "?");
  history = stride_history_new (history_path);
  store = stride_routine_store_new (store_path);
  return stride_context_new (content, history, store, settings, G_OBJECT (cues));
}

StrideContext *
stride_test_app_context (void)
{
  GApplication *app = g_application_get_default ();

  g_assert_true (STRIDE_IS_APPLICATION (app));
  return stride_application_get_context (STRIDE_APPLICATION (app));
}

/* With STRIDE_TEST_SCREENSHOTS=DIR, saves WIDGET as DIR/NAME.png for a person to look
 * at; otherwise does nothing, so a test never depends on it. */
void
stride_test_screenshot (GtkWidget  *widget,
                        const char *name)
{
  const char *dir = g_getenv ("STRIDE_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width, height;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  if (dir == NULL)
    return;

  /* Let the stacks' cross-fades finish. */
  for (gint64 until = g_get_monotonic_time () + 600 * 1000; g_get_monotonic_time () < until;)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;   /* nothing drawn yet */
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  gdk_texture_save_to_png (texture, path);
}

/* A view: a launch target (what --page=, --condition=… open), then steps a user takes:
 * "row:TITLE" activates the row of that title, "action:NAME" a page action. */
typedef struct
{
  const char *kind;
  const char *id;
  const char *steps;
} StrideTestView;

static const StrideTestView views[] = {
  { "page", "anatomy", NULL },
  { "structure", "gluteus_medius", NULL },
  { "structure", "piriformis", NULL },
  { "page", "conditions", NULL },
  { "condition", "trochanteric_bursitis", NULL },
  { "condition", "femoral_neck_stress_fracture", NULL },
  { "page", "symptoms", NULL },
  { "page", "symptoms", "action:symptoms.start" },
  { "page", "self-test", NULL },
  { "test", "thomas_test", NULL },
  { "test", "side_plank_hold", NULL },
  { "page", "routines", NULL },
  { "page", "routines", "row:Hip stretch routine" },
  { "page", "routines", "row:Hip strength routine" },
  { "exercise", "figure_four_stretch", NULL },
  { "page", "routines", "action:routines.new" },
  { "page", "routines", "row:Hip strength routine|action:routines.duplicate" },
  { "page", "routines", "row:Hip strength routine|action:routines.duplicate|action:editor.done" },
  { "routine", "hip_stretch_routine", NULL },
  { "page", "progress", NULL },
};

/* Actions resolve upwards from a widget: the first widget under ROOT that finds NAME
 * (a page's own, or its editor's) runs it. */
static gboolean
activate_action_below (GtkWidget  *root,
                       const char *name)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;
  if (gtk_widget_activate_action (root, name, NULL))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (activate_action_below (child, name))
      return TRUE;
  return FALSE;
}

static gboolean
activate_row_below (GtkWidget  *root,
                    const char *title)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    {
      g_assert_true (gtk_widget_activate (root));
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (activate_row_below (child, title))
      return TRUE;
  return FALSE;
}

static gboolean
quiet_for_a_moment (gpointer data)
{
  gint64 *until = data;

  return g_get_monotonic_time () >= *until;
}

/* Lets transitions (stack cross-fades, leaflet slides) end, so what is measured is what
 * stays on screen. */
static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 400 * 1000;

  stride_test_drain_events ();
  stride_test_wait_until (quiet_for_a_moment, &until);
  stride_test_drain_events ();
}

AdwMessageDialog *
stride_test_wait_for_start_question (void)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l != NULL; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && adw_message_dialog_has_response (l->data, "start"))
          return l->data;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* The tests that visit every view save routines: they keep them in a directory of their
 * own, removed at the end, so one run never sees what the last one saved. */
char *
stride_test_use_private_data_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("stride-views-XXXXXX", &error);

  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  return dir;
}

void
stride_test_visit_views (StrideApplication  *app,
                         GtkWindow          *window,
                         StrideTestViewFunc  func,
                         gpointer            data)
{
  g_return_if_fail (STRIDE_IS_APPLICATION (app));
  g_return_if_fail (GTK_IS_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = NULL;

      g_action_group_activate_action (G_ACTION_GROUP (app), "launch",
                                      g_variant_new ("(ss)", views[i].kind, views[i].id));
      settle ();
      /* A page opens where it was left; its own views start from its first. */
      if (g_str_equal (views[i].kind, "page"))
        {
          StridePage *page = STRIDE_PAGE (stride_window_get_page (STRIDE_WINDOW (window), views[i].id));

          for (guint back = 0; back < 10 && stride_page_get_can_go_back (page); back++)
            stride_page_go_back (page);
          settle ();
        }
      if (views[i].steps != NULL)
        {
          StrideWindow *main_window = STRIDE_WINDOW (window);
          GtkWidget *page = stride_window_get_page (main_window, stride_window_get_visible_page_name (main_window));
          g_auto(GStrv) steps = g_strsplit (views[i].steps, "|", -1);

          for (guint j = 0; steps[j] != NULL; j++)
            {
              if (g_str_has_prefix (steps[j], "row:"))
                g_assert_true (activate_row_below (page, steps[j] + strlen ("row:")));
              else if (g_str_has_prefix (steps[j], "action:"))
                g_assert_true (activate_action_below (page, steps[j] + strlen ("action:")));
              else
                g_assert_not_reached ();
              settle ();
            }
        }
      name = views[i].steps != NULL
             ? g_strdup_printf ("%s %s, then %s", views[i].kind, views[i].id, views[i].steps)
             : g_strdup_printf ("%s %s", views[i].kind, views[i].id);
      func (window, name, data);
    }
}

static const char *
first_label_below (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : first_label_below (child);

      if (text != NULL && *text != '\0')
        return text;
    }
  return NULL;
}

/* "GtkButton “Start” in AdwClamp < GtkBox < …": enough to find WIDGET in the code. */
char *
stride_test_describe_widget (GtkWidget *widget)
{
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (widget));
  GtkWidget *ancestor;
  guint depth = 0;

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, " “%s”", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    g_string_append_printf (text, " “%s”", gtk_button_get_label (GTK_BUTTON (widget)));
  else if (gtk_widget_get_tooltip_text (widget) != NULL)
    g_string_append_printf (text, " (tooltip “%s”)", gtk_widget_get_tooltip_text (widget));
  else if (first_label_below (widget) != NULL)
    g_string_append_printf (text, " (showing “%s”)", first_label_below (widget));
  if (gtk_widget_get_name (widget) != NULL && !g_str_equal (gtk_widget_get_name (widget), G_OBJECT_TYPE_NAME (widget)))
    g_string_append_printf (text, " #%s", gtk_widget_get_name (widget));
  g_string_append (text, " in");
  for (ancestor = gtk_widget_get_parent (widget); ancestor != NULL && depth < 5;
       ancestor = gtk_widget_get_parent (ancestor), depth++)
    g_string_append_printf (text, " %s%s", depth > 0 ? "< " : "", G_OBJECT_TYPE_NAME (ancestor));
  return g_string_free (text, FALSE);
}

/* Whether the walk goes on into WIDGET and its children. */
static gboolean
is_reachable (GtkWidget      *widget,
              StrideTestFind  where)
{
  switch (where)
    {
    case STRIDE_TEST_FIND_SHOWN:
      return gtk_widget_get_visible (widget) && gtk_widget_get_child_visible (widget);
    case STRIDE_TEST_FIND_MAPPED:
      return gtk_widget_get_mapped (widget);
    case STRIDE_TEST_FIND_ANY:
    default:
      return TRUE;
    }
}

/* Depth first, ROOT before its children; stops at the first match when FIRST_ONLY. */
static gboolean
collect_matches (GtkWidget       *widget,
                 StrideTestFind   where,
                 StrideTestMatch  match,
                 gconstpointer    data,
                 gboolean         first_only,
                 GPtrArray       *found)
{
  if (!is_reachable (widget, where))
    return FALSE;

  if (match (widget, data))
    {
      g_ptr_array_add (found, widget);
      if (first_only)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (collect_matches (child, where, match, data, first_only, found))
      return TRUE;
  return FALSE;
}

/* Every widget below ROOT (ROOT too) that WHERE lets the walk reach and MATCH accepts, in
 * the order a depth-first walk meets them. */
GPtrArray *
stride_test_find_all (GtkWidget       *root,
                      StrideTestFind   where,
                      StrideTestMatch  match,
                      gconstpointer    data)
{
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (GTK_IS_WIDGET (root), found);

  collect_matches (root, where, match, data, FALSE, found);
  return found;
}

/* The first of stride_test_find_all()'s widgets, or NULL. */
GtkWidget *
stride_test_find_first (GtkWidget       *root,
                        StrideTestFind   where,
                        StrideTestMatch  match,
                        gconstpointer    data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  collect_matches (root, where, match, data, TRUE, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* A StrideTestMatch: WIDGET is an instance of TYPE (a GType in a pointer). */
gboolean
stride_test_is_of_type (GtkWidget     *widget,
                        gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* A StrideTestMatch: WIDGET has the style class CSS_CLASS. */
gboolean
stride_test_has_css_class (GtkWidget     *widget,
                           gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

/* A StrideTestMatch: WIDGET is a label reading exactly TEXT. */
gboolean
stride_test_is_label_with_text (GtkWidget     *widget,
                                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}
