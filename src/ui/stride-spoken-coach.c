/* stride-spoken-coach.c — a routine runner's coach, spoken through the sound cues
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-routine-catalog.h"
#include "stride-sound-cues.h"
#include "stride-spoken-coach.h"

/* DATA: the context, which the player that owns the coach holds. */
static char *
exercise_name (const char *exercise_id,
               gpointer    data)
{
  return stride_routine_catalog_exercise_name (data, exercise_id);
}

/* Walk-run intervals are the content's "run" exercises. */
static gboolean
is_walk_run (const char *exercise_id,
             gpointer    data)
{
  const StrideExercise *exercise = stride_routine_catalog_find_exercise (data, exercise_id);

  return exercise != NULL && g_strcmp0 (exercise->kind, "run") == 0;
}

static void
say_cb (StrideCoach     *coach,
        const char      *text,
        gboolean         interrupt,
        StrideSoundCues *cues)
{
  stride_sound_cues_say (cues, text, interrupt);
}

static void
hush_cb (StrideCoach     *coach,
         StrideSoundCues *cues)
{
  stride_sound_cues_hush (cues);
}

/* The owner holds the coach, so it outlives it. */
static void
voice_missing_cb (StrideSoundCues *cues,
                  const char      *message,
                  StrideCoach     *coach)
{
  GtkWidget *owner = g_object_get_data (G_OBJECT (coach), "stride-owner");

  gtk_widget_activate_action (owner, "win.add-toast", "s", message);
}

/* A player closed mid-sentence leaves no voice behind. */
static void
coach_gone_cb (gpointer  data,
               GObject  *coach)
{
  stride_sound_cues_hush (data);
}

StrideCoach *
stride_spoken_coach_new (StrideRoutineRunner *runner,
                         GtkWidget           *owner,
                         StrideContext       *context)
{
  StrideSoundCues *cues;
  StrideCoach *coach;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  cues = stride_sound_cues_from_context (context);
  coach = stride_coach_new (runner, exercise_name, context, NULL);
  stride_coach_set_count_reps (coach, stride_sound_cues_get_count_reps (cues));
  stride_coach_set_interval_func (coach, is_walk_run, context);
  g_signal_connect_object (coach, "say", G_CALLBACK (say_cb), cues, 0);
  g_signal_connect_object (coach, "hush", G_CALLBACK (hush_cb), cues, 0);
  g_object_set_data (G_OBJECT (coach), "stride-owner", owner);
  g_signal_connect_object (cues, "voice-missing", G_CALLBACK (voice_missing_cb), coach, 0);
  g_object_weak_ref (G_OBJECT (coach), coach_gone_cb, cues);
  return coach;
}
