/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-document-write.c: writing a document to a file without ever losing the
 * previous one
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cr-document.h"

/* As many links as the system follows before it says ELOOP. */
#define MAX_LINKS 40

static gboolean
set_write_error_text (GError     **error,
                      GFileError   code,
                      const char  *reason)
{
  g_set_error (error, G_FILE_ERROR, code, "cannot be written: %s", reason);
  return FALSE;
}

static gboolean
set_write_error (GError **error,
                 int      saved_errno)
{
  return set_write_error_text (error, g_file_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
}

/* GLib's messages name the temporary file ("Failed to write file
 * “…/result.json.X2Y3Z4”: write() failed: No space left on device"), which
 * the user never chose, and end with the system's reason: keep that. */
static gboolean
set_write_error_from (GError       **error,
                      const GError  *glib_error)
{
  const char *colon = g_strrstr (glib_error->message, ": ");
  g_autofree char *reason = g_strdup (colon != NULL ? colon + 2 : glib_error->message);

  return set_write_error_text (error, glib_error->code, g_strstrip (reason));
}

/* The file a save to @path writes: @path itself or, when it is a symbolic
 * link, the file the links lead to, whether it exists yet or not. Editors
 * write through a link so that the link stays. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = NULL;
      struct stat st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      if ((target = g_file_read_link (current, NULL)) == NULL)
        return g_steal_pointer (&current);

      if (!g_path_is_absolute (target))
        {
          g_autofree char *folder = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (folder, target, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
    }

  set_write_error (error, ELOOP);
  return NULL;
}

/* Writes into a new file beside the target, flushed to the disk, which then
 * replaces it in one rename() (g_file_set_contents_full()), so that any
 * failure leaves the previous file as it was. The new file gets the
 * previous one's permissions: a private file stays private. */
static gboolean
save_local (const char  *path,
            const char  *data,
            gsize        length,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *target = NULL;
  gboolean existed = FALSE;
  struct stat st;
  int mode = 0666;

  if ((target = resolve_links (path, error)) == NULL)
    return FALSE;

  if (g_stat (target, &st) == 0)
    {
      /* rename() would refuse a folder; anything else it would replace. */
      if (S_ISDIR (st.st_mode))
        return set_write_error (error, EISDIR);
      if (!S_ISREG (st.st_mode))
        return set_write_error_text (error, G_FILE_ERROR_FAILED, "it is not a regular file");
      existed = TRUE;
      mode = (int) (st.st_mode & 0777);
    }

  if (!g_file_set_contents_full (target, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 mode, &local_error))
    return set_write_error_from (error, local_error);

  /* The new file was made with the umask taken off the mode, and with our
   * group: give back what the umask took, and the group if we may. */
  if (existed)
    {
      struct stat now;

      if (g_stat (target, &now) == 0)
        {
          if (now.st_gid != st.st_gid && chown (target, (uid_t) -1, st.st_gid) != 0)
            g_debug ("Cannot give %s its group back: %s", target, g_strerror (errno));
          if ((int) (now.st_mode & 0777) != mode && g_chmod (target, mode) != 0)
            g_debug ("Cannot give %s its permissions back: %s", target, g_strerror (errno));
        }
    }

  return TRUE;
}

/**
 * cr_document_save:
 * @file: where to write
 * @data: what to write
 * @length: its length
 *
 * Writes @data to @file atomically: into a new file beside it, which then
 * replaces @file, so that a failure at any point leaves the previous file
 * as it was. A file written over keeps its permissions; a symbolic link
 * stays, and the file it leads to is written. For a local file the error
 * is in the %G_FILE_ERROR domain and its message, "cannot be written: "
 * and the reason, does not name the file: the caller does.
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
