/* stride-condition-item.c — a condition as an item of the Conditions page's list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "stride-condition-item.h"

struct _StrideConditionItem
{
  GObject                parent_instance;

  const StrideCondition *condition;    /* borrowed: the content's */
  guint                  order;        /* its place in the pack */
  char                  *name_text;    /* casefolded name and other names */
  char                  *search_text;  /* casefolded summary, where, feels, worse with */
  guint                  score;
};

G_DEFINE_FINAL_TYPE (StrideConditionItem, stride_condition_item, G_TYPE_OBJECT)

static void
append_lines (GString            *text,
              const char * const *lines)
{
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    g_string_append_printf (text, "\n%s", lines[i]);
}

static char *
name_text (const StrideCondition *condition)
{
  g_autoptr(GString) text = g_string_new (condition->name);

  append_lines (text, (const char * const *) condition->also_called);
  return g_utf8_casefold (text->str, -1);
}

static char *
search_text (const StrideCondition *condition)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *prose[] = { condition->summary, condition->where, condition->feels };

  for (guint i = 0; i < G_N_ELEMENTS (prose); i++)
    if (prose[i] != NULL)
      g_string_append_printf (text, "\n%s", prose[i]);
  append_lines (text, (const char * const *) condition->worse_with);
  return g_utf8_casefold (text->str, -1);
}

static void
stride_condition_item_finalize (GObject *object)
{
  StrideConditionItem *self = STRIDE_CONDITION_ITEM (object);

  g_free (self->name_text);
  g_free (self->search_text);

  G_OBJECT_CLASS (stride_condition_item_parent_class)->finalize (object);
}

static void
stride_condition_item_class_init (StrideConditionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stride_condition_item_finalize;
}

static void
stride_condition_item_init (StrideConditionItem *self)
{
}

StrideConditionItem *
stride_condition_item_new (const StrideCondition *condition,
                           guint                  order)
{
  StrideConditionItem *self;

  g_return_val_if_fail (condition != NULL, NULL);

  self = g_object_new (STRIDE_TYPE_CONDITION_ITEM, NULL);
  self->condition = condition;
  self->order = order;
  self->name_text = name_text (condition);
  self->search_text = search_text (condition);
  return self;
}

const StrideCondition *
stride_condition_item_get_condition (StrideConditionItem *self)
{
  g_return_val_if_fail (STRIDE_IS_CONDITION_ITEM (self), NULL);

  return self->condition;
}

guint
stride_condition_item_get_order (StrideConditionItem *self)
{
  g_return_val_if_fail (STRIDE_IS_CONDITION_ITEM (self), 0);

  return self->order;
}

guint
stride_condition_item_score (StrideConditionItem *self,
                             const char * const  *query)
{
  g_return_val_if_fail (STRIDE_IS_CONDITION_ITEM (self), 0);

  self->score = 0;
  for (guint i = 0; query != NULL && query[i] != NULL; i++)
    {
      if (strstr (self->name_text, query[i]) != NULL)
        self->score += 2;
      else if (strstr (self->search_text, query[i]) != NULL)
        self->score += 1;
    }
  return self->score;
}

guint
stride_condition_item_get_score (StrideConditionItem *self)
{
  g_return_val_if_fail (STRIDE_IS_CONDITION_ITEM (self), 0);

  return self->score;
}
