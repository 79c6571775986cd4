/* stride-answers.h — a user's answers to the symptom questions, and their JSON form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define STRIDE_MATCHER_ERROR (stride_matcher_error_quark ())

typedef enum
{
  STRIDE_MATCHER_ERROR_SYNTAX,    /* not JSON: line:col: message */
  STRIDE_MATCHER_ERROR_INVALID,   /* JSON, but not valid answers: $.path: message */
} StrideMatcherError;

GQuark stride_matcher_error_quark (void);

typedef struct _StrideAnswers StrideAnswers;

StrideAnswers      *stride_answers_new            (void);
StrideAnswers      *stride_answers_copy           (const StrideAnswers *self);
void                stride_answers_free           (StrideAnswers      *self);

/* For one and many questions; an empty list means "none of these". */
void                stride_answers_set_choices    (StrideAnswers      *self,
                                                   const char         *question,
                                                   const char * const *answers);
void                stride_answers_set_number     (StrideAnswers      *self,
                                                   const char         *question,
                                                   double              value);
/* Answered, but counts for nothing. */
void                stride_answers_set_dont_know  (StrideAnswers      *self,
                                                   const char         *question);
void                stride_answers_unset          (StrideAnswers      *self,
                                                   const char         *question);

gboolean            stride_answers_is_answered    (const StrideAnswers *self,
                                                   const char          *question);
gboolean            stride_answers_is_dont_know   (const StrideAnswers *self,
                                                   const char          *question);
gboolean            stride_answers_has_choice     (const StrideAnswers *self,
                                                   const char          *question,
                                                   const char          *answer);
/* NULL when the question has no choices (unanswered, a number or don't know). */
const char * const *stride_answers_get_choices    (const StrideAnswers *self,
                                                   const char          *question);
gboolean            stride_answers_get_number     (const StrideAnswers *self,
                                                   const char          *question,
                                                   double              *value);
guint               stride_answers_get_n_answered (const StrideAnswers *self);

/* The --match input is small; anything much bigger is a mistake, not a query. These
 * limits are documented in docs/command-line.md (tests/test-limits-doc.c compares). */
#define STRIDE_ANSWERS_MAX_INPUT_BYTES (1024 * 1024)
#define STRIDE_ANSWERS_MAX_DEPTH       16

/* Parses {"answers": {...}} (the --match input of docs/command-line.md) and checks every
 * question id, answer id, kind and range against QUESTIONS (StrideQuestion). */
StrideAnswers      *stride_answers_new_from_json  (GPtrArray          *questions,
                                                   const char         *data,
                                                   gssize              length,
                                                   GError            **error);
/* The same format back (e.g. to save a result in the history); QUESTIONS give the kinds. */
char               *stride_answers_to_json        (const StrideAnswers *self,
                                                   GPtrArray           *questions);
/* The object under "answers" in that format. */
JsonObject         *stride_answers_to_json_object (const StrideAnswers *self,
                                                   GPtrArray           *questions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideAnswers, stride_answers_free)

G_END_DECLS
