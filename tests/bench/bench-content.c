/* bench-content.c — how long loading and checking content takes (a benchmark, not a test)
 *
 *   build-aux/dev bench-content [DIR]
 *
 * Times loading the bundled pack (or DIR) as the app does at start-up, and as
 * `stride --validate` does (which also looks for repeated keys): the median of many runs,
 * against a baseline measured in the same run — json-glib parsing the same files and
 * nothing else — so the ratio says what typing, checking and resolving cost on top of the
 * parse, on any machine. Then the same for a synthetic pack of 10,000 conditions (with
 * their profiles), written into a temporary directory. Budget: the bundled pack ≤ 5 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <time.h>

#include "stride-content.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  double median;
  double min;
  double p90;
} Figures;

static Figures
figures_of (GArray *times)
{
  Figures f;

  g_array_sort (times, compare_doubles);
  f.median = g_array_index (times, double, times->len / 2);
  f.min = g_array_index (times, double, 0);
  f.p90 = g_array_index (times, double, times->len * 9 / 10);
  return f;
}

/* Parses every file of the pack with json-glib, and does nothing else. */
static void
parse_only (const char *dir)
{
  g_autofree char *manifest_path = g_build_filename (dir, "manifest.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *files;

  if (!json_parser_load_from_file (parser, manifest_path, NULL))
    g_error ("cannot parse %s", manifest_path);
  files = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "files");
  for (guint i = 0; i < json_array_get_length (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, json_array_get_string_element (files, i), NULL);
      g_autoptr(JsonParser) file_parser = json_parser_new ();

      if (!json_parser_load_from_file (file_parser, path, NULL))
        g_error ("cannot parse %s", path);
    }
}

/* As the app loads its bundled pack at start-up (no user packs). */
static void
load (const char *dir)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = stride_content_load_dirs (dir, NULL, errors);

  if (content == NULL)
    g_error ("%s does not load: %s", dir, errors->len > 0 ? (char *) g_ptr_array_index (errors, 0) : "?");
}

/* As `stride --validate DIR` and user packs do: also looks for repeated keys. */
static void
validate (const char *dir)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = stride_content_load_pack (dir, errors);

  if (content == NULL)
    g_error ("%s does not load: %s", dir, errors->len > 0 ? (char *) g_ptr_array_index (errors, 0) : "?");
}

/* CPU time of this thread: on a shared machine, time spent waiting for a core does not
 * count, so the figures hold still while other processes run. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

typedef struct
{
  const char *label;
  void      (*run) (const char *dir);
  GArray     *cpu;
  GArray     *wall;
} Measured;

static void
time_one (Measured   *m,
          const char *dir)
{
  gint64 wall0 = g_get_monotonic_time ();
  double cpu0 = cpu_ms ();
  double cpu, wall;

  m->run (dir);
  cpu = cpu_ms () - cpu0;
  wall = (g_get_monotonic_time () - wall0) / 1000.0;
  g_array_append_val (m->cpu, cpu);
  g_array_append_val (m->wall, wall);
}

/* Alternates the three, so that all see the same machine state. */
static void
measure (const char *label,
         const char *dir,
         guint       runs)
{
  Measured measured[] = {
    { "load + check (app start-up)", load },
    { "--validate (+ repeated keys)", validate },
    { "json-glib parse only", parse_only },
  };
  Figures cpu[G_N_ELEMENTS (measured)];

  for (guint k = 0; k < G_N_ELEMENTS (measured); k++)
    {
      measured[k].cpu = g_array_new (FALSE, FALSE, sizeof (double));
      measured[k].wall = g_array_new (FALSE, FALSE, sizeof (double));
      measured[k].run (dir);   /* warm the page cache and gettext */
    }

  for (guint i = 0; i < runs; i++)
    for (guint k = 0; k < G_N_ELEMENTS (measured); k++)
      time_one (&measured[k], dir);

  g_print ("%s (%s), %u runs, CPU time (wall time):\n", label, dir, runs);
  for (guint k = 0; k < G_N_ELEMENTS (measured); k++)
    {
      Figures wall = figures_of (measured[k].wall);

      cpu[k] = figures_of (measured[k].cpu);
      g_print ("  %-30s median %7.3f ms, min %7.3f, p90 %7.3f  (wall: median %.3f ms)\n",
               measured[k].label, cpu[k].median, cpu[k].min, cpu[k].p90, wall.median);
      g_array_unref (measured[k].cpu);
      g_array_unref (measured[k].wall);
    }
  g_print ("  ratio to parse only: load %.2f, validate %.2f\n",
           cpu[0].median / cpu[2].median, cpu[1].median / cpu[2].median);
}

static void
write_json (const char  *dir,
            const char  *name,
            JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = json_to_string (root, FALSE);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (!g_file_set_contents (path, text, -1, NULL))
    g_error ("cannot write %s", path);
}

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value);
}

static void
add_strings (JsonBuilder *b,
             const char  *key,
             const char  *prefix,
             guint        n)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *value = g_strdup_printf ("%s%u", prefix, i);
      json_builder_add_string_value (b, value);
    }
  json_builder_end_array (b);
}

static void
add_source (JsonBuilder *b)
{
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "title", "A source");
  add_string (b, "url", "https://example.org/source");
  json_builder_end_object (b);
  json_builder_end_array (b);
}

#define PER_FILE 2000

#define PROSE "You feel it on the side of your hip, worse at night and on the first steps after sitting."

/* Conditions FIRST to END and their profiles, in one file under the 4 MiB limit. */
static void
write_conditions (const char  *dir,
                  JsonBuilder *b,
                  guint        first,
                  guint        end)
{
  g_autofree char *name = g_strdup_printf ("conditions-%u.json", first / PER_FILE);

  json_builder_reset (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "conditions");
  json_builder_begin_array (b);
  for (guint i = first; i < end; i++)
    {
      g_autofree char *id = g_strdup_printf ("condition_%u", i);
      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "name", id);
      add_string (b, "group", "side_of_hip");
      add_string (b, "summary", PROSE);
      add_string (b, "where", PROSE);
      add_string (b, "feels", PROSE);
      add_string (b, "who", PROSE);
      add_strings (b, "worse_with", "Worse with ", 3);
      add_strings (b, "self_care", "Self-care ", 3);
      add_strings (b, "see_clinician", "See a clinician ", 2);
      add_strings (b, "locations", "place_", 2);
      add_strings (b, "structures", "structure_", 2);
      add_strings (b, "exercises_do", "exercise_", 3);
      add_strings (b, "exercises_avoid", "x", 0);
      add_source (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "profiles");
  json_builder_begin_array (b);
  for (guint i = first; i < end; i++)
    {
      g_autofree char *id = g_strdup_printf ("condition_%u", i);
      json_builder_begin_object (b);
      add_string (b, "condition", id);
      json_builder_set_member_name (b, "prior");
      json_builder_add_double_value (b, 0.01);
      json_builder_set_member_name (b, "evidence");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      add_string (b, "question", "location");
      add_string (b, "answer", "place_1");
      json_builder_set_member_name (b, "lr");
      json_builder_add_double_value (b, 4.0);
      add_string (b, "text", "Pain in place 1");
      json_builder_end_object (b);
      json_builder_begin_object (b);
      add_string (b, "question", "age");
      json_builder_set_member_name (b, "min");
      json_builder_add_int_value (b, 40);
      json_builder_set_member_name (b, "lr");
      json_builder_add_double_value (b, 1.5);
      add_string (b, "text", "Over 40");
      json_builder_end_object (b);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  write_json (dir, name, b);

}

/* A pack with N_CONDITIONS conditions and profiles, and what they refer to. */
static char *
write_synthetic_pack (guint n_conditions)
{
  char *dir = g_dir_make_tmp ("stride-bench-XXXXXX", NULL);
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_string (b, "id", "synthetic");
  add_string (b, "title", "Synthetic pack");
  add_string (b, "version", "1");
  add_string (b, "language", "en");
  add_string (b, "licence", "CC0-1.0");
  add_strings (b, "authors", "author_", 1);
  json_builder_set_member_name (b, "files");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "base.json");
  for (guint chunk = 0; chunk * PER_FILE < n_conditions; chunk++)
    {
      g_autofree char *name = g_strdup_printf ("conditions-%u.json", chunk);
      json_builder_add_string_value (b, name);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  write_json (dir, "manifest.json", b);

  json_builder_reset (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "structures");
  json_builder_begin_array (b);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("structure_%u", i);
      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "name", id);
      add_string (b, "kind", "muscle");
      add_string (b, "summary", PROSE);
      add_string (b, "location", PROSE);
      add_string (b, "action", PROSE);
      add_string (b, "running", PROSE);
      add_string (b, "problems", PROSE);
      json_builder_set_member_name (b, "shapes");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      add_string (b, "view", "back");
      json_builder_set_member_name (b, "points");
      json_builder_begin_array (b);
      for (guint p = 0; p < 4; p++)
        {
          json_builder_begin_array (b);
          json_builder_add_int_value (b, 20 + p * 5);
          json_builder_add_int_value (b, 10 + (p % 2) * 20);
          json_builder_end_array (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "questions");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "id", "location");
  add_string (b, "kind", "many");
  add_string (b, "stage", "interview");
  add_string (b, "text", "Where does it hurt?");
  json_builder_set_member_name (b, "answers");
  json_builder_begin_array (b);
  for (guint i = 0; i < 15; i++)
    {
      g_autofree char *id = g_strdup_printf ("place_%u", i);
      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "text", id);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_begin_object (b);
  add_string (b, "id", "age");
  add_string (b, "kind", "number");
  add_string (b, "stage", "about_you");
  add_string (b, "text", "How old are you?");
  json_builder_set_member_name (b, "min");
  json_builder_add_int_value (b, 10);
  json_builder_set_member_name (b, "max");
  json_builder_add_int_value (b, 100);
  json_builder_end_object (b);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "exercises");
  json_builder_begin_array (b);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *id = g_strdup_printf ("exercise_%u", i);
      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "name", id);
      add_string (b, "kind", "strength");
      add_strings (b, "targets", "structure_", 2);
      add_string (b, "summary", PROSE);
      add_strings (b, "steps", "Step ", 4);
      add_strings (b, "cues", "Cue ", 2);
      add_strings (b, "equipment", "mat", 0);
      json_builder_set_member_name (b, "dose");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "sets");
      json_builder_add_int_value (b, 3);
      json_builder_set_member_name (b, "reps");
      json_builder_add_int_value (b, 12);
      add_string (b, "sides", "each");
      json_builder_end_object (b);
      add_strings (b, "avoid_for", "x", 0);
      json_builder_set_member_name (b, "progression");
      json_builder_begin_object (b);
      add_string (b, "text", PROSE);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "regression");
      json_builder_begin_object (b);
      add_string (b, "text", PROSE);
      json_builder_end_object (b);
      add_source (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  write_json (dir, "base.json", b);

  for (guint chunk = 0; chunk * PER_FILE < n_conditions; chunk++)
    write_conditions (dir, b, chunk * PER_FILE, MIN (n_conditions, (chunk + 1) * PER_FILE));

  return dir;
}

static void
remove_pack (const char *dir)
{
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  const char *name;

  while (entries != NULL && (name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static gsize
pack_size (const char *dir)
{
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  const char *name;
  gsize total = 0;

  while (entries != NULL && (name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_stat (path, &st) == 0)
        total += st.st_size;
    }
  return total;
}

int
main (int   argc,
      char *argv[])
{
  const char *bundled = argc > 1 ? argv[1] : stride_content_get_bundled_dir ();
  g_autofree char *synthetic = NULL;

  setlocale (LC_ALL, "");
  measure ("Bundled pack", bundled, 201);

  synthetic = write_synthetic_pack (10000);
  g_print ("Synthetic pack: 10,000 conditions and profiles, %.1f MiB of JSON\n",
           pack_size (synthetic) / 1048576.0);
  measure ("Synthetic pack", synthetic, 11);
  remove_pack (synthetic);
  return 0;
}
