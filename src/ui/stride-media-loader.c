/* stride-media-loader.c — brings in the media module (and GStreamer) on first use
 *
 * Start-up must not map GStreamer (a measured budget), so the stride binary does not
 * link it: the first video or cue opens the module, which initialises GStreamer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "stride-media-error.h"
#include "stride-media-loader.h"

/* STRIDE_MEDIA_MODULE_DIR loads native code: it is honoured only for a program run from
 * its build folder (development and tests), never for an installed Stride. */
static const char *
get_development_module_dir (void)
{
  const char *dir = g_getenv ("STRIDE_MEDIA_MODULE_DIR");
  g_autofree char *exe = NULL;
  g_autofree char *prefix = NULL;

  if (dir == NULL || *dir == '\0')
    return NULL;
  exe = g_file_read_link ("/proc/self/exe", NULL);
  prefix = g_strconcat (STRIDE_BUILD_ROOT, G_DIR_SEPARATOR_S, NULL);
  return exe != NULL && g_str_has_prefix (exe, prefix) ? dir : NULL;
}

static const StrideMediaModule *
open_module (GError **error)
{
  const char *dir = get_development_module_dir ();
  g_autofree char *path = g_build_filename (dir != NULL && *dir != '\0' ? dir : PKGLIBDIR,
                                            "libstride-media." G_MODULE_SUFFIX, NULL);
  StrideMediaModuleGetFunc get = NULL;
  const StrideMediaModule *module;
  GModule *gmodule;

  gmodule = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (gmodule == NULL)
    {
      g_set_error (error, STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NO_GSTREAMER,
                   _("Stride’s video support could not be loaded: %s"), g_module_error ());
      return NULL;
    }

  /* The module makes itself resident; it is never closed. */
  if (!g_module_symbol (gmodule, STRIDE_MEDIA_MODULE_ENTRY, (gpointer *) &get) || get == NULL)
    {
      g_set_error (error, STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NO_GSTREAMER,
                   _("Stride’s video support at %s is broken: %s"), path, g_module_error ());
      return NULL;
    }

  module = get (error);
  if (module != NULL && module->abi != STRIDE_MEDIA_MODULE_ABI)
    {
      g_set_error (error, STRIDE_MEDIA_ERROR, STRIDE_MEDIA_ERROR_NO_GSTREAMER,
                   _("Stride’s video support at %s belongs to another version of Stride."), path);
      return NULL;
    }
  return module;
}

const StrideMediaModule *
stride_media_loader_get (GError **error)
{
  static gboolean tried;
  static const StrideMediaModule *module;
  static GError *load_error;

  if (!tried)
    {
      tried = TRUE;
      module = open_module (&load_error);
      if (module == NULL)
        g_message ("%s", load_error->message);
    }

  if (module == NULL)
    {
      g_propagate_error (error, g_error_copy (load_error));
      return NULL;
    }
  return module;
}
