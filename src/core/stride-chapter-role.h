/* stride-chapter-role.h — what a chapter of an exercise or test video shows
 *
 * Stride's own videos (data/animations) name each chapter by its role ("setup", "hold",
 * "switch_side"…); the content's video captions use the same ids. This is the one place
 * that knows the roles: their names for a person, which runner phase each one shows, and
 * which ones show what a self-test looks for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "stride-routine-runner.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_CHAPTER_ROLE_OTHER,          /* an id Stride has no role for */
  STRIDE_CHAPTER_ROLE_SETUP,
  STRIDE_CHAPTER_ROLE_MOVE,
  STRIDE_CHAPTER_ROLE_HOLD,
  STRIDE_CHAPTER_ROLE_CHECK,
  STRIDE_CHAPTER_ROLE_LIFT,
  STRIDE_CHAPTER_ROLE_WORK,
  STRIDE_CHAPTER_ROLE_RETURN,
  STRIDE_CHAPTER_ROLE_RELEASE,
  STRIDE_CHAPTER_ROLE_INTERNAL,
  STRIDE_CHAPTER_ROLE_EXTERNAL,
  STRIDE_CHAPTER_ROLE_SWITCH_SIDE,
  /* Steps one video or a few name for themselves: each has its words under the video,
   * and no runner phase or self-test finding depends on them. */
  STRIDE_CHAPTER_ROLE_ABNORMAL,
  STRIDE_CHAPTER_ROLE_BEND,
  STRIDE_CHAPTER_ROLE_DEEPER,
  STRIDE_CHAPTER_ROLE_FAULTS,
  STRIDE_CHAPTER_ROLE_FRONT_VIEW,
  STRIDE_CHAPTER_ROLE_KEEP_MOVING,
  STRIDE_CHAPTER_ROLE_LONG_LEVER,
  STRIDE_CHAPTER_ROLE_LONG_LEVER_RELEASE,
  STRIDE_CHAPTER_ROLE_LOWER,
  STRIDE_CHAPTER_ROLE_PAUSE,
  STRIDE_CHAPTER_ROLE_PUSH,
  STRIDE_CHAPTER_ROLE_SHALLOW,
  STRIDE_CHAPTER_ROLE_SLIDE,
  STRIDE_CHAPTER_ROLE_SQUEEZE,
  STRIDE_CHAPTER_ROLE_STRAIGHTEN,
  STRIDE_CHAPTER_ROLE_TOUCH,
  STRIDE_CHAPTER_ROLE_TUCK,
} StrideChapterRole;

StrideChapterRole   stride_chapter_role_from_id     (const char        *id);
/* The chapter id of ROLE ("hold"); NULL for STRIDE_CHAPTER_ROLE_OTHER. */
const char         *stride_chapter_role_to_id       (StrideChapterRole  role);
/* The role in words for a person, translated; "" when it has none. */
const char         *stride_chapter_role_get_name    (StrideChapterRole  role);
/* Whether a chapter of ROLE shows what the runner asks for in PHASE (its caption is the
 * cue then): work is held, moved or lifted; the other side is switched to; anything
 * else is got ready for. */
gboolean            stride_chapter_role_shows_phase (StrideChapterRole  role,
                                                     StridePhase        phase);
/* The chapter ids of a self-test's video that show what to look for, best first. */
const char * const *stride_chapter_role_test_ids    (void);

G_END_DECLS
