/* stride-self-test-guide.c — what the guided self-test shows, decided without widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stride-self-test-guide.h"

/* The routine whose test items give the order of the full self-test, when the
 * content has it. */
#define ASSESSMENT_ROUTINE "hip_assessment"

typedef struct
{
  const char *id;
  const char *name;
} EquipmentName;

const char *
stride_self_test_guide_side_title (StrideSide side)
{
  switch (side)
    {
    case STRIDE_SIDE_LEFT:
      return _("Left side");
    case STRIDE_SIDE_RIGHT:
      return _("Right side");
    case STRIDE_SIDE_BOTH:
      return _("Both sides");
    case STRIDE_SIDE_NONE:
    default:
      return _("Overall");
    }
}

static const char *
lookup_equipment (const EquipmentName *names,
                  guint                n_names,
                  const char          *id)
{
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i].id, id))
      return _(names[i].name);

  /* Content may name equipment this version does not know: show the id, not nothing. */
  return id;
}

static const char *
equipment_name (const char *id)
{
  static const EquipmentName names[] = {
    { "mat", N_("An exercise mat, or a carpeted floor") },
    { "wall", N_("A wall or a chair back to touch for balance") },
    { "box", N_("A sturdy box, step or chair seat about knee height") },
    { "table", N_("A firm table or bed you can lie on") },
    { "band", N_("A resistance band") },
    { "strap", N_("A strap, belt or towel") },
    { "chair", N_("A chair") },
  };

  return lookup_equipment (names, G_N_ELEMENTS (names), id);
}

static const char *
equipment_short_name (const char *id)
{
  static const EquipmentName names[] = {
    { "mat", N_("a mat") }, { "wall", N_("a wall") }, { "box", N_("a box or step") },
    { "table", N_("a firm table") }, { "band", N_("a band") }, { "strap", N_("a strap") },
    { "chair", N_("a chair") },
  };

  return lookup_equipment (names, G_N_ELEMENTS (names), id);
}

static gboolean
test_has_input (const StrideSelfTest *test,
                const char           *input)
{
  for (guint i = 0; i < test->fields->len; i++)
    if (g_strcmp0 (((StrideField *) g_ptr_array_index (test->fields, i))->input, input) == 0)
      return TRUE;

  return FALSE;
}

GPtrArray *
stride_self_test_guide_full_sequence (StrideContent *content)
{
  const StrideRoutine *routine;
  GPtrArray *tests;
  GPtrArray *sequence;

  g_return_val_if_fail (content != NULL, NULL);

  routine = stride_content_find_routine (content, ASSESSMENT_ROUTINE);
  tests = stride_content_get_items (content, STRIDE_KIND_TEST);
  sequence = g_ptr_array_new ();
  for (guint i = 0; routine != NULL && i < routine->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (routine->items, i);
      const StrideSelfTest *test = item->test != NULL ? stride_content_find_test (content, item->test) : NULL;

      if (test != NULL && !g_ptr_array_find (sequence, test, NULL))
        g_ptr_array_add (sequence, (gpointer) test);
    }

  for (guint i = 0; i < tests->len; i++)
    if (!g_ptr_array_find (sequence, g_ptr_array_index (tests, i), NULL))
      g_ptr_array_add (sequence, g_ptr_array_index (tests, i));

  return sequence;
}

static void
need_free (StrideSelfTestNeed *need)
{
  g_free (need->title);
  g_free (need->subtitle);
  g_free (need);
}

static void
add_need (GPtrArray  *needs,
          const char *title,
          const char *subtitle)
{
  StrideSelfTestNeed *need = g_new0 (StrideSelfTestNeed, 1);

  need->title = g_strdup (title);
  need->subtitle = g_strdup (subtitle);
  g_ptr_array_add (needs, need);
}

GPtrArray *
stride_self_test_guide_list_needs (GPtrArray *tests)
{
  g_autoptr(GPtrArray) equipment = g_ptr_array_new ();
  GPtrArray *needs = g_ptr_array_new_with_free_func ((GDestroyNotify) need_free);
  gboolean angle = FALSE, partner = FALSE;

  g_return_val_if_fail (tests != NULL, NULL);

  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *test = g_ptr_array_index (tests, i);

      for (guint j = 0; test->equipment[j] != NULL; j++)
        if (!g_ptr_array_find_with_equal_func (equipment, test->equipment[j], g_str_equal, NULL))
          g_ptr_array_add (equipment, test->equipment[j]);
      angle |= test_has_input (test, "angle");
      partner |= test->partner;
    }

  for (guint i = 0; i < equipment->len; i++)
    add_need (needs, equipment_name (g_ptr_array_index (equipment, i)), NULL);
  if (angle)
    add_need (needs, _("A phone with a level or inclinometer app"),
              _("To measure angles: lay it along your shin or thigh and read the angle."));
  if (partner)
    add_need (needs, _("A partner, for some tests"),
              _("To watch your leg from the side, hold a leg, or take a photo."));
  add_need (needs, _("About 30 minutes"), _("Stride has a stopwatch and a rep counter for the timed tests."));
  return needs;
}

char *
stride_self_test_guide_describe_needs (const StrideSelfTest *test)
{
  g_autoptr(GString) needs = g_string_new (NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_return_val_if_fail (test != NULL, NULL);

  for (guint i = 0; test->equipment[i] != NULL; i++)
    g_ptr_array_add (items, (gpointer) equipment_short_name (test->equipment[i]));
  if (test_has_input (test, "angle"))
    g_ptr_array_add (items, _("a phone to measure angles"));
  g_ptr_array_add (items, NULL);

  if (items->len > 1)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) items->pdata);
      g_string_append_printf (needs, _("You need %s."), list);
    }
  if (test->partner)
    g_string_append_printf (needs, "%s%s", needs->len > 0 ? " " : "", _("A partner makes it easier."));

  return g_string_free (g_steal_pointer (&needs), FALSE);
}

static void
append_sentence (GString    *text,
                 const char *sentence)
{
  g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", sentence);
}

char *
stride_self_test_guide_describe_helpers (const StrideSelfTest *test)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (test != NULL, NULL);

  if (test_has_input (test, "angle"))
    append_sentence (text, _("Measuring an angle: use your phone as an inclinometer, with a level or clinometer app. Lay it flat along the part that moves (the shin or the thigh) and read the angle it shows."));
  if (test_has_input (test, "seconds"))
    append_sentence (text, _("The Start button beside a time is a stopwatch: start it as you get into position and stop it when you stop."));
  if (test_has_input (test, "reps"))
    append_sentence (text, _("Press + after each good repetition, or type the count."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
stride_self_test_guide_ruled_out (StrideSelfTestRecord *record,
                                  StrideContent        *content,
                                  const StrideSelfTest *test)
{
  g_autoptr(StrideAssessment) assessment = NULL;

  g_return_val_if_fail (record != NULL && content != NULL && test != NULL, FALSE);

  if (test->skip_if_caution == NULL)
    return FALSE;

  assessment = stride_self_test_record_assess (record, content, NULL);
  for (guint i = 0; assessment != NULL && i < assessment->cautions->len; i++)
    if (g_strcmp0 (((StrideAssessCaution *) g_ptr_array_index (assessment->cautions, i))->caution->id,
                   test->skip_if_caution) == 0)
      return TRUE;

  return FALSE;
}

static const char *
item_sides_text (const StrideAssessItem *item)
{
  if (item->exercise->dose.sides != STRIDE_SIDES_EACH)
    return _("Both legs together");

  switch (item->sides)
    {
    case STRIDE_SIDE_LEFT:
      return _("Left side only");
    case STRIDE_SIDE_RIGHT:
      return _("Right side only");
    default:
      return _("Each side");
    }
}

char *
stride_self_test_guide_describe_dose (const StrideAssessItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  if (item->reps > 0)
    /* Translators: e.g. "Left side only · 3 sets of 12" */
    return g_strdup_printf (_("%s · %u sets of %u"), item_sides_text (item), item->sets, item->reps);

  /* Translators: e.g. "Each side · 3 holds of 30 s" */
  return g_strdup_printf (_("%s · %u holds of %u s"), item_sides_text (item), item->sets, item->hold_s);
}

char *
stride_self_test_guide_exercise_names (StrideContent      *content,
                                       const char * const *ids)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (content != NULL, NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (content, ids[i]);
      g_ptr_array_add (names, exercise != NULL ? exercise->name : (char *) ids[i]);
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static gboolean
routine_has_on_side (StrideAssessment *assessment,
                     const char       *id,
                     StrideSide        side)
{
  for (guint i = 0; i < assessment->items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (assessment->items, i);

      if (g_strcmp0 (item->exercise->id, id) == 0 && (item->sides & side) != 0)
        return TRUE;
    }
  return FALSE;
}

GStrv
stride_self_test_guide_kept_on_side (StrideAssessment   *assessment,
                                     const char * const *ids,
                                     StrideSide          side)
{
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

  g_return_val_if_fail (assessment != NULL, NULL);
  g_return_val_if_fail (side == STRIDE_SIDE_LEFT || side == STRIDE_SIDE_RIGHT, NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (routine_has_on_side (assessment, ids[i], side))
      g_strv_builder_add (kept, ids[i]);
  return g_strv_builder_end (kept);
}

const char * const *
stride_self_test_guide_finding_structures (StrideContent             *content,
                                           const StrideAssessFinding *finding)
{
  const StrideFinding *source;
  const StrideExercise *exercise;

  g_return_val_if_fail (content != NULL && finding != NULL, NULL);

  source = finding->exercises_from;
  if (source == NULL || source->exercises == NULL || source->exercises[0] == NULL)
    return NULL;

  exercise = stride_content_find_exercise (content, source->exercises[0]);
  return exercise != NULL ? (const char * const *) exercise->targets : NULL;
}

/* In the front view the person faces you, so their right is on the picture's left. */
StrideSide
stride_self_test_guide_shape_side (const StrideShape *shape)
{
  double sum = 0;

  g_return_val_if_fail (shape != NULL, STRIDE_SIDE_BOTH);

  for (guint i = 0; i < shape->points->len; i++)
    sum += g_array_index (shape->points, StridePoint, i).x;

  if (shape->points->len == 0 || fabs (sum / shape->points->len - 50) < 2)
    return STRIDE_SIDE_BOTH;
  if ((sum / shape->points->len < 50) == (shape->view == STRIDE_VIEW_FRONT))
    return STRIDE_SIDE_RIGHT;
  return STRIDE_SIDE_LEFT;
}

static StrideShape *
copy_shape (const StrideShape *shape,
            gboolean           mirrored)
{
  StrideShape *copy = g_new0 (StrideShape, 1);

  copy->view = shape->view;
  copy->layer = shape->layer;
  copy->n_fibres = shape->n_fibres;
  for (guint i = 0; i < shape->n_fibres; i++)
    copy->fibres[i] = (StridePoint) { mirrored ? 100 - shape->fibres[i].x : shape->fibres[i].x, shape->fibres[i].y };
  copy->points = g_array_sized_new (FALSE, FALSE, sizeof (StridePoint), shape->points->len);
  for (guint i = 0; i < shape->points->len; i++)
    {
      StridePoint point = g_array_index (shape->points, StridePoint, i);

      if (mirrored)
        point.x = 100 - point.x;
      g_array_append_val (copy->points, point);
    }
  return copy;
}

static void
shape_free (StrideShape *shape)
{
  g_array_unref (shape->points);
  g_free (shape);
}

GPtrArray *
stride_self_test_guide_side_shapes (const StrideStructure *structure,
                                    StrideSide             side)
{
  gboolean any_side = side == STRIDE_SIDE_NONE || side == STRIDE_SIDE_BOTH;
  GPtrArray *shapes;

  g_return_val_if_fail (structure != NULL, NULL);

  shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) shape_free);
  for (guint i = 0; i < structure->shapes->len; i++)
    {
      const StrideShape *shape = g_ptr_array_index (structure->shapes, i);
      StrideSide drawn = stride_self_test_guide_shape_side (shape);

      if (any_side || drawn == STRIDE_SIDE_BOTH || drawn == side)
        g_ptr_array_add (shapes, copy_shape (shape, FALSE));
      if (shape->mirror && (any_side || (drawn != STRIDE_SIDE_BOTH && drawn != side)))
        g_ptr_array_add (shapes, copy_shape (shape, TRUE));
    }

  return shapes;
}
