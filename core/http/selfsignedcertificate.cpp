// SPDX-License-Identifier: MIT
#include "selfsignedcertificate.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Pactbench {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

constexpr long ValidFromSeconds = -3600;
constexpr long ValidForSeconds = 30L * 24 * 3600;

QString openSslError(const char *step)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QString::fromLatin1(step) + QStringLiteral(": ") + QString::fromLatin1(buffer);
}

QByteArray subjectAltNames(const QStringList &hostNames)
{
    QStringList parts;
    for (const QString &name : hostNames) {
        const QString part = (QHostAddress(name).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + name;
        if (!name.isEmpty() && !parts.contains(part))
            parts.append(part);
    }
    return parts.join(u',').toLatin1();
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setSerialAndValidity(X509 *cert)
{
    unsigned char serial[8];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7f; // positive
    std::unique_ptr<BIGNUM, Deleter<BN_free>> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert))
        && X509_gmtime_adj(X509_getm_notBefore(cert), ValidFromSeconds)
        && X509_gmtime_adj(X509_getm_notAfter(cert), ValidForSeconds);
}

bool setNames(X509 *cert, const QStringList &hostNames)
{
    const QByteArray cn = hostNames.value(0, QStringLiteral("localhost")).toUtf8();
    X509_NAME *name = X509_get_subject_name(cert);
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Pactbench"),
                                      -1, -1, 0)
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)
        && X509_set_issuer_name(cert, name);
}

QByteArray toPem(X509 *cert, EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    const bool ok = bio && (cert ? PEM_write_bio_X509(bio.get(), cert)
                                 : PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr));
    if (!ok)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QStringList &hostNames)
{
    SelfSignedCertificate out;
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        out.m_error = openSslError("EC key generation");
        return out;
    }
    CertPtr cert(X509_new());
    const bool ok = cert && X509_set_version(cert.get(), 2) && setSerialAndValidity(cert.get())
        && X509_set_pubkey(cert.get(), key.get()) && setNames(cert.get(), hostNames)
        && addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(cert.get(), NID_subject_alt_name, subjectAltNames(hostNames).constData())
        && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok) {
        out.m_error = openSslError("certificate creation");
        return out;
    }
    out.m_certificate = QSslCertificate(toPem(cert.get(), nullptr), QSsl::Pem);
    out.m_key = QSslKey(toPem(nullptr, key.get()), QSsl::Ec, QSsl::Pem);
    if (out.isNull())
        out.m_error = QStringLiteral("Qt could not read the generated certificate or key");
    return out;
}

} // namespace Pactbench
