/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result.c: the scorer, and the result it gives
 *
 * The scorer is generic over the questionnaire table: each answered question
 * adds its option's weights to the roles' points (the strongest chosen
 * option per role for a multiple-choice question), the points become shares
 * of 100, and the role with most points is the verdict, unless the answers
 * say there is no tie to any brand at all. Everything a user reads in the
 * result is translated when the result is made, in the language current
 * then.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-result.h"

#ifdef __GLIBC__
/* gettext's catalogue counter: setlocale(), bindtextdomain() and
 * cr_i18n_set_language() bump it. */
extern int _nl_msg_cat_cntr;

/* For a string it has no translation of, every string in English, gettext
 * searches its catalogues again at every call: about 2,000 instructions,
 * some twenty times a result, a twentieth of what scoring a batch line
 * costs. The scorer keeps what gettext answered, by message, until the
 * catalogue counter moves or LANGUAGE changes, the two things that make
 * gettext answer differently. */
G_LOCK_DEFINE_STATIC (translations);
static GHashTable *translations;
static int translations_counter;
static char *translations_language;

/* Forgets the translations kept if the language may have changed since. */
static void
translations_check (void)
{
  const char *language = g_getenv ("LANGUAGE");

  G_LOCK (translations);

  if (translations == NULL)
    translations = g_hash_table_new (NULL, NULL);
  else if (translations_counter != _nl_msg_cat_cntr ||
           g_strcmp0 (translations_language, language) != 0)
    g_hash_table_remove_all (translations);

  translations_counter = _nl_msg_cat_cntr;
  if (g_strcmp0 (translations_language, language) != 0)
    {
      g_free (translations_language);
      translations_language = g_strdup (language);
    }

  G_UNLOCK (translations);
}

static const char *translate (const char *msgid) G_GNUC_FORMAT (1);

static const char *
translate (const char *msgid)
{
  const char *text;

  G_LOCK (translations);

  text = g_hash_table_lookup (translations, msgid);
  if (text == NULL)
    {
      text = g_dgettext (GETTEXT_PACKAGE, msgid);
      g_hash_table_insert (translations, (gpointer) msgid, (gpointer) text);
    }

  G_UNLOCK (translations);

  return text;
}

/* Every _() below goes through what is kept; xgettext still sees _(). */
#undef _
#define _(String) translate (String)
#else
static void
translations_check (void)
{
}
#endif

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
  GArray        *explanations; /* CrExplanation */
  GArray        *changes;      /* CrChange */
};

G_DEFINE_BOXED_TYPE (CrResult, cr_result, cr_result_ref, cr_result_unref)

/* The answers as plain arrays, so that the what-if search can score dozens
 * of variants without copying objects or emitting signals. */
typedef struct
{
  guint        n_questions;
  gboolean     answered[32];
  CrSelection  selection[32];
  /* The evidence each answer gives each role, zero when unanswered. */
  guint8       weights[32][CR_N_ROLES];
  /* The options that say there is no tie to any brand, per question. */
  CrSelection  no_brand[32];
} Sheet;

typedef struct
{
  CrRole   role;
  CrRole   runner_up;
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
  sheet->n_questions = cr_questionnaire_get_n_questions ();
  g_assert (sheet->n_questions <= G_N_ELEMENTS (sheet->answered));

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      sheet->answered[q] = cr_answers_is_answered (answers, q);
      sheet->selection[q] = cr_answers_get_selection (answers, q);

      if (sheet->answered[q])
        answer_weights (question, sheet->selection[q], sheet->weights[q]);
      else
        memset (sheet->weights[q], 0, CR_N_ROLES);

      sheet->no_brand[q] = 0;
      for (guint o = 0; o < question->n_options; o++)
        if (question->options[o].no_brand)
          sheet->no_brand[q] |= CR_SELECTION_BIT (o);
    }
}

/* Answers question @q of @sheet with @selection, or takes its answer back
 * when @answered is FALSE. */
static void
sheet_set (Sheet       *sheet,
           guint        q,
           gboolean     answered,
           CrSelection  selection)
{
  sheet->answered[q] = answered;
  sheet->selection[q] = selection;

  if (answered)
    answer_weights (cr_questionnaire_get_question (q), selection, sheet->weights[q]);
  else
    memset (sheet->weights[q], 0, CR_N_ROLES);
}

static gboolean
sheet_has_no_brand (const Sheet *sheet)
{
  gboolean any = FALSE;

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      CrSelection options = sheet->no_brand[q];

      if (options == 0)
        continue;

      /* Each such option must be the whole answer: two never can be. */
      any = TRUE;
      if (!sheet->answered[q] || sheet->selection[q] != options ||
          (options & (options - 1)) != 0)
        return FALSE;
    }

  return any;
}

/* Shares of 100 by largest remainder, so that they always add up to 100. */
static void
points_to_shares (const guint *points,
                  guint       *shares)
{
  guint total = 0, given = 0;
  guint remainder[CR_N_ROLES];

  for (guint r = 0; r < CR_N_ROLES; r++)
    total += points[r];

  if (total == 0)
    {
      memset (shares, 0, sizeof (guint) * CR_N_ROLES);
      return;
    }

  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      shares[r] = points[r] * 100 / total;
      remainder[r] = points[r] * 100 % total;
      given += shares[r];
    }

  while (given < 100)
    {
      guint best = 0;

      for (guint r = 1; r < CR_N_ROLES; r++)
        if (remainder[r] > remainder[best])
          best = r;

      shares[best]++;
      remainder[best] = 0;
      given++;
    }
}

static void
sheet_score (const Sheet *sheet,
             Verdict     *verdict)
{
  /* Filled by the insertion sort below; zeroed for the static checkers,
   * which cannot see that every slot read has been written. */
  CrRole order[CR_N_ROLES] = { 0 };
  guint total = 0;

  memset (verdict->points, 0, sizeof verdict->points);

  for (guint q = 0; q < sheet->n_questions; q++)
    for (guint r = 0; r < CR_N_ROLES; r++)
      verdict->points[r] += sheet->weights[q][r];

  points_to_shares (verdict->points, verdict->scores);

  /* Roles by points, most first; equal points keep the table's order. */
  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      guint i = r;

      while (i > 0 && verdict->points[order[i - 1]] < verdict->points[r])
        {
          order[i] = order[i - 1];
          i--;
        }
      order[i] = r;
      total += verdict->points[r];
    }

  verdict->runner_up = order[1];
  verdict->role = order[0];

  if (total == 0 || sheet_has_no_brand (sheet))
    {
      verdict->role = CR_ROLE_NONE;
      verdict->runner_up = order[0];
    }
}

static gboolean
verdict_is_close_call (const Verdict *verdict)
{
  return verdict->role != CR_ROLE_NONE &&
         verdict->scores[verdict->runner_up] > 0 &&
         verdict->scores[verdict->role] - verdict->scores[verdict->runner_up] <= CR_CLOSE_CALL_MARGIN;
}

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
    default:
      return _("You are neither, yet");
    }
}

static const char *
role_summary (CrRole role)
{
  switch (role)
    {
    case CR_ROLE_INFLUENCER:
      return _("Brands pay you for content of your own, and no single brand owns your loyalty.");
    case CR_ROLE_AMBASSADOR:
      return _("You speak up for a brand you love, unpaid and free of any agreement.");
    case CR_ROLE_CONTRACTED_AMBASSADOR:
      return _("A brand pays you under an agreement to be its face, and you stay loyal to it alone.");
    case CR_ROLE_NONE:
    default:
      return _("You have no tie with a brand for now: no pay, no agreement, no brand to promote.");
    }
}

static char *
make_summary (const Verdict *verdict,
              gboolean       close_call,
              guint          n_unanswered)
{
  g_autofree char *second = NULL;

  if (verdict->role == CR_ROLE_NONE && verdict->scores[verdict->runner_up] == 0)
    return g_strdup (_("Answer the questions to see which role fits you."));

  if (close_call)
    /* Translators: the two roles of a close call, e.g. "Influencer scores 48 of 100,
     * with Brand ambassador close behind at 41." */
    second = g_strdup_printf (_("A close call: %s scores %u of 100, with %s close behind at %u."),
                              cr_role_get_name (verdict->role),
                              verdict->scores[verdict->role],
                              cr_role_get_name (verdict->runner_up),
                              verdict->scores[verdict->runner_up]);
  else if (verdict->role == CR_ROLE_NONE)
    second = g_strdup_printf (_("Your answers lean towards %s, with %u of 100."),
                              cr_role_get_name (verdict->runner_up),
                              verdict->scores[verdict->runner_up]);
  else
    second = g_strdup_printf (_("Your answers give this role %u of 100 points."),
                              verdict->scores[verdict->role]);

  if (n_unanswered > 0)
    {
      g_autofree char *missing =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u question is still unanswered.",
                                      "%u questions are still unanswered.",
                                      n_unanswered),
                         n_unanswered);
      return g_strdup_printf ("%s\n%s %s", role_summary (verdict->role), second, missing);
    }

  return g_strdup_printf ("%s\n%s", role_summary (verdict->role), second);
}

static char *
explain (const CrQuestion *question,
         CrSelection       selection)
{
  GString *text;

  if (selection == 0)
    return g_strdup (_("You chose none of these, so this answer points to no role."));

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

static char *
describe_change (const CrQuestion *question,
                 CrSelection       before,
                 CrSelection       after,
                 CrRole            role,
                 guint             score)
{
  g_autofree char *outcome = NULL;
  const char *title = _(question->title);

  if (role == CR_ROLE_NONE)
    outcome = g_strdup (_("you would be neither, yet"));
  else
    /* Translators: the end of a sentence, e.g. "the verdict would be “Influencer”, 54 of 100" */
    outcome = g_strdup_printf (_("the verdict would be “%s”, %u of 100"),
                               cr_role_get_name (role), score);

  if (question->multiple)
    {
      CrSelection toggled = before ^ after;
      guint o = g_bit_nth_lsf (toggled, -1);
      const char *label = _(question->options[o].label);

      if (after & toggled)
        /* Translators: “If you added “YouTube” to “Where are you active?”, the verdict would be…” */
        return g_strdup_printf (_("If you added “%s” to “%s”, %s."), label, title, outcome);
      else
        return g_strdup_printf (_("If you removed “%s” from “%s”, %s."), label, title, outcome);
    }

  /* Translators: “If you answered “Never” to “Are you paid for promoting brands?”, the verdict…” */
  return g_strdup_printf (_("If you answered “%s” to “%s”, %s."),
                          _(question->options[g_bit_nth_lsf (after, -1)].label), title, outcome);
}

static void
clear_explanation (gpointer data)
{
  CrExplanation *explanation = data;

  g_free (explanation->text);
}

static void
clear_change (gpointer data)
{
  CrChange *change = data;

  g_free (change->text);
}

/* For each role other than the verdict, the single change of answer that
 * would make it the verdict with the largest share, if any would. */
static void
find_changes (CrResult    *self,
              const Sheet *sheet)
{
  CrChange best[CR_N_ROLES + 1] = { { 0 } };
  gboolean found[CR_N_ROLES + 1] = { FALSE };
  Sheet variant = *sheet;

  for (guint q = 0; q < sheet->n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        {
          CrSelection after;
          Verdict verdict;
          guint score;

          if (question->multiple)
            after = sheet->selection[q] ^ CR_SELECTION_BIT (o);
          else if (sheet->answered[q] && sheet->selection[q] == CR_SELECTION_BIT (o))
            continue;
          else
            after = CR_SELECTION_BIT (o);

          sheet_set (&variant, q, TRUE, after);
          sheet_score (&variant, &verdict);
          variant.answered[q] = sheet->answered[q];
          variant.selection[q] = sheet->selection[q];
          memcpy (variant.weights[q], sheet->weights[q], CR_N_ROLES);

          if (verdict.role == self->role)
            continue;

          score = verdict.role == CR_ROLE_NONE ? 0 : verdict.scores[verdict.role];
          if (found[verdict.role] && best[verdict.role].score >= score)
            continue;

          found[verdict.role] = TRUE;
          best[verdict.role].question = q;
          best[verdict.role].selection = after;
          best[verdict.role].role = verdict.role;
          best[verdict.role].score = score;
        }
    }

  for (guint r = 0; r <= CR_ROLE_NONE; r++)
    {
      const CrQuestion *question;

      if (!found[r])
        continue;

      question = cr_questionnaire_get_question (best[r].question);
      best[r].text = describe_change (question, sheet->selection[best[r].question],
                                      best[r].selection, best[r].role, best[r].score);
      g_array_append_val (self->changes, best[r]);
    }
}

/**
 * cr_score:
 * @answers: the answers to score
 *
 * Scores @answers against the questionnaire. Texts are translated into the
 * language current at the time of the call.
 *
 * Returns: (transfer full): the result
 */
CrResult *
cr_score (CrAnswers *answers)
{
  CrResult *self;
  Verdict verdict = { 0 };
  Sheet sheet;

  g_return_val_if_fail (CR_IS_ANSWERS (answers), NULL);

  translations_check ();
  sheet_init (&sheet, answers);
  sheet_score (&sheet, &verdict);

  self = g_atomic_rc_box_new0 (CrResult);
  self->role = verdict.role;
  self->runner_up = verdict.runner_up;
  self->close_call = verdict_is_close_call (&verdict);
  memcpy (self->points, verdict.points, sizeof self->points);
  memcpy (self->scores, verdict.scores, sizeof self->scores);

  self->unanswered = g_array_new (FALSE, FALSE, sizeof (guint));
  self->explanations = g_array_new (FALSE, TRUE, sizeof (CrExplanation));
  g_array_set_clear_func (self->explanations, clear_explanation);
  self->changes = g_array_new (FALSE, TRUE, sizeof (CrChange));
  g_array_set_clear_func (self->changes, clear_change);

  for (guint q = 0; q < sheet.n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      CrExplanation explanation;

      if (!sheet.answered[q])
        {
          g_array_append_val (self->unanswered, q);
          continue;
        }

      explanation.question = q;
      explanation.selection = sheet.selection[q];
      memcpy (explanation.weights, sheet.weights[q], CR_N_ROLES);
      explanation.text = explain (question, sheet.selection[q]);
      g_array_append_val (self->explanations, explanation);
      /* The array owns the text from here: clear_explanation() frees it. */
      /* cppcheck-suppress memleak */
    }

  self->title = g_strdup (role_title (self->role));
  self->summary = make_summary (&verdict, self->close_call, self->unanswered->len);

  find_changes (self, &sheet);

  return self;
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
  g_clear_pointer (&self->changes, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
}

void
cr_result_unref (CrResult *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, cr_result_clear);
}

CrRole
cr_result_get_role (CrResult *self)
{
  g_return_val_if_fail (self != NULL, CR_ROLE_NONE);

  return self->role;
}

/**
 * cr_result_get_score:
 *
 * Returns: the share of 100 that @role takes of all the evidence
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
 * Returns: the raw evidence for @role, the sum of its weights
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
 * Returns: the role with the second most points; when the verdict is
 *   %CR_ROLE_NONE, the role the answers lean to most
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
 * Returns: two lines: what the role means, then how strongly it fits
 */
const char *
cr_result_get_summary (CrResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->summary;
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

guint
cr_result_get_n_changes (CrResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->changes->len;
}

/**
 * cr_result_get_change:
 *
 * Returns: a single change of answer that would move the verdict to another
 *   role; at most one per role, in role order
 */
const CrChange *
cr_result_get_change (CrResult *self,
                      guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);

  return &g_array_index (self->changes, CrChange, index);
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
