// SPDX-License-Identifier: MIT
#include "guardedfetch.h"

#include "origin.h"

#include <QNetworkAccessManager>

namespace Pactbench {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QByteArray basicAuth(const QUrl &url)
{
    return "Basic " + (url.userName() + u':' + url.password()).toUtf8().toBase64();
}

} // namespace

HttpHop::Headers redactedHeaders(const HttpHop::Headers &headers)
{
    HttpHop::Headers out = headers;
    for (auto &[name, value] : out) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" || lower == "set-cookie")
            value = "***";
    }
    return out;
}

GuardedFetch *GuardedFetch::start(QNetworkAccessManager *nam, FetchRequest request, Handler done, QObject *parent)
{
    auto *fetch = new GuardedFetch(nam, std::move(request), std::move(done), parent);
    fetch->send();
    return fetch;
}

GuardedFetch::GuardedFetch(QNetworkAccessManager *nam, FetchRequest request, Handler done, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_done(std::move(done))
    , m_current(m_request.request)
    , m_verb(m_request.verb)
    , m_body(m_request.body)
{
    QUrl url = m_current.url();
    if (m_request.authorization.isEmpty() && m_current.hasRawHeader("Authorization"))
        m_request.authorization = m_current.rawHeader("Authorization");
    if (m_request.authorization.isEmpty() && !url.userName().isEmpty())
        m_request.authorization = basicAuth(url);
    url.setUserInfo({});
    m_current.setUrl(url);
    m_current.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // No cookie jar either: cookies ignore ports, so they could reach another origin on the same host.
    m_current.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    m_current.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    m_origin = url;
}

GuardedFetch::~GuardedFetch()
{
    if (m_reply)
        m_reply->deleteLater();
}

void GuardedFetch::send()
{
    if (m_credentials && !m_request.authorization.isEmpty())
        m_current.setRawHeader("Authorization", m_request.authorization);
    else
        m_current.setRawHeader("Authorization", {}); // removes it
    for (const auto &[name, value] : std::as_const(m_request.originHeaders))
        m_current.setRawHeader(name, m_credentials ? value : QByteArray()); // an empty value removes it
    m_hopStarted = QDateTime::currentDateTimeUtc();
    m_hopTimer.start();
    QNetworkReply *reply
        = m_body ? m_nam->sendCustomRequest(m_current, m_verb, *m_body) : m_nam->sendCustomRequest(m_current, m_verb);
    m_reply = reply;
    m_reader = new BodyReader(reply, m_request.maxBodyBytes);
    if (m_request.ignoreTlsErrors)
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::finished, this, &GuardedFetch::onFinished);
}

void GuardedFetch::abort()
{
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // finished → onFinished
}

void GuardedFetch::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    FetchResult r;
    r.url = m_current.url();
    r.redirects = m_redirects;
    r.credentialsDropped = !m_credentials && (!m_request.authorization.isEmpty() || !m_request.originHeaders.isEmpty());
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_reader->overLimit()) {
        report(reply, status.toInt(), u"answer over the size limit"_qs);
        r.failure = FetchResult::Failure::TooLarge;
        r.status = status.toInt();
        r.errorText = (m_redirects > 0 ? u"the answer of "_qs + Origin::display(r.url) : u"the answer"_qs) + u" is "_qs
            + BodyReader::overLimitText(m_request.maxBodyBytes, m_request.limitHint);
        return finish(r);
    }
    // Codes below 200 are transport failures (a status may have come before the body broke off).
    if (!status.isValid() || (reply->error() != QNetworkReply::NoError && reply->error() < 200)) {
        r.failure = FetchResult::Failure::Network;
        r.networkError = reply->error();
        r.errorText = Origin::redact(reply->errorString(), m_request.request.url());
        report(reply, 0, r.errorText);
        return finish(r);
    }
    r.status = status.toInt();
    report(reply, r.status, {});
    r.location = reply->rawHeader("Location");
    r.retryAfter = reply->rawHeader("Retry-After");
    if (isRedirect(r.status) && !r.location.isEmpty()) {
        const QUrl target = r.url.resolved(QUrl::fromEncoded(r.location));
        if (followRedirect(target, r.status))
            return;
        r.refusedRedirect = target.adjusted(QUrl::RemoveUserInfo);
        const bool tooMany = m_redirects >= m_request.maxRedirects;
        r.failure = tooMany ? FetchResult::Failure::TooManyRedirects : FetchResult::Failure::RedirectRefused;
        r.errorText = tooMany ? u"more than "_qs + QString::number(m_request.maxRedirects) + u" redirects"_qs
                              : u"redirected to "_qs + Origin::display(target) + u"; not followed"_qs;
        return finish(r);
    }
    r.body = m_reader->takeBody();
    finish(r);
}

bool GuardedFetch::followRedirect(const QUrl &target, int status)
{
    if (m_redirects >= m_request.maxRedirects)
        return false;
    const Origin::Redirect decision = Origin::redirect(m_origin, m_current.url(), target);
    if (decision == Origin::Redirect::Refuse)
        return false;
    if (decision == Origin::Redirect::DropCredentials)
        m_credentials = false; // and never back: reqwest and curl do not restore them either
    ++m_redirects;
    const bool toGet = (status == 303 && m_verb != "HEAD") || ((status == 301 || status == 302) && m_verb == "POST");
    if (toGet) {
        m_verb = "GET";
        m_body.reset();
        m_current.setHeader(QNetworkRequest::ContentTypeHeader, {});
    }
    m_current.setUrl(target.adjusted(QUrl::RemoveUserInfo));
    send();
    return true;
}

void GuardedFetch::report(QNetworkReply *reply, int status, const QString &error) const
{
    if (!m_request.observer)
        return;
    HttpHop e;
    e.method = m_verb;
    e.url = m_current.url();
    e.status = status;
    e.error = error;
    e.started = m_hopStarted;
    e.elapsedMs = m_hopTimer.isValid() ? m_hopTimer.elapsed() : 0;
    for (const QByteArray &name : m_current.rawHeaderList())
        e.requestHeaders.append({name, m_current.rawHeader(name)});
    e.responseHeaders = reply->rawHeaderPairs();
    e.requestHeaders = redactedHeaders(e.requestHeaders);
    e.responseHeaders = redactedHeaders(e.responseHeaders);
    m_request.observer(e);
}

void GuardedFetch::finish(FetchResult result)
{
    const Handler done = std::exchange(m_done, {});
    deleteLater();
    if (done)
        done(result);
}

} // namespace Pactbench
