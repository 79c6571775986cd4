/* test-animation.c — the pose file format: loading, rejecting, sampling
 *
 * No cairo, no GStreamer: this runs in the 'core' suite (and under ASan).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "stride-animation.h"
#include "stride-figure.h"

#define VALID_HEAD \
  "{\"format\": 1, \"id\": \"t\", \"camera\": {\"view\": \"side\"},"
#define VALID_FRAMES \
  "\"keyframes\": [{\"t\": 0}, {\"t\": 2, \"pose\": {\"knee_l\": 90}}],"
#define VALID_CHAPTERS \
  "\"chapters\": [{\"id\": \"setup\", \"start\": 0}]"

typedef struct
{
  const char *name;
  const char *json;
  const char *message;   /* the whole message must contain this */
} BadCase;

static const BadCase bad_cases[] = {
  { "syntax", "{\"format\": 1,\n  \"id\": }", "bad.json:2:" },
  { "not-object", "[1, 2]", "bad.json: $: expected an object" },
  { "unknown-key", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"colour\": 1}",
    "bad.json: $: unknown key \"colour\"" },
  { "missing-key", "{\"format\": 1, \"id\": \"t\", \"camera\": {\"view\": \"side\"}, " VALID_CHAPTERS "}",
    "bad.json: $: missing key \"keyframes\"" },
  { "format", "{\"format\": 2, \"id\": \"t\", \"camera\": {\"view\": \"side\"}, " VALID_FRAMES VALID_CHAPTERS "}",
    "bad.json: $.format: 2 is out of range" },
  { "view", "{\"format\": 1, \"id\": \"t\", \"camera\": {\"view\": \"back\"}, " VALID_FRAMES VALID_CHAPTERS "}",
    "bad.json: $.camera.view: unknown value \"back\"" },
  { "angle-type", VALID_HEAD "\"keyframes\": [{\"t\": 0}, {\"t\": 1, \"pose\": {\"knee_l\": \"90\"}}]," VALID_CHAPTERS "}",
    "bad.json: $.keyframes[1].pose.knee_l: expected a number" },
  { "angle-range", VALID_HEAD "\"keyframes\": [{\"t\": 0}, {\"t\": 1, \"pose\": {\"hip_l\": {\"flex\": 400}}}]," VALID_CHAPTERS "}",
    "bad.json: $.keyframes[1].pose.hip_l.flex: 400 is out of range" },
  { "foot-range", VALID_HEAD "\"keyframes\": [{\"t\": 0}, {\"t\": 1, \"pose\": {\"foot_l\": {\"rot\": -80}}}]," VALID_CHAPTERS "}",
    "bad.json: $.keyframes[1].pose.foot_l.rot: -80 is out of range (-60 to 60)" },
  { "upper-back-range", VALID_HEAD "\"keyframes\": [{\"t\": 0}, {\"t\": 1, \"pose\": {\"upper_back\": {\"flex\": 50}}}]," VALID_CHAPTERS "}",
    "bad.json: $.keyframes[1].pose.upper_back.flex: 50 is out of range (-30 to 45)" },
  { "unknown-joint", VALID_HEAD "\"keyframes\": [{\"t\": 0, \"pose\": {\"kne_l\": 3}}, {\"t\": 1}]," VALID_CHAPTERS "}",
    "bad.json: $.keyframes[0].pose: unknown joint \"kne_l\"" },
  { "unknown-angle", VALID_HEAD "\"keyframes\": [{\"t\": 0}, {\"t\": 1}], \"base\": {\"hip_r\": {\"twist\": 3}}," VALID_CHAPTERS "}",
    "bad.json: $.base.hip_r: unknown key \"twist\"" },
  { "order", VALID_HEAD "\"keyframes\": [{\"t\": 0}, {\"t\": 2}, {\"t\": 1}]," VALID_CHAPTERS "}",
    "bad.json: $.keyframes[2]: t 1 is not after the previous keyframe's 2" },
  { "first-t", VALID_HEAD "\"keyframes\": [{\"t\": 1}, {\"t\": 2}]," VALID_CHAPTERS "}",
    "bad.json: $.keyframes[0]: the first keyframe must be at t 0" },
  { "ease", VALID_HEAD "\"keyframes\": [{\"t\": 0}, {\"t\": 1, \"ease\": \"bounce\"}]," VALID_CHAPTERS "}",
    "bad.json: $.keyframes[1].ease: unknown value \"bounce\"" },
  { "highlight", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"highlight\": {\"structure\": \"glutes\"}}",
    "bad.json: $.highlight.structure: unknown structure \"glutes\"" },
  { "sides", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"sides\": \"each\"}",
    "bad.json: $: sides \"each\" needs \"side\"" },
  { "band", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"props\": [{\"kind\": \"band\", \"from\": \"knee_l\", \"to\": \"kneecap\"}]}",
    "bad.json: $.props[0].to: unknown joint \"kneecap\"" },
  { "cushion-width", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"props\": [{\"kind\": \"cushion\", \"from\": \"knee_l\", \"to\": \"knee_r\"}]}",
    "bad.json: $.props[0]: a cushion needs a positive width" },
  { "box-width", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"props\": [{\"kind\": \"box\", \"height\": 0.3}]}",
    "bad.json: $.props[0]: a box needs a positive width" },
  { "table-depth", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"props\": [{\"kind\": \"table\", \"width\": 1, \"height\": 0.7, \"depth\": 1}]}",
    "bad.json: $.props[0]: only a mat has a depth, and it must be positive" },
  { "mat-depth", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"props\": [{\"kind\": \"mat\", \"width\": 1, \"depth\": 0}]}",
    "bad.json: $.props[0]: only a mat has a depth, and it must be positive" },
  { "chapter-late", VALID_HEAD VALID_FRAMES "\"chapters\": [{\"id\": \"setup\", \"start\": 0}, {\"id\": \"hold\", \"start\": 2}]}",
    "bad.json: $.chapters[1].start: starts at or after the end (2 s)" },
  { "chapter-id", VALID_HEAD VALID_FRAMES "\"chapters\": [{\"id\": \"Set up\", \"start\": 0}]}",
    "bad.json: $.chapters[0].id: \"Set up\" is not a lower_snake_case id" },
  { "chapter-dup", VALID_HEAD VALID_FRAMES "\"chapters\": [{\"id\": \"a\", \"start\": 0}, {\"id\": \"a\", \"start\": 1}]}",
    "bad.json: $.chapters[1].id: duplicate chapter \"a\"" },
  { "switch-side", VALID_HEAD VALID_FRAMES "\"chapters\": [{\"id\": \"setup\", \"start\": 0}, {\"id\": \"switch_side\", \"start\": 1}]}",
    "bad.json: $.chapters[1].id: switch_side is added by the renderer" },
  { "anchor", VALID_HEAD VALID_FRAMES VALID_CHAPTERS ", \"anchor\": \"nose\"}",
    "bad.json: $.anchor: unknown joint \"nose\"" },
  { "chapter-camera", VALID_HEAD VALID_FRAMES "\"chapters\": [{\"id\": \"setup\", \"start\": 0}, {\"id\": \"move\", \"start\": 1, \"camera\": {\"elevation\": 80}}]}",
    "bad.json: $.chapters[1].camera.elevation: " },
  { "chapter-camera-key", VALID_HEAD VALID_FRAMES "\"chapters\": [{\"id\": \"setup\", \"start\": 0, \"camera\": {\"zoom\": 2}}]}",
    "bad.json: $.chapters[0].camera: unknown key \"zoom\"" },
};

static void
test_rejects (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideAnimation) animation = stride_animation_load_data ("bad.json", c->json, -1,
                                                                      &error);

  g_assert_null (animation);
  g_assert_nonnull (error);
  if (strstr (error->message, c->message) == NULL)
    g_error ("expected \"%s\" in \"%s\"", c->message, error->message);
}

static void
test_loads_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideAnimation) animation = stride_animation_load_data ("ok.json",
      VALID_HEAD VALID_FRAMES VALID_CHAPTERS "}", -1, &error);
  StridePose pose;
  double highlight = -1;

  g_assert_no_error (error);
  g_assert_cmpfloat (animation->duration, ==, 2);
  g_assert_cmpint (animation->sides, ==, STRIDE_RENDER_SIDES_NONE);
  g_assert_cmpfloat (stride_animation_get_total_duration (animation), ==, 2);
  /* eased in and out: exact at the keyframes, half way at the middle */
  stride_animation_sample (animation, 0, &pose, &highlight);
  g_assert_cmpfloat_with_epsilon (pose.v[STRIDE_DOF_KNEE_L], 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (highlight, 0, 1e-9);
  stride_animation_sample (animation, 1, &pose, NULL);
  g_assert_cmpfloat_with_epsilon (pose.v[STRIDE_DOF_KNEE_L], 45, 1e-9);
  stride_animation_sample (animation, 0.5, &pose, NULL);
  g_assert_cmpfloat (pose.v[STRIDE_DOF_KNEE_L], <, 45.0 / 2);   /* slow start */
  stride_animation_sample (animation, 2, &pose, NULL);
  g_assert_cmpfloat_with_epsilon (pose.v[STRIDE_DOF_KNEE_L], 90, 1e-9);
  /* values not given carry over: the other knee stays straight */
  g_assert_cmpfloat_with_epsilon (pose.v[STRIDE_DOF_KNEE_R], 0, 1e-9);
}

static char *
source_path (const char *relative)
{
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", relative, NULL);
}

static StrideAnimation *
load_fixture (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data",
                                            "render-test.json", NULL);
  g_autoptr(GError) error = NULL;
  StrideAnimation *animation = stride_animation_load_file (path, &error);

  g_assert_no_error (error);
  return animation;
}

/* sides "each": the described side, a switch, the mirrored side; chapters repeat. */
static void
test_each_side (void)
{
  g_autoptr(StrideAnimation) animation = load_fixture ();
  g_autoptr(GPtrArray) chapters = stride_animation_get_video_chapters (animation);
  static const struct { const char *id, *uid; double start, end; } expected[] = {
    { "setup", "setup", 0, 0.3 }, { "move", "move", 0.3, 1.0 },
    { "switch_side", "switch_side", 1.0, 1.5 },
    { "setup", "setup@2", 1.5, 1.8 }, { "move", "move@2", 1.8, 2.5 },
  };
  double t_a, t_b, blend;
  gboolean mirrored, mirrored_b;

  g_assert_cmpfloat_with_epsilon (stride_animation_get_total_duration (animation), 2.5, 1e-9);
  g_assert_cmpuint (chapters->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < chapters->len; i++)
    {
      StrideChapter *chapter = g_ptr_array_index (chapters, i);

      g_assert_cmpstr (chapter->id, ==, expected[i].id);
      g_assert_cmpstr (chapter->uid, ==, expected[i].uid);
      g_assert_cmpfloat_with_epsilon (chapter->start, expected[i].start, 1e-9);
      g_assert_cmpfloat_with_epsilon (chapter->end, expected[i].end, 1e-9);
    }
  stride_animation_locate (animation, 0.4, &t_a, &mirrored, &t_b, &mirrored_b, &blend);
  g_assert_false (mirrored);
  g_assert_cmpfloat_with_epsilon (t_a, 0.4, 1e-9);
  stride_animation_locate (animation, 1.25, &t_a, &mirrored, &t_b, &mirrored_b, &blend);
  g_assert_cmpfloat_with_epsilon (blend, 0.5, 1e-9);
  stride_animation_locate (animation, 2.0, &t_a, &mirrored, &t_b, &mirrored_b, &blend);
  g_assert_true (mirrored);
  g_assert_cmpfloat_with_epsilon (t_a, 0.5, 1e-9);
  g_assert_cmpfloat (blend, ==, 0);
  /* the end fades into the video's first frame, so a loop shows no jump */
  stride_animation_locate (animation, 2.5 - 1e-9, &t_a, &mirrored, &t_b, &mirrored_b, &blend);
  g_assert_true (mirrored);
  g_assert_cmpfloat_with_epsilon (blend, 1, 1e-6);
  g_assert_false (mirrored_b);
  g_assert_cmpfloat (t_b, ==, 0);
}

/* The figure stands on the floor, about 1.75 m tall, the anchored foot stays put. */
static void
test_figure_stands (void)
{
  g_autoptr(StrideAnimation) animation = load_fixture ();
  StridePose pose;
  StrideVec3 head, toe, ankle_start, ankle;
  double lowest = G_MAXDOUBLE;

  stride_animation_sample (animation, 0, &pose, NULL);
  {
    g_autoptr(StrideFigure) figure = stride_figure_new (animation, &pose, 0);

    g_assert_true (stride_figure_get_joint (figure, "head", &head));
    g_assert_true (stride_figure_get_joint (figure, "ankle_r", &ankle_start));
    for (guint i = 0; i < figure->shapes->len; i++)
      {
        StrideShape *s = &g_array_index (figure->shapes, StrideShape, i);

        lowest = MIN (lowest, MIN (s->a.y - s->lat_a, s->b.y - s->lat_b));
      }
    g_assert_cmpfloat (fabs (lowest), <, 0.03);
    g_assert_cmpfloat (head.y, >, 1.5);
    g_assert_cmpfloat (head.y, <, 1.75);
    g_assert_true (stride_figure_get_joint (figure, "toe_l", &toe));
    g_assert_cmpfloat (toe.x, >, ankle_start.x);   /* feet point forward */
    g_assert_false (stride_figure_get_joint (figure, "tail", &toe));
  }
  stride_animation_sample (animation, 0.5, &pose, NULL);
  {
    g_autoptr(StrideFigure) figure = stride_figure_new (animation, &pose, 1);

    stride_figure_get_joint (figure, "ankle_r", &ankle);
    g_assert_cmpfloat_with_epsilon (ankle.x, ankle_start.x, 1e-9);
    g_assert_cmpfloat_with_epsilon (ankle.z, ankle_start.z, 1e-9);
  }
}

/* foot_l/foot_r "rot" turns the foot about the shin: - turns the toes out (the left
 * foot's towards the figure's left, -z), + in; the knee and ankle stay where they were. */
static void
test_foot_turns (void)
{
  g_autoptr(StrideAnimation) animation = load_fixture ();
  StridePose pose;
  StrideVec3 knee[2], ankle[2], heel[2], toe[2];

  stride_animation_sample (animation, 0, &pose, NULL);
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(StrideFigure) figure = NULL;

      pose.v[STRIDE_DOF_FOOT_L_ROT] = i == 0 ? 0 : -30;
      pose.v[STRIDE_DOF_FOOT_R_ROT] = i == 0 ? 0 : 20;
      figure = stride_figure_new (animation, &pose, 0);
      g_assert_true (stride_figure_get_joint (figure, "knee_l", &knee[i]));
      g_assert_true (stride_figure_get_joint (figure, "ankle_l", &ankle[i]));
      g_assert_true (stride_figure_get_joint (figure, "heel_l", &heel[i]));
      g_assert_true (stride_figure_get_joint (figure, "toe_l", &toe[i]));
      if (i == 1)
        {
          StrideVec3 heel_r, toe_r;

          stride_figure_get_joint (figure, "heel_r", &heel_r);
          stride_figure_get_joint (figure, "toe_r", &toe_r);
          /* the right foot turned in: its toes towards the figure's left */
          g_assert_cmpfloat (atan2 (-(toe_r.z - heel_r.z), toe_r.x - heel_r.x) * 180 / G_PI, >, 15);
        }
    }
  g_assert_cmpfloat_with_epsilon (knee[1].x, knee[0].x, 1e-9);
  g_assert_cmpfloat_with_epsilon (ankle[1].z, ankle[0].z, 1e-9);
  g_assert_cmpfloat (fabs (atan2 (-(toe[0].z - heel[0].z), toe[0].x - heel[0].x)) * 180 / G_PI, <, 1);
  g_assert_cmpfloat (atan2 (-(toe[1].z - heel[1].z), toe[1].x - heel[1].x) * 180 / G_PI, >, 25);
}

/* The highlight lights a muscle up; it never moves the body (ground, anchor). */
static void
test_highlight_keeps_figure (void)
{
  /* lying on the back: the buttock's highlight reaches below the body's outline */
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideAnimation) animation = stride_animation_load_data ("lying.json",
      "{\"format\": 1, \"id\": \"lying\", \"camera\": {\"view\": \"side\"}, \"ground\": 0,"
      " \"highlight\": {\"structure\": \"gluteus_maximus\", \"side\": \"both\"},"
      " \"base\": {\"pelvis\": {\"pitch\": -90, \"y\": 0.3}},"
      " \"keyframes\": [{\"t\": 0}, {\"t\": 1}], \"chapters\": [{\"id\": \"setup\", \"start\": 0}]}",
      -1, &error);
  StridePose pose;
  StrideVec3 a, b;

  g_assert_no_error (error);
  stride_animation_sample (animation, 0.5, &pose, NULL);
  {
    g_autoptr(StrideFigure) dark = stride_figure_new (animation, &pose, 0);
    g_autoptr(StrideFigure) lit = stride_figure_new (animation, &pose, 1);

    g_assert_cmpuint (lit->shapes->len, >, dark->shapes->len);
    g_assert_true (stride_figure_get_joint (dark, "pelvis", &a));
    g_assert_true (stride_figure_get_joint (lit, "pelvis", &b));
    g_assert_cmpfloat_with_epsilon (a.y, b.y, 1e-12);
    g_assert_cmpfloat_with_epsilon (a.x, b.x, 1e-12);
  }
}

static JsonObject *
load_videos (JsonParser *parser)
{
  g_autofree char *path = source_path ("data/content/videos.json");
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* Every bundled animation loads, and its chapters are those videos.json captions. */
static void
test_bundled (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *videos = json_object_get_array_member (load_videos (parser), "videos");

  g_assert_cmpuint (json_array_get_length (videos), >=, 26);
  for (guint i = 0; i < json_array_get_length (videos); i++)
    {
      JsonObject *video = json_array_get_object_element (videos, i);
      const char *id = json_object_get_string_member (video, "animation");
      g_autofree char *file = g_strdup_printf ("data/animations/%s.json", id);
      g_autofree char *path = source_path (file);
      g_autoptr(GError) error = NULL;
      g_autoptr(StrideAnimation) animation = stride_animation_load_file (path, &error);
      g_autoptr(GPtrArray) chapters = NULL;
      g_autoptr(GHashTable) captioned = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) seen = NULL;
      JsonArray *captions = json_object_get_array_member (video, "chapters");
      double total;

      g_assert_no_error (error);
      g_assert_cmpstr (animation->id, ==, id);
      total = stride_animation_get_total_duration (animation);
      if (total < 6 || total > 22)
        g_error ("%s lasts %.1f s, not 6 to 22", id, total);
      for (guint j = 0; j < json_array_get_length (captions); j++)
        g_hash_table_add (captioned, (gpointer) json_object_get_string_member (
                            json_array_get_object_element (captions, j), "id"));
      chapters = stride_animation_get_video_chapters (animation);
      seen = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint j = 0; j < chapters->len; j++)
        {
          StrideChapter *chapter = g_ptr_array_index (chapters, j);

          if (!g_hash_table_contains (captioned, chapter->id))
            g_error ("%s: chapter \"%s\" has no caption in videos.json", id, chapter->id);
          g_hash_table_add (seen, chapter->id);
        }
      if (g_hash_table_size (seen) != g_hash_table_size (captioned))
        g_error ("%s: videos.json captions a chapter the animation lacks", id);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stride/animation/rejects/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_rejects);
    }
  g_test_add_func ("/stride/animation/loads-minimal", test_loads_minimal);
  g_test_add_func ("/stride/animation/each-side", test_each_side);
  g_test_add_func ("/stride/animation/figure-stands", test_figure_stands);
  g_test_add_func ("/stride/animation/highlight-keeps-figure", test_highlight_keeps_figure);
  g_test_add_func ("/stride/animation/foot-turns", test_foot_turns);
  g_test_add_func ("/stride/animation/bundled", test_bundled);
  return g_test_run ();
}
