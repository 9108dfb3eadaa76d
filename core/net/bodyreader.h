// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>

class QNetworkReply;

namespace Pactbench {

/**
 * Reads a QNetworkReply's body as it arrives, up to a limit. The reply is aborted as soon as a
 * Content-Length over the limit is announced or more bytes than the limit have arrived
 * (chunked, unannounced or decompressed bodies), so nothing past the limit is ever buffered.
 * Lives as a child of the reply; attach it right after sending.
 */
class BodyReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyReader)

public:
    /// The default limit of pacts, broker answers and provider responses: 64 MiB.
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;

    BodyReader(QNetworkReply *reply, qint64 maxBytes);
    ~BodyReader() override;

    /// Once the reply finished: the body (what was left is read first). Empty when over the limit.
    QByteArray takeBody();
    bool overLimit() const { return m_overLimit; }
    qint64 maxBytes() const { return m_maxBytes; }

    /// "64 MiB", "1 KiB", "1000 bytes": the limit in words.
    static QString formatBytes(qint64 bytes);
    /// Reads "65536", "64K", "64KiB", "64M", "64MiB", "1G", "1GiB" (binary units; case-insensitive) into
    /// a positive byte count; false when it is none.
    static bool parseBytes(const QString &text, qint64 *bytes);
    /// "larger than the 64 MiB limit (change it with HINT)", for error messages.
    static QString overLimitText(qint64 maxBytes, const QString &hint);

private:
    void checkDeclaredLength();
    void readAvailable();
    void stop();

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    QByteArray m_body;
    bool m_overLimit = false;
};

} // namespace Pactbench
