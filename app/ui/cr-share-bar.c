/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-share-bar.c: a role's share of 100 in a roster cell: a small bar and
 * its number
 *
 * To a screen reader the bar is a meter named after the role and its
 * share, "Influencer: 71 of 100", as the result page names its bars; the
 * number beside it, which says the same, is hidden from it.
 *
 * A verdict that is no role ("Neither, yet", or no verdict at all) gives
 * no shares: the cell is then empty, for the eye and the screen reader
 * alike, rather than showing a 0 that was never weighed.
 */
#include "config.h"

#include "cr-result-text.h"
#include "cr-share-bar.h"

struct _CrShareBar
{
  GtkWidget  parent_instance;

  GtkWidget *level_bar;
  GtkWidget *label;
  CrRole     role;
  guint      score;
  gboolean   has_share;
};

G_DEFINE_FINAL_TYPE (CrShareBar, cr_share_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SCORE,
  PROP_HAS_SHARE,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (CrShareBar *self)
{
  g_autofree char *name = cr_format_role_share (self->role, self->score);
  char number[16];

  g_snprintf (number, sizeof number, "%u", self->score);
  gtk_label_set_text (GTK_LABEL (self->label), number);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->level_bar), self->score);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_visible (self->level_bar, self->has_share);
  gtk_widget_set_visible (self->label, self->has_share);
}

static void
cr_share_bar_dispose (GObject *object)
{
  CrShareBar *self = CR_SHARE_BAR (object);

  g_clear_pointer (&self->level_bar, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (cr_share_bar_parent_class)->dispose (object);
}

static void
cr_share_bar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CrShareBar *self = CR_SHARE_BAR (object);

  switch (prop_id)
    {
    case PROP_SCORE:
      g_value_set_uint (value, self->score);
      break;

    case PROP_HAS_SHARE:
      g_value_set_boolean (value, self->has_share);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_share_bar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CrShareBar *self = CR_SHARE_BAR (object);

  switch (prop_id)
    {
    case PROP_SCORE:
      cr_share_bar_set_score (self, g_value_get_uint (value));
      break;

    case PROP_HAS_SHARE:
      cr_share_bar_set_has_share (self, g_value_get_boolean (value));
      break;

    case PROP_LANGUAGE:
      /* The role's name again, in the language now set. */
      update (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_share_bar_class_init (CrShareBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_share_bar_dispose;
  object_class->get_property = cr_share_bar_get_property;
  object_class->set_property = cr_share_bar_set_property;

  properties[PROP_SCORE] =
    g_param_spec_uint ("score", NULL, NULL, 0, 100, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CrShareBar:has-share:
   *
   * Whether the verdict gives the roles shares; the bar shows nothing
   * otherwise.
   */
  properties[PROP_HAS_SHARE] =
    g_param_spec_boolean ("has-share", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * CrShareBar:language:
   *
   * Set when the language switches: the bar names itself again.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cr-share-bar");
}

static void
cr_share_bar_init (CrShareBar *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  self->has_share = TRUE;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->level_bar = gtk_level_bar_new_for_interval (0, 100);
  gtk_widget_set_hexpand (self->level_bar, TRUE);
  gtk_widget_set_valign (self->level_bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (self->level_bar, 48, -1);
  /* The bars compare shares: no "low", "high" or "full" colours. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->level_bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->level_bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->level_bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_parent (self->level_bar, GTK_WIDGET (self));

  self->label = gtk_label_new ("0");
  gtk_label_set_width_chars (GTK_LABEL (self->label), 3);
  gtk_label_set_xalign (GTK_LABEL (self->label), 1);
  gtk_widget_add_css_class (self->label, "numeric");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
}

/**
 * cr_share_bar_new:
 * @role: the role whose share the bar shows
 */
GtkWidget *
cr_share_bar_new (CrRole role)
{
  CrShareBar *self;

  g_return_val_if_fail (role < CR_N_ROLES, NULL);

  self = g_object_new (CR_TYPE_SHARE_BAR, NULL);
  self->role = role;
  update (self);

  return GTK_WIDGET (self);
}

void
cr_share_bar_set_score (CrShareBar *self,
                        guint       score)
{
  g_return_if_fail (CR_IS_SHARE_BAR (self));

  score = MIN (score, 100);
  if (self->score == score)
    return;

  self->score = score;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

gboolean
cr_share_bar_get_has_share (CrShareBar *self)
{
  g_return_val_if_fail (CR_IS_SHARE_BAR (self), FALSE);

  return self->has_share;
}

void
cr_share_bar_set_has_share (CrShareBar *self,
                            gboolean    has_share)
{
  g_return_if_fail (CR_IS_SHARE_BAR (self));

  has_share = !!has_share;
  if (self->has_share == has_share)
    return;

  self->has_share = has_share;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SHARE]);
}

/**
 * cr_share_bar_get_level_bar:
 *
 * Returns: (transfer none): the bar, which screen readers see
 */
GtkWidget *
cr_share_bar_get_level_bar (CrShareBar *self)
{
  g_return_val_if_fail (CR_IS_SHARE_BAR (self), NULL);

  return self->level_bar;
}
