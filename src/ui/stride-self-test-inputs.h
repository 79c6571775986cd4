/* stride-self-test-inputs.h — the result inputs of one test, on one side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"
#include "stride-self-test-record.h"

G_BEGIN_DECLS

/* A group titled with SIDE ("Your result" for NONE) holding a row per field of TEST;
 * each row reads its value from RECORD and writes every change into it. RECORD must
 * outlive the group. Tests find a control by its name "test.side.field" and a unit
 * by "test.side.field-unit". */
GtkWidget *stride_self_test_inputs_new_group (StrideSelfTestRecord *record,
                                              const StrideSelfTest *test,
                                              StrideSide            side);

G_END_DECLS
