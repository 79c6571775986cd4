/* test-cli.c — the command line answered before any window exists
 *
 * These run the real `stride` binary with no display, as a script or a
 * packager would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} RunResult;

static void
run_result_clear (RunResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

/* Runs stride with ARGS and no display, so nothing here may open a window. */
static void
run_stride (RunResult          *result,
            const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("STRIDE_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  result->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static void
test_version (void)
{
  const char *args[] = { "--version", NULL };
  RunResult result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "stride " PACKAGE_VERSION "\n");
  run_result_clear (&result);
}

static void
test_unknown_option (void)
{
  const char *args[] = { "--frobnicate", NULL };
  RunResult result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "--frobnicate"));
  g_assert_nonnull (strstr (result.err, "Usage"));
  g_assert_cmpstr (result.out, ==, "");
  run_result_clear (&result);
}

static void
test_unknown_page (void)
{
  const char *args[] = { "--page=kneecaps", NULL };
  RunResult result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "“kneecaps”"));
  /* One line, naming what is wrong. */
  g_assert_cmpint (strchr (result.err, '\n') - result.err, ==, strlen (result.err) - 1);
  run_result_clear (&result);
}

static void
test_missing_page_argument (void)
{
  const char *args[] = { "--page", NULL };
  RunResult result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "--page"));
  run_result_clear (&result);
}

static void
test_help (void)
{
  const char *args[] = { "--help", NULL };
  RunResult result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--page=NAME"));
  g_assert_nonnull (strstr (result.out, "--version"));
  run_result_clear (&result);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/cli/version", test_version);
  g_test_add_func ("/stride/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/stride/cli/unknown-page", test_unknown_page);
  g_test_add_func ("/stride/cli/missing-page-argument", test_missing_page_argument);
  g_test_add_func ("/stride/cli/help", test_help);

  return g_test_run ();
}
