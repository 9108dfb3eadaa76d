// SPDX-License-Identifier: MIT
#include "bodyreader.h"

#include <QNetworkReply>

#include <limits>

namespace Pactbench {

namespace {

constexpr qint64 ReadBufferBytes = 1024 * 1024;

bool isFollowedRedirect(QNetworkReply *reply)
{
    // A redirect's own body is never delivered when Qt follows it; its length does not count.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 300 && status < 400 && reply->hasRawHeader("Location")
        && reply->request().attribute(QNetworkRequest::RedirectPolicyAttribute).toInt()
        != QNetworkRequest::ManualRedirectPolicy;
}

} // namespace

BodyReader::BodyReader(QNetworkReply *reply, qint64 maxBytes) : QObject(reply), m_reply(reply), m_maxBytes(maxBytes)
{
    // Back-pressure: Qt stops reading the socket while this much is unread, so its own buffering
    // between our reads stays bounded too.
    reply->setReadBufferSize(maxBytes < ReadBufferBytes ? maxBytes + 1 : ReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &BodyReader::checkDeclaredLength);
    connect(reply, &QIODevice::readyRead, this, &BodyReader::readAvailable);
}

BodyReader::~BodyReader() = default;

void BodyReader::checkDeclaredLength()
{
    if (m_overLimit || isFollowedRedirect(m_reply))
        return;
    bool ok = false;
    const qint64 declared = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    if (ok && declared > m_maxBytes)
        stop();
}

void BodyReader::readAvailable()
{
    if (m_overLimit)
        return;
    const qint64 available = m_reply->bytesAvailable();
    if (m_body.size() + available > m_maxBytes) {
        stop();
        return;
    }
    m_body += m_reply->read(available);
}

void BodyReader::stop()
{
    m_overLimit = true;
    m_body.clear();
    m_body.squeeze();
    if (m_reply->isRunning())
        m_reply->abort();
}

QByteArray BodyReader::takeBody()
{
    if (m_reply->isOpen())
        readAvailable();
    return m_overLimit ? QByteArray() : std::exchange(m_body, {});
}

QString BodyReader::formatBytes(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    if (bytes >= KiB * KiB * KiB && bytes % (KiB * KiB * KiB) == 0)
        return QString::number(bytes / (KiB * KiB * KiB)) + u" GiB"_qs;
    if (bytes >= KiB * KiB && bytes % (KiB * KiB) == 0)
        return QString::number(bytes / (KiB * KiB)) + u" MiB"_qs;
    if (bytes >= KiB && bytes % KiB == 0)
        return QString::number(bytes / KiB) + u" KiB"_qs;
    return QString::number(bytes) + (bytes == 1 ? u" byte"_qs : u" bytes"_qs);
}

bool BodyReader::parseBytes(const QString &text, qint64 *bytes)
{
    static const QList<std::pair<QString, int>> units = { { u"kib"_qs, 10 }, { u"k"_qs, 10 }, { u"mib"_qs, 20 },
        { u"m"_qs, 20 }, { u"gib"_qs, 30 }, { u"g"_qs, 30 } };
    QString number = text.trimmed().toLower();
    int shift = 0;
    for (const auto &[suffix, bits] : units) {
        if (number.endsWith(suffix)) {
            number.chop(suffix.size());
            shift = bits;
            break;
        }
    }
    bool ok = false;
    const qint64 value = number.trimmed().toLongLong(&ok);
    if (!ok || value <= 0 || value > (std::numeric_limits<qint64>::max() >> shift))
        return false;
    *bytes = value << shift;
    return true;
}

QString BodyReader::overLimitText(qint64 maxBytes, const QString &hint)
{
    return u"larger than the "_qs + formatBytes(maxBytes) + u" limit on responses (change it with "_qs + hint + u')';
}

} // namespace Pactbench
