/* stride-self-test-record.h — a self-test as the page fills it in and the history keeps it
 *
 * The data of a "self_test" history entry (stride-history.h): the `stride --assess` input
 * with the members of its output beside it,
 *
 *   {"sex": "female", "age": 34,
 *    "results": {"straight_leg_raise": {"left": {"angle_deg": 70}, "right": {…}},
 *                "trendelenburg": {"pelvis_drops": true}},          a test without sides
 *    "findings": [{"id": "tight_hamstrings", "side": "left", "text": "…"}, …],
 *    "cautions": […], "see_clinician": false,
 *    "routine": {"id": "personal", "items": [{"exercise": "…", "sets": 2, …}]}}
 *
 * Only this module reads or writes that JSON. The self-test page keeps the values being
 * entered in a record, scores it and saves the scored record; the report, the catalog and
 * Progress read saved ones. Members Stride does not know (from a newer version) are kept
 * as they were when the record is written again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-assess.h"
#include "stride-content.h"
#include "stride-history.h"

G_BEGIN_DECLS

typedef enum
{
  STRIDE_TEST_VALUE_NONE,
  STRIDE_TEST_VALUE_NUMBER,       /* a count, an angle, seconds */
  STRIDE_TEST_VALUE_BOOLEAN,
  STRIDE_TEST_VALUE_CHOICE,       /* the id of one of the field's choices */
} StrideTestValueKind;

/* One field's result. CHOICE is borrowed (from the record, or the caller's). */
typedef struct
{
  StrideTestValueKind  kind;
  double               number;
  gboolean             boolean;
  const char          *choice;
} StrideTestValue;

/* A finding as it was saved; strings borrowed from the record, NULL when absent. */
typedef struct
{
  const char *id;
  const char *side;               /* "left", "right", "both" or NULL */
  const char *text;
} StrideSelfTestFinding;

/* How the personal routine gives one exercise; strings borrowed from the record, NULL
 * when absent. */
typedef struct
{
  const char *sides;              /* "left" or "right" when only that side is worked */
  const char *extra_set_side;     /* the weaker side's one set more */
  const char *note;               /* how to do it in the version given */
} StrideSelfTestItem;

typedef struct _StrideSelfTestRecord StrideSelfTestRecord;

#define STRIDE_TYPE_SELF_TEST_RECORD (stride_self_test_record_get_type ())
GType                 stride_self_test_record_get_type       (void) G_GNUC_CONST;

/* An empty self-test, to be filled in. */
StrideSelfTestRecord *stride_self_test_record_new            (void);
/* Reads DATA (an entry's data); never fails: what is missing or of the wrong type reads
 * as absent. */
StrideSelfTestRecord *stride_self_test_record_new_from_json  (JsonObject           *data);
/* The self-test ENTRY holds, or NULL when ENTRY is not a self-test. */
StrideSelfTestRecord *stride_self_test_record_new_from_entry (StrideHistoryEntry   *entry);
StrideSelfTestRecord *stride_self_test_record_ref            (StrideSelfTestRecord *self);
void                  stride_self_test_record_unref          (StrideSelfTestRecord *self);

/* A new object, as stride_history_append() takes it. */
JsonObject           *stride_self_test_record_to_json        (StrideSelfTestRecord *self);

/* Filling in. SIDE is STRIDE_SIDE_LEFT or _RIGHT, or STRIDE_SIDE_NONE for a test
 * without sides. */

/* SEX: "female", "male", "other" or NULL (not said); AGE: 0 when not said. */
void                  stride_self_test_record_set_person     (StrideSelfTestRecord *self,
                                                              const char           *sex,
                                                              guint                 age);
/* VALUE NULL (or of kind NONE) removes the value. */
void                  stride_self_test_record_set_value      (StrideSelfTestRecord *self,
                                                              const char           *test,
                                                              StrideSide            side,
                                                              const char           *field,
                                                              const StrideTestValue *value);
void                  stride_self_test_record_clear_test     (StrideSelfTestRecord *self,
                                                              const char           *test);
void                  stride_self_test_record_clear_results  (StrideSelfTestRecord *self);

/* Reading results. */

/* FALSE (VALUE of kind NONE) when the field has no value Stride can read. */
gboolean              stride_self_test_record_get_value      (StrideSelfTestRecord *self,
                                                              const char           *test,
                                                              StrideSide            side,
                                                              const char           *field,
                                                              StrideTestValue      *value);
/* The tests with results, in the order they were entered. */
GStrv                 stride_self_test_record_dup_tests      (StrideSelfTestRecord *self);
/* Whether TEST's results are per side (a "left" or "right"). */
gboolean              stride_self_test_record_get_test_sided (StrideSelfTestRecord *self,
                                                              const char           *test);
/* The fields TEST has a value for on SIDE, in order. */
GStrv                 stride_self_test_record_dup_fields     (StrideSelfTestRecord *self,
                                                              const char           *test,
                                                              StrideSide            side);

/* Scoring. */

/* The `stride --assess` input: only tests CONTENT knows, without empty tests or sides
 * (which --assess refuses). */
JsonNode             *stride_self_test_record_dup_input      (StrideSelfTestRecord *self,
                                                              StrideContent        *content);
/* Whether any test CONTENT knows has a value. */
gboolean              stride_self_test_record_has_results    (StrideSelfTestRecord *self,
                                                              StrideContent        *content);
/* Scores the input; NULL with ERROR set when CONTENT refuses it. */
StrideAssessment     *stride_self_test_record_assess         (StrideSelfTestRecord *self,
                                                              StrideContent        *content,
                                                              GError              **error);
/* What is saved: the input with ASSESSMENT's output beside it (a new record). */
StrideSelfTestRecord *stride_self_test_record_new_scored     (StrideSelfTestRecord *self,
                                                              StrideContent        *content,
                                                              StrideAssessment     *assessment);
/* What changed from BEFORE (a saved self-test) to NOW (stride_assess_compare()); NULL
 * with ERROR set when today's CONTENT cannot read BEFORE (a test renamed since). */
GPtrArray            *stride_self_test_record_compare        (StrideSelfTestRecord *before,
                                                              StrideSelfTestRecord *now,
                                                              StrideContent        *content,
                                                              GError              **error);

/* Reading what a scored record found. */
guint                 stride_self_test_record_get_n_findings (StrideSelfTestRecord *self);
/* FALSE when finding INDEX is not an object. */
gboolean              stride_self_test_record_get_finding    (StrideSelfTestRecord *self,
                                                              guint                 index,
                                                              StrideSelfTestFinding *finding);
/* The personal routine's items (StrideRoutineItem, each dose filled from CONTENT's
 * exercise where the record does not give it; CONTENT may be NULL), or NULL when the
 * record has none. */
GPtrArray            *stride_self_test_record_dup_routine    (StrideSelfTestRecord *self,
                                                              StrideContent        *content);

/* How the personal routine gives EXERCISE; FALSE when it is not in the routine. */
gboolean              stride_self_test_record_get_routine_item (StrideSelfTestRecord *self,
                                                                const char           *exercise,
                                                                StrideSelfTestItem   *item);
/* The exercises the cautions say to avoid, each with its caution's text ("" when it has
 * none): exercise id → text, both owned by the table. */
GHashTable           *stride_self_test_record_dup_avoided    (StrideSelfTestRecord *self);

/* Saving (as stride_history_append() and stride_history_update()). */
StrideHistoryEntry   *stride_history_append_self_test        (StrideHistory        *history,
                                                              StrideSelfTestRecord *self_test,
                                                              GDateTime            *date,
                                                              GError              **error);
StrideHistoryEntry   *stride_history_update_self_test        (StrideHistory        *history,
                                                              const char           *id,
                                                              StrideSelfTestRecord *self_test,
                                                              GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideSelfTestRecord, stride_self_test_record_unref)

G_END_DECLS
