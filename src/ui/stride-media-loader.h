/* stride-media-loader.h — brings in the media module (and GStreamer) on first use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-media-module.h"

G_BEGIN_DECLS

/* Opens the stride-media module the first time it is called (from the directory in
 * STRIDE_MEDIA_MODULE_DIR when set, else the installed one); later calls return the
 * same table, or fail with the same error. Main thread only. */
const StrideMediaModule *stride_media_loader_get (GError **error);

G_END_DECLS
