/* stride-program-reason.c — why a program decided, as ids and numbers and in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-json-document.h"
#include "stride-program.h"

static const struct
{
  const char *id;
  const char *keys[2];
} reason_table[] = {
  { "pain_rising", { "from", "to" } },
  { "stalled", { "weeks", NULL } },
  { "pain_too_high", { "pain", NULL } },
  { "two_worse_mornings", { NULL, NULL } },
  { "pain_acceptable", { "pain", NULL } },
  { "worse_morning", { NULL, NULL } },
  { "last_stage", { NULL, NULL } },
  { "criteria_met", { NULL, NULL } },
  { "time_in_stage", { "days", "stage" } },
  { "start", { NULL, NULL } },
  { "min_time", { "days", NULL } },
  { "sessions", { "sessions", NULL } },
  { "worse_morning_since", { NULL, NULL } },
  { "paused", { NULL, NULL } },
};

const char *
stride_program_reason_intern (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (reason_table); i++)
    if (g_str_equal (id, reason_table[i].id))
      return reason_table[i].id;
  return NULL;
}

const char *
stride_program_reason_value_key (const char *id,
                                 guint       index)
{
  g_return_val_if_fail (index < 2, NULL);

  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (reason_table); i++)
    if (g_str_equal (id, reason_table[i].id))
      return reason_table[i].keys[index];
  return NULL;
}

JsonObject *
stride_program_reason_to_json (const StrideProgramReason *reason)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", reason->id);
  for (guint i = 0; i < G_N_ELEMENTS (reason->values); i++)
    if (stride_program_reason_value_key (reason->id, i) != NULL)
      json_object_set_int_member (object, stride_program_reason_value_key (reason->id, i), reason->values[i]);
  return object;
}

gboolean
stride_program_reason_from_json (JsonObject          *object,
                                 StrideProgramReason *reason)
{
  g_return_val_if_fail (object != NULL && reason != NULL, FALSE);

  *reason = (StrideProgramReason) { 0 };
  reason->id = stride_program_reason_intern (stride_json_get_string (object, "id"));
  if (reason->id == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (reason->values); i++)
    {
      const char *key = stride_program_reason_value_key (reason->id, i);
      gint64 value;

      if (key == NULL)
        continue;
      if (!stride_json_get_int (object, key, &value) || value < 0 || value > G_MAXUINT)
        return FALSE;
      reason->values[i] = (guint) value;
    }
  return TRUE;
}

char *
stride_program_reason_render (const StrideProgramReason *reason)
{
  const char *id = reason->id;
  guint a = reason->values[0], b = reason->values[1];

  if (g_strcmp0 (id, "pain_rising") == 0)
    return g_strdup_printf (_("Your pain during sessions has risen over the last 2 weeks, from about %u to %u out of 10: see a physiotherapist or doctor before you carry on."),
                            a, b);
  if (g_strcmp0 (id, "stalled") == 0)
    return g_strdup_printf (_("%u weeks without moving on to the next stage: a physiotherapist can find out what is holding you back."), a);
  if (g_strcmp0 (id, "pain_too_high") == 0)
    return g_strdup_printf (_("Pain reached %u out of 10 in your last session: more than 5 is too much, so the load goes down."), a);
  if (g_strcmp0 (id, "two_worse_mornings") == 0)
    return g_strdup (_("Two mornings in a row were worse than before: the load goes down."));
  if (g_strcmp0 (id, "pain_acceptable") == 0)
    return g_strdup_printf (_("Pain reached %u out of 10 in your last session: acceptable, but not yet the time to move on."), a);
  if (g_strcmp0 (id, "worse_morning") == 0)
    return g_strdup (_("Your latest morning check-in was worse than before: stay at this stage until mornings settle."));
  if (g_strcmp0 (id, "last_stage") == 0)
    return g_strdup (_("You meet every criterion of the last stage: keep this going as your routine."));
  if (g_strcmp0 (id, "criteria_met") == 0)
    return g_strdup (_("Your last 3 sessions were at pain 3 out of 10 or less, and no morning after was worse."));
  if (g_strcmp0 (id, "time_in_stage") == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day in stage %u: enough time for your body to get used to its load.",
                                         "%u days in stage %u: enough time for your body to get used to its load.", a), a, b);
  if (g_strcmp0 (id, "start") == 0)
    return g_strdup (_("Everyone starts at stage 1: do today's session, then say how much it hurt."));
  /* Days still to go, not days so far: "0 days so far" on the first day read as nothing done */
  if (g_strcmp0 (id, "min_time") == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more day in this stage before you can move on.",
                                         "%u more days in this stage before you can move on.", a), a);
  if (g_strcmp0 (id, "sessions") == 0)
    return g_strdup_printf (_("%u of the 3 sessions needed at pain 3 out of 10 or less."), a);
  if (g_strcmp0 (id, "worse_morning_since") == 0)
    return g_strdup (_("A morning after one of your last 3 sessions was worse than before."));
  if (g_strcmp0 (id, "paused") == 0)
    return g_strdup (_("The program is paused until a clinician has seen you: no new stage and no sessions until then. Once they say you can carry on, tell Stride “A clinician has seen me”."));
  return NULL;
}

char *
stride_program_summary_render (StrideProgramDecision decision,
                               guint                 stage_before,
                               guint                 stage,
                               const char           *reason)
{
  g_autofree char *text = NULL;

  if (reason == NULL)
    reason = "";
  switch (decision)
    {
    case STRIDE_PROGRAM_PROGRESS:
      return g_strdup_printf (_("Moved to stage %u: three sessions at pain 3 or less, mornings no worse."), stage);
    case STRIDE_PROGRAM_STEP_BACK:
      if (stage < stage_before)
        text = g_strdup_printf (_("Back to stage %u. %s"), stage, reason);
      else
        text = g_strdup_printf (_("Stage %u with fewer sets. %s"), stage, reason);
      break;
    case STRIDE_PROGRAM_SEE_CLINICIAN:
      text = g_strdup_printf (_("See a clinician. %s"), reason);
      break;
    case STRIDE_PROGRAM_STAY:
    default:
      text = g_strdup_printf (_("Staying at stage %u. %s"), stage, reason);
      break;
    }
  /* Without a reason Stride knows (a newer version's), the decision alone */
  return g_strdup (g_strstrip (text));
}
