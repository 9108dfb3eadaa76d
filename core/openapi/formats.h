// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>

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

/// matchesFormat with the format looked up once, for a schema's `format` checked on many values.
class FormatMatcher
{
public:
    explicit FormatMatcher(const QString &format);
    /// Whether a string has the format (true when the format is not one for strings).
    bool matchesString(QStringView text) const { return !m_string || m_string(text); }
    /// Whether a number has the format (true when the format is not one for numbers).
    bool matchesNumber(double n) const;
    const QString &format() const { return m_format; }

private:
    QString m_format;
    std::function<bool(QStringView)> m_string;
};

} // namespace Pactbench::OpenApi
