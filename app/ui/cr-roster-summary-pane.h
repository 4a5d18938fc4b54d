/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-roster-summary.h"

G_BEGIN_DECLS

#define CR_TYPE_ROSTER_SUMMARY_PANE (cr_roster_summary_pane_get_type ())
G_DECLARE_FINAL_TYPE (CrRosterSummaryPane, cr_roster_summary_pane, CR, ROSTER_SUMMARY_PANE, AdwBin)

void             cr_roster_summary_pane_set_summary (CrRosterSummaryPane *self,
                                                     CrRosterSummary     *summary);
void             cr_roster_summary_pane_retranslate (CrRosterSummaryPane *self);

G_END_DECLS
