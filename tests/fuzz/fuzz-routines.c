/* fuzz-routines.c — libFuzzer target for the user's routines file (routines.json)
 *
 * One input is the whole file. Stride opens it as it does at start-up, then:
 * - a file it set aside must be kept byte for byte beside it;
 * - a file it opened read-only must be left exactly as it was;
 * - otherwise a routine is created (a write, merged under the lock), and the file read
 *   again must give the same routines, in the same order, and — without the new one —
 *   the stored list the input had.
 *
 *   build-aux/fuzz routines [SECONDS]    tests/fuzz/corpus/routines/: seeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "stride-json-document.h"
#include "stride-routine-store.h"

static gboolean
file_holds (const char   *path,
            const guint8 *data,
            size_t        size)
{
  g_autofree char *contents = NULL;
  gsize length;

  return g_file_get_contents (path, &contents, &length, NULL) && length == size && memcmp (contents, data, size) == 0;
}

static gboolean
set_aside_holds (const guint8 *data,
                 size_t        size,
                 gboolean     *found)
{
  g_autoptr(GDir) dir = g_dir_open (fuzz_scratch_dir (), 0, NULL);
  const char *name;

  *found = FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_prefix (name, "routines.json.corrupt-"))
        continue;
      FUZZ_REQUIRE (!*found, "one file set aside");
      *found = TRUE;
      path = g_build_filename (fuzz_scratch_dir (), name, NULL);
      if (!file_holds (path, data, size))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_routine (const StrideRoutine *a,
              const StrideRoutine *b)
{
  if (g_strcmp0 (a->id, b->id) != 0 || g_strcmp0 (a->name, b->name) != 0 || g_strcmp0 (a->kind, b->kind) != 0 ||
      g_strcmp0 (a->summary, b->summary) != 0 || a->items->len != b->items->len)
    return FALSE;
  for (guint i = 0; i < a->items->len; i++)
    {
      const StrideRoutineItem *x = g_ptr_array_index (a->items, i);
      const StrideRoutineItem *y = g_ptr_array_index (b->items, i);

      if (g_strcmp0 (x->exercise, y->exercise) != 0 || memcmp (&x->dose, &y->dose, sizeof x->dose) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The "routines" list of the file at PATH without the routine with ID. */
static JsonNode *
stored_without (const char *path,
                const char *id)
{
  g_autoptr(JsonObject) root = stride_json_document_peek (path);
  JsonArray *routines;
  g_autoptr(JsonArray) kept = json_array_new ();

  FUZZ_REQUIRE (root != NULL, "the file Stride wrote reads strictly");
  routines = stride_json_get_array (root, "routines");
  FUZZ_REQUIRE (routines != NULL, "the file Stride wrote has its list");
  for (guint i = 0; i < json_array_get_length (routines); i++)
    {
      JsonNode *element = json_array_get_element (routines, i);

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          g_strcmp0 (stride_json_get_string (json_node_get_object (element), "id"), id) != 0)
        json_array_add_element (kept, json_node_ref (element));
    }
  return json_node_init_array (json_node_alloc (), kept);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *path = g_build_filename (fuzz_scratch_dir (), "routines.json", NULL);
  g_autoptr(StrideRoutineStore) store = NULL;
  g_autoptr(StrideRoutineStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(JsonNode) kept = NULL;
  g_autofree char *id = NULL;
  JsonArray *input_routines;
  GPtrArray *mine, *theirs;
  gboolean aside;

  fuzz_clear_scratch ();
  FUZZ_REQUIRE (g_file_set_contents (path, (const char *) data, size, NULL), "the input is written");
  input = fuzz_parse_strict (data, size);

  store = stride_routine_store_new (path);
  FUZZ_REQUIRE (set_aside_holds (data, size, &aside), "the file set aside is the file as it was");
  if (aside)
    {
      FUZZ_REQUIRE (stride_routine_store_get_notice (store) != NULL, "the user is told");
      return 0;
    }
  if (stride_routine_store_get_read_only (store))
    {
      FUZZ_REQUIRE (stride_routine_store_get_notice (store) != NULL, "the user is told");
      FUZZ_REQUIRE (stride_routine_store_create (store, "Fuzz", &error) == NULL, "read-only routines are not written");
      FUZZ_REQUIRE (file_holds (path, data, size), "read-only routines are left as they were");
      return 0;
    }

  FUZZ_REQUIRE (input != NULL, "routines read as they are were strict JSON");
  id = stride_routine_store_create (store, "Fuzz", &error);
  if (id == NULL)
    fprintf (stderr, "%s\n", error->message);
  FUZZ_REQUIRE (id != NULL, "routines that were read can be written");

  again = stride_routine_store_new (path);
  FUZZ_REQUIRE (stride_routine_store_get_notice (again) == NULL && !stride_routine_store_get_read_only (again),
                "what Stride wrote opens cleanly");
  mine = stride_routine_store_get_routines (store);
  theirs = stride_routine_store_get_routines (again);
  FUZZ_REQUIRE (mine->len == theirs->len, "the file holds the routines this copy holds");
  for (guint i = 0; i < mine->len; i++)
    FUZZ_REQUIRE (same_routine (g_ptr_array_index (mine, i), g_ptr_array_index (theirs, i)),
                  "the same routines, in the same order");
  FUZZ_REQUIRE (stride_routine_store_find (again, id) != NULL, "the new routine is there");

  kept = stored_without (path, id);
  input_routines = JSON_NODE_HOLDS_OBJECT (input) ? stride_json_get_array (json_node_get_object (input), "routines") : NULL;
  if (input_routines != NULL)
    {
      g_autoptr(JsonNode) original = json_node_init_array (json_node_alloc (), input_routines);

      FUZZ_REQUIRE (json_node_equal (original, kept), "every stored routine is kept as it was");
    }
  else
    FUZZ_REQUIRE (json_array_get_length (json_node_get_array (kept)) == 0, "nothing is made up");
  return 0;
}
