/* stride-matcher.h — the symptom checker: red flags, ranking with reasons, next question
 *
 * The matcher knows no condition by name: everything comes from the content's questions,
 * red-flag rules and condition profiles (docs/content-schema.md). Scoring is pure: no I/O,
 * no globals, the same answers always give the same result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "stride-answers.h"
#include "stride-content.h"

G_BEGIN_DECLS

/* ---- The result of one query ---- */

#define STRIDE_OTHER_CAUSE_ID "other_cause"

typedef struct
{
  const StrideCondition *condition;
  double                 probability;
  /* NULL-terminated, strongest first; the strings are the content's, the lists the result's */
  const char * const    *reasons_for;
  const char * const    *reasons_against;
} StrideConditionMatch;

typedef struct
{
  StrideTriageLevel     level;
  GPtrArray            *reasons;            /* const StrideRedFlag *, most serious first */
  GPtrArray            *conditions;         /* StrideConditionMatch *, most likely first */
  /* "Something not listed here": with the conditions' probabilities it sums to 1. It is no
   * condition, so it is not in CONDITIONS; --match lists it as STRIDE_OTHER_CAUSE_ID. */
  double                other_cause_probability;
  const StrideQuestion *next_question;      /* NULL: nothing left that would help */

  /*< private >*/
  StrideConditionMatch *matches;            /* what conditions points into */
  const char          **texts;              /* what the reason lists point into */
} StrideMatchResult;

void        stride_match_result_free      (StrideMatchResult *self);
/* The --match output (docs/command-line.md), as a tree and as pretty JSON text. */
JsonNode   *stride_match_result_to_json_node (const StrideMatchResult *self);
char       *stride_match_result_to_json   (const StrideMatchResult *self);
/* A plain-text summary for the clipboard; TOP conditions at most. */
char       *stride_match_result_to_text   (const StrideMatchResult *self,
                                           guint                    top);

const char *stride_triage_level_to_string (StrideTriageLevel level);
/* A short translated heading: what this level asks you to do. */
const char *stride_triage_level_get_title (StrideTriageLevel level);

/* ---- The matcher: indexes the content once, then answers queries ---- */

typedef struct _StrideMatcher StrideMatcher;

StrideMatcher     *stride_matcher_new            (StrideContent       *content);
/* Over borrowed items (StrideQuestion, StrideRedFlag, StrideCondition) that must outlive
 * the matcher: for synthetic packs built in memory. */
StrideMatcher     *stride_matcher_new_for_items  (GPtrArray           *questions,
                                                  GPtrArray           *red_flags,
                                                  GPtrArray           *conditions);
void               stride_matcher_free           (StrideMatcher       *self);
GPtrArray         *stride_matcher_get_questions  (StrideMatcher       *self);
StrideMatchResult *stride_matcher_match          (StrideMatcher       *self,
                                                  const StrideAnswers *answers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideMatchResult, stride_match_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideMatcher, stride_matcher_free)

G_END_DECLS
