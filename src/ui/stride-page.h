/* stride-page.h — a top-level page of the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-context.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_PAGE (stride_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (StridePage, stride_page, STRIDE, PAGE, AdwBin)

struct _StridePageClass
{
  AdwBinClass parent_class;

  /* Steps back inside the page's own navigation (a detail view back to its list). */
  void     (*go_back) (StridePage *self);

  /* Shows one item of the page's content, e.g. ("condition", "itb_syndrome");
   * returns FALSE when the page does not know it. */
  gboolean (*open)    (StridePage *self,
                       const char *kind,
                       const char *id);
};

/* The construct-only "context" every page is made with: all the data it shows. */
StrideContext *stride_page_get_context     (StridePage *self);
const char *stride_page_get_title          (StridePage *self);
void        stride_page_set_title          (StridePage *self,
                                            const char *title);
const char *stride_page_get_subtitle       (StridePage *self);
void        stride_page_set_subtitle       (StridePage *self,
                                            const char *subtitle);
gboolean    stride_page_get_can_go_back    (StridePage *self);
void        stride_page_set_can_go_back    (StridePage *self,
                                            gboolean    can_go_back);
void        stride_page_go_back            (StridePage *self);
gboolean    stride_page_open               (StridePage *self,
                                            const char *kind,
                                            const char *id);

G_END_DECLS
