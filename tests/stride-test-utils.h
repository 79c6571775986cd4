/* stride-test-utils.h — what several tests need: running the stride binary, waiting on
 * the main loop
 *
 * GLib only, so the core tests (no display, no GTK) can link it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What one run of the stride binary gave back. */
typedef struct
{
  int   status;   /* exit status, or -1 when it did not exit normally */
  char *out;
  char *err;
} StrideTestRun;

void     stride_test_run_stride  (StrideTestRun      *run,
                                  const char * const *args,
                                  const char         *input,
                                  const char * const *env);
void     stride_test_run_clear   (StrideTestRun      *run);

typedef gboolean (*StrideTestWaitFunc) (gpointer data);

void     stride_test_wait_until  (StrideTestWaitFunc  condition,
                                  gpointer            data);
void     stride_test_drain_events (void);

void     stride_test_remove_tree (const char         *path);

G_END_DECLS
