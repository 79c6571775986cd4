/* stride-self-test-record.c — a self-test as the page fills it in and the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-dose.h"
#include "stride-json-document.h"
#include "stride-record.h"
#include "stride-routine-store.h"
#include "stride-self-test-record.h"

struct _StrideSelfTestRecord
{
  StrideRecord  record;           /* the whole record, unknown members too */
};

G_DEFINE_BOXED_TYPE (StrideSelfTestRecord, stride_self_test_record,
                     stride_self_test_record_ref, stride_self_test_record_unref)

static StrideSelfTestRecord *
self_test_record_new_take (JsonObject *data)
{
  return stride_record_new (sizeof (StrideSelfTestRecord), data, NULL);
}

static JsonObject *
data_of (StrideSelfTestRecord *self)
{
  return self->record.data;
}

StrideSelfTestRecord *
stride_self_test_record_new (void)
{
  JsonObject *data = json_object_new ();

  json_object_set_object_member (data, "results", json_object_new ());
  return self_test_record_new_take (data);
}

StrideSelfTestRecord *
stride_self_test_record_new_from_json (JsonObject *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return self_test_record_new_take (stride_json_object_deep_copy (data));
}

StrideSelfTestRecord *
stride_self_test_record_new_from_entry (StrideHistoryEntry *entry)
{
  JsonObject *data = stride_record_entry_data (entry, STRIDE_HISTORY_SELF_TEST);

  return data != NULL ? stride_self_test_record_new_from_json (data) : NULL;
}

StrideSelfTestRecord *
stride_self_test_record_ref (StrideSelfTestRecord *self)
{
  return stride_record_ref (self);
}

void
stride_self_test_record_unref (StrideSelfTestRecord *self)
{
  stride_record_unref (self);
}

JsonObject *
stride_self_test_record_to_json (StrideSelfTestRecord *self)
{
  return stride_record_dup_json (self);
}

/* Filling in */

void
stride_self_test_record_set_person (StrideSelfTestRecord *self,
                                    const char           *sex,
                                    guint                 age)
{
  g_return_if_fail (self != NULL);

  if (sex != NULL)
    json_object_set_string_member (data_of (self), "sex", sex);
  else if (json_object_has_member (data_of (self), "sex"))
    json_object_remove_member (data_of (self), "sex");

  if (age > 0)
    json_object_set_int_member (data_of (self), "age", age);
  else if (json_object_has_member (data_of (self), "age"))
    json_object_remove_member (data_of (self), "age");
}

/* The object member NAME of OBJECT, made when CREATE and missing (or not an object). */
static JsonObject *
child_object (JsonObject *object,
              const char *name,
              gboolean    create)
{
  if (object == NULL || name == NULL)
    return NULL;
  if (create && stride_json_get_object (object, name) == NULL)
    json_object_set_object_member (object, name, json_object_new ());
  return stride_json_get_object (object, name);
}

/* The object holding TEST's values on SIDE. */
static JsonObject *
values_of (StrideSelfTestRecord *self,
           const char           *test,
           StrideSide            side,
           gboolean              create)
{
  JsonObject *results = child_object (data_of (self), "results", create);
  JsonObject *values = child_object (results, test, create);

  return side == STRIDE_SIDE_NONE ? values : child_object (values, stride_side_to_string (side), create);
}

void
stride_self_test_record_set_value (StrideSelfTestRecord  *self,
                                   const char            *test,
                                   StrideSide             side,
                                   const char            *field,
                                   const StrideTestValue *value)
{
  JsonObject *values;

  g_return_if_fail (self != NULL);
  g_return_if_fail (test != NULL && field != NULL);
  g_return_if_fail (side == STRIDE_SIDE_NONE || side == STRIDE_SIDE_LEFT || side == STRIDE_SIDE_RIGHT);

  if (value == NULL || value->kind == STRIDE_TEST_VALUE_NONE)
    {
      values = values_of (self, test, side, FALSE);
      if (values != NULL && json_object_has_member (values, field))
        json_object_remove_member (values, field);
      return;
    }

  values = values_of (self, test, side, TRUE);
  switch (value->kind)
    {
    case STRIDE_TEST_VALUE_NUMBER:
      /* Whole numbers stay whole: --assess and people read "70", not "70.0" */
      if (value->number == (gint64) value->number)
        json_object_set_int_member (values, field, (gint64) value->number);
      else
        json_object_set_double_member (values, field, value->number);
      break;
    case STRIDE_TEST_VALUE_BOOLEAN:
      json_object_set_boolean_member (values, field, value->boolean);
      break;
    case STRIDE_TEST_VALUE_CHOICE:
      json_object_set_string_member (values, field, value->choice);
      break;
    case STRIDE_TEST_VALUE_NONE:
    default:
      g_assert_not_reached ();
    }
}

void
stride_self_test_record_clear_test (StrideSelfTestRecord *self,
                                    const char           *test)
{
  JsonObject *results;

  g_return_if_fail (self != NULL);
  g_return_if_fail (test != NULL);

  results = stride_json_get_object (data_of (self), "results");
  if (results != NULL && json_object_has_member (results, test))
    json_object_remove_member (results, test);
}

void
stride_self_test_record_clear_results (StrideSelfTestRecord *self)
{
  g_return_if_fail (self != NULL);

  json_object_set_object_member (data_of (self), "results", json_object_new ());
}

/* Reading results */

gboolean
stride_self_test_record_get_value (StrideSelfTestRecord *self,
                                   const char           *test,
                                   StrideSide            side,
                                   const char           *field,
                                   StrideTestValue      *value)
{
  JsonObject *values;
  JsonNode *node;
  GType type;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (test != NULL && field != NULL && value != NULL, FALSE);

  *value = (StrideTestValue) { STRIDE_TEST_VALUE_NONE, 0, FALSE, NULL };
  values = values_of (self, test, side, FALSE);
  node = values != NULL ? json_object_get_member (values, field) : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    *value = (StrideTestValue) { STRIDE_TEST_VALUE_NUMBER, json_node_get_double (node), FALSE, NULL };
  else if (type == G_TYPE_BOOLEAN)
    *value = (StrideTestValue) { STRIDE_TEST_VALUE_BOOLEAN, 0, json_node_get_boolean (node), NULL };
  else if (type == G_TYPE_STRING)
    *value = (StrideTestValue) { STRIDE_TEST_VALUE_CHOICE, 0, FALSE, json_node_get_string (node) };
  return value->kind != STRIDE_TEST_VALUE_NONE;
}

/* The members of OBJECT that hold objects (all of them when ANY), in order. */
static GStrv
member_names (JsonObject *object,
              gboolean    any)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GList) members = object != NULL ? json_object_get_members (object) : NULL;

  for (GList *l = members; l != NULL; l = l->next)
    if (any || stride_json_get_object (object, l->data) != NULL)
      g_strv_builder_add (names, l->data);
  return g_strv_builder_end (names);
}

GStrv
stride_self_test_record_dup_tests (StrideSelfTestRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return member_names (stride_json_get_object (data_of (self), "results"), FALSE);
}

gboolean
stride_self_test_record_get_test_sided (StrideSelfTestRecord *self,
                                        const char           *test)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (test != NULL, FALSE);

  return values_of (self, test, STRIDE_SIDE_LEFT, FALSE) != NULL ||
         values_of (self, test, STRIDE_SIDE_RIGHT, FALSE) != NULL;
}

GStrv
stride_self_test_record_dup_fields (StrideSelfTestRecord *self,
                                    const char           *test,
                                    StrideSide            side)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (test != NULL, NULL);

  return member_names (values_of (self, test, side, FALSE), TRUE);
}

/* Scoring */

static gboolean
object_is_empty (JsonObject *object)
{
  return object == NULL || json_object_get_size (object) == 0;
}

/* RESULTS without tests CONTENT does not know, nor empty tests or sides. */
static JsonObject *
known_results (JsonObject    *results,
               StrideContent *content)
{
  JsonObject *kept = json_object_new ();
  g_auto(GStrv) tests = member_names (results, FALSE);

  for (guint i = 0; tests[i] != NULL; i++)
    {
      const StrideSelfTest *test = stride_content_find_test (content, tests[i]);
      JsonObject *values = stride_json_get_object (results, tests[i]);
      JsonObject *sides;

      if (test == NULL || object_is_empty (values))
        continue;
      if (!test->per_side)
        {
          json_object_set_object_member (kept, tests[i], stride_json_object_deep_copy (values));
          continue;
        }

      sides = json_object_new ();
      for (StrideSide side = STRIDE_SIDE_LEFT; side <= STRIDE_SIDE_RIGHT; side <<= 1)
        {
          JsonObject *on_side = stride_json_get_object (values, stride_side_to_string (side));

          if (!object_is_empty (on_side))
            json_object_set_object_member (sides, stride_side_to_string (side), stride_json_object_deep_copy (on_side));
        }
      if (json_object_get_size (sides) > 0)
        json_object_set_object_member (kept, tests[i], sides);
      else
        json_object_unref (sides);
    }
  return kept;
}

JsonNode *
stride_self_test_record_dup_input (StrideSelfTestRecord *self,
                                   StrideContent        *content)
{
  JsonObject *input;
  JsonObject *results;
  JsonNode *node;
  const char *sex;
  gint64 age;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (content != NULL, NULL);

  input = json_object_new ();
  sex = stride_json_get_string (data_of (self), "sex");
  if (sex != NULL)
    json_object_set_string_member (input, "sex", sex);
  if (stride_json_get_int (data_of (self), "age", &age))
    json_object_set_int_member (input, "age", age);
  results = stride_json_get_object (data_of (self), "results");
  json_object_set_object_member (input, "results", results != NULL ? known_results (results, content) : json_object_new ());
  node = json_node_init_object (json_node_alloc (), input);
  json_object_unref (input);
  return node;
}

gboolean
stride_self_test_record_has_results (StrideSelfTestRecord *self,
                                     StrideContent        *content)
{
  g_autoptr(JsonNode) input = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (content != NULL, FALSE);

  input = stride_self_test_record_dup_input (self, content);
  return !object_is_empty (stride_json_get_object (json_node_get_object (input), "results"));
}

StrideAssessment *
stride_self_test_record_assess (StrideSelfTestRecord  *self,
                                StrideContent         *content,
                                GError               **error)
{
  g_autoptr(JsonNode) input = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (content != NULL, NULL);

  input = stride_self_test_record_dup_input (self, content);
  return stride_assess (content, input, error);
}

/* Copies every member of FROM into TO, replacing those of the same name. */
static void
copy_members (JsonObject *to,
              JsonObject *from)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, from);
  while (json_object_iter_next (&iter, &name, &member))
    json_object_set_member (to, name, stride_json_deep_copy (member));
}

StrideSelfTestRecord *
stride_self_test_record_new_scored (StrideSelfTestRecord *self,
                                    StrideContent        *content,
                                    StrideAssessment     *assessment)
{
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(JsonNode) output = NULL;
  JsonObject *data;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (assessment != NULL, NULL);

  input = stride_self_test_record_dup_input (self, content);
  output = stride_assessment_to_json (assessment);
  data = json_object_new ();
  copy_members (data, json_node_get_object (input));
  copy_members (data, json_node_get_object (output));
  return self_test_record_new_take (data);
}

GPtrArray *
stride_self_test_record_compare (StrideSelfTestRecord  *before,
                                 StrideSelfTestRecord  *now,
                                 StrideContent         *content,
                                 GError               **error)
{
  g_autoptr(JsonNode) before_input = NULL;
  g_autoptr(JsonNode) now_input = NULL;
  JsonObject *input;
  JsonObject *results;

  g_return_val_if_fail (before != NULL && now != NULL, NULL);
  g_return_val_if_fail (content != NULL, NULL);

  /* Only the results, as saved: a test renamed or removed since makes them unreadable,
   * and that is said rather than compared wrongly */
  input = json_object_new ();
  results = stride_json_get_object (data_of (before), "results");
  if (results != NULL)
    json_object_set_object_member (input, "results", stride_json_object_deep_copy (results));
  before_input = json_node_init_object (json_node_alloc (), input);
  json_object_unref (input);
  if (!stride_assess_validate (content, before_input, error))
    return NULL;

  now_input = stride_self_test_record_dup_input (now, content);
  return stride_assess_compare (content, before_input, now_input);
}

/* Reading what a scored record found */

guint
stride_self_test_record_get_n_findings (StrideSelfTestRecord *self)
{
  JsonArray *findings;

  g_return_val_if_fail (self != NULL, 0);

  findings = stride_json_get_array (data_of (self), "findings");
  return findings != NULL ? json_array_get_length (findings) : 0;
}

gboolean
stride_self_test_record_get_finding (StrideSelfTestRecord  *self,
                                     guint                  index,
                                     StrideSelfTestFinding *finding)
{
  JsonArray *findings;
  JsonNode *node;
  JsonObject *object;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);
  g_return_val_if_fail (index < stride_self_test_record_get_n_findings (self), FALSE);

  findings = stride_json_get_array (data_of (self), "findings");
  node = json_array_get_element (findings, index);
  *finding = (StrideSelfTestFinding) { NULL, NULL, NULL };
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  object = json_node_get_object (node);
  finding->id = stride_json_get_string (object, "id");
  finding->side = stride_json_get_string (object, "side");
  finding->text = stride_json_get_string (object, "text");
  return TRUE;
}

/* A saved routine item: its exercise at the dose saved, filled from the exercise's own
 * (or a plain stretch dose when today's content no longer has it). */
static StrideRoutineItem *
routine_item (JsonObject    *object,
              StrideContent *content)
{
  static const StrideDose fallback = { 2, 0, 30, 15, STRIDE_SIDES_EACH, 0 };
  const char *id = stride_json_get_string (object, "exercise");
  const StrideExercise *exercise;
  StrideRoutineItem *item;

  if (id == NULL)
    return NULL;

  exercise = content != NULL ? stride_content_find_exercise (content, id) : NULL;
  item = g_new0 (StrideRoutineItem, 1);
  item->exercise = g_strdup (id);
  stride_dose_from_json (object, exercise != NULL ? &exercise->dose : &fallback, &item->dose);
  return item;
}

GPtrArray *
stride_self_test_record_dup_routine (StrideSelfTestRecord *self,
                                     StrideContent        *content)
{
  JsonObject *routine;
  JsonArray *items;
  GPtrArray *kept;

  g_return_val_if_fail (self != NULL, NULL);

  routine = stride_json_get_object (data_of (self), "routine");
  items = routine != NULL ? stride_json_get_array (routine, "items") : NULL;
  if (items == NULL)
    return NULL;

  kept = g_ptr_array_new_with_free_func (stride_routine_item_free);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      StrideRoutineItem *item = JSON_NODE_HOLDS_OBJECT (node) ? routine_item (json_node_get_object (node), content) : NULL;

      if (item != NULL)
        g_ptr_array_add (kept, item);
    }
  return kept;
}

/* The routine's item for EXERCISE, or NULL. */
static JsonObject *
routine_item_of (StrideSelfTestRecord *self,
                 const char           *exercise)
{
  JsonObject *routine = stride_json_get_object (data_of (self), "routine");
  JsonArray *items = routine != NULL ? stride_json_get_array (routine, "items") : NULL;

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (stride_json_get_string (json_node_get_object (node), "exercise"), exercise) == 0)
        return json_node_get_object (node);
    }

  return NULL;
}

gboolean
stride_self_test_record_get_routine_item (StrideSelfTestRecord *self,
                                          const char           *exercise,
                                          StrideSelfTestItem   *item)
{
  JsonObject *object;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (exercise != NULL && item != NULL, FALSE);

  object = routine_item_of (self, exercise);
  if (object == NULL)
    return FALSE;
  item->sides = stride_json_get_string (object, "sides");
  item->extra_set_side = stride_json_get_string (object, "extra_set_side");
  item->note = stride_json_get_string (object, "note");
  return TRUE;
}

static void
add_avoided (GHashTable *avoided,
             JsonObject *caution)
{
  JsonArray *avoid = stride_json_get_array (caution, "avoid");
  const char *text = stride_json_get_string (caution, "text");

  for (guint i = 0; avoid != NULL && i < json_array_get_length (avoid); i++)
    {
      JsonNode *id = json_array_get_element (avoid, i);

      if (JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_STRING)
        g_hash_table_replace (avoided, g_strdup (json_node_get_string (id)), g_strdup (text != NULL ? text : ""));
    }
}

GHashTable *
stride_self_test_record_dup_avoided (StrideSelfTestRecord *self)
{
  GHashTable *avoided = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *cautions;

  g_return_val_if_fail (self != NULL, avoided);

  cautions = stride_json_get_array (data_of (self), "cautions");
  for (guint i = 0; cautions != NULL && i < json_array_get_length (cautions); i++)
    {
      JsonNode *node = json_array_get_element (cautions, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        add_avoided (avoided, json_node_get_object (node));
    }
  return avoided;
}

/* Saving */

StrideHistoryEntry *
stride_history_append_self_test (StrideHistory         *history,
                                 StrideSelfTestRecord  *self_test,
                                 GDateTime             *date,
                                 GError               **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (self_test != NULL, NULL);

  /* The history copies the data: the record's own object can be handed over as it is. */
  return stride_history_append (history, STRIDE_HISTORY_SELF_TEST, date, data_of (self_test), error);
}

StrideHistoryEntry *
stride_history_update_self_test (StrideHistory         *history,
                                 const char            *id,
                                 StrideSelfTestRecord  *self_test,
                                 GError               **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (self_test != NULL, NULL);

  return stride_history_update (history, id, data_of (self_test), error);
}
