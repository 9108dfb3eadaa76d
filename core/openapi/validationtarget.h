// SPDX-License-Identifier: MIT
#pragma once

// The value a compiled schema checks, copied once into RapidJSON's compact form for valijson's RapidJSON
// adapter. Validating a QJsonValue through valijson's Qt adapter converted every key to UTF-8 and copied a
// QJsonValue at each step: about 600 instructions per byte of body, a fifth of `pactbench-cli openapi`.

#include <QJsonValue>

namespace Pactbench::OpenApi::detail {
/// What RapidJSON's assertions do here: throw std::logic_error naming the failed condition.
[[noreturn]] void rapidJsonAssertionFailed(const char *condition);
} // namespace Pactbench::OpenApi::detail

// RapidJSON checks its callers with RAPIDJSON_ASSERT on every access. valijson's adapter header would
// define it to build a std::string of __FILE__ on each call, passed or not: a third of the validation's
// time went to those allocations. Ours costs a test. The header's #warning about an existing definition
// is expected: the files including this one are compiled with -Wno-cpp (CMakeLists.txt).
#define RAPIDJSON_ASSERT(x) (static_cast<bool>(x) ? void() : ::Pactbench::OpenApi::detail::rapidJsonAssertionFailed(#x))
#include <valijson/adapters/rapidjson_adapter.hpp>

#include <rapidjson/document.h>

namespace Pactbench::OpenApi::detail {

/// `value` into `out`. A number with no fraction that fits 64 bits becomes an integer, any other a double
/// (the same numbers the Qt adapter gave valijson). Objects keep their key order.
void toValidationTarget(const QJsonValue &value, rapidjson::Document *out);

} // namespace Pactbench::OpenApi::detail
