/* stride-json-document.h — one versioned JSON document of user data, kept safe
 *
 * Shared by the history and the custom routines. Reading never loses data: a file that
 * does not parse is moved aside with a timestamp, a file from a newer version is only
 * read. Writing is atomic and durable: the old file stays whole until the new one is on
 * disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Limits for the user's own files: years of daily sessions fit many times over. */
#define STRIDE_DOCUMENT_MAX_BYTES (32 * 1024 * 1024)
#define STRIDE_DOCUMENT_MAX_DEPTH 32

typedef enum
{
  STRIDE_DOCUMENT_OK,           /* read, or not there yet (a new document) */
  STRIDE_DOCUMENT_MOVED_ASIDE,  /* did not parse: moved aside, a new document starts */
  STRIDE_DOCUMENT_NEWER,        /* a newer version: read what can be read, never write */
  STRIDE_DOCUMENT_UNREADABLE,   /* could not be read or moved aside: never write */
} StrideDocumentStatus;

/* Reads PATH and returns its top-level object (a new, empty one when there is none).
 * NOTICE receives a sentence for the user when STATUS is not OK. WHAT names the
 * document in that sentence ("history"). LIST_MEMBER, when not NULL, names a member that
 * must be an array: a file where it is something else is moved aside, not read as empty.
 * Temporary files of a write that was killed are removed first. */
JsonObject *stride_json_document_load (const char            *path,
                                       guint                  version,
                                       const char            *what,
                                       const char            *list_member,
                                       StrideDocumentStatus  *status,
                                       char                 **notice);

/* The top-level object of PATH read strictly, or NULL on any problem; never moves a file
 * aside (for the command line, which cannot tell the user). */
JsonObject *stride_json_document_peek (const char            *path);

/* Writes ROOT to PATH atomically and durably, creating the folder. */
gboolean    stride_json_document_save (const char            *path,
                                       JsonObject            *root,
                                       GError               **error);

/* Writes ROOT with LIST_MEMBER set to AFTER, merged under a lock with what another
 * running copy wrote since: BEFORE is the list as this copy last read or wrote it (items
 * are told apart by their "id"). Returns the list now in the file, or NULL with ERROR. */
JsonArray  *stride_json_document_save_list (const char       *path,
                                            JsonObject       *root,
                                            const char       *list_member,
                                            JsonArray        *before,
                                            JsonArray        *after,
                                            GError          **error);

/* NODE as pretty JSON that any reader accepts (integers as integers, doubles that stay
 * doubles, no "1e+20.0"). */
char       *stride_json_document_to_text   (JsonNode         *node);

/* A copy that shares nothing with NODE (json_node_copy() shares objects and arrays). */
JsonNode   *stride_json_deep_copy          (JsonNode         *node);

/* Safe readers for untrusted documents: NULL / FALSE when the member is missing or of
 * another type, never a warning. */
const char *stride_json_get_string    (JsonObject            *object,
                                       const char            *member);
gboolean    stride_json_get_int       (JsonObject            *object,
                                       const char            *member,
                                       gint64                *value);
JsonObject *stride_json_get_object    (JsonObject            *object,
                                       const char            *member);
JsonArray  *stride_json_get_array     (JsonObject            *object,
                                       const char            *member);

G_END_DECLS
