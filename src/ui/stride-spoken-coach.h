/* stride-spoken-coach.h — a routine runner's coach, spoken through the sound cues
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "stride-coach.h"
#include "stride-context.h"

G_BEGIN_DECLS

/* A coach for RUNNER whose sentences CONTEXT's sound cues speak (see stride-coach.h):
 * exercise names from CONTEXT's routine catalog, reps counted as the preference says. A
 * missing voice is told once as a toast in OWNER's window. Dropping the coach silences
 * it. Other players (a walk-run plan) pass their own runner or NULL and call
 * stride_coach_say(). */
StrideCoach *stride_spoken_coach_new (StrideRoutineRunner *runner,
                                      GtkWidget           *owner,
                                      StrideContext       *context);

G_END_DECLS
