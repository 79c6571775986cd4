/* fuzz-history.c — libFuzzer target for the history file (history.json)
 *
 * One input is the whole file. Stride opens it as it does at start-up, then:
 * - a file it set aside must be kept byte for byte beside it (nothing lost);
 * - a file it opened read-only must be left exactly as it was, and appends must fail;
 * - otherwise an entry is appended (a write, merged under the lock), and the file read
 *   again must hold the same entries as this copy, and — without the new entry — the
 *   entries and the other members the input had, written the same way.
 *
 *   build-aux/fuzz history [SECONDS]     tests/fuzz/corpus/history/: seeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "stride-history.h"
#include "stride-json-document.h"

/* The one file in the scratch folder whose name starts with PREFIX, read; NULL if none. */
static GBytes *
read_set_aside (const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (fuzz_scratch_dir (), 0, NULL);
  GBytes *found = NULL;
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      char *contents;
      gsize length;

      if (!g_str_has_prefix (name, prefix))
        continue;
      FUZZ_REQUIRE (found == NULL, "one file set aside");
      path = g_build_filename (fuzz_scratch_dir (), name, NULL);
      FUZZ_REQUIRE (g_file_get_contents (path, &contents, &length, NULL), "the file set aside reads");
      found = g_bytes_new_take (contents, length);
    }
  return found;
}

static gboolean
file_holds (const char   *path,
            const guint8 *data,
            size_t        size)
{
  g_autofree char *contents = NULL;
  gsize length;

  return g_file_get_contents (path, &contents, &length, NULL) && length == size && memcmp (contents, data, size) == 0;
}

/* The history as written, without the entry with ID. */
static char *
text_without (StrideHistory *history,
              const char    *id)
{
  g_autoptr(JsonNode) node = stride_history_to_json (history);
  JsonArray *entries = json_object_get_array_member (json_node_get_object (node), "entries");
  g_autoptr(JsonArray) kept = json_array_new ();

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonNode *element = json_array_get_element (entries, i);

      if (id == NULL || !JSON_NODE_HOLDS_OBJECT (element) ||
          g_strcmp0 (stride_json_get_string (json_node_get_object (element), "id"), id) != 0)
        json_array_add_element (kept, json_node_ref (element));
    }
  json_object_set_array_member (json_node_get_object (node), "entries", g_steal_pointer (&kept));
  return stride_json_document_to_text (node);
}

static void
require_other_members_kept (JsonNode   *input,
                            const char *path)
{
  g_autoptr(JsonObject) written = stride_json_document_peek (path);
  g_autoptr(GList) members = NULL;

  FUZZ_REQUIRE (written != NULL, "the file Stride wrote reads strictly");
  if (input == NULL || !JSON_NODE_HOLDS_OBJECT (input))
    return;
  members = json_object_get_members (json_node_get_object (input));
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (g_str_equal (l->data, "version") || g_str_equal (l->data, "entries"))
        continue;
      FUZZ_REQUIRE (json_object_has_member (written, l->data), "a member Stride does not know is kept");
      FUZZ_REQUIRE (json_node_equal (json_object_get_member (written, l->data),
                                     json_object_get_member (json_node_get_object (input), l->data)),
                    "a member Stride does not know is kept as it was");
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *path = g_build_filename (fuzz_scratch_dir (), "history.json", NULL);
  g_autoptr(StrideHistory) history = NULL;
  g_autoptr(StrideHistory) again = NULL;
  g_autoptr(JsonObject) check_in = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) aside = NULL;
  g_autoptr(JsonNode) input = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) second = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  StrideHistoryEntry *added;

  fuzz_clear_scratch ();
  FUZZ_REQUIRE (g_file_set_contents (path, (const char *) data, size, NULL), "the input is written");
  input = fuzz_parse_strict (data, size);

  history = stride_history_new (path);
  aside = read_set_aside ("history.json.corrupt-");
  json_object_set_int_member (check_in, "pain", 3);

  if (aside != NULL)
    {
      FUZZ_REQUIRE (stride_history_get_notice (history) != NULL, "the user is told");
      FUZZ_REQUIRE (g_bytes_get_size (aside) == size && memcmp (g_bytes_get_data (aside, NULL), data, size) == 0,
                    "the file set aside is the file as it was");
      return 0;
    }
  if (stride_history_get_read_only (history))
    {
      FUZZ_REQUIRE (stride_history_get_notice (history) != NULL, "the user is told");
      FUZZ_REQUIRE (stride_history_append (history, STRIDE_HISTORY_CHECK_IN, NULL, check_in, &error) == NULL,
                    "a read-only history is not written");
      FUZZ_REQUIRE (file_holds (path, data, size), "a read-only history is left as it was");
      return 0;
    }

  FUZZ_REQUIRE (input != NULL, "a history read as it is was strict JSON");
  before = text_without (history, NULL);
  added = stride_history_append (history, STRIDE_HISTORY_CHECK_IN, NULL, check_in, &error);
  if (added == NULL)
    fprintf (stderr, "%s\n", error->message);
  FUZZ_REQUIRE (added != NULL, "a history that was read can be written");

  again = stride_history_new (path);
  FUZZ_REQUIRE (stride_history_get_notice (again) == NULL && !stride_history_get_read_only (again),
                "what Stride wrote opens cleanly");
  first = stride_history_to_json (history);
  second = stride_history_to_json (again);
  FUZZ_REQUIRE (json_node_equal (first, second), "the file holds what this copy holds");
  FUZZ_REQUIRE (stride_history_find (again, stride_history_entry_get_id (added)) != NULL, "the new entry is there");
  after = text_without (again, stride_history_entry_get_id (added));
  FUZZ_REQUIRE (g_str_equal (before, after), "every entry the file had is kept, written the same way");
  require_other_members_kept (input, path);
  return 0;
}
