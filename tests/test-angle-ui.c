/* test-angle-ui.c — the angle helper as a runner uses it: on a photo of a bent leg, place
 * hip, knee and ankle by clicking or by keyboard alone, read the knee angle, use it, and
 * see the Thomas test's field filled; the camera's test source stands in for a camera.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-angle.h"
#include "stride-angle-canvas.h"
#include "stride-angle-dialog.h"
#include "stride-test-ui.h"

static StrideApplication *shared_app;

/* A 900 × 600 "photo": a leg from hip (200, 150) to knee (500, 300) to ankle (500, 550),
 * so the knee is bent by 180° − 116.57° = 63.43°. */
static const StridePoint hip = { 200, 150 }, knee = { 500, 300 }, ankle = { 500, 550 };

static GdkTexture *
make_photo (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 600);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_set_source_rgb (cr, 0.85, 0.82, 0.75);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.55, 0.35, 0.25);
  cairo_set_line_width (cr, 40);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, hip.x, hip.y);
  cairo_line_to (cr, knee.x, knee.y);
  cairo_line_to (cr, ankle.x, ankle.y);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       cairo_image_surface_get_stride (surface) * 600);
  texture = gdk_memory_texture_new (900, 600, GDK_MEMORY_B8G8R8A8_PREMULTIPLIED, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static const StrideField *
thomas_knee_field (void)
{
  StrideContent *content = stride_application_get_content (shared_app);
  const StrideSelfTest *test = stride_content_find_test (content, "thomas_test");

  g_assert_nonnull (test);
  for (guint i = 0; i < test->fields->len; i++)
    {
      const StrideField *field = g_ptr_array_index (test->fields, i);

      if (g_strcmp0 (field->id, "knee_angle_deg") == 0)
        return field;
    }
  g_assert_not_reached ();
}

static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  GtkEventController *keys = NULL;
  gboolean handled = FALSE;
  GListModel *controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        keys = c;
    }
  g_object_unref (controllers);
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, 0, &handled);
  g_assert_true (handled);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
angle_chosen_cb (StrideAngleDialog *dialog,
                 double             degrees,
                 double            *out)
{
  *out = degrees;
}

static StrideAngleDialog *
open_dialog (void)
{
  StrideAngleDialog *dialog = stride_angle_dialog_new (NULL, thomas_knee_field (), "Left side");

  gtk_window_set_default_size (GTK_WINDOW (dialog), 1000, 700);
  gtk_window_present (GTK_WINDOW (dialog));
  stride_test_wait_until (stride_test_widget_is_mapped, dialog);
  return dialog;
}

/* Placing the three landmarks on the joints reads the knee bend; Use fills in the angle. */
static void
test_place_points_and_use (void)
{
  StrideAngleDialog *dialog = open_dialog ();
  StrideAngleCanvas *canvas = STRIDE_ANGLE_CANVAS (stride_angle_dialog_get_canvas (dialog));
  g_autoptr(GdkTexture) photo = make_photo ();
  double chosen = NAN;

  stride_test_screenshot (GTK_WIDGET (dialog), "angle-start");
  stride_angle_dialog_set_photo (dialog, photo);
  g_assert_cmpuint (stride_angle_canvas_get_n_points (canvas), ==, 3);
  g_assert_cmpstr (stride_angle_canvas_get_next_name (canvas), ==, "Hip");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "angle.use", NULL) &&
                  !isnan (chosen));

  stride_angle_canvas_set_point (canvas, 0, hip.x, hip.y);
  stride_angle_canvas_set_point (canvas, 1, knee.x, knee.y);
  g_assert_true (isnan (stride_angle_canvas_get_angle (canvas)));
  stride_angle_canvas_set_point (canvas, 2, ankle.x, ankle.y);
  g_assert_cmpfloat_with_epsilon (stride_angle_canvas_get_angle (canvas), 63.43, 0.01);
  stride_test_screenshot (GTK_WIDGET (dialog), "angle-measured");

  g_signal_connect (dialog, "angle-chosen", G_CALLBACK (angle_chosen_cb), &chosen);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "angle.use", NULL);
  g_assert_cmpfloat_with_epsilon (chosen, 63.43, 0.01);
}

/* With the keyboard alone: arrows move the crosshair, Enter places, 2 picks the knee. */
static void
test_keyboard_only (void)
{
  StrideAngleDialog *dialog = open_dialog ();
  StrideAngleCanvas *canvas = STRIDE_ANGLE_CANVAS (stride_angle_dialog_get_canvas (dialog));
  g_autoptr(GdkTexture) photo = make_photo ();
  double before;

  stride_angle_dialog_set_photo (dialog, photo);
  for (guint i = 0; i < 3; i++)
    {
      press_key (GTK_WIDGET (canvas), GDK_KEY_Left);
      press_key (GTK_WIDGET (canvas), GDK_KEY_Return);
      for (guint j = 0; j < 4; j++)
        press_key (GTK_WIDGET (canvas), (i % 2) ? GDK_KEY_Down : GDK_KEY_Up);
    }
  g_assert_cmpuint (stride_angle_canvas_get_n_placed (canvas), ==, 3);
  before = stride_angle_canvas_get_angle (canvas);
  g_assert_false (isnan (before));

  /* Choose the knee and move it: the angle follows. */
  press_key (GTK_WIDGET (canvas), GDK_KEY_2);
  for (guint j = 0; j < 5; j++)
    press_key (GTK_WIDGET (canvas), GDK_KEY_Right);
  g_assert_cmpfloat (fabs (stride_angle_canvas_get_angle (canvas) - before), >, 0.1);

  /* Backspace takes the last point off; the angle is gone until it is back. */
  press_key (GTK_WIDGET (canvas), GDK_KEY_BackSpace);
  g_assert_cmpuint (stride_angle_canvas_get_n_placed (canvas), ==, 2);
  g_assert_true (isnan (stride_angle_canvas_get_angle (canvas)));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The camera's test source: the countdown runs and its picture becomes the photo. */
static void
test_camera_photo (void)
{
  StrideAngleDialog *dialog;
  StrideAngleCanvas *canvas;

  g_setenv ("STRIDE_CAMERA_SOURCE", "test", TRUE);
  dialog = open_dialog ();
  canvas = STRIDE_ANGLE_CANVAS (stride_angle_dialog_get_canvas (dialog));
  /* The shortest countdown the runner can pick. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN)), 1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "angle.camera", NULL);
  stride_test_wait_until ((StrideTestWaitFunc) stride_angle_canvas_get_photo, canvas);
  g_assert_cmpint (gdk_texture_get_width (stride_angle_canvas_get_photo (canvas)), ==, 640);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  shared_app = stride_test_register_app ();
  g_test_add_func ("/stride/angle-ui/place-and-use", test_place_points_and_use);
  g_test_add_func ("/stride/angle-ui/keyboard-only", test_keyboard_only);
  g_test_add_func ("/stride/angle-ui/camera-photo", test_camera_photo);
  status = g_test_run ();
  g_clear_object (&shared_app);
  return status;
}
