/* stride-self-test-page.c — the guided self-test: tests, results per side, summary
 *
 * Three views in a stack: the intro ("start": what you need, safety, about you, which
 * tests), the step ("test": one test, how to do it and the results for each side) and
 * the results ("summary": findings per side, cautions, the personal routine). The page
 * keeps the sequence and the record of results, switches between the views and runs
 * the "self-test.*" actions their buttons activate. The results entered are kept as
 * the `--assess` input document, so the page scores them exactly as the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-self-test-guide.h"
#include "stride-self-test-intro.h"
#include "stride-self-test-page.h"
#include "stride-self-test-record.h"
#include "stride-self-test-results.h"
#include "stride-self-test-step.h"

struct _StrideSelfTestPage
{
  StridePage             parent_instance;

  /* Template widgets */
  GtkStack              *stack;
  StrideSelfTestIntro   *intro;
  StrideSelfTestStep    *step;
  StrideSelfTestResults *results;

  /* Owned references */
  StrideContent         *content;
  StrideSelfTestRecord  *record;      /* the results entered so far */
  GPtrArray             *sequence;    /* StrideSelfTest, borrowed from content */
  StrideAssessment      *assessment;
  StrideHistory         *history;
  StrideHistoryEntry    *previous;    /* the last self-test before this one */
  char                  *saved_id;    /* this self-test's history entry */

  guint                  index;       /* in sequence, while the step shows */
};

G_DEFINE_FINAL_TYPE (StrideSelfTestPage, stride_self_test_page, STRIDE_TYPE_PAGE)

static StrideHistory *
get_history (StrideSelfTestPage *self)
{
  if (self->history == NULL)
    self->history = g_object_ref (stride_context_get_history (stride_page_get_context (STRIDE_PAGE (self))));

  return self->history;
}

static gboolean
showing (StrideSelfTestPage *self,
         const char         *view)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), view) == 0;
}

/* The record with who the runner is, as the intro says. */
static StrideSelfTestRecord *
current_record (StrideSelfTestPage *self)
{
  stride_self_test_record_set_person (self->record, stride_self_test_intro_get_sex (self->intro),
                                      stride_self_test_intro_get_age (self->intro));
  return self->record;
}

/* When the runner last tested, so that a re-test feels like one. */
static void
show_last_test (StrideSelfTestPage *self)
{
  stride_self_test_intro_show_last (self->intro,
                                    stride_history_get_latest (get_history (self), STRIDE_HISTORY_SELF_TEST));
}

static void
show_view (StrideSelfTestPage *self,
           const char         *view,
           const char         *subtitle)
{
  gtk_stack_set_visible_child_name (self->stack, view);
  stride_page_set_subtitle (STRIDE_PAGE (self), subtitle);
  stride_page_set_can_go_back (STRIDE_PAGE (self), subtitle != NULL);
}

static void
show_start (StrideSelfTestPage *self)
{
  stride_self_test_step_stop_video (self->step);
  /* The history is read when the page is first shown, not while the window opens. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_last_test (self);
  show_view (self, "start", NULL);
}

static void
show_test (StrideSelfTestPage *self,
           guint               index)
{
  const StrideSelfTest *test;

  g_assert (index < self->sequence->len);

  self->index = index;
  test = g_ptr_array_index (self->sequence, index);
  stride_self_test_step_show (self->step, self->content, self->record, test, index, self->sequence->len);
  show_view (self, "test", test->name);
}

/* Saves this self-test once; coming back to the summary updates the same entry. */
static void
save_results (StrideSelfTestPage *self)
{
  g_autoptr(StrideSelfTestRecord) scored = stride_self_test_record_new_scored (self->record, self->content,
                                                                              self->assessment);
  g_autoptr(GError) error = NULL;
  StrideHistoryEntry *entry;

  /* Every test skipped: an empty entry would only clutter the history, and the next
   * self-test would be compared with it as if nothing had changed. */
  if (self->saved_id == NULL && !stride_self_test_record_has_results (self->record, self->content))
    {
      stride_self_test_results_show_nothing_saved (self->results);
      return;
    }

  if (self->saved_id != NULL)
    entry = stride_history_update_self_test (get_history (self), self->saved_id, scored, &error);
  else
    entry = stride_history_append_self_test (get_history (self), scored, NULL, &error);

  stride_self_test_results_show_saved (self->results, entry == NULL ? error->message : NULL);
  if (entry == NULL)
    return;

  g_free (self->saved_id);
  self->saved_id = g_strdup (stride_history_entry_get_id (entry));
}

static void
show_summary (StrideSelfTestPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->assessment, stride_assessment_free);
  self->assessment = stride_self_test_record_assess (current_record (self), self->content, &error);
  if (self->assessment == NULL)
    {
      /* The page only enters values the content allows; say so if it ever happens. */
      g_warning ("Self-test results do not score: %s", error->message);
      return;
    }

  stride_self_test_results_show (self->results, self->content, self->assessment, self->record, self->previous);
  save_results (self);
  stride_self_test_step_stop_video (self->step);
  show_view (self, "summary", _("Results"));
}

/* ---------------------------------------------------------------------------------- */
/* Public API                                                                         */
/* ---------------------------------------------------------------------------------- */

StrideSelfTestRecord *
stride_self_test_page_dup_record (StrideSelfTestPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_PAGE (self), NULL);

  return stride_self_test_record_ref (current_record (self));
}

StrideAssessment *
stride_self_test_page_get_assessment (StrideSelfTestPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_PAGE (self), NULL);

  return self->assessment;
}

void
stride_self_test_page_set_history (StrideSelfTestPage *self,
                                   StrideHistory      *history)
{
  g_return_if_fail (STRIDE_IS_SELF_TEST_PAGE (self));
  g_return_if_fail (history == NULL || STRIDE_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  if (showing (self, "start") && gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_last_test (self);
}

const char *
stride_self_test_page_get_saved_id (StrideSelfTestPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_PAGE (self), NULL);

  return self->saved_id;
}

const char *
stride_self_test_page_get_current_test (StrideSelfTestPage *self)
{
  g_return_val_if_fail (STRIDE_IS_SELF_TEST_PAGE (self), NULL);

  if (!showing (self, "test") || self->index >= self->sequence->len)
    return NULL;

  return ((const StrideSelfTest *) g_ptr_array_index (self->sequence, self->index))->id;
}

/* ---------------------------------------------------------------------------------- */
/* Actions                                                                            */
/* ---------------------------------------------------------------------------------- */

/* The newest self-test in the history with at least one result (a reference), or NULL:
 * what this one is compared with. */
static StrideHistoryEntry *
latest_test_with_results (StrideSelfTestPage *self)
{
  g_autoptr(GPtrArray) tests = stride_history_list (get_history (self), STRIDE_HISTORY_SELF_TEST, NULL, NULL);

  for (guint i = tests->len; i > 0; i--)
    {
      StrideHistoryEntry *entry = g_ptr_array_index (tests, i - 1);
      g_autoptr(StrideSelfTestRecord) record = stride_self_test_record_new_from_entry (entry);

      if (record != NULL && stride_self_test_record_has_results (record, self->content))
        return stride_history_entry_ref (entry);
    }
  return NULL;
}

static void
start_sequence (StrideSelfTestPage *self)
{
  if (self->sequence->len == 0)
    return;

  g_clear_pointer (&self->assessment, stride_assessment_free);
  g_clear_pointer (&self->saved_id, g_free);
  g_clear_pointer (&self->previous, stride_history_entry_unref);
  self->previous = latest_test_with_results (self);
  show_test (self, 0);
}

static void
start_full_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);

  g_clear_pointer (&self->sequence, g_ptr_array_unref);
  self->sequence = stride_self_test_guide_full_sequence (self->content);
  start_sequence (self);
}

static gboolean
start_single (StrideSelfTestPage *self,
              const char         *id)
{
  const StrideSelfTest *test = self->content != NULL ? stride_content_find_test (self->content, id) : NULL;

  if (test == NULL)
    return FALSE;

  g_ptr_array_set_size (self->sequence, 0);
  g_ptr_array_add (self->sequence, (gpointer) test);
  start_sequence (self);
  return TRUE;
}

static void
start_test_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  start_single (STRIDE_SELF_TEST_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);
  guint next = self->index + 1;

  /* A test the answers so far rule out: a single-leg test when standing already hurts. */
  while (next < self->sequence->len &&
         stride_self_test_guide_ruled_out (current_record (self), self->content,
                                           g_ptr_array_index (self->sequence, next)))
    next++;

  if (next < self->sequence->len)
    show_test (self, next);
  else
    show_summary (self);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);
  const StrideSelfTest *test = g_ptr_array_index (self->sequence, self->index);

  /* A skipped test counts for nothing, even if something was entered. */
  stride_self_test_record_clear_test (self->record, test->id);

  gtk_widget_activate_action (widget, "self-test.next", NULL);
}

static void
stride_self_test_page_go_back (StridePage *page)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (page);

  if (showing (self, "summary") && self->sequence->len > 0)
    show_test (self, self->sequence->len - 1);
  else if (showing (self, "test") && self->index > 0)
    show_test (self, self->index - 1);
  else
    show_start (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  stride_self_test_page_go_back (STRIDE_PAGE (widget));
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);

  stride_self_test_record_clear_results (self->record);
  g_clear_pointer (&self->assessment, stride_assessment_free);
  show_start (self);
}

static void
start_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  /* Its page first, with the doses and sides it will use: the user starts it from there */
  gtk_widget_activate_action (widget, "app.launch", "(ss)", "routine-page", "personal");
}

static gboolean
stride_self_test_page_open (StridePage *page,
                            const char *kind,
                            const char *id)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (page);

  /* ("sequence", "full"): the whole guided self-test, as Start does. */
  if (g_str_equal (kind, "sequence") && g_str_equal (id, "full"))
    return gtk_widget_activate_action (GTK_WIDGET (self), "self-test.start-full", NULL);

  if (g_strcmp0 (kind, "test") != 0)
    return FALSE;

  return start_single (self, id);
}

/* ---------------------------------------------------------------------------------- */
/* GObject                                                                            */
/* ---------------------------------------------------------------------------------- */

/* A video keeps playing only while the page is on screen. */
static void
stride_self_test_page_map (GtkWidget *widget)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (widget);

  GTK_WIDGET_CLASS (stride_self_test_page_parent_class)->map (widget);
  stride_self_test_step_set_playing (self->step, TRUE);
  if (showing (self, "start"))
    show_last_test (self);
}

static void
stride_self_test_page_unmap (GtkWidget *widget)
{
  stride_self_test_step_set_playing (STRIDE_SELF_TEST_PAGE (widget)->step, FALSE);
  GTK_WIDGET_CLASS (stride_self_test_page_parent_class)->unmap (widget);
}

static void
stride_self_test_page_finalize (GObject *object)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (object);

  g_clear_pointer (&self->assessment, stride_assessment_free);
  g_clear_pointer (&self->sequence, g_ptr_array_unref);
  g_clear_pointer (&self->record, stride_self_test_record_unref);
  g_clear_pointer (&self->content, stride_content_unref);
  g_clear_pointer (&self->previous, stride_history_entry_unref);
  g_clear_pointer (&self->saved_id, g_free);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (stride_self_test_page_parent_class)->finalize (object);
}

/* The tests come from the context, a construct-only property: there once construction
 * is over. */
static void
stride_self_test_page_constructed (GObject *object)
{
  StrideSelfTestPage *self = STRIDE_SELF_TEST_PAGE (object);
  g_autoptr(GPtrArray) all = NULL;

  G_OBJECT_CLASS (stride_self_test_page_parent_class)->constructed (object);

  self->content = stride_content_ref (stride_context_get_content (stride_page_get_context (STRIDE_PAGE (self))));
  all = stride_self_test_guide_full_sequence (self->content);
  stride_self_test_intro_set_tests (self->intro, all);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "self-test.start-full", all->len > 0);
  show_start (self);
}

static void
stride_self_test_page_class_init (StrideSelfTestPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StridePageClass *page_class = STRIDE_PAGE_CLASS (klass);

  object_class->finalize = stride_self_test_page_finalize;
  object_class->constructed = stride_self_test_page_constructed;
  widget_class->map = stride_self_test_page_map;
  widget_class->unmap = stride_self_test_page_unmap;
  page_class->go_back = stride_self_test_page_go_back;
  page_class->open = stride_self_test_page_open;

  g_type_ensure (STRIDE_TYPE_SELF_TEST_INTRO);
  g_type_ensure (STRIDE_TYPE_SELF_TEST_STEP);
  g_type_ensure (STRIDE_TYPE_SELF_TEST_RESULTS);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-self-test-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, intro);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, step);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestPage, results);

  gtk_widget_class_install_action (widget_class, "self-test.start-full", NULL, start_full_action);
  gtk_widget_class_install_action (widget_class, "self-test.start-test", "s", start_test_action);
  gtk_widget_class_install_action (widget_class, "self-test.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "self-test.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "self-test.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "self-test.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "self-test.start-routine", NULL, start_routine_action);
}

static void
stride_self_test_page_init (StrideSelfTestPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  stride_page_set_title (STRIDE_PAGE (self), _("Self-Test"));
  self->record = stride_self_test_record_new ();
  self->sequence = g_ptr_array_new ();
}

GtkWidget *
stride_self_test_page_new (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return g_object_new (STRIDE_TYPE_SELF_TEST_PAGE, "context", context, NULL);
}
