/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-document-write.c: writing a document to a file without ever losing the
 * previous one
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cr-document.h"

static gboolean
set_write_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "cannot be written: %s", g_strerror (saved_errno));
  return FALSE;
}

/* Writes into a new file beside @path, flushed to the disk, which then
 * replaces @path in one rename(). Any failure removes the new file and
 * says why in terms of @path, not of the temporary file. */
static gboolean
save_local (const char  *path,
            const char  *data,
            gsize        length,
            GError     **error)
{
  g_autofree char *temporary = g_strconcat (path, ".XXXXXX", NULL);
  int saved_errno;
  int fd;

  if ((fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666)) < 0)
    return set_write_error (error, errno);

  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      /* A write() of 0 bytes sets no errno: it can only mean no space. */
      if (written == 0)
        errno = ENOSPC;
      if (written <= 0)
        goto failed;
      data += written;
      length -= (gsize) written;
    }

  if (fsync (fd) != 0)
    goto failed;

  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;

  if (g_rename (temporary, path) != 0)
    goto failed;

  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (temporary);

  return set_write_error (error, saved_errno);
}

/**
 * cr_document_save:
 * @file: where to write
 * @data: what to write
 * @length: its length
 *
 * Writes @data to @file atomically: into a new file beside it, which then
 * replaces @file, so that a failure at any point leaves the previous file
 * as it was. For a local file the error is in the %G_FILE_ERROR domain and
 * its message, "cannot be written: " and the reason, does not name the
 * file: the caller does.
 *
 * Returns: %TRUE on success
 */
gboolean
cr_document_save (GFile         *file,
                  const char    *data,
                  gsize          length,
                  GCancellable  *cancellable,
                  GError       **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  /* For a local file, g_file_replace_contents() falls back to overwriting in
   * place when it cannot make a file beside the target; a full disk would
   * then destroy the previous file. save_local() never does. */
  if ((path = g_file_peek_path (file)) != NULL)
    return save_local (path, data, length, error);

  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, cancellable, error);
}
