/* stride-program-view.c — a rehab program: where you are, today's session, the morning
 * after, and the decisions so far
 *
 * Everything shown is read from the content (the program) and the history (start,
 * sessions, check-ins, decisions) each time the view is filled; the decisions themselves
 * are made in core (stride-program-history.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-check-in.h"
#include "stride-program-decision-record.h"
#include "stride-program-history.h"
#include "stride-program-view.h"
#include "stride-reading.h"
#include "stride-routine-catalog.h"
#include "stride-session-plan.h"
#include "stride-widget-util.h"

struct _StrideProgramView
{
  AdwBin      parent_instance;

  GtkBox     *box;
  StrideContext *context;       /* the programs, and the history they are followed in */
  char       *program_id;
  char       *check_in_session;
  GtkWidget  *play_button;       /* today's session, to give it the focus */
};

G_DEFINE_FINAL_TYPE (StrideProgramView, stride_program_view, ADW_TYPE_BIN)

enum
{
  PLAY,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const StrideProgram *
current_program (StrideProgramView *self)
{
  StrideContent *content = stride_context_get_content (self->context);

  return content != NULL && self->program_id != NULL ? stride_content_find_program (content, self->program_id) : NULL;
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

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static char *
minutes_text (guint seconds)
{
  if (seconds % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", seconds / 60), seconds / 60);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", seconds), seconds);
}

/* "10 × run 1 minute, walk 1 minute" for walk-run intervals; the usual dose otherwise. */
static char *
item_dose_text (StrideProgramView *self,
                const StrideRoutineItem *item)
{
  const StrideExercise *exercise = stride_routine_catalog_find_exercise (self->context, item->exercise);
  g_autofree char *run = NULL;
  g_autofree char *walk = NULL;

  if (exercise == NULL || g_strcmp0 (exercise->kind, "run") != 0)
    return stride_dose_text (&item->dose);

  run = minutes_text (item->dose.hold_s);
  if (item->dose.sets == 1 || item->dose.rest_s == 0)
    /* Translators: %s is a time, e.g. "30 minutes" */
    return g_strdup_printf (_("Run %s without a break"), run);
  walk = minutes_text (item->dose.rest_s);
  /* Translators: "10 × run 1 minute, walk 1 minute" */
  return g_strdup_printf (_("%u × run %s, walk %s"), item->dose.sets, run, walk);
}

/* When the next session is due, in words: today, or after a day of rest. */
static char *
session_description (StrideProgramStatus *status)
{
  const char *safety = _("Stop any exercise that causes sharp pain or pain above 5 out of 10.");

  if (status->next_session_in == 0)
    return g_strdup (safety);
  if (status->next_session_in == 1)
    /* Translators: %s is "Stop any exercise that causes sharp pain …" */
    return g_strdup_printf (_("Due tomorrow: a day of rest between sessions gives your body time to adapt. %s"), safety);
  /* Translators: %s is "Stop any exercise that causes sharp pain …" */
  return g_strdup_printf (_("Today's session is done. The next one is due the day after tomorrow: a day of rest between sessions gives your body time to adapt. %s"),
                          safety);
}

static GtkWidget *
session_group (StrideProgramView   *self,
               StrideProgramStatus *status)
{
  gboolean due = status->next_session_in == 0;
  g_autofree char *description = session_description (status);
  GtkWidget *group = stride_preferences_group_new (due ? _("Today's Session") : _("Next Session"), description);
  /* A rest day still lets you train (the plan is yours), but does not invite it */
  GtkWidget *button = stride_pill_button (due ? _("_Start Today's Session") : _("_Start It Now"), "program.play",
                                          due ? "suggested-action" : NULL);

  /* Screen readers read a mnemonic label with its underscore: name the button plainly */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  due ? _("Start today's session") : _("Start the next session now"), -1);

  for (guint i = 0; i < status->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (status->items, i);
      g_autofree char *name = stride_routine_catalog_exercise_name (self->context, item->exercise);
      g_autofree char *dose = item_dose_text (self, item);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (name, dose));
    }
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
  self->play_button = button;
  return group;
}

static GtkWidget *
check_in_group (void)
{
  static const struct { const char *label; const char *name; const char *target; } answers[] = {
    { N_("_Better"), N_("Better than before"), "better" },
    { N_("The _Same"), N_("The same as before"), "same" },
    { N_("_Worse"), N_("Worse than before"), "worse" },
  };
  GtkWidget *group = stride_preferences_group_new (_("The Morning After"),
                                                   _("Compared with before your last session, how does it feel this morning? Your answer decides the next step."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_add_css_class (box, "linked");
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_(answers[i].label));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "program.check-in");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", answers[i].target);
      gtk_widget_set_name (button, answers[i].target);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _(answers[i].name), -1);
      gtk_box_append (GTK_BOX (box), button);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

static int
compare_entries_by_date (gconstpointer a,
                         gconstpointer b)
{
  StrideHistoryEntry *x = *(StrideHistoryEntry * const *) a;
  StrideHistoryEntry *y = *(StrideHistoryEntry * const *) b;

  return g_date_time_compare (stride_history_entry_get_date (x), stride_history_entry_get_date (y));
}

/* One line of the history of decisions: what was decided (or that a clinician has seen
 * you), and when. */
static GtkWidget *
decision_row (StrideHistoryEntry *entry)
{
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *subtitle = NULL;
  /* Translators: a date, see g_date_time_format(); e.g. "26 November 2026" */
  g_autofree char *date = g_date_time_format (stride_history_entry_get_date (entry), _("%-d %B %Y"));

  if (stride_history_entry_get_kind (entry) == STRIDE_HISTORY_PROGRAM_CLEARED)
    {
      title = stride_program_history_clearance_text (entry, &reason);
    }
  else
    {
      g_autoptr(StrideProgramDecisionRecord) decision = stride_program_decision_record_new_from_entry (entry);

      title = g_strdup (stride_program_decision_record_get_summary (decision));
    }
  if (title == NULL)
    return NULL;
  g_strstrip (date);
  /* Why the program had paused, under the date */
  subtitle = reason != NULL ? g_strdup_printf ("%s\n%s", date, reason) : g_strdup (date);
  return text_row (title, subtitle);
}

static GtkWidget *
decisions_group (StrideProgramView *self)
{
  StrideHistory *history = stride_context_get_history (self->context);
  g_autoptr(GPtrArray) entries = stride_program_history_decisions (history, self->program_id);
  g_autoptr(GPtrArray) clearances = stride_program_history_clearances (history, self->program_id);
  GtkWidget *group = stride_preferences_group_new (_("Decisions So Far"), NULL);

  g_ptr_array_extend_and_steal (entries, g_steal_pointer (&clearances));
  g_ptr_array_sort (entries, compare_entries_by_date);
  if (entries->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               text_row (_("No decisions yet"),
                                         _("After each session and each morning check-in, Stride decides whether you move on, stay or step back, and says why here.")));
  /* Newest first */
  for (guint i = entries->len; i > 0; i--)
    {
      GtkWidget *row = decision_row (g_ptr_array_index (entries, i - 1));

      if (row != NULL)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

/* Paused: the advice takes the place of today's session, with what to do meanwhile and
 * the way on once a clinician has seen you. */
static GtkWidget *
paused_group (StrideProgramStatus *status)
{
  static const char * const meanwhile[] = {
    N_("Keep to everyday activity that hurts no more than 3 out of 10. Walking, cycling or swimming are fine if they feel easy."),
    N_("Do not add load, new exercises or runs, and do not push through pain."),
    N_("Tell the clinician which stage you reached and how your pain has changed: the decisions below show both."),
    N_("Go sooner, or to urgent care, if pain wakes you at night, you cannot put weight on the leg, or you feel unwell or feverish."),
  };
  g_autofree char *since = NULL;
  g_autofree char *description = NULL;
  GtkWidget *group;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *button = stride_pill_button (_("A _Clinician Has Seen Me"), "program.clinician-seen", NULL);
  char date[64];

  /* Translators: a date, see g_date_strftime(); e.g. "26 November 2026" */
  g_date_strftime (date, sizeof date, _("%-d %B %Y"), &status->paused_since);
  since = g_strstrip (g_strdup (date));
  /* Translators: %s is a date, e.g. "26 November 2026" */
  description = g_strdup_printf (_("Paused since %s. Until a physiotherapist or doctor has seen you, there is no new session and no new stage. Meanwhile:"),
                                 since);
  group = stride_preferences_group_new (_("See a Clinician First"), description);
  for (guint i = 0; i < G_N_ELEMENTS (meanwhile); i++)
    gtk_box_append (GTK_BOX (box), stride_reading_create_list_item ("•", _(meanwhile[i])));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("A clinician has seen me"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Press once a clinician has seen you and said you can carry on: the program goes on from your stage."),
                                  -1);
  gtk_widget_set_tooltip_text (button, _("Press once a clinician has seen you and said you can carry on: the program goes on from your stage."));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
  return group;
}

static void
fill_not_started (StrideProgramView   *self,
                  const StrideProgram *program)
{
  GtkWidget *group = stride_preferences_group_new (_("Stages"), NULL);
  GtkWidget *button = stride_pill_button (_("_Start the Program"), "program.start", "suggested-action");
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stage, %u sessions a week",
                                                            "%u stages, %u sessions a week", program->stages->len),
                                               program->stages->len, program->sessions_per_week);

  gtk_box_append (self->box, stride_reading_create_heading (program->name, subtitle, program->summary));
  if (program->start_when != NULL)
    gtk_box_append (self->box, stride_reading_create_section (_("Before You Start"), program->start_when));

  for (guint i = 0; i < program->stages->len; i++)
    {
      const StrideProgramStage *stage = g_ptr_array_index (program->stages, i);
      g_autofree char *title = g_strdup_printf (_("Stage %u: %s"), i + 1, stage->name);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (title, stage->goal));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Start the program"), -1);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_box_append (self->box, button);
  gtk_box_append (self->box, group);
}

static void
fill_started (StrideProgramView   *self,
              const StrideProgram *program)
{
  StrideHistory *history = stride_context_get_history (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideProgramStatus) status = stride_program_history_update (history, stride_context_get_content (self->context),
                                                                          self->program_id, NULL, &error);
  StrideHistoryEntry *pending = stride_program_history_pending_check_in (history, self->program_id, NULL);
  const StrideProgramStage *stage;
  g_autofree char *subtitle = NULL;
  g_autofree char *stage_title = NULL;
  GtkWidget *group;

  if (status == NULL)
    {
      gtk_box_append (self->box, make_label (error != NULL ? error->message : _("This program could not be read from your history."), NULL));
      return;
    }
  stage = g_ptr_array_index (program->stages, status->stage - 1);
  if (status->paused)
    /* Translators: the heading's subtitle while a program waits for a clinician */
    subtitle = g_strdup_printf (_("Stage %u of %u · paused"), status->stage, status->n_stages);
  else
    subtitle = g_strdup_printf (_("Stage %u of %u · week %u"), status->stage, status->n_stages,
                                status->stage == status->stage_before ? status->week : 1);
  gtk_box_append (self->box, stride_reading_create_heading (program->name, subtitle, NULL));

  if (status->decision == STRIDE_PROGRAM_SEE_CLINICIAN)
    {
      GtkWidget *warning = make_label (g_ptr_array_index (status->reasons, 0), "heading");

      gtk_widget_add_css_class (warning, "warning");
      gtk_box_append (self->box, warning);
    }
  if (status->paused)
    gtk_box_append (self->box, paused_group (status));

  g_free (self->check_in_session);
  self->check_in_session = pending != NULL ? g_strdup (stride_history_entry_get_id (pending)) : NULL;
  if (pending != NULL)
    gtk_box_append (self->box, check_in_group ());

  group = stride_preferences_group_new (_("Where You Are"), NULL);
  stage_title = g_strdup_printf (_("Stage %u: %s"), status->stage, stage->name);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (stage_title, stage->goal));
  {
    g_autoptr(GString) now = g_string_new (NULL);
    g_autofree char *unlock = g_strjoinv ("\n", stage->progress_when);

    for (guint i = 0; i < status->reasons->len; i++)
      g_string_append_printf (now, "%s%s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (status->reasons, i));
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (_("What unlocks the next stage"), unlock));
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (_("Right now"), now->str));
  }
  gtk_box_append (self->box, group);

  /* While paused, the advice above takes the session's place */
  if (!status->paused)
    gtk_box_append (self->box, session_group (self, status));
  gtk_box_append (self->box, stride_reading_create_bullets (_("What to Know Now"), (const char * const *) stage->education));
  gtk_box_append (self->box, decisions_group (self));
}

static void
fill (StrideProgramView *self)
{
  const StrideProgram *program = current_program (self);
  GtkWidget *sources;

  stride_clear_box (self->box);
  self->play_button = NULL;
  if (program == NULL)
    return;

  if (stride_program_history_find_start (stride_context_get_history (self->context), program->id) == NULL)
    fill_not_started (self, program);
  else
    fill_started (self, program);

  sources = stride_reading_create_sources (program->sources);
  if (sources != NULL)
    gtk_box_append (self->box, sources);
}

static void
toast (StrideProgramView *self,
       const char        *text)
{
  g_signal_emit (self, signals[TOAST], 0, text);
}

static void
start_program (StrideProgramView *self)
{
  g_autoptr(GError) error = NULL;

  if (stride_program_history_start (stride_context_get_history (self->context), self->program_id, NULL, &error) == NULL)
    {
      toast (self, error->message);
      return;
    }
  fill (self);
  /* The Start button is gone: the focus goes where the next step is */
  if (self->play_button != NULL)
    gtk_widget_grab_focus (self->play_button);
  toast (self, _("Program started: today's session is ready."));
}

static void
start_condition_response_cb (AdwMessageDialog  *dialog,
                             const char        *response,
                             StrideProgramView *self)
{
  if (g_str_equal (response, "start"))
    start_program (self);
}

/* A program with a condition for starting (return to running: walking pain-free, and after
 * a bone stress injury a clinician's clearance) asks the runner to confirm it first: a
 * sentence on the page is easy to scroll past, and starting too early can break a bone
 * that is still healing. */
static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StrideProgramView *self = STRIDE_PROGRAM_VIEW (widget);
  const StrideProgram *program = current_program (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (program == NULL || program->start_when == NULL || !GTK_IS_WINDOW (root))
    {
      if (program != NULL)
        start_program (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Can You Start Now?"), program->start_when);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Not Yet"),
                                    "start", _("_Yes, Start"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "start", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_condition_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideProgramView *self = STRIDE_PROGRAM_VIEW (widget);
  const StrideProgram *program = current_program (self);
  g_autoptr(StrideProgramLog) log = NULL;
  g_autoptr(StrideProgramStatus) status = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  StrideRoutine routine = { 0 };
  GDate today;

  if (program == NULL)
    return;
  log = stride_program_history_build_log (stride_context_get_history (self->context), stride_context_get_content (self->context),
                                          program->id);
  if (log == NULL)
    return;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  if (g_date_compare (&today, stride_program_log_get_started (log)) < 0)
    today = *stride_program_log_get_started (log);
  status = stride_program_evaluate (log, &today);
  /* Paused for a clinician: no session until they have seen you */
  if (status->paused)
    return;

  /* Translators: a program's name and a stage number, the title of a session */
  name = g_strdup_printf (_("%s, stage %u"), program->name, status->stage);
  routine.id = program->id;
  routine.name = name;
  routine.kind = (char *) "mixed";
  routine.summary = ((StrideProgramStage *) g_ptr_array_index (program->stages, status->stage - 1))->goal;
  routine.items = status->items;
  g_signal_emit (self, signals[PLAY], 0, &routine, status->stage);
}

/* The toast after a decision: a few words that fit at 360 px; why, and what to do now,
 * are on the page it lands on ("Back to stage 1. Two mornings in a row…" was cut off). */
static char *
decision_headline (const StrideProgramStatus *status)
{
  switch (status->decision)
    {
    case STRIDE_PROGRAM_PROGRESS:
      /* Translators: a short notification; the reasons are on the page */
      return g_strdup_printf (_("Moved to stage %u"), status->stage);
    case STRIDE_PROGRAM_STEP_BACK:
      if (status->stage < status->stage_before)
        /* Translators: a short notification; the reasons are on the page */
        return g_strdup_printf (_("Back to stage %u"), status->stage);
      /* Translators: a short notification; the reasons are on the page */
      return g_strdup_printf (_("Stage %u, fewer sets"), status->stage);
    case STRIDE_PROGRAM_SEE_CLINICIAN:
      /* Translators: a short notification; the reasons are on the page */
      return g_strdup (_("Program paused"));
    case STRIDE_PROGRAM_STAY:
    default:
      /* Translators: a short notification; the reasons are on the page */
      return g_strdup_printf (_("Staying at stage %u"), status->stage);
    }
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StrideProgramView *self = STRIDE_PROGRAM_VIEW (widget);
  StrideHistory *history = stride_context_get_history (self->context);
  g_autoptr(StrideCheckIn) check_in = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideProgramStatus) status = NULL;
  g_autofree char *summary = NULL;

  if (self->check_in_session == NULL)
    return;

  check_in = stride_check_in_new (self->check_in_session, g_variant_get_string (parameter, NULL));
  if (stride_history_append_check_in (history, check_in, NULL, &error) == NULL)
    {
      toast (self, error->message);
      return;
    }

  status = stride_program_history_update (history, stride_context_get_content (self->context), self->program_id, NULL, NULL);
  if (status != NULL)
    {
      summary = decision_headline (status);
      toast (self, summary);
    }
  fill (self);
  if (self->play_button != NULL)
    gtk_widget_grab_focus (self->play_button);
}

/* The runner says a clinician has seen them: recorded, and the program goes on. */
static void
clinician_seen_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  StrideProgramView *self = STRIDE_PROGRAM_VIEW (widget);
  StrideHistory *history = stride_context_get_history (self->context);
  StrideContent *content = stride_context_get_content (self->context);
  g_autoptr(StrideProgramStatus) paused = NULL;
  g_autoptr(StrideProgramStatus) status = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  paused = stride_program_history_update (history, content, self->program_id, NULL, &error);
  if (paused == NULL || !paused->paused)
    {
      if (error != NULL)
        toast (self, error->message);
      return;
    }
  if (stride_program_history_clinician_seen (history, self->program_id, paused, NULL, &error) == NULL)
    {
      toast (self, error->message);
      return;
    }
  status = stride_program_history_update (history, content, self->program_id, NULL, NULL);
  if (status != NULL)
    {
      summary = decision_headline (status);
      toast (self, summary);
    }
  fill (self);
  if (self->play_button != NULL)
    gtk_widget_grab_focus (self->play_button);
}

static void
stride_program_view_finalize (GObject *object)
{
  StrideProgramView *self = STRIDE_PROGRAM_VIEW (object);

  g_free (self->program_id);
  g_free (self->check_in_session);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (stride_program_view_parent_class)->finalize (object);
}

static void
stride_program_view_class_init (StrideProgramViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = stride_program_view_finalize;

  signals[PLAY] = g_signal_new ("play", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_UINT);
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "program.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "program.play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "program.check-in", "s", check_in_action);
  gtk_widget_class_install_action (widget_class, "program.clinician-seen", NULL, clinician_seen_action);
}

static void
stride_program_view_init (StrideProgramView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_bin_set_child (ADW_BIN (self), scrolled);
  self->box = GTK_BOX (box);
}

GtkWidget *
stride_program_view_new (void)
{
  return g_object_new (STRIDE_TYPE_PROGRAM_VIEW, NULL);
}

/* Once, by the page that holds the view (a template child, so not at construction). */
void
stride_program_view_set_context (StrideProgramView *self,
                                 StrideContext     *context)
{
  g_return_if_fail (STRIDE_IS_PROGRAM_VIEW (self));
  g_return_if_fail (STRIDE_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
}

gboolean
stride_program_view_show (StrideProgramView *self,
                          const char        *program_id)
{
  StrideContent *content;

  g_return_val_if_fail (STRIDE_IS_PROGRAM_VIEW (self), FALSE);

  content = stride_context_get_content (self->context);
  if (program_id == NULL || stride_content_find_program (content, program_id) == NULL)
    return FALSE;

  g_free (self->program_id);
  self->program_id = g_strdup (program_id);
  fill (self);
  return TRUE;
}

void
stride_program_view_refresh (StrideProgramView *self)
{
  g_return_if_fail (STRIDE_IS_PROGRAM_VIEW (self));

  fill (self);
}

const char *
stride_program_view_get_program_id (StrideProgramView *self)
{
  g_return_val_if_fail (STRIDE_IS_PROGRAM_VIEW (self), NULL);

  return self->program_id;
}
