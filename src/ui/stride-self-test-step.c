/* stride-self-test-step.c — one test of the self-test: how to do it, and the results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-chapter-role.h"
#include "stride-page.h"
#include "stride-self-test-guide.h"
#include "stride-self-test-inputs.h"
#include "stride-self-test-step.h"
#include "stride-sound-cues.h"
#include "stride-video-view.h"
#include "stride-widget-util.h"

struct _StrideSelfTestStep
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkScrolledWindow *test_scroller;
  GtkLabel          *test_progress;
  GtkLabel          *test_title;
  GtkLabel          *test_summary;
  GtkBox            *video_slot;
  GtkBox            *video_holder;
  GtkLabel          *video_caption;
  GtkLabel          *test_needs;
  GtkBox            *steps_box;
  GtkWidget         *read_aloud_button;
  GtkLabel          *test_look_for;
  GtkLabel          *test_safety;
  GtkLabel          *test_helper;
  GtkBox            *inputs_box;
  GtkButton         *next_button;
  GtkButton         *back_button;
  GtkButton         *skip_button;

  /* Owned references */
  StrideSelfTestRecord *record;     /* the inputs shown write into it */
  char              *spoken_steps;  /* the steps as read aloud */

  /* Borrowed references */
  const StrideVideo *video;         /* the test's video, from the content the page keeps */
};

G_DEFINE_FINAL_TYPE (StrideSelfTestStep, stride_self_test_step, ADW_TYPE_BIN)

static StrideSoundCues *
sound_cues (StrideSelfTestStep *self)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), STRIDE_TYPE_PAGE);

  return page != NULL ? stride_sound_cues_from_context (stride_page_get_context (STRIDE_PAGE (page))) : NULL;
}

/* Lets a button's label wrap onto two lines rather than push the bar past a narrow
 * window's edge (long translations, large text); with room to spare it stays on one.
 * gtk_button_set_label() makes a new label, so call this again after it. */
static void
wrap_button_label (GtkButton *button)
{
  GtkWidget *label = gtk_button_get_child (button);

  if (!GTK_IS_LABEL (label))
    return;
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
}

static GtkWidget *
step_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Ask for one line; wrap only when the width cannot give it. */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static void
read_steps_cb (StrideSelfTestStep *self)
{
  StrideSoundCues *cues = sound_cues (self);

  if (cues == NULL || self->spoken_steps == NULL || !stride_sound_cues_read_aloud (cues, self->spoken_steps))
    gtk_widget_set_tooltip_text (self->read_aloud_button, _("No voice can read aloud now: sound is off in Preferences, or no voice is installed for your language"));
}

static void
show_steps (StrideSelfTestStep   *self,
            const StrideSelfTest *test)
{
  g_autoptr(GString) spoken = g_string_new (NULL);

  if (sound_cues (self) != NULL)
    stride_sound_cues_hush (sound_cues (self));
  gtk_widget_set_tooltip_text (self->read_aloud_button, _("Read the Steps Aloud"));
  stride_clear_box (self->steps_box);
  for (guint i = 0; test->steps[i] != NULL; i++)
    {
      /* Translators: a numbered step, e.g. "1. Lie on your back." */
      g_autofree char *step = g_strdup_printf (_("%u. %s"), i + 1, test->steps[i]);
      gtk_box_append (self->steps_box, step_label (step));
      g_string_append_printf (spoken, "%s%s", spoken->len > 0 ? " " : "", step);
    }
  g_free (self->spoken_steps);
  self->spoken_steps = g_string_free (g_steal_pointer (&spoken), FALSE);
}

static void
show_inputs (StrideSelfTestStep   *self,
             const StrideSelfTest *test)
{
  stride_clear_box (self->inputs_box);
  if (test->per_side)
    {
      gtk_box_append (self->inputs_box, stride_self_test_inputs_new_group (self->record, test, STRIDE_SIDE_LEFT));
      gtk_box_append (self->inputs_box, stride_self_test_inputs_new_group (self->record, test, STRIDE_SIDE_RIGHT));
    }
  else
    {
      gtk_box_append (self->inputs_box, stride_self_test_inputs_new_group (self->record, test, STRIDE_SIDE_NONE));
    }
}

static const char *
chapter_caption (const StrideVideo *video,
                 const char        *chapter)
{
  for (guint i = 0; chapter != NULL && i < video->chapters->len; i++)
    {
      const StrideChapterCaption *caption = g_ptr_array_index (video->chapters, i);

      if (g_strcmp0 (caption->id, chapter) == 0)
        return caption->caption;
    }

  return NULL;
}

static void
chapter_changed_cb (StrideSelfTestStep *self,
                    const char         *chapter)
{
  const char *caption = self->video != NULL ? chapter_caption (self->video, chapter) : NULL;

  /* Keep the last caption while between chapters, so the text does not flicker. */
  if (caption != NULL)
    gtk_label_set_label (self->video_caption, caption);
}

static const char *
key_chapter (const StrideVideo *video)
{
  const char * const *key_chapters = stride_chapter_role_test_ids ();

  for (guint i = 0; key_chapters[i] != NULL; i++)
    if (chapter_caption (video, key_chapters[i]) != NULL)
      return key_chapters[i];

  return NULL;
}

/* The test's video, looping the moment that shows what to look for. */
static void
show_video (StrideSelfTestStep   *self,
            StrideContent        *content,
            const StrideSelfTest *test)
{
  const char *chapter;
  GtkWidget *view;

  stride_self_test_step_stop_video (self);
  self->video = test->video != NULL ? stride_content_find_video (content, test->video) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->video_slot), self->video != NULL);
  if (self->video == NULL)
    return;

  view = stride_video_view_new ();
  gtk_widget_set_size_request (view, -1, 240);
  gtk_widget_set_hexpand (view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, test->name, -1);
  stride_video_view_set_pack_video (STRIDE_VIDEO_VIEW (view), self->video, content);
  stride_video_view_set_loop (STRIDE_VIDEO_VIEW (view), TRUE);
  chapter = key_chapter (self->video);
  if (chapter != NULL)
    stride_video_view_loop_chapter (STRIDE_VIDEO_VIEW (view), chapter);
  gtk_label_set_label (self->video_caption, chapter != NULL ? chapter_caption (self->video, chapter) : "");
  g_signal_connect_object (view, "chapter-changed", G_CALLBACK (chapter_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->video_holder, view);
  stride_video_view_play (STRIDE_VIDEO_VIEW (view));
}

static void
set_label_or_hide (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), *text != '\0');
}

void
stride_self_test_step_show (StrideSelfTestStep   *self,
                            StrideContent        *content,
                            StrideSelfTestRecord *record,
                            const StrideSelfTest *test,
                            guint                 index,
                            guint                 n_tests)
{
  g_autofree char *progress = NULL;
  g_autofree char *needs = NULL;
  g_autofree char *helpers = NULL;

  g_return_if_fail (STRIDE_IS_SELF_TEST_STEP (self));
  g_return_if_fail (content != NULL && record != NULL && test != NULL && index < n_tests);

  if (self->record != record)
    {
      g_clear_pointer (&self->record, stride_self_test_record_unref);
      self->record = stride_self_test_record_ref (record);
    }
  progress = n_tests > 1 ? g_strdup_printf (_("Test %u of %u"), index + 1, n_tests) : g_strdup (_("Single test"));
  gtk_label_set_label (self->test_progress, progress);
  gtk_label_set_label (self->test_title, test->name);
  gtk_label_set_label (self->test_summary, test->summary);
  show_video (self, content, test);
  needs = stride_self_test_guide_describe_needs (test);
  set_label_or_hide (self->test_needs, needs);
  show_steps (self, test);
  gtk_label_set_label (self->test_look_for, test->look_for);
  gtk_label_set_label (self->test_safety, test->safety);
  helpers = stride_self_test_guide_describe_helpers (test);
  set_label_or_hide (self->test_helper, helpers);
  show_inputs (self, test);

  gtk_button_set_label (self->next_button, index + 1 == n_tests ? _("See _Results") : _("_Next"));
  wrap_button_label (self->next_button);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->test_scroller), 0);
}

void
stride_self_test_step_stop_video (StrideSelfTestStep *self)
{
  g_return_if_fail (STRIDE_IS_SELF_TEST_STEP (self));

  stride_clear_box (self->video_holder);
  gtk_widget_set_visible (GTK_WIDGET (self->video_slot), FALSE);
  self->video = NULL;
}

void
stride_self_test_step_set_playing (StrideSelfTestStep *self,
                                   gboolean            playing)
{
  GtkWidget *view;

  g_return_if_fail (STRIDE_IS_SELF_TEST_STEP (self));

  view = gtk_widget_get_first_child (GTK_WIDGET (self->video_holder));
  if (view != NULL && STRIDE_IS_VIDEO_VIEW (view))
    stride_video_view_set_playing (STRIDE_VIDEO_VIEW (view), playing);
}

static void
stride_self_test_step_finalize (GObject *object)
{
  StrideSelfTestStep *self = STRIDE_SELF_TEST_STEP (object);

  g_clear_pointer (&self->record, stride_self_test_record_unref);
  g_clear_pointer (&self->spoken_steps, g_free);

  G_OBJECT_CLASS (stride_self_test_step_parent_class)->finalize (object);
}

static void
stride_self_test_step_class_init (StrideSelfTestStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = stride_self_test_step_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-self-test-step.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, test_scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, test_progress);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, test_title);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, test_summary);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, video_slot);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, video_holder);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, video_caption);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, test_needs);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, steps_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, read_aloud_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, test_look_for);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, test_safety);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, test_helper);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, inputs_box);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, next_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSelfTestStep, skip_button);
  gtk_widget_class_bind_template_callback (widget_class, read_steps_cb);
}

static void
stride_self_test_step_init (StrideSelfTestStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wrap_button_label (self->back_button);
  wrap_button_label (self->skip_button);
}
