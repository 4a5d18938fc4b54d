/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-i18n.c: the interface language, chosen in the app or taken from the system
 *
 * gettext honours LANGUAGE only when the messages locale is a real one:
 * under C or POSIX it translates nothing, and glibc 2.41 treats C.UTF-8
 * the same (2.36 did not). So a switch, always on the main thread, sets
 * LANGUAGE to the language and LC_MESSAGES to a locale that gettext
 * honours: the language's own installed locale if there is one (fr_FR.UTF-8,
 * fr_CA.UTF-8 for a system in Canada…), else any installed locale, with
 * LANGUAGE naming the language. Each candidate is first tried with
 * newlocale(), then set with setlocale(LC_MESSAGES), which also tells
 * gettext that its catalogues changed, and kept only if the app's
 * catalogue really answers in the language: the translation of the
 * language's own name, which the build took from the same catalogue
 * (cr-languages.h). A language that no installed locale shows is said to be
 * unavailable (cr_i18n_is_available()) and cannot be chosen.
 *
 * Whoever keeps translated text reads cr_i18n_get_generation(), which every
 * switch moves on, and makes it again when it moved. Only the main thread
 * switches, and no other thread translates or reads the environment: the
 * roster's workers work without text (cr_score_summary()). LANGUAGE is
 * left unset with a language's own locale, and set only when it changes,
 * so that where every language has its locale a switch never touches the
 * environment once the system's LANGUAGE is out of the way.
 *
 * textdomain() is never called, since GLib would then decide once and for
 * all, when the app starts in English, not to translate GTK's own strings.
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

static const CrLanguage languages[] = {
  /* Translators: the name of your language, written in your language, as
   * the Language menu lists it: “Français” for French, “Deutsch” for
   * German. It also sets the text direction: a name written from right to
   * left makes the interface right to left. */
  { "en", NC_("language name", "English"), FALSE },
#include "cr-languages.h"
};

#define N_LANGUAGES G_N_ELEMENTS (languages)

/* Where a language is mostly spoken, its locales tried in this order after
 * the one in the system's own territory; any other language tries
 * ll_LL. */
static const struct
{
  const char *code;
  const char *territories;
} territories[] = {
  { "en", "US GB CA AU NZ IE IN ZA" },
  { "fr", "FR BE CA CH LU" },
  { "de", "DE AT CH LU BE" },
  { "es", "ES MX AR CO CL PE US" },
  { "ar", "EG SA AE MA DZ TN JO LB IQ KW QA" },
};

static gboolean initialized;
/* The language chosen in the app, "" for the system's. */
static char *choice;
/* The shipped language texts are in now; read from any thread. */
static const CrLanguage *current;
static gint generation;

/* The system's: its language, its LANGUAGE (NULL when unset), its messages
 * locale, and its territory ("CA" for fr_CA.UTF-8, NULL for none). */
static const CrLanguage *system_language;
/* Where the app's catalogues are, <lang>/LC_MESSAGES/creator-role.mo. */
static char *catalogue_dir;
static char *system_language_env;
static char *system_messages;
static char *system_territory;

/* What is set now: LC_MESSAGES and LANGUAGE (NULL when unset). */
static char *applied_messages;
static char *applied_language_env;

/* CR_I18N_LOCALES, split; NULL when unset. */
static GStrv candidates_override;

/* Per language: 0 not looked for yet, 1 shown by found[i], -1 by none. */
static gint8 availability[N_LANGUAGES];
static char *found[N_LANGUAGES];

G_DEFINE_QUARK (cr-i18n-error-quark, cr_i18n_error)

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || *name == '\0' || g_str_equal (name, "C") || g_str_equal (name, "POSIX");
}

static const CrLanguage *
lookup (const char *code)
{
  for (guint i = 0; i < N_LANGUAGES; i++)
    if (g_str_equal (languages[i].code, code))
      return &languages[i];

  return NULL;
}

/* Sets LC_MESSAGES and LANGUAGE; gettext starts again from its
 * catalogues, since setlocale() tells it they changed. */
static gboolean
apply_messages (const char *locale,
                const char *language_env)
{
  /* The environment is only touched when it must change: never, when
   * every language has its locale and the system sets no LANGUAGE. */
  if (g_strcmp0 (g_getenv ("LANGUAGE"), language_env) != 0)
    {
      /* setlocale() to the name already set does not tell gettext that
       * its catalogues changed, and it would go on answering from those
       * of the LANGUAGE before: set another name first. */
      if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), locale) == 0)
        setlocale (LC_MESSAGES, "C");

      if (language_env != NULL)
        g_setenv ("LANGUAGE", language_env, TRUE);
      else
        g_unsetenv ("LANGUAGE");
    }

  return setlocale (LC_MESSAGES, locale) != NULL;
}

static void
keep_applied (const char *locale,
              const char *language_env)
{
  g_free (applied_messages);
  applied_messages = g_strdup (locale);
  g_free (applied_language_env);
  applied_language_env = g_strdup (language_env);
}

/* Whether the app's catalogue answers in @language now: its name, as the
 * build took it from the same catalogue. */
static gboolean
probe (const CrLanguage *language)
{
  const char *msgid = "language name\004English";
  const char *name = dcgettext (GETTEXT_PACKAGE, msgid, LC_MESSAGES);

  if (name == msgid || g_str_equal (name, msgid))
    name = "English";

  return g_str_equal (name, language->native_name);
}

static void
add_candidate (GPtrArray  *candidates,
               const char *code,
               const char *territory)
{
  char *name = g_strdup_printf ("%s_%s.UTF-8", code, territory);

  for (guint i = 0; i < candidates->len; i++)
    if (g_str_equal (g_ptr_array_index (candidates, i), name))
      {
        g_free (name);
        return;
      }

  g_ptr_array_add (candidates, name);
}

/* The locales of @code, most likely first. */
static void
add_own_candidates (GPtrArray  *candidates,
                    const char *code)
{
  gboolean listed = FALSE;

  if (system_territory != NULL)
    add_candidate (candidates, code, system_territory);

  for (guint i = 0; i < G_N_ELEMENTS (territories); i++)
    if (g_str_equal (territories[i].code, code))
      {
        g_auto(GStrv) list = g_strsplit (territories[i].territories, " ", -1);

        for (guint t = 0; list[t] != NULL; t++)
          add_candidate (candidates, code, list[t]);
        listed = TRUE;
      }

  if (!listed)
    {
      g_autofree char *upper = g_ascii_strup (code, -1);

      add_candidate (candidates, code, upper);
    }
}

/* The candidates for @language: its own locales, then any other, with
 * LANGUAGE to name it. */
static GPtrArray *
candidates_for (const CrLanguage *language)
{
  GPtrArray *candidates = g_ptr_array_new_with_free_func (g_free);

  if (candidates_override != NULL)
    {
      for (guint i = 0; candidates_override[i] != NULL; i++)
        g_ptr_array_add (candidates, g_strdup (candidates_override[i]));
      return candidates;
    }

  add_own_candidates (candidates, language->code);
  if (system_messages != NULL && !is_c_locale (system_messages) &&
      !g_str_equal (system_messages, "C.UTF-8") && !g_str_equal (system_messages, "C.utf8"))
    g_ptr_array_add (candidates, g_strdup (system_messages));
  for (guint i = 0; i < N_LANGUAGES; i++)
    if (&languages[i] != language)
      add_own_candidates (candidates, languages[i].code);
  /* glibc before 2.39 honours LANGUAGE there; English needs no catalogue. */
  g_ptr_array_add (candidates, g_strdup ("C.UTF-8"));

  return candidates;
}

/* The LANGUAGE to set with @locale for @language: none for one of its own
 * locales, since LC_MESSAGES says it all, else the language's code;
 * @language_env if not %NULL. */
static const char *
env_for (const CrLanguage *language,
         const char       *locale,
         const char       *language_env)
{
  gsize length = strlen (language->code);

  if (language_env != NULL)
    return language_env;
  if (strncmp (locale, language->code, length) == 0 && locale[length] == '_')
    return NULL;

  return language->code;
}

/* Sets a messages locale that shows @language, with LANGUAGE as env_for()
 * says, and keeps it as applied. On failure what was applied before is set
 * again. */
static gboolean
find_messages (const CrLanguage *language,
               const char       *language_env)
{
  guint index = (guint) (language - languages);
  g_autoptr(GPtrArray) candidates = NULL;

  /* Where it was found before, if it still shows it. */
  if (found[index] != NULL &&
      apply_messages (found[index], env_for (language, found[index], language_env)) &&
      probe (language))
    {
      keep_applied (found[index], env_for (language, found[index], language_env));
      return TRUE;
    }

  candidates = candidates_for (language);
  for (guint i = 0; i < candidates->len; i++)
    {
      const char *name = g_ptr_array_index (candidates, i);
      locale_t locale = newlocale (LC_MESSAGES_MASK, name, (locale_t) 0);

      if (locale == (locale_t) 0)
        continue;
      freelocale (locale);

      if (apply_messages (name, env_for (language, name, language_env)) && probe (language))
        {
          g_free (found[index]);
          found[index] = g_strdup (name);
          availability[index] = 1;
          keep_applied (name, env_for (language, name, language_env));
          return TRUE;
        }
    }

  availability[index] = -1;
  g_clear_pointer (&found[index], g_free);
  if (applied_messages != NULL)
    apply_messages (applied_messages, applied_language_env);

  return FALSE;
}

/* The first shipped language of the system's, from LANGUAGE, LC_ALL,
 * LC_MESSAGES and LANG as gettext reads them, whether their locale is
 * installed or not. */
static const CrLanguage *
requested_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *code = g_strndup (names[i], strcspn (names[i], "_.@"));
      const CrLanguage *language = lookup (code);

      if (language != NULL)
        return language;
    }

  return &languages[0];
}

/**
 * cr_i18n_init:
 *
 * Sets the locale from the environment and binds the app's catalogues. A
 * C locale becomes C.UTF-8; when the messages locale the system asks for
 * is not installed, or is C, and the system still names a shipped
 * language (LANGUAGE, or a LANG such as de_DE.UTF-8 that is not
 * installed), a messages locale that shows it is looked for as a switch
 * would. Call it once, first thing in main().
 */
void
cr_i18n_init (void)
{
  const char *locale;
  const char *localedir;
  const char *messages;
  const char *territory;

  if (initialized)
    return;
  initialized = TRUE;

  localedir = g_getenv ("CR_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  catalogue_dir = g_strdup (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  if (g_getenv ("CR_I18N_LOCALES") != NULL)
    candidates_override = g_strsplit (g_getenv ("CR_I18N_LOCALES"), ",", -1);

  system_language = requested_language ();
  system_language_env = g_strdup (g_getenv ("LANGUAGE"));
  if (system_language_env != NULL && *system_language_env == '\0')
    g_clear_pointer (&system_language_env, g_free);

  locale = setlocale (LC_ALL, "");
  if (locale == NULL || is_c_locale (setlocale (LC_CTYPE, NULL)))
    setlocale (LC_ALL, "C.UTF-8");

  messages = setlocale (LC_MESSAGES, NULL);
  territory = messages != NULL ? strchr (messages, '_') : NULL;
  if (territory != NULL && strlen (territory) >= 3)
    system_territory = g_strndup (territory + 1, strcspn (territory + 1, ".@"));

  system_messages = g_strdup (messages);
  keep_applied (system_messages, system_language_env);
  choice = g_strdup ("");

  /* The system's locale is installed and not C: gettext shows what the
   * system asks for. */
  if (locale != NULL && messages != NULL && !is_c_locale (messages) &&
      g_ascii_strncasecmp (messages, "C.", 2) != 0)
    {
      g_atomic_pointer_set (&current, system_language);
      return;
    }

  if (system_language != &languages[0])
    {
      g_autofree char *language_env = g_strdup (system_language_env != NULL
                                                ? system_language_env
                                                : system_language->code);

      if (find_messages (system_language, language_env))
        {
          g_free (system_messages);
          system_messages = g_strdup (applied_messages);
          g_free (system_language_env);
          system_language_env = g_steal_pointer (&language_env);
        }
      else
        system_language = &languages[0];
    }

  g_atomic_pointer_set (&current, system_language);
}

/**
 * cr_i18n_restore_locale:
 *
 * Sets the messages locale of the language shown again, and C.UTF-8 for the
 * rest if the locale is now C. Call it after a library that sets the
 * locale itself, such as gtk_init(), has run.
 */
void
cr_i18n_restore_locale (void)
{
  cr_i18n_init ();

  if (is_c_locale (setlocale (LC_CTYPE, NULL)))
    setlocale (LC_ALL, "C.UTF-8");
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), applied_messages) != 0 ||
      g_strcmp0 (g_getenv ("LANGUAGE"), applied_language_env) != 0)
    apply_messages (applied_messages, applied_language_env);
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

  *n_languages = N_LANGUAGES;

  return languages;
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

  for (guint i = 0; i < N_LANGUAGES; i++)
    g_string_append_printf (known, "%s%s", i ? ", " : "", languages[i].code);

  return g_string_free (known, FALSE);
}

/**
 * cr_i18n_is_available:
 * @code: a shipped language's code, or "" for the system's language
 *
 * Whether a locale installed on the system lets gettext show @code. The
 * first call for a language tries the candidates, and sets what is shown
 * now again. Main thread only.
 *
 * Returns: %TRUE when cr_i18n_set_language() can switch to @code
 */
gboolean
cr_i18n_is_available (const char *code)
{
  const CrLanguage *language;
  guint index;

  g_return_val_if_fail (code != NULL, FALSE);

  cr_i18n_init ();

  if (*code == '\0')
    return TRUE;
  if ((language = lookup (code)) == NULL)
    return FALSE;

  index = (guint) (language - languages);
  if (availability[index] == 0)
    {
      g_autofree char *locale = g_strdup (applied_messages);
      g_autofree char *language_env = g_strdup (applied_language_env);

      find_messages (language, NULL);
      apply_messages (locale, language_env);
      keep_applied (locale, language_env);
    }

  return availability[index] > 0;
}

static char *
catalogue_path (const char *code)
{
  return g_build_filename (catalogue_dir, code, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
}

/* Whether the app's catalogue for @code is there to be read. */
static gboolean
has_catalogue (const char *code)
{
  g_autofree char *path = catalogue_path (code);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/**
 * cr_i18n_set_language:
 * @code: a shipped language's code, or "" for the system's language
 *
 * Makes @code the language of every string translated from now on, and
 * moves the generation on (cr_i18n_get_generation()). Text already shown
 * stays as it is until it is rebuilt. Main thread only, and no other
 * thread may translate meanwhile.
 *
 * Returns: %TRUE, or %FALSE with @error set when @code is not shipped, or
 *   when the system has no locale under which gettext shows it; nothing
 *   changes then
 */
gboolean
cr_i18n_set_language (const char  *code,
                      GError     **error)
{
  const CrLanguage *language;

  g_return_val_if_fail (code != NULL, FALSE);

  cr_i18n_init ();

  if (*code == '\0')
    {
      if (!apply_messages (system_messages, system_language_env))
        setlocale (LC_MESSAGES, "C.UTF-8");
      keep_applied (setlocale (LC_MESSAGES, NULL), system_language_env);
      language = system_language;
    }
  else if ((language = lookup (code)) == NULL)
    {
      g_autofree char *known = cr_i18n_dup_codes ();
      /* The code comes from the command line: escaped and cut. */
      g_autofree char *quoted = cr_quote_input (code, 16);

      g_set_error (error, CR_I18N_ERROR, CR_I18N_ERROR_UNKNOWN_LANGUAGE,
                   "unknown language \"%s\" (expected one of %s)", quoted, known);
      return FALSE;
    }
  else if (!g_str_equal (code, "en") && !has_catalogue (code))
    {
      g_autofree char *path = catalogue_path (code);
      g_autofree char *quoted = cr_quote_input (path, 200);

      /* Without them, gettext gives English, laid out right to left in
       * Arabic: refused rather than shown so. */
      g_set_error (error, CR_I18N_ERROR, CR_I18N_ERROR_UNAVAILABLE,
                   "the translations into \"%s\" (%s) are not installed: %s is missing; "
                   "reinstall Creator Role", code, language->native_name, quoted);
      return FALSE;
    }
  else if (!find_messages (language, NULL))
    {
      g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_free);
      /* Where the language is mostly spoken, not the system's territory. */
      char *territory = g_steal_pointer (&system_territory);

      add_own_candidates (own, code);
      system_territory = territory;
      g_set_error (error, CR_I18N_ERROR, CR_I18N_ERROR_UNAVAILABLE,
                   "no locale installed on this system shows \"%s\" (%s); "
                   "install one such as %s", code, language->native_name,
                   (const char *) g_ptr_array_index (own, 0));
      return FALSE;
    }

  g_free (choice);
  choice = g_strdup (code);
  g_atomic_pointer_set (&current, language);
  g_atomic_int_inc (&generation);

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
 *   the one chosen, else the first of the system's that is shipped and
 *   shown, else "en". Reads no environment: may be called from any thread.
 */
const char *
cr_i18n_get_language (void)
{
  const CrLanguage *language = g_atomic_pointer_get (&current);

  if (language == NULL)
    {
      cr_i18n_init ();
      language = g_atomic_pointer_get (&current);
    }

  return language->code;
}

/**
 * cr_i18n_get_generation:
 *
 * Returns: a number that every switch of language moves on: text kept
 *   with another number may be in another language. May be called from
 *   any thread.
 */
guint
cr_i18n_get_generation (void)
{
  return (guint) g_atomic_int_get (&generation);
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
