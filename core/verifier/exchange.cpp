// SPDX-License-Identifier: MIT
#include "exchange.h"

namespace Pactbench {

static QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

QString HttpExchange::toCurl() const
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"), method, shellQuote(url)};
    for (const auto &[name, value] : requestHeaders.entries())
        parts << QStringLiteral("-H") << shellQuote(name + QStringLiteral(": ") + value);
    if (!requestBody.isEmpty())
        parts << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(requestBody));
    // The answer to "accept-encoding: gzip,deflate" comes compressed: curl shows it decoded, as we compare it.
    const QString encodings = requestHeaders.values(QStringLiteral("Accept-Encoding")).join(u',');
    if (encodings.contains(u"gzip", Qt::CaseInsensitive) || encodings.contains(u"deflate", Qt::CaseInsensitive))
        parts << QStringLiteral("--compressed");
    return parts.join(u' ');
}

QString failureLabel(HttpExchange::Failure failure)
{
    switch (failure) {
    case HttpExchange::Failure::None:
        return QStringLiteral("ok");
    case HttpExchange::Failure::ConnectionRefused:
        return QStringLiteral("connection refused");
    case HttpExchange::Failure::HostNotFound:
        return QStringLiteral("host not found");
    case HttpExchange::Failure::Timeout:
        return QStringLiteral("timed out");
    case HttpExchange::Failure::Tls:
        return QStringLiteral("TLS error");
    case HttpExchange::Failure::Cancelled:
        return QStringLiteral("cancelled");
    case HttpExchange::Failure::Protocol:
        return QStringLiteral("not a valid HTTP response");
    case HttpExchange::Failure::TooLarge:
        return QStringLiteral("response too large");
    case HttpExchange::Failure::Other:
        break;
    }
    return QStringLiteral("request failed");
}

} // namespace Pactbench
