/* stride-dose-entry.c — one exercise of a routine being edited, with its dose and place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-dose-entry.h"
#include "stride-routine-catalog.h"

struct _StrideDoseEntry
{
  GObject     parent_instance;

  char       *exercise;
  char       *name;
  StrideDose  dose;       /* tempo_s is kept as it came: the editor does not change it */
  guint       position;
  gboolean    last;
};

G_DEFINE_FINAL_TYPE (StrideDoseEntry, stride_dose_entry, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_EXERCISE,
  PROP_NAME,
  PROP_SETS,
  PROP_REPS,
  PROP_HOLD_S,
  PROP_REST_S,
  PROP_SIDES,
  PROP_POSITION,
  PROP_LAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  DOSE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The dose field behind property PROP_ID. */
static guint *
dose_field (StrideDoseEntry *self,
            guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_SETS:
      return &self->dose.sets;
    case PROP_REPS:
      return &self->dose.reps;
    case PROP_HOLD_S:
      return &self->dose.hold_s;
    case PROP_REST_S:
      return &self->dose.rest_s;
    case PROP_SIDES:
      return (guint *) &self->dose.sides;
    default:
      return NULL;
    }
}

/* Notifies, and says the dose changed, only when VALUE is new. */
static gboolean
set_dose_field (StrideDoseEntry *self,
                guint            prop_id,
                guint            value)
{
  guint *field = dose_field (self, prop_id);

  g_assert (field != NULL);
  if (*field == value)
    return FALSE;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  return TRUE;
}

static void
stride_dose_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StrideDoseEntry *self = STRIDE_DOSE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_string (value, self->exercise);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SETS:
    case PROP_REPS:
    case PROP_HOLD_S:
    case PROP_REST_S:
    case PROP_SIDES:
      g_value_set_uint (value, *dose_field (self, prop_id));
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_LAST:
      g_value_set_boolean (value, self->last);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_dose_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StrideDoseEntry *self = STRIDE_DOSE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      self->exercise = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_SETS:
    case PROP_REPS:
    case PROP_HOLD_S:
    case PROP_REST_S:
    case PROP_SIDES:
      if (set_dose_field (self, prop_id, g_value_get_uint (value)))
        g_signal_emit (self, signals[DOSE_CHANGED], 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_dose_entry_finalize (GObject *object)
{
  StrideDoseEntry *self = STRIDE_DOSE_ENTRY (object);

  g_free (self->exercise);
  g_free (self->name);

  G_OBJECT_CLASS (stride_dose_entry_parent_class)->finalize (object);
}

static GParamSpec *
dose_property (const char *name,
               guint       max)
{
  return g_param_spec_uint (name, NULL, NULL, 0, max, 0,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
stride_dose_entry_class_init (StrideDoseEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = stride_dose_entry_get_property;
  object_class->set_property = stride_dose_entry_set_property;
  object_class->finalize = stride_dose_entry_finalize;

  properties[PROP_EXERCISE] = g_param_spec_string ("exercise", NULL, NULL, NULL, construct);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, construct);
  properties[PROP_SETS] = dose_property ("sets", G_MAXUINT);
  properties[PROP_REPS] = dose_property ("reps", G_MAXUINT);
  properties[PROP_HOLD_S] = dose_property ("hold-s", G_MAXUINT);
  properties[PROP_REST_S] = dose_property ("rest-s", G_MAXUINT);
  /* A StrideSides, as a number: the editor's choice of sides is a position in a list */
  properties[PROP_SIDES] = dose_property ("sides", STRIDE_SIDES_NONE);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_LAST] = g_param_spec_boolean ("last", NULL, NULL, FALSE, read_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DOSE_CHANGED] = g_signal_new ("dose-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stride_dose_entry_init (StrideDoseEntry *self)
{
}

StrideDoseEntry *
stride_dose_entry_new (const char       *exercise,
                       const char       *name,
                       const StrideDose *dose)
{
  StrideDoseEntry *self;

  g_return_val_if_fail (exercise != NULL && name != NULL && dose != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_DOSE_ENTRY, "exercise", exercise, "name", name, NULL);
  self->dose = *dose;
  return self;
}

const char *
stride_dose_entry_get_exercise (StrideDoseEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_DOSE_ENTRY (self), NULL);

  return self->exercise;
}

const char *
stride_dose_entry_get_name (StrideDoseEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_DOSE_ENTRY (self), NULL);

  return self->name;
}

void
stride_dose_entry_get_dose (StrideDoseEntry *self,
                            StrideDose      *dose)
{
  g_return_if_fail (STRIDE_IS_DOSE_ENTRY (self));
  g_return_if_fail (dose != NULL);

  *dose = self->dose;
}

/* One "dose-changed" for the whole dose, however many fields changed. */
void
stride_dose_entry_set_dose (StrideDoseEntry  *self,
                            const StrideDose *dose)
{
  const guint values[] = { dose->sets, dose->reps, dose->hold_s, dose->rest_s, dose->sides };
  gboolean changed = FALSE;

  g_return_if_fail (STRIDE_IS_DOSE_ENTRY (self));
  g_return_if_fail (dose != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    changed |= set_dose_field (self, PROP_SETS + i, values[i]);
  changed |= self->dose.tempo_s != dose->tempo_s;
  self->dose.tempo_s = dose->tempo_s;
  g_object_thaw_notify (G_OBJECT (self));
  if (changed)
    g_signal_emit (self, signals[DOSE_CHANGED], 0);
}

guint
stride_dose_entry_get_position (StrideDoseEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_DOSE_ENTRY (self), 0);

  return self->position;
}

gboolean
stride_dose_entry_get_last (StrideDoseEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_DOSE_ENTRY (self), FALSE);

  return self->last;
}

static void
set_place (StrideDoseEntry *self,
           guint            position,
           gboolean         last)
{
  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
  if (self->last != last)
    {
      self->last = last;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST]);
    }
}

void
stride_dose_entries_number (GListModel *entries)
{
  guint n;

  g_return_if_fail (G_IS_LIST_MODEL (entries));

  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StrideDoseEntry) entry = g_list_model_get_item (entries, i);

      set_place (entry, i, i + 1 == n);
    }
}

GListStore *
stride_dose_entries_new (StrideContext       *context,
                         const StrideRoutine *routine)
{
  GListStore *entries;

  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (routine != NULL, NULL);

  entries = g_list_store_new (STRIDE_TYPE_DOSE_ENTRY);
  for (guint i = 0; i < routine->items->len; i++)
    {
      const StrideRoutineItem *item = g_ptr_array_index (routine->items, i);
      g_autofree char *name = stride_routine_catalog_exercise_name (context, item->exercise);
      g_autoptr(StrideDoseEntry) entry = stride_dose_entry_new (item->exercise, name, &item->dose);

      g_list_store_append (entries, entry);
    }
  stride_dose_entries_number (G_LIST_MODEL (entries));
  return entries;
}
