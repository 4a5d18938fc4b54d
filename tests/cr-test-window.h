/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-test-window.h: driving the windows as a user would, for the UI tests */
#pragma once

#include <adwaita.h>

#include "cr-application.h"
#include "cr-question-page.h"
#include "cr-result-page.h"
#include "cr-welcome-page.h"
#include "cr-window.h"

G_BEGIN_DECLS

/* Runs the main loop until @cond holds, for ten seconds at most: what a key
 * does shows as soon as GTK has handled it, which on a loaded machine can
 * take a while. The caller asserts @cond afterwards. */
#define cr_test_wait_for(cond) \
  G_STMT_START { \
    for (int cr_test_i_ = 0; cr_test_i_ < 2000 && !(cond); cr_test_i_++) \
      { \
        wait_idle (); \
        g_usleep (5000); \
      } \
  } G_STMT_END

void              cr_test_window_init        (int          *argc,
                                              char       ***argv);
void              cr_test_window_init_english (int          *argc,
                                               char       ***argv);
CrApplication    *cr_test_get_app            (void);
const char       *cr_test_get_state_dir      (void);
char             *cr_test_draft_path         (void);
void              cr_test_clear_state        (void);
void              cr_test_finish             (void);

void              wait_idle                  (void);
CrWindow         *cr_test_new_window         (void);
void              cr_test_close_window       (CrWindow     *window);
void              cr_test_destroy_dialogs    (void);
AdwAlertDialog   *cr_test_find_dialog        (GtkWindow    *window);
AdwDialog        *cr_test_find_dialog_in     (GtkWindow    *window);
GtkWindow        *cr_test_find_file_chooser  (GtkWindow    *parent);
gboolean          cr_test_file_chooser_is_saving   (GtkWindow  *chooser);
char             *cr_test_file_chooser_get_name    (GtkWindow  *chooser);
GFile            *cr_test_file_chooser_get_folder  (GtkWindow  *chooser);
GListModel       *cr_test_file_chooser_get_filters (GtkWindow  *chooser);
char             *cr_test_file_chooser_describe_filters (GtkWindow *chooser);
void              cr_test_file_chooser_accept      (GtkWindow  *chooser,
                                                    GFile      *folder,
                                                    const char *name);
void              cr_test_file_chooser_cancel      (GtkWindow  *chooser);
void              cr_test_respond            (GtkWindow    *window,
                                              const char   *label);
GtkWidget        *find_actionable            (GtkWidget    *root,
                                              const char   *action_name);
void              click                      (CrWindow     *window,
                                              const char   *action_name);
gboolean          cr_test_button_sensitive   (CrWindow     *window,
                                              const char   *action_name);
gpointer          cr_test_template_child     (gpointer      widget,
                                              GType         type,
                                              const char   *name);
GPtrArray        *cr_test_find_all           (GtkWidget    *root,
                                              GType         type);
GtkWidget        *cr_test_find_descendant    (GtkWidget    *root,
                                              GType         type);
GtkWidget        *cr_test_find_shown_label   (GtkWidget    *root,
                                              const char   *text);
guint             cr_test_list_n_rows        (gpointer      list_box);
GtkWidget        *cr_test_list_row           (gpointer      list_box,
                                              guint         index);
GtkWidget        *cr_test_page               (CrWindow     *window);
const char       *cr_test_page_name          (CrWindow     *window);
CrAnswers        *cr_test_answers            (CrWindow     *window);
CrQuestionPage   *cr_test_question_page      (CrWindow     *window);
CrResultPage     *cr_test_result_page        (CrWindow     *window);
CrWelcomePage    *cr_test_welcome_page       (CrWindow     *window);
const char       *cr_test_resume_label       (CrWelcomePage *page);
const char       *cr_test_welcome_notice     (CrWelcomePage *page);
guint             cr_test_question_index     (CrQuestionPage *page);
GtkWidget        *cr_test_option_row         (CrQuestionPage *page,
                                              guint         option);
GtkWidget        *cr_test_option_check       (gpointer      row);
gboolean          cr_test_option_active      (gpointer      row);
gpointer          cr_test_result_child       (CrResultPage *page,
                                              const char   *name);
const char       *cr_test_result_heading     (CrResultPage *page);
GtkWidget        *cr_test_answer_row         (CrResultPage *page,
                                              guint         question);
GtkWidget        *cr_test_change_row         (CrResultPage *page,
                                              guint         index);
guint             cr_test_n_change_rows      (CrResultPage *page);
GtkWidget        *cr_test_answer_option      (gpointer      answer_row,
                                              guint         option);
GtkWidget        *cr_test_scores_bar         (GtkWidget    *scores,
                                              CrRole        role);
const char       *cr_test_scores_value       (GtkWidget    *scores,
                                              CrRole        role);
void              cr_test_click_answer       (CrWindow     *window,
                                              CrAnswers    *answers);
void              cr_test_walk_profile       (CrWindow     *window,
                                              CrAnswers    *answers);
CrWindow         *cr_test_find_window_for    (GFile        *file);

void              cr_test_check_window       (CrWindow     *window);

GtkWidget        *cr_test_focus              (GtkWindow    *window);
gboolean          cr_test_is_inside          (GtkWidget    *widget,
                                              GtkWidget    *ancestor);
void              cr_test_send_keys          (GtkWindow    *window,
                                              const char   *keys);
void              cr_test_save_screenshot    (GtkWidget    *widget,
                                              const char   *folder_name,
                                              const char   *name);

G_END_DECLS
