/* stride-program-input.c — reading the `stride --program-status` input (docs/command-line.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "stride-json-document.h"
#include "stride-json-reader.h"
#include "stride-path-error.h"
#include "stride-program-private.h"

static gboolean
invalid (GError    **error,
         const char *path,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError    **error,
         const char *path,
         const char *format,
         ...)
{
  va_list args;
  gboolean result;

  va_start (args, format);
  result = stride_set_path_errorv (error, STRIDE_PROGRAM_ERROR, STRIDE_PROGRAM_ERROR_INVALID, path, format, args);
  va_end (args);
  return result;
}

static gboolean
check_keys (JsonObject         *object,
            const char          *path,
            const char * const  *allowed,
            GError             **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      {
        g_autofree char *valid = g_utf8_make_valid (l->data, MIN (strlen (l->data), 64));
        g_autofree char *expected = g_strjoinv (", ", (char **) allowed);
        return invalid (error, path, _("unknown field “%s” (expected %s)"), valid, expected);
      }
  return TRUE;
}

static gboolean
read_date (JsonObject  *object,
           const char  *key,
           const char  *path,
           GDate       *date,
           GError     **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, key);
  JsonNode *node = json_object_get_member (object, key);
  const char *text;
  int year, month, day;
  char end;

  if (node == NULL)
    return invalid (error, path, _("missing field “%s”"), key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, member_path, _("expected a date as text, YYYY-MM-DD"));

  text = json_node_get_string (node);
  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 ||
      text[4] != '-' || text[7] != '-' || !g_date_valid_dmy (day, month, year))
    return invalid (error, member_path, _("“%s” is not a date: expected YYYY-MM-DD"), text);

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
read_whole (JsonObject  *object,
            const char  *key,
            const char  *path,
            gint64       min,
            gint64       max,
            gint64      *value,
            GError     **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, key);
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return invalid (error, path, _("missing field “%s”"), key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < min || json_node_get_int (node) > max)
    return invalid (error, member_path, _("expected a whole number from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT),
                    min, max);
  *value = json_node_get_int (node);
  return TRUE;
}

/* An optional list: ARRAY is NULL when there is none. */
static gboolean
read_list (JsonObject  *object,
           const char  *key,
           JsonArray  **array,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *path = g_strdup_printf ("$.%s", key);

  *array = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, path, _("expected a list"));
  if (json_array_get_length (json_node_get_array (node)) > STRIDE_PROGRAM_MAX_ENTRIES)
    return invalid (error, path, _("more than %d entries"), STRIDE_PROGRAM_MAX_ENTRIES);
  *array = json_node_get_array (node);
  return TRUE;
}

static gboolean
read_dated (JsonArray    *array,
            guint         i,
            const char   *list,
            const char  * const *keys,
            const GDate  *started,
            const GDate  *today,
            char        **path,
            JsonObject  **object,
            GDate        *date,
            GError      **error)
{
  JsonNode *node = json_array_get_element (array, i);

  *path = g_strdup_printf ("$.%s[%u]", list, i);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, *path, _("expected an object"));
  *object = json_node_get_object (node);
  if (!check_keys (*object, *path, keys, error) || !read_date (*object, "date", *path, date, error))
    return FALSE;
  if (g_date_compare (date, started) < 0 || g_date_compare (date, today) > 0)
    {
      g_autofree char *date_path = g_strdup_printf ("%s.date", *path);
      return invalid (error, date_path, _("the date is outside the program: from “started” to “today”"));
    }
  return TRUE;
}

static gboolean
read_sessions (StrideProgramLog *log,
               JsonObject       *root,
               const GDate      *today,
               GError          **error)
{
  static const char * const keys[] = { "date", "stage", "pain_during", "completed", NULL };
  JsonArray *array;

  if (!read_list (root, "sessions", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = NULL;
      gint64 stage, pain;
      gboolean completed = TRUE;
      GDate date;

      if (!read_dated (array, i, "sessions", keys, &log->started, today, &path, &object, &date, error) ||
          !read_whole (object, "stage", path, 1, log->program->stages->len, &stage, error) ||
          !read_whole (object, "pain_during", path, 0, 10, &pain, error))
        return FALSE;
      if (json_object_has_member (object, "completed"))
        {
          JsonNode *node = json_object_get_member (object, "completed");

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            {
              g_autofree char *member_path = g_strdup_printf ("%s.completed", path);
              return invalid (error, member_path, _("expected true or false"));
            }
          completed = json_node_get_boolean (node);
        }
      stride_program_log_add_session (log, &date, stage, pain, completed);
    }
  return TRUE;
}

static gboolean
read_check_ins (StrideProgramLog *log,
                JsonObject       *root,
                const GDate      *today,
                GError          **error)
{
  static const char * const keys[] = { "date", "morning", NULL };
  JsonArray *array;

  if (!read_list (root, "checkins", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *morning_path = NULL;
      JsonObject *object = NULL;
      StrideMorning morning;
      GDate date;

      if (!read_dated (array, i, "checkins", keys, &log->started, today, &path, &object, &date, error))
        return FALSE;
      morning_path = g_strdup_printf ("%s.morning", path);
      if (!json_object_has_member (object, "morning"))
        return invalid (error, path, _("missing field “morning”"));
      if (!stride_morning_from_string (stride_json_get_string (object, "morning"), &morning))
        return invalid (error, morning_path, _("expected “better”, “same” or “worse”"));
      stride_program_log_add_check_in (log, &date, morning);
    }
  return TRUE;
}

static gboolean
read_clinician_seen (StrideProgramLog *log,
                     JsonObject       *root,
                     const GDate      *today,
                     GError          **error)
{
  static const char * const keys[] = { "date", NULL };
  JsonArray *array;

  if (!read_list (root, "clinician_seen", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = NULL;
      GDate date;

      if (!read_dated (array, i, "clinician_seen", keys, &log->started, today, &path, &object, &date, error))
        return FALSE;
      stride_program_log_add_clinician_seen (log, &date);
    }
  return TRUE;
}

StrideProgramLog *
stride_program_log_from_json (StrideContent *content,
                              const char    *data,
                              gssize         length,
                              GDate         *today,
                              GError       **error)
{
  static const char * const keys[] = { "program", "started", "today", "sessions", "checkins", "clinician_seen", NULL };
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(StrideProgramLog) log = NULL;
  const StrideProgram *program;
  JsonNode *root;
  JsonObject *object;
  JsonNode *id;
  GDate started;

  g_return_val_if_fail (content != NULL && data != NULL && today != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  /* Strict JSON, its size and depth checked before a tree is built */
  parsed = stride_json_parse (data, length, NULL, STRIDE_PROGRAM_MAX_INPUT_BYTES, STRIDE_PROGRAM_MAX_DEPTH, &local_error);
  if (parsed == NULL)
    {
      g_set_error_literal (error, STRIDE_PROGRAM_ERROR, STRIDE_PROGRAM_ERROR_SYNTAX, local_error->message);
      return NULL;
    }

  root = parsed;
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, "$", _("expected an object with “program”, “started” and “today”"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (!check_keys (object, "$", keys, error))
    return NULL;

  id = json_object_get_member (object, "program");
  if (id == NULL)
    {
      invalid (error, "$", _("missing field “program”"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
    {
      invalid (error, "$.program", _("expected a program id as text"));
      return NULL;
    }
  program = stride_content_find_program (content, json_node_get_string (id));
  if (program == NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (json_node_get_string (id), -1);
      invalid (error, "$.program", _("unknown program “%s”"), valid);
      return NULL;
    }

  if (!read_date (object, "started", "$", &started, error) || !read_date (object, "today", "$", today, error))
    return NULL;
  if (g_date_compare (today, &started) < 0)
    {
      char started_text[16], today_text[16];

      /* The start date is the odd one out: a log's "today" is when it was written. */
      g_date_strftime (started_text, sizeof started_text, "%Y-%m-%d", &started);
      g_date_strftime (today_text, sizeof today_text, "%Y-%m-%d", today);
      /* Translators: “today” is the input's field name; the %s are dates */
      invalid (error, "$.started", _("“%s” is in the future: the start date is after “today” (%s)"),
               started_text, today_text);
      return NULL;
    }

  log = stride_program_log_new (program, &started);
  if (!read_sessions (log, object, today, error) || !read_check_ins (log, object, today, error) ||
      !read_clinician_seen (log, object, today, error))
    return NULL;
  return g_steal_pointer (&log);
}

