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

/* A roster's row: a name, and the profile (cr-test-profiles.h) whose
 * answers it has. */
typedef struct
{
  const char *name;
  const char *profile;
} CrTestRosterRow;

char      *cr_test_roster_csv     (const CrTestRosterRow *rows,
                                   guint                  n_rows);
char      *cr_test_run_tool       (const char * const    *argv);
#if HAVE_FREEXL
char      *cr_test_xlsx_cell_text (const void            *handle,
                                   guint                  row,
                                   guint                  column);
#endif
char      *cr_test_make_state_dir (const char *prefix);

/* A state folder of a test's own, as g_test_add() sets it up: the folder,
 * the app's folder in it and the draft's path there. */
typedef struct
{
  char *state_dir;
  char *folder;
  char *draft;
} CrTestStateFixture;

void       cr_test_state_fixture_set_up    (CrTestStateFixture *fixture,
                                            gconstpointer       data);
void       cr_test_state_fixture_tear_down (CrTestStateFixture *fixture,
                                            gconstpointer       data);
void       cr_test_remove_tree    (const char *path);
void       cr_test_clear_folder   (const char *path);
void       cr_test_wait_for_file  (const char *path,
                                   gboolean    exists);
GBytes    *cr_test_read_file      (const char *path);
char      *cr_test_write_file     (const char *folder,
                                   const char *name,
                                   const char *contents,
                                   gssize      length);
#if HAVE_MINIZIP
char      *cr_test_write_ods      (const char *folder,
                                   const char *name,
                                   const char *content,
                                   const char *manifest);
char      *cr_test_read_zip_member (const char *path,
                                    const char *name);
#endif

/* What a run of creator-role gave: its exit status, and what it wrote on
 * standard output (@out_length bytes, then a NUL) and standard error. */
typedef struct
{
  int    status;
  char  *out;
  gsize  out_length;
  char  *err;
} CrTestRun;

/* How to run it; every field may be left zero. */
typedef struct
{
  /* Standard input, a pipe: @input_length bytes (all of it up to its NUL
   * when 0) of @input, or nothing when %NULL. */
  const char         *input;
  gsize               input_length;
  /* `sh -c SCRIPT creator-role ARGS…` ("$0" is the program), so that the
   * script can redirect or close its streams or set limits. */
  const char         *script;
  /* Set (NAME=VALUE) or unset (NAME), after the defaults: no display,
   * LANGUAGE empty. */
  const char * const *env;
  /* The folder it runs in; %NULL: this one. */
  const char         *cwd;
  /* When not 0, a descriptor taken as its standard output (@out stays
   * empty), instead of a pipe. */
  int                 stdout_fd;
  /* Fail the test when the run lasts longer; 0: no limit. */
  guint               hang_seconds;
  /* Standard output and error may be any bytes; otherwise the test fails
   * unless they are UTF-8. */
  gboolean            any_bytes;
} CrTestRunOptions;

void       cr_test_run_clear      (CrTestRun *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CrTestRun, cr_test_run_clear)

GSubprocessLauncher *cr_test_launcher_new (GSubprocessFlags    flags,
                                           const char * const *env);
void       cr_test_runv           (CrTestRun              *run,
                                   const CrTestRunOptions *options,
                                   const char * const     *args);
void       cr_test_run            (CrTestRun              *run,
                                   const CrTestRunOptions *options,
                                   const char             *first_arg,
                                   ...);
gboolean   cr_test_communicate    (GSubprocess            *process,
                                   GBytes                 *input,
                                   guint                   seconds,
                                   GBytes                **out,
                                   GBytes                **err);

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
