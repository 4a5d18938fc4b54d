/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-cells.c: a roster row's cells read as a creator's answers
 *
 * Each cell is read as the header row said its column is (the name, a
 * question, or nothing): an option's id whatever its case, or its label
 * in any shipped language; several for a question with several choices,
 * separated by spaces (commas, semicolons or vertical bars too), or
 * `none`; a cell the export guarded with a single quote without it. A
 * cell that cannot be read makes the row one that cannot be read, with
 * the column and what to write (CrInputDetail); a name too long is cut,
 * with a notice.
 */
#include "config.h"

#include <string.h>

#include "cr-questionnaire.h"
#include "cr-quote.h"
#include "cr-roster-private.h"
#include "cr-roster-reader-private.h"

/* Whether @cell is the label of an option of question @q, in any shipped
 * language ("Paid per post or campaign"). */
static gboolean
match_label (guint       q,
             const char *cell,
             guint      *option)
{
  g_autofree char *words = _cr_roster_normalize_words (cell, -1);

  return words != NULL && _cr_roster_match_option_label (q, words, option);
}

/* The option @text is, by its id in any case or by its label. */
static gboolean
find_option (const CrQuestion *question,
             guint             q,
             const char       *text,
             guint            *option)
{
  g_autofree char *key = g_ascii_strdown (text, -1);

  return cr_question_lookup_option (question, key, option) != NULL ||
         match_label (q, text, option);
}

/* That @text, in a cell of @question, is none of its options; for a
 * multiple-choice question, @multiple, "none" is expected too. */
static void
set_unknown_option (GError           **error,
                    const CrQuestion  *question,
                    guint              q,
                    const char        *text,
                    gboolean           multiple)
{
  g_autofree char *expected = cr_question_dup_option_ids (question);
  g_autofree char *quoted = cr_quote_input (text, MAX_QUOTED);

  g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_ROW,
               multiple ? "%s: unknown option \"%s\" (expected none or any of %s)"
                        : "%s: unknown option \"%s\" (expected one of %s)",
               question->id, quoted, expected);
  _cr_roster_set_detail (error, CR_INPUT_PROBLEM_UNKNOWN_OPTION, (int) q, quoted);
}

static gboolean
read_choice (const CrQuestion *question,
             guint             q,
             const char       *cell,
             CrAnswers        *answers,
             GError          **error)
{
  guint option;

  if (!find_option (question, q, cell, &option))
    {
      set_unknown_option (error, question, q, cell, FALSE);
      return FALSE;
    }

  cr_answers_set_choice (answers, q, option);

  return TRUE;
}

/* A cell of a multiple-choice question as a form tool writes it: labels
 * (or ids) with a comma, semicolon or line between them, "Instagram,
 * A blog". FALSE, setting nothing, unless every piece is an option and
 * none is listed twice. */
static gboolean
read_labels (const CrQuestion *question,
             guint             q,
             const char       *cell,
             CrAnswers        *answers)
{
  g_auto(GStrv) pieces = g_strsplit_set (cell, ",;|\t\r\n", -1);
  CrSelection selection = 0;
  guint n = 0;

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      guint option;

      if (*g_strstrip (pieces[i]) == '\0')
        continue;
      if (!find_option (question, q, pieces[i], &option))
        return FALSE;
      if (selection & CR_SELECTION_BIT (option))
        return FALSE;
      selection |= CR_SELECTION_BIT (option);
      n++;
    }

  if (n == 0)
    return FALSE;
  cr_answers_set_selection (answers, q, selection);

  return TRUE;
}

static gboolean
read_choices (const CrQuestion *question,
              guint             q,
              const char       *cell,
              CrAnswers        *answers,
              GError          **error)
{
  g_autofree char *key = g_ascii_strdown (cell, -1);
  g_auto(GStrv) ids = g_strsplit_set (key, " ,;|\t\r\n", -1);
  CrSelection selection = 0;
  gboolean none = FALSE;
  guint n = 0;
  guint label_option;

  if (match_label (q, cell, &label_option))
    {
      cr_answers_set_selection (answers, q, CR_SELECTION_BIT (label_option));
      return TRUE;
    }

  for (guint i = 0; ids[i] != NULL; i++)
    {
      guint option;

      if (*ids[i] == '\0')
        continue;
      n++;

      if (g_str_equal (ids[i], "none") &&
          cr_question_lookup_option (question, "none", NULL) == NULL)
        {
          none = TRUE;
          continue;
        }

      if (cr_question_lookup_option (question, ids[i], &option) == NULL)
        {
          if (read_labels (question, q, cell, answers))
            return TRUE;

          set_unknown_option (error, question, q, ids[i], TRUE);
          return FALSE;
        }

      if (selection & CR_SELECTION_BIT (option))
        {
          g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_ROW,
                       "%s: \"%s\" is listed twice", question->id, ids[i]);
          _cr_roster_set_detail (error, CR_INPUT_PROBLEM_LISTED_TWICE, (int) q, ids[i]);
          return FALSE;
        }

      selection |= CR_SELECTION_BIT (option);
    }

  if (none && n > 1)
    {
      g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_ROW,
                   "%s: \"none\" goes alone", question->id);
      _cr_roster_set_detail (error, CR_INPUT_PROBLEM_NONE_NOT_ALONE, (int) q, NULL);
      return FALSE;
    }

  if (n > 0)
    cr_answers_set_selection (answers, q, selection);

  return TRUE;
}

/* A column as a spreadsheet names it, from 0: A to Z, then AA, AB… */
char *
_cr_roster_dup_column_letters (guint column)
{
  char letters[16];
  gsize n = sizeof letters - 1;
  guint64 left = (guint64) column + 1;

  letters[n] = '\0';
  while (left > 0 && n > 0)
    {
      left--;
      letters[--n] = (char) ('A' + left % 26);
      left /= 26;
    }

  return g_strdup (letters + n);
}

/* Says which cell an error is about, by its column as a spreadsheet names
 * it (the row is said with the error). */
static void
prefix_column (GError **error,
               guint    column)
{
  g_autofree char *letters = _cr_roster_dup_column_letters (column);
  CrInputDetail *detail;

  g_prefix_error (error, "column %s, ", letters);
  if ((detail = _cr_input_error_detail (error)) != NULL)
    detail->column = (int) column;
}

/* The cells of @record that count, past any empty ones a trailing
 * separator leaves, in *@n_cells: FALSE, with @error set, when they are
 * not as many as the header row's. */
static gboolean
count_cells (CrRosterReader  *reader,
             Record          *record,
             guint           *n_cells,
             GError         **error)
{
  CrInputDetail *detail;

  *n_cells = record->cells->len;
  /* Cells past the header's that are all empty are what some spreadsheets
   * leave after a trailing separator. */
  while (*n_cells > reader->n_columns &&
         g_array_index (record->lengths, gsize, *n_cells - 1) == 0)
    (*n_cells)--;

  if (*n_cells == reader->n_columns)
    return TRUE;

  g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_ROW,
               "%u %s, but the header row has %u", *n_cells,
               *n_cells == 1 ? "cell" : "cells", reader->n_columns);
  if ((detail = _cr_roster_set_detail (error, CR_INPUT_PROBLEM_CELL_COUNT, -1, NULL)) != NULL)
    {
      detail->n_cells = *n_cells;
      detail->n_columns = reader->n_columns;
    }
  return FALSE;
}

/* The name, in column @c: cut at a character boundary when too long, the
 * row still read, and said in @reader's notice. */
static void
read_name (CrRosterReader *reader,
           guint           c,
           char           *text,
           CrAnswers      *answers)
{
  if (g_utf8_strlen (text, -1) > CR_ANSWERS_NAME_MAX_CHARS)
    {
      *g_utf8_offset_to_pointer (text, CR_ANSWERS_NAME_MAX_CHARS) = '\0';
      g_clear_error (&reader->notice);
      g_set_error (&reader->notice, CR_ROSTER_ERROR, CR_ROSTER_ERROR_ROW,
                   "name: longer than %d characters, cut to the first %d",
                   CR_ANSWERS_NAME_MAX_CHARS, CR_ANSWERS_NAME_MAX_CHARS);
      _cr_roster_set_detail (&reader->notice, CR_INPUT_PROBLEM_NAME_TOO_LONG, -1, NULL);
      prefix_column (&reader->notice, c);
    }
  cr_answers_set_name (answers, text);
}

/* Cell @c of @record into @answers, as its column says: FALSE, with
 * @error set, when it cannot be read. */
static gboolean
read_cell (CrRosterReader  *reader,
           Record          *record,
           guint            c,
           CrAnswers       *answers,
           GError         **error)
{
  const char *cell = g_ptr_array_index (record->cells, c);
  gsize length = g_array_index (record->lengths, gsize, c);
  int column = reader->columns[c];
  g_autofree char *text = NULL;
  const CrQuestion *question;

  if (column == COLUMN_IGNORED || column == COLUMN_QUIET)
    return TRUE;

  if (!g_utf8_validate_len (cell, length, NULL))
    {
      g_set_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_ENCODING,
                   "%s: not valid UTF-8",
                   column == COLUMN_NAME ? "name"
                                         : cr_questionnaire_get_question ((guint) column)->id);
      _cr_roster_set_detail (error, CR_INPUT_PROBLEM_NOT_UTF8,
                             column == COLUMN_NAME ? -1 : column, NULL);
      prefix_column (error, c);
      return FALSE;
    }

  text = g_strstrip (g_strdup (cell));
  /* The single quote an export puts before a cell a spreadsheet would
   * take for a formula. */
  if (text[0] == '\'' && _cr_roster_cell_needs_guard (text + 1))
    memmove (text, text + 1, strlen (text));
  if (*text == '\0')
    return TRUE;

  if (column == COLUMN_NAME)
    {
      read_name (reader, c, text, answers);
      return TRUE;
    }

  question = cr_questionnaire_get_question ((guint) column);
  if (!(question->multiple ? read_choices : read_choice) (question, (guint) column, text,
                                                          answers, error))
    {
      prefix_column (error, c);
      return FALSE;
    }

  return TRUE;
}

CrAnswers *
_cr_roster_reader_read_row (CrRosterReader *reader,
                            Record         *record,
                            GError        **error)
{
  g_autoptr(CrAnswers) answers = cr_answers_new ();
  guint n_cells;

  if (!count_cells (reader, record, &n_cells, error))
    return NULL;

  for (guint c = 0; c < n_cells; c++)
    if (!read_cell (reader, record, c, answers, error))
      return NULL;

  return g_steal_pointer (&answers);
}
