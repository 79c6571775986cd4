/* stride-content-cli.h — the content's command line: --validate, --vocabulary, launch ids
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content.h"

G_BEGIN_DECLS

/* Exit status 0 valid, 1 invalid, 2 DIR missing. DIR NULL: the bundled pack. */
int       stride_content_cli_validate     (const char *dir);
/* Prints every id as JSON on stdout; exit status. */
int       stride_content_cli_vocabulary   (void);
/* Exit status 2 with a one-line message when ID is not an item of KIND (a launch option:
 * "structure", "condition", "exercise", "test" or "routine"); -1 when it is. */
int       stride_content_cli_check_launch (const char *kind,
                                           const char *id);
char     *stride_content_vocabulary_json  (StrideContent *content);
/* The app's content (bundled pack and user packs) for the headless command OPTION
 * ("--match"…): each user pack skipped gets a line on standard error, "stride: OPTION:
 * content pack “Title” skipped: …" (a few, then a count). NULL, with the problems printed,
 * when the bundled pack does not load. */
StrideContent *stride_content_cli_load    (const char *option);

G_END_DECLS
