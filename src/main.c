/* main.c — Stride entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "stride-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StrideApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* STRIDE_LOCALE_DIR: catalogues compiled in a build dir, to see a language uninstalled
   * (meson devenv sets it; see README, "Translating Stride"). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STRIDE_LOCALE_DIR") != NULL ? g_getenv ("STRIDE_LOCALE_DIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = stride_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
