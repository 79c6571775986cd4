/* fuzz-common.h — what the fuzz targets share: the bundled content, a scratch folder,
 * and the round-trip check that aborts (so libFuzzer and the replay test both see it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include <json-glib/json-glib.h>

#include "stride-content.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* Aborts with the place and WHAT when CONDITION is false: a broken property is a crash
 * to libFuzzer, whatever the build's NDEBUG or G_DISABLE_ASSERT. */
#define FUZZ_REQUIRE(condition, what) \
  G_STMT_START { if (!(condition)) fuzz_fail (G_STRLOC, #condition, (what)); } G_STMT_END

G_NORETURN void fuzz_fail            (const char *place,
                                      const char *condition,
                                      const char *what);

/* The bundled pack (data/content), loaded once; gettext and the disk are not under test. */
StrideContent  *fuzz_bundled_content (void);

/* An empty folder of this process's own, made once and emptied by fuzz_clear_scratch(). */
const char     *fuzz_scratch_dir     (void);
void            fuzz_clear_scratch   (void);

/* NODE written as Stride writes user data, read back with the strict reader: it must parse
 * and equal NODE. Returns the text (free it). */
char           *fuzz_require_round_trip (JsonNode *node,
                                         const char *what);

/* DATA parsed strictly (NULL when it is not strict JSON). */
JsonNode       *fuzz_parse_strict    (const guint8 *data,
                                      size_t        size);

/* A message must be one line of valid UTF-8 a person can read: not empty. */
void            fuzz_require_message (const GError *error);
