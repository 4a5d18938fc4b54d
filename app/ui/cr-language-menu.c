/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-language-menu.c: the Language menu and the app.language action
 *
 * app.language is a stateful action whose string state is the language
 * chosen in the app, "" for the system's. The choice is kept in the
 * GSettings key "language"; it is applied at start-up, before the first
 * window is built, unless --language chose one for this run. Choosing
 * another one switches at once through the application's "language"
 * property (cr_application_set_language()): gettext is told, the text
 * direction follows the language, and every window, following the
 * property, builds its texts again: a wizard on the same page with the
 * same answers, a roster window over the same rows, sorted, filtered and
 * scrolled as they were, How Scoring Works reopened where it was.
 * GTK's and libadwaita's own strings follow since the app never calls
 * textdomain().
 *
 * Each window's primary menu has a section for the choice, which
 * cr_language_menu_fill() gives a Language submenu: "System Language", then each shipped language in its
 * own name, as radio items of app.language. A language that no locale
 * installed on the system lets gettext show (cr_i18n_is_available()) is
 * listed in grey, an item of app.language-unavailable, which is always
 * disabled, and a line under the list, greyed the same way, says why; the
 * setting naming it is then left as it is and not applied.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-application.h"
#include "cr-i18n.h"
#include "cr-language-menu.h"

typedef struct
{
  CrApplication *application;
  GSettings *settings;
  GSimpleAction *action;
  GSimpleAction *unavailable;
} LanguageMenu;

static void
language_menu_free (gpointer data)
{
  LanguageMenu *self = data;

  g_clear_object (&self->settings);
  g_clear_object (&self->action);
  g_clear_object (&self->unavailable);
  g_free (self);
}

/* Whether @code can be chosen: shipped, and shown by a locale installed on
 * the system. */
static gboolean
is_known (const char *code)
{
  return *code == '\0' || (cr_i18n_lookup (code) != NULL && cr_i18n_is_available (code));
}

/**
 * cr_language_menu_fill:
 * @section: the Language section of a window's primary menu
 *
 * Puts the Language submenu in @section, in the language now set, in
 * place of what it held.
 */
void
cr_language_menu_fill (GMenu *section)
{
  g_autoptr(GMenu) submenu = g_menu_new ();
  g_autoptr(GMenu) list = g_menu_new ();
  g_autoptr(GMenuItem) system = NULL;
  const CrLanguage *languages;
  guint n_languages;
  gboolean any_missing = FALSE;

  g_menu_remove_all (section);

  /* Translators: in the Language menu, the choice that follows the
   * language of the system */
  system = g_menu_item_new (_("System Language"), NULL);
  g_menu_item_set_action_and_target_value (system, "app.language", g_variant_new_string (""));
  g_menu_append_item (list, system);

  /* Each language in its own name, whatever the interface's language. */
  languages = cr_i18n_get_languages (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (languages[i].native_name, NULL);

      if (cr_i18n_is_available (languages[i].code))
        g_menu_item_set_action_and_target_value (item, "app.language",
                                                 g_variant_new_string (languages[i].code));
      else
        {
          /* A disabled action: the item is drawn insensitive. */
          g_menu_item_set_action_and_target_value (item, "app.language-unavailable",
                                                   g_variant_new_string (languages[i].code));
          any_missing = TRUE;
        }
      g_menu_append_item (list, item);
    }
  g_menu_append_section (submenu, NULL, G_MENU_MODEL (list));

  if (any_missing)
    {
      g_autoptr(GMenu) note = g_menu_new ();
      /* Translators: under the list of the Language menu, when some
       * languages are greyed out: the system has no locale (such as
       * fr_FR.UTF-8) under which they can be shown */
      g_autoptr(GMenuItem) line = g_menu_item_new (_("Languages in grey have no locale "
                                                     "installed on this system"), NULL);

      g_menu_item_set_action_and_target_value (line, "app.language-unavailable",
                                               g_variant_new_string (""));
      g_menu_append_item (note, line);
      g_menu_append_section (submenu, NULL, G_MENU_MODEL (note));
    }

  g_menu_append_submenu (section, _("_Language"), G_MENU_MODEL (submenu));
}

static void
apply_direction (void)
{
  gtk_widget_set_default_direction (cr_i18n_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
}

static void
apply (LanguageMenu *self,
       const char   *code)
{
  g_autoptr(GVariant) state = g_action_get_state (G_ACTION (self->action));
  g_autoptr(GError) error = NULL;

  if (g_str_equal (g_variant_get_string (state, NULL), code) &&
      g_str_equal (cr_i18n_get_choice (), code))
    return;

  if (!cr_application_set_language (self->application, code, &error))
    {
      g_debug ("Language not switched: %s", error->message);
      return;
    }

  g_simple_action_set_state (self->action, g_variant_new_string (code));
}

static void
change_state_cb (GSimpleAction *action G_GNUC_UNUSED,
                 GVariant      *value,
                 LanguageMenu  *self)
{
  const char *code = g_variant_get_string (value, NULL);

  if (!is_known (code))
    return;

  /* Kept for next time; applied at once even when the setting does not
   * change, as when --language chose another language for this run. */
  g_settings_set_string (self->settings, "language", code);
  apply (self, code);
}

static void
settings_changed_cb (GSettings    *settings,
                     const char   *key G_GNUC_UNUSED,
                     LanguageMenu *self)
{
  g_autofree char *code = g_settings_get_string (settings, "language");

  if (is_known (code))
    apply (self, code);
}

/**
 * cr_language_menu_install:
 * @application: the application, in its startup
 *
 * Applies the language kept in GSettings (unless one was chosen on the
 * command line) and adds the app.language action.
 */
void
cr_language_menu_install (CrApplication *application)
{
  LanguageMenu *self;
  g_autofree char *saved = NULL;
  const char *initial;

  g_return_if_fail (CR_IS_APPLICATION (application));

  /* gtk_init() has just set the locale from the environment again. */
  cr_i18n_restore_locale ();

  self = g_new0 (LanguageMenu, 1);
  self->application = application;
  self->settings = g_settings_new (APP_ID);

  initial = cr_i18n_get_choice ();
  if (*initial == '\0')
    {
      saved = g_settings_get_string (self->settings, "language");
      if (*saved != '\0' && cr_i18n_set_language (saved, NULL))
        initial = saved;
    }

  self->action = g_simple_action_new_stateful ("language", G_VARIANT_TYPE_STRING,
                                               g_variant_new_string (initial));
  g_signal_connect (self->action, "change-state", G_CALLBACK (change_state_cb), self);
  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (self->action));

  self->unavailable = g_simple_action_new ("language-unavailable", G_VARIANT_TYPE_STRING);
  g_simple_action_set_enabled (self->unavailable, FALSE);
  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (self->unavailable));

  apply_direction ();

  g_signal_connect (self->settings, "changed::language", G_CALLBACK (settings_changed_cb), self);

  g_object_set_data_full (G_OBJECT (application), "cr-language-menu", self, language_menu_free);
}
