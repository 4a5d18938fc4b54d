/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-test-utils.c: what the test programs share, with no display */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cr-questionnaire.h"
#include "cr-test-utils.h"

/**
 * cr_test_answers_new:
 * @spec: answers written compactly: "compensation=none brands=one
 *   platforms=x,blog"; a question with "=" and nothing after it is
 *   answered with no option (multiple choice only)
 *
 * Aborts the test on a typo.
 *
 * Returns: (transfer full): the answers
 */
CrAnswers *
cr_test_answers_new (const char *spec)
{
  g_auto(GStrv) words = g_strsplit (spec, " ", -1);
  CrAnswers *answers = cr_answers_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) pair = NULL;
      const CrQuestion *question;
      CrSelection selection = 0;
      guint q;

      if (*words[i] == '\0')
        continue;

      pair = g_strsplit (words[i], "=", 2);
      g_assert_nonnull (pair[1]);
      question = cr_questionnaire_lookup (pair[0], &q);
      if (question == NULL)
        g_error ("no question %s", pair[0]);

      if (*pair[1] != '\0')
        {
          g_auto(GStrv) ids = g_strsplit (pair[1], ",", -1);

          for (guint j = 0; ids[j] != NULL; j++)
            {
              guint o;

              if (cr_question_lookup_option (question, ids[j], &o) == NULL)
                g_error ("no option %s of %s", ids[j], pair[0]);
              selection |= CR_SELECTION_BIT (o);
            }
        }

      cr_answers_set_selection (answers, q, selection);
    }

  return answers;
}

/**
 * cr_test_make_state_dir:
 *
 * Returns: (transfer full): a new empty folder, for XDG_STATE_HOME say
 */
char *
cr_test_make_state_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", prefix);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);

  return dir;
}

/**
 * cr_test_remove_tree:
 *
 * Removes @path and, for a folder, everything in it; a symbolic link is
 * removed, never followed. A mode that forbids it is lifted first.
 */
void
cr_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          cr_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/**
 * cr_test_clear_folder:
 *
 * Removes everything in the folder @path, keeping the folder.
 */
void
cr_test_clear_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      cr_test_remove_tree (child);
    }
}

/**
 * cr_test_wait_for_file:
 *
 * Runs the main loop until @path exists, or is gone when @exists is
 * %FALSE: a debounced draft being written, say.
 */
void
cr_test_wait_for_file (const char *path,
                       gboolean    exists)
{
  while (g_file_test (path, G_FILE_TEST_EXISTS) != exists)
    g_main_context_iteration (NULL, TRUE);
}

/* Text as compared with what pdftotext gives: every space and hyphen
 * taken out, since pdftotext ends lines where Pango wrapped them and joins
 * a word wrapped after its hyphen ("long-" and "term" give "longterm"),
 * and a test must not depend on where lines end; the marks of direction
 * it adds around runs, too, and punctuation, which it moves to the other
 * side of a number in a line read from the right. In Arabic, poppler also gives the vowel marks
 * out of place and the letters of a ligature (lam with alef) backwards, as
 * it turns each glyph of a line read from the right around: the marks are
 * taken out, and for @expected text the letters of those ligatures are
 * put in the order poppler gives them. */
char *
cr_test_pdf_squeeze (const char *text,
                     gboolean    expected)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = g_utf8_get_char (g_utf8_next_char (p));

      if (g_unichar_isspace (c) || g_unichar_ispunct (c) || c == 0x200e || c == 0x200f ||
          (c >= 0x202a && c <= 0x202e) || (c >= 0x064b && c <= 0x065f) || c == 0x0670)
        continue;

      /* Lam, then alef (with or without hamza or madda) or alef maksura. */
      if (expected && c == 0x0644 &&
          (next == 0x0627 || next == 0x0623 || next == 0x0625 || next == 0x0622 || next == 0x0649))
        {
          g_string_append_unichar (s, next);
          g_string_append_unichar (s, c);
          p = g_utf8_next_char (p);
          continue;
        }

      g_string_append_unichar (s, c);
    }

  return g_string_free (s, FALSE);
}

static gboolean
has_vowel_mark (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x064b && c <= 0x065f) || c == 0x0670)
        return TRUE;
    }

  return FALSE;
}

/* Whether the PDF's text holds @expected. In Arabic, word by word: poppler
 * cuts a line where a word carries a vowel mark above or below it, and
 * gives the two halves out of order, so such words are left out; every
 * other word must be there, in its letters' logical order. */
void
cr_test_assert_pdf_holds (const char *squeezed_text,
                          const char *expected,
                          gboolean    by_word,
                          const char *where)
{
  g_auto(GStrv) words = NULL;

  if (!by_word)
    {
      g_autofree char *s = cr_test_pdf_squeeze (expected, TRUE);

      if (strstr (squeezed_text, s) == NULL)
        g_error ("%s: the PDF's text lacks “%s”", where, expected);
      return;
    }

  words = g_strsplit_set (expected, " \n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *s = NULL;

      if (has_vowel_mark (words[i]))
        continue;

      s = cr_test_pdf_squeeze (words[i], TRUE);
      if (strstr (squeezed_text, s) == NULL)
        g_error ("%s: the PDF's text lacks “%s”, of “%s”", where, words[i], expected);
    }
}

/* Whether gettext shows French under C.UTF-8 with LANGUAGE=fr, asked of
 * glibc directly, in a locale of this thread's own. */
gboolean
cr_test_c_utf8_honours_language (void)
{
  const char *msgid = "Are you paid for promoting brands?";
  locale_t c_utf8 = newlocale (LC_ALL_MASK, "C.UTF-8", (locale_t) 0);
  locale_t old;
  gboolean honoured;

  g_assert_true (c_utf8 != (locale_t) 0);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "fr", TRUE);
  old = uselocale (c_utf8);
  honoured = g_strcmp0 (dcgettext (GETTEXT_PACKAGE, msgid, LC_MESSAGES), msgid) != 0;
  uselocale (old);
  g_unsetenv ("LANGUAGE");
  freelocale (c_utf8);

  return honoured;
}
