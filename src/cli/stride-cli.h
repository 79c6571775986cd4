/* stride-cli.h — the command line answered before any window exists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes: 0 success, 1 the thing checked is wrong (e.g. --validate found errors),
 * 2 the command line itself is wrong (unknown option, id, malformed input).
 * STRIDE_CLI_CONTINUE: nothing headless was asked; go on and open the app. */
#define STRIDE_CLI_CONTINUE (-1)

/* Parses ARGUMENTS (argv, program name first) once, into the options given keyed by their
 * long names; NULL with ERROR when the command line is wrong. --help prints and exits. */
GVariantDict       *stride_cli_parse              (char         **arguments,
                                                   GError       **error);
int                 stride_cli_handle             (GVariantDict  *options);
gboolean            stride_cli_get_launch_target  (GVariantDict  *options,
                                                   const char   **kind,
                                                   const char   **id);
const char         *stride_cli_launch_kind_page   (const char    *kind);

G_END_DECLS
