/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-exit.c: what happens to a changed document when the app ends
 *
 * The close button, Ctrl+Q and the session's end ask before a changed
 * document goes; a signal (SIGTERM, SIGINT, SIGHUP) cannot ask, and keeps
 * the changes in a recovery file beside the document, which the next
 * opening of the document offers. Each test works the real windows inside
 * the real application with real keys (cr-test-window.c) and checks what a
 * user would see: the question asked, the windows left, the files on disk,
 * the answers the widgets show.
 *
 * Needs a display (Xvfb in CI); without one GTK cannot start and the test
 * fails rather than skips.
 */
#include "config.h"

#include <signal.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "cr-answer-row.h"
#include "cr-document.h"
#include "cr-questionnaire.h"
#include "cr-result-text.h"
#include "cr-result-page.h"
#include "cr-recovery.h"
#include "cr-session.h"
#include "cr-test-utils.h"
#include "cr-test-window.h"
#include "cr-window.h"

#define FIRST_ANSWERS "compensation=gifts agreement=none brands=few customer=yes-loyal"
#define SECOND_ANSWERS "compensation=retainer agreement=long-term brands=one customer=no"

/* Writes the answers of @spec as a saved result, for a test to open. */
static GFile *
write_document (const char *name,
                const char *spec)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (spec);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autofree char *path = g_build_filename (cr_test_get_state_dir (), name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  data = cr_document_to_data (answers, result, "en", NULL, TRUE, &length);
  g_assert_true (g_file_set_contents (path, data, length, NULL));

  return g_file_new_for_path (path);
}

static char *
read_file (GFile *file)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (g_file_peek_path (file), &contents, NULL, NULL));

  return g_steal_pointer (&contents);
}

/* The document's window, as opening it from a wizard's window with nothing
 * in it gives: the wizard's window takes it. */
static CrWindow *
open_document (GFile *file)
{
  CrWindow *window = cr_test_new_window ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cr_window_open_file (window, file, &error));
  g_assert_no_error (error);
  wait_idle ();
  g_assert_true (g_file_equal (cr_session_get_file (cr_window_get_session (window)), file));
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");

  return window;
}

/* Chooses @option_id for @question_id on the result page, as a click on
 * the answer's row and then its option does. */
static void
change_answer (CrWindow   *window,
               const char *question_id,
               const char *option_id)
{
  CrAnswerRow *row;
  guint q, o;

  g_assert_nonnull (cr_question_lookup_option (cr_questionnaire_lookup (question_id, &q),
                                            option_id, &o));
  row = CR_ANSWER_ROW (cr_test_answer_row (cr_test_result_page (window), q));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_idle ();
  gtk_widget_activate (cr_test_answer_option (row, o));
  wait_idle ();
  g_assert_cmpint (cr_answers_get_choice (cr_test_answers (window), q), ==, (int) o);
  g_assert_true (cr_session_get_modified (cr_window_get_session (window)));
}

static int
choice_in_file (GFile      *file,
                const char *question_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = cr_document_load (file, NULL, &error);
  guint q;

  g_assert_no_error (error);
  g_assert_nonnull (cr_questionnaire_lookup (question_id, &q));

  return cr_answers_get_choice (answers, q);
}

static int
option_index (const char *question_id,
              const char *option_id)
{
  guint q, o;

  g_assert_nonnull (cr_question_lookup_option (cr_questionnaire_lookup (question_id, &q),
                                            option_id, &o));

  return (int) o;
}

static void
weak_notify_cb (gpointer  user_data,
                GObject  *where_the_object_was G_GNUC_UNUSED)
{
  *(gboolean *) user_data = TRUE;
}

/* Save in "Save Changes?", after the close button: the file is written,
 * the window goes, and its alert goes before it (G_DEBUG=fatal-warnings
 * turns any warning of one left behind into a failure). */
static void
test_close_save (gconstpointer data)
{
  g_autoptr(GFile) file = write_document ("close-save.json", FIRST_ANSWERS);
  CrWindow *window;
  AdwAlertDialog *dialog;
  gboolean window_gone = FALSE;
  gboolean dialog_gone = FALSE;

  cr_test_clear_state ();
  window = open_document (file);
  change_answer (window, "brands", "none");
  /* As users have them, the alert then goes with an animation, which
   * would otherwise outlast the window; and without. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", GPOINTER_TO_INT (data),
                NULL);

  gtk_window_close (GTK_WINDOW (window));
  wait_idle ();
  dialog = cr_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, _("Save Changes?"));
  g_object_weak_ref (G_OBJECT (dialog), weak_notify_cb, &dialog_gone);
  /* Only the application keeps the window from here, as in the app. */
  g_object_weak_ref (G_OBJECT (window), weak_notify_cb, &window_gone);
  g_object_unref (window);

  cr_test_respond (GTK_WINDOW (window), _("_Save"));
  cr_test_wait_for (window_gone && dialog_gone);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_true (window_gone);
  g_assert_true (dialog_gone);
  g_assert_cmpint (choice_in_file (file, "brands"), ==, option_index ("brands", "none"));
}


static void
assert_bytes (GFile      *file,
              const char *expected)
{
  g_autofree char *contents = read_file (file);

  g_assert_cmpstr (contents, ==, expected);
}

static guint
count_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (cr_test_get_app ())));
}

/* The window, of @a and @b, that asks "Save Changes?"; the other asks
 * nothing. */
static CrWindow *
asking (CrWindow *a,
        CrWindow *b)
{
  AdwAlertDialog *in_a = cr_test_find_dialog (GTK_WINDOW (a));
  AdwAlertDialog *in_b = cr_test_find_dialog (GTK_WINDOW (b));
  AdwAlertDialog *dialog = in_a != NULL ? in_a : in_b;

  g_assert_true ((in_a == NULL) != (in_b == NULL));
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, _("Save Changes?"));

  return in_a != NULL ? a : b;
}

/* Ctrl+Q with two changed documents, one unchanged and the wizard open:
 * each changed one asks in turn, as its close button does; Cancel keeps
 * every window open and the files as they were; then Discard in one and
 * Save in the other close them, and the app's other windows close too. */
static void
test_quit_asks (void)
{
  g_autoptr(GFile) first_file = write_document ("quit-first.json", FIRST_ANSWERS);
  g_autoptr(GFile) second_file = write_document ("quit-second.json", SECOND_ANSWERS);
  g_autoptr(GFile) still_file = write_document ("quit-still.json", SECOND_ANSWERS);
  g_autofree char *first_bytes = read_file (first_file);
  g_autofree char *second_bytes = read_file (second_file);
  CrWindow *first, *second, *still, *wizard;
  CrWindow *asked, *other;
  GFile *asked_file, *other_file;

  cr_test_clear_state ();
  g_assert_cmpuint (count_windows (), ==, 0);
  first = open_document (first_file);
  second = open_document (second_file);
  still = open_document (still_file);
  wizard = cr_test_new_window ();
  change_answer (first, "brands", "none");
  change_answer (second, "customer", "yes-loyal");
  g_assert_cmpuint (count_windows (), ==, 4);

  /* Real keys, in the wizard's window. */
  cr_test_send_keys (GTK_WINDOW (wizard), "ctrl+q");
  cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (first)) != NULL ||
                    cr_test_find_dialog (GTK_WINDOW (second)) != NULL);
  asked = asking (first, second);
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (still)));
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (wizard)));
  /* Cancel: nothing closes, nothing is written, and nothing more asks. */
  cr_test_respond (GTK_WINDOW (asked), _("_Cancel"));
  wait_idle ();
  g_assert_cmpuint (count_windows (), ==, 4);
  for (CrWindow **w = (CrWindow *[]) { first, second, still, wizard, NULL }; *w != NULL; w++)
    {
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (*w)));
      g_assert_null (cr_test_find_dialog (GTK_WINDOW (*w)));
    }
  assert_bytes (first_file, first_bytes);
  assert_bytes (second_file, second_bytes);
  g_assert_true (cr_session_get_modified (cr_window_get_session (first)));
  g_assert_true (cr_session_get_modified (cr_window_get_session (second)));

  /* Again: one asks, Discard, and it goes; then the other asks. */
  cr_test_send_keys (GTK_WINDOW (still), "ctrl+q");
  cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (first)) != NULL ||
                    cr_test_find_dialog (GTK_WINDOW (second)) != NULL);
  asked = asking (first, second);
  other = asked == first ? second : first;
  asked_file = g_object_ref (cr_session_get_file (cr_window_get_session (asked)));
  other_file = g_object_ref (cr_session_get_file (cr_window_get_session (other)));
  cr_test_respond (GTK_WINDOW (asked), _("_Discard"));
  cr_test_wait_for (!gtk_widget_get_visible (GTK_WIDGET (asked)) &&
                    cr_test_find_dialog (GTK_WINDOW (other)) != NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (asked)));
  g_assert_cmpuint (count_windows (), ==, 3);
  g_assert_cmpstr (adw_alert_dialog_get_heading (cr_test_find_dialog (GTK_WINDOW (other))), ==,
                   _("Save Changes?"));
  assert_bytes (asked_file, asked == first ? first_bytes : second_bytes);

  /* Save: written, and then every window closes. */
  cr_test_respond (GTK_WINDOW (other), _("_Save"));
  cr_test_wait_for (count_windows () == 0);
  g_assert_cmpuint (count_windows (), ==, 0);
  if (other == first)
    g_assert_cmpint (choice_in_file (first_file, "brands"), ==, option_index ("brands", "none"));
  else
    g_assert_cmpint (choice_in_file (second_file, "customer"), ==,
                     option_index ("customer", "yes-loyal"));
  assert_bytes (asked_file, asked == first ? first_bytes : second_bytes);

  g_object_unref (asked_file);
  g_object_unref (other_file);
  for (CrWindow **w = (CrWindow *[]) { first, second, still, wizard, NULL }; *w != NULL; w++)
    g_assert_finalize_object (*w);
}

/* The session's end: the app registers with the session manager, and
 * query-end has the changed document ask, as Quit does, while the
 * unchanged one asks nothing and stays. */
static void
test_query_end (void)
{
  g_autoptr(GFile) changed_file = write_document ("end-changed.json", FIRST_ANSWERS);
  g_autoptr(GFile) still_file = write_document ("end-still.json", SECOND_ANSWERS);
  g_autofree char *bytes = read_file (changed_file);
  gboolean registers = FALSE;
  CrWindow *changed, *still;

  cr_test_clear_state ();
  g_object_get (cr_test_get_app (), "register-session", &registers, NULL);
  g_assert_true (registers);

  changed = open_document (changed_file);
  still = open_document (still_file);
  change_answer (changed, "brands", "none");

  g_signal_emit_by_name (cr_test_get_app (), "query-end");
  wait_idle ();
  g_assert_nonnull (cr_test_find_dialog (GTK_WINDOW (changed)));
  g_assert_cmpstr (adw_alert_dialog_get_heading (cr_test_find_dialog (GTK_WINDOW (changed))),
                   ==, _("Save Changes?"));
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (still)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (still)));

  /* Cancel keeps it, as it was. */
  cr_test_respond (GTK_WINDOW (changed), _("_Cancel"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (changed)));
  g_assert_true (cr_session_get_modified (cr_window_get_session (changed)));
  assert_bytes (changed_file, bytes);

  cr_test_close_window (changed);
  cr_test_close_window (still);
}

/* A signal: the changed document's answers go to its recovery file, the
 * document is left byte for byte, the wizard's answer not yet written
 * goes to the draft, and every window closes. Opened again, the document
 * offers the changes; Restore shows them in the window, as changes not
 * saved; Save writes them and removes the recovery file. */
static void
test_signal (gconstpointer data)
{
  int signal_number = GPOINTER_TO_INT (data);
  g_autoptr(GFile) file = write_document ("signal.json", FIRST_ANSWERS);
  g_autoptr(GFile) recovery = cr_recovery_file_for (file);
  g_autofree char *bytes = read_file (file);
  g_autofree char *draft_path = cr_test_draft_path ();
  g_autoptr(GFile) draft = g_file_new_for_path (draft_path);
  g_autofree char *recovery_name = g_file_get_basename (recovery);
  g_autoptr(CrAnswers) expected = cr_test_answers_new (FIRST_ANSWERS);
  g_autoptr(CrResult) expected_result = NULL;
  CrWindow *document, *wizard;
  AdwAlertDialog *dialog;
  guint brands;

  cr_test_clear_state ();
  g_assert_cmpstr (recovery_name, ==, ".signal.json.recovery");
  g_assert_false (g_file_query_exists (recovery, NULL));
  document = open_document (file);
  change_answer (document, "brands", "none");
  wizard = cr_test_new_window ();
  click (wizard, "win.start");
  gtk_widget_activate_action (GTK_WIDGET (wizard), "win.pick", "i", 2);
  /* The draft waits for the answers to be still: not written yet. */
  g_assert_false (g_file_query_exists (draft, NULL));

  g_assert_no_errno (raise (signal_number));
  cr_test_wait_for (count_windows () == 0);
  g_assert_cmpuint (count_windows (), ==, 0);

  assert_bytes (file, bytes);
  g_assert_true (g_file_query_exists (recovery, NULL));
  g_assert_cmpint (choice_in_file (recovery, "brands"), ==, option_index ("brands", "none"));
  g_assert_cmpint (choice_in_file (draft, cr_questionnaire_get_question (0)->id), ==, 1);
  g_assert_finalize_object (document);
  g_assert_finalize_object (wizard);

  /* Again, as at the next start, the wizard's window opens the document:
   * without the draft, which would have it open in a window of its own. */
  cr_test_clear_state ();
  document = open_document (file);
  dialog = cr_test_find_dialog (GTK_WINDOW (document));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, _("Restore Unsaved Changes?"));
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (dialog), "signal.json"));
  /* Nothing changed until asked. */
  g_assert_false (cr_session_get_modified (cr_window_get_session (document)));
  cr_test_respond (GTK_WINDOW (document), _("_Restore"));

  /* The widgets show the changed answer, as changes not saved. */
  g_assert_nonnull (cr_questionnaire_lookup ("brands", &brands));
  cr_answers_set_choice (expected, brands, option_index ("brands", "none"));
  expected_result = cr_score (expected);
  g_assert_true (cr_answers_equal (cr_test_answers (document), expected));
  g_assert_cmpstr (cr_test_result_heading (cr_test_result_page (document)), ==,
                   cr_result_get_title (expected_result));
  {
    g_autofree char *description = cr_result_describe_answer (expected_result, brands);
    GtkWidget *row = cr_test_answer_row (cr_test_result_page (document), brands);

    g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, description);
  }
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (document)), "• signal.json"));
  cr_test_check_window (document);
  assert_bytes (file, bytes);

  /* Saved (closing, Save): the document has it, the recovery file goes. */
  gtk_window_close (GTK_WINDOW (document));
  wait_idle ();
  cr_test_respond (GTK_WINDOW (document), _("_Save"));
  cr_test_wait_for (!gtk_widget_get_visible (GTK_WIDGET (document)));
  g_assert_cmpint (choice_in_file (file, "brands"), ==, option_index ("brands", "none"));
  g_assert_false (g_file_query_exists (recovery, NULL));
  g_assert_finalize_object (document);
}

/* Offered the recovered changes, Escape leaves them for the next opening;
 * Discard keeps the document as saved and removes the recovery file, so
 * that the next opening offers nothing. */
static void
test_recovery_discard (void)
{
  g_autoptr(GFile) file = write_document ("discard.json", FIRST_ANSWERS);
  g_autoptr(GFile) recovery = cr_recovery_file_for (file);
  g_autofree char *bytes = read_file (file);
  g_autoptr(CrAnswers) saved = cr_test_answers_new (FIRST_ANSWERS);
  CrWindow *document;

  cr_test_clear_state ();
  document = open_document (file);
  change_answer (document, "customer", "no");
  g_assert_no_errno (raise (SIGTERM));
  cr_test_wait_for (count_windows () == 0);
  g_assert_finalize_object (document);
  g_assert_true (g_file_query_exists (recovery, NULL));

  /* Escape answers neither: nothing changes, and the offer stays. */
  document = open_document (file);
  g_assert_nonnull (cr_test_find_dialog (GTK_WINDOW (document)));
  cr_test_send_keys (GTK_WINDOW (document), "Escape");
  cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (document)) == NULL);
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (document)));
  g_assert_true (g_file_query_exists (recovery, NULL));
  g_assert_true (cr_answers_equal (cr_test_answers (document), saved));
  g_assert_false (cr_session_get_modified (cr_window_get_session (document)));
  cr_test_close_window (document);

  document = open_document (file);
  g_assert_nonnull (cr_test_find_dialog (GTK_WINDOW (document)));
  cr_test_respond (GTK_WINDOW (document), _("_Discard"));
  g_assert_false (g_file_query_exists (recovery, NULL));
  g_assert_true (cr_answers_equal (cr_test_answers (document), saved));
  g_assert_false (cr_session_get_modified (cr_window_get_session (document)));
  assert_bytes (file, bytes);
  cr_test_close_window (document);

  document = open_document (file);
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (document)));
  cr_test_close_window (document);
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
  int status;

  cr_test_window_init (&argc, &argv);

  g_test_add_data_func ("/window-exit/close/save", GINT_TO_POINTER (FALSE), test_close_save);
  g_test_add_data_func ("/window-exit/close/save-animated", GINT_TO_POINTER (TRUE),
                        test_close_save);
  g_test_add_func ("/window-exit/quit/asks", test_quit_asks);
  g_test_add_func ("/window-exit/query-end", test_query_end);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window-exit/signal/%s", signals[i].name);

      g_test_add_data_func (path, GINT_TO_POINTER (signals[i].number), test_signal);
    }
  g_test_add_func ("/window-exit/recovery/discard", test_recovery_discard);

  status = g_test_run ();

  cr_test_finish ();

  return status;
}
