/* stride-matcher-cli.h — `stride --match FILE|-`: the symptom checker without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads answers from PATH ("-" = standard input), prints the result as JSON on stdout.
 * Exit status 0; 2 with one line on stderr when the input is wrong; 1 when the bundled
 * pack does not load. */
int stride_matcher_cli_match (const char *path);

G_END_DECLS
