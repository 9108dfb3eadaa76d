// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace Pactbench::OpenApi {

/**
 * Whether `value` has the JSON Schema / OpenAPI `format`, as AJV's formats ("full" mode, which
 * swagger-mock-validator uses) decide: date, time and date-time per RFC 3339 (a time needs its zone),
 * uuid, email, hostname, ipv4, ipv6, uri, uri-reference, duration, json-pointer, regex, byte (base64) for
 * strings; int32 and int64 (whole numbers in range), float and double for numbers. A format that does not
 * apply to the value's type, and an unknown format (password, binary, anything else), accept it.
 */
bool matchesFormat(const QString &format, const QJsonValue &value);

/// Whether the format is one matchesFormat checks for strings (so a string can be tested against it).
bool isStringFormat(const QString &format);

} // namespace Pactbench::OpenApi
