/* stride-media.h — starting the media layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Initialises GStreamer once; later calls return the first answer. */
gboolean stride_media_init (GError **error);

G_END_DECLS
