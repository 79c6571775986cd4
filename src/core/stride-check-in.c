/* stride-check-in.c — the morning-after check-in as the history keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "stride-check-in.h"
#include "stride-json-document.h"
#include "stride-record.h"

struct _StrideCheckIn
{
  StrideRecord  record;           /* the whole record, unknown members too; never changed */
};

G_DEFINE_BOXED_TYPE (StrideCheckIn, stride_check_in, stride_check_in_ref, stride_check_in_unref)

/* Takes DATA. */
static StrideCheckIn *
check_in_new_take (JsonObject *data)
{
  return stride_record_new (sizeof (StrideCheckIn), data, NULL);
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

StrideCheckIn *
stride_check_in_new_from_json (JsonObject *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return check_in_new_take (stride_json_object_deep_copy (data));
}

StrideCheckIn *
stride_check_in_new_from_entry (StrideHistoryEntry *entry)
{
  JsonObject *data = stride_record_entry_data (entry, STRIDE_HISTORY_CHECK_IN);

  return data != NULL ? stride_check_in_new_from_json (data) : NULL;
}

StrideCheckIn *
stride_check_in_ref (StrideCheckIn *self)
{
  return stride_record_ref (self);
}

void
stride_check_in_unref (StrideCheckIn *self)
{
  stride_record_unref (self);
}

JsonObject *
stride_check_in_to_json (StrideCheckIn *self)
{
  return stride_record_dup_json (self);
}

const char *
stride_check_in_get_session (StrideCheckIn *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (self->record.data, "session");
}

const char *
stride_check_in_get_compared (StrideCheckIn *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return stride_json_get_string (self->record.data, "compared");
}

gboolean
stride_check_in_get_pain (StrideCheckIn *self,
                          int           *pain)
{
  gint64 value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (pain != NULL, FALSE);

  if (!stride_json_get_int (self->record.data, "pain", &value) || value < 0 || value > 10)
    return FALSE;
  *pain = (int) value;
  return TRUE;
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
  return stride_history_append (history, STRIDE_HISTORY_CHECK_IN, date, check_in->record.data, error);
}
