/* stride-content-items.c — reading each kind of item of a pack file
 *
 * One function per kind, each checking the keys it allows and the type of every field
 * (docs/content-schema.md). References to other items are only recorded here; they are
 * resolved once the whole pack is read (stride-content-resolve.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "stride-angle.h"
#include "stride-content-private.h"
#include "stride-json-reader.h"

#define KEYS(...) ((const char * const[]) { __VA_ARGS__, NULL })

static const char * const kind_keys[] = {
  "structures", "questions", "red_flags", "conditions", "findings", "cautions",
  "exercises", "tests", "routines", "videos", "programs", NULL
};

/* The order of StrideKind; "profiles" is not a kind of its own. */
static const StrideKind kind_of_key[] = {
  STRIDE_KIND_STRUCTURE, STRIDE_KIND_QUESTION, STRIDE_KIND_RED_FLAG, STRIDE_KIND_CONDITION,
  STRIDE_KIND_FINDING, STRIDE_KIND_CAUTION, STRIDE_KIND_EXERCISE, STRIDE_KIND_TEST,
  STRIDE_KIND_ROUTINE, STRIDE_KIND_VIDEO, STRIDE_KIND_PROGRAM,
};

static const char * const equipment_values[] = {
  "mat", "wall", "box", "table", "band", "strap", "chair", NULL
};

static const char * const sides_values[] = { "each", "both", "none", NULL };

/* Runs READ on the object at KEY (if present), with the path pushed. */
static gpointer
read_member_object (StrideReader *reader,
                    JsonObject   *object,
                    const char   *key,
                    gboolean      required,
                    gpointer    (*read) (StrideReader *, JsonObject *, gpointer),
                    gpointer      data)
{
  JsonNode *node = stride_reader_member (reader, object, key, required);
  JsonObject *member;
  gpointer result = NULL;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = stride_reader_push_key (reader, key);
  member = stride_reader_object (reader, node);
  if (member != NULL)
    result = read (reader, member, data);
  stride_reader_pop (reader, mark);
  return result;
}

/* Reads the array at KEY into a new arena GPtrArray of what READ returns for each object.
 * Never NULL: an empty array when missing or wrong. */
static GPtrArray *
read_object_list (StrideReader *reader,
                  JsonObject   *object,
                  const char   *key,
                  gboolean      required,
                  guint         min_length,
                  gpointer    (*read) (StrideReader *, JsonObject *, gpointer),
                  gpointer      data)
{
  GPtrArray *list = stride_arena_ptr_array (reader->pack->arena);
  JsonArray *array = stride_reader_array (reader, object, key, required, min_length);
  gsize mark;

  if (array == NULL)
    return list;

  mark = stride_reader_push_key (reader, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = stride_reader_push_index (reader, i);
      JsonObject *element = stride_reader_object (reader, json_array_get_element (array, i));
      gpointer item = element != NULL ? read (reader, element, data) : NULL;

      if (item != NULL)
        g_ptr_array_add (list, item);
      stride_reader_pop (reader, item_mark);
    }
  stride_reader_pop (reader, mark);
  return list;
}

static gpointer
read_source (StrideReader *reader,
             JsonObject   *object,
             gpointer      data)
{
  StrideSource *source = stride_arena_new0 (reader->pack->arena, StrideSource);

  stride_reader_check_keys (reader, object, KEYS ("title", "url"));
  source->title = stride_reader_string (reader, object, "title", TRUE);
  source->url = stride_reader_string (reader, object, "url", FALSE);
  if (source->title != NULL && source->title[0] == '\0')
    {
      gsize mark = stride_reader_push_key (reader, "title");
      stride_reader_error (reader, "text must not be empty");
      stride_reader_pop (reader, mark);
    }
  if (source->url != NULL && !g_str_has_prefix (source->url, "https://") &&
      !g_str_has_prefix (source->url, "http://"))
    {
      gsize mark = stride_reader_push_key (reader, "url");
      stride_reader_error (reader, "a source's url starts with https:// or http://");
      stride_reader_pop (reader, mark);
    }
  return source;
}

static GPtrArray *
read_sources (StrideReader *reader,
              JsonObject   *object,
              gboolean      required)
{
  return read_object_list (reader, object, "sources", required, required ? 1 : 0, read_source, NULL);
}

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
  return read_object_list (reader, object, "shapes", min_length > 0, min_length, read_shape, NULL);
}

static gpointer
read_structure (StrideReader *reader,
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
  s->sources = read_sources (reader, object, FALSE);
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
static GPtrArray *
read_answers (StrideReader *reader,
              JsonObject   *object,
              const char   *key,
              gboolean      with_shapes)
{
  GPtrArray *answers = read_object_list (reader, object, key, TRUE, 2, read_answer,
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

/* Reports KEYS that OBJECT has but must not have, with the reason. */
static void
forbid_keys (StrideReader       *reader,
             JsonObject         *object,
             const char * const *keys,
             const char         *reason)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (json_object_has_member (object, keys[i]))
      {
        gsize mark = stride_reader_push_key (reader, keys[i]);
        stride_reader_error (reader, "%s", reason);
        stride_reader_pop (reader, mark);
      }
}

static gpointer
read_question (StrideReader *reader,
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
      forbid_keys (reader, object, KEYS ("answers"), "a number question has no answers");
      if (has_min && has_max && !(q->min < q->max))
        stride_reader_error (reader, "“min” must be less than “max”");
    }
  else
    {
      q->answers = read_answers (reader, object, "answers", TRUE);
      forbid_keys (reader, object, KEYS ("min", "max", "unit"), "only number questions have this");
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
  clause->any_of = read_object_list (reader, object, "any_of", TRUE, 2, read_clause, NULL);
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
  when->all = read_object_list (reader, object, "all", FALSE, 0, read_clause, NULL);
  when->any = read_object_list (reader, object, "any", FALSE, 0, read_clause, NULL);
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

static gpointer
read_red_flag (StrideReader *reader,
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
  if (read_member_object (reader, object, "when", TRUE, read_when_cb, &flag->when) == NULL)
    {
      flag->when.all = stride_arena_ptr_array (reader->pack->arena);
      flag->when.any = stride_arena_ptr_array (reader->pack->arena);
    }
  return flag;
}

static GStrv
empty_strv (StrideReader *reader,
            GStrv         list)
{
  return list != NULL ? list : stride_arena_strv (reader->pack->arena, 0);
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

static gpointer
read_condition (StrideReader *reader,
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
  c->also_called = empty_strv (reader, stride_reader_text_list (reader, object, "also_called", FALSE, 0));
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
  c->worse_with = empty_strv (reader, stride_reader_text_list (reader, object, "worse_with", TRUE, 1));
  c->self_care = empty_strv (reader, stride_reader_text_list (reader, object, "self_care", TRUE, 1));
  c->see_clinician = empty_strv (reader, stride_reader_text_list (reader, object, "see_clinician", TRUE, 1));

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
  c->locations = empty_strv (reader, locations);
  c->structures = empty_strv (reader, stride_reader_ref_list (reader, object, "structures", TRUE, 1,
                                                              STRIDE_KIND_STRUCTURE));
  c->exercises_do = empty_strv (reader, stride_reader_ref_list (reader, object, "exercises_do", TRUE, 0,
                                                                STRIDE_KIND_EXERCISE));
  c->exercises_avoid = empty_strv (reader, stride_reader_ref_list (reader, object, "exercises_avoid", TRUE, 0,
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
  c->sources = read_sources (reader, object, TRUE);
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

static gpointer
read_profile (StrideReader *reader,
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
  profile->evidence = read_object_list (reader, object, "evidence", TRUE, 0, read_evidence, NULL);
  g_ptr_array_add (reader->pack->profiles, profile);
  return NULL;
}

static gpointer
read_finding (StrideReader *reader,
              JsonObject   *object,
              gpointer      data)
{
  StrideFinding *f = stride_arena_new0 (reader->pack->arena, StrideFinding);

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "text", "exercises"));
  f->id = stride_reader_id (reader, object, "id", TRUE);
  f->name = stride_reader_text (reader, object, "name", TRUE);
  f->text = stride_reader_text (reader, object, "text", TRUE);
  f->exercises = empty_strv (reader, stride_reader_ref_list (reader, object, "exercises", TRUE, 0,
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
  follows->all = empty_strv (reader, stride_reader_ref_list (reader, object, "all", TRUE, 1, STRIDE_KIND_CAUTION));
  follows->any = stride_reader_ref_list (reader, object, "any", FALSE, 1, STRIDE_KIND_CAUTION);
  return follows;
}

static gpointer read_routine_item (StrideReader *reader, JsonObject *object, gpointer data);

static gpointer
read_caution (StrideReader *reader,
              JsonObject   *object,
              gpointer      data)
{
  StrideCaution *c = stride_arena_new0 (reader->pack->arena, StrideCaution);

  stride_reader_check_keys (reader, object, KEYS ("id", "text", "avoid", "supported", "prefer", "follows",
                                                   "see_clinician", "no_routine"));
  c->id = stride_reader_id (reader, object, "id", TRUE);
  c->text = stride_reader_text (reader, object, "text", TRUE);
  c->avoid = empty_strv (reader, stride_reader_ref_list (reader, object, "avoid", TRUE, 0,
                                                         STRIDE_KIND_EXERCISE));
  c->supported = empty_strv (reader, stride_reader_ref_list (reader, object, "supported", FALSE, 0,
                                                             STRIDE_KIND_EXERCISE));
  c->prefer = read_object_list (reader, object, "prefer", FALSE, 0, read_routine_item, NULL);
  for (guint i = 0; i < c->prefer->len; i++)
    if (((StrideRoutineItem *) g_ptr_array_index (c->prefer, i))->test != NULL)
      {
        gsize mark = stride_reader_push_key (reader, "prefer");
        stride_reader_error (reader, "a caution prefers exercises, not tests");
        stride_reader_pop (reader, mark);
      }
  c->follows = read_member_object (reader, object, "follows", FALSE, read_caution_follows, NULL);
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

static gpointer
read_exercise (StrideReader *reader,
               JsonObject   *object,
               gpointer      data)
{
  StrideExercise *e = stride_arena_new0 (reader->pack->arena, StrideExercise);
  int kind;

  stride_reader_check_keys (reader, object, KEYS ("id", "name", "kind", "targets", "summary", "steps", "one_side_step",
                                                   "cues", "equipment", "dose", "avoid_for", "progression",
                                                   "regression", "video", "sources"));
  e->id = stride_reader_id (reader, object, "id", TRUE);
  e->name = stride_reader_text (reader, object, "name", TRUE);
  kind = stride_reader_enum (reader, object, "kind", KEYS ("stretch", "strength", "run"), -1);
  e->kind = kind >= 0 ? (char *) KEYS ("stretch", "strength", "run")[kind] : NULL;
  e->targets = empty_strv (reader, stride_reader_ref_list (reader, object, "targets", TRUE, 1,
                                                           STRIDE_KIND_STRUCTURE));
  e->summary = stride_reader_text (reader, object, "summary", TRUE);
  e->steps = empty_strv (reader, stride_reader_text_list (reader, object, "steps", TRUE, 1));
  e->one_side_step = stride_reader_text (reader, object, "one_side_step", FALSE);
  e->cues = empty_strv (reader, stride_reader_text_list (reader, object, "cues", TRUE, 1));
  e->equipment = empty_strv (reader, stride_reader_enum_list (reader, object, "equipment", equipment_values));
  read_member_object (reader, object, "dose", TRUE, read_dose, &e->dose);
  e->avoid_for = empty_strv (reader, stride_reader_ref_list (reader, object, "avoid_for", TRUE, 0,
                                                             STRIDE_KIND_CONDITION));
  read_member_object (reader, object, "progression", TRUE, read_step, &e->progression);
  read_member_object (reader, object, "regression", TRUE, read_step, &e->regression);
  e->video = stride_reader_ref (reader, object, "video", FALSE, STRIDE_KIND_VIDEO);
  e->sources = read_sources (reader, object, TRUE);

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
      forbid_keys (reader, object, KEYS ("choices"), "only choice fields have choices");
      if (g_strcmp0 (f->input, "angle") == 0)
        f->measure = read_member_object (reader, object, "measure", FALSE, read_measure, NULL);
      else
        forbid_keys (reader, object, KEYS ("measure"), "only angle fields are measured on a photo");
    }
  else
    forbid_keys (reader, object, KEYS ("min", "max", "unit", "input", "measure"), "only number fields have this");

  if (kind == STRIDE_FIELD_CHOICE)
    f->choices = read_answers (reader, object, "choices", FALSE);
  else
    {
      f->choices = stride_arena_ptr_array (reader->pack->arena);
      if (kind == STRIDE_FIELD_BOOL)
        forbid_keys (reader, object, KEYS ("choices"), "only choice fields have choices");
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
  rule->when = read_object_list (reader, object, "when", TRUE, 1, read_test_condition, data);
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

static gpointer
read_test (StrideReader *reader,
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
  t->steps = empty_strv (reader, stride_reader_text_list (reader, object, "steps", TRUE, 1));
  t->equipment = empty_strv (reader, stride_reader_enum_list (reader, object, "equipment", equipment_values));
  t->partner = stride_reader_bool (reader, object, "partner", FALSE);
  t->fields = read_object_list (reader, object, "fields", TRUE, 1, read_field, NULL);

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

  t->rules = read_object_list (reader, object, "rules", TRUE, 0, read_rule, t->fields);
  read_member_object (reader, object, "asymmetry", FALSE, read_asymmetry, t);
  read_member_object (reader, object, "capacity", FALSE, read_capacity, t);
  t->skip_if_caution = stride_reader_ref (reader, object, "skip_if_caution", FALSE, STRIDE_KIND_CAUTION);
  if (t->capacity_field != NULL && !t->per_side)
    stride_reader_error (reader, "“capacity” compares sides: the test must be per side");
  t->video = stride_reader_ref (reader, object, "video", FALSE, STRIDE_KIND_VIDEO);
  t->sources = read_sources (reader, object, TRUE);
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

static gpointer
read_routine (StrideReader *reader,
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
  r->items = read_object_list (reader, object, "items", TRUE, 1, read_routine_item, NULL);
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
  stage->education = empty_strv (reader, stride_reader_text_list (reader, object, "education", TRUE, 1));
  stage->progress_when = empty_strv (reader, stride_reader_text_list (reader, object, "progress_when", TRUE, 1));
  stage->items = read_object_list (reader, object, "items", TRUE, 1, read_program_item, NULL);
  return stage;
}

static gpointer
read_program (StrideReader *reader,
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
  p->stages = read_object_list (reader, object, "stages", TRUE, 2, read_program_stage, NULL);
  p->sources = read_sources (reader, object, TRUE);
  return p;
}

/* NULL when PATH is a relative path that stays inside the pack (not absolute, no "..",
 * no backslash); else what is wrong with it, in words a pack author can act on. */
static char *
describe_path_outside (const char *path)
{
  g_autofree char *shown = stride_json_quote_for_message (path, -1, 80);
  g_auto(GStrv) parts = NULL;

  if (path[0] == '\0')
    return g_strdup ("the file name is empty");
  if (g_path_is_absolute (path) || path[0] == '/')
    return g_strdup_printf ("“%s” is an absolute path: name the file relative to the pack's folder, "
                            "such as “videos/clamshell.webm”", shown);
  if (strchr (path, '\\') != NULL)
    return g_strdup_printf ("“%s” holds a backslash: separate folders with “/”", shown);

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return g_strdup_printf ("“%s” leads out of the pack with “..”: put the file inside the pack's folder "
                              "and name it from there", shown);
  return NULL;
}

static char *
resolve_file (StrideReader *reader,
              const char   *file)
{
  g_autofree char *problem = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;

  problem = describe_path_outside (file);
  if (problem != NULL)
    {
      stride_reader_error (reader, "%s", problem);
      return NULL;
    }

  path = g_build_filename (reader->pack->abs_dir, file, NULL);
  if (!stride_pack_path_is_inside (reader->pack, path))
    {
      stride_reader_error (reader, "“%s” is a link to a place outside the pack: put the video itself in the pack", file);
      return NULL;
    }
  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri == NULL)
    stride_reader_error (reader, "“%s” is not a usable file name", file);
  return stride_arena_strdup (reader->pack->arena, uri);
}

static char *
resolve_uri (StrideReader *reader,
             const char   *uri)
{
  g_autofree char *scheme = g_uri_parse_scheme (uri);
  g_autofree char *path = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *resolved = NULL;

  if (scheme == NULL || !(g_ascii_strcasecmp (scheme, "file") == 0 ||
                          g_ascii_strcasecmp (scheme, "resource") == 0 ||
                          g_ascii_strcasecmp (scheme, "https") == 0))
    {
      stride_reader_error (reader, "the scheme of “%s” is not allowed: use file:, resource: or https:", uri);
      return NULL;
    }

  if (!g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL))
    {
      stride_reader_error (reader, "“%s” is not a valid URI", uri);
      return NULL;
    }

  if (g_ascii_strcasecmp (scheme, "file") != 0)
    return stride_arena_strdup (reader->pack->arena, uri);

  path = g_filename_from_uri (uri, NULL, NULL);
  if (path != NULL)
    canonical = g_canonicalize_filename (path, NULL);
  prefix = g_strconcat (reader->pack->abs_dir, G_DIR_SEPARATOR_S, NULL);
  if (canonical == NULL || !g_str_has_prefix (canonical, prefix) || !stride_pack_path_is_inside (reader->pack, canonical))
    {
      stride_reader_error (reader, "“%s” is outside the pack", uri);
      return NULL;
    }
  resolved = g_filename_to_uri (canonical, NULL, NULL);
  return stride_arena_strdup (reader->pack->arena, resolved);
}

static gpointer
read_chapter (StrideReader *reader,
              JsonObject   *object,
              gpointer      data)
{
  StrideChapterCaption *chapter = stride_arena_new0 (reader->pack->arena, StrideChapterCaption);

  stride_reader_check_keys (reader, object, KEYS ("id", "caption"));
  chapter->id = stride_reader_id (reader, object, "id", TRUE);
  chapter->caption = stride_reader_text (reader, object, "caption", TRUE);
  return chapter;
}

static gpointer
read_video (StrideReader *reader,
            JsonObject   *object,
            gpointer      data)
{
  StrideVideo *v = stride_arena_new0 (reader->pack->arena, StrideVideo);
  const char *file, *uri;
  gsize mark;

  stride_reader_check_keys (reader, object, KEYS ("id", "file", "uri", "animation", "side", "chapters"));
  v->id = stride_reader_id (reader, object, "id", TRUE);
  file = stride_reader_string (reader, object, "file", FALSE);
  uri = stride_reader_string (reader, object, "uri", FALSE);

  if (json_object_has_member (object, "file") == json_object_has_member (object, "uri"))
    stride_reader_error (reader, "a video has either a “file” or a “uri”");
  else if (file != NULL)
    {
      mark = stride_reader_push_key (reader, "file");
      v->uri = resolve_file (reader, file);
      stride_reader_pop (reader, mark);
    }
  else if (uri != NULL)
    {
      mark = stride_reader_push_key (reader, "uri");
      v->uri = resolve_uri (reader, uri);
      stride_reader_pop (reader, mark);
    }

  v->animation = stride_reader_id (reader, object, "animation", FALSE);
  v->shows_right = stride_reader_enum (reader, object, "side", KEYS ("left", "right"), 0) == 1;
  v->chapters = read_object_list (reader, object, "chapters", FALSE, 0, read_chapter, NULL);
  return v;
}

static gpointer (* const item_readers[]) (StrideReader *, JsonObject *, gpointer) = {
  read_structure, read_question, read_red_flag, read_condition, read_finding, read_caution,
  read_exercise, read_test, read_routine, read_video, read_program,
};

static const char *
item_id (StrideKind kind,
         gpointer   item)
{
  /* Every item struct starts with its id. */
  return *(const char **) item;
}

static void
register_item (StrideReader *reader,
               StrideKind    kind,
               gpointer      item)
{
  StridePack *pack = reader->pack;
  const char *id = item_id (kind, item);
  StrideEntry *entry;

  if (id == NULL)
    return;

  entry = g_hash_table_lookup (pack->entries[kind], id);
  if (entry != NULL)
    {
      gsize mark = stride_reader_push_key (reader, "id");
      stride_reader_error (reader, "duplicate %s id “%s” (first at %s: %s)",
                           stride_content_kind_to_string (kind), id, entry->loc.file, entry->loc.path);
      stride_reader_pop (reader, mark);
      return;
    }

  entry = stride_arena_new0 (pack->arena, StrideEntry);
  entry->item = item;
  entry->loc = stride_reader_loc (reader);
  g_hash_table_insert (pack->entries[kind], (gpointer) id, entry);
  g_ptr_array_add (pack->items[kind], item);
}

const guint stride_content_max_items_per_kind[] = {
  [STRIDE_KIND_STRUCTURE] = 1000,
  [STRIDE_KIND_QUESTION] = 1000,
  [STRIDE_KIND_RED_FLAG] = 1000,
  [STRIDE_KIND_CONDITION] = 10000,
  [STRIDE_KIND_FINDING] = 1000,
  [STRIDE_KIND_CAUTION] = 1000,
  [STRIDE_KIND_EXERCISE] = 5000,
  [STRIDE_KIND_TEST] = 1000,
  [STRIDE_KIND_ROUTINE] = 1000,
  [STRIDE_KIND_VIDEO] = 5000,
  [STRIDE_KIND_PROGRAM] = 500,
};
G_STATIC_ASSERT (G_N_ELEMENTS (stride_content_max_items_per_kind) == STRIDE_N_KINDS);

/* FALSE (said once, at the first item too many) when the pack has all the items of KIND
 * it may have. */
static gboolean
has_room_for (StrideReader *reader,
              int           kind)
{
  StridePack *pack = reader->pack;
  guint limit = stride_content_max_items_per_kind[kind];

  if (pack->items[kind]->len < limit)
    return TRUE;
  if (!pack->over_limit[kind])
    {
      pack->over_limit[kind] = TRUE;
      stride_reader_error (reader, "too many %s items: a pack may have at most %u",
                           stride_content_kind_to_string (kind), limit);
    }
  return FALSE;
}

static void
read_kind_array (StrideReader *reader,
                 JsonObject   *root,
                 const char   *key,
                 int           kind)
{
  JsonArray *array = stride_reader_array (reader, root, key, TRUE, 0);
  gsize mark;

  if (array == NULL)
    return;

  mark = stride_reader_push_key (reader, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = stride_reader_push_index (reader, i);
      JsonObject *object = stride_reader_object (reader, json_array_get_element (array, i));

      if (object != NULL && kind < 0)
        read_profile (reader, object, NULL);
      else if (object != NULL && !has_room_for (reader, kind))
        {
          stride_reader_pop (reader, item_mark);
          break;
        }
      else if (object != NULL)
        {
          gpointer item = item_readers[kind] (reader, object, NULL);

          if (item != NULL)
            register_item (reader, kind, item);
        }
      stride_reader_pop (reader, item_mark);
    }
  stride_reader_pop (reader, mark);
}

gboolean
stride_pack_read_file (StridePack *pack,
                       const char *file)
{
  g_autoptr(JsonNode) root = stride_json_parse_file (pack, file);
  g_autofree char *display = NULL;
  g_autoptr(GString) path = NULL;
  StrideReader reader;
  JsonObjectIter iter;
  const char *key;

  if (root == NULL)
    return FALSE;

  display = g_build_filename (pack->dir, file, NULL);
  path = g_string_new ("$");
  reader.pack = pack;
  reader.file = stride_arena_strdup (pack->arena, display);
  reader.path = path;

  json_object_iter_init (&iter, json_node_get_object (root));
  while (json_object_iter_next (&iter, &key, NULL))
    {
      int kind = -1;

      for (int i = 0; kind_keys[i] != NULL; i++)
        if (g_str_equal (kind_keys[i], key))
          kind = kind_of_key[i];

      if (kind < 0 && !g_str_equal (key, "profiles"))
        {
          g_autofree char *expected = g_strjoinv (", ", (char **) kind_keys);
          g_autofree char *valid = g_utf8_make_valid (key, MIN (strlen (key), 64));
          stride_reader_error (&reader, "unknown field “%s” (expected %s, profiles)", valid, expected);
          continue;
        }
      read_kind_array (&reader, json_node_get_object (root), key, kind);
    }
  return TRUE;
}

static gpointer
read_manifest (StrideReader *reader,
               JsonObject   *object,
               gpointer      data)
{
  GPtrArray *files = data;
  StridePack *pack = reader->pack;
  gsize mark;

  stride_reader_check_keys (reader, object, KEYS ("id", "title", "version", "language", "licence", "authors",
                                                   "files"));
  pack->id = stride_reader_id (reader, object, "id", TRUE);
  pack->title = stride_reader_text (reader, object, "title", TRUE);
  stride_reader_string (reader, object, "version", TRUE);
  stride_reader_string (reader, object, "language", TRUE);
  stride_reader_string (reader, object, "licence", TRUE);
  stride_reader_text_list (reader, object, "authors", TRUE, 1);

  /* File names are plain strings: read them as a text list would, without translating. */
  {
    JsonArray *array = stride_reader_array (reader, object, "files", TRUE, 1);

    if (array == NULL)
      return NULL;
    /* Every file costs a read at every start: a manifest of 100,000 names added 28 s. */
    if (json_array_get_length (array) > STRIDE_CONTENT_MAX_FILES)
      {
        mark = stride_reader_push_key (reader, "files");
        stride_reader_error (reader, "lists %u files, more than the limit of %d",
                             json_array_get_length (array), STRIDE_CONTENT_MAX_FILES);
        stride_reader_pop (reader, mark);
        return NULL;
      }
    mark = stride_reader_push_key (reader, "files");
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        gsize item_mark = stride_reader_push_index (reader, i);
        JsonNode *node = json_array_get_element (array, i);
        g_autofree char *problem = NULL;

        if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
          stride_reader_error (reader, "expected a file name");
        else if ((problem = describe_path_outside (json_node_get_string (node))) != NULL)
          stride_reader_error (reader, "%s", problem);
        else if (g_ptr_array_find_with_equal_func (files, json_node_get_string (node), g_str_equal, NULL))
          stride_reader_error (reader, "“%s” is listed twice", json_node_get_string (node));
        else
          g_ptr_array_add (files, stride_arena_strdup (pack->arena, json_node_get_string (node)));
        stride_reader_pop (reader, item_mark);
      }
    stride_reader_pop (reader, mark);
  }
  return files;
}

/* Reads manifest.json; FILES receives the pack's files (borrowed from the arena). */
void
stride_pack_read_manifest (StridePack *pack,
                           GPtrArray  *files)
{
  g_autoptr(JsonNode) root = stride_json_parse_file (pack, "manifest.json");
  g_autofree char *display = NULL;
  g_autoptr(GString) path = NULL;
  StrideReader reader;

  if (root == NULL)
    return;

  display = g_build_filename (pack->dir, "manifest.json", NULL);
  path = g_string_new ("$");
  reader.pack = pack;
  reader.file = stride_arena_strdup (pack->arena, display);
  reader.path = path;
  read_manifest (&reader, json_node_get_object (root), files);
}
