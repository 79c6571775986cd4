/* stride-json-document.c — one versioned JSON document of user data, kept safe
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "stride-json-document.h"
#include "stride-json-reader.h"

/* history.json.corrupt-20261126-071500, or …-2, …-3 when that name is taken. */
static char *
make_aside_path (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_strdup_printf ("%s.corrupt-%s", path, stamp);
  char *candidate = g_strdup (base);

  for (guint n = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%u", base, n);
    }

  return candidate;
}

static JsonObject *
move_aside (const char            *path,
            const char            *what,
            const char            *problem,
            StrideDocumentStatus  *status,
            char                 **notice)
{
  g_autofree char *aside = make_aside_path (path);
  g_autofree char *base = g_path_get_basename (path);

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      *status = STRIDE_DOCUMENT_UNREADABLE;
      /* Translators: %s: "history" or "routines"; then a file name; then why */
      *notice = g_strdup_printf (_("Your %s file %s cannot be read (%s) and could not be set aside (%s). "
                                   "Stride will not change it until this is fixed."),
                                 what, path, problem, g_strerror (saved_errno));
      return NULL;
    }

  *status = STRIDE_DOCUMENT_MOVED_ASIDE;
  /* Translators: %s: "history" or "routines"; why; the file it was kept as; its usual name */
  *notice = g_strdup_printf (_("Your %s file could not be read (%s). Nothing was deleted: it was kept as %s and a "
                               "new one was started. To bring it back once it is repaired, close Stride and "
                               "rename it to %s."),
                             what, problem, aside, base);
  return json_object_new ();
}

/* The "version" member, or 0 when it is missing or not a positive whole number. */
static gint64
get_version (JsonObject *root)
{
  gint64 version = 0;

  if (!stride_json_get_int (root, "version", &version))
    return 0;

  return MAX (version, 0);
}

/* Two running copies of Stride (two logins, or a terminal run beside the desktop one)
 * write the same files: every read-modify-write holds an exclusive flock on PATH.lock.
 * A file system without locks only loses the protection, never the data of this copy. */
static int
lock_document (const char  *path,
               GError     **error)
{
  g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return -2;
    }
  fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    return -1;
  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      break;
  return fd;
}

static void
unlock_document (int fd)
{
  if (fd >= 0)
    close (fd);   /* closing drops the flock */
}

/* g_file_set_contents() writes NAME.XXXXXX and renames it: six letters or digits. */
static gboolean
is_temporary_of (const char *name,
                 const char *base)
{
  gsize base_length = strlen (base);

  if (strncmp (name, base, base_length) != 0 || name[base_length] != '.' || strlen (name) != base_length + 7)
    return FALSE;
  for (const char *c = name + base_length + 1; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c))
      return FALSE;
  return TRUE;
}

static void
remove_stale_temporaries (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *temporary = NULL;

      if (!is_temporary_of (name, base))
        continue;
      temporary = g_build_filename (dir_path, name, NULL);
      if (g_file_test (temporary, G_FILE_TEST_IS_REGULAR) && !g_file_test (temporary, G_FILE_TEST_IS_SYMLINK))
        g_unlink (temporary);
    }
}

/* The user's own files are read with the same strict reader as any untrusted input: a
 * damaged or hostile history must not crash the app on every start. */
static JsonNode *
load_strict (const char  *path,
             GError     **error)
{
  return stride_json_load (path, NULL, STRIDE_DOCUMENT_MAX_BYTES, STRIDE_DOCUMENT_MAX_DEPTH, error);
}

/* The reader's message without the file name: the notice names the file itself. */
static const char *
problem_of (const GError *error,
            const char   *path)
{
  const char *message = error->message;

  if (g_str_has_prefix (message, path))
    {
      message += strlen (path);
      if (*message == ':')
        message++;
      while (*message == ' ')
        message++;
    }
  return message;
}

static JsonObject *
read_existing (const char            *path,
               guint                  version,
               const char            *what,
               const char            *list_member,
               StrideDocumentStatus  *status,
               char                 **notice)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = load_strict (path, &error);
  JsonObject *object;
  gint64 file_version;

  if (root == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return json_object_new ();
      if (g_error_matches (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_READ) ||
          g_error_matches (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_NOT_REGULAR))
        {
          *status = STRIDE_DOCUMENT_UNREADABLE;
          *notice = g_strdup_printf (_("Your %s file cannot be read: %s. Stride will not change it."),
                                     what, problem_of (error, path));
          return NULL;
        }
      return move_aside (path, what, problem_of (error, path), status, notice);
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return move_aside (path, what, _("it is not a Stride document"), status, notice);

  object = json_node_get_object (root);
  file_version = get_version (object);
  if (file_version == 0)
    return move_aside (path, what, _("it has no version"), status, notice);

  /* A list that is not a list would read as empty and the next write would destroy it. */
  if (list_member != NULL && json_object_has_member (object, list_member) &&
      stride_json_get_array (object, list_member) == NULL && file_version <= version)
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” is not a list"), list_member);

      return move_aside (path, what, problem, status, notice);
    }

  if (file_version > version)
    {
      *status = STRIDE_DOCUMENT_NEWER;
      *notice = g_strdup_printf (_("Your %s was saved by a newer version of Stride. It is shown as far as "
                                   "possible but not changed: update Stride to add to it."),
                                 what);
    }

  return json_object_ref (object);
}

JsonObject *
stride_json_document_peek (const char *path)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  root = load_strict (path, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_object_ref (json_node_get_object (root));
}

JsonObject *
stride_json_document_load (const char            *path,
                           guint                  version,
                           const char            *what,
                           const char            *list_member,
                           StrideDocumentStatus  *status,
                           char                 **notice)
{
  JsonObject *root;
  int lock;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (status != NULL, NULL);
  g_return_val_if_fail (notice != NULL, NULL);

  *status = STRIDE_DOCUMENT_OK;
  *notice = NULL;

  /* Under the lock: no other instance is between writing a temporary file and renaming
   * it, so any temporary file left is from a write that was killed. */
  lock = lock_document (path, NULL);
  remove_stale_temporaries (path);
  root = read_existing (path, version, what, list_member, status, notice);
  unlock_document (lock);
  return root;
}

/* json-glib 1.6 writes the double 1e+20 as "1e+20.0", which no JSON reader accepts: the
 * next start would set the whole file aside. Stride writes its files itself. */
static void write_node (GString *out, JsonNode *node, guint indent);

static void
write_string (GString    *out,
              const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guint8 c = (guint8) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

/* The fewest digits that read back as VALUE: 0.009819, not g_ascii_dtostr ()'s
 * 0.0098189999999999996 (always 17 digits, the last ones noise). */
static void
shortest_double (char   *buffer,
                 gsize   size,
                 double  value)
{
  static const char * const formats[] = { "%.15g", "%.16g" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, size, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return;
    }
  g_ascii_formatd (buffer, size, "%.17g", value);
}

static void
write_double (GString *out,
              double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* JSON has no infinity or NaN. */
  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  shortest_double (buffer, sizeof buffer, value);
  g_string_append (out, buffer);
  /* Still a double when read back: "3" would come back as an integer. */
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      write_double (out, json_node_get_double (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_STRING:
      write_string (out, json_node_get_string (node));
      break;
    default:
      g_string_append (out, "null");
    }
}

static void
write_indent (GString *out,
              guint    indent)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < indent; i++)
    g_string_append (out, "  ");
}

static void
write_object (GString    *out,
              JsonObject *object,
              guint       indent)
{
  g_autoptr(GList) members = json_object_get_members (object);

  if (members == NULL)
    {
      g_string_append (out, "{}");
      return;
    }
  g_string_append_c (out, '{');
  for (GList *l = members; l != NULL; l = l->next)
    {
      write_indent (out, indent + 1);
      write_string (out, l->data);
      g_string_append (out, ": ");
      write_node (out, json_object_get_member (object, l->data), indent + 1);
      if (l->next != NULL)
        g_string_append_c (out, ',');
    }
  write_indent (out, indent);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             guint      indent)
{
  guint length = json_array_get_length (array);

  if (length == 0)
    {
      g_string_append (out, "[]");
      return;
    }
  g_string_append_c (out, '[');
  for (guint i = 0; i < length; i++)
    {
      write_indent (out, indent + 1);
      write_node (out, json_array_get_element (array, i), indent + 1);
      if (i + 1 < length)
        g_string_append_c (out, ',');
    }
  write_indent (out, indent);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     indent)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), indent);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), indent);
      break;
    case JSON_NODE_VALUE:
      write_value (out, node);
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
    }
}

char *
stride_json_document_to_text (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (node != NULL, NULL);

  write_node (out, node, 0);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

static gboolean
write_unlocked (const char  *path,
                JsonObject  *root,
                GError     **error)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;

  json_node_set_object (node, root);
  text = stride_json_document_to_text (node);
  return g_file_set_contents_full (path, text, strlen (text),
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

gboolean
stride_json_document_save (const char  *path,
                           JsonObject  *root,
                           GError     **error)
{
  gboolean saved;
  int lock;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (root != NULL, FALSE);

  lock = lock_document (path, error);
  if (lock == -2)
    return FALSE;
  saved = write_unlocked (path, root, error);
  unlock_document (lock);
  return saved;
}

static const char *
id_of (JsonNode *node)
{
  return JSON_NODE_HOLDS_OBJECT (node) ? stride_json_get_string (json_node_get_object (node), "id") : NULL;
}

static GHashTable *
index_by_id (JsonArray *list)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);

      if (id_of (node) != NULL)
        g_hash_table_insert (index, (gpointer) id_of (node), node);
    }
  return index;
}

/* This copy changed BEFORE into AFTER; another copy may have changed the file into
 * ON_DISK meanwhile. Both changes are kept, item by item ("id"): AFTER's order, its new
 * and changed items, its removals; the file's items this copy never saw are added at
 * the end, and the file's version of an item this copy did not touch wins. */
static JsonArray *
merge_lists (JsonArray *before,
             JsonArray *after,
             JsonArray *on_disk)
{
  g_autoptr(GHashTable) old = index_by_id (before);
  g_autoptr(GHashTable) mine = index_by_id (after);
  g_autoptr(GHashTable) theirs = index_by_id (on_disk);
  JsonArray *merged = json_array_new ();

  for (guint i = 0; i < json_array_get_length (after); i++)
    {
      JsonNode *node = json_array_get_element (after, i);
      const char *id = id_of (node);
      JsonNode *was = id != NULL ? g_hash_table_lookup (old, id) : NULL;
      JsonNode *disk = id != NULL ? g_hash_table_lookup (theirs, id) : NULL;
      gboolean untouched = was != NULL && json_node_equal (was, node);

      if (untouched && disk == NULL)
        continue;                                       /* removed by the other copy */
      json_array_add_element (merged, json_node_ref (untouched ? disk : node));
    }

  for (guint i = 0; on_disk != NULL && i < json_array_get_length (on_disk); i++)
    {
      JsonNode *node = json_array_get_element (on_disk, i);
      const char *id = id_of (node);

      if (id != NULL && !g_hash_table_contains (mine, id) && !g_hash_table_contains (old, id))
        json_array_add_element (merged, json_node_ref (node));
    }
  return merged;
}

JsonArray *
stride_json_document_save_list (const char  *path,
                                JsonObject  *root,
                                const char  *list_member,
                                JsonArray   *before,
                                JsonArray   *after,
                                GError     **error)
{
  g_autoptr(JsonNode) disk_root = NULL;
  g_autoptr(JsonArray) merged = NULL;
  g_autoptr(GError) read_error = NULL;
  JsonArray *on_disk = NULL;
  int lock;

  g_return_val_if_fail (path != NULL && root != NULL && list_member != NULL, NULL);
  g_return_val_if_fail (before != NULL && after != NULL, NULL);

  lock = lock_document (path, error);
  if (lock == -2)
    return NULL;

  disk_root = load_strict (path, &read_error);
  if (disk_root != NULL && JSON_NODE_HOLDS_OBJECT (disk_root))
    on_disk = stride_json_get_array (json_node_get_object (disk_root), list_member);
  else if (read_error != NULL && !g_error_matches (read_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      /* Damaged since it was read: keep it, never write over it. */
      g_autofree char *aside = make_aside_path (path);

      g_rename (path, aside);
    }

  merged = on_disk != NULL ? merge_lists (before, after, on_disk) : json_array_ref (after);
  json_object_set_array_member (root, list_member, json_array_ref (merged));
  if (!write_unlocked (path, root, error))
    g_clear_pointer (&merged, json_array_unref);
  unlock_document (lock);
  return g_steal_pointer (&merged);
}

/* json_node_copy() shares objects and arrays: changing the "copy" changes the original,
 * and a merge would see no change at all. */
JsonNode *
stride_json_deep_copy (JsonNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *source = json_node_get_object (node);
      g_autoptr(JsonObject) object = json_object_new ();
      g_autoptr(GList) members = json_object_get_members (source);

      for (GList *l = members; l != NULL; l = l->next)
        json_object_set_member (object, l->data, stride_json_deep_copy (json_object_get_member (source, l->data)));
      return json_node_init_object (json_node_alloc (), object);
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *source = json_node_get_array (node);
      g_autoptr(JsonArray) array = json_array_sized_new (json_array_get_length (source));

      for (guint i = 0; i < json_array_get_length (source); i++)
        json_array_add_element (array, stride_json_deep_copy (json_array_get_element (source, i)));
      return json_node_init_array (json_node_alloc (), array);
    }
  return json_node_copy (node);
}

const char *
stride_json_get_string (JsonObject *object,
                        const char *member)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, NULL);

  node = json_object_get_member (object, member);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

gboolean
stride_json_get_int (JsonObject *object,
                     const char *member,
                     gint64     *value)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);

  node = json_object_get_member (object, member);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  if (value != NULL)
    *value = json_node_get_int (node);
  return TRUE;
}

JsonObject *
stride_json_get_object (JsonObject *object,
                        const char *member)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, NULL);

  node = json_object_get_member (object, member);
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
stride_json_get_array (JsonObject *object,
                       const char *member)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, NULL);

  node = json_object_get_member (object, member);
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}
