/* stride-cli-input.h — reading command-line input (FILE or "-") and reporting on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *stride_cli_read_input (const char  *file,
                             gsize        max_bytes,
                             gsize       *length,
                             GError     **error);
char *stride_cli_one_line   (const char  *message);
/* "stride: OPTION: FILE:LINE:COL: what is wrong" on one line; FILE "-" reads "standard
 * input". The same shape for every command that takes a FILE. */
void  stride_cli_print_input_error (const char *option,
                                    const char *file,
                                    const char *message);

G_END_DECLS
