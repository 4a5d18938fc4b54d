/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-creator-window.c: one creator of a roster, opened: the whole result
 *
 * The window shows the wizard's result page over the creator's answers,
 * with its explanations and what would change computed now, in the
 * language current now. The page edits the answers only when the user
 * picks another option or tries a change; the creator follows, so that the
 * roster's row and an export say what the page says. Export and Copy
 * write the creator's result document, as the wizard's do; Start Over,
 * which would clear the answers, is the wizard's own and is off here.
 *
 * No draft: a creator opened from a roster never touches the answers the
 * wizard keeps for next time.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-creator-window.h"
#include "cr-document.h"
#include "cr-i18n.h"
#include "cr-result-page.h"

struct _CrCreatorWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *page;

  CrCreator            *creator;
  CrAnswers            *answers;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CrCreatorWindow, cr_creator_window, ADW_TYPE_APPLICATION_WINDOW)

static char *
display_name (CrCreator *creator)
{
  g_autofree char *number = NULL;

  if (cr_creator_get_name (creator) != NULL)
    return g_strdup (cr_creator_get_name (creator));

  number = g_strdup_printf ("%" G_GUINT64_FORMAT, cr_creator_get_line (creator));

  /* Translators: a roster row without a name, e.g. “No name (line 12)” */
  return g_strdup_printf (_("No name (line %s)"), number);
}

static void
answers_changed_cb (CrCreatorWindow *self)
{
  g_autofree char *name = NULL;

  cr_creator_set_answers (self->creator, self->answers);

  name = display_name (self->creator);
  adw_window_title_set_title (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static char *
to_data (CrCreatorWindow *self,
         gsize           *length)
{
  g_autoptr(CrResult) result = cr_score (self->answers);

  return cr_document_to_data (self->answers, result, cr_i18n_get_language (), NULL, TRUE, length);
}

static void
show_error (CrCreatorWindow *self,
            GFile           *file,
            GError          *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *body = g_strdup_printf ("%s: %s", name, error->message);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cannot Export the Result"),
                                              body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * cr_creator_window_export_to_file:
 *
 * Writes the creator's result document to @file, atomically, and says so
 * in a toast; a failure is shown with its reason.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
cr_creator_window_export_to_file (CrCreatorWindow  *self,
                                  GFile            *file,
                                  GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_return_val_if_fail (CR_IS_CREATOR_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = to_data (self, &length);
  if (!cr_document_save (file, data, length, NULL, &local_error))
    {
      show_error (self, file, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  basename = g_file_get_basename (file);
  /* Translators: shown once the result is exported, e.g. “Exported as
   * “creator-role-result-2026-11-28.json”” */
  text = g_strdup_printf (_("Exported as “%s”"), basename);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));

  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CrCreatorWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file != NULL)
    cr_creator_window_export_to_file (self, file, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  CrCreatorWindow *self = CR_CREATOR_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (_("Export as JSON"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("JSON Documents"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  name = g_strdup_printf ("%s.json", cr_creator_get_name (self->creator) != NULL
                                       ? cr_creator_get_name (self->creator)
                                       : "creator-role-result");
  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
copy_json_action (GtkWidget  *widget,
                  const char *action_name G_GNUC_UNUSED,
                  GVariant   *parameter G_GNUC_UNUSED)
{
  CrCreatorWindow *self = CR_CREATOR_WINDOW (widget);
  g_autofree char *data = to_data (self, NULL);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), data);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Copied to the clipboard")));
}

static void
start_over_action (GtkWidget  *widget G_GNUC_UNUSED,
                   const char *action_name G_GNUC_UNUSED,
                   GVariant   *parameter G_GNUC_UNUSED)
{
}

static void
map_cb (CrCreatorWindow *self)
{
  cr_result_page_focus_heading (CR_RESULT_PAGE (self->page));
}

static void
cr_creator_window_dispose (GObject *object)
{
  CrCreatorWindow *self = CR_CREATOR_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->answers != NULL)
    g_signal_handlers_disconnect_by_data (self->answers, self);
  g_clear_object (&self->answers);
  g_clear_object (&self->creator);

  G_OBJECT_CLASS (cr_creator_window_parent_class)->dispose (object);
}

static void
cr_creator_window_class_init (CrCreatorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_creator_window_dispose;

  /* The actions the result page's buttons name. */
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-json", NULL, copy_json_action);
  gtk_widget_class_install_action (widget_class, "win.start-over", NULL, start_over_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-json", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cr_creator_window_init (CrCreatorWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-over", FALSE);
}

/**
 * cr_creator_window_new:
 * @creator: the creator to show, who follows the answers changed here
 * @roster_file: (nullable): the roster the creator comes from
 *
 * Returns: (transfer none): a new window showing @creator's whole result
 */
GtkWindow *
cr_creator_window_new (GtkApplication *application,
                       CrCreator      *creator,
                       GFile          *roster_file)
{
  CrCreatorWindow *self;
  GtkWidget *box, *header;
  g_autofree char *name = NULL;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CR_IS_CREATOR (creator), NULL);

  self = g_object_new (CR_TYPE_CREATOR_WINDOW,
                       "application", application,
                       "default-width", 640,
                       "default-height", 720,
                       "width-request", 360,
                       "height-request", 294,
                       NULL);
  self->creator = g_object_ref (creator);
  self->answers = cr_creator_dup_answers (creator);

  name = display_name (creator);
  gtk_window_set_title (GTK_WINDOW (self), name);
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (name, NULL));
  if (roster_file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (roster_file);

      adw_window_title_set_subtitle (self->window_title, basename);
    }

  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));

  self->page = cr_result_page_new (self->answers);
  gtk_widget_set_vexpand (self->page, TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->page);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, box);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self),
                                      GTK_WIDGET (self->toast_overlay));

  g_signal_connect_object (self->answers, "changed", G_CALLBACK (answers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->answers, "notify::name", G_CALLBACK (answers_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);

  return GTK_WINDOW (self);
}

CrCreator *
cr_creator_window_get_creator (CrCreatorWindow *self)
{
  g_return_val_if_fail (CR_IS_CREATOR_WINDOW (self), NULL);

  return self->creator;
}

/**
 * cr_creator_window_get_answers:
 *
 * Returns: (transfer none): the answers the page shows and edits
 */
CrAnswers *
cr_creator_window_get_answers (CrCreatorWindow *self)
{
  g_return_val_if_fail (CR_IS_CREATOR_WINDOW (self), NULL);

  return self->answers;
}

GtkWidget *
cr_creator_window_get_page (CrCreatorWindow *self)
{
  g_return_val_if_fail (CR_IS_CREATOR_WINDOW (self), NULL);

  return self->page;
}
