/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cr-application.h"

G_BEGIN_DECLS

void cr_language_menu_install (CrApplication *application);
void cr_language_menu_fill    (GMenu         *section);

G_END_DECLS
