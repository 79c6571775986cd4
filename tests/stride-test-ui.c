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
