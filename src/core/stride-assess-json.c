/* stride-assess-json.c — an assessment written out as the `stride --assess` output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-assess-private.h"

static void
build_findings (JsonBuilder      *builder,
                StrideAssessment *self)
{
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->findings->len; i++)
    {
      const StrideAssessFinding *finding = g_ptr_array_index (self->findings, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, finding->finding->id);
      if (finding->side != STRIDE_SIDE_NONE)
        {
          json_builder_set_member_name (builder, "side");
          json_builder_add_string_value (builder, stride_side_to_string (finding->side));
        }
      json_builder_set_member_name (builder, "test");
      json_builder_add_string_value (builder, finding->test->id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, finding->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_strv (JsonBuilder *builder,
            const char  *name,
            GStrv        strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
build_cautions (JsonBuilder      *builder,
                StrideAssessment *self)
{
  json_builder_set_member_name (builder, "cautions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->cautions->len; i++)
    {
      const StrideAssessCaution *entry = g_ptr_array_index (self->cautions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, entry->caution->id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, entry->caution->text);
      build_strv (builder, "avoid", entry->caution->avoid);
      /* Raised on one side only: what it avoids is left out on that side alone. */
      if (entry->sides != STRIDE_SIDE_BOTH)
        {
          json_builder_set_member_name (builder, "side");
          json_builder_add_string_value (builder, stride_side_to_string (entry->sides));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_uint_member (JsonBuilder *builder,
                 const char  *name,
                 guint        value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* Routine items speak the routines' language (each | both | none, docs/content-schema.md)
 * plus "left" and "right" for a one-sided exercise that only one side needs. */
const char *
stride_assess_item_sides_to_string (const StrideAssessItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  switch (item->exercise->dose.sides)
    {
    case STRIDE_SIDES_BOTH:
      return "both";
    case STRIDE_SIDES_NONE:
      return "none";
    case STRIDE_SIDES_EACH:
    default:
      return item->sides == STRIDE_SIDE_LEFT ? "left" : item->sides == STRIDE_SIDE_RIGHT ? "right" : "each";
    }
}

static void
build_item (JsonBuilder            *builder,
            const StrideAssessItem *item)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "exercise");
  json_builder_add_string_value (builder, item->exercise->id);
  json_builder_set_member_name (builder, "sides");
  json_builder_add_string_value (builder, stride_assess_item_sides_to_string (item));
  add_uint_member (builder, "sets", item->sets);
  if (item->reps > 0)
    add_uint_member (builder, "reps", item->reps);
  if (item->hold_s > 0 || item->reps == 0)
    add_uint_member (builder, "hold_s", item->hold_s);
  add_uint_member (builder, "rest_s", item->rest_s);
  if (item->extra_set_side != STRIDE_SIDE_NONE)
    {
      json_builder_set_member_name (builder, "extra_set_side");
      json_builder_add_string_value (builder, stride_side_to_string (item->extra_set_side));
    }
  if (item->note != NULL)
    {
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, item->note);
    }
  build_strv (builder, "addresses", item->addresses);
  json_builder_end_object (builder);
}

static void
build_routine_json (JsonBuilder      *builder,
                    StrideAssessment *self)
{
  json_builder_set_member_name (builder, "routine");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "personal");
  json_builder_set_member_name (builder, "maintenance");
  json_builder_add_boolean_value (builder, self->maintenance);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    build_item (builder, g_ptr_array_index (self->items, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

JsonNode *
stride_assessment_to_json (StrideAssessment *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  build_findings (builder, self);
  build_cautions (builder, self);
  json_builder_set_member_name (builder, "see_clinician");
  json_builder_add_boolean_value (builder, self->see_clinician);
  build_routine_json (builder, self);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
