// SPDX-License-Identifier: MIT
#include "httpserverresponse.h"

#include "httpparserinclude.h"

namespace Pactbench {

HttpServerResponse HttpServerResponse::text(int status, const QString &text)
{
    HttpServerResponse r;
    r.status = status;
    r.headers.append(QStringLiteral("Content-Type"), QStringLiteral("text/plain; charset=utf-8"));
    r.body = text.toUtf8();
    return r;
}

QByteArray HttpServerResponse::standardReason(int status)
{
    const char *reason = http_status_str(static_cast<enum http_status>(status));
    if (!reason || reason[0] == '<')
        return QByteArrayLiteral("Unknown");
    return QByteArray::fromRawData(reason, qsizetype(qstrlen(reason)));
}

} // namespace Pactbench
