/* stride-preferences-window.c — Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-preferences-window.h"
#include "stride-reminder-group.h"
#include "stride-sound-cues.h"

struct _StridePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *style_row;
  GtkSwitch            *cues_switch;
  GtkSwitch            *rate_each_switch;
  GtkWidget            *volume_row;
  GtkAdjustment        *volume_adjustment;
  GtkWidget            *voice_row;
  GtkSwitch            *voice_switch;
  GtkWidget            *voice_rate_row;
  GtkAdjustment        *voice_rate_adjustment;
  GtkWidget            *count_reps_row;
  GtkSwitch            *count_reps_switch;

  /* Owned references */
  GSettings            *settings;
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
  stride_sound_cues_read_aloud (stride_sound_cues_get_default (), _("Next: side plank, left side. Get ready."));
}

static void
play_sample_cb (StridePreferencesWindow *self)
{
  /* The row is insensitive while the cues are muted, so the sample always sounds. */
  stride_sound_cues_play (stride_sound_cues_get_default (), STRIDE_SOUND_CUE_START);
}

static void
stride_preferences_window_dispose (GObject *object)
{
  StridePreferencesWindow *self = STRIDE_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

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
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, volume_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, volume_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_switch);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_rate_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, voice_rate_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, count_reps_row);
  gtk_widget_class_bind_template_child (widget_class, StridePreferencesWindow, count_reps_switch);
  gtk_widget_class_bind_template_callback (widget_class, play_sample_cb);
  gtk_widget_class_bind_template_callback (widget_class, play_voice_cb);
}

static void
stride_preferences_window_init (StridePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

StridePreferencesWindow *
stride_preferences_window_new (GtkWindow *parent,
                               GSettings *settings)
{
  StridePreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (STRIDE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                scheme_to_position, position_to_scheme, NULL, NULL);
  g_settings_bind (settings, "cues-muted", self->cues_switch, "active", G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (settings, "cues-muted", self->volume_row, "sensitive", G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (settings, "rate-each-exercise", self->rate_each_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "cue-volume", self->volume_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "cues-muted", self->voice_row, "sensitive", G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (settings, "voice-enabled", self->voice_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-rate", self->voice_rate_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-count-reps", self->count_reps_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed", G_CALLBACK (update_voice_rows), self, G_CONNECT_SWAPPED);
  update_voice_rows (self);
  return self;
}
