/* stride-progress-page.c — the Progress section: calendar, streaks, pain, self-tests, export
 *
 * Everything is rebuilt from the history whenever it changes; the figures come from
 * stride-progress-stats (core), the same the PDF report uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-chart.h"
#include "stride-chart-row.h"
#include "stride-data-notice.h"
#include "stride-dose.h"
#include "stride-history.h"
#include "stride-list-entry.h"
#include "stride-list-row.h"
#include "stride-matcher.h"
#include "stride-widget-util.h"
#include "stride-progress-page.h"
#include "stride-history-export.h"
#include "stride-progress-stats.h"
#include "stride-report.h"
#include "stride-routine-catalog.h"
#include "stride-routine-store.h"
#include "stride-session-record.h"
#include "stride-symptom-check.h"

#define CALENDAR_WEEKS 5
#define BAR_WEEKS      8
#define RECENT         10

struct _StrideProgressPage
{
  StridePage       parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkWidget       *streaks_group;
  GtkListBox      *streaks_list;
  GtkWidget       *calendar_group;
  StrideChart     *calendar_chart;
  GtkWidget       *weeks_group;
  StrideChart     *weeks_chart;
  GtkWidget       *pain_group;
  StrideChart     *pain_chart;
  GtkWidget       *self_tests_group;
  GtkListBox      *self_tests_list;
  GtkWidget       *recent_group;
  GtkListBox      *recent_list;
  GtkWidget       *checks_group;
  GtkListBox      *checks_list;

  /* Owned: what the lists show (StrideListEntry), filled again when the history changes */
  GListStore      *streak_entries;
  GListStore      *recent_entries;
  GListStore      *check_entries;
  GtkStringList   *measures;        /* the self-test measures charted: "test/field" */

  /* State */
  int              export_format; /* ExportFormat of the save dialog open (it is modal) */
  gboolean         dirty;      /* to rebuild when next shown */
  gboolean         watching;   /* following the history */
};

G_DEFINE_FINAL_TYPE (StrideProgressPage, stride_progress_page, STRIDE_TYPE_PAGE)

/* The page's content, history and stores (the "context" it was made with). */
static StrideContext *
get_context (StrideProgressPage *self)
{
  return stride_page_get_context (STRIDE_PAGE (self));
}

typedef enum
{
  EXPORT_CSV,
  EXPORT_JSON,
  EXPORT_PDF,
} ExportFormat;

static GDateTime *
today_midnight (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), 0, 0, 0);
}

static double
days_since_epoch (GDateTime *date)
{
  return g_date_time_to_unix (date) / 86400.0;
}

/* Shows ENTRIES (StrideListEntry, taken) in STORE, instead of what it held. */
static void
replace_entries (GListStore *store,
                 GPtrArray  *entries)
{
  g_autoptr(GPtrArray) owned = entries;

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), owned->pdata, owned->len);
}

/* Streaks and this week */

static void
show_streaks (StrideProgressPage *self,
              StrideHistory      *history,
              GDateTime          *today)
{
  g_autoptr(GArray) weeks = stride_stats_sessions_per_week (history, today, 1);
  g_autofree char *current_text = NULL;
  g_autofree char *longest_text = NULL;
  g_autofree char *week_text = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint current = 0, longest = 0;

  stride_stats_streaks (history, today, &current, &longest);
  current_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", current), current);
  longest_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", longest), longest);
  week_text = g_strdup_printf ("%u", g_array_index (weeks, guint, 0));
  g_ptr_array_add (entries, stride_list_entry_new_value (_("Current streak"), current_text));
  g_ptr_array_add (entries, stride_list_entry_new_value (_("Longest streak"), longest_text));
  g_ptr_array_add (entries, stride_list_entry_new_value (_("Sessions this week"), week_text));
  replace_entries (self->streak_entries, entries);
}

/* Days are compared by calendar date, whatever the time of day. */
static guint
julian_day (GDateTime *date)
{
  int year, month, day;
  GDate d;

  g_date_time_get_ymd (date, &year, &month, &day);
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return g_date_get_julian (&d);
}

/* One date format on the whole page, the locale's (translators choose it). */
static char *
format_date (GDateTime *date)
{
  /* Translators: a date on the Progress page, in g_date_time_format() codes: "26 Nov 2026" */
  return g_date_time_format (date, _("%-d %b %Y"));
}

static char *
format_date_time (GDateTime *date)
{
  g_autofree char *day = format_date (date);
  g_autofree char *time = g_date_time_format (date, "%H:%M");

  /* Translators: a date and a time of day */
  return g_strdup_printf (_("%s, %s"), day, time);
}

static void
string_free (gpointer string)
{
  if (string != NULL)
    g_string_free (string, TRUE);
}

/* The name a session's routine had, else the one it has now (an older record kept only
 * its id), else "A routine": never the id, which means nothing to the runner. */
static const char *
session_routine_name (StrideContext       *context,
                      StrideSessionRecord *session)
{
  const char *id = stride_session_record_get_routine (session);
  const StrideRoutine *routine = NULL;

  if (stride_session_record_get_routine_name (session) != NULL)
    return stride_session_record_get_routine_name (session);
  if (id != NULL)
    routine = stride_content_find_routine (stride_context_get_content (context), id);
  if (routine == NULL && id != NULL)
    routine = stride_routine_store_find (stride_context_get_routine_store (context), id);
  return routine != NULL && routine->name != NULL && routine->name[0] != '\0' ? routine->name : _("A routine");
}

/* What a history entry was, in a few words for the calendar ("Hip stretch routine"). */
static char *
entry_title (StrideContext      *context,
             StrideHistoryEntry *entry)
{
  g_autoptr(StrideSessionRecord) session = NULL;
  const char *name;

  switch (stride_history_entry_get_kind (entry))
    {
    case STRIDE_HISTORY_SESSION:
      session = stride_session_record_new_from_entry (entry);
      name = session_routine_name (context, session);
      if (!stride_session_record_counts (session))
        /* Translators: a routine in the calendar's day text; an ended-early session leaves the day's dot empty */
        return g_strdup_printf (_("%s (ended early)"), name);
      return g_strdup (name);
    case STRIDE_HISTORY_SELF_TEST:
      return g_strdup (_("Self-test"));
    case STRIDE_HISTORY_SYMPTOM_CHECK:
      return g_strdup (_("Symptom check"));
    case STRIDE_HISTORY_CHECK_IN:
    case STRIDE_HISTORY_N_KINDS:
    default:
      return NULL;
    }
}

/* One text per calendar day from START: its date and what was done that day. Days with
 * something done are also collected in ACTIVE, for the screen-reader summary. */
static GStrv
calendar_day_texts (StrideContext *context,
                    StrideHistory *history,
                    GDateTime     *start,
                    guint          n,
                    guint          today_index,
                    GString       *active)
{
  g_autoptr(GDateTime) end = g_date_time_add_days (start, n);
  g_autoptr(GPtrArray) entries = stride_history_list (history, STRIDE_HISTORY_ANY, start, end);
  g_autoptr(GPtrArray) done = g_ptr_array_new_with_free_func (string_free);
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (done, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *title = entry_title (context, entry);
      gint64 index = (gint64) julian_day (stride_history_entry_get_date (entry)) - julian_day (start);

      if (title == NULL || index < 0 || index >= (gint64) n)
        continue;
      if (g_ptr_array_index (done, index) == NULL)
        g_ptr_array_index (done, index) = g_string_new (title);
      else
        g_string_append_printf (g_ptr_array_index (done, index), ", %s", title);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (start, i);
      /* Translators: g_date_time_format() date in the calendar tooltip: "Thursday 26 November" */
      g_autofree char *date = g_date_time_format (day, _("%A %-d %B"));
      GString *what = g_ptr_array_index (done, i);
      g_autofree char *text = NULL;

      if (i == today_index)
        /* Translators: calendar tooltip: "Today, Thursday 26 November: Hip stretch routine" */
        text = g_strdup_printf (_("Today, %s: %s"), date, what != NULL ? what->str : _("nothing yet"));
      else
        /* Translators: calendar tooltip: "Thursday 26 November: Hip stretch routine" */
        text = g_strdup_printf (_("%s: %s"), date, what != NULL ? what->str : _("nothing done"));
      g_strv_builder_add (texts, text);
      if (what != NULL)
        g_string_append_printf (active, " %s.", text);
    }

  return g_strv_builder_end (texts);
}

/* The last five weeks, Monday first */
static void
show_calendar (StrideProgressPage *self,
              StrideHistory      *history,
              GDateTime          *today)
{
  const char *days[] = { C_("Monday", "M"), C_("Tuesday", "T"), C_("Wednesday", "W"), C_("Thursday", "T"),
                         C_("Friday", "F"), C_("Saturday", "S"), C_("Sunday", "S"), NULL };
  g_autoptr(GDateTime) monday = g_date_time_add_days (today, 1 - g_date_time_get_day_of_week (today));
  g_autoptr(GDateTime) start = g_date_time_add_weeks (monday, 1 - CALENDAR_WEEKS);
  g_autoptr(GDateTime) end = g_date_time_add_days (today, 1);
  g_autoptr(GPtrArray) trained = stride_stats_session_days (history, start, end);
  double values[CALENDAR_WEEKS * 7] = { 0 };
  StrideChart *chart = self->calendar_chart;
  g_autofree char *summary = NULL;
  /* Counted in calendar days: a span of hours is a day short across a clock change. */
  guint n = julian_day (end) - julian_day (start);

  for (guint i = 0; i < trained->len; i++)
    {
      gint64 index = (gint64) julian_day (g_ptr_array_index (trained, i)) - julian_day (start);

      if (index >= 0 && index < (gint64) G_N_ELEMENTS (values))
        values[index] = 1;
    }

  stride_chart_clear (chart);
  stride_chart_add_series (chart, NULL, "accent_color", NULL, values, MIN (n, G_N_ELEMENTS (values)));
  stride_chart_set_labels (chart, days);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You trained on %u day in the last five weeks.",
                                          "You trained on %u days in the last five weeks.", trained->len),
                             trained->len);
  {
    g_autoptr(GString) full = g_string_new (summary);
    g_auto(GStrv) texts = calendar_day_texts (get_context (self), history, start, MIN (n, G_N_ELEMENTS (values)), n - 1, full);

    stride_chart_set_day_texts (chart, (const char * const *) texts);
    stride_chart_set_marked_day (chart, (int) n - 1);
    stride_chart_set_summary (chart, full->str);
  }
}

static void
show_weeks (StrideProgressPage *self,
           StrideHistory      *history,
           GDateTime          *today)
{
  g_autoptr(GArray) weeks = stride_stats_sessions_per_week (history, today, BAR_WEEKS);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) label_list = NULL;
  g_autoptr(GString) summary = g_string_new (_("Sessions per week, oldest first: "));
  double values[BAR_WEEKS];
  StrideChart *chart = self->weeks_chart;
  g_autoptr(GDateTime) this_monday = g_date_time_add_days (today, 1 - g_date_time_get_day_of_week (today));

  for (guint i = 0; i < BAR_WEEKS; i++)
    {
      g_autoptr(GDateTime) monday = g_date_time_add_weeks (this_monday, (int) i - (BAR_WEEKS - 1));
      g_autofree char *label = format_date (monday);

      values[i] = g_array_index (weeks, guint, i);
      g_strv_builder_add (labels, label);
      g_string_append_printf (summary, "%s%u", i > 0 ? ", " : "", g_array_index (weeks, guint, i));
    }
  label_list = g_strv_builder_end (labels);
  stride_chart_clear (chart);
  stride_chart_add_series (chart, NULL, "accent_color", NULL, values, BAR_WEEKS);
  stride_chart_set_labels (chart, (const char * const *) label_list);
  stride_chart_set_summary (chart, summary->str);
}

/* CHART shows SERIES instead of what it showed: points as x (days) and y arrays, with the
 * first and last dates as labels */
static void
fill_line_chart (StrideChart *chart,
                 GPtrArray   *series[],
                 const char  *names[],
                 const char  *colors[],
                 guint        n_series)
{
  GDateTime *first = NULL, *last = NULL;

  stride_chart_clear (chart);

  for (guint s = 0; s < n_series; s++)
    {
      g_autofree double *x = g_new0 (double, series[s]->len + 1);
      g_autofree double *y = g_new0 (double, series[s]->len + 1);

      for (guint i = 0; i < series[s]->len; i++)
        {
          StrideStatPoint *point = g_ptr_array_index (series[s], i);

          x[i] = days_since_epoch (point->date);
          y[i] = point->value;
          if (first == NULL || g_date_time_compare (point->date, first) < 0)
            first = point->date;
          if (last == NULL || g_date_time_compare (point->date, last) > 0)
            last = point->date;
        }
      stride_chart_add_series (chart, names[s], colors[s], x, y, series[s]->len);
    }

  if (first != NULL)
    {
      g_autofree char *a = format_date (first);
      g_autofree char *b = format_date (last);
      /* One day of data: its date once, not at both ends of the axis. */
      const char *labels[] = { a, julian_day (first) == julian_day (last) ? NULL : b, NULL };

      stride_chart_set_labels (chart, labels);
    }
}

static void
show_pain (StrideProgressPage *self,
          StrideHistory      *history)
{
  g_autoptr(GPtrArray) pain = stride_stats_pain (history);
  GPtrArray *series[] = { pain };
  const char *names[] = { NULL };
  const char *colors[] = { "warning_color" };
  g_autofree char *summary = NULL;

  gtk_widget_set_visible (self->pain_group, pain->len > 0);
  if (pain->len == 0)
    return;

  fill_line_chart (self->pain_chart, series, names, colors, 1);
  stride_chart_set_y_range (self->pain_chart, 0, 10);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rating; the latest is %.0f out of 10.",
                                          "%u ratings; the latest is %.0f out of 10.", pain->len),
                             pain->len, ((StrideStatPoint *) g_ptr_array_index (pain, pain->len - 1))->value);
  stride_chart_set_summary (self->pain_chart, summary);
}

static char *
measure_title (StrideProgressPage *self,
               const char         *measure)
{
  g_auto(GStrv) parts = g_strsplit (measure, "/", 2);

  return stride_routine_catalog_measure_name (get_context (self), parts[0], parts[1] != NULL ? parts[1] : "");
}

static char *
last_value_text (GPtrArray  *points,
                 const char *side)
{
  double value;

  if (points->len == 0)
    return NULL;
  value = ((StrideStatPoint *) g_ptr_array_index (points, points->len - 1))->value;
  /* Translators: a side and its latest value */
  return g_strdup_printf (_("%s %g"), side, value);
}

/* The chart of one self-test measure (GtkListBoxCreateWidgetFunc; ITEM is its
 * "test/field" as a GtkStringObject): each side over time, or one line when the test
 * has no sides. */
static GtkWidget *
create_measure_row (gpointer item,
                    gpointer user_data)
{
  StrideProgressPage *self = user_data;
  StrideHistory *history = stride_context_get_history (get_context (self));
  const char *measure = gtk_string_object_get_string (item);
  g_autoptr(GPtrArray) left = stride_stats_test_series (history, measure, "left");
  g_autoptr(GPtrArray) right = stride_stats_test_series (history, measure, "right");
  g_autoptr(GPtrArray) none = stride_stats_test_series (history, measure, NULL);
  g_autofree char *title = measure_title (self, measure);
  g_autofree char *left_text = last_value_text (left, _("left"));
  g_autofree char *right_text = last_value_text (right, _("right"));
  g_autofree char *none_text = last_value_text (none, _("latest"));
  g_autofree char *summary = NULL;
  GtkWidget *row = stride_chart_row_new (title);
  StrideChart *chart = stride_chart_row_get_chart (STRIDE_CHART_ROW (row));

  if (left->len + right->len > 0)
    {
      GPtrArray *series[] = { left, right };
      const char *names[] = { _("Left"), _("Right") };
      const char *colors[] = { "accent_color", "warning_color" };

      fill_line_chart (chart, series, names, colors, 2);
      summary = g_strdup_printf ("%s. %s%s%s", title, left_text != NULL ? left_text : "",
                                 left_text != NULL && right_text != NULL ? ", " : "",
                                 right_text != NULL ? right_text : "");
    }
  else
    {
      GPtrArray *series[] = { none };
      const char *names[] = { NULL };
      const char *colors[] = { "accent_color" };

      fill_line_chart (chart, series, names, colors, 1);
      summary = g_strdup_printf ("%s. %s", title, none_text != NULL ? none_text : "");
    }
  stride_chart_set_summary (chart, summary);
  return row;
}

/* One chart a measure: the measures come and go with the history. */
static void
show_self_tests (StrideProgressPage *self,
                 StrideHistory      *history)
{
  g_auto(GStrv) measures = stride_stats_test_measures (history);

  gtk_widget_set_visible (self->self_tests_group, measures[0] != NULL);
  gtk_string_list_splice (self->measures, 0, g_list_model_get_n_items (G_LIST_MODEL (self->measures)),
                          (const char * const *) measures);
}

/* A past session: its routine, when, whether it was finished, how much it hurt after. */
static StrideListEntry *
session_entry (StrideContext      *context,
               StrideHistoryEntry *entry)
{
  g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (entry);
  const char *name = session_routine_name (context, session);
  g_autofree char *date = format_date_time (stride_history_entry_get_date (entry));
  g_autofree char *pain_text = NULL;
  g_autofree char *subtitle = NULL;
  gboolean done = stride_session_record_get_completed (session);
  int pain;

  if (stride_session_record_get_pain (session, &pain))
    pain_text = g_strdup_printf (_("pain %d/10"), pain);
  /* Translators: date · finished or ended early · pain */
  subtitle = g_strdup_printf ("%s · %s%s%s", date, done ? _("finished") : _("ended early"),
                              pain_text != NULL ? " · " : "", pain_text != NULL ? pain_text : "");
  return stride_list_entry_new (STRIDE_LIST_ENTRY_PLAIN, name, subtitle);
}

/* The latest sessions, newest first */
static void
show_recent (StrideProgressPage *self,
             StrideHistory      *history)
{
  g_autoptr(GPtrArray) sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, NULL, NULL);
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = sessions->len; i > 0 && i + RECENT > sessions->len; i--)
    g_ptr_array_add (entries, session_entry (get_context (self), g_ptr_array_index (sessions, i - 1)));
  gtk_widget_set_visible (self->recent_group, entries->len > 0);
  replace_entries (self->recent_entries, entries);
}

/* Saved symptom checks: when, how urgent, what fitted best */

static const char *
triage_title (const char *level)
{
  for (StrideTriageLevel l = STRIDE_TRIAGE_SELF_CARE; l <= STRIDE_TRIAGE_EMERGENCY; l++)
    if (g_strcmp0 (stride_triage_level_to_string (l), level) == 0)
      return stride_triage_level_get_title (l);

  return _("Result could not be read");
}

static char *
condition_text (StrideProgressPage *self,
                StrideSymptomCheck *check)
{
  const char *id = stride_symptom_check_get_n_conditions (check) > 0 ? stride_symptom_check_get_condition (check, 0) : NULL;
  double probability;
  StrideContent *content = stride_context_get_content (get_context (self));
  const StrideCondition *condition = id != NULL && content != NULL ? stride_content_find_condition (content, id) : NULL;
  const char *name = condition != NULL ? condition->name : id;

  if (name == NULL)
    return g_strdup (_("no condition stood out"));
  if (stride_symptom_check_get_probability (check, 0, &probability))
    /* Translators: a condition's name and how well it fitted, e.g. "Runner's knee (62%)" */
    return g_strdup_printf (_("best fit: %s (%.0f%%)"), name, 100 * probability);
  return g_strdup_printf (_("best fit: %s"), name);
}

static StrideListEntry *
symptom_check_entry (StrideProgressPage *self,
                     StrideHistoryEntry *entry)
{
  g_autoptr(StrideSymptomCheck) check = stride_symptom_check_new_from_entry (entry);
  g_autofree char *date = format_date_time (stride_symptom_check_get_date (check));
  g_autofree char *condition = condition_text (self, check);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", date, condition);

  return stride_list_entry_new (STRIDE_LIST_ENTRY_PLAIN, triage_title (stride_symptom_check_get_level (check)), subtitle);
}

/* The latest checks, newest first */
static void
show_symptom_checks (StrideProgressPage *self,
                     StrideHistory      *history)
{
  g_autoptr(GPtrArray) checks = stride_history_list (history, STRIDE_HISTORY_SYMPTOM_CHECK, NULL, NULL);
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = checks->len; i > 0 && i + RECENT > checks->len; i--)
    g_ptr_array_add (entries, symptom_check_entry (self, g_ptr_array_index (checks, i - 1)));
  gtk_widget_set_visible (self->checks_group, entries->len > 0);
  replace_entries (self->check_entries, entries);
}

/* Export */

static GBytes *
export_bytes (StrideProgressPage *self,
              ExportFormat        format)
{
  StrideHistory *history = stride_context_get_history (get_context (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  char *csv;

  switch (format)
    {
    case EXPORT_CSV:
      csv = stride_stats_export_csv (history);
      return g_bytes_new_take (csv, strlen (csv));
    case EXPORT_JSON:
      return stride_progress_page_export_json (get_context (self));
    case EXPORT_PDF:
    default:
      return stride_report_render_pdf (history, stride_context_get_content (get_context (self)), now);
    }
}

static void
export_response_cb (GtkNativeDialog    *dialog,
                    int                 response,
                    StrideProgressPage *self)
{
  ExportFormat format = self->export_format;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  gsize size;
  const char *data;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = g_file_get_path (file);
  bytes = export_bytes (self, format);
  data = g_bytes_get_data (bytes, &size);
  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Choose a folder on this computer."));
  else
    g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error);

  if (error != NULL)
    {
      message = g_strdup_printf (_("Could not export: %s"), error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, stride_toast_new (message));
    }
  else
    {
      g_autofree char *uri = g_file_get_uri (file);
      AdwToast *toast;

      message = g_strdup_printf (_("Saved %s"), path);
      toast = stride_toast_new (message);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "progress.open-export");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }

out:
  g_object_unref (dialog);
}

/* Where an export is offered first: Documents, or home when there is none (not the
 * directory Stride happened to be started from). */
GFile *
stride_progress_page_export_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, g_variant_get_string (parameter, NULL),
                GDK_CURRENT_TIME);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  static const char * const names[] = { "stride-history.csv", "stride-history.json", "stride-report.pdf" };
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (widget);
  ExportFormat format = g_variant_get_int32 (parameter);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GFile) folder = stride_progress_page_export_folder ();
  GtkFileChooserNative *dialog;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_file_chooser_native_new (format == EXPORT_PDF ? _("Save Report") : _("Export History"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), names[format]);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  self->export_format = format;
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
refresh (StrideProgressPage *self)
{
  StrideHistory *history = stride_context_get_history (get_context (self));
  g_autoptr(GDateTime) today = today_midnight ();
  g_autoptr(GPtrArray) sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, NULL, NULL);
  g_autoptr(GPtrArray) tests = stride_history_list (history, STRIDE_HISTORY_SELF_TEST, NULL, NULL);
  g_autoptr(GPtrArray) checks = stride_history_list (history, STRIDE_HISTORY_SYMPTOM_CHECK, NULL, NULL);
  gboolean trained = sessions->len > 0;

  self->dirty = FALSE;

  if (sessions->len == 0 && tests->len == 0 && checks->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_widget_set_visible (self->streaks_group, trained);
  gtk_widget_set_visible (self->calendar_group, trained);
  gtk_widget_set_visible (self->weeks_group, trained);
  gtk_widget_set_visible (self->pain_group, trained);
  if (trained)
    {
      show_streaks (self, history, today);
      show_calendar (self, history, today);
      show_weeks (self, history, today);
      show_pain (self, history);
    }
  show_self_tests (self, history);
  show_recent (self, history);
  show_symptom_checks (self, history);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

/* Built when shown, not at start-up: the history is only read when someone looks. */
static void
history_changed_cb (StrideProgressPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->dirty = TRUE;
}

static void
stride_progress_page_map (GtkWidget *widget)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (widget);

  GTK_WIDGET_CLASS (stride_progress_page_parent_class)->map (widget);

  if (!self->watching)
    {
      g_signal_connect_object (stride_context_get_history (get_context (self)), "changed", G_CALLBACK (history_changed_cb),
                               self, G_CONNECT_SWAPPED);
      self->watching = TRUE;
    }
  if (self->dirty)
    refresh (self);
}

static void
stride_progress_page_dispose (GObject *object)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (object);

  g_clear_object (&self->streak_entries);
  g_clear_object (&self->recent_entries);
  g_clear_object (&self->check_entries);
  g_clear_object (&self->measures);
  /* The bin's child is a template child too: let the bin drop it first, so that the
   * template does not unparent it behind the bin's back. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_PROGRESS_PAGE);

  G_OBJECT_CLASS (stride_progress_page_parent_class)->dispose (object);
}

/* The context is a construct-only property: there once construction is over. */
static void
stride_progress_page_constructed (GObject *object)
{
  StrideProgressPage *self = STRIDE_PROGRESS_PAGE (object);

  G_OBJECT_CLASS (stride_progress_page_parent_class)->constructed (object);

  stride_data_notice_attach (self->toast_overlay, get_context (self));
}

static void
stride_progress_page_class_init (StrideProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_progress_page_dispose;
  object_class->constructed = stride_progress_page_constructed;
  widget_class->map = stride_progress_page_map;

  g_type_ensure (STRIDE_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, streaks_group);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, streaks_list);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, calendar_group);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, calendar_chart);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, weeks_group);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, weeks_chart);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, pain_group);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, pain_chart);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, self_tests_group);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, self_tests_list);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, checks_group);
  gtk_widget_class_bind_template_child (widget_class, StrideProgressPage, checks_list);
  gtk_widget_class_install_action (widget_class, "progress.export", "i", export_action);
  gtk_widget_class_install_action (widget_class, "progress.open-export", "s", open_export_action);
}

static void
stride_progress_page_init (StrideProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  stride_page_set_title (STRIDE_PAGE (self), _("Progress"));

  self->streak_entries = g_list_store_new (STRIDE_TYPE_LIST_ENTRY);
  self->recent_entries = g_list_store_new (STRIDE_TYPE_LIST_ENTRY);
  self->check_entries = g_list_store_new (STRIDE_TYPE_LIST_ENTRY);
  stride_list_row_bind (self->streaks_list, G_LIST_MODEL (self->streak_entries));
  stride_list_row_bind (self->recent_list, G_LIST_MODEL (self->recent_entries));
  stride_list_row_bind (self->checks_list, G_LIST_MODEL (self->check_entries));
  self->measures = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->self_tests_list, G_LIST_MODEL (self->measures), create_measure_row, self, NULL);

  self->dirty = TRUE;
}

GtkWidget *
stride_progress_page_new (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return g_object_new (STRIDE_TYPE_PROGRESS_PAGE, "context", context, NULL);
}

GBytes *
stride_progress_page_export_json (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return stride_stats_export_json (stride_context_get_history (context),
                                   stride_routine_store_get_routines (stride_context_get_routine_store (context)));
}
