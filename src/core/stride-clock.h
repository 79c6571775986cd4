/* stride-clock.h — "now" and a steady tick, replaceable by a fake one in tests
 *
 * The routine runner reads the time and follows ticks only through a StrideClock, so a
 * test (or the UI test) can drive a whole routine in no time with a fake clock:
 *
 *   StrideClock *clock = stride_clock_new_fake ();
 *   stride_clock_advance (clock, 5 * G_USEC_PER_SEC);   // emits "tick" on the way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_CLOCK (stride_clock_get_type ())

G_DECLARE_FINAL_TYPE (StrideClock, stride_clock, STRIDE, CLOCK, GObject)

/* The real clock: monotonic time, ticking every 100 ms from the main context while
 * at least one user has called stride_clock_start(). */
StrideClock *stride_clock_new          (void);

/* A fake clock: time only moves with stride_clock_advance(). */
StrideClock *stride_clock_new_fake     (void);

gboolean     stride_clock_get_fake     (StrideClock *self);

/* Microseconds on a monotonic scale. */
gint64       stride_clock_get_now      (StrideClock *self);

/* Ticks are wanted (counted: each start needs a stop). */
void         stride_clock_start        (StrideClock *self);
void         stride_clock_stop         (StrideClock *self);

/* Fake clocks only: moves time on by USEC, emitting "tick" every 100 ms of fake time
 * while started. */
void         stride_clock_advance      (StrideClock *self,
                                        gint64       usec);

/* Signal "tick" (): time moved; read stride_clock_get_now(). */

G_END_DECLS
