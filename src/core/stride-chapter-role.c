/* stride-chapter-role.c — what a chapter of an exercise or test video shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-chapter-role.h"

typedef struct
{
  const char *id;
  const char *name;               /* NULL: no words for it */
} RoleInfo;

static const RoleInfo roles[] = {
  [STRIDE_CHAPTER_ROLE_OTHER] = { NULL, NULL },
  [STRIDE_CHAPTER_ROLE_SETUP] = { "setup", N_("Set-up") },
  [STRIDE_CHAPTER_ROLE_MOVE] = { "move", N_("Movement") },
  [STRIDE_CHAPTER_ROLE_HOLD] = { "hold", N_("Hold") },
  [STRIDE_CHAPTER_ROLE_CHECK] = { "check", N_("Check") },
  [STRIDE_CHAPTER_ROLE_LIFT] = { "lift", N_("Lift") },
  [STRIDE_CHAPTER_ROLE_WORK] = { "work", NULL },
  [STRIDE_CHAPTER_ROLE_RETURN] = { "return", N_("Return") },
  [STRIDE_CHAPTER_ROLE_RELEASE] = { "release", N_("Release") },
  [STRIDE_CHAPTER_ROLE_INTERNAL] = { "internal", N_("Turn Inwards") },
  [STRIDE_CHAPTER_ROLE_EXTERNAL] = { "external", N_("Turn Outwards") },
  [STRIDE_CHAPTER_ROLE_SWITCH_SIDE] = { "switch_side", N_("Other Side") },
  /* A self-test's "the result to note" part: what a positive test looks like. */
  [STRIDE_CHAPTER_ROLE_ABNORMAL] = { "abnormal", N_("Result to Note") },
  [STRIDE_CHAPTER_ROLE_BEND] = { "bend", N_("Bend") },
  [STRIDE_CHAPTER_ROLE_DEEPER] = { "deeper", N_("Go Deeper") },
  [STRIDE_CHAPTER_ROLE_FAULTS] = { "faults", N_("Faults to Count") },
  [STRIDE_CHAPTER_ROLE_FRONT_VIEW] = { "front_view", N_("Front View") },
  [STRIDE_CHAPTER_ROLE_KEEP_MOVING] = { "keep_moving", N_("Keep Moving") },
  /* The Copenhagen plank's harder level, shown after the easy one. */
  [STRIDE_CHAPTER_ROLE_LONG_LEVER] = { "long_lever", N_("Level 3") },
  [STRIDE_CHAPTER_ROLE_LONG_LEVER_RELEASE] = { "long_lever_release", N_("Release") },
  [STRIDE_CHAPTER_ROLE_LOWER] = { "lower", N_("Lower") },
  [STRIDE_CHAPTER_ROLE_PAUSE] = { "pause", N_("Pause at the Top") },
  [STRIDE_CHAPTER_ROLE_PUSH] = { "push", N_("Push") },
  [STRIDE_CHAPTER_ROLE_SHALLOW] = { "shallow", N_("Shallow Bend") },
  [STRIDE_CHAPTER_ROLE_SLIDE] = { "slide", N_("Slide Down") },
  [STRIDE_CHAPTER_ROLE_SQUEEZE] = { "squeeze", N_("Squeeze") },
  [STRIDE_CHAPTER_ROLE_STRAIGHTEN] = { "straighten", N_("Straighten") },
  [STRIDE_CHAPTER_ROLE_TOUCH] = { "touch", N_("Touch the Floor") },
  [STRIDE_CHAPTER_ROLE_TUCK] = { "tuck", N_("Tuck the Pelvis") },
};

StrideChapterRole
stride_chapter_role_from_id (const char *id)
{
  for (guint i = 1; id != NULL && i < G_N_ELEMENTS (roles); i++)
    if (g_str_equal (roles[i].id, id))
      return i;
  return STRIDE_CHAPTER_ROLE_OTHER;
}

const char *
stride_chapter_role_to_id (StrideChapterRole role)
{
  g_return_val_if_fail (role < G_N_ELEMENTS (roles), NULL);

  return roles[role].id;
}

const char *
stride_chapter_role_get_name (StrideChapterRole role)
{
  g_return_val_if_fail (role < G_N_ELEMENTS (roles), "");

  return roles[role].name != NULL ? _(roles[role].name) : "";
}

gboolean
stride_chapter_role_shows_phase (StrideChapterRole role,
                                 StridePhase       phase)
{
  switch (phase)
    {
    case STRIDE_PHASE_WORK:
      return role == STRIDE_CHAPTER_ROLE_HOLD || role == STRIDE_CHAPTER_ROLE_MOVE ||
             role == STRIDE_CHAPTER_ROLE_LIFT || role == STRIDE_CHAPTER_ROLE_WORK;
    case STRIDE_PHASE_SWITCH_SIDE:
      return role == STRIDE_CHAPTER_ROLE_SWITCH_SIDE;
    default:
      return role == STRIDE_CHAPTER_ROLE_SETUP;
    }
}

const char * const *
stride_chapter_role_test_ids (void)
{
  /* The one that loops while the runner reads the steps first. */
  static const char * const ids[] = { "check", "hold", "internal", "move", NULL };

  return ids;
}
