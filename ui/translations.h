// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * Installs the translations of `locale` on the application: Qt's own (qtbase_*.qm from Qt's translations
 * folder: the Cancel, Discard and file dialogs; Debian's qt6-translations-l10n) and Pactbench's
 * (:/i18n/pactbench_*.qm). Returns the catalogs loaded, e.g. {"qtbase", "pactbench"}; a missing
 * one is left out (English is shown then). The translators are children of `owner`: deleting it
 * uninstalls them.
 */
QStringList installTranslations(QObject *owner, const QLocale &locale = QLocale());

} // namespace Pactbench
