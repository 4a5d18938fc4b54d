/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window.c: a whole roster of creators in a table
 *
 * The window is a view over one CrRoster: a GtkColumnView of its creators,
 * through a GtkFilterListModel (search by name, one verdict, close calls
 * only) and a GtkSortListModel that the column headers sort. Cells are
 * recycled rows whose widgets follow the creator's properties through
 * expressions, so that a row shows what the creator holds now, and the
 * words they show are the model's (cr-result-text.c, the role names).
 *
 * A roster loads in another thread: the table fills as rows come, with a
 * progress bar and Cancel. Rows that cannot be read, columns ignored, and
 * a reading that stopped early are said in a notice above the table, with
 * the list of rows; a file that gives no creator at all is refused in a
 * dialog. Activating a row emits ::open-creator, whose default opens the
 * creator's full result in a window of its own (a CrWindow over its answers).
 *
 * Every text is set in code, not in the template, so that a language
 * switch can say it again (cr_roster_window_retranslate()); the cells'
 * expressions depend on CrRosterWindow:language, so that each visible
 * cell says its words again without the rows being made anew.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-application.h"
#include "cr-dialogs.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-name.h"
#include "cr-quote.h"
#include "cr-result-text.h"
#include "cr-roster-window.h"
#include "cr-session.h"
#include "cr-share-bar.h"
#include "cr-window.h"

/* Rosters in the Open button's menu, most recent first. */
#define MAX_RECENT 8

struct _CrRosterWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwBreakpoint        *narrow_breakpoint;
  AdwSplitButton       *open_button;
  AdwWindowTitle       *window_title;
  GtkWidget            *export_button;
  GtkWidget            *search_entry;
  GtkWidget            *verdict_dropdown;
  GtkWidget            *close_call_toggle;
  GtkRevealer          *loading_revealer;
  GtkProgressBar       *progress_bar;
  GtkRevealer          *notice_revealer;
  GtkLabel             *notice_label;
  GtkWidget            *notice_toggle;
  GtkListView          *problems_view;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkLabel             *count_label;
  GtkWidget            *cancel_button;
  GtkWidget            *dismiss_button;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_open_button;
  GtkWidget            *empty_template_button;
  AdwStatusPage        *no_match_page;

  CrRoster             *roster;
  GFile                *file;
  GCancellable         *cancellable;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkSingleSelection   *selection;
  GtkStringFilter      *name_filter;
  GtkCustomFilter      *verdict_filter;
  GtkStringList        *problems;
  GtkStringList        *verdicts;
  GtkSorter            *name_sorter;
  GtkSorter            *verdict_sorter;
  GtkColumnViewColumn  *columns[CR_ROSTER_N_COLUMNS];
  /* What the window is called, when not "Roster". */
  char                 *title;
  GMenu                *recent_menu;
  /* The export running, if one is; freed by its callback. */
  gpointer              export;
  /* Why reading stopped early, if it did. */
  char                 *stopped;
  gboolean              cancelled;
  gboolean              notice_dismissed;
  guint                 busy;
  guint                 pulse_source;
};

G_DEFINE_FINAL_TYPE (CrRosterWindow, cr_roster_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  OPEN_CREATOR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update (CrRosterWindow *self);
static void set_title (CrRosterWindow *self,
                       const char     *title);

/* The verdict filter's choices: every role, then each one. */
static CrRole
verdict_choice (CrRosterWindow *self,
                gboolean       *any)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->verdict_dropdown));

  *any = selected == 0 || selected == GTK_INVALID_LIST_POSITION;

  return *any ? CR_ROLE_NONE : (CrRole) (selected - 1);
}

/* Expressions: what each cell shows, from the creator's properties, and
 * in which language: each depends on the window's "language", which a
 * language switch notifies, for every cell to say its words again. */

static GtkExpression *
language_expression (CrRosterWindow *self)
{
  return gtk_property_expression_new (CR_TYPE_ROSTER_WINDOW,
                                      gtk_object_expression_new (G_OBJECT (self)), "language");
}

static GtkExpression *
creator_property (const char *name)
{
  return gtk_property_expression_new (CR_TYPE_CREATOR,
                                      gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL,
                                                                   "item"),
                                      name);
}

static char *
name_text (GObject    *object G_GNUC_UNUSED,
           const char *name,
           guint64     line,
           const char *language G_GNUC_UNUSED)
{
  g_autofree char *number = NULL;

  if (name != NULL)
    {
      char *shown = cr_name_dup_display (name, CR_NAME_LABEL);

      if (shown != NULL)
        return shown;
    }

  number = g_strdup_printf ("%" G_GUINT64_FORMAT, line);

  /* Translators: a roster row without a name, e.g. “No name (line 12)” */
  return g_strdup_printf (_("No name (line %s)"), number);
}

static char *
verdict_text (GObject    *object G_GNUC_UNUSED,
              guint       role,
              const char *language G_GNUC_UNUSED)
{
  return g_strdup (cr_role_get_name ((CrRole) role));
}

static char *
close_call_text (GObject    *object G_GNUC_UNUSED,
                 gboolean    close_call,
                 guint       runner_up,
                 const char *language G_GNUC_UNUSED)
{
  if (!close_call || runner_up >= CR_N_ROLES)
    return g_strdup ("");

  /* Translators: a roster cell: the verdict is a close call with this
   * role, e.g. “Close to Brand ambassador” */
  return g_strdup_printf (_("Close to %s"), cr_role_get_name ((CrRole) runner_up));
}

static char *
answered_text (GObject    *object G_GNUC_UNUSED,
               guint       n_answered,
               const char *language G_GNUC_UNUSED)
{
  /* Translators: how many of the questions a creator answered, e.g. “8 of
   * 10” */
  return g_strdup_printf (_("%u of %u"), n_answered, cr_questionnaire_get_n_questions ());
}

static GtkExpression *
name_expression (CrRosterWindow *self)
{
  GtkExpression *params[] = { creator_property ("name"), creator_property ("line"),
                              language_expression (self) };

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (name_text), NULL, NULL);
}

static GtkExpression *
verdict_expression (CrRosterWindow *self)
{
  GtkExpression *params[] = { creator_property ("role"), language_expression (self) };

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (verdict_text), NULL, NULL);
}

/* The same expressions, on a creator rather than a list item, for the
 * sorters and filters. */
static GtkExpression *
item_property (const char *name)
{
  return gtk_property_expression_new (CR_TYPE_CREATOR, NULL, name);
}

static GtkExpression *
item_name_expression (CrRosterWindow *self)
{
  GtkExpression *params[] = { item_property ("name"), item_property ("line"),
                              language_expression (self) };

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (name_text), NULL, NULL);
}

static GtkExpression *
item_verdict_expression (CrRosterWindow *self)
{
  GtkExpression *params[] = { item_property ("role"), language_expression (self) };

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (verdict_text), NULL, NULL);
}

static GtkWidget *
cell_label (GtkListItem   *item,
            GtkExpression *expression)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_expression_bind (expression, label, "label", item);
  gtk_list_item_set_child (item, label);

  return label;
}

static void
setup_name_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
               GtkListItem              *item,
               CrRosterWindow           *self)
{
  GtkWidget *label = cell_label (item, name_expression (self));

  gtk_label_set_width_chars (GTK_LABEL (label), 12);
}

static void
setup_verdict_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
                  GtkListItem              *item,
                  CrRosterWindow           *self)
{
  cell_label (item, verdict_expression (self));
}

static void
setup_close_call_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
                     GtkListItem              *item,
                     CrRosterWindow           *self)
{
  GtkExpression *params[] = { creator_property ("close-call"), creator_property ("runner-up"),
                              language_expression (self) };

  cell_label (item, gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params),
                                                 params, G_CALLBACK (close_call_text),
                                                 NULL, NULL));
}

static void
setup_answered_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
                   GtkListItem              *item,
                   CrRosterWindow           *self)
{
  GtkExpression *params[] = { creator_property ("n-answered"), language_expression (self) };
  GtkWidget *label = cell_label (item, gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                                                    G_N_ELEMENTS (params), params,
                                                                    G_CALLBACK (answered_text),
                                                                    NULL, NULL));

  gtk_widget_add_css_class (label, "numeric");
}

static const char * const score_properties[CR_N_ROLES] = {
  "influencer-score",
  "ambassador-score",
  "contracted-ambassador-score",
};

/* Only a verdict that is a role gives the roles shares. */
static gboolean
has_share (GObject *object G_GNUC_UNUSED,
           guint    role)
{
  return role < CR_N_ROLES;
}

static void
setup_share_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CrRosterWindow           *self)
{
  CrRole role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "cr-role"));
  GtkWidget *bar = cr_share_bar_new (role);
  GtkExpression *params[] = { creator_property ("role") };

  gtk_expression_bind (creator_property (score_properties[role]), bar, "score", item);
  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_BOOLEAN, NULL, G_N_ELEMENTS (params),
                                                    params, G_CALLBACK (has_share), NULL, NULL),
                       bar, "has-share", item);
  /* Its name for screen readers is in words. */
  gtk_expression_bind (language_expression (self), bar, "language", item);
  gtk_list_item_set_child (item, bar);
}

/* What makes the cells of each column. */
static GtkListItemFactory *
make_factory (CrRosterWindow *self,
              CrRosterColumn  index)
{
  static const GCallback setups[CR_ROSTER_N_COLUMNS] = {
    [CR_ROSTER_COLUMN_NAME] = G_CALLBACK (setup_name_cb),
    [CR_ROSTER_COLUMN_VERDICT] = G_CALLBACK (setup_verdict_cb),
    [CR_ROSTER_COLUMN_INFLUENCER] = G_CALLBACK (setup_share_cb),
    [CR_ROSTER_COLUMN_AMBASSADOR] = G_CALLBACK (setup_share_cb),
    [CR_ROSTER_COLUMN_CONTRACTED_AMBASSADOR] = G_CALLBACK (setup_share_cb),
    [CR_ROSTER_COLUMN_CLOSE_CALL] = G_CALLBACK (setup_close_call_cb),
    [CR_ROSTER_COLUMN_ANSWERED] = G_CALLBACK (setup_answered_cb),
  };
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setups[index], self);
  if (index >= CR_ROSTER_COLUMN_INFLUENCER && index <= CR_ROSTER_COLUMN_CONTRACTED_AMBASSADOR)
    g_object_set_data (G_OBJECT (factory), "cr-role",
                       GUINT_TO_POINTER (index - CR_ROSTER_COLUMN_INFLUENCER));

  return factory;
}

/* Each column's title, in the language now set. */
static const char *
column_title (CrRosterColumn index)
{
  switch (index)
    {
    case CR_ROSTER_COLUMN_NAME:
      return _("Name");
    case CR_ROSTER_COLUMN_VERDICT:
      return _("Verdict");
    case CR_ROSTER_COLUMN_INFLUENCER:
    case CR_ROSTER_COLUMN_AMBASSADOR:
    case CR_ROSTER_COLUMN_CONTRACTED_AMBASSADOR:
      return cr_role_get_name (index - CR_ROSTER_COLUMN_INFLUENCER);
    case CR_ROSTER_COLUMN_CLOSE_CALL:
      return _("Close Call");
    case CR_ROSTER_COLUMN_ANSWERED:
      return _("Answered");
    case CR_ROSTER_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static GtkColumnViewColumn *
add_column (CrRosterWindow *self,
            CrRosterColumn  index,
            GtkSorter      *sorter,
            gboolean        expand)
{
  GtkColumnViewColumn *column;

  column = gtk_column_view_column_new (column_title (index), make_factory (self, index));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  self->columns[index] = column;
  g_object_unref (sorter);

  return column;
}

static GtkSorter *
numeric_sorter (const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (item_property (property)));
}

static void
build_columns (CrRosterWindow *self)
{
  GtkStringSorter *name_sorter = gtk_string_sorter_new (item_name_expression (self));
  GtkSorter *role_sorter = GTK_SORTER (gtk_string_sorter_new (item_verdict_expression (self)));

  gtk_string_sorter_set_ignore_case (name_sorter, TRUE);
  /* Both sort by words, which a language switch changes. */
  self->name_sorter = GTK_SORTER (name_sorter);
  self->verdict_sorter = role_sorter;

  add_column (self, CR_ROSTER_COLUMN_NAME, GTK_SORTER (name_sorter), TRUE);
  add_column (self, CR_ROSTER_COLUMN_VERDICT, role_sorter, FALSE);
  for (CrRole r = 0; r < CR_N_ROLES; r++)
    {
      GtkColumnViewColumn *column =
        add_column (self, CR_ROSTER_COLUMN_INFLUENCER + r, numeric_sorter (score_properties[r]),
                    FALSE);

      gtk_column_view_column_set_fixed_width (column, 120);
    }
  gtk_column_view_column_set_fixed_width (
    add_column (self, CR_ROSTER_COLUMN_CLOSE_CALL, numeric_sorter ("close-call"), FALSE),
    220);
  add_column (self, CR_ROSTER_COLUMN_ANSWERED, numeric_sorter ("n-answered"), FALSE);

  /* On a phone, the shares and the close calls go: the verdict says the
   * role, and the row opens on the whole result. */
  for (CrRosterColumn c = CR_ROSTER_COLUMN_INFLUENCER; c <= CR_ROSTER_COLUMN_CLOSE_CALL; c++)
    adw_breakpoint_add_setters (self->narrow_breakpoint, G_OBJECT (self->columns[c]), "visible",
                                FALSE, NULL);
}

static gboolean
verdict_filter_cb (gpointer item,
                   gpointer user_data)
{
  CrRosterWindow *self = user_data;
  CrCreator *creator = item;
  gboolean any;
  CrRole role = verdict_choice (self, &any);

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->close_call_toggle)) &&
      !cr_creator_is_close_call (creator))
    return FALSE;

  return any || cr_creator_get_role (creator) == role;
}

static void
verdict_changed_cb (CrRosterWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->verdict_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* What the window says. */

static void
update_count (CrRosterWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->roster));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *text = NULL;

  if (self->file == NULL && total == 0 && !cr_roster_get_loading (self->roster))
    text = g_strdup ("");
  else if (shown == total)
    /* Translators: the number of creators in the roster */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u creator", "%u creators", total),
                            total);
  else
    /* Translators: the creators shown by the search and filters, out of
     * the whole roster, e.g. “Showing 12 of 1000 creators” */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u creator",
                                         "Showing %u of %u creators", total),
                            shown, total);

  if (self->cancelled)
    {
      /* Translators: after the creator count, when loading was cancelled */
      g_autofree char *full = g_strdup_printf (_("%s, loading cancelled"), text);

      gtk_label_set_text (self->count_label, full);
    }
  else
    gtk_label_set_text (self->count_label, text);
}

static void
update_notice (CrRosterWindow *self)
{
  guint n_problems = cr_roster_get_n_problems (self->roster);
  const char * const *ignored = cr_roster_get_ignored_columns (self->roster);
  g_autoptr(GString) text = g_string_new (NULL);

  /* The rows not listed yet, in the reader's terms and the interface
   * language (the command line keeps the ids, in problem->message). */
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->problems)); i < n_problems; i++)
    {
      g_autofree char *row = cr_roster_dup_problem_text (self->roster, i);

      gtk_string_list_append (self->problems, row);
    }

  if (self->stopped != NULL)
    /* Translators: reading a roster stopped early; the reason follows */
    g_string_append_printf (text, _("Reading stopped: %s."), self->stopped);

  if (n_problems > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text,
                              /* Translators: rows of a roster that cannot be read */
                              g_dngettext (GETTEXT_PACKAGE, "%u row cannot be read and is left out.",
                                           "%u rows cannot be read and are left out.", n_problems),
                              n_problems);
    }

  if (ignored != NULL)
    {
      g_autofree char *names = g_strjoinv (_(", "), (char **) ignored);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: the columns of a roster that Creator Role does not
       * know, and so ignores, e.g. “Ignored columns: notes, agency.” */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Ignored column: %s.",
                                                 "Ignored columns: %s.",
                                                 g_strv_length ((char **) ignored)),
                              names);
    }

  gtk_label_set_text (self->notice_label, text->str);
  gtk_widget_set_visible (self->notice_toggle, n_problems > 0);
  gtk_revealer_set_reveal_child (self->notice_revealer, text->len > 0 && !self->notice_dismissed);
}

static gboolean
pulse_cb (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (user_data));

  return G_SOURCE_CONTINUE;
}

static void
update_progress (CrRosterWindow *self)
{
  double progress = cr_roster_get_progress (self->roster);
  gboolean loading = cr_roster_get_loading (self->roster);
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->loading_revealer, loading);

  if (loading && progress < 0)
    {
      if (self->pulse_source == 0)
        self->pulse_source = g_timeout_add (100, pulse_cb, self->progress_bar);
    }
  else
    {
      g_clear_handle_id (&self->pulse_source, g_source_remove);
      gtk_progress_bar_set_fraction (self->progress_bar, MAX (progress, 0));
    }

  /* Translators: on the progress bar while a roster loads */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading… %u creator so far",
                                       "Reading… %u creators so far",
                                       g_list_model_get_n_items (G_LIST_MODEL (self->roster))),
                          g_list_model_get_n_items (G_LIST_MODEL (self->roster)));
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
update_actions (CrRosterWindow *self)
{
  gboolean loading = cr_roster_get_loading (self->roster);
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->roster)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", any && !loading && self->busy == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel", loading);
  gtk_widget_set_sensitive (self->export_button, any && !loading && self->busy == 0);
}

static void
update_page (CrRosterWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->roster));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  const char *page;

  if (total == 0 && !cr_roster_get_loading (self->roster))
    page = "empty";
  else if (shown == 0 && total > 0)
    page = "no-match";
  else
    page = "table";

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
update (CrRosterWindow *self)
{
  update_count (self);
  update_progress (self);
  update_actions (self);
  update_page (self);
}

static void
shown_changed_cb (CrRosterWindow *self)
{
  update_count (self);
  update_page (self);
}

static void
show_error (CrRosterWindow *self,
            const char     *heading,
            GFile          *file,
            const char     *message)
{
  cr_dialogs_show_error (GTK_WIDGET (self), heading, file, message);
}

static void
toast (CrRosterWindow *self,
       const char     *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
set_busy (CrRosterWindow *self,
          gboolean        busy)
{
  if (busy)
    self->busy++;
  else
    self->busy--;

  if (self->busy <= 1)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  update_actions (self);
}

/* Recent rosters. */

static void
update_recent (CrRosterWindow *self)
{
  g_autoptr(GPtrArray) recent = cr_dialogs_list_recent (CR_RECENT_ROSTER, MAX_RECENT);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < recent->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (recent, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
}

/* Loading. */

static void
roster_notify_cb (CrRosterWindow *self)
{
  update (self);
}

static void
problems_cb (CrRosterWindow *self)
{
  update_notice (self);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CrRosterWindow) self = user_data;
  CrRoster *roster = CR_ROSTER (object);
  g_autoptr(GError) error = NULL;

  /* A roster replaced since. */
  if (roster != self->roster)
    return;

  set_busy (self, FALSE);

  if (!cr_roster_load_finish (roster, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        self->cancelled = TRUE;
      else if (g_list_model_get_n_items (G_LIST_MODEL (roster)) == 0)
        {
          show_error (self, _("Cannot Open the Roster"), self->file, error->message);
          g_clear_object (&self->file);
          set_title (self, NULL);
        }
      else
        self->stopped = g_strdup (error->message);
    }
  else if (self->file != NULL)
    cr_dialogs_add_recent (self->file);

  update_notice (self);
  update (self);
}

/* @title: (nullable): what to call the window, or %NULL for "Roster" */
static void
set_title (CrRosterWindow *self,
           const char     *title)
{
  if (title != self->title)
    {
      g_free (self->title);
      self->title = g_strdup (title);
    }
  if (title == NULL)
    title = _("Roster");

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
set_roster (CrRosterWindow *self,
            CrRoster       *roster)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->roster != NULL)
    g_signal_handlers_disconnect_by_data (self->roster, self);
  g_set_object (&self->roster, roster);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (roster));

  g_clear_pointer (&self->stopped, g_free);
  self->cancelled = FALSE;
  self->notice_dismissed = FALSE;
  gtk_string_list_splice (self->problems, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->problems)), NULL);

  g_signal_connect_object (roster, "notify::loading", G_CALLBACK (roster_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (roster, "notify::progress", G_CALLBACK (roster_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (roster, "notify::n-items", G_CALLBACK (roster_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (roster, "notify::n-problems", G_CALLBACK (problems_cb), self,
                           G_CONNECT_SWAPPED);

  update_notice (self);
  update (self);
}


/**
 * cr_roster_window_open:
 * @file: a roster, in CSV or JSON Lines
 *
 * Shows the roster in @file, in place of the one shown, filling the table
 * as its rows are read. The file is read, never written to.
 */
void
cr_roster_window_open (CrRosterWindow *self,
                       GFile          *file)
{
  g_autoptr(CrRoster) roster = cr_roster_new ();
  g_autofree char *name = NULL;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  set_roster (self, roster);
  self->cancellable = g_cancellable_new ();

  name = cr_quote_file_name (file);
  set_title (self, name);

  set_busy (self, TRUE);
  cr_roster_load_file_async (roster, file, CR_ROSTER_FORMAT_UNKNOWN, self->cancellable,
                             load_done_cb, g_object_ref (self));
  update (self);
}

/**
 * cr_roster_window_load_stream:
 * @stream: a roster, read in another thread
 * @format: its format, or %CR_ROSTER_FORMAT_UNKNOWN to tell from its
 *   first bytes
 * @size: its size, for the progress bar, or 0 if unknown
 * @title: what the window calls it
 *
 * Does what cr_roster_window_open() does, for a stream.
 */
void
cr_roster_window_load_stream (CrRosterWindow *self,
                              GInputStream   *stream,
                              CrRosterFormat  format,
                              goffset         size,
                              const char     *title)
{
  g_autoptr(CrRoster) roster = cr_roster_new ();

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));
  g_return_if_fail (title != NULL);

  g_clear_object (&self->file);
  set_roster (self, roster);
  self->cancellable = g_cancellable_new ();
  set_title (self, title);

  set_busy (self, TRUE);
  cr_roster_load_async (roster, stream, format, size, self->cancellable, load_done_cb,
                        g_object_ref (self));
  update (self);
}

/**
 * cr_roster_window_cancel:
 *
 * Stops loading at once: the creators read so far stay in the table.
 */
void
cr_roster_window_cancel (CrRosterWindow *self)
{
  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  if (self->cancellable != NULL && cr_roster_get_loading (self->roster))
    {
      g_cancellable_cancel (self->cancellable);
      self->cancelled = TRUE;
      update (self);
    }
}

/* Export. */

/* One export, from its start to its callback, which frees it. */
typedef struct
{
  CrRosterWindow *window;
  GFile          *file;
  GCancellable   *cancellable;
  /* Stopped by cr_roster_window_stop_export(): the callback says nothing
   * on screen, and keeps a note when the file was not written whole. */
  gboolean        stopped;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->window);
  g_object_unref (export->file);
  g_object_unref (export->cancellable);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  CrRoster *roster = CR_ROSTER (object);
  g_autoptr(Export) export = user_data;
  CrRosterWindow *self = export->window;
  GFile *file = export->file;
  g_autoptr(GError) error = NULL;
  gboolean saved = cr_roster_save_finish (roster, result, &error);

  if (self->export == export)
    self->export = NULL;
  set_busy (self, FALSE);

  if (export->stopped)
    {
      g_autoptr(GError) note_error = NULL;

      /* Cut short when the app quit: the previous file is as it was, and
       * the next start says so. One that was already whole is kept. */
      if (!saved && !cr_roster_note_stopped_export (NULL, file, &note_error))
        g_warning ("Cannot keep a note of the export stopped: %s", note_error->message);
      return;
    }

  if (!saved)
    show_error (self, _("Cannot Export the Roster"), file, error->message);
  else
    {
      g_autofree char *basename = cr_quote_file_name (file);
      /* Translators: shown once the roster is exported, e.g. “Exported as
       * “roster.csv”” */
      g_autofree char *text = g_strdup_printf (_("Exported as “%s”"), basename);

      toast (self, text);
    }
}

/**
 * cr_roster_window_export:
 * @file: where to write
 * @format: CSV (name, answers, verdict, shares, close call, runner-up) or
 *   JSON Lines (a result document a line)
 *
 * Writes the whole roster, in the order of the file, to @file without
 * blocking (cr_roster_save_async(): the rows are made in this thread, where
 * the language switches, and written in another), atomically: a failure
 * leaves what was at @file before intact. The roster shown, by any name,
 * is not written over: a dialog says why.
 * #CrRosterWindow:busy is %TRUE until it is done; a toast says so, or a
 * dialog why not.
 */
void
cr_roster_window_export (CrRosterWindow *self,
                         GFile          *file,
                         CrRosterFormat  format)
{
  g_autoptr(GError) error = NULL;
  Export *export;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (format == CR_ROSTER_FORMAT_CSV || format == CR_ROSTER_FORMAT_JSONL);

  /* The roster shown, written over by its own export, by any name: its
   * answers would be replaced by results, or its rows lost. */
  if (cr_dialogs_is_open_file (file, self->file, TRUE, &error))
    {
      show_error (self, _("Cannot Export the Roster"), file, error->message);
      return;
    }

  /* One at a time: the button is off while one runs. */
  cr_roster_window_stop_export (self);

  export = g_new0 (Export, 1);
  export->window = g_object_ref (self);
  export->file = g_object_ref (file);
  export->cancellable = g_cancellable_new ();
  self->export = export;

  set_busy (self, TRUE);
  cr_roster_save_async (self->roster, file, format, export->cancellable, export_done_cb, export);
}

/**
 * cr_roster_window_stop_export:
 *
 * Stops the export running, if one is, and waits for it to let go of its
 * file: cancelled, it leaves what was there as it was and nothing beside
 * it, and a note for the next start to say so
 * (cr_roster_note_stopped_export()). One that was already whole is kept.
 * The app calls it before it quits, whatever made it quit (Ctrl+Q, a
 * signal), and so does the window when it closes: the export would
 * otherwise be cut short by the end of the process, its new file left
 * beside the target.
 */
void
cr_roster_window_stop_export (CrRosterWindow *self)
{
  Export *export;

  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  if ((export = self->export) == NULL)
    return;

  export->stopped = TRUE;
  g_cancellable_cancel (export->cancellable);

  /* A few rows at most: the rows are made in this thread's idle time and
   * the writer looks at the cancellable between every block it writes;
   * the callback, which lets go of the file, comes in this main loop. */
  while (self->export == export)
    g_main_context_iteration (NULL, TRUE);
}

/**
 * cr_roster_window_save_template:
 *
 * Writes a CSV roster to fill in (the header row and an example row) to
 * @file, atomically, and says so in a toast; a failure is shown with its
 * reason.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
cr_roster_window_save_template (CrRosterWindow  *self,
                                GFile           *file,
                                GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = cr_roster_template_to_data (&length);
  if (cr_dialogs_is_open_file (file, self->file, TRUE, &local_error) ||
      !cr_document_save (file, data, length, NULL, &local_error))
    {
      show_error (self, _("Cannot Save the Template"), file, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  basename = cr_quote_file_name (file);
  /* Translators: shown once the roster template is saved, e.g. “Template
   * saved as “roster.csv”” */
  text = g_strdup_printf (_("Template saved as “%s”"), basename);
  toast (self, text);

  return TRUE;
}

/* File choosers. */

typedef enum
{
  CHOOSE_OPEN,
  CHOOSE_EXPORT_CSV,
  CHOOSE_EXPORT_JSONL,
  CHOOSE_TEMPLATE,
} Choice;

static void
chosen_cb (GtkWidget *owner,
           GFile     *file,
           gpointer   user_data)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (owner);

  switch ((Choice) GPOINTER_TO_UINT (user_data))
    {
    case CHOOSE_OPEN:
      cr_roster_window_open (self, file);
      break;
    case CHOOSE_EXPORT_CSV:
      cr_roster_window_export (self, file, CR_ROSTER_FORMAT_CSV);
      break;
    case CHOOSE_EXPORT_JSONL:
      cr_roster_window_export (self, file, CR_ROSTER_FORMAT_JSONL);
      break;
    case CHOOSE_TEMPLATE:
      cr_roster_window_save_template (self, file, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
add_filter (GListStore        *filters,
            const char        *name,
            const char        *mime_type,
            const char *const *suffixes)
{
  g_autoptr(GtkFileFilter) filter = cr_dialogs_filter_new (name, mime_type, suffixes);

  g_list_store_append (filters, filter);
}

static void
run_chooser (CrRosterWindow *self,
             Choice          choice)
{
  static const char * const titles[] = {
    N_("Open a Roster"),
    N_("Export as CSV"),
    N_("Export as JSON Lines"),
    N_("Save a Roster Template"),
  };
  static const char * const roster_suffixes[] = { "csv", "tsv", "jsonl", "ndjson", NULL };
  static const char * const csv_suffixes[] = { "csv", "tsv", NULL };
  static const char * const jsonl_suffixes[] = { "jsonl", "ndjson", NULL };
  static const char * const csv_only[] = { "csv", NULL };
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  if (choice == CHOOSE_OPEN)
    {
      g_autoptr(GtkFileFilter) all = cr_dialogs_filter_new (_("Rosters"), "text/csv",
                                                            roster_suffixes);

      gtk_file_filter_add_mime_type (all, "text/tab-separated-values");
      g_list_store_append (filters, all);
      add_filter (filters, _("CSV Files"), "text/csv", csv_suffixes);
      add_filter (filters, _("JSON Lines Files"), "application/x-ndjson", jsonl_suffixes);
      cr_dialogs_open_file (GTK_WIDGET (self), _(titles[choice]), G_LIST_MODEL (filters),
                            chosen_cb, GUINT_TO_POINTER (choice));
      return;
    }

  if (choice == CHOOSE_EXPORT_JSONL)
    add_filter (filters, _("JSON Lines Files"), "application/x-ndjson", jsonl_suffixes);
  else
    add_filter (filters, _("CSV Files"), "text/csv", csv_only);

  if (self->file != NULL && choice != CHOOSE_TEMPLATE)
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      char *dot = strrchr (basename, '.');

      if (dot != NULL)
        *dot = '\0';
      /* Translators: the file name an export is offered, after the
       * roster's, e.g. “agency-results.csv”; keep the %s */
      stem = g_strdup_printf (C_("file name", "%s-results"), basename);
    }
  else if (choice == CHOOSE_TEMPLATE)
    stem = g_strdup (C_("file name", "roster-template"));
  else
    stem = g_strdup (C_("file name", "roster-results"));

  name = g_strconcat (stem, choice == CHOOSE_EXPORT_JSONL ? ".jsonl" : ".csv", NULL);
  cr_dialogs_save_file (GTK_WIDGET (self), _(titles[choice]), _("_Save"), G_LIST_MODEL (filters),
                        NULL, name, chosen_cb, GUINT_TO_POINTER (choice));
}

/* Actions. */

static void
open_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  run_chooser (CR_ROSTER_WINDOW (widget), CHOOSE_OPEN);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name G_GNUC_UNUSED,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  cr_roster_window_open (CR_ROSTER_WINDOW (widget), file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter)
{
  const char *format = g_variant_get_string (parameter, NULL);

  run_chooser (CR_ROSTER_WINDOW (widget),
               g_str_equal (format, "jsonl") ? CHOOSE_EXPORT_JSONL : CHOOSE_EXPORT_CSV);
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name G_GNUC_UNUSED,
                      GVariant   *parameter G_GNUC_UNUSED)
{
  run_chooser (CR_ROSTER_WINDOW (widget), CHOOSE_TEMPLATE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  cr_roster_window_cancel (CR_ROSTER_WINDOW (widget));
}

static void
dismiss_notice_action (GtkWidget  *widget,
                       const char *action_name G_GNUC_UNUSED,
                       GVariant   *parameter G_GNUC_UNUSED)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (widget);

  self->notice_dismissed = TRUE;
  update_notice (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  gtk_widget_grab_focus (CR_ROSTER_WINDOW (widget)->search_entry);
}

static void
activate_cb (CrRosterWindow *self,
             guint           position)
{
  g_autoptr(CrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (creator != NULL)
    g_signal_emit (self, signals[OPEN_CREATOR], 0, creator);
}

static gboolean
drop_cb (CrRosterWindow *self,
         const GValue   *value,
         double          x G_GNUC_UNUSED,
         double          y G_GNUC_UNUSED)
{
  GFile *file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  cr_roster_window_open (self, file);

  return TRUE;
}

/* The roster's row follows what is changed in the creator's window. */
static void
creator_answers_changed_cb (CrAnswers *answers,
                            guint      question G_GNUC_UNUSED,
                            CrCreator *creator)
{
  cr_creator_set_answers (creator, answers);
}

static void
creator_name_changed_cb (CrAnswers  *answers,
                         GParamSpec *pspec G_GNUC_UNUSED,
                         CrCreator  *creator)
{
  cr_creator_set_answers (creator, answers);
}

/* The wizard's result page in a window of its own, over the creator's
 * answers: shown until the user chooses to edit them, then edited in
 * place, the row following. No draft is kept, so that the wizard's
 * answers for next time are never touched. */
static void
real_open_creator (CrRosterWindow *self,
                   CrCreator      *creator)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(CrAnswers) answers = cr_creator_dup_answers (creator);
  g_autoptr(CrSession) session = cr_session_new_for_answers (answers, NULL);
  CrWindow *window;

  cr_session_set_editable (session, FALSE);
  g_signal_connect_object (answers, "changed", G_CALLBACK (creator_answers_changed_cb), creator, 0);
  g_signal_connect_object (answers, "notify::name", G_CALLBACK (creator_name_changed_cb),
                           creator, 0);

  window = cr_window_new_for_session (CR_APPLICATION (application), session);
  gtk_window_present (GTK_WINDOW (window));
}

/**
 * cr_roster_window_open_creator:
 *
 * Opens @creator's whole result, as activating its row does: emits
 * ::open-creator.
 */
void
cr_roster_window_open_creator (CrRosterWindow *self,
                               CrCreator      *creator)
{
  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));
  g_return_if_fail (CR_IS_CREATOR (creator));

  g_signal_emit (self, signals[OPEN_CREATOR], 0, creator);
}

/* Closed while it exports: the export is stopped, as when the app quits,
 * rather than left to run on without a window to say how it ended. */
static gboolean
cr_roster_window_close_request (GtkWindow *window)
{
  cr_roster_window_stop_export (CR_ROSTER_WINDOW (window));

  return GTK_WINDOW_CLASS (cr_roster_window_parent_class)->close_request (window);
}

static void
cr_roster_window_dispose (GObject *object)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (object);

  cr_dialogs_close_all (ADW_APPLICATION_WINDOW (self));

  if (self->export != NULL)
    cr_roster_window_stop_export (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_source, g_source_remove);

  /* The columns go with the template, and the sorter changes with them. */
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_ROSTER_WINDOW);

  if (self->roster != NULL)
    g_signal_handlers_disconnect_by_data (self->roster, self);
  g_clear_object (&self->selection);
  self->sort_model = NULL;
  self->filter_model = NULL;
  g_clear_object (&self->roster);
  g_clear_object (&self->file);
  g_clear_object (&self->problems);
  g_clear_object (&self->recent_menu);
  g_clear_pointer (&self->stopped, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->verdicts);

  G_OBJECT_CLASS (cr_roster_window_parent_class)->dispose (object);
}

static void
cr_roster_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrRosterWindow *self = CR_ROSTER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy > 0);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, cr_i18n_get_language ());
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_roster_window_class_init (CrRosterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_roster_window_dispose;
  object_class->get_property = cr_roster_window_get_property;
  window_class->close_request = cr_roster_window_close_request;

  /**
   * CrRosterWindow:busy:
   *
   * A roster is loading or being exported.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrRosterWindow:language:
   *
   * The language the window speaks, notified when it switches, which
   * every cell follows.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrRosterWindow::open-creator:
   * @creator: the creator whose row was activated
   *
   * A creator is to be opened. The default handler shows its whole result
   * in a window of its own.
   */
  signals[OPEN_CREATOR] =
    g_signal_new_class_handler ("open-creator",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (real_open_creator),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, CR_TYPE_CREATOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cr-roster-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, narrow_breakpoint);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, verdict_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, close_call_toggle);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, notice_toggle);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, problems_view);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, empty_open_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, empty_template_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterWindow, no_match_page);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.save-template", NULL, save_template_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-notice", NULL,
                                   dismiss_notice_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export",
                                       "s", "csv");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
problem_setup_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_expression_bind (gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                    gtk_property_expression_new (GTK_TYPE_LIST_ITEM,
                                                                                 NULL, "item"),
                                                    "string"),
                       label, "label", item);
  gtk_list_item_set_child (item, label);
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Every text of the window's own, in the language now set. */
static void
set_texts (CrRosterWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) formats = g_menu_new ();
  g_autoptr(GMenu) template = g_menu_new ();
  const char *verdicts[CR_ROLE_UNDECIDED + 3] = { NULL };
  guint selected;

  set_title (self, self->title);

  adw_split_button_set_label (self->open_button, _("_Open"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->open_button), _("Open a Roster"));
  adw_split_button_set_dropdown_tooltip (self->open_button, _("Recent Rosters"));

  g_menu_append (formats, _("Export as _CSV…"), "win.export::csv");
  g_menu_append (formats, _("Export as _JSON Lines…"), "win.export::jsonl");
  g_menu_append (template, _("Save a Roster _Template…"), "win.save-template");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (formats));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (template));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->export_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (self->export_button, _("Export"));
  set_accessible_label (self->export_button, _("Export"));

  g_object_set (self->search_entry, "placeholder-text", _("Search by name"), NULL);
  set_accessible_label (self->search_entry, _("Search by name"));

  /* The choices again, the same one chosen: the filter stays as it is. */
  /* Translators: the verdict filter's choice that shows every creator */
  verdicts[0] = _("All Verdicts");
  for (CrRole r = 0; r <= CR_ROLE_UNDECIDED; r++)
    verdicts[1 + r] = cr_role_get_name (r);
  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->verdict_dropdown));
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  g_signal_handlers_block_by_func (self->verdict_dropdown, verdict_changed_cb, self);
  gtk_string_list_splice (self->verdicts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->verdicts)),
                          verdicts);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->verdict_dropdown), selected);
  g_signal_handlers_unblock_by_func (self->verdict_dropdown, verdict_changed_cb, self);
  gtk_widget_set_tooltip_text (self->verdict_dropdown, _("Show one verdict only"));
  set_accessible_label (self->verdict_dropdown, _("Verdict"));

  gtk_button_set_label (GTK_BUTTON (self->close_call_toggle), _("C_lose Calls"));
  gtk_widget_set_tooltip_text (self->close_call_toggle, _("Show close calls only"));

  set_accessible_label (GTK_WIDGET (self->progress_bar), _("Reading the roster"));
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Cancel"));

  gtk_button_set_label (GTK_BUTTON (self->notice_toggle), _("_Show Rows"));
  gtk_widget_set_tooltip_text (self->dismiss_button, _("Dismiss"));
  set_accessible_label (self->dismiss_button, _("Dismiss"));
  set_accessible_label (GTK_WIDGET (self->problems_view), _("Rows that cannot be read"));

  adw_status_page_set_title (self->empty_page, _("Open a Roster"));
  adw_status_page_set_description (self->empty_page,
                                   _("A CSV file with a row a creator, as a spreadsheet saves "
                                     "it, or JSON Lines. Drop it here, or start from the "
                                     "template."));
  gtk_button_set_label (GTK_BUTTON (self->empty_open_button), _("_Open a Roster…"));
  gtk_button_set_label (GTK_BUTTON (self->empty_template_button), _("Save a Roster _Template…"));

  set_accessible_label (GTK_WIDGET (self->column_view), _("Creators"));
  for (CrRosterColumn c = 0; c < CR_ROSTER_N_COLUMNS; c++)
    gtk_column_view_column_set_title (self->columns[c], column_title (c));

  adw_status_page_set_title (self->no_match_page, _("No Creators Match"));
  adw_status_page_set_description (self->no_match_page,
                                   _("Try another name, or show every verdict."));
}

/**
 * cr_roster_window_retranslate:
 *
 * Says everything again in the language now set, as the window does when
 * CrApplication:language changes, laid out in its direction: the window's own
 * texts, the column titles, every cell, the count, the notice and its
 * rows. The roster stays as it is, not read again, with its sort, filters,
 * search and scroll; a column sorted by words is sorted again by the new
 * ones.
 */
void
cr_roster_window_retranslate (CrRosterWindow *self)
{
  g_return_if_fail (CR_IS_ROSTER_WINDOW (self));

  set_texts (self);

  /* Every cell says its words again; the rows stay. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);

  gtk_sorter_changed (self->name_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->verdict_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  /* "No name (line 12)" is searched in the words shown. */
  gtk_filter_changed (GTK_FILTER (self->name_filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* The rows of the notice again, each in the new words. */
  gtk_string_list_splice (self->problems, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->problems)), NULL);
  update_notice (self);
  update (self);
}

static void
cr_roster_window_init (CrRosterWindow *self)
{
  g_autoptr(GtkListItemFactory) problem_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(CrRoster) roster = cr_roster_new ();
  GtkDropTarget *drop;
  GtkEveryFilter *every;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Its words follow the application's language. */
  cr_application_follow_language (GTK_WINDOW (self), G_CALLBACK (cr_roster_window_retranslate));

  self->verdicts = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->verdict_dropdown), G_LIST_MODEL (self->verdicts));

  self->name_filter = gtk_string_filter_new (item_name_expression (self));
  gtk_string_filter_set_match_mode (self->name_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->name_filter, TRUE);
  g_object_bind_property (self->search_entry, "text", self->name_filter, "search",
                          G_BINDING_SYNC_CREATE);

  self->verdict_filter = gtk_custom_filter_new (verdict_filter_cb, self, NULL);
  g_signal_connect_object (self->verdict_dropdown, "notify::selected",
                           G_CALLBACK (verdict_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->close_call_toggle, "toggled", G_CALLBACK (verdict_changed_cb),
                           self, G_CONNECT_SWAPPED);

  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), GTK_FILTER (self->name_filter));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), GTK_FILTER (self->verdict_filter));

  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (every));
  build_columns (self);
  set_texts (self);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (shown_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->problems = gtk_string_list_new (NULL);
  g_signal_connect (problem_factory, "setup", G_CALLBACK (problem_setup_cb), NULL);
  gtk_list_view_set_factory (self->problems_view, problem_factory);
  gtk_list_view_set_model (self->problems_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->problems)))));

  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  update_recent (self);

  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  set_roster (self, roster);
}

CrRosterWindow *
cr_roster_window_new (GtkApplication *application)
{
  return g_object_new (CR_TYPE_ROSTER_WINDOW, "application", application, NULL);
}

CrRoster *
cr_roster_window_get_roster (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return self->roster;
}

/**
 * cr_roster_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file of the roster shown
 */
GFile *
cr_roster_window_get_file (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return self->file;
}

gboolean
cr_roster_window_get_busy (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), FALSE);

  return self->busy > 0;
}

/**
 * cr_roster_window_get_shown:
 *
 * Returns: (transfer none): the creators the table shows, filtered and
 *   sorted as it shows them
 */
GListModel *
cr_roster_window_get_shown (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

GtkColumnView *
cr_roster_window_get_column_view (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return self->column_view;
}

GtkColumnViewColumn *
cr_roster_window_get_column (CrRosterWindow *self,
                             CrRosterColumn  column)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);
  g_return_val_if_fail (column < CR_ROSTER_N_COLUMNS, NULL);

  return self->columns[column];
}

GtkWidget *
cr_roster_window_get_search_entry (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return self->search_entry;
}

GtkWidget *
cr_roster_window_get_verdict_dropdown (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return self->verdict_dropdown;
}

GtkWidget *
cr_roster_window_get_close_call_toggle (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return self->close_call_toggle;
}

GtkWidget *
cr_roster_window_get_progress_bar (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return GTK_WIDGET (self->progress_bar);
}

const char *
cr_roster_window_get_count_text (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return gtk_label_get_text (self->count_label);
}

/**
 * cr_roster_window_get_notice_text:
 *
 * Returns: what the notice above the table says, or %NULL when it is not
 *   shown
 */
const char *
cr_roster_window_get_notice_text (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->notice_revealer))
    return NULL;

  return gtk_label_get_text (self->notice_label);
}

/**
 * cr_roster_window_get_problem_list:
 *
 * Returns: (transfer none): the rows listed in the notice, a
 *   GtkStringObject each
 */
GListModel *
cr_roster_window_get_problem_list (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return G_LIST_MODEL (self->problems);
}

/**
 * cr_roster_window_get_page_name:
 *
 * Returns: what the window shows: “empty” (no roster), “table” or
 *   “no-match” (every creator filtered out)
 */
const char *
cr_roster_window_get_page_name (CrRosterWindow *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
