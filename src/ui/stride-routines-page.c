/* stride-routines-page.c — the Routines section: routines, exercises, the player, the editor
 *
 * One stack of views: the list of routines, a routine's detail, an exercise's detail, the
 * player and the editor of the user's own routines. The views are filled from the
 * catalog (content, self-test, routine store) each time they are shown, so they never
 * hold on to items that a reload may free.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-check-in.h"
#include "stride-data-notice.h"
#include "stride-dose.h"
#include "stride-history.h"
#include "stride-program-history.h"
#include "stride-program-view.h"
#include "stride-routine-catalog.h"
#include "stride-routine-editor.h"
#include "stride-routine-store.h"
#include "stride-reading.h"
#include "stride-session-record.h"
#include "stride-routines-page.h"
#include "stride-video-view.h"
#include "stride-widget-util.h"

#define GET_READY_S 5
#define SWITCH_S    5

struct _StrideRoutinesPage
{
  StridePage           parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkWidget           *check_in_group;
  AdwPreferencesGroup *builtin_group;
  AdwPreferencesGroup *programs_group;
  AdwPreferencesGroup *personal_group;
  AdwPreferencesGroup *custom_group;
  GtkBox              *routine_box;
  GtkBox              *exercise_box;
  StrideRoutinePlayer *player;
  StrideRoutineEditor *editor;
  StrideProgramView   *program_view;

  /* Rows added to the groups, to take them out again */
  GPtrArray           *list_rows;

  /* State */
  gboolean             list_dirty;       /* the list needs filling once the page shows */
  gboolean             watching;         /* following the store and the history */
  StrideRunnerSide     routine_side;     /* the routine shown: one-sided exercises on this side
                                          * only (opened as "routine-left" …), or NONE */
  GPtrArray           *back_stack;       /* char*: views to go back to */
  AdwToast            *undo_toast;       /* the "deleted" toast while it shows; weak */
  char                *routine_id;       /* the routine shown, played or edited */
  char                *check_in_session; /* the session the morning check-in is about */
};

G_DEFINE_FINAL_TYPE (StrideRoutinesPage, stride_routines_page, STRIDE_TYPE_PAGE)

/* The page's content, history and stores (the "context" it was made with). */
static StrideContext *
get_context (StrideRoutinesPage *self)
{
  return stride_page_get_context (STRIDE_PAGE (self));
}

static void show_routine (StrideRoutinesPage *self, const char *id, gboolean push);
static void show_exercise (StrideRoutinesPage *self, const char *id, StrideRunnerSide only_side);
static gboolean show_program (StrideRoutinesPage *self, const char *id);

/* Small helpers */

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
toast (StrideRoutinesPage *self,
       const char         *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Roughly how long the runner will take, in minutes (rounded up). */
static guint
estimate_minutes (const StrideRoutine *routine)
{
  guint seconds = 0;

  for (guint i = 0; i < routine->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (routine->items, i);
      const StrideDose *dose = &item->dose;
      guint sides = dose->sides == STRIDE_SIDES_EACH ? 2 : 1;
      guint work = dose->reps > 0 ? dose->reps * (dose->tempo_s > 0 ? dose->tempo_s : dose->hold_s > 0 ? dose->hold_s : 3)
                                  : dose->hold_s;

      if (item->exercise == NULL)
        continue;
      seconds += GET_READY_S + MAX (dose->sets, 1) * (work * sides + (sides - 1) * SWITCH_S);
      seconds += (MAX (dose->sets, 1) - 1) * dose->rest_s;
    }

  return (seconds + 59) / 60;
}

static guint
count_exercises (const StrideRoutine *routine)
{
  guint n = 0;

  for (guint i = 0; i < routine->items->len; i++)
    n += ((StrideRoutineItem *) g_ptr_array_index (routine->items, i))->exercise != NULL;

  return n;
}

static char *
routine_subtitle (const StrideRoutine *routine)
{
  guint n = count_exercises (routine);

  if (n == 0)
    return g_strdup (_("No exercises yet"));

  /* Translators: "5 exercises · about 12 min" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise · about %u min", "%u exercises · about %u min", n),
                          n, estimate_minutes (routine));
}

/* Views and going back */

static void
update_can_go_back (StrideRoutinesPage *self)
{
  stride_page_set_can_go_back (STRIDE_PAGE (self), self->back_stack->len > 0);
}

static void
show_view (StrideRoutinesPage *self,
           const char         *name,
           gboolean            push)
{
  const char *current = gtk_stack_get_visible_child_name (self->stack);

  if (push && g_strcmp0 (current, name) != 0)
    g_ptr_array_add (self->back_stack, g_strdup (current));
  gtk_stack_set_visible_child_name (self->stack, name);
  update_can_go_back (self);
}

static void
open_routine_row_cb (AdwActionRow       *row,
                     StrideRoutinesPage *self)
{
  /* Opened from the list: both sides, as the routine says */
  self->routine_side = STRIDE_RUNNER_SIDE_NONE;
  show_routine (self, g_object_get_data (G_OBJECT (row), "routine-id"), TRUE);
}

static GtkWidget *
routine_row (StrideRoutinesPage  *self,
             const StrideRoutine *routine)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = routine_subtitle (routine);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), routine->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "routine-id", g_strdup (routine->id), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (open_routine_row_cb), self);
  gtk_widget_set_name (row, routine->id);
  return row;
}

static void
open_program_row_cb (AdwActionRow       *row,
                     StrideRoutinesPage *self)
{
  show_program (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* A program, with where you are in it when you follow it. */
static GtkWidget *
program_row (StrideRoutinesPage  *self,
             const StrideProgram *program)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(StrideProgramLog) log = stride_program_history_build_log (stride_context_get_history (get_context (self)),
                                                                      stride_context_get_content (get_context (self)),
                                                                      program->id);
  g_autofree char *subtitle = NULL;

  if (log != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(StrideProgramStatus) status = NULL;
      GDate today;

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
      if (g_date_compare (&today, stride_program_log_get_started (log)) < 0)
        today = *stride_program_log_get_started (log);
      status = stride_program_evaluate (log, &today);
      subtitle = status->paused
                 ? g_strdup_printf (_("You follow it: stage %u of %u, paused until a clinician has seen you"),
                                    status->stage, status->n_stages)
                 : g_strdup_printf (_("You follow it: stage %u of %u"), status->stage, status->n_stages);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), program->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : program->summary);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (open_program_row_cb), self);
  gtk_widget_set_name (row, program->id);
  return row;
}

/* The assessment routine is the self-test's order: it is run by the Self-Test page's
 * guided sequence (which records the results), not by the routine player. */
static void
open_assessment_row_cb (AdwActionRow       *row,
                        StrideRoutinesPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open", "(sss)", "self-test", "sequence", "full");
}

static GtkWidget *
assessment_row (StrideRoutinesPage  *self,
                const StrideRoutine *routine)
{
  GtkWidget *row = adw_action_row_new ();
  guint n = routine->items != NULL ? routine->items->len : 0;
  /* Translators: subtitle of the self-test row in the Routines list */
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Guided self-test · %u test",
                                                            "Guided self-test · %u tests", n), n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), routine->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (open_assessment_row_cb), self);
  gtk_widget_set_name (row, routine->id);
  return row;
}

static GtkWidget *
note_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "stride-note-row");
  return row;
}

static GtkWidget *
new_routine_row (gboolean first)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_New Routine"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (first)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("Make your own, or open one of Stride's routines and duplicate it to change it."));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "routines.new");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
add_list_row (StrideRoutinesPage  *self,
              AdwPreferencesGroup *group,
              GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_object_set_data (G_OBJECT (row), "group", group);
  g_ptr_array_add (self->list_rows, row);
}

static void
clear_list (StrideRoutinesPage *self)
{
  for (guint i = 0; i < self->list_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->list_rows, i);

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "group"), row);
    }
  g_ptr_array_set_size (self->list_rows, 0);
}

static gboolean
check_in_is_about (StrideHistoryEntry *check_in,
                   StrideHistoryEntry *session)
{
  g_autoptr(StrideCheckIn) record = stride_check_in_new_from_json (stride_history_entry_get_data (check_in));

  return g_strcmp0 (stride_check_in_get_session (record), stride_history_entry_get_id (session)) == 0;
}

/* The session the morning-after check-in is about: the latest one, from yesterday or the
 * day before, not asked about yet. */
static StrideHistoryEntry *
pending_check_in (StrideRoutinesPage *self)
{
  StrideHistory *history = stride_context_get_history (get_context (self));
  StrideHistoryEntry *session = stride_history_get_latest (history, STRIDE_HISTORY_SESSION);
  StrideHistoryEntry *check_in = stride_history_get_latest (history, STRIDE_HISTORY_CHECK_IN);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) earliest = g_date_time_add_days (today, -2);

  if (session == NULL || stride_history_get_read_only (history))
    return NULL;
  if (g_date_time_compare (stride_history_entry_get_date (session), today) >= 0 ||
      g_date_time_compare (stride_history_entry_get_date (session), earliest) < 0)
    return NULL;
  if (check_in != NULL && check_in_is_about (check_in, session))
    return NULL;

  return session;
}

static void
fill_list (StrideRoutinesPage *self)
{
  g_autoptr(GPtrArray) builtin = stride_routine_catalog_list_builtin (get_context (self));
  GPtrArray *custom = stride_routine_store_get_routines (stride_context_get_routine_store (get_context (self)));
  const StrideRoutine *personal = stride_routine_catalog_get_personal (get_context (self));
  StrideHistoryEntry *pending = pending_check_in (self);
  const StrideRoutine *assessment = stride_routine_catalog_find_assessment (get_context (self));

  clear_list (self);
  self->list_dirty = FALSE;

  for (guint i = 0; i < builtin->len; i++)
    add_list_row (self, self->builtin_group, routine_row (self, g_ptr_array_index (builtin, i)));
  if (assessment != NULL)
    add_list_row (self, self->builtin_group, assessment_row (self, assessment));
  if (builtin->len == 0 && assessment == NULL)
    add_list_row (self, self->builtin_group,
                  note_row (_("No routines are installed"),
                            _("Stride's routines come with its content pack. You can still make your own below.")));

  {
    StrideContent *content = stride_context_get_content (get_context (self));
    GPtrArray *programs = content != NULL ? stride_content_get_items (content, STRIDE_KIND_PROGRAM) : NULL;

    for (guint i = 0; programs != NULL && i < programs->len; i++)
      add_list_row (self, self->programs_group, program_row (self, g_ptr_array_index (programs, i)));
    gtk_widget_set_visible (GTK_WIDGET (self->programs_group), programs != NULL && programs->len > 0);
  }

  if (personal != NULL)
    add_list_row (self, self->personal_group, routine_row (self, personal));
  else
    add_list_row (self, self->personal_group,
                  note_row (_("No personal routine yet"),
                            _("Do the self-test and save its results: Stride then builds a routine for what it found.")));

  for (guint i = 0; i < custom->len; i++)
    add_list_row (self, self->custom_group, routine_row (self, g_ptr_array_index (custom, i)));
  add_list_row (self, self->custom_group, new_routine_row (custom->len == 0));

  g_free (self->check_in_session);
  self->check_in_session = pending != NULL ? g_strdup (stride_history_entry_get_id (pending)) : NULL;
  gtk_widget_set_visible (self->check_in_group, pending != NULL);
}

/* A routine's detail */

static void
open_exercise_row_cb (AdwActionRow       *row,
                      StrideRoutinesPage *self)
{
  show_exercise (self, g_object_get_data (G_OBJECT (row), "exercise-id"),
                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "only-side")));
}

/* One exercise of the next session: the dose and sides the player will use, or why it
 * is left out. */
static GtkWidget *
item_row (StrideRoutinesPage   *self,
          const StridePlanItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = stride_routine_catalog_exercise_name (get_context (self), item->exercise);
  g_autofree char *dose = stride_session_plan_item_text (item);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (item->left_out != NULL)
    {
      /* Translators: %s is the reason from the self-test's caution */
      g_autofree char *skipped = g_strdup_printf (_("Left out for you: %s"), item->left_out);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), skipped);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_widget_add_css_class (row, "stride-avoided");
    }
  else if (item->note != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s\n%s", dose, item->note);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
    }
  if (stride_routine_catalog_find_exercise (get_context (self), item->exercise) != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "exercise-id", g_strdup (item->exercise), g_free);
      /* Its page gives the steps for the side worked */
      g_object_set_data (G_OBJECT (row), "only-side", GINT_TO_POINTER (item->only_side));
      g_signal_connect (row, "activated", G_CALLBACK (open_exercise_row_cb), self);
    }
  return row;
}

/* The buttons flow onto a second line when the window is narrow (a phone is 360 px). */
static void
append_flow_button (GtkWidget *flow,
                    GtkWidget *button)
{
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
  /* The buttons take the focus, not the flow box's child around each. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

static void
add_routine_buttons (StrideRoutinesPage  *self,
                     const StrideRoutine *routine)
{
  GtkWidget *box = gtk_flow_box_new ();
  gboolean mine = stride_routine_store_find (stride_context_get_routine_store (get_context (self)), routine->id) != NULL;
  GtkWidget *start = stride_pill_button (_("_Start"), "routines.start", "suggested-action");

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 12);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 3);
  /* Not centred itself: a GtkFlowBox given less width than it was measured for lays out
   * more lines than its height has room for, and drew "Duplicate to Change" over the
   * exercises. Equal cells across the width, each button centred in its cell. */
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), TRUE);
  gtk_widget_set_sensitive (start, count_exercises (routine) > 0);
  append_flow_button (box, start);
  if (mine)
    {
      append_flow_button (box, stride_pill_button (_("_Edit"), "routines.edit", NULL));
      append_flow_button (box, stride_pill_button (_("_Delete"), "routines.delete", "destructive-action"));
    }
  else
    {
      append_flow_button (box, stride_pill_button (_("D_uplicate to Change"), "routines.duplicate", NULL));
    }
  gtk_box_append (self->routine_box, box);
}

static void
show_routine (StrideRoutinesPage *self,
              const char         *id,
              gboolean            push)
{
  const StrideRoutine *routine = stride_routine_catalog_find (get_context (self), id);
  g_autoptr(GPtrArray) plan = NULL;
  GtkWidget *group;
  g_autofree char *subtitle = NULL;

  char *copy;

  if (routine == NULL)
    return;

  /* Another routine: its sides are its own */
  if (g_strcmp0 (id, self->routine_id) != 0)
    self->routine_side = STRIDE_RUNNER_SIDE_NONE;
  /* ID may be self->routine_id itself */
  copy = g_strdup (id);
  g_free (self->routine_id);
  self->routine_id = copy;
  stride_clear_box (self->routine_box);

  gtk_box_append (self->routine_box, make_label (routine->name, "title-1"));
  if (routine->summary != NULL && routine->summary[0] != '\0')
    gtk_box_append (self->routine_box, make_label (routine->summary, NULL));
  subtitle = routine_subtitle (routine);
  gtk_box_append (self->routine_box, make_label (subtitle, "dim-label"));
  if (self->routine_side != STRIDE_RUNNER_SIDE_NONE)
    gtk_box_append (self->routine_box, make_label (self->routine_side == STRIDE_RUNNER_SIDE_LEFT
                                                   ? _("Left side only: exercises done one side at a time work your left side, the side that hurts.")
                                                   : _("Right side only: exercises done one side at a time work your right side, the side that hurts."),
                                                   "heading"));
  add_routine_buttons (self, routine);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Exercises"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The doses and sides your next session will use. They change after each session with how it felt: stop any exercise that causes sharp or growing pain."));
  plan = stride_routine_catalog_plan (get_context (self), routine);
  stride_session_plan_set_only_side (plan, self->routine_side);
  for (guint i = 0; i < plan->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), item_row (self, g_ptr_array_index (plan, i)));
  gtk_box_append (self->routine_box, group);

  stride_page_set_subtitle (STRIDE_PAGE (self), routine->name);
  show_view (self, "routine", push);
}

/* An exercise's detail */

static GtkWidget *
text_list_group (const char         *title,
                 const char * const *lines,
                 gboolean            numbered)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_autofree char *marker = numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");

      gtk_box_append (GTK_BOX (box), stride_reading_create_list_item (marker, lines[i]));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

/* The exercise's clip, looping, playing at once */
static void
add_exercise_video (StrideRoutinesPage   *self,
                    const StrideExercise *exercise)
{
  const StrideVideo *video = exercise->video != NULL ? stride_routine_catalog_find_video (get_context (self), exercise->video) : NULL;
  GtkWidget *view;

  if (video == NULL)
    return;

  view = stride_video_view_new ();
  gtk_widget_set_size_request (view, -1, 260);
  stride_video_view_set_loop (STRIDE_VIDEO_VIEW (view), TRUE);
  stride_video_view_set_pack_video (STRIDE_VIDEO_VIEW (view), video, stride_context_get_content (get_context (self)));
  stride_video_view_play (STRIDE_VIDEO_VIEW (view));
  gtk_box_append (self->exercise_box, view);
}

static void
show_exercise (StrideRoutinesPage *self,
               const char         *id,
               StrideRunnerSide    only_side)
{
  const StrideExercise *exercise = stride_routine_catalog_find_exercise (get_context (self), id);
  g_autofree char *dose = NULL;
  g_auto(GStrv) steps = NULL;

  if (exercise == NULL)
    return;

  stride_clear_box (self->exercise_box);
  dose = stride_dose_text (&exercise->dose);
  gtk_box_append (self->exercise_box, make_label (exercise->name, "title-1"));
  add_exercise_video (self, exercise);
  gtk_box_append (self->exercise_box, make_label (exercise->summary, NULL));
  gtk_box_append (self->exercise_box, make_label (dose, "title-4"));
  steps = stride_session_plan_steps (exercise, only_side);
  gtk_box_append (self->exercise_box, text_list_group (_("Steps"), (const char * const *) steps, TRUE));
  if (exercise->cues != NULL && exercise->cues[0] != NULL)
    gtk_box_append (self->exercise_box, text_list_group (_("What to Feel"), (const char * const *) exercise->cues, FALSE));
  if (exercise->progression.text != NULL)
    gtk_box_append (self->exercise_box, text_list_group (_("Make It Harder"),
                                                         (const char * const[]) { exercise->progression.text, NULL }, FALSE));
  if (exercise->regression.text != NULL)
    gtk_box_append (self->exercise_box, text_list_group (_("Make It Easier"),
                                                         (const char * const[]) { exercise->regression.text, NULL }, FALSE));

  stride_page_set_subtitle (STRIDE_PAGE (self), exercise->name);
  show_view (self, "exercise", TRUE);
}

/* Playing */

static void
start_routine (StrideRoutinesPage *self)
{
  const StrideRoutine *routine = self->routine_id != NULL ? stride_routine_catalog_find (get_context (self), self->routine_id) : NULL;
  g_autoptr(GPtrArray) plan = NULL;
  guint n = 0;

  if (routine == NULL)
    return;

  plan = stride_routine_catalog_plan (get_context (self), routine);
  for (guint i = 0; i < plan->len; i++)
    n += ((StridePlanItem *) g_ptr_array_index (plan, i))->left_out == NULL;
  if (n == 0)
    {
      toast (self, count_exercises (routine) == 0
                   ? _("This routine has no exercises yet.")
                   : _("Every exercise in this routine is one your self-test said to leave out."));
      return;
    }

  show_view (self, "player", TRUE);
  stride_routine_player_set_only_side (self->player, self->routine_side);
  stride_routine_player_start (self->player, routine);
}

/* A program */

static gboolean
show_program (StrideRoutinesPage *self,
              const char         *id)
{
  const StrideProgram *program;

  if (!stride_program_view_show (self->program_view, id))
    return FALSE;
  program = stride_content_find_program (stride_context_get_content (get_context (self)), id);
  stride_page_set_subtitle (STRIDE_PAGE (self), program->name);
  show_view (self, "program", TRUE);
  return TRUE;
}

static void
program_play_cb (StrideRoutinesPage  *self,
                 const StrideRoutine *routine,
                 guint                stage)
{
  show_view (self, "player", TRUE);
  stride_routine_player_start_program (self->player, routine, stride_program_view_get_program_id (self->program_view),
                                       stage);
}

static void
player_closed_cb (StrideRoutinesPage *self)
{
  fill_list (self);
  stride_page_go_back (STRIDE_PAGE (self));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  start_routine (STRIDE_ROUTINES_PAGE (widget));
}

/* The user's own routines */

static void
show_editor (StrideRoutinesPage *self)
{
  const StrideRoutine *routine = stride_routine_store_find (stride_context_get_routine_store (get_context (self)), self->routine_id);

  stride_routine_editor_set_routine (self->editor, self->routine_id);
  stride_page_set_subtitle (STRIDE_PAGE (self), routine != NULL ? routine->name : NULL);
  show_view (self, "editor", TRUE);
}

static void
report_error (StrideRoutinesPage *self,
              GError             *error)
{
  if (error != NULL)
    toast (self, error->message);
}

/* Opens the editor on the routine ID just made, or tells why it could not be made
 * (ID NULL, ERROR set). */
static void
edit_new_routine (StrideRoutinesPage *self,
                  char               *id,
                  GError             *error)
{
  if (id == NULL)
    {
      report_error (self, error);
      return;
    }

  g_free (self->routine_id);
  self->routine_id = id;
  show_editor (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = stride_routine_store_create (stride_context_get_routine_store (get_context (self)), _("My routine"), &error);

  edit_new_routine (self, g_steal_pointer (&id), error);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  const StrideRoutine *routine = stride_routine_catalog_find (get_context (self), self->routine_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;

  if (routine == NULL)
    return;

  /* Translators: the name of a copy of a routine */
  name = g_strdup_printf (_("%s (mine)"), routine->name);
  id = stride_routine_store_duplicate (stride_context_get_routine_store (get_context (self)), routine, name, &error);
  edit_new_routine (self, g_steal_pointer (&id), error);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_editor (STRIDE_ROUTINES_PAGE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  const StrideRoutine *routine = stride_routine_store_find (stride_context_get_routine_store (get_context (self)), self->routine_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *undo;

  if (routine == NULL)
    return;

  /* Translators: a toast after deleting the routine %s */
  title = g_strdup_printf (_("“%s” deleted"), routine->name);
  if (!stride_routine_store_delete (stride_context_get_routine_store (get_context (self)), self->routine_id, &error))
    {
      report_error (self, error);
      return;
    }

  undo = adw_toast_new (title);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "routines.undo-delete");
  adw_toast_set_action_target_value (undo, g_variant_new_string (self->routine_id));
  /* Normal priority: libadwaita 1.2 aborts when a high-priority toast pushes one back into
   * its queue and that one is shown again (two deletions in a row); and no toast is
   * dismissed by hand, which crashes it while the toast is still sliding in. */
  g_set_weak_pointer (&self->undo_toast, undo);
  adw_toast_overlay_add_toast (self->toast_overlay, undo);

  g_ptr_array_set_size (self->back_stack, 0);
  show_view (self, "list", FALSE);
  stride_page_set_subtitle (STRIDE_PAGE (self), NULL);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  /* Already back (Ctrl+Z, then the toast's button): nothing to do. */
  if (stride_routine_store_find (stride_context_get_routine_store (get_context (self)), g_variant_get_string (parameter, NULL)) != NULL)
    return;
  if (!stride_routine_store_undo_delete (stride_context_get_routine_store (get_context (self)),
                                         g_variant_get_string (parameter, NULL), &error))
    report_error (self, error);
}

/* Ctrl+Z: the latest "deleted" toast's Undo from the keyboard, while that toast lives
 * (reaching its button by Tab took some twenty presses). */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  AdwToast *toast = self->undo_toast;
  g_autoptr(GVariant) target = NULL;

  if (toast == NULL)
    return;
  /* held: undoing dismisses the toast, which owns it */
  target = adw_toast_get_action_target_value (toast);
  if (target != NULL)
    g_variant_ref (target);
  if (target != NULL)
    gtk_widget_activate_action_variant (widget, "routines.undo-delete", target);
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  const char *compared = g_variant_get_string (parameter, NULL);
  g_autofree char *session_id = NULL;
  g_autoptr(StrideCheckIn) check_in = NULL;
  g_autoptr(GError) error = NULL;

  if (self->check_in_session == NULL)
    return;

  /* Filling the list again on the history's "changed" clears check_in_session */
  session_id = g_strdup (self->check_in_session);
  check_in = stride_check_in_new (session_id, compared);
  if (stride_history_append_check_in (stride_context_get_history (get_context (self)), check_in, NULL, &error) == NULL)
    {
      report_error (self, error);
      return;
    }

  {
    StrideHistory *history = stride_context_get_history (get_context (self));
    StrideHistoryEntry *entry = stride_history_find (history, session_id);
    g_autoptr(StrideSessionRecord) session = entry != NULL ? stride_session_record_new_from_entry (entry) : NULL;
    const char *program = session != NULL ? stride_session_record_get_program (session, NULL) : NULL;
    g_autoptr(StrideProgramStatus) status = NULL;

    /* A program's session: the program decides what comes next, and says so */
    if (program != NULL)
      status = stride_program_history_update (history, stride_context_get_content (get_context (self)),
                                              program, NULL, NULL);
    if (status != NULL)
      {
        g_autofree char *summary = stride_program_status_summary (status);

        toast (self, summary);
        fill_list (self);
        return;
      }
  }
  toast (self, g_str_equal (compared, "worse")
               ? _("Thanks. Your next session will be gentler. If it keeps getting worse, see a physiotherapist.")
               : _("Thanks. Your next session goes on from where you are."));
  fill_list (self);
}

static void
editor_done_cb (StrideRoutinesPage *self)
{
  /* Back to the list, then into the routine, so that Back leads to the list. */
  g_ptr_array_set_size (self->back_stack, 0);
  gtk_stack_set_visible_child_name (self->stack, "list");
  show_routine (self, self->routine_id, TRUE);
}

/* Nothing is read from disk before the page is first shown: start-up stays quick however
 * long the history grows. */
static void
queue_fill_cb (StrideRoutinesPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill_list (self);
  else
    self->list_dirty = TRUE;
}

/* StridePage */

static void
stride_routines_page_go_back (StridePage *page)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (page);
  StrideRoutineRunner *runner = stride_routine_player_get_runner (self->player);
  g_autofree char *previous = NULL;

  /* Leaving a routine under way asks first; ending keeps what was done. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "player") == 0 && runner != NULL &&
      stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE)
    {
      stride_routine_player_request_end (self->player);
      return;
    }

  if (self->back_stack->len == 0)
    return;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "exercise") == 0)
    stride_clear_box (self->exercise_box);
  previous = g_ptr_array_steal_index (self->back_stack, self->back_stack->len - 1);
  if (g_str_equal (previous, "routine"))
    show_routine (self, self->routine_id, FALSE);
  else
    show_view (self, previous, FALSE);
  /* Back from a session: the program shows what it decided */
  if (g_str_equal (previous, "program"))
    stride_program_view_refresh (self->program_view);
  if (g_str_equal (previous, "list"))
    {
      stride_page_set_subtitle (STRIDE_PAGE (self), NULL);
      fill_list (self);
    }
}

static gboolean
stride_routines_page_open (StridePage *page,
                           const char *kind,
                           const char *id)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (page);

  if (g_strcmp0 (kind, "routine") == 0)
    {
      const StrideRoutine *routine = stride_routine_catalog_find (get_context (self), id);

      if (routine == NULL)
        return FALSE;
      g_ptr_array_set_size (self->back_stack, 0);
      gtk_stack_set_visible_child_name (self->stack, "list");
      self->routine_side = STRIDE_RUNNER_SIDE_NONE;
      show_routine (self, id, TRUE);
      start_routine (self);
      return TRUE;
    }

  /* The routine's page, to read before Start; "routine-left": its one-sided exercises on
   * the left side only (the side that hurts), shown on the page and kept for Start. */
  if (g_strcmp0 (kind, "routine-page") == 0 || g_str_equal (kind, "routine-left") || g_str_equal (kind, "routine-right"))
    {
      if (stride_routine_catalog_find (get_context (self), id) == NULL)
        return FALSE;
      g_ptr_array_set_size (self->back_stack, 0);
      gtk_stack_set_visible_child_name (self->stack, "list");
      g_free (self->routine_id);
      self->routine_id = g_strdup (id);
      self->routine_side = g_str_equal (kind, "routine-left") ? STRIDE_RUNNER_SIDE_LEFT
                         : g_str_equal (kind, "routine-right") ? STRIDE_RUNNER_SIDE_RIGHT : STRIDE_RUNNER_SIDE_NONE;
      show_routine (self, id, TRUE);
      return TRUE;
    }

  if (g_strcmp0 (kind, "exercise") == 0)
    {
      if (stride_routine_catalog_find_exercise (get_context (self), id) == NULL)
        return FALSE;
      show_exercise (self, id, STRIDE_RUNNER_SIDE_NONE);
      return TRUE;
    }

  if (g_strcmp0 (kind, "program") == 0)
    {
      g_ptr_array_set_size (self->back_stack, 0);
      gtk_stack_set_visible_child_name (self->stack, "list");
      return show_program (self, id);
    }

  return FALSE;
}

/* The header names the routine shown: renamed in the editor, it says the new name. */
static void
routine_renamed_cb (StrideRoutinesPage *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->stack);
  const StrideRoutine *routine;

  if (self->routine_id == NULL || (g_strcmp0 (view, "editor") != 0 && g_strcmp0 (view, "routine") != 0))
    return;
  routine = stride_routine_store_find (stride_context_get_routine_store (get_context (self)), self->routine_id);
  if (routine != NULL)
    stride_page_set_subtitle (STRIDE_PAGE (self), routine->name);
}

static void
stride_routines_page_map (GtkWidget *widget)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);

  GTK_WIDGET_CLASS (stride_routines_page_parent_class)->map (widget);

  if (!self->watching)
    {
      g_signal_connect_object (stride_context_get_routine_store (get_context (self)), "changed",
                               G_CALLBACK (queue_fill_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (stride_context_get_routine_store (get_context (self)), "changed",
                               G_CALLBACK (routine_renamed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (stride_context_get_history (get_context (self)), "changed",
                               G_CALLBACK (queue_fill_cb), self, G_CONNECT_SWAPPED);
      self->watching = TRUE;
    }
  if (self->list_dirty)
    fill_list (self);
}

static void
stride_routines_page_dispose (GObject *object)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (object);

  g_clear_pointer (&self->list_rows, g_ptr_array_unref);
  g_clear_weak_pointer (&self->undo_toast);
  /* The bin's child is a template child too: let the bin drop it first, so that the
   * template does not unparent it behind the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_ROUTINES_PAGE);

  G_OBJECT_CLASS (stride_routines_page_parent_class)->dispose (object);
}

static void
stride_routines_page_finalize (GObject *object)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (object);

  g_clear_pointer (&self->back_stack, g_ptr_array_unref);
  g_free (self->routine_id);
  g_free (self->check_in_session);

  G_OBJECT_CLASS (stride_routines_page_parent_class)->finalize (object);
}

/* The context is a construct-only property: there once construction is over. */
static void
stride_routines_page_constructed (GObject *object)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (object);

  G_OBJECT_CLASS (stride_routines_page_parent_class)->constructed (object);

  stride_data_notice_attach (self->toast_overlay, get_context (self));
  stride_routine_player_set_context (self->player, get_context (self));
  stride_routine_editor_set_context (self->editor, get_context (self));
  stride_program_view_set_context (self->program_view, get_context (self));
}

static void
stride_routines_page_class_init (StrideRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StridePageClass *page_class = STRIDE_PAGE_CLASS (klass);

  object_class->dispose = stride_routines_page_dispose;
  object_class->finalize = stride_routines_page_finalize;
  object_class->constructed = stride_routines_page_constructed;
  widget_class->map = stride_routines_page_map;
  page_class->go_back = stride_routines_page_go_back;
  page_class->open = stride_routines_page_open;

  g_type_ensure (STRIDE_TYPE_ROUTINE_PLAYER);
  g_type_ensure (STRIDE_TYPE_ROUTINE_EDITOR);
  g_type_ensure (STRIDE_TYPE_PROGRAM_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, check_in_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, builtin_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, personal_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, programs_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, program_view);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, custom_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, routine_box);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, exercise_box);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, player);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, editor);

  gtk_widget_class_install_action (widget_class, "routines.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "routines.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "routines.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "routines.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "routines.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "routines.undo-delete", "s", undo_delete_action);
  gtk_widget_class_install_action (widget_class, "routines.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "routines.undo", NULL);
  gtk_widget_class_install_action (widget_class, "routines.check-in", "s", check_in_action);
}

static void
stride_routines_page_init (StrideRoutinesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->list_rows = g_ptr_array_new ();
  self->back_stack = g_ptr_array_new_with_free_func (g_free);
  stride_page_set_title (STRIDE_PAGE (self), _("Routines"));

  g_signal_connect_object (self->player, "closed", G_CALLBACK (player_closed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "done", G_CALLBACK (editor_done_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "error", G_CALLBACK (toast), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->program_view, "play", G_CALLBACK (program_play_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->program_view, "toast", G_CALLBACK (toast), self, G_CONNECT_SWAPPED);
  self->list_dirty = TRUE;
}

GtkWidget *
stride_routines_page_new (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return g_object_new (STRIDE_TYPE_ROUTINES_PAGE, "context", context, NULL);
}

StrideRoutinePlayer *
stride_routines_page_get_player (StrideRoutinesPage *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINES_PAGE (self), NULL);

  return self->player;
}

const char *
stride_routines_page_get_view (StrideRoutinesPage *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINES_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
