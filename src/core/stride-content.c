/* stride-content.c — the content model: packs loaded, merged and looked up
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

struct _StrideContent
{
  gatomicrefcount  ref_count;
  GPtrArray       *arenas;                     /* StrideArena, owned */
  GPtrArray       *pack_ids;                   /* char *, in the arenas */
  GPtrArray       *items[STRIDE_N_KINDS];      /* borrowed from the arenas */
  GHashTable      *index[STRIDE_N_KINDS];      /* id → item */
  GPtrArray       *skipped;                    /* StrideSkippedPack */
};

G_DEFINE_QUARK (stride-content-error-quark, stride_content_error)

static const char * const kind_names[STRIDE_N_KINDS] = {
  "structure", "question", "red_flag", "condition", "finding", "caution", "exercise", "test",
  "routine", "video", "program",
};

const char *
stride_content_kind_to_string (StrideKind kind)
{
  g_return_val_if_fail (kind < STRIDE_N_KINDS, NULL);

  return kind_names[kind];
}

static void
skipped_pack_free (StrideSkippedPack *skipped)
{
  g_free (skipped->dir);
  g_free (skipped->title);
  g_ptr_array_unref (skipped->messages);
  g_free (skipped);
}

static StrideContent *
stride_content_new (void)
{
  StrideContent *self = g_new0 (StrideContent, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->arenas = g_ptr_array_new_with_free_func ((GDestroyNotify) stride_arena_free);
  self->pack_ids = g_ptr_array_new ();
  self->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) skipped_pack_free);
  for (guint i = 0; i < STRIDE_N_KINDS; i++)
    {
      self->items[i] = g_ptr_array_new ();
      self->index[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  return self;
}

StrideContent *
stride_content_new_empty (void)
{
  return stride_content_new ();
}

StrideContent *
stride_content_ref (StrideContent *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
stride_content_unref (StrideContent *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < STRIDE_N_KINDS; i++)
    {
      g_ptr_array_unref (self->items[i]);
      g_hash_table_unref (self->index[i]);
    }
  g_ptr_array_unref (self->skipped);
  g_ptr_array_unref (self->pack_ids);
  g_ptr_array_unref (self->arenas);
  g_free (self);
}

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
  return base != NULL ? g_hash_table_lookup (base->index[kind], id) : NULL;
}

/* The id of the pack that defines ID, or NULL. */
const char *
stride_content_owner_of (StrideContent *base,
                         StrideKind     kind,
                         const char    *id)
{
  gpointer item = base != NULL ? g_hash_table_lookup (base->index[kind], id) : NULL;

  /* Every item struct starts with its id and its pack's id. */
  return item != NULL ? ((const char **) item)[1] : NULL;
}

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
  if (pack->id != NULL && base != NULL &&
      g_ptr_array_find_with_equal_func (base->pack_ids, pack->id, g_str_equal, NULL))
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
        g_ptr_array_add (self->items[kind], item);
        g_hash_table_insert (self->index[kind], item[0], item);
      }

  g_ptr_array_add (self->pack_ids, pack->id);
  g_ptr_array_add (self->arenas, g_steal_pointer (&pack->arena));
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

  self = stride_content_new ();
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
  g_ptr_array_add (self->skipped, skipped);
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

  self = stride_content_new ();
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

GPtrArray *
stride_content_get_skipped_packs (StrideContent *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->skipped;
}

GPtrArray *
stride_content_get_items (StrideContent *self,
                          StrideKind     kind)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (kind < STRIDE_N_KINDS, NULL);

  return self->items[kind];
}

gconstpointer
stride_content_find (StrideContent *self,
                     StrideKind     kind,
                     const char    *id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (kind < STRIDE_N_KINDS, NULL);

  return id != NULL ? g_hash_table_lookup (self->index[kind], id) : NULL;
}

const StrideStructure *
stride_content_find_structure (StrideContent *self,
                               const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_STRUCTURE, id);
}

const StrideQuestion *
stride_content_find_question (StrideContent *self,
                              const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_QUESTION, id);
}

const StrideCondition *
stride_content_find_condition (StrideContent *self,
                               const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_CONDITION, id);
}

const StrideFinding *
stride_content_find_finding (StrideContent *self,
                             const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_FINDING, id);
}

const StrideCaution *
stride_content_find_caution (StrideContent *self,
                             const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_CAUTION, id);
}

const StrideExercise *
stride_content_find_exercise (StrideContent *self,
                              const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_EXERCISE, id);
}

const StrideSelfTest *
stride_content_find_test (StrideContent *self,
                          const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_TEST, id);
}

const StrideRoutine *
stride_content_find_routine (StrideContent *self,
                             const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_ROUTINE, id);
}

gboolean
stride_condition_must_avoid (const StrideCondition *condition,
                             const StrideExercise  *exercise)
{
  g_return_val_if_fail (condition != NULL, TRUE);
  g_return_val_if_fail (exercise != NULL, TRUE);

  return (condition->exercises_avoid != NULL &&
          g_strv_contains ((const char * const *) condition->exercises_avoid, exercise->id)) ||
         (exercise->avoid_for != NULL &&
          g_strv_contains ((const char * const *) exercise->avoid_for, condition->id));
}

const StrideRoutine *
stride_content_get_condition_routine (StrideContent         *self,
                                      const StrideCondition *condition)
{
  const StrideRoutine *routine;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (condition != NULL, NULL);

  if (condition->always_red_flag || condition->routine == NULL)
    return NULL;
  routine = stride_content_find_routine (self, condition->routine);
  for (guint i = 0; routine != NULL && i < routine->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (routine->items, i);
      const StrideExercise *exercise = item->exercise != NULL ?
                                       stride_content_find_exercise (self, item->exercise) : NULL;

      if (exercise != NULL && stride_condition_must_avoid (condition, exercise))
        return NULL;
    }
  return routine;
}

const StrideVideo *
stride_content_find_video (StrideContent *self,
                           const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_VIDEO, id);
}

const StrideProgram *
stride_content_find_program (StrideContent *self,
                             const char    *id)
{
  return stride_content_find (self, STRIDE_KIND_PROGRAM, id);
}

const StrideAnswer *
stride_question_find_answer (const StrideQuestion *question,
                             const char           *id)
{
  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < question->answers->len; i++)
    {
      const StrideAnswer *answer = g_ptr_array_index (question->answers, i);

      if (g_str_equal (answer->id, id))
        return answer;
    }
  return NULL;
}
