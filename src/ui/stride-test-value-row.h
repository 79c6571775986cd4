/* stride-test-value-row.h — a number or yes/no result of a self-test, on one side
 *
 * A spin button (with its unit, a stopwatch for times, the photo helper for angles) or a
 * switch; each change is written into the self-test record at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"
#include "stride-self-test-record.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_TEST_VALUE_ROW (stride_test_value_row_get_type ())

G_DECLARE_FINAL_TYPE (StrideTestValueRow, stride_test_value_row, STRIDE, TEST_VALUE_ROW, AdwActionRow)

/* FIELD (a number or a bool field of TEST) on SIDE, read from and written to RECORD. */
GtkWidget *stride_test_value_row_new (StrideSelfTestRecord *record,
                                      const StrideSelfTest *test,
                                      const StrideField    *field,
                                      StrideSide            side);

G_END_DECLS
