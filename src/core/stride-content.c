/* stride-content.c — the content model: the items of the accepted packs, looked up by id
 *
 * The model knows nothing of reading: stride-content-loader.c reads a pack, checks it and
 * only then hands its items and its memory over here. A pack with any error adds nothing.
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
  GPtrArray       *pack_titles;                /* char *, in the arenas; same order */
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

StrideContent *
stride_content_new_empty (void)
{
  StrideContent *self = g_new0 (StrideContent, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->arenas = g_ptr_array_new_with_free_func ((GDestroyNotify) stride_arena_free);
  self->pack_ids = g_ptr_array_new ();
  self->pack_titles = g_ptr_array_new ();
  self->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) skipped_pack_free);
  for (guint i = 0; i < STRIDE_N_KINDS; i++)
    {
      self->items[i] = g_ptr_array_new ();
      self->index[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  return self;
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
  g_ptr_array_unref (self->pack_titles);
  g_ptr_array_unref (self->arenas);
  g_free (self);
}

/* The loader's side of the model: an accepted pack's items, its memory and its id. */
void
stride_content_add_item (StrideContent *self,
                         StrideKind     kind,
                         gpointer       item)
{
  char **strings = item;

  g_ptr_array_add (self->items[kind], item);
  g_hash_table_insert (self->index[kind], strings[0], item);
}

void
stride_content_keep_pack (StrideContent *self,
                          const char    *pack_id,
                          const char    *title,
                          StrideArena   *arena)
{
  g_ptr_array_add (self->pack_ids, (gpointer) pack_id);
  g_ptr_array_add (self->pack_titles, (gpointer) title);
  g_ptr_array_add (self->arenas, arena);
}

const char *
stride_content_get_pack_title (StrideContent *self,
                               const char    *pack_id)
{
  guint index;

  g_return_val_if_fail (self != NULL, NULL);

  if (pack_id == NULL || !g_ptr_array_find_with_equal_func (self->pack_ids, pack_id, g_str_equal, &index))
    return NULL;
  return g_ptr_array_index (self->pack_titles, index) != NULL ? g_ptr_array_index (self->pack_titles, index) : pack_id;
}

gboolean
stride_content_has_pack (StrideContent *self,
                         const char    *pack_id)
{
  return g_ptr_array_find_with_equal_func (self->pack_ids, pack_id, g_str_equal, NULL);
}

gboolean
stride_content_shares_pack (StrideContent *self,
                            StrideContent *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  for (guint i = 0; i < other->pack_ids->len; i++)
    if (stride_content_has_pack (self, g_ptr_array_index (other->pack_ids, i)))
      return TRUE;
  return FALSE;
}

void
stride_content_add_skipped (StrideContent     *self,
                            StrideSkippedPack *skipped)
{
  g_ptr_array_add (self->skipped, skipped);
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
