/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-recovery.c: a roster's edits kept when the app has to
 * end without asking, and offered again
 *
 * On SIGTERM, SIGINT or SIGHUP (cr-application.c) a roster edited and not
 * saved is written, as Save would write it (cr_roster_to_document_data()),
 * to its recovery file beside it, named as a document's is
 * (cr_recovery_file_for(): .NAME.recovery); the roster itself is
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
#include "cr-recovery.h"
#include "cr-roster-window-private.h"

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
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);

  if (!cr_roster_window_get_unsaved (self) || self->file == NULL)
    return TRUE;

  data = cr_roster_to_document_data (self->roster, &length, error);

  return data != NULL && cr_recovery_write (self->file, data, length, error);
}

/* Removes the recovery file of the roster shown, if there is one. */
gboolean
cr_roster_window_discard_recovery (CrRosterWindow  *self,
                                   GError         **error)
{
  return self->file == NULL || cr_recovery_discard (self->file, error);
}

/* Whether @file's recovery file holds the same bytes as @file. */
static gboolean
same_contents (GFile *file)
{
  g_autoptr(GFile) recovery = cr_recovery_file_for (file);
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GBytes) contents = NULL;

  if (recovery == NULL ||
      (kept = g_file_load_bytes (recovery, NULL, NULL, NULL)) == NULL ||
      (contents = g_file_load_bytes (file, NULL, NULL, NULL)) == NULL)
    return FALSE;

  return g_bytes_equal (kept, contents);
}

static void
recovery_response_cb (CrRosterWindow *self,
                      const char     *response)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restore") == 0)
    {
      g_autoptr(GFile) file = self->file != NULL ? cr_recovery_file_for (self->file) : NULL;

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
 * which is marked modified) is not offered them. A recovery file that
 * holds what the roster holds is removed without a word, as a
 * document's is.
 */
void
cr_roster_window_offer_recovery (CrRosterWindow *self)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) roster_time = NULL;
  g_autoptr(GFileInfo) info = NULL;
  AdwDialog *dialog;

  if (self->file == NULL || cr_roster_window_get_unsaved (self) ||
      (time = cr_recovery_dup_time (self->file)) == NULL)
    return;

  /* The roster written since, by another program: what was kept is older
   * than what it holds; left where it is, not offered. */
  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  roster_time = info != NULL ? g_file_info_get_modification_date_time (info) : NULL;
  if (roster_time != NULL && g_date_time_compare (time, roster_time) < 0)
    return;

  /* The roster holds them already (saved by another window, or written
   * as it was): nothing to offer, nor to keep. */
  if (same_contents (self->file))
    {
      cr_roster_window_discard_recovery (self, NULL);
      return;
    }

  dialog = cr_dialogs_recovery_new (self->file, time);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}
