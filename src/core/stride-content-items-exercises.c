/* stride-content-items-exercises.c — reading findings, cautions, exercises, tests, routines and programs
 *
 * Each reader checks the keys it allows and the type of every field
 * (docs/content-schema.md); references to other items are only recorded here and resolved
 * once the whole pack is read (stride-content-resolve.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-angle.h"
#include "stride-content-items-private.h"

static const char * const equipment_values[] = {
  "mat", "wall", "box", "table", "band", "strap", "chair", NULL
};

static const char * const sides_values[] = { "each", "both", "none", NULL };

gpointer
stride_items_read_finding (StrideReader *reader,
                           JsonObject   *object,
                           gpointer      data)
{
  StrideFinding *f = stride_arena_new0 (reader->pack->arena, StrideFinding);

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "text", "exercises"));
  f->id = stride_reader_id (reader, object, "id", TRUE);
  f->name = stride_reader_text (reader, object, "name", TRUE);
  f->text = stride_reader_text (reader, object, "text", TRUE);
  f->exercises = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "exercises", TRUE, 0,
                                                             STRIDE_KIND_EXERCISE));
  return f;
}

static gpointer
read_caution_follows (StrideReader *reader,
                      JsonObject   *object,
                      gpointer      data)
{
  StrideCautionFollows *follows = stride_arena_new0 (reader->pack->arena, StrideCautionFollows);

  stride_reader_check_keys (reader, object, KEYS ("all", "any"));
  follows->all = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "all", TRUE, 1, STRIDE_KIND_CAUTION));
  follows->any = stride_reader_ref_list (reader, object, "any", FALSE, 1, STRIDE_KIND_CAUTION);
  return follows;
}

static gpointer read_routine_item (StrideReader *reader, JsonObject *object, gpointer data);

gpointer
stride_items_read_caution (StrideReader *reader,
                           JsonObject   *object,
                           gpointer      data)
{
  StrideCaution *c = stride_arena_new0 (reader->pack->arena, StrideCaution);

  stride_reader_check_keys (reader, object, KEYS ("id", "text", "avoid", "supported", "prefer", "follows",
                                                   "see_clinician", "no_routine"));
  c->id = stride_reader_id (reader, object, "id", TRUE);
  c->text = stride_reader_text (reader, object, "text", TRUE);
  c->avoid = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "avoid", TRUE, 0,
                                                         STRIDE_KIND_EXERCISE));
  c->supported = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "supported", FALSE, 0,
                                                             STRIDE_KIND_EXERCISE));
  c->prefer = stride_items_read_object_list (reader, object, "prefer", FALSE, 0, read_routine_item, NULL);
  for (guint i = 0; i < c->prefer->len; i++)
    if (((StrideRoutineItem *) g_ptr_array_index (c->prefer, i))->test != NULL)
      {
        gsize mark = stride_reader_push_key (reader, "prefer");
        stride_reader_error (reader, "a caution prefers exercises, not tests");
        stride_reader_pop (reader, mark);
      }
  c->follows = stride_items_read_member_object (reader, object, "follows", FALSE, read_caution_follows, NULL);
  c->see_clinician = stride_reader_bool (reader, object, "see_clinician", FALSE);
  c->no_routine = stride_reader_bool (reader, object, "no_routine", FALSE);
  if (c->no_routine && !c->see_clinician)
    stride_reader_error (reader, "a caution with “no_routine” sends the person to a clinician (“see_clinician”: true)");
  return c;
}

/* Reads the dose keys present in OBJECT into DOSE; returns which were there. */
static StrideDoseMask
read_dose_keys (StrideReader *reader,
                JsonObject   *object,
                StrideDose   *dose,
                gboolean      required)
{
  StrideDoseMask mask = 0;
  int sides;

  if (stride_reader_uint (reader, object, "sets", required, 100, &dose->sets))
    mask |= STRIDE_DOSE_SETS;
  if (stride_reader_uint (reader, object, "reps", FALSE, 1000, &dose->reps))
    mask |= STRIDE_DOSE_REPS;
  if (stride_reader_uint (reader, object, "hold_s", FALSE, 3600, &dose->hold_s))
    mask |= STRIDE_DOSE_HOLD;
  if (stride_reader_uint (reader, object, "rest_s", FALSE, 3600, &dose->rest_s))
    mask |= STRIDE_DOSE_REST;
  if (stride_reader_uint (reader, object, "tempo_s", FALSE, 60, &dose->tempo_s))
    mask |= STRIDE_DOSE_TEMPO;
  sides = stride_reader_enum (reader, object, "sides", sides_values, required ? -1 : 99);
  if (sides >= 0 && sides != 99)
    {
      dose->sides = (StrideSides) sides;
      mask |= STRIDE_DOSE_SIDES;
    }
  return mask;
}

static gpointer
read_dose (StrideReader *reader,
           JsonObject   *object,
           gpointer      data)
{
  StrideDose *dose = data;

  stride_reader_check_keys (reader, object, KEYS ("sets", "reps", "hold_s", "rest_s", "sides", "tempo_s"));
  if ((read_dose_keys (reader, object, dose, TRUE) & STRIDE_DOSE_SETS) && dose->sets == 0)
    stride_reader_error (reader, "a dose has at least one set");
  if (dose->reps == 0 && dose->hold_s == 0)
    stride_reader_error (reader, "a dose needs “reps” or “hold_s”");
  return dose;
}

static gpointer
read_step (StrideReader *reader,
           JsonObject   *object,
           gpointer      data)
{
  StrideStep *step = data;

  stride_reader_check_keys (reader, object, KEYS ("text", "exercise"));
  step->text = stride_reader_text (reader, object, "text", TRUE);
  step->exercise = stride_reader_ref (reader, object, "exercise", FALSE, STRIDE_KIND_EXERCISE);
  return step;
}

gpointer
stride_items_read_exercise (StrideReader *reader,
                            JsonObject   *object,
                            gpointer      data)
{
  StrideExercise *e = stride_arena_new0 (reader->pack->arena, StrideExercise);
  int kind;

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "kind", "targets", "summary", "steps", "one_side_step", "cues",
                                                   "equipment", "dose", "avoid_for", "progression",
                                                   "regression", "video", "sources"));
  e->id = stride_reader_id (reader, object, "id", TRUE);
  e->name = stride_reader_text (reader, object, "name", TRUE);
  kind = stride_reader_enum (reader, object, "kind", KEYS ("stretch", "strength", "run"), -1);
  e->kind = kind >= 0 ? (char *) KEYS ("stretch", "strength", "run")[kind] : NULL;
  e->targets = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "targets", TRUE, 1,
                                                           STRIDE_KIND_STRUCTURE));
  e->summary = stride_reader_text (reader, object, "summary", TRUE);
  e->steps = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "steps", TRUE, 1));
  e->one_side_step = stride_reader_text (reader, object, "one_side_step", FALSE);
  e->cues = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "cues", TRUE, 1));
  e->equipment = stride_items_empty_strv (reader, stride_reader_enum_list (reader, object, "equipment", equipment_values));
  stride_items_read_member_object (reader, object, "dose", TRUE, read_dose, &e->dose);
  e->avoid_for = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "avoid_for", TRUE, 0,
                                                             STRIDE_KIND_CONDITION));
  stride_items_read_member_object (reader, object, "progression", TRUE, read_step, &e->progression);
  stride_items_read_member_object (reader, object, "regression", TRUE, read_step, &e->regression);
  e->video = stride_reader_ref (reader, object, "video", FALSE, STRIDE_KIND_VIDEO);
  e->sources = stride_items_read_sources (reader, object, TRUE);

  /* It replaces the step saying how the sides take turns */
  if (e->one_side_step != NULL && e->dose.sides != STRIDE_SIDES_EACH)
    stride_reader_error (reader, "“one_side_step” is for an exercise done on each side (dose “sides”: “each”)");
  if (e->id != NULL && g_strcmp0 (e->progression.exercise, e->id) == 0)
    stride_reader_error (reader, "an exercise cannot be its own progression");
  if (e->id != NULL && g_strcmp0 (e->regression.exercise, e->id) == 0)
    stride_reader_error (reader, "an exercise cannot be its own regression");
  return e;
}

static gpointer
read_measure (StrideReader *reader,
              JsonObject   *object,
              gpointer      data)
{
  StrideMeasure *m = stride_arena_new0 (reader->pack->arena, StrideMeasure);
  static const char * const methods[] = { "between", "flexion", "from_vertical", NULL };
  int method;

  stride_reader_check_keys (reader, object, KEYS ("method", "points", "help"));
  method = stride_reader_enum (reader, object, "method", methods, -1);
  m->method = MAX (method, 0);
  m->points = stride_reader_text_list (reader, object, "points", TRUE, 2);
  m->help = stride_reader_text (reader, object, "help", TRUE);
  if (method >= 0 && m->points != NULL &&
      g_strv_length (m->points) != stride_measure_method_n_points ((StrideMeasureMethod) method))
    stride_reader_error (reader, "“%s” takes %u points, not %u", methods[method],
                         stride_measure_method_n_points ((StrideMeasureMethod) method),
                         g_strv_length (m->points));
  return m;
}

static gpointer
read_field (StrideReader *reader,
            JsonObject   *object,
            gpointer      data)
{
  StrideField *f = stride_arena_new0 (reader->pack->arena, StrideField);
  int kind;

  stride_reader_check_keys (reader, object, KEYS ("id", "kind", "text", "min", "max", "unit", "input",
                                                   "choices", "measure"));
  f->id = stride_reader_id (reader, object, "id", TRUE);
  kind = stride_reader_enum (reader, object, "kind", KEYS ("number", "choice", "bool"), -1);
  f->kind = kind >= 0 ? (StrideFieldKind) kind : STRIDE_FIELD_BOOL;
  f->text = stride_reader_text (reader, object, "text", TRUE);

  if (kind == STRIDE_FIELD_NUMBER)
    {
      static const char * const inputs[] = { "angle", "seconds", "reps", "count", "cm", NULL };
      gboolean has_min = stride_reader_number (reader, object, "min", TRUE, &f->min);
      gboolean has_max = stride_reader_number (reader, object, "max", TRUE, &f->max);
      int input;

      if (has_min && has_max && !(f->min < f->max))
        stride_reader_error (reader, "“min” must be less than “max”");
      f->unit = stride_reader_text (reader, object, "unit", FALSE);
      input = stride_reader_enum (reader, object, "input", inputs, -1);
      f->input = input >= 0 ? (char *) inputs[input] : NULL;
      stride_items_forbid_keys (reader, object, KEYS ("choices"), "only choice fields have choices");
      if (g_strcmp0 (f->input, "angle") == 0)
        f->measure = stride_items_read_member_object (reader, object, "measure", FALSE, read_measure, NULL);
      else
        stride_items_forbid_keys (reader, object, KEYS ("measure"), "only angle fields are measured on a photo");
    }
  else
    stride_items_forbid_keys (reader, object, KEYS ("min", "max", "unit", "input", "measure"), "only number fields have this");

  if (kind == STRIDE_FIELD_CHOICE)
    f->choices = stride_items_read_answers (reader, object, "choices", FALSE);
  else
    {
      f->choices = stride_arena_ptr_array (reader->pack->arena);
      if (kind == STRIDE_FIELD_BOOL)
        stride_items_forbid_keys (reader, object, KEYS ("choices"), "only choice fields have choices");
    }
  return f->id != NULL ? f : NULL;
}

static StrideField *
find_field (GPtrArray  *fields,
            const char *id)
{
  for (guint i = 0; i < fields->len; i++)
    if (g_str_equal (((StrideField *) g_ptr_array_index (fields, i))->id, id))
      return g_ptr_array_index (fields, i);
  return NULL;
}

static gboolean
has_choice (StrideField *field,
            const char  *id)
{
  for (guint i = 0; i < field->choices->len; i++)
    if (g_str_equal (((StrideAnswer *) g_ptr_array_index (field->choices, i))->id, id))
      return TRUE;
  return FALSE;
}

/* One condition of a rule, checked against the test's own fields (passed as DATA). */
static gpointer
read_test_condition (StrideReader *reader,
                     JsonObject   *object,
                     gpointer      data)
{
  static const char * const ops[] = { "equals", "lt", "le", "gt", "ge", NULL };
  StrideTestCondition *c = stride_arena_new0 (reader->pack->arena, StrideTestCondition);
  GPtrArray *fields = data;
  StrideField *field = NULL;
  const char *op = NULL;
  guint n_ops = 0;
  int sex;

  stride_reader_check_keys (reader, object, KEYS ("field", "equals", "lt", "le", "gt", "ge", "sex"));
  c->field = stride_reader_id (reader, object, "field", TRUE);
  sex = stride_reader_enum (reader, object, "sex", KEYS ("female", "male", "other"), 99);
  c->sex = sex >= 0 && sex != 99 ? (char *) KEYS ("female", "male", "other")[sex] : NULL;

  for (guint i = 0; ops[i] != NULL; i++)
    if (json_object_has_member (object, ops[i]))
      {
        op = ops[i];
        c->compare = (StrideCompare) i;
        n_ops++;
      }
  if (n_ops != 1)
    {
      stride_reader_error (reader, "a condition has exactly one of: equals, lt, le, gt, ge");
      return NULL;
    }

  if (c->field != NULL)
    {
      field = find_field (fields, c->field);
      if (field == NULL)
        {
          gsize mark = stride_reader_push_key (reader, "field");
          stride_reader_error (reader, "unknown field “%s” of this test", c->field);
          stride_reader_pop (reader, mark);
          return NULL;
        }
    }
  if (field == NULL)
    return NULL;

  if (c->compare != STRIDE_COMPARE_EQUALS)
    {
      if (field->kind != STRIDE_FIELD_NUMBER)
        {
          stride_reader_error (reader, "“%s” compares numbers, and field “%s” is not a number", op, field->id);
          return NULL;
        }
      stride_reader_number (reader, object, op, TRUE, &c->number);
    }
  else if (field->kind == STRIDE_FIELD_NUMBER)
    {
      stride_reader_error (reader, "compare number field “%s” with lt, le, gt or ge", field->id);
      return NULL;
    }
  else if (field->kind == STRIDE_FIELD_BOOL)
    c->flag = stride_reader_bool (reader, object, "equals", FALSE);
  else
    {
      c->choice = stride_reader_id (reader, object, "equals", TRUE);
      if (c->choice != NULL && !has_choice (field, c->choice))
        {
          gsize mark = stride_reader_push_key (reader, "equals");
          stride_reader_error (reader, "unknown choice “%s” of field “%s”", c->choice, field->id);
          stride_reader_pop (reader, mark);
        }
    }
  return c;
}

static gpointer
read_rule (StrideReader *reader,
           JsonObject   *object,
           gpointer      data)
{
  StrideTestRule *rule = stride_arena_new0 (reader->pack->arena, StrideTestRule);

  stride_reader_check_keys (reader, object, KEYS ("finding", "caution", "when", "text", "see_clinician"));
  rule->finding = stride_reader_ref (reader, object, "finding", FALSE, STRIDE_KIND_FINDING);
  rule->caution = stride_reader_ref (reader, object, "caution", FALSE, STRIDE_KIND_CAUTION);
  if (json_object_has_member (object, "finding") == json_object_has_member (object, "caution"))
    stride_reader_error (reader, "a rule gives either a “finding” or a “caution”");
  rule->when = stride_items_read_object_list (reader, object, "when", TRUE, 1, read_test_condition, data);
  rule->text = stride_reader_text (reader, object, "text", TRUE);
  rule->see_clinician = stride_reader_bool (reader, object, "see_clinician", FALSE);
  return rule;
}

static void
check_number_field (StrideReader   *reader,
                    StrideSelfTest *t,
                    const char     *key,
                    const char     *id,
                    StrideFieldKind kind)
{
  StrideField *field;
  gsize mark;

  if (id == NULL)
    return;

  field = find_field (t->fields, id);
  mark = stride_reader_push_key (reader, key);
  if (field == NULL)
    stride_reader_error (reader, "unknown field “%s” of this test", id);
  else if (field->kind != kind)
    stride_reader_error (reader, kind == STRIDE_FIELD_NUMBER ? "field “%s” is not a number"
                                                             : "field “%s” is not true or false", id);
  stride_reader_pop (reader, mark);
}

static gpointer
read_asymmetry (StrideReader *reader,
                JsonObject   *object,
                gpointer      data)
{
  StrideSelfTest *t = data;
  gboolean has_difference, has_ratio;

  stride_reader_check_keys (reader, object, KEYS ("field", "min_difference", "min_ratio", "clinician_with"));
  t->asymmetry_field = stride_reader_id (reader, object, "field", TRUE);
  has_difference = stride_reader_number (reader, object, "min_difference", FALSE, &t->asymmetry_min_difference);
  has_ratio = stride_reader_number (reader, object, "min_ratio", FALSE, &t->asymmetry_min_ratio);
  t->asymmetry_clinician_with = stride_reader_id (reader, object, "clinician_with", FALSE);

  check_number_field (reader, t, "field", t->asymmetry_field, STRIDE_FIELD_NUMBER);
  check_number_field (reader, t, "clinician_with", t->asymmetry_clinician_with, STRIDE_FIELD_BOOL);
  if (!json_object_has_member (object, "min_difference") && !json_object_has_member (object, "min_ratio"))
    stride_reader_error (reader, "asymmetry needs “min_difference”, “min_ratio” or both");
  else if (has_difference && !(t->asymmetry_min_difference > 0))
    stride_reader_error (reader, "“min_difference” must be more than 0");
  else if (has_ratio && !(t->asymmetry_min_ratio > 0 && t->asymmetry_min_ratio <= 1))
    stride_reader_error (reader, "“min_ratio” must be more than 0 and at most 1");
  return t;
}

static gpointer
read_capacity (StrideReader *reader,
               JsonObject   *object,
               gpointer      data)
{
  StrideSelfTest *t = data;

  stride_reader_check_keys (reader, object, KEYS ("field", "exercise", "share"));
  t->capacity_field = stride_reader_id (reader, object, "field", TRUE);
  t->capacity_exercise = stride_reader_ref (reader, object, "exercise", TRUE, STRIDE_KIND_EXERCISE);
  if (stride_reader_number (reader, object, "share", TRUE, &t->capacity_share) &&
      !(t->capacity_share > 0 && t->capacity_share <= 1))
    stride_reader_error (reader, "“share” must be more than 0 and at most 1");
  check_number_field (reader, t, "field", t->capacity_field, STRIDE_FIELD_NUMBER);
  return t;
}

gpointer
stride_items_read_test (StrideReader *reader,
                        JsonObject   *object,
                        gpointer      data)
{
  StrideSelfTest *t = stride_arena_new0 (reader->pack->arena, StrideSelfTest);
  int kind;

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "kind", "per_side", "summary", "look_for",
                                                   "safety", "steps", "equipment", "partner", "fields",
                                                   "rules", "asymmetry", "capacity", "skip_if_caution",
                                                   "video", "sources"));
  t->id = stride_reader_id (reader, object, "id", TRUE);
  t->name = stride_reader_text (reader, object, "name", TRUE);
  kind = stride_reader_enum (reader, object, "kind", KEYS ("flexibility", "strength", "control"), -1);
  t->kind = kind >= 0 ? (char *) KEYS ("flexibility", "strength", "control")[kind] : NULL;
  if (stride_reader_member (reader, object, "per_side", TRUE) != NULL)
    t->per_side = stride_reader_bool (reader, object, "per_side", FALSE);
  t->summary = stride_reader_text (reader, object, "summary", TRUE);
  t->look_for = stride_reader_text (reader, object, "look_for", TRUE);
  t->safety = stride_reader_text (reader, object, "safety", TRUE);
  t->steps = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "steps", TRUE, 1));
  t->equipment = stride_items_empty_strv (reader, stride_reader_enum_list (reader, object, "equipment", equipment_values));
  t->partner = stride_reader_bool (reader, object, "partner", FALSE);
  t->fields = stride_items_read_object_list (reader, object, "fields", TRUE, 1, read_field, NULL);

  for (guint i = 0; i < t->fields->len; i++)
    for (guint j = 0; j < i; j++)
      if (g_str_equal (((StrideField *) g_ptr_array_index (t->fields, i))->id,
                       ((StrideField *) g_ptr_array_index (t->fields, j))->id))
        {
          gsize mark = stride_reader_push_key (reader, "fields");
          stride_reader_error (reader, "the id “%s” is used twice",
                               ((StrideField *) g_ptr_array_index (t->fields, i))->id);
          stride_reader_pop (reader, mark);
        }

  t->rules = stride_items_read_object_list (reader, object, "rules", TRUE, 0, read_rule, t->fields);
  stride_items_read_member_object (reader, object, "asymmetry", FALSE, read_asymmetry, t);
  stride_items_read_member_object (reader, object, "capacity", FALSE, read_capacity, t);
  t->skip_if_caution = stride_reader_ref (reader, object, "skip_if_caution", FALSE, STRIDE_KIND_CAUTION);
  if (t->capacity_field != NULL && !t->per_side)
    stride_reader_error (reader, "“capacity” compares sides: the test must be per side");
  t->video = stride_reader_ref (reader, object, "video", FALSE, STRIDE_KIND_VIDEO);
  t->sources = stride_items_read_sources (reader, object, TRUE);
  return t;
}

static gpointer
read_routine_item (StrideReader *reader,
                   JsonObject   *object,
                   gpointer      data)
{
  StrideRoutineItem *item = stride_arena_new0 (reader->pack->arena, StrideRoutineItem);
  StrideDoseOverride override = { item, { 0 }, 0, stride_reader_loc (reader) };

  stride_reader_check_keys (reader, object, KEYS ("exercise", "test", "sets", "reps", "hold_s", "rest_s",
                                                   "sides", "tempo_s"));
  item->exercise = stride_reader_ref (reader, object, "exercise", FALSE, STRIDE_KIND_EXERCISE);
  item->test = stride_reader_ref (reader, object, "test", FALSE, STRIDE_KIND_TEST);
  if (json_object_has_member (object, "exercise") == json_object_has_member (object, "test"))
    stride_reader_error (reader, "an item names either an “exercise” or a “test”");

  override.mask = read_dose_keys (reader, object, &override.dose, FALSE);
  if (override.mask != 0 && json_object_has_member (object, "test"))
    stride_reader_error (reader, "a test item has no dose");
  g_array_append_val (reader->pack->overrides, override);
  return item;
}

gpointer
stride_items_read_routine (StrideReader *reader,
                           JsonObject   *object,
                           gpointer      data)
{
  StrideRoutine *r = stride_arena_new0 (reader->pack->arena, StrideRoutine);
  int kind;

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "kind", "summary", "items"));
  r->id = stride_reader_id (reader, object, "id", TRUE);
  r->name = stride_reader_text (reader, object, "name", TRUE);
  kind = stride_reader_enum (reader, object, "kind", KEYS ("stretch", "strength", "assessment", "mixed"), -1);
  r->kind = kind >= 0 ? (char *) KEYS ("stretch", "strength", "assessment", "mixed")[kind] : NULL;
  r->summary = stride_reader_text (reader, object, "summary", TRUE);
  r->items = stride_items_read_object_list (reader, object, "items", TRUE, 1, read_routine_item, NULL);
  return r;
}

static gpointer
read_program_item (StrideReader *reader,
                   JsonObject   *object,
                   gpointer      data)
{
  StrideRoutineItem *item = read_routine_item (reader, object, data);

  if (json_object_has_member (object, "test"))
    stride_reader_error (reader, "a program's stage lists exercises, not tests");
  return item;
}

static gpointer
read_program_stage (StrideReader *reader,
                    JsonObject   *object,
                    gpointer      data)
{
  StrideProgramStage *stage = stride_arena_new0 (reader->pack->arena, StrideProgramStage);

  stride_reader_check_keys (reader, object, KEYS ("name", "goal", "education", "progress_when", "items"));
  stage->name = stride_reader_text (reader, object, "name", TRUE);
  stage->goal = stride_reader_text (reader, object, "goal", TRUE);
  stage->education = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "education", TRUE, 1));
  stage->progress_when = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "progress_when", TRUE, 1));
  stage->items = stride_items_read_object_list (reader, object, "items", TRUE, 1, read_program_item, NULL);
  return stage;
}

gpointer
stride_items_read_program (StrideReader *reader,
                           JsonObject   *object,
                           gpointer      data)
{
  StrideProgram *p = stride_arena_new0 (reader->pack->arena, StrideProgram);
  guint value = 0;

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "summary", "start_when", "min_weeks",
                                                   "sessions_per_week", "stages", "sources"));
  p->id = stride_reader_id (reader, object, "id", TRUE);
  p->name = stride_reader_text (reader, object, "name", TRUE);
  p->summary = stride_reader_text (reader, object, "summary", TRUE);
  p->start_when = stride_reader_text (reader, object, "start_when", FALSE);
  if (stride_reader_uint (reader, object, "min_weeks", TRUE, 12, &value))
    {
      p->min_weeks = value;
      if (value == 0)
        {
          gsize mark = stride_reader_push_key (reader, "min_weeks");
          stride_reader_error (reader, "a stage lasts at least 1 week");
          stride_reader_pop (reader, mark);
        }
    }
  if (stride_reader_uint (reader, object, "sessions_per_week", TRUE, 7, &value))
    {
      p->sessions_per_week = value;
      if (value == 0)
        {
          gsize mark = stride_reader_push_key (reader, "sessions_per_week");
          stride_reader_error (reader, "a program has at least 1 session a week");
          stride_reader_pop (reader, mark);
        }
    }
  p->stages = stride_items_read_object_list (reader, object, "stages", TRUE, 2, read_program_stage, NULL);
  p->sources = stride_items_read_sources (reader, object, TRUE);
  return p;
}
