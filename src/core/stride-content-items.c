/* stride-content-items.c — reading a pack file: its items by kind, and the manifest
 *
 * What every item reader shares is here; the readers of each kind of item are in
 * stride-content-items-symptoms.c (structures, questions, red flags, conditions, profiles),
 * stride-content-items-exercises.c (findings, cautions, exercises, tests, routines,
 * programs) and stride-content-items-videos.c. References to other items are only recorded
 * while reading; they are resolved once the whole pack is read (stride-content-resolve.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "stride-content-items-private.h"
#include "stride-json-reader.h"

static const char * const kind_keys[] = {
  "structures", "questions", "red_flags", "conditions", "findings", "cautions",
  "exercises", "tests", "routines", "videos", "programs", NULL
};

/* The order of StrideKind; "profiles" is not a kind of its own. */
static const StrideKind kind_of_key[] = {
  STRIDE_KIND_STRUCTURE, STRIDE_KIND_QUESTION, STRIDE_KIND_RED_FLAG, STRIDE_KIND_CONDITION,
  STRIDE_KIND_FINDING, STRIDE_KIND_CAUTION, STRIDE_KIND_EXERCISE, STRIDE_KIND_TEST,
  STRIDE_KIND_ROUTINE, STRIDE_KIND_VIDEO, STRIDE_KIND_PROGRAM,
};

/* Runs READ on the object at KEY (if present), with the path pushed. */
gpointer
stride_items_read_member_object (StrideReader *reader,
                                 JsonObject   *object,
                                 const char   *key,
                                 gboolean      required,
                                 gpointer    (*read) (StrideReader *, JsonObject *, gpointer),
                                 gpointer      data)
{
  JsonNode *node = stride_reader_member (reader, object, key, required);
  JsonObject *member;
  gpointer result = NULL;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = stride_reader_push_key (reader, key);
  member = stride_reader_object (reader, node);
  if (member != NULL)
    result = read (reader, member, data);
  stride_reader_pop (reader, mark);
  return result;
}

/* Reads the array at KEY into a new arena GPtrArray of what READ returns for each object.
 * Never NULL: an empty array when missing or wrong. */
GPtrArray *
stride_items_read_object_list (StrideReader *reader,
                               JsonObject   *object,
                               const char   *key,
                               gboolean      required,
                               guint         min_length,
                               gpointer    (*read) (StrideReader *, JsonObject *, gpointer),
                               gpointer      data)
{
  GPtrArray *list = stride_arena_ptr_array (reader->pack->arena);
  JsonArray *array = stride_reader_array (reader, object, key, required, min_length);
  gsize mark;

  if (array == NULL)
    return list;

  mark = stride_reader_push_key (reader, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = stride_reader_push_index (reader, i);
      JsonObject *element = stride_reader_object (reader, json_array_get_element (array, i));
      gpointer item = element != NULL ? read (reader, element, data) : NULL;

      if (item != NULL)
        g_ptr_array_add (list, item);
      stride_reader_pop (reader, item_mark);
    }
  stride_reader_pop (reader, mark);
  return list;
}

static gpointer
read_source (StrideReader *reader,
             JsonObject   *object,
             gpointer      data)
{
  StrideSource *source = stride_arena_new0 (reader->pack->arena, StrideSource);

  stride_reader_check_keys (reader, object, KEYS ("title", "url"));
  source->title = stride_reader_string (reader, object, "title", TRUE);
  source->url = stride_reader_string (reader, object, "url", FALSE);
  if (source->title != NULL && source->title[0] == '\0')
    {
      gsize mark = stride_reader_push_key (reader, "title");
      stride_reader_error (reader, "text must not be empty");
      stride_reader_pop (reader, mark);
    }
  if (source->url != NULL && !g_str_has_prefix (source->url, "https://") &&
      !g_str_has_prefix (source->url, "http://"))
    {
      gsize mark = stride_reader_push_key (reader, "url");
      stride_reader_error (reader, "a source's url starts with https:// or http://");
      stride_reader_pop (reader, mark);
    }
  return source;
}

GPtrArray *
stride_items_read_sources (StrideReader *reader,
                           JsonObject   *object,
                           gboolean      required)
{
  return stride_items_read_object_list (reader, object, "sources", required, required ? 1 : 0, read_source, NULL);
}

/* Reports KEYS that OBJECT has but must not have, with the reason. */
void
stride_items_forbid_keys (StrideReader       *reader,
                          JsonObject         *object,
                          const char * const *keys,
                          const char         *reason)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (json_object_has_member (object, keys[i]))
      {
        gsize mark = stride_reader_push_key (reader, keys[i]);
        stride_reader_error (reader, "%s", reason);
        stride_reader_pop (reader, mark);
      }
}

GStrv
stride_items_empty_strv (StrideReader *reader,
                         GStrv         list)
{
  return list != NULL ? list : stride_arena_strv (reader->pack->arena, 0);
}

static gpointer (* const item_readers[]) (StrideReader *, JsonObject *, gpointer) = {
  stride_items_read_structure, stride_items_read_question, stride_items_read_red_flag, stride_items_read_condition, stride_items_read_finding, stride_items_read_caution,
  stride_items_read_exercise, stride_items_read_test, stride_items_read_routine, stride_items_read_video, stride_items_read_program,
};

static const char *
item_id (StrideKind kind,
         gpointer   item)
{
  /* Every item struct starts with its id. */
  return *(const char **) item;
}

static void
register_item (StrideReader *reader,
               StrideKind    kind,
               gpointer      item)
{
  StridePack *pack = reader->pack;
  const char *id = item_id (kind, item);
  StrideEntry *entry;

  if (id == NULL)
    return;

  entry = g_hash_table_lookup (pack->entries[kind], id);
  if (entry != NULL)
    {
      gsize mark = stride_reader_push_key (reader, "id");
      stride_reader_error (reader, "duplicate %s id “%s” (first at %s: %s)",
                           stride_content_kind_to_string (kind), id, entry->loc.file, entry->loc.path);
      stride_reader_pop (reader, mark);
      return;
    }

  entry = stride_arena_new0 (pack->arena, StrideEntry);
  entry->item = item;
  entry->loc = stride_reader_loc (reader);
  g_hash_table_insert (pack->entries[kind], (gpointer) id, entry);
  g_ptr_array_add (pack->items[kind], item);
}

const guint stride_content_max_items_per_kind[] = {
  [STRIDE_KIND_STRUCTURE] = 1000,
  [STRIDE_KIND_QUESTION] = 1000,
  [STRIDE_KIND_RED_FLAG] = 1000,
  [STRIDE_KIND_CONDITION] = 10000,
  [STRIDE_KIND_FINDING] = 1000,
  [STRIDE_KIND_CAUTION] = 1000,
  [STRIDE_KIND_EXERCISE] = 5000,
  [STRIDE_KIND_TEST] = 1000,
  [STRIDE_KIND_ROUTINE] = 1000,
  [STRIDE_KIND_VIDEO] = 5000,
  [STRIDE_KIND_PROGRAM] = 500,
};
G_STATIC_ASSERT (G_N_ELEMENTS (stride_content_max_items_per_kind) == STRIDE_N_KINDS);

/* FALSE (said once, at the first item too many) when the pack has all the items of KIND
 * it may have. */
static gboolean
has_room_for (StrideReader *reader,
              int           kind)
{
  StridePack *pack = reader->pack;
  guint limit = stride_content_max_items_per_kind[kind];

  if (pack->items[kind]->len < limit)
    return TRUE;
  if (!pack->over_limit[kind])
    {
      pack->over_limit[kind] = TRUE;
      stride_reader_error (reader, "too many %s items: a pack may have at most %u",
                           stride_content_kind_to_string (kind), limit);
    }
  return FALSE;
}

static void
read_kind_array (StrideReader *reader,
                 JsonObject   *root,
                 const char   *key,
                 int           kind)
{
  JsonArray *array = stride_reader_array (reader, root, key, TRUE, 0);
  gsize mark;

  if (array == NULL)
    return;

  mark = stride_reader_push_key (reader, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = stride_reader_push_index (reader, i);
      JsonObject *object = stride_reader_object (reader, json_array_get_element (array, i));

      if (object != NULL && kind < 0)
        stride_items_read_profile (reader, object, NULL);
      else if (object != NULL && !has_room_for (reader, kind))
        {
          stride_reader_pop (reader, item_mark);
          break;
        }
      else if (object != NULL)
        {
          gpointer item = item_readers[kind] (reader, object, NULL);

          if (item != NULL)
            register_item (reader, kind, item);
        }
      stride_reader_pop (reader, item_mark);
    }
  stride_reader_pop (reader, mark);
}

gboolean
stride_pack_read_file (StridePack *pack,
                       const char *file)
{
  g_autoptr(JsonNode) root = stride_json_parse_file (pack, file);
  g_autofree char *display = NULL;
  g_autoptr(GString) path = NULL;
  StrideReader reader;
  JsonObjectIter iter;
  const char *key;

  if (root == NULL)
    return FALSE;

  display = g_build_filename (pack->dir, file, NULL);
  path = g_string_new ("$");
  reader.pack = pack;
  reader.file = stride_arena_strdup (pack->arena, display);
  reader.path = path;

  json_object_iter_init (&iter, json_node_get_object (root));
  while (json_object_iter_next (&iter, &key, NULL))
    {
      int kind = -1;

      for (int i = 0; kind_keys[i] != NULL; i++)
        if (g_str_equal (kind_keys[i], key))
          kind = kind_of_key[i];

      if (kind < 0 && !g_str_equal (key, "profiles"))
        {
          g_autofree char *expected = g_strjoinv (", ", (char **) kind_keys);
          g_autofree char *valid = g_utf8_make_valid (key, MIN (strlen (key), 64));
          stride_reader_error (&reader, "unknown field “%s” (expected %s, profiles)", valid, expected);
          continue;
        }
      read_kind_array (&reader, json_node_get_object (root), key, kind);
    }
  return TRUE;
}

static gpointer
read_manifest (StrideReader *reader,
               JsonObject   *object,
               gpointer      data)
{
  GPtrArray *files = data;
  StridePack *pack = reader->pack;
  gsize mark;

  stride_reader_check_keys (reader, object, KEYS ("id", "title", "version", "language", "licence", "authors",
                                                   "files"));
  pack->id = stride_reader_id (reader, object, "id", TRUE);
  pack->title = stride_reader_text (reader, object, "title", TRUE);
  stride_reader_string (reader, object, "version", TRUE);
  stride_reader_string (reader, object, "language", TRUE);
  stride_reader_string (reader, object, "licence", TRUE);
  stride_reader_text_list (reader, object, "authors", TRUE, 1);

  /* File names are plain strings: read them as a text list would, without translating. */
  {
    JsonArray *array = stride_reader_array (reader, object, "files", TRUE, 1);

    if (array == NULL)
      return NULL;
    /* Every file costs a read at every start: a manifest of 100,000 names added 28 s. */
    if (json_array_get_length (array) > STRIDE_CONTENT_MAX_FILES)
      {
        mark = stride_reader_push_key (reader, "files");
        stride_reader_error (reader, "lists %u files, more than the limit of %d",
                             json_array_get_length (array), STRIDE_CONTENT_MAX_FILES);
        stride_reader_pop (reader, mark);
        return NULL;
      }
    mark = stride_reader_push_key (reader, "files");
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        gsize item_mark = stride_reader_push_index (reader, i);
        JsonNode *node = json_array_get_element (array, i);
        g_autofree char *problem = NULL;

        if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
          stride_reader_error (reader, "expected a file name");
        else if ((problem = stride_items_describe_path_outside (json_node_get_string (node))) != NULL)
          stride_reader_error (reader, "%s", problem);
        else if (g_ptr_array_find_with_equal_func (files, json_node_get_string (node), g_str_equal, NULL))
          stride_reader_error (reader, "“%s” is listed twice", json_node_get_string (node));
        else
          g_ptr_array_add (files, stride_arena_strdup (pack->arena, json_node_get_string (node)));
        stride_reader_pop (reader, item_mark);
      }
    stride_reader_pop (reader, mark);
  }
  return files;
}

/* Reads manifest.json; FILES receives the pack's files (borrowed from the arena). */
void
stride_pack_read_manifest (StridePack *pack,
                           GPtrArray  *files)
{
  g_autoptr(JsonNode) root = stride_json_parse_file (pack, "manifest.json");
  g_autofree char *display = NULL;
  g_autoptr(GString) path = NULL;
  StrideReader reader;

  if (root == NULL)
    return;

  display = g_build_filename (pack->dir, "manifest.json", NULL);
  path = g_string_new ("$");
  reader.pack = pack;
  reader.file = stride_arena_strdup (pack->arena, display);
  reader.path = path;
  read_manifest (&reader, json_node_get_object (root), files);
}
