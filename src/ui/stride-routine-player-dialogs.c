/* stride-routine-player-dialogs.c — the player's two questions: ending a session early,
 * and leaving a rating that is not saved yet
 *
 * Each pauses nothing it does not resume, and Escape always keeps what the runner had.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-routine-player-private.h"

static void
end_response_cb (AdwMessageDialog    *dialog,
                 const char          *response,
                 StrideRoutinePlayer *self)
{
  self->end_dialog = NULL;
  if (g_strcmp0 (response, "end") == 0 && stride_routine_player_is_running (self))
    {
      stride_routine_runner_end (self->runner);
      return;
    }
  /* Kept going: it goes on where it was */
  if (stride_routine_player_is_running (self) && self->paused_for_dialog)
    stride_routine_runner_resume (self->runner);
  self->paused_for_dialog = FALSE;
}

void
stride_routine_player_request_end (StrideRoutinePlayer *self)
{
  GtkRoot *root;
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  g_return_if_fail (STRIDE_IS_ROUTINE_PLAYER (self));

  if (!stride_routine_player_is_running (self) || self->end_dialog != NULL)
    return;

  /* The routine waits while you decide */
  self->paused_for_dialog = !stride_routine_runner_get_paused (self->runner);
  stride_routine_runner_pause (self->runner);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  body = g_strdup_printf (_("You have done %u of %u sets. What you did is kept; a session under half done counts as ended early and does not change your doses or your streak."),
                          stride_routine_runner_get_sets_done_total (self->runner),
                          stride_routine_runner_get_sets_planned_total (self->runner));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("End This Session?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Going"), "end", _("_End Session"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "end", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (end_response_cb), self, 0);
  self->end_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
leave_response_cb (AdwMessageDialog    *dialog,
                   const char          *response,
                   StrideRoutinePlayer *self)
{
  self->leave_dialog = NULL;
  if (g_strcmp0 (response, "save") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "player.save", NULL);
      /* Not saved (the history refused it): the rating view says why, and stays */
      if (stride_session_rating_get_changed (self->rating))
        return;
    }
  else if (g_strcmp0 (response, "leave") == 0)
    self->left_unrated = TRUE;
  else
    return;
  stride_routine_player_emit_closed (self);
}

gboolean
stride_routine_player_ask_before_leaving (StrideRoutinePlayer *self)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (STRIDE_IS_ROUTINE_PLAYER (self), FALSE);

  if (self->leave_dialog != NULL)
    return TRUE;
  if (!self->finished || self->left_unrated || self->rating_item >= 0 ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "rate") != 0 ||
      !stride_session_rating_get_changed (self->rating))
    return FALSE;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Save Your Rating?"),
                                   _("The session is in your history, but the pain and effort you chose are not "
                                     "saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "leave", _("_Leave Unrated"),
                                    "save", _("_Save Rating"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  /* Escape stays on the rating */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "stay");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  self->leave_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

GtkWidget *
stride_routine_player_get_leave_dialog (StrideRoutinePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_PLAYER (self), NULL);

  return self->leave_dialog;
}

GtkWidget *
stride_routine_player_get_end_dialog (StrideRoutinePlayer *self)
{
  g_return_val_if_fail (STRIDE_IS_ROUTINE_PLAYER (self), NULL);

  return self->end_dialog;
}
