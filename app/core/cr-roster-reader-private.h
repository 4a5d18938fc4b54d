/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-reader-private.h: what the files of the roster reader share
 *
 * The reader is one type in three files, by job: cr-roster-read.c (the
 * reader, its formats' rows and its header row), cr-roster-decode.c (the
 * bytes read into UTF-8 text: UTF-16, Windows-1252) and cr-roster-cells.c
 * (a row's cells read as a creator's answers). They share the struct.
 */
#pragma once

#include <csv.h>
#include <json-glib/json-glib.h>

#include "cr-document.h"
#include "cr-roster.h"
#include "cr-roster-sheet.h"

G_BEGIN_DECLS

#define READ_BLOCK_SIZE (256 * 1024)
/* Text from the input quoted in a message is cut after this many
 * characters. */
#define MAX_QUOTED 64


/* What a CSV column holds. */
enum
{
  COLUMN_IGNORED = CR_ROSTER_READER_COLUMN_IGNORED,
  COLUMN_QUIET = CR_ROSTER_READER_COLUMN_QUIET,
  COLUMN_NAME = CR_ROSTER_READER_COLUMN_NAME,
};

typedef struct
{
  guint64    line;
  GPtrArray *cells;
  GArray    *lengths;
  gboolean   too_long;
  /* With cr_roster_reader_set_keep_text(): the row's text as read, and
   * how many of its bytes are blank rows before it. */
  char      *text;
  guint      gap;
} Record;

struct _CrRosterReader
{
  GInputStream   *stream;
  CrRosterFormat  format;
  /* The file the stream reads, if known: a spreadsheet is read from it. */
  char           *path;
  CrRosterSheet  *sheet;

  char           *block;
  gsize           start;
  gsize           end;
  gboolean        eof;
  gboolean        started;
  guint64         bytes_read;
  /* JSON Lines: the line the next byte is on, from 1. */
  guint64         line;

  GError         *fatal;
  gboolean        finished;
  /* What was changed in the row just read, which is still read. */
  GError         *notice;

  /* Bytes that are not UTF-8 are read into @raw, then decoded into
   * @block: UTF-16 by @converter, Windows-1252 by cp1252_to_utf8(). */
  CrRosterEncoding encoding;
  GConverter     *converter;
  char           *raw;
  gsize           raw_start;
  gsize           raw_end;
  gboolean        raw_eof;

  /* JSON Lines */
  JsonParser     *json;
  GString        *text;

  /* CSV */
  struct csv_parser csv;
  gboolean        csv_ready;
  char            separator;
  gboolean        header_read;
  int            *columns;
  guint           n_columns;
  GPtrArray      *ignored;
  /* Beside each of @ignored, the id it was likely meant to be, or "". */
  GPtrArray      *suggested;
  /* What to read each column as, if told (cr_roster_reader_set_column_map());
   * what the header row was read as, once it is, with the first row's
   * cells once that is read; whether the reading is only for them. */
  CrRosterColumns *map;
  CrRosterColumns *guess;
  gboolean        sampled;
  gboolean        columns_only;
  GPtrArray      *cells;
  GArray         *lengths;
  /* The rows ended so far, as a spreadsheet counts them, and how the last
   * one ended ('\r', '\n'). */
  guint64         rows_ended;
  int             last_terminator;
  /* The bytes of the row being read so far, in its cells ended, each with
   * the separator or line end after it. */
  gsize           row_bytes;
  /* The row being read is over CR_ROSTER_MAX_ROW: its cells are dropped. */
  gboolean        skipping;
  GQueue          records;

  /* With cr_roster_reader_set_keep_text(): the text read since the last
   * row ended, @gap of it blank rows; the header row's text; the last
   * row's, until taken. */
  gboolean        keep_text;
  GString        *pending;
  gsize           gap;
  char           *header_text;
  char           *row_text;
  guint           row_gap;
};

CrInputDetail *_cr_roster_set_detail            (GError          **error,
                                                  CrInputProblem    problem,
                                                  int               question,
                                                  const char       *value);

gboolean       _cr_roster_reader_fill_block     (CrRosterReader   *reader,
                                                  GCancellable     *cancellable);
void           _cr_roster_reader_start_decoding (CrRosterReader   *reader,
                                                  gsize             from,
                                                  CrRosterEncoding  encoding);
gboolean       _cr_roster_looks_like_utf8       (const guchar     *p,
                                                  gsize             n);

CrAnswers     *_cr_roster_reader_read_row       (CrRosterReader   *reader,
                                                  Record           *record,
                                                  GError          **error);

G_END_DECLS
