/* stride-speech.h — speech synthesis for the spoken coaching, by Stride's speech helper
 *
 * espeak-ng runs in stride-speak, a process of its own (src/speak), started on the first
 * request and kept. Every call here waits for the helper, so calls are serialised by a
 * lock and meant for a worker thread (tens of milliseconds; the first start more): never
 * the UI's. Voices come from the espeak-ng-data package; MBROLA voices (which need
 * another program) are never chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The helper always speaks signed 16-bit mono at this rate. */
#define STRIDE_SPEECH_SAMPLE_RATE 22050

#define STRIDE_SPEECH_ERROR (stride_speech_error_quark ())

typedef enum
{
  STRIDE_SPEECH_ERROR_NO_DATA,    /* espeak-ng or its data files are missing */
  STRIDE_SPEECH_ERROR_NO_VOICE,   /* no voice for the language */
  STRIDE_SPEECH_ERROR_FAILED,     /* synthesis failed */
  STRIDE_SPEECH_ERROR_CRASHED,    /* the helper died (or broke its protocol); the next
                                   * call starts a new one */
} StrideSpeechError;

GQuark stride_speech_error_quark (void);

/* Called with each piece of sound as it is made; return FALSE to stop at once. */
typedef gboolean (*StrideSpeechChunkFunc) (const gint16 *samples,
                                           gsize         n_samples,
                                           gpointer      data);

/* Synthesises TEXT (plain UTF-8) with the voice for LANGUAGE ("de", "es", "en"…) at
 * RATE words per minute, handing the sound to FUNC piece by piece (about 50 ms each),
 * so playback can start before the sentence is done. Blocks until the end, or until
 * FUNC returns FALSE (then it returns TRUE: stopping is not an error). */
gboolean stride_speech_synthesize     (const char           *text,
                                       const char           *language,
                                       int                   rate,
                                       StrideSpeechChunkFunc func,
                                       gpointer              data,
                                       GError              **error);

/* The whole sentence as samples at STRIDE_SPEECH_SAMPLE_RATE, for tests. */
GBytes  *stride_speech_render         (const char           *text,
                                       const char           *language,
                                       int                   rate,
                                       GError              **error);

/* Whether a voice for LANGUAGE is installed (loads espeak-ng's voice list). */
gboolean stride_speech_has_voice      (const char           *language,
                                       GError              **error);

/* The helper's process id, 0 while none runs: for tests that make it crash. */
GPid     stride_speech_get_helper_pid (void);

/* Lets the helper end (the next request starts a new one): benchmarks time cold starts. */
void     stride_speech_stop_helper    (void);

G_END_DECLS
