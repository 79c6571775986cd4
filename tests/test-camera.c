/* test-camera.c — the runner's camera: the test source stands in for a camera; a missing
 * device, a camera that stops, and each GStreamer error are told apart in the runner's
 * words. No display needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gst/gst.h>

#include "stride-camera.h"
#include "stride-media.h"

typedef struct
{
  StrideCamera      *camera;
  StrideCameraState  want;
} Wait;

static gboolean
give_up_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Spins the main loop until the camera reaches WANT; fails after 15 s. */
static void
wait_for_state (StrideCamera      *camera,
                StrideCameraState  want)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (15, give_up_cb, &timed_out);

  while (stride_camera_get_state (camera) != want && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_assert_cmpint (stride_camera_get_state (camera), ==, want);
}

static void
test_test_source_runs_mirrored (void)
{
  g_autoptr(StrideCamera) camera = stride_camera_new ();
  GdkPaintable *paintable = stride_camera_get_paintable (camera);

  g_setenv ("STRIDE_CAMERA_SOURCE", "test", TRUE);
  /* Like a mirror unless told otherwise. */
  g_assert_true (stride_camera_get_mirrored (camera));

  stride_camera_start (camera, NULL);
  g_assert_cmpint (stride_camera_get_state (camera), ==, STRIDE_CAMERA_STARTING);
  wait_for_state (camera, STRIDE_CAMERA_RUNNING);

  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 640);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 480);
  g_assert_cmpint (stride_camera_get_first_frame_latency (camera), >, 0);
  g_assert_cmpint (stride_camera_get_problem (camera), ==, STRIDE_CAMERA_PROBLEM_NONE);

  stride_camera_set_mirrored (camera, FALSE);
  g_assert_false (stride_camera_get_mirrored (camera));

  stride_camera_stop (camera);
  g_assert_cmpint (stride_camera_get_state (camera), ==, STRIDE_CAMERA_IDLE);
  /* And it starts again after a stop. */
  stride_camera_start (camera, NULL);
  wait_for_state (camera, STRIDE_CAMERA_RUNNING);
  stride_camera_stop (camera);
}

/* A device that is not there: failed, with the no-camera message, not a hang. */
static void
test_missing_device (void)
{
  g_autoptr(StrideCamera) camera = stride_camera_new ();

  g_setenv ("STRIDE_CAMERA_SOURCE", "v4l2", TRUE);
  g_setenv ("STRIDE_CAMERA_DEVICE", "/nonexistent/video7", TRUE);
  stride_camera_start (camera, NULL);
  wait_for_state (camera, STRIDE_CAMERA_FAILED);
  g_assert_cmpint (stride_camera_get_problem (camera), ==, STRIDE_CAMERA_PROBLEM_NO_DEVICE);
  g_assert_cmpstr (stride_camera_get_error_message (camera), ==,
                   stride_camera_problem_message (STRIDE_CAMERA_PROBLEM_NO_DEVICE));
  g_unsetenv ("STRIDE_CAMERA_DEVICE");
}

/* A camera that stops sending pictures while running reads as unplugged. */
static void
test_unplugged_while_running (void)
{
  g_autoptr(StrideCamera) camera = stride_camera_new ();

  g_setenv ("STRIDE_CAMERA_SOURCE", "test:20", TRUE);
  stride_camera_start (camera, NULL);
  wait_for_state (camera, STRIDE_CAMERA_RUNNING);
  wait_for_state (camera, STRIDE_CAMERA_FAILED);
  g_assert_cmpint (stride_camera_get_problem (camera), ==, STRIDE_CAMERA_PROBLEM_UNPLUGGED);
}

static void
test_classify (void)
{
  struct { GQuark domain; int code; gboolean running; StrideCameraProblem problem; } cases[] = {
    { GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_BUSY, FALSE, STRIDE_CAMERA_PROBLEM_BUSY },
    { GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_AUTHORIZED, FALSE, STRIDE_CAMERA_PROBLEM_REFUSED },
    { GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_FOUND, FALSE, STRIDE_CAMERA_PROBLEM_NO_DEVICE },
    { GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_OPEN_READ, FALSE, STRIDE_CAMERA_PROBLEM_NO_DEVICE },
    { GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_OPEN_READ, TRUE, STRIDE_CAMERA_PROBLEM_UNPLUGGED },
    { GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_READ, TRUE, STRIDE_CAMERA_PROBLEM_UNPLUGGED },
    { GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_READ, FALSE, STRIDE_CAMERA_PROBLEM_OTHER },
    { GST_STREAM_ERROR, GST_STREAM_ERROR_FAILED, TRUE, STRIDE_CAMERA_PROBLEM_UNPLUGGED },
    { GST_CORE_ERROR, GST_CORE_ERROR_MISSING_PLUGIN, FALSE, STRIDE_CAMERA_PROBLEM_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (stride_camera_classify_error (cases[i].domain, cases[i].code, cases[i].running),
                     ==, cases[i].problem);
}

/* Every problem has its own, non-empty words. */
static void
test_messages (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int p = STRIDE_CAMERA_PROBLEM_NO_DEVICE; p <= STRIDE_CAMERA_PROBLEM_OTHER; p++)
    {
      const char *message = stride_camera_problem_message (p);

      g_assert_cmpuint (strlen (message), >, 20);
      g_assert_false (g_hash_table_contains (seen, message));
      g_hash_table_add (seen, (gpointer) message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_true (stride_media_init (NULL));
  g_test_add_func ("/stride/camera/test-source", test_test_source_runs_mirrored);
  g_test_add_func ("/stride/camera/missing-device", test_missing_device);
  g_test_add_func ("/stride/camera/unplugged", test_unplugged_while_running);
  g_test_add_func ("/stride/camera/classify", test_classify);
  g_test_add_func ("/stride/camera/messages", test_messages);
  return g_test_run ();
}
