/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-answers.h"
#include "cr-result.h"

G_BEGIN_DECLS

#define CR_TYPE_RESULT_PAGE (cr_result_page_get_type ())
G_DECLARE_FINAL_TYPE (CrResultPage, cr_result_page, CR, RESULT_PAGE, AdwBin)

GtkWidget   *cr_result_page_new            (CrAnswers    *answers);
CrResult    *cr_result_page_get_result     (CrResultPage *self);
const char  *cr_result_page_get_heading    (CrResultPage *self);
GtkWidget   *cr_result_page_get_score_bar  (CrResultPage *self,
                                            CrRole        role);
GtkWidget   *cr_result_page_get_answer_row (CrResultPage *self,
                                            guint         question);
GtkWidget   *cr_result_page_get_option_check (CrResultPage *self,
                                              guint         question,
                                              guint         option);
guint        cr_result_page_get_n_change_rows (CrResultPage *self);
GtkWidget   *cr_result_page_get_change_button (CrResultPage *self,
                                               guint         index);
gboolean     cr_result_page_get_close_call_visible (CrResultPage *self);
GtkWidget   *cr_result_page_get_heading_widget (CrResultPage *self);
void         cr_result_page_focus_heading  (CrResultPage *self);

G_END_DECLS
