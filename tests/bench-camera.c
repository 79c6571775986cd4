/* bench-camera.c — figures for the camera mirror (a benchmark, not a test):
 *   - first-frame latency of the camera's test source, over repeated starts;
 *   - CPU used by the process while the camera runs beside a playing 720p video, against
 *     the video playing alone, measured in the same run.
 *
 *   build-aux/dev bench-camera
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/resource.h>
#include <gtk/gtk.h>

#include "stride-camera.h"
#include "stride-media.h"
#include "stride-player.h"
#include "stride-test-clips.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
spin_for (double seconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* CPU time per wall second (1.0 = one core busy) over SECONDS of spinning. */
static double
cpu_load (double seconds)
{
  double start = cpu_seconds ();

  spin_for (seconds);
  return (cpu_seconds () - start) / seconds;
}

static void
wait_running (StrideCamera *camera)
{
  gint64 until = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;

  while (stride_camera_get_state (camera) == STRIDE_CAMERA_STARTING && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StrideCamera) camera = NULL;
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *clip = g_build_filename (g_get_tmp_dir (), "stride-bench-camera.webm", NULL);
  g_autoptr(StridePlayer) player = NULL;
  g_autofree char *uri = NULL;
  double idle, video_alone, video_and_camera;

  if (!stride_media_init (&error))
    g_error ("%s", error->message);
  g_setenv ("STRIDE_CAMERA_SOURCE", "test", TRUE);

  camera = stride_camera_new ();
  for (int i = 0; i < 9; i++)
    {
      double ms;

      stride_camera_start (camera, NULL);
      wait_running (camera);
      if (stride_camera_get_state (camera) != STRIDE_CAMERA_RUNNING)
        g_error ("the test camera did not start: %s", stride_camera_get_error_message (camera));
      ms = stride_camera_get_first_frame_latency (camera) / 1000.0;
      g_array_append_val (latencies, ms);
      stride_camera_stop (camera);
    }
  g_array_sort (latencies, compare_doubles);
  g_print ("camera first frame (test source, 640x480, 9 starts): median %.1f ms, min %.1f, max %.1f\n",
           g_array_index (latencies, double, 4), g_array_index (latencies, double, 0),
           g_array_index (latencies, double, 8));

  if (!g_file_test (clip, G_FILE_TEST_EXISTS) &&
      !stride_test_clip_write (clip, 1280, 720, 8, "vp9enc", FALSE, &error))
    g_error ("could not make the test clip: %s", error->message);
  uri = g_filename_to_uri (clip, NULL, NULL);
  player = stride_player_new ();
  gtk_media_stream_set_loop (GTK_MEDIA_STREAM (player), TRUE);
  stride_player_set_uri (player, uri);
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));

  idle = cpu_load (1.0);
  spin_for (2.0);
  video_alone = cpu_load (10.0);
  stride_camera_start (camera, NULL);
  wait_running (camera);
  spin_for (1.0);
  video_and_camera = cpu_load (10.0);
  stride_camera_stop (camera);

  g_print ("CPU (1.0 = one core), decoding only (no display), 10 s each, same run:\n"
           "  warm-up %.2f; 720p VP9 video alone %.2f; video + mirrored camera %.2f (camera adds %.2f, ratio %.2f)\n",
           idle, video_alone, video_and_camera, video_and_camera - video_alone,
           video_alone > 0 ? video_and_camera / video_alone : 0);
  return 0;
}
