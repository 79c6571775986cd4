/* fuzz-content.c — libFuzzer target for the content loader
 *
 * One input is a whole pack: its parts are separated by NUL bytes (which no valid pack file
 * can contain, so the separator never hides a case): part 0 is manifest.json, part N is
 * "fN.json". The loader reads the parts from memory (stride_content_read_func), then, when
 * the pack loads, its vocabulary is printed, so that the accessors run on what it accepted.
 *
 *   build-aux/fuzz-content [SECONDS]     build with clang (-fsanitize=fuzzer,address) and run
 *   tests/fuzz/corpus/                   seeds (the example pack) and inputs worth keeping
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

static GBytes *
read_part (const char *file)
{
  guint index;

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
      dir = g_dir_make_tmp ("stride-fuzz-XXXXXX", NULL);
      g_assert (dir != NULL);
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

  for (guint i = 0; i < n_parts; i++)
    g_clear_pointer (&parts[i], g_bytes_unref);
  n_parts = 0;
  return 0;
}
