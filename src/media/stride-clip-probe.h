/* stride-clip-probe.h — where a clip really ends: the file read through without decoding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The end of the last frame a demuxer can read from the file at URI, in µs; 0 when
 * unknown (not readable, cancelled, or too slow). */
void   stride_clip_probe_readable_end_async  (const char          *uri,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gint64 stride_clip_probe_readable_end_finish (GAsyncResult        *result);

G_END_DECLS
