/* bench-speech.c — figures for the spoken coaching: how soon after a phase change the
 * voice starts, and the CPU it takes while speaking (against the beeps it replaces)
 *
 *   bench-speech [LANGUAGE] [WAV]
 *
 * Runs a short routine on the real clock twice through the real cue pipeline: once
 * spoken by the coach, once with the beeps only; the CPU of the spoken run counts the
 * speech helper's (stride-speak, a process of its own) with the app's. Then times one
 * announcement alone, cold (the helper started for it) and warm (the helper running). The pipeline's output is tapped (a
 * capsfilter and a fakesink that keeps time, see STRIDE_AUDIO_SINK) and the spoken run
 * is written to WAV (default /tmp/stride-speech.wav) so that sox can measure it.
 * With STRIDE_LOCALE_DIR set (and LANGUAGE/LC_ALL), the coach's sentences and the exercise
 * names come from that catalogue, as in the app; each sentence is printed as it is said.
 * A benchmark, not a test: it prints figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <unistd.h>
#include <sys/resource.h>
#include <glib/gi18n.h>
#include <gst/gst.h>

#include "stride-coach.h"
#include "stride-cue-player.h"
#include "stride-speech.h"

#define OUT_RATE 48000
#define SILENT   300      /* below this a sample is silence */
#define TIMED    9        /* announcements timed cold, and as many warm */

typedef struct
{
  StrideCuePlayer *player;
  const char      *language;
  gboolean         speak;
  GMutex           lock;
  GByteArray      *recorded;
  gint64           asked_at;    /* monotonic µs of the last phase change said, 0: none pending */
  GArray          *latencies;   /* double ms: to the first buffer at the sink */
  GArray          *to_sound;    /* double ms: to the first audible sample */
  gboolean         waiting_sound;
  GMainLoop       *loop;
} Bench;

static GstPadProbeReturn
tap_cb (GstPad          *pad,
        GstPadProbeInfo *info,
        gpointer         data)
{
  Bench *bench = data;
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);
  gint64 now = g_get_monotonic_time ();
  GstMapInfo map;

  if (!gst_buffer_map (buffer, &map, GST_MAP_READ))
    return GST_PAD_PROBE_OK;

  g_mutex_lock (&bench->lock);
  if (bench->asked_at > 0)
    {
      double ms = (now - bench->asked_at) / 1000.0;

      g_array_append_val (bench->latencies, ms);
      bench->waiting_sound = TRUE;
    }
  if (bench->waiting_sound)
    {
      const gint16 *samples = (const gint16 *) map.data;

      for (gsize i = 0; i < map.size / 2; i++)
        if (ABS (samples[i]) > SILENT)
          {
            /* the asked_at of this sentence, plus where in the sound it starts */
            double ms = (now - bench->asked_at) / 1000.0 + i * 1000.0 / OUT_RATE;

            g_array_append_val (bench->to_sound, ms);
            bench->waiting_sound = FALSE;
            bench->asked_at = 0;
            break;
          }
    }
  if (!bench->waiting_sound)
    bench->asked_at = 0;
  if (bench->speak)
    g_byte_array_append (bench->recorded, map.data, map.size);
  g_mutex_unlock (&bench->lock);
  gst_buffer_unmap (buffer, &map);
  return GST_PAD_PROBE_OK;
}

static void
say_cb (StrideCoach *coach,
        const char  *text,
        gboolean     interrupt,
        Bench       *bench)
{
  if (!bench->speak)
    return;
  g_print ("  says: %s\n", text);
  if (interrupt)
    {
      g_mutex_lock (&bench->lock);
      bench->asked_at = g_get_monotonic_time ();
      bench->waiting_sound = FALSE;
      g_mutex_unlock (&bench->lock);
    }
  stride_cue_player_say (bench->player, text, bench->language, 160, 0.8, interrupt);
}

static void
hush_cb (StrideCoach *coach,
         Bench       *bench)
{
  stride_cue_player_hush (bench->player);
}

static void
cue_cb (StrideRoutineRunner *runner,
        int                  cue,
        guint                count,
        Bench               *bench)
{
  static const StrideCue cues[] = {
    [STRIDE_RUNNER_CUE_COUNTDOWN] = STRIDE_CUE_TICK,
    [STRIDE_RUNNER_CUE_START] = STRIDE_CUE_START,
    [STRIDE_RUNNER_CUE_SWITCH] = STRIDE_CUE_SWITCH_SIDE,
    [STRIDE_RUNNER_CUE_REST] = STRIDE_N_CUES,
    [STRIDE_RUNNER_CUE_DONE] = STRIDE_CUE_DONE,
  };

  if (!bench->speak && cues[cue] != STRIDE_N_CUES)
    stride_cue_player_play (bench->player, cues[cue], 0.8);
}

static void
phase_changed_cb (StrideRoutineRunner *runner,
                  Bench               *bench)
{
  if (stride_routine_runner_get_phase (runner) == STRIDE_PHASE_DONE)
    g_timeout_add_seconds (2, (GSourceFunc) (void (*) (void)) g_main_loop_quit, bench->loop);
}

static char *
name_cb (const char *id,
         gpointer    data)
{
  /* The content pack's names, translated as the loader does */
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, g_str_equal (id, "side_plank") ? "Side plank" : "Clamshell"));
}

static GPtrArray *
routine (void)
{
  GPtrArray *items = g_ptr_array_new ();
  static StrideRoutineItem plank = { .exercise = "side_plank", .dose = { 1, 0, 10, 0, STRIDE_SIDES_EACH, 0 } };
  static StrideRoutineItem clam = { .exercise = "clamshell", .dose = { 2, 3, 0, 5, STRIDE_SIDES_NONE, 2 } };

  g_ptr_array_add (items, &plank);
  g_ptr_array_add (items, &clam);
  return items;
}

/* CPU seconds the speech helper used so far (0 when none runs). */
static double
helper_cpu_s (void)
{
  GPid pid = stride_speech_get_helper_pid ();
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *stat = NULL;
  const char *fields;
  unsigned long user = 0, system = 0;

  if (pid <= 0 || !g_file_get_contents (path, &stat, NULL, NULL) || (fields = strrchr (stat, ')')) == NULL)
    return 0;
  /* after "pid (comm)": state and 10 more fields, then utime and stime in clock ticks */
  if (sscanf (fields + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &user, &system) != 2)
    return 0;
  return (double) (user + system) / sysconf (_SC_CLK_TCK);
}

/* Runs the routine; returns CPU seconds used per wall second (with the speech helper's,
 * which starts in the spoken run: it is stopped before). */
static double
run (Bench    *bench,
     gboolean  speak,
     double   *helper_share)
{
  g_autoptr(StrideClock) clock = stride_clock_new ();
  g_autoptr(GPtrArray) items = routine ();
  g_autoptr(StrideRoutineRunner) runner = stride_routine_runner_new (clock, items);
  g_autoptr(StrideCoach) coach = stride_coach_new (runner, name_cb, NULL, NULL);
  struct rusage before, after;
  gint64 start, wall;
  double cpu;

  bench->speak = speak;
  stride_routine_runner_set_switch_s (runner, 5);
  g_signal_connect (coach, "say", G_CALLBACK (say_cb), bench);
  g_signal_connect (coach, "hush", G_CALLBACK (hush_cb), bench);
  g_signal_connect (runner, "cue", G_CALLBACK (cue_cb), bench);
  g_signal_connect (runner, "phase-changed", G_CALLBACK (phase_changed_cb), bench);

  stride_speech_stop_helper ();
  getrusage (RUSAGE_SELF, &before);
  start = g_get_monotonic_time ();
  stride_routine_runner_start (runner);
  g_main_loop_run (bench->loop);
  wall = g_get_monotonic_time () - start;
  getrusage (RUSAGE_SELF, &after);

  cpu = (after.ru_utime.tv_sec - before.ru_utime.tv_sec) + (after.ru_stime.tv_sec - before.ru_stime.tv_sec) +
        ((after.ru_utime.tv_usec - before.ru_utime.tv_usec) + (after.ru_stime.tv_usec - before.ru_stime.tv_usec)) / 1e6;
  *helper_share = helper_cpu_s () / (wall / 1e6);
  return cpu / (wall / 1e6) + *helper_share;
}

static void
write_wav (const char *path,
           GByteArray *pcm)
{
  g_autoptr(GByteArray) wav = g_byte_array_new ();
  guint32 data_size = pcm->len, riff_size = 36 + pcm->len, fmt_size = 16, rate = OUT_RATE, byte_rate = OUT_RATE * 2;
  guint16 pcm_format = 1, channels = 1, align = 2, bits = 16;

  g_byte_array_append (wav, (const guint8 *) "RIFF", 4);
  g_byte_array_append (wav, (const guint8 *) &riff_size, 4);
  g_byte_array_append (wav, (const guint8 *) "WAVEfmt ", 8);
  g_byte_array_append (wav, (const guint8 *) &fmt_size, 4);
  g_byte_array_append (wav, (const guint8 *) &pcm_format, 2);
  g_byte_array_append (wav, (const guint8 *) &channels, 2);
  g_byte_array_append (wav, (const guint8 *) &rate, 4);
  g_byte_array_append (wav, (const guint8 *) &byte_rate, 4);
  g_byte_array_append (wav, (const guint8 *) &align, 2);
  g_byte_array_append (wav, (const guint8 *) &bits, 2);
  g_byte_array_append (wav, (const guint8 *) "data", 4);
  g_byte_array_append (wav, (const guint8 *) &data_size, 4);
  g_byte_array_append (wav, pcm->data, pcm->len);
  g_file_set_contents (path, (const char *) wav->data, wav->len, NULL);
}

/* Milliseconds from asking for TEXT to its first audible sample at the sink; the helper
 * is stopped first when COLD. */
static double
time_one (Bench      *bench,
          const char *text,
          gboolean    cold)
{
  guint heard = bench->to_sound->len;
  gint64 until;

  if (cold)
    stride_speech_stop_helper ();
  g_mutex_lock (&bench->lock);
  bench->asked_at = g_get_monotonic_time ();
  bench->waiting_sound = FALSE;
  g_mutex_unlock (&bench->lock);
  stride_cue_player_say (bench->player, text, bench->language, 160, 0.8, TRUE);
  until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (bench->to_sound->len == heard && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (500);
  stride_cue_player_hush (bench->player);
  /* what was cut is let go before the next */
  for (int i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  return bench->to_sound->len > heard ? g_array_index (bench->to_sound, double, heard) : -1;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_figures (const char *what,
               GArray     *values)
{
  g_array_sort (values, compare_doubles);
  if (values->len == 0)
    {
      g_print ("%s: none measured\n", what);
      return;
    }
  g_print ("%s over %u: median %.0f ms, max %.0f ms\n", what, values->len,
           g_array_index (values, double, values->len / 2), g_array_index (values, double, values->len - 1));
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { 0 };
  const char *wav = argc > 2 ? argv[2] : "/tmp/stride-speech.wav";
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstPad) pad = NULL;
  double beeps_cpu, speech_cpu, helper_share = 0;
  g_autoptr(GArray) cold = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) warm = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *name = NULL;
  g_autofree char *announcement = NULL;

  g_setenv ("STRIDE_AUDIO_SINK",
            "capsfilter caps=audio/x-raw,format=S16LE,rate=48000,channels=1 ! fakesink name=out sync=true", TRUE);
  if (g_getenv ("STRIDE_LOCALE_DIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STRIDE_LOCALE_DIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  gst_init (&argc, &argv);
  bench.language = argc > 1 ? argv[1] : "en";
  bench.player = stride_cue_player_new ();
  bench.recorded = g_byte_array_new ();
  bench.latencies = g_array_new (FALSE, FALSE, sizeof (double));
  bench.to_sound = g_array_new (FALSE, FALSE, sizeof (double));
  bench.loop = g_main_loop_new (NULL, FALSE);
  g_mutex_init (&bench.lock);

  sink = gst_bin_get_by_name (GST_BIN (stride_cue_player_get_pipeline (bench.player)), "out");
  pad = gst_element_get_static_pad (sink, "sink");
  gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, tap_cb, &bench, NULL);

  /* The baseline first, so the helper's first start is counted in the spoken run. */
  beeps_cpu = run (&bench, FALSE, &helper_share);
  speech_cpu = run (&bench, TRUE, &helper_share);

  g_print ("language: %s (routine of %s)\n", bench.language, "side plank 10 s each side, clamshell 2×3 reps");
  print_figures ("phase change → first speech buffer at the sink", bench.latencies);
  print_figures ("phase change → first audible sample", bench.to_sound);
  g_print ("CPU while the routine runs: beeps %.1f %% of a core, speech %.1f %% (of which the helper %.1f %%; ratio %.1f)\n",
           beeps_cpu * 100, speech_cpu * 100, helper_share * 100, speech_cpu / MAX (beeps_cpu, 1e-6));

  /* One announcement alone: the helper started for it (cold) and already running (warm) */
  bench.speak = FALSE;
  name = name_cb ("side_plank", NULL);
  announcement = stride_coach_next_sentence (name, STRIDE_RUNNER_SIDE_LEFT);
  for (guint i = 0; i < 2 * TIMED; i++)
    {
      double ms = time_one (&bench, announcement, i < TIMED);

      if (ms >= 0)
        g_array_append_val (i < TIMED ? cold : warm, ms);
    }
  g_print ("announcement “%s”:\n", announcement);
  print_figures ("  cold (speech helper started for it) → first audible sample", cold);
  print_figures ("  warm (speech helper running) → first audible sample", warm);
  write_wav (wav, bench.recorded);
  g_print ("spoken run written to %s (%.1f s of sound at %d Hz)\n", wav,
           bench.recorded->len / 2.0 / OUT_RATE, OUT_RATE);

  g_object_unref (bench.player);
  return 0;
}
