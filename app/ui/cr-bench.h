/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*CrBenchOpenRoster) (GtkWindow *window,
                                   GFile     *file);

void     cr_bench_watch_first_frame (GtkWindow         *window);
gboolean cr_bench_open_roster       (GtkWindow         *window,
                                     GFile             *file,
                                     CrBenchOpenRoster  open);

G_END_DECLS
