/* stride-session-rating.h — the routine player's rating: how much it hurt, how it felt
 *
 * After a session (or, with "rate each exercise", after each exercise) the runner rates
 * the pain from 0 to 10 and the effort; its buttons activate the player's "player.save"
 * and "player.close". The player decides what the rating does; this view only asks and
 * shows the answer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "stride-dose.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_SESSION_RATING (stride_session_rating_get_type ())

G_DECLARE_FINAL_TYPE (StrideSessionRating, stride_session_rating, STRIDE, SESSION_RATING, AdwBin)

/* Asks for a rating under TITLE and SUMMARY, the save button reading BUTTON_LABEL;
 * FRESH starts from no pain and "About right" (else the last answer stays). */
void         stride_session_rating_ask        (StrideSessionRating *self,
                                               const char          *title,
                                               const char          *summary,
                                               const char          *button_label,
                                               gboolean             fresh);

/* STRIDE_PAIN_UNKNOWN while the runner has not moved the slider since asked fresh. */
int          stride_session_rating_get_pain   (StrideSessionRating *self);
StrideEffort stride_session_rating_get_effort (StrideSessionRating *self);

/* Whether the runner changed the answer since it was asked, and has not saved it: leaving
 * then would lose it. */
gboolean     stride_session_rating_get_changed (StrideSessionRating *self);

/* Why the session is not saved yet, or NULL once it is. */
void         stride_session_rating_show_error (StrideSessionRating *self,
                                               const char          *message);

/* The rating is saved: TEXT says what it changes next time, and Done closes. */
void         stride_session_rating_show_done  (StrideSessionRating *self,
                                               const char          *text);

/* The keyboard focus on the button that saves (never on the pain slider). */
void         stride_session_rating_focus      (StrideSessionRating *self);

G_END_DECLS
