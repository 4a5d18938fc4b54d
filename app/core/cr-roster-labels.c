/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-labels.c: a roster's columns and cells known by their words
 *
 * A spreadsheet made by hand, or exported by a form tool, names its
 * columns by the question ("Are you paid for promoting brands?") and fills
 * its cells with the option's label ("Paid per post or campaign"), in the
 * language its author used, rather than by the ids of RUBRIC.md. This file
 * matches both, in English and in every shipped language, and suggests
 * the id a misspelt column header was probably meant to be.
 *
 * The translations come from a table compiled in (cr-labels.h, made from
 * the catalogues by build-aux/gen-labels.py), never from gettext, whose
 * answer depends on the process's language: the roster reader runs in a
 * worker thread while the interface may switch language. The tables
 * below are built once and never change after, so any thread may read
 * them.
 *
 * Words are compared as a person would: Unicode-normalised (NFKC), case
 * folded, typographic apostrophes as straight ones, runs of white space
 * as one space, and the question mark or colon a header may end with (and
 * Spanish's opening ¿ or ¡) left out. A text that two options (or two questions) share in different
 * languages matches neither.
 */
#include "config.h"

#include <string.h>

#include "cr-questionnaire.h"
#include "cr-roster-private.h"

#include "cr-labels.h"

/* What a key holds when two entries share it. */
#define AMBIGUOUS G_MAXUINT

typedef struct
{
  /* Normalised title (any language) → question index + 1. */
  GHashTable *questions;
  /* Per question: normalised label → option index + 1. */
  GHashTable **options;
} Tables;

/* Each translation of @msgid, then @msgid itself. */
static void
for_each_text (const char *msgid,
               void      (*func) (const char *text, gpointer data),
               gpointer    data)
{
  func (msgid, data);

  /* Looked up once a process, for a few dozen texts: a walk will do. */
  for (gsize i = 0; i < G_N_ELEMENTS (cr_labels); i++)
    {
      if (strcmp (cr_labels[i].msgid, msgid) != 0)
        continue;
      for (guint l = 0; l < CR_LABEL_N_LANGUAGES; l++)
        if (cr_labels[i].texts[l] != NULL)
          func (cr_labels[i].texts[l], data);
      return;
    }
}

char *
_cr_roster_normalize_words (const char *text,
                            gssize      length)
{
  g_autofree char *normal = g_utf8_normalize (text, length, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (normal == NULL)
    return NULL;
  folded = g_utf8_casefold (normal, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* "¿Le pagan por promocionar marcas?" */
      if ((c == 0x00BF || c == 0x00A1) && out->len == 0)
        continue;
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (c == 0x2018 || c == 0x2019 || c == 0x02BC)
        c = '\'';
      g_string_append_unichar (out, c);
    }

  /* "Are you paid?", "Pay:", "هل تتقاضى أجرًا؟" */
  while (out->len > 0)
    {
      const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);
      gunichar c = g_utf8_get_char (last);

      if (c != '?' && c != ':' && c != 0x061F && c != 0xFF1F && c != ' ')
        break;
      g_string_truncate (out, (gsize) (last - out->str));
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  GHashTable *table;
  guint value;
} AddData;

static void
add_text (const char *text,
          gpointer    data)
{
  AddData *add = data;
  char *key = _cr_roster_normalize_words (text, -1);
  gpointer old;

  if (key == NULL || *key == '\0')
    {
      g_free (key);
      return;
    }

  old = g_hash_table_lookup (add->table, key);
  if (old != NULL && GPOINTER_TO_UINT (old) != add->value)
    g_hash_table_replace (add->table, key, GUINT_TO_POINTER (AMBIGUOUS));
  else
    g_hash_table_replace (add->table, key, GUINT_TO_POINTER (add->value));
}

static gpointer
build_tables (gpointer data G_GNUC_UNUSED)
{
  Tables *tables = g_new0 (Tables, 1);
  guint n_questions = cr_questionnaire_get_n_questions ();

  tables->questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tables->options = g_new0 (GHashTable *, n_questions);

  for (guint q = 0; q < n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      AddData add = { tables->questions, q + 1 };

      for_each_text (question->title, add_text, &add);

      tables->options[q] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint o = 0; o < question->n_options; o++)
        {
          AddData option = { tables->options[q], o + 1 };

          for_each_text (question->options[o].label, add_text, &option);
        }
    }

  return tables;
}

static const Tables *
get_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, build_tables, NULL);
}

static gboolean
lookup (GHashTable *table,
        const char *key,
        guint      *index)
{
  guint value = GPOINTER_TO_UINT (g_hash_table_lookup (table, key));

  if (value == 0 || value == AMBIGUOUS)
    return FALSE;
  if (index != NULL)
    *index = value - 1;

  return TRUE;
}

/**
 * _cr_roster_match_question_text:
 * @words: a header cell, normalised by _cr_roster_normalize_words()
 * @question: (out): the question's index
 *
 * Whether @words is a question's text, in English or a shipped language.
 */
gboolean
_cr_roster_match_question_text (const char *words,
                                guint      *question)
{
  return lookup (get_tables ()->questions, words, question);
}

/**
 * _cr_roster_match_option_label:
 * @question: the question's index
 * @words: a cell, normalised by _cr_roster_normalize_words()
 * @option: (out): the option's index
 *
 * Whether @words is the label of one of @question's options, in English
 * or a shipped language.
 */
gboolean
_cr_roster_match_option_label (guint       question,
                               const char *words,
                               guint      *option)
{
  g_return_val_if_fail (question < cr_questionnaire_get_n_questions (), FALSE);

  return lookup (get_tables ()->options[question], words, option);
}

/* Levenshtein distance of two short ASCII keys, or more than @most. */
static guint
distance (const char *a,
          const char *b,
          guint       most)
{
  gsize la = strlen (a), lb = strlen (b);
  guint row[64];

  if (lb >= G_N_ELEMENTS (row) || (la > lb ? la - lb : lb - la) > most)
    return most + 1;

  for (gsize j = 0; j <= lb; j++)
    row[j] = (guint) j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint best = MIN (above, row[j - 1]) + 1;

          best = MIN (best, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
          diagonal = above;
          row[j] = best;
        }
    }

  return row[lb];
}

/**
 * _cr_roster_suggest_question:
 * @key: a header cell that names no question, in lower case
 *
 * The id of the question @key was most likely meant to be: one or two
 * letters off (one for ids of five letters or fewer), and nearer to it
 * than to any other.
 *
 * Returns: (nullable): a question's id, or %NULL for none
 */
const char *
_cr_roster_suggest_question (const char *key)
{
  const char *best = NULL;
  guint best_distance = G_MAXUINT;
  gboolean tie = FALSE;

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const char *id = cr_questionnaire_get_question (q)->id;
      guint most = strlen (id) <= 5 ? 1 : 2;
      guint d = distance (key, id, most);

      if (d > most || d > best_distance)
        continue;
      if (d == best_distance)
        tie = TRUE;
      else
        {
          best = id;
          best_distance = d;
          tie = FALSE;
        }
    }

  return tie ? NULL : best;
}
