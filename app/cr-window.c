/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "cr-window.h"

struct _CrWindow
{
  AdwApplicationWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (CrWindow, cr_window, ADW_TYPE_APPLICATION_WINDOW)

static void
cr_window_class_init (CrWindowClass *klass)
{
}

static void
cr_window_init (CrWindow *self)
{
}

CrWindow *
cr_window_new (CrApplication *application)
{
  return g_object_new (CR_TYPE_WINDOW, "application", application, NULL);
}
