// SPDX-License-Identifier: MIT
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace Pactbench {

/**
 * A freshly generated self-signed certificate (EC P-256, SHA-256, valid from an hour ago for
 * 30 days) naming the given hosts in subjectAltName. Qt 6.4 cannot create certificates, so
 * this is the one place that calls the OpenSSL C API directly.
 */
class SelfSignedCertificate
{
public:
    /// hostNames: DNS names and IP addresses ("localhost", "127.0.0.1"); the first is the CN.
    static SelfSignedCertificate generate(const QStringList &hostNames);

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    /// Why generate() failed.
    QString errorString() const { return m_error; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
};

} // namespace Pactbench
