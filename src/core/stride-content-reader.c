/* stride-content-reader.c — reading pack files: limits, syntax, typed fields, JSON paths
 *
 * Every reading function reports what is wrong at the reader's current JSON path and goes
 * on, so that one run lists every problem of a pack. Functions return NULL / FALSE / the
 * fallback on error; the caller carries on with the next field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stride-content-private.h"
#include "stride-json-reader.h"

void
stride_reader_error (StrideReader *reader,
                     const char   *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  stride_pack_error (reader->pack, "%s: %s: %s", reader->file, reader->path->str, message);
}

gsize
stride_reader_push_key (StrideReader *reader,
                        const char   *key)
{
  gsize length = reader->path->len;

  g_string_append_c (reader->path, '.');
  g_string_append (reader->path, key);
  return length;
}

gsize
stride_reader_push_index (StrideReader *reader,
                          guint         index)
{
  gsize length = reader->path->len;
  char digits[16];
  int n = sizeof digits;

  /* By hand: this runs for every element of every array. */
  do
    digits[--n] = '0' + index % 10;
  while ((index /= 10) > 0 && n > 0);
  g_string_append_c (reader->path, '[');
  g_string_append_len (reader->path, digits + n, sizeof digits - n);
  g_string_append_c (reader->path, ']');
  return length;
}

void
stride_reader_pop (StrideReader *reader,
                   gsize         length)
{
  g_string_truncate (reader->path, length);
}

StrideLoc
stride_reader_loc (StrideReader *reader)
{
  StrideLoc loc = { reader->file, stride_arena_strdup (reader->pack->arena, reader->path->str) };

  return loc;
}

/* A key quoted for a message: keys are not length-checked, so keep it short. */
static char *
quote_key (const char *key)
{
  g_autofree char *valid = g_utf8_make_valid (key, -1);

  if (g_utf8_strlen (valid, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (valid, 0, 40);
      return g_strdup_printf ("“%s…”", head);
    }
  return g_strdup_printf ("“%s”", valid);
}

gboolean
stride_reader_check_keys (StrideReader       *reader,
                          JsonObject         *object,
                          const char * const *allowed)
{
  JsonObjectIter iter;
  const char *key;
  gboolean ok = TRUE;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, NULL))
    {
      if (!g_strv_contains (allowed, key))
        {
          g_autofree char *quoted = quote_key (key);
          stride_reader_error (reader, "unknown field %s", quoted);
          ok = FALSE;
        }
    }
  return ok;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "true or false";
    default:
      return "a number";
    }
}

static gboolean
node_is_value (JsonNode *node,
               GType     type)
{
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (type == G_TYPE_DOUBLE)
    return json_node_get_value_type (node) == G_TYPE_DOUBLE ||
           json_node_get_value_type (node) == G_TYPE_INT64;
  return json_node_get_value_type (node) == type;
}

/* Reports "expected X, found Y" at the current path. */
static void
type_error (StrideReader *reader,
            const char   *expected,
            JsonNode     *node)
{
  stride_reader_error (reader, "expected %s, found %s", expected, node_type_name (node));
}

JsonObject *
stride_reader_object (StrideReader *reader,
                      JsonNode     *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      type_error (reader, "an object", node);
      return NULL;
    }
  return json_node_get_object (node);
}

JsonNode *
stride_reader_member (StrideReader *reader,
                      JsonObject   *object,
                      const char   *key,
                      gboolean      required)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL && required)
    stride_reader_error (reader, "missing field “%s”", key);
  return node;
}

JsonArray *
stride_reader_array (StrideReader *reader,
                     JsonObject   *object,
                     const char   *key,
                     gboolean      required,
                     guint         min_length)
{
  JsonNode *node = stride_reader_member (reader, object, key, required);
  JsonArray *array;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = stride_reader_push_key (reader, key);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      type_error (reader, "an array", node);
      stride_reader_pop (reader, mark);
      return NULL;
    }

  array = json_node_get_array (node);
  if (json_array_get_length (array) < min_length)
    stride_reader_error (reader, "needs at least %u item%s", min_length, min_length == 1 ? "" : "s");
  else if (json_array_get_length (array) > STRIDE_CONTENT_MAX_ITEMS)
    stride_reader_error (reader, "has %u items, more than the limit of %d",
                         json_array_get_length (array), STRIDE_CONTENT_MAX_ITEMS);
  stride_reader_pop (reader, mark);
  return json_array_get_length (array) <= STRIDE_CONTENT_MAX_ITEMS ? array : NULL;
}

gboolean
stride_id_is_valid (const char *id)
{
  gsize length = 0;

  if (id == NULL || id[0] == '\0' || id[0] == '_')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++, length++)
    {
      if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
        return FALSE;
    }
  return length <= STRIDE_CONTENT_MAX_ID;
}

/* Checks a string node at the current path: a string, not longer than the limit. */
static const char *
node_string (StrideReader *reader,
             JsonNode     *node)
{
  const char *value;
  gsize length;

  if (!node_is_value (node, G_TYPE_STRING))
    {
      type_error (reader, "a string", node);
      return NULL;
    }

  value = json_node_get_string (node);
  length = strlen (value);
  if (length > STRIDE_CONTENT_MAX_STRING)
    {
      stride_reader_error (reader, "text is %" G_GSIZE_FORMAT " bytes long, more than the limit of 16 KiB",
                           length);
      return NULL;
    }
  return value;
}

static char *
node_id (StrideReader *reader,
         JsonNode     *node)
{
  const char *value = node_string (reader, node);

  if (value == NULL)
    return NULL;

  if (!stride_id_is_valid (value))
    {
      g_autofree char *quoted = quote_key (value);
      stride_reader_error (reader, "%s is not a valid id (lower_snake_case ASCII: a–z, 0–9 and _, "
                           "at most 64 characters)", quoted);
      return NULL;
    }
  return stride_arena_strdup (reader->pack->arena, value);
}

StrideTranslateFunc stride_content_translate_func = NULL;

/* In the C locale gettext translates nothing: skip asking it for each text field (it takes
 * locks and reads the environment every time). */
static gboolean
messages_may_be_translated (void)
{
  const char *locale = setlocale (LC_MESSAGES, NULL);

  return locale != NULL && !g_str_equal (locale, "C") && !g_str_equal (locale, "POSIX");
}
StrideReadFunc stride_content_read_func = NULL;

static char *
node_text (StrideReader *reader,
           JsonNode     *node)
{
  const char *value = node_string (reader, node);
  const char *p;

  if (value == NULL)
    return NULL;

  for (p = value; g_ascii_isspace (*p); p++)
    ;
  if (*p == '\0')
    {
      stride_reader_error (reader, "text must not be empty");
      return NULL;
    }

  /* Translated once here, so that every page shows the same words. The empty string
   * is never looked up: gettext would answer with the catalogue's header. */
  if (stride_content_translate_func != NULL)
    value = stride_content_translate_func (value);
  else if (messages_may_be_translated ())
    value = g_dgettext (GETTEXT_PACKAGE, value);

  return stride_arena_strdup (reader->pack->arena, value);
}

static char *
member_with (StrideReader  *reader,
             JsonObject    *object,
             const char    *key,
             gboolean       required,
             char        *(*read) (StrideReader *, JsonNode *))
{
  JsonNode *node = stride_reader_member (reader, object, key, required);
  gsize mark;
  char *value;

  if (node == NULL)
    return NULL;

  mark = stride_reader_push_key (reader, key);
  value = read (reader, node);
  stride_reader_pop (reader, mark);
  return value;
}

char *
stride_reader_id (StrideReader *reader,
                  JsonObject   *object,
                  const char   *key,
                  gboolean      required)
{
  return member_with (reader, object, key, required, node_id);
}

void
stride_reader_add_ref (StrideReader  *reader,
                       StrideRefType  type,
                       StrideKind     kind,
                       const char    *id,
                       const char    *question)
{
  StrideRef ref = { type, kind, id, question, stride_reader_loc (reader) };

  g_array_append_val (reader->pack->refs, ref);
}

char *
stride_reader_ref (StrideReader *reader,
                   JsonObject   *object,
                   const char   *key,
                   gboolean      required,
                   StrideKind    kind)
{
  JsonNode *node = stride_reader_member (reader, object, key, required);
  gsize mark;
  char *value;

  if (node == NULL)
    return NULL;

  mark = stride_reader_push_key (reader, key);
  value = node_id (reader, node);
  if (value != NULL)
    stride_reader_add_ref (reader, STRIDE_REF_ITEM, kind, value, NULL);
  stride_reader_pop (reader, mark);
  return value;
}

char *
stride_reader_text (StrideReader *reader,
                    JsonObject   *object,
                    const char   *key,
                    gboolean      required)
{
  return member_with (reader, object, key, required, node_text);
}

static char *
node_plain_string (StrideReader *reader,
                   JsonNode     *node)
{
  return stride_arena_strdup (reader->pack->arena, node_string (reader, node));
}

char *
stride_reader_string (StrideReader *reader,
                      JsonObject   *object,
                      const char   *key,
                      gboolean      required)
{
  return member_with (reader, object, key, required, node_plain_string);
}

static int
enum_index (StrideReader       *reader,
            JsonNode           *node,
            const char * const *values)
{
  const char *value = node_string (reader, node);
  g_autofree char *expected = NULL;
  g_autofree char *quoted = NULL;

  if (value == NULL)
    return -1;

  for (int i = 0; values[i] != NULL; i++)
    if (g_str_equal (values[i], value))
      return i;

  expected = g_strjoinv (", ", (char **) values);
  quoted = quote_key (value);
  stride_reader_error (reader, "%s is not one of: %s", quoted, expected);
  return -1;
}

/* The index of the member's value in VALUES. A missing member is an error when FALLBACK
 * is negative, otherwise FALLBACK. Returns -1 on error. */
int
stride_reader_enum (StrideReader       *reader,
                    JsonObject         *object,
                    const char         *key,
                    const char * const *values,
                    int                 fallback)
{
  JsonNode *node = stride_reader_member (reader, object, key, fallback < 0);
  gsize mark;
  int index;

  if (node == NULL)
    return fallback;

  mark = stride_reader_push_key (reader, key);
  index = enum_index (reader, node, values);
  stride_reader_pop (reader, mark);
  return index;
}

gboolean
stride_reader_bool (StrideReader *reader,
                    JsonObject   *object,
                    const char   *key,
                    gboolean      fallback)
{
  JsonNode *node = json_object_get_member (object, key);
  gsize mark;

  if (node == NULL)
    return fallback;

  if (node_is_value (node, G_TYPE_BOOLEAN))
    return json_node_get_boolean (node);

  mark = stride_reader_push_key (reader, key);
  type_error (reader, "true or false", node);
  stride_reader_pop (reader, mark);
  return fallback;
}

/* TRUE when the member is there and a number (stored in VALUE). */
gboolean
stride_reader_number (StrideReader *reader,
                      JsonObject   *object,
                      const char   *key,
                      gboolean      required,
                      double       *value)
{
  JsonNode *node = stride_reader_member (reader, object, key, required);
  gsize mark;

  if (node == NULL)
    return FALSE;

  if (node_is_value (node, G_TYPE_DOUBLE))
    {
      *value = json_node_get_double (node);
      return TRUE;
    }

  mark = stride_reader_push_key (reader, key);
  type_error (reader, "a number", node);
  stride_reader_pop (reader, mark);
  return FALSE;
}

gboolean
stride_reader_uint (StrideReader *reader,
                    JsonObject   *object,
                    const char   *key,
                    gboolean      required,
                    guint         max,
                    guint        *value)
{
  JsonNode *node = stride_reader_member (reader, object, key, required);
  gsize mark;
  gboolean ok = FALSE;

  if (node == NULL)
    return FALSE;

  mark = stride_reader_push_key (reader, key);
  if (node_is_value (node, G_TYPE_INT64) &&
      json_node_get_int (node) >= 0 && json_node_get_int (node) <= max)
    {
      *value = (guint) json_node_get_int (node);
      ok = TRUE;
    }
  else if (node_is_value (node, G_TYPE_DOUBLE))
    stride_reader_error (reader, "expected a whole number from 0 to %u", max);
  else
    type_error (reader, "a whole number", node);
  stride_reader_pop (reader, mark);
  return ok;
}

/* Reads an array of strings with READ; NULL when missing or wrong, else never NULL. */
static GStrv
read_list (StrideReader  *reader,
           JsonObject    *object,
           const char    *key,
           gboolean       required,
           guint          min_length,
           char        *(*read) (StrideReader *, JsonNode *),
           gboolean       is_ref,
           StrideKind     kind)
{
  JsonArray *array = stride_reader_array (reader, object, key, required, min_length);
  GStrv list;
  guint n = 0;
  gsize mark;

  if (array == NULL)
    return required ? NULL : stride_arena_strv (reader->pack->arena, 0);

  list = stride_arena_strv (reader->pack->arena, json_array_get_length (array));
  mark = stride_reader_push_key (reader, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = stride_reader_push_index (reader, i);
      char *value = read (reader, json_array_get_element (array, i));

      if (value != NULL)
        {
          list[n++] = value;
          if (is_ref)
            stride_reader_add_ref (reader, STRIDE_REF_ITEM, kind, value, NULL);
        }
      stride_reader_pop (reader, item_mark);
    }
  stride_reader_pop (reader, mark);
  return list;
}

GStrv
stride_reader_text_list (StrideReader *reader,
                         JsonObject   *object,
                         const char   *key,
                         gboolean      required,
                         guint         min_length)
{
  return read_list (reader, object, key, required, min_length, node_text, FALSE, 0);
}

GStrv
stride_reader_ref_list (StrideReader *reader,
                        JsonObject   *object,
                        const char   *key,
                        gboolean      required,
                        guint         min_length,
                        StrideKind    kind)
{
  return read_list (reader, object, key, required, min_length, node_id, TRUE, kind);
}

GStrv
stride_reader_enum_list (StrideReader       *reader,
                         JsonObject         *object,
                         const char         *key,
                         const char * const *values)
{
  JsonArray *array = stride_reader_array (reader, object, key, TRUE, 0);
  GStrv list;
  guint n = 0;
  gsize mark;

  if (array == NULL)
    return NULL;

  list = stride_arena_strv (reader->pack->arena, json_array_get_length (array));
  mark = stride_reader_push_key (reader, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = stride_reader_push_index (reader, i);
      int index = enum_index (reader, json_array_get_element (array, i), values);

      if (index >= 0)
        list[n++] = (char *) values[index];
      stride_reader_pop (reader, item_mark);
    }
  stride_reader_pop (reader, mark);
  return list;
}

/* "4 MiB" for the limits, which are whole MiB. */
static char *
describe_limit (gsize bytes)
{
  if (bytes % (1024 * 1024) == 0)
    return g_strdup_printf ("%" G_GSIZE_FORMAT " MiB", bytes / (1024 * 1024));
  return g_strdup_printf ("%" G_GSIZE_FORMAT " bytes", bytes);
}

gboolean
stride_pack_path_is_inside (StridePack *pack,
                            const char *path)
{
  g_autofree char *real_path = NULL;
  g_autofree char *prefix = NULL;

  if (pack->real_dir == NULL)
    pack->real_dir = realpath (pack->abs_dir, NULL);
  if (pack->real_dir == NULL)
    return TRUE;     /* no folder: the missing files say so */

  real_path = realpath (path, NULL);
  if (real_path == NULL)
    return TRUE;     /* missing, or a dangling link: "no such file" leaks nothing */

  prefix = g_str_has_suffix (pack->real_dir, G_DIR_SEPARATOR_S) ? g_strdup (pack->real_dir)
                                                                 : g_strconcat (pack->real_dir, G_DIR_SEPARATOR_S, NULL);
  return g_str_has_prefix (real_path, prefix);
}

/* The file's bytes, from the resource reader (bundled content) or the disk; read with
 * the strict reader's rules: regular files only, never blocking, size checked first. */
static char *
read_pack_file (StridePack *pack,
                const char *file,
                const char *display,
                gsize      *length)
{
  g_autofree char *path = g_build_filename (pack->abs_dir, file, NULL);
  g_autofree char *limit = describe_limit (STRIDE_CONTENT_MAX_FILE_SIZE);
  g_autoptr(GError) error = NULL;
  char *data;

  if (stride_content_read_func != NULL)
    {
      g_autoptr(GBytes) bytes = stride_content_read_func (pack->dir, file);

      if (bytes == NULL)
        {
          stride_pack_error (pack, "%s: no such file in the pack", display);
          return NULL;
        }
      *length = g_bytes_get_size (bytes);
      if (*length > STRIDE_CONTENT_MAX_FILE_SIZE)
        {
          stride_pack_error (pack, "%s: the file is more than the limit of %s", display, limit);
          return NULL;
        }
      data = g_malloc (*length + 1);
      if (*length > 0)
        memcpy (data, g_bytes_get_data (bytes, NULL), *length);
      data[*length] = '\0';
      return data;
    }

  /* Checked before a byte is read, so no message can quote a file outside the pack. */
  if (!stride_pack_path_is_inside (pack, path))
    {
      stride_pack_error (pack, "%s: the file is a link to a place outside the pack; put the file itself in the pack",
                         display);
      return NULL;
    }

  data = stride_json_read_bytes (path, STRIDE_CONTENT_MAX_FILE_SIZE, length, &error);
  if (data != NULL)
    return data;

  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    stride_pack_error (pack, "%s: no such file in the pack", display);
  else if (g_error_matches (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_TOO_LARGE))
    {
      GStatBuf st;

      if (g_stat (path, &st) == 0)
        stride_pack_error (pack, "%s: the file is %" G_GINT64_FORMAT " bytes, more than the limit of %s",
                           display, (gint64) st.st_size, limit);
      else
        stride_pack_error (pack, "%s: the file is more than the limit of %s", display, limit);
    }
  else
    stride_pack_error (pack, "%s: %s", display, error->message);
  return NULL;
}

/* Reads and parses FILE (relative to the pack) into a root object node, reporting limits
 * and syntax errors as "DIR/file:line:col: message". */
JsonNode *
stride_json_parse_file (StridePack *pack,
                        const char *file)
{
  g_autofree char *display = g_build_filename (pack->dir, file, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  JsonNode *root;

  data = read_pack_file (pack, file, display, &length);
  if (data == NULL)
    return NULL;

  root = stride_json_parse (data, length, display, STRIDE_CONTENT_MAX_FILE_SIZE, STRIDE_CONTENT_MAX_DEPTH, &error);
  if (root == NULL)
    {
      if (g_error_matches (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_EMPTY))
        stride_pack_error (pack, "%s: the file is empty; expected an object", display);
      else
        stride_pack_error (pack, "%s", error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      stride_pack_error (pack, "%s: $: expected an object, found %s", display, node_type_name (root));
      json_node_unref (root);
      return NULL;
    }
  return root;
}
