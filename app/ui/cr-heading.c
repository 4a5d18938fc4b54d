/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-heading.c: a heading that the keyboard focus can rest on
 *
 * A page's heading takes the focus when the page appears, so that a screen
 * reader reads it first and Tab goes on from it in reading order. GTK moves
 * the focus with Tab only through widgets that take it themselves: a
 * label takes it only when its text is selectable, and a focusable box
 * around it is skipped once the focus has left it, since GTK then looks
 * only at its children. This widget takes the focus itself, as a leaf
 * would, and is a heading to assistive technologies, named by its text.
 */
#include "config.h"

#include "cr-heading.h"

struct _CrHeading
{
  GtkWidget parent_instance;

  GtkLabel *label;
};

G_DEFINE_FINAL_TYPE (CrHeading, cr_heading, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The focus stops here once, and then moves on. */
static gboolean
cr_heading_focus (GtkWidget        *widget,
                  GtkDirectionType  direction G_GNUC_UNUSED)
{
  if (gtk_widget_is_focus (widget))
    return FALSE;

  return gtk_widget_grab_focus (widget);
}

static void
cr_heading_dispose (GObject *object)
{
  CrHeading *self = CR_HEADING (object);

  if (self->label != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->label)));

  G_OBJECT_CLASS (cr_heading_parent_class)->dispose (object);
}

static void
cr_heading_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CrHeading *self = CR_HEADING (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, cr_heading_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_heading_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CrHeading *self = CR_HEADING (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      cr_heading_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_heading_class_init (CrHeadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_heading_dispose;
  object_class->get_property = cr_heading_get_property;
  object_class->set_property = cr_heading_set_property;
  widget_class->focus = cr_heading_focus;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cr-heading");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_HEADING);
}

static void
cr_heading_init (CrHeading *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  /* Named by what it shows, once: the label itself is not a control. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->label, NULL,
                                  -1);
}

const char *
cr_heading_get_label (CrHeading *self)
{
  g_return_val_if_fail (CR_IS_HEADING (self), NULL);

  return gtk_label_get_text (self->label);
}

void
cr_heading_set_label (CrHeading  *self,
                      const char *label)
{
  g_return_if_fail (CR_IS_HEADING (self));

  if (g_strcmp0 (label, gtk_label_get_text (self->label)) == 0)
    return;

  gtk_label_set_text (self->label, label != NULL ? label : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * cr_heading_get_child:
 *
 * Returns: (transfer none): the label that shows the text, for styling
 */
GtkLabel *
cr_heading_get_child (CrHeading *self)
{
  g_return_val_if_fail (CR_IS_HEADING (self), NULL);

  return self->label;
}
