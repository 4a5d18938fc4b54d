/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-about.c: the About window, and the icons it and the desktop show
 *
 * The About window names the version, the licence, the source and the
 * article behind the questionnaire, and its icon is the application icon
 * that data/ installs, which the icon theme finds by the application ID.
 */
#include "config.h"

#include <adwaita.h>

#include "cr-about.h"

static void
test_about (void)
{
  GtkWidget *parent = adw_window_new ();
  AdwDialog *dialog;
  AdwAboutDialog *about;

  gtk_window_present (GTK_WINDOW (parent));
  cr_about_show (GTK_WINDOW (parent));
  /* Presented on its window, inside it. */
  dialog = adw_window_get_visible_dialog (ADW_WINDOW (parent));
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
  about = ADW_ABOUT_DIALOG (dialog);
  g_assert_true (gtk_widget_get_root (GTK_WIDGET (about)) == GTK_ROOT (parent));

  g_assert_cmpstr (adw_about_dialog_get_application_name (about), ==, "Creator Role");
  g_assert_cmpstr (adw_about_dialog_get_application_icon (about), ==, APP_ID);
  g_assert_cmpstr (adw_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_dialog_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (strstr (adw_about_dialog_get_copyright (about), "2026"));
  g_assert_cmpstr (adw_about_dialog_get_website (about), ==,
                   "https://github.com/creatorrole/CreatorRole");
  g_assert_true (g_str_has_prefix (adw_about_dialog_get_issue_url (about),
                                   "https://github.com/creatorrole/CreatorRole/"));
  g_assert_nonnull (adw_about_dialog_get_developers (about));
  g_assert_nonnull (adw_about_dialog_get_developers (about)[0]);
  /* In English nobody translated anything. */
  g_assert_true (adw_about_dialog_get_translator_credits (about) == NULL ||
                 adw_about_dialog_get_translator_credits (about)[0] == '\0');
  /* The idea behind the questionnaire is credited in words. */
  g_assert_nonnull (strstr (adw_about_dialog_get_comments (about), "Isabelle Evans"));
  g_assert_nonnull (strstr (adw_about_dialog_get_comments (about), "influencers"));

  /* Closed, the About dialog and its window are gone, not leaked. */
  g_object_ref (about);
  g_object_ref (parent);
  g_assert_true (adw_dialog_close (dialog));
  while (adw_window_get_visible_dialog (ADW_WINDOW (parent)) != NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (GTK_WINDOW (parent));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (about);
  g_assert_finalize_object (parent);
}

static void
test_icons_found (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autofree char *icons = g_test_build_filename (G_TEST_DIST, "..", "data", "icons", NULL);
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  /* data/icons is laid out as share/icons is once installed. */
  gtk_icon_theme_add_search_path (theme, icons);

  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID "-symbolic"));

  icon = gtk_icon_theme_lookup_icon (theme, APP_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  path = g_file_get_path (file);
  g_assert_true (g_str_has_suffix (path, "/hicolor/scalable/apps/" APP_ID ".svg"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/about/window", test_about);
  g_test_add_func ("/ui/about/icons-found", test_icons_found);

  return g_test_run ();
}
