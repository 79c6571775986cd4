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
  [STRIDE_CHAPTER_ROLE_INTERNAL] = { "internal", N_("Turn inwards") },
  [STRIDE_CHAPTER_ROLE_EXTERNAL] = { "external", N_("Turn outwards") },
  [STRIDE_CHAPTER_ROLE_SWITCH_SIDE] = { "switch_side", N_("Other side") },
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
