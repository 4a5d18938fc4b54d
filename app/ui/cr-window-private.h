/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-window-private.h: what cr-window.c and cr-window-actions.c share */
#pragma once

#include "cr-window.h"

G_BEGIN_DECLS

typedef enum
{
  CR_PAGE_KIND_WELCOME,
  CR_PAGE_KIND_QUESTION,
  CR_PAGE_KIND_RESULT,
} CrPageKind;

/* One page of the window: what it is, and its widget once built. */
typedef struct
{
  CrPageKind  kind;
  /* For a question page, the question's index. */
  guint       question;
  GtkWidget  *widget;
} CrPageSpec;

struct _CrWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkWidget *back_button;
  GtkMenuButton *menu_button;
  GtkStack *stack;

  CrSession *session;
  GSettings *settings;

  /* The pages, in the order the wizard walks them: the table every
   * navigation goes through. */
  GArray *pages;
  /* The index in pages of the page shown. */
  guint page;

  /* "Save Changes?" while it is shown; whether it was answered, and
   * whether to close (Save and the file written, or Discard); the GTasks of cr_window_ask_to_close()
   * waiting for the answer. */
  AdwDialog *close_dialog;
  gboolean close_answered;
  gboolean close_confirmed;
  GPtrArray *close_tasks;
  /* gtk_application_inhibit()'s, while the session's end waits for the
   * changes. */
  guint inhibit_cookie;
};

/* cr-window.c */
const CrPageSpec *cr_window_get_page_spec   (CrWindow   *self,
                                             guint       index);
guint             cr_window_find_page       (CrWindow   *self,
                                             CrPageKind  kind,
                                             guint       question);
void              cr_window_show_page       (CrWindow   *self,
                                             guint       index,
                                             gboolean    animate);
guint             cr_window_first_open_page (CrWindow   *self);
void              cr_window_set_session     (CrWindow   *self,
                                             CrSession  *session);

/* cr-window-actions.c */
void              cr_window_class_init_actions (GtkWidgetClass *widget_class);
void              cr_window_init_actions       (CrWindow       *self);
void              cr_window_update_actions     (CrWindow       *self);

G_END_DECLS
