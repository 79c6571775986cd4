/* stride-session-text.c — what the routine player says, decided without widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-chapter-role.h"
#include "stride-session-plan.h"
#include "stride-session-text.h"

char *
stride_session_text_time (guint seconds)
{
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

const char *
stride_session_text_side (StrideRunnerSide side)
{
  switch (side)
    {
    case STRIDE_RUNNER_SIDE_LEFT:
      return _("Left side");
    case STRIDE_RUNNER_SIDE_RIGHT:
      return _("Right side");
    case STRIDE_RUNNER_SIDE_NONE:
    default:
      return NULL;
    }
}

/* Walk-run intervals (a "run" exercise): work is running, rest is walking. */
static gboolean
is_run (const StrideExercise *exercise)
{
  return exercise != NULL && g_strcmp0 (exercise->kind, "run") == 0;
}

const char *
stride_session_text_phase (StridePhase           phase,
                           const StrideExercise *exercise,
                           guint                 n_reps)
{
  if (is_run (exercise) && phase == STRIDE_PHASE_WORK)
    return _("Run");
  if (is_run (exercise) && phase == STRIDE_PHASE_REST)
    return _("Walk");

  switch (phase)
    {
    case STRIDE_PHASE_GET_READY:
      return _("Get ready");
    case STRIDE_PHASE_WORK:
      return n_reps > 0 ? _("Go") : _("Hold");
    case STRIDE_PHASE_SWITCH_SIDE:
      return _("Switch sides");
    case STRIDE_PHASE_REST:
      return _("Rest");
    case STRIDE_PHASE_DONE:
      return _("Done");
    case STRIDE_PHASE_IDLE:
    default:
      return "";
    }
}

/* The chapter of the exercise's video that matches the phase: its caption is the cue. */
static const char *
chapter_caption (const StrideVideo *video,
                 StridePhase        phase)
{
  for (guint i = 0; video != NULL && i < video->chapters->len; i++)
    {
      const StrideChapterCaption *chapter = g_ptr_array_index (video->chapters, i);

      if (stride_chapter_role_shows_phase (stride_chapter_role_from_id (chapter->id), phase))
        return chapter->caption;
    }

  return NULL;
}

const char *
stride_session_text_cue (StridePhase           phase,
                         const StrideExercise *exercise,
                         const StrideVideo    *video)
{
  const char *caption;

  if (phase == STRIDE_PHASE_REST && is_run (exercise))
    return _("Walk briskly and let your breathing settle. The next run starts when the timer ends.");
  if (phase == STRIDE_PHASE_REST)
    return _("Rest and breathe easily. Shake out your legs.");

  caption = exercise != NULL ? chapter_caption (video, phase) : NULL;
  if (caption != NULL)
    return caption;
  if (phase == STRIDE_PHASE_SWITCH_SIDE)
    return _("Change to your right side and settle into position.");
  if (exercise != NULL && exercise->cues != NULL && exercise->cues[0] != NULL)
    return exercise->cues[0];
  if (phase == STRIDE_PHASE_GET_READY)
    return _("Get into the starting position.");

  return _("Move slowly and stop if it hurts more than a little.");
}

char *
stride_session_text_steps (const StrideExercise *exercise,
                           StrideRunnerSide      only_side)
{
  g_auto(GStrv) steps = NULL;
  GString *text;

  if (exercise == NULL || exercise->steps == NULL || exercise->steps[0] == NULL)
    return NULL;

  /* One side only: no "then a set on the other side" */
  steps = stride_session_plan_steps (exercise, only_side);
  text = g_string_new (NULL);
  for (guint i = 0; steps[i] != NULL; i++)
    g_string_append_printf (text, "%s%u. %s", i > 0 ? "\n" : "", i + 1, steps[i]);

  return g_string_free (text, FALSE);
}

char *
stride_session_text_status (guint            set,
                            guint            n_sets,
                            StrideRunnerSide side)
{
  const char *side_name = stride_session_text_side (side);

  if (side_name != NULL)
    /* Translators: "Set 1 of 3 · Left side" */
    return g_strdup_printf (_("Set %u of %u · %s"), set, n_sets, side_name);

  return g_strdup_printf (_("Set %u of %u"), set, n_sets);
}

char *
stride_session_text_next (const char       *name,
                          StrideRunnerSide  side)
{
  if (name == NULL)
    return g_strdup (_("Next: the end of the routine"));

  /* Whole sentences per side: mid-sentence the side is lower case in every language */
  if (side == STRIDE_RUNNER_SIDE_LEFT)
    /* Translators: what comes next: %s is an exercise */
    return g_strdup_printf (_("Next: %s, left side"), name);
  if (side == STRIDE_RUNNER_SIDE_RIGHT)
    /* Translators: what comes next: %s is an exercise */
    return g_strdup_printf (_("Next: %s, right side"), name);
  return g_strdup_printf (_("Next: %s"), name);
}

/* Between sets of one exercise its name says nothing new: which set comes next does. */
char *
stride_session_text_next_set (guint            set,
                              guint            n_sets,
                              StrideRunnerSide side)
{
  if (side == STRIDE_RUNNER_SIDE_LEFT)
    /* Translators: what comes next in the routine player: set 2 of 3 of the same exercise */
    return g_strdup_printf (_("Next: set %u of %u, left side"), set, n_sets);
  if (side == STRIDE_RUNNER_SIDE_RIGHT)
    /* Translators: what comes next in the routine player: set 2 of 3 of the same exercise */
    return g_strdup_printf (_("Next: set %u of %u, right side"), set, n_sets);
  /* Translators: what comes next in the routine player: set 2 of 3 of the same exercise */
  return g_strdup_printf (_("Next: set %u of %u"), set, n_sets);
}

char *
stride_session_text_sets_done (guint sets_done,
                               guint sets_planned)
{
  /* Translators: the routine player's progress: sets done of those planned */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u set done", "%u of %u sets done", sets_planned),
                          sets_done, sets_planned);
}

const char *
stride_session_text_outcome_title (gboolean completed,
                                   gboolean ended_early)
{
  if (ended_early)
    return _("Ended Early");
  return completed ? _("Well Done") : _("Session Ended");
}

char *
stride_session_text_outcome_summary (const char *routine_name,
                                     guint       active_s,
                                     guint       sets_done,
                                     guint       sets_planned,
                                     gboolean    ended_early)
{
  guint minutes = (active_s + 30) / 60;
  g_autofree char *time = NULL;

  g_return_val_if_fail (routine_name != NULL, NULL);

  if (minutes == 0)
    /* Translators: %s is a routine's name */
    time = g_strdup_printf (_("%s: under a minute"), routine_name);
  else
    time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: about %u minute", "%s: about %u minutes", minutes),
                            routine_name, minutes);
  if (ended_early)
    /* Translators: a routine and its time, then the sets done and planned */
    return g_strdup_printf (_("%s, %u of %u sets done. Under half done counts as ended early: it does not count towards your streak or change your doses."),
                            time, sets_done, sets_planned);
  return g_strdup_printf (_("%s, %u of %u sets done."), time, sets_done, sets_planned);
}

const char *
stride_session_text_change (StrideDoseChange change)
{
  switch (change)
    {
    case STRIDE_DOSE_PROGRESS:
      return _("Next time the routine asks a little more of you.");
    case STRIDE_DOSE_STEP_BACK:
      return _("Next time the routine eases off. If pain keeps rising, rest and see a physiotherapist.");
    case STRIDE_DOSE_HOLD:
    default:
      return _("Next time you keep the same dose.");
    }
}
