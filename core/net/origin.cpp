// SPDX-License-Identifier: MIT
#include "origin.h"

namespace Pactbench::Origin {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
}

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

} // namespace

bool same(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && !a.host().isEmpty()
        && effectivePort(a) == effectivePort(b);
}

Redirect redirect(const QUrl &origin, const QUrl &current, const QUrl &to)
{
    if (!to.isValid() || !isHttp(to) || to.host().isEmpty())
        return Redirect::Refuse;
    if (current.scheme().compare(u"https", Qt::CaseInsensitive) == 0
        && to.scheme().compare(u"http", Qt::CaseInsensitive) == 0)
        return Redirect::Refuse;
    return same(origin, to) ? Redirect::KeepCredentials : Redirect::DropCredentials;
}

QString display(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString display(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.isValid() && !parsed.host().isEmpty())
        return parsed.userInfo().isEmpty() ? url : display(parsed); // as given, unless it holds credentials
    const qsizetype scheme = url.indexOf(u"://");
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    const qsizetype slash = url.indexOf(u'/', start);
    const qsizetype at = url.lastIndexOf(u'@', slash < 0 ? -1 : slash);
    if (at < start)
        return url;
    return url.left(start) + u"***"_qs + url.mid(at);
}

QString redact(QString text, const QUrl &url)
{
    for (const QString &secret : { url.userInfo(QUrl::FullyEncoded), url.userInfo(QUrl::PrettyDecoded),
             url.password(QUrl::FullyEncoded), url.password(QUrl::FullyDecoded) }) {
        if (secret.size() >= 3) // shorter ones would garble every message and protect nothing
            text.replace(secret, QStringLiteral("***"));
    }
    return text;
}

} // namespace Pactbench::Origin
