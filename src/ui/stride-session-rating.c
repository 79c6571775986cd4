/* stride-session-rating.c — the routine player's rating: how much it hurt, how it felt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-session-rating.h"

struct _StrideSessionRating
{
  AdwBin           parent_instance;

  /* Template widgets */
  GtkLabel        *done_title;
  GtkLabel        *done_summary;
  GtkScale        *pain_scale;
  GtkAdjustment   *pain_adjustment;
  GtkLabel        *not_rated_label;
  GtkToggleButton *easy_button;
  GtkToggleButton *right_button;
  GtkToggleButton *hard_button;
  GtkLabel        *save_error_label;
  GtkWidget       *save_button;
  GtkLabel        *next_dose_label;
  GtkWidget       *close_button;

  gboolean         changed;  /* since asked, not saved */
  gboolean         pain_chosen;  /* by the runner, since asked: else the pain is not rated */
  gboolean         asking;  /* the answer being reset, not chosen */
};

G_DEFINE_FINAL_TYPE (StrideSessionRating, stride_session_rating, ADW_TYPE_BIN)

/* The number over the slider; none before it is moved, the heading saying "Not rated"
 * instead (over the knob at 0 a longer text was cut at the window's edge on a phone). A
 * space keeps the height, so the slider does not jump when first touched. */
static char *
format_pain (GtkScale *scale,
             double    value,
             gpointer  data)
{
  StrideSessionRating *self = data;

  if (!self->pain_chosen)
    return g_strdup (" ");
  return g_strdup_printf ("%.0f", value);
}

/* The format function is asked again only when it is set (or the value changes) */
static void
refresh_pain_value (StrideSessionRating *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->not_rated_label), !self->pain_chosen);
  gtk_scale_set_format_value_func (self->pain_scale, format_pain, self, NULL);
  /* A screen reader would read the resting 0 as an answer */
  if (self->pain_chosen)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->pain_scale), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->pain_scale), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                    gtk_label_get_label (self->not_rated_label), -1);
}

void
stride_session_rating_ask (StrideSessionRating *self,
                           const char          *title,
                           const char          *summary,
                           const char          *button_label,
                           gboolean             fresh)
{
  g_return_if_fail (STRIDE_IS_SESSION_RATING (self));

  gtk_label_set_label (self->done_title, title);
  gtk_label_set_label (self->done_summary, summary);
  self->asking = TRUE;
  if (fresh)
    {
      gtk_adjustment_set_value (self->pain_adjustment, 0);
      gtk_toggle_button_set_active (self->right_button, TRUE);
      self->pain_chosen = FALSE;
      refresh_pain_value (self);
    }
  self->asking = FALSE;
  self->changed = FALSE;
  gtk_button_set_label (GTK_BUTTON (self->save_button), button_label);
  gtk_widget_set_visible (self->save_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->next_dose_label), FALSE);
  gtk_widget_set_visible (self->close_button, FALSE);
}

int
stride_session_rating_get_pain (StrideSessionRating *self)
{
  g_return_val_if_fail (STRIDE_IS_SESSION_RATING (self), STRIDE_PAIN_UNKNOWN);

  /* The slider's resting place is not an answer: pain drives the program's steps back */
  if (!self->pain_chosen)
    return STRIDE_PAIN_UNKNOWN;
  return (int) gtk_adjustment_get_value (self->pain_adjustment);
}

StrideEffort
stride_session_rating_get_effort (StrideSessionRating *self)
{
  g_return_val_if_fail (STRIDE_IS_SESSION_RATING (self), STRIDE_EFFORT_UNKNOWN);

  if (gtk_toggle_button_get_active (self->easy_button))
    return STRIDE_EFFORT_TOO_EASY;
  if (gtk_toggle_button_get_active (self->hard_button))
    return STRIDE_EFFORT_TOO_HARD;

  return STRIDE_EFFORT_ABOUT_RIGHT;
}

gboolean
stride_session_rating_get_changed (StrideSessionRating *self)
{
  g_return_val_if_fail (STRIDE_IS_SESSION_RATING (self), FALSE);

  return self->changed;
}

void
stride_session_rating_show_error (StrideSessionRating *self,
                                  const char          *message)
{
  g_return_if_fail (STRIDE_IS_SESSION_RATING (self));

  gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), message != NULL);
  if (message != NULL)
    gtk_label_set_label (self->save_error_label, message);
}

void
stride_session_rating_show_done (StrideSessionRating *self,
                                 const char          *text)
{
  g_return_if_fail (STRIDE_IS_SESSION_RATING (self));

  self->changed = FALSE;
  gtk_label_set_label (self->next_dose_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->next_dose_label), TRUE);
  gtk_widget_set_visible (self->save_button, FALSE);
  gtk_widget_set_visible (self->close_button, TRUE);
  gtk_widget_grab_focus (self->close_button);
}

void
stride_session_rating_focus (StrideSessionRating *self)
{
  g_return_if_fail (STRIDE_IS_SESSION_RATING (self));

  /* Not the slider: the arrows pressed to skip through the session would move it */
  gtk_widget_grab_focus (self->save_button);
}

static void
answer_changed_cb (StrideSessionRating *self)
{
  if (!self->asking)
    self->changed = TRUE;
}

/* Any move of the slider by the runner, even one that leaves it where it was (0 chosen
 * by pressing Left at 0), makes the pain an answer. */
static gboolean
pain_moved_cb (StrideSessionRating *self)
{
  if (!self->pain_chosen)
    {
      self->pain_chosen = TRUE;
      self->changed = TRUE;
      refresh_pain_value (self);
    }
  return FALSE;
}

static void
pain_value_changed_cb (StrideSessionRating *self)
{
  if (self->asking)
    return;
  if (!self->pain_chosen)
    {
      self->pain_chosen = TRUE;
      refresh_pain_value (self);
    }
  answer_changed_cb (self);
}

static void
stride_session_rating_class_init (StrideSessionRatingClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-session-rating.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, done_title);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, done_summary);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, pain_scale);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, pain_adjustment);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, not_rated_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, easy_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, right_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, hard_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, save_button);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, next_dose_label);
  gtk_widget_class_bind_template_child (widget_class, StrideSessionRating, close_button);
}

static void
stride_session_rating_init (StrideSessionRating *self)
{
  /* The scale's marks: the ends and the middle numbered, the others ticks. */
  static const char * const mark_labels[] = { "0", NULL, NULL, NULL, NULL, "5", NULL, NULL, NULL, NULL, "10" };

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (mark_labels); i++)
    gtk_scale_add_mark (self->pain_scale, i, GTK_POS_BOTTOM, mark_labels[i]);
  refresh_pain_value (self);
  g_signal_connect_swapped (self->pain_adjustment, "value-changed", G_CALLBACK (pain_value_changed_cb), self);
  g_signal_connect_swapped (self->pain_scale, "change-value", G_CALLBACK (pain_moved_cb), self);
  g_signal_connect_swapped (self->easy_button, "toggled", G_CALLBACK (answer_changed_cb), self);
  g_signal_connect_swapped (self->right_button, "toggled", G_CALLBACK (answer_changed_cb), self);
  g_signal_connect_swapped (self->hard_button, "toggled", G_CALLBACK (answer_changed_cb), self);
}
