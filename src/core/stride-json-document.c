/* stride-json-document.c — one versioned JSON document of user data, kept safe
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
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
  *notice = g_strdup_printf (_("Your %s file could not be read (%s). It was kept as %s and a new one was started."),
                             what, problem, aside);
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
                           StrideDocumentStatus  *status,
                           char                 **notice)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (status != NULL, NULL);
  g_return_val_if_fail (notice != NULL, NULL);

  *status = STRIDE_DOCUMENT_OK;
  *notice = NULL;

  return read_existing (path, version, what, status, notice);
}

gboolean
stride_json_document_save (const char  *path,
                           JsonObject  *root,
                           GError     **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (root != NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  json_node_set_object (node, root);
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);

  return g_file_set_contents_full (path, text, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
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
