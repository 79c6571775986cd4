/* stride-content-items-symptoms.c — reading structures, questions, red flags, conditions and profiles
 *
 * Each reader checks the keys it allows and the type of every field
 * (docs/content-schema.md); references to other items are only recorded here and resolved
 * once the whole pack is read (stride-content-resolve.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "stride-content-items-private.h"

/* A point: [x, y], both in the 100 × 100 box. */
static gboolean
read_point (StrideReader *reader,
            JsonNode     *node,
            StridePoint  *point)
{
  JsonArray *array;
  double values[2];

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) != 2)
    {
      stride_reader_error (reader, "a point is two numbers: [x, y]");
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *value = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (value) ||
          (json_node_get_value_type (value) != G_TYPE_INT64 &&
           json_node_get_value_type (value) != G_TYPE_DOUBLE))
        {
          stride_reader_error (reader, "a point is two numbers: [x, y]");
          return FALSE;
        }
      values[i] = json_node_get_double (value);
      if (!(values[i] >= 0 && values[i] <= 100))
        {
          stride_reader_error (reader, "a point lies in the 100 × 100 box: 0 to 100");
          return FALSE;
        }
    }
  point->x = values[0];
  point->y = values[1];
  return TRUE;
}

static void
read_fibres (StrideReader *reader,
             JsonObject   *object,
             StrideShape  *shape)
{
  JsonArray *fibres = stride_reader_array (reader, object, "fibres", FALSE, 4);
  gsize mark;

  if (fibres == NULL)
    return;

  mark = stride_reader_push_key (reader, "fibres");
  if (json_array_get_length (fibres) > 4)
    stride_reader_error (reader, "fibres are four points: the origin's two ends, then the insertion's");
  else if (json_array_get_length (fibres) == 4)
    for (guint i = 0; i < 4; i++)
      {
        gsize item_mark = stride_reader_push_index (reader, i);

        if (read_point (reader, json_array_get_element (fibres, i), &shape->fibres[i]))
          shape->n_fibres++;
        stride_reader_pop (reader, item_mark);
      }
  if (shape->n_fibres != 4)
    shape->n_fibres = 0;
  stride_reader_pop (reader, mark);
}

static gpointer
read_shape (StrideReader *reader,
            JsonObject   *object,
            gpointer      data)
{
  StrideShape *shape = stride_arena_new0 (reader->pack->arena, StrideShape);
  JsonArray *points;
  int view;

  stride_reader_check_keys (reader, object, KEYS ("view", "layer", "mirror", "points", "fibres"));
  view = stride_reader_enum (reader, object, "view", KEYS ("front", "back", "side"), -1);
  shape->view = view == 2 ? STRIDE_VIEW_SIDE : view == 1 ? STRIDE_VIEW_BACK : STRIDE_VIEW_FRONT;
  shape->layer = stride_reader_enum (reader, object, "layer", KEYS ("superficial", "deep"), 0) == 1
                 ? STRIDE_LAYER_DEEP : STRIDE_LAYER_SUPERFICIAL;
  shape->mirror = stride_reader_bool (reader, object, "mirror", FALSE);
  shape->points = stride_arena_array (reader->pack->arena, sizeof (StridePoint));

  points = stride_reader_array (reader, object, "points", TRUE, 3);
  if (points != NULL)
    {
      gsize mark = stride_reader_push_key (reader, "points");

      for (guint i = 0; i < json_array_get_length (points); i++)
        {
          gsize item_mark = stride_reader_push_index (reader, i);
          StridePoint point;

          if (read_point (reader, json_array_get_element (points, i), &point))
            g_array_append_val (shape->points, point);
          stride_reader_pop (reader, item_mark);
        }
      stride_reader_pop (reader, mark);
    }
  read_fibres (reader, object, shape);
  return shape;
}

static GPtrArray *
read_shapes (StrideReader *reader,
             JsonObject   *object,
             guint         min_length)
{
  return stride_items_read_object_list (reader, object, "shapes", min_length > 0, min_length, read_shape, NULL);
}

gpointer
stride_items_read_structure (StrideReader *reader,
                             JsonObject   *object,
                             gpointer      data)
{
  StrideStructure *s = stride_arena_new0 (reader->pack->arena, StrideStructure);
  int kind;

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "kind", "summary", "location", "action",
                                                   "running", "problems", "shapes", "sources"));
  s->id = stride_reader_id (reader, object, "id", TRUE);
  s->name = stride_reader_text (reader, object, "name", TRUE);
  kind = stride_reader_enum (reader, object, "kind", KEYS ("muscle", "joint", "tendon", "fascia", "bone", "nerve"), -1);
  s->kind = kind >= 0 ? (char *) KEYS ("muscle", "joint", "tendon", "fascia", "bone", "nerve")[kind] : NULL;
  s->summary = stride_reader_text (reader, object, "summary", TRUE);
  s->location = stride_reader_text (reader, object, "location", TRUE);
  s->action = stride_reader_text (reader, object, "action", TRUE);
  s->running = stride_reader_text (reader, object, "running", TRUE);
  s->problems = stride_reader_text (reader, object, "problems", TRUE);
  s->shapes = read_shapes (reader, object, 1);
  s->sources = stride_items_read_sources (reader, object, FALSE);
  return s;
}

static gpointer
read_answer (StrideReader *reader,
             JsonObject   *object,
             gpointer      data)
{
  StrideAnswer *answer = stride_arena_new0 (reader->pack->arena, StrideAnswer);
  gboolean with_shapes = GPOINTER_TO_INT (data);

  if (with_shapes)
    stride_reader_check_keys (reader, object, KEYS ("id", "text", "ask", "screen", "shapes"));
  else
    stride_reader_check_keys (reader, object, KEYS ("id", "text"));
  answer->id = stride_reader_id (reader, object, "id", TRUE);
  answer->text = stride_reader_text (reader, object, "text", TRUE);
  answer->ask = with_shapes ? stride_reader_text (reader, object, "ask", FALSE) : NULL;
  answer->screen = with_shapes ? stride_reader_id (reader, object, "screen", FALSE) : NULL;
  answer->shapes = with_shapes ? read_shapes (reader, object, 0) : stride_arena_ptr_array (reader->pack->arena);
  return answer->id != NULL ? answer : NULL;
}

/* Answers or choices: ids unique within their list, and not the reserved "dont_know". */
GPtrArray *
stride_items_read_answers (StrideReader *reader,
                           JsonObject   *object,
                           const char   *key,
                           gboolean      with_shapes)
{
  GPtrArray *answers = stride_items_read_object_list (reader, object, key, TRUE, 2, read_answer,
                                         GINT_TO_POINTER (with_shapes));
  gsize mark = stride_reader_push_key (reader, key);

  for (guint i = 0; i < answers->len; i++)
    {
      StrideAnswer *answer = g_ptr_array_index (answers, i);

      if (g_str_equal (answer->id, STRIDE_ANSWER_DONT_KNOW))
        stride_reader_error (reader, "“%s” is reserved: every question accepts it", STRIDE_ANSWER_DONT_KNOW);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (answer->id, ((StrideAnswer *) g_ptr_array_index (answers, j))->id))
          stride_reader_error (reader, "the id “%s” is used twice", answer->id);
    }
  stride_reader_pop (reader, mark);
  return answers;
}

gpointer
stride_items_read_question (StrideReader *reader,
                            JsonObject   *object,
                            gpointer      data)
{
  StrideQuestion *q = stride_arena_new0 (reader->pack->arena, StrideQuestion);
  int kind, stage;

  stride_reader_check_keys (reader, object, KEYS ("id", "kind", "stage", "text", "help", "answers",
                                                   "min", "max", "unit"));
  q->id = stride_reader_id (reader, object, "id", TRUE);
  kind = stride_reader_enum (reader, object, "kind", KEYS ("one", "many", "number"), -1);
  q->kind = kind >= 0 ? (StrideQuestionKind) kind : STRIDE_QUESTION_ONE;
  stage = stride_reader_enum (reader, object, "stage", KEYS ("red_flags", "interview", "about_you"), -1);
  q->stage = stage >= 0 ? (StrideQuestionStage) stage : STRIDE_STAGE_INTERVIEW;
  q->text = stride_reader_text (reader, object, "text", TRUE);
  q->help = stride_reader_text (reader, object, "help", FALSE);

  if (kind == STRIDE_QUESTION_NUMBER)
    {
      gboolean has_min = stride_reader_number (reader, object, "min", TRUE, &q->min);
      gboolean has_max = stride_reader_number (reader, object, "max", TRUE, &q->max);

      q->answers = stride_arena_ptr_array (reader->pack->arena);
      q->unit = stride_reader_text (reader, object, "unit", FALSE);
      stride_items_forbid_keys (reader, object, KEYS ("answers"), "a number question has no answers");
      if (has_min && has_max && !(q->min < q->max))
        stride_reader_error (reader, "“min” must be less than “max”");
    }
  else
    {
      q->answers = stride_items_read_answers (reader, object, "answers", TRUE);
      stride_items_forbid_keys (reader, object, KEYS ("min", "max", "unit"), "only number questions have this");
    }
  return q;
}

/* Checks min ≤ max of an optional range read from OBJECT. */
static void
read_range (StrideReader *reader,
            JsonObject   *object,
            gboolean     *has_min,
            double       *min,
            gboolean     *has_max,
            double       *max)
{
  *has_min = stride_reader_number (reader, object, "min", FALSE, min);
  *has_max = stride_reader_number (reader, object, "max", FALSE, max);
  if (*has_min && *has_max && *min > *max)
    stride_reader_error (reader, "“min” must not be more than “max”");
}

static gpointer read_clause (StrideReader *reader, JsonObject *object, gpointer data);

/* The ranking form: a whole number of top-ranked conditions, nothing else. */
static void
read_ranking_clause (StrideReader *reader,
                     JsonObject   *object,
                     StrideClause *clause)
{
  guint top = 0;

  stride_reader_check_keys (reader, object, KEYS ("always_red_flag_in_top"));
  stride_reader_uint (reader, object, "always_red_flag_in_top", TRUE, 100, &top);
  if (top < 1)
    stride_reader_error (reader, "“always_red_flag_in_top” must be from 1 to 100");
  clause->always_red_flag_in_top = MAX (top, 1);
}

/* The named ranking form: some conditions (by id) among the N most likely. */
static void
read_condition_rank_clause (StrideReader *reader,
                            JsonObject   *object,
                            StrideClause *clause)
{
  guint top = 0;

  stride_reader_check_keys (reader, object, KEYS ("condition_in_top", "conditions"));
  stride_reader_uint (reader, object, "condition_in_top", TRUE, 100, &top);
  if (top < 1)
    stride_reader_error (reader, "“condition_in_top” must be from 1 to 100");
  clause->condition_in_top = MAX (top, 1);
  clause->conditions = stride_reader_ref_list (reader, object, "conditions", TRUE, 1, STRIDE_KIND_CONDITION);
  if (clause->conditions == NULL)
    clause->conditions = stride_arena_strv (reader->pack->arena, 0);
}

/* The any_of form: one clause made of others, for evidence said in several questions. */
static void
read_any_of_clause (StrideReader *reader,
                    JsonObject   *object,
                    StrideClause *clause)
{
  stride_reader_check_keys (reader, object, KEYS ("any_of"));
  clause->any_of = stride_items_read_object_list (reader, object, "any_of", TRUE, 2, read_clause, NULL);
}

static gpointer
read_clause (StrideReader *reader,
             JsonObject   *object,
             gpointer      data)
{
  StrideClause *clause = stride_arena_new0 (reader->pack->arena, StrideClause);
  gboolean has_answers = json_object_has_member (object, "answers");

  if (json_object_has_member (object, "always_red_flag_in_top"))
    {
      read_ranking_clause (reader, object, clause);
      return clause;
    }
  if (json_object_has_member (object, "condition_in_top"))
    {
      read_condition_rank_clause (reader, object, clause);
      return clause;
    }
  if (json_object_has_member (object, "any_of"))
    {
      read_any_of_clause (reader, object, clause);
      return clause;
    }

  stride_reader_check_keys (reader, object, KEYS ("question", "answers", "min", "max"));
  clause->question = stride_reader_ref (reader, object, "question", TRUE, STRIDE_KIND_QUESTION);
  read_range (reader, object, &clause->has_min, &clause->min, &clause->has_max, &clause->max);

  if (has_answers && (clause->has_min || clause->has_max))
    stride_reader_error (reader, "a clause has either “answers” or a range (“min”, “max”), not both");
  else if (!has_answers && !clause->has_min && !clause->has_max &&
           !json_object_has_member (object, "min") && !json_object_has_member (object, "max"))
    stride_reader_error (reader, "a clause needs “answers”, or a range with “min” and/or “max”");

  if (has_answers)
    {
      clause->answers = stride_reader_ref_list (reader, object, "answers", TRUE, 1, STRIDE_KIND_QUESTION);
      /* Those were recorded as question references: make them answer references. */
      if (clause->answers != NULL)
        {
          guint n = g_strv_length (clause->answers);
          GArray *refs = reader->pack->refs;

          if (clause->question == NULL)
            g_array_set_size (refs, refs->len - n);
          for (guint i = 0; clause->question != NULL && i < n; i++)
            {
              StrideRef *ref = &g_array_index (refs, StrideRef, refs->len - n + i);
              ref->type = STRIDE_REF_ANSWER;
              ref->question = clause->question;
            }
        }
    }
  else if (clause->question != NULL)
    stride_reader_add_ref (reader, STRIDE_REF_NUMBER_QUESTION, 0, clause->question, NULL);

  return clause;
}

static void
read_when (StrideReader   *reader,
           JsonObject     *object,
           StrideRuleWhen *when)
{
  guint min_any = 1;

  stride_reader_check_keys (reader, object, KEYS ("all", "any", "min_any"));
  when->all = stride_items_read_object_list (reader, object, "all", FALSE, 0, read_clause, NULL);
  when->any = stride_items_read_object_list (reader, object, "any", FALSE, 0, read_clause, NULL);
  stride_reader_uint (reader, object, "min_any", FALSE, 1000, &min_any);
  when->min_any = min_any;

  if (!json_object_has_member (object, "all") && !json_object_has_member (object, "any"))
    stride_reader_error (reader, "“when” needs “all” or “any”");
  else if (when->all->len == 0 && when->any->len == 0)
    stride_reader_error (reader, "“when” needs at least one clause");
  else if (json_object_has_member (object, "any") && (min_any < 1 || min_any > when->any->len))
    stride_reader_error (reader, "“min_any” must be from 1 to the number of “any” clauses (%u)",
                         when->any->len);
}

static gpointer
read_when_cb (StrideReader *reader,
              JsonObject   *object,
              gpointer      data)
{
  read_when (reader, object, data);
  return data;
}

gpointer
stride_items_read_red_flag (StrideReader *reader,
                            JsonObject   *object,
                            gpointer      data)
{
  StrideRedFlag *flag = stride_arena_new0 (reader->pack->arena, StrideRedFlag);
  int level;

  stride_reader_check_keys (reader, object, KEYS ("id", "level", "text", "advice", "when"));
  flag->id = stride_reader_id (reader, object, "id", TRUE);
  /* Listed in StrideTriageLevel order; self_care is what no red flag means. */
  level = stride_reader_enum (reader, object, "level", KEYS ("soon", "urgent", "emergency"), -1);
  flag->level = level >= 0 ? (StrideTriageLevel) (level + 1) : STRIDE_TRIAGE_SOON;
  flag->text = stride_reader_text (reader, object, "text", TRUE);
  flag->advice = stride_reader_text (reader, object, "advice", TRUE);
  if (stride_items_read_member_object (reader, object, "when", TRUE, read_when_cb, &flag->when) == NULL)
    {
      flag->when.all = stride_arena_ptr_array (reader->pack->arena);
      flag->when.any = stride_arena_ptr_array (reader->pack->arena);
    }
  return flag;
}

/* Exercises to do and to avoid must not overlap: that would contradict itself. */
static void
check_do_and_avoid (StrideReader    *reader,
                    StrideCondition *c)
{
  for (guint i = 0; c->exercises_avoid[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) c->exercises_do, c->exercises_avoid[i]))
      {
        gsize mark = stride_reader_push_key (reader, "exercises_avoid");
        gsize item_mark = stride_reader_push_index (reader, i);
        stride_reader_error (reader, "exercise “%s” is also in “exercises_do”", c->exercises_avoid[i]);
        stride_reader_pop (reader, item_mark);
        stride_reader_pop (reader, mark);
      }
}

gpointer
stride_items_read_condition (StrideReader *reader,
                             JsonObject   *object,
                             gpointer      data)
{
  StrideCondition *c = stride_arena_new0 (reader->pack->arena, StrideCondition);
  GStrv locations;

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "also_called", "group", "summary", "where",
                                                   "feels", "who", "worse_with", "self_care",
                                                   "see_clinician", "locations", "structures",
                                                   "exercises_do", "exercises_avoid", "routine",
                                                   "self_test", "program", "program_note",
                                                   "always_red_flag", "sources"));
  c->id = stride_reader_id (reader, object, "id", TRUE);
  c->name = stride_reader_text (reader, object, "name", TRUE);
  c->also_called = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "also_called", FALSE, 0));
  {
    static const char * const groups[] = {
      "front_of_hip_and_groin", "side_of_hip", "buttock_and_back", "thigh", "knee", NULL
    };
    int group = stride_reader_enum (reader, object, "group", groups, -1);
    c->group = group >= 0 ? (char *) groups[group] : NULL;
  }
  c->summary = stride_reader_text (reader, object, "summary", TRUE);
  c->where = stride_reader_text (reader, object, "where", TRUE);
  c->feels = stride_reader_text (reader, object, "feels", TRUE);
  c->who = stride_reader_text (reader, object, "who", TRUE);
  c->worse_with = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "worse_with", TRUE, 1));
  c->self_care = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "self_care", TRUE, 1));
  c->see_clinician = stride_items_empty_strv (reader, stride_reader_text_list (reader, object, "see_clinician", TRUE, 1));

  locations = stride_reader_ref_list (reader, object, "locations", TRUE, 1, STRIDE_KIND_QUESTION);
  if (locations != NULL)
    {
      /* Answers of the "location" question, not questions. */
      guint n = g_strv_length (locations);
      GArray *refs = reader->pack->refs;

      for (guint i = 0; i < n; i++)
        {
          StrideRef *ref = &g_array_index (refs, StrideRef, refs->len - n + i);
          ref->type = STRIDE_REF_ANSWER;
          ref->question = "location";
        }
    }
  c->locations = stride_items_empty_strv (reader, locations);
  c->structures = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "structures", TRUE, 1,
                                                              STRIDE_KIND_STRUCTURE));
  c->exercises_do = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "exercises_do", TRUE, 0,
                                                                STRIDE_KIND_EXERCISE));
  c->exercises_avoid = stride_items_empty_strv (reader, stride_reader_ref_list (reader, object, "exercises_avoid", TRUE, 0,
                                                                   STRIDE_KIND_EXERCISE));
  check_do_and_avoid (reader, c);
  c->routine = stride_reader_ref (reader, object, "routine", FALSE, STRIDE_KIND_ROUTINE);
  c->self_test = stride_reader_ref (reader, object, "self_test", FALSE, STRIDE_KIND_TEST);
  c->program = stride_reader_ref (reader, object, "program", FALSE, STRIDE_KIND_PROGRAM);
  c->program_note = stride_reader_text (reader, object, "program_note", FALSE);
  c->always_red_flag = stride_reader_bool (reader, object, "always_red_flag", FALSE);
  if (c->program_note != NULL && c->program == NULL)
    stride_reader_error (reader, "“program_note” needs a “program”");
  /* Safety: a condition that is always a red flag offers a program only with the words
   * that say when (e.g. once a clinician has cleared you to run). */
  if (c->always_red_flag && c->program != NULL && c->program_note == NULL)
    stride_reader_error (reader, "a condition that is always a red flag needs a “program_note” saying when its program may start");
  c->evidence = stride_arena_ptr_array (reader->pack->arena);
  c->sources = stride_items_read_sources (reader, object, TRUE);
  return c;
}

static gpointer
read_evidence (StrideReader *reader,
               JsonObject   *object,
               gpointer      data)
{
  StrideEvidence *e = stride_arena_new0 (reader->pack->arena, StrideEvidence);
  gboolean has_answer = json_object_has_member (object, "answer");
  gsize mark;

  stride_reader_check_keys (reader, object, KEYS ("question", "answer", "min", "max", "lr", "lr_absent",
                                                   "text", "text_absent"));
  e->question = stride_reader_ref (reader, object, "question", TRUE, STRIDE_KIND_QUESTION);
  e->answer = stride_reader_id (reader, object, "answer", FALSE);
  read_range (reader, object, &e->has_min, &e->min, &e->has_max, &e->max);

  mark = stride_reader_push_key (reader, has_answer ? "answer" : "question");
  if (e->question != NULL && e->answer != NULL)
    stride_reader_add_ref (reader, STRIDE_REF_ANSWER, 0, e->answer, e->question);
  else if (e->question != NULL && !has_answer)
    stride_reader_add_ref (reader, STRIDE_REF_NUMBER_QUESTION, 0, e->question, NULL);
  stride_reader_pop (reader, mark);

  if (has_answer && (e->has_min || e->has_max))
    stride_reader_error (reader, "evidence has either “answer” or a range (“min”, “max”), not both");
  else if (!has_answer && !json_object_has_member (object, "min") && !json_object_has_member (object, "max"))
    stride_reader_error (reader, "evidence needs “answer”, or a range with “min” and/or “max”");

  if (stride_reader_number (reader, object, "lr", TRUE, &e->lr) && !(e->lr > 0 && isfinite (e->lr)))
    {
      mark = stride_reader_push_key (reader, "lr");
      stride_reader_error (reader, "a likelihood ratio must be more than 0");
      stride_reader_pop (reader, mark);
    }
  e->has_lr_absent = stride_reader_number (reader, object, "lr_absent", FALSE, &e->lr_absent);
  if (e->has_lr_absent && !(e->lr_absent > 0 && isfinite (e->lr_absent)))
    {
      mark = stride_reader_push_key (reader, "lr_absent");
      stride_reader_error (reader, "a likelihood ratio must be more than 0");
      stride_reader_pop (reader, mark);
    }
  e->text = stride_reader_text (reader, object, "text", TRUE);
  e->text_absent = stride_reader_text (reader, object, "text_absent", json_object_has_member (object, "lr_absent"));

  if (json_object_has_member (object, "lr_absent") && !has_answer)
    stride_reader_error (reader, "“lr_absent” needs an “answer”");
  if (json_object_has_member (object, "text_absent") && !json_object_has_member (object, "lr_absent"))
    stride_reader_error (reader, "“text_absent” needs “lr_absent”");
  return e;
}

gpointer
stride_items_read_profile (StrideReader *reader,
                           JsonObject   *object,
                           gpointer      data)
{
  StrideProfile *profile = stride_arena_new0 (reader->pack->arena, StrideProfile);

  profile->loc = stride_reader_loc (reader);
  stride_reader_check_keys (reader, object, KEYS ("condition", "prior", "evidence"));
  profile->condition = stride_reader_ref (reader, object, "condition", TRUE, STRIDE_KIND_CONDITION);
  if (stride_reader_number (reader, object, "prior", TRUE, &profile->prior) &&
      !(profile->prior > 0 && profile->prior < 1))
    {
      gsize mark = stride_reader_push_key (reader, "prior");
      stride_reader_error (reader, "a prior is more than 0 and less than 1");
      stride_reader_pop (reader, mark);
    }
  profile->evidence = stride_items_read_object_list (reader, object, "evidence", TRUE, 0, read_evidence, NULL);
  g_ptr_array_add (reader->pack->profiles, profile);
  return NULL;
}
