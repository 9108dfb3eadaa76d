// SPDX-License-Identifier: MIT
// Rules on bytes, lists and maps; rule groups; content-type sniffing; semantic versions.
#include "valuematchers.h"

#include "regexcache.h"

#include <core/model/body.h>

namespace Pactbench::detail {

namespace {

using T = Rule::Type;

QString forMismatch(const QStringList &items)
{
    QJsonArray a;
    for (const QString &s : items)
        a.append(s);
    return compactJson(a);
}

} // namespace

Verdict matchBytes(const Rule &r, const QByteArray &e, const QByteArray &a, bool cascaded)
{
    switch (r.type) {
    case T::Invalid:
        return r.error;
    case T::Regex:
        return regexCheck(r, QString::fromUtf8(a), u'\'' + QString::fromUtf8(a) + u'\'');
    case T::Equality:
        if (e == a)
            return {};
        return QStringLiteral("Expected '%1...' (%2 bytes) to be equal to '%3...' (%4 bytes)")
            .arg(QString::fromLatin1(e.left(10).toHex())).arg(e.size())
            .arg(QString::fromLatin1(a.left(10).toHex())).arg(a.size());
    case T::Type:
    case T::MinType:
    case T::MaxType:
    case T::MinMaxType:
        return {};
    case T::Include:
        if (QString::fromUtf8(a).contains(r.text))
            return {};
        return QStringLiteral("Expected '%1' to include '%2'").arg(QString::fromUtf8(a), r.text);
    case T::ContentType:
        return matchContentType(a, r.text);
    case T::NotEmpty:
        if (!a.isEmpty())
            return {};
        return QStringLiteral("Expected [] (0 bytes) to not be empty");
    default:
        if (!cascaded || r.canCascade())
            return QStringLiteral("Unable to match '%1...' (%2 bytes) using %3")
                .arg(QString::fromLatin1(a.left(10).toHex())).arg(a.size()).arg(r.debugName());
        return {};
    }
}

Verdict matchList(const Rule &r, const QStringList &e, const QStringList &a, bool cascaded, bool showTypes)
{
    const QString shown = u'[' + a.join(QStringLiteral(", ")) + u']';
    const bool checkMin = r.type == T::MinType || r.type == T::MinMaxType;
    const bool checkMax = r.type == T::MaxType || r.type == T::MinMaxType;
    switch (r.type) {
    case T::Invalid:
        return r.error;
    case T::MinType:
    case T::MaxType:
    case T::MinMaxType:
        if (!cascaded && checkMin && a.size() < r.min)
            return QStringLiteral("Expected %1 (size %2) to have minimum size of %3").arg(shown).arg(a.size()).arg(r.min);
        if (!cascaded && checkMax && a.size() > r.max)
            return QStringLiteral("Expected %1 (size %2) to have maximum size of %3").arg(shown).arg(a.size()).arg(r.max);
        return {};
    case T::Equality:
        if (e == a)
            return {};
        return QStringLiteral("Expected %1 to be equal to %2").arg(forMismatch(a), forMismatch(e));
    case T::NotEmpty:
        if (!a.isEmpty())
            return {};
        return QStringLiteral("Expected %1 to not be empty").arg(showType(forMismatch(a), QStringLiteral("Array"), showTypes));
    case T::Null:
    case T::StatusCode:
    case T::Plugin:
        return QStringLiteral("Unable to match %1 using %2").arg(forMismatch(a), r.debugName());
    default:
        return {};
    }
}

Verdict matchListLazy(const Rule &r, qsizetype expectedSize, qsizetype actualSize,
                      const std::function<QStringList(bool actual)> &items, bool cascaded, bool showTypes)
{
    const bool checkMin = r.type == T::MinType || r.type == T::MinMaxType;
    const bool checkMax = r.type == T::MaxType || r.type == T::MinMaxType;
    switch (r.type) {
    case T::MinType:
    case T::MaxType:
    case T::MinMaxType:
        if ((!cascaded && checkMin && actualSize < r.min) || (!cascaded && checkMax && actualSize > r.max))
            break;
        return {};
    case T::NotEmpty:
        if (actualSize > 0)
            return {};
        break;
    case T::Invalid:
    case T::Equality:
    case T::Null:
    case T::StatusCode:
    case T::Plugin:
        break;
    default:
        return {};
    }
    Q_UNUSED(expectedSize)
    return matchList(r, items(false), items(true), cascaded, showTypes);
}

Verdict matchMap(const Rule &r, const JsonItem &expected, const JsonItem &actual, bool cascaded)
{
    const QJsonObject a = actual.value.toObject();
    const auto shown = [&actual] {
        return debugMap(actual);
    };
    const bool checkMin = r.type == T::MinType || r.type == T::MinMaxType;
    const bool checkMax = r.type == T::MaxType || r.type == T::MinMaxType;
    switch (r.type) {
    case T::Invalid:
        return r.error;
    case T::Regex:
    case T::Type:
    case T::ArrayContains:
    case T::EachKey:
    case T::EachValue:
    case T::Values:
        return {};
    case T::MinType:
    case T::MaxType:
    case T::MinMaxType:
        if (!cascaded && checkMin && a.size() < r.min)
            return QStringLiteral("Expected %1 (size %2) to have minimum size of %3").arg(shown()).arg(a.size()).arg(r.min);
        if (!cascaded && checkMax && a.size() > r.max)
            return QStringLiteral("Expected %1 (size %2) to have maximum size of %3").arg(shown()).arg(a.size()).arg(r.max);
        return {};
    case T::Equality:
        if (sameJson(expected, actual))
            return {};
        return QStringLiteral("Expected %1 to be equal to %2").arg(shown(), debugMap(expected));
    case T::NotEmpty:
        if (!a.isEmpty())
            return {};
        return QStringLiteral("Expected %1 (Map) to not be empty").arg(shown());
    default:
        return QStringLiteral("Unable to match %1 using %2").arg(shown(), r.debugName());
    }
}

QStringList matchGroup(const RuleGroup &group, const ValuePath &path, const std::function<Verdict(const Rule &)> &one)
{
    if (group.isEmpty())
        return {QStringLiteral("No matcher found for path '%1'").arg(pathToString(path))};
    QStringList failures;
    bool anyOk = false;
    for (const Rule &r : group.rules) {
        const Verdict v = one(r);
        if (v)
            failures.append(*v);
        else
            anyOk = true;
    }
    if (group.logic == RuleLogic::Or && anyOk)
        return {};
    return failures;
}

namespace {

QString magicType(const QByteArray &d)
{
    static const QList<QPair<QByteArray, QString>> magic{
        {QByteArray("\x89PNG\r\n\x1a\n", 8), QStringLiteral("image/png")},
        {QByteArray("\xff\xd8\xff", 3), QStringLiteral("image/jpeg")},
        {QByteArray("GIF8"), QStringLiteral("image/gif")},
        {QByteArray("%PDF"), QStringLiteral("application/pdf")},
        {QByteArray("PK\x03\x04", 4), QStringLiteral("application/zip")},
        {QByteArray("\x1f\x8b", 2), QStringLiteral("application/gzip")},
        {QByteArray("BM"), QStringLiteral("image/bmp")},
        {QByteArray("II*\x00", 4), QStringLiteral("image/tiff")},
        {QByteArray("MM\x00*", 4), QStringLiteral("image/tiff")},
        {QByteArray("ID3"), QStringLiteral("audio/mpeg")},
        {QByteArray("OggS"), QStringLiteral("audio/ogg")},
        {QByteArray("\x00\x00\x01\x00", 4), QStringLiteral("image/x-icon")},
        {QByteArray("wOFF"), QStringLiteral("font/woff")},
        {QByteArray("wOF2"), QStringLiteral("font/woff2")},
        {QByteArray("\x7f" "ELF", 4), QStringLiteral("application/x-executable")},
    };
    if (d.size() >= 12 && d.startsWith("RIFF") && d.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    for (const auto &[bytes, type] : magic) {
        if (d.startsWith(bytes))
            return type;
    }
    return {};
}

} // namespace

Verdict matchContentType(const QByteArray &data, const QString &expected)
{
    QString detected = magicType(data);
    if (detected.isEmpty()) {
        const QString text = QString::fromUtf8(data);
        const bool isText = !data.contains('\0') && text.toUtf8() == data;
        detected = isText ? QStringLiteral("text/plain") : QStringLiteral("application/octet-stream");
    }
    if (detected == expected)
        return {};
    if (detected == u"text/plain") {
        const QString sniffed = detectContentType(data);
        if (baseMediaType(sniffed) == baseMediaType(expected) && !expected.contains(u';'))
            return {};
        detected = sniffed;
    }
    return QStringLiteral("Expected binary contents to have content type '%1' but detected contents was '%2'")
        .arg(expected, detected);
}

QString semverError(const QString &text)
{
    static const QString pattern = QStringLiteral(
        "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    if (RegexCache::instance().matchesWhole(pattern, text))
        return {};
    if (text.isEmpty())
        return QStringLiteral("empty string, expected a semver version");
    return QStringLiteral("unexpected character or missing part in version");
}

} // namespace Pactbench::detail
