/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-recovery.c: a roster's edits kept when the app has to
 * end without asking, and offered again
 *
 * On SIGTERM, SIGINT or SIGHUP (cr-application.c) a roster edited and not
 * saved is written, as Save would write it (cr_roster_to_document_data()),
 * to its recovery file beside it, named as a document's is
 * (cr_session_recovery_file_for(): .NAME.recovery); the roster itself is
 * left as it was. The next time the roster is read to its end in the
 * window, a recovery file at least as new as it is offered, as the
 * wizard's window offers a document's: Restore reads the recovery file's
 * rows in place of the roster's, the window still showing the roster's
 * file (its title, Save's target) and the roster marked modified
 * (cr_roster_mark_modified()); Discard removes the recovery file; Escape
 * leaves it, to be offered again. Saving the roster, or discarding its
 * edits when "Save Changes?" asks, removes it too.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-dialogs.h"
#include "cr-quote.h"
#include "cr-roster-window-private.h"
#include "cr-session.h"

/* The recovery file of the roster shown, or %NULL for one with no file. */
static GFile *
dup_recovery_file (CrRosterWindow *self)
{
  return self->file != NULL ? cr_session_recovery_file_for (self->file) : NULL;
}

/**
 * cr_roster_window_write_recovery:
 *
 * Keeps the edits of the roster shown, not saved, in its recovery file,
 * atomically, in the roster's own format; the roster's file is left as it
 * is. Does nothing for a roster not edited, or one with no file.
 *
 * Returns: %FALSE with @error when the file cannot be written (a roster not
 *   read to its end cannot be)
 */
gboolean
cr_roster_window_write_recovery (CrRosterWindow  *self,
                                 GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);

  if (!cr_roster_window_get_unsaved (self) || (file = dup_recovery_file (self)) == NULL)
    return TRUE;

  data = cr_roster_to_document_data (self->roster, &length, error);

  return data != NULL && cr_document_save (file, data, length, NULL, error);
}

/* Removes the recovery file of the roster shown, if there is one. */
gboolean
cr_roster_window_discard_recovery (CrRosterWindow  *self,
                                   GError         **error)
{
  g_autoptr(GFile) file = dup_recovery_file (self);
  g_autoptr(GError) local_error = NULL;

  if (file == NULL)
    return TRUE;

  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static GDateTime *
query_time (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_file_info_get_modification_date_time (info) : NULL;
}

static void
recovery_response_cb (CrRosterWindow *self,
                      const char     *response)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restore") == 0)
    {
      g_autoptr(GFile) file = dup_recovery_file (self);

      if (file != NULL)
        cr_roster_window_load_recovery (self, file);
    }
  else if (g_strcmp0 (response, "discard") == 0 &&
           !cr_roster_window_discard_recovery (self, &error))
    cr_roster_window_show_error (self, _("Cannot Discard the Changes"), NULL, error->message);
}

/**
 * cr_roster_window_offer_recovery:
 *
 * Offers the edits kept in the recovery file of the roster just read,
 * when there is one at least as new as the roster: never applied without
 * asking. A roster edited already (or one read from its recovery file,
 * which is marked modified) is not offered them.
 */
void
cr_roster_window_offer_recovery (CrRosterWindow *self)
{
  g_autoptr(GFile) file = dup_recovery_file (self);
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) roster_time = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwDialog *dialog;

  if (file == NULL || cr_roster_window_get_unsaved (self) ||
      (time = query_time (file)) == NULL)
    return;

  /* The roster written since, by another program: what was kept is older
   * than what it holds; left where it is, not offered. */
  roster_time = query_time (self->file);
  if (roster_time != NULL && g_date_time_compare (time, roster_time) < 0)
    return;

  local = g_date_time_to_local (time);
  when = local != NULL ? g_date_time_format (local, "%c") : NULL;
  name = cr_quote_file_name (self->file);
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
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}
