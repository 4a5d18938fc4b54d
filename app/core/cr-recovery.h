/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-recovery.h: a file's changes kept beside it when the app has to end */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFile     *cr_recovery_file_for   (GFile       *file);
gboolean   cr_recovery_write      (GFile       *file,
                                   const char  *data,
                                   gsize        length,
                                   GError     **error);
gboolean   cr_recovery_discard    (GFile       *file,
                                   GError     **error);
GDateTime *cr_recovery_dup_time   (GFile       *file);

G_END_DECLS
