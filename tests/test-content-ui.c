/* test-content-ui.c — what the app shows when a content pack does not load
 *
 * A broken pack in $XDG_DATA_HOME/stride/packs must not stop the app: the bundled content
 * still loads, and the pack's problems can be read from the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-application.h"
#include "stride-window.h"
#include "stride-test-utils.h"

static StrideApplication *app;
static char *data_home;
static char *broken_dir;

static void
drain_events (void)
{
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The message dialog whose heading contains TEXT, or NULL. */
static AdwMessageDialog *
find_dialog (const char *text)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (l->data)), text) != NULL)
      return ADW_MESSAGE_DIALOG (l->data);
  return NULL;
}

static void
test_broken_user_pack (void)
{
  StrideContent *content = stride_application_get_content (app);
  GPtrArray *skipped;
  const StrideSkippedPack *pack;
  AdwMessageDialog *dialog;
  gint64 deadline;

  /* The app has its content, and knows which pack it left out and why. */
  g_assert_nonnull (content);
  skipped = stride_content_get_skipped_packs (content);
  g_assert_cmpuint (skipped->len, ==, 1);
  pack = g_ptr_array_index (skipped, 0);
  g_assert_cmpstr (pack->dir, ==, broken_dir);
  g_assert_cmpstr (pack->title, ==, "My <b>broken</b> pack");
  g_assert_cmpuint (pack->messages->len, ==, 1);
  g_assert_null (stride_content_find_finding (content, "my_finding"));

  /* The window opens, and the toast's Details button shows the problems. */
  g_application_activate (G_APPLICATION (app));
  drain_events ();
  g_assert_nonnull (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "content-problems", g_variant_new_string (broken_dir));

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while ((dialog = find_dialog ("My <b>broken</b> pack")) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), broken_dir));
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain_events ();
}

static void
write_broken_pack (void)
{
  g_autofree char *manifest = NULL;
  g_autofree char *items = NULL;

  data_home = g_dir_make_tmp ("stride-ui-XXXXXX", NULL);
  broken_dir = g_build_filename (data_home, "stride", "packs", "broken", NULL);
  manifest = g_build_filename (broken_dir, "manifest.json", NULL);
  items = g_build_filename (broken_dir, "items.json", NULL);

  g_assert_cmpint (g_mkdir_with_parents (broken_dir, 0700), ==, 0);
  /* A title with markup characters: shown as written, never interpreted. */
  g_assert_true (g_file_set_contents (manifest,
    "{\"id\": \"broken\", \"title\": \"My <b>broken</b> pack\", \"version\": \"1\", \"language\": \"en\", "
    "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", -1, NULL));
  g_assert_true (g_file_set_contents (items,
    "{\"findings\": [{\"id\": \"my_finding\", \"name\": \"Mine\", \"text\": \"Mine.\", "
    "\"exercises\": [\"no_such_exercise\"]}]}", -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user's data dir. */
  write_broken_pack ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = stride_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("Could not register the application");

  g_test_add_func ("/stride/content-ui/broken-user-pack", test_broken_user_pack);
  status = g_test_run ();

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_destroy (GTK_WINDOW (l->data));
  drain_events ();
  g_clear_object (&app);
  stride_test_remove_tree (data_home);
  g_free (broken_dir);
  g_free (data_home);
  return status;
}
