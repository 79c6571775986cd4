/* stride-history-export.h — everything Stride keeps about the user, as one JSON document
 *
 * For the user to take their data elsewhere: the whole history as it is stored, the
 * user's own routines, and the symptom checks in short.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "stride-content.h"
#include "stride-history.h"

G_BEGIN_DECLS

/* Saved symptom checks in short, newest first: a JSON array of
 * {"id", "date" (ISO 8601), "level" ("self_care" … "emergency", or null), "condition"
 * (the best-fitting condition's id, or null), "probability" (0–1, or null)}.
 * Checks whose data cannot be read still appear, with nulls. */
JsonArray *stride_stats_symptom_checks   (StrideHistory *history);

/* Everything Stride keeps about the user, as one pretty JSON document for export:
 * {"exported_by": "Stride VERSION", "history": {…the whole history…},
 *  "routines": [{"id", "name", "items": [{"exercise", "sets", "reps", …}]}]  ROUTINES, the
 *  user's own (StrideRoutine), "symptom_checks": […as stride_stats_symptom_checks()…]} */
GBytes    *stride_stats_export_json      (StrideHistory *history,
                                          GPtrArray     *routines);

G_END_DECLS
