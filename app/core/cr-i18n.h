/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  /* The gettext code, e.g. "fr"; "en" is the untranslated source. */
  const char *code;
  /* The language's name in itself, e.g. "Français". Not translated. */
  const char *native_name;
  /* Whether the language is written from right to left. */
  gboolean    rtl;
} CrLanguage;

#define CR_I18N_ERROR (cr_i18n_error_quark ())

typedef enum
{
  CR_I18N_ERROR_UNKNOWN_LANGUAGE,
  CR_I18N_ERROR_UNAVAILABLE,
} CrI18nError;

GQuark            cr_i18n_error_quark       (void);

void              cr_i18n_init              (void);
void              cr_i18n_restore_locale    (void);
const CrLanguage *cr_i18n_get_languages     (guint       *n_languages);
const CrLanguage *cr_i18n_lookup            (const char  *code);
char             *cr_i18n_dup_codes         (void);
gboolean          cr_i18n_is_available      (const char  *code);
gboolean          cr_i18n_set_language      (const char  *code,
                                             GError     **error);
const char       *cr_i18n_get_language      (void);
const char       *cr_i18n_get_choice        (void);
gboolean          cr_i18n_is_rtl            (void);
guint             cr_i18n_get_generation    (void);

G_END_DECLS
