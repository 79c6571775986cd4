/* fuzz-common.c — what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "stride-content-private.h"
#include "stride-json-document.h"
#include "stride-json-reader.h"

void
fuzz_fail (const char *place,
           const char *condition,
           const char *what)
{
  fprintf (stderr, "%s: property broken: %s (%s)\n", place, what, condition);
  abort ();
}

static const char *
identity (const char *text)
{
  return text;
}

StrideContent *
fuzz_bundled_content (void)
{
  static StrideContent *content = NULL;

  if (content == NULL)
    {
      g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);

      stride_content_translate_func = identity;
      content = stride_content_load_pack (BUNDLED_CONTENT_DIR, errors);
      FUZZ_REQUIRE (content != NULL, "the bundled pack loads");
    }
  return content;
}

static char *scratch;

static void
remove_scratch (void)
{
  fuzz_clear_scratch ();
  g_rmdir (scratch);
}

const char *
fuzz_scratch_dir (void)
{
  if (scratch == NULL)
    {
      /* In memory when there is /dev/shm: the history is written durably (fsync). */
      if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_access ("/dev/shm", W_OK) == 0)
        {
          scratch = g_build_filename ("/dev/shm", "stride-fuzz-XXXXXX", NULL);
          if (g_mkdtemp (scratch) == NULL)
            g_clear_pointer (&scratch, g_free);
        }
      if (scratch == NULL)
        scratch = g_dir_make_tmp ("stride-fuzz-XXXXXX", NULL);
      FUZZ_REQUIRE (scratch != NULL, "a scratch folder can be made");
      atexit (remove_scratch);
    }
  return scratch;
}

void
fuzz_clear_scratch (void)
{
  g_autoptr(GDir) dir = g_dir_open (fuzz_scratch_dir (), 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch, name, NULL);

      g_unlink (path);
    }
}

char *
fuzz_require_round_trip (JsonNode   *node,
                         const char *what)
{
  g_autofree char *text = stride_json_document_to_text (node);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) again = stride_json_parse (text, strlen (text), NULL, G_MAXSIZE, G_MAXUINT, &error);

  if (again == NULL)
    fprintf (stderr, "%s\n%s\n", error->message, text);
  FUZZ_REQUIRE (again != NULL, what);
  FUZZ_REQUIRE (json_node_equal (node, again), what);
  return g_steal_pointer (&text);
}

JsonNode *
fuzz_parse_strict (const guint8 *data,
                   size_t        size)
{
  return stride_json_parse ((const char *) data, size, NULL, STRIDE_DOCUMENT_MAX_BYTES, STRIDE_DOCUMENT_MAX_DEPTH, NULL);
}

void
fuzz_require_message (const GError *error)
{
  FUZZ_REQUIRE (error != NULL && error->message[0] != '\0', "a failure says why");
  FUZZ_REQUIRE (g_utf8_validate (error->message, -1, NULL), "messages are UTF-8");
}
