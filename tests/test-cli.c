/* test-cli.c — the command line answered before any window exists
 *
 * These run the real `stride` binary with no display, as a script or a
 * packager would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "stride-test-utils.h"

/* Runs stride with ARGS and no display, so nothing here may open a window. */
static void
run_stride (StrideTestRun      *result,
            const char * const *args)
{
  stride_test_run_stride (result, args, NULL, NULL);
}

static void
test_version (void)
{
  const char *args[] = { "--version", NULL };
  StrideTestRun result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "stride " PACKAGE_VERSION "\n");
  stride_test_run_clear (&result);
}

static void
test_unknown_option (void)
{
  const char *args[] = { "--frobnicate", NULL };
  StrideTestRun result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "--frobnicate"));
  g_assert_nonnull (strstr (result.err, "Usage"));
  g_assert_cmpstr (result.out, ==, "");
  stride_test_run_clear (&result);
}

/* Two options that each do a whole thing: refused with a message, not one run silently. */
static void
test_conflicting_options (void)
{
  const char *args[] = { "--match", "-", "--assess", "-", NULL };
  StrideTestRun result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_true (g_str_has_prefix (result.err, "stride: --match and --assess cannot be used together\n"));
  stride_test_run_clear (&result);
}

static void
test_unknown_page (void)
{
  const char *args[] = { "--page=kneecaps", NULL };
  StrideTestRun result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "“kneecaps”"));
  /* One line, naming what is wrong. */
  g_assert_cmpint (strchr (result.err, '\n') - result.err, ==, strlen (result.err) - 1);
  stride_test_run_clear (&result);
}

static void
test_missing_page_argument (void)
{
  const char *args[] = { "--page", NULL };
  StrideTestRun result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "--page"));
  stride_test_run_clear (&result);
}

static void
test_help (void)
{
  const char *args[] = { "--help", NULL };
  StrideTestRun result = { 0 };

  run_stride (&result, args);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--page=NAME"));
  g_assert_nonnull (strstr (result.out, "--version"));
  stride_test_run_clear (&result);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stride/cli/version", test_version);
  g_test_add_func ("/stride/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/stride/cli/unknown-page", test_unknown_page);
  g_test_add_func ("/stride/cli/conflicting-options", test_conflicting_options);
  g_test_add_func ("/stride/cli/missing-page-argument", test_missing_page_argument);
  g_test_add_func ("/stride/cli/help", test_help);

  return g_test_run ();
}
