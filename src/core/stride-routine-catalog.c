/* stride-routine-catalog.c — the routines and exercises the Routines pages can show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "stride-dose.h"
#include "stride-history.h"
#include "stride-routine-catalog.h"
#include "stride-routine-store.h"
#include "stride-self-test-record.h"

/* The runner's default pauses (stride-routine-runner.c), for the estimate */
#define GET_READY_S 5
#define SWITCH_S    5

/* The content's items of KIND (borrowed), in a new array. */
static GPtrArray *
content_items (StrideContext *context,
               StrideKind kind)
{
  StrideContent *content = stride_context_get_content (context);
  GPtrArray *list = g_ptr_array_new ();
  GPtrArray *items = content != NULL ? stride_content_get_items (content, kind) : NULL;

  for (guint i = 0; items != NULL && i < items->len; i++)
    g_ptr_array_add (list, g_ptr_array_index (items, i));

  return list;
}

GPtrArray *
stride_routine_catalog_list_builtin (StrideContext *context)
{
  g_autoptr(GPtrArray) all = content_items (context, STRIDE_KIND_ROUTINE);
  GPtrArray *list = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      const StrideRoutine *routine = g_ptr_array_index (all, i);

      if (g_strcmp0 (routine->kind, "assessment") != 0)
        g_ptr_array_add (list, (gpointer) routine);
    }

  return list;
}

const StrideRoutine *
stride_routine_catalog_find_assessment (StrideContext *context)
{
  g_autoptr(GPtrArray) all = content_items (context, STRIDE_KIND_ROUTINE);

  for (guint i = 0; i < all->len; i++)
    {
      const StrideRoutine *routine = g_ptr_array_index (all, i);

      if (g_strcmp0 (routine->kind, "assessment") == 0)
        return routine;
    }

  return NULL;
}

GPtrArray *
stride_routine_catalog_list_exercises (StrideContext *context)
{
  return content_items (context, STRIDE_KIND_EXERCISE);
}

const StrideExercise *
stride_routine_catalog_find_exercise (StrideContext *context,
                                      const char *id)
{
  StrideContent *content = stride_context_get_content (context);

  return content != NULL && id != NULL ? stride_content_find_exercise (content, id) : NULL;
}

const StrideVideo *
stride_routine_catalog_find_video (StrideContext *context,
                                   const char *id)
{
  StrideContent *content = stride_context_get_content (context);

  return content != NULL && id != NULL ? stride_content_find_video (content, id) : NULL;
}

static const StrideRoutine *
find_builtin (StrideContext *context,
              const char *id)
{
  StrideContent *content = stride_context_get_content (context);

  return content != NULL && id != NULL ? stride_content_find_routine (content, id) : NULL;
}

gboolean
stride_routine_catalog_is_builtin (StrideContext *context,
                                   const char *id)
{
  return find_builtin (context, id) != NULL;
}

char *
stride_routine_catalog_exercise_name (StrideContext *context,
                                      const char *id)
{
  const StrideExercise *exercise = stride_routine_catalog_find_exercise (context, id);
  char *name;

  if (exercise != NULL)
    return g_strdup (exercise->name);

  /* "side_plank_leg_lift" → "Side plank leg lift" */
  name = g_strdelimit (g_strdup (id), "_", ' ');
  if (name[0] != '\0')
    name[0] = g_ascii_toupper (name[0]);
  return name;
}

/* The personal routine */

static StrideRoutine *
build_personal (StrideContext *context)
{
  StrideHistoryEntry *latest = stride_history_get_latest (stride_context_get_history (context), STRIDE_HISTORY_SELF_TEST);
  g_autoptr(StrideSelfTestRecord) self_test = latest != NULL ? stride_self_test_record_new_from_entry (latest) : NULL;
  g_autoptr(GPtrArray) items = self_test != NULL ?
    stride_self_test_record_dup_routine (self_test, stride_context_get_content (context)) : NULL;
  StrideRoutine *routine;

  if (items == NULL)
    return NULL;

  routine = g_new0 (StrideRoutine, 1);
  routine->id = g_strdup (STRIDE_PERSONAL_ROUTINE_ID);
  routine->pack_id = g_strdup ("user");
  routine->name = g_strdup (_("Your personal routine"));
  routine->kind = g_strdup ("mixed");
  routine->summary = g_strdup (_("Built from your latest self-test, for what it found."));
  routine->items = g_steal_pointer (&items);

  return routine;
}

static GQuark
personal_quark (void)
{
  return g_quark_from_static_string ("stride-routine-catalog-personal");
}

/* The cached personal routine goes with any change to the history it was built from. */
static void
history_changed_cb (StrideHistory *history,
                    StrideContext *context)
{
  g_object_set_qdata (G_OBJECT (context), personal_quark (), NULL);
}

/* Built once per history change and kept on the context (data of the context, not of
 * this file: two contexts never share it). NULL when no self-test was saved. */
const StrideRoutine *
stride_routine_catalog_get_personal (StrideContext *context)
{
  static GQuark built_quark;
  StrideRoutine *personal;

  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  if (built_quark == 0)
    built_quark = g_quark_from_static_string ("stride-routine-catalog-personal-built");
  if (g_object_get_qdata (G_OBJECT (context), built_quark) == NULL)
    {
      g_signal_connect_object (stride_context_get_history (context), "changed",
                               G_CALLBACK (history_changed_cb), context, 0);
      g_object_set_qdata (G_OBJECT (context), built_quark, GINT_TO_POINTER (TRUE));
    }

  personal = g_object_get_qdata (G_OBJECT (context), personal_quark ());
  if (personal == NULL && (personal = build_personal (context)) != NULL)
    g_object_set_qdata_full (G_OBJECT (context), personal_quark (), personal,
                             (GDestroyNotify) stride_routine_free);
  return personal;
}

const StrideRoutine *
stride_routine_catalog_find (StrideContext *context,
                             const char *id)
{
  const StrideRoutine *routine;

  g_return_val_if_fail (id != NULL, NULL);

  if ((routine = find_builtin (context, id)) != NULL)
    return routine;
  if (g_str_equal (id, STRIDE_PERSONAL_ROUTINE_ID))
    return stride_routine_catalog_get_personal (context);

  return stride_routine_store_find (stride_context_get_routine_store (context), id);
}

/* "knee_angle_deg" → "knee angle": the unit the id ends with is shown once, in brackets,
 * from the field's own unit (the charts read "angle deg (°)"). */
static char *
field_words (const char *field)
{
  static const char * const unit_suffixes[] = { "_deg", "_cm", "_mm", "_s", "_seconds", "_kg", NULL };
  char *words;

  if (g_str_equal (field, "seconds"))
    return g_strdup (_("time"));
  words = g_strdup (field);
  for (guint i = 0; unit_suffixes[i] != NULL; i++)
    if (g_str_has_suffix (words, unit_suffixes[i]) && strlen (words) > strlen (unit_suffixes[i]))
      {
        words[strlen (words) - strlen (unit_suffixes[i])] = '\0';
        break;
      }
  return g_strdelimit (words, "_", ' ');
}

char *
stride_routine_catalog_measure_name (StrideContext *context,
                                     const char *test,
                                     const char *field)
{
  StrideContent *content = stride_context_get_content (context);
  const StrideSelfTest *info = content != NULL ? stride_content_find_test (content, test) : NULL;
  g_autofree char *test_name = NULL;
  g_autofree char *field_name = NULL;

  for (guint i = 0; info != NULL && i < info->fields->len; i++)
    {
      const StrideField *f = g_ptr_array_index (info->fields, i);

      if (g_strcmp0 (f->id, field) == 0 && f->unit != NULL)
        {
          g_autofree char *readable = field_words (field);

          /* Translators: a measure and its unit, e.g. "knee angle (°)" */
          field_name = g_strdup_printf (_("%s (%s)"), readable, f->unit);
        }
    }
  test_name = info != NULL ? g_strdup (info->name) : stride_routine_catalog_exercise_name (context, test);
  if (field_name == NULL)
    field_name = field_words (field);

  /* Translators: a self-test and one of its measures */
  return g_strdup_printf (_("%s: %s"), test_name, field_name);
}

GPtrArray *
stride_routine_catalog_plan (StrideContext *context,
                             const StrideRoutine *routine)
{
  return stride_session_plan_build (stride_context_get_content (context), stride_context_get_history (context), routine);
}

guint
stride_routine_catalog_count_exercises (const StrideRoutine *routine)
{
  guint n = 0;

  g_return_val_if_fail (routine != NULL, 0);

  for (guint i = 0; routine->items != NULL && i < routine->items->len; i++)
    n += ((StrideRoutineItem *) g_ptr_array_index (routine->items, i))->exercise != NULL;

  return n;
}

/* One exercise's seconds: each set's work on each side, the switch between sides, rests
 * between sets. A rep without a tempo or hold counts 3 s. */
static guint
item_seconds (const StrideRoutineItem *item)
{
  const StrideDose *dose = &item->dose;
  guint sides = dose->sides == STRIDE_SIDES_EACH ? 2 : 1;
  guint per_rep = dose->tempo_s > 0 ? dose->tempo_s : dose->hold_s > 0 ? dose->hold_s : 3;
  guint work = dose->reps > 0 ? dose->reps * per_rep : dose->hold_s;
  guint sets = MAX (dose->sets, 1);

  return GET_READY_S + sets * (work * sides + (sides - 1) * SWITCH_S) + (sets - 1) * dose->rest_s;
}

guint
stride_routine_catalog_estimate_minutes (const StrideRoutine *routine)
{
  guint seconds = 0;

  g_return_val_if_fail (routine != NULL, 0);

  for (guint i = 0; routine->items != NULL && i < routine->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (routine->items, i);

      if (item->exercise != NULL)
        seconds += item_seconds (item);
    }

  return (seconds + 59) / 60;
}

char *
stride_routine_catalog_describe (const StrideRoutine *routine)
{
  guint n;

  g_return_val_if_fail (routine != NULL, NULL);

  n = stride_routine_catalog_count_exercises (routine);
  if (n == 0)
    return g_strdup (_("No exercises yet"));

  /* Translators: "5 exercises · about 12 min" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise · about %u min", "%u exercises · about %u min", n),
                          n, stride_routine_catalog_estimate_minutes (routine));
}
