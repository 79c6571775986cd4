/* stride-angle-dialog.h — measure a self-test angle on a photo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_ANGLE_DIALOG (stride_angle_dialog_get_type ())

G_DECLARE_FINAL_TYPE (StrideAngleDialog, stride_angle_dialog, STRIDE, ANGLE_DIALOG, AdwWindow)

/* A dialog for FIELD (an angle field with a "measure"); its "angle-chosen" signal
 * (double degrees) fires when the runner uses the angle, and the dialog closes. */
StrideAngleDialog *stride_angle_dialog_new        (GtkWindow         *parent,
                                                   const StrideField *field,
                                                   const char        *subtitle);
/* Measures on PHOTO straight away (tests; a photo from elsewhere). */
void               stride_angle_dialog_set_photo  (StrideAngleDialog *self,
                                                   GdkTexture        *photo);
GtkWidget         *stride_angle_dialog_get_canvas (StrideAngleDialog *self);

G_END_DECLS
