/* stride-history-export.c — everything Stride keeps about the user, as one JSON document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-dose.h"
#include "stride-history-export.h"
#include "stride-symptom-check.h"

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
  g_autoptr(StrideSymptomCheck) check = stride_symptom_check_new_from_entry (entry);
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
