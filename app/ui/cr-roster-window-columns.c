/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-window-columns.c: the roster window's table: its columns,
 * cells, sorters and filters
 *
 * Cells are recycled rows whose widgets follow the creator's properties
 * through expressions, so that a row shows what the creator holds now, and
 * the words they show are the model's (cr-result-text.c, the role names).
 * Each expression depends on CrRosterWindow:language, so that a language
 * switch makes every visible cell say its words again without the rows
 * being made anew; the sorters and the search that work on words are told
 * to sort and search again (cr_roster_window_resort()).
 *
 * A name another row has too is marked, with the lines it is also on
 * (cr-roster-window-summary.c's summary says which).
 *
 * The models are the roster, through a GtkFilterListModel (search by name,
 * one verdict, close calls only, names on more than one row only), a GtkSortListModel that the column
 * headers sort, and the single selection the column view shows.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-name.h"
#include "cr-result-text.h"
#include "cr-roster-window-private.h"
#include "cr-share-bar.h"

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

/* The mark of a name another row has too: what it says, or %NULL. */
static char *
same_name_text (GObject         *object G_GNUC_UNUSED,
                CrCreator       *creator,
                const char      *name G_GNUC_UNUSED,
                guint            revision G_GNUC_UNUSED,
                const char      *language G_GNUC_UNUSED,
                CrRosterSummary *summary)
{
  if (creator == NULL)
    return NULL;

  return cr_roster_summary_dup_same_name_text (summary, creator);
}

static gboolean
has_text (GObject    *object G_GNUC_UNUSED,
          const char *text)
{
  return text != NULL;
}

/* Screen readers hear the mark as it reads. */
static void
mark_tooltip_cb (GtkWidget *mark)
{
  const char *text = gtk_widget_get_tooltip_text (mark);

  gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : "", -1);
}

static GtkExpression *
same_name_expression (CrRosterWindow *self)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item"),
    creator_property ("name"),
    gtk_property_expression_new (CR_TYPE_ROSTER_SUMMARY,
                                 gtk_object_expression_new (G_OBJECT (self->summary)),
                                 "revision"),
    language_expression (self),
  };

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (same_name_text), self->summary, NULL);
}

static void
setup_name_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
               GtkListItem              *item,
               CrRosterWindow           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *mark = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = cell_label (item, name_expression (self));
  GtkExpression *text = same_name_expression (self);
  GtkExpression *params[] = { gtk_expression_ref (text) };

  /* At least 12 characters of a name ("Lina Haddad" whole) however
   * narrow the table grows beside the summary, where it scrolls sideways
   * first; few enough that on a phone the name, the longest verdict and
   * the answers still fit. */
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_widget_set_hexpand (label, TRUE);
  /* The label goes into a box, with the mark of a name on another row. */
  g_object_ref (label);
  gtk_list_item_set_child (item, box);
  gtk_box_append (GTK_BOX (box), label);
  g_object_unref (label);

  gtk_widget_add_css_class (mark, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  g_signal_connect (mark, "notify::tooltip-text", G_CALLBACK (mark_tooltip_cb), NULL);
  gtk_expression_bind (text, mark, "tooltip-text", item);
  gtk_expression_bind (gtk_cclosure_expression_new (G_TYPE_BOOLEAN, NULL, G_N_ELEMENTS (params),
                                                    params, G_CALLBACK (has_text), NULL, NULL),
                       mark, "visible", item);
  gtk_box_append (GTK_BOX (box), mark);
}

static void
setup_verdict_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
                  GtkListItem              *item,
                  CrRosterWindow           *self)
{
  GtkWidget *label = cell_label (item, verdict_expression (self));

  /* The verdict is what the table is for: never cut; the table scrolls
   * sideways first. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
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
    add_column (self, CR_ROSTER_COLUMN_INFLUENCER + r, numeric_sorter (score_properties[r]),
                FALSE);
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
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->duplicates_toggle)) &&
      cr_roster_summary_get_same_name (self->summary, creator, NULL, 0) == 0)
    return FALSE;

  return any || cr_creator_get_role (creator) == role;
}

static void
verdict_changed_cb (CrRosterWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->verdict_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The verdict filter's choices again, in the language now set, the same
 * one chosen: the filter stays as it is. */
static void
translate_verdicts (CrRosterWindow *self)
{
  const char *verdicts[CR_ROLE_UNDECIDED + 3] = { NULL };
  guint selected;

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
}

/* The three shares' columns as wide as one another, so that their bars
 * compare at a glance, and as wide as the longest of their titles
 * ("Contracted ambassador", "Ambassadeur sous contrat"), so that none is
 * cut: the title's width in the view's font, with room for the header's
 * padding and its sort arrow. */
#define SHARE_COLUMN_MIN_WIDTH 120
#define HEADER_EXTRA_WIDTH 36

static void
size_share_columns (CrRosterWindow *self)
{
  int width = SHARE_COLUMN_MIN_WIDTH;

  for (CrRosterColumn c = CR_ROSTER_COLUMN_INFLUENCER; c <= CR_ROSTER_COLUMN_CONTRACTED_AMBASSADOR;
       c++)
    {
      g_autoptr(PangoLayout) layout =
        gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), column_title (c));
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
      int title_width;

      /* As the headers are written: bold, and smaller (libadwaita's
       * style), which the view's own font is not. */
      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attributes);
      pango_layout_get_pixel_size (layout, &title_width, NULL);
      width = MAX (width, title_width + HEADER_EXTRA_WIDTH);
    }

  for (CrRosterColumn c = CR_ROSTER_COLUMN_INFLUENCER; c <= CR_ROSTER_COLUMN_CONTRACTED_AMBASSADOR;
       c++)
    gtk_column_view_column_set_fixed_width (self->columns[c], width);
}

/* The column titles and the verdict filter's choices, in the language now
 * set. */
void
cr_roster_window_translate_columns (CrRosterWindow *self)
{
  translate_verdicts (self);
  for (CrRosterColumn c = 0; c < CR_ROSTER_N_COLUMNS; c++)
    gtk_column_view_column_set_title (self->columns[c], column_title (c));
  size_share_columns (self);
}

/* After a language switch: the columns sorted by words sort again by the
 * new ones, and "No name (line 12)" is searched in the words shown. */
void
cr_roster_window_resort (CrRosterWindow *self)
{
  gtk_sorter_changed (self->name_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->verdict_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->name_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
setup_choice_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
                 GtkListItem              *item,
                 gpointer                  cut)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (cut))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
                GtkListItem              *item,
                gpointer                  cut G_GNUC_UNUSED)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkListItemFactory *
choice_factory_new (gboolean cut)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), GINT_TO_POINTER (cut));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);

  return factory;
}

/* The filters, the columns and the models between the roster and the
 * column view, which shows no roster until one is set. */
void
cr_roster_window_init_columns (CrRosterWindow *self)
{
  g_autoptr(GtkListItemFactory) button_factory = choice_factory_new (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = choice_factory_new (FALSE);
  GtkEveryFilter *every;

  self->verdicts = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->verdict_dropdown), G_LIST_MODEL (self->verdicts));
  /* On a phone, in a language of long words ("Tous les verdicts"), the
   * choice shown is cut before the filters are wider than the window;
   * the list shows each whole. */
  gtk_drop_down_set_factory (GTK_DROP_DOWN (self->verdict_dropdown), button_factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (self->verdict_dropdown), list_factory);

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
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}
