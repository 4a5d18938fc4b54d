/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-window.c: the wizard: welcome, one page per question, the result
 *
 * The window is a view over one CrSession: the answers it edits, their
 * draft, export and open. Pages live in a GtkStack named “welcome”,
 * “question-1” … “question-10” and “result”; the welcome page is built at
 * start-up, the others when first shown, so that opening the window costs
 * little more than an empty one.
 *
 * Pages are built from the questionnaire and from templates, so that
 * cr_window_retranslate() can throw them away and build them again in
 * another language, on the same page with the same answers.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-question-page.h"
#include "cr-questionnaire.h"
#include "cr-result-page.h"
#include "cr-welcome-page.h"
#include "cr-window.h"

struct _CrWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkMenuButton *menu_button;
  GtkStack *stack;

  CrSession *session;
  GSettings *settings;
  GMenu *language_section;
  GtkFileChooserNative *chooser;

  /* Index of the page shown: 0 is the welcome, 1 to n the questions, n + 1
   * the result. */
  guint page;
  GtkWidget *welcome_page;
  /* NULL until first shown. */
  GPtrArray *question_pages;
  GtkWidget *result_page;
};

G_DEFINE_FINAL_TYPE (CrWindow, cr_window, ADW_TYPE_APPLICATION_WINDOW)

static guint
result_index (void)
{
  return cr_questionnaire_get_n_questions () + 1;
}

static char *
page_name (guint page)
{
  if (page == 0)
    return g_strdup ("welcome");
  if (page == result_index ())
    return g_strdup ("result");
  return g_strdup_printf ("question-%u", page);
}

static void
toast (CrWindow         *self,
       const char       *title,
       AdwToastPriority  priority)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, priority);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (CrWindow   *self,
            const char *heading,
            GFile      *file,
            GError     *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *body = g_strdup_printf ("%s: %s", name, error->message);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
refresh_welcome (CrWindow *self)
{
  CrAnswers *draft = cr_session_get_draft (self->session);
  CrAnswers *offered = draft != NULL ? draft : cr_session_get_answers (self->session);

  cr_welcome_page_set_draft (CR_WELCOME_PAGE (self->welcome_page),
                             cr_answers_get_n_answered (offered));
  cr_welcome_page_set_corrupt_draft (CR_WELCOME_PAGE (self->welcome_page),
                                     cr_session_get_corrupt_draft (self->session));
}

static void
update_actions (CrWindow *self)
{
  CrAnswers *answers = cr_session_get_answers (self->session);
  gboolean on_question = self->page > 0 && self->page < result_index ();
  gboolean can_next = FALSE;

  if (on_question)
    can_next = cr_questionnaire_get_question (self->page - 1)->multiple ||
               cr_answers_is_answered (answers, self->page - 1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next", can_next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export",
                                 !cr_answers_is_empty (answers));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-json",
                                 !cr_answers_is_empty (answers));
}

static GtkWidget *
ensure_page (CrWindow *self,
             guint     page)
{
  g_autofree char *name = page_name (page);
  GtkWidget *widget;

  if (page == 0)
    {
      if (self->welcome_page == NULL)
        {
          self->welcome_page = cr_welcome_page_new ();
          gtk_stack_add_named (self->stack, self->welcome_page, name);
        }
      return self->welcome_page;
    }

  if (page == result_index ())
    {
      if (self->result_page == NULL)
        {
          self->result_page = cr_result_page_new (cr_session_get_answers (self->session));
          gtk_stack_add_named (self->stack, self->result_page, name);
        }
      return self->result_page;
    }

  widget = g_ptr_array_index (self->question_pages, page - 1);
  if (widget == NULL)
    {
      widget = cr_question_page_new (page - 1, cr_session_get_answers (self->session));
      gtk_stack_add_named (self->stack, widget, name);
      g_ptr_array_index (self->question_pages, page - 1) = widget;
    }

  return widget;
}

static void
focus_page (CrWindow *self)
{
  GtkWidget *widget = gtk_stack_get_visible_child (self->stack);

  if (CR_IS_QUESTION_PAGE (widget))
    cr_question_page_focus_first (CR_QUESTION_PAGE (widget));
  else if (CR_IS_RESULT_PAGE (widget))
    cr_result_page_focus_heading (CR_RESULT_PAGE (widget));
  else if (CR_IS_WELCOME_PAGE (widget))
    gtk_widget_grab_focus (cr_welcome_page_get_first_control (CR_WELCOME_PAGE (widget)));
}

/* Shows @page, sliding in from the side the wizard moves towards unless
 * @animate is %FALSE. */
static void
show_page_full (CrWindow *self,
                guint     page,
                gboolean  animate)
{
  g_autofree char *name = page_name (page);
  gboolean forward = page >= self->page;
  GtkStackTransitionType transition;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    forward = !forward;
  transition = forward ? GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT
                       : GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT;
  if (!animate)
    transition = GTK_STACK_TRANSITION_TYPE_NONE;

  ensure_page (self, page);
  if (page == 0)
    refresh_welcome (self);

  self->page = page;
  gtk_stack_set_visible_child_full (self->stack, name, transition);
  update_actions (self);
  focus_page (self);
}

static void
show_page (CrWindow *self,
           guint     page)
{
  show_page_full (self, page, TRUE);
}

/* The first question without an answer, or the result. */
static guint
first_open_page (CrWindow *self)
{
  CrAnswers *answers = cr_session_get_answers (self->session);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    if (!cr_answers_is_answered (answers, q))
      return q + 1;

  return result_index ();
}

static void
answers_changed_cb (CrWindow *self,
                    guint     question G_GNUC_UNUSED)
{
  update_actions (self);
}

static void
draft_failed_cb (CrWindow *self,
                 GError   *error)
{
  g_autofree char *text = NULL;

  g_warning ("Cannot save the draft: %s", error->message);
  /* Translators: shown once when the answers cannot be kept between
   * sessions; the reason follows */
  text = g_strdup_printf (_("Your answers cannot be kept for next time: %s"), error->message);
  toast (self, text, ADW_TOAST_PRIORITY_HIGH);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name G_GNUC_UNUSED,
              GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);
  guint page = first_open_page (self);

  /* Start is offered when nothing is answered (otherwise the welcome page
   * offers to resume): the first question. */
  show_page (self, page == result_index () ? 1 : page);
}

static void
resume_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  cr_session_resume_draft (self->session);
  show_page (self, first_open_page (self));
}

static void
start_over (CrWindow *self)
{
  cr_session_discard_draft (self->session);
  show_page (self, 1);
}

static void
start_over_response_cb (CrWindow   *self,
                        const char *response)
{
  if (g_strcmp0 (response, "start-over") == 0)
    start_over (self);
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name G_GNUC_UNUSED,
                   GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);
  GtkWidget *dialog;

  if (cr_answers_is_empty (cr_session_get_answers (self->session)) &&
      cr_session_get_draft (self->session) == NULL)
    {
      start_over (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Start Over?"),
                                   _("Your answers will be cleared. Export them first if you "
                                     "want to keep them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "start-over", _("_Start Over"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "start-over",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_over_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  if (self->page > 0)
    show_page (self, self->page - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  if (self->page > 0 && self->page < result_index ())
    show_page (self, self->page + 1);
}

/* Alt+Left and Alt+Right move the way the pages slide: back and on from
 * left to right, the other way round in a right-to-left language. */
static void
go_side_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter G_GNUC_UNUSED)
{
  gboolean left = g_str_equal (action_name, "win.go-left");
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  gtk_widget_activate_action (widget, left != rtl ? "win.back" : "win.next", NULL);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CrWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  gboolean saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) ==
                    GTK_FILE_CHOOSER_ACTION_SAVE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (saving)
    cr_window_export_to_file (self, file, NULL);
  else
    cr_window_open_file (self, file, NULL);
}

static void
run_chooser (CrWindow             *self,
             GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean saving = action == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (saving ? _("Export as JSON") : _("Open a Saved Result"),
                                               GTK_WINDOW (self), action,
                                               saving ? _("_Export") : _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _("JSON Documents"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  if (saving)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *name = g_date_time_format (now, "creator-role-result-%Y-%m-%d.json");

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  run_chooser (CR_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  run_chooser (CR_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
copy_json_action (GtkWidget  *widget,
                  const char *action_name G_GNUC_UNUSED,
                  GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);
  g_autofree char *data = cr_session_to_data (self->session, NULL);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), data);
  toast (self, _("Copied to the clipboard"), ADW_TOAST_PRIORITY_NORMAL);
}

/* The Keyboard Shortcuts window is built the first time it is asked for,
 * not with the window: GTK would build it for every new window, before the
 * first frame, if it were at the resource path GTK looks at
 * (gtk/help-overlay.ui). The action, there before GTK's, stays the one
 * that shows it. */
static void
show_help_overlay_action (GSimpleAction *action G_GNUC_UNUSED,
                          GVariant      *parameter G_GNUC_UNUSED,
                          gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/cr-shortcuts.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static void
build_menu (CrWindow *self)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PREFIX "/cr-primary-menu.ui");
  GMenu *section = G_MENU (gtk_builder_get_object (builder, "language-section"));

  /* Whatever was put in the language section carries over. */
  if (self->language_section != NULL)
    {
      GMenuModel *old = G_MENU_MODEL (self->language_section);

      for (int i = 0; i < g_menu_model_get_n_items (old); i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new_from_model (old, i);

          g_menu_append_item (section, item);
        }
    }

  g_set_object (&self->language_section, section);
  gtk_menu_button_set_menu_model (self->menu_button,
                                  G_MENU_MODEL (gtk_builder_get_object (builder, "primary-menu")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Main Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"),
                                  -1);
}

static void
cr_window_dispose (GObject *object)
{
  CrWindow *self = CR_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_WINDOW);
  self->welcome_page = NULL;
  self->result_page = NULL;
  g_clear_pointer (&self->question_pages, g_ptr_array_unref);

  /* Last, so that the draft is written once the pages are gone. */
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_object (&self->language_section);

  G_OBJECT_CLASS (cr_window_parent_class)->dispose (object);
}

static void
cr_window_class_init (CrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, stack);

  gtk_widget_class_install_action (widget_class, "win.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "win.resume", NULL, resume_action);
  gtk_widget_class_install_action (widget_class, "win.start-over", NULL, start_over_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-json", NULL, copy_json_action);

  gtk_widget_class_install_action (widget_class, "win.go-left", NULL, go_side_action);
  gtk_widget_class_install_action (widget_class, "win.go-right", NULL, go_side_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.go-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "win.go-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-json", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static const GActionEntry window_entries[] = {
  { "show-help-overlay", show_help_overlay_action, NULL, NULL, NULL, { 0 } },
};

static void
cr_window_init (CrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);

  self->session = cr_session_new (NULL);
  g_signal_connect_object (cr_session_get_answers (self->session), "changed",
                           G_CALLBACK (answers_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "draft-failed", G_CALLBACK (draft_failed_cb), self,
                           G_CONNECT_SWAPPED);

  self->question_pages = g_ptr_array_new ();
  g_ptr_array_set_size (self->question_pages, cr_questionnaire_get_n_questions ());

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_entries,
                                   G_N_ELEMENTS (window_entries), self);

  build_menu (self);
  show_page_full (self, 0, FALSE);
}

CrWindow *
cr_window_new (CrApplication *application)
{
  return g_object_new (CR_TYPE_WINDOW, "application", application, NULL);
}

/**
 * cr_window_get_answers:
 *
 * Returns: (transfer none): the answers the window shows and edits
 */
CrAnswers *
cr_window_get_answers (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return cr_session_get_answers (self->session);
}

/**
 * cr_window_get_session:
 *
 * Returns: (transfer none): the window's answers, draft, export and open
 */
CrSession *
cr_window_get_session (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * cr_window_get_page_name:
 *
 * Returns: the page shown: “welcome”, “question-1” to “question-10”, or
 *   “result”
 */
const char *
cr_window_get_page_name (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cr_window_get_page:
 *
 * Returns: (transfer none): the page shown: a CrWelcomePage, a
 *   CrQuestionPage or a CrResultPage
 */
GtkWidget *
cr_window_get_page (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child (self->stack);
}

/**
 * cr_window_get_language_section:
 *
 * Returns: (transfer none): the section of the primary menu that holds the
 *   language choice; its items carry over cr_window_retranslate()
 */
GMenu *
cr_window_get_language_section (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->language_section;
}

/**
 * cr_window_open_file:
 *
 * Replaces the answers with those in @file and shows their result. When
 * the file is refused, the answers are untouched and a dialog shows the
 * command line's one-line message.
 *
 * Returns: %TRUE when the file was opened
 */
gboolean
cr_window_open_file (CrWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!cr_session_open (self->session, file, &local_error))
    {
      show_error (self, _("Cannot Open the File"), file, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  show_page (self, result_index ());

  return TRUE;
}

/**
 * cr_window_export_to_file:
 *
 * Writes the answers and their result to @file, atomically, as the
 * document the command line prints, and says so in a toast; a failure is
 * shown with its reason.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
cr_window_export_to_file (CrWindow  *self,
                          GFile     *file,
                          GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (CR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!cr_session_export (self->session, file, &local_error))
    {
      show_error (self, _("Cannot Export the Result"), file, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  basename = g_file_get_basename (file);
  /* Translators: shown once the result is exported, e.g. “Exported as
   * “creator-role-result-2026-11-28.json”” */
  text = g_strdup_printf (_("Exported as “%s”"), basename);
  toast (self, text, ADW_TOAST_PRIORITY_NORMAL);

  return TRUE;
}

/**
 * cr_window_retranslate:
 *
 * Builds every text of the window again in the language now set with
 * cr_i18n_set_language(): the pages, the menu and the shortcuts window. The
 * page shown, the answers and the result stay as they were.
 */
void
cr_window_retranslate (CrWindow *self)
{
  guint page;

  g_return_if_fail (CR_IS_WINDOW (self));

  page = self->page;

  /* The focus is on a page about to go. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);

  for (guint i = 0; i <= result_index (); i++)
    {
      GtkWidget *widget = NULL;

      if (i == 0)
        widget = g_steal_pointer (&self->welcome_page);
      else if (i == result_index ())
        widget = g_steal_pointer (&self->result_page);
      else
        widget = g_steal_pointer (&g_ptr_array_index (self->question_pages, i - 1));

      if (widget != NULL)
        gtk_stack_remove (self->stack, widget);
    }

  ensure_page (self, 0);
  show_page_full (self, page, FALSE);

  build_menu (self);

  /* The Keyboard Shortcuts window is built again, in the new language, the
   * next time it is asked for. */
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), NULL);
}
