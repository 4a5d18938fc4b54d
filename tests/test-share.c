/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-share.c: sharing a result from the window, as a person does it
 *
 * Copy as Text, the card's preview (Copy Image, Save Image…) and Print…,
 * checked by what they give: the clipboard read back through GdkClipboard,
 * the PNG decoded, the PDF's text read by poppler's pdftotext, the toasts
 * and dialogs shown, in English and after a switch to Arabic.
 */
#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <signal.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "cr-document.h"
#include "cr-preview-dialog.h"
#include "cr-questionnaire.h"
#include "cr-render.h"
#include "cr-result-page.h"
#include "cr-result-text.h"
#include "cr-test-profiles.h"
#include "cr-test-utils.h"
#include "cr-test-window.h"
#include "cr-window.h"

static CrAnswers *
profile_answers (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (cr_test_profiles); i++)
    if (g_str_equal (cr_test_profiles[i].path, path))
      return cr_test_answers_new (cr_test_profiles[i].answers);

  g_error ("no profile %s", path);
}

/* The wizard's window on the result of @path's answers, walked as a user
 * walks it. */
static CrWindow *
walk (const char *path)
{
  g_autoptr(CrAnswers) answers = profile_answers (path);
  CrWindow *window;

  cr_test_clear_state ();
  window = cr_test_new_window ();
  click (window, "win.start");
  cr_test_walk_profile (window, answers);

  return window;
}

static void
start_over_and_walk (CrWindow   *window,
                     const char *path)
{
  g_autoptr(CrAnswers) answers = profile_answers (path);

  click (window, "win.start-over");
  cr_test_respond (GTK_WINDOW (window), "_Start Over");
  g_assert_cmpstr (cr_test_page_name (window), ==, "question-1");
  cr_test_walk_profile (window, answers);
}

/* What the clipboard holds, read from its content as the clipboard gives
 * it to a pasting application. */
static void
read_clipboard (GtkWidget *widget,
                GValue    *value)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  g_autoptr(GError) error = NULL;
  GdkContentProvider *content;

  cr_test_wait_for (gdk_clipboard_get_content (clipboard) != NULL);
  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard),
                                                    G_VALUE_TYPE (value)));
  g_assert_true (gdk_content_provider_get_value (content, value, &error));
  g_assert_no_error (error);
}

static char *
read_clipboard_text (GtkWidget *widget)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  read_clipboard (widget, &value);

  return g_value_dup_string (&value);
}

static GdkTexture *
read_clipboard_texture (GtkWidget *widget)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, GDK_TYPE_TEXTURE);
  read_clipboard (widget, &value);

  return g_value_dup_object (&value);
}

/* Something else on the clipboard, as another application puts it. */
static void
clear_clipboard (GtkWidget *widget)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), "something else");
  wait_idle ();
}

/* The preview presented on @window, if shown. */
static CrPreviewDialog *
find_preview (CrWindow *window)
{
  AdwDialog *dialog = cr_test_find_dialog_in (GTK_WINDOW (window));

  return CR_IS_PREVIEW_DIALOG (dialog) ? CR_PREVIEW_DIALOG (dialog) : NULL;
}

/* The card the preview shows. */
static GtkWidget *
preview_picture (CrPreviewDialog *preview)
{
  return cr_test_find_descendant (GTK_WIDGET (preview), GTK_TYPE_PICTURE);
}

/* The image of the card, as the preview shows it. */
static GdkTexture *
preview_texture (CrPreviewDialog *preview)
{
  GdkPaintable *shown = gtk_picture_get_paintable (GTK_PICTURE (preview_picture (preview)));

  g_assert_true (GDK_IS_TEXTURE (shown));

  return GDK_TEXTURE (shown);
}

static CrPreviewDialog *
open_preview (CrWindow *window)
{
  CrPreviewDialog *preview;

  g_assert_null (find_preview (window));
  click (window, "win.save-image");
  cr_test_wait_for (find_preview (window) != NULL);
  preview = find_preview (window);
  g_assert_nonnull (preview);
  /* Presented on the window: inside it, no larger than it. */
  g_assert_true (gtk_widget_get_root (GTK_WIDGET (preview)) == GTK_ROOT (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preview)), <=,
                   gtk_widget_get_width (GTK_WIDGET (window)));
  {
    g_autoptr(CrSession) shown = NULL;

    g_object_get (preview, "session", &shown, NULL);
    g_assert_true (shown == cr_window_get_session (window));
  }
  cr_test_wait_for (gtk_widget_get_mapped (preview_picture (preview)));
  for (int i = 0; i < 10; i++)
    wait_idle ();

  return preview;
}

static void
focus_x_window (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;
  const char *argv[] = { "xdotool", "windowfocus", "--sync", NULL, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  /* GTK 4.18 deprecates its X11 backend, with no replacement: xdotool
   * needs the window's X id. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  G_GNUC_END_IGNORE_DEPRECATIONS
  argv[3] = xid;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (window)));
  wait_idle ();
}

static void
close_preview (CrWindow        *window,
               CrPreviewDialog *preview)
{
  g_assert_true (find_preview (window) == preview);
  /* Escape closes it, as a dialog. Without a window manager, the X
   * server's focus stays where it was: it is given to the window first,
   * as a window manager would. */
  focus_x_window (GTK_WINDOW (window));
  cr_test_send_keys (GTK_WINDOW (window), "Escape");
  /* A toast shown takes the first Escape, as libadwaita's toast overlay
   * binds it: the second closes the dialog. */
  for (int i = 0; i < 200 && find_preview (window) != NULL; i++)
    {
      wait_idle ();
      g_usleep (5000);
    }
  if (find_preview (window) != NULL)
    cr_test_send_keys (GTK_WINDOW (window), "Escape");
  cr_test_wait_for (find_preview (window) == NULL);
  g_assert_null (find_preview (window));
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action_name)
{
  GtkWidget *button = find_actionable (root, action_name);

  g_assert_nonnull (button);
  return button;
}

static GtkWidget *
find_toggle_in (GtkWidget  *root,
                const char *label)
{
  if (GTK_IS_TOGGLE_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle_in (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_toggle (GtkWidget  *root,
             const char *label)
{
  GtkWidget *toggle = find_toggle_in (root, label);

  g_assert_nonnull (toggle);
  return toggle;
}

/* The size of card the preview's toggles show as chosen. */
static CrCardSize
preview_size (CrPreviewDialog *preview)
{
  GtkWidget *wide = find_toggle (GTK_WIDGET (preview), "_Wide");
  GtkWidget *square = find_toggle (GTK_WIDGET (preview), "S_quare");

  g_assert_cmpint (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (wide)), !=,
                   gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (square)));

  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (wide)) ? CR_CARD_WIDE : CR_CARD_SQUARE;
}

static void
press (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  wait_idle ();
}

/* Copy as Text puts the model's words on the clipboard, and says so; the
 * name follows; so does another person's result after Start Over. */
static void
test_copy_text (void)
{
  CrWindow *window = walk ("full-time-creator");
  GtkWidget *widget = GTK_WIDGET (window);
  CrSession *session = cr_window_get_session (window);

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autofree char *first = NULL;
      g_autofree char *named = NULL;
      g_autofree char *expected = NULL;

      clear_clipboard (widget);
      click (window, "win.copy-text");
      first = read_clipboard_text (widget);
      expected = cr_result_format_text (cr_session_get_answers (session),
                                        cr_session_get_result (session));
      g_assert_cmpstr (first, ==, expected);
      g_assert_nonnull (strstr (first, cr_result_get_title (cr_session_get_result (session))));
      cr_test_wait_for (cr_test_find_shown_label (widget, "Copied to the clipboard") != NULL);
      g_assert_true (cr_test_find_shown_label (widget, "Copied to the clipboard") != NULL);

      /* The name typed on the page is in what is copied. */
      gtk_editable_set_text (GTK_EDITABLE (cr_test_result_child (cr_test_result_page (window),
                                                                 "name_row")),
                             "Maya Chen");
      wait_idle ();
      click (window, "win.copy-text");
      named = read_clipboard_text (widget);
      g_free (expected);
      expected = cr_result_format_text (cr_session_get_answers (session),
                                        cr_session_get_result (session));
      g_assert_cmpstr (named, ==, expected);
      g_assert_nonnull (strstr (named, "Maya Chen"));
      g_assert_cmpstr (named, !=, first);

      if (pass == 0)
        start_over_and_walk (window, "influencer-turned-face");
    }

  cr_test_close_window (window);
}

static void
assert_texture_size (GdkTexture *texture,
                     CrCardSize  size)
{
  int width = 0;
  int height = 0;

  cr_card_get_size (size, &width, &height);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
}

static guchar *
texture_pixels (GdkTexture *texture)
{
  gsize stride = (gsize) gdk_texture_get_width (texture) * 4;
  guchar *data = g_malloc (stride * (gsize) gdk_texture_get_height (texture));

  gdk_texture_download (texture, data, stride);
  return data;
}

static gboolean
same_pixels (GdkTexture *a,
             GdkTexture *b)
{
  g_autofree guchar *pa = NULL;
  g_autofree guchar *pb = NULL;

  if (gdk_texture_get_width (a) != gdk_texture_get_width (b) ||
      gdk_texture_get_height (a) != gdk_texture_get_height (b))
    return FALSE;

  pa = texture_pixels (a);
  pb = texture_pixels (b);
  return memcmp (pa, pb, (gsize) gdk_texture_get_width (a) * 4 *
                         (gsize) gdk_texture_get_height (a)) == 0;
}

/* The preview shows the card drawn from the session, in either shape,
 * described to assistive technologies in the text copy's words; it follows
 * a change of name; Copy Image puts that picture on the clipboard. */
static void
test_preview (void)
{
  CrWindow *window = walk ("influencer-turned-face");
  CrSession *session = cr_window_get_session (window);
  CrPreviewDialog *preview;

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GdkTexture) copied = NULL;
      g_autoptr(GdkTexture) before = NULL;
      g_autofree char *text = NULL;
      g_autofree char *named_text = NULL;
      GtkWidget *picture;
      char label[64];
      int width = 0;
      int height = 0;

      preview = open_preview (window);
      g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (preview)), ==, "Result Card");
      picture = preview_picture (preview);
      g_assert_true (gtk_widget_get_mapped (picture));
      g_assert_cmpint (preview_size (preview), ==, CR_CARD_SQUARE);
      assert_texture_size (preview_texture (preview), CR_CARD_SQUARE);

      cr_card_get_size (CR_CARD_SQUARE, &width, &height);
      g_snprintf (label, sizeof label, "Result card, %d × %d pixels", width, height);
      gtk_test_accessible_assert_property (picture, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      text = cr_result_format_text (cr_session_get_answers (session),
                                    cr_session_get_result (session));
      gtk_test_accessible_assert_property (picture, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text);

      /* Copy Image: the card, at its size. */
      clear_clipboard (GTK_WIDGET (preview));
      press (find_button (GTK_WIDGET (preview), "preview.copy"));
      copied = read_clipboard_texture (GTK_WIDGET (preview));
      assert_texture_size (copied, CR_CARD_SQUARE);
      g_assert_true (same_pixels (copied, preview_texture (preview)));
      cr_test_wait_for (cr_test_find_shown_label (GTK_WIDGET (preview), "Copied to the clipboard") != NULL);
      g_assert_true (cr_test_find_shown_label (GTK_WIDGET (preview), "Copied to the clipboard") != NULL);

      /* The wide one, chosen with its toggle. */
      g_clear_object (&copied);
      press (find_toggle (GTK_WIDGET (preview), "_Wide"));
      g_assert_cmpint (preview_size (preview), ==, CR_CARD_WIDE);
      assert_texture_size (preview_texture (preview), CR_CARD_WIDE);
      cr_card_get_size (CR_CARD_WIDE, &width, &height);
      g_snprintf (label, sizeof label, "Result card, %d × %d pixels", width, height);
      gtk_test_accessible_assert_property (picture, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      clear_clipboard (GTK_WIDGET (preview));
      press (find_button (GTK_WIDGET (preview), "preview.copy"));
      copied = read_clipboard_texture (GTK_WIDGET (preview));
      assert_texture_size (copied, CR_CARD_WIDE);

      /* A name given while it is open: the card and its words follow. */
      before = g_object_ref (preview_texture (preview));
      cr_answers_set_name (cr_session_get_answers (session), pass == 0 ? "Maya Chen" : "Noor");
      wait_idle ();
      g_assert_false (same_pixels (before, preview_texture (preview)));
      named_text = cr_result_format_text (cr_session_get_answers (session),
                                          cr_session_get_result (session));
      g_assert_nonnull (strstr (named_text, pass == 0 ? "Maya Chen" : "Noor"));
      gtk_test_accessible_assert_property (picture, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           named_text);

      close_preview (window, preview);
      if (pass == 0)
        start_over_and_walk (window, "full-time-creator");
    }

  cr_test_close_window (window);
}

static void
assert_png (const char *path,
            CrCardSize  size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);

  g_assert_no_error (error);
  assert_texture_size (texture, size);
}

/* Save Image… asks where, offering a dated name, and writes the card
 * shown as a PNG; a write that fails says why, once, and keeps the file
 * that was there. */
static void
test_save_image (void)
{
  g_autofree char *name = cr_preview_dialog_default_name ();
  g_autofree char *path = g_build_filename (cr_test_get_state_dir (), name, NULL);
  g_autofree char *wide_path = g_build_filename (cr_test_get_state_dir (), "wide.png", NULL);
  g_autofree char *locked = g_build_filename (cr_test_get_state_dir (), "locked", NULL);
  g_autofree char *old_path = g_build_filename (locked, "card.png", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (cr_test_get_state_dir ());
  g_autoptr(GFile) wide_file = g_file_new_for_path (wide_path);
  g_autoptr(GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *kept = NULL;
  g_autofree char *current = NULL;
  g_autofree char *described = NULL;
  g_autoptr(GError) error = NULL;
  CrPreviewDialog *preview;
  GtkWindow *chooser;
  AdwAlertDialog *dialog;
  CrWindow *window;
  struct rlimit limit;
  struct rlimit small;

  window = walk ("fan-or-creator");
  preview = open_preview (window);

  /* Save Image… in the preview: a chooser over the window, a dated
   * name. */
  g_assert_nonnull (strstr (name, date));
  g_assert_true (g_str_has_prefix (name, "creator-role-card-"));
  g_assert_true (g_str_has_suffix (name, ".png"));
  press (find_button (GTK_WIDGET (preview), "preview.save"));
  cr_test_wait_for (cr_test_find_file_chooser (GTK_WINDOW (window)) != NULL);
  chooser = cr_test_find_file_chooser (GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  g_assert_true (cr_test_file_chooser_is_saving (chooser));
  current = cr_test_file_chooser_get_name (chooser);
  g_assert_cmpstr (current, ==, name);
  described = cr_test_file_chooser_describe_filters (chooser);
  g_assert_cmpstr (described, ==, "*('PNG Images', [(1, 'image/png'), (0, '*.[pP][nN][gG]')])\n");
  cr_test_file_chooser_accept (chooser, folder, NULL);
  assert_png (path, CR_CARD_SQUARE);
  {
    g_autofree char *saved = g_strdup_printf ("Saved as “%s”", name);

    cr_test_wait_for (cr_test_find_shown_label (GTK_WIDGET (preview), saved) != NULL);
    g_assert_true (cr_test_find_shown_label (GTK_WIDGET (preview), saved) != NULL);
  }

  /* The wide card, saved as the chooser's answer saves it. */
  cr_preview_dialog_set_size (preview, CR_CARD_WIDE);
  g_assert_true (cr_preview_dialog_save_to_file (preview, wide_file, &error));
  g_assert_no_error (error);
  assert_png (wide_path, CR_CARD_WIDE);

  /* A folder that cannot be written to: a dialog says where and why;
   * the old file is as it was. Root writes anywhere, so for root the
   * write fails for want of room, by the file size limit. */
  g_assert_no_errno (g_mkdir_with_parents (locked, 0755));
  g_assert_true (g_file_set_contents (old_path, "an older card", -1, NULL));
  g_assert_no_errno (g_chmod (locked, 0555));
  g_assert_no_errno (getrlimit (RLIMIT_FSIZE, &limit));
  if (geteuid () == 0)
    {
      small = limit;
      small.rlim_cur = 4096;
      signal (SIGXFSZ, SIG_IGN);
      g_assert_no_errno (setrlimit (RLIMIT_FSIZE, &small));
    }
  g_assert_false (cr_preview_dialog_save_to_file (preview, old_file, &error));
  g_assert_no_errno (setrlimit (RLIMIT_FSIZE, &limit));
  g_assert_nonnull (error);
  wait_idle ();
  /* The alert comes over the preview, on the same window. */
  dialog = cr_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, "Cannot Save the Image");
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (dialog), old_path));
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (dialog), error->message));
  g_assert_true (g_file_get_contents (old_path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "an older card");
  cr_test_respond (GTK_WINDOW (window), "_Close");
  g_assert_null (cr_test_find_dialog (GTK_WINDOW (window)));
  g_assert_true (find_preview (window) == preview);
  g_assert_no_errno (g_chmod (locked, 0755));

  close_preview (window, preview);
  g_unlink (old_path);
  g_rmdir (locked);
  g_unlink (path);
  g_unlink (wide_path);
  cr_test_close_window (window);
}

/* The document open in the window is not written over by anything made
 * of it, by any name: Save Image… onto it, as the chooser's answer saves,
 * and the report printed onto it are refused in an alert that says why,
 * and it is left byte for byte as it was. Export as JSON onto it under
 * another name is a save of the document. */
static void
test_onto_document (void)
{
  g_autoptr(CrAnswers) answers = profile_answers ("fan-or-creator");
  g_autoptr(CrResult) result = cr_score (answers);
  g_autofree char *path = g_build_filename (cr_test_get_state_dir (), "doc.json", NULL);
  g_autofree char *link_path = g_build_filename (cr_test_get_state_dir (), "link.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);
  g_autofree char *data = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *reason = "it is the document open in this window; choose another name, or its "
                       "answers would be lost";
  CrPreviewDialog *preview;
  AdwAlertDialog *dialog;
  CrWindow *window;
  gsize length, after_length;

  cr_test_clear_state ();
  /* Made by another language's run: a save would write it otherwise. */
  data = cr_document_to_data (answers, result, "fr", NULL, TRUE, &length);
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  g_assert_no_errno (symlink ("doc.json", link_path));

  window = cr_test_new_window ();
  g_assert_true (cr_window_open_file (window, file, &error));
  g_assert_no_error (error);
  wait_idle ();
  preview = open_preview (window);

  /* Save Image… onto it, as the chooser's answer saves (the chooser
   * itself would first ask whether to replace the file, and the answer
   * is yes). */
  g_assert_false (cr_preview_dialog_save_to_file (preview, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  wait_idle ();
  dialog = cr_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, "Cannot Save the Image");
  {
    g_autofree char *body = g_strdup_printf ("%s: %s", path, reason);

    g_assert_cmpstr (adw_alert_dialog_get_body (dialog), ==, body);
  }
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, data, length);
  cr_test_respond (GTK_WINDOW (window), "_Close");
  g_assert_true (find_preview (window) == preview);

  /* Through a link to it. */
  g_assert_false (cr_preview_dialog_save_to_file (preview, link, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpstr (error->message, ==, reason);
  g_clear_error (&error);
  wait_idle ();
  cr_test_respond (GTK_WINDOW (window), "_Close");
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, data, length);
  close_preview (window, preview);

  /* The report. */
  g_assert_false (cr_window_print (window, GTK_PRINT_OPERATION_ACTION_EXPORT, link_path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  wait_idle ();
  dialog = cr_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, "Cannot Print the Report");
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (dialog), reason));
  cr_test_respond (GTK_WINDOW (window), "_Close");
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, data, length);

  /* Export as JSON onto it, by the link: the document saved, in the
   * window's language, under the name it was opened by; the link stays. */
  g_assert_true (cr_window_export_to_file (window, link, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (cr_session_get_file (cr_window_get_session (window)), file));
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  {
    g_autofree char *saved = cr_session_to_data (cr_window_get_session (window), NULL);

    g_assert_cmpstr (after, ==, saved);
    g_assert_cmpstr (after, !=, data);
  }

  cr_test_close_window (window);
  g_unlink (link_path);
  g_unlink (path);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("pdftotext: %s: %s", error->message, err);

  return out;
}

/* The report printed to a PDF holds what the window shows: whose result,
 * the verdict, every answer and why; Print… prints it again after a
 * switch to Arabic, in Arabic. */
static void
assert_report (CrWindow   *window,
               const char *name,
               gboolean    by_word)
{
  g_autofree char *path = g_build_filename (cr_test_get_state_dir (), "report.pdf", NULL);
  CrSession *session = cr_window_get_session (window);
  CrResult *result = cr_session_get_result (session);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *where = by_word ? "the report printed in Arabic" : "the report printed";

  g_unlink (path);
  g_assert_true (cr_window_print (window, GTK_PRINT_OPERATION_ACTION_EXPORT, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  squeezed = cr_test_pdf_squeeze (text, FALSE);

  cr_test_assert_pdf_holds (squeezed, name, by_word, where);
  cr_test_assert_pdf_holds (squeezed, cr_result_get_title (result), by_word, where);
  /* The words the result page shows. */
  g_assert_cmpstr (cr_test_result_heading (cr_test_result_page (window)), ==,
                   cr_result_get_title (result));
  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      g_autofree char *described = cr_result_describe_answer (result, q);

      cr_test_assert_pdf_holds (squeezed, _(cr_questionnaire_get_question (q)->title), by_word, where);
      cr_test_assert_pdf_holds (squeezed, described, by_word, where);
    }

  g_assert_no_errno (g_unlink (path));
}

/* As the language menu switches: every window in the new language, the
 * layout's direction with it. */
static void
switch_language (const char *code)
{
  g_action_group_activate_action (G_ACTION_GROUP (cr_test_get_app ()), "language",
                                  g_variant_new_string (code));
  wait_idle ();
  g_assert_cmpint (gtk_widget_get_default_direction (), ==,
                   g_str_equal (code, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
}

static void
test_print (void)
{
  CrWindow *window = walk ("full-time-creator");
  CrAnswers *answers = cr_test_answers (window);
  g_autofree char *english = NULL;

  cr_answers_set_name (answers, "Lina Haddad");
  wait_idle ();
  assert_report (window, "Lina Haddad", FALSE);
  english = g_strdup (cr_result_get_title (cr_session_get_result (cr_window_get_session (window))));

  /* A live switch to Arabic, from the language menu: the same answers,
   * their report in Arabic. */
  switch_language ("ar");
  g_assert_cmpstr (cr_test_page_name (window), ==, "result");
  g_assert_cmpstr (cr_result_get_title (cr_session_get_result (cr_window_get_session (window))),
                   !=, english);
  cr_answers_set_name (answers, "لينا حداد");
  wait_idle ();
  assert_report (window, "لينا حداد", TRUE);

  switch_language ("");

  /* Again after Start Over, for someone else. */
  start_over_and_walk (window, "no-brand-at-all");
  cr_answers_set_name (answers, "Zoë Martin");
  wait_idle ();
  assert_report (window, "Zoë Martin", FALSE);

  cr_test_close_window (window);
}

static GtkWindow *
find_print_dialog (CrWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), "GtkPrintUnixDialog") &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
shortcuts_have (GtkWidget  *root,
                const char *accelerator)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    {
      g_autofree char *accel = NULL;

      g_object_get (root, "accelerator", &accel, NULL);
      if (g_strcmp0 (accel, accelerator) == 0)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shortcuts_have (child, accelerator))
      return TRUE;

  return FALSE;
}

/* Ctrl+P, a real key, opens the print dialog over the window; cancelling
 * leaves everything as it was. The Keyboard Shortcuts window lists it. */
static void
test_print_key (void)
{
  CrWindow *window = walk ("fan-or-creator");
  g_autoptr(CrAnswers) answers = profile_answers ("fan-or-creator");
  GtkShortcutsWindow *overlay;
  GtkWindow *dialog;

  for (guint pass = 0; pass < 2; pass++)
    {
      g_assert_null (find_print_dialog (window));
      cr_test_send_keys (GTK_WINDOW (window), "ctrl+p");
      cr_test_wait_for (find_print_dialog (window) != NULL);
      dialog = find_print_dialog (window);
      g_assert_nonnull (dialog);
      g_assert_true (gtk_window_get_modal (dialog));
      /* GtkPrintOperation's dialog, a GtkPrintUnixDialog, is answered
       * only through GtkDialog, deprecated with no replacement. */
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
      G_GNUC_END_IGNORE_DEPRECATIONS
      cr_test_wait_for (find_print_dialog (window) == NULL);
      g_assert_null (find_print_dialog (window));
      g_assert_cmpstr (cr_test_page_name (window), ==, "result");
      g_assert_true (cr_answers_equal (cr_test_answers (window), answers));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  wait_idle ();
  /* GtkShortcutsWindow, deprecated by GTK 4.18, has no replacement before
   * libadwaita 1.8 (see cr-window-actions.c). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_nonnull (overlay);
  g_assert_true (shortcuts_have (GTK_WIDGET (overlay), "<Primary>p"));
  g_assert_true (shortcuts_have (GTK_WIDGET (overlay), "<Primary>e"));
  gtk_window_close (GTK_WINDOW (overlay));

  cr_test_close_window (window);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }

  return FALSE;
}

static void
assert_share_buttons (CrWindow *window)
{
  CrResultPage *page = cr_test_result_page (window);
  GtkWidget *menu_button = cr_test_result_child (page, "share_menu_button");
  GMenuModel *menu;

  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_button (GTK_WIDGET (page), "win.save-image"))),
                   ==, "_Save Image…");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_button (GTK_WIDGET (page), "win.copy-text"))),
                   ==, "Copy as _Text");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_button (GTK_WIDGET (page), "win.print"))),
                   ==, "_Print…");
  /* The document's actions, in the menu only. */
  g_assert_null (find_actionable (GTK_WIDGET (page), "win.copy-json"));
  g_assert_null (find_actionable (GTK_WIDGET (page), "win.export"));
  g_assert_true (gtk_widget_get_visible (menu_button));
  gtk_test_accessible_assert_property (menu_button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "More sharing options");
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (menu, "win.copy-json"));
  g_assert_true (menu_has_action (menu, "win.export"));
  g_assert_true (cr_test_button_sensitive (window, "win.print"));
  g_assert_true (cr_test_button_sensitive (window, "win.copy-text"));
  g_assert_true (cr_test_button_sensitive (window, "win.save-image"));
}

/* The sharing buttons are named, the JSON is in the menu, in the wizard's
 * window and in a window over answers of its own (a document, a roster's
 * creator), where they share that window's result. */
static void
test_buttons (void)
{
  CrWindow *window = walk ("fan-or-creator");
  g_autoptr(CrAnswers) answers = profile_answers ("no-brand-at-all");
  g_autoptr(CrSession) session = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *expected = NULL;
  CrPreviewDialog *preview;
  CrWindow *other;

  assert_share_buttons (window);
  cr_test_check_window (window);
  cr_test_close_window (window);

  session = cr_session_new_for_answers (answers, NULL);
  other = cr_window_new_for_session (cr_test_get_app (), session);
  g_object_ref_sink (other);
  gtk_window_present (GTK_WINDOW (other));
  wait_idle ();
  g_assert_cmpstr (cr_test_page_name (other), ==, "result");
  assert_share_buttons (other);

  click (other, "win.copy-text");
  copied = read_clipboard_text (GTK_WIDGET (other));
  expected = cr_result_format_text (answers, cr_session_get_result (session));
  g_assert_cmpstr (copied, ==, expected);
  preview = open_preview (other);
  close_preview (other, preview);

  cr_test_close_window (other);
}

static void
save_window (GtkWidget  *widget,
             const char *name)
{
  cr_test_save_screenshot (widget, "screenshots", name);
}

/* The result page and the card's preview, to look at: English and
 * Arabic, light and dark, and the narrowest window. */
/* The preview's buttons, side by side in a wide window, one above the
 * other at a phone's 360 pixels, where the preview is no wider than the
 * window. */
static void
test_preview_narrow (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  for (guint narrow = 0; narrow < 2; narrow++)
    {
      CrPreviewDialog *preview;
      GtkWidget *buttons;
      CrWindow *window;

      if (narrow)
        {
          g_settings_set_int (settings, "window-width", 360);
          g_settings_set_int (settings, "window-height", 640);
        }
      window = walk ("fan-or-creator");
      preview = open_preview (window);
      buttons = gtk_widget_get_parent (find_button (GTK_WIDGET (preview), "preview.save"));
      g_assert_true (gtk_widget_get_parent (find_button (GTK_WIDGET (preview), "preview.copy")) ==
                     buttons);
      if (narrow)
        cr_test_wait_for (gtk_orientable_get_orientation (GTK_ORIENTABLE (buttons)) ==
                          GTK_ORIENTATION_VERTICAL);
      g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (buttons)), ==,
                       narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preview)), <=,
                       gtk_widget_get_width (GTK_WIDGET (window)));
      g_assert_true (gtk_widget_get_mapped (find_button (GTK_WIDGET (preview), "preview.save")));
      close_preview (window, preview);
      cr_test_close_window (window);
    }

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* The preview's toasts come up over the card, above its buttons, never
 * on them: the toast's overlay holds the picture and not the buttons, and
 * the toast shown lies wholly above both buttons. Saved, then copied,
 * wide and narrow. */
static void
test_preview_toast (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = g_build_filename (cr_test_get_state_dir (), "toast.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint narrow = 0; narrow < 2; narrow++)
    {
      CrPreviewDialog *preview;
      CrWindow *window;
      const char *buttons[] = { "preview.copy", "preview.save" };

      if (narrow)
        {
          g_settings_set_int (settings, "window-width", 360);
          g_settings_set_int (settings, "window-height", 640);
        }
      window = walk ("fan-or-creator");
      preview = open_preview (window);

      for (guint round = 0; round < 2; round++)
        {
          const char *text = round == 0 ? "Saved as “toast.png”" : "Copied to the clipboard";
          GtkWidget *label;
          GtkWidget *overlay;
          GtkWidget *toast;
          graphene_rect_t toast_bounds;

          if (round == 0)
            g_assert_true (cr_preview_dialog_save_to_file (preview, file, NULL));
          else
            press (find_button (GTK_WIDGET (preview), "preview.copy"));
          cr_test_wait_for (cr_test_find_shown_label (GTK_WIDGET (preview), text) != NULL);
          label = cr_test_find_shown_label (GTK_WIDGET (preview), text);
          g_assert_nonnull (label);
          /* Let it slide in. */
          for (int i = 0; i < 60; i++)
            {
              wait_idle ();
              g_usleep (10000);
            }

          overlay = gtk_widget_get_ancestor (label, ADW_TYPE_TOAST_OVERLAY);
          g_assert_nonnull (overlay);
          g_assert_true (cr_test_is_inside (preview_picture (preview), overlay));
          /* The toast's own widget, its CSS node “toast”. */
          toast = label;
          while (toast != NULL && g_strcmp0 (gtk_widget_get_css_name (toast), "toast") != 0)
            toast = gtk_widget_get_parent (toast);
          g_assert_nonnull (toast);
          g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (preview), &toast_bounds));

          for (guint b = 0; b < G_N_ELEMENTS (buttons); b++)
            {
              GtkWidget *button = find_button (GTK_WIDGET (preview), buttons[b]);
              graphene_rect_t button_bounds;

              g_assert_false (cr_test_is_inside (button, overlay));
              g_assert_true (gtk_widget_get_mapped (button));
              g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (preview),
                                                        &button_bounds));
              g_assert_false (graphene_rect_intersection (&toast_bounds, &button_bounds, NULL));
              g_assert_cmpfloat (toast_bounds.origin.y + toast_bounds.size.height, <=,
                                 button_bounds.origin.y);
            }
        }

      close_preview (window, preview);
      cr_test_close_window (window);
    }

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  static const char * const languages[] = { "", "ar", "de" };
  const struct { AdwColorScheme scheme; const char *suffix; } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" },
    { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");

  for (guint width = 0; width < 2; width++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
        {
          const char *language = languages[l][0] != '\0' ? languages[l] : "en";
          g_autofree char *prefix = g_strdup_printf ("share-%s-%s%s", language,
                                                     schemes[s].suffix,
                                                     width == 1 ? "-narrow" : "");
          g_autofree char *result_name = g_strconcat (prefix, "-result", NULL);
          g_autofree char *preview_name = g_strconcat (prefix, "-card", NULL);
          g_autofree char *wide_name = g_strconcat (prefix, "-card-wide", NULL);
          CrPreviewDialog *preview;
          CrWindow *window;

          /* German, the longest words, at the narrowest only. */
          if ((width == 1 && s == 1) || (width == 0 && l == 2))
            continue;

          adw_style_manager_set_color_scheme (style, schemes[s].scheme);
          switch_language (languages[l]);
          if (width == 1)
            {
              g_settings_set_int (settings, "window-width", 360);
              g_settings_set_int (settings, "window-height", 720);
            }

          window = walk ("influencer-turned-face");
          cr_answers_set_name (cr_test_answers (window),
                               l == 1 ? "مايا تشين" : "Maya Chen");
          wait_idle ();
          save_window (GTK_WIDGET (window), result_name);

          preview = open_preview (window);
          if (width == 1)
            {
              g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preview)), <=, 360);
            }
          save_window (GTK_WIDGET (preview), preview_name);
          cr_preview_dialog_set_size (preview, CR_CARD_WIDE);
          save_window (GTK_WIDGET (preview), wide_name);
          close_preview (window, preview);
          cr_test_close_window (window);

          g_settings_reset (settings, "window-width");
          g_settings_reset (settings, "window-height");
        }

  switch_language ("");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  cr_test_window_init (&argc, &argv);

  g_test_add_func ("/share/copy-text", test_copy_text);
  g_test_add_func ("/share/preview", test_preview);
  g_test_add_func ("/share/save-image", test_save_image);
  g_test_add_func ("/share/onto-document", test_onto_document);
  g_test_add_func ("/share/print", test_print);
  g_test_add_func ("/share/print-key", test_print_key);
  g_test_add_func ("/share/buttons", test_buttons);
  g_test_add_func ("/share/preview-narrow", test_preview_narrow);
  g_test_add_func ("/share/preview-toast", test_preview_toast);
  g_test_add_func ("/share/screenshots", test_screenshots);

  status = g_test_run ();

  cr_test_finish ();

  return status;
}
