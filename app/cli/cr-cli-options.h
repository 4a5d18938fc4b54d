/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void cr_cli_options_add    (GApplication  *application);
int  cr_cli_options_handle (GVariantDict  *options,
                            char         **arguments);

#define CR_TYPE_CLI_APPLICATION (cr_cli_application_get_type ())
G_DECLARE_FINAL_TYPE (CrCliApplication, cr_cli_application, CR, CLI_APPLICATION, GApplication)

GApplication *cr_cli_application_new (void);

G_END_DECLS
