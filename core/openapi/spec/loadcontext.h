// SPDX-License-Identifier: MIT
#pragma once

// Private to the loader: the documents read so far, $ref resolution and the Spec being built.

#include "sourcedoc.h"
#include "specloader.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <map>
#include <memory>
#include <optional>

namespace Pactbench::OpenApi::detail {

/// Thrown inside the loader for what stops the whole load; loadSpecBytes turns it into its SpecError.
struct SpecFailure
{
    SpecError error;
};

/// A value in one of the documents, with where it is.
struct Node
{
    const SourceDoc *doc = nullptr;
    QString pointer;
    QJsonValue value = QJsonValue(QJsonValue::Undefined);

    /// Not written, or written as null (`parameters:` with nothing after it).
    bool isAbsent() const { return value.isUndefined() || value.isNull(); }
    bool isObject() const { return value.isObject(); }
    QJsonObject object() const { return value.toObject(); }
    bool has(const QString &key) const { return value.toObject().contains(key); }
    Node child(const QString &key) const;
    Node at(qsizetype index) const;
    QStringList keys() const; ///< of a mapping, in document order
    int line() const { return doc ? doc->lineOf(pointer) : 0; }
    /// The line of its `$ref` (its own line when that is not known).
    int refLine() const { return doc ? doc->lineOf(pointerChild(pointer, u"$ref"_qs)) : 0; }
};

class LoadContext
{
public:
    LoadContext(const QString &rootName, const DocumentReader &reader, const LoadLimits &limits);

    /// Reads the root document (throws SpecFailure when it cannot be read).
    void readRoot(const QByteArray &bytes);
    Node root() const;

    Spec spec;

    /// Follows a non-schema object's $ref chain to its target; nullopt (and a warning at `location`) when a
    /// $ref is broken. A cycle, or a file that cannot be read, throws SpecFailure.
    std::optional<Node> follow(const Node &node, const QString &location);
    /// The schema at `node`, converted (convertSchema), its $refs registered as definitions.
    QJsonValue schema(const Node &node, const QString &location);
    /// A schema made by the loader (Swagger 2 parameters) whose $refs are relative to `doc`.
    QJsonValue schema(const QJsonValue &raw, const SourceDoc *doc, const QString &location);
    /// Converts every schema reached by a $ref into spec.definitions (call once, at the end).
    void finishDefinitions();

    SpecPlace place(const QString &location, const Node &node) const;
    void warn(const QString &message, const SpecPlace &place);
    /// Warns unless `node` holds a mapping: "LOCATION must be a mapping, not …".
    bool expectObject(const Node &node, const QString &location);

private:
    struct Target
    {
        std::optional<Node> node;
        QString problem; ///< why node is missing
    };
    struct PendingSchema
    {
        QString key;
        Node node;
        QString location;
    };

    Target resolve(const QString &ref, const Node &from);
    const SourceDoc &document(const QString &location, const Node &from);
    QString definitionRef(const QString &ref, const Node &from, const QString &location);
    QString uniqueKey(const QString &wanted);

    DocumentReader m_reader;
    LoadLimits m_limits;
    QString m_rootName;
    std::map<QString, std::unique_ptr<SourceDoc>> m_docs; ///< by absolute path or URL
    const SourceDoc *m_root = nullptr;
    QHash<QString, QString> m_schemaKeys; ///< "file#pointer" → definitions key
    /// A $ref as written in a document → its "#/definitions/KEY", once resolved: a document repeats its
    /// $refs (a thousand of them name a hundred schemas), and resolving one walks its pointer.
    QHash<QPair<const SourceDoc *, QString>, QString> m_refKeys;
    QSet<QString> m_reservedKeys; ///< the root's component schema names, kept for them
    QSet<QString> m_usedKeys;
    QList<PendingSchema> m_pending;
};

/// A local file's bytes, at most `maxBytes` of them (more is an error, as is a file that cannot be read).
std::optional<QByteArray> readLocalFile(const QString &path, qint64 maxBytes, QString *error);

/// "number", "string", "a list"… for messages.
QString describeType(const QJsonValue &value);

} // namespace Pactbench::OpenApi::detail
