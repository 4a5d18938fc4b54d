/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_RESULT_PAGE (cr_result_page_get_type ())
G_DECLARE_FINAL_TYPE (CrResultPage, cr_result_page, CR, RESULT_PAGE, AdwBin)

GtkWidget   *cr_result_page_new                (CrSession    *session);
CrSession   *cr_result_page_get_session        (CrResultPage *self);
GtkWidget   *cr_result_page_get_heading_widget (CrResultPage *self);
const char  *cr_result_page_get_heading        (CrResultPage *self);
const char  *cr_result_page_get_summary        (CrResultPage *self);
GtkWidget   *cr_result_page_get_scores         (CrResultPage *self);
GtkWidget   *cr_result_page_get_answer_row     (CrResultPage *self,
                                                guint         question);
guint        cr_result_page_get_n_change_rows  (CrResultPage *self);
GtkWidget   *cr_result_page_get_change_row     (CrResultPage *self,
                                                guint         index);
GtkWidget   *cr_result_page_get_close_call     (CrResultPage *self);
GtkWidget   *cr_result_page_get_trial          (CrResultPage *self);
GtkWidget   *cr_result_page_get_trial_heading  (CrResultPage *self);
GtkWidget   *cr_result_page_get_trial_scores   (CrResultPage *self);
GtkWidget   *cr_result_page_get_name_row       (CrResultPage *self);
GtkWidget   *cr_result_page_get_share_menu_button (CrResultPage *self);

G_END_DECLS
