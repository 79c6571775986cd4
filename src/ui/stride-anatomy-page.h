/* stride-anatomy-page.h — the Anatomy page: the body map and a page per structure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-page.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_ANATOMY_PAGE (stride_anatomy_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideAnatomyPage, stride_anatomy_page, STRIDE, ANATOMY_PAGE, StridePage)

/* A page on the app's content. */
/* A page on CONTENT (NULL: the "no content" state). */
GtkWidget     *stride_anatomy_page_new (StrideContext *context);

/* The structure shown, or NULL while the map is. */
const char    *stride_anatomy_page_get_structure   (StrideAnatomyPage *self);

G_END_DECLS
