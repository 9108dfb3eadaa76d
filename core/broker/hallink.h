// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace Pactbench {

/**
 * One HAL link (`{"href", "title", "name", "templated"}`) and the helpers to find links in a
 * HAL document and expand URI templates. Relative hrefs are resolved against the document URL.
 */
struct HalLink
{
    QString rel; ///< the relation it was found under ("pb:publish-contracts")
    QString href; ///< as given (may contain `{name}` templates)
    QString title;
    QString name;
    bool templated = false;

    bool isValid() const { return !href.isEmpty(); }
    /**
     * Replaces each `{var}` with its percent-encoded value (space → %20, '/' → %2F) and
     * resolves the result against `base`. Unknown variables are left as they are.
     */
    QUrl expand(const QMap<QString, QString> &values = {}, const QUrl &base = {}) const;

    /// Reads a link value: an object, or a bare string href.
    static HalLink fromJson(const QString &rel, const QJsonValue &value);
    /// Every link under `_links.<rel>` (object or array); empty when absent.
    static QList<HalLink> all(const QJsonObject &document, const QString &rel);
    /// The first link under `_links.<rel>`; invalid when absent.
    static HalLink first(const QJsonObject &document, const QString &rel);
};

} // namespace Pactbench
