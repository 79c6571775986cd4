/* stride-arena.c — memory for one content pack, freed in one go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-arena.h"

StrideArena *
stride_arena_new (void)
{
  StrideArena *arena = g_new0 (StrideArena, 1);

  arena->strings = g_string_chunk_new (16 * 1024);
  arena->blocks = g_ptr_array_new_with_free_func (g_free);
  arena->ptr_arrays = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  arena->arrays = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return arena;
}

void
stride_arena_free (StrideArena *arena)
{
  if (arena == NULL)
    return;

  g_string_chunk_free (arena->strings);
  g_ptr_array_unref (arena->blocks);
  g_ptr_array_unref (arena->ptr_arrays);
  g_ptr_array_unref (arena->arrays);
  g_free (arena);
}

gpointer
stride_arena_alloc (StrideArena *arena,
                    gsize        size)
{
  gpointer block = g_malloc0 (size);

  g_ptr_array_add (arena->blocks, block);
  return block;
}

char *
stride_arena_strdup (StrideArena *arena,
                     const char  *string)
{
  return string != NULL ? g_string_chunk_insert (arena->strings, string) : NULL;
}

GPtrArray *
stride_arena_ptr_array (StrideArena *arena)
{
  GPtrArray *array = g_ptr_array_new ();

  g_ptr_array_add (arena->ptr_arrays, array);
  return array;
}

GArray *
stride_arena_array (StrideArena *arena,
                    gsize        element_size)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  g_ptr_array_add (arena->arrays, array);
  return array;
}

/* A NULL-terminated vector whose strings live in the arena's chunk. */
GStrv
stride_arena_strv (StrideArena *arena,
                   guint        length)
{
  return stride_arena_alloc (arena, (length + 1) * sizeof (char *));
}
