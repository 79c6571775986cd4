/* stride-application.c — the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>

#include <glib/gi18n.h>

#include "stride-accessible.h"
#include "stride-application.h"
#include "stride-cli.h"
#include "stride-page.h"
#include "stride-preferences-window.h"
#include "stride-reminder.h"
#include "stride-sound-cues.h"
#include "stride-window.h"

struct _StrideApplication
{
  AdwApplication  parent_instance;

  /* Owned references */
  GSettings      *settings;
  StrideReminder *reminder;
  StrideContent  *content;
  StrideContext  *context;
  GPtrArray      *content_errors;   /* the bundled pack's problems, when it did not load */
  gboolean        content_reported;
  gboolean        activated;

  /* Loads the content packs while GTK starts and the window shows its first frame; the
   * context is made from its result on the main thread (see ensure_context). */
  GThread        *content_loader;
};

/* What the loader thread hands back. */
typedef struct
{
  StrideContent *content;   /* NULL when the bundled pack did not load */
  GPtrArray     *errors;
} LoadedContent;

G_DEFINE_FINAL_TYPE (StrideApplication, stride_application, ADW_TYPE_APPLICATION)

static void ensure_context (StrideApplication *self);

/* Made at once, before the content has loaded: the window shows its first frame and
 * gets the context (and builds its first page) when the content is there. */
static StrideWindow *
get_or_create_window (StrideApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = g_object_new (STRIDE_TYPE_WINDOW,
                           "application", self,
                           "context", self->context,
                           NULL);

  return STRIDE_WINDOW (window);
}

static void
apply_color_scheme (StrideApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme value = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    value = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    value = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), value);
}

static void
disclaimer_response_cb (AdwMessageDialog  *dialog,
                        const char        *response,
                        StrideApplication *self)
{
  g_settings_set_boolean (self->settings, "disclaimer-accepted", TRUE);
}

static void
show_disclaimer (StrideApplication *self,
                 GtkWindow         *parent)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent,
                                   _("Stride Informs, It Does Not Diagnose"),
                                   _("Stride teaches you about your hips and coaches your exercises. "
                                     "It cannot examine you and it does not give a diagnosis: what it "
                                     "suggests is a starting point, not a verdict.\n\n"
                                     "Stop any exercise that causes sharp or worsening pain. If you "
                                     "cannot put weight on your leg, have numbness in your groin or "
                                     "buttocks, changes in bladder or bowel control, a fever with a hot "
                                     "swollen joint, or pain after a fall, get medical help straight away.\n\n"
                                     "When in doubt, see a doctor or physiotherapist."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "accept", _("_I Understand"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  g_signal_connect_object (dialog, "response", G_CALLBACK (disclaimer_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
launch_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  StrideApplication *self = STRIDE_APPLICATION (user_data);
  StrideWindow *window = get_or_create_window (self);
  const char *kind = NULL;
  const char *id = NULL;
  const char *page_name;

  g_variant_get (parameter, "(&s&s)", &kind, &id);
  page_name = stride_cli_launch_kind_page (kind);

  if (page_name == NULL)
    {
      stride_window_show_page (window, id);
    }
  else
    stride_window_open (window, page_name, kind, id);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  StrideApplication *self = STRIDE_APPLICATION (user_data);
  GtkWindow *window = GTK_WINDOW (get_or_create_window (self));
  StridePreferencesWindow *preferences;

  ensure_context (self);
  preferences = stride_preferences_window_new (window, self->context);

  gtk_window_present (GTK_WINDOW (preferences));
}

/* Run from its build folder, Stride's own icon (shown by About) is not in any icon theme:
 * it is installed with the app. Look for it in the source tree then, once, when About
 * first needs it (a new search path makes the theme rescan: not at start-up). An
 * installed Stride finds it in hicolor as every app does. */
static void
add_uninstalled_icons (GtkWidget *widget)
{
  static gboolean added;
  g_autofree char *exe = NULL;
  g_autofree char *prefix = NULL;

  if (added)
    return;
  added = TRUE;
  exe = g_file_read_link ("/proc/self/exe", NULL);
  prefix = g_strconcat (STRIDE_BUILD_ROOT, G_DIR_SEPARATOR_S, NULL);
  if (exe != NULL && g_str_has_prefix (exe, prefix))
    gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)),
                                    STRIDE_SOURCE_ICON_DIR);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  StrideApplication *self = STRIDE_APPLICATION (user_data);
  static const char *developers[] = { "The Stride developers", NULL };
  StrideWindow *window = get_or_create_window (self);
  GtkWidget *about;

  add_uninstalled_icons (GTK_WIDGET (window));
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application", self,
                        "application-icon", APP_ID,
                        "application-name", _("Stride"),
                        "developer-name", _("The Stride developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://stride-app.github.io",
                        "issue-url", "https://github.com/stride-app/stride/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "comments", _("Hip and glute care for runners: learn the anatomy, read about "
                                      "the conditions runners get, check your symptoms, test your "
                                      "flexibility and strength, and follow video-guided routines.\n\n"
                                      "Stride informs and coaches; it does not diagnose. When in doubt, "
                                      "or if a red flag applies to you, see a doctor or physiotherapist."),
                        "release-notes", _("<p>First release: the application, its sections and help.</p>"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
disclaimer_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  StrideApplication *self = STRIDE_APPLICATION (user_data);

  show_disclaimer (self, GTK_WINDOW (get_or_create_window (self)));
}

static void
help_shown_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(StrideWindow) window = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    stride_window_add_toast (window, _("Could not open the help. Is the Help viewer (Yelp) installed?"));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  StrideApplication *self = STRIDE_APPLICATION (user_data);
  StrideWindow *window = get_or_create_window (self);
  const char *page = stride_window_get_visible_page_name (window);
  g_autofree char *uri = g_strdup_printf ("help:%s/%s", APP_ID, page != NULL ? page : "index");

  gtk_show_uri_full (GTK_WINDOW (window), uri, GDK_CURRENT_TIME, NULL,
                     help_shown_cb, g_object_ref (window));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* Several problems in a label the user can select and copy, scrolling when long. */
static GtkWidget *
problems_view (GPtrArray *messages)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label;

  for (guint i = 0; i < messages->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (messages, i));

  label = gtk_label_new (text->str);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "caption");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  /* The natural height of a wrapping label is measured unwrapped: ask for room. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The problems found"), -1);
  return scrolled;
}

static void
show_problems (GtkWindow  *parent,
               const char *heading,
               const char *body,
               GPtrArray  *messages)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), problems_view (messages));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
content_problems_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  StrideApplication *self = STRIDE_APPLICATION (user_data);
  GPtrArray *skipped;
  const char *dir = g_variant_get_string (parameter, NULL);

  ensure_context (self);
  skipped = stride_content_get_skipped_packs (self->content);

  /* "": every pack that was skipped, each with its first problem. */
  if (dir[0] == '\0')
    {
      g_autoptr(GPtrArray) firsts = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < skipped->len; i++)
        {
          const StrideSkippedPack *pack = g_ptr_array_index (skipped, i);

          /* Translators: a content pack's title, then its first problem (which names the file) */
          g_ptr_array_add (firsts, g_strdup_printf (_("“%s”: %s"), pack->title,
                                                    pack->messages->len > 0 ? (const char *) g_ptr_array_index (pack->messages, 0) : ""));
        }
      show_problems (GTK_WINDOW (get_or_create_window (self)), _("Content Packs Not Loaded"),
                     _("Stride skipped these content packs. Everything else works as usual. Fix each pack, "
                       "or remove it, and restart Stride. Each pack and its first problem:"),
                     firsts);
      return;
    }

  for (guint i = 0; i < skipped->len; i++)
    {
      const StrideSkippedPack *pack = g_ptr_array_index (skipped, i);
      g_autofree char *heading = NULL;
      g_autofree char *body = NULL;

      if (!g_str_equal (pack->dir, dir))
        continue;

      heading = g_strdup_printf (_("Content Pack “%s” Not Loaded"), pack->title);
      body = g_strdup_printf (_("Stride skipped the content pack in %s because of the problems below. "
                                "Everything else works as usual. Fix the pack, or remove it, and "
                                "restart Stride."), pack->dir);
      show_problems (GTK_WINDOW (get_or_create_window (self)), heading, body, pack->messages);
    }
}

/* Once, when the first window opens: what did not load, and why. */
static void
report_content_problems (StrideApplication *self,
                         StrideWindow      *window)
{
  GPtrArray *skipped = stride_content_get_skipped_packs (self->content);

  if (self->content_reported)
    return;
  self->content_reported = TRUE;

  if (self->content_errors->len > 0)
    show_problems (GTK_WINDOW (window), _("Stride's Content Could Not Be Loaded"),
                   _("The muscles, conditions, self-tests and exercises that Stride shows come from its "
                     "content pack, and that pack is damaged, so the pages stay empty. Reinstalling "
                     "Stride should repair it. The problems found:"),
                   self->content_errors);

  if (skipped->len == 0)
    return;

  /* One notice however many packs failed (a thousand toasts would bury the window);
   * Details lists each pack, or shows the one pack's problems. */
  {
    const StrideSkippedPack *pack = g_ptr_array_index (skipped, 0);
    g_autofree char *title = NULL;
    GtkWidget *label;
    AdwToast *toast = adw_toast_new ("");

    if (skipped->len == 1)
      title = g_strdup_printf (_("Content pack “%s” was not loaded"), pack->title);
    else
      title = g_strdup_printf (ngettext ("%u content pack could not be loaded",
                                         "%u content packs could not be loaded", skipped->len),
                               skipped->len);
    /* A label of its own, so that the pack's name (not markup) wraps at 360 px instead of
     * being cut off. */
    label = gtk_label_new (title);
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    gtk_label_set_lines (GTK_LABEL (label), 3);
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    gtk_widget_add_css_class (label, "heading");
    adw_toast_set_custom_title (toast, label);
    adw_toast_set_button_label (toast, _("_Details"));
    adw_toast_set_action_name (toast, "app.content-problems");
    adw_toast_set_action_target_value (toast, g_variant_new_string (skipped->len == 1 ? pack->dir : ""));
    adw_toast_set_timeout (toast, 0);
    stride_window_add_toast_object (window, toast);
  }
}

/* The one context every window and page works on: the user's files at their usual
 * places, the content just loaded, the cues bound to the settings. */
static StrideContext *
create_context (StrideApplication *self)
{
  g_autofree char *history_path = stride_history_get_user_path ();
  g_autofree char *store_path = stride_routine_store_get_user_path ();
  g_autoptr(StrideHistory) history = stride_history_new (history_path);
  g_autoptr(StrideRoutineStore) store = stride_routine_store_new (store_path);
  g_autoptr(StrideSoundCues) cues = stride_sound_cues_new (self->settings);

  return stride_context_new (self->content, history, store, self->settings, G_OBJECT (cues));
}

static gboolean content_loaded_cb (gpointer data);

/* On the loader thread: only core, which knows no main loop. The result is picked up by
 * content_loaded_cb on the main thread, or earlier by ensure_context. */
static gpointer
load_content_thread (gpointer data)
{
  StrideApplication *self = data;
  LoadedContent *loaded = g_new0 (LoadedContent, 1);

  loaded->errors = g_ptr_array_new_with_free_func (g_free);
  loaded->content = stride_content_load_default (loaded->errors);
  /* Below redraw: when the first frame is due too, it comes first. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, content_loaded_cb, self, g_object_unref);
  return loaded;
}

static void
start_loading_content (StrideApplication *self)
{
  self->content_loader = g_thread_new ("stride-content", load_content_thread, g_object_ref (self));
}

/* Takes the loader's result: a broken bundled pack leaves the content empty (the pages
 * say so) and its problems are shown once the window is up. */
static void
apply_loaded_content (StrideApplication *self,
                      LoadedContent     *loaded)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  self->content_errors = loaded->errors;
  self->content = loaded->content;
  if (self->content == NULL)
    self->content = stride_content_new_empty ();
  else
    g_ptr_array_set_size (self->content_errors, 0);
  g_free (loaded);

  self->context = create_context (self);
  self->reminder = stride_reminder_new (G_APPLICATION (self), self->context);

  if (STRIDE_IS_WINDOW (window))
    stride_window_set_context (STRIDE_WINDOW (window), self->context);
  if (self->activated && STRIDE_IS_WINDOW (window))
    report_content_problems (self, STRIDE_WINDOW (window));
}

/* The context, now: waits for the loader if it has not finished (a test, or Preferences
 * chosen in the first milliseconds). */
static void
ensure_context (StrideApplication *self)
{
  GThread *loader = g_steal_pointer (&self->content_loader);

  if (loader != NULL)
    apply_loaded_content (self, g_thread_join (loader));
}

static gboolean
content_loaded_cb (gpointer data)
{
  ensure_context (STRIDE_APPLICATION (data));
  return G_SOURCE_REMOVE;
}

static const GActionEntry app_actions[] = {
  { "launch", launch_action, "(ss)" },
  { "content-problems", content_problems_action, "s" },
  { "preferences", preferences_action },
  { "about", about_action },
  { "disclaimer", disclaimer_action },
  { "help", help_action },
  { "quit", quit_action },
};

static void
stride_application_startup (GApplication *application)
{
  StrideApplication *self = STRIDE_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (stride_application_parent_class)->startup (application);
  stride_accessible_install_name_fixes ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  /* What GTK sets when it finds gtk/help-overlay.ui, which Stride's window builds itself. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);

  self->settings = g_settings_new (APP_ID);

  /* Loaded once, beside the window's first frame, before any page is built. Not before
   * GTK's start-up above: it sets the locale, which the loader reads. */
  start_loading_content (self);

  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);
}

static void
stride_application_activate (GApplication *application)
{
  StrideApplication *self = STRIDE_APPLICATION (application);
  StrideWindow *window = get_or_create_window (self);

  gtk_window_present (GTK_WINDOW (window));
  self->activated = TRUE;
  if (self->context != NULL)
    report_content_problems (self, window);

  if (!g_settings_get_boolean (self->settings, "disclaimer-accepted"))
    show_disclaimer (self, GTK_WINDOW (window));
}

/* The one parse of the command line: the headless commands answer and exit here, before
 * GTK starts; anything else registers (so a launch reaches a copy already running) and
 * activates. GApplication's own parse is not used: it answers an unknown option with exit
 * status 1, and Stride's contract (docs/command-line.md) is usage and exit status 2. */
static gboolean
stride_application_local_command_line (GApplication   *application,
                                       char         ***arguments,
                                       int            *exit_status)
{
  g_autoptr(GVariantDict) options = NULL;
  g_autoptr(GError) error = NULL;
  const char *kind = NULL;
  const char *id = NULL;

  options = stride_cli_parse (*arguments, &error);
  if (options == NULL)
    {
      g_printerr ("stride: %s\n", error->message);
      g_printerr (_("Usage: stride [OPTION…]\nRun “stride --help” to see the options.\n"));
      *exit_status = 2;
      return TRUE;
    }

  *exit_status = stride_cli_handle (options);
  if (*exit_status != STRIDE_CLI_CONTINUE)
    return TRUE;

  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("stride: %s\n", error->message);
      *exit_status = 1;
      return TRUE;
    }

  if (stride_cli_get_launch_target (options, &kind, &id))
    g_action_group_activate_action (G_ACTION_GROUP (application), "launch",
                                    g_variant_new ("(ss)", kind, id));
  g_application_activate (application);
  *exit_status = 0;
  return TRUE;
}

static void
stride_application_dispose (GObject *object)
{
  StrideApplication *self = STRIDE_APPLICATION (object);

  /* The loader thread holds a reference until its result is taken: it is done by now. */
  g_assert (self->content_loader == NULL);
  g_clear_object (&self->reminder);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->content, stride_content_unref);
  g_clear_pointer (&self->content_errors, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_application_parent_class)->dispose (object);
}

static void
stride_application_class_init (StrideApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = stride_application_dispose;

  app_class->startup = stride_application_startup;
  app_class->activate = stride_application_activate;
  app_class->local_command_line = stride_application_local_command_line;
}

static void
stride_application_init (StrideApplication *self)
{
  /* Under a file-size limit (ulimit -f) a write that passes it must fail with an error
   * Stride can report, not kill the process half-way through. */
  signal (SIGXFSZ, SIG_IGN);
}

StrideApplication *
stride_application_new (void)
{
  return g_object_new (STRIDE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", APP_PATH,
                       NULL);
}

GSettings *
stride_application_get_settings (StrideApplication *self)
{
  g_return_val_if_fail (STRIDE_IS_APPLICATION (self), NULL);

  return self->settings;
}

StrideContent *
stride_application_get_content (StrideApplication *self)
{
  g_return_val_if_fail (STRIDE_IS_APPLICATION (self), NULL);

  ensure_context (self);
  return self->content;
}

StrideContext *
stride_application_get_context (StrideApplication *self)
{
  g_return_val_if_fail (STRIDE_IS_APPLICATION (self), NULL);

  ensure_context (self);
  return self->context;
}
