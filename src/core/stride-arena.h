/* stride-arena.h — memory for one content pack, freed in one go
 *
 * A pack's items live in an arena (a string chunk and lists of blocks) that moves into the
 * StrideContent when the pack is accepted, so an accepted pack costs no copy and a refused
 * one is freed in one go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GStringChunk *strings;
  GPtrArray    *blocks;           /* g_free */
  GPtrArray    *ptr_arrays;       /* g_ptr_array_unref */
  GPtrArray    *arrays;           /* g_array_unref */
} StrideArena;

StrideArena *stride_arena_new        (void);
void         stride_arena_free       (StrideArena *arena);
gpointer     stride_arena_alloc      (StrideArena *arena,
                                      gsize        size);
#define      stride_arena_new0(arena, Type) ((Type *) stride_arena_alloc ((arena), sizeof (Type)))
char        *stride_arena_strdup     (StrideArena *arena,
                                      const char  *string);
GPtrArray   *stride_arena_ptr_array  (StrideArena *arena);
GArray      *stride_arena_array      (StrideArena *arena,
                                      gsize        element_size);
GStrv        stride_arena_strv       (StrideArena *arena,
                                      guint        length);

G_END_DECLS
