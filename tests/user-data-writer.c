/* user-data-writer.c — one running copy of Stride's user data code, for the concurrency
 * and kill tests: `user-data-writer history|routines DIR COUNT TAG`
 *
 * Appends COUNT history entries (or creates COUNT routines and edits each) one by one,
 * printing "ok N" after each write is confirmed, as two running copies of Stride would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "stride-history.h"
#include "stride-routine-store.h"

static int
write_history (const char *dir,
               guint       count,
               const char *tag)
{
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autoptr(StrideHistory) history = stride_history_new (path);

  for (guint i = 0; i < count; i++)
    {
      g_autoptr(JsonObject) data = json_object_new ();
      g_autoptr(GError) error = NULL;

      json_object_set_string_member (data, "tag", tag);
      json_object_set_int_member (data, "n", i);
      json_object_set_double_member (data, "big", 1e20);
      if (stride_history_append (history, STRIDE_HISTORY_SESSION, NULL, data, &error) == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      printf ("ok %u\n", i);
      fflush (stdout);
    }
  return 0;
}

static int
write_routines (const char *dir,
                guint       count,
                const char *tag)
{
  g_autofree char *path = g_build_filename (dir, "routines.json", NULL);
  g_autoptr(StrideRoutineStore) store = stride_routine_store_new (path);
  StrideDose dose = { 0 };

  dose.sets = 2;
  dose.reps = 10;
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("%s %u", tag, i);
      g_autofree char *id = stride_routine_store_create (store, name, &error);

      if (id == NULL || !stride_routine_store_add_exercise (store, id, "clamshell", &dose, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      printf ("ok %u\n", i);
      fflush (stdout);
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc != 5)
    {
      g_printerr ("usage: user-data-writer history|routines DIR COUNT TAG\n");
      return 2;
    }
  if (g_str_equal (argv[1], "history"))
    return write_history (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10), argv[4]);
  return write_routines (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10), argv[4]);
}
