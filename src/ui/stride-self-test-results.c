/* stride-self-test-results.c — the self-test's summary: findings, cautions, routine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-body-map.h"
#include "stride-cli.h"
#include "stride-self-test-guide.h"
#include "stride-self-test-results.h"
#include "stride-widget-util.h"

struct _StrideSelfTestResults
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkWidget           *clinician_box;
  GtkWidget           *map_box;
  StrideBodyMap       *front_map;
  StrideBodyMap       *back_map;
  GtkBox              *findings_box;
  AdwPreferencesGroup *cautions_group;
  GtkBox              *changes_box;
  GtkBox              *routine_box;
  GtkWidget           *start_routine_button;
  GtkLabel            *saved_label;

  /* Owned references */
  GPtrArray           *caution_rows;  /* rows added to cautions_group */
};

G_DEFINE_FINAL_TYPE (StrideSelfTestResults, stride_self_test_results, ADW_TYPE_BIN)

static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* A warning icon with a name for the screen reader, as a row's prefix. */
static void
add_warning_icon (AdwActionRow *row,
                  const char   *name,
                  const char   *tooltip)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (icon, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (row, icon);
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
build_finding_row (const StrideAssessFinding *finding)
{
  g_autofree char *subtitle = g_strdup_printf ("%s — %s", finding->test->name, finding->text);
  GtkWidget *row = new_row (finding->finding->name, subtitle);

  if (finding->see_clinician)
    add_warning_icon (ADW_ACTION_ROW (row), _("Worth showing to a clinician"), _("Worth showing to a clinician"));
  return row;
}

/* The findings of one side in a group titled with it, or NULL when there are none. */
static GtkWidget *
build_side_findings (GPtrArray  *findings,
                     StrideSide  side)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < findings->len; i++)
    {
      const StrideAssessFinding *finding = g_ptr_array_index (findings, i);

      if (finding->side != side)
        continue;
      if (group == NULL)
        group = stride_preferences_group_new (stride_self_test_guide_side_title (side), NULL);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_finding_row (finding));
    }
  return group;
}

static void
show_findings (StrideSelfTestResults *self,
               StrideContent         *content,
               StrideAssessment      *assessment,
               StrideSelfTestRecord  *record)
{
  static const StrideSide order[] = { STRIDE_SIDE_LEFT, STRIDE_SIDE_RIGHT, STRIDE_SIDE_BOTH, STRIDE_SIDE_NONE };
  GPtrArray *findings = assessment->findings;

  stride_clear_box (self->findings_box);
  /* With no result at all, "nothing stood out" would praise results nobody gave. */
  if (findings->len == 0 && !stride_self_test_record_has_results (record, content))
    {
      gtk_box_append (self->findings_box,
                      wrapped_label (_("You skipped every test, so there is nothing to compare yet. Do the tests you can, one or two at a time, and Stride shows what stands out.")));
      return;
    }
  if (findings->len == 0)
    {
      gtk_box_append (self->findings_box,
                      wrapped_label (_("Nothing stood out: your results were in the typical range on both sides. The short routine below keeps it that way.")));
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    {
      GtkWidget *group = build_side_findings (findings, order[s]);

      if (group != NULL)
        gtk_box_append (self->findings_box, group);
    }
}

static void
mark_finding (StrideSelfTestResults     *self,
              StrideContent             *content,
              const StrideAssessFinding *finding)
{
  const char * const *structures = stride_self_test_guide_finding_structures (content, finding);
  StrideBodyMap *maps[2] = { self->front_map, self->back_map };

  for (guint i = 0; structures != NULL && structures[i] != NULL; i++)
    {
      const StrideStructure *structure = stride_content_find_structure (content, structures[i]);
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GPtrArray) shapes = NULL;

      if (structure == NULL)
        continue;

      id = g_strdup_printf ("%s.%u", structure->id, finding->side);
      /* Translators: a muscle and a side, e.g. "Gluteus medius, left side" */
      name = g_strdup_printf (_("%s, %s"), structure->name, stride_self_test_guide_side_title (finding->side));
      shapes = stride_self_test_guide_side_shapes (structure, finding->side);
      for (guint m = 0; m < G_N_ELEMENTS (maps); m++)
        {
          stride_body_map_add_region (maps[m], id, name, shapes);
          stride_body_map_set_mark (maps[m], id, STRIDE_BODY_MAP_MARK_FINDING);
        }
    }
}

/* The findings on a front and a back body map; the lists below say the same in words. */
static void
show_map (StrideSelfTestResults *self,
          StrideContent         *content,
          StrideAssessment      *assessment)
{
  g_auto(GStrv) front_regions = NULL;

  stride_body_map_clear_marks (self->front_map);
  stride_body_map_clear_marks (self->back_map);
  stride_body_map_remove_all_regions (self->front_map);
  stride_body_map_remove_all_regions (self->back_map);
  for (guint i = 0; i < assessment->findings->len; i++)
    mark_finding (self, content, g_ptr_array_index (assessment->findings, i));

  front_regions = stride_body_map_dup_region_ids (self->front_map);
  gtk_widget_set_visible (self->map_box, front_regions[0] != NULL);
}

/* Pain on one side spares that side only: say so, and say what the other side still
 * does, or its stretch in the routine looks like an oversight; only what the routine
 * really has there (it said "the right side still does it" of exercises it had for
 * neither side). */
static char *
describe_held_back (StrideContent             *content,
                    StrideAssessment          *assessment,
                    const StrideAssessCaution *entry)
{
  const char * const *avoid = (const char * const *) entry->caution->avoid;
  g_autofree char *names = stride_self_test_guide_exercise_names (content, avoid);
  g_auto(GStrv) kept = NULL;
  g_autofree char *kept_names = NULL;

  if (entry->sides != STRIDE_SIDE_LEFT && entry->sides != STRIDE_SIDE_RIGHT)
    return g_strdup_printf (_("Left out of your routine: %s"), names);

  kept = stride_self_test_guide_kept_on_side (assessment, avoid, entry->sides == STRIDE_SIDE_LEFT ? STRIDE_SIDE_RIGHT
                                                                                                  : STRIDE_SIDE_LEFT);
  if (kept[0] == NULL)
    return entry->sides == STRIDE_SIDE_LEFT ? g_strdup_printf (_("Left out on your left side, where it hurt: %s"), names)
                                            : g_strdup_printf (_("Left out on your right side, where it hurt: %s"), names);

  kept_names = stride_self_test_guide_exercise_names (content, (const char * const *) kept);
  if (entry->sides == STRIDE_SIDE_LEFT)
    /* Translators: the exercises a caution leaves out, then those of them the other side still does */
    return g_strdup_printf (_("Left out on your left side, where it hurt: %s. Your right side still does %s."), names, kept_names);
  /* Translators: the exercises a caution leaves out, then those of them the other side still does */
  return g_strdup_printf (_("Left out on your right side, where it hurt: %s. Your left side still does %s."), names, kept_names);
}

static void
show_cautions (StrideSelfTestResults *self,
               StrideContent         *content,
               StrideAssessment      *assessment)
{
  GPtrArray *cautions = assessment->cautions;

  for (guint i = 0; i < self->caution_rows->len; i++)
    adw_preferences_group_remove (self->cautions_group, g_ptr_array_index (self->caution_rows, i));
  g_ptr_array_set_size (self->caution_rows, 0);

  for (guint i = 0; i < cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (cautions, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (entry->caution->avoid[0] != NULL)
        subtitle = describe_held_back (content, assessment, entry);
      row = new_row (entry->caution->text, subtitle);
      add_warning_icon (ADW_ACTION_ROW (row), _("Caution"), NULL);
      adw_preferences_group_add (self->cautions_group, row);
      g_ptr_array_add (self->caution_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->cautions_group), cautions->len > 0);
}

static void
show_routine (StrideSelfTestResults *self,
              StrideAssessment      *assessment)
{
  GPtrArray *items = assessment->items;
  GtkWidget *group = stride_preferences_group_new (assessment->maintenance ? _("A Short Routine to Keep It That Way")
                                                                           : _("Your Personal Routine"),
                                                   _("Stretches first, then strength. Do it three days a week, not on consecutive days, for at least six weeks, then test again. Pain up to 3 out of 10 is fine."));

  stride_clear_box (self->routine_box);
  for (guint i = 0; i < items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (items, i);
      g_autofree char *dose = stride_self_test_guide_describe_dose (item);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_row (item->exercise->name, dose));
    }
  gtk_box_append (self->routine_box, group);

  gtk_widget_set_visible (self->start_routine_button,
                          items->len > 0 && stride_cli_launch_kind_page ("routine-page") != NULL);
}

static GtkWidget *
build_change_row (const StrideAssessChange *change)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *trend;

  if (change->side == STRIDE_SIDE_NONE)
    title = g_strdup (change->test->name);
  else
    /* Translators: a test and a side, e.g. "Straight-leg raise · Left side" */
    title = g_strdup_printf (_("%s · %s"), change->test->name, stride_self_test_guide_side_title (change->side));
  /* Translators: a result then and now, e.g. "Angle of the raised leg: 70° → 78°" */
  subtitle = g_strdup_printf (_("%s: %s → %s"), change->field->text, change->before, change->after);
  row = new_row (title, subtitle);

  trend = gtk_label_new (change->trend > 0 ? _("Better") : change->trend < 0 ? _("Worse") : _("Changed"));
  gtk_widget_add_css_class (trend, change->trend > 0 ? "success" : change->trend < 0 ? "error" : "dim-label");
  gtk_widget_set_valign (trend, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), trend);
  return row;
}

static void
show_changes (StrideSelfTestResults *self,
              StrideContent         *content,
              StrideSelfTestRecord  *record,
              StrideHistoryEntry    *previous)
{
  g_autoptr(StrideSelfTestRecord) before = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *description = NULL;
  GtkWidget *group;

  stride_clear_box (self->changes_box);
  if (previous == NULL)
    return;

  /* A saved self-test that today's content no longer reads (a test renamed or removed
   * since) is not compared */
  before = stride_self_test_record_new_from_entry (previous);
  changes = stride_self_test_record_compare (before, record, content, &error);
  if (changes == NULL)
    {
      g_debug ("The last self-test cannot be compared: %s", error->message);
      return;
    }
  /* Translators: a date, see g_date_time_format(); e.g. "26 November 2026" */
  date = g_date_time_format (stride_history_entry_get_date (previous), _("%-d %B %Y"));
  g_strstrip (date);
  description = changes->len > 0
    ? g_strdup_printf (_("Compared with %s."), date)
    : g_strdup_printf (_("The results you entered in both tests are the same as on %s."), date);
  group = stride_preferences_group_new (_("Since Your Last Test"), description);
  for (guint i = 0; i < changes->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_change_row (g_ptr_array_index (changes, i)));
  gtk_box_append (self->changes_box, group);
}

void
stride_self_test_results_show (StrideSelfTestResults *self,
                               StrideContent         *content,
                               StrideAssessment      *assessment,
                               StrideSelfTestRecord  *record,
                               StrideHistoryEntry    *previous)
{
  g_return_if_fail (STRIDE_IS_SELF_TEST_RESULTS (self));
  g_return_if_fail (content != NULL && assessment != NULL && record != NULL);

  gtk_widget_set_visible (self->clinician_box, assessment->see_clinician);
  show_map (self, content, assessment);
  show_findings (self, content, assessment, record);
  show_cautions (self, content, assessment);
  show_routine (self, assessment);
  show_changes (self, content, record, previous);
}

void
stride_self_test_results_show_saved (StrideSelfTestResults *self,
                                     const char            *error_message)
{
  g_autofree char *message = NULL;

  g_return_if_fail (STRIDE_IS_SELF_TEST_RESULTS (self));

  if (error_message != NULL)
    message = g_strdup_printf (_("Your results could not be saved: %s"), error_message);
  gtk_label_set_label (self->saved_label,
                       message != NULL ? message
                                       : _("Saved in your history with today's date. Take the test again in a few weeks to see what changed."));
}

void
stride_self_test_results_show_nothing_saved (StrideSelfTestResults *self)
{
  g_return_if_fail (STRIDE_IS_SELF_TEST_RESULTS (self));

  gtk_label_set_label (self->saved_label, _("Nothing was entered, so nothing was saved in your history."));
}

static void
stride_self_test_results_dispose (GObject *object)
{
  StrideSelfTestResults *self = STRIDE_SELF_TEST_RESULTS (object);

  g_clear_pointer (&self->caution_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_self_test_results_parent_class)->dispose (object);
}

static void
stride_self_test_results_class_init (StrideSelfTestResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_self_test_results_dispose;

  g_type_ensure (STRIDE_TYPE_BODY_MAP);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-self-test-results.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, clinician_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, map_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, front_map);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, back_map);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, findings_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, cautions_group);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, changes_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, routine_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, start_routine_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestResults, saved_label);
}

static void
stride_self_test_results_init (StrideSelfTestResults *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->caution_rows = g_ptr_array_new ();
  /* Summary maps show, they do not ask: nothing on them can be picked. */
  stride_body_map_set_view (self->back_map, STRIDE_VIEW_BACK);
  stride_body_map_set_selection_mode (self->front_map, STRIDE_BODY_MAP_SELECTION_NONE);
  stride_body_map_set_selection_mode (self->back_map, STRIDE_BODY_MAP_SELECTION_NONE);
}
