/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: `creator-role --score` run as a process, as a script would */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

static char *tmpdir;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs creator-role with @args and @input on standard input, with no
 * display in its environment. */
static void
run_app (Run         *run,
         const char  *input,
         const char  *first_arg,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (char *) g_getenv ("CR_EXECUTABLE"));
  va_start (ap, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input ? input : "", NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static char *
write_file (const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return path;
}

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
  g_autofree char *path = write_file ("creator.json", full_time_creator, -1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *result;

  run_app (&run, NULL, "--score", path, NULL);
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
  g_auto(Run) run = { 0 };
  JsonObject *result;
  JsonArray *unanswered;

  run_app (&run, "{\"answers\": {\"compensation\": \"retainer\", \"agreement\": \"long-term\"}}",
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
  g_autofree char *path = write_file ("creator.json", full_time_creator, -1);
  g_autofree char *again = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) n1 = NULL;
  g_autoptr(JsonNode) n2 = NULL;
  g_autofree char *r1 = NULL;
  g_autofree char *r2 = NULL;

  run_app (&first, NULL, "--score", path, NULL);
  again = write_file ("again.json", first.out, -1);
  run_app (&second, NULL, "--score", again, NULL);
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
  { "empty.json", "", "the file is empty" },
  { "not-json.json", "influencer", "not valid JSON at line 1, column 10: the file does not "
                                   "start with {, so it is not a Creator Role document; open a "
                                   "result saved by Creator Role" },
  { "array.json", "[]", "the top level is an array, expected an object" },
  { "no-answers.json", "{}", "no \"answers\" member in the top-level object" },
  { "unknown-question.json", "{\"answers\": {\"age\": \"20-50\"}}",
    "answers.age: unknown question (expected one of compensation, agreement, brands, "
    "exclusivity, audience, content, customer, effort, notoriety, platforms)" },
  { "unknown-option.json", "{\"answers\": {\"audience\": \"huge\"}}",
    "answers.audience: unknown option \"huge\" (expected one of under-1k, 1k-10k, 10k-100k, "
    "100k-1m, over-1m)" },
  { "wrong-type.json", "{\"answers\": {\"effort\": 40}}",
    "answers.effort: expected a string, got a number" },
  { "duplicate.json", "{\"answers\": {\"platforms\": [\"blog\", \"blog\"]}}",
    "answers.platforms[1]: \"blog\" is listed twice" },
  { "latin1.json", "{\"answers\": {\"brands\": \"caf\xe9\"}}", "not valid UTF-8 at byte 27" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autofree char *path = write_file (bad->name, bad->contents, -1);
  g_autofree char *expected = g_strdup_printf ("%s: %s\n", path, bad->message);
  g_auto(Run) run = { 0 };

  run_app (&run, NULL, "--score", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);
}

static void
test_bad_stdin (void)
{
  g_auto(Run) run = { 0 };

  run_app (&run, "{\"answers\": {\"brands\": \"all\"}}", "--score", "-", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==,
                   "standard input: answers.brands: unknown option \"all\" "
                   "(expected one of none, one, few, many)\n");
}

static void
test_missing_and_unreadable (void)
{
  g_autofree char *missing = g_build_filename (tmpdir, "nowhere.json", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: cannot be read: No such file or directory\n",
                                               missing);
  g_autofree char *dir_expected = g_strdup_printf ("%s: cannot be read: Is a directory\n", tmpdir);
  g_auto(Run) run = { 0 };
  g_auto(Run) dir_run = { 0 };

  run_app (&run, NULL, "--score", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);

  run_app (&dir_run, NULL, "--score", tmpdir, NULL);
  g_assert_cmpint (dir_run.status, ==, 1);
  g_assert_cmpstr (dir_run.err, ==, dir_expected);
}

static void
test_too_large (void)
{
  g_autofree char *big = g_malloc (1024 * 1024 + 1);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  memset (big, ' ', 1024 * 1024 + 1);
  memcpy (big, "{\"answers\": {}}", 15);
  path = write_file ("big.json", big, 1024 * 1024 + 1);
  expected = g_strdup_printf ("%s: the file is larger than 1 MiB (1048577 bytes)\n", path);

  run_app (&run, NULL, "--score", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  run_app (&run, NULL, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--score=FILE"));
  g_assert_nonnull (strstr (run.out, "standard input"));
  g_assert_nonnull (strstr (run.out, "--batch"));
  g_assert_nonnull (strstr (run.out, "--language"));
}

static void
test_batch_needs_score (void)
{
  g_auto(Run) run = { 0 };

  run_app (&run, NULL, "--batch", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "creator-role: --batch goes with --score FILE\n");
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

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (tmpdir);
  }

  return status;
}
