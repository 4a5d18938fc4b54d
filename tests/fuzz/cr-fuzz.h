/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-fuzz.h: the libFuzzer entry point, shared with the corpus replay
 * tests, and how a fuzzer says a contract was broken
 *
 * libFuzzer keeps the input of a run that aborts (SIGABRT), but not of one
 * that stops on a breakpoint (SIGTRAP), which is how g_error() and a fatal
 * critical end: a broken contract is said with cr_fuzz_fail(), and
 * cr_fuzz_init() makes every critical and warning abort the same way.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define cr_fuzz_fail(...) \
  G_STMT_START { \
    g_printerr ("fuzz: "); \
    g_printerr (__VA_ARGS__); \
    g_printerr ("\n"); \
    abort (); \
  } G_STMT_END

static inline void
cr_fuzz_log_handler (const char     *domain,
                     GLogLevelFlags  level,
                     const char     *message,
                     gpointer        user_data G_GNUC_UNUSED)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    cr_fuzz_fail ("%s: %s", domain != NULL ? domain : "(no domain)", message);
}

static inline int
cr_fuzz_compare_names (gconstpointer a,
                       gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* @path's bytes, @length of them, without the NUL that
 * g_file_get_contents() adds, so that the sanitizers see any read past
 * the end, as under the fuzzer; fails the test when it cannot be read. */
static inline char *
cr_fuzz_read_exact (const char *path,
                    gsize      *length)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *exact;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  exact = g_malloc (MAX (*length, 1));
  memcpy (exact, contents, *length);

  return exact;
}

/* Adds a test a file of tests/fuzz/@corpus, in the order of their names,
 * as /fuzz/@corpus/NAME, each given its path. */
static inline void
cr_fuzz_add_corpus_tests (const char       *corpus,
                          GTestDataFunc     test_func)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "fuzz", corpus, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, cr_fuzz_compare_names);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s", corpus, n);

      /* Freed with the process: each test holds it until it runs. */
      g_test_add_data_func_full (test_path, g_build_filename (folder, n, NULL), test_func,
                                 g_free);
    }
}

/* A critical (a failed precondition) or a warning is a bug, as in the
 * tests: it aborts. */
static inline void
cr_fuzz_init (void)
{
  g_log_set_default_handler (cr_fuzz_log_handler, NULL);
}
