/* stride-list-entry.c — one line of a list a page shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-core-enums.h"
#include "stride-list-entry.h"

struct _StrideListEntry
{
  GObject               parent_instance;

  StrideListEntryStyle  style;
  char                 *title;
  char                 *subtitle;
  char                 *value;
  char                 *action_name;
  GVariant             *action_target;
};

G_DEFINE_FINAL_TYPE (StrideListEntry, stride_list_entry, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STYLE,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_VALUE,
  PROP_ACTION_NAME,
  PROP_ACTION_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
stride_list_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StrideListEntry *self = STRIDE_LIST_ENTRY (object);

  switch (prop_id)
    {
    case PROP_STYLE:
      g_value_set_enum (value, self->style);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    case PROP_ACTION_NAME:
      g_value_set_string (value, self->action_name);
      break;
    case PROP_ACTION_TARGET:
      g_value_set_variant (value, self->action_target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_list_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StrideListEntry *self = STRIDE_LIST_ENTRY (object);

  switch (prop_id)
    {
    case PROP_STYLE:
      self->style = g_value_get_enum (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_SUBTITLE:
      self->subtitle = g_value_dup_string (value);
      break;
    case PROP_VALUE:
      self->value = g_value_dup_string (value);
      break;
    case PROP_ACTION_NAME:
      self->action_name = g_value_dup_string (value);
      break;
    case PROP_ACTION_TARGET:
      self->action_target = g_value_dup_variant (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_list_entry_finalize (GObject *object)
{
  StrideListEntry *self = STRIDE_LIST_ENTRY (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->value);
  g_free (self->action_name);
  g_clear_pointer (&self->action_target, g_variant_unref);

  G_OBJECT_CLASS (stride_list_entry_parent_class)->finalize (object);
}

static void
stride_list_entry_class_init (StrideListEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = stride_list_entry_get_property;
  object_class->set_property = stride_list_entry_set_property;
  object_class->finalize = stride_list_entry_finalize;

  properties[PROP_STYLE] = g_param_spec_enum ("style", NULL, NULL, STRIDE_TYPE_LIST_ENTRY_STYLE,
                                              STRIDE_LIST_ENTRY_PLAIN, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, NULL, flags);
  properties[PROP_ACTION_NAME] = g_param_spec_string ("action-name", NULL, NULL, NULL, flags);
  properties[PROP_ACTION_TARGET] = g_param_spec_variant ("action-target", NULL, NULL, G_VARIANT_TYPE_ANY, NULL,
                                                         flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stride_list_entry_init (StrideListEntry *self)
{
}

StrideListEntry *
stride_list_entry_new_action (StrideListEntryStyle  style,
                              const char           *title,
                              const char           *subtitle,
                              const char           *action_name,
                              GVariant             *action_target)
{
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (STRIDE_TYPE_LIST_ENTRY, "style", style, "title", title, "subtitle", subtitle,
                       "action-name", action_name, "action-target", action_target, NULL);
}

StrideListEntry *
stride_list_entry_new (StrideListEntryStyle  style,
                       const char           *title,
                       const char           *subtitle)
{
  return stride_list_entry_new_action (style, title, subtitle, NULL, NULL);
}

StrideListEntry *
stride_list_entry_new_value (const char *title,
                             const char *value)
{
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (STRIDE_TYPE_LIST_ENTRY, "title", title, "value", value, NULL);
}

StrideListEntryStyle
stride_list_entry_get_style (StrideListEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_LIST_ENTRY (self), STRIDE_LIST_ENTRY_PLAIN);

  return self->style;
}

const char *
stride_list_entry_get_title (StrideListEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_LIST_ENTRY (self), NULL);

  return self->title;
}

const char *
stride_list_entry_get_subtitle (StrideListEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_LIST_ENTRY (self), NULL);

  return self->subtitle;
}

const char *
stride_list_entry_get_value (StrideListEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_LIST_ENTRY (self), NULL);

  return self->value;
}

const char *
stride_list_entry_get_action_name (StrideListEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_LIST_ENTRY (self), NULL);

  return self->action_name;
}

GVariant *
stride_list_entry_get_action_target (StrideListEntry *self)
{
  g_return_val_if_fail (STRIDE_IS_LIST_ENTRY (self), NULL);

  return self->action_target;
}
