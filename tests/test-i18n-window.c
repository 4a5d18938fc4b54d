/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-i18n-window.c: switching the interface language in the running app
 *
 * One process under LANG=C.UTF-8, as a user would: the app starts in
 * English, the Language menu switches it to French, Arabic and back to the
 * system's language, and each time the window must show the same page and
 * the same answers in the new language, GTK's and libadwaita's own strings
 * included, laid out in the language's direction. Screenshots of a question
 * and of a result in French and in Arabic go to the build tree
 * (tests/screenshots-i18n/) for people to look at.
 *
 * The same process switches English, French, Arabic and back twice under
 * the LANG that CR_TEST_LANG names ("unset", "C", "C.UTF-8", the default,
 * or "en_US.UTF-8"), and runs itself again on a system whose locales are
 * fewer: none that shows a language but English (CR_I18N_LOCALES=C), or
 * only C and C.UTF-8 (LOCPATH at an empty folder), where the Language menu
 * must grey out what it cannot show, and say why.
 *
 * Needs a display (Xvfb in CI); without one GTK cannot start and the test
 * fails rather than skips. Needs the locales en_US.UTF-8, fr_FR.UTF-8,
 * de_DE.UTF-8, es_ES.UTF-8 and ar_EG.UTF-8.
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "cr-application.h"
#include "cr-i18n.h"
#include "cr-question-page.h"
#include "cr-questionnaire.h"
#include "cr-result-page.h"
#include "cr-scoring-dialog.h"
#include "cr-test-profiles.h"
#include "cr-test-window.h"
#include "cr-window.h"

static CrApplication *app;
static char *state_dir;
static const char *test_lang = "C.UTF-8";
static const char *self_path;
/* Whether gettext shows French under C.UTF-8 with LANGUAGE=fr here: glibc
 * 2.36 does, 2.41 does not. Asked of glibc in main(), before anything. */
static gboolean c_utf8_honours_language;

/* The line under the Language menu's list when a language is greyed out. */
#define NOTE_EN "Languages in grey have no locale installed on this system"

/* The face of the brand: every answer given, a verdict that is no close
 * call. */
#define PROFILE (&cr_test_profiles[2])

static CrApplication *
get_app (void)
{
  g_autoptr(GError) error = NULL;

  if (app != NULL)
    return app;

  app = cr_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  /* Registering runs startup, which applies the saved language. */
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

static void
clear_state (void)
{
  g_autofree char *folder = g_build_filename (state_dir, "creator-role", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
}

static CrWindow *
new_window (void)
{
  CrWindow *window;

  clear_state ();
  window = cr_window_new (get_app ());
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_idle ();

  return window;
}

static void
close_window (CrWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
  g_assert_finalize_object (window);
}

/* Switches language as the Language menu does: by activating app.language
 * with the item's target. */
static void
choose_language (const char *code)
{
  g_action_group_activate_action (G_ACTION_GROUP (get_app ()), "language",
                                  g_variant_new_string (code));
  wait_idle ();
}

static char *
strip_mnemonic (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (s, *p);

  return g_string_free (s, FALSE);
}

/* The text a widget shows: a label's, a button's, a row's title. */
static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  return NULL;
}

/* The first widget under @root that shows @text, mnemonics aside; only
 * those drawn when @visible. */
static GtkWidget *
find_text (GtkWidget  *root,
           const char *text,
           gboolean    visible)
{
  const char *shown = widget_text (root);
  g_autofree char *wanted = strip_mnemonic (text);

  if (visible && !gtk_widget_get_visible (root))
    return NULL;

  if (shown != NULL)
    {
      g_autofree char *plain = strip_mnemonic (shown);

      if (g_str_equal (plain, wanted))
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text (child, text, visible);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
assert_shows (GtkWidget  *root,
              const char *text)
{
  if (find_text (root, text, TRUE) == NULL)
    g_error ("“%s” is not shown", text);
}

static void
assert_does_not_show (GtkWidget  *root,
                      const char *text)
{
  if (find_text (root, text, TRUE) != NULL)
    g_error ("“%s” is still shown", text);
}

/* Clicks the options @answers gives the question shown. */
static void
click_answer (CrWindow  *window,
              CrAnswers *answers)
{
  CrQuestionPage *page = CR_QUESTION_PAGE (cr_test_page (window));
  guint q = cr_test_question_index (page);
  const CrQuestion *question = cr_questionnaire_get_question (q);

  for (guint o = 0; o < question->n_options; o++)
    if (cr_answers_get_option_selected (answers, q, o))
      {
        gtk_widget_activate (cr_test_option_row (page, o));
        wait_idle ();
      }
}

/* The button that shows the primary menu. */
static GtkMenuButton *
primary_menu_button (CrWindow *window)
{
  GtkWidget *button = NULL;
  GtkWidget *stack[64];
  guint depth = 0;

  stack[depth++] = GTK_WIDGET (window);
  while (depth > 0 && button == NULL)
    {
      GtkWidget *widget = stack[--depth];

      /* The result page's sharing menu is a menu button too. */
      if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)) &&
          gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
        button = widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL && depth < G_N_ELEMENTS (stack);
           child = gtk_widget_get_next_sibling (child))
        stack[depth++] = child;
    }

  g_assert_nonnull (button);
  return GTK_MENU_BUTTON (button);
}

static GMenuModel *
primary_menu (CrWindow *window)
{
  return gtk_menu_button_get_menu_model (primary_menu_button (window));
}

static char *
item_label (GMenuModel *model,
            int         index)
{
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (model, index, G_MENU_ATTRIBUTE_LABEL, "s",
                                                  &label));
  return label;
}

/* The Language submenu of @window's primary menu: its label, and its
 * items' labels and targets, checked against what the menu must offer.
 * The languages in @missing (codes separated by spaces) are listed with an
 * action never enabled, greyed out, and then @note says why; every other
 * one is a choice. */
static void
assert_language_menu_missing (CrWindow   *window,
                              const char *submenu_label,
                              const char *system_label,
                              const char *missing,
                              const char *note)
{
  const char * const labels[] = { NULL, "English", "Français", "Deutsch", "Español", "العربية" };
  const char * const targets[] = { "", "en", "fr", "de", "es", "ar" };
  g_auto(GStrv) missing_codes = g_strsplit (missing, " ", -1);
  GMenuModel *menu = primary_menu (window);
  g_autoptr(GMenuModel) submenu = NULL;
  g_autoptr(GMenuModel) list = NULL;
  g_autofree char *label = NULL;
  for (int i = 0; i < g_menu_model_get_n_items (menu) && submenu == NULL; i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autoptr(GMenuModel) link = g_menu_model_get_item_link (section, j,
                                                                   G_MENU_LINK_SUBMENU);
          g_autofree char *text = NULL;

          if (link == NULL)
            continue;
          text = item_label (section, j);
          if (g_str_equal (text, submenu_label))
            {
              submenu = g_steal_pointer (&link);
              break;
            }
        }
    }
  if (submenu == NULL)
    g_error ("no “%s” submenu in the primary menu", submenu_label);

  /* The list, then the note when a language is missing. */
  for (int i = 0; i < (int) G_N_ELEMENTS (targets); i++)
    g_test_message ("%s: %s", targets[i],
                    cr_i18n_is_available (targets[i]) ? "available" : "missing");
  g_assert_cmpint (g_menu_model_get_n_items (submenu), ==, (note != NULL) ? 2 : 1);
  list = g_menu_model_get_item_link (submenu, 0, G_MENU_LINK_SECTION);
  g_assert_nonnull (list);
  g_assert_cmpint (g_menu_model_get_n_items (list), ==, G_N_ELEMENTS (targets));
  for (int i = 0; i < (int) G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *text = item_label (list, i);
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;
      gboolean is_missing = g_strv_contains ((const char * const *) missing_codes, targets[i]);

      g_assert_cmpstr (text, ==, i == 0 ? system_label : labels[i]);
      g_assert_true (g_menu_model_get_item_attribute (list, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                      &action));
      /* A missing language's action is one that is never enabled. */
      g_assert_cmpstr (action, ==, is_missing ? "app.language-unavailable" : "app.language");
      g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (get_app ()), action + 4)
                     == !is_missing);
      target = g_menu_model_get_item_attribute_value (list, i, G_MENU_ATTRIBUTE_TARGET,
                                                      G_VARIANT_TYPE_STRING);
      g_assert_nonnull (target);
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, targets[i]);
    }

  if (note != NULL)
    {
      g_autoptr(GMenuModel) note_section = g_menu_model_get_item_link (submenu, 1,
                                                                       G_MENU_LINK_SECTION);
      g_autofree char *text = NULL;
      g_autofree char *action = NULL;

      g_assert_nonnull (note_section);
      g_assert_cmpint (g_menu_model_get_n_items (note_section), ==, 1);
      text = item_label (note_section, 0);
      g_assert_cmpstr (text, ==, note);
      g_assert_true (g_menu_model_get_item_attribute (note_section, 0, G_MENU_ATTRIBUTE_ACTION,
                                                      "s", &action));
      g_assert_cmpstr (action, ==, "app.language-unavailable");
      g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (get_app ()),
                                                         "language-unavailable"));
    }
}

static void
assert_language_menu (CrWindow   *window,
                      const char *submenu_label,
                      const char *system_label)
{
  assert_language_menu_missing (window, submenu_label, system_label, "", NULL);
}

static void
assert_state (const char *code)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (get_app ()),
                                                               "language");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *saved = g_settings_get_string (settings, "language");

  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, code);
  g_assert_cmpstr (cr_i18n_get_choice (), ==, code);
  g_assert_cmpstr (saved, ==, code);
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static void
collect_labels (GtkWidget *root,
                GString   *texts)
{
  if (GTK_IS_LABEL (root) && gtk_widget_is_visible (root))
    g_string_append_printf (texts, "%s|", gtk_label_get_label (GTK_LABEL (root)));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

/* Opens the Keyboard Shortcuts window as its menu item does and checks that
 * it shows @title, GTK's own string, and @group, one of ours; then closes
 * it. */
static void
assert_shortcuts_window (CrWindow   *window,
                         const char *title,
                         const char *group)
{
  GtkWindow *shortcuts;
  g_autoptr(GString) texts = g_string_new ("|");
  g_autofree char *wanted_title = g_strdup_printf ("|%s|", title);
  g_autofree char *wanted_group = g_strdup_printf ("|%s|", group);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                             NULL));
  wait_idle ();
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  collect_labels (GTK_WIDGET (shortcuts), texts);
  g_test_message ("shortcuts window: %s", texts->str);
  g_assert_nonnull (strstr (texts->str, wanted_title));
  g_assert_nonnull (strstr (texts->str, wanted_group));
  gtk_window_close (shortcuts);
  wait_idle ();
}

/* Every text of the question page shown, as the model gives it in the
 * language now set. */
static void
assert_question_page (CrWindow *window,
                      guint     q)
{
  GtkWidget *page = cr_test_page (window);
  const CrQuestion *question = cr_questionnaire_get_question (q);

  g_assert_true (CR_IS_QUESTION_PAGE (page));
  g_assert_cmpuint (cr_test_question_index (CR_QUESTION_PAGE (page)), ==, q);
  assert_shows (page, g_dgettext (GETTEXT_PACKAGE, question->title));
  for (guint o = 0; o < question->n_options; o++)
    assert_shows (page, g_dgettext (GETTEXT_PACKAGE, question->options[o].label));
}

static void
test_menu (void)
{
  CrWindow *window = new_window ();

  assert_state ("");
  assert_language_menu (window, "_Language", "System Language");
  close_window (window);
}

/* The heart of it: English, French, Arabic, and back, on one question page
 * and on the result, with the answers untouched. */
static void
test_switch (void)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (PROFILE->answers);
  g_autoptr(CrAnswers) given = NULL;
  CrWindow *window;
  GtkWidget *page;
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = new_window ();

  /* English, as the system is. */
  g_assert_cmpstr (cr_i18n_get_language (), ==, "en");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_LTR);
  click (window, "win.start");
  click_answer (window, answers);
  click (window, "win.next");
  click_answer (window, answers);
  click (window, "win.next");
  click_answer (window, answers);
  given = cr_answers_copy (cr_test_answers (window));
  g_assert_cmpuint (cr_answers_get_n_answered (given), ==, 3);

  page = cr_test_page (window);
  assert_shows (page, "How many brands do you promote?");
  assert_shows (page, "Question 3 of 10");
  assert_shows (page, "S_kip");
  assert_shows (page, "_Next");
  assert_shortcuts_window (window, "Shortcuts", "Questions");

  /* French: the same question, the same answers, every text in French. */
  choose_language ("fr");
  assert_state ("fr");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-3");
  g_assert_true (cr_answers_equal (cr_test_answers (window), given));
  page = cr_test_page (window);
  assert_shows (page, "De combien de marques faites-vous la promotion\u202f?");
  assert_shows (page, "Une seule");
  assert_shows (page, "Question 3 sur 10");
  assert_shows (page, "_Passer");
  assert_shows (page, "_Suivant");
  assert_does_not_show (page, "How many brands do you promote?");
  assert_does_not_show (page, "_Next");
  assert_question_page (window, 2);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_LTR);
  assert_language_menu (window, "_Langue", "Langue du système");
  /* GTK's own string. */
  assert_shortcuts_window (window, "Raccourcis", "Questions");
  cr_test_save_screenshot (GTK_WIDGET (window), "screenshots-i18n", "question-fr");

  /* libadwaita's own strings, in the About window. */
  g_action_group_activate_action (G_ACTION_GROUP (get_app ()), "about", NULL);
  wait_idle ();
  {
    AdwDialog *about =
      adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

    g_assert_true (ADW_IS_ABOUT_DIALOG (about));
    assert_shows (GTK_WIDGET (about), "_Crédits");
    assert_shows (GTK_WIDGET (about), "Mentions légales");
    assert_does_not_show (GTK_WIDGET (about), "Legal");
    cr_test_save_screenshot (GTK_WIDGET (window), "screenshots-i18n", "about-fr");
    adw_dialog_force_close (about);
    wait_idle ();
  }

  /* Arabic: right to left, from the window down to the question's rows. */
  choose_language ("ar");
  assert_state ("ar");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-3");
  g_assert_true (cr_answers_equal (cr_test_answers (window), given));
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);
  page = cr_test_page (window);
  g_assert_cmpint (gtk_widget_get_direction (page), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (cr_test_option_row (CR_QUESTION_PAGE (page), 0)),
                   ==, GTK_TEXT_DIR_RTL);
  assert_shows (page, "كم عدد العلامات التجارية التي تروّج لها؟");
  assert_shows (page, "السؤال 3 من 10");
  assert_shows (page, "ال_تالي");
  assert_question_page (window, 2);
  assert_language_menu (window, "ال_لغة", "لغة النظام");
  assert_shortcuts_window (window, "الاختصارات", "الأسئلة");
  cr_test_save_screenshot (GTK_WIDGET (window), "screenshots-i18n", "question-ar");

  /* The rest of the questions in Arabic, then the result. */
  for (guint q = 3; q < cr_questionnaire_get_n_questions (); q++)
    {
      click (window, "win.next");
      click_answer (window, answers);
    }
  click (window, "win.next");
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
  page = cr_test_page (window);
  g_assert_cmpstr (cr_test_result_heading (CR_RESULT_PAGE (page)), ==,
                   "أنت الوجه الإعلاني لعلامة تجارية");
  g_assert_cmpint (gtk_widget_get_direction (page), ==, GTK_TEXT_DIR_RTL);
  cr_test_save_screenshot (GTK_WIDGET (window), "screenshots-i18n", "result-ar");

  /* French again, on the result. */
  choose_language ("fr");
  assert_state ("fr");
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_LTR);
  page = cr_test_page (window);
  g_assert_cmpstr (cr_test_result_heading (CR_RESULT_PAGE (page)), ==,
                   "Vous êtes l’égérie d’une marque");
  assert_shows (page, "Égérie");
  assert_shows (page, "_Enregistrer l’image…");
  assert_shows (page, "Copier en _texte");
  assert_shows (page, "Vos réponses, une par une");
  cr_test_save_screenshot (GTK_WIDGET (window), "screenshots-i18n", "result-fr");

  /* The system's language: English here. */
  choose_language ("");
  assert_state ("");
  g_assert_cmpstr (cr_i18n_get_language (), ==, "en");
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_LTR);
  page = cr_test_page (window);
  g_assert_cmpstr (cr_test_result_heading (CR_RESULT_PAGE (page)), ==,
                   "You are a contracted ambassador");
  assert_language_menu (window, "_Language", "System Language");
  assert_shortcuts_window (window, "Shortcuts", "Questions");

  close_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* The Language submenu as it is drawn, in French and in Arabic. */
static void
test_menu_screenshots (void)
{
  const struct
  {
    const char *code;
    const char *submenu;
    const char *system;
  } cases[] = {
    { "fr", "_Langue", "Langue du système" },
    { "ar", "ال_لغة", "لغة النظام" },
  };
  CrWindow *window = new_window ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("language-menu-%s", cases[i].code);
      GtkMenuButton *button;
      GtkPopover *popover;

      choose_language (cases[i].code);
      button = primary_menu_button (window);
      popover = gtk_menu_button_get_popover (button);
      /* A popover asked to show while the window is still being laid out
       * after the switch may not map: asked again until it shows, as a
       * second click would. */
      for (guint attempt = 0; attempt < 5 && !gtk_widget_get_visible (GTK_WIDGET (popover));
           attempt++)
        {
          gtk_menu_button_popup (button);
          wait_idle ();
          cr_test_wait_for (gtk_widget_get_visible (GTK_WIDGET (popover)));
        }
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
      g_object_set (popover, "visible-submenu", cases[i].submenu, NULL);
      wait_idle ();

      assert_shows (GTK_WIDGET (popover), cases[i].system);
      assert_shows (GTK_WIDGET (popover), "Français");
      assert_shows (GTK_WIDGET (popover), "العربية");
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (popover)), ==,
                       g_str_equal (cases[i].code, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
      cr_test_save_screenshot (GTK_WIDGET (popover), "screenshots-i18n", name);

      gtk_menu_button_popdown (button);
      wait_idle ();
    }

  choose_language ("");
  close_window (window);
}

/* How Scoring Works, on top of @window. */
static GtkWidget *
scoring_dialog (CrWindow *window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

  return CR_IS_SCORING_DIALOG (dialog) ? GTK_WIDGET (dialog) : NULL;
}

/* The setting can change while a dialog hides the window's menu, from
 * outside the app: How Scoring Works comes back in the new language, on
 * the same window. */
static void
test_scoring_dialog (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CrWindow *window = new_window ();
  GtkWidget *scoring;
  GtkWidget *before;

  g_action_group_activate_action (G_ACTION_GROUP (get_app ()), "scoring", NULL);
  wait_idle ();
  scoring = scoring_dialog (window);
  g_assert_nonnull (scoring);
  assert_shows (scoring, "1. Are you paid for promoting brands?");

  before = scoring;
  g_object_add_weak_pointer (G_OBJECT (before), (gpointer *) &before);
  g_settings_set_string (settings, "language", "es");
  wait_idle ();
  assert_state ("es");
  scoring = scoring_dialog (window);
  g_assert_nonnull (scoring);
  g_assert_true (gtk_widget_get_root (scoring) == GTK_ROOT (window));
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (scoring)), ==, "Cómo se calcula el resultado");
  assert_shows (scoring, "1. ¿Le pagan por promocionar marcas?");
  assert_does_not_show (scoring, "1. Are you paid for promoting brands?");
  /* The English one is closed and gone, not left under it. */
  g_assert_null (before);

  g_settings_set_string (settings, "language", "ar");
  wait_idle ();
  assert_state ("ar");
  scoring = scoring_dialog (window);
  g_assert_nonnull (scoring);
  g_assert_cmpint (gtk_widget_get_direction (scoring), ==, GTK_TEXT_DIR_RTL);
  cr_test_save_screenshot (GTK_WIDGET (window), "screenshots-i18n", "scoring-ar");
  adw_dialog_force_close (ADW_DIALOG (scoring));
  wait_idle ();
  g_assert_null (scoring_dialog (window));

  choose_language ("");
  close_window (window);
}

/* An unknown code (from an old or hand-edited setting) changes nothing. */
static void
test_unknown_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CrWindow *window = new_window ();

  click (window, "win.start");
  choose_language ("de");
  assert_state ("de");
  g_settings_set_string (settings, "language", "pt");
  wait_idle ();
  g_assert_cmpstr (cr_i18n_get_choice (), ==, "de");
  assert_shows (cr_test_page (window), "Werden Sie dafür bezahlt, für Marken zu werben?");

  choose_language ("");
  assert_state ("");
  close_window (window);
}

/* At start-up the saved language applies before the first window is
 * built, direction included. Run in a child process, since the app starts
 * once per process. */
static void
test_startup (gconstpointer data)
{
  const char *code = data;

  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      CrWindow *window;

      g_assert_null (app);
      g_settings_set_string (settings, "language", code);
      window = new_window ();
      assert_state (code);
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==,
                       g_str_equal (code, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
      click (window, "win.start");
      assert_shows (cr_test_page (window),
                    g_str_equal (code, "ar") ? "هل تتقاضى أجرًا مقابل الترويج للعلامات التجارية؟"
                                             : "¿Le pagan por promocionar marcas?");
      close_window (window);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* GTK may set the C locale again after the app set C.UTF-8 (gtk_init()
 * does, when LANG is C or unset); switching must still show. */
static void
test_c_locale (void)
{
  if (g_test_subprocess ())
    {
      CrWindow *window;

      setlocale (LC_ALL, "C");
      window = new_window ();
      click (window, "win.start");
      choose_language ("fr");
      assert_shows (cr_test_page (window),
                    "Êtes-vous rémunéré pour promouvoir des marques\u202f?");
      choose_language ("");
      assert_shows (cr_test_page (window), "Are you paid for promoting brands?");
      close_window (window);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}


/* What each language shows: the first question's title, the Keyboard
 * Shortcuts window's title (GTK's own string) and one of its groups (ours),
 * the Language submenu's label and its first item. */
static const struct
{
  const char *code;
  const char *first_title;
  const char *shortcuts;
  const char *group;
  const char *submenu;
  const char *system;
} shown[] = {
  { "en", "Are you paid for promoting brands?", "Shortcuts", "Questions", "_Language",
    "System Language" },
  { "fr", "Êtes-vous rémunéré pour promouvoir des marques\u202f?", "Raccourcis", "Questions",
    "_Langue", "Langue du système" },
  { "ar", "هل تتقاضى أجرًا مقابل الترويج للعلامات التجارية؟", "الاختصارات", "الأسئلة",
    "ال_لغة", "لغة النظام" },
};

static guint
shown_index (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    if (g_str_equal (shown[i].code, code))
      return i;

  g_assert_not_reached ();
}

/* @window on the first question, in @code as a person sees it: the title,
 * none of the other languages' titles, the direction, GTK's own string. */
static void
assert_first_question_in (CrWindow   *window,
                          const char *code)
{
  GtkWidget *page = cr_test_page (window);
  GtkTextDirection direction = g_str_equal (code, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
  guint s = shown_index (code);

  g_assert_cmpstr (cr_test_page_name (window), ==, "question-1");
  assert_shows (page, shown[s].first_title);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    if (i != s)
      assert_does_not_show (page, shown[i].first_title);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, direction);
  g_assert_cmpint (gtk_widget_get_direction (page), ==, direction);
  g_assert_cmpint (gtk_widget_get_direction (cr_test_option_row (CR_QUESTION_PAGE (page), 0)),
                   ==, direction);
  assert_shortcuts_window (window, shown[s].shortcuts, shown[s].group);
}

/* English, French, Arabic and back, twice, under the LANG the test runs
 * with, on the first question with an answer given. */
static void
test_switch_cycle (void)
{
  const char * const cycle[] = { "en", "fr", "ar", "en", "fr", "ar", "en" };
  g_autoptr(CrAnswers) answers = cr_test_answers_new (PROFILE->answers);
  g_autoptr(CrAnswers) given = NULL;
  CrWindow *window = new_window ();

  g_test_message ("LANG=%s", test_lang);
  click (window, "win.start");
  click_answer (window, answers);
  given = cr_answers_copy (cr_test_answers (window));
  g_assert_cmpuint (cr_answers_get_n_answered (given), ==, 1);
  assert_first_question_in (window, "en");

  for (guint i = 0; i < G_N_ELEMENTS (cycle); i++)
    {
      guint s = shown_index (cycle[i]);

      g_test_message ("switch to %s", cycle[i]);
      choose_language (cycle[i]);
      assert_state (cycle[i]);
      g_assert_true (cr_answers_equal (cr_test_answers (window), given));
      assert_first_question_in (window, cycle[i]);
      assert_language_menu (window, shown[s].submenu, shown[s].system);
    }

  choose_language ("");
  assert_state ("");
  assert_first_question_in (window, "en");
  close_window (window);
}

/* Runs this program again with only the test at @path, @env (NAME=VALUE,
 * NULL-terminated) added to the environment, and asserts it passes. */
static void
run_self (const char         *path,
          const char * const *env)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (
    G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *passed = g_strdup_printf ("ok 1 %s\n", path);

  g_subprocess_launcher_setenv (launcher, "CR_TEST_CHILD", "1", TRUE);
  for (guint i = 0; env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);

      g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
      g_test_message ("%s", env[i]);
    }
  process = g_subprocess_launcher_spawn (launcher, &error, self_path, "-p", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);

  {
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (*lines[i] != '\0')
        g_test_message ("child: %s", lines[i]);
  }
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  g_assert_nonnull (strstr (out, passed));
}

/* The Language submenu as drawn: @label's item greyed out or not, and the
 * note shown or not. */
static void
assert_drawn_menu (CrWindow   *window,
                   const char *label,
                   gboolean    sensitive,
                   const char *note,
                   const char *screenshot)
{
  GtkMenuButton *button = primary_menu_button (window);
  GtkPopover *popover;
  GtkWidget *item;

  popover = gtk_menu_button_get_popover (button);
  /* A window just shown may not take the popover at once, and the submenu
   * slides in: give them up to two seconds. */
  for (int i = 0; i < 200; i++)
    {
      if (!gtk_widget_get_visible (GTK_WIDGET (popover)))
        {
          gtk_menu_button_popup (button);
          wait_idle ();
          popover = gtk_menu_button_get_popover (button);
        }
      g_object_set (popover, "visible-submenu", "_Language", NULL);
      wait_idle ();
      if ((item = find_text (GTK_WIDGET (popover), label, TRUE)) != NULL)
        break;
      g_usleep (10000);
    }
  if (item == NULL)
    {
      g_autoptr(GString) texts = g_string_new ("|");

      collect_labels (GTK_WIDGET (popover), texts);
      g_error ("no “%s” in the menu: %s", label, texts->str);
    }
  g_assert_true (gtk_widget_is_sensitive (item) == sensitive);
  if (note != NULL)
    {
      assert_shows (GTK_WIDGET (popover), note);
      g_assert_false (gtk_widget_is_sensitive (find_text (GTK_WIDGET (popover), note, TRUE)));
    }
  else
    assert_does_not_show (GTK_WIDGET (popover), NOTE_EN);
  if (screenshot != NULL)
    cr_test_save_screenshot (GTK_WIDGET (popover), "screenshots-i18n", screenshot);

  gtk_menu_button_popdown (button);
  wait_idle ();
}

/* @window stays in English, the choice with the system: @code cannot be
 * had, from the menu's action or from the setting. */
static void
assert_not_switched (CrWindow   *window,
                     const char *code)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  choose_language (code);
  assert_state ("");
  assert_first_question_in (window, "en");

  g_settings_set_string (settings, "language", code);
  wait_idle ();
  g_assert_cmpstr (cr_i18n_get_choice (), ==, "");
  g_assert_cmpstr (cr_i18n_get_language (), ==, "en");
  assert_first_question_in (window, "en");
  g_settings_set_string (settings, "language", "");
  wait_idle ();
}

/* No locale shows a language but English, whatever glibc: the candidates
 * reduced to C. The menu greys out the four others and says why, and
 * choosing one changes nothing; English can still be chosen. */
static void
test_unavailable (void)
{
  CrWindow *window;

  if (g_getenv ("CR_TEST_CHILD") == NULL)
    {
      const char * const env[] = { "CR_I18N_LOCALES=C", NULL };

      run_self ("/i18n/window/unavailable", env);
      return;
    }

  window = new_window ();
  click (window, "win.start");
  assert_language_menu_missing (window, "_Language", "System Language", "fr de es ar", NOTE_EN);
  assert_drawn_menu (window, "Français", FALSE, NOTE_EN, "language-menu-unavailable");
  assert_drawn_menu (window, "English", TRUE, NOTE_EN, NULL);

  assert_not_switched (window, "fr");
  assert_not_switched (window, "ar");
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_LTR);

  choose_language ("en");
  assert_state ("en");
  assert_first_question_in (window, "en");
  choose_language ("");
  close_window (window);
}

/* A system with only C and C.UTF-8: where glibc honours LANGUAGE under
 * C.UTF-8 (2.36) every language switches; where it does not (2.41) the
 * menu greys them out and says why, and nothing switches. */
static void
test_system_locales_only (void)
{
  CrWindow *window;

  if (g_getenv ("CR_TEST_CHILD") == NULL)
    {
      g_autofree char *empty = g_build_filename (state_dir, "no-locales", NULL);
      g_autofree char *locpath = g_strconcat ("LOCPATH=", empty, NULL);
      const char * const env[] = { locpath, NULL };

      g_assert_no_errno (g_mkdir_with_parents (empty, 0755));
      run_self ("/i18n/window/system-locales-only", env);
      g_rmdir (empty);
      return;
    }

  g_test_message ("gettext honours LANGUAGE under C.UTF-8: %s",
                  c_utf8_honours_language ? "yes" : "no");
  window = new_window ();
  click (window, "win.start");

  if (c_utf8_honours_language)
    {
      assert_language_menu (window, "_Language", "System Language");
      assert_drawn_menu (window, "Français", TRUE, NULL, NULL);
      choose_language ("fr");
      assert_state ("fr");
      assert_first_question_in (window, "fr");
      choose_language ("ar");
      assert_state ("ar");
      assert_first_question_in (window, "ar");
    }
  else
    {
      assert_language_menu_missing (window, "_Language", "System Language", "fr de es ar",
                                    NOTE_EN);
      assert_drawn_menu (window, "Français", FALSE, NOTE_EN, NULL);
      assert_not_switched (window, "fr");
    }

  choose_language ("");
  assert_state ("");
  assert_first_question_in (window, "en");
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* The system language is English here, whatever the developer's, under
   * the LANG CR_TEST_LANG asks for. */
  self_path = argv[0];
  if (g_getenv ("CR_TEST_LANG") != NULL)
    test_lang = g_getenv ("CR_TEST_LANG");
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  if (g_str_equal (test_lang, "unset"))
    g_unsetenv ("LANG");
  else
    g_setenv ("LANG", test_lang, TRUE);
  c_utf8_honours_language = cr_test_c_utf8_honours_language ();

  state_dir = g_dir_make_tmp ("creator-role-i18n-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);

  /* As the app does: the locale from the environment first, then set
   * again after GTK set its own. */
  cr_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  cr_i18n_restore_locale ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/i18n/window/switch-cycle", test_switch_cycle);
  g_test_add_func ("/i18n/window/unavailable", test_unavailable);
  g_test_add_func ("/i18n/window/system-locales-only", test_system_locales_only);
  /* Under another LANG, only those. */
  if (g_getenv ("CR_TEST_LANG") != NULL)
    goto run;
  g_test_add_func ("/i18n/window/menu", test_menu);
  g_test_add_func ("/i18n/window/switch", test_switch);
  g_test_add_func ("/i18n/window/menu-screenshots", test_menu_screenshots);
  g_test_add_func ("/i18n/window/scoring-dialog", test_scoring_dialog);
  g_test_add_func ("/i18n/window/unknown-setting", test_unknown_setting);
  g_test_add_func ("/i18n/window/c-locale", test_c_locale);
  g_test_add_data_func ("/i18n/window/startup/es", "es", test_startup);
  g_test_add_data_func ("/i18n/window/startup/ar", "ar", test_startup);

run:
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
