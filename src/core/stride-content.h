/* stride-content.h — the content model: what Stride knows, loaded from content packs
 *
 * The schema is docs/content-schema.md. Items are plain structs owned by their
 * StrideContent: borrow them, never free them, and keep a reference on the
 * StrideContent as long as you hold one. Text fields are already translated
 * (gettext) when the loader hands them out. Optional strings are NULL when absent;
 * lists are never NULL (possibly empty).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STRIDE_CONTENT_ERROR (stride_content_error_quark ())

typedef enum
{
  STRIDE_CONTENT_ERROR_SYNTAX,     /* not JSON: file:line:col */
  STRIDE_CONTENT_ERROR_INVALID,    /* JSON, but not a valid pack: file: $.path: message */
  STRIDE_CONTENT_ERROR_TOO_LARGE,  /* over a size, depth or count limit */
  STRIDE_CONTENT_ERROR_NOT_FOUND,  /* a pack or file that is not there */
} StrideContentError;

GQuark stride_content_error_quark (void);

typedef struct _StrideContent StrideContent;

typedef struct
{
  char *title;
  char *url;                      /* optional */
} StrideSource;

typedef enum
{
  STRIDE_VIEW_FRONT,
  STRIDE_VIEW_BACK,
  STRIDE_VIEW_SIDE,               /* the right side, facing the picture's right */
} StrideView;

/* Body map layers: what lies under the skin, and what shows once it is peeled away. */
typedef enum
{
  STRIDE_LAYER_SUPERFICIAL,
  STRIDE_LAYER_DEEP,
} StrideLayer;

#include "stride-point.h"

typedef struct
{
  StrideView  view;
  StrideLayer layer;
  gboolean    mirror;
  GArray     *points;             /* StridePoint, in the 100 × 100 box */
  /* Optional fibre direction: fibres run from the origin edge (fibres[0]–fibres[1]) to
   * the insertion edge (fibres[2]–fibres[3]); n_fibres is 0 or 4. */
  guint       n_fibres;
  StridePoint fibres[4];
} StrideShape;

typedef struct
{
  char      *id;
  char      *pack_id;
  char      *name;
  char      *kind;                /* muscle | joint | tendon | fascia */
  char      *summary;
  char      *location;
  char      *action;
  char      *running;
  char      *problems;
  GPtrArray *shapes;              /* StrideShape */
  GPtrArray *sources;             /* StrideSource */
} StrideStructure;

typedef enum
{
  STRIDE_QUESTION_ONE,
  STRIDE_QUESTION_MANY,
  STRIDE_QUESTION_NUMBER,
} StrideQuestionKind;

typedef enum
{
  STRIDE_STAGE_RED_FLAGS,
  STRIDE_STAGE_INTERVIEW,
  STRIDE_STAGE_ABOUT_YOU,
} StrideQuestionStage;

/* Reserved answer id accepted by every question: answered, counts for nothing. */
#define STRIDE_ANSWER_DONT_KNOW "dont_know"

typedef struct
{
  char      *id;
  char      *text;
  char      *ask;                 /* optional yes/no wording */
  char      *screen;              /* optional: warning signs asked together share it */
  GPtrArray *shapes;              /* StrideShape, possibly empty */
} StrideAnswer;

typedef struct
{
  char                *id;
  char                *pack_id;
  StrideQuestionKind   kind;
  StrideQuestionStage  stage;
  char                *text;
  char                *help;      /* optional */
  GPtrArray           *answers;   /* StrideAnswer; empty for numbers */
  double               min;       /* numbers only */
  double               max;
  char                *unit;      /* optional */
} StrideQuestion;

/* One test on the answers: an answer among ANSWERS was given, or a number in [min, max];
 * or ANY_OF: at least one of those clauses holds (the same evidence said in different
 * questions); or ALWAYS_RED_FLAG_IN_TOP > 0: a condition marked always_red_flag ranks among
 * that many most likely conditions; or CONDITION_IN_TOP > 0: one of CONDITIONS does. Exactly
 * one of the forms is set. */
typedef struct
{
  char      *question;            /* NULL for the any_of and ranking forms */
  GStrv      answers;             /* NULL for a number range */
  gboolean   has_min;
  double     min;
  gboolean   has_max;
  double     max;
  GPtrArray *any_of;              /* StrideClause; NULL unless that form */
  guint      always_red_flag_in_top;
  guint      condition_in_top;    /* > 0: one of CONDITIONS ranks among that many */
  GStrv      conditions;
} StrideClause;

typedef struct
{
  GPtrArray *all;                 /* StrideClause */
  GPtrArray *any;                 /* StrideClause */
  guint      min_any;
} StrideRuleWhen;

typedef enum
{
  STRIDE_TRIAGE_SELF_CARE,
  STRIDE_TRIAGE_SOON,
  STRIDE_TRIAGE_URGENT,
  STRIDE_TRIAGE_EMERGENCY,
} StrideTriageLevel;

typedef struct
{
  char              *id;
  char              *pack_id;
  StrideTriageLevel  level;
  char              *text;
  char              *advice;
  StrideRuleWhen     when;
} StrideRedFlag;

typedef struct
{
  char     *question;
  char     *answer;               /* NULL for a number range */
  gboolean  has_min;
  double    min;
  gboolean  has_max;
  double    max;
  double    lr;
  gboolean  has_lr_absent;
  double    lr_absent;
  char     *text;
  char     *text_absent;          /* set when has_lr_absent */
} StrideEvidence;

typedef struct
{
  char      *id;
  char      *pack_id;
  char      *name;
  GStrv      also_called;
  char      *group;
  char      *summary;
  char      *where;
  char      *feels;
  char      *who;
  GStrv      worse_with;
  GStrv      self_care;
  GStrv      see_clinician;
  GStrv      locations;           /* answer ids of the location question */
  GStrv      structures;
  GStrv      exercises_do;
  GStrv      exercises_avoid;
  char      *routine;             /* optional */
  char      *self_test;           /* optional */
  char      *program;             /* optional: the staged program to follow */
  char      *program_note;        /* optional text: when it may start (bone stress: once cleared) */
  gboolean   always_red_flag;
  double     prior;
  GPtrArray *evidence;            /* StrideEvidence */
  GPtrArray *sources;             /* StrideSource */
} StrideCondition;

typedef struct
{
  char *id;
  char *pack_id;
  char *name;
  char *text;
  GStrv exercises;
} StrideFinding;

/* A caution that follows from others (e.g. painful single-leg loading together with
 * groin pain means possible bone stress): every caution in ALL and at least one in ANY
 * (when given) apply. */
typedef struct
{
  GStrv  all;                     /* caution ids */
  GStrv  any;                     /* caution ids, or NULL */
} StrideCautionFollows;

typedef struct
{
  char                 *id;
  char                 *pack_id;
  char                 *text;
  GStrv                 avoid;
  GStrv                 supported; /* single-leg exercises kept only in their supported
                                    * version (the regression's text says how) */
  GPtrArray            *prefer;    /* StrideRoutineItem: exercises given first, at their
                                    * dose, while this caution applies */
  StrideCautionFollows *follows;   /* NULL: comes from the tests' rules */
  gboolean              see_clinician;
  gboolean              no_routine; /* a possible injury: no exercises until a clinician
                                     * has looked */
} StrideCaution;

typedef enum
{
  STRIDE_SIDES_EACH,              /* left, then right */
  STRIDE_SIDES_BOTH,              /* both at once */
  STRIDE_SIDES_NONE,              /* no side */
} StrideSides;

typedef struct
{
  guint       sets;
  guint       reps;               /* 0: a hold of hold_s */
  guint       hold_s;             /* 0: reps */
  guint       rest_s;
  StrideSides sides;
  guint       tempo_s;            /* seconds per rep; 0 = own pace */
} StrideDose;

typedef struct
{
  char *text;
  char *exercise;                 /* optional */
} StrideStep;

typedef struct
{
  char       *id;
  char       *pack_id;
  char       *name;
  char       *kind;               /* stretch | strength | run (walk-run intervals: work runs, rest walks) */
  GStrv       targets;
  char       *summary;
  GStrv       steps;
  char       *one_side_step;      /* the last step when one side only is worked, or NULL */
  GStrv       cues;
  GStrv       equipment;
  StrideDose  dose;
  GStrv       avoid_for;          /* condition ids */
  StrideStep  progression;
  StrideStep  regression;
  char       *video;             /* video id; optional */
  GPtrArray  *sources;
} StrideExercise;

typedef enum
{
  STRIDE_FIELD_NUMBER,
  STRIDE_FIELD_CHOICE,
  STRIDE_FIELD_BOOL,
} StrideFieldKind;

/* How an angle field is measured on a photo: the landmarks to place, in order, and which
 * angle they make (method: a StrideMeasureMethod of stride-angle.h). */
typedef struct
{
  int              method;
  GStrv            points;        /* text: the landmark names, 2 or 3 */
  char            *help;          /* text: where to take the photo from */
} StrideMeasure;

typedef struct
{
  char            *id;
  StrideFieldKind  kind;
  char            *text;
  double           min;           /* numbers */
  double           max;
  char            *unit;          /* optional */
  char            *input;         /* numbers: angle | seconds | reps | count | cm */
  GPtrArray       *choices;       /* StrideAnswer (id, text); choices only */
  StrideMeasure   *measure;       /* angle fields, optional: how to read it off a photo */
} StrideField;

typedef enum
{
  STRIDE_COMPARE_EQUALS,
  STRIDE_COMPARE_LT,
  STRIDE_COMPARE_LE,
  STRIDE_COMPARE_GT,
  STRIDE_COMPARE_GE,
} StrideCompare;

typedef struct
{
  char          *field;
  StrideCompare  compare;
  char          *choice;          /* EQUALS on a choice field */
  gboolean       flag;            /* EQUALS on a bool field */
  double         number;          /* LT, LE, GT, GE */
  char          *sex;             /* optional: applies to this sex only */
} StrideTestCondition;

typedef struct
{
  char      *finding;             /* one of finding */
  char      *caution;             /*     or caution */
  GPtrArray *when;                /* StrideTestCondition, all must hold */
  char      *text;                /* may contain {value} */
  gboolean   see_clinician;
} StrideTestRule;

typedef struct
{
  char      *id;
  char      *pack_id;
  char      *name;
  char      *kind;                /* flexibility | strength | control */
  gboolean   per_side;
  char      *summary;
  char      *look_for;
  char      *safety;
  GStrv      steps;
  GStrv      equipment;
  gboolean   partner;
  GPtrArray *fields;              /* StrideField */
  GPtrArray *rules;               /* StrideTestRule */
  char      *asymmetry_field;     /* optional */
  double     asymmetry_min_difference;   /* 0 when unused; with a ratio, both must hold */
  double     asymmetry_min_ratio;        /* 0 when unused */
  char      *asymmetry_clinician_with;   /* a bool field: a difference warrants a clinician
                                          * only when it is true on a side; NULL: when the
                                          * field's low values do */
  char      *skip_if_caution;     /* optional: a guided run leaves the test out when this
                                   * caution already applies (standing already hurts) */
  char      *capacity_field;      /* optional: a number measuring capacity (seconds, reps) */
  char      *capacity_exercise;   /* the exercise whose dose it scales */
  double     capacity_share;      /* the share of the weaker side's value to prescribe */
  char      *video;               /* optional */
  GPtrArray *sources;
} StrideSelfTest;

typedef struct
{
  char        *exercise;          /* one of exercise */
  char        *test;              /*     or test */
  StrideDose   dose;              /* the exercise's dose with the item's overrides applied */
} StrideRoutineItem;

typedef struct
{
  char      *id;
  char      *pack_id;
  char      *name;
  char      *kind;                /* stretch | strength | assessment | mixed */
  char      *summary;
  GPtrArray *items;               /* StrideRoutineItem */
} StrideRoutine;

/* One stage of a program: what it is for, what you do, what moves you on. */
typedef struct
{
  char      *name;
  char      *goal;
  GStrv      education;           /* text list: what to know in this stage */
  GStrv      progress_when;       /* text list: the criteria to move on, in words */
  GPtrArray *items;               /* StrideRoutineItem, exercises only, doses applied */
} StrideProgramStage;

/* A multi-week staged program, moved on or back by the pain-monitoring rules
 * (stride-program.h). */
typedef struct
{
  char      *id;
  char      *pack_id;
  char      *name;
  char      *summary;
  char      *start_when;          /* optional text: who may start it */
  guint      min_weeks;           /* in a stage before moving on (1–12) */
  guint      sessions_per_week;   /* 1–7 */
  GPtrArray *stages;              /* StrideProgramStage, at least 2 */
  GPtrArray *sources;             /* StrideSource */
} StrideProgram;

typedef struct
{
  char *id;
  char *caption;
} StrideChapterCaption;

typedef struct
{
  char      *id;
  char      *pack_id;
  char      *uri;                 /* resolved: file:///…/videos/x.webm, resource:/// or https:// */
  char      *animation;           /* optional */
  gboolean   shows_right;         /* the clip's first pass shows the right side (its
                                   * animation's "side"); the mirror image follows */
  GPtrArray *chapters;            /* StrideChapterCaption */
} StrideVideo;

typedef enum
{
  STRIDE_KIND_STRUCTURE,
  STRIDE_KIND_QUESTION,
  STRIDE_KIND_RED_FLAG,
  STRIDE_KIND_CONDITION,
  STRIDE_KIND_FINDING,
  STRIDE_KIND_CAUTION,
  STRIDE_KIND_EXERCISE,
  STRIDE_KIND_TEST,
  STRIDE_KIND_ROUTINE,
  STRIDE_KIND_VIDEO,
  STRIDE_KIND_PROGRAM,
  STRIDE_N_KINDS /*< skip >*/
} StrideKind;

/* Content with no items: what the app shows when even the bundled pack did not load. */
StrideContent *stride_content_new_empty      (void);
StrideContent *stride_content_ref            (StrideContent *self);
void           stride_content_unref          (StrideContent *self);

/* The title of the loaded pack PACK_ID (its id when it has none), or NULL. */
const char    *stride_content_get_pack_title (StrideContent *self,
                                              const char    *pack_id);

/* Whether a pack loaded in OTHER is loaded in SELF too (the same pack id): OTHER is then
 * a copy of it, not an add-on. */
gboolean       stride_content_shares_pack    (StrideContent *self,
                                              StrideContent *other);

/* Loads one pack directory. On any problem returns NULL and appends every message found
 * (not just the first) to ERRORS, each "file: $.path: message" or "file:line:col: message". */
StrideContent *stride_content_load_pack      (const char    *dir,
                                              GPtrArray     *errors);

/* The bundled pack, then every valid pack in $XDG_DATA_HOME/stride/packs. A broken user
 * pack is skipped and its messages appended to WARNINGS; NULL only when the bundled pack
 * itself does not load (its messages in WARNINGS). */
StrideContent *stride_content_load_default   (GPtrArray     *warnings);

/* What stride_content_load_default() does, with the directories given: BUNDLED_DIR, then
 * each directory in USER_PACKS_DIR (sorted by name; may be NULL or missing). */
StrideContent *stride_content_load_dirs      (const char    *bundled_dir,
                                              const char    *user_packs_dir,
                                              GPtrArray     *warnings);

/* Loads the pack in DIR on top of SELF, as a user pack: it may use SELF's items and add
 * its own, never replace one. On any problem adds nothing, appends the messages to ERRORS,
 * records the pack as skipped and returns FALSE. */
gboolean       stride_content_add_pack       (StrideContent *self,
                                              const char    *dir,
                                              GPtrArray     *errors);

/* $XDG_DATA_HOME/stride/packs */
const char    *stride_content_get_user_packs_dir (void);

/* A user pack that was not loaded, and why. */
typedef struct
{
  char      *dir;
  char      *title;               /* the manifest's title, else the directory's name */
  GPtrArray *messages;            /* char *: "file: $.path: message" … */
} StrideSkippedPack;

/* The user packs skipped by stride_content_load_default(): StrideSkippedPack, borrowed. */
GPtrArray     *stride_content_get_skipped_packs (StrideContent *self);

/* STRIDE_CONTENT_DIR when set (uninstalled runs, tests), else PKGDATADIR/content. */
const char    *stride_content_get_bundled_dir (void);

/* "structure", "question", "red_flag", "condition", "finding", "caution", "exercise",
 * "test", "routine", "video", "program" */
const char    *stride_content_kind_to_string (StrideKind     kind);
/* Every item of KIND in load order (bundled first), borrowed. */
GPtrArray     *stride_content_get_items      (StrideContent *self,
                                              StrideKind     kind);
gconstpointer  stride_content_find           (StrideContent *self,
                                              StrideKind     kind,
                                              const char    *id);

/* Typed shortcuts for stride_content_find() */
const StrideStructure *stride_content_find_structure (StrideContent *self, const char *id);
const StrideQuestion  *stride_content_find_question  (StrideContent *self, const char *id);
const StrideCondition *stride_content_find_condition (StrideContent *self, const char *id);
const StrideFinding   *stride_content_find_finding   (StrideContent *self, const char *id);
const StrideCaution   *stride_content_find_caution   (StrideContent *self, const char *id);
const StrideExercise  *stride_content_find_exercise  (StrideContent *self, const char *id);
const StrideSelfTest  *stride_content_find_test      (StrideContent *self, const char *id);
const StrideRoutine   *stride_content_find_routine   (StrideContent *self, const char *id);
/* What a condition says never to give it: in its exercises_avoid, or an exercise whose
 * avoid_for names it. */
gboolean               stride_condition_must_avoid   (const StrideCondition *condition,
                                                      const StrideExercise  *exercise);
/* The routine to suggest for CONDITION, or NULL: none for a condition that is a red flag in
 * itself, nor one holding an exercise the condition must avoid (the loader refuses those in
 * a pack, so this only guards items built elsewhere). */
const StrideRoutine   *stride_content_get_condition_routine (StrideContent         *self,
                                                             const StrideCondition *condition);
const StrideVideo     *stride_content_find_video     (StrideContent *self, const char *id);
const StrideProgram   *stride_content_find_program   (StrideContent *self, const char *id);
const StrideAnswer    *stride_question_find_answer   (const StrideQuestion *question,
                                                      const char           *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StrideContent, stride_content_unref)

G_END_DECLS
