/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-screenshots.c: the screenshots in data/screenshots/, made from the app
 *
 * Runs the real application (CrApplication and its window) in a throwaway
 * home, walks the wizard the way a user would, ticking options and pressing
 * Next, and saves what each window draws as PNG:
 *
 *   welcome.png   the welcome page
 *   question.png  the last question, several platforms ticked
 *   result.png    the verdict for a full-time creator
 *   scoring.png   How Scoring Works, over the result
 *   card.png      the result card of the same creator, as posted
 *   report.png    the top of the first page of their printed report
 *
 * Each picture is the window as GNOME draws it, as Flathub's quality
 * guidelines ask: with its shadow and rounded corners, with GNOME's default
 * button layout (a close button alone), and with no focus ring left on a
 * button. The window's render node is drawn offscreen, shadow included, on
 * a transparent background, at most 1000x700 pixels. The card and the
 * report are drawn by the renderer the window and the command line use,
 * scaled to fit the same bounds.
 *
 * Run it through build-aux/screenshots.sh, which gives it a display.
 *
 * With --check WIDTH LANGUAGE SCHEME, it walks the same way at a window
 * WIDTH pixels wide (360, a phone; 1280, a desktop), in LANGUAGE as
 * --language gives it, light or dark, and takes each picture off the
 * whole screen with ImageMagick's `import -window root`, as a person
 * would see it: the welcome, the first and the last question, the result
 * at its top and scrolled to its sharing buttons, the card's preview, and
 * the roster window with its export menu open and offering the edits
 * kept in its recovery file. screenshots.sh --check gives it a screen of the
 * window's size, for people to look at what does not fit.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "cr-application.h"
#include "cr-questionnaire.h"
#include "cr-recovery.h"
#include "cr-render.h"
#include "cr-roster-window.h"
#include "cr-scoring-dialog.h"

/* Time for a page transition and a redraw to finish. */
#define SETTLE_MS 900

/* GNOME's default org.gnome.desktop.wm.preferences button-layout. */
#define GNOME_BUTTON_LAYOUT "appmenu:close"

/* Flathub's largest screenshot, shadow included. */
#define MAX_WIDTH 1000
#define MAX_HEIGHT 700

/* The full-time creator of RUBRIC.md, as option ids by question. */
static const char * const profile[][4] = {
  { "compensation", "per-campaign" },
  { "agreement", "per-campaign" },
  { "brands", "many" },
  { "exclusivity", "yes" },
  { "audience", "100k-1m" },
  { "content", "create" },
  { "customer", "no" },
  { "effort", "job" },
  { "notoriety", "niche" },
  { "platforms", "instagram", "youtube", "blog" },
};

static const char *out_dir;
static GtkWindow *main_window;
static guint step;
static guint question;
static guint retries;
static int status = 1;
/* --check: the picture's name prefix, e.g. "360-ar-dark". */
static const char *check_prefix;
static GtkWindow *roster_window;
static gboolean check_dark;

static void
collect_checks (GtkWidget *widget,
                GPtrArray *checks)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_CHECK_BUTTON (widget))
    g_ptr_array_add (checks, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_checks (child, checks);
}

/* What @window draws, its shadow included, or %NULL before it is drawn. */
static GskRenderNode *
window_node (GtkWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);

  /* The paintable clips what the window draws to the window's allocation,
   * and the shadow lies outside it: the window's own node is under that
   * clip. */
  while (node != NULL && gsk_render_node_get_node_type (node) == GSK_CLIP_NODE)
    {
      GskRenderNode *child = gsk_render_node_ref (gsk_clip_node_get_child (node));

      gsk_render_node_unref (node);
      node = child;
    }

  return node;
}

/* Makes @window look as it does under GNOME, at a size Flathub takes.
 * Returns FALSE when it had to change something, which shows from the next
 * frame on. */
static gboolean
prepare (GtkWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GskRenderNode) node = NULL;
  graphene_rect_t bounds;
  int too_wide, too_tall;

  /* GTK gives a window its shadow and rounded corners (the "csd" style)
   * when the display is composited and, on X11, the window manager says it
   * knows the shadow's extents, as under GNOME; on a bare virtual screen it
   * draws a square window with a flat border instead ("solid-csd"). The
   * window is drawn offscreen here, so the style GNOME gets is all it
   * takes. */
  if (gtk_widget_has_css_class (widget, "solid-csd"))
    {
      gtk_widget_remove_css_class (widget, "solid-csd");
      gtk_widget_add_css_class (widget, "csd");
      return FALSE;
    }

  /* A ring shows where the keyboard focus is once the keyboard has been
   * used; a person who takes a screenshot has not used it. */
  if (gtk_window_get_focus_visible (window))
    {
      gtk_window_set_focus_visible (window, FALSE);
      return FALSE;
    }

  if ((node = window_node (window)) == NULL)
    return FALSE;

  /* The picture, shadow included, fits in 1000x700: the window gives up
   * what its shadow takes. */
  gsk_render_node_get_bounds (node, &bounds);
  too_wide = (int) ceilf (bounds.size.width) - MAX_WIDTH;
  too_tall = (int) ceilf (bounds.size.height) - MAX_HEIGHT;
  if (too_wide > 0 || too_tall > 0)
    {
      gtk_window_set_default_size (window, gtk_widget_get_width (widget) - MAX (too_wide, 0),
                                   gtk_widget_get_height (widget) - MAX (too_tall, 0));
      return FALSE;
    }

  return TRUE;
}

/* Returns FALSE when the window is not ready for its picture yet. */
static gboolean
save (GtkWindow  *window,
      const char *name)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (out_dir, name, NULL);
  graphene_rect_t bounds;

  if (!prepare (window))
    return FALSE;

  /* Whole pixels, the shadow's faint edge included. */
  node = window_node (window);
  gsk_render_node_get_bounds (node, &bounds);
  graphene_rect_round_extents (&bounds, &bounds);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &bounds);
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Cannot write %s", path);
  g_print ("%s: %dx%d\n", path, gdk_texture_get_width (texture),
           gdk_texture_get_height (texture));
  retries = 0;

  return TRUE;
}

/* The wizard's stack: the one with a page named "welcome". */
static GtkStack *
find_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) &&
      gtk_stack_get_child_by_name (GTK_STACK (widget), "welcome") != NULL)
    return GTK_STACK (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *stack = find_stack (child);

      if (stack != NULL)
        return stack;
    }

  return NULL;
}

/* Whether the wizard has come to rest on a page. */
static gboolean
settled (void)
{
  GtkStack *stack = find_stack (GTK_WIDGET (main_window));

  return stack != NULL && !gtk_stack_get_transition_running (stack);
}

/* Ticks the options the profile gives the question on screen. */
static void
answer_question (void)
{
  const CrQuestion *q = cr_questionnaire_get_question (question);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  g_assert (g_str_equal (profile[question][0], q->id));
  collect_checks (gtk_stack_get_visible_child (find_stack (GTK_WIDGET (main_window))), checks);
  if (checks->len != q->n_options)
    g_error ("Question %s: %u check buttons on screen, %u options", q->id, checks->len,
             q->n_options);

  for (guint i = 1; i < G_N_ELEMENTS (profile[0]) && profile[question][i] != NULL; i++)
    {
      guint o;

      if (cr_question_lookup_option (q, profile[question][i], &o) == NULL)
        g_error ("Question %s has no option %s", q->id, profile[question][i]);
      gtk_check_button_set_active (g_ptr_array_index (checks, o), TRUE);
    }
}

static gboolean
next_step (gpointer data G_GNUC_UNUSED)
{
  guint n_questions = cr_questionnaire_get_n_questions ();

  if (!settled ())
    return G_SOURCE_CONTINUE;

  switch (step++)
    {
    case 0:
      if (!save (main_window, "welcome.png"))
        break;
      gtk_widget_activate_action (GTK_WIDGET (main_window), "win.start", NULL);
      question = 0;
      return G_SOURCE_CONTINUE;

    case 1:
      answer_question ();
      if (question + 1 < n_questions)
        {
          gtk_widget_activate_action (GTK_WIDGET (main_window), "win.next", NULL);
          question++;
          step--;
        }
      return G_SOURCE_CONTINUE;

    case 2:
      if (!save (main_window, "question.png"))
        break;
      gtk_widget_activate_action (GTK_WIDGET (main_window), "win.next", NULL);
      return G_SOURCE_CONTINUE;

    case 3:
      /* The result's heading has the focus, and a caret that blinks: a
       * still picture shows it at random. */
      gtk_window_set_focus (main_window, NULL);
      return G_SOURCE_CONTINUE;

    case 4:
      if (!save (main_window, "result.png"))
        break;
      cr_scoring_dialog_show (main_window);
      return G_SOURCE_CONTINUE;

    case 5:
      {
        /* The dialog is drawn inside the window it was opened on. */
        AdwApplicationWindow *window = ADW_APPLICATION_WINDOW (main_window);

        if (!CR_IS_SCORING_DIALOG (adw_application_window_get_visible_dialog (window)) ||
            !save (main_window, "scoring.png"))
          break;
      }
      status = 0;
      gtk_window_destroy (main_window);
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }

  /* Not drawn yet: try the same step again. */
  if (++retries > 10)
    g_error ("Step %u: the window is not drawn, or cannot be made small enough", step - 1);
  step--;

  return G_SOURCE_CONTINUE;
}

/* The card and the report of the profile above, under a name. */
static void
save_share_pictures (void)
{
  g_autoptr(CrAnswers) answers = cr_answers_new ();
  g_autoptr(CrResult) result = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 2, 12, 0, 0);
  g_autoptr(CrReport) report = NULL;
  g_autofree char *card_path = g_build_filename (out_dir, "card.png", NULL);
  g_autofree char *report_path = g_build_filename (out_dir, "report.png", NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double paper_width, paper_height, margin = 48, scale;
  int width, height;

  for (guint q = 0; q < G_N_ELEMENTS (profile); q++)
    {
      guint index, option;
      const CrQuestion *asked = cr_questionnaire_lookup (profile[q][0], &index);

      for (guint i = 1; i < G_N_ELEMENTS (profile[0]) && profile[q][i] != NULL; i++)
        if (cr_question_lookup_option (asked, profile[q][i], &option) != NULL)
          cr_answers_set_option_selected (answers, index, option, TRUE);
    }
  cr_answers_set_name (answers, "Lina Haddad");
  result = cr_score (answers);

  /* The square card at 700 × 700. */
  cr_card_get_size (CR_CARD_SQUARE, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX_HEIGHT, MAX_HEIGHT);
  cr = cairo_create (surface);
  cairo_scale (cr, (double) MAX_HEIGHT / width, (double) MAX_HEIGHT / height);
  cr_card_draw (cr, CR_CARD_SQUARE, answers, result, date);
  cairo_destroy (cr);
  if (cairo_surface_write_to_png (surface, card_path) != CAIRO_STATUS_SUCCESS)
    g_error ("Cannot write %s", card_path);
  g_print ("%s: %dx%d\n", card_path, MAX_HEIGHT, MAX_HEIGHT);
  cairo_surface_destroy (surface);

  /* The first page of the A4 report, 1000 pixels wide, cut at 700. */
  cr_paper_get_size (CR_PAPER_A4, &paper_width, &paper_height);
  scale = MAX_WIDTH / paper_width;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX_WIDTH, MAX_HEIGHT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, margin, margin);
  report = cr_report_new (answers, result, date);
  cr_report_paginate (report, cr, paper_width - 2 * margin, paper_height - 2 * margin);
  cr_report_draw_page (report, cr, 0);
  cairo_destroy (cr);
  if (cairo_surface_write_to_png (surface, report_path) != CAIRO_STATUS_SUCCESS)
    g_error ("Cannot write %s", report_path);
  g_print ("%s: %dx%d\n", report_path, MAX_WIDTH, MAX_HEIGHT);
  cairo_surface_destroy (surface);
}

/* --check: the whole screen, as ImageMagick takes it. */
static void
grab_screen (const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", check_prefix, name);
  g_autofree char *path = g_build_filename (out_dir, file, NULL);
  const char *argv[] = { "import", "-window", "root", path, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status;

  gtk_window_set_focus_visible (main_window, FALSE);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &wait_status, &error) ||
      !g_spawn_check_wait_status (wait_status, &error))
    g_error ("import -window root %s: %s", path, error->message);
  g_print ("%s\n", path);
}

static GtkScrolledWindow *
find_scrolled (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget))
    return GTK_SCROLLED_WINDOW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char roster_csv[] =
  "name,compensation,agreement,brands,exclusivity,audience,content,customer,effort,notoriety\n"
  "Maya Chen,per-campaign,per-campaign,many,yes,100k-1m,create,no,job,niche\n"
  "Lina Haddad,retainer,long-term,one,yes,100k-1m,create,no,job,niche\n"
  "Noor Saleh,gifts,none,many,no,100k-1m,relay,yes,job,niche\n";

/* The roster with Maya's compensation edited and not saved. */
static const char roster_recovery_csv[] =
  "name,compensation,agreement,brands,exclusivity,audience,content,customer,effort,notoriety\n"
  "Maya Chen,retainer,per-campaign,many,yes,100k-1m,create,no,job,niche\n"
  "Lina Haddad,retainer,long-term,one,yes,100k-1m,create,no,job,niche\n"
  "Noor Saleh,gifts,none,many,no,100k-1m,relay,yes,job,niche\n";

static gboolean
check_step (gpointer data G_GNUC_UNUSED)
{
  guint n_questions = cr_questionnaire_get_n_questions ();

  if (!settled ())
    return G_SOURCE_CONTINUE;

  switch (step++)
    {
    case 0:
      grab_screen ("welcome");
      gtk_widget_activate_action (GTK_WIDGET (main_window), "win.start", NULL);
      question = 0;
      return G_SOURCE_CONTINUE;

    case 1:
      if (question == 0)
        grab_screen ("question-first");
      answer_question ();
      if (question + 1 < n_questions)
        {
          gtk_widget_activate_action (GTK_WIDGET (main_window), "win.next", NULL);
          question++;
          step--;
        }
      return G_SOURCE_CONTINUE;

    case 2:
      grab_screen ("question-last");
      gtk_widget_activate_action (GTK_WIDGET (main_window), "win.next", NULL);
      return G_SOURCE_CONTINUE;

    case 3:
      gtk_window_set_focus (main_window, NULL);
      return G_SOURCE_CONTINUE;

    case 4:
      {
        GtkScrolledWindow *scrolled = find_scrolled (GTK_WIDGET (main_window));
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

        grab_screen ("result");
        /* Down to the sharing buttons, a screen further. */
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                              gtk_adjustment_get_page_size (adjustment) * 0.6);
      }
      return G_SOURCE_CONTINUE;

    case 5:
      grab_screen ("result-sharing");
      gtk_widget_activate_action (GTK_WIDGET (main_window), "win.save-image", NULL);
      return G_SOURCE_CONTINUE;

    case 6:
      /* The dialog's own animation, a frame further. */
      return G_SOURCE_CONTINUE;

    case 7:
      {
        g_autofree char *path = g_build_filename (g_get_home_dir (), "agency.csv", NULL);
        g_autoptr(GFile) file = g_file_new_for_path (path);

        grab_screen ("card");
        if (!g_file_set_contents (path, roster_csv, -1, NULL))
          g_error ("Cannot write %s", path);
        roster_window = GTK_WINDOW (cr_roster_window_new (gtk_window_get_application (main_window)));
        gtk_window_set_default_size (roster_window, gtk_widget_get_width (GTK_WIDGET (main_window)),
                                     gtk_widget_get_height (GTK_WIDGET (main_window)));
        gtk_window_present (roster_window);
        cr_roster_window_open (CR_ROSTER_WINDOW (roster_window), file);
      }
      return G_SOURCE_CONTINUE;

    case 8:
      grab_screen ("roster");
      gtk_menu_button_popup (GTK_MENU_BUTTON (
        gtk_widget_get_template_child (GTK_WIDGET (roster_window), CR_TYPE_ROSTER_WINDOW,
                                       "export_button")));
      return G_SOURCE_CONTINUE;

    case 9:
      /* The popover's own animation, a frame further. */
      return G_SOURCE_CONTINUE;

    case 10:
      {
        g_autofree char *path = g_build_filename (g_get_home_dir (), "agency.csv", NULL);
        g_autoptr(GFile) file = g_file_new_for_path (path);
        g_autoptr(GFile) recovery = cr_recovery_file_for (file);

        grab_screen ("roster-export");
        gtk_window_destroy (roster_window);
        /* Edits kept when the app had to end: offered at the next
         * opening. */
        if (!g_file_set_contents (g_file_peek_path (recovery), roster_recovery_csv, -1, NULL))
          g_error ("Cannot write %s", g_file_peek_path (recovery));
        roster_window = GTK_WINDOW (cr_roster_window_new (gtk_window_get_application (main_window)));
        gtk_window_set_default_size (roster_window, gtk_widget_get_width (GTK_WIDGET (main_window)),
                                     gtk_widget_get_height (GTK_WIDGET (main_window)));
        gtk_window_present (roster_window);
        cr_roster_window_open (CR_ROSTER_WINDOW (roster_window), file);
      }
      return G_SOURCE_CONTINUE;

    case 11:
      /* Until the roster is read and the offer shown, then its own
       * animation, a frame further. */
      if (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (roster_window)) == NULL)
        step--;
      return G_SOURCE_CONTINUE;

    case 12:
      grab_screen ("roster-recovery");
      status = 0;
      gtk_window_destroy (roster_window);
      gtk_window_destroy (main_window);
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }
}

static void
window_added_cb (GtkApplication *application G_GNUC_UNUSED,
                 GtkWindow      *window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));

  if (main_window != NULL)
    return;

  g_object_set (gtk_settings_get_for_display (display),
                "gtk-decoration-layout", GNOME_BUTTON_LAYOUT, NULL);

  main_window = window;
  if (check_prefix != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        check_dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                   : ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_timeout_add (SETTLE_MS, check_prefix != NULL ? check_step : next_step, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  g_autoptr(CrApplication) application = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *prefix = NULL;
  char *args[] = { argv[0], NULL, NULL, NULL };
  int width = 860;
  int height = 640;
  int n_args = 1;

  if (argc == 6 && g_str_equal (argv[1], "--check"))
    {
      width = atoi (argv[2]);
      height = width <= 360 ? 640 : 800;
      prefix = g_strdup_printf ("%d-%s-%s", width, argv[3], argv[4]);
      check_prefix = prefix;
      check_dark = g_str_equal (argv[4], "dark");
      args[n_args++] = (char *) "--language";
      args[n_args++] = argv[3];
      out_dir = argv[5];
    }
  else if (argc == 2)
    out_dir = argv[1];
  else
    {
      g_printerr ("usage: %s OUTPUT-DIR\n"
                  "       %s --check WIDTH LANGUAGE light|dark OUTPUT-DIR\n", argv[0], argv[0]);
      return 2;
    }

  /* A home of its own: no draft, no saved language, no window size. */
  home = g_dir_make_tmp ("cr-screenshots-XXXXXX", NULL);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);

  application = cr_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) |
                           G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);
  g_application_run (G_APPLICATION (application), n_args, args);

  if (status == 0 && check_prefix == NULL)
    save_share_pictures ();

  return status;
}
