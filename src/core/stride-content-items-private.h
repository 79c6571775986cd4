/* stride-content-items-private.h — what the item readers of a pack file share (private to core)
 *
 * stride-content-items.c reads a pack file and hands each item to its kind's reader:
 * stride-content-items-symptoms.c, -exercises.c and -videos.c. A reader returns the item,
 * allocated in the pack's arena, or NULL after reporting what is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "stride-content-private.h"

G_BEGIN_DECLS

#define KEYS(...) ((const char * const[]) { __VA_ARGS__, NULL })

typedef gpointer (*StrideItemReadFunc) (StrideReader *reader,
                                        JsonObject   *object,
                                        gpointer      data);

/* Shared by the readers (stride-content-items.c). */

/* Runs READ on the object at KEY (if present), with the path pushed. */
gpointer   stride_items_read_member_object    (StrideReader       *reader,
                                               JsonObject         *object,
                                               const char         *key,
                                               gboolean            required,
                                               StrideItemReadFunc  read,
                                               gpointer            data);
/* Reads the array at KEY into a new arena GPtrArray of what READ returns for each object.
 * Never NULL: an empty array when missing or wrong. */
GPtrArray *stride_items_read_object_list      (StrideReader       *reader,
                                               JsonObject         *object,
                                               const char         *key,
                                               gboolean            required,
                                               guint               min_length,
                                               StrideItemReadFunc  read,
                                               gpointer            data);
GPtrArray *stride_items_read_sources          (StrideReader       *reader,
                                               JsonObject         *object,
                                               gboolean            required);
/* Reports KEYS that OBJECT has but must not have, with the reason. */
void       stride_items_forbid_keys           (StrideReader       *reader,
                                               JsonObject         *object,
                                               const char * const *keys,
                                               const char         *reason);
/* LIST, or an empty list in the arena when NULL. */
GStrv      stride_items_empty_strv            (StrideReader       *reader,
                                               GStrv               list);

/* Answers or choices (stride-content-items-symptoms.c). */
GPtrArray *stride_items_read_answers          (StrideReader       *reader,
                                               JsonObject         *object,
                                               const char         *key,
                                               gboolean            with_shapes);

/* What is wrong with a file PATH that leaves the pack, or NULL
 * (stride-content-items-videos.c). */
char      *stride_items_describe_path_outside (const char         *path);

/* One reader per kind, as StrideItemReadFunc. */
gpointer   stride_items_read_structure        (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_question         (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_red_flag         (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_condition        (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_profile          (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_finding          (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_caution          (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_exercise         (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_test             (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_routine          (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_video            (StrideReader *reader, JsonObject *object, gpointer data);
gpointer   stride_items_read_program          (StrideReader *reader, JsonObject *object, gpointer data);

G_END_DECLS
