/* stride-content-loader.c — packs read, checked and handed to the content model
 *
 * A pack is read file by file (stride-content-items.c), its references resolved against
 * itself and the packs before it (stride-content-resolve.c), and only then merged: a pack
 * with any error adds nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "stride-content-private.h"

/* Reads the pack in DIR, checked against BASE (the packs loaded before it, or NULL).
 * A key repeated in one JSON object is only looked for with CHECK_DUPLICATE_KEYS: it costs
 * a fifth of the load time, so the app skips it for its bundled pack, which the test
 * suite validates with it (stride --validate); user packs and --validate always check. */
static StridePack *
read_pack (const char    *dir,
           StrideContent *base,
           gboolean       check_duplicate_keys)
{
  g_autoptr(StridePack) pack = stride_pack_new (dir);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autofree char *unreadable = NULL;

  pack->check_duplicate_keys = check_duplicate_keys;
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      stride_pack_error (pack, "%s: no such content pack directory", dir);
      return g_steal_pointer (&pack);
    }

  stride_pack_read_manifest (pack, files);
  if (pack->id != NULL && base != NULL && stride_content_has_pack (base, pack->id))
    {
      g_autofree char *manifest = g_build_filename (dir, "manifest.json", NULL);
      stride_pack_error (pack, "%s: $.id: a pack “%s” is already loaded", manifest, pack->id);
    }

  for (guint i = 0; i < files->len; i++)
    if (!stride_pack_read_file (pack, g_ptr_array_index (files, i)) && unreadable == NULL)
      unreadable = g_build_filename (dir, g_ptr_array_index (files, i), NULL);

  /* Items of an unreadable file would make every reference to them look wrong: the
   * references are checked once every file reads. */
  if (unreadable == NULL)
    stride_pack_resolve (pack, base);
  return g_steal_pointer (&pack);
}

/* Moves an accepted pack's items and memory into SELF. */
static void
merge_pack (StrideContent *self,
            StridePack    *pack)
{
  for (guint kind = 0; kind < STRIDE_N_KINDS; kind++)
    for (guint i = 0; i < pack->items[kind]->len; i++)
      {
        char **item = g_ptr_array_index (pack->items[kind], i);

        item[1] = pack->id;
        stride_content_add_item (self, kind, item);
      }

  stride_content_keep_pack (self, pack->id, pack->title, g_steal_pointer (&pack->arena));
}

static void
move_errors (StridePack *pack,
             GPtrArray  *errors)
{
  if (errors == NULL)
    return;

  for (guint i = 0; i < pack->errors->len; i++)
    g_ptr_array_add (errors, g_strdup (g_ptr_array_index (pack->errors, i)));
}

StrideContent *
stride_content_load_pack (const char *dir,
                          GPtrArray  *errors)
{
  g_autoptr(StrideContent) self = NULL;
  g_autoptr(StridePack) pack = NULL;

  g_return_val_if_fail (dir != NULL, NULL);

  pack = read_pack (dir, NULL, TRUE);
  if (pack->errors->len > 0)
    {
      move_errors (pack, errors);
      return NULL;
    }

  self = stride_content_new_empty ();
  merge_pack (self, pack);
  return g_steal_pointer (&self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The directories in PACKS_DIR, sorted by name; empty when it does not exist. */
static GPtrArray *
list_pack_dirs (const char *packs_dir)
{
  GPtrArray *dirs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = packs_dir != NULL ? g_dir_open (packs_dir, 0, NULL) : NULL;
  const char *name;

  if (dir == NULL)
    return dirs;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (packs_dir, name, NULL);

      if (name[0] != '.' && g_file_test (path, G_FILE_TEST_IS_DIR))
        g_ptr_array_add (dirs, g_steal_pointer (&path));
    }
  g_ptr_array_sort (dirs, compare_names);
  return dirs;
}

gboolean
stride_content_add_pack (StrideContent *self,
                         const char    *dir,
                         GPtrArray     *errors)
{
  g_autoptr(StridePack) pack = NULL;
  StrideSkippedPack *skipped;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);

  pack = read_pack (dir, self, TRUE);
  if (pack->errors->len == 0)
    {
      merge_pack (self, pack);
      return TRUE;
    }

  move_errors (pack, errors);
  skipped = g_new0 (StrideSkippedPack, 1);
  skipped->dir = g_strdup (dir);
  skipped->title = pack->title != NULL ? g_strdup (pack->title) : g_path_get_basename (dir);
  skipped->messages = g_ptr_array_ref (pack->errors);
  stride_content_add_skipped (self, skipped);
  return FALSE;
}

StrideContent *
stride_content_load_dirs (const char *bundled_dir,
                          const char *user_packs_dir,
                          GPtrArray  *warnings)
{
  g_autoptr(StrideContent) self = NULL;
  g_autoptr(StridePack) bundled = NULL;
  g_autoptr(GPtrArray) dirs = NULL;

  g_return_val_if_fail (bundled_dir != NULL, NULL);

  bundled = read_pack (bundled_dir, NULL, FALSE);
  if (bundled->errors->len > 0)
    {
      move_errors (bundled, warnings);
      return NULL;
    }

  self = stride_content_new_empty ();
  merge_pack (self, bundled);

  dirs = list_pack_dirs (user_packs_dir);
  for (guint i = 0; i < dirs->len; i++)
    stride_content_add_pack (self, g_ptr_array_index (dirs, i), warnings);

  return g_steal_pointer (&self);
}

const char *
stride_content_get_bundled_dir (void)
{
  const char *dir = g_getenv ("STRIDE_CONTENT_DIR");

  return dir != NULL && dir[0] != '\0' ? dir : PKGDATADIR G_DIR_SEPARATOR_S "content";
}

const char *
stride_content_get_user_packs_dir (void)
{
  static char *dir = NULL;

  if (g_once_init_enter (&dir))
    g_once_init_leave (&dir, g_build_filename (g_get_user_data_dir (), "stride", "packs", NULL));
  return dir;
}

StrideContent *
stride_content_load_default (GPtrArray *warnings)
{
  return stride_content_load_dirs (stride_content_get_bundled_dir (),
                                   stride_content_get_user_packs_dir (),
                                   warnings);
}
