// SPDX-License-Identifier: MIT
#include "specsettings.h"

#include <ui/verify/verifysettings.h>

#include <QCryptographicHash>
#include <QSettings>

namespace Pactbench {

namespace {

QString groupOf(const PactDocument *document)
{
    const QByteArray key = VerifySettingsStore::keyOf(document).toUtf8();
    return QStringLiteral("openapi/") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

} // namespace

bool SpecSettings::operator==(const SpecSettings &o) const
{
    return source == o.source && options.examplesOnly == o.options.examplesOnly
        && options.additionalPropertiesInResponse == o.options.additionalPropertiesInResponse
        && options.requiredPropertiesInResponse == o.options.requiredPropertiesInResponse;
}

SpecSettings SpecSettingsStore::load(const PactDocument *document)
{
    SpecSettings s;
    if (!document)
        return s;
    QSettings settings;
    settings.beginGroup(groupOf(document));
    s.source = settings.value(QStringLiteral("source")).toString();
    s.options.examplesOnly = settings.value(QStringLiteral("examplesOnly"), false).toBool();
    s.options.additionalPropertiesInResponse = settings.value(QStringLiteral("additionalPropertiesInResponse"), false).toBool();
    s.options.requiredPropertiesInResponse = settings.value(QStringLiteral("requiredPropertiesInResponse"), false).toBool();
    return s;
}

void SpecSettingsStore::save(const PactDocument *document, const SpecSettings &s)
{
    if (!document)
        return;
    QSettings settings;
    settings.beginGroup(groupOf(document));
    settings.setValue(QStringLiteral("source"), s.source);
    settings.setValue(QStringLiteral("examplesOnly"), s.options.examplesOnly);
    settings.setValue(QStringLiteral("additionalPropertiesInResponse"), s.options.additionalPropertiesInResponse);
    settings.setValue(QStringLiteral("requiredPropertiesInResponse"), s.options.requiredPropertiesInResponse);
}

bool SpecSettingsStore::isUrl(const QString &source)
{
    return source.startsWith(u"http://", Qt::CaseInsensitive) || source.startsWith(u"https://", Qt::CaseInsensitive);
}

} // namespace Pactbench
