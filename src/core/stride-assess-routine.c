/* stride-assess-routine.c — the personal routine a self-test prescribes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-assess-private.h"

/* A routine a runner will actually do (about half an hour): at most this many exercises
 * per finding, taken in the order the finding lists them (its best first), and at most
 * this many stretches and strength exercises in all. Every finding gets its first
 * exercise before any gets its second. */
#define MAX_EXERCISES_PER_FINDING 2
#define MAX_STRETCHES             5
#define MAX_STRENGTH              5

/* Older adults hold stretches longer (30–60 s, docs/clinical-basis.md). */
#define OLDER_ADULT_AGE      65
#define OLDER_ADULT_HOLD_S   60

/* The maintenance routine is short: at most this many sets of each item. */
#define MAINTENANCE_MAX_SETS 2

/* ---------------------------------------------------------------------------------- */
/* The personal routine                                                               */
/* ---------------------------------------------------------------------------------- */

static gboolean
has_caution_id (StrideAssessment *result,
                const char       *id)
{
  for (guint i = 0; i < result->cautions->len; i++)
    if (g_strcmp0 (((StrideAssessCaution *) g_ptr_array_index (result->cautions, i))->caution->id, id) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
follows_hold (Scorer                     *scorer,
              const StrideCautionFollows *follows)
{
  gboolean any = follows->any == NULL;

  for (guint i = 0; follows->all[i] != NULL; i++)
    if (!has_caution_id (scorer->result, follows->all[i]))
      return FALSE;

  for (guint i = 0; !any && follows->any[i] != NULL; i++)
    any = has_caution_id (scorer->result, follows->any[i]);

  return any;
}

/* Cautions that follow from others (painful single-leg loading with groin pain in a young
 * runner → possible bone stress), until none is added. */
void
stride_assess_add_following_cautions (Scorer *scorer)
{
  GPtrArray *cautions = stride_content_get_items (scorer->content, STRIDE_KIND_CAUTION);
  gboolean added = TRUE;

  while (added)
    {
      added = FALSE;
      for (guint i = 0; i < cautions->len; i++)
        {
          const StrideCaution *caution = g_ptr_array_index (cautions, i);

          if (caution->follows != NULL && !has_caution_id (scorer->result, caution->id) &&
              follows_hold (scorer, caution->follows))
            {
              stride_assess_add_caution (scorer, caution, STRIDE_SIDE_BOTH);
              added = TRUE;
            }
        }
    }
}

/* The sides on which a caution leaves EXERCISE out: pain on one side holds back that
 * side only, and a tight muscle on the side that did not hurt still gets its stretch
 * (a caution that sends to a clinician holds on both: stride_assess_add_caution()). */
static StrideSide
forbidden_sides (StrideAssessment *result,
                 const char       *exercise)
{
  StrideSide sides = STRIDE_SIDE_NONE;

  for (guint i = 0; i < result->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (result->cautions, i);

      if (entry->caution->avoid != NULL && g_strv_contains ((const char * const *) entry->caution->avoid, exercise))
        sides |= entry->sides;
    }

  return sides;
}

/* Of WANTED, the sides EXERCISE may be done on; an exercise on both legs at once is left
 * out as soon as one side must be spared. */
static StrideSide
allowed_sides (StrideAssessment     *result,
               const StrideExercise *exercise,
               StrideSide            wanted)
{
  StrideSide forbidden = forbidden_sides (result, exercise->id);

  if (exercise->dose.sides != STRIDE_SIDES_EACH)
    return forbidden == STRIDE_SIDE_NONE ? wanted : STRIDE_SIDE_NONE;
  return wanted & ~forbidden;
}

static gboolean
is_forbidden (StrideAssessment *result,
              const char       *exercise)
{
  return forbidden_sides (result, exercise) != STRIDE_SIDE_NONE;
}

/* A single-leg exercise a caution keeps only in its supported version (a hand on a wall). */
static gboolean
needs_support (StrideAssessment *result,
               const char       *exercise)
{
  for (guint i = 0; i < result->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (result->cautions, i);

      if (entry->caution->supported != NULL && g_strv_contains ((const char * const *) entry->caution->supported, exercise))
        return TRUE;
    }

  return FALSE;
}

void
stride_assess_item_free (StrideAssessItem *item)
{
  g_strfreev (item->addresses);
  g_free (item);
}

static void
add_address (StrideAssessItem *item,
             const char       *finding)
{
  guint n;

  if (finding == NULL || (item->addresses != NULL && g_strv_contains ((const char * const *) item->addresses, finding)))
    return;

  n = item->addresses != NULL ? g_strv_length (item->addresses) : 0;
  item->addresses = g_renew (char *, item->addresses, n + 2);
  item->addresses[n] = g_strdup (finding);
  item->addresses[n + 1] = NULL;
}

static StrideAssessItem *
new_item (const StrideExercise *exercise,
          const StrideDose     *dose,
          double                age)
{
  StrideAssessItem *item = g_new0 (StrideAssessItem, 1);

  item->exercise = exercise;
  item->sets = dose->sets;
  item->reps = dose->reps;
  item->hold_s = dose->hold_s;
  item->rest_s = dose->rest_s;
  item->addresses = g_new0 (char *, 1);

  if (age >= OLDER_ADULT_AGE && g_strcmp0 (exercise->kind, "stretch") == 0 &&
      item->hold_s > 0 && item->hold_s < OLDER_ADULT_HOLD_S)
    item->hold_s = OLDER_ADULT_HOLD_S;

  return item;
}

static StrideAssessItem *
find_item (GPtrArray            *items,
           const StrideExercise *exercise)
{
  for (guint i = 0; i < items->len; i++)
    if (((StrideAssessItem *) g_ptr_array_index (items, i))->exercise == exercise)
      return g_ptr_array_index (items, i);

  return NULL;
}

/* Adds EXERCISE for SIDES at DOSE (NULL: its own), merging with an item already there. */
static void
add_exercise_at (GPtrArray            *items,
                 const StrideExercise *exercise,
                 const StrideDose     *dose,
                 StrideSide            sides,
                 const char           *finding,
                 double                age)
{
  StrideAssessItem *item = find_item (items, exercise);

  if (item == NULL)
    {
      item = new_item (exercise, dose != NULL ? dose : &exercise->dose, age);
      g_ptr_array_add (items, item);
    }

  /* Two-legged exercises (or ones without a side) are done on both sides at once. */
  item->sides |= exercise->dose.sides == STRIDE_SIDES_EACH ? sides : STRIDE_SIDE_BOTH;
  add_address (item, finding);
}

static void
add_exercise (GPtrArray            *items,
              const StrideExercise *exercise,
              StrideSide            sides,
              const char           *finding,
              double                age)
{
  add_exercise_at (items, exercise, NULL, sides, finding, age);
}

/* The RANK-th exercise (0 = the best) that addresses FINDING on at least one of SIDES
 * no caution spares; *ALLOWED gets those sides. */
static const StrideExercise *
nth_allowed_exercise (Scorer                    *scorer,
                      const StrideAssessFinding *finding,
                      StrideSide                 sides,
                      guint                      rank,
                      StrideSide                *allowed)
{
  const StrideFinding *source = finding->exercises_from;

  for (guint i = 0; source != NULL && source->exercises != NULL && source->exercises[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (scorer->content, source->exercises[i]);

      if (exercise == NULL || (*allowed = allowed_sides (scorer->result, exercise, sides)) == STRIDE_SIDE_NONE)
        continue;
      if (rank-- == 0)
        return exercise;
    }

  return NULL;
}

static gboolean
has_room (GPtrArray            *items,
          const StrideExercise *exercise)
{
  gboolean stretch = g_strcmp0 (exercise->kind, "stretch") == 0;
  guint same_kind = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (items, i);

      if (item->exercise == exercise)
        return TRUE;   /* already there: only its sides grow */
      if (!item->preferred && (g_strcmp0 (item->exercise->kind, "stretch") == 0) == stretch)
        same_kind++;
    }

  return same_kind < (stretch ? MAX_STRETCHES : MAX_STRENGTH);
}

/* What a caution puts first (isometric holds for a painful tendon), at the caution's dose. */
static void
add_preferred_exercises (Scorer    *scorer,
                         GPtrArray *items,
                         double     age)
{
  GPtrArray *cautions = scorer->result->cautions;

  for (guint i = 0; i < cautions->len; i++)
    {
      const StrideCaution *caution = ((StrideAssessCaution *) g_ptr_array_index (cautions, i))->caution;

      for (guint j = 0; caution->prefer != NULL && j < caution->prefer->len; j++)
        {
          const StrideRoutineItem *preferred = g_ptr_array_index (caution->prefer, j);
          const StrideExercise *exercise = stride_content_find_exercise (scorer->content, preferred->exercise);

          if (exercise != NULL && !is_forbidden (scorer->result, exercise->id))
            {
              add_exercise_at (items, exercise, &preferred->dose, STRIDE_SIDE_BOTH, caution->id, age);
              find_item (items, exercise)->preferred = TRUE;
            }
        }
    }
}

static void
add_finding_exercises (Scorer    *scorer,
                       GPtrArray *items,
                       double     age)
{
  GPtrArray *findings = scorer->result->findings;

  for (guint rank = 0; rank < MAX_EXERCISES_PER_FINDING; rank++)
    {
      for (guint i = 0; i < findings->len; i++)
        {
          const StrideAssessFinding *finding = g_ptr_array_index (findings, i);
          StrideSide sides = finding->side == STRIDE_SIDE_NONE ? STRIDE_SIDE_BOTH : finding->side;
          StrideSide allowed = STRIDE_SIDE_NONE;
          const StrideExercise *exercise = nth_allowed_exercise (scorer, finding, sides, rank, &allowed);

          if (exercise != NULL && has_room (items, exercise))
            add_exercise (items, exercise, allowed, finding->finding->id, age);
        }
    }
}

static void
add_maintenance (Scorer    *scorer,
                 GPtrArray *items,
                 double     age)
{
  const StrideFinding *maintenance = stride_content_find_finding (scorer->content, STRIDE_FINDING_MAINTENANCE);

  if (maintenance == NULL || maintenance->exercises == NULL)
    return;

  for (guint i = 0; maintenance->exercises[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (scorer->content, maintenance->exercises[i]);
      StrideSide allowed = exercise != NULL ? allowed_sides (scorer->result, exercise, STRIDE_SIDE_BOTH) : STRIDE_SIDE_NONE;

      if (allowed == STRIDE_SIDE_NONE)
        continue;

      add_exercise (items, exercise, allowed, NULL, age);
    }

  for (guint i = 0; i < items->len; i++)
    {
      StrideAssessItem *item = g_ptr_array_index (items, i);
      item->sets = MIN (item->sets, MAINTENANCE_MAX_SETS);
    }

  /* "Keep it that way" only when nothing hurt and nothing needs watching: after a test
   * that hurt, the same short routine is not a maintenance one. */
  scorer->result->maintenance = scorer->result->cautions->len == 0;
}

/* Single-leg exercises in their supported version: the regression's text says how. */
static void
support_single_leg (Scorer    *scorer,
                    GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      StrideAssessItem *item = g_ptr_array_index (items, i);

      if (needs_support (scorer->result, item->exercise->id))
        item->note = item->exercise->regression.text;
    }
}

/* The weaker side's measure of TEST's capacity field, or FALSE when no side has one. */
static gboolean
weaker_capacity (Scorer               *scorer,
                 const StrideSelfTest *test,
                 double               *value)
{
  double left, right;
  gboolean has_left = stride_assess_input_get_number (scorer->input, test->id, STRIDE_SIDE_LEFT, test->capacity_field, &left);
  gboolean has_right = stride_assess_input_get_number (scorer->input, test->id, STRIDE_SIDE_RIGHT, test->capacity_field, &right);

  if (!has_left && !has_right)
    return FALSE;

  *value = has_left && has_right ? MIN (left, right) : has_left ? left : right;
  return TRUE;
}

/* Reps too few to train (the test was close to failing at once): the regression exercise
 * in its place, when it has one that no caution forbids and is not there already. */
static void
regress_item (Scorer           *scorer,
              GPtrArray        *items,
              StrideAssessItem *item,
              double            age)
{
  const StrideExercise *easier = item->exercise->regression.exercise != NULL ?
    stride_content_find_exercise (scorer->content, item->exercise->regression.exercise) : NULL;

  if (easier != NULL && find_item (items, easier) != NULL)
    {
      /* The easier one is there already: it does the work alone */
      StrideAssessItem *kept = find_item (items, easier);

      for (guint i = 0; item->addresses[i] != NULL; i++)
        add_address (kept, item->addresses[i]);
      g_ptr_array_remove (items, item);
      stride_assess_item_free (item);
      return;
    }
  if (easier == NULL || is_forbidden (scorer->result, easier->id))
    {
      item->reps = STRIDE_ASSESS_MIN_REPS;
      item->note = item->exercise->regression.text;
      return;
    }

  {
    StrideAssessItem *replacement = new_item (easier, &easier->dose, age);

    replacement->sides = easier->dose.sides == STRIDE_SIDES_EACH ? item->sides : STRIDE_SIDE_BOTH;
    g_strfreev (replacement->addresses);
    replacement->addresses = g_steal_pointer (&item->addresses);
    stride_assess_item_free (item);
    for (guint i = 0; i < items->len; i++)
      if (g_ptr_array_index (items, i) == item)
        items->pdata[i] = replacement;
  }
}

static gboolean
scaled_down (const StrideAssessItem *item,
             const StrideExercise   *exercise)
{
  if (item->note != NULL)
    return TRUE;

  return exercise->dose.reps > 0 ? item->reps < exercise->dose.reps : item->hold_s < exercise->dose.hold_s;
}

static void
drop_progression (Scorer               *scorer,
                  GPtrArray            *items,
                  const StrideExercise *exercise)
{
  const StrideExercise *harder = exercise->progression.exercise != NULL ?
    stride_content_find_exercise (scorer->content, exercise->progression.exercise) : NULL;
  StrideAssessItem *item = harder != NULL ? find_item (items, harder) : NULL;

  if (item != NULL)
    {
      g_ptr_array_remove (items, item);
      stride_assess_item_free (item);
    }
}

/* Doses follow measured capacity (docs/clinical-basis.md): a hold at most the content's share (~70%)
 * of the weaker side's hold; reps about the share (60–70%) of the weaker side's reps to
 * fatigue. */
static void
scale_to_capacity (Scorer    *scorer,
                   GPtrArray *items,
                   double     age)
{
  GPtrArray *tests = stride_content_get_items (scorer->content, STRIDE_KIND_TEST);

  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *test = g_ptr_array_index (tests, i);
      const StrideExercise *exercise;
      StrideAssessItem *item;
      double value;

      if (test->capacity_field == NULL ||
          (exercise = stride_content_find_exercise (scorer->content, test->capacity_exercise)) == NULL ||
          (item = find_item (items, exercise)) == NULL ||
          !weaker_capacity (scorer, test, &value))
        continue;

      if (item->reps == 0)
        {
          double hold = floor (test->capacity_share * value);

          if (hold < STRIDE_ASSESS_MIN_HOLD_S)
            {
              item->hold_s = STRIDE_ASSESS_MIN_HOLD_S;
              item->note = exercise->regression.text;
            }
          else
            item->hold_s = MIN (item->hold_s, (guint) hold);
        }
      else
        {
          double reps = floor (test->capacity_share * value + 0.5);

          if (reps < STRIDE_ASSESS_MIN_REPS)
            regress_item (scorer, items, item, age);
          else
            item->reps = (guint) MIN (reps, STRIDE_ASSESS_ENDURANCE_MAX_REPS);
        }

      /* Below its usual dose, the exercise's harder version comes later, not now */
      item = find_item (items, exercise);
      if (item == NULL || scaled_down (item, exercise))
        drop_progression (scorer, items, exercise);
    }
}

static char *
join_exercise_names (GPtrArray *names)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == names->len ? _(" and ") : _(", "));
      g_string_append (text, g_ptr_array_index (names, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The weaker side gets more work: one extra set of what trains the asymmetry, on that
 * side, and the finding says which side and what. */
static void
add_extra_sets (Scorer    *scorer,
                GPtrArray *items)
{
  GPtrArray *findings = scorer->result->findings;

  for (guint i = 0; i < findings->len; i++)
    {
      StrideAssessFinding *finding = g_ptr_array_index (findings, i);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *list = NULL;
      char *text;

      if (g_strcmp0 (finding->finding->id, STRIDE_FINDING_ASYMMETRY) != 0 ||
          (finding->side != STRIDE_SIDE_LEFT && finding->side != STRIDE_SIDE_RIGHT))
        continue;

      for (guint j = 0; j < items->len; j++)
        {
          StrideAssessItem *item = g_ptr_array_index (items, j);
          const StrideFinding *source = finding->exercises_from;

          if (item->exercise->dose.sides != STRIDE_SIDES_EACH || !(item->sides & finding->side) ||
              source == NULL || source->exercises == NULL ||
              !g_strv_contains ((const char * const *) source->exercises, item->exercise->id))
            continue;

          if (item->sides == finding->side)
            item->sets++;          /* only that side does it: one set more */
          else
            item->extra_set_side = finding->side;
          add_address (item, STRIDE_FINDING_ASYMMETRY);
          g_ptr_array_add (names, item->exercise->name);
        }

      if (names->len == 0)
        continue;

      list = join_exercise_names (names);
      text = g_strdup_printf (finding->side == STRIDE_SIDE_LEFT ?
                              /* Translators: %s lists exercises, e.g. "Side plank and Clamshell" */
                              _("%s Your left side is the weaker one: it gets one extra set of %s.") :
                              _("%s Your right side is the weaker one: it gets one extra set of %s."),
                              finding->text, list);
      g_free (finding->text);
      finding->text = text;
    }
}

/* Stretches first (the tissue is warm and free for the strength work after), then the
 * rest, each group in the order the findings asked for them. */
static void
order_items (StrideAssessment *result,
             GPtrArray        *items)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < items->len; i++)
        {
          StrideAssessItem *item = g_ptr_array_index (items, i);

          if (item != NULL && (pass == 0) == (g_strcmp0 (item->exercise->kind, "stretch") == 0))
            {
              g_ptr_array_add (result->items, item);
              items->pdata[i] = NULL;
            }
        }
    }
}

void
stride_assess_build_routine (Scorer *scorer)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  double age = stride_assess_get_age (scorer->input);

  for (guint i = 0; i < scorer->result->cautions->len; i++)
    if (((StrideAssessCaution *) g_ptr_array_index (scorer->result->cautions, i))->caution->no_routine)
      return;

  add_preferred_exercises (scorer, items, age);
  add_finding_exercises (scorer, items, age);
  if (items->len == 0)
    add_maintenance (scorer, items, age);

  support_single_leg (scorer, items);
  scale_to_capacity (scorer, items, age);
  add_extra_sets (scorer, items);
  order_items (scorer->result, items);
}
