/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_QUESTION_PAGE (cr_question_page_get_type ())
G_DECLARE_FINAL_TYPE (CrQuestionPage, cr_question_page, CR, QUESTION_PAGE, AdwBin)

GtkWidget  *cr_question_page_new          (CrSession      *session,
                                           guint           question);
CrSession  *cr_question_page_get_session  (CrQuestionPage *self);
guint       cr_question_page_get_question (CrQuestionPage *self);
GtkWidget  *cr_question_page_get_option   (CrQuestionPage *self,
                                           guint           option);
GtkWidget  *cr_question_page_get_progress_bar (CrQuestionPage *self);
gboolean    cr_question_page_pick         (CrQuestionPage *self,
                                           guint           option);

G_END_DECLS
