/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-roster-window.c: the roster window, driven as a user drives it
 *
 * Each test looks at what a person sees or hears: the rows the table
 * shows and in which order, the count under it, the notice above it, the
 * file an export writes, the window a row opens, the names a screen
 * reader reads.
 */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib-unix.h>
#include <glib/gstdio.h>

#include "cr-application.h"
#include "cr-i18n.h"
#include "cr-questionnaire.h"
#include "cr-window.h"
#include "cr-render.h"
#include "cr-result-page.h"
#include "cr-roster-columns-dialog.h"
#include "cr-roster-window.h"
#include "cr-recovery.h"
#include "cr-session.h"
#include "cr-share-bar.h"
#include "cr-test-profiles.h"
#include "cr-test-window.h"

static CrApplication *app;
static char *tmpdir;

/* Six creators: a verdict of each kind, a close call, one half answered. */
static const CrTestRosterRow rows[] = {
  { "Zoe", "full-time-creator" },      /* influencer */
  { "ada", "loyal-fan" },              /* ambassador */
  { "Bea Star", "face-of-the-brand" }, /* contracted ambassador */
  { "Cy", "no-brand-at-all" },         /* neither */
  { "Dee", "paid-small-relayer" },     /* a close call */
  { "Eve", "nothing-answered" },       /* nothing answered: no verdict */
};

static char *
make_csv (void)
{
  g_autofree char *csv = cr_test_roster_csv (rows, G_N_ELEMENTS (rows));

  /* And a row that cannot be read. */
  return g_strconcat (csv, "Bad,lots,,,,,,,,,,,,,,,,\n", NULL);
}

/* The window as a person finds it: its template's widgets by name, and
 * the models of what they show. */

static gpointer
template_child (CrRosterWindow *window,
                const char     *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), CR_TYPE_ROSTER_WINDOW,
                                                   name);

  g_assert_nonnull (object);

  return object;
}

static GtkColumnView *
column_view (CrRosterWindow *window)
{
  return GTK_COLUMN_VIEW (template_child (window, "column_view"));
}

static GtkColumnViewColumn *
column (CrRosterWindow *window,
        CrRosterColumn  index)
{
  GtkColumnViewColumn *found =
    g_list_model_get_item (gtk_column_view_get_columns (column_view (window)), index);

  g_assert_nonnull (found);

  /* The column view keeps its own reference. */
  g_object_unref (found);

  return found;
}

/* The creators the table shows, filtered and sorted as it shows them. */
static GListModel *
shown_model (CrRosterWindow *window)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (column_view (window));

  g_assert_true (GTK_IS_SINGLE_SELECTION (selection));

  return gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));
}

/* The roster under the table's sort and filters. */
static CrRoster *
roster_of (CrRosterWindow *window)
{
  GListModel *sorted = shown_model (window);
  GListModel *filtered;

  g_assert_true (GTK_IS_SORT_LIST_MODEL (sorted));
  filtered = gtk_sort_list_model_get_model (GTK_SORT_LIST_MODEL (sorted));
  g_assert_true (GTK_IS_FILTER_LIST_MODEL (filtered));

  return CR_ROSTER (gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (filtered)));
}

/* What the count under the table says. */
static const char *
count_text (CrRosterWindow *window)
{
  return gtk_label_get_text (GTK_LABEL (template_child (window, "count_label")));
}

/* What the notice above the table says, or NULL when it is not shown. */
static const char *
notice_text (CrRosterWindow *window)
{
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (window, "notice_revealer"))))
    return NULL;

  return gtk_label_get_text (GTK_LABEL (template_child (window, "notice_label")));
}

/* The rows listed in the notice, a GtkStringObject each. */
static GListModel *
problem_list (CrRosterWindow *window)
{
  GtkWidget *view = template_child (window, "problems_view");
  GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (view));

  return gtk_no_selection_get_model (GTK_NO_SELECTION (model));
}

/* What the window shows: "empty" (no roster), "table" or "no-match"
 * (every creator filtered out). */
static const char *
page_name (CrRosterWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (template_child (window, "stack")));
}

static void
wait_not_busy (CrRosterWindow *window)
{
  while (cr_roster_window_get_busy (window))
    g_main_context_iteration (NULL, TRUE);
  wait_idle ();
}

static CrRosterWindow *
open_window (const char *input)
{
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  g_autoptr(GBytes) bytes = g_bytes_new (input, strlen (input));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_load_stream (window, stream, CR_ROSTER_FORMAT_CSV, (goffset) strlen (input),
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

static CrCreator *
shown (CrRosterWindow *window,
       guint           i)
{
  CrCreator *creator = g_list_model_get_item (shown_model (window), i);

  /* The model keeps its own reference. */
  g_object_unref (creator);

  return creator;
}

/* A cell of the table: GtkColumnViewCell up to GTK 4.10,
 * GtkColumnViewCellWidget since, when GtkColumnViewCell became the public
 * list item. */
static gboolean
is_cell (GtkWidget *widget)
{
  return g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "GtkColumnViewCell");
}

/* The text of the labels in the cells of @column, top to bottom, as the
 * table shows them. */
static void
collect_cells (GtkWidget  *widget,
               GPtrArray  *texts,
               GtkWidget **bars)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* A name's label is in a box, beside the mark of a name on another
       * row. */
      if (GTK_IS_LABEL (child) &&
          (is_cell (widget) || (GTK_IS_BOX (widget) && is_cell (gtk_widget_get_parent (widget)))))
        g_ptr_array_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (child)));
      else if (CR_IS_SHARE_BAR (child) && bars != NULL && *bars == NULL)
        *bars = child;
      else
        collect_cells (child, texts, bars);
    }
}

/* The labels of the first row shown, left to right. */
static GPtrArray *
first_row_texts (CrRosterWindow *window)
{
  GtkWidget *view = GTK_WIDGET (column_view (window));
  GPtrArray *texts = g_ptr_array_new ();
  GtkWidget *list = NULL;

  /* The header's labels come first: skip to the list. */
  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list = child;
  g_assert_nonnull (list);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      collect_cells (row, texts, NULL);
      if (texts->len > 0)
        break;
    }

  return texts;
}

static gboolean
count_frame_cb (GtkWidget     *widget G_GNUC_UNUSED,
                GdkFrameClock *clock G_GNUC_UNUSED,
                gpointer       user_data)
{
  guint *frames = user_data;

  --*frames;
  return *frames > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Waits until @widget has been drawn @n more times: laid out as shown. */
static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  guint frames = n;

  gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);
  while (frames > 0)
    g_main_context_iteration (NULL, TRUE);
}

/* The name in the row at the top of @list, as the user sees it. */
static char *
top_row_name (GtkWidget *list)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  GtkWidget *row = gtk_widget_pick (list, 8, 2, GTK_PICK_DEFAULT);

  while (row != NULL && gtk_widget_get_parent (row) != list)
    row = gtk_widget_get_parent (row);
  g_assert_nonnull (row);
  collect_cells (row, texts, NULL);
  g_assert_cmpuint (texts->len, >, 0);

  return g_strdup (g_ptr_array_index (texts, 0));
}

/* The share bars of the first row shown, left to right. */
static GPtrArray *
share_bars (CrRosterWindow *window)
{
  GtkWidget *view = GTK_WIDGET (column_view (window));
  GPtrArray *bars = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        GtkWidget *row = gtk_widget_get_first_child (child);

        g_assert_nonnull (row);
        for (GtkWidget *cell = gtk_widget_get_first_child (row); cell != NULL;
             cell = gtk_widget_get_next_sibling (cell))
          if (CR_IS_SHARE_BAR (gtk_widget_get_first_child (cell)))
            g_ptr_array_add (bars, gtk_widget_get_first_child (cell));
      }

  return bars;
}

static GtkWidget *
first_visible_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
      return child;

  return NULL;
}

/* The row of make_csv() that cannot be read, as the window says it. */
#define PROBLEM "Row 8: The answer “lots” to “Are you paid for promoting brands?” is not one " \
                "of its options: “Never”, “Free products or gifts only”, “Paid per post or " \
                "campaign”, “A regular fee under a long-term agreement”. In column B, write " \
                "the id of one of them: none, gifts, per-campaign, retainer."
#define PROBLEM_FR "Ligne 8 : La réponse «\u00a0lots\u00a0» à «\u00a0Êtes-vous rémunéré " \
                   "pour promouvoir des marques\u202f?\u00a0» ne fait pas partie de ses " \
                   "options\u00a0: «\u00a0Jamais\u00a0», «\u00a0Uniquement des produits " \
                   "gratuits ou des cadeaux\u00a0», «\u00a0Rémunération à la publication ou à " \
                   "la campagne\u00a0», «\u00a0Une rémunération régulière dans le cadre d’un " \
                   "contrat de longue durée\u00a0». Dans la colonne B, écrivez l’identifiant de " \
                   "l’une d’elles\u00a0: none, gifts, per-campaign, retainer."
#define PROBLEM_AR "الصف 8: الإجابة «lots» عن «هل تتقاضى أجرًا مقابل الترويج للعلامات " \
                   "التجارية؟» ليست من خياراته: «أبدًا»، «منتجات مجانية أو هدايا فقط»، «أجر عن " \
                   "كل منشور أو حملة»، «أجر منتظم بموجب عقد طويل الأمد». في العمود B، اكتب معرّف " \
                   "أحدها: none, gifts, per-campaign, retainer."

static void
test_load (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  GListModel *problems = problem_list (window);
  g_autoptr(GtkStringObject) problem = NULL;
  g_autoptr(GPtrArray) first = NULL;

  g_assert_cmpstr (page_name (window), ==, "table");
  g_assert_cmpstr (count_text (window), ==, "6 creators");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "agency.csv");
  g_assert_false (gtk_widget_get_mapped (template_child (window, "progress_bar")) &&
                  gtk_widget_get_child_visible (template_child (window, "progress_bar")));

  /* The row that cannot be read is said, and listed with its row, in the
   * person's terms: the question as asked, the options by their labels,
   * what to write where. */
  g_assert_cmpstr (notice_text (window), ==,
                   "1 row cannot be read and is left out.");
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  problem = g_list_model_get_item (problems, 0);
  g_assert_cmpstr (gtk_string_object_get_string (problem), ==, PROBLEM);

  /* In the order of the file, and the first row says what the model
   * says. */
  first = first_row_texts (window);
  g_assert_cmpuint (first->len, >=, 4);
  g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "Zoe");
  g_assert_cmpstr (g_ptr_array_index (first, 1), ==, "Influencer");
  g_assert_cmpstr (g_ptr_array_index (first, 3), ==, "10 of 10");

  close_window (window);
}

static const char *
name_of (CrRosterWindow *window,
         guint           i)
{
  return cr_creator_get_name (shown (window, i));
}


/* Whether a share cell shows a share, and the bar that draws it. */
static gboolean
share_bar_has_share (gpointer bar)
{
  gboolean has_share;

  g_object_get (bar, "has-share", &has_share, NULL);

  return has_share;
}

static GtkWidget *
level_bar_of (gpointer bar)
{
  return cr_test_find_descendant (GTK_WIDGET (bar), GTK_TYPE_LEVEL_BAR);
}

/* Each column sorts, both ways, by what it shows. */
static void
test_sort (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  GtkColumnView *view = column_view (window);
  GListModel *model = shown_model (window);
  guint n = g_list_model_get_n_items (model);

  /* By name, whatever the case. */
  gtk_column_view_sort_by_column (view, column (window, CR_ROSTER_COLUMN_NAME),
                                  GTK_SORT_ASCENDING);
  wait_idle ();
  g_assert_cmpstr (name_of (window, 0), ==, "ada");
  g_assert_cmpstr (name_of (window, 1), ==, "Bea Star");
  g_assert_cmpstr (name_of (window, n - 1), ==, "Zoe");
  {
    g_autoptr(GPtrArray) first = first_row_texts (window);

    g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "ada");
  }

  gtk_column_view_sort_by_column (view, column (window, CR_ROSTER_COLUMN_NAME),
                                  GTK_SORT_DESCENDING);
  wait_idle ();
  g_assert_cmpstr (name_of (window, 0), ==, "Zoe");

  /* By verdict, in the words shown. */
  gtk_column_view_sort_by_column (view,
                                  column (window, CR_ROSTER_COLUMN_VERDICT),
                                  GTK_SORT_ASCENDING);
  wait_idle ();
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (g_utf8_collate (cr_role_get_name (cr_creator_get_role (shown (window, i - 1))),
                                     cr_role_get_name (cr_creator_get_role (shown (window, i)))),
                     <=, 0);

  /* By each share. */
  for (CrRole r = 0; r < CR_N_ROLES; r++)
    {
      gtk_column_view_sort_by_column (view,
                                      column (window,
                                                                   CR_ROSTER_COLUMN_INFLUENCER + r),
                                      GTK_SORT_DESCENDING);
      wait_idle ();
      for (guint i = 1; i < n; i++)
        g_assert_cmpuint (cr_creator_get_score (shown (window, i - 1), r), >=,
                          cr_creator_get_score (shown (window, i), r));
      g_assert_cmpuint (cr_creator_get_score (shown (window, 0), r), >,
                        cr_creator_get_score (shown (window, n - 1), r));
    }
  g_assert_cmpstr (name_of (window, 0), ==, "Bea Star");

  /* Close calls first, then by how much is answered. */
  gtk_column_view_sort_by_column (view,
                                  column (window, CR_ROSTER_COLUMN_CLOSE_CALL),
                                  GTK_SORT_DESCENDING);
  wait_idle ();
  g_assert_true (cr_creator_is_close_call (shown (window, 0)));
  g_assert_false (cr_creator_is_close_call (shown (window, n - 1)));

  gtk_column_view_sort_by_column (view,
                                  column (window, CR_ROSTER_COLUMN_ANSWERED),
                                  GTK_SORT_ASCENDING);
  wait_idle ();
  g_assert_cmpstr (name_of (window, 0), ==, "Eve");
  g_assert_cmpuint (cr_creator_get_n_answered (shown (window, 0)), ==, 0);

  close_window (window);
}

static void
test_filter (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  GListModel *model = shown_model (window);
  GtkWidget *dropdown = template_child (window, "verdict_dropdown");
  GtkWidget *toggle = template_child (window, "close_call_toggle");
  GtkWidget *entry = template_child (window, "search_entry");

  /* One verdict: the first choice is every verdict, then the roles. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1 + CR_ROLE_AMBASSADOR);
  wait_idle ();
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_assert_cmpint (cr_creator_get_role (shown (window, i)), ==, CR_ROLE_AMBASSADOR);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  {
    g_autofree char *expected = g_strdup_printf ("Showing %u of 6 creators",
                                                 g_list_model_get_n_items (model));

    g_assert_cmpstr (count_text (window), ==, expected);
  }

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1 + CR_ROLE_NONE);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_assert_cmpint (cr_creator_get_role (shown (window, i)), ==, CR_ROLE_NONE);

  /* No verdict: the sheets with nothing decisive answered, whose share
   * cells are empty. */
  {
    GListModel *choices = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
    g_autoptr(GtkStringObject) choice = g_list_model_get_item (choices, 1 + CR_ROLE_UNDECIDED);

    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2 + CR_ROLE_UNDECIDED);
    g_assert_cmpstr (gtk_string_object_get_string (choice), ==, "No verdict");
  }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1 + CR_ROLE_UNDECIDED);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (name_of (window, 0), ==, "Eve");
  g_assert_cmpstr (count_text (window), ==, "Showing 1 of 6 creators");
  {
    g_autoptr(GPtrArray) first = first_row_texts (window);
    g_autoptr(GPtrArray) bars = share_bars (window);

    g_assert_cmpstr (g_ptr_array_index (first, 1), ==, "No verdict");
    g_assert_cmpuint (bars->len, ==, CR_N_ROLES);
    for (guint i = 0; i < bars->len; i++)
      {
        CrShareBar *bar = g_ptr_array_index (bars, i);

        g_assert_false (share_bar_has_share (bar));
        g_assert_false (gtk_widget_get_visible (level_bar_of (bar)));
        g_assert_null (first_visible_label (GTK_WIDGET (bar)));
      }
  }

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
  wait_idle ();
  g_assert_cmpstr (count_text (window), ==, "6 creators");

  /* A role's row shows its shares, bar and number. */
  {
    g_autoptr(GPtrArray) bars = share_bars (window);
    g_autofree char *number = g_strdup_printf ("%u", cr_creator_get_score (shown (window, 0),
                                                                           CR_ROLE_INFLUENCER));
    GtkWidget *label;

    g_assert_cmpuint (bars->len, ==, CR_N_ROLES);
    g_assert_true (share_bar_has_share (g_ptr_array_index (bars, 0)));
    g_assert_true (gtk_widget_get_visible (level_bar_of (g_ptr_array_index (bars, 0))));
    label = first_visible_label (g_ptr_array_index (bars, 0));
    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, number);
  }

  /* Close calls only. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, 6);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_assert_true (cr_creator_is_close_call (shown (window, i)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  wait_idle ();

  /* Search by name, whatever the case, anywhere in it. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "STAR");
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (name_of (window, 0), ==, "Bea Star");
  g_assert_cmpstr (count_text (window), ==, "Showing 1 of 6 creators");

  /* Filters add up. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1 + CR_ROLE_INFLUENCER);
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (page_name (window), ==, "no-match");
  g_assert_cmpstr (count_text (window), ==, "Showing 0 of 6 creators");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
  wait_idle ();
  g_assert_cmpstr (page_name (window), ==, "table");

  close_window (window);
}

static void
open_creator_cb (CrRosterWindow  *window G_GNUC_UNUSED,
                 CrCreator       *creator,
                 CrCreator      **opened)
{
  g_set_object (opened, creator);
}

/* The window of a roster's row: a window over a creator's answers, that
 * keeps no draft and has no file. */
static CrWindow *
find_creator_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (CR_IS_WINDOW (l->data) && cr_session_get_creator (cr_window_get_session (l->data)) != NULL)
      {
        CrSession *session = cr_window_get_session (l->data);

        g_assert_false (cr_session_get_keeps_draft (session));
        g_assert_null (cr_session_get_file (session));
        return l->data;
      }

  return NULL;
}

/* Activating a row opens that creator's result page, which follows the
 * creator; an answer changed there changes the row. */
static void
test_open_row (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  GtkColumnView *view = column_view (window);
  g_autoptr(CrCreator) opened = NULL;
  CrWindow *creator_window;
  CrResultPage *page;
  CrSession *session;
  CrAnswers *answers;
  g_autoptr(GPtrArray) texts = NULL;

  g_signal_connect (window, "open-creator", G_CALLBACK (open_creator_cb), &opened);

  /* The second row shown: the loyal fan. */
  g_signal_emit_by_name (view, "activate", 1);
  wait_idle ();
  g_assert_true (opened == shown (window, 1));
  g_assert_cmpstr (cr_creator_get_name (opened), ==, "ada");

  creator_window = find_creator_window ();
  g_assert_nonnull (creator_window);
  session = cr_window_get_session (creator_window);
  g_assert_true (cr_session_get_creator (session) == opened);
  g_assert_cmpstr (cr_answers_get_name (cr_test_answers (creator_window)), ==, "ada");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (creator_window)), "ada"));
  page = cr_test_result_page (creator_window);
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==, CR_ROLE_AMBASSADOR);
  g_assert_cmpstr (cr_test_result_heading (page), ==,
                   cr_result_get_title (cr_session_get_result (session)));
  /* Shown, not edited, until the user chooses to edit. */
  g_assert_false (cr_session_get_editable (session));
  g_assert_nonnull (find_actionable (GTK_WIDGET (page), "win.edit"));
  click (creator_window, "win.edit");
  g_assert_true (cr_session_get_editable (session));
  cr_test_check_window (creator_window);
  /* Start Over belongs to the wizard. */
  {
    GtkWidget *start_over = find_actionable (GTK_WIDGET (page), "win.start-over");

    g_assert_true (start_over == NULL || !gtk_widget_is_sensitive (start_over));
    /* Its result is shared as any other. */
    for (guint i = 0; i < 3; i++)
      {
        const char *action = (const char *[]) { "win.save-image", "win.copy-text", "win.print" }[i];

        g_assert_nonnull (find_actionable (GTK_WIDGET (page), action));
        g_assert_true (gtk_widget_is_sensitive (find_actionable (GTK_WIDGET (page), action)));
      }
  }
  g_assert_false (cr_answers_is_empty (cr_test_answers (creator_window)));

  /* The page's answers are the creator's: the creator changed, the page
   * follows. */
  {
    g_autoptr(CrAnswers) full_time = cr_test_answers_new (cr_test_profiles[0].answers);

    cr_answers_set_name (full_time, "ada");
    cr_creator_set_answers (opened, full_time);
  }
  wait_idle ();
  g_assert_cmpint (cr_result_get_role (cr_session_get_result (session)), ==, CR_ROLE_INFLUENCER);
  g_assert_cmpstr (cr_test_result_heading (page), ==,
                   cr_result_get_title (cr_session_get_result (session)));

  /* Changed there, the row follows. */
  answers = cr_test_answers (creator_window);
  {
    g_autoptr(CrAnswers) star = cr_test_answers_new (cr_test_profiles[2].answers);

    cr_answers_set_name (star, "ada");
    cr_answers_assign (answers, star);
  }
  wait_idle ();
  g_assert_cmpint (cr_creator_get_role (opened), ==, CR_ROLE_CONTRACTED_AMBASSADOR);
  cr_test_check_window (creator_window);

  gtk_window_destroy (GTK_WINDOW (creator_window));
  wait_idle ();
  g_assert_null (find_creator_window ());

  /* The row's verdict cell shows it. */
  gtk_column_view_sort_by_column (view, column (window, CR_ROSTER_COLUMN_NAME),
                                  GTK_SORT_ASCENDING);
  wait_idle ();
  texts = first_row_texts (window);
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, "ada");
  g_assert_cmpstr (g_ptr_array_index (texts, 1), ==, cr_role_get_name (CR_ROLE_CONTRACTED_AMBASSADOR));

  close_window (window);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

static void
test_export (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  g_autofree char *csv_path = g_build_filename (tmpdir, "out.csv", NULL);
  g_autofree char *jsonl_path = g_build_filename (tmpdir, "out.jsonl", NULL);
  g_autofree char *template_path = g_build_filename (tmpdir, "template.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GFile) jsonl_file = g_file_new_for_path (jsonl_path);
  g_autoptr(GFile) template_file = g_file_new_for_path (template_path);
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *template = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  /* Sorted and filtered, the export is still the whole roster, in the
   * order of the file. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (window, "search_entry")), "a");
  gtk_column_view_sort_by_column (column_view (window),
                                  column (window, CR_ROSTER_COLUMN_NAME),
                                  GTK_SORT_DESCENDING);
  wait_idle ();

  cr_roster_window_export (window, csv_file, CR_ROSTER_FORMAT_CSV);
  g_assert_true (cr_roster_window_get_busy (window));
  wait_not_busy (window);
  written = read_file (csv_path);
  expected = cr_roster_to_data (roster_of (window), CR_ROSTER_FORMAT_CSV, NULL,
                                NULL);
  g_assert_cmpstr (written, ==, expected);
  lines = g_strsplit (written, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 8);
  g_assert_true (g_str_has_prefix (lines[1], "Zoe,per-campaign,"));
  g_assert_nonnull (strstr (lines[1], ",instagram youtube blog,influencer,"));

  cr_roster_window_export (window, jsonl_file, CR_ROSTER_FORMAT_JSONL);
  wait_not_busy (window);
  g_free (written);
  written = read_file (jsonl_path);
  g_strfreev (lines);
  lines = g_strsplit (written, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  g_assert_true (g_str_has_prefix (lines[0], "{\"format\":\"creator-role/result\""));
  g_assert_nonnull (strstr (lines[5], "\"name\":\"Eve\""));

  g_assert_true (cr_roster_window_save_template (window, template_file, &error));
  g_assert_no_error (error);
  template = read_file (template_path);
  g_free (expected);
  expected = cr_roster_template_to_data (NULL);
  g_assert_cmpstr (template, ==, expected);

  g_unlink (csv_path);
  g_unlink (jsonl_path);
  g_unlink (template_path);
  close_window (window);
}

/* A failed export leaves what was there before. */
static void
test_export_fails (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  g_autofree char *dir = g_build_filename (tmpdir, "locked", NULL);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "before", -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);

  cr_roster_window_export (window, file, CR_ROSTER_FORMAT_CSV);
  wait_not_busy (window);
  after = read_file (path);
  /* Root can write anywhere: then the export simply succeeds. */
  if (geteuid () != 0)
    g_assert_cmpstr (after, ==, "before");

  g_chmod (dir, 0700);
  g_unlink (path);
  g_rmdir (dir);
  close_window (window);
}

/* The rows shown, alone. */

/* The lines of @text, without the empty one after the last line break. */
static GStrv
split_lines (const char *text)
{
  GStrv lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (lines[n - 1], ==, "");
  g_free (lines[n - 1]);
  lines[n - 1] = NULL;

  return lines;
}

/* Whether the export menu shows the item @label, and lets it be chosen:
 * the menu opened, looked at, and closed again. */
static gboolean
menu_offers (CrRosterWindow *window,
             const char     *label)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (template_child (window, "export_button"));
  GtkWidget *found;
  gboolean offered;

  gtk_menu_button_popup (button);
  wait_idle ();
  found = cr_test_find_shown_label (GTK_WIDGET (gtk_menu_button_get_popover (button)), label);
  offered = found != NULL && gtk_widget_is_sensitive (found);
  gtk_menu_button_popdown (button);
  wait_idle ();

  return offered;
}

/* Filtered and sorted, "Export Shown" writes the rows the table shows,
 * in its order, and nothing else: each the line the whole roster's
 * export has for it. Offered only while rows are hidden. */
static void
test_export_shown (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  g_autofree char *all_path = g_build_filename (tmpdir, "all.csv", NULL);
  g_autofree char *shown_path = g_build_filename (tmpdir, "shown.csv", NULL);
  g_autofree char *jsonl_path = g_build_filename (tmpdir, "shown.jsonl", NULL);
  g_autoptr(GFile) all_file = g_file_new_for_path (all_path);
  g_autoptr(GFile) shown_file = g_file_new_for_path (shown_path);
  g_autoptr(GFile) jsonl_file = g_file_new_for_path (jsonl_path);
  g_autoptr(GHashTable) line_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *all = NULL;
  g_autofree char *written = NULL;
  g_autofree char *jsonl = NULL;
  g_auto(GStrv) all_lines = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) jsonl_lines = NULL;
  GtkWindow *chooser;
  guint n_shown;

  /* Nothing hidden: nothing to offer. */
  g_assert_true (menu_offers (window, "Export as CSV…"));
  g_assert_true (menu_offers (window, "Save Every Card…"));
  g_assert_false (menu_offers (window, "Export Shown as CSV…"));
  g_assert_false (menu_offers (window, "Save Shown Cards…"));

  cr_roster_window_export (window, all_file, CR_ROSTER_FORMAT_CSV);
  wait_not_busy (window);
  all = read_file (all_path);
  all_lines = split_lines (all);
  for (guint i = 1; all_lines[i] != NULL; i++)
    {
      char *comma = strchr (all_lines[i], ',');
      g_autofree char *name = g_strndup (all_lines[i], (gsize) (comma - all_lines[i]));

      g_hash_table_insert (line_of, (gpointer) g_intern_string (name), all_lines[i]);
    }

  gtk_editable_set_text (GTK_EDITABLE (template_child (window, "search_entry")), "e");
  gtk_column_view_sort_by_column (column_view (window), column (window, CR_ROSTER_COLUMN_NAME),
                                  GTK_SORT_DESCENDING);
  wait_idle ();
  n_shown = g_list_model_get_n_items (shown_model (window));
  g_assert_cmpstr (count_text (window), ==, "Showing 4 of 6 creators");
  g_assert_true (menu_offers (window, "Export Shown as CSV…"));
  g_assert_true (menu_offers (window, "Export Shown as JSON Lines…"));
  g_assert_true (menu_offers (window, "Export Shown as Excel Workbook…"));
  g_assert_true (menu_offers (window, "Save Shown Cards…"));
  g_assert_true (menu_offers (window, "Save Shown Reports…"));

  cr_roster_window_export_shown (window, shown_file, CR_ROSTER_FORMAT_CSV);
  g_assert_true (cr_roster_window_get_busy (window));
  /* What changes once it started is not in the file. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (window, "search_entry")), "");
  wait_not_busy (window);
  written = read_file (shown_path);
  lines = split_lines (written);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + n_shown);
  g_assert_cmpstr (lines[0], ==, all_lines[0]);
  /* Zoe, Eve, Dee, Bea Star: the names with an e, Z to A. */
  {
    static const char * const expected[] = { "Zoe", "Eve", "Dee", "Bea Star" };

    g_assert_cmpuint (n_shown, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (lines[1 + i], ==,
                       g_hash_table_lookup (line_of, g_intern_string (expected[i])));
  }

  /* The menu's action asks where, saying what it writes; then as JSON
   * Lines. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (window, "search_entry")), "e");
  wait_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-shown", "s",
                                             "jsonl"));
  cr_test_wait_for (cr_test_find_file_chooser (GTK_WINDOW (window)) != NULL);
  chooser = cr_test_find_file_chooser (GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  g_assert_true (cr_test_file_chooser_is_saving (chooser));
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export the Creators Shown as JSON Lines");
  cr_test_file_chooser_cancel (chooser);
  cr_roster_window_export_shown (window, jsonl_file, CR_ROSTER_FORMAT_JSONL);
  wait_not_busy (window);
  jsonl = read_file (jsonl_path);
  jsonl_lines = split_lines (jsonl);
  g_assert_cmpuint (g_strv_length (jsonl_lines), ==, 4);
  g_assert_nonnull (strstr (jsonl_lines[0], "\"name\":\"Zoe\""));
  g_assert_nonnull (strstr (jsonl_lines[1], "\"name\":\"Eve\""));
  g_assert_nonnull (strstr (jsonl_lines[2], "\"name\":\"Dee\""));
  g_assert_nonnull (strstr (jsonl_lines[3], "\"name\":\"Bea Star\""));

  /* Every row hidden: nothing to export. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (window, "search_entry")), "nobody");
  wait_idle ();
  g_assert_false (menu_offers (window, "Export Shown as CSV…"));
  g_assert_true (menu_offers (window, "Export as CSV…"));

  g_unlink (all_path);
  g_unlink (shown_path);
  g_unlink (jsonl_path);
  close_window (window);
}

/* Cards and reports into a folder. */

/* A mount namespace of the test's own, entered before any thread starts
 * (as root only): a small tmpfs, read-only or full, is then a real disk
 * to fail on. The reason when there is none. */
static char *no_namespace;

static void
enter_mount_namespace (void)
{
  if (geteuid () != 0)
    no_namespace = g_strdup ("not root: no mount namespace of our own");
  else if (unshare (CLONE_NEWNS) != 0)
    no_namespace = g_strdup_printf ("unshare: %s", g_strerror (errno));
  /* In a chroot, / is no mount point: then it is enough that no mount is
   * shared, which build-aux/dev.sh's root sees to. */
  else if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 && errno != EINVAL)
    no_namespace = g_strdup_printf ("cannot make the mounts private: %s", g_strerror (errno));
}

static char *
mount_disk (const char *name,
            gsize       size,
            gboolean    read_only)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *options = g_strdup_printf ("size=%" G_GSIZE_FORMAT ",mode=0755", size);

  g_assert_no_errno (g_mkdir (path, 0755));
  g_assert_no_errno (mount ("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV, options));
  if (read_only)
    g_assert_no_errno (mount ("tmpfs", path, "tmpfs",
                              MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, options));

  return path;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, a line each. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (names, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether each file of @dir begins with @magic. */
static void
assert_files_begin (const char *dir,
                    const char *magic)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_cmpmem (contents, strlen (magic), magic, strlen (magic));
    }
}

/* A roster of @n creators named by @names, the profiles in turn. */
static char *
make_named_csv (const char * const *names,
                guint               n)
{
  GString *csv = g_string_new (NULL);

  cr_roster_append_csv_header (csv);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrAnswers) answers =
        cr_test_answers_new (cr_test_profile_answers (rows[i % G_N_ELEMENTS (rows)].profile));
      g_autoptr(CrResult) result = cr_score (answers);

      cr_answers_set_name (answers, names[i]);
      cr_roster_append_csv_row (csv, answers, result);
    }

  return g_string_free (csv, FALSE);
}

static const char *
progress_text (CrRosterWindow *window)
{
  return gtk_progress_bar_get_text (GTK_PROGRESS_BAR (template_child (window,
                                                                      "sheets_progress")));
}

static gboolean
sheets_shown (CrRosterWindow *window)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (window,
                                                                      "sheets_revealer")));
}

/* The menu's action asks for a folder. A card a creator; then again into
 * the same folder, each name taken then followed by a number;
 * then the reports of the creators shown. A name of the roster twice is
 * numbered too, and no name leads out of the folder, hides its file or
 * reverses it. */
static void
test_save_cards (void)
{
  static const char * const names[] = {
    "Ada", "Ada", "AC/DC", "..hidden", "back\\slash", "Rev\u202Egnp.exe", "Zoé 李",
  };
  g_autofree char *csv = make_named_csv (names, G_N_ELEMENTS (names));
  CrRosterWindow *window = open_window (csv);
  g_autofree char *dir = g_build_filename (tmpdir, "cards", NULL);
  g_autofree char *reports_dir = g_build_filename (tmpdir, "reports", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) reports = g_file_new_for_path (reports_dir);
  g_autofree char *listed = NULL;
  g_autofree char *toast = NULL;
  GtkWindow *chooser;

  g_assert_no_errno (g_mkdir (dir, 0755));
  g_assert_no_errno (g_mkdir (reports_dir, 0755));
  g_assert_cmpstr (count_text (window), ==, "7 creators");
  g_assert_true (menu_offers (window, "Save Every Card…"));
  g_assert_true (menu_offers (window, "Save Every Report…"));
  g_assert_false (sheets_shown (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-sheets", "s", "card"));
  cr_test_wait_for (cr_test_find_file_chooser (GTK_WINDOW (window)) != NULL);
  chooser = cr_test_find_file_chooser (GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Save Every Creator’s Card");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) ==
                 GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  G_GNUC_END_IGNORE_DEPRECATIONS
  cr_test_file_chooser_cancel (chooser);
  g_assert_false (cr_roster_window_get_busy (window));

  for (guint round = 0; round < 2; round++)
    {
      cr_roster_window_save_sheets (window, folder, CR_ROSTER_SHEET_CARD, FALSE);
      g_assert_true (cr_roster_window_get_busy (window));
      g_assert_true (sheets_shown (window));
      g_assert_cmpstr (progress_text (window), ==, "Saving cards… 0 of 7");
      g_assert_true (gtk_widget_is_sensitive (template_child (window, "sheets_cancel_button")));
      wait_not_busy (window);

      g_assert_false (sheets_shown (window));
      g_assert_false (gtk_widget_is_sensitive (template_child (window, "sheets_cancel_button")));
      g_assert_true (menu_offers (window, "Save Every Card…"));
      toast = g_strdup_printf ("7 cards saved in “cards”");
      cr_test_wait_for (cr_test_find_shown_label (GTK_WIDGET (window), toast) != NULL);
      g_assert_nonnull (cr_test_find_shown_label (GTK_WIDGET (window), toast));
      g_clear_pointer (&toast, g_free);
    }

  listed = list_folder (dir);
  g_assert_cmpstr (listed, ==,
                   "AC-DC (2).png\n" "AC-DC.png\n"
                   "Ada (2).png\n" "Ada (3).png\n" "Ada (4).png\n" "Ada.png\n"
                   "Revgnp.exe (2).png\n" "Revgnp.exe.png\n"
                   "Zoé 李 (2).png\n" "Zoé 李.png\n"
                   "back-slash (2).png\n" "back-slash.png\n"
                   "hidden (2).png\n" "hidden.png\n");
  assert_files_begin (dir, "\x89PNG\r\n\x1a\n");

  /* The reports of the creators shown, only. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (window, "search_entry")), "ad");
  wait_idle ();
  g_assert_cmpstr (count_text (window), ==, "Showing 2 of 7 creators");
  cr_roster_window_save_sheets (window, reports, CR_ROSTER_SHEET_REPORT, TRUE);
  g_assert_cmpstr (progress_text (window), ==, "Saving reports… 0 of 2");
  wait_not_busy (window);
  g_free (listed);
  listed = list_folder (reports_dir);
  g_assert_cmpstr (listed, ==, "Ada (2).pdf\n" "Ada.pdf\n");
  assert_files_begin (reports_dir, "%PDF-");
  cr_test_wait_for (cr_test_find_shown_label (GTK_WIDGET (window), "2 reports saved in “reports”") != NULL);
  g_assert_nonnull (cr_test_find_shown_label (GTK_WIDGET (window), "2 reports saved in “reports”"));

  close_window (window);
}

/* What the window shows when Cancel is pressed. */
typedef struct
{
  CrRosterWindow *window;
  gboolean        pressed;
  gboolean        bar_shown;
  gboolean        cancel_sensitive;
  gboolean        export_sensitive;
  double          fraction;
} Press;

/* Cancel pressed as the bar says two of forty are saved. */
static void
progress_cb (GtkProgressBar *bar,
             GParamSpec     *pspec G_GNUC_UNUSED,
             Press          *press)
{
  if (press->pressed || g_strcmp0 (gtk_progress_bar_get_text (bar), "Saving cards… 2 of 40") != 0)
    return;

  press->pressed = TRUE;
  press->bar_shown = sheets_shown (press->window);
  press->cancel_sensitive = gtk_widget_is_sensitive (template_child (press->window,
                                                                     "sheets_cancel_button"));
  press->export_sensitive = gtk_widget_get_sensitive (template_child (press->window,
                                                                      "export_button"));
  press->fraction = gtk_progress_bar_get_fraction (bar);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (press->window), "win.cancel-sheets",
                                             NULL));
}

/* Cancel midway: the files written stay, and the toast counts them. */
static void
test_save_cards_cancel (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *csv = NULL;
  g_autofree char *dir = g_build_filename (tmpdir, "cancelled", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *listed = NULL;
  CrRosterWindow *window;
  Press press = { 0 };

  for (guint i = 0; i < 40; i++)
    g_ptr_array_add (names, g_strdup_printf ("Creator %02u", i + 1));
  csv = make_named_csv ((const char * const *) names->pdata, names->len);
  window = open_window (csv);
  g_assert_no_errno (g_mkdir (dir, 0755));
  press.window = window;
  g_signal_connect (template_child (window, "sheets_progress"), "notify::text",
                    G_CALLBACK (progress_cb), &press);

  cr_roster_window_save_sheets (window, folder, CR_ROSTER_SHEET_CARD, FALSE);
  wait_not_busy (window);
  g_signal_handlers_disconnect_by_data (template_child (window, "sheets_progress"), &press);

  /* While it ran: the bar, Cancel, and nothing else to start. */
  g_assert_true (press.pressed);
  g_assert_true (press.bar_shown);
  g_assert_true (press.cancel_sensitive);
  g_assert_false (press.export_sensitive);
  g_assert_cmpfloat_with_epsilon (press.fraction, 2.0 / 40, 1e-9);

  g_assert_false (sheets_shown (window));
  g_assert_true (gtk_widget_get_sensitive (template_child (window, "export_button")));
  listed = list_folder (dir);
  g_assert_cmpstr (listed, ==, "Creator 01.png\n" "Creator 02.png\n");
  assert_files_begin (dir, "\x89PNG\r\n\x1a\n");
  cr_test_wait_for (cr_test_find_shown_label (GTK_WIDGET (window), "2 of 40 cards saved, cancelled") != NULL);
  g_assert_nonnull (cr_test_find_shown_label (GTK_WIDGET (window), "2 of 40 cards saved, cancelled"));

  close_window (window);
}

/* What the window's alert says, closed. */
static char *
take_alert (CrRosterWindow *window,
            const char     *heading)
{
  AdwDialog *dialog;
  char *body;

  cr_test_wait_for (ADW_IS_ALERT_DIALOG (
    adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, heading);
  body = g_strdup (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)));
  adw_dialog_force_close (dialog);
  wait_idle ();

  return body;
}

/* A folder that cannot be written to, and a disk that fills midway: the
 * alert names the file and says why and how many were saved; the files
 * saved are whole, and nothing else is left there. */
static void
test_save_cards_fails (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  g_autofree char *locked = g_build_filename (tmpdir, "locked-cards", NULL);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *body = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *listed = NULL;

  /* Read-only: a read-only disk, or a folder of the user's own with no
   * write permission. */
  if (no_namespace == NULL)
    {
      g_free (locked);
      locked = mount_disk ("read-only-disk", 256 * 1024, TRUE);
    }
  else
    {
      g_assert_cmpuint (geteuid (), !=, 0);
      g_assert_no_errno (g_mkdir (locked, 0500));
    }
  folder = g_file_new_for_path (locked);

  cr_roster_window_save_sheets (window, folder, CR_ROSTER_SHEET_CARD, FALSE);
  wait_not_busy (window);
  body = take_alert (window, "Cannot Save the Cards");
  expected = g_strdup_printf ("%s/Zoe.png: cannot be written: %s. 0 of 6 cards were saved.",
                              locked, no_namespace == NULL ? "Read-only file system"
                                                           : "Permission denied");
  g_assert_cmpstr (body, ==, expected);
  listed = list_folder (locked);
  g_assert_cmpstr (listed, ==, "");
  g_assert_false (sheets_shown (window));
  g_assert_true (menu_offers (window, "Save Every Card…"));

  /* Full midway: room for two cards and a half. */
  if (no_namespace != NULL)
    {
      g_test_message ("no full disk to write on: %s", no_namespace);
    }
  else
    {
      g_autoptr(CrAnswers) zoe = cr_test_answers_new (cr_test_profile_answers (rows[0].profile));
      g_autoptr(CrResult) result = cr_score (zoe);
      g_autoptr(GDateTime) date = g_date_time_new_now_local ();
      g_autoptr(GBytes) card = NULL;
      g_autofree char *full = NULL;
      g_autoptr(GFile) full_folder = NULL;
      g_autofree char *prefix = NULL;
      g_auto(GStrv) files = NULL;
      guint n;

      cr_answers_set_name (zoe, "Zoe");
      card = cr_card_render_png (CR_CARD_SQUARE, zoe, result, date, NULL);
      g_assert_nonnull (card);
      full = mount_disk ("full-disk", (g_bytes_get_size (card) * 5 / 2 + 4095) / 4096 * 4096,
                         FALSE);
      full_folder = g_file_new_for_path (full);

      cr_roster_window_save_sheets (window, full_folder, CR_ROSTER_SHEET_CARD, FALSE);
      wait_not_busy (window);
      g_free (body);
      body = take_alert (window, "Cannot Save the Cards");
      g_free (listed);
      listed = list_folder (full);
      files = split_lines (listed);
      n = g_strv_length (files);
      g_assert_cmpuint (n, >=, 1);
      g_assert_cmpuint (n, <, 6);
      /* Zoe, ada, Bea Star, Cy, Dee, Eve: the roster's order. */
      prefix = g_strdup_printf ("%s/%s.png: cannot be written: ", full,
                                rows[n].name);
      g_assert_true (g_str_has_prefix (body, prefix));
      g_free (expected);
      expected = g_strdup_printf ("No space left on device. %u of 6 cards were saved.", n);
      g_assert_true (g_str_has_suffix (body, expected));
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *name = g_strdup_printf ("%s.png", rows[i].name);

          g_assert_true (g_strv_contains ((const char * const *) files, name));
        }
      assert_files_begin (full, "\x89PNG\r\n\x1a\n");
      g_assert_no_errno (umount2 (full, MNT_DETACH));
    }

  if (no_namespace == NULL)
    g_assert_no_errno (umount2 (locked, MNT_DETACH));
  else
    g_chmod (locked, 0700);
  close_window (window);
}

static void
test_accessible (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  GtkWidget *view = GTK_WIDGET (column_view (window));
  GtkWidget *bar = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  CrCreator *first = shown (window, 0);
  g_autofree char *name = NULL;

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Creators");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (template_child (window, "search_entry")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Search by name");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (template_child (window, "verdict_dropdown")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Verdict");

  /* The first share bar of the first row: a meter named after its role
   * and share, with its value. */
  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      collect_cells (child, texts, &bar);
  g_assert_nonnull (bar);
  bar = level_bar_of (bar);
  name = g_strdup_printf ("Influencer: %u of 100", cr_creator_get_score (first, CR_ROLE_INFLUENCER));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_ROLE_METER);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                       (double) cr_creator_get_score (first, CR_ROLE_INFLUENCER));

  /* Each column has its title, as a screen reader reads the headers. */
  for (guint c = 0; c < CR_ROSTER_N_COLUMNS; c++)
    g_assert_cmpstr (gtk_column_view_column_get_title (column (window, c)),
                     !=, "");
  g_assert_cmpstr (gtk_column_view_column_get_title (column (window,
                                                       CR_ROSTER_COLUMN_AMBASSADOR)),
                   ==, "Brand ambassador");

  close_window (window);
}

/* Loading fills the table as rows come; Cancel stops it at once, and the
 * rows read stay. */
static void
test_cancel (void)
{
  g_autoptr(GString) csv = g_string_new ("name,brands,compensation\n");
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;
  CrRoster *roster;
  guint n;

  for (guint i = 0; i < 300000; i++)
    g_string_append_printf (csv, "c%u,many,per-campaign\n", i);
  bytes = g_bytes_new (csv->str, csv->len);
  stream = g_memory_input_stream_new_from_bytes (bytes);

  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_load_stream (window, stream, CR_ROSTER_FORMAT_CSV, (goffset) csv->len,
                                "big.csv");
  roster = roster_of (window);
  g_assert_true (cr_roster_get_loading (roster));
  g_assert_true (gtk_widget_get_visible (template_child (window, "progress_bar")));
  g_assert_cmpstr (page_name (window), ==, "table");

  while (g_list_model_get_n_items (G_LIST_MODEL (roster)) == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel", NULL));
  g_assert_false (cr_roster_get_loading (roster));
  n = g_list_model_get_n_items (G_LIST_MODEL (roster));
  g_assert_cmpuint (n, <, 300000);
  g_assert_true (g_str_has_suffix (count_text (window), ", loading cancelled"));

  wait_not_busy (window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (shown_model (window)), ==, n);

  close_window (window);
}

/* Keys typed while a roster loads reach the search entry, and its search
 * applies to the rows still to come. The roster comes through a pipe left
 * open, so that it is still loading when the entry shows the keys, however
 * long they take to come. */
static void
test_type_while_loading (void)
{
  g_autoptr(GString) csv = g_string_new ("name,brands\n");
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  GtkEditable *entry = GTK_EDITABLE (template_child (window, "search_entry"));
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  gsize half = 0;
  int fds[2];

  for (guint i = 0; i < 2000; i++)
    {
      g_string_append_printf (csv, "%s %u,many\n", i % 2 ? "Bob" : "Ada", i);
      if (i == 999)
        half = csv->len;
    }
  g_assert_true (g_unix_open_pipe (fds, FD_CLOEXEC, &error));
  g_assert_no_error (error);
  stream = g_unix_input_stream_new (fds[0], TRUE);

  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_load_stream (window, stream, CR_ROSTER_FORMAT_CSV, 0, "piped.csv");
  /* Half the rows; the pipe holds them all at once. */
  g_assert_cmpint (write (fds[1], csv->str, half), ==, (gssize) half);
  while (g_list_model_get_n_items (shown_model (window)) == 0)
    g_main_context_iteration (NULL, TRUE);

  cr_test_send_keys (GTK_WINDOW (window), "ctrl+f b o b");
  cr_test_wait_for (g_str_equal (gtk_editable_get_text (entry), "bob"));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "bob");
  g_assert_true (cr_roster_window_get_busy (window));
  g_assert_true (gtk_widget_get_visible (template_child (window, "progress_bar")));

  /* The rest: the search keeps to Bob's rows. */
  g_assert_cmpint (write (fds[1], csv->str + half, csv->len - half), ==,
                   (gssize) (csv->len - half));
  close (fds[1]);
  wait_not_busy (window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster_of (window))), ==, 2000);
  g_assert_cmpuint (g_list_model_get_n_items (shown_model (window)), ==, 1000);
  g_assert_cmpstr (count_text (window), ==, "Showing 1000 of 2000 creators");

  close_window (window);
}

/* Each file chooser offers the files it is for: to open, rosters of
 * either kind first, then CSV or JSON Lines alone; to export, to save
 * the template or to save the roster as another file, its own kind
 * only. */
#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

static void
test_choosers (void)
{
  static const struct
  {
    const char *action;
    const char *format;
    const char *filters;
  } choosers[] = {
    /* The window's build reads and writes spreadsheets (FreeXL, minizip
     * and libxlsxwriter are required with it). */
    { "win.open", NULL,
      "*('Rosters', [(1, 'text/csv'), (1, 'text/tab-separated-values'), "
      "(1, '" XLSX_TYPE "'), (1, 'application/vnd.ms-excel'), "
      "(1, 'application/vnd.oasis.opendocument.spreadsheet'), (0, '*.[cC][sS][vV]'), "
      "(0, '*.[tT][sS][vV]'), (0, '*.[jJ][sS][oO][nN][lL]'), (0, '*.[nN][dD][jJ][sS][oO][nN]'), "
      "(0, '*.[xX][lL][sS][xX]'), (0, '*.[xX][lL][sS]'), (0, '*.[oO][dD][sS]')])\n"
      "('CSV Files', [(1, 'text/csv'), (0, '*.[cC][sS][vV]'), (0, '*.[tT][sS][vV]')])\n"
      "('JSON Lines Files', [(1, 'application/x-ndjson'), (0, '*.[jJ][sS][oO][nN][lL]'), "
      "(0, '*.[nN][dD][jJ][sS][oO][nN]')])\n"
      "('Excel Workbooks', [(1, '" XLSX_TYPE "'), (1, 'application/vnd.ms-excel'), "
      "(0, '*.[xX][lL][sS][xX]'), (0, '*.[xX][lL][sS]')])\n"
      "('OpenDocument Spreadsheets', [(1, 'application/vnd.oasis.opendocument.spreadsheet'), "
      "(0, '*.[oO][dD][sS]')])\n" },
    { "win.export", "xlsx",
      "*('Excel Workbooks', [(1, '" XLSX_TYPE "'), (0, '*.[xX][lL][sS][xX]')])\n" },
    { "win.export", "csv", "*('CSV Files', [(1, 'text/csv'), (0, '*.[cC][sS][vV]')])\n" },
    { "win.export", "jsonl",
      "*('JSON Lines Files', [(1, 'application/x-ndjson'), (0, '*.[jJ][sS][oO][nN][lL]'), "
      "(0, '*.[nN][dD][jJ][sS][oO][nN]')])\n" },
    { "win.save-template", NULL, "*('CSV Files', [(1, 'text/csv'), (0, '*.[cC][sS][vV]')])\n" },
    { "win.save-as", NULL,
      "*('CSV Files', [(1, 'text/csv'), (0, '*.[cC][sS][vV]'), (0, '*.[tT][sS][vV]')])\n" },
  };
  CrRosterWindow *window = open_window ("name,brands\nAda,many\n");

  for (guint i = 0; i < G_N_ELEMENTS (choosers); i++)
    {
      g_autofree char *filters = NULL;
      GtkWindow *chooser;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), choosers[i].action,
                                                 choosers[i].format != NULL ? "s" : NULL,
                                                 choosers[i].format));
      cr_test_wait_for (cr_test_find_file_chooser (GTK_WINDOW (window)) != NULL);
      chooser = cr_test_find_file_chooser (GTK_WINDOW (window));
      filters = cr_test_file_chooser_describe_filters (chooser);
      g_assert_cmpstr (filters, ==, choosers[i].filters);
      cr_test_file_chooser_cancel (chooser);
    }

  close_window (window);
}

/* The roster shown is not written over by its export nor by the template,
 * by any name: a dialog says why, and the file is as it was. */
static void
test_export_onto_roster (void)
{
  g_autofree char *csv = make_csv ();
  g_autofree char *path = g_build_filename (tmpdir, "agency.csv", NULL);
  g_autofree char *link_path = g_build_filename (tmpdir, "agency-link.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  const char *reason = "it is the roster open in this window; choose another name, or the "
                       "roster would be lost";
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  g_assert_no_errno (symlink ("agency.csv", link_path));
  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_open (window, file);
  wait_not_busy (window);
  g_assert_true (g_file_equal (cr_roster_window_get_file (window), file));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *body = NULL;
      g_autofree char *after = NULL;
      GFile *target = i == 1 ? link : file;

      if (i < 2)
        cr_roster_window_export (window, target, i == 0 ? CR_ROSTER_FORMAT_CSV
                                                        : CR_ROSTER_FORMAT_JSONL);
      else
        {
          g_assert_false (cr_roster_window_save_template (window, target, &error));
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
          g_clear_error (&error);
        }
      g_assert_false (cr_roster_window_get_busy (window));
      wait_idle ();

      dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
      g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
      g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==,
                       i < 2 ? "Cannot Export the Roster" : "Cannot Save the Template");
      body = g_strdup_printf ("%s: %s", i == 1 ? link_path : path, reason);
      g_assert_cmpstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), ==, body);
      adw_dialog_force_close (dialog);

      after = read_file (path);
      g_assert_cmpstr (after, ==, csv);
    }

  g_unlink (link_path);
  g_unlink (path);
  close_window (window);
}

/* A file that gives nobody: said in a dialog, and the window stays empty. */
static void
test_refused (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "notes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  AdwDialog *dialog = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (path, "name,notes\nAda,x\n", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_open (window, file);
  wait_not_busy (window);

  g_assert_cmpstr (page_name (window), ==, "empty");
  g_assert_null (cr_roster_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Roster");

  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  expected = g_strdup_printf ("%s: line 1: the header row names no question (expected a name "
                              "column and any of compensation, agreement, brands, exclusivity, "
                              "audience, content, customer, effort, notoriety, platforms)", path);
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==,
                   "Cannot Open the Roster");
  g_assert_cmpstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), ==, expected);
  adw_dialog_force_close (dialog);

  g_unlink (path);
  close_window (window);
}

/* `creator-role roster.csv` opens a roster window, and the roster is then
 * among the recent files; a result document still opens in the wizard. */
static void
test_open_file (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "open.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  CrRosterWindow *window = NULL;
  GtkRecentInfo *info;

  g_assert_true (g_file_set_contents (path, "name,brands\nAda,many\nBo,one\n", -1, NULL));
  g_application_open (G_APPLICATION (app), &file, 1, "");

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (CR_IS_ROSTER_WINDOW (l->data))
      window = l->data;
  g_assert_nonnull (window);
  wait_not_busy (window);
  g_assert_cmpstr (count_text (window), ==, "2 creators");
  g_assert_true (g_file_equal (cr_roster_window_get_file (window), file));

  info = gtk_recent_manager_lookup_item (gtk_recent_manager_get_default (), uri, NULL);
  g_assert_nonnull (info);
  g_assert_true (gtk_recent_info_has_application (info, "Creator Role"));
  gtk_recent_info_unref (info);

  g_unlink (path);
  close_window (window);
}

/* At a phone's 360 pixels the filters go below the search and the table
 * keeps the name, the verdict and the answers, so that the window is no
 * wider than the phone; at a desktop's width everything is back. */
static void
test_narrow (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  GtkWidget *filters = gtk_widget_get_parent (template_child (window, "search_entry"));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_load_stream (window, stream, CR_ROSTER_FORMAT_CSV, (goffset) strlen (csv),
                                "agency.csv");
  wait_not_busy (window);
  cr_test_wait_for (adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (window))
                    != NULL);

  g_assert_nonnull (adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (window)));
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (filters)), ==,
                   GTK_ORIENTATION_VERTICAL);
  g_assert_true (gtk_column_view_column_get_visible (column (window, CR_ROSTER_COLUMN_NAME)));
  g_assert_true (gtk_column_view_column_get_visible (column (window, CR_ROSTER_COLUMN_VERDICT)));
  g_assert_true (gtk_column_view_column_get_visible (column (window, CR_ROSTER_COLUMN_ANSWERED)));
  for (CrRosterColumn c = CR_ROSTER_COLUMN_INFLUENCER; c <= CR_ROSTER_COLUMN_CLOSE_CALL; c++)
    g_assert_false (gtk_column_view_column_get_visible (column (window, c)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (column_view (window))), <=,
                   360);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  cr_test_wait_for (adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (window))
                    == NULL);
  g_assert_null (adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (window)));
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (filters)), ==,
                   GTK_ORIENTATION_HORIZONTAL);
  for (CrRosterColumn c = CR_ROSTER_COLUMN_INFLUENCER; c <= CR_ROSTER_COLUMN_CLOSE_CALL; c++)
    g_assert_true (gtk_column_view_column_get_visible (column (window, c)));

  close_window (window);
}

/* Switches language as the Language menu does. */
static void
choose_language (const char *code)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string (code));
  wait_idle ();
}

/* What the window says in each language, for the table sorted by name
 * downwards and searched for "e": Zoe, Eve, Dee and Bea Star. */
typedef struct
{
  const char       *code;
  const char       *name_column;
  const char       *verdict_column;
  const char       *influencer;
  const char       *all_verdicts;
  const char       *no_verdict;
  const char       *count;
  const char       *notice;
  const char       *problem;
  const char       *search;
  const char       *close_calls;
  /* The first share bar's name, around its share. */
  const char       *share_before;
  const char       *share_after;
  GtkTextDirection  direction;
} Words;


static const Words words[] = {
  { "fr", "Nom", "Verdict", "Influenceur", "Tous les verdicts", "Aucun verdict",
    "4 sur 6 créateurs affichés", "1 ligne est illisible et laissée de côté.",
    PROBLEM_FR, "Rechercher par nom", "Résultats _serrés", "Influenceur\u00a0: ", " sur 100",
    GTK_TEXT_DIR_LTR },
  { "ar", "الاسم", "الحكم", "مؤثر", "كل الأحكام", "لا حكم",
    "يظهر 4 من 6 صنّاع محتوى", "تعذّرت قراءة صف واحد (1) فتُرك.",
    PROBLEM_AR, "ابحث بالاسم", "نتائج _متقاربة", "مؤثر: ", " من 100", GTK_TEXT_DIR_RTL },
  { "", "Name", "Verdict", "Influencer", "All Verdicts", "No verdict",
    "Showing 4 of 6 creators", "1 row cannot be read and is left out.",
    PROBLEM, "Search by name", "C_lose Calls", "Influencer: ", " of 100", GTK_TEXT_DIR_LTR },
};

/* The header label showing @title, in @widget's tree. */
static GtkWidget *
find_header_label (GtkWidget  *widget,
                   const char *title)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), title) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_header_label (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Counts the verdict cells under @widget, and fails at one cut short. */
static guint
assert_verdicts_whole (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    for (CrRole r = 0; r < CR_N_ROLES; r++)
      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), cr_role_get_name (r)) == 0 &&
          gtk_widget_get_ancestor (widget, g_type_from_name ("GtkColumnViewTitle")) == NULL)
        {
          if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
            g_error ("The verdict \"%s\" is cut", cr_role_get_name (r));
          n++;
        }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_verdicts_whole (child);

  return n;
}

/* Every share column's title shown whole, none cut at its column's edge,
 * and the three as wide as one another; every verdict shown whole. */
static void
assert_share_titles_whole (CrRosterWindow *window)
{
  int width = -1;

  wait_idle ();
  /* 960 pixels wide, the summary beside the table: the table narrowest. */
  g_assert_true (adw_overlay_split_view_get_show_sidebar (
    ADW_OVERLAY_SPLIT_VIEW (template_child (window, "summary_split"))));
  g_assert_false (adw_overlay_split_view_get_collapsed (
    ADW_OVERLAY_SPLIT_VIEW (template_child (window, "summary_split"))));
  g_assert_cmpuint (assert_verdicts_whole (GTK_WIDGET (column_view (window))), >, 0);
  for (CrRosterColumn c = CR_ROSTER_COLUMN_INFLUENCER; c <= CR_ROSTER_COLUMN_CONTRACTED_AMBASSADOR;
       c++)
    {
      GtkColumnViewColumn *share = column (window, c);
      const char *title = gtk_column_view_column_get_title (share);
      GtkWidget *label = find_header_label (GTK_WIDGET (column_view (window)), title);
      GtkWidget *header;
      graphene_rect_t bounds;
      int natural;

      g_assert_nonnull (label);
      /* GTK's header of the column, which clips what does not fit. */
      header = gtk_widget_get_ancestor (label, g_type_from_name ("GtkColumnViewTitle"));
      g_assert_nonnull (header);
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      g_assert_true (gtk_widget_compute_bounds (label, header, &bounds));
      if (gtk_widget_get_width (label) < natural || bounds.origin.x < 0 ||
          bounds.origin.x + bounds.size.width > gtk_widget_get_width (header))
        g_error ("The title \"%s\" is cut: %d pixels of %d, at %.0f to %.0f in a header %d wide",
                 title, gtk_widget_get_width (label), natural, bounds.origin.x,
                 bounds.origin.x + bounds.size.width, gtk_widget_get_width (header));
      if (width < 0)
        width = gtk_column_view_column_get_fixed_width (share);
      g_assert_cmpint (gtk_column_view_column_get_fixed_width (share), ==, width);
    }
}

static void
assert_words (CrRosterWindow *window,
              const Words    *w)
{
  GListModel *verdicts = gtk_drop_down_get_model (GTK_DROP_DOWN (template_child (window, "verdict_dropdown")));
  g_autoptr(GtkStringObject) all = g_list_model_get_item (verdicts, 0);
  g_autoptr(GtkStringObject) none = g_list_model_get_item (verdicts, 1 + CR_ROLE_UNDECIDED);
  g_autoptr(GtkStringObject) problem = g_list_model_get_item (problem_list (window), 0);
  g_autoptr(GPtrArray) first = first_row_texts (window);

  g_assert_cmpstr (gtk_column_view_column_get_title (column (window, CR_ROSTER_COLUMN_NAME)),
                   ==, w->name_column);
  g_assert_cmpstr (gtk_column_view_column_get_title (column (window, CR_ROSTER_COLUMN_VERDICT)),
                   ==, w->verdict_column);
  g_assert_cmpstr (gtk_column_view_column_get_title (column (window, CR_ROSTER_COLUMN_INFLUENCER)),
                   ==, w->influencer);
  g_assert_cmpstr (gtk_string_object_get_string (all), ==, w->all_verdicts);
  g_assert_cmpstr (gtk_string_object_get_string (none), ==, w->no_verdict);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (template_child (window, "verdict_dropdown"))),
                    ==, 0);
  g_assert_cmpstr (count_text (window), ==, w->count);
  g_assert_cmpstr (notice_text (window), ==, w->notice);
  g_assert_cmpuint (g_list_model_get_n_items (problem_list (window)), ==, 1);
  g_assert_cmpstr (gtk_string_object_get_string (problem), ==, w->problem);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (template_child (window, "close_call_toggle"))),
                   ==, w->close_calls);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (template_child (window, "search_entry")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, w->search);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, w->direction);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (column_view (window))),
                   ==, w->direction);

  /* The same rows, searched and sorted as they were; the cells in the new
   * words. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (window, "search_entry"))),
                   ==, "e");
  g_assert_cmpuint (g_list_model_get_n_items (shown_model (window)), ==, 4);
  g_assert_cmpstr (name_of (window, 0), ==, "Zoe");
  g_assert_cmpstr (name_of (window, 1), ==, "Eve");
  g_assert_cmpstr (name_of (window, 3), ==, "Bea Star");
  g_assert_cmpuint (first->len, >=, 4);
  g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "Zoe");
  g_assert_cmpstr (g_ptr_array_index (first, 1), ==, w->influencer);
  {
    g_autoptr(GPtrArray) bars = share_bars (window);
    GtkWidget *bar = level_bar_of (g_ptr_array_index (bars, 0));
    g_autofree char *number = g_strdup_printf ("%u", cr_creator_get_score (shown (window, 0),
                                                                            CR_ROLE_INFLUENCER));
    g_autofree char *name = g_strconcat (w->share_before, number, w->share_after, NULL);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  }
}

/* A live switch of language says everything again in the new one, laid
 * out in its direction, over the same rows with the same sort, search and
 * scroll; walked twice, to English and back. */
static void
test_language (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  CrRoster *roster = roster_of (window);
  g_autoptr(GString) big = g_string_new ("name,brands\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;
  CrRosterWindow *long_window = cr_roster_window_new (GTK_APPLICATION (app));
  GtkAdjustment *adjustment = NULL;
  GtkWidget *view;
  GtkWidget *list = NULL;
  g_autofree char *top = NULL;
  double scrolled;

  gtk_column_view_sort_by_column (column_view (window),
                                  column (window, CR_ROSTER_COLUMN_NAME),
                                  GTK_SORT_DESCENDING);
  gtk_editable_set_text (GTK_EDITABLE (template_child (window, "search_entry")), "e");
  wait_idle ();
  assert_words (window, &words[G_N_ELEMENTS (words) - 1]);

  /* A long roster, scrolled down. */
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (big, "c%u,many\n", i);
  bytes = g_bytes_new (big->str, big->len);
  stream = g_memory_input_stream_new_from_bytes (bytes);
  gtk_window_present (GTK_WINDOW (long_window));
  cr_roster_window_load_stream (long_window, stream, CR_ROSTER_FORMAT_CSV, (goffset) big->len,
                                "long.csv");
  wait_not_busy (long_window);
  view = GTK_WIDGET (column_view (long_window));
  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list = child;
  g_assert_nonnull (list);
  /* Laid out with its last rows, which may have come after the last
   * frame, as the user would see it before scrolling. */
  wait_frames (list, 2);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  gtk_adjustment_set_value (adjustment, 20000);
  wait_idle ();
  scrolled = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (scrolled, >, 10000);
  /* GTK 4.18's list estimates the heights of rows it has not laid out,
   * and corrects the adjustment as it lays them out: what stays put is
   * the row at the top. */
  wait_frames (list, 3);
  top = top_row_name (list);
  g_assert_cmpstr (top, !=, "c0");

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        choose_language (words[i].code);
        assert_words (window, &words[i]);
        assert_share_titles_whole (window);
        /* Not read again. */
        g_assert_true (roster_of (window) == roster);
        g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "agency.csv");

        g_assert_cmpuint (g_list_model_get_n_items (shown_model (long_window)), ==,
                          2000);
        g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 10000);
        {
          g_autofree char *now = NULL;

          wait_frames (list, 3);
          now = top_row_name (list);

          g_assert_cmpstr (now, ==, top);
        }
      }

  close_window (long_window);
  close_window (window);
}

/* A document: a roster as an agency keeps it, with a column of its own
 * (a CRM's id, one of them quoted), and a row that cannot be read. */
#define AGENCY_HEADER "name,compensation,brands,crm_id\n"
#define AGENCY_ADA "Ada,per-campaign,many,\"A-1, gold\"\n"
#define AGENCY_BO "Bo,none,one,B-2\n"
#define AGENCY_BAD "Bad,lots,,X\n"
#define AGENCY_CY "Cy,gifts,few,C-3\n"
#define AGENCY AGENCY_HEADER AGENCY_ADA AGENCY_BO AGENCY_BAD AGENCY_CY

static const char *
title_of (CrRosterWindow *window)
{
  return gtk_window_get_title (GTK_WINDOW (window));
}

/* The names the table shows, top to bottom, joined by spaces. */
static char *
shown_names (CrRosterWindow *window)
{
  GListModel *model = shown_model (window);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? " " : "", name_of (window, i));

  return g_string_free (names, FALSE);
}

static char *
write_temp (const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return path;
}

static CrRosterWindow *
open_path (const char *path)
{
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_open (window, file);
  wait_not_busy (window);

  return window;
}

/* The row at @position opened, and edited as a person edits it: Edit in
 * its window, then @option chosen for @question. Returns that window. */
static CrWindow *
edit_row (CrRosterWindow *window,
          guint           position,
          const char     *question_id,
          const char     *option_id)
{
  CrWindow *creator_window;
  const CrQuestion *question;
  guint q, o;

  g_assert_null (find_creator_window ());
  g_signal_emit_by_name (column_view (window), "activate", position);
  wait_idle ();
  creator_window = find_creator_window ();
  g_assert_nonnull (creator_window);
  click (creator_window, "win.edit");

  question = cr_questionnaire_lookup (question_id, &q);
  g_assert_nonnull (question);
  g_assert_nonnull (cr_question_lookup_option (question, option_id, &o));
  cr_answers_set_choice (cr_test_answers (creator_window), q, o);
  wait_idle ();

  return creator_window;
}

static void
close_creator_window (CrWindow *creator_window)
{
  gtk_window_destroy (GTK_WINDOW (creator_window));
  wait_idle ();
  g_assert_null (find_creator_window ());
}

/* The alert shown on @window, with its heading, body and responses as
 * the user reads them. */
static void
assert_alert (CrRosterWindow *window,
              const char     *heading,
              const char     *body)
{
  AdwAlertDialog *dialog = cr_test_find_dialog (GTK_WINDOW (window));

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, heading);
  g_assert_cmpstr (adw_alert_dialog_get_body (dialog), ==, body);
}

static void
assert_save_changes (CrRosterWindow *window,
                     const char     *body)
{
  AdwAlertDialog *dialog = cr_test_find_dialog (GTK_WINDOW (window));

  assert_alert (window, "Save Changes?", body);
  g_assert_cmpstr (adw_alert_dialog_get_response_label (dialog, "cancel"), ==, "_Cancel");
  g_assert_cmpstr (adw_alert_dialog_get_response_label (dialog, "discard"), ==, "_Discard");
  g_assert_cmpstr (adw_alert_dialog_get_response_label (dialog, "save"), ==, "_Save");
  g_assert_cmpstr (adw_alert_dialog_get_default_response (dialog), ==, "save");
}

static void
close_alert (CrRosterWindow *window)
{
  AdwDialog *dialog = cr_test_find_dialog_in (GTK_WINDOW (window));

  g_assert_nonnull (dialog);
  adw_dialog_force_close (dialog);
  wait_idle ();
  g_assert_null (cr_test_find_dialog_in (GTK_WINDOW (window)));
}

/* A roster exported as an Excel workbook and opened again: the same
 * creators, in the same order; Save refuses to write into the workbook,
 * saying why, and leaves it byte for byte; exported as CSV again, it is
 * the first roster's export. Twice, from the workbook's own window the
 * second time. */
static void
test_export_xlsx (void)
{
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = open_window (csv);
  g_autofree char *first_csv = cr_roster_to_data (roster_of (window), CR_ROSTER_FORMAT_CSV,
                                                  NULL, NULL);
  g_autofree char *names = shown_names (window);

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *xlsx_path = g_strdup_printf ("%s/out-%u.xlsx", tmpdir, round);
      g_autofree char *csv_path = g_strdup_printf ("%s/again-%u.csv", tmpdir, round);
      g_autoptr(GFile) xlsx_file = g_file_new_for_path (xlsx_path);
      g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
      g_autofree char *workbook = NULL;
      g_autofree char *after = NULL;
      g_autofree char *again = NULL;
      g_autofree char *shown = NULL;
      g_autofree char *title = NULL;
      g_autofree char *body = NULL;
      gsize length, after_length;
      CrRosterWindow *opened;

      cr_roster_window_export (window, xlsx_file, CR_ROSTER_FORMAT_XLSX);
      wait_not_busy (window);
      g_assert_true (g_file_get_contents (xlsx_path, &workbook, &length, NULL));
      g_assert_cmpmem (workbook, 4, "PK\x03\x04", 4);

      opened = open_path (xlsx_path);
      title = g_strdup_printf ("out-%u.xlsx", round);
      g_assert_cmpstr (title_of (opened), ==, title);
      shown = shown_names (opened);
      g_assert_cmpstr (shown, ==, names);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (opened), "win.save", NULL));
      wait_idle ();
      body = g_strdup_printf ("%s: a roster read from a workbook is not written back into it, "
                              "which would lose its other sheets and formatting: export it as "
                              "CSV or XLSX instead", xlsx_path);
      assert_alert (opened, "Cannot Save the Roster", body);
      close_alert (opened);
      g_assert_true (g_file_get_contents (xlsx_path, &after, &after_length, NULL));
      g_assert_cmpmem (after, after_length, workbook, length);

      cr_roster_window_export (opened, csv_file, CR_ROSTER_FORMAT_CSV);
      wait_not_busy (opened);
      again = read_file (csv_path);
      g_assert_cmpstr (again, ==, first_csv);

      /* The next round exports from the workbook's window. */
      g_unlink (csv_path);
      close_window (window);
      window = opened;
    }

  close_window (window);
  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *xlsx_path = g_strdup_printf ("%s/out-%u.xlsx", tmpdir, round);

      g_unlink (xlsx_path);
    }
}

/* Whether @path is among the recent files at all (the recent manager's
 * own list, which the menu follows once the manager says it changed). */
static gboolean
is_recent (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  return gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri);
}

/* Whether the Open button's menu of recent rosters lists @path. */
static gboolean
recent_menu_lists (CrRosterWindow *window,
                   const char     *path)
{
  GMenuModel *menu = adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (template_child (window,
                                                                                       "open_button")));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, "target",
                                                                          G_VARIANT_TYPE_STRING);

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri))
        return TRUE;
    }

  return FALSE;
}

static void
open_recent (CrRosterWindow *window,
             const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri));
  wait_idle ();
}

/* An Open that fails leaves the roster as it was: its rows, its title
 * (“•” and all, with its edits), the window of a creator opened from it;
 * the error is said in a dialog, and the file is not among the recent
 * rosters. Twice, by two ways in: a spreadsheet's own file from the
 * recent menu's action, a header that cannot be read from the file
 * dialog. */
static void
test_open_fails (void)
{
  static const char xlsx[] = "PK\x03\x04\x14\0\0\0\0\0[Content_Types].xml";
  g_autofree char *path = write_temp ("agency-open.csv", AGENCY, -1);
  g_autofree char *xlsx_path = write_temp ("agency.xlsx", xlsx, sizeof xlsx - 1);
  g_autofree char *notes_path = write_temp ("notes.csv", "name,notes\nAda,x\n", -1);
  CrRosterWindow *window = open_path (path);
  CrWindow *creator_window;
  CrCreator *bo;
  g_autofree char *body = NULL;
  g_autofree char *names = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpstr (title_of (window), ==, "agency-open.csv");
  cr_test_wait_for (recent_menu_lists (window, path));
  g_assert_true (recent_menu_lists (window, path));
  names = shown_names (window);
  g_assert_cmpstr (names, ==, "Ada Bo Cy");
  bo = g_object_ref (shown (window, 1));

  creator_window = edit_row (window, 1, "compensation", "retainer");
  g_assert_cmpstr (title_of (window), ==, "• agency-open.csv");

  /* From the recent rosters: asked first, as the roster was edited; the
   * edits dropped with Discard, but the file proves no roster. */
  open_recent (window, xlsx_path);
  body = g_strdup_printf ("The creators in %s were edited. Save them before opening another "
                          "roster?", path);
  assert_save_changes (window, body);
  cr_test_respond (GTK_WINDOW (window), "_Discard");
  wait_not_busy (window);
  g_free (body);
  /* The window's build reads workbooks (FreeXL): these are only the
   * first bytes of one. */
  body = g_strdup_printf ("%s: this is an Excel workbook (.xlsx) that cannot be read: it is "
                          "damaged, or protected with a password; in the spreadsheet, choose "
                          "Save As (or Export) and CSV UTF-8, then open that file", xlsx_path);
  assert_alert (window, "Cannot Open the Roster", body);
  close_alert (window);

  /* Nothing touched. */
  g_assert_cmpstr (title_of (window), ==, "• agency-open.csv");
  g_free (names);
  names = shown_names (window);
  g_assert_cmpstr (names, ==, "Ada Bo Cy");
  g_assert_cmpstr (count_text (window), ==, "3 creators");
  g_assert_cmpstr (notice_text (window), ==,
                   "1 row cannot be read and is left out. Ignored column: crm_id.");
  g_assert_true (shown (window, 1) == bo);
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (g_file_equal (cr_roster_window_get_file (window), file));
  }
  g_assert_true (find_creator_window () == creator_window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (creator_window)));
  g_assert_false (is_recent (xlsx_path));
  g_assert_false (recent_menu_lists (window, xlsx_path));

  /* Again, from the file dialog (Ctrl+O), with a header that names no
   * question. */
  cr_test_send_keys (GTK_WINDOW (window), "ctrl+o");
  cr_test_wait_for (cr_test_find_file_chooser (GTK_WINDOW (window)) != NULL);
  {
    GtkWindow *chooser = cr_test_find_file_chooser (GTK_WINDOW (window));
    g_autoptr(GFile) notes = g_file_new_for_path (notes_path);

    g_assert_nonnull (chooser);
    g_assert_false (cr_test_file_chooser_is_saving (chooser));
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), notes, NULL));
    /* Selected once its folder is read. */
    for (int i = 0; i < 2000; i++)
      {
        g_autoptr(GFile) selected = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

        if (selected != NULL && g_file_equal (selected, notes))
          break;
        wait_idle ();
        g_usleep (5000);
      }
    G_GNUC_END_IGNORE_DEPRECATIONS
    cr_test_file_chooser_accept (chooser, NULL, NULL);
  }
  g_free (body);
  body = g_strdup_printf ("The creators in %s were edited. Save them before opening another "
                          "roster?", path);
  assert_save_changes (window, body);
  cr_test_respond (GTK_WINDOW (window), "_Discard");
  wait_not_busy (window);
  g_free (body);
  body = g_strdup_printf ("%s: line 1: the header row names no question (expected a name "
                          "column and any of compensation, agreement, brands, exclusivity, "
                          "audience, content, customer, effort, notoriety, platforms)",
                          notes_path);
  assert_alert (window, "Cannot Open the Roster", body);
  close_alert (window);

  g_assert_cmpstr (title_of (window), ==, "• agency-open.csv");
  g_free (names);
  names = shown_names (window);
  g_assert_cmpstr (names, ==, "Ada Bo Cy");
  g_assert_true (shown (window, 1) == bo);
  g_assert_true (cr_creator_get_edited (bo));
  g_assert_true (find_creator_window () == creator_window);
  g_assert_false (is_recent (notes_path));
  g_assert_false (recent_menu_lists (window, notes_path));
  cr_test_wait_for (recent_menu_lists (window, path));
  g_assert_true (recent_menu_lists (window, path));

  /* The edit is still there to save. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_idle ();
  g_assert_cmpstr (title_of (window), ==, "agency-open.csv");
  after = read_file (path);
  g_assert_cmpstr (after, ==, AGENCY_HEADER AGENCY_ADA "Bo,retainer,one,B-2\n" AGENCY_BAD
                              AGENCY_CY);

  /* Cancel, and the other roster is not opened at all. */
  close_creator_window (creator_window);
  creator_window = edit_row (window, 0, "brands", "few");
  open_recent (window, notes_path);
  cr_test_respond (GTK_WINDOW (window), "_Cancel");
  wait_not_busy (window);
  g_assert_null (cr_test_find_dialog_in (GTK_WINDOW (window)));
  g_assert_cmpstr (title_of (window), ==, "• agency-open.csv");
  close_creator_window (creator_window);

  /* A roster that opens takes the roster's place, once asked. */
  {
    g_autofree char *other = write_temp ("other.csv", "name,brands\nZed,many\n", -1);

    open_recent (window, other);
    cr_test_respond (GTK_WINDOW (window), "_Discard");
    wait_not_busy (window);
    g_assert_null (cr_test_find_dialog_in (GTK_WINDOW (window)));
    g_assert_cmpstr (title_of (window), ==, "other.csv");
    g_free (names);
    names = shown_names (window);
    g_assert_cmpstr (names, ==, "Zed");
    cr_test_wait_for (recent_menu_lists (window, other));
    g_assert_true (recent_menu_lists (window, other));
    g_unlink (other);
  }

  g_object_unref (bo);
  g_unlink (path);
  g_unlink (xlsx_path);
  g_unlink (notes_path);
  close_window (window);
}

/* Ctrl+S writes the roster back: the edited row made again, the others
 * (the row that cannot be read, the quoted CRM id) byte for byte; the
 * title loses its “•”. Twice; then Shift+Ctrl+S to another file, which
 * the window shows from then on, and not onto a file another window
 * shows. */
static void
test_save (void)
{
  g_autofree char *path = write_temp ("agency-save.csv", AGENCY, -1);
  g_autofree char *copy_path = g_build_filename (tmpdir, "agency-copy.csv", NULL);
  g_autofree char *other_path = write_temp ("other-save.csv", "name,brands\nZed,many\n", -1);
  CrRosterWindow *window = open_path (path);
  CrRosterWindow *other = open_path (other_path);
  CrWindow *creator_window;
  g_autofree char *after = NULL;
  g_autofree char *body = NULL;
  g_autofree char *names = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (title_of (window), ==, "agency-save.csv");

  creator_window = edit_row (window, 1, "compensation", "retainer");
  close_creator_window (creator_window);
  g_assert_cmpstr (title_of (window), ==, "• agency-save.csv");
  cr_test_send_keys (GTK_WINDOW (window), "ctrl+s");
  cr_test_wait_for (g_str_equal (title_of (window), "agency-save.csv"));
  g_assert_cmpstr (title_of (window), ==, "agency-save.csv");
  after = read_file (path);
  g_assert_cmpstr (after, ==, AGENCY_HEADER AGENCY_ADA "Bo,retainer,one,B-2\n" AGENCY_BAD
                              AGENCY_CY);

  /* Edited again, saved again: the row saved before stays as saved. */
  creator_window = edit_row (window, 0, "brands", "few");
  close_creator_window (creator_window);
  g_assert_cmpstr (title_of (window), ==, "• agency-save.csv");
  cr_test_send_keys (GTK_WINDOW (window), "ctrl+s");
  cr_test_wait_for (g_str_equal (title_of (window), "agency-save.csv"));
  g_assert_cmpstr (title_of (window), ==, "agency-save.csv");
  g_free (after);
  after = read_file (path);
  g_assert_cmpstr (after, ==, AGENCY_HEADER "Ada,per-campaign,few,\"A-1, gold\"\n"
                              "Bo,retainer,one,B-2\n" AGENCY_BAD AGENCY_CY);
  names = shown_names (window);
  g_assert_cmpstr (names, ==, "Ada Bo Cy");

  /* Save As onto the roster another window shows: refused, in one line,
   * and that file is as it was. */
  creator_window = edit_row (window, 2, "compensation", "none");
  close_creator_window (creator_window);
  {
    g_autoptr(GFile) target = g_file_new_for_path (other_path);
    g_autoptr(GError) error = NULL;

    g_assert_false (cr_roster_window_save (window, target, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  }
  body = g_strdup_printf ("%s: it is open in another window; choose another name, or what that "
                          "window shows would be lost", other_path);
  assert_alert (window, "Cannot Save the Roster", body);
  g_assert_null (strchr (adw_alert_dialog_get_body (cr_test_find_dialog (GTK_WINDOW (window))),
                         '\n'));
  close_alert (window);
  g_free (after);
  after = read_file (other_path);
  g_assert_cmpstr (after, ==, "name,brands\nZed,many\n");
  g_assert_cmpstr (title_of (window), ==, "• agency-save.csv");

  /* Shift+Ctrl+S: the file dialog offers the roster's own name; saved
   * under another, the window shows that one. */
  cr_test_send_keys (GTK_WINDOW (window), "shift+ctrl+s");
  cr_test_wait_for (cr_test_find_file_chooser (GTK_WINDOW (window)) != NULL);
  {
    GtkWindow *chooser = cr_test_find_file_chooser (GTK_WINDOW (window));
    g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
    g_autofree char *offered = NULL;

    g_assert_nonnull (chooser);
    g_assert_true (cr_test_file_chooser_is_saving (chooser));
    offered = cr_test_file_chooser_get_name (chooser);
    g_assert_cmpstr (offered, ==, "agency-save.csv");
    g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Save the Roster As");
    cr_test_file_chooser_accept (chooser, folder, "agency-copy.csv");
  }
  cr_test_wait_for (g_str_equal (title_of (window), "agency-copy.csv"));
  g_assert_cmpstr (title_of (window), ==, "agency-copy.csv");
  g_free (after);
  after = read_file (copy_path);
  g_assert_cmpstr (after, ==, AGENCY_HEADER "Ada,per-campaign,few,\"A-1, gold\"\n"
                              "Bo,retainer,one,B-2\n" AGENCY_BAD "Cy,none,few,C-3\n");
  g_free (after);
  after = read_file (path);
  g_assert_cmpstr (after, ==, AGENCY_HEADER "Ada,per-campaign,few,\"A-1, gold\"\n"
                              "Bo,retainer,one,B-2\n" AGENCY_BAD AGENCY_CY);
  {
    g_autoptr(GFile) copy = g_file_new_for_path (copy_path);

    g_assert_true (g_file_equal (cr_roster_window_get_file (window), copy));
  }
  cr_test_wait_for (recent_menu_lists (window, copy_path));
  g_assert_true (recent_menu_lists (window, copy_path));

  g_unlink (path);
  g_unlink (copy_path);
  g_unlink (other_path);
  close_window (other);
  close_window (window);
}

/* Closing an edited roster asks: Cancel keeps it open and edited; Save
 * writes it and closes; Discard closes and leaves the file as it was.
 * Each twice, by the close button (Ctrl+W, window.close) and by the
 * window manager's close. The window goes with its alert. */
static void
test_close_asks (void)
{
  g_autofree char *path = write_temp ("agency-close.csv", AGENCY, -1);
  g_autofree char *body = NULL;
  g_autofree char *after = NULL;

  body = g_strdup_printf ("The creators in %s were edited. Save them before closing?", path);

  for (guint round = 0; round < 2; round++)
    {
      CrRosterWindow *window = open_path (path);
      CrWindow *creator_window;
      /* Saved in the first round; the second's edit discarded. */
      const char *expected = AGENCY_HEADER AGENCY_ADA "Bo,retainer,one,B-2\n" AGENCY_BAD
                             AGENCY_CY;

      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
      creator_window = edit_row (window, 1, "compensation", round == 0 ? "retainer" : "gifts");
      close_creator_window (creator_window);
      g_assert_cmpstr (title_of (window), ==, "• agency-close.csv");

      /* Cancel: nothing happens. */
      if (round == 0)
        cr_test_send_keys (GTK_WINDOW (window), "ctrl+w");
      else
        gtk_window_close (GTK_WINDOW (window));
      cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (window)) != NULL);
      assert_save_changes (window, body);
      cr_test_respond (GTK_WINDOW (window), "_Cancel");
      wait_idle ();
      g_assert_nonnull (window);
      g_assert_null (cr_test_find_dialog_in (GTK_WINDOW (window)));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
      g_assert_cmpstr (title_of (window), ==, "• agency-close.csv");

      /* Save (round 0) or Discard (round 1): closed, the file says which. */
      if (round == 0)
        cr_test_send_keys (GTK_WINDOW (window), "ctrl+w");
      else
        gtk_window_close (GTK_WINDOW (window));
      cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (window)) != NULL);
      assert_save_changes (window, body);
      cr_test_respond (GTK_WINDOW (window), round == 0 ? "_Save" : "_Discard");
      cr_test_wait_for (window == NULL);
      g_assert_null (window);

      g_free (after);
      after = read_file (path);
      g_assert_cmpstr (after, ==, expected);
    }

  /* Not edited, it closes without asking. */
  {
    CrRosterWindow *window = open_path (path);

    g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
    gtk_window_close (GTK_WINDOW (window));
    cr_test_wait_for (window == NULL);
    g_assert_null (window);
  }

  g_unlink (path);
}

/* Loading cancelled, the count says so, and Save is refused, which would
 * cut the file, while Export still writes what was read. */
static void
test_save_partial (void)
{
  g_autoptr(GString) csv = g_string_new ("name,brands,compensation\n");
  g_autofree char *path = NULL;
  g_autofree char *out_path = g_build_filename (tmpdir, "partial-out.csv", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GFile) file = NULL;
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  g_autofree char *body = NULL;
  g_autofree char *after = NULL;
  g_autofree char *count = NULL;
  g_auto(GStrv) lines = NULL;
  CrRoster *roster;
  guint n;

  for (guint i = 0; i < 300000; i++)
    g_string_append_printf (csv, "c%u,many,per-campaign\n", i);
  path = write_temp ("big.csv", csv->str, (gssize) csv->len);
  file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_open (window, file);
  /* Shown once its header row is read. */
  while (g_list_model_get_n_items (G_LIST_MODEL (roster_of (window))) == 0)
    g_main_context_iteration (NULL, TRUE);
  roster = roster_of (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel", NULL));
  wait_not_busy (window);
  n = g_list_model_get_n_items (G_LIST_MODEL (roster));
  g_assert_cmpuint (n, <, 300000);
  count = g_strdup_printf ("%u creators, loading cancelled", n);
  g_assert_cmpstr (count_text (window), ==, count);
  g_assert_cmpstr (notice_text (window), ==,
                   "Only the rows read are shown: the roster can be exported, but not saved.");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;

      if (i == 0)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
      else
        {
          g_assert_false (cr_roster_window_save (window, NULL, &error));
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT);
        }
      wait_idle ();
      g_free (body);
      body = g_strdup_printf ("%s: only part of the roster was read: saving it would drop the "
                              "rows not read; export it instead, or open it again", path);
      assert_alert (window, "Cannot Save the Roster", body);
      close_alert (window);
      g_free (after);
      after = read_file (path);
      g_assert_cmpstr (after, ==, csv->str);
    }

  /* Export writes the rows read. */
  g_assert_true (gtk_widget_get_sensitive (template_child (window, "export_button")));
  cr_roster_window_export (window, out, CR_ROSTER_FORMAT_CSV);
  wait_not_busy (window);
  g_assert_null (cr_test_find_dialog_in (GTK_WINDOW (window)));
  g_free (after);
  after = read_file (out_path);
  lines = g_strsplit (after, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, n + 2);

  g_unlink (path);
  g_unlink (out_path);
  close_window (window);
}

/* Quit (Ctrl+Q) and the session's end ask for an edited roster as for a
 * document: Cancel stops them with the window open and edited; Discard
 * quits. Last, as it closes every window. */
static void
test_quit_asks (void)
{
  g_autofree char *path = write_temp ("agency-quit.csv", AGENCY, -1);
  g_autofree char *body = NULL;
  g_autofree char *after = NULL;
  CrRosterWindow *window = open_path (path);
  CrWindow *creator_window;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  creator_window = edit_row (window, 1, "compensation", "retainer");
  close_creator_window (creator_window);
  body = g_strdup_printf ("The creators in %s were edited. Save them before closing?", path);

  /* The session's end asks the same. */
  g_signal_emit_by_name (app, "query-end");
  wait_idle ();
  assert_save_changes (window, body);
  cr_test_respond (GTK_WINDOW (window), "_Cancel");
  g_assert_nonnull (window);
  g_assert_cmpstr (title_of (window), ==, "• agency-quit.csv");

  cr_test_send_keys (GTK_WINDOW (window), "ctrl+q");
  cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (window)) != NULL);
  assert_save_changes (window, body);
  cr_test_respond (GTK_WINDOW (window), "_Cancel");
  wait_idle ();
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (title_of (window), ==, "• agency-quit.csv");

  cr_test_send_keys (GTK_WINDOW (window), "ctrl+q");
  cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (window)) != NULL);
  assert_save_changes (window, body);
  cr_test_respond (GTK_WINDOW (window), "_Discard");
  cr_test_wait_for (window == NULL);
  g_assert_null (window);
  after = read_file (path);
  g_assert_cmpstr (after, ==, AGENCY);

  g_unlink (path);
}

/* The first row's cells as they read, joined: a copy, as the labels'
 * texts change with the row. */
static char *
first_row_line (CrRosterWindow *window)
{
  g_autoptr(GPtrArray) texts = first_row_texts (window);

  g_ptr_array_add (texts, NULL);

  return g_strjoinv (" | ", (char **) texts->pdata);
}

/* The offer of a roster's kept edits, as the user reads it. */
static void
assert_recovery_offer (CrRosterWindow *window,
                       const char     *name)
{
  AdwAlertDialog *dialog = cr_test_find_dialog (GTK_WINDOW (window));
  g_autoptr(GFile) recovery = cr_recovery_file_for (cr_roster_window_get_file (window));
  g_autoptr(GFileInfo) info = g_file_query_info (recovery, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *year = NULL;
  g_autofree char *start = NULL;
  const char *body;
  const char *when;
  const char *end;

  g_assert_nonnull (dialog);
  g_assert_nonnull (info);
  time = g_file_info_get_modification_date_time (info);
  local = g_date_time_to_local (time);
  year = g_date_time_format (local, "%Y");
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, "Restore Unsaved Changes?");
  /* The file's name and the date each isolated, so that a sentence
   * written from right to left keeps them as they are; the date the
   * recovery file's, written with single spaces. */
  start = g_strdup_printf ("Changes to \u2068%s\u2069 made on \u2068", name);
  body = adw_alert_dialog_get_body (dialog);
  g_assert_true (g_str_has_prefix (body, start));
  g_assert_true (g_str_has_suffix (body, "\u2069 were not saved before Creator Role ended."));
  when = body + strlen (start);
  end = strstr (when, "\u2069");
  g_assert_nonnull (end);
  date = g_strndup (when, end - when);
  g_assert_null (strstr (date, "  "));
  g_assert_null (strstr (date, "\u2007"));
  g_assert_nonnull (strstr (date, year));
  g_assert_cmpstr (adw_alert_dialog_get_response_label (dialog, "restore"), ==, "_Restore");
  g_assert_cmpstr (adw_alert_dialog_get_response_label (dialog, "discard"), ==, "_Discard");
  g_assert_cmpstr (adw_alert_dialog_get_default_response (dialog), ==, "restore");
}

/* Whether the focus of @window is in the dialog it shows. */
static gboolean
focus_in_dialog (CrRosterWindow *window)
{
  AdwAlertDialog *dialog = cr_test_find_dialog (GTK_WINDOW (window));
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

  return dialog != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (dialog));
}

/* An edited roster, then SIGTERM: the edits are kept in
 * .NAME.recovery beside it, the roster left byte for byte. */
static void
edit_and_terminate (const char *path,
                    guint       position,
                    const char *question_id,
                    const char *option_id,
                    char      **edited_line)
{
  g_autofree char *before = read_file (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *marked = g_strdup_printf ("• %s", name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) recovery = cr_recovery_file_for (file);
  g_autofree char *after = NULL;
  g_autofree char *line = NULL;
  CrRosterWindow *window = open_path (path);
  CrWindow *creator_window;

  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  line = first_row_line (window);
  creator_window = edit_row (window, position, question_id, option_id);
  close_creator_window (creator_window);
  g_assert_cmpstr (title_of (window), ==, marked);
  *edited_line = first_row_line (window);
  if (position == 0)
    g_assert_cmpstr (*edited_line, !=, line);

  g_assert_no_errno (raise (SIGTERM));
  cr_test_wait_for (window == NULL);
  g_assert_null (window);

  after = read_file (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_query_exists (recovery, NULL));
}

/* SIGTERM with a roster edited: its file is as it was, its edits are in
 * its recovery file. Opened again, the window offers them: Restore shows
 * the edited row, as an edit not saved, under the roster's own name; Save
 * writes it to the roster and removes the recovery file. Then Escape
 * leaves the offer for the next opening, and Discard removes it, the
 * roster as it was; a recovery file the same as the roster is removed
 * without an offer. */
static void
test_signal_recovery (void)
{
  g_autofree char *path = write_temp ("agency-signal.csv", AGENCY, -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) recovery = cr_recovery_file_for (file);
  g_autofree char *recovery_name = g_file_get_basename (recovery);
  g_autofree char *edited_line = NULL;
  g_autofree char *line = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *after = NULL;
  CrRosterWindow *window;

  g_assert_cmpstr (recovery_name, ==, ".agency-signal.csv.recovery");
  g_assert_false (g_file_query_exists (recovery, NULL));
  edit_and_terminate (path, 0, "compensation", "retainer", &edited_line);
  kept = read_file (g_file_peek_path (recovery));
  g_assert_cmpstr (kept, ==, AGENCY_HEADER "Ada,retainer,many,\"A-1, gold\"\n" AGENCY_BO
                             AGENCY_BAD AGENCY_CY);

  window = open_path (path);
  assert_recovery_offer (window, "agency-signal.csv");
  /* Nothing changed until asked. */
  g_assert_cmpstr (title_of (window), ==, "agency-signal.csv");
  cr_test_respond (GTK_WINDOW (window), "_Restore");
  wait_not_busy (window);
  cr_test_wait_for (g_str_equal (title_of (window), "• agency-signal.csv"));
  g_assert_cmpstr (title_of (window), ==, "• agency-signal.csv");
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  g_assert_true (g_file_equal (cr_roster_window_get_file (window), file));
  line = first_row_line (window);
  g_assert_cmpstr (line, ==, edited_line);
  g_free (line);
  line = shown_names (window);
  g_assert_cmpstr (line, ==, "Ada Bo Cy");
  after = read_file (path);
  g_assert_cmpstr (after, ==, AGENCY);

  cr_test_send_keys (GTK_WINDOW (window), "ctrl+s");
  cr_test_wait_for (g_str_equal (title_of (window), "agency-signal.csv"));
  g_assert_cmpstr (title_of (window), ==, "agency-signal.csv");
  g_free (after);
  after = read_file (path);
  g_assert_cmpstr (after, ==, kept);
  g_assert_false (g_file_query_exists (recovery, NULL));
  close_window (window);

  /* Opened again: nothing to offer. */
  window = open_path (path);
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  close_window (window);

  /* Discard: after Escape, which leaves the offer and the roster as
   * they were. */
  g_clear_pointer (&edited_line, g_free);
  edit_and_terminate (path, 2, "brands", "many", &edited_line);
  window = open_path (path);
  assert_recovery_offer (window, "agency-signal.csv");
  /* Escape goes to the dialog once the focus is in it. */
  cr_test_wait_for (focus_in_dialog (window));
  g_assert_true (focus_in_dialog (window));
  cr_test_send_keys (GTK_WINDOW (window), "Escape");
  cr_test_wait_for (cr_test_find_dialog (GTK_WINDOW (window)) == NULL);
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  g_assert_true (g_file_query_exists (recovery, NULL));
  g_assert_cmpstr (title_of (window), ==, "agency-signal.csv");
  close_window (window);

  window = open_path (path);
  assert_recovery_offer (window, "agency-signal.csv");
  cr_test_respond (GTK_WINDOW (window), "_Discard");
  wait_idle ();
  g_assert_false (g_file_query_exists (recovery, NULL));
  g_assert_cmpstr (title_of (window), ==, "agency-signal.csv");
  g_free (after);
  after = read_file (path);
  g_assert_cmpstr (after, ==, kept);
  close_window (window);

  window = open_path (path);
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  close_window (window);

  /* A recovery file that holds the roster's own bytes (its edits saved
   * since by another window) offers nothing, and goes. */
  g_assert_true (g_file_set_contents (g_file_peek_path (recovery), kept, -1, NULL));
  window = open_path (path);
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  g_assert_false (g_file_query_exists (recovery, NULL));
  g_assert_cmpstr (title_of (window), ==, "agency-signal.csv");
  close_window (window);

  g_unlink (path);
}

/* The columns dialog the window shows, once it does. */
static CrRosterColumnsDialog *
columns_dialog (CrRosterWindow *window)
{
  AdwDialog *dialog;

  cr_test_wait_for (CR_IS_ROSTER_COLUMNS_DIALOG (
    adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (CR_IS_ROSTER_COLUMNS_DIALOG (dialog));

  return CR_ROSTER_COLUMNS_DIALOG (dialog);
}

/* What a drop-down of the dialog shows chosen. */
static const char *
chosen_text (GtkWidget *dropdown)
{
  GObject *item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (dropdown));

  return gtk_string_object_get_string (GTK_STRING_OBJECT (item));
}

static const char *first_label_with_class (GtkWidget  *root,
                                           const char *css_class);

/* The text of a label beside a column's drop-down, by its class:
 * "cr-column-header", "cr-column-sample", "cr-column-suggested"; NULL
 * when there is none. */
static const char *
column_label (GtkWidget  *dropdown,
              const char *css_class)
{
  return first_label_with_class (gtk_widget_get_parent (dropdown), css_class);
}

static const char *
first_label_with_class (GtkWidget  *root,
                        const char *css_class)
{
  g_autoptr(GPtrArray) labels = cr_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], css_class) &&
        gtk_widget_get_visible (labels->pdata[i]))
      return gtk_label_get_text (labels->pdata[i]);

  return NULL;
}

/* The text of the label in the widget in focus, if any. */
static const char *
focused_text (CrRosterWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  GtkWidget *label = focus != NULL ? cr_test_find_descendant (focus, GTK_TYPE_LABEL) : NULL;

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static char *
join_texts (GPtrArray *texts)
{
  g_ptr_array_add (texts, NULL);

  return g_strjoinv ("|", (char **) texts->pdata);
}

#define MISSPELT_CSV \
  "name,compensaton,Combien de marques promouvez-vous ?,crm_id\n" \
  "Ada,retainer,many,A-1\n" \
  "Bo,none,one,B-2\n"
#define CORRECTED_CSV \
  "name,compensation,brands,crm_id\n" \
  "Ada,retainer,many,A-1\n" \
  "Bo,none,one,B-2\n"

/* A roster with a misspelt column and one in words the reader does not
 * know: before anything is read, a dialog shows each column, the first
 * row's cell, and the question it is read as, the misspelt one's
 * suggestion chosen and marked; focus starts on it. A question chosen
 * twice is refused. Walked twice: Escape the first time, which reads
 * nothing and leaves the roster shown as it was; Continue the second,
 * whose verdicts are the corrected file's. */
static void
test_columns_dialog (void)
{
  g_autofree char *before_path = write_temp ("before.csv", "name,brands\nZed,many\n", -1);
  g_autofree char *path = write_temp ("misspelt.csv", MISSPELT_CSV, -1);
  g_autofree char *corrected_path = write_temp ("corrected.csv", CORRECTED_CSV, -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CrRosterWindow *window = open_path (before_path);
  CrRosterWindow *corrected = open_path (corrected_path);
  g_autoptr(GPtrArray) corrected_cells = first_row_texts (corrected);
  g_autofree char *corrected_row = join_texts (corrected_cells);
  guint compensation, brands;
  g_autofree char *names = NULL;

  g_assert_nonnull (cr_questionnaire_lookup ("compensation", &compensation));
  g_assert_nonnull (cr_questionnaire_lookup ("brands", &brands));
  /* The corrected file's first row: Ada, an influencer on a close call. */
  g_assert_nonnull (strstr (corrected_row, "Ada|"));
  g_assert_nonnull (strstr (corrected_row, "|Influencer|"));
  close_window (corrected);

  names = shown_names (window);
  g_assert_cmpstr (names, ==, "Zed");

  for (int walk = 0; walk < 2; walk++)
    {
      CrRosterColumnsDialog *dialog;
      g_autoptr(GPtrArray) dropdowns = NULL;
      GtkWidget *misspelt, *french, *crm, *focus;
      g_autofree char *body = NULL;
      g_autofree char *label = NULL;

      cr_roster_window_open (window, file);
      dialog = columns_dialog (window);
      wait_idle ();

      /* Nothing is read yet: the roster shown is still there. */
      g_free (names);
      names = shown_names (window);
      g_assert_cmpstr (names, ==, "Zed");
      g_assert_cmpstr (title_of (window), ==, "before.csv");

      g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==,
                       "Match the Columns");
      body = g_strdup_printf ("Some columns of misspelt.csv are not known by their names. "
                              "Choose the question each column answers, or ignore it: the "
                              "roster is read once you continue.");
      g_assert_cmpstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), ==, body);

      /* The name column is not asked about: a drop-down for each of the
       * three others, in the file's order. */
      dropdowns = cr_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN);
      g_assert_cmpuint (dropdowns->len, ==, 3);
      misspelt = g_ptr_array_index (dropdowns, 0);
      french = g_ptr_array_index (dropdowns, 1);
      crm = g_ptr_array_index (dropdowns, 2);

      g_assert_cmpstr (column_label (misspelt, "cr-column-header"), ==, "compensaton");
      g_assert_cmpstr (column_label (misspelt, "cr-column-sample"), ==, "First row: “retainer”");
      g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (misspelt)), ==,
                        compensation + 1);
      g_assert_cmpstr (chosen_text (misspelt), ==, "Are you paid for promoting brands?");
      g_assert_cmpstr (column_label (misspelt, "cr-column-suggested"), ==, "Suggested");
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (misspelt),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           "Column “compensaton”");
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (misspelt),
                                           GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           "First row: “retainer”. Suggested from its name");

      g_assert_cmpstr (column_label (french, "cr-column-header"), ==,
                       "Combien de marques promouvez-vous ?");
      g_assert_cmpstr (column_label (french, "cr-column-sample"), ==, "First row: “many”");
      g_assert_cmpstr (chosen_text (french), ==, "Ignore this column");
      g_assert_null (column_label (french, "cr-column-suggested"));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (french),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           "Column “Combien de marques promouvez-vous ?”");
      g_assert_cmpstr (chosen_text (crm), ==, "Ignore this column");
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (crm), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           "Column “crm_id”");
      /* Every question, by its text, after "Ignore this column". */
      g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (crm))),
                        ==, cr_questionnaire_get_n_questions () + 1);

      /* Focus starts in the dialog, on the column suggested. */
      cr_test_wait_for (cr_test_is_inside (cr_test_focus (GTK_WINDOW (window)), misspelt));
      focus = cr_test_focus (GTK_WINDOW (window));
      if (!cr_test_is_inside (focus, misspelt))
        g_test_message ("focus: %s", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "none");
      g_assert_true (cr_test_is_inside (focus, misspelt));

      /* The questions no column answers yet. */
      label = g_strdup (first_label_with_class (GTK_WIDGET (dialog), "cr-column-unread"));
      g_assert_nonnull (strstr (label, "No column answers: “Do you have an agreement with a brand?”, "));
      g_assert_null (strstr (label, "“Are you paid for promoting brands?”"));
      g_assert_nonnull (strstr (label, "“How many brands do you promote?”"));

      /* Compensation chosen twice: said, and Continue refused. */
      gtk_drop_down_set_selected (GTK_DROP_DOWN (french), compensation + 1);
      wait_idle ();
      g_assert_cmpstr (first_label_with_class (GTK_WIDGET (dialog), "cr-column-error"), ==,
                       "“Are you paid for promoting brands?” is chosen for both “compensaton” and "
                       "“Combien de marques promouvez-vous ?”. Choose it for one column only.");
      g_assert_false (adw_alert_dialog_get_response_enabled (ADW_ALERT_DIALOG (dialog),
                                                             "continue"));

      /* Brands for the French column: accepted. The second time, by
       * keys: Tab to its drop-down, Space opens it, Down to brands,
       * Return. */
      if (walk == 0)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (french), brands + 1);
      else
        {
          cr_test_send_keys (GTK_WINDOW (window), "Tab");
          cr_test_wait_for (cr_test_is_inside (cr_test_focus (GTK_WINDOW (window)), french));
          g_assert_true (cr_test_is_inside (cr_test_focus (GTK_WINDOW (window)), french));
          cr_test_send_keys (GTK_WINDOW (window), "space");
          cr_test_wait_for (gtk_widget_get_mapped (cr_test_find_descendant (french,
                                                                            GTK_TYPE_POPOVER)));
          /* Down until the question is the one in focus, as a person
           * looks. */
          for (int k = 0; k < 12 && g_strcmp0 (focused_text (window),
                                                "How many brands do you promote?") != 0; k++)
            {
              g_autofree char *before = g_strdup (focused_text (window));

              cr_test_send_keys (GTK_WINDOW (window), "Down");
              /* Its move seen before the next key, on a busy machine too. */
              for (int i = 0; i < 100 && g_strcmp0 (focused_text (window), before) == 0; i++)
                {
                  wait_idle ();
                  g_usleep (10000);
                }
            }
          g_assert_cmpstr (focused_text (window), ==, "How many brands do you promote?");
          cr_test_send_keys (GTK_WINDOW (window), "Return");
          cr_test_wait_for (gtk_drop_down_get_selected (GTK_DROP_DOWN (french)) == brands + 1);
        }
      wait_idle ();
      g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (french)), ==, brands + 1);
      g_assert_null (first_label_with_class (GTK_WIDGET (dialog), "cr-column-error"));
      g_assert_true (adw_alert_dialog_get_response_enabled (ADW_ALERT_DIALOG (dialog),
                                                            "continue"));
      g_free (label);
      label = g_strdup (first_label_with_class (GTK_WIDGET (dialog), "cr-column-unread"));
      g_assert_null (strstr (label, "“How many brands do you promote?”"));

      if (walk == 0)
        {
          /* Escape: nothing read, the roster shown as it was. */
          cr_test_send_keys (GTK_WINDOW (window), "Escape");
          cr_test_wait_for (adw_application_window_get_visible_dialog (
                              ADW_APPLICATION_WINDOW (window)) == NULL);
          g_assert_null (adw_application_window_get_visible_dialog (
                           ADW_APPLICATION_WINDOW (window)));
          wait_not_busy (window);
          g_free (names);
          names = shown_names (window);
          g_assert_cmpstr (names, ==, "Zed");
          g_assert_cmpstr (title_of (window), ==, "before.csv");
          g_assert_null (notice_text (window));
          continue;
        }

      cr_test_respond (GTK_WINDOW (window), "C_ontinue");
      wait_not_busy (window);
      g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
    }

  /* Read as chosen: the corrected file's verdicts, cell for cell. */
  g_assert_cmpstr (title_of (window), ==, "misspelt.csv");
  g_free (names);
  names = shown_names (window);
  g_assert_cmpstr (names, ==, "Ada Bo");
  {
    g_autoptr(GPtrArray) cells = first_row_texts (window);
    g_autofree char *row = join_texts (cells);

    g_assert_cmpstr (row, ==, corrected_row);
  }
  g_assert_cmpint (cr_creator_get_role (shown (window, 0)), ==, CR_ROLE_INFLUENCER);
  g_assert_cmpint (cr_creator_get_role (shown (window, 1)), ==, CR_ROLE_AMBASSADOR);
  g_assert_cmpstr (notice_text (window), ==, "Ignored column: crm_id.");

  close_window (window);
  g_unlink (before_path);
  g_unlink (path);
  g_unlink (corrected_path);
}

/* Cancel, as a button: the roster shown stays, and so does its file; a
 * roster whose columns are all known, or only ignored as the file's own,
 * opens with no dialog; one read with a misspelt column unasked (from a
 * stream) says what it was likely meant to be. */
static void
test_columns_cancel (void)
{
  g_autofree char *before_path = write_temp ("before.csv", "name,brands\nZed,many\n", -1);
  g_autofree char *path = write_temp ("misspelt.csv", MISSPELT_CSV, -1);
  g_autofree char *known_path = write_temp ("known.csv", CORRECTED_CSV, -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) known = g_file_new_for_path (known_path);
  g_autoptr(GFile) before = g_file_new_for_path (before_path);
  CrRosterWindow *window = open_path (before_path);
  g_autofree char *names = NULL;

  cr_roster_window_open (window, file);
  columns_dialog (window);
  cr_test_respond (GTK_WINDOW (window), "_Cancel");
  wait_not_busy (window);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  names = shown_names (window);
  g_assert_cmpstr (names, ==, "Zed");
  g_assert_true (g_file_equal (cr_roster_window_get_file (window), before));

  /* Every column known, crm_id the file's own: no dialog. */
  cr_roster_window_open (window, known);
  wait_not_busy (window);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  g_assert_cmpstr (title_of (window), ==, "known.csv");
  g_free (names);
  names = shown_names (window);
  g_assert_cmpstr (names, ==, "Ada Bo");
  g_assert_cmpstr (notice_text (window), ==, "Ignored column: crm_id.");
  close_window (window);

  /* At 360 pixels: the dialog fits, each drop-down within it, and
   * Cancel still leaves the window empty. */
  window = cr_roster_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_open (window, file);
  {
    CrRosterColumnsDialog *dialog = columns_dialog (window);
    g_autoptr(GPtrArray) dropdowns = NULL;

    for (int i = 0; i < 20; i++)
      {
        wait_idle ();
        g_usleep (10000);
      }
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
    dropdowns = cr_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN);
    g_assert_cmpuint (dropdowns->len, ==, 3);
    for (guint c = 0; c < dropdowns->len; c++)
      {
        GtkWidget *dropdown = g_ptr_array_index (dropdowns, c);
        graphene_rect_t bounds;

        g_assert_true (gtk_widget_compute_bounds (dropdown, GTK_WIDGET (window), &bounds));
        g_assert_cmpfloat (bounds.origin.x, >=, 0);
        g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
      }
    cr_test_save_screenshot (GTK_WIDGET (window), "screenshots", "roster-columns-360");
    cr_test_respond (GTK_WINDOW (window), "_Cancel");
    wait_not_busy (window);
    g_assert_cmpstr (page_name (window), ==, "empty");
    g_assert_cmpstr (title_of (window), ==, "Roster");
  }
  close_window (window);

  /* Unasked, the suggestion is in the notice. */
  window = open_window ("name,compensaton,brands,crm_id\nAda,retainer,many,A-1\n");
  g_assert_cmpstr (notice_text (window), ==,
                   "Ignored columns: compensaton (did you mean compensation?), crm_id.");
  close_window (window);

  g_unlink (before_path);
  g_unlink (path);
  g_unlink (known_path);
}

/* An OpenDocument spreadsheet, as Calc saves one: its rows shown, two
 * equal answers side by side (stored as one cell repeated) both read,
 * the row after blank ones numbered as the spreadsheet numbers it; its
 * Save refused as a workbook's is. Twice, the second opening as the
 * first. */
static void
test_open_ods (void)
{
  static const char content[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document-content "
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
    "<office:body><office:spreadsheet><table:table table:name=\"Creators\">"
    "<table:table-row>"
    "<table:table-cell><text:p>name</text:p></table:table-cell>"
    "<table:table-cell><text:p>compensation</text:p></table:table-cell>"
    "<table:table-cell><text:p>agreement</text:p></table:table-cell>"
    "<table:table-cell><text:p>brands</text:p></table:table-cell></table:table-row>"
    "<table:table-row>"
    "<table:table-cell><text:p>Zo\xc3\xa9</text:p></table:table-cell>"
    "<table:table-cell table:number-columns-repeated=\"2\"><text:p>none</text:p>"
    "</table:table-cell>"
    "<table:table-cell><text:p>one</text:p></table:table-cell></table:table-row>"
    "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell/></table:table-row>"
    "<table:table-row>"
    "<table:table-cell><text:p>Lina</text:p></table:table-cell>"
    "<table:table-cell><text:p>lots</text:p></table:table-cell></table:table-row>"
    "</table:table></office:spreadsheet></office:body></office:document-content>";
  g_autofree char *path = cr_test_write_ods (tmpdir, "agency.ods", content, NULL);
  g_autofree char *body = g_strdup_printf ("%s: a roster read from a workbook is not written "
                                           "back into it, which would lose its other sheets "
                                           "and formatting: export it as CSV or XLSX instead",
                                           path);

  for (guint round = 0; round < 2; round++)
    {
      CrRosterWindow *window = open_path (path);
      g_autofree char *names = shown_names (window);
      g_autoptr(GPtrArray) first = NULL;
      g_autofree char *problem = NULL;

      g_assert_cmpstr (title_of (window), ==, "agency.ods");
      g_assert_cmpstr (names, ==, "Zo\xc3\xa9");
      first = first_row_texts (window);
      /* Zoé, none and none: a loyal ambassador, as her CSV row scores. */
      g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "Zo\xc3\xa9");
      g_assert_cmpstr (g_ptr_array_index (first, 1), ==, cr_role_get_name (CR_ROLE_AMBASSADOR));
      g_assert_cmpuint (cr_roster_get_n_problems (roster_of (window)), ==, 1);
      g_assert_cmpuint (cr_roster_get_problem (roster_of (window), 0)->line, ==, 6);
      problem = cr_roster_dup_problem_text (roster_of (window), 0);
      g_assert_true (g_str_has_prefix (problem, "Row 6: "));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
      wait_idle ();
      assert_alert (window, "Cannot Save the Roster", body);
      close_alert (window);
      close_window (window);
    }
}

static void
count_idle_cb (CrRosterWindow *window,
               GParamSpec     *pspec G_GNUC_UNUSED,
               guint          *n_idle)
{
  if (!cr_roster_window_get_busy (window))
    (*n_idle)++;
}

/* Opening a roster whose columns are all known: busy from its header row
 * to its last row, never idle in between (which would say "done" to
 * whoever waits, a person or a screen reader, with no row shown), then
 * idle once, every row there. Twice. */
static void
test_open_busy (void)
{
  g_autofree char *csv = make_csv ();
  g_autofree char *path = write_temp ("busy.csv", csv, -1);

  for (guint round = 0; round < 2; round++)
    {
      CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
      g_autoptr(GFile) file = g_file_new_for_path (path);
      guint n_idle = 0;

      gtk_window_present (GTK_WINDOW (window));
      g_signal_connect (window, "notify::busy", G_CALLBACK (count_idle_cb), &n_idle);
      cr_roster_window_open (window, file);
      g_assert_true (cr_roster_window_get_busy (window));
      wait_not_busy (window);
      wait_idle ();
      g_assert_cmpuint (n_idle, ==, 1);
      g_assert_true (cr_roster_get_complete (roster_of (window)));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster_of (window))), ==, 6);
      close_window (window);
    }
}

/* At 360 pixels, in every language, the window's content asks for no
 * more than the window has: a filter's words are cut first ("Tous les
 * verdicts" in French), never the window made wider than a phone. */
static void
test_narrow_languages (void)
{
  static const char * const codes[] = { "fr", "de", "es", "ar", "" };
  g_autofree char *csv = make_csv ();
  CrRosterWindow *window = cr_roster_window_new (GTK_APPLICATION (app));
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  cr_roster_window_load_stream (window, stream, CR_ROSTER_FORMAT_CSV, (goffset) strlen (csv),
                                "agency.csv");
  wait_not_busy (window);

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
      {
        GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
        int minimum;

        choose_language (codes[i]);
        cr_test_wait_for (adw_application_window_get_current_breakpoint (
                            ADW_APPLICATION_WINDOW (window)) != NULL);
        gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
        if (minimum > 360)
          g_error ("In \"%s\", the window's content asks for %d pixels of 360", codes[i],
                   minimum);
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
      }

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before any thread starts. */
  enter_mount_namespace ();

  tmpdir = g_dir_make_tmp ("cr-roster-window-XXXXXX", &error);
  g_assert_no_error (error);
  cr_test_window_init_english (&argc, &argv);
  app = cr_test_get_app ();

  g_test_add_func ("/roster-window/load", test_load);
  g_test_add_func ("/roster-window/sort", test_sort);
  g_test_add_func ("/roster-window/filter", test_filter);
  g_test_add_func ("/roster-window/open-row", test_open_row);
  g_test_add_func ("/roster-window/export", test_export);
  g_test_add_func ("/roster-window/export-fails", test_export_fails);
  g_test_add_func ("/roster-window/export-shown", test_export_shown);
  g_test_add_func ("/roster-window/save-cards", test_save_cards);
  g_test_add_func ("/roster-window/save-cards-cancel", test_save_cards_cancel);
  g_test_add_func ("/roster-window/save-cards-fails", test_save_cards_fails);
  g_test_add_func ("/roster-window/export-onto-roster", test_export_onto_roster);
  g_test_add_func ("/roster-window/accessible", test_accessible);
  g_test_add_func ("/roster-window/cancel", test_cancel);
  g_test_add_func ("/roster-window/type-while-loading", test_type_while_loading);
  g_test_add_func ("/roster-window/choosers", test_choosers);
  g_test_add_func ("/roster-window/refused", test_refused);
  g_test_add_func ("/roster-window/narrow", test_narrow);
  g_test_add_func ("/roster-window/narrow-languages", test_narrow_languages);
  g_test_add_func ("/roster-window/open-file", test_open_file);
  g_test_add_func ("/roster-window/language", test_language);
  g_test_add_func ("/roster-window/open-fails", test_open_fails);
  g_test_add_func ("/roster-window/columns-dialog", test_columns_dialog);
  g_test_add_func ("/roster-window/columns-cancel", test_columns_cancel);
  g_test_add_func ("/roster-window/export-xlsx", test_export_xlsx);
  g_test_add_func ("/roster-window/open-ods", test_open_ods);
  g_test_add_func ("/roster-window/open-busy", test_open_busy);
  g_test_add_func ("/roster-window/save", test_save);
  g_test_add_func ("/roster-window/close-asks", test_close_asks);
  g_test_add_func ("/roster-window/save-partial", test_save_partial);
  /* A quit signal closes every window too. */
  g_test_add_func ("/roster-window/signal-recovery", test_signal_recovery);
  /* Last: Quit closes every window. */
  g_test_add_func ("/roster-window/quit-asks", test_quit_asks);

  status = g_test_run ();

  cr_test_finish ();

  return status;
}
