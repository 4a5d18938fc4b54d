/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scoring-dialog.c: "How scoring works" shows what the scorer uses
 *
 * Every role appears with what it is, every line of the article with its
 * weight, every question of the table, in order, with its line and every
 * option, its reason, and exactly the points its weights give each role,
 * and every pair of answers that do not go together; the rules quote the scorer's own constants, decisive
 * questions and no-brand options. The dialog opens on the window it was
 * asked from, with its search; Escape and Ctrl+W close it and leave the
 * window open, and Ctrl+Q still quits the app while it is open.
 */
#include "config.h"

#include <adwaita.h>

#include "cr-questionnaire.h"
#include "cr-result.h"
#include "cr-scoring-dialog.h"
#include "cr-test-window.h"

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

/* The groups with a title: the dialog's own search results are an
 * untitled group. */
static GPtrArray *
groups_of (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *groups = g_ptr_array_new ();

  collect (dialog, ADW_TYPE_PREFERENCES_GROUP, all);
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

static AdwDialog *
visible_dialog (CrWindow *window)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

/* app.scoring, as the primary menu activates it, on the window in use:
 * the dialog as it is drawn there. */
static AdwDialog *
open_scoring (CrWindow *window)
{
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (cr_test_get_app ()), "scoring", NULL);
  wait_idle ();
  dialog = visible_dialog (window);
  g_assert_true (CR_IS_SCORING_DIALOG (dialog));

  return dialog;
}

static void
test_every_weight (void)
{
  CrWindow *window = cr_test_new_window ();
  GtkWidget *dialog = GTK_WIDGET (open_scoring (window));
  g_autoptr(GPtrArray) groups = groups_of (dialog);
  guint n_questions = cr_questionnaire_get_n_questions ();

  /* The roles, the rules, the lines, one group per question, the
   * exclusions. */
  g_assert_cmpuint (groups->len, ==, 3 + n_questions + 1);

  /* Each verdict, by the name the result gives it, with what the role
   * is. */
  {
    g_autoptr(GPtrArray) rows = rows_of (g_ptr_array_index (groups, 0));

    g_assert_cmpstr (adw_preferences_group_get_title (g_ptr_array_index (groups, 0)), ==,
                     "The Roles");
    g_assert_cmpuint (rows->len, ==, CR_ROLE_UNDECIDED + 1);
    for (CrRole r = 0; r <= CR_ROLE_UNDECIDED; r++)
      {
        g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, r)), ==,
                         cr_role_get_name (r));
        g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, r)), ==,
                         cr_role_get_description (r));
        g_assert_true (gtk_widget_get_visible (g_ptr_array_index (rows, r)));
      }
  }

  {
    g_autoptr(GPtrArray) rows = rows_of (g_ptr_array_index (groups, 2));

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
    g_autoptr(GPtrArray) rows = rows_of (g_ptr_array_index (groups, 3 + n_questions));

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
      GtkWidget *group = g_ptr_array_index (groups, 3 + q);
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

  cr_test_close_window (window);
}

static void
test_rules (void)
{
  CrWindow *window = cr_test_new_window ();
  GtkWidget *dialog = GTK_WIDGET (open_scoring (window));
  g_autoptr(GPtrArray) groups = groups_of (dialog);
  g_autofree char *rules = dup_labels (g_ptr_array_index (groups, 1));
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

  cr_test_close_window (window);
}

static void
test_show (void)
{
  CrWindow *window;
  AdwDialog *dialog;
  GtkWindow *own = NULL;
  g_autoptr(GListModel) toplevels = NULL;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  dialog = g_object_ref (open_scoring (window));

  /* Inside the window it was opened from, not a window of its own. */
  g_assert_true (gtk_widget_get_root (GTK_WIDGET (dialog)) == GTK_ROOT (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "How Scoring Works");
  g_assert_true (adw_preferences_dialog_get_search_enabled (ADW_PREFERENCES_DIALOG (dialog)));

  /* Closed, it is gone from the window, not leaked. */
  g_assert_true (adw_dialog_close (dialog));
  cr_test_wait_for (visible_dialog (window) == NULL);
  g_assert_null (visible_dialog (window));
  wait_idle ();
  g_assert_finalize_object (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  cr_test_close_window (window);

  /* With no window to go in, it is shown in one of its own. */
  cr_scoring_dialog_show (NULL);
  wait_idle ();
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (CR_IS_SCORING_DIALOG (gtk_window_get_child (toplevel)))
        own = toplevel;
    }
  g_assert_nonnull (own);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (own)));
  g_object_ref (own);
  dialog = g_object_ref (ADW_DIALOG (gtk_window_get_child (own)));
  g_assert_true (adw_dialog_close (dialog));
  wait_idle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (own)));
  g_clear_object (&toplevels);
  g_assert_finalize_object (own);
  g_assert_finalize_object (dialog);
}

static void
count_cb (GSimpleAction *action G_GNUC_UNUSED,
          GVariant      *parameter G_GNUC_UNUSED,
          guint         *count)
{
  (*count)++;
}

/* Real keys, typed while the dialog has the focus. Last, as Ctrl+Q quits. */
static void
test_keys (void)
{
  GtkWindow *w;
  CrWindow *window;
  AdwDialog *dialog;
  GAction *quit = g_action_map_lookup_action (G_ACTION_MAP (cr_test_get_app ()), "quit");
  guint n_quits = 0;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  w = GTK_WINDOW (window);

  /* Letters typed start the search; Escape ends it, then closes the
   * dialog, and only the dialog. */
  dialog = open_scoring (window);
  g_assert_true (cr_test_is_inside (cr_test_focus (w), GTK_WIDGET (dialog)));
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();

    collect (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, entries);
    g_assert_cmpuint (entries->len, ==, 1);
    cr_test_send_keys (w, "s h a");
    cr_test_wait_for (g_str_equal (gtk_editable_get_text (g_ptr_array_index (entries, 0)), "sha"));
    g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, "sha");
    g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (entries, 0)));
    cr_test_send_keys (w, "Escape");
    cr_test_wait_for (!gtk_widget_get_mapped (g_ptr_array_index (entries, 0)));
    g_assert_false (gtk_widget_get_mapped (g_ptr_array_index (entries, 0)));
    g_assert_true (visible_dialog (window) == dialog);
  }
  cr_test_send_keys (w, "Escape");
  cr_test_wait_for (visible_dialog (window) == NULL);
  g_assert_null (visible_dialog (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* So does Ctrl+W, which on the window closes the window. */
  dialog = open_scoring (window);
  cr_test_send_keys (w, "ctrl+w");
  cr_test_wait_for (visible_dialog (window) == NULL);
  g_assert_null (visible_dialog (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Ctrl+Q reaches app.quit, which closes every window, the dialog with
   * its window. */
  dialog = g_object_ref (open_scoring (window));
  g_signal_connect (quit, "activate", G_CALLBACK (count_cb), &n_quits);
  cr_test_send_keys (w, "ctrl+q");
  cr_test_wait_for (!gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpuint (n_quits, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (cr_test_get_app ())));
  g_signal_handlers_disconnect_by_func (quit, count_cb, &n_quits);

  cr_test_close_window (window);
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  cr_test_window_init (&argc, &argv);

  g_test_add_func ("/ui/scoring-dialog/every-weight", test_every_weight);
  g_test_add_func ("/ui/scoring-dialog/rules", test_rules);
  g_test_add_func ("/ui/scoring-dialog/show", test_show);
  g_test_add_func ("/ui/scoring-dialog/keys", test_keys);

  status = g_test_run ();

  cr_test_finish ();

  return status;
}
