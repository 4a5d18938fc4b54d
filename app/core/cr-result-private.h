/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-result-private.h: what the files of the scorer share, inside app/core
 *
 * cr_score() is made of four parts, one file each: the scoring itself
 * (cr-scorer.c), the summary and the explanations (cr-summary.c), what
 * would change the verdict (cr-what-if.c) and the translations they keep
 * (cr-text-cache.c); cr-result.c puts them together into a CrResult. This
 * header is theirs and cr-result-text.c's: it is not installed, and no
 * file outside app/core includes it.
 */
#pragma once

#include <glib.h>

#include "cr-answers.h"
#include "cr-questionnaire.h"
#include "cr-result.h"

G_BEGIN_DECLS

/* The most questions and options the scorer's arrays hold; checked against
 * the table when it is first read. */
#define CR_SCORER_MAX_QUESTIONS 16
#define CR_SCORER_MAX_SLOTS 64

/* ---- The scorer (cr-scorer.c) ------------------------------------------- */

/* The table, as the scorer reads it. */
typedef struct
{
  guint        n_questions;
  /* The first option slot of each question: every option of every question
   * has one slot, so that a set of answers is a 64-bit mask. */
  guint        slot_base[CR_SCORER_MAX_QUESTIONS];
  /* Per slot: the slots that a coherent person cannot answer with it. */
  guint64      excludes[CR_SCORER_MAX_SLOTS];
  /* Per question: the options that say there is no tie to any brand. */
  CrSelection  no_brand[CR_SCORER_MAX_QUESTIONS];
} CrScorerTable;

/* The answers as plain arrays, so that the what-if search can weigh
 * thousands of variants without copying objects or emitting signals. */
typedef struct
{
  guint        n_questions;
  gboolean     answered[CR_SCORER_MAX_QUESTIONS];
  CrSelection  selection[CR_SCORER_MAX_QUESTIONS];
  /* The evidence each answer gives each role, zero when unanswered. */
  guint8       weights[CR_SCORER_MAX_QUESTIONS][CR_N_ROLES];
} CrSheet;

typedef struct
{
  CrRole   role;
  CrRole   runner_up;
  gboolean close_call;
  guint    points[CR_N_ROLES];
  guint    scores[CR_N_ROLES];
} CrVerdict;

const CrScorerTable *cr_scorer_get_table      (void);

/* The slots of @selection, an answer to @q. */
static inline guint64
cr_scorer_selection_slots (const CrScorerTable *table,
                           guint                q,
                           CrSelection          selection)
{
  return ((guint64) selection) << table->slot_base[q];
}

void                 cr_scorer_answer_weights (const CrQuestion *question,
                                               CrSelection       selection,
                                               guint8           *weights);
void                 cr_scorer_sheet_init     (CrSheet          *sheet,
                                               CrAnswers        *answers);
void                 cr_scorer_judge          (const CrSheet    *sheet,
                                               CrVerdict        *verdict,
                                               gboolean          shares);
void                 cr_scorer_score          (const CrSheet    *sheet,
                                               CrVerdict        *verdict);

/* ---- The result (cr-result.c) ------------------------------------------- */

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

/* ---- The summary (cr-summary.c) ----------------------------------------- */

guint        cr_summary_answer_option     (const CrQuestion *question,
                                           CrSelection       selection,
                                           CrRole            role);
void         cr_summary_append_sentence   (GString          *text,
                                           const char       *sentence);
void         cr_summary_find_weighs_most  (CrResult         *self,
                                           const CrSheet    *sheet);
void         cr_summary_find_against      (CrResult         *self,
                                           const CrSheet    *sheet);
const char  *cr_summary_role_title        (CrRole            role);
char        *cr_summary_make              (CrResult         *self,
                                           const CrSheet    *sheet,
                                           const CrVerdict  *verdict);
char        *cr_summary_explain           (const CrQuestion *question,
                                           CrSelection       selection);

/* ---- What would make me… (cr-what-if.c) --------------------------------- */

/* The kinds of step of a change, for a question with one choice and for
 * one with several. */
typedef enum
{
  CR_WHAT_IF_STEP_ANSWER,
  CR_WHAT_IF_STEP_ADD,
  CR_WHAT_IF_STEP_REMOVE,
  CR_WHAT_IF_N_STEP_KINDS,
} CrWhatIfStepKind;

void         cr_what_if_find_changes      (CrResult         *self,
                                           const CrSheet    *sheet);

/* ---- The translations kept (cr-text-cache.c) ---------------------------- */

/* The summary and the what-if texts translate through these rather than
 * _() and g_dngettext(): for a string it has no translation of, every
 * string in English, gettext searches its catalogues again at every call,
 * about 2,000 instructions, dozens of times a result. po/meson.build and
 * tests/check-translations.py give them to xgettext as keywords. */
void         cr_text_cache_check          (void);
const char  *cr_text_cache_gettext        (const char       *msgid) G_GNUC_FORMAT (1);
const char  *cr_text_cache_ngettext       (const char       *singular,
                                           const char       *plural,
                                           gulong            n) G_GNUC_FORMAT (1);

/* A kept text: made by a CrTextCacheMake the first time, in its slot until
 * the language changes. */
typedef char *(*CrTextCacheMake) (gconstpointer data,
                                  guint         a,
                                  guint         b);

char       **cr_text_cache_step_slot      (CrWhatIfStepKind  kind,
                                           guint             slot);
char       **cr_text_cache_outcome_slot   (CrRole            role,
                                           guint             n_steps,
                                           guint             score);
char       **cr_text_cache_share_slot     (guint             score);
char        *cr_text_cache_keep           (char            **slot,
                                           CrTextCacheMake   make,
                                           gconstpointer     data,
                                           guint             a,
                                           guint             b);

G_END_DECLS
