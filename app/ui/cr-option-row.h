/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-answers.h"

G_BEGIN_DECLS

#define CR_TYPE_OPTION_ROW (cr_option_row_get_type ())
G_DECLARE_FINAL_TYPE (CrOptionRow, cr_option_row, CR, OPTION_ROW, AdwActionRow)

GtkWidget *cr_option_row_new          (CrAnswers   *answers,
                                       guint        question,
                                       guint        option,
                                       CrOptionRow *group);

guint      cr_option_row_get_question (CrOptionRow *self);
guint      cr_option_row_get_option   (CrOptionRow *self);

G_END_DECLS
