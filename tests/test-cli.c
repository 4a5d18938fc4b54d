/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: `creator-role --score` run as a process, as a script would */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cr-test-utils.h"

static char *tmpdir;

/* Longer than anything should take on a loaded machine; a run that lasts
 * longer is taken to hang. */
#define HANG_SECONDS 60

/* `sh -c SCRIPT creator-role ARGS…`, which fails the test when it has not
 * ended within HANG_SECONDS. */
#define SCRIPT(text) (&(CrTestRunOptions) { .script = (text), .hang_seconds = HANG_SECONDS })

/* @text on standard input. */
#define STDIN(text) (&(CrTestRunOptions) { .input = (text) })

static JsonObject *
parse_result (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                        "result");
}

static const char full_time_creator[] =
  "{\"answers\": {\"compensation\": \"per-campaign\", \"agreement\": \"per-campaign\","
  " \"brands\": \"many\", \"exclusivity\": \"yes\", \"audience\": \"100k-1m\","
  " \"content\": \"create\", \"customer\": \"no\", \"effort\": \"job\","
  " \"notoriety\": \"niche\", \"platforms\": [\"instagram\", \"youtube\", \"blog\"]}}";

static void
test_score_file (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(CrTestRun) run = { 0 };
  JsonObject *result;

  cr_test_run (&run, NULL, "--score", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  result = parse_result (parser, run.out);
  g_assert_cmpstr (json_object_get_string_member (result, "role"), ==, "influencer");
  g_assert_true (json_object_get_boolean_member (result, "complete"));
  g_assert_cmpstr (json_object_get_string_member (result, "title"), ==, "You are an influencer");
}

static void
test_score_stdin (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(CrTestRun) run = { 0 };
  JsonObject *result;
  JsonArray *unanswered;

  cr_test_run (&run,
               STDIN ("{\"answers\": {\"compensation\": \"retainer\", "
                      "\"agreement\": \"long-term\"}}"),
               "--score", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  result = parse_result (parser, run.out);
  g_assert_cmpstr (json_object_get_string_member (result, "role"), ==, "contracted-ambassador");
  g_assert_false (json_object_get_boolean_member (result, "complete"));
  unanswered = json_object_get_array_member (result, "unanswered");
  g_assert_cmpuint (json_array_get_length (unanswered), ==, 8);
  g_assert_cmpstr (json_array_get_string_element (unanswered, 0), ==, "brands");
}

/* A printed document scores again to the same result: the command line
 * reads what it writes. */
static void
test_rescore_output (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *again = NULL;
  g_auto(CrTestRun) first = { 0 };
  g_auto(CrTestRun) second = { 0 };
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) n1 = NULL;
  g_autoptr(JsonNode) n2 = NULL;
  g_autofree char *r1 = NULL;
  g_autofree char *r2 = NULL;

  cr_test_run (&first, NULL, "--score", path, NULL);
  again = cr_test_write_file (tmpdir, "again.json", first.out, -1);
  cr_test_run (&second, NULL, "--score", again, NULL);
  g_assert_cmpint (second.status, ==, 0);

  /* json_generator_set_root() copies the node. */
  n1 = json_node_init_object (json_node_alloc (), parse_result (p1, first.out));
  json_generator_set_root (generator, n1);
  r1 = json_generator_to_data (generator, NULL);
  n2 = json_node_init_object (json_node_alloc (), parse_result (p2, second.out));
  json_generator_set_root (generator, n2);
  r2 = json_generator_to_data (generator, NULL);
  g_assert_cmpstr (r1, ==, r2);
}

typedef struct
{
  const char *name;
  const char *contents;
  const char *message;
} BadInput;

static const BadInput bad_inputs[] = {
  { "empty.json", "", "the file is empty, so it holds no answers: open a result that Creator "
                      "Role saved, a .json file" },
  /* A card saved under a .json name: said to be the image it is. */
  { "card.json", "\x89PNG\r\n\x1a\n", "this is a PNG image, not a Creator Role result: open a "
                                       "result that Creator Role saved, a .json file" },
  { "not-json.json", "influencer", "not valid JSON at line 1, column 10: the file does not "
                                   "start with {, so it is not a Creator Role document; open a "
                                   "result saved by Creator Role" },
  { "array.json", "[]", "the top level is an array, not an object in braces {…}, so it is not a "
                        "Creator Role result; open a result that Creator Role saved" },
  { "no-answers.json", "{}", "no \"answers\" member in the top-level object" },
  { "unknown-question.json", "{\"answers\": {\"age\": \"20-50\"}}",
    "answers.age: unknown question (expected one of compensation, agreement, brands, "
    "exclusivity, audience, content, customer, effort, notoriety, platforms)" },
  { "unknown-option.json", "{\"answers\": {\"audience\": \"huge\"}}",
    "answers.audience: unknown option \"huge\" for “How many people follow you, all networks "
    "together?” (expected one of under-1k “Fewer than 1,000”, 1k-10k “1,000 to 9,999”, "
    "10k-100k “10,000 to 99,999”, 100k-1m “100,000 to 999,999”, over-1m “1 million or more”)" },
  { "wrong-type.json", "{\"answers\": {\"effort\": 40}}",
    "answers.effort: expected a string, got a number" },
  { "duplicate.json", "{\"answers\": {\"platforms\": [\"blog\", \"blog\"]}}",
    "answers.platforms[1]: \"blog\" is listed twice" },
  { "latin1.json", "{\"answers\": {\"brands\": \"caf\xe9\"}}", "not valid UTF-8 at byte 27: this is not a text file in UTF-8; save it as UTF-8, or open a "
    "result that Creator Role saved" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autofree char *path = cr_test_write_file (tmpdir, bad->name, bad->contents, -1);
  g_autofree char *expected = g_strdup_printf ("%s: %s\n", path, bad->message);
  g_auto(CrTestRun) run = { 0 };

  cr_test_run (&run, NULL, "--score", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);
}

static void
test_bad_stdin (void)
{
  g_auto(CrTestRun) run = { 0 };

  cr_test_run (&run, STDIN ("{\"answers\": {\"brands\": \"all\"}}"), "--score", "-", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==,
                   "standard input: answers.brands: unknown option \"all\" for “How many brands "
                   "do you promote?” (expected one of none “None”, one “One”, few “Two or "
                   "three”, many “Many”)\n");
}

static void
test_missing_and_unreadable (void)
{
  g_autofree char *missing = g_build_filename (tmpdir, "nowhere.json", NULL);
  g_autofree char *expected =
    g_strdup_printf ("%s: there is no file of that name: check the name and the folder\n",
                     missing);
  g_autofree char *dir_expected =
    g_strdup_printf ("%s: this is a folder, not a file: open a result inside it, a .json file\n",
                     tmpdir);
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) dir_run = { 0 };

  cr_test_run (&run, NULL, "--score", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);

  cr_test_run (&dir_run, NULL, "--score", tmpdir, NULL);
  g_assert_cmpint (dir_run.status, ==, 1);
  g_assert_cmpstr (dir_run.err, ==, dir_expected);

  /* A folder as standard input (`--score - < folder`), alone and as a
   * batch: said to be a folder, not in the system's words. */
  for (guint batch = 0; batch < 2; batch++)
    {
      g_autoptr(GSubprocessLauncher) launcher =
        cr_test_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              NULL);
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int fd = open (tmpdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

      g_assert_cmpint (fd, >=, 0);
      g_subprocess_launcher_take_stdin_fd (launcher, fd);
      process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("CR_EXECUTABLE"),
                                             "--score", "-", batch ? "--batch" : NULL, NULL);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
      g_assert_cmpstr (err, ==, "standard input: this is a folder, not a file: open a result "
                                "inside it, a .json file\n");
    }
}

static void
test_too_large (void)
{
  g_autofree char *big = g_malloc (1024 * 1024 + 1);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_auto(CrTestRun) run = { 0 };

  memset (big, ' ', 1024 * 1024 + 1);
  memcpy (big, "{\"answers\": {}}", 15);
  path = cr_test_write_file (tmpdir, "big.json", big, 1024 * 1024 + 1);
  expected = g_strdup_printf ("%s: the file is larger than 1 MiB (1048577 bytes)\n", path);

  cr_test_run (&run, NULL, "--score", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
}

static void
test_help (void)
{
  g_auto(CrTestRun) run = { 0 };

  cr_test_run (&run, NULL, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--score=FILE"));
  g_assert_nonnull (strstr (run.out, "standard input"));
  g_assert_nonnull (strstr (run.out, "--batch"));
  g_assert_nonnull (strstr (run.out, "--language"));
}

#if !HAVE_WINDOW
/* A build without the window says so, for the window and for files alike,
 * with no D-Bus or display involved, and still scores. */
static void
test_no_window (void)
{
  static const char *message =
    "creator-role: this build has no window (it was built without GTK 4.14 and libadwaita "
    "1.5); use --score FILE, or see --help\n";
  g_auto(CrTestRun) bare = { 0 };
  g_auto(CrTestRun) file = { 0 };
  g_auto(CrTestRun) language = { 0 };
  g_auto(CrTestRun) score = { 0 };

  cr_test_run (&bare, NULL, NULL);
  g_assert_cmpint (bare.status, ==, 1);
  g_assert_cmpstr (bare.out, ==, "");
  g_assert_cmpstr (bare.err, ==, message);

  cr_test_run (&file, NULL, "roster.csv", NULL);
  g_assert_cmpint (file.status, ==, 1);
  g_assert_cmpstr (file.err, ==, message);

  cr_test_run (&language, NULL, "--language", "fr", NULL);
  g_assert_cmpint (language.status, ==, 1);
  g_assert_nonnull (strstr (language.err, "fenêtre"));

  cr_test_run (&score, STDIN ("{\"answers\": {\"brands\": \"one\"}}"), "--score", "-", NULL);
  g_assert_cmpint (score.status, ==, 0);
  g_assert_nonnull (strstr (score.out, "\"brands\""));
}
#endif

static void
test_batch_needs_score (void)
{
  g_auto(CrTestRun) run = { 0 };

  cr_test_run (&run, NULL, "--batch", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "creator-role: --batch goes with --score FILE\n");
}

/* A closed standard stream is refused at once, in one line that says
 * which, in both modes, instead of reading a descriptor GLib opened in its
 * place (which hung) or a message that says nothing. */
static void
test_closed_streams (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  static const struct
  {
    const char *script;
    gboolean batch;
    const char *err;
  } cases[] = {
    { "exec \"$0\" --score - <&-", FALSE,
      "creator-role: standard input is closed: there is nothing to score\n" },
    { "exec \"$0\" --score - --batch <&-", TRUE,
      "creator-role: standard input is closed: there is nothing to score\n" },
    { "exec \"$0\" --score \"$1\" >&-", FALSE,
      "creator-role: standard output is closed: there is nowhere to write the result\n" },
    { "exec \"$0\" --score \"$1\" --batch >&-", TRUE,
      "creator-role: standard output is closed: there is nowhere to write the results\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CrTestRun) run = { 0 };

      cr_test_run (&run, SCRIPT (cases[i].script), path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==, cases[i].err);
    }
}

/* With a closed standard input but a file given, scoring works: only what
 * is used must be open. */
static void
test_closed_stdin_unused (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(CrTestRun) run = { 0 };
  JsonObject *result;

  cr_test_run (&run, SCRIPT ("exec \"$0\" --score \"$1\" <&-"), path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  result = parse_result (parser, run.out);
  g_assert_cmpstr (json_object_get_string_member (result, "role"), ==, "influencer");
}

/* The result appended to the file read: refused before anything is
 * written, and the file is as it was. */
static void
test_output_is_input (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *expected = g_strdup_printf ("%s: the input is also the output; write the "
                                               "result to another file\n", path);
  g_autofree char *contents = NULL;
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) from_stdin = { 0 };

  cr_test_run (&run, SCRIPT ("exec \"$0\" --score \"$1\" >> \"$1\""), path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);

  /* The same file as standard input and output. */
  cr_test_run (&from_stdin, SCRIPT ("exec \"$0\" --score - < \"$1\" >> \"$1\""), path, NULL);
  g_assert_cmpint (from_stdin.status, ==, 1);
  g_assert_cmpstr (from_stdin.err, ==,
                   "standard input: the input is also the output; write the result to "
                   "another file\n");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, full_time_creator);
}

/* Every way of writing into the file being read, by any name (another
 * link to it, a symbolic link, ./NAME, /dev/stdin, standard input
 * redirected from it), in every mode (one document, JSON Lines, CSV,
 * cards and reports with --output): refused before anything is written,
 * with the one message, and every file is as it was, with nothing left
 * beside it. */
static void
test_output_is_input_any_name (void)
{
  static const char roster_csv[] = "name,brands\nAda,many\nBo,one\n";
  static const char roster_jsonl[] = "{\"answers\":{\"brands\":\"many\"}}\n";
  static const struct
  {
    const char *command;
    const char *name;
    const char *what;
  } cases[] = {
    { "--score same-r.csv --batch >> same-r.csv", "same-r.csv", "results" },
    { "--score same-r.csv --batch --format csv >> ./same-r.csv", "same-r.csv", "results" },
    { "--score same-r.csv --batch --format csv >> same-r-hard.csv", "same-r.csv", "results" },
    { "--score same-r.jsonl --batch --format csv >> same-r.jsonl", "same-r.jsonl", "results" },
    { "--score same-r.jsonl --batch >> same-r-link.jsonl", "same-r.jsonl", "results" },
    { "--score - --batch --input-format csv < same-r.csv >> same-r.csv", "standard input",
      "results" },
    { "--score /dev/stdin --batch --input-format csv < same-r.csv >> same-r-link.csv",
      "/dev/stdin", "results" },
    { "--score same-doc.json >> same-doc-hard.json", "same-doc.json", "result" },
    { "--score - -o same-doc.json < same-doc.json", "standard input", "result" },
    { "--score same-doc.json -o ./same-doc.json", "same-doc.json", "result" },
    { "--score same-doc.json -o /dev/stdin < same-doc.json", "same-doc.json", "result" },
    { "--score same-doc.json --format text -o same-doc-link.json", "same-doc.json", "result" },
    { "--score same-doc.json --format png -o same-doc.json", "same-doc.json", "card" },
    { "--score same-doc-link.json --format pdf -o same-doc-hard.json", "same-doc-link.json",
      "report" },
  };
  static const char * const names[] = {
    "same-r.csv", "same-r-hard.csv", "same-r-link.csv", "same-r.jsonl", "same-r-link.jsonl",
    "same-doc.json", "same-doc-hard.json", "same-doc-link.json",
  };
  g_autofree char *csv = cr_test_write_file (tmpdir, "same-r.csv", roster_csv, -1);
  g_autofree char *jsonl = cr_test_write_file (tmpdir, "same-r.jsonl", roster_jsonl, -1);
  g_autofree char *doc = cr_test_write_file (tmpdir, "same-doc.json", full_time_creator, -1);
  g_autofree char *csv_hard = g_build_filename (tmpdir, "same-r-hard.csv", NULL);
  g_autofree char *csv_link = g_build_filename (tmpdir, "same-r-link.csv", NULL);
  g_autofree char *jsonl_link = g_build_filename (tmpdir, "same-r-link.jsonl", NULL);
  g_autofree char *doc_hard = g_build_filename (tmpdir, "same-doc-hard.json", NULL);
  g_autofree char *doc_link = g_build_filename (tmpdir, "same-doc-link.json", NULL);
  guint n_files = 0;

  g_assert_no_errno (link (csv, csv_hard));
  g_assert_no_errno (symlink ("same-r.csv", csv_link));
  g_assert_no_errno (symlink ("same-r.jsonl", jsonl_link));
  g_assert_no_errno (link (doc, doc_hard));
  g_assert_no_errno (symlink ("same-doc.json", doc_link));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *script = g_strdup_printf ("cd \"$1\" && exec \"$0\" %s", cases[i].command);
      g_autofree char *expected = g_strdup_printf ("%s: the input is also the output; write the "
                                                   "%s to another file\n", cases[i].name,
                                                   cases[i].what);
      g_autofree char *csv_after = NULL;
      g_autofree char *jsonl_after = NULL;
      g_autofree char *doc_after = NULL;
      g_auto(CrTestRun) run = { 0 };

      g_test_message ("creator-role %s", cases[i].command);
      cr_test_run (&run, SCRIPT (script), tmpdir, NULL);
      g_assert_cmpstr (run.err, ==, expected);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");

      g_assert_true (g_file_get_contents (csv, &csv_after, NULL, NULL));
      g_assert_cmpstr (csv_after, ==, roster_csv);
      g_assert_true (g_file_get_contents (jsonl, &jsonl_after, NULL, NULL));
      g_assert_cmpstr (jsonl_after, ==, roster_jsonl);
      g_assert_true (g_file_get_contents (doc, &doc_after, NULL, NULL));
      g_assert_cmpstr (doc_after, ==, full_time_creator);
    }

  /* The links are still links, and nothing was made beside them. */
  g_assert_true (g_file_test (csv_link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (doc_link, G_FILE_TEST_IS_SYMLINK));
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      if (strstr (name, "same-") != NULL)
        {
          g_assert_true (g_strv_contains (names, name));
          n_files++;
        }
  }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (names));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (tmpdir, names[i], NULL);

      g_assert_no_errno (g_unlink (path));
    }
}

/* `--score ""` names no file: said so, not "Is a directory" of the
 * current folder. */
static void
test_empty_name (void)
{
  static const char * const modes[] = { NULL, "--batch" };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_auto(CrTestRun) run = { 0 };

      cr_test_run (&run, NULL, "--score", "", modes[i], NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, "creator-role: --score: the file name is empty "
                                    "(give - for standard input)\n");
    }
}

/* A second file is refused, not left out with success. */
static void
test_extra_file (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *other = cr_test_write_file (tmpdir, "other.json", full_time_creator, -1);
  g_autofree char *expected = g_strdup_printf ("creator-role: --score reads one file; “%s” is "
                                               "one too many\n", other);
  g_auto(CrTestRun) run = { 0 };
  g_auto(CrTestRun) batch = { 0 };

  cr_test_run (&run, NULL, "--score", path, other, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);

  cr_test_run (&batch, NULL, "--score", path, "--batch", other, NULL);
  g_assert_cmpint (batch.status, ==, 1);
  g_assert_cmpstr (batch.out, ==, "");
  g_assert_cmpstr (batch.err, ==, expected);
}

/* A file name, a file:// URI and a pipe named by path are read the same
 * way by --score and by --batch. */
static void
test_names_in_every_mode (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *compact = NULL;

  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;

    json_parser_load_from_data (parser, full_time_creator, -1, &error);
    g_assert_no_error (error);
    compact = json_to_string (json_parser_get_root (parser), FALSE);
  }

  for (guint batch = 0; batch < 2; batch++)
    {
      const char *names[] = { path, uri };

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_auto(CrTestRun) run = { 0 };
          JsonObject *result;

          g_test_message ("%s%s", names[i], batch ? " --batch" : "");
          cr_test_run (&run, NULL, "--score", names[i], batch ? "--batch" : NULL, NULL);
          g_assert_cmpstr (run.err, ==, "");
          g_assert_cmpint (run.status, ==, 0);
          result = parse_result (parser, run.out);
          g_assert_cmpstr (json_object_get_string_member (result, "role"), ==, "influencer");
        }

      /* A pipe given by its name, as process substitution gives one. */
      {
        g_autoptr(JsonParser) parser = json_parser_new ();
        g_autofree char *input = batch ? cr_test_write_file (tmpdir, "line.jsonl", compact, -1)
                                       : g_strdup (path);
        g_auto(CrTestRun) run = { 0 };
        JsonObject *result;

        cr_test_run (&run,
                     SCRIPT (batch ? "cat \"$1\" | \"$0\" --score /dev/stdin --batch"
                                   : "cat \"$1\" | \"$0\" --score /dev/stdin"),
                     input, NULL);
        g_assert_cmpstr (run.err, ==, "");
        g_assert_cmpint (run.status, ==, 0);
        result = parse_result (parser, run.out);
        g_assert_cmpstr (json_object_get_string_member (result, "role"), ==, "influencer");
      }
    }
}

/* A device never ends: refused before it is read, in both modes. */
static void
test_device (void)
{
  for (guint batch = 0; batch < 2; batch++)
    {
      g_auto(CrTestRun) run = { 0 };

      cr_test_run (&run, NULL, "--score", "/dev/zero", batch ? "--batch" : NULL, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, "/dev/zero: cannot be read: it is a device, not a file\n");
    }
}

/* What the messages quote is escaped and cut, as document errors are:
 * a terminal escape does not reach the terminal, and a huge value does
 * not fill it. */
static void
test_quoted (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "creator.json", full_time_creator, -1);
  g_autofree char *long_value = g_strnfill (100 * 1024, 'x');
  g_autofree char *escaped_name = NULL;
  g_autofree char *expected = NULL;

  {
    g_auto(CrTestRun) run = { 0 };

    cr_test_run (&run, NULL, "--score", path, "--language", "\033[31mred\033[0m", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==, "creator-role: --language: unknown language "
                                  "\"\\u001B[31mred\\u001B[0m\" (expected one of en, fr, de, "
                                  "es, ar)\n");
  }

  {
    g_auto(CrTestRun) run = { 0 };

    cr_test_run (&run, NULL, "--score", path, "--language", long_value, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==, "creator-role: --language: unknown language "
                                  "\"xxxxxxxxxxxxxxxx…\" (expected one of en, fr, de, es, ar)\n");
  }

  /* Without --score too. */
  {
    g_auto(CrTestRun) run = { 0 };

    cr_test_run (&run, NULL, "--language", "\033]0;title\007", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==, "creator-role: --language: unknown language "
                                  "\"\\u001B]0;title\\u0007\" (expected one of en, fr, de, "
                                  "es, ar)\n");
  }

  /* A file name with a terminal escape in it. */
  escaped_name = g_build_filename (tmpdir, "\033[2Jmissing.json", NULL);
  expected = g_strdup_printf ("%s/\\u001B[2Jmissing.json: there is no file of that name: check "
                              "the name and the folder\n", tmpdir);
  {
    g_auto(CrTestRun) run = { 0 };

    cr_test_run (&run, NULL, "--score", escaped_name, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==, expected);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("creator-role-cli-XXXXXX", NULL);

  g_test_add_func ("/cli/score/file", test_score_file);
  g_test_add_func ("/cli/score/stdin", test_score_stdin);
  g_test_add_func ("/cli/score/rescore-output", test_rescore_output);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/bad-input/%s", bad_inputs[i].name);

      g_test_add_data_func (path, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/cli/bad-input/stdin", test_bad_stdin);
  g_test_add_func ("/cli/bad-input/missing-and-unreadable", test_missing_and_unreadable);
  g_test_add_func ("/cli/bad-input/too-large", test_too_large);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/batch-needs-score", test_batch_needs_score);
#if !HAVE_WINDOW
  g_test_add_func ("/cli/no-window", test_no_window);
#endif
  g_test_add_func ("/cli/closed-streams", test_closed_streams);
  g_test_add_func ("/cli/closed-stdin-unused", test_closed_stdin_unused);
  g_test_add_func ("/cli/output-is-input", test_output_is_input);
  g_test_add_func ("/cli/output-is-input-any-name", test_output_is_input_any_name);
  g_test_add_func ("/cli/empty-name", test_empty_name);
  g_test_add_func ("/cli/extra-file", test_extra_file);
  g_test_add_func ("/cli/names-in-every-mode", test_names_in_every_mode);
  g_test_add_func ("/cli/device", test_device);
  g_test_add_func ("/cli/quoted", test_quoted);

  status = g_test_run ();

  cr_test_remove_tree (tmpdir);

  return status;
}
