/* stride-progress-stats.c — the figures the Progress page and the report show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-json-document.h"
#include "stride-dose.h"
#include "stride-progress-stats.h"
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
      gint64 day = day_number (stride_history_entry_get_date (g_ptr_array_index (sessions, i)));

      /* A session ended early does not keep a streak going */
      if (!stride_session_counts (stride_history_entry_get_data (g_ptr_array_index (sessions, i))))
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
      gint64 day = day_number (stride_history_entry_get_date (g_ptr_array_index (sessions, i)));
      gint64 weeks_ago;

      if (day >= this_monday + 7)
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
      gint64 pain;

      if (stride_json_get_int (stride_history_entry_get_data (entry), "pain", &pain) && pain >= 0 && pain <= 10)
        add_point (points, stride_history_entry_get_date (entry), pain);
    }

  return points;
}

static gboolean
get_number (JsonObject *object,
            const char *member,
            double     *value)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type = node != NULL ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return FALSE;

  *value = json_node_get_double (node);
  return TRUE;
}

typedef void (*MeasureFunc) (GDateTime  *date,
                             const char *test,
                             const char *side,
                             const char *field,
                             double      value,
                             gpointer    data);

static void
each_number (JsonObject  *values,
             GDateTime   *date,
             const char  *test,
             const char  *side,
             MeasureFunc  func,
             gpointer     data)
{
  g_autoptr(GList) fields = json_object_get_members (values);

  for (GList *l = fields; l != NULL; l = l->next)
    {
      double value;

      if (get_number (values, l->data, &value))
        func (date, test, side, l->data, value, data);
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
      JsonObject *results = stride_json_get_object (stride_history_entry_get_data (entry), "results");
      g_autoptr(GList) names = results != NULL ? json_object_get_members (results) : NULL;

      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonObject *test = stride_json_get_object (results, l->data);
          JsonObject *left, *right;

          if (test == NULL)
            continue;
          left = stride_json_get_object (test, "left");
          right = stride_json_get_object (test, "right");
          if (left != NULL)
            each_number (left, stride_history_entry_get_date (entry), l->data, "left", func, data);
          if (right != NULL)
            each_number (right, stride_history_entry_get_date (entry), l->data, "right", func, data);
          if (left == NULL && right == NULL)
            each_number (test, stride_history_entry_get_date (entry), l->data, NULL, func, data);
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
      GDateTime *date = stride_history_entry_get_date (g_ptr_array_index (sessions, i));
      gint64 day = day_number (date);

      if (day == last)
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

static char *
value_string (JsonObject *object,
              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup (g_ascii_formatd (number, sizeof number, "%g", json_node_get_double (node)));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    default:
      return NULL;
    }
}

static void
append_members (GString            *out,
                StrideHistoryEntry *entry,
                const char         *subject,
                const char * const *members)
{
  JsonObject *data = stride_history_entry_get_data (entry);

  for (guint i = 0; members[i] != NULL; i++)
    {
      g_autofree char *value = value_string (data, members[i]);

      if (value != NULL)
        append_row (out, stride_history_entry_get_date (entry),
                    stride_history_kind_to_string (stride_history_entry_get_kind (entry)),
                    subject, NULL, members[i], value);
    }
}

static void
append_symptom_check (GString            *out,
                      StrideHistoryEntry *entry)
{
  JsonObject *result = stride_json_get_object (stride_history_entry_get_data (entry), "result");
  JsonObject *triage = result != NULL ? stride_json_get_object (result, "triage") : NULL;
  JsonArray *conditions = result != NULL ? stride_json_get_array (result, "conditions") : NULL;
  GDateTime *date = stride_history_entry_get_date (entry);

  if (triage != NULL && stride_json_get_string (triage, "level") != NULL)
    append_row (out, date, "symptom_check", NULL, NULL, "triage", stride_json_get_string (triage, "level"));

  for (guint i = 0; conditions != NULL && i < json_array_get_length (conditions); i++)
    {
      JsonNode *node = json_array_get_element (conditions, i);
      g_autofree char *probability = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      probability = value_string (json_node_get_object (node), "probability");
      append_row (out, date, "symptom_check", stride_json_get_string (json_node_get_object (node), "id"),
                  NULL, "probability", probability);
    }
}

char *
stride_stats_export_csv (StrideHistory *history)
{
  static const char * const session_members[] = { "completed", "duration_s", "pain", "effort", NULL };
  static const char * const check_in_members[] = { "pain", "compared", NULL };
  g_autoptr(GPtrArray) entries = NULL;
  GString *out = g_string_new ("date,kind,subject,side,measure,value\n");

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);

  entries = stride_history_list (history, STRIDE_HISTORY_ANY, NULL, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (entries, i);
      JsonObject *data = stride_history_entry_get_data (entry);

      switch (stride_history_entry_get_kind (entry))
        {
        case STRIDE_HISTORY_SESSION:
          append_members (out, entry, stride_json_get_string (data, "routine"), session_members);
          break;
        case STRIDE_HISTORY_CHECK_IN:
          append_members (out, entry, stride_json_get_string (data, "session"), check_in_members);
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

/* Symptom checks */

static void
set_string_or_null (JsonObject *object,
                    const char *member,
                    const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
  else
    json_object_set_null_member (object, member);
}

static JsonObject *
symptom_check_summary (StrideHistoryEntry *entry)
{
  g_autoptr(StrideSymptomCheck) check = stride_symptom_check_new_from_json (stride_history_entry_get_data (entry));
  gboolean has_top = stride_symptom_check_get_n_conditions (check) > 0;
  double probability = 0;
  JsonObject *summary = json_object_new ();
  g_autofree char *date = g_date_time_format_iso8601 (stride_history_entry_get_date (entry));

  json_object_set_string_member (summary, "id", stride_history_entry_get_id (entry));
  json_object_set_string_member (summary, "date", date);
  set_string_or_null (summary, "level", stride_symptom_check_get_level (check));
  /* The matcher lists conditions best first */
  set_string_or_null (summary, "condition", has_top ? stride_symptom_check_get_condition (check, 0) : NULL);
  if (has_top && stride_symptom_check_get_probability (check, 0, &probability))
    json_object_set_double_member (summary, "probability", probability);
  else
    json_object_set_null_member (summary, "probability");
  return summary;
}

JsonArray *
stride_stats_symptom_checks (StrideHistory *history)
{
  g_autoptr(GPtrArray) checks = NULL;
  JsonArray *array = json_array_new ();

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), array);

  checks = stride_history_list (history, STRIDE_HISTORY_SYMPTOM_CHECK, NULL, NULL);
  for (guint i = checks->len; i > 0; i--)
    json_array_add_object_element (array, symptom_check_summary (g_ptr_array_index (checks, i - 1)));
  return array;
}

static JsonNode *
routines_json (GPtrArray *routines)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < routines->len; i++)
    {
      const StrideRoutine *routine = g_ptr_array_index (routines, i);
      JsonObject *object = json_object_new ();
      JsonArray *items = json_array_new ();

      for (guint j = 0; j < routine->items->len; j++)
        {
          const StrideRoutineItem *item = g_ptr_array_index (routine->items, j);
          JsonObject *dose = stride_dose_to_json (&item->dose);

          json_object_set_string_member (dose, "exercise", item->exercise);
          json_array_add_object_element (items, dose);
        }
      json_object_set_string_member (object, "id", routine->id);
      json_object_set_string_member (object, "name", routine->name);
      json_object_set_array_member (object, "items", items);
      json_array_add_object_element (array, object);
    }

  json_node_take_array (node, array);
  return node;
}

GBytes *
stride_stats_export_json (StrideHistory *history,
                          GPtrArray     *routines)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonObject) object = json_object_new ();
  gsize length;
  char *text;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (routines != NULL, NULL);

  json_object_set_string_member (object, "exported_by", "Stride " PACKAGE_VERSION);
  json_object_set_member (object, "history", stride_history_to_json (history));
  json_object_set_member (object, "routines", routines_json (routines));
  /* Also inside "history"; here in short, for a reader who wants just these */
  json_object_set_array_member (object, "symptom_checks", stride_stats_symptom_checks (history));
  json_node_set_object (root, object);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}
