/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-creator.h: one row of a roster: whom, their answers, and what they
 * score
 */
#pragma once

#include <glib-object.h>

#include "cr-answers.h"
#include "cr-questionnaire.h"
#include "cr-result.h"

G_BEGIN_DECLS

#define CR_TYPE_CREATOR (cr_creator_get_type ())
G_DECLARE_FINAL_TYPE (CrCreator, cr_creator, CR, CREATOR, GObject)

CrCreator   *cr_creator_new              (CrAnswers            *answers,
                                          const CrScoreSummary *summary,
                                          guint64               line);

const char  *cr_creator_get_name         (CrCreator  *self);
guint64      cr_creator_get_line         (CrCreator  *self);
CrAnswers   *cr_creator_dup_answers      (CrCreator  *self);
CrAnswers   *cr_creator_ref_answers      (CrCreator  *self);
void         cr_creator_set_answers      (CrCreator  *self,
                                          CrAnswers  *answers);

CrRole       cr_creator_get_role         (CrCreator  *self);
guint        cr_creator_get_score        (CrCreator  *self,
                                          CrRole      role);
gboolean     cr_creator_is_close_call    (CrCreator  *self);
CrRole       cr_creator_get_runner_up    (CrCreator  *self);
gboolean     cr_creator_is_complete      (CrCreator  *self);
guint        cr_creator_get_n_answered   (CrCreator  *self);
gboolean     cr_creator_get_edited       (CrCreator  *self);

G_END_DECLS
