/* stride-cli.c — the command line answered before any window exists
 *
 * Everything here runs without a display: it is called from the application's
 * handle-local-options, before GTK is initialised.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-cli.h"
#include "stride-launch.h"
#include "stride-matcher-cli.h"

static const GOptionEntry option_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "match", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the conditions that fit the symptom answers in FILE (- for standard input) as JSON"), N_("FILE") },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the app at a page: anatomy, conditions, symptoms, self-test, routines or progress"), N_("NAME") },
  { NULL }
};

/* A launch option, and the page that shows what it names. */
typedef struct
{
  const char *kind;
  const char *page;
} LaunchKind;

static const LaunchKind launch_kinds[] = {
  { "page", NULL },
};

const GOptionEntry *
stride_cli_get_option_entries (void)
{
  return option_entries;
}

static int
print_version (void)
{
  g_print ("stride %s\n", PACKAGE_VERSION);
  return 0;
}

static int
check_page (const char *page)
{
  g_autofree char *known = NULL;

  if (stride_launch_page_is_known (page))
    return STRIDE_CLI_CONTINUE;

  known = g_strjoinv (", ", (char **) stride_launch_page_names ());
  g_printerr (_("stride: unknown page “%s” (expected one of: %s)\n"), page, known);
  return 2;
}

int
stride_cli_handle (GVariantDict *options)
{
  const char *match = NULL;
  const char *page = NULL;

  g_return_val_if_fail (options != NULL, 2);

  if (g_variant_dict_lookup (options, "match", "^&ay", &match))
    return stride_matcher_cli_match (match);

  if (g_variant_dict_contains (options, "version"))
    return print_version ();

  if (g_variant_dict_lookup (options, "page", "&s", &page))
    return check_page (page);

  return STRIDE_CLI_CONTINUE;
}

gboolean
stride_cli_get_launch_target (GVariantDict  *options,
                              const char   **kind,
                              const char   **id)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (launch_kinds); i++)
    {
      if (g_variant_dict_lookup (options, launch_kinds[i].kind, "&s", id))
        {
          *kind = launch_kinds[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

/* The page that shows an item of KIND; NULL for "page" itself, whose id is the page. */
const char *
stride_cli_launch_kind_page (const char *kind)
{
  g_return_val_if_fail (kind != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (launch_kinds); i++)
    if (g_str_equal (launch_kinds[i].kind, kind))
      return launch_kinds[i].page;

  return NULL;
}
