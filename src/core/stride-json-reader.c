/* stride-json-reader.c — the one strict, bounded JSON reader for untrusted input
 *
 * The check is a small recursive-descent tokenizer over the bytes (its recursion is
 * bounded by the depth limit, which it checks before it descends). Only a text that
 * passes it reaches json-glib, whose own parser is lenient (it takes comments, single
 * quotes, hex numbers) and unbounded (it recurses once per level).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "stride-json-reader.h"

G_DEFINE_QUARK (stride-json-error-quark, stride_json_error)

/* How much of a key or a number a message quotes. */
#define QUOTE_CHARS 40

typedef struct
{
  const char      *data;
  gsize            length;
  gsize            pos;
  guint            max_depth;
  guint            depth;
  gsize            line;
  gsize            line_start;
  GPtrArray       *key_sets;       /* GHashTable of keys per open object level, reused */
  GString         *scratch;
  /* The first problem found. */
  gsize            error_pos;
  char            *problem;
  StrideJsonError  code;
} Scanner;

static gboolean scan_value (Scanner *s);

static gboolean
fail (Scanner         *s,
      gsize            pos,
      StrideJsonError  code,
      char            *problem)
{
  g_assert (s->problem == NULL);

  s->error_pos = pos;
  s->problem = problem;
  s->code = code;
  return FALSE;
}

/* "4 MiB", "16 KiB" or "31 bytes": a size as a person reads it (limits are whole units). */
static char *
describe_size (guint64 bytes)
{
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT " MiB", bytes / (1024 * 1024));
  if (bytes >= 1024 * 1024)
    return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
  if (bytes >= 1024 && bytes % 1024 == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT " KiB", bytes / 1024);
  /* Translators: a size in bytes, below 1 KiB or not a whole number of KiB */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u byte", "%u bytes", (gulong) bytes), (guint) bytes);
}

char *
stride_json_quote_for_message (const char *text,
                               gssize      length,
                               guint       max_chars)
{
  GString *out = g_string_new (NULL);
  const char *end;
  const char *p;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  end = text + (length < 0 ? (gssize) strlen (text) : length);
  for (p = text; p < end && n < max_chars; n++)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02X", (guint8) *p);
          p++;
          continue;
        }
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }
  if (p < end)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

/* A character that quoting would show as nothing, or as a plain space. */
static gboolean
is_invisible (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The character at POS as a message shows it. */
static char *
describe_char_at (Scanner *s,
                  gsize    pos)
{
  g_autofree char *quoted = NULL;
  gsize size = 1;

  while (pos + size < s->length && ((guint8) s->data[pos + size] & 0xc0) == 0x80)
    size++;
  quoted = stride_json_quote_for_message (s->data + pos, size, 1);
  return g_strdup_printf ("“%s”", quoted);
}

static gboolean
fail_unexpected (Scanner    *s,
                 const char *expected)
{
  g_autofree char *what = NULL;
  char c = s->pos < s->length ? s->data[s->pos] : '\0';
  gunichar uc = s->pos < s->length ? g_utf8_get_char_validated (s->data + s->pos, s->length - s->pos) : 0;

  if (c == '/')
    return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("comments are not allowed in JSON")));
  if (c == '\'')
    return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX,
                 g_strdup (_("single quotes are not allowed in JSON: use double quotes")));
  if (s->pos >= s->length)
    /* Translators: %s is what JSON allows there */
    return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup_printf (_("the text ends too early: expected %s"), expected));
  /* Editors that save "UTF-8 with BOM" put an invisible U+FEFF first; quoted, it shows as “”. */
  if (s->pos == 0 && uc == 0xFEFF)
    return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX,
                 g_strdup (_("the file starts with a byte-order mark (U+FEFF), which JSON does not allow: "
                             "save it as UTF-8 without a byte-order mark")));
  if (uc != (gunichar) -1 && uc != (gunichar) -2 && is_invisible (uc))
    /* Translators: %04X is a Unicode code point such as 00A0 (a no-break space); %s is
     * what JSON allows there */
    return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX,
                 g_strdup_printf (_("unexpected invisible character U+%04X, expected %s"), uc, expected));
  what = describe_char_at (s, s->pos);
  /* Translators: the first %s is a character ("“x”"), the second what JSON allows there */
  return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup_printf (_("unexpected character %s, expected %s"), what, expected));
}

static void
skip_space (Scanner *s)
{
  while (s->pos < s->length)
    {
      char c = s->data[s->pos];

      if (c == '\n')
        {
          s->line++;
          s->line_start = s->pos + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      s->pos++;
    }
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Four hex digits after "\u" at s->pos; -1 when they are not there. */
static int
read_hex4 (Scanner *s)
{
  int value = 0;

  if (s->pos + 4 > s->length)
    return -1;
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (s->data[s->pos + i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  s->pos += 4;
  return value;
}

/* "\uD83D\uDE00": a high surrogate must be followed by a low one, a low one never
 * stands alone. Returns the code point, or 0 after a failure. */
static gunichar
scan_unicode_escape (Scanner *s,
                     gsize    escape_pos)
{
  int high = read_hex4 (s);
  int low;

  if (high < 0)
    return fail (s, escape_pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("“\\u” must be followed by four hex digits")));
  if (high == 0)
    return fail (s, escape_pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("a string holds a NUL character (\\u0000)")));
  if (high >= 0xdc00 && high <= 0xdfff)
    return fail (s, escape_pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("a lone UTF-16 surrogate in a “\\u” escape")));
  if (high < 0xd800 || high > 0xdbff)
    return high;

  if (s->pos + 2 > s->length || s->data[s->pos] != '\\' || s->data[s->pos + 1] != 'u')
    return fail (s, escape_pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("a lone UTF-16 surrogate in a “\\u” escape")));
  s->pos += 2;
  low = read_hex4 (s);
  if (low < 0xdc00 || low > 0xdfff)
    return fail (s, escape_pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("a lone UTF-16 surrogate in a “\\u” escape")));
  return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
}

/* A string at s->pos (on its '"'); with DECODED, its characters are put there. */
static gboolean
scan_string (Scanner *s,
             GString *decoded)
{
  s->pos++;
  while (s->pos < s->length)
    {
      gsize start = s->pos;
      guint8 c = (guint8) s->data[s->pos];

      /* The common case: a run of plain characters. */
      while (c != '"' && c != '\\' && c >= 0x20)
        {
          if (++s->pos >= s->length)
            break;
          c = (guint8) s->data[s->pos];
        }
      if (decoded != NULL)
        g_string_append_len (decoded, s->data + start, s->pos - start);
      if (s->pos >= s->length)
        break;

      if (c == '"')
        {
          s->pos++;
          return TRUE;
        }
      if (c < 0x20)
        return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX,
                     g_strdup_printf (_("a control character (U+%04X) inside a string: it must be written as an escape"), c));

      /* A backslash. */
      {
        gsize escape_pos = s->pos;
        char e = s->pos + 1 < s->length ? s->data[s->pos + 1] : '\0';
        static const char simple_names[] = "\"\\/bfnrt";
        static const char simple_values[] = "\"\\/\b\f\n\r\t";
        const char *simple = strchr (simple_names, e);

        s->pos += 2;
        if (e != '\0' && simple != NULL)
          {
            if (decoded != NULL)
              g_string_append_c (decoded, simple_values[simple - simple_names]);
          }
        else if (e == 'u')
          {
            gunichar cp = scan_unicode_escape (s, escape_pos);

            if (cp == 0)
              return FALSE;
            if (decoded != NULL)
              g_string_append_unichar (decoded, cp);
          }
        else
          {
            s->pos = escape_pos + 1;
            return fail_unexpected (s, _("an escape such as \\n, \\\" or \\u00e9"));
          }
      }
    }
  return fail_unexpected (s, _("“\"” to end the string"));
}

/* An integer must fit in 64 bits and any number must be finite: json-glib would wrap or
 * clamp it silently (a huge age read as -1). A number too small to tell from 0 (5e-324,
 * 1e-400) is valid JSON and is read as the nearest double: strtod's ERANGE for underflow
 * is no error here, or a valid history would be set aside. */
static gboolean
check_number_range (Scanner  *s,
                    gsize     start,
                    gboolean  is_integer)
{
  g_autofree char *quoted = NULL;
  char *end = NULL;

  g_string_truncate (s->scratch, 0);
  g_string_append_len (s->scratch, s->data + start, s->pos - start);
  errno = 0;
  if (is_integer)
    g_ascii_strtoll (s->scratch->str, &end, 10);
  else
    errno = isfinite (g_ascii_strtod (s->scratch->str, &end)) ? 0 : ERANGE;
  if (errno != ERANGE)
    return TRUE;

  quoted = stride_json_quote_for_message (s->scratch->str, s->scratch->len, QUOTE_CHARS);
  return fail (s, start, STRIDE_JSON_ERROR_SYNTAX,
               g_strdup_printf (_("the number %s is too large"), quoted));
}

static gboolean
scan_digits (Scanner *s)
{
  gsize start = s->pos;

  while (s->pos < s->length && g_ascii_isdigit (s->data[s->pos]))
    s->pos++;
  return s->pos > start;
}

static gboolean
scan_number (Scanner *s)
{
  gsize start = s->pos;
  gboolean is_integer = TRUE;

  if (s->data[s->pos] == '-')
    s->pos++;
  if (s->pos < s->length && s->data[s->pos] == '0')
    {
      s->pos++;
      if (s->pos < s->length && (s->data[s->pos] == 'x' || s->data[s->pos] == 'X'))
        return fail (s, start, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("hexadecimal numbers are not allowed in JSON")));
      if (s->pos < s->length && g_ascii_isdigit (s->data[s->pos]))
        return fail (s, start, STRIDE_JSON_ERROR_SYNTAX,
                     g_strdup (_("a number may not start with 0 (write 45, not 045)")));
    }
  else if (!scan_digits (s))
    return fail_unexpected (s, _("a digit"));

  if (s->pos < s->length && s->data[s->pos] == '.')
    {
      s->pos++;
      is_integer = FALSE;
      if (!scan_digits (s))
        return fail_unexpected (s, _("a digit after the decimal point"));
    }
  if (s->pos < s->length && (s->data[s->pos] == 'e' || s->data[s->pos] == 'E'))
    {
      s->pos++;
      is_integer = FALSE;
      if (s->pos < s->length && (s->data[s->pos] == '+' || s->data[s->pos] == '-'))
        s->pos++;
      if (!scan_digits (s))
        return fail_unexpected (s, _("a digit in the exponent"));
    }
  return check_number_range (s, start, is_integer);
}

static gboolean
scan_literal (Scanner    *s,
              const char *word)
{
  gsize n = strlen (word);

  if (s->pos + n <= s->length && memcmp (s->data + s->pos, word, n) == 0)
    {
      s->pos += n;
      return TRUE;
    }
  return fail_unexpected (s, _("a value (an object, array, string, number, true, false or null)"));
}

static gboolean
enter (Scanner *s)
{
  if (s->depth >= s->max_depth)
    return fail (s, s->pos, STRIDE_JSON_ERROR_TOO_DEEP,
                 g_strdup_printf (_("nested more than %u levels deep"), s->max_depth));
  s->depth++;
  return TRUE;
}

/* The set of keys seen in the object open at the current depth, emptied for reuse. */
static GHashTable *
fresh_key_set (Scanner *s)
{
  GHashTable *set;

  while (s->key_sets->len < s->depth)
    g_ptr_array_add (s->key_sets, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));
  set = g_ptr_array_index (s->key_sets, s->depth - 1);
  g_hash_table_remove_all (set);
  return set;
}

static gboolean
scan_key (Scanner    *s,
          GHashTable *keys)
{
  gsize key_pos = s->pos;
  g_autoptr(GString) key = g_string_new (NULL);

  if (s->pos >= s->length || s->data[s->pos] != '"')
    return fail_unexpected (s, _("a key in double quotes"));
  if (!scan_string (s, key))
    return FALSE;
  if (!g_hash_table_add (keys, g_strndup (key->str, key->len)))
    {
      g_autofree char *quoted = stride_json_quote_for_message (key->str, key->len, QUOTE_CHARS);

      return fail (s, key_pos, STRIDE_JSON_ERROR_DUPLICATE_KEY,
                   g_strdup_printf (_("the key “%s” appears twice in one object"), quoted));
    }
  return TRUE;
}

static gboolean
scan_object (Scanner *s)
{
  GHashTable *keys;

  if (!enter (s))
    return FALSE;
  keys = fresh_key_set (s);
  s->pos++;
  skip_space (s);
  if (s->pos < s->length && s->data[s->pos] == '}')
    {
      s->pos++;
      s->depth--;
      return TRUE;
    }
  for (;;)
    {
      skip_space (s);
      if (!scan_key (s, keys))
        return FALSE;
      skip_space (s);
      if (s->pos >= s->length || s->data[s->pos] != ':')
        return fail_unexpected (s, _("“:” after the key"));
      s->pos++;
      if (!scan_value (s))
        return FALSE;
      skip_space (s);
      if (s->pos < s->length && s->data[s->pos] == ',')
        {
          s->pos++;
          continue;
        }
      if (s->pos < s->length && s->data[s->pos] == '}')
        break;
      return fail_unexpected (s, _("“,” or “}”"));
    }
  s->pos++;
  s->depth--;
  return TRUE;
}

static gboolean
scan_array (Scanner *s)
{
  if (!enter (s))
    return FALSE;
  s->pos++;
  skip_space (s);
  if (s->pos < s->length && s->data[s->pos] == ']')
    {
      s->pos++;
      s->depth--;
      return TRUE;
    }
  for (;;)
    {
      if (!scan_value (s))
        return FALSE;
      skip_space (s);
      if (s->pos < s->length && s->data[s->pos] == ',')
        {
          s->pos++;
          continue;
        }
      if (s->pos < s->length && s->data[s->pos] == ']')
        break;
      return fail_unexpected (s, _("“,” or “]”"));
    }
  s->pos++;
  s->depth--;
  return TRUE;
}

static gboolean
scan_value (Scanner *s)
{
  skip_space (s);
  if (s->pos >= s->length)
    return fail_unexpected (s, _("a value"));

  switch (s->data[s->pos])
    {
    case '{':
      return scan_object (s);
    case '[':
      return scan_array (s);
    case '"':
      return scan_string (s, NULL);
    case 't':
      return scan_literal (s, "true");
    case 'f':
      return scan_literal (s, "false");
    case 'n':
      return scan_literal (s, "null");
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s);
    default:
      return fail_unexpected (s, _("a value (an object, array, string, number, true, false or null)"));
    }
}

/* Line and column (in characters) of POS, both from 1. */
static void
position_of (Scanner *s,
             gsize    pos,
             guint   *line,
             guint   *column)
{
  const char *start = s->data + MIN (s->line_start, pos);

  /* The line counter stopped where the scan stopped; POS may be before it. */
  *line = (guint) MIN (s->line, G_MAXUINT);
  *column = (guint) MIN (g_utf8_strlen (start, s->data + pos - start) + 1, G_MAXUINT);
}

/* UTF-8 with NUL bytes allowed (the tokenizer names those): GLib's check stops at one. */
static gboolean
validate_utf8 (const char  *data,
               gsize        length,
               const char **invalid)
{
  const char *end = data + length;

  while (!g_utf8_validate_len (data, end - data, invalid))
    {
      if (**invalid != '\0')
        return FALSE;
      data = *invalid + 1;
    }
  return TRUE;
}

static gboolean
scan_document (Scanner *s)
{
  const char *invalid = NULL;

  if (!validate_utf8 (s->data, s->length, &invalid))
    {
      /* Count lines up to the bad byte so the place is right. */
      for (gsize i = 0; i < (gsize) (invalid - s->data); i++)
        if (s->data[i] == '\n')
          {
            s->line++;
            s->line_start = i + 1;
          }
      return fail (s, invalid - s->data, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("not valid UTF-8 text")));
    }

  skip_space (s);
  if (s->pos >= s->length)
    return fail (s, s->pos, STRIDE_JSON_ERROR_EMPTY, g_strdup (_("the text is empty")));
  if (!scan_value (s))
    return FALSE;
  skip_space (s);
  if (s->pos < s->length && (s->data[s->pos] == '/' || s->data[s->pos] == '#'))
    return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX, g_strdup (_("comments are not allowed in JSON")));
  if (s->pos < s->length)
    return fail (s, s->pos, STRIDE_JSON_ERROR_SYNTAX,
                 g_strdup (_("more text after the end of the JSON document")));
  return TRUE;
}

gboolean
stride_json_check (const char       *data,
                   gsize             length,
                   guint             max_depth,
                   guint            *line,
                   guint            *column,
                   char            **problem,
                   StrideJsonError  *error_code)
{
  Scanner s = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (line != NULL && column != NULL && problem != NULL, FALSE);

  s.data = data != NULL ? data : "";
  s.length = length;
  s.max_depth = max_depth;
  s.line = 1;
  s.key_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  s.scratch = g_string_new (NULL);

  ok = scan_document (&s);
  if (!ok)
    {
      position_of (&s, s.error_pos, line, column);
      *problem = g_steal_pointer (&s.problem);
      if (error_code != NULL)
        *error_code = s.code;
    }

  g_ptr_array_unref (s.key_sets);
  g_string_free (s.scratch, TRUE);
  return ok;
}

char *
stride_json_message_with_name (const char *name,
                               const char *message)
{
  guint line, column;
  int used = 0;

  g_return_val_if_fail (message != NULL, NULL);

  if (name == NULL)
    return g_strdup (message);
  if (sscanf (message, "%u:%u:%n", &line, &column, &used) == 2 && used > 0)
    return g_strdup_printf ("%s:%s", name, message);
  return g_strdup_printf ("%s: %s", name, message);
}

static void
set_error_with_name (GError          **error,
                     StrideJsonError   code,
                     const char       *name,
                     const char       *message)
{
  g_autofree char *full = stride_json_message_with_name (name, message);

  g_set_error_literal (error, STRIDE_JSON_ERROR, code, full);
}

JsonNode *
stride_json_parse (const char  *data,
                   gsize        length,
                   const char  *name,
                   gsize        max_bytes,
                   guint        max_depth,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *message = NULL;
  StrideJsonError code = STRIDE_JSON_ERROR_SYNTAX;
  guint line, column;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (max_bytes > 0 && length > max_bytes)
    {
      g_autofree char *size = describe_size (length);
      g_autofree char *limit = describe_size (max_bytes);

      /* Translators: both %s are sizes such as "4 MiB" */
      message = g_strdup_printf (_("the text is %s, more than the limit of %s"), size, limit);
      set_error_with_name (error, STRIDE_JSON_ERROR_TOO_LARGE, name, message);
      return NULL;
    }

  if (!stride_json_check (data, length, max_depth, &line, &column, &problem, &code))
    {
      message = g_strdup_printf ("%u:%u: %s", line, column, problem);
      set_error_with_name (error, code, name, message);
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* Cannot happen for a text the check passed; say so plainly if it does. */
      const char *text = local_error->message;

      if (g_str_has_prefix (text, "<data>:"))
        text += strlen ("<data>:");
      set_error_with_name (error, STRIDE_JSON_ERROR_SYNTAX, name, text);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

/* Standard input may be a pipe or a terminal: it blocks, as a reader of "-" expects,
 * but stops one byte past the cap so an endless stream costs nothing. */
static char *
read_stdin (gsize    max_bytes,
            gsize   *length,
            GError **error)
{
  g_autoptr(GString) data = g_string_new (NULL);
  char buffer[8192];

  for (;;)
    {
      gssize n = read (STDIN_FILENO, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_READ,
                       _("cannot read standard input: %s"), g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      g_string_append_len (data, buffer, n);
      if (max_bytes > 0 && data->len > max_bytes)
        {
          g_autofree char *limit = describe_size (max_bytes);

          /* Translators: %s is a size such as "4 MiB" */
          g_set_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_TOO_LARGE,
                       _("the input is more than the limit of %s"), limit);
          return NULL;
        }
    }

  *length = data->len;
  return g_string_free (g_steal_pointer (&data), FALSE);
}

static int
open_regular (const char  *path,
              struct stat *st,
              GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  int saved;

  if (fd < 0)
    {
      saved = errno;
      if (saved == ENOENT || saved == ENOTDIR)
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("no such file"));
      else
        g_set_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_READ, _("cannot be read: %s"), g_strerror (saved));
      return -1;
    }
  if (fstat (fd, st) != 0 || !S_ISREG (st->st_mode))
    {
      gboolean is_folder = fstat (fd, st) == 0 && S_ISDIR (st->st_mode);

      /* Said in words a runner knows: "regular file" is a programmer's term. */
      g_set_error_literal (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_NOT_REGULAR,
                           is_folder ? _("this is a folder: give a JSON file")
                                                 : _("this is not an ordinary file (a pipe or a device, for "
                                                     "example): give a JSON file"));
      close (fd);
      return -1;
    }
  return fd;
}

/* O_NONBLOCK: opening a FIFO would otherwise wait for a writer for ever. Reads the size
 * it had and one byte more, to notice a file that grows. */
static char *
read_regular (const char  *path,
              gsize        max_bytes,
              gsize       *length,
              GError     **error)
{
  g_autofree char *data = NULL;
  struct stat st;
  gsize capacity;
  gsize total = 0;
  int fd = open_regular (path, &st, error);

  if (fd < 0)
    return NULL;
  if (max_bytes > 0 && (guint64) st.st_size > max_bytes)
    {
      g_autofree char *size = describe_size (st.st_size);
      g_autofree char *limit = describe_size (max_bytes);

      /* Translators: both %s are sizes such as "4 MiB" */
      g_set_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_TOO_LARGE,
                   _("the file is %s, more than the limit of %s"), size, limit);
      close (fd);
      return NULL;
    }

  capacity = (gsize) st.st_size + 1;
  data = g_malloc (capacity + 1);
  while (total < capacity)
    {
      gssize n = read (fd, data + total, capacity - total);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_READ, _("cannot be read: %s"), g_strerror (saved));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      total += n;
    }
  close (fd);

  if (total == capacity)
    {
      g_set_error (error, STRIDE_JSON_ERROR, STRIDE_JSON_ERROR_READ, _("the file changed while it was read"));
      return NULL;
    }
  data[total] = '\0';
  *length = total;
  return g_steal_pointer (&data);
}

char *
stride_json_read_bytes (const char  *path,
                        gsize        max_bytes,
                        gsize       *length,
                        GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_str_equal (path, "-"))
    return read_stdin (max_bytes, length, error);
  return read_regular (path, max_bytes, length, error);
}

JsonNode *
stride_json_load (const char  *path,
                  const char  *name,
                  gsize        max_bytes,
                  guint        max_depth,
                  GError     **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = g_str_equal (path, "-") ? _("standard input") : path;

  data = stride_json_read_bytes (path, max_bytes, &length, error);
  if (data == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  return stride_json_parse (data, length, name, max_bytes, max_depth, error);
}
