/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_ANSWER_ROW (cr_answer_row_get_type ())
G_DECLARE_FINAL_TYPE (CrAnswerRow, cr_answer_row, CR, ANSWER_ROW, AdwExpanderRow)

GtkWidget *cr_answer_row_new          (CrSession   *session,
                                       guint        question);

G_END_DECLS
