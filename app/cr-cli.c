/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-cli.c: scoring from the command line, without a display
 *
 * `creator-role --score FILE` prints the result document of the answers in
 * FILE ("-" for standard input). With --batch, FILE holds JSON Lines, one
 * document or answers object a line, and each line gets its result document
 * on one line of output, in order, read and written as a stream so that
 * memory stays flat however long the input. Every refusal is one line on
 * standard error that names the input and says what is wrong and where.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <gio/gio.h>
#include <gio/gunixinputstream.h>

#include "cr-cli.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-result.h"

static char *
score_to_data (CrAnswers *answers,
               gboolean   pretty,
               gsize     *length)
{
  g_autoptr(CrResult) result = cr_score (answers);

  return cr_document_to_data (answers, result, cr_i18n_get_language (), NULL, pretty, length);
}

static int
score_one (const char *path,
           const char *name,
           FILE       *out,
           FILE       *err)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);

      answers = cr_document_load_stream (in, NULL, &error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      answers = cr_document_load (file, NULL, &error);
    }

  if (answers == NULL)
    {
      fprintf (err, "%s: %s\n", name, error->message);
      return 1;
    }

  data = score_to_data (answers, TRUE, &length);
  if (fwrite (data, 1, length, out) != length || fflush (out) != 0)
    {
      fprintf (err, "creator-role: cannot write the result: %s\n", g_strerror (errno));
      return 1;
    }

  return 0;
}

/* Reads one line of at most CR_DOCUMENT_MAX_SIZE bytes into @line, without
 * its end of line; a longer one is skipped to its end and *too_long set.
 * Returns FALSE at the end of the input. */
static gboolean
read_line (FILE     *in,
           GString  *line,
           gboolean *too_long)
{
  int c;

  g_string_truncate (line, 0);
  *too_long = FALSE;

  while ((c = getc_unlocked (in)) != EOF)
    {
      if (c == '\n')
        break;
      if (line->len < CR_DOCUMENT_MAX_SIZE)
        g_string_append_c (line, (char) c);
      else
        *too_long = TRUE;
    }

  if (c == EOF && line->len == 0 && !*too_long)
    return FALSE;

  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate (line, line->len - 1);

  return TRUE;
}

static void
write_error_line (FILE       *out,
                  guint64     number,
                  const char *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "line");
  json_builder_add_int_value (builder, (gint64) number);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  fputs (text, out);
  fputc ('\n', out);
}

static int
score_batch (const char *path,
             const char *name,
             FILE       *out,
             FILE       *err)
{
  g_autoptr(GString) line = g_string_sized_new (4096);
  FILE *in;
  guint64 number = 0;
  gboolean failed = FALSE;
  gboolean too_long;

  if (g_str_equal (path, "-"))
    in = stdin;
  else if ((in = fopen (path, "re")) == NULL)
    {
      fprintf (err, "%s: cannot be read: %s\n", name, g_strerror (errno));
      return 1;
    }

  while (read_line (in, line, &too_long))
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) error = NULL;

      number++;

      if (too_long)
        g_set_error_literal (&error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE,
                             "the line is longer than 1 MiB");
      else
        answers = cr_document_parse (line->str, line->len, &error);

      if (answers == NULL)
        {
          fprintf (err, "%s:%" G_GUINT64_FORMAT ": %s\n", name, number, error->message);
          write_error_line (out, number, error->message);
          failed = TRUE;
        }
      else
        {
          gsize length;
          g_autofree char *data = score_to_data (answers, FALSE, &length);

          fwrite (data, 1, length, out);
        }
    }

  if (ferror (in))
    {
      fprintf (err, "%s: cannot be read: %s\n", name, g_strerror (errno));
      failed = TRUE;
    }

  if (in != stdin)
    fclose (in);

  if (fflush (out) != 0 || ferror (out))
    {
      fprintf (err, "creator-role: cannot write the results: %s\n", g_strerror (errno));
      return 1;
    }

  return failed ? 1 : 0;
}

/**
 * cr_cli_score:
 * @path: the file to score, "-" for standard input
 * @language: (nullable): the language of the result's texts; %NULL for the
 *   system's
 * @batch: read JSON Lines and write one result a line
 * @out: where results go
 * @err: where errors go
 *
 * Returns: the exit status: 0 when every input was scored, 1 otherwise
 */
int
cr_cli_score (const char *path,
              const char *language,
              gboolean    batch,
              FILE       *out,
              FILE       *err)
{
  g_autoptr(GError) error = NULL;
  const char *name;

  g_return_val_if_fail (path != NULL, 1);

  if (language != NULL && !cr_i18n_set_language (language, &error))
    {
      fprintf (err, "creator-role: --language: %s\n", error->message);
      return 1;
    }

  name = g_str_equal (path, "-") ? "standard input" : path;

  return batch ? score_batch (path, name, out, err) : score_one (path, name, out, err);
}
