/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "cr-answers.h"

G_BEGIN_DECLS

#define CR_TYPE_DRAFT (cr_draft_get_type ())
G_DECLARE_FINAL_TYPE (CrDraft, cr_draft, CR, DRAFT, GObject)

char        *cr_draft_dup_default_state_dir (void);

CrDraft     *cr_draft_new                   (const char  *state_dir);
CrAnswers   *cr_draft_load                  (CrDraft     *self);
gboolean     cr_draft_save                  (CrDraft     *self,
                                             const char  *data,
                                             gsize        length,
                                             GError     **error);
gboolean     cr_draft_remove                (CrDraft     *self,
                                             GError     **error);

GFile       *cr_draft_get_file              (CrDraft     *self);
const char  *cr_draft_get_display_name      (CrDraft     *self);
const char  *cr_draft_get_set_aside         (CrDraft     *self);
gboolean     cr_draft_get_newer_version     (CrDraft     *self);
gboolean     cr_draft_get_in_use            (CrDraft     *self);
gboolean     cr_draft_get_changed_on_disk   (CrDraft     *self);
const char  *cr_draft_get_kept_file         (CrDraft     *self);
gboolean     cr_draft_get_recovered         (CrDraft     *self);

G_END_DECLS
