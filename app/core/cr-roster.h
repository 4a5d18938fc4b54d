/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster.h: a list of creators, read from CSV or JSON Lines, scored, and
 * written back out
 */
#pragma once

#include <gio/gio.h>

#include "cr-answers.h"
#include "cr-creator.h"
#include "cr-document.h"
#include "cr-result.h"

G_BEGIN_DECLS

/* A roster's summary, as a sheet of a workbook: see cr-roster-summary.h. */
struct _CrRosterSummarySheet;

typedef enum
{
  CR_ROSTER_FORMAT_UNKNOWN,
  CR_ROSTER_FORMAT_CSV,
  CR_ROSTER_FORMAT_JSONL,
  /* A spreadsheet's own file: read from a file where FreeXL 2 is there
   * (cr_roster_reader_set_path()), and XLSX written where libxlsxwriter
   * is. */
  CR_ROSTER_FORMAT_XLSX,
  CR_ROSTER_FORMAT_ODS,
  CR_ROSTER_FORMAT_XLS,
} CrRosterFormat;

/* How a CSV roster's bytes are read: UTF-8 (with or without a byte-order
 * mark); UTF-16, which a byte-order mark says; Windows-1252 when the
 * start of the file is not UTF-8 (a spreadsheet's CSV in a Western
 * European locale). */
typedef enum
{
  CR_ROSTER_ENCODING_UTF8,
  CR_ROSTER_ENCODING_UTF16LE,
  CR_ROSTER_ENCODING_UTF16BE,
  CR_ROSTER_ENCODING_WINDOWS_1252,
} CrRosterEncoding;

const char     *cr_roster_encoding_to_name (CrRosterEncoding encoding);

/* A row longer than this, in bytes, is refused and the next one read; in
 * CSV, only a quote left open ends the reading (at the end of the input). */
#define CR_ROSTER_MAX_ROW (1024 * 1024)

#define CR_ROSTER_ERROR (cr_roster_error_quark ())

typedef enum
{
  CR_ROSTER_ERROR_READ,
  CR_ROSTER_ERROR_EMPTY,
  CR_ROSTER_ERROR_ENCODING,
  CR_ROSTER_ERROR_HEADER,
  CR_ROSTER_ERROR_TOO_LONG,
  CR_ROSTER_ERROR_UNCLOSED_QUOTE,
  CR_ROSTER_ERROR_ROW,
  /* A spreadsheet's own file (.xlsx, .ods, .xls), not CSV. */
  CR_ROSTER_ERROR_SPREADSHEET,
} CrRosterError;

GQuark          cr_roster_error_quark      (void);
/* For cr_input_error_get_detail(). */
const CrInputDetail *_cr_roster_error_get_detail (const GError *error);
char           *_cr_roster_dup_column_letters (guint column);
gboolean        _cr_roster_cell_needs_guard   (const char *text);

CrRosterFormat  cr_roster_format_from_name (const char *name);
CrRosterFormat  cr_roster_format_from_id   (const char *id);
const char     *cr_roster_format_to_id     (CrRosterFormat format);
gboolean        cr_roster_format_can_read  (CrRosterFormat format);
gboolean        cr_roster_format_can_write (CrRosterFormat format);

/* Reading, row by row, from any stream: a file, standard input, memory. */

typedef struct _CrRosterReader CrRosterReader;

typedef enum
{
  /* *answers is set. */
  CR_ROSTER_ROW_ANSWERS,
  /* The row cannot be read; *row_error says why. Reading goes on. */
  CR_ROSTER_ROW_PROBLEM,
  /* No more rows; or, if @error is set, reading cannot go on. */
  CR_ROSTER_ROW_END,
} CrRosterRow;

CrRosterReader *cr_roster_reader_new       (GInputStream    *stream,
                                            CrRosterFormat   format);
void            cr_roster_reader_set_path  (CrRosterReader  *reader,
                                            const char      *path);
void            cr_roster_reader_free      (CrRosterReader  *reader);
CrRosterRow     cr_roster_reader_next      (CrRosterReader  *reader,
                                            CrAnswers      **answers,
                                            guint64         *line,
                                            GError         **row_error,
                                            GCancellable    *cancellable,
                                            GError         **error);
CrRosterFormat  cr_roster_reader_get_format (CrRosterReader *reader);
char            cr_roster_reader_get_separator (CrRosterReader *reader);
const char * const *cr_roster_reader_get_ignored_columns (CrRosterReader *reader);
const char * const *cr_roster_reader_get_suggested_columns (CrRosterReader *reader);
guint64         cr_roster_reader_get_bytes_read (CrRosterReader *reader);
CrRosterEncoding cr_roster_reader_get_encoding (CrRosterReader *reader);
const char     *cr_roster_reader_get_sheet_name (CrRosterReader *reader);
const GError   *cr_roster_reader_get_notice (CrRosterReader *reader);
void            cr_roster_reader_set_keep_text (CrRosterReader *reader,
                                                gboolean        keep_text);
char           *cr_roster_reader_take_row_text (CrRosterReader *reader,
                                                guint          *gap);
const char     *cr_roster_reader_get_header_text (CrRosterReader *reader);
char           *cr_roster_reader_take_tail  (CrRosterReader *reader);

/* What a CSV column holds, beside a question's index. */
#define CR_ROSTER_READER_COLUMN_IGNORED (-1)
#define CR_ROSTER_READER_COLUMN_QUIET   (-2)
#define CR_ROSTER_READER_COLUMN_NAME    (-3)
const int      *_cr_roster_reader_get_columns (CrRosterReader *reader,
                                               guint          *n_columns);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrRosterReader, cr_roster_reader_free)

/* The columns of a CSV roster's header row: what the reader makes of each
 * (its guess), and what the reader is told to read each as (a column map,
 * cr_roster_reader_set_column_map()): cr-roster-columns.c. */

typedef enum
{
  /* Known by nothing: ignored. */
  CR_ROSTER_MATCH_NONE,
  /* The name (or handle) column. */
  CR_ROSTER_MATCH_NAME,
  /* A column a result adds (role, complete…): skipped. */
  CR_ROSTER_MATCH_RESULT,
  /* A question, by its id. */
  CR_ROSTER_MATCH_ID,
  /* A question, by its text in a shipped language. */
  CR_ROSTER_MATCH_TEXT,
  /* Ignored, but one or two letters off a question's id: the suggestion. */
  CR_ROSTER_MATCH_SUGGESTION,
  /* As a column map says (cr_roster_columns_set_question()). */
  CR_ROSTER_MATCH_CHOSEN,
} CrRosterMatch;

typedef struct _CrRosterColumns CrRosterColumns;

CrRosterColumns *cr_roster_columns_new        (guint             n_columns);
CrRosterColumns *cr_roster_columns_copy       (const CrRosterColumns *columns);
CrRosterColumns *cr_roster_columns_ref        (CrRosterColumns  *columns);
void            cr_roster_columns_unref       (CrRosterColumns  *columns);
guint           cr_roster_columns_get_n_columns (const CrRosterColumns *columns);
const char     *cr_roster_columns_get_header  (const CrRosterColumns *columns,
                                               guint             column);
const char     *cr_roster_columns_get_sample  (const CrRosterColumns *columns,
                                               guint             column);
int             cr_roster_columns_get_question (const CrRosterColumns *columns,
                                               guint             column);
CrRosterMatch   cr_roster_columns_get_match   (const CrRosterColumns *columns,
                                               guint             column);
int             cr_roster_columns_get_suggestion (const CrRosterColumns *columns,
                                               guint             column);
gboolean        cr_roster_columns_is_fixed    (const CrRosterColumns *columns,
                                               guint             column);
void            cr_roster_columns_set_question (CrRosterColumns *columns,
                                               guint             column,
                                               int               question);
gboolean        cr_roster_columns_needs_review (const CrRosterColumns *columns);
gboolean        cr_roster_columns_check       (const CrRosterColumns *columns,
                                               int              *question,
                                               guint            *first,
                                               guint            *second);
GArray         *cr_roster_columns_dup_unread_questions (const CrRosterColumns *columns);

void            cr_roster_reader_set_column_map (CrRosterReader  *reader,
                                                 CrRosterColumns *map);
CrRosterColumns *cr_roster_reader_dup_columns (CrRosterReader  *reader);

CrRosterColumns *cr_roster_read_columns       (GFile            *file,
                                               CrRosterFormat    format,
                                               GCancellable     *cancellable,
                                               GError          **error);
void            cr_roster_read_columns_async  (GFile            *file,
                                               CrRosterFormat    format,
                                               GCancellable     *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer          user_data);
CrRosterColumns *cr_roster_read_columns_finish (GAsyncResult    *result,
                                               GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrRosterColumns, cr_roster_columns_unref)

/* Writing, row by row, into a string the caller sends on. */

void            cr_roster_append_csv_header (GString        *out);
void            cr_roster_append_csv_row    (GString        *out,
                                             CrAnswers      *answers,
                                             CrResult       *result);
void            cr_roster_append_jsonl_row  (GString        *out,
                                             CrAnswers      *answers,
                                             CrResult       *result,
                                             const char     *language);
char           *cr_roster_template_to_data  (gsize          *length);

/* The roster: a GListModel of CrCreator. */

typedef struct
{
  guint64  line;
  /* As the command line says it: ids and member names, for scripts. */
  char    *message;
  /* The reader's error, whose detail (cr_input_error_get_detail()) says
   * it again in the reader's terms: cr_roster_dup_problem_text(). */
  GError  *error;
  /* The row's text as it was read, with @gap bytes of blank rows before
   * it, so that a roster saved keeps it. */
  char    *text;
  guint    gap;
} CrRosterProblem;

#define CR_TYPE_ROSTER (cr_roster_get_type ())
G_DECLARE_FINAL_TYPE (CrRoster, cr_roster, CR, ROSTER, GObject)

CrRoster       *cr_roster_new               (void);

void            cr_roster_load_async        (CrRoster            *self,
                                             GInputStream        *stream,
                                             CrRosterFormat       format,
                                             goffset              size,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
void            cr_roster_load_file_async   (CrRoster            *self,
                                             GFile               *file,
                                             CrRosterFormat       format,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean        cr_roster_load_finish       (CrRoster            *self,
                                             GAsyncResult        *result,
                                             GError             **error);

gboolean        cr_roster_get_loading       (CrRoster            *self);
gboolean        cr_roster_get_header_read   (CrRoster            *self);
gboolean        cr_roster_get_complete      (CrRoster            *self);
gboolean        cr_roster_get_modified      (CrRoster            *self);
void            cr_roster_mark_modified     (CrRoster            *self);
double          cr_roster_get_progress      (CrRoster            *self);
CrRosterFormat  cr_roster_get_format        (CrRoster            *self);
guint           cr_roster_get_n_problems    (CrRoster            *self);
const CrRosterProblem *cr_roster_get_problem (CrRoster           *self,
                                             guint                index);
const char * const *cr_roster_get_ignored_columns (CrRoster      *self);
const char * const *cr_roster_get_suggested_columns (CrRoster    *self);
void            cr_roster_set_column_map    (CrRoster            *self,
                                             CrRosterColumns     *map);
CrRosterColumns *cr_roster_get_column_map   (CrRoster            *self);
CrRosterEncoding cr_roster_get_encoding     (CrRoster            *self);
char           *cr_roster_dup_problem_text  (CrRoster            *self,
                                             guint                index);

void            cr_roster_append            (CrRoster            *self,
                                             CrCreator           *creator);

char           *cr_roster_to_data           (CrRoster            *self,
                                             CrRosterFormat       format,
                                             GCancellable        *cancellable,
                                             gsize               *length);
gboolean        cr_roster_save              (CrRoster            *self,
                                             GFile               *file,
                                             CrRosterFormat       format,
                                             GCancellable        *cancellable,
                                             GError             **error);
void            cr_roster_save_async        (CrRoster            *self,
                                             GFile               *file,
                                             CrRosterFormat       format,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
void            cr_roster_save_with_summary_async (CrRoster                          *self,
                                                   GFile                             *file,
                                                   CrRosterFormat                     format,
                                                   const struct _CrRosterSummarySheet *summary,
                                                   GCancellable                      *cancellable,
                                                   GAsyncReadyCallback                callback,
                                                   gpointer                           user_data);
gboolean        cr_roster_save_finish       (CrRoster            *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Writing an XLSX workbook of the rows of a CSV export, as they come:
 * cr-roster-sheet.c (libxlsxwriter; cr_roster_xlsx_can_write()). */

typedef struct _CrRosterXlsx CrRosterXlsx;

gboolean        cr_roster_xlsx_can_write   (void);
CrRosterXlsx   *cr_roster_xlsx_new         (GDateTime       *created,
                                             GError         **error);
gboolean        cr_roster_xlsx_add_csv     (CrRosterXlsx    *xlsx,
                                             const char      *csv,
                                             gsize            length,
                                             GError         **error);
gboolean        cr_roster_xlsx_finish      (CrRosterXlsx    *xlsx,
                                             GOutputStream   *out,
                                             GCancellable    *cancellable,
                                             GError         **error);
void            cr_roster_xlsx_free        (CrRosterXlsx    *xlsx);
void            cr_roster_xlsx_take_summary (CrRosterXlsx   *xlsx,
                                             struct _CrRosterSummarySheet *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrRosterXlsx, cr_roster_xlsx_free)

/* Writing a roster back to its own file, its own format: cr-roster-document.c. */
char           *cr_roster_to_document_data  (CrRoster            *self,
                                             gsize               *length,
                                             GError             **error);
gboolean        cr_roster_save_document     (CrRoster            *self,
                                             GFile               *file,
                                             GError             **error);

gboolean        cr_roster_note_stopped_export  (const char  *state_dir,
                                                GFile       *file,
                                                GError     **error);
GStrv           cr_roster_take_stopped_exports (const char  *state_dir);

G_END_DECLS
