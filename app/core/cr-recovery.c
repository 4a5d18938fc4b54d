/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-recovery.c: a file's changes kept beside it when the app has to end
 *
 * When the app has to end without asking (SIGTERM, SIGINT or SIGHUP, see
 * cr-application.c), the changes not saved to a result document
 * (cr-session.c) or to a roster (cr-roster-window-recovery.c) are written
 * to the file's recovery file, never over the file itself; the next time
 * the file is opened, its window offers them (cr_dialogs_recovery_new()).
 * This file is what both share: where the recovery file is, writing it,
 * removing it and when it was written. What is in it is the caller's: a
 * result document for a document, the roster in its own format for a
 * roster.
 */
#include "config.h"

#include "cr-document.h"
#include "cr-recovery.h"

/**
 * cr_recovery_file_for:
 * @file: a result document or a roster
 *
 * Where the changes to @file not saved are kept when the app has to end
 * without asking: .NAME.recovery beside it. Beside it, as Vim's swap
 * files are, so that it is found from the file wherever that is, and
 * goes with its folder; hidden, so that it does not clutter the folder;
 * and ending neither in .json nor in .csv, so that nothing that takes
 * every such file of a folder (a shell's *.json, the Open dialog's
 * filter) takes it for a document or a roster.
 *
 * Returns: (transfer full) (nullable): the file, or %NULL when @file has
 *   no folder or name
 */
GFile *
cr_recovery_file_for (GFile *file)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  parent = g_file_get_parent (file);
  basename = g_file_get_basename (file);
  if (parent == NULL || basename == NULL)
    return NULL;

  name = g_strdup_printf (".%s.recovery", basename);

  return g_file_get_child (parent, name);
}

/**
 * cr_recovery_write:
 * @file: a result document or a roster
 * @data: what to keep
 * @length: the length of @data
 *
 * Writes @data to the recovery file of @file, atomically, as a document
 * is saved (cr_document_save()); @file itself is left as it is. Nothing
 * is done for a file with no folder or name.
 *
 * Returns: %FALSE with @error when it cannot be written
 */
gboolean
cr_recovery_write (GFile       *file,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(GFile) recovery = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  recovery = cr_recovery_file_for (file);

  return recovery == NULL || cr_document_save (recovery, data, length, NULL, error);
}

/**
 * cr_recovery_discard:
 * @file: a result document or a roster
 *
 * Removes the recovery file of @file, if there is one.
 *
 * Returns: %FALSE with @error when it is there and cannot be removed
 */
gboolean
cr_recovery_discard (GFile   *file,
                     GError **error)
{
  g_autoptr(GFile) recovery = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  recovery = cr_recovery_file_for (file);
  if (recovery == NULL)
    return TRUE;

  if (!g_file_delete (recovery, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * cr_recovery_dup_time:
 * @file: a result document or a roster
 *
 * Returns: (transfer full) (nullable): when the recovery file of @file
 *   was written, or %NULL when there is none (or it cannot be queried)
 */
GDateTime *
cr_recovery_dup_time (GFile *file)
{
  g_autoptr(GFile) recovery = NULL;
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  recovery = cr_recovery_file_for (file);
  if (recovery == NULL)
    return NULL;

  info = g_file_query_info (recovery, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);

  return info != NULL ? g_file_info_get_modification_date_time (info) : NULL;
}
