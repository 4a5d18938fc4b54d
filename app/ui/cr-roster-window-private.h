/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-private.h: what the files of the roster window share
 *
 * The window is one type in nine files, by job: cr-roster-window.c (the
 * type, its roster and loading, its texts), cr-roster-window-columns.c (the
 * table's columns, cells, sorters and filters), cr-roster-window-status.c
 * (what the window says of the roster: count, progress, notice, page),
 * cr-roster-window-actions.c (its actions, file dialogs, export, template,
 * recent rosters, and opening a creator), cr-roster-window-save.c (Save,
 * Save As, and "Save Changes?" before edits would be lost),
 * cr-roster-window-recovery.c (edits kept on a quit signal, and offered
 * again), cr-roster-window-share.c (the rows shown exported alone, and a
 * card or a report a creator saved into a folder),
 * cr-roster-window-mapping.c (the columns of a file to open chosen first,
 * when the reader cannot tell some) and cr-roster-window-summary.c (the
 * summary pane, the duplicate names, the summary's exports). They share the
 * struct, so that each reaches the template's widgets and the models
 * directly.
 */
#pragma once

#include "cr-roster-summary-pane.h"
#include "cr-roster-window.h"

G_BEGIN_DECLS

struct _CrRosterWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwBreakpoint        *narrow_breakpoint;
  AdwSplitButton       *open_button;
  AdwWindowTitle       *window_title;
  GtkWidget            *export_button;
  GtkWidget            *search_entry;
  GtkWidget            *verdict_dropdown;
  GtkWidget            *close_call_toggle;
  GtkRevealer          *loading_revealer;
  GtkProgressBar       *progress_bar;
  GtkRevealer          *notice_revealer;
  GtkLabel             *notice_label;
  GtkWidget            *notice_toggle;
  GtkListView          *problems_view;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkLabel             *count_label;
  GtkWidget            *cancel_button;
  GtkRevealer          *sheets_revealer;
  GtkProgressBar       *sheets_progress;
  GtkWidget            *sheets_cancel_button;
  GtkWidget            *dismiss_button;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_open_button;
  GtkWidget            *empty_template_button;
  AdwStatusPage        *no_match_page;
  GtkWidget            *duplicates_toggle;
  GtkWidget            *summary_toggle;
  AdwOverlaySplitView  *summary_split;
  CrRosterSummaryPane  *summary_pane;

  /* What the roster adds up to (cr-roster-window-summary.c): the pane,
   * the duplicate names' marks and filter, and the exports show it. */
  CrRosterSummary      *summary;

  CrRoster             *roster;
  /* The roster's signals and bindings, moved to each new roster. */
  GSignalGroup         *roster_signals;
  GBindingGroup        *roster_bindings;
  GFile                *file;
  GCancellable         *cancellable;
  /* A roster being read to take the place of the one shown, with its
   * file, title and cancellable: shown once it proves to be a roster
   * (CrRoster:header-read), dropped if it fails before, the roster shown
   * left as it was. */
  CrRoster             *pending;
  GFile                *pending_file;
  char                 *pending_title;
  GCancellable         *pending_cancellable;
  /* The header row of a file to open being read, for its columns to be
   * chosen before the file is (cr-roster-window-mapping.c). */
  GCancellable         *columns_cancellable;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkSingleSelection   *selection;
  GtkStringFilter      *name_filter;
  GtkCustomFilter      *verdict_filter;
  GtkStringList        *problems;
  GtkStringList        *verdicts;
  GtkSorter            *name_sorter;
  GtkSorter            *verdict_sorter;
  /* Each column, a reference of the window's own beside the view's. */
  GtkColumnViewColumn  *columns[CR_ROSTER_N_COLUMNS];
  /* What the window is called, when not "Roster". */
  char                 *title;
  GMenu                *recent_menu;
  /* The export running, if one is; freed by its callback. */
  gpointer              export;
  /* The cards or reports being saved, if they are. */
  gpointer              sheets;
  /* Why reading stopped early, if it did. */
  char                 *stopped;
  gboolean              cancelled;
  /* "Save Changes?" while it is shown; the roster to open once it is
   * answered, or %NULL to close the window; whether it was answered, and
   * whether to go on (Save and the file written, or Discard); the GTasks
   * of cr_roster_window_ask_to_close() waiting for the answer. */
  AdwDialog            *save_dialog;
  GFile                *open_after;
  gboolean              save_answered;
  gboolean              save_confirmed;
  GPtrArray            *close_tasks;
  /* gtk_application_inhibit()'s, while the session's end waits for the
   * edits. */
  guint                 inhibit_cookie;
  gboolean              notice_dismissed;
  guint                 busy;
  guint                 pulse_source;
};

/* cr-roster-window.c */
void cr_roster_window_set_busy            (CrRosterWindow *self,
                                           gboolean        busy);
void cr_roster_window_cancel              (CrRosterWindow *self);
void cr_roster_window_update_title        (CrRosterWindow *self);
void cr_roster_window_set_file            (CrRosterWindow *self,
                                           GFile          *file);
void cr_roster_window_load_recovery       (CrRosterWindow *self,
                                           GFile          *recovery);
void cr_roster_window_open_mapped         (CrRosterWindow  *self,
                                           GFile           *file,
                                           CrRosterColumns *map);

/* cr-roster-window-mapping.c */
void cr_roster_window_check_columns       (CrRosterWindow *self,
                                           GFile          *file);
void cr_roster_window_stop_checking_columns (CrRosterWindow *self);

/* cr-roster-window-columns.c */
void cr_roster_window_init_columns        (CrRosterWindow *self);
void cr_roster_window_translate_columns   (CrRosterWindow *self);
void cr_roster_window_resort              (CrRosterWindow *self);

/* cr-roster-window-status.c */
void cr_roster_window_init_status         (CrRosterWindow *self);
void cr_roster_window_update              (CrRosterWindow *self);
void cr_roster_window_update_notice       (CrRosterWindow *self);
void cr_roster_window_update_actions      (CrRosterWindow *self);
void cr_roster_window_show_error          (CrRosterWindow *self,
                                           const char     *heading,
                                           GFile          *file,
                                           const char     *message);
void cr_roster_window_toast               (CrRosterWindow *self,
                                           const char     *title);

/* cr-roster-window-actions.c */
void cr_roster_window_class_init_actions  (GtkWidgetClass *widget_class);
void cr_roster_window_init_actions        (CrRosterWindow *self);
void cr_roster_window_real_open_creator   (CrRosterWindow *self,
                                           CrCreator      *creator);
void cr_roster_window_choose_save_as      (CrRosterWindow *self);
void cr_roster_window_export_roster       (CrRosterWindow *self,
                                           CrRoster       *roster,
                                           GFile          *file,
                                           CrRosterFormat  format);

/* cr-roster-window-share.c */
void cr_roster_window_class_init_share    (GtkWidgetClass *widget_class);
void cr_roster_window_init_share          (CrRosterWindow *self);
void cr_roster_window_translate_share     (CrRosterWindow *self);
GMenuModel *cr_roster_window_new_shown_section  (void);
GMenuModel *cr_roster_window_new_sheets_section (void);
void cr_roster_window_update_share_actions (CrRosterWindow *self);
void cr_roster_window_stop_sheets         (CrRosterWindow *self);

/* cr-roster-window-summary.c */
void cr_roster_window_class_init_summary  (GtkWidgetClass *widget_class);
void cr_roster_window_init_summary        (CrRosterWindow *self);
void cr_roster_window_translate_summary   (CrRosterWindow *self);
struct _CrRosterSummarySheet *cr_roster_window_make_summary_sheet (CrRosterWindow *self,
                                                                  CrRoster       *roster);

/* cr-roster-window-recovery.c */
void cr_roster_window_offer_recovery      (CrRosterWindow *self);
gboolean cr_roster_window_discard_recovery (CrRosterWindow *self,
                                           GError        **error);

/* cr-roster-window-save.c */
void cr_roster_window_open_asking         (CrRosterWindow *self,
                                           GFile          *file);
gboolean cr_roster_window_close_asking    (CrRosterWindow *self);
void cr_roster_window_dispose_save        (CrRosterWindow *self);
void cr_roster_window_uninhibit           (CrRosterWindow *self);

G_END_DECLS
