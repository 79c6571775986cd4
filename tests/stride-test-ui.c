/* stride-test-ui.c — widget helpers the UI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-test-ui.h"

/* A StrideTestWaitFunc: WIDGET is on screen. */
gboolean
stride_test_widget_is_mapped (gpointer widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  return gtk_widget_get_mapped (GTK_WIDGET (widget));
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
