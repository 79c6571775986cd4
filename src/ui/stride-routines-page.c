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
#include "stride-exercise-view.h"
#include "stride-history.h"
#include "stride-list-entry.h"
#include "stride-list-row.h"
#include "stride-program-history.h"
#include "stride-program-view.h"
#include "stride-routine-catalog.h"
#include "stride-routine-editor.h"
#include "stride-routine-store.h"
#include "stride-session-record.h"
#include "stride-routine-view.h"
#include "stride-routines-page.h"
#include "stride-widget-util.h"

struct _StrideRoutinesPage
{
  StridePage           parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkWidget           *check_in_group;
  GtkWidget           *programs_group;
  GtkListBox          *builtin_list;
  GtkListBox          *programs_list;
  GtkListBox          *personal_list;
  GtkListBox          *custom_list;
  StrideRoutineView   *routine_view;
  StrideExerciseView  *exercise_view;
  StrideRoutinePlayer *player;
  StrideRoutineEditor *editor;
  StrideProgramView   *program_view;

  /* Owned: what the lists show (StrideListEntry), filled again when the data change */
  GListStore          *builtin_entries;
  GListStore          *program_entries;
  GListStore          *personal_entries;
  GListStore          *custom_entries;

  /* State */
  gboolean             list_dirty;       /* the list needs filling once the page shows */
  guint                focus_place;      /* the row of the user's routines to focus once
                                          * the list is laid out, or G_MAXUINT */
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

static void
toast (StrideRoutinesPage *self,
       const char         *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, stride_toast_new (message));
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

/* The lines of the list */

static StrideListEntry *
routine_entry (const StrideRoutine *routine)
{
  g_autofree char *subtitle = stride_routine_catalog_describe (routine);

  return stride_list_entry_new_action (STRIDE_LIST_ENTRY_LINK, routine->name, subtitle, "routines.open-routine",
                                       g_variant_new_string (routine->id));
}

/* A program, with where you are in it when you follow it. */
static StrideListEntry *
program_entry (StrideRoutinesPage  *self,
               const StrideProgram *program)
{
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
  return stride_list_entry_new_action (STRIDE_LIST_ENTRY_LINK, program->name,
                                       subtitle != NULL ? subtitle : program->summary,
                                       "routines.open-program", g_variant_new_string (program->id));
}

/* The assessment routine is the self-test's order: it is run by the Self-Test page's
 * guided sequence (which records the results), not by the routine player. */
static StrideListEntry *
assessment_entry (const StrideRoutine *routine)
{
  guint n = routine->items != NULL ? routine->items->len : 0;
  /* Translators: subtitle of the self-test row in the Routines list */
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Guided self-test · %u test",
                                                            "Guided self-test · %u tests", n), n);

  return stride_list_entry_new_action (STRIDE_LIST_ENTRY_LINK, routine->name, subtitle, "win.open",
                                       g_variant_new ("(sss)", "self-test", "sequence", "full"));
}

static StrideListEntry *
new_routine_entry (gboolean first)
{
  return stride_list_entry_new_action (STRIDE_LIST_ENTRY_COMMAND, _("_New Routine"),
                                       first ? _("Make your own, or open one of Stride's routines and duplicate it to change it.")
                                             : NULL,
                                       "routines.new", NULL);
}

/* Shows ENTRIES (StrideListEntry, taken) in STORE, instead of what it held. */
static void
replace_entries (GListStore *store,
                 GPtrArray  *entries)
{
  g_autoptr(GPtrArray) owned = entries;

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), owned->pdata, owned->len);
}

static GPtrArray *
entry_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
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
fill_builtin (StrideRoutinesPage *self)
{
  g_autoptr(GPtrArray) builtin = stride_routine_catalog_list_builtin (get_context (self));
  const StrideRoutine *assessment = stride_routine_catalog_find_assessment (get_context (self));
  GPtrArray *entries = entry_array ();

  for (guint i = 0; i < builtin->len; i++)
    g_ptr_array_add (entries, routine_entry (g_ptr_array_index (builtin, i)));
  if (assessment != NULL)
    g_ptr_array_add (entries, assessment_entry (assessment));
  if (entries->len == 0)
    g_ptr_array_add (entries, stride_list_entry_new (STRIDE_LIST_ENTRY_NOTE, _("No routines are installed"),
                                                     _("Stride's routines come with its content pack. You can still make your own below.")));
  replace_entries (self->builtin_entries, entries);
}

static void
fill_programs (StrideRoutinesPage *self)
{
  StrideContent *content = stride_context_get_content (get_context (self));
  GPtrArray *programs = content != NULL ? stride_content_get_items (content, STRIDE_KIND_PROGRAM) : NULL;
  GPtrArray *entries = entry_array ();

  for (guint i = 0; programs != NULL && i < programs->len; i++)
    g_ptr_array_add (entries, program_entry (self, g_ptr_array_index (programs, i)));
  gtk_widget_set_visible (self->programs_group, entries->len > 0);
  replace_entries (self->program_entries, entries);
}

static void
fill_personal (StrideRoutinesPage *self)
{
  const StrideRoutine *personal = stride_routine_catalog_get_personal (get_context (self));
  GPtrArray *entries = entry_array ();

  if (personal != NULL)
    g_ptr_array_add (entries, routine_entry (personal));
  else
    g_ptr_array_add (entries, stride_list_entry_new (STRIDE_LIST_ENTRY_NOTE, _("No personal routine yet"),
                                                     _("Do the self-test and save its results: Stride then builds a routine for what it found.")));
  replace_entries (self->personal_entries, entries);
}

static void
fill_custom (StrideRoutinesPage *self)
{
  GPtrArray *custom = stride_routine_store_get_routines (stride_context_get_routine_store (get_context (self)));
  GPtrArray *entries = entry_array ();

  for (guint i = 0; i < custom->len; i++)
    g_ptr_array_add (entries, routine_entry (g_ptr_array_index (custom, i)));
  g_ptr_array_add (entries, new_routine_entry (custom->len == 0));
  replace_entries (self->custom_entries, entries);
}

static void
fill_list (StrideRoutinesPage *self)
{
  StrideHistoryEntry *pending = pending_check_in (self);

  self->list_dirty = FALSE;
  fill_builtin (self);
  fill_programs (self);
  fill_personal (self);
  fill_custom (self);

  g_free (self->check_in_session);
  self->check_in_session = pending != NULL ? g_strdup (stride_history_entry_get_id (pending)) : NULL;
  gtk_widget_set_visible (self->check_in_group, pending != NULL);
}

/* A routine's detail */

static void
show_routine (StrideRoutinesPage *self,
              const char         *id,
              gboolean            push)
{
  const StrideRoutine *routine = stride_routine_catalog_find (get_context (self), id);
  char *copy;

  if (routine == NULL)
    return;
  /* Another routine: its sides are its own */
  if (g_strcmp0 (id, self->routine_id) != 0)
    self->routine_side = STRIDE_RUNNER_SIDE_NONE;
  stride_routine_view_set_side (self->routine_view, self->routine_side);
  if (!stride_routine_view_show (self->routine_view, id))
    return;

  /* ID may be self->routine_id itself */
  copy = g_strdup (id);
  g_free (self->routine_id);
  self->routine_id = copy;
  stride_page_set_subtitle (STRIDE_PAGE (self), routine->name);
  show_view (self, "routine", push);
}

/* An exercise's detail */

static void
show_exercise (StrideRoutinesPage *self,
               const char         *id,
               StrideRunnerSide    only_side)
{
  const StrideExercise *exercise = stride_routine_catalog_find_exercise (get_context (self), id);

  if (exercise == NULL || !stride_exercise_view_show_on_side (self->exercise_view, id, only_side))
    return;

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
      toast (self, stride_routine_catalog_count_exercises (routine) == 0
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

/* The rows' actions: each row carries the id it opens as the action's target. */
static void
open_routine_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);

  /* Opened from the list: both sides, as the routine says */
  self->routine_side = STRIDE_RUNNER_SIDE_NONE;
  show_routine (self, g_variant_get_string (parameter, NULL), TRUE);
}

static void
open_program_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  show_program (STRIDE_ROUTINES_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
open_exercise_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  show_exercise (STRIDE_ROUTINES_PAGE (widget), g_variant_get_string (parameter, NULL), STRIDE_RUNNER_SIDE_NONE);
}

/* ("clamshell", "left"): an exercise the routine works on one side only */
static void
open_exercise_on_side_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  const char *id = NULL, *side = NULL;

  g_variant_get (parameter, "(&s&s)", &id, &side);
  show_exercise (STRIDE_ROUTINES_PAGE (widget), id,
                 g_str_equal (side, "left") ? STRIDE_RUNNER_SIDE_LEFT
                 : g_str_equal (side, "right") ? STRIDE_RUNNER_SIDE_RIGHT : STRIDE_RUNNER_SIDE_NONE);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  start_routine (STRIDE_ROUTINES_PAGE (widget));
}

/* The user's own routines */

/* IS_NEW: the routine New just made, dropped if it is left as it was made */
static void
show_editor (StrideRoutinesPage *self,
             gboolean            is_new)
{
  const StrideRoutine *routine = stride_routine_store_find (stride_context_get_routine_store (get_context (self)), self->routine_id);

  if (is_new)
    stride_routine_editor_set_new_routine (self->editor, self->routine_id);
  else
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

/* Offers Undo for a change the toast TITLE tells of: ACTION with TARGET undoes it. The
 * same way for a deleted routine and a removed exercise. */
static void
add_undo_toast (StrideRoutinesPage *self,
                const char         *title,
                const char         *action,
                const char         *target)
{
  AdwToast *undo = stride_toast_new (title);

  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, action);
  adw_toast_set_action_target_value (undo, g_variant_new_string (target));
  /* Normal priority: libadwaita 1.2 aborts when a high-priority toast pushes one back into
   * its queue and that one is shown again (two deletions in a row); and no toast is
   * dismissed by hand, which crashes it while the toast is still sliding in. */
  g_set_weak_pointer (&self->undo_toast, undo);
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

/* Opens the editor on the routine ID just made (by New when IS_NEW, else a copy), or
 * tells why it could not be made (ID NULL, ERROR set). */
static void
edit_new_routine (StrideRoutinesPage *self,
                  char               *id,
                  gboolean            is_new,
                  GError             *error)
{
  if (id == NULL)
    {
      report_error (self, error);
      return;
    }

  g_free (self->routine_id);
  self->routine_id = id;
  show_editor (self, is_new);
  stride_routine_editor_focus_name (self->editor);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = stride_routine_store_create (stride_context_get_routine_store (get_context (self)), _("My routine"), &error);

  edit_new_routine (self, g_steal_pointer (&id), TRUE, error);
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
  edit_new_routine (self, g_steal_pointer (&id), FALSE, error);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);

  show_editor (self, FALSE);
  /* The stack gave the focus to the name, all selected: the first key typed replaced it */
  stride_routine_editor_focus_items (self->editor);
}

/* Where routine ID is among the user's own (their list's rows), or G_MAXUINT. */
static guint
routine_place (StrideRoutinesPage *self,
               const char         *id)
{
  GPtrArray *custom = stride_routine_store_get_routines (stride_context_get_routine_store (get_context (self)));

  for (guint i = 0; i < custom->len; i++)
    if (g_strcmp0 (((const StrideRoutine *) g_ptr_array_index (custom, i))->id, id) == 0)
      return i;
  return G_MAXUINT;
}

/* Scrolls WIDGET's scrolled window just as far as shows all of WIDGET. */
static void
scroll_to_widget (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport = scroller != NULL ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) : NULL;
  GtkWidget *content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  graphene_point_t at;

  if (content == NULL || !gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &at))
    return;
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                             at.y, at.y + gtk_widget_get_height (widget));
}

static void
focus_custom_row_cb (GdkFrameClock      *clock,
                     StrideRoutinesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->custom_entries));
  guint place = self->focus_place;
  GtkListBoxRow *row;

  /* Laid out for good once the cross-fade from the routine's page is over */
  if (gtk_stack_get_transition_running (self->stack))
    return;
  g_signal_handlers_disconnect_by_func (clock, focus_custom_row_cb, self);
  self->focus_place = G_MAXUINT;
  row = n > 0 ? gtk_list_box_get_row_at_index (self->custom_list, MIN (place, n - 1)) : NULL;
  if (row == NULL || !gtk_widget_get_mapped (GTK_WIDGET (row)))
    return;
  gtk_widget_grab_focus (GTK_WIDGET (row));
  scroll_to_widget (GTK_WIDGET (row));
}

/* Back on the list after a deletion: the focus on the row that took the deleted one's
 * place (else the last, New Routine), where the runner was; it had gone to the list's
 * first row, and the list jumped to its top. Once the list is laid out for good (a frame painted after the cross-fade):
 * before that its rows, just made anew, have no place yet to scroll to. */
static void
focus_custom_row (StrideRoutinesPage *self,
                  guint               place)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL)
    return;
  if (self->focus_place == G_MAXUINT)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (focus_custom_row_cb), self, 0);
  self->focus_place = place;
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  guint place;

  if (routine == NULL)
    return;
  place = routine_place (self, self->routine_id);

  /* Translators: a toast after deleting the routine %s */
  title = g_strdup_printf (_("“%s” deleted"), routine->name);
  if (!stride_routine_store_delete (stride_context_get_routine_store (get_context (self)), self->routine_id, &error))
    {
      report_error (self, error);
      return;
    }

  add_undo_toast (self, title, "routines.undo-delete", self->routine_id);

  g_ptr_array_set_size (self->back_stack, 0);
  /* The focus out of the stack first, or it gives it to the list's first row and scrolls
   * there: the list shows where it was when the routine was opened */
  gtk_root_set_focus (gtk_widget_get_root (widget), NULL);
  show_view (self, "list", FALSE);
  stride_page_set_subtitle (STRIDE_PAGE (self), NULL);
  focus_custom_row (self, place);
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

/* An exercise taken out in the editor: put back where it was, with its dose */
static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!stride_routine_store_undo_remove_item (stride_context_get_routine_store (get_context (self)),
                                              g_variant_get_string (parameter, NULL), &error))
    {
      report_error (self, error);
      return;
    }
  /* Undone after Done: the routine's page shows the exercise back (the editor follows
   * the store by itself) */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "routine") == 0)
    show_routine (self, self->routine_id, FALSE);
}

static void
exercise_removed_cb (StrideRoutinesPage *self,
                     const char         *name,
                     const char         *undo_key)
{
  g_autofree char *title = NULL;

  /* Translators: a toast after taking the exercise %s out of a routine */
  title = g_strdup_printf (_("“%s” removed"), name);
  add_undo_toast (self, title, "routines.undo-remove", undo_key);
}

/* Ctrl+Z: the latest toast's Undo from the keyboard, while that toast lives (reaching
 * its button by Tab took some twenty presses). */
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
    gtk_widget_activate_action_variant (widget, adw_toast_get_action_name (toast), target);
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

/* Leaves the editor for the list: its new routine was left empty and is gone. */
static void
leave_editor_for_list (StrideRoutinesPage *self)
{
  g_ptr_array_set_size (self->back_stack, 0);
  show_view (self, "list", FALSE);
  stride_page_set_subtitle (STRIDE_PAGE (self), NULL);
  fill_list (self);
}

static gboolean
routine_is_stored (StrideRoutinesPage *self)
{
  return self->routine_id != NULL &&
         stride_routine_store_find (stride_context_get_routine_store (get_context (self)), self->routine_id) != NULL;
}

static void
editor_done_cb (StrideRoutinesPage *self)
{
  if (!routine_is_stored (self))
    {
      leave_editor_for_list (self);
      return;
    }
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
  /* Nor is a rating the runner chose lost without a word */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "player") == 0 &&
      stride_routine_player_ask_before_leaving (self->player))
    return;

  if (self->back_stack->len == 0)
    return;

  /* Leaving the editor ends the editing: a new routine left empty is dropped */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0)
    {
      stride_routine_editor_finish (self->editor);
      if (!routine_is_stored (self))
        {
          leave_editor_for_list (self);
          return;
        }
    }
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "exercise") == 0)
    stride_exercise_view_clear (self->exercise_view);
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
   * the left side only (the side that hurts), said on the page and kept for Start. */
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

  g_clear_object (&self->builtin_entries);
  g_clear_object (&self->program_entries);
  g_clear_object (&self->personal_entries);
  g_clear_object (&self->custom_entries);
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
  stride_routine_view_set_context (self->routine_view, get_context (self));
  stride_exercise_view_set_context (self->exercise_view, get_context (self));
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
  g_type_ensure (STRIDE_TYPE_ROUTINE_VIEW);
  g_type_ensure (STRIDE_TYPE_EXERCISE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, check_in_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, builtin_list);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, programs_list);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, personal_list);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, custom_list);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, programs_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, program_view);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, routine_view);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, exercise_view);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, player);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, editor);

  gtk_widget_class_install_action (widget_class, "routines.open-routine", "s", open_routine_action);
  gtk_widget_class_install_action (widget_class, "routines.open-program", "s", open_program_action);
  gtk_widget_class_install_action (widget_class, "routines.open-exercise", "s", open_exercise_action);
  gtk_widget_class_install_action (widget_class, "routines.open-exercise-on-side", "(ss)", open_exercise_on_side_action);
  gtk_widget_class_install_action (widget_class, "routines.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "routines.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "routines.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "routines.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "routines.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "routines.undo-delete", "s", undo_delete_action);
  gtk_widget_class_install_action (widget_class, "routines.undo-remove", "s", undo_remove_action);
  gtk_widget_class_install_action (widget_class, "routines.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "routines.undo", NULL);
  gtk_widget_class_install_action (widget_class, "routines.check-in", "s", check_in_action);
}

static void
stride_routines_page_init (StrideRoutinesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->builtin_entries = g_list_store_new (STRIDE_TYPE_LIST_ENTRY);
  self->program_entries = g_list_store_new (STRIDE_TYPE_LIST_ENTRY);
  self->personal_entries = g_list_store_new (STRIDE_TYPE_LIST_ENTRY);
  self->focus_place = G_MAXUINT;
  self->custom_entries = g_list_store_new (STRIDE_TYPE_LIST_ENTRY);
  stride_list_row_bind (self->builtin_list, G_LIST_MODEL (self->builtin_entries));
  stride_list_row_bind (self->programs_list, G_LIST_MODEL (self->program_entries));
  stride_list_row_bind (self->personal_list, G_LIST_MODEL (self->personal_entries));
  stride_list_row_bind (self->custom_list, G_LIST_MODEL (self->custom_entries));
  self->back_stack = g_ptr_array_new_with_free_func (g_free);
  stride_page_set_title (STRIDE_PAGE (self), _("Routines"));

  g_signal_connect_object (self->player, "closed", G_CALLBACK (player_closed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "done", G_CALLBACK (editor_done_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "error", G_CALLBACK (toast), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "removed", G_CALLBACK (exercise_removed_cb), self, G_CONNECT_SWAPPED);
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
