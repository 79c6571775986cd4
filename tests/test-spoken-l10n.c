/* test-spoken-l10n.c — what the coach says in German or Spanish, and in what order
 *
 * Runs once per translation (tests/meson.build), with LANGUAGE=de or es, the locale made
 * in the build dir and the catalogue compiled from po/LANG.po, like test-l10n. What goes
 * to the voice is captured from the sound cues' "said" signal: the walk-run plan's run
 * and walk intervals on a fake clock (text and second), and the self-test's "read the
 * steps aloud" for every test. The voice itself (the speech helper) speaks each
 * sentence through a fakesink: no voice may go missing on the way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "stride-application.h"
#include "stride-clock.h"
#include "stride-page.h"
#include "stride-program-view.h"
#include "stride-routines-page.h"
#include "stride-self-test-page.h"
#include "stride-sound-cues.h"
#include "stride-window.h"
#include "stride-test-ui.h"
#include "stride-test-utils.h"

#define SEC G_USEC_PER_SEC

static StrideApplication *shared_app;

/* The application's sound cues, which its pages speak through */
static StrideSoundCues *
cues (void)
{
  return stride_sound_cues_from_context (stride_test_app_context ());
}

typedef struct
{
  StrideClock *clock;     /* NULL: no times in the script */
  gint64       started;
  GString     *script;    /* "0 !Als Nächstes: … | 2 3 | …": "!" cuts what is said */
  guint        n_missing; /* "voice-missing" signals */
} Capture;

static void
said_cb (StrideSoundCues *cues,
         const char      *text,
         gboolean         interrupt,
         Capture         *capture)
{
  if (capture->script->len > 0)
    g_string_append (capture->script, " | ");
  if (capture->clock != NULL)
    g_string_append_printf (capture->script, "%" G_GINT64_FORMAT " ",
                            (stride_clock_get_now (capture->clock) - capture->started) / SEC);
  g_string_append_printf (capture->script, "%s%s", interrupt ? "!" : "", text);
}

static void
voice_missing_cb (StrideSoundCues *cues,
                  const char      *message,
                  Capture         *capture)
{
  g_test_message ("voice missing: %s", message);
  capture->n_missing++;
}

static void
capture_start (Capture     *capture,
               StrideClock *clock)
{
  capture->clock = clock;
  capture->started = clock != NULL ? stride_clock_get_now (clock) : 0;
  capture->script = g_string_new (NULL);
  g_signal_connect (cues (), "said", G_CALLBACK (said_cb), capture);
  g_signal_connect (cues (), "voice-missing", G_CALLBACK (voice_missing_cb), capture);
}

/* Lets the helper speak what it was given (a missing voice is told asynchronously). */
static void
capture_finish (Capture *capture)
{
  gint64 until = g_get_monotonic_time () + 2 * SEC;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);
  stride_sound_cues_hush (cues ());
  g_signal_handlers_disconnect_by_data (cues (), capture);
  g_assert_cmpuint (capture->n_missing, ==, 0);
  g_string_free (capture->script, TRUE);
}

static const char *
test_language (void)
{
  return g_getenv ("LANGUAGE");
}

static StrideWindow *
open_window (void)
{
  StrideWindow *window = stride_window_new (shared_app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  return window;
}

static void
close_window (StrideWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}


/* The return-to-running program's first session: get ready, then ten runs of a minute
 * with a walk of a minute between them, each announced as it starts. */

/* Return to running asks before it starts (walking pain-free, a clinician's clearance):
 * the runner says yes. */
static void
answer_start_question (void)
{
  adw_message_dialog_response (stride_test_wait_for_start_question (), "start");
  stride_test_drain_events ();
}

static void
test_walk_run (void)
{
  gboolean german = g_str_equal (test_language (), "de");
  StrideWindow *window = open_window ();
  StrideRoutinesPage *page = STRIDE_ROUTINES_PAGE (stride_window_get_page (window, "routines"));
  StrideRoutinePlayer *player = stride_routines_page_get_player (page);
  g_autoptr(StrideClock) clock = stride_clock_new_fake ();
  GtkWidget *view;
  Capture capture = { 0 };
  const char *expected;

  stride_routine_player_set_clock (player, clock);
  stride_window_show_page (window, "routines");
  g_assert_true (stride_page_open (STRIDE_PAGE (page), "program", "return_to_run_program"));
  stride_test_drain_events ();
  view = stride_test_find_first (GTK_WIDGET (page), STRIDE_TEST_FIND_MAPPED, stride_test_is_of_type,
                                 GSIZE_TO_POINTER (STRIDE_TYPE_PROGRAM_VIEW));
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_activate_action (view, "program.start", NULL));
  answer_start_question ();

  capture_start (&capture, clock);
  g_assert_true (gtk_widget_activate_action (view, "program.play", NULL));
  for (guint i = 0; i < 200; i++)
    stride_clock_advance (clock, SEC);
  g_test_message ("%s", capture.script->str);

  /* "eine Minute", "un minuto": espeak-ng reads "1 Minute" as "eins Minute" */
  expected = german
    ? "0 !Als Nächstes: Lauf-Geh-Intervalle. Mach dich bereit. | 2 3 | 3 2 | 4 1 | "
      "5 !Lauf eine Minute. | 35 Halbzeit. | 62 3 | 63 2 | 64 1 | "
      "65 !Geh eine Minute. | 122 3 | 123 2 | 124 1 | "
      "125 !Lauf eine Minute. | 155 Halbzeit. | 182 3 | 183 2 | 184 1 | "
      "185 !Geh eine Minute."
    : "0 !A continuación: Intervalos de correr y caminar. Prepárate. | 2 3 | 3 2 | 4 1 | "
      "5 !Corre un minuto. | 35 Mitad. | 62 3 | 63 2 | 64 1 | "
      "65 !Camina un minuto. | 122 3 | 123 2 | 124 1 | "
      "125 !Corre un minuto. | 155 Mitad. | 182 3 | 183 2 | 184 1 | "
      "185 !Camina un minuto.";
  g_assert_cmpstr (capture.script->str, ==, expected);

  stride_routine_runner_end (stride_routine_player_get_runner (player));
  capture_finish (&capture);
  close_window (window);
}

static gboolean
is_read_aloud_button (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), _("Read the Steps Aloud")) == 0;
}

/* "1. First step. 2. Second step.": the test's steps as the content pack has them in the
 * language, numbered. */
static char *
numbered_steps (const StrideSelfTest *test)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; test->steps[i] != NULL; i++)
    {
      g_autofree char *step = g_strdup_printf (_("%u. %s"), i + 1, test->steps[i]);

      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", step);
    }
  return g_string_free (text, FALSE);
}

/* The full self-test, test by test: the button reads that test's steps, translated and
 * numbered, in the order the page shows them. */
static void
test_self_test_steps (void)
{
  gboolean german = g_str_equal (test_language (), "de");
  StrideWindow *window = open_window ();
  GtkWidget *page;
  StrideContent *content = stride_context_get_content (stride_test_app_context ());
  g_autoptr(GString) expected = g_string_new (NULL);
  Capture capture = { 0 };
  const char *id;
  guint n = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "self-test"));
  page = stride_window_get_page (window, "self-test");
  stride_test_wait_until (stride_test_widget_is_mapped, page);
  g_assert_true (gtk_widget_activate_action (page, "self-test.start-full", NULL));
  stride_test_drain_events ();

  capture_start (&capture, NULL);
  while ((id = stride_self_test_page_get_current_test (STRIDE_SELF_TEST_PAGE (page))) != NULL)
    {
      GtkWidget *button = stride_test_find_first (page, STRIDE_TEST_FIND_MAPPED, is_read_aloud_button, NULL);
      g_autofree char *steps = numbered_steps (stride_content_find_test (content, id));

      g_assert_nonnull (button);
      g_signal_emit_by_name (button, "clicked");
      g_string_append_printf (expected, "%s!%s", expected->len > 0 ? " | " : "", steps);
      g_assert_true (gtk_widget_activate_action (page, "self-test.skip", NULL));
      stride_test_drain_events ();
      g_assert_cmpuint (++n, <, 30);
    }
  g_test_message ("%s", capture.script->str);
  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpstr (capture.script->str, ==, expected->str);
  /* In the language, from the first test on */
  g_assert_true (g_str_has_prefix (capture.script->str,
                                   german ? "!1. Lieg auf einer Matte auf dem Rücken" : "!1. Túmbate boca arriba en una esterilla"));
  capture_finish (&capture);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *walk_run_path = NULL;
  g_autofree char *self_test_path = NULL;
  g_autofree char *data_dir = NULL;
  int status;

  /* Starting a program is saved: in a folder of this run's own, before GLib reads it */
  data_dir = stride_test_use_private_data_dir ();
  /* As main.c does, with the catalogue compiled in the build dir */
  g_assert_nonnull (g_getenv ("STRIDE_LOCALE_DIR"));
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STRIDE_LOCALE_DIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() sets a fixed locale for reproducible tests: this test is about the user's */
  setlocale (LC_ALL, "");
  adw_init ();
  shared_app = stride_test_register_app ();

  g_assert_true (g_strcmp0 (test_language (), "de") == 0 || g_strcmp0 (test_language (), "es") == 0);
  walk_run_path = g_strdup_printf ("/stride/spoken/%s/walk-run", test_language ());
  self_test_path = g_strdup_printf ("/stride/spoken/%s/self-test-steps", test_language ());
  g_test_add_func (walk_run_path, test_walk_run);
  g_test_add_func (self_test_path, test_self_test_steps);

  status = g_test_run ();
  g_clear_object (&shared_app);
  stride_test_remove_tree (data_dir);
  return status;
}
