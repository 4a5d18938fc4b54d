/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-dialogs.c: the error dialog and the file dialogs every window uses
 *
 * Each window once built its own error dialog and its own file chooser;
 * they are here, once. An error is an AdwAlertDialog presented on the
 * widget it concerns, so that it lives inside that window, goes with it,
 * and says what failed, with which file and why. Files are chosen with
 * GtkFileDialog (the portal's dialog when there is one, GTK's otherwise),
 * asynchronously: each request belongs to a widget, and is cancelled when
 * a new one is made for the same widget or when the widget goes, so that
 * no dialog outlives its window and no answer reaches a window that is
 * gone.
 *
 * Every dialog starts in the folder of the last file chosen, in any
 * window, for as long as the application runs, unless it is given a file
 * to start from (the document an export writes again).
 *
 * Recent files are written and read here too, once, under one
 * application name and told apart by kind (a result or a roster) from
 * the file's name, so that the welcome page lists results and the roster
 * window rosters, each only what opened or was written.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-application.h"
#include "cr-dialogs.h"
#include "cr-document.h"
#include "cr-name.h"
#include "cr-quote.h"
#include "cr-roster.h"

#define REQUEST_KEY "cr-dialogs-request"

/**
 * cr_dialogs_show_error:
 * @parent: the widget the failure concerns: a window, or a dialog
 * @file: (nullable): the file that could not be read or written
 * @message: why, in words for the user
 *
 * Says in an alert that something failed, with @file if any, and why.
 *
 * Returns: (transfer none): the alert, presented on @parent
 */
AdwDialog *
cr_dialogs_show_error (GtkWidget  *parent,
                       const char *heading,
                       GFile      *file,
                       const char *message)
{
  g_autofree char *name = file != NULL ? cr_quote_file_path (file) : NULL;
  g_autofree char *body = name != NULL ? g_strdup_printf ("%s: %s", name, message)
                                       : g_strdup (message);
  AdwDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (heading != NULL && message != NULL, NULL);

  /* Said in the log too, where it can be looked up afterwards. */
  g_info ("%s: %s", heading, body);
  dialog = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_alert_dialog_set_body_use_markup (ADW_ALERT_DIALOG (dialog), FALSE);
  adw_dialog_present (dialog, parent);

  return dialog;
}

/**
 * cr_dialogs_is_open_file:
 * @file: where something is to be written
 * @open_file: (nullable): the file the window shows: its document, or
 *   with @roster its roster
 * @roster: whether @open_file is a roster
 *
 * Whether writing to @file would write over @open_file, under any name
 * (cr_file_is_same()): then @error says so, in words for the user, and
 * nothing is to be written.
 *
 * Returns: %TRUE when @file is @open_file
 */
gboolean
cr_dialogs_is_open_file (GFile     *file,
                         GFile     *open_file,
                         gboolean   roster,
                         GError   **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (open_file == NULL || !cr_file_is_same (file, open_file))
    return FALSE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       roster ? _("it is the roster open in this window; choose another name, "
                                  "or the roster would be lost")
                              : _("it is the document open in this window; choose another "
                                  "name, or its answers would be lost"));
  return TRUE;
}

/**
 * cr_dialogs_close_all:
 * @window: an AdwApplicationWindow, as it goes
 *
 * Closes every dialog presented on @window. libadwaita 1.7 keeps a dialog
 * still open when its window is destroyed: each window calls this as it
 * goes, so that no dialog outlives it.
 */
void
cr_dialogs_close_all (AdwApplicationWindow *window)
{
  AdwDialog *dialog;
  AdwDialog *closed = NULL;

  g_return_if_fail (ADW_IS_APPLICATION_WINDOW (window));

  while ((dialog = adw_application_window_get_visible_dialog (window)) != NULL && dialog != closed)
    {
      adw_dialog_force_close (dialog);
      closed = dialog;
    }
}

/**
 * cr_dialogs_save_changes_new:
 * @body: what was changed, and what is about to happen
 *
 * "Save Changes?", as every window asks before changes not saved would be
 * lost: Cancel (also Escape), Discard, and Save, the default. The caller
 * connects to its ::response and presents it.
 *
 * Returns: (transfer floating): the alert
 */
AdwDialog *
cr_dialogs_save_changes_new (const char *body)
{
  AdwDialog *dialog = adw_alert_dialog_new (_("Save Changes?"), body);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "discard", _("_Discard"),
                                  "save", _("_Save"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "discard",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "save",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "save");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");

  return dialog;
}

/* @time as the locale writes a date and time, to go in a sentence: its
 * padding (GLib pads a day of one digit with U+2007 FIGURE SPACE:
 * "Dec  7") and runs of spaces made one space, and isolated, so that in a
 * sentence written from right to left it is not reordered. */
static char *
dup_date_in_sentence (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  g_autofree char *date = local != NULL ? g_date_time_format (local, "%c") : NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("[\\s\\x{2007}]+", G_REGEX_OPTIMIZE, 0, NULL);
  g_autofree char *single = NULL;

  if (date == NULL)
    return NULL;

  single = g_regex_replace_literal (spaces, g_strstrip (date), -1, 0, " ", 0, NULL);

  return single != NULL ? cr_name_dup_display (single, CR_NAME_IN_SENTENCE) : NULL;
}

/**
 * cr_dialogs_recovery_new:
 * @file: the document or roster whose changes were kept
 * @time: when they were kept
 *
 * "Restore Unsaved Changes?", as every window offers the changes kept in
 * a file's recovery file (cr_recovery_write()) when the app had to end
 * without saving them: Discard and Restore, the default; Escape answers
 * "later", leaving them to be offered again. The caller connects to its
 * ::response and presents it.
 *
 * Returns: (transfer floating): the alert
 */
AdwDialog *
cr_dialogs_recovery_new (GFile     *file,
                         GDateTime *time)
{
  g_autofree char *quoted = cr_quote_file_name (file);
  g_autofree char *when = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwDialog *dialog;

  when = dup_date_in_sentence (time);
  name = cr_name_dup_display (quoted, CR_NAME_IN_SENTENCE);

  /* Translators: offered when a document is opened whose changes were
   * kept when Creator Role had to end without saving them, e.g. “Changes
   * to result.json made on Thu 9 Jul 2026 11:55:00 were not saved before
   * Creator Role ended.” */
  body = g_strdup_printf (_("Changes to %s made on %s were not saved before Creator Role ended."),
                          name, when != NULL ? when : "?");
  dialog = adw_alert_dialog_new (_("Restore Unsaved Changes?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "discard", _("_Discard"),
                                  "restore", _("_Restore"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "discard",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "restore",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "restore");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "later");

  return dialog;
}

/**
 * cr_dialogs_filters_new:
 * @kinds: (array length=n_kinds): the kinds of file, in the order the
 *   dialog lists them; the first is the one it starts with
 *
 * Returns: (transfer full): a list of GtkFileFilter, a filter a kind, for
 *   cr_dialogs_open_file() or cr_dialogs_save_file()
 */
GListModel *
cr_dialogs_filters_new (const CrFileKind *kinds,
                        guint             n_kinds)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  for (guint i = 0; i < n_kinds; i++)
    {
      const CrFileKind *kind = &kinds[i];
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(kind->name));
      for (guint j = 0; j < G_N_ELEMENTS (kind->mime_types) && kind->mime_types[j] != NULL; j++)
        gtk_file_filter_add_mime_type (filter, kind->mime_types[j]);
      for (guint j = 0; j < G_N_ELEMENTS (kind->suffixes) && kind->suffixes[j] != NULL; j++)
        gtk_file_filter_add_suffix (filter, kind->suffixes[j]);
      g_list_store_append (filters, filter);
    }

  return G_LIST_MODEL (filters);
}

/* gtk_file_dialog_open_finish() and its kin. */
typedef GFile *(*FinishFunc) (GtkFileDialog *dialog,
                              GAsyncResult  *result,
                              GError       **error);

typedef struct
{
  GtkWidget *owner;
  GCancellable *cancellable;
  CrFileChosen callback;
  gpointer user_data;
  FinishFunc finish;
  /* Whether what is chosen is a folder, where the next dialog starts,
   * rather than a file, beside which it starts. */
  gboolean is_folder;
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->cancellable);
  g_clear_object (&request->owner);
  g_free (request);
}

/* The owner's request in progress, cancelled: its dialog closes. */
static void
cancel_request (GtkWidget *owner)
{
  GCancellable *cancellable = g_object_get_data (G_OBJECT (owner), REQUEST_KEY);

  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  g_object_set_data (G_OBJECT (owner), REQUEST_KEY, NULL);
}

static GtkWindow *
parent_window (GtkWidget *owner)
{
  GtkRoot *root = gtk_widget_get_root (owner);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The application @owner's window belongs to, which keeps the folder the
 * next chooser starts in; %NULL for a window of none. */
static CrApplication *
application_of (GtkWidget *owner)
{
  GtkWindow *window = parent_window (owner);
  GtkApplication *application = window != NULL ? gtk_window_get_application (window) : NULL;

  return CR_IS_APPLICATION (application) ? CR_APPLICATION (application) : NULL;
}

/* Any of the dialogs answered: what was chosen goes to the request's
 * callback, and the application keeps where the next dialog starts. */
static void
chosen_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = request->finish (GTK_FILE_DIALOG (source), result, &error);

  if (file != NULL)
    {
      CrApplication *application = application_of (request->owner);
      g_autoptr(GFile) folder = request->is_folder ? g_object_ref (file)
                                                   : g_file_get_parent (file);

      if (application != NULL && folder != NULL)
        cr_application_set_last_folder (application, folder);
      if (g_object_get_data (G_OBJECT (request->owner), REQUEST_KEY) == request->cancellable)
        g_object_set_data (G_OBJECT (request->owner), REQUEST_KEY, NULL);
      request->callback (request->owner, file, request->user_data);
    }
  /* Cancelled by the person, or because the owner went or asked again:
   * nothing to say. */
  else if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) &&
           !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED) &&
           !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
           !g_cancellable_is_cancelled (request->cancellable))
    cr_dialogs_show_error (request->owner, _("Cannot Show the File Chooser"), NULL,
                           error->message);

  request_free (request);
}

static Request *
request_new (GtkWidget    *owner,
             FinishFunc    finish,
             CrFileChosen  callback,
             gpointer      user_data)
{
  Request *request = g_new0 (Request, 1);

  cancel_request (owner);

  request->owner = g_object_ref (owner);
  request->cancellable = g_cancellable_new ();
  request->callback = callback;
  request->user_data = user_data;
  request->finish = finish;

  /* The owner keeps the request's cancellable, and cancels it as it goes:
   * a window that is destroyed, or a dialog that is closed, is first
   * unrealized (the request's own reference keeps it from being disposed
   * until then). */
  g_object_set_data_full (G_OBJECT (owner), REQUEST_KEY, g_object_ref (request->cancellable),
                          g_object_unref);
  if (g_object_get_data (G_OBJECT (owner), REQUEST_KEY "-watched") == NULL)
    {
      g_signal_connect (owner, "unrealize", G_CALLBACK (cancel_request), NULL);
      g_signal_connect (owner, "destroy", G_CALLBACK (cancel_request), NULL);
      g_object_set_data (G_OBJECT (owner), REQUEST_KEY "-watched", GINT_TO_POINTER (TRUE));
    }

  return request;
}

static GtkFileDialog *
dialog_new (GtkWidget  *owner,
            const char *title,
            const char *accept_label,
            GListModel *filters)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  CrApplication *application = application_of (owner);
  GFile *last_folder = application != NULL ? cr_application_get_last_folder (application) : NULL;

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (accept_label != NULL)
    gtk_file_dialog_set_accept_label (dialog, accept_label);
  if (filters != NULL)
    {
      g_autoptr(GtkFileFilter) first = g_list_model_get_item (filters, 0);

      gtk_file_dialog_set_filters (dialog, filters);
      gtk_file_dialog_set_default_filter (dialog, first);
    }
  if (last_folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, last_folder);

  return dialog;
}

/**
 * cr_dialogs_open_file:
 * @owner: the window, or the dialog, the file is for
 * @filters: (nullable): a list of GtkFileFilter, the first one chosen
 *
 * Asks for a file to open, starting in the last folder a file was chosen
 * in, and gives it to @callback.
 */
void
cr_dialogs_open_file (GtkWidget    *owner,
                      const char   *title,
                      GListModel   *filters,
                      CrFileChosen  callback,
                      gpointer      user_data)
{
  g_autoptr(GtkFileDialog) dialog = NULL;
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (callback != NULL);

  request = request_new (owner, gtk_file_dialog_open_finish, callback, user_data);
  dialog = dialog_new (owner, title, NULL, filters);
  gtk_file_dialog_open (dialog, parent_window (owner), request->cancellable, chosen_cb, request);
}

/**
 * cr_dialogs_save_file:
 * @accept_label: (nullable): the label of the button that saves
 * @filters: (nullable): a list of GtkFileFilter, the first one chosen
 * @initial_file: (nullable): the file to offer, in its own folder
 * @initial_name: (nullable): otherwise, the name to offer, in the last
 *   folder a file was chosen in
 *
 * Asks where to save, and gives the file to @callback.
 */
void
cr_dialogs_save_file (GtkWidget    *owner,
                      const char   *title,
                      const char   *accept_label,
                      GListModel   *filters,
                      GFile        *initial_file,
                      const char   *initial_name,
                      CrFileChosen  callback,
                      gpointer      user_data)
{
  g_autoptr(GtkFileDialog) dialog = NULL;
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (callback != NULL);

  request = request_new (owner, gtk_file_dialog_save_finish, callback, user_data);
  dialog = dialog_new (owner, title, accept_label, filters);
  if (initial_file != NULL)
    gtk_file_dialog_set_initial_file (dialog, initial_file);
  else if (initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, initial_name);
  gtk_file_dialog_save (dialog, parent_window (owner), request->cancellable, chosen_cb, request);
}

/**
 * cr_dialogs_select_folder:
 * @accept_label: (nullable): the label of the button that chooses
 *
 * Asks for a folder, starting in the last folder a file was chosen in,
 * and gives it to @callback; the next dialog starts in it.
 */
void
cr_dialogs_select_folder (GtkWidget    *owner,
                          const char   *title,
                          const char   *accept_label,
                          CrFileChosen  callback,
                          gpointer      user_data)
{
  g_autoptr(GtkFileDialog) dialog = NULL;
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (callback != NULL);

  request = request_new (owner, gtk_file_dialog_select_folder_finish, callback, user_data);
  /* The next dialog starts in the folder chosen, not beside it. */
  request->is_folder = TRUE;
  dialog = dialog_new (owner, title, accept_label, NULL);
  gtk_file_dialog_select_folder (dialog, parent_window (owner), request->cancellable, chosen_cb,
                                 request);
}

/* The name recent files are kept under: the same in every language. */
#define RECENT_APP_NAME PACKAGE_NAME

static CrRecentKind
recent_kind_of (const char *uri)
{
  if (!g_str_has_suffix (uri, ".json") &&
      cr_roster_format_from_name (uri) != CR_ROSTER_FORMAT_UNKNOWN)
    return CR_RECENT_ROSTER;
  return CR_RECENT_RESULT;
}

/**
 * cr_dialogs_add_recent:
 * @file: a result or a roster that was just opened or written
 *
 * Puts @file first among the recent files of its kind.
 */
void
cr_dialogs_add_recent (GFile *file)
{
  g_autofree char *uri = NULL;
  GtkRecentData data = { 0 };

  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  if (recent_kind_of (uri) == CR_RECENT_ROSTER)
    data.mime_type = cr_roster_format_from_name (uri) == CR_ROSTER_FORMAT_JSONL
                       ? (char *) "application/x-ndjson" : (char *) "text/csv";
  else
    data.mime_type = (char *) "application/json";
  data.app_name = (char *) RECENT_APP_NAME;
  data.app_exec = (char *) "creator-role %u";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/**
 * cr_dialogs_forget_recent:
 * @file: a file that failed to open
 *
 * Takes @file out of the recent files, when only this app put it there
 * (itself, or the file dialog it opened it from): a file that cannot be
 * opened is not offered again. One another app keeps is left to it.
 */
void
cr_dialogs_forget_recent (GFile *file)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autofree char *uri = NULL;
  GtkRecentInfo *info;
  g_auto(GStrv) apps = NULL;
  gboolean ours = TRUE;

  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  if ((info = gtk_recent_manager_lookup_item (manager, uri, NULL)) == NULL)
    return;

  apps = gtk_recent_info_get_applications (info, NULL);
  for (guint i = 0; apps != NULL && apps[i] != NULL; i++)
    if (g_strcmp0 (apps[i], RECENT_APP_NAME) != 0 &&
        g_strcmp0 (apps[i], g_get_application_name ()) != 0 &&
        g_strcmp0 (apps[i], g_get_prgname ()) != 0)
      ours = FALSE;
  gtk_recent_info_unref (info);

  if (ours)
    gtk_recent_manager_remove_item (manager, uri, NULL);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* Newest first. */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

/**
 * cr_dialogs_list_recent:
 * @kind: results or rosters
 * @max: how many at the most
 *
 * Returns: (transfer container) (element-type GtkRecentInfo): the recent
 *   files of @kind that this app opened or wrote and that are still
 *   there, local, newest first
 */
GPtrArray *
cr_dialogs_list_recent (CrRecentKind kind,
                        guint        max)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, RECENT_APP_NAME) &&
          recent_kind_of (gtk_recent_info_get_uri (info)) == kind &&
          gtk_recent_info_is_local (info) && gtk_recent_info_exists (info))
        g_ptr_array_add (found, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (found, compare_recent);
  if (found->len > max)
    g_ptr_array_set_size (found, max);

  return found;
}
