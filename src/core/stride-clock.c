/* stride-clock.c — "now" and a steady tick, replaceable by a fake one in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-clock.h"

#define TICK_USEC (100 * 1000)

struct _StrideClock
{
  GObject   parent_instance;

  gboolean  fake;
  gint64    fake_now;
  guint     n_users;
  guint     source_id;
};

G_DEFINE_FINAL_TYPE (StrideClock, stride_clock, G_TYPE_OBJECT)

enum {
  TICK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
stride_clock_dispose (GObject *object)
{
  StrideClock *self = STRIDE_CLOCK (object);

  g_clear_handle_id (&self->source_id, g_source_remove);

  G_OBJECT_CLASS (stride_clock_parent_class)->dispose (object);
}

static void
stride_clock_class_init (StrideClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stride_clock_dispose;

  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stride_clock_init (StrideClock *self)
{
}

StrideClock *
stride_clock_new (void)
{
  return g_object_new (STRIDE_TYPE_CLOCK, NULL);
}

StrideClock *
stride_clock_new_fake (void)
{
  StrideClock *self = g_object_new (STRIDE_TYPE_CLOCK, NULL);

  self->fake = TRUE;
  /* Not zero, so that "no deadline" (0) never looks like a real time. */
  self->fake_now = G_USEC_PER_SEC;
  return self;
}

gboolean
stride_clock_get_fake (StrideClock *self)
{
  g_return_val_if_fail (STRIDE_IS_CLOCK (self), FALSE);

  return self->fake;
}

gint64
stride_clock_get_now (StrideClock *self)
{
  g_return_val_if_fail (STRIDE_IS_CLOCK (self), 0);

  return self->fake ? self->fake_now : g_get_monotonic_time ();
}

static gboolean
tick_cb (gpointer user_data)
{
  StrideClock *self = STRIDE_CLOCK (user_data);

  g_signal_emit (self, signals[TICK], 0);
  return G_SOURCE_CONTINUE;
}

void
stride_clock_start (StrideClock *self)
{
  g_return_if_fail (STRIDE_IS_CLOCK (self));

  if (self->n_users++ == 0 && !self->fake)
    self->source_id = g_timeout_add (TICK_USEC / 1000, tick_cb, self);
}

void
stride_clock_stop (StrideClock *self)
{
  g_return_if_fail (STRIDE_IS_CLOCK (self));
  g_return_if_fail (self->n_users > 0);

  if (--self->n_users == 0)
    g_clear_handle_id (&self->source_id, g_source_remove);
}

void
stride_clock_advance (StrideClock *self,
                      gint64       usec)
{
  gint64 end;

  g_return_if_fail (STRIDE_IS_CLOCK (self));
  g_return_if_fail (self->fake);
  g_return_if_fail (usec >= 0);

  end = self->fake_now + usec;
  g_object_ref (self);
  while (self->fake_now < end)
    {
      self->fake_now = MIN (self->fake_now + TICK_USEC, end);
      if (self->n_users > 0)
        g_signal_emit (self, signals[TICK], 0);
    }
  g_object_unref (self);
}
