/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cr-fuzz.h: the libFuzzer entry point, shared with the corpus replay test */
#pragma once

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
