/* stride-speech.c — speech synthesis with espeak-ng, for the spoken coaching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <espeak-ng/speak_lib.h>

#include "stride-speech.h"

G_DEFINE_QUARK (stride-speech-error-quark, stride_speech_error)

/* espeak-ng's state is global: one user at a time. */
static GMutex lock;
static gboolean initialised;
static gboolean unavailable;
static char *voice_language;   /* the language the loaded voice speaks */

typedef struct
{
  StrideSpeechChunkFunc func;
  gpointer              data;
  gboolean              stopped;
} Synthesis;

/* Per piece: the samples so far (NULL and 0 at the end of the text). */
static int
synth_cb (short        *samples,
          int           n_samples,
          espeak_EVENT *events)
{
  Synthesis *synthesis = events != NULL ? events->user_data : NULL;

  if (synthesis == NULL || synthesis->stopped)
    return 1;
  if (samples != NULL && n_samples > 0 && !synthesis->func ((const gint16 *) samples, n_samples, synthesis->data))
    {
      synthesis->stopped = TRUE;
      return 1;
    }
  return 0;
}

static gboolean
ensure_initialised (GError **error)
{
  int rate;

  if (initialised)
    return TRUE;
  if (!unavailable)
    {
      /* 50 ms pieces: the first sound comes soon after a request. DONT_EXIT: a missing
       * data file must not end the application. */
      rate = espeak_Initialize (AUDIO_OUTPUT_SYNCHRONOUS, 50, NULL, espeakINITIALIZE_DONT_EXIT);
      if (rate == STRIDE_SPEECH_SAMPLE_RATE)
        {
          espeak_SetSynthCallback (synth_cb);
          initialised = TRUE;
          return TRUE;
        }
      unavailable = TRUE;
    }
  g_set_error (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_NO_DATA,
               "espeak-ng could not start (is the espeak-ng-data package installed?)");
  return FALSE;
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

/* espeak-ng 1.51 (Debian 12) reads uninitialised memory in its Spanish rules for every
 * word ending in -s at the end of a clause ("segundos", "lados"; valgrind espeak-ng -v es
 * "dos") and the app crashed in its speech thread while a Spanish routine was skipped
 * through: until a newer espeak-ng, Spanish is treated as a language without a voice, so
 * the coach beeps and says so once instead of crashing. */
static gboolean
voice_is_known_unsafe (const char *language)
{
  const char *version = espeak_Info (NULL);
  guint major = 0, minor = 0;

  if (version == NULL || sscanf (version, "%u.%u", &major, &minor) != 2)
    return TRUE;
  return g_ascii_strncasecmp (language, "es", 2) == 0 && (major < 1 || (major == 1 && minor <= 51));
}

/* The identifier of espeak-ng's own voice for LANGUAGE, NULL when there is none. */
static const char *
find_voice (const char *language)
{
  const espeak_VOICE **voices = espeak_ListVoices (NULL);

  if (voice_is_known_unsafe (language))
    return NULL;

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
load_voice (const char  *language,
            GError     **error)
{
  const char *identifier;

  if (g_strcmp0 (voice_language, language) == 0)
    return TRUE;

  identifier = find_voice (language);
  if (identifier == NULL || espeak_SetVoiceByName (identifier) != EE_OK)
    {
      g_set_error (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_NO_VOICE,
                   "espeak-ng has no voice for the language “%s”", language);
      return FALSE;
    }
  g_free (voice_language);
  voice_language = g_strdup (language);
  return TRUE;
}

gboolean
stride_speech_has_voice (const char  *language,
                         GError     **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  g_return_val_if_fail (language != NULL, FALSE);

  if (!ensure_initialised (error))
    return FALSE;
  if (find_voice (language) == NULL)
    {
      g_set_error (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_NO_VOICE,
                   "espeak-ng has no voice for the language “%s”", language);
      return FALSE;
    }
  return TRUE;
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
  Synthesis synthesis = { func, data, FALSE };
  espeak_ERROR status;

  g_return_val_if_fail (text != NULL && language != NULL && func != NULL, FALSE);

  if (!ensure_initialised (error) || !load_voice (language, error))
    return FALSE;

  espeak_SetParameter (espeakRATE, CLAMP (rate, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
  /* Synchronous output: returns once the callback has had every piece. */
  status = espeak_Synth (text, strlen (text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, &synthesis);
  if (status != EE_OK && !synthesis.stopped)
    {
      g_set_error (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_FAILED,
                   "espeak-ng could not speak “%s” (error %d)", text, status);
      return FALSE;
    }
  return TRUE;
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
