/* test-pack-notice.c — many broken content packs give one notice, not one each
 *
 * A hundred broken packs in $XDG_DATA_HOME/stride/packs: the window shows exactly one
 * toast, "100 content packs could not be loaded", and its Details list each pack with its
 * first problem. Dismissing it shows no other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stride-application.h"
#include "stride-window.h"
#include "stride-test-utils.h"

#define N_BROKEN 100

static StrideApplication *app;
static char *data_home;

static void
iterate_for (gint64 us)
{
  gint64 until = g_get_monotonic_time () + us;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
collect_toasts (GtkWidget *widget,
                GPtrArray *found)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget"))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_toasts (child, found);
}

static GPtrArray *
shown_toasts (void)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_toasts (GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app))), found);
  return found;
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* The toast's close button: the one that is not "Details". */
static GtkWidget *
find_close_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_close_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (const char *heading)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (l->data)), heading) == 0)
      return ADW_MESSAGE_DIALOG (l->data);
  return NULL;
}

static void
test_one_notice (void)
{
  g_autoptr(GPtrArray) toasts = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) details = g_string_new (NULL);
  AdwMessageDialog *dialog;
  gint64 deadline;

  g_assert_cmpuint (stride_content_get_skipped_packs (stride_application_get_content (app))->len, ==, N_BROKEN);

  g_application_activate (G_APPLICATION (app));
  iterate_for (G_USEC_PER_SEC / 2);
  toasts = shown_toasts ();
  g_assert_cmpuint (toasts->len, ==, 1);
  collect_text (g_ptr_array_index (toasts, 0), text);
  g_assert_nonnull (strstr (text->str, "100 content packs could not be loaded"));

  /* Details: every pack, each with its first problem. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "content-problems", g_variant_new_string (""));
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while ((dialog = find_dialog ("Content Packs Not Loaded")) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  collect_text (gtk_widget_get_first_child (GTK_WIDGET (dialog)), details);
  for (guint i = 0; i < N_BROKEN; i++)
    {
      g_autofree char *line = g_strdup_printf ("“Broken pack %03u”: %s/stride/packs/broken_%03u/items.json:1:15: "
                                               "the text ends too early", i, data_home, i);

      g_assert_nonnull (strstr (details->str, line));
    }
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Dismissed, no other toast follows: there was only the one. */
  g_signal_emit_by_name (find_close_button (g_ptr_array_index (toasts, 0)), "clicked");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  for (;;)
    {
      g_autoptr(GPtrArray) left = shown_toasts ();

      if (left->len == 0)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  iterate_for (G_USEC_PER_SEC);
  g_clear_pointer (&toasts, g_ptr_array_unref);
  toasts = shown_toasts ();
  g_assert_cmpuint (toasts->len, ==, 0);
}

static void
write_broken_packs (void)
{
  data_home = g_dir_make_tmp ("stride-ui-XXXXXX", NULL);
  for (guint i = 0; i < N_BROKEN; i++)
    {
      g_autofree char *dir = g_strdup_printf ("%s/stride/packs/broken_%03u", data_home, i);
      g_autofree char *manifest = g_build_filename (dir, "manifest.json", NULL);
      g_autofree char *items = g_build_filename (dir, "items.json", NULL);
      g_autofree char *text = g_strdup_printf (
        "{\"id\": \"broken_%03u\", \"title\": \"Broken pack %03u\", \"version\": \"1\", \"language\": \"en\", "
        "\"licence\": \"CC0-1.0\", \"authors\": [\"A\"], \"files\": [\"items.json\"]}", i, i);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (manifest, text, -1, NULL));
      g_assert_true (g_file_set_contents (items, "{\"findings\": [", -1, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user's data dir. */
  write_broken_packs ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The toast's show and hide animations are not what is tested, and on a loaded machine
   * libadwaita 1.2 was seen to crash skipping one (adw_animation_skip) when the toast was
   * dismissed or its window destroyed mid-animation: they end at once here. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = stride_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("Could not register the application");

  g_test_add_func ("/stride/pack-notice/one-notice", test_one_notice);
  status = g_test_run ();

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_destroy (GTK_WINDOW (l->data));
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&app);
  stride_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
