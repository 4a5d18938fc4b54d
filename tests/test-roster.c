/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-roster.c: reading a roster from CSV and JSON Lines, writing it back,
 * and loading it in another thread
 *
 * Each reading test gives the exact rows read (line, name, answers) and
 * the exact message of every row refused, as the window lists them and
 * the command line prints them.
 */
#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cr-i18n.h"
#include "cr-roster.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"

/* The answers as cr_test_answers_new() reads them. */
static void
append_answers (GString   *out,
                CrAnswers *answers)
{
  gboolean first = TRUE;

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      CrSelection selection;
      gboolean first_option = TRUE;

      if (!cr_answers_is_answered (answers, q))
        continue;

      g_string_append_printf (out, "%s%s=", first ? "" : " ", question->id);
      first = FALSE;
      selection = cr_answers_get_selection (answers, q);
      for (guint o = 0; o < question->n_options; o++)
        if (selection & CR_SELECTION_BIT (o))
          {
            g_string_append_printf (out, "%s%s", first_option ? "" : ",", question->options[o].id);
            first_option = FALSE;
          }
    }
}

/* Reads @input whole and says what came: "LINE NAME: ANSWERS" a row read,
 * "LINE ! MESSAGE" a row refused, "stop: MESSAGE" when reading stopped. */
static char *
read_all_mapped (const char      *input,
                 gssize           length,
                 CrRosterFormat   format,
                 CrRosterColumns *map)
{
  g_autoptr(GBytes) bytes = g_bytes_new (input, length < 0 ? strlen (input) : (gsize) length);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(CrRosterReader) reader = cr_roster_reader_new (stream, format);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  cr_roster_reader_set_column_map (reader, map);

  for (;;)
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(GError) row_error = NULL;
      guint64 line;
      CrRosterRow row = cr_roster_reader_next (reader, &answers, &line, &row_error, NULL, &error);

      if (row == CR_ROSTER_ROW_END)
        break;

      if (row == CR_ROSTER_ROW_PROBLEM)
        g_string_append_printf (out, "%" G_GUINT64_FORMAT " ! %s\n", line, row_error->message);
      else
        {
          const char *name = cr_answers_get_name (answers);

          g_string_append_printf (out, "%" G_GUINT64_FORMAT " %s: ", line,
                                  name != NULL ? name : "-");
          append_answers (out, answers);
          g_string_append_c (out, '\n');
          if (cr_roster_reader_get_notice (reader) != NULL)
            g_string_append_printf (out, "%" G_GUINT64_FORMAT " note: %s\n", line,
                                    cr_roster_reader_get_notice (reader)->message);
        }
    }

  if (error != NULL)
    g_string_append_printf (out, "stop: %s\n", error->message);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
read_all (const char     *input,
          gssize          length,
          CrRosterFormat  format)
{
  return read_all_mapped (input, length, format, NULL);
}

static char *
read_csv (const char *input)
{
  return read_all (input, -1, CR_ROSTER_FORMAT_CSV);
}

static void
test_separators (void)
{
  static const char *inputs[] = {
    "name,brands,platforms\nAda,many,instagram youtube\nBo,one,\n",
    "name;brands;platforms\nAda;many;instagram youtube\nBo;one;\n",
    "name\tbrands\tplatforms\nAda\tmany\tinstagram youtube\nBo\tone\t\n",
  };
  static const char separators[] = { ',', ';', '\t' };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i], strlen (inputs[i]));
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
      g_autoptr(CrRosterReader) reader = cr_roster_reader_new (stream, CR_ROSTER_FORMAT_UNKNOWN);
      g_autoptr(CrAnswers) answers = NULL;
      g_autofree char *text = read_csv (inputs[i]);
      guint64 line;

      g_assert_cmpstr (text, ==,
                       "2 Ada: brands=many platforms=instagram,youtube\n"
                       "3 Bo: brands=one\n");

      g_assert_cmpint (cr_roster_reader_next (reader, &answers, &line, NULL, NULL, NULL), ==,
                       CR_ROSTER_ROW_ANSWERS);
      g_assert_cmpint (cr_roster_reader_get_format (reader), ==, CR_ROSTER_FORMAT_CSV);
      g_assert_cmpint (cr_roster_reader_get_separator (reader), ==, separators[i]);
    }
}

/* A separator inside quotes does not count, in the header or a cell. */
static void
test_quotes (void)
{
  /* One semicolon outside quotes, one inside: a semicolon, and the
   * first column is unknown. */
  g_autofree char *text = read_csv ("\"name, and handle\";brands\n"
                                    "\"Smith; \"\"Ada\"\"\";many\n");

  g_assert_cmpstr (text, ==, "2 -: brands=many\n");

  g_free (text);
  text = read_csv ("name;brands;platforms\n"
                   "\"Smith; \"\"Ada\"\"\";many;\"instagram;blog\"\n"
                   "\"O,Brien\";\" one \";x\n");
  g_assert_cmpstr (text, ==,
                   "2 Smith; \"Ada\": brands=many platforms=instagram,blog\n"
                   "3 O,Brien: brands=one platforms=x\n");
}

/* A line break inside quotes: its row is still one row, and the rows after
 * are numbered as a spreadsheet numbers them (a blank line is a row). */
static void
test_embedded_newlines (void)
{
  g_autofree char *text = read_csv ("name,brands\n"
                                    "\"Ada\nLovelace\",many\n"
                                    "Bo,\"one\r\n\"\n"
                                    "\n"
                                    "Cy,lots\n");

  /* A name is one line. */
  g_assert_cmpstr (text, ==,
                   "2 Ada Lovelace: brands=many\n"
                   "3 Bo: brands=one\n"
                   "5 ! column B, brands: unknown option \"lots\" (expected one of none, one, few, many)\n");
}

static void
test_bom_crlf (void)
{
  g_autofree char *text = read_csv ("\xEF\xBB\xBFname,brands,compensation\r\n"
                                    "Ada,many,per-campaign\r\n"
                                    "\r\n"
                                    "Bo,ONE,None\r\n");

  g_assert_cmpstr (text, ==,
                   "2 Ada: compensation=per-campaign brands=many\n"
                   "4 Bo: compensation=none brands=one\n");

  g_free (text);
  text = read_csv ("\xEF\xBB\xBFname\nZo\u00e9\n");
  g_assert_cmpstr (text, ==, "stop: line 1: the header row names no question (expected a name "
                             "column and any of compensation, agreement, brands, exclusivity, "
                             "audience, content, customer, effort, notoriety, platforms)\n");
}

/* Reads @length bytes of @input and says how they were read. */
static char *
read_encoded (const char        *input,
              gsize              length,
              CrRosterEncoding  *encoding)
{
  g_autoptr(GBytes) bytes = g_bytes_new (input, length);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(CrRosterReader) reader = cr_roster_reader_new (stream, CR_ROSTER_FORMAT_UNKNOWN);
  g_autoptr(CrAnswers) answers = NULL;
  guint64 line;

  cr_roster_reader_next (reader, &answers, &line, NULL, NULL, NULL);
  *encoding = cr_roster_reader_get_encoding (reader);

  return read_all (input, (gssize) length, CR_ROSTER_FORMAT_UNKNOWN);
}

/* @text in UTF-16, after its byte-order mark. */
static char *
utf16 (const char *text,
       gboolean    big_endian,
       gsize      *length)
{
  g_autoptr(GError) error = NULL;
  gsize n;
  g_autofree char *converted = g_convert (text, -1, big_endian ? "UTF-16BE" : "UTF-16LE",
                                          "UTF-8", NULL, &n, &error);
  char *out;

  g_assert_no_error (error);
  out = g_malloc (n + 2);
  out[0] = big_endian ? '\xFE' : '\xFF';
  out[1] = big_endian ? '\xFF' : '\xFE';
  memcpy (out + 2, converted, n);
  *length = n + 2;

  return out;
}

/* Spreadsheets' other encodings: Windows-1252 (Calc's and Excel's CSV in
 * Western European locales), taken when the file is not UTF-8; UTF-16
 * with its byte-order mark (Excel's "Unicode Text", tab-separated); UTF-8
 * with a byte-order mark. Each reads as the same names, and the roster
 * says how it was read. */
static void
test_encodings (void)
{
  static const char latin1[] = "name;brands\nZo\xe9 Durand;many\nFran\xe7ois;one\n"
                               "C\x9cur \x80 \x93x\x94;few\n";
  static const char names[] = "2 Zo\u00e9 Durand: brands=many\n"
                              "3 Fran\u00e7ois: brands=one\n"
                              "4 C\u0153ur \u20ac \u201cx\u201d: brands=few\n";
  static const char tabs[] = "name\tbrands\nZo\u00e9 Durand\tmany\nFran\u00e7ois\tone\n"
                             "C\u0153ur \u20ac \u201cx\u201d\tfew\n";
  CrRosterEncoding encoding = CR_ROSTER_ENCODING_UTF8;
  g_autofree char *text = read_encoded (latin1, strlen (latin1), &encoding);
  g_autofree char *le = NULL;
  g_autofree char *be = NULL;
  g_autoptr(GString) big = g_string_new ("name,brands\n");
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *big_utf16 = NULL;
  gsize length;

  g_assert_cmpstr (text, ==, names);
  g_assert_cmpint (encoding, ==, CR_ROSTER_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (cr_roster_encoding_to_name (encoding), ==, "Windows-1252");

  g_free (text);
  le = utf16 (tabs, FALSE, &length);
  text = read_encoded (le, length, &encoding);
  g_assert_cmpstr (text, ==, names);
  g_assert_cmpint (encoding, ==, CR_ROSTER_ENCODING_UTF16LE);

  g_free (text);
  be = utf16 (tabs, TRUE, &length);
  text = read_encoded (be, length, &encoding);
  g_assert_cmpstr (text, ==, names);
  g_assert_cmpint (encoding, ==, CR_ROSTER_ENCODING_UTF16BE);

  g_free (text);
  text = g_strconcat ("\xEF\xBB\xBF", tabs, NULL);
  g_free (le);
  le = read_encoded (text, strlen (text), &encoding);
  g_assert_cmpstr (le, ==, names);
  g_assert_cmpint (encoding, ==, CR_ROSTER_ENCODING_UTF8);

  /* UTF-16 cut short, in the middle of a character. */
  g_free (text);
  text = read_csv ("\xFF\xFEn\0a\0m");
  g_assert_cmpstr (text, ==, "stop: the file is not valid UTF-16LE, though it begins with its "
                             "byte-order mark\n");

  /* Longer than the blocks it is read in: every row, the last one too,
   * whatever a block cuts. */
  for (guint i = 0; i < 40000; i++)
    {
      g_string_append_printf (big, "Zo\xe9 %u,many\n", i);
      g_string_append_printf (expected, "%u Zo\u00e9 %u: brands=many\n", i + 2, i);
    }
  g_free (text);
  text = read_encoded (big->str, big->len, &encoding);
  g_assert_cmpint (encoding, ==, CR_ROSTER_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (text, ==, expected->str);

  g_string_truncate (big, 0);
  g_string_append (big, "name,brands\n");
  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (big, "Zo\u00e9 %u,many\n", i);
  big_utf16 = utf16 (big->str, FALSE, &length);
  g_free (text);
  text = read_encoded (big_utf16, length, &encoding);
  g_assert_cmpint (encoding, ==, CR_ROSTER_ENCODING_UTF16LE);
  g_assert_cmpstr (text, ==, expected->str);
}

/* Line ends of old Mac spreadsheets, a carriage return alone: rows are
 * numbered as with any other line end, a line break in quotes is still
 * one row, a blank line is a row. And a "\r\n" cut in two by the blocks
 * the input is read in is one line end. */
static void
test_cr_line_ends (void)
{
  g_autofree char *text = read_csv ("name,brands\r"
                                    "Ada,many\r"
                                    "Bo,lots\r"
                                    "\"Cy\rD\",one\r"
                                    "\r"
                                    "Ed,few,x\r");
  g_autoptr(GString) input = NULL;
  gsize filler;

  g_assert_cmpstr (text, ==,
                   "2 Ada: brands=many\n"
                   "3 ! column B, brands: unknown option \"lots\" (expected one of none, one, few, many)\n"
                   "4 Cy D: brands=one\n"
                   "6 ! 3 cells, but the header row has 2\n");

  /* The "\r" the last byte of the first 256 KiB read, its "\n" the first
   * of the next. */
  input = g_string_new ("name,brands,notes\r\nAda,many,");
  filler = 256 * 1024 - 1 - input->len;
  for (gsize i = 0; i < filler; i++)
    g_string_append_c (input, 'a' + i % 26);
  g_string_append (input, "\r\nBo,lots,\r\n\r\nCy,one,");
  g_assert_cmpint (input->str[256 * 1024 - 1], ==, '\r');

  g_free (text);
  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==,
                   "2 Ada: brands=many\n"
                   "3 ! column B, brands: unknown option \"lots\" (expected one of none, one, few, many)\n"
                   "5 Cy: brands=one\n");
}

/* An empty cell leaves its question unanswered; "none" answers a question
 * of several choices with none of them. */
static void
test_empty_cells (void)
{
  g_autofree char *text = read_csv ("name,brands,platforms,audience\n"
                                    ",,,\n"
                                    "Ada,,none,\n"
                                    ",one,,  \n"
                                    "Bo,few,\"\",\"\"\n");

  g_assert_cmpstr (text, ==,
                   "3 Ada: platforms=\n"
                   "4 -: brands=one\n"
                   "5 Bo: brands=few\n");
}

static void
test_unknown_columns (void)
{
  static const char *input = "Notes,NAME,brands,role,influencer,close_call,,Agency\n"
                             "vip,Ada,many,ambassador,3,true,,X\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (input, strlen (input));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(CrRosterReader) reader = cr_roster_reader_new (stream, CR_ROSTER_FORMAT_CSV);
  g_autoptr(CrAnswers) answers = NULL;
  g_autofree char *text = read_csv (input);
  const char * const *ignored;
  guint64 line;

  /* The result's columns are recomputed, not read. */
  g_assert_cmpstr (text, ==, "2 Ada: brands=many\n");

  g_assert_cmpint (cr_roster_reader_next (reader, &answers, &line, NULL, NULL, NULL), ==,
                   CR_ROSTER_ROW_ANSWERS);
  ignored = cr_roster_reader_get_ignored_columns (reader);
  g_assert_nonnull (ignored);
  g_assert_cmpstr (ignored[0], ==, "Notes");
  g_assert_cmpstr (ignored[1], ==, "column 7");
  g_assert_cmpstr (ignored[2], ==, "Agency");
  g_assert_null (ignored[3]);

  /* Nothing to score: the wrong file, most likely. */
  g_free (text);
  text = read_csv ("name,notes\nAda,x\n");
  g_assert_cmpstr (text, ==,
                   "stop: line 1: the header row names no question (expected a name column and "
                   "any of compensation, agreement, brands, exclusivity, audience, content, "
                   "customer, effort, notoriety, platforms)\n");
}

/* A name over the limit is cut at a character boundary, never the
 * creator dropped, and the row says so. */
static void
test_long_name (void)
{
  g_autoptr(GString) input = g_string_new ("name,brands\n");
  g_autoptr(GString) expected = g_string_new ("2 ");
  g_autofree char *text = NULL;

  /* 99 letters, then two-byte characters: the cut falls inside them. */
  for (guint i = 0; i < CR_ANSWERS_NAME_MAX_CHARS - 1; i++)
    g_string_append_c (input, 'a');
  g_string_append (expected, input->str + strlen ("name,brands\n"));
  g_string_append (input, "\u00e9\u00e9\u00e9,many\nBo,one\n");
  g_string_append (expected, "\u00e9: brands=many\n"
                             "2 note: column A, name: longer than 100 characters, cut to the "
                             "first 100\n"
                             "3 Bo: brands=one\n");

  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==, expected->str);
}

static void
test_duplicate_columns (void)
{
  g_autofree char *text = read_csv ("name,brands,audience,Brands\nAda,many,1k-10k,one\n");

  g_assert_cmpstr (text, ==, "stop: line 1: columns 2 and 4 both hold Brands\n");

  g_free (text);
  text = read_csv ("handle,brands,name\n@ada,many,Ada\n");
  g_assert_cmpstr (text, ==, "stop: line 1: columns 1 and 3 both hold the name\n");

  /* Unknown columns may repeat: they are ignored anyway. */
  g_free (text);
  text = read_csv ("note,name,brands,note\nx,Ada,many,y\n");
  g_assert_cmpstr (text, ==, "2 Ada: brands=many\n");
}

static void
test_cell_count (void)
{
  g_autofree char *text = read_csv ("name,brands,audience\n"
                                    "Ada,many,1k-10k,extra\n"
                                    "Bo,one\n"
                                    "Cy,few,under-1k,,\n"
                                    "Di\n");

  g_assert_cmpstr (text, ==,
                   "2 ! 4 cells, but the header row has 3\n"
                   "3 ! 2 cells, but the header row has 3\n"
                   "4 Cy: brands=few audience=under-1k\n"
                   "5 ! 1 cell, but the header row has 3\n");
}

/* A UTF-8 file with a cell gone wrong: more UTF-8 characters than bytes
 * that are not, so it is read as UTF-8 and the bad row refused. A file
 * whose first bytes hold more bytes that cannot be UTF-8 is read as
 * Windows-1252 (test_encodings). */
static void
test_invalid_utf8 (void)
{
  g_autofree char *text = read_csv ("name,brands\n"
                                    "Ad\xC3\x28,many\n"
                                    "B\u00f6,one\n"
                                    "\u00c9mile,few\n");

  g_assert_cmpstr (text, ==,
                   "2 ! column A, name: not valid UTF-8\n"
                   "3 B\u00f6: brands=one\n"
                   "4 \u00c9mile: brands=few\n");

  g_free (text);
  text = read_csv ("na\xFFme,brands\nB\u00f6,many\n\u00c9mile,few\n");
  g_assert_cmpstr (text, ==, "stop: line 1: the header row is not valid UTF-8 (column 1)\n");
}

static void
test_bad_answers (void)
{
  g_autofree char *text = read_csv ("name,brands,platforms\n"
                                    "Ada,many,instagram|tiktok;x\n"
                                    "Bo,many,instagram myspace\n"
                                    "Cy,many,blog blog\n"
                                    "Di,many,none blog\n"
                                    "Ed,\"many\x1b[31m\",\n");

  g_assert_cmpstr (text, ==,
                   "2 Ada: brands=many platforms=instagram,tiktok,x\n"
                   "3 ! column C, platforms: unknown option \"myspace\" (expected none or any of "
                   "instagram, youtube, tiktok, snapchat, blog, x, facebook, linkedin, twitch, "
                   "other)\n"
                   "4 ! column C, platforms: \"blog\" is listed twice\n"
                   "5 ! column C, platforms: \"none\" goes alone\n"
                   "6 ! column B, brands: unknown option \"many\\u001B[31m\" (expected one of none, one, "
                   "few, many)\n");
  /* Past Z, as spreadsheets go on: AA, AB… Here the 28th column. */
  {
    g_autoptr(GString) input = g_string_new ("name");
    g_autofree char *wide = NULL;

    for (guint i = 0; i < 26; i++)
      g_string_append_printf (input, ",note%u", i);
    g_string_append (input, ",brands\nAda");
    for (guint i = 0; i < 26; i++)
      g_string_append_c (input, ',');
    g_string_append (input, ",lots\n");

    wide = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
    g_assert_cmpstr (wide, ==,
                     "2 ! column AB, brands: unknown option \"lots\" (expected one of none, one, "
                     "few, many)\n");
  }
}

/* A cell of 1 MiB is no name and no answer: its row is refused, and the
 * rows after it are read, whether the row is one line or several (a quoted
 * cell with line breaks). Only a quote left open stops the reading, at the
 * end of the input, with the rows before it kept. */
static void
test_huge_cell (void)
{
  g_autoptr(GString) input = g_string_new ("name,brands\nAda,many\n\"");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (input, 'a' + i % 26);
  g_string_append (input, "\",one\nBo,one\n");

  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==,
                   "2 Ada: brands=many\n"
                   "3 ! the row is longer than 1 MiB\n"
                   "4 Bo: brands=one\n");

  /* 2 MiB without a quote, on line 3, in 1,000 cells. */
  g_string_assign (input, "name,brands\nAda,many\n");
  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (input, i % 2048 == 2047 ? ',' : 'a');
  g_string_append (input, "\nBo,one\nCy,few\n");

  g_free (text);
  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==,
                   "2 Ada: brands=many\n"
                   "3 ! the row is longer than 1 MiB\n"
                   "4 Bo: brands=one\n"
                   "5 Cy: brands=few\n");

  /* 2 MiB in a quoted cell over 32,768 lines, closed: one row, refused;
   * the next rows keep their line numbers. */
  g_string_assign (input, "name,brands\nAda,many\nBo,\"");
  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (input, i % 64 == 63 ? '\n' : 'a');
  g_string_append (input, "\"\nCy,one\n");

  g_free (text);
  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==,
                   "2 Ada: brands=many\n"
                   "3 ! the row is longer than 1 MiB\n"
                   "4 Cy: brands=one\n");

  /* The same, never closed: it runs to the end, which says so. */
  g_string_assign (input, "name,brands\nAda,many\nBo,\"");
  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (input, i % 64 == 63 ? '\n' : 'a');
  g_string_append (input, "\nCy,one\n");

  g_free (text);
  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==,
                   "2 Ada: brands=many\n"
                   "stop: line 3: a quote is opened and never closed\n");

  /* A header row over 1 MiB: nothing can be read. */
  g_string_assign (input, "name");
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (input, i % 8 == 0 ? ',' : 'x');
  g_string_append (input, "\nAda,many\n");

  g_free (text);
  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==, "stop: line 1: the header row is longer than 1 MiB\n");

  /* The same in JSON Lines: the line is refused, the next one read. */
  g_string_assign (input, "{\"answers\":{\"brands\":\"many\"},\"name\":\"");
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (input, 'a');
  g_string_append (input, "\"}\n{\"answers\":{\"brands\":\"one\"}}\n");

  g_free (text);
  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_JSONL);
  g_assert_cmpstr (text, ==,
                   "1 ! the line is longer than 1 MiB\n"
                   "2 -: brands=one\n");
}

static void
test_unclosed_quote (void)
{
  g_autofree char *text = read_csv ("name,brands\nAda,many\n\"Bo,one\nCy,few\n");

  g_assert_cmpstr (text, ==,
                   "2 Ada: brands=many\n"
                   "stop: line 3: a quote is opened and never closed\n");
}

static void
test_empty (void)
{
  g_autofree char *text = read_csv ("");

  g_assert_cmpstr (text, ==, "stop: the file is empty\n");

  g_free (text);
  text = read_csv ("\n\r\n\n");
  g_assert_cmpstr (text, ==, "stop: the file is empty\n");

  /* A header alone is a roster of nobody. */
  g_free (text);
  text = read_csv ("name,brands\n");
  g_assert_cmpstr (text, ==, "");

  g_free (text);
  text = read_all ("", 0, CR_ROSTER_FORMAT_JSONL);
  g_assert_cmpstr (text, ==, "stop: the file is empty\n");
}

static void
test_jsonl (void)
{
  g_autofree char *text = read_all ("{\"name\": \"Ada\", \"answers\": {\"brands\": \"many\"}}\n"
                                    "\n"
                                    "{\"answers\": {\"brands\": \"lots\"}}\r\n"
                                    "not json\n"
                                    "{\"answers\": {\"platforms\": []}}",
                                    -1, CR_ROSTER_FORMAT_UNKNOWN);

  g_assert_cmpstr (text, ==,
                   "1 Ada: brands=many\n"
                   "3 ! answers.brands: unknown option \"lots\" for “How many brands do you "
                   "promote?” (expected one of none “None”, one “One”, few “Two or three”, many "
                   "“Many”)\n"
                   "4 ! not valid JSON at line 1, column 3: the file does not start with {, so it is not a "
    "Creator Role document; open a result saved by Creator Role\n"
                   "5 -: platforms=\n");
}

static void
test_format_from_name (void)
{
  g_assert_cmpint (cr_roster_format_from_name ("roster.csv"), ==, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpint (cr_roster_format_from_name ("/a.b/ROSTER.TSV"), ==, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpint (cr_roster_format_from_name ("out.jsonl"), ==, CR_ROSTER_FORMAT_JSONL);
  g_assert_cmpint (cr_roster_format_from_name ("out.ndjson"), ==, CR_ROSTER_FORMAT_JSONL);
  g_assert_cmpint (cr_roster_format_from_name ("a.csv/roster"), ==, CR_ROSTER_FORMAT_UNKNOWN);
  g_assert_cmpint (cr_roster_format_from_name ("roster"), ==, CR_ROSTER_FORMAT_UNKNOWN);
  g_assert_cmpint (cr_roster_format_from_id ("csv"), ==, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpint (cr_roster_format_from_id ("jsonl"), ==, CR_ROSTER_FORMAT_JSONL);
  g_assert_cmpint (cr_roster_format_from_id ("json"), ==, CR_ROSTER_FORMAT_UNKNOWN);
}

/* Converts @input (either format) to @format, each row scored. */
static char *
convert (const char     *input,
         CrRosterFormat  format)
{
  g_autoptr(GBytes) bytes = g_bytes_new (input, strlen (input));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(CrRosterReader) reader = cr_roster_reader_new (stream, CR_ROSTER_FORMAT_UNKNOWN);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (format == CR_ROSTER_FORMAT_CSV)
    cr_roster_append_csv_header (out);

  for (;;)
    {
      g_autoptr(CrAnswers) answers = NULL;
      g_autoptr(CrResult) result = NULL;
      guint64 line;
      CrRosterRow row = cr_roster_reader_next (reader, &answers, &line, NULL, NULL, &error);

      if (row == CR_ROSTER_ROW_END)
        break;
      g_assert_cmpint (row, ==, CR_ROSTER_ROW_ANSWERS);

      result = cr_score (answers);
      if (format == CR_ROSTER_FORMAT_CSV)
        cr_roster_append_csv_row (out, answers, result);
      else
        cr_roster_append_jsonl_row (out, answers, result, "en");
    }

  g_assert_no_error (error);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* CSV to CSV, and CSV to JSON Lines to CSV, give the same file, which reads
 * back to itself; every profile's answers survive. */
static void
test_round_trip (void)
{
  g_autoptr(GString) input = g_string_new (NULL);
  g_autofree char *csv = NULL;
  g_autofree char *jsonl = NULL;
  g_autofree char *csv_again = NULL;
  g_autofree char *csv_third = NULL;
  g_autofree char *rows = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);

  /* Names with quotes, commas and Arabic, every profile's answers. */
  cr_roster_append_csv_header (input);
  for (guint p = 0; p < G_N_ELEMENTS (cr_test_profiles); p++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[p].answers);
      g_autoptr(CrResult) result = cr_score (answers);
      g_autofree char *name = g_strdup_printf ("Creator \"%u\", %s", p,
                                               p % 2 ? "\u0639\u0644\u064a" : "Zo\u00eb");

      cr_answers_set_name (answers, name);
      cr_roster_append_csv_row (input, answers, result);
      g_string_append_printf (expected, "%u Creator \"%u\", %s: ", p + 2, p,
                              p % 2 ? "\u0639\u0644\u064a" : "Zo\u00eb");
      append_answers (expected, answers);
      g_string_append_c (expected, '\n');
    }

  rows = read_csv (input->str);
  g_assert_cmpstr (rows, ==, expected->str);

  csv = convert (input->str, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (csv, ==, input->str);

  jsonl = convert (input->str, CR_ROSTER_FORMAT_JSONL);
  g_assert_cmpuint (strlen (jsonl), >, 0);
  csv_again = convert (jsonl, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (csv_again, ==, csv);

  csv_third = convert (csv_again, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (csv_third, ==, csv);
}

/* The CSV row says what the result says. */
static void
test_csv_row (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *expected = NULL;

  cr_answers_set_name (answers, " padded, name ");
  cr_roster_append_csv_header (out);
  cr_roster_append_csv_row (out, answers, result);

  expected = g_strdup_printf ("name,compensation,agreement,brands,exclusivity,audience,content,"
                              "customer,effort,notoriety,platforms,role,influencer,ambassador,"
                              "contracted-ambassador,close_call,runner_up,complete\n"
                              "\"padded, name\",per-campaign,per-campaign,many,yes,100k-1m,create,"
                              "no,job,niche,instagram youtube blog,influencer,%u,%u,%u,false,"
                              "contracted-ambassador,true\n",
                              cr_result_get_score (result, CR_ROLE_INFLUENCER),
                              cr_result_get_score (result, CR_ROLE_AMBASSADOR),
                              cr_result_get_score (result, CR_ROLE_CONTRACTED_AMBASSADOR));
  g_assert_cmpstr (out->str, ==, expected);
}

/* Names a spreadsheet would take for formulas are written with a single
 * quote before them (OWASP's advice against CSV injection), and read back
 * as they were; a name that begins with such a quote keeps it. */
static void
test_formula_guard (void)
{
  static const struct { const char *name; const char *cell; } names[] = {
    { "=1+1", "'=1+1" },
    { "=HYPERLINK(\"http://example.com\";\"click\")",
      "\"'=HYPERLINK(\"\"http://example.com\"\";\"\"click\"\")\"" },
    { "+33 6 12 34 56 78", "'+33 6 12 34 56 78" },
    { "-2+3", "'-2+3" },
    { "@handle", "'@handle" },
    { "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0" },
    { "'=already quoted", "''=already quoted" },
    { "''@two quotes", "'''@two quotes" },
    { "O'Brien", "O'Brien" },
    { "'quoted'", "'quoted'" },
    { "a=b", "a=b" },
  };
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *rows = NULL;
  g_autofree char *again = NULL;
  g_auto(GStrv) lines = NULL;

  cr_roster_append_csv_header (csv);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      cr_answers_set_name (answers, names[i].name);
      cr_roster_append_csv_row (csv, answers, result);
      g_string_append_printf (expected, "%u %s: ", i + 2, names[i].name);
      append_answers (expected, answers);
      g_string_append_c (expected, '\n');
    }

  lines = g_strsplit (csv->str, "\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *start = g_strconcat (names[i].cell, ",per-campaign,", NULL);

      g_assert_true (g_str_has_prefix (lines[i + 1], start));
    }

  rows = read_csv (csv->str);
  g_assert_cmpstr (rows, ==, expected->str);

  again = convert (csv->str, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (again, ==, csv->str);

  /* In a roster written by hand, a quote before any other text stays;
   * in an option's cell, the guard goes too. */
  g_free (rows);
  rows = read_csv ("name,brands,platforms\n"
                   "'Ada,'many,'-\n"
                   "'-Bo,many,\"'\tblog\"\n");
  g_assert_cmpstr (rows, ==,
                   "2 ! column B, brands: unknown option \"'many\" (expected one of none, one, "
                   "few, many)\n"
                   "3 -Bo: brands=many platforms=blog\n");
}

/* A name's overrides and marks of direction are not written into the
 * CSV, where they would turn the rest of the row around in an editor; its
 * letters and marks are, as typed. A JSON Lines row keeps them, escaped,
 * so that the line holds none of them and reads back the same. */
static void
test_csv_row_bidi_name (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) jsonl = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *name = "\u202Eevil\u202C, \u2067ليلى\u2069\u200F Zoe\u0301";
  JsonObject *root;

  cr_answers_set_name (answers, name);
  cr_roster_append_csv_row (out, answers, result);
  g_assert_true (g_str_has_prefix (out->str, "\"evil, ليلى Zoe\u0301\",per-campaign,"));
  for (const char *p = out->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_false ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
                      c == 0x200E || c == 0x200F || c == 0x061C);
    }
  /* The name as it was kept. */
  g_assert_cmpstr (cr_answers_get_name (answers), ==, name);

  cr_roster_append_jsonl_row (jsonl, answers, result, "en");
  g_assert_nonnull (strstr (jsonl->str, "\"name\":\"\\u202Eevil\\u202C, \\u2067ليلى\\u2069\\u200F "
                                        "Zoe\u0301\""));
  g_assert_null (strstr (jsonl->str, "\u202E"));
  g_assert_true (json_parser_load_from_data (parser, jsonl->str, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "name"), ==, name);
}

static void
test_template (void)
{
  gsize length;
  g_autofree char *data = cr_roster_template_to_data (&length);
  g_autofree char *text = NULL;

  g_assert_cmpuint (length, ==, strlen (data));
  g_assert_true (g_str_has_prefix (data, "name,compensation,agreement,brands,exclusivity,"
                                         "audience,content,customer,effort,notoriety,platforms\n"
                                         "'@example-creator,per-campaign,"));

  /* The example reads back as the full-time creator, who is an influencer. */
  text = read_csv (data);
  g_assert_cmpstr (text, ==,
                   "2 @example-creator: compensation=per-campaign agreement=per-campaign "
                   "brands=many exclusivity=yes audience=100k-1m content=create customer=no "
                   "effort=job notoriety=niche platforms=instagram,youtube,blog\n");
}

/* A creator keeps the summary of its result, and follows new answers. */
static void
test_creator (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (cr_test_profiles); p++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[p].answers);
      g_autoptr(CrResult) result = cr_score (answers);
      CrScoreSummary summary, of_result;
      g_autoptr(CrCreator) creator = NULL;
      g_autoptr(CrAnswers) copy = NULL;
      guint role;

      /* The summary alone is the whole result's. */
      cr_score_summary (answers, &summary);
      cr_result_get_score_summary (result, &of_result);
      g_assert_cmpmem (&summary, sizeof summary, &of_result, sizeof of_result);

      creator = cr_creator_new (answers, &summary, 7);
      copy = cr_creator_dup_answers (creator);

      g_assert_true (cr_answers_equal (copy, answers));
      g_assert_cmpint (cr_creator_get_role (creator), ==, cr_result_get_role (result));
      g_object_get (creator, "role", &role, NULL);
      g_assert_cmpuint (role, ==, cr_result_get_role (result));
      for (guint r = 0; r < CR_N_ROLES; r++)
        g_assert_cmpuint (cr_creator_get_score (creator, r), ==, cr_result_get_score (result, r));
      g_assert_cmpint (cr_creator_is_close_call (creator), ==, cr_result_is_close_call (result));
      g_assert_cmpint (cr_creator_get_runner_up (creator), ==, cr_result_get_runner_up (result));
      g_assert_cmpint (cr_creator_is_complete (creator), ==, cr_result_is_complete (result));
      g_assert_cmpuint (cr_creator_get_n_answered (creator), ==, cr_answers_get_n_answered (answers));
      g_assert_cmpuint (cr_creator_get_line (creator), ==, 7);
    }
}

static void
count_notify (GObject    *object G_GNUC_UNUSED,
              GParamSpec *pspec,
              GString    *names)
{
  g_string_append_printf (names, "%s ", pspec->name);
}

static void
test_creator_notify (void)
{
  g_autoptr(CrAnswers) fan = cr_test_answers_new ("compensation=none agreement=none brands=one "
                                                  "customer=yes-loyal content=relay");
  g_autoptr(CrAnswers) star = NULL;
  g_autoptr(CrCreator) creator = cr_creator_new (fan, NULL, 2);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_cmpint (cr_creator_get_role (creator), ==, CR_ROLE_AMBASSADOR);
  g_signal_connect (creator, "notify", G_CALLBACK (count_notify), names);

  /* The same answers: nothing changed, nothing said. */
  cr_creator_set_answers (creator, fan);
  g_assert_cmpstr (names->str, ==, "");

  cr_answers_set_name (fan, "Ada");
  cr_creator_set_answers (creator, fan);
  /* Edited once, and said once. */
  g_assert_cmpstr (names->str, ==, "edited name ");
  g_assert_true (cr_creator_get_edited (creator));
  g_assert_cmpstr (cr_creator_get_name (creator), ==, "Ada");

  g_string_truncate (names, 0);
  star = cr_test_answers_new (cr_test_profiles[2].answers);
  cr_answers_set_name (star, "Ada");
  cr_creator_set_answers (creator, star);
  g_assert_cmpint (cr_creator_get_role (creator), ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  g_assert_nonnull (strstr (names->str, "role "));
  g_assert_nonnull (strstr (names->str, "n-answered "));
  g_assert_null (strstr (names->str, "name "));
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  if (!cr_roster_load_finish (CR_ROSTER (object), result, error) && *error == NULL)
    g_assert_not_reached ();
  else if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NONE, "done");
}

static void
count_items_changed (GListModel *model G_GNUC_UNUSED,
                     guint       position G_GNUC_UNUSED,
                     guint       removed,
                     guint       added,
                     guint      *total)
{
  g_assert_cmpuint (removed, ==, 0);
  /* The first batch is a few rows, so that a table shows them at once;
   * then, while a table makes the widgets of each row added, a few a
   * frame, so that no frame waits long for them. */
  if (*total == 0)
    g_assert_cmpuint (added, <=, 8);
  else if (*total < 224)
    g_assert_cmpuint (added, <=, 4);
  *total += added;
}

/* A roster of @n rows: the profiles in turn, with a bad row every 100. */
static GString *
make_roster (guint n)
{
  GString *input = g_string_new ("name,compensation,agreement,brands,exclusivity,audience,"
                                 "content,customer,effort,notoriety,platforms\n");

  for (guint i = 0; i < n; i++)
    {
      if (i % 100 == 99)
        g_string_append_printf (input, "bad %u,lots,,,,,,,,,\n", i);
      else
        g_string_append_printf (input, "creator %u,per-campaign,per-campaign,many,yes,100k-1m,"
                                "create,no,job,niche,%s\n", i, i % 2 ? "instagram" : "none");
    }

  return input;
}

static void
test_load (void)
{
  g_autoptr(GString) input = make_roster (1000);
  g_autoptr(GBytes) bytes = g_bytes_new (input->str, input->len);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCreator) first = NULL;
  g_autoptr(CrCreator) last = NULL;
  const CrRosterProblem *problem;
  guint added = 0;

  g_signal_connect (roster, "items-changed", G_CALLBACK (count_items_changed), &added);
  cr_roster_load_async (roster, stream, CR_ROSTER_FORMAT_UNKNOWN, (goffset) input->len, NULL,
                        load_done_cb, &error);
  g_assert_true (cr_roster_get_loading (roster));

  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);

  g_assert_false (cr_roster_get_loading (roster));
  g_assert_cmpfloat (cr_roster_get_progress (roster), ==, 1.0);
  g_assert_cmpint (cr_roster_get_format (roster), ==, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, 990);
  g_assert_cmpuint (added, ==, 990);
  g_assert_cmpuint (cr_roster_get_n_problems (roster), ==, 10);

  problem = cr_roster_get_problem (roster, 9);
  g_assert_cmpuint (problem->line, ==, 1001);
  g_assert_cmpstr (problem->message, ==,
                   "column B, compensation: unknown option \"lots\" (expected one of none, "
                   "gifts, "
                   "per-campaign, retainer)");

  /* In the order of the file, each with its line. */
  first = g_list_model_get_item (G_LIST_MODEL (roster), 0);
  last = g_list_model_get_item (G_LIST_MODEL (roster), 989);
  g_assert_cmpstr (cr_creator_get_name (first), ==, "creator 0");
  g_assert_cmpuint (cr_creator_get_line (first), ==, 2);
  g_assert_cmpstr (cr_creator_get_name (last), ==, "creator 998");
  g_assert_cmpuint (cr_creator_get_line (last), ==, 1000);
  g_assert_cmpint (cr_creator_get_role (first), ==, CR_ROLE_INFLUENCER);
}

static CrRoster *
load_text (const char     *text,
           CrRosterFormat  format)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  CrRoster *roster = cr_roster_new ();
  g_autoptr(GError) error = NULL;

  cr_roster_load_async (roster, stream, format, 0, NULL, load_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);

  return roster;
}

/* A spreadsheet's own file, not CSV, says so whatever its format is taken
 * for; the roster keeps how its bytes were read, for the window to say. */
static void
test_load_spreadsheet (void)
{
  static const char xlsx[] = "PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
                             "\x13\0\0\0[Content_Types].xml";
  static const char xls[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0";
  static const char zip[] = "PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
                            "\x05\0\0\0a.txt";
  g_autofree char *text = read_all (xlsx, sizeof xlsx - 1, CR_ROSTER_FORMAT_UNKNOWN);
  g_autoptr(CrRoster) roster = load_text ("name;brands\nZo\xe9;many\n", CR_ROSTER_FORMAT_CSV);
  g_autoptr(CrRoster) utf8 = load_text ("name;brands\nZo\u00e9;many\n", CR_ROSTER_FORMAT_CSV);

  /* From a stream: FreeXL reads a file, never a stream. */
#if HAVE_FREEXL
  g_assert_cmpstr (text, ==, "stop: this is an Excel workbook (.xlsx), which can only be read "
                             "from its file, not from a stream: give the file itself, or save it "
                             "as CSV UTF-8 in the spreadsheet\n");
  g_free (text);
  text = read_all (xls, sizeof xls - 1, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==, "stop: this is an Excel 97-2003 workbook (.xls), which can only be "
                             "read from its file, not from a stream: give the file itself, or "
                             "save it as CSV UTF-8 in the spreadsheet\n");
#else
  g_assert_cmpstr (text, ==, "stop: this is an Excel workbook (.xlsx), not a CSV file: in the "
                             "spreadsheet, choose Save As (or Export) and CSV UTF-8, then open "
                             "that file\n");
  g_free (text);
  text = read_all (xls, sizeof xls - 1, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==, "stop: this is an Excel 97-2003 workbook (.xls), not a CSV file: "
                             "in the spreadsheet, choose Save As (or Export) and CSV UTF-8, then "
                             "open that file\n");
#endif
  g_free (text);
  text = read_all (zip, sizeof zip - 1, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==, "stop: this is a ZIP archive, not a CSV file: in the spreadsheet, "
                             "choose Save As (or Export) and CSV UTF-8, then open that file\n");

  g_assert_cmpint (cr_roster_get_encoding (roster), ==, CR_ROSTER_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, 1);
  g_assert_cmpint (cr_roster_get_encoding (utf8), ==, CR_ROSTER_ENCODING_UTF8);
}

/* A row that cannot be read, as the roster window says it: the question
 * as the interface asks it, the options by their labels, what to write
 * and where, in the interface language; the command line's words, with
 * the ids a script matches, stay as they were. */
static void
test_problem_text (void)
{
  /* UTF-8 names around the one that is not, so that the file is read as
   * UTF-8, not taken for Windows-1252. */
  static const char csv[] =
    "name,compensation,platforms\n"
    "Ana,huge,blog\n"
    "B\u00f6,none,blog myspace\n"
    "\u00c7y,none,blog blog\n"
    "Di,none,none blog\n"
    "Ed,none\n"
    "\xff,none,blog\n";
  static const char jsonl[] =
    "{\"answers\": {\"compensation\": \"huge\"}}\n"
    "{\"answers\": {\"brands\": }\n";
  g_autoptr(CrRoster) roster = load_text (csv, CR_ROSTER_FORMAT_CSV);
  g_autoptr(CrRoster) lines = load_text (jsonl, CR_ROSTER_FORMAT_JSONL);
  static const char *const expected[] = {
    "Row 2: The answer “huge” to “Are you paid for promoting brands?” is not one of its "
    "options: “Never”, “Free products or gifts only”, “Paid per post or campaign”, “A regular "
    "fee under a long-term agreement”. In column B, write the id of one of them: none, gifts, "
    "per-campaign, retainer.",
    "Row 3: The answer “myspace” to “Where are you active?” is not one of its options: "
    "“Instagram”, “YouTube”, “TikTok”, “Snapchat”, “A blog”, “X (Twitter)”, “Facebook”, "
    "“LinkedIn”, “Twitch”, “Somewhere else”. In column C, write the ids of the answers, "
    "separated by spaces, or none: instagram, youtube, tiktok, snapchat, blog, x, facebook, "
    "linkedin, twitch, other.",
    "Row 4: The answer “blog” is given twice to “Where are you active?”; give it once.",
    "Row 5: The answers to “Where are you active?” are none and others at once; write either "
    "none or the others.",
    "Row 6: Cells in this row: 2; in the header row: 3. Check the separators and the quotes "
    "of this row.",
    "Row 7: The name, in column A, is not text in UTF-8; save the file as CSV in UTF-8 and "
    "open it again.",
  };
  static const char *const messages[] = {
    "column B, compensation: unknown option \"huge\" (expected one of none, gifts, "
    "per-campaign, retainer)",
    NULL, NULL, NULL,
    "2 cells, but the header row has 3",
    "column A, name: not valid UTF-8",
  };
  g_autofree char *french = NULL;
  g_autofree char *line = NULL;
  g_autofree char *syntax = NULL;
  g_autofree char *said = NULL;

  g_assert_cmpuint (cr_roster_get_n_problems (roster), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = cr_roster_dup_problem_text (roster, i);

      g_assert_cmpstr (text, ==, expected[i]);
      if (messages[i] != NULL)
        g_assert_cmpstr (cr_roster_get_problem (roster, i)->message, ==, messages[i]);
    }

  /* JSON Lines: by line; a line that is not JSON keeps the reader's
   * words, which are plain already. */
  g_assert_cmpuint (cr_roster_get_n_problems (lines), ==, 2);
  line = cr_roster_dup_problem_text (lines, 0);
  g_assert_cmpstr (line, ==,
                   "Line 1: The answer “huge” to “Are you paid for promoting brands?” is not one "
                   "of its options: “Never”, “Free products or gifts only”, “Paid per post or "
                   "campaign”, “A regular fee under a long-term agreement”. Write the id of one "
                   "of them: none, gifts, per-campaign, retainer.");
  g_assert_true (g_str_has_prefix (cr_roster_get_problem (lines, 0)->message,
                                   "answers.compensation: unknown option \"huge\" for "));
  syntax = cr_roster_dup_problem_text (lines, 1);
  said = g_strconcat ("Line 2: ", cr_roster_get_problem (lines, 1)->message, NULL);
  g_assert_cmpstr (syntax, ==, said);

  /* In the interface language. */
  g_assert_true (cr_i18n_set_language ("fr", NULL));
  french = cr_roster_dup_problem_text (roster, 0);
  cr_i18n_set_language ("", NULL);
  g_assert_true (g_str_has_prefix (french, "Ligne 2 : La réponse «\u00a0huge\u00a0» à "
                                           "«\u00a0Êtes-vous rémunéré pour promouvoir des "
                                           "marques\u202f?\u00a0»"));
  g_assert_nonnull (strstr (french, "«\u00a0Jamais\u00a0», «\u00a0Uniquement des produits"));
  g_assert_nonnull (strstr (french, "none, gifts, per-campaign, retainer"));
}

/* Cancelled, the roster stops growing at once, and says so. */
static void
test_load_cancel (void)
{
  g_autoptr(GString) input = make_roster (200000);
  g_autoptr(GBytes) bytes = g_bytes_new (input->str, input->len);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint n;

  cr_roster_load_async (roster, stream, CR_ROSTER_FORMAT_CSV, (goffset) input->len, cancellable,
                        load_done_cb, &error);
  while (g_list_model_get_n_items (G_LIST_MODEL (roster)) == 0)
    g_main_context_iteration (NULL, TRUE);

  g_cancellable_cancel (cancellable);
  g_assert_false (cr_roster_get_loading (roster));
  n = g_list_model_get_n_items (G_LIST_MODEL (roster));

  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Nothing came after the cancel. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, n);
  g_assert_cmpuint (n, <, 198000);
}

/* The file is read, never written to: not even its times change. */
static void
test_load_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "roster.CSV", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) input = make_roster (50);
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  GStatBuf before, now;

  g_assert_true (g_file_set_contents (path, input->str, (gssize) input->len, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  cr_roster_load_file_async (roster, file, CR_ROSTER_FORMAT_UNKNOWN, NULL, load_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, 50);

  g_assert_cmpint (g_stat (path, &now), ==, 0);
  g_assert_cmpint (now.st_mtime, ==, before.st_mtime);
  g_assert_cmpint (now.st_size, ==, before.st_size);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, input->str);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_load_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/roster.csv");
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autoptr(GError) error = NULL;

  cr_roster_load_file_async (roster, file, CR_ROSTER_FORMAT_UNKNOWN, NULL, load_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_READ);
  g_assert_cmpstr (error->message, ==, "cannot be read: No such file or directory");
  g_assert_false (cr_roster_get_loading (roster));
}

/* The export of a roster: its CSV from the summaries kept, equal to
 * scoring each row again. */
static void
test_to_data (void)
{
  g_autoptr(GString) input = make_roster (300);
  g_autoptr(GBytes) bytes = g_bytes_new (input->str, input->len);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *jsonl = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *from_jsonl = NULL;
  g_autoptr(GString) good = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (input->str, "\n", -1);

  cr_roster_load_async (roster, stream, CR_ROSTER_FORMAT_CSV, 0, NULL, load_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    if (!g_str_has_prefix (lines[i], "bad "))
      g_string_append_printf (good, "%s\n", lines[i]);

  csv = cr_roster_to_data (roster, CR_ROSTER_FORMAT_CSV, NULL, NULL);
  expected = convert (good->str, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (csv, ==, expected);

  jsonl = cr_roster_to_data (roster, CR_ROSTER_FORMAT_JSONL, NULL, NULL);
  from_jsonl = convert (jsonl, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (from_jsonl, ==, expected);
}

static CrRoster *
load_roster (guint n)
{
  g_autoptr(GString) input = make_roster (n);
  g_autoptr(GBytes) bytes = g_bytes_new (input->str, input->len);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  CrRoster *roster = cr_roster_new ();
  g_autoptr(GError) error = NULL;

  cr_roster_load_async (roster, stream, CR_ROSTER_FORMAT_CSV, 0, NULL, load_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);

  return roster;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* Saving writes, as it goes, what cr_roster_to_data() makes, and replaces
 * the file keeping its permissions. */
static void
test_save (void)
{
  g_autoptr(CrRoster) roster = load_roster (300);
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *written = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "before", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (cr_roster_save (roster, file, CR_ROSTER_FORMAT_CSV, NULL, &error));
  g_assert_no_error (error);
  csv = cr_roster_to_data (roster, CR_ROSTER_FORMAT_CSV, NULL, NULL);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, csv);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_clear_pointer (&written, g_free);

  /* JSON Lines, several times the size of its chunks: a document a line,
   * read back as the same roster. */
  g_assert_true (cr_roster_save (roster, file, CR_ROSTER_FORMAT_JSONL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpuint (strlen (written), >, 4 * 64 * 1024);
  lines = g_strsplit (written, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 297 + 1);
  g_assert_cmpstr (lines[297], ==, "");
  expected = convert (written, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (expected, ==, csv);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  /* Nothing left beside it. */
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "out.jsonl");

  g_unlink (path);
  g_rmdir (dir);
}

#if HAVE_FREEXL && HAVE_XLSXWRITER
static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  if (!cr_roster_save_finish (CR_ROSTER (object), result, error) && *error == NULL)
    g_assert_not_reached ();
  else if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NONE, "done");
}

/* A roster exported as XLSX, by the saver and by the one that does not
 * block, and opened again as the window opens a file: the same creators,
 * names and answers, as its CSV export shows them, formula-like names
 * included; the file a ZIP archive, and nothing left beside it. */
static void
test_xlsx_round_trip (void)
{
  g_autoptr(GString) input = make_roster (3000);
  g_autoptr(CrRoster) roster = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "export.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *csv = NULL;
  g_autofree char *names = NULL;

  g_string_append (input, "=1+1,none,,,,,,,,,\n@handle,,,one,,,,,,,blog youtube\n"
                         "Zo\u00e9 \u0644\u064a\u0644\u0649,,,many,,,,,,,\n");
  roster = load_text (input->str, CR_ROSTER_FORMAT_CSV);
  csv = cr_roster_to_data (roster, CR_ROSTER_FORMAT_CSV, NULL, NULL);
  g_assert_nonnull (strstr (csv, "\n'=1+1,"));

  for (guint async = 0; async < 2; async++)
    {
      g_autoptr(CrRoster) again = cr_roster_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *read_back = NULL;
      gsize length;

      if (async)
        {
          cr_roster_save_async (roster, file, CR_ROSTER_FORMAT_XLSX, NULL, save_done_cb, &error);
          while (error == NULL)
            g_main_context_iteration (NULL, TRUE);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);
          g_clear_error (&error);
        }
      else
        {
          g_assert_true (cr_roster_save (roster, file, CR_ROSTER_FORMAT_XLSX, NULL, &error));
          g_assert_no_error (error);
        }

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 4);
      g_assert_cmpmem (contents, 4, "PK\x03\x04", 4);

      cr_roster_load_file_async (again, file, CR_ROSTER_FORMAT_UNKNOWN, NULL, load_done_cb,
                                 &error);
      while (error == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);
      g_assert_cmpint (cr_roster_get_format (again), ==, CR_ROSTER_FORMAT_XLSX);
      g_assert_cmpuint (cr_roster_get_n_problems (again), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==,
                        g_list_model_get_n_items (G_LIST_MODEL (roster)));
      read_back = cr_roster_to_data (again, CR_ROSTER_FORMAT_CSV, NULL, NULL);
      g_assert_cmpstr (read_back, ==, csv);
    }

  /* Saved as a document, a roster read from a workbook is refused: the
   * workbook stays byte for byte as it was. */
  {
    g_autoptr(CrRoster) again = cr_roster_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    gsize before_length, after_length;

    g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
    cr_roster_load_file_async (again, file, CR_ROSTER_FORMAT_UNKNOWN, NULL, load_done_cb,
                               &error);
    while (error == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_clear_error (&error);
    g_assert_false (cr_roster_save_document (again, file, &error));
    g_assert_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_SPREADSHEET);
    g_assert_cmpstr (error->message, ==, "a roster read from a workbook is not written back "
                                         "into it, which would lose its other sheets and "
                                         "formatting: export it as CSV or XLSX instead");
    g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
    g_assert_cmpmem (after, after_length, before, before_length);
  }

  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "export.xlsx");
  g_unlink (path);
  g_rmdir (dir);
}

#if HAVE_MINIZIP
/* The time a workbook's properties give, as Calc's File ▸ Properties
 * shows it: SOURCE_DATE_EPOCH as it was when the export started. The
 * writer thread reads no environment, so changing it while the export
 * runs changes nothing; the saver that blocks reads it as it starts. */
static void
test_xlsx_created (void)
{
  g_autoptr(GString) input = make_roster (50);
  g_autoptr(CrRoster) roster = load_text (input->str, CR_ROSTER_FORMAT_CSV);
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "export.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  static const char march[] = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                              "2026-03-14T00:00:00Z</dcterms:created>";
  static const char april[] = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                              "2026-04-01T12:00:00Z</dcterms:created>";

  for (guint async = 0; async < 2; async++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *core = NULL;

      g_setenv ("SOURCE_DATE_EPOCH", async ? "1775044800" : "1773446400", TRUE);
      if (async)
        {
          cr_roster_save_async (roster, file, CR_ROSTER_FORMAT_XLSX, NULL, save_done_cb, &error);
          g_setenv ("SOURCE_DATE_EPOCH", "1773446400", TRUE);
          while (error == NULL)
            g_main_context_iteration (NULL, TRUE);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);
        }
      else
        {
          g_assert_true (cr_roster_save (roster, file, CR_ROSTER_FORMAT_XLSX, NULL, &error));
          g_assert_no_error (error);
        }

      core = cr_test_read_zip_member (path, "docProps/core.xml");
      g_assert_nonnull (strstr (core, async ? april : march));
    }

  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_unlink (path);
  g_rmdir (dir);
}
#endif
#endif

/* A sheet as a form tool exports it: columns named by the question and
 * cells holding the option's label, in English or a shipped language,
 * with the case, spaces and punctuation a person gives them. */
static void
test_words (void)
{
  static const struct { const char *input; const char *expected; } cases[] = {
    /* Questions in English, Spanish, French and Arabic, labels as well. */
    { "Name,Are you paid for promoting brands?,¿Tiene un contrato con alguna marca?,"
      "De combien de marques faites-vous la promotion ?,أين تنشط؟\n"
      "Zoé,Paid per post or campaign,Sin contrato,Beaucoup,مدونة\n",
      NULL },
    /* The same texts in another case, spaced out, without their
     * question mark, with a straight apostrophe for a curly one. */
    { "name,  ARE YOU   PAID for promoting brands ,brands\n"
      "Ada,  never ,one\n"
      "Bo,FREE PRODUCTS OR GIFTS ONLY,many\n",
      "2 Ada: compensation=none brands=one\n"
      "3 Bo: compensation=gifts brands=many\n" },
    /* Several labels in one cell, as a form tool joins them, ids beside
     * labels, and labels in another language. */
    { "name,Where are you active?\n"
      "Cy,\"Instagram, A blog\"\n"
      "Di,youtube; Un blog\n"
      "Ed,Instagram\n",
      "2 Cy: platforms=instagram,blog\n"
      "3 Di: platforms=youtube,blog\n"
      "4 Ed: platforms=instagram\n" },
    /* A label of another question is no answer here; a piece that is no
     * option spoils the whole cell, and is the one reported. */
    { "name,brands,Where are you active?\n"
      "Fa,Paid per post or campaign,\n"
      "Gu,one,\"Instagram, Myspace\"\n",
      "2 ! column B, brands: unknown option \"Paid per post or campaign\" (expected one of none, "
      "one, few, many)\n"
      "3 ! column C, platforms: unknown option \"myspace\" (expected none or any of instagram, youtube, "
      "tiktok, snapchat, blog, x, facebook, linkedin, twitch, other)\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = read_csv (cases[i].input);

      if (cases[i].expected != NULL)
        g_assert_cmpstr (text, ==, cases[i].expected);
      else
        g_assert_cmpstr (text, ==, "2 Zoé: compensation=per-campaign agreement=none brands=many "
                                   "platforms=blog\n");
    }
}

/* A column one or two letters off a question's id is named, with the id
 * it was likely meant to be; one near two ids, or far from all, is not. */
static void
test_suggested_columns (void)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(CrRosterReader) reader = NULL;
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) row_error = NULL;
  const char *input = "name,compensaton,brand,audeince,notes,,agreement\nAda,none,one,,x,,none\n";
  const char * const *ignored;
  const char * const *suggested;
  g_autofree char *text = NULL;
  guint64 line;

  stream = g_memory_input_stream_new_from_data (input, -1, NULL);
  reader = cr_roster_reader_new (stream, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpint (cr_roster_reader_next (reader, &answers, &line, &row_error, NULL, &error), ==,
                   CR_ROSTER_ROW_ANSWERS);
  ignored = cr_roster_reader_get_ignored_columns (reader);
  suggested = cr_roster_reader_get_suggested_columns (reader);
  g_assert_nonnull (ignored);
  g_assert_nonnull (suggested);
  g_assert_cmpuint (g_strv_length ((char **) ignored), ==, 5);
  g_assert_cmpuint (g_strv_length ((char **) suggested), ==, 5);
  g_assert_cmpstr (ignored[0], ==, "compensaton");
  g_assert_cmpstr (suggested[0], ==, "compensation");
  g_assert_cmpstr (ignored[1], ==, "brand");
  g_assert_cmpstr (suggested[1], ==, "brands");
  g_assert_cmpstr (ignored[2], ==, "audeince");
  g_assert_cmpstr (suggested[2], ==, "audience");
  g_assert_cmpstr (ignored[3], ==, "notes");
  g_assert_cmpstr (suggested[3], ==, "");
  g_assert_cmpstr (ignored[4], ==, "column 6");
  g_assert_cmpstr (suggested[4], ==, "");

  /* With no question named at all, the refusal gives the likely ids. */
  g_free (text);
  text = read_csv ("name,compensaton,brand\nAda,none,one\n");
  g_assert_cmpstr (text, ==, "stop: line 1: the header row names no question (did you mean "
                             "compensation, brands?)\n");
}

static guint
question_index (const char *id)
{
  guint q = G_MAXUINT;

  g_assert_nonnull (cr_questionnaire_lookup (id, &q));

  return q;
}

/* Each creator of @roster: "NAME ROLE: ANSWERS", a line each. */
static char *
describe_roster (CrRoster *roster)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(CrCreator) creator = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_autoptr(CrAnswers) answers = cr_creator_ref_answers (creator);

      g_string_append_printf (out, "%s %d %u: ", cr_creator_get_name (creator),
                              (int) cr_creator_get_role (creator),
                              cr_creator_get_score (creator, cr_creator_get_role (creator)));
      append_answers (out, answers);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static CrRoster *
load_file_mapped (GFile           *file,
                  CrRosterColumns *map)
{
  CrRoster *roster = cr_roster_new ();
  g_autoptr(GError) error = NULL;

  cr_roster_set_column_map (roster, map);
  cr_roster_load_file_async (roster, file, CR_ROSTER_FORMAT_UNKNOWN, NULL, load_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);

  return roster;
}

/* The reader's guess at a header row's columns, each with how it was
 * known and the first row's cell; and a column map, as a person corrects
 * the guess: a column misspelt and one in French words the reader does
 * not know, each mapped to its question, score as the corrected file
 * does, read row by row and loaded as a roster. */
static void
test_column_map (void)
{
  static const char input[] =
    "name,compensaton,Combien de marques promouvez-vous ?,notes,De combien de marques faites-vous "
    "la promotion ?\n"
    "Ada,retainer,many,\"x, y\",\n"
    "Bo,none,one,z,\n";
  static const char corrected[] =
    "name,compensation,brands,notes,exclusivity\n"
    "Ada,retainer,many,\"x, y\",\n"
    "Bo,none,one,z,\n";
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "agency.csv", NULL);
  g_autofree char *corrected_path = g_build_filename (dir, "corrected.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) corrected_file = g_file_new_for_path (corrected_path);
  g_autoptr(CrRosterColumns) guess = NULL;
  g_autoptr(CrRosterColumns) map = NULL;
  g_autoptr(CrRoster) mapped = NULL;
  g_autoptr(CrRoster) fixed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) unread = NULL;
  g_autofree char *mapped_text = NULL;
  g_autofree char *fixed_text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  guint compensation = question_index ("compensation");
  guint brands = question_index ("brands");
  guint exclusivity = question_index ("exclusivity");
  int twice = -1;
  guint first = 0, second = 0;

  g_assert_true (g_file_set_contents (path, input, -1, NULL));
  g_assert_true (g_file_set_contents (corrected_path, corrected, -1, NULL));

  /* The guess: the header row and the first row, no more. */
  guess = cr_roster_read_columns (file, CR_ROSTER_FORMAT_UNKNOWN, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (guess);
  g_assert_cmpuint (cr_roster_columns_get_n_columns (guess), ==, 5);
  g_assert_cmpstr (cr_roster_columns_get_header (guess, 0), ==, "name");
  g_assert_cmpint (cr_roster_columns_get_match (guess, 0), ==, CR_ROSTER_MATCH_NAME);
  g_assert_cmpint (cr_roster_columns_get_question (guess, 0), ==, CR_ROSTER_READER_COLUMN_NAME);
  g_assert_true (cr_roster_columns_is_fixed (guess, 0));
  g_assert_cmpstr (cr_roster_columns_get_sample (guess, 0), ==, "Ada");
  g_assert_cmpstr (cr_roster_columns_get_header (guess, 1), ==, "compensaton");
  g_assert_cmpint (cr_roster_columns_get_match (guess, 1), ==, CR_ROSTER_MATCH_SUGGESTION);
  g_assert_cmpint (cr_roster_columns_get_question (guess, 1), ==,
                   CR_ROSTER_READER_COLUMN_IGNORED);
  g_assert_cmpint (cr_roster_columns_get_suggestion (guess, 1), ==, (int) compensation);
  g_assert_cmpstr (cr_roster_columns_get_sample (guess, 1), ==, "retainer");
  g_assert_cmpstr (cr_roster_columns_get_header (guess, 2), ==,
                   "Combien de marques promouvez-vous ?");
  g_assert_cmpint (cr_roster_columns_get_match (guess, 2), ==, CR_ROSTER_MATCH_NONE);
  g_assert_cmpint (cr_roster_columns_get_suggestion (guess, 2), ==, -1);
  g_assert_cmpstr (cr_roster_columns_get_sample (guess, 2), ==, "many");
  g_assert_cmpstr (cr_roster_columns_get_sample (guess, 3), ==, "x, y");
  /* French, as the catalogue says it: known by its text. */
  g_assert_cmpint (cr_roster_columns_get_match (guess, 4), ==, CR_ROSTER_MATCH_TEXT);
  g_assert_cmpint (cr_roster_columns_get_question (guess, 4), ==, (int) brands);
  g_assert_cmpstr (cr_roster_columns_get_sample (guess, 4), ==, "");
  g_assert_false (cr_roster_columns_is_fixed (guess, 4));
  g_assert_true (cr_roster_columns_needs_review (guess));
  unread = cr_roster_columns_dup_unread_questions (guess);
  g_assert_cmpuint (unread->len, ==, cr_questionnaire_get_n_questions () - 1);

  /* Brands read twice: refused, by the map and by the reader. */
  map = cr_roster_columns_copy (guess);
  cr_roster_columns_set_question (map, 1, (int) compensation);
  cr_roster_columns_set_question (map, 2, (int) brands);
  g_assert_false (cr_roster_columns_check (map, &twice, &first, &second));
  g_assert_cmpint (twice, ==, (int) brands);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (second, ==, 4);
  text = read_all_mapped (input, -1, CR_ROSTER_FORMAT_CSV, map);
  g_assert_cmpstr (text, ==, "stop: line 1: columns 3 and 5 both hold brands\n");

  /* The French column that was known, told to be exclusivity instead;
   * the name column stays the name whatever the map says. */
  cr_roster_columns_set_question (map, 4, (int) exclusivity);
  cr_roster_columns_set_question (map, 0, (int) exclusivity);
  g_assert_cmpint (cr_roster_columns_get_question (map, 0), ==, CR_ROSTER_READER_COLUMN_NAME);
  g_assert_true (cr_roster_columns_check (map, NULL, NULL, NULL));
  g_assert_cmpint (cr_roster_columns_get_match (map, 1), ==, CR_ROSTER_MATCH_CHOSEN);
  /* The guess is not changed by its copy. */
  g_assert_cmpint (cr_roster_columns_get_question (guess, 1), ==,
                   CR_ROSTER_READER_COLUMN_IGNORED);

  g_free (text);
  text = read_all_mapped (input, -1, CR_ROSTER_FORMAT_CSV, map);
  expected = read_csv (corrected);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpstr (text, ==, "2 Ada: compensation=retainer brands=many\n"
                             "3 Bo: compensation=none brands=one\n");

  /* Loaded as a roster: the same creators, the same verdicts; only the
   * notes are ignored, with nothing suggested. */
  mapped = load_file_mapped (file, map);
  fixed = load_file_mapped (corrected_file, NULL);
  mapped_text = describe_roster (mapped);
  fixed_text = describe_roster (fixed);
  g_assert_cmpstr (mapped_text, ==, fixed_text);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mapped)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) cr_roster_get_ignored_columns (mapped)), ==, 1);
  g_assert_cmpstr (cr_roster_get_ignored_columns (mapped)[0], ==, "notes");
  g_assert_cmpstr (cr_roster_get_suggested_columns (mapped)[0], ==, "");
  g_assert_true (cr_roster_get_complete (mapped));
  g_assert_cmpint (cr_roster_columns_get_question (cr_roster_get_column_map (mapped), 1), ==,
                   (int) compensation);
  g_assert_null (cr_roster_get_column_map (fixed));

  /* Without the map, the misspelt column is ignored, with its suggestion. */
  g_clear_object (&mapped);
  mapped = load_file_mapped (file, NULL);
  g_assert_cmpuint (g_strv_length ((char **) cr_roster_get_ignored_columns (mapped)), ==, 3);
  g_assert_cmpstr (cr_roster_get_ignored_columns (mapped)[0], ==, "compensaton");
  g_assert_cmpstr (cr_roster_get_suggested_columns (mapped)[0], ==, "compensation");
  g_assert_cmpstr (cr_roster_get_suggested_columns (mapped)[1], ==, "");

  /* A file changed since its columns were chosen is refused. */
  g_free (text);
  text = read_all_mapped ("name,compensaton,brands\nAda,none,one\n", -1, CR_ROSTER_FORMAT_CSV,
                          map);
  g_assert_cmpstr (text, ==, "stop: line 1: the header row has 3 columns, not the 5 its columns "
                             "were chosen for: the file changed\n");
  g_free (text);
  text = read_all_mapped ("name,compensation,x,notes,y\nAda,none,one,,\n", -1,
                          CR_ROSTER_FORMAT_CSV, map);
  g_assert_cmpstr (text, ==, "stop: line 1: column 2 is now compensation, not compensaton as "
                             "when its columns were chosen: the file changed\n");

  g_unlink (path);
  g_unlink (corrected_path);
  g_rmdir (dir);
}

/* Columns that need no one to look at them: every one known, or ignored
 * as a file's own (an id, notes); a header that names no question but
 * suggests one is read for its guess all the same. */
static void
test_column_guess (void)
{
  static const struct {
    const char *input;
    gboolean needs_review;
  } cases[] = {
    { "name,compensation,brands\nAda,none,one\n", FALSE },
    { "name,compensation,brands,crm_id,notes,\nAda,none,one,A-1,,\n", FALSE },
    { "name,compensation,role,complete\nAda,none,influencer,yes\n", FALSE },
    { "name,compensation,brand\nAda,none,one\n", TRUE },
    { "name,compensaton,brand\n", TRUE },
    { "name,compensation,Where do you post\nAda,none,blog\n", TRUE },
  };
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "roster.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CrRosterColumns) guess = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].input);
      g_assert_true (g_file_set_contents (path, cases[i].input, -1, NULL));
      guess = cr_roster_read_columns (file, CR_ROSTER_FORMAT_UNKNOWN, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (cr_roster_columns_needs_review (guess), ==, cases[i].needs_review);
    }

  /* No header row at all: said as loading says it; JSON Lines has no
   * columns. */
  {
    g_autoptr(CrRosterColumns) guess = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_set_contents (path, "", 0, NULL));
    guess = cr_roster_read_columns (file, CR_ROSTER_FORMAT_CSV, NULL, &error);
    g_assert_null (guess);
    g_assert_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_EMPTY);
  }
  {
    g_autofree char *jsonl = g_build_filename (dir, "roster.jsonl", NULL);
    g_autoptr(GFile) jsonl_file = g_file_new_for_path (jsonl);
    g_autoptr(CrRosterColumns) guess = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_set_contents (jsonl, "{\"answers\": {}}\n", -1, NULL));
    guess = cr_roster_read_columns (jsonl_file, CR_ROSTER_FORMAT_UNKNOWN, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (cr_roster_columns_get_n_columns (guess), ==, 0);
    g_assert_false (cr_roster_columns_needs_review (guess));
    g_unlink (jsonl);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* A header row of 500,000 columns, just under 1 MiB, and a row as wide:
 * read in time linear in its length. Before, every column was compared
 * with every one before it (125 billion comparisons here, minutes): the
 * test's time limit fails it then. The last column, a second name, is
 * still found. */
static void
test_wide_header (void)
{
  const guint n = 500000;
  g_autoptr(GString) input = g_string_new ("name,brands");
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 2; i < n; i++)
    g_string_append (input, ",z");
  g_string_append (input, "\nAda,many");
  for (guint i = 2; i < n; i++)
    g_string_append_c (input, ',');
  g_string_append_c (input, '\n');
  g_assert_cmpuint (input->len, <, 2 * CR_ROSTER_MAX_ROW);

  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  g_assert_cmpstr (text, ==, "2 Ada: brands=many\n");

  g_string_assign (input, "name,brands");
  for (guint i = 2; i < n - 1; i++)
    g_string_append (input, ",z");
  g_string_append (input, ",handle\nAda,many\n");

  g_free (text);
  text = read_all (input->str, (gssize) input->len, CR_ROSTER_FORMAT_CSV);
  expected = g_strdup_printf ("stop: line 1: columns 1 and %u both hold the name\n", n);
  g_assert_cmpstr (text, ==, expected);
}

/* The notes of exports stopped: kept in the state folder, one a file,
 * in order, and given once. */
static void
test_stopped_exports (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state_dir = g_dir_make_tmp ("cr-stopped-exports-XXXXXX", &error);
  g_autofree char *note = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GFile) first = g_file_new_for_path ("/tmp/r-results.jsonl");
  g_autoptr(GFile) second = g_file_new_for_path ("/tmp/agency results.csv");
  g_auto(GStrv) taken = NULL;
  g_auto(GStrv) again = NULL;

  g_assert_no_error (error);
  g_assert_null (cr_roster_take_stopped_exports (state_dir));

  g_assert_true (cr_roster_note_stopped_export (state_dir, first, &error));
  g_assert_no_error (error);
  g_assert_true (cr_roster_note_stopped_export (state_dir, second, &error));
  g_assert_no_error (error);
  note = g_build_filename (state_dir, "creator-role", "stopped-exports", NULL);
  g_assert_true (g_file_test (note, G_FILE_TEST_IS_REGULAR));

  taken = cr_roster_take_stopped_exports (state_dir);
  g_assert_nonnull (taken);
  g_assert_cmpuint (g_strv_length (taken), ==, 2);
  g_assert_cmpstr (taken[0], ==, "file:///tmp/r-results.jsonl");
  g_assert_cmpstr (taken[1], ==, "file:///tmp/agency%20results.csv");
  g_assert_false (g_file_test (note, G_FILE_TEST_EXISTS));

  again = cr_roster_take_stopped_exports (state_dir);
  g_assert_null (again);

  folder = g_build_filename (state_dir, "creator-role", NULL);
  g_assert_no_errno (g_rmdir (folder));
  g_assert_no_errno (g_rmdir (state_dir));
}

/* A save that fails, or is cancelled, leaves the file as it was and
 * nothing beside it. */
static void
test_save_fails (void)
{
  g_autoptr(CrRoster) roster = load_roster (300);
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.jsonl", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *names = NULL;
  struct rlimit limit, small;

  g_assert_true (g_file_set_contents (path, "before", -1, NULL));

  /* A full disk: past 16 KiB write() fails with EFBIG, as it would with
   * ENOSPC. Only the soft limit is lowered, so that it can be put back. */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  small = limit;
  small.rlim_cur = 16 * 1024;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_assert_false (cr_roster_save (roster, file, CR_ROSTER_FORMAT_JSONL, NULL, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "cannot be written: File too large");
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "before");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "out.jsonl");
  g_clear_pointer (&after, g_free);
  g_clear_pointer (&names, g_free);

  /* Cancelled. */
  g_cancellable_cancel (cancellable);
  g_assert_false (cr_roster_save (roster, file, CR_ROSTER_FORMAT_JSONL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "before");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "out.jsonl");
  g_clear_pointer (&names, g_free);

  /* A folder is not replaced. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (cr_roster_save (roster, folder_file, CR_ROSTER_FORMAT_CSV, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_cmpstr (error->message, ==, "cannot be written: Is a directory");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "folder.jsonl out.jsonl");

  g_rmdir (folder);
  g_unlink (path);
  g_rmdir (dir);
}

/* A roster saved back to its own file: unchanged, byte for byte (a
 * byte-order mark, CRLF, a semicolon, columns the app does not know,
 * quotes, a blank row, a row that cannot be read, a blank line at the
 * end); one creator edited, its row alone made again, its unknown cells
 * kept. */
static void
test_document_csv (void)
{
  static const char input[] =
    "\xEF\xBB\xBF" "crm_id;name;brands;notes;compensation;role\r\n"
    "C-1;Ada;many;\"likes \"\"quotes\"\"; and semicolons\";gifts;influencer\r\n"
    "\r\n"
    "C-2;\"Bo\";one;\"two\r\nlines\";lots;\r\n"
    "C-3;Cy;none;  spaced;retainer;\r\n"
    "\r\n";
  g_autoptr(CrRoster) roster = load_text (input, CR_ROSTER_FORMAT_UNKNOWN);
  g_autoptr(CrCreator) ada = NULL;
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "roster.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(CrRoster) again = NULL;
  g_autoptr(CrCreator) read_again = NULL;
  gsize length;
  guint option;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, 2);
  g_assert_cmpuint (cr_roster_get_n_problems (roster), ==, 1);
  g_assert_true (cr_roster_get_complete (roster));
  g_assert_false (cr_roster_get_modified (roster));

  data = cr_roster_to_document_data (roster, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, sizeof input - 1);
  g_assert_cmpmem (data, length, input, sizeof input - 1);
  g_clear_pointer (&data, g_free);

  /* Edited: compensation from gifts to retainer. */
  ada = g_list_model_get_item (G_LIST_MODEL (roster), 0);
  answers = cr_creator_dup_answers (ada);
  g_assert_nonnull (cr_question_lookup_option (cr_questionnaire_get_question (0), "retainer",
                                               &option));
  cr_answers_set_choice (answers, 0, option);
  cr_creator_set_answers (ada, answers);
  g_assert_true (cr_creator_get_edited (ada));
  g_assert_true (cr_roster_get_modified (roster));

  data = cr_roster_to_document_data (roster, &length, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("\xEF\xBB\xBF" "crm_id;name;brands;notes;compensation;role\r\n"
                              "C-1;Ada;many;\"likes \"\"quotes\"\"; and semicolons\";retainer;"
                              "%s\r\n"
                              "\r\n"
                              "C-2;\"Bo\";one;\"two\r\nlines\";lots;\r\n"
                              "C-3;Cy;none;  spaced;retainer;\r\n"
                              "\r\n", cr_role_to_id (cr_creator_get_role (ada)));
  g_assert_cmpstr (data, ==, expected);

  g_assert_true (g_file_set_contents (path, input, -1, NULL));
  g_assert_true (cr_roster_save_document (roster, file, &error));
  g_assert_no_error (error);
  g_assert_false (cr_roster_get_modified (roster));
  g_assert_false (cr_creator_get_edited (ada));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, data);

  /* Saved again, unchanged: the same bytes. */
  g_clear_pointer (&data, g_free);
  data = cr_roster_to_document_data (roster, &length, &error);
  g_assert_cmpstr (saved, ==, data);

  /* Read again: the new answer, and the rows as they were. */
  again = load_text (saved, CR_ROSTER_FORMAT_UNKNOWN);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 2);
  g_assert_cmpuint (cr_roster_get_n_problems (again), ==, 1);
  read_again = g_list_model_get_item (G_LIST_MODEL (again), 0);
  g_assert_cmpint (cr_creator_get_role (read_again), ==, cr_creator_get_role (ada));

  g_unlink (path);
  g_rmdir (dir);
}

/* JSON Lines: unchanged, byte for byte; an edited line keeps the members
 * the app does not know. */
static void
test_document_jsonl (void)
{
  static const char input[] =
    "{\"name\":\"Ada\",\"answers\":{\"compensation\":\"gifts\"},\"crm_id\":\"C-1\"}\n"
    "not json\n"
    "\n"
    "{\"name\":\"Bo\",\"answers\":{\"compensation\":\"none\"}}\n";
  g_autoptr(CrRoster) roster = load_text (input, CR_ROSTER_FORMAT_JSONL);
  g_autoptr(CrCreator) ada = NULL;
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length;
  guint option;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, 2);
  g_assert_cmpuint (cr_roster_get_n_problems (roster), ==, 1);
  data = cr_roster_to_document_data (roster, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (data, ==, input);
  g_clear_pointer (&data, g_free);

  ada = g_list_model_get_item (G_LIST_MODEL (roster), 0);
  answers = cr_creator_dup_answers (ada);
  g_assert_nonnull (cr_question_lookup_option (cr_questionnaire_get_question (0), "retainer",
                                               &option));
  cr_answers_set_choice (answers, 0, option);
  cr_creator_set_answers (ada, answers);

  data = cr_roster_to_document_data (roster, &length, &error);
  g_assert_no_error (error);
  lines = g_strsplit (data, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_nonnull (strstr (lines[0], "\"crm_id\":\"C-1\""));
  g_assert_nonnull (strstr (lines[0], "\"compensation\":\"retainer\""));
  g_assert_cmpstr (lines[1], ==, "not json");
  g_assert_cmpstr (lines[2], ==, "");
  g_assert_cmpstr (lines[3], ==, "{\"name\":\"Bo\",\"answers\":{\"compensation\":\"none\"}}");
  g_assert_cmpstr (lines[4], ==, "");
}

/* A loading cancelled leaves a roster that cannot be saved over its file,
 * and a save that fails leaves the file as it was. */
static void
test_document_partial (void)
{
  g_autoptr(GString) input = make_roster (20000);
  g_autoptr(GBytes) bytes = g_bytes_new (input->str, input->len);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autoptr(CrRoster) whole = load_roster (300);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "roster.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CrCreator) first = NULL;
  g_autoptr(CrAnswers) answers = NULL;
  g_autofree char *after = NULL;
  struct rlimit limit, small;
  gsize length;

  cr_roster_load_async (roster, stream, CR_ROSTER_FORMAT_CSV, 0, cancellable, load_done_cb,
                        &error);
  g_assert_false (cr_roster_get_complete (roster));
  while (g_list_model_get_n_items (G_LIST_MODEL (roster)) == 0)
    g_main_context_iteration (NULL, TRUE);
  g_cancellable_cancel (cancellable);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (cr_roster_get_complete (roster));
  g_assert_null (cr_roster_to_document_data (roster, &length, &error));
  g_assert_error (error, CR_ROSTER_ERROR, CR_ROSTER_ERROR_READ);
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "before", -1, NULL));
  g_assert_false (cr_roster_save_document (roster, file, &error));
  g_clear_error (&error);

  /* A full disk, past 16 KiB: the file stays, the edit too. */
  first = g_list_model_get_item (G_LIST_MODEL (whole), 0);
  answers = cr_creator_dup_answers (first);
  cr_answers_set_name (answers, "renamed");
  cr_creator_set_answers (first, answers);
  g_assert_true (cr_roster_get_modified (whole));
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  small = limit;
  small.rlim_cur = 16 * 1024;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_assert_false (cr_roster_save_document (whole, file, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "before");
  g_assert_true (cr_roster_get_modified (whole));
  g_assert_true (cr_creator_get_edited (first));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/roster/csv/separators", test_separators);
  g_test_add_func ("/model/roster/csv/quotes", test_quotes);
  g_test_add_func ("/model/roster/csv/embedded-newlines", test_embedded_newlines);
  g_test_add_func ("/model/roster/csv/bom-crlf", test_bom_crlf);
  g_test_add_func ("/model/roster/csv/encodings", test_encodings);
  g_test_add_func ("/model/roster/csv/cr-line-ends", test_cr_line_ends);
  g_test_add_func ("/model/roster/csv/empty-cells", test_empty_cells);
  g_test_add_func ("/model/roster/csv/unknown-columns", test_unknown_columns);
  g_test_add_func ("/model/roster/csv/duplicate-columns", test_duplicate_columns);
  g_test_add_func ("/model/roster/csv/long-name", test_long_name);
  g_test_add_func ("/model/roster/csv/cell-count", test_cell_count);
  g_test_add_func ("/model/roster/csv/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/model/roster/csv/bad-answers", test_bad_answers);
  g_test_add_func ("/model/roster/csv/huge-cell", test_huge_cell);
  g_test_add_func ("/model/roster/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/model/roster/csv/wide-header", test_wide_header);
  g_test_add_func ("/model/roster/csv/words", test_words);
  g_test_add_func ("/model/roster/csv/suggested-columns", test_suggested_columns);
  g_test_add_func ("/model/roster/csv/column-map", test_column_map);
  g_test_add_func ("/model/roster/csv/column-guess", test_column_guess);
  g_test_add_func ("/model/roster/empty", test_empty);
  g_test_add_func ("/model/roster/jsonl", test_jsonl);
  g_test_add_func ("/model/roster/format-from-name", test_format_from_name);
  g_test_add_func ("/model/roster/round-trip", test_round_trip);
  g_test_add_func ("/model/roster/csv-row", test_csv_row);
  g_test_add_func ("/model/roster/formula-guard", test_formula_guard);
  g_test_add_func ("/model/roster/csv-row-bidi-name", test_csv_row_bidi_name);
  g_test_add_func ("/model/roster/template", test_template);
  g_test_add_func ("/model/roster/creator", test_creator);
  g_test_add_func ("/model/roster/creator-notify", test_creator_notify);
  g_test_add_func ("/model/roster/load", test_load);
  g_test_add_func ("/model/roster/problem-text", test_problem_text);
  g_test_add_func ("/model/roster/load-spreadsheet", test_load_spreadsheet);
  g_test_add_func ("/model/roster/load-cancel", test_load_cancel);
  g_test_add_func ("/model/roster/load-file", test_load_file);
  g_test_add_func ("/model/roster/load-missing", test_load_missing);
  g_test_add_func ("/model/roster/to-data", test_to_data);
  g_test_add_func ("/model/roster/save", test_save);
#if HAVE_FREEXL && HAVE_XLSXWRITER
  g_test_add_func ("/model/roster/xlsx-round-trip", test_xlsx_round_trip);
#if HAVE_MINIZIP
  g_test_add_func ("/model/roster/xlsx-created", test_xlsx_created);
#endif
#endif
  g_test_add_func ("/model/roster/save-fails", test_save_fails);
  g_test_add_func ("/model/roster/stopped-exports", test_stopped_exports);
  g_test_add_func ("/model/roster/document/csv", test_document_csv);
  g_test_add_func ("/model/roster/document/jsonl", test_document_jsonl);
  g_test_add_func ("/model/roster/document/partial", test_document_partial);

  return g_test_run ();
}
