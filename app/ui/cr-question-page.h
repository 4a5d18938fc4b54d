/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_QUESTION_PAGE (cr_question_page_get_type ())
G_DECLARE_FINAL_TYPE (CrQuestionPage, cr_question_page, CR, QUESTION_PAGE, AdwBin)

GtkWidget  *cr_question_page_new          (CrSession      *session,
                                           guint           question);
gboolean    cr_question_page_pick         (CrQuestionPage *self,
                                           guint           option);

G_END_DECLS
