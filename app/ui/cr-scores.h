/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-result.h"

G_BEGIN_DECLS

#define CR_TYPE_SCORES (cr_scores_get_type ())
G_DECLARE_FINAL_TYPE (CrScores, cr_scores, CR, SCORES, GtkWidget)

void       cr_scores_set_result      (CrScores *self,
                                      CrResult *result);

G_END_DECLS
