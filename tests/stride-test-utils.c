/* stride-test-utils.c — what several tests need: running the stride binary, waiting on
 * the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-test-utils.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

/* Runs $STRIDE_EXE with ARGS (NULL-terminated) and no display, so nothing may open a
 * window. INPUT is its standard input (NULL: empty, so it can never wait on the
 * terminal); ENV is NULL or NULL-terminated NAME, VALUE pairs set for it only. */
void
stride_test_run_stride (StrideTestRun      *run,
                        const char * const *args,
                        const char         *input,
                        const char * const *env)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_return_if_fail (run != NULL);
  g_return_if_fail (args != NULL);

  g_ptr_array_add (argv, (gpointer) g_getenv ("STRIDE_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input != NULL ? input : "", NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

void
stride_test_run_clear (StrideTestRun *run)
{
  g_return_if_fail (run != NULL);

  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Spins the main loop until CONDITION holds, failing after a generous deadline: a slow
 * machine (or a video pipeline starting) only makes the test wait longer. */
void
stride_test_wait_until (StrideTestWaitFunc condition,
                        gpointer           data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  g_return_if_fail (condition != NULL);

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Lets whatever is pending (idle handlers, layout, signals) run. */
void
stride_test_drain_events (void)
{
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Removes PATH and all below it, as a test cleans up its temporary folder; a link is
 * removed, never followed. */
void
stride_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_if_fail (path != NULL);

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        stride_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}
