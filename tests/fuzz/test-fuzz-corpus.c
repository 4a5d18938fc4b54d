/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-fuzz-corpus.c: every file of tests/fuzz/corpus/ through the reader
 *
 * Each corpus file is one test case, run through the same checks as the
 * fuzzer (fuzz-document.c), so that every input the fuzzer ever crashed on,
 * once added to the corpus, stays a regression test. Files named ok-* must
 * read; files named bad-* must be refused; any other file (such as a
 * libFuzzer crash-* file) must only pass the fuzzer's checks.
 *
 * The 1 MiB boundary is tested here with files made at run time rather than
 * kept in git: exactly 1 MiB reads, 1 MiB and one byte is refused.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cr-document.h"
#include "cr-fuzz.h"

static void
test_corpus_file (gconstpointer user_data)
{
  const char *path = user_data;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *exact = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autoptr(CrAnswers) parsed = NULL;
  g_autoptr(CrAnswers) loaded = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gsize length;

  exact = cr_fuzz_read_exact (path, &length);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const guint8 *) exact, length), ==, 0);

  parsed = cr_document_parse (exact, length, &parse_error);
  loaded = cr_document_load (file, NULL, &load_error);

  /* Reading from a file and from memory agree. */
  if (parsed != NULL)
    {
      g_assert_no_error (load_error);
      g_assert_true (cr_answers_equal (parsed, loaded));
    }
  else
    {
      g_assert_nonnull (load_error);
      g_assert_error (load_error, CR_DOCUMENT_ERROR, parse_error->code);
    }

  if (g_str_has_prefix (basename, "ok-"))
    g_assert_no_error (parse_error);
  else if (g_str_has_prefix (basename, "bad-"))
    g_assert_nonnull (parse_error);
}

/* A document of exactly @size bytes: a valid one, padded with spaces. */
static char *
make_document (gsize size)
{
  static const char prefix[] =
    "{\"format\": \"creator-role/result\", \"version\": 1, "
    "\"answers\": {\"compensation\": \"retainer\", \"platforms\": [\"blog\"]}}";
  char *data = g_malloc (size);

  g_assert_cmpuint (size, >, sizeof prefix);
  memcpy (data, prefix, sizeof prefix - 1);
  memset (data + sizeof prefix - 1, ' ', size - (sizeof prefix - 1));
  data[size - 1] = '\n';

  return data;
}

static void
check_size (gsize    size,
            gboolean readable)
{
  g_autofree char *data = make_document (size);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAnswers) answers = NULL;

  g_assert_cmpint (LLVMFuzzerTestOneInput ((const guint8 *) data, size), ==, 0);

  answers = cr_document_parse (data, size, &error);
  if (readable)
    g_assert_no_error (error);
  else
    g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE);
  g_clear_object (&answers);
  g_clear_error (&error);

  /* From a file: refused on its size, before it is read. */
  dir = g_dir_make_tmp ("cr-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "big.json", NULL);
  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  answers = cr_document_load (file, NULL, &error);
  if (readable)
    g_assert_no_error (error);
  else
    g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE);
  g_clear_object (&answers);
  g_clear_error (&error);

  /* From a stream, whose size is not known until it has been read. */
  stream = g_memory_input_stream_new_from_data (data, size, NULL);
  answers = cr_document_load_stream (stream, NULL, &error);
  if (readable)
    g_assert_no_error (error);
  else
    g_assert_error (error, CR_DOCUMENT_ERROR, CR_DOCUMENT_ERROR_TOO_LARGE);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_one_mib (void)
{
  check_size (CR_DOCUMENT_MAX_SIZE, TRUE);
}

static void
test_one_mib_and_one_byte (void)
{
  check_size (CR_DOCUMENT_MAX_SIZE + 1, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  cr_fuzz_add_corpus_tests ("corpus", test_corpus_file);
  g_test_add_func ("/fuzz/generated/1-mib", test_one_mib);
  g_test_add_func ("/fuzz/generated/1-mib-and-1-byte", test_one_mib_and_one_byte);

  return g_test_run ();
}
