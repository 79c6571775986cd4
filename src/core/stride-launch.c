/* stride-launch.c — the places the app can be opened at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-launch.h"

/* The order is the order of the sidebar; the names are a contract (docs/command-line.md). */
static const char * const page_names[] = {
  "anatomy",
  "conditions",
  "symptoms",
  "self-test",
  "routines",
  "progress",
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
