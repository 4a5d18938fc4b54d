/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-i18n.c: the interface language, chosen in the app or taken from the system
 *
 * Switching at run time sets LANGUAGE and tells gettext that its catalogues
 * changed; whoever shows text then rebuilds it. Two facts of glibc decide
 * how: under the C or POSIX locale LANGUAGE is ignored, so a C locale is
 * replaced by C.UTF-8 at start-up; and textdomain() is never called, since
 * GLib would then decide once and for all, when the app starts in English,
 * not to translate GTK's own strings.
 *
 * The catalogues are looked up in LOCALEDIR, the installed locale folder,
 * unless the environment variable CR_LOCALEDIR names another one: the tests
 * and `meson devenv` point it at the build tree's po/ folder, where meson
 * lays out <lang>/LC_MESSAGES/creator-role.mo.
 *
 * The languages offered are English, the language of the sources, then
 * each language of po/LINGUAS in its order, named in itself by its own
 * catalogue: the build writes them into cr-languages.h
 * (build-aux/gen-languages.py), so that adding a language takes its .po
 * file and a line in po/LINGUAS, nothing more.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-i18n.h"
#include "cr-quote.h"

#ifdef __GLIBC__
/* Bumped to make gettext drop the translations it has looked up so far. */
extern int _nl_msg_cat_cntr;
#endif

static const CrLanguage languages[] = {
  /* Translators: the name of your language, written in your language, as
   * the Language menu lists it: “Français” for French, “Deutsch” for
   * German. It also sets the text direction: a name written from right to
   * left makes the interface right to left. */
  { "en", NC_("language name", "English"), FALSE },
#include "cr-languages.h"
};

/* The system's LANGUAGE, as it was before any choice; NULL when unset. */
static char *system_language_env;
static gboolean initialized;
/* The language chosen in the app, "" for the system's. */
static char *choice;

G_DEFINE_QUARK (cr-i18n-error-quark, cr_i18n_error)

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || *name == '\0' || g_str_equal (name, "C") || g_str_equal (name, "POSIX");
}

/* The locale the environment asks for messages, as setlocale() reads it. */
static const char *
requested_locale (void)
{
  const char * const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return value;
    }

  return NULL;
}

/**
 * cr_i18n_init:
 *
 * Sets the locale from the environment and binds the app's catalogues. Call
 * it once, first thing in main().
 */
void
cr_i18n_init (void)
{
  const char *locale;
  const char *localedir;

  if (initialized)
    return;
  initialized = TRUE;

  locale = setlocale (LC_ALL, "");
  if (locale == NULL)
    {
      const char *requested = requested_locale ();
      const char *language = g_getenv ("LANGUAGE");

      /* A locale that is not installed (only C.UTF-8 is, on a bare Debian)
       * still says which language the person reads: gettext is told
       * through LANGUAGE, unless that is set already. */
      if (!is_c_locale (requested) && (language == NULL || *language == '\0'))
        {
          g_autofree char *name = g_strndup (requested, strcspn (requested, ".@"));

          g_setenv ("LANGUAGE", name, TRUE);
        }
    }
  if (locale == NULL || is_c_locale (locale))
    setlocale (LC_ALL, "C.UTF-8");

  localedir = g_getenv ("CR_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  system_language_env = g_strdup (g_getenv ("LANGUAGE"));
  choice = g_strdup ("");
}

/**
 * cr_i18n_restore_locale:
 *
 * Sets the C.UTF-8 locale again if the locale is now C or POSIX, under
 * which glibc ignores LANGUAGE and no switch would show. Call it after a
 * library that sets the locale itself, such as gtk_init(), has run.
 */
void
cr_i18n_restore_locale (void)
{
  cr_i18n_init ();

  if (is_c_locale (setlocale (LC_MESSAGES, NULL)))
    setlocale (LC_ALL, "C.UTF-8");
}

/**
 * cr_i18n_get_languages:
 * @n_languages: (out): the number of languages
 *
 * Returns: (array length=n_languages): the languages the app ships, English
 *   first
 */
const CrLanguage *
cr_i18n_get_languages (guint *n_languages)
{
  g_return_val_if_fail (n_languages != NULL, NULL);

  *n_languages = G_N_ELEMENTS (languages);

  return languages;
}

static const CrLanguage *
lookup (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i].code, code))
      return &languages[i];

  return NULL;
}

/**
 * cr_i18n_lookup:
 * @code: a language code, e.g. "fr"
 *
 * Returns: (nullable): the shipped language with @code, or %NULL
 */
const CrLanguage *
cr_i18n_lookup (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  return lookup (code);
}

/**
 * cr_i18n_dup_codes:
 *
 * Returns: (transfer full): the shipped languages' codes, comma-separated,
 *   for messages such as "en, fr, de"
 */
char *
cr_i18n_dup_codes (void)
{
  GString *known = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    g_string_append_printf (known, "%s%s", i ? ", " : "", languages[i].code);

  return g_string_free (known, FALSE);
}

/**
 * cr_i18n_set_language:
 * @code: a shipped language's code, or "" for the system's language
 *
 * Makes @code the language of every string translated from now on. Text
 * already shown stays as it is until it is rebuilt.
 *
 * Returns: %TRUE, or %FALSE with @error set when @code is not shipped
 */
gboolean
cr_i18n_set_language (const char  *code,
                      GError     **error)
{
  g_return_val_if_fail (code != NULL, FALSE);

  cr_i18n_init ();

  if (*code != '\0' && lookup (code) == NULL)
    {
      g_autofree char *known = cr_i18n_dup_codes ();
      /* The code comes from the command line: escaped and cut. */
      g_autofree char *quoted = cr_quote_input (code, 16);

      g_set_error (error, CR_I18N_ERROR, CR_I18N_ERROR_UNKNOWN_LANGUAGE,
                   "unknown language \"%s\" (expected one of %s)", quoted, known);
      return FALSE;
    }

  if (*code != '\0')
    g_setenv ("LANGUAGE", code, TRUE);
  else if (system_language_env != NULL)
    g_setenv ("LANGUAGE", system_language_env, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  g_free (choice);
  choice = g_strdup (code);

  /* A library may have set the C locale again since cr_i18n_init(). */
  cr_i18n_restore_locale ();

#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#else
  setlocale (LC_ALL, "");
#endif

  return TRUE;
}

/**
 * cr_i18n_get_choice:
 *
 * Returns: the language chosen with cr_i18n_set_language(), or "" when the
 *   system's is followed
 */
const char *
cr_i18n_get_choice (void)
{
  cr_i18n_init ();

  return choice;
}

/**
 * cr_i18n_get_language:
 *
 * Returns: the code of the shipped language that texts are shown in now:
 *   the one chosen, else the first of the system's that is shipped, else "en"
 */
const char *
cr_i18n_get_language (void)
{
  const char * const *names;

  cr_i18n_init ();

  if (*choice != '\0')
    return lookup (choice)->code;

  names = g_get_language_names ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *code = g_strndup (names[i], strcspn (names[i], "_.@"));
      const CrLanguage *language = lookup (code);

      if (language != NULL)
        return language->code;
    }

  return "en";
}

/**
 * cr_i18n_is_rtl:
 *
 * Returns: whether the language texts are shown in now, as
 *   cr_i18n_get_language() gives it, is written from right to left
 */
gboolean
cr_i18n_is_rtl (void)
{
  return lookup (cr_i18n_get_language ())->rtl;
}
