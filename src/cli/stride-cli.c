/* stride-cli.c — the command line answered before any window exists
 *
 * Everything here runs without a display: it is called from the application's
 * handle-local-options, before GTK is initialised.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "stride-assess.h"
#include "stride-cli-input.h"
#include "stride-cli.h"
#include "stride-content-cli.h"
#include "stride-json-reader.h"
#include "stride-launch.h"
#include "stride-program.h"
#include "stride-routine-store.h"
#include "stride-matcher-cli.h"

static const GOptionEntry option_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "match", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the conditions that fit the symptom answers in FILE (- for standard input) as JSON"), N_("FILE") },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the app at a page: anatomy, conditions, symptoms, self-test, routines or progress"), N_("NAME") },
  { "structure", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the page of a muscle or joint"), N_("ID") },
  { "condition", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the page of a condition"), N_("ID") },
  { "exercise", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the page of an exercise, its video playing"), N_("ID") },
  { "test", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open a self-test at its first step"), N_("ID") },
  { "routine", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Start a routine"), N_("ID") },
  { "program", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open a rehab program"), N_("ID") },
  { "program-status", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print where a rehab program stands (a JSON log in FILE, or - for standard input) and the next session as JSON"), N_("FILE") },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the bundled content pack, or the pack in DIR, and exit"), NULL },
  { "vocabulary", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print every content id as JSON and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[DIR]") },
  { "assess", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Score self-test results (a JSON file, or - for standard input) and print findings and a personal routine as JSON"), N_("FILE") },
  { NULL }
};

/* A launch option, and the page that shows what it names. */
typedef struct
{
  const char *kind;
  const char *page;
} LaunchKind;

static const LaunchKind launch_kinds[] = {
  { "page", NULL },
  { "structure", "anatomy" },
  { "condition", "conditions" },
  { "exercise", "routines" },
  { "test", "self-test" },
  { "routine", "routines" },
  { "program", "routines" },
  /* In-app links only (no option of that name): a routine's page, its doses and sides
   * shown with Start, where "routine" starts the player at once. */
  { "routine-page", "routines" },
};

/* Where the parse writes an option's value: every option is a flag, a string or an array. */
typedef union
{
  gboolean  flag;
  char     *string;
  char    **strv;
} OptionSlot;

static GVariant *
slot_to_variant (const GOptionEntry *entry,
                 OptionSlot         *slot)
{
  switch (entry->arg)
    {
    case G_OPTION_ARG_NONE:
      return slot->flag ? g_variant_new_boolean (TRUE) : NULL;
    case G_OPTION_ARG_STRING:
      return slot->string != NULL ? g_variant_new_string (slot->string) : NULL;
    case G_OPTION_ARG_FILENAME:
      return slot->string != NULL ? g_variant_new_bytestring (slot->string) : NULL;
    case G_OPTION_ARG_FILENAME_ARRAY:
      return slot->strv != NULL ? g_variant_new_bytestring_array ((const char * const *) slot->strv, -1) : NULL;
    default:
      g_assert_not_reached ();
    }
}

static void
slot_clear (const GOptionEntry *entry,
            OptionSlot         *slot)
{
  if (entry->arg == G_OPTION_ARG_STRING || entry->arg == G_OPTION_ARG_FILENAME)
    g_free (slot->string);
  else if (entry->arg == G_OPTION_ARG_FILENAME_ARRAY)
    g_strfreev (slot->strv);
}

GVariantDict *
stride_cli_parse (char    **arguments,
                  GError  **error)
{
  guint n = G_N_ELEMENTS (option_entries) - 1;
  g_autofree GOptionEntry *entries = g_memdup2 (option_entries, sizeof option_entries);
  g_autofree OptionSlot *slots = g_new0 (OptionSlot, n);
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(GStrv) copy = g_strdupv (arguments);
  GVariantDict *options = NULL;

  g_return_val_if_fail (arguments != NULL, NULL);

  for (guint i = 0; i < n; i++)
    entries[i].arg_data = &slots[i];
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (g_option_context_parse_strv (context, &copy, error))
    {
      options = g_variant_dict_new (NULL);
      for (guint i = 0; i < n; i++)
        {
          GVariant *value = slot_to_variant (&entries[i], &slots[i]);

          if (value != NULL)
            g_variant_dict_insert_value (options, entries[i].long_name, value);
        }
    }

  for (guint i = 0; i < n; i++)
    slot_clear (&entries[i], &slots[i]);
  return options;
}

static int
print_version (void)
{
  g_print ("stride %s\n", PACKAGE_VERSION);
  return 0;
}

static int
check_page (const char *page)
{
  g_autofree char *known = NULL;

  if (stride_launch_page_is_known (page))
    return STRIDE_CLI_CONTINUE;

  known = g_strjoinv (", ", (char **) stride_launch_page_names ());
  g_printerr (_("stride: unknown page “%s” (expected one of: %s)\n"), page, known);
  return 2;
}

/* --validate [DIR]: DIR is the only word the command line may have besides options. */
static int
handle_remaining (GVariantDict *options)
{
  g_autofree const char **remaining = NULL;
  gboolean validate = g_variant_dict_contains (options, "validate");

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);
  if (remaining != NULL && remaining[0] != NULL && (!validate || remaining[1] != NULL))
    {
      g_printerr (_("stride: unexpected argument “%s”\n"), remaining[validate ? 1 : 0]);
      g_printerr (_("Usage: stride [OPTION…]\nRun “stride --help” to see the options.\n"));
      return 2;
    }

  if (validate)
    return stride_content_cli_validate (remaining != NULL ? remaining[0] : NULL);

  return STRIDE_CLI_CONTINUE;
}

static int
run_assess (const char *file)
{
  g_autoptr(StrideContent) content = NULL;
  g_autoptr(StrideAssessment) assessment = NULL;
  g_autoptr(JsonNode) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  data = stride_cli_read_input (file, STRIDE_ASSESS_MAX_INPUT_BYTES, &length, &error);
  if (data == NULL)
    {
      stride_cli_print_input_error ("--assess", file, error->message);
      return 2;
    }

  content = stride_content_cli_load ("--assess");
  if (content == NULL)
    return 1;

  assessment = stride_assess_from_data (content, data, length, &error);
  if (assessment == NULL)
    {
      stride_cli_print_input_error ("--assess", file, error->message);
      return 2;
    }

  output = stride_assessment_to_json (assessment);
  text = json_to_string (output, TRUE);
  g_print ("%s\n", text);
  return 0;
}

/* The earliest date a program log may name; the latest is the computer's date, a day
 * later for a log written in a time zone already on the next day. */
#define EARLIEST_PROGRAM_YEAR 2000

static char *
date_text (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* What is wrong with the log's "started" or TODAY (year 0001, 9999, a start in the
 * future), naming the field; NULL when both are in range (docs/command-line.md). The
 * other dates lie between the two already. */
static char *
describe_program_dates (StrideProgramLog *log,
                        const GDate      *today)
{
  const GDate *started = stride_program_log_get_started (log);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *started_text = date_text (started);
  g_autofree char *today_text = date_text (today);
  g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d");
  GDate latest;

  g_date_clear (&latest, 1);
  g_date_set_dmy (&latest, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  g_date_add_days (&latest, 1);

  if (g_date_get_year (started) < EARLIEST_PROGRAM_YEAR)
    /* Translators: $.started is the field's name in the input; %s a date, %d a year */
    return g_strdup_printf (_("$.started: “%s” is before the year %d, the earliest Stride takes"), started_text,
                            EARLIEST_PROGRAM_YEAR);
  if (g_date_compare (started, &latest) > 0)
    /* Translators: $.started is the field's name in the input; the %s are dates */
    return g_strdup_printf (_("$.started: “%s” is in the future (this computer's date is %s)"), started_text, now_text);
  if (g_date_compare (today, &latest) > 0)
    /* Translators: $.today is the field's name in the input; the %s are dates */
    return g_strdup_printf (_("$.today: “%s” is in the future (this computer's date is %s)"), today_text, now_text);
  return NULL;
}

static int
run_program_status (const char *file)
{
  g_autoptr(StrideContent) content = NULL;
  g_autoptr(StrideProgramLog) log = NULL;
  g_autoptr(StrideProgramStatus) status = NULL;
  g_autoptr(JsonNode) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dates_problem = NULL;
  gsize length = 0;
  GDate today;

  data = stride_cli_read_input (file, STRIDE_PROGRAM_MAX_INPUT_BYTES, &length, &error);
  if (data == NULL)
    {
      stride_cli_print_input_error ("--program-status", file, error->message);
      return 2;
    }

  content = stride_content_cli_load ("--program-status");
  if (content == NULL)
    return 1;

  log = stride_program_log_from_json (content, data, length, &today, &error);
  if (log == NULL)
    {
      stride_cli_print_input_error ("--program-status", file, error->message);
      return 2;
    }
  dates_problem = describe_program_dates (log, &today);
  if (dates_problem != NULL)
    {
      stride_cli_print_input_error ("--program-status", file, dates_problem);
      return 2;
    }

  status = stride_program_evaluate (log, &today);
  output = stride_program_status_to_json (log, status, content);
  text = json_to_string (output, TRUE);
  g_print ("%s\n", text);
  return 0;
}

/* Each option below does one whole thing; given two, Stride used to run one silently. */
static int
check_conflicts (GVariantDict *options)
{
  const char *given = NULL;

  for (const GOptionEntry *entry = option_entries; entry->long_name != NULL; entry++)
    {
      if (g_str_equal (entry->long_name, G_OPTION_REMAINING) ||
          !g_variant_dict_contains (options, entry->long_name))
        continue;
      if (given != NULL)
        {
          g_printerr (_("stride: --%s and --%s cannot be used together\n"), given, entry->long_name);
          g_printerr (_("Usage: stride [OPTION…]\nRun “stride --help” to see the options.\n"));
          return 2;
        }
      given = entry->long_name;
    }
  return STRIDE_CLI_CONTINUE;
}

int
stride_cli_handle (GVariantDict *options)
{
  const char *match = NULL;
  g_autofree char *assess_file = NULL;
  g_autofree char *program_file = NULL;
  const char *page = NULL;
  const char *kind = NULL;
  const char *id = NULL;
  int status;

  g_return_val_if_fail (options != NULL, 2);

  status = check_conflicts (options);
  if (status != STRIDE_CLI_CONTINUE)
    return status;

  if (g_variant_dict_lookup (options, "match", "^&ay", &match))
    return stride_matcher_cli_match (match);

  if (g_variant_dict_contains (options, "version"))
    return print_version ();

  status = handle_remaining (options);
  if (status != STRIDE_CLI_CONTINUE)
    return status;

  if (g_variant_dict_contains (options, "vocabulary"))
    return stride_content_cli_vocabulary ();
  if (g_variant_dict_lookup (options, "assess", "^ay", &assess_file))
    return run_assess (assess_file);
  if (g_variant_dict_lookup (options, "program-status", "^ay", &program_file))
    return run_program_status (program_file);

  if (g_variant_dict_lookup (options, "page", "&s", &page))
    return check_page (page);

  if (stride_cli_get_launch_target (options, &kind, &id))
    {
      /* The user's own routines and the personal one live in user data, not the content. */
      if (g_str_equal (kind, "routine") && stride_routine_store_knows_launch_id (id))
        return STRIDE_CLI_CONTINUE;
      return stride_content_cli_check_launch (kind, id);
    }

  return STRIDE_CLI_CONTINUE;
}

gboolean
stride_cli_get_launch_target (GVariantDict  *options,
                              const char   **kind,
                              const char   **id)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (launch_kinds); i++)
    {
      if (g_variant_dict_lookup (options, launch_kinds[i].kind, "&s", id))
        {
          *kind = launch_kinds[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

/* The page that shows an item of KIND; NULL for "page" itself, whose id is the page. */
const char *
stride_cli_launch_kind_page (const char *kind)
{
  g_return_val_if_fail (kind != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (launch_kinds); i++)
    if (g_str_equal (launch_kinds[i].kind, kind))
      return launch_kinds[i].page;

  return NULL;
}
