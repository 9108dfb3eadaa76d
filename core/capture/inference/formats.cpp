// SPDX-License-Identifier: MIT
// Recognising the format of recorded strings: UUIDs, ISO dates and times, emails, URLs, codes.
#include "formats.h"
#include "textscan.h"

namespace Pactbench::Inference::detail {

QString uuidRegex()
{
    return QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
}
QString emailRegex()
{
    return QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
}
QString urlRegex()
{
    return QStringLiteral("^https?://[^\\s/?#]+([/?#]\\S*)?$");
}
QString isoDateTimeRegex()
{
    return QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$");
}
QString integerTextRegex()
{
    return QStringLiteral("^-?[0-9]+$");
}
QString decimalTextRegex()
{
    return QStringLiteral("^-?[0-9]+\\.[0-9]+$");
}
QString numberTextRegex()
{
    return QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$");
}

bool isUuid(QStringView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s.at(i) != u'-' : !isHex(s.at(i)))
            return false;
    }
    return true;
}

bool isEmail(QStringView s)
{
    const qsizetype at = s.indexOf(u'@');
    if (at <= 0 || at != s.lastIndexOf(u'@'))
        return false;
    for (QChar c : s.first(at)) {
        if (!isAsciiDigit(c) && !isAsciiLetter(c) && !QStringView(u"._%+-").contains(c))
            return false;
    }
    const QStringView domain = s.sliced(at + 1);
    const qsizetype lastDot = domain.lastIndexOf(u'.');
    if (lastDot <= 0 || domain.size() - lastDot - 1 < 2)
        return false;
    for (qsizetype i = 0; i < domain.size(); ++i) {
        const QChar c = domain.at(i);
        if (i > lastDot ? !isAsciiLetter(c) : !(isDomainLabelChar(c) || (c == u'.' && i > 0 && domain.at(i - 1) != u'.')))
            return false;
    }
    return domain.at(lastDot - 1) != u'.';
}

bool isUrl(QStringView s)
{
    qsizetype pos = 0;
    if (s.startsWith(u"https://"))
        pos = 8;
    else if (s.startsWith(u"http://"))
        pos = 7;
    else
        return false;
    if (pos >= s.size() || QStringView(u"/?#").contains(s.at(pos)))
        return false;
    for (QChar c : s.sliced(pos)) {
        if (c.isSpace())
            return false;
    }
    return true;
}

bool isIntegerText(QStringView s)
{
    if (s.startsWith(u'-'))
        s = s.sliced(1);
    qsizetype pos = 0;
    return !s.isEmpty() && s.size() <= 18 && digits(s, pos, int(s.size()));
}

bool isDecimalText(QStringView s)
{
    const qsizetype dot = s.indexOf(u'.');
    return dot > 0 && isIntegerText(s.first(dot)) && dot + 1 < s.size() && isIntegerText(s.sliced(dot + 1))
        && s.at(dot + 1) != u'-';
}

bool isIdLike(QStringView s)
{
    if (s.isEmpty())
        return false;
    qsizetype pos = 0;
    if (digits(s, pos, int(s.size())))
        return true;
    if (isUuid(s))
        return true;
    bool anyDigit = false;
    for (QChar c : s) {
        if (!isHex(c))
            return false;
        anyDigit = anyDigit || isAsciiDigit(c);
    }
    return s.size() >= 16 && anyDigit;
}

bool isCodeLike(QStringView s)
{
    if (s.isEmpty() || s.size() > 40)
        return false;
    for (QChar c : s) {
        if (!isAsciiDigit(c) && !isAsciiLetter(c) && !QStringView(u"_.:/+-").contains(c))
            return false;
    }
    return true;
}

QString escapeRegex(QStringView s)
{
    QString out;
    out.reserve(s.size() + 4);
    for (QChar c : s) {
        if (QStringView(u"\\.+*?()|[]{}^$").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

bool isIdName(QStringView key)
{
    if (key.compare(u"id", Qt::CaseInsensitive) == 0 || key.compare(u"uuid", Qt::CaseInsensitive) == 0
        || key.compare(u"guid", Qt::CaseInsensitive) == 0)
        return true;
    return key.endsWith(u"Id") || key.endsWith(u"ID") || key.endsWith(u"_id", Qt::CaseInsensitive)
        || key.endsWith(u"-id", Qt::CaseInsensitive) || key.endsWith(u"Uuid");
}

bool isEnumName(QStringView key)
{
    static const QStringView exact[] = {u"type", u"kind", u"status", u"state", u"version", u"currency", u"unit",
                                        u"locale", u"language", u"lang", u"country", u"role", u"mode", u"level"};
    for (QStringView e : exact) {
        if (key.compare(e, Qt::CaseInsensitive) == 0)
            return true;
    }
    static const QStringView suffixes[] = {u"type", u"kind", u"status", u"state", u"currency"};
    for (QStringView e : suffixes) {
        if (key.size() > e.size() && key.endsWith(e, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Pactbench::Inference::detail
