/* stride-self-test-inputs.h — the result inputs of one test, on one side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"
#include "stride-self-test-record.h"

G_BEGIN_DECLS

/* A group titled with SIDE ("Your Result" for NONE) holding a row per field of TEST
 * (StrideTestValueRow, StrideTestChoiceRow); each row reads its value from RECORD and
 * writes every change into it. */
GtkWidget *stride_self_test_inputs_new_group    (StrideSelfTestRecord *record,
                                                 const StrideSelfTest *test,
                                                 StrideSide            side);

/* "Left side: Did it hurt?", or the field's text alone for NONE. */
char      *stride_self_test_inputs_field_label  (const StrideField    *field,
                                                 StrideSide            side);

/* Names CONTROL for tests ("test.side.field") and for screen readers (the field on its
 * side, once). */
void       stride_self_test_inputs_name_control (GtkWidget            *control,
                                                 const StrideSelfTest *test,
                                                 const StrideField    *field,
                                                 StrideSide            side);

G_END_DECLS
