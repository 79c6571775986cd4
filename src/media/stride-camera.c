/* stride-camera.c — the runner's camera, as a picture Stride can show
 *
 * Start-up picks a source: the test picture when asked for, else the Camera portal when
 * one runs on the session bus (access asked for, then a PipeWire remote opened for it),
 * else Video4Linux. The pipeline is source → converter → Stride's video sink; its
 * errors come through a bus watch on the main context and become a "problem" with words
 * for the runner. Nothing is written anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>
#include <gst/gst.h>
#include <libportal/portal.h>
#include <libportal-gtk4/portal-gtk4.h>

#include "stride-camera.h"
#include "stride-media.h"
#include "stride-video-sink.h"

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
/* A camera that has sent nothing after this long is treated as failed, not waited on. */
#define FIRST_FRAME_TIMEOUT_S 10

struct _StrideCamera
{
  GObject               parent_instance;

  /* owned */
  StrideVideoPaintable *paintable;
  GstElement           *pipeline;
  XdpPortal            *portal;
  GCancellable         *cancellable;
  char                 *error_message;
  guint                 bus_watch;
  guint                 timeout;

  StrideCameraState     state;
  StrideCameraProblem   problem;
  gboolean              mirrored;
  gint64                start_time;
  gint64                first_frame_latency;
};

enum {
  PROP_0,
  PROP_PAINTABLE,
  PROP_STATE,
  PROP_PROBLEM,
  PROP_ERROR_MESSAGE,
  PROP_MIRRORED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StrideCamera, stride_camera, G_TYPE_OBJECT)

const char *
stride_camera_problem_message (StrideCameraProblem problem)
{
  switch (problem)
    {
    case STRIDE_CAMERA_PROBLEM_NONE:
      return "";
    case STRIDE_CAMERA_PROBLEM_NO_DEVICE:
      return _("No camera was found. Plug one in and try again.");
    case STRIDE_CAMERA_PROBLEM_REFUSED:
      return _("Stride may not use the camera. You can allow it in Settings, under Privacy, then try again.");
    case STRIDE_CAMERA_PROBLEM_BUSY:
      return _("The camera is in use by another application. Close it there and try again.");
    case STRIDE_CAMERA_PROBLEM_UNPLUGGED:
      return _("The camera stopped sending pictures. It may have been unplugged.");
    case STRIDE_CAMERA_PROBLEM_OTHER:
    default:
      return _("The camera could not be started.");
    }
}

StrideCameraProblem
stride_camera_classify_error (GQuark   domain,
                              int      code,
                              gboolean running)
{
  if (domain == GST_RESOURCE_ERROR)
    {
      switch (code)
        {
        case GST_RESOURCE_ERROR_BUSY:
          return STRIDE_CAMERA_PROBLEM_BUSY;
        case GST_RESOURCE_ERROR_NOT_AUTHORIZED:
          return STRIDE_CAMERA_PROBLEM_REFUSED;
        case GST_RESOURCE_ERROR_NOT_FOUND:
        case GST_RESOURCE_ERROR_OPEN_READ:
        case GST_RESOURCE_ERROR_OPEN_READ_WRITE:
          return running ? STRIDE_CAMERA_PROBLEM_UNPLUGGED : STRIDE_CAMERA_PROBLEM_NO_DEVICE;
        case GST_RESOURCE_ERROR_READ:
        case GST_RESOURCE_ERROR_FAILED:
        case GST_RESOURCE_ERROR_SETTINGS:
          return running ? STRIDE_CAMERA_PROBLEM_UNPLUGGED : STRIDE_CAMERA_PROBLEM_OTHER;
        default:
          break;
        }
    }
  if (running && domain == GST_STREAM_ERROR)
    return STRIDE_CAMERA_PROBLEM_UNPLUGGED;
  return STRIDE_CAMERA_PROBLEM_OTHER;
}

static void
set_state (StrideCamera      *self,
           StrideCameraState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
teardown_pipeline (StrideCamera *self)
{
  g_clear_handle_id (&self->bus_watch, g_source_remove);
  g_clear_handle_id (&self->timeout, g_source_remove);
  if (self->pipeline != NULL)
    {
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      g_clear_pointer (&self->pipeline, gst_object_unref);
    }
  stride_video_paintable_drop_pending (self->paintable);
}

static void
fail (StrideCamera        *self,
      StrideCameraProblem  problem,
      const char          *detail)
{
  g_autofree char *message = NULL;

  teardown_pipeline (self);
  /* The runner's words first; a technical detail after, for a bug report. */
  if (detail != NULL && problem == STRIDE_CAMERA_PROBLEM_OTHER)
    message = g_strdup_printf ("%s (%s)", stride_camera_problem_message (problem), detail);
  else
    message = g_strdup (stride_camera_problem_message (problem));

  g_free (self->error_message);
  self->error_message = g_steal_pointer (&message);
  self->problem = problem;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
  set_state (self, STRIDE_CAMERA_FAILED);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
bus_message_cb (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  StrideCamera *self = user_data;

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *debug = NULL;

      gst_message_parse_error (message, &error, &debug);
      g_debug ("camera: %s (%s)", error->message, debug != NULL ? debug : "");
      fail (self, stride_camera_classify_error (error->domain, error->code,
                                                self->state == STRIDE_CAMERA_RUNNING),
            error->message);
      return G_SOURCE_REMOVE;
    }
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS && self->state == STRIDE_CAMERA_RUNNING)
    {
      fail (self, STRIDE_CAMERA_PROBLEM_UNPLUGGED, NULL);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
frame_shown_cb (StrideCamera *self)
{
  if (self->state != STRIDE_CAMERA_STARTING)
    return;
  self->first_frame_latency = g_get_monotonic_time () - self->start_time;
  g_clear_handle_id (&self->timeout, g_source_remove);
  set_state (self, STRIDE_CAMERA_RUNNING);
}

static gboolean
first_frame_timeout_cb (gpointer user_data)
{
  StrideCamera *self = user_data;

  self->timeout = 0;
  fail (self, STRIDE_CAMERA_PROBLEM_OTHER, _("it sent no picture"));
  return G_SOURCE_REMOVE;
}

/* SPEC is "test", or "test:N" for a camera that stops after N pictures (as if unplugged). */
static GstElement *
make_test_source (const char *spec)
{
  GstElement *bin = gst_bin_new ("stride-test-camera");
  GstElement *src = gst_element_factory_make ("videotestsrc", NULL);
  GstElement *filter = gst_element_factory_make ("capsfilter", NULL);
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstPad) pad = NULL;
  int frames = -1;

  if (src == NULL || filter == NULL)
    {
      g_clear_pointer (&src, gst_object_unref);
      g_clear_pointer (&filter, gst_object_unref);
      gst_object_unref (gst_object_ref_sink (bin));
      return NULL;
    }
  if (g_str_has_prefix (spec, "test:"))
    frames = (int) CLAMP (g_ascii_strtoll (spec + 5, NULL, 10), 1, G_MAXINT);
  /* A live, moving picture the size of a common webcam's. */
  gst_util_set_object_arg (G_OBJECT (src), "pattern", "ball");
  gst_util_set_object_arg (G_OBJECT (src), "motion", "sweep");
  g_object_set (src, "is-live", TRUE, "num-buffers", frames, "background-color", 0xff405060u, NULL);
  caps = gst_caps_from_string ("video/x-raw,width=640,height=480,framerate=30/1,pixel-aspect-ratio=1/1");
  g_object_set (filter, "caps", caps, NULL);
  gst_bin_add_many (GST_BIN (bin), src, filter, NULL);
  gst_element_link (src, filter);
  pad = gst_element_get_static_pad (filter, "src");
  gst_element_add_pad (bin, gst_ghost_pad_new ("src", pad));
  return bin;
}

static GstElement *
make_v4l2_source (void)
{
  GstElement *src = gst_element_factory_make ("v4l2src", NULL);
  const char *device = g_getenv ("STRIDE_CAMERA_DEVICE");

  if (src != NULL)
    g_object_set (src, "device", device != NULL && *device != '\0' ? device : "/dev/video0", NULL);
  return src;
}

static void
run_pipeline (StrideCamera *self,
              GstElement   *source)
{
  GstElement *convert, *filter, *sink;
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstBus) bus = NULL;

  if (source == NULL)
    {
      fail (self, STRIDE_CAMERA_PROBLEM_OTHER, _("a GStreamer element for the camera is missing"));
      return;
    }

  convert = gst_element_factory_make ("videoconvert", NULL);
  filter = gst_element_factory_make ("capsfilter", NULL);
  sink = stride_video_sink_new (self->paintable);
  caps = gst_caps_from_string ("video/x-raw,format=RGB");
  g_object_set (filter, "caps", caps, NULL);

  self->pipeline = gst_object_ref_sink (gst_pipeline_new ("stride-camera"));
  gst_bin_add_many (GST_BIN (self->pipeline), source, convert, filter, sink, NULL);
  if (!gst_element_link_many (source, convert, filter, sink, NULL))
    {
      fail (self, STRIDE_CAMERA_PROBLEM_OTHER, _("the camera's picture format is not supported"));
      return;
    }

  bus = gst_pipeline_get_bus (GST_PIPELINE (self->pipeline));
  self->bus_watch = gst_bus_add_watch (bus, bus_message_cb, self);
  self->timeout = g_timeout_add_seconds (FIRST_FRAME_TIMEOUT_S, first_frame_timeout_cb, self);
  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      /* The bus usually holds the reason; read it now rather than lose it in teardown. */
      g_autoptr(GstMessage) message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);

      if (message != NULL)
        bus_message_cb (bus, message, self);
      else
        fail (self, STRIDE_CAMERA_PROBLEM_NO_DEVICE, NULL);
    }
}

static gboolean
is_portal_missing (const GError *error)
{
  /* No portal service, or one without the camera interface: not the runner's answer. */
  return error->domain == G_DBUS_ERROR || error->domain == G_IO_ERROR_DBUS_ERROR ||
         g_dbus_error_is_remote_error (error);
}

static void
camera_access_cb (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(StrideCamera) self = user_data;
  g_autoptr(GError) error = NULL;
  GstElement *source;
  int fd;

  if (!xdp_portal_access_camera_finish (XDP_PORTAL (source_object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          g_cancellable_is_cancelled (self->cancellable))
        return;
      if (is_portal_missing (error))
        run_pipeline (self, make_v4l2_source ());
      else
        fail (self, STRIDE_CAMERA_PROBLEM_REFUSED, NULL);
      return;
    }

  fd = xdp_portal_open_pipewire_remote_for_camera (self->portal);
  source = fd >= 0 ? gst_element_factory_make ("pipewiresrc", NULL) : NULL;
  if (fd < 0)
    {
      fail (self, STRIDE_CAMERA_PROBLEM_NO_DEVICE, NULL);
      return;
    }
  if (source == NULL)
    {
      close (fd);
      fail (self, STRIDE_CAMERA_PROBLEM_OTHER, _("the PipeWire plugin for GStreamer is missing"));
      return;
    }
  g_object_set (source, "fd", fd, NULL);
  run_pipeline (self, source);
}

static void
ask_portal (StrideCamera *self,
            GtkWindow    *parent)
{
  XdpParent *xdp_parent = parent != NULL ? xdp_parent_new_gtk (parent) : NULL;

  if (self->portal == NULL)
    self->portal = xdp_portal_new ();
  if (!xdp_portal_is_camera_present (self->portal))
    {
      g_clear_pointer (&xdp_parent, xdp_parent_free);
      fail (self, STRIDE_CAMERA_PROBLEM_NO_DEVICE, NULL);
      return;
    }
  xdp_portal_access_camera (self->portal, xdp_parent, XDP_CAMERA_FLAG_NONE, self->cancellable,
                            camera_access_cb, g_object_ref (self));
  g_clear_pointer (&xdp_parent, xdp_parent_free);
}

typedef struct
{
  StrideCamera *camera;
  GtkWindow    *parent;
} PortalCheck;

static void
portal_check_free (PortalCheck *check)
{
  g_clear_object (&check->camera);
  g_clear_object (&check->parent);
  g_free (check);
}

static void
name_has_owner_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PortalCheck *check = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source_object), result, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  if (!g_cancellable_is_cancelled (check->camera->cancellable))
    {
      if (owned)
        ask_portal (check->camera, check->parent);
      else
        run_pipeline (check->camera, make_v4l2_source ());
    }
  portal_check_free (check);
}

static void
session_bus_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  PortalCheck *check = user_data;
  g_autoptr(GDBusConnection) bus = g_bus_get_finish (result, NULL);

  if (g_cancellable_is_cancelled (check->camera->cancellable))
    {
      portal_check_free (check);
      return;
    }
  if (bus == NULL)
    {
      run_pipeline (check->camera, make_v4l2_source ());
      portal_check_free (check);
      return;
    }
  /* Only a running portal is asked: starting one by D-Bus activation can take long, and
   * the camera portal is always running on a desktop that has one. */
  g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "NameHasOwner", g_variant_new ("(s)", PORTAL_BUS_NAME), G_VARIANT_TYPE ("(b)"),
                          G_DBUS_CALL_FLAGS_NONE, 2000, check->camera->cancellable,
                          name_has_owner_cb, check);
}

void
stride_camera_start (StrideCamera *self,
                     GtkWindow    *parent)
{
  g_autoptr(GError) error = NULL;
  const char *source = g_getenv ("STRIDE_CAMERA_SOURCE");

  g_return_if_fail (STRIDE_IS_CAMERA (self));

  stride_camera_stop (self);
  self->cancellable = g_cancellable_new ();
  self->start_time = g_get_monotonic_time ();
  self->first_frame_latency = 0;
  self->problem = STRIDE_CAMERA_PROBLEM_NONE;
  g_clear_pointer (&self->error_message, g_free);
  set_state (self, STRIDE_CAMERA_STARTING);

  if (!stride_media_init (&error))
    {
      fail (self, STRIDE_CAMERA_PROBLEM_OTHER, error->message);
      return;
    }
  if (source != NULL && g_str_has_prefix (source, "test"))
    run_pipeline (self, make_test_source (source));
  else if (g_strcmp0 (source, "v4l2") == 0)
    run_pipeline (self, make_v4l2_source ());
  else
    {
      PortalCheck *check = g_new0 (PortalCheck, 1);

      check->camera = g_object_ref (self);
      check->parent = parent != NULL ? g_object_ref (parent) : NULL;
      g_bus_get (G_BUS_TYPE_SESSION, self->cancellable, session_bus_cb, check);
    }
}

void
stride_camera_stop (StrideCamera *self)
{
  g_return_if_fail (STRIDE_IS_CAMERA (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  teardown_pipeline (self);
  if (self->state != STRIDE_CAMERA_FAILED)
    set_state (self, STRIDE_CAMERA_IDLE);
}

GdkPaintable *
stride_camera_get_paintable (StrideCamera *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA (self), NULL);
  return GDK_PAINTABLE (self->paintable);
}

StrideCameraState
stride_camera_get_state (StrideCamera *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA (self), STRIDE_CAMERA_IDLE);
  return self->state;
}

StrideCameraProblem
stride_camera_get_problem (StrideCamera *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA (self), STRIDE_CAMERA_PROBLEM_NONE);
  return self->problem;
}

const char *
stride_camera_get_error_message (StrideCamera *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA (self), NULL);
  return self->error_message;
}

void
stride_camera_set_mirrored (StrideCamera *self,
                            gboolean      mirrored)
{
  g_return_if_fail (STRIDE_IS_CAMERA (self));

  mirrored = !!mirrored;
  if (self->mirrored == mirrored)
    return;
  self->mirrored = mirrored;
  stride_video_paintable_set_mirrored (self->paintable, mirrored);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

gboolean
stride_camera_get_mirrored (StrideCamera *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA (self), FALSE);
  return self->mirrored;
}

gint64
stride_camera_get_first_frame_latency (StrideCamera *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA (self), 0);
  return self->first_frame_latency;
}

static void
stride_camera_dispose (GObject *object)
{
  StrideCamera *self = STRIDE_CAMERA (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  teardown_pipeline (self);
  g_clear_object (&self->portal);
  if (self->paintable != NULL)
    g_signal_handlers_disconnect_by_data (self->paintable, self);
  g_clear_object (&self->paintable);
  G_OBJECT_CLASS (stride_camera_parent_class)->dispose (object);
}

static void
stride_camera_finalize (GObject *object)
{
  StrideCamera *self = STRIDE_CAMERA (object);

  g_free (self->error_message);
  G_OBJECT_CLASS (stride_camera_parent_class)->finalize (object);
}

static void
stride_camera_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StrideCamera *self = STRIDE_CAMERA (object);

  switch (prop_id)
    {
    case PROP_PAINTABLE:
      g_value_set_object (value, self->paintable);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_PROBLEM:
      g_value_set_int (value, self->problem);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    case PROP_MIRRORED:
      g_value_set_boolean (value, self->mirrored);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_camera_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  StrideCamera *self = STRIDE_CAMERA (object);

  switch (prop_id)
    {
    case PROP_MIRRORED:
      stride_camera_set_mirrored (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_camera_class_init (StrideCameraClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_camera_dispose;
  object_class->finalize = stride_camera_finalize;
  object_class->get_property = stride_camera_get_property;
  object_class->set_property = stride_camera_set_property;

  properties[PROP_PAINTABLE] =
    g_param_spec_object ("paintable", NULL, NULL, GDK_TYPE_PAINTABLE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Ints rather than registered enums: the UI reads them across the module boundary. */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, STRIDE_CAMERA_IDLE, STRIDE_CAMERA_FAILED, STRIDE_CAMERA_IDLE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PROBLEM] =
    g_param_spec_int ("problem", NULL, NULL, STRIDE_CAMERA_PROBLEM_NONE, STRIDE_CAMERA_PROBLEM_OTHER,
                      STRIDE_CAMERA_PROBLEM_NONE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_camera_init (StrideCamera *self)
{
  self->paintable = stride_video_paintable_new ();
  self->mirrored = TRUE;
  stride_video_paintable_set_mirrored (self->paintable, TRUE);
  g_signal_connect_swapped (self->paintable, "invalidate-contents", G_CALLBACK (frame_shown_cb), self);
}

StrideCamera *
stride_camera_new (void)
{
  return g_object_new (STRIDE_TYPE_CAMERA, NULL);
}
