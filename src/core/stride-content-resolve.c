/* stride-content-resolve.c — cross-references, checked once a whole pack is read
 *
 * A reference may point into the pack itself or into the packs loaded before it (BASE):
 * a user pack can suggest a bundled exercise. Ids must not collide with BASE: a pack adds
 * items, it never replaces one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-content-private.h"

static void
error_at (StridePack      *pack,
          const StrideLoc *loc,
          const char      *suffix,
          const char      *format,
          ...) G_GNUC_PRINTF (4, 5);

static void
error_at (StridePack      *pack,
          const StrideLoc *loc,
          const char      *suffix,
          const char      *format,
          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  stride_pack_error (pack, "%s: %s%s: %s", loc->file, loc->path, suffix != NULL ? suffix : "", message);
}

static StrideEntry *
entry_of (StridePack *pack,
          StrideKind  kind,
          const char *id)
{
  return g_hash_table_lookup (pack->entries[kind], id);
}

static void
check_collisions (StridePack    *pack,
                  StrideContent *base)
{
  /* A second copy of a loaded pack is refused by its id (read_pack): each of its items
   * would clash with its own loaded copy, one line each, and say nothing more. */
  if (base != NULL && pack->id != NULL && stride_content_has_pack (base, pack->id))
    return;

  for (guint kind = 0; kind < STRIDE_N_KINDS; kind++)
    for (guint i = 0; i < pack->items[kind]->len; i++)
      {
        const char *id = *(const char **) g_ptr_array_index (pack->items[kind], i);
        const char *owner = stride_content_owner_of (base, kind, id);

        if (owner != NULL)
          error_at (pack, &entry_of (pack, kind, id)->loc, ".id",
                    "the %s id “%s” is already used by pack “%s”; a pack may add items but not replace them",
                    stride_content_kind_to_string (kind), id, owner);
      }
}

static void
check_ref (StridePack      *pack,
           StrideContent   *base,
           const StrideRef *ref)
{
  const StrideQuestion *question;

  switch (ref->type)
    {
    case STRIDE_REF_ITEM:
      if (stride_pack_lookup (pack, base, ref->kind, ref->id) == NULL)
        error_at (pack, &ref->loc, NULL, "unknown %s “%s”", stride_content_kind_to_string (ref->kind), ref->id);
      break;

    case STRIDE_REF_ANSWER:
      question = stride_pack_lookup (pack, base, STRIDE_KIND_QUESTION, ref->question);
      if (question == NULL)
        {
          /* A reference to the question itself reports an unknown question, except for
           * conditions' locations, which name the "location" question implicitly. */
          if (g_str_equal (ref->question, "location"))
            error_at (pack, &ref->loc, NULL, "unknown location “%s”: there is no question “location”", ref->id);
        }
      else if (question->kind == STRIDE_QUESTION_NUMBER)
        error_at (pack, &ref->loc, NULL, "question “%s” asks for a number: it has no answer “%s”",
                  ref->question, ref->id);
      else if (stride_question_find_answer (question, ref->id) == NULL)
        error_at (pack, &ref->loc, NULL, "unknown answer “%s” of question “%s”", ref->id, ref->question);
      break;

    case STRIDE_REF_NUMBER_QUESTION:
      question = stride_pack_lookup (pack, base, STRIDE_KIND_QUESTION, ref->id);
      if (question != NULL && question->kind != STRIDE_QUESTION_NUMBER)
        error_at (pack, &ref->loc, NULL, "question “%s” does not ask for a number: name its answers instead",
                  ref->id);
      break;

    case STRIDE_REF_CHOICE_QUESTION:
    default:
      break;
    }
}

/* Copies each profile into its condition; every condition of the pack has exactly one. */
static void
attach_profiles (StridePack    *pack,
                 StrideContent *base)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *conditions = pack->items[STRIDE_KIND_CONDITION];

  for (guint i = 0; i < pack->profiles->len; i++)
    {
      StrideProfile *profile = g_ptr_array_index (pack->profiles, i);
      StrideEntry *entry;
      StrideProfile *first;

      if (profile->condition == NULL)
        continue;

      entry = entry_of (pack, STRIDE_KIND_CONDITION, profile->condition);
      if (entry == NULL)
        {
          if (stride_content_owner_of (base, STRIDE_KIND_CONDITION, profile->condition) != NULL)
            error_at (pack, &profile->loc, ".condition",
                      "condition “%s” is in another pack, which gives its profile", profile->condition);
          continue;   /* otherwise reported as an unknown condition */
        }

      first = g_hash_table_lookup (seen, profile->condition);
      if (first != NULL)
        {
          error_at (pack, &profile->loc, ".condition", "condition “%s” already has a profile (at %s: %s)",
                    profile->condition, first->loc.file, first->loc.path);
          continue;
        }
      g_hash_table_insert (seen, (gpointer) profile->condition, profile);

      ((StrideCondition *) entry->item)->prior = profile->prior;
      ((StrideCondition *) entry->item)->evidence = profile->evidence;
    }

  for (guint i = 0; i < conditions->len; i++)
    {
      StrideCondition *condition = g_ptr_array_index (conditions, i);

      if (!g_hash_table_contains (seen, condition->id))
        error_at (pack, &entry_of (pack, STRIDE_KIND_CONDITION, condition->id)->loc, NULL,
                  "condition “%s” has no profile: add one to “profiles”", condition->id);
    }
}

/* A condition must not suggest an exercise that says it is to be avoided for it. */
static void
check_suggestions (StridePack    *pack,
                   StrideContent *base)
{
  GPtrArray *conditions = pack->items[STRIDE_KIND_CONDITION];

  for (guint i = 0; i < conditions->len; i++)
    {
      StrideCondition *condition = g_ptr_array_index (conditions, i);

      for (guint j = 0; condition->exercises_do[j] != NULL; j++)
        {
          const StrideExercise *exercise = stride_pack_lookup (pack, base, STRIDE_KIND_EXERCISE,
                                                               condition->exercises_do[j]);
          g_autofree char *suffix = NULL;

          if (exercise == NULL ||
              !g_strv_contains ((const char * const *) exercise->avoid_for, condition->id))
            continue;

          suffix = g_strdup_printf (".exercises_do[%u]", j);
          error_at (pack, &entry_of (pack, STRIDE_KIND_CONDITION, condition->id)->loc, suffix,
                    "exercise “%s” lists this condition in its “avoid_for”", exercise->id);
        }
    }
}

/* The same safety for a condition's program: no stage may hold an exercise the condition
 * avoids, or one that lists the condition in its "avoid_for". */
static void
check_program_safety (StridePack    *pack,
                      StrideContent *base)
{
  GPtrArray *conditions = pack->items[STRIDE_KIND_CONDITION];

  for (guint i = 0; i < conditions->len; i++)
    {
      StrideCondition *condition = g_ptr_array_index (conditions, i);
      const StrideProgram *program = condition->program != NULL ?
                                     stride_pack_lookup (pack, base, STRIDE_KIND_PROGRAM, condition->program) : NULL;

      for (guint s = 0; program != NULL && s < program->stages->len; s++)
        {
          const StrideProgramStage *stage = g_ptr_array_index (program->stages, s);

          for (guint j = 0; j < stage->items->len; j++)
            {
              const StrideRoutineItem *item = g_ptr_array_index (stage->items, j);
              const StrideExercise *exercise = item->exercise != NULL ?
                                               stride_pack_lookup (pack, base, STRIDE_KIND_EXERCISE, item->exercise) : NULL;

              if (exercise == NULL)
                continue;
              if (stride_condition_must_avoid (condition, exercise))
                error_at (pack, &entry_of (pack, STRIDE_KIND_CONDITION, condition->id)->loc, ".program",
                          "program “%s” gives exercise “%s” in stage %u, which this condition must avoid",
                          program->id, exercise->id, s + 1);
            }
        }
    }
}

/* The same for its suggested routine: a routine is offered whole, so one item the
 * condition must avoid (single-leg RDLs for a sore hamstring tendon) makes it unsafe. */
static void
check_routine_safety (StridePack    *pack,
                      StrideContent *base)
{
  GPtrArray *conditions = pack->items[STRIDE_KIND_CONDITION];

  for (guint i = 0; i < conditions->len; i++)
    {
      StrideCondition *condition = g_ptr_array_index (conditions, i);
      const StrideRoutine *routine = condition->routine != NULL ?
                                     stride_pack_lookup (pack, base, STRIDE_KIND_ROUTINE, condition->routine) : NULL;

      for (guint j = 0; routine != NULL && j < routine->items->len; j++)
        {
          const StrideRoutineItem *item = g_ptr_array_index (routine->items, j);
          const StrideExercise *exercise = item->exercise != NULL ?
                                           stride_pack_lookup (pack, base, STRIDE_KIND_EXERCISE, item->exercise) : NULL;

          if (exercise != NULL && stride_condition_must_avoid (condition, exercise))
            error_at (pack, &entry_of (pack, STRIDE_KIND_CONDITION, condition->id)->loc, ".routine",
                      "routine “%s” holds exercise “%s”, which this condition must avoid",
                      routine->id, exercise->id);
        }
    }
}

static void
apply_overrides (StridePack    *pack,
                 StrideContent *base)
{
  for (guint i = 0; i < pack->overrides->len; i++)
    {
      StrideDoseOverride *o = &g_array_index (pack->overrides, StrideDoseOverride, i);
      StrideRoutineItem *item = o->item;

      if (item->exercise != NULL)
        {
          const StrideExercise *exercise = stride_pack_lookup (pack, base, STRIDE_KIND_EXERCISE, item->exercise);

          if (exercise == NULL)
            continue;
          item->dose = exercise->dose;
          if (o->mask & STRIDE_DOSE_SETS)
            item->dose.sets = o->dose.sets;
          if (o->mask & STRIDE_DOSE_REPS)
            item->dose.reps = o->dose.reps;
          if (o->mask & STRIDE_DOSE_HOLD)
            item->dose.hold_s = o->dose.hold_s;
          if (o->mask & STRIDE_DOSE_REST)
            item->dose.rest_s = o->dose.rest_s;
          if (o->mask & STRIDE_DOSE_SIDES)
            item->dose.sides = o->dose.sides;
          if (o->mask & STRIDE_DOSE_TEMPO)
            item->dose.tempo_s = o->dose.tempo_s;
          if (item->dose.sets == 0 || (item->dose.reps == 0 && item->dose.hold_s == 0))
            error_at (pack, &o->loc, NULL, "this item's dose has no sets, or neither reps nor a hold");
        }
      else if (item->test != NULL)
        {
          const StrideSelfTest *test = stride_pack_lookup (pack, base, STRIDE_KIND_TEST, item->test);

          item->dose.sets = 1;
          item->dose.sides = test != NULL && test->per_side ? STRIDE_SIDES_EACH : STRIDE_SIDES_NONE;
        }
    }
}

void
stride_pack_resolve (StridePack    *pack,
                     StrideContent *base)
{
  check_collisions (pack, base);
  for (guint i = 0; i < pack->refs->len; i++)
    check_ref (pack, base, &g_array_index (pack->refs, StrideRef, i));
  attach_profiles (pack, base);
  check_suggestions (pack, base);
  check_program_safety (pack, base);
  check_routine_safety (pack, base);
  apply_overrides (pack, base);
}
