/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-i18n.c: the interface language, in the model and on the command line
 *
 * The catalogues come from the build tree (CR_LOCALEDIR, set by meson), so
 * these tests see the translations as they are built, not as installed.
 */
#define _GNU_SOURCE
#include "config.h"

#include <dlfcn.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <gnu/libc-version.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-result.h"
#include "cr-roster.h"
#include "cr-test-profiles.h"

static char *tmpdir;

/* The LANG the tests run under, as CR_TEST_LANG sets it: "unset", "C",
 * "C.UTF-8" (the default) or "en_US.UTF-8". */
static const char *test_lang = "C.UTF-8";

/* Whether gettext, on this system, shows French under C.UTF-8 when
 * LANGUAGE says fr: glibc 2.36 does, 2.41 does not. Found in main(),
 * before anything else runs, with no help from the app. */
static gboolean c_utf8_honours_language;

/* ---- Who translates ------------------------------------------------------
 *
 * The gettext functions GLib and the app call are replaced here by ones
 * that count the calls made in any thread but the main one, then call
 * glibc's: a roster's worker must make none, since the language may switch
 * meanwhile. The executable exports them (export_dynamic), so that GLib's
 * calls come here too. The names are in parentheses, since libintl.h
 * may define them as macros. */

static GThread *main_thread;
static gint off_main_calls;

static void
count_caller (const char *msgid)
{
  if (main_thread != NULL && g_thread_self () != main_thread)
    {
      g_atomic_int_inc (&off_main_calls);
      g_printerr ("gettext called off the main thread for “%s”\n", msgid);
    }
}

#define FORWARD(name, msgid, ...) \
  static __typeof__ (name) *real; \
  count_caller (msgid); \
  if (real == NULL) \
    real = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name); \
  return real (__VA_ARGS__)

char *
(gettext) (const char *msgid)
{
  FORWARD (gettext, msgid, msgid);
}

char *
(dgettext) (const char *domain,
          const char *msgid)
{
  FORWARD (dgettext, msgid, domain, msgid);
}

char *
(dcgettext) (const char *domain,
           const char *msgid,
           int         category)
{
  FORWARD (dcgettext, msgid, domain, msgid, category);
}

char *
(ngettext) (const char        *msgid,
          const char        *plural,
          unsigned long int  n)
{
  FORWARD (ngettext, msgid, msgid, plural, n);
}

char *
(dngettext) (const char        *domain,
           const char        *msgid,
           const char        *plural,
           unsigned long int  n)
{
  FORWARD (dngettext, msgid, domain, msgid, plural, n);
}

char *
(dcngettext) (const char        *domain,
            const char        *msgid,
            const char        *plural,
            unsigned long int  n,
            int                category)
{
  FORWARD (dcngettext, msgid, domain, msgid, plural, n, category);
}

static const char * const shipped[] = { "fr", "de", "es", "ar" };

/* What a reader of each language sees as the title of each role's result,
 * in the order of CrRole. Written out here, not looked up, so that a
 * catalogue of the wrong language or none at all fails. */
static const struct
{
  const char *code;
  const char *titles[CR_ROLE_UNDECIDED + 1];
  const char *contracted_name;
} expected[] = {
  { "en", { "You are an influencer", "You are a brand ambassador",
            "You are a contracted ambassador", "You are neither, yet", "No verdict yet" },
    "Contracted ambassador" },
  { "fr", { "Vous êtes influenceur", "Vous êtes ambassadeur de marque",
            "Vous êtes l’égérie d’une marque", "Vous n’êtes ni l’un ni l’autre, pour l’instant",
            "Pas encore de verdict" },
    "Égérie" },
  { "de", { "Sie sind Influencer", "Sie sind Markenbotschafter",
            "Sie sind das Werbegesicht einer Marke", "Sie sind noch keines von beiden",
            "Noch kein Urteil" },
    "Werbegesicht" },
  { "es", { "Es influencer", "Es embajador de marca",
            "Es la imagen de una marca", "No es ninguno de los dos, por ahora",
            "Todavía no hay veredicto" },
    "Imagen de la marca" },
  { "ar", { "أنت مؤثر", "أنت سفير علامة تجارية",
            "أنت الوجه الإعلاني لعلامة تجارية", "لست هذا ولا ذاك بعد",
            "لا حكم بعد" },
    "وجه إعلاني" },
};

static guint
expected_index (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (g_str_equal (expected[i].code, code))
      return i;

  g_assert_not_reached ();
}

static gboolean
has_arabic_letters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0600 && c <= 0x06FF)
        return TRUE;
    }

  return FALSE;
}

/* Runs creator-role with @args, no display, LANG set to @lang and
 * LANGUAGE to @language (each unset when %NULL), and @env, NAME=VALUE
 * pairs, NULL-terminated, if not %NULL. */
static void
run_app_env (CrTestRun          *run,
             const char         *lang,
             const char         *language,
             const char * const *env,
             const char * const *args)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (all, g_strdup ("LC_ALL"));
  g_ptr_array_add (all, g_strdup ("LC_MESSAGES"));
  g_ptr_array_add (all, lang != NULL ? g_strconcat ("LANG=", lang, NULL) : g_strdup ("LANG"));
  g_ptr_array_add (all, language != NULL ? g_strconcat ("LANGUAGE=", language, NULL)
                                         : g_strdup ("LANGUAGE"));
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    g_ptr_array_add (all, g_strdup (env[i]));
  g_ptr_array_add (all, NULL);

  cr_test_runv (run, &(CrTestRunOptions) { .env = (const char * const *) all->pdata }, args);
}

static void
run_app_in (CrTestRun          *run,
            const char         *lang,
            const char         *language,
            const char * const *args)
{
  run_app_env (run, lang, language, NULL, args);
}

/* Runs creator-role with the arguments under LANG=C.UTF-8, with LANGUAGE
 * set to @language_env (unset when %NULL). */
static void
run_app (CrTestRun  *run,
         const char *language_env,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_app_in (run, "C.UTF-8", language_env, (const char * const *) args->pdata);
}

/* Writes the answers of @profile as a document to score. */
static char *
write_profile (const CrTestProfile *profile)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (profile->answers);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autofree char *name = g_strconcat (profile->path, ".json", NULL);
  g_autofree char *data = NULL;
  gsize length;

  data = cr_document_to_data (answers, result, "en", NULL, TRUE, &length);

  return cr_test_write_file (tmpdir, name, data, (gssize) length);
}

static JsonObject *
parse_document (JsonParser *parser,
                const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_get_object (json_parser_get_root (parser));
}

/* The result with every text taken out: what must not depend on the
 * language. The texts are moved to @texts, in document order. */
static char *
dup_language_free_result (JsonObject *document,
                          GPtrArray  *texts)
{
  g_autoptr(JsonNode) copy = json_node_copy (json_object_get_member (document, "result"));
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *result = json_node_get_object (copy);
  const char * const lists[] = { "explanation", "would_change" };

  g_ptr_array_add (texts, g_strdup (json_object_get_string_member (result, "title")));
  g_ptr_array_add (texts, g_strdup (json_object_get_string_member (result, "summary")));
  json_object_remove_member (result, "title");
  json_object_remove_member (result, "summary");

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *array = json_object_get_array_member (result, lists[l]);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *item = json_array_get_object_element (array, i);

          g_ptr_array_add (texts, g_strdup (json_object_get_string_member (item, "text")));
          json_object_remove_member (item, "text");

          /* The steps of a change have texts of their own. */
          if (json_object_has_member (item, "steps"))
            {
              JsonArray *steps = json_object_get_array_member (item, "steps");

              for (guint s = 0; s < json_array_get_length (steps); s++)
                {
                  JsonObject *step = json_array_get_object_element (steps, s);

                  g_ptr_array_add (texts, g_strdup (json_object_get_string_member (step, "text")));
                  json_object_remove_member (step, "text");
                }
            }
        }
    }

  json_generator_set_root (generator, copy);

  return json_generator_to_data (generator, NULL);
}

/* The texts of @answers' result computed in this process in @code. */
static GPtrArray *
texts_in_process (CrAnswers  *answers,
                  const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrResult) result = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  cr_i18n_set_language (code, &error);
  g_assert_no_error (error);

  result = cr_score (answers);
  g_ptr_array_add (texts, g_strdup (cr_result_get_title (result)));
  g_ptr_array_add (texts, g_strdup (cr_result_get_summary (result)));
  for (guint i = 0; i < cr_result_get_n_explanations (result); i++)
    g_ptr_array_add (texts, g_strdup (cr_result_get_explanation (result, i)->text));
  for (guint i = 0; i < cr_result_get_n_changes (result); i++)
    {
      const CrChange *change = cr_result_get_change (result, i);

      g_ptr_array_add (texts, g_strdup (change->text));
      for (guint s = 0; s < change->n_steps; s++)
        g_ptr_array_add (texts, g_strdup (change->steps[s].text));
    }

  cr_i18n_set_language ("", &error);
  g_assert_no_error (error);

  return texts;
}

static void
test_languages (void)
{
  const char * const codes[] = { "en", "fr", "de", "es", "ar" };
  const char * const names[] = { "English", "Français", "Deutsch", "Español", "العربية" };
  const CrLanguage *languages;
  g_autofree char *list = cr_i18n_dup_codes ();
  guint n;

  languages = cr_i18n_get_languages (&n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (languages[i].code, ==, codes[i]);
      g_assert_cmpstr (languages[i].native_name, ==, names[i]);
      g_assert_true (languages[i].rtl == g_str_equal (codes[i], "ar"));
      g_assert_true (cr_i18n_lookup (codes[i]) == &languages[i]);
    }

  g_assert_null (cr_i18n_lookup ("pt"));
  g_assert_null (cr_i18n_lookup (""));
  g_assert_cmpstr (list, ==, "en, fr, de, es, ar");
}

/* The languages offered are English, then po/LINGUAS in its order, each
 * named in itself by its catalogue, not a list of their own. */
static void
test_languages_follow_linguas (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("CR_SOURCE_ROOT"), "po", "LINGUAS", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) linguas = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const CrLanguage *languages;
  guint n;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0' && *lines[i] != '#')
        g_ptr_array_add (linguas, lines[i]);
    }

  languages = cr_i18n_get_languages (&n);
  g_assert_cmpuint (n, ==, linguas->len + 1);
  g_assert_cmpstr (languages[0].code, ==, "en");
  g_assert_cmpstr (languages[0].native_name, ==, "English");
  g_assert_false (languages[0].rtl);
  for (guint i = 0; i < linguas->len; i++)
    {
      g_assert_cmpstr (languages[i + 1].code, ==, g_ptr_array_index (linguas, i));
      g_assert_cmpstr (languages[i + 1].native_name, !=, "English");
      g_assert_true (g_utf8_validate (languages[i + 1].native_name, -1, NULL));
    }
}

/* Switching in one process: every string looked up afterwards is in the
 * new language, and going back to the system's gives English here, since
 * the tests run with no LANGUAGE under C.UTF-8. */
static void
test_switch (void)
{
  const CrQuestion *first = cr_questionnaire_get_question (0);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cr_i18n_get_choice (), ==, "");
  g_assert_cmpstr (cr_i18n_get_language (), ==, "en");
  g_assert_cmpstr (_(first->title), ==, "Are you paid for promoting brands?");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *code = expected[i].code;

      g_assert_true (cr_i18n_set_language (code, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (cr_i18n_get_choice (), ==, code);
      g_assert_cmpstr (cr_i18n_get_language (), ==, code);
      g_assert_cmpstr (cr_role_get_name (CR_ROLE_CONTRACTED_AMBASSADOR), ==,
                       expected[i].contracted_name);
      g_assert_true (cr_i18n_is_rtl () == g_str_equal (code, "ar"));
      if (!g_str_equal (code, "en"))
        g_assert_cmpstr (_(first->title), !=, first->title);
    }

  g_assert_true (cr_i18n_set_language ("fr", &error));
  g_assert_cmpstr (_(first->title), ==, "Êtes-vous rémunéré pour promouvoir des marques\u202f?");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", 3), ==, "%u points");

  /* Arabic has six plural forms; two points take the dual. */
  g_assert_true (cr_i18n_set_language ("ar", &error));
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", 2), ==, "نقطتان");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", 5), ==, "%u نقاط");

  /* An unknown code changes nothing. */
  g_assert_false (cr_i18n_set_language ("pt", &error));
  g_assert_error (error, CR_I18N_ERROR, CR_I18N_ERROR_UNKNOWN_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "\"pt\""));
  g_assert_nonnull (strstr (error->message, "en, fr, de, es, ar"));
  g_clear_error (&error);
  g_assert_cmpstr (cr_i18n_get_language (), ==, "ar");
  g_assert_true (cr_i18n_is_rtl ());

  g_assert_true (cr_i18n_set_language ("", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cr_i18n_get_choice (), ==, "");
  g_assert_cmpstr (cr_i18n_get_language (), ==, "en");
  g_assert_false (cr_i18n_is_rtl ());
  g_assert_cmpstr (_(first->title), ==, "Are you paid for promoting brands?");
}

/* Writes every profile as one line of a file, for --batch. */
static char *
write_roster (void)
{
  g_autoptr(GString) roster = g_string_new (NULL);

  for (guint p = 0; p < G_N_ELEMENTS (cr_test_profiles); p++)
    {
      g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[p].answers);
      g_autoptr(CrResult) result = cr_score (answers);
      g_autofree char *line = cr_document_to_data (answers, result, "en", NULL, FALSE, NULL);

      /* The compact document ends with its end of line. */
      g_string_append (roster, line);
    }

  return cr_test_write_file (tmpdir, "roster.jsonl", roster->str, (gssize) roster->len);
}

/* Checks one scored document in @code against the same one in English:
 * the same ids, scores and answers, the document says @code, and every
 * text is the one this process makes in @code, which is not the English
 * one. Returns the role. */
static CrRole
check_translated_document (const CrTestProfile *profile,
                           const char          *code,
                           const char          *english_text,
                           const char          *text)
{
  g_autoptr(CrAnswers) answers = cr_test_answers_new (profile->answers);
  g_autoptr(JsonParser) english_parser = json_parser_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) english_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) local_texts = NULL;
  g_autofree char *english_result = NULL;
  g_autofree char *result = NULL;
  JsonObject *english_document = parse_document (english_parser, english_text);
  JsonObject *document = parse_document (parser, text);
  const guint e = expected_index (code);
  CrRole role;

  g_test_message ("profile %s in %s", profile->path, code);

  g_assert_cmpstr (json_object_get_string_member (english_document, "language"), ==, "en");
  g_assert_cmpstr (json_object_get_string_member (document, "language"), ==, code);
  g_assert_true (json_node_equal (json_object_get_member (english_document, "answers"),
                                  json_object_get_member (document, "answers")));

  english_result = dup_language_free_result (english_document, english_texts);
  result = dup_language_free_result (document, texts);
  g_assert_cmpstr (result, ==, english_result);

  /* No verdict is a null role. */
  role = CR_ROLE_UNDECIDED;
  if (!json_object_get_null_member (json_object_get_object_member (document, "result"), "role"))
    g_assert_true (cr_role_from_id (json_object_get_string_member (
                     json_object_get_object_member (document, "result"), "role"), &role));
  g_assert_true (cr_test_profile_accepts (profile, cr_role_to_id (role)));
  g_assert_cmpstr (g_ptr_array_index (english_texts, 0), ==, expected[0].titles[role]);
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, expected[e].titles[role]);

  local_texts = texts_in_process (answers, code);
  g_assert_cmpuint (texts->len, ==, english_texts->len);
  g_assert_cmpuint (texts->len, ==, local_texts->len);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *translated = g_ptr_array_index (texts, i);

      g_assert_cmpstr (translated, ==, g_ptr_array_index (local_texts, i));
      g_assert_cmpstr (translated, !=, "");
      g_assert_cmpstr (translated, !=, g_ptr_array_index (english_texts, i));
      if (g_str_equal (code, "ar"))
        g_assert_true (has_arabic_letters (translated));
    }

  return role;
}

/* `creator-role --score FILE --language LL`, and the same with --batch for
 * every profile. */
static void
test_cli_language (gconstpointer data)
{
  const char *code = data;
  g_autofree char *roster = write_roster ();
  g_autofree char *path = write_profile (&cr_test_profiles[0]);
  g_auto(GStrv) english_lines = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(CrTestRun) english_one = { 0 };
  g_auto(CrTestRun) one = { 0 };
  g_auto(CrTestRun) english_batch = { 0 };
  g_auto(CrTestRun) batch = { 0 };
  guint roles_seen = 0;

  run_app (&english_one, NULL, "--score", path, "--language", "en", NULL);
  g_assert_cmpint (english_one.status, ==, 0);
  g_assert_cmpstr (english_one.err, ==, "");
  run_app (&one, NULL, "--score", path, "--language", code, NULL);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_cmpstr (one.err, ==, "");
  check_translated_document (&cr_test_profiles[0], code, english_one.out, one.out);

  run_app (&english_batch, NULL, "--score", roster, "--batch", "--language", "en", NULL);
  g_assert_cmpint (english_batch.status, ==, 0);
  g_assert_cmpstr (english_batch.err, ==, "");
  run_app (&batch, NULL, "--score", roster, "--language", code, "--batch", NULL);
  g_assert_cmpint (batch.status, ==, 0);
  g_assert_cmpstr (batch.err, ==, "");

  english_lines = g_strsplit (english_batch.out, "\n", -1);
  lines = g_strsplit (batch.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (english_lines), ==, G_N_ELEMENTS (cr_test_profiles) + 1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (cr_test_profiles) + 1);

  for (guint p = 0; p < G_N_ELEMENTS (cr_test_profiles); p++)
    roles_seen |= 1u << check_translated_document (&cr_test_profiles[p], code,
                                                   english_lines[p], lines[p]);

  /* The profiles cover all four verdicts, and no verdict. */
  g_assert_cmpuint (roles_seen, ==, (1u << (CR_ROLE_UNDECIDED + 1)) - 1);
}

/* With no --language, the command line follows LANGUAGE: the first shipped
 * language listed, else English. */
static void
test_cli_system_language (void)
{
  const struct
  {
    const char *env;
    const char *code;
  } cases[] = {
    { NULL, "en" },
    { "de", "de" },
    { "pt_BR:es", "es" },
    { "fr_FR", "fr" },
    { "ar", "ar" },
    { "pt", "en" },
  };
  g_autofree char *path = write_profile (&cr_test_profiles[0]);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_auto(CrTestRun) run = { 0 };
      JsonObject *document;

      g_test_message ("LANGUAGE=%s", cases[i].env ? cases[i].env : "(unset)");
      run_app (&run, cases[i].env, "--score", path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      document = parse_document (parser, run.out);
      g_assert_cmpstr (json_object_get_string_member (document, "language"), ==, cases[i].code);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (document,
                                                                                    "result"),
                                                      "title"),
                       ==, expected[expected_index (cases[i].code)].titles[CR_ROLE_INFLUENCER]);
    }
}

/* What the environment's locale says, when only C.UTF-8 is installed: a
 * C or missing LANG still lets --language switch, and a LANG that is not
 * installed still names the language to follow. No warning either way. */
static void
test_cli_locale_environment (void)
{
  const struct
  {
    const char *lang;
    const char *option;
    const char *code;
  } cases[] = {
    { "C", "fr", "fr" },
    { "POSIX", "ar", "ar" },
    { NULL, "de", "de" },
    { "de_DE.UTF-8", NULL, "de" },
    { "es_ES@euro", NULL, "es" },
    { "fr_FR.UTF-8", "ar", "ar" },
    { "pt_BR.UTF-8", NULL, "en" },
    { "C", NULL, "en" },
  };
  g_autofree char *path = write_profile (&cr_test_profiles[0]);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[] = { "--score", path, NULL, NULL, NULL };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_auto(CrTestRun) run = { 0 };
      JsonObject *document;

      g_test_message ("LANG=%s --language %s", cases[i].lang ? cases[i].lang : "(unset)",
                      cases[i].option ? cases[i].option : "(none)");
      if (cases[i].option != NULL)
        {
          args[2] = "--language";
          args[3] = cases[i].option;
        }
      run_app_in (&run, cases[i].lang, NULL, args);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      document = parse_document (parser, run.out);
      g_assert_cmpstr (json_object_get_string_member (document, "language"), ==, cases[i].code);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (document,
                                                                                    "result"),
                                                      "title"),
                       ==, expected[expected_index (cases[i].code)].titles[CR_ROLE_INFLUENCER]);
    }
}

/* An unknown code is refused before anything is scored or shown, with the
 * shipped codes listed, whatever the system language. */
static void
test_cli_unknown_language (void)
{
  g_autofree char *path = write_profile (&cr_test_profiles[0]);
  const char * const bad[] = { "pt", "FR", "fr_FR", "english" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *expected_err =
        g_strdup_printf ("creator-role: --language: unknown language \"%s\" "
                         "(expected one of en, fr, de, es, ar)\n", bad[i]);
      g_auto(CrTestRun) scored = { 0 };
      g_auto(CrTestRun) started = { 0 };

      g_test_message ("--language \"%s\"", bad[i]);

      run_app (&scored, "fr", "--score", path, "--language", bad[i], NULL);
      g_assert_cmpint (scored.status, ==, 1);
      g_assert_cmpstr (scored.out, ==, "");
      g_assert_cmpstr (scored.err, ==, expected_err);

      /* Without --score, the app refuses to start, and needs no display
       * to say so. */
      run_app (&started, NULL, "--language", bad[i], NULL);
      g_assert_cmpint (started.status, ==, 1);
      g_assert_cmpstr (started.out, ==, "");
      g_assert_cmpstr (started.err, ==, expected_err);
    }
}

/* `--help` speaks the system language. */
static void
test_cli_help (gconstpointer data)
{
  const char *code = data;
  const struct
  {
    const char *code;
    const char *text;
  } help[] = {
    { "fr", "Afficher la version et quitter" },
    { "de", "Version ausgeben und beenden" },
    { "es", "Mostrar la versión y salir" },
    { "ar", "اطبع الإصدارة واخرج" },
  };
  g_auto(CrTestRun) run = { 0 };

  run_app (&run, code, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (help); i++)
    {
      if (g_str_equal (help[i].code, code))
        g_assert_nonnull (strstr (run.out, help[i].text));
      else
        g_assert_null (strstr (run.out, help[i].text));
    }
  g_assert_null (strstr (run.out, "Print the version and exit"));
}


/* The first question's title, as each language shows it. */
static const char *
first_title (const char *code)
{
  if (g_str_equal (code, "fr"))
    return "Êtes-vous rémunéré pour promouvoir des marques\u202f?";
  if (g_str_equal (code, "ar"))
    return "هل تتقاضى أجرًا مقابل الترويج للعلامات التجارية؟";
  g_assert_cmpstr (code, ==, "en");
  return "Are you paid for promoting brands?";
}

/* English, French, Arabic and back, twice, in one process under whatever
 * LANG the test runs with: each switch moves the generation on, and the
 * result made just after it, the kept texts of the scorer included, is in
 * the new language, as are the question's title and the direction. */
static void
test_switch_cycle (void)
{
  const char * const cycle[] = { "en", "fr", "ar", "en", "fr", "ar", "en" };
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profiles[0].answers);
  const CrQuestion *first = cr_questionnaire_get_question (0);
  g_autoptr(GError) error = NULL;

  g_test_message ("LANG=%s", test_lang);

  for (guint i = 0; i < G_N_ELEMENTS (cycle); i++)
    {
      const char *code = cycle[i];
      guint generation = cr_i18n_get_generation ();
      g_autoptr(CrResult) result = NULL;
      g_autofree char *share = NULL;

      g_test_message ("switch to %s", code);
      g_assert_true (cr_i18n_set_language (code, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (cr_i18n_get_generation (), !=, generation);
      g_assert_cmpstr (cr_i18n_get_language (), ==, code);
      g_assert_true (cr_i18n_is_rtl () == g_str_equal (code, "ar"));

      result = cr_score (answers);
      g_assert_cmpstr (cr_result_get_title (result), ==,
                       expected[expected_index (code)].titles[cr_result_get_role (result)]);
      g_assert_cmpstr (_(first->title), ==, first_title (code));
      g_assert_cmpstr (cr_role_get_name (CR_ROLE_CONTRACTED_AMBASSADOR), ==,
                       expected[expected_index (code)].contracted_name);
      if (g_str_equal (code, "ar"))
        {
          g_assert_true (has_arabic_letters (cr_result_get_summary (result)));
          /* Arabic's dual, from the catalogue's own plural rule. */
          g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE,
                                        "No change of up to %u answer would make you an "
                                        "influencer.",
                                        "No change of up to %u answers would make you an "
                                        "influencer.", 2),
                           ==, "لن يجعلك تغيير ما يصل إلى إجابتين مؤثرًا.");
        }
    }

  g_assert_true (cr_i18n_set_language ("", &error));
  g_assert_cmpstr (cr_i18n_get_language (), ==, "en");
  g_assert_cmpstr (_(first->title), ==, first_title ("en"));
}

/* The LANG settings a user may start the app with. */
static const char * const lang_settings[] = { NULL, "C", "C.UTF-8", "en_US.UTF-8" };

static void
check_title (const CrTestRun *run,
             const char      *code)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *document;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  document = parse_document (parser, run->out);
  g_assert_cmpstr (json_object_get_string_member (document, "language"), ==, code);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (document,
                                                                                "result"),
                                                  "title"),
                   ==, expected[expected_index (code)].titles[CR_ROLE_INFLUENCER]);
}

/* What --language fr says where no locale shows French. */
static const char *unavailable_fr =
  "creator-role: --language: no locale installed on this system shows \"fr\" (Français); "
  "install one such as fr_FR.UTF-8\n";

/* `--language` under every LANG: English, French and Arabic are shown
 * with the locales the tests install. */
static void
test_cli_every_lang (void)
{
  const char * const codes[] = { "en", "fr", "ar" };
  g_autofree char *path = write_profile (&cr_test_profiles[0]);

  for (guint l = 0; l < G_N_ELEMENTS (lang_settings); l++)
    for (guint c = 0; c < G_N_ELEMENTS (codes); c++)
      {
        const char * const args[] = { "--score", path, "--language", codes[c], NULL };
        g_auto(CrTestRun) run = { 0 };

        g_test_message ("LANG=%s --language %s", lang_settings[l] ? lang_settings[l] : "(unset)",
                        codes[c]);
        run_app_in (&run, lang_settings[l], NULL, args);
        check_title (&run, codes[c]);
      }
}

/* A system that offers no locale gettext honours for French, whatever
 * glibc: the candidates reduced to C. --language fr then fails, before
 * anything is scored or shown, saying so; English still works. */
static void
test_cli_unavailable (void)
{
  const char * const env[] = { "CR_I18N_LOCALES=C", NULL };
  g_autofree char *path = write_profile (&cr_test_profiles[0]);

  for (guint l = 0; l < G_N_ELEMENTS (lang_settings); l++)
    {
      const char * const french[] = { "--score", path, "--language", "fr", NULL };
      const char * const english[] = { "--score", path, "--language", "en", NULL };
      const char * const start[] = { "--language", "fr", NULL };
      g_auto(CrTestRun) refused = { 0 };
      g_auto(CrTestRun) shown = { 0 };
      g_auto(CrTestRun) started = { 0 };

      g_test_message ("LANG=%s", lang_settings[l] ? lang_settings[l] : "(unset)");
      run_app_env (&refused, lang_settings[l], NULL, env, french);
      g_assert_cmpint (refused.status, ==, 1);
      g_assert_cmpstr (refused.out, ==, "");
      g_assert_cmpstr (refused.err, ==, unavailable_fr);

      run_app_env (&shown, lang_settings[l], NULL, env, english);
      check_title (&shown, "en");

      run_app_env (&started, lang_settings[l], NULL, env, start);
      g_assert_cmpint (started.status, ==, 1);
      g_assert_cmpstr (started.err, ==, unavailable_fr);
    }
}

/* With the app's catalogues missing (a broken install), a language is
 * refused, naming the file, rather than English drawn right to left. */
static void
test_cli_missing_catalogue (void)
{
  g_autofree char *empty = g_dir_make_tmp ("cr-no-catalogues-XXXXXX", NULL);
  g_autofree char *dir_env = g_strdup_printf ("CR_LOCALEDIR=%s", empty);
  const char * const env[] = { dir_env, NULL };
  g_autofree char *path = write_profile (&cr_test_profiles[0]);
  const char * const arabic[] = { "--score", path, "--language", "ar", "--format", "text", NULL };
  const char * const english[] = { "--score", path, "--language", "en", NULL };
  g_autofree char *message = g_strdup_printf ("creator-role: --language: the translations "
                                              "into \"ar\" (العربية) are not installed: "
                                              "%s/ar/LC_MESSAGES/creator-role.mo is missing; "
                                              "reinstall Creator Role\n", empty);
  g_auto(CrTestRun) refused = { 0 };
  g_auto(CrTestRun) shown = { 0 };

  run_app_env (&refused, test_lang, NULL, env, arabic);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_cmpstr (refused.out, ==, "");
  g_assert_cmpstr (refused.err, ==, message);

  run_app_env (&shown, test_lang, NULL, env, english);
  check_title (&shown, "en");

  g_rmdir (empty);
}

/* A system with only C and C.UTF-8 (LOCPATH at an empty folder hides the
 * others): French is shown where glibc honours LANGUAGE under C.UTF-8, as
 * 2.36 does, and refused with the message where it does not, as 2.41. */
static void
test_cli_system_locales_only (void)
{
  g_autofree char *empty = g_build_filename (tmpdir, "no-locales", NULL);
  g_autofree char *locpath = g_strconcat ("LOCPATH=", empty, NULL);
  const char * const env[] = { locpath, NULL };
  g_autofree char *path = write_profile (&cr_test_profiles[0]);

  g_assert_no_errno (g_mkdir_with_parents (empty, 0755));
  g_test_message ("glibc %s honours LANGUAGE under C.UTF-8: %s", gnu_get_libc_version (),
                  c_utf8_honours_language ? "yes" : "no");

  for (guint l = 0; l < G_N_ELEMENTS (lang_settings); l++)
    {
      const char * const french[] = { "--score", path, "--language", "fr", NULL };
      const char * const english[] = { "--score", path, "--language", "en", NULL };
      g_auto(CrTestRun) french_run = { 0 };
      g_auto(CrTestRun) english_run = { 0 };

      g_test_message ("LANG=%s", lang_settings[l] ? lang_settings[l] : "(unset)");
      run_app_env (&french_run, lang_settings[l], NULL, env, french);
      if (c_utf8_honours_language)
        check_title (&french_run, "fr");
      else
        {
          g_assert_cmpint (french_run.status, ==, 1);
          g_assert_cmpstr (french_run.err, ==, unavailable_fr);
        }

      run_app_env (&english_run, lang_settings[l], NULL, env, english);
      check_title (&english_run, "en");
    }
}

/* A roster of @n rows, whose answers go through the questionnaire's
 * options in turn, some questions left unanswered. */
static GString *
make_roster (guint n)
{
  GString *input = g_string_new ("name");
  guint n_questions = cr_questionnaire_get_n_questions ();

  for (guint q = 0; q < n_questions; q++)
    g_string_append_printf (input, ",%s", cr_questionnaire_get_question (q)->id);
  g_string_append_c (input, '\n');

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (input, "creator %u", i);
      for (guint q = 0; q < n_questions; q++)
        {
          const CrQuestion *question = cr_questionnaire_get_question (q);
          /* Every 50th row answers nothing: no verdict. */
          guint pick = i % 50 == 49 ? question->n_options
                                    : (i / (q + 1) + q * 7) % (question->n_options + 1);

          g_string_append_c (input, ',');
          if (pick < question->n_options)
            g_string_append (input, question->options[pick].id);
        }
      g_string_append_c (input, '\n');
    }

  return input;
}

static void
done_cb (GObject      *object G_GNUC_UNUSED,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static CrRoster *
load_roster_switching (guint   n,
                       guint  *n_switches)
{
  const char * const cycle[] = { "fr", "ar", "en" };
  g_autoptr(GString) input = make_roster (n);
  g_autoptr(GBytes) bytes = g_bytes_new (input->str, input->len);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  CrRoster *roster = cr_roster_new ();

  *n_switches = 0;
  cr_roster_load_async (roster, stream, CR_ROSTER_FORMAT_CSV, (goffset) input->len, NULL,
                        done_cb, &result);
  /* As fast as the main thread can, between turns of its loop. */
  while (result == NULL)
    {
      g_assert_true (cr_i18n_set_language (cycle[*n_switches % G_N_ELEMENTS (cycle)], &error));
      g_assert_no_error (error);
      (*n_switches)++;
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (cr_roster_load_finish (roster, result, &error));
  g_assert_no_error (error);

  return roster;
}

/* The roster's worker scores 20,000 rows while the main thread switches
 * language at every turn of its loop: the worker calls no gettext function
 * at all, and every row's summary is the one the whole result gives. */
static void
test_roster_worker (void)
{
  g_autoptr(CrRoster) roster = NULL;
  g_autoptr(GError) error = NULL;
  guint n_switches;
  guint roles_seen = 0;

  g_atomic_int_set (&off_main_calls, 0);
  roster = load_roster_switching (20000, &n_switches);
  g_test_message ("%u switches while loading", n_switches);
  g_assert_cmpuint (n_switches, >, 3);
  g_assert_cmpint (g_atomic_int_get (&off_main_calls), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, 20000);
  g_assert_cmpuint (cr_roster_get_n_problems (roster), ==, 0);

  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(CrCreator) creator = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_autoptr(CrAnswers) answers = cr_creator_dup_answers (creator);
      g_autoptr(CrResult) result = cr_score (answers);

      g_assert_cmpint (cr_creator_get_role (creator), ==, cr_result_get_role (result));
      for (guint r = 0; r < CR_N_ROLES; r++)
        g_assert_cmpuint (cr_creator_get_score (creator, r), ==, cr_result_get_score (result, r));
      g_assert_cmpint (cr_creator_is_close_call (creator), ==, cr_result_is_close_call (result));
      g_assert_cmpint (cr_creator_get_runner_up (creator), ==, cr_result_get_runner_up (result));
      g_assert_cmpint (cr_creator_is_complete (creator), ==, cr_result_is_complete (result));
      roles_seen |= 1u << cr_result_get_role (result);
    }
  /* The rows are not all alike: every verdict is among them. */
  g_assert_cmpuint (roles_seen, ==, (1u << (CR_ROLE_UNDECIDED + 1)) - 1);

  g_assert_true (cr_i18n_set_language ("", &error));
}

/* Exporting as JSON Lines while the language switches: no thread but the
 * main one translates, and the file is in one language, the one shown at
 * the end, every line of it; CSV is what cr_roster_to_data() makes. */
static void
test_roster_export (void)
{
  g_autoptr(CrRoster) roster = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "export.jsonl", NULL);
  g_autofree char *csv_path = g_build_filename (tmpdir, "export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) csv_result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *expected_csv = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_switches;

  roster = load_roster_switching (3000, &n_switches);
  g_assert_true (cr_i18n_set_language ("fr", &error));
  g_atomic_int_set (&off_main_calls, 0);

  cr_roster_save_async (roster, file, CR_ROSTER_FORMAT_JSONL, NULL, done_cb, &result);
  /* A few slices of rows in French, then Arabic. */
  for (guint i = 0; i < 3; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cr_i18n_set_language ("ar", &error));
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cr_roster_save_finish (roster, result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&off_main_calls), ==, 0);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  lines = g_strsplit (contents, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3001);
  g_assert_cmpstr (lines[3000], ==, "");
  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *document = parse_document (parser, lines[i]);
      JsonObject *result_object = json_object_get_object_member (document, "result");

      g_assert_cmpstr (json_object_get_string_member (document, "language"), ==, "ar");
      g_assert_true (has_arabic_letters (json_object_get_string_member (result_object, "title")));
    }

  cr_roster_save_async (roster, csv_file, CR_ROSTER_FORMAT_CSV, NULL, done_cb, &csv_result);
  while (csv_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cr_roster_save_finish (roster, csv_result, &error));
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, &error));
  expected_csv = cr_roster_to_data (roster, CR_ROSTER_FORMAT_CSV, NULL, NULL);
  g_assert_cmpstr (csv, ==, expected_csv);
  g_assert_cmpint (g_atomic_int_get (&off_main_calls), ==, 0);

  g_assert_true (cr_i18n_set_language ("", &error));
}

static void
add_tests (void)
{
  g_test_add_func ("/i18n/languages", test_languages);
  g_test_add_func ("/i18n/languages/linguas", test_languages_follow_linguas);
  g_test_add_func ("/i18n/switch", test_switch);
  g_test_add_func ("/i18n/switch/cycle", test_switch_cycle);
  g_test_add_func ("/i18n/roster/worker", test_roster_worker);
  g_test_add_func ("/i18n/roster/export", test_roster_export);
  g_test_add_func ("/i18n/cli/every-lang", test_cli_every_lang);
  g_test_add_func ("/i18n/cli/unavailable", test_cli_unavailable);
  g_test_add_func ("/i18n/cli/missing-catalogue", test_cli_missing_catalogue);
  g_test_add_func ("/i18n/cli/system-locales-only", test_cli_system_locales_only);
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/cli/score/%s", shipped[i]);
      g_autofree char *help = g_strdup_printf ("/i18n/cli/help/%s", shipped[i]);

      g_test_add_data_func (path, shipped[i], test_cli_language);
      g_test_add_data_func (help, shipped[i], test_cli_help);
    }
  g_test_add_func ("/i18n/cli/system-language", test_cli_system_language);
  g_test_add_func ("/i18n/cli/locale-environment", test_cli_locale_environment);
  g_test_add_func ("/i18n/cli/unknown-language", test_cli_unknown_language);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* The system language is English here, whatever the developer's, under
   * the LANG CR_TEST_LANG asks for. */
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
  main_thread = g_thread_self ();
  cr_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("test-i18n-XXXXXX", &error);
  g_assert_no_error (error);

  /* Under another LANG, the tests that switch in this process; the
   * command-line ones run every LANG themselves. */
  if (g_getenv ("CR_TEST_LANG") != NULL)
    {
      g_test_add_func ("/i18n/switch", test_switch);
      g_test_add_func ("/i18n/switch/cycle", test_switch_cycle);
      g_test_add_func ("/i18n/roster/worker", test_roster_worker);
      g_test_add_func ("/i18n/roster/export", test_roster_export);
    }
  else
    add_tests ();

  status = g_test_run ();

  cr_test_remove_tree (tmpdir);
  g_free (tmpdir);

  return status;
}
