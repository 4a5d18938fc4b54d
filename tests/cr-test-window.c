/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-test-window.c: driving the windows as a user would, for the UI tests
 *
 * Every UI test builds the real windows inside the real application, with
 * the draft in a folder of its own, and works them through their buttons,
 * rows, actions and keys. Keys are real: xdotool sends them to the X
 * server (Xvfb in CI), which hands them to GTK as it would a keyboard's, so
 * that a key lost to the wrong widget fails the test.
 *
 * cr_test_check_window() is the one check every step can end with: every
 * page built, shown or not, must show exactly the session's state.
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "cr-answer-row.h"
#include "cr-i18n.h"
#include "cr-option-row.h"
#include "cr-questionnaire.h"
#include "cr-result-text.h"
#include "cr-scores.h"
#include "cr-test-utils.h"
#include "cr-test-window.h"
#include "cr-heading.h"

static CrApplication *app;
static char *state_dir;

static void
init (int      *argc,
      char   ***argv,
      gboolean  english)
{
  g_autoptr(GError) error = NULL;

  /* Before anything reads it: the draft goes to a folder of our own. */
  state_dir = cr_test_make_state_dir ("creator-role-test");
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  /* Recent files too. */
  g_setenv ("XDG_DATA_HOME", state_dir, TRUE);

  /* GTK's test accessibility backend keeps what the widgets tell assistive
   * technologies, for the tests to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (english)
    {
      /* The system language is English here, whatever the developer's. */
      g_unsetenv ("LANGUAGE");
      g_unsetenv ("LC_ALL");
      g_unsetenv ("LC_MESSAGES");
      g_setenv ("LANG", "C.UTF-8", TRUE);
    }

  gtk_test_init (argc, argv, NULL);
  if (english)
    {
      /* gtk_test_init leaves the C locale, under which glibc ignores
       * LANGUAGE. */
      setlocale (LC_ALL, "C.UTF-8");
      cr_i18n_init ();
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = cr_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  /* Registering runs startup, which applies the saved language. */
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
}

/**
 * cr_test_window_init:
 *
 * Sets a UI test up: the draft and recent files in a new folder, GTK's
 * test accessibility backend (so that tests read what assistive
 * technologies are told), no animations, and the application registered.
 */
void
cr_test_window_init (int    *argc,
                     char ***argv)
{
  init (argc, argv, FALSE);
}

/**
 * cr_test_window_init_english:
 *
 * Sets a UI test up as cr_test_window_init() does, on a system whose
 * language is English (C.UTF-8, no LANGUAGE) whatever the developer's,
 * with the app's catalogues bound, so that switching to another language
 * works as in the app.
 */
void
cr_test_window_init_english (int    *argc,
                             char ***argv)
{
  init (argc, argv, TRUE);
}

CrApplication *
cr_test_get_app (void)
{
  g_assert_nonnull (app);

  return app;
}

const char *
cr_test_get_state_dir (void)
{
  return state_dir;
}

char *
cr_test_draft_path (void)
{
  return g_build_filename (state_dir, "creator-role", "draft.json", NULL);
}

/* Forgets the draft and anything else a test left in the state folder. */
void
cr_test_clear_state (void)
{
  g_autofree char *folder = g_build_filename (state_dir, "creator-role", NULL);

  cr_test_clear_folder (folder);
}

void
cr_test_finish (void)
{
  g_clear_object (&app);
  cr_test_remove_tree (state_dir);
  g_clear_pointer (&state_dir, g_free);
}

/**
 * wait_idle:
 *
 * Runs the main loop until nothing is left to do.
 */
void
wait_idle (void)
{
  for (int i = 0; i < 3; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/**
 * cr_test_new_window:
 *
 * Returns: (transfer full): the wizard's window, shown, with a reference
 *   for the test
 */
CrWindow *
cr_test_new_window (void)
{
  CrWindow *window = cr_window_new (cr_test_get_app ());

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_idle ();

  return window;
}

/* GtkFileDialog, without a portal (as in the tests), shows GTK's own
 * GtkFileChooserDialog, which only its GtkFileChooser and GtkDialog
 * interfaces can drive: deprecated since GTK 4.10, with no replacement,
 * since GtkFileDialog hides the dialog it shows. They are used here, and
 * only here. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

/**
 * cr_test_find_file_chooser:
 * @parent: the window the file dialog was asked for
 *
 * Returns: (transfer none) (nullable): the file chooser shown over
 *   @parent
 */
GtkWindow *
cr_test_find_file_chooser (GtkWindow *parent)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == parent &&
        gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

gboolean
cr_test_file_chooser_is_saving (GtkWindow *chooser)
{
  return gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;
}

/**
 * cr_test_file_chooser_get_name:
 *
 * Returns: (transfer full): the name a saving chooser offers
 */
char *
cr_test_file_chooser_get_name (GtkWindow *chooser)
{
  return gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
}

/**
 * cr_test_file_chooser_get_folder:
 *
 * Returns: (transfer full) (nullable): the folder the chooser shows
 */
GFile *
cr_test_file_chooser_get_folder (GtkWindow *chooser)
{
  GFile *folder = NULL;

  /* The chooser goes to its folder once it has read it. */
  cr_test_wait_for ((folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser)))
                    != NULL);

  return folder;
}

/**
 * cr_test_file_chooser_get_filters:
 *
 * Returns: (transfer full): the chooser's filters
 */
GListModel *
cr_test_file_chooser_get_filters (GtkWindow *chooser)
{
  return gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
}

/**
 * cr_test_file_chooser_describe_filters:
 *
 * Returns: (transfer full): the chooser's filters in their order, one a
 *   line: its name, then what it lets through, as
 *   gtk_file_filter_to_gvariant() gives them; the one chosen marked with
 *   a "*" before it
 */
char *
cr_test_file_chooser_describe_filters (GtkWindow *chooser)
{
  g_autoptr(GListModel) filters = cr_test_file_chooser_get_filters (chooser);
  GtkFileFilter *chosen = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);
      g_autoptr(GVariant) variant = g_variant_ref_sink (gtk_file_filter_to_gvariant (filter));
      g_autofree char *printed = g_variant_print (variant, FALSE);

      g_string_append_printf (text, "%s%s\n", filter == chosen ? "*" : "", printed);
    }

  return g_string_free (text, FALSE);
}

/**
 * cr_test_file_chooser_accept:
 * @folder: (nullable): the folder to go to first
 * @name: (nullable): for a saving chooser, the name to type
 *
 * Answers the chooser as a person pressing its accept button would, and
 * waits until it has gone.
 */
void
cr_test_file_chooser_accept (GtkWindow  *chooser,
                             GFile      *folder,
                             const char *name)
{
  GtkWindow *parent = gtk_window_get_transient_for (chooser);

  if (folder != NULL)
    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the name before it answers. */
  cr_test_wait_for (cr_test_find_file_chooser (parent) == NULL);
  g_assert_null (cr_test_find_file_chooser (parent));
  wait_idle ();
}

void
cr_test_file_chooser_cancel (GtkWindow *chooser)
{
  GtkWindow *parent = gtk_window_get_transient_for (chooser);

  GListModel *toplevels;

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  cr_test_wait_for (cr_test_find_file_chooser (parent) == NULL);
  g_assert_null (cr_test_find_file_chooser (parent));
  wait_idle ();

  /* Dismissed while it still lists its folder, as a test does at once,
   * GTK's own chooser reports that listing's cancel in a modal message
   * of its own, which no person dismissing it after a look would meet
   * and which would take every key after it: answered here, as its OK
   * button would be, and nothing else. */
  toplevels = gtk_window_get_toplevels ();
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i - 1);
      g_autofree char *text = NULL;
      g_autofree char *secondary = NULL;

      if (!GTK_IS_MESSAGE_DIALOG (toplevel))
        continue;
      g_object_get (toplevel, "text", &text, "secondary-text", &secondary, NULL);
      if (g_strcmp0 (text, "The folder contents could not be displayed") == 0 &&
          g_strcmp0 (secondary, "Operation was cancelled") == 0)
        gtk_dialog_response (GTK_DIALOG (toplevel), GTK_RESPONSE_OK);
    }
  wait_idle ();
}

G_GNUC_END_IGNORE_DEPRECATIONS

/**
 * cr_test_find_dialog_in:
 *
 * Returns: (transfer none) (nullable): the dialog presented on @window
 *   and shown on top, if any: an alert, the card's preview, the About
 *   dialog
 */
AdwDialog *
cr_test_find_dialog_in (GtkWindow *window)
{
  if (ADW_IS_APPLICATION_WINDOW (window))
    return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  if (ADW_IS_WINDOW (window))
    return adw_window_get_visible_dialog (ADW_WINDOW (window));

  return NULL;
}

void
cr_test_destroy_dialogs (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data))
      gtk_window_destroy (l->data);
    else
      {
        AdwDialog *dialog;

        while ((dialog = cr_test_find_dialog_in (l->data)) != NULL)
          {
            adw_dialog_force_close (dialog);
            wait_idle ();
          }
      }
  wait_idle ();
}

/**
 * cr_test_close_window:
 *
 * Destroys @window, taken from cr_test_new_window() or given a reference,
 * and checks that nothing else keeps it alive.
 */
void
cr_test_close_window (CrWindow *window)
{
  cr_test_destroy_dialogs ();
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
  g_assert_finalize_object (window);
}

/**
 * cr_test_find_dialog:
 *
 * Returns: (transfer none) (nullable): the alert shown on top of @window
 */
AdwAlertDialog *
cr_test_find_dialog (GtkWindow *window)
{
  AdwDialog *dialog = cr_test_find_dialog_in (window);

  return ADW_IS_ALERT_DIALOG (dialog) ? ADW_ALERT_DIALOG (dialog) : NULL;
}

static GtkWidget *
find_button_labelled (GtkWidget  *root,
                      const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Clicks the button labelled @label of the dialog @window shows. */
void
cr_test_respond (GtkWindow  *window,
                 const char *label)
{
  AdwAlertDialog *dialog = cr_test_find_dialog (window);
  GtkWidget *button;

  g_assert_nonnull (dialog);
  button = find_button_labelled (GTK_WIDGET (dialog), label);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_idle ();
}

/**
 * find_actionable:
 *
 * Returns: (nullable): the first visible button below @root that
 *   activates @action_name
 */
GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_visible (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * click:
 *
 * Clicks the visible button that activates @action_name: on the page
 * shown, or else anywhere in the window (the header's Back).
 */
void
click (CrWindow   *window,
       const char *action_name)
{
  GtkWidget *button = find_actionable (cr_test_page (window), action_name);

  if (button == NULL)
    button = find_actionable (GTK_WIDGET (window), action_name);
  if (button == NULL)
    g_error ("no button for %s on %s", action_name, cr_test_page_name (window));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  wait_idle ();
}

gboolean
cr_test_button_sensitive (CrWindow   *window,
                          const char *action_name)
{
  GtkWidget *button = find_actionable (GTK_WIDGET (window), action_name);

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

/**
 * cr_test_template_child:
 * @widget: a widget built from a template
 * @type: the class whose template names @name (the widget's own, or a
 *   parent class's)
 *
 * Returns: (transfer none): the object the template names @name; fails
 *   the test when there is none
 */
gpointer
cr_test_template_child (gpointer    widget,
                        GType       type,
                        const char *name)
{
  GObject *child;

  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (widget, type));
  child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);
  if (child == NULL)
    g_error ("the template of %s has no child %s", g_type_name (type), name);

  return child;
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/**
 * cr_test_find_all:
 *
 * Returns: (transfer container): @root and the widgets below it that are
 *   of @type, in the order of the widget tree (the order of reading)
 */
GPtrArray *
cr_test_find_all (GtkWidget *root,
                  GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);

  return found;
}

/**
 * cr_test_find_descendant:
 *
 * Returns: (transfer none): the first widget of @type at or below @root;
 *   fails the test when there is none
 */
GtkWidget *
cr_test_find_descendant (GtkWidget *root,
                         GType      type)
{
  g_autoptr(GPtrArray) found = cr_test_find_all (root, type);

  if (found->len == 0)
    g_error ("no %s below %s", g_type_name (type), G_OBJECT_TYPE_NAME (root));

  return g_ptr_array_index (found, 0);
}

/**
 * cr_test_find_shown_label:
 *
 * Returns: (transfer none) (nullable): the first label at or below @root
 *   that is on screen (mapped) and says @text, in the order of reading
 */
GtkWidget *
cr_test_find_shown_label (GtkWidget  *root,
                          const char *text)
{
  g_autoptr(GPtrArray) labels = cr_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_mapped (label) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return label;
    }

  return NULL;
}

guint
cr_test_list_n_rows (gpointer list_box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), (int) n) != NULL)
    n++;

  return n;
}

/**
 * cr_test_list_row:
 *
 * Returns: (transfer none): the @index-th row of @list_box; fails the
 *   test when there is none
 */
GtkWidget *
cr_test_list_row (gpointer list_box,
                  guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), (int) index);

  if (row == NULL)
    g_error ("the list has no row %u", index);

  return GTK_WIDGET (row);
}

/**
 * cr_test_page:
 *
 * Returns: (transfer none): the page @window shows: a CrWelcomePage, a
 *   CrQuestionPage or a CrResultPage
 */
GtkWidget *
cr_test_page (CrWindow *window)
{
  GtkStack *stack = cr_test_template_child (window, CR_TYPE_WINDOW, "stack");

  return gtk_stack_get_visible_child (stack);
}

/**
 * cr_test_page_name:
 *
 * Returns: the name of the page @window shows: “welcome”, “question-1”
 *   to “question-10”, or “result”
 */
const char *
cr_test_page_name (CrWindow *window)
{
  GtkStack *stack = cr_test_template_child (window, CR_TYPE_WINDOW, "stack");

  return gtk_stack_get_visible_child_name (stack);
}

/**
 * cr_test_answers:
 *
 * Returns: (transfer none): the answers of the session @window shows
 */
CrAnswers *
cr_test_answers (CrWindow *window)
{
  return cr_session_get_answers (cr_window_get_session (window));
}

CrQuestionPage *
cr_test_question_page (CrWindow *window)
{
  GtkWidget *page = cr_test_page (window);

  if (!CR_IS_QUESTION_PAGE (page))
    g_error ("not a question page: %s", cr_test_page_name (window));

  return CR_QUESTION_PAGE (page);
}

CrResultPage *
cr_test_result_page (CrWindow *window)
{
  GtkWidget *page = cr_test_page (window);

  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_true (CR_IS_RESULT_PAGE (page));

  return CR_RESULT_PAGE (page);
}

CrWelcomePage *
cr_test_welcome_page (CrWindow *window)
{
  GtkWidget *page = cr_test_page (window);

  g_assert_cmpstr (cr_test_page_name (window), ==, "welcome");
  g_assert_true (CR_IS_WELCOME_PAGE (page));

  return CR_WELCOME_PAGE (page);
}

/**
 * cr_test_resume_label:
 *
 * Returns: (nullable): the label of the welcome page's button that offers
 *   to resume, when it is shown
 */
const char *
cr_test_resume_label (CrWelcomePage *page)
{
  GtkWidget *button = cr_test_template_child (page, CR_TYPE_WELCOME_PAGE, "resume_button");

  if (!gtk_widget_get_visible (button))
    return NULL;

  return gtk_button_get_label (GTK_BUTTON (button));
}

/**
 * cr_test_welcome_notice:
 *
 * Returns: (nullable): the welcome page's notice about what was found
 *   where the draft is kept (set aside, newer, in use, answers kept
 *   elsewhere), when it is shown
 */
const char *
cr_test_welcome_notice (CrWelcomePage *page)
{
  if (!gtk_widget_get_visible (cr_test_template_child (page, CR_TYPE_WELCOME_PAGE, "corrupt_box")))
    return NULL;

  return gtk_label_get_text (cr_test_template_child (page, CR_TYPE_WELCOME_PAGE, "corrupt_label"));
}

/* The index of the question @page asks, its "question" property. */
guint
cr_test_question_index (CrQuestionPage *page)
{
  guint question;

  g_object_get (page, "question", &question, NULL);

  return question;
}

/**
 * cr_test_option_row:
 *
 * Returns: (transfer none): the CrOptionRow of the @option-th option, a
 *   row of the page's options list
 */
GtkWidget *
cr_test_option_row (CrQuestionPage *page,
                    guint           option)
{
  GtkWidget *row = cr_test_list_row (cr_test_template_child (page, CR_TYPE_QUESTION_PAGE,
                                                             "options_list"),
                                     option);

  g_assert_true (CR_IS_OPTION_ROW (row));

  return row;
}

/**
 * cr_test_option_check:
 * @row: a CrOptionRow
 *
 * Returns: (transfer none): the radio or check button the row shows
 */
GtkWidget *
cr_test_option_check (gpointer row)
{
  g_assert_true (CR_IS_OPTION_ROW (row));

  return cr_test_find_descendant (row, GTK_TYPE_CHECK_BUTTON);
}

/* Whether the radio or check button of the CrOptionRow @row is on. */
gboolean
cr_test_option_active (gpointer row)
{
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (cr_test_option_check (row)));
}

/**
 * cr_test_result_child:
 * @name: the id of the object in cr-result-page.ui
 *
 * Returns: (transfer none): that object of the result page's template
 */
gpointer
cr_test_result_child (CrResultPage *page,
                      const char   *name)
{
  return cr_test_template_child (page, CR_TYPE_RESULT_PAGE, name);
}

/**
 * cr_test_result_heading:
 *
 * Returns: the verdict the result page's heading shows
 */
const char *
cr_test_result_heading (CrResultPage *page)
{
  return cr_heading_get_label (cr_test_result_child (page, "heading"));
}

/**
 * cr_test_answer_row:
 *
 * Returns: (transfer none): the row of the result page's answers list
 *   that shows and edits the answer to @question (a CrAnswerRow)
 */
GtkWidget *
cr_test_answer_row (CrResultPage *page,
                    guint         question)
{
  return cr_test_list_row (cr_test_result_child (page, "answers_list"), question);
}

/**
 * cr_test_change_row:
 *
 * Returns: (transfer none): the row of the @index-th change the result
 *   page lists, whose Try It button activates win.try-change
 */
GtkWidget *
cr_test_change_row (CrResultPage *page,
                    guint         index)
{
  return cr_test_list_row (cr_test_result_child (page, "changes_list"), index);
}

guint
cr_test_n_change_rows (CrResultPage *page)
{
  return cr_test_list_n_rows (cr_test_result_child (page, "changes_list"));
}

/**
 * cr_test_answer_option:
 * @answer_row: a CrAnswerRow, opened (its option rows are built when it
 *   first is)
 *
 * Returns: (transfer none): the CrOptionRow of @option inside it
 */
GtkWidget *
cr_test_answer_option (gpointer answer_row,
                       guint    option)
{
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *row;

  g_assert_true (CR_IS_ANSWER_ROW (answer_row));
  g_assert_true (adw_expander_row_get_expanded (answer_row));
  rows = cr_test_find_all (answer_row, CR_TYPE_OPTION_ROW);
  g_assert_cmpuint (option, <, rows->len);
  row = g_ptr_array_index (rows, option);
  g_assert_cmpuint (cr_option_row_get_option (CR_OPTION_ROW (row)), ==, option);

  return row;
}

/* The line of a CrScores that shows @role: the role's name and its share
 * in words, then its bar, in the order of the roles. */
static GtkWidget *
scores_line (GtkWidget *scores,
             CrRole     role)
{
  GtkWidget *line = gtk_widget_get_first_child (scores);
  g_autoptr(GPtrArray) labels = NULL;

  g_assert_true (CR_IS_SCORES (scores));
  for (CrRole r = 0; r < role && line != NULL; r++)
    line = gtk_widget_get_next_sibling (line);
  g_assert_nonnull (line);
  labels = cr_test_find_all (line, GTK_TYPE_LABEL);
  g_assert_cmpuint (labels->len, ==, 2);
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 0)), ==, cr_role_get_name (role));

  return line;
}

/**
 * cr_test_scores_bar:
 * @scores: a CrScores
 *
 * Returns: (transfer none): the GtkLevelBar that shows @role's share
 */
GtkWidget *
cr_test_scores_bar (GtkWidget *scores,
                    CrRole     role)
{
  return cr_test_find_descendant (scores_line (scores, role), GTK_TYPE_LEVEL_BAR);
}

/**
 * cr_test_scores_value:
 * @scores: a CrScores
 *
 * Returns: the share shown beside @role's name
 */
const char *
cr_test_scores_value (GtkWidget *scores,
                      CrRole     role)
{
  g_autoptr(GPtrArray) labels = cr_test_find_all (scores_line (scores, role), GTK_TYPE_LABEL);

  return gtk_label_get_text (g_ptr_array_index (labels, 1));
}

/* Clicks the rows of the options @answers gives the question shown. */
void
cr_test_click_answer (CrWindow  *window,
                      CrAnswers *answers)
{
  CrQuestionPage *page = cr_test_question_page (window);
  guint q = cr_test_question_index (page);
  const CrQuestion *question = cr_questionnaire_get_question (q);

  for (guint o = 0; o < question->n_options; o++)
    if (cr_answers_get_option_selected (answers, q, o) !=
        cr_answers_get_option_selected (cr_test_answers (window), q, o))
      {
        gtk_widget_activate (cr_test_option_row (page, o));
        wait_idle ();
      }
}

/**
 * cr_test_walk_profile:
 *
 * From the first question to the result, answers each question as
 * @answers does by clicking its rows, skips those @answers leaves
 * unanswered, and goes on; checks the window at every step.
 */
void
cr_test_walk_profile (CrWindow  *window,
                      CrAnswers *answers)
{
  guint n = cr_questionnaire_get_n_questions ();

  for (guint q = 0; q < n; q++)
    {
      g_autofree char *name = g_strdup_printf ("question-%u", q + 1);

      g_assert_cmpstr (cr_test_page_name (window), ==, name);
      cr_test_check_window (window);
      if (cr_answers_is_answered (answers, q))
        {
          cr_test_click_answer (window, answers);
          click (window, "win.next");
        }
      else
        click (window, "win.skip");
    }

  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  cr_test_check_window (window);
}

/**
 * cr_test_find_window_for:
 *
 * Returns: (transfer none) (nullable): the window that shows the document
 *   in @file
 */
CrWindow *
cr_test_find_window_for (GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (cr_test_get_app ()));
       l != NULL; l = l->next)
    {
      GFile *shown;

      if (!CR_IS_WINDOW (l->data))
        continue;
      shown = cr_session_get_file (cr_window_get_session (l->data));
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

static void
check_option_rows (GtkWidget *page)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (page, CR_TYPE_OPTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CrOptionRow *row = g_ptr_array_index (rows, i);
      g_autoptr(CrAnswers) answers = NULL;
      guint q = cr_option_row_get_question (row);
      guint o = cr_option_row_get_option (row);
      gboolean selected;

      g_object_get (row, "answers", &answers, NULL);
      selected = cr_answers_get_option_selected (answers, q, o);

      if (cr_test_option_active (row) != selected)
        g_error ("question %s, option %s: the row shows %s, the answers hold %s",
                 cr_questionnaire_get_question (q)->id,
                 cr_questionnaire_get_question (q)->options[o].id,
                 cr_test_option_active (row) ? "chosen" : "not chosen",
                 selected ? "chosen" : "not chosen");
      gtk_test_accessible_assert_state (cr_test_option_check (row),
                                        GTK_ACCESSIBLE_STATE_CHECKED, selected);
    }
}

static void
check_scores (GtkWidget *scores,
              CrResult  *result)
{
  g_auto(GValue) shown = G_VALUE_INIT;

  g_value_init (&shown, CR_TYPE_RESULT);
  g_object_get_property (G_OBJECT (scores), "result", &shown);
  g_assert_true (g_value_get_boxed (&shown) == result);

  if (result == NULL)
    return;

  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      guint score = cr_result_get_score (result, role);
      g_autofree char *value = cr_format_share (score);
      g_autofree char *label = cr_format_role_share (role, score);
      GtkWidget *bar = cr_test_scores_bar (scores, role);

      g_assert_cmpstr (cr_test_scores_value (scores, role), ==, value);
      g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), ==, score);
      gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) score);
    }
}

static void
check_welcome (CrWelcomePage *page,
               CrSession     *session)
{
  CrAnswers *offered = cr_session_get_draft (session);
  const char *label = cr_test_resume_label (page);

  if (offered == NULL)
    offered = cr_session_get_answers (session);

  if (cr_answers_is_empty (offered))
    g_assert_null (label);
  else if (cr_answers_is_complete (offered))
    g_assert_cmpstr (label, ==, _("See Your _Result"));
  else
    {
      g_autofree char *expected = g_strdup_printf (_("_Resume: %u of %u answered"),
                                                   cr_answers_get_n_answered (offered),
                                                   cr_questionnaire_get_n_questions ());

      g_assert_cmpstr (label, ==, expected);
    }

  {
    CrDraft *storage = cr_session_get_draft_storage (session);
    gboolean notice = storage != NULL &&
                      (cr_draft_get_set_aside (storage) != NULL ||
                       cr_draft_get_newer_version (storage) ||
                       cr_draft_get_in_use (storage) ||
                       cr_draft_get_changed_on_disk (storage) ||
                       cr_draft_get_kept_file (storage) != NULL ||
                       cr_draft_get_recovered (storage));

    g_assert_cmpint (cr_test_welcome_notice (page) != NULL, ==, notice);
  }
}

static void
check_question (CrQuestionPage *page,
                CrSession      *session)
{
  CrAnswers *answers = cr_session_get_answers (session);
  guint n = cr_questionnaire_get_n_questions ();
  GtkWidget *bar = cr_test_template_child (page, CR_TYPE_QUESTION_PAGE, "progress_bar");

  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)),
                                  (double) cr_answers_get_n_answered (answers) / n, 1e-9);
  gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                       (double) cr_answers_get_n_answered (answers));
}

static void
check_result (CrResultPage *page,
              CrSession    *session)
{
  CrResult *result = cr_session_get_result (session);
  CrResult *trial = cr_session_get_trial_result (session);
  g_autofree char *close_call = cr_result_describe_close_call (result);
  g_autofree char *typed = NULL;
  guint n_changes = cr_result_get_n_changes (result);
  GtkEditable *name_row;

  g_assert_cmpstr (cr_test_result_heading (page), ==, cr_result_get_title (result));
  g_assert_cmpstr (gtk_label_get_text (cr_test_result_child (page, "summary_label")), ==,
                   cr_result_get_summary (result));
  check_scores (cr_test_result_child (page, "scores"), result);
  g_assert_cmpint (gtk_widget_get_visible (cr_test_result_child (page, "close_call_box")), ==,
                   close_call != NULL);

  g_assert_cmpuint (cr_test_n_change_rows (page), ==, n_changes);
  for (guint i = 0; i < n_changes; i++)
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cr_test_change_row (page, i))),
                     ==, cr_result_get_change (result, i)->text);

  g_assert_cmpint (gtk_widget_get_visible (cr_test_result_child (page, "trial_box")), ==,
                   trial != NULL);
  check_scores (cr_test_result_child (page, "trial_scores"), trial);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      GtkWidget *row = cr_test_answer_row (page, q);
      g_autofree char *description = cr_result_describe_answer (result, q);

      g_assert_true (CR_IS_ANSWER_ROW (row));
      g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, description);
    }

  name_row = cr_test_result_child (page, "name_row");
  typed = cr_answers_normalize_name (gtk_editable_get_text (name_row));
  g_assert_cmpstr (typed, ==, cr_answers_get_name (cr_session_get_answers (session)));
}

/**
 * cr_test_check_window:
 *
 * Checks that every page @window has built, the one shown and the others,
 * shows exactly what its session holds: each option row's choice and its
 * checked state as assistive technologies get it, the progress, the
 * offer to resume, the verdict, the bars, the notes, the changes, the
 * what-if and each answer's description.
 */
void
cr_test_check_window (CrWindow *window)
{
  CrSession *session = cr_window_get_session (window);
  GtkWidget *stack = cr_test_template_child (window, CR_TYPE_WINDOW, "stack");

  /* The pages built are the children of the window's stack. */
  for (GtkWidget *page = gtk_widget_get_first_child (stack);
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      check_option_rows (page);
      if (CR_IS_WELCOME_PAGE (page))
        check_welcome (CR_WELCOME_PAGE (page), session);
      else if (CR_IS_QUESTION_PAGE (page))
        check_question (CR_QUESTION_PAGE (page), session);
      else if (CR_IS_RESULT_PAGE (page))
        check_result (CR_RESULT_PAGE (page), session);
    }
}

GtkWidget *
cr_test_focus (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

gboolean
cr_test_is_inside (GtkWidget *widget,
                   GtkWidget *ancestor)
{
  return widget != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

/**
 * cr_test_send_keys:
 * @keys: keys as xdotool names them, e.g. "Tab", "shift+Tab", "alt+Left 3"
 *
 * Gives @window the keyboard focus and types @keys on the X server, as a
 * keyboard would, then waits until GTK has handled them.
 */
void
cr_test_send_keys (GtkWindow  *window,
                   const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *focus_argv[] = { "xdotool", "windowfocus", NULL, NULL };
  int status;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  /* GTK 4.18 deprecates its X11 backend, with no replacement: xdotool,
   * which types real keys, needs the window's X id. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  G_GNUC_END_IGNORE_DEPRECATIONS
  focus_argv[2] = xid;

  /* Only when it is not focused already: a focus change in between would
   * take the keys away from the window for a moment. */
  if (!gtk_window_is_active (window))
    {
      g_assert_true (g_spawn_sync (NULL, (char **) focus_argv, NULL, G_SPAWN_SEARCH_PATH,
                                   NULL, NULL, NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (window)));
      cr_test_wait_for (gtk_window_is_active (window));
      g_assert_true (gtk_window_is_active (window));
    }

  g_ptr_array_add (argv, (char *) "xdotool");
  g_ptr_array_add (argv, (char *) "key");
  g_ptr_array_add (argv, (char *) "--delay");
  g_ptr_array_add (argv, (char *) "20");
  for (guint i = 0; names[i] != NULL; i++)
    if (*names[i] != '\0')
      g_ptr_array_add (argv, names[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* A round trip to the server: every event of those keys is then ours. */
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (window)));
  for (int i = 0; i < 5; i++)
    {
      wait_idle ();
      g_usleep (2000);
    }
}

/**
 * cr_test_save_screenshot:
 * @folder_name: the folder in the test build tree, e.g. "screenshots"
 *
 * Draws @widget as it is on screen into FOLDER/NAME.png, for people to
 * look at.
 */
void
cr_test_save_screenshot (GtkWidget  *widget,
                         const char *folder_name,
                         const char *name)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_BUILT, folder_name, NULL);
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_build_filename (folder, file, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width, height;

  /* Let layout and the style settle. */
  for (int i = 0; i < 20; i++)
    {
      wait_idle ();
      g_usleep (10000);
    }

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_assert_no_errno (g_mkdir_with_parents (folder, 0755));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}
