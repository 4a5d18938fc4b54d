/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-roster-ods.c: rosters in OpenDocument spreadsheets (.ods), read
 *
 * Each sheet is written here as OpenDocument XML, in a ZIP archive as
 * Calc makes one (cr_test_write_ods(), with minizip's zip.h), and scored by
 * `creator-role --score FILE.ods --batch --format csv`: what a person
 * gets. Each must give, byte for byte, what the same roster as CSV gives;
 * a damaged file, one line that says so and what to do.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cr-test-utils.h"

static char *tmpdir;

#define HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<office:document-content " \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
  "office:version=\"1.3\"><office:body><office:spreadsheet>"
#define TAIL "</office:spreadsheet></office:body></office:document-content>"
#define CELL(text) \
  "<table:table-cell office:value-type=\"string\"><text:p>" text "</text:p></table:table-cell>"
#define CELLS(n, text) \
  "<table:table-cell table:number-columns-repeated=\"" #n "\" office:value-type=\"string\">" \
  "<text:p>" text "</text:p></table:table-cell>"
#define EMPTY(n) "<table:table-cell table:number-columns-repeated=\"" #n "\"/>"
#define ROW(cells) "<table:table-row>" cells "</table:table-row>"
#define BLANK_ROWS(n) \
  "<table:table-row table:number-rows-repeated=\"" #n "\">" EMPTY (1024) "</table:table-row>"
#define TABLE(name, rows) \
  "<table:table table:name=\"" name "\">" \
  "<table:table-column table:number-columns-repeated=\"1024\"/>" rows "</table:table>"

#define HEADER_CELLS \
  CELL ("name") CELL ("compensation") CELL ("agreement") CELL ("brands")

/* The same roster as CSV. */
#define HEADER_CSV "name,compensation,agreement,brands\n"

static char *
write_ods (const char *name,
           const char *content,
           const char *manifest)
{
  return cr_test_write_ods (tmpdir, name, content, manifest);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n++;

  return n;
}

/* `--score PATH --batch --format csv`. */
static void
score (CrTestRun  *run,
       const char *path)
{
  const char *args[] = { "--score", path, "--batch", "--format", "csv", NULL };

  cr_test_runv (run, NULL, args);
}

/* @csv, as a CSV roster, scored: what the .ods must give. */
static char *
score_csv (const char *csv)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "same.csv", csv, -1);
  g_auto(CrTestRun) run = { 0 };

  score (&run, path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  return g_strdup (run.out);
}

/* Two equal cells side by side, stored once with
 * table:number-columns-repeated="2" as Calc stores "none,none": both are
 * read, so that no answer moves to another question's column. */
static void
test_repeated_cells (void)
{
  g_autofree char *path =
    write_ods ("repeated.ods",
               HEAD TABLE ("Sheet1",
                           ROW (HEADER_CELLS)
                           ROW (CELL ("Zo\xc3\xa9") CELLS (2, "none") CELL ("one"))
                           ROW (CELL ("Lina") CELL ("retainer") CELL ("long-term")
                                CELL ("one") EMPTY (1020))
                           ROW (CELL ("Cy") CELLS (2, "per-campaign") CELL ("many"))) TAIL, NULL);
  g_autofree char *expected = score_csv (HEADER_CSV
                                         "Zo\xc3\xa9,none,none,one\n"
                                         "Lina,retainer,long-term,one\n"
                                         "Cy,per-campaign,per-campaign,many\n");
  g_auto(CrTestRun) run = { 0 };

  score (&run, path);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, 0);
}

/* Blank rows, however many one element stands for, are left out, and the
 * rows after them numbered as the spreadsheet numbers them: the row with
 * an answer that is not an option is row 6, after the header and four
 * blank rows. A sheet of Calc's million rows, most of them one repeated
 * blank row, is read as its few rows. */
static void
test_row_numbers (void)
{
  g_autofree char *path =
    write_ods ("numbers.ods",
               HEAD TABLE ("Sheet1",
                           ROW (HEADER_CELLS)
                           BLANK_ROWS (4)
                           ROW (CELL ("Ada") CELL ("lots"))
                           ROW (CELL ("Bo") CELL ("gifts"))
                           BLANK_ROWS (1048570)) TAIL, NULL);
  g_autofree char *expected = score_csv (HEADER_CSV "Bo,gifts,,\n");
  g_autofree char *said = NULL;
  g_auto(CrTestRun) run = { 0 };

  score (&run, path);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, expected);
  said = g_strdup_printf ("%s:6: ", path);
  g_assert_true (g_str_has_prefix (run.err, said));
  g_assert_nonnull (strstr (run.err, "lots"));
  g_assert_cmpuint (count_lines (run.err), ==, 1);
}

/* A cell as the spreadsheet shows it: its paragraphs joined, its spaces
 * (text:s) and runs of white space in the XML as one space, its comment
 * left out, a number as its value; a merged-over cell empty. */
static void
test_cell_text (void)
{
  g_autofree char *path =
    write_ods ("text.ods",
               HEAD TABLE ("Sheet1",
                           ROW (HEADER_CELLS)
                           ROW ("<table:table-cell office:value-type=\"string\">"
                                "<office:annotation><text:p>Ask her agent</text:p>"
                                "</office:annotation>"
                                "<text:p>Ana<text:s text:c=\"2\"/>de   la\n  <text:span>Cruz</text:span>"
                                "</text:p></table:table-cell>"
                                CELL ("none"))
                           ROW ("<table:table-cell office:value-type=\"float\" "
                                "office:value=\"2024\"><text:p>2,024</text:p>"
                                "</table:table-cell>"
                                "<table:covered-table-cell/>"
                                CELL ("per-campaign") CELL ("many"))) TAIL, NULL);
  g_autofree char *expected = score_csv (HEADER_CSV
                                         "Ana   de la Cruz,none,,\n"
                                         "2024,,per-campaign,many\n");
  g_auto(CrTestRun) run = { 0 };

  score (&run, path);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);
}

/* Of several sheets, the first with a name column is read; with none, the
 * first. */
static void
test_sheets (void)
{
  g_autofree char *notes_first =
    write_ods ("notes-first.ods",
               HEAD TABLE ("Notes", ROW (CELL ("Call Zo\xc3\xa9 on Monday")))
               TABLE ("Creators", ROW (HEADER_CELLS) ROW (CELL ("Cy") CELL ("none")))
               TABLE ("Old", ROW (HEADER_CELLS) ROW (CELL ("Old") CELL ("gifts"))) TAIL, NULL);
  g_autofree char *no_name =
    write_ods ("no-name.ods",
               HEAD TABLE ("First", ROW (CELL ("compensation")) ROW (CELL ("gifts")))
               TABLE ("Second", ROW (CELL ("brands")) ROW (CELL ("many"))) TAIL, NULL);
  g_autofree char *expected = score_csv (HEADER_CSV "Cy,none,,\n");
  g_autofree char *expected_first = score_csv ("compensation\ngifts\n");
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) first = { 0 };

  score (&run, notes_first);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);

  /* The first sheet, which has no name column: its one row, unnamed. */
  score (&first, no_name);
  g_assert_cmpstr (first.out, ==, expected_first);
}

/* A file that cannot be read says so in one line, with what it is and
 * what to do, and gives no row. */
static void
test_damaged (void)
{
  static const char advice[] = "; in the spreadsheet, choose Save As (or Export) and CSV "
                               "UTF-8, then open that file\n";
  g_autofree char *cut_xml =
    write_ods ("cut.ods", HEAD TABLE ("Sheet1", ROW (HEADER_CELLS) ROW (CELL ("Ada")))
                          "</office:spreadsheet><table:table-row>", NULL);
  g_autofree char *locked =
    write_ods ("locked.ods", "\x8f\x12\xa0 not XML",
               "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">"
               "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>");
  g_autofree char *no_sheet = write_ods ("no-sheet.ods", HEAD TAIL, NULL);
  g_autofree char *whole = write_ods ("whole.ods", HEAD TABLE ("Sheet1", ROW (HEADER_CELLS)) TAIL,
                                      NULL);
  g_autofree char *cut_zip = g_build_filename (tmpdir, "cut-zip.ods", NULL);
  struct { const char *path; const char *why; } cases[] = {
    { cut_xml, "it is damaged (" },
    { locked, "it is protected with a password" },
    { no_sheet, "it is damaged (it has no sheets)" },
    { cut_zip, "it is damaged (it is not a whole ZIP archive)" },
  };
  g_autoptr(GBytes) bytes = cr_test_read_file (whole);

  /* The archive's first half: its type, then half its content. */
  g_assert_true (g_file_set_contents (cut_zip, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes) / 2, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *start =
        g_strdup_printf ("%s: this is an OpenDocument spreadsheet (.ods) that cannot be read: %s",
                         cases[i].path, cases[i].why);
      g_auto(CrTestRun) run = { 0 };

      score (&run, cases[i].path);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, start));
      g_assert_true (g_str_has_suffix (run.err, advice));
      g_assert_cmpuint (count_lines (run.err), ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("cr-roster-ods-XXXXXX", NULL);

  g_test_add_func ("/roster-ods/repeated-cells", test_repeated_cells);
  g_test_add_func ("/roster-ods/row-numbers", test_row_numbers);
  g_test_add_func ("/roster-ods/cell-text", test_cell_text);
  g_test_add_func ("/roster-ods/sheets", test_sheets);
  g_test_add_func ("/roster-ods/damaged", test_damaged);

  status = g_test_run ();

  cr_test_remove_tree (tmpdir);
  g_free (tmpdir);

  return status;
}
