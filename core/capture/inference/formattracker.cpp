// SPDX-License-Identifier: MIT
// The format all strings of a place share, and the matcher for it (Java DateTimeFormatter patterns).
#include "formats.h"
#include "textscan.h"

#include <QJsonObject>

namespace Pactbench::Inference::detail {

bool FormatTracker::readDateTime(QStringView s, DateTimeShape *shape)
{
    qsizetype pos = 0;
    if (!isDateAt(s, pos) || pos >= s.size() || (s.at(pos) != u'T' && s.at(pos) != u' '))
        return false;
    shape->separator = s.at(pos++);
    if (!isTimeAt(s, pos, &shape->seconds))
        return false;
    shape->fraction = 0;
    if (shape->seconds && pos < s.size() && s.at(pos) == u'.') {
        ++pos;
        while (pos < s.size() && isAsciiDigit(s.at(pos)) && shape->fraction < 10) {
            ++pos;
            ++shape->fraction;
        }
        if (shape->fraction == 0 || shape->fraction > 9)
            return false;
    }
    using Z = DateTimeShape::Zone;
    if (pos == s.size()) {
        shape->zone = Z::None;
        return true;
    }
    if (s.at(pos) == u'Z') {
        shape->zone = Z::Z;
        return pos + 1 == s.size();
    }
    if (s.at(pos) != u'+' && s.at(pos) != u'-')
        return false;
    ++pos;
    if (!digits(s, pos, 2))
        return false;
    if (pos == s.size()) {
        shape->zone = Z::Hours;
        return true;
    }
    shape->zone = literal(s, pos, u':') ? Z::Colon : Z::NoColon;
    return digits(s, pos, 2) && pos == s.size();
}

FormatTracker::Format FormatTracker::classify(QStringView s, DateTimeShape *shape) const
{
    if (s.size() == 36 && isUuid(s))
        return Format::Uuid;
    qsizetype pos = 0;
    if (s.size() == 10 && isDateAt(s, pos))
        return Format::Date;
    if (s.size() >= 16 && readDateTime(s, shape))
        return Format::DateTime;
    bool seconds = false;
    pos = 0;
    if ((s.size() == 5 || s.size() == 8) && isTimeAt(s, pos, &seconds) && pos == s.size()) {
        shape->seconds = seconds;
        return Format::Time;
    }
    if (isEmail(s))
        return Format::Email;
    if (isUrl(s))
        return Format::Url;
    return Format::None;
}

void FormatTracker::mergeDateTime(const DateTimeShape &s)
{
    using Z = DateTimeShape::Zone;
    if (s.separator != m_shape.separator || s.seconds != m_shape.seconds || s.fraction != m_shape.fraction)
        m_regularPattern = false;
    if (s.zone == m_shape.zone)
        return;
    const bool zAndOffset = (s.zone == Z::Z && (m_shape.zone == Z::Colon || m_shape.zone == Z::NoColon))
        || (m_shape.zone == Z::Z && (s.zone == Z::Colon || s.zone == Z::NoColon));
    if (zAndOffset)
        m_shape.zone = s.zone == Z::Z ? m_shape.zone : s.zone;
    else
        m_regularPattern = false;
}

void FormatTracker::add(QStringView s)
{
    if (m_format == Format::None)
        return;
    DateTimeShape shape;
    const Format f = classify(s, &shape);
    if (m_format == Format::Unknown) {
        m_format = f;
        m_shape = shape;
        return;
    }
    if (f != m_format) {
        m_format = Format::None;
        return;
    }
    if (f == Format::DateTime)
        mergeDateTime(shape);
    if (f == Format::Time && shape.seconds != m_shape.seconds)
        m_format = Format::None;
}

Matcher FormatTracker::matcher() const
{
    auto regex = [](const QString &r) { return Matcher{QStringLiteral("regex"), QJsonObject{{QStringLiteral("regex"), r}}}; };
    auto dated = [](const char *type, const QString &format) {
        return Matcher{QString::fromLatin1(type), QJsonObject{{QStringLiteral("format"), format}}};
    };
    switch (m_format) {
    case Format::Uuid:
        return regex(uuidRegex());
    case Format::Email:
        return regex(emailRegex());
    case Format::Url:
        return regex(urlRegex());
    case Format::Date:
        return dated("date", QStringLiteral("yyyy-MM-dd"));
    case Format::Time:
        return dated("time", m_shape.seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    case Format::DateTime:
        break;
    default:
        return {};
    }
    if (!m_regularPattern)
        return regex(isoDateTimeRegex());
    using Z = DateTimeShape::Zone;
    QString f = QStringLiteral("yyyy-MM-dd");
    f += m_shape.separator == u'T' ? QStringLiteral("'T'") : QStringLiteral(" ");
    f += m_shape.seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    if (m_shape.fraction > 0)
        f += u'.' + QString(m_shape.fraction, u'S');
    if (m_shape.zone == Z::Z || m_shape.zone == Z::Colon)
        f += QStringLiteral("XXX");
    else if (m_shape.zone == Z::NoColon)
        f += QStringLiteral("XX");
    else if (m_shape.zone == Z::Hours)
        f += QStringLiteral("X");
    return dated("timestamp", f);
}

QString FormatTracker::describe() const
{
    switch (m_format) {
    case Format::Uuid:
        return QStringLiteral("a UUID");
    case Format::Email:
        return QStringLiteral("an email address");
    case Format::Url:
        return QStringLiteral("an http(s) URL");
    case Format::Date:
        return QStringLiteral("an ISO 8601 date");
    case Format::Time:
        return QStringLiteral("a time of day");
    case Format::DateTime:
        return QStringLiteral("an ISO 8601 date-time");
    default:
        return {};
    }
}

} // namespace Pactbench::Inference::detail
