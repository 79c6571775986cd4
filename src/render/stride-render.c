/* stride-render.c — the build tool: a pose file in, a WebM video (or a PNG frame) out
 *
 *   stride-render [--height=720] [--codec=vp9|vp8] -o OUT.webm ANIMATION.json
 *   stride-render [--height=720] --png=OUT.png --time=SECONDS ANIMATION.json
 *
 * Exit status 0 on success, 1 when the animation or the encoder fails (the message on
 * stderr names the file and the place), 2 on a usage error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <locale.h>
#include <malloc.h>
#include <stdlib.h>

#include "stride-animation.h"
#include "stride-painter.h"
#include "stride-webm-writer.h"

static int
write_png (const StrideAnimation *animation,
           const char            *path,
           double                 t,
           int                    width,
           int                    height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  stride_painter_draw_frame (cr, animation, t, width, height);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("stride-render: %s: %s\n", path, cairo_status_to_string (status));
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(StrideAnimation) animation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *png = NULL;
  g_autofree char *codec_name = NULL;
  g_auto(GStrv) inputs = NULL;
  double time = -1;
  int height = 720;
  int width;
  StrideCodec codec = STRIDE_CODEC_VP9;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the video to FILE", "FILE" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Frame height (width is 16:9)", "PIXELS" },
    { "codec", 0, 0, G_OPTION_ARG_STRING, &codec_name, "vp9 (default) or vp8", "CODEC" },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, "Write one frame as a PNG instead", "FILE" },
    { "time", 0, 0, G_OPTION_ARG_DOUBLE, &time, "The frame's time, with --png", "SECONDS" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "ANIMATION" },
    { NULL }
  };

  /* Every frame's buffers (a 720p frame is 3.7 MB) would otherwise be fresh mmaps that
   * the kernel faults in and zeroes again at each frame: keep big blocks in the heap. */
  mallopt (M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 512 * 1024 * 1024);
  setlocale (LC_ALL, "");
  context = g_option_context_new ("ANIMATION.json — render a Stride pose animation");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("stride-render: %s\n", error->message);
      return 2;
    }
  if (inputs == NULL || g_strv_length (inputs) != 1 || (output == NULL) == (png == NULL) ||
      height < 120 || height > 2160 ||
      (codec_name != NULL && !g_str_equal (codec_name, "vp9") && !g_str_equal (codec_name, "vp8")))
    {
      g_printerr ("stride-render: usage: stride-render [--height=N] [--codec=vp9|vp8] "
                  "(-o OUT.webm | --png=OUT.png --time=S) ANIMATION.json\n");
      return 2;
    }
  if (codec_name != NULL && g_str_equal (codec_name, "vp8"))
    codec = STRIDE_CODEC_VP8;
  /* 16:9, and even, as I420 needs */
  height &= ~1;
  width = ((height * 16 + 8) / 9 + 1) & ~1;

  animation = stride_animation_load_file (inputs[0], &error);
  if (animation == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (png != NULL)
    return write_png (animation, png, MAX (time, 0), width, height);
  if (!stride_webm_write (animation, output, width, height, codec, &error))
    {
      g_printerr ("stride-render: %s: %s\n", output, error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
