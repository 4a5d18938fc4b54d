/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-batch-csv.c: `creator-role --score ROSTER --batch` with CSV in or
 * out, run as a process
 *
 * Every row of a CSV roster must score as the same answers scored alone
 * (`--score FILE`): the same result document in JSON Lines, the same
 * verdict, shares, close call, runner-up and completeness in CSV. A row
 * that cannot be read is one line on standard error, with its line.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cr-document.h"
#include "cr-roster.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"

static char *tmpdir;

/* The profiles, then answers drawn at random, each with a name; as CSV in
 * a column order of their own, with a semicolon. */
static GPtrArray *
make_answers (void)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261202);

  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    {
      CrAnswers *answers = cr_test_answers_new (cr_test_profiles[i].answers);

      cr_answers_set_name (answers, cr_test_profiles[i].path);
      g_ptr_array_add (all, answers);
    }

  for (guint i = 0; i < 12; i++)
    {
      CrAnswers *answers = cr_answers_new ();
      g_autofree char *name = g_strdup_printf ("Random; \"%u\"", i);

      for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
        {
          const CrQuestion *question = cr_questionnaire_get_question (q);

          if (g_rand_int_range (rand, 0, 5) == 0)
            continue;
          if (question->multiple)
            cr_answers_set_selection (answers, q,
                                      g_rand_int (rand) &
                                        (CR_SELECTION_BIT (question->n_options) - 1));
          else
            cr_answers_set_choice (answers, q, g_rand_int_range (rand, 0, question->n_options));
        }
      cr_answers_set_name (answers, name);
      g_ptr_array_add (all, answers);
    }

  return all;
}

static char *
make_csv (GPtrArray *all)
{
  GString *csv = g_string_new (NULL);
  guint n = cr_questionnaire_get_n_questions ();

  /* The questions last to first, the name in the middle. */
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (csv, "%s%s", i ? ";" : "", cr_questionnaire_get_question (n - 1 - i)->id);
      if (i == n / 2)
        g_string_append (csv, ";Name");
    }
  g_string_append (csv, "\r\n");

  for (guint a = 0; a < all->len; a++)
    {
      CrAnswers *answers = g_ptr_array_index (all, a);

      for (guint i = 0; i < n; i++)
        {
          const CrQuestion *question = cr_questionnaire_get_question (n - 1 - i);
          CrSelection selection = cr_answers_get_selection (answers, n - 1 - i);
          gboolean first = TRUE;

          if (i > 0)
            g_string_append_c (csv, ';');
          if (cr_answers_is_answered (answers, n - 1 - i))
            {
              if (question->multiple && selection == 0)
                g_string_append (csv, "none");
              for (guint o = 0; o < question->n_options; o++)
                if (selection & CR_SELECTION_BIT (o))
                  {
                    g_string_append_printf (csv, "%s%s", first ? "" : "|",
                                            question->options[o].id);
                    first = FALSE;
                  }
            }
          if (i == n / 2)
            {
              g_autofree char *quoted = NULL;
              g_auto(GStrv) parts = g_strsplit (cr_answers_get_name (answers), "\"", -1);

              quoted = g_strjoinv ("\"\"", parts);
              g_string_append_printf (csv, ";\"%s\"", quoted);
            }
        }
      g_string_append (csv, "\r\n");
    }

  return g_string_free (csv, FALSE);
}

/* What `--score FILE` prints for @answers alone. */
static JsonObject *
score_alone (CrAnswers  *answers,
             JsonParser *parser)
{
  const char *args[] = { "--score", "-", NULL };
  g_autoptr(CrResult) result = cr_score (answers);
  g_autofree char *input = cr_document_to_data (answers, result, "en", NULL, FALSE, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(CrTestRun) run = { 0 };

  cr_test_runv (&run, &(CrTestRunOptions) { .input = input }, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

static GStrv
split_lines (const char *out)
{
  gsize length = strlen (out);
  g_autofree char *body = NULL;

  g_assert_cmpuint (length, >, 0);
  g_assert_cmpint (out[length - 1], ==, '\n');
  body = g_strndup (out, length - 1);

  return g_strsplit (body, "\n", -1);
}

/* CSV in, CSV out: each row's verdict, shares, close call, runner-up and
 * completeness are those of the answers scored alone. */
/* The CSV's summary cells of a result document: its role, or nothing for
 * no verdict; the shares and the runner-up only when a role won. */
static char *
expected_tail (JsonObject *result)
{
  JsonObject *scores = json_object_get_object_member (result, "scores");
  const char *role = json_object_get_null_member (result, "role")
                       ? NULL : json_object_get_string_member (result, "role");
  gboolean won = role != NULL && !g_str_equal (role, "none");
  const char *runner_up = won && !json_object_get_null_member (result, "runner_up")
                            ? json_object_get_string_member (result, "runner_up") : "";
  GString *tail = g_string_new (NULL);

  g_string_append_printf (tail, ",%s", role != NULL ? role : "");
  if (won)
    g_string_append_printf (tail, ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                            json_object_get_int_member (scores, "influencer"),
                            json_object_get_int_member (scores, "ambassador"),
                            json_object_get_int_member (scores, "contracted-ambassador"));
  else
    g_string_append (tail, ",,,");
  g_string_append_printf (tail, ",%s,%s,%s",
                          json_object_get_boolean_member (result, "close_call") ? "true" : "false",
                          runner_up,
                          json_object_get_boolean_member (result, "complete") ? "true" : "false");

  return g_string_free (tail, FALSE);
}

static void
test_csv_to_csv (void)
{
  g_autoptr(GPtrArray) all = make_answers ();
  g_autofree char *csv = make_csv (all);
  g_autofree char *path = cr_test_write_file (tmpdir, "roster.csv", csv, -1);
  const char *args[] = { "--score", path, "--batch", "--format", "csv", NULL };
  g_auto(CrTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  cr_test_runv (&run, NULL, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (lines), ==, all->len + 1);
  g_assert_cmpstr (lines[0], ==,
                   "name,compensation,agreement,brands,exclusivity,audience,content,customer,"
                   "effort,notoriety,platforms,role,influencer,ambassador,contracted-ambassador,"
                   "close_call,runner_up,complete");

  for (guint a = 0; a < all->len; a++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *document = score_alone (g_ptr_array_index (all, a), parser);
      JsonObject *result = json_object_get_object_member (document, "result");
      g_autofree char *tail = expected_tail (result);
      g_autoptr(GString) row = g_string_new (NULL);
      g_autoptr(CrAnswers) answers = cr_answers_copy (g_ptr_array_index (all, a));
      g_autoptr(CrResult) ours = cr_score (answers);

      cr_roster_append_csv_row (row, answers, ours);
      g_string_truncate (row, row->len - 1);

      g_assert_true (g_str_has_suffix (lines[a + 1], tail));
      g_assert_cmpstr (lines[a + 1], ==, row->str);
    }
}

/* CSV in, JSON Lines out (the default): each line is the document that
 * scoring the row alone prints, written compactly. */
static void
test_csv_to_jsonl (void)
{
  g_autoptr(GPtrArray) all = make_answers ();
  g_autofree char *csv = make_csv (all);
  const char *args[] = { "--score", "-", "--batch", "--input-format", "csv", NULL };
  g_auto(CrTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  cr_test_runv (&run, &(CrTestRunOptions) { .input = csv }, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (lines), ==, all->len);

  for (guint a = 0; a < all->len; a++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonParser) line_parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      JsonObject *alone = score_alone (g_ptr_array_index (all, a), parser);
      g_autofree char *compact = NULL;
      JsonObject *line;

      g_assert_true (json_parser_load_from_data (line_parser, lines[a], -1, NULL));
      line = json_node_get_object (json_parser_get_root (line_parser));
      json_object_set_string_member (alone, "created", json_object_get_string_member (line, "created"));
      json_generator_set_root (generator, json_parser_get_root (parser));
      compact = json_generator_to_data (generator, NULL);
      g_assert_cmpstr (lines[a], ==, compact);
    }
}

/* By its extension, a .csv file is read as CSV with --batch alone. */
static void
test_by_extension (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "agency.CSV", "name,brands\nAda,many\n", -1);
  const char *args[] = { "--score", path, "--batch", NULL };
  g_auto(CrTestRun) run = { 0 };

  cr_test_runv (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "{\"format\":\"creator-role/result\""));
  g_assert_nonnull (strstr (run.out, "\"name\":\"Ada\""));
}

/* JSON Lines in, CSV out. */
static void
test_jsonl_to_csv (void)
{
  const char *args[] = { "--score", "-", "--batch", "--format", "csv", NULL };
  g_auto(CrTestRun) run = { 0 };

  cr_test_runv (&run,
                &(CrTestRunOptions) {
                  .input = "{\"name\":\"Ada, A.\",\"answers\":{\"brands\":\"none\","
                           "\"compensation\":\"none\",\"agreement\":\"none\","
                           "\"platforms\":[\"x\",\"blog\"]}}\n" },
                args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  {
    g_autoptr(CrAnswers) answers = cr_test_answers_new ("brands=none compensation=none "
                                                        "agreement=none platforms=x,blog");
    g_autoptr(CrResult) result = cr_score (answers);
    g_autoptr(GString) expected = g_string_new (NULL);

    cr_answers_set_name (answers, "Ada, A.");
    cr_roster_append_csv_header (expected);
    cr_roster_append_csv_row (expected, answers, result);
    g_assert_cmpstr (run.out, ==, expected->str);
    g_assert_true (g_str_has_prefix (run.out + strlen (run.out) - strlen (expected->str) +
                                       strcspn (expected->str, "\n") + 1,
                                     "\"Ada, A.\",none,none,none,,,,,,,blog x,none,"));  }
}

/* Rows that cannot be read: one line each on standard error, an error
 * object in their place in JSON Lines, nothing in CSV; status 1. */
static void
test_bad_rows (void)
{
  static const char *input = "name,brands,notes,platforms\n"
                             "Ada,many,x,instagram\n"
                             "Bo,lots,y,\n"
                             "\"Cy\nD\",one,z,myspace\n"
                             "Ed,one\n";
  g_autofree char *path = cr_test_write_file (tmpdir, "bad.csv", input, -1);
  const char *jsonl_args[] = { "--score", path, "--batch", NULL };
  const char *csv_args[] = { "--score", path, "--batch", "--format", "csv", NULL };
  g_autofree char *errors = g_strdup_printf ("%s: ignoring unknown columns: notes\n"
                                             "%s:3: column B, brands: unknown option \"lots\" "
                                             "(expected one of none, one, few, many)\n"
                                             "%s:4: column D, platforms: unknown option \"myspace\" "
                                             "(expected none or any of instagram, youtube, "
                                             "tiktok, snapchat, blog, x, facebook, linkedin, "
                                             "twitch, other)\n"
                                             "%s:5: 2 cells, but the header row has 4\n",
                                             path, path, path, path);
  g_auto(CrTestRun) jsonl = { 0 };
  g_auto(CrTestRun) csv = { 0 };
  g_auto(GStrv) lines = NULL;

  cr_test_runv (&jsonl, NULL, jsonl_args);
  g_assert_cmpint (jsonl.status, ==, 1);
  g_assert_cmpstr (jsonl.err, ==, errors);
  lines = split_lines (jsonl.out);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_nonnull (strstr (lines[0], "\"name\":\"Ada\""));
  g_assert_cmpstr (lines[1], ==,
                   "{\"error\":{\"line\":3,\"message\":\"column B, brands: unknown option \\\"lots\\\" "
                   "(expected one of none, one, few, many)\"}}");
  g_assert_true (g_str_has_prefix (lines[2], "{\"error\":{\"line\":4,"));
  g_assert_cmpstr (lines[3], ==,
                   "{\"error\":{\"line\":5,\"message\":\"2 cells, but the header row has 4\"}}");

  cr_test_runv (&csv, NULL, csv_args);
  g_assert_cmpint (csv.status, ==, 1);
  g_assert_cmpstr (csv.err, ==, errors);
  g_strfreev (lines);
  lines = split_lines (csv.out);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[1], "Ada,,,many,,,,,,,instagram,"));
}

/* A row over 1 MiB, without a quote: named with its line, and the rows
 * after it scored as if it were not there. The file it was read from is
 * as it was. */
static void
test_long_row (void)
{
  g_autoptr(GString) input = g_string_new ("name,brands\nAda,many\n");
  g_autofree char *path = NULL;
  g_autofree char *expected_err = NULL;
  g_autofree char *after = NULL;
  const char *args[] = { "--score", NULL, "--batch", "--format", "csv", NULL };
  g_auto(CrTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (input, i % 4096 == 4095 ? ',' : 'b');
  g_string_append (input, "\nBo,one\nCy,few\n");
  path = cr_test_write_file (tmpdir, "long-row.csv", input->str, -1);
  args[1] = path;

  cr_test_runv (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 1);
  expected_err = g_strdup_printf ("%s:3: the row is longer than 1 MiB\n", path);
  g_assert_cmpstr (run.err, ==, expected_err);
  lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[1], "Ada,"));
  g_assert_true (g_str_has_prefix (lines[2], "Bo,"));
  g_assert_true (g_str_has_prefix (lines[3], "Cy,"));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, input->str);
}

/* A name over the limit is cut, the creator scored all the same: a note
 * on the error stream, status 0. */
static void
test_long_name (void)
{
  g_autofree char *name = g_strnfill (120, 'n');
  g_autofree char *input = g_strdup_printf ("name,brands\n%s,many\nBo,one\n", name);
  g_autofree char *path = cr_test_write_file (tmpdir, "long-name.csv", input, -1);
  g_autofree char *expected_err = NULL;
  g_autofree char *cut = g_strnfill (100, 'n');
  const char *args[] = { "--score", path, "--batch", "--format", "csv", NULL };
  g_auto(CrTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  cr_test_runv (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  expected_err = g_strdup_printf ("%s:2: column A, name: longer than 100 characters, cut to the "
                                  "first 100\n", path);
  g_assert_cmpstr (run.err, ==, expected_err);
  lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[1], cut));
  g_assert_cmpint (lines[1][100], ==, ',');
  g_assert_true (g_str_has_prefix (lines[2], "Bo,"));
}

/* A sheet exported by a form tool, in French: the columns named by the
 * questions, the cells by the options' labels, read as the ids would be;
 * a misspelt id is named with the one it was likely meant to be. */
static void
test_form_sheet (void)
{
  const char *input = "name,Êtes-vous rémunéré pour promouvoir des marques ?,"
                      "De combien de marques faites-vous la promotion ?,compensaton\n"
                      "Zoé,Rémunération à la publication ou à la campagne,Une seule,x\n";
  g_autofree char *path = cr_test_write_file (tmpdir, "form-sheet.csv", input, -1);
  g_autofree char *expected_err = NULL;
  const char *args[] = { "--score", path, "--batch", "--format", "csv", NULL };
  g_auto(CrTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  cr_test_runv (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  expected_err = g_strdup_printf ("%s: ignoring unknown columns: compensaton (did you mean "
                                  "compensation?)\n", path);
  g_assert_cmpstr (run.err, ==, expected_err);
  lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[1], "Zoé,per-campaign,,one,"));
}

/* A file that cannot be read at all: one line, status 1, no output. */
static void
test_unreadable (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "dup.csv", "brands,Brands\nmany,one\n", -1);
  const char *args[] = { "--score", path, "--batch", "--format", "csv", NULL };
  const char *missing[] = { "--score", "/nonexistent/r.csv", "--batch", NULL };
  g_autofree char *expected = g_strdup_printf ("%s: line 1: columns 1 and 2 both hold Brands\n",
                                               path);
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) none = { 0 };

  cr_test_runv (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_cmpstr (run.out, ==, "");

  cr_test_runv (&none, NULL, missing);
  g_assert_cmpint (none.status, ==, 1);
  g_assert_cmpstr (none.err, ==, "/nonexistent/r.csv: there is no file of that name: check the name and the folder\n");
}

/* A spreadsheet's CSV in Windows-1252 is read, and said to be; UTF-16
 * with its byte-order mark and tabs, and UTF-8 with one, read as they
 * are, without a word. Each gives the same names, in UTF-8. */
static void
test_encodings (void)
{
  static const char utf8[] = "name\tbrands\nZo\u00e9 Durand\tmany\nC\u0153ur\tone\n";
  static const char expected[] =
    "name,compensation,agreement,brands,exclusivity,audience,content,customer,effort,"
    "notoriety,platforms,role,influencer,ambassador,contracted-ambassador,close_call,"
    "runner_up,complete\n"
    "Zo\u00e9 Durand,,,many,,,,,,,,influencer,100,0,0,false,ambassador,false\n"
    "C\u0153ur,,,one,,,,,,,,ambassador,0,50,50,true,contracted-ambassador,false\n";
  g_autofree char *latin1 = cr_test_write_file (tmpdir, "latin1.csv",
                                                "name;brands\nZo\xe9 Durand;many\n"
                                                "C\x9cur;one\n", -1);
  g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", utf8, NULL);
  g_autofree char *bom_path = cr_test_write_file (tmpdir, "bom.csv", bom, -1);
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *converted = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_autofree char *utf16 = g_malloc (length + 2);
  g_autofree char *utf16_path = NULL;
  g_autofree char *said = g_strdup_printf ("%s: not valid UTF-8, read as Windows-1252\n", latin1);
  const char *paths[3];

  g_assert_no_error (error);
  memcpy (utf16, "\xFF\xFE", 2);
  memcpy (utf16 + 2, converted, length);
  utf16_path = cr_test_write_file (tmpdir, "utf16.tsv", utf16, (gssize) length + 2);
  paths[0] = latin1;
  paths[1] = utf16_path;
  paths[2] = bom_path;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      const char *args[] = { "--score", paths[i], "--batch", "--format", "csv", NULL };
      g_auto(CrTestRun) run = { 0 };

      cr_test_runv (&run, NULL, args);
      g_assert_cmpstr (run.err, ==, i == 0 ? said : "");
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, expected);
    }
}

/* A spreadsheet's own file, whatever its name says, is said for what it
 * is, with what to do instead. */
static void
test_spreadsheets (void)
{
  static const struct { const char *name; const char *bytes; gsize length; const char *kind; }
    files[] = {
    { "agency.xlsx", "PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x13\0\0\0"
                     "[Content_Types].xml", 49, "an Excel workbook (.xlsx)" },
    { "agency.ods", "PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x08\0\0\0"
                    "mimetypeapplication/vnd.oasis.opendocument.spreadsheet", 84,
      "an OpenDocument spreadsheet (.ods)" },
    { "agency.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0", 16,
      "an Excel 97-2003 workbook (.xls)" },
    { "renamed.csv", "PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x0b\0\0\0"
                     "xl/workbook.xml", 45, "an Excel workbook (.xlsx)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = cr_test_write_file (tmpdir, files[i].name, files[i].bytes,
                                                  (gssize) files[i].length);
      const char *args[] = { "--score", path, "--batch", NULL };
      /* Known by their first bytes, whatever their names; read where
       * FreeXL (a workbook) or minizip (an .ods) is, and these are only
       * the first bytes of one. */
      gboolean ods = g_str_has_suffix (files[i].name, ".ods");
      gboolean readable = ods ? HAVE_MINIZIP : HAVE_FREEXL;
      const char *why = ods ? "it is damaged (it is not a whole ZIP archive)"
                            : "it is damaged, or protected with a password";
      g_autofree char *expected =
        readable
        ? g_strdup_printf ("%s: this is %s that cannot be read: %s; in the spreadsheet, choose "
                           "Save As (or Export) and CSV UTF-8, then open that file\n",
                           path, files[i].kind, why)
        : g_strdup_printf ("%s: this is %s, not a CSV file: in the spreadsheet, choose Save As "
                           "(or Export) and CSV UTF-8, then open that file\n",
                           path, files[i].kind);
      g_auto(CrTestRun) run = { 0 };

      cr_test_runv (&run, NULL, args);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==, expected);
      g_assert_cmpstr (run.out, ==, "");
    }
}

static void
test_options (void)
{
  static const struct { const char *args[8]; const char *err; } cases[] = {
    { { "--score", "-", "--batch", "--format", "xml", NULL },
      "creator-role: --format: unknown format “xml” with --batch (expected "
      CR_TEST_BATCH_FORMATS ")\n" },
    { { "--score", "-", "--batch", "--input-format", "numbers", NULL },
#if HAVE_FREEXL
      "creator-role: --input-format: unknown format “numbers” (expected csv, jsonl, xlsx or "
      "xls)\n"
#else
      "creator-role: --input-format: unknown format “numbers” (expected csv or jsonl)\n"
#endif
    },
    { { "--score", "-", "--format", "csv", NULL },
      "creator-role: --format: unknown format “csv” for one document (expected json, text, png "
      "or pdf; with --batch, " CR_TEST_BATCH_FORMATS ")\n" },
    { { "--score", "-", "--input-format", "csv", NULL },
      "creator-role: --input-format goes with --batch\n" },
    { { "--format", "csv", NULL },
      "creator-role: --format goes with --score FILE\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CrTestRun) run = { 0 };

      cr_test_runv (&run, NULL, cases[i].args);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==, cases[i].err);
      g_assert_cmpstr (run.out, ==, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("cr-batch-csv-XXXXXX", NULL);

  g_test_add_func ("/batch-csv/csv-to-csv", test_csv_to_csv);
  g_test_add_func ("/batch-csv/csv-to-jsonl", test_csv_to_jsonl);
  g_test_add_func ("/batch-csv/by-extension", test_by_extension);
  g_test_add_func ("/batch-csv/jsonl-to-csv", test_jsonl_to_csv);
  g_test_add_func ("/batch-csv/bad-rows", test_bad_rows);
  g_test_add_func ("/batch-csv/long-row", test_long_row);
  g_test_add_func ("/batch-csv/long-name", test_long_name);
  g_test_add_func ("/batch-csv/form-sheet", test_form_sheet);
  g_test_add_func ("/batch-csv/unreadable", test_unreadable);
  g_test_add_func ("/batch-csv/encodings", test_encodings);
  g_test_add_func ("/batch-csv/spreadsheets", test_spreadsheets);
  g_test_add_func ("/batch-csv/options", test_options);

  status = g_test_run ();

  cr_test_remove_tree (tmpdir);
  g_free (tmpdir);

  return status;
}
