/* stride-assess.h — self-test results in, findings, cautions and a personal routine out
 *
 * The input is the `--assess` document of docs/command-line.md:
 *   {"sex": "female", "age": 34, "results": {TEST: {"left": {FIELD: V…}, "right": {…}}
 *                                            TEST_WITHOUT_SIDES: {FIELD: V…}}}
 * It is validated against the loaded content (unknown test or field, wrong type, value
 * out of range, a per-side test without a side are errors naming the JSON path). The
 * scoring rules, findings and cautions all come from the content; the code knows none of
 * them by name except the reserved finding ids below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-content.h"

G_BEGIN_DECLS

#define STRIDE_ASSESS_ERROR (stride_assess_error_quark ())

typedef enum
{
  STRIDE_ASSESS_ERROR_SYNTAX,     /* not JSON */
  STRIDE_ASSESS_ERROR_INVALID,    /* JSON that does not fit the tests: "$.path: message" */
} StrideAssessError;

GQuark stride_assess_error_quark (void);

/* Reserved finding ids: the one every asymmetry reports, and the one whose exercises make
 * the short maintenance routine when nothing else asks for exercises. */
#define STRIDE_FINDING_ASYMMETRY   "asymmetry"
#define STRIDE_FINDING_MAINTENANCE "maintenance"

/* Capacity scaling (docs/clinical-basis.md, "Doses follow measured capacity"): a hold is at most this
 * share of the weaker side's measured hold (the content's share), and never under
 * MIN_HOLD_S — below that the easier version (the exercise's regression) is given. Reps
 * are rounded to the content's share of the reps to fatigue, at most ENDURANCE_MAX_REPS;
 * under MIN_REPS the exercise's regression exercise takes its place. */
#define STRIDE_ASSESS_MIN_HOLD_S        5
#define STRIDE_ASSESS_MIN_REPS          3
#define STRIDE_ASSESS_ENDURANCE_MAX_REPS 20

/* Left/right difference worth training when a test's content gives no threshold:
 * a working convention (docs/clinical-basis.md), not a clinical cut-off. */
#define STRIDE_ASSESS_DEFAULT_MIN_RATIO 0.15

typedef enum
{
  STRIDE_SIDE_NONE  = 0,          /* a test without sides */
  STRIDE_SIDE_LEFT  = 1 << 0,
  STRIDE_SIDE_RIGHT = 1 << 1,
  STRIDE_SIDE_BOTH  = STRIDE_SIDE_LEFT | STRIDE_SIDE_RIGHT,
} StrideSide;

typedef struct
{
  const StrideFinding *finding;   /* borrowed from the content */
  const StrideFinding *exercises_from; /* whose exercises address it: itself, or for an
                                        * asymmetry the finding its test gives for the
                                        * field that differs */
  const StrideSelfTest *test;     /* borrowed */
  StrideSide            side;
  char                 *text;     /* the evidence, then what it means */
  gboolean              see_clinician;
} StrideAssessFinding;

typedef struct
{
  const StrideCaution *caution;   /* borrowed */
  StrideSide           sides;     /* where it holds exercises back: the sides of the tests
                                   * that raised it; BOTH when one had no sides, when it
                                   * follows from other cautions or sends to a clinician */
} StrideAssessCaution;

typedef struct
{
  const StrideExercise *exercise; /* borrowed */
  StrideSide            sides;    /* the sides that need it (BOTH for two-legged exercises) */
  guint                 sets;
  guint                 reps;     /* 0: a hold of hold_s */
  guint                 hold_s;
  guint                 rest_s;
  StrideSide            extra_set_side; /* LEFT or RIGHT: the weaker side does one set
                                         * more; NONE: both sides alike */
  const char           *note;     /* borrowed: how to do it in the version given (its
                                   * regression's text), or NULL */
  gboolean              preferred;/* a caution put it first; not counted in the routine's
                                   * limits, which are for what the findings ask */
  GStrv                 addresses;/* finding ids, and the ids of cautions that put it first */
} StrideAssessItem;

typedef struct _StrideAssessment StrideAssessment;

struct _StrideAssessment
{
  StrideContent *content;         /* owned reference */
  GPtrArray     *findings;        /* StrideAssessFinding */
  GPtrArray     *cautions;        /* StrideAssessCaution */
  gboolean       see_clinician;
  gboolean       maintenance;     /* TRUE: nothing asked for exercises */
  GPtrArray     *items;           /* StrideAssessItem: stretches first, then strength */
};

/* Parses and validates INPUT (a JSON object as above). */
gboolean          stride_assess_validate        (StrideContent  *content,
                                                 JsonNode       *input,
                                                 GError        **error);

/* Validates INPUT and scores it. NULL with ERROR set on bad input. */
StrideAssessment *stride_assess                 (StrideContent  *content,
                                                 JsonNode       *input,
                                                 GError        **error);

/* Input limits, like the content's: json-glib recurses per nesting level, so a deep
 * document must be refused before it is parsed. Documented in docs/command-line.md. */
#define STRIDE_ASSESS_MAX_INPUT_BYTES (4 * 1024 * 1024)
#define STRIDE_ASSESS_MAX_DEPTH       32

/* The same from JSON text; a syntax error says "line:col: message". */
StrideAssessment *stride_assess_from_data       (StrideContent  *content,
                                                 const char     *data,
                                                 gssize          length,
                                                 GError        **error);

/* The `--assess` output of docs/command-line.md. */
JsonNode         *stride_assessment_to_json     (StrideAssessment *self);

void              stride_assessment_free        (StrideAssessment *self);

/* A routine item's "sides" in the --assess output: "left" or "right" (a one-sided
 * exercise only that side needs), "each" (both sides in turn), "both" (both legs at
 * once) or "none" (the exercise has no side). */
const char       *stride_assess_item_sides_to_string (const StrideAssessItem *item);

/* "left", "right", "both" or NULL for STRIDE_SIDE_NONE. */
const char       *stride_side_to_string         (StrideSide side);

/* Finds a number a result holds: TEST's FIELD on SIDE (NONE for tests without sides).
 * FALSE when the input has no such value. INPUT must have been validated. */
gboolean          stride_assess_input_get_number (JsonNode      *input,
                                                  const char    *test,
                                                  StrideSide     side,
                                                  const char    *field,
                                                  double        *value);

/* One result that changed between two self-tests (a re-test against the last one). */
typedef struct
{
  const StrideSelfTest *test;     /* borrowed */
  const StrideField    *field;    /* borrowed */
  StrideSide            side;     /* LEFT, RIGHT or NONE */
  char                 *before;   /* the values as text, with units and choice names */
  char                 *after;
  double                delta;    /* after − before, numbers only (else 0) */
  int                   trend;    /* +1 better, −1 worse, 0 neither or unknown */
} StrideAssessChange;

/* Every result present in both PREVIOUS and CURRENT (validated `--assess` inputs) whose
 * value differs, in the content's test and field order, left before right. A number is
 * better when it moves away from where the test's rules find a problem (up for an angle
 * with an "lt" rule, down for faults with a "ge" rule). Free with g_ptr_array_unref(). */
GPtrArray        *stride_assess_compare         (StrideContent  *content,
                                                 JsonNode       *previous,
                                                 JsonNode       *current);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideAssessment, stride_assessment_free)

G_END_DECLS
