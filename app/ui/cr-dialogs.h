/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-dialogs.h: the error dialog and the file dialogs every window uses */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * CrFileChosen:
 * @owner: the widget the dialog was asked for
 * @file: the file chosen
 *
 * Called once a file is chosen, never when the choice is cancelled nor
 * once @owner is gone.
 */
typedef void (*CrFileChosen) (GtkWidget *owner,
                              GFile     *file,
                              gpointer   user_data);

AdwDialog     *cr_dialogs_show_error        (GtkWidget     *parent,
                                             const char    *heading,
                                             GFile         *file,
                                             const char    *message);

gboolean       cr_dialogs_is_open_file      (GFile         *file,
                                             GFile         *open_file,
                                             gboolean       roster,
                                             GError       **error);

void           cr_dialogs_close_all         (AdwApplicationWindow *window);
AdwDialog     *cr_dialogs_save_changes_new  (const char    *body);
AdwDialog     *cr_dialogs_recovery_new      (GFile         *file,
                                             GDateTime     *time);

/**
 * CrFileKind:
 * @name: what a file dialog calls them, marked with N_() and translated
 *   when the filter is made
 * @mime_types: the content types, %NULL after the last
 * @suffixes: the file name endings, without the dot, %NULL after the last
 *
 * A kind of file a file dialog offers.
 */
typedef struct
{
  const char *name;
  const char *mime_types[5];
  const char *suffixes[7];
} CrFileKind;

GListModel    *cr_dialogs_filters_new       (const CrFileKind *kinds,
                                             guint             n_kinds);

void           cr_dialogs_open_file         (GtkWidget     *owner,
                                             const char    *title,
                                             GListModel    *filters,
                                             CrFileChosen   callback,
                                             gpointer       user_data);
void           cr_dialogs_save_file         (GtkWidget     *owner,
                                             const char    *title,
                                             const char    *accept_label,
                                             GListModel    *filters,
                                             GFile         *initial_file,
                                             const char    *initial_name,
                                             CrFileChosen   callback,
                                             gpointer       user_data);
void           cr_dialogs_select_folder     (GtkWidget     *owner,
                                             const char    *title,
                                             const char    *accept_label,
                                             CrFileChosen   callback,
                                             gpointer       user_data);

typedef enum
{
  CR_RECENT_RESULT,
  CR_RECENT_ROSTER,
} CrRecentKind;

void           cr_dialogs_add_recent        (GFile         *file);
void           cr_dialogs_forget_recent     (GFile         *file);
GPtrArray     *cr_dialogs_list_recent       (CrRecentKind   kind,
                                             guint          max);


G_END_DECLS
