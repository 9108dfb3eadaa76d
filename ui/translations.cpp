// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Pactbench {

QStringList installTranslations(QObject *owner, const QLocale &locale)
{
    const struct
    {
        QString name;
        QString folder;
    } catalogs[] = {
        { QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath) },
        { QStringLiteral("pactbench"), QStringLiteral(":/i18n") },
    };
    QStringList loaded;
    for (const auto &catalog : catalogs) {
        auto *translator = new QTranslator(owner);
        if (translator->load(locale, catalog.name, QStringLiteral("_"), catalog.folder)
            && QCoreApplication::installTranslator(translator)) {
            loaded.append(catalog.name);
        } else {
            delete translator;
        }
    }
    return loaded;
}

} // namespace Pactbench
