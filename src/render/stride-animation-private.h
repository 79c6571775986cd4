/* stride-animation-private.h — what the loader and the timing of animations share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-animation.h"

G_BEGIN_DECLS

/* Frees a StrideChapter (a GPtrArray free function). */
void stride_animation_chapter_free (gpointer data);

/* Puts CAMERA (a chapter's, or the file's) into SELF's camera fields. */
void stride_animation_set_camera (StrideAnimation    *self,
                                  const StrideCamera *camera);

G_END_DECLS
