// SPDX-License-Identifier: MIT
#pragma once

// Shared by the spec loader's tests: fixture paths, inline documents, lookups.

#include <core/openapi/spec/specloader.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace Pactbench::OpenApi::Test {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/openapi/spec/data/") + name;
}

/// An inline document as "inline.yaml" (relative $refs resolve against the data folder).
inline std::optional<Spec> loadInline(const QByteArray &text, SpecError *error = nullptr, const LoadLimits &limits = {})
{
    SpecError ignored;
    return loadSpecBytes(text, dataPath(QStringLiteral("inline.yaml")), error ? error : &ignored, {}, limits);
}

inline const Operation *findOperation(const Spec &spec, const QString &method, const QString &pathName)
{
    for (const Operation &op : spec.operations) {
        if (op.method == method && op.pathName == pathName)
            return &op;
    }
    return nullptr;
}

inline QByteArray compact(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

inline QJsonValue json(const QByteArray &text)
{
    const QJsonDocument d = QJsonDocument::fromJson("[" + text + "]");
    return d.array().at(0);
}

/// The 1-based line of the `occurrence`-th line of `file` (in the data folder) equal to `text`; 0 when none.
inline int lineIn(const QString &file, const QString &text, int occurrence = 1)
{
    QFile f(dataPath(file));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == text && --occurrence == 0)
            return int(i) + 1;
    }
    return 0;
}

inline QStringList warningsOf(const Spec &spec)
{
    QStringList out;
    for (const SpecWarning &w : spec.warnings)
        out.append(w.place.location + QStringLiteral(": ") + w.message);
    return out;
}

inline QStringList operationNames(const Spec &spec)
{
    QStringList out;
    for (const Operation &op : spec.operations)
        out.append(op.method + u' ' + op.pathName);
    return out;
}

inline QStringList statuses(const Operation &op)
{
    QStringList out;
    for (const Response &r : op.responses)
        out.append(r.status);
    return out;
}

inline QStringList mediaNames(const QList<MediaType> &content)
{
    QStringList out;
    for (const MediaType &mt : content)
        out.append(mt.name);
    return out;
}

/// "name in required style explode collectionFormat" per parameter.
inline QStringList parameterSummary(const Operation &op)
{
    static const char *ins[] = { "path", "query", "header", "cookie" };
    QStringList out;
    for (const Parameter &p : op.parameters)
        out.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(p.name, QLatin1String(ins[int(p.in)]), p.required ? u"required"_qs : u"optional"_qs,
                           p.style.isEmpty() ? u"-"_qs : p.style, p.explode ? u"explode"_qs : u"-"_qs,
                           p.collectionFormat.isEmpty() ? u"-"_qs : p.collectionFormat));
    return out;
}

/// "name:carrier:key[:httpScheme]" per scheme, "+" between the schemes of one alternative.
inline QStringList securitySummary(const SecurityRequirements &security)
{
    static const char *carriers[] = { "header", "query", "cookie", "unsupported" };
    QStringList out;
    for (const QList<SecurityScheme> &alternative : security) {
        QStringList all;
        for (const SecurityScheme &s : alternative)
            all.append(s.name + u':' + QLatin1String(carriers[int(s.carrier)]) + u':' + s.key
                + (s.httpScheme.isEmpty() ? QString() : u':' + s.httpScheme));
        out.append(all.join(u'+'));
    }
    return out;
}

/// A fixture of the data folder, loaded (an empty Spec, and the error as a warning, when it cannot be).
inline Spec loadFixture(const QString &name)
{
    SpecError error;
    std::optional<Spec> spec = loadSpecFile(dataPath(name), &error);
    if (!spec)
        qWarning("%s", qPrintable(error.toString()));
    return spec.value_or(Spec{});
}

} // namespace Pactbench::OpenApi::Test
