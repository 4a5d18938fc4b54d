/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-fuzz.h: the libFuzzer entry point, shared with the corpus replay
 * tests, and how a fuzzer says a contract was broken
 *
 * libFuzzer keeps the input of a run that aborts (SIGABRT), but not of one
 * that stops on a breakpoint (SIGTRAP), which is how g_error() and a fatal
 * critical end: a broken contract is said with cr_fuzz_fail(), and
 * cr_fuzz_init() makes every critical and warning abort the same way.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define cr_fuzz_fail(...) \
  G_STMT_START { \
    g_printerr ("fuzz: "); \
    g_printerr (__VA_ARGS__); \
    g_printerr ("\n"); \
    abort (); \
  } G_STMT_END

static inline void
cr_fuzz_log_handler (const char     *domain,
                     GLogLevelFlags  level,
                     const char     *message,
                     gpointer        user_data G_GNUC_UNUSED)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    cr_fuzz_fail ("%s: %s", domain != NULL ? domain : "(no domain)", message);
}

/* A critical (a failed precondition) or a warning is a bug, as in the
 * tests: it aborts. */
static inline void
cr_fuzz_init (void)
{
  g_log_set_default_handler (cr_fuzz_log_handler, NULL);
}
