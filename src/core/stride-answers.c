/* stride-answers.c — a user's answers to the symptom questions, and their JSON form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "stride-json-reader.h"
#include "stride-path-error.h"
#include "stride-answers.h"
#include "stride-content.h"

G_DEFINE_QUARK (stride-matcher-error-quark, stride_matcher_error)


typedef enum
{
  ENTRY_DONT_KNOW,
  ENTRY_CHOICES,
  ENTRY_NUMBER,
} EntryKind;

typedef struct
{
  EntryKind  kind;
  GStrv      choices;             /* ENTRY_CHOICES */
  double     number;              /* ENTRY_NUMBER */
} Entry;

struct _StrideAnswers
{
  GHashTable *entries;            /* question id → Entry */
};

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_strfreev (entry->choices);
  g_free (entry);
}

static Entry *
entry_copy (const Entry *entry)
{
  Entry *copy = g_new0 (Entry, 1);

  copy->kind = entry->kind;
  copy->choices = g_strdupv (entry->choices);
  copy->number = entry->number;
  return copy;
}

StrideAnswers *
stride_answers_new (void)
{
  StrideAnswers *self = g_new0 (StrideAnswers, 1);

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  return self;
}

StrideAnswers *
stride_answers_copy (const StrideAnswers *self)
{
  StrideAnswers *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, NULL);

  copy = stride_answers_new ();
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->entries, g_strdup (key), entry_copy (value));
  return copy;
}

void
stride_answers_free (StrideAnswers *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->entries);
  g_free (self);
}

static void
insert_entry (StrideAnswers *self,
              const char    *question,
              EntryKind      kind,
              GStrv          choices,
              double         number)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->kind = kind;
  entry->choices = choices;
  entry->number = number;
  g_hash_table_insert (self->entries, g_strdup (question), entry);
}

void
stride_answers_set_choices (StrideAnswers      *self,
                            const char         *question,
                            const char * const *answers)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (self != NULL);
  g_return_if_fail (question != NULL);

  /* Duplicates would count twice; keep each answer once, in the order given. */
  for (guint i = 0; answers != NULL && answers[i] != NULL; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = g_str_equal (answers[i], answers[j]);
      if (!seen)
        g_strv_builder_add (builder, answers[i]);
    }

  insert_entry (self, question, ENTRY_CHOICES, g_strv_builder_end (builder), 0);
}

void
stride_answers_set_number (StrideAnswers *self,
                           const char    *question,
                           double         value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (question != NULL);

  insert_entry (self, question, ENTRY_NUMBER, NULL, value);
}

void
stride_answers_set_dont_know (StrideAnswers *self,
                              const char    *question)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (question != NULL);

  insert_entry (self, question, ENTRY_DONT_KNOW, NULL, 0);
}

void
stride_answers_unset (StrideAnswers *self,
                      const char    *question)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (question != NULL);

  g_hash_table_remove (self->entries, question);
}

gboolean
stride_answers_is_answered (const StrideAnswers *self,
                            const char          *question)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  return g_hash_table_contains (self->entries, question);
}

gboolean
stride_answers_is_dont_know (const StrideAnswers *self,
                             const char          *question)
{
  const Entry *entry;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  entry = g_hash_table_lookup (self->entries, question);
  return entry != NULL && entry->kind == ENTRY_DONT_KNOW;
}

gboolean
stride_answers_has_choice (const StrideAnswers *self,
                           const char          *question,
                           const char          *answer)
{
  const char * const *choices;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (answer != NULL, FALSE);

  choices = stride_answers_get_choices (self, question);
  return choices != NULL && g_strv_contains (choices, answer);
}

const char * const *
stride_answers_get_choices (const StrideAnswers *self,
                            const char          *question)
{
  const Entry *entry;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (question != NULL, NULL);

  entry = g_hash_table_lookup (self->entries, question);
  if (entry == NULL || entry->kind != ENTRY_CHOICES)
    return NULL;
  return (const char * const *) entry->choices;
}

gboolean
stride_answers_get_number (const StrideAnswers *self,
                           const char          *question,
                           double              *value)
{
  const Entry *entry;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  entry = g_hash_table_lookup (self->entries, question);
  if (entry == NULL || entry->kind != ENTRY_NUMBER)
    return FALSE;
  if (value != NULL)
    *value = entry->number;
  return TRUE;
}

guint
stride_answers_get_n_answered (const StrideAnswers *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_hash_table_size (self->entries);
}

/* ---- JSON ---- */

static const StrideQuestion *
find_question (GPtrArray  *questions,
               const char *id)
{
  for (guint i = 0; i < questions->len; i++)
    {
      const StrideQuestion *question = g_ptr_array_index (questions, i);

      if (g_str_equal (question->id, id))
        return question;
    }
  return NULL;
}

static gboolean
is_dont_know (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING &&
         g_str_equal (json_node_get_string (node), STRIDE_ANSWER_DONT_KNOW);
}

static gboolean
invalid (GError    **error,
         const char *path,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError    **error,
         const char *path,
         const char *format,
         ...)
{
  va_list args;
  gboolean result;

  va_start (args, format);
  result = stride_set_path_errorv (error, STRIDE_MATCHER_ERROR, STRIDE_MATCHER_ERROR_INVALID, path, format, args);
  va_end (args);
  return result;
}

static gboolean
check_answer_id (const StrideQuestion *question,
                 JsonNode             *node,
                 const char           *path,
                 GError              **error)
{
  const char *id;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, path, "expected an answer id (a string) for question “%s”",
                    question->id);

  id = json_node_get_string (node);
  if (stride_question_find_answer (question, id) == NULL)
    return invalid (error, path, "unknown answer “%s” for question “%s”", id, question->id);
  return TRUE;
}

static gboolean
parse_one (StrideAnswers        *self,
           const StrideQuestion *question,
           JsonNode             *node,
           const char           *path,
           GError              **error)
{
  const char *choices[2] = { NULL, NULL };

  if (JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, path, "question “%s” takes one answer id (a string), not a list",
                    question->id);
  if (!check_answer_id (question, node, path, error))
    return FALSE;

  choices[0] = json_node_get_string (node);
  stride_answers_set_choices (self, question->id, choices);
  return TRUE;
}

static gboolean
parse_many (StrideAnswers        *self,
            const StrideQuestion *question,
            JsonNode             *node,
            const char           *path,
            GError              **error)
{
  g_autoptr(GPtrArray) choices = g_ptr_array_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, path, "question “%s” takes a list of answer ids", question->id);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);

      /* ["dont_know"] is the list form of "I don't know". */
      if (is_dont_know (element) && json_array_get_length (array) == 1)
        {
          stride_answers_set_dont_know (self, question->id);
          return TRUE;
        }
      if (is_dont_know (element))
        return invalid (error, element_path, "“%s” cannot be combined with other answers of question “%s”",
                        STRIDE_ANSWER_DONT_KNOW, question->id);
      if (!check_answer_id (question, element, element_path, error))
        return FALSE;
      g_ptr_array_add (choices, (gpointer) json_node_get_string (element));
    }

  g_ptr_array_add (choices, NULL);
  stride_answers_set_choices (self, question->id, (const char * const *) choices->pdata);
  return TRUE;
}

static gboolean
parse_number (StrideAnswers        *self,
              const StrideQuestion *question,
              JsonNode             *node,
              const char           *path,
              GError              **error)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  double value;

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return invalid (error, path, "question “%s” takes a number", question->id);

  value = json_node_get_double (node);
  if (value < question->min || value > question->max)
    return invalid (error, path, "%g is out of range for question “%s” (%g to %g)",
                    value, question->id, question->min, question->max);

  stride_answers_set_number (self, question->id, value);
  return TRUE;
}

static gboolean
parse_answer (StrideAnswers        *self,
              const StrideQuestion *question,
              JsonNode             *node,
              const char           *path,
              GError              **error)
{
  if (is_dont_know (node))
    {
      stride_answers_set_dont_know (self, question->id);
      return TRUE;
    }

  switch (question->kind)
    {
    case STRIDE_QUESTION_ONE:
      return parse_one (self, question, node, path, error);
    case STRIDE_QUESTION_MANY:
      return parse_many (self, question, node, path, error);
    case STRIDE_QUESTION_NUMBER:
      return parse_number (self, question, node, path, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
parse_answers_object (StrideAnswers *self,
                      GPtrArray     *questions,
                      JsonObject    *object,
                      GError       **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      const StrideQuestion *question = find_question (questions, id);
      g_autofree char *path = g_strdup_printf ("$.answers.%s", id);

      if (question == NULL)
        return invalid (error, path, "unknown question “%s”", id);
      if (!parse_answer (self, question, json_object_get_member (object, id), path, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_root (StrideAnswers *self,
            GPtrArray     *questions,
            JsonNode      *root,
            GError       **error)
{
  JsonObject *object;
  JsonNode *answers;
  g_autoptr(GList) members = NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return invalid (error, "$", "expected an object with an “answers” member");

  object = json_node_get_object (root);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "answers"))
      return invalid (error, "$", "unknown member “%s” (expected only “answers”)",
                      (const char *) l->data);

  answers = json_object_get_member (object, "answers");
  if (answers == NULL || !JSON_NODE_HOLDS_OBJECT (answers))
    return invalid (error, "$.answers", "expected an object of question id → answer");

  return parse_answers_object (self, questions, json_node_get_object (answers), error);
}

/* The strict reader refuses a repeated answer too: json-glib would keep the last one
 * silently, and an answer given twice is a mistake the user should hear about. */
StrideAnswers *
stride_answers_new_from_json (GPtrArray   *questions,
                              const char  *data,
                              gssize       length,
                              GError     **error)
{
  g_autoptr(StrideAnswers) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (questions != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  root = stride_json_parse (data, length, NULL, STRIDE_ANSWERS_MAX_INPUT_BYTES, STRIDE_ANSWERS_MAX_DEPTH, &local_error);
  if (root == NULL && g_error_matches (local_error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_EMPTY))
    {
      invalid (error, "$", "the answers are empty: expected an object with an “answers” member");
      return NULL;
    }
  if (root == NULL)
    {
      gboolean repeated = g_error_matches (local_error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_DUPLICATE_KEY);

      g_set_error_literal (error, STRIDE_MATCHER_ERROR,
                           repeated ? STRIDE_MATCHER_ERROR_INVALID : STRIDE_MATCHER_ERROR_SYNTAX,
                           local_error->message);
      return NULL;
    }

  self = stride_answers_new ();
  if (!parse_root (self, questions, root, error))
    return NULL;
  return g_steal_pointer (&self);
}

static JsonNode *
entry_to_node (const Entry          *entry,
               const StrideQuestion *question)
{
  JsonNode *node;
  JsonArray *array;

  switch (entry->kind)
    {
    case ENTRY_DONT_KNOW:
      return json_node_init_string (json_node_alloc (), STRIDE_ANSWER_DONT_KNOW);
    case ENTRY_NUMBER:
      return json_node_init_double (json_node_alloc (), entry->number);
    case ENTRY_CHOICES:
      if (question != NULL && question->kind == STRIDE_QUESTION_ONE && entry->choices[0] != NULL)
        return json_node_init_string (json_node_alloc (), entry->choices[0]);
      array = json_array_new ();
      for (guint i = 0; entry->choices[i] != NULL; i++)
        json_array_add_string_element (array, entry->choices[i]);
      node = json_node_init_array (json_node_alloc (), array);
      json_array_unref (array);
      return node;
    default:
      g_assert_not_reached ();
    }
}

JsonObject *
stride_answers_to_json_object (const StrideAnswers *self,
                               GPtrArray           *questions)
{
  g_autoptr(GList) keys = NULL;
  JsonObject *answers = json_object_new ();

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (questions != NULL, NULL);

  keys = g_list_sort (g_hash_table_get_keys (self->entries), (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    json_object_set_member (answers, l->data,
                            entry_to_node (g_hash_table_lookup (self->entries, l->data),
                                           find_question (questions, l->data)));
  return answers;
}

char *
stride_answers_to_json (const StrideAnswers *self,
                        GPtrArray           *questions)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = json_object_new ();

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (questions != NULL, NULL);

  json_object_set_object_member (object, "answers", stride_answers_to_json_object (self, questions));
  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
