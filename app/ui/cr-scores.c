/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-scores.c: the three roles' shares of a result, as bars
 *
 * One line per role, its name and its share in words, then a bar. The
 * verdict's name is in bold and its bar thicker. The widget shows whatever
 * result it is given ("result", bound to the session's), and keeps
 * nothing else; it hides itself for a result without shares.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-result-text.h"
#include "cr-scores.h"

struct _CrScores
{
  GtkWidget parent_instance;

  CrResult *result;

  GtkLabel *names[CR_N_ROLES];
  GtkLabel *values[CR_N_ROLES];
  GtkLevelBar *bars[CR_N_ROLES];
};

G_DEFINE_FINAL_TYPE (CrScores, cr_scores, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (CrScores *self)
{
  CrRole verdict = self->result != NULL ? cr_result_get_role (self->result) : CR_ROLE_NONE;

  /* No role won ("Neither, yet", or nothing decisive answered): shares
   * would look like a verdict that is not there. */
  gtk_widget_set_visible (GTK_WIDGET (self),
                          self->result != NULL && cr_result_has_shares (self->result));

  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      guint score = self->result != NULL ? cr_result_get_score (self->result, role) : 0;
      g_autofree char *value = cr_format_share (score);
      g_autofree char *label = cr_format_role_share (role, score);

      gtk_label_set_text (self->names[role], cr_role_get_name (role));
      gtk_label_set_text (self->values[role], value);
      gtk_level_bar_set_value (self->bars[role], score);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->bars[role]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) score,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value,
                                      -1);

      if (role == verdict)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->names[role]), "heading");
          gtk_widget_add_css_class (GTK_WIDGET (self->bars[role]), "cr-verdict");
        }
      else
        {
          gtk_widget_remove_css_class (GTK_WIDGET (self->names[role]), "heading");
          gtk_widget_remove_css_class (GTK_WIDGET (self->bars[role]), "cr-verdict");
        }
    }
}

static void
cr_scores_dispose (GObject *object)
{
  CrScores *self = CR_SCORES (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->result, cr_result_unref);

  G_OBJECT_CLASS (cr_scores_parent_class)->dispose (object);
}

static void
cr_scores_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CrScores *self = CR_SCORES (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_boxed (value, self->result);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_scores_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CrScores *self = CR_SCORES (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      cr_scores_set_result (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_scores_class_init (CrScoresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_scores_dispose;
  object_class->get_property = cr_scores_get_property;
  object_class->set_property = cr_scores_set_property;

  properties[PROP_RESULT] =
    g_param_spec_boxed ("result", NULL, NULL,
                        CR_TYPE_RESULT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cr-scores");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cr_scores_init (CrScores *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);

  for (CrRole role = 0; role < CR_N_ROLES; role++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *name = gtk_label_new (NULL);
      GtkWidget *value = gtk_label_new (NULL);
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_widget_add_css_class (value, "numeric");
      gtk_widget_add_css_class (value, "dim-label");
      gtk_box_append (GTK_BOX (line), name);
      gtk_box_append (GTK_BOX (line), value);

      /* One colour for all three: the bars compare shares, they do not
       * grade them. */
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);

      gtk_box_append (GTK_BOX (box), line);
      gtk_box_append (GTK_BOX (box), bar);
      gtk_widget_set_parent (box, GTK_WIDGET (self));

      self->names[role] = GTK_LABEL (name);
      self->values[role] = GTK_LABEL (value);
      self->bars[role] = GTK_LEVEL_BAR (bar);
    }

  update (self);
}

void
cr_scores_set_result (CrScores *self,
                      CrResult *result)
{
  g_return_if_fail (CR_IS_SCORES (self));

  if (result == self->result)
    return;

  g_clear_pointer (&self->result, cr_result_unref);
  if (result != NULL)
    self->result = cr_result_ref (result);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}
