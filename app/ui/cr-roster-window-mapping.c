/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-mapping.c: a roster's columns chosen before it is read
 *
 * Opening a file first reads its header row and first row, in another
 * thread (cr_roster_read_columns_async()). When every column is known, or
 * ignored as the file's own (an id, notes), the file is read at once. When
 * some column was likely meant as a question (a misspelt id, words the
 * reader does not know), the reading stops there and the dialog of
 * cr-roster-columns-dialog.c asks what each column is: Continue reads the
 * file with the columns chosen, Cancel reads nothing, the roster shown
 * left as it was, as when an Open fails. A header that cannot be read is
 * left to the reading itself, which says why as it always does.
 */
#include "config.h"

#include "cr-quote.h"
#include "cr-roster-columns-dialog.h"
#include "cr-roster-window-private.h"

typedef struct
{
  CrRosterWindow *window;
  GFile          *file;
  GCancellable   *cancellable;
} Check;

static void
check_free (Check *check)
{
  g_object_unref (check->window);
  g_object_unref (check->file);
  g_object_unref (check->cancellable);
  g_free (check);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Check, check_free)

static void
response_cb (CrRosterColumnsDialog *dialog,
             const char            *response,
             gpointer               user_data)
{
  Check *check = user_data;
  g_autoptr(CrRosterColumns) map = NULL;

  if (g_strcmp0 (response, "continue") != 0)
    return;

  map = cr_roster_columns_dialog_dup_columns (dialog);
  cr_roster_window_open_mapped (check->window, check->file, map);
}

static void
columns_read_cb (GObject      *object G_GNUC_UNUSED,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Check) check = user_data;
  CrRosterWindow *self = check->window;
  g_autoptr(CrRosterColumns) columns = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  CrRosterColumnsDialog *dialog;

  columns = cr_roster_read_columns_finish (result, &error);

  /* Another Open, a Cancel or the window closed since. */
  if (g_cancellable_is_cancelled (check->cancellable) ||
      self->columns_cancellable != check->cancellable)
    {
      cr_roster_window_set_busy (self, FALSE);
      return;
    }
  g_clear_object (&self->columns_cancellable);

  /* Busy from the header to the rows, never idle in between. */
  if (columns == NULL || !cr_roster_columns_needs_review (columns))
    {
      cr_roster_window_open_mapped (self, check->file, NULL);
      cr_roster_window_set_busy (self, FALSE);
      return;
    }
  cr_roster_window_set_busy (self, FALSE);

  name = cr_quote_file_name (check->file);
  dialog = cr_roster_columns_dialog_new (columns, name);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb),
                         g_steal_pointer (&check), (GClosureNotify) (void (*) (void)) check_free,
                         0);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
  cr_roster_columns_dialog_focus_first (dialog);
}

/* Reads the header row of @file, then reads @file, or asks first. */
void
cr_roster_window_check_columns (CrRosterWindow *self,
                                GFile          *file)
{
  Check *check;

  cr_roster_window_stop_checking_columns (self);

  check = g_new0 (Check, 1);
  check->window = g_object_ref (self);
  check->file = g_object_ref (file);
  check->cancellable = g_cancellable_new ();
  self->columns_cancellable = g_object_ref (check->cancellable);

  cr_roster_window_set_busy (self, TRUE);
  cr_roster_read_columns_async (file, CR_ROSTER_FORMAT_UNKNOWN, check->cancellable,
                                columns_read_cb, check);
}

/* The header row being read is let go: nothing is opened. */
void
cr_roster_window_stop_checking_columns (CrRosterWindow *self)
{
  if (self->columns_cancellable == NULL)
    return;

  g_cancellable_cancel (self->columns_cancellable);
  g_clear_object (&self->columns_cancellable);
}
