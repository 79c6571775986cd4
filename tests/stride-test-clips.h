/* stride-test-clips.h — small WebM clips made at test time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Missing elements, as a message for g_test_skip(), or NULL when all are there. */
char     *stride_test_clips_missing (void);

/* Writes a WIDTH×HEIGHT, SECONDS long clip at 30 fps (a moving ball) to PATH, encoded
 * with ENCODER (vp8enc or vp9enc), with a table of contents of two chapters: "setup"
 * over the first half and "hold" over the second. With TWO_SIDES, the halves are
 * halved again and repeated as the rendered videos do: setup, hold, setup@2, hold@2. */
gboolean  stride_test_clip_write    (const char  *path,
                                     int          width,
                                     int          height,
                                     double       seconds,
                                     const char  *encoder,
                                     gboolean     two_sides,
                                     GError     **error);

G_END_DECLS
