/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-test-utils.h: what the test programs share, with no display */
#pragma once

#include <gio/gio.h>

#include "cr-answers.h"

G_BEGIN_DECLS

/* The formats --batch writes, as the command line's messages list them. */
#if HAVE_XLSXWRITER
#define CR_TEST_BATCH_FORMATS "jsonl, csv or xlsx"
#else
#define CR_TEST_BATCH_FORMATS "jsonl or csv"
#endif

CrAnswers *cr_test_answers_new    (const char *spec);
char      *cr_test_make_state_dir (const char *prefix);
void       cr_test_remove_tree    (const char *path);
void       cr_test_clear_folder   (const char *path);
void       cr_test_wait_for_file  (const char *path,
                                   gboolean    exists);

/* Text of a PDF compared as pdftotext gives it (see cr-test-utils.c). */
char      *cr_test_pdf_squeeze      (const char *text,
                                     gboolean    expected);
void       cr_test_assert_pdf_holds (const char *squeezed_text,
                                     const char *expected,
                                     gboolean    by_word,
                                     const char *where);

/* Whether this glibc honours LANGUAGE under C.UTF-8 (2.36 does, 2.41
 * not). */
gboolean   cr_test_c_utf8_honours_language (void);

G_END_DECLS
