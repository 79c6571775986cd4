/* stride-application.h — the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-content.h"
#include "stride-context.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_APPLICATION (stride_application_get_type ())

G_DECLARE_FINAL_TYPE (StrideApplication, stride_application, STRIDE, APPLICATION, AdwApplication)

StrideApplication *stride_application_new          (void);
GSettings         *stride_application_get_settings (StrideApplication *self);
/* The content loaded at start-up (bundled pack and valid user packs); never NULL: empty
 * when the bundled pack did not load (the window then says so). Borrowed. The content
 * loads on a thread of its own from start-up on: this and get_context wait for it. */
StrideContent     *stride_application_get_content  (StrideApplication *self);
/* What the window and its pages work on, made at start-up. Borrowed. */
StrideContext     *stride_application_get_context  (StrideApplication *self);

G_END_DECLS
