/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-welcome-page.c: what the app does, Start or Resume, Open, recent results
 *
 * The page shows the session: what there is to resume (the draft found at
 * start-up, or the answers given so far), what its storage found (a draft
 * set aside, one made by a newer version, one in use elsewhere) and where
 * the answers go then, and the results opened or exported lately (GtkRecentManager). Its
 * buttons activate the window's actions (win.start, win.resume,
 * win.start-over, win.open, win.open-recent).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-dialogs.h"
#include "cr-page.h"
#include "cr-questionnaire.h"
#include "cr-quote.h"
#include "cr-symbol-paintable.h"
#include "cr-welcome-page.h"

struct _CrWelcomePage
{
  AdwBin parent_instance;

  GtkWidget *corrupt_box;
  GtkLabel *corrupt_label;
  GtkButton *resume_button;
  GtkButton *start_button;
  GtkButton *start_over_button;
  GtkWidget *recent_group;
  GtkListBox *recent_list;

  CrSession *session;
  /* The recent results, as GFiles, refreshed from GtkRecentManager. */
  GListStore *recent;
};

static void cr_welcome_page_page_init (CrPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrWelcomePage, cr_welcome_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CR_TYPE_PAGE, cr_welcome_page_page_init))

enum
{
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What Resume would bring back: the draft found at start-up, or else the
 * answers given so far. */
static CrAnswers *
offered (CrWelcomePage *self)
{
  CrAnswers *draft = cr_session_get_draft (self->session);

  return draft != NULL ? draft : cr_session_get_answers (self->session);
}

static void
update_resume (CrWelcomePage *self)
{
  CrAnswers *answers = offered (self);
  guint n_answered = cr_answers_get_n_answered (answers);
  gboolean resumable = !cr_answers_is_empty (answers);

  if (resumable && cr_answers_is_complete (answers))
    gtk_button_set_label (self->resume_button, _("See Your _Result"));
  else if (resumable)
    {
      /* Translators: the button that resumes an unfinished assessment,
       * e.g. “_Resume: 4 of 10 answered” */
      g_autofree char *label = g_strdup_printf (_("_Resume: %u of %u answered"), n_answered,
                                                cr_questionnaire_get_n_questions ());

      gtk_button_set_label (self->resume_button, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->resume_button), resumable);
  gtk_widget_set_visible (GTK_WIDGET (self->start_over_button), resumable);
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), !resumable);
}

static char *
display_basename (const char *path)
{
  g_autofree char *basename = g_path_get_basename (path);

  return cr_quote_path (basename);
}

/* What the draft storage found, and where the answers go, each said in a
 * sentence of its own. */
static void
update_notice (CrWelcomePage *self)
{
  CrDraft *storage = cr_session_get_draft_storage (self->session);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *folder_name = NULL;
  const char *aside;
  const char *kept;

  if (storage == NULL)
    {
      gtk_widget_set_visible (self->corrupt_box, FALSE);
      return;
    }

  if ((aside = cr_draft_get_set_aside (storage)) != NULL)
    {
      g_autofree char *name = display_basename (aside);
      g_autofree char *folder = g_path_get_dirname (aside);

      folder_name = cr_quote_path (folder);
      /* Translators: the name of the file the unreadable draft was renamed
       * to, e.g. “draft.json.corrupt-20261128-170758” */
      g_string_append_printf (text, _("The unfinished assessment saved last time could not be "
                                      "read. It was kept as %s."), name);
    }

  if (cr_draft_get_newer_version (storage))
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, _("The unfinished assessment saved last time was made by a newer "
                               "version of Creator Role. It is kept as it is, and answers given "
                               "here will not replace it."));
    }

  if (cr_draft_get_in_use (storage))
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, _("Another Creator Role window is using the unfinished assessment "
                               "saved last time, so it is not offered here, and answers given here "
                               "will not replace it."));
    }

  if (cr_draft_get_changed_on_disk (storage))
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, _("Another Creator Role window changed the unfinished assessment, "
                               "so answers given here will not replace it."));
    }

  if ((kept = cr_draft_get_kept_file (storage)) != NULL)
    {
      g_autofree char *name = display_basename (kept);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: where the answers go instead of the draft, e.g.
       * “draft.json.kept-20261202-101500” */
      g_string_append_printf (text, _("Your answers here are kept in %s."), name);
    }

  if (cr_draft_get_recovered (storage))
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, _("The unfinished assessment offered here was recovered from a "
                               "save that was interrupted."));
    }

  gtk_label_set_text (self->corrupt_label, text->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->corrupt_label), folder_name);
  gtk_widget_set_visible (self->corrupt_box, text->len > 0);
}

static void
answers_changed_cb (CrWelcomePage *self)
{
  update_resume (self);
}

static void
draft_cb (CrWelcomePage *self)
{
  update_resume (self);
}

static void
storage_cb (CrWelcomePage *self)
{
  update_notice (self);
}

/* Results this app wrote or read, newest first, that are still there. */
static void
update_recent (CrWelcomePage *self)
{
  g_autoptr(GPtrArray) recent = cr_dialogs_list_recent (CR_RECENT_RESULT,
                                                        CR_WELCOME_PAGE_MAX_RECENT);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < recent->len; i++)
    g_ptr_array_add (files,
                     g_file_new_for_uri (gtk_recent_info_get_uri (g_ptr_array_index (recent, i))));

  g_list_store_splice (self->recent, 0, g_list_model_get_n_items (G_LIST_MODEL (self->recent)),
                       files->pdata, files->len);
  gtk_widget_set_visible (self->recent_group, files->len > 0);
}

static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data G_GNUC_UNUSED)
{
  GFile *file = G_FILE (item);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  name = cr_quote_file_name (file);
  folder = parent != NULL ? cr_quote_file_path (parent) : NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (folder != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, NULL,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);

  return row;
}

static GtkWidget *
cr_welcome_page_get_first_control (CrPage *page)
{
  CrWelcomePage *self = CR_WELCOME_PAGE (page);

  if (gtk_widget_get_visible (GTK_WIDGET (self->resume_button)))
    return GTK_WIDGET (self->resume_button);

  return GTK_WIDGET (self->start_button);
}

static void
cr_welcome_page_page_init (CrPageInterface *iface)
{
  iface->get_first_control = cr_welcome_page_get_first_control;
}

static void
cr_welcome_page_constructed (GObject *object)
{
  CrWelcomePage *self = CR_WELCOME_PAGE (object);

  G_OBJECT_CLASS (cr_welcome_page_parent_class)->constructed (object);

  g_return_if_fail (CR_IS_SESSION (self->session));

  g_signal_connect_object (self->session, "notify::draft", G_CALLBACK (draft_cb), self,
                           G_CONNECT_SWAPPED);
  if (cr_session_get_draft_storage (self->session) != NULL)
    g_signal_connect_object (cr_session_get_draft_storage (self->session), "notify",
                             G_CALLBACK (storage_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cr_session_get_answers (self->session), "changed",
                           G_CALLBACK (answers_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cr_session_get_answers (self->session), "notify::name",
                           G_CALLBACK (answers_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);

  update_resume (self);
  update_notice (self);
  update_recent (self);
}

static void
cr_welcome_page_dispose (GObject *object)
{
  CrWelcomePage *self = CR_WELCOME_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_WELCOME_PAGE);
  g_clear_object (&self->session);
  g_clear_object (&self->recent);

  G_OBJECT_CLASS (cr_welcome_page_parent_class)->dispose (object);
}

static void
cr_welcome_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CrWelcomePage *self = CR_WELCOME_PAGE (object);

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
cr_welcome_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CrWelcomePage *self = CR_WELCOME_PAGE (object);

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
cr_welcome_page_class_init (CrWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cr_welcome_page_constructed;
  object_class->dispose = cr_welcome_page_dispose;
  object_class->get_property = cr_welcome_page_get_property;
  object_class->set_property = cr_welcome_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cr-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, corrupt_box);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, corrupt_label);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, resume_button);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, recent_list);
}

static void
cr_welcome_page_init (CrWelcomePage *self)
{
  g_autoptr(GdkPaintable) symbol = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  symbol = cr_symbol_paintable_new (RESOURCE_PREFIX "/symbol/app-symbol.png", 128);
  /* The page's own child: not bound, AdwBin disposes of it. */
  adw_status_page_set_paintable (ADW_STATUS_PAGE (adw_bin_get_child (ADW_BIN (self))), symbol);

  self->recent = g_list_store_new (G_TYPE_FILE);
  gtk_list_box_bind_model (self->recent_list, G_LIST_MODEL (self->recent),
                           create_recent_row, NULL, NULL);
}

/**
 * cr_welcome_page_new:
 * @session: the session whose draft and answers the page offers
 */
GtkWidget *
cr_welcome_page_new (CrSession *session)
{
  g_return_val_if_fail (CR_IS_SESSION (session), NULL);

  return g_object_new (CR_TYPE_WELCOME_PAGE, "session", session, NULL);
}
