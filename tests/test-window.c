/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the wizard and document windows, driven as a user drives them
 *
 * Each test builds the real windows inside the real application and works
 * them through their buttons, rows, actions and real keys (cr-test-window.c),
 * then checks what a user would see: the page shown, the focus, the
 * verdict, the bars, the files written. After every step that changes the
 * session, cr_test_check_window() checks that every page built, shown or
 * not, shows exactly what the session holds.
 *
 * Needs a display (Xvfb in CI); without one GTK cannot start and the test
 * fails rather than skips.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "cr-answer-row.h"
#include "cr-dialogs.h"
#include "cr-application.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-option-row.h"
#include "cr-page.h"
#include "cr-preview-dialog.h"
#include "cr-question-page.h"
#include "cr-questionnaire.h"
#include "cr-result-page.h"
#include "cr-result-text.h"
#include "cr-scores.h"
#include "cr-session.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"
#include "cr-test-window.h"
#include "cr-welcome-page.h"
#include "cr-window.h"

static const CrTestProfile *
profile (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    if (g_str_equal (cr_test_profiles[i].path, path))
      return &cr_test_profiles[i];

  g_error ("no profile %s", path);
}

static CrAnswers *
profile_answers (const char *path)
{
  return cr_test_answers_new (profile (path)->answers);
}

/* Writes @answers as a saved result, for a test to open. */
static GFile *
write_document (const char *name,
                CrAnswers  *answers)
{
  g_autoptr(CrResult) result = cr_score (answers);
  g_autofree char *path = g_build_filename (cr_test_get_state_dir (), name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  data = cr_document_to_data (answers, result, "en", NULL, TRUE, &length);
  g_assert_true (g_file_set_contents (path, data, length, NULL));

  return g_file_new_for_path (path);
}

/* Shows the result of @spec in a window of its own, as opening a saved
 * result does. */
static CrWindow *
open_document (const char *spec)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (spec);
  g_autoptr(GFile) file = write_document ("answers.json", answers);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSession) session = cr_session_new_for_file (file, &error);
  CrWindow *window;

  g_assert_no_error (error);
  window = cr_window_new_for_session (cr_test_get_app (), session);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_idle ();
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");

  return window;
}

static void
assert_result_shows (CrWindow  *window,
                     CrAnswers *answers)
{
  CrResultPage *page = cr_test_result_page (window);
  g_autoptr(CrResult) expected = cr_score (answers);
  GtkWidget *scores = cr_test_result_child (page, "scores");

  g_assert_cmpstr (cr_test_result_heading (page), ==, cr_result_get_title (expected));
  for (CrRole role = 0; role < CR_N_ROLES; role++)
    g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (cr_test_scores_bar (scores, role))),
                       ==, cr_result_get_score (expected, role));
  cr_test_check_window (window);
}

static JsonNode *parse_without_created (const char *data);

static CrOptionRow *
option_row (CrWindow *window,
            guint     option)
{
  return CR_OPTION_ROW (cr_test_option_row (cr_test_question_page (window), option));
}

/* The four profiles of RUBRIC.md, each walked twice: after the verdict,
 * Start Over, and the same again, the pages showing nothing of the first
 * pass. */
static void
test_profile (gconstpointer data)
{
  const CrTestProfile *p = data;
  g_autoptr(CrAnswers) answers = cr_test_answers_new (p->answers);
  CrWindow *window;
  CrRole role;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  g_assert_cmpstr (cr_test_page_name (window), ==, "welcome");
  g_assert_true (cr_role_from_id (p->role, &role));

  for (guint pass = 0; pass < 2; pass++)
    {
      click (window, "win.start");
      cr_test_walk_profile (window, answers);
      assert_result_shows (window, answers);
      g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
      g_assert_cmpint (cr_result_get_role (cr_session_get_result (cr_window_get_session (window))),
                       ==, role);

      click (window, "win.start-over");
      cr_test_respond (GTK_WINDOW (window), _("_Start Over"));
      g_assert_cmpstr (cr_test_page_name (window), ==, "question-1");
      g_assert_true (cr_answers_is_empty (cr_test_answers (window)));
      cr_test_check_window (window);
      /* Nothing shows as chosen, and a choice takes at the first click. */
      g_assert_false (cr_test_option_active (option_row (window, 0)));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
      wait_idle ();
      g_assert_cmpstr (cr_test_page_name (window), ==, "welcome");
      cr_test_check_window (window);
    }

  cr_test_close_window (window);
}

static void
test_back_keeps_answers (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("full-time-creator");
  CrWindow *window;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_click_answer (window, answers);
  click (window, "win.next");
  cr_test_click_answer (window, answers);
  click (window, "win.next");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-3");

  /* The header's Back. */
  click (window, "win.back");
  cr_test_check_window (window);
  click (window, "win.back");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-1");
  g_assert_cmpint (cr_answers_get_n_answered (cr_test_answers (window)), ==, 2);
  g_assert_true (cr_test_button_sensitive (window, "win.next"));
  g_assert_true (cr_test_option_active (option_row (window, cr_answers_get_choice (answers, 0))));
  cr_test_check_window (window);

  click (window, "win.back");
  g_assert_cmpstr (cr_test_page_name (window), ==, "welcome");
  g_assert_cmpint (cr_answers_get_n_answered (cr_test_answers (window)), ==, 2);
  cr_test_check_window (window);

  cr_test_close_window (window);
}

/* One choice must be made, or the question skipped on purpose; several
 * choices left empty mean none of them. */
static void
test_next_and_skip (void)
{
  CrWindow *window;
  CrAnswers *answers;
  guint n = cr_questionnaire_get_n_questions ();
  guint platforms;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  answers = cr_test_answers (window);
  click (window, "win.start");
  cr_questionnaire_lookup ("platforms", &platforms);

  for (guint q = 0; q < n; q++)
    {
      g_autofree char *name = g_strdup_printf ("question-%u", q + 1);
      gboolean multiple = cr_questionnaire_get_question (q)->multiple;

      g_assert_cmpstr (cr_test_page_name (window), ==, name);
      g_assert_cmpint (cr_test_button_sensitive (window, "win.next"), ==, multiple);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL);
      wait_idle ();
      if (multiple)
        continue;

      g_assert_cmpstr (cr_test_page_name (window), ==, name);
      if (q % 2 == 0)
        {
          /* Skipped on purpose. */
          click (window, "win.skip");
          g_assert_false (cr_answers_is_answered (answers, q));
        }
      else
        {
          gtk_widget_activate (GTK_WIDGET (option_row (window, 0)));
          wait_idle ();
          g_assert_true (cr_test_button_sensitive (window, "win.next"));
          click (window, "win.next");
        }
      cr_test_check_window (window);
    }

  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  /* Going on with no platform ticked answered "none of these". */
  g_assert_true (cr_answers_is_answered (answers, platforms));
  g_assert_cmpuint (cr_answers_get_selection (answers, platforms), ==, 0);

  /* The result names each skipped question. */
  for (guint q = 0; q < n; q++)
    {
      GtkWidget *row = cr_test_answer_row (cr_test_result_page (window), q);
      const char *subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));

      if (!cr_answers_is_answered (answers, q))
        g_assert_cmpstr (subtitle, ==, _("Not answered: the result leaves this question out."));
    }
  cr_test_check_window (window);

  /* Skipping an answered question takes its answer back. */
  click (window, "win.back");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-10");
  gtk_widget_activate (GTK_WIDGET (option_row (window, 1)));
  wait_idle ();
  click (window, "win.skip");
  g_assert_false (cr_answers_is_answered (answers, platforms));
  cr_test_check_window (window);

  cr_test_close_window (window);
}

/* The bar counts the questions answered, not the page. */
static void
test_progress (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("loyal-fan");
  CrWindow *window;
  GtkWidget *bar;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  bar = cr_test_template_child (cr_test_question_page (window), CR_TYPE_QUESTION_PAGE,
                                "progress_bar");
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)), ==, 0.0);
  cr_test_click_answer (window, answers);
  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)),
                                  1.0 / cr_questionnaire_get_n_questions (), 1e-9);
  click (window, "win.next");
  click (window, "win.skip");
  bar = cr_test_template_child (cr_test_question_page (window), CR_TYPE_QUESTION_PAGE,
                                "progress_bar");
  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)),
                                  1.0 / cr_questionnaire_get_n_questions (), 1e-9);
  cr_test_check_window (window);

  cr_test_close_window (window);
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

static double
scroll_position (CrWindow *window)
{
  GtkScrolledWindow *scrolled = find_scrolled_window (cr_test_page (window));

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scrolled));
}

/* Scrolls the page shown to its end, once it is laid out taller than the
 * window. */
static void
scroll_to_end (CrWindow *window)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (find_scrolled_window (cr_test_page (window)));

  cr_test_wait_for (gtk_adjustment_get_upper (adjustment) >
                    gtk_adjustment_get_page_size (adjustment) + 1);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  cr_test_wait_for (scroll_position (window) > 0);
}

/* A page comes back scrolled to its top, its title in view, the focus on
 * its first control. */
static void
test_pages_reopen_at_top (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("full-time-creator");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CrWindow *window;

  cr_test_clear_state ();
  g_settings_set_int (settings, "window-width", 360);
  g_settings_set_int (settings, "window-height", 400);
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_walk_profile (window, answers);

  /* Scrolled to the end of the result, then back to the last question. */
  scroll_to_end (window);
  g_assert_cmpfloat (scroll_position (window), >, 0);
  click (window, "win.back");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-10");
  scroll_to_end (window);
  g_assert_cmpfloat (scroll_position (window), >, 0);
  click (window, "win.next");
  g_assert_cmpfloat (scroll_position (window), ==, 0);
  g_assert_true (cr_test_focus (GTK_WINDOW (window)) ==
                 cr_result_page_get_heading_widget (cr_test_result_page (window)));
  click (window, "win.back");
  g_assert_cmpfloat (scroll_position (window), ==, 0);
  g_assert_true (cr_test_is_inside (cr_test_focus (GTK_WINDOW (window)),
                                    GTK_WIDGET (option_row (window, 0))));

  cr_test_close_window (window);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static char *
describe_focus (GtkWidget *widget)
{
  GtkWidget *row;

  if (widget == NULL)
    return g_strdup ("nothing");

  if ((row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW)) != NULL)
    return g_strdup_printf ("%s in row “%s”", G_OBJECT_TYPE_NAME (widget),
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return g_strdup_printf ("button “%s”", gtk_button_get_label (GTK_BUTTON (widget)));

  return g_strdup (G_OBJECT_TYPE_NAME (widget));
}

static gboolean
focus_is (GtkWindow *window,
          GtkWidget *expected)
{
  return cr_test_is_inside (cr_test_focus (window), expected);
}

/* Presses Tab from the page's first control and checks the focus goes to
 * each of @chain in turn, then Shift+Tab back to the first. */
static void
assert_tab_chain (CrWindow  *window,
                  GPtrArray *chain)
{
  GtkWindow *w = GTK_WINDOW (window);

  g_assert_cmpuint (chain->len, >, 1);
  if (!focus_is (w, g_ptr_array_index (chain, 0)))
    g_error ("the page starts at %s, not at the first control",
             describe_focus (cr_test_focus (w)));

  for (guint i = 1; i < chain->len; i++)
    {
      cr_test_send_keys (w, "Tab");
      cr_test_wait_for (focus_is (w, g_ptr_array_index (chain, i)));
      if (!focus_is (w, g_ptr_array_index (chain, i)))
        {
          g_autofree char *have = describe_focus (cr_test_focus (w));
          g_autofree char *want = describe_focus (g_ptr_array_index (chain, i));

          g_error ("Tab %u went to %s, not to %s", i, have, want);
        }
    }

  for (guint i = chain->len - 1; i > 0; i--)
    {
      cr_test_send_keys (w, "shift+Tab");
      cr_test_wait_for (focus_is (w, g_ptr_array_index (chain, i - 1)));
      if (!focus_is (w, g_ptr_array_index (chain, i - 1)))
        {
          g_autofree char *have = describe_focus (cr_test_focus (w));
          g_autofree char *want = describe_focus (g_ptr_array_index (chain, i - 1));

          g_error ("Shift+Tab back to %u went to %s, not to %s", i - 1, have, want);
        }
    }
}

/* On every page, Tab goes through every control in reading order from the
 * page's first, and Shift+Tab comes back. */
static void
test_tab_order (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("fan-or-creator");
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  CrWindow *window;
  CrWelcomePage *welcome;
  CrResultPage *result;
  guint n_changes;

  cr_test_clear_state ();
  window = cr_test_new_window ();

  /* Welcome: Start, Open. */
  welcome = cr_test_welcome_page (window);
  g_ptr_array_add (chain, find_actionable (GTK_WIDGET (welcome), "win.start"));
  g_ptr_array_add (chain, find_actionable (GTK_WIDGET (welcome), "win.open"));
  assert_tab_chain (window, chain);

  /* A question: each option, Skip, Next (sensitive once answered). */
  click (window, "win.start");
  cr_test_click_answer (window, answers);
  cr_page_present (CR_PAGE (cr_test_page (window)));
  /* From the option chosen, the options after it, Skip and Next. */
  g_ptr_array_set_size (chain, 0);
  for (guint o = cr_answers_get_choice (answers, 0);
       o < cr_questionnaire_get_question (0)->n_options; o++)
    g_ptr_array_add (chain, option_row (window, o));
  g_ptr_array_add (chain, find_actionable (cr_test_page (window), "win.skip"));
  g_ptr_array_add (chain, find_actionable (cr_test_page (window), "win.next"));
  assert_tab_chain (window, chain);

  /* The result: the verdict, Save Image, Copy as Text, Print, the menu
   * of the document's actions, Start Over, every what-if, whose name it
   * is, every answer. */
  click (window, "win.next");
  for (guint q = 1; q < cr_questionnaire_get_n_questions (); q++)
    {
      cr_test_click_answer (window, answers);
      click (window, "win.next");
    }
  result = cr_test_result_page (window);
  n_changes = cr_test_n_change_rows (result);
  g_assert_cmpuint (n_changes, >, 0);
  g_ptr_array_set_size (chain, 0);
  g_ptr_array_add (chain, cr_result_page_get_heading_widget (result));
  g_ptr_array_add (chain, find_actionable (GTK_WIDGET (result), "win.save-image"));
  g_ptr_array_add (chain, find_actionable (GTK_WIDGET (result), "win.copy-text"));
  g_ptr_array_add (chain, find_actionable (GTK_WIDGET (result), "win.print"));
  g_ptr_array_add (chain, cr_test_result_child (result, "share_menu_button"));
  g_ptr_array_add (chain, find_actionable (GTK_WIDGET (result), "win.start-over"));
  for (guint i = 0; i < n_changes; i++)
    g_ptr_array_add (chain, find_actionable (cr_test_change_row (result, i),
                                             "win.try-change"));
  g_ptr_array_add (chain, cr_test_result_child (result, "name_row"));
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    g_ptr_array_add (chain, cr_test_answer_row (result, q));
  assert_tab_chain (window, chain);

  cr_test_close_window (window);
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

static void
wait_for_page (CrWindow   *window,
               const char *name)
{
  for (int i = 0; i < 200 && g_strcmp0 (cr_test_page_name (window), name) != 0; i++)
    {
      wait_idle ();
      g_usleep (5000);
    }
  g_assert_cmpstr (cr_test_page_name (window), ==, name);
}

/* The keys of a question page work wherever the focus is, after a menu or
 * a dialog has closed too, and Enter never opens the menu. */
static void
test_keyboard (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("face-of-the-brand");
  GtkWindow *w;
  CrWindow *window;
  GtkMenuButton *menu_button;
  guint n = cr_questionnaire_get_n_questions ();

  cr_test_clear_state ();
  window = cr_test_new_window ();
  w = GTK_WINDOW (window);

  /* Enter on the focused Start button. */
  g_assert_true (GTK_IS_BUTTON (cr_test_focus (w)));
  cr_test_send_keys (w, "Return");
  wait_for_page (window, "question-1");
  g_assert_true (focus_is (w, GTK_WIDGET (option_row (window, 0))));

  /* 3 chooses the third option. */
  cr_test_send_keys (w, "3");
  cr_test_wait_for (cr_answers_get_choice (cr_test_answers (window), 0) == 2);
  g_assert_cmpint (cr_answers_get_choice (cr_test_answers (window), 0), ==, 2);
  g_assert_true (focus_is (w, GTK_WIDGET (option_row (window, 2))));
  cr_test_check_window (window);

  /* Arrows move, Space chooses. */
  cr_test_send_keys (w, "Up space");
  cr_test_wait_for (cr_answers_get_choice (cr_test_answers (window), 0) == 1);
  g_assert_cmpint (cr_answers_get_choice (cr_test_answers (window), 0), ==, 1);

  /* With the focus on the main menu's button, keys still answer, and
   * Enter goes on instead of opening the menu. */
  menu_button = find_menu_button (GTK_WIDGET (window));
  gtk_widget_grab_focus (GTK_WIDGET (menu_button));
  cr_test_send_keys (w, "1");
  cr_test_wait_for (cr_answers_get_choice (cr_test_answers (window), 0) == 0);
  g_assert_cmpint (cr_answers_get_choice (cr_test_answers (window), 0), ==, 0);
  cr_test_send_keys (w, "Return");
  wait_for_page (window, "question-2");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu_button))));

  /* After the menu has been opened and closed, the keys still work. */
  gtk_menu_button_popup (menu_button);
  wait_idle ();
  cr_test_send_keys (w, "Escape");
  cr_test_wait_for (!gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu_button))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu_button))));
  cr_test_send_keys (w, "2");
  cr_test_wait_for (cr_answers_get_choice (cr_test_answers (window), 1) == 1);
  g_assert_cmpint (cr_answers_get_choice (cr_test_answers (window), 1), ==, 1);

  /* And after a dialog. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-over", NULL);
  wait_idle ();
  g_assert_nonnull (cr_test_find_dialog (w));
  cr_test_respond (w, _("_Cancel"));
  cr_test_send_keys (w, "3");
  cr_test_wait_for (cr_answers_get_choice (cr_test_answers (window), 1) == 2);
  g_assert_cmpint (cr_answers_get_choice (cr_test_answers (window), 1), ==, 2);
  cr_test_check_window (window);

  /* Enter on an option chooses it and goes on. */
  gtk_widget_grab_focus (GTK_WIDGET (option_row (window, 0)));
  cr_test_send_keys (w, "Return");
  wait_for_page (window, "question-3");
  g_assert_cmpint (cr_answers_get_choice (cr_test_answers (window), 1), ==, 0);

  /* Alt+Left goes back, to the option chosen; Alt+Right on. */
  cr_test_send_keys (w, "alt+Left");
  wait_for_page (window, "question-2");
  cr_test_wait_for (focus_is (w, GTK_WIDGET (option_row (window, 0))));
  g_assert_true (focus_is (w, GTK_WIDGET (option_row (window, 0))));
  cr_test_send_keys (w, "alt+Right");
  wait_for_page (window, "question-3");
  /* Not past a question that needs an answer. */
  cr_test_send_keys (w, "alt+Right");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-3");

  /* Every answer from the keypad, from the first question. */
  cr_test_send_keys (w, "alt+Left alt+Left");
  wait_for_page (window, "question-1");
  for (guint q = 0; q < n; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      g_autofree char *name = g_strdup_printf ("question-%u", q + 1);

      wait_for_page (window, name);
      for (guint o = 0; o < question->n_options; o++)
        {
          gboolean want = cr_answers_get_option_selected (answers, q, o);
          gboolean have = cr_answers_get_option_selected (cr_test_answers (window), q, o);

          if (want != have)
            {
              g_autofree char *key = g_strdup_printf ("KP_%u", o + 1);

              g_assert_cmpuint (o, <, 9);
              cr_test_send_keys (w, key);
              cr_test_wait_for (cr_answers_get_option_selected (cr_test_answers (window),
                                                                q, o) == want);
            }
        }
      cr_test_send_keys (w, "KP_Enter");
    }
  wait_for_page (window, "result");
  assert_result_shows (window, answers);
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
  g_assert_true (cr_test_focus (w) ==
                 cr_result_page_get_heading_widget (cr_test_result_page (window)));

  /* Digits on the result page choose nothing. */
  cr_test_send_keys (w, "1");
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));

  /* Ctrl+Shift+C copies the document. */
  {
    g_autofree char *expected = cr_session_to_data (cr_window_get_session (window), NULL);
    GdkContentProvider *content;
    g_auto(GValue) value = G_VALUE_INIT;
    g_autoptr(JsonNode) a = NULL;
    g_autoptr(JsonNode) b = NULL;

    cr_test_send_keys (w, "ctrl+shift+c");
    cr_test_wait_for (gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (window))) != NULL);
    content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (window)));
    g_assert_nonnull (content);

    g_value_init (&value, G_TYPE_STRING);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    a = parse_without_created (g_value_get_string (&value));
    b = parse_without_created (expected);
    g_assert_true (json_node_equal (a, b));
  }

  /* Ctrl+W closes the window. */
  cr_test_send_keys (w, "ctrl+w");
  cr_test_wait_for (!gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));

  cr_test_close_window (window);
}

/* Try It shows what the verdict would be, apart and marked, until it is
 * kept or dropped; the user's own verdict stays what the heading says. */
static void
test_what_if (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new ("compensation=gifts agreement=none "
                                                       "brands=few customer=yes-loyal");
  g_autoptr(CrAnswers) before = NULL;
  g_autofree char *own = NULL;
  CrResultPage *page;
  CrSession *session;
  CrWindow *window;

  cr_test_clear_state ();
  window = open_document ("compensation=gifts agreement=none brands=few customer=yes-loyal");
  session = cr_window_get_session (window);
  page = cr_test_result_page (window);
  before = cr_answers_copy (cr_test_answers (window));
  own = g_strdup (cr_test_result_heading (page));
  g_assert_cmpuint (cr_test_n_change_rows (page), >, 0);
  g_assert_false (gtk_widget_get_visible (cr_test_result_child (page, "trial_box")));

  for (guint pass = 0; pass < 2; pass++)
    {
      g_signal_emit_by_name (find_actionable (cr_test_change_row (page, 0),
                                              "win.try-change"), "clicked");
      wait_idle ();
      g_assert_true (gtk_widget_get_visible (cr_test_result_child (page, "trial_box")));
      g_assert_cmpstr (cr_test_result_heading (page), ==, own);
      g_assert_true (cr_answers_equal (cr_test_answers (window), before));
      g_assert_true (cr_test_focus (GTK_WINDOW (window)) == cr_result_page_get_trial_heading (page));
      /* Tab goes on from there to the card's buttons, with real keys. */
      if (pass == 0)
        {
          g_autoptr(GPtrArray) chain = g_ptr_array_new ();
          GtkWidget *keep = find_actionable (cr_test_result_child (page, "trial_box"),
                                             "win.keep-trial");

          /* Tab follows the layout: the card's, once it has one. */
          cr_test_wait_for (gtk_widget_get_width (keep) > 0);
          g_ptr_array_add (chain, cr_result_page_get_trial_heading (page));
          g_ptr_array_add (chain, find_actionable (cr_test_result_child (page, "trial_box"),
                                                   "win.end-trial"));
          g_ptr_array_add (chain, keep);
          assert_tab_chain (window, chain);
        }
      cr_test_check_window (window);

      /* Back to my answers. */
      click (window, "win.end-trial");
      g_assert_false (gtk_widget_get_visible (cr_test_result_child (page, "trial_box")));
      g_assert_true (cr_answers_equal (cr_test_answers (window), before));
      g_assert_true (cr_test_focus (GTK_WINDOW (window)) == cr_result_page_get_heading_widget (page));
      cr_test_check_window (window);
    }

  /* Kept: the answers change, and so the verdict. */
  {
    CrRole tried;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.try-change", "u", 0);
    wait_idle ();
    tried = cr_result_get_role (cr_session_get_trial_result (session));
    click (window, "win.keep-trial");
    g_assert_false (cr_answers_equal (cr_test_answers (window), before));
    g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==, tried);
    g_assert_cmpstr (cr_test_result_heading (page), !=, own);
    g_assert_true (cr_session_get_modified (session));
    cr_test_check_window (window);
  }

  /* Closing a changed document asks first; discarding closes it. */
  gtk_window_close (GTK_WINDOW (window));
  wait_idle ();
  g_assert_nonnull (cr_test_find_dialog (GTK_WINDOW (window)));
  cr_test_respond (GTK_WINDOW (window), _("_Discard"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
}

/* An answer changed on the result page counts at once, everywhere. */
static void
test_edit_in_place (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("loyal-fan");
  CrAnswerRow *row;
  CrWindow *window;
  guint q, o;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_walk_profile (window, answers);

  /* What if I stopped promoting that brand? */
  cr_question_lookup_option (cr_questionnaire_lookup ("brands", &q), "none", &o);
  row = CR_ANSWER_ROW (cr_test_answer_row (cr_test_result_page (window), q));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_idle ();
  gtk_widget_activate (cr_test_answer_option (row, o));
  wait_idle ();
  cr_answers_set_choice (answers, q, o);
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
  assert_result_shows (window, answers);

  /* A platform ticked here shows ticked on its question page too. */
  cr_question_lookup_option (cr_questionnaire_lookup ("platforms", &q), "youtube", &o);
  row = CR_ANSWER_ROW (cr_test_answer_row (cr_test_result_page (window), q));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_idle ();
  gtk_widget_activate (cr_test_answer_option (row, o));
  wait_idle ();
  g_assert_true (cr_answers_get_option_selected (cr_test_answers (window), q, o));
  cr_test_check_window (window);
  click (window, "win.back");
  g_assert_true (cr_test_option_active (option_row (window, o)));

  cr_test_close_window (window);
}

/* Whose result it is: typed on the result page, kept in the answers and
 * the draft, cleared by Start Over. */
static void
test_name (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("loyal-fan");
  g_autofree char *path = cr_test_draft_path ();
  g_autoptr(GFile) draft = g_file_new_for_path (path);
  GtkWidget *entry;
  CrWindow *window;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_walk_profile (window, answers);
  entry = cr_test_result_child (cr_test_result_page (window), "name_row");

  gtk_editable_set_text (GTK_EDITABLE (entry), "Maya ");
  wait_idle ();
  /* The space being typed stays in the entry, not in the name. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Maya ");
  g_assert_cmpstr (cr_answers_get_name (cr_test_answers (window)), ==, "Maya");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Maya Ortiz");
  wait_idle ();
  g_assert_cmpstr (cr_answers_get_name (cr_test_answers (window)), ==, "Maya Ortiz");
  cr_test_check_window (window);
  g_assert_true (cr_session_save_draft_now (cr_window_get_session (window), NULL));
  {
    g_autoptr(CrAnswers) on_disk = cr_document_load (draft, NULL, NULL);

    g_assert_cmpstr (cr_answers_get_name (on_disk), ==, "Maya Ortiz");
  }

  click (window, "win.start-over");
  cr_test_respond (GTK_WINDOW (window), _("_Start Over"));
  g_assert_null (cr_answers_get_name (cr_test_answers (window)));
  cr_test_walk_profile (window, answers);
  entry = cr_test_result_child (cr_test_result_page (window), "name_row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  cr_test_check_window (window);

  cr_test_close_window (window);
}

static void
test_close_call (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[i].answers);
      g_autoptr(CrResult) result = cr_score (answers);
      g_autofree char *note = cr_result_describe_close_call (result);
      CrWindow *window;

      if (cr_answers_is_empty (answers))
        continue;
      window = open_document (cr_test_profiles[i].answers);
      assert_result_shows (window, answers);
      g_assert_cmpint (gtk_widget_get_visible (cr_test_result_child (cr_test_result_page (window),
                                                                     "close_call_box")),
                       ==, note != NULL);
      if (cr_test_profiles[i].close_call == 1)
        g_assert_nonnull (note);
      cr_test_close_window (window);
    }
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
  g_autofree char *path = g_build_filename (cr_test_get_state_dir (), "export.json", NULL);
  g_autofree char *missing = g_build_filename (cr_test_get_state_dir (), "no-such-folder",
                                               "export.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(CrAnswers) answers = profile_answers ("full-time-creator");
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *cli_out = NULL;
  g_autofree char *cli_err = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  const char *argv[] = { executable, "--score", path, NULL };
  AdwAlertDialog *dialog;
  CrWindow *window;
  int status;

  g_assert_nonnull (executable);
  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_walk_profile (window, answers);

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
  dialog = cr_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (dialog), missing));
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (dialog), error->message));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_unlink (path);
  cr_test_close_window (window);
}

static GtkWindow *
find_file_chooser (CrWindow *window)
{
  return cr_test_find_file_chooser (GTK_WINDOW (window));
}

static void
test_export_chooser (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "creator-role-result-%Y-%m-%d.json");
  /* A folder no file dialog of the run has been in: the one the next
   * dialog starts in is then this test's choice. */
  g_autofree char *folder_path = g_build_filename (cr_test_get_state_dir (), "exports", NULL);
  g_autofree char *path = g_build_filename (folder_path, name, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(CrAnswers) answers = profile_answers ("no-brand-at-all");
  g_autofree char *described = NULL;
  g_autoptr(GFile) shown = NULL;
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *current = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  GtkWindow *chooser;
  CrWindow *window;
  CrWindow *other;

  cr_test_clear_state ();
  g_assert_false (g_file_test (folder_path, G_FILE_TEST_EXISTS));
  g_assert_no_errno (g_mkdir (folder_path, 0700));
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_walk_profile (window, answers);

  /* Ctrl+E asks where, offering a name with today's date, as JSON. */
  g_assert_null (find_file_chooser (window));
  cr_test_send_keys (GTK_WINDOW (window), "ctrl+e");
  cr_test_wait_for (find_file_chooser (window) != NULL);
  chooser = find_file_chooser (window);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_modal (chooser));
  g_assert_true (cr_test_file_chooser_is_saving (chooser));
  current = cr_test_file_chooser_get_name (chooser);
  g_assert_cmpstr (current, ==, name);
  described = cr_test_file_chooser_describe_filters (chooser);
  g_assert_cmpstr (described, ==,
                   "*('JSON Documents', [(1, 'application/json'), (0, '*.[jJ][sS][oO][nN]')])\n");
  g_clear_pointer (&described, g_free);

  cr_test_file_chooser_accept (chooser, folder, NULL);

  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  expected = cr_session_to_data (cr_window_get_session (window), NULL);
  a = parse_without_created (written);
  b = parse_without_created (expected);
  g_assert_true (json_node_equal (a, b));

  /* The folder is remembered: Ctrl+O starts there, and cancelling
   * changes nothing. */
  cr_test_send_keys (GTK_WINDOW (window), "ctrl+o");
  cr_test_wait_for (find_file_chooser (window) != NULL);
  chooser = find_file_chooser (window);
  g_assert_nonnull (chooser);
  g_assert_false (cr_test_file_chooser_is_saving (chooser));
  described = cr_test_file_chooser_describe_filters (chooser);
  g_assert_cmpstr (described, ==,
                   "*('JSON Documents', [(1, 'application/json'), (0, '*.[jJ][sS][oO][nN]')])\n");
  g_clear_pointer (&described, g_free);
  shown = cr_test_file_chooser_get_folder (chooser);
  g_assert_nonnull (shown);
  g_assert_true (g_file_equal (shown, folder));
  g_clear_object (&shown);
  cr_test_file_chooser_cancel (chooser);
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));

  /* Another window of the run starts there too; closed with its chooser
   * open, it takes the chooser with it. */
  other = cr_test_new_window ();
  gtk_widget_activate_action (GTK_WIDGET (other), "win.open", NULL);
  cr_test_wait_for (find_file_chooser (other) != NULL);
  chooser = find_file_chooser (other);
  g_assert_nonnull (chooser);
  shown = cr_test_file_chooser_get_folder (chooser);
  g_assert_nonnull (shown);
  g_assert_true (g_file_equal (shown, folder));
  gtk_window_destroy (GTK_WINDOW (other));
  cr_test_wait_for (find_file_chooser (other) == NULL);
  g_assert_null (find_file_chooser (other));
  wait_idle ();
  g_assert_finalize_object (other);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (folder_path));
  cr_test_close_window (window);
}

/* Start Over's alert: its buttons, the one pressed by Escape and Enter,
 * and what each answer does. Dialogs presented on the window go with it
 * when it closes. */
static void
test_dialogs (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("fan-or-creator");
  AdwAlertDialog *alert;
  AdwDialog *preview;
  CrWindow *window;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_walk_profile (window, answers);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-over", NULL);
  wait_idle ();
  alert = cr_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  g_assert_true (gtk_widget_get_root (GTK_WIDGET (alert)) == GTK_ROOT (window));
  g_assert_cmpstr (adw_alert_dialog_get_heading (alert), ==, "Start Over?");
  g_assert_true (adw_alert_dialog_has_response (alert, "cancel"));
  g_assert_true (adw_alert_dialog_has_response (alert, "start-over"));
  g_assert_cmpstr (adw_alert_dialog_get_response_label (alert, "start-over"), ==, "_Start Over");
  g_assert_cmpint (adw_alert_dialog_get_response_appearance (alert, "start-over"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  /* Enter and Escape both keep the answers. */
  g_assert_cmpstr (adw_alert_dialog_get_default_response (alert), ==, "cancel");
  g_assert_cmpstr (adw_alert_dialog_get_close_response (alert), ==, "cancel");

  /* Cancel keeps everything. */
  cr_test_respond (GTK_WINDOW (window), _("_Cancel"));
  cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (window)) == NULL);
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));

  /* Start Over clears the answers and goes to the first question. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-over", NULL);
  wait_idle ();
  cr_test_respond (GTK_WINDOW (window), _("_Start Over"));
  cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (window)) == NULL);
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-1");
  g_assert_true (cr_answers_is_empty (cr_test_answers (window)));
  cr_test_check_window (window);

  /* The window closed with the card's preview and an alert over it: both
   * go with it. */
  cr_test_walk_profile (window, answers);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-image", NULL);
  wait_idle ();
  preview = cr_test_find_dialog_in (GTK_WINDOW (window));
  g_assert_true (CR_IS_PREVIEW_DIALOG (preview));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-over", NULL);
  wait_idle ();
  alert = cr_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  g_object_ref (preview);
  g_object_ref (alert);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
  g_assert_finalize_object (window);
  wait_idle ();
  g_assert_finalize_object (alert);
  g_assert_finalize_object (preview);
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

  /* GTK reads a tooltip as the name when there is nothing else. */
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    return TRUE;

  /* A menu button's own button is named by the menu button (what the
   * screen-reader walk hears, tests/check-atspi.py). */
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    return has_accessible_name (gtk_widget_get_parent (widget));

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
      (gtk_widget_get_focusable (widget) && !GTK_IS_LIST_BOX (widget) && !GTK_IS_TEXT (widget) &&
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
  g_autoptr(CrAnswers) answers = profile_answers ("full-time-creator");
  g_autoptr(CrResult) expected = cr_score (answers);
  CrResultPage *page;
  CrOptionRow *row;
  CrWindow *window;
  GtkWidget *scores;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  assert_named (GTK_WIDGET (window));
  click (window, "win.start");
  assert_named (GTK_WIDGET (window));
  /* Single choices are radio buttons to assistive technologies: the row,
   * which takes the focus, with the checked state the answers give; the
   * button inside only draws it, not presented, not to be met twice. */
  row = option_row (window, 0);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row)),
                   ==, GTK_ACCESSIBLE_ROLE_RADIO);
  gtk_test_accessible_assert_state (row, GTK_ACCESSIBLE_STATE_CHECKED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (cr_test_option_check (row))),
                   ==, GTK_ACCESSIBLE_ROLE_PRESENTATION);
  gtk_widget_activate (GTK_WIDGET (row));
  g_assert_true (cr_test_option_active (row));
  gtk_test_accessible_assert_state (row, GTK_ACCESSIBLE_STATE_CHECKED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);
  cr_test_walk_profile (window, answers);
  page = cr_test_result_page (window);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (cr_test_answer_row (page, 0)), TRUE);
  wait_idle ();
  assert_named (GTK_WIDGET (window));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (cr_result_page_get_heading_widget (page))),
                   ==, GTK_ACCESSIBLE_ROLE_HEADING);

  /* The bars say their values. */
  scores = cr_test_result_child (page, "scores");
  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      GtkWidget *bar = cr_test_scores_bar (scores, role);
      g_autofree char *label = g_strdup_printf ("%s: %u of 100", cr_role_get_name (role),
                                                cr_result_get_score (expected, role));

      gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                           (double) cr_result_get_score (expected, role));
      gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0);
      gtk_test_accessible_assert_property (bar, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
    }

  cr_test_close_window (window);
}

/* A refused file: the dialog says what the command line says, and
 * nothing changes. */
static void
test_open_refused (void)
{
  g_autofree char *bad_path = g_build_filename (cr_test_get_state_dir (), "malformed.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(CrAnswers) before = cr_test_answers_new ("compensation=gifts brands=few");
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) cli_error = NULL;
  g_autofree char *body = NULL;
  AdwAlertDialog *dialog;
  CrWindow *window;

  cr_test_clear_state ();
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": \"creator-role/result\", ", -1,
                                      NULL));
  window = cr_test_new_window ();
  cr_answers_assign (cr_test_answers (window), before);
  wait_idle ();

  g_assert_false (cr_window_open_file (window, bad, &error));
  g_assert_nonnull (error);
  g_assert_true (cr_answers_equal (cr_test_answers (window), before));
  g_assert_null (cr_test_find_window_for (bad));

  g_assert_null (cr_document_load (bad, NULL, &cli_error));
  body = g_strdup_printf ("%s: %s", bad_path, cli_error->message);
  dialog = cr_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_alert_dialog_get_body (dialog), ==, body);
  cr_test_respond (GTK_WINDOW (window), _("_Close"));
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  cr_test_check_window (window);

  g_unlink (bad_path);
  cr_test_close_window (window);
}

/* Opening a document over answers in progress opens it in a window of its
 * own: the answers, and their draft, are untouched; the new window says
 * which file it shows. */
static void
test_open_keeps_work (void)
{
  g_autoptr(CrAnswers) in_progress = cr_test_answers_new ("compensation=gifts agreement=none");
  g_autoptr(CrAnswers) other = profile_answers ("face-of-the-brand");
  g_autoptr(GFile) file = write_document ("face.json", other);
  g_autofree char *draft_path = cr_test_draft_path ();
  g_autofree char *draft_before = NULL;
  g_autofree char *draft_after = NULL;
  CrWindow *window;
  CrWindow *document;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_click_answer (window, in_progress);
  click (window, "win.next");
  cr_test_click_answer (window, in_progress);
  g_assert_true (cr_session_save_draft_now (cr_window_get_session (window), NULL));
  g_assert_true (g_file_get_contents (draft_path, &draft_before, NULL, NULL));

  for (guint pass = 0; pass < 2; pass++)
    {
      g_assert_true (cr_window_open_file (window, file, NULL));
      wait_idle ();
      document = cr_test_find_window_for (file);
      g_assert_nonnull (document);
      g_assert_true (document != window);
      g_assert_true (cr_answers_equal (cr_test_answers (document), other));
      g_assert_cmpstr (cr_test_page_name (document), ==, "result");
      g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (document)), "face.json"));
      assert_result_shows (document, other);

      /* The work in progress is where it was. */
      g_assert_cmpstr (cr_test_page_name (window), ==, "question-2");
      g_assert_cmpuint (cr_answers_get_n_answered (cr_test_answers (window)), ==, 2);
      cr_test_check_window (window);

      /* Changing the document changes neither the work nor its draft. */
      cr_answers_set_choice (cr_test_answers (document), 0, 0);
      wait_idle ();
      g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (document)), "•"));
      cr_test_check_window (document);
      g_object_ref (document);
      gtk_window_close (GTK_WINDOW (document));
      wait_idle ();
      cr_test_respond (GTK_WINDOW (document), _("_Discard"));
      g_assert_finalize_object (document);
    }

  g_assert_true (cr_session_save_draft_now (cr_window_get_session (window), NULL));
  g_assert_true (g_file_get_contents (draft_path, &draft_after, NULL, NULL));
  {
    g_autoptr(JsonNode) a = parse_without_created (draft_before);
    g_autoptr(JsonNode) b = parse_without_created (draft_after);

    g_assert_true (json_node_equal (a, b));
  }

  cr_test_close_window (window);
}

/* The wizard with nothing in it has nothing to lose: the document takes
 * its place; `creator-role FILE` and the recent results do the same. */
static void
test_open_in_place (void)
{
  g_autoptr(CrAnswers) other = profile_answers ("loyal-fan");
  g_autoptr(GFile) file = write_document ("fan.json", other);
  GtkWidget *recent_list;
  CrWindow *window;

  cr_test_clear_state ();
  gtk_recent_manager_purge_items (gtk_recent_manager_get_default (), NULL);
  window = cr_test_new_window ();
  g_assert_true (cr_window_open_file (window, file, NULL));
  wait_idle ();
  g_assert_true (cr_test_find_window_for (file) == window);
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_false (cr_session_get_keeps_draft (cr_window_get_session (window)));
  assert_result_shows (window, other);
  cr_test_close_window (window);

  /* It is listed among the recent results of a new window, and opens
   * from there; a roster, recent too, is the roster window's to list. */
  {
    g_autofree char *roster_path = g_build_filename (cr_test_get_state_dir (), "agency.csv", NULL);
    g_autoptr(GFile) roster = g_file_new_for_path (roster_path);

    g_assert_true (g_file_set_contents (roster_path, "name,brands\nAda,many\n", -1, NULL));
    cr_dialogs_add_recent (roster);
  }
  window = cr_test_new_window ();
  recent_list = cr_test_template_child (cr_test_welcome_page (window), CR_TYPE_WELCOME_PAGE,
                                        "recent_list");
  cr_test_wait_for (cr_test_list_n_rows (recent_list) > 0);
  g_assert_cmpuint (cr_test_list_n_rows (recent_list), ==, 1);
  {
    GtkWidget *row = cr_test_list_row (recent_list, 0);
    GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
    g_autoptr(GFile) listed = NULL;

    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.open-recent");
    g_assert_nonnull (target);
    listed = g_file_new_for_uri (g_variant_get_string (target, NULL));
    g_assert_true (g_file_equal (listed, file));
    gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.open-recent", target);
    wait_idle ();
  }
  g_assert_true (cr_test_find_window_for (file) == window);
  cr_test_close_window (window);
}

/* A document opened shows its result, and Back (the button, Alt+Left)
 * goes from there through its own questions, as in the wizard, with its
 * answers; a change there is the document's. Read-only answers (a
 * roster's row before Edit) have no way back. Walked twice. */
static void
test_open_back (void)
{
  g_autoptr(CrAnswers) other = profile_answers ("loyal-fan");
  g_autoptr(GFile) file = write_document ("doc.json", other);
  guint n = cr_questionnaire_get_n_questions ();
  g_autofree char *last = g_strdup_printf ("question-%u", n);
  g_autofree char *before_last = g_strdup_printf ("question-%u", n - 1);
  CrSession *session;
  CrWindow *window;
  GtkWindow *w;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  w = GTK_WINDOW (window);
  g_assert_true (cr_window_open_file (window, file, NULL));
  wait_idle ();
  session = cr_window_get_session (window);
  g_assert_false (cr_session_get_keeps_draft (session));
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_true (cr_test_button_sensitive (window, "win.back"));
  g_assert_true (gtk_widget_get_visible (find_actionable (GTK_WIDGET (window), "win.back")));

  for (int round = 0; round < 2; round++)
    {
      cr_test_send_keys (w, "alt+Left");
      wait_for_page (window, last);
      g_assert_cmpstr (cr_test_page_name (window), ==, last);
      g_assert_cmpstr (cr_test_page_name (window), !=, "welcome");
      g_assert_true (cr_test_is_inside (cr_test_focus (w), GTK_WIDGET (cr_test_question_page (window))));
      cr_test_send_keys (w, "alt+Left");
      wait_for_page (window, before_last);
      g_assert_cmpstr (cr_test_page_name (window), ==, before_last);
      cr_test_check_window (window);

      /* Answered there, the document changes; on to its result. */
      {
        CrAnswers *answers = cr_test_answers (window);
        const CrQuestion *question = cr_questionnaire_get_question (n - 2);
        g_autoptr(CrAnswers) before = cr_answers_copy (answers);
        guint option = 0;
        g_autofree char *key = NULL;

        if (!question->multiple && cr_answers_is_answered (answers, n - 2))
          option = ((guint) cr_answers_get_choice (answers, n - 2) + 1) % question->n_options;
        key = g_strdup_printf ("%u", option + 1);
        cr_test_send_keys (w, key);
        cr_test_wait_for (!cr_answers_equal (answers, before));
        g_assert_false (cr_answers_equal (answers, before));
        g_assert_true (cr_answers_get_option_selected (answers, n - 2, option) !=
                       cr_answers_get_option_selected (before, n - 2, option));
      }
      g_assert_true (cr_session_get_modified (session));
      g_assert_cmpstr (gtk_window_get_title (w), ==, "• doc.json — Creator Role");
      cr_test_send_keys (w, "alt+Right");
      wait_for_page (window, last);
      cr_test_send_keys (w, "Return");
      wait_for_page (window, "result");
      g_assert_cmpstr (cr_test_page_name (window), ==, "result");
      cr_test_check_window (window);
    }

  /* Read-only: no Back, and Alt+Left stays; Edit brings it back. */
  cr_session_set_editable (session, FALSE);
  wait_idle ();
  g_assert_null (find_actionable (GTK_WIDGET (window), "win.back"));
  cr_test_send_keys (w, "alt+Left");
  wait_idle ();
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL);
  wait_idle ();
  g_assert_true (gtk_widget_get_visible (find_actionable (GTK_WIDGET (window), "win.back")));

  /* Closing asks about the change: discarded here. */
  gtk_window_close (w);
  wait_idle ();
  g_assert_nonnull (cr_test_find_dialog (w));
  cr_test_respond (w, _("_Discard"));
  cr_test_close_window (window);
}

static void
test_draft_resume (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("loyal-fan");
  g_autoptr(CrAnswers) expected = NULL;
  g_autofree char *path = cr_test_draft_path ();
  g_autofree char *label = NULL;
  CrWindow *window;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  for (guint q = 0; q < 4; q++)
    {
      cr_test_click_answer (window, answers);
      click (window, "win.next");
    }
  expected = cr_answers_copy (cr_test_answers (window));
  g_assert_cmpuint (cr_answers_get_n_answered (expected), ==, 4);
  cr_test_close_window (window);

  /* Written when the window went, in the document format. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(CrAnswers) draft = cr_document_load (file, NULL, NULL);

    g_assert_nonnull (draft);
    g_assert_true (cr_answers_equal (draft, expected));
  }

  /* The new window offers the draft, and applies it only when asked. */
  window = cr_test_new_window ();
  label = g_strdup_printf (_("_Resume: %u of %u answered"), 4, cr_questionnaire_get_n_questions ());
  g_assert_cmpstr (cr_test_resume_label (cr_test_welcome_page (window)), ==, label);
  g_assert_true (cr_answers_is_empty (cr_test_answers (window)));
  cr_test_check_window (window);
  cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", "welcome-resume");
  click (window, "win.resume");
  g_assert_true (cr_answers_equal (cr_test_answers (window), expected));
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-5");
  cr_test_check_window (window);
  cr_test_close_window (window);

  /* Closing without a change keeps the draft. */
  window = cr_test_new_window ();
  g_assert_nonnull (cr_test_resume_label (cr_test_welcome_page (window)));
  cr_test_close_window (window);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Start over asks first, then forgets the draft. */
  window = cr_test_new_window ();
  click (window, "win.start-over");
  g_assert_nonnull (cr_test_find_dialog (GTK_WINDOW (window)));
  cr_test_respond (GTK_WINDOW (window), _("_Cancel"));
  g_assert_cmpstr (cr_test_page_name (window), ==, "welcome");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  click (window, "win.start-over");
  cr_test_respond (GTK_WINDOW (window), _("_Start Over"));
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-1");
  g_assert_true (cr_answers_is_empty (cr_test_answers (window)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  cr_test_check_window (window);
  cr_test_close_window (window);
}

/* A finished draft is offered as its result, and goes straight to it. */
static void
test_draft_complete (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("face-of-the-brand");
  CrWindow *window;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_walk_profile (window, answers);
  cr_test_close_window (window);

  window = cr_test_new_window ();
  g_assert_cmpstr (cr_test_resume_label (cr_test_welcome_page (window)), ==,
                   _("See Your _Result"));
  click (window, "win.resume");
  assert_result_shows (window, answers);
  cr_test_close_window (window);
}

static void
test_draft_corrupt (void)
{
  g_autofree char *path = cr_test_draft_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *aside = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  CrWindow *window;

  cr_test_clear_state ();
  g_assert_no_errno (g_mkdir_with_parents (folder, 0700));
  g_assert_true (g_file_set_contents (path, "{ not json", -1, NULL));

  window = cr_test_new_window ();
  g_assert_null (cr_test_resume_label (cr_test_welcome_page (window)));
  g_assert_nonnull (cr_test_welcome_notice (cr_test_welcome_page (window)));
  cr_test_check_window (window);
  cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", "welcome-corrupt");

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

  cr_test_close_window (window);
}

/* A draft made by a newer Creator Role is kept as it is, and the welcome
 * page says so; answers given now never replace it. */
static void
test_draft_newer (void)
{
  static const char newer[] =
    "{\"format\": \"creator-role/result\", \"version\": 99, \"answers\": {}}\n";
  g_autofree char *path = cr_test_draft_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *after = NULL;
  const char *notice;
  CrWindow *window;

  cr_test_clear_state ();
  g_assert_no_errno (g_mkdir_with_parents (folder, 0700));
  g_assert_true (g_file_set_contents (path, newer, -1, NULL));

  window = cr_test_new_window ();
  notice = cr_test_welcome_notice (cr_test_welcome_page (window));
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, _("The unfinished assessment saved last time was made by a "
                                      "newer version of Creator Role. It is kept as it is, and "
                                      "answers given here will not replace it.")));
  g_assert_null (cr_test_resume_label (cr_test_welcome_page (window)));
  cr_test_check_window (window);
  cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", "welcome-newer");

  click (window, "win.start");
  gtk_widget_activate (GTK_WIDGET (option_row (window, 0)));
  wait_idle ();
  cr_test_close_window (window);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, newer);
  cr_test_clear_state ();
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
  g_autofree char *path = cr_test_draft_path ();
  gboolean failed = FALSE;
  CrWindow *window;

  cr_test_clear_state ();
  /* A folder where the draft should be: it cannot be written. */
  g_assert_no_errno (g_mkdir_with_parents (path, 0700));

  window = cr_test_new_window ();
  g_signal_connect (cr_window_get_session (window), "draft-failed",
                    G_CALLBACK (draft_failed_cb), &failed);
  click (window, "win.start");
  g_test_expect_message ("CreatorRole", G_LOG_LEVEL_WARNING, "Cannot save the draft*");
  gtk_widget_activate (GTK_WIDGET (option_row (window, 0)));
  /* Until the debounced write has been tried. */
  while (!failed)
    g_main_context_iteration (NULL, TRUE);
  g_test_assert_expected_messages ();

  /* The wizard goes on, and says it once only. */
  click (window, "win.next");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-2");
  gtk_widget_activate (GTK_WIDGET (option_row (window, 1)));
  wait_idle ();
  cr_test_close_window (window);
  cr_test_clear_state ();
}

/* Building the pages again in another language leaves the page, the
 * focus and the answers as they were, and every page right. */
static void
test_retranslate (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("fan-or-creator");
  g_autofree char *heading = NULL;
  CrWindow *window;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_click_answer (window, answers);
  click (window, "win.next");
  cr_test_click_answer (window, answers);

  for (guint pass = 0; pass < 2; pass++)
    {
      g_assert_true (cr_i18n_set_language ("", NULL));
      cr_window_retranslate (window);
      wait_idle ();
      g_assert_cmpstr (cr_test_page_name (window), ==, "question-2");
      g_assert_cmpuint (cr_answers_get_n_answered (cr_test_answers (window)), ==, 2);
      g_assert_true (cr_test_button_sensitive (window, "win.next"));
      g_assert_true (cr_test_is_inside (cr_test_focus (GTK_WINDOW (window)),
                                        GTK_WIDGET (option_row (window,
                                                                cr_answers_get_choice (answers, 1)))));
      cr_test_check_window (window);
    }

  click (window, "win.next");
  for (guint q = 2; q < cr_questionnaire_get_n_questions (); q++)
    {
      cr_test_click_answer (window, answers);
      click (window, "win.next");
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.try-change", "u", 0);
  wait_idle ();
  heading = g_strdup (cr_test_result_heading (cr_test_result_page (window)));
  cr_window_retranslate (window);
  wait_idle ();
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_cmpstr (cr_test_result_heading (cr_test_result_page (window)), ==, heading);
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
  /* The what-if being tried is still shown. */
  g_assert_true (gtk_widget_get_visible (cr_test_result_child (cr_test_result_page (window),
                                                               "trial_box")));
  assert_result_shows (window, answers);

  /* Back from the result, the last question is built again. */
  click (window, "win.back");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-10");
  cr_test_check_window (window);

  cr_test_close_window (window);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
      if (submenu != NULL && menu_has_action (submenu, action))
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

  cr_test_clear_state ();
  window = cr_test_new_window ();
  button = find_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_assert_true (menu_has_action (menu, actions[i]));
      if (g_str_has_prefix (actions[i], "app."))
        g_assert_true (g_action_group_has_action (G_ACTION_GROUP (cr_test_get_app ()),
                                                  actions[i] + 4));
    }

  /* The menu is built again with a change of language, with its
   * Language submenu. */
  g_assert_true (menu_has_action (menu, "app.language"));
  cr_window_retranslate (window);
  g_assert_true (gtk_menu_button_get_menu_model (button) != menu);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (button), "app.language"));

  /* The shortcuts window, built when first asked for, and its key. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  /* GtkShortcutsWindow, deprecated by GTK 4.18, has no replacement before
   * libadwaita 1.8 (see cr-window-actions.c). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  gtk_window_close (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));
  G_GNUC_END_IGNORE_DEPRECATIONS
  help_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (cr_test_get_app ()),
                                                       "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) help_accels, "<Control>question"));
  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (cr_test_get_app ()),
                                                       "app.quit");
  g_assert_true (g_strv_contains ((const char * const *) quit_accels, "<Control>q"));

  cr_test_close_window (window);
}

/* The header bar's, not one of a page's. */
static GtkMenuButton *
find_primary_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (root), _("Main Menu")) == 0)
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (cr_test_get_app ()));
       l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      n++;

  return n;
}

static CrWindow *
find_wizard_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (cr_test_get_app ()));
       l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data) &&
        cr_session_get_keeps_draft (cr_window_get_session (l->data)))
      return l->data;

  return NULL;
}

/* A document opened from the welcome page takes the wizard's window: New
 * (Ctrl+N, in the menu) is the way back to a questionnaire, and it never
 * opens a second wizard over the same draft. Walked twice. */
static void
test_new (void)
{
  g_autoptr(CrAnswers) other = profile_answers ("loyal-fan");
  g_autoptr(GFile) file = write_document ("doc.json", other);
  g_auto(GStrv) new_accels = NULL;
  CrWindow *document;
  GtkMenuButton *button;

  cr_test_clear_state ();
  document = cr_test_new_window ();
  g_assert_true (cr_window_open_file (document, file, NULL));
  wait_idle ();

  /* The only window is the document. */
  g_assert_cmpuint (count_windows (), ==, 1);
  g_assert_null (find_wizard_window ());
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (document)), ==, "doc.json — Creator Role");
  g_assert_cmpstr (cr_test_page_name (document), ==, "result");

  /* New is in its main menu, with its key. */
  button = find_primary_menu_button (GTK_WIDGET (document));
  g_assert_nonnull (button);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (button), "app.new"));
  new_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (cr_test_get_app ()),
                                                      "app.new");
  g_assert_true (g_strv_contains ((const char * const *) new_accels, "<Control>n"));

  for (int round = 0; round < 2; round++)
    {
      CrWindow *wizard;

      /* Ctrl+N from the document: a wizard's window on its welcome page,
       * in front, the document left as it was. */
      cr_test_send_keys (GTK_WINDOW (document), "ctrl+n");
      cr_test_wait_for (find_wizard_window () != NULL &&
                        gtk_window_is_active (GTK_WINDOW (find_wizard_window ())));
      wizard = find_wizard_window ();
      g_assert_nonnull (wizard);
      g_assert_true (gtk_window_is_active (GTK_WINDOW (wizard)));
      g_assert_cmpuint (count_windows (), ==, 2);
      g_assert_cmpstr (cr_test_page_name (wizard), ==, "welcome");
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (wizard)), ==, "Creator Role");
      g_assert_true (cr_test_find_window_for (file) == document);
      g_assert_cmpstr (cr_test_page_name (document), ==, "result");

      /* Ctrl+N from the untouched wizard only shows it. */
      cr_test_send_keys (GTK_WINDOW (wizard), "ctrl+n");
      wait_idle ();
      g_assert_cmpuint (count_windows (), ==, 2);
      g_assert_true (find_wizard_window () == wizard);
      g_assert_true (gtk_window_is_active (GTK_WINDOW (wizard)));

      /* From the document again, the wizard is brought up, not doubled;
       * with answers in progress they are kept. */
      gtk_widget_activate_action (GTK_WIDGET (wizard), "win.start", NULL);
      wait_for_page (wizard, "question-1");
      cr_test_send_keys (GTK_WINDOW (wizard), "1");
      cr_test_wait_for (cr_answers_is_answered (cr_test_answers (wizard), 0));
      cr_test_send_keys (GTK_WINDOW (document), "ctrl+n");
      cr_test_wait_for (gtk_window_is_active (GTK_WINDOW (wizard)));
      g_assert_true (gtk_window_is_active (GTK_WINDOW (wizard)));
      g_assert_cmpuint (count_windows (), ==, 2);
      g_assert_true (find_wizard_window () == wizard);
      g_assert_cmpstr (cr_test_page_name (wizard), ==, "question-1");
      g_assert_true (cr_answers_is_answered (cr_test_answers (wizard), 0));

      /* Closed, the next New opens a fresh one: on its welcome page, with
       * the draft to resume. */
      g_object_ref (wizard);
      cr_test_close_window (wizard);
      g_assert_cmpuint (count_windows (), ==, 1);
      if (round == 0)
        {
          gtk_widget_activate_action (GTK_WIDGET (document), "app.new", NULL);
          wait_idle ();
          wizard = find_wizard_window ();
          g_assert_nonnull (wizard);
          g_assert_cmpstr (cr_test_page_name (wizard), ==, "welcome");
          g_assert_true (gtk_widget_get_visible (
            find_actionable (GTK_WIDGET (cr_test_welcome_page (wizard)), "win.resume")));
          g_object_ref (wizard);
          cr_test_close_window (wizard);
          cr_test_clear_state ();
        }
    }

  cr_test_close_window (document);
}

static void
collect_shortcuts (GtkWidget *root,
                   GPtrArray *found)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    g_ptr_array_add (found, root);
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, found);
}

/* 0 chooses the tenth option, as 1–9 the first nine: a real key, on the
 * question that has ten; a question with fewer takes no answer from it.
 * The Keyboard Shortcuts window says so. */
static void
test_tenth_option (void)
{
  GtkWindow *w;
  CrWindow *window;
  guint platforms;
  GtkShortcutsWindow *overlay;
  gboolean listed = FALSE;

  g_assert_true (cr_questionnaire_lookup ("platforms", &platforms));
  g_assert_cmpuint (cr_questionnaire_get_question (platforms)->n_options, ==, 10);

  cr_test_clear_state ();
  window = cr_test_new_window ();
  w = GTK_WINDOW (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start", NULL);
  wait_for_page (window, "question-1");
  g_assert_cmpuint (cr_questionnaire_get_question (0)->n_options, <, 10);
  cr_test_send_keys (w, "0");
  wait_idle ();
  g_assert_false (cr_answers_is_answered (cr_test_answers (window), 0));

  for (guint q = 0; q < platforms; q++)
    click (window, "win.skip");
  {
    g_autofree char *name = g_strdup_printf ("question-%u", platforms + 1);

    wait_for_page (window, name);
  }
  for (int round = 0; round < 2; round++)
    {
      cr_test_send_keys (w, round == 0 ? "0" : "KP_0");
      cr_test_wait_for (cr_answers_get_option_selected (cr_test_answers (window),
                                                        platforms, 9));
      g_assert_true (cr_answers_get_option_selected (cr_test_answers (window),
                                                     platforms, 9));
      g_assert_true (gtk_check_button_get_active (
        GTK_CHECK_BUTTON (cr_test_option_check (option_row (window, 9)))));
      g_assert_true (focus_is (w, GTK_WIDGET (option_row (window, 9))));
      for (guint o = 0; o < 9; o++)
        g_assert_false (cr_answers_get_option_selected (cr_test_answers (window),
                                                        platforms, o));

      /* Again, it is ticked off. */
      cr_test_send_keys (w, "0");
      cr_test_wait_for (!cr_answers_get_option_selected (cr_test_answers (window),
                                                         platforms, 9));
      g_assert_false (cr_answers_get_option_selected (cr_test_answers (window),
                                                      platforms, 9));
    }

  /* GtkShortcutsWindow: see test_menu(). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  {
    g_autoptr(GPtrArray) found = g_ptr_array_new ();

    collect_shortcuts (GTK_WIDGET (overlay), found);
    for (guint i = 0; i < found->len; i++)
      {
        g_autofree char *accel = NULL;
        g_autofree char *title = NULL;

        g_object_get (found->pdata[i], "accelerator", &accel, "title", &title, NULL);
        if (g_strcmp0 (accel, "0") == 0 && g_strcmp0 (title, _("Choose option 10")) == 0)
          listed = TRUE;
      }
  }
  g_assert_true (listed);
  gtk_window_close (GTK_WINDOW (overlay));
  G_GNUC_END_IGNORE_DEPRECATIONS

  cr_test_close_window (window);
}

static void
test_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CrWindow *window;
  int width, height;

  cr_test_clear_state ();
  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 700);
  window = cr_test_new_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 700);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 720);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
  cr_test_close_window (window);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

/* Shots of a long page, a screenful apart: NAME-2.png, NAME-3.png… */
static void
scroll_screenshots (CrWindow   *window,
                    const char *name)
{
  GtkScrolledWindow *scrolled = find_scrolled_window (cr_test_page (window));
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
      cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", shot);
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
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *person = profile ("influencer-turned-face")->answers;

  /* The default size, whatever tests before did. */
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *welcome = g_strdup_printf ("welcome-%s", schemes[i].suffix);
      g_autofree char *question = g_strdup_printf ("question-%s", schemes[i].suffix);
      g_autofree char *result = g_strdup_printf ("result-%s", schemes[i].suffix);
      g_autofree char *trial = g_strdup_printf ("what-if-%s", schemes[i].suffix);
      g_autoptr(CrAnswers) answers = cr_test_answers_new (person);
      CrWindow *window;

      adw_style_manager_set_color_scheme (style, schemes[i].scheme);
      g_assert_cmpint (adw_style_manager_get_dark (style), ==,
                       schemes[i].scheme == ADW_COLOR_SCHEME_FORCE_DARK);

      cr_test_clear_state ();
      window = cr_test_new_window ();
      cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", welcome);
      click (window, "win.start");
      cr_test_click_answer (window, answers);
      cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", question);
      cr_test_close_window (window);

      window = open_document (person);
      cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", result);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.try-change", "u", 0);
      wait_idle ();
      cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", trial);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.end-trial", NULL);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (cr_test_answer_row (cr_test_result_page (window), 0)),
                                     TRUE);
      scroll_screenshots (window, result);
      cr_test_close_window (window);
    }

  /* The narrowest window, as on a phone. */
  {
    g_autoptr(CrAnswers) answers = profile_answers ("full-time-creator");
    CrWindow *window;

    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
    g_settings_set_int (settings, "window-width", 360);
    g_settings_set_int (settings, "window-height", 720);
    cr_test_clear_state ();
    window = cr_test_new_window ();
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
    cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", "narrow-welcome");
    click (window, "win.start");
    cr_test_click_answer (window, answers);
    cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", "narrow-question");
    cr_test_close_window (window);
    window = open_document (profile ("full-time-creator")->answers);
    cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", "narrow-result");
    scroll_screenshots (window, "narrow-result");
    cr_test_close_window (window);
    g_settings_reset (settings, "window-width");
    g_settings_reset (settings, "window-height");
  }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  cr_test_window_init (&argc, &argv);

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *path = g_strdup_printf ("/window/profile/%s", cr_test_profiles[i].path);

      g_test_add_data_func (path, &cr_test_profiles[i], test_profile);
    }
  g_test_add_func ("/window/back-keeps-answers", test_back_keeps_answers);
  g_test_add_func ("/window/next-and-skip", test_next_and_skip);
  g_test_add_func ("/window/progress", test_progress);
  g_test_add_func ("/window/pages-reopen-at-top", test_pages_reopen_at_top);
  g_test_add_func ("/window/tab-order", test_tab_order);
  g_test_add_func ("/window/keyboard", test_keyboard);
  g_test_add_func ("/window/what-if", test_what_if);
  g_test_add_func ("/window/edit-in-place", test_edit_in_place);
  g_test_add_func ("/window/name", test_name);
  g_test_add_func ("/window/close-call", test_close_call);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/export-chooser", test_export_chooser);
  g_test_add_func ("/window/dialogs", test_dialogs);
  g_test_add_func ("/window/accessible", test_accessible);
  g_test_add_func ("/window/open/refused", test_open_refused);
  g_test_add_func ("/window/open/keeps-work", test_open_keeps_work);
  g_test_add_func ("/window/open/in-place", test_open_in_place);
  g_test_add_func ("/window/open/back", test_open_back);
  g_test_add_func ("/window/draft/resume", test_draft_resume);
  g_test_add_func ("/window/draft/complete", test_draft_complete);
  g_test_add_func ("/window/draft/corrupt", test_draft_corrupt);
  g_test_add_func ("/window/draft/newer", test_draft_newer);
  g_test_add_func ("/window/draft/unwritable", test_draft_unwritable);
  g_test_add_func ("/window/retranslate", test_retranslate);
  g_test_add_func ("/window/settings", test_settings);
  g_test_add_func ("/window/menu", test_menu);
  g_test_add_func ("/window/new", test_new);
  g_test_add_func ("/window/keyboard/tenth-option", test_tenth_option);
  g_test_add_func ("/window/screenshots", test_screenshots);

  status = g_test_run ();

  cr_test_finish ();

  return status;
}
