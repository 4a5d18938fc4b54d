/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-fuzz-roster-corpus.c: every file of tests/fuzz/roster-corpus/
 * through the roster reader
 *
 * Each corpus file is one test case, run through the fuzzer's checks
 * (fuzz-roster.c), so that every input the fuzzer ever failed on, once
 * added to the corpus, stays a regression test. Files named ok-* must give
 * at least one creator and no error; files named bad-* must be refused as
 * a whole; any other file must only pass the fuzzer's checks. A build
 * that reads no spreadsheet refuses every workbook, as it must.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cr-fuzz.h"
#include "cr-roster.h"

/* How the reader ends @path: the creators it gives, and its error. */
static guint
read_roster (const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(CrRosterReader) reader = NULL;
  guint n = 0;

  g_assert_nonnull (stream);
  reader = cr_roster_reader_new (G_INPUT_STREAM (stream), CR_ROSTER_FORMAT_UNKNOWN);
  cr_roster_reader_set_path (reader, path);

  for (;;)
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) row_error = NULL;
      guint64 line;
      CrRosterRow row = cr_roster_reader_next (reader, &answers, &line, &row_error, NULL, error);

      if (row == CR_ROSTER_ROW_END)
        return n;
      if (row == CR_ROSTER_ROW_ANSWERS)
        n++;
    }
}

/* The spreadsheet format @name's extension says, which a build without
 * FreeXL 2 or minizip reads as a refusal; CSV for any other. */
static CrRosterFormat
format_of (const char *name)
{
  if (g_str_has_suffix (name, ".xlsx"))
    return CR_ROSTER_FORMAT_XLSX;
  if (g_str_has_suffix (name, ".xls"))
    return CR_ROSTER_FORMAT_XLS;
  if (g_str_has_suffix (name, ".ods"))
    return CR_ROSTER_FORMAT_ODS;
  return CR_ROSTER_FORMAT_CSV;
}

static void
test_corpus_file (gconstpointer user_data)
{
  const char *path = user_data;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *exact = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint n;

  exact = cr_fuzz_read_exact (path, &length);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const guint8 *) exact, length), ==, 0);

  n = read_roster (path, &error);
  if (!cr_roster_format_can_read (format_of (basename)))
    {
      /* This build reads no such spreadsheet: it says so, whatever the
       * file holds. */
      g_assert_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET);
      g_assert_cmpuint (n, ==, 0);
    }
  else if (g_str_has_prefix (basename, "ok-"))
    {
      g_assert_no_error (error);
      g_assert_cmpuint (n, >, 0);
    }
  else if (g_str_has_prefix (basename, "bad-"))
    {
      g_assert_nonnull (error);
      g_assert_cmpuint (n, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  cr_fuzz_add_corpus_tests ("roster-corpus", test_corpus_file);

  return g_test_run ();
}
