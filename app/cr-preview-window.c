/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-preview-window.c: the result card, shown before it is saved or copied
 *
 * The window shows the card as cr_card_draw() draws it, at its full size,
 * scaled to fit: what is saved or copied is the picture shown. It keeps
 * no copy of the result: the picture, its words for assistive
 * technologies and the window's own texts are made again from the session
 * whenever the result, the name or the language changes (a language switch
 * scores again, so that the result changes).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-preview-window.h"
#include "cr-result-text.h"

struct _CrPreviewWindow
{
  AdwWindow parent_instance;

  CrSession *session;
  CrCardSize size;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkWidget *square_button;
  GtkWidget *wide_button;
  GtkWidget *picture;
  GtkWidget *copy_button;
  GtkWidget *save_button;
  GtkFileChooserNative *chooser;

  GdkTexture *texture;
  /* The toast shown, if any: a new one replaces it, so that one Escape
   * takes it away (the overlay binds Escape to dismiss) and the next
   * closes the window. */
  AdwToast *toast;
};

G_DEFINE_FINAL_TYPE (CrPreviewWindow, cr_preview_window, ADW_TYPE_WINDOW)

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
draw_texture (CrPreviewWindow *self)
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
update_texts (CrPreviewWindow *self)
{
  CrResult *result = cr_session_get_result (self->session);
  g_autofree char *text = cr_result_format_text (cr_session_get_answers (self->session), result);
  g_autofree char *label = NULL;
  int width = 0;
  int height = 0;

  gtk_window_set_title (GTK_WINDOW (self), _("Result Card"));
  adw_window_title_set_title (self->window_title, _("Result Card"));

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
update (CrPreviewWindow *self)
{
  g_clear_object (&self->texture);
  self->texture = draw_texture (self);
  gtk_picture_set_paintable (GTK_PICTURE (self->picture), GDK_PAINTABLE (self->texture));

  update_texts (self);
}

static void
size_toggled_cb (CrPreviewWindow *self)
{
  CrCardSize size = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->wide_button))
                    ? CR_CARD_WIDE : CR_CARD_SQUARE;

  if (size != self->size)
    cr_preview_window_set_size (self, size);
}

static void
toast_dismissed_cb (CrPreviewWindow *self,
                    AdwToast        *toast)
{
  if (self->toast == toast)
    self->toast = NULL;
}

static void
toast (CrPreviewWindow *self,
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
show_error (CrPreviewWindow *self,
            GFile           *file,
            GError          *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *body = g_strdup_printf ("%s: %s", name, error->message);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cannot Save the Image"),
                                              body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CrPreviewWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file != NULL)
    cr_preview_window_save_to_file (self, file, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  CrPreviewWindow *self = CR_PREVIEW_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = cr_preview_window_default_name ();

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (_("Save Image"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _("PNG Images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  cr_preview_window_copy_image (CR_PREVIEW_WINDOW (widget));
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
build (CrPreviewWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *sizes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toast_overlay));
  adw_toast_overlay_set_child (self->toast_overlay, box);

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new ("", NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_vexpand (content, TRUE);
  /* Room enough at a phone's 360 pixels. */
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (box), content);

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
  gtk_box_append (GTK_BOX (content), self->picture);

  self->copy_button = pill_button ("preview.copy");
  self->save_button = pill_button ("preview.save");
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), self->copy_button);
  gtk_box_append (GTK_BOX (buttons), self->save_button);
  gtk_box_append (GTK_BOX (content), buttons);
}

static void
cr_preview_window_constructed (GObject *object)
{
  CrPreviewWindow *self = CR_PREVIEW_WINDOW (object);

  G_OBJECT_CLASS (cr_preview_window_parent_class)->constructed (object);

  g_return_if_fail (CR_IS_SESSION (self->session));

  g_signal_connect_object (self->session, "notify::result", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (cr_session_get_answers (self->session), "notify::name",
                           G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  /* Save is what the window is for. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  gtk_widget_grab_focus (self->save_button);
}

static void
cr_preview_window_dispose (GObject *object)
{
  CrPreviewWindow *self = CR_PREVIEW_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->texture);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (cr_preview_window_parent_class)->dispose (object);
}

static void
cr_preview_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrPreviewWindow *self = CR_PREVIEW_WINDOW (object);

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
cr_preview_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrPreviewWindow *self = CR_PREVIEW_WINDOW (object);

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
cr_preview_window_class_init (CrPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cr_preview_window_constructed;
  object_class->dispose = cr_preview_window_dispose;
  object_class->get_property = cr_preview_window_get_property;
  object_class->set_property = cr_preview_window_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "preview.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "preview.copy", NULL, copy_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "preview.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "preview.copy", NULL);
}

static void
cr_preview_window_init (CrPreviewWindow *self)
{
  self->size = CR_CARD_SQUARE;

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 294);

  build (self);
}

/**
 * cr_preview_window_new:
 * @parent: the window whose result it shows
 * @session: the session of @parent
 *
 * Returns: (transfer floating): a modal window over @parent showing the
 *   card of @session's result
 */
GtkWidget *
cr_preview_window_new (GtkWindow *parent,
                       CrSession *session)
{
  int width;
  int height;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_SESSION (session), NULL);

  /* No wider nor taller than the window it comes from, as on a phone. */
  width = gtk_widget_get_width (GTK_WIDGET (parent));
  height = gtk_widget_get_height (GTK_WIDGET (parent));

  return g_object_new (CR_TYPE_PREVIEW_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       "session", session,
                       "default-width", width > 0 ? MIN (width, 560) : 560,
                       "default-height", height > 0 ? MIN (height, 640) : 640,
                       NULL);
}

CrSession *
cr_preview_window_get_session (CrPreviewWindow *self)
{
  g_return_val_if_fail (CR_IS_PREVIEW_WINDOW (self), NULL);

  return self->session;
}

CrCardSize
cr_preview_window_get_size (CrPreviewWindow *self)
{
  g_return_val_if_fail (CR_IS_PREVIEW_WINDOW (self), CR_CARD_SQUARE);

  return self->size;
}

/**
 * cr_preview_window_set_size:
 *
 * Shows the card of @size, as the toggles do.
 */
void
cr_preview_window_set_size (CrPreviewWindow *self,
                            CrCardSize       size)
{
  g_return_if_fail (CR_IS_PREVIEW_WINDOW (self));

  self->size = size;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (size == CR_CARD_WIDE ? self->wide_button
                                                                       : self->square_button),
                                TRUE);
  update (self);
}

/**
 * cr_preview_window_get_picture:
 *
 * Returns: (transfer none): the GtkPicture that shows the card
 */
GtkWidget *
cr_preview_window_get_picture (CrPreviewWindow *self)
{
  g_return_val_if_fail (CR_IS_PREVIEW_WINDOW (self), NULL);

  return self->picture;
}

/**
 * cr_preview_window_get_texture:
 *
 * Returns: (transfer none): the card shown, at its full size
 */
GdkTexture *
cr_preview_window_get_texture (CrPreviewWindow *self)
{
  g_return_val_if_fail (CR_IS_PREVIEW_WINDOW (self), NULL);

  return self->texture;
}

/**
 * cr_preview_window_default_name:
 *
 * Returns: (transfer full): the name Save Image offers, with today's date
 */
char *
cr_preview_window_default_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "creator-role-card-%Y-%m-%d.png");
}

/**
 * cr_preview_window_save_to_file:
 *
 * Writes the card shown to @file as a PNG, atomically, and says so in a
 * toast; a failure is shown once, with its reason, and leaves what
 * @file held as it was.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
cr_preview_window_save_to_file (CrPreviewWindow *self,
                                GFile           *file,
                                GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) date = card_date ();
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (CR_IS_PREVIEW_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!cr_card_save_png (self->size, cr_session_get_answers (self->session),
                         cr_session_get_result (self->session), date, file, &local_error))
    {
      show_error (self, file, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  basename = g_file_get_basename (file);
  /* Translators: shown once the card is saved, e.g. “Saved as
   * “creator-role-card-2026-12-02.png”” */
  text = g_strdup_printf (_("Saved as “%s”"), basename);
  toast (self, text);

  return TRUE;
}

/**
 * cr_preview_window_copy_image:
 *
 * Puts the card shown on the clipboard, as an image, and says so.
 */
void
cr_preview_window_copy_image (CrPreviewWindow *self)
{
  g_return_if_fail (CR_IS_PREVIEW_WINDOW (self));

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->texture);
  toast (self, _("Copied to the clipboard"));
}
