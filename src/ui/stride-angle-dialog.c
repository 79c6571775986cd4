/* stride-angle-dialog.c — measure a self-test angle on a photo
 *
 * Three steps, one view each: how to take the photo (with a small drawing of the
 * landmarks), getting the photo (a file, or the camera after a countdown), and placing
 * the landmarks on it (StrideAngleCanvas) until the angle can be used. Photos are read
 * off the main thread, checked to be regular files of a sane size, turned upright by
 * their EXIF orientation and scaled down; nothing is written unless the runner saves it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "stride-angle.h"
#include "stride-angle-canvas.h"
#include "stride-angle-dialog.h"
#include "stride-media-loader.h"
#include "stride-widget-util.h"

/* Larger photos are scaled down: a phone photo is far more than a joint angle needs. */
#define MAX_PHOTO_SIDE 2048
#define MAX_PHOTO_BYTES (60 * 1024 * 1024)

struct _StrideAngleDialog
{
  AdwWindow          parent_instance;

  /* template widgets */
  AdwToastOverlay   *toasts;
  AdwWindowTitle    *window_title;
  GtkStack          *stack;
  GtkDrawingArea    *sketch;
  GtkLabel          *landmarks_label;
  GtkLabel          *help_label;
  GtkDropDown       *countdown_choice;
  GtkSpinner        *spinner;
  GtkLabel          *loading_label;
  GtkPicture        *camera_picture;
  GtkLabel          *countdown_label;
  AdwStatusPage     *camera_error;
  StrideAngleCanvas *canvas;
  GtkLabel          *angle_label;
  GtkLabel          *instruction_label;
  GtkWidget         *use_button;
  AdwToast          *problem_toast;

  /* owned */
  GStrv              names;
  GObject           *camera;
  GCancellable      *cancellable;
  guint              countdown_id;

  int                method;
  int                seconds_left;
};

enum {
  ANGLE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StrideAngleDialog, stride_angle_dialog, ADW_TYPE_WINDOW)

/* ---- The landmarks drawing ---- */

static void
sketch_point (cairo_t    *cr,
              double      x,
              double      y,
              guint       number,
              const char *name)
{
  char digit[4];

  cairo_arc (cr, x, y, 9, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.1, 0.45, 0.85);
  cairo_fill (cr);
  g_snprintf (digit, sizeof digit, "%u", number);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_font_size (cr, 12);
  cairo_move_to (cr, x - 3.5, y + 4);
  cairo_show_text (cr, digit);
}

/* A limb in the pose the field is measured in, with its landmarks numbered. */
static void
draw_sketch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  StrideAngleDialog *self = user_data;
  GdkRGBA color;
  double sx = width / 260.0, sy = height / 170.0;
  struct { double x, y; } p[3];

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  cairo_scale (cr, sx, sy);
  switch (self->method)
    {
    case STRIDE_MEASURE_FLEXION:
      p[0].x = 50; p[0].y = 40; p[1].x = 140; p[1].y = 90; p[2].x = 110; p[2].y = 155;
      break;
    case STRIDE_MEASURE_FROM_VERTICAL:
      p[0].x = 110; p[0].y = 30; p[1].x = 160; p[1].y = 140; p[2].x = 0; p[2].y = 0;
      break;
    case STRIDE_MEASURE_BETWEEN:
    default:
      p[0].x = 140; p[0].y = 25; p[1].x = 40; p[1].y = 140; p[2].x = 225; p[2].y = 140;
      break;
    }

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, 10);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.25);
  cairo_move_to (cr, p[0].x, p[0].y);
  cairo_line_to (cr, p[1].x, p[1].y);
  if (self->method != STRIDE_MEASURE_FROM_VERTICAL)
    cairo_line_to (cr, p[2].x, p[2].y);
  cairo_stroke (cr);
  if (self->method == STRIDE_MEASURE_FROM_VERTICAL)
    {
      double dashes[] = { 6, 5 };

      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.7);
      cairo_move_to (cr, p[0].x, p[0].y);
      cairo_line_to (cr, p[0].x, 160);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  for (guint i = 0; self->names != NULL && self->names[i] != NULL && i < 3; i++)
    sketch_point (cr, p[i].x, p[i].y, i + 1, self->names[i]);
}

/* ---- Measuring ---- */

static void
update_measure_labels (StrideAngleDialog *self)
{
  double angle = stride_angle_canvas_get_angle (self->canvas);
  const char *next = stride_angle_canvas_get_next_name (self->canvas);
  g_autofree char *instruction = NULL;
  g_autofree char *reading = NULL;

  if (next != NULL)
    {
      guint index = stride_angle_canvas_get_n_placed (self->canvas) + 1;

      /* Translators: "2. Knee": the landmark to place next, with its number */
      reading = g_strdup_printf (_("Place point %u: %s"), index, next);
      instruction = g_strdup (_("Click where it is on the photo, or move the crosshair with the arrow keys and press Enter."));
    }
  else if (stride_angle_canvas_points_too_close (self->canvas))
    {
      reading = g_strdup (_("The points are too close together"));
      instruction = g_strdup (_("Put each point on its joint, spread along the limb: an angle read off points this close is not reliable."));
      angle = NAN;
    }
  else
    {
      /* Translators: the angle measured on the photo, in degrees */
      reading = g_strdup_printf (_("Angle: %.0f°"), angle);
      instruction = g_strdup (_("Drag a point to adjust it; a magnifier shows it up close. With the keyboard, press 1, 2 or 3 and use the arrow keys."));
    }
  gtk_label_set_label (self->angle_label, reading);
  gtk_label_set_label (self->instruction_label, instruction);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "angle.use", !isnan (angle));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "angle.save",
                                 stride_angle_canvas_get_photo (self->canvas) != NULL);
}

static void
canvas_changed_cb (StrideAngleDialog *self)
{
  update_measure_labels (self);
}

static void dismiss_problem (StrideAngleDialog *self);

void
stride_angle_dialog_set_photo (StrideAngleDialog *self,
                               GdkTexture        *photo)
{
  g_return_if_fail (STRIDE_IS_ANGLE_DIALOG (self));
  g_return_if_fail (GDK_IS_TEXTURE (photo));

  dismiss_problem (self);
  stride_angle_canvas_set_photo (self->canvas, photo);
  update_measure_labels (self);
  gtk_stack_set_visible_child_name (self->stack, "measure");
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

GtkWidget *
stride_angle_dialog_get_canvas (StrideAngleDialog *self)
{
  g_return_val_if_fail (STRIDE_IS_ANGLE_DIALOG (self), NULL);
  return GTK_WIDGET (self->canvas);
}

static void
show_start (StrideAngleDialog *self)
{
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "start");
}

static void
dismiss_problem (StrideAngleDialog *self)
{
  if (self->problem_toast != NULL)
    adw_toast_dismiss (self->problem_toast);
  g_clear_object (&self->problem_toast);
}

/* One problem at a time: a new one replaces the last, and a photo that loads clears it. */
static void
show_problem (StrideAngleDialog *self,
              const char        *message)
{
  AdwToast *toast = stride_toast_new (message);

  dismiss_problem (self);
  adw_toast_set_timeout (toast, 10);
  self->problem_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* ---- A photo from a file ---- */

static GdkPixbuf *
upright (GdkPixbuf *pixbuf)
{
  const char *option = gdk_pixbuf_get_option (pixbuf, "orientation");
  int orientation = option != NULL ? atoi (option) : 1;
  guint turns;
  gboolean flipped;
  g_autoptr(GdkPixbuf) result = g_object_ref (pixbuf);

  stride_exif_orientation_steps (orientation, &turns, &flipped);
  if (flipped)
    {
      g_autoptr(GdkPixbuf) mirrored = gdk_pixbuf_flip (result, TRUE);
      g_set_object (&result, mirrored);
    }
  if (turns > 0)
    {
      static const GdkPixbufRotation rotations[] = {
        GDK_PIXBUF_ROTATE_NONE, GDK_PIXBUF_ROTATE_CLOCKWISE,
        GDK_PIXBUF_ROTATE_UPSIDEDOWN, GDK_PIXBUF_ROTATE_COUNTERCLOCKWISE,
      };
      g_autoptr(GdkPixbuf) turned = gdk_pixbuf_rotate_simple (result, rotations[turns % 4]);
      g_set_object (&result, turned);
    }
  return g_steal_pointer (&result);
}

typedef struct
{
  StrideAngleDialog *dialog;
  GFile             *file;
} PhotoLoad;

static void
photo_load_free (PhotoLoad *load)
{
  g_clear_object (&load->dialog);
  g_clear_object (&load->file);
  g_free (load);
}

static void
photo_failed (PhotoLoad  *load,
              const char *reason)
{
  g_autofree char *name = g_file_get_basename (load->file);
  /* Translators: a photo file name, then why it could not be read */
  g_autofree char *message = g_strdup_printf (_("“%s” could not be opened as a photo: %s"), name, reason);

  show_start (load->dialog);
  show_problem (load->dialog, message);
  photo_load_free (load);
}

static void
pixbuf_ready_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PhotoLoad *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_stream_finish (result, &error);
  g_autoptr(GdkPixbuf) straight = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (pixbuf == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        photo_failed (load, error->message);
      else
        photo_load_free (load);
      return;
    }
  straight = upright (pixbuf);
  texture = gdk_texture_new_for_pixbuf (straight);
  gtk_spinner_stop (load->dialog->spinner);
  stride_angle_dialog_set_photo (load->dialog, texture);
  photo_load_free (load);
}

static void
photo_stream_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PhotoLoad *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInputStream) stream = g_file_read_finish (G_FILE (source_object), result, &error);

  if (stream == NULL)
    {
      photo_failed (load, error->message);
      return;
    }
  gdk_pixbuf_new_from_stream_at_scale_async (G_INPUT_STREAM (stream), MAX_PHOTO_SIDE, MAX_PHOTO_SIDE, TRUE,
                                             load->dialog->cancellable, pixbuf_ready_cb, load);
}

static void
photo_info_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  PhotoLoad *load = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source_object), result, &error);

  if (info == NULL)
    photo_failed (load, error->message);
  /* A pipe or a device would block a read for ever; a huge file is not a photo. */
  else if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    photo_failed (load, _("it is not a regular file"));
  else if (g_file_info_get_size (info) > MAX_PHOTO_BYTES)
    photo_failed (load, _("it is larger than 60 MB"));
  else
    g_file_read_async (load->file, G_PRIORITY_DEFAULT, load->dialog->cancellable, photo_stream_cb, load);
}

static void
load_photo (StrideAngleDialog *self,
            GFile             *file)
{
  PhotoLoad *load = g_new0 (PhotoLoad, 1);
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: a photo's file name */
  g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), name);

  load->dialog = g_object_ref (self);
  load->file = g_object_ref (file);
  gtk_label_set_label (self->loading_label, text);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, self->cancellable,
                           photo_info_cb, load);
}

static void
open_response_cb (GtkNativeDialog   *chooser,
                  int                response,
                  StrideAngleDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        load_photo (self, file);
    }
  g_object_unref (chooser);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideAngleDialog *self = STRIDE_ANGLE_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) pictures = NULL;
  const char *pictures_dir = g_get_user_special_dir (G_USER_DIRECTORY_PICTURES);

  if (self->camera != NULL)
    stride_media_loader_get (NULL)->camera_stop (self->camera);
  chooser = gtk_file_chooser_native_new (_("Open a Photo"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Photos (JPEG or PNG)"));
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (pictures_dir != NULL)
    {
      pictures = g_file_new_for_path (pictures_dir);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), pictures, NULL);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- A photo from the camera ---- */

static void
stop_countdown (StrideAngleDialog *self)
{
  g_clear_handle_id (&self->countdown_id, g_source_remove);
}

static GdkTexture *
grab_frame (StrideAngleDialog *self)
{
  GdkPaintable *paintable = gtk_picture_get_paintable (self->camera_picture);
  g_autoptr(GdkPaintable) image = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  int width, height;

  if (paintable == NULL)
    return NULL;
  image = gdk_paintable_get_current_image (paintable);
  width = gdk_paintable_get_intrinsic_width (image);
  height = gdk_paintable_get_intrinsic_height (image);
  if (width <= 0 || height <= 0)
    return NULL;
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (image, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return NULL;
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (self)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static gboolean
countdown_tick_cb (gpointer user_data)
{
  StrideAngleDialog *self = user_data;
  g_autofree char *text = NULL;

  self->seconds_left--;
  if (self->seconds_left > 0)
    {
      text = g_strdup_printf ("%d", self->seconds_left);
      gtk_label_set_label (self->countdown_label, text);
      return G_SOURCE_CONTINUE;
    }

  self->countdown_id = 0;
  {
    g_autoptr(GdkTexture) photo = grab_frame (self);

    stride_media_loader_get (NULL)->camera_stop (self->camera);
    if (photo == NULL)
      {
        show_start (self);
        show_problem (self, _("The camera had no picture to take. Try again, or open a photo."));
      }
    else
      stride_angle_dialog_set_photo (self, photo);
  }
  return G_SOURCE_REMOVE;
}

static void
start_countdown (StrideAngleDialog *self)
{
  static const int seconds[] = { 10, 5, 20 };
  guint choice = gtk_drop_down_get_selected (self->countdown_choice);
  g_autofree char *text = NULL;

  self->seconds_left = seconds[MIN (choice, G_N_ELEMENTS (seconds) - 1)];
  text = g_strdup_printf ("%d", self->seconds_left);
  gtk_label_set_label (self->countdown_label, text);
  stop_countdown (self);
  self->countdown_id = g_timeout_add_seconds (1, countdown_tick_cb, self);
}

static void
camera_state_cb (GObject           *camera,
                 GParamSpec        *pspec,
                 StrideAngleDialog *self)
{
  int state = 0;
  g_autofree char *message = NULL;

  g_object_get (camera, "state", &state, "error-message", &message, NULL);
  /* 2: running (the first picture is in); 3: failed. */
  if (state == 2 && self->countdown_id == 0 &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "camera") == 0)
    start_countdown (self);
  else if (state == 3)
    {
      stop_countdown (self);
      adw_status_page_set_description (self->camera_error, message);
      gtk_stack_set_visible_child_name (self->stack, "camera-error");
    }
}

static void
camera_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StrideAngleDialog *self = STRIDE_ANGLE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  const StrideMediaModule *media = stride_media_loader_get (&error);
  GdkPaintable *paintable = NULL;

  if (media == NULL)
    {
      adw_status_page_set_description (self->camera_error, error->message);
      gtk_stack_set_visible_child_name (self->stack, "camera-error");
      return;
    }
  if (self->camera == NULL)
    {
      self->camera = media->camera_new ();
      g_signal_connect_object (self->camera, "notify::state", G_CALLBACK (camera_state_cb), self, 0);
    }
  g_object_get (self->camera, "paintable", &paintable, NULL);
  gtk_picture_set_paintable (self->camera_picture, paintable);
  g_clear_object (&paintable);
  gtk_label_set_label (self->countdown_label, "");
  gtk_stack_set_visible_child_name (self->stack, "camera");
  media->camera_start (self->camera, GTK_WINDOW (self));
}

/* ---- The other actions ---- */

static void
restart_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StrideAngleDialog *self = STRIDE_ANGLE_DIALOG (widget);

  stop_countdown (self);
  if (self->camera != NULL)
    stride_media_loader_get (NULL)->camera_stop (self->camera);
  show_start (self);
}

static void
clear_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StrideAngleDialog *self = STRIDE_ANGLE_DIALOG (widget);

  stride_angle_canvas_clear (self->canvas);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
use_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StrideAngleDialog *self = STRIDE_ANGLE_DIALOG (widget);
  double angle = stride_angle_canvas_get_angle (self->canvas);

  if (isnan (angle) || stride_angle_canvas_points_too_close (self->canvas))
    return;
  g_signal_emit (self, signals[ANGLE_CHOSEN], 0, angle);
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_response_cb (GtkNativeDialog   *chooser,
                  int                response,
                  StrideAngleDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GdkTexture) marked = stride_angle_canvas_render_marked (self->canvas);
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (marked == NULL || path == NULL || !gdk_texture_save_to_png (marked, path))
        show_problem (self, _("The photo could not be saved there. Choose another folder."));
      else
        adw_toast_overlay_add_toast (self->toasts, stride_toast_new (_("Photo saved")));
    }
  g_object_unref (chooser);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideAngleDialog *self = STRIDE_ANGLE_DIALOG (widget);
  GtkFileChooserNative *chooser;
  const char *pictures_dir = g_get_user_special_dir (G_USER_DIRECTORY_PICTURES);
  g_autoptr(GFile) folder = g_file_new_for_path (pictures_dir != NULL ? pictures_dir : g_get_home_dir ());

  chooser = gtk_file_chooser_native_new (_("Save the Photo"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  /* Translators: the file name offered for a saved, marked photo */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("stride-angle.png"));
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- The class ---- */

static void
stride_angle_dialog_dispose (GObject *object)
{
  StrideAngleDialog *self = STRIDE_ANGLE_DIALOG (object);

  stop_countdown (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->camera != NULL)
    stride_media_loader_get (NULL)->camera_stop (self->camera);
  g_clear_object (&self->camera);
  g_clear_pointer (&self->names, g_strfreev);
  g_clear_object (&self->problem_toast);
  gtk_widget_dispose_template (GTK_WIDGET (object), STRIDE_TYPE_ANGLE_DIALOG);
  G_OBJECT_CLASS (stride_angle_dialog_parent_class)->dispose (object);
}

static void
stride_angle_dialog_class_init (StrideAngleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_angle_dialog_dispose;

  signals[ANGLE_CHOSEN] =
    g_signal_new ("angle-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_DOUBLE);

  g_type_ensure (STRIDE_TYPE_ANGLE_CANVAS);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stride_app/Stride/stride-angle-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, sketch);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, landmarks_label);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, help_label);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, countdown_choice);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, loading_label);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, camera_picture);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, camera_error);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, canvas);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, angle_label);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, instruction_label);
  gtk_widget_class_bind_template_child (widget_class, StrideAngleDialog, use_button);

  gtk_widget_class_install_action (widget_class, "angle.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "angle.camera", NULL, camera_activated);
  gtk_widget_class_install_action (widget_class, "angle.restart", NULL, restart_activated);
  gtk_widget_class_install_action (widget_class, "angle.clear", NULL, clear_activated);
  gtk_widget_class_install_action (widget_class, "angle.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "angle.use", NULL, use_activated);
}

/* The header's Use button belongs to the measuring view only. */
static void
page_changed_cb (StrideAngleDialog *self)
{
  gtk_widget_set_visible (self->use_button,
                          g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "measure") == 0);
}

static void
stride_angle_dialog_init (StrideAngleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_drawing_area_set_draw_func (self->sketch, draw_sketch, self, NULL);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::n-placed", G_CALLBACK (canvas_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::angle", G_CALLBACK (canvas_changed_cb), self, G_CONNECT_SWAPPED);
  update_measure_labels (self);
}

static char *
describe_landmarks (GStrv names)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: a numbered landmark in a list, e.g. "2 Knee" */
      g_string_append_printf (text, _("%u %s"), i + 1, names[i]);
    }
  /* Translators: %s lists the numbered landmarks, e.g. "1 Hip, 2 Knee, 3 Ankle" */
  return g_strdup_printf (_("You place, in order: %s."), text->str);
}

StrideAngleDialog *
stride_angle_dialog_new (GtkWindow         *parent,
                         const StrideField *field,
                         const char        *subtitle)
{
  StrideAngleDialog *self;
  g_autofree char *landmarks = NULL;

  g_return_val_if_fail (field != NULL && field->measure != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_ANGLE_DIALOG, "transient-for", parent, NULL);
  self->names = g_strdupv (field->measure->points);
  self->method = field->measure->method;
  stride_angle_canvas_set_landmarks (self->canvas, (const char * const *) self->names, self->method);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : field->text);
  landmarks = describe_landmarks (self->names);
  gtk_label_set_label (self->landmarks_label, landmarks);
  gtk_label_set_label (self->help_label, field->measure->help);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sketch), GTK_ACCESSIBLE_PROPERTY_LABEL, landmarks, -1);
  update_measure_labels (self);
  return self;
}
