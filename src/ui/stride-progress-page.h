/* stride-progress-page.h — the Progress section: calendar, streaks, pain, self-tests, export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-page.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_PROGRESS_PAGE (stride_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideProgressPage, stride_progress_page, STRIDE, PROGRESS_PAGE, StridePage)

GtkWidget *stride_progress_page_new (StrideContext *context);

/* What "Export as JSON" writes: the history, the routines and the symptom checks in
 * short ("symptom_checks"). */
GBytes    *stride_progress_page_export_json (StrideContext *context);
/* The folder the export's file chooser opens in. */
GFile     *stride_progress_page_export_folder (void);

G_END_DECLS
