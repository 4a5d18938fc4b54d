/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result.c: the scorer, and the result it gives
 *
 * The scorer is generic over the questionnaire table. Each answered question
 * adds its option's weights to the roles' points (the strongest chosen
 * option per role for a question with several choices). Then:
 *
 *  - with none of the decisive questions answered there is no verdict
 *    (CR_ROLE_UNDECIDED);
 *  - an answer that says there is no tie to any brand makes the verdict
 *    CR_ROLE_NONE, whatever else was answered;
 *  - otherwise the role with most points is the verdict (equal points: the
 *    first in the table's order), and the points become shares of 100.
 *
 * Shares are only given with a role verdict: "Neither, yet" and no verdict
 * show none, so that no role looks as if it had won. They are apportioned
 * by the Sainte-Laguë (Webster) method, which, unlike rounding each share or
 * handing out the largest remainders, never takes a point away from a role
 * whose evidence grows while the others' does not.
 *
 * The summary is made of the person's own answers: the ones that weigh most
 * for the verdict against the runner-up, and the strongest sign against it,
 * each in the option's own sentence about the person (CrOption.fact), so
 * that it never says what an answer did not.
 *
 * For every role that is not the verdict, the result says what would make
 * it the verdict: the fewest answers to change (up to CR_CHANGE_MAX_STEPS),
 * among people whose answers go together (the questionnaire's exclusions),
 * giving that role the largest share, or that there is no such change.
 *
 * Everything a user reads in the result is translated when the result is
 * made, in the language current then. cr_score_summary() gives the verdict
 * and the shares alone, with no text, for the roster's worker thread,
 * which must not translate while the main thread switches language.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-i18n.h"
#include "cr-result.h"

/* The most questions and options the scorer's arrays hold; checked against
 * the table when it is first read. */
#define MAX_QUESTIONS 16
#define MAX_SLOTS 64

/* Kept texts, in the language they were made in: see translations_check(). */
typedef struct
{
  /* Per option slot: "Answer “…” to “…”.", "Add …", "Remove …". */
  char *steps[3][MAX_SLOTS];
  /* Per role, number of steps (0: none would do) and share. */
  char *outcomes[CR_N_ROLES][CR_CHANGE_MAX_STEPS + 1][101];
  /* "Your answers give this role %u of 100 points." per share. */
  char *shares[101];
} Texts;

G_LOCK_DEFINE_STATIC (texts);
static Texts texts;

/* For a string it has no translation of, every string in English, gettext
 * searches its catalogues again at every call: about 2,000 instructions,
 * dozens of times a result. The scorer keeps what gettext answered, by
 * message, and the sentences it made from those answers, until the
 * language's generation moves (cr_i18n_get_generation()): every switch
 * moves it, and nothing else makes gettext answer differently. */
static GHashTable *translations;
static GHashTable *plurals;   /* singular msgid → Plurals */
static guint translations_generation;

static void
texts_clear (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (texts.steps); k++)
    for (guint s = 0; s < MAX_SLOTS; s++)
      g_clear_pointer (&texts.steps[k][s], g_free);
  for (guint r = 0; r < CR_N_ROLES; r++)
    for (guint n = 0; n <= CR_CHANGE_MAX_STEPS; n++)
      for (guint p = 0; p <= 100; p++)
        g_clear_pointer (&texts.outcomes[r][n][p], g_free);
  for (guint p = 0; p <= 100; p++)
    g_clear_pointer (&texts.shares[p], g_free);
}

/* Forgets the texts kept if the language changed since they were made. */
static void
translations_check (void)
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

static const char *translate (const char *msgid) G_GNUC_FORMAT (1);

static const char *
translate (const char *msgid)
{
  const char *text;

  G_LOCK (texts);
  text = translate_locked (msgid);
  G_UNLOCK (texts);

  return text;
}

/* The plural forms of a message, by count, as gettext answered them. */
typedef struct
{
  const char *forms[MAX_QUESTIONS + 1];
} Plurals;

/* The plural form of a message for @n, kept like the other translations. */
static const char *translate_plural (const char *singular,
                                     const char *plural,
                                     gulong      n) G_GNUC_FORMAT (1);

static const char *
translate_plural (const char *singular,
                  const char *plural,
                  gulong      n)
{
  Plurals *kept;
  const char *text;

  if (n > MAX_QUESTIONS)
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

/* Every _() below goes through what is kept; xgettext still sees _(). */
#undef _
#define _(String) translate (String)
#define g_dngettext(Domain, Singular, Plural, N) translate_plural (Singular, Plural, N)

/* ---- The table, as the scorer reads it ---------------------------------- */

typedef struct
{
  guint        n_questions;
  /* The first option slot of each question: every option of every question
   * has one slot, so that a set of answers is a 64-bit mask. */
  guint        slot_base[MAX_QUESTIONS];
  /* Per slot: the slots that a coherent person cannot answer with it. */
  guint64      excludes[MAX_SLOTS];
  /* Per question: the options that say there is no tie to any brand. */
  CrSelection  no_brand[MAX_QUESTIONS];
} Table;

static const Table *
table_get (void)
{
  static Table table;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      guint n_slots = 0;

      table.n_questions = cr_questionnaire_get_n_questions ();
      g_assert (table.n_questions <= MAX_QUESTIONS);

      for (guint q = 0; q < table.n_questions; q++)
        {
          const CrQuestion *question = cr_questionnaire_get_question (q);

          table.slot_base[q] = n_slots;
          n_slots += question->n_options;
          g_assert (question->n_options <= 32);
          for (guint o = 0; o < question->n_options; o++)
            if (question->options[o].no_brand)
              table.no_brand[q] |= CR_SELECTION_BIT (o);
        }
      g_assert (n_slots <= MAX_SLOTS);

      for (guint q = 0; q < table.n_questions; q++)
        for (guint o = 0; o < cr_questionnaire_get_question (q)->n_options; o++)
          for (guint p = 0; p < table.n_questions; p++)
            for (guint i = 0; i < cr_questionnaire_get_question (p)->n_options; i++)
              if (p != q && cr_questionnaire_excludes (q, o, p, i))
                table.excludes[table.slot_base[q] + o] |=
                  G_GUINT64_CONSTANT (1) << (table.slot_base[p] + i);

      g_once_init_leave (&initialized, 1);
    }

  return &table;
}

static guint64
selection_slots (const Table *table,
                 guint        q,
                 CrSelection  selection)
{
  return ((guint64) selection) << table->slot_base[q];
}

/* ---- Scoring ------------------------------------------------------------- */

struct _CrResult
{
  CrRole         role;
  CrRole         runner_up;
  gboolean       close_call;
  guint          points[CR_N_ROLES];
  guint          scores[CR_N_ROLES];
  GArray        *unanswered;   /* guint */
  char          *title;
  char          *summary;
  guint          weighs_most[3];
  guint          n_weighs_most;
  /* They give the runner-up as much as the verdict. */
  gboolean       weighs_alike;
  gboolean       has_against;
  guint          against_question;
  CrRole         against_role;
  GArray        *explanations; /* CrExplanation */
  CrChange       changes[CR_N_ROLES];
  guint          n_changes;
};

G_DEFINE_BOXED_TYPE (CrResult, cr_result, cr_result_ref, cr_result_unref)

/* The answers as plain arrays, so that the what-if search can weigh
 * thousands of variants without copying objects or emitting signals. */
typedef struct
{
  guint        n_questions;
  gboolean     answered[MAX_QUESTIONS];
  CrSelection  selection[MAX_QUESTIONS];
  /* The evidence each answer gives each role, zero when unanswered. */
  guint8       weights[MAX_QUESTIONS][CR_N_ROLES];
} Sheet;

typedef struct
{
  CrRole   role;
  CrRole   runner_up;
  gboolean close_call;
  guint    points[CR_N_ROLES];
  guint    scores[CR_N_ROLES];
} Verdict;

/* The evidence one answer gives each role. */
static void
answer_weights (const CrQuestion *question,
                CrSelection       selection,
                guint8           *weights)
{
  memset (weights, 0, CR_N_ROLES);

  for (guint o = 0; o < question->n_options; o++)
    {
      if (!(selection & CR_SELECTION_BIT (o)))
        continue;

      for (guint r = 0; r < CR_N_ROLES; r++)
        weights[r] = MAX (weights[r], question->options[o].weights[r]);
    }
}

static void
sheet_init (Sheet     *sheet,
            CrAnswers *answers)
{
  sheet->n_questions = table_get ()->n_questions;

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      sheet->answered[q] = cr_answers_is_answered (answers, q);
      sheet->selection[q] = sheet->answered[q] ? cr_answers_get_selection (answers, q) : 0;

      if (sheet->answered[q])
        answer_weights (cr_questionnaire_get_question (q), sheet->selection[q],
                        sheet->weights[q]);
      else
        memset (sheet->weights[q], 0, CR_N_ROLES);
    }
}

/* Shares of 100 by the Sainte-Laguë method: each of the hundred points goes
 * in turn to the role with the largest points / (2 × shares so far + 1),
 * the first in the table's order on equal terms. Divisor methods are the
 * ones under which a role whose evidence grows, the others' not growing,
 * never loses a point of its share. */
static void
points_to_shares (const guint *points,
                  guint       *shares)
{
  guint total = 0;

  memset (shares, 0, sizeof (guint) * CR_N_ROLES);

  for (guint r = 0; r < CR_N_ROLES; r++)
    total += points[r];
  if (total == 0)
    return;

  for (guint seat = 0; seat < 100; seat++)
    {
      guint best = 0;

      for (guint r = 1; r < CR_N_ROLES; r++)
        if ((guint64) points[r] * (2 * shares[best] + 1) >
            (guint64) points[best] * (2 * shares[r] + 1))
          best = r;

      shares[best]++;
    }
}

/* The roles by points, most first; equal points keep the table's order. */
static void
order_roles (const guint *points,
             CrRole      *order)
{
  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      guint i = r;

      while (i > 0 && points[order[i - 1]] < points[r])
        {
          order[i] = order[i - 1];
          i--;
        }
      order[i] = r;
    }
}

static void
verdict_finish (Verdict *verdict)
{
  guint lead;

  points_to_shares (verdict->points, verdict->scores);
  lead = verdict->scores[verdict->role];
  verdict->close_call = verdict->scores[verdict->runner_up] > 0 &&
                        lead - verdict->scores[verdict->runner_up] <= CR_CLOSE_CALL_MARGIN;
}

/* The verdict and points of @sheet; the shares too if @shares. */
static void
sheet_judge (const Sheet *sheet,
             Verdict     *verdict,
             gboolean     shares)
{
  const Table *table = table_get ();
  /* Filled by order_roles(); zeroed for the static checkers. */
  CrRole order[CR_N_ROLES] = { 0 };
  gboolean decisive = FALSE, no_brand = FALSE;

  memset (verdict, 0, sizeof *verdict);

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      if (!sheet->answered[q])
        continue;

      decisive |= cr_questionnaire_get_question (q)->decisive;
      no_brand |= (sheet->selection[q] & table->no_brand[q]) != 0;
      for (guint r = 0; r < CR_N_ROLES; r++)
        verdict->points[r] += sheet->weights[q][r];
    }

  order_roles (verdict->points, order);

  if (!decisive || no_brand)
    {
      verdict->role = decisive ? CR_ROLE_NONE : CR_ROLE_UNDECIDED;
      verdict->runner_up = CR_ROLE_NONE;
      return;
    }

  verdict->role = order[0];
  verdict->runner_up = order[1];
  if (shares)
    verdict_finish (verdict);
}

static void
sheet_score (const Sheet *sheet,
             Verdict     *verdict)
{
  sheet_judge (sheet, verdict, TRUE);
}

/* ---- Texts --------------------------------------------------------------- */

static const char *
role_title (CrRole role)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      return _("You are an influencer");
    case CR_ROLE_AMBASSADOR:
      return _("You are a brand ambassador");
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return _("You are a contracted ambassador");
    case CR_ROLE_NONE:
      return _("You are neither, yet");
    case CR_ROLE_UNDECIDED:
    default:
      return _("No verdict yet");
    }
}

/* Closes the sentence that lists the answers weighing most for @role. */
static const char *
weighs_most_sentence (CrRole role,
                      guint  n)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      /* Translators: follows one to three sentences about the person's
       * answers, e.g. "You are paid for each post or campaign." */
      return g_dngettext (GETTEXT_PACKAGE,
                          "This answer above all makes you an influencer.",
                          "These answers above all make you an influencer.", n);
    case CR_ROLE_AMBASSADOR:
      return g_dngettext (GETTEXT_PACKAGE,
                          "This answer above all makes you a brand ambassador.",
                          "These answers above all make you a brand ambassador.", n);
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return g_dngettext (GETTEXT_PACKAGE,
                          "This answer above all makes you a contracted ambassador.",
                          "These answers above all make you a contracted ambassador.", n);
    case CR_ROLE_NONE:
    case CR_ROLE_UNDECIDED:
    default:
      g_return_val_if_reached ("");
    }
}

/* Follows the sentence of an answer that points away from the verdict. */
static const char *
against_sentence (CrRole role)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      /* Translators: follows a sentence about one of the person's answers,
       * e.g. "You are paid for each post or campaign." */
      return _("That answer points to an influencer instead.");
    case CR_ROLE_AMBASSADOR:
      return _("That answer points to a brand ambassador instead.");
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return _("That answer points to a contracted ambassador instead.");
    case CR_ROLE_NONE:
    case CR_ROLE_UNDECIDED:
    default:
      g_return_val_if_reached ("");
    }
}

/* A kept text, made by @make the first time, copied for the caller. */
typedef char *(*MakeText) (gconstpointer data,
                           guint         a,
                           guint         b);

static char *
kept_text (char          **slot,
           MakeText        make,
           gconstpointer   data,
           guint           a,
           guint           b)
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

/* The score make_outcome() is given for a change of an answer sheet with
 * no verdict, whose share is not told. */
#define UNDECIDED_SCORE G_MAXUINT

enum
{
  STEP_ANSWER,
  STEP_ADD,
  STEP_REMOVE,
};

static char *
make_step (gconstpointer data G_GNUC_UNUSED,
           guint         kind_question,
           guint         option)
{
  guint kind = kind_question >> 8, q = kind_question & 0xff;
  const CrQuestion *question = cr_questionnaire_get_question (q);
  const char *label = _(question->options[option].label);
  const char *title = _(question->title);

  switch (kind)
    {
    case STEP_ADD:
      /* Translators: a step of a change: the question, as it is asked, then
       * the option to add to its answer, e.g. "Where are you active? Add
       * “YouTube”." The question ends with its own question mark. */
      return g_strdup_printf (_("%s Add “%s”."), title, label);
    case STEP_REMOVE:
      /* Translators: e.g. "Where are you active? Leave out “X (Twitter)”." */
      return g_strdup_printf (_("%s Leave out “%s”."), title, label);
    case STEP_ANSWER:
    default:
      /* Translators: a step of a change: the question, as it is asked, then
       * the answer to give, e.g. "How many brands do you promote? Answer
       * “Many”." The question ends with its own question mark. */
      return g_strdup_printf (_("%s Answer “%s”."), title, label);
    }
}

static char *
step_text (guint       kind,
           guint       q,
           guint       option)
{
  const Table *table = table_get ();

  return kept_text (&texts.steps[kind][table->slot_base[q] + option], make_step, NULL,
                    (kind << 8) | q, option);
}

static char *
make_outcome (gconstpointer data G_GNUC_UNUSED,
              guint         role_steps,
              guint         score)
{
  CrRole role = role_steps >> 8;
  guint n_steps = role_steps & 0xff;
  const guint max = CR_CHANGE_MAX_STEPS;

  /* No verdict yet: the steps answer the questions that decide it, and
   * their share then says nothing of a person whose other answers are
   * still to come. */
  if (score == UNDECIDED_SCORE)
    switch (role)
      {
      case CR_ROLE_INFLUENCER:
        /* Translators: follows one to three answers to give, which the
         * plural counts, when nothing that decides the verdict is answered
         * yet. */
        return g_strdup (g_dngettext (GETTEXT_PACKAGE,
                                      "Answered first, this would point to an influencer; how "
                                      "strongly depends on your other answers.",
                                      "Answered first, these would point to an influencer; how "
                                      "strongly depends on your other answers.",
                                      n_steps));
      case CR_ROLE_AMBASSADOR:
        return g_strdup (g_dngettext (GETTEXT_PACKAGE,
                                      "Answered first, this would point to a brand ambassador; "
                                      "how strongly depends on your other answers.",
                                      "Answered first, these would point to a brand ambassador; "
                                      "how strongly depends on your other answers.",
                                      n_steps));
      case CR_ROLE_CONTRACTED_AMBASSADOR:
        return g_strdup (g_dngettext (GETTEXT_PACKAGE,
                                      "Answered first, this would point to a contracted "
                                      "ambassador; how strongly depends on your other answers.",
                                      "Answered first, these would point to a contracted "
                                      "ambassador; how strongly depends on your other answers.",
                                      n_steps));
      case CR_ROLE_NONE:
      case CR_ROLE_UNDECIDED:
      default:
        g_return_val_if_reached (NULL);
      }

  if (n_steps == 0)
    switch (role)
      {
      case CR_ROLE_INFLUENCER:
        /* Translators: the number is the most answers a change may ask for,
         * 3 today. */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "No change of up to %u answer would make you an "
                                             "influencer.",
                                             "No change of up to %u answers would make you an "
                                             "influencer.",
                                             max),
                                max);
      case CR_ROLE_AMBASSADOR:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "No change of up to %u answer would make you a "
                                             "brand ambassador.",
                                             "No change of up to %u answers would make you a "
                                             "brand ambassador.",
                                             max),
                                max);
      case CR_ROLE_CONTRACTED_AMBASSADOR:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "No change of up to %u answer would make you a "
                                             "contracted ambassador.",
                                             "No change of up to %u answers would make you a "
                                             "contracted ambassador.",
                                             max),
                                max);
      case CR_ROLE_NONE:
      case CR_ROLE_UNDECIDED:
      default:
        g_return_val_if_reached (NULL);
      }

  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      /* Translators: follows the one to three answers to change, which the
       * plural counts; the number is the role's share then, e.g. "These
       * changes would make you an influencer, with 54 of 100." */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "This change would make you an influencer, with %u "
                                           "of 100.",
                                           "These changes would make you an influencer, with %u "
                                           "of 100.",
                                           n_steps),
                              score);
    case CR_ROLE_AMBASSADOR:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "This change would make you a brand ambassador, with "
                                           "%u of 100.",
                                           "These changes would make you a brand ambassador, "
                                           "with %u of 100.",
                                           n_steps),
                              score);
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "This change would make you a contracted ambassador, "
                                           "with %u of 100.",
                                           "These changes would make you a contracted "
                                           "ambassador, with %u of 100.",
                                           n_steps),
                              score);
    case CR_ROLE_NONE:
    case CR_ROLE_UNDECIDED:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
outcome_text (CrRole role,
              guint  n_steps,
              guint  score)
{
  /* Not kept: made only for answer sheets with no verdict. */
  if (score == UNDECIDED_SCORE)
    return make_outcome (NULL, (role << 8) | n_steps, score);

  return kept_text (&texts.outcomes[role][n_steps][n_steps > 0 ? score : 0], make_outcome,
                    NULL, (role << 8) | n_steps, score);
}

static char *
make_share (gconstpointer data G_GNUC_UNUSED,
            guint         score,
            guint         unused G_GNUC_UNUSED)
{
  return g_strdup_printf (_("Your answers give this role %u of 100 points."), score);
}

/* The option of @question's answer that says most for @role: the only one
 * of a single choice, the strongest chosen one of several. */
static guint
answer_option_for (const CrQuestion *question,
                   CrSelection       selection,
                   CrRole            role)
{
  guint best = g_bit_nth_lsf (selection, -1);

  for (guint o = best + 1; o < question->n_options; o++)
    if ((selection & CR_SELECTION_BIT (o)) &&
        question->options[o].weights[role] > question->options[best].weights[role])
      best = o;

  return best;
}

static void
append_sentence (GString    *text,
                 const char *sentence)
{
  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

static void
append_fact (GString     *text,
             const Sheet *sheet,
             guint        q,
             CrRole       role)
{
  const CrQuestion *question = cr_questionnaire_get_question (q);

  append_sentence (text, _(question->options[answer_option_for (question, sheet->selection[q],
                                                                 role)].fact));
}

/* The answers that weigh most for the verdict: those that give it more than
 * the runner-up, by how much more, then by how much they give it, at most
 * three, equal ones in the questionnaire's order. When none does, the
 * verdict and the runner-up have equal points, and the answers named are
 * those that give both the most. */
static void
find_weighs_most (CrResult    *self,
                  const Sheet *sheet)
{
  CrRole v = self->role, u = self->runner_up;
  guint order[MAX_QUESTIONS];
  int key[MAX_QUESTIONS];
  guint n = 0;

  for (guint pass = 0; pass < 2 && n == 0; pass++)
    {
      for (guint q = 0; q < sheet->n_questions; q++)
        {
          int lead = (int) sheet->weights[q][v] - (int) sheet->weights[q][u];
          int k;
          guint i;

          if (!sheet->answered[q] || sheet->weights[q][v] == 0 ||
              (pass == 0 ? lead <= 0 : lead != 0))
            continue;

          /* Leads and weights are at most CR_WEIGHT_MAX: one key orders by
           * both. */
          k = lead * (CR_WEIGHT_MAX + 1) + sheet->weights[q][v];
          for (i = n; i > 0 && key[i - 1] < k; i--)
            {
              order[i] = order[i - 1];
              key[i] = key[i - 1];
            }
          order[i] = q;
          key[i] = k;
          n++;
        }

      self->weighs_alike = pass == 1;
    }

  self->n_weighs_most = MIN (n, G_N_ELEMENTS (self->weighs_most));
  memcpy (self->weighs_most, order, self->n_weighs_most * sizeof (guint));
}

/* The answer that points most strongly to another role than the verdict,
 * among those not already named for it. */
static void
find_against (CrResult    *self,
              const Sheet *sheet)
{
  CrRole v = self->role;
  int best = 0;

  self->has_against = FALSE;

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      gboolean named = FALSE;

      if (!sheet->answered[q])
        continue;
      for (guint i = 0; i < self->n_weighs_most; i++)
        named |= self->weighs_most[i] == q;
      if (named)
        continue;

      for (CrRole r = 0; r < CR_N_ROLES; r++)
        {
          int lead = (int) sheet->weights[q][r] - (int) sheet->weights[q][v];

          if (r == v || lead <= 0)
            continue;
          /* Larger leads first; on equal leads the runner-up, then the
           * questionnaire's order. */
          if (lead > best || (lead == best && r == self->runner_up &&
                              self->against_role != self->runner_up))
            {
              best = lead;
              self->has_against = TRUE;
              self->against_question = q;
              self->against_role = r;
            }
        }
    }
}

enum
{
  /* No verdict: say what to answer to get one. */
  MISSING_UNDECIDED,
  /* A verdict, or "Neither, yet": name every question skipped, and
   * whether answering it could change the verdict. */
  MISSING_VERDICT,
};

/* Whether some answer to @q, unanswered, would change the verdict. */
static gboolean
answer_could_change (const Sheet   *sheet,
                     const Verdict *verdict,
                     guint          q)
{
  const CrQuestion *question = cr_questionnaire_get_question (q);

  for (guint o = 0; o < question->n_options; o++)
    {
      Sheet variant = *sheet;
      Verdict after;

      variant.answered[q] = TRUE;
      variant.selection[q] = CR_SELECTION_BIT (o);
      answer_weights (question, variant.selection[q], variant.weights[q]);
      sheet_judge (&variant, &after, FALSE);
      if (after.role != verdict->role)
        return TRUE;
    }

  return FALSE;
}

/* The questions @questions as a list, each quoted, the last two joined by
 * "or": "“A?”, “B?” or “C?”". */
static char *
list_questions (const guint *questions,
                guint        n)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && i == n - 1)
        /* Translators: joins the last two of a list of questions, e.g.
         * "“How many brands do you promote?” or “Where are you active?”" */
        g_string_append (list, C_("list of questions", " or "));
      else if (i > 0)
        /* Translators: separates the questions of a list but the last two */
        g_string_append (list, C_("list of questions", ", "));
      /* Translators: a question quoted in a sentence */
      g_string_append_printf (list, C_("list of questions", "“%s”"),
                              _(cr_questionnaire_get_question (questions[i])->title));
    }

  return g_string_free (list, FALSE);
}

/* No verdict: the decisive questions, to answer first. With a verdict, or
 * "Neither, yet": every unanswered question, in two lists: those an answer
 * to which could change the verdict, and those no answer to which would. */
static void
append_missing (GString       *text,
                const Sheet   *sheet,
                const Verdict *verdict,
                guint          mode)
{
  guint could[MAX_QUESTIONS], could_not[MAX_QUESTIONS];
  guint n_could = 0, n_could_not = 0;

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      if (sheet->answered[q])
        continue;

      if (mode == MISSING_UNDECIDED)
        {
          if (question->decisive && question->missing != NULL)
            append_sentence (text, _(question->missing));
        }
      else if (answer_could_change (sheet, verdict, q))
        could[n_could++] = q;
      else
        could_not[n_could_not++] = q;
    }

  if (mode == MISSING_UNDECIDED)
    {
      append_sentence (text, _("Answer at least one of these questions to get a verdict."));
      return;
    }

  if (n_could > 0)
    {
      g_autofree char *list = list_questions (could, n_could);
      g_autofree char *sentence =
        /* Translators: the list names one or more questions left unanswered,
         * e.g. "An answer to “How many brands do you promote?” could change
         * the verdict." */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "An answer to %s could change the verdict.",
                                      "Answers to %s could change the verdict.",
                                      n_could),
                         list);

      append_sentence (text, sentence);
    }

  if (n_could_not > 0)
    {
      g_autofree char *list = list_questions (could_not, n_could_not);
      g_autofree char *sentence =
        /* Translators: the list names one or more questions left unanswered,
         * e.g. "No answer to “Where are you active?” would change the
         * verdict." */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "No answer to %s would change the verdict.",
                                      "No answer to %s would change the verdict.",
                                      n_could_not),
                         list);

      append_sentence (text, sentence);
    }
}

static gboolean
sheet_has_unanswered (const Sheet *sheet)
{
  for (guint q = 0; q < sheet->n_questions; q++)
    if (!sheet->answered[q])
      return TRUE;

  return FALSE;
}

/* Paragraphs separated by newlines: how strongly the verdict holds; the
 * answers that make it; the strongest sign against; what is missing. */
static char *
make_summary (CrResult      *self,
              const Sheet   *sheet,
              const Verdict *verdict)
{
  const Table *table = table_get ();
  GString *text = g_string_sized_new (512);

  if (self->role == CR_ROLE_UNDECIDED)
    {
      append_missing (text, sheet, verdict, MISSING_UNDECIDED);
      return g_string_free (text, FALSE);
    }

  if (self->role == CR_ROLE_NONE)
    {
      gboolean contradicted = FALSE;

      /* The no-brand answer, then what the other decisive answers say. */
      for (guint q = 0; q < sheet->n_questions; q++)
        if (sheet->answered[q] && (sheet->selection[q] & table->no_brand[q]))
          append_fact (text, sheet, q, CR_ROLE_INFLUENCER);
      for (guint q = 0; q < sheet->n_questions; q++)
        {
          const CrQuestion *question = cr_questionnaire_get_question (q);
          guint8 total = 0;

          if (!sheet->answered[q] || !question->decisive ||
              (sheet->selection[q] & table->no_brand[q]))
            continue;
          append_fact (text, sheet, q, CR_ROLE_INFLUENCER);
          /* An answer that gives a paid role points tells of a tie to a
           * brand, which the no-brand answer denies. */
          total = sheet->weights[q][CR_ROLE_INFLUENCER] +
                  sheet->weights[q][CR_ROLE_CONTRACTED_AMBASSADOR];
          contradicted |= total > 0;
        }
      if (contradicted)
        append_sentence (text, _("These answers do not go together: if you do promote "
                                 "brands, say how many."));
      else
        append_sentence (text, _("With no tie to any brand, none of the three roles fits "
                                 "you yet."));

      if (sheet_has_unanswered (sheet))
        {
          g_string_append_c (text, '\n');
          append_missing (text, sheet, verdict, MISSING_VERDICT);
        }

      return g_string_free (text, FALSE);
    }

  if (self->close_call && self->scores[self->role] == self->scores[self->runner_up])
    {
      /* Translators: two roles with the same share, as they read in a
       * sentence, e.g. "A tie: brand ambassador and contracted ambassador
       * both score 50 of 100." */
      g_string_append_printf (text, _("A tie: %s and %s both score %u of 100."),
                              cr_role_get_name_in_sentence (self->role),
                              cr_role_get_name_in_sentence (self->runner_up),
                              self->scores[self->role]);
    }
  else if (self->close_call)
    {
      /* Translators: the two roles of a close call, as they read in a
       * sentence, e.g. "A close call: influencer scores 48 of 100, with
       * brand ambassador close behind at 41." */
      g_string_append_printf (text, _("A close call: %s scores %u of 100, with %s close behind "
                                      "at %u."),
                              cr_role_get_name_in_sentence (self->role), self->scores[self->role],
                              cr_role_get_name_in_sentence (self->runner_up),
                              self->scores[self->runner_up]);
    }
  else
    {
      g_autofree char *share = kept_text (&texts.shares[self->scores[self->role]], make_share,
                                          NULL, self->scores[self->role], 0);
      g_string_append (text, share);
    }

  if (self->n_weighs_most > 0)
    {
      g_string_append_c (text, '\n');
      for (guint i = 0; i < self->n_weighs_most; i++)
        append_fact (text, sheet, self->weighs_most[i], self->role);
      if (self->weighs_alike)
        /* Translators: follows the close call sentence, which names both roles,
         * and one to three sentences about the person's answers. */
        append_sentence (text, g_dngettext (GETTEXT_PACKAGE,
                                            "This answer counts as much for both roles.",
                                            "These answers count as much for both roles.",
                                            self->n_weighs_most));
      else
        append_sentence (text, weighs_most_sentence (self->role, self->n_weighs_most));
    }

  if (self->has_against)
    {
      g_string_append_c (text, '\n');
      append_fact (text, sheet, self->against_question, self->against_role);
      append_sentence (text, against_sentence (self->against_role));
    }

  if (sheet_has_unanswered (sheet))
    {
      g_string_append_c (text, '\n');
      append_missing (text, sheet, verdict, MISSING_VERDICT);
    }

  return g_string_free (text, FALSE);
}

static char *
explain (const CrQuestion *question,
         CrSelection       selection)
{
  GString *text;

  if (selection == 0)
    return g_strdup (_("You chose none of these, so this answer points to no role."));

  if (!question->multiple)
    return g_strdup (_(question->options[g_bit_nth_lsf (selection, -1)].reason));

  text = g_string_new (NULL);
  for (guint o = 0; o < question->n_options; o++)
    {
      const char *reason;

      if (!(selection & CR_SELECTION_BIT (o)))
        continue;

      reason = _(question->options[o].reason);
      if (strstr (text->str, reason) != NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, reason);
    }

  return g_string_free (text, FALSE);
}

/* ---- What would make me… ------------------------------------------------ */

/* One answer changed: question, new answer, and what it does. */
typedef struct
{
  guint        question;
  CrSelection  selection;
  /* The evidence it adds to each role (negative: takes away). */
  int          delta[CR_N_ROLES];
  /* The slots it sets that the question did not have. */
  guint64      new_slots;
  /* It answers a decisive question left unanswered. */
  gboolean     answers_decisive;
  /* It replaces an answer that says there is no tie to any brand. */
  gboolean     clears_no_brand;
  /* It changes an answer given, rather than answering a skipped question. */
  gboolean     changes_answer;
} Candidate;

typedef struct
{
  const Sheet *sheet;
  Candidate    candidates[MAX_SLOTS];
  guint        n_candidates;
  /* The candidates of question q are first[q] to first[q + 1] - 1. */
  guint        first[MAX_QUESTIONS + 1];
  guint64      mask;                  /* the slots of the answers */
  guint64      question_mask[MAX_QUESTIONS];
  int          points[CR_N_ROLES];
  int          total;
  guint        n_no_brand;            /* answers that say no tie to a brand */
  gboolean     has_decisive;

  /* For the role sought: the two others, what each must be overtaken by,
   * and per candidate how much it gains on each. */
  CrRole       role;
  CrRole       others[2];
  int          need[2];
  int          gain[MAX_SLOTS][2];
  /* Per question from q on: the sum of the r largest best gains of the
   * questions from q to the last, r = 1 to CR_CHANGE_MAX_STEPS. */
  int          bound[MAX_QUESTIONS + 1][CR_CHANGE_MAX_STEPS + 1][2];

  /* The search itself. */
  guint        k;
  guint        chosen[CR_CHANGE_MAX_STEPS];
  guint        best[CR_CHANGE_MAX_STEPS];
  gboolean     found;
  int          best_num;
  int          best_den;
  guint        best_changed;
} Search;

#define NO_GAIN (-10000)

static void
search_init (Search      *search,
             const Sheet *sheet,
             const guint *points)
{
  const Table *table = table_get ();

  memset (search, 0, sizeof *search);
  search->sheet = sheet;

  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      search->points[r] = (int) points[r];
      search->total += (int) points[r];
    }

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      CrSelection current = sheet->answered[q] ? sheet->selection[q] : 0;
      gboolean no_brand = sheet->answered[q] && (current & table->no_brand[q]);

      search->question_mask[q] = sheet->answered[q] ? selection_slots (table, q, current) : 0;
      search->mask |= search->question_mask[q];
      search->n_no_brand += no_brand;
      search->has_decisive |= sheet->answered[q] && question->decisive;
      search->first[q] = search->n_candidates;

      for (guint o = 0; o < question->n_options; o++)
        {
          Candidate *candidate = &search->candidates[search->n_candidates];
          CrSelection after;
          guint8 weights[CR_N_ROLES];

          if (question->multiple)
            after = current ^ CR_SELECTION_BIT (o);
          else if (sheet->answered[q] && current == CR_SELECTION_BIT (o))
            continue;
          else
            after = CR_SELECTION_BIT (o);

          /* An answer of no tie to a brand never makes a role the verdict. */
          if (after & table->no_brand[q])
            continue;

          answer_weights (question, after, weights);
          candidate->question = q;
          candidate->selection = after;
          for (guint r = 0; r < CR_N_ROLES; r++)
            candidate->delta[r] = (int) weights[r] - (int) sheet->weights[q][r];
          candidate->new_slots = selection_slots (table, q, after) & ~search->question_mask[q];
          candidate->answers_decisive = !sheet->answered[q] && question->decisive;
          candidate->clears_no_brand = no_brand;
          candidate->changes_answer = sheet->answered[q];
          search->n_candidates++;
        }
    }
  search->first[sheet->n_questions] = search->n_candidates;
}

static void
search_target (Search *search,
               CrRole  role)
{
  guint n_questions = search->sheet->n_questions;
  int top[CR_CHANGE_MAX_STEPS][2];

  search->role = role;
  for (guint j = 0, r = 0; r < CR_N_ROLES; r++)
    {
      if (r == role)
        continue;
      search->others[j] = r;
      /* Equal points go to the role first in the table's order. */
      search->need[j] = search->points[r] - search->points[role] + (role < r ? 0 : 1);
      j++;
    }

  for (guint c = 0; c < search->n_candidates; c++)
    for (guint j = 0; j < 2; j++)
      search->gain[c][j] = search->candidates[c].delta[role] -
                           search->candidates[c].delta[search->others[j]];

  /* The bounds, from the last question back. */
  for (guint i = 0; i < CR_CHANGE_MAX_STEPS; i++)
    top[i][0] = top[i][1] = NO_GAIN;
  for (guint r = 0; r <= CR_CHANGE_MAX_STEPS; r++)
    search->bound[n_questions][r][0] = search->bound[n_questions][r][1] = r == 0 ? 0 : NO_GAIN;

  for (guint q = n_questions; q-- > 0;)
    {
      for (guint j = 0; j < 2; j++)
        {
          int best = NO_GAIN, sum = 0;

          for (guint c = search->first[q]; c < search->first[q + 1]; c++)
            best = MAX (best, search->gain[c][j]);

          /* Keep the three largest, largest first. */
          if (best > NO_GAIN)
            for (guint i = 0; i < CR_CHANGE_MAX_STEPS; i++)
              if (best > top[i][j])
                {
                  int moved = top[i][j];

                  top[i][j] = best;
                  best = moved;
                }

          search->bound[q][0][j] = 0;
          for (guint r = 1; r <= CR_CHANGE_MAX_STEPS; r++)
            {
              if (top[r - 1][j] == NO_GAIN || sum == NO_GAIN)
                sum = NO_GAIN;
              else
                sum += top[r - 1][j];
              search->bound[q][r][j] = sum;
            }
        }
    }
}

/* Whether the chosen candidates make a person whose answers go together. */
static gboolean
search_coherent (const Search *search,
                 guint         n)
{
  const Table *table = table_get ();
  guint64 mask = search->mask;

  for (guint i = 0; i < n; i++)
    {
      const Candidate *candidate = &search->candidates[search->chosen[i]];

      mask = (mask & ~search->question_mask[candidate->question]) |
             selection_slots (table, candidate->question, candidate->selection);
    }

  for (guint i = 0; i < n; i++)
    {
      guint64 slots = search->candidates[search->chosen[i]].new_slots;

      while (slots != 0)
        {
          guint slot = (guint) __builtin_ctzll (slots);

          if (table->excludes[slot] & mask)
            return FALSE;
          slots &= slots - 1;
        }
    }

  return TRUE;
}

static void
search_leaf (Search    *search,
             const int *gain)
{
  guint clears = 0, changed = 0;
  gboolean decisive = search->has_decisive;
  int num = search->points[search->role], den = search->total;

  if (gain[0] < search->need[0] || gain[1] < search->need[1])
    return;

  for (guint i = 0; i < search->k; i++)
    {
      const Candidate *candidate = &search->candidates[search->chosen[i]];

      clears += candidate->clears_no_brand;
      decisive |= candidate->answers_decisive;
      changed += candidate->changes_answer;
      num += candidate->delta[search->role];
      for (guint r = 0; r < CR_N_ROLES; r++)
        den += candidate->delta[r];
    }

  if (clears < search->n_no_brand || !decisive || den <= 0)
    return;

  /* The largest share for the role sought; then the fewest answers given
   * that change; then the first found. */
  if (search->found)
    {
      gint64 mine = (gint64) num * search->best_den, theirs = (gint64) search->best_num * den;

      if (mine < theirs || (mine == theirs && changed >= search->best_changed))
        return;
    }

  if (!search_coherent (search, search->k))
    return;

  search->found = TRUE;
  search->best_num = num;
  search->best_den = den;
  search->best_changed = changed;
  memcpy (search->best, search->chosen, sizeof search->best);
}

/* Tries every choice of search->k candidates of distinct questions, in
 * questionnaire order, leaving out the questions from which even the best
 * changes could not overtake both other roles. Depth first, with a stack
 * of at most CR_CHANGE_MAX_STEPS levels. */
static void
search_combinations (Search *search)
{
  guint n_questions = search->sheet->n_questions;
  guint question[CR_CHANGE_MAX_STEPS];
  guint candidate[CR_CHANGE_MAX_STEPS];
  int gain[CR_CHANGE_MAX_STEPS + 1][2] = { { 0, 0 } };
  int depth = 0;

  question[0] = 0;
  candidate[0] = search->first[0];

  while (depth >= 0)
    {
      guint q = question[depth], c = candidate[depth];
      guint left = search->k - (guint) depth;
      int next[2];

      /* Even the best changes from here on cannot overtake both: nor can
       * they from any later question. Back to the level above. */
      if (q >= n_questions ||
          search->bound[q][left][0] == NO_GAIN ||
          gain[depth][0] + search->bound[q][left][0] < search->need[0] ||
          gain[depth][1] + search->bound[q][left][1] < search->need[1])
        {
          depth--;
          if (depth >= 0)
            candidate[depth]++;
          continue;
        }

      /* This question's candidates are done: the next question. */
      if (c >= search->first[q + 1])
        {
          question[depth] = q + 1;
          candidate[depth] = search->first[q + 1];
          continue;
        }

      search->chosen[depth] = c;
      next[0] = gain[depth][0] + search->gain[c][0];
      next[1] = gain[depth][1] + search->gain[c][1];

      if (left == 1)
        {
          search_leaf (search, next);
          candidate[depth]++;
          continue;
        }

      gain[depth + 1][0] = next[0];
      gain[depth + 1][1] = next[1];
      question[depth + 1] = q + 1;
      candidate[depth + 1] = search->first[q + 1];
      depth++;
    }
}

static void
fill_change (CrChange     *change,
             const Search *search,
             const Sheet  *sheet)
{
  GString *text;

  memset (change, 0, sizeof *change);
  change->role = search->role;

  if (!search->found)
    {
      change->outcome = outcome_text (search->role, 0, 0);
      change->text = g_strdup (change->outcome);
      return;
    }

  {
    Sheet variant = *sheet;
    Verdict verdict;

    change->n_steps = search->k;
    for (guint i = 0; i < search->k; i++)
      {
        const Candidate *candidate = &search->candidates[search->best[i]];
        const CrQuestion *question = cr_questionnaire_get_question (candidate->question);
        CrSelection before = sheet->answered[candidate->question] ?
                             sheet->selection[candidate->question] : 0;
        CrSelection toggled = before ^ candidate->selection;
        guint kind = STEP_ANSWER;

        if (question->multiple)
          kind = (candidate->selection & toggled) ? STEP_ADD : STEP_REMOVE;

        change->steps[i].question = candidate->question;
        change->steps[i].selection = candidate->selection;
        change->steps[i].text = step_text (kind, candidate->question,
                                           question->multiple ?
                                           (guint) g_bit_nth_lsf (toggled, -1) :
                                           (guint) g_bit_nth_lsf (candidate->selection, -1));

        variant.answered[candidate->question] = TRUE;
        variant.selection[candidate->question] = candidate->selection;
        answer_weights (question, candidate->selection, variant.weights[candidate->question]);
      }

    sheet_score (&variant, &verdict);
    g_assert (verdict.role == search->role);
    change->score = verdict.scores[search->role];
    change->close_call = verdict.close_call;
  }

  change->outcome = outcome_text (search->role, change->n_steps,
                                  search->has_decisive ? change->score : UNDECIDED_SCORE);

  text = g_string_sized_new (256);
  for (guint i = 0; i < change->n_steps; i++)
    append_sentence (text, change->steps[i].text);
  append_sentence (text, change->outcome);
  change->text = g_string_free (text, FALSE);
}

/* For each role other than the verdict, in role order, the change that
 * would make it the verdict, or that none would. */
static void
find_changes (CrResult    *self,
              const Sheet *sheet)
{
  /* On the stack: a heap block this size would make malloc consolidate
   * the many small blocks freed by the JSON of the previous batch line. */
  Search search_data;
  Search *search = &search_data;

  search_init (search, sheet, self->points);

  self->n_changes = 0;
  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      if (role == self->role)
        continue;

      search_target (search, role);
      search->found = FALSE;
      for (search->k = 1; search->k <= CR_CHANGE_MAX_STEPS && !search->found; search->k++)
        search_combinations (search);
      if (search->found)
        search->k--;

      fill_change (&self->changes[self->n_changes++], search, sheet);
    }
}

/* ---- The result ---------------------------------------------------------- */

static void
clear_explanation (gpointer data)
{
  CrExplanation *explanation = data;

  g_free (explanation->text);
}

/**
 * cr_score:
 * @answers: the answers to score
 *
 * Scores @answers against the questionnaire. Texts are translated into the
 * language current at the time of the call: call it in the thread that
 * switches language (the main one), or where the language does not switch;
 * cr_score_summary() is the one for other threads.
 *
 * Returns: (transfer full): the result
 */
CrResult *
cr_score (CrAnswers *answers)
{
  CrResult *self;
  Verdict verdict;
  Sheet sheet;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);

  translations_check ();
  sheet_init (&sheet, answers);
  sheet_score (&sheet, &verdict);

  self = g_atomic_rc_box_new0 (CrResult);
  self->role = verdict.role;
  self->runner_up = verdict.runner_up;
  self->close_call = verdict.close_call;
  memcpy (self->points, verdict.points, sizeof self->points);
  memcpy (self->scores, verdict.scores, sizeof self->scores);

  self->unanswered = g_array_sized_new (FALSE, FALSE, sizeof (guint), sheet.n_questions);
  self->explanations = g_array_sized_new (FALSE, TRUE, sizeof (CrExplanation),
                                          sheet.n_questions);
  g_array_set_clear_func (self->explanations, clear_explanation);

  for (guint q = 0; q < sheet.n_questions; q++)
    {
      CrExplanation explanation;

      if (!sheet.answered[q])
        {
          g_array_append_val (self->unanswered, q);
          continue;
        }

      explanation.question = q;
      explanation.selection = sheet.selection[q];
      memcpy (explanation.weights, sheet.weights[q], CR_N_ROLES);
      explanation.text = explain (cr_questionnaire_get_question (q), sheet.selection[q]);
      g_array_append_val (self->explanations, explanation);
      /* The array owns the text from here: clear_explanation() frees it. */
      /* cppcheck-suppress memleak */
    }

  if (self->role < CR_N_ROLES)
    {
      find_weighs_most (self, &sheet);
      find_against (self, &sheet);
    }

  self->title = g_strdup (role_title (self->role));
  self->summary = make_summary (self, &sheet, &verdict);

  find_changes (self, &sheet);

  return self;
}

/**
 * cr_score_summary:
 * @answers: the answers to score
 * @summary: (out caller-allocates): the verdict, the shares, close call,
 *   runner-up and whether every question is answered
 *
 * Scores @answers as cr_score() does, without the explanations, what would
 * change, or any text: it translates nothing and reads no environment, so
 * that any thread may call it while the language switches.
 */
void
cr_score_summary (CrAnswers      *answers,
                  CrScoreSummary *summary)
{
  Verdict verdict;
  Sheet sheet;

  g_return_if_fail (CR_IS_ANSWERS (answers));
  g_return_if_fail (summary != NULL);

  sheet_init (&sheet, answers);
  sheet_score (&sheet, &verdict);

  summary->role = verdict.role;
  summary->runner_up = verdict.runner_up;
  summary->close_call = verdict.close_call;
  summary->complete = TRUE;
  for (guint q = 0; q < sheet.n_questions; q++)
    summary->complete &= sheet.answered[q];
  memcpy (summary->scores, verdict.scores, sizeof summary->scores);
}

/**
 * cr_result_get_score_summary:
 * @summary: (out caller-allocates): what cr_score_summary() gives for the
 *   same answers
 */
void
cr_result_get_score_summary (CrResult       *self,
                             CrScoreSummary *summary)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (summary != NULL);

  summary->role = self->role;
  summary->runner_up = self->runner_up;
  summary->close_call = self->close_call;
  summary->complete = self->unanswered->len == 0;
  memcpy (summary->scores, self->scores, sizeof summary->scores);
}

CrResult *
cr_result_ref (CrResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
cr_result_clear (gpointer data)
{
  CrResult *self = data;

  g_clear_pointer (&self->unanswered, g_array_unref);
  g_clear_pointer (&self->explanations, g_array_unref);
  for (guint i = 0; i < self->n_changes; i++)
    {
      for (guint s = 0; s < self->changes[i].n_steps; s++)
        g_free (self->changes[i].steps[s].text);
      g_free (self->changes[i].outcome);
      g_free (self->changes[i].text);
    }
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
}

void
cr_result_unref (CrResult *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, cr_result_clear);
}

/**
 * cr_result_get_role:
 *
 * Returns: the verdict: one of the three roles, %CR_ROLE_NONE when an answer
 *   says there is no tie to any brand, or %CR_ROLE_UNDECIDED when none of
 *   the decisive questions is answered
 */
CrRole
cr_result_get_role (CrResult *self)
{
  g_return_val_if_fail (self != NULL, CR_ROLE_UNDECIDED);

  return self->role;
}

/**
 * cr_result_has_shares:
 *
 * Returns: whether the verdict is one of the three roles, and so the roles
 *   have shares of 100; they are all 0 otherwise
 */
gboolean
cr_result_has_shares (CrResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->role < CR_N_ROLES;
}

/**
 * cr_result_get_score:
 *
 * Returns: the share of 100 that @role takes of all the evidence; 0 for
 *   every role when the verdict is not a role (see cr_result_has_shares())
 */
guint
cr_result_get_score (CrResult *self,
                     CrRole    role)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (role < CR_N_ROLES, 0);

  return self->scores[role];
}

/**
 * cr_result_get_points:
 *
 * Returns: the raw evidence for @role, the sum of its weights, whatever the
 *   verdict
 */
guint
cr_result_get_points (CrResult *self,
                      CrRole    role)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (role < CR_N_ROLES, 0);

  return self->points[role];
}

/**
 * cr_result_get_runner_up:
 *
 * Returns: the role with the second most points when the verdict is a role;
 *   %CR_ROLE_NONE otherwise
 */
CrRole
cr_result_get_runner_up (CrResult *self)
{
  g_return_val_if_fail (self != NULL, CR_ROLE_NONE);

  return self->runner_up;
}

gboolean
cr_result_is_close_call (CrResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->close_call;
}

gboolean
cr_result_is_complete (CrResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->unanswered->len == 0;
}

/**
 * cr_result_get_unanswered:
 * @n_unanswered: (out): the number of unanswered questions
 *
 * Returns: (array length=n_unanswered): the indexes of the unanswered
 *   questions, in questionnaire order
 */
const guint *
cr_result_get_unanswered (CrResult *self,
                          guint    *n_unanswered)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_unanswered != NULL, NULL);

  *n_unanswered = self->unanswered->len;

  return (const guint *) (gpointer) self->unanswered->data;
}

const char *
cr_result_get_title (CrResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * cr_result_get_summary:
 *
 * Returns: paragraphs separated by newlines. With a role verdict: how
 *   strongly it holds (a close call names both roles); the answers that
 *   weigh most for it, each in a sentence about the person; the strongest
 *   answer against it, if any; what was left unanswered, if anything. With
 *   %CR_ROLE_NONE: the answers that say there is no tie to a brand. With
 *   %CR_ROLE_UNDECIDED: what to answer.
 */
const char *
cr_result_get_summary (CrResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->summary;
}

/**
 * cr_result_get_weighs_most:
 * @n_questions: (out): how many
 *
 * Returns: (array length=n_questions): the questions whose answers the
 *   summary names as weighing most for the verdict, strongest first; none
 *   unless the verdict is a role
 */
const guint *
cr_result_get_weighs_most (CrResult *self,
                           guint    *n_questions)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_questions != NULL, NULL);

  *n_questions = self->n_weighs_most;

  return self->weighs_most;
}

/**
 * cr_result_get_against:
 * @question: (out) (optional): the question whose answer points away
 * @role: (out) (optional): the role it points to instead
 *
 * Returns: whether an answer points to another role more than to the
 *   verdict; the summary names the strongest one
 */
gboolean
cr_result_get_against (CrResult *self,
                       guint    *question,
                       CrRole   *role)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_against)
    return FALSE;

  if (question != NULL)
    *question = self->against_question;
  if (role != NULL)
    *role = self->against_role;

  return TRUE;
}

guint
cr_result_get_n_explanations (CrResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->explanations->len;
}

/**
 * cr_result_get_explanation:
 *
 * Returns: the explanation of the @index-th answered question, in
 *   questionnaire order
 */
const CrExplanation *
cr_result_get_explanation (CrResult *self,
                           guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->explanations->len, NULL);

  return &g_array_index (self->explanations, CrExplanation, index);
}

/**
 * cr_result_get_n_changes:
 *
 * Returns: one for each role that is not the verdict: two when the verdict
 *   is a role, three otherwise
 */
guint
cr_result_get_n_changes (CrResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_changes;
}

/**
 * cr_result_get_change:
 *
 * Returns: what would make the @index-th role other than the verdict, in
 *   role order, the verdict; its n_steps is 0 when nothing of up to
 *   %CR_CHANGE_MAX_STEPS answers would
 */
const CrChange *
cr_result_get_change (CrResult *self,
                      guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_changes, NULL);

  return &self->changes[index];
}

/**
 * cr_explanation_get_supports:
 * @roles: (out caller-allocates) (array fixed-size=3): where to store the roles
 *
 * Returns: how many roles the answer supports; @roles holds them, the
 *   strongest first
 */
guint
cr_explanation_get_supports (const CrExplanation *explanation,
                             CrRole              *roles)
{
  guint n = 0;

  g_return_val_if_fail (explanation != NULL, 0);
  g_return_val_if_fail (roles != NULL, 0);

  for (guint w = CR_WEIGHT_MAX; w > 0; w--)
    for (guint r = 0; r < CR_N_ROLES; r++)
      if (explanation->weights[r] == w)
        roles[n++] = r;

  return n;
}

/**
 * cr_change_apply:
 * @change: a change from cr_result_get_change()
 * @answers: the answers to change
 *
 * Gives @answers every step of @change, in one ::changed emission per step.
 * Does nothing for a change of no steps. The result @change comes from may
 * be freed by a handler of ::changed meanwhile: the steps are read first.
 */
void
cr_change_apply (const CrChange *change,
                 CrAnswers      *answers)
{
  CrChangeStep steps[CR_CHANGE_MAX_STEPS];
  guint n_steps;

  g_return_if_fail (change != NULL);
  g_return_if_fail (CR_IS_ANSWERS (answers));

  /* A ::changed handler may drop the result @change belongs to. */
  n_steps = MIN (change->n_steps, CR_CHANGE_MAX_STEPS);
  memcpy (steps, change->steps, n_steps * sizeof (CrChangeStep));

  for (guint i = 0; i < n_steps; i++)
    cr_answers_set_selection (answers, steps[i].question, steps[i].selection);
}
