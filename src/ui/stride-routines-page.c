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

#include "stride-dose.h"
#include "stride-history.h"
#include "stride-json-document.h"
#include "stride-routine-catalog.h"
#include "stride-routine-store.h"
#include "stride-routines-page.h"

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
  AdwPreferencesGroup *personal_group;
  AdwPreferencesGroup *custom_group;
  GtkBox              *routine_box;
  GtkBox              *exercise_box;
  StrideRoutinePlayer *player;
  GtkBox              *editor_box;

  /* Rows added to the groups, to take them out again */
  GPtrArray           *list_rows;

  /* State */
  GPtrArray           *back_stack;       /* char*: views to go back to */
  char                *routine_id;       /* the routine shown, played or edited */
  char                *check_in_session; /* the session the morning check-in is about */
  gboolean             editing_dose;     /* a dose edit is being saved: keep the editor as it is */
  int                  focus_item;       /* the row to focus once the editor is rebuilt, or -1 */
  GPtrArray           *editor_rows;      /* the editor's item rows, in order */
};

G_DEFINE_FINAL_TYPE (StrideRoutinesPage, stride_routines_page, STRIDE_TYPE_PAGE)

static void show_routine (StrideRoutinesPage *self, const char *id, gboolean push);
static void show_exercise (StrideRoutinesPage *self, const char *id);
static void fill_editor (StrideRoutinesPage *self);

/* Small helpers */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

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

static char *
dose_text (const StrideDose *dose)
{
  g_autofree char *work = NULL;
  const char *sides = dose->sides == STRIDE_SIDES_EACH ? _(", each side") : "";

  if (dose->reps > 0)
    /* Translators: sets × reps, e.g. "3 × 12 reps" */
    work = g_strdup_printf (_("%u × %u reps%s"), dose->sets, dose->reps, sides);
  else
    /* Translators: sets × hold, e.g. "2 × 30 s hold" */
    work = g_strdup_printf (_("%u × %u s hold%s"), dose->sets, dose->hold_s, sides);

  if (dose->rest_s == 0)
    return g_steal_pointer (&work);

  /* Translators: a dose, then the rest between sets */
  return g_strdup_printf (_("%s · rest %u s"), work, dose->rest_s);
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

/* The session the morning-after check-in is about: the latest one, from yesterday or the
 * day before, not asked about yet. */
static StrideHistoryEntry *
pending_check_in (void)
{
  StrideHistory *history = stride_history_get_default ();
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
  if (check_in != NULL &&
      g_strcmp0 (stride_json_get_string (stride_history_entry_get_data (check_in), "session"),
                 stride_history_entry_get_id (session)) == 0)
    return NULL;

  return session;
}

static void
fill_list (StrideRoutinesPage *self)
{
  g_autoptr(GPtrArray) builtin = stride_routine_catalog_list_builtin ();
  GPtrArray *custom = stride_routine_store_get_routines (stride_routine_store_get_default ());
  const StrideRoutine *personal = stride_routine_catalog_get_personal ();
  StrideHistoryEntry *pending = pending_check_in ();

  clear_list (self);

  for (guint i = 0; i < builtin->len; i++)
    add_list_row (self, self->builtin_group, routine_row (self, g_ptr_array_index (builtin, i)));
  if (builtin->len == 0)
    add_list_row (self, self->builtin_group,
                  note_row (_("No routines are installed"),
                            _("Stride's routines come with its content pack. You can still make your own below.")));

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
  show_exercise (self, g_object_get_data (G_OBJECT (row), "exercise-id"));
}

static GtkWidget *
item_row (StrideRoutinesPage      *self,
          const StrideRoutineItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = stride_routine_catalog_exercise_name (item->exercise);
  g_autofree char *dose = dose_text (&item->dose);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);
  if (stride_routine_catalog_find_exercise (item->exercise) != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "exercise-id", g_strdup (item->exercise), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (open_exercise_row_cb), self);
    }
  return row;
}

static GtkWidget *
pill_button (const char *label,
             const char *action,
             const char *css_class)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "pill");
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  return button;
}

static void
add_routine_buttons (StrideRoutinesPage  *self,
                     const StrideRoutine *routine)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gboolean mine = stride_routine_store_find (stride_routine_store_get_default (), routine->id) != NULL;
  GtkWidget *start = pill_button (_("_Start"), "routines.start", "suggested-action");

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (start, count_exercises (routine) > 0);
  gtk_box_append (GTK_BOX (box), start);
  if (mine)
    {
      gtk_box_append (GTK_BOX (box), pill_button (_("_Edit"), "routines.edit", NULL));
      gtk_box_append (GTK_BOX (box), pill_button (_("_Delete"), "routines.delete", "destructive-action"));
    }
  else
    {
      gtk_box_append (GTK_BOX (box), pill_button (_("D_uplicate to Change"), "routines.duplicate", NULL));
    }
  gtk_box_append (self->routine_box, box);
}

static void
show_routine (StrideRoutinesPage *self,
              const char         *id,
              gboolean            push)
{
  const StrideRoutine *routine = stride_routine_catalog_find (id);
  GtkWidget *group;
  g_autofree char *subtitle = NULL;

  char *copy;

  if (routine == NULL)
    return;

  /* ID may be self->routine_id itself */
  copy = g_strdup (id);
  g_free (self->routine_id);
  self->routine_id = copy;
  clear_box (self->routine_box);

  gtk_box_append (self->routine_box, make_label (routine->name, "title-1"));
  if (routine->summary != NULL && routine->summary[0] != '\0')
    gtk_box_append (self->routine_box, make_label (routine->summary, NULL));
  subtitle = routine_subtitle (routine);
  gtk_box_append (self->routine_box, make_label (subtitle, "dim-label"));
  add_routine_buttons (self, routine);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Exercises"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Doses change after each session with how it felt: stop any exercise that causes sharp or growing pain."));
  for (guint i = 0; i < routine->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (routine->items, i);

      if (item->exercise != NULL)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), item_row (self, item));
    }
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
      g_autofree char *text = numbered ? g_strdup_printf ("%u. %s", i + 1, lines[i]) : g_strdup_printf ("• %s", lines[i]);

      gtk_box_append (GTK_BOX (box), make_label (text, NULL));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

static void
show_exercise (StrideRoutinesPage *self,
               const char         *id)
{
  const StrideExercise *exercise = stride_routine_catalog_find_exercise (id);
  g_autofree char *dose = NULL;

  if (exercise == NULL)
    return;

  clear_box (self->exercise_box);
  dose = dose_text (&exercise->dose);
  gtk_box_append (self->exercise_box, make_label (exercise->name, "title-1"));
  gtk_box_append (self->exercise_box, make_label (exercise->summary, NULL));
  gtk_box_append (self->exercise_box, make_label (dose, "title-4"));
  gtk_box_append (self->exercise_box, text_list_group (_("Steps"), (const char * const *) exercise->steps, TRUE));
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
  const StrideRoutine *routine = self->routine_id != NULL ? stride_routine_catalog_find (self->routine_id) : NULL;

  if (routine == NULL || count_exercises (routine) == 0)
    return;

  show_view (self, "player", TRUE);
  stride_routine_player_start (self->player, routine);
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
  fill_editor (self);
  show_view (self, "editor", TRUE);
}

static void
report_error (StrideRoutinesPage *self,
              GError             *error)
{
  if (error != NULL)
    toast (self, error->message);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = stride_routine_store_create (stride_routine_store_get_default (), _("My routine"), &error);

  if (id == NULL)
    {
      report_error (self, error);
      return;
    }

  g_free (self->routine_id);
  self->routine_id = g_steal_pointer (&id);
  show_editor (self);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  const StrideRoutine *routine = stride_routine_catalog_find (self->routine_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;

  if (routine == NULL)
    return;

  /* Translators: the name of a copy of a routine */
  name = g_strdup_printf (_("%s (mine)"), routine->name);
  id = stride_routine_store_duplicate (stride_routine_store_get_default (), routine, name, &error);
  if (id == NULL)
    {
      report_error (self, error);
      return;
    }

  g_free (self->routine_id);
  self->routine_id = g_steal_pointer (&id);
  show_editor (self);
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
  const StrideRoutine *routine = stride_routine_store_find (stride_routine_store_get_default (), self->routine_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *undo;

  if (routine == NULL)
    return;

  /* Translators: a toast after deleting the routine %s */
  title = g_strdup_printf (_("“%s” deleted"), routine->name);
  if (!stride_routine_store_delete (stride_routine_store_get_default (), self->routine_id, &error))
    {
      report_error (self, error);
      return;
    }

  undo = adw_toast_new (title);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "routines.undo-delete");
  adw_toast_set_action_target_value (undo, g_variant_new_string (self->routine_id));
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
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

  if (!stride_routine_store_undo_delete (stride_routine_store_get_default (),
                                         g_variant_get_string (parameter, NULL), &error))
    report_error (self, error);
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);
  const char *compared = g_variant_get_string (parameter, NULL);
  g_autoptr(JsonObject) data = json_object_new ();
  g_autoptr(GError) error = NULL;

  if (self->check_in_session == NULL)
    return;

  json_object_set_string_member (data, "session", self->check_in_session);
  json_object_set_string_member (data, "compared", compared);
  if (stride_history_append (stride_history_get_default (), STRIDE_HISTORY_CHECK_IN, NULL, data, &error) == NULL)
    {
      report_error (self, error);
      return;
    }

  toast (self, g_str_equal (compared, "worse")
               ? _("Thanks. Your next session will be gentler. If it keeps getting worse, see a physiotherapist.")
               : _("Thanks. Your next session goes on from where you are."));
  fill_list (self);
}

/* The editor */

static void
name_applied_cb (AdwEntryRow        *row,
                 StrideRoutinesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!stride_routine_store_rename (stride_routine_store_get_default (), self->routine_id,
                                    gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    report_error (self, error);
}

static guint
row_index (gpointer widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "item-index"));
}

static void
move_item (StrideRoutinesPage *self,
           guint               from,
           guint               to)
{
  g_autoptr(GError) error = NULL;

  self->focus_item = to;
  if (!stride_routine_store_move_item (stride_routine_store_get_default (), self->routine_id, from, to, &error))
    {
      self->focus_item = -1;
      report_error (self, error);
    }
}

static void
move_up_clicked_cb (GtkButton          *button,
                    StrideRoutinesPage *self)
{
  guint index = row_index (button);

  if (index > 0)
    move_item (self, index, index - 1);
}

static void
move_down_clicked_cb (GtkButton          *button,
                      StrideRoutinesPage *self)
{
  move_item (self, row_index (button), row_index (button) + 1);
}

static void
remove_clicked_cb (GtkButton          *button,
                   StrideRoutinesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!stride_routine_store_remove_item (stride_routine_store_get_default (), self->routine_id,
                                         row_index (button), &error))
    report_error (self, error);
}

/* Reads the dose back from the spin buttons and combo of the item's expander row. */
static void
dose_changed_cb (GtkWidget          *widget,
                 GParamSpec         *pspec,
                 StrideRoutinesPage *self)
{
  GtkWidget *expander = g_object_get_data (G_OBJECT (widget), "expander");
  StrideDose dose = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  dose.sets = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (expander), "sets"));
  dose.reps = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (expander), "reps"));
  dose.hold_s = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (expander), "hold_s"));
  dose.rest_s = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (expander), "rest_s"));
  dose.tempo_s = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (expander), "tempo_s"));
  dose.sides = adw_combo_row_get_selected (g_object_get_data (G_OBJECT (expander), "sides"));

  self->editing_dose = TRUE;
  if (!stride_routine_store_set_dose (stride_routine_store_get_default (), self->routine_id,
                                      row_index (expander), &dose, &error))
    report_error (self, error);
  self->editing_dose = FALSE;

  text = dose_text (&dose);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), text);
}

static void
add_spin_row (StrideRoutinesPage *self,
              GtkWidget          *expander,
              const char         *key,
              const char         *title,
              guint               value,
              guint               max)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (key[0] == 's' && key[1] == 'e' ? 1 : 0, max, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_object_set_data (G_OBJECT (expander), key, spin);
  g_object_set_data (G_OBJECT (spin), "expander", expander);
  g_signal_connect (spin, "notify::value", G_CALLBACK (dose_changed_cb), self);
}

static void
add_sides_row (StrideRoutinesPage *self,
               GtkWidget          *expander,
               StrideSides         sides)
{
  const char *names[] = { _("Each side in turn"), _("Both at once"), _("No sides"), NULL };
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Sides"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (gtk_string_list_new (names)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), sides);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_object_set_data (G_OBJECT (expander), "sides", row);
  g_object_set_data (G_OBJECT (row), "expander", expander);
  g_signal_connect (row, "notify::selected", G_CALLBACK (dose_changed_cb), self);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             guint       index,
             GCallback   callback,
             gpointer    data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "item-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", callback, data);
  return button;
}

/* Drag a row onto another to move it there. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_UINT, row_index (row));
}

static gboolean
drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         StrideRoutinesPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  guint from = g_value_get_uint (value);
  guint to = row_index (row);

  if (from == to)
    return FALSE;

  move_item (self, from, to);
  return TRUE;
}

static void
add_drag_and_drop (StrideRoutinesPage *self,
                   GtkWidget          *row)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

static GtkWidget *
editor_item_row (StrideRoutinesPage      *self,
                 const StrideRoutineItem *item,
                 guint                    index,
                 guint                    n_items)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *name = stride_routine_catalog_exercise_name (item->exercise);
  g_autofree char *dose = dose_text (&item->dose);
  GtkWidget *up = icon_button ("go-up-symbolic", _("Move Up"), index, G_CALLBACK (move_up_clicked_cb), self);
  GtkWidget *down = icon_button ("go-down-symbolic", _("Move Down"), index, G_CALLBACK (move_down_clicked_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), dose);
  g_object_set_data (G_OBJECT (row), "item-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "tempo_s", GUINT_TO_POINTER (item->dose.tempo_s));
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < n_items);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), gtk_image_new_from_icon_name ("list-drag-handle-symbolic"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), up);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), down);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               icon_button ("user-trash-symbolic", _("Remove From Routine"), index,
                                            G_CALLBACK (remove_clicked_cb), self));

  add_spin_row (self, row, "sets", _("Sets"), item->dose.sets, 10);
  add_spin_row (self, row, "reps", _("Reps (0 for a hold)"), item->dose.reps, 50);
  add_spin_row (self, row, "hold_s", _("Hold, seconds"), item->dose.hold_s, 300);
  add_spin_row (self, row, "rest_s", _("Rest between sets, seconds"), item->dose.rest_s, 600);
  add_sides_row (self, row, item->dose.sides);
  add_drag_and_drop (self, row);
  return row;
}

static void
add_exercise_clicked_cb (GtkButton          *button,
                         StrideRoutinesPage *self)
{
  AdwComboRow *combo = g_object_get_data (G_OBJECT (button), "combo");
  g_autoptr(GPtrArray) exercises = stride_routine_catalog_list_exercises ();
  guint selected = adw_combo_row_get_selected (combo);
  const StrideExercise *exercise;
  g_autoptr(GError) error = NULL;

  if (selected >= exercises->len)
    return;

  exercise = g_ptr_array_index (exercises, selected);
  if (!stride_routine_store_add_exercise (stride_routine_store_get_default (), self->routine_id,
                                          exercise->id, &exercise->dose, &error))
    report_error (self, error);
}

static GtkWidget *
add_exercise_group (StrideRoutinesPage *self)
{
  g_autoptr(GPtrArray) exercises = stride_routine_catalog_list_exercises ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *combo;
  GtkStringList *names;
  GtkWidget *add;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Add an Exercise"));
  if (exercises->len == 0)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 note_row (_("No exercises are installed"),
                                           _("Exercises come with Stride's content pack.")));
      return group;
    }

  combo = adw_combo_row_new ();
  names = gtk_string_list_new (NULL);
  add = gtk_button_new_with_mnemonic (_("_Add"));

  for (guint i = 0; i < exercises->len; i++)
    gtk_string_list_append (names, ((StrideExercise *) g_ptr_array_index (exercises, i))->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Exercise"));
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (names));
  g_object_unref (names);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (add), "combo", combo);
  g_signal_connect (add, "clicked", G_CALLBACK (add_exercise_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (combo), add);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), combo);
  return group;
}

static void
fill_editor (StrideRoutinesPage *self)
{
  const StrideRoutine *routine = stride_routine_store_find (stride_routine_store_get_default (), self->routine_id);
  GtkWidget *name_group, *items_group, *name_row, *done;

  if (routine == NULL)
    return;

  name_group = adw_preferences_group_new ();
  items_group = adw_preferences_group_new ();
  name_row = adw_entry_row_new ();
  done = pill_button (_("_Done"), "routines.editor-done", "suggested-action");

  clear_box (self->editor_box);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), routine->name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name_row), TRUE);
  g_signal_connect (name_row, "apply", G_CALLBACK (name_applied_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (name_group), name_row);
  gtk_box_append (self->editor_box, name_group);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (items_group), _("Exercises"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (items_group),
                                         _("Drag a row, or use its arrows, to change the order. Open a row to set its dose."));
  g_ptr_array_set_size (self->editor_rows, 0);
  for (guint i = 0; i < routine->items->len; i++)
    {
      GtkWidget *row = editor_item_row (self, g_ptr_array_index (routine->items, i), i, routine->items->len);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (items_group), row);
      g_ptr_array_add (self->editor_rows, row);
    }
  if (routine->items->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (items_group),
                               note_row (_("No exercises yet"), _("Add exercises below.")));
  gtk_box_append (self->editor_box, items_group);
  gtk_box_append (self->editor_box, add_exercise_group (self));

  gtk_widget_set_halign (done, GTK_ALIGN_CENTER);
  gtk_box_append (self->editor_box, done);
  stride_page_set_subtitle (STRIDE_PAGE (self), routine->name);
}

static void
editor_done_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (widget);

  /* Back to the list, then into the routine, so that Back leads to the list. */
  g_ptr_array_set_size (self->back_stack, 0);
  gtk_stack_set_visible_child_name (self->stack, "list");
  show_routine (self, self->routine_id, TRUE);
}

/* After a move with the keyboard, the focus follows the row to its new place. */
static void
focus_moved_row (StrideRoutinesPage *self)
{
  if (self->focus_item < 0 || (guint) self->focus_item >= self->editor_rows->len)
    return;

  gtk_widget_grab_focus (g_ptr_array_index (self->editor_rows, self->focus_item));
  self->focus_item = -1;
}

static void
store_changed_cb (StrideRoutinesPage *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->stack);

  fill_list (self);
  if (g_strcmp0 (view, "editor") == 0 && !self->editing_dose)
    {
      fill_editor (self);
      focus_moved_row (self);
    }
}

static void
show_notices (StrideRoutinesPage *self)
{
  StrideHistory *history = stride_history_get_default ();
  StrideRoutineStore *store = stride_routine_store_get_default ();

  if (stride_history_get_notice (history) != NULL)
    {
      AdwToast *notice = adw_toast_new (stride_history_get_notice (history));

      adw_toast_set_timeout (notice, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, notice);
      stride_history_clear_notice (history);
    }
  if (stride_routine_store_get_notice (store) != NULL)
    {
      AdwToast *notice = adw_toast_new (stride_routine_store_get_notice (store));

      adw_toast_set_timeout (notice, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, notice);
      stride_routine_store_clear_notice (store);
    }
}

/* StridePage */

static void
stride_routines_page_go_back (StridePage *page)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (page);
  StrideRoutineRunner *runner = stride_routine_player_get_runner (self->player);
  g_autofree char *previous = NULL;

  /* Leaving a routine under way ends it, and the session is kept with what was done. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "player") == 0 && runner != NULL &&
      stride_routine_runner_get_phase (runner) != STRIDE_PHASE_DONE)
    {
      stride_routine_runner_end (runner);
      return;
    }

  if (self->back_stack->len == 0)
    return;

  previous = g_ptr_array_steal_index (self->back_stack, self->back_stack->len - 1);
  if (g_str_equal (previous, "routine"))
    show_routine (self, self->routine_id, FALSE);
  else
    show_view (self, previous, FALSE);
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
      const StrideRoutine *routine = stride_routine_catalog_find (id);

      if (routine == NULL)
        return FALSE;
      g_ptr_array_set_size (self->back_stack, 0);
      gtk_stack_set_visible_child_name (self->stack, "list");
      show_routine (self, id, TRUE);
      start_routine (self);
      return TRUE;
    }

  if (g_strcmp0 (kind, "exercise") == 0)
    {
      if (stride_routine_catalog_find_exercise (id) == NULL)
        return FALSE;
      show_exercise (self, id);
      return TRUE;
    }

  return FALSE;
}

static void
stride_routines_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (stride_routines_page_parent_class)->map (widget);

  show_notices (STRIDE_ROUTINES_PAGE (widget));
}

static void
stride_routines_page_dispose (GObject *object)
{
  StrideRoutinesPage *self = STRIDE_ROUTINES_PAGE (object);

  g_clear_pointer (&self->list_rows, g_ptr_array_unref);
  g_clear_pointer (&self->editor_rows, g_ptr_array_unref);
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

static void
stride_routines_page_class_init (StrideRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StridePageClass *page_class = STRIDE_PAGE_CLASS (klass);

  object_class->dispose = stride_routines_page_dispose;
  object_class->finalize = stride_routines_page_finalize;
  widget_class->map = stride_routines_page_map;
  page_class->go_back = stride_routines_page_go_back;
  page_class->open = stride_routines_page_open;

  g_type_ensure (STRIDE_TYPE_ROUTINE_PLAYER);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, check_in_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, builtin_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, personal_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, custom_group);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, routine_box);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, exercise_box);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, player);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutinesPage, editor_box);

  gtk_widget_class_install_action (widget_class, "routines.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "routines.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "routines.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "routines.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "routines.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "routines.undo-delete", "s", undo_delete_action);
  gtk_widget_class_install_action (widget_class, "routines.check-in", "s", check_in_action);
  gtk_widget_class_install_action (widget_class, "routines.editor-done", NULL, editor_done_action);
}

static void
stride_routines_page_init (StrideRoutinesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->list_rows = g_ptr_array_new ();
  self->editor_rows = g_ptr_array_new ();
  self->focus_item = -1;
  self->back_stack = g_ptr_array_new_with_free_func (g_free);
  stride_page_set_title (STRIDE_PAGE (self), _("Routines"));

  g_signal_connect_object (stride_routine_store_get_default (), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "closed", G_CALLBACK (player_closed_cb), self, G_CONNECT_SWAPPED);
  fill_list (self);
}

GtkWidget *
stride_routines_page_new (void)
{
  return g_object_new (STRIDE_TYPE_ROUTINES_PAGE, NULL);
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
