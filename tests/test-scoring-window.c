/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scoring-window.c: "How scoring works" shows what the scorer uses
 *
 * Every line of the article appears with its weight, every question of the
 * table, in order, with its line and every option, its reason, and exactly
 * the points its weights give each role, and every pair of answers that do
 * not go together; the rules quote the scorer's own constants, decisive
 * questions and no-brand options.
 */
#include "config.h"

#include <adwaita.h>

#include "cr-questionnaire.h"
#include "cr-result.h"
#include "cr-scoring-window.h"

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* Every label's text under @widget, one a line. */
static char *
dup_labels (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *s = g_string_new (NULL);

  collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (labels, i)))
      g_string_append_printf (s, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_string_free (s, FALSE);
}

/* The groups with a title: the window's own search results are an
 * untitled group. */
static GPtrArray *
groups_of (GtkWidget *window)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *groups = g_ptr_array_new ();

  collect (window, ADW_TYPE_PREFERENCES_GROUP, all);
  for (guint i = 0; i < all->len; i++)
    {
      const char *title = adw_preferences_group_get_title (g_ptr_array_index (all, i));

      if (title != NULL && title[0] != '\0')
        g_ptr_array_add (groups, g_ptr_array_index (all, i));
    }

  return groups;
}

static GPtrArray *
rows_of (GtkWidget *group)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect (group, ADW_TYPE_ACTION_ROW, rows);
  return rows;
}

static void
test_every_weight (void)
{
  GtkWidget *window = cr_scoring_window_new ();
  g_autoptr(GPtrArray) groups = groups_of (window);
  guint n_questions = cr_questionnaire_get_n_questions ();

  /* The rules, the lines, one group per question, the exclusions. */
  g_assert_cmpuint (groups->len, ==, 2 + n_questions + 1);

  {
    g_autoptr(GPtrArray) rows = rows_of (g_ptr_array_index (groups, 1));

    g_assert_cmpuint (rows->len, ==, cr_questionnaire_get_n_lines ());
    for (guint l = 0; l < rows->len; l++)
      {
        const CrLine *line = cr_questionnaire_get_line (l);
        g_autofree char *text = dup_labels (g_ptr_array_index (rows, l));
        g_autofree char *points = g_strdup_printf ("\n%u points\n", line->weight);
        g_autofree char *lined = g_strdup_printf ("\n%s", text);

        g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, l)), ==,
                         line->title);
        g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, l)), ==,
                         line->description);
        g_assert_nonnull (strstr (lined, points));
      }
  }

  {
    g_autoptr(GPtrArray) rows = rows_of (g_ptr_array_index (groups, 2 + n_questions));

    g_assert_cmpuint (rows->len, ==, cr_questionnaire_get_n_exclusions ());
    for (guint i = 0; i < rows->len; i++)
      {
        const CrExclusion *exclusion = cr_questionnaire_get_exclusion (i);
        const CrQuestion *question = cr_questionnaire_lookup (exclusion->question, NULL);
        const char *subtitle = adw_action_row_get_subtitle (g_ptr_array_index (rows, i));

        g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), ==,
                         exclusion->reason);
        g_assert_nonnull (strstr (subtitle, question->title));
        g_assert_nonnull (strstr (subtitle, cr_question_lookup_option (question,
                                                                       exclusion->option,
                                                                       NULL)->label));
      }
  }

  for (guint q = 0; q < n_questions; q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);
      const CrLine *line = cr_questionnaire_get_line (question->line);
      GtkWidget *group = g_ptr_array_index (groups, 2 + q);
      g_autoptr(GPtrArray) rows = rows_of (group);
      g_autofree char *share = g_strdup_printf ("“%s”: up to %u of its %u points.", line->title,
                                                question->weight, line->weight);

      g_assert_nonnull (strstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)),
                                question->title));
      g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                share));
      g_assert_cmpuint (rows->len, ==, question->n_options);

      for (guint o = 0; o < question->n_options; o++)
        {
          const CrOption *option = &question->options[o];
          GtkWidget *row = g_ptr_array_index (rows, o);
          g_autofree char *text = dup_labels (row);
          guint n_weights = 0;

          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                           option->label);
          g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                           option->reason);

          /* Each role the option gives points to, with exactly those
           * points, and no other role. */
          for (guint r = 0; r < CR_N_ROLES; r++)
            {
              g_autofree char *chip = g_strdup_printf ("%s +", cr_role_get_name (r));
              g_autofree char *exact = g_strdup_printf ("\n%s +%u\n", cr_role_get_name (r),
                                                        (guint) option->weights[r]);
              g_autofree char *lined = g_strdup_printf ("\n%s", text);

              if (option->weights[r] > 0)
                {
                  g_assert_nonnull (strstr (lined, exact));
                  n_weights++;
                }
              else
                {
                  g_assert_null (strstr (lined, chip));
                }
            }

          if (n_weights == 0)
            g_assert_nonnull (strstr (text, "No points\n"));
          else
            g_assert_null (strstr (text, "No points\n"));
          if (option->no_brand)
            g_assert_nonnull (strstr (text, "No-brand answer\n"));
          else
            g_assert_null (strstr (text, "No-brand answer\n"));
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rules (void)
{
  GtkWidget *window = cr_scoring_window_new ();
  g_autoptr(GPtrArray) groups = groups_of (window);
  g_autofree char *rules = dup_labels (g_ptr_array_index (groups, 0));
  g_autofree char *margin = g_strdup_printf (" %u points apart", (guint) CR_CLOSE_CALL_MARGIN);
  g_autofree char *weight_max = g_strdup_printf ("at most %u points", (guint) CR_WEIGHT_MAX);
  g_autofree char *steps = g_strdup_printf ("up to %u answers", (guint) CR_CHANGE_MAX_STEPS);
  guint n_no_brand = 0;

  g_test_message ("%s", rules);
  g_assert_nonnull (strstr (rules, "Shares of 100"));
  g_assert_nonnull (strstr (rules, margin));
  g_assert_nonnull (strstr (rules, weight_max));
  g_assert_nonnull (strstr (rules, steps));
  g_assert_nonnull (strstr (rules, cr_role_get_name (CR_ROLE_NONE)));

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        {
          g_autofree char *line = NULL;

          if (!question->options[o].no_brand)
            continue;

          line = g_strdup_printf ("“%s” to “%s”", question->options[o].label, question->title);
          g_assert_nonnull (strstr (rules, line));
          n_no_brand++;
        }

      /* Each decisive question in the rule of no verdict, one a line. */
      {
        g_autofree char *listed = g_strdup_printf ("\n• “%s”", question->title);

        g_assert_cmpint (strstr (rules, listed) != NULL, ==, question->decisive);
      }

      if (question->multiple)
        {
          g_autofree char *quoted = g_strdup_printf ("“%s”", question->title);
          g_assert_nonnull (strstr (rules, quoted));
        }
    }

  g_assert_cmpuint (n_no_brand, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_show (void)
{
  GtkWidget *parent = gtk_window_new ();
  g_autoptr(GListModel) toplevels = NULL;
  GtkWindow *shown = NULL;

  cr_scoring_window_show (GTK_WINDOW (parent));

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CR_IS_SCORING_WINDOW (window))
        shown = GTK_WINDOW (window);
    }

  g_assert_nonnull (shown);
  g_assert_true (gtk_window_get_transient_for (shown) == GTK_WINDOW (parent));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shown)));
  g_assert_cmpstr (gtk_window_get_title (shown), ==, "How Scoring Works");

  /* Closed, the window and its parent are gone, not leaked. */
  g_object_ref (shown);
  g_object_ref (parent);
  gtk_window_destroy (shown);
  gtk_window_destroy (GTK_WINDOW (parent));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (shown);
  g_assert_finalize_object (parent);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/scoring-window/every-weight", test_every_weight);
  g_test_add_func ("/ui/scoring-window/rules", test_rules);
  g_test_add_func ("/ui/scoring-window/show", test_show);

  return g_test_run ();
}
