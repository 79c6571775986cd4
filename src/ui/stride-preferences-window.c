/* stride-preferences-window.c — Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <glib/gstdio.h>

#include "stride-history.h"
#include "stride-preferences-window.h"
#include "stride-widget-util.h"
#include "stride-progress-page.h"
#include "stride-reminder-group.h"
#include "stride-routine-store.h"
#include "stride-sound-cues.h"

struct _StridePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *style_row;
  GtkSwitch            *cues_switch;
  GtkSwitch            *rate_each_switch;
  GtkAdjustment        *get_ready_adjustment;
  GtkAdjustment        *rest_adjustment;
  GtkWidget            *volume_row;
  GtkAdjustment        *volume_adjustment;
  GtkWidget            *voice_row;
  GtkSwitch            *voice_switch;
  GtkWidget            *voice_rate_row;
  GtkAdjustment        *voice_rate_adjustment;
  GtkWidget            *count_reps_row;
  GtkSwitch            *count_reps_switch;
  GtkWidget            *get_ready_spin;
  GtkWidget            *rest_spin;
  GtkWidget            *volume_scale;
  GtkWidget            *voice_rate_scale;
  GtkWidget            *internet_group;
  GtkListBox           *internet_list;

  /* Owned references */
  StrideContext        *context;
  GSettings            *settings;
  GtkStringList        *internet_packs;   /* ids of the packs allowed internet videos */
};

G_DEFINE_FINAL_TYPE (StridePreferencesWindow, stride_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row's positions, in the order of the template's string list. */
static const char * const color_schemes[] = { "system", "light", "dark" };

static gboolean
scheme_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_str_equal (scheme, color_schemes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
position_to_scheme (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[position]);
}

/* Whole seconds (a "u" key) shown in a spin button's adjustment (a double) */
static gboolean
seconds_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant));
  return TRUE;
}

static GVariant *
seconds_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32) MAX (g_value_get_double (value), 0));
}

/* The voice's rows count only while there is sound and the voice is on. */
static void
update_voice_rows (StridePreferencesWindow *self)
{
  gboolean voice = !g_settings_get_boolean (self->settings, "cues-muted") &&
                   g_settings_get_boolean (self->settings, "voice-enabled");

  gtk_widget_set_sensitive (self->voice_rate_row, voice);
  gtk_widget_set_sensitive (self->count_reps_row, voice);
}

static void
play_voice_cb (StridePreferencesWindow *self)
{
  /* Translators: said aloud to try the voice and its speaking rate */
  stride_sound_cues_read_aloud (stride_sound_cues_from_context (self->context), _("Next: side plank, left side. Get ready."));
}

static void
play_sample_cb (StridePreferencesWindow *self)
{
  /* The row is insensitive while the cues are muted, so the sample always sounds. */
  stride_sound_cues_play (stride_sound_cues_from_context (self->context), STRIDE_CUE_START);
}

/* Videos from the internet: the packs the runner allowed, each of which can be forgotten */

static char *
pack_title (StridePreferencesWindow *self,
            const char              *pack_id)
{
  const char *title = stride_content_get_pack_title (stride_context_get_content (self->context), pack_id);

  return g_strdup (title != NULL ? title : pack_id);
}

static void
allow_pack_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  stride_settings_set_pack_allowed (STRIDE_PREFERENCES_WINDOW (widget)->settings, g_variant_get_string (parameter, NULL), TRUE);
}

/* Forgetting is undone from the toast, which allows the pack again. */
static void
forget_pack_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StridePreferencesWindow *self = STRIDE_PREFERENCES_WINDOW (widget);
  const char *pack_id = g_variant_get_string (parameter, NULL);
  g_autofree char *title = pack_title (self, pack_id);
  g_autofree char *message = NULL;
  AdwToast *toast;

  stride_settings_set_pack_allowed (self->settings, pack_id, FALSE);
  /* Translators: %s is a content pack's title */
  message = g_strdup_printf (_("“%s” forgotten"), title);
  toast = stride_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "internet.allow");
  adw_toast_set_action_target_value (toast, g_variant_new_string (pack_id));
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static GtkWidget *
create_internet_pack_row (gpointer item,
                          gpointer user_data)
{
  StridePreferencesWindow *self = user_data;
  const char *pack_id = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  const char *loaded = stride_content_get_pack_title (stride_context_get_content (self->context), pack_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Forget"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), loaded != NULL ? loaded : pack_id);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               loaded != NULL ? _("Plays its videos from the internet without asking")
                                              : _("Not installed now; allowed if you add it again"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "internet.forget");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (pack_id));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Ask before playing this pack's internet videos"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
update_internet_packs (StridePreferencesWindow *self)
{
  g_auto(GStrv) allowed = g_settings_get_strv (self->settings, "internet-video-packs");
  guint n_before = g_list_model_get_n_items (G_LIST_MODEL (self->internet_packs));

  gtk_string_list_splice (self->internet_packs, 0, n_before, (const char * const *) allowed);
  gtk_widget_set_visible (self->internet_group, allowed[0] != NULL);
}

/* Delete All My Data */

static void confirm_delete_all (StridePreferencesWindow *self);

static void
export_first_response_cb (GtkNativeDialog         *chooser,
                          int                      response,
                          StridePreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GBytes) bytes = stride_progress_page_export_json (self->context);
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Choose a folder on this computer."));
      else
        g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
      if (error == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Saved %s"), path);

          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), stride_toast_new (message));
        }
      else
        {
          g_autofree char *message = g_strdup_printf (_("Could not export: %s"), error->message);

          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), stride_toast_new (message));
        }
    }
  g_object_unref (chooser);
  /* Back to the question, now with a copy kept (or not, if cancelled or failed). */
  confirm_delete_all (self);
}

static void
export_first (StridePreferencesWindow *self)
{
  g_autoptr(GFile) folder = stride_progress_page_export_folder ();
  GtkFileChooserNative *chooser;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = gtk_file_chooser_native_new (_("Export History"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "stride-history.json");
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_first_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
delete_all_response_cb (AdwMessageDialog        *dialog,
                        const char              *response,
                        StridePreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "export"))
    export_first (self);
  else if (g_str_equal (response, "delete"))
    {
      if (stride_preferences_window_delete_all_data (self->context, &error))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), stride_toast_new (_("All your data was deleted")));
      else
        {
          g_autofree char *message = g_strdup_printf (_("Could not delete everything: %s"), error->message);

          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), stride_toast_new (message));
        }
    }
}

static void
confirm_delete_all (StridePreferencesWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete All Your Data?"),
                                              _("Your sessions, self-test results, symptom checks and your own routines "
                                                "will be deleted from this computer. This cannot be undone: export a copy "
                                                "first if you may want it."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export First…"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_all_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_all_clicked_cb (StridePreferencesWindow *self)
{
  confirm_delete_all (self);
}

static void
stride_preferences_window_dispose (GObject *object)
{
  StridePreferencesWindow *self = STRIDE_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_clear_object (&self->internet_packs);

  G_OBJECT_CLASS (stride_preferences_window_parent_class)->dispose (object);
}

static void
stride_preferences_window_class_init (StridePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_preferences_window_dispose;

  g_type_ensure (STRIDE_TYPE_REMINDER_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, cues_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, rate_each_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, get_ready_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, rest_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, volume_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, volume_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_rate_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_rate_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, count_reps_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, count_reps_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, get_ready_spin);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, rest_spin);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, volume_scale);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_rate_scale);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, internet_group);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, internet_list);
  gtk_widget_class_bind_template_callback (widget_class, play_sample_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, play_voice_cb);
  gtk_widget_class_install_action (widget_class, "internet.forget", "s", forget_pack_action);
  gtk_widget_class_install_action (widget_class, "internet.allow", "s", allow_pack_action);
}

static void
stride_preferences_window_init (StridePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  stride_widget_scroll_page_not_value (self->get_ready_spin);
  stride_widget_scroll_page_not_value (self->rest_spin);
  stride_widget_scroll_page_not_value (self->volume_scale);
  stride_widget_scroll_page_not_value (self->voice_rate_scale);
}

StridePreferencesWindow *
stride_preferences_window_new (GtkWindow     *parent,
                               StrideContext *context)
{
  StridePreferencesWindow *self;
  GSettings *settings;

  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  self = g_object_new (STRIDE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->context = g_object_ref (context);
  settings = stride_context_get_settings (context);
  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                scheme_to_position, position_to_scheme, NULL, NULL);
  g_settings_bind (settings, "cues-muted", self->cues_switch, "active", G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (settings, "cues-muted", self->volume_row, "sensitive", G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (settings, "rate-each-exercise", self->rate_each_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "get-ready-seconds", self->get_ready_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT, seconds_get_mapping, seconds_set_mapping, NULL, NULL);
  g_settings_bind_with_mapping (settings, "rest-seconds", self->rest_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT, seconds_get_mapping, seconds_set_mapping, NULL, NULL);
  g_settings_bind (settings, "cue-volume", self->volume_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "cues-muted", self->voice_row, "sensitive", G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (settings, "voice-enabled", self->voice_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-rate", self->voice_rate_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-count-reps", self->count_reps_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed", G_CALLBACK (update_voice_rows), self, G_CONNECT_SWAPPED);
  update_voice_rows (self);
  self->internet_packs = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->internet_list, G_LIST_MODEL (self->internet_packs),
                           create_internet_pack_row, self, NULL);
  g_signal_connect_object (settings, "changed::internet-video-packs", G_CALLBACK (update_internet_packs),
                           self, G_CONNECT_SWAPPED);
  update_internet_packs (self);
  return self;
}

/* Everything Stride saved for the user goes: the history (sessions, self-test results,
 * symptom checks, check-ins), the routines they made, and finished work still waiting to
 * be written. Each store writes its file as it always does (atomically, under its lock).
 * Preferences stay: they are settings, not the user's health data. */
gboolean
stride_preferences_window_delete_all_data (StrideContext  *context,
                                           GError        **error)
{
  StrideHistory *history = stride_context_get_history (context);
  StrideRoutineStore *store = stride_context_get_routine_store (context);
  g_autoptr(GPtrArray) entries = stride_history_list (history, STRIDE_HISTORY_ANY, NULL, NULL);
  GPtrArray *routines = stride_routine_store_get_routines (store);
  g_auto(GStrv) routine_ids = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *pending = stride_history_get_pending_path (history);

  for (guint i = 0; i < entries->len; i++)
    if (!stride_history_remove (history, stride_history_entry_get_id (g_ptr_array_index (entries, i)), error))
      return FALSE;

  /* Ids first: deleting changes the store's array. */
  for (guint i = 0; i < routines->len; i++)
    g_strv_builder_add (builder, ((const StrideRoutine *) g_ptr_array_index (routines, i))->id);
  routine_ids = g_strv_builder_end (builder);
  for (guint i = 0; routine_ids[i] != NULL; i++)
    if (!stride_routine_store_delete (store, routine_ids[i], error))
      return FALSE;

  if (pending != NULL && g_unlink (pending) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", pending, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
