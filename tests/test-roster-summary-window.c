/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-roster-summary-window.c: the roster window's summary, as a person
 * sees and hears it
 *
 * The pane's figures after a roster is read and after a creator is
 * edited in its own window; what a screen reader hears of the chart; the
 * mark of a name on more than one row, on the right rows, and the filter
 * that shows only them; the summary in the XLSX export's second sheet and
 * in the PDF the pane exports; the pane on a phone and in Arabic.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cr-application.h"
#include "cr-i18n.h"
#include "cr-roster-summary-pane.h"
#include "cr-roster-window.h"
#include "cr-session.h"
#include "cr-test-profiles.h"
#include "cr-test-window.h"

#if HAVE_FREEXL
#include <freexl.h>
#endif

static CrApplication *app;
static char *tmpdir;

/* Ten rows, lines 2 to 11. */
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

#define FIGURES_LOADED "Influencer=2 Brand ambassador=2 Contracted ambassador=3 " \
                       "Neither, yet=1 No verdict=2 Close calls=2 " \
                       "With unanswered questions=4 Names on more than one row=1 " \
                       "Rows whose name is on another row=3"

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

static char *
make_csv (void)
{
  return cr_test_roster_csv (rows, G_N_ELEMENTS (rows));
}

static gpointer
template_child (CrRosterWindow *window,
                const char     *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), CR_TYPE_ROSTER_WINDOW,
                                                   name);

  g_assert_nonnull (object);

  return object;
}

static gpointer
pane_child (CrRosterWindow *window,
            const char     *name)
{
  GObject *object = gtk_widget_get_template_child (template_child (window, "summary_pane"),
                                                   CR_TYPE_ROSTER_SUMMARY_PANE, name);

  g_assert_nonnull (object);

  return object;
}

static void
wait_not_busy (CrRosterWindow *window)
{
  while (cr_roster_window_get_busy (window))
    g_main_context_iteration (NULL, TRUE);
  wait_idle ();
}

static CrRosterWindow *
open_window (int width)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_load_stream (window, stream, CR_ROSTER_FORMAT_CSV, (goffset) strlen (csv),
                                "agency.csv");
  wait_not_busy (window);

  return window;
}

static void
close_window (CrRosterWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
}

/* The figures the pane's rows show, "words=number" each, in order. */
static char *
pane_figures (CrRosterWindow *window)
{
  g_autoptr(GPtrArray) found = cr_test_find_all (pane_child (window, "counts_list"),
                                                 ADW_TYPE_ACTION_ROW);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (found, i);
      g_autoptr(GPtrArray) labels = cr_test_find_all (GTK_WIDGET (row), GTK_TYPE_LABEL);
      const char *value = NULL;

      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row)));
      /* The number is the row's suffix: its last label. */
      for (guint l = 0; l < labels->len; l++)
        if (gtk_widget_get_visible (g_ptr_array_index (labels, l)))
          value = gtk_label_get_text (g_ptr_array_index (labels, l));
      g_string_append_printf (text, "%s%s=%s", i > 0 ? " " : "",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), value);
    }

  return g_string_free (text, FALSE);
}

static const char *
total_text (CrRosterWindow *window)
{
  return gtk_label_get_text (pane_child (window, "total_label"));
}

static GtkWidget *
chart (CrRosterWindow *window)
{
  return pane_child (window, "chart_area");
}

/* The creators the table shows, in its order. */
static GListModel *
shown_model (CrRosterWindow *window)
{
  GtkColumnView *view = template_child (window, "column_view");
  GtkSelectionModel *selection = gtk_column_view_get_model (view);

  return gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));
}

static CrCreator *
shown (CrRosterWindow *window,
       guint           i)
{
  CrCreator *creator = g_list_model_get_item (shown_model (window), i);

  g_object_unref (creator);

  return creator;
}

static CrWindow *
find_creator_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data) && cr_session_get_creator (cr_window_get_session (l->data)) != NULL)
      return l->data;

  return NULL;
}

/* The pane shows the roster's figures, in words and in the chart, whose
 * accessible name and description say them too. */
static void
test_pane (void)
{
  CrRosterWindow *window = open_window (1280);
  g_autofree char *figures = pane_figures (window);

  g_assert_true (adw_overlay_split_view_get_show_sidebar (template_child (window,
                                                                          "summary_split")));
  g_assert_false (adw_overlay_split_view_get_collapsed (template_child (window,
                                                                        "summary_split")));
  g_assert_true (gtk_widget_get_mapped (chart (window)));
  g_assert_cmpstr (gtk_label_get_text (pane_child (window, "heading_label")), ==, "Summary");
  g_assert_cmpstr (total_text (window), ==, "10 creators");
  g_assert_cmpstr (figures, ==, FIGURES_LOADED);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart (window)), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart (window)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Chart of the roster’s summary");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart (window)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, TEXT_LOADED);
  /* The chart is drawn, as wide as the pane. */
  g_assert_cmpint (gtk_widget_get_width (chart (window)), >=, 240);
  g_assert_cmpint (gtk_widget_get_height (chart (window)), >=, 300);

  /* The toggle hides it, and shows it again. */
  gtk_toggle_button_set_active (template_child (window, "summary_toggle"), FALSE);
  wait_idle ();
  g_assert_false (adw_overlay_split_view_get_show_sidebar (template_child (window,
                                                                           "summary_split")));
  gtk_toggle_button_set_active (template_child (window, "summary_toggle"), TRUE);
  wait_idle ();
  g_assert_true (adw_overlay_split_view_get_show_sidebar (template_child (window,
                                                                          "summary_split")));

  close_window (window);
}

/* A creator edited in its own window: the pane, the chart's words and the
 * marks follow. */
static void
test_edited (void)
{
  CrRosterWindow *window = open_window (1280);
  GtkColumnView *view = template_child (window, "column_view");
  CrWindow *creator_window;
  g_autofree char *figures = NULL;

  /* Eve, on line 7: nothing answered. */
  g_assert_cmpstr (cr_creator_get_name (shown (window, 5)), ==, "Eve");
  g_signal_emit_by_name (view, "activate", 5);
  wait_idle ();
  creator_window = find_creator_window ();
  g_assert_nonnull (creator_window);
  click (creator_window, "win.edit");
  {
    g_autoptr(CrAnswers) fan = cr_test_answers_new (cr_test_profile_answers ("loyal-fan"));

    cr_answers_set_name (fan, "Eve");
    cr_answers_assign (cr_test_answers (creator_window), fan);
  }
  wait_idle ();

  figures = pane_figures (window);
  g_assert_cmpstr (figures, ==,
                   "Influencer=2 Brand ambassador=3 Contracted ambassador=3 Neither, yet=1 "
                   "No verdict=1 Close calls=2 With unanswered questions=3 "
                   "Names on more than one row=1 Rows whose name is on another row=3");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart (window)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "10 creators\nInfluencer: 2\nBrand ambassador: 3\n"
                                       "Contracted ambassador: 3\nNeither, yet: 1\n"
                                       "No verdict: 1\nClose calls: 2\n"
                                       "With unanswered questions: 3\n"
                                       "Names on more than one row: 1\n"
                                       "Rows whose name is on another row: 3");

  /* Renamed after row 3, in capitals: one more name on two rows. */
  {
    g_autoptr(CrAnswers) renamed = cr_answers_copy (cr_test_answers (creator_window));

    cr_answers_set_name (renamed, "ADA");
    cr_answers_assign (cr_test_answers (creator_window), renamed);
  }
  wait_idle ();
  g_free (figures);
  figures = pane_figures (window);
  g_assert_nonnull (strstr (figures, "Names on more than one row=2 "
                                     "Rows whose name is on another row=5"));

  gtk_window_destroy (GTK_WINDOW (creator_window));
  wait_idle ();
  close_window (window);
}

/* A cell's widgets: GtkColumnViewCell up to GTK 4.10,
 * GtkColumnViewCellWidget since. */
static gboolean
is_cell (GtkWidget *widget)
{
  return g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "GtkColumnViewCell");
}

/* Each row the table shows: its name as shown, and what its mark says
 * ("-" for no mark), "name: mark" a line. */
static char *
table_marks (CrRosterWindow *window)
{
  GtkWidget *view = template_child (window, "column_view");
  GString *text = g_string_new (NULL);
  GtkWidget *list = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list = child;
  g_assert_nonnull (list);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *cell = gtk_widget_get_first_child (row);
      g_autoptr(GPtrArray) labels = NULL;
      g_autoptr(GPtrArray) images = NULL;
      GtkWidget *mark;

      if (cell == NULL || !is_cell (cell) || !gtk_widget_get_child_visible (row))
        continue;
      labels = cr_test_find_all (cell, GTK_TYPE_LABEL);
      images = cr_test_find_all (cell, GTK_TYPE_IMAGE);
      if (labels->len == 0)
        continue;
      g_assert_cmpuint (images->len, ==, 1);
      mark = g_ptr_array_index (images, 0);
      if (gtk_widget_get_visible (mark))
        {
          const char *tip = gtk_widget_get_tooltip_text (mark);

          /* Heard as it reads. */
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (mark),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL, tip);
          g_string_append_printf (text, "%s: %s\n",
                                  gtk_label_get_text (g_ptr_array_index (labels, 0)), tip);
        }
      else
        g_string_append_printf (text, "%s: -\n",
                                gtk_label_get_text (g_ptr_array_index (labels, 0)));
    }

  return g_string_free (text, FALSE);
}

/* The rows whose name another row has are marked, with the line, and the
 * filter shows only them. */
static void
test_marks (void)
{
  CrRosterWindow *window = open_window (1280);
  g_autofree char *marks = table_marks (window);

  g_assert_cmpstr (marks, ==,
                   "Zoé Martin: Name also on line 8 and 1 more row\n"
                   "ada: -\n"
                   "Bea Star: -\n"
                   "Cy: -\n"
                   "Dee: -\n"
                   "Eve: -\n"
                   "ZOÉ MARTIN: Name also on line 2 and 1 more row\n"
                   "Zoe\u0301 martin: Name also on line 2 and 1 more row\n"
                   "No name (line 10): -\n"
                   "No name (line 11): -\n");

  gtk_test_accessible_assert_property (template_child (window, "duplicates_toggle"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Names on more than one row");
  gtk_toggle_button_set_active (template_child (window, "duplicates_toggle"), TRUE);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown_model (window)), ==, 3);
  g_free (marks);
  marks = table_marks (window);
  g_assert_cmpstr (marks, ==,
                   "Zoé Martin: Name also on line 8 and 1 more row\n"
                   "ZOÉ MARTIN: Name also on line 2 and 1 more row\n"
                   "Zoe\u0301 martin: Name also on line 2 and 1 more row\n");

  /* Renamed, a row leaves them. */
  {
    g_autoptr(CrAnswers) answers = cr_creator_dup_answers (shown (window, 2));

    cr_answers_set_name (answers, "Zoe Martin");
    cr_creator_set_answers (shown (window, 2), answers);
  }
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown_model (window)), ==, 2);
  g_free (marks);
  marks = table_marks (window);
  g_assert_cmpstr (marks, ==,
                   "Zoé Martin: Name also on line 8\n"
                   "ZOÉ MARTIN: Name also on line 2\n");

  gtk_toggle_button_set_active (template_child (window, "duplicates_toggle"), FALSE);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown_model (window)), ==, 10);
  close_window (window);
}

#if HAVE_FREEXL && HAVE_XLSXWRITER
/* The Summary sheet of the workbook at @path: "words|number|id" a row. */
static char *
summary_sheet (const char *path)
{
  GString *cells = g_string_new (NULL);
  const void *handle = NULL;
  const char *name = NULL;
  unsigned int n_sheets, n_rows;
  unsigned short n_columns;

  g_assert_cmpint (freexl_open_xlsx (path, &handle), ==, FREEXL_OK);
  g_assert_cmpint (freexl_get_worksheets_count (handle, &n_sheets), ==, FREEXL_OK);
  g_assert_cmpuint (n_sheets, ==, 2);
  g_assert_cmpint (freexl_get_worksheet_name (handle, 1, &name), ==, FREEXL_OK);
  g_assert_cmpstr (name, ==, "Summary");
  g_assert_cmpint (freexl_select_active_worksheet (handle, 1), ==, FREEXL_OK);
  g_assert_cmpint (freexl_worksheet_dimensions (handle, &n_rows, &n_columns), ==, FREEXL_OK);
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

  return g_string_free (cells, FALSE);
}

/* The window's XLSX export has the summary as its second sheet, its
 * figures as cells and the chart as a PNG image in it; an export of the
 * rows shown, the summary of those rows. */
static void
test_export_xlsx (void)
{
  CrRosterWindow *window = open_window (1280);
  g_autofree char *path = g_build_filename (tmpdir, "agency.xlsx", NULL);
  g_autofree char *shown_path = g_build_filename (tmpdir, "agency-shown.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) shown_file = g_file_new_for_path (shown_path);
  g_autofree char *cells = NULL;
  g_autofree char *media = NULL;

  cr_roster_window_export (window, file, CR_ROSTER_FORMAT_XLSX);
  wait_not_busy (window);

  cells = summary_sheet (path);
  g_assert_cmpstr (cells, ==,
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

  /* The chart is a PNG image of the workbook, drawn on the second sheet. */
  {
    const char *argv[] = {
      "python3", "-c",
      "import sys, zipfile\n"
      "z = zipfile.ZipFile(sys.argv[1])\n"
      "for n in sorted(z.namelist()):\n"
      "    if n.startswith('xl/media/') or n.startswith('xl/drawings/drawing'):\n"
      "        print(n, z.read(n)[:8] == b'\\x89PNG\\r\\n\\x1a\\n')\n"
      "print('sheet2 drawing', b'<drawing' in z.read('xl/worksheets/sheet2.xml'))\n"
      "print('sheet1 drawing', b'<drawing' in z.read('xl/worksheets/sheet1.xml'))\n",
      path, NULL
    };

    media = cr_test_run_tool (argv);
  }
  g_assert_cmpstr (media, ==,
                   "xl/drawings/drawing1.xml False\n"
                   "xl/media/image1.png True\n"
                   "sheet2 drawing True\n"
                   "sheet1 drawing False\n");

  /* Only the names on more than one row shown, and exported. */
  gtk_toggle_button_set_active (template_child (window, "duplicates_toggle"), TRUE);
  wait_idle ();
  cr_roster_window_export_shown (window, shown_file, CR_ROSTER_FORMAT_XLSX);
  wait_not_busy (window);
  g_free (cells);
  cells = summary_sheet (shown_path);
  g_assert_cmpstr (cells, ==,
                   "Creators|3|total\n"
                   "Influencer|2|influencer\n"
                   "Brand ambassador|0|ambassador\n"
                   "Contracted ambassador|1|contracted-ambassador\n"
                   "Neither, yet|0|none\n"
                   "No verdict|0|undecided\n"
                   "Close calls|0|close-calls\n"
                   "With unanswered questions|1|incomplete\n"
                   "Names on more than one row|1|duplicate-names\n"
                   "Rows whose name is on another row|3|duplicate-rows\n");

  g_unlink (path);
  g_unlink (shown_path);
  close_window (window);
}
#endif

/* Export Summary as PDF…: a file dialog in the roster's folder offering
 * a name after the roster's, then one page with every figure. */
static void
test_export_pdf (void)
{
  g_autofree char *csv = make_csv ();
  g_autofree char *roster_path = cr_test_write_file (tmpdir, "agency.csv", csv, -1);
  g_autoptr(GFile) roster_file = g_file_new_for_path (roster_path);
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  g_autofree char *path = g_build_filename (tmpdir, "client.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  GtkWindow *chooser;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_open (window, roster_file);
  wait_not_busy (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-summary", "s",
                                             "pdf"));
  cr_test_wait_for (cr_test_find_file_chooser (GTK_WINDOW (window)) != NULL);
  chooser = cr_test_find_file_chooser (GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  g_assert_true (cr_test_file_chooser_is_saving (chooser));
  {
    g_autofree char *name = cr_test_file_chooser_get_name (chooser);

    g_autoptr(GFile) offered = cr_test_file_chooser_get_folder (chooser);

    /* Beside the roster, named after it. */
    g_assert_cmpstr (name, ==, "agency-summary.pdf");
    g_assert_true (g_file_equal (offered, folder));
  }
  cr_test_file_chooser_accept (chooser, folder, "client.pdf");
  cr_test_wait_for (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  {
    const char *argv[] = { "pdfinfo", path, NULL };

    info = cr_test_run_tool (argv);
  }
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

    text = cr_test_run_tool (argv);
  }
  g_assert_nonnull (strstr (text, "Roster Summary"));
  g_assert_nonnull (strstr (text, "agency.csv · "));
  g_assert_nonnull (strstr (text, "10 creators\n"));
  g_assert_nonnull (strstr (text, "Influencer: 2\n"));
  g_assert_nonnull (strstr (text, "Contracted ambassador: 3\n"));
  g_assert_nonnull (strstr (text, "Close calls: 2\n"));
  g_assert_nonnull (strstr (text, "With unanswered questions: 4\n"));
  g_assert_nonnull (strstr (text, "Names on more than one row: 1\n"));

  g_unlink (path);
  g_unlink (roster_path);
  close_window (window);
}

/* On a phone the summary is hidden, and slides over the table, within
 * the window, when shown (F9). */
static void
test_narrow (void)
{
  CrRosterWindow *window = open_window (360);
  AdwOverlaySplitView *split = template_child (window, "summary_split");
  g_autofree char *figures = NULL;

  cr_test_wait_for (adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (window))
                    != NULL);
  g_assert_true (adw_overlay_split_view_get_collapsed (split));
  g_assert_false (adw_overlay_split_view_get_show_sidebar (split));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  cr_test_send_keys (GTK_WINDOW (window), "F9");
  cr_test_wait_for (adw_overlay_split_view_get_show_sidebar (split));
  g_assert_true (adw_overlay_split_view_get_show_sidebar (split));
  cr_test_wait_for (gtk_widget_get_mapped (chart (window)));
  g_assert_true (gtk_widget_get_mapped (chart (window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (template_child (window, "summary_pane")), <=, 360);
  figures = pane_figures (window);
  g_assert_cmpstr (figures, ==, FIGURES_LOADED);

  close_window (window);
}

/* Switches language as the Language menu does. */
static void
choose_language (const char *code)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string (code));
  wait_idle ();
}

/* In Arabic, right to left: the pane's words and the chart's are Arabic. */
static void
test_arabic (void)
{
  CrRosterWindow *window = open_window (1280);
  g_autofree char *figures = NULL;

  choose_language ("ar");
  g_assert_cmpint (gtk_widget_get_direction (chart (window)), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpstr (gtk_label_get_text (pane_child (window, "heading_label")), ==, "الملخص");
  figures = pane_figures (window);
  g_assert_nonnull (strstr (figures, "نتائج متقاربة=2"));
  g_assert_nonnull (strstr (figures, "أسماء في أكثر من صف=1"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart (window)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "مخطط ملخص القائمة");
  {
    g_autofree char *marks = table_marks (window);

    g_assert_nonnull (strstr (marks, "الاسم موجود أيضًا في السطر 8"));
  }

  choose_language ("en");
  g_assert_cmpstr (gtk_label_get_text (pane_child (window, "heading_label")), ==, "Summary");
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  tmpdir = g_dir_make_tmp ("cr-roster-summary-XXXXXX", &error);
  g_assert_no_error (error);
  cr_test_window_init_english (&argc, &argv);
  app = cr_test_get_app ();

  g_test_add_func ("/roster-summary-window/pane", test_pane);
  g_test_add_func ("/roster-summary-window/edited", test_edited);
  g_test_add_func ("/roster-summary-window/marks", test_marks);
#if HAVE_FREEXL && HAVE_XLSXWRITER
  g_test_add_func ("/roster-summary-window/export-xlsx", test_export_xlsx);
#endif
  g_test_add_func ("/roster-summary-window/export-pdf", test_export_pdf);
  g_test_add_func ("/roster-summary-window/narrow", test_narrow);
  g_test_add_func ("/roster-summary-window/arabic", test_arabic);

  status = g_test_run ();

  cr_test_finish ();
  cr_test_remove_tree (tmpdir);

  return status;
}
