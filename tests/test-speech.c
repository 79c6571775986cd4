/* test-speech.c — spoken coaching: the speech helper (espeak-ng in stride-speak) to
 * samples, and through the cue pipeline, in English, German and Spanish
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <gst/gst.h>

#include "stride-cue-player.h"
#include "stride-speech.h"

#define SENTENCE "Next: side plank, left side. Get ready."
#define LONG_SENTENCE "Lie on your side with your knees bent, lift your top knee while your feet stay " \
                      "together, and lower it slowly, ten times on each side, without rolling back."

/* What the coach says in each language: a short announcement and a long instruction. */
typedef struct
{
  const char *language;
  const char *sentence;
  const char *long_sentence;
} Phrases;

static const Phrases english = { "en", SENTENCE, LONG_SENTENCE };
static const Phrases german = {
  "de",
  "Als Nächstes: Seitstütz, linke Seite. Mach dich bereit.",
  "Leg dich auf die Seite, die Knie gebeugt, heb das obere Knie, während die Füße zusammenbleiben, "
  "und senk es langsam wieder, zehnmal auf jeder Seite, ohne nach hinten zu kippen.",
};
/* Words ending in -s at the end of a clause: where espeak-ng 1.51 reads uninitialised memory */
static const Phrases spanish = {
  "es",
  "A continuación: plancha lateral, lado izquierdo. Prepárate. Descansa 45 segundos.",
  "Túmbate de lado con las rodillas dobladas, levanta la rodilla de arriba mientras los pies siguen "
  "juntos, y bájala despacio, diez veces de cada lado, sin rodar hacia atrás. Cambia de lados.",
};

static double
rms (const gint16 *samples,
     gsize         n)
{
  double sum = 0;

  for (gsize i = 0; i < n; i++)
    sum += (double) samples[i] * samples[i];
  return n > 0 ? sqrt (sum / n) : 0;
}

/* A known sentence becomes sound: loud enough, and as long as a person would take. */
static void
test_render (gconstpointer data)
{
  const Phrases *phrases = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = stride_speech_render (phrases->sentence, phrases->language, 160, &error);
  g_auto(GStrv) split = g_strsplit (phrases->sentence, " ", -1);
  guint words = g_strv_length (split);
  gsize n;
  double seconds;

  g_assert_no_error (error);
  n = g_bytes_get_size (bytes) / sizeof (gint16);
  seconds = (double) n / STRIDE_SPEECH_SAMPLE_RATE;
  g_test_message ("%s: %u words, %.2f s, RMS %.0f", phrases->language, words, seconds,
                  rms (g_bytes_get_data (bytes, NULL), n));
  /* The words at 160 a minute, give or take the pauses between sentences */
  g_assert_cmpfloat (seconds, >, words * 60.0 / 160 * 0.6);
  g_assert_cmpfloat (seconds, <, words * 60.0 / 160 * 2.5);
  g_assert_cmpfloat (rms (g_bytes_get_data (bytes, NULL), n), >, 500);
}

/* A faster rate speaks the same sentence in less time. */
static void
test_rate (void)
{
  g_autoptr(GBytes) slow = stride_speech_render (SENTENCE, "en", 120, NULL);
  g_autoptr(GBytes) fast = stride_speech_render (SENTENCE, "en", 240, NULL);

  g_assert_nonnull (slow);
  g_assert_nonnull (fast);
  g_assert_cmpuint (g_bytes_get_size (fast) * 3 / 2, <, g_bytes_get_size (slow));
}

/* Synthesis runs in the helper: this process never maps espeak-ng. */
static void
test_separate_process (void)
{
  g_autoptr(GBytes) bytes = stride_speech_render ("Go.", "es", 160, NULL);
  g_autofree char *maps = NULL;

  g_assert_nonnull (bytes);
  g_assert_cmpint (stride_speech_get_helper_pid (), >, 0);
  g_assert_cmpint (stride_speech_get_helper_pid (), !=, getpid ());
  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  g_assert_null (strstr (maps, "libespeak"));
}

static void
test_missing_voice (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (stride_speech_render (SENTENCE, "xx", 160, &error));
  g_assert_error (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_NO_VOICE);
  g_assert_true (stride_speech_has_voice ("de", NULL));
  g_assert_true (stride_speech_has_voice ("es", NULL));
  g_assert_false (stride_speech_has_voice ("xx", NULL));
}

/* What reaches the sink: samples after the volume, counted in the streaming thread. */
typedef struct
{
  gint    buffers;
  gint64  samples;
  double  peak;
} Heard;

static GstPadProbeReturn
heard_cb (GstPad          *pad,
          GstPadProbeInfo *info,
          gpointer         data)
{
  Heard *heard = data;
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);
  GstMapInfo map;

  if (gst_buffer_map (buffer, &map, GST_MAP_READ))
    {
      const gint16 *samples = (const gint16 *) map.data;

      /* audioconvert may hand on S16 or F32; the test's sink takes what comes, S16 here */
      for (gsize i = 0; i < map.size / sizeof (gint16); i++)
        heard->peak = MAX (heard->peak, ABS (samples[i]));
      g_atomic_int_add (&heard->buffers, 1);
      heard->samples += map.size / sizeof (gint16);
      gst_buffer_unmap (buffer, &map);
    }
  return GST_PAD_PROBE_OK;
}

static void
listen (StrideCuePlayer *player,
        Heard           *heard)
{
  g_autoptr(GstElement) sink = gst_bin_get_by_name (GST_BIN (stride_cue_player_get_pipeline (player)), "sink");
  g_autoptr(GstPad) pad = gst_element_get_static_pad (sink, "sink");

  gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, heard_cb, heard, NULL);
}

static void
wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);
}

/* Spoken through the cue pipeline, a long sentence is cut at once by hush (a pause). */
static void
test_hush_cuts (gconstpointer data)
{
  const Phrases *phrases = data;
  g_autoptr(StrideCuePlayer) player = stride_cue_player_new ();
  Heard heard = { 0 };
  gint after_hush;

  listen (player, &heard);
  g_assert_true (stride_cue_player_say (player, phrases->long_sentence, phrases->language, 160, 0.8, TRUE));
  for (guint i = 0; i < 500 && g_atomic_int_get (&heard.buffers) < 10; i++)
    wait_ms (10);
  g_assert_cmpint (g_atomic_int_get (&heard.buffers), >=, 10);
  g_assert_true (stride_cue_player_get_speaking (player));
  g_assert_cmpfloat (heard.peak, >, 1000);

  stride_cue_player_hush (player);
  g_assert_false (stride_cue_player_get_speaking (player));
  after_hush = g_atomic_int_get (&heard.buffers);
  wait_ms (600);
  /* Nothing more after the cut, and far less than the whole (some 10 s) was heard */
  g_assert_cmpint (g_atomic_int_get (&heard.buffers), ==, after_hush);
  g_assert_cmpint (heard.samples, <, 3 * 48000);
  g_assert_cmpuint (stride_cue_player_get_n_spoken (player), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&player));
}

/* A sentence that waits is replaced by a newer one: "Two." is never said. */
static void
test_queue (void)
{
  g_autoptr(StrideCuePlayer) player = stride_cue_player_new ();

  g_assert_true (stride_cue_player_say (player, "One.", "en", 200, 0.8, TRUE));
  g_assert_true (stride_cue_player_say (player, "Two.", "en", 200, 0.8, FALSE));
  g_assert_true (stride_cue_player_say (player, "Three.", "en", 200, 0.8, FALSE));
  for (guint i = 0; i < 500 && stride_cue_player_get_n_spoken (player) < 2; i++)
    wait_ms (10);
  g_assert_cmpuint (stride_cue_player_get_n_spoken (player), ==, 2);
  wait_ms (300);
  g_assert_cmpuint (stride_cue_player_get_n_spoken (player), ==, 2);
  g_assert_false (stride_cue_player_get_speaking (player));
  g_assert_finalize_object (g_steal_pointer (&player));
}

/* Skipping quickly through a routine: each new sentence cuts the one under way, nothing
 * hangs, and the last one is heard in full. Spanish too: espeak-ng 1.51 misbehaved on
 * these words inside the app once; in the helper it may only cost a restart. */
static const char * const german_skips[] = {
  "Als Nächstes: Seitschritte mit Band, linke Seite. Mach dich bereit.",
  "45 Sekunden Pause.",
  "Als Nächstes: Gesäßbrücke. Mach dich bereit.",
  "Halbzeit.",
  "Seite wechseln.",
  NULL,
};
static const char * const spanish_skips[] = {
  "A continuación: pasos laterales con banda, lado izquierdo. Prepárate.",
  "Descansa 45 segundos.",
  "A continuación: puente de glúteos. Prepárate.",
  "Mitad.",
  "Cambia de lado.",
  NULL,
};

static void
test_rapid_skips (gconstpointer data)
{
  const char * const *sentences = data;
  const char *language = sentences == spanish_skips ? "es" : "de";
  g_autoptr(StrideCuePlayer) player = stride_cue_player_new ();
  guint n_sentences = g_strv_length ((char **) sentences);

  for (guint i = 0; i < 60; i++)
    {
      g_assert_true (stride_cue_player_say (player, sentences[i % n_sentences], language, 160, 0.8, TRUE));
      wait_ms (g_random_int_range (5, 80));
    }
  for (guint i = 0; i < 500 && stride_cue_player_get_speaking (player); i++)
    wait_ms (10);
  g_assert_false (stride_cue_player_get_speaking (player));
  g_assert_cmpuint (stride_cue_player_get_n_spoken (player), >=, 1);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
failed_cb (StrideCuePlayer *player,
           const char      *language,
           const char      *message,
           gboolean         broke,
           char           **failed)
{
  g_assert_null (*failed);
  /* "es!" when the voice broke, "es" when it is missing: the runner is told which. */
  *failed = g_strconcat (language, broke ? "!" : "", NULL);
}

/* No voice: told once, then refused at once (the caller beeps instead). */
static void
test_missing_voice_player (void)
{
  g_autoptr(StrideCuePlayer) player = stride_cue_player_new ();
  g_autofree char *failed = NULL;

  g_signal_connect (player, "speech-failed", G_CALLBACK (failed_cb), &failed);
  g_assert_true (stride_cue_player_say (player, SENTENCE, "xx", 160, 0.8, TRUE));
  for (guint i = 0; i < 500 && failed == NULL; i++)
    wait_ms (10);
  g_assert_cmpstr (failed, ==, "xx");
  g_assert_false (stride_cue_player_get_speaking (player));
  g_assert_false (stride_cue_player_say (player, SENTENCE, "xx", 160, 0.8, TRUE));
  g_assert_true (stride_cue_player_say (player, "Go.", "en", 160, 0.8, TRUE));
  g_assert_finalize_object (g_steal_pointer (&player));
}

/* The helper is killed between sentences, as an espeak-ng crash would end it: the next
 * sentence is still heard (a new helper), and after a second death the language is
 * given up once, so the caller beeps. */
static void
kill_helper (void)
{
  GPid pid = stride_speech_get_helper_pid ();

  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  /* gone for sure before the next request */
  for (guint i = 0; i < 200 && kill (pid, 0) == 0; i++)
    wait_ms (5);
}

static void
say_to_end (StrideCuePlayer *player,
            const char      *text,
            const char      *language)
{
  guint spoken = stride_cue_player_get_n_spoken (player);

  g_assert_true (stride_cue_player_say (player, text, language, 200, 0.8, TRUE));
  for (guint i = 0; i < 500 && stride_cue_player_get_speaking (player); i++)
    wait_ms (10);
  g_assert_cmpuint (stride_cue_player_get_n_spoken (player), ==, spoken + 1);
}

static void
test_helper_crash (void)
{
  g_autoptr(StrideCuePlayer) player = stride_cue_player_new ();
  g_autofree char *failed = NULL;
  GPid first;

  g_signal_connect (player, "speech-failed", G_CALLBACK (failed_cb), &failed);
  say_to_end (player, "Uno.", "es");
  first = stride_speech_get_helper_pid ();

  kill_helper ();
  say_to_end (player, "Dos.", "es");
  g_assert_null (failed);
  g_assert_cmpint (stride_speech_get_helper_pid (), !=, first);

  kill_helper ();
  g_assert_true (stride_cue_player_say (player, "Tres.", "es", 200, 0.8, TRUE));
  for (guint i = 0; i < 500 && failed == NULL; i++)
    wait_ms (10);
  g_assert_cmpstr (failed, ==, "es!");
  g_assert_false (stride_cue_player_get_speaking (player));
  g_assert_false (stride_cue_player_say (player, "Cuatro.", "es", 200, 0.8, TRUE));
  /* Other languages, and a fresh start, still speak */
  say_to_end (player, "Go.", "en");
  g_assert_finalize_object (g_steal_pointer (&player));
}

/* No helper program at all: said once, as a missing voice. In a subprocess of its own,
 * where the environment is set before any thread runs. */
static void
test_helper_missing (void)
{
  g_autoptr(StrideCuePlayer) player = NULL;
  g_autofree char *failed = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_setenv ("STRIDE_SPEAK_HELPER", "/nonexistent/stride-speak", TRUE);
  player = stride_cue_player_new ();
  g_signal_connect (player, "speech-failed", G_CALLBACK (failed_cb), &failed);
  g_assert_true (stride_cue_player_say (player, SENTENCE, "de", 160, 0.8, TRUE));
  for (guint i = 0; i < 500 && failed == NULL; i++)
    wait_ms (10);
  g_assert_cmpstr (failed, ==, "de");
  g_assert_false (stride_cue_player_get_speaking (player));
  g_assert_false (stride_speech_has_voice ("de", &error));
  g_assert_error (error, STRIDE_SPEECH_ERROR, STRIDE_SPEECH_ERROR_NO_DATA);
  g_assert_nonnull (strstr (error->message, "/nonexistent/stride-speak"));
  g_assert_finalize_object (g_steal_pointer (&player));
}

int
main (int   argc,
      char *argv[])
{
  gst_init (&argc, &argv);
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/stride/speech/render/en", &english, test_render);
  g_test_add_data_func ("/stride/speech/render/de", &german, test_render);
  g_test_add_data_func ("/stride/speech/render/es", &spanish, test_render);
  g_test_add_func ("/stride/speech/separate-process", test_separate_process);
  g_test_add_func ("/stride/speech/rate", test_rate);
  g_test_add_func ("/stride/speech/missing-voice", test_missing_voice);
  g_test_add_data_func ("/stride/speech/player/hush-cuts/en", &english, test_hush_cuts);
  g_test_add_data_func ("/stride/speech/player/hush-cuts/de", &german, test_hush_cuts);
  g_test_add_data_func ("/stride/speech/player/hush-cuts/es", &spanish, test_hush_cuts);
  g_test_add_func ("/stride/speech/player/queue", test_queue);
  g_test_add_func ("/stride/speech/player/missing-voice", test_missing_voice_player);
  g_test_add_data_func ("/stride/speech/player/rapid-skips/de", german_skips, test_rapid_skips);
  g_test_add_data_func ("/stride/speech/player/rapid-skips/es", spanish_skips, test_rapid_skips);
  g_test_add_func ("/stride/speech/player/helper-crash", test_helper_crash);
  g_test_add_func ("/stride/speech/player/helper-missing", test_helper_missing);

  return g_test_run ();
}
