/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-cli-share.c: the shared forms of a result from the command line
 *
 * `creator-role --score FILE --format text|json|png|pdf [--output OUT]`
 * writes the result as text, its document, the card or the report, to
 * standard output or atomically to OUT (see cr_document_save()): a failed
 * write leaves OUT as it was and says why, once. An OUT that is no regular
 * file (a device, a pipe, /dev/stdout) is written straight into. Pictures
 * and PDFs are not written to a terminal.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cr-cli.h"
#include "cr-cli-share.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-result-text.h"

gboolean
cr_share_format_from_id (const char    *id,
                         CrShareFormat *format)
{
  static const char * const ids[] = { "json", "text", "png", "pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    if (g_str_equal (id, ids[i]))
      {
        *format = (CrShareFormat) i;
        return TRUE;
      }

  return FALSE;
}

gboolean
cr_card_size_from_id (const char *id,
                      CrCardSize *size)
{
  if (g_str_equal (id, "square"))
    *size = CR_CARD_SQUARE;
  else if (g_str_equal (id, "wide"))
    *size = CR_CARD_WIDE;
  else if (g_str_equal (id, "story"))
    *size = CR_CARD_STORY;
  else
    return FALSE;

  return TRUE;
}

gboolean
cr_paper_from_id (const char *id,
                  CrPaper    *paper)
{
  if (g_str_equal (id, "a4"))
    *paper = CR_PAPER_A4;
  else if (g_str_equal (id, "letter"))
    *paper = CR_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

/**
 * cr_share_dup_date:
 *
 * Returns: (transfer full): the day a card or a report shows: today, or
 *   the one of SOURCE_DATE_EPOCH (cr_document_dup_source_date())
 */
GDateTime *
cr_share_dup_date (void)
{
  GDateTime *epoch = cr_document_dup_source_date ();

  return epoch != NULL ? epoch : g_date_time_new_now_local ();
}

typedef struct
{
  CrShareFormat format;
  CrCardSize    size;
  CrPaper       paper;
  /* NULL for standard output. */
  const char   *output;
} Share;

static const char *
format_what (CrShareFormat format)
{
  switch (format)
    {
    case CR_SHARE_FORMAT_PNG:
      return "card";
    case CR_SHARE_FORMAT_PDF:
      return "report";
    case CR_SHARE_FORMAT_TEXT:
    case CR_SHARE_FORMAT_JSON:
    default:
      return "result";
    }
}

static GBytes *
make_bytes (const Share  *share,
            CrAnswers    *answers,
            GError      **error)
{
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GDateTime) date = cr_share_dup_date ();
  char *data;
  gsize length;

  switch (share->format)
    {
    case CR_SHARE_FORMAT_PNG:
      return cr_card_render_png (share->size, answers, result, date, error);
    case CR_SHARE_FORMAT_PDF:
      return cr_report_render_pdf (answers, result, date, share->paper, error);
    case CR_SHARE_FORMAT_TEXT:
      data = cr_result_format_text (answers, result);
      return g_bytes_new_take (data, strlen (data));
    case CR_SHARE_FORMAT_JSON:
    default:
      {
        g_autoptr(GDateTime) created = cr_document_dup_source_date ();

        data = cr_document_to_data (answers, result, cr_i18n_get_language (), created, TRUE,
                                    &length);
        return g_bytes_new_take (data, length);
      }
    }
}

/* The descriptor @path names, for /dev/stdout, /dev/stderr, /dev/fd/N and
 * /proc/self/fd/N; -1 for any other name. */
static int
descriptor_named (const char *path)
{
  static const char * const prefixes[] = { "/dev/fd/", "/proc/self/fd/" };
  guint64 number;

  if (g_str_equal (path, "/dev/stdout"))
    return STDOUT_FILENO;
  if (g_str_equal (path, "/dev/stderr"))
    return STDERR_FILENO;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (path, prefixes[i]) &&
        g_ascii_string_to_unsigned (path + strlen (prefixes[i]), 10, 0, G_MAXINT, &number, NULL))
      return (int) number;

  return -1;
}

static gboolean
set_write_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "cannot be written: %s", g_strerror (saved_errno));
  return FALSE;
}

/* Writes @bytes to @path when it is no regular file: a character device
 * (/dev/null, /dev/full, a terminal), a named pipe, a socket, or what
 * /dev/stdout and /proc/self/fd/N lead to. There is no file to replace and
 * no folder to make a new file in (/dev/stdout leads to "pipe:[N]"), so
 * the atomic save cannot be had and is not needed: @path is opened for
 * writing, without a temporary file or a rename, as a shell's redirection
 * opens it (a named pipe waits for its reader). Sets *@regular instead,
 * and writes nothing, when what was opened is a regular file after all
 * (replaced since it was looked at): that one is saved atomically. */
static gboolean
write_to_device (const char  *path,
                 GBytes      *bytes,
                 gboolean     binary,
                 gboolean    *regular,
                 GError     **error)
{
  const char *data;
  gsize length;
  struct stat st;
  int fd;

  *regular = FALSE;

  fd = g_open (path, O_WRONLY | O_NOCTTY | O_CLOEXEC, 0);
  /* A socket cannot be opened by name, even through /proc/self/fd/N: the
   * descriptor itself is written to. */
  if (fd < 0 && errno == ENXIO && descriptor_named (path) >= 0)
    fd = fcntl (descriptor_named (path), F_DUPFD_CLOEXEC, 0);
  if (fd < 0)
    return set_write_error (error, errno);

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_write_error (error, saved_errno);
    }

  if (S_ISREG (st.st_mode))
    {
      close (fd);
      *regular = TRUE;
      return TRUE;
    }

  if (binary && isatty (fd))
    {
      close (fd);
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                           "cannot be written: it is a terminal; give a file to write the "
                           "picture or the PDF to");
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved_errno = n < 0 ? errno : EIO;

          close (fd);
          return set_write_error (error, saved_errno);
        }
      data += n;
      length -= (gsize) n;
    }

  if (close (fd) != 0 && errno != EINTR)
    return set_write_error (error, errno);

  return TRUE;
}

/* Writes @bytes to @output: a regular file (or none yet) atomically, as
 * cr_document_save() does, anything else straight into. */
static gboolean
write_output (const char  *output,
              GBytes      *bytes,
              gboolean     binary,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  const char *local = g_file_peek_path (file);
  struct stat st;

  if (local != NULL && g_stat (local, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    {
      gboolean regular;

      if (!write_to_device (local, bytes, binary, &regular, error))
        return FALSE;
      if (!regular)
        return TRUE;
    }

  return cr_document_save (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                           error);
}

static int
write_share (CrAnswers *answers,
             FILE      *out,
             FILE      *err,
             gpointer   user_data)
{
  const Share *share = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize length;

  if ((bytes = make_bytes (share, answers, &error)) == NULL)
    {
      fprintf (err, "creator-role: the %s %s\n", format_what (share->format),
               error != NULL ? error->message : "cannot be drawn");
      return 1;
    }

  if (share->output != NULL)
    {
      gboolean binary = share->format == CR_SHARE_FORMAT_PNG ||
                        share->format == CR_SHARE_FORMAT_PDF;

      if (!write_output (share->output, bytes, binary, &error))
        {
          g_autofree char *name = cr_cli_quote_file_name (share->output);

          fprintf (err, "%s: %s\n", name, error->message);
          return 1;
        }

      return 0;
    }

  data = g_bytes_get_data (bytes, &length);
  if (fwrite (data, 1, length, out) != length || fflush (out) != 0)
    {
      fprintf (err, "creator-role: cannot write the %s: %s\n", format_what (share->format),
               g_strerror (errno));
      return 1;
    }

  return 0;
}

/**
 * cr_cli_share:
 * @path: the document to read, as for cr_cli_score()
 * @output: (nullable): the file to write, %NULL or "-" for @out
 * @size: the card's, for %CR_SHARE_FORMAT_PNG
 * @paper: the report's, for %CR_SHARE_FORMAT_PDF
 *
 * Returns: the exit status
 */
int
cr_cli_share (const char    *path,
              const char    *language,
              CrShareFormat  format,
              const char    *output,
              CrCardSize     size,
              CrPaper        paper,
              FILE          *out,
              FILE          *err)
{
  Share share = { format, size, paper, output };
  gboolean binary = format == CR_SHARE_FORMAT_PNG || format == CR_SHARE_FORMAT_PDF;

  g_return_val_if_fail (path != NULL, 1);

  if (output != NULL && *output == '\0')
    {
      fprintf (err, "creator-role: --output: the file name is empty (give - for standard "
               "output)\n");
      return 1;
    }

  if (output != NULL && g_str_equal (output, "-"))
    share.output = NULL;

  if (share.output == NULL && binary && isatty (fileno (out)))
    {
      fprintf (err, "creator-role: --format %s: standard output is a terminal; give "
               "--output FILE or redirect it to a file\n",
               format == CR_SHARE_FORMAT_PNG ? "png" : "pdf");
      return 1;
    }

  /* Which refuses an output that is the input, under any name. */
  return cr_cli_score_with (path, language, write_share, &share, format_what (format),
                            share.output, share.output == NULL ? out : NULL, err);
}
