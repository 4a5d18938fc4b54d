/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-window.c: a window over one session: the wizard, or a document
 *
 * The window is a view over one CrSession. Its pages are a table it walks
 * (cr-window-private.h): for the wizard's session, the welcome, one page
 * per question and the result; for a document or a roster's row, one page
 * per question and the result, which it opens on: Back goes from the
 * result to the questions, as in the wizard, while the answers can be
 * changed (a roster's row only after Edit). Pages are built when first shown, so that opening the
 * window costs little more than an empty one, and every page shows the
 * session as it is whenever it changes, so that none needs to be told
 * when the answers are replaced (Start Over, Resume, a language switch).
 *
 * Pages are built from the questionnaire and from templates, so that
 * cr_window_retranslate() can throw them away and build them again in
 * another language, on the same page with the same answers. The actions
 * and the keys are in cr-window-actions.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-a11y.h"
#include "cr-dialogs.h"
#include "cr-language-menu.h"
#include "cr-name.h"
#include "cr-page.h"
#include "cr-question-page.h"
#include "cr-questionnaire.h"
#include "cr-quote.h"
#include "cr-result-page.h"
#include "cr-welcome-page.h"
#include "cr-window-private.h"

G_DEFINE_FINAL_TYPE (CrWindow, cr_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
page_name (const CrPageSpec *spec)
{
  switch (spec->kind)
    {
    case CR_PAGE_KIND_WELCOME:
      return g_strdup ("welcome");
    case CR_PAGE_KIND_QUESTION:
      return g_strdup_printf ("question-%u", spec->question + 1);
    case CR_PAGE_KIND_RESULT:
    default:
      return g_strdup ("result");
    }
}

/* The pages a session's window walks. */
static void
build_page_table (CrWindow *self)
{
  CrPageSpec spec = { 0 };

  g_array_set_size (self->pages, 0);

  if (cr_session_get_keeps_draft (self->session))
    {
      spec.kind = CR_PAGE_KIND_WELCOME;
      g_array_append_val (self->pages, spec);
    }

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    {
      spec.kind = CR_PAGE_KIND_QUESTION;
      spec.question = q;
      g_array_append_val (self->pages, spec);
    }

  spec.kind = CR_PAGE_KIND_RESULT;
  spec.question = 0;
  g_array_append_val (self->pages, spec);
}

const CrPageSpec *
cr_window_get_page_spec (CrWindow *self,
                         guint     index)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return &g_array_index (self->pages, CrPageSpec, index);
}

/**
 * cr_window_find_page:
 * @question: for %CR_PAGE_KIND_QUESTION, the question's index
 *
 * Returns: the index of the page, or G_MAXUINT when the window has none
 *   such
 */
guint
cr_window_find_page (CrWindow   *self,
                     CrPageKind  kind,
                     guint       question)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), G_MAXUINT);

  for (guint i = 0; i < self->pages->len; i++)
    {
      const CrPageSpec *spec = &g_array_index (self->pages, CrPageSpec, i);

      if (spec->kind == kind && (kind != CR_PAGE_KIND_QUESTION || spec->question == question))
        return i;
    }

  return G_MAXUINT;
}

static GtkWidget *
ensure_page (CrWindow *self,
             guint     index)
{
  CrPageSpec *spec = &g_array_index (self->pages, CrPageSpec, index);
  g_autofree char *name = NULL;

  if (spec->widget != NULL)
    return spec->widget;

  switch (spec->kind)
    {
    case CR_PAGE_KIND_WELCOME:
      spec->widget = cr_welcome_page_new (self->session);
      break;
    case CR_PAGE_KIND_QUESTION:
      spec->widget = cr_question_page_new (self->session, spec->question);
      break;
    case CR_PAGE_KIND_RESULT:
    default:
      spec->widget = cr_result_page_new (self->session);
      break;
    }

  name = page_name (spec);
  gtk_stack_add_named (self->stack, spec->widget, name);

  return spec->widget;
}

static void
remove_pages (CrWindow *self)
{
  /* The focus is on a page about to go. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);

  for (guint i = 0; i < self->pages->len; i++)
    {
      CrPageSpec *spec = &g_array_index (self->pages, CrPageSpec, i);

      if (spec->widget != NULL)
        gtk_stack_remove (self->stack, g_steal_pointer (&spec->widget));
    }
}

/* Pages that are not shown stay in the widget tree, but are hidden from
 * assistive technologies, which would otherwise read them. */
static void
update_hidden_pages (CrWindow *self)
{
  for (guint i = 0; i < self->pages->len; i++)
    {
      CrPageSpec *spec = &g_array_index (self->pages, CrPageSpec, i);

      if (spec->widget != NULL)
        gtk_accessible_update_state (GTK_ACCESSIBLE (spec->widget),
                                     GTK_ACCESSIBLE_STATE_HIDDEN, i != self->page,
                                     -1);
    }
}

/**
 * cr_window_show_page:
 * @index: the page's index in the window's table
 * @animate: whether to slide to it, from the side the wizard moves towards
 *
 * Shows the page scrolled to its top, with the focus on its first control.
 */
void
cr_window_show_page (CrWindow *self,
                     guint     index,
                     gboolean  animate)
{
  g_autofree char *name = NULL;
  GtkStackTransitionType transition = GTK_STACK_TRANSITION_TYPE_NONE;
  GtkWidget *widget;

  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (index < self->pages->len);

  if (animate && index != self->page)
    {
      gboolean forward = index > self->page;

      if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
        forward = !forward;
      transition = forward ? GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT
                           : GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT;
    }

  widget = ensure_page (self, index);
  name = page_name (cr_window_get_page_spec (self, index));

  self->page = index;
  gtk_stack_set_visible_child_full (self->stack, name, transition);
  update_hidden_pages (self);
  cr_window_update_actions (self);
  cr_page_present (CR_PAGE (widget));
}

void
cr_window_toast (CrWindow   *self,
                 const char *title)
{
  AdwToast *toast;

  g_return_if_fail (CR_IS_WINDOW (self));

  toast = adw_toast_new (title);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_title (CrWindow *self)
{
  GFile *file = cr_session_get_file (self->session);
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  if (file == NULL)
    {
      const char *person = cr_answers_get_name (cr_session_get_answers (self->session));
      g_autofree char *shown = NULL;
      g_autofree char *isolated = NULL;

      /* A roster's row, say: whose answers these are. */
      if (cr_session_get_keeps_draft (self->session) || person == NULL)
        {
          adw_window_title_set_subtitle (self->window_title, NULL);
          gtk_window_set_title (GTK_WINDOW (self), _("Creator Role"));
          return;
        }

      shown = cr_name_dup_display (person, CR_NAME_LABEL);
      isolated = cr_name_dup_display (person, CR_NAME_IN_SENTENCE);
      adw_window_title_set_subtitle (self->window_title, shown);
      title = isolated != NULL ? g_strdup_printf (_("%s — Creator Role"), isolated)
                               : g_strdup (_("Creator Role"));
      gtk_window_set_title (GTK_WINDOW (self), title);
      return;
    }

  name = cr_quote_file_name (file);

  if (cr_session_get_modified (self->session))
    /* Translators: the name of a document changed since it was opened or
     * saved, in the window's title, e.g. “• result.json” */
    subtitle = g_strdup_printf (_("• %s"), name);
  else
    subtitle = g_strdup (name);

  adw_window_title_set_subtitle (self->window_title, subtitle);
  /* Translators: the window's title in window lists, e.g. “result.json —
   * Creator Role” */
  title = g_strdup_printf (_("%s — Creator Role"), subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
draft_failed_cb (CrWindow *self,
                 GError   *error)
{
  g_autofree char *text = NULL;
  AdwToast *toast;

  g_warning ("Cannot save the draft: %s", error->message);
  /* Translators: shown once when the answers cannot be kept between
   * sessions; the reason follows */
  text = g_strdup_printf (_("Your answers cannot be kept for next time: %s"), error->message);
  toast = adw_toast_new (text);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Answers that can no longer go to the draft, because another Creator
 * Role changed it, go beside it: said once, when it happens. */
static void
kept_file_cb (CrWindow *self)
{
  CrDraft *storage = cr_session_get_draft_storage (self->session);
  const char *kept = cr_draft_get_kept_file (storage);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (kept == NULL)
    return;

  {
    g_autofree char *basename = g_path_get_basename (kept);

    name = cr_quote_path (basename);
  }
  /* Translators: shown when another Creator Role changed the draft, e.g.
   * “… your answers are kept in draft.json.kept-20261202-101500” */
  text = g_strdup_printf (_("Another Creator Role window changed the saved answers: yours are "
                            "kept in %s"), name);
  cr_window_toast (self, text);
}

static void
session_changed_cb (CrWindow *self)
{
  cr_window_update_actions (self);
}

/* The first question without an answer, or the result. */
static guint
first_open_page (CrWindow *self)
{
  CrAnswers *answers = cr_session_get_answers (self->session);

  for (guint q = 0; q < cr_questionnaire_get_n_questions (); q++)
    if (!cr_answers_is_answered (answers, q))
      return cr_window_find_page (self, CR_PAGE_KIND_QUESTION, q);

  return cr_window_find_page (self, CR_PAGE_KIND_RESULT, 0);
}

static void
uninhibit (CrWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibit_cookie != 0 && application != NULL)
    gtk_application_uninhibit (application, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

/* Saved or discarded: the session's end need no longer wait. */
static void
modified_cb (CrWindow *self)
{
  if (!cr_window_get_unsaved (self))
    uninhibit (self);
}

/* The pages may keep the session a while longer than the window: nothing
 * of the window must then be called. */
static void
disconnect_session (CrWindow *self)
{
  if (self->session == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->session, self);
  g_signal_handlers_disconnect_by_data (cr_session_get_answers (self->session), self);
  if (cr_session_get_draft_storage (self->session) != NULL)
    g_signal_handlers_disconnect_by_data (cr_session_get_draft_storage (self->session), self);
}

/**
 * cr_window_set_session:
 *
 * Makes the window show @session: its pages are built again over it, and
 * the first page shown is the welcome for the wizard's session, the result
 * for any other.
 */
void
cr_window_set_session (CrWindow  *self,
                       CrSession *session)
{
  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (CR_IS_SESSION (session));

  if (session == self->session)
    return;

  remove_pages (self);

  disconnect_session (self);
  g_set_object (&self->session, session);

  g_signal_connect_object (session, "draft-failed", G_CALLBACK (draft_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify", G_CALLBACK (session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::file", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::modified", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::modified", G_CALLBACK (modified_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (cr_session_get_answers (session), "notify::name",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  if (cr_session_get_draft_storage (session) != NULL)
    g_signal_connect_object (cr_session_get_draft_storage (session), "notify::kept-file",
                             G_CALLBACK (kept_file_cb), self, G_CONNECT_SWAPPED);

  build_page_table (self);
  self->page = 0;
  update_title (self);
  cr_window_show_page (self,
                       cr_session_get_keeps_draft (session)
                         ? 0 : cr_window_find_page (self, CR_PAGE_KIND_RESULT, 0),
                       FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
build_menu (CrWindow *self)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PREFIX "/cr-primary-menu.ui");
  GMenu *section = G_MENU (gtk_builder_get_object (builder, "language-section"));

  cr_language_menu_fill (section);
  gtk_menu_button_set_menu_model (self->menu_button,
                                  G_MENU_MODEL (gtk_builder_get_object (builder, "primary-menu")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Main Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"),
                                  -1);
  /* Back is Alt and the arrow towards the start of a line: Alt+Right in a
   * right-to-left language, as libadwaita's leaflets do. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    gtk_widget_set_tooltip_text (self->back_button, _("Back (Alt+Right)"));
  else
    gtk_widget_set_tooltip_text (self->back_button, _("Back (Alt+Left)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"),
                                  -1);
}

/**
 * cr_window_get_unsaved:
 *
 * Returns: whether the window shows a document whose answers were changed
 *   since it was opened or saved
 */
gboolean
cr_window_get_unsaved (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), FALSE);

  return cr_session_get_modified (self->session) && cr_session_get_file (self->session) != NULL;
}

static void
finish_close_tasks (CrWindow *self,
                    gboolean  closed)
{
  g_autoptr(GPtrArray) tasks = g_steal_pointer (&self->close_tasks);

  self->close_tasks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    g_task_return_boolean (g_ptr_array_index (tasks, i), closed);
}

static gboolean
destroy_cb (gpointer user_data)
{
  CrWindow *self = CR_WINDOW (user_data);

  /* Nothing left to ask. */
  g_signal_handlers_disconnect_by_data (self->session, self);
  uninhibit (self);
  gtk_window_destroy (GTK_WINDOW (self));
  finish_close_tasks (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void close_answered (CrWindow *self);

static void
save_changes_response_cb (CrWindow   *self,
                          const char *response)
{
  self->close_confirmed = FALSE;

  if (g_strcmp0 (response, "save") == 0)
    {
      GFile *file = cr_session_get_file (self->session);

      /* A failure is shown, and the window stays. */
      self->close_confirmed = file != NULL && cr_window_export_to_file (self, file, NULL);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!cr_session_discard_recovery (self->session, &error))
        g_message ("Cannot remove the recovered changes: %s", error->message);
      self->close_confirmed = TRUE;
    }

  self->close_answered = TRUE;
  close_answered (self);
}

/* The window goes only once its alert has answered and gone, whichever
 * of ::response and ::closed comes last: destroyed
 * from the alert's own response, it would go while the alert is still
 * closing over it, and the alert would outlive it. */
static void
close_answered (CrWindow *self)
{
  if (!self->close_answered || self->close_dialog != NULL)
    return;

  if (!self->close_confirmed)
    {
      finish_close_tasks (self, FALSE);
      return;
    }

  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_cb, g_object_ref (self), g_object_unref);
}

static void
save_changes_closed_cb (CrWindow *self)
{
  g_clear_weak_pointer (&self->close_dialog);
  close_answered (self);
}

/* "Save Changes?", once. */
static void
ask_save_changes (CrWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwDialog *dialog;

  if (self->close_dialog != NULL)
    return;

  name = cr_quote_file_path (cr_session_get_file (self->session));
  /* Translators: asked when a window closes with answers changed since
   * the document was opened; the file's name follows */
  body = g_strdup_printf (_("The answers in %s were changed. Save them before closing?"), name);
  dialog = cr_dialogs_save_changes_new (body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_changes_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "closed", G_CALLBACK (save_changes_closed_cb), self,
                           G_CONNECT_SWAPPED);
  self->close_confirmed = FALSE;
  self->close_answered = FALSE;
  g_set_weak_pointer (&self->close_dialog, dialog);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/**
 * cr_window_ask_to_close:
 *
 * Closes the window, asking first, as the close button does, when its
 * document was changed: "Save Changes?". @callback is called once the
 * window is gone (Save, and the file written; or Discard), or stays
 * (Cancel, or a save that failed); see cr_window_ask_to_close_finish().
 */
void
cr_window_ask_to_close (CrWindow            *self,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CR_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, cr_window_ask_to_close);

  if (!cr_window_get_unsaved (self))
    {
      uninhibit (self);
      gtk_window_destroy (GTK_WINDOW (self));
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_ptr_array_add (self->close_tasks, g_steal_pointer (&task));
  ask_save_changes (self);
}

/**
 * cr_window_ask_to_close_finish:
 *
 * Returns: %TRUE when the window was closed, %FALSE when it stays open
 */
gboolean
cr_window_ask_to_close_finish (CrWindow     *self,
                               GAsyncResult *result)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/* A document changed since it was opened or saved is not closed without
 * asking. */
static gboolean
cr_window_close_request (GtkWindow *window)
{
  CrWindow *self = CR_WINDOW (window);

  if (!cr_window_get_unsaved (self))
    return GTK_WINDOW_CLASS (cr_window_parent_class)->close_request (window);

  ask_save_changes (self);

  return TRUE;
}

/**
 * cr_window_inhibit_logout:
 *
 * Asks the session manager to wait, while the window's document has
 * changes not saved: as #GtkApplication::query-end asks. The request
 * goes once they are saved or discarded, or the window closes.
 */
void
cr_window_inhibit_logout (CrWindow *self)
{
  GtkApplication *application;
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  g_return_if_fail (CR_IS_WINDOW (self));

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (!cr_window_get_unsaved (self) || self->inhibit_cookie != 0 || application == NULL)
    return;

  name = cr_quote_file_name (cr_session_get_file (self->session));
  /* Translators: why the session cannot end yet, shown by the desktop when
   * the user logs out, e.g. “There are unsaved changes in result.json” */
  reason = g_strdup_printf (_("There are unsaved changes in %s"), name);
  self->inhibit_cookie = gtk_application_inhibit (application, GTK_WINDOW (self),
                                                  GTK_APPLICATION_INHIBIT_LOGOUT, reason);
}

/**
 * cr_window_write_recovery:
 *
 * Keeps the changes of the window's document not saved in its recovery
 * file (cr_session_write_recovery()), for when the app must end without
 * asking.
 */
gboolean
cr_window_write_recovery (CrWindow  *self,
                          GError   **error)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), FALSE);

  if (!cr_window_get_unsaved (self))
    return TRUE;

  return cr_session_write_recovery (self->session, error);
}

static void
recovery_response_cb (CrWindow   *self,
                      const char *response)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restore") == 0)
    cr_session_restore_recovery (self->session);
  else if (g_strcmp0 (response, "discard") == 0 &&
           !cr_session_discard_recovery (self->session, &error))
    cr_dialogs_show_error (GTK_WIDGET (self), _("Cannot Discard the Changes"), NULL,
                           error->message);
}

/* Changes to the document that were not saved when the app last ended,
 * kept in its recovery file: offered, never applied without asking.
 * Closed with Escape, the offer is made again the next time. */
static void
offer_recovery (CrWindow *self)
{
  GDateTime *time = cr_session_get_recovery_time (self->session);
  AdwDialog *dialog;

  if (cr_session_get_recovery (self->session) == NULL || time == NULL)
    return;

  dialog = cr_dialogs_recovery_new (cr_session_get_file (self->session), time);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
cr_window_dispose (GObject *object)
{
  CrWindow *self = CR_WINDOW (object);

  /* Gone: whoever waits for it to close is told so. */
  if (self->close_dialog != NULL)
    g_signal_handlers_disconnect_by_data (self->close_dialog, self);
  g_clear_weak_pointer (&self->close_dialog);
  if (self->close_tasks != NULL)
    finish_close_tasks (self, TRUE);
  g_clear_pointer (&self->close_tasks, g_ptr_array_unref);
  uninhibit (self);

  cr_dialogs_close_all (ADW_APPLICATION_WINDOW (self));

  if (self->pages != NULL)
    for (guint i = 0; i < self->pages->len; i++)
      g_array_index (self->pages, CrPageSpec, i).widget = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_WINDOW);
  g_clear_pointer (&self->pages, g_array_unref);

  /* The pages' own references keep the session until they go; its draft
   * is written then. */
  disconnect_session (self);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cr_window_parent_class)->dispose (object);
}

static void
cr_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrWindow *self = CR_WINDOW (object);

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
cr_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CrWindow *self = CR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      if (g_value_get_object (value) != NULL)
        cr_window_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_window_constructed (GObject *object)
{
  CrWindow *self = CR_WINDOW (object);

  G_OBJECT_CLASS (cr_window_parent_class)->constructed (object);

  /* Without a session given, the wizard's, which keeps the draft. */
  if (self->session == NULL)
    {
      g_autoptr(CrSession) session = cr_session_new (NULL);

      cr_window_set_session (self, session);
    }
}

static void
cr_window_class_init (CrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cr_window_constructed;
  object_class->dispose = cr_window_dispose;
  object_class->get_property = cr_window_get_property;
  object_class->set_property = cr_window_set_property;
  window_class->close_request = cr_window_close_request;

  /**
   * CrWindow:session:
   *
   * What the window shows; the wizard's session, with its draft, when
   * none is given.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CrWindow, stack);

  cr_window_class_init_actions (widget_class);
}

static void
cr_window_init (CrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cr_a11y_menu_button_name_items (self->menu_button);

  self->pages = g_array_new (FALSE, TRUE, sizeof (CrPageSpec));
  self->close_tasks = g_ptr_array_new_with_free_func (g_object_unref);

  /* Its words follow the application's language. */
  cr_application_follow_language (GTK_WINDOW (self), G_CALLBACK (cr_window_retranslate));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);

  cr_window_init_actions (self);
  build_menu (self);
}

/**
 * cr_window_new:
 *
 * Returns: a window over the wizard's session, which keeps the draft
 */
CrWindow *
cr_window_new (CrApplication *application)
{
  g_autoptr(CrDraft) draft = NULL;
  g_autoptr(CrSession) session = NULL;

  g_return_val_if_fail (CR_IS_APPLICATION (application), NULL);

  /* The wizard's session, in the draft the application's windows share. */
  draft = cr_application_get_draft (application);
  session = cr_session_new_for_draft (draft);

  return g_object_new (CR_TYPE_WINDOW, "application", application, "session", session, NULL);
}

/**
 * cr_window_new_for_session:
 *
 * Returns: a window over @session: a document, or a roster's row
 */
CrWindow *
cr_window_new_for_session (CrApplication *application,
                           CrSession     *session)
{
  g_return_val_if_fail (CR_IS_SESSION (session), NULL);

  return g_object_new (CR_TYPE_WINDOW, "application", application, "session", session, NULL);
}

/**
 * cr_window_get_session:
 *
 * Returns: (transfer none): what the window shows
 */
CrSession *
cr_window_get_session (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * cr_window_get_nth_page:
 *
 * Returns: (transfer none) (nullable): the @index-th page of the window,
 *   or %NULL when it has not been built
 */
GtkWidget *
cr_window_get_nth_page (CrWindow *self,
                        guint     index)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return g_array_index (self->pages, CrPageSpec, index).widget;
}

/* The wizard's window, while nothing is answered, has nothing to lose: a
 * document opened from it takes its place. */
static gboolean
is_untouched (CrWindow *self)
{
  return cr_session_get_keeps_draft (self->session) &&
         cr_answers_is_empty (cr_session_get_answers (self->session)) &&
         cr_session_get_draft (self->session) == NULL;
}

/**
 * cr_window_open_file:
 *
 * Shows the result document in @file: in this window when it holds
 * nothing that could be lost, in a window of its own otherwise, so that
 * opening a document never replaces answers in progress nor their draft.
 * When the file is refused, a dialog shows the command line's one-line
 * message and nothing changes.
 *
 * Returns: %TRUE when the file was opened
 */
gboolean
cr_window_open_file (CrWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CrSession) session = NULL;

  g_return_val_if_fail (CR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  session = cr_session_new_for_file (file, &local_error);
  if (session == NULL)
    {
      cr_dialogs_show_error (GTK_WIDGET (self), _("Cannot Open the File"), file,
                             local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  cr_dialogs_add_recent (file);

  if (is_untouched (self))
    {
      cr_window_set_session (self, session);
      offer_recovery (self);
    }
  else
    {
      CrApplication *application =
        CR_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      CrWindow *window = cr_window_new_for_session (application, session);

      gtk_window_present (GTK_WINDOW (window));
      offer_recovery (window);
    }

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
      cr_dialogs_show_error (GTK_WIDGET (self), _("Cannot Export the Result"), file,
                             local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  cr_dialogs_add_recent (file);

  basename = cr_quote_file_name (file);
  /* Translators: shown once the result is exported, e.g. “Exported as
   * “creator-role-result-2026-11-28.json”” */
  text = g_strdup_printf (_("Exported as “%s”"), basename);
  cr_window_toast (self, text);

  return TRUE;
}

/**
 * cr_window_retranslate:
 *
 * Builds every text of the window again in the language now set, as it
 * does when CrApplication:language changes: the result's words, the pages, the menu and the
 * shortcuts window. The page shown and the answers stay as they were.
 */
void
cr_window_retranslate (CrWindow *self)
{
  guint page;

  g_return_if_fail (CR_IS_WINDOW (self));

  page = self->page;

  remove_pages (self);
  cr_session_rescore (self->session);
  cr_window_show_page (self, page, FALSE);

  build_menu (self);
  update_title (self);

  /* The Keyboard Shortcuts window is built again, in the new language, the
   * next time it is asked for. */
  /* GtkShortcutsWindow has no replacement before libadwaita 1.8's
   * AdwShortcutsDialog: see cr-window-actions.c. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/**
 * cr_window_first_open_page:
 *
 * Returns: where Resume leads: the first question without an answer, or
 *   the result when every question has one
 */
guint
cr_window_first_open_page (CrWindow *self)
{
  g_return_val_if_fail (CR_IS_WINDOW (self), 0);

  return first_open_page (self);
}
