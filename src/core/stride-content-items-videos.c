/* stride-content-items-videos.c — reading videos and their chapters
 *
 * Each reader checks the keys it allows and the type of every field
 * (docs/content-schema.md); references to other items are only recorded here and resolved
 * once the whole pack is read (stride-content-resolve.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "stride-content-items-private.h"
#include "stride-json-reader.h"

/* NULL when PATH is a relative path that stays inside the pack (not absolute, no "..",
 * no backslash); else what is wrong with it, in words a pack author can act on. */
char *
stride_items_describe_path_outside (const char *path)
{
  g_autofree char *shown = stride_json_quote_for_message (path, -1, 80);
  g_auto(GStrv) parts = NULL;

  if (path[0] == '\0')
    return g_strdup ("the file name is empty");
  if (g_path_is_absolute (path) || path[0] == '/')
    return g_strdup_printf ("“%s” is an absolute path: name the file relative to the pack's folder, "
                            "such as “videos/clamshell.webm”", shown);
  if (strchr (path, '\\') != NULL)
    return g_strdup_printf ("“%s” holds a backslash: separate folders with “/”", shown);

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return g_strdup_printf ("“%s” leads out of the pack with “..”: put the file inside the pack's folder "
                              "and name it from there", shown);
  return NULL;
}

/* A video that is there must be a file: a pipe would block the player that opens it,
 * and a folder or device is no clip either. A missing one is allowed (see the schema). */
static gboolean
check_regular_file (StrideReader *reader,
                    const char   *path,
                    const char   *shown)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0 || S_ISREG (buf.st_mode))
    return TRUE;
  stride_reader_error (reader, "“%s” is not a regular file (it is a %s): a video must be a file", shown,
                       S_ISDIR (buf.st_mode) ? "folder" : S_ISFIFO (buf.st_mode) ? "pipe" :
                       S_ISSOCK (buf.st_mode) ? "socket" : "device");
  return FALSE;
}

static char *
resolve_file (StrideReader *reader,
              const char   *file)
{
  g_autofree char *problem = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;

  problem = stride_items_describe_path_outside (file);
  if (problem != NULL)
    {
      stride_reader_error (reader, "%s", problem);
      return NULL;
    }

  path = g_build_filename (reader->pack->abs_dir, file, NULL);
  if (!stride_pack_path_is_inside (reader->pack, path))
    {
      stride_reader_error (reader, "“%s” is a link to a place outside the pack: put the video itself in the pack", file);
      return NULL;
    }
  if (!check_regular_file (reader, path, file))
    return NULL;
  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri == NULL)
    stride_reader_error (reader, "“%s” is not a usable file name", file);
  return stride_arena_strdup (reader->pack->arena, uri);
}

static char *
resolve_uri (StrideReader *reader,
             const char   *uri)
{
  g_autofree char *scheme = g_uri_parse_scheme (uri);
  g_autofree char *path = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *resolved = NULL;

  if (scheme == NULL || !(g_ascii_strcasecmp (scheme, "file") == 0 ||
                          g_ascii_strcasecmp (scheme, "resource") == 0 ||
                          g_ascii_strcasecmp (scheme, "https") == 0))
    {
      stride_reader_error (reader, "the scheme of “%s” is not allowed: use file:, resource: or https:", uri);
      return NULL;
    }

  if (!g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL))
    {
      stride_reader_error (reader, "“%s” is not a valid URI", uri);
      return NULL;
    }

  if (g_ascii_strcasecmp (scheme, "file") != 0)
    return stride_arena_strdup (reader->pack->arena, uri);

  path = g_filename_from_uri (uri, NULL, NULL);
  if (path != NULL)
    canonical = g_canonicalize_filename (path, NULL);
  prefix = g_strconcat (reader->pack->abs_dir, G_DIR_SEPARATOR_S, NULL);
  if (canonical == NULL || !g_str_has_prefix (canonical, prefix) || !stride_pack_path_is_inside (reader->pack, canonical))
    {
      stride_reader_error (reader, "“%s” is outside the pack", uri);
      return NULL;
    }
  if (!check_regular_file (reader, canonical, uri))
    return NULL;
  resolved = g_filename_to_uri (canonical, NULL, NULL);
  return stride_arena_strdup (reader->pack->arena, resolved);
}

static gpointer
read_chapter (StrideReader *reader,
              JsonObject   *object,
              gpointer      data)
{
  StrideChapterCaption *chapter = stride_arena_new0 (reader->pack->arena, StrideChapterCaption);

  stride_reader_check_keys (reader, object, KEYS ("id", "caption"));
  chapter->id = stride_reader_id (reader, object, "id", TRUE);
  chapter->caption = stride_reader_text (reader, object, "caption", TRUE);
  return chapter;
}

gpointer
stride_items_read_video (StrideReader *reader,
                         JsonObject   *object,
                         gpointer      data)
{
  StrideVideo *v = stride_arena_new0 (reader->pack->arena, StrideVideo);
  const char *file, *uri;
  gsize mark;

  stride_reader_check_keys (reader, object, KEYS ("id", "file", "uri", "animation", "side", "chapters"));
  v->id = stride_reader_id (reader, object, "id", TRUE);
  file = stride_reader_string (reader, object, "file", FALSE);
  uri = stride_reader_string (reader, object, "uri", FALSE);

  if (json_object_has_member (object, "file") == json_object_has_member (object, "uri"))
    stride_reader_error (reader, "a video has either a “file” or a “uri”");
  else if (file != NULL)
    {
      mark = stride_reader_push_key (reader, "file");
      v->uri = resolve_file (reader, file);
      stride_reader_pop (reader, mark);
    }
  else if (uri != NULL)
    {
      mark = stride_reader_push_key (reader, "uri");
      v->uri = resolve_uri (reader, uri);
      stride_reader_pop (reader, mark);
    }

  v->animation = stride_reader_id (reader, object, "animation", FALSE);
  v->shows_right = stride_reader_enum (reader, object, "side", KEYS ("left", "right"), 0) == 1;
  v->chapters = stride_items_read_object_list (reader, object, "chapters", FALSE, 0, read_chapter, NULL);
  return v;
}
