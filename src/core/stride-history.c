/* stride-history.c — what the user did: sessions, self-tests, symptom checks, check-ins
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "stride-history.h"
#include "stride-json-document.h"

G_DEFINE_QUARK (stride-history-error-quark, stride_history_error)

static const char * const kind_names[STRIDE_HISTORY_N_KINDS] = {
  "session", "self_test", "symptom_check", "check_in", "program_start", "program_decision",
  "program_cleared",
};

const char *
stride_history_kind_to_string (StrideHistoryKind kind)
{
  g_return_val_if_fail (kind < STRIDE_HISTORY_N_KINDS, NULL);

  return kind_names[kind];
}

gboolean
stride_history_kind_from_string (const char        *string,
                                 StrideHistoryKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < STRIDE_HISTORY_N_KINDS; i++)
    {
      if (g_strcmp0 (string, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Entries */

struct _StrideHistoryEntry
{
  gatomicrefcount    ref_count;
  StrideHistoryKind  kind;
  char              *id;
  GDateTime         *date;
  JsonObject        *data;
  JsonObject        *object;   /* the entry as stored, written back unchanged */
};

G_DEFINE_BOXED_TYPE (StrideHistoryEntry, stride_history_entry,
                     stride_history_entry_ref, stride_history_entry_unref)

StrideHistoryEntry *
stride_history_entry_ref (StrideHistoryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  g_atomic_ref_count_inc (&entry->ref_count);
  return entry;
}

void
stride_history_entry_unref (StrideHistoryEntry *entry)
{
  g_return_if_fail (entry != NULL);

  if (!g_atomic_ref_count_dec (&entry->ref_count))
    return;

  g_free (entry->id);
  g_date_time_unref (entry->date);
  json_object_unref (entry->data);
  json_object_unref (entry->object);
  g_free (entry);
}

const char *
stride_history_entry_get_id (StrideHistoryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return entry->id;
}

StrideHistoryKind
stride_history_entry_get_kind (StrideHistoryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, STRIDE_HISTORY_SESSION);
  return entry->kind;
}

GDateTime *
stride_history_entry_get_date (StrideHistoryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return entry->date;
}

JsonObject *
stride_history_entry_get_data (StrideHistoryEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return entry->data;
}

/* Builds an entry from its stored object; NULL for an entry this version cannot use
 * (kept in the file all the same). */
static StrideHistoryEntry *
entry_from_object (JsonObject *object)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) date = NULL;
  StrideHistoryEntry *entry;
  StrideHistoryKind kind;
  JsonObject *data;
  const char *id;

  id = stride_json_get_string (object, "id");
  data = stride_json_get_object (object, "data");
  if (id == NULL || data == NULL ||
      !stride_history_kind_from_string (stride_json_get_string (object, "kind"), &kind))
    return NULL;

  if (stride_json_get_string (object, "date") != NULL)
    date = g_date_time_new_from_iso8601 (stride_json_get_string (object, "date"), local);
  if (date == NULL)
    return NULL;

  entry = g_new0 (StrideHistoryEntry, 1);
  g_atomic_ref_count_init (&entry->ref_count);
  entry->kind = kind;
  entry->id = g_strdup (id);
  entry->date = g_date_time_to_local (date);
  entry->data = json_object_ref (data);
  entry->object = json_object_ref (object);
  return entry;
}

static JsonObject *
object_for_new_entry (StrideHistoryKind  kind,
                      GDateTime         *date,
                      JsonObject        *data)
{
  JsonObject *object = json_object_new ();
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *iso = g_date_time_format_iso8601 (date);
  g_autoptr(JsonNode) copy = NULL;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, data);
  copy = stride_json_deep_copy (node);

  json_object_set_string_member (object, "id", id);
  json_object_set_string_member (object, "kind", stride_history_kind_to_string (kind));
  json_object_set_string_member (object, "date", iso);
  json_object_set_member (object, "data", g_steal_pointer (&copy));
  return object;
}

/* The history */

struct _StrideHistory
{
  GObject     parent_instance;

  char       *path;
  JsonObject *root;        /* the document's other members, kept as they are */
  JsonArray  *stored;      /* every stored entry object, usable or not, in file order */
  GPtrArray  *entries;     /* StrideHistoryEntry, the usable ones, in file order */
  char       *notice;
  gboolean    read_only;
};

G_DEFINE_FINAL_TYPE (StrideHistory, stride_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_READ_ONLY,
  PROP_NOTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
stride_history_finalize (GObject *object)
{
  StrideHistory *self = STRIDE_HISTORY (object);

  g_free (self->path);
  g_clear_pointer (&self->root, json_object_unref);
  g_clear_pointer (&self->stored, json_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self->notice);

  G_OBJECT_CLASS (stride_history_parent_class)->finalize (object);
}

static void
stride_history_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StrideHistory *self = STRIDE_HISTORY (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_NOTICE:
      g_value_set_string (value, self->notice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_history_class_init (StrideHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stride_history_finalize;
  object_class->get_property = stride_history_get_property;

  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTICE] =
    g_param_spec_string ("notice", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stride_history_init (StrideHistory *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) stride_history_entry_unref);
  self->stored = json_array_new ();
}

static void
load_entries (StrideHistory *self)
{
  JsonArray *array = stride_json_get_array (self->root, "entries");

  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      StrideHistoryEntry *entry;

      /* Whatever this version cannot use is still written back as it was. */
      json_array_add_element (self->stored, json_node_copy (element));
      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      entry = entry_from_object (json_node_get_object (element));
      if (entry != NULL)
        g_ptr_array_add (self->entries, entry);
    }
}

static void merge_pending (StrideHistory *self);

static void
load (StrideHistory *self)
{
  StrideDocumentStatus status;

  self->root = stride_json_document_load (self->path, STRIDE_HISTORY_VERSION, _("history"), "entries",
                                          &status, &self->notice);
  self->read_only = status == STRIDE_DOCUMENT_NEWER || status == STRIDE_DOCUMENT_UNREADABLE;
  if (self->root == NULL)
    self->root = json_object_new ();

  load_entries (self);
  if (!self->read_only)
    merge_pending (self);
}

StrideHistory *
stride_history_new (const char *path)
{
  StrideHistory *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_HISTORY, NULL);
  self->path = g_strdup (path);
  load (self);
  return self;
}

char *
stride_history_get_user_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "stride", "history.json", NULL);
}

const char *
stride_history_get_path (StrideHistory *self)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);

  return self->path;
}

gboolean
stride_history_get_read_only (StrideHistory *self)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (self), FALSE);

  return self->read_only;
}

const char *
stride_history_get_notice (StrideHistory *self)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);

  return self->notice;
}

void
stride_history_clear_notice (StrideHistory *self)
{
  g_return_if_fail (STRIDE_IS_HISTORY (self));

  if (self->notice == NULL)
    return;

  g_clear_pointer (&self->notice, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE]);
}

static gboolean
check_writable (StrideHistory  *self,
                GError        **error)
{
  if (!self->read_only)
    return TRUE;

  g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_READ_ONLY,
               _("Your history is read-only: it was saved by a newer version of Stride or cannot be read."));
  return FALSE;
}

/* The entry objects for the list as stored; an entry whose stored object did not change
 * keeps its struct, so pointers the views hold stay valid. */
static void
rebuild_entries (StrideHistory *self)
{
  g_autoptr(GHashTable) old = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) stride_history_entry_unref);

  for (guint i = 0; i < self->entries->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (self->entries, i);

      g_hash_table_insert (old, entry->id, entry);
    }

  for (guint i = 0; i < json_array_get_length (self->stored); i++)
    {
      JsonNode *element = json_array_get_element (self->stored, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      const char *id = object != NULL ? stride_json_get_string (object, "id") : NULL;
      StrideHistoryEntry *entry = id != NULL ? g_hash_table_lookup (old, id) : NULL;

      if (entry != NULL && json_object_equal (entry->object, object))
        entry = stride_history_entry_ref (entry);
      else
        entry = object != NULL ? entry_from_object (object) : NULL;
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }

  g_ptr_array_unref (self->entries);
  self->entries = entries;
}

/* Writes the document with STORED as its entries, merged under a lock with what another
 * running copy wrote meanwhile; on success the merged list becomes the list. */
static gboolean
write_stored (StrideHistory  *self,
              JsonArray      *stored,
              GError        **error)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GList) members = json_object_get_members (self->root);
  JsonArray *merged;

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_str_equal (l->data, "version") && !g_str_equal (l->data, "entries"))
        json_object_set_member (root, l->data, json_node_copy (json_object_get_member (self->root, l->data)));
    }
  json_object_set_int_member (root, "version", STRIDE_HISTORY_VERSION);

  merged = stride_json_document_save_list (self->path, root, "entries", self->stored, stored, &local_error);
  if (merged == NULL)
    {
      g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_WRITE,
                   _("Could not save your history: %s"), local_error->message);
      return FALSE;
    }

  g_clear_pointer (&self->stored, json_array_unref);
  self->stored = merged;
  rebuild_entries (self);
  return TRUE;
}

static JsonArray *
copy_stored (StrideHistory *self,
             const char    *without_id)
{
  JsonArray *copy = json_array_sized_new (json_array_get_length (self->stored) + 1);

  for (guint i = 0; i < json_array_get_length (self->stored); i++)
    {
      JsonNode *element = json_array_get_element (self->stored, i);

      if (without_id != NULL && JSON_NODE_HOLDS_OBJECT (element) &&
          g_strcmp0 (stride_json_get_string (json_node_get_object (element), "id"), without_id) == 0)
        continue;
      json_array_add_element (copy, json_node_ref (element));
    }

  return copy;
}

StrideHistoryEntry *
stride_history_append (StrideHistory      *self,
                       StrideHistoryKind   kind,
                       GDateTime          *date,
                       JsonObject         *data,
                       GError            **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonArray) stored = NULL;
  StrideHistoryEntry *entry;

  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);
  g_return_val_if_fail (kind < STRIDE_HISTORY_N_KINDS, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_writable (self, error))
    return NULL;

  if (date == NULL)
    date = now = g_date_time_new_now_local ();

  object = object_for_new_entry (kind, date, data);
  stored = copy_stored (self, NULL);
  json_array_add_object_element (stored, json_object_ref (object));

  if (!write_stored (self, stored, error))
    return NULL;

  entry = stride_history_find (self, stride_json_get_string (object, "id"));
  g_assert (entry != NULL);
  g_signal_emit (self, signals[CHANGED], 0);
  return entry;
}

gboolean
stride_history_remove (StrideHistory  *self,
                       const char     *id,
                       GError        **error)
{
  g_autoptr(JsonArray) stored = NULL;
  guint index;

  g_return_val_if_fail (STRIDE_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_writable (self, error))
    return FALSE;

  for (index = 0; index < self->entries->len; index++)
    if (g_str_equal (((StrideHistoryEntry *) g_ptr_array_index (self->entries, index))->id, id))
      break;

  if (index == self->entries->len)
    {
      g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND,
                   _("There is no history entry “%s”."), id);
      return FALSE;
    }

  stored = copy_stored (self, id);
  if (!write_stored (self, stored, error))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

StrideHistoryEntry *
stride_history_update (StrideHistory  *self,
                       const char     *id,
                       JsonObject     *data,
                       GError        **error)
{
  g_autoptr(JsonArray) stored = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonNode) copy = NULL;
  StrideHistoryEntry *old = NULL;
  StrideHistoryEntry *entry;
  guint index;

  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);
  g_return_val_if_fail (id != NULL && data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_writable (self, error))
    return NULL;

  for (index = 0; index < self->entries->len; index++)
    {
      old = g_ptr_array_index (self->entries, index);
      if (g_str_equal (old->id, id))
        break;
    }

  if (index == self->entries->len)
    {
      g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND,
                   _("There is no history entry “%s”."), id);
      return NULL;
    }

  /* The same entry with new data, in the same place in the file */
  json_node_set_object (node, old->object);
  copy = stride_json_deep_copy (node);
  object = json_object_ref (json_node_get_object (copy));
  json_node_set_object (node, data);
  json_object_set_member (object, "data", stride_json_deep_copy (node));

  stored = json_array_sized_new (json_array_get_length (self->stored));
  for (guint i = 0; i < json_array_get_length (self->stored); i++)
    {
      JsonNode *element = json_array_get_element (self->stored, i);

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          g_strcmp0 (stride_json_get_string (json_node_get_object (element), "id"), id) == 0)
        json_array_add_object_element (stored, json_object_ref (object));
      else
        json_array_add_element (stored, json_node_ref (element));
    }

  if (!write_stored (self, stored, error))
    return NULL;

  entry = stride_history_find (self, id);
  g_signal_emit (self, signals[CHANGED], 0);
  return entry;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  StrideHistoryEntry *entry_a = *(StrideHistoryEntry **) a;
  StrideHistoryEntry *entry_b = *(StrideHistoryEntry **) b;

  return g_date_time_compare (entry_a->date, entry_b->date);
}

GPtrArray *
stride_history_list (StrideHistory     *self,
                     StrideHistoryKind  kind,
                     GDateTime         *from,
                     GDateTime         *to)
{
  GPtrArray *list;

  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);
  g_return_val_if_fail (kind <= STRIDE_HISTORY_ANY, NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) stride_history_entry_unref);
  for (guint i = 0; i < self->entries->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (self->entries, i);

      if (kind != STRIDE_HISTORY_ANY && entry->kind != kind)
        continue;
      if (from != NULL && g_date_time_compare (entry->date, from) < 0)
        continue;
      if (to != NULL && g_date_time_compare (entry->date, to) >= 0)
        continue;
      g_ptr_array_add (list, stride_history_entry_ref (entry));
    }

  /* g_ptr_array_sort is a stable merge sort: equal dates keep the order they were added. */
  g_ptr_array_sort (list, compare_dates);
  return list;
}

StrideHistoryEntry *
stride_history_get_latest (StrideHistory     *self,
                           StrideHistoryKind  kind)
{
  StrideHistoryEntry *latest = NULL;

  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (self->entries, i);

      if (kind != STRIDE_HISTORY_ANY && entry->kind != kind)
        continue;
      if (latest == NULL || g_date_time_compare (entry->date, latest->date) >= 0)
        latest = entry;
    }

  return latest;
}

StrideHistoryEntry *
stride_history_find (StrideHistory *self,
                     const char    *id)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_str_equal (entry->id, id))
        return entry;
    }

  return NULL;
}

JsonNode *
stride_history_to_json (StrideHistory *self)
{
  g_autoptr(JsonObject) root = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);

  json_object_set_int_member (root, "version", STRIDE_HISTORY_VERSION);
  json_object_set_array_member (root, "entries", json_array_ref (self->stored));
  json_node_set_object (node, root);
  return node;
}

/* Pending entries: finished work that could not be written yet */

char *
stride_history_get_pending_path (StrideHistory *self)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);

  return g_strconcat (self->path, ".pending", NULL);
}

static JsonNode *
find_stored (JsonArray  *stored,
             const char *id)
{
  for (guint i = 0; i < json_array_get_length (stored); i++)
    {
      JsonNode *element = json_array_get_element (stored, i);

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          g_strcmp0 (stride_json_get_string (json_node_get_object (element), "id"), id) == 0)
        return element;
    }
  return NULL;
}

/* The pending file's entries (a new array when there is none or it cannot be used) */
static JsonArray *
load_pending_noticed (StrideHistory  *self,
                      gboolean       *usable,
                      char          **notice_out)
{
  g_autofree char *path = stride_history_get_pending_path (self);
  g_autofree char *notice = NULL;
  g_autoptr(JsonObject) root = NULL;
  StrideDocumentStatus status;
  JsonArray *array;

  root = stride_json_document_load (path, STRIDE_HISTORY_VERSION, _("unsaved history"), "entries", &status, &notice);
  if (usable != NULL)
    *usable = status == STRIDE_DOCUMENT_OK || status == STRIDE_DOCUMENT_MOVED_ASIDE;
  array = root != NULL ? stride_json_get_array (root, "entries") : NULL;
  if (notice_out != NULL)
    *notice_out = g_steal_pointer (&notice);
  return array != NULL ? json_array_ref (array) : json_array_new ();
}

static JsonArray *
load_pending (StrideHistory *self,
              gboolean      *usable)
{
  return load_pending_noticed (self, usable, NULL);
}

static gboolean
save_pending (StrideHistory  *self,
              JsonArray      *pending,
              GError        **error)
{
  g_autofree char *path = stride_history_get_pending_path (self);
  g_autoptr(JsonObject) root = NULL;

  /* Nothing left pending: no file, so that the next start has nothing to merge */
  if (json_array_get_length (pending) == 0)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_WRITE,
                       _("Could not remove %s: %s"), path, g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }

  root = json_object_new ();
  json_object_set_int_member (root, "version", STRIDE_HISTORY_VERSION);
  json_object_set_array_member (root, "entries", json_array_ref (pending));
  return stride_json_document_save (path, root, error);
}

static JsonArray *
pending_without (JsonArray  *pending,
                 const char *id)
{
  JsonArray *copy = json_array_new ();

  for (guint i = 0; i < json_array_get_length (pending); i++)
    {
      JsonNode *element = json_array_get_element (pending, i);

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          g_strcmp0 (stride_json_get_string (json_node_get_object (element), "id"), id) == 0)
        continue;
      json_array_add_element (copy, json_node_ref (element));
    }
  return copy;
}

static void
merge_pending (StrideHistory *self)
{
  g_autofree char *path = stride_history_get_pending_path (self);
  g_autoptr(JsonArray) pending = NULL;
  g_autoptr(JsonArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *pending_notice = NULL;
  guint added = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  /* A damaged pending file is set aside like the history: the user hears of it. */
  pending = load_pending_noticed (self, NULL, &pending_notice);
  stored = copy_stored (self, NULL);
  for (guint i = 0; i < json_array_get_length (pending); i++)
    {
      JsonNode *element = json_array_get_element (pending, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      const char *id = stride_json_get_string (json_node_get_object (element), "id");
      JsonNode *existing = find_stored (stored, id);

      /* Already in the history as it is (a crash after writing it, before the pending
       * file went): nothing to do. In the history with older data (a rating that could
       * not be saved): the pending data wins, in place of the old. */
      if (existing != NULL && json_node_equal (existing, element))
        continue;
      if (existing != NULL)
        {
          JsonArray *without = pending_without (stored, id);

          g_clear_pointer (&stored, json_array_unref);
          stored = without;
        }
      /* One this version cannot use is still kept, as the history keeps such entries */
      json_array_add_element (stored, json_node_ref (element));
      added++;
    }

  /* On failure it stays pending, to be tried again next time. */
  if (added > 0 && !write_stored (self, stored, &error))
    {
      notice = g_strdup_printf (_("Some finished sessions are still waiting to be saved: %s"), error->message);
    }
  else
    {
      g_autoptr(JsonArray) empty = json_array_new ();

      save_pending (self, empty, NULL);
      if (added > 0)
        notice = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u entry that could not be saved before is now in your history.",
                                               "%u entries that could not be saved before are now in your history.",
                                               added), added);
    }

  if (pending_notice != NULL)
    {
      char *joined = notice != NULL ? g_strdup_printf ("%s %s", pending_notice, notice) : g_strdup (pending_notice);

      g_free (notice);
      notice = joined;
    }
  if (notice != NULL)
    {
      /* A notice about the history file itself comes first */
      char *joined = self->notice != NULL ? g_strdup_printf ("%s %s", self->notice, notice) : g_strdup (notice);

      g_free (self->notice);
      self->notice = joined;
    }
}

char *
stride_history_keep_pending (StrideHistory      *self,
                             StrideHistoryKind   kind,
                             const char         *id,
                             JsonObject         *data,
                             GError            **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonArray) pending = NULL;
  g_autoptr(JsonArray) kept = NULL;

  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);
  g_return_val_if_fail (kind < STRIDE_HISTORY_N_KINDS, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = object_for_new_entry (kind, now, data);
  if (id != NULL)
    json_object_set_string_member (object, "id", id);

  pending = load_pending (self, NULL);
  kept = id != NULL ? pending_without (pending, id) : json_array_ref (pending);
  json_array_add_object_element (kept, json_object_ref (object));
  if (!save_pending (self, kept, error))
    return NULL;

  return g_strdup (stride_json_get_string (object, "id"));
}

StrideHistoryEntry *
stride_history_commit_pending (StrideHistory  *self,
                               const char     *id,
                               JsonObject     *data,
                               GError        **error)
{
  g_autoptr(JsonArray) pending = NULL;
  g_autoptr(JsonArray) rest = NULL;
  g_autoptr(JsonArray) stored = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *found = NULL;
  StrideHistoryEntry *entry;

  g_return_val_if_fail (STRIDE_IS_HISTORY (self), NULL);
  g_return_val_if_fail (id != NULL && data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (stride_history_find (self, id) != NULL)
    entry = stride_history_update (self, id, data, error);
  else
    {
      if (!check_writable (self, error))
        return NULL;

      pending = load_pending (self, NULL);
      for (guint i = 0; i < json_array_get_length (pending) && found == NULL; i++)
        {
          JsonNode *element = json_array_get_element (pending, i);

          if (JSON_NODE_HOLDS_OBJECT (element) &&
              g_strcmp0 (stride_json_get_string (json_node_get_object (element), "id"), id) == 0)
            found = json_node_get_object (element);
        }
      if (found == NULL)
        {
          g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND,
                       _("There is no history entry “%s”."), id);
          return NULL;
        }

      /* The pending entry (its id, kind and date) with the latest data */
      json_node_set_object (node, found);
      {
        g_autoptr(JsonNode) copy = stride_json_deep_copy (node);

        object = json_object_ref (json_node_get_object (copy));
      }
      {
        g_autoptr(JsonNode) data_node = json_node_new (JSON_NODE_OBJECT);

        json_node_set_object (data_node, data);
        json_object_set_member (object, "data", stride_json_deep_copy (data_node));
      }
      stored = copy_stored (self, NULL);
      json_array_add_object_element (stored, json_object_ref (object));
      if (!write_stored (self, stored, error))
        return NULL;

      entry = stride_history_find (self, id);
      if (entry == NULL)
        {
          g_set_error (error, STRIDE_HISTORY_ERROR, STRIDE_HISTORY_ERROR_NOT_FOUND,
                       _("There is no history entry “%s”."), id);
          return NULL;
        }
      g_signal_emit (self, signals[CHANGED], 0);
    }

  if (entry != NULL)
    {
      /* In the history now; a failure here only leaves a duplicate id the next start skips */
      g_clear_pointer (&pending, json_array_unref);
      pending = load_pending (self, NULL);
      rest = pending_without (pending, id);
      save_pending (self, rest, NULL);
    }
  return entry;
}
