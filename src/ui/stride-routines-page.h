/* stride-routines-page.h — the Routines section: routines, exercises, the player, the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-clock.h"
#include "stride-page.h"
#include "stride-routine-player.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_ROUTINES_PAGE (stride_routines_page_get_type ())

G_DECLARE_FINAL_TYPE (StrideRoutinesPage, stride_routines_page, STRIDE, ROUTINES_PAGE, StridePage)

GtkWidget           *stride_routines_page_new        (StrideContext      *context);

/* The player (tests drive it with a fake clock). */
StrideRoutinePlayer *stride_routines_page_get_player (StrideRoutinesPage *self);

/* The name of the view shown: "list", "routine", "exercise", "player" or "editor". */
const char          *stride_routines_page_get_view   (StrideRoutinesPage *self);

G_END_DECLS
