/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the wizard, driven as a user drives it
 *
 * Each test builds the real window inside the real application and works it
 * through its buttons, rows, actions and key bindings, then checks what a
 * user would see: the page shown, the verdict, the bars, the files written.
 * Keys go through the widgets' own shortcut controllers, in the order GTK
 * dispatches them (capture from the window down to the focus, then bubble
 * back up), so that a binding that is lost or shadowed fails the test.
 *
 * Needs a display (Xvfb in CI); without one GTK cannot start and the test
 * fails rather than skips.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "cr-application.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-question-page.h"
#include "cr-questionnaire.h"
#include "cr-result-page.h"
#include "cr-session.h"
#include "cr-test-profiles.h"
#include "cr-test-window.h"
#include "cr-welcome-page.h"
#include "cr-window.h"

static CrApplication *app;
static char *state_dir;

static char *
draft_path (void)
{
  return g_build_filename (state_dir, "creator-role", "draft.json", NULL);
}

static void
clear_state (void)
{
  g_autofree char *folder = g_build_filename (state_dir, "creator-role", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_no_errno (g_unlink (path));
    }
}

static CrWindow *
new_window (void)
{
  CrWindow *window = cr_window_new (app);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_idle ();

  return window;
}

static void
destroy_dialogs (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  wait_idle ();
}

static void
close_window (CrWindow *window)
{
  destroy_dialogs ();
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
  g_assert_finalize_object (window);
}

static AdwMessageDialog *
find_dialog (CrWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
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

/* Clicks the button of the dialog that @window shows. */
static void
respond (CrWindow   *window,
         const char *label)
{
  AdwMessageDialog *dialog = find_dialog (window);
  GtkWidget *button;

  g_assert_nonnull (dialog);
  button = find_button_labelled (GTK_WIDGET (dialog), label);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_idle ();
}

/* A button activated from the keyboard shows itself pressed for a moment
 * before it acts. */
static void
wait_for_page (CrWindow   *window,
               const char *name)
{
  while (g_strcmp0 (cr_window_get_page_name (window), name) != 0)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
button_sensitive (CrWindow   *window,
                  const char *action_name)
{
  GtkWidget *button = find_actionable (cr_window_get_page (window), action_name);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     modifiers)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)),
                            keyval, modifiers) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)),
                            keyval, modifiers);

  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    return gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
           gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers;

  return FALSE;
}

static gboolean
try_controllers (GtkWidget       *widget,
                 GtkPropagationPhase phase,
                 guint            keyval,
                 GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != phase ||
          gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) !=
            GTK_SHORTCUT_SCOPE_LOCAL)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, modifiers) &&
              gtk_widget_is_sensitive (widget) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

/* Presses a key in @window: the shortcut controllers of the focus widget
 * and its ancestors see it in GTK's order. */
static gboolean
press_key (CrWindow        *window,
           guint            keyval,
           GdkModifierType  modifiers)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  gboolean handled = FALSE;

  for (GtkWidget *w = focus != NULL ? focus : GTK_WIDGET (window); w != NULL;
       w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);

  for (guint i = chain->len; i > 0 && !handled; i--)
    handled = try_controllers (g_ptr_array_index (chain, i - 1), GTK_PHASE_CAPTURE, keyval,
                               modifiers);
  for (guint i = 0; i < chain->len && !handled; i++)
    handled = try_controllers (g_ptr_array_index (chain, i), GTK_PHASE_BUBBLE, keyval,
                               modifiers);

  wait_idle ();

  return handled;
}

static void save_screenshot (CrWindow   *window,
                             const char *name);

static CrQuestionPage *
question_page (CrWindow *window)
{
  GtkWidget *page = cr_window_get_page (window);

  if (!CR_IS_QUESTION_PAGE (page))
    g_error ("not a question page: %s", cr_window_get_page_name (window));
  return CR_QUESTION_PAGE (page);
}

static CrResultPage *
result_page (CrWindow *window)
{
  GtkWidget *page = cr_window_get_page (window);

  g_assert_cmpstr (cr_window_get_page_name (window), ==, "result");
  g_assert_true (CR_IS_RESULT_PAGE (page));
  return CR_RESULT_PAGE (page);
}

/* Clicks the rows of the options @answers gives the question shown. */
static void
click_answer (CrWindow  *window,
              CrAnswers *answers)
{
  CrQuestionPage *page = question_page (window);
  guint q = cr_question_page_get_question (page);
  const CrQuestion *question = cr_questionnaire_get_question (q);

  for (guint o = 0; o < question->n_options; o++)
    if (cr_answers_get_option_selected (answers, q, o))
      {
        gtk_widget_activate (cr_question_page_get_option (page, o));
        wait_idle ();
      }
}

static void
assert_result_shows (CrWindow  *window,
                     CrAnswers *answers)
{
  CrResultPage *page = result_page (window);
  g_autoptr(CrResult) expected = cr_score (answers);

  g_assert_cmpstr (cr_result_page_get_heading (page), ==, cr_result_get_title (expected));
  for (CrRole role = 0; role < CR_N_ROLES; role++)
    g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (cr_result_page_get_score_bar (page,
                                                                                           role))),
                       ==, cr_result_get_score (expected, role));
}

static void
test_profile (gconstpointer data)
{
  const CrTestProfile *profile = data;
  g_autoptr(CrAnswers) answers = cr_test_answers_new (profile->answers);
  g_autoptr(CrResult) expected = NULL;
  CrWindow *window;
  CrRole role;
  guint n = cr_questionnaire_get_n_questions ();

  clear_state ();
  window = new_window ();
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "welcome");
  click (window, "win.start");

  for (guint q = 0; q < n; q++)
    {
      g_autofree char *name = g_strdup_printf ("question-%u", q + 1);

      g_assert_cmpstr (cr_window_get_page_name (window), ==, name);
      click_answer (window, answers);
      click (window, "win.next");
    }

  assert_result_shows (window, answers);
  g_assert_true (cr_answers_equal (cr_window_get_answers (window), answers));

  expected = cr_score (answers);
  g_assert_true (cr_role_from_id (profile->role, &role));
  g_assert_cmpint (cr_result_get_role (expected), ==, role);
  g_assert_cmpint (cr_result_get_role (cr_result_page_get_result (result_page (window))), ==,
                   role);

  close_window (window);
}

static void
test_back_keeps_answers (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  CrWindow *window;

  clear_state ();
  window = new_window ();
  click (window, "win.start");
  click_answer (window, answers);
  click (window, "win.next");
  click_answer (window, answers);
  click (window, "win.next");
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-3");

  click (window, "win.back");
  click (window, "win.back");
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-1");
  g_assert_cmpint (cr_answers_get_n_answered (cr_window_get_answers (window)), ==, 2);
  g_assert_true (button_sensitive (window, "win.next"));
  /* The row still shows the choice. */
  {
    CrQuestionPage *page = question_page (window);
    int choice = cr_answers_get_choice (answers, 0);
    GtkWidget *row = cr_question_page_get_option (page, choice);
    GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  }

  click (window, "win.back");
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "welcome");
  g_assert_cmpint (cr_answers_get_n_answered (cr_window_get_answers (window)), ==, 2);

  close_window (window);
}

static void
test_next_needs_answer (void)
{
  CrWindow *window;
  guint n = cr_questionnaire_get_n_questions ();

  clear_state ();
  window = new_window ();
  click (window, "win.start");

  for (guint q = 0; q < n; q++)
    {
      g_autofree char *name = g_strdup_printf ("question-%u", q + 1);
      gboolean multiple = cr_questionnaire_get_question (q)->multiple;

      g_assert_cmpstr (cr_window_get_page_name (window), ==, name);
      /* Several choices may be left empty; one choice must be made. */
      g_assert_cmpint (button_sensitive (window, "win.next"), ==, multiple);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
      wait_idle ();
      if (!multiple)
        {
          g_assert_cmpstr (cr_window_get_page_name (window), ==, name);
          gtk_widget_activate (cr_question_page_get_option (question_page (window), 0));
          wait_idle ();
          g_assert_true (button_sensitive (window, "win.next"));
          click (window, "win.next");
        }
    }

  g_assert_cmpstr (cr_window_get_page_name (window), ==, "result");
  close_window (window);
}

static GtkWidget *
focus_widget (CrWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
is_inside (GtkWidget *widget,
           GtkWidget *ancestor)
{
  return widget != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

static void
test_keyboard (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[2].answers);
  g_autofree char *expected_json = NULL;
  g_autofree char *clipboard_json = NULL;
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;
  CrWindow *window;
  CrQuestionPage *page;
  guint n = cr_questionnaire_get_n_questions ();

  clear_state ();
  window = new_window ();

  /* Enter on the focused Start button. */
  g_assert_true (GTK_IS_BUTTON (focus_widget (window)));
  g_assert_true (press_key (window, GDK_KEY_Return, 0));
  wait_for_page (window, "question-1");

  /* Focus is on the first option; Enter before an answer goes nowhere. */
  page = question_page (window);
  g_assert_true (is_inside (focus_widget (window), cr_question_page_get_option (page, 0)));
  press_key (window, GDK_KEY_3, 0);
  g_assert_cmpint (cr_answers_get_choice (cr_window_get_answers (window), 0), ==, 2);
  g_assert_true (is_inside (focus_widget (window), cr_question_page_get_option (page, 2)));

  /* Arrows and Space choose too. */
  g_assert_true (press_key (window, GDK_KEY_Up, 0));
  g_assert_true (is_inside (focus_widget (window), cr_question_page_get_option (page, 1)));
  g_assert_true (press_key (window, GDK_KEY_space, 0));
  g_assert_cmpint (cr_answers_get_choice (cr_window_get_answers (window), 0), ==, 1);

  g_assert_true (press_key (window, GDK_KEY_Return, 0));
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-2");
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-1");
  g_assert_cmpint (cr_answers_get_choice (cr_window_get_answers (window), 0), ==, 1);
  /* Back on a page, focus goes to the option chosen. */
  g_assert_true (is_inside (focus_widget (window),
                            cr_question_page_get_option (question_page (window), 1)));
  g_assert_true (press_key (window, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-2");

  /* Alt+Right does not skip an unanswered question. */
  press_key (window, GDK_KEY_Right, GDK_ALT_MASK);
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-2");

  /* Right to left, the arrows swap. */
  gtk_widget_set_direction (GTK_WIDGET (window), GTK_TEXT_DIR_RTL);
  g_assert_true (press_key (window, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-1");
  g_assert_true (press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-2");
  gtk_widget_set_direction (GTK_WIDGET (window), GTK_TEXT_DIR_LTR);

  /* Back to the first, to answer every question from the keypad. */
  press_key (window, GDK_KEY_Left, GDK_ALT_MASK);
  for (guint q = 0; q < n; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        {
          gboolean want = cr_answers_get_option_selected (answers, q, o);
          gboolean have = cr_answers_get_option_selected (cr_window_get_answers (window), q, o);

          if (want && !have)
            {
              g_assert_cmpuint (o, <, 9);
              g_assert_true (press_key (window, GDK_KEY_KP_1 + o, 0));
            }
        }
      g_assert_true (press_key (window, GDK_KEY_KP_Enter, 0));
    }

  assert_result_shows (window, answers);
  g_assert_true (cr_answers_equal (cr_window_get_answers (window), answers));

  /* The verdict takes focus. */
  g_assert_true (focus_widget (window) ==
                 cr_result_page_get_heading_widget (result_page (window)));

  /* Ctrl+Shift+C copies the document. */
  g_assert_true (press_key (window, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (window)));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  clipboard_json = g_value_dup_string (&value);
  expected_json = cr_session_to_data (cr_window_get_session (window), NULL);
  g_assert_cmpstr (clipboard_json, ==, expected_json);

  /* Ctrl+W closes the window. */
  g_assert_true (press_key (window, GDK_KEY_w, GDK_CONTROL_MASK));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));

  close_window (window);
}

static void
show_result (CrWindow   *window,
             const char *spec)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (spec);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autofree char *path = g_build_filename (state_dir, "answers.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  /* As a user would: by opening a saved result. */
  data = cr_document_to_data (answers, result, "en", NULL, TRUE, &length);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  g_assert_true (cr_window_open_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_unlink (path));
  wait_idle ();
  g_assert_true (cr_answers_equal (cr_window_get_answers (window), answers));
}

static void
test_what_if (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[1].answers);
  g_autoptr(CrResult) before = cr_score (answers);
  CrResultPage *page;
  CrWindow *window;
  GtkWidget *row;
  CrRole role_before;
  const CrQuestion *question;
  guint q, o;

  clear_state ();
  window = new_window ();
  show_result (window, cr_test_profiles[1].answers);
  page = result_page (window);
  role_before = cr_result_get_role (before);
  g_assert_cmpint (role_before, ==, CR_ROLE_AMBASSADOR);
  g_assert_cmpstr (cr_result_page_get_heading (page), ==, cr_result_get_title (before));

  /* What if I stopped promoting that brand? */
  question = cr_questionnaire_lookup ("brands", &q);
  g_assert_nonnull (cr_question_lookup_option (question, "none", &o));
  row = cr_result_page_get_answer_row (page, q);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_activate (cr_result_page_get_option_check (page, q, o));
  cr_answers_set_choice (answers, q, o);
  wait_idle ();

  g_assert_true (cr_answers_equal (cr_window_get_answers (window), answers));
  assert_result_shows (window, answers);
  g_assert_cmpint (cr_result_get_role (cr_result_page_get_result (page)), ==, CR_ROLE_NONE);
  g_assert_cmpstr (cr_result_page_get_heading (page), !=, cr_result_get_title (before));

  /* A platform ticked on the result page counts at once. */
  question = cr_questionnaire_lookup ("platforms", &q);
  g_assert_nonnull (cr_question_lookup_option (question, "youtube", &o));
  gtk_widget_activate (cr_result_page_get_option_check (page, q, o));
  wait_idle ();
  g_assert_true (cr_answers_get_option_selected (cr_window_get_answers (window), q, o));

  /* Each change the result proposes can be tried, and moves the verdict
   * where it said. */
  g_assert_cmpuint (cr_result_page_get_n_change_rows (page), >, 0);
  {
    const CrChange *change = cr_result_get_change (cr_result_page_get_result (page), 0);
    CrRole role = change->role;

    g_signal_emit_by_name (cr_result_page_get_change_button (page, 0), "clicked");
    wait_idle ();
    g_assert_cmpint (cr_result_get_role (cr_result_page_get_result (page)), ==, role);
  }

  close_window (window);
}

static void
test_close_call (void)
{
  CrWindow *window;

  clear_state ();
  window = new_window ();
  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[i].answers);
      g_autoptr(CrResult) result = cr_score (answers);
      gboolean close_call = cr_result_is_close_call (result) &&
                            cr_result_get_role (result) != CR_ROLE_NONE;

      if (cr_answers_is_empty (answers))
        continue;
      show_result (window, cr_test_profiles[i].answers);
      assert_result_shows (window, answers);
      g_assert_cmpint (cr_result_page_get_close_call_visible (result_page (window)), ==,
                       close_call);
      if (cr_test_profiles[i].close_call == 1)
        g_assert_true (cr_result_page_get_close_call_visible (result_page (window)));
    }
  close_window (window);
}

static JsonNode *
parse_without_created (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  root = json_node_copy (json_parser_get_root (parser));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_true (json_object_has_member (json_node_get_object (root), "created"));
  json_object_remove_member (json_node_get_object (root), "created");

  return root;
}

static void
test_export (void)
{
  const char *executable = g_getenv ("CR_EXECUTABLE");
  g_autofree char *path = g_build_filename (state_dir, "export.json", NULL);
  g_autofree char *missing = g_build_filename (state_dir, "no-such-folder", "export.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *cli_out = NULL;
  g_autofree char *cli_err = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  const char *argv[] = { executable, "--score", path, NULL };
  AdwMessageDialog *dialog;
  CrWindow *window;
  int status;

  g_assert_nonnull (executable);
  clear_state ();
  window = new_window ();
  show_result (window, cr_test_profiles[0].answers);

  g_assert_true (cr_window_export_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &exported, NULL, NULL));

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &cli_out, &cli_err, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cli_err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  a = parse_without_created (exported);
  b = parse_without_created (cli_out);
  g_assert_true (json_node_equal (a, b));

  /* A folder that is not there: the reason is shown, nothing is written. */
  g_assert_false (cr_window_export_to_file (window, missing_file, &error));
  g_assert_nonnull (error);
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), missing));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), error->message));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_unlink (path);
  close_window (window);
}

static GtkFileChooser *
find_file_chooser (CrWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static void
test_export_chooser (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "creator-role-result-%Y-%m-%d.json");
  g_autofree char *path = g_build_filename (state_dir, name, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (state_dir);
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *current = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  GtkFileChooser *chooser;
  CrWindow *window;

  clear_state ();
  window = new_window ();
  show_result (window, cr_test_profiles[3].answers);

  /* Ctrl+E asks where, offering a name with today's date. */
  g_assert_null (find_file_chooser (window));
  g_assert_true (press_key (window, GDK_KEY_e, GDK_CONTROL_MASK));
  chooser = find_file_chooser (window);
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  current = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (current, ==, name);

  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the name before it answers. */
  while (find_file_chooser (window) != NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_idle ();

  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  expected = cr_session_to_data (cr_window_get_session (window), NULL);
  a = parse_without_created (written);
  b = parse_without_created (expected);
  g_assert_true (json_node_equal (a, b));
  g_assert_no_errno (g_unlink (path));

  /* Ctrl+O asks what to open; cancelling changes nothing. */
  g_assert_true (press_key (window, GDK_KEY_o, GDK_CONTROL_MASK));
  chooser = find_file_chooser (window);
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_OPEN);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  while (find_file_chooser (window) != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "result");

  close_window (window);
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return TRUE;

  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

      return title != NULL && *title != '\0';
    }

  return FALSE;
}

/* Every control the user can reach has a name a screen reader can say. */
static void
assert_named (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) ||
      GTK_IS_LEVEL_BAR (widget) || GTK_IS_PROGRESS_BAR (widget) ||
      ADW_IS_PREFERENCES_ROW (widget) ||
      (gtk_widget_get_focusable (widget) && !GTK_IS_LIST_BOX (widget) &&
       !GTK_IS_LABEL (widget) && !GTK_IS_SCROLLED_WINDOW (widget) && !GTK_IS_VIEWPORT (widget)))
    if (!has_accessible_name (widget))
      g_error ("%s has no accessible name (parent %s)", G_OBJECT_TYPE_NAME (widget),
               G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_named (child);
}

static void
test_accessible (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  g_autoptr(CrResult) expected = cr_score (answers);
  CrResultPage *page;
  CrWindow *window;

  clear_state ();
  window = new_window ();
  assert_named (GTK_WIDGET (window));
  click (window, "win.start");
  assert_named (GTK_WIDGET (window));
  show_result (window, cr_test_profiles[0].answers);
  page = result_page (window);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (cr_result_page_get_answer_row (page, 0)), TRUE);
  wait_idle ();
  assert_named (GTK_WIDGET (window));

  /* The bars say their values. */
  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      GtkWidget *bar = cr_result_page_get_score_bar (page, role);
      g_autofree char *label = g_strdup_printf ("%s: %u of 100", cr_role_get_name (role),
                                                cr_result_get_score (expected, role));

      gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                           (double) cr_result_get_score (expected, role));
      gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0);
      gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
    }

  close_window (window);
}

static void
test_open (void)
{
  g_autofree char *bad_path = g_build_filename (state_dir, "malformed.json", NULL);
  g_autofree char *good_path = g_build_filename (state_dir, "good.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  g_autoptr(CrAnswers) before = cr_test_answers_new ("compensation=gifts brands=few");
  g_autoptr(CrAnswers) other = cr_test_answers_new (cr_test_profiles[2].answers);
  g_autoptr(CrResult) other_result = cr_score (other);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) cli_error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *data = NULL;
  AdwMessageDialog *dialog;
  CrWindow *window;
  gsize length;

  clear_state ();
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"creator-role/result\", ", -1,
                                      NULL));
  data = cr_document_to_data (other, other_result, "en", NULL, TRUE, &length);
  g_assert_true (g_file_set_contents (good_path, data, length, NULL));

  window = new_window ();
  cr_answers_assign (cr_window_get_answers (window), before);
  wait_idle ();

  g_assert_false (cr_window_open_file (window, bad, &error));
  g_assert_nonnull (error);
  g_assert_true (cr_answers_equal (cr_window_get_answers (window), before));

  /* The dialog says what the command line says. */
  g_assert_null (cr_document_load (bad, NULL, &cli_error));
  body = g_strdup_printf ("%s: %s", bad_path, cli_error->message);
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, body);
  respond (window, "_Close");
  g_assert_null (find_dialog (window));

  /* From the command line: `creator-role good.json`. */
  g_application_open (G_APPLICATION (app), &good, 1, "");
  wait_idle ();
  g_assert_true (cr_answers_equal (cr_window_get_answers (window), other));
  assert_result_shows (window, other);

  close_window (window);
}

static void
test_draft_resume (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[1].answers);
  g_autoptr(CrAnswers) expected = NULL;
  g_autofree char *path = draft_path ();
  CrWindow *window;

  clear_state ();
  window = new_window ();
  click (window, "win.start");
  for (guint q = 0; q < 4; q++)
    {
      click_answer (window, answers);
      click (window, "win.next");
    }
  expected = cr_answers_copy (cr_window_get_answers (window));
  g_assert_cmpuint (cr_answers_get_n_answered (expected), ==, 4);
  close_window (window);

  /* Written when the window went, in the document format. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(CrAnswers) draft = cr_document_load (file, NULL, NULL);

    g_assert_nonnull (draft);
    g_assert_true (cr_answers_equal (draft, expected));
  }

  /* The new window offers the draft, and applies it only when asked. */
  window = new_window ();
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "welcome");
  g_assert_cmpstr (cr_welcome_page_get_resume_label (CR_WELCOME_PAGE (cr_window_get_page (window))),
                   ==, "Resume: 4 of 10 answered");
  g_assert_true (cr_answers_is_empty (cr_window_get_answers (window)));
  save_screenshot (window, "welcome-resume");
  click (window, "win.resume");
  g_assert_true (cr_answers_equal (cr_window_get_answers (window), expected));
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-5");
  close_window (window);

  /* Closing without a change keeps the draft. */
  window = new_window ();
  g_assert_nonnull (cr_welcome_page_get_resume_label (CR_WELCOME_PAGE (cr_window_get_page (window))));
  close_window (window);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Start over asks first, then forgets the draft. */
  window = new_window ();
  click (window, "win.start-over");
  g_assert_nonnull (find_dialog (window));
  respond (window, "_Cancel");
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "welcome");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  click (window, "win.start-over");
  respond (window, "_Start Over");
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-1");
  g_assert_true (cr_answers_is_empty (cr_window_get_answers (window)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  close_window (window);
}

static void
test_draft_corrupt (void)
{
  g_autofree char *path = draft_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *aside = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  CrWindow *window;

  clear_state ();
  g_assert_no_errno (g_mkdir_with_parents (folder, 0700));
  g_assert_true (g_file_set_contents (path, "{ not json", -1, NULL));

  window = new_window ();
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "welcome");
  g_assert_null (cr_welcome_page_get_resume_label (CR_WELCOME_PAGE (cr_window_get_page (window))));
  g_assert_nonnull (cr_session_get_corrupt_draft (cr_window_get_session (window)));
  save_screenshot (window, "welcome-corrupt");

  /* Kept aside, never deleted. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "draft.json.corrupt-"))
      aside = g_build_filename (folder, name, NULL);
  g_assert_nonnull (aside);
  g_assert_cmpstr (aside, ==, cr_session_get_corrupt_draft (cr_window_get_session (window)));
  g_assert_true (g_file_get_contents (aside, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ not json");

  close_window (window);
}

static void
draft_failed_cb (CrSession *session G_GNUC_UNUSED,
                 GError    *error,
                 gboolean  *failed)
{
  g_assert_nonnull (error);
  *failed = TRUE;
}

static void
test_draft_unwritable (void)
{
  g_autofree char *folder = g_build_filename (state_dir, "creator-role", NULL);
  g_autofree char *path = draft_path ();
  gboolean failed = FALSE;
  CrWindow *window;

  clear_state ();
  /* A folder where the draft should be: it cannot be written. */
  g_assert_no_errno (g_mkdir_with_parents (path, 0700));

  window = new_window ();
  g_signal_connect (cr_window_get_session (window), "draft-failed",
                    G_CALLBACK (draft_failed_cb), &failed);
  click (window, "win.start");
  g_test_expect_message ("CreatorRole", G_LOG_LEVEL_WARNING, "Cannot save the draft*");
  gtk_widget_activate (cr_question_page_get_option (question_page (window), 0));
  /* Until the debounced write has been tried. */
  while (!failed)
    g_main_context_iteration (NULL, TRUE);
  g_test_assert_expected_messages ();

  /* The wizard goes on, and says it once only. */
  click (window, "win.next");
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-2");
  gtk_widget_activate (cr_question_page_get_option (question_page (window), 1));
  wait_idle ();
  close_window (window);

  g_assert_no_errno (g_rmdir (path));
  g_assert_no_errno (g_rmdir (folder));
}

static void
test_retranslate (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[2].answers);
  g_autofree char *heading = NULL;
  CrWindow *window;

  clear_state ();
  window = new_window ();
  click (window, "win.start");
  click_answer (window, answers);
  click (window, "win.next");
  click_answer (window, answers);

  g_assert_true (cr_i18n_set_language ("", NULL));
  cr_window_retranslate (window);
  wait_idle ();
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-2");
  g_assert_cmpuint (cr_answers_get_n_answered (cr_window_get_answers (window)), ==, 2);
  g_assert_true (button_sensitive (window, "win.next"));
  g_assert_true (is_inside (focus_widget (window),
                            cr_question_page_get_option (question_page (window),
                                                         cr_answers_get_choice (answers, 1))));

  show_result (window, cr_test_profiles[2].answers);
  heading = g_strdup (cr_result_page_get_heading (result_page (window)));
  cr_window_retranslate (window);
  wait_idle ();
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "result");
  g_assert_cmpstr (cr_result_page_get_heading (result_page (window)), ==, heading);
  g_assert_true (cr_answers_equal (cr_window_get_answers (window), answers));
  assert_result_shows (window, answers);

  /* Back from the result, the last question is built again. */
  click (window, "win.start-over");
  respond (window, "_Cancel");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  wait_idle ();
  g_assert_cmpstr (cr_window_get_page_name (window), ==, "question-10");

  close_window (window);
}

static GtkMenuButton *
find_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root))
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }

  return FALSE;
}

static void
test_menu (void)
{
  const char *actions[] = { "win.open", "app.scoring", "win.show-help-overlay", "app.about" };
  g_auto(GStrv) help_accels = NULL;
  g_auto(GStrv) quit_accels = NULL;
  GtkMenuButton *button;
  GMenuModel *menu;
  CrWindow *window;
  int n_items;

  clear_state ();
  window = new_window ();
  button = find_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_assert_true (menu_has_action (menu, actions[i]));
      if (g_str_has_prefix (actions[i], "app."))
        g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), actions[i] + 4));
    }

  /* The language section is there for the language menu to fill, and what
   * it holds outlives a change of language. */
  g_assert_nonnull (cr_window_get_language_section (window));
  g_menu_append (cr_window_get_language_section (window), "Test", "win.open");
  n_items = g_menu_model_get_n_items (G_MENU_MODEL (cr_window_get_language_section (window)));
  cr_window_retranslate (window);
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (cr_window_get_language_section (window))),
                   ==, n_items);
  g_assert_true (gtk_menu_button_get_menu_model (button) != menu);

  /* The shortcuts window, built when first asked for, and its key. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  gtk_window_close (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));
  help_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                       "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) help_accels, "<Control>question"));
  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *) quit_accels, "<Control>q"));

  close_window (window);
}

static void
test_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CrWindow *window;
  int width, height;

  clear_state ();
  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 700);
  window = new_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 700);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 720);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
  close_window (window);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

static void
save_screenshot (CrWindow   *window,
                 const char *name)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_build_filename (folder, file, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
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

  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  g_assert_cmpint (width, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_assert_no_errno (g_mkdir_with_parents (folder, 0755));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static GtkScrolledWindow *
find_scrolled_window (GtkWidget *root)
{
  if (GTK_IS_SCROLLED_WINDOW (root))
    return GTK_SCROLLED_WINDOW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled_window (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Shots of a long page, a screenful apart: NAME-2.png, NAME-3.png… */
static void
scroll_screenshots (CrWindow   *window,
                    const char *name)
{
  GtkScrolledWindow *scrolled = find_scrolled_window (cr_window_get_page (window));
  GtkAdjustment *adjustment;

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  for (guint n = 2; n < 8; n++)
    {
      g_autofree char *shot = g_strdup_printf ("%s-%u", name, n);
      double value = gtk_adjustment_get_value (adjustment);
      double last = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      if (value >= last)
        break;
      gtk_adjustment_set_value (adjustment,
                                MIN (last, value + gtk_adjustment_get_page_size (adjustment) - 48));
      save_screenshot (window, shot);
    }
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct { AdwColorScheme scheme; const char *suffix; } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
    { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };

  /* The default size, whatever tests before did. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_reset (settings, "window-width");
    g_settings_reset (settings, "window-height");
    g_settings_reset (settings, "window-maximized");
  }

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *welcome = g_strdup_printf ("welcome-%s", schemes[i].suffix);
      g_autofree char *question = g_strdup_printf ("question-%s", schemes[i].suffix);
      g_autofree char *result = g_strdup_printf ("result-%s", schemes[i].suffix);
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[11].answers);
      CrWindow *window;

      adw_style_manager_set_color_scheme (style, schemes[i].scheme);
      g_assert_cmpint (adw_style_manager_get_dark (style), ==,
                       schemes[i].scheme == ADW_COLOR_SCHEME_FORCE_DARK);

      clear_state ();
      window = new_window ();
      save_screenshot (window, welcome);

      click (window, "win.start");
      click_answer (window, answers);
      save_screenshot (window, question);

      show_result (window, cr_test_profiles[11].answers);
      save_screenshot (window, result);

      close_window (window);

      /* The rest of the result, explanations and all, one answer open. */
      window = new_window ();
      show_result (window, cr_test_profiles[11].answers);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (cr_result_page_get_answer_row (result_page (window),
                                                                                     0)),
                                     TRUE);
      scroll_screenshots (window, result);
      close_window (window);
    }

  /* The narrowest window, as on a phone. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
    CrWindow *window;

    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
    g_settings_set_int (settings, "window-width", 360);
    g_settings_set_int (settings, "window-height", 720);
    clear_state ();
    window = new_window ();
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
    save_screenshot (window, "narrow-welcome");
    click (window, "win.start");
    click_answer (window, answers);
    save_screenshot (window, "narrow-question");
    show_result (window, cr_test_profiles[0].answers);
    save_screenshot (window, "narrow-result");
    scroll_screenshots (window, "narrow-result");
    close_window (window);
    g_settings_reset (settings, "window-width");
    g_settings_reset (settings, "window-height");
  }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything reads it: the draft goes to a folder of our own. */
  state_dir = g_dir_make_tmp ("creator-role-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);

  /* GTK's test accessibility backend keeps what the widgets tell assistive
   * technologies, for the tests to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = cr_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *path = g_strdup_printf ("/window/profile/%s", cr_test_profiles[i].path);

      g_test_add_data_func (path, &cr_test_profiles[i], test_profile);
    }
  g_test_add_func ("/window/back-keeps-answers", test_back_keeps_answers);
  g_test_add_func ("/window/next-needs-answer", test_next_needs_answer);
  g_test_add_func ("/window/keyboard", test_keyboard);
  g_test_add_func ("/window/what-if", test_what_if);
  g_test_add_func ("/window/close-call", test_close_call);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/open", test_open);
  g_test_add_func ("/window/export-chooser", test_export_chooser);
  g_test_add_func ("/window/accessible", test_accessible);
  g_test_add_func ("/window/draft/resume", test_draft_resume);
  g_test_add_func ("/window/draft/corrupt", test_draft_corrupt);
  g_test_add_func ("/window/draft/unwritable", test_draft_unwritable);
  g_test_add_func ("/window/retranslate", test_retranslate);
  g_test_add_func ("/window/settings", test_settings);
  g_test_add_func ("/window/menu", test_menu);
  g_test_add_func ("/window/screenshots", test_screenshots);

  status = g_test_run ();

  g_clear_object (&app);
  clear_state ();
  {
    g_autofree char *folder = g_build_filename (state_dir, "creator-role", NULL);

    g_rmdir (folder);
    g_rmdir (state_dir);
  }
  g_free (state_dir);

  return status;
}
