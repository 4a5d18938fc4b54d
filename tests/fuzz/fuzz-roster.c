/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-roster.c: arbitrary bytes into the roster reader, as a file
 *
 * An agency's roster comes from a spreadsheet, a form tool or a script:
 * CSV, JSON Lines, an Excel workbook (.xlsx, .xls) or an OpenDocument
 * spreadsheet (.ods). The bytes are written to a file of their own and read
 * as the window and the command line read a file, the format found from
 * the bytes, so that every reader is reached, the workbook and OpenDocument
 * ones through FreeXL and minizip included.
 *
 * Built as a libFuzzer target with clang (meson -Dfuzzing=true), and linked
 * into test-fuzz-roster-corpus, which replays tests/fuzz/roster-corpus/.
 * Besides crashes and sanitizer reports, it aborts when the reader breaks
 * its contract: a row is answers, or a problem with its reason, never
 * both; every reason is one line of valid UTF-8 of bounded length; lines
 * only go forward; and each row read, written as the export writes it,
 * reads back to the same answers.
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cr-fuzz.h"
#include "cr-result.h"
#include "cr-roster.h"

/* A message longer than this fits no dialog and no terminal line. */
#define MAX_MESSAGE_LENGTH 1024

/* Rows past this many are not read: the reader's cost per row is what is
 * fuzzed, not its patience. */
#define MAX_ROWS 2000

static void
check_message (const char *what,
               const GError *error)
{
  if (*error->message == '\0')
    cr_fuzz_fail ("%s: empty message", what);
  if (strlen (error->message) > MAX_MESSAGE_LENGTH)
    cr_fuzz_fail ("%s: a message of %" G_GSIZE_FORMAT " bytes", what, strlen (error->message));
  if (strchr (error->message, '\n') != NULL || strchr (error->message, '\r') != NULL)
    cr_fuzz_fail ("%s: a message on more than one line: %s", what, error->message);
  if (!g_utf8_validate (error->message, -1, NULL))
    cr_fuzz_fail ("%s: a message that is not valid UTF-8", what);
}

/* The row as an export writes it, read back as a roster of its own. */
static void
check_round_trip (CrAnswers *answers)
{
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(CrRosterReader) reader = NULL;
  g_autoptr(CrAnswers) again = NULL;
  g_autoptr(GError) row_error = NULL;
  g_autoptr(GError) error = NULL;
  guint64 line;

  cr_roster_append_csv_header (csv);
  cr_roster_append_csv_row (csv, answers, result);
  stream = g_memory_input_stream_new_from_data (g_strdup (csv->str), (gssize) csv->len, g_free);
  reader = cr_roster_reader_new (stream, CR_ROSTER_FORMAT_CSV);

  if (cr_roster_reader_next (reader, &again, &line, &row_error, NULL, &error) !=
      CR_ROSTER_ROW_ANSWERS)
    cr_fuzz_fail ("a row written does not read back: %s\n%s",
                  row_error != NULL ? row_error->message
                  : error != NULL ? error->message : "no row",
                  csv->str);
  if (!cr_answers_equal (again, answers))
    cr_fuzz_fail ("a row written reads back to other answers:\n%s", csv->str);
}

/* The file the bytes go in, made once: reading a roster from a path is
 * what reaches the workbook readers. */
static const char *
input_path (void)
{
  static char *path = NULL;

  if (path == NULL)
    {
      g_autoptr(GError) error = NULL;
      int fd = g_file_open_tmp ("cr-fuzz-roster-XXXXXX", &path, &error);

      if (fd < 0)
        cr_fuzz_fail ("cannot make the input file: %s", error->message);
      close (fd);
      cr_fuzz_init ();
    }

  return path;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *path = input_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(CrRosterReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint64 last_line = 0;

  /* Not synced to the disk: the file only lives for the next read. */
  if (!g_file_set_contents_full (path, (const char *) data, (gssize) size,
                                 G_FILE_SET_CONTENTS_NONE, 0600, &error))
    cr_fuzz_fail ("cannot write the input file: %s", error->message);
  if ((stream = g_file_read (file, NULL, &error)) == NULL)
    cr_fuzz_fail ("cannot read the input file: %s", error->message);

  reader = cr_roster_reader_new (G_INPUT_STREAM (stream), CR_ROSTER_FORMAT_UNKNOWN);
  cr_roster_reader_set_path (reader, path);

  for (guint n = 0; n < MAX_ROWS; n++)
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) row_error = NULL;
      guint64 line = 0;
      CrRosterRow row = cr_roster_reader_next (reader, &answers, &line, &row_error, NULL, &error);

      if (row == CR_ROSTER_ROW_END)
        {
          if (answers != NULL || row_error != NULL)
            cr_fuzz_fail ("the end of the roster came with a row");
          if (error != NULL)
            check_message ("the roster's error", error);
          break;
        }

      if (error != NULL)
        cr_fuzz_fail ("a row came with the roster's error: %s", error->message);
      if (line < last_line)
        cr_fuzz_fail ("line %" G_GUINT64_FORMAT " came after line %" G_GUINT64_FORMAT,
                      line, last_line);
      last_line = line;

      if (row == CR_ROSTER_ROW_PROBLEM)
        {
          if (answers != NULL || row_error == NULL)
            cr_fuzz_fail ("a problem row came with answers, or without its reason");
          check_message ("a row's problem", row_error);
          continue;
        }

      if (answers == NULL || row_error != NULL)
        cr_fuzz_fail ("a row of answers came without them, or with a problem");
      if (cr_roster_reader_get_notice (reader) != NULL)
        check_message ("a row's notice", cr_roster_reader_get_notice (reader));
      check_round_trip (answers);
    }

  return 0;
}
