/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-batch.c: `creator-role --score FILE --batch`, run as a process
 *
 * Each line of a batch must give exactly what scoring that line alone
 * gives, written compactly on one line; a bad line gives an error object
 * in its place and the run goes on.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include <glib/gi18n-lib.h>

#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-result.h"
#include "cr-test-profiles.h"

static char *tmpdir;

static void
run_batch (CrTestRun  *run,
           const char *input,
           gsize       length)
{
  const char *args[] = { "--score", "-", "--batch", NULL };

  cr_test_runv (run, &(CrTestRunOptions) { .input = input, .input_length = length }, args);
}

/* The answers of @answers as a line, alone or inside a whole document. */
static char *
answers_line (CrAnswers *answers,
              gboolean   whole_document)
{
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(JsonNode) document = cr_document_build (answers, result, "en", NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  if (whole_document)
    root = json_node_ref (document);
  else
    {
      JsonObject *object = json_object_new ();

      json_object_set_member (object, "answers",
                              json_node_copy (json_object_get_member (json_node_get_object (document),
                                                                      "answers")));
      root = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
    }

  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/* Lines of every kind: the profiles, alone and as whole documents, then
 * answers drawn at random, some questions left out. */
static GPtrArray *
make_lines (guint n_random)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);

  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[i].answers);

      g_ptr_array_add (lines, answers_line (answers, i % 2 == 1));
    }

  for (guint i = 0; i < n_random; i++)
    {
      g_autoptr(CrAnswers) answers = cr_answers_new ();

      for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
        {
          const CrQuestion *question = cr_questionnaire_get_question (q);

          if (g_rand_int_range (rand, 0, 5) == 0)
            continue;

          if (question->multiple)
            cr_answers_set_selection (answers, q,
                                      g_rand_int (rand) & (CR_SELECTION_BIT (question->n_options) - 1));
          else
            cr_answers_set_choice (answers, q, g_rand_int_range (rand, 0, question->n_options));
        }

      g_ptr_array_add (lines, answers_line (answers, FALSE));
    }

  return lines;
}

/* Splits output into its lines; it must end with a newline, or be empty. */
static GStrv
split_lines (const char *out)
{
  gsize length = strlen (out);
  g_autofree char *body = NULL;

  if (length == 0)
    return g_new0 (char *, 1);

  g_assert_cmpint (out[length - 1], ==, '\n');
  body = g_strndup (out, length - 1);

  return g_strsplit (body, "\n", -1);
}

/* Asserts that @batch_line is the result document that scoring @input
 * alone prints, written compactly, whatever the moment each was made. */
static void
assert_same_as_single (const char *input,
                       const char *batch_line)
{
  const char *args[] = { "--score", "-", NULL };
  g_autoptr(JsonParser) batch_parser = json_parser_new ();
  g_autoptr(JsonParser) single_parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *compact = NULL;
  g_auto(CrTestRun) run = { 0 };
  JsonObject *batch_document, *single_document;

  cr_test_runv (&run, &(CrTestRunOptions) { .input = input }, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  json_parser_load_from_data (batch_parser, batch_line, -1, &error);
  g_assert_no_error (error);
  json_parser_load_from_data (single_parser, run.out, -1, &error);
  g_assert_no_error (error);

  batch_document = json_node_get_object (json_parser_get_root (batch_parser));
  single_document = json_node_get_object (json_parser_get_root (single_parser));
  g_assert_true (json_object_has_member (batch_document, "created"));
  g_assert_true (json_object_has_member (single_document, "created"));
  json_object_set_string_member (single_document, "created",
                                 json_object_get_string_member (batch_document, "created"));

  json_generator_set_root (generator, json_parser_get_root (single_parser));
  compact = json_generator_to_data (generator, NULL);
  g_assert_cmpstr (batch_line, ==, compact);
}

static void
assert_error_line (const char *line,
                   guint       number)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (object), ==, 1);
  object = json_object_get_object_member (object, "error");
  g_assert_nonnull (object);
  g_assert_cmpint (json_object_get_int_member (object, "line"), ==, number);
  g_assert_cmpstr (json_object_get_string_member (object, "message"), !=, "");
}

static void
test_same_as_single (void)
{
  g_autoptr(GPtrArray) lines = make_lines (24);
  g_autoptr(GString) input = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_auto(GStrv) out_lines = NULL;
  g_auto(CrTestRun) run = { 0 };
  const char *args[] = { "--score", NULL, "--batch", NULL };

  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (input, "%s\n", (char *) g_ptr_array_index (lines, i));

  path = cr_test_write_file (tmpdir, "roster.jsonl", input->str, input->len);
  args[1] = path;
  cr_test_runv (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  out_lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (out_lines), ==, lines->len);
  for (guint i = 0; i < lines->len; i++)
    assert_same_as_single (g_ptr_array_index (lines, i), out_lines[i]);
}

/* Bad lines of several kinds among good ones: each gets an error object
 * in its place and a line on standard error, the good ones their results. */
static void
test_bad_lines_in_the_middle (void)
{
  g_autoptr(GPtrArray) good = make_lines (0);
  const char *inputs[] = {
    g_ptr_array_index (good, 0),
    "{\"answers\": {\"compensation\": ",
    g_ptr_array_index (good, 1),
    "{\"answers\": {\"audience\": \"huge\"}}",
    "",
    "[1, 2, 3]",
    "{\"answers\": {\"nickname\": \"x\"}}",
    g_ptr_array_index (good, 2),
  };
  const guint bad[] = { 2, 4, 5, 6, 7 };
  g_autoptr(GString) input = g_string_new (NULL);
  g_auto(GStrv) out_lines = NULL;
  g_auto(GStrv) err_lines = NULL;
  g_auto(CrTestRun) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    g_string_append_printf (input, "%s\n", inputs[i]);

  run_batch (&run, input->str, input->len);
  g_assert_cmpint (run.status, ==, 1);

  out_lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (out_lines), ==, G_N_ELEMENTS (inputs));
  err_lines = split_lines (run.err);
  g_assert_cmpuint (g_strv_length (err_lines), ==, G_N_ELEMENTS (bad));

  for (guint i = 0, b = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      if (b < G_N_ELEMENTS (bad) && bad[b] == i + 1)
        {
          g_autofree char *prefix = g_strdup_printf ("standard input:%u: ", i + 1);

          assert_error_line (out_lines[i], i + 1);
          g_assert_true (g_str_has_prefix (err_lines[b], prefix));
          /* The same reason on both sides. */
          g_assert_nonnull (strstr (out_lines[i], "\"message\":\""));
          b++;
        }
      else
        assert_same_as_single (inputs[i], out_lines[i]);
    }

  g_assert_nonnull (strstr (run.err, "standard input:4: answers.audience: unknown option \"huge\""));
  g_assert_nonnull (strstr (run.err, "standard input:5: the line is empty"));
}

static void
test_empty_input (void)
{
  g_autofree char *path = cr_test_write_file (tmpdir, "empty.jsonl", "", 0);
  const char *args[] = { "--score", path, "--batch", NULL };
  g_auto(CrTestRun) from_stdin = { 0 };
  g_auto(CrTestRun) from_file = { 0 };

  run_batch (&from_stdin, "", 0);
  g_assert_cmpint (from_stdin.status, ==, 0);
  g_assert_cmpstr (from_stdin.out, ==, "");
  g_assert_cmpstr (from_stdin.err, ==, "");

  cr_test_runv (&from_file, NULL, args);
  g_assert_cmpint (from_file.status, ==, 0);
  g_assert_cmpstr (from_file.out, ==, "");
  g_assert_cmpstr (from_file.err, ==, "");
}

/* A last line with no newline is a line like the others; so is one ended
 * by "\r\n". */
static void
test_line_endings (void)
{
  g_autoptr(GPtrArray) lines = make_lines (0);
  g_autofree char *input = g_strdup_printf ("%s\r\n%s\n%s",
                                            (char *) g_ptr_array_index (lines, 0),
                                            (char *) g_ptr_array_index (lines, 1),
                                            (char *) g_ptr_array_index (lines, 2));
  g_auto(GStrv) out_lines = NULL;
  g_auto(CrTestRun) run = { 0 };

  run_batch (&run, input, strlen (input));
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  out_lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (out_lines), ==, 3);
  for (guint i = 0; i < 3; i++)
    assert_same_as_single (g_ptr_array_index (lines, i), out_lines[i]);
}

/* A line over 1 MiB is refused without holding the run up. */
static void
test_long_line (void)
{
  g_autoptr(GPtrArray) lines = make_lines (0);
  g_autoptr(GString) input = g_string_new (NULL);
  g_auto(GStrv) out_lines = NULL;
  g_auto(CrTestRun) run = { 0 };

  g_string_append_printf (input, "%s\n", (char *) g_ptr_array_index (lines, 0));
  g_string_append (input, "{\"answers\": {}, \"padding\": \"");
  while (input->len < 2 * CR_DOCUMENT_MAX_SIZE)
    g_string_append (input, "0123456789abcdef");
  g_string_append (input, "\"}\n");
  g_string_append_printf (input, "%s\n", (char *) g_ptr_array_index (lines, 1));

  run_batch (&run, input->str, input->len);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "standard input:2: the line is longer than 1 MiB\n");

  out_lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (out_lines), ==, 3);
  assert_same_as_single (g_ptr_array_index (lines, 0), out_lines[0]);
  g_assert_cmpstr (out_lines[1], ==,
                   "{\"error\":{\"line\":2,\"message\":\"the line is longer than 1 MiB\"}}");
  assert_same_as_single (g_ptr_array_index (lines, 1), out_lines[2]);
}

/* A line of exactly 1 MiB is still read. */
static void
test_line_at_the_limit (void)
{
  g_autoptr(GString) line = g_string_new ("{\"answers\": {\"brands\": \"one\"}, \"padding\": \"");
  g_auto(GStrv) out_lines = NULL;
  g_auto(CrTestRun) run = { 0 };

  while (line->len < CR_DOCUMENT_MAX_SIZE - 2)
    g_string_append_c (line, 'x');
  g_string_append (line, "\"}");
  g_assert_cmpuint (line->len, ==, CR_DOCUMENT_MAX_SIZE);
  g_string_append (line, "\r\n");

  run_batch (&run, line->str, line->len);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  out_lines = split_lines (run.out);
  g_assert_cmpuint (g_strv_length (out_lines), ==, 1);
  g_assert_nonnull (strstr (out_lines[0], "\"role\":\"ambassador\""));
}

/* The scorer keeps what gettext answered, for speed: a result made after a
 * switch of language must still be in the new language. The language is
 * the app's (cr_i18n_set_language()): LANGUAGE is read once, at start-up,
 * and the kept texts follow the switches' generation, not the
 * environment. */
static void
test_score_follows_language (void)
{
  const char *codes[] = { "fr", "en", "de", "ar", "", "es" };
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(GError) error = NULL;
  g_autofree char *english = NULL;

  cr_i18n_init ();

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(CrResult) result = NULL;

      g_assert_true (cr_i18n_set_language (codes[i], &error));
      g_assert_no_error (error);
      result = cr_score (answers);
      g_assert_cmpstr (cr_result_get_title (result), ==,
                       g_dgettext (GETTEXT_PACKAGE, "You are an influencer"));
      if (g_str_equal (codes[i], "en") || *codes[i] == '\0')
        g_assert_cmpstr (cr_result_get_title (result), ==, "You are an influencer");
      else
        g_assert_cmpstr (cr_result_get_title (result), !=, "You are an influencer");
    }

  /* Back to the system's, English here, after a language that a result
   * was made in. */
  g_assert_true (cr_i18n_set_language ("", &error));
  {
    g_autoptr(CrResult) result = cr_score (answers);

    g_assert_cmpstr (cr_result_get_title (result), ==, "You are an influencer");
  }
}

/* Results appended to the roster being read would be read again without
 * end (a 2 MB roster grew to 606 MB in 20 s): refused before anything is
 * read or written, and the roster is as it was. The file size limit and
 * the time limit keep a program that does not refuse from filling the
 * disk or running for ever. */
static void
test_output_is_input (void)
{
  g_autoptr(GPtrArray) lines = make_lines (50);
  g_autoptr(GString) roster = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  g_auto(CrTestRun) run = { 0 };
  gsize after_length;

  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (roster, "%s\n", (const char *) g_ptr_array_index (lines, i));
  path = cr_test_write_file (tmpdir, "roster.jsonl", roster->str, roster->len);
  expected = g_strdup_printf ("%s: the input is also the output; write the results to another "
                              "file\n", path);

  cr_test_run (&run, &(CrTestRunOptions) {
               .script = "ulimit -f 20480; exec timeout -s KILL 60 \"$0\" \"$@\" >> \"$2\"" },
               "--score", path, "--batch", NULL);
  g_test_message ("%s", run.err);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, roster->str, roster->len);
}

/* A file:// URI works with --batch as with --score alone. */
static void
test_uri (void)
{
  g_autoptr(GPtrArray) lines = make_lines (3);
  g_autoptr(GString) roster = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_auto(GStrv) out_lines = NULL;
  g_auto(CrTestRun) run = { 0 };

  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (roster, "%s\n", (const char *) g_ptr_array_index (lines, i));
  path = cr_test_write_file (tmpdir, "uri.jsonl", roster->str, roster->len);
  uri = g_filename_to_uri (path, NULL, NULL);

  {
    const char *args[] = { "--score", uri, "--batch", NULL };

    cr_test_runv (&run, NULL, args);
  }
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  out_lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (out_lines), ==, lines->len + 1);
  for (guint i = 0; i < lines->len; i++)
    assert_same_as_single (g_ptr_array_index (lines, i), out_lines[i]);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("creator-role-batch-XXXXXX", NULL);

  g_test_add_func ("/batch/same-as-single", test_same_as_single);
  g_test_add_func ("/batch/bad-lines-in-the-middle", test_bad_lines_in_the_middle);
  g_test_add_func ("/batch/empty-input", test_empty_input);
  g_test_add_func ("/batch/line-endings", test_line_endings);
  g_test_add_func ("/batch/long-line", test_long_line);
  g_test_add_func ("/batch/line-at-the-limit", test_line_at_the_limit);
  g_test_add_func ("/batch/score-follows-language", test_score_follows_language);
  g_test_add_func ("/batch/output-is-input", test_output_is_input);
  g_test_add_func ("/batch/uri", test_uri);

  status = g_test_run ();

  cr_test_remove_tree (tmpdir);

  return status;
}
