/* bench-video.c — video figures (a benchmark, not a test): prints, never asserts
 *
 *   bench-video first-frame URI [RUNS]   time from a video view joining a shown page to
 *                                        its first frame on screen; the first run is cold
 *                                        (loads the media module and GStreamer)
 *   bench-video playback URI SECONDS [FPS]  plays URI in a video view and prints frames
 *                                        shown, frames dropped and CPU used; with the
 *                                        clip's FPS, also the frames never shown
 *
 * Runs uninstalled under `meson devenv` (it needs STRIDE_MEDIA_MODULE_DIR) on a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <adwaita.h>

#include "stride-video-view.h"

typedef struct
{
  GtkWidget *window;
  GtkWidget *page;
  gint64     frame_at;     /* first frame handed to the picture */
  gint64     painted_at;   /* first paint after it */
  guint      n_frames;
  guint      n_paints;
} Bench;

static GtkWidget *
find_picture (GtkWidget *widget)
{
  if (GTK_IS_PICTURE (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_picture (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
frame_cb (Bench *bench)
{
  if (bench->frame_at == 0)
    bench->frame_at = g_get_monotonic_time ();
  bench->n_frames++;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  if (bench->frame_at != 0 && bench->painted_at == 0)
    bench->painted_at = g_get_monotonic_time ();
  if (bench->frame_at != 0)
    bench->n_paints++;
}

static GtkWidget *
add_view (Bench      *bench,
          const char *uri)
{
  GtkWidget *view = stride_video_view_new ();
  GdkPaintable *paintable;

  stride_video_view_set_uri (STRIDE_VIDEO_VIEW (view), uri);
  gtk_box_append (GTK_BOX (bench->page), view);
  gtk_widget_set_vexpand (view, TRUE);
  paintable = gtk_picture_get_paintable (GTK_PICTURE (find_picture (view)));
  if (paintable != NULL)
    g_signal_connect_swapped (paintable, "invalidate-contents", G_CALLBACK (frame_cb), bench);
  return view;
}

static void
spin_until_painted (Bench  *bench,
                    gint64  deadline)
{
  while (bench->painted_at == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
first_frame (Bench      *bench,
             const char *uri,
             int         runs)
{
  g_autofree double *warm = g_new0 (double, MAX (runs, 2));

  for (int i = 0; i < runs; i++)
    {
      gint64 start;
      GtkWidget *view;

      bench->frame_at = bench->painted_at = 0;
      start = g_get_monotonic_time ();
      view = add_view (bench, uri);
      spin_until_painted (bench, start + 10 * G_USEC_PER_SEC);
      if (bench->painted_at == 0)
        {
          g_print ("run %d: no frame within 10 s\n", i + 1);
          return 1;
        }
      g_print ("run %d%s: first frame on screen after %.1f ms (handed over after %.1f ms)\n", i + 1,
               i == 0 ? " (cold: loads GStreamer)" : "",
               (bench->painted_at - start) / 1000.0, (bench->frame_at - start) / 1000.0);
      if (i > 0)
        warm[i - 1] = (bench->painted_at - start) / 1000.0;
      gtk_box_remove (GTK_BOX (bench->page), view);
      for (int j = 0; j < 50; j++)
        g_main_context_iteration (NULL, FALSE);
    }

  if (runs > 1)
    {
      qsort (warm, runs - 1, sizeof (double), compare_doubles);
      g_print ("median warm first frame: %.1f ms over %d runs\n", warm[(runs - 1) / 2], runs - 1);
    }
  return 0;
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static int
playback (Bench      *bench,
          const char *uri,
          double      seconds,
          double      fps)
{
  GtkWidget *view = add_view (bench, uri);
  GdkPaintable *player;

  /* A short clip loops for as long as asked. */
  stride_video_view_set_loop (STRIDE_VIDEO_VIEW (view), TRUE);
  guint64 dropped = 0;
  gint64 start, end;
  double cpu0;

  spin_until_painted (bench, g_get_monotonic_time () + 30 * G_USEC_PER_SEC);
  if (stride_video_view_get_error (STRIDE_VIDEO_VIEW (view)) != NULL)
    {
      g_print ("cannot play: %s\n", stride_video_view_get_error (STRIDE_VIDEO_VIEW (view))->message);
      return 1;
    }

  bench->n_frames = bench->n_paints = 0;
  cpu0 = cpu_seconds ();
  start = g_get_monotonic_time ();
  end = start + (gint64) (seconds * G_USEC_PER_SEC);
  stride_video_view_play (STRIDE_VIDEO_VIEW (view));
  while (g_get_monotonic_time () < end && stride_video_view_get_playing (STRIDE_VIDEO_VIEW (view)))
    g_main_context_iteration (NULL, TRUE);

  player = gtk_picture_get_paintable (GTK_PICTURE (find_picture (view)));
  g_object_get (player, "dropped-frames", &dropped, NULL);
  g_print ("played %.1f s of %s\n", (g_get_monotonic_time () - start) / 1e6, uri);
  g_print ("frames handed to the picture: %u (%.1f per second), window paints: %u\n", bench->n_frames,
           bench->n_frames / ((g_get_monotonic_time () - start) / 1e6), bench->n_paints);
  g_print ("frames dropped (late at the sink or replaced before shown): %" G_GUINT64_FORMAT "\n", dropped);
  if (fps > 0)
    {
      double expected = fps * (g_get_monotonic_time () - start) / 1e6;

      /* Includes frames the decoder skipped when the sink said it was late. */
      g_print ("frames never shown: %.0f of %.0f expected\n", MAX (expected - bench->n_frames, 0), expected);
    }
  g_print ("CPU: %.1f %% of one core (user+sys, whole process)\n",
           100.0 * (cpu_seconds () - cpu0) / ((g_get_monotonic_time () - start) / 1e6));
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { 0 };

  if (argc < 3 || (!g_str_equal (argv[1], "first-frame") && !g_str_equal (argv[1], "playback")))
    {
      g_printerr ("Usage: %s first-frame URI [RUNS] | playback URI SECONDS [FPS]\n", argv[0]);
      return 2;
    }

  gtk_init ();
  adw_init ();

  bench.window = gtk_window_new ();
  /* BENCH_WINDOW_WIDTH lets a person look at the narrow layout. */
  gtk_window_set_default_size (GTK_WINDOW (bench.window),
                               g_getenv ("BENCH_WINDOW_WIDTH") ? atoi (g_getenv ("BENCH_WINDOW_WIDTH")) : 1280, 720);
  bench.page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_window_set_child (GTK_WINDOW (bench.window), bench.page);
  gtk_window_present (GTK_WINDOW (bench.window));
  while (!gtk_widget_get_mapped (bench.window))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (bench.window), "after-paint", G_CALLBACK (after_paint_cb), &bench);

  if (g_str_equal (argv[1], "first-frame"))
    return first_frame (&bench, argv[2], argc > 3 ? atoi (argv[3]) : 7);
  return playback (&bench, argv[2], argc > 3 ? g_ascii_strtod (argv[3], NULL) : 30,
                   argc > 4 ? g_ascii_strtod (argv[4], NULL) : 0);
}
