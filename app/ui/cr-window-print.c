/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-window-print.c: Print…, through GtkPrintOperation
 *
 * The report is laid out by the renderer (cr-render.h) on the print
 * context itself, in points, in the printable area the page setup leaves:
 * the print dialog's preview, a printer and Print to File (PDF) all get
 * the same pages. Each run lays the report out again from the session as
 * it is then. The settings chosen in the dialog (printer, paper, copies)
 * are kept by the application for the next Print… of any window, for as
 * long as it runs; the paper is the locale's until one is chosen.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-dialogs.h"
#include "cr-render.h"
#include "cr-window-private.h"

#define PRINT_SETTINGS_KEY "cr-print-settings"

typedef struct
{
  CrWindow *window;
  CrAnswers *answers;
  CrResult *result;
  GDateTime *date;
  CrReport *report;
  /* Whether the settings chosen are kept: not for an export's. */
  gboolean keep;
  /* Whether the run went on after gtk_print_operation_run() returned:
   * then only "done" can say it failed. */
  gboolean in_progress;
  /* Whether the run is the dialog's preview, which writes no file. */
  gboolean preview;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->report, cr_report_free);
  g_clear_pointer (&job->date, g_date_time_unref);
  g_clear_pointer (&job->result, cr_result_unref);
  g_clear_object (&job->answers);
  g_clear_object (&job->window);
  g_free (job);
}

static GtkPrintSettings *
kept_settings (CrWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL)
    return NULL;

  return g_object_get_data (G_OBJECT (application), PRINT_SETTINGS_KEY);
}

static void
keep_settings (CrWindow         *self,
               GtkPrintSettings *settings)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application != NULL && settings != NULL)
    g_object_set_data_full (G_OBJECT (application), PRINT_SETTINGS_KEY,
                            g_object_ref (settings), g_object_unref);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  CrSession *session = job->window->session;
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  /* An export writes the file it was given, whatever the settings say. */
  const char *uri = settings != NULL && job->keep && !job->preview
                      ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI)
                      : NULL;
  guint n_pages;

  /* Print to File, onto the document open: refused before anything is
   * written (the file is written only once the job is sent, which a
   * cancelled run never is). */
  if (uri != NULL && cr_session_get_file (session) != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autoptr(GError) error = NULL;

      if (cr_dialogs_is_open_file (file, cr_session_get_file (session), FALSE, &error))
        {
          gtk_print_operation_cancel (operation);
          cr_dialogs_show_error (GTK_WIDGET (job->window), _("Cannot Print the Report"), file,
                                 error->message);
          return;
        }
    }

  /* The preview and the print each begin again: the report is made from
   * the session as it is now. */
  g_clear_pointer (&job->report, cr_report_free);
  g_clear_pointer (&job->result, cr_result_unref);
  g_clear_object (&job->answers);

  job->answers = g_object_ref (cr_session_get_answers (session));
  job->result = cr_result_ref (cr_session_get_result (session));
  job->report = cr_report_new (job->answers, job->result, job->date);
  /* Printed to a PDF file: the same metadata as the command line's. */
  cr_report_set_pdf_metadata (job->report,
                              cairo_get_target (gtk_print_context_get_cairo_context (context)));

  n_pages = cr_report_paginate (job->report, gtk_print_context_get_cairo_context (context),
                                gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) MAX (n_pages, 1));
}

static gboolean
preview_cb (GtkPrintOperation        *operation G_GNUC_UNUSED,
            GtkPrintOperationPreview *preview G_GNUC_UNUSED,
            GtkPrintContext          *context G_GNUC_UNUSED,
            GtkWindow                *parent G_GNUC_UNUSED,
            PrintJob                 *job)
{
  job->preview = TRUE;

  /* GTK's own preview, still. */
  return FALSE;
}

static void
draw_page_cb (GtkPrintOperation *operation G_GNUC_UNUSED,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  if (job->report != NULL && page >= 0)
    cr_report_draw_page (job->report, gtk_print_context_get_cairo_context (context),
                         (guint) page);
}

static void
end_print_cb (GtkPrintOperation *operation G_GNUC_UNUSED,
              GtkPrintContext   *context G_GNUC_UNUSED,
              PrintJob          *job)
{
  g_clear_pointer (&job->report, cr_report_free);
}

static void
show_print_error (CrWindow     *self,
                  const GError *error)
{
  cr_dialogs_show_error (GTK_WIDGET (self), _("Cannot Print the Report"), NULL, error->message);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && job->keep)
    keep_settings (job->window, gtk_print_operation_get_print_settings (operation));

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && job->in_progress)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_print_error (job->window, error);
    }
}

static GtkPrintSettings *
new_settings (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *basename = g_date_time_format (now, "creator-role-report-%Y-%m-%d");
  GtkPrintSettings *settings = gtk_print_settings_new ();

  /* Print to File offers a name like Export's. */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);

  return settings;
}

/* The report written over the document would lose its answers: refused,
 * saying why. */
static gboolean
check_export_target (CrWindow    *self,
                     const char  *export_filename,
                     GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (export_filename);
  g_autoptr(GError) local_error = NULL;

  if (cr_dialogs_is_open_file (file, cr_session_get_file (self->session), FALSE, &local_error))
    {
      cr_dialogs_show_error (GTK_WIDGET (self), _("Cannot Print the Report"), file,
                             local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* The report's margins, the same as the PDF's. */
static GtkPageSetup *
new_page_setup (void)
{
  GtkPageSetup *page_setup = gtk_page_setup_new ();

  gtk_page_setup_set_top_margin (page_setup, cr_report_get_margin (), GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (page_setup, cr_report_get_margin (), GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (page_setup, cr_report_get_margin (), GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (page_setup, cr_report_get_margin (), GTK_UNIT_POINTS);

  return page_setup;
}

/* An operation in points, named as the PDF is titled, with the report's
 * margins and the settings kept from the last run, or new ones. */
static GtkPrintOperation *
new_operation (CrWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = new_page_setup ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autofree char *title = NULL;

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  title = cr_report_dup_title (cr_session_get_answers (self->session),
                               cr_session_get_result (self->session));
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_default_page_setup (operation, page_setup);

  if (kept_settings (self) != NULL)
    settings = gtk_print_settings_copy (kept_settings (self));
  else
    settings = new_settings ();
  gtk_print_operation_set_print_settings (operation, settings);

  return operation;
}

/* A job for @operation's run, which it follows and frees with it. */
static PrintJob *
attach_job (GtkPrintOperation       *operation,
            CrWindow                *self,
            GtkPrintOperationAction  action)
{
  PrintJob *job = g_new0 (PrintJob, 1);

  job->window = g_object_ref (self);
  job->date = g_date_time_new_now_local ();
  job->keep = action != GTK_PRINT_OPERATION_ACTION_EXPORT;
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "preview", G_CALLBACK (preview_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "cr-print-job", job,
                          (GDestroyNotify) print_job_free);

  return job;
}

/**
 * cr_window_print:
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG for Print…, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT with @export_filename
 * @export_filename: (nullable): the PDF to write, for an export
 *
 * Prints the report of the window's result. With the dialog, the run goes
 * on after the call returns; a failure is shown in a dialog either way.
 *
 * Returns: %FALSE on a failure or when cancelled
 */
gboolean
cr_window_print (CrWindow                 *self,
                 GtkPrintOperationAction   action,
                 const char               *export_filename,
                 GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_val_if_fail (CR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_filename != NULL,
                        FALSE);

  if (export_filename != NULL && !check_export_target (self, export_filename, error))
    return FALSE;

  operation = new_operation (self);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  job = attach_job (operation, self, action);

  /* The dialog does not hold the main loop up. */
  gtk_print_operation_set_allow_async (operation, action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);

  result = gtk_print_operation_run (operation, action, GTK_WINDOW (self), &local_error);
  job->in_progress = result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      if (local_error == NULL)
        gtk_print_operation_get_error (operation, &local_error);
      if (local_error != NULL)
        {
          show_print_error (self, local_error);
          g_propagate_error (error, g_steal_pointer (&local_error));
        }
      return FALSE;
    }

  return result != GTK_PRINT_OPERATION_RESULT_CANCEL;
}
