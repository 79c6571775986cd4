/* test-l10n.c — Stride in German or Spanish on a (virtual) display: the catalogue and
 * the locale are used, and every page still fits a 360 px window with the longer words
 *
 * Runs once per translation that exists (tests/meson.build), with LANGUAGE=de or es, a
 * matching locale made in the build dir (LOCPATH) and the catalogue compiled from
 * po/LANG.po (STRIDE_LOCALE_DIR), whether or not po/LINGUAS lists the language yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "stride-application.h"
#include "stride-launch.h"
#include "stride-history.h"
#include "stride-page.h"
#include "stride-report.h"
#include "stride-routine-catalog.h"
#include "stride-self-test-page.h"
#include "stride-symptoms-page.h"
#include "stride-window.h"
#include "stride-test-ui.h"

static StrideApplication *shared_app;

static StrideWindow *
open_window (int width,
             int height)
{
  StrideWindow *window = stride_window_new (shared_app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);
  return window;
}

static void
show_page (StrideWindow *window,
           const char   *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  stride_test_wait_until (stride_test_widget_is_mapped, stride_window_get_page (window, name));
  stride_test_drain_events ();
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* The language under test: LANGUAGE (de or es) */
static const char *
test_language (void)
{
  return g_getenv ("LANGUAGE");
}

/* The language's locale is in force: without it the rest would prove nothing. */
static void
test_locale (void)
{
  gboolean german = g_str_equal (test_language (), "de");
  g_autofree char *number = g_strdup_printf ("%.1f", 2.5);
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 12, 2, 10, 0, 0);
  /* The report's and the self-test's date format, translated */
  g_autofree char *formatted = g_date_time_format (date, _("%-d %B %Y"));

  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, german ? "de_DE.UTF-8" : "es_ES.UTF-8");
  g_assert_cmpstr (number, ==, "2,5");
  g_assert_cmpstr (formatted, ==, german ? "2. Dezember 2026" : "2 de diciembre de 2026");
}

/* Interface and content strings on screen come from the catalogue. */
static void
test_visible_strings (void)
{
  StrideWindow *window = open_window (1280, 800);
  const char *anatomy = _("Anatomy");
  const char *hip_joint = g_dgettext (GETTEXT_PACKAGE, "Hip joint");

  g_assert_cmpstr (anatomy, !=, "Anatomy");
  g_assert_cmpstr (hip_joint, !=, "Hip joint");

  show_page (window, "anatomy");
  g_assert_cmpstr (stride_page_get_title (STRIDE_PAGE (stride_window_get_page (window, "anatomy"))), ==, anatomy);
  /* A content pack text, translated by the loader */
  g_assert_true (shows_text (GTK_WIDGET (window), hip_joint));
  g_assert_false (shows_text (GTK_WIDGET (window), "Hip joint"));

  show_page (window, "routines");
  g_assert_true (shows_text (GTK_WIDGET (window), _("Routines")));
  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

/* Names the labels that make a page too wide: the widest ones that cannot wrap. */
static void
report_wide_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      int min_width;

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      if (min_width > 240)
        g_test_message ("  label \"%s\" needs %d px", gtk_label_get_text (GTK_LABEL (widget)), min_width);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    report_wide_labels (child);
}

/* German and Spanish words are longer: every page still fits a phone-wide window. */
static void
test_every_page_fits_360 (void)
{
  StrideWindow *window = open_window (360, 720);
  const char * const *names = stride_launch_page_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *page;
      int min_width;

      show_page (window, names[i]);
      page = stride_window_get_page (window, names[i]);
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      if (min_width > 360)
        {
          g_test_message ("%s needs %d px", names[i], min_width);
          report_wide_labels (page);
        }
      g_assert_cmpint (min_width, <=, 360);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

/* Names the chain of widest widgets down from WIDGET: where a too-wide row is. */
static void
report_widest_chain (GtkWidget *widget)
{
  while (widget != NULL)
    {
      GtkWidget *widest = NULL;
      int widest_width = -1;
      int min_width;

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      g_test_message ("  %s%s%s needs %d px", G_OBJECT_TYPE_NAME (widget),
                      GTK_IS_LABEL (widget) ? " " : "",
                      GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "", min_width);
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_width;

          if (!gtk_widget_get_visible (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_width, NULL, NULL, NULL);
          if (child_width > widest_width)
            widest = child, widest_width = child_width;
        }
      widget = widest;
    }
}

/* The page on screen fits 360 px; WHERE names the step when it does not. */
static void
assert_fits_360 (GtkWidget  *page,
                 const char *where)
{
  int min_width;

  stride_test_drain_events ();
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (min_width > 360)
    {
      g_test_message ("%s needs %d px", where, min_width);
      report_wide_labels (page);
      report_widest_chain (page);
    }
  g_assert_cmpint (min_width, <=, 360);
}

static GtkCheckButton *
find_first_check (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_widget_get_mapped (widget))
    return GTK_CHECK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_first_check (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Each step of the symptom checker fits too: warning signs, every question (the longest
 * answers and the button row with "Weiß ich nicht"), the results and the emergency screen. */
static void
test_symptom_checker_fits_360 (void)
{
  StrideWindow *window = open_window (360, 720);
  GtkWidget *page;
  StrideSymptomsPage *symptoms;
  guint n = 0;

  show_page (window, "symptoms");
  page = stride_window_get_page (window, "symptoms");
  symptoms = STRIDE_SYMPTOMS_PAGE (page);
  g_assert_true (gtk_widget_activate_action (page, "symptoms.start", NULL));
  while (g_str_has_prefix (stride_symptoms_page_get_step (symptoms), "warning-signs:"))
    {
      assert_fits_360 (page, stride_symptoms_page_get_step (symptoms));
      g_assert_true (gtk_widget_activate_action (page, "symptoms.next", NULL));
      g_assert_cmpuint (++n, <, 20);
    }
  while (g_str_has_prefix (stride_symptoms_page_get_step (symptoms), "question:"))
    {
      assert_fits_360 (page, stride_symptoms_page_get_step (symptoms));
      g_assert_true (gtk_widget_activate_action (page, "symptoms.dont-know", NULL));
      g_assert_cmpuint (++n, <, 40);
    }
  g_assert_cmpstr (stride_symptoms_page_get_step (symptoms), ==, "results");
  assert_fits_360 (page, "results");

  g_assert_true (gtk_widget_activate_action (page, "symptoms.restart", NULL));
  g_assert_true (gtk_widget_activate_action (page, "symptoms.start", NULL));
  stride_test_drain_events ();
  /* The first warning sign (numbness in the saddle area) calls for help at once */
  gtk_check_button_set_active (find_first_check (page), TRUE);
  stride_test_drain_events ();
  g_assert_true (g_str_has_prefix (stride_symptoms_page_get_step (symptoms), "emergency"));
  assert_fits_360 (page, "emergency");
  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

/* Each self-test's screen and the summary fit too. */
static void
test_self_test_fits_360 (void)
{
  StrideWindow *window = open_window (360, 720);
  GtkWidget *page;
  StrideSelfTestPage *self_test;
  guint n = 0;

  show_page (window, "self-test");
  page = stride_window_get_page (window, "self-test");
  self_test = STRIDE_SELF_TEST_PAGE (page);
  g_assert_true (gtk_widget_activate_action (page, "self-test.start-full", NULL));
  stride_test_drain_events ();
  while (stride_self_test_page_get_current_test (self_test) != NULL)
    {
      assert_fits_360 (page, stride_self_test_page_get_current_test (self_test));
      g_assert_true (gtk_widget_activate_action (page, "self-test.skip", NULL));
      stride_test_drain_events ();
      g_assert_cmpuint (++n, <, 30);
    }
  g_assert_cmpuint (n, >=, 5);
  assert_fits_360 (page, "summary");
  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

/* The physiotherapist's report in the language: headings, the test's name, its date and
 * numbers with the locale's format. STRIDE_TEST_REPORT=FILE keeps the PDF to look at. */
static void
test_report (void)
{
  gboolean german = g_str_equal (test_language (), "de");
  g_autofree char *dir = g_dir_make_tmp ("stride-l10n-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 26, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  StrideContent *content;
  const char *test_name;

  /* The window loads the content pack, translated */
  gtk_window_destroy (GTK_WINDOW (open_window (1280, 800)));
  content = stride_context_get_content (stride_test_app_context ());
  g_assert_nonnull (content);
  test_name = stride_content_find_test (content, "straight_leg_raise")->name;
  json_parser_load_from_data (parser, "{\"results\": {\"straight_leg_raise\": {\"left\": {\"angle_deg\": 70},"
                              " \"right\": {\"angle_deg\": 85}}}, \"findings\": []}", -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stride_history_append (history, STRIDE_HISTORY_SELF_TEST, NULL,
                                           json_node_get_object (json_parser_get_root (parser)), &error));
  g_assert_no_error (error);

  text = stride_report_render_text (history, content, now);
  g_test_message ("%s", text);
  g_assert_cmpstr (_("Stride report for a physiotherapist"), !=, "Stride report for a physiotherapist");
  g_assert_nonnull (strstr (text, _("Stride report for a physiotherapist")));
  g_assert_cmpstr (test_name, !=, "Straight-leg raise");
  g_assert_nonnull (strstr (text, test_name));
  g_assert_nonnull (strstr (text, german ? "26. November 2026" : "26 de noviembre de 2026"));
  g_assert_nonnull (strstr (text, "70°"));
  g_assert_null (strstr (text, "Self-test"));
  if (g_getenv ("STRIDE_TEST_REPORT") != NULL)
    g_assert_true (stride_report_write_pdf (history, content, now, g_getenv ("STRIDE_TEST_REPORT"), NULL));
  g_remove (path);
  g_rmdir (dir);
  stride_test_drain_events ();
}

/* Exercise names wrap at spaces and hyphens, not inside a word: in the routine editor a
 * row's title has about 125 px beside its buttons at 360 px wide, and a longer compound
 * ("Hüftbeugerdehnung") was cut mid-word. Each word of each name fits that width. */
static void
test_exercise_words_fit (void)
{
  StrideWindow *window = open_window (360, 720);
  GPtrArray *exercises = stride_content_get_items (stride_context_get_content (stride_test_app_context ()), STRIDE_KIND_EXERCISE);

  for (guint i = 0; i < exercises->len; i++)
    {
      const StrideExercise *exercise = g_ptr_array_index (exercises, i);
      g_auto(GStrv) words = g_regex_split_simple ("[ -]", exercise->name, 0, 0);

      for (guint j = 0; words[j] != NULL; j++)
        {
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (window), words[j]);
          int width;

          pango_layout_get_pixel_size (layout, &width, NULL);
          if (width > 125)
            g_test_message ("“%s” in “%s” needs %d px", words[j], exercise->name, width);
          g_assert_cmpint (width, <=, 125);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

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
  g_autofree char *prefix = g_strdup_printf ("/stride/l10n/%s/", test_language ());
  g_autofree char *locale_path = g_strconcat (prefix, "locale", NULL);
  g_autofree char *strings_path = g_strconcat (prefix, "visible-strings", NULL);
  g_autofree char *fits_path = g_strconcat (prefix, "every-page-fits-360", NULL);
  g_test_add_func (locale_path, test_locale);
  g_test_add_func (strings_path, test_visible_strings);
  g_autofree char *symptoms_path = g_strconcat (prefix, "symptom-checker-fits-360", NULL);
  g_autofree char *self_test_path = g_strconcat (prefix, "self-test-fits-360", NULL);
  g_test_add_func (fits_path, test_every_page_fits_360);
  g_test_add_func (symptoms_path, test_symptom_checker_fits_360);
  g_autofree char *report_path = g_strconcat (prefix, "report", NULL);
  g_test_add_func (self_test_path, test_self_test_fits_360);
  g_autofree char *words_path = g_strconcat (prefix, "exercise-words-fit", NULL);
  g_test_add_func (report_path, test_report);
  g_test_add_func (words_path, test_exercise_words_fit);

  status = g_test_run ();
  g_clear_object (&shared_app);
  return status;
}
