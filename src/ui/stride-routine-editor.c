/* stride-routine-editor.c — makes and changes the user's own routines
 *
 * Rename, add exercises, reorder them (drag a row, or its up and down buttons), set each
 * one's sets, reps, hold, rest and sides. The rows show a list of StrideDoseEntry, one per
 * item of the routine: the editor changes that list and the routine store (which writes
 * it safely) together, so a row that is moved, removed or added is the only one made
 * anew. When the store changes from elsewhere (the header's rename, another window) the
 * list is made again from the store.
 *
 * A removed exercise can be put back: the editor says so ("removed"), and the page that
 * holds it offers Undo as it does for a deleted routine.
 *
 * A routine New made is dropped again when the editing ends and it is still as it was
 * made (its first name, no exercise), as GNOME's apps drop a new note left empty: opening
 * New and leaving leaves no empty routine behind. One with a name or an exercise is kept.
 *
 * A dose is saved a moment after its last change, not on every step of a spin button:
 * each save is a durable write (fsync), and holding an arrow down made dozens a second.
 * Anything else the user does, and the editor closing or the app quitting, saves a
 * waiting dose first, so nothing typed is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-dose-entry.h"
#include "stride-dose-row.h"
#include "stride-routine-catalog.h"
#include "stride-routine-editor.h"
#include "stride-routine-store.h"

/* Long enough to gather a held-down spin button's steps, short enough that a dose is
 * on disk before the user can think of quitting. */
#define DOSE_SAVE_DELAY_MS 500

struct _StrideRoutineEditor
{
  AdwBin     parent_instance;

  /* Template widgets */
  AdwEntryRow *name_row;
  GtkListBox  *items_list;
  GtkWidget   *no_items_row;
  GtkWidget   *no_exercises_row;
  AdwComboRow *add_combo;      /* the exercise to add */
  GtkWidget   *add_button;

  /* Owned references */
  StrideContext *context;      /* the routine store and the content's exercises */
  GListStore *entries;         /* StrideDoseEntry: the routine's items, as the rows show them */

  /* State */
  char      *routine_id;
  gboolean   saving;           /* the editor is writing the store: the rows already show it */
  char      *shown_name;       /* the stored name the name row was last given */
  char      *new_name;         /* a routine just made: the name it was made with, or NULL */

  /* A dose changed on screen and not yet saved */
  int        pending_item;     /* its item's index, or -1 */
  StrideDose pending_dose;
  guint      save_source;      /* the delayed save, or 0 */

  /* Borrowed references */
  GApplication *application;   /* the window's, followed for "shutdown" while rooted */
};

G_DEFINE_FINAL_TYPE (StrideRoutineEditor, stride_routine_editor, ADW_TYPE_BIN)

enum {
  DONE,
  ERROR,
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
report_error (StrideRoutineEditor *self,
              GError              *error)
{
  if (error != NULL)
    g_signal_emit (self, signals[ERROR], 0, error->message);
}

/* Saves the dose waiting for its delay, if there is one. */
static void
save_pending_dose (StrideRoutineEditor *self)
{
  g_autoptr(GError) error = NULL;
  int item = self->pending_item;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (item < 0)
    return;

  self->pending_item = -1;
  self->saving = TRUE;
  if (!stride_routine_store_set_dose (stride_context_get_routine_store (self->context), self->routine_id,
                                      item, &self->pending_dose, &error))
    report_error (self, error);
  self->saving = FALSE;
}

static gboolean
save_delay_over_cb (gpointer user_data)
{
  StrideRoutineEditor *self = user_data;

  self->save_source = 0;
  save_pending_dose (self);
  return G_SOURCE_REMOVE;
}

/* Keeps DOSE of item INDEX to save once the user has stopped changing it. */
static void
save_dose_later (StrideRoutineEditor *self,
                 guint                index,
                 const StrideDose    *dose)
{
  if (self->pending_item >= 0 && (guint) self->pending_item != index)
    save_pending_dose (self);

  self->pending_item = index;
  self->pending_dose = *dose;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (DOSE_SAVE_DELAY_MS, save_delay_over_cb, self);
}


/* A name typed and not applied (no Enter, no apply button) when the editing ends is
 * what the runner meant: it is kept like a waiting dose. */
static void
save_typed_name (StrideRoutineEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;

  if (self->name_row == NULL || self->routine_id == NULL || self->shown_name == NULL)
    return;
  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (typed[0] == '\0' || g_str_equal (typed, self->shown_name))
    return;

  g_free (self->shown_name);
  self->shown_name = g_strdup (typed);
  /* The field already shows the name: no rebuild for it */
  self->saving = TRUE;
  if (!stride_routine_store_rename (stride_context_get_routine_store (self->context), self->routine_id, typed, &error))
    report_error (self, error);
  self->saving = FALSE;
}

/* Everything still waiting, when the editing ends or moves to another routine */
static void
save_edits (StrideRoutineEditor *self)
{
  save_typed_name (self);
  save_pending_dose (self);
}

/* A new routine left as it was made: its first name and no exercise. */
static gboolean
is_untouched_new (StrideRoutineEditor *self)
{
  const StrideRoutine *routine;

  if (self->new_name == NULL || self->routine_id == NULL)
    return FALSE;
  routine = stride_routine_store_find (stride_context_get_routine_store (self->context), self->routine_id);
  return routine != NULL && routine->items->len == 0 && g_strcmp0 (routine->name, self->new_name) == 0;
}

/* The editing of this routine ends: what is waiting is saved, and a new routine left
 * untouched is dropped (never one with a name or an exercise of the runner's). */
static void
finish_editing (StrideRoutineEditor *self)
{
  g_autoptr(GError) error = NULL;

  save_edits (self);
  if (is_untouched_new (self))
    {
      self->saving = TRUE;
      if (!stride_routine_store_delete (stride_context_get_routine_store (self->context), self->routine_id, &error))
        report_error (self, error);
      self->saving = FALSE;
    }
  g_clear_pointer (&self->new_name, g_free);
}

static void
name_applied_cb (AdwEntryRow        *row,
                 StrideRoutineEditor *self)
{
  g_autoptr(GError) error = NULL;

  save_pending_dose (self);
  if (!stride_routine_store_rename (stride_context_get_routine_store (self->context), self->routine_id,
                                    gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    report_error (self, error);
}

/* After a move or a removal from the keyboard, the focus stays with the list: on the
 * row at POSITION (or the last one). */
static void
focus_row (StrideRoutineEditor *self,
           guint                position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  GtkListBoxRow *row;

  if (n == 0)
    return;
  row = gtk_list_box_get_row_at_index (self->items_list, MIN (position, n - 1));
  /* An expander row takes the focus on its header, as Tab gives it */
  if (row != NULL && !gtk_widget_grab_focus (GTK_WIDGET (row)))
    gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

static void
move_item (StrideRoutineEditor *self,
           guint               from,
           guint               to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideDoseEntry) entry = NULL;
  gboolean moved;

  save_pending_dose (self);
  self->saving = TRUE;
  moved = stride_routine_store_move_item (stride_context_get_routine_store (self->context), self->routine_id,
                                          from, to, &error);
  self->saving = FALSE;
  if (!moved)
    {
      report_error (self, error);
      return;
    }

  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), from);
  g_list_store_remove (self->entries, from);
  g_list_store_insert (self->entries, to, entry);
  stride_dose_entries_number (G_LIST_MODEL (self->entries));
  focus_row (self, to);
}

static void
move_requested_cb (StrideDoseRow       *row,
                   guint                from,
                   guint                to,
                   StrideRoutineEditor *self)
{
  move_item (self, from, to);
}

static void
remove_requested_cb (StrideDoseRow       *row,
                     StrideRoutineEditor *self)
{
  StrideDoseEntry *entry = stride_dose_row_get_entry (row);
  guint position = stride_dose_entry_get_position (entry);
  g_autofree char *name = g_strdup (stride_dose_entry_get_name (entry));
  g_autofree char *undo_key = NULL;
  g_autoptr(GError) error = NULL;
  gboolean removed;

  save_pending_dose (self);
  self->saving = TRUE;
  removed = stride_routine_store_remove_item (stride_context_get_routine_store (self->context), self->routine_id,
                                              position, &undo_key, &error);
  self->saving = FALSE;
  if (!removed)
    {
      report_error (self, error);
      return;
    }

  g_list_store_remove (self->entries, position);
  stride_dose_entries_number (G_LIST_MODEL (self->entries));
  focus_row (self, position);
  g_signal_emit (self, signals[REMOVED], 0, name, undo_key);
}

static void
dose_changed_cb (StrideDoseEntry     *entry,
                 StrideRoutineEditor *self)
{
  StrideDose dose;

  stride_dose_entry_get_dose (entry, &dose);
  save_dose_later (self, stride_dose_entry_get_position (entry), &dose);
}

/* A row for each entry; the entry's dose is saved (a moment later) when its row changes it. */
static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  StrideRoutineEditor *self = user_data;
  GtkWidget *row = stride_dose_row_new (item);

  g_signal_connect_object (item, "dose-changed", G_CALLBACK (dose_changed_cb), self, 0);
  g_signal_connect_object (row, "move", G_CALLBACK (move_requested_cb), self, 0);
  g_signal_connect_object (row, "remove", G_CALLBACK (remove_requested_cb), self, 0);
  return row;
}

/* The item just added, as the store has it, gets a row at the end. The focus stays on
 * Add, so the next exercise can be added at once. */
static void
append_last_item (StrideRoutineEditor *self)
{
  const StrideRoutine *routine = stride_routine_store_find (stride_context_get_routine_store (self->context),
                                                            self->routine_id);
  const StrideRoutineItem *item;
  g_autofree char *name = NULL;
  g_autoptr(StrideDoseEntry) entry = NULL;

  g_return_if_fail (routine != NULL && routine->items->len > 0);

  item = g_ptr_array_index (routine->items, routine->items->len - 1);
  name = stride_routine_catalog_exercise_name (self->context, item->exercise);
  entry = stride_dose_entry_new (item->exercise, name, &item->dose);
  g_list_store_append (self->entries, entry);
  stride_dose_entries_number (G_LIST_MODEL (self->entries));
}

static void
add_exercise_clicked_cb (GtkButton          *button,
                         StrideRoutineEditor *self)
{
  g_autoptr(GPtrArray) exercises = stride_routine_catalog_list_exercises (self->context);
  guint selected = adw_combo_row_get_selected (self->add_combo);
  const StrideExercise *exercise;
  g_autoptr(GError) error = NULL;
  gboolean added;

  if (selected >= exercises->len)
    return;

  exercise = g_ptr_array_index (exercises, selected);
  save_pending_dose (self);
  self->saving = TRUE;
  added = stride_routine_store_add_exercise (stride_context_get_routine_store (self->context), self->routine_id,
                                             exercise->id, &exercise->dose, &error);
  self->saving = FALSE;
  if (!added)
    {
      report_error (self, error);
      return;
    }
  append_last_item (self);
}

/* The exercises to choose from: the content's, by name. */
static void
fill_exercise_choice (StrideRoutineEditor *self)
{
  g_autoptr(GPtrArray) exercises = stride_routine_catalog_list_exercises (self->context);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  /* The combo row's default labels are cut short with "…": exercise names are the
   * choice itself, so they show whole and wrap when narrow. */
  g_autoptr(GtkListItemFactory) factory =
    gtk_builder_list_item_factory_new_from_resource (NULL, APP_PATH "/stride-exercise-name-item.ui");

  for (guint i = 0; i < exercises->len; i++)
    gtk_string_list_append (names, ((StrideExercise *) g_ptr_array_index (exercises, i))->name);
  adw_combo_row_set_factory (self->add_combo, factory);
  adw_combo_row_set_model (self->add_combo, G_LIST_MODEL (names));
  gtk_widget_set_visible (self->no_exercises_row, exercises->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->add_combo), exercises->len > 0);
  gtk_widget_set_visible (self->add_button, exercises->len > 0);
}

/* The name as stored, unless the row already shows it (a rebuild for a dose keeps what
 * is being typed there). */
static void
show_name (StrideRoutineEditor *self,
           const char          *name)
{
  if (g_strcmp0 (self->shown_name, name) == 0)
    return;
  g_free (self->shown_name);
  self->shown_name = g_strdup (name);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}

/* The name and the rows, made again from the store. */
static void
fill_editor (StrideRoutineEditor *self)
{
  const StrideRoutine *routine = stride_routine_store_find (stride_context_get_routine_store (self->context), self->routine_id);
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint n;

  if (routine == NULL)
    return;

  show_name (self, routine->name);
  entries = stride_dose_entries_new (self->context, routine);
  n = g_list_model_get_n_items (G_LIST_MODEL (entries));
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (entries), i));
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       items->pdata, items->len);
}

static void
store_changed_cb (StrideRoutineEditor *self)
{
  if (self->saving || self->routine_id == NULL)
    return;

  /* Changed elsewhere (the header's rename, another window): the waiting dose is saved
   * before the rows it lives in are made again from the store. */
  save_pending_dose (self);
  fill_editor (self);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  finish_editing (STRIDE_ROUTINE_EDITOR (widget));
  g_signal_emit (widget, signals[DONE], 0);
}

/* Escape leaves the editor as the header's Back button does, saving what was changed,
 * wherever the focus is in the window (the header too). An open popover or dialog takes
 * Escape first and closes. Another view shown (or fading in), the key is not the editor's. */
/* The page shown in every stack WIDGET is in: not the one a stack is fading out. */
static gboolean
is_shown (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  for (GtkWidget *child = widget, *parent = gtk_widget_get_parent (widget); parent != NULL;
       child = parent, parent = gtk_widget_get_parent (parent))
    if (GTK_IS_STACK (parent) && gtk_stack_get_visible_child (GTK_STACK (parent)) != child)
      return FALSE;
  return TRUE;
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  if (!is_shown (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, "win.go-back", NULL);
}

static void
add_escape_shortcut (StrideRoutineEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (escape_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
application_shutdown_cb (StrideRoutineEditor *self)
{
  finish_editing (self);
}

/* Quitting does not destroy the window, so the editor hears of it from the application. */
static void
stride_routine_editor_root (GtkWidget *widget)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (stride_routine_editor_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  self->application = GTK_IS_WINDOW (root) ? G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root))) : NULL;
  if (self->application != NULL)
    g_signal_connect_object (self->application, "shutdown",
                             G_CALLBACK (application_shutdown_cb), self, G_CONNECT_SWAPPED);
}

static void
stride_routine_editor_unroot (GtkWidget *widget)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (widget);

  save_pending_dose (self);
  if (self->application != NULL)
    g_signal_handlers_disconnect_by_func (self->application, application_shutdown_cb, self);
  self->application = NULL;

  GTK_WIDGET_CLASS (stride_routine_editor_parent_class)->unroot (widget);
}

static void
stride_routine_editor_dispose (GObject *object)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (object);

  /* Only saved: dropping a new routine here would change the store while the page
   * around the editor is being taken apart (quitting drops it, see root()) */
  save_edits (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_ROUTINE_EDITOR);

  G_OBJECT_CLASS (stride_routine_editor_parent_class)->dispose (object);
}

static void
stride_routine_editor_finalize (GObject *object)
{
  StrideRoutineEditor *self = STRIDE_ROUTINE_EDITOR (object);

  g_free (self->routine_id);
  g_free (self->shown_name);
  g_free (self->new_name);
  g_clear_object (&self->context);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (stride_routine_editor_parent_class)->finalize (object);
}

static void
stride_routine_editor_class_init (StrideRoutineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_routine_editor_dispose;
  object_class->finalize = stride_routine_editor_finalize;
  widget_class->root = stride_routine_editor_root;
  widget_class->unroot = stride_routine_editor_unroot;

  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* An exercise was taken out: its name, and the key that puts it back
   * (stride_routine_store_undo_remove_item()) */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-routine-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, items_list);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, no_items_row);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, no_exercises_row);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, add_combo);
  gtk_widget_class_bind_template_child (widget_class, StrideRoutineEditor, add_button);
  gtk_widget_class_bind_template_callback (widget_class, name_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_exercise_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.done", NULL, done_action);
}

static void
stride_routine_editor_init (StrideRoutineEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Empty states, in sentence case like the notes of the other lists */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_items_row), _("No exercises yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_items_row), _("Add exercises below."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_exercises_row), _("No exercises are installed"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_exercises_row), _("Exercises come with Stride's content pack."));

  self->entries = g_list_store_new (STRIDE_TYPE_DOSE_ENTRY);
  gtk_list_box_bind_model (self->items_list, G_LIST_MODEL (self->entries), create_row_cb, self, NULL);
  self->pending_item = -1;
  add_escape_shortcut (self);
}

GtkWidget *
stride_routine_editor_new (StrideContext *context)
{
  GtkWidget *self = g_object_new (STRIDE_TYPE_ROUTINE_EDITOR, NULL);

  stride_routine_editor_set_context (STRIDE_ROUTINE_EDITOR (self), context);
  return self;
}

/* Once, by the page that holds the editor (a template child, so not at construction). */
void
stride_routine_editor_set_context (StrideRoutineEditor *self,
                                   StrideContext       *context)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (STRIDE_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  fill_exercise_choice (self);
}

void
stride_routine_editor_set_routine (StrideRoutineEditor *self,
                                   const char          *id)
{
  char *copy;

  g_return_if_fail (STRIDE_IS_ROUTINE_EDITOR (self));

  /* The store is followed from the first routine on, not from start-up */
  if (self->routine_id == NULL && id != NULL)
    g_signal_connect_object (stride_context_get_routine_store (self->context), "changed",
                             G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  finish_editing (self);
  copy = g_strdup (id);
  g_free (self->routine_id);
  self->routine_id = copy;
  g_clear_pointer (&self->shown_name, g_free);
  fill_editor (self);
}

const char *
stride_routine_editor_get_routine (StrideRoutineEditor *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_EDITOR (self), NULL);

  return self->routine_id;
}

/* ID, a routine New just made: left as it was made, it is dropped when the editing ends. */
void
stride_routine_editor_set_new_routine (StrideRoutineEditor *self,
                                       const char          *id)
{
  const StrideRoutine *routine;

  g_return_if_fail (STRIDE_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (id != NULL);

  stride_routine_editor_set_routine (self, id);
  routine = stride_routine_store_find (stride_context_get_routine_store (self->context), id);
  self->new_name = routine != NULL ? g_strdup (routine->name) : NULL;
}

/* Ends the editing (the runner went back): what is waiting is saved, a new routine left
 * untouched dropped. */
void
stride_routine_editor_finish (StrideRoutineEditor *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_EDITOR (self));

  finish_editing (self);
}

/* A routine just made: the runner names it first, typing over the suggested name. */
void
stride_routine_editor_focus_name (StrideRoutineEditor *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_EDITOR (self));

  if (gtk_widget_grab_focus (GTK_WIDGET (self->name_row)))
    gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

/* An existing routine opened to edit: the focus on its first exercise, as GNOME's editors
 * open on the content; the name is not selected, so a key typed first does not replace
 * it. With no exercise yet, the name with the caret at its end. */
void
stride_routine_editor_focus_items (StrideRoutineEditor *self)
{
  g_return_if_fail (STRIDE_IS_ROUTINE_EDITOR (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0)
    focus_row (self, 0);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  /* Passing through, the focus selected the whole name: the caret at its end instead */
  gtk_editable_set_position (GTK_EDITABLE (self->name_row), -1);
}
