/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-about.c: the About dialog
 *
 * Besides the usual version, licence and links, it credits the article whose
 * distinction between influencers and brand ambassadors the questionnaire
 * encodes.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "cr-about.h"
#include "cr-questionnaire.h"

#define CR_WEBSITE "https://github.com/creatorrole/CreatorRole"
#define CR_ISSUE_URL "https://github.com/creatorrole/CreatorRole/issues"

/**
 * cr_about_show:
 * @parent: (nullable): the window the About dialog belongs to
 *
 * Presents the About dialog for Creator Role on @parent, or in a window
 * of its own without one.
 */
void
cr_about_show (GtkWindow *parent)
{
  static const char * const developers[] = {
    "The Creator Role developers " CR_WEBSITE,
    NULL
  };
  const char *idea[] = {
    NULL,
    NULL
  };
  g_autofree char *what = NULL;
  g_autofree char *comments = NULL;
  const char *translators;
  guint n_questions;
  AdwDialog *about;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  /* Translators: the credit for the article the questionnaire is based on;
   * the title is the article's own and stays in English. */
  idea[0] = _("Isabelle Evans, “What Is The Difference Between Influencer And Ambassador”");

  n_questions = cr_questionnaire_get_n_questions ();
  what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Creator Role asks %u short question about how you work "
                                       "with brands online and tells you whether you act as an "
                                       "influencer, a brand ambassador, or a brand’s contracted "
                                       "face, and why.",
                                       "Creator Role asks %u short questions about how you work "
                                       "with brands online and tells you whether you act as an "
                                       "influencer, a brand ambassador, or a brand’s contracted "
                                       "face, and why.",
                                       n_questions),
                          n_questions);
  comments = g_strconcat (what, "\n\n",
                          _("The idea behind it comes from an article by Isabelle Evans on the "
                            "difference between influencers and brand ambassadors: who is paid "
                            "and how, who signs an agreement, who stays loyal to one brand, and "
                            "who creates rather than relays. Every weight the questionnaire "
                            "gives encodes one of its points."),
                          NULL);

  about = g_object_new (ADW_TYPE_ABOUT_DIALOG,
                        "application-name", _("Creator Role"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Creator Role developers"),
                        "copyright", _("© 2026 The Creator Role developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", CR_WEBSITE,
                        "issue-url", CR_ISSUE_URL,
                        "developers", developers,
                        "comments", comments,
                        NULL);

  /* Translators: put your names here, one a line, to be credited in the
   * About dialog. */
  translators = _("translator-credits");
  /* Untranslated, the placeholder is not a credit. */
  if (g_strcmp0 (translators, "translator-credits") != 0)
    adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (about), translators);

  adw_about_dialog_add_acknowledgement_section (ADW_ABOUT_DIALOG (about),
                                                _("The Idea"),
                                                idea);
  adw_about_dialog_add_link (ADW_ABOUT_DIALOG (about),
                             _("_Source Code"),
                             CR_WEBSITE);

  adw_dialog_present (about, parent != NULL ? GTK_WIDGET (parent) : NULL);
}
