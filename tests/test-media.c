/* test-media.c — the video sink, the player and the cue player, without a display
 *
 * The clips are made at the start from videotestsrc. Waits are generous and nothing
 * asserts on how long something took: a loaded machine only makes the tests slower.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>
#include <gst/gst.h>

#include "stride-cue-player.h"
#include "stride-media.h"
#include "stride-player.h"
#include "stride-test-clips.h"
#include "stride-video-sink.h"

#define CLIP_SECONDS 2.0
#define FRAME_US (G_USEC_PER_SEC / 30)
/* The player reports the play head every 100 ms. */
#define TICK_US (G_USEC_PER_SEC / 10)

static char *tmp_dir;
static char *clip_uri;
static char *skip_reason;

typedef gboolean (*Condition) (gpointer data);

static void
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Keeps the main loop waking up so wait_until() sees its deadline. */
static gboolean
heartbeat_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
is_prepared (gpointer data)
{
  return gtk_media_stream_is_prepared (data) || gtk_media_stream_get_error (data) != NULL;
}

static gboolean
has_error (gpointer data)
{
  return gtk_media_stream_get_error (data) != NULL;
}

static gboolean
is_ended (gpointer data)
{
  return gtk_media_stream_get_ended (data) || gtk_media_stream_get_error (data) != NULL;
}

static gboolean
is_not_seeking (gpointer data)
{
  return !gtk_media_stream_is_seeking (data);
}

static gboolean
has_frame (gpointer data)
{
  return stride_video_paintable_get_texture (stride_player_get_paintable (data)) != NULL;
}

static gboolean
skip_without_clips (void)
{
  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return TRUE;
    }
  return FALSE;
}

static StridePlayer *
open_clip (const char *uri)
{
  StridePlayer *player = stride_player_new ();

  stride_player_set_uri (player, uri);
  wait_until (is_prepared, player);
  g_assert_no_error (gtk_media_stream_get_error (GTK_MEDIA_STREAM (player)));
  wait_until (has_frame, player);
  return player;
}

static void
test_prepared (void)
{
  g_autoptr(StridePlayer) player = NULL;
  GtkMediaStream *stream;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  stream = GTK_MEDIA_STREAM (player);
  g_assert_true (gtk_media_stream_has_video (stream));
  g_assert_false (gtk_media_stream_has_audio (stream));
  g_assert_true (gtk_media_stream_is_seekable (stream));
  g_assert_cmpint (llabs (gtk_media_stream_get_duration (stream) - (gint64) (CLIP_SECONDS * G_USEC_PER_SEC)), <=, FRAME_US);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (player)), ==, 160);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (player)), ==, 120);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static gboolean
has_ten_frames (gpointer data)
{
  return stride_video_paintable_get_n_frames (stride_player_get_paintable (data)) >= 10;
}

static void
test_frames (void)
{
  g_autoptr(StridePlayer) player = NULL;
  GdkTexture *first;
  g_autoptr(GdkTexture) kept = NULL;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  kept = g_object_ref (stride_video_paintable_get_texture (stride_player_get_paintable (player)));
  first = kept;
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  wait_until (has_ten_frames, player);
  g_assert_true (stride_video_paintable_get_texture (stride_player_get_paintable (player)) != first);
  g_assert_cmpint (gtk_media_stream_get_timestamp (GTK_MEDIA_STREAM (player)), >, 0);
  g_assert_finalize_object (g_steal_pointer (&player));

  /* A texture outlives its player and pipeline: its frame stays mapped until then. */
  g_assert_cmpint (gdk_texture_get_width (kept), ==, 160);
  {
    g_autofree guchar *pixels = g_malloc (160 * 120 * 4);

    gdk_texture_download (kept, pixels, 160 * 4);
  }
}

typedef struct
{
  StridePlayer *player;
  GdkTexture   *before;   /* the frame on show when the clip changed */
} NewFrame;

static gboolean
shows_new_frame (gpointer data)
{
  NewFrame *wait = data;
  GdkTexture *texture = stride_video_paintable_get_texture (stride_player_get_paintable (wait->player));

  return texture != NULL && texture != wait->before;
}

/* A player handed a new clip while it plays shows the new clip: the routine player moves
 * from one exercise's video to the next this way, and the old one played on (the next
 * exercise was demonstrated by the last one's video). */
static void
test_new_clip_while_playing (void)
{
  g_autoptr(StridePlayer) player = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "wide.webm", NULL);
  g_autofree char *wide_uri = NULL;
  g_autoptr(GdkTexture) before = NULL;
  NewFrame wait;

  if (skip_without_clips ())
    return;
  g_assert_true (stride_test_clip_write (path, 320, 240, CLIP_SECONDS, "vp8enc", FALSE, &error));
  g_assert_no_error (error);
  wide_uri = g_filename_to_uri (path, NULL, NULL);

  /* Looping a section, as a player loops an exercise's set-up: the old clip never ends */
  player = open_clip (clip_uri);
  stride_player_loop_section (player, 0, G_USEC_PER_SEC / 2);
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  wait_until (has_ten_frames, player);

  before = g_object_ref (stride_video_paintable_get_texture (stride_player_get_paintable (player)));
  stride_player_set_uri (player, wide_uri);
  wait_until (is_prepared, player);
  g_assert_no_error (gtk_media_stream_get_error (GTK_MEDIA_STREAM (player)));
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  /* The first frame shown after the change is the new clip's, never the old one's */
  wait = (NewFrame) { player, before };
  wait_until (shows_new_frame, &wait);
  g_assert_cmpint (gdk_texture_get_width (stride_video_paintable_get_texture (stride_player_get_paintable (player))), ==, 320);
}

static void
test_seek (void)
{
  g_autoptr(StridePlayer) player = NULL;
  const gint64 targets[] = { 1000000, 1500000, 250000, 0 };

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      gtk_media_stream_seek (GTK_MEDIA_STREAM (player), targets[i]);
      wait_until (is_not_seeking, player);
      g_assert_cmpint (llabs (gtk_media_stream_get_timestamp (GTK_MEDIA_STREAM (player)) - targets[i]), <=, FRAME_US);
    }
  g_assert_finalize_object (g_steal_pointer (&player));
}

typedef struct
{
  StridePlayer *player;
  gint64        until;
} Sleep;

static gboolean
slept (gpointer data)
{
  Sleep *sleep = data;

  return g_get_monotonic_time () >= sleep->until;
}

/* The play head moves at RATE media seconds per clock second (a ratio, not a timing). */
static double
measure_speed (StridePlayer *player)
{
  GtkMediaStream *stream = GTK_MEDIA_STREAM (player);
  Sleep sleep = { player, g_get_monotonic_time () + 200000 };
  gint64 wall0, pos0;

  wait_until (slept, &sleep);
  wall0 = g_get_monotonic_time ();
  pos0 = gtk_media_stream_get_timestamp (stream);
  sleep.until = wall0 + 500000;
  wait_until (slept, &sleep);
  return (double) (gtk_media_stream_get_timestamp (stream) - pos0) / (g_get_monotonic_time () - wall0);
}

static void
test_rate (void)
{
  g_autoptr(StridePlayer) player = NULL;
  guint notifies = 0;
  double speed;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  g_signal_connect_swapped (player, "notify::rate", G_CALLBACK (g_atomic_int_inc), &notifies);
  stride_player_set_rate (player, 2.0);
  stride_player_set_rate (player, 2.0);
  stride_player_set_rate (player, 9.0);
  g_assert_cmpfloat (stride_player_get_rate (player), ==, STRIDE_PLAYER_MAX_RATE);
  g_assert_cmpuint (notifies, ==, 1);

  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  speed = measure_speed (player);
  g_test_message ("play head speed at 2×: %.2f", speed);
  /* Bounds far apart: a loaded machine makes the sampling coarse, not the ratio wrong. */
  g_assert_cmpfloat (speed, >, 1.4);
  g_assert_cmpfloat (speed, <, 3.0);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
count_cb (gpointer data)
{
  (*(guint *) data)++;
}

static void
test_eos (void)
{
  g_autoptr(StridePlayer) player = NULL;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  gtk_media_stream_seek (GTK_MEDIA_STREAM (player), 1500000);
  wait_until (is_not_seeking, player);
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  wait_until (is_ended, player);
  g_assert_no_error (gtk_media_stream_get_error (GTK_MEDIA_STREAM (player)));
  g_assert_true (gtk_media_stream_get_ended (GTK_MEDIA_STREAM (player)));
  g_assert_false (gtk_media_stream_get_playing (GTK_MEDIA_STREAM (player)));
  g_assert_finalize_object (g_steal_pointer (&player));
}

static gboolean
looped_twice (gpointer data)
{
  return *(guint *) data >= 2;
}

static gboolean
looped_thrice (gpointer data)
{
  return *(guint *) data >= 3;
}

static void
test_loop (void)
{
  g_autoptr(StridePlayer) player = NULL;
  guint looped = 0;
  gulong ended_id;
  guint ended = 0;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  g_signal_connect_swapped (player, "looped", G_CALLBACK (count_cb), &looped);
  ended_id = g_signal_connect_swapped (player, "notify::ended", G_CALLBACK (count_cb), &ended);
  gtk_media_stream_set_loop (GTK_MEDIA_STREAM (player), TRUE);
  gtk_media_stream_seek (GTK_MEDIA_STREAM (player), 1500000);
  wait_until (is_not_seeking, player);
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  wait_until (looped_twice, &looped);
  g_assert_cmpuint (ended, ==, 0);
  g_assert_true (gtk_media_stream_get_playing (GTK_MEDIA_STREAM (player)));
  g_signal_handler_disconnect (player, ended_id);
  g_assert_finalize_object (g_steal_pointer (&player));
}

/* Copies the test clip cut to 40 % of its bytes: it plays, but stops well before the
 * length its header states. */
static char *
write_cut_clip (const char *name)
{
  g_autofree char *clip = g_filename_from_uri (clip_uri, NULL, NULL);
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (clip, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length * 4 / 10, &error));
  g_assert_no_error (error);
  return g_filename_to_uri (path, NULL, NULL);
}

typedef struct
{
  guint  looped;
  gint64 first_pass_end;   /* the furthest position shown before the first loop */
  gint64 later_max;        /* the furthest position shown after it */
} CutWatch;

static void
cut_looped_cb (CutWatch *watch)
{
  watch->looped++;
}

static void
cut_timestamp_cb (GtkMediaStream *stream,
                  GParamSpec     *pspec,
                  CutWatch       *watch)
{
  gint64 *max = watch->looped == 0 ? &watch->first_pass_end : &watch->later_max;

  *max = MAX (*max, gtk_media_stream_get_timestamp (stream));
}

static gboolean
cut_looped_twice (gpointer data)
{
  return ((CutWatch *) data)->looped >= 2;
}

static gboolean
duration_is_short (gpointer data)
{
  gint64 duration = gtk_media_stream_get_duration (data);

  return (duration > 0 && duration < (gint64) (CLIP_SECONDS * G_USEC_PER_SEC) - G_USEC_PER_SEC / 2)
         || gtk_media_stream_get_error (data) != NULL;
}

/* A truncated WebM looped its readable part while the bar showed the length
 * its header states. The player reads the file through off the main thread as it opens
 * it, so its duration is the readable length before the first play; where the first pass
 * really ends (the decoder may not show a frame cut in half) is the length after it, and
 * later passes stay inside. */
static void
test_cut_short_duration (void)
{
  g_autoptr(StridePlayer) player = NULL;
  g_autofree char *uri = NULL;
  GtkMediaStream *stream;
  CutWatch watch = { 0, 0, 0 };
  gint64 before_play, real;

  if (skip_without_clips ())
    return;

  uri = write_cut_clip ("cut-looped.webm");
  player = open_clip (uri);
  stream = GTK_MEDIA_STREAM (player);
  wait_until (duration_is_short, stream);
  g_assert_no_error (gtk_media_stream_get_error (stream));
  g_assert_true (gtk_media_stream_is_prepared (stream));
  g_assert_false (gtk_media_stream_get_playing (stream));
  before_play = gtk_media_stream_get_duration (stream);
  g_assert_cmpint (before_play, <, (gint64) (CLIP_SECONDS * G_USEC_PER_SEC) - G_USEC_PER_SEC / 2);

  g_signal_connect_swapped (player, "looped", G_CALLBACK (cut_looped_cb), &watch);
  g_signal_connect (player, "notify::timestamp", G_CALLBACK (cut_timestamp_cb), &watch);
  gtk_media_stream_set_loop (stream, TRUE);
  gtk_media_stream_play (stream);
  wait_until (cut_looped_twice, &watch);

  real = gtk_media_stream_get_duration (stream);
  g_test_message ("readable length before play %" G_GINT64_FORMAT " µs, first pass reached %"
                  G_GINT64_FORMAT " µs, duration now %" G_GINT64_FORMAT " µs",
                  before_play, watch.first_pass_end, real);
  g_assert_no_error (gtk_media_stream_get_error (stream));
  g_assert_true (gtk_media_stream_get_playing (stream));
  g_assert_false (gtk_media_stream_get_ended (stream));
  /* The bar ends where the first pass ended, within a few reports of the play head. */
  g_assert_cmpint (real, <=, before_play);
  g_assert_cmpint (watch.first_pass_end, >, 0);
  g_assert_cmpint (watch.first_pass_end, <=, real);
  g_assert_cmpint (real - watch.first_pass_end, <=, 4 * TICK_US);
  g_assert_cmpint (watch.later_max, <=, real);

  g_signal_handlers_disconnect_by_data (player, &watch);
  g_assert_finalize_object (g_steal_pointer (&player));
}

typedef struct
{
  guint  looped;
  gint64 min;
  gint64 max;
} SectionWatch;

static void
section_looped_cb (SectionWatch *watch)
{
  watch->looped++;
}

static void
section_timestamp_cb (GtkMediaStream *stream,
                      GParamSpec     *pspec,
                      SectionWatch   *watch)
{
  gint64 timestamp = gtk_media_stream_get_timestamp (stream);

  /* Once looping, the play head stays in the section. */
  if (watch->looped > 0)
    {
      watch->min = MIN (watch->min, timestamp);
      watch->max = MAX (watch->max, timestamp);
    }
}

static void
test_section_loop (void)
{
  g_autoptr(StridePlayer) player = NULL;
  SectionWatch watch = { 0, G_MAXINT64, 0 };
  guint ended = 0;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  g_signal_connect_swapped (player, "looped", G_CALLBACK (section_looped_cb), &watch);
  g_signal_connect (player, "notify::timestamp", G_CALLBACK (section_timestamp_cb), &watch);
  g_signal_connect_swapped (player, "notify::ended", G_CALLBACK (count_cb), &ended);
  stride_player_loop_section (player, 500000, 1000000);
  g_assert_cmpint (stride_player_get_section_start (player), ==, 500000);
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  wait_until (looped_thrice, &watch.looped);
  g_assert_cmpuint (ended, ==, 0);
  g_assert_cmpint (watch.min, >=, 500000 - FRAME_US);
  g_assert_cmpint (watch.max, <=, 1000000 + FRAME_US);

  /* Stopping the section loop lets the clip play on to its real end (the player calls
   * a clip that stops early broken). */
  stride_player_loop_section (player, 0, 0);
  wait_until (is_ended, player);
  g_assert_no_error (gtk_media_stream_get_error (GTK_MEDIA_STREAM (player)));
  g_signal_handlers_disconnect_by_data (player, &watch);
  g_signal_handlers_disconnect_by_data (player, &ended);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static gboolean
has_two_chapters (gpointer data)
{
  return g_list_model_get_n_items (stride_player_get_chapters (data)) == 2;
}

static gboolean
in_hold (gpointer data)
{
  StrideMediaChapter *chapter = stride_player_get_chapter (data);

  return chapter != NULL && g_str_equal (stride_media_chapter_get_id (chapter), "hold");
}

static void
test_chapters (void)
{
  g_autoptr(StridePlayer) player = NULL;
  g_autoptr(StrideMediaChapter) setup = NULL;
  g_autoptr(StrideMediaChapter) hold = NULL;
  GListModel *chapters;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  wait_until (has_two_chapters, player);
  chapters = stride_player_get_chapters (player);
  setup = g_list_model_get_item (chapters, 0);
  hold = g_list_model_get_item (chapters, 1);
  g_assert_cmpstr (stride_media_chapter_get_id (setup), ==, "setup");
  g_assert_cmpstr (stride_media_chapter_get_title (setup), ==, "Set-up");
  g_assert_cmpint (stride_media_chapter_get_start (setup), ==, 0);
  g_assert_cmpstr (stride_media_chapter_get_id (hold), ==, "hold");
  g_assert_cmpstr (stride_media_chapter_get_title (hold), ==, "Hold");
  g_assert_cmpint (stride_media_chapter_get_start (hold), ==, CLIP_SECONDS / 2 * G_USEC_PER_SEC);
  g_assert_true (stride_player_get_chapter (player) == setup);

  gtk_media_stream_seek (GTK_MEDIA_STREAM (player), 1200000);
  wait_until (is_not_seeking, player);
  wait_until (in_hold, player);
  g_clear_object (&setup);
  g_clear_object (&hold);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_step (void)
{
  g_autoptr(StridePlayer) player = NULL;
  StrideVideoPaintable *paintable;
  guint64 frames;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  paintable = stride_player_get_paintable (player);
  for (guint i = 1; i <= 3; i++)
    {
      frames = stride_video_paintable_get_n_frames (paintable);
      stride_player_step_frame (player);
      while (stride_video_paintable_get_n_frames (paintable) == frames)
        g_main_context_iteration (NULL, TRUE);
      g_assert_false (gtk_media_stream_get_playing (GTK_MEDIA_STREAM (player)));
    }
  g_assert_finalize_object (g_steal_pointer (&player));
}

static gboolean
frame_is_64_wide (gpointer data)
{
  GdkTexture *texture = stride_video_paintable_get_texture (stride_player_get_paintable (data));

  return texture != NULL && gdk_texture_get_width (texture) == 64;
}

/* A small picture gets small frames: they are scaled in GStreamer's threads. */
static void
test_display_width (void)
{
  g_autoptr(StridePlayer) player = NULL;
  GdkTexture *texture;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  g_object_set (player, "display-width", 60, NULL);
  gtk_media_stream_set_loop (GTK_MEDIA_STREAM (player), TRUE);
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  wait_until (frame_is_64_wide, player);
  texture = stride_video_paintable_get_texture (stride_player_get_paintable (player));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 48);
  /* Still shown with the clip's shape. */
  g_assert_cmpfloat_with_epsilon (gdk_paintable_get_intrinsic_aspect_ratio (GDK_PAINTABLE (player)), 4.0 / 3.0, 0.01);
  g_assert_finalize_object (g_steal_pointer (&player));
}

typedef struct
{
  const char       *name;
  StrideMediaError  code;
} ErrorCase;

static char *
write_bad_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (name, "truncated.webm"))
    {
      g_autofree char *clip = g_filename_from_uri (clip_uri, NULL, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      /* Cut inside the header: the demuxer cannot make sense of what is left. */
      g_assert_true (g_file_get_contents (clip, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (path, contents, MIN (length, 400), &error));
    }
  else if (g_str_equal (name, "cut-short.webm"))
    {
      g_autofree char *clip = g_filename_from_uri (clip_uri, NULL, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      /* Cut half-way: it opens and plays, then stops long before its stated end. */
      g_assert_true (g_file_get_contents (clip, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (path, contents, length / 2, &error));
    }
  else if (g_str_equal (name, "fifo.webm"))
    {
      /* Opening a FIFO blocks until a writer comes: it must never be opened. */
      g_assert_cmpint (mkfifo (path, 0600), ==, 0);
    }
  else if (g_str_equal (name, "notes.webm"))
    {
      g_assert_true (g_file_set_contents (path, "Hold for thirty seconds, then switch sides.\n", -1, &error));
    }
  g_assert_no_error (error);
  return g_filename_to_uri (path, NULL, NULL);
}

static void
test_error (gconstpointer data)
{
  const ErrorCase *error_case = data;
  g_autoptr(StridePlayer) player = stride_player_new ();
  g_autofree char *uri = write_bad_file (error_case->name);
  const GError *error;
  guint notifies = 0;
  Sleep sleep;

  if (skip_without_clips ())
    return;

  g_signal_connect_swapped (player, "notify::error", G_CALLBACK (count_cb), &notifies);
  stride_player_set_uri (player, uri);
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  wait_until (has_error, player);

  /* More messages may still be on the bus: the error is reported only once. */
  sleep.until = g_get_monotonic_time () + 300000;
  wait_until (slept, &sleep);
  error = gtk_media_stream_get_error (GTK_MEDIA_STREAM (player));
  g_test_message ("%s: %s", error_case->name, error->message);
  g_assert_error (error, STRIDE_MEDIA_ERROR, (int) error_case->code);
  g_assert_nonnull (strstr (error->message, error_case->name));
  g_assert_cmpuint (notifies, ==, 1);

  /* The same player plays a good clip afterwards. */
  stride_player_set_uri (player, clip_uri);
  wait_until (is_prepared, player);
  g_assert_no_error (gtk_media_stream_get_error (GTK_MEDIA_STREAM (player)));
  g_signal_handlers_disconnect_by_data (player, &notifies);
  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_dispose_playing (void)
{
  g_autoptr(StridePlayer) player = NULL;
  g_autoptr(StrideVideoPaintable) paintable = NULL;

  if (skip_without_clips ())
    return;

  player = open_clip (clip_uri);
  paintable = g_object_ref (stride_player_get_paintable (player));
  gtk_media_stream_set_loop (GTK_MEDIA_STREAM (player), TRUE);
  gtk_media_stream_play (GTK_MEDIA_STREAM (player));
  wait_until (has_ten_frames, player);
  g_assert_finalize_object (g_steal_pointer (&player));
  g_assert_finalize_object (g_steal_pointer (&paintable));
}

/* The sink on its own: formats, pixel aspect ratio and orientation. */
static GdkTexture *
sink_one_frame (const char  *caps,
                const char  *tags,
                int         *width,
                int         *height)
{
  g_autoptr(StrideVideoPaintable) paintable = stride_video_paintable_new ();
  g_autofree char *description = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstElement) bin_sink = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  GdkTexture *texture;

  description = g_strdup_printf ("videotestsrc num-buffers=1 pattern=red ! %s%s%s ! fakesink name=sink",
                                 caps, tags != NULL ? " ! taginject tags=" : "", tags != NULL ? tags : "");
  pipeline = gst_parse_launch (description, &error);
  g_assert_no_error (error);

  /* Swap the fakesink for ours, so gst_parse_launch needs no registered factory. */
  bin_sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  {
    g_autoptr(GstPad) pad = gst_element_get_static_pad (bin_sink, "sink");
    g_autoptr(GstPad) peer = gst_pad_get_peer (pad);
    g_autoptr(GstElement) upstream = gst_pad_get_parent_element (peer);

    gst_bin_remove (GST_BIN (pipeline), bin_sink);
    sink = gst_object_ref (stride_video_sink_new (paintable));
    gst_bin_add (GST_BIN (pipeline), sink);
    g_assert_true (gst_element_link (upstream, sink));
  }

  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, 30 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (message);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  /* The frame reaches the paintable through the main context. */
  while (stride_video_paintable_get_texture (paintable) == NULL)
    g_main_context_iteration (NULL, TRUE);
  *width = gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (paintable));
  *height = gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (paintable));
  texture = g_object_ref (stride_video_paintable_get_texture (paintable));
  return texture;
}

typedef struct
{
  const char *caps;
  const char *tags;
  int         width;   /* as shown */
  int         height;
} SinkCase;

static void
test_sink (gconstpointer data)
{
  const SinkCase *sink_case = data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width, height;

  if (skip_without_clips ())
    return;

  texture = sink_one_frame (sink_case->caps, sink_case->tags, &width, &height);
  g_assert_cmpint (width, ==, sink_case->width);
  g_assert_cmpint (height, ==, sink_case->height);

  /* The pattern is red whatever the byte order: GDK downloads as premultiplied BGRA. */
  pixels = g_malloc (gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4);
  gdk_texture_download (texture, pixels, gdk_texture_get_width (texture) * 4);
  g_assert_cmpuint (pixels[2], >, 200);
  g_assert_cmpuint (pixels[1], <, 50);
  g_assert_cmpuint (pixels[0], <, 50);
  g_assert_cmpuint (pixels[3], ==, 255);
}

static const SinkCase sink_cases[] = {
  { "video/x-raw,format=RGBA,width=16,height=8", NULL, 16, 8 },
  { "video/x-raw,format=BGRA,width=16,height=8", NULL, 16, 8 },
  { "video/x-raw,format=RGBx,width=16,height=8", NULL, 16, 8 },
  { "video/x-raw,format=BGRx,width=16,height=8", NULL, 16, 8 },
  { "video/x-raw,format=RGB,width=15,height=8", NULL, 15, 8 },
  { "video/x-raw,format=BGR,width=15,height=8", NULL, 15, 8 },
  { "video/x-raw,format=RGBA,width=16,height=8,pixel-aspect-ratio=2/1", NULL, 32, 8 },
  { "video/x-raw,format=RGBA,width=16,height=8", "\"image-orientation=rotate-90\"", 8, 16 },
};

static void
test_cue_render (void)
{
  for (StrideCue cue = 0; cue < STRIDE_N_CUES; cue++)
    {
      g_autoptr(GBytes) bytes = stride_cue_render (cue);
      gsize n = g_bytes_get_size (bytes) / sizeof (gint16);
      const gint16 *samples = g_bytes_get_data (bytes, NULL);
      gint16 peak = 0;

      /* Short, audible, and silent at both ends so it does not click. */
      g_assert_cmpuint (n, >, STRIDE_CUE_SAMPLE_RATE / 50);
      g_assert_cmpuint (n, <, STRIDE_CUE_SAMPLE_RATE);
      for (gsize i = 0; i < n; i++)
        peak = MAX (peak, ABS (samples[i]));
      g_assert_cmpint (peak, >, G_MAXINT16 / 8);
      g_assert_cmpint (ABS (samples[0]), <, 200);
      g_assert_cmpint (ABS (samples[n - 1]), <, 200);
    }
}

static gboolean
played_two (gpointer data)
{
  return stride_cue_player_get_n_played (data) >= 2;
}

static void
test_cue_play (void)
{
  g_autoptr(StrideCuePlayer) cues = NULL;

  if (skip_without_clips ())
    return;

  cues = stride_cue_player_new ();
  stride_cue_player_play (cues, STRIDE_CUE_START, 0.5);
  while (stride_cue_player_get_n_played (cues) < 1)
    g_main_context_iteration (NULL, TRUE);
  stride_cue_player_play (cues, STRIDE_CUE_DONE, 0.5);
  wait_until (played_two, cues);
  g_assert_finalize_object (g_steal_pointer (&cues));
}

static void
make_clip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  skip_reason = stride_test_clips_missing ();
  if (skip_reason != NULL)
    return;

  path = g_build_filename (tmp_dir, "clip.webm", NULL);
  if (!stride_test_clip_write (path, 160, 120, CLIP_SECONDS, "vp8enc", FALSE, &error))
    {
      skip_reason = g_strdup_printf ("could not make a test clip: %s", error->message);
      return;
    }
  clip_uri = g_filename_to_uri (path, NULL, NULL);
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (tmp_dir);
}

int
main (int   argc,
      char *argv[])
{
  static const ErrorCase error_cases[] = {
    { "missing.webm", STRIDE_MEDIA_ERROR_NOT_FOUND },
    { "truncated.webm", STRIDE_MEDIA_ERROR_CORRUPT },
    { "cut-short.webm", STRIDE_MEDIA_ERROR_CORRUPT },
    { "notes.webm", STRIDE_MEDIA_ERROR_NOT_VIDEO },
    { "fifo.webm", STRIDE_MEDIA_ERROR_NOT_FOUND },
  };
  g_autoptr(GError) error = NULL;
  int status;

  /* Before any thread exists: no sound device in tests. */
  g_setenv ("STRIDE_AUDIO_SINK", "fakesink", FALSE);
  g_test_init (&argc, &argv, NULL);
  g_assert_true (stride_media_init (&error));
  g_assert_no_error (error);

  tmp_dir = g_dir_make_tmp ("stride-media-XXXXXX", &error);
  g_assert_no_error (error);
  make_clip ();
  g_timeout_add (100, heartbeat_cb, NULL);

  g_test_add_func ("/stride/media/prepared", test_prepared);
  g_test_add_func ("/stride/media/frames", test_frames);
  g_test_add_func ("/stride/media/seek", test_seek);
  g_test_add_func ("/stride/media/new-clip-while-playing", test_new_clip_while_playing);
  g_test_add_func ("/stride/media/rate", test_rate);
  g_test_add_func ("/stride/media/eos", test_eos);
  g_test_add_func ("/stride/media/loop", test_loop);
  g_test_add_func ("/stride/media/cut-short-duration", test_cut_short_duration);
  g_test_add_func ("/stride/media/section-loop", test_section_loop);
  g_test_add_func ("/stride/media/chapters", test_chapters);
  g_test_add_func ("/stride/media/step", test_step);
  g_test_add_func ("/stride/media/dispose-playing", test_dispose_playing);
  g_test_add_func ("/stride/media/display-width", test_display_width);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/media/error/%s", error_cases[i].name);
      g_test_add_data_func (path, &error_cases[i], test_error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (sink_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/media/sink/%u", i);
      g_test_add_data_func (path, &sink_cases[i], test_sink);
    }
  g_test_add_func ("/stride/media/cues/render", test_cue_render);
  g_test_add_func ("/stride/media/cues/play", test_cue_play);

  status = g_test_run ();
  remove_tmp_dir ();
  return status;
}
