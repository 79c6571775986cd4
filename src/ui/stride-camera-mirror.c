/* stride-camera-mirror.c — the runner's camera beside the demonstration
 *
 * The demonstration (a child widget) and a camera panel share the space: side by side
 * when the area is wide, one above the other when it is narrow; in overlay mode the camera
 * fills it and the demonstration is drawn over it at half opacity, so the runner can line
 * up their own limbs with the figure's. The camera comes from the media module (loaded on
 * first use), mirrored like a real mirror; it runs only while shown and mapped, records
 * nothing, and when it cannot start the panel says why and offers to try again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-camera-mirror.h"
#include "stride-media-loader.h"

/* Wider than this (width / height), and wide enough for two useful pictures, and the two
 * go side by side; otherwise one above the other. */
#define SIDE_BY_SIDE_ASPECT 1.4
#define SIDE_BY_SIDE_MIN_WIDTH 600
#define GAP 6

enum { CAMERA_IDLE, CAMERA_STARTING, CAMERA_RUNNING, CAMERA_FAILED };

struct _StrideCameraMirror
{
  GtkWidget   parent_instance;

  /* children */
  GtkWidget  *child;            /* the demonstration, borrowed from the caller but parented */
  GtkWidget  *panel;            /* GtkOverlay: camera picture, ghost, status, overlay toggle */
  GtkWidget  *camera_picture;
  GtkWidget  *ghost;
  GtkWidget  *status;
  GtkWidget  *status_label;
  GtkWidget  *spinner;
  GtkWidget  *retry_button;
  GtkWidget  *overlay_button;

  /* owned */
  GObject    *camera;
  char       *message;

  gboolean    active;
  gboolean    overlay;
  gboolean    side_by_side;
  int         state;
};

enum {
  PROP_0,
  PROP_CHILD,
  PROP_ACTIVE,
  PROP_OVERLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StrideCameraMirror, stride_camera_mirror, GTK_TYPE_WIDGET)

static void
show_status (StrideCameraMirror *self)
{
  gboolean starting = self->state == CAMERA_STARTING;
  gboolean failed = self->state == CAMERA_FAILED;

  gtk_widget_set_visible (self->status, starting || failed);
  gtk_widget_set_visible (self->spinner, starting);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), starting);
  gtk_widget_set_visible (self->retry_button, failed);
  gtk_label_set_label (GTK_LABEL (self->status_label),
                       starting ? _("Starting your camera…") : (self->message != NULL ? self->message : ""));
  gtk_widget_set_visible (self->overlay_button, self->state == CAMERA_RUNNING);
}

static void
camera_state_cb (GObject            *camera,
                 GParamSpec         *pspec,
                 StrideCameraMirror *self)
{
  g_clear_pointer (&self->message, g_free);
  g_object_get (camera, "state", &self->state, "error-message", &self->message, NULL);
  show_status (self);
}

static void
fail_without_module (StrideCameraMirror *self,
                     const char         *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  self->state = CAMERA_FAILED;
  show_status (self);
}

static void
start_camera (StrideCameraMirror *self)
{
  g_autoptr(GError) error = NULL;
  const StrideMediaModule *media = stride_media_loader_get (&error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GdkPaintable *paintable = NULL;

  if (media == NULL)
    {
      fail_without_module (self, error->message);
      return;
    }
  if (self->camera == NULL)
    {
      self->camera = media->camera_new ();
      g_signal_connect_object (self->camera, "notify::state", G_CALLBACK (camera_state_cb), self, 0);
      g_object_get (self->camera, "paintable", &paintable, NULL);
      gtk_picture_set_paintable (GTK_PICTURE (self->camera_picture), paintable);
      g_clear_object (&paintable);
    }
  self->state = CAMERA_STARTING;
  show_status (self);
  media->camera_start (self->camera, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
stop_camera (StrideCameraMirror *self)
{
  if (self->camera != NULL)
    stride_media_loader_get (NULL)->camera_stop (self->camera);
  self->state = CAMERA_IDLE;
  show_status (self);
}

static void
sync_camera (StrideCameraMirror *self)
{
  gboolean wanted = self->active && gtk_widget_get_mapped (GTK_WIDGET (self));

  gtk_widget_set_visible (self->panel, self->active);
  if (wanted && (self->state == CAMERA_IDLE))
    start_camera (self);
  else if (!wanted && self->state != CAMERA_IDLE)
    stop_camera (self);
}

static void
retry_clicked_cb (StrideCameraMirror *self)
{
  start_camera (self);
}

/* ---- Layout ---- */

static void
stride_camera_mirror_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  StrideCameraMirror *self = STRIDE_CAMERA_MIRROR (widget);
  int child_min = 0, child_nat = 0, panel_min = 0, panel_nat = 0;

  /* It takes the demonstration's place and size; the camera shares that space. */
  if (self->child != NULL)
    gtk_widget_measure (self->child, orientation, -1, &child_min, &child_nat, NULL, NULL);
  if (self->active)
    gtk_widget_measure (self->panel, orientation, -1, &panel_min, &panel_nat, NULL, NULL);
  *minimum = MAX (child_min, panel_min);
  *natural = MAX (child_nat, panel_nat);
  /* Narrow and stacked: the camera needs a picture's worth of height of its own. */
  if (self->active && !self->overlay && orientation == GTK_ORIENTATION_VERTICAL &&
      for_size >= 0 && for_size < SIDE_BY_SIDE_MIN_WIDTH)
    {
      *minimum = child_min + panel_min + GAP;
      *natural = child_nat + panel_nat + GAP;
    }
}

static void
stride_camera_mirror_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  StrideCameraMirror *self = STRIDE_CAMERA_MIRROR (widget);
  GtkAllocation first = { 0, 0, width, height }, second = { 0, 0, width, height };

  self->side_by_side = width >= height * SIDE_BY_SIDE_ASPECT && width >= SIDE_BY_SIDE_MIN_WIDTH;
  if (!self->active)
    {
      if (self->child != NULL)
        gtk_widget_size_allocate (self->child, &first, -1);
      return;
    }
  if (self->overlay)
    {
      /* The camera fills the space; the demonstration is drawn over it (the ghost). */
      gtk_widget_set_child_visible (self->child, FALSE);
      gtk_widget_size_allocate (self->panel, &first, -1);
      return;
    }
  if (self->child != NULL)
    gtk_widget_set_child_visible (self->child, TRUE);
  if (self->side_by_side)
    {
      first.width = (width - GAP) / 2;
      second.x = first.width + GAP;
      second.width = width - second.x;
    }
  else
    {
      first.height = (height - GAP) / 2;
      second.y = first.height + GAP;
      second.height = height - second.y;
    }
  if (self->child != NULL)
    gtk_widget_size_allocate (self->child, &first, -1);
  gtk_widget_size_allocate (self->panel, &second, -1);
}

static GtkSizeRequestMode
stride_camera_mirror_get_request_mode (GtkWidget *widget)
{
  /* Stacked or side by side depends on the width: the height follows it. */
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* ---- Public ---- */

void
stride_camera_mirror_set_child (StrideCameraMirror *self,
                                GtkWidget          *child)
{
  g_return_if_fail (STRIDE_IS_CAMERA_MIRROR (self));

  if (self->child == child)
    return;
  if (self->child != NULL)
    gtk_widget_unparent (self->child);
  self->child = child;
  if (child != NULL)
    gtk_widget_insert_before (child, GTK_WIDGET (self), self->panel);
}

GtkWidget *
stride_camera_mirror_get_child (StrideCameraMirror *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA_MIRROR (self), NULL);
  return self->child;
}

void
stride_camera_mirror_set_paintable (StrideCameraMirror *self,
                                    GdkPaintable       *paintable)
{
  g_return_if_fail (STRIDE_IS_CAMERA_MIRROR (self));
  gtk_picture_set_paintable (GTK_PICTURE (self->ghost), paintable);
}

void
stride_camera_mirror_set_active (StrideCameraMirror *self,
                                 gboolean            active)
{
  g_return_if_fail (STRIDE_IS_CAMERA_MIRROR (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;
  if (!active && self->child != NULL)
    gtk_widget_set_child_visible (self->child, TRUE);
  sync_camera (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

gboolean
stride_camera_mirror_get_active (StrideCameraMirror *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA_MIRROR (self), FALSE);
  return self->active;
}

void
stride_camera_mirror_set_overlay (StrideCameraMirror *self,
                                  gboolean            overlay)
{
  g_return_if_fail (STRIDE_IS_CAMERA_MIRROR (self));

  overlay = !!overlay;
  if (self->overlay == overlay)
    return;
  self->overlay = overlay;
  gtk_widget_set_visible (self->ghost, overlay);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->overlay_button), overlay);
  if (!overlay && self->child != NULL)
    gtk_widget_set_child_visible (self->child, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERLAY]);
}

gboolean
stride_camera_mirror_get_overlay (StrideCameraMirror *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA_MIRROR (self), FALSE);
  return self->overlay;
}

gboolean
stride_camera_mirror_is_side_by_side (StrideCameraMirror *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA_MIRROR (self), FALSE);
  return self->side_by_side;
}

int
stride_camera_mirror_get_camera_state (StrideCameraMirror *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA_MIRROR (self), CAMERA_IDLE);
  return self->state;
}

const char *
stride_camera_mirror_get_message (StrideCameraMirror *self)
{
  g_return_val_if_fail (STRIDE_IS_CAMERA_MIRROR (self), NULL);
  return self->message;
}

static void
overlay_toggled_cb (GtkToggleButton    *button,
                    StrideCameraMirror *self)
{
  stride_camera_mirror_set_overlay (self, gtk_toggle_button_get_active (button));
}

/* ---- The class ---- */

static void
stride_camera_mirror_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (stride_camera_mirror_parent_class)->map (widget);
  sync_camera (STRIDE_CAMERA_MIRROR (widget));
}

static void
stride_camera_mirror_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (stride_camera_mirror_parent_class)->unmap (widget);
  /* Leaving the page lets the camera go at once. */
  sync_camera (STRIDE_CAMERA_MIRROR (widget));
}

static void
stride_camera_mirror_dispose (GObject *object)
{
  StrideCameraMirror *self = STRIDE_CAMERA_MIRROR (object);

  if (self->camera != NULL)
    stride_media_loader_get (NULL)->camera_stop (self->camera);
  g_clear_object (&self->camera);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->child, gtk_widget_unparent);
  g_clear_pointer (&self->panel, gtk_widget_unparent);
  G_OBJECT_CLASS (stride_camera_mirror_parent_class)->dispose (object);
}

static void
stride_camera_mirror_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StrideCameraMirror *self = STRIDE_CAMERA_MIRROR (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_OVERLAY:
      g_value_set_boolean (value, self->overlay);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_camera_mirror_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  StrideCameraMirror *self = STRIDE_CAMERA_MIRROR (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      stride_camera_mirror_set_child (self, g_value_get_object (value));
      break;
    case PROP_ACTIVE:
      stride_camera_mirror_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_OVERLAY:
      stride_camera_mirror_set_overlay (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_camera_mirror_class_init (StrideCameraMirrorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_camera_mirror_dispose;
  object_class->get_property = stride_camera_mirror_get_property;
  object_class->set_property = stride_camera_mirror_set_property;
  widget_class->measure = stride_camera_mirror_measure;
  widget_class->size_allocate = stride_camera_mirror_size_allocate;
  widget_class->get_request_mode = stride_camera_mirror_get_request_mode;
  widget_class->map = stride_camera_mirror_map;
  widget_class->unmap = stride_camera_mirror_unmap;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OVERLAY] =
    g_param_spec_boolean ("overlay", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (widget_class, "camera-mirror");
}

static GtkWidget *
build_status (StrideCameraMirror *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  self->spinner = gtk_spinner_new ();
  self->status_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->status_label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (self->status_label), 40);
  self->retry_button = gtk_button_new_with_mnemonic (_("_Try Again"));
  gtk_widget_set_halign (self->retry_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->retry_button, "pill");
  g_signal_connect_swapped (self->retry_button, "clicked", G_CALLBACK (retry_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->spinner);
  gtk_box_append (GTK_BOX (box), self->status_label);
  gtk_box_append (GTK_BOX (box), self->retry_button);
  gtk_widget_add_css_class (box, "camera-mirror-status");
  return box;
}

static void
stride_camera_mirror_init (StrideCameraMirror *self)
{
  self->panel = gtk_overlay_new ();
  gtk_widget_add_css_class (self->panel, "camera-mirror-panel");
  gtk_widget_set_overflow (self->panel, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_visible (self->panel, FALSE);

  self->camera_picture = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (self->camera_picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (self->camera_picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_picture_set_alternative_text (GTK_PICTURE (self->camera_picture), _("You, in your camera, mirrored"));
  gtk_overlay_set_child (GTK_OVERLAY (self->panel), self->camera_picture);

  self->ghost = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (self->ghost), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (self->ghost), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_set_opacity (self->ghost, 0.5);
  gtk_widget_set_can_target (self->ghost, FALSE);
  gtk_widget_set_visible (self->ghost, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->ghost), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->panel), self->ghost);

  self->status = build_status (self);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->panel), self->status);

  self->overlay_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->overlay_button), "view-dual-symbolic");
  gtk_widget_set_tooltip_text (self->overlay_button, _("Lay the demonstration over your picture"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->overlay_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Lay the demonstration over your picture"), -1);
  gtk_widget_set_halign (self->overlay_button, GTK_ALIGN_END);
  gtk_widget_set_valign (self->overlay_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->overlay_button, 6);
  gtk_widget_set_margin_end (self->overlay_button, 6);
  gtk_widget_add_css_class (self->overlay_button, "osd");
  gtk_widget_add_css_class (self->overlay_button, "circular");
  g_signal_connect (self->overlay_button, "toggled", G_CALLBACK (overlay_toggled_cb), self);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->panel), self->overlay_button);

  gtk_widget_set_parent (self->panel, GTK_WIDGET (self));
  show_status (self);
}

GtkWidget *
stride_camera_mirror_new (void)
{
  return g_object_new (STRIDE_TYPE_CAMERA_MIRROR, NULL);
}
