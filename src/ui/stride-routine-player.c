/* stride-routine-player.c — follows a routine: timer, reps, cues, what's next, then a rating
 *
 * The runner (core) keeps time; this widget shows it big enough to read across a room,
 * keeps the screen awake while it runs, and saves the session in the history the moment
 * it ends — before the rating, so that nothing the user did is lost if they walk away.
 * The rating then updates that same entry with the pain, the effort and the doses the
 * pain-monitoring model chose for next time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-chapter-role.h"
#include "stride-dose.h"
#include "stride-exercise-visual.h"
#include "stride-history.h"
#include "stride-routine-catalog.h"
#include "stride-routine-player-private.h"
#include "stride-program-history.h"
#include "stride-session-outcome.h"
#include "stride-session-rating.h"
#include "stride-session-record.h"
#include "stride-session-text.h"
#include "stride-sound-cues.h"
#include "stride-spoken-coach.h"
#include "stride-video-view.h"


G_DEFINE_FINAL_TYPE (StrideRoutinePlayer, stride_routine_player, ADW_TYPE_BIN)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_RUNNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Screen kept awake */

static void
uninhibit (StrideRoutinePlayer *self)
{
  if (self->inhibit_cookie != 0 && self->inhibit_app != NULL)
    gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  g_clear_object (&self->inhibit_app);
}

static void
inhibit (StrideRoutinePlayer *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (self->inhibit_cookie != 0 || app == NULL)
    return;

  self->inhibit_app = g_object_ref (app);
  self->inhibit_cookie = gtk_application_inhibit (app,
                                                  GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  GTK_APPLICATION_INHIBIT_IDLE,
                                                  _("Following an exercise routine"));
}

/* Showing where the routine is */

/* "Next: Clamshell", or between sets of one exercise "Next: set 2 of 3": its name again
 * told the runner nothing. While getting ready for a set (or resting, or switching side)
 * the screen shows that set already: next is what comes after it. */
static void
update_next (StrideRoutinePlayer *self)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  StrideRunnerSide side = STRIDE_RUNNER_SIDE_NONE;
  guint item = 0, set = 0, n_sets = 0;
  gboolean more = stride_routine_runner_get_work_after (self->runner, &item, &side, &set, &n_sets);

  if (more && (int) item == stride_routine_runner_get_item (self->runner))
    text = stride_session_text_next_set (set, n_sets, side);
  else
    {
      if (more)
        name = stride_routine_catalog_exercise_name (self->context,
                                                     stride_routine_runner_get_item_exercise (self->runner, item));
      text = stride_session_text_next (name, side);
    }
  gtk_label_set_label (self->next_label, text);
}

/* The runner's properties, as the template binds them (closures take the player first) */

static char *
exercise_name_text (StrideRoutinePlayer *self,
                    const char          *exercise)
{
  return exercise != NULL ? stride_routine_catalog_exercise_name (self->context, exercise) : g_strdup ("");
}

static char *
status_text (StrideRoutinePlayer *self,
             guint                set,
             guint                n_sets,
             StrideRunnerSide     runner_side)
{
  return stride_session_text_status (set, n_sets, runner_side);
}

static char *
phase_label_text (StrideRoutinePlayer *self,
                  gboolean             paused,
                  StridePhase          phase,
                  const char          *exercise,
                  guint                n_reps)
{
  const StrideExercise *info = exercise != NULL ? stride_routine_catalog_find_exercise (self->context, exercise) : NULL;

  return g_strdup (paused ? _("Paused") : stride_session_text_phase (phase, info, n_reps));
}

static char *
cue_label_text (StrideRoutinePlayer *self,
                StridePhase          phase,
                const char          *exercise)
{
  const StrideExercise *info = exercise != NULL ? stride_routine_catalog_find_exercise (self->context, exercise) : NULL;
  const StrideVideo *video = info != NULL && info->video != NULL ? stride_routine_catalog_find_video (self->context, info->video) : NULL;

  return g_strdup (stride_session_text_cue (phase, info, video));
}

static char *
time_text (StrideRoutinePlayer *self,
           guint                remaining_s)
{
  return stride_session_text_time (remaining_s);
}

static char *
rep_text (StrideRoutinePlayer *self,
          guint                rep,
          guint                n_reps)
{
  return g_strdup_printf (_("Rep %u of %u"), rep, n_reps);
}

static gboolean
has_reps (StrideRoutinePlayer *self,
          guint                n_reps)
{
  return n_reps > 0;
}

/* In the words the end of the session uses: "3 of 24 sets done". PROGRESS (their share)
 * changes when the count of sets done does; PHASE when the routine starts and the sets
 * planned are known. */
static char *
progress_text (StrideRoutinePlayer *self,
               double               progress,
               StridePhase          phase)
{
  if (self->runner == NULL)
    return g_strdup ("");
  return stride_session_text_sets_done (stride_routine_runner_get_sets_done_total (self->runner),
                                        stride_routine_runner_get_sets_planned_total (self->runner));
}

static char *
pause_icon_name (StrideRoutinePlayer *self,
                 gboolean             paused)
{
  return g_strdup (paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic");
}

static char *
pause_tooltip (StrideRoutinePlayer *self,
               gboolean             paused)
{
  return g_strdup (paused ? _("Resume (Space)") : _("Pause (Space)"));
}

/* What the template cannot bind: the demonstration and what comes next. */
static void
update_phase (StrideRoutinePlayer *self)
{
  const char *exercise_id = stride_routine_runner_get_exercise (self->runner);
  const StrideExercise *exercise = exercise_id != NULL ? stride_routine_catalog_find_exercise (self->context, exercise_id) : NULL;
  StridePhase phase = stride_routine_runner_get_phase (self->runner);
  int item = stride_routine_runner_get_item (self->runner);

  /* The steps for the sides worked: one side only, no "other side" */
  stride_exercise_visual_show (self->visual, stride_context_get_content (self->context), exercise, phase,
                               stride_routine_runner_get_side (self->runner),
                               item >= 0 ? stride_routine_runner_get_only_side (self->runner, item) : STRIDE_RUNNER_SIDE_NONE,
                               stride_routine_runner_get_step (self->runner),
                               !stride_routine_runner_get_paused (self->runner) && phase != STRIDE_PHASE_REST);
  update_next (self);
}

/* Saving */

/* Saved the moment the session ends, and again with the rating; a session the history
 * cannot take is kept safe beside it, and the rating view says so. */
static gboolean
save_session (StrideRoutinePlayer *self)
{
  g_autofree char *problem = NULL;
  gboolean saved = stride_session_outcome_save (stride_context_get_history (self->context), self->session,
                                                &self->session_id, &problem);

  stride_session_rating_show_error (self->rating, problem);
  return saved;
}

static void
show_rating (StrideRoutinePlayer *self,
             gboolean             saved)
{
  gboolean early = stride_routine_runner_get_ended_early (self->runner);
  gboolean completed = stride_routine_runner_get_completed (self->runner) && !early;
  g_autofree char *summary = stride_session_text_outcome_summary (self->routine_name,
                                                                  stride_routine_runner_get_active_s (self->runner),
                                                                  stride_routine_runner_get_sets_done_total (self->runner),
                                                                  stride_routine_runner_get_sets_planned_total (self->runner),
                                                                  early);
  g_autofree char *text = NULL;

  /* Saved already, unrated: leaving now loses nothing, and the runner should know it.
   * Translators: said of the session just ended */
  text = g_strdup_printf ("%s %s", summary, _("It is in your history already: rate it now, or leave it unrated."));
  self->left_unrated = FALSE;
  /* Fresh: with exercises rated one by one the slider still holds the previous
   * exercise's answer, which nobody gave for the last one */
  stride_session_rating_ask (self->rating, stride_session_text_outcome_title (completed, early),
                             saved ? text : summary, _("_Save Rating"), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "rate");
  /* The arrows that skipped through the session must not go on to move the pain slider */
  stride_session_rating_focus (self->rating);
}

static void
runner_finished (StrideRoutinePlayer *self)
{
  uninhibit (self);
  stride_video_view_pause (stride_exercise_visual_get_video_view (self->visual));
  if (gtk_toggle_button_get_active (self->fullscreen_button))
    gtk_toggle_button_set_active (self->fullscreen_button, FALSE);

  stride_session_record_set_outcome (self->session, self->runner);
  self->finished = TRUE;
  show_rating (self, save_session (self));
}

/* With the "rate each exercise" preference the routine waits, paused, while the
 * exercise just finished is rated: its own pain then sets its own next dose. */
static void
ask_exercise_rating (StrideRoutinePlayer *self,
                     int                  item)
{
  const char *exercise = stride_routine_runner_get_item_exercise (self->runner, item);
  g_autofree char *name = stride_routine_catalog_exercise_name (self->context, exercise);
  g_autofree char *title = NULL;

  stride_routine_runner_pause (self->runner);
  stride_video_view_pause (stride_exercise_visual_get_video_view (self->visual));
  self->rating_item = item;
  /* Translators: %s is an exercise's name */
  title = g_strdup_printf (_("How was %s?"), name != NULL ? name : exercise);
  stride_session_rating_ask (self->rating, title,
                             _("Your rating sets this exercise's dose for next time. The routine goes on when you continue."),
                             _("_Continue"), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "rate");
  stride_session_rating_focus (self->rating);
}

static void
phase_changed_cb (StrideRoutinePlayer *self)
{
  int item;
  int previous = self->last_item;

  if (stride_routine_runner_get_phase (self->runner) == STRIDE_PHASE_DONE)
    {
      runner_finished (self);
      return;
    }

  item = stride_routine_runner_get_item (self->runner);
  self->last_item = item;
  update_phase (self);
  /* Moving on to the next exercise after doing some of this one (not going back) */
  if (self->rate_each && previous >= 0 && item > previous &&
      stride_routine_runner_get_sets_done (self->runner, previous) > 0)
    ask_exercise_rating (self, previous);
}

static void
cue_cb (StrideRoutinePlayer *self,
        int                  cue,
        guint                count)
{
  StrideSoundCues *cues = stride_sound_cues_from_context (self->context);

  /* The spoken coach says it all (self->coach) */
  if (stride_sound_cues_get_voice_active (cues))
    return;

  /* Rest has no sound of its own: the countdown before the next set says enough. */
  switch (cue)
    {
    case STRIDE_RUNNER_CUE_COUNTDOWN:
      stride_sound_cues_play (cues, STRIDE_CUE_TICK);
      break;
    case STRIDE_RUNNER_CUE_START:
      stride_sound_cues_play (cues, STRIDE_CUE_START);
      break;
    case STRIDE_RUNNER_CUE_SWITCH:
      stride_sound_cues_play (cues, STRIDE_CUE_SWITCH_SIDE);
      break;
    case STRIDE_RUNNER_CUE_DONE:
      stride_sound_cues_play (cues, STRIDE_CUE_DONE);
      break;
    case STRIDE_RUNNER_CUE_REST:
    default:
      break;
    }
}

static void
paused_cb (StrideRoutinePlayer *self)
{
  stride_exercise_visual_set_playing (self->visual, !stride_routine_runner_get_paused (self->runner));
}

/* Next time's doses, from the rating */

static void
add_rating (StrideRoutinePlayer *self,
            int                  item,
            int                  pain,
            StrideEffort         effort)
{
  stride_session_record_rate_exercise (self->session, stride_routine_runner_get_item_exercise (self->runner, item),
                                       pain, effort);
}

static void
continue_after_rating (StrideRoutinePlayer *self)
{
  add_rating (self, self->rating_item, stride_session_rating_get_pain (self->rating),
              stride_session_rating_get_effort (self->rating));
  self->rating_item = -1;
  gtk_stack_set_visible_child_name (self->stack, "run");
  stride_routine_runner_resume (self->runner);
  update_phase (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->pause_button));
}

/* After a program's session: what the program decides now, in words. */
static char *
program_decision_text (StrideRoutinePlayer *self)
{
  g_autoptr(StrideProgramStatus) status = stride_program_history_update (stride_context_get_history (self->context),
                                                                          stride_context_get_content (self->context),
                                                                          self->program_id, NULL, NULL);

  return status != NULL ? stride_program_status_summary (status) : g_strdup (stride_session_text_change (STRIDE_DOSE_HOLD));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideRoutinePlayer *self = STRIDE_ROUTINE_PLAYER (widget);
  int pain = stride_session_rating_get_pain (self->rating);
  StrideEffort effort = stride_session_rating_get_effort (self->rating);
  g_autoptr(GString) changes = g_string_new (NULL);
  g_autofree char *text = NULL;
  StrideDoseChange change;

  if (self->rating_item >= 0)
    {
      continue_after_rating (self);
      return;
    }
  if (!self->finished)
    return;

  if (self->rate_each)
    {
      int last = self->last_item;

      /* The end rating is the last exercise's own rating */
      if (last >= 0 && (guint) last < stride_routine_runner_get_n_items (self->runner) &&
          stride_routine_runner_get_sets_done (self->runner, last) > 0)
        add_rating (self, last, pain, effort);
    }
  /* With exercises rated one by one the session's pain is the worst of them */
  stride_session_record_rate (self->session, pain, effort);
  change = stride_session_outcome_next_doses (self->session, self->runner, self->kinds,
                                              stride_context_get_content (self->context), changes);
  if (!save_session (self))
    return;

  if (self->program_id != NULL)
    text = program_decision_text (self);
  else
    text = changes->len > 0 ? g_strdup_printf ("%s %s", stride_session_text_change (change), changes->str)
                            : g_strdup (stride_session_text_change (change));
  stride_session_rating_show_done (self->rating, text);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  stride_routine_player_emit_closed (STRIDE_ROUTINE_PLAYER (widget));
}

void
stride_routine_player_emit_closed (StrideRoutinePlayer *self)
{
  g_signal_emit (self, signals[CLOSED], 0);
}

/* Controls */

gboolean
stride_routine_player_is_running (StrideRoutinePlayer *self)
{
  return self->runner != NULL &&
         stride_routine_runner_get_phase (self->runner) != STRIDE_PHASE_DONE &&
         stride_routine_runner_get_phase (self->runner) != STRIDE_PHASE_IDLE;
}

static void
runner_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StrideRoutinePlayer *self = STRIDE_ROUTINE_PLAYER (widget);

  /* While an exercise is being rated the routine waits: Continue carries on */
  if (!stride_routine_player_is_running (self) || self->rating_item >= 0)
    return;

  if (g_str_equal (action_name, "player.toggle-pause"))
    stride_routine_runner_toggle_pause (self->runner);
  else if (g_str_equal (action_name, "player.skip"))
    stride_routine_runner_skip (self->runner);
  else if (g_str_equal (action_name, "player.back"))
    stride_routine_runner_back (self->runner);
  else if (g_str_equal (action_name, "player.end"))
    {
      stride_routine_player_request_end (self);
      return;
    }
  update_phase (self);
  if (stride_routine_runner_get_paused (self->runner))
    paused_cb (self);
}

StrideVideoView *
stride_routine_player_get_video_view (StrideRoutinePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_PLAYER (self), NULL);

  return stride_exercise_visual_get_video_view (self->visual);
}

static void
fullscreen_toggled_cb (StrideRoutinePlayer *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean active = gtk_toggle_button_get_active (self->fullscreen_button);

  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self), "stride-player-fullscreen");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "stride-player-fullscreen");

  if (GTK_IS_WINDOW (root) && active)
    gtk_window_fullscreen (GTK_WINDOW (root));
  else if (GTK_IS_WINDOW (root))
    gtk_window_unfullscreen (GTK_WINDOW (root));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StrideRoutinePlayer *self = STRIDE_ROUTINE_PLAYER (widget);

  gtk_toggle_button_set_active (self->fullscreen_button, !gtk_toggle_button_get_active (self->fullscreen_button));
}

static void
mute_toggled_cb (StrideRoutinePlayer *self)
{
  gboolean muted = gtk_toggle_button_get_active (self->mute_button);

  gtk_button_set_icon_name (GTK_BUTTON (self->mute_button), muted ? "audio-volume-muted-symbolic" : "audio-volume-high-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mute_button), muted ? _("Unmute Sound Cues") : _("Mute Sound Cues"));
}

/* Keys work wherever the focus is in the player, before a focused button sees them. */
static void
add_shortcuts (StrideRoutinePlayer *self)
{
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_space, "player.toggle-pause" },
    { GDK_KEY_Right, "player.skip" },
    { GDK_KEY_Left, "player.back" },
    { GDK_KEY_F11, "player.fullscreen" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (gtk_stack_get_child_by_name (self->stack, "run"), controller);
}

/* Layout that fits a phone */

/* Below this height the full-size video and timer push the controls out of sight */
#define COMPACT_MAX_HEIGHT 860
#define COMPACT_MAX_WIDTH  500
#define VIDEO_HEIGHT         220
#define VIDEO_HEIGHT_COMPACT 120

/* What the page shows besides the video (title, phase, timer, cue, progress, buttons):
 * the video takes the rest of the height, so it is the largest thing on screen while
 * the controls stay in sight. */
#define PLAYER_CHROME_HEIGHT         480
#define PLAYER_CHROME_HEIGHT_COMPACT 420

static void
apply_compact (StrideRoutinePlayer *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int chrome = self->compact ? PLAYER_CHROME_HEIGHT_COMPACT : PLAYER_CHROME_HEIGHT;
  int minimum = self->compact ? VIDEO_HEIGHT_COMPACT : VIDEO_HEIGHT;

  stride_exercise_visual_fit (self->visual, minimum, height - chrome);
  /* On a phone the rep count under the timer pushed the controls out of sight */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->count_box),
                                  self->compact ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  if (self->compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "stride-player-compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "stride-player-compact");
}

static gboolean
apply_compact_cb (gpointer data)
{
  StrideRoutinePlayer *self = data;

  self->compact_idle_id = 0;
  apply_compact (self);
  return G_SOURCE_REMOVE;
}

static void
stride_routine_player_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  StrideRoutinePlayer *self = STRIDE_ROUTINE_PLAYER (widget);
  gboolean compact = height < COMPACT_MAX_HEIGHT || width < COMPACT_MAX_WIDTH;

  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* Changing sizes while allocating would re-enter layout: apply it right after */
  if (compact != self->compact || height != self->layout_height)
    {
      self->layout_height = height;
      self->compact = compact;
      g_clear_handle_id (&self->compact_idle_id, g_source_remove);
      self->compact_idle_id = g_idle_add (apply_compact_cb, self);
    }
}

/* The player lays out its child itself (not through the bin's layout manager) so that
 * it learns its size in size_allocate */
static void
stride_routine_player_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

gboolean
stride_routine_player_get_compact (StrideRoutinePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_PLAYER (self), FALSE);

  return self->compact;
}

static void
stride_routine_player_dispose (GObject *object)
{
  StrideRoutinePlayer *self = STRIDE_ROUTINE_PLAYER (object);

  g_clear_handle_id (&self->compact_idle_id, g_source_remove);
  if (self->end_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->end_dialog));
  self->end_dialog = NULL;
  if (self->leave_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->leave_dialog));
  self->leave_dialog = NULL;

  uninhibit (self);
  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  g_clear_object (&self->coach);
  g_clear_object (&self->runner);
  g_clear_object (&self->clock);
  /* The bin's child is a template child too: let the bin drop it first, so that the
   * template does not unparent it behind the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_ROUTINE_PLAYER);

  G_OBJECT_CLASS (stride_routine_player_parent_class)->dispose (object);
}

static void
stride_routine_player_finalize (GObject *object)
{
  StrideRoutinePlayer *self = STRIDE_ROUTINE_PLAYER (object);

  g_free (self->routine_id);
  g_free (self->routine_name);
  g_free (self->program_id);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->session, stride_session_record_unref);
  g_free (self->session_id);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (stride_routine_player_parent_class)->finalize (object);
}

static void
stride_routine_player_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  StrideRoutinePlayer *self = STRIDE_ROUTINE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_RUNNER:
      g_value_set_object (value, self->runner);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The runner's own camera beside the demonstration (also the C key). */
static void
camera_clicked_cb (StrideRoutinePlayer *self)
{
  stride_video_view_toggle_camera (stride_exercise_visual_get_video_view (self->visual));
}

static void
stride_routine_player_class_init (StrideRoutinePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_routine_player_dispose;
  object_class->finalize = stride_routine_player_finalize;
  object_class->get_property = stride_routine_player_get_property;
  widget_class->size_allocate = stride_routine_player_size_allocate;
  widget_class->measure = stride_routine_player_measure;

  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* The session's runner, NULL before the first: the template binds its state */
  properties[PROP_RUNNER] =
    g_param_spec_object ("runner", NULL, NULL, STRIDE_TYPE_ROUTINE_RUNNER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STRIDE_TYPE_EXERCISE_VISUAL);
  g_type_ensure (STRIDE_TYPE_SESSION_RATING);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-routine-player.ui");
  gtk_widget_class_bind_template_callback (widget_class, camera_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, exercise_name_text);
  gtk_widget_class_bind_template_callback (widget_class, status_text);
  gtk_widget_class_bind_template_callback (widget_class, phase_label_text);
  gtk_widget_class_bind_template_callback (widget_class, cue_label_text);
  gtk_widget_class_bind_template_callback (widget_class, time_text);
  gtk_widget_class_bind_template_callback (widget_class, rep_text);
  gtk_widget_class_bind_template_callback (widget_class, has_reps);
  gtk_widget_class_bind_template_callback (widget_class, progress_text);
  gtk_widget_class_bind_template_callback (widget_class, pause_icon_name);
  gtk_widget_class_bind_template_callback (widget_class, pause_tooltip);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, status_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, visual);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, phase_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, timer_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, rep_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, count_box);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, cue_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, next_label);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, pause_button);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, mute_button);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, fullscreen_button);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinePlayer, rating);

  gtk_widget_class_install_action (widget_class, "player.toggle-pause", NULL, runner_action);
  gtk_widget_class_install_action (widget_class, "player.skip", NULL, runner_action);
  gtk_widget_class_install_action (widget_class, "player.back", NULL, runner_action);
  gtk_widget_class_install_action (widget_class, "player.end", NULL, runner_action);
  gtk_widget_class_install_action (widget_class, "player.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "player.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "player.close", NULL, close_action);
}

static void
stride_routine_player_init (StrideRoutinePlayer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rating_item = -1;
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);


  g_signal_connect_swapped (self->mute_button, "toggled", G_CALLBACK (mute_toggled_cb), self);
  g_signal_connect_swapped (self->fullscreen_button, "toggled", G_CALLBACK (fullscreen_toggled_cb), self);
  add_shortcuts (self);
}

GtkWidget *
stride_routine_player_new (void)
{
  return g_object_new (STRIDE_TYPE_ROUTINE_PLAYER, NULL);
}

/* Once, by the page that holds the player (a template child, so not at construction). */
void
stride_routine_player_set_context (StrideRoutinePlayer *self,
                                   StrideContext       *context)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_PLAYER (self));
  g_return_if_fail (STRIDE_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_object_bind_property (stride_sound_cues_from_context (context), "muted", self->mute_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

void
stride_routine_player_set_clock (StrideRoutinePlayer *self,
                                 StrideClock         *clock)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_PLAYER (self));
  g_return_if_fail (clock == NULL || STRIDE_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

void
stride_routine_player_set_only_side (StrideRoutinePlayer *self,
                                     StrideRunnerSide     side)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_PLAYER (self));

  self->only_side = side;
}

void
stride_routine_player_start (StrideRoutinePlayer *self,
                             const StrideRoutine *routine)
{
  stride_routine_player_start_program (self, routine, NULL, 0);
}

void
stride_routine_player_start_program (StrideRoutinePlayer *self,
                                     const StrideRoutine *routine,
                                     const char          *program_id,
                                     guint                stage)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_return_if_fail (STRIDE_IS_ROUTINE_PLAYER (self));
  g_return_if_fail (routine != NULL);

  g_free (self->program_id);
  self->program_id = g_strdup (program_id);
  self->program_stage = stage;

  if (self->runner != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->runner, self);
      g_clear_object (&self->runner);
    }
  if (self->clock == NULL)
    self->clock = stride_clock_new ();

  g_free (self->routine_id);
  self->routine_id = g_strdup (routine->id);
  g_free (self->routine_name);
  self->routine_name = g_strdup (routine->name);
  g_clear_pointer (&self->session, stride_session_record_unref);
  self->session = stride_session_record_new (routine->id, routine->name);
  if (program_id != NULL)
    stride_session_record_set_program (self->session, program_id, stage);
  self->finished = FALSE;
  g_clear_pointer (&self->session_id, g_free);
  self->last_item = 0;
  self->rating_item = -1;
  stride_session_rating_ask (self->rating, "", "", _("_Save Rating"), TRUE);
  stride_session_rating_show_error (self->rating, NULL);

  stride_exercise_visual_reset (self->visual);
  /* What to run, at which dose and on which sides: core's session plan decides */
  plan = stride_routine_catalog_plan (self->context, routine);
  /* A program moves its doses by stage (stride-program.h), not session by session: its
   * routine's own doses stand. */
  if (self->program_id != NULL)
    stride_session_outcome_keep_stage_doses (plan, routine);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  self->kinds = stride_session_outcome_runner_kinds (plan);
  items = stride_session_plan_runner_items (plan);
  self->runner = stride_routine_runner_new (self->clock, items);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNER]);
  stride_routine_runner_set_rest_s (self->runner, g_settings_get_uint (settings, "rest-seconds"));
  stride_routine_runner_set_get_ready_s (self->runner, g_settings_get_uint (settings, "get-ready-seconds"));
  self->rate_each = g_settings_get_boolean (settings, "rate-each-exercise");
  stride_session_plan_apply_sides (plan, self->runner);
  /* A side chosen for the whole session (a program on the painful side) */
  for (guint i = 0, n = 0; self->only_side != STRIDE_RUNNER_SIDE_NONE && i < plan->len; i++)
    {
      const StridePlanItem *item = g_ptr_array_index (plan, i);

      if (item->left_out != NULL)
        continue;
      if (item->only_side == STRIDE_RUNNER_SIDE_NONE)
        stride_routine_runner_set_only_side (self->runner, n, self->only_side);
      n++;
    }
  g_signal_connect_swapped (self->runner, "phase-changed", G_CALLBACK (phase_changed_cb), self);
  g_signal_connect_swapped (self->runner, "cue", G_CALLBACK (cue_cb), self);
  g_signal_connect_swapped (self->runner, "notify::paused", G_CALLBACK (paused_cb), self);
  g_clear_object (&self->coach);
  self->coach = stride_spoken_coach_new (self->runner, GTK_WIDGET (self), self->context);

  gtk_stack_set_visible_child_name (self->stack, "run");
  inhibit (self);
  stride_routine_runner_start (self->runner);
  gtk_widget_grab_focus (GTK_WIDGET (self->pause_button));
}

StrideRoutineRunner *
stride_routine_player_get_runner (StrideRoutinePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_PLAYER (self), NULL);

  return self->runner;
}

const char *
stride_routine_player_get_session_id (StrideRoutinePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_PLAYER (self), NULL);

  return self->session_id;
}
