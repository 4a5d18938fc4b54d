/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-preview-dialog.c: the result card, shown before it is saved or copied
 *
 * The dialog shows the card as cr_card_draw() draws it, at its full size,
 * scaled to fit: what is saved or copied is the picture shown. It keeps
 * no copy of the result: the picture, its words for assistive
 * technologies and the dialog's own texts are made again from the session
 * whenever the result, the name or the language changes (a language switch
 * scores again, so that the result changes).
 *
 * It is an AdwDialog presented on the result's window: it lives inside
 * that window, no larger than it, as a bottom sheet on a phone, and goes
 * with it. Below 400 pixels its two buttons stand one above the other, so
 * that neither is cut at a phone's 360. Its toasts are shown over the
 * card, above the buttons, so that Save and Copy stay in reach.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-dialogs.h"
#include "cr-preview-dialog.h"
#include "cr-quote.h"
#include "cr-result-text.h"

struct _CrPreviewDialog
{
  AdwDialog parent_instance;

  CrSession *session;
  CrCardSize size;

  AdwToastOverlay *toast_overlay;
  GtkWidget *square_button;
  GtkWidget *wide_button;
  GtkWidget *picture;
  GtkWidget *buttons;
  GtkWidget *copy_button;
  GtkWidget *save_button;

  GdkTexture *texture;
  /* The toast shown, if any: a new one replaces it, so that one Escape
   * takes it away (the overlay binds Escape to dismiss) and the next
   * closes the dialog. */
  AdwToast *toast;
};

G_DEFINE_FINAL_TYPE (CrPreviewDialog, cr_preview_dialog, ADW_TYPE_DIALOG)

enum
{
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
card_date (void)
{
  return g_date_time_new_now_local ();
}

/* The card at its full size, as a texture. */
static GdkTexture *
draw_texture (CrPreviewDialog *self)
{
  g_autoptr(GDateTime) date = card_date ();
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width = 0;
  int height = 0;
  int stride;

  cr_card_get_size (self->size, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cr_card_draw (cr, self->size, cr_session_get_answers (self->session),
                cr_session_get_result (self->session), date);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * (gsize) height);
  cairo_surface_destroy (surface);

  /* Cairo's ARGB32 is premultiplied, in the machine's byte order, which is
   * GDK_MEMORY_DEFAULT. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, (gsize) stride);
}

static void
update_texts (CrPreviewDialog *self)
{
  CrResult *result = cr_session_get_result (self->session);
  g_autofree char *text = cr_result_format_text (cr_session_get_answers (self->session), result);
  g_autofree char *label = NULL;
  int width = 0;
  int height = 0;

  adw_dialog_set_title (ADW_DIALOG (self), _("Result Card"));

  /* Translators: the choice of the card's shape: square, for feeds */
  gtk_button_set_label (GTK_BUTTON (self->square_button), _("S_quare"));
  gtk_widget_set_tooltip_text (self->square_button, _("For posts in a feed (1080 × 1080)"));
  /* Translators: the choice of the card's shape: wide, for link previews */
  gtk_button_set_label (GTK_BUTTON (self->wide_button), _("_Wide"));
  gtk_widget_set_tooltip_text (self->wide_button, _("For link previews (1200 × 630)"));
  gtk_button_set_label (GTK_BUTTON (self->copy_button), _("_Copy Image"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save Image…"));

  cr_card_get_size (self->size, &width, &height);
  /* Translators: the accessible name of the card's picture, e.g. “Result
   * card, 1080 × 1080 pixels” */
  label = g_strdup_printf (_("Result card, %d × %d pixels"), width, height);
  /* What the card says is what the text copy says: read out as its
   * description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
update (CrPreviewDialog *self)
{
  g_clear_object (&self->texture);
  self->texture = draw_texture (self);
  gtk_picture_set_paintable (GTK_PICTURE (self->picture), GDK_PAINTABLE (self->texture));

  update_texts (self);
}

static void
size_toggled_cb (CrPreviewDialog *self)
{
  CrCardSize size = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->wide_button))
                    ? CR_CARD_WIDE : CR_CARD_SQUARE;

  if (size != self->size)
    cr_preview_dialog_set_size (self, size);
}

static void
toast_dismissed_cb (CrPreviewDialog *self,
                    AdwToast        *toast)
{
  if (self->toast == toast)
    self->toast = NULL;
}

static void
toast (CrPreviewDialog *self,
       const char      *title)
{
  AdwToast *toast = adw_toast_new (title);

  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  self->toast = toast;
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
save_chosen_cb (GtkWidget *owner,
                GFile     *file,
                gpointer   user_data G_GNUC_UNUSED)
{
  cr_preview_dialog_save_to_file (CR_PREVIEW_DIALOG (owner), file, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  static const CrFileKind png[] = {
    { N_("PNG Images"), { "image/png" }, { "png" } },
  };
  g_autoptr(GListModel) filters = cr_dialogs_filters_new (png, G_N_ELEMENTS (png));
  g_autofree char *name = cr_preview_dialog_default_name ();

  cr_dialogs_save_file (widget, _("Save Image"), _("_Save"), filters, NULL, name, save_chosen_cb,
                        NULL);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name G_GNUC_UNUSED,
              GVariant   *parameter G_GNUC_UNUSED)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  cr_preview_dialog_copy_image (CR_PREVIEW_DIALOG (widget));
}

static GtkWidget *
size_button (GtkWidget *group)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));

  return button;
}

static GtkWidget *
pill_button (const char *action_name)
{
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "pill");

  return button;
}

static void
build (CrPreviewDialog *self)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *sizes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  AdwBreakpoint *breakpoint;

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), content);
  adw_dialog_set_child (ADW_DIALOG (self), view);

  gtk_widget_set_vexpand (content, TRUE);
  /* Room enough at a phone's 360 pixels. */
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  /* The shape: two linked toggles, square first. */
  self->square_button = size_button (NULL);
  self->wide_button = size_button (self->square_button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->square_button), TRUE);
  gtk_widget_add_css_class (sizes, "linked");
  gtk_widget_set_halign (sizes, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (sizes), self->square_button);
  gtk_box_append (GTK_BOX (sizes), self->wide_button);
  gtk_box_append (GTK_BOX (content), sizes);
  g_signal_connect_object (self->wide_button, "toggled", G_CALLBACK (size_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  /* The card, scaled down to fit, never cropped. */
  self->picture = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);
  gtk_widget_set_vexpand (self->picture, TRUE);
  gtk_widget_add_css_class (self->picture, "cr-card-preview");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  /* Its toasts (Saved as…, Copied) come up at the foot of the card,
   * above the buttons, which they would otherwise cover. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->toast_overlay), TRUE);
  adw_toast_overlay_set_child (self->toast_overlay, self->picture);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->toast_overlay));

  self->buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->copy_button = pill_button ("preview.copy");
  self->save_button = pill_button ("preview.save");
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_widget_set_halign (self->buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->buttons), self->copy_button);
  gtk_box_append (GTK_BOX (self->buttons), self->save_button);
  gtk_box_append (GTK_BOX (content), self->buttons);

  /* On a phone the buttons stand in a column, Save at the bottom where
   * the thumb is, both as wide as the dialog, so that neither label is
   * cut. */
  breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 400sp"));
  adw_breakpoint_add_setters (breakpoint,
                              G_OBJECT (self->buttons), "orientation", GTK_ORIENTATION_VERTICAL,
                              G_OBJECT (self->buttons), "halign", GTK_ALIGN_FILL,
                              NULL);
  adw_dialog_add_breakpoint (ADW_DIALOG (self), breakpoint);
}

static void
cr_preview_dialog_constructed (GObject *object)
{
  CrPreviewDialog *self = CR_PREVIEW_DIALOG (object);

  G_OBJECT_CLASS (cr_preview_dialog_parent_class)->constructed (object);

  g_return_if_fail (CR_IS_SESSION (self->session));

  g_signal_connect_object (self->session, "notify::result", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (cr_session_get_answers (self->session), "notify::name",
                           G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  /* Save is what the dialog is for. */
  adw_dialog_set_default_widget (ADW_DIALOG (self), self->save_button);
  adw_dialog_set_focus (ADW_DIALOG (self), self->save_button);
}

static void
cr_preview_dialog_dispose (GObject *object)
{
  CrPreviewDialog *self = CR_PREVIEW_DIALOG (object);

  g_clear_object (&self->texture);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (cr_preview_dialog_parent_class)->dispose (object);
}

static void
cr_preview_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrPreviewDialog *self = CR_PREVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_preview_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrPreviewDialog *self = CR_PREVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_preview_dialog_class_init (CrPreviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cr_preview_dialog_constructed;
  object_class->dispose = cr_preview_dialog_dispose;
  object_class->get_property = cr_preview_dialog_get_property;
  object_class->set_property = cr_preview_dialog_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "preview.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "preview.copy", NULL, copy_action);

  gtk_widget_class_install_action (widget_class, "preview.close", NULL, close_action);

  /* Escape closes an AdwDialog by itself. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "preview.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "preview.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "preview.copy", NULL);
}

static void
cr_preview_dialog_init (CrPreviewDialog *self)
{
  self->size = CR_CARD_SQUARE;

  /* No wider nor taller than the window it is presented on, which the
   * dialog sees to; a bottom sheet on a phone. */
  adw_dialog_set_content_width (ADW_DIALOG (self), 560);
  adw_dialog_set_content_height (ADW_DIALOG (self), 640);
  /* The least it needs, which the breakpoint below is measured against:
   * less than a phone's 360 pixels, which the window's frame takes some
   * of. */
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 294);

  build (self);
}

/**
 * cr_preview_dialog_new:
 * @session: the session of the window it is presented on
 *
 * Returns: (transfer floating): a dialog showing the card of @session's
 *   result, to present on its window
 */
AdwDialog *
cr_preview_dialog_new (CrSession *session)
{
  g_return_val_if_fail (CR_IS_SESSION (session), NULL);

  return g_object_new (CR_TYPE_PREVIEW_DIALOG, "session", session, NULL);
}

/**
 * cr_preview_dialog_set_size:
 *
 * Shows the card of @size, as the toggles do.
 */
void
cr_preview_dialog_set_size (CrPreviewDialog *self,
                            CrCardSize       size)
{
  g_return_if_fail (CR_IS_PREVIEW_DIALOG (self));

  self->size = size;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (size == CR_CARD_WIDE ? self->wide_button
                                                                       : self->square_button),
                                TRUE);
  update (self);
}

/**
 * cr_preview_dialog_default_name:
 *
 * Returns: (transfer full): the name Save Image offers, with today's date
 */
char *
cr_preview_dialog_default_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "creator-role-card-%Y-%m-%d.png");
}

/**
 * cr_preview_dialog_save_to_file:
 *
 * Writes the card shown to @file as a PNG, atomically, and says so in a
 * toast; a failure is shown once, with its reason, and leaves what
 * @file held as it was. The document open in the window, by any name, is
 * not written over.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
cr_preview_dialog_save_to_file (CrPreviewDialog *self,
                                GFile           *file,
                                GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) date = card_date ();
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (CR_IS_PREVIEW_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The card written over the document would lose its answers. */
  if (cr_dialogs_is_open_file (file, cr_session_get_file (self->session), FALSE, &local_error) ||
      !cr_card_save_png (self->size, cr_session_get_answers (self->session),
                         cr_session_get_result (self->session), date, file, &local_error))
    {
      cr_dialogs_show_error (GTK_WIDGET (self), _("Cannot Save the Image"), file,
                             local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  basename = cr_quote_file_name (file);
  /* Translators: shown once the card is saved, e.g. “Saved as
   * “creator-role-card-2026-12-02.png”” */
  text = g_strdup_printf (_("Saved as “%s”"), basename);
  toast (self, text);

  return TRUE;
}

/**
 * cr_preview_dialog_copy_image:
 *
 * Puts the card shown on the clipboard, as an image, and says so.
 */
void
cr_preview_dialog_copy_image (CrPreviewDialog *self)
{
  g_return_if_fail (CR_IS_PREVIEW_DIALOG (self));

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->texture);
  toast (self, _("Copied to the clipboard"));
}
