/* stride-self-test-intro.c — the self-test's first view: what you need, about you, which tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-self-test-guide.h"
#include "stride-self-test-intro.h"
#include "stride-self-test-record.h"

struct _StrideSelfTestIntro
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *last_group;
  AdwActionRow        *last_row;
  AdwPreferencesGroup *need_group;
  AdwComboRow         *sex_row;
  GtkSpinButton       *age_spin;
  GtkWidget           *start_button;
  AdwPreferencesGroup *tests_group;
};

G_DEFINE_FINAL_TYPE (StrideSelfTestIntro, stride_self_test_intro, ADW_TYPE_BIN)

static void
add_need_row (StrideSelfTestIntro      *self,
              const StrideSelfTestNeed *need)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), need->title);
  if (need->subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), need->subtitle);
  adw_preferences_group_add (self->need_group, row);
}

/* A row that starts TEST alone; tests find it by the test's id. */
static GtkWidget *
build_test_row (const StrideSelfTest *test)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), test->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), test->summary);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "self-test.start-test");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", test->id);
  gtk_widget_set_name (row, test->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Start this test"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  return row;
}

void
stride_self_test_intro_set_tests (StrideSelfTestIntro *self,
                                  GPtrArray           *tests)
{
  g_autoptr(GPtrArray) needs = NULL;

  g_return_if_fail (STRIDE_IS_SELF_TEST_INTRO (self));
  g_return_if_fail (tests != NULL);

  if (tests->len == 0)
    {
      /* An empty state that explains, rather than a Start button that does nothing. */
      gtk_widget_set_visible (GTK_WIDGET (self->need_group), FALSE);
      adw_preferences_group_set_description (self->tests_group,
                                             _("The self-tests could not be loaded from Stride's content. Reinstalling Stride should bring them back."));
      return;
    }

  needs = stride_self_test_guide_list_needs (tests);
  for (guint i = 0; i < needs->len; i++)
    add_need_row (self, g_ptr_array_index (needs, i));
  for (guint i = 0; i < tests->len; i++)
    adw_preferences_group_add (self->tests_group, build_test_row (g_ptr_array_index (tests, i)));
}

void
stride_self_test_intro_show_last (StrideSelfTestIntro *self,
                                  StrideHistoryEntry  *latest)
{
  g_autoptr(StrideSelfTestRecord) last = NULL;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  guint n_findings;

  g_return_if_fail (STRIDE_IS_SELF_TEST_INTRO (self));

  gtk_widget_set_visible (GTK_WIDGET (self->last_group), latest != NULL);
  if (latest == NULL)
    return;

  last = stride_self_test_record_new_from_entry (latest);
  n_findings = stride_self_test_record_get_n_findings (last);

  /* Translators: a date, see g_date_time_format(); e.g. "26 November 2026" */
  date = g_date_time_format (stride_history_entry_get_date (latest), _("%-d %B %Y"));
  g_strstrip (date);
  subtitle = n_findings == 0
    ? g_strdup_printf (_("%s: nothing stood out. Test again to see that it stays so."), date)
    : g_strdup_printf (ngettext ("%s: %u finding. Test again to see what changed.",
                                 "%s: %u findings. Test again to see what changed.", n_findings),
                       date, n_findings);
  adw_action_row_set_subtitle (self->last_row, subtitle);
}

const char *
stride_self_test_intro_get_sex (StrideSelfTestIntro *self)
{
  /* In the order of the sex row's items. */
  static const char * const sexes[] = { NULL, "female", "male", "other" };
  guint sex;

  g_return_val_if_fail (STRIDE_IS_SELF_TEST_INTRO (self), NULL);

  sex = adw_combo_row_get_selected (self->sex_row);
  return sex < G_N_ELEMENTS (sexes) ? sexes[sex] : NULL;
}

guint
stride_self_test_intro_get_age (StrideSelfTestIntro *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_INTRO (self), 0);

  return MAX (gtk_spin_button_get_value_as_int (self->age_spin), 0);
}

static void
stride_self_test_intro_class_init (StrideSelfTestIntroClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-self-test-intro.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestIntro, last_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestIntro, last_row);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestIntro, need_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestIntro, sex_row);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestIntro, age_spin);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestIntro, start_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestIntro, tests_group);
}

static void
stride_self_test_intro_init (StrideSelfTestIntro *self)
{
  g_autoptr(GSettings) settings = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* One age for the whole app: the symptom checker asks it too (the binding keeps the
   * settings alive). */
  settings = g_settings_new (APP_ID);
  g_settings_bind (settings, "age", gtk_spin_button_get_adjustment (self->age_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
}
