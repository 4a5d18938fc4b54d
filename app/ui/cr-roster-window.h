/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "cr-creator.h"
#include "cr-roster.h"

G_BEGIN_DECLS

#define CR_TYPE_ROSTER_WINDOW (cr_roster_window_get_type ())
G_DECLARE_FINAL_TYPE (CrRosterWindow, cr_roster_window, CR, ROSTER_WINDOW, AdwApplicationWindow)

/* The columns of the table, in order. */
typedef enum
{
  CR_ROSTER_COLUMN_NAME,
  CR_ROSTER_COLUMN_VERDICT,
  CR_ROSTER_COLUMN_INFLUENCER,
  CR_ROSTER_COLUMN_AMBASSADOR,
  CR_ROSTER_COLUMN_CONTRACTED_AMBASSADOR,
  CR_ROSTER_COLUMN_CLOSE_CALL,
  CR_ROSTER_COLUMN_ANSWERED,
  CR_ROSTER_N_COLUMNS,
} CrRosterColumn;

/* What cr_roster_window_save_sheets() writes, a file a creator. */
typedef enum
{
  /* The result's card, a square PNG. */
  CR_ROSTER_SHEET_CARD,
  /* The report, a PDF on the locale's paper. */
  CR_ROSTER_SHEET_REPORT,
} CrRosterSheet;

CrRosterWindow *cr_roster_window_new          (GtkApplication *application);

void         cr_roster_window_open            (CrRosterWindow *self,
                                               GFile          *file);
void         cr_roster_window_load_stream     (CrRosterWindow *self,
                                               GInputStream   *stream,
                                               CrRosterFormat  format,
                                               goffset         size,
                                               const char     *title);
void         cr_roster_window_retranslate     (CrRosterWindow *self);
void         cr_roster_window_export          (CrRosterWindow *self,
                                               GFile          *file,
                                               CrRosterFormat  format);
void         cr_roster_window_export_shown    (CrRosterWindow *self,
                                               GFile          *file,
                                               CrRosterFormat  format);
void         cr_roster_window_stop_export     (CrRosterWindow *self);
void         cr_roster_window_save_sheets     (CrRosterWindow *self,
                                               GFile          *folder,
                                               CrRosterSheet   sheet,
                                               gboolean        shown_only);
void         cr_roster_window_cancel_sheets   (CrRosterWindow *self);
gboolean     cr_roster_window_save_template   (CrRosterWindow *self,
                                               GFile          *file,
                                               GError        **error);

gboolean     cr_roster_window_save            (CrRosterWindow *self,
                                               GFile          *file,
                                               GError        **error);
void         cr_roster_window_ask_to_close    (CrRosterWindow *self,
                                               GAsyncReadyCallback callback,
                                               gpointer        user_data);
gboolean     cr_roster_window_ask_to_close_finish (CrRosterWindow *self,
                                                   GAsyncResult   *result);
void         cr_roster_window_inhibit_logout  (CrRosterWindow *self);
gboolean     cr_roster_window_write_recovery  (CrRosterWindow *self,
                                               GError        **error);

GFile       *cr_roster_window_get_file        (CrRosterWindow *self);
gboolean     cr_roster_window_get_busy        (CrRosterWindow *self);
gboolean     cr_roster_window_get_unsaved     (CrRosterWindow *self);

G_END_DECLS
