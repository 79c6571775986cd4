/* stride-condition-item.h — a condition as an item of the Conditions page's list models
 *
 * Holds the condition (borrowed from the content, which outlives the page), its place in
 * the pack, and the casefolded text a search looks in; the page sets the score of the
 * search under way, which its filter and sorter read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "stride-content.h"

G_BEGIN_DECLS

#define STRIDE_TYPE_CONDITION_ITEM (stride_condition_item_get_type ())

G_DECLARE_FINAL_TYPE (StrideConditionItem, stride_condition_item, STRIDE, CONDITION_ITEM, GObject)

StrideConditionItem   *stride_condition_item_new           (const StrideCondition *condition,
                                                            guint                  order);
const StrideCondition *stride_condition_item_get_condition (StrideConditionItem   *self);
guint                  stride_condition_item_get_order     (StrideConditionItem   *self);

/* How many of QUERY's casefolded words the condition has, a word in its name (or another
 * name it goes by) counting double; remembered as its score until the next search. */
guint                  stride_condition_item_score         (StrideConditionItem   *self,
                                                            const char * const    *query);
guint                  stride_condition_item_get_score     (StrideConditionItem   *self);

G_END_DECLS
