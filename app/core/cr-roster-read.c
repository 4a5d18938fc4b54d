/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-read.c: reading a roster, row by row, from CSV or JSON Lines
 *
 * One row a creator. In JSON Lines, each line is a result document or an
 * answers object, as `--batch` reads and writes them. In CSV, as
 * spreadsheets save it, the first row names the columns, in any order: a
 * `name` (or `handle`) column and one column a question, by question id,
 * whose cells hold option ids. A question with several choices (platforms)
 * takes its option ids in one cell, separated by spaces (commas,
 * semicolons and vertical bars work too), or `none` for none of them; an
 * empty cell leaves the question unanswered. Ids are matched whatever
 * their case. The separator (comma, semicolon or tab) is the one the
 * header row uses most, outside quotes. Quoted cells may hold separators,
 * doubled quotes and line breaks; a UTF-8 byte-order mark and CRLF line
 * ends are fine. UTF-16 with its byte-order mark is decoded (GLib's
 * charset converter), and so is Windows-1252 when the first block read is
 * not UTF-8 (cr-roster-decode.c). A spreadsheet's own file (.xlsx, .ods,
 * .xls), known by its first bytes, is read from its file by
 * cr-roster-sheet.c where FreeXL 2 (a workbook) or minizip (an .ods) is
 * there, its first sheet's rows (or the first sheet's with a name column)
 * read as CSV rows are; elsewhere, or from a stream, it is refused with
 * what to do instead. A single quote before a cell that begins with
 * = + - @, a tab or a carriage return, which an export writes so that
 * spreadsheets take no formula from it, is taken away. The columns a result adds when
 * it is exported (role, the shares, close_call, runner_up, complete) are
 * recomputed, so they are skipped without a word; any other column is
 * ignored and named once.
 *
 * The CSV itself is parsed by libcsv, which also says where each row
 * ends: rows are numbered as a spreadsheet numbers them, the header row
 * 1, a blank line a row too, a quoted cell with line breaks inside still
 * one row, whatever the line ends (LF, CRLF, or CR alone, as old Mac
 * spreadsheets write). A row that cannot be read is reported with its
 * number and the reason, and reading goes on; what stops
 * it is only what leaves nothing sure to read after: a header row that
 * cannot be used, a quote left open (it swallows the rest of the file), or
 * the stream failing. A row over CR_ROSTER_MAX_ROW is one of those that
 * cannot be read: its cells are dropped as they come, and libcsv goes on
 * through it only to find where it ends. Nothing is kept from one row to
 * the next, so that memory stays flat however long the input.
 *
 * The messages are not translated, like the document reader's: they quote
 * ids and column names, and people paste them into bug reports.
 *
 * The bytes are made UTF-8 text in cr-roster-decode.c, and a row's cells
 * read as answers in cr-roster-cells.c; the struct they share is in
 * cr-roster-reader-private.h.
 */
#include "config.h"

#include <string.h>

#include <csv.h>
#include <json-glib/json-glib.h>

#include "cr-document.h"
#include "cr-questionnaire.h"
#include "cr-quote.h"
#include "cr-roster.h"
#include "cr-roster-ods.h"
#include "cr-roster-sheet.h"
#include "cr-roster-private.h"
#include "cr-roster-reader-private.h"

/* The detail of a row's error: see CrInputDetail in cr-document.h. */
typedef CrInputDetail CrRosterErrorPrivate;

static void
cr_roster_error_private_init (CrRosterErrorPrivate *priv)
{
  _cr_input_detail_init (priv);
}

static void
cr_roster_error_private_copy (const CrRosterErrorPrivate *src_priv,
                              CrRosterErrorPrivate       *dest_priv)
{
  _cr_input_detail_copy (src_priv, dest_priv);
}

static void
cr_roster_error_private_clear (CrRosterErrorPrivate *priv)
{
  _cr_input_detail_clear (priv);
}

/* GLib's macro finds the detail by subtracting an offset from the
 * error's address, a cast clang's -Wcast-align cannot prove aligned;
 * g_error_new() allocates the detail at the alignment it declares. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wcast-align"
G_DEFINE_EXTENDED_ERROR (CrRosterError, cr_roster_error)
#pragma GCC diagnostic pop

const CrInputDetail *
_cr_roster_error_get_detail (const GError *error)
{
  return cr_roster_error_get_private (error);
}

/* Says what *@error is about: see CrInputDetail. */
CrInputDetail *
_cr_roster_set_detail (GError         **error,
                       CrInputProblem   problem,
                       int              question,
                       const char      *value)
{
  CrInputDetail *detail = _cr_input_error_detail (error);

  if (detail == NULL)
    return NULL;
  detail->problem = problem;
  detail->question = question;
  g_free (detail->value);
  detail->value = g_strdup (value);

  return detail;
}


static void
record_free (Record *record)
{
  g_ptr_array_unref (record->cells);
  g_array_unref (record->lengths);
  g_free (record->text);
  g_free (record);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Record, record_free)

/**
 * cr_roster_format_from_name:
 * @name: a file name
 *
 * Returns: the format its extension says: .csv and .tsv are CSV; .jsonl,
 *   .ndjson and .json are JSON Lines; .xlsx (and .xlsm), .ods and .xls
 *   are spreadsheets; anything else is unknown
 */
CrRosterFormat
cr_roster_format_from_name (const char *name)
{
  const char *dot;

  g_return_val_if_fail (name != NULL, CR_ROSTER_FORMAT_UNKNOWN);

  if ((dot = strrchr (name, '.')) == NULL || strchr (dot, '/') != NULL)
    return CR_ROSTER_FORMAT_UNKNOWN;

  if (g_ascii_strcasecmp (dot, ".csv") == 0 || g_ascii_strcasecmp (dot, ".tsv") == 0)
    return CR_ROSTER_FORMAT_CSV;
  if (g_ascii_strcasecmp (dot, ".xlsx") == 0 || g_ascii_strcasecmp (dot, ".xlsm") == 0)
    return CR_ROSTER_FORMAT_XLSX;
  if (g_ascii_strcasecmp (dot, ".ods") == 0)
    return CR_ROSTER_FORMAT_ODS;
  if (g_ascii_strcasecmp (dot, ".xls") == 0)
    return CR_ROSTER_FORMAT_XLS;
  if (g_ascii_strcasecmp (dot, ".jsonl") == 0 || g_ascii_strcasecmp (dot, ".ndjson") == 0 ||
      g_ascii_strcasecmp (dot, ".json") == 0)
    return CR_ROSTER_FORMAT_JSONL;

  return CR_ROSTER_FORMAT_UNKNOWN;
}

/**
 * cr_roster_format_from_id:
 * @id: "csv", "jsonl", "xlsx", "ods" or "xls"
 *
 * Returns: the format, or %CR_ROSTER_FORMAT_UNKNOWN
 */
CrRosterFormat
cr_roster_format_from_id (const char *id)
{
  g_return_val_if_fail (id != NULL, CR_ROSTER_FORMAT_UNKNOWN);

  if (g_str_equal (id, "csv"))
    return CR_ROSTER_FORMAT_CSV;
  if (g_str_equal (id, "jsonl"))
    return CR_ROSTER_FORMAT_JSONL;
  if (g_str_equal (id, "xlsx"))
    return CR_ROSTER_FORMAT_XLSX;
  if (g_str_equal (id, "ods"))
    return CR_ROSTER_FORMAT_ODS;
  if (g_str_equal (id, "xls"))
    return CR_ROSTER_FORMAT_XLS;

  return CR_ROSTER_FORMAT_UNKNOWN;
}

const char *
cr_roster_format_to_id (CrRosterFormat format)
{
  switch (format)
    {
    case CR_ROSTER_FORMAT_CSV:
      return "csv";
    case CR_ROSTER_FORMAT_JSONL:
      return "jsonl";
    case CR_ROSTER_FORMAT_XLSX:
      return "xlsx";
    case CR_ROSTER_FORMAT_ODS:
      return "ods";
    case CR_ROSTER_FORMAT_XLS:
      return "xls";
    case CR_ROSTER_FORMAT_UNKNOWN:
    default:
      return NULL;
    }
}

/**
 * cr_roster_format_can_read:
 *
 * Returns: whether this build reads rosters in @format: CSV and JSON
 *   Lines always, Excel workbooks with FreeXL 2, OpenDocument
 *   spreadsheets with minizip
 */
gboolean
cr_roster_format_can_read (CrRosterFormat format)
{
  if (format == CR_ROSTER_FORMAT_CSV || format == CR_ROSTER_FORMAT_JSONL)
    return TRUE;

  /* Read by cr-roster-ods.c, with minizip, not FreeXL. */
  if (format == CR_ROSTER_FORMAT_ODS)
    return _cr_roster_ods_can_read ();

  return format != CR_ROSTER_FORMAT_UNKNOWN && _cr_roster_sheet_can_read ();
}

/**
 * cr_roster_format_can_write:
 *
 * Returns: whether this build writes rosters in @format: CSV and JSON
 *   Lines always, XLSX with libxlsxwriter
 */
gboolean
cr_roster_format_can_write (CrRosterFormat format)
{
  if (format == CR_ROSTER_FORMAT_CSV || format == CR_ROSTER_FORMAT_JSONL)
    return TRUE;

  return format == CR_ROSTER_FORMAT_XLSX && cr_roster_xlsx_can_write ();
}

/**
 * cr_roster_reader_new:
 * @stream: where the roster comes from
 * @format: its format; %CR_ROSTER_FORMAT_UNKNOWN to tell from the first
 *   bytes (an opening brace is JSON Lines, anything else CSV)
 *
 * Returns: (transfer full): a reader of @stream, which it does not close
 */
CrRosterReader *
cr_roster_reader_new (GInputStream   *stream,
                      CrRosterFormat  format)
{
  CrRosterReader *reader;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  reader = g_new0 (CrRosterReader, 1);
  reader->stream = g_object_ref (stream);
  reader->format = format;
  reader->block = g_malloc (READ_BLOCK_SIZE);
  reader->line = 1;
  reader->separator = ',';
  g_queue_init (&reader->records);

  return reader;
}

/**
 * cr_roster_reader_set_path:
 * @path: (nullable): the local file @reader's stream reads, if it is one
 *
 * Says which file the stream reads: a spreadsheet's own file (.xlsx, .ods,
 * .xls) is read from the file, since it cannot be read as a stream.
 * Without it, one is refused for being given as a stream.
 */
void
cr_roster_reader_set_path (CrRosterReader *reader,
                           const char     *path)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (!reader->started);

  g_free (reader->path);
  reader->path = g_strdup (path);
}

void
cr_roster_reader_free (CrRosterReader *reader)
{
  if (reader == NULL)
    return;

  g_object_unref (reader->stream);
  g_free (reader->path);
  g_clear_pointer (&reader->sheet, _cr_roster_sheet_free);
  g_free (reader->block);
  g_free (reader->raw);
  g_clear_object (&reader->converter);
  g_clear_error (&reader->fatal);
  g_clear_error (&reader->notice);
  g_clear_object (&reader->json);
  if (reader->text != NULL)
    g_string_free (reader->text, TRUE);
  if (reader->csv_ready)
    csv_free (&reader->csv);
  g_free (reader->columns);
  g_clear_pointer (&reader->ignored, g_ptr_array_unref);
  g_clear_pointer (&reader->suggested, g_ptr_array_unref);
  g_clear_pointer (&reader->map, cr_roster_columns_unref);
  g_clear_pointer (&reader->guess, cr_roster_columns_unref);
  g_clear_pointer (&reader->cells, g_ptr_array_unref);
  g_clear_pointer (&reader->lengths, g_array_unref);
  g_queue_clear_full (&reader->records, (GDestroyNotify) record_free);
  if (reader->pending != NULL)
    g_string_free (reader->pending, TRUE);
  g_free (reader->header_text);
  g_free (reader->row_text);
  g_free (reader);
}

CrRosterFormat
cr_roster_reader_get_format (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, CR_ROSTER_FORMAT_UNKNOWN);

  return reader->format;
}

/**
 * cr_roster_reader_get_separator:
 *
 * Returns: the separator of a CSV roster, once its header row is read
 */
char
cr_roster_reader_get_separator (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, ',');

  return reader->separator;
}

/**
 * cr_roster_reader_get_ignored_columns:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   columns of a CSV roster that are ignored, as its header row names
 *   them; %NULL when there are none
 */
const char * const *
cr_roster_reader_get_ignored_columns (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  if (reader->ignored == NULL || reader->ignored->len <= 1)
    return NULL;

  return (const char * const *) reader->ignored->pdata;
}

/**
 * cr_roster_reader_get_suggested_columns:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): beside
 *   each of cr_roster_reader_get_ignored_columns(), the id of the question
 *   its header most likely misspells, or "" when it looks like none;
 *   %NULL when no column is ignored
 */
const char * const *
cr_roster_reader_get_suggested_columns (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  if (reader->suggested == NULL || reader->suggested->len <= 1)
    return NULL;

  return (const char * const *) reader->suggested->pdata;
}

/**
 * cr_roster_reader_set_column_map:
 * @map: (nullable): what to read each column of the header row as
 *
 * Reads each column of a CSV roster's header row as @map says
 * (cr_roster_columns_set_question()), rather than by its header cell: a
 * person's corrections to the reader's guess (cr_roster_read_columns()).
 * The name and a result's columns are known as ever. A header row with
 * more or fewer columns than @map, or whose cells are not @map's, is
 * refused: the file changed since @map was made. Set before the first
 * row is read.
 */
void
cr_roster_reader_set_column_map (CrRosterReader  *reader,
                                 CrRosterColumns *map)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (!reader->header_read);

  g_clear_pointer (&reader->map, cr_roster_columns_unref);
  if (map != NULL)
    reader->map = cr_roster_columns_copy (map);
}

/**
 * cr_roster_reader_dup_columns:
 *
 * Returns: (transfer full) (nullable): what each column of a CSV roster's
 *   header row is read as, and how it was known, with the first row's
 *   cells once a row is read; %NULL before the header row is read, and
 *   for JSON Lines
 */
CrRosterColumns *
cr_roster_reader_dup_columns (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return reader->guess != NULL ? cr_roster_columns_copy (reader->guess) : NULL;
}

/* Reads the header row even if it names no question, and its first row,
 * for cr_roster_read_columns(): nothing is scored. */
void
_cr_roster_reader_set_columns_only (CrRosterReader *reader)
{
  reader->columns_only = TRUE;
}

/**
 * cr_roster_reader_get_notice:
 *
 * Returns: (transfer none) (nullable): what was changed in the row just
 *   read, which is still read (a name cut to CR_ANSWERS_NAME_MAX_CHARS
 *   characters), until the next row is read; %NULL for nothing
 */
const GError *
cr_roster_reader_get_notice (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return reader->notice;
}

/**
 * cr_roster_reader_get_bytes_read:
 *
 * Returns: how much of the stream has been read so far
 */
guint64
cr_roster_reader_get_bytes_read (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->bytes_read;
}

/**
 * cr_roster_reader_get_encoding:
 *
 * Returns: how the roster's bytes are read, known once the first row is
 */
CrRosterEncoding
cr_roster_reader_get_encoding (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, CR_ROSTER_ENCODING_UTF8);

  return reader->encoding;
}

/**
 * cr_roster_reader_get_sheet_name:
 *
 * Returns: (nullable): the name of the sheet read, for a spreadsheet
 */
const char *
cr_roster_reader_get_sheet_name (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return reader->sheet != NULL ? _cr_roster_sheet_get_name (reader->sheet) : NULL;
}

/**
 * cr_roster_reader_set_keep_text:
 *
 * Keeps the text of each row as it was read (once decoded), with the
 * blank rows before it, for cr_roster_reader_take_row_text(); and the
 * header row's and what follows the last row: together, the whole input.
 * Call before the first row is read.
 */
void
cr_roster_reader_set_keep_text (CrRosterReader *reader,
                                gboolean        keep_text)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (!reader->started);

  reader->keep_text = keep_text;
  if (keep_text && reader->pending == NULL)
    reader->pending = g_string_new (NULL);
}

/**
 * cr_roster_reader_take_row_text:
 * @gap: (out): how many of its first bytes are blank rows before the row
 *
 * Returns: (transfer full) (nullable): the text of the row last read
 *   (answers or a problem), its line end included; once
 */
char *
cr_roster_reader_take_row_text (CrRosterReader *reader,
                                guint          *gap)
{
  g_return_val_if_fail (reader != NULL, NULL);

  *gap = reader->row_gap;
  reader->row_gap = 0;

  return g_steal_pointer (&reader->row_text);
}

/**
 * cr_roster_reader_get_header_text:
 *
 * Returns: (nullable): a CSV roster's header row as it was read, with a
 *   UTF-8 byte-order mark before it and the blank rows before it
 */
const char *
cr_roster_reader_get_header_text (CrRosterReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return reader->header_text;
}

/**
 * cr_roster_reader_take_tail:
 *
 * Returns: (transfer full) (nullable): once every row is read, what
 *   follows the last one: blank lines, or nothing
 */
char *
cr_roster_reader_take_tail (CrRosterReader *reader)
{
  char *tail;

  g_return_val_if_fail (reader != NULL, NULL);

  if (reader->pending == NULL)
    return NULL;

  tail = g_string_free (g_steal_pointer (&reader->pending), FALSE);
  reader->pending = g_string_new (NULL);

  return tail;
}

/**
 * _cr_roster_reader_get_columns:
 * @n_columns: (out): how many the header row has
 *
 * Returns: what each CSV column holds: a question's index, or one of
 *   CR_ROSTER_READER_COLUMN_NAME, CR_ROSTER_READER_COLUMN_QUIET (a result's column) and
 *   CR_ROSTER_READER_COLUMN_IGNORED
 */
const int *
_cr_roster_reader_get_columns (CrRosterReader *reader,
                               guint          *n_columns)
{
  g_return_val_if_fail (reader != NULL, NULL);

  *n_columns = reader->n_columns;

  return reader->columns;
}

static gboolean
holds (const guchar *p,
       gsize         n,
       const char   *needle)
{
  gsize length = strlen (needle);

  for (gsize i = 0; i + length <= n; i++)
    if (memcmp (p + i, needle, length) == 0)
      return TRUE;

  return FALSE;
}

/* The first bytes of a spreadsheet's own file, said, and its format
 * (unknown for another ZIP archive): NULL for none. */
static const char *
spreadsheet_kind (const guchar   *p,
                  gsize           n,
                  CrRosterFormat *format)
{
  static const char ods_mimetype[] = "application/vnd.oasis.opendocument.spreadsheet";
  gsize name_length, extra_length;

  *format = CR_ROSTER_FORMAT_UNKNOWN;
  if (n >= 8 && memcmp (p, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      *format = CR_ROSTER_FORMAT_XLS;
      return "an Excel 97-2003 workbook (.xls)";
    }

  if (n < 4 || memcmp (p, "PK\x03\x04", 4) != 0)
    return NULL;

  /* An OpenDocument file names its type first, uncompressed: a first
   * entry "mimetype", whose data follow its local header (30 bytes), its
   * name and any extra field (a ZIP64 one, as some writers add). */
  name_length = n >= 30 ? p[26] | (gsize) p[27] << 8 : 0;
  extra_length = n >= 30 ? p[28] | (gsize) p[29] << 8 : 0;
  if (name_length == strlen ("mimetype") &&
      n >= 30 + name_length + extra_length + sizeof ods_mimetype - 1 &&
      memcmp (p + 30, "mimetype", name_length) == 0 &&
      memcmp (p + 30 + name_length + extra_length, ods_mimetype, sizeof ods_mimetype - 1) == 0)
    {
      *format = CR_ROSTER_FORMAT_ODS;
      return "an OpenDocument spreadsheet (.ods)";
    }
  if (holds (p, n, "[Content_Types].xml") || holds (p, n, "xl/"))
    {
      *format = CR_ROSTER_FORMAT_XLSX;
      return "an Excel workbook (.xlsx)";
    }

  return "a ZIP archive";
}

/* A spreadsheet's own file: its sheet read through cr-roster-sheet.c,
 * from the file, where FreeXL 2 (a workbook) or minizip (an OpenDocument
 * spreadsheet) is there; refused otherwise, with what to do. */
static gboolean
start_sheet (CrRosterReader *reader,
             const char     *kind,
             CrRosterFormat  format)
{
  if (!cr_roster_format_can_read (format))
    {
      reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
                                   "this is %s, not a CSV file: in the spreadsheet, "
                                   "choose Save As (or Export) and CSV UTF-8, then open "
                                   "that file", kind);
      return FALSE;
    }

  if (reader->path == NULL)
    {
      reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
                                   "this is %s, which can only be read from its file, not "
                                   "from a stream: give the file itself, or save it as "
                                   "CSV UTF-8 in the spreadsheet", kind);
      return FALSE;
    }

  if ((reader->sheet = _cr_roster_sheet_open (reader->path, format, kind,
                                              &reader->fatal)) == NULL)
    return FALSE;

  reader->format = format;
  reader->cells = g_ptr_array_new_with_free_func (g_free);
  reader->lengths = g_array_new (FALSE, FALSE, sizeof (gsize));

  return TRUE;
}

/* Reads the first block, or the first one decoded: FALSE, with the error
 * the reader stops at, when there is none. */
static gboolean
fill_first_block (CrRosterReader *reader,
                  GCancellable   *cancellable)
{
  if (_cr_roster_reader_fill_block (reader, cancellable))
    return TRUE;

  if (reader->fatal == NULL)
    reader->fatal = g_error_new_literal (CR_ROSTER_ERROR, CR_ROSTER_ERROR_EMPTY,
                                         "the file is empty");
  return FALSE;
}

/* Skips a byte-order mark: UTF-16, decoded from then on, or UTF-8, kept
 * in the text before the first row. FALSE when nothing follows. */
static gboolean
skip_byte_order_mark (CrRosterReader *reader,
                      GCancellable   *cancellable)
{
  const guchar *p = (const guchar *) reader->block;
  gsize n = reader->end;

  if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    {
      _cr_roster_reader_start_decoding (reader, 2, p[0] == 0xFF ? CR_ROSTER_ENCODING_UTF16LE
                                        : CR_ROSTER_ENCODING_UTF16BE);
      return fill_first_block (reader, cancellable);
    }
  else if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    {
      reader->start = 3;
      if (reader->keep_text)
        {
          /* Kept before the first row, as blank rows are. */
          g_string_append_len (reader->pending, (const char *) p, 3);
          reader->gap = 3;
        }
    }

  return TRUE;
}

/* The format of a file not named as one, told from its first bytes: JSON
 * Lines when it opens with an object, CSV otherwise. */
static CrRosterFormat
guess_format (CrRosterReader *reader)
{
  const guchar *p = (const guchar *) reader->block;
  gsize n = reader->end;
  gsize i = reader->start;

  while (i < n && g_ascii_isspace (p[i]))
    i++;

  return i < n && p[i] == '{' ? CR_ROSTER_FORMAT_JSONL : CR_ROSTER_FORMAT_CSV;
}

/* The separator the header row uses most, outside quotes; a comma when
 * it has none (a single column). */
static char
find_separator (CrRosterReader *reader)
{
  static const char candidates[] = { ',', ';', '\t' };
  const guchar *p = (const guchar *) reader->block;
  gsize n = reader->end;
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (gsize i = reader->start; i < n && (quoted || (p[i] != '\n' && p[i] != '\r')); i++)
    {
      if (p[i] == '"')
        quoted = !quoted;
      else if (!quoted)
        for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
          if (p[i] == (guchar) candidates[c])
            counts[c]++;
    }

  for (guint c = 1; c < G_N_ELEMENTS (candidates); c++)
    if (counts[c] > counts[best])
      best = c;

  return candidates[best];
}

/* Readies the reading of CSV: its encoding, its separator, libcsv. */
static void
start_csv (CrRosterReader *reader,
           GCancellable   *cancellable)
{
  /* A spreadsheet's CSV in a Western European locale: decided once, on
   * the first bytes. */
  if (reader->encoding == CR_ROSTER_ENCODING_UTF8 &&
      !_cr_roster_looks_like_utf8 ((const guchar *) reader->block + reader->start,
                                   reader->end - reader->start))
    {
      _cr_roster_reader_start_decoding (reader, reader->start, CR_ROSTER_ENCODING_WINDOWS_1252);
      _cr_roster_reader_fill_block (reader, cancellable);
    }

  reader->separator = find_separator (reader);

  csv_init (&reader->csv, CSV_REPALL_NL);
  /* libcsv grows its buffer for a cell by this much at a time (128 bytes
   * by default: thousands of reallocations for a long cell). */
  csv_set_blk_size (&reader->csv, 64 * 1024);
  reader->csv_ready = TRUE;
  csv_set_delim (&reader->csv, (unsigned char) reader->separator);
  reader->cells = g_ptr_array_new_with_free_func (g_free);
  reader->lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
}

/* Looks at the first bytes: a byte-order mark, the format if unknown, the
 * separator of a CSV header row. */
static gboolean
start (CrRosterReader *reader,
       GCancellable   *cancellable)
{
  CrRosterFormat sheet_format;
  const char *kind;

  reader->started = TRUE;

  if (!fill_first_block (reader, cancellable))
    return FALSE;

  kind = spreadsheet_kind ((const guchar *) reader->block, reader->end, &sheet_format);
  if (kind != NULL)
    return start_sheet (reader, kind, sheet_format);

  /* Named as a spreadsheet, but not one: told from its bytes. */
  if (reader->format != CR_ROSTER_FORMAT_CSV && reader->format != CR_ROSTER_FORMAT_JSONL)
    reader->format = CR_ROSTER_FORMAT_UNKNOWN;

  if (!skip_byte_order_mark (reader, cancellable))
    return FALSE;

  if (reader->format == CR_ROSTER_FORMAT_UNKNOWN)
    reader->format = guess_format (reader);

  if (reader->format == CR_ROSTER_FORMAT_JSONL)
    {
      reader->json = json_parser_new ();
      reader->text = g_string_sized_new (4096);
      return TRUE;
    }

  start_csv (reader, cancellable);

  return TRUE;
}

/* libcsv: a cell has ended. */
static void
csv_cell_cb (void   *data,
             size_t  length,
             void   *user_data)
{
  CrRosterReader *reader = user_data;

  reader->row_bytes += length + 1;
  if (!reader->skipping && reader->row_bytes > CR_ROSTER_MAX_ROW)
    {
      /* Refused whatever comes next: nothing more is kept of it. */
      reader->skipping = TRUE;
      g_ptr_array_set_size (reader->cells, 0);
      g_array_set_size (reader->lengths, 0);
    }

  if (reader->skipping)
    return;

  g_ptr_array_add (reader->cells, g_strndup (data != NULL ? data : "", length));
  g_array_append_val (reader->lengths, length);
}

/* libcsv: a row has ended, with @terminator, or -1 at the end of the
 * input. With CSV_REPALL_NL, every line end outside quotes ends one, a
 * blank line's too; the "\n" of a "\r\n" then ends an empty row of its
 * own, which is no row. */
static void
csv_row_cb (int   terminator,
            void *user_data)
{
  CrRosterReader *reader = user_data;
  Record *record;

  if (terminator == '\n' && reader->last_terminator == '\r' && reader->cells->len == 0 &&
      !reader->skipping)
    {
      reader->last_terminator = terminator;
      if (reader->keep_text)
        reader->gap = reader->pending->len;
      return;
    }
  reader->last_terminator = terminator;

  reader->rows_ended++;

  /* A blank row (a blank line, or separators alone) is counted, no more. */
  if (!reader->skipping && reader->row_bytes <= CR_ROSTER_MAX_ROW)
    {
      gboolean blank = TRUE;

      for (guint i = 0; blank && i < reader->lengths->len; i++)
        blank = g_array_index (reader->lengths, gsize, i) == 0;
      if (blank)
        {
          g_ptr_array_set_size (reader->cells, 0);
          g_array_set_size (reader->lengths, 0);
          reader->row_bytes = 0;
          if (reader->keep_text)
            reader->gap = reader->pending->len;
          return;
        }
    }

  record = g_new0 (Record, 1);
  record->line = reader->rows_ended;
  record->too_long = reader->skipping || reader->row_bytes > CR_ROSTER_MAX_ROW;
  record->cells = g_steal_pointer (&reader->cells);
  record->lengths = g_steal_pointer (&reader->lengths);
  if (reader->keep_text)
    {
      /* libcsv is fed up to each line end at most (feed_csv()), so the
       * row ends with what it was last fed. */
      record->gap = (guint) MIN (reader->gap, G_MAXUINT);
      record->text = g_string_free (g_steal_pointer (&reader->pending), FALSE);
      reader->pending = g_string_new (NULL);
      reader->gap = 0;
    }
  g_queue_push_tail (&reader->records, record);

  reader->cells = g_ptr_array_new_with_free_func (g_free);
  reader->lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  reader->row_bytes = 0;
  reader->skipping = FALSE;
}

static gboolean
is_blank (const char *p,
          gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (p[i] != '\r' && p[i] != '\n')
      return FALSE;

  return TRUE;
}

/* The row being read is over CR_ROSTER_MAX_ROW: it will be refused, and
 * only where it ends matters. Its cells so far are dropped, and so is what
 * libcsv holds of the cell it is in, but for the few last bytes it may
 * still take back (the spaces after a closing quote, and that quote). A
 * quote left open then costs no memory however far it runs: the end of the
 * input says so. libcsv has no call for this; its parser's state is in
 * the open struct csv_parser, and csv_parse() reads entry_pos and spaces
 * from it each time it starts. */
static void
skip_row (CrRosterReader *reader)
{
  struct csv_parser *csv = &reader->csv;
  gsize keep = MIN (csv->entry_pos, csv->spaces + 1);

  if (!reader->skipping)
    {
      reader->skipping = TRUE;
      g_ptr_array_set_size (reader->cells, 0);
      g_array_set_size (reader->lengths, 0);
    }

  if (csv->entry_pos > keep)
    {
      memmove (csv->entry_buf, csv->entry_buf + csv->entry_pos - keep, keep);
      csv->entry_pos = keep;
    }
}

/* libcsv is fed this much at a time, so that the rows it ends at once,
 * kept until they are read, stay few. */
#define FEED_SIZE 4096

/* Feeds libcsv the next piece of the block. FALSE once the input is used
 * up or reading must stop. */
static gboolean
feed_csv (CrRosterReader *reader,
          GCancellable   *cancellable)
{
  const char *p;
  gsize n;

  if (!_cr_roster_reader_fill_block (reader, cancellable))
    {
      if (reader->fatal == NULL && !reader->finished)
        {
          /* A quote still open at the end is an error, not a cell that
           * runs to the end of the file. */
          csv_set_opts (&reader->csv, CSV_STRICT | CSV_STRICT_FINI);
          if (csv_fini (&reader->csv, csv_cell_cb, csv_row_cb, reader) != 0)
            reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_UNCLOSED_QUOTE,
                                         "line %" G_GUINT64_FORMAT ": a quote is opened "
                                         "and never closed", reader->rows_ended + 1);
        }
      reader->finished = TRUE;
      return FALSE;
    }

  p = reader->block + reader->start;
  n = MIN (reader->end - reader->start, FEED_SIZE);
  if (reader->keep_text)
    {
      /* Up to the first line end, so that a row ends with the last byte
       * fed, and its text is what was fed since the last one. */
      for (gsize i = 0; i < n; i++)
        if (p[i] == '\n' || p[i] == '\r')
          {
            n = i + 1;
            break;
          }
      g_string_append_len (reader->pending, p, n);
    }

  if (csv_parse (&reader->csv, p, n, csv_cell_cb, csv_row_cb, reader) != n)
    {
      reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_READ,
                                   "line %" G_GUINT64_FORMAT ": %s", reader->rows_ended + 1,
                                   csv_strerror (csv_error (&reader->csv)));
      return FALSE;
    }
  reader->start += n;

  /* The cell being read counts too: one cell can be the whole row. */
  if (reader->row_bytes + reader->csv.entry_pos > CR_ROSTER_MAX_ROW)
    skip_row (reader);

  return TRUE;
}

/* The next row of a spreadsheet that is not blank, as a CSV record. */
static Record *
next_sheet_record (CrRosterReader *reader)
{
  Record *record;
  guint64 row;
  gboolean too_long;

  if (!_cr_roster_sheet_next_row (reader->sheet, reader->cells, reader->lengths, &row,
                                  &too_long))
    {
      reader->bytes_read = _cr_roster_sheet_get_bytes_read (reader->sheet);
      return NULL;
    }
  reader->bytes_read = _cr_roster_sheet_get_bytes_read (reader->sheet);

  record = g_new0 (Record, 1);
  record->line = row;
  record->too_long = too_long;
  record->cells = g_steal_pointer (&reader->cells);
  record->lengths = g_steal_pointer (&reader->lengths);
  reader->cells = g_ptr_array_new_with_free_func (g_free);
  reader->lengths = g_array_new (FALSE, FALSE, sizeof (gsize));

  return record;
}

static Record *
next_record (CrRosterReader *reader,
             GCancellable   *cancellable)
{
  if (reader->sheet != NULL)
    return next_sheet_record (reader);

  while (g_queue_is_empty (&reader->records))
    if (!feed_csv (reader, cancellable))
      break;

  return g_queue_pop_head (&reader->records);
}

static gboolean
record_is_blank (Record *record)
{
  for (guint i = 0; i < record->cells->len; i++)
    if (g_array_index (record->lengths, gsize, i) > 0)
      return FALSE;

  return TRUE;
}

static gboolean
is_result_column (const char *name)
{
  static const char * const columns[] = {
    "role", "influencer", "ambassador", "contracted-ambassador",
    "close_call", "runner_up", "complete",
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (name, columns[i]))
      return TRUE;

  return FALSE;
}

/* A column whose header cell is empty. */
static char *
column_name (guint column)
{
  return g_strdup_printf ("column %u", column + 1);
}

/* What a header cell names, by its text @stripped and its lower case
 * @key: the name, a result's column, a question by its id or as it reads
 * in any shipped language ("Are you paid for promoting brands?"), or
 * nothing, with the question id it was likely meant to be in
 * @suggested. */
static CrRosterMatch
match_column (const char  *stripped,
              const char  *key,
              int         *column,
              const char **suggested)
{
  g_autofree char *words = NULL;
  guint q;

  *suggested = NULL;
  if (g_str_equal (key, "name") || g_str_equal (key, "handle"))
    {
      *column = COLUMN_NAME;
      return CR_ROSTER_MATCH_NAME;
    }
  if (is_result_column (key))
    {
      *column = COLUMN_QUIET;
      return CR_ROSTER_MATCH_RESULT;
    }
  if (cr_questionnaire_lookup (key, &q) != NULL)
    {
      *column = (int) q;
      return CR_ROSTER_MATCH_ID;
    }
  if ((words = _cr_roster_normalize_words (stripped, -1)) != NULL &&
      _cr_roster_match_question_text (words, &q))
    {
      *column = (int) q;
      return CR_ROSTER_MATCH_TEXT;
    }

  *column = COLUMN_IGNORED;
  *suggested = _cr_roster_suggest_question (key);

  return *suggested != NULL ? CR_ROSTER_MATCH_SUGGESTION : CR_ROSTER_MATCH_NONE;
}

/* Column @c as the person chose (cr_roster_reader_set_column_map()), for
 * any column but the name and a result's: refused, in @reader's fatal
 * error, when the header cell is no longer the one chosen for. */
static gboolean
apply_map (CrRosterReader  *reader,
           Record          *record,
           guint            c,
           const char      *stripped,
           CrRosterColumns *guess)
{
  const char *cell = g_ptr_array_index (record->cells, c);
  gsize length = g_array_index (record->lengths, gsize, c);

  if (!g_str_equal (cr_roster_columns_get_header (reader->map, c), stripped))
    {
      g_autofree char *quoted = cr_quote_input_len (cell, (gssize) length, MAX_QUOTED);
      g_autofree char *was = cr_quote_input (cr_roster_columns_get_header (reader->map, c),
                                             MAX_QUOTED);

      reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_HEADER,
                                   "line %" G_GUINT64_FORMAT ": column %u is now %s, "
                                   "not %s as when its columns were chosen: the file "
                                   "changed", record->line, c + 1, quoted, was);
      return FALSE;
    }
  reader->columns[c] = cr_roster_columns_get_question (reader->map, c);
  _cr_roster_columns_set (guess, c, stripped, reader->columns[c], CR_ROSTER_MATCH_CHOSEN, -1);

  return TRUE;
}

/* Column @c, when it holds the name or a question: refused, in @reader's
 * fatal error, when an earlier column, *@first, holds it too. */
static gboolean
check_held_once (CrRosterReader *reader,
                 Record         *record,
                 guint           c,
                 guint          *first)
{
  const char *cell = g_ptr_array_index (record->cells, c);
  gsize length = g_array_index (record->lengths, gsize, c);
  g_autofree char *quoted = NULL;

  if (*first == 0)
    {
      *first = c + 1;
      return TRUE;
    }

  /* By a map, the question, not what the header says. */
  quoted = reader->map != NULL && reader->columns[c] >= 0
    ? g_strdup (cr_questionnaire_get_question ((guint) reader->columns[c])->id)
    : cr_quote_input_len (cell, (gssize) length, MAX_QUOTED);
  reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_HEADER,
                               "line %" G_GUINT64_FORMAT ": columns %u and %u "
                               "both hold %s", record->line, *first, c + 1,
                               reader->columns[c] == COLUMN_NAME ? "the name" : quoted);

  return FALSE;
}

/* A header row that names no question: refused, in @reader's fatal
 * error, with the questions its columns were likely meant to be, or
 * those it may name. */
static void
refuse_no_question (CrRosterReader *reader,
                    Record         *record)
{
  g_autoptr(GString) likely = g_string_new (NULL);
  g_autofree char *ids = NULL;

  for (guint i = 0; i + 1 < reader->suggested->len; i++)
    {
      const char *id = g_ptr_array_index (reader->suggested, i);

      if (*id == '\0')
        continue;
      if (likely->len > 0)
        g_string_append (likely, ", ");
      g_string_append (likely, id);
    }
  if (likely->len > 0)
    {
      reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_HEADER,
                                   "line %" G_GUINT64_FORMAT ": the header row names no "
                                   "question (did you mean %s?)", record->line, likely->str);
      return;
    }

  ids = cr_questionnaire_dup_question_ids ();
  reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_HEADER,
                               "line %" G_GUINT64_FORMAT ": the header row names no "
                               "question (expected a name column and any of %s)",
                               record->line, ids);
}

/* What reading a header row keeps from one cell to the next. */
typedef struct
{
  /* What each column was read as. */
  CrRosterColumns *guess;
  /* The column that holds each question, and the name, from 1; 0 for
   * none yet: a column named twice is found at once, however many there
   * are. */
  guint           *holder;
  guint            name_holder;
  gboolean         any_question;
} Header;

/* A header row as wide as the map it is read by, if any: refused, in
 * @reader's fatal error, when not. */
static gboolean
check_map_width (CrRosterReader *reader,
                 Record         *record)
{
  guint n_map;

  if (reader->map == NULL ||
      cr_roster_columns_get_n_columns (reader->map) == reader->n_columns)
    return TRUE;

  n_map = cr_roster_columns_get_n_columns (reader->map);
  reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_HEADER,
                               "line %" G_GUINT64_FORMAT ": the header row has %u %s, "
                               "not the %u its columns were chosen for: the file changed",
                               record->line, reader->n_columns,
                               reader->n_columns == 1 ? "column" : "columns", n_map);
  return FALSE;
}

/* Column @c, once read: the name's, a question's, or one ignored, listed
 * with the question it was likely meant to be (@suggested), its header
 * cell @blank or not. Refused, in @reader's fatal error, when an earlier
 * column holds the same. */
static gboolean
place_column (CrRosterReader *reader,
              Record         *record,
              guint           c,
              gboolean        blank,
              const char     *suggested,
              Header         *header)
{
  const char *cell = g_ptr_array_index (record->cells, c);
  gsize length = g_array_index (record->lengths, gsize, c);

  if (reader->columns[c] >= 0)
    header->any_question = TRUE;
  else if (reader->columns[c] == COLUMN_IGNORED)
    {
      g_ptr_array_add (reader->ignored,
                       !blank ? cr_quote_input_len (cell, (gssize) length, MAX_QUOTED)
                              : column_name (c));
      g_ptr_array_add (reader->suggested, (gpointer) (suggested != NULL ? suggested : ""));
    }

  if ((reader->columns[c] == COLUMN_NAME || reader->columns[c] >= 0) &&
      !check_held_once (reader, record, c,
                        reader->columns[c] == COLUMN_NAME ? &header->name_holder
                                                          : &header->holder[reader->columns[c]]))
    return FALSE;

  return TRUE;
}

/* Header cell @c: what it names, or what the map says, and where that
 * goes. Refused, in @reader's fatal error, when it is not UTF-8, when the
 * map no longer fits, or when an earlier column holds the same. */
static gboolean
read_header_cell (CrRosterReader *reader,
                  Record         *record,
                  guint           c,
                  Header         *header)
{
  const char *cell = g_ptr_array_index (record->cells, c);
  gsize length = g_array_index (record->lengths, gsize, c);
  g_autofree char *stripped = NULL;
  g_autofree char *key = NULL;
  const char *suggested;
  CrRosterMatch match;
  guint q;

  if (!g_utf8_validate_len (cell, length, NULL))
    {
      reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_ENCODING,
                                   "line %" G_GUINT64_FORMAT ": the header row is not "
                                   "valid UTF-8 (column %u)", record->line, c + 1);
      return FALSE;
    }

  stripped = g_strstrip (g_strndup (cell, length));
  key = g_ascii_strdown (stripped, -1);
  match = match_column (stripped, key, &reader->columns[c], &suggested);
  if (suggested != NULL)
    cr_questionnaire_lookup (suggested, &q);
  _cr_roster_columns_set (header->guess, c, stripped, reader->columns[c], match,
                          suggested != NULL ? (int) q : -1);

  if (reader->map != NULL && match != CR_ROSTER_MATCH_NAME && match != CR_ROSTER_MATCH_RESULT)
    {
      if (!apply_map (reader, record, c, stripped, header->guess))
        return FALSE;
      suggested = NULL;
    }

  return place_column (reader, record, c, *key == '\0', suggested, header);
}

static gboolean
read_header (CrRosterReader *reader,
             Record         *record)
{
  g_autoptr(GArray) holders = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(CrRosterColumns) guess = NULL;
  Header header = { 0 };

  header.holder = (guint *) (void *) g_array_set_size (holders,
                                                       cr_questionnaire_get_n_questions ())->data;

  reader->n_columns = record->cells->len;
  reader->columns = g_new (int, reader->n_columns);
  reader->ignored = g_ptr_array_new_with_free_func (g_free);
  reader->suggested = g_ptr_array_new ();
  g_clear_pointer (&reader->guess, cr_roster_columns_unref);
  guess = cr_roster_columns_new (reader->n_columns);
  header.guess = guess;

  if (!check_map_width (reader, record))
    return FALSE;

  for (guint c = 0; c < reader->n_columns; c++)
    if (!read_header_cell (reader, record, c, &header))
      return FALSE;

  g_ptr_array_add (reader->ignored, NULL);
  g_ptr_array_add (reader->suggested, NULL);
  reader->guess = g_steal_pointer (&guess);

  /* Looked at before anything is scored: a header that names no question
   * is shown all the same. */
  if (!header.any_question && !reader->columns_only)
    {
      refuse_no_question (reader, record);
      return FALSE;
    }

  reader->header_read = TRUE;

  return TRUE;
}

/* What next_csv() makes of one record: FALSE for one that gives no row
 * (the header, a blank row), else TRUE and the row in @row. The caller
 * frees @record, on every way out alike. */
static gboolean
read_record (CrRosterReader  *reader,
             Record          *record,
             CrAnswers      **answers,
             guint64         *line,
             GError         **row_error,
             CrRosterRow     *row)
{
  /* A row over 1 MiB has no cells left, but is no blank row. */
  if (!record->too_long && record_is_blank (record))
    {
      /* Its text goes with the next row's, as blank rows do. */
      if (record->text != NULL)
        {
          Record *next = g_queue_peek_head (&reader->records);
          gsize length = strlen (record->text);

          if (next != NULL)
            {
              char *text = g_strconcat (record->text, next->text, NULL);

              g_free (next->text);
              next->text = text;
              next->gap += (guint) length;
            }
          else
            {
              g_string_prepend (reader->pending, record->text);
              reader->gap += length;
            }
        }
      return FALSE;
    }

  if (record->text != NULL)
    {
      g_free (reader->row_text);
      reader->row_text = g_steal_pointer (&record->text);
      reader->row_gap = record->gap;
    }

  if (!reader->header_read)
    {
      g_free (reader->header_text);
      reader->header_text = g_steal_pointer (&reader->row_text);

      if (record->too_long)
        {
          reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_TOO_LONG,
                                       "line %" G_GUINT64_FORMAT ": the header row is "
                                       "longer than 1 MiB", record->line);
          *row = CR_ROSTER_ROW_END;
          return TRUE;
        }
      if (!read_header (reader, record))
        {
          *row = CR_ROSTER_ROW_END;
          return TRUE;
        }
      return FALSE;
    }

  if (reader->guess != NULL && !reader->sampled)
    {
      reader->sampled = TRUE;
      for (guint c = 0; c < record->cells->len; c++)
        _cr_roster_columns_set_sample (reader->guess, c, g_ptr_array_index (record->cells, c),
                                       g_array_index (record->lengths, gsize, c));
    }

  *line = record->line;
  if (record->too_long)
    {
      g_set_error_literal (row_error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_TOO_LONG,
                           "the row is longer than 1 MiB");
      _cr_roster_set_detail (row_error, CR_INPUT_PROBLEM_ROW_TOO_LONG, -1, NULL);
      *row = CR_ROSTER_ROW_PROBLEM;
      return TRUE;
    }
  *answers = _cr_roster_reader_read_row (reader, record, row_error);

  *row = *answers != NULL ? CR_ROSTER_ROW_ANSWERS : CR_ROSTER_ROW_PROBLEM;
  return TRUE;
}

static CrRosterRow
next_csv (CrRosterReader  *reader,
          CrAnswers      **answers,
          guint64         *line,
          GError         **row_error,
          GCancellable    *cancellable)
{
  for (;;)
    {
      Record *record = next_record (reader, cancellable);
      CrRosterRow row = CR_ROSTER_ROW_END;
      gboolean done;

      if (record == NULL)
        {
          if (!reader->header_read && reader->fatal == NULL && reader->sheet != NULL)
            reader->fatal = g_error_new (CR_ROSTER_ERROR, CR_ROSTER_ERROR_EMPTY,
                                         "the sheet \"%s\" is empty",
                                         cr_roster_reader_get_sheet_name (reader) != NULL
                                           ? cr_roster_reader_get_sheet_name (reader) : "");
          else if (!reader->header_read && reader->fatal == NULL)
            reader->fatal = g_error_new_literal (CR_ROSTER_ERROR, CR_ROSTER_ERROR_EMPTY,
                                                 "the file is empty");
          return CR_ROSTER_ROW_END;
        }

      done = read_record (reader, record, answers, line, row_error, &row);
      record_free (record);
      if (done)
        return row;
    }
}

/* The next line of JSON Lines, without its end; one over CR_ROSTER_MAX_ROW
 * is read to its end but not kept, and *too_long set. */
static gboolean
next_line (CrRosterReader *reader,
           GCancellable   *cancellable,
           gboolean       *too_long)
{
  gboolean any = FALSE;

  g_string_truncate (reader->text, 0);
  *too_long = FALSE;

  while (_cr_roster_reader_fill_block (reader, cancellable))
    {
      const char *p = reader->block + reader->start;
      gsize available = reader->end - reader->start;
      const char *newline = memchr (p, '\n', available);
      gsize n = newline != NULL ? (gsize) (newline - p) : available;

      any = TRUE;
      if (!*too_long && reader->text->len + n <= CR_ROSTER_MAX_ROW + 1)
        g_string_append_len (reader->text, p, n);
      else
        {
          *too_long = TRUE;
          g_string_truncate (reader->text, 0);
        }

      if (reader->keep_text)
        g_string_append_len (reader->pending, p, newline != NULL ? n + 1 : n);
      reader->start += n;
      if (newline != NULL)
        {
          reader->start++;
          break;
        }
    }

  if (!any)
    return FALSE;

  if (reader->text->len > 0 && reader->text->str[reader->text->len - 1] == '\r')
    g_string_truncate (reader->text, reader->text->len - 1);
  if (reader->text->len > CR_ROSTER_MAX_ROW)
    {
      *too_long = TRUE;
      g_string_truncate (reader->text, 0);
    }

  return TRUE;
}

static CrRosterRow
next_jsonl (CrRosterReader  *reader,
            CrAnswers      **answers,
            guint64         *line,
            GError         **row_error,
            GCancellable    *cancellable)
{
  gboolean too_long;

  while (next_line (reader, cancellable, &too_long))
    {
      *line = reader->line++;

      if (reader->keep_text &&
          !(!too_long && (is_blank (reader->text->str, reader->text->len) ||
                          strspn (reader->text->str, " \t") == reader->text->len)))
        {
          g_free (reader->row_text);
          reader->row_gap = (guint) MIN (reader->gap, G_MAXUINT);
          reader->row_text = g_string_free (g_steal_pointer (&reader->pending), FALSE);
          reader->pending = g_string_new (NULL);
          reader->gap = 0;
        }
      else if (reader->keep_text)
        reader->gap = reader->pending->len;

      if (too_long)
        {
          g_set_error_literal (row_error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_TOO_LONG,
                               "the line is longer than 1 MiB");
          _cr_roster_set_detail (row_error, CR_INPUT_PROBLEM_ROW_TOO_LONG, -1, NULL);
          return CR_ROSTER_ROW_PROBLEM;
        }

      if (is_blank (reader->text->str, reader->text->len) ||
          strspn (reader->text->str, " \t") == reader->text->len)
        continue;

      *answers = cr_document_parse_with_parser (reader->json, reader->text->str,
                                                reader->text->len, row_error);

      return *answers != NULL ? CR_ROSTER_ROW_ANSWERS : CR_ROSTER_ROW_PROBLEM;
    }

  if (reader->fatal == NULL && reader->line == 1)
    reader->fatal = g_error_new_literal (CR_ROSTER_ERROR, CR_ROSTER_ERROR_EMPTY,
                                         "the file is empty");

  return CR_ROSTER_ROW_END;
}

/**
 * cr_roster_reader_next:
 * @answers: (out) (transfer full): the row's answers, for
 *   %CR_ROSTER_ROW_ANSWERS
 * @line: (out): the line the row starts on, from 1
 * @row_error: why the row cannot be read, for %CR_ROSTER_ROW_PROBLEM
 * @error: why reading stops, with %CR_ROSTER_ROW_END; cancelling
 *   @cancellable gives %G_IO_ERROR_CANCELLED
 *
 * Reads the next row.
 *
 * Returns: what was read
 */
CrRosterRow
cr_roster_reader_next (CrRosterReader  *reader,
                       CrAnswers      **answers,
                       guint64         *line,
                       GError         **row_error,
                       GCancellable    *cancellable,
                       GError         **error)
{
  CrRosterRow row;

  g_return_val_if_fail (reader != NULL, CR_ROSTER_ROW_END);
  g_return_val_if_fail (answers != NULL && line != NULL, CR_ROSTER_ROW_END);
  g_return_val_if_fail (row_error == NULL || *row_error == NULL, CR_ROSTER_ROW_END);
  g_return_val_if_fail (error == NULL || *error == NULL, CR_ROSTER_ROW_END);

  *answers = NULL;
  *line = 0;
  g_clear_error (&reader->notice);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return CR_ROSTER_ROW_END;

  if (!reader->started)
    start (reader, cancellable);

  if (reader->fatal != NULL)
    row = CR_ROSTER_ROW_END;
  else if (reader->format == CR_ROSTER_FORMAT_JSONL)
    row = next_jsonl (reader, answers, line, row_error, cancellable);
  else
    row = next_csv (reader, answers, line, row_error, cancellable);

  if (row == CR_ROSTER_ROW_END && reader->fatal != NULL && error != NULL)
    *error = g_error_copy (reader->fatal);

  return row;
}
