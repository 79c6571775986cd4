/* stride-routine-view.h — a routine's page: what it is, its buttons, its next session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-context.h"
#include "stride-routine-runner.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_ROUTINE_VIEW (stride_routine_view_get_type ())

G_DECLARE_FINAL_TYPE (StrideRoutineView, stride_routine_view, STRIDE, ROUTINE_VIEW, AdwBin)

void     stride_routine_view_set_context (StrideRoutineView *self,
                                          StrideContext     *context);
/* Shows the routine ID (built-in, personal or the user's) as its next session would play
 * it; FALSE when there is no such routine. */
gboolean stride_routine_view_show        (StrideRoutineView *self,
                                          const char        *id);
/* The routine's one-sided exercises on SIDE only (the side that hurts), said on the page;
 * NONE: both sides, as the routine says. For the next show. */
void     stride_routine_view_set_side    (StrideRoutineView *self,
                                          StrideRunnerSide   side);

G_END_DECLS
