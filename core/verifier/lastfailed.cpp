// SPDX-License-Identifier: MIT
#include "lastfailed.h"

#include <core/fileio/outputfile.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Pactbench::LastFailed {

namespace {

/// A report larger than this is not a report of ours or the reference's (it names the limit).
constexpr qint64 kMaxReportBytes = 256ll << 20;

QJsonObject refJson(const InteractionRef &ref)
{
    QJsonObject o{ { QStringLiteral("description"), ref.description },
        { QStringLiteral("providerStates"), QJsonArray::fromStringList(ref.providerStates) } };
    if (!ref.key.isEmpty())
        o.insert(QStringLiteral("key"), ref.key);
    return o;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

QString storePath(const QString &origin)
{
    // Never beside the pact: commands leave their inputs' folders alone. One file per pact, named by
    // a hash of its canonical path (or of its URL), in the user's cache folder.
    const QFileInfo file(origin);
    const QString key = file.exists() ? file.canonicalFilePath() : origin;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/last-failed");
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return dir + u'/' + QString::fromLatin1(hash) + QStringLiteral(".json");
}

InteractionRef refOf(const InteractionResult &result)
{
    return { result.key, result.description, result.providerStates };
}

bool save(const QString &origin, const QList<InteractionResult> &results)
{
    QJsonArray failed;
    for (const InteractionResult &r : results) {
        if (r.outcome == InteractionOutcome::Failed || r.outcome == InteractionOutcome::Error)
            failed.append(refJson(refOf(r)));
    }
    const QString path = storePath(origin);
    if (failed.isEmpty())
        return !QFileInfo::exists(path) || QFile::remove(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return OutputFile::write(path, QJsonDocument(failed).toJson());
}

QList<InteractionRef> load(const QString &origin)
{
    QFile f(storePath(origin));
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxReportBytes)
        return {};
    QList<InteractionRef> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        if (v.isString()) { // the store of earlier versions: descriptions only
            out.append({ {}, v.toString(), {}, false });
            continue;
        }
        const QJsonObject o = v.toObject();
        out.append({ o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("description")).toString(),
            strings(o.value(QStringLiteral("providerStates"))) });
    }
    return out;
}

bool fromReport(const QString &path, QList<InteractionRef> *refs, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxReportBytes) {
        *error = QStringLiteral("%1 is larger than %2 MiB, the limit for a report").arg(path).arg(kMaxReportBytes >> 20);
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    const QJsonValue results = doc.object().value(QStringLiteral("interactionResults"));
    if (parse.error != QJsonParseError::NoError || !results.isArray()) {
        *error = QStringLiteral("%1 has no interaction results (not a verification report)").arg(path);
        return false;
    }
    refs->clear();
    for (const QJsonValue &v : results.toArray()) {
        const QJsonObject entry = v.toObject();
        if (entry.value(QStringLiteral("result")).toString() != QStringLiteral("Error"))
            continue;
        InteractionRef ref;
        ref.key = entry.value(QStringLiteral("interactionKey")).toString();
        ref.description = entry.value(QStringLiteral("description")).toString();
        const QJsonObject ours = entry.value(QStringLiteral("pactbench")).toObject();
        ref.statesKnown = ours.contains(QStringLiteral("providerStates")); // the reference's reports have none
        ref.providerStates = strings(ours.value(QStringLiteral("providerStates")));
        refs->append(ref);
    }
    return true;
}

} // namespace Pactbench::LastFailed
