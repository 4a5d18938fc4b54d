/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-roster-export.c: a roster exported while its creators change
 *
 * An agency exports a large roster and, while the export runs, goes on
 * editing creators it opened: their names (which the creator frees and
 * replaces) and their answers. The export must neither read what was
 * freed (the AddressSanitizer run is where this test earns its keep) nor
 * tear a row: each row written is the creator's as it was before or after
 * an edit, whole, and the rows of creators no one touched are as they
 * were. A creator edited before its row is made is written edited.
 *
 * 100,000 rows: too many for valgrind, so the test is in the 'stress'
 * suite, which the valgrind run leaves out and the sanitizer run covers.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cr-roster.h"
#include "cr-session.h"

#define N_ROWS 100000

static void
store_result_cb (GObject      *object G_GNUC_UNUSED,
                 GAsyncResult *result,
                 gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static CrRoster *
load_roster (guint n)
{
  g_autoptr(GString) input = g_string_new ("name,compensation,agreement,brands,exclusivity,"
                                           "audience,content,customer,effort,notoriety,"
                                           "platforms\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  CrRoster *roster = cr_roster_new ();

  for (guint i = 0; i < n; i++)
    g_string_append_printf (input, "creator %u,%s,per-campaign,many,yes,100k-1m,create,no,"
                            "job,niche,%s\n", i, i % 3 ? "per-campaign" : "none",
                            i % 2 ? "instagram" : "none");
  bytes = g_string_free_to_bytes (g_steal_pointer (&input));
  stream = g_memory_input_stream_new_from_bytes (bytes);

  cr_roster_load_async (roster, stream, CR_ROSTER_FORMAT_CSV, 0, NULL, store_result_cb,
                        &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cr_roster_load_finish (roster, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, n);

  return roster;
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      data)
{
  GError **error = data;

  if (cr_roster_save_finish (CR_ROSTER (object), result, error))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NONE, "done");
}

/* Edits @session's creator as its window would: a new name, which the
 * creator's old one is freed for, and another answer to the first
 * question. */
static void
edit (CrSession *session,
      guint      round)
{
  CrAnswers *answers = cr_session_get_answers (session);
  g_autofree char *name = g_strdup_printf ("edited %u", round);

  cr_answers_set_name (answers, name);
  cr_answers_set_choice (answers, 0, round % 2);
}

/* The lines of @text. Not g_strsplit(): each strstr() it calls is checked
 * by AddressSanitizer over all the text left, which makes splitting a
 * file of many lines quadratic there. */
static char **
lines_of (const char *text)
{
  return g_strsplit_set (text, "\n", -1);
}

static char **
rows_of (CrRoster *roster)
{
  g_autofree char *data = cr_roster_to_data (roster, CR_ROSTER_FORMAT_CSV, NULL, NULL);

  return lines_of (data);
}

static void
test_export_while_editing (void)
{
  g_autoptr(CrRoster) roster = load_roster (N_ROWS);
  g_autofree char *dir = g_dir_make_tmp ("cr-roster-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "results.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) edited = g_hash_table_new (NULL, NULL);
  g_auto(GStrv) before = rows_of (roster);
  g_auto(GStrv) after = NULL;
  g_auto(GStrv) written = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint edits_during = 0;
  guint round = 0;
  guint n_old = 0;
  guint n_new = 0;
  guint n_landed = 0;

  /* Creators opened as windows open them, edited while the export runs:
   * the last row's before it is made, so that it must be written edited. */
  for (guint i = 0; i < 8; i++)
    {
      /* The last row, rows anywhere, and early rows, edited late. */
      guint position = i == 0 ? N_ROWS - 1
                     : i < 4 ? (guint) g_rand_int_range (rand, 0, N_ROWS)
                     : (guint) g_rand_int_range (rand, 0, N_ROWS / 100);
      g_autoptr(CrCreator) creator = g_list_model_get_item (G_LIST_MODEL (roster), position);

      g_ptr_array_add (sessions, cr_session_new_for_creator (creator));
      g_hash_table_add (edited, GUINT_TO_POINTER (position + 1));
    }

  cr_roster_save_async (roster, file, CR_ROSTER_FORMAT_CSV, NULL, save_done_cb, &error);
  edit (g_ptr_array_index (sessions, 0), round++);

  while (error == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      if (error == NULL)
        {
          /* The early rows' creators (the first 1,000) from the fourth
           * turn on: the rows are made 8 ms a turn, thousands of them,
           * so the export is past them by then. */
          guint n_editing = edits_during < 3 ? 4 : sessions->len;

          edit (g_ptr_array_index (sessions, round % n_editing), round);
          round++;
          edits_during++;
        }
    }
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);
  /* The export took several turns of the main loop, each with an edit,
   * the early rows' among them: 100,000 rows take about 17 on two cores
   * of 2026, more under the sanitizers. */
  g_assert_cmpuint (edits_during, >=, 4);

  after = rows_of (roster);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  written = lines_of (contents);
  g_assert_cmpuint (g_strv_length (written), ==, N_ROWS + 2);
  g_assert_cmpstr (written[0], ==, before[0]);
  g_assert_cmpstr (written[N_ROWS + 1], ==, "");

  for (guint i = 1; i <= N_ROWS; i++)
    {
      if (!g_hash_table_contains (edited, GUINT_TO_POINTER (i)))
        {
          /* Untouched: as it was, which is also as it is. */
          if (g_strcmp0 (written[i], before[i]) != 0)
            g_error ("row %u changed: %s", i + 1, written[i]);
          continue;
        }

      /* Whole: the row of one moment of the creator. Its final state is
       * one of them; an earlier edit's is "edited N" with its answer. */
      if (g_str_equal (written[i], before[i]))
        n_old++;
      else
        {
          char *end = NULL;
          guint64 edit_round;

          g_assert_true (g_str_has_prefix (written[i], "edited "));
          g_assert_cmpuint (strlen (written[i]), >, strlen ("edited 1,none,"));
          edit_round = g_ascii_strtoull (written[i] + strlen ("edited "), &end, 10);
          g_assert_cmpint (*end, ==, ',');
          g_assert_cmpuint (edit_round, <, round);
          if (g_str_equal (written[i], after[i]))
            n_new++;
          /* Made by an edit of the loop, while the export ran. */
          if (edit_round >= 1)
            n_landed++;
        }
    }
  /* The last row was made after its creator changed. */
  g_assert_true (g_str_has_prefix (written[N_ROWS], "edited "));
  g_assert_cmpuint (n_new + n_old, >=, 1);
  /* The export was still making rows when edits came: an edited row
   * holds one made after it started. */
  g_assert_cmpuint (n_landed, >=, 1);
  g_test_message ("%u rows, %u edits while exporting; of the edited rows, %u as before, %u as "
                  "last, %u from an edit during the export", N_ROWS, edits_during, n_old, n_new,
                  n_landed);

  /* Nothing left beside the file. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/roster-export/while-editing", test_export_while_editing);

  return g_test_run ();
}
