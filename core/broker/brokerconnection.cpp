// SPDX-License-Identifier: MIT
#include "brokerconnection.h"

#include <QStringList>

#include <algorithm>

namespace Pactbench {

BrokerConnection::Auth BrokerConnection::authFor(const QString &username, const QString &token)
{
    if (!token.isEmpty())
        return Auth::Bearer;
    return username.isEmpty() ? Auth::None : Auth::Basic;
}

QString BrokerConnection::describeAuth() const
{
    switch (auth) {
    case Auth::None:
        return QStringLiteral("no credentials");
    case Auth::Basic:
        return QStringLiteral("basic auth (username and password)");
    case Auth::Bearer:
        return QStringLiteral("a bearer token");
    }
    return {};
}

QByteArray BrokerConnection::authorizationHeader() const
{
    switch (auth) {
    case Auth::None:
        return {};
    case Auth::Basic:
        return "Basic " + QString(username + u':' + password).toUtf8().toBase64();
    case Auth::Bearer:
        return "Bearer " + token.toUtf8();
    }
    return {};
}

QStringList BrokerConnection::secrets() const
{
    QStringList s;
    for (const QString &v : {password, token, baseUrl.password()}) {
        if (!v.isEmpty())
            s << v;
    }
    if (auth == Auth::Basic && !authorizationHeader().isEmpty())
        s << QString::fromLatin1(authorizationHeader().mid(6));
    return s;
}

bool BrokerConnection::isValidHeader(const QByteArray &name, const QByteArray &value, QString *problem)
{
    static const QByteArray separators = "\"(),/:;<=>?@[\\]{}";
    const bool tokenName = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](char c) {
        return c > 0x20 && c < 0x7f && !separators.contains(c);
    });
    if (!tokenName) {
        *problem = name.isEmpty() ? QStringLiteral("the header name is empty")
                                  : u"'"_qs + QString::fromUtf8(name) + u"' is not a valid header name"_qs;
        return false;
    }
    if (value.contains('\r') || value.contains('\n') || value.contains('\0')) {
        *problem = u"the value of header '"_qs + QString::fromLatin1(name) + u"' contains a line break or NUL"_qs;
        return false;
    }
    return true;
}

QString BrokerConnection::displayBaseUrl() const
{
    return baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace Pactbench
