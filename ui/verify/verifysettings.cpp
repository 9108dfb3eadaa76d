// SPDX-License-Identifier: MIT
#include "verifysettings.h"

#include <ui/document/pactdocument.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSettings>

namespace Pactbench {

namespace {

/// Secret header lines of this session, by pact key: memory only.
QHash<QString, QStringList> &sessionSecrets()
{
    static QHash<QString, QStringList> secrets;
    return secrets;
}

QString groupOf(const QString &key)
{
    return QStringLiteral("verification/")
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString headerName(const QString &line)
{
    return line.section(u':', 0, 0).trimmed();
}

/// Splits header lines into those that may be stored and the secret ones.
void splitHeaders(const QString &text, QStringList *plain, QStringList *secret)
{
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (VerifySettingsStore::isSecretHeader(headerName(line)))
            secret->append(line);
        else
            plain->append(line);
    }
}

} // namespace

QString VerifySettingsStore::keyOf(const PactDocument *document)
{
    if (!document)
        return {};
    if (!document->origin().isEmpty())
        return document->origin();
    return QStringLiteral("new:") + document->pact().consumer.name + u'|' + document->pact().provider.name;
}

bool VerifySettingsStore::isSecretHeader(const QString &name)
{
    const QString n = name.toLower();
    static const QStringList words{ QStringLiteral("auth"), QStringLiteral("cookie"), QStringLiteral("token"),
        QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("key") };
    return std::any_of(words.begin(), words.end(), [&](const QString &w) { return n.contains(w); });
}

VerifySettings VerifySettingsStore::load(const QString &key)
{
    VerifySettings s;
    QSettings settings;
    settings.beginGroup(groupOf(key));
    s.providerBaseUrl = settings.value(QStringLiteral("providerBaseUrl"), s.providerBaseUrl).toString();
    s.stateChangeUrl = settings.value(QStringLiteral("stateChangeUrl")).toString();
    s.stateChangeTeardown = settings.value(QStringLiteral("stateChangeTeardown"), false).toBool();
    s.messagePath = settings.value(QStringLiteral("messagePath")).toString();
    s.headers = settings.value(QStringLiteral("headers")).toString();
    s.filterDescription = settings.value(QStringLiteral("filterDescription")).toString();
    s.filterState = settings.value(QStringLiteral("filterState")).toString();
    s.filterConsumer = settings.value(QStringLiteral("filterConsumer")).toString();
    s.timeoutMs = settings.value(QStringLiteral("timeoutMs"), s.timeoutMs).toInt();
    s.providerVersion = settings.value(QStringLiteral("providerVersion")).toString();
    s.providerBranch = settings.value(QStringLiteral("providerBranch")).toString();
    QStringList lines = s.headers.split(u'\n', Qt::SkipEmptyParts);
    lines.append(sessionSecrets().value(key));
    s.headers = lines.join(u'\n');
    return s;
}

void VerifySettingsStore::save(const QString &key, const VerifySettings &s)
{
    QStringList plain, secret;
    splitHeaders(s.headers, &plain, &secret);
    sessionSecrets().insert(key, secret);
    QSettings settings;
    settings.beginGroup(groupOf(key));
    settings.setValue(QStringLiteral("key"), key);
    settings.setValue(QStringLiteral("providerBaseUrl"), s.providerBaseUrl);
    settings.setValue(QStringLiteral("stateChangeUrl"), s.stateChangeUrl);
    settings.setValue(QStringLiteral("stateChangeTeardown"), s.stateChangeTeardown);
    settings.setValue(QStringLiteral("messagePath"), s.messagePath);
    settings.setValue(QStringLiteral("headers"), plain.join(u'\n'));
    settings.setValue(QStringLiteral("filterDescription"), s.filterDescription);
    settings.setValue(QStringLiteral("filterState"), s.filterState);
    settings.setValue(QStringLiteral("filterConsumer"), s.filterConsumer);
    settings.setValue(QStringLiteral("timeoutMs"), s.timeoutMs);
    settings.setValue(QStringLiteral("providerVersion"), s.providerVersion);
    settings.setValue(QStringLiteral("providerBranch"), s.providerBranch);
}

static QUrl httpUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") ? url : QUrl();
}

bool toVerificationOptions(const VerifySettings &s, VerificationOptions *o, QString *error)
{
    o->providerBaseUrl = httpUrl(s.providerBaseUrl);
    if (o->providerBaseUrl.isEmpty()) {
        *error
            = QCoreApplication::translate("Pactbench::VerifySettings", "The provider base URL is not an http(s) URL.");
        return false;
    }
    o->stateChangeUrl = s.stateChangeUrl.trimmed().isEmpty() ? QUrl() : httpUrl(s.stateChangeUrl);
    if (!s.stateChangeUrl.trimmed().isEmpty() && o->stateChangeUrl.isEmpty()) {
        *error
            = QCoreApplication::translate("Pactbench::VerifySettings", "The state-change URL is not an http(s) URL.");
        return false;
    }
    o->stateChangeTeardown = s.stateChangeTeardown;
    QString base = o->providerBaseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString path = s.messagePath.trimmed();
    o->messageUrl = path.isEmpty() ? QUrl() : QUrl(base + (path.startsWith(u'/') ? path : u'/' + path));
    o->customHeaders = Headers();
    for (const QString &line : s.headers.split(u'\n', Qt::SkipEmptyParts)) {
        const QString name = headerName(line);
        if (!name.isEmpty())
            o->customHeaders.append(name, line.section(u':', 1).trimmed());
    }
    o->requestTimeoutMs = s.timeoutMs;
    o->filter = VerificationFilter();
    o->filter.description = s.filterDescription;
    o->filter.providerState = s.filterState;
    o->filter.consumer = s.filterConsumer;
    return true;
}

} // namespace Pactbench
