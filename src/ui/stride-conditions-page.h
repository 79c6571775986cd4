/* stride-conditions-page.h — the Conditions page: a searchable list and a page per condition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"
#include "stride-page.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_CONDITIONS_PAGE (stride_conditions_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideConditionsPage, stride_conditions_page, STRIDE, CONDITIONS_PAGE, StridePage)

/* A page on the app's content. */
/* A page on CONTENT (NULL: the "no content" state). */
GtkWidget     *stride_conditions_page_new (StrideContext *context);

/* The condition shown, or NULL while the list is. */
const char *stride_conditions_page_get_condition   (StrideConditionsPage *self);

G_END_DECLS
