/* stride-report.h — a one-page PDF for a physiotherapist: tests per side, findings,
 * adherence, pain trend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "stride-content.h"
#include "stride-history.h"

G_BEGIN_DECLS

/* The report as PDF bytes, for the history as of NOW; CONTENT (may be NULL) names the
 * self-test's tests, fields and choices in the reader's words. */
GBytes   *stride_report_render_pdf (StrideHistory  *history,
                                    StrideContent  *content,
                                    GDateTime      *now);

/* The words the report writes, one block a line, in order. */
char     *stride_report_render_text (StrideHistory *history,
                                     StrideContent *content,
                                     GDateTime     *now);

/* Renders and writes it to PATH atomically. */
gboolean  stride_report_write_pdf  (StrideHistory  *history,
                                    StrideContent  *content,
                                    GDateTime      *now,
                                    const char     *path,
                                    GError        **error);

G_END_DECLS
