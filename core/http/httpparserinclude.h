// SPDX-License-Identifier: MIT
#pragma once
// Private to core/http: the one place that includes Debian's libhttp-parser header, with its
// warnings kept out of ours. Never include this from a public header.

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include <http_parser.h>
#pragma GCC diagnostic pop
