/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-text-cache.c: the translations the scorer keeps
 *
 * For a string it has no translation of, every string in English, gettext
 * searches its catalogues again at every call: about 2,000 instructions,
 * dozens of times a result. The scorer keeps what gettext answered, by
 * message, and the sentences it made from those answers (a change's steps
 * and outcomes, the share sentence), until the language's generation moves
 * (cr_i18n_get_generation()): every switch moves it, and nothing else
 * makes gettext answer differently. Everything here is behind one lock:
 * cr_score() may run in any thread where the language does not switch.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-i18n.h"
#include "cr-result-private.h"

/* Kept texts, in the language they were made in: see cr_text_cache_check(). */
typedef struct
{
  /* Per option slot: "Answer “…” to “…”.", "Add …", "Remove …". */
  char *steps[CR_WHAT_IF_N_STEP_KINDS][CR_SCORER_MAX_SLOTS];
  /* Per role, number of steps (0: none would do) and share. */
  char *outcomes[CR_N_ROLES][CR_CHANGE_MAX_STEPS + 1][101];
  /* "Your answers give this role %u of 100 points." per share. */
  char *shares[101];
} Texts;

G_LOCK_DEFINE_STATIC (texts);
static Texts texts;

static GHashTable *translations;
static GHashTable *plurals;   /* singular msgid → Plurals */
static guint translations_generation;

/* The plural forms of a message, by count, as gettext answered them. */
typedef struct
{
  const char *forms[CR_SCORER_MAX_QUESTIONS + 1];
} Plurals;

static void
texts_clear (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (texts.steps); k++)
    for (guint s = 0; s < CR_SCORER_MAX_SLOTS; s++)
      g_clear_pointer (&texts.steps[k][s], g_free);
  for (guint r = 0; r < CR_N_ROLES; r++)
    for (guint n = 0; n <= CR_CHANGE_MAX_STEPS; n++)
      for (guint p = 0; p <= 100; p++)
        g_clear_pointer (&texts.outcomes[r][n][p], g_free);
  for (guint p = 0; p <= 100; p++)
    g_clear_pointer (&texts.shares[p], g_free);
}

/* Forgets the texts kept if the language changed since they were made. */
void
cr_text_cache_check (void)
{
  guint generation = cr_i18n_get_generation ();

  G_LOCK (texts);

  if (translations == NULL)
    translations = g_hash_table_new (NULL, NULL);
  else if (translations_generation != generation)
    {
      g_hash_table_remove_all (translations);
      if (plurals != NULL)
        g_hash_table_remove_all (plurals);
      texts_clear ();
    }
  translations_generation = generation;

  G_UNLOCK (texts);
}

/* With the texts lock held. */
static const char *translate_locked (const char *msgid) G_GNUC_FORMAT (1);

static const char *
translate_locked (const char *msgid)
{
  const char *text = g_hash_table_lookup (translations, msgid);

  if (text == NULL)
    {
      text = g_dgettext (GETTEXT_PACKAGE, msgid);
      g_hash_table_insert (translations, (gpointer) msgid, (gpointer) text);
    }

  return text;
}

/* What _() gives for @msgid, kept. The messages are the questionnaire's
 * and the scorer's, which live as long as the program: they are kept by
 * address. Call cr_text_cache_check() first. */
const char *
cr_text_cache_gettext (const char *msgid)
{
  const char *text;

  G_LOCK (texts);
  text = translate_locked (msgid);
  G_UNLOCK (texts);

  return text;
}

/* The plural form of a message for @n, as g_dngettext() gives it, kept
 * like the other translations. */
const char *
cr_text_cache_ngettext (const char *singular,
                        const char *plural,
                        gulong      n)
{
  Plurals *kept;
  const char *text;

  if (n > CR_SCORER_MAX_QUESTIONS)
    return g_dngettext (GETTEXT_PACKAGE, singular, plural, n);

  G_LOCK (texts);
  if (plurals == NULL)
    plurals = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  kept = g_hash_table_lookup (plurals, singular);
  if (kept == NULL)
    {
      kept = g_new0 (Plurals, 1);
      g_hash_table_insert (plurals, (gpointer) singular, kept);
    }
  text = kept->forms[n];
  if (text == NULL)
    text = kept->forms[n] = g_dngettext (GETTEXT_PACKAGE, singular, plural, n);
  G_UNLOCK (texts);

  return text;
}

/* The slot of a change's step of @kind giving or taking the option of
 * option slot @slot (see CrScorerTable). */
char **
cr_text_cache_step_slot (CrWhatIfStepKind kind,
                         guint            slot)
{
  g_assert (kind < CR_WHAT_IF_N_STEP_KINDS && slot < CR_SCORER_MAX_SLOTS);

  return &texts.steps[kind][slot];
}

/* The slot of the outcome of a change of @n_steps answers making @role the
 * verdict with @score of 100; @score is 0 when @n_steps is. */
char **
cr_text_cache_outcome_slot (CrRole role,
                            guint  n_steps,
                            guint  score)
{
  g_assert (role < CR_N_ROLES && n_steps <= CR_CHANGE_MAX_STEPS && score <= 100);

  return &texts.outcomes[role][n_steps][score];
}

/* The slot of the sentence that gives the verdict's share, @score. */
char **
cr_text_cache_share_slot (guint score)
{
  g_assert (score <= 100);

  return &texts.shares[score];
}

/* The text in @slot, made by @make (@data, @a, @b) the first time, copied
 * for the caller. */
char *
cr_text_cache_keep (char            **slot,
                    CrTextCacheMake   make,
                    gconstpointer     data,
                    guint             a,
                    guint             b)
{
  char *text;

  G_LOCK (texts);
  text = *slot;
  G_UNLOCK (texts);
  if (text == NULL)
    {
      /* Made outside the lock, since making it translates. Another thread
       * may have made it meanwhile: keep one. */
      char *made = make (data, a, b);

      G_LOCK (texts);
      if (*slot == NULL)
        *slot = made;
      else
        g_free (made);
      text = g_strdup (*slot);
      G_UNLOCK (texts);

      return text;
    }

  G_LOCK (texts);
  text = g_strdup (*slot != NULL ? *slot : "");
  G_UNLOCK (texts);

  return text;
}
