/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-scoring-dialog.c: "How scoring works"
 *
 * The dialog is built at run time from the questionnaire table that the
 * scorer itself walks (cr_questionnaire_get_question()), so what it shows can
 * never drift from what the scorer does: the article's lines and what each
 * weighs, every question, every option, the points the option gives each
 * role and the reason behind them, and the answers that do not go
 * together. A first group says what each verdict means, in the table's
 * words for the roles; the next states the rules that turn points into a
 * verdict, with the numbers and answers taken from the same table and
 * headers the scorer uses. It is a dialog presented inside the window it
 * was asked from, with a search over its rows; the language switch opens
 * it again in the new language (cr-language-menu.c).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-application.h"
#include "cr-questionnaire.h"
#include "cr-result.h"
#include "cr-scoring-dialog.h"

struct _CrScoringDialog
{
  AdwPreferencesDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (CrScoringDialog, cr_scoring_dialog, ADW_TYPE_PREFERENCES_DIALOG)

/* One colour per role, from the GNOME palette, so that a role's points are
 * easy to follow down the page; the role is always named in words too. */
static const char weight_css[] =
  ".cr-weight {"
  "  border-radius: 999px;"
  "  padding: 1px 8px;"
  "  font-size: smaller;"
  "  font-weight: bold;"
  "}"
  ".cr-weight.influencer {"
  "  color: @blue_4;"
  "  background-color: alpha(@blue_3, 0.15);"
  "}"
  ".cr-weight.ambassador {"
  "  color: @green_5;"
  "  background-color: alpha(@green_4, 0.15);"
  "}"
  ".cr-weight.contracted-ambassador {"
  "  color: @purple_3;"
  "  background-color: alpha(@purple_3, 0.15);"
  "}"
  ".cr-weight.none {"
  "  background-color: alpha(currentColor, 0.1);"
  "  font-weight: normal;"
  "}"
  /* Lighter inks on a dark background. */
  ".cr-dark .cr-weight.influencer {"
  "  color: @blue_1;"
  "  background-color: alpha(@blue_3, 0.25);"
  "}"
  ".cr-dark .cr-weight.ambassador {"
  "  color: @green_1;"
  "  background-color: alpha(@green_4, 0.25);"
  "}"
  ".cr-dark .cr-weight.contracted-ambassador {"
  "  color: @purple_1;"
  "  background-color: alpha(@purple_2, 0.25);"
  "}";

static void
ensure_css (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_object_get_data (G_OBJECT (display), "cr-scoring-css") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_string (provider, weight_css);
  gtk_style_context_add_provider_for_display (display,
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data (G_OBJECT (display), "cr-scoring-css", GINT_TO_POINTER (TRUE));
}

static void
dark_changed_cb (CrScoringDialog *self,
                 GParamSpec      *pspec G_GNUC_UNUSED,
                 AdwStyleManager *style_manager)
{
  if (adw_style_manager_get_dark (style_manager))
    gtk_widget_add_css_class (GTK_WIDGET (self), "cr-dark");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "cr-dark");
}

static GtkWidget *
chip_new (const char *text,
          const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "cr-weight");
  gtk_widget_add_css_class (label, style);
  gtk_widget_set_halign (label, GTK_ALIGN_END);

  return label;
}

/* The points an option gives, one chip per role that gets any, e.g.
 * "Influencer +3" over "Contracted ambassador +1". */
static GtkWidget *
weights_new (const CrOption *option)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gboolean any = FALSE;

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  for (guint r = 0; r < CR_N_ROLES; r++)
    {
      g_autofree char *text = NULL;

      if (option->weights[r] == 0)
        continue;

      /* Translators: the points an answer gives a role, e.g. "Influencer +3". */
      text = g_strdup_printf (_("%s +%u"), cr_role_get_name (r), (guint) option->weights[r]);
      gtk_box_append (GTK_BOX (box), chip_new (text, cr_role_to_id (r)));
      any = TRUE;
    }

  if (!any)
    gtk_box_append (GTK_BOX (box), chip_new (_("No points"), "none"));

  if (option->no_brand)
    gtk_box_append (GTK_BOX (box), chip_new (_("No-brand answer"), "none"));

  return box;
}

static GtkWidget *
row_new (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_focusable (row, TRUE);

  return row;
}

static GtkWidget *
option_row_new (const CrOption *option)
{
  GtkWidget *row = row_new (_(option->label), _(option->reason));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), weights_new (option));

  return row;
}

static GtkWidget *
question_group_new (const CrQuestion *question,
                    guint             number)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *title = NULL;
  g_autofree char *title_markup = NULL;
  g_autofree char *description = NULL;
  g_autofree char *why = NULL;
  const CrLine *line;

  /* Group titles and descriptions are Pango markup: escape the texts. */
  /* Translators: a question's heading, its number then its text, e.g.
   * "3. How many brands do you promote?" */
  title = g_strdup_printf (_("%u. %s"), number, _(question->title));
  title_markup = g_markup_escape_text (title, -1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title_markup);

  line = cr_questionnaire_get_line (question->line);
  /* Translators: under a question: why it matters, then its share of a line,
   * e.g. "… On the line “One brand or several”: up to 6 of its 12 points." */
  description = g_strdup_printf (_("%s On the line “%s”: up to %u of its %u points."),
                                 _(question->why), _(line->title), question->weight,
                                 line->weight);
  why = g_markup_escape_text (description, -1);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), why);

  for (guint o = 0; o < question->n_options; o++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               option_row_new (&question->options[o]));

  return group;
}

/* "• “None” to “How many brands do you promote?”", one line for each
 * option that says there is no tie to a brand, as the scorer reads them. */
static char *
dup_no_brand_answers (guint *n)
{
  GString *s = g_string_new (NULL);

  *n = 0;

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      for (guint o = 0; o < question->n_options; o++)
        {
          if (!question->options[o].no_brand)
            continue;

          if (s->len > 0)
            g_string_append_c (s, '\n');
          (*n)++;
          /* Translators: one line of the no-brand rule: an answer, then its
           * question, e.g. "• “None” to “How many brands do you promote?”" */
          g_string_append_printf (s, _("• “%s” to “%s”"),
                                  _(question->options[o].label), _(question->title));
        }
    }

  return g_string_free (s, FALSE);
}

/* "• “Are you paid for promoting brands?”", one line for each decisive
 * question. */
static char *
dup_decisive_questions (void)
{
  GString *s = g_string_new (NULL);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      if (!question->decisive)
        continue;

      if (s->len > 0)
        g_string_append_c (s, '\n');
      /* Translators: one line of a list of questions */
      g_string_append_printf (s, _("• “%s”"), _(question->title));
    }

  return g_string_free (s, FALSE);
}

static char *
dup_multiple_questions (void)
{
  GString *s = g_string_new (NULL);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      const CrQuestion *question = cr_questionnaire_get_question (q);

      if (!question->multiple)
        continue;

      if (s->len > 0)
        /* Translators: separates question titles in a list */
        g_string_append (s, _(", "));
      g_string_append_printf (s, _("“%s”"), _(question->title));
    }

  return g_string_free (s, FALSE);
}

/* How points are given: the lines, their shares and the most an answer
 * gives. */
static GtkWidget *
points_row_new (void)
{
  g_autofree char *points = NULL;

  /* Translators: the plural follows the first number, the lines; the second
   * is the most points an answer can give. */
  points = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The article draws %u line between the roles, listed "
                                         "below with what it weighs. The questions on one line "
                                         "share its points, so that it counts once. Each answer "
                                         "gives every role from 0 to its question’s share, at "
                                         "most %u points, and the points of all your answers "
                                         "are added up for each role.",
                                         "The article draws %u lines between the roles, listed "
                                         "below with what each weighs. The questions on one "
                                         "line share its points, so that it counts once. Each "
                                         "answer gives every role from 0 to its question’s "
                                         "share, at most %u points, and the points of all your "
                                         "answers are added up for each role.",
                                         cr_questionnaire_get_n_lines ()),
                            cr_questionnaire_get_n_lines (), (guint) CR_WEIGHT_MAX);

  return row_new (_("Points for Each Answer"), points);
}

/* The decisive questions, without which there is no verdict. */
static GtkWidget *
no_verdict_row_new (void)
{
  g_autofree char *decisive_questions = dup_decisive_questions ();
  g_autofree char *decisive = NULL;

  decisive = g_strdup_printf (_("Until you answer at least one of these, there is no verdict "
                                "and no shares:\n%s"),
                              decisive_questions);

  return row_new (_("No Verdict Yet"), decisive);
}

/* The answers that say there is no tie to a brand, which settle the
 * verdict alone. */
static GtkWidget *
no_brand_row_new (void)
{
  g_autofree char *no_brand_answers = NULL;
  g_autofree char *no_brand = NULL;
  guint n_no_brand;

  no_brand_answers = dup_no_brand_answers (&n_no_brand);
  no_brand = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "This answer makes the verdict “%s”, whatever else "
                                           "you answered, and no role gets a share:\n%s",
                                           "Any of these answers makes the verdict “%s”, "
                                           "whatever else you answered, and no role gets a "
                                           "share:\n%s",
                                           n_no_brand),
                              cr_role_get_name (CR_ROLE_NONE), no_brand_answers);

  return row_new (_("No Brand at All"), no_brand);
}

static GtkWidget *
close_call_row_new (void)
{
  g_autofree char *close_call = NULL;

  close_call = g_strdup_printf (_("When the two largest shares are %u points apart or less, "
                                  "the result calls it a close call and names both roles: "
                                  "you may well be a bit of each."),
                                (guint) CR_CLOSE_CALL_MARGIN);

  return row_new (_("Close Calls"), close_call);
}

/* How the questions with several answers count, or NULL when the
 * questionnaire has none. */
static GtkWidget *
several_answers_row_new (void)
{
  g_autofree char *multiple_questions = dup_multiple_questions ();
  g_autofree char *multiple = NULL;

  if (multiple_questions[0] == '\0')
    return NULL;

  multiple = g_strdup_printf (_("Where several answers may be chosen (%s), each role gets "
                                "the points of the strongest answer chosen for it, so "
                                "ticking more boxes never outweighs another question."),
                              multiple_questions);

  return row_new (_("Several Answers"), multiple);
}

static GtkWidget *
changes_row_new (void)
{
  g_autofree char *changes = NULL;

  changes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "For every role that is not your verdict, the result "
                                          "gives the fewest answers to change, up to %u answer, "
                                          "that "
                                          "would make it the verdict, and its share then; or "
                                          "says that none would. It never proposes answers "
                                          "that do not go together, listed at the end.",
                                          "For every role that is not your verdict, the result "
                                          "gives the fewest answers to change, up to %u answers, "
                                          "that "
                                          "would make it the verdict, and its share then; or "
                                          "says that none would. It never proposes answers "
                                          "that do not go together, listed at the end.",
                                          CR_CHANGE_MAX_STEPS),
                             (guint) CR_CHANGE_MAX_STEPS);

  return row_new (_("What Would Change the Verdict"), changes);
}

static GtkWidget *
rules_group_new (void)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autofree char *description = NULL;
  GtkWidget *several_answers;

  adw_preferences_group_set_title (group, _("The Rules"));
  description = g_markup_escape_text (_("How your answers become a verdict. Every weight "
                                        "below stands for one point the article makes "
                                        "about influencers and ambassadors."), -1);
  adw_preferences_group_set_description (group, description);

  adw_preferences_group_add (group, points_row_new ());
  adw_preferences_group_add (group, no_verdict_row_new ());
  adw_preferences_group_add (group, no_brand_row_new ());
  adw_preferences_group_add (group,
                             row_new (_("Shares of 100"),
                                      _("Otherwise the role with the most points is the "
                                        "verdict; when two have the same points, the one "
                                        "listed first wins. The three totals are shown as "
                                        "shares of 100, shared out so that an answer that "
                                        "moves towards a role never lowers its share.")));
  adw_preferences_group_add (group, close_call_row_new ());
  several_answers = several_answers_row_new ();
  if (several_answers != NULL)
    adw_preferences_group_add (group, several_answers);
  adw_preferences_group_add (group, changes_row_new ());

  return GTK_WIDGET (group);
}

/* What each verdict means, as the article describes the roles: a
 * sentence about the role, never about the person. */
static GtkWidget *
roles_group_new (void)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("The Roles"));
  for (CrRole r = 0; r <= CR_ROLE_UNDECIDED; r++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               row_new (cr_role_get_name (r), cr_role_get_description (r)));

  return group;
}

/* The article's lines, each with what it weighs. */
static GtkWidget *
lines_group_new (void)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *description = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("The Article’s Lines"));
  description = g_markup_escape_text (_("What tells the roles apart, and how much each line "
                                        "can give one role."), -1);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  for (guint l = 0; l < cr_questionnaire_get_n_lines (); l++)
    {
      const CrLine *line = cr_questionnaire_get_line (l);
      GtkWidget *row = row_new (_(line->title), _(line->description));
      /* Translators: what a line of the article can give one role, e.g. "12 points" */
      g_autofree char *points = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point",
                                                              "%u points", line->weight),
                                                 line->weight);
      GtkWidget *chip = chip_new (points, "none");

      gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), chip);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

/* The answers that a coherent person cannot give together, which the
 * result never proposes. */
static GtkWidget *
exclusions_group_new (void)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *description = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   _("Answers That Do Not Go Together"));
  description = g_markup_escape_text (_("When the result says what would change the verdict, "
                                        "it never proposes answering these together."), -1);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  for (guint i = 0; i < cr_questionnaire_get_n_exclusions (); i++)
    {
      const CrExclusion *exclusion = cr_questionnaire_get_exclusion (i);
      const CrQuestion *question = cr_questionnaire_lookup (exclusion->question, NULL);
      const CrQuestion *other = cr_questionnaire_lookup (exclusion->other_question, NULL);
      const CrOption *option = cr_question_lookup_option (question, exclusion->option, NULL);
      g_auto(GStrv) ids = g_strsplit (exclusion->other_options, " ", -1);
      GString *pairs = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint j = 0; ids[j] != NULL; j++)
        {
          if (pairs->len > 0)
            g_string_append_c (pairs, '\n');
          /* Translators: two answers that do not go together, e.g. "• “Never” to
           * “Are you paid for promoting brands?” with “Campaign by campaign” to
           * “Do you have an agreement with a brand?”" */
          g_string_append_printf (pairs, _("• “%s” to “%s” with “%s” to “%s”"),
                                  _(option->label), _(question->title),
                                  _(cr_question_lookup_option (other, ids[j], NULL)->label),
                                  _(other->title));
        }

      text = g_string_free (pairs, FALSE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 row_new (_(exclusion->reason), text));
    }

  return group;
}

/* With search on, the dialog hands every key typed in it to its search
 * entry before the window's shortcuts see it, and the entry keeps those
 * it takes, Ctrl+Q among them. The application's shortcuts go first, as
 * they do in the window under the dialog. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval G_GNUC_UNUSED,
                guint                  keycode G_GNUC_UNUSED,
                GdkModifierType        state G_GNUC_UNUSED,
                CrScoringDialog       *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkApplication *application = window != NULL ? gtk_window_get_application (window) : NULL;
  g_auto(GStrv) actions = NULL;

  if (application == NULL)
    return GDK_EVENT_PROPAGATE;

  actions = gtk_application_list_action_descriptions (application);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, actions[i]);
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      for (guint j = 0; accels[j] != NULL; j++)
        {
          g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string (accels[j]);

          if (trigger == NULL ||
              gtk_shortcut_trigger_trigger (trigger, event, FALSE) != GDK_KEY_MATCH_EXACT)
            continue;

          if (g_action_parse_detailed_name (actions[i], &name, &target, NULL) &&
              gtk_widget_activate_action_variant (GTK_WIDGET (self), name, target))
            return GDK_EVENT_STOP;
          break;
        }
    }

  return GDK_EVENT_PROPAGATE;
}

/* Its words cannot be changed one by one: a switch of language, even one
 * made from outside while the dialog covers the window and its menu,
 * opens it again in the new language where it was. */
static void
language_changed_cb (CrScoringDialog *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  /* Shown in a window of its own, it belongs to the window under it, if
   * any. */
  if (parent != NULL && gtk_window_get_child (parent) == GTK_WIDGET (self))
    parent = gtk_window_get_transient_for (parent);
  if (parent != NULL)
    g_object_ref (parent);

  adw_dialog_force_close (ADW_DIALOG (self));
  cr_scoring_dialog_show (parent);
  g_clear_object (&parent);
}

static void
cr_scoring_dialog_init (CrScoringDialog *self)
{
  GApplication *application = g_application_get_default ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  AdwStyleManager *style_manager;

  adw_dialog_set_title (ADW_DIALOG (self), _("How Scoring Works"));
  /* No wider nor taller than the window it is presented on, which the
   * dialog sees to; a bottom sheet on a phone. */
  adw_dialog_set_content_width (ADW_DIALOG (self), 720);
  adw_dialog_set_content_height (ADW_DIALOG (self), 760);
  /* Added before the search's, to run before it. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  adw_preferences_dialog_set_search_enabled (ADW_PREFERENCES_DIALOG (self), TRUE);

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("How Scoring Works"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "dialog-information-symbolic");

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (roles_group_new ()));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (rules_group_new ()));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (lines_group_new ()));

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                              ADW_PREFERENCES_GROUP (question_group_new (cr_questionnaire_get_question (q),
                                                                         q + 1)));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (exclusions_group_new ()));

  adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (self), ADW_PREFERENCES_PAGE (page));

  ensure_css (GTK_WIDGET (self));

  style_manager = adw_style_manager_get_default ();
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  dark_changed_cb (self, NULL, style_manager);

  if (CR_IS_APPLICATION (application))
    g_signal_connect_object (application, "notify::language", G_CALLBACK (language_changed_cb),
                             self, G_CONNECT_SWAPPED);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name G_GNUC_UNUSED,
              GVariant   *parameter G_GNUC_UNUSED)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
cr_scoring_dialog_class_init (CrScoringDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "scoring.close", NULL, close_action);

  /* Escape closes an AdwDialog by itself; Ctrl+W closes the dialog too,
   * not the window under it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "scoring.close", NULL);
}

/**
 * cr_scoring_dialog_new:
 *
 * Returns: (transfer floating): a new "How scoring works" dialog
 */
AdwDialog *
cr_scoring_dialog_new (void)
{
  return g_object_new (CR_TYPE_SCORING_DIALOG, NULL);
}

/**
 * cr_scoring_dialog_show:
 * @parent: (nullable): the window it belongs to
 *
 * Presents a "How scoring works" dialog on @parent, or in a window of its
 * own without one.
 */
void
cr_scoring_dialog_show (GtkWindow *parent)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  adw_dialog_present (cr_scoring_dialog_new (), parent != NULL ? GTK_WIDGET (parent) : NULL);
}
