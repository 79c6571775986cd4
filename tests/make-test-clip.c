/* make-test-clip.c — writes a small WebM clip with two chapters, for tests and benchmarks
 *
 *   make-test-clip PATH [WIDTH HEIGHT SECONDS ENCODER [two-sides]]
 *
 * A separate program so that the UI tests, which check that start-up maps no GStreamer,
 * never link it themselves. Exit status 77 when an element is missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <gst/gst.h>

#include "stride-test-clips.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = NULL;

  gst_init (&argc, &argv);
  if (argc != 2 && argc != 6 && argc != 7)
    {
      g_printerr ("Usage: %s PATH [WIDTH HEIGHT SECONDS ENCODER [two-sides]]\n", argv[0]);
      return 2;
    }

  missing = stride_test_clips_missing ();
  if (missing != NULL)
    {
      g_printerr ("%s\n", missing);
      return 77;
    }

  if (!stride_test_clip_write (argv[1],
                               argc >= 6 ? atoi (argv[2]) : 160,
                               argc >= 6 ? atoi (argv[3]) : 120,
                               argc >= 6 ? g_ascii_strtod (argv[4], NULL) : 3.0,
                               argc >= 6 ? argv[5] : "vp8enc",
                               argc == 7 && g_str_equal (argv[6], "two-sides"),
                               &error))
    {
      g_printerr ("Could not write %s: %s\n", argv[1], error->message);
      return 1;
    }
  return 0;
}
