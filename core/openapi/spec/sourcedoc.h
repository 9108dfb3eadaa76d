// SPDX-License-Identifier: MIT
#pragma once

// Private to the loader: one document (YAML or JSON) as Qt values, with the line of each mapping and sequence
// and the document order of each mapping's keys (QJsonObject sorts them), both by JSON pointer.

#include "specloader.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pactbench::OpenApi::detail {

struct SourceDoc
{
    QString file;
    QJsonValue root;
    QHash<QString, int> lines; ///< JSON pointer of a mapping or sequence → 1-based line
    QHash<QString, QStringList> keyOrder; ///< JSON pointer of a mapping → its keys as written

    /// The line of the value at `pointer`, else of its nearest recorded ancestor; 0 when none is known.
    int lineOf(const QString &pointer) const;
    /// The keys of `object` (the mapping at `pointer`) in document order; recorded keys first, then any others.
    QStringList keysOf(const QString &pointer, const QJsonObject &object) const;
};

/// "/a~1b" from "/a" and "b" (RFC 6901 escaping).
QString pointerChild(const QString &pointer, const QString &key);
QString pointerChild(const QString &pointer, qsizetype index);

/// Reads a document: JSON when its first significant byte is `{` or `[`, YAML otherwise.
std::optional<SourceDoc> readDocument(
    const QByteArray &bytes, const QString &file, const LoadLimits &limits, SpecError *error);
/// YAML, through JSON text (yamltextbuilder.h) unless the document needs readYamlDocumentWithValues.
std::optional<SourceDoc> readYamlDocument(
    const QByteArray &bytes, const QString &file, const LoadLimits &limits, SpecError *error);
/// YAML, building Qt values as yaml-cpp reads (every document: anchors, aliases and merge keys too).
std::optional<SourceDoc> readYamlDocumentWithValues(
    const QByteArray &bytes, const QString &file, const LoadLimits &limits, SpecError *error);
std::optional<SourceDoc> readJsonDocument(
    const QByteArray &bytes, const QString &file, const LoadLimits &limits, SpecError *error);

} // namespace Pactbench::OpenApi::detail
