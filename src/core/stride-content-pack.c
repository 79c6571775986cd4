/* stride-content-pack.c — one pack while it is read: its items, references and errors
 *
 * A pack is checked against itself and against the packs accepted before it (BASE), which
 * it only sees through the content model's public lookups.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-content-private.h"

StridePack *
stride_pack_new (const char *dir)
{
  StridePack *pack = g_new0 (StridePack, 1);

  pack->dir = g_strdup (dir);
  pack->abs_dir = g_canonicalize_filename (dir, NULL);
  pack->arena = stride_arena_new ();
  pack->profiles = g_ptr_array_new ();
  pack->refs = g_array_new (FALSE, FALSE, sizeof (StrideRef));
  pack->overrides = g_array_new (FALSE, FALSE, sizeof (StrideDoseOverride));
  pack->errors = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < STRIDE_N_KINDS; i++)
    {
      pack->items[i] = g_ptr_array_new ();
      pack->entries[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  return pack;
}

void
stride_pack_free (StridePack *pack)
{
  for (guint i = 0; i < STRIDE_N_KINDS; i++)
    {
      g_ptr_array_unref (pack->items[i]);
      g_hash_table_unref (pack->entries[i]);
    }
  g_ptr_array_unref (pack->profiles);
  g_array_unref (pack->refs);
  g_array_unref (pack->overrides);
  g_ptr_array_unref (pack->errors);
  stride_arena_free (pack->arena);
  g_free (pack->dir);
  g_free (pack->abs_dir);
  g_free (pack->real_dir);
  g_free (pack);
}

gpointer
stride_pack_lookup (StridePack    *pack,
                    StrideContent *base,
                    StrideKind     kind,
                    const char    *id)
{
  StrideEntry *entry = g_hash_table_lookup (pack->entries[kind], id);

  if (entry != NULL)
    return entry->item;
  return base != NULL ? (gpointer) stride_content_find (base, kind, id) : NULL;
}

/* The id of the pack that defines ID, or NULL. */
const char *
stride_content_owner_of (StrideContent *base,
                         StrideKind     kind,
                         const char    *id)
{
  gconstpointer item = base != NULL ? stride_content_find (base, kind, id) : NULL;

  /* Every item struct starts with its id and its pack's id. */
  return item != NULL ? ((const char **) item)[1] : NULL;
}

void
stride_pack_error (StridePack *pack,
                   const char *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (pack->errors, g_strdup_vprintf (format, args));
  va_end (args);
}
