// SPDX-License-Identifier: MIT
#include "curlcommand.h"

#include <QStringDecoder>
#include <QStringList>

namespace Pactbench {

namespace {

bool isSafe(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || QStringView(u"-_./:=@%+,").contains(c);
}

bool computedByCurl(const QString &name)
{
    static const QStringList names{ QStringLiteral("host"), QStringLiteral("content-length"),
        QStringLiteral("transfer-encoding"), QStringLiteral("connection") };
    return names.contains(name.toLower());
}

/// The body as UTF-8 text, or a null string when it is not text.
QString utf8Text(const QByteArray &body)
{
    if (body.contains('\0'))
        return {};
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(body);
    return decoder.hasError() ? QString() : text;
}

/// A printf format that prints exactly `bytes`: letters and digits as they are, every other byte as \xNN.
QString printfFormat(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 4 + 2);
    out += u'\'';
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
    }
    return out + u'\'';
}

/// curl sends GET, or POST with a body, by itself; any other combination needs -X.
bool needsMethodOption(const QString &method, bool hasBody)
{
    return hasBody ? method != u"POST" : method != u"GET";
}

QString urlOf(const CurlRequest &request)
{
    QString base = request.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + (request.target.startsWith(u'/') ? request.target : u'/' + request.target);
}

} // namespace

QString shellQuote(const QString &word)
{
    if (!word.isEmpty() && std::all_of(word.begin(), word.end(), isSafe))
        return word;
    QString out = word;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

QString curlCommand(const CurlRequest &request)
{
    QStringList words{ QStringLiteral("curl") };
    if (request.baseUrl.scheme() == u"https")
        words << QStringLiteral("-k");
    if (request.method == u"HEAD")
        words << QStringLiteral("--head");
    else if (needsMethodOption(request.method, !request.body.isEmpty()))
        words << QStringLiteral("-X") << shellQuote(request.method);
    for (const auto &[name, value] : request.headers.entries()) {
        if (!computedByCurl(name))
            words << QStringLiteral("-H") << shellQuote(name + QStringLiteral(": ") + value);
    }
    QString prefix;
    if (!request.body.isEmpty()) {
        // curl would add "Content-Type: application/x-www-form-urlencoded"; an empty -H suppresses it.
        if (!request.headers.contains(QStringLiteral("Content-Type")))
            words << QStringLiteral("-H") << QStringLiteral("'Content-Type:'");
        const QString text = utf8Text(request.body);
        if (text.isNull()) // NUL bytes cannot be arguments: the body comes from printf on stdin
            prefix = QStringLiteral("printf ") + printfFormat(request.body) + QStringLiteral(" | ");
        words << (text.isNull() ? QStringLiteral("--data-binary @-")
                                : QStringLiteral("--data-raw ") + shellQuote(text));
    }
    words << shellQuote(urlOf(request));
    QString out = prefix + words.join(u' ');
    if (request.bodyTruncated)
        out += QStringLiteral("  # body truncated");
    return out;
}

} // namespace Pactbench
