/* stride-check-in.c — the morning-after check-in as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-check-in.h"
#include "stride-json-document.h"

struct _StrideCheckIn
{
  gatomicrefcount  ref_count;
  JsonObject      *data;          /* the whole record, unknown members too; never changed */
};

G_DEFINE_BOXED_TYPE (StrideCheckIn, stride_check_in, stride_check_in_ref, stride_check_in_unref)

/* Takes DATA. */
static StrideCheckIn *
check_in_new_take (JsonObject *data)
{
  StrideCheckIn *self = g_new0 (StrideCheckIn, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->data = data;
  return self;
}

StrideCheckIn *
stride_check_in_new (const char *session,
                     const char *compared)
{
  JsonObject *data;

  g_return_val_if_fail (session != NULL, NULL);
  g_return_val_if_fail (compared != NULL, NULL);

  data = json_object_new ();
  json_object_set_string_member (data, "session", session);
  json_object_set_string_member (data, "compared", compared);
  return check_in_new_take (data);
}

/* A copy that shares nothing with OBJECT. */
static JsonObject *
deep_copy_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autoptr(JsonNode) copy = stride_json_deep_copy (node);

  return json_node_dup_object (copy);
}

StrideCheckIn *
stride_check_in_new_from_json (JsonObject *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return check_in_new_take (deep_copy_object (data));
}

StrideCheckIn *
stride_check_in_ref (StrideCheckIn *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
stride_check_in_unref (StrideCheckIn *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  json_object_unref (self->data);
  g_free (self);
}

JsonObject *
stride_check_in_to_json (StrideCheckIn *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return deep_copy_object (self->data);
}

const char *
stride_check_in_get_session (StrideCheckIn *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (self->data, "session");
}

const char *
stride_check_in_get_compared (StrideCheckIn *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (self->data, "compared");
}

StrideHistoryEntry *
stride_history_append_check_in (StrideHistory  *history,
                                StrideCheckIn  *check_in,
                                GDateTime      *date,
                                GError        **error)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (check_in != NULL, NULL);

  /* The history copies the data: the record's own object can be handed over as it is. */
  return stride_history_append (history, STRIDE_HISTORY_CHECK_IN, date, check_in->data, error);
}
