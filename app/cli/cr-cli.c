/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-cli.c: scoring from the command line, without a display
 *
 * `creator-role --score FILE` prints the result document of the answers in
 * FILE (a file name or a URI, "-" for standard input). With --batch, FILE holds JSON Lines, one
 * document or answers object a line, and each line gets its result document
 * on one line of output, in order, read and written as a stream so that
 * memory stays flat however long the input. Every refusal is one line on
 * standard error that names the input and says what is wrong and where.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <glib/gstdio.h>

#include "cr-cli.h"
#include "cr-cli-share.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-name.h"
#include "cr-quote.h"
#include "cr-result.h"
#include "cr-roster.h"
#include "cr-roster-chart.h"
#include "cr-roster-summary.h"

/* Which of standard input, output and error were closed when the program
 * started (see cr_cli_guard_standard_streams()). */
static gboolean standard_closed[3];

/* Why g_print() last failed to write to standard output, or 0. */
static int print_errno;

/* g_print()'s printer, as GLib's own but that it keeps why a write failed. */
static void
print_to_stdout (const char *string)
{
  if (fputs (string, stdout) == EOF || fflush (stdout) != 0)
    print_errno = errno != 0 ? errno : EIO;
}

/* At exit: what is still buffered for standard output is written, and a
 * failure said in one line with a failing status, for what no code of
 * ours writes and checks: --version, and --help, which GLib prints before
 * it exits with 0. An exit with another status has said what went wrong
 * already. */
static void
check_standard_output (int      status,
                       gpointer user_data G_GNUC_UNUSED)
{
  int saved_errno = print_errno;

  if (status != 0 || standard_closed[STDOUT_FILENO])
    return;
  errno = 0;
  if (saved_errno == 0 && fflush (stdout) == 0 && !ferror (stdout))
    return;
  if (saved_errno == 0)
    saved_errno = errno != 0 ? errno : EIO;

  fprintf (stderr, "creator-role: cannot write to standard output: %s\n",
           g_strerror (saved_errno));
  _exit (1);
}

/**
 * cr_cli_guard_standard_streams:
 *
 * Puts /dev/null in the place of standard input, output or error when one
 * is closed, and remembers which, so that cr_cli_score() can refuse to
 * read or write a closed one. Called first thing in main(): otherwise the
 * first descriptor GLib opens (its main loop's eventfd) would take the
 * closed one's number, and reading standard input would read that.
 * Also makes sure, at exit, that whatever went to standard output got
 * there (check_standard_output()).
 */
void
cr_cli_guard_standard_streams (void)
{
  g_set_print_handler (print_to_stdout);
  on_exit (check_standard_output, NULL);

  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++)
    {
      int null_fd;

      if (fcntl (fd, F_GETFD) >= 0 || errno != EBADF)
        continue;

      standard_closed[fd] = TRUE;
      /* The lowest free number: @fd itself, since those below are open. */
      null_fd = open ("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
      if (null_fd >= 0 && null_fd != fd)
        {
          dup2 (null_fd, fd);
          close (null_fd);
        }
    }
}

/* What is read: a stream, and for a local file or standard input the
 * descriptor and what fstat() says of it; for a file elsewhere (a URI),
 * the file. */
typedef struct
{
  GInputStream *stream;
  int fd;
  struct stat st;
  GFile *file;
} Input;

static void
input_clear (Input *input)
{
  g_clear_object (&input->stream);
  g_clear_object (&input->file);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Input, input_clear)

static gboolean
set_read_error (GError     **error,
                const char  *reason)
{
  g_set_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ, "cannot be read: %s", reason);
  return FALSE;
}

/* Opens @path, "-" for standard input, a file name or a URI, the same way
 * for a single document and for a batch. A local file is opened without
 * blocking and must be a file or a pipe (process substitution gives one):
 * a folder or a device is refused before anything is read from it. */
static gboolean
open_input (const char  *path,
            Input       *input,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *local;
  int fd;

  input->fd = -1;

  if (g_str_equal (path, "-"))
    {
      input->fd = STDIN_FILENO;
      if (fstat (input->fd, &input->st) != 0)
        return set_read_error (error, g_strerror (errno));
      input->stream = g_unix_input_stream_new (input->fd, FALSE);
      return TRUE;
    }

  file = g_file_new_for_commandline_arg (path);
  if ((local = g_file_peek_path (file)) == NULL)
    {
      input->stream = G_INPUT_STREAM (g_file_read (file, NULL, &local_error));
      if (input->stream == NULL)
        return set_read_error (error, local_error->message);
      input->file = g_steal_pointer (&file);
      return TRUE;
    }

  if ((fd = g_open (local, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0)) < 0)
    {
      g_autofree char *message = cr_document_describe_errno (errno);

      g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ, message);
      return FALSE;
    }

  if (fstat (fd, &input->st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_read_error (error, g_strerror (saved_errno));
    }

  if (!S_ISREG (input->st.st_mode) && !S_ISFIFO (input->st.st_mode))
    {
      close (fd);
      if (S_ISDIR (input->st.st_mode))
        {
          g_set_error_literal (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_READ,
                               CR_DOCUMENT_FOLDER_MESSAGE);
          return FALSE;
        }
      return set_read_error (error, "it is a device, not a file");
    }

  /* A pipe is read as it comes, like standard input. */
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);

  input->fd = fd;
  input->stream = g_unix_input_stream_new (fd, TRUE);

  return TRUE;
}

/* Whether what is written would go into the file being read, under any
 * name: the results appended to it would be read again and the file grow
 * without end (refused, as cat refuses it), or the file written would
 * replace the answers it is made of. It is the file opened that counts, so
 * that a link, another name for it, /dev/stdin or standard input
 * redirected from it are all found: the same device and inode as the
 * descriptor read. @out is standard output, or %NULL; @output the file
 * written instead of it, or %NULL. A link to a file is written through
 * (see cr_document_save()): the file it leads to counts. Pipes, terminals
 * and devices are no file to lose, and a terminal is both standard input
 * and output of an interactive run. */
static gboolean
output_is_input (const Input *input,
                 FILE        *out,
                 const char  *output)
{
  struct stat out_st;

  if (output != NULL && input->file != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      return cr_file_is_same (file, input->file);
    }

  if (input->fd < 0 || !S_ISREG (input->st.st_mode))
    return FALSE;

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
      const char *local = g_file_peek_path (file);

      if (local == NULL || g_stat (local, &out_st) != 0)
        return FALSE;
    }
  else if (out == NULL || fstat (fileno (out), &out_st) != 0)
    return FALSE;

  return S_ISREG (out_st.st_mode) && out_st.st_dev == input->st.st_dev &&
         out_st.st_ino == input->st.st_ino;
}

static char *
score_to_data (CrAnswers *answers,
               gboolean   pretty,
               gsize     *length)
{
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GDateTime) created = cr_document_dup_source_date ();

  return cr_document_to_data (answers, result, cr_i18n_get_language (), created, pretty, length);
}

/* Reads the one document of @input; prints why on @err when it cannot. */
static CrAnswers *
load_one (Input      *input,
          const char *name,
          FILE       *err)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  /* Refused before it is read, as the window refuses it. */
  if (input->fd >= 0 && S_ISREG (input->st.st_mode) && input->st.st_size > CR_DOCUMENT_MAX_SIZE)
    g_set_error (&error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE,
                 "the file is larger than 1 MiB (%" G_GOFFSET_FORMAT " bytes)",
                 (goffset) input->st.st_size);
  else
    answers = cr_document_load_stream (input->stream, NULL, &error);

  if (answers == NULL)
    fprintf (err, "%s: %s\n", name, error->message);

  return g_steal_pointer (&answers);
}

static int
score_one (Input      *input,
           const char *name,
           FILE       *out,
           FILE       *err)
{
  g_autoptr(CrAnswers) answers = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if ((answers = load_one (input, name, err)) == NULL)
    return 1;

  data = score_to_data (answers, TRUE, &length);
  if (fwrite (data, 1, length, out) != length || fflush (out) != 0)
    {
      fprintf (err, "creator-role: cannot write the result: %s\n", g_strerror (errno));
      return 1;
    }

  return 0;
}

/* Input is read in blocks of this size, and lines cut out of them. */
#define READ_BLOCK_SIZE (256 * 1024)
/* Output is written in blocks of this size rather than the stream's default
 * (a page for a file or a pipe), to make fewer system calls. */
#define WRITE_BLOCK_SIZE (256 * 1024)

typedef struct
{
  GInputStream *in;
  char         *block;
  gsize         start;
  gsize         end;
  GError       *error;
} LineReader;

/* Reads the next line into @line, without its end of line (a final "\r"
 * is dropped too). A line longer than CR_DOCUMENT_MAX_SIZE is read to its
 * end but not kept: @line is left empty and *too_long set, so that memory
 * stays bounded whatever the input. Returns FALSE at the end of the input,
 * and for a read error (then kept in @reader's error). */
static gboolean
read_line (LineReader *reader,
           GString    *line,
           gboolean   *too_long)
{
  gboolean any = FALSE;

  g_string_truncate (line, 0);
  *too_long = FALSE;

  for (;;)
    {
      const char *p, *newline;
      gsize available, n;

      if (reader->start == reader->end)
        {
          gssize n_read = g_input_stream_read (reader->in, reader->block, READ_BLOCK_SIZE,
                                               NULL, &reader->error);

          reader->start = 0;
          reader->end = n_read > 0 ? (gsize) n_read : 0;
          if (reader->end == 0)
            break;
        }

      any = TRUE;
      p = reader->block + reader->start;
      available = reader->end - reader->start;
      newline = memchr (p, '\n', available);
      n = newline != NULL ? (gsize) (newline - p) : available;

      if (!*too_long && line->len + n <= CR_DOCUMENT_MAX_SIZE + 1)
        g_string_append_len (line, p, n);
      else
        {
          *too_long = TRUE;
          g_string_truncate (line, 0);
        }

      reader->start += n;
      if (newline != NULL)
        {
          reader->start++;
          break;
        }
    }

  if (!any)
    return FALSE;

  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate (line, line->len - 1);

  /* One byte over was kept, for a "\r" that would bring it back within. */
  if (line->len > CR_DOCUMENT_MAX_SIZE)
    {
      *too_long = TRUE;
      g_string_truncate (line, 0);
    }

  return TRUE;
}

/* @root as one line of JSON at the end of @text, bidirectional controls
 * escaped (see cr_name_escape_in_json()). */
static void
append_json (JsonGenerator *generator,
             JsonNode      *root,
             GString       *text)
{
  gsize start = text->len;

  json_generator_set_root (generator, root);
  json_generator_to_gstring (generator, text);
  cr_name_escape_in_json (text, start);
}

static void
write_error_line (JsonGenerator *generator,
                  GString       *text,
                  guint64        number,
                  const char    *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

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
  append_json (generator, root, text);
}

/* The error of one line, in words that fit a line rather than a file. */
static const char *
line_error_message (const GError *error)
{
  if (g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_EMPTY))
    return "the line is empty";
  if (g_error_matches (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE))
    return "the line is longer than 1 MiB";

  return error->message;
}

/* One line in, one line out, in order. Every object lives for one line
 * only, except the parser, the generator and the buffers, which are reused,
 * so that memory stays the same however many lines there are. */
static int
score_batch (Input      *input,
             const char *name,
             FILE       *out,
             FILE       *err)
{
  static char out_block[WRITE_BLOCK_SIZE];
  g_autoptr(GString) line = g_string_sized_new (4096);
  g_autoptr(GString) text = g_string_sized_new (8192);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *block = NULL;
  LineReader reader = { input->stream, NULL, 0, 0, NULL };
  const char *language = cr_i18n_get_language ();
  /* Each document says it was made now, or at SOURCE_DATE_EPOCH. */
  g_autoptr(GDateTime) created = cr_document_dup_source_date ();
  guint64 number = 0;
  gboolean failed = FALSE;
  gboolean too_long;
  int write_errno = 0;

  g_return_val_if_fail (out != NULL, 1);

  block = g_malloc (READ_BLOCK_SIZE);
  reader.block = block;

  /* Nothing has been written to @out yet, as setvbuf() requires. */
  setvbuf (out, out_block, _IOFBF, sizeof out_block);

  while (read_line (&reader, line, &too_long))
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) error = NULL;

      number++;
      g_string_truncate (text, 0);

      if (too_long)
        g_set_error_literal (&error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE,
                             "the line is longer than 1 MiB");
      else
        answers = cr_document_parse_with_parser (parser, line->str, line->len, &error);

      if (answers == NULL)
        {
          const char *message = line_error_message (error);

          fprintf (err, "%s:%" G_GUINT64_FORMAT ": %s\n", name, number, message);
          write_error_line (generator, text, number, message);
          failed = TRUE;
        }
      else
        {
          g_autoptr(CrResult) result = cr_score (answers);
          g_autoptr(JsonNode) root = cr_document_build (answers, result, language, created);

          /* What cr_document_to_data() gives, without its copies. */
          append_json (generator, root, text);
        }

      g_string_append_c (text, '\n');
      /* Once the output is refused (a full disk, a closed pipe), there is
       * no point in scoring the rest. */
      if (fwrite (text->str, 1, text->len, out) != text->len)
        {
          write_errno = errno;
          break;
        }
    }

  if (reader.error != NULL)
    {
      if (g_error_matches (reader.error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        fprintf (err, "%s: %s\n", name, CR_DOCUMENT_FOLDER_MESSAGE);
      else
        fprintf (err, "%s: cannot be read: %s\n", name, reader.error->message);
      g_clear_error (&reader.error);
      failed = TRUE;
    }

  if (write_errno == 0 && fflush (out) != 0)
    write_errno = errno;
  if (write_errno != 0 || ferror (out))
    {
      fprintf (err, "creator-role: cannot write the results: %s\n",
               g_strerror (write_errno != 0 ? write_errno : EIO));
      return 1;
    }

  return failed ? 1 : 0;
}

/* What cr_cli_score() and cr_cli_score_with() share: the checks of the
 * language, the file name and the standard streams, then the input opened
 * and read. @out is %NULL when nothing goes to standard output. */
static int score_roster (Input          *input,
                         const char     *name,
                         CrRosterFormat  input_format,
                         CrRosterFormat  output_format,
                         FILE           *out,
                         FILE           *err);

/* What a run of --score does with what it reads. */
typedef struct
{
  gboolean        batch;
  /* With @batch: a roster in, written out in @output_format. */
  CrRosterFormat  input_format;
  CrRosterFormat  output_format;
  /* Or one document, handed to @write_func. */
  CrCliWrite      write_func;
  gpointer        user_data;
  /* Where it goes when not to standard output. */
  const char     *output;
} Job;

static int
score_path (const char *path,
            const char *language,
            const Job  *job,
            const char *what,
            FILE       *out,
            FILE       *err)
{
  g_autoptr(GError) error = NULL;
  g_auto(Input) input = { NULL, -1, { 0 }, NULL };
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, 1);

  if (language != NULL && !cr_i18n_set_language (language, &error))
    {
      fprintf (err, "creator-role: --language: %s\n", error->message);
      return 1;
    }

  if (*path == '\0')
    {
      fprintf (err, "creator-role: --score: the file name is empty (give - for standard "
               "input)\n");
      return 1;
    }

  if (out != NULL && fileno (out) == STDOUT_FILENO && standard_closed[STDOUT_FILENO])
    {
      fprintf (err, "creator-role: standard output is closed: there is nowhere to write "
               "the %s\n", what);
      return 1;
    }

  if (g_str_equal (path, "-") && standard_closed[STDIN_FILENO])
    {
      fprintf (err, "creator-role: standard input is closed: there is nothing to score\n");
      return 1;
    }

  name = g_str_equal (path, "-") ? g_strdup ("standard input")
                                 : cr_cli_quote_file_name (path);

  if (!open_input (path, &input, &error))
    {
      fprintf (err, "%s: %s\n", name, error->message);
      return 1;
    }

  /* Once the input is open, before anything is written. */
  if (output_is_input (&input, out, job->output))
    {
      fprintf (err, "%s: the input is also the output; write the %s to another file\n", name,
               what);
      return 1;
    }

  if (job->write_func != NULL)
    {
      g_autoptr(CrAnswers) answers = load_one (&input, name, err);

      if (answers == NULL)
        return 1;

      return job->write_func (answers, out, err, job->user_data);
    }

  if (!job->batch)
    return score_one (&input, name, out, err);

  if (job->input_format == CR_ROSTER_FORMAT_JSONL && job->output_format == CR_ROSTER_FORMAT_JSONL)
    return score_batch (&input, name, out, err);

  return score_roster (&input, name, job->input_format, job->output_format, out, err);
}

/**
 * cr_cli_score:
 * @path: the file to score: a file name, a URI, or "-" for standard input
 * @language: (nullable): the language of the result's texts; %NULL for the
 *   system's
 * @batch: read JSON Lines and write one result a line
 * @out: where results go
 * @err: where errors go
 *
 * Every refusal is one line on @err; what it quotes of the input (a file
 * name, a language) is escaped and cut.
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
  Job job = { batch, CR_ROSTER_FORMAT_JSONL, CR_ROSTER_FORMAT_JSONL, NULL, NULL, NULL };

  return score_path (path, language, &job, batch ? "results" : "result", out, err);
}

/**
 * cr_cli_score_with:
 * @path: the one document to read, as for cr_cli_score()
 * @write_func: writes what is made of the answers read
 * @what: what is written, in the messages: "card", "report"…
 * @output: (nullable): the file @write_func writes, or %NULL when it
 *   writes to @out
 * @out: (nullable): standard output when @write_func writes to it, to be
 *   checked as cr_cli_score() checks it; %NULL when it writes elsewhere
 *
 * Reads one document as cr_cli_score() does, with the same checks and the
 * same messages, and hands its answers to @write_func. Neither @output nor
 * @out may be the file read, under any name.
 *
 * Returns: the exit status: 1 when the document cannot be read, otherwise
 *   what @write_func returns
 */
int
cr_cli_score_with (const char *path,
                   const char *language,
                   CrCliWrite  write_func,
                   gpointer    user_data,
                   const char *what,
                   const char *output,
                   FILE       *out,
                   FILE       *err)
{
  Job job = { FALSE, CR_ROSTER_FORMAT_UNKNOWN, CR_ROSTER_FORMAT_UNKNOWN, write_func, user_data,
              output };

  g_return_val_if_fail (write_func != NULL, 1);
  g_return_val_if_fail (what != NULL, 1);

  return score_path (path, language, &job, what, out, err);
}

/**
 * cr_cli_quote_file_name:
 *
 * Returns: (transfer full): @path as messages quote a file name
 */
char *
cr_cli_quote_file_name (const char *path)
{
  return cr_quote_path (path);
}

/* What the header row's reading has to say, once: an encoding guessed,
 * the columns ignored, with the id each was likely meant to be. */
static void
say_header (CrRosterReader *reader,
            const char     *name,
            FILE           *err)
{
  const char * const *ignored = cr_roster_reader_get_ignored_columns (reader);
  const char * const *suggested = cr_roster_reader_get_suggested_columns (reader);
  g_autoptr(GString) names = NULL;

  if (cr_roster_reader_get_encoding (reader) == CR_ROSTER_ENCODING_WINDOWS_1252)
    fprintf (err, "%s: not valid UTF-8, read as Windows-1252\n", name);
  if (ignored == NULL)
    return;

  /* compensaton (did you mean compensation?), notes */
  names = g_string_new (NULL);
  for (guint i = 0; ignored[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, ignored[i]);
      if (*suggested[i] != '\0')
        g_string_append_printf (names, " (did you mean %s?)", suggested[i]);
    }
  fprintf (err, "%s: ignoring unknown columns: %s\n", name, names->str);
}

/* The workbook's end: its summary sheet, with its chart, the rows left in
 * @text, then the workbook, straight to @out's descriptor. */
static gboolean
finish_workbook (CrRosterXlsx    *xlsx,
                 CrRosterSummary *summary,
                 GString         *text,
                 FILE            *out,
                 int             *write_errno,
                 FILE            *err)
{
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chart = NULL;
  CrRosterCounts counts;

  cr_roster_summary_get_counts (summary, &counts);
  if ((chart = cr_roster_summary_render_png (&counts, &error)) == NULL)
    {
      fprintf (err, "creator-role: cannot write the results: %s\n", error->message);
      return FALSE;
    }
  cr_roster_xlsx_take_summary (xlsx, cr_roster_summary_sheet_new (&counts, chart));

  if (fflush (out) != 0)
    {
      *write_errno = errno;
      return TRUE;
    }

  stream = g_unix_output_stream_new (fileno (out), FALSE);
  if ((text->len > 0 && !cr_roster_xlsx_add_csv (xlsx, text->str, text->len, &error)) ||
      !cr_roster_xlsx_finish (xlsx, stream, NULL, &error))
    {
      fprintf (err, "creator-role: cannot write the results: %s\n", error->message);
      return FALSE;
    }

  return TRUE;
}

/* A roster in CSV, or JSON Lines written out as CSV: read through the
 * roster reader, one row at a time, each scored and written before the
 * next is read, so that memory stays flat. A row that cannot be read is
 * one line on @err with its line number (and, in JSON Lines, an error
 * object in its place, as --batch writes); ignored columns are named once. */
static int
score_roster (Input          *input,
              const char     *name,
              CrRosterFormat  input_format,
              CrRosterFormat  output_format,
              FILE           *out,
              FILE           *err)
{
  static char out_block[WRITE_BLOCK_SIZE];
  g_autoptr(CrRosterReader) reader = cr_roster_reader_new (input->stream, input_format);
  g_autoptr(GString) text = g_string_sized_new (8192);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = cr_document_dup_source_date ();
  /* For XLSX, the CSV rows go into the workbook, written at the end, and
   * the creators into its summary sheet. */
  g_autoptr(CrRosterXlsx) xlsx = NULL;
  g_autoptr(GListStore) creators = NULL;
  g_autoptr(CrRosterSummary) summary = NULL;
  const char *language = cr_i18n_get_language ();
  gboolean failed = FALSE;
  gboolean header_seen = FALSE;
  int write_errno = 0;

  g_return_val_if_fail (out != NULL, 1);

  if (output_format == CR_ROSTER_FORMAT_XLSX && (xlsx = cr_roster_xlsx_new (created, &error)) == NULL)
    {
      fprintf (err, "creator-role: cannot write the results: %s\n", error->message);
      return 1;
    }
  if (xlsx != NULL)
    {
      creators = g_list_store_new (CR_TYPE_CREATOR);
      summary = cr_roster_summary_new (G_LIST_MODEL (creators));
    }

  setvbuf (out, out_block, _IOFBF, sizeof out_block);

  /* A spreadsheet is read from its file: the one opened, by its
   * descriptor, whatever name it was given (standard input redirected
   * from a file too); a pipe has none. */
  if (input->fd >= 0 && S_ISREG (input->st.st_mode))
    {
      g_autofree char *fd_path = g_strdup_printf ("/proc/self/fd/%d", input->fd);

      cr_roster_reader_set_path (reader, fd_path);
    }

  if (output_format != CR_ROSTER_FORMAT_JSONL)
    cr_roster_append_csv_header (text);

  for (;;)
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) row_error = NULL;
      guint64 line;
      CrRosterRow row = cr_roster_reader_next (reader, &answers, &line, &row_error, NULL, &error);

      if (!header_seen && row != CR_ROSTER_ROW_END)
        {
          header_seen = TRUE;
          say_header (reader, name, err);
        }

      if (row == CR_ROSTER_ROW_END)
        break;

      if (row == CR_ROSTER_ROW_PROBLEM)
        {
          fprintf (err, "%s:%" G_GUINT64_FORMAT ": %s\n", name, line, row_error->message);
          if (output_format == CR_ROSTER_FORMAT_JSONL)
            {
              write_error_line (generator, text, line, row_error->message);
              g_string_append_c (text, '\n');
            }
          failed = TRUE;
        }
      else
        {
          g_autoptr(CrResult) result = cr_score (answers);
          const GError *notice = cr_roster_reader_get_notice (reader);

          if (notice != NULL)
            fprintf (err, "%s:%" G_GUINT64_FORMAT ": %s\n", name, line, notice->message);

          if (creators != NULL)
            {
              CrScoreSummary score;
              g_autoptr(CrCreator) creator = NULL;

              cr_result_get_score_summary (result, &score);
              creator = cr_creator_new (answers, &score, line);
              g_list_store_append (creators, creator);
            }
          if (output_format != CR_ROSTER_FORMAT_JSONL)
            cr_roster_append_csv_row (text, answers, result);
          else
            {
              g_autoptr(JsonNode) root = cr_document_build (answers, result, language, created);

              append_json (generator, root, text);
              g_string_append_c (text, '\n');
            }
        }

      if (xlsx != NULL)
        {
          if (text->len >= WRITE_BLOCK_SIZE)
            {
              if (!cr_roster_xlsx_add_csv (xlsx, text->str, text->len, &error))
                break;
              g_string_truncate (text, 0);
            }
          continue;
        }
      if (fwrite (text->str, 1, text->len, out) != text->len)
        {
          write_errno = errno;
          break;
        }
      g_string_truncate (text, 0);
    }

  if (xlsx != NULL && error == NULL)
    {
      if (!finish_workbook (xlsx, summary, text, out, &write_errno, err))
        return 1;
      g_string_truncate (text, 0);
    }

  if (error != NULL)
    {
      fprintf (err, "%s: %s\n", name, error->message);
      failed = TRUE;
    }
  else if (write_errno == 0 && text->len > 0 &&
           fwrite (text->str, 1, text->len, out) != text->len)
    /* A header row alone. */
    write_errno = errno;

  if (write_errno == 0 && fflush (out) != 0)
    write_errno = errno;
  if (write_errno != 0 || ferror (out))
    {
      fprintf (err, "creator-role: cannot write the results: %s\n",
               g_strerror (write_errno != 0 ? write_errno : EIO));
      return 1;
    }

  return failed ? 1 : 0;
}

/**
 * cr_cli_is_spreadsheet_name:
 *
 * Returns: whether @path is named as a spreadsheet's own file (.xlsx,
 *   .xlsm, .xls, .ods), which the CSV reader recognises and explains
 */
gboolean
cr_cli_is_spreadsheet_name (const char *path)
{
  static const char * const extensions[] = { ".xlsx", ".xlsm", ".xls", ".ods" };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return TRUE;

  return FALSE;
}

/**
 * cr_cli_score_roster:
 * @path: the roster to score, "-" for standard input
 * @language: (nullable): the language of the results' texts
 * @input_format: CSV or JSON Lines; %CR_ROSTER_FORMAT_UNKNOWN to tell by
 *   the file's extension (JSON Lines if it says nothing)
 * @output_format: CSV (the answers and the result's summary, a row a
 *   creator), XLSX (the same rows as a workbook) or JSON Lines (a result
 *   document a line)
 * @out: where results go
 * @err: where errors go
 *
 * `--score FILE --batch` for every pair of formats. JSON Lines to JSON
 * Lines goes through cr_cli_score(), the faster way.
 *
 * Returns: the exit status: 0 when every row was scored, 1 otherwise
 */
int
cr_cli_score_roster (const char     *path,
                     const char     *language,
                     CrRosterFormat  input_format,
                     CrRosterFormat  output_format,
                     FILE           *out,
                     FILE           *err)
{
  Job job = { TRUE, input_format, output_format, NULL, NULL, NULL };

  g_return_val_if_fail (path != NULL, 1);
  g_return_val_if_fail (output_format == CR_ROSTER_FORMAT_CSV ||
                        output_format == CR_ROSTER_FORMAT_JSONL ||
                        output_format == CR_ROSTER_FORMAT_XLSX, 1);

  /* By the name; JSON Lines when it says nothing, and for standard
   * input. */
  if (job.input_format == CR_ROSTER_FORMAT_UNKNOWN && !g_str_equal (path, "-"))
    job.input_format = cr_roster_format_from_name (path);
  /* A spreadsheet's own file goes to the CSV reader, which says what it is
   * and how to save it as CSV. */
  if (job.input_format == CR_ROSTER_FORMAT_UNKNOWN && cr_cli_is_spreadsheet_name (path))
    job.input_format = CR_ROSTER_FORMAT_CSV;
  if (job.input_format == CR_ROSTER_FORMAT_UNKNOWN)
    job.input_format = CR_ROSTER_FORMAT_JSONL;

  return score_path (path, language, &job, "results", out, err);
}
