/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-document-write.c: writing a document to a file without ever losing the
 * previous one
 *
 * What is written goes into a new file beside the target, which replaces
 * it in one rename() once it is whole and on the disk. That new file is
 * named .NAME.cr-PID-XXXXXX (hidden, after the target, the process that
 * writes it and six random characters), so that one left behind by a
 * writer that was killed (kill -9, a crash, a power cut) can be told from
 * anything else and from a write going on: the next write to the same
 * target removes those whose writer is gone, or that nothing has written
 * to for an hour. The draft (cr-draft.c) recovers its own instead, by the
 * same names.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gstdio.h>

#include "cr-document.h"

/* As many links as the system follows before it says ELOOP. */
#define MAX_LINKS 40

/* What a temporary file's name adds to the target's. */
#define TEMPORARY_TAG ".cr-"
/* A temporary file nothing has written to for this long is left over,
 * whoever made it: a process of that number may be another one. */
#define STALE_AGE_SECONDS (60 * 60)

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

/* Writes through a save stream: into a new file beside the target,
 * flushed to the disk, which then replaces it in one rename(), so that any
 * failure leaves the previous file as it was. The new file gets the
 * previous one's permissions: a private file stays private. */
static gboolean
save_local (GFile       *file,
            const char  *data,
            gsize        length,
            GError     **error)
{
  CrSaveStream *save = cr_save_stream_new (file, NULL, error);

  if (save == NULL)
    return FALSE;

  if (!cr_save_stream_write (save, data, length, NULL, error))
    {
      cr_save_stream_abort (save);
      return FALSE;
    }

  return cr_save_stream_commit (save, NULL, error);
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
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  /* For a local file, g_file_replace_contents() falls back to overwriting in
   * place when it cannot make a file beside the target; a full disk would
   * then destroy the previous file. save_local() never does. */
  if (g_file_peek_path (file) != NULL)
    return save_local (file, data, length, error);

  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, cancellable, error);
}

/**
 * cr_file_is_same:
 * @a: a file
 * @b: another, or the same by another name
 *
 * Whether writing to one would write over the other: the same name, or
 * the same device and inode, whatever names lead there (a symbolic link,
 * another hard link, ./NAME, /proc/self/fd/N). Symbolic links are
 * followed, as a save writes through them. Where a file does not exist
 * or says no device and inode (a file elsewhere than on a local disk),
 * only the names are compared.
 *
 * Returns: %TRUE when @a and @b are the same file
 */
gboolean
cr_file_is_same (GFile *a,
                 GFile *b)
{
  static const char attributes[] = G_FILE_ATTRIBUTE_UNIX_DEVICE "," G_FILE_ATTRIBUTE_UNIX_INODE;
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;

  g_return_val_if_fail (G_IS_FILE (a), FALSE);
  g_return_val_if_fail (G_IS_FILE (b), FALSE);

  if (g_file_equal (a, b))
    return TRUE;

  info_a = g_file_query_info (a, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (b, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info_a == NULL || info_b == NULL ||
      !g_file_info_has_attribute (info_a, G_FILE_ATTRIBUTE_UNIX_DEVICE) ||
      !g_file_info_has_attribute (info_a, G_FILE_ATTRIBUTE_UNIX_INODE) ||
      !g_file_info_has_attribute (info_b, G_FILE_ATTRIBUTE_UNIX_DEVICE) ||
      !g_file_info_has_attribute (info_b, G_FILE_ATTRIBUTE_UNIX_INODE))
    return FALSE;

  return g_file_info_get_attribute_uint32 (info_a, G_FILE_ATTRIBUTE_UNIX_DEVICE) ==
           g_file_info_get_attribute_uint32 (info_b, G_FILE_ATTRIBUTE_UNIX_DEVICE) &&
         g_file_info_get_attribute_uint64 (info_a, G_FILE_ATTRIBUTE_UNIX_INODE) ==
           g_file_info_get_attribute_uint64 (info_b, G_FILE_ATTRIBUTE_UNIX_INODE);
}

/**
 * cr_document_parse_temporary_name:
 * @name: a file name, without its folder
 * @target: (nullable): the name of the file it would replace, without its
 *   folder; %NULL for any
 * @pid: (out) (optional): the process that wrote it
 *
 * Returns: whether @name is that of a new file a save to @target writes
 *   (.TARGET.cr-PID-XXXXXX)
 */
gboolean
cr_document_parse_temporary_name (const char *name,
                                  const char *target,
                                  GPid       *pid)
{
  const char *tag, *p, *end;
  guint64 number;

  g_return_val_if_fail (name != NULL, FALSE);

  if (name[0] != '.' || (tag = g_strrstr (name, TEMPORARY_TAG)) == NULL || tag == name + 1)
    return FALSE;

  if (target != NULL &&
      ((gsize) (tag - name - 1) != strlen (target) || strncmp (name + 1, target, tag - name - 1) != 0))
    return FALSE;

  /* PID-XXXXXX */
  p = tag + strlen (TEMPORARY_TAG);
  end = strchr (p, '-');
  if (end == NULL || end == p || strlen (end + 1) != 6)
    return FALSE;
  for (const char *c = p; c < end; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  for (const char *c = end + 1; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c))
      return FALSE;

  number = g_ascii_strtoull (p, NULL, 10);
  if (number == 0 || number > G_MAXINT)
    return FALSE;

  if (pid != NULL)
    *pid = (GPid) number;

  return TRUE;
}

/* Whether the temporary file @path, written by @pid, was left behind: its
 * writer is gone, or nothing has written to it for an hour (the writer
 * hangs, or the number is another process's now). One of this process is
 * a save going on in another thread, unless it is that old. */
static gboolean
is_stale (const char *path,
          GPid        pid)
{
  struct stat st;

  if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != getuid ())
    return FALSE;

  if ((gint64) st.st_mtime < g_get_real_time () / G_USEC_PER_SEC - STALE_AGE_SECONDS)
    return TRUE;

  return pid != getpid () && kill (pid, 0) != 0 && errno == ESRCH;
}

/* Removes what earlier saves to @target left beside it (see is_stale()). */
static void
remove_stale_temporaries (const char *target)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *basename = g_path_get_basename (target);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GPid pid;

      if (!cr_document_parse_temporary_name (name, basename, &pid))
        continue;

      path = g_build_filename (folder, name, NULL);
      if (is_stale (path, pid))
        {
          g_debug ("Removing %s, left by an interrupted save", path);
          if (g_unlink (path) != 0)
            g_debug ("Cannot remove %s: %s", path, g_strerror (errno));
        }
    }
}

/* Saving a file as it is written. */

struct _CrSaveStream
{
  GFile         *file;
  GOutputStream *stream;
  /* A local file: the new file beside the target, which replaces it. */
  char          *target;
  char          *temporary;
  int            fd;
  gboolean       existed;
  struct stat    previous;
};

static void
save_stream_free (CrSaveStream *save)
{
  g_clear_object (&save->stream);
  if (save->fd >= 0)
    close (save->fd);
  if (save->temporary != NULL)
    g_unlink (save->temporary);
  g_free (save->temporary);
  g_free (save->target);
  g_clear_object (&save->file);
  g_free (save);
}

/* A stream's error, with the system's reason alone (GIO says "Error
 * writing to file descriptor: No space left on device"). */
static gboolean
set_write_error_from_io (GError       **error,
                         const GError  *io_error)
{
  GFileError code = G_FILE_ERROR_FAILED;
  const char *colon = g_strrstr (io_error->message, ": ");
  g_autofree char *reason = g_strdup (colon != NULL ? colon + 2 : io_error->message);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    code = G_FILE_ERROR_NOSPC;
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    code = G_FILE_ERROR_ACCES;

  return set_write_error_text (error, code, g_strstrip (reason));
}

/**
 * cr_save_stream_new:
 * @file: where to write
 *
 * Starts saving @file as cr_document_save() does, for data too large to
 * keep in memory: what is written to cr_save_stream_get_stream() goes into
 * a new file beside @file, which replaces it only at
 * cr_save_stream_commit(). Until then, and whenever anything fails, @file
 * stays as it was. Errors are those of cr_document_save().
 *
 * Returns: (transfer full) (nullable): the save, to commit or abort
 */
CrSaveStream *
cr_save_stream_new (GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  CrSaveStream *save;
  const char *path;
  int mode = 0666;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  save = g_new0 (CrSaveStream, 1);
  save->fd = -1;
  save->file = g_object_ref (file);

  if ((path = g_file_peek_path (file)) == NULL)
    {
      /* Elsewhere, GIO's own replacing, which writes beside the target. */
      GFileOutputStream *stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE,
                                                  cancellable, error);

      if (stream == NULL)
        {
          save_stream_free (save);
          return NULL;
        }
      save->stream = G_OUTPUT_STREAM (stream);
      return save;
    }

  if ((save->target = resolve_links (path, error)) == NULL)
    {
      save_stream_free (save);
      return NULL;
    }

  if (g_stat (save->target, &save->previous) == 0)
    {
      if (!S_ISREG (save->previous.st_mode))
        {
          /* rename() would refuse a folder; anything else it would
           * replace. */
          if (S_ISDIR (save->previous.st_mode))
            set_write_error (error, EISDIR);
          else
            set_write_error_text (error, G_FILE_ERROR_FAILED, "it is not a regular file");
          save_stream_free (save);
          return NULL;
        }
      save->existed = TRUE;
      mode = (int) (save->previous.st_mode & 0777);
    }

  remove_stale_temporaries (save->target);

  {
    g_autofree char *folder = g_path_get_dirname (save->target);
    g_autofree char *basename = g_path_get_basename (save->target);
    g_autofree char *name = g_strdup_printf (".%s" TEMPORARY_TAG "%d-XXXXXX", basename,
                                             (int) getpid ());

    save->temporary = g_build_filename (folder, name, NULL);
  }
  if ((save->fd = g_mkstemp_full (save->temporary, O_RDWR | O_CLOEXEC, mode)) < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&save->temporary, g_free);
      set_write_error (error, saved_errno);
      save_stream_free (save);
      return NULL;
    }

  save->stream = g_buffered_output_stream_new_sized (g_unix_output_stream_new (save->fd, FALSE),
                                                     64 * 1024);
  /* The buffered stream holds the only reference to the unix one. */
  g_object_unref (g_filter_output_stream_get_base_stream (G_FILTER_OUTPUT_STREAM (save->stream)));

  return save;
}

/**
 * cr_save_stream_get_stream:
 *
 * Returns: (transfer none): where to write the file's contents
 */
GOutputStream *
cr_save_stream_get_stream (CrSaveStream *save)
{
  g_return_val_if_fail (save != NULL, NULL);

  return save->stream;
}

/**
 * cr_save_stream_write:
 *
 * Writes @data, all of it, into the new file. A failure is said as
 * cr_document_save() says it; the save is then to be aborted.
 *
 * Returns: %TRUE on success
 */
gboolean
cr_save_stream_write (CrSaveStream  *save,
                      const void    *data,
                      gsize          length,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (save != NULL, FALSE);

  if (g_output_stream_write_all (save->stream, data, length, NULL, cancellable, &local_error))
    return TRUE;

  if (save->target == NULL || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    set_write_error_from_io (error, local_error);

  return FALSE;
}

/**
 * cr_save_stream_commit:
 *
 * Puts what was written in place of the file, flushed to the disk first,
 * with the previous file's permissions; frees @save. On failure the
 * previous file is left as it was and nothing is left beside it.
 *
 * Returns: %TRUE on success
 */
gboolean
cr_save_stream_commit (CrSaveStream  *save,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (save != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  if (save->target == NULL)
    {
      ok = g_output_stream_close (save->stream, cancellable, error);
      goto out;
    }

  if (!g_output_stream_close (save->stream, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_write_error_from_io (error, local_error);
      goto out;
    }

  if (save->existed)
    {
      /* The new file was made with the umask taken off the mode, and with
       * our group: give back what the umask took, and the group if we
       * may. */
      if (fchmod (save->fd, save->previous.st_mode & 0777) != 0)
        g_debug ("Cannot give %s its permissions back: %s", save->target, g_strerror (errno));
      if (fchown (save->fd, (uid_t) -1, save->previous.st_gid) != 0)
        g_debug ("Cannot give %s its group back: %s", save->target, g_strerror (errno));
    }

  if (fsync (save->fd) != 0 || close (save->fd) != 0)
    {
      int saved_errno = errno;

      save->fd = -1;
      set_write_error (error, saved_errno);
      goto out;
    }
  save->fd = -1;

  if (g_rename (save->temporary, save->target) != 0)
    {
      set_write_error (error, errno);
      goto out;
    }
  g_clear_pointer (&save->temporary, g_free);
  ok = TRUE;

out:
  if (!ok && save->target == NULL && save->stream != NULL && !g_output_stream_is_closed (save->stream))
    {
      /* A cancelled close drops GIO's new file and keeps the old one. */
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      g_cancellable_cancel (cancelled);
      g_output_stream_close (save->stream, cancelled, NULL);
    }
  save_stream_free (save);

  return ok;
}

/**
 * cr_save_stream_abort:
 *
 * Gives up the save: the file stays as it was, nothing is left beside it;
 * frees @save.
 */
void
cr_save_stream_abort (CrSaveStream *save)
{
  g_return_if_fail (save != NULL);

  if (save->target == NULL && !g_output_stream_is_closed (save->stream))
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      g_cancellable_cancel (cancelled);
      g_output_stream_close (save->stream, cancelled, NULL);
    }

  /* A local file's new file is removed with it. */
  save_stream_free (save);
}
