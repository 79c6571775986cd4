/* stride-video-controls-row.h — the video's buttons with the chapter label between them,
 * or under them when the row is too narrow for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STRIDE_TYPE_VIDEO_CONTROLS_ROW (stride_video_controls_row_get_type ())
G_DECLARE_FINAL_TYPE (StrideVideoControlsRow, stride_video_controls_row, STRIDE, VIDEO_CONTROLS_ROW, GtkWidget)

/* LABEL, one of the row's children, names the part of the video playing; TEXTS are the
 * names it shows. The children before it go at the start, those after it at the end. */
void stride_video_controls_row_set_label (StrideVideoControlsRow *self,
                                          GtkWidget              *label,
                                          const char * const     *texts);

G_END_DECLS
