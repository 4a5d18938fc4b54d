/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-a11y.c: accessible names given once, and hidden stack pages
 *
 * Through GTK's own accessible API: after each cr-a11y function a widget
 * has exactly one source for its name, the accessible label holding the
 * shown text without mnemonic, and no labelled-by relation that GTK 4.8
 * would read after it; the name follows the text as it changes, and GTK
 * or libadwaita setting their own label again does not bring the doubling
 * back. A stack's pages that are not shown are hidden, as pages come, go
 * and are shown. Once installed, the same is done to every widget as it
 * is mapped, and what a container keeps off screen is hidden.
 */
#include "config.h"

#include <adwaita.h>

#include "cr-a11y.h"

/* Exactly one source for the name: @name as the accessible label, no
 * labelled-by relation. */
#define assert_named(widget, name) \
  G_STMT_START { \
    gtk_test_accessible_assert_property ((widget), GTK_ACCESSIBLE_PROPERTY_LABEL, (name)); \
    g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), \
                                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY)); \
  } G_STMT_END

static void
test_strip_mnemonic (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "_Start", "Start" },
    { "Start _Over", "Start Over" },
    { "See _Result", "See Result" },
    { "Save __As", "Save _As" },
    { "No mnemonic", "No mnemonic" },
    { "trailing_", "trailing" },
    { "", "" },
    { "_Arabic: _ابدأ", "Arabic: ابدأ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cr_a11y_strip_mnemonic (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_button (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic ("_Start");

  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));

  cr_a11y_button_use_label (GTK_BUTTON (button));
  assert_named (button, "Start");

  /* GtkButton sets its label, underscore and all, again: the name stays
   * the text shown. */
  gtk_button_set_label (GTK_BUTTON (button), "See _Result");
  assert_named (button, "See Result");

  /* Turning the mnemonic off and on makes GtkButton add its mnemonic
   * label as a labelled-by relation again. */
  gtk_button_set_use_underline (GTK_BUTTON (button), FALSE);
  assert_named (button, "See _Result");
  gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
  assert_named (button, "See Result");

  /* Called twice, it is still one name, and a plain label is kept. */
  cr_a11y_button_use_label (GTK_BUTTON (button));
  gtk_button_set_label (GTK_BUTTON (button), "Open a Saved Result…");
  assert_named (button, "Open a Saved Result…");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_button_icon (void)
{
  GtkWidget *button = g_object_ref_sink (gtk_button_new_from_icon_name ("open-menu-symbolic"));

  /* An icon button shows no text: it is named by whoever builds it, and
   * the label helper leaves that name alone. */
  cr_a11y_set_name (button, "Main Menu");
  cr_a11y_button_use_label (GTK_BUTTON (button));
  assert_named (button, "Main Menu");

  g_object_unref (button);
}

static void
test_label_by (void)
{
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *label = gtk_label_new ("Are you paid for promoting brands?");
  GtkWidget *list = gtk_list_box_new ();

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), list);

  /* As a template would have it: labelled by the label, and an accessible
   * label of its own, which GTK 4.8 reads one after the other. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Are you paid for promoting brands?",
                                  -1);

  cr_a11y_label_by (list, GTK_LABEL (label));
  assert_named (list, "Are you paid for promoting brands?");

  gtk_label_set_text_with_mnemonic (GTK_LABEL (label), "_Do you have an agreement?");
  assert_named (list, "Do you have an agreement?");

  g_object_unref (box);
}

static void
test_describe_by (void)
{
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *label = gtk_label_new ("Share, like, retweet");
  GtkWidget *button = gtk_check_button_new ();

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);

  cr_a11y_describe_by (button, GTK_LABEL (label));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Share, like, retweet");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY));

  gtk_label_set_text (GTK_LABEL (label), "Original videos");
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Original videos");

  /* Hidden text is not read. */
  gtk_widget_set_visible (label, FALSE);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  gtk_widget_set_visible (label, TRUE);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Original videos");

  g_object_unref (box);
}

static void
test_row (void)
{
  GtkWidget *list = g_object_ref_sink (gtk_list_box_new ());
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *other = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Never");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), "I promote brands without being paid");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  /* libadwaita has labelled the check button by the row's title; with a
   * label of its own, GTK 4.8 would say "Never Never". */
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (check),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Never",
                                  -1);

  cr_a11y_name_from_row (check, ADW_ACTION_ROW (row));
  cr_a11y_name_from_row (row, ADW_ACTION_ROW (row));
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *widget = i == 0 ? check : row;

      assert_named (widget, "Never");
      gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           "I promote brands without being paid");
      g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                                        GTK_ACCESSIBLE_RELATION_DESCRIBED_BY));
    }

  /* The row's texts change: so do the names, mnemonic removed. */
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "_Gifts only");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), NULL);
  assert_named (check, "Gifts only");
  assert_named (row, "Gifts only");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (check),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* libadwaita relabels when the activatable widget changes; the widget
   * given keeps one name. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), other);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), other);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  assert_named (check, "Gifts only");

  g_object_unref (list);
}

static void
assert_shown_page (GtkStack  *stack,
                   GtkWidget *shown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_test_accessible_assert_state (child, GTK_ACCESSIBLE_STATE_HIDDEN, child != shown);
}

static void
test_stack (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *welcome = gtk_button_new_with_label ("Start");
  GtkWidget *question = gtk_label_new ("Question 1 of 10");
  GtkWidget *result = gtk_label_new ("You are an influencer");

  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_stack_add_named (GTK_STACK (stack), welcome, "welcome");
  gtk_stack_add_named (GTK_STACK (stack), question, "question-1");
  gtk_window_present (GTK_WINDOW (window));

  cr_a11y_stack_follow_visible_child (GTK_STACK (stack));
  assert_shown_page (GTK_STACK (stack), welcome);

  gtk_stack_set_visible_child (GTK_STACK (stack), question);
  assert_shown_page (GTK_STACK (stack), question);

  /* A page added later is hidden until shown, with or without a
   * transition. */
  gtk_stack_add_named (GTK_STACK (stack), result, "result");
  assert_shown_page (GTK_STACK (stack), question);
  gtk_stack_set_visible_child_full (GTK_STACK (stack), "result",
                                    GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  assert_shown_page (GTK_STACK (stack), result);

  /* Pages are thrown away and built again, as a language switch does. */
  gtk_stack_remove (GTK_STACK (stack), result);
  gtk_stack_remove (GTK_STACK (stack), welcome);
  welcome = gtk_button_new_with_label ("Start");
  gtk_stack_add_named (GTK_STACK (stack), welcome, "welcome");
  assert_shown_page (GTK_STACK (stack), gtk_stack_get_visible_child (GTK_STACK (stack)));
  gtk_stack_set_visible_child (GTK_STACK (stack), welcome);
  assert_shown_page (GTK_STACK (stack), welcome);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
wait_mapped (GtkWidget *widget,
             gboolean   mapped)
{
  for (guint i = 0; i < 1000 && gtk_widget_get_mapped (widget) != mapped; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (gtk_widget_get_mapped (widget), ==, mapped);
}

static void
test_install (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *button = gtk_button_new_with_mnemonic ("_Start");
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *revealed = gtk_button_new_with_mnemonic ("_Keep This Change");
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  cr_a11y_install ();
  cr_a11y_install ();

  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_NONE);
  gtk_revealer_set_child (GTK_REVEALER (revealer), revealed);
  g_object_set (search, "placeholder-text", "Search by name", NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Never");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  /* As libadwaita and GtkButton would read it on GTK 4.8: twice. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Never",
                                  -1);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), revealer);
  gtk_box_append (GTK_BOX (box), search);
  gtk_box_append (GTK_BOX (box), list);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  wait_mapped (button, TRUE);

  /* Named once by what they show, without being asked one by one. */
  assert_named (button, "Start");
  assert_named (check, "Never");
  assert_named (row, "Never");
  gtk_test_accessible_assert_property (search, GTK_ACCESSIBLE_PROPERTY_LABEL, "Search by name");

  /* What the revealer keeps off screen is hidden until it is shown. */
  gtk_test_accessible_assert_state (revealed, GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (revealer), TRUE);
  wait_mapped (revealed, TRUE);
  gtk_test_accessible_assert_state (revealed, GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
  assert_named (revealed, "Keep This Change");
  gtk_revealer_set_reveal_child (GTK_REVEALER (revealer), FALSE);
  wait_mapped (revealed, FALSE);
  gtk_test_accessible_assert_state (revealed, GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);

  /* A widget its builder hid stays hidden once mapped. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_visible (list, FALSE);
  wait_mapped (check, FALSE);
  gtk_widget_set_visible (list, TRUE);
  wait_mapped (check, TRUE);
  gtk_test_accessible_assert_state (check, GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_entry_row (void)
{
  GtkWidget *row = g_object_ref_sink (adw_entry_row_new ());
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Who is this about? (optional)");
  g_assert_true (GTK_IS_TEXT (text));
  cr_a11y_entry_row_expose_text (ADW_ENTRY_ROW (row));

  /* Before GTK 4.10 the row cannot say its text has the focus: the text
   * says it, as a text box named by the row's title. */
  if (gtk_get_minor_version () < 10)
    {
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (text)), ==,
                       GTK_ACCESSIBLE_ROLE_TEXT_BOX);
      assert_named (text, "Who is this about? (optional)");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Name");
      assert_named (text, "Name");
    }
  else
    g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (text)), ==,
                     GTK_ACCESSIBLE_ROLE_NONE);

  g_object_unref (row);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps what the widgets tell assistive
   * technologies, for the tests to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/a11y/strip-mnemonic", test_strip_mnemonic);
  g_test_add_func ("/a11y/button", test_button);
  g_test_add_func ("/a11y/button-icon", test_button_icon);
  g_test_add_func ("/a11y/label-by", test_label_by);
  g_test_add_func ("/a11y/describe-by", test_describe_by);
  g_test_add_func ("/a11y/row", test_row);
  g_test_add_func ("/a11y/stack", test_stack);
  g_test_add_func ("/a11y/install", test_install);
  g_test_add_func ("/a11y/entry-row", test_entry_row);

  return g_test_run ();
}
