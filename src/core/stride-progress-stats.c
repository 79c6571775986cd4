/* stride-progress-stats.c — the figures the Progress page and the report show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-check-in.h"
#include "stride-dose.h"
#include "stride-progress-stats.h"
#include "stride-self-test-record.h"
#include "stride-session-record.h"
#include "stride-symptom-check.h"

static void
point_free (gpointer data)
{
  StrideStatPoint *point = data;

  g_date_time_unref (point->date);
  g_free (point);
}

static GPtrArray *
new_points (void)
{
  return g_ptr_array_new_with_free_func (point_free);
}

static void
add_point (GPtrArray *points,
           GDateTime *date,
           double     value)
{
  StrideStatPoint *point = g_new0 (StrideStatPoint, 1);

  point->date = g_date_time_ref (date);
  point->value = value;
  g_ptr_array_add (points, point);
}

/* Days since 1 Jan year 1 of DATE's local calendar day */
static gint64
day_number (GDateTime *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (date);
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return g_date_get_julian (&day);
}

static GHashTable *
session_day_set (StrideHistory *history)
{
  g_autoptr(GPtrArray) sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, NULL, NULL);
  GHashTable *days = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (g_ptr_array_index (sessions, i));
      gint64 day = day_number (stride_history_entry_get_date (g_ptr_array_index (sessions, i)));

      /* A session ended early does not keep a streak going */
      if (!stride_session_record_counts (session))
        continue;
      if (!g_hash_table_contains (days, &day))
        g_hash_table_add (days, g_memdup2 (&day, sizeof day));
    }

  return days;
}

static void
free_day_set (GHashTable *days)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_hash_table_iter_steal (&iter);
      g_free (key);
    }
  g_hash_table_unref (days);
}

static gboolean
has_day (GHashTable *days,
         gint64      day)
{
  return g_hash_table_contains (days, &day);
}

void
stride_stats_streaks (StrideHistory *history,
                      GDateTime     *today,
                      guint         *current,
                      guint         *longest)
{
  GHashTable *days;
  GHashTableIter iter;
  gpointer key;
  gint64 day;
  guint best = 0;

  g_return_if_fail (STRIDE_IS_HISTORY (history));
  g_return_if_fail (today != NULL);

  days = session_day_set (history);

  day = day_number (today);
  if (!has_day (days, day))
    day--;
  if (current != NULL)
    {
      *current = 0;
      while (has_day (days, day - *current))
        (*current)++;
    }

  /* A run starts at a day whose day before has no session. */
  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 start = *(gint64 *) key;
      guint length = 0;

      if (has_day (days, start - 1))
        continue;
      while (has_day (days, start + length))
        length++;
      best = MAX (best, length);
    }
  if (longest != NULL)
    *longest = best;

  free_day_set (days);
}

GArray *
stride_stats_sessions_per_week (StrideHistory *history,
                                GDateTime     *today,
                                guint          n_weeks)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GArray *weeks;
  gint64 this_monday;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  weeks = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (weeks, n_weeks);
  this_monday = day_number (today) - (g_date_time_get_day_of_week (today) - 1);
  sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, NULL, NULL);

  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (g_ptr_array_index (sessions, i));
      gint64 day = day_number (stride_history_entry_get_date (g_ptr_array_index (sessions, i)));
      gint64 weeks_ago;

      /* Nothing done is no session (its record stays in the history); nor, as in the
       * streak and the calendar, is one ended early (under half its sets done) */
      if (day >= this_monday + 7 || !stride_session_record_had_work (session) ||
          !stride_session_record_counts (session))
        continue;
      weeks_ago = day >= this_monday ? 0 : (this_monday - day + 6) / 7;
      if (weeks_ago < n_weeks)
        g_array_index (weeks, guint, n_weeks - 1 - weeks_ago)++;
    }

  return weeks;
}

GPtrArray *
stride_stats_pain (StrideHistory *history)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GPtrArray *points = new_points ();

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);

  sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, NULL, NULL);
  for (guint i = 0; i < sessions->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (sessions, i);
      g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (entry);
      int pain;

      if (stride_session_record_get_pain (session, &pain))
        add_point (points, stride_history_entry_get_date (entry), pain);
    }

  return points;
}

typedef void (*MeasureFunc) (GDateTime  *date,
                             const char *test,
                             const char *side,
                             const char *field,
                             double      value,
                             gpointer    data);

/* Calls FUNC for every number TEST has on SIDE. */
static void
each_number (StrideSelfTestRecord *self_test,
             GDateTime            *date,
             const char           *test,
             StrideSide            side,
             MeasureFunc           func,
             gpointer              data)
{
  g_auto(GStrv) fields = stride_self_test_record_dup_fields (self_test, test, side);
  const char *side_name = side != STRIDE_SIDE_NONE ? stride_side_to_string (side) : NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    {
      StrideTestValue value;

      if (stride_self_test_record_get_value (self_test, test, side, fields[i], &value) &&
          value.kind == STRIDE_TEST_VALUE_NUMBER)
        func (date, test, side_name, fields[i], value.number, data);
    }
}

/* Calls FUNC for every number in every saved self-test, oldest first. */
static void
each_test_measure (StrideHistory *history,
                   MeasureFunc    func,
                   gpointer       data)
{
  g_autoptr(GPtrArray) tests = stride_history_list (history, STRIDE_HISTORY_SELF_TEST, NULL, NULL);

  for (guint i = 0; i < tests->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (tests, i);
      g_autoptr(StrideSelfTestRecord) self_test = stride_self_test_record_new_from_entry (entry);
      g_auto(GStrv) names = stride_self_test_record_dup_tests (self_test);
      GDateTime *date = stride_history_entry_get_date (entry);

      for (guint t = 0; names[t] != NULL; t++)
        {
          if (!stride_self_test_record_get_test_sided (self_test, names[t]))
            {
              each_number (self_test, date, names[t], STRIDE_SIDE_NONE, func, data);
              continue;
            }
          each_number (self_test, date, names[t], STRIDE_SIDE_LEFT, func, data);
          each_number (self_test, date, names[t], STRIDE_SIDE_RIGHT, func, data);
        }
    }
}

static void
collect_measure_cb (GDateTime  *date,
                    const char *test,
                    const char *side,
                    const char *field,
                    double      value,
                    gpointer    data)
{
  g_hash_table_add (data, g_strconcat (test, "/", field, NULL));
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

GStrv
stride_stats_test_measures (StrideHistory *history)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer key;
  GStrv result;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);

  each_test_measure (history, collect_measure_cb, set);
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_strv_builder_add (builder, key);

  /* Sorted, for a stable order on screen */
  result = g_strv_builder_end (builder);
  qsort (result, g_strv_length (result), sizeof (char *), compare_strings);
  return result;
}

typedef struct
{
  const char *measure;
  const char *side;
  GPtrArray  *points;
} SeriesQuery;

static void
collect_series_cb (GDateTime  *date,
                   const char *test,
                   const char *side,
                   const char *field,
                   double      value,
                   gpointer    data)
{
  SeriesQuery *query = data;
  g_autofree char *measure = g_strconcat (test, "/", field, NULL);

  if (g_str_equal (measure, query->measure) && g_strcmp0 (side, query->side) == 0)
    add_point (query->points, date, value);
}

GPtrArray *
stride_stats_test_series (StrideHistory *history,
                          const char    *measure,
                          const char    *side)
{
  SeriesQuery query = { measure, side, NULL };

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (measure != NULL, NULL);

  query.points = new_points ();
  each_test_measure (history, collect_series_cb, &query);
  return query.points;
}

GPtrArray *
stride_stats_session_days (StrideHistory *history,
                           GDateTime     *from,
                           GDateTime     *to)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  gint64 last = -1;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);

  sessions = stride_history_list (history, STRIDE_HISTORY_SESSION, from, to);
  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (g_ptr_array_index (sessions, i));
      GDateTime *date = stride_history_entry_get_date (g_ptr_array_index (sessions, i));
      gint64 day = day_number (date);

      /* The same days as the streak's: a day with only a session ended early is not a
       * day trained (it read "today" on the calendar beside a streak of 0). */
      if (day == last || !stride_session_record_counts (session))
        continue;
      last = day;
      g_ptr_array_add (days, g_date_time_new_local (g_date_time_get_year (date), g_date_time_get_month (date),
                                                    g_date_time_get_day_of_month (date), 0, 0, 0));
    }

  return days;
}

/* CSV */

/* A spreadsheet runs a field that starts with = + - @ (or a tab or carriage return) as a
 * formula: text that came from a content pack or the user gets a leading apostrophe, as
 * spreadsheets expect. Numbers, negative ones too, stay numbers. */
static gboolean
needs_formula_guard (const char *text)
{
  char *end = NULL;

  if (strchr ("=+-@\t\r", text[0]) == NULL || text[0] == '\0')
    return FALSE;
  g_ascii_strtod (text, &end);
  return end == text || *end != '\0';
}

static void
append_csv_field (GString    *out,
                  const char *text)
{
  g_autofree char *guarded = NULL;

  if (text == NULL)
    return;

  if (needs_formula_guard (text))
    text = guarded = g_strconcat ("'", text, NULL);

  if (strpbrk (text, ",\"\n\r") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString    *out,
            GDateTime  *date,
            const char *kind,
            const char *subject,
            const char *side,
            const char *measure,
            const char *value)
{
  g_autofree char *iso = g_date_time_format_iso8601 (date);
  const char *fields[] = { iso, kind, subject, side, measure, value };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_csv_field (out, fields[i]);
    }
  g_string_append_c (out, '\n');
}

static void
csv_measure_cb (GDateTime  *date,
                const char *test,
                const char *side,
                const char *field,
                double      value,
                gpointer    data)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%g", value);
  append_row (data, date, "self_test", test, side, field, number);
}

static void
append_measure (GString            *out,
                StrideHistoryEntry *entry,
                const char         *subject,
                const char         *measure,
                const char         *value)
{
  if (value != NULL)
    append_row (out, stride_history_entry_get_date (entry),
                stride_history_kind_to_string (stride_history_entry_get_kind (entry)),
                subject, NULL, measure, value);
}

static void
append_session (GString            *out,
                StrideHistoryEntry *entry)
{
  g_autoptr(StrideSessionRecord) session = stride_session_record_new_from_entry (entry);
  const char *routine = stride_session_record_get_routine (session);
  StrideEffort effort = stride_session_record_get_effort (session);
  guint duration_s;
  int pain;

  if (stride_session_record_has_completed (session))
    append_measure (out, entry, routine, "completed", stride_session_record_get_completed (session) ? "true" : "false");
  if (stride_session_record_get_duration_s (session, &duration_s))
    {
      g_autofree char *text = g_strdup_printf ("%u", duration_s);

      append_measure (out, entry, routine, "duration_s", text);
    }
  if (stride_session_record_get_pain (session, &pain))
    {
      g_autofree char *text = g_strdup_printf ("%d", pain);

      append_measure (out, entry, routine, "pain", text);
    }
  if (effort != STRIDE_EFFORT_UNKNOWN)
    append_measure (out, entry, routine, "effort", stride_effort_to_string (effort));
}

static void
append_check_in (GString            *out,
                 StrideHistoryEntry *entry)
{
  g_autoptr(StrideCheckIn) check_in = stride_check_in_new_from_entry (entry);
  const char *session = stride_check_in_get_session (check_in);
  int pain;

  if (stride_check_in_get_pain (check_in, &pain))
    {
      g_autofree char *text = g_strdup_printf ("%d", pain);

      append_measure (out, entry, session, "pain", text);
    }
  append_measure (out, entry, session, "compared", stride_check_in_get_compared (check_in));
}

static void
append_symptom_check (GString            *out,
                      StrideHistoryEntry *entry)
{
  g_autoptr(StrideSymptomCheck) check = stride_symptom_check_new_from_entry (entry);
  GDateTime *date = stride_history_entry_get_date (entry);

  if (stride_symptom_check_get_level (check) != NULL)
    append_row (out, date, "symptom_check", NULL, NULL, "triage", stride_symptom_check_get_level (check));

  for (guint i = 0; i < stride_symptom_check_get_n_conditions (check); i++)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];
      double probability;
      gboolean known = stride_symptom_check_get_probability (check, i, &probability);

      append_row (out, date, "symptom_check", stride_symptom_check_get_condition (check, i), NULL, "probability",
                  known ? g_ascii_formatd (number, sizeof number, "%g", probability) : NULL);
    }
}

char *
stride_stats_export_csv (StrideHistory *history)
{
  g_autoptr(GPtrArray) entries = NULL;
  GString *out = g_string_new ("date,kind,subject,side,measure,value\n");

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);

  entries = stride_history_list (history, STRIDE_HISTORY_ANY, NULL, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (entries, i);

      switch (stride_history_entry_get_kind (entry))
        {
        case STRIDE_HISTORY_SESSION:
          append_session (out, entry);
          break;
        case STRIDE_HISTORY_CHECK_IN:
          append_check_in (out, entry);
          break;
        case STRIDE_HISTORY_SYMPTOM_CHECK:
          append_symptom_check (out, entry);
          break;
        case STRIDE_HISTORY_SELF_TEST:
        case STRIDE_HISTORY_N_KINDS:
        default:
          break;
        }
    }

  /* Self-tests come per measure, in date order among themselves */
  each_test_measure (history, csv_measure_cb, out);
  return g_string_free (out, FALSE);
}
