/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-cli-share.c: the shared forms of a result from the command line
 *
 * `creator-role --score FILE --format text|json|png|pdf [--output OUT]`
 * writes the result as text, its document, the card or the report, to
 * standard output or atomically to OUT (see cr_document_save()): a failed
 * write leaves OUT as it was and says why, once. Pictures and PDFs are not
 * written to a terminal.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>


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
 *   the one of SOURCE_DATE_EPOCH when it is set, so that a build or a
 *   test can make the same file twice
 */
GDateTime *
cr_share_dup_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);

  return g_date_time_new_now_local ();
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
      data = cr_document_to_data (answers, result, cr_i18n_get_language (), NULL, TRUE, &length);
      return g_bytes_new_take (data, length);
    }
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
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (share->output);

      if (!cr_document_save (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                             NULL, &error))
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
