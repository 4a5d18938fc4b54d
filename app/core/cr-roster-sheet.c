/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-sheet.c: a roster's spreadsheet files, read and written
 *
 * Reading, with FreeXL 2 (optional: HAVE_FREEXL): an Excel workbook
 * (.xlsx, or .xls), from its file, since FreeXL reads a path and not a
 * stream; an OpenDocument spreadsheet (.ods) is read by cr-roster-ods.c
 * instead (FreeXL 2.0 drops one cell of each run of equal cells that an
 * .ods stores once, as Calc does for "none,none"), and handed on here
 * the same way. The sheet read is the first
 * whose header row (its first row that is not blank) has a `name` or
 * `handle` cell, or else the first sheet. Its rows are handed to
 * cr-roster-read.c as cells of text, numbered as the spreadsheet numbers
 * them, and read there as a CSV row is, by the same header and cell
 * rules: a number in a cell is its shortest text (12, 1.5), a date as
 * FreeXL gives it (2026-12-07). Blank rows are left out, and so are the
 * empty cells at the end of a row; a row shorter than the header row is
 * given empty cells up to it, as a spreadsheet shows it. FreeXL reads the
 * whole sheet into memory when it opens it, about 40 bytes a cell plus
 * the text.
 *
 * Writing, with libxlsxwriter (optional: HAVE_XLSXWRITER): an XLSX
 * workbook of one sheet made of the rows of a CSV export
 * (cr_roster_append_csv_row()), so that it has the same columns and the
 * same cells: the shares as numbers, every other cell as a string,
 * written with worksheet_write_string(), so that no cell is ever a
 * formula however it begins. The single quote that guards such a cell in
 * CSV is taken away again, since a string cell needs none. The rows are
 * written as they come (libxlsxwriter's constant_memory mode), so that
 * only the shared strings stay in memory, not every cell: that mode makes
 * each string cell inline, which FreeXL reads as an empty cell, so each is
 * made a shared-string cell again before its row is written, as Excel and
 * Calc write them (write_shared_string()). The workbook is made in a
 * temporary file of its own, then copied to the stream given.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <csv.h>
#include <glib/gstdio.h>

#include "cr-name.h"
#include "cr-questionnaire.h"
#include "cr-result.h"
#include "cr-roster-ods.h"
#include "cr-roster-sheet.h"
#include "cr-roster-summary.h"

#if HAVE_FREEXL
#include <freexl.h>
#endif
#if HAVE_MINIZIP
#include <unzip.h>
#endif
#if HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

/* ---- Reading ------------------------------------------------------------ */

struct _CrRosterSheet
{
  /* An OpenDocument spreadsheet, read by cr-roster-ods.c. */
  CrRosterOds *ods;
#if HAVE_FREEXL
  const void *handle;
#endif
  char       *name;
  guint       n_rows;
  guint       n_columns;
  guint       next_row;
  /* The header row's cells, once it is read: the width of every row. */
  guint       width;
  guint64     size;
};

gboolean
_cr_roster_sheet_can_read (void)
{
  return HAVE_FREEXL;
}

void
_cr_roster_sheet_free (CrRosterSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_clear_pointer (&sheet->ods, _cr_roster_ods_free);

#if HAVE_FREEXL
  if (sheet->handle != NULL)
    freexl_close (sheet->handle);
#endif
  g_free (sheet->name);
  g_free (sheet);
}

/* A sheet's name as it is shown, in a status line or a message: the file
 * may give any bytes, a line break or a bidirectional override, and the
 * name is only shown, never used to find the sheet again. */
static char *
dup_shown_name (const char *name)
{
  g_autofree char *valid = name != NULL ? g_utf8_make_valid (name, -1) : NULL;

  return cr_name_dup_display (valid, CR_NAME_LABEL);
}

const char *
_cr_roster_sheet_get_name (CrRosterSheet *sheet)
{
  return sheet->name;
}

/* The file's size in proportion to the rows read: FreeXL reads it all
 * when it opens it, the rows are what takes the time after. */
guint64
_cr_roster_sheet_get_bytes_read (CrRosterSheet *sheet)
{
  if (sheet->ods != NULL)
    return _cr_roster_ods_get_bytes_read (sheet->ods);

  if (sheet->n_rows == 0)
    return sheet->size;

  return (guint64) ((double) sheet->size * MIN (sheet->next_row, sheet->n_rows) / sheet->n_rows);
}

#if HAVE_FREEXL

/* A cell as text: NULL for an empty one. */
static char *
dup_cell (const void *handle,
          guint       row,
          guint       column)
{
  FreeXL_CellValue value;

  if (freexl_get_cell_value (handle, row, (unsigned short) column, &value) != FREEXL_OK)
    return NULL;

  switch (value.type)
    {
    case FREEXL_CELL_INT:
      return g_strdup_printf ("%d", value.value.int_value);
    case FREEXL_CELL_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];
        double d = value.value.double_value;

        if (!isfinite (d))
          return NULL;
        /* What the spreadsheet shows of a whole number, 12 not 12.0. */
        if (d == floor (d) && fabs (d) < 1e15)
          return g_strdup_printf ("%.0f", d);
        return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", d));
      }
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
      return value.value.text_value != NULL && *value.value.text_value != '\0'
               ? g_strdup (value.value.text_value) : NULL;
    case FREEXL_CELL_NULL:
    default:
      return NULL;
    }
}

/* The rows of an Excel sheet (XLSX; XLS holds 65,536). */
#define SHEET_MAX_ROWS 1048576

static void
select_sheet (CrRosterSheet *sheet,
              guint          index)
{
  unsigned int rows = 0;
  unsigned short columns = 0;

  sheet->n_rows = sheet->n_columns = 0;
  if (freexl_select_active_worksheet (sheet->handle, (unsigned short) index) != FREEXL_OK ||
      freexl_worksheet_dimensions (sheet->handle, &rows, &columns) != FREEXL_OK)
    return;
  /* FreeXL 2.0 gives an XLSX sheet without a cell G_MAXUINT rows and no
   * column: no row is read, rather than four billion blank ones. Nor more
   * than a spreadsheet holds, whatever a damaged file says. */
  if (columns == 0)
    return;
  sheet->n_rows = MIN (rows, SHEET_MAX_ROWS);
  sheet->n_columns = columns;
}

/* Whether the selected sheet's first row that is not blank has a cell
 * `name` or `handle`, whatever its case and the spaces around. */
static gboolean
has_name_header (CrRosterSheet *sheet)
{
  for (guint r = 0; r < sheet->n_rows; r++)
    {
      gboolean blank = TRUE;

      for (guint c = 0; c < sheet->n_columns; c++)
        {
          g_autofree char *text = dup_cell (sheet->handle, r, c);

          if (text == NULL)
            continue;
          blank = FALSE;
          g_strstrip (text);
          if (g_ascii_strcasecmp (text, "name") == 0 || g_ascii_strcasecmp (text, "handle") == 0)
            return TRUE;
        }
      if (!blank)
        return FALSE;
    }

  return FALSE;
}

static const char *
describe_freexl_error (int code)
{
  switch (code)
    {
    case FREEXL_FILE_NOT_FOUND:
      return "the file cannot be opened";
    case FREEXL_INSUFFICIENT_MEMORY:
      return "there is not enough memory";
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
    case FREEXL_BIFF_ILLEGAL_SHEET_INDEX:
    case FREEXL_XLSX_ILLEGAL_SHEET_INDEX:
    case FREEXL_ODS_ILLEGAL_SHEET_INDEX:
      return "it has no sheet";
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
      return "its text is in an encoding that cannot be read";
    default:
      return "it is damaged, or protected with a password";
    }
}

#if HAVE_MINIZIP
/* Whether the archive's current member holds @needle, read a block at a
 * time: the needle may fall across two blocks. */
static gboolean
member_holds (unzFile     zip,
              const char *needle)
{
  gsize needle_length = strlen (needle);
  char block[16384] = { 0 };
  gsize kept = 0;
  int n;

  g_assert (needle_length > 0 && needle_length < sizeof block);
  if (unzOpenCurrentFile (zip) != UNZ_OK)
    return FALSE;
  while ((n = unzReadCurrentFile (zip, block + kept, (unsigned) (sizeof block - kept))) > 0)
    {
      gsize length = kept + (gsize) n;

      if (g_strstr_len (block, (gssize) length, needle) != NULL)
        {
          unzCloseCurrentFile (zip);
          return TRUE;
        }
      kept = MIN (length, needle_length - 1);
      memmove (block, block + length - kept, kept);
    }
  unzCloseCurrentFile (zip);

  return FALSE;
}
#endif

/* Whether an XLSX archive's sheets use shared strings (t="s") that it
 * does not hold: FreeXL 2.0 reads such a cell through a null pointer and
 * the app would crash, so the file is refused as damaged before FreeXL
 * opens it. A workbook with its xl/sharedStrings.xml is not read here. */
static gboolean
xlsx_lacks_shared_strings (const char *path)
{
#if HAVE_MINIZIP
  unzFile zip = unzOpen64 (path);
  gboolean lacks = FALSE;
  int status;

  /* Not an archive minizip can read: FreeXL says why. */
  if (zip == NULL)
    return FALSE;

  if (unzLocateFile (zip, "xl/sharedStrings.xml", 2) != UNZ_OK)
    for (status = unzGoToFirstFile (zip); status == UNZ_OK && !lacks;
         status = unzGoToNextFile (zip))
      {
        char name[1024];

        if (unzGetCurrentFileInfo64 (zip, NULL, name, sizeof name, NULL, 0, NULL, 0) != UNZ_OK)
          break;
        if (g_ascii_strncasecmp (name, "xl/worksheets/", strlen ("xl/worksheets/")) == 0)
          lacks = member_holds (zip, "t=\"s\"") || member_holds (zip, "t='s'");
      }
  unzClose (zip);

  return lacks;
#else
  (void) path;
  return FALSE;
#endif
}

#endif

/* An Excel workbook, read by FreeXL. */
static CrRosterSheet *
open_workbook (const char      *path,
               CrRosterFormat   format,
               const char      *kind,
               GError         **error)
{
#if HAVE_FREEXL
  g_autoptr(CrRosterSheet) sheet = g_new0 (CrRosterSheet, 1);
  unsigned int n_sheets = 0;
  GStatBuf st;
  int code;
  guint chosen = 0;

  gboolean exists = FALSE;

  if (g_stat (path, &st) == 0)
    {
      sheet->size = (guint64) st.st_size;
      exists = TRUE;
    }

  if (format == CR_ROSTER_FORMAT_XLSX)
    code = freexl_open_xlsx (path, &sheet->handle);
  else
    code = freexl_open (path, &sheet->handle);

  if (code == FREEXL_OK)
    code = freexl_get_worksheets_count (sheet->handle, &n_sheets);
  if (code == FREEXL_OK && n_sheets == 0)
    code = FREEXL_BIFF_WORKBOOK_NOT_FOUND;
  /* FreeXL says so of an archive it cannot open, too. */
  if (code == FREEXL_FILE_NOT_FOUND && exists)
    code = FREEXL_CRAFTED_FILE;
  if (code != FREEXL_OK)
    {
      g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
                   "this is %s that cannot be read: %s; in the spreadsheet, choose Save As "
                   "(or Export) and CSV UTF-8, then open that file", kind,
                   describe_freexl_error (code));
      return NULL;
    }

  for (guint s = 0; s < n_sheets; s++)
    {
      select_sheet (sheet, s);
      if (has_name_header (sheet))
        {
          chosen = s;
          break;
        }
    }
  select_sheet (sheet, chosen);

  {
    const char *name = NULL;

    if (freexl_get_worksheet_name (sheet->handle, (unsigned short) chosen, &name) == FREEXL_OK &&
        name != NULL)
      sheet->name = dup_shown_name (name);
  }

  return g_steal_pointer (&sheet);
#else
  g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
               "this is %s, not a CSV file: in the spreadsheet, choose Save As (or Export) "
               "and CSV UTF-8, then open that file", kind);
  (void) path;
  (void) format;
  return NULL;
#endif
}

/**
 * _cr_roster_sheet_open:
 * @path: the file
 * @format: %CR_ROSTER_FORMAT_XLSX, %CR_ROSTER_FORMAT_ODS or
 *   %CR_ROSTER_FORMAT_XLS, as its first bytes say
 * @kind: what it is, for the messages: "an Excel workbook (.xlsx)"…
 *
 * Returns: (transfer full) (nullable): the sheet to read, or %NULL with
 *   @error set in %CR_ROSTER_ERROR
 */
CrRosterSheet *
_cr_roster_sheet_open (const char      *path,
                       CrRosterFormat   format,
                       const char      *kind,
                       GError         **error)
{
  CrRosterOds *ods;
  CrRosterSheet *sheet;

#if HAVE_FREEXL
  if (format == CR_ROSTER_FORMAT_XLSX && xlsx_lacks_shared_strings (path))
    {
      g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
                   "this is %s that cannot be read: %s; in the spreadsheet, choose Save As "
                   "(or Export) and CSV UTF-8, then open that file", kind,
                   describe_freexl_error (FREEXL_CRAFTED_FILE));
      return NULL;
    }
#endif
  if (format != CR_ROSTER_FORMAT_ODS)
    return open_workbook (path, format, kind, error);

  if ((ods = _cr_roster_ods_open (path, kind, error)) == NULL)
    return NULL;
  sheet = g_new0 (CrRosterSheet, 1);
  sheet->ods = ods;
  sheet->name = dup_shown_name (_cr_roster_ods_get_name (ods));

  return sheet;
}

/**
 * _cr_roster_sheet_next_row:
 * @cells: (element-type utf8): emptied, then given the row's cells
 * @lengths: (element-type gsize): emptied, then given their lengths
 * @row: (out): the row's number, as the spreadsheet shows it
 * @too_long: (out): whether the row is over CR_ROSTER_MAX_ROW, and its
 *   cells left out
 *
 * Returns: %FALSE when there is no row left that is not blank
 */
gboolean
_cr_roster_sheet_next_row (CrRosterSheet *sheet,
                           GPtrArray     *cells,
                           GArray        *lengths,
                           guint64       *row,
                           gboolean      *too_long)
{
  if (sheet->ods != NULL)
    return _cr_roster_ods_next_row (sheet->ods, cells, lengths, row, too_long);

#if HAVE_FREEXL
  while (sheet->next_row < sheet->n_rows)
    {
      guint r = sheet->next_row++;
      gsize bytes = 0;
      guint used = 0;

      g_ptr_array_set_size (cells, 0);
      g_array_set_size (lengths, 0);
      *too_long = FALSE;

      for (guint c = 0; c < sheet->n_columns; c++)
        {
          char *text = dup_cell (sheet->handle, r, c);
          gsize length = text != NULL ? strlen (text) : 0;

          bytes += length + 1;
          if (bytes > CR_ROSTER_MAX_ROW)
            *too_long = TRUE;
          if (*too_long)
            {
              g_free (text);
              continue;
            }
          if (text != NULL)
            used = c + 1;
          g_ptr_array_add (cells, text != NULL ? text : g_strdup (""));
          g_array_append_val (lengths, length);
        }

      if (*too_long)
        {
          g_ptr_array_set_size (cells, 0);
          g_array_set_size (lengths, 0);
          *row = (guint64) r + 1;
          if (sheet->width == 0)
            sheet->width = sheet->n_columns;
          return TRUE;
        }

      if (used == 0)
        continue;

      /* As wide as the header row: the empty cells after the last one
       * that is not are no cells. */
      if (sheet->width == 0)
        sheet->width = used;
      g_ptr_array_set_size (cells, MAX (used, sheet->width));
      g_array_set_size (lengths, MAX (used, sheet->width));

      *row = (guint64) r + 1;
      return TRUE;
    }
#else
  (void) sheet;
  (void) cells;
  (void) lengths;
  (void) row;
  (void) too_long;
#endif

  return FALSE;
}

/* ---- Writing ------------------------------------------------------------ */

struct _CrRosterXlsx
{
#if HAVE_XLSXWRITER
  lxw_workbook  *workbook;
  lxw_worksheet *worksheet;
#endif
  char          *path;
  struct csv_parser csv;
  gboolean       csv_ready;
  GPtrArray     *cells;
  /* The columns that hold numbers: the roles' shares, by the header. */
  GArray        *numeric;
  guint32        row;
  guint16        n_columns;
  GError        *error;
  /* A second sheet that sums the roster up, if it has one. */
  CrRosterSummarySheet *summary;
};

gboolean
cr_roster_xlsx_can_write (void)
{
  return HAVE_XLSXWRITER;
}

void
cr_roster_xlsx_free (CrRosterXlsx *xlsx)
{
  if (xlsx == NULL)
    return;

#if HAVE_XLSXWRITER
  if (xlsx->workbook != NULL)
    {
      /* Closing is what frees it; the file it makes is removed below. */
      workbook_close (xlsx->workbook);
    }
#endif
  if (xlsx->path != NULL)
    {
      g_unlink (xlsx->path);
      g_free (xlsx->path);
    }
  if (xlsx->csv_ready)
    csv_free (&xlsx->csv);
  g_clear_pointer (&xlsx->cells, g_ptr_array_unref);
  g_clear_pointer (&xlsx->numeric, g_array_unref);
  g_clear_pointer (&xlsx->summary, cr_roster_summary_sheet_free);
  g_clear_error (&xlsx->error);
  g_free (xlsx);
}

static gboolean
set_write_error (GError     **error,
                 const char  *reason)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot be written: %s", reason);
  return FALSE;
}

/**
 * cr_roster_xlsx_new:
 * @created: (nullable): the time the workbook says it was made; now if
 *   %NULL. The caller reads it (cr_document_dup_source_date()), since a
 *   workbook may be started in a worker thread, which reads no
 *   environment.
 *
 * Starts a workbook, in a temporary file.
 *
 * Returns: (transfer full) (nullable): the workbook to add rows to, or
 *   %NULL with @error set
 */
CrRosterXlsx *
cr_roster_xlsx_new (GDateTime  *created,
                    GError    **error)
{
#if HAVE_XLSXWRITER
  g_autoptr(CrRosterXlsx) xlsx = g_new0 (CrRosterXlsx, 1);
  g_autoptr(GError) local_error = NULL;
  /* Each row written as it ends, its strings shared all the same. */
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  lxw_doc_properties properties = { 0 };
  int fd;

  if ((fd = g_file_open_tmp ("creator-role-XXXXXX.xlsx", &xlsx->path, &local_error)) < 0)
    {
      set_write_error (error, local_error->message);
      return NULL;
    }
  close (fd);

  options.tmpdir = (char *) g_get_tmp_dir ();
  if ((xlsx->workbook = workbook_new_opt (xlsx->path, &options)) == NULL ||
      (xlsx->worksheet = workbook_add_worksheet (xlsx->workbook, "Roster")) == NULL)
    {
      set_write_error (error, g_strerror (errno != 0 ? errno : ENOMEM));
      return NULL;
    }

  /* The same file for the same roster, as a card or a report is. */
  properties.title = (char *) "Creator Role roster";
  if (created != NULL)
    properties.created = (time_t) g_date_time_to_unix (created);
  workbook_set_properties (xlsx->workbook, &properties);

  csv_init (&xlsx->csv, 0);
  xlsx->csv_ready = TRUE;
  xlsx->cells = g_ptr_array_new_with_free_func (g_free);
  xlsx->numeric = g_array_new (FALSE, TRUE, sizeof (gboolean));

  return g_steal_pointer (&xlsx);
#else
  (void) created;
  set_write_error (error, "this build of Creator Role writes no XLSX (it was built without "
                          "libxlsxwriter): export as CSV");
  return NULL;
#endif
}

#if HAVE_XLSXWRITER

/* Writes @text into the cell as a shared string. In constant_memory mode
 * worksheet_write_string() makes an inline string of the row being
 * written (the cell in the worksheet's array of that row's cells, a copy
 * of the text its own): it is made a shared-string cell, as it is out of
 * that mode, before the row is written, by the same workbook's table of
 * shared strings (lxw_get_sst_index(), shared_strings.h). */
static lxw_error
write_shared_string (lxw_worksheet *sheet,
                     lxw_row_t      row,
                     lxw_col_t      column,
                     const char    *text,
                     lxw_format    *format)
{
  lxw_error status = worksheet_write_string (sheet, row, column, text, format);
  struct sst_element *shared;
  lxw_cell *cell;

  if (status != LXW_NO_ERROR || !sheet->optimize || sheet->array == NULL ||
      (cell = sheet->array[column]) == NULL || cell->type != INLINE_STRING_CELL)
    return status;

  if ((shared = lxw_get_sst_index (sheet->sst, text, LXW_FALSE)) == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;

  free ((char *) cell->u.string);
  cell->type = STRING_CELL;
  cell->u.string_id = (int32_t) shared->index;
  cell->sst_string = shared->string;

  return LXW_NO_ERROR;
}

/* libcsv: a cell has ended. */
static void
cell_cb (void   *data,
         size_t  length,
         void   *user_data)
{
  CrRosterXlsx *xlsx = user_data;

  g_ptr_array_add (xlsx->cells, g_strndup (data != NULL ? data : "", length));
}

static gboolean
is_share_column (const char *name)
{
  for (guint r = 0; r < CR_N_ROLES; r++)
    if (g_str_equal (name, cr_role_to_id (r)))
      return TRUE;

  return FALSE;
}

/* libcsv: a row has ended. */
static void
row_cb (int   terminator G_GNUC_UNUSED,
        void *user_data)
{
  CrRosterXlsx *xlsx = user_data;
  lxw_error status = LXW_NO_ERROR;

  if (xlsx->error != NULL)
    {
      g_ptr_array_set_size (xlsx->cells, 0);
      return;
    }

  if (xlsx->row >= LXW_ROW_MAX)
    {
      g_set_error (&xlsx->error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "cannot be written: an XLSX sheet holds %u creators at most, under its "
                   "header row; export as CSV or JSON Lines", LXW_ROW_MAX - 1);
      g_ptr_array_set_size (xlsx->cells, 0);
      return;
    }

  if (xlsx->row == 0)
    {
      xlsx->n_columns = (guint16) MIN (xlsx->cells->len, LXW_COL_MAX);
      g_array_set_size (xlsx->numeric, xlsx->n_columns);
      for (guint c = 0; c < xlsx->n_columns; c++)
        g_array_index (xlsx->numeric, gboolean, c) =
          is_share_column (g_ptr_array_index (xlsx->cells, c));
    }

  for (guint c = 0; c < xlsx->cells->len && c < xlsx->n_columns && status == LXW_NO_ERROR; c++)
    {
      const char *text = g_ptr_array_index (xlsx->cells, c);

      if (*text == '\0')
        continue;

      if (xlsx->row > 0 && g_array_index (xlsx->numeric, gboolean, c))
        {
          status = worksheet_write_number (xlsx->worksheet, xlsx->row, (lxw_col_t) c,
                                           g_ascii_strtod (text, NULL), NULL);
          continue;
        }

      /* The quote that guards a cell in CSV, needless in a string cell;
       * one before a cell that begins with a quote stays, so that the
       * reader, which takes one away, gives the text back. */
      if (text[0] == '\'' && text[1] != '\'' && _cr_roster_cell_needs_guard (text + 1))
        text++;
      status = write_shared_string (xlsx->worksheet, xlsx->row, (lxw_col_t) c, text, NULL);
    }

  if (status != LXW_NO_ERROR)
    g_set_error (&xlsx->error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot be written: %s",
                 lxw_strerror (status));

  xlsx->row++;
  g_ptr_array_set_size (xlsx->cells, 0);
}

#endif

/**
 * cr_roster_xlsx_add_csv:
 * @csv: rows of a CSV export, whole, the header row first
 *
 * Adds the rows to the workbook.
 *
 * Returns: %FALSE with @error set when they cannot be
 */
gboolean
cr_roster_xlsx_add_csv (CrRosterXlsx  *xlsx,
                         const char    *csv,
                         gsize          length,
                         GError       **error)
{
#if HAVE_XLSXWRITER
  if (xlsx->error == NULL &&
      csv_parse (&xlsx->csv, csv, length, cell_cb, row_cb, xlsx) != length)
    set_write_error (&xlsx->error, csv_strerror (csv_error (&xlsx->csv)));

  if (xlsx->error != NULL)
    {
      g_propagate_error (error, g_error_copy (xlsx->error));
      return FALSE;
    }

  return TRUE;
#else
  (void) xlsx;
  (void) csv;
  (void) length;
  return set_write_error (error, "no XLSX");
#endif
}

/**
 * cr_roster_xlsx_take_summary:
 * @summary: (transfer full): the roster's summary, with its words
 *
 * Gives the workbook a second sheet, named after @summary's title: a row
 * a figure (its words, the number, its id), under them the chart.
 */
void
cr_roster_xlsx_take_summary (CrRosterXlsx         *xlsx,
                             CrRosterSummarySheet *summary)
{
  g_return_if_fail (xlsx != NULL);

  g_clear_pointer (&xlsx->summary, cr_roster_summary_sheet_free);
  xlsx->summary = summary;
}

#if HAVE_XLSXWRITER
/* The summary's sheet: the figures as cells, strings and numbers, and the
 * chart beside them. */
static lxw_error
write_summary (CrRosterXlsx *xlsx)
{
  const CrRosterSummarySheet *summary = xlsx->summary;
  lxw_worksheet *sheet;
  lxw_format *bold;
  lxw_error status;
  lxw_row_t row = 0;

  if ((sheet = workbook_add_worksheet (xlsx->workbook, summary->title)) == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;
  bold = workbook_add_format (xlsx->workbook);
  format_set_bold (bold);

  worksheet_set_column (sheet, 0, 0, 36, NULL);
  worksheet_set_column (sheet, 1, 1, 10, NULL);
  worksheet_set_column (sheet, 2, 2, 18, NULL);
  if ((status = write_shared_string (sheet, row, 0, summary->total_label, bold)) != LXW_NO_ERROR ||
      (status = worksheet_write_number (sheet, row, 1, summary->counts.total, bold)) != LXW_NO_ERROR ||
      (status = write_shared_string (sheet, row, 2, "total", NULL)) != LXW_NO_ERROR)
    return status;
  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    {
      row++;
      if ((status = write_shared_string (sheet, row, 0, summary->labels[c], NULL)) != LXW_NO_ERROR ||
          (status = worksheet_write_number (sheet, row, 1, summary->counts.counts[c],
                                            NULL)) != LXW_NO_ERROR ||
          (status = write_shared_string (sheet, row, 2, cr_roster_count_to_id (c),
                                         NULL)) != LXW_NO_ERROR)
        return status;
    }

  if (summary->chart_png != NULL)
    {
      gsize length;
      const unsigned char *png = g_bytes_get_data (summary->chart_png, &length);
      lxw_image_options options = { .x_scale = 0.5, .y_scale = 0.5 };

      status = worksheet_insert_image_buffer_opt (sheet, row + 2, 0, png, length, &options);
      if (status != LXW_NO_ERROR)
        return status;
    }

  return LXW_NO_ERROR;
}
#endif

/**
 * cr_roster_xlsx_finish:
 * @out: where the workbook goes
 *
 * Makes the workbook of the rows added, and writes it to @out, which is
 * not closed.
 *
 * Returns: %FALSE with @error set when it cannot be
 */
gboolean
cr_roster_xlsx_finish (CrRosterXlsx   *xlsx,
                        GOutputStream  *out,
                        GCancellable   *cancellable,
                        GError        **error)
{
#if HAVE_XLSXWRITER
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local_error = NULL;
  lxw_error status;

  if (xlsx->error == NULL && csv_fini (&xlsx->csv, cell_cb, row_cb, xlsx) != 0)
    set_write_error (&xlsx->error, csv_strerror (csv_error (&xlsx->csv)));
  if (xlsx->error != NULL)
    {
      g_propagate_error (error, g_error_copy (xlsx->error));
      return FALSE;
    }

  /* The header row stays in view and filters every column. */
  worksheet_freeze_panes (xlsx->worksheet, 1, 0);
  if (xlsx->n_columns > 0)
    {
      worksheet_set_column (xlsx->worksheet, 0, 0, 24, NULL);
      worksheet_autofilter (xlsx->worksheet, 0, 0, MAX (xlsx->row, 1) - 1,
                            (lxw_col_t) (xlsx->n_columns - 1));
    }

  if (xlsx->summary != NULL && (status = write_summary (xlsx)) != LXW_NO_ERROR)
    return set_write_error (error, lxw_strerror (status));

  status = workbook_close (g_steal_pointer (&xlsx->workbook));
  if (status != LXW_NO_ERROR)
    return set_write_error (error, lxw_strerror (status));

  file = g_file_new_for_path (xlsx->path);
  if ((in = g_file_read (file, cancellable, &local_error)) == NULL ||
      g_output_stream_splice (out, G_INPUT_STREAM (in), G_OUTPUT_STREAM_SPLICE_NONE,
                              cancellable, &local_error) < 0)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return set_write_error (error, local_error->message);
    }

  return TRUE;
#else
  (void) xlsx;
  (void) out;
  (void) cancellable;
  return set_write_error (error, "no XLSX");
#endif
}
