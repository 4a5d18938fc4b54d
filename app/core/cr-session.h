/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cr-answers.h"
#include "cr-creator.h"
#include "cr-draft.h"
#include "cr-result.h"

G_BEGIN_DECLS

#define CR_TYPE_SESSION (cr_session_get_type ())
G_DECLARE_FINAL_TYPE (CrSession, cr_session, CR, SESSION, GObject)

/* How long answers stay unchanged before the draft is written. */
#define CR_SESSION_DRAFT_DELAY_MS 500

CrSession   *cr_session_new                 (const char  *state_dir);
CrSession   *cr_session_new_for_draft       (CrDraft     *draft);
CrSession   *cr_session_new_for_answers     (CrAnswers   *answers,
                                             GFile       *file);
CrSession   *cr_session_new_for_file        (GFile       *file,
                                             GError     **error);
CrSession   *cr_session_new_for_creator     (CrCreator   *creator);

CrAnswers   *cr_session_get_answers         (CrSession   *self);
CrResult    *cr_session_get_result          (CrSession   *self);
void         cr_session_rescore             (CrSession   *self);

GFile       *cr_session_get_file            (CrSession   *self);
CrCreator   *cr_session_get_creator         (CrSession   *self);
gboolean     cr_session_get_modified        (CrSession   *self);
gboolean     cr_session_get_editable        (CrSession   *self);
void         cr_session_set_editable        (CrSession   *self,
                                             gboolean     editable);

gboolean     cr_session_get_keeps_draft     (CrSession   *self);
CrDraft     *cr_session_get_draft_storage   (CrSession   *self);
CrAnswers   *cr_session_get_draft           (CrSession   *self);
const char  *cr_session_get_corrupt_draft   (CrSession   *self);
void         cr_session_resume_draft        (CrSession   *self);
void         cr_session_discard_draft       (CrSession   *self);
gboolean     cr_session_save_draft_now      (CrSession   *self,
                                             GError     **error);
gboolean     cr_session_flush_draft         (CrSession   *self,
                                             GError     **error);

gboolean     cr_session_write_recovery      (CrSession   *self,
                                             GError     **error);
CrAnswers   *cr_session_get_recovery        (CrSession   *self);
GDateTime   *cr_session_get_recovery_time   (CrSession   *self);
void         cr_session_restore_recovery    (CrSession   *self);
gboolean     cr_session_discard_recovery    (CrSession   *self,
                                             GError     **error);

CrAnswers   *cr_session_get_trial           (CrSession   *self);
CrResult    *cr_session_get_trial_result    (CrSession   *self);
const char  *cr_session_get_trial_text      (CrSession   *self);
gboolean     cr_session_try_change          (CrSession   *self,
                                             guint        index);
void         cr_session_keep_trial          (CrSession   *self);
void         cr_session_end_trial           (CrSession   *self);

char        *cr_session_to_data             (CrSession   *self,
                                             gsize       *length);
gboolean     cr_session_export              (CrSession   *self,
                                             GFile       *file,
                                             GError     **error);

G_END_DECLS
