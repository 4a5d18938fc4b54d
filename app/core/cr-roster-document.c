/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-document.c: a roster written back to its own file
 *
 * A roster read from a file keeps the file's text: the header row as it
 * was read (cr_roster_reader_get_header_text()), each row's text beside
 * its creator or its problem, and what follows the last row. Saved, the
 * file is that text again, in the order of the file: the rows not edited
 * byte for byte, the rows that could not be read too, so that a save never
 * loses a line. An edited creator's row is made again in the file's own
 * format:
 *
 * - CSV: with the file's separator, its columns in their order, under
 *   its header row as it was; the name's and the questions' cells say the
 *   new answers, a result's columns (role, the shares…) the new result,
 *   and every other cell (columns the app does not know, such as a CRM's
 *   id or notes) is kept as it was, quoted only where it must be. The
 *   blank rows before it and its line end stay.
 * - JSON Lines: the creator's result document, as an export writes it,
 *   with the members of the line it replaces that the document does not
 *   have kept after its own.
 *
 * Creators added to the roster (cr_roster_append()) follow the last row.
 * The text is encoded back as the file was: UTF-8 (its byte-order mark
 * kept), UTF-16 with its byte-order mark, or Windows-1252. The file is
 * written by cr_document_save(): a failure leaves the previous one as it
 * was.
 */
#include "config.h"

#include <string.h>

#include <csv.h>
#include <json-glib/json-glib.h>

#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-name.h"
#include "cr-questionnaire.h"
#include "cr-roster-private.h"

/* libcsv's cells of one row. */
static void
cell_cb (void   *data,
         size_t  length,
         void   *user_data)
{
  g_ptr_array_add (user_data, g_strndup (data != NULL ? data : "", length));
}

/* The cells of one CSV row's text, without its line end. */
static GPtrArray *
split_row (const char *text,
           gsize       length,
           char        separator)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  struct csv_parser csv;

  if (csv_init (&csv, 0) != 0)
    return cells;
  csv_set_delim (&csv, (unsigned char) separator);
  csv_parse (&csv, text, length, cell_cb, NULL, cells);
  csv_fini (&csv, cell_cb, NULL, cells);
  csv_free (&csv);

  return cells;
}

/* A cell, quoted only where it must be. */
static void
append_cell (GString    *out,
             const char *text,
             char        separator)
{
  gsize length = strlen (text);

  if (length > 0 &&
      (strchr (text, separator) != NULL || strpbrk (text, "\"\r\n") != NULL ||
       g_ascii_isspace (text[0]) || g_ascii_isspace (text[length - 1])))
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append_len (out, text, (gssize) length);
}

/* A cell the app writes: a name or ids, guarded as an export guards it
 * against a spreadsheet's formulas. */
static void
append_own_cell (GString    *out,
                 const char *text,
                 char        separator)
{
  g_autofree char *guarded = NULL;

  if (_cr_roster_cell_needs_guard (text))
    {
      guarded = g_strconcat ("'", text, NULL);
      text = guarded;
    }
  append_cell (out, text, separator);
}

static char *
dup_selection (CrCreator *creator,
               guint      q)
{
  g_autoptr(CrAnswers) answers = cr_creator_dup_answers (creator);
  const CrQuestion *question = cr_questionnaire_get_question (q);
  CrSelection selection;
  GString *out;

  if (!cr_answers_is_answered (answers, q))
    return g_strdup ("");

  selection = cr_answers_get_selection (answers, q);
  if (question->multiple && selection == 0)
    return g_strdup ("none");

  out = g_string_new (NULL);
  for (guint o = 0; o < question->n_options; o++)
    if (selection & CR_SELECTION_BIT (o))
      {
        if (out->len > 0)
          g_string_append_c (out, ' ');
        g_string_append (out, question->options[o].id);
      }

  return g_string_free (out, FALSE);
}

/* A result's column, by its header's name, as an export writes it. */
static char *
dup_result_cell (CrCreator  *creator,
                 const char *key)
{
  CrRole role = cr_creator_get_role (creator);
  CrRole runner_up = cr_creator_get_runner_up (creator);
  gboolean shares = role < CR_N_ROLES;

  if (g_str_equal (key, "role"))
    return g_strdup (cr_role_to_id (role) != NULL ? cr_role_to_id (role) : "");
  for (guint r = 0; r < CR_N_ROLES; r++)
    if (g_str_equal (key, cr_role_to_id (r)))
      return shares ? g_strdup_printf ("%u", cr_creator_get_score (creator, r)) : g_strdup ("");
  if (g_str_equal (key, "close_call"))
    return g_strdup (cr_creator_is_close_call (creator) ? "true" : "false");
  if (g_str_equal (key, "runner_up"))
    return g_strdup (shares && runner_up < CR_N_ROLES ? cr_role_to_id (runner_up) : "");
  if (g_str_equal (key, "complete"))
    return g_strdup (cr_creator_is_complete (creator) ? "true" : "false");

  return NULL;
}

/* The line end at the end of @text, if any. */
static gsize
line_end_length (const char *text,
                 gsize       length)
{
  gsize n = 0;

  while (n < length && n < 2 && (text[length - n - 1] == '\n' || text[length - n - 1] == '\r'))
    n++;
  if (n == 2 && !(text[length - 2] == '\r' && text[length - 1] == '\n'))
    n = 1;

  return n;
}

/* An edited creator's CSV row, under the file's header; @old its row as
 * read, without its line end, or NULL. */
static void
append_csv_row (GString            *out,
                CrCreator          *creator,
                const CrRosterText *text,
                GPtrArray          *header,
                const char         *old,
                gsize               old_length)
{
  g_autoptr(GPtrArray) cells = old != NULL ? split_row (old, old_length, text->separator) : NULL;
  guint n = MAX (text->n_columns, cells != NULL ? cells->len : 0);

  for (guint c = 0; c < n; c++)
    {
      int column = c < text->n_columns ? text->columns[c] : CR_ROSTER_READER_COLUMN_IGNORED;
      const char *kept = cells != NULL && c < cells->len ? cells->pdata[c] : "";
      g_autofree char *cell = NULL;

      if (c > 0)
        g_string_append_c (out, text->separator);

      if (column == CR_ROSTER_READER_COLUMN_NAME)
        {
          cell = cr_name_dup_display (cr_creator_get_name (creator), CR_NAME_CELL);
          append_own_cell (out, cell != NULL ? cell : "", text->separator);
        }
      else if (column >= 0)
        {
          cell = dup_selection (creator, (guint) column);
          append_own_cell (out, cell, text->separator);
        }
      else if (column == CR_ROSTER_READER_COLUMN_QUIET && c < header->len)
        {
          g_autofree char *stripped = g_strstrip (g_strdup (header->pdata[c]));
          g_autofree char *key = g_ascii_strdown (stripped, -1);

          cell = dup_result_cell (creator, key);
          append_cell (out, cell != NULL ? cell : kept, text->separator);
        }
      else
        append_cell (out, kept, text->separator);
    }
}

/* An edited creator's JSON Lines row; @old its line as read, without its
 * line end, or NULL. */
static void
append_jsonl_row (GString    *out,
                  CrCreator  *creator,
                  JsonParser *parser,
                  const char *old,
                  gsize       old_length)
{
  g_autoptr(CrAnswers) answers = cr_creator_dup_answers (creator);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(JsonNode) root = cr_document_build (answers, result, cr_i18n_get_language (), NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize start;

  if (old != NULL && json_parser_load_from_data (parser, old, (gssize) old_length, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *was = json_node_get_object (json_parser_get_root (parser));
      JsonObject *now = json_node_get_object (root);
      g_autoptr(GList) members = json_object_get_members (was);

      for (GList *l = members; l != NULL; l = l->next)
        if (!json_object_has_member (now, l->data))
          json_object_set_member (now, l->data,
                                  json_node_copy (json_object_get_member (was, l->data)));
    }

  json_generator_set_root (generator, root);
  start = out->len;
  json_generator_to_gstring (generator, out);
  cr_name_escape_in_json (out, start);
}

/* The creators and the problems, by line: the order of the file. */
typedef struct
{
  guint64    line;
  CrCreator *creator;
  const CrRosterProblem *problem;
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *row_a = a, *row_b = b;

  /* Added creators, of line 0, after the file's. */
  guint64 line_a = row_a->line != 0 ? row_a->line : G_MAXUINT64;
  guint64 line_b = row_b->line != 0 ? row_b->line : G_MAXUINT64;

  return line_a < line_b ? -1 : line_a > line_b;
}

static gboolean
ends_line (GString *out)
{
  return out->len == 0 || out->str[out->len - 1] == '\n' || out->str[out->len - 1] == '\r';
}

/* A roster never read from a file (one a test made): its header as an
 * export writes it, the questions' columns read as their questions. */
static void
make_header (CrRosterText *text)
{
  GString *made = g_string_new (NULL);
  guint n_questions = cr_questionnaire_get_n_questions ();

  cr_roster_append_csv_header (made);
  text->header = g_string_free (made, FALSE);
  text->separator = ',';
  text->n_columns = 1 + n_questions + 1 + CR_N_ROLES + 3;
  text->columns = g_new (int, text->n_columns);
  text->columns[0] = CR_ROSTER_READER_COLUMN_NAME;
  for (guint c = 1; c < text->n_columns; c++)
    text->columns[c] = c <= n_questions ? (int) c - 1 : CR_ROSTER_READER_COLUMN_QUIET;
}

/* Appends the header as it was read to @out; @line_end becomes the line
 * end it has. Returns: the header's cells, for a CSV roster, for a
 * result's columns; none otherwise. */
static GPtrArray *
append_header (GString             *out,
               const CrRosterText  *text,
               CrRosterFormat       format,
               const char         **line_end)
{
  gsize length, end;
  const char *start;

  if (text->header == NULL)
    return g_ptr_array_new_with_free_func (g_free);

  length = strlen (text->header);
  end = line_end_length (text->header, length);
  g_string_append (out, text->header);
  if (end == 2)
    *line_end = "\r\n";
  else if (end == 1)
    *line_end = text->header[length - 1] == '\r' ? "\r" : "\n";
  if (format != CR_ROSTER_FORMAT_CSV)
    return g_ptr_array_new_with_free_func (g_free);

  /* After a byte-order mark and blank rows. */
  start = text->header;
  if (g_str_has_prefix (start, "\xEF\xBB\xBF"))
    start += 3;
  start += strspn (start, "\r\n");

  return split_row (start, length - (gsize) (start - text->header) - end, text->separator);
}

/* The creators and the rows that could not be read, in the order of the
 * file's lines. */
static GArray *
collect_rows (CrRoster *self)
{
  GPtrArray *creators = _cr_roster_get_creators (self);
  guint n_problems = cr_roster_get_n_problems (self);
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (Row), creators->len + n_problems);
  guint64 last = 0;
  gboolean sorted = TRUE;

  for (guint i = 0; i < creators->len; i++)
    {
      Row row = { cr_creator_get_line (creators->pdata[i]), creators->pdata[i], NULL };

      sorted = sorted && row.line >= last && row.line != 0;
      last = row.line;
      g_array_append_val (rows, row);
    }
  for (guint i = 0; i < n_problems; i++)
    {
      const CrRosterProblem *problem = cr_roster_get_problem (self, i);
      Row row = { problem->line, NULL, problem };

      g_array_append_val (rows, row);
      sorted = FALSE;
    }
  if (!sorted)
    g_array_sort (rows, compare_rows);

  return rows;
}

/* Appends an edited creator's row, made again from its answers, the blank
 * rows before it (@gap_out bytes of it) and its line end kept; returns
 * where the row starts in @out, its blank rows included. */
static gsize
append_edited_row (GString            *out,
                   CrCreator          *creator,
                   const CrRosterText *text,
                   CrRosterFormat      format,
                   GPtrArray          *header,
                   JsonParser         *parser,
                   const char         *line_end,
                   guint              *gap_out)
{
  guint gap;
  const char *row_text = _cr_creator_get_text (creator, &gap);
  gsize length = row_text != NULL ? strlen (row_text) : 0;
  gsize end, start;

  if (!ends_line (out))
    g_string_append (out, line_end);
  gap = MIN (gap, length);
  end = row_text != NULL ? line_end_length (row_text + gap, length - gap) : 0;
  start = out->len;
  g_string_append_len (out, row_text, gap);
  if (format == CR_ROSTER_FORMAT_CSV)
    append_csv_row (out, creator, text, header, row_text != NULL ? row_text + gap : NULL,
                    length - gap - end);
  else
    append_jsonl_row (out, creator, parser, row_text != NULL ? row_text + gap : NULL,
                      length - gap - end);
  if (row_text != NULL)
    g_string_append_len (out, row_text + length - end, (gssize) end);
  else
    g_string_append (out, line_end);
  *gap_out = gap;

  return start;
}

/* The roster's text, UTF-8; each edited creator's new row in @rows_made
 * (creator, text, gap), to keep once saved. */
static GString *
make_text (CrRoster  *self,
           GPtrArray *rows_made)
{
  CrRosterText *text = _cr_roster_get_text (self);
  CrRosterFormat format = cr_roster_get_format (self);
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GString *out = g_string_new (NULL);
  const char *line_end = "\n";

  if (format == CR_ROSTER_FORMAT_UNKNOWN)
    format = CR_ROSTER_FORMAT_CSV;
  if (text->header == NULL && format == CR_ROSTER_FORMAT_CSV)
    make_header (text);

  header = append_header (out, text, format, &line_end);
  rows = collect_rows (self);
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      guint gap;
      const char *row_text;
      gsize start;

      if (row->problem != NULL)
        {
          if (row->problem->text != NULL)
            g_string_append (out, row->problem->text);
          continue;
        }

      row_text = _cr_creator_get_text (row->creator, &gap);
      if (row_text != NULL && !cr_creator_get_edited (row->creator))
        {
          g_string_append (out, row_text);
          continue;
        }

      start = append_edited_row (out, row->creator, text, format, header, parser, line_end,
                                 &gap);
      if (rows_made != NULL)
        {
          g_autofree char *made = g_strndup (out->str + start, out->len - start);

          g_ptr_array_add (rows_made, g_object_ref (row->creator));
          g_ptr_array_add (rows_made, g_steal_pointer (&made));
          g_ptr_array_add (rows_made, GUINT_TO_POINTER (gap));
        }
    }

  if (text->tail != NULL)
    g_string_append (out, text->tail);

  return out;
}

/* @out in the file's encoding. */
static char *
encode (CrRoster  *self,
        GString   *out,
        gsize     *length,
        GError   **error)
{
  const char *charset;
  g_autofree char *encoded = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize written;
  char *data;

  switch (cr_roster_get_encoding (self))
    {
    case CR_ROSTER_ENCODING_UTF16LE:
      charset = "UTF-16LE";
      break;
    case CR_ROSTER_ENCODING_UTF16BE:
      charset = "UTF-16BE";
      break;
    case CR_ROSTER_ENCODING_WINDOWS_1252:
      charset = "WINDOWS-1252";
      break;
    case CR_ROSTER_ENCODING_UTF8:
    default:
      *length = out->len;
      return g_string_free (out, FALSE);
    }

  encoded = g_convert (out->str, (gssize) out->len, charset, "UTF-8", NULL, &written,
                       &local_error);
  g_string_free (out, TRUE);
  if (encoded == NULL)
    {
      g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_ENCODING,
                   "it cannot be written in %s, the file's encoding: %s",
                   cr_roster_encoding_to_name (cr_roster_get_encoding (self)),
                   local_error->message);
      return NULL;
    }

  if (cr_roster_get_encoding (self) == CR_ROSTER_ENCODING_WINDOWS_1252)
    {
      *length = written;
      return g_steal_pointer (&encoded);
    }

  /* Its byte-order mark first, as it was read. */
  {
    GString *with_mark = g_string_sized_new (written + 2);

    g_string_append_len (with_mark,
                         cr_roster_get_encoding (self) == CR_ROSTER_ENCODING_UTF16LE ? "\xFF\xFE"
                                                                                     : "\xFE\xFF",
                         2);
    g_string_append_len (with_mark, encoded, (gssize) written);
    *length = with_mark->len;
    data = g_string_free (with_mark, FALSE);
  }

  return data;
}

static char *
to_data (CrRoster   *self,
         GPtrArray  *rows_made,
         gsize      *length,
         GError    **error)
{
  CrRosterFormat format = cr_roster_get_format (self);

  /* A workbook's rows are read as cells, without the file's text, and
   * its other sheets, formats and formulas are not read at all: written
   * back, all of that would be lost. */
  if (format == CR_ROSTER_FORMAT_XLSX || format == CR_ROSTER_FORMAT_XLS ||
      format == CR_ROSTER_FORMAT_ODS)
    {
      g_set_error_literal (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
                           "a roster read from a workbook is not written back into it, "
                           "which would lose its other sheets and formatting: export it "
                           "as CSV or XLSX instead");
      return NULL;
    }

  if (!cr_roster_get_complete (self))
    {
      g_set_error_literal (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_READ,
                           "the roster was not read to its end: saving it would cut the file");
      return NULL;
    }

  return encode (self, make_text (self, rows_made), length, error);
}

/**
 * cr_roster_to_document_data:
 * @length: (out): the length of what is returned
 *
 * The roster as cr_roster_save_document() writes it.
 *
 * Returns: (transfer full) (nullable): its file's text, or %NULL with
 *   @error set when the roster was not read to its end
 *   (#CrRoster:complete), or cannot be encoded as its file was
 */
char *
cr_roster_to_document_data (CrRoster  *self,
                            gsize     *length,
                            GError   **error)
{
  g_return_val_if_fail (CR_IS_ROSTER (self), NULL);
  g_return_val_if_fail (length != NULL, NULL);

  return to_data (self, NULL, length, error);
}

/**
 * cr_roster_save_document:
 * @file: where to write: the roster's own file, or another (Save As)
 *
 * Writes the roster back in the format it was read in, atomically: a
 * failure leaves what was at @file as it was. Once written, no creator is
 * edited any more (#CrRoster:modified is %FALSE). A roster not read to its
 * end is refused: its file would lose the rows not read.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
cr_roster_save_document (CrRoster  *self,
                         GFile     *file,
                         GError   **error)
{
  g_autoptr(GPtrArray) rows_made = g_ptr_array_new ();
  g_autofree char *data = NULL;
  gboolean saved;
  gsize length;

  g_return_val_if_fail (CR_IS_ROSTER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = to_data (self, rows_made, &length, error);
  saved = data != NULL && cr_document_save (file, data, length, NULL, error);

  for (guint i = 0; i + 2 < rows_made->len; i += 3)
    {
      CrCreator *creator = rows_made->pdata[i];

      /* From now on, the row is written back as it was saved. */
      if (saved)
        _cr_creator_set_text (creator, rows_made->pdata[i + 1],
                              GPOINTER_TO_UINT (rows_made->pdata[i + 2]));
      else
        g_free (rows_made->pdata[i + 1]);
      g_object_unref (creator);
    }

  if (saved)
    _cr_roster_clear_modified (self);

  return saved;
}
