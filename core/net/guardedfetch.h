// SPDX-License-Identifier: MIT
#pragma once

#include "bodyreader.h"
#include "httpexchange.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Pactbench {

/// One request for GuardedFetch.
struct FetchRequest
{
    /// URL, headers, TLS configuration, transfer timeout. User info in the URL is taken out of it
    /// and, unless `authorization` is set, becomes Basic auth for the URL's origin.
    QNetworkRequest request;
    QByteArray verb = "GET";
    std::optional<QByteArray> body;
    QByteArray authorization; ///< the `Authorization` value; only ever sent to the origin of request.url()
    /// More headers kept to the origin as `authorization` is (e.g. --custom-header): a redirect to
    /// another origin drops them, and they do not come back.
    HttpHop::Headers originHeaders;
    HttpObserver observer; ///< told of every hop when set
    qint64 maxBodyBytes = BodyReader::DefaultMaxBytes;
    QString limitHint = QStringLiteral("--max-response-size"); ///< how to change the limit, for the message
    bool ignoreTlsErrors = false;
    int maxRedirects = 10; ///< as reqwest's default
};

/// How a GuardedFetch ended.
struct FetchResult
{
    enum class Failure {
        None, ///< an HTTP answer came (any status)
        Network, ///< no answer: see networkError (also aborts and timeouts)
        TooLarge, ///< the body was over maxBodyBytes; the transfer was stopped
        RedirectRefused, ///< a redirect to http from https, or to something not http(s)
        TooManyRedirects,
    };
    Failure failure = Failure::None;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorText; ///< the reason in words; never holds user info or credentials
    int status = 0;
    QUrl url; ///< the URL that answered last (after redirects), without user info
    QByteArray body;
    QByteArray location; ///< the last answer's Location header
    QByteArray retryAfter; ///< the last answer's Retry-After header (seconds or an HTTP date), for retries
    QUrl refusedRedirect; ///< for RedirectRefused, without user info
    bool credentialsDropped = false; ///< a redirect left the origin: the requests after it went without credentials (or origin headers)
    int redirects = 0;
};

/**
 * One HTTP request with redirects followed by hand, so that credentials stay with their origin
 * (Origin::redirect()): same-origin redirects keep `Authorization`, redirects to another scheme,
 * host or port are followed without it, https → http is refused. Redirect targets never bring
 * credentials of their own (their user info is dropped); cookies are neither sent nor kept.
 * 303 (and 301/302 after POST) turn into GET without a body; 307/308 repeat the request. Each
 * answer's body is read by a BodyReader, so at most maxBodyBytes are ever held. Deletes itself
 * after calling back.
 */
class GuardedFetch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedFetch)

public:
    using Handler = std::function<void(const FetchResult &)>;

    /// Sends at once; `done` runs exactly once (from the event loop, or from abort()).
    static GuardedFetch *start(
        QNetworkAccessManager *nam, FetchRequest request, Handler done, QObject *parent = nullptr);
    ~GuardedFetch() override;

    /// Stops the transfer; `done` gets a Network failure (OperationCanceledError).
    void abort();
    /// The URL of the request under way (without user info).
    QUrl currentUrl() const { return m_current.url(); }

private:
    GuardedFetch(QNetworkAccessManager *nam, FetchRequest request, Handler done, QObject *parent);
    void send();
    void onFinished();
    bool followRedirect(const QUrl &target, int status);
    void finish(FetchResult result);
    void report(QNetworkReply *reply, int status, const QString &error) const;

    QNetworkAccessManager *m_nam;
    FetchRequest m_request;
    Handler m_done;
    QUrl m_origin; ///< where the credentials belong
    QNetworkRequest m_current; ///< the request of this hop
    QByteArray m_verb;
    std::optional<QByteArray> m_body;
    bool m_credentials = true;
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    BodyReader *m_reader = nullptr;
    QDateTime m_hopStarted;
    QElapsedTimer m_hopTimer;
};

} // namespace Pactbench
