/* stride-routine-store.c — the routines the user made, kept like the history
 *
 * The JSON array is the truth; the StrideRoutine structs are rebuilt from it after each
 * change. Every change is made on a copy, written, and only then kept, so that a failed
 * write changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-dose.h"
#include "stride-json-document.h"
#include "stride-routine-store.h"

#define STORE_VERSION 1

typedef struct
{
  guint     index;
  JsonNode *node;
} Deleted;

/* An exercise taken out of a routine, kept so that it can be put back */
typedef struct
{
  char     *routine;
  guint     index;       /* its place among the routine's items in the file */
  JsonNode *node;        /* the item as it was: its dose, and what this version cannot read */
} Removed;

struct _StrideRoutineStore
{
  GObject     parent_instance;

  char       *path;
  JsonObject *root;
  JsonArray  *routines;    /* the stored routine objects */
  GPtrArray  *structs;     /* StrideRoutine, built from routines */
  GHashTable *deleted;     /* id → Deleted, for undo */
  GHashTable *removed;     /* undo key → Removed */
  guint       n_removed;   /* for the next undo key */
  char       *notice;
  gboolean    read_only;
};

G_DEFINE_FINAL_TYPE (StrideRoutineStore, stride_routine_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const StrideDose default_dose = { 1, 0, 30, 0, STRIDE_SIDES_NONE, 0 };

/* A routine item the store (or the personal routine) built: its own copies of the ids. */
void
stride_routine_item_free (gpointer data)
{
  StrideRoutineItem *item = data;

  if (item == NULL)
    return;

  g_free (item->exercise);
  g_free (item->test);
  g_free (item);
}

/* A routine the store (or the personal routine) built, with its items. */
void
stride_routine_free (gpointer data)
{
  StrideRoutine *routine = data;

  if (routine == NULL)
    return;

  g_free (routine->id);
  g_free (routine->pack_id);
  g_free (routine->name);
  g_free (routine->kind);
  g_free (routine->summary);
  g_ptr_array_unref (routine->items);
  g_free (routine);
}

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  json_node_unref (deleted->node);
  g_free (deleted);
}

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_free (removed->routine);
  json_node_unref (removed->node);
  g_free (removed);
}

static void
stride_routine_store_finalize (GObject *object)
{
  StrideRoutineStore *self = STRIDE_ROUTINE_STORE (object);

  g_free (self->path);
  g_clear_pointer (&self->root, json_object_unref);
  g_clear_pointer (&self->routines, json_array_unref);
  g_clear_pointer (&self->structs, g_ptr_array_unref);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  g_clear_pointer (&self->removed, g_hash_table_unref);
  g_free (self->notice);

  G_OBJECT_CLASS (stride_routine_store_parent_class)->finalize (object);
}

static void
stride_routine_store_class_init (StrideRoutineStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stride_routine_store_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stride_routine_store_init (StrideRoutineStore *self)
{
  self->structs = g_ptr_array_new_with_free_func (stride_routine_free);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, deleted_free);
  self->removed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, removed_free);
}

static StrideRoutineItem *
item_from_object (JsonObject *object)
{
  StrideRoutineItem *item;
  const char *exercise = stride_json_get_string (object, "exercise");

  if (exercise == NULL)
    return NULL;

  item = g_new0 (StrideRoutineItem, 1);
  item->exercise = g_strdup (exercise);
  stride_dose_from_json (object, &default_dose, &item->dose);
  return item;
}

/* NULL for a stored routine this version cannot use (kept in the file as it is). */
static StrideRoutine *
routine_from_object (JsonObject *object)
{
  StrideRoutine *routine;
  JsonArray *items = stride_json_get_array (object, "items");
  const char *id = stride_json_get_string (object, "id");

  if (id == NULL || items == NULL)
    return NULL;

  routine = g_new0 (StrideRoutine, 1);
  routine->id = g_strdup (id);
  routine->pack_id = g_strdup ("user");
  routine->name = g_strdup (stride_json_get_string (object, "name") ?: _("My routine"));
  routine->kind = g_strdup (stride_json_get_string (object, "kind") ?: "mixed");
  routine->summary = g_strdup (stride_json_get_string (object, "summary") ?: "");
  routine->items = g_ptr_array_new_with_free_func (stride_routine_item_free);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      StrideRoutineItem *item = JSON_NODE_HOLDS_OBJECT (node) ? item_from_object (json_node_get_object (node)) : NULL;

      if (item != NULL)
        g_ptr_array_add (routine->items, item);
    }

  return routine;
}

static void
rebuild (StrideRoutineStore *self)
{
  g_ptr_array_set_size (self->structs, 0);
  for (guint i = 0; i < json_array_get_length (self->routines); i++)
    {
      JsonNode *node = json_array_get_element (self->routines, i);
      StrideRoutine *routine = JSON_NODE_HOLDS_OBJECT (node) ? routine_from_object (json_node_get_object (node)) : NULL;

      if (routine != NULL)
        g_ptr_array_add (self->structs, routine);
    }
}

StrideRoutineStore *
stride_routine_store_new (const char *path)
{
  StrideRoutineStore *self;
  StrideDocumentStatus status;
  JsonArray *routines;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_ROUTINE_STORE, NULL);
  self->path = g_strdup (path);
  self->root = stride_json_document_load (path, STORE_VERSION, _("routines"), "routines", &status, &self->notice);
  self->read_only = status == STRIDE_DOCUMENT_NEWER || status == STRIDE_DOCUMENT_UNREADABLE;
  if (self->root == NULL)
    self->root = json_object_new ();

  routines = stride_json_get_array (self->root, "routines");
  self->routines = routines != NULL ? json_array_ref (routines) : json_array_new ();
  rebuild (self);
  return self;
}

char *
stride_routine_store_get_user_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "stride", "routines.json", NULL);
}

gboolean
stride_routine_store_get_read_only (StrideRoutineStore *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  return self->read_only;
}

const char *
stride_routine_store_get_notice (StrideRoutineStore *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), NULL);
  return self->notice;
}

void
stride_routine_store_clear_notice (StrideRoutineStore *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_STORE (self));
  g_clear_pointer (&self->notice, g_free);
}

GPtrArray *
stride_routine_store_get_routines (StrideRoutineStore *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), NULL);
  return self->structs;
}

const StrideRoutine *
stride_routine_store_find (StrideRoutineStore *self,
                           const char         *id)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), NULL);

  for (guint i = 0; i < self->structs->len; i++)
    {
      StrideRoutine *routine = g_ptr_array_index (self->structs, i);

      if (g_strcmp0 (routine->id, id) == 0)
        return routine;
    }

  return NULL;
}

/* Changing */

static JsonArray *
copy_routines (StrideRoutineStore *self)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonNode) copy = NULL;

  json_node_set_array (node, self->routines);
  copy = stride_json_deep_copy (node);
  return json_array_ref (json_node_get_array (copy));
}

static gboolean
check_writable (StrideRoutineStore  *self,
                GError             **error)
{
  if (!self->read_only)
    return TRUE;

  g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_READ_ONLY,
               _("Your routines are read-only: they were saved by a newer version of Stride or cannot be read."));
  return FALSE;
}

/* Writes ROUTINES as the new list and keeps it when that worked. */
static gboolean
commit (StrideRoutineStore  *self,
        JsonArray           *routines,
        GError             **error)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GList) members = json_object_get_members (self->root);
  JsonArray *merged;

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "version") && !g_str_equal (l->data, "routines"))
      json_object_set_member (root, l->data, json_node_copy (json_object_get_member (self->root, l->data)));
  json_object_set_int_member (root, "version", STORE_VERSION);

  /* Merged under a lock with what another running copy wrote meanwhile. */
  merged = stride_json_document_save_list (self->path, root, "routines", self->routines, routines, &local_error);
  if (merged == NULL)
    {
      g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_WRITE,
                   _("Could not save your routines: %s"), local_error->message);
      return FALSE;
    }

  g_clear_pointer (&self->routines, json_array_unref);
  self->routines = merged;
  rebuild (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static JsonObject *
find_object (JsonArray  *routines,
             const char *id,
             guint      *index)
{
  for (guint i = 0; i < json_array_get_length (routines); i++)
    {
      JsonNode *node = json_array_get_element (routines, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (stride_json_get_string (json_node_get_object (node), "id"), id) == 0)
        {
          if (index != NULL)
            *index = i;
          return json_node_get_object (node);
        }
    }

  return NULL;
}

/* A writable copy of the list and the routine ID in it, or NULL with ERROR. */
static JsonArray *
begin_change (StrideRoutineStore  *self,
              const char          *id,
              JsonObject         **routine,
              GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;

  if (!check_writable (self, error))
    return NULL;

  routines = copy_routines (self);
  if (id != NULL)
    {
      *routine = find_object (routines, id, NULL);
      if (*routine == NULL)
        {
          g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND,
                       _("There is no routine “%s”."), id);
          return NULL;
        }
    }

  return g_steal_pointer (&routines);
}

static JsonArray *
get_items (JsonObject *routine)
{
  JsonArray *items = stride_json_get_array (routine, "items");

  if (items == NULL)
    {
      items = json_array_new ();
      json_object_set_array_member (routine, "items", items);
    }

  return items;
}

static gboolean
is_usable_item (JsonNode *node)
{
  return JSON_NODE_HOLDS_OBJECT (node) && stride_json_get_string (json_node_get_object (node), "exercise") != NULL;
}

/* The editor counts the items it shows; the file may also hold items this version cannot
 * use (kept as they are). INDEX, counted among usable items, becomes the file's position:
 * "remove the first exercise" must never remove a hidden item. */
static gboolean
check_index (JsonArray  *items,
             guint      *index,
             GError    **error)
{
  guint usable = 0;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      if (!is_usable_item (json_array_get_element (items, i)))
        continue;
      if (usable++ == *index)
        {
          *index = i;
          return TRUE;
        }
    }

  g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_INVALID,
               _("The routine has no exercise number %u."), *index + 1);
  return FALSE;
}

static JsonObject *
item_object (const char       *exercise,
             const StrideDose *dose)
{
  JsonObject *object = stride_dose_to_json (dose);

  json_object_set_string_member (object, "exercise", exercise);
  return object;
}

static char *
new_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *hex = g_strdelimit (g_strdup (uuid), "-", '_');

  hex[13] = '\0';
  return g_strconcat ("custom_", hex, NULL);
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  if (*stripped != '\0')
    return TRUE;

  g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_INVALID,
               _("A routine needs a name."));
  return FALSE;
}

static char *
add_routine (StrideRoutineStore  *self,
             const char          *name,
             const char          *kind,
             GPtrArray           *items,
             GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  g_autofree char *id = new_id ();
  JsonObject *routine;
  JsonArray *array;

  if (!check_name (name, error) || (routines = begin_change (self, NULL, NULL, error)) == NULL)
    return NULL;

  routine = json_object_new ();
  array = json_array_new ();
  json_object_set_string_member (routine, "id", id);
  json_object_set_string_member (routine, "name", name);
  json_object_set_string_member (routine, "kind", kind);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (items, i);

      if (item->exercise != NULL)
        json_array_add_object_element (array, item_object (item->exercise, &item->dose));
    }
  json_object_set_array_member (routine, "items", array);
  json_array_add_object_element (routines, routine);

  if (!commit (self, routines, error))
    return NULL;

  return g_steal_pointer (&id);
}

char *
stride_routine_store_create (StrideRoutineStore  *self,
                             const char          *name,
                             GError             **error)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return add_routine (self, name, "mixed", NULL, error);
}

char *
stride_routine_store_duplicate (StrideRoutineStore   *self,
                                const StrideRoutine  *routine,
                                const char           *name,
                                GError              **error)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), NULL);
  g_return_val_if_fail (routine != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return add_routine (self, name, routine->kind != NULL ? routine->kind : "mixed", routine->items, error);
}

gboolean
stride_routine_store_rename (StrideRoutineStore  *self,
                             const char          *id,
                             const char          *name,
                             GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  JsonObject *routine = NULL;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && name != NULL, FALSE);

  if (!check_name (name, error) || (routines = begin_change (self, id, &routine, error)) == NULL)
    return FALSE;

  json_object_set_string_member (routine, "name", name);
  return commit (self, routines, error);
}

gboolean
stride_routine_store_add_exercise (StrideRoutineStore  *self,
                                   const char          *id,
                                   const char          *exercise,
                                   const StrideDose    *dose,
                                   GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  JsonObject *routine = NULL;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && exercise != NULL && dose != NULL, FALSE);

  if ((routines = begin_change (self, id, &routine, error)) == NULL)
    return FALSE;

  json_array_add_object_element (get_items (routine), item_object (exercise, dose));
  return commit (self, routines, error);
}

/* Keeps the item at INDEX (a file position) of routine ID as it is, and returns the key
 * that undo_remove_item() takes. */
static char *
remember_removed (StrideRoutineStore *self,
                  const char         *id,
                  JsonArray          *items,
                  guint               index)
{
  Removed *removed = g_new0 (Removed, 1);
  char *key = g_strdup_printf ("%s/%u", id, ++self->n_removed);

  removed->routine = g_strdup (id);
  removed->index = index;
  removed->node = stride_json_deep_copy (json_array_get_element (items, index));
  g_hash_table_replace (self->removed, g_strdup (key), removed);
  return key;
}

gboolean
stride_routine_store_remove_item (StrideRoutineStore  *self,
                                  const char          *id,
                                  guint                index,
                                  char               **undo_key,
                                  GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  g_autofree char *key = NULL;
  JsonObject *routine = NULL;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if ((routines = begin_change (self, id, &routine, error)) == NULL ||
      !check_index (get_items (routine), &index, error))
    return FALSE;

  if (undo_key != NULL)
    key = remember_removed (self, id, get_items (routine), index);
  json_array_remove_element (get_items (routine), index);
  if (!commit (self, routines, error))
    {
      if (key != NULL)
        g_hash_table_remove (self->removed, key);
      return FALSE;
    }

  if (undo_key != NULL)
    *undo_key = g_steal_pointer (&key);
  return TRUE;
}

/* JsonArray has no insert: rebuild it with NODE at INDEX (or at the end). */
static JsonArray *
inserted (JsonArray *items,
          guint      index,
          JsonNode  *node)
{
  JsonArray *result = json_array_new ();
  guint n = json_array_get_length (items);

  for (guint i = 0; i <= n; i++)
    {
      if (i == MIN (index, n))
        json_array_add_element (result, json_node_ref (node));
      if (i < n)
        json_array_add_element (result, json_node_ref (json_array_get_element (items, i)));
    }

  return result;
}

gboolean
stride_routine_store_undo_remove_item (StrideRoutineStore  *self,
                                       const char          *undo_key,
                                       GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *routine = NULL;
  Removed *removed;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  g_return_val_if_fail (undo_key != NULL, FALSE);

  /* Put back already (Ctrl+Z, then the toast's button): nothing left to do */
  removed = g_hash_table_lookup (self->removed, undo_key);
  if (removed == NULL)
    return TRUE;

  if ((routines = begin_change (self, removed->routine, &routine, error)) == NULL)
    return FALSE;

  node = stride_json_deep_copy (removed->node);
  json_object_set_array_member (routine, "items", inserted (get_items (routine), removed->index, node));
  if (!commit (self, routines, error))
    return FALSE;

  g_hash_table_remove (self->removed, undo_key);
  return TRUE;
}

/* JsonArray has no insert: rebuild it in the new order. */
static JsonArray *
moved (JsonArray *items,
       guint      from,
       guint      to)
{
  JsonArray *result = json_array_new ();
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (items); i++)
    g_ptr_array_add (order, json_array_get_element (items, i));
  g_ptr_array_insert (order, to, g_ptr_array_steal_index (order, from));
  for (guint i = 0; i < order->len; i++)
    json_array_add_element (result, json_node_ref (g_ptr_array_index (order, i)));

  return result;
}

gboolean
stride_routine_store_move_item (StrideRoutineStore  *self,
                                const char          *id,
                                guint                from,
                                guint                to,
                                GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  JsonObject *routine = NULL;
  JsonArray *items;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if ((routines = begin_change (self, id, &routine, error)) == NULL)
    return FALSE;

  items = get_items (routine);
  if (!check_index (items, &from, error) || !check_index (items, &to, error))
    return FALSE;

  json_object_set_array_member (routine, "items", moved (items, from, to));
  return commit (self, routines, error);
}

gboolean
stride_routine_store_set_dose (StrideRoutineStore  *self,
                               const char          *id,
                               guint                index,
                               const StrideDose    *dose,
                               GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  g_autoptr(JsonObject) values = NULL;
  JsonObject *routine = NULL;
  JsonArray *items;
  JsonObject *item;
  g_autoptr(GList) members = NULL;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && dose != NULL, FALSE);

  if ((routines = begin_change (self, id, &routine, error)) == NULL)
    return FALSE;

  items = get_items (routine);
  if (!check_index (items, &index, error))
    return FALSE;

  item = json_array_get_object_element (items, index);
  values = stride_dose_to_json (dose);
  members = json_object_get_members (values);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (item, l->data, json_node_copy (json_object_get_member (values, l->data)));

  return commit (self, routines, error);
}

gboolean
stride_routine_store_delete (StrideRoutineStore  *self,
                             const char          *id,
                             GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  JsonObject *routine = NULL;
  Deleted *deleted;
  guint index = 0;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if ((routines = begin_change (self, id, &routine, error)) == NULL)
    return FALSE;

  find_object (routines, id, &index);
  deleted = g_new0 (Deleted, 1);
  deleted->index = index;
  deleted->node = stride_json_deep_copy (json_array_get_element (routines, index));
  json_array_remove_element (routines, index);

  if (!commit (self, routines, error))
    {
      deleted_free (deleted);
      return FALSE;
    }

  g_hash_table_replace (self->deleted, g_strdup (id), deleted);
  return TRUE;
}

gboolean
stride_routine_store_undo_delete (StrideRoutineStore  *self,
                                  const char          *id,
                                  GError             **error)
{
  g_autoptr(JsonArray) routines = NULL;
  g_autoptr(JsonArray) restored = NULL;
  Deleted *deleted;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  deleted = g_hash_table_lookup (self->deleted, id);
  if (deleted == NULL)
    {
      g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND,
                   _("There is no deleted routine “%s” to bring back."), id);
      return FALSE;
    }

  if ((routines = begin_change (self, NULL, NULL, error)) == NULL)
    return FALSE;

  json_array_add_element (routines, stride_json_deep_copy (deleted->node));
  restored = moved (routines, json_array_get_length (routines) - 1,
                    MIN (deleted->index, json_array_get_length (routines) - 1));
  if (!commit (self, restored, error))
    return FALSE;

  g_hash_table_remove (self->deleted, id);
  return TRUE;
}

/* Peeks at the history without opening it as a StrideHistory: the command line must
 * never set a bad file aside, or the window would not be able to tell the user. */
static gboolean
history_has_personal_routine (void)
{
  g_autofree char *path = stride_history_get_user_path ();
  g_autoptr(JsonObject) root = stride_json_document_peek (path);
  JsonArray *entries;

  if (root == NULL)
    return FALSE;

  entries = stride_json_get_array (root, "entries");
  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonNode *node = json_array_get_element (entries, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonObject *data = entry != NULL ? stride_json_get_object (entry, "data") : NULL;

      if (g_strcmp0 (stride_json_get_string (entry != NULL ? entry : root, "kind"), "self_test") == 0 &&
          data != NULL && stride_json_get_object (data, "routine") != NULL)
        return TRUE;
    }

  return FALSE;
}

gboolean
stride_routine_store_knows_launch_id (const char *id)
{
  g_autofree char *path = NULL;
  g_autoptr(JsonObject) root = NULL;
  JsonArray *routines;

  g_return_val_if_fail (id != NULL, FALSE);

  if (g_str_equal (id, "personal"))
    return history_has_personal_routine ();

  /* The same peek at the routines */
  path = g_build_filename (g_get_user_data_dir (), "stride", "routines.json", NULL);
  root = stride_json_document_peek (path);
  if (root == NULL)
    return FALSE;

  routines = stride_json_get_array (root, "routines");
  return routines != NULL && find_object (routines, id, NULL) != NULL;
}
