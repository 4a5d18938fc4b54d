/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-answers.h"

G_BEGIN_DECLS

#define CR_TYPE_QUESTION_PAGE (cr_question_page_get_type ())
G_DECLARE_FINAL_TYPE (CrQuestionPage, cr_question_page, CR, QUESTION_PAGE, AdwBin)

GtkWidget  *cr_question_page_new          (guint           question,
                                           CrAnswers      *answers);
guint       cr_question_page_get_question (CrQuestionPage *self);
GtkWidget  *cr_question_page_get_option   (CrQuestionPage *self,
                                           guint           option);
gboolean    cr_question_page_pick         (CrQuestionPage *self,
                                           guint           option);
void        cr_question_page_focus_first  (CrQuestionPage *self);

G_END_DECLS
