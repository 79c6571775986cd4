/* stride-speech.c — speech synthesis through stride-speak, Stride's speech helper
 *
 * espeak-ng runs in a process of its own (src/speak): espeak-ng 1.51 reads uninitialised
 * memory in its Spanish rules, and in the app's own speech thread that once ended the
 * app mid-routine. Here the helper is started on the first request, kept for the next
 * ones, and started again after it died. The caller decides whether to ask again after a
 * crash (STRIDE_SPEECH_ERROR_CRASHED).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>

#include "stride-speak-protocol.h"
#include "stride-speech.h"

G_STATIC_ASSERT (STRIDE_SPEECH_SAMPLE_RATE == STRIDE_SPEAK_SAMPLE_RATE);
G_STATIC_ASSERT ((int) STRIDE_SPEECH_ERROR_NO_DATA == (int) STRIDE_SPEAK_ERROR_NO_DATA);
G_STATIC_ASSERT ((int) STRIDE_SPEECH_ERROR_NO_VOICE == (int) STRIDE_SPEAK_ERROR_NO_VOICE);
G_STATIC_ASSERT ((int) STRIDE_SPEECH_ERROR_FAILED == (int) STRIDE_SPEAK_ERROR_FAILED);

G_DEFINE_QUARK (stride-speech-error-quark, stride_speech_error)

/* One helper for the whole app, one request at a time. */
static GMutex lock;
static GSubprocess *helper;

/* STRIDE_SPEAK_HELPER starts another program: honoured only for a program run from its
 * build folder (tests), never for an installed Stride. */
static char *
get_helper_path (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *prefix = g_strconcat (STRIDE_BUILD_ROOT, G_DIR_SEPARATOR_S, NULL);
  const char *override = g_getenv ("STRIDE_SPEAK_HELPER");

  if (exe == NULL || !g_str_has_prefix (exe, prefix))
    return g_build_filename (LIBEXECDIR, "stride-speak", NULL);
  if (override != NULL && *override != '\0')
    return g_strdup (override);
  return g_build_filename (STRIDE_BUILD_ROOT, "src", "speak", "stride-speak", NULL);
}

/* Writing to a helper that just died raises SIGPIPE, which would end the app: the
 * write fails with EPIPE instead, and the crash is found when its answer is read. */
static void
ignore_sigpipe (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      struct sigaction action = { 0 };

      if (sigaction (SIGPIPE, NULL, &action) == 0 && action.sa_handler == SIG_DFL)
        signal (SIGPIPE, SIG_IGN);
      g_once_init_leave (&done, 1);
    }
}

static gboolean
ensure_helper (GError **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) spawn_error = NULL;

  if (helper != NULL)
    return TRUE;

  ignore_sigpipe ();
  path = get_helper_path ();
  helper = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                             &spawn_error, path, NULL);
  if (helper == NULL)
    {
      g_set_error (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_NO_DATA,
                   "the speech helper %s could not start: %s", path, spawn_error->message);
      return FALSE;
    }
  return TRUE;
}

/* The helper is gone (or talks nonsense): reaped, and started anew on the next request. */
static void
lose_helper (const char  *why,
             GError     **error)
{
  g_autofree char *how = NULL;

  g_subprocess_force_exit (helper);
  g_subprocess_wait (helper, NULL, NULL);
  if (g_subprocess_get_if_signaled (helper))
    how = g_strdup_printf ("killed by signal %d", g_subprocess_get_term_sig (helper));
  else
    how = g_strdup_printf ("exit status %d", g_subprocess_get_exit_status (helper));
  g_clear_object (&helper);
  g_set_error (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_CRASHED,
               "the speech helper stopped (%s): %s", how, why);
}

static gboolean
send_line (const char  *line,
           GError     **error)
{
  GOutputStream *stream = g_subprocess_get_stdin_pipe (helper);
  g_autoptr(GError) write_error = NULL;

  if (!g_output_stream_write_all (stream, line, strlen (line), NULL, NULL, &write_error) ||
      !g_output_stream_flush (stream, NULL, &write_error))
    {
      lose_helper (write_error->message, error);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  StrideSpeakFrameHeader header;
  guint8                *payload;   /* header.size bytes, NULL when 0 */
} Frame;

static void
frame_clear (Frame *frame)
{
  g_clear_pointer (&frame->payload, g_free);
}

static gboolean
read_exactly (void    *buffer,
              gsize    size,
              GError **error)
{
  GInputStream *stream = g_subprocess_get_stdout_pipe (helper);
  g_autoptr(GError) read_error = NULL;
  gsize n = 0;

  if (!g_input_stream_read_all (stream, buffer, size, &n, NULL, &read_error) || n < size)
    {
      lose_helper (read_error != NULL ? read_error->message : "its answer ended early", error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_frame (Frame   *frame,
            GError **error)
{
  if (!read_exactly (&frame->header, sizeof frame->header, error))
    return FALSE;
  if (frame->header.size > STRIDE_SPEAK_MAX_PAYLOAD ||
      (frame->header.kind == STRIDE_SPEAK_FRAME_AUDIO && frame->header.size % sizeof (gint16) != 0) ||
      (frame->header.kind == STRIDE_SPEAK_FRAME_ERROR && frame->header.size < sizeof (guint32)))
    {
      lose_helper ("it sent a broken frame", error);
      return FALSE;
    }
  frame->payload = frame->header.size > 0 ? g_malloc (frame->header.size) : NULL;
  return frame->header.size == 0 || read_exactly (frame->payload, frame->header.size, error);
}

/* An ERROR frame as a GError in STRIDE_SPEECH_ERROR. */
static void
set_frame_error (const Frame  *frame,
                 GError      **error)
{
  guint32 code;
  g_autofree char *message = NULL;

  memcpy (&code, frame->payload, sizeof code);
  message = g_strndup ((const char *) frame->payload + sizeof code, frame->header.size - sizeof code);
  if (!g_utf8_validate (message, -1, NULL))
    g_strlcpy (message, "(not UTF-8)", strlen (message) + 1);
  g_set_error_literal (error, STRIDE_SPEECH_ERROR,
                       code <= STRIDE_SPEECH_ERROR_FAILED ? (int) code : STRIDE_SPEECH_ERROR_FAILED, message);
}

/* Reads frames up to the request's DONE or ERROR, handing sound to FUNC until it says
 * stop; then asks the helper to stop too and drops what still comes. */
static gboolean
receive (StrideSpeechChunkFunc   func,
         gpointer                data,
         GError                **error)
{
  gboolean stopped = func == NULL;

  for (;;)
    {
      Frame frame = { { 0 }, NULL };
      gboolean ok = TRUE, done = TRUE;

      if (!read_frame (&frame, error))
        return FALSE;
      if (frame.header.kind == STRIDE_SPEAK_FRAME_AUDIO)
        {
          done = FALSE;
          if (!stopped && frame.header.size > 0 &&
              !func ((const gint16 *) frame.payload, frame.header.size / sizeof (gint16), data))
            {
              stopped = TRUE;
              ok = send_line ("stop\n", error);
            }
        }
      else if (frame.header.kind == STRIDE_SPEAK_FRAME_ERROR)
        {
          set_frame_error (&frame, error);
          ok = FALSE;
        }
      else if (frame.header.kind != STRIDE_SPEAK_FRAME_DONE)
        {
          lose_helper ("it sent a frame of an unknown kind", error);
          ok = FALSE;
        }
      frame_clear (&frame);
      if (!ok || done)
        return ok;
    }
}

/* A field of a request: never a tab or a line break, which separate them. */
static char *
request_field (const char *text)
{
  char *field = g_strdup (text);

  g_strdelimit (field, "\t\r\n", ' ');
  return field;
}

gboolean
stride_speech_has_voice (const char  *language,
                         GError     **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autofree char *field = NULL;
  g_autofree char *line = NULL;

  g_return_val_if_fail (language != NULL, FALSE);

  field = request_field (language);
  line = g_strdup_printf ("voice\t%s\n", field);
  return ensure_helper (error) && send_line (line, error) && receive (NULL, NULL, error);
}

gboolean
stride_speech_synthesize (const char           *text,
                          const char           *language,
                          int                   rate,
                          StrideSpeechChunkFunc func,
                          gpointer              data,
                          GError              **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autofree char *text_field = NULL;
  g_autofree char *language_field = NULL;
  g_autofree char *line = NULL;

  g_return_val_if_fail (text != NULL && language != NULL && func != NULL, FALSE);

  text_field = request_field (text);
  language_field = request_field (language);
  line = g_strdup_printf ("say\t%s\t%d\t%s\n", language_field, rate, text_field);
  return ensure_helper (error) && send_line (line, error) && receive (func, data, error);
}

static gboolean
append_cb (const gint16 *samples,
           gsize         n_samples,
           gpointer      data)
{
  g_byte_array_append (data, (const guint8 *) samples, n_samples * sizeof (gint16));
  return TRUE;
}

GBytes *
stride_speech_render (const char  *text,
                      const char  *language,
                      int          rate,
                      GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();

  if (!stride_speech_synthesize (text, language, rate, append_cb, bytes, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GPid
stride_speech_get_helper_pid (void)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  const char *identifier = helper != NULL ? g_subprocess_get_identifier (helper) : NULL;

  return identifier != NULL ? (GPid) g_ascii_strtoll (identifier, NULL, 10) : 0;
}

void
stride_speech_stop_helper (void)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (helper == NULL)
    return;
  /* A closed stdin is the helper's cue to end. */
  g_output_stream_close (g_subprocess_get_stdin_pipe (helper), NULL, NULL);
  g_subprocess_wait (helper, NULL, NULL);
  g_clear_object (&helper);
}
