// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/matchingrules.h>

#include <QString>

namespace Pactbench::Inference::detail {

/// Regexes the proposals use (anchored; the same syntax in Qt's and Rust's regex engines).
QString uuidRegex();
QString emailRegex();
QString urlRegex();
QString isoDateTimeRegex();
QString integerTextRegex();
QString decimalTextRegex();
QString numberTextRegex();

bool isUuid(QStringView s);
bool isEmail(QStringView s);
bool isUrl(QStringView s);
/// "123", "-7": what serde_json or a path segment would call an integer.
bool isIntegerText(QStringView s);
/// "1.5", "-0.25" (digits on both sides of one dot).
bool isDecimalText(QStringView s);
/// All digits, a UUID, or at least 16 hex digits with a digit among them: a path segment that names a record.
bool isIdLike(QStringView s);
/// A short token without blanks ("ACTIVE", "in_progress", "EUR", "v2"): a value that can be a code.
bool isCodeLike(QStringView s);
/// Backslash before every regex metacharacter.
QString escapeRegex(QStringView s);
/// Key names that hold ids ("id", "orderId", "order_id", "uuid"): never kept as constants.
bool isIdName(QStringView key);
/// Key names that usually hold an enum ("status", "type", "kind", "state", "currency", …).
bool isEnumName(QStringView key);

/**
 * The format every string seen so far has in common: a UUID, an ISO date, time or date-time (with
 * the Java DateTimeFormatter pattern that fits all of them), an email address or an http(s) URL.
 * Fed one string at a time; each string costs one scan of its characters.
 */
class FormatTracker
{
public:
    enum class Format { Unknown, Uuid, Date, Time, DateTime, Email, Url, None };

    void add(QStringView s);
    Format format() const { return m_format; }
    /// The matcher for the common format; empty type when there is none.
    Matcher matcher() const;
    /// "a UUID", "an ISO 8601 date-time", … for reasons.
    QString describe() const;

private:
    struct DateTimeShape
    {
        QChar separator; ///< 'T' or ' '
        bool seconds = false;
        int fraction = 0; ///< digits after the seconds' dot, -1 when they differ between samples
        enum class Zone { None, Z, Colon, NoColon, Hours, Mixed } zone = Zone::None;
    };
    static bool readDateTime(QStringView s, DateTimeShape *shape);
    void mergeDateTime(const DateTimeShape &s);
    Format classify(QStringView s, DateTimeShape *shape) const;

    Format m_format = Format::Unknown;
    DateTimeShape m_shape;
    bool m_regularPattern = true; ///< false when the date-times need the generic regex
};

} // namespace Pactbench::Inference::detail
