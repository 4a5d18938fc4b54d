/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "cr-answers.h"
#include "cr-questionnaire.h"

G_BEGIN_DECLS

/* Two roles whose shares of 100 are at most this far apart are a close call. */
#define CR_CLOSE_CALL_MARGIN 10

typedef struct
{
  guint        question;
  CrSelection  selection;
  /* The evidence the answer gave each role. */
  guint8       weights[CR_N_ROLES];
  /* Translated: why the answer points where it does. */
  char        *text;
} CrExplanation;

typedef struct
{
  guint        question;
  /* The answer that would make the difference. */
  CrSelection  selection;
  /* The role the verdict would move to, and its share of 100 then. */
  CrRole       role;
  guint        score;
  /* Translated: the change in a sentence. */
  char        *text;
} CrChange;

#define CR_TYPE_RESULT (cr_result_get_type ())

typedef struct _CrResult CrResult;

GType                 cr_result_get_type           (void) G_GNUC_CONST;

CrResult             *cr_score                     (CrAnswers *answers);

CrResult             *cr_result_ref                (CrResult  *self);
void                  cr_result_unref              (CrResult  *self);

CrRole                cr_result_get_role           (CrResult  *self);
guint                 cr_result_get_score          (CrResult  *self,
                                                    CrRole     role);
guint                 cr_result_get_points         (CrResult  *self,
                                                    CrRole     role);
CrRole                cr_result_get_runner_up      (CrResult  *self);
gboolean              cr_result_is_close_call      (CrResult  *self);
gboolean              cr_result_is_complete        (CrResult  *self);
const guint          *cr_result_get_unanswered     (CrResult  *self,
                                                    guint     *n_unanswered);
const char           *cr_result_get_title          (CrResult  *self);
const char           *cr_result_get_summary        (CrResult  *self);
guint                 cr_result_get_n_explanations (CrResult  *self);
const CrExplanation  *cr_result_get_explanation    (CrResult  *self,
                                                    guint      index);
guint                 cr_result_get_n_changes      (CrResult  *self);
const CrChange       *cr_result_get_change         (CrResult  *self,
                                                    guint      index);

guint                 cr_explanation_get_supports  (const CrExplanation *explanation,
                                                    CrRole              *roles);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrResult, cr_result_unref)

G_END_DECLS
