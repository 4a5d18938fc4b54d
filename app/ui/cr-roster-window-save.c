/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-save.c: a roster saved back to its file, and asked
 * about before its edits would be lost
 *
 * Save writes the roster shown to its own file, in its own format
 * (cr_roster_save_document(): the rows not edited byte for byte, the
 * columns the app does not know kept, atomically); Save As to another,
 * which the window then shows. A roster read only in part is refused, as
 * its file would lose the rows not read; so is a file open in another
 * window.
 *
 * A roster edited and not saved asks "Save Changes?" (Save, Discard,
 * Cancel, as the wizard's window asks for its document) before the window
 * closes (its close button, Ctrl+W, the app's Quit) and before another
 * roster is opened in its place. The window goes only once the alert has
 * gone, so that no alert outlives it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-dialogs.h"
#include "cr-quote.h"
#include "cr-roster-window-private.h"
#include "cr-window.h"

/* Whether @file is open in another window of the app: a roster, or the
 * wizard's document. */
static gboolean
is_open_elsewhere (CrRosterWindow  *self,
                   GFile           *file,
                   GError         **error)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = application != NULL ? gtk_application_get_windows (application) : NULL;
       l != NULL; l = l->next)
    {
      GFile *open_file = NULL;

      if (l->data == (gpointer) self)
        continue;
      if (CR_IS_ROSTER_WINDOW (l->data))
        open_file = cr_roster_window_get_file (l->data);
      else if (CR_IS_WINDOW (l->data))
        open_file = cr_session_get_file (cr_window_get_session (l->data));

      if (open_file != NULL && cr_file_is_same (file, open_file))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                               _("it is open in another window; choose another name, or what "
                                 "that window shows would be lost"));
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * cr_roster_window_save:
 * @file: (nullable): where to write, or %NULL for the roster's own file
 *
 * Writes the roster shown back in its own format (Save), or to @file
 * (Save As), which the window then shows, atomically: a failure leaves
 * what was there as it was, and is shown in a dialog. A roster not read to
 * its end (loading cancelled or stopped) is refused: saving it would drop
 * the rows not read; it can still be exported. Once saved, the title
 * loses its “•”.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
cr_roster_window_save (CrRosterWindow  *self,
                       GFile           *file,
                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  target = g_object_ref (file != NULL ? file : self->file);

  if (!cr_roster_get_complete (self->roster) || !cr_roster_get_header_read (self->roster))
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT,
                         _("only part of the roster was read: saving it would drop the rows "
                           "not read; export it instead, or open it again"));
  else if (cr_roster_get_format (self->roster) == CR_ROSTER_FORMAT_XLSX ||
           cr_roster_get_format (self->roster) == CR_ROSTER_FORMAT_XLS)
    /* As the model refuses it (cr_roster_save_document()), in the
     * interface language. */
    g_set_error_literal (&local_error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
                         _("a roster read from a workbook is not written back into it, which "
                           "would lose its other sheets and formatting: export it as CSV or "
                           "XLSX instead"));
  else if (!is_open_elsewhere (self, target, &local_error))
    cr_roster_save_document (self->roster, target, &local_error);

  if (local_error != NULL)
    {
      cr_roster_window_show_error (self, _("Cannot Save the Roster"), target,
                                   local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The edits kept for the roster shown are saved now. */
  if (!cr_roster_window_discard_recovery (self, &local_error))
    g_message ("Cannot remove the recovered changes: %s", local_error->message);

  if (self->file == NULL || !g_file_equal (target, self->file))
    {
      g_autofree char *name = cr_quote_file_name (target);

      cr_roster_window_set_file (self, target);
      g_free (self->title);
      self->title = g_steal_pointer (&name);
    }
  cr_roster_window_update_title (self);
  cr_dialogs_add_recent (target);

  return TRUE;
}

/* "Save Changes?" */

static void
finish_close_tasks (CrRosterWindow *self,
                    gboolean        closed)
{
  g_autoptr(GPtrArray) tasks = g_steal_pointer (&self->close_tasks);

  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    g_task_return_boolean (g_ptr_array_index (tasks, i), closed);
}

static gboolean
destroy_cb (gpointer user_data)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (user_data);

  cr_roster_window_stop_export (self);
  gtk_window_destroy (GTK_WINDOW (self));
  finish_close_tasks (self, TRUE);

  return G_SOURCE_REMOVE;
}

/* Once the alert has answered and gone, whichever of ::response and
 * ::closed comes last: the window destroyed from the alert's own response
 * would go while the alert still closes over it. */
static void
save_answered (CrRosterWindow *self)
{
  g_autoptr(GFile) open_after = NULL;

  if (!self->save_answered || self->save_dialog != NULL)
    return;

  open_after = g_steal_pointer (&self->open_after);
  if (!self->save_confirmed)
    {
      finish_close_tasks (self, FALSE);
      return;
    }

  if (open_after != NULL)
    cr_roster_window_open (self, open_after);
  else
    g_idle_add_full (G_PRIORITY_DEFAULT, destroy_cb, g_object_ref (self), g_object_unref);
}

static void
save_response_cb (CrRosterWindow *self,
                  const char     *response)
{
  self->save_confirmed = FALSE;

  if (g_strcmp0 (response, "save") == 0)
    {
      /* A failure is shown, and everything stays. A roster with no file
       * of its own (read from a stream) is saved as another: the window
       * stays, to be closed again once it is. */
      if (self->file != NULL)
        self->save_confirmed = cr_roster_window_save (self, NULL, NULL);
      else
        cr_roster_window_choose_save_as (self);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!cr_roster_window_discard_recovery (self, &error))
        g_message ("Cannot remove the recovered changes: %s", error->message);
      self->save_confirmed = TRUE;
    }

  self->save_answered = TRUE;
  save_answered (self);
}

static void
save_closed_cb (CrRosterWindow *self)
{
  g_clear_weak_pointer (&self->save_dialog);
  save_answered (self);
}

/* Asks, once: then @open_after is opened (or, %NULL, the window closes)
 * after Save or Discard. */
static void
ask_save_changes (CrRosterWindow *self,
                  GFile          *open_after)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwDialog *dialog;

  /* Asking already: closing wins over opening another. */
  if (self->save_dialog != NULL)
    {
      if (open_after == NULL)
        g_clear_object (&self->open_after);
      return;
    }

  g_set_object (&self->open_after, open_after);

  name = self->file != NULL ? cr_quote_file_path (self->file)
                            : g_strdup (self->title != NULL ? self->title : _("Roster"));
  if (open_after != NULL)
    /* Translators: asked before another roster is opened in place of one
     * whose creators were edited; the roster's file name follows */
    body = g_strdup_printf (_("The creators in %s were edited. Save them before opening "
                              "another roster?"), name);
  else
    /* Translators: asked when a roster's window closes with creators
     * edited since it was opened; the roster's file name follows */
    body = g_strdup_printf (_("The creators in %s were edited. Save them before closing?"),
                            name);

  dialog = cr_dialogs_save_changes_new (body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "closed", G_CALLBACK (save_closed_cb), self,
                           G_CONNECT_SWAPPED);
  self->save_confirmed = FALSE;
  self->save_answered = FALSE;
  g_set_weak_pointer (&self->save_dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* Open, from a file dialog, the recent rosters or a drop: asks first
 * when the roster shown was edited. */
void
cr_roster_window_open_asking (CrRosterWindow *self,
                              GFile          *file)
{
  if (!cr_roster_window_get_unsaved (self))
    {
      cr_roster_window_open (self, file);
      return;
    }

  ask_save_changes (self, file);
}

/* The close button, Ctrl+W: %TRUE when the window stays to ask. */
gboolean
cr_roster_window_close_asking (CrRosterWindow *self)
{
  if (!cr_roster_window_get_unsaved (self))
    return FALSE;

  ask_save_changes (self, NULL);

  return TRUE;
}

/**
 * cr_roster_window_ask_to_close:
 *
 * Closes the window, asking first, as its close button does, when its
 * roster was edited: "Save Changes?". @callback is called once the window
 * is gone (Save, and the file written; or Discard), or stays (Cancel, or a
 * save that failed); see cr_roster_window_ask_to_close_finish().
 */
void
cr_roster_window_ask_to_close (CrRosterWindow      *self,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, cr_roster_window_ask_to_close);

  if (!cr_roster_window_get_unsaved (self))
    {
      cr_roster_window_stop_export (self);
      gtk_window_destroy (GTK_WINDOW (self));
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (self->close_tasks == NULL)
    self->close_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->close_tasks, g_steal_pointer (&task));
  ask_save_changes (self, NULL);
}

/**
 * cr_roster_window_ask_to_close_finish:
 *
 * Returns: %TRUE when the window was closed, %FALSE when it stays open
 */
gboolean
cr_roster_window_ask_to_close_finish (CrRosterWindow *self,
                                      GAsyncResult   *result)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/**
 * cr_roster_window_inhibit_logout:
 *
 * Asks the session manager to wait, while the roster has edits not
 * saved: as #GtkApplication::query-end asks. The request goes once they
 * are saved or discarded, or the window closes.
 */
void
cr_roster_window_inhibit_logout (CrRosterWindow *self)
{
  GtkApplication *application;
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (!cr_roster_window_get_unsaved (self) || self->inhibit_cookie != 0 || application == NULL)
    return;

  name = self->file != NULL ? cr_quote_file_name (self->file)
                            : g_strdup (self->title != NULL ? self->title : _("Roster"));
  /* Translators: why the session cannot end yet, shown by the desktop when
   * the user logs out, e.g. “There are unsaved changes in result.json” */
  reason = g_strdup_printf (_("There are unsaved changes in %s"), name);
  self->inhibit_cookie = gtk_application_inhibit (application, GTK_WINDOW (self),
                                                  GTK_APPLICATION_INHIBIT_LOGOUT, reason);
}

/* Saved, discarded, or another roster shown: the session's end need no
 * longer wait. */
void
cr_roster_window_uninhibit (CrRosterWindow *self)
{
  GtkApplication *application;

  if (self->inhibit_cookie == 0 || cr_roster_window_get_unsaved (self))
    return;

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (application != NULL)
    gtk_application_uninhibit (application, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

/* Gone: whoever waits for it to close is told so. */
void
cr_roster_window_dispose_save (CrRosterWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibit_cookie != 0 && application != NULL)
    gtk_application_uninhibit (application, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  if (self->save_dialog != NULL)
    g_signal_handlers_disconnect_by_data (self->save_dialog, self);
  g_clear_weak_pointer (&self->save_dialog);
  finish_close_tasks (self, TRUE);
  g_clear_object (&self->open_after);
}
