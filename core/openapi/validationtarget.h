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

#include <cstring>

// valijson's RapidJSON adapter looks a property up through a probe of an empty object (`MemberBegin() + 1`
// on a null pointer: undefined behaviour, which UBSan reports on every lookup) and then FindMember on a C
// string (which stops at a NUL inside a key). This specialization, seen before any use, scans the members
// comparing lengths and bytes.
template<>
inline valijson::adapters::GenericRapidJsonObject<rapidjson::Value>::iterator
valijson::adapters::GenericRapidJsonObject<rapidjson::Value>::find(const std::string &propertyName) const
{
    for (auto member = m_value.MemberBegin(); member != m_value.MemberEnd(); ++member) {
        const rapidjson::SizeType length = member->name.GetStringLength();
        if (length == propertyName.size() && std::memcmp(member->name.GetString(), propertyName.data(), length) == 0)
            return member;
    }
    return m_value.MemberEnd();
}

namespace Pactbench::OpenApi::detail {

/// `value` into `out`. A number with no fraction that fits 64 bits becomes an integer, any other a double
/// (the same numbers the Qt adapter gave valijson). Objects keep their key order. False when a key holds a
/// NUL: valijson's RapidJSON adapter reads member names as C strings, so such a value must be validated
/// through the Qt adapter instead (`out` is then unusable).
bool toValidationTarget(const QJsonValue &value, rapidjson::Document *out);

} // namespace Pactbench::OpenApi::detail
