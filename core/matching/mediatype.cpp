// SPDX-License-Identifier: MIT
#include "partmatchers.h"

#include "regexcache.h"

namespace Pactbench::detail {

MediaType MediaType::parse(const QString &text)
{
    MediaType t;
    const QStringList parts = text.split(u';');
    const QString essence = parts.value(0).trimmed().toLower();
    const qsizetype slash = essence.indexOf(u'/');
    if (slash <= 0 || slash == essence.size() - 1)
        return t;
    t.main = essence.left(slash);
    QString sub = essence.mid(slash + 1);
    const qsizetype plus = sub.indexOf(u'+');
    if (plus > 0) {
        t.suffix = sub.mid(plus + 1);
        sub = sub.left(plus);
    }
    t.sub = sub;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString p = parts.at(i).trimmed();
        const qsizetype eq = p.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString name = p.left(eq).trimmed().toLower();
        QString value = p.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        t.params.insert(name, name == u"charset" ? value.toLower() : value);
    }
    return t;
}

bool MediaType::isJson() const
{
    return main == u"application" && (sub.startsWith(u"json") || suffix == u"json" || sub == u"graphql");
}

bool MediaType::isXml() const
{
    return (main == u"application" || main == u"text") && (sub == u"xml" || suffix == u"xml");
}

bool MediaType::isStrictXml() const
{
    return (main == u"application" || main == u"text") && sub == u"xml";
}

bool MediaType::isText() const
{
    return main == u"text" || isXml() || isJson() || isForm();
}

bool MediaType::isBinary() const
{
    if (main == u"audio" || main == u"font" || main == u"image" || main == u"video")
        return true;
    if (main == u"text")
        return false;
    return !isText();
}

MediaType MediaType::base() const
{
    MediaType t;
    t.main = main;
    t.sub = suffix.isEmpty() ? sub : suffix;
    return t;
}

bool MediaType::equivalentTo(const MediaType &other) const
{
    if (isStrictXml() && other.isStrictXml())
        return params.isEmpty() || params == other.params;
    if (params.isEmpty())
        return main == other.main && sub == other.sub;
    return *this == other;
}

QString MediaType::toString() const
{
    QString s = main + u'/' + sub;
    if (!suffix.isEmpty())
        s += u'+' + suffix;
    for (auto it = params.begin(); it != params.end(); ++it)
        s += u';' + it.key() + u'=' + it.value();
    return s;
}

namespace {

bool startsMatching(const QString &pattern, const QString &text)
{
    // The reference accepts a match that starts at 0, whatever follows.
    return RegexCache::instance().matchesWhole(pattern + QStringLiteral("[\\s\\S]*"), text);
}

} // namespace

MediaType detectMediaType(const QByteArray &bytes)
{
    const QString s = QString::fromUtf8(bytes);
    if (startsMatching(QStringLiteral("\\s*<\\?xml\\s*version.*"), s))
        return MediaType::parse(QStringLiteral("application/xml"));
    if (startsMatching(QStringLiteral("(?:\\s*<!DOCTYPE|<HTML>)"), s.toUpper()))
        return MediaType::parse(QStringLiteral("text/html"));
    if (startsMatching(QStringLiteral("\\s*<\\w+\\s*(?::\\w+=[\"”][^\"”]+[\"”])?.*"), s))
        return MediaType::parse(QStringLiteral("application/xml"));
    if (startsMatching(QStringLiteral("\\s*(?:true|false|null|[0-9]+|\"\\w*|\\{\\s*(?:}|\"\\w+)|\\[\\s*)"), s))
        return MediaType::parse(QStringLiteral("application/json"));
    return MediaType::parse(QStringLiteral("text/plain"));
}

MediaType bodyMediaType(const Body &body, const QString &headerType)
{
    if (!body.contentType.isEmpty())
        return MediaType::parse(body.contentType);
    if (!headerType.isEmpty())
        return MediaType::parse(headerType);
    if (body.state != Body::State::Present)
        return {};
    if (body.encoding == Body::Encoding::Json && !body.json.isString())
        return MediaType::parse(QStringLiteral("application/json"));
    if (body.encoding == Body::Encoding::Base64)
        return MediaType::parse(QStringLiteral("application/octet-stream"));
    return detectMediaType(body.content());
}

} // namespace Pactbench::detail
