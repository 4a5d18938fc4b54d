/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-test-utils.c: what the test programs share, with no display */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cr-questionnaire.h"
#include "cr-result.h"
#include "cr-roster.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"

#if HAVE_MINIZIP
#include <unzip.h>
#include <zip.h>
#endif
#if HAVE_FREEXL
#include <freexl.h>
#endif

/**
 * cr_test_answers_new:
 * @spec: answers written compactly: "compensation=none brands=one
 *   platforms=x,blog"; a question with "=" and nothing after it is
 *   answered with no option (multiple choice only)
 *
 * Aborts the test on a typo.
 *
 * Returns: (transfer full): the answers
 */
CrAnswers *
cr_test_answers_new (const char *spec)
{
  g_auto(GStrv) words = g_strsplit (spec, " ", -1);
  CrAnswers *answers = cr_answers_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) pair = NULL;
      const CrQuestion *question;
      CrSelection selection = 0;
      guint q;

      if (*words[i] == '\0')
        continue;

      pair = g_strsplit (words[i], "=", 2);
      g_assert_nonnull (pair[1]);
      question = cr_questionnaire_lookup (pair[0], &q);
      if (question == NULL)
        g_error ("no question %s", pair[0]);

      if (*pair[1] != '\0')
        {
          g_auto(GStrv) ids = g_strsplit (pair[1], ",", -1);

          for (guint j = 0; ids[j] != NULL; j++)
            {
              guint o;

              if (cr_question_lookup_option (question, ids[j], &o) == NULL)
                g_error ("no option %s of %s", ids[j], pair[0]);
              selection |= CR_SELECTION_BIT (o);
            }
        }

      cr_answers_set_selection (answers, q, selection);
    }

  return answers;
}

/**
 * cr_test_make_state_dir:
 *
 * Returns: (transfer full): a new empty folder, for XDG_STATE_HOME say
 */
/**
 * cr_test_roster_csv:
 * @rows: (array length=n_rows): the creators
 *
 * Returns: (transfer full): a CSV roster of @rows, as an export writes
 *   it: each row's answers, scored, under its name
 */
char *
cr_test_roster_csv (const CrTestRosterRow *rows,
                    guint                  n_rows)
{
  GString *csv = g_string_new (NULL);

  cr_roster_append_csv_header (csv);
  for (guint i = 0; i < n_rows; i++)
    {
      const char *spec = cr_test_profile_answers (rows[i].profile);
      g_autoptr(CrAnswers) answers = cr_test_answers_new (spec);
      g_autoptr(CrResult) result = cr_score (answers);

      cr_answers_set_name (answers, rows[i].name);
      cr_roster_append_csv_row (csv, answers, result);
    }

  return g_string_free (csv, FALSE);
}

char *
cr_test_make_state_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", prefix);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);

  return dir;
}

/**
 * cr_test_state_fixture_set_up:
 *
 * Makes a new state folder, named after the test program; the app's
 * folder and its draft are not made.
 */
void
cr_test_state_fixture_set_up (CrTestStateFixture *fixture,
                              gconstpointer       data G_GNUC_UNUSED)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());

  fixture->state_dir = cr_test_make_state_dir (program);
  fixture->folder = g_build_filename (fixture->state_dir, "creator-role", NULL);
  fixture->draft = g_build_filename (fixture->folder, "draft.json", NULL);
}

/**
 * cr_test_state_fixture_tear_down:
 *
 * Removes the state folder and everything in it.
 */
void
cr_test_state_fixture_tear_down (CrTestStateFixture *fixture,
                                 gconstpointer       data G_GNUC_UNUSED)
{
  cr_test_remove_tree (fixture->state_dir);
  g_free (fixture->state_dir);
  g_free (fixture->folder);
  g_free (fixture->draft);
}

/**
 * cr_test_remove_tree:
 *
 * Removes @path and, for a folder, everything in it; a symbolic link is
 * removed, never followed. A mode that forbids it is lifted first.
 */
void
cr_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          cr_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/**
 * cr_test_clear_folder:
 *
 * Removes everything in the folder @path, keeping the folder.
 */
void
cr_test_clear_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      cr_test_remove_tree (child);
    }
}

/**
 * cr_test_wait_for_file:
 *
 * Runs the main loop until @path exists, or is gone when @exists is
 * %FALSE: a debounced draft being written, say.
 */
void
cr_test_wait_for_file (const char *path,
                       gboolean    exists)
{
  while (g_file_test (path, G_FILE_TEST_EXISTS) != exists)
    g_main_context_iteration (NULL, TRUE);
}

/* Text as compared with what pdftotext gives: every space and hyphen
 * taken out, since pdftotext ends lines where Pango wrapped them and joins
 * a word wrapped after its hyphen ("long-" and "term" give "longterm"),
 * and a test must not depend on where lines end; the marks of direction
 * it adds around runs, too, and punctuation, which it moves to the other
 * side of a number in a line read from the right. In Arabic, poppler also gives the vowel marks
 * out of place and the letters of a ligature (lam with alef) backwards, as
 * it turns each glyph of a line read from the right around: the marks are
 * taken out, and for @expected text the letters of those ligatures are
 * put in the order poppler gives them. */
char *
cr_test_pdf_squeeze (const char *text,
                     gboolean    expected)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = g_utf8_get_char (g_utf8_next_char (p));

      if (g_unichar_isspace (c) || g_unichar_ispunct (c) || c == 0x200e || c == 0x200f ||
          (c >= 0x202a && c <= 0x202e) || (c >= 0x064b && c <= 0x065f) || c == 0x0670)
        continue;

      /* Lam, then alef (with or without hamza or madda) or alef maksura. */
      if (expected && c == 0x0644 &&
          (next == 0x0627 || next == 0x0623 || next == 0x0625 || next == 0x0622 || next == 0x0649))
        {
          g_string_append_unichar (s, next);
          g_string_append_unichar (s, c);
          p = g_utf8_next_char (p);
          continue;
        }

      g_string_append_unichar (s, c);
    }

  return g_string_free (s, FALSE);
}

static gboolean
has_vowel_mark (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x064b && c <= 0x065f) || c == 0x0670)
        return TRUE;
    }

  return FALSE;
}

/* Whether the PDF's text holds @expected. In Arabic, word by word: poppler
 * cuts a line where a word carries a vowel mark above or below it, and
 * gives the two halves out of order, so such words are left out; every
 * other word must be there, in its letters' logical order. */
void
cr_test_assert_pdf_holds (const char *squeezed_text,
                          const char *expected,
                          gboolean    by_word,
                          const char *where)
{
  g_auto(GStrv) words = NULL;

  if (!by_word)
    {
      g_autofree char *s = cr_test_pdf_squeeze (expected, TRUE);

      if (strstr (squeezed_text, s) == NULL)
        g_error ("%s: the PDF's text lacks “%s”", where, expected);
      return;
    }

  words = g_strsplit_set (expected, " \n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *s = NULL;

      if (has_vowel_mark (words[i]))
        continue;

      s = cr_test_pdf_squeeze (words[i], TRUE);
      if (strstr (squeezed_text, s) == NULL)
        g_error ("%s: the PDF's text lacks “%s”, of “%s”", where, words[i], expected);
    }
}

/* Whether gettext shows French under C.UTF-8 with LANGUAGE=fr, asked of
 * glibc directly, in a locale of this thread's own. */
gboolean
cr_test_c_utf8_honours_language (void)
{
  const char *msgid = "Are you paid for promoting brands?";
  locale_t c_utf8 = newlocale (LC_ALL_MASK, "C.UTF-8", (locale_t) 0);
  locale_t old;
  gboolean honoured;

  g_assert_true (c_utf8 != (locale_t) 0);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "fr", TRUE);
  old = uselocale (c_utf8);
  honoured = g_strcmp0 (dcgettext (GETTEXT_PACKAGE, msgid, LC_MESSAGES), msgid) != 0;
  uselocale (old);
  g_unsetenv ("LANGUAGE");
  freelocale (c_utf8);

  return honoured;
}

/**
 * cr_test_read_file:
 *
 * Returns: (transfer full): what the file @path holds
 */
GBytes *
cr_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (data, length);
}

/**
 * cr_test_write_file:
 * @length: of @contents, or -1 up to its NUL
 *
 * Returns: (transfer full): the path of the file @name written in @folder
 */
char *
cr_test_write_file (const char *folder,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (folder, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

#if HAVE_MINIZIP
/**
 * cr_test_write_ods:
 * @content: the sheets, as content.xml holds them
 * @manifest: (nullable): META-INF/manifest.xml, or none
 *
 * Writes an OpenDocument spreadsheet as Calc does: its type first,
 * stored, then @content deflated.
 *
 * Returns: (transfer full): its path, @name in @folder
 */
char *
cr_test_write_ods (const char *folder,
                   const char *name,
                   const char *content,
                   const char *manifest)
{
  static const char mimetype[] = "application/vnd.oasis.opendocument.spreadsheet";
  char *path = g_build_filename (folder, name, NULL);
  zipFile zip = zipOpen64 (path, APPEND_STATUS_CREATE);
  const struct { const char *name; const char *data; int method; } parts[] = {
    { "mimetype", mimetype, 0 },
    { "content.xml", content, Z_DEFLATED },
    { "META-INF/manifest.xml", manifest, Z_DEFLATED },
  };

  g_assert_nonnull (zip);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i].data == NULL)
        continue;
      g_assert_cmpint (zipOpenNewFileInZip64 (zip, parts[i].name, NULL, NULL, 0, NULL, 0, NULL,
                                              parts[i].method, Z_DEFAULT_COMPRESSION, 1),
                       ==, ZIP_OK);
      g_assert_cmpint (zipWriteInFileInZip (zip, parts[i].data, (unsigned) strlen (parts[i].data)),
                       ==, ZIP_OK);
      g_assert_cmpint (zipCloseFileInZip (zip), ==, ZIP_OK);
    }
  g_assert_cmpint (zipClose (zip, NULL), ==, ZIP_OK);

  return path;
}

/**
 * cr_test_read_zip_member:
 * @path: a zip archive: a workbook, an OpenDocument file
 * @name: the member to read, e.g. "docProps/core.xml"
 *
 * Fails the test unless @path holds @name.
 *
 * Returns: (transfer full): the member's text, unpacked
 */
char *
cr_test_read_zip_member (const char *path,
                         const char *name)
{
  unzFile zip = unzOpen64 (path);
  GString *text = g_string_new (NULL);
  char buffer[4096];
  int n;

  g_assert_nonnull (zip);
  g_assert_cmpint (unzLocateFile (zip, name, 1), ==, UNZ_OK);
  g_assert_cmpint (unzOpenCurrentFile (zip), ==, UNZ_OK);
  while ((n = unzReadCurrentFile (zip, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  g_assert_cmpint (n, ==, 0);
  g_assert_cmpint (unzCloseCurrentFile (zip), ==, UNZ_OK);
  g_assert_cmpint (unzClose (zip), ==, UNZ_OK);

  return g_string_free (text, FALSE);
}
#endif

/**
 * cr_test_run_tool:
 * @argv: a program found in PATH and its arguments
 *
 * Runs it, failing the test unless it succeeds.
 *
 * Returns: (transfer full): what it wrote on standard output
 */
char *
cr_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s: %s", argv[0], error->message, err);

  return out;
}

#if HAVE_FREEXL
/**
 * cr_test_xlsx_cell_text:
 * @handle: a workbook FreeXL opened, its sheet selected
 *
 * Returns: (transfer full): the cell as text: a number as printf's %g
 *   writes it, "" for an empty one
 */
char *
cr_test_xlsx_cell_text (const void *handle,
                        guint       row,
                        guint       column)
{
  FreeXL_CellValue value;

  g_assert_cmpint (freexl_get_cell_value (handle, row, (unsigned short) column, &value), ==,
                   FREEXL_OK);
  switch (value.type)
    {
    case FREEXL_CELL_INT:
      return g_strdup_printf ("%d", value.value.int_value);
    case FREEXL_CELL_DOUBLE:
      return g_strdup_printf ("%g", value.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
      return g_strdup (value.value.text_value);
    default:
      return g_strdup ("");
    }
}
#endif

void
cr_test_run_clear (CrTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  run->out_length = 0;
}

typedef struct
{
  GMainLoop *loop;
  GBytes *out;
  GBytes *err;
  GError *error;
  gboolean done;
  gboolean timed_out;
} Waiting;

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Waiting *waiting = user_data;

  g_subprocess_communicate_finish (G_SUBPROCESS (source), result, &waiting->out, &waiting->err,
                                   &waiting->error);
  waiting->done = TRUE;
  g_main_loop_quit (waiting->loop);
}

static gboolean
timed_out_cb (gpointer user_data)
{
  Waiting *waiting = user_data;

  waiting->timed_out = TRUE;
  g_main_loop_quit (waiting->loop);

  return G_SOURCE_REMOVE;
}

/**
 * cr_test_communicate:
 * @input: (nullable): for its standard input, when that is a pipe
 * @seconds: how long it may run; 0: no limit
 * @out: (out) (optional): its standard output, when that is a pipe
 * @err: (out) (optional): its standard error, likewise
 *
 * Waits for @process to end, at most @seconds, writing @input to it and
 * reading what it writes.
 *
 * Returns: %FALSE when it was still running (it is ended then)
 */
gboolean
cr_test_communicate (GSubprocess  *process,
                     GBytes       *input,
                     guint         seconds,
                     GBytes      **out,
                     GBytes      **err)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GSource) timeout = NULL;
  Waiting waiting = { NULL, NULL, NULL, NULL, FALSE, FALSE };

  g_main_context_push_thread_default (context);
  waiting.loop = g_main_loop_new (context, FALSE);
  g_subprocess_communicate_async (process, input, NULL, communicated_cb, &waiting);
  if (seconds > 0)
    {
      timeout = g_timeout_source_new_seconds (seconds);
      g_source_set_callback (timeout, timed_out_cb, &waiting, NULL);
      g_source_attach (timeout, context);
    }
  g_main_loop_run (waiting.loop);
  if (timeout != NULL)
    g_source_destroy (timeout);

  if (!waiting.done)
    {
      g_subprocess_force_exit (process);
      while (!waiting.done)
        g_main_context_iteration (context, TRUE);
    }
  g_main_context_pop_thread_default (context);
  g_main_loop_unref (waiting.loop);

  if (g_error_matches (waiting.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_clear_error (&waiting.error);
  g_assert_no_error (waiting.error);
  g_subprocess_wait (process, NULL, NULL);

  if (out != NULL)
    *out = g_steal_pointer (&waiting.out);
  if (err != NULL)
    *err = g_steal_pointer (&waiting.err);
  g_clear_pointer (&waiting.out, g_bytes_unref);
  g_clear_pointer (&waiting.err, g_bytes_unref);

  return !waiting.timed_out;
}

static char *
bytes_to_string (GBytes   *bytes,
                 gsize    *length,
                 gboolean  any_bytes)
{
  gsize size = 0;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;
  char *text;

  if (!any_bytes && !g_utf8_validate_len (data, size, NULL))
    g_error ("not UTF-8: %.*s", (int) size, data);
  if (length != NULL)
    *length = size;
  text = g_malloc (size + 1);
  if (size > 0)
    memcpy (text, data, size);
  text[size] = '\0';

  return text;
}

/**
 * cr_test_launcher_new:
 * @env: (nullable): NAME=VALUE to set, NAME alone to unset, after the
 *   defaults
 *
 * Returns: (transfer full): a launcher for creator-role with no display in
 *   its environment and LANGUAGE empty, then @env
 */
GSubprocessLauncher *
cr_test_launcher_new (GSubprocessFlags    flags,
                      const char * const *env)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (flags);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "", TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      const char *equals = strchr (env[i], '=');

      if (equals != NULL)
        {
          g_autofree char *name = g_strndup (env[i], equals - env[i]);

          g_subprocess_launcher_setenv (launcher, name, equals + 1, TRUE);
        }
      else
        g_subprocess_launcher_unsetenv (launcher, env[i]);
    }

  return launcher;
}

/**
 * cr_test_runv:
 * @options: (nullable): how; %NULL, every field zero
 * @args: the arguments, NULL-terminated, without the program
 *
 * Runs creator-role (CR_EXECUTABLE) to its end, with no display in its
 * environment and in English, and fills @run in.
 */
void
cr_test_runv (CrTestRun              *run,
              const CrTestRunOptions *options,
              const char * const     *args)
{
  static const CrTestRunOptions defaults = { 0 };
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) stdin_bytes = NULL;
  g_autoptr(GBytes) stdout_bytes = NULL;
  g_autoptr(GBytes) stderr_bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *input;

  if (options == NULL)
    options = &defaults;
  input = options->input != NULL ? options->input : "";
  stdin_bytes = g_bytes_new (input, options->input_length > 0 ? options->input_length
                                                               : strlen (input));

  if (options->script != NULL)
    {
      g_ptr_array_add (argv, (char *) "/bin/sh");
      g_ptr_array_add (argv, (char *) "-c");
      g_ptr_array_add (argv, (char *) options->script);
    }
  g_ptr_array_add (argv, (char *) g_getenv ("CR_EXECUTABLE"));
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = cr_test_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                   (options->stdout_fd != 0 ? 0 : G_SUBPROCESS_FLAGS_STDOUT_PIPE) |
                                   G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                   options->env);
  if (options->stdout_fd != 0)
    g_subprocess_launcher_take_stdout_fd (launcher, options->stdout_fd);
  if (options->cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, options->cwd);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  if (!cr_test_communicate (process, stdin_bytes, options->hang_seconds, &stdout_bytes,
                            &stderr_bytes))
    g_error ("“%s” did not end within %u s",
             options->script != NULL ? options->script : g_getenv ("CR_EXECUTABLE"),
             options->hang_seconds);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  run->out = bytes_to_string (stdout_bytes, &run->out_length, options->any_bytes);
  run->err = bytes_to_string (stderr_bytes, NULL, options->any_bytes);
  if (options->script != NULL)
    g_test_message ("%s: status %d, %s", options->script, run->status, run->err);
}

/**
 * cr_test_run:
 * @first_arg: (nullable): the first argument, then the others, then %NULL
 *
 * cr_test_runv() with the arguments given one by one.
 */
void
cr_test_run (CrTestRun              *run,
             const CrTestRunOptions *options,
             const char             *first_arg,
             ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  cr_test_runv (run, options, (const char * const *) args->pdata);
}
