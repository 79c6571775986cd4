/* fuzz-content.c — libFuzzer target for the content loader
 *
 * One input is a whole pack: its parts are separated by NUL bytes (which no valid pack file
 * can contain, so the separator never hides a case): part 0 is manifest.json, part N is
 * "fN.json". The loader reads the parts from memory (stride_content_read_func), then, when
 * the pack loads, its vocabulary is printed, so that the accessors run on what it accepted.
 * The same pack is also loaded as a user pack on top of the example pack (EXAMPLE_PACK_DIR,
 * held in memory too), as packs in $XDG_DATA_HOME/stride/packs are.
 *
 *   build-aux/fuzz content [SECONDS]     build with clang (-fsanitize=fuzzer,address) and run
 *   tests/fuzz/corpus/content/           seeds (the example pack) and inputs worth keeping
 *
 * fuzz-replay.c runs the same function over the corpus as a plain test (suite 'core').
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "stride-content.h"
#include "stride-content-cli.h"
#include "stride-content-private.h"

#define MAX_PARTS 16

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* The parts of the input being run, served to the loader as files. */
static GBytes *parts[MAX_PARTS];
static guint n_parts;

static const char *
identity (const char *text)
{
  return text;
}

/* The example pack's files, read once. */
static GHashTable *example_files;

static const char *pack_dir (void);

static GBytes *
read_part (const char *dir,
           const char *file)
{
  guint index;

  if (!g_str_equal (dir, pack_dir ()))
    {
      GBytes *bytes = g_hash_table_lookup (example_files, file);
      return bytes != NULL ? g_bytes_ref (bytes) : NULL;
    }

  if (g_str_equal (file, "manifest.json"))
    index = 0;
  else if (sscanf (file, "f%u.json", &index) != 1 || index == 0)
    return NULL;
  return index < n_parts ? g_bytes_ref (parts[index]) : NULL;
}

/* A real, empty directory: the loader checks that the pack is one. */
static const char *
pack_dir (void)
{
  static char *dir = NULL;

  if (dir == NULL)
    {
      g_autoptr(GDir) example = g_dir_open (EXAMPLE_PACK_DIR, 0, NULL);
      const char *name;

      dir = g_dir_make_tmp ("stride-fuzz-XXXXXX", NULL);
      g_assert (dir != NULL);
      g_assert (example != NULL);
      example_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
      while ((name = g_dir_read_name (example)) != NULL)
        {
          g_autofree char *path = g_build_filename (EXAMPLE_PACK_DIR, name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          g_assert (g_file_get_contents (path, &contents, &length, NULL));
          g_hash_table_insert (example_files, g_strdup (name), g_bytes_new_take (g_steal_pointer (&contents), length));
        }
      /* gettext is not under test, and the disk would only slow every run down. */
      stride_content_translate_func = identity;
      stride_content_read_func = read_part;
    }
  return dir;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const char *dir = pack_dir ();
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  StrideContent *content = NULL;
  gsize start = 0;
  guint part = 0;

  for (gsize i = 0; i <= size && part < MAX_PARTS; i++)
    {
      if (i == size || data[i] == '\0')
        {
          parts[part++] = g_bytes_new (data + start, i - start);
          start = i + 1;
        }
    }
  n_parts = part;

  content = stride_content_load_pack (dir, errors);
  g_assert ((content == NULL) == (errors->len > 0));
  for (guint i = 0; i < errors->len; i++)
    g_assert (g_utf8_validate (g_ptr_array_index (errors, i), -1, NULL));

  if (content != NULL)
    {
      g_autofree char *json = stride_content_vocabulary_json (content);

      for (guint kind = 0; kind < STRIDE_N_KINDS; kind++)
        {
          GPtrArray *items = stride_content_get_items (content, kind);

          for (guint i = 0; i < items->len; i++)
            g_assert (stride_content_find (content, kind, *(const char **) g_ptr_array_index (items, i)) ==
                      g_ptr_array_index (items, i));
        }
      stride_content_unref (content);
    }

  /* As a user pack: on top of the example pack, it may refer to it but not replace it. */
  {
    g_autoptr(GPtrArray) base_errors = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) layered_errors = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(StrideContent) base = stride_content_load_pack (EXAMPLE_PACK_DIR, base_errors);
    guint before;

    g_assert (base != NULL);
    before = stride_content_get_items (base, STRIDE_KIND_CONDITION)->len;
    if (stride_content_add_pack (base, dir, layered_errors))
      g_assert (layered_errors->len == 0);
    else
      {
        g_assert (layered_errors->len > 0);
        g_assert (stride_content_get_items (base, STRIDE_KIND_CONDITION)->len == before);
        g_assert (stride_content_get_skipped_packs (base)->len == 1);
      }
  }

  for (guint i = 0; i < n_parts; i++)
    g_clear_pointer (&parts[i], g_bytes_unref);
  n_parts = 0;
  return 0;
}
