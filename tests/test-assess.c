/* test-assess.c — scoring self-test results against the bundled content
 *
 * The thresholds checked here are the ones in docs/clinical-basis.md: each is tried at, just below and
 * just above its value, so a threshold that moves in the content makes a case fail.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "stride-assess.h"
#include "stride-test-utils.h"

static StrideContent *content;

/* ---------------------------------------------------------------------------------- */
/* Helpers                                                                            */
/* ---------------------------------------------------------------------------------- */

static StrideAssessment *
assess_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  StrideAssessment *assessment = stride_assess_from_data (content, text, -1, &error);

  if (error != NULL)
    g_test_message ("input %s: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_nonnull (assessment);
  return assessment;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* "id/side/test" for every finding, sorted and joined by commas; side "-" without sides. */
static char *
describe_findings (StrideAssessment *assessment)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < assessment->findings->len; i++)
    {
      const StrideAssessFinding *finding = g_ptr_array_index (assessment->findings, i);
      const char *side = stride_side_to_string (finding->side);

      g_ptr_array_add (parts, g_strdup_printf ("%s/%s/%s", finding->finding->id,
                                               side != NULL ? side : "-", finding->test->id));
    }

  g_ptr_array_sort (parts, compare_strings);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (",", (char **) parts->pdata);
}

static gboolean
has_caution (StrideAssessment *assessment,
             const char       *id)
{
  for (guint i = 0; i < assessment->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (assessment->cautions, i);

      if (g_str_equal (entry->caution->id, id))
        return TRUE;
    }

  return FALSE;
}

static StrideSide
caution_sides (StrideAssessment *assessment,
               const char       *id)
{
  for (guint i = 0; i < assessment->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (assessment->cautions, i);

      if (g_str_equal (entry->caution->id, id))
        return entry->sides;
    }

  return STRIDE_SIDE_NONE;
}

static const StrideAssessItem *
find_item (StrideAssessment *assessment,
           const char       *exercise)
{
  for (guint i = 0; i < assessment->items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (assessment->items, i);

      if (g_str_equal (item->exercise->id, exercise))
        return item;
    }

  return NULL;
}

/* What every assessment must respect, whatever the input. */
static void
check_invariants (StrideAssessment *assessment)
{
  gboolean seen_strength = FALSE;

  for (guint i = 0; i < assessment->items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (assessment->items, i);
      gboolean stretch = g_str_equal (item->exercise->kind, "stretch");

      /* Never an exercise a caution forbids, on a side where it holds. */
      for (guint j = 0; j < assessment->cautions->len; j++)
        {
          const StrideAssessCaution *entry = g_ptr_array_index (assessment->cautions, j);
          g_assert_false (g_strv_contains ((const char * const *) entry->caution->avoid, item->exercise->id) &&
                          (item->sides & entry->sides) != 0);
        }

      /* No duplicates. */
      for (guint j = i + 1; j < assessment->items->len; j++)
        g_assert_true (item->exercise != ((StrideAssessItem *) g_ptr_array_index (assessment->items, j))->exercise);

      /* Stretches first, then strength. */
      if (!stretch)
        seen_strength = TRUE;
      else
        g_assert_false (seen_strength);

      g_assert_cmpuint (item->sets, >, 0);
      g_assert_true (item->reps > 0 || item->hold_s > 0);
      g_assert_true (item->sides == STRIDE_SIDE_LEFT || item->sides == STRIDE_SIDE_RIGHT ||
                     item->sides == STRIDE_SIDE_BOTH);
    }

  /* Every finding that some allowed exercise addresses is addressed. */
  for (guint i = 0; i < assessment->findings->len; i++)
    {
      const StrideAssessFinding *finding = g_ptr_array_index (assessment->findings, i);
      gboolean addressable = FALSE, addressed = FALSE;

      for (guint j = 0; finding->exercises_from->exercises[j] != NULL; j++)
        {
          gboolean forbidden = FALSE;

          for (guint k = 0; k < assessment->cautions->len; k++)
            forbidden |= g_strv_contains ((const char * const *) ((StrideAssessCaution *) g_ptr_array_index (assessment->cautions, k))->caution->avoid,
                                          finding->exercises_from->exercises[j]);
          addressable |= !forbidden;
        }
      for (guint j = 0; j < assessment->items->len; j++)
        addressed |= g_strv_contains ((const char * const *) ((StrideAssessItem *) g_ptr_array_index (assessment->items, j))->addresses,
                                      finding->finding->id);
      g_assert_true (addressed || !addressable);
    }

  /* A finding that calls for a clinician sets the flag. */
  for (guint i = 0; i < assessment->findings->len; i++)
    if (((StrideAssessFinding *) g_ptr_array_index (assessment->findings, i))->see_clinician)
      g_assert_true (assessment->see_clinician);
}

/* ---------------------------------------------------------------------------------- */
/* Thresholds                                                                         */
/* ---------------------------------------------------------------------------------- */

typedef struct
{
  const char *input;              /* the whole --assess document */
  const char *findings;           /* describe_findings() of the result */
  gboolean    see_clinician;
} ThresholdCase;

#define R(results) "{\"results\": {" results "}}"
#define RS(sex, results) "{\"sex\": \"" sex "\", \"results\": {" results "}}"

static const ThresholdCase threshold_cases[] = {
  /* Straight-leg raise: < 80° tight hamstrings. */
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 79}}"), "tight_hamstrings/left/straight_leg_raise", FALSE },
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 80}}"), "", FALSE },
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 81}}"), "", FALSE },
  { R ("\"straight_leg_raise\": {\"right\": {\"angle_deg\": 79.5}}"), "tight_hamstrings/right/straight_leg_raise", FALSE },
  /* Thomas test: thigh above → hip flexors; knee < 67° → rectus femoris; drift → TFL. */
  { R ("\"thomas_test\": {\"left\": {\"knee_angle_deg\": 66}}"), "tight_rectus_femoris/left/thomas_test", FALSE },
  { R ("\"thomas_test\": {\"left\": {\"knee_angle_deg\": 67}}"), "", FALSE },
  { R ("\"thomas_test\": {\"left\": {\"knee_angle_deg\": 68}}"), "", FALSE },
  { R ("\"thomas_test\": {\"right\": {\"thigh\": \"above_surface\"}}"), "tight_hip_flexors/right/thomas_test", FALSE },
  { R ("\"thomas_test\": {\"right\": {\"thigh\": \"on_surface\"}}"), "", FALSE },
  { R ("\"thomas_test\": {\"left\": {\"thigh_drifts_out\": true}}"), "tight_tfl/left/thomas_test", FALSE },
  { R ("\"thomas_test\": {\"left\": {\"thigh_drifts_out\": false}}"), "", FALSE },
  /* Ober: stays up → TFL. */
  { R ("\"ober_test\": {\"right\": {\"thigh\": \"stays_up\"}}"), "tight_tfl/right/ober_test", FALSE },
  { R ("\"ober_test\": {\"right\": {\"thigh\": \"drops\"}}"), "", FALSE },
  /* FABER: knee raised → stiffness; groin pain → a clinician. */
  { R ("\"faber_test\": {\"left\": {\"knee\": \"raised\", \"pain\": \"none\"}}"), "stiff_hip/left/faber_test", FALSE },
  { R ("\"faber_test\": {\"left\": {\"knee\": \"level\", \"pain\": \"none\"}}"), "", FALSE },
  { R ("\"faber_test\": {\"left\": {\"knee\": \"level\", \"pain\": \"groin\"}}"), "pain_on_testing/left/faber_test", TRUE },
  { R ("\"faber_test\": {\"left\": {\"knee\": \"level\", \"pain\": \"back\"}}"), "pain_on_testing/left/faber_test", FALSE },
  /* Sit and reach, by sex: men average from 0 cm, women from +1 cm; −8 or less for anyone. */
  { RS ("male", "\"sit_and_reach\": {\"reach_cm\": -1}"), "tight_hamstrings/-/sit_and_reach", FALSE },
  { RS ("male", "\"sit_and_reach\": {\"reach_cm\": 0}"), "", FALSE },
  { RS ("male", "\"sit_and_reach\": {\"reach_cm\": 1}"), "", FALSE },
  { RS ("female", "\"sit_and_reach\": {\"reach_cm\": 0}"), "tight_hamstrings/-/sit_and_reach", FALSE },
  { RS ("female", "\"sit_and_reach\": {\"reach_cm\": 1}"), "", FALSE },
  { RS ("female", "\"sit_and_reach\": {\"reach_cm\": 2}"), "", FALSE },
  { RS ("other", "\"sit_and_reach\": {\"reach_cm\": -9}"), "tight_hamstrings/-/sit_and_reach", FALSE },
  { RS ("other", "\"sit_and_reach\": {\"reach_cm\": -8}"), "tight_hamstrings/-/sit_and_reach", FALSE },
  { RS ("other", "\"sit_and_reach\": {\"reach_cm\": -7}"), "", FALSE },
  { R ("\"sit_and_reach\": {\"reach_cm\": -3}"), "", FALSE },
  { RS ("male", "\"sit_and_reach\": {\"reach_cm\": -12}"), "tight_hamstrings/-/sit_and_reach", FALSE },
  /* Hip rotation (Kouyoumdjian 2012): only internal < 20° refers; external < 30° is
   * flagged; low-normal, symmetric, painless values are normal. */
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 19, \"external_deg\": 45}}"), "restricted_hip_rotation/left/hip_rotation", TRUE },
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 20, \"external_deg\": 45}}"), "", FALSE },
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 21, \"external_deg\": 45}}"), "", FALSE },
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 28, \"external_deg\": 40}, \"right\": {\"internal_deg\": 29, \"external_deg\": 41}}"), "", FALSE },
  { R ("\"hip_rotation\": {\"right\": {\"internal_deg\": 35, \"external_deg\": 29}}"), "restricted_hip_rotation/right/hip_rotation", FALSE },
  { R ("\"hip_rotation\": {\"right\": {\"internal_deg\": 35, \"external_deg\": 30}}"), "", FALSE },
  { R ("\"hip_rotation\": {\"right\": {\"internal_deg\": 35, \"external_deg\": 31}}"), "", FALSE },
  { R ("\"hip_rotation\": {\"right\": {\"internal_deg\": 35, \"pain\": true}}"),
    "pain_on_testing/right/hip_rotation,restricted_hip_rotation/right/hip_rotation", TRUE },
  /* Single-leg stance: pelvis drop → weak gluteus medius; under 30 s → control. */
  { R ("\"single_leg_stance\": {\"left\": {\"pelvis_drop\": true, \"seconds\": 30}}"), "weak_glute_medius/left/single_leg_stance", FALSE },
  { R ("\"single_leg_stance\": {\"left\": {\"pelvis_drop\": false, \"seconds\": 30}}"), "", FALSE },
  { R ("\"single_leg_stance\": {\"left\": {\"seconds\": 29}}"), "poor_single_leg_control/left/single_leg_stance", FALSE },
  { R ("\"single_leg_stance\": {\"left\": {\"seconds\": 31}}"), "", FALSE },
  { R ("\"single_leg_stance\": {\"right\": {\"side_of_hip_pain\": true}}"), "pain_on_testing/right/single_leg_stance", FALSE },
  /* Single-leg squat: 2 or more faults → poor control. */
  { R ("\"single_leg_squat\": {\"left\": {\"faults\": 1}}"), "", FALSE },
  { R ("\"single_leg_squat\": {\"left\": {\"faults\": 2}}"), "poor_single_leg_control/left/single_leg_squat", FALSE },
  { R ("\"single_leg_squat\": {\"left\": {\"faults\": 3}}"), "poor_single_leg_control/left/single_leg_squat", FALSE },
  /* Side plank (McGill 1999): men under 95 s, women under 75 s; "other" or not given: 75 s. */
  { RS ("male", "\"side_plank_hold\": {\"right\": {\"seconds\": 94}}"), "low_side_endurance/right/side_plank_hold", FALSE },
  { RS ("male", "\"side_plank_hold\": {\"right\": {\"seconds\": 95}}"), "", FALSE },
  { RS ("male", "\"side_plank_hold\": {\"right\": {\"seconds\": 96}}"), "", FALSE },
  { RS ("female", "\"side_plank_hold\": {\"right\": {\"seconds\": 74}}"), "low_side_endurance/right/side_plank_hold", FALSE },
  { RS ("female", "\"side_plank_hold\": {\"right\": {\"seconds\": 75}}"), "", FALSE },
  { RS ("female", "\"side_plank_hold\": {\"right\": {\"seconds\": 76}}"), "", FALSE },
  { RS ("other", "\"side_plank_hold\": {\"right\": {\"seconds\": 74}}"), "low_side_endurance/right/side_plank_hold", FALSE },
  { RS ("other", "\"side_plank_hold\": {\"right\": {\"seconds\": 75}}"), "", FALSE },
  { R ("\"side_plank_hold\": {\"right\": {\"seconds\": 74}}"), "low_side_endurance/right/side_plank_hold", FALSE },
  { R ("\"side_plank_hold\": {\"right\": {\"seconds\": 75}}"), "", FALSE },
  { R ("\"side_plank_hold\": {\"right\": {\"seconds\": 76}}"), "", FALSE },
  /* Single-leg bridge: under 20 → weak gluteus maximus. */
  { R ("\"single_leg_bridge\": {\"left\": {\"reps\": 19}}"), "weak_glute_max/left/single_leg_bridge", FALSE },
  { R ("\"single_leg_bridge\": {\"left\": {\"reps\": 20}}"), "", FALSE },
  { R ("\"single_leg_bridge\": {\"left\": {\"reps\": 21}}"), "", FALSE },
  /* The same finding on both sides is one finding, "both". */
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 70}, \"right\": {\"angle_deg\": 72}}"),
    "tight_hamstrings/both/straight_leg_raise", FALSE },
  { R ("\"thomas_test\": {\"left\": {\"thigh\": \"above_surface\"}, \"right\": {\"thigh\": \"above_surface\"}}"),
    "tight_hip_flexors/both/thomas_test", FALSE },
  /* Asymmetry: ≥ 10° on angles, > 15% otherwise; the weaker side is named. */
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 85}, \"right\": {\"angle_deg\": 95}}"), "asymmetry/left/straight_leg_raise", FALSE },
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 86}, \"right\": {\"angle_deg\": 95}}"), "", FALSE },
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 96}, \"right\": {\"angle_deg\": 85}}"), "asymmetry/right/straight_leg_raise", FALSE },
  { R ("\"side_plank_hold\": {\"left\": {\"seconds\": 100}, \"right\": {\"seconds\": 84}}"), "asymmetry/right/side_plank_hold", FALSE },
  { R ("\"side_plank_hold\": {\"left\": {\"seconds\": 100}, \"right\": {\"seconds\": 85}}"), "", FALSE },
  { R ("\"side_plank_hold\": {\"left\": {\"seconds\": 100}, \"right\": {\"seconds\": 86}}"), "", FALSE },
  { R ("\"single_leg_bridge\": {\"left\": {\"reps\": 25}, \"right\": {\"reps\": 35}}"), "asymmetry/left/single_leg_bridge", FALSE },
  { R ("\"thomas_test\": {\"left\": {\"knee_angle_deg\": 70}, \"right\": {\"knee_angle_deg\": 80}}"), "asymmetry/left/thomas_test", FALSE },
  /* A big difference in inward turn refers only with pain (Kouyoumdjian 2012). */
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 35}, \"right\": {\"internal_deg\": 45}}"), "asymmetry/left/hip_rotation", FALSE },
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 35, \"pain\": true}, \"right\": {\"internal_deg\": 45}}"),
    "asymmetry/left/hip_rotation,pain_on_testing/left/hip_rotation,restricted_hip_rotation/left/hip_rotation", TRUE },
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 36}, \"right\": {\"internal_deg\": 45}}"), "", FALSE },
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 34}, \"right\": {\"internal_deg\": 45}}"), "asymmetry/left/hip_rotation", FALSE },
  /* Noise: a difference needs more than 15% and at least 3 s or 3 reps. */
  { R ("\"side_plank_hold\": {\"left\": {\"seconds\": 12}, \"right\": {\"seconds\": 10}}"), "low_side_endurance/both/side_plank_hold", FALSE },
  { R ("\"side_plank_hold\": {\"left\": {\"seconds\": 13}, \"right\": {\"seconds\": 10}}"),
    "asymmetry/right/side_plank_hold,low_side_endurance/both/side_plank_hold", FALSE },
  { R ("\"side_plank_hold\": {\"left\": {\"seconds\": 14}, \"right\": {\"seconds\": 10}}"),
    "asymmetry/right/side_plank_hold,low_side_endurance/both/side_plank_hold", FALSE },
  { R ("\"single_leg_bridge\": {\"left\": {\"reps\": 10}, \"right\": {\"reps\": 12}}"), "weak_glute_max/both/single_leg_bridge", FALSE },
  { R ("\"single_leg_bridge\": {\"left\": {\"reps\": 10}, \"right\": {\"reps\": 13}}"),
    "asymmetry/left/single_leg_bridge,weak_glute_max/both/single_leg_bridge", FALSE },
  { R ("\"single_leg_stance\": {\"left\": {\"seconds\": 10}, \"right\": {\"seconds\": 8}}"), "poor_single_leg_control/both/single_leg_stance", FALSE },
  { R ("\"single_leg_stance\": {\"left\": {\"seconds\": 11}, \"right\": {\"seconds\": 8}}"),
    "asymmetry/right/single_leg_stance,poor_single_leg_control/both/single_leg_stance", FALSE },
  { R ("\"single_leg_stance\": {\"left\": {\"seconds\": 12}, \"right\": {\"seconds\": 8}}"),
    "asymmetry/right/single_leg_stance,poor_single_leg_control/both/single_leg_stance", FALSE },
  /* Only one side measured: no asymmetry can be judged. */
  { R ("\"side_plank_hold\": {\"left\": {\"seconds\": 100}}"), "", FALSE },
};

static void
test_thresholds (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (threshold_cases); i++)
    {
      const ThresholdCase *c = &threshold_cases[i];
      g_autoptr(StrideAssessment) assessment = NULL;
      g_autofree char *findings = NULL;

      g_test_message ("case %u: %s", i, c->input);
      assessment = assess_text (c->input);
      findings = describe_findings (assessment);
      g_assert_cmpstr (findings, ==, c->findings);
      g_assert_cmpint (assessment->see_clinician, ==, c->see_clinician);
      check_invariants (assessment);
    }
}

static void
test_asymmetry_text (void)
{
  g_autoptr(StrideAssessment) assessment =
    assess_text (R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 85}, \"right\": {\"angle_deg\": 95}}"));
  const StrideAssessFinding *finding;

  g_assert_cmpuint (assessment->findings->len, ==, 1);
  finding = g_ptr_array_index (assessment->findings, 0);
  /* The text states the values and the convention used. */
  g_assert_nonnull (strstr (finding->text, "85°"));
  g_assert_nonnull (strstr (finding->text, "95°"));
  g_assert_nonnull (strstr (finding->text, "10°"));
  g_assert_nonnull (strstr (finding->text, "convention"));

  /* The weaker side gets the work that trains that test's field. */
  g_assert_nonnull (find_item (assessment, "hamstring_strap_stretch"));
  g_assert_cmpint (find_item (assessment, "hamstring_strap_stretch")->sides, ==, STRIDE_SIDE_LEFT);
}

/* Several asymmetries: the convention is stated once, not once per finding; each still
 * gives its own threshold. */
static void
test_asymmetry_convention_once (void)
{
  g_autoptr(StrideAssessment) assessment =
    assess_text (R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 85}, \"right\": {\"angle_deg\": 95}},"
                    "\"thomas_test\": {\"left\": {\"knee_angle_deg\": 70}, \"right\": {\"knee_angle_deg\": 80}},"
                    "\"side_plank_hold\": {\"left\": {\"seconds\": 100}, \"right\": {\"seconds\": 84}}"));
  guint asymmetries = 0, conventions = 0;

  for (guint i = 0; i < assessment->findings->len; i++)
    {
      const StrideAssessFinding *finding = g_ptr_array_index (assessment->findings, i);

      if (!g_str_equal (finding->finding->id, STRIDE_FINDING_ASYMMETRY))
        continue;
      asymmetries++;
      conventions += strstr (finding->text, "working convention") != NULL;
      g_assert_nonnull (strstr (finding->text, "Stride counts a difference"));
    }
  g_assert_cmpuint (asymmetries, ==, 3);
  g_assert_cmpuint (conventions, ==, 1);
}

/* ---------------------------------------------------------------------------------- */
/* Cautions                                                                           */
/* ---------------------------------------------------------------------------------- */

typedef struct
{
  const char *without_pain;
  const char *with_pain;
  const char *caution;
  const char *exercise;           /* given without the pain, forbidden with it */
} CautionCase;

static const CautionCase caution_cases[] = {
  { R ("\"ober_test\": {\"left\": {\"thigh\": \"stays_up\"}}"),
    R ("\"ober_test\": {\"left\": {\"thigh\": \"stays_up\", \"pain\": true}}"),
    "side_of_hip_pain", "tfl_stretch" },
  { R ("\"thomas_test\": {\"left\": {\"thigh_drifts_out\": true}}, \"single_leg_stance\": {\"left\": {\"side_of_hip_pain\": false}}"),
    R ("\"thomas_test\": {\"left\": {\"thigh_drifts_out\": true}}, \"single_leg_stance\": {\"left\": {\"side_of_hip_pain\": true}}"),
    "side_of_hip_pain", "tfl_stretch" },
  { R ("\"faber_test\": {\"right\": {\"knee\": \"raised\"}}, \"single_leg_stance\": {\"right\": {\"side_of_hip_pain\": false}}"),
    R ("\"faber_test\": {\"right\": {\"knee\": \"raised\"}}, \"single_leg_stance\": {\"right\": {\"side_of_hip_pain\": true}}"),
    "side_of_hip_pain", "figure_four_stretch" },
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 60}}"),
    R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 60, \"pain\": true}}"),
    "sit_bone_pain", "hamstring_strap_stretch" },
  { RS ("male", "\"sit_and_reach\": {\"reach_cm\": -10}"),
    RS ("male", "\"sit_and_reach\": {\"reach_cm\": -10, \"pain\": true}"),
    "sit_bone_pain", "hamstring_strap_stretch" },
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 35, \"external_deg\": 30}}"),
    R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 19, \"external_deg\": 30}}"),
    "hip_joint_check", "glute_stretch" },
  { R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 35, \"external_deg\": 30}}"),
    R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 35, \"external_deg\": 30, \"pain\": true}}"),
    "hip_joint_check", "glute_stretch" },
  { R ("\"faber_test\": {\"left\": {\"knee\": \"raised\", \"pain\": \"none\"}}"),
    R ("\"faber_test\": {\"left\": {\"knee\": \"raised\", \"pain\": \"groin\"}}"),
    "hip_joint_check", "figure_four_stretch" },
  { R ("\"faber_test\": {\"left\": {\"knee\": \"raised\", \"pain\": \"none\"}}"),
    R ("\"faber_test\": {\"left\": {\"knee\": \"raised\", \"pain\": \"back\"}}"),
    "back_of_pelvis_pain", "figure_four_stretch" },
  { R ("\"thomas_test\": {\"right\": {\"thigh\": \"above_surface\", \"pain\": false}}"),
    R ("\"thomas_test\": {\"right\": {\"thigh\": \"above_surface\", \"pain\": true}}"),
    "front_of_hip_pain", "kneeling_hip_flexor_stretch" },
  { R ("\"single_leg_squat\": {\"right\": {\"faults\": 3}}"),
    R ("\"single_leg_squat\": {\"right\": {\"faults\": 3, \"pain\": true}}"),
    "painful_single_leg_loading", "step_up" },
};

static void
test_cautions (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (caution_cases); i++)
    {
      const CautionCase *c = &caution_cases[i];
      g_autoptr(StrideAssessment) before = NULL;
      g_autoptr(StrideAssessment) after = NULL;
      const StrideCaution *caution = stride_content_find_caution (content, c->caution);

      g_test_message ("case %u: %s", i, c->with_pain);
      g_assert_nonnull (caution);
      g_assert_true (g_strv_contains ((const char * const *) caution->avoid, c->exercise));

      before = assess_text (c->without_pain);
      g_assert_false (has_caution (before, c->caution));
      g_assert_nonnull (find_item (before, c->exercise));

      after = assess_text (c->with_pain);
      g_assert_true (has_caution (after, c->caution));
      /* A test that hurt also brings the general advice on pain. */
      if (strstr (c->with_pain, "pain\": true") != NULL || strstr (c->with_pain, "pain\": \"groin") != NULL ||
          strstr (c->with_pain, "pain\": \"back") != NULL)
        g_assert_true (has_caution (after, "pain_on_testing"));
      /* left out where the caution holds; a test on one side spares that side only */
      g_assert_true (find_item (after, c->exercise) == NULL ||
                     (find_item (after, c->exercise)->sides & caution_sides (after, c->caution)) == 0);
      g_assert_cmpint (after->see_clinician, ==, caution->see_clinician);
      check_invariants (after);
    }
}

/* Both rectus femoris tight, the Thomas test painful on one side: that side's hip-flexor
 * stretch is held back, the pain-free side still gets it, and the caution says which side
 * it holds for. Painful on both sides: no stretch at all. */
static void
test_pain_spares_one_side (void)
{
#define THOMAS_PAIN(left, right) \
    R ("\"thomas_test\": {\"left\": {\"thigh\": \"on_surface\", \"knee_angle_deg\": 50, \"pain\": " left "}," \
       " \"right\": {\"thigh\": \"on_surface\", \"knee_angle_deg\": 50, \"pain\": " right "}}")
  static const struct { const char *input; StrideSide painful; StrideSide stretched; const char *side; } cases[] = {
    { THOMAS_PAIN ("true", "false"), STRIDE_SIDE_LEFT, STRIDE_SIDE_RIGHT, "left" },
    { THOMAS_PAIN ("false", "true"), STRIDE_SIDE_RIGHT, STRIDE_SIDE_LEFT, "right" },
    { THOMAS_PAIN ("true", "true"), STRIDE_SIDE_BOTH, STRIDE_SIDE_NONE, NULL },
    { THOMAS_PAIN ("false", "false"), STRIDE_SIDE_NONE, STRIDE_SIDE_BOTH, NULL },
  };
#undef THOMAS_PAIN

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StrideAssessment) assessment = assess_text (cases[i].input);
      g_autoptr(JsonNode) json = stride_assessment_to_json (assessment);
      JsonArray *cautions = json_object_get_array_member (json_node_get_object (json), "cautions");
      const StrideAssessItem *stretch = find_item (assessment, "kneeling_hip_flexor_stretch");

      g_test_message ("case %u: %s", i, cases[i].input);
      g_assert_cmpint (stretch != NULL ? stretch->sides : STRIDE_SIDE_NONE, ==, cases[i].stretched);
      g_assert_cmpint (has_caution (assessment, "front_of_hip_pain"), ==, cases[i].painful != STRIDE_SIDE_NONE);
      for (guint j = 0; j < json_array_get_length (cautions); j++)
        {
          JsonObject *caution = json_array_get_object_element (cautions, j);

          if (g_str_equal (json_object_get_string_member (caution, "id"), "front_of_hip_pain"))
            g_assert_cmpstr (json_object_get_string_member_with_default (caution, "side", NULL), ==, cases[i].side);
        }
      check_invariants (assessment);
    }
}

/* A caution only means something if what it forbids could be offered: every exercise it
 * lists is one some finding asks for. */
static void
test_caution_avoids_are_offered (void)
{
  GPtrArray *findings = stride_content_get_items (content, STRIDE_KIND_FINDING);
  GPtrArray *cautions = stride_content_get_items (content, STRIDE_KIND_CAUTION);

  g_assert_cmpuint (cautions->len, >=, 6);
  for (guint i = 0; i < cautions->len; i++)
    {
      const StrideCaution *caution = g_ptr_array_index (cautions, i);

      for (guint j = 0; caution->avoid[j] != NULL; j++)
        {
          gboolean listed = FALSE;

          for (guint k = 0; k < findings->len && !listed; k++)
            {
              const StrideFinding *finding = g_ptr_array_index (findings, k);
              listed = g_strv_contains ((const char * const *) finding->exercises, caution->avoid[j]);
            }
          g_assert_true (listed);
        }
    }
}


static const char all_normal[] =
  "{\"sex\": \"female\", \"age\": 34, \"results\": {"
  " \"thomas_test\": {\"left\": {\"thigh\": \"on_surface\", \"knee_angle_deg\": 75, \"thigh_drifts_out\": false, \"pain\": false},"
  "                   \"right\": {\"thigh\": \"on_surface\", \"knee_angle_deg\": 78, \"thigh_drifts_out\": false, \"pain\": false}},"
  " \"ober_test\": {\"left\": {\"thigh\": \"drops\", \"pain\": false}, \"right\": {\"thigh\": \"drops\", \"pain\": false}},"
  " \"straight_leg_raise\": {\"left\": {\"angle_deg\": 85, \"pain\": false}, \"right\": {\"angle_deg\": 88, \"pain\": false}},"
  " \"faber_test\": {\"left\": {\"knee\": \"level\", \"pain\": \"none\"}, \"right\": {\"knee\": \"level\", \"pain\": \"none\"}},"
  " \"sit_and_reach\": {\"reach_cm\": 8, \"pain\": false},"
  " \"hip_rotation\": {\"left\": {\"internal_deg\": 35, \"external_deg\": 45, \"pain\": false},"
  "                   \"right\": {\"internal_deg\": 38, \"external_deg\": 50, \"pain\": false}},"
  " \"single_leg_stance\": {\"left\": {\"pelvis_drop\": false, \"side_of_hip_pain\": false, \"seconds\": 30},"
  "                        \"right\": {\"pelvis_drop\": false, \"side_of_hip_pain\": false, \"seconds\": 30}},"
  " \"single_leg_squat\": {\"left\": {\"faults\": 0, \"pain\": false}, \"right\": {\"faults\": 1, \"pain\": false}},"
  " \"side_plank_hold\": {\"left\": {\"seconds\": 78}, \"right\": {\"seconds\": 80}},"
  " \"single_leg_bridge\": {\"left\": {\"reps\": 28}, \"right\": {\"reps\": 30}}}}";

/* ---------------------------------------------------------------------------------- */
/* Prescriptions (docs/clinical-basis.md, "Self-test corrections")                                 */
/* ---------------------------------------------------------------------------------- */

static char *
side_plank_input (double left,
                  double right)
{
  return g_strdup_printf ("{\"sex\": \"female\", \"results\": {\"side_plank_hold\": {\"left\": {\"seconds\": %g}, \"right\": {\"seconds\": %g}}}}",
                          left, right);
}

/* A side plank is never prescribed longer than ~70% of the weaker side's hold; under
 * 5 s the easier version is given instead; the leg-lift version waits. */
static void
test_capacity_holds (void)
{
  static const struct { double held; guint hold_s; gboolean easier; } cases[] = {
    { 12, 8, FALSE }, { 11, 7, FALSE }, { 13, 9, FALSE },
    { 8, 5, FALSE }, { 7, 5, TRUE }, { 6, 5, TRUE }, { 0, 5, TRUE },
    { 42, 29, FALSE }, { 43, 30, FALSE }, { 44, 30, FALSE }, { 70, 30, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *input = side_plank_input (cases[i].held, cases[i].held + 1);
      g_autoptr(StrideAssessment) assessment = assess_text (input);
      const StrideAssessItem *item = find_item (assessment, "side_plank");

      g_test_message ("held %g s", cases[i].held);
      g_assert_nonnull (item);
      g_assert_cmpuint (item->hold_s, ==, cases[i].hold_s);
      g_assert_cmpint (item->note != NULL, ==, cases[i].easier);
      if (!cases[i].easier)
        g_assert_cmpfloat (item->hold_s, <=, 0.7 * cases[i].held);
      /* Below the usual 30 s, the harder leg-lift version comes later */
      g_assert_cmpint (find_item (assessment, "side_plank_leg_lift") == NULL, ==, cases[i].hold_s < 30 || cases[i].easier);
      check_invariants (assessment);
    }
}

/* Reps are 60–70% of the reps to fatigue, up to 20; under 3 the two-leg bridge does it. */
static void
test_capacity_reps (void)
{
  for (guint reps = 0; reps <= 40; reps++)
    {
      g_autofree char *input = g_strdup_printf ("{\"results\": {\"single_leg_bridge\": {\"left\": {\"reps\": %u}, \"right\": {\"reps\": %u}}}}",
                                                reps, reps);
      g_autoptr(StrideAssessment) assessment = NULL;
      const StrideAssessItem *item;

      if (reps >= 20)
        {
          /* 20 or more is not low: the single-leg bridge comes only with another finding */
          g_free (input);
          input = g_strdup_printf ("{\"results\": {\"single_leg_bridge\": {\"left\": {\"reps\": %u}, \"right\": {\"reps\": %u}}}}",
                                   reps, reps * 2);
        }
      assessment = assess_text (input);
      item = find_item (assessment, "single_leg_bridge");
      g_test_message ("reps to fatigue %u", reps);
      if (reps < 4)
        {
          /* round(0.65 × 3) = 2: too few to train; the two-leg bridge in its place */
          g_assert_null (item);
          g_assert_nonnull (find_item (assessment, "glute_bridge"));
          continue;
        }
      g_assert_nonnull (item);
      if (reps >= 31)
        g_assert_cmpuint (item->reps, ==, 20);
      else if (reps >= 5)
        {
          g_assert_cmpfloat (item->reps, >=, 0.6 * reps - 0.5);
          g_assert_cmpfloat (item->reps, <=, 0.7 * reps + 0.5);
        }
      check_invariants (assessment);
    }
}

/* The weaker side gets an extra set, and the finding says which side; noise does not. */
static void
test_weaker_side_extra_set (void)
{
  g_autofree char *uneven = side_plank_input (70, 40);     /* 43% less on the right */
  g_autofree char *one_sided = side_plank_input (100, 44); /* only the right is low */
  g_autofree char *noise = side_plank_input (12, 10);      /* 2 s: noise */
  g_autofree char *just = side_plank_input (13, 10);       /* 3 s and 23% */
  g_autoptr(StrideAssessment) a = assess_text (uneven);
  g_autoptr(StrideAssessment) b = assess_text (noise);
  g_autoptr(StrideAssessment) c = assess_text (just);
  g_autoptr(StrideAssessment) d = assess_text (R ("\"single_leg_bridge\": {\"left\": {\"reps\": 10}, \"right\": {\"reps\": 13}}"));
  g_autoptr(StrideAssessment) e = assess_text (one_sided);
  const StrideExercise *plank = stride_content_find_exercise (content, "side_plank");
  const StrideAssessItem *item = find_item (a, "side_plank");
  g_autoptr(JsonNode) json = stride_assessment_to_json (a);
  g_autofree char *text = json_to_string (json, FALSE);

  g_assert_nonnull (item);
  g_assert_cmpint (item->extra_set_side, ==, STRIDE_SIDE_RIGHT);
  g_assert_nonnull (strstr (text, "\"extra_set_side\":\"right\""));
  for (guint i = 0; i < a->findings->len; i++)
    {
      const StrideAssessFinding *finding = g_ptr_array_index (a->findings, i);

      if (g_str_equal (finding->finding->id, "asymmetry"))
        g_assert_nonnull (strstr (finding->text, "Your right side is the weaker one: it gets one extra set of Side plank"));
    }

  g_assert_nonnull (find_item (b, "side_plank"));
  g_assert_cmpint (find_item (b, "side_plank")->extra_set_side, ==, STRIDE_SIDE_NONE);
  g_assert_cmpint (find_item (c, "side_plank")->extra_set_side, ==, STRIDE_SIDE_RIGHT);
  g_assert_cmpint (find_item (d, "single_leg_bridge")->extra_set_side, ==, STRIDE_SIDE_LEFT);
  /* Only the weaker side needs it at all: that side does one set more */
  g_assert_cmpint (find_item (e, "side_plank")->sides, ==, STRIDE_SIDE_RIGHT);
  g_assert_cmpuint (find_item (e, "side_plank")->sets, ==, plank->dose.sets + 1);
  check_invariants (a);
  check_invariants (d);
}

/* Single-leg stance under 10 s: supported single-leg exercises, no hip airplane. */
static void
test_single_leg_support (void)
{
  static const struct { guint seconds; gboolean support; } cases[] = { { 9, TRUE }, { 10, FALSE }, { 11, FALSE }, { 0, TRUE } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *input = g_strdup_printf ("{\"results\": {\"single_leg_stance\": {\"left\": {\"seconds\": %u}},"
                                                " \"single_leg_squat\": {\"left\": {\"faults\": 3}},"
                                                " \"straight_leg_raise\": {\"left\": {\"angle_deg\": 60}}}}", cases[i].seconds);
      g_autoptr(StrideAssessment) assessment = assess_text (input);

      g_assert_cmpint (has_caution (assessment, "single_leg_support"), ==, cases[i].support);
      for (guint j = 0; j < assessment->items->len; j++)
        {
          const StrideAssessItem *item = g_ptr_array_index (assessment->items, j);
          gboolean single_leg = g_str_equal (item->exercise->id, "step_up") || g_str_equal (item->exercise->id, "step_down") ||
                                g_str_equal (item->exercise->id, "single_leg_rdl");

          /* Supported: the note says how (a hand on the wall) */
          if (single_leg)
            g_assert_cmpint (item->note != NULL, ==, cases[i].support);
          if (cases[i].support)
            g_assert_cmpstr (item->exercise->id, !=, "hip_airplane");
        }
      check_invariants (assessment);
    }
}

typedef struct
{
  const char *input;
  const char *caution;            /* must be there, or NULL */
  gboolean    bone_stress;
  gboolean    see_clinician;
} BoneStressCase;

/* A painful single-leg squat or stance with groin pain: stop running, see a clinician
 * within days, no exercises; either alone is not that. */
static void
test_bone_stress (void)
{
  static const BoneStressCase cases[] = {
    { "{\"age\": 22, \"results\": {\"standing_check\": {\"left\": {\"groin_pain\": true}}, \"single_leg_squat\": {\"left\": {\"faults\": 1, \"pain\": true}}}}",
      "bone_stress", TRUE, TRUE },
    { "{\"age\": 22, \"results\": {\"standing_check\": {\"left\": {\"groin_pain\": false}}, \"single_leg_squat\": {\"left\": {\"faults\": 1, \"pain\": true}}}}",
      "painful_single_leg_loading", FALSE, FALSE },
    { "{\"age\": 22, \"results\": {\"standing_check\": {\"left\": {\"groin_pain\": true}}, \"single_leg_squat\": {\"left\": {\"faults\": 1, \"pain\": false}}}}",
      "groin_pain", FALSE, FALSE },
    { "{\"results\": {\"single_leg_stance\": {\"right\": {\"groin_pain\": true, \"seconds\": 20}}}}",
      "bone_stress", TRUE, TRUE },
    { "{\"results\": {\"faber_test\": {\"left\": {\"pain\": \"groin\"}}, \"single_leg_squat\": {\"left\": {\"pain\": true}}}}",
      "bone_stress", TRUE, TRUE },
    { "{\"age\": 60, \"results\": {\"standing_check\": {\"left\": {\"standing_hurts\": true, \"groin_pain\": true}}}}",
      "bone_stress", TRUE, TRUE },
    { "{\"results\": {\"standing_check\": {\"left\": {\"standing_hurts\": true}}, \"single_leg_squat\": {\"left\": {\"faults\": 3}}}}",
      "standing_hurts", FALSE, TRUE },
    { "{\"results\": {\"standing_check\": {\"left\": {\"standing_hurts\": false, \"groin_pain\": false}}, \"single_leg_squat\": {\"left\": {\"faults\": 3}}}}",
      NULL, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StrideAssessment) assessment = assess_text (cases[i].input);

      g_test_message ("case %u: %s", i, cases[i].input);
      if (cases[i].caution != NULL)
        g_assert_true (has_caution (assessment, cases[i].caution));
      g_assert_cmpint (has_caution (assessment, "bone_stress"), ==, cases[i].bone_stress);
      g_assert_cmpint (assessment->see_clinician, ==, cases[i].see_clinician);
      g_assert_false (assessment->maintenance && assessment->cautions->len > 0);
      if (cases[i].bone_stress)
        g_assert_cmpuint (assessment->items->len, ==, 0);
      else
        g_assert_cmpuint (assessment->items->len, >, 0);
      /* Never a single-leg exercise after single-leg loading hurt */
      if (has_caution (assessment, "painful_single_leg_loading") || has_caution (assessment, "standing_hurts"))
        for (guint j = 0; j < assessment->items->len; j++)
          {
            const char *id = ((StrideAssessItem *) g_ptr_array_index (assessment->items, j))->exercise->id;

            g_assert_false (g_str_equal (id, "step_up") || g_str_equal (id, "step_down") ||
                            g_str_equal (id, "single_leg_rdl") || g_str_equal (id, "hip_airplane"));
          }
      check_invariants (assessment);
    }
}

static guint
strength_index (StrideAssessment *assessment,
                const char       *exercise)
{
  for (guint i = 0, n = 0; i < assessment->items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (assessment->items, i);

      if (g_str_equal (item->exercise->kind, "stretch"))
        continue;
      if (g_str_equal (item->exercise->id, exercise))
        return n;
      n++;
    }

  return G_MAXUINT;
}

static void
assert_no_stretch_advice (StrideAssessment *assessment)
{
  for (guint i = 0; i < assessment->findings->len; i++)
    {
      g_autofree char *text = g_utf8_strdown (((StrideAssessFinding *) g_ptr_array_index (assessment->findings, i))->text, -1);

      g_assert_null (strstr (text, "stretch"));
    }
}

/* Side-of-hip pain: isometric abduction and bridge holds first, none of the compressive
 * or heavy abductor exercises the findings would otherwise bring: the clamshell, lying on
 * the side as side-lying abduction does, is held back with it (the routine kept
 * "Clamshell – left side only" while it left side-lying abduction out). */
static void
test_gluteal_tendinopathy (void)
{
  static const char * const avoided[] = { "side_lying_hip_abduction", "clamshell", "side_plank_leg_lift", "hip_airplane",
                                          "copenhagen_plank", "tfl_stretch", "figure_four_stretch", NULL };
#define GT_RESULTS \
    "\"ober_test\": {\"left\": {\"thigh\": \"stays_up\", \"pain\": %s}}," \
    " \"faber_test\": {\"left\": {\"knee\": \"raised\"}}," \
    " \"single_leg_stance\": {\"left\": {\"pelvis_drop\": true, \"seconds\": 30, \"side_of_hip_pain\": %s}}," \
    " \"side_plank_hold\": {\"left\": {\"seconds\": 40}, \"right\": {\"seconds\": 60}}," \
    " \"single_leg_squat\": {\"left\": {\"faults\": 3}}"
  g_autofree char *painless = g_strdup_printf (GT_RESULTS, "false", "false");
  g_autofree char *ober = g_strdup_printf (GT_RESULTS, "true", "false");
  g_autofree char *stance = g_strdup_printf (GT_RESULTS, "false", "true");
  g_autofree char *input_painless = g_strdup_printf ("{\"sex\": \"female\", \"results\": {%s}}", painless);
  g_autofree char *input_ober = g_strdup_printf ("{\"sex\": \"female\", \"results\": {%s}}", ober);
  g_autofree char *input_stance = g_strdup_printf ("{\"sex\": \"female\", \"results\": {%s}}", stance);
  g_autoptr(StrideAssessment) without = assess_text (input_painless);
  const char *inputs[] = { input_ober, input_stance };
  gboolean offered = FALSE;

  /* Without pain, the findings do ask for what pain rules out */
  for (guint i = 0; avoided[i] != NULL; i++)
    offered |= find_item (without, avoided[i]) != NULL;
  g_assert_true (offered);
  g_assert_null (find_item (without, "isometric_hip_abduction"));

  for (guint k = 0; k < G_N_ELEMENTS (inputs); k++)
    {
      g_autoptr(StrideAssessment) with = assess_text (inputs[k]);
      const StrideAssessItem *iso = find_item (with, "isometric_hip_abduction");
      const StrideAssessItem *hold = find_item (with, "bridge_hold");

      g_assert_true (has_caution (with, "side_of_hip_pain"));
      for (guint i = 0; avoided[i] != NULL; i++)
        g_assert_null (find_item (with, avoided[i]));
      g_assert_nonnull (iso);
      g_assert_nonnull (hold);
      g_assert_cmpuint (strength_index (with, "isometric_hip_abduction"), ==, 0);
      g_assert_cmpuint (strength_index (with, "bridge_hold"), ==, 1);
      g_assert_cmpuint (iso->reps, ==, 0);
      g_assert_cmpuint (iso->sets, ==, 5);
      g_assert_cmpuint (iso->hold_s, >=, 30);
      g_assert_cmpuint (iso->hold_s, <=, 45);
      g_assert_false (with->maintenance);
      assert_no_stretch_advice (with);
      check_invariants (with);
    }
}

/* Sit-bone pain on the bridge test: bridge holds 5 × 30–45 s with the knees at about a
 * right angle; no moving or heel-on-box bridges, no RDL, no hamstring stretch. */
static void
test_sit_bone_pain (void)
{
  static const char * const avoided[] = { "glute_bridge", "single_leg_bridge", "single_leg_rdl",
                                          "hamstring_strap_stretch", NULL };
#define SIT_BONE_INPUT "{\"results\": {\"single_leg_bridge\": {\"left\": {\"reps\": 12, \"sit_bone_pain\": %s}, \"right\": {\"reps\": 14}}," \
                       " \"straight_leg_raise\": {\"left\": {\"angle_deg\": 65}}}}"
  g_autofree char *painless = g_strdup_printf (SIT_BONE_INPUT, "false");
  g_autofree char *painful = g_strdup_printf (SIT_BONE_INPUT, "true");
  g_autoptr(StrideAssessment) without = assess_text (painless);
  g_autoptr(StrideAssessment) with = assess_text (painful);
  g_autoptr(StrideAssessment) old_style = assess_text (R ("\"single_leg_bridge\": {\"left\": {\"reps\": 12}}"));
  const StrideAssessItem *hold = find_item (with, "bridge_hold");
  const StrideExercise *bridge_hold = stride_content_find_exercise (content, "bridge_hold");

  g_assert_nonnull (find_item (without, "glute_bridge"));
  g_assert_nonnull (find_item (without, "hamstring_strap_stretch"));
  g_assert_false (has_caution (without, "sit_bone_pain"));
  /* Results without the new field still score (backward compatible) */
  g_assert_false (has_caution (old_style, "sit_bone_pain"));
  g_assert_nonnull (find_item (old_style, "single_leg_bridge"));

  g_assert_true (has_caution (with, "sit_bone_pain"));
  /* the left hurt: none of these on the left (the right may still stretch or load) */
  for (guint i = 0; avoided[i] != NULL; i++)
    g_assert_true (find_item (with, avoided[i]) == NULL || !(find_item (with, avoided[i])->sides & STRIDE_SIDE_LEFT));
  g_assert_nonnull (hold);
  g_assert_cmpuint (hold->sets, ==, 5);
  g_assert_cmpuint (hold->reps, ==, 0);
  g_assert_cmpuint (hold->hold_s, >=, 30);
  g_assert_cmpuint (hold->hold_s, <=, 45);
  /* Its steps bend the knees to about a right angle */
  g_assert_nonnull (strstr (bridge_hold->steps[0], "right angle"));
  assert_no_stretch_advice (with);
  check_invariants (with);
}

/* Restricted external rotation: no knee-to-opposite-shoulder (glute) stretch. */
static void
test_external_rotation_stretch (void)
{
  for (guint external = 28; external <= 31; external++)
    {
      g_autofree char *input = g_strdup_printf ("{\"results\": {\"hip_rotation\": {\"left\": {\"internal_deg\": 35, \"external_deg\": %u}}}}", external);
      g_autoptr(StrideAssessment) assessment = assess_text (input);

      g_assert_cmpint (assessment->findings->len > 0, ==, external < 30);
      if (external < 30)
        {
          g_assert_null (find_item (assessment, "glute_stretch"));
          g_assert_nonnull (find_item (assessment, "figure_four_stretch"));
        }
    }
}

/* After a test hurt the routine is never the "keep it that way" one. */
static void
test_no_maintenance_after_pain (void)
{
  g_autoptr(StrideAssessment) hurt = assess_text (R ("\"thomas_test\": {\"left\": {\"pain\": true}}"));
  g_autoptr(StrideAssessment) fine = assess_text (R ("\"thomas_test\": {\"left\": {\"pain\": false}}"));
  g_autoptr(JsonNode) json = stride_assessment_to_json (hurt);
  g_autofree char *text = json_to_string (json, FALSE);

  g_assert_cmpuint (hurt->items->len, >, 0);
  g_assert_false (hurt->maintenance);
  g_assert_nonnull (strstr (text, "\"maintenance\":false"));
  g_assert_true (fine->maintenance);
}

/* No finding says the same sentence twice, or tells you to stretch when a caution rules
 * stretches out. */
static void
test_finding_texts (void)
{
  const char *inputs[] = {
    R ("\"side_plank_hold\": {\"left\": {\"seconds\": 12}, \"right\": {\"seconds\": 30}}"),
    R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 60, \"pain\": true}, \"right\": {\"angle_deg\": 62}}"),
    R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 15, \"external_deg\": 25}, \"right\": {\"internal_deg\": 18, \"external_deg\": 20}}"),
    R ("\"single_leg_bridge\": {\"left\": {\"reps\": 8}, \"right\": {\"reps\": 12}}"),
    all_normal,
  };

  for (guint k = 0; k < G_N_ELEMENTS (inputs); k++)
    {
      g_autoptr(StrideAssessment) assessment = assess_text (inputs[k]);

      for (guint i = 0; i < assessment->findings->len; i++)
        {
          const StrideAssessFinding *finding = g_ptr_array_index (assessment->findings, i);
          g_auto(GStrv) sentences = g_strsplit (finding->text, ". ", -1);

          for (guint a = 0; sentences[a] != NULL; a++)
            for (guint b = a + 1; sentences[b] != NULL; b++)
              if (strlen (sentences[a]) > 20)
                g_assert_cmpstr (sentences[a], !=, sentences[b]);
          /* Clinician advice is said once: by the rule that found it */
          g_assert_null (strstr (strstr (finding->text, "clinician") != NULL ? strstr (finding->text, "clinician") + 1 : "", "clinician"));
        }
      assert_no_stretch_advice (assessment);
    }
}

/* Runner's knee: hip and quadriceps work, "helps" not "causes", a step-rate change. */
static void
test_runners_knee_content (void)
{
  const StrideCondition *knee = stride_content_find_condition (content, "runners_knee");
  gboolean quads = FALSE, hip = FALSE, cadence = FALSE;
  g_autofree char *summary = NULL;

  g_assert_nonnull (knee);
  for (guint i = 0; knee->exercises_do[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (content, knee->exercises_do[i]);

      g_assert_nonnull (exercise);
      quads |= g_strv_contains ((const char * const *) exercise->targets, "quadriceps");
      hip |= g_strv_contains ((const char * const *) exercise->targets, "gluteus_medius");
    }
  g_assert_true (g_strv_contains ((const char * const *) knee->exercises_do, "wall_sit"));
  g_assert_true (g_strv_contains ((const char * const *) knee->exercises_do, "step_down"));
  g_assert_true (quads && hip);
  for (guint i = 0; knee->self_care[i] != NULL; i++)
    cadence |= strstr (knee->self_care[i], "5 to 10 percent") != NULL;
  g_assert_true (cadence);
  summary = g_utf8_strdown (knee->summary, -1);
  g_assert_null (strstr (summary, "cause"));
  g_assert_nonnull (strstr (summary, "helps"));
}

/* Side-plank norms cite McGill 1999; the bridge test says what it measures. */
static void
test_norm_wording (void)
{
  const StrideSelfTest *plank = stride_content_find_test (content, "side_plank_hold");
  const StrideSelfTest *bridge = stride_content_find_test (content, "single_leg_bridge");
  gboolean mcgill = FALSE, freckleton = FALSE;

  for (guint i = 0; i < plank->sources->len; i++)
    mcgill |= strstr (((StrideSource *) g_ptr_array_index (plank->sources, i))->title, "McGill") != NULL &&
              strstr (((StrideSource *) g_ptr_array_index (plank->sources, i))->title, "1999") != NULL;
  for (guint i = 0; i < bridge->sources->len; i++)
    freckleton |= strstr (((StrideSource *) g_ptr_array_index (bridge->sources, i))->title, "Freckleton") != NULL;
  g_assert_true (mcgill && freckleton);
  g_assert_nonnull (strstr (bridge->summary, "hamstrings and glutes"));
}

/* ---------------------------------------------------------------------------------- */
/* Whole results                                                                      */
/* ---------------------------------------------------------------------------------- */



static void
test_all_normal (void)
{
  g_autoptr(StrideAssessment) assessment = assess_text (all_normal);
  gboolean stretch = FALSE, strength = FALSE;

  g_assert_cmpuint (assessment->findings->len, ==, 0);
  g_assert_cmpuint (assessment->cautions->len, ==, 0);
  g_assert_false (assessment->see_clinician);
  g_assert_true (assessment->maintenance);

  /* A short, balanced routine. */
  g_assert_cmpuint (assessment->items->len, >=, 3);
  g_assert_cmpuint (assessment->items->len, <=, 6);
  for (guint i = 0; i < assessment->items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (assessment->items, i);

      g_assert_cmpuint (item->sets, <=, 2);
      g_assert_cmpint (item->sides, ==, STRIDE_SIDE_BOTH);
      g_assert_cmpstr (stride_assess_item_sides_to_string (item), !=, "left");
      g_assert_cmpstr (stride_assess_item_sides_to_string (item), !=, "right");
      if (g_str_equal (item->exercise->kind, "stretch"))
        stretch = TRUE;
      else
        strength = TRUE;
    }
  g_assert_true (stretch && strength);
  check_invariants (assessment);
}

static void
test_personal_routine (void)
{
  /* Tight left hip flexors and a weak right gluteus medius, as a runner might have. */
  g_autoptr(StrideAssessment) assessment = assess_text (
    "{\"age\": 40, \"results\": {"
    " \"thomas_test\": {\"left\": {\"thigh\": \"above_surface\"}, \"right\": {\"thigh\": \"on_surface\"}},"
    " \"single_leg_stance\": {\"left\": {\"pelvis_drop\": false}, \"right\": {\"pelvis_drop\": true}}}}");
  const StrideAssessItem *stretch = find_item (assessment, "kneeling_hip_flexor_stretch");
  const StrideExercise *exercise = stride_content_find_exercise (content, "kneeling_hip_flexor_stretch");
  const StrideAssessItem *first;

  g_assert_false (assessment->maintenance);
  g_assert_nonnull (stretch);
  g_assert_cmpint (stretch->sides, ==, STRIDE_SIDE_LEFT);
  /* Doses come from the exercise. */
  g_assert_cmpuint (stretch->hold_s, ==, exercise->dose.hold_s);
  g_assert_cmpuint (stretch->sets, ==, exercise->dose.sets);
  g_assert_cmpstr (stride_assess_item_sides_to_string (stretch), ==, "left");
  g_assert_true (g_strv_contains ((const char * const *) stretch->addresses, "tight_hip_flexors"));

  first = g_ptr_array_index (assessment->items, 0);
  g_assert_true (first == stretch);

  g_assert_nonnull (find_item (assessment, "side_lying_hip_abduction"));
  g_assert_cmpint (find_item (assessment, "side_lying_hip_abduction")->sides, ==, STRIDE_SIDE_RIGHT);
  check_invariants (assessment);
}

/* Everything at once: the routine stays one a runner can do, and still covers it all. */
static void
test_many_findings (void)
{
  g_autoptr(StrideAssessment) assessment = assess_text (
    "{\"sex\": \"female\", \"results\": {"
    " \"thomas_test\": {\"left\": {\"thigh\": \"above_surface\", \"knee_angle_deg\": 60, \"thigh_drifts_out\": true},"
    "                   \"right\": {\"thigh\": \"above_surface\", \"knee_angle_deg\": 75}},"
    " \"ober_test\": {\"left\": {\"thigh\": \"stays_up\"}},"
    " \"straight_leg_raise\": {\"left\": {\"angle_deg\": 60}, \"right\": {\"angle_deg\": 75}},"
    " \"faber_test\": {\"left\": {\"knee\": \"raised\"}},"
    " \"sit_and_reach\": {\"reach_cm\": -12},"
    " \"hip_rotation\": {\"left\": {\"internal_deg\": 35, \"external_deg\": 25}},"
    " \"single_leg_stance\": {\"left\": {\"pelvis_drop\": true, \"seconds\": 20}, \"right\": {\"pelvis_drop\": true, \"seconds\": 30}},"
    " \"single_leg_squat\": {\"left\": {\"faults\": 3}, \"right\": {\"faults\": 2}},"
    " \"side_plank_hold\": {\"left\": {\"seconds\": 30}, \"right\": {\"seconds\": 45}},"
    " \"single_leg_bridge\": {\"left\": {\"reps\": 10}, \"right\": {\"reps\": 15}}}}");
  guint stretches = 0, strength = 0;

  g_assert_cmpuint (assessment->findings->len, >=, 15);
  for (guint i = 0; i < assessment->items->len; i++)
    {
      const StrideAssessItem *item = g_ptr_array_index (assessment->items, i);

      if (g_str_equal (item->exercise->kind, "stretch"))
        stretches++;
      else if (!item->preferred)
        strength++;
    }
  g_assert_cmpuint (stretches, <=, 5);
  g_assert_cmpuint (strength, <=, 5);
  check_invariants (assessment);
}

static void
test_older_adult_holds (void)
{
  g_autoptr(StrideAssessment) assessment =
    assess_text ("{\"age\": 70, \"results\": {\"straight_leg_raise\": {\"left\": {\"angle_deg\": 60}}}}");
  const StrideAssessItem *item = find_item (assessment, "hamstring_strap_stretch");

  g_assert_nonnull (item);
  g_assert_cmpuint (item->hold_s, >=, 60);
}

static void
test_partial (void)
{
  g_autoptr(StrideAssessment) empty = assess_text ("{\"results\": {}}");
  g_autoptr(StrideAssessment) one = assess_text (R ("\"single_leg_bridge\": {\"right\": {\"reps\": 12}}"));
  g_autoptr(StrideAssessment) bare = assess_text (R ("\"thomas_test\": {\"left\": {}}"));

  g_assert_cmpuint (empty->findings->len, ==, 0);
  g_assert_true (empty->maintenance);
  g_assert_cmpuint (one->findings->len, ==, 1);
  g_assert_nonnull (find_item (one, "glute_bridge"));
  g_assert_cmpint (find_item (one, "single_leg_bridge")->sides, ==, STRIDE_SIDE_RIGHT);
  g_assert_cmpstr (stride_assess_item_sides_to_string (find_item (one, "single_leg_bridge")), ==, "right");
  /* A two-legged exercise is done with both legs at once. */
  g_assert_cmpstr (stride_assess_item_sides_to_string (find_item (one, "glute_bridge")), ==, "both");
  g_assert_cmpuint (bare->findings->len, ==, 0);
}

static JsonNode *
parse_node (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (stride_assess_validate (content, json_parser_get_root (parser), &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_compare (void)
{
  g_autoptr(JsonNode) before = parse_node (R (
    "\"straight_leg_raise\": {\"left\": {\"angle_deg\": 70}, \"right\": {\"angle_deg\": 85}},"
    "\"single_leg_squat\": {\"left\": {\"faults\": 1}},"
    "\"thomas_test\": {\"left\": {\"thigh\": \"above_surface\"}},"
    "\"sit_and_reach\": {\"reach_cm\": 2}"));
  g_autoptr(JsonNode) after = parse_node (R (
    "\"straight_leg_raise\": {\"left\": {\"angle_deg\": 78}, \"right\": {\"angle_deg\": 85}},"
    "\"single_leg_squat\": {\"left\": {\"faults\": 3}},"
    "\"thomas_test\": {\"left\": {\"thigh\": \"on_surface\"}},"
    "\"sit_and_reach\": {\"reach_cm\": -1},"
    "\"side_plank_hold\": {\"left\": {\"seconds\": 40}}"));
  g_autoptr(GPtrArray) changes = stride_assess_compare (content, before, after);
  const StrideAssessChange *change;

  /* Unchanged (right leg raise) and new (side plank) results are not changes. */
  g_assert_cmpuint (changes->len, ==, 4);

  /* In the content's order: Thomas, straight-leg raise, sit and reach, squat. */
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->test->id, ==, "thomas_test");
  g_assert_cmpint (change->trend, ==, 1);

  change = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (change->test->id, ==, "straight_leg_raise");
  g_assert_cmpint (change->side, ==, STRIDE_SIDE_LEFT);
  g_assert_cmpstr (change->before, ==, "70°");
  g_assert_cmpstr (change->after, ==, "78°");
  g_assert_cmpfloat (change->delta, ==, 8);
  g_assert_cmpint (change->trend, ==, 1);

  change = g_ptr_array_index (changes, 2);
  g_assert_cmpstr (change->test->id, ==, "sit_and_reach");
  g_assert_cmpint (change->side, ==, STRIDE_SIDE_NONE);
  g_assert_cmpint (change->trend, ==, -1);

  /* More faults is worse. */
  change = g_ptr_array_index (changes, 3);
  g_assert_cmpstr (change->test->id, ==, "single_leg_squat");
  g_assert_cmpint (change->trend, ==, -1);
}

/* ---------------------------------------------------------------------------------- */
/* Bad input                                                                          */
/* ---------------------------------------------------------------------------------- */

typedef struct
{
  const char *input;
  const char *message;            /* a part of the error that names what is wrong */
} BadCase;

static const BadCase bad_cases[] = {
  { "{", "1:" },
  { "[]", "$" },
  { "{}", "results" },
  { "{\"results\": {}, \"weight\": 70}", "weight" },
  { "{\"sex\": \"robot\", \"results\": {}}", "robot" },
  { "{\"age\": \"old\", \"results\": {}}", "$.age" },
  { "{\"results\": []}", "$.results" },
  { R ("\"hop_test\": {}"), "hop_test" },
  { R ("\"thomas_test\": {\"left\": {\"knee_angel_deg\": 70}}"), "$.results.thomas_test.left.knee_angel_deg" },
  { R ("\"thomas_test\": {\"left\": {\"thigh\": \"floating\"}}"), "floating" },
  { R ("\"thomas_test\": {\"left\": {\"thigh\": 1}}"), "$.results.thomas_test.left.thigh" },
  { R ("\"thomas_test\": {\"left\": {\"pain\": \"yes\"}}"), "$.results.thomas_test.left.pain" },
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": \"80\"}}"), "$.results.straight_leg_raise.left.angle_deg" },
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 400}}"), "out of range" },
  { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": -1}}"), "out of range" },
  { R ("\"straight_leg_raise\": {\"angle_deg\": 70}"), "straight_leg_raise" },
  { R ("\"straight_leg_raise\": {}"), "missing side" },
  { R ("\"straight_leg_raise\": {\"middle\": {}}"), "middle" },
  { R ("\"sit_and_reach\": {\"left\": {\"reach_cm\": 3}}"), "$.results.sit_and_reach.left" },
  { R ("\"single_leg_squat\": {\"left\": {\"faults\": 5}}"), "out of range" },
  { R ("\"single_leg_squat\": {\"left\": {\"faults\": 2.5}}"), "whole number" },
  { R ("\"single_leg_bridge\": {\"left\": {\"reps\": null}}"), "$.results.single_leg_bridge.left.reps" },
};

static void
test_deep_input (void)
{
  g_autoptr(GString) deep = g_string_new ("{\"results\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(StrideAssessment) assessment = NULL;

  /* json-glib recurses per level: this must be refused, not crash. */
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "{\"a\": ");
  g_string_append (deep, "1");
  for (guint i = 0; i < 100001; i++)
    g_string_append_c (deep, '}');

  assessment = stride_assess_from_data (content, deep->str, deep->len, &error);
  g_assert_null (assessment);
  g_assert_error (error, STRIDE_ASSESS_ERROR, STRIDE_ASSESS_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "1:"));
}

static void
test_bad_input (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StrideAssessment) assessment = NULL;

      g_test_message ("case %u: %s", i, bad_cases[i].input);
      assessment = stride_assess_from_data (content, bad_cases[i].input, -1, &error);
      g_assert_null (assessment);
      g_assert_error (error, STRIDE_ASSESS_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, bad_cases[i].message));
      g_assert_null (strchr (error->message, '\n'));
    }
}

/* ---------------------------------------------------------------------------------- */
/* The command line                                                                   */
/* ---------------------------------------------------------------------------------- */

static void
run_assess (StrideTestRun *result,
            const char    *file,
            const char    *stdin_text)
{
  const char *args[] = { "--assess", file, NULL };

  stride_test_run_stride (result, args, stdin_text, NULL);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_cli_contract (void)
{
  /* The example of docs/command-line.md, from standard input. */
  static const char input[] =
    "{\"sex\": \"female\", \"age\": 34,"
    " \"results\": {\"thomas_test\": {\"left\": {\"thigh\": \"above_surface\", \"knee_angle_deg\": 80},"
    "                              \"right\": {\"thigh\": \"on_surface\", \"knee_angle_deg\": 78}},"
    "             \"sit_and_reach\": {\"reach_cm\": 4}}}";
  g_autoptr(JsonParser) parser = json_parser_new ();
  StrideTestRun result = { 0 };
  JsonObject *root, *finding, *routine, *item;
  JsonArray *findings, *items;

  run_assess (&result, "-", input);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);

  root = parse_object (parser, result.out);
  findings = json_object_get_array_member (root, "findings");
  g_assert_cmpuint (json_array_get_length (findings), ==, 1);
  finding = json_array_get_object_element (findings, 0);
  g_assert_cmpstr (json_object_get_string_member (finding, "id"), ==, "tight_hip_flexors");
  g_assert_cmpstr (json_object_get_string_member (finding, "side"), ==, "left");
  g_assert_cmpstr (json_object_get_string_member (finding, "test"), ==, "thomas_test");
  g_assert_true (strlen (json_object_get_string_member (finding, "text")) > 10);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "cautions")), ==, 0);
  g_assert_false (json_object_get_boolean_member (root, "see_clinician"));

  routine = json_object_get_object_member (root, "routine");
  g_assert_cmpstr (json_object_get_string_member (routine, "id"), ==, "personal");
  items = json_object_get_array_member (routine, "items");
  g_assert_cmpuint (json_array_get_length (items), >, 0);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      const char *sides = json_object_get_string_member (json_array_get_object_element (items, i), "sides");
      const char * const known[] = { "left", "right", "each", "both", "none", NULL };

      g_assert_true (g_strv_contains (known, sides));
    }
  item = json_array_get_object_element (items, 0);
  g_assert_cmpstr (json_object_get_string_member (item, "exercise"), ==, "kneeling_hip_flexor_stretch");
  g_assert_cmpstr (json_object_get_string_member (item, "sides"), ==, "left");
  g_assert_cmpint (json_object_get_int_member (item, "sets"), >, 0);
  g_assert_cmpint (json_object_get_int_member (item, "hold_s"), >, 0);
  stride_test_run_clear (&result);
}

static void
test_cli_caution (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  StrideTestRun result = { 0 };
  JsonObject *root, *caution;
  JsonArray *cautions;
  gboolean found = FALSE;

  run_assess (&result, "-", R ("\"hip_rotation\": {\"left\": {\"internal_deg\": 19}, \"right\": {\"internal_deg\": 40}}"));
  g_assert_cmpint (result.status, ==, 0);
  root = parse_object (parser, result.out);
  g_assert_true (json_object_get_boolean_member (root, "see_clinician"));
  cautions = json_object_get_array_member (root, "cautions");
  for (guint i = 0; i < json_array_get_length (cautions); i++)
    {
      caution = json_array_get_object_element (cautions, i);
      if (g_str_equal (json_object_get_string_member (caution, "id"), "hip_joint_check"))
        {
          found = TRUE;
          g_assert_true (json_array_get_length (json_object_get_array_member (caution, "avoid")) > 0);
          g_assert_nonnull (json_object_get_string_member (caution, "text"));
        }
    }
  g_assert_true (found);
  stride_test_run_clear (&result);
}

static void
test_cli_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stride-assess-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "results.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  StrideTestRun result = { 0 };
  JsonObject *root;

  g_assert_true (g_file_set_contents (path, all_normal, -1, NULL));
  run_assess (&result, path, NULL);
  g_assert_cmpint (result.status, ==, 0);
  root = parse_object (parser, result.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "findings")), ==, 0);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (root, "routine"), "maintenance"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
    json_object_get_object_member (root, "routine"), "items")), >, 0);
  stride_test_run_clear (&result);

  g_remove (path);
  g_rmdir (dir);
}

static void
test_cli_bad_input (void)
{
  static const BadCase cases[] = {
    { "{", "--assess: standard input:" },
    { "not json at all", "--assess: standard input:" },
    { R ("\"hop_test\": {}"), "hop_test" },
    { R ("\"straight_leg_raise\": {\"left\": {\"angle_deg\": 400}}"), "$.results.straight_leg_raise.left.angle_deg" },
    { R ("\"straight_leg_raise\": {\"angle_deg\": 70}"), "straight_leg_raise" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      StrideTestRun result = { 0 };

      run_assess (&result, "-", cases[i].input);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_nonnull (strstr (result.err, cases[i].message));
      /* One line. */
      g_assert_true (g_str_has_suffix (result.err, "\n"));
      g_assert_cmpuint (strchr (result.err, '\n') - result.err, ==, strlen (result.err) - 1);
      stride_test_run_clear (&result);
    }

  {
    StrideTestRun result = { 0 };

    run_assess (&result, "/nonexistent/results.json", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "/nonexistent/results.json"));
    stride_test_run_clear (&result);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_test_init (&argc, &argv, NULL);

  content = stride_content_load_default (warnings);
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("content: %s", (char *) g_ptr_array_index (warnings, i));
  g_assert_nonnull (content);

  g_test_add_func ("/stride/assess/thresholds", test_thresholds);
  g_test_add_func ("/stride/assess/asymmetry-text", test_asymmetry_text);
  g_test_add_func ("/stride/assess/asymmetry-convention-once", test_asymmetry_convention_once);
  g_test_add_func ("/stride/assess/cautions", test_cautions);
  g_test_add_func ("/stride/assess/pain-spares-one-side", test_pain_spares_one_side);
  g_test_add_func ("/stride/assess/caution-avoids-are-offered", test_caution_avoids_are_offered);
  g_test_add_func ("/stride/assess/all-normal", test_all_normal);
  g_test_add_func ("/stride/assess/prescription/capacity-holds", test_capacity_holds);
  g_test_add_func ("/stride/assess/prescription/capacity-reps", test_capacity_reps);
  g_test_add_func ("/stride/assess/prescription/weaker-side-extra-set", test_weaker_side_extra_set);
  g_test_add_func ("/stride/assess/prescription/single-leg-support", test_single_leg_support);
  g_test_add_func ("/stride/assess/prescription/bone-stress", test_bone_stress);
  g_test_add_func ("/stride/assess/prescription/gluteal-tendinopathy", test_gluteal_tendinopathy);
  g_test_add_func ("/stride/assess/prescription/sit-bone-pain", test_sit_bone_pain);
  g_test_add_func ("/stride/assess/prescription/external-rotation", test_external_rotation_stretch);
  g_test_add_func ("/stride/assess/prescription/no-maintenance-after-pain", test_no_maintenance_after_pain);
  g_test_add_func ("/stride/assess/prescription/finding-texts", test_finding_texts);
  g_test_add_func ("/stride/assess/prescription/runners-knee", test_runners_knee_content);
  g_test_add_func ("/stride/assess/prescription/norm-wording", test_norm_wording);
  g_test_add_func ("/stride/assess/personal-routine", test_personal_routine);
  g_test_add_func ("/stride/assess/many-findings", test_many_findings);
  g_test_add_func ("/stride/assess/older-adult-holds", test_older_adult_holds);
  g_test_add_func ("/stride/assess/partial", test_partial);
  g_test_add_func ("/stride/assess/compare", test_compare);
  g_test_add_func ("/stride/assess/bad-input", test_bad_input);
  g_test_add_func ("/stride/assess/deep-input", test_deep_input);
  g_test_add_func ("/stride/assess/cli/contract", test_cli_contract);
  g_test_add_func ("/stride/assess/cli/caution", test_cli_caution);
  g_test_add_func ("/stride/assess/cli/file", test_cli_file);
  g_test_add_func ("/stride/assess/cli/bad-input", test_cli_bad_input);

  status = g_test_run ();
  stride_content_unref (content);
  return status;
}
