/* stride-data-notice.h — what happened to the runner's own files, on the page they look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-context.h"

G_BEGIN_DECLS

/* Puts a notice area above OVERLAY's child: one bar each for the history and the routines
 * while they have a notice (a damaged file set aside: what, where, how to get it back).
 * A bar stays until the user closes it, which clears that notice for every page. */
void stride_data_notice_attach (AdwToastOverlay *overlay,
                                StrideContext   *context);

G_END_DECLS
