/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-ods.c: a roster's OpenDocument spreadsheet (.ods), read
 *
 * An .ods is a ZIP archive (read with minizip, optional: HAVE_MINIZIP)
 * whose content.xml holds every sheet as OpenDocument XML (read with
 * GMarkup, a chunk at a time, as it is decompressed). FreeXL 2.0 reads
 * .ods too, but drops one cell of each run of equal cells a sheet stores
 * once (table:number-columns-repeated, which Calc writes for "none,none"),
 * so that the answers would shift without a word; this reader takes each
 * repeat for what it is.
 *
 * The cells are read as a spreadsheet shows them: a number, a percentage
 * or an amount as its value (office:value, "12", "0.5"), a date or a time
 * as ISO 8601 (office:date-value, "2026-12-07"), a truth value as "true"
 * or "false", any other cell as its text, paragraphs joined by line
 * breaks, text:s as its spaces, text:tab and text:line-break as a tab and
 * a line break, runs of white space in the XML as one space, comments
 * (office:annotation) left out. A merged-over cell (table:covered-table-
 * cell) is empty, as the spreadsheet shows it.
 *
 * The sheet read is the first whose header row (its first row that is not
 * blank) has a `name` or `handle` cell, or else the first sheet, as for a
 * workbook (cr-roster-sheet.c). The whole of content.xml is read when the
 * file is opened, so that a file damaged half-way is refused before any
 * row is shown: only the rows of the sheet that may be read are kept, as
 * text, about 24 bytes a cell besides it. Rows are numbered as the
 * spreadsheet numbers them, the blank ones, however many a
 * table:number-rows-repeated stands for, counted and not kept.
 *
 * Limits, against a file made to exhaust memory: content.xml up to 1 GiB
 * uncompressed, 512 MiB of cells' text, 16,384 columns and 1,048,576 rows
 * a sheet (as Calc and Excel have), CR_ROSTER_MAX_ROW bytes a row (a
 * longer row is handed on with no cells, as too long).
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cr-roster.h"
#include "cr-roster-ods.h"

#if HAVE_MINIZIP
#include <unzip.h>
#endif

#define MAX_CONTENT ((guint64) 1 << 30)
#define MAX_TEXT ((gsize) 512 << 20)
#define MAX_COLUMNS 16384
#define MAX_ROWS 1048576
/* The most spaces one text:s gives. */
#define MAX_SPACES 1024
#define CHUNK_SIZE (64 * 1024)

typedef struct
{
  gsize start;
  gsize length;
} Cell;

typedef struct
{
  guint64  number;
  guint    first;
  guint    n_cells;
  gboolean too_long;
} Row;

/* The rows of one sheet, their cells' text one after another. */
typedef struct
{
  char    *name;
  GString *text;
  GArray  *cells;
  GArray  *rows;
} Store;

struct _CrRosterOds
{
  Store   *store;
  guint    next;
  /* The header row's cells, once it is read: the width of every row. */
  guint    width;
  guint64  size;
};

static Store *
store_new (const char *name)
{
  Store *store = g_new0 (Store, 1);

  store->name = g_strdup (name);
  store->text = g_string_new (NULL);
  store->cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  store->rows = g_array_new (FALSE, FALSE, sizeof (Row));

  return store;
}

static void
store_free (Store *store)
{
  if (store == NULL)
    return;

  g_free (store->name);
  g_string_free (store->text, TRUE);
  g_array_unref (store->cells);
  g_array_unref (store->rows);
  g_free (store);
}

gboolean
_cr_roster_ods_can_read (void)
{
  return HAVE_MINIZIP;
}

void
_cr_roster_ods_free (CrRosterOds *ods)
{
  if (ods == NULL)
    return;

  store_free (ods->store);
  g_free (ods);
}

const char *
_cr_roster_ods_get_name (CrRosterOds *ods)
{
  return ods->store->name;
}

/* The file's size in proportion to the rows handed on: the file is read
 * when it is opened, the rows are what takes the time after. */
guint64
_cr_roster_ods_get_bytes_read (CrRosterOds *ods)
{
  guint n_rows = ods->store->rows->len;

  if (n_rows == 0)
    return ods->size;

  return (guint64) ((double) ods->size * MIN (ods->next, n_rows) / n_rows);
}

/**
 * _cr_roster_ods_next_row:
 * @cells: (element-type utf8): emptied, then given the row's cells
 * @lengths: (element-type gsize): emptied, then given their lengths
 * @row: (out): the row's number, as the spreadsheet shows it
 * @too_long: (out): whether the row is over CR_ROSTER_MAX_ROW, and its
 *   cells left out
 *
 * Returns: %FALSE when there is no row left that is not blank
 */
gboolean
_cr_roster_ods_next_row (CrRosterOds *ods,
                         GPtrArray   *cells,
                         GArray      *lengths,
                         guint64     *row,
                         gboolean    *too_long)
{
  Store *store = ods->store;
  const Row *r;
  guint width;

  g_ptr_array_set_size (cells, 0);
  g_array_set_size (lengths, 0);

  if (ods->next >= store->rows->len)
    return FALSE;

  r = &g_array_index (store->rows, Row, ods->next++);
  *row = r->number;
  *too_long = r->too_long;
  if (ods->width == 0 && !r->too_long)
    ods->width = r->n_cells;
  if (r->too_long)
    return TRUE;

  /* As wide as the header row: a row shorter is given empty cells up to
   * it, as the spreadsheet shows it. */
  width = MAX (r->n_cells, ods->width);
  for (guint c = 0; c < width; c++)
    {
      gsize length = 0;

      if (c < r->n_cells)
        {
          const Cell *cell = &g_array_index (store->cells, Cell, r->first + c);

          length = cell->length;
          g_ptr_array_add (cells, g_strndup (store->text->str + cell->start, length));
        }
      else
        g_ptr_array_add (cells, g_strdup (""));
      g_array_append_val (lengths, length);
    }

  return TRUE;
}

#if HAVE_MINIZIP

#define TABLE_NS "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

typedef enum
{
  NS_TABLE,
  NS_TEXT,
  NS_OFFICE,
  N_NS,
} Ns;

static const char * const ns_uris[N_NS] = { TABLE_NS, TEXT_NS, OFFICE_NS };

typedef struct
{
  /* The prefix each namespace is declared with, colon included
   * ("table:"), as the document declares it. */
  char      *prefix[N_NS];

  /* The sheet chosen (one with a name column), or the first while none
   * is; the sheet being read, while it may be chosen. */
  Store     *best;
  gboolean   chosen;
  Store     *current;
  gboolean   current_has_name;
  gboolean   header_seen;
  guint      n_sheets;
  gboolean   in_table;
  /* The number of the next row, as the spreadsheet shows it. */
  guint64    row_number;
  guint      n_rows_kept;

  /* The row being read: its cells up to the last that is not empty, the
   * empty ones after it only counted. */
  gboolean   in_row;
  guint      row_repeat;
  GPtrArray *row_cells;
  guint      pending_empty;
  gsize      row_bytes;
  gboolean   row_too_long;

  /* The cell being read. */
  gboolean   in_cell;
  guint      cell_repeat;
  char      *cell_value;
  GString   *cell_text;
  guint      n_paragraphs;
  gboolean   in_paragraph;
  gboolean   last_space;
  /* Inside a comment, or a table in a cell: how deep, its text left out. */
  guint      skip_depth;

  gsize      total_text;
} Parser;

static void
parser_clear (Parser *parser)
{
  for (guint n = 0; n < N_NS; n++)
    g_free (parser->prefix[n]);
  store_free (parser->best);
  store_free (parser->current);
  g_clear_pointer (&parser->row_cells, g_ptr_array_unref);
  g_free (parser->cell_value);
  if (parser->cell_text != NULL)
    g_string_free (parser->cell_text, TRUE);
}

/* The local name of @qname when it is in namespace @ns, or %NULL. */
static const char *
local_name (Parser     *parser,
            const char *qname,
            Ns          ns)
{
  const char *prefix = parser->prefix[ns];

  if (prefix == NULL || !g_str_has_prefix (qname, prefix))
    return NULL;

  return qname + strlen (prefix);
}

static gboolean
is_element (Parser     *parser,
            const char *qname,
            Ns          ns,
            const char *name)
{
  const char *local = local_name (parser, qname, ns);

  return local != NULL && strcmp (local, name) == 0;
}

/* The value of the attribute @name of namespace @ns, or %NULL. */
static const char *
find_attribute (Parser      *parser,
                const char **names,
                const char **values,
                Ns           ns,
                const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (is_element (parser, names[i], ns, name))
      return values[i];

  return NULL;
}

/* A repeat count: 1 when it is not there or not a number, at most @max. */
static guint
parse_repeat (const char *text,
              guint       max)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT64, &value, NULL))
    return 1;

  return (guint) MIN (value, (guint64) max);
}

static void
note_namespaces (Parser      *parser,
                 const char **names,
                 const char **values)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!g_str_has_prefix (names[i], "xmlns:"))
        continue;
      for (guint n = 0; n < N_NS; n++)
        if (strcmp (values[i], ns_uris[n]) == 0)
          {
            g_free (parser->prefix[n]);
            parser->prefix[n] = g_strconcat (names[i] + strlen ("xmlns:"), ":", NULL);
          }
    }
}

static void
start_table (Parser      *parser,
             const char **names,
             const char **values)
{
  parser->in_table = TRUE;
  parser->n_sheets++;
  parser->row_number = 1;
  parser->n_rows_kept = 0;
  parser->header_seen = FALSE;
  parser->current_has_name = FALSE;
  store_free (g_steal_pointer (&parser->current));
  /* Once a sheet is chosen, the later ones are only counted. */
  if (!parser->chosen)
    parser->current = store_new (find_attribute (parser, names, values, NS_TABLE, "name"));
}

static void
end_table (Parser *parser)
{
  parser->in_table = FALSE;
  if (parser->current == NULL)
    return;

  if (parser->current_has_name || parser->n_sheets == 1)
    {
      store_free (parser->best);
      parser->best = g_steal_pointer (&parser->current);
      parser->chosen = parser->current_has_name;
    }
  else
    store_free (g_steal_pointer (&parser->current));
}

static void
start_cell (Parser      *parser,
            const char **names,
            const char **values)
{
  const char *type = find_attribute (parser, names, values, NS_OFFICE, "value-type");
  const char *value = NULL;

  parser->in_cell = TRUE;
  parser->cell_repeat = parse_repeat (find_attribute (parser, names, values, NS_TABLE,
                                                      "number-columns-repeated"),
                                      MAX_COLUMNS);
  g_string_truncate (parser->cell_text, 0);
  parser->n_paragraphs = 0;
  g_clear_pointer (&parser->cell_value, g_free);

  if (type == NULL || strcmp (type, "string") == 0)
    value = find_attribute (parser, names, values, NS_OFFICE, "string-value");
  else if (strcmp (type, "float") == 0 || strcmp (type, "percentage") == 0 ||
           strcmp (type, "currency") == 0)
    value = find_attribute (parser, names, values, NS_OFFICE, "value");
  else if (strcmp (type, "date") == 0)
    value = find_attribute (parser, names, values, NS_OFFICE, "date-value");
  else if (strcmp (type, "time") == 0)
    value = find_attribute (parser, names, values, NS_OFFICE, "time-value");
  else if (strcmp (type, "boolean") == 0)
    value = find_attribute (parser, names, values, NS_OFFICE, "boolean-value");
  parser->cell_value = g_strdup (value);
}

static gboolean
add_cell_text (Parser     *parser,
               const char *text,
               GError    **error)
{
  gsize length = strlen (text);

  parser->row_bytes += length + 1;
  if (parser->row_bytes > CR_ROSTER_MAX_ROW)
    {
      parser->row_too_long = TRUE;
      g_ptr_array_set_size (parser->row_cells, 0);
      return TRUE;
    }

  parser->total_text += length + 1;
  if (parser->total_text > MAX_TEXT)
    {
      g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
                   "its sheet holds more than %u MiB of text", (guint) (MAX_TEXT >> 20));
      return FALSE;
    }

  g_ptr_array_add (parser->row_cells, g_strdup (text));

  return TRUE;
}

static gboolean
end_cell (Parser  *parser,
          GError **error)
{
  const char *text = parser->cell_value != NULL ? parser->cell_value : parser->cell_text->str;

  parser->in_cell = FALSE;
  if (parser->current == NULL || parser->row_too_long)
    return TRUE;

  if (*text == '\0')
    {
      parser->pending_empty = MIN (parser->pending_empty + parser->cell_repeat, MAX_COLUMNS);
      return TRUE;
    }

  for (guint k = 0; k < parser->cell_repeat && !parser->row_too_long; k++)
    {
      for (; parser->pending_empty > 0 && parser->row_cells->len < MAX_COLUMNS;
           parser->pending_empty--)
        g_ptr_array_add (parser->row_cells, NULL);
      parser->pending_empty = 0;
      if (parser->row_cells->len >= MAX_COLUMNS)
        break;
      if (!add_cell_text (parser, text, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
row_has_name (GPtrArray *cells)
{
  for (guint c = 0; c < cells->len; c++)
    {
      g_autofree char *text = g_strdup (cells->pdata[c]);

      if (text == NULL)
        continue;
      g_strstrip (text);
      if (g_ascii_strcasecmp (text, "name") == 0 || g_ascii_strcasecmp (text, "handle") == 0)
        return TRUE;
    }

  return FALSE;
}

static void
keep_row (Parser  *parser,
          guint64  number)
{
  Store *store = parser->current;
  Row row = { number, store->cells->len, 0, parser->row_too_long };

  if (!parser->row_too_long)
    for (guint c = 0; c < parser->row_cells->len; c++)
      {
        const char *text = parser->row_cells->pdata[c];
        Cell cell = { store->text->len, text != NULL ? strlen (text) : 0 };

        g_string_append_len (store->text, text, (gssize) cell.length);
        g_array_append_val (store->cells, cell);
        row.n_cells++;
      }
  g_array_append_val (store->rows, row);
  parser->n_rows_kept++;
}

static gboolean
end_row (Parser  *parser,
         GError **error)
{
  guint64 number = parser->row_number;
  gboolean blank = parser->row_cells->len == 0 && !parser->row_too_long;

  parser->in_row = FALSE;
  parser->row_number += parser->row_repeat;
  if (parser->current == NULL || blank)
    return TRUE;

  /* The sheet's header row: whether this sheet is the one to read, and,
   * for a sheet after the first, whether to keep it at all. */
  if (!parser->header_seen)
    {
      parser->header_seen = TRUE;
      parser->current_has_name = !parser->row_too_long && row_has_name (parser->row_cells);
      if (!parser->current_has_name && parser->n_sheets > 1)
        {
          store_free (g_steal_pointer (&parser->current));
          return TRUE;
        }
    }

  for (guint k = 0; k < parser->row_repeat && parser->n_rows_kept < MAX_ROWS; k++)
    {
      /* A row repeated stands for rows of the same cells: their text
       * counts against the limit each time. */
      if (k > 0)
        {
          parser->total_text += parser->row_bytes;
          if (parser->total_text > MAX_TEXT)
            {
              g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
                           "its sheet holds more than %u MiB of text", (guint) (MAX_TEXT >> 20));
              return FALSE;
            }
        }
      keep_row (parser, number + k);
    }

  return TRUE;
}

/* An element inside a cell: a paragraph, or its spaces, tabs and line
 * breaks; a comment or a table in the cell, skipped. */
static void
start_in_cell (Parser      *parser,
               const char  *element,
               const char **names,
               const char **values)
{
  const char *local = local_name (parser, element, NS_TEXT);

  if (is_element (parser, element, NS_OFFICE, "annotation") ||
      is_element (parser, element, NS_TABLE, "table"))
    {
      parser->skip_depth = 1;
      return;
    }
  if (local == NULL)
    return;

  if (strcmp (local, "p") == 0 || strcmp (local, "h") == 0)
    {
      if (parser->n_paragraphs++ > 0)
        g_string_append_c (parser->cell_text, '\n');
      parser->in_paragraph = TRUE;
      parser->last_space = TRUE;
    }
  /* The rest only inside a paragraph. */
  else if (parser->in_paragraph && strcmp (local, "s") == 0)
    {
      guint n = parse_repeat (find_attribute (parser, names, values, NS_TEXT, "c"),
                              MAX_SPACES);

      for (guint i = 0; i < n; i++)
        g_string_append_c (parser->cell_text, ' ');
      parser->last_space = FALSE;
    }
  else if (parser->in_paragraph && strcmp (local, "tab") == 0)
    {
      g_string_append_c (parser->cell_text, '\t');
      parser->last_space = TRUE;
    }
  else if (parser->in_paragraph && strcmp (local, "line-break") == 0)
    {
      g_string_append_c (parser->cell_text, '\n');
      parser->last_space = TRUE;
    }
}

static void
start_element_cb (GMarkupParseContext  *context G_GNUC_UNUSED,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error G_GNUC_UNUSED)
{
  Parser *parser = user_data;

  note_namespaces (parser, names, values);

  if (parser->skip_depth > 0)
    {
      parser->skip_depth++;
      return;
    }

  if (parser->in_cell)
    {
      start_in_cell (parser, element, names, values);
      return;
    }

  if (!parser->in_table)
    {
      if (is_element (parser, element, NS_TABLE, "table"))
        start_table (parser, names, values);
      return;
    }

  if (!parser->in_row)
    {
      if (is_element (parser, element, NS_TABLE, "table-row"))
        {
          parser->in_row = TRUE;
          parser->row_repeat = parse_repeat (find_attribute (parser, names, values, NS_TABLE,
                                                             "number-rows-repeated"),
                                             MAX_ROWS);
          g_ptr_array_set_size (parser->row_cells, 0);
          parser->pending_empty = 0;
          parser->row_bytes = 0;
          parser->row_too_long = FALSE;
        }
      return;
    }

  if (is_element (parser, element, NS_TABLE, "table-cell") ||
      is_element (parser, element, NS_TABLE, "covered-table-cell"))
    start_cell (parser, names, values);
}

static void
end_element_cb (GMarkupParseContext  *context G_GNUC_UNUSED,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Parser *parser = user_data;

  if (parser->skip_depth > 0)
    {
      parser->skip_depth--;
      return;
    }

  if (parser->in_cell)
    {
      if (is_element (parser, element, NS_TEXT, "p") || is_element (parser, element, NS_TEXT, "h"))
        parser->in_paragraph = FALSE;
      else if (is_element (parser, element, NS_TABLE, "table-cell") ||
               is_element (parser, element, NS_TABLE, "covered-table-cell"))
        end_cell (parser, error);
      return;
    }

  if (parser->in_row)
    {
      if (is_element (parser, element, NS_TABLE, "table-row"))
        end_row (parser, error);
      return;
    }

  if (parser->in_table && is_element (parser, element, NS_TABLE, "table"))
    end_table (parser);
}

/* A paragraph's text as the spreadsheet shows it: each run of white space
 * one space, none at the paragraph's start. */
static void
text_cb (GMarkupParseContext  *context G_GNUC_UNUSED,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error G_GNUC_UNUSED)
{
  Parser *parser = user_data;

  if (!parser->in_cell || !parser->in_paragraph || parser->skip_depth > 0)
    return;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          if (!parser->last_space)
            g_string_append_c (parser->cell_text, ' ');
          parser->last_space = TRUE;
        }
      else
        {
          g_string_append_c (parser->cell_text, c);
          parser->last_space = FALSE;
        }
    }
}

/* Whether the archive's manifest says its parts are encrypted: a file
 * saved with a password. */
static gboolean
is_encrypted (unzFile zip)
{
  char buffer[CHUNK_SIZE];
  g_autoptr(GString) manifest = g_string_new (NULL);
  int n;

  if (unzLocateFile (zip, "META-INF/manifest.xml", 1) != UNZ_OK ||
      unzOpenCurrentFile (zip) != UNZ_OK)
    return FALSE;
  while (manifest->len < 16 * CHUNK_SIZE &&
         (n = unzReadCurrentFile (zip, buffer, sizeof buffer)) > 0)
    g_string_append_len (manifest, buffer, n);
  unzCloseCurrentFile (zip);

  return strstr (manifest->str, "encryption-data") != NULL;
}

static void
set_unreadable (GError     **error,
                const char  *kind,
                const char  *why)
{
  g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
               "this is %s that cannot be read: %s; in the spreadsheet, choose Save As "
               "(or Export) and CSV UTF-8, then open that file", kind, why);
}

/* Reads content.xml, a chunk at a time, through @parser. */
static gboolean
parse_content (unzFile      zip,
               Parser      *parser,
               const char  *kind,
               GError     **error)
{
  static const GMarkupParser callbacks = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *buffer = NULL;
  guint64 total = 0;
  int n;

  if (unzLocateFile (zip, "content.xml", 1) != UNZ_OK || unzOpenCurrentFile (zip) != UNZ_OK)
    {
      set_unreadable (error, kind, "it is damaged (it has no sheets)");
      return FALSE;
    }

  context = g_markup_parse_context_new (&callbacks, G_MARKUP_TREAT_CDATA_AS_TEXT, parser, NULL);
  buffer = g_malloc (CHUNK_SIZE);
  while ((n = unzReadCurrentFile (zip, buffer, CHUNK_SIZE)) > 0)
    {
      total += (guint64) n;
      if (total > MAX_CONTENT)
        {
          unzCloseCurrentFile (zip);
          set_unreadable (error, kind, "its sheets are over 1 GiB unpacked");
          return FALSE;
        }
      if (!g_markup_parse_context_parse (context, buffer, n, &local_error))
        break;
    }
  unzCloseCurrentFile (zip);

  if (local_error == NULL && n < 0)
    {
      set_unreadable (error, kind, "it is damaged (its sheets cannot be unpacked)");
      return FALSE;
    }
  if (local_error == NULL)
    g_markup_parse_context_end_parse (context, &local_error);
  if (local_error == NULL)
    return TRUE;

  if (g_error_matches (local_error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET))
    {
      g_autofree char *why = g_strdup (local_error->message);

      set_unreadable (error, kind, why);
    }
  else if (is_encrypted (zip))
    set_unreadable (error, kind, "it is protected with a password");
  else
    {
      g_autofree char *why = g_strdup_printf ("it is damaged (%s)", local_error->message);

      set_unreadable (error, kind, why);
    }

  return FALSE;
}

#endif

/**
 * _cr_roster_ods_open:
 * @path: the file
 * @kind: what it is, for the messages: "an OpenDocument spreadsheet (.ods)"
 *
 * Reads the file's sheets, and keeps the rows of the one to read.
 *
 * Returns: (transfer full) (nullable): the sheet to read, or %NULL with
 *   @error set in %CR_ROSTER_ERROR
 */
CrRosterOds *
_cr_roster_ods_open (const char  *path,
                     const char  *kind,
                     GError     **error)
{
#if HAVE_MINIZIP
  CrRosterOds *ods;
  Parser parser = { 0 };
  guint64 size = 0;
  unzFile zip;
  GStatBuf st;
  gboolean ok;

  if (g_stat (path, &st) == 0)
    size = (guint64) st.st_size;

  zip = unzOpen64 (path);
  if (zip == NULL)
    {
      set_unreadable (error, kind, "it is damaged (it is not a whole ZIP archive)");
      return NULL;
    }

  parser.row_cells = g_ptr_array_new_with_free_func (g_free);
  parser.cell_text = g_string_new (NULL);
  ok = parse_content (zip, &parser, kind, error);
  unzClose (zip);

  if (ok && parser.n_sheets == 0)
    {
      set_unreadable (error, kind, "it is damaged (it has no sheets)");
      ok = FALSE;
    }
  if (!ok)
    {
      parser_clear (&parser);
      return NULL;
    }

  ods = g_new0 (CrRosterOds, 1);
  ods->size = size;
  ods->store = g_steal_pointer (&parser.best);
  parser_clear (&parser);

  return ods;
#else
  g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET,
               "this is %s, not a CSV file: in the spreadsheet, choose Save As (or Export) "
               "and CSV UTF-8, then open that file", kind);
  (void) path;
  return NULL;
#endif
}
