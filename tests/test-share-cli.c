/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-share-cli.c: `creator-role --score FILE --format text|json|png|pdf`
 * run as a process, as a script making cards for a roster would, with no
 * display
 */
/* posix_openpt() and its companions. */
#define _GNU_SOURCE
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "cr-answers.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-render.h"
#include "cr-result-text.h"
#include "cr-test-utils.h"

/* The day every run shows (SOURCE_DATE_EPOCH): 14 March 2026. */
#define EPOCH "1773489600"

static char *tmpdir;

static const char full_time_creator[] =
  "{\"name\": \"Lina Haddad\", \"answers\": {\"compensation\": \"per-campaign\","
  " \"agreement\": \"per-campaign\", \"brands\": \"many\", \"exclusivity\": \"yes\","
  " \"audience\": \"100k-1m\", \"content\": \"create\", \"customer\": \"no\","
  " \"effort\": \"job\", \"notoriety\": \"niche\","
  " \"platforms\": [\"instagram\", \"youtube\", \"blog\"]}}";

/* Every run's own: the day it shows. */
static const char * const epoch_env[] = { "SOURCE_DATE_EPOCH=" EPOCH, NULL };

/* Standard output is a picture or a PDF, as often as not. */
static const CrTestRunOptions share_options = { .env = epoch_env, .any_bytes = TRUE };

/* `sh -c SCRIPT creator-role ARGS…`, likewise. */
#define SCRIPT(text) \
  (&(CrTestRunOptions) { .script = (text), .env = epoch_env, .any_bytes = TRUE })

static CrAnswers *
load_answers (const char *json)
{
  g_autoptr(GError) error = NULL;
  CrAnswers *answers = cr_document_parse (json, strlen (json), &error);

  g_assert_no_error (error);

  return answers;
}

static GDateTime *
epoch_date (void)
{
  return g_date_time_new_from_unix_utc (g_ascii_strtoll (EPOCH, NULL, 10));
}

static void
set_language (const char *code)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cr_i18n_set_language (code, &error));
}

/* The text written is the model's, in the language asked for. */
static void
test_text (void)
{
  static const char * const codes[] = { "en", "fr", "ar" };
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autoptr(CrAnswers) answers = load_answers (full_time_creator);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(CrResult) result = NULL;
      g_autofree char *expected = NULL;
      g_auto(CrTestRun) run = { 0 };

      cr_test_run (&run, &share_options, "--score", path, "--format", "text", "--language",
                   codes[i], NULL);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);

      set_language (codes[i]);
      result = cr_score (answers);
      expected = cr_result_format_text (answers, result);
      g_assert_cmpmem (run.out, run.out_length, expected, strlen (expected));
      /* Whom it is for, under the verdict. */
      {
        g_autofree char *for_name = cr_format_for_name ("Lina Haddad");
        g_autofree char *heading = g_strdup_printf ("%s\n%s\n", cr_result_get_title (result),
                                                    for_name);

        g_assert_true (g_str_has_prefix (expected, heading));
      }
    }

  set_language ("en");
}

/* A document whose name holds @name_json (JSON text), with the answers of
 * the full-time creator. */
static char *
write_named (const char *file_name,
             const char *name_json)
{
  const char *answers = strstr (full_time_creator, "\"answers\"");
  g_autofree char *json = g_strdup_printf ("{\"name\": \"%s\", %s", name_json, answers);

  return cr_test_write_file (tmpdir, file_name, json, -1);
}

/* The second line of the text of --score @path --format text. */
static char *
text_name_line (const char *path)
{
  g_auto(CrTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *out = NULL;

  cr_test_run (&run, &share_options, "--score", path, "--format", "text", "--language", "en", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  out = g_strndup (run.out, run.out_length);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  /* No override, embedding or mark anywhere in the text. */
  for (const char *p = out; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_false ((c >= 0x202A && c <= 0x202E) || c == 0x200E || c == 0x200F ||
                      c == 0x061C || c == 0x2066 || c == 0x2067);
    }
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 2);

  return g_strdup (lines[1]);
}

/* A name is shown as written and no more: its overrides and marks of
 * direction are gone, and it is isolated in its sentence, "for" before it
 * whatever its script; marks with no letter get a dotted circle, four of
 * them at most. */
static void
test_text_name (void)
{
  static const struct { const char *json; const char *line; } cases[] = {
    { "Ali \\u202Eabc\\u202C", "for \u2068Ali abc\u2069" },
    { "\\u202Bليلى\\u200F \\u2067حداد\\u2069", "for \u2068ليلى حداد\u2069" },
    { "\\u200E\\u202D\\u202A\\u2066\\u2068", NULL },
    { "Zo\\u0065\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301", "for \u2068Zoe\u0301\u0301\u0301\u0301\u2069" },
  };
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *line = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *named = write_named ("named.json", cases[i].json);
      g_autofree char *shown = text_name_line (named);

      if (cases[i].line != NULL)
        g_assert_cmpstr (shown, ==, cases[i].line);
      else
        /* Nothing to show of the name: no line for it. */
        g_assert_false (g_str_has_prefix (shown, "for"));
    }

  /* A name of marks alone, as long as a name may be. */
  for (guint i = 0; i < CR_ANSWERS_NAME_MAX_CHARS; i++)
    g_string_append (marks, "\\u0301");
  path = write_named ("marks.json", marks->str);
  line = text_name_line (path);
  expected = g_strdup ("for \u2068\u25CC\u0301\u0301\u0301\u0301\u2069");
  g_assert_cmpstr (line, ==, expected);
}

/* A file name with a line break or an override in it is quoted in the
 * message, which stays one line in its own order. */
static void
test_file_name_in_message (void)
{
  g_autofree char *folder = g_build_filename (tmpdir, "a\nforged: line", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "no\nsuch\u202E.json", NULL);
  g_autofree char *output = g_build_filename (folder, "card.png", NULL);
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *quoted = g_strdup_printf ("%s/no\\u000Asuch\\u202E.json", tmpdir);
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) write_run = { 0 };

  cr_test_run (&run, &share_options, "--score", missing, "--format", "text", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, quoted));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
  g_assert_null (strstr (run.err, "\u202E"));

  /* The folder of --output does not exist. */
  cr_test_run (&write_run, &share_options, "--score", path, "--format", "png", "-o", output, NULL);
  g_assert_cmpint (write_run.status, ==, 1);
  g_assert_nonnull (strstr (write_run.err, "a\\u000Aforged: line"));
  g_assert_true (strchr (write_run.err, '\n') == write_run.err + strlen (write_run.err) - 1);
}

/* The card written is the renderer's, to a file as to a pipe, at the size
 * asked for. */
static void
test_png (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *square = g_build_filename (tmpdir, "card.png", NULL);
  g_autofree char *wide = g_build_filename (tmpdir, "wide.png", NULL);
  g_autoptr(CrAnswers) answers = load_answers (full_time_creator);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(GDateTime) date = epoch_date ();
  g_autoptr(GBytes) expected_square = cr_card_render_png (CR_CARD_SQUARE, answers, result, date,
                                                          NULL);
  g_autoptr(GBytes) expected_wide = cr_card_render_png (CR_CARD_WIDE, answers, result, date, NULL);
  g_autoptr(GBytes) written = NULL;
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) wide_run = { 0 };
  g_auto(CrTestRun) pipe_run = { 0 };
  cairo_surface_t *surface;

  cr_test_run (&run, &share_options, "--score", path, "--format", "png", "--output", square, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (run.out_length, ==, 0);
  written = cr_test_read_file (square);
  g_assert_true (g_bytes_equal (written, expected_square));

  surface = cairo_image_surface_create_from_png (square);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1080);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1080);
  cairo_surface_destroy (surface);

  cr_test_run (&wide_run, &share_options, "--score", path, "--format", "png", "--size", "wide",
               "-o", wide, NULL);
  g_assert_cmpstr (wide_run.err, ==, "");
  g_assert_cmpint (wide_run.status, ==, 0);
  surface = cairo_image_surface_create_from_png (wide);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1200);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 630);
  cairo_surface_destroy (surface);
  g_bytes_unref (written);
  written = cr_test_read_file (wide);
  g_assert_true (g_bytes_equal (written, expected_wide));

  /* The story card, 1080 × 1920, as the renderer draws it. */
  {
    g_autofree char *story = g_build_filename (tmpdir, "story.png", NULL);
    g_autoptr(GBytes) expected_story = cr_card_render_png (CR_CARD_STORY, answers, result, date,
                                                           NULL);
    g_autoptr(GBytes) story_written = NULL;
    g_auto(CrTestRun) story_run = { 0 };

    cr_test_run (&story_run, &share_options, "--score", path, "--format", "png", "--size", "story",
                 "-o", story, NULL);
    g_assert_cmpstr (story_run.err, ==, "");
    g_assert_cmpint (story_run.status, ==, 0);
    surface = cairo_image_surface_create_from_png (story);
    g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1080);
    g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1920);
    cairo_surface_destroy (surface);
    story_written = cr_test_read_file (story);
    g_assert_true (g_bytes_equal (story_written, expected_story));
    g_unlink (story);
  }

  /* To a pipe, the same bytes. */
  cr_test_run (&pipe_run, &share_options, "--score", path, "--format", "png", NULL);
  g_assert_cmpstr (pipe_run.err, ==, "");
  g_assert_cmpint (pipe_run.status, ==, 0);
  g_assert_cmpmem (pipe_run.out, pipe_run.out_length, g_bytes_get_data (expected_square, NULL),
                   g_bytes_get_size (expected_square));

  g_unlink (square);
  g_unlink (wide);
}

static char *
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* The report, on A4 by default and on Letter when asked. */
static void
test_pdf (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *a4 = g_build_filename (tmpdir, "report.pdf", NULL);
  g_autofree char *letter = g_build_filename (tmpdir, "letter.pdf", NULL);
  g_autofree char *a4_info = NULL;
  g_autofree char *letter_info = NULL;
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) letter_run = { 0 };

  cr_test_run (&run, &share_options, "--score", path, "--format", "pdf", "--output", a4, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  a4_info = pdf_info (a4);
  g_assert_nonnull (strstr (a4_info, "Page size:       595.276 x 841.89 pts (A4)"));
  /* Titled, authored and dated as the window's print is. */
  g_assert_nonnull (strstr (a4_info,
                            "Title:           You are an influencer — for \u2068Lina Haddad"
                            "\u2069\n"));
  g_assert_nonnull (strstr (a4_info, "Author:          Lina Haddad\n"));
  g_assert_nonnull (strstr (a4_info, "Creator:         Creator Role\n"));
  g_assert_nonnull (strstr (a4_info, "CreationDate:"));

  cr_test_run (&letter_run, &share_options, "--score", path, "--format", "pdf", "--paper", "letter",
               "-o", letter, NULL);
  g_assert_cmpstr (letter_run.err, ==, "");
  g_assert_cmpint (letter_run.status, ==, 0);
  letter_info = pdf_info (letter);
  g_assert_nonnull (strstr (letter_info, "Page size:       612 x 792 pts (letter)"));

  g_unlink (a4);
  g_unlink (letter);
}

/* --output with json writes what standard output gets. */
static void
test_json_output (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *out = g_build_filename (tmpdir, "result.json", NULL);
  g_autoptr(GBytes) written = NULL;
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) pipe_run = { 0 };

  cr_test_run (&run, &share_options, "--score", path, "--output", out, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  cr_test_run (&pipe_run, &share_options, "--score", path, "--format", "json", NULL);
  g_assert_cmpint (pipe_run.status, ==, 0);

  written = cr_test_read_file (out);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written), pipe_run.out,
                   pipe_run.out_length);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (written, NULL), (gssize) g_bytes_get_size (written),
                                  "\"name\" : \"Lina Haddad\""));
  g_unlink (out);
}

/* Every refusal: one line on standard error, nothing on standard output,
 * status 1. */
static void
test_refusals (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *missing = g_build_filename (tmpdir, "nowhere.json", NULL);
  g_autofree char *missing_err = g_strdup_printf ("%s: there is no file of that name: check the "
                                                  "name and the folder\n", missing);
  g_autofree char *same_err = g_strdup_printf ("%s: the input is also the output; write the card "
                                               "to another file\n", path);
  const struct { const char *args[10]; const char *err; } cases[] = {
    { { "--score", path, "--format", "xml" },
      "creator-role: --format: unknown format “xml” for one document (expected json, text, png "
      "or pdf; with --batch, " CR_TEST_BATCH_FORMATS ")\n" },
    { { "--score", path, "--format", "png", "--size", "huge" },
      "creator-role: --size: unknown size “huge” (expected square, wide or story)\n" },
    { { "--score", path, "--format", "pdf", "--paper", "a3" },
      "creator-role: --paper: unknown paper “a3” (expected a4 or letter)\n" },
    { { "--score", path, "--format", "pdf", "--size", "wide" },
      "creator-role: --size goes with --format png\n" },
    { { "--score", path, "--paper", "letter" },
      "creator-role: --paper goes with --format pdf\n" },
    { { "--score", path, "--batch", "--format", "png" },
      "creator-role: --format png is for one document; with --batch, the formats are "
      CR_TEST_BATCH_FORMATS " (for a card a line, run --score on each line)\n" },
    { { "--score", path, "--batch", "--format", "pdf" },
      "creator-role: --format pdf is for one document; with --batch, the formats are "
      CR_TEST_BATCH_FORMATS " (for a report a line, run --score on each line)\n" },
    { { "--score", path, "--batch", "--output", "out.jsonl" },
      "creator-role: --output is for one document; with --batch, the results go to standard "
      "output\n" },
    { { "--score", path, "--format", "png", "--output", "" },
      "creator-role: --output: the file name is empty (give - for standard output)\n" },
    { { "--output", "card.png" },
      "creator-role: --output goes with --score FILE\n" },
    { { "--size", "wide" },
      "creator-role: --size goes with --score FILE\n" },
    { { "--score", missing, "--format", "png", "-o", "card.png" }, missing_err },
    { { "--score", path, "--format", "png", "-o", path }, same_err },
  };
  g_autoptr(GBytes) before = cr_test_read_file (path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) after = NULL;
      g_auto(CrTestRun) run = { 0 };

      cr_test_runv (&run,
                    &(CrTestRunOptions) { .env = epoch_env, .cwd = tmpdir, .any_bytes = TRUE },
                    cases[i].args);

      g_assert_cmpstr (run.err, ==, cases[i].err);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpuint (run.out_length, ==, 0);

      after = cr_test_read_file (path);
      g_assert_true (g_bytes_equal (before, after));
    }

  /* Nothing was written by any of them. */
  g_free (missing);
  missing = g_build_filename (tmpdir, "card.png", NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* A picture is not poured onto a terminal. */
static void
test_terminal (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) text_run = { 0 };
  int master, slave;

  master = posix_openpt (O_RDWR | O_NOCTTY);
  g_assert_cmpint (master, >=, 0);
  g_assert_cmpint (grantpt (master), ==, 0);
  g_assert_cmpint (unlockpt (master), ==, 0);
  slave = open (ptsname (master), O_RDWR | O_NOCTTY);
  g_assert_cmpint (slave, >=, 0);
  g_assert_true (isatty (slave));

  cr_test_run (&run, &(CrTestRunOptions) { .env = epoch_env, .stdout_fd = slave }, "--score", path,
               "--format", "png", NULL);

  /* Nor onto one named by --output. */
  {
    g_autofree char *name = g_strdup (ptsname (master));
    g_autofree char *expected = g_strdup_printf ("%s: cannot be written: it is a terminal; give "
                                                 "a file to write the picture or the PDF to\n",
                                                 name);
    g_auto(CrTestRun) named = { 0 };

    cr_test_run (&named, &share_options, "--score", path, "--format", "pdf", "--output", name,
                 NULL);
    g_assert_cmpstr (named.err, ==, expected);
    g_assert_cmpint (named.status, ==, 1);
  }
  close (master);

  g_assert_cmpstr (run.err, ==, "creator-role: --format png: standard output is a terminal; give "
                                "--output FILE or redirect it to a file\n");
  g_assert_cmpint (run.status, ==, 1);

  /* Text goes to a terminal as usual (here a pipe: it only must not be
   * refused). */
  cr_test_run (&text_run, &share_options, "--score", path, "--format", "text", NULL);
  g_assert_cmpint (text_run.status, ==, 0);
}

/* A write that fails says why, once, and leaves the file that was there;
 * a device is written into, and its refusal said the same way. */
static void
test_failed_writes (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *old = cr_test_write_file (tmpdir, "old.png", "the card of last week", -1);
  g_autofree char *nowhere = g_build_filename (tmpdir, "no-such-folder", "card.png", NULL);
  g_autofree char *limit_err = g_strdup_printf ("%s: cannot be written: File too large\n", old);
  g_autofree char *nowhere_err = g_strdup_printf ("%s: cannot be written: No such file or "
                                                  "directory\n", nowhere);
  g_autoptr(GBytes) kept = NULL;
  g_auto(CrTestRun) limited = { 0 };
  g_auto(CrTestRun) device = { 0 };
  g_auto(CrTestRun) full = { 0 };
  g_auto(CrTestRun) missing = { 0 };
  struct stat st;

  /* Files at most 1 block (512 bytes) long, and no signal for a longer
   * one: the write fails with EFBIG, as on a full disk. */
  cr_test_run (&limited, SCRIPT ("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""), "--score", path,
               "--format", "png", "--output", old, NULL);
  g_assert_cmpstr (limited.err, ==, limit_err);
  g_assert_cmpint (limited.status, ==, 1);
  kept = cr_test_read_file (old);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "the card of last week",
                   strlen ("the card of last week"));

  cr_test_run (&device, &share_options, "--score", path, "--format", "pdf", "--output", "/dev/full",
               NULL);
  g_assert_cmpstr (device.err, ==, "/dev/full: cannot be written: No space left on device\n");
  g_assert_cmpint (device.status, ==, 1);
  g_assert_cmpint (g_stat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  cr_test_run (&full, SCRIPT ("exec \"$0\" \"$@\" > /dev/full"), "--score", path, "--format", "png",
               NULL);
  g_assert_cmpstr (full.err, ==, "creator-role: cannot write the card: No space left on device\n");
  g_assert_cmpint (full.status, ==, 1);

  cr_test_run (&missing, &share_options, "--score", path, "--format", "text", "--output", nowhere,
               NULL);
  g_assert_cmpstr (missing.err, ==, nowhere_err);
  g_assert_cmpint (missing.status, ==, 1);

  g_unlink (old);
}

/* Whether two runs' outputs are the same, but for the second each result
 * document says it was made at (a run that ends on the next second says
 * the next one). */
static gboolean
same_output (const CrTestRun *a,
             const CrTestRun *b)
{
  static const char created[] = "\"created\":\"";
  g_autofree char *cb = NULL;
  const char *at;

  if (a->out_length != b->out_length)
    return FALSE;
  if (strlen (a->out) != a->out_length)
    return memcmp (a->out, b->out, a->out_length) == 0;

  /* "created":"2026-03-14T09:30:00Z": the 20 characters of the time. */
  cb = g_strndup (b->out, b->out_length);
  for (at = strstr (a->out, created); at != NULL && strlen (at) >= sizeof created - 1 + 20;
       at = strstr (at + 1, created))
    memcpy (cb + (at - a->out), at, sizeof created - 1 + 20);

  return memcmp (a->out, cb, a->out_length) == 0;
}

/* An output that is no regular file is written straight into: what
 * /dev/stdout leads to when standard output is a pipe (a name without a
 * folder to make a new file in), /dev/null, and a socket, which cannot be
 * opened by name. What arrives is what standard output gets. */
static void
test_device_output (void)
{
  static const char * const formats[] = { "text", "json", "png" };
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(CrTestRun) plain = { 0 };
      g_auto(CrTestRun) piped = { 0 };
      g_auto(CrTestRun) proc = { 0 };
      g_auto(CrTestRun) null = { 0 };

      cr_test_run (&plain, &share_options, "--score", path, "--format", formats[i], NULL);
      g_assert_cmpstr (plain.err, ==, "");
      g_assert_cmpint (plain.status, ==, 0);
      g_assert_cmpuint (plain.out_length, >, 0);

      /* The program's status is said after it, on standard error. */
      cr_test_run (&piped, SCRIPT ("{ \"$0\" \"$@\"; echo \"status $?\" >&2; } | cat"), "--score",
                   path, "--format", formats[i], "-o", "/dev/stdout", NULL);
      g_assert_cmpstr (piped.err, ==, "status 0\n");
      g_assert_true (same_output (&piped, &plain));

      cr_test_run (&proc, SCRIPT ("{ \"$0\" \"$@\"; echo \"status $?\" >&2; } | cat"), "--score",
                   path, "--format", formats[i], "--output", "/proc/self/fd/1", NULL);
      g_assert_cmpstr (proc.err, ==, "status 0\n");
      g_assert_true (same_output (&proc, &plain));

      cr_test_run (&null, &share_options, "--score", path, "--format", formats[i], "-o",
                   "/dev/null", NULL);
      g_assert_cmpstr (null.err, ==, "");
      g_assert_cmpint (null.status, ==, 0);
      g_assert_cmpuint (null.out_length, ==, 0);
    }

  /* Standard output a socket. */
  {
    g_autoptr(GSubprocessLauncher) launcher = cr_test_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                                                    epoch_env);
    g_autoptr(GSubprocess) process = NULL;
    g_autoptr(GBytes) err = NULL;
    g_autoptr(GError) error = NULL;
    g_auto(CrTestRun) plain = { 0 };
    g_autoptr(GByteArray) received = g_byte_array_new ();
    int pair[2];
    guint8 block[4096];
    gssize n;

    cr_test_run (&plain, &share_options, "--score", path, "--format", "png", NULL);
    g_assert_no_errno (socketpair (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair));
    g_subprocess_launcher_take_stdout_fd (launcher, pair[1]);
    process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("CR_EXECUTABLE"),
                                           "--score", path, "--format", "png",
                                           "--output", "/dev/stdout", NULL);
    g_assert_no_error (error);
    /* The child has its own copy now. */
    g_clear_object (&launcher);
    while ((n = read (pair[0], block, sizeof block)) > 0)
      g_byte_array_append (received, block, (guint) n);
    g_assert_cmpint (n, ==, 0);
    close (pair[0]);
    g_subprocess_communicate (process, NULL, NULL, NULL, &err, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_bytes_get_size (err), ==, 0);
    g_assert_true (g_subprocess_get_if_exited (process));
    g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
    g_assert_cmpmem (received->data, received->len, plain.out, plain.out_length);
  }
}

static gboolean
exists_in_tmpdir (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static char *
make_leftover (const char *name,
               gint64      age_seconds)
{
  char *path = cr_test_write_file (tmpdir, name, "a part of a report", -1);
  struct utimbuf times;

  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - age_seconds);
  g_assert_no_errno (utime (path, &times));

  return path;
}

/* A process killed while it writes --output (here by the size limit's
 * signal, as kill -9 would) leaves its new file beside the target, named
 * after it and after the process: the target is as it was. The next write
 * to the same target removes that one, and any other whose writer is gone
 * or that nothing wrote to for an hour; not the new files of a writer still
 * running, not those of another target, not the user's own files. */
static void
test_killed_output (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *target = cr_test_write_file (tmpdir, "kill.pdf", "the report of last week", -1);
  pid_t gone;
  g_autofree char *killed_leftover = NULL;
  g_autofree char *dead_name = NULL, *alive_name = NULL, *old_name = NULL;
  g_autofree char *other_name = NULL;
  g_autofree char *dead = NULL, *alive = NULL, *old = NULL, *other = NULL, *users = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GBytes) written = NULL;
  g_auto(CrTestRun) killed = { 0 };
  g_auto(CrTestRun) next = { 0 };
  g_autofree char *pid = NULL;
  g_autofree char *dead_pid = NULL;

  /* 8 blocks of 512 bytes: the report, some 30 kB, is cut by SIGXFSZ. */
  cr_test_run (&killed, SCRIPT ("ulimit -f 8; \"$0\" \"$@\" & echo $!; wait $!"), "--score", path,
               "--format", "pdf", "--output", target, NULL);
  g_assert_cmpint (killed.status, ==, 128 + SIGXFSZ);
  pid = g_strstrip (g_strndup (killed.out, killed.out_length));
  kept = cr_test_read_file (target);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept),
                   "the report of last week", strlen ("the report of last week"));

  /* What it left: .kill.pdf.cr-PID-XXXXXX. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    g_autofree char *prefix = g_strdup_printf (".kill.pdf.cr-%s-", pid);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_prefix (name, prefix))
        {
          g_assert_null (killed_leftover);
          g_assert_cmpuint (strlen (name), ==, strlen (prefix) + 6);
          killed_leftover = g_strdup (name);
        }
      else
        g_assert_false (g_str_has_prefix (name, ".kill.pdf") || g_str_has_prefix (name, "kill.pdf."));
  }
  g_assert_nonnull (killed_leftover);

  /* A process that has ended, for the number of a writer that is gone
   * (waited for here: GSubprocess forgets the number once it has). */
  gone = fork ();
  if (gone == 0)
    _exit (0);
  g_assert_cmpint (gone, >, 0);
  g_assert_cmpint (waitpid (gone, NULL, 0), ==, gone);
  dead_pid = g_strdup_printf ("%d", (int) gone);
  dead_name = g_strdup_printf (".kill.pdf.cr-%s-a1B2c3", dead_pid);
  dead = make_leftover (dead_name, 0);
  /* This test is running: its writes go on. */
  alive_name = g_strdup_printf (".kill.pdf.cr-%d-d4E5f6", (int) getpid ());
  alive = make_leftover (alive_name, 60);
  old_name = g_strdup_printf (".kill.pdf.cr-%d-g7H8i9", (int) getpid ());
  old = make_leftover (old_name, 2 * 60 * 60);
  other_name = g_strdup_printf (".other.pdf.cr-%s-j1K2l3", dead_pid);
  other = make_leftover (other_name, 2 * 60 * 60);
  users = make_leftover ("kill.pdf.m4N5o6", 2 * 60 * 60);

  cr_test_run (&next, &share_options, "--score", path, "--format", "pdf", "--output", target, NULL);
  g_assert_cmpstr (next.err, ==, "");
  g_assert_cmpint (next.status, ==, 0);
  written = cr_test_read_file (target);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), 5, "%PDF-", 5);

  g_assert_false (exists_in_tmpdir (killed_leftover));
  g_assert_false (exists_in_tmpdir (dead_name));
  g_assert_false (exists_in_tmpdir (old_name));
  g_assert_true (exists_in_tmpdir (alive_name));
  g_assert_true (exists_in_tmpdir (other_name));
  g_assert_true (exists_in_tmpdir ("kill.pdf.m4N5o6"));

  g_unlink (alive);
  g_unlink (other);
  g_unlink (users);
  g_unlink (target);
}

/* A file written over keeps its permissions, and a link stays a link to
 * the file it leads to, as exports do. */
static void
test_mode_and_link (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *target = cr_test_write_file (tmpdir, "target.png", "old", -1);
  g_autofree char *link = g_build_filename (tmpdir, "link.png", NULL);
  g_autoptr(GBytes) written = NULL;
  g_auto(CrTestRun) run = { 0 };
  struct stat st;

  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink ("target.png", link), ==, 0);

  cr_test_run (&run, &share_options, "--score", path, "--format", "png", "--output", link, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  written = cr_test_read_file (target);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), 8, "\x89PNG\r\n\x1a\n", 8);

  g_unlink (link);
  g_unlink (target);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANG", "C.UTF-8", TRUE);

  cr_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("test-share-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/share-cli/text", test_text);
  g_test_add_func ("/share-cli/text-name", test_text_name);
  g_test_add_func ("/share-cli/file-name-in-message", test_file_name_in_message);
  g_test_add_func ("/share-cli/png", test_png);
  g_test_add_func ("/share-cli/pdf", test_pdf);
  g_test_add_func ("/share-cli/json-output", test_json_output);
  g_test_add_func ("/share-cli/refusals", test_refusals);
  g_test_add_func ("/share-cli/terminal", test_terminal);
  g_test_add_func ("/share-cli/failed-writes", test_failed_writes);
  g_test_add_func ("/share-cli/mode-and-link", test_mode_and_link);
  g_test_add_func ("/share-cli/device-output", test_device_output);
  g_test_add_func ("/share-cli/killed-output", test_killed_output);

  status = g_test_run ();

  cr_test_remove_tree (tmpdir);
  g_free (tmpdir);

  return status;
}
