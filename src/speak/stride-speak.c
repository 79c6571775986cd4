/* stride-speak.c — Stride's speech helper: espeak-ng in a process of its own
 *
 *   stride-speak          (started by the media module; requests on stdin, sound on stdout)
 *
 * The protocol is described in stride-speak-protocol.h. Installed in libexecdir: it is
 * not a command for people. GLib and libespeak-ng only, so it starts in a few
 * milliseconds and a crash inside espeak-ng ends this process, never the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <espeak-ng/speak_lib.h>

#include "stride-speak-protocol.h"

/* The frames go to a private copy of stdout: anything espeak-ng prints there itself
 * must not break them, so fd 1 becomes stderr. */
static int frames_fd = -1;

/* What was read from stdin and not handled yet. */
static GString *input;
static gboolean input_closed;

static char *voice_language;   /* the language the loaded voice speaks */

static void
write_all (const void *data,
           gsize       size)
{
  const char *p = data;

  while (size > 0)
    {
      gssize n = write (frames_fd, p, size);

      if (n < 0 && errno == EINTR)
        continue;
      /* The app went away: nobody listens any more. */
      if (n <= 0)
        exit (0);
      p += n;
      size -= n;
    }
}

static void
write_frame (StrideSpeakFrameKind kind,
             const void          *payload,
             gsize                size)
{
  StrideSpeakFrameHeader header = { kind, size };

  write_all (&header, sizeof header);
  if (size > 0)
    write_all (payload, size);
}

static void
write_error (StrideSpeakError code,
             const char      *message)
{
  g_autoptr(GByteArray) payload = g_byte_array_new ();
  guint32 number = code;

  g_byte_array_append (payload, (const guint8 *) &number, sizeof number);
  g_byte_array_append (payload, (const guint8 *) message, strlen (message));
  write_frame (STRIDE_SPEAK_FRAME_ERROR, payload->data, payload->len);
}

/* Reads what stdin has (waiting up to TIMEOUT_MS, -1: for ever); FALSE once it closed. */
static gboolean
read_input (int timeout_ms)
{
  struct pollfd fd = { STDIN_FILENO, POLLIN, 0 };
  char buffer[4096];
  gssize n;

  if (input_closed)
    return FALSE;
  if (poll (&fd, 1, timeout_ms) <= 0)
    return TRUE;
  do
    n = read (STDIN_FILENO, buffer, sizeof buffer);
  while (n < 0 && errno == EINTR);
  if (n <= 0)
    {
      input_closed = TRUE;
      return FALSE;
    }
  g_string_append_len (input, buffer, n);
  return TRUE;
}

/* The next request line without its line break, NULL when stdin closed. */
static char *
next_line (void)
{
  char *end;

  while ((end = memchr (input->str, '\n', input->len)) == NULL)
    if (!read_input (-1))
      return NULL;

  {
    gsize length = end - input->str;
    char *line = g_strndup (input->str, length);

    g_string_erase (input, 0, length + 1);
    return line;
  }
}

/* Whether the app asked for something new while a sentence is made: that is a "stop"
 * (the app waits for the end of a sentence before it asks for the next). A closed stdin
 * is not: the sentence asked for last is finished (and a gone app fails the write). */
static gboolean
stop_requested (void)
{
  if (memchr (input->str, '\n', input->len) == NULL)
    read_input (0);
  return memchr (input->str, '\n', input->len) != NULL;
}

/* Per piece of sound (NULL at the end of the text); returning 1 stops espeak-ng. */
static int
synth_cb (short        *samples,
          int           n_samples,
          espeak_EVENT *events)
{
  if (samples != NULL && n_samples > 0)
    write_frame (STRIDE_SPEAK_FRAME_AUDIO, samples, n_samples * sizeof (short));
  return stop_requested () ? 1 : 0;
}

/* Whether VOICE speaks LANGUAGE: its list is (priority byte, name, NUL)…, then a 0. */
static gboolean
voice_speaks (const espeak_VOICE *voice,
              const char         *language,
              gboolean            exact)
{
  gsize length = strlen (language);

  for (const char *p = voice->languages; p != NULL && *p != '\0'; p += strlen (p + 1) + 2)
    {
      const char *name = p + 1;

      if (exact ? g_ascii_strcasecmp (name, language) == 0 :
                  g_ascii_strncasecmp (name, language, length) == 0 && name[length] == '-')
        return TRUE;
    }
  return FALSE;
}

/* The identifier of espeak-ng's own voice for LANGUAGE, NULL when there is none: an
 * exact match first ("es"), then a regional one ("es-419"). */
static const char *
find_voice (const char *language)
{
  const espeak_VOICE **voices = espeak_ListVoices (NULL);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; voices != NULL && voices[i] != NULL; i++)
      {
        /* MBROLA voices need the mbrola program and its databases */
        if (g_str_has_prefix (voices[i]->identifier, "mb/"))
          continue;
        if (voice_speaks (voices[i], language, pass == 0))
          return voices[i]->identifier;
      }
  return NULL;
}

static gboolean
load_voice (const char *language)
{
  const char *identifier;

  if (g_strcmp0 (voice_language, language) == 0)
    return TRUE;

  identifier = find_voice (language);
  if (identifier == NULL || espeak_SetVoiceByName (identifier) != EE_OK)
    {
      g_autofree char *message = g_strdup_printf ("espeak-ng has no voice for the language “%s”", language);

      write_error (STRIDE_SPEAK_ERROR_NO_VOICE, message);
      return FALSE;
    }
  g_free (voice_language);
  voice_language = g_strdup (language);
  return TRUE;
}

static void
say (const char *language,
     const char *rate_text,
     const char *text)
{
  gint64 rate = g_ascii_strtoll (rate_text, NULL, 10);
  espeak_ERROR status;

  if (!load_voice (language))
    return;

  espeak_SetParameter (espeakRATE, CLAMP (rate, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
  /* Synchronous output: returns once synth_cb had every piece, or stopped it. */
  status = espeak_Synth (text, strlen (text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
  if (status != EE_OK && !stop_requested ())
    {
      g_autofree char *message = g_strdup_printf ("espeak-ng could not speak “%s” (error %d)", text, status);

      write_error (STRIDE_SPEAK_ERROR_FAILED, message);
      return;
    }
  write_frame (STRIDE_SPEAK_FRAME_DONE, NULL, 0);
}

static void
handle (const char *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", 4);
  guint n = g_strv_length (fields);

  if (n == 4 && g_str_equal (fields[0], "say"))
    say (fields[1], fields[2], fields[3]);
  else if (n == 2 && g_str_equal (fields[0], "voice"))
    {
      if (load_voice (fields[1]))
        write_frame (STRIDE_SPEAK_FRAME_DONE, NULL, 0);
    }
  else if (n == 1 && g_str_equal (fields[0], "stop"))
    ; /* its sentence had ended already */
  else
    {
      g_autofree char *message = g_strdup_printf ("stride-speak does not understand the request “%s”", line);

      write_error (STRIDE_SPEAK_ERROR_FAILED, message);
    }
}

/* Frames on a private descriptor; fd 1 becomes stderr for whatever else prints. */
static gboolean
take_stdout (void)
{
  frames_fd = dup (STDOUT_FILENO);
  return frames_fd >= 0 && dup2 (STDERR_FILENO, STDOUT_FILENO) >= 0;
}

int
main (int   argc,
      char *argv[])
{
  char *line;
  int rate;

  if (argc > 1 || isatty (STDIN_FILENO))
    {
      fprintf (stderr, "stride-speak: Stride's speech helper; it takes requests only from Stride\n");
      return 2;
    }
  if (!take_stdout ())
    {
      perror ("stride-speak: standard output");
      return 1;
    }
  input = g_string_new (NULL);

  /* 50 ms pieces: the first sound comes soon after a request. DONT_EXIT: a missing data
   * file is reported, not a silent exit. */
  rate = espeak_Initialize (AUDIO_OUTPUT_SYNCHRONOUS, 50, NULL, espeakINITIALIZE_DONT_EXIT);
  if (rate != STRIDE_SPEAK_SAMPLE_RATE)
    {
      /* Every request gets the same answer until Stride stops asking. */
      while ((line = next_line ()) != NULL)
        {
          if (!g_str_equal (line, "stop"))
            write_error (STRIDE_SPEAK_ERROR_NO_DATA, "espeak-ng could not start (is the espeak-ng-data package installed?)");
          g_free (line);
        }
      return 0;
    }
  espeak_SetSynthCallback (synth_cb);

  while ((line = next_line ()) != NULL)
    {
      handle (line);
      g_free (line);
    }
  espeak_Terminate ();
  return 0;
}
