/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-document.c: arbitrary bytes into the document reader and the scorer
 *
 * Built as a libFuzzer target with clang (meson -Dfuzzing=true), and linked
 * into test-fuzz-corpus, which replays every file of tests/fuzz/corpus/ in
 * the ordinary test suite. Besides crashes and sanitizer reports, it aborts
 * when the reader breaks its contract: it must return answers or an error,
 * never both nor neither; the error is ours and one line of valid UTF-8 of
 * bounded length; and whatever it reads, written back out, reads back to the
 * same answers.
 */
#include "config.h"

#include <string.h>

#include "cr-document.h"
#include "cr-fuzz.h"

/* Longer error messages than this cannot be shown in a dialog or a terminal
 * line; the longest legitimate one lists every question id. */
#define MAX_MESSAGE_LENGTH 1024

static void
check_error (const GError *error)
{
  if (error->domain != CR_DOCUMENT_ERROR)
    cr_fuzz_fail ("error from outside the document reader: %s", error->message);
  if (*error->message == '\0')
    cr_fuzz_fail ("empty error message");
  if (strlen (error->message) > MAX_MESSAGE_LENGTH)
    cr_fuzz_fail ("error message of %" G_GSIZE_FORMAT " bytes", strlen (error->message));
  if (strchr (error->message, '\n') != NULL || strchr (error->message, '\r') != NULL)
    cr_fuzz_fail ("error message on more than one line: %s", error->message);
  if (!g_utf8_validate (error->message, -1, NULL))
    cr_fuzz_fail ("error message is not valid UTF-8");
}

static void
check_answers (CrAnswers *answers)
{
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(CrResult) result = cr_score (answers);
  g_autoptr(CrAnswers) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  data = cr_document_to_data (answers, result, "en", created, FALSE, &length);
  if (data == NULL || length != strlen (data))
    cr_fuzz_fail ("the document written has the wrong length");

  again = cr_document_parse (data, length, &error);
  if (again == NULL)
    cr_fuzz_fail ("a document written does not read back: %s", error->message);
  if (!cr_answers_equal (again, answers))
    cr_fuzz_fail ("a document written reads back to other answers");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized = FALSE;
  g_autoptr(CrAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  if (!initialized)
    {
      cr_fuzz_init ();
      initialized = TRUE;
    }

  answers = cr_document_parse ((const char *) data, size, &error);

  if ((answers == NULL) == (error == NULL))
    cr_fuzz_fail ("cr_document_parse() returned %s",
                  answers == NULL ? "neither answers nor an error" : "both answers and an error");

  if (error != NULL)
    check_error (error);
  else
    check_answers (answers);

  return 0;
}
