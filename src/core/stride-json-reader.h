/* stride-json-reader.h — the one strict, bounded JSON reader for untrusted input
 *
 * Every file or stream Stride did not write itself this minute goes through here: content
 * packs, --match, --assess, --program-status, the history, the routines, settings files.
 *
 * - Only RFC 8259 JSON: no comments, single quotes, second documents, hex or octal
 *   numbers, NUL characters, lone surrogates; duplicate keys are refused.
 * - The size and the nesting depth are checked by a tokenizer BEFORE json-glib builds a
 *   tree (json-glib recurses once per level and would overflow the stack).
 * - Reading never blocks: regular files only, opened with O_NONBLOCK, the size checked
 *   before a byte is read; standard input is read up to a cap.
 * - One message style: "NAME:LINE:COL: what is wrong" (or "NAME: what is wrong" when
 *   there is no place), control characters escaped, long values cut.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define STRIDE_JSON_ERROR (stride_json_error_quark ())

typedef enum
{
  STRIDE_JSON_ERROR_READ,          /* the file could not be read (not missing: see below) */
  STRIDE_JSON_ERROR_NOT_REGULAR,   /* a FIFO, device or folder, not a regular file */
  STRIDE_JSON_ERROR_TOO_LARGE,     /* more bytes than the limit */
  STRIDE_JSON_ERROR_SYNTAX,        /* not strict JSON (the message has LINE:COL) */
  STRIDE_JSON_ERROR_TOO_DEEP,      /* nested deeper than the limit */
  STRIDE_JSON_ERROR_DUPLICATE_KEY, /* a key twice in one object */
  STRIDE_JSON_ERROR_EMPTY,         /* nothing but white space */
} StrideJsonError;

/* A missing file is reported as G_FILE_ERROR_NOENT, so callers can tell "not there yet". */

/* Defaults for callers without a reason to pick others. */
#define STRIDE_JSON_MAX_BYTES (4 * 1024 * 1024)
#define STRIDE_JSON_MAX_DEPTH 64

GQuark    stride_json_error_quark     (void);

/* Reads all of PATH ("-" for standard input) but never more than MAX_BYTES, without
 * blocking on a FIFO or device. The text is NUL-terminated. Messages have no name. */
char     *stride_json_read_bytes      (const char  *path,
                                       gsize        max_bytes,
                                       gsize       *length,
                                       GError     **error);

/* Checks DATA is one strict JSON text nested at most MAX_DEPTH deep, then parses it.
 * Messages read "NAME:LINE:COL: what" ("LINE:COL: what" when NAME is NULL). */
JsonNode *stride_json_parse           (const char  *data,
                                       gsize        length,
                                       const char  *name,
                                       gsize        max_bytes,
                                       guint        max_depth,
                                       GError     **error);

/* stride_json_read_bytes() then stride_json_parse(); NAME (or PATH) starts every
 * message. */
JsonNode *stride_json_load            (const char  *path,
                                       const char  *name,
                                       gsize        max_bytes,
                                       guint        max_depth,
                                       GError     **error);

/* Only the check, for callers that parse themselves (or not at all). FALSE sets LINE,
 * COLUMN (both from 1) and PROBLEM (free it); ERROR_CODE may be NULL. */
gboolean  stride_json_check           (const char  *data,
                                       gsize        length,
                                       guint        max_depth,
                                       guint       *line,
                                       guint       *column,
                                       char       **problem,
                                       StrideJsonError *error_code);

/* TEXT made safe to show inside a message: control characters escaped, cut after
 * MAX_CHARS characters with "…". */
char     *stride_json_quote_for_message (const char *text,
                                         gssize      length,
                                         guint       max_chars);

/* "NAME: MESSAGE", or "NAME:MESSAGE" when MESSAGE starts with LINE:COL — the one style. */
char     *stride_json_message_with_name (const char *name,
                                         const char *message);

G_END_DECLS
