/* stride-test-choice-row.h — a self-test result chosen from a list, on one side
 *
 * "Not checked" first, then the field's choices; a pack may come with a picture per
 * choice, shown in the list and beside the chosen one. Each change is written into the
 * self-test record at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"
#include "stride-self-test-record.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_TEST_CHOICE_ROW (stride_test_choice_row_get_type ())

G_DECLARE_FINAL_TYPE (StrideTestChoiceRow, stride_test_choice_row, STRIDE, TEST_CHOICE_ROW, AdwComboRow)

/* FIELD (a choice field of TEST) on SIDE, read from and written to RECORD. */
GtkWidget *stride_test_choice_row_new (StrideSelfTestRecord *record,
                                       const StrideSelfTest *test,
                                       const StrideField    *field,
                                       StrideSide            side);

G_END_DECLS
