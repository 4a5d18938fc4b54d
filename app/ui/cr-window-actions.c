/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-window-actions.c: what the window's buttons, menus and keys do
 *
 * Every action works on the window's session and moves through the
 * window's table of pages (cr-window-private.h); none keeps state of its
 * own. The keys of the question pages (1–9 choose, 0 the tenth option,
 * Enter goes on) are the window's, so that they work wherever the focus
 * is, after a menu or a dialog has closed too, and never open a menu by
 * accident.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-a11y.h"
#include "cr-dialogs.h"
#include "cr-option-row.h"
#include "cr-page.h"
#include "cr-preview-dialog.h"
#include "cr-question-page.h"
#include "cr-questionnaire.h"
#include "cr-render.h"
#include "cr-result-page.h"
#include "cr-result-text.h"
#include "cr-window-private.h"

static const CrPageSpec *
current (CrWindow *self)
{
  return cr_window_get_page_spec (self, self->page);
}

static gboolean
on_question (CrWindow *self)
{
  return current (self)->kind == CR_PAGE_KIND_QUESTION;
}

static void
show (CrWindow *self,
      guint     index)
{
  if (index != G_MAXUINT)
    cr_window_show_page (self, index, TRUE);
}

void
cr_window_update_actions (CrWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  CrSession *session = self->session;
  CrAnswers *answers;
  gboolean question;
  gboolean can_next = FALSE;
  gboolean can_back;
  gboolean trial;

  if (session == NULL || self->pages->len == 0)
    return;

  answers = cr_session_get_answers (session);
  question = on_question (self);
  trial = cr_session_get_trial (session) != NULL;

  if (question)
    {
      guint q = current (self)->question;

      can_next = cr_questionnaire_get_question (q)->multiple || cr_answers_is_answered (answers, q);
    }

  /* Back to the questions only where they can be answered: a roster's
   * row, read-only until Edit, stays on its result. */
  can_back = self->page > 0 &&
             (cr_session_get_keeps_draft (session) || cr_session_get_editable (session));
  gtk_widget_action_set_enabled (widget, "win.back", can_back);
  gtk_widget_set_visible (self->back_button, can_back);
  gtk_widget_action_set_enabled (widget, "win.next", can_next);
  gtk_widget_action_set_enabled (widget, "win.skip", question);
  gtk_widget_action_set_enabled (widget, "win.pick", question);
  gtk_widget_action_set_enabled (widget, "win.start-over", cr_session_get_keeps_draft (session));
  gtk_widget_action_set_enabled (widget, "win.export", !cr_answers_is_empty (answers));
  gtk_widget_action_set_enabled (widget, "win.copy-json", !cr_answers_is_empty (answers));
  gtk_widget_action_set_enabled (widget, "win.copy-text", !cr_answers_is_empty (answers));
  gtk_widget_action_set_enabled (widget, "win.save-image", !cr_answers_is_empty (answers));
  gtk_widget_action_set_enabled (widget, "win.print", !cr_answers_is_empty (answers));
  gtk_widget_action_set_enabled (widget, "win.keep-trial",
                                 trial && cr_session_get_editable (session));
  gtk_widget_action_set_enabled (widget, "win.end-trial", trial);
  gtk_widget_action_set_enabled (widget, "win.edit", !cr_session_get_editable (session));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name G_GNUC_UNUSED,
              GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  show (self, cr_window_find_page (self, CR_PAGE_KIND_QUESTION, 0));
}

static void
resume_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  cr_session_resume_draft (self->session);
  /* A finished assessment goes straight to its result. */
  show (self, cr_window_first_open_page (self));
}

static void
start_over (CrWindow *self)
{
  cr_session_discard_draft (self->session);
  show (self, cr_window_find_page (self, CR_PAGE_KIND_QUESTION, 0));
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
  AdwDialog *dialog;

  if (cr_answers_is_empty (cr_session_get_answers (self->session)) &&
      cr_session_get_draft (self->session) == NULL)
    {
      start_over (self);
      return;
    }

  dialog = adw_alert_dialog_new (_("Start Over?"),
                                 _("Your answers will be cleared. Export them first if you "
                                   "want to keep them."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "start-over", _("_Start Over"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "start-over",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_over_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  if (self->page > 0)
    show (self, self->page - 1);
}

/* Goes on from a question page. A several-choice question left with
 * nothing ticked is answered "none of these": going on says so. */
static void
next_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);
  CrAnswers *answers = cr_session_get_answers (self->session);
  guint q;

  if (!on_question (self))
    return;

  q = current (self)->question;
  if (!cr_answers_is_answered (answers, q))
    {
      if (!cr_questionnaire_get_question (q)->multiple)
        return;
      cr_answers_set_selection (answers, q, 0);
    }

  show (self, self->page + 1);
}

/* Leaves a question unanswered on purpose: the result names it. */
static void
skip_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  if (!on_question (self))
    return;

  cr_answers_unset (cr_session_get_answers (self->session), current (self)->question);
  show (self, self->page + 1);
}

static void
pick_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);
  int number = g_variant_get_int32 (parameter);
  GtkWidget *page;

  if (!on_question (self) || number < 1)
    return;

  page = cr_window_get_nth_page (self, self->page);
  cr_question_page_pick (CR_QUESTION_PAGE (page), (guint) number - 1);
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
open_chosen_cb (GtkWidget *owner,
                GFile     *file,
                gpointer   user_data G_GNUC_UNUSED)
{
  cr_window_open_file (CR_WINDOW (owner), file, NULL);
}

static void
export_chosen_cb (GtkWidget *owner,
                  GFile     *file,
                  gpointer   user_data G_GNUC_UNUSED)
{
  cr_window_export_to_file (CR_WINDOW (owner), file, NULL);
}

static GListModel *
json_filters (void)
{
  static const CrFileKind json[] = {
    { N_("JSON Documents"), { "application/json" }, { "json" } },
  };

  return cr_dialogs_filters_new (json, G_N_ELEMENTS (json));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  g_autoptr(GListModel) filters = json_filters ();

  cr_dialogs_open_file (widget, _("Open a Saved Result"), filters, open_chosen_cb, NULL);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name G_GNUC_UNUSED,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  cr_window_open_file (CR_WINDOW (widget), file, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name G_GNUC_UNUSED,
               GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);
  g_autoptr(GListModel) filters = json_filters ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "creator-role-result-%Y-%m-%d.json");

  /* A document is offered to be written again where it is. */
  cr_dialogs_save_file (widget, _("Export as JSON"), _("_Export"), filters,
                        cr_session_get_file (self->session), name, export_chosen_cb, NULL);
}

static void
copy_json_action (GtkWidget  *widget,
                  const char *action_name G_GNUC_UNUSED,
                  GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);
  g_autofree char *data = cr_session_to_data (self->session, NULL);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), data);
  cr_window_toast (self, _("Copied to the clipboard"));
}

static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name G_GNUC_UNUSED,
                  GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);
  g_autofree char *text = cr_result_format_text (cr_session_get_answers (self->session),
                                                 cr_session_get_result (self->session));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  cr_window_toast (self, _("Copied to the clipboard"));
}

/* Save Image shows the card first, to save or copy from there. */
static void
save_image_action (GtkWidget  *widget,
                   const char *action_name G_GNUC_UNUSED,
                   GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  adw_dialog_present (cr_preview_dialog_new (self->session), GTK_WIDGET (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name G_GNUC_UNUSED,
              GVariant   *parameter G_GNUC_UNUSED)
{
  cr_window_print (CR_WINDOW (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, NULL);
}

static CrResultPage *
result_page (CrWindow *self)
{
  GtkWidget *page = cr_window_get_nth_page (self, self->page);

  return CR_IS_RESULT_PAGE (page) ? CR_RESULT_PAGE (page) : NULL;
}

/* The verdict changed, or a what-if appeared: said at once, wherever the
 * focus is. The focus goes to the heading of what changed: the what-if
 * card appears above, out of view, with the buttons that keep or leave
 * it after its heading; leaving it takes away the focused button. */
static void
tell_verdict (CrWindow *self,
              gboolean  trial)
{
  CrResultPage *page = result_page (self);
  g_autofree char *verdict = NULL;
  GtkWidget *heading;

  if (page == NULL)
    return;

  if (trial)
    {
      heading = cr_result_page_get_trial_heading (page);
      verdict = g_strdup (cr_session_get_trial_text (self->session));
    }
  else
    {
      heading = cr_result_page_get_heading_widget (page);
      /* Translators: read after the verdict changed; %s is the verdict
       * then, e.g. “You are an influencer” */
      verdict = g_strdup_printf (_("Verdict now: %s"),
                                 cr_result_get_title (cr_session_get_result (self->session)));
    }

  gtk_widget_grab_focus (heading);
  cr_a11y_announce (heading, verdict);
}

static void
try_change_action (GtkWidget  *widget,
                   const char *action_name G_GNUC_UNUSED,
                   GVariant   *parameter)
{
  CrWindow *self = CR_WINDOW (widget);

  if (cr_session_try_change (self->session, g_variant_get_uint32 (parameter)))
    tell_verdict (self, TRUE);
}

static void
keep_trial_action (GtkWidget  *widget,
                   const char *action_name G_GNUC_UNUSED,
                   GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  cr_session_keep_trial (self->session);
  tell_verdict (self, FALSE);
}

static void
end_trial_action (GtkWidget  *widget,
                  const char *action_name G_GNUC_UNUSED,
                  GVariant   *parameter G_GNUC_UNUSED)
{
  CrWindow *self = CR_WINDOW (widget);

  cr_session_end_trial (self->session);
  tell_verdict (self, FALSE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name G_GNUC_UNUSED,
             GVariant   *parameter G_GNUC_UNUSED)
{
  cr_session_set_editable (CR_WINDOW (widget)->session, TRUE);
}

static gboolean
is_enter (guint keyval)
{
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

/* The number of the option a digit key chooses: 1 to 9, and 0 for the
 * tenth, which comes after 9 on the keyboard's row of digits. */
static int
digit (guint keyval)
{
  if (keyval == GDK_KEY_0 || keyval == GDK_KEY_KP_0)
    return 10;
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
    return (int) (keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_9)
    return (int) (keyval - GDK_KEY_KP_0);
  return 0;
}

/* Enter on a question page goes on, wherever the focus is: on a
 * single-choice option it chooses that option first; on Skip, on Next or
 * on the header's Back button it presses that button, as Enter does; on
 * the main menu's button it goes on rather than open the menu. */
static gboolean
enter_on_question (CrWindow  *self,
                   GtkWidget *focus)
{
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON) == NULL)
    {
      GtkWidget *row = gtk_widget_get_ancestor (focus, CR_TYPE_OPTION_ROW);

      if (GTK_IS_BUTTON (focus))
        return FALSE;

      if (row != NULL &&
          !cr_questionnaire_get_question (cr_option_row_get_question (CR_OPTION_ROW (row)))->multiple)
        cr_answers_set_choice (cr_session_get_answers (self->session),
                               cr_option_row_get_question (CR_OPTION_ROW (row)),
                               cr_option_row_get_option (CR_OPTION_ROW (row)));
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.next", NULL);

  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller G_GNUC_UNUSED,
                guint                  keyval,
                guint                  keycode G_GNUC_UNUSED,
                GdkModifierType        state,
                CrWindow              *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int number;

  if (!on_question (self) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0)
    return FALSE;

  /* A menu open over the page has the keys to itself. */
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;

  if ((number = digit (keyval)) > 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.pick", "i", number);
      return TRUE;
    }

  if (is_enter (keyval))
    return enter_on_question (self, focus);

  return FALSE;
}

/* The Keyboard Shortcuts window is built the first time it is asked for,
 * not with the window: GTK would build it for every new window, before the
 * first frame, if it were at the resource path GTK looks at
 * (gtk/help-overlay.ui). The action, there before GTK's, stays the one
 * that shows it.
 *
 * GTK 4.18 deprecates GtkShortcutsWindow and the help overlay for
 * libadwaita's AdwShortcutsDialog, which libadwaita 1.8 brings: there is
 * none at the 1.5 floor, so these calls stay until the floor has it. */
static void
show_help_overlay_action (GSimpleAction *action G_GNUC_UNUSED,
                          GVariant      *parameter G_GNUC_UNUSED,
                          gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  overlay = gtk_application_window_get_help_overlay (window);
  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/cr-shortcuts.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      cr_a11y_shortcuts_window_name (overlay);
      gtk_application_window_set_help_overlay (window, overlay);
    }
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry window_entries[] = {
  { "show-help-overlay", show_help_overlay_action, NULL, NULL, NULL, { 0 } },
};

void
cr_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "win.resume", NULL, resume_action);
  gtk_widget_class_install_action (widget_class, "win.start-over", NULL, start_over_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "win.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "win.pick", "i", pick_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-json", NULL, copy_json_action);
  gtk_widget_class_install_action (widget_class, "win.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "win.save-image", NULL, save_image_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.try-change", "u", try_change_action);
  gtk_widget_class_install_action (widget_class, "win.keep-trial", NULL, keep_trial_action);
  gtk_widget_class_install_action (widget_class, "win.end-trial", NULL, end_trial_action);
  gtk_widget_class_install_action (widget_class, "win.edit", NULL, edit_action);

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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

void
cr_window_init_actions (CrWindow *self)
{
  GtkEventController *controller;

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_entries,
                                   G_N_ELEMENTS (window_entries), self);

  /* In the capture phase, before the focused widget: see key_pressed_cb(). */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
