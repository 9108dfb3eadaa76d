// SPDX-License-Identifier: MIT
#include "selfsignedcertificate.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <dlfcn.h>

#include <memory>

namespace Pactbench {

namespace {

/**
 * libcrypto, loaded when the first certificate is made. Linked, it cost every start of every program
 * here (each pactbench-cli command) ~120 page faults and ~3 ms before main(), for the one TLS option that
 * uses it. The headers give each function's type; the library of the same major version gives it.
 */
// clang-format off
#define PACTBENCH_CRYPTO_FUNCTIONS(F) \
    F(ERR_get_error) F(ERR_error_string_n) \
    F(EVP_PKEY_Q_keygen) F(EVP_PKEY_free) F(EVP_sha256) \
    F(RAND_bytes) F(BN_bin2bn) F(BN_to_ASN1_INTEGER) F(BN_free) \
    F(X509_new) F(X509_free) F(X509_set_version) F(X509_get_serialNumber) F(X509_gmtime_adj) \
    F(X509_getm_notBefore) F(X509_getm_notAfter) F(X509_set_pubkey) F(X509_get_subject_name) \
    F(X509_NAME_add_entry_by_txt) F(X509_set_issuer_name) F(X509_sign) \
    F(X509V3_set_ctx) F(X509V3_EXT_conf_nid) F(X509_add_ext) F(X509_EXTENSION_free) \
    F(BIO_new) F(BIO_s_mem) F(BIO_ctrl) F(BIO_free) \
    F(PEM_write_bio_X509) F(PEM_write_bio_PrivateKey)
// clang-format on

struct Crypto
{
#define PACTBENCH_DECLARE(name) decltype(&::name) name = nullptr;
    PACTBENCH_CRYPTO_FUNCTIONS(PACTBENCH_DECLARE)
#undef PACTBENCH_DECLARE
    QString problem; ///< why the library cannot be used; empty when every function was found
};

constexpr const char *kLibrary = "libcrypto.so." OPENSSL_MSTR(OPENSSL_VERSION_MAJOR);

const Crypto &crypto()
{
    static const Crypto loaded = [] {
        Crypto c;
        // Never closed: certificates may be made again, and Qt's TLS backend keeps the library loaded anyway.
        void *library = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            c.problem = QStringLiteral("cannot load %1: %2").arg(QLatin1String(kLibrary), QString::fromLocal8Bit(dlerror()));
            return c;
        }
        QStringList missing;
#define PACTBENCH_RESOLVE(name) \
    c.name = reinterpret_cast<decltype(c.name)>(dlsym(library, #name)); \
    if (!c.name) \
        missing.append(QStringLiteral(#name));
        PACTBENCH_CRYPTO_FUNCTIONS(PACTBENCH_RESOLVE)
#undef PACTBENCH_RESOLVE
        if (!missing.isEmpty())
            c.problem = QStringLiteral("%1 lacks %2").arg(QLatin1String(kLibrary), missing.join(u", "));
        return c;
    }();
    return loaded;
}

/// Frees through the loaded library's function `Free`.
template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { (crypto().*Free)(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&Crypto::EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<&Crypto::X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<&Crypto::BIO_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<&Crypto::X509_EXTENSION_free>>;
using NumberPtr = std::unique_ptr<BIGNUM, Deleter<&Crypto::BN_free>>;

constexpr long ValidFromSeconds = -3600;
constexpr long ValidForSeconds = 30L * 24 * 3600;

QString openSslError(const Crypto &c, const char *step)
{
    char buffer[256] = {};
    c.ERR_error_string_n(c.ERR_get_error(), buffer, sizeof buffer);
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

bool addExtension(const Crypto &c, X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    c.X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(c.X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && c.X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setSerialAndValidity(const Crypto &c, X509 *cert)
{
    unsigned char serial[8];
    if (c.RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7f; // positive
    NumberPtr bn(c.BN_bin2bn(serial, sizeof serial, nullptr));
    return bn && c.BN_to_ASN1_INTEGER(bn.get(), c.X509_get_serialNumber(cert))
        && c.X509_gmtime_adj(c.X509_getm_notBefore(cert), ValidFromSeconds)
        && c.X509_gmtime_adj(c.X509_getm_notAfter(cert), ValidForSeconds);
}

bool setNames(const Crypto &c, X509 *cert, const QStringList &hostNames)
{
    const QByteArray cn = hostNames.value(0, QStringLiteral("localhost")).toUtf8();
    X509_NAME *name = c.X509_get_subject_name(cert);
    return c.X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Pactbench"),
                                        -1, -1, 0)
        && c.X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)
        && c.X509_set_issuer_name(cert, name);
}

QByteArray toPem(const Crypto &c, X509 *cert, EVP_PKEY *key)
{
    BioPtr bio(c.BIO_new(c.BIO_s_mem()));
    const bool ok = bio && (cert ? c.PEM_write_bio_X509(bio.get(), cert)
                                 : c.PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr));
    if (!ok)
        return {};
    char *data = nullptr;
    const long size = c.BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, &data); // BIO_get_mem_data
    return QByteArray(data, qsizetype(size));
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QStringList &hostNames)
{
    SelfSignedCertificate out;
    const Crypto &c = crypto();
    if (!c.problem.isEmpty()) {
        out.m_error = c.problem;
        return out;
    }
    KeyPtr key(c.EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")); // EVP_EC_gen("P-256")
    if (!key) {
        out.m_error = openSslError(c, "EC key generation");
        return out;
    }
    CertPtr cert(c.X509_new());
    const bool ok = cert && c.X509_set_version(cert.get(), 2) && setSerialAndValidity(c, cert.get())
        && c.X509_set_pubkey(cert.get(), key.get()) && setNames(c, cert.get(), hostNames)
        && addExtension(c, cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(c, cert.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(c, cert.get(), NID_subject_alt_name, subjectAltNames(hostNames).constData())
        && c.X509_sign(cert.get(), key.get(), c.EVP_sha256()) > 0;
    if (!ok) {
        out.m_error = openSslError(c, "certificate creation");
        return out;
    }
    out.m_certificate = QSslCertificate(toPem(c, cert.get(), nullptr), QSsl::Pem);
    out.m_key = QSslKey(toPem(c, nullptr, key.get()), QSsl::Ec, QSsl::Pem);
    if (out.isNull())
        out.m_error = QStringLiteral("Qt could not read the generated certificate or key");
    return out;
}

} // namespace Pactbench
