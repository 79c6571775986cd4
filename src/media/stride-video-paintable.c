/* stride-video-paintable.c — shows the latest frame a video sink handed over
 *
 * The sink calls queue_texture() from its streaming thread. The frame waits in a
 * one-slot mailbox until an idle source in the main context takes it: a frame that
 * arrives before the previous one was shown replaces it, so a busy main loop drops
 * stale frames instead of queueing them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "stride-video-paintable.h"

struct _StrideVideoPaintable
{
  GObject                 parent_instance;

  /* Shared with the streaming thread, under lock */
  GMutex                  lock;
  GdkTexture             *pending;
  double                  pending_par;
  StrideVideoOrientation  pending_orientation;
  GSource                *idle;
  guint64                 n_replaced;

  /* Main thread only */
  GMainContext           *context;
  GdkTexture             *texture;
  double                  par;
  StrideVideoOrientation  orientation;
  gboolean                mirrored;
  guint64                 n_frames;
};

static void stride_video_paintable_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StrideVideoPaintable, stride_video_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      stride_video_paintable_paintable_init))

static gboolean
orientation_swaps_axes (StrideVideoOrientation orientation)
{
  return orientation == STRIDE_VIDEO_ORIENTATION_90R ||
         orientation == STRIDE_VIDEO_ORIENTATION_90L ||
         orientation == STRIDE_VIDEO_ORIENTATION_UL_LR ||
         orientation == STRIDE_VIDEO_ORIENTATION_UR_LL;
}

/* The frame's size once the pixel aspect ratio is applied, before it is turned. */
static void
get_frame_size (StrideVideoPaintable *self,
                double               *width,
                double               *height)
{
  *width = gdk_texture_get_width (self->texture) * self->par;
  *height = gdk_texture_get_height (self->texture);
}

static int
stride_video_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  StrideVideoPaintable *self = STRIDE_VIDEO_PAINTABLE (paintable);
  double width, height;

  if (self->texture == NULL)
    return 0;

  get_frame_size (self, &width, &height);
  return (int) round (orientation_swaps_axes (self->orientation) ? height : width);
}

static int
stride_video_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  StrideVideoPaintable *self = STRIDE_VIDEO_PAINTABLE (paintable);
  double width, height;

  if (self->texture == NULL)
    return 0;

  get_frame_size (self, &width, &height);
  return (int) round (orientation_swaps_axes (self->orientation) ? width : height);
}

static double
stride_video_paintable_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  int height = stride_video_paintable_get_intrinsic_height (paintable);

  if (height == 0)
    return 0;

  return (double) stride_video_paintable_get_intrinsic_width (paintable) / height;
}

/* Moves the origin and axes so that a frame drawn in (0, 0, w, h) of the returned
 * size comes out upright in the WIDTH × HEIGHT area. */
static void
apply_orientation (GtkSnapshot            *snapshot,
                   StrideVideoOrientation  orientation,
                   double                  width,
                   double                  height)
{
  switch (orientation)
    {
    case STRIDE_VIDEO_ORIENTATION_90R:
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width, 0));
      gtk_snapshot_rotate (snapshot, 90);
      break;
    case STRIDE_VIDEO_ORIENTATION_180:
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width, height));
      gtk_snapshot_rotate (snapshot, 180);
      break;
    case STRIDE_VIDEO_ORIENTATION_90L:
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, height));
      gtk_snapshot_rotate (snapshot, 270);
      break;
    case STRIDE_VIDEO_ORIENTATION_HORIZ:
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width, 0));
      gtk_snapshot_scale (snapshot, -1, 1);
      break;
    case STRIDE_VIDEO_ORIENTATION_VERT:
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, height));
      gtk_snapshot_scale (snapshot, 1, -1);
      break;
    case STRIDE_VIDEO_ORIENTATION_UL_LR:
      /* A transpose: (u, v) -> (v, u) is a quarter turn followed by a flip. */
      gtk_snapshot_rotate (snapshot, 90);
      gtk_snapshot_scale (snapshot, 1, -1);
      break;
    case STRIDE_VIDEO_ORIENTATION_UR_LL:
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width, height));
      gtk_snapshot_rotate (snapshot, 90);
      gtk_snapshot_scale (snapshot, -1, 1);
      break;
    case STRIDE_VIDEO_ORIENTATION_IDENTITY:
    default:
      break;
    }
}

static void
stride_video_paintable_snapshot (GdkPaintable *paintable,
                                 GdkSnapshot  *gdk_snapshot,
                                 double        width,
                                 double        height)
{
  StrideVideoPaintable *self = STRIDE_VIDEO_PAINTABLE (paintable);
  GtkSnapshot *snapshot = GTK_SNAPSHOT (gdk_snapshot);
  gboolean swap;

  if (self->texture == NULL)
    return;

  swap = orientation_swaps_axes (self->orientation);
  gtk_snapshot_save (snapshot);
  if (self->mirrored)
    {
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width, 0));
      gtk_snapshot_scale (snapshot, -1, 1);
    }
  apply_orientation (snapshot, self->orientation, width, height);
  gtk_snapshot_append_texture (snapshot, self->texture,
                               &GRAPHENE_RECT_INIT (0, 0, swap ? height : width, swap ? width : height));
  gtk_snapshot_restore (snapshot);
}

static GdkPaintable *
stride_video_paintable_get_current_image (GdkPaintable *paintable)
{
  StrideVideoPaintable *self = STRIDE_VIDEO_PAINTABLE (paintable);
  int width = stride_video_paintable_get_intrinsic_width (paintable);
  int height = stride_video_paintable_get_intrinsic_height (paintable);
  g_autoptr(GtkSnapshot) snapshot = NULL;

  if (self->texture == NULL)
    return gdk_paintable_new_empty (0, 0);

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  return gtk_snapshot_free_to_paintable (g_steal_pointer (&snapshot), &GRAPHENE_SIZE_INIT (width, height));
}

static void
stride_video_paintable_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = stride_video_paintable_snapshot;
  iface->get_current_image = stride_video_paintable_get_current_image;
  iface->get_intrinsic_width = stride_video_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = stride_video_paintable_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = stride_video_paintable_get_intrinsic_aspect_ratio;
}

static gboolean
same_size (StrideVideoPaintable *self,
           GdkTexture           *texture,
           double                par,
           StrideVideoOrientation orientation)
{
  return self->texture != NULL &&
         gdk_texture_get_width (self->texture) == gdk_texture_get_width (texture) &&
         gdk_texture_get_height (self->texture) == gdk_texture_get_height (texture) &&
         self->par == par &&
         orientation_swaps_axes (self->orientation) == orientation_swaps_axes (orientation);
}

static void
show_texture (StrideVideoPaintable   *self,
              GdkTexture             *texture,
              double                  par,
              StrideVideoOrientation  orientation)
{
  gboolean resized = !same_size (self, texture, par, orientation);

  g_set_object (&self->texture, texture);
  self->par = par;
  self->orientation = orientation;
  self->n_frames++;

  if (resized)
    gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

/* The idle holds a weak reference: a paintable going away never waits for it. */
static gboolean
show_pending_cb (gpointer data)
{
  g_autoptr(StrideVideoPaintable) self = g_weak_ref_get (data);
  g_autoptr(GdkTexture) texture = NULL;
  double par;
  StrideVideoOrientation orientation;

  if (self == NULL)
    return G_SOURCE_REMOVE;

  g_mutex_lock (&self->lock);
  texture = g_steal_pointer (&self->pending);
  par = self->pending_par;
  orientation = self->pending_orientation;
  g_clear_pointer (&self->idle, g_source_unref);
  g_mutex_unlock (&self->lock);

  if (texture != NULL)
    show_texture (self, texture, par, orientation);

  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Called with the lock held. */
static void
schedule_idle (StrideVideoPaintable *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  self->idle = g_idle_source_new ();
  /* Above redraws (GDK_PRIORITY_REDRAW is 120) so a frame is ready when GTK paints. */
  g_source_set_priority (self->idle, G_PRIORITY_HIGH_IDLE + 10);
  g_source_set_static_name (self->idle, "[stride] video frame");
  g_source_set_callback (self->idle, show_pending_cb, ref, weak_ref_free);
  g_source_attach (self->idle, self->context);
}

void
stride_video_paintable_queue_texture (StrideVideoPaintable   *self,
                                      GdkTexture             *texture,
                                      double                  pixel_aspect_ratio,
                                      StrideVideoOrientation  orientation)
{
  g_return_if_fail (STRIDE_IS_VIDEO_PAINTABLE (self));
  g_return_if_fail (GDK_IS_TEXTURE (texture));

  g_mutex_lock (&self->lock);
  if (self->pending != NULL)
    self->n_replaced++;
  g_set_object (&self->pending, texture);
  self->pending_par = pixel_aspect_ratio > 0 ? pixel_aspect_ratio : 1.0;
  self->pending_orientation = orientation;
  if (self->idle == NULL)
    schedule_idle (self);
  g_mutex_unlock (&self->lock);
}

void
stride_video_paintable_drop_pending (StrideVideoPaintable *self)
{
  g_return_if_fail (STRIDE_IS_VIDEO_PAINTABLE (self));

  g_mutex_lock (&self->lock);
  g_clear_object (&self->pending);
  if (self->idle != NULL)
    g_source_destroy (self->idle);
  g_clear_pointer (&self->idle, g_source_unref);
  g_mutex_unlock (&self->lock);
}

static void
stride_video_paintable_dispose (GObject *object)
{
  StrideVideoPaintable *self = STRIDE_VIDEO_PAINTABLE (object);

  stride_video_paintable_drop_pending (self);
  g_clear_object (&self->texture);

  G_OBJECT_CLASS (stride_video_paintable_parent_class)->dispose (object);
}

static void
stride_video_paintable_finalize (GObject *object)
{
  StrideVideoPaintable *self = STRIDE_VIDEO_PAINTABLE (object);

  g_main_context_unref (self->context);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (stride_video_paintable_parent_class)->finalize (object);
}

static void
stride_video_paintable_class_init (StrideVideoPaintableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_video_paintable_dispose;
  object_class->finalize = stride_video_paintable_finalize;
}

static void
stride_video_paintable_init (StrideVideoPaintable *self)
{
  g_mutex_init (&self->lock);
  self->context = g_main_context_ref_thread_default ();
  self->par = 1.0;
}

StrideVideoPaintable *
stride_video_paintable_new (void)
{
  return g_object_new (STRIDE_TYPE_VIDEO_PAINTABLE, NULL);
}

GdkTexture *
stride_video_paintable_get_texture (StrideVideoPaintable *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_PAINTABLE (self), NULL);

  return self->texture;
}

guint64
stride_video_paintable_get_n_frames (StrideVideoPaintable *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_PAINTABLE (self), 0);

  return self->n_frames;
}

void
stride_video_paintable_set_mirrored (StrideVideoPaintable *self,
                                     gboolean              mirrored)
{
  g_return_if_fail (STRIDE_IS_VIDEO_PAINTABLE (self));

  mirrored = !!mirrored;
  if (self->mirrored == mirrored)
    return;

  self->mirrored = mirrored;
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

gboolean
stride_video_paintable_get_mirrored (StrideVideoPaintable *self)
{
  g_return_val_if_fail (STRIDE_IS_VIDEO_PAINTABLE (self), FALSE);

  return self->mirrored;
}

guint64
stride_video_paintable_get_n_replaced (StrideVideoPaintable *self)
{
  guint64 n;

  g_return_val_if_fail (STRIDE_IS_VIDEO_PAINTABLE (self), 0);

  g_mutex_lock (&self->lock);
  n = self->n_replaced;
  g_mutex_unlock (&self->lock);
  return n;
}
