/* stride-routine-catalog.c — the routines and exercises the Routines pages can show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "stride-application.h"
#include "stride-dose.h"
#include "stride-history.h"
#include "stride-routine-catalog.h"
#include "stride-routine-store.h"
#include "stride-self-test-record.h"

static StrideRoutine *personal;
static gboolean personal_valid;

StrideContent *
stride_routine_catalog_get_content (void)
{
  GApplication *app = g_application_get_default ();

  return STRIDE_IS_APPLICATION (app) ? stride_application_get_content (STRIDE_APPLICATION (app)) : NULL;
}

/* The content's items of KIND (borrowed), in a new array. */
static GPtrArray *
content_items (StrideKind kind)
{
  StrideContent *content = stride_routine_catalog_get_content ();
  GPtrArray *list = g_ptr_array_new ();
  GPtrArray *items = content != NULL ? stride_content_get_items (content, kind) : NULL;

  for (guint i = 0; items != NULL && i < items->len; i++)
    g_ptr_array_add (list, g_ptr_array_index (items, i));

  return list;
}

GPtrArray *
stride_routine_catalog_list_builtin (void)
{
  g_autoptr(GPtrArray) all = content_items (STRIDE_KIND_ROUTINE);
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
stride_routine_catalog_find_assessment (void)
{
  g_autoptr(GPtrArray) all = content_items (STRIDE_KIND_ROUTINE);

  for (guint i = 0; i < all->len; i++)
    {
      const StrideRoutine *routine = g_ptr_array_index (all, i);

      if (g_strcmp0 (routine->kind, "assessment") == 0)
        return routine;
    }

  return NULL;
}

GPtrArray *
stride_routine_catalog_list_exercises (void)
{
  return content_items (STRIDE_KIND_EXERCISE);
}

const StrideExercise *
stride_routine_catalog_find_exercise (const char *id)
{
  StrideContent *content = stride_routine_catalog_get_content ();

  return content != NULL && id != NULL ? stride_content_find_exercise (content, id) : NULL;
}

const StrideVideo *
stride_routine_catalog_find_video (const char *id)
{
  StrideContent *content = stride_routine_catalog_get_content ();

  return content != NULL && id != NULL ? stride_content_find_video (content, id) : NULL;
}

static const StrideRoutine *
find_builtin (const char *id)
{
  StrideContent *content = stride_routine_catalog_get_content ();

  return content != NULL && id != NULL ? stride_content_find_routine (content, id) : NULL;
}

gboolean
stride_routine_catalog_is_builtin (const char *id)
{
  return find_builtin (id) != NULL;
}

char *
stride_routine_catalog_exercise_name (const char *id)
{
  const StrideExercise *exercise = stride_routine_catalog_find_exercise (id);
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
build_personal (void)
{
  StrideHistoryEntry *latest = stride_history_get_latest (stride_history_get_default (), STRIDE_HISTORY_SELF_TEST);
  g_autoptr(StrideSelfTestRecord) self_test = latest != NULL ? stride_self_test_record_new_from_entry (latest) : NULL;
  g_autoptr(GPtrArray) items = self_test != NULL ?
    stride_self_test_record_dup_routine (self_test, stride_routine_catalog_get_content ()) : NULL;
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

static void
history_changed_cb (void)
{
  personal_valid = FALSE;
}

const StrideRoutine *
stride_routine_catalog_get_personal (void)
{
  static gboolean connected;

  if (!connected)
    {
      g_signal_connect (stride_history_get_default (), "changed", G_CALLBACK (history_changed_cb), NULL);
      connected = TRUE;
    }

  if (!personal_valid)
    {
      g_clear_pointer (&personal, stride_routine_free);
      personal = build_personal ();
      personal_valid = TRUE;
    }

  return personal;
}

const StrideRoutine *
stride_routine_catalog_find (const char *id)
{
  const StrideRoutine *routine;

  g_return_val_if_fail (id != NULL, NULL);

  if ((routine = find_builtin (id)) != NULL)
    return routine;
  if (g_str_equal (id, STRIDE_PERSONAL_ROUTINE_ID))
    return stride_routine_catalog_get_personal ();

  return stride_routine_store_find (stride_routine_store_get_default (), id);
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
stride_routine_catalog_measure_name (const char *test,
                                     const char *field)
{
  StrideContent *content = stride_routine_catalog_get_content ();
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
  test_name = info != NULL ? g_strdup (info->name) : stride_routine_catalog_exercise_name (test);
  if (field_name == NULL)
    field_name = field_words (field);

  /* Translators: a self-test and one of its measures */
  return g_strdup_printf (_("%s: %s"), test_name, field_name);
}

GPtrArray *
stride_routine_catalog_plan (const StrideRoutine *routine)
{
  return stride_session_plan_build (stride_routine_catalog_get_content (), stride_history_get_default (), routine);
}
