/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-welcome-page.c: what the app does, Start, Resume and Open
 *
 * The page only shows; its buttons activate the window's actions
 * (win.start, win.resume, win.start-over, win.open).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-questionnaire.h"
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
};

G_DEFINE_FINAL_TYPE (CrWelcomePage, cr_welcome_page, ADW_TYPE_BIN)

static void
cr_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CR_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (cr_welcome_page_parent_class)->dispose (object);
}

static void
cr_welcome_page_class_init (CrWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cr-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, corrupt_box);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, corrupt_label);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, resume_button);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, CrWelcomePage, start_over_button);
}

static void
cr_welcome_page_init (CrWelcomePage *self)
{
  g_autoptr(GdkPaintable) symbol = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  symbol = cr_symbol_paintable_new (RESOURCE_PREFIX "/symbol/app-symbol.png", 128);
  /* The page's own child: not bound, AdwBin disposes of it. */
  adw_status_page_set_paintable (ADW_STATUS_PAGE (adw_bin_get_child (ADW_BIN (self))), symbol);
}

GtkWidget *
cr_welcome_page_new (void)
{
  return g_object_new (CR_TYPE_WELCOME_PAGE, NULL);
}

/**
 * cr_welcome_page_set_draft:
 * @n_answered: how many questions the unfinished assessment answered, 0 for
 *   none
 *
 * Offers to resume an unfinished assessment, or to start a new one.
 */
void
cr_welcome_page_set_draft (CrWelcomePage *self,
                           guint          n_answered)
{
  g_return_if_fail (CR_IS_WELCOME_PAGE (self));

  if (n_answered > 0)
    {
      /* Translators: the button that resumes an unfinished assessment,
       * e.g. “Resume: 4 of 10 answered” */
      g_autofree char *label = g_strdup_printf (_("Resume: %u of %u answered"), n_answered,
                                                cr_questionnaire_get_n_questions ());

      gtk_button_set_label (self->resume_button, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->resume_button), n_answered > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->start_over_button), n_answered > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), n_answered == 0);
}

/**
 * cr_welcome_page_set_corrupt_draft:
 * @path: (nullable): where an unreadable draft was moved
 *
 * Says that the draft could not be read, and where it was kept.
 */
void
cr_welcome_page_set_corrupt_draft (CrWelcomePage *self,
                                   const char    *path)
{
  g_return_if_fail (CR_IS_WELCOME_PAGE (self));

  if (path != NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *folder = g_path_get_dirname (path);
      g_autofree char *folder_name = g_filename_display_name (folder);
      /* Translators: the name of the file the unreadable draft was renamed
       * to, e.g. “draft.json.corrupt-20261128-170758” */
      g_autofree char *text =
        g_strdup_printf (_("The unfinished assessment saved last time could not be read. "
                           "It was kept as %s."), name);

      gtk_label_set_text (self->corrupt_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->corrupt_label), folder_name);
    }

  gtk_widget_set_visible (self->corrupt_box, path != NULL);
}

/**
 * cr_welcome_page_get_first_control:
 *
 * Returns: (transfer none): the control that takes focus when the page
 *   appears: Resume when there is a draft, Start otherwise
 */
GtkWidget *
cr_welcome_page_get_first_control (CrWelcomePage *self)
{
  g_return_val_if_fail (CR_IS_WELCOME_PAGE (self), NULL);

  if (gtk_widget_get_visible (GTK_WIDGET (self->resume_button)))
    return GTK_WIDGET (self->resume_button);

  return GTK_WIDGET (self->start_button);
}

/**
 * cr_welcome_page_get_resume_label:
 *
 * Returns: (nullable): the label of the Resume button, or %NULL when there
 *   is nothing to resume
 */
const char *
cr_welcome_page_get_resume_label (CrWelcomePage *self)
{
  g_return_val_if_fail (CR_IS_WELCOME_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->resume_button)))
    return NULL;

  return gtk_button_get_label (self->resume_button);
}
