/* stride-content-private.h — what the loader's files share; not for the rest of the app
 *
 * One pack is parsed into a StridePack: its items live in an arena (stride-arena.h) that
 * moves into the StrideContent when the pack is accepted. Cross-references are collected
 * while parsing (StrideRef, with the file and JSON path they came from) and resolved once
 * every file of the pack is read.
 *
 * The files depend on each other in one direction only: the model (stride-content.c) ←
 * the pack (stride-content-pack.c) ← reading (-reader.c, -items.c) and resolving
 * (-resolve.c) ← the loader (stride-content-loader.c), which nothing in the loader uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-arena.h"
#include "stride-content.h"

G_BEGIN_DECLS

#define STRIDE_CONTENT_MAX_FILE_SIZE   (4 * 1024 * 1024)
#define STRIDE_CONTENT_MAX_DEPTH       32
#define STRIDE_CONTENT_MAX_STRING      (16 * 1024)
#define STRIDE_CONTENT_MAX_ID          64
#define STRIDE_CONTENT_MAX_ITEMS       100000
#define STRIDE_CONTENT_MAX_FILES       64      /* files a manifest may list */

/* Items of one kind a pack may define (StrideKind order), so that start-up stays bounded
 * whatever a pack holds: many times what the bundled pack has; conditions (and their
 * profiles) up to the 10,000 that bench-content measures. */
extern const guint stride_content_max_items_per_kind[];

/* Where something is: "DIR/conditions.json" and "$.conditions[3].exercises_do[1]". */
typedef struct
{
  const char *file;
  const char *path;
} StrideLoc;

typedef enum
{
  STRIDE_REF_ITEM,                /* an item of `kind` */
  STRIDE_REF_ANSWER,              /* answer `id` of the one/many question `question` */
  STRIDE_REF_NUMBER_QUESTION,     /* `id` is a number question */
  STRIDE_REF_CHOICE_QUESTION,     /* `id` is a one/many question */
} StrideRefType;

typedef struct
{
  StrideRefType  type;
  StrideKind     kind;
  const char    *id;
  const char    *question;
  StrideLoc      loc;
} StrideRef;

/* An id known to a pack: the item and where it was defined. */
typedef struct
{
  gpointer  item;
  StrideLoc loc;
} StrideEntry;

typedef struct
{
  const char *condition;
  double      prior;
  GPtrArray  *evidence;           /* StrideEvidence */
  StrideLoc   loc;
} StrideProfile;

/* A routine item's changes to its exercise's dose, applied once exercises are known. */
typedef enum
{
  STRIDE_DOSE_SETS    = 1 << 0,
  STRIDE_DOSE_REPS    = 1 << 1,
  STRIDE_DOSE_HOLD    = 1 << 2,
  STRIDE_DOSE_REST    = 1 << 3,
  STRIDE_DOSE_SIDES   = 1 << 4,
  STRIDE_DOSE_TEMPO   = 1 << 5,
} StrideDoseMask;

typedef struct
{
  StrideRoutineItem *item;
  StrideDose         dose;
  StrideDoseMask     mask;
  StrideLoc          loc;
} StrideDoseOverride;

typedef struct
{
  char        *dir;               /* as given, for messages */
  char        *abs_dir;           /* absolute and canonical, for resolving files */
  char        *real_dir;          /* abs_dir with every link followed (lazily), or NULL */
  char        *id;                /* from the manifest; NULL until read */
  char        *title;
  StrideArena *arena;
  GPtrArray   *items[STRIDE_N_KINDS];      /* borrowed from the arena */
  GHashTable  *entries[STRIDE_N_KINDS];    /* id → StrideEntry */
  gboolean     over_limit[STRIDE_N_KINDS]; /* said that a kind has too many items */
  GPtrArray   *profiles;                   /* StrideProfile */
  GArray      *refs;                       /* StrideRef */
  GArray      *overrides;                  /* StrideDoseOverride */
  GPtrArray   *errors;                     /* char *, owned */
  gboolean     check_duplicate_keys;       /* costs a fifth of the load time; see read_pack() */
} StridePack;

typedef struct
{
  StridePack *pack;
  const char *file;               /* in the arena */
  GString    *path;
} StrideReader;

/* stride-content.c: the model's side of loading */
void         stride_content_add_item   (StrideContent     *self,
                                        StrideKind         kind,
                                        gpointer           item);
void         stride_content_keep_pack  (StrideContent     *self,
                                        const char        *pack_id,
                                        const char        *title,
                                        StrideArena       *arena);
gboolean     stride_content_has_pack   (StrideContent     *self,
                                        const char        *pack_id);
void         stride_content_add_skipped (StrideContent     *self,
                                         StrideSkippedPack *skipped);

/* stride-content-pack.c: a pack while it is read */
StridePack  *stride_pack_new           (const char   *dir);
void         stride_pack_free          (StridePack   *pack);

/* FALSE when PATH exists but, once every symbolic link is followed, lies outside the
 * pack's folder: a pack may not read (nor echo in a message) a file of the user's. A
 * missing PATH counts as inside: its absence is reported where it is used. */
gboolean     stride_pack_path_is_inside (StridePack  *pack,
                                         const char  *path);
void         stride_pack_error         (StridePack   *pack,
                                        const char   *format,
                                        ...) G_GNUC_PRINTF (2, 3);
gpointer     stride_pack_lookup        (StridePack    *pack,
                                        StrideContent *base,
                                        StrideKind     kind,
                                        const char    *id);
const char  *stride_content_owner_of   (StrideContent *base,
                                        StrideKind     kind,
                                        const char    *id);

/* stride-content-reader.c: typed reading with JSON paths and messages */
void         stride_reader_error       (StrideReader *reader,
                                        const char   *format,
                                        ...) G_GNUC_PRINTF (2, 3);
gsize        stride_reader_push_key    (StrideReader *reader,
                                        const char   *key);
gsize        stride_reader_push_index  (StrideReader *reader,
                                        guint         index);
void         stride_reader_pop         (StrideReader *reader,
                                        gsize         length);
StrideLoc    stride_reader_loc         (StrideReader *reader);
gboolean     stride_reader_check_keys  (StrideReader       *reader,
                                        JsonObject         *object,
                                        const char * const *allowed);
JsonObject  *stride_reader_object      (StrideReader *reader,
                                        JsonNode     *node);
JsonNode    *stride_reader_member      (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required);
JsonArray   *stride_reader_array       (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required,
                                        guint         min_length);
char        *stride_reader_id          (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required);
char        *stride_reader_ref         (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required,
                                        StrideKind    kind);
char        *stride_reader_text        (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required);
char        *stride_reader_string      (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required);
int          stride_reader_enum        (StrideReader       *reader,
                                        JsonObject         *object,
                                        const char         *key,
                                        const char * const *values,
                                        int                 fallback);
gboolean     stride_reader_bool        (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      fallback);
gboolean     stride_reader_number      (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required,
                                        double       *value);
gboolean     stride_reader_uint        (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required,
                                        guint         max,
                                        guint        *value);
GStrv        stride_reader_text_list   (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required,
                                        guint         min_length);
GStrv        stride_reader_ref_list    (StrideReader *reader,
                                        JsonObject   *object,
                                        const char   *key,
                                        gboolean      required,
                                        guint         min_length,
                                        StrideKind    kind);
GStrv        stride_reader_enum_list   (StrideReader       *reader,
                                        JsonObject         *object,
                                        const char         *key,
                                        const char * const *values);
void         stride_reader_add_ref     (StrideReader  *reader,
                                        StrideRefType  type,
                                        StrideKind     kind,
                                        const char    *id,
                                        const char    *question);
gboolean     stride_id_is_valid        (const char   *id);
JsonNode    *stride_json_parse_file    (StridePack   *pack,
                                        const char   *file);

/* stride-content-items.c: one function per kind of item */
gboolean     stride_pack_read_file     (StridePack   *pack,
                                        const char   *file);
void         stride_pack_read_manifest (StridePack   *pack,
                                        GPtrArray    *files);

/* stride-content-resolve.c: cross-references, once the whole pack is read */
void         stride_pack_resolve       (StridePack    *pack,
                                        StrideContent *base);

/* The fuzzer replaces this to serve packs' files from memory: DIR is the pack's directory
 * as given to the loader, FILE the name in the manifest; NULL means there is no such file. */
typedef GBytes *(*StrideReadFunc) (const char *dir,
                                   const char *file);
extern StrideReadFunc stride_content_read_func;

/* Tests replace this to see every text field the loader translates. */
typedef const char *(*StrideTranslateFunc) (const char *text);
extern StrideTranslateFunc stride_content_translate_func;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StridePack, stride_pack_free)

G_END_DECLS
