/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-roster-summary.c: what a roster adds up to, as it loads and as its
 * creators are edited, and the summary sheet of its XLSX export
 *
 * The figures are those a client is shown: the creators of each verdict,
 * the close calls, the creators with questions unanswered, the names on
 * more than one row, compared as a person reads them, and what a row
 * whose name is on another row says.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cr-roster.h"
#include "cr-roster-summary.h"
#include "cr-test-profiles.h"

#if HAVE_FREEXL
#include <freexl.h>
#endif

/* Ten rows: lines 2 to 11 of the file. */
static const CrTestRosterRow rows[] = {
  { "Zoé Martin", "full-time-creator" },       /* 2: influencer */
  { "ada", "loyal-fan" },                      /* 3: ambassador */
  { "Bea Star", "face-of-the-brand" },         /* 4: contracted ambassador */
  { "Cy", "no-brand-at-all" },                 /* 5: neither */
  { "Dee", "paid-small-relayer" },             /* 6: a close call */
  { "Eve", "nothing-answered" },               /* 7: no verdict, unanswered */
  { "  ZOÉ   MARTIN ", "full-time-creator" },  /* 8: Zoé Martin again */
  { "Zoe\u0301 martin", "contract-only" },     /* 9: and again, unanswered */
  { "", "one-brand-only" },                    /* 10: no name, unanswered */
  { NULL, "nothing-answered" },                /* 11: no name, unanswered */
};

static char *
make_csv (void)
{
  return cr_test_roster_csv (rows, G_N_ELEMENTS (rows));
}

static void
store_result_cb (GObject      *object G_GNUC_UNUSED,
                 GAsyncResult *result,
                 gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static CrRoster *
load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  CrRoster *roster = cr_roster_new ();

  cr_roster_load_async (roster, stream, CR_ROSTER_FORMAT_CSV, 0, NULL, store_result_cb,
                        &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cr_roster_load_finish (roster, result, &error));
  g_assert_no_error (error);

  return roster;
}

static CrCreator *
creator_at (CrRoster *roster,
            guint     i)
{
  CrCreator *creator = g_list_model_get_item (G_LIST_MODEL (roster), i);

  g_object_unref (creator);

  return creator;
}

/* Every figure as the summary's text says it. */
static char *
counts_text (CrRosterSummary *summary)
{
  CrRosterCounts counts;

  cr_roster_summary_get_counts (summary, &counts);

  return cr_roster_counts_dup_text (&counts);
}

#define TEXT_LOADED "10 creators\n" \
                    "Influencer: 2\n" \
                    "Brand ambassador: 2\n" \
                    "Contracted ambassador: 3\n" \
                    "Neither, yet: 1\n" \
                    "No verdict: 2\n" \
                    "Close calls: 2\n" \
                    "With unanswered questions: 4\n" \
                    "Names on more than one row: 1\n" \
                    "Rows whose name is on another row: 3"

static void
count_notify_cb (GObject    *object G_GNUC_UNUSED,
                 GParamSpec *pspec,
                 GString    *notified)
{
  g_string_append_printf (notified, "%s ", pspec->name);
}

/* The figures of a roster read, whether the summary is made before the
 * rows come or after; names compared without case, spaces or
 * composition; rows without a name apart. */
static void
test_counts (void)
{
  g_autofree char *csv = make_csv ();
  g_autoptr(CrRoster) roster = load_text (csv);
  g_autoptr(CrRosterSummary) summary = cr_roster_summary_new (G_LIST_MODEL (roster));
  g_autoptr(CrRosterSummary) early = cr_roster_summary_new (NULL);
  g_autoptr(CrRoster) empty = cr_roster_new ();
  g_autofree char *text = counts_text (summary);
  g_autofree char *same = NULL;
  guint64 lines[4];

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, 10);
  g_assert_cmpstr (text, ==, TEXT_LOADED);
  g_assert_cmpuint (cr_roster_summary_get_total (summary), ==, 10);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_NAMES), ==,
                    1);

  /* Each row whose name another has says the first other line, and how
   * many more. */
  g_assert_cmpuint (cr_roster_summary_get_same_name (summary, creator_at (roster, 0), lines, 4),
                    ==, 2);
  g_assert_cmpuint (lines[0], ==, 8);
  g_assert_cmpuint (lines[1], ==, 9);
  same = cr_roster_summary_dup_same_name_text (summary, creator_at (roster, 0));
  g_assert_cmpstr (same, ==, "Name also on line 8 and 1 more row");
  g_clear_pointer (&same, g_free);
  same = cr_roster_summary_dup_same_name_text (summary, creator_at (roster, 7));
  g_assert_cmpstr (same, ==, "Name also on line 2 and 1 more row");
  g_clear_pointer (&same, g_free);
  for (guint i = 1; i < 6; i++)
    g_assert_null (cr_roster_summary_dup_same_name_text (summary, creator_at (roster, i)));
  /* Two rows without a name are not one name. */
  g_assert_null (cr_roster_summary_dup_same_name_text (summary, creator_at (roster, 8)));
  g_assert_null (cr_roster_summary_dup_same_name_text (summary, creator_at (roster, 9)));

  /* Made empty, then given the roster: the same figures. */
  cr_roster_summary_set_model (early, G_LIST_MODEL (empty));
  g_clear_pointer (&text, g_free);
  text = counts_text (early);
  g_assert_cmpstr (text, ==, "0 creators\nInfluencer: 0\nBrand ambassador: 0\n"
                             "Contracted ambassador: 0\nNeither, yet: 0\nNo verdict: 0\n"
                             "Close calls: 0\nWith unanswered questions: 0\n"
                             "Names on more than one row: 0\n"
                             "Rows whose name is on another row: 0");
  cr_roster_summary_set_model (early, G_LIST_MODEL (roster));
  g_clear_pointer (&text, g_free);
  text = counts_text (early);
  g_assert_cmpstr (text, ==, TEXT_LOADED);

  g_assert_cmpstr (cr_roster_count_to_id (CR_ROSTER_COUNT_CLOSE_CALLS), ==, "close-calls");
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The properties notified since the last call, in alphabetical order. */
static char *
take_notified (GString *notified)
{
  g_auto(GStrv) names = g_strsplit (g_strstrip (notified->str), " ", -1);
  guint n = g_strv_length (names);

  qsort (names, n, sizeof (char *), compare_names);
  g_string_truncate (notified, 0);

  return g_strjoinv (" ", names);
}

/* The rows appended one at a time, as a roster does while it loads: each
 * figure follows, and is notified only when it changes. */
static void
test_appended (void)
{
  g_autofree char *csv = make_csv ();
  g_autoptr(CrRoster) source = load_text (csv);
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autoptr(CrRosterSummary) summary = cr_roster_summary_new (G_LIST_MODEL (roster));
  g_autoptr(GString) notified = g_string_new (NULL);
  g_autofree char *text = NULL;

  g_signal_connect (summary, "notify", G_CALLBACK (count_notify_cb), notified);
  cr_roster_append (roster, creator_at (source, 0));
  text = take_notified (notified);
  g_assert_cmpstr (text, ==, "influencer total");
  g_clear_pointer (&text, g_free);
  cr_roster_append (roster, creator_at (source, 6));
  text = take_notified (notified);
  g_assert_cmpstr (text, ==, "duplicate-names duplicate-rows influencer revision total");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_ROWS), ==, 2);

  for (guint i = 1; i < 10; i++)
    if (i != 6)
      cr_roster_append (roster, creator_at (source, i));
  text = counts_text (summary);
  g_assert_cmpstr (text, ==, TEXT_LOADED);
}

/* A creator edited, as its own window edits it: answers that change its
 * verdict, a name that another row has, then one no other row has. */
static void
test_edited (void)
{
  g_autofree char *csv = make_csv ();
  g_autoptr(CrRoster) roster = load_text (csv);
  g_autoptr(CrRosterSummary) summary = cr_roster_summary_new (G_LIST_MODEL (roster));
  g_autoptr(GString) notified = g_string_new (NULL);
  CrCreator *eve = creator_at (roster, 5);
  g_autoptr(CrAnswers) answers = cr_test_answers_new (cr_test_profile_answers ("loyal-fan"));
  g_autofree char *text = NULL;
  g_autofree char *same = NULL;

  g_signal_connect (summary, "notify", G_CALLBACK (count_notify_cb), notified);

  cr_answers_set_name (answers, "Eve");
  cr_creator_set_answers (eve, answers);
  g_assert_cmpint (cr_creator_get_role (eve), ==, CR_ROLE_AMBASSADOR);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_AMBASSADOR), ==, 3);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_UNDECIDED), ==, 1);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_INCOMPLETE), ==, 3);
  g_assert_nonnull (strstr (notified->str, "ambassador "));
  g_assert_nonnull (strstr (notified->str, "undecided "));
  g_assert_nonnull (strstr (notified->str, "incomplete "));
  g_assert_null (strstr (notified->str, "revision"));

  /* Renamed after row 3's “ada”, in capitals. */
  cr_answers_set_name (answers, "ADA");
  cr_creator_set_answers (eve, answers);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_NAMES), ==, 2);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_ROWS), ==, 5);
  same = cr_roster_summary_dup_same_name_text (summary, creator_at (roster, 1));
  g_assert_cmpstr (same, ==, "Name also on line 7");
  g_clear_pointer (&same, g_free);
  same = cr_roster_summary_dup_same_name_text (summary, eve);
  g_assert_cmpstr (same, ==, "Name also on line 3");
  g_clear_pointer (&same, g_free);

  /* And again a name of its own. */
  cr_answers_set_name (answers, "Eve Adams");
  cr_creator_set_answers (eve, answers);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_NAMES), ==, 1);
  g_assert_null (cr_roster_summary_dup_same_name_text (summary, creator_at (roster, 1)));
  text = counts_text (summary);
  g_assert_cmpstr (text, ==, "10 creators\n"
                             "Influencer: 2\n"
                             "Brand ambassador: 3\n"
                             "Contracted ambassador: 3\n"
                             "Neither, yet: 1\n"
                             "No verdict: 1\n"
                             "Close calls: 2\n"
                             "With unanswered questions: 3\n"
                             "Names on more than one row: 1\n"
                             "Rows whose name is on another row: 3");
}

/* A model that is no roster: its creators' changes are followed too. */
static void
test_list_store (void)
{
  g_autofree char *csv = make_csv ();
  g_autoptr(CrRoster) source = load_text (csv);
  g_autoptr(GListStore) store = g_list_store_new (CR_TYPE_CREATOR);
  g_autoptr(CrRosterSummary) summary = cr_roster_summary_new (G_LIST_MODEL (store));
  g_autoptr(CrAnswers) answers = NULL;

  g_list_store_append (store, creator_at (source, 0));
  g_list_store_append (store, creator_at (source, 1));
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_NAMES), ==, 0);

  answers = cr_creator_dup_answers (creator_at (source, 1));
  cr_answers_set_name (answers, "ZOE\u0301 MARTIN");
  cr_creator_set_answers (creator_at (source, 1), answers);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_NAMES), ==, 1);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_ROWS), ==, 2);

  g_list_store_remove (store, 0);
  g_assert_cmpuint (cr_roster_summary_get_total (summary), ==, 1);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_DUPLICATE_NAMES), ==, 0);
  g_assert_cmpuint (cr_roster_summary_get_count (summary, CR_ROSTER_COUNT_AMBASSADOR), ==, 1);
}

/* Names as a person reads them. */
static void
test_name_key (void)
{
  g_autofree char *a = cr_roster_name_dup_key ("Zoé Martin");
  g_autofree char *b = cr_roster_name_dup_key ("\tZOE\u0301 \u00a0 martin ");
  g_autofree char *c = cr_roster_name_dup_key ("Zoe Martin");
  g_autofree char *d = cr_roster_name_dup_key ("Stra\u00dfe");
  g_autofree char *e = cr_roster_name_dup_key ("STRASSE");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (d, ==, e);
  g_assert_null (cr_roster_name_dup_key (NULL));
  g_assert_null (cr_roster_name_dup_key (" \t "));
}

#if HAVE_FREEXL && HAVE_XLSXWRITER
static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      data)
{
  GError **error = data;

  if (cr_roster_save_finish (CR_ROSTER (object), result, error))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NONE, "done");
}

/* The XLSX export with its summary, read back as a spreadsheet shows
 * it: the roster's sheet first, then "Summary", a row a figure, its
 * words, its number, its id. */
static void
test_xlsx_summary (void)
{
  g_autofree char *csv = make_csv ();
  g_autoptr(CrRoster) roster = load_text (csv);
  g_autoptr(CrRosterSummary) summary = cr_roster_summary_new (G_LIST_MODEL (roster));
  g_autofree char *dir = g_dir_make_tmp ("cr-summary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "export.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CrRosterSummarySheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) cells = g_string_new (NULL);
  CrRosterCounts counts;
  const void *handle = NULL;
  const char *name = NULL;
  unsigned int n_sheets, n_rows;
  unsigned short n_columns;

  cr_roster_summary_get_counts (summary, &counts);
  sheet = cr_roster_summary_sheet_new (&counts, NULL);
  cr_roster_save_with_summary_async (roster, file, CR_ROSTER_FORMAT_XLSX, sheet, NULL,
                                     save_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);

  g_assert_cmpint (freexl_open_xlsx (path, &handle), ==, FREEXL_OK);
  g_assert_cmpint (freexl_get_worksheets_count (handle, &n_sheets), ==, FREEXL_OK);
  g_assert_cmpuint (n_sheets, ==, 2);
  g_assert_cmpint (freexl_get_worksheet_name (handle, 0, &name), ==, FREEXL_OK);
  g_assert_cmpstr (name, ==, "Roster");
  g_assert_cmpint (freexl_get_worksheet_name (handle, 1, &name), ==, FREEXL_OK);
  g_assert_cmpstr (name, ==, "Summary");
  g_assert_cmpint (freexl_select_active_worksheet (handle, 1), ==, FREEXL_OK);
  g_assert_cmpint (freexl_worksheet_dimensions (handle, &n_rows, &n_columns), ==, FREEXL_OK);
  g_assert_cmpuint (n_rows, ==, 1 + CR_ROSTER_N_COUNTS);
  g_assert_cmpuint (n_columns, ==, 3);
  for (guint row = 0; row < n_rows; row++)
    {
      for (guint column = 0; column < n_columns; column++)
        {
          g_autofree char *text = cr_test_xlsx_cell_text (handle, row, column);

          g_string_append_printf (cells, column > 0 ? "|%s" : "%s", text);
        }
      g_string_append_c (cells, '\n');
    }
  freexl_close (handle);

  g_assert_cmpstr (cells->str, ==,
                   "Creators|10|total\n"
                   "Influencer|2|influencer\n"
                   "Brand ambassador|2|ambassador\n"
                   "Contracted ambassador|3|contracted-ambassador\n"
                   "Neither, yet|1|none\n"
                   "No verdict|2|undecided\n"
                   "Close calls|2|close-calls\n"
                   "With unanswered questions|4|incomplete\n"
                   "Names on more than one row|1|duplicate-names\n"
                   "Rows whose name is on another row|3|duplicate-rows\n");

  g_unlink (path);
  g_rmdir (dir);
}
#endif

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/roster-summary/counts", test_counts);
  g_test_add_func ("/model/roster-summary/appended", test_appended);
  g_test_add_func ("/model/roster-summary/edited", test_edited);
  g_test_add_func ("/model/roster-summary/list-store", test_list_store);
  g_test_add_func ("/model/roster-summary/name-key", test_name_key);
#if HAVE_FREEXL && HAVE_XLSXWRITER
  g_test_add_func ("/model/roster-summary/xlsx", test_xlsx_summary);
#endif

  return g_test_run ();
}
