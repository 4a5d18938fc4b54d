/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CR_TYPE_ANSWERS (cr_answers_get_type ())
G_DECLARE_FINAL_TYPE (CrAnswers, cr_answers, CR, ANSWERS, GObject)

/* A set of options of one question, one bit per option index. A question has
 * at most 32 options (checked when the questionnaire is first used). */
typedef guint32 CrSelection;

#define CR_SELECTION_BIT(option) (((CrSelection) 1) << (option))

/* The longest name or handle the answers keep, in characters. */
#define CR_ANSWERS_NAME_MAX_CHARS 100

CrAnswers   *cr_answers_new                 (void);
CrAnswers   *cr_answers_copy                (CrAnswers   *self);
void         cr_answers_assign              (CrAnswers   *self,
                                             CrAnswers   *other);
gboolean     cr_answers_equal               (CrAnswers   *self,
                                             CrAnswers   *other);

gboolean     cr_answers_is_answered         (CrAnswers   *self,
                                             guint        question);
CrSelection  cr_answers_get_selection       (CrAnswers   *self,
                                             guint        question);
int          cr_answers_get_choice          (CrAnswers   *self,
                                             guint        question);
gboolean     cr_answers_get_option_selected (CrAnswers   *self,
                                             guint        question,
                                             guint        option);

void         cr_answers_set_selection       (CrAnswers   *self,
                                             guint        question,
                                             CrSelection  selection);
void         cr_answers_set_choice          (CrAnswers   *self,
                                             guint        question,
                                             guint        option);
void         cr_answers_set_option_selected (CrAnswers   *self,
                                             guint        question,
                                             guint        option,
                                             gboolean     selected);
void         cr_answers_unset               (CrAnswers   *self,
                                             guint        question);
void         cr_answers_clear               (CrAnswers   *self);

guint        cr_answers_get_n_answered      (CrAnswers   *self);
gboolean     cr_answers_is_complete         (CrAnswers   *self);
gboolean     cr_answers_is_empty            (CrAnswers   *self);

const char  *cr_answers_get_name            (CrAnswers   *self);
void         cr_answers_set_name            (CrAnswers   *self,
                                             const char  *name);
char        *cr_answers_normalize_name      (const char  *name);

G_END_DECLS
