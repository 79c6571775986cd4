/* stride-context.h — what the app's pages work on, handed down instead of looked up
 *
 * The application makes one context at start-up and gives it to the window, which gives
 * it to every page as the construct-only "context" property; a page gives it (or the one
 * object it needs) to the widgets it makes. Nothing below the application reaches for a
 * global: a test builds a page with a context of its own (a tiny pack, a history in a
 * temporary directory).
 *
 * The context only holds references. It lives in core because what it holds is core's
 * (content, history, routine store) or GIO's (settings). The sound cues are a ui object
 * built on the media module, which core must not know: the context holds them as a plain
 * GObject and the ui reads them typed through stride_sound_cues_from_context().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "stride-content.h"
#include "stride-history.h"
#include "stride-routine-store.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_CONTEXT (stride_context_get_type ())

G_DECLARE_FINAL_TYPE (StrideContext, stride_context, STRIDE, CONTEXT, GObject)

/* Takes a reference to each. */
StrideContext      *stride_context_new              (StrideContent      *content,
                                                     StrideHistory      *history,
                                                     StrideRoutineStore *routine_store,
                                                     GSettings          *settings,
                                                     GObject            *cues);

/* All borrowed, never NULL. */
StrideContent      *stride_context_get_content      (StrideContext      *self);
StrideHistory      *stride_context_get_history      (StrideContext      *self);
StrideRoutineStore *stride_context_get_routine_store (StrideContext     *self);
GSettings          *stride_context_get_settings     (StrideContext      *self);
GObject            *stride_context_get_cues         (StrideContext      *self);

G_END_DECLS
