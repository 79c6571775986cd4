/* stride-launch.c — the places the app can be opened at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-launch.h"

/* The names are a contract (docs/command-line.md). */
static const char * const page_names[STRIDE_N_LAUNCH_PAGES + 1] = {
  [STRIDE_LAUNCH_PAGE_ANATOMY] = "anatomy",
  [STRIDE_LAUNCH_PAGE_CONDITIONS] = "conditions",
  [STRIDE_LAUNCH_PAGE_SYMPTOMS] = "symptoms",
  [STRIDE_LAUNCH_PAGE_SELF_TEST] = "self-test",
  [STRIDE_LAUNCH_PAGE_ROUTINES] = "routines",
  [STRIDE_LAUNCH_PAGE_PROGRESS] = "progress",
  NULL
};

const char * const *
stride_launch_page_names (void)
{
  return page_names;
}

gboolean
stride_launch_page_is_known (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  return g_strv_contains (page_names, name);
}

const char *
stride_launch_page_to_string (StrideLaunchPage page)
{
  g_return_val_if_fail (page < STRIDE_N_LAUNCH_PAGES, NULL);

  return page_names[page];
}

gboolean
stride_launch_page_from_string (const char       *name,
                                StrideLaunchPage *page)
{
  g_return_val_if_fail (page != NULL, FALSE);

  for (guint i = 0; name != NULL && i < STRIDE_N_LAUNCH_PAGES; i++)
    if (g_str_equal (page_names[i], name))
      {
        *page = i;
        return TRUE;
      }
  return FALSE;
}
