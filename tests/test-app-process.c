/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-app-process.c: the real app, run as a process, ended and confused
 * as a user's system ends and confuses it
 *
 * Each test starts `creator-role` on a private session bus of its own
 * (dbus-daemon --session), on the display the suite runs on (Xvfb), with
 * state, settings and data folders of its own, and answers through the
 * widgets with xdotool, as a person would with the keyboard: Enter on the
 * welcome page, a number key to choose, Enter to go on. What is checked is
 * what the user would find: whether a window appeared, the draft and the
 * files beside it on disk, whether the window still answers.
 *
 * When the tests run as root, the app and everything the tests talk to it
 * with run as an unprivileged user, as apps do: root reads files a user
 * cannot.
 *
 * Nothing here waits a fixed time: every wait is for a condition, with a
 * generous limit, so that a loaded machine makes the tests slow, not
 * failing.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-questionnaire.h"
#include "cr-result.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"

/* Longer than anything takes on a loaded machine. */
#define WAIT_SECONDS 60

/* Who the app runs as when the tests run as root. */
#define NOBODY 65534

#define APP_PATH "/io/github/creatorrole/CreatorRole"

typedef struct
{
  char *root;
  char *state_dir;
  char *folder;
  char *draft;
  char *xauthority;
  /* Every process started, ended at tear-down if still running. */
  GPtrArray *processes;
} Fixture;

typedef struct
{
  GSubprocess *daemon;
  char *address;
} Bus;

static void
become_app_user (gpointer user_data G_GNUC_UNUSED)
{
  /* Between fork() and exec(): only what is safe there. */
  if (geteuid () == 0 && (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 ||
                          setuid (NOBODY) != 0))
    _exit (126);

  /* Ended with the test, should it fail half way: nothing is left
   * running, holding the test's output open. After setuid(), which
   * clears it. */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static void
give_to_app_user (const char *path)
{
  if (geteuid () == 0)
    g_assert_no_errno (lchown (path, NOBODY, NOBODY));
}

static char *
make_folder (Fixture    *fixture,
             const char *name)
{
  char *path = g_build_filename (fixture->root, name, NULL);

  g_assert_no_errno (g_mkdir_with_parents (path, 0700));
  give_to_app_user (path);

  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;
  const char *xauthority = g_getenv ("XAUTHORITY");

  fixture->root = g_dir_make_tmp ("cr-app-process-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_chmod (fixture->root, 0755));
  give_to_app_user (fixture->root);
  fixture->state_dir = make_folder (fixture, "state");
  fixture->folder = g_build_filename (fixture->state_dir, "creator-role", NULL);
  fixture->draft = g_build_filename (fixture->folder, "draft.json", NULL);
  g_free (make_folder (fixture, "config"));
  g_free (make_folder (fixture, "data"));
  g_free (make_folder (fixture, "cache"));
  g_free (make_folder (fixture, "runtime"));
  g_free (make_folder (fixture, "home"));
  fixture->processes = g_ptr_array_new_with_free_func (g_object_unref);

  /* The display's key, readable by the app's user. */
  if (xauthority != NULL && g_file_test (xauthority, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (xauthority, &contents, &length, &error));
      fixture->xauthority = g_build_filename (fixture->root, "Xauthority", NULL);
      g_assert_true (g_file_set_contents_full (fixture->xauthority, contents, (gssize) length,
                                               G_FILE_SET_CONTENTS_NONE, 0600, &error));
      give_to_app_user (fixture->xauthority);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data G_GNUC_UNUSED)
{
  for (guint i = 0; i < fixture->processes->len; i++)
    {
      GSubprocess *process = g_ptr_array_index (fixture->processes, i);

      if (g_subprocess_get_identifier (process) != NULL)
        {
          g_subprocess_force_exit (process);
          g_subprocess_wait (process, NULL, NULL);
        }
    }
  g_ptr_array_unref (fixture->processes);

  cr_test_remove_tree (fixture->root);
  g_free (fixture->root);
  g_free (fixture->state_dir);
  g_free (fixture->folder);
  g_free (fixture->draft);
  g_free (fixture->xauthority);
}

/* The environment of everything started: the bus, the app, the tools that
 * talk to it. */
static GSubprocessLauncher *
new_launcher (Fixture          *fixture,
              const Bus        *bus,
              GSubprocessFlags  flags)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (flags);
  static const struct
  {
    const char *variable;
    const char *folder;
  } folders[] = {
    { "XDG_STATE_HOME", "state" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_RUNTIME_DIR", "runtime" },
    { "HOME", "home" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = g_build_filename (fixture->root, folders[i].folder, NULL);

      g_subprocess_launcher_setenv (launcher, folders[i].variable, path, TRUE);
    }
  if (bus != NULL)
    g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", bus->address, TRUE);
  if (fixture->xauthority != NULL)
    g_subprocess_launcher_setenv (launcher, "XAUTHORITY", fixture->xauthority, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "x11", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", "cairo", TRUE);
  /* No OpenGL probe (GTK 4.16 and later; GDK_DEBUG=gl-disable before). */
  g_subprocess_launcher_setenv (launcher, "GDK_DISABLE", "gl", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "", TRUE);
  /* The test's own: a warning of the display's libraries must not end the
   * app. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  g_subprocess_launcher_set_cwd (launcher, fixture->root);
  g_subprocess_launcher_set_child_setup (launcher, become_app_user, NULL, NULL);

  return launcher;
}

static GSubprocess *
spawn_full (Fixture            *fixture,
            const Bus          *bus,
            GSubprocessFlags    flags,
            const char         *stderr_path,
            const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = new_launcher (fixture, bus, flags);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  /* The app's log, its informational messages included: everything
   * goes to one file, in the order it was said. */
  if (stderr_path != NULL)
    {
      g_subprocess_launcher_set_flags (launcher,
                                       (flags & ~G_SUBPROCESS_FLAGS_STDOUT_SILENCE) |
                                       G_SUBPROCESS_FLAGS_STDERR_MERGE);
      g_subprocess_launcher_set_stdout_file_path (launcher, stderr_path);
      g_subprocess_launcher_setenv (launcher, "G_MESSAGES_DEBUG", "CreatorRole", TRUE);
    }
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_ptr_array_add (fixture->processes, g_object_ref (process));

  return process;
}

static GSubprocess *
spawn (Fixture            *fixture,
       const Bus          *bus,
       GSubprocessFlags    flags,
       const char * const *argv)
{
  return spawn_full (fixture, bus, flags, NULL, argv);
}

/* Waits for @process to end, at most @seconds; its standard output, when
 * piped, goes to @out.
 *
 * Returns: %FALSE when it was still running (it is ended then) */
static gboolean
wait_process (GSubprocess  *process,
              guint         seconds,
              char        **out)
{
  g_autoptr(GBytes) bytes = NULL;
  gboolean ended = cr_test_communicate (process, NULL, seconds, &bytes, NULL);

  if (out != NULL && bytes != NULL)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      /* An empty GBytes has no data at all. */
      *out = g_strndup (size > 0 ? data : "", size);
    }
  else if (out != NULL)
    *out = NULL;

  return ended;
}

/* Runs a tool to its end, at most WAIT_SECONDS.
 *
 * Returns: its exit status; its output in @out */
static int
run_tool (Fixture            *fixture,
          const Bus          *bus,
          char              **out,
          const char * const *argv)
{
  g_autoptr(GSubprocess) process = spawn (fixture, bus,
                                          G_SUBPROCESS_FLAGS_STDOUT_PIPE, argv);

  if (!wait_process (process, WAIT_SECONDS, out))
    g_error ("%s did not end within %d s", argv[0], WAIT_SECONDS);
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

static void
require_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  /* Installed by build-aux/dev.sh: missing, the test fails. */
  if (path == NULL)
    g_error ("%s is not installed", name);
}

static void
bus_start (Fixture *fixture,
           Bus     *bus)
{
  const char * const argv[] = { "dbus-daemon", "--session", "--nofork", "--nopidfile",
                                "--print-address=1", NULL };
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;

  require_program ("dbus-daemon");
  bus->daemon = spawn (fixture, NULL, G_SUBPROCESS_FLAGS_STDOUT_PIPE, argv);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (bus->daemon));
  bus->address = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bus->address);
  g_test_message ("bus %s", bus->address);
}

static void
bus_clear (Bus *bus)
{
  g_subprocess_force_exit (bus->daemon);
  g_subprocess_wait (bus->daemon, NULL, NULL);
  g_clear_object (&bus->daemon);
  g_clear_pointer (&bus->address, g_free);
}

/* Starts the app; what it says on standard error goes to @stderr_path. */
static GSubprocess *
app_start (Fixture    *fixture,
           const Bus  *bus,
           const char *file,
           const char *stderr_path)
{
  const char * const argv[] = { g_getenv ("CR_EXECUTABLE"), file, NULL };

  g_assert_nonnull (argv[0]);

  return spawn_full (fixture, bus, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, stderr_path, argv);
}

/* The app's visible windows, as the X server has them. */
static GStrv
app_windows (Fixture     *fixture,
             const Bus   *bus,
             GSubprocess *app)
{
  const char *pid = g_subprocess_get_identifier (app);
  const char * const argv[] = { "xdotool", "search", "--onlyvisible", "--pid", pid, NULL };
  g_autofree char *out = NULL;

  g_assert_nonnull (pid);
  run_tool (fixture, bus, &out, argv);

  return g_strsplit_set (g_strstrip (out), "\n", -1);
}

/* Waits for the app to show at least @n windows.
 *
 * Returns: (transfer full) (nullable): the first one's X id, or %NULL when
 *   the app ended first */
static char *
app_wait_windows (Fixture     *fixture,
                  const Bus   *bus,
                  GSubprocess *app,
                  guint        n)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  require_program ("xdotool");

  for (;;)
    {
      g_auto(GStrv) windows = NULL;

      if (g_subprocess_get_identifier (app) == NULL)
        return NULL;

      windows = app_windows (fixture, bus, app);
      if (windows[0] != NULL && *windows[0] != '\0' && g_strv_length (windows) >= n)
        return g_strdup (windows[0]);

      if (g_get_monotonic_time () > deadline)
        g_error ("the app showed no window within %d s", WAIT_SECONDS);
      /* Polling: the server has nothing to wait on. */
      g_usleep (G_USEC_PER_SEC / 10);
    }
}

/* Starts the app and waits for its window.
 *
 * Several test runs share the machine, each with its own Xvfb, and
 * `xvfb-run -a` can hand two of them the same display number: a start
 * that fails because the display cannot be opened, before any of the
 * app's own code ran, is tried again, twice at most. Any other end before
 * a window appears fails the test, with what the app said. */
static GSubprocess *
app_launch_file (Fixture    *fixture,
                 const Bus  *bus,
                 const char *file,
                 char      **window,
                 char      **log_path)
{
  for (guint attempt = 1;; attempt++)
    {
      g_autofree char *log = g_strdup_printf ("%s/app-%u.log", fixture->root,
                                              fixture->processes->len);
      g_autofree char *said = NULL;
      GSubprocess *app = app_start (fixture, bus, file, log);

      if ((*window = app_wait_windows (fixture, bus, app, 1)) != NULL)
        {
          if (log_path != NULL)
            *log_path = g_steal_pointer (&log);
          return app;
        }

      g_subprocess_wait (app, NULL, NULL);
      g_file_get_contents (log, &said, NULL, NULL);
      /* Xvfb refusing a client now and then: GTK 4 says "Failed to open
       * display", older GTK "cannot open display". */
      if (attempt < 3 && said != NULL &&
          (strstr (said, "cannot open display") != NULL ||
           strstr (said, "Failed to open display") != NULL))
        {
          g_test_message ("the display could not be opened; again (%u): %s", attempt, said);
          continue;
        }
      g_error ("the app ended before it showed a window: %s", said != NULL ? said : "");
    }
}

static GSubprocess *
app_launch (Fixture    *fixture,
            const Bus  *bus,
            char      **window)
{
  return app_launch_file (fixture, bus, NULL, window, NULL);
}

/* Waits until the app's log, at @log_path, says @text. */
static gboolean
app_wait_log (const char *log_path,
              const char *text)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *said = NULL;

      if (g_file_get_contents (log_path, &said, NULL, NULL) && strstr (said, text) != NULL)
        return TRUE;
      g_usleep (G_USEC_PER_SEC / 10);
    }

  return FALSE;
}

/* Gives @window the keyboard and types @keys (xdotool key names). */
static void
app_type (Fixture            *fixture,
          const Bus          *bus,
          const char         *window,
          const char * const *keys)
{
  const char * const focus[] = { "xdotool", "windowfocus", "--sync", window, NULL };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_assert_cmpint (run_tool (fixture, bus, NULL, focus), ==, 0);

  g_ptr_array_add (argv, (char *) "xdotool");
  g_ptr_array_add (argv, (char *) "key");
  g_ptr_array_add (argv, (char *) "--clearmodifiers");
  for (guint i = 0; keys[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) keys[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_cmpint (run_tool (fixture, bus, NULL, (const char * const *) argv->pdata), ==, 0);
}

/* A call the app answers from its main loop: once it returns, the app has
 * dealt with what came before it, keys included, and it is not blocked.
 *
 * Returns: whether it answered within 20 s */
static gboolean
app_answers (Fixture   *fixture,
             const Bus *bus)
{
  const char * const argv[] = { "gdbus", "call", "--session", "--dest", APP_ID,
                                "--object-path", APP_PATH, "--timeout", "20",
                                "--method", "org.gtk.Actions.DescribeAll", NULL };

  return run_tool (fixture, bus, NULL, argv) == 0;
}

/* Sends @signal_number and waits for the app to end. */
static void
app_end (GSubprocess *app,
         int          signal_number)
{
  g_subprocess_send_signal (app, signal_number);
  if (!wait_process (app, WAIT_SECONDS, NULL))
    g_error ("the app did not end within %d s of signal %d", WAIT_SECONDS, signal_number);
  g_assert_true (g_subprocess_get_if_exited (app));
  g_assert_cmpint (g_subprocess_get_exit_status (app), ==, 0);
}

/* Quits as Ctrl+Q does (app.quit, here through the app's D-Bus actions,
 * which a modal dialog does not stop), and waits for the app to end. */
static void
app_quit (Fixture     *fixture,
          const Bus   *bus,
          GSubprocess *app)
{
  const char * const argv[] = { "gdbus", "call", "--session", "--dest", APP_ID,
                                "--object-path", APP_PATH, "--timeout", "20",
                                "--method", "org.gtk.Actions.Activate", "quit", "[]", "{}",
                                NULL };

  /* The app may be gone before it answers: the call's status says
   * nothing. */
  run_tool (fixture, bus, NULL, argv);
  if (!wait_process (app, WAIT_SECONDS, NULL))
    g_error ("the app did not end within %d s of app.quit", WAIT_SECONDS);
  g_assert_true (g_subprocess_get_if_exited (app));
  g_assert_cmpint (g_subprocess_get_exit_status (app), ==, 0);
}

/* The answers in @path, or %NULL while it cannot be read. */
static CrAnswers *
load_answers (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return cr_document_load (file, NULL, NULL);
}

/* Waits until @path holds answers in which question @q has option @option
 * (see cr_answers_get_choice()). */
static void
wait_for_choice (const char *path,
                 guint       q,
                 int         option)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(CrAnswers) answers = load_answers (path);

      if (answers != NULL && cr_answers_get_choice (answers, q) == option)
        return;
      if (g_get_monotonic_time () > deadline)
        g_error ("%s did not get option %d of question %u within %d s", path, option, q + 1,
                 WAIT_SECONDS);
      g_usleep (G_USEC_PER_SEC / 20);
    }
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length,
            int         mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, mode, &error);
  g_assert_no_error (error);
  give_to_app_user (path);
}

static char *
write_draft (Fixture    *fixture,
             const char *answers,
             gsize      *length)
{
  g_autoptr(CrAnswers) parsed = cr_test_answers_new (answers);
  g_autoptr(CrResult) result = cr_score (parsed);
  char *data = cr_document_to_data (parsed, result, "en", NULL, TRUE, length);

  g_assert_no_errno (g_mkdir_with_parents (fixture->folder, 0700));
  give_to_app_user (fixture->folder);
  write_file (fixture->draft, data, (gssize) *length, 0600);

  return data;
}

static void
assert_bytes (const char *path,
              const char *expected,
              gsize       length)
{
  g_autofree char *contents = NULL;
  gsize actual;

  g_assert_true (g_file_get_contents (path, &contents, &actual, NULL));
  g_assert_cmpmem (contents, actual, expected, length);
}

/* The one file in the draft's folder whose name starts with @prefix. */
static char *
find_beside (Fixture    *fixture,
             const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  char *found = NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_assert_null (found);
        found = g_build_filename (fixture->folder, name, NULL);
      }

  return found;
}

static const char * const start_and_answer_first[] = { "Return", "1", "Return", NULL };
static const char * const answer_second[] = { "2", NULL };

/* SIGTERM, SIGINT or SIGHUP half a second after an answer: the draft holds
 * it. (The draft was written only once the answers had been still for
 * half a second, and the signal ended the app before.) */
static void
test_signal (Fixture       *fixture,
             gconstpointer  data)
{
  int signal_number = GPOINTER_TO_INT (data);
  g_autoptr(CrAnswers) first = NULL;
  g_autoptr(CrAnswers) last = NULL;
  g_autofree char *window = NULL;
  GSubprocess *app;
  Bus bus = { NULL, NULL };

  bus_start (fixture, &bus);
  app = app_launch (fixture, &bus, &window);

  /* Start, the first option of question 1, on to question 2; written. */
  app_type (fixture, &bus, window, start_and_answer_first);
  wait_for_choice (fixture->draft, 0, 0);
  first = load_answers (fixture->draft);
  g_assert_false (cr_answers_is_answered (first, 1));

  /* The second option of question 2, and the signal at once. */
  app_type (fixture, &bus, window, answer_second);
  for (guint i = 0; i < 3; i++)
    g_assert_true (app_answers (fixture, &bus));
  app_end (app, signal_number);

  last = load_answers (fixture->draft);
  g_assert_nonnull (last);
  g_assert_cmpint (cr_answers_get_choice (last, 0), ==, 0);
  g_assert_cmpint (cr_answers_get_choice (last, 1), ==, 1);
  g_assert_cmpuint (cr_answers_get_n_answered (last), ==, 2);

  bus_clear (&bus);
}

/* A named pipe where the draft lives, with a writer that never writes: the
 * window appears (opening or reading the pipe blocked before any window
 * did), and the pipe is moved aside as it was. */
static void
test_draft_fifo (Fixture       *fixture,
                 gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *window = NULL;
  g_autofree char *aside = NULL;
  struct stat before, after;
  GSubprocess *app;
  Bus bus = { NULL, NULL };
  int reader, writer;

  g_assert_no_errno (g_mkdir_with_parents (fixture->folder, 0700));
  give_to_app_user (fixture->folder);
  g_assert_no_errno (mkfifo (fixture->draft, 0600));
  give_to_app_user (fixture->draft);
  reader = g_open (fixture->draft, O_RDONLY | O_NONBLOCK, 0);
  writer = g_open (fixture->draft, O_WRONLY, 0);
  g_assert_cmpint (writer, >=, 0);
  close (reader);
  g_assert_no_errno (g_lstat (fixture->draft, &before));

  bus_start (fixture, &bus);
  app = app_launch (fixture, &bus, &window);
  g_assert_true (app_answers (fixture, &bus));

  aside = find_beside (fixture, "draft.json.unreadable-");
  g_assert_nonnull (aside);
  g_assert_no_errno (g_lstat (aside, &after));
  g_assert_true (S_ISFIFO (after.st_mode));
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);

  /* The wizard works, and keeps its draft in the pipe's place. */
  app_type (fixture, &bus, window, start_and_answer_first);
  wait_for_choice (fixture->draft, 0, 0);
  app_quit (fixture, &bus, app);

  close (writer);
  bus_clear (&bus);
}

/* A draft the user cannot read (chmod 000): the welcome page shows, the
 * draft is set aside rather than replaced by the first answer, and it is
 * as it was, mode and bytes. */
static void
test_draft_unreadable (Fixture       *fixture,
                       gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *contents = NULL;
  g_autofree char *window = NULL;
  g_autofree char *aside = NULL;
  GSubprocess *app;
  Bus bus = { NULL, NULL };
  struct stat st;
  gsize length;

  contents = write_draft (fixture, cr_test_profiles[1].answers, &length);
  g_assert_no_errno (g_chmod (fixture->draft, 0));

  bus_start (fixture, &bus);
  app = app_launch (fixture, &bus, &window);
  app_type (fixture, &bus, window, start_and_answer_first);
  wait_for_choice (fixture->draft, 0, 0);
  app_quit (fixture, &bus, app);

  aside = find_beside (fixture, "draft.json.unreadable-");
  g_assert_nonnull (aside);
  g_assert_no_errno (g_stat (aside, &st));
  g_assert_cmpuint (st.st_mode & 0777, ==, 0);
  assert_bytes (aside, contents, length);

  bus_clear (&bus);
}

static const char newer_draft[] =
  "{\"format\": \"creator-role/result\", \"version\": 2, \"answers\": {\"brands\": \"one\"}}\n";

/* A draft of a newer Creator Role: kept as it is, byte for byte, while the
 * answers given here are kept beside it. */
static void
test_draft_newer (Fixture       *fixture,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *window = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(CrAnswers) answers = NULL;
  GSubprocess *app;
  Bus bus = { NULL, NULL };

  g_assert_no_errno (g_mkdir_with_parents (fixture->folder, 0700));
  give_to_app_user (fixture->folder);
  write_file (fixture->draft, newer_draft, -1, 0600);

  bus_start (fixture, &bus);
  app = app_launch (fixture, &bus, &window);
  app_type (fixture, &bus, window, start_and_answer_first);
  g_assert_true (app_answers (fixture, &bus));
  app_quit (fixture, &bus, app);

  assert_bytes (fixture->draft, newer_draft, strlen (newer_draft));
  g_assert_null (find_beside (fixture, "draft.json.corrupt-"));
  kept = find_beside (fixture, "draft.json.kept-");
  g_assert_nonnull (kept);
  answers = load_answers (kept);
  g_assert_nonnull (answers);
  g_assert_cmpint (cr_answers_get_choice (answers, 0), ==, 0);

  bus_clear (&bus);
}

/* `creator-role PIPE` sent to the running app: the app says it cannot open
 * it, and its window still answers (opening the pipe froze it). */
static void
test_open_fifo (Fixture       *fixture,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *pipe = g_build_filename (fixture->root, "answers.json", NULL);
  g_autofree char *window = NULL;
  g_autoptr(GSubprocess) remote = NULL;
  g_autofree char *log = NULL;
  g_autofree char *said = NULL;
  GSubprocess *app;
  Bus bus = { NULL, NULL };

  g_assert_no_errno (mkfifo (pipe, 0666));
  give_to_app_user (pipe);

  bus_start (fixture, &bus);
  app = app_launch_file (fixture, &bus, NULL, &window, &log);

  /* The second start hands the file to the first and ends. */
  remote = g_object_ref (app_start (fixture, &bus, pipe, NULL));
  if (!wait_process (remote, WAIT_SECONDS, NULL))
    g_error ("creator-role %s did not end within %d s", pipe, WAIT_SECONDS);

  /* An alert on the window, which the log repeats, and the app answers. */
  if (!app_wait_log (log, "Cannot Open the File: "))
    {
      g_file_get_contents (log, &said, NULL, NULL);
      g_error ("the app did not say it cannot open %s: %s", pipe, said != NULL ? said : "");
    }
  g_assert_true (app_answers (fixture, &bus));
  g_assert_true (g_file_test (pipe, G_FILE_TEST_EXISTS));

  app_quit (fixture, &bus, app);
  bus_clear (&bus);
}

/* Two Creator Roles on two session buses, sharing the home folder: the
 * second one neither resumes the first one's draft nor writes over it; its
 * own answers are kept beside it. The first one goes on as if alone. */
static void
test_two_instances (Fixture       *fixture,
                    gconstpointer  data G_GNUC_UNUSED)
{
  static const char * const resume_and_answer_second[] = { "Return", "2", NULL };
  static const char * const start_and_answer_third[] = { "Return", "3", NULL };
  static const char * const answer_then_next[] = { "Return", "1", NULL };
  g_autofree char *before = NULL;
  g_autofree char *first_window = NULL;
  g_autofree char *second_window = NULL;
  g_autofree char *a_draft = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(CrAnswers) a_answers = NULL;
  g_autoptr(CrAnswers) b_answers = NULL;
  g_autoptr(CrAnswers) final = NULL;
  GSubprocess *first, *second;
  Bus bus_a = { NULL, NULL };
  Bus bus_b = { NULL, NULL };
  gsize length;

  /* Question 1 answered with its first option. */
  before = write_draft (fixture, "compensation=none", &length);

  bus_start (fixture, &bus_a);
  bus_start (fixture, &bus_b);
  g_assert_cmpstr (bus_a.address, !=, bus_b.address);

  /* The first resumes, and answers question 2. */
  first = app_launch (fixture, &bus_a, &first_window);
  app_type (fixture, &bus_a, first_window, resume_and_answer_second);
  wait_for_choice (fixture->draft, 1, 1);
  g_assert_true (g_file_get_contents (fixture->draft, &a_draft, &length, NULL));

  /* The second starts afresh and answers question 1 otherwise. */
  second = app_launch (fixture, &bus_b, &second_window);
  app_type (fixture, &bus_b, second_window, start_and_answer_third);
  g_assert_true (app_answers (fixture, &bus_b));
  app_quit (fixture, &bus_b, second);

  /* The first one's draft is as it wrote it; the second one's answers are
   * beside it. */
  assert_bytes (fixture->draft, a_draft, length);
  kept = find_beside (fixture, "draft.json.kept-");
  g_assert_nonnull (kept);
  b_answers = load_answers (kept);
  g_assert_nonnull (b_answers);
  g_assert_cmpint (cr_answers_get_choice (b_answers, 0), ==, 2);
  g_assert_cmpuint (cr_answers_get_n_answered (b_answers), ==, 1);

  /* The first goes on: question 3, and its draft has all three. */
  app_type (fixture, &bus_a, first_window, answer_then_next);
  g_assert_true (app_answers (fixture, &bus_a));
  app_quit (fixture, &bus_a, first);
  final = load_answers (fixture->draft);
  g_assert_nonnull (final);
  g_assert_cmpint (cr_answers_get_choice (final, 0), ==, 0);
  g_assert_cmpint (cr_answers_get_choice (final, 1), ==, 1);
  g_assert_cmpint (cr_answers_get_choice (final, 2), ==, 0);

  bus_clear (&bus_a);
  bus_clear (&bus_b);
}

/* Types @keys (xdotool key names) where the keyboard is. */
static void
type_keys (Fixture            *fixture,
           const Bus          *bus,
           const char * const *keys)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *) "xdotool");
  g_ptr_array_add (argv, (char *) "key");
  g_ptr_array_add (argv, (char *) "--clearmodifiers");
  for (guint i = 0; keys[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) keys[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_cmpint (run_tool (fixture, bus, NULL, (const char * const *) argv->pdata), ==, 0);
}

/* The X id of the app's window called @name, or %NULL. */
static char *
app_find_window_named (Fixture     *fixture,
                       const Bus   *bus,
                       GSubprocess *app,
                       const char  *name)
{
  const char * const argv[] = { "xdotool", "search", "--onlyvisible", "--pid",
                                g_subprocess_get_identifier (app), "--name", name, NULL };
  g_autofree char *out = NULL;

  if (run_tool (fixture, bus, &out, argv) != 0 || *g_strstrip (out) == '\0')
    return NULL;

  return g_strdup (out);
}

typedef gboolean (*Condition) (gpointer user_data);

static void
wait_until (Condition   condition,
            gpointer    user_data,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (user_data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("%s did not happen within %d s", what, WAIT_SECONDS);
      g_usleep (G_USEC_PER_SEC / 20);
    }
}

static gboolean
file_holds (gpointer user_data)
{
  const char * const *what = user_data;
  g_autofree char *contents = NULL;

  return g_file_get_contents (what[0], &contents, NULL, NULL) && strstr (contents, what[1]) != NULL;
}

static gboolean
file_is_gone (gpointer user_data)
{
  return !g_file_test (user_data, G_FILE_TEST_EXISTS);
}

/* The new files of saves to @name, in @folder: .NAME.cr-PID-XXXXXX. */
static guint
count_temporaries (const char *folder,
                   const char *name,
                   goffset    *size)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.cr-", name);
  g_autofree char *glib_prefix = g_strdup_printf ("%s.", name);
  const char *entry;
  guint n = 0;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (entry, prefix) || g_str_has_prefix (entry, glib_prefix))
      {
        g_autofree char *path = g_build_filename (folder, entry, NULL);
        struct stat st;

        if (size != NULL && g_stat (path, &st) == 0)
          *size = st.st_size;
        n++;
      }

  return n;
}

typedef struct
{
  const char *folder;
  const char *name;
} Beside;

static gboolean
export_under_way (gpointer user_data)
{
  const Beside *beside = user_data;
  goffset size = 0;

  return count_temporaries (beside->folder, beside->name, &size) == 1 && size > 0;
}

typedef struct
{
  Fixture     *fixture;
  const Bus   *bus;
  GSubprocess *app;
  guint        n;
} Windows;

static gboolean
has_windows (gpointer user_data)
{
  Windows *windows = user_data;
  g_auto(GStrv) ids = app_windows (windows->fixture, windows->bus, windows->app);

  return g_strv_length (ids) >= windows->n && *ids[0] != '\0';
}

typedef struct
{
  Fixture     *fixture;
  const Bus   *bus;
  GSubprocess *app;
  const char  *name;
} Named;

static gboolean
has_window_named (gpointer user_data)
{
  Named *named = user_data;
  g_autofree char *id = app_find_window_named (named->fixture, named->bus, named->app,
                                               named->name);

  return id != NULL;
}

/* A roster of @n creators, as CSV. */
static char *
make_roster (guint n)
{
  GString *csv = g_string_new ("name,compensation,agreement,brands,exclusivity\n");
  static const char * const compensation[] = { "none", "gifts", "per-campaign", "retainer" };
  static const char * const agreement[] = { "none", "per-campaign", "long-term" };
  static const char * const brands[] = { "none", "one", "few", "many" };
  static const char * const exclusivity[] = { "never", "depends", "yes" };

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "Creator %u,%s,%s,%s,%s\n", i, compensation[i % 4],
                            agreement[i % 3], brands[(i / 4) % 4], exclusivity[(i / 3) % 3]);

  return g_string_free (csv, FALSE);
}

/* A signal while a roster of 100,000 creators is exported as JSON Lines
 * over an earlier export (some 300 MB, several seconds): the app stops
 * the export and ends; the earlier file is as it was, nothing is left
 * beside it, and the next start says so, once. The export is asked for as
 * a person would: the Export menu from the keyboard (Ctrl+F to the search
 * entry, Shift+Tab back to the Export button), its JSON Lines item, the
 * file's name typed in the dialog, Enter, Enter to replace. */
static void
test_export_signal (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char previous[] = "{\"the\": \"export of last week\"}\n";
  static const char * const open_export_menu[] = { "ctrl+f", "shift+Tab", "Return", NULL };
  static const char * const json_lines_item[] = { "j", NULL };
  static const char * const select_name[] = { "ctrl+a", NULL };
  static const char * const confirm[] = { "Return", NULL };
  int signal_number = GPOINTER_TO_INT (data);
  g_autofree char *roster = make_roster (100000);
  g_autofree char *roster_path = g_build_filename (fixture->root, "r.csv", NULL);
  g_autofree char *target = g_build_filename (fixture->root, "r-results.jsonl", NULL);
  g_autofree char *recent = g_build_filename (fixture->root, "data", "recently-used.xbel", NULL);
  g_autofree char *note = g_build_filename (fixture->folder, "stopped-exports", NULL);
  g_autofree char *target_uri = NULL;
  g_autofree char *window = NULL;
  g_autofree char *chooser_window = NULL;
  g_autofree char *second_window = NULL;
  g_autofree char *second_log = NULL;
  g_autofree char *said = NULL;
  g_autofree char *noted = NULL;
  const char *recent_holds[] = { recent, "r.csv" };
  const char *log_holds[2];
  Beside beside = { fixture->root, "r-results.jsonl" };
  Windows windows;
  Named chooser;
  GSubprocess *app, *second;
  Bus bus = { NULL, NULL };

  write_file (roster_path, roster, -1, 0644);
  write_file (target, previous, -1, 0644);
  target_uri = g_filename_to_uri (target, NULL, NULL);

  bus_start (fixture, &bus);
  app = app_launch_file (fixture, &bus, roster_path, &window, NULL);

  /* Read (the app adds a roster to the recent files once it is), so that
   * Export is on. */
  wait_until (file_holds, recent_holds, "reading the roster");

  g_assert_cmpint (run_tool (fixture, &bus, NULL,
                             (const char * const[]) { "xdotool", "windowfocus", "--sync",
                                                      window, NULL }), ==, 0);
  type_keys (fixture, &bus, open_export_menu);
  g_assert_true (app_answers (fixture, &bus));
  type_keys (fixture, &bus, json_lines_item);
  chooser = (Named) { fixture, &bus, app, "Export as JSON Lines" };
  wait_until (has_window_named, &chooser, "the export dialog");
  chooser_window = app_find_window_named (fixture, &bus, app, chooser.name);

  /* The file's full name in place of the one offered. */
  g_assert_cmpint (run_tool (fixture, &bus, NULL,
                             (const char * const[]) { "xdotool", "windowfocus", "--sync",
                                                      chooser_window, NULL }), ==, 0);
  /* Once the app has caught up with the dialog (a key sent before would
   * go to the roster's window), all of the name offered is selected and
   * typed over. */
  g_assert_true (app_answers (fixture, &bus));
  type_keys (fixture, &bus, select_name);
  g_assert_true (app_answers (fixture, &bus));
  g_assert_cmpint (run_tool (fixture, &bus, NULL,
                             (const char * const[]) { "xdotool", "type", "--delay", "1", target,
                                                      NULL }), ==, 0);
  type_keys (fixture, &bus, confirm);
  /* "Replace it?" */
  windows = (Windows) { fixture, &bus, app, 3 };
  wait_until (has_windows, &windows, "the question whether to replace the file");
  type_keys (fixture, &bus, confirm);

  /* Written beside it, and the signal in the middle. */
  wait_until (export_under_way, &beside, "the export");
  app_end (app, signal_number);

  assert_bytes (target, previous, strlen (previous));
  g_assert_cmpuint (count_temporaries (fixture->root, "r-results.jsonl", NULL), ==, 0);
  g_assert_true (g_file_get_contents (note, &noted, NULL, NULL));
  g_assert_nonnull (strstr (noted, target_uri));

  /* The next start says so, and forgets it. */
  second = app_launch_file (fixture, &bus, NULL, &second_window, &second_log);
  wait_until (file_is_gone, note, "the note of the export being read");
  g_assert_true (app_answers (fixture, &bus));
  log_holds[0] = second_log;
  log_holds[1] = "The export to \u201cr-results.jsonl\u201d was stopped before it was finished; "
                 "the file was left as it was";
  wait_until (file_holds, log_holds, "the message of the export stopped");
  app_quit (fixture, &bus, second);
  g_assert_true (g_file_get_contents (second_log, &said, NULL, NULL));
  g_assert_null (strstr (strstr (said, log_holds[1]) + 1, log_holds[1]));
  assert_bytes (target, previous, strlen (previous));

  bus_clear (&bus);
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *name;
    int number;
  } signals[] = {
    { "term", SIGTERM },
    { "int", SIGINT },
    { "hup", SIGHUP },
  };

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/app/signal/%s", signals[i].name);

      g_test_add (path, Fixture, GINT_TO_POINTER (signals[i].number), fixture_set_up,
                  test_signal, fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/app/export-signal/%s", signals[i].name);

      g_test_add (path, Fixture, GINT_TO_POINTER (signals[i].number), fixture_set_up,
                  test_export_signal, fixture_tear_down);
    }
  g_test_add ("/app/draft/fifo", Fixture, NULL, fixture_set_up, test_draft_fifo,
              fixture_tear_down);
  g_test_add ("/app/draft/unreadable", Fixture, NULL, fixture_set_up, test_draft_unreadable,
              fixture_tear_down);
  g_test_add ("/app/draft/newer", Fixture, NULL, fixture_set_up, test_draft_newer,
              fixture_tear_down);
  g_test_add ("/app/open-fifo", Fixture, NULL, fixture_set_up, test_open_fifo,
              fixture_tear_down);
  g_test_add ("/app/two-instances", Fixture, NULL, fixture_set_up, test_two_instances,
              fixture_tear_down);

  return g_test_run ();
}
