/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-columns.c: what each column of a CSV roster's header row is
 * read as
 *
 * The reader knows a header cell by a question's id, by a question's text
 * in any shipped language, as the name or as a result's column; any other
 * is ignored, and one a letter or two off an id is named with the id it
 * was likely meant to be. CrRosterColumns holds that guess, a column a
 * row: the header cell, the first row's cell under it (a sample, once a
 * row is read), what it is read as and how it was known. Given back to a
 * reader as a column map (cr_roster_reader_set_column_map()), it says
 * what to read each column as instead: a person's corrections.
 *
 * cr_roster_read_columns() reads only a file's header row and first row,
 * for a person to look at before the whole file is read and scored.
 * A CrRosterColumns is reference counted, and never changed once shared
 * with another thread: copy it first.
 */
#include "config.h"

#include <string.h>

#include "cr-questionnaire.h"
#include "cr-roster-private.h"

typedef struct
{
  char          *header;
  char          *sample;
  int            question;
  int            suggestion;
  CrRosterMatch  match;
} Column;

struct _CrRosterColumns
{
  GArray *columns;
};

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->header);
  g_free (column->sample);
}

static void
columns_clear (gpointer data)
{
  CrRosterColumns *columns = data;

  g_array_unref (columns->columns);
}

/**
 * cr_roster_columns_new:
 * @n_columns: how many columns the header row has
 *
 * Returns: (transfer full): columns with no header text, each ignored
 */
CrRosterColumns *
cr_roster_columns_new (guint n_columns)
{
  CrRosterColumns *columns = g_atomic_rc_box_new0 (CrRosterColumns);

  columns->columns = g_array_sized_new (FALSE, TRUE, sizeof (Column), n_columns);
  g_array_set_clear_func (columns->columns, column_clear);
  g_array_set_size (columns->columns, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      Column *column = &g_array_index (columns->columns, Column, c);

      column->header = g_strdup ("");
      column->question = CR_ROSTER_READER_COLUMN_IGNORED;
      column->suggestion = -1;
      column->match = CR_ROSTER_MATCH_NONE;
    }

  return columns;
}

/**
 * cr_roster_columns_copy:
 *
 * Returns: (transfer full): a copy of @columns, to change
 */
CrRosterColumns *
cr_roster_columns_copy (const CrRosterColumns *columns)
{
  CrRosterColumns *copy;

  g_return_val_if_fail (columns != NULL, NULL);

  copy = cr_roster_columns_new (columns->columns->len);
  for (guint c = 0; c < columns->columns->len; c++)
    {
      const Column *from = &g_array_index (columns->columns, Column, c);
      Column *to = &g_array_index (copy->columns, Column, c);

      g_free (to->header);
      to->header = g_strdup (from->header);
      to->sample = g_strdup (from->sample);
      to->question = from->question;
      to->suggestion = from->suggestion;
      to->match = from->match;
    }

  return copy;
}

CrRosterColumns *
cr_roster_columns_ref (CrRosterColumns *columns)
{
  g_return_val_if_fail (columns != NULL, NULL);

  return g_atomic_rc_box_acquire (columns);
}

void
cr_roster_columns_unref (CrRosterColumns *columns)
{
  g_return_if_fail (columns != NULL);

  g_atomic_rc_box_release_full (columns, columns_clear);
}

guint
cr_roster_columns_get_n_columns (const CrRosterColumns *columns)
{
  g_return_val_if_fail (columns != NULL, 0);

  return columns->columns->len;
}

static const Column *
get_column (const CrRosterColumns *columns,
            guint                  column)
{
  g_return_val_if_fail (columns != NULL, NULL);
  g_return_val_if_fail (column < columns->columns->len, NULL);

  return &g_array_index (columns->columns, Column, column);
}

/**
 * cr_roster_columns_get_header:
 *
 * Returns: the header cell of @column, white space around it left out;
 *   "" for an empty one
 */
const char *
cr_roster_columns_get_header (const CrRosterColumns *columns,
                              guint                  column)
{
  const Column *c = get_column (columns, column);

  return c != NULL ? c->header : NULL;
}

/**
 * cr_roster_columns_get_sample:
 *
 * Returns: (nullable): the first row's cell in @column, white space
 *   around it left out and cut to 40 characters; %NULL before a row is
 *   read, or when the first row has no such cell
 */
const char *
cr_roster_columns_get_sample (const CrRosterColumns *columns,
                              guint                  column)
{
  const Column *c = get_column (columns, column);

  return c != NULL ? c->sample : NULL;
}

/**
 * cr_roster_columns_get_question:
 *
 * Returns: the index of the question @column is read as, or one of
 *   %CR_ROSTER_READER_COLUMN_IGNORED, %CR_ROSTER_READER_COLUMN_NAME and
 *   %CR_ROSTER_READER_COLUMN_QUIET (a result's column)
 */
int
cr_roster_columns_get_question (const CrRosterColumns *columns,
                                guint                  column)
{
  const Column *c = get_column (columns, column);

  return c != NULL ? c->question : CR_ROSTER_READER_COLUMN_IGNORED;
}

/**
 * cr_roster_columns_get_match:
 *
 * Returns: how @column came to be read as it is
 */
CrRosterMatch
cr_roster_columns_get_match (const CrRosterColumns *columns,
                             guint                  column)
{
  const Column *c = get_column (columns, column);

  return c != NULL ? c->match : CR_ROSTER_MATCH_NONE;
}

/**
 * cr_roster_columns_get_suggestion:
 *
 * Returns: the index of the question an ignored column's header most
 *   likely misspells, or -1
 */
int
cr_roster_columns_get_suggestion (const CrRosterColumns *columns,
                                  guint                  column)
{
  const Column *c = get_column (columns, column);

  return c != NULL ? c->suggestion : -1;
}

/**
 * cr_roster_columns_is_fixed:
 *
 * Returns: whether @column is the name or a result's column, which a
 *   column map does not change
 */
gboolean
cr_roster_columns_is_fixed (const CrRosterColumns *columns,
                            guint                  column)
{
  const Column *c = get_column (columns, column);

  return c != NULL && (c->match == CR_ROSTER_MATCH_NAME || c->match == CR_ROSTER_MATCH_RESULT);
}

/**
 * cr_roster_columns_set_question:
 * @question: a question's index, or %CR_ROSTER_READER_COLUMN_IGNORED
 *
 * Reads @column as @question, or ignores it. The name and a result's
 * columns stay what they are.
 */
void
cr_roster_columns_set_question (CrRosterColumns *columns,
                                guint            column,
                                int              question)
{
  Column *c;

  g_return_if_fail (columns != NULL);
  g_return_if_fail (column < columns->columns->len);
  g_return_if_fail (question == CR_ROSTER_READER_COLUMN_IGNORED ||
                    (question >= 0 && (guint) question < cr_questionnaire_get_n_questions ()));

  c = &g_array_index (columns->columns, Column, column);
  if (c->match == CR_ROSTER_MATCH_NAME || c->match == CR_ROSTER_MATCH_RESULT)
    return;
  c->question = question;
  c->match = CR_ROSTER_MATCH_CHOSEN;
}

/* A header that reads as words, not as an id: a question's text,
 * likely, in words the reader does not know. */
static gboolean
reads_as_words (const char *header)
{
  return strchr (header, ' ') != NULL;
}

/**
 * cr_roster_columns_needs_review:
 *
 * Whether a person should look at the columns before the roster is
 * scored: a column is ignored that was likely meant to be a question —
 * one a letter or two off a question's id, or one whose header reads as
 * words (a question's text the reader does not know). A column that
 * reads as an id of the file's own (crm_id, notes) is only ignored.
 */
gboolean
cr_roster_columns_needs_review (const CrRosterColumns *columns)
{
  g_return_val_if_fail (columns != NULL, FALSE);

  for (guint c = 0; c < columns->columns->len; c++)
    {
      const Column *column = &g_array_index (columns->columns, Column, c);

      if (column->match == CR_ROSTER_MATCH_SUGGESTION ||
          (column->match == CR_ROSTER_MATCH_NONE && reads_as_words (column->header)))
        return TRUE;
    }

  return FALSE;
}

/**
 * cr_roster_columns_check:
 * @question: (out) (optional): the question read twice
 * @first: (out) (optional): the first column that holds it, from 0
 * @second: (out) (optional): the second
 *
 * Returns: %FALSE if two columns are read as the same question
 */
gboolean
cr_roster_columns_check (const CrRosterColumns *columns,
                         int                   *question,
                         guint                 *first,
                         guint                 *second)
{
  g_return_val_if_fail (columns != NULL, FALSE);

  for (guint b = 0; b < columns->columns->len; b++)
    {
      int q = g_array_index (columns->columns, Column, b).question;

      if (q < 0)
        continue;
      for (guint a = 0; a < b; a++)
        if (g_array_index (columns->columns, Column, a).question == q)
          {
            if (question != NULL)
              *question = q;
            if (first != NULL)
              *first = a;
            if (second != NULL)
              *second = b;
            return FALSE;
          }
    }

  return TRUE;
}

/**
 * cr_roster_columns_dup_unread_questions:
 *
 * Returns: (transfer full) (element-type guint): the indices of the
 *   questions no column is read as, in the questionnaire's order
 */
GArray *
cr_roster_columns_dup_unread_questions (const CrRosterColumns *columns)
{
  guint n = cr_questionnaire_get_n_questions ();
  GArray *unread = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) read = NULL;

  g_return_val_if_fail (columns != NULL, unread);

  read = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (read, n);
  for (guint c = 0; c < columns->columns->len; c++)
    {
      int q = g_array_index (columns->columns, Column, c).question;

      if (q >= 0 && (guint) q < n)
        g_array_index (read, gboolean, q) = TRUE;
    }
  for (guint q = 0; q < n; q++)
    if (!g_array_index (read, gboolean, q))
      g_array_append_val (unread, q);

  return unread;
}

/* For the reader: what it made of @column. */
void
_cr_roster_columns_set (CrRosterColumns *columns,
                        guint            column,
                        const char      *header,
                        int              question,
                        CrRosterMatch    match,
                        int              suggestion)
{
  Column *c = &g_array_index (columns->columns, Column, column);

  g_free (c->header);
  c->header = g_strdup (header);
  c->question = question;
  c->match = match;
  c->suggestion = suggestion;
}

#define SAMPLE_CHARS 40

/* For the reader: the first row's cell in @column. */
void
_cr_roster_columns_set_sample (CrRosterColumns *columns,
                               guint            column,
                               const char      *cell,
                               gsize            length)
{
  Column *c;
  char *sample;

  if (column >= columns->columns->len || !g_utf8_validate_len (cell, length, NULL))
    return;

  c = &g_array_index (columns->columns, Column, column);
  sample = g_strstrip (g_strndup (cell, length));
  if (g_utf8_strlen (sample, -1) > SAMPLE_CHARS)
    {
      char *cut;

      *g_utf8_offset_to_pointer (sample, SAMPLE_CHARS) = '\0';
      cut = g_strconcat (sample, "…", NULL);

      g_free (sample);
      sample = cut;
    }
  g_free (c->sample);
  c->sample = sample;
}

/**
 * cr_roster_read_columns:
 * @file: a roster
 * @format: its format, or %CR_ROSTER_FORMAT_UNKNOWN to tell from its first
 *   bytes
 *
 * Reads @file's header row and its first row, and no more: what the
 * reader makes of each column, with the first row's cells as samples. A
 * header row that names no question is read all the same, its likely
 * questions suggested. JSON Lines has no columns: none are given.
 *
 * Returns: (transfer full): the columns, or %NULL and @error set when the
 *   header row cannot be read
 */
CrRosterColumns *
cr_roster_read_columns (GFile          *file,
                        CrRosterFormat  format,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(CrRosterReader) reader = NULL;
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) row_error = NULL;
  g_autoptr(GError) local_error = NULL;
  CrRosterColumns *columns;
  guint64 line;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if ((stream = g_file_read (file, cancellable, error)) == NULL)
    return NULL;

  reader = cr_roster_reader_new (G_INPUT_STREAM (stream), format);
  if (g_file_peek_path (file) != NULL)
    cr_roster_reader_set_path (reader, g_file_peek_path (file));
  _cr_roster_reader_set_columns_only (reader);
  cr_roster_reader_next (reader, &answers, &line, &row_error, cancellable, &local_error);

  if ((columns = cr_roster_reader_dup_columns (reader)) != NULL)
    return columns;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return cr_roster_columns_new (0);
}

static void
read_columns_thread (GTask        *task,
                     gpointer      source_object G_GNUC_UNUSED,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *file = task_data;
  CrRosterFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "format"));
  GError *error = NULL;
  CrRosterColumns *columns = cr_roster_read_columns (file, format, cancellable, &error);

  if (columns == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, columns, (GDestroyNotify) cr_roster_columns_unref);
}

/**
 * cr_roster_read_columns_async:
 *
 * Does what cr_roster_read_columns() does, in another thread.
 */
void
cr_roster_read_columns_async (GFile               *file,
                              CrRosterFormat       format,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_roster_read_columns_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (task), "format", GINT_TO_POINTER (format));
  g_task_run_in_thread (task, read_columns_thread);
}

/**
 * cr_roster_read_columns_finish:
 *
 * Returns: (transfer full): the columns, or %NULL and @error set
 */
CrRosterColumns *
cr_roster_read_columns_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
