// SPDX-License-Identifier: MIT
#pragma once

// Private to the reader: typed access to JSON with located diagnostics.

#include "diagnostic.h"
#include "specversion.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

namespace Pactbench::detail {

/// "$.a" + "b" → "$.a.b"; odd keys use bracket notation: "$.a['x y']".
QString childPath(const QString &path, const QString &key);
QString indexPath(const QString &path, qsizetype index);
/**
 * The members among `keys` that `json` gives as null, [] or {} — and, inside `matchingRules`,
 * the rule categories given as {} — which the model holds as "nothing" and the writer would
 * leave out: kept so that Save writes them back (Interaction::emptyAsRead).
 */
QJsonObject emptyMembers(const QJsonObject &json, const QStringList &keys);
/// "string", "number", "object", … for messages.
QString jsonTypeName(const QJsonValue &value);

/// Thrown (internally only) when reading cannot go on; caught by PactReader.
struct FatalRead
{
};

class ReadContext
{
public:
    ReadContext(Diagnostics *diagnostics, SpecVersion version)
        : m_diagnostics(diagnostics)
        , m_version(version)
    {
    }

    SpecVersion version() const { return m_version; }
    bool atLeast(SpecVersion v) const { return int(effectiveVersion(m_version)) >= int(v); }

    void warn(const QString &path, const QString &message) { add(Diagnostic::Severity::Warning, path, message); }
    void invalid(const QString &path, const QString &message) { add(Diagnostic::Severity::Error, path, message); }
    [[noreturn]] void fatal(const QString &path, const QString &message);

    /// A string member: missing → `fallback` (and an Error when required); another type → Fatal.
    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required,
                   const QString &fallback = {});
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path, bool required);
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path);
    /// Keys of `o` not in `known`, copied out, each with a Warning.
    QJsonObject unknownKeys(const QJsonObject &o, const QSet<QString> &known, const QString &path);

private:
    void add(Diagnostic::Severity s, const QString &path, const QString &message);

    Diagnostics *m_diagnostics;
    SpecVersion m_version;
};

} // namespace Pactbench::detail
