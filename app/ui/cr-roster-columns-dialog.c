/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-columns-dialog.c: which question each column of a roster is
 * read as, before it is read
 *
 * Shown when the header row of a roster has columns the reader does not
 * know and likely should (cr_roster_columns_needs_review()): a row for
 * each column but the name and a result's: its header cell, the first
 * row's cell below it, and a drop-down of the questions, by their
 * text in the interface language, and "Ignore this column". Each is set
 * to the reader's guess; a column one or two letters off a question's id
 * has that question chosen, and says it was suggested. The questions no
 * column answers are listed below. A question chosen for two columns is
 * said, and Continue cannot be pressed until it is chosen for one only.
 *
 * The dialog only asks: the window reads the roster with the columns
 * chosen (cr_roster_columns_dialog_dup_columns()) once it is answered
 * "continue"; "cancel", Escape included, reads nothing.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-a11y.h"
#include "cr-questionnaire.h"
#include "cr-roster-columns-dialog.h"

struct _CrRosterColumnsDialog
{
  AdwAlertDialog   parent_instance;

  /* The reader's guess, and the columns as chosen. */
  CrRosterColumns *guess;
  CrRosterColumns *columns;
  /* Beside each column, its row, or NULL for the name and a result's. */
  GPtrArray       *rows;
  GtkLabel        *unread_label;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (CrRosterColumnsDialog, cr_roster_columns_dialog, ADW_TYPE_ALERT_DIALOG)

/* A drop-down's items: "Ignore this column", then each question. */
#define IGNORE_ITEM 0

static guint
item_of_question (int question)
{
  return question >= 0 ? (guint) question + 1 : IGNORE_ITEM;
}

static int
question_of_item (guint item)
{
  return item == IGNORE_ITEM || item == GTK_INVALID_LIST_POSITION
    ? CR_ROSTER_READER_COLUMN_IGNORED
    : (int) item - 1;
}

/* The column as the dialog names it: its header cell, or its number. */
static char *
dup_column_name (CrRosterColumns *columns,
                 guint            column)
{
  const char *header = cr_roster_columns_get_header (columns, column);

  if (*header != '\0')
    return g_strdup (header);
  /* Translators: a roster's column whose header cell is empty, by its
   * number from 1 */
  return g_strdup_printf (_("Column %u"), column + 1);
}

static void
update (CrRosterColumnsDialog *self)
{
  g_autoptr(GArray) unread = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  int question;
  guint first, second;

  for (guint c = 0; c < self->rows->len; c++)
    {
      GtkDropDown *dropdown = g_ptr_array_index (self->rows, c);

      if (dropdown != NULL)
        cr_roster_columns_set_question (self->columns, c,
                                        question_of_item (gtk_drop_down_get_selected (dropdown)));
    }

  unread = cr_roster_columns_dup_unread_questions (self->columns);
  for (guint i = 0; i < unread->len; i++)
    {
      const CrQuestion *q = cr_questionnaire_get_question (g_array_index (unread, guint, i));

      if (titles->len > 0)
        /* Translators: separates question titles in a list */
        g_string_append (titles, _(", "));
      /* Translators: a question's title, quoted */
      g_string_append_printf (titles, _("“%s”"), _(q->title));
    }
  if (unread->len > 0)
    {
      /* Translators: the questions no column of a roster answers, e.g.
       * “No column answers: “Where are you active?”.” */
      g_autofree char *text = g_strdup_printf (_("No column answers: %s."), titles->str);

      gtk_label_set_text (self->unread_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unread_label), unread->len > 0);

  if (!cr_roster_columns_check (self->columns, &question, &first, &second))
    {
      g_autofree char *a = dup_column_name (self->columns, first);
      g_autofree char *b = dup_column_name (self->columns, second);
      /* Translators: a question chosen for two columns of a roster, which
       * Continue refuses: the question's title, then the two columns */
      g_autofree char *text = g_strdup_printf (_("“%s” is chosen for both “%s” and “%s”. Choose "
                                                 "it for one column only."),
                                               _(cr_questionnaire_get_question ((guint) question)->title),
                                               a, b);

      gtk_label_set_text (self->error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (self), "continue", FALSE);
      cr_a11y_announce (GTK_WIDGET (self), text);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
      adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (self), "continue", TRUE);
    }
}

/* The drop-down's items in its list, in labels that wrap: a question's
 * text can be longer than a narrow dialog is wide. The item chosen is
 * cut short with an ellipsis if it must be. */
static void
item_setup_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
               GtkListItem              *item,
               gpointer                  wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory G_GNUC_UNUSED,
              GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static GtkListItemFactory *
make_item_factory (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), NULL);

  return factory;
}

/* A column's header cell, with "Suggested" beside it when the reader
 * guessed its question from a misspelling. */
static GtkWidget *
make_header (const char *name,
             gboolean    suggested)
{
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *header = gtk_label_new (name);

  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (header), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_hexpand (header, TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "cr-column-header");
  gtk_box_append (GTK_BOX (top), header);

  if (suggested)
    {
      /* Translators: beside a roster's column whose question was guessed
       * from its misspelt name */
      GtkWidget *mark = gtk_label_new (_("Suggested"));

      gtk_widget_add_css_class (mark, "accent");
      gtk_widget_add_css_class (mark, "caption-heading");
      gtk_widget_add_css_class (mark, "cr-column-suggested");
      gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (top), mark);
    }

  return top;
}

/* What is said below a column of its first row's cell. */
static char *
dup_sample_text (const char *sample)
{
  if (*sample != '\0')
    /* Translators: below a roster's column, its cell in the first row */
    return g_strdup_printf (_("First row: “%s”"), sample);
  /* Translators: below a roster's column whose first row's cell is
   * empty */
  return g_strdup (_("First row: empty"));
}

static GtkWidget *
make_sample_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "cr-column-sample");

  return label;
}

/* What a screen reader says of a column's drop-down beside its name: the
 * first row's cell, and that its question was suggested. */
static char *
dup_description (const char *sample_text,
                 gboolean    suggested)
{
  GString *description = g_string_new (sample_text);

  if (suggested)
    {
      if (description->len > 0)
        g_string_append (description, ". ");
      /* Translators: said by a screen reader of a roster's column whose
       * question was guessed from its misspelt name */
      g_string_append (description, _("Suggested from its name"));
    }

  return g_string_free (description, FALSE);
}

/* The drop-down of a column's question, set to @question (-1: ignored),
 * named after the column for a screen reader. */
static GtkWidget *
make_dropdown (CrRosterColumnsDialog *self,
               GListModel            *items,
               const char            *name,
               const char            *description,
               int                    question)
{
  g_autoptr(GtkListItemFactory) factory = make_item_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = make_item_factory (TRUE);
  GtkWidget *dropdown = gtk_drop_down_new (g_object_ref (items), NULL);
  g_autofree char *label = NULL;

  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), list_factory);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), item_of_question (question));
  gtk_widget_set_hexpand (dropdown, TRUE);

  /* Translators: a roster's column, as a screen reader names its
   * drop-down, e.g. “Column “compensaton”” */
  label = g_strdup_printf (_("Column “%s”"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  cr_a11y_set_description (dropdown, description);

  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);

  return dropdown;
}

/* A column: its header, the first row's cell below, then the drop-down,
 * as wide as the row. */
static GtkWidget *
make_row (CrRosterColumnsDialog *self,
          GListModel            *items,
          guint                  column)
{
  CrRosterColumns *columns = self->guess;
  g_autofree char *name = dup_column_name (columns, column);
  const char *sample = cr_roster_columns_get_sample (columns, column);
  int suggestion = cr_roster_columns_get_suggestion (columns, column);
  int question = cr_roster_columns_get_question (columns, column);
  gboolean suggested = question < 0 && suggestion >= 0;
  g_autofree char *sample_text = sample != NULL ? dup_sample_text (sample) : NULL;
  g_autofree char *description = dup_description (sample_text, suggested);
  GtkWidget *row, *box, *dropdown;

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_box_append (GTK_BOX (box), make_header (name, suggested));
  if (sample_text != NULL)
    gtk_box_append (GTK_BOX (box), make_sample_label (sample_text));

  dropdown = make_dropdown (self, items, name, description,
                            question < 0 ? suggestion : question);
  gtk_box_append (GTK_BOX (box), dropdown);
  g_ptr_array_add (self->rows, dropdown);

  return row;
}

static void
cr_roster_columns_dialog_finalize (GObject *object)
{
  CrRosterColumnsDialog *self = CR_ROSTER_COLUMNS_DIALOG (object);

  g_clear_pointer (&self->guess, cr_roster_columns_unref);
  g_clear_pointer (&self->columns, cr_roster_columns_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cr_roster_columns_dialog_parent_class)->finalize (object);
}

static void
cr_roster_columns_dialog_class_init (CrRosterColumnsDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cr_roster_columns_dialog_finalize;
}

static void
cr_roster_columns_dialog_init (CrRosterColumnsDialog *self)
{
  self->rows = g_ptr_array_new ();
}

/* The heading, the text naming the roster and the two answers. */
static void
set_up_alert (CrRosterColumnsDialog *self,
              const char            *file_name)
{
  AdwAlertDialog *alert = ADW_ALERT_DIALOG (self);
  g_autofree char *body = NULL;

  /* Translators: the heading of the dialog shown before a roster whose
   * columns are partly unknown is read */
  adw_alert_dialog_set_heading (alert, _("Match the Columns"));
  /* Translators: %s is a roster's file name */
  body = g_strdup_printf (_("Some columns of %s are not known by their names. Choose the "
                            "question each column answers, or ignore it: the roster is read "
                            "once you continue."), file_name);
  adw_alert_dialog_set_body (alert, body);
  adw_alert_dialog_add_responses (alert,
                                  "cancel", _("_Cancel"),
                                  /* Translators: reads a roster with the columns chosen */
                                  "continue", _("C_ontinue"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (alert, "continue", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (alert, "continue");
  adw_alert_dialog_set_close_response (alert, "cancel");
}

/* Every drop-down's items: "Ignore this column", then each question. */
static GtkStringList *
make_items (void)
{
  GtkStringList *items = gtk_string_list_new (NULL);

  gtk_string_list_append (items, _("Ignore this column"));
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    gtk_string_list_append (items, _(cr_questionnaire_get_question (q)->title));

  return items;
}

/* A row for each column but the name and a result's. */
static GtkWidget *
make_column_list (CrRosterColumnsDialog *self)
{
  g_autoptr(GtkStringList) items = make_items ();
  guint n_columns = cr_roster_columns_get_n_columns (self->guess);
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* Translators: how a screen reader names the list of a roster's
   * columns in the dialog */
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Columns"), -1);
  for (guint c = 0; c < n_columns; c++)
    {
      if (!cr_roster_columns_is_fixed (self->guess, c))
        gtk_list_box_append (GTK_LIST_BOX (list), make_row (self, G_LIST_MODEL (items), c));
      else
        g_ptr_array_add (self->rows, NULL);
    }

  return list;
}

/* A question chosen for two columns, said as soon as it is. */
static GtkLabel *
make_error_label (void)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   "visible", FALSE,
                                   NULL);

  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "cr-column-error");

  return GTK_LABEL (label);
}

/* The questions no column answers. */
static GtkLabel *
make_unread_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "cr-column-unread");

  return GTK_LABEL (label);
}

/* The columns, then the questions no column answers, scrolled
 * together. */
static GtkWidget *
make_scrolled_content (CrRosterColumnsDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_box_append (GTK_BOX (content), make_column_list (self));
  self->unread_label = make_unread_label ();
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->unread_label));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);

  return scrolled;
}

/**
 * cr_roster_columns_dialog_new:
 * @guess: what the reader makes of each column (cr_roster_read_columns())
 * @file_name: the roster's file, as the window names it
 *
 * Returns: (transfer floating): the dialog, to present
 */
CrRosterColumnsDialog *
cr_roster_columns_dialog_new (CrRosterColumns *guess,
                              const char      *file_name)
{
  CrRosterColumnsDialog *self;
  GtkWidget *box;

  g_return_val_if_fail (guess != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  self = g_object_new (CR_TYPE_ROSTER_COLUMNS_DIALOG, NULL);
  self->guess = cr_roster_columns_copy (guess);
  self->columns = cr_roster_columns_copy (guess);

  set_up_alert (self, file_name);

  /* The error first, where it is seen; then the columns. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->error_label = make_error_label ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), make_scrolled_content (self));

  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (self), box);
  update (self);

  return self;
}

/**
 * cr_roster_columns_dialog_dup_columns:
 *
 * Returns: (transfer full): the columns as chosen, for
 *   cr_roster_set_column_map()
 */
CrRosterColumns *
cr_roster_columns_dialog_dup_columns (CrRosterColumnsDialog *self)
{
  g_return_val_if_fail (CR_IS_ROSTER_COLUMNS_DIALOG (self), NULL);

  update (self);

  return cr_roster_columns_copy (self->columns);
}

/**
 * cr_roster_columns_dialog_focus_first:
 *
 * Puts the focus on the first column the reader could not tell, once the
 * dialog is presented: a keyboard starts where the choosing is.
 */
void
cr_roster_columns_dialog_focus_first (CrRosterColumnsDialog *self)
{
  GtkWidget *first = NULL;

  g_return_if_fail (CR_IS_ROSTER_COLUMNS_DIALOG (self));

  for (guint c = 0; c < self->rows->len; c++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, c);
      CrRosterMatch match = cr_roster_columns_get_match (self->guess, c);

      if (row == NULL)
        continue;
      if (first == NULL)
        first = row;
      if (cr_roster_columns_get_suggestion (self->guess, c) >= 0 ||
          match == CR_ROSTER_MATCH_NONE)
        {
          first = row;
          break;
        }
    }

  if (first != NULL)
    adw_dialog_set_focus (ADW_DIALOG (self), first);
}
