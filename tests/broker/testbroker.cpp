// SPDX-License-Identifier: MIT
// The test broker's server side: listening, minimal HTTP parsing, recording, auth, overrides.
#include "testbroker.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Pactbench::Test {

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString TestBroker::StoredPact::sha() const
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
}

TestBroker::TestBroker(QObject *parent)
    : QObject(parent)
{
    // Seeded as the real broker seeds a new database.
    addEnvironment(u"test"_qs, u"Test"_qs, false);
    addEnvironment(u"production"_qs, u"Production"_qs, true);
}

TestBroker::~TestBroker() = default;

QString TestBroker::certificateFile()
{
    return QStringLiteral(PACTBENCH_TEST_DATA_DIR "/broker/testbroker-cert.pem");
}

bool TestBroker::start(bool tls)
{
    m_tls = tls;
    if (tls) {
        auto *server = new QSslServer(this);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate::fromPath(certificateFile()).value(0));
        QFile key(QStringLiteral(PACTBENCH_TEST_DATA_DIR "/broker/testbroker-key.pem"));
        if (!key.open(QIODevice::ReadOnly))
            return false;
        ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(ssl);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TestBroker::acceptConnections);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void TestBroker::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

QUrl TestBroker::baseUrl() const
{
    return QUrl((m_tls ? u"https://127.0.0.1:"_qs : u"http://127.0.0.1:"_qs) + QString::number(m_server->serverPort()));
}

QUrl TestBroker::refusedUrl()
{
    // Bind a free port, then let it go: nothing listens there afterwards.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:"_qs + QString::number(port));
}

void TestBroker::addPacticipant(const QString &name, const QString &mainBranch)
{
    if (!m_pacticipants.contains(name) || !mainBranch.isEmpty())
        m_pacticipants.insert(name, mainBranch);
}

void TestBroker::addPact(const StoredPact &pact)
{
    addPacticipant(pact.consumer);
    addPacticipant(pact.provider);
    addVersion(pact.consumer, pact.version, pact.branch, pact.tags);
    m_pacts << pact;
}

void TestBroker::setOverride(const QByteArray &method, const QString &path, const Override &answer)
{
    m_overrides.insert(QString::fromLatin1(method) + u' ' + path, answer);
}

QList<RecordedRequest> TestBroker::requests(const QByteArray &method, const QString &pathPrefix) const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &r : m_requests) {
        if (r.method == method && r.path.startsWith(pathPrefix))
            out << r;
    }
    return out;
}

bool TestBroker::parse(QByteArray &buffer, RecordedRequest *request) const
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    length = request->headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request->method = first.value(0);
    request->target = first.value(1);
    request->body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    const qsizetype question = request->target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request->target : request->target.left(question);
    if (question >= 0)
        request->query = QUrlQuery(QString::fromUtf8(request->target.mid(question + 1)));
    QStringList segments;
    for (const QByteArray &s : rawPath.split('/'))
        segments << QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray(s).replace("%2F", "%252F")));
    request->path = segments.join(u'/');
    return true;
}

void TestBroker::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    RecordedRequest request;
    if (!parse(buffer, &request)) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    m_requests << request;
    Q_EMIT requestReceived();
    const auto found = m_overrides.constFind(QString::fromLatin1(request.method) + u' ' + request.path);
    if (found == m_overrides.cend()) {
        const std::optional<Answer> refused = authAnswer(request);
        respond(socket, refused ? *refused : route(request));
        return;
    }
    const Answer answer{found->status, found->body, found->contentType, found->headers};
    if (found->delayMs <= 0) {
        respond(socket, answer);
        return;
    }
    // A slow answer; the timer belongs to the socket, so it dies with a client that gave up.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(found->delayMs, socket, [this, guard, answer] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            respond(guard, answer);
    });
}

std::optional<TestBroker::Answer> TestBroker::authAnswer(const RecordedRequest &request) const
{
    const QByteArray given = request.header("authorization");
    const auto basic = [](const QString &pair) -> QByteArray { return "Basic " + pair.toUtf8().toBase64(); };
    const bool anyAuth = !m_basic.isEmpty() || !m_bearer.isEmpty() || !m_readOnly.isEmpty();
    if (!anyAuth)
        return std::nullopt;
    const bool full = (!m_basic.isEmpty() && given == basic(m_basic))
        || (!m_bearer.isEmpty() && given == QByteArray("Bearer " + m_bearer.toUtf8()));
    const bool readOnly = !m_readOnly.isEmpty() && given == basic(m_readOnly);
    if (!full && !readOnly) {
        Answer unauthorized{401, QByteArrayLiteral("{}"), QByteArrayLiteral("application/hal+json"), {}};
        unauthorized.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Restricted Area\"")});
        return unauthorized;
    }
    if (readOnly && request.method != "GET")
        return Answer{403, "{}", "application/hal+json", {}};
    return std::nullopt;
}

void TestBroker::respond(QTcpSocket *socket, const Answer &answer) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n";
    head += "Content-Type: " + answer.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + answer.body);
    socket->disconnectFromHost();
}

} // namespace Pactbench::Test
