/* stride-launch.h — the places the app can be opened at (docs/command-line.md, launch options)
 *
 * The one table of the app's pages: the UI's sidebar shows them in this order, under
 * these names (--page=NAME, the help pages' ids, Ctrl+1…6).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STRIDE_LAUNCH_PAGE_ANATOMY,
  STRIDE_LAUNCH_PAGE_CONDITIONS,
  STRIDE_LAUNCH_PAGE_SYMPTOMS,
  STRIDE_LAUNCH_PAGE_SELF_TEST,
  STRIDE_LAUNCH_PAGE_ROUTINES,
  STRIDE_LAUNCH_PAGE_PROGRESS,
} StrideLaunchPage;

#define STRIDE_N_LAUNCH_PAGES (STRIDE_LAUNCH_PAGE_PROGRESS + 1)

const char * const *stride_launch_page_names       (void);
gboolean            stride_launch_page_is_known    (const char       *name);
const char         *stride_launch_page_to_string   (StrideLaunchPage  page);
/* FALSE when NAME is no page's name. */
gboolean            stride_launch_page_from_string (const char       *name,
                                                    StrideLaunchPage *page);

G_END_DECLS
