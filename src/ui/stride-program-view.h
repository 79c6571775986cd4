/* stride-program-view.h — a rehab program: where you are, today's session, the morning
 * after, and the decisions so far
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-context.h"

#include "stride-content.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_PROGRAM_VIEW (stride_program_view_get_type ())

G_DECLARE_FINAL_TYPE (StrideProgramView, stride_program_view, STRIDE, PROGRAM_VIEW, AdwBin)

/* Signals:
 *   "play" (gpointer routine, guint stage)  play today's session: a StrideRoutine, valid
 *                                           during the emission only
 *   "toast" (const char *text)              something to tell the user briefly */
GtkWidget  *stride_program_view_new            (void);
/* What it works on; set once, before anything is shown. */
void        stride_program_view_set_context (StrideProgramView *self,
                                             StrideContext *context);

/* Shows PROGRAM_ID; FALSE when the content does not know it. */
gboolean    stride_program_view_show           (StrideProgramView *self,
                                                const char        *program_id);
/* Reads the history again (after a session or a check-in). */
void        stride_program_view_refresh        (StrideProgramView *self);
const char *stride_program_view_get_program_id (StrideProgramView *self);

G_END_DECLS
