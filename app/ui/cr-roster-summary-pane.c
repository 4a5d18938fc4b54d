/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-roster-summary-pane.c: the roster window's summary, as a client is
 * shown it
 *
 * A view over a CrRosterSummary, which follows the roster: how many
 * creators, the chart the renderer draws (cr_roster_summary_draw(), the
 * same as the exports'), and a row a figure. Each figure shown is read
 * from the summary when it notifies, so that rows read while the roster
 * loads and a creator edited in its own window show at once; the pane
 * keeps no figure of its own. The chart's accessible description says
 * every figure in words. Its menu exports the summary alone, as a PDF page
 * or a PNG image (win.export-summary).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cr-roster-chart.h"
#include "cr-roster-summary-pane.h"

struct _CrRosterSummaryPane
{
  AdwBin           parent_instance;

  GtkLabel        *heading_label;
  GtkWidget       *export_button;
  GtkLabel        *total_label;
  GtkDrawingArea  *chart_area;
  GtkListBox      *counts_list;

  AdwActionRow    *rows[CR_ROSTER_N_COUNTS];
  GtkLabel        *values[CR_ROSTER_N_COUNTS];

  CrRosterSummary *summary;
};

G_DEFINE_FINAL_TYPE (CrRosterSummaryPane, cr_roster_summary_pane, ADW_TYPE_BIN)

static void
get_counts (CrRosterSummaryPane *self,
            CrRosterCounts      *counts)
{
  if (self->summary != NULL)
    cr_roster_summary_get_counts (self->summary, counts);
  else
    memset (counts, 0, sizeof *counts);
}

static void
draw_chart (GtkDrawingArea *area G_GNUC_UNUSED,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  CrRosterSummaryPane *self = user_data;
  CrRosterCounts counts;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  get_counts (self, &counts);
  cr_roster_summary_draw (cr, width, height, &counts, dark ? CR_CHART_DARK : CR_CHART_LIGHT);
}

/* Every figure shown again, from the summary. */
static void
update (CrRosterSummaryPane *self)
{
  CrRosterCounts counts;
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;

  get_counts (self, &counts);

  /* Translators: under the heading of a roster's summary, e.g. “12
   * creators” */
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u creator", "%u creators",
                                        counts.total),
                           counts.total);
  gtk_label_set_label (self->total_label, total);

  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    {
      g_autofree char *value = g_strdup_printf ("%u", counts.counts[c]);

      gtk_label_set_label (self->values[c], value);
    }

  text = cr_roster_counts_dup_text (&counts);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_area),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart_area));
}

/**
 * cr_roster_summary_pane_retranslate:
 *
 * Says everything again in the language now set: the heading, the rows'
 * words, the chart and its words for screen readers.
 */
void
cr_roster_summary_pane_retranslate (CrRosterSummaryPane *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  g_return_if_fail (CR_IS_ROSTER_SUMMARY_PANE (self));

  /* Translators: the heading of the roster window's summary pane */
  gtk_label_set_label (self->heading_label, _("Summary"));
  g_menu_append (menu, _("Export Summary as _PDF…"), "win.export-summary::pdf");
  g_menu_append (menu, _("Export Summary as P_NG…"), "win.export-summary::png");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->export_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (self->export_button, _("Export the Summary"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export the Summary"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: what a screen reader calls the summary's
                                   * chart, before its figures */
                                  _("Chart of the roster’s summary"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->counts_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Summary"), -1);

  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[c]),
                                   cr_roster_count_get_label (c));

  update (self);
}

/**
 * cr_roster_summary_pane_set_summary:
 * @summary: (nullable): what to show
 */
void
cr_roster_summary_pane_set_summary (CrRosterSummaryPane *self,
                                    CrRosterSummary     *summary)
{
  g_return_if_fail (CR_IS_ROSTER_SUMMARY_PANE (self));
  g_return_if_fail (summary == NULL || CR_IS_ROSTER_SUMMARY (summary));

  if (self->summary == summary)
    return;

  if (self->summary != NULL)
    g_signal_handlers_disconnect_by_data (self->summary, self);
  g_set_object (&self->summary, summary);
  if (summary != NULL)
    /* Any figure: they are few, and shown together. */
    g_signal_connect_object (summary, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
cr_roster_summary_pane_dispose (GObject *object)
{
  CrRosterSummaryPane *self = CR_ROSTER_SUMMARY_PANE (object);

  if (self->summary != NULL)
    g_signal_handlers_disconnect_by_data (self->summary, self);
  g_clear_object (&self->summary);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_ROSTER_SUMMARY_PANE);

  G_OBJECT_CLASS (cr_roster_summary_pane_parent_class)->dispose (object);
}

static void
cr_roster_summary_pane_class_init (CrRosterSummaryPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_roster_summary_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cr-roster-summary-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRosterSummaryPane, heading_label);
  gtk_widget_class_bind_template_child (widget_class, CrRosterSummaryPane, export_button);
  gtk_widget_class_bind_template_child (widget_class, CrRosterSummaryPane, total_label);
  gtk_widget_class_bind_template_child (widget_class, CrRosterSummaryPane, chart_area);
  gtk_widget_class_bind_template_child (widget_class, CrRosterSummaryPane, counts_list);
}

static void
cr_roster_summary_pane_init (CrRosterSummaryPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (CrRosterCount c = 0; c < CR_ROSTER_N_COUNTS; c++)
    {
      self->rows[c] = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->rows[c]), FALSE);
      self->values[c] = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_add_css_class (GTK_WIDGET (self->values[c]), "numeric");
      adw_action_row_add_suffix (self->rows[c], GTK_WIDGET (self->values[c]));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->rows[c]), FALSE);
      gtk_list_box_append (self->counts_list, GTK_WIDGET (self->rows[c]));
    }

  gtk_drawing_area_set_draw_func (self->chart_area, draw_chart, self, NULL);
  /* The chart's ink follows the style. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->chart_area,
                           G_CONNECT_SWAPPED);

  cr_roster_summary_pane_retranslate (self);
}
