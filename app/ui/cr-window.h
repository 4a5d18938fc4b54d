/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-answers.h"
#include "cr-application.h"
#include "cr-session.h"

G_BEGIN_DECLS

#define CR_TYPE_WINDOW (cr_window_get_type ())
G_DECLARE_FINAL_TYPE (CrWindow, cr_window, CR, WINDOW, AdwApplicationWindow)

CrWindow    *cr_window_new                 (CrApplication *application);
CrWindow    *cr_window_new_for_session     (CrApplication *application,
                                            CrSession     *session);
CrAnswers   *cr_window_get_answers         (CrWindow      *self);
CrSession   *cr_window_get_session         (CrWindow      *self);
GtkWidget   *cr_window_get_nth_page        (CrWindow      *self,
                                            guint          index);
GtkWidget   *cr_window_get_page            (CrWindow      *self);
gboolean     cr_window_open_file           (CrWindow      *self,
                                            GFile         *file,
                                            GError       **error);
gboolean     cr_window_export_to_file      (CrWindow      *self,
                                            GFile         *file,
                                            GError       **error);
void         cr_window_retranslate         (CrWindow      *self);
void         cr_window_toast               (CrWindow      *self,
                                            const char    *title);
gboolean     cr_window_get_unsaved         (CrWindow      *self);
void         cr_window_ask_to_close        (CrWindow      *self,
                                            GAsyncReadyCallback callback,
                                            gpointer       user_data);
gboolean     cr_window_ask_to_close_finish (CrWindow      *self,
                                            GAsyncResult  *result);
void         cr_window_inhibit_logout      (CrWindow      *self);
gboolean     cr_window_write_recovery      (CrWindow      *self,
                                            GError       **error);
gboolean     cr_window_print               (CrWindow      *self,
                                            GtkPrintOperationAction action,
                                            const char    *export_filename,
                                            GError       **error);

G_END_DECLS
