// SPDX-License-Identifier: MIT
#include "lastfailed.h"

#include <core/fileio/outputfile.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Pactbench::LastFailed {

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

bool save(const QString &origin, const QList<InteractionResult> &results)
{
    QStringList failed;
    for (const InteractionResult &r : results) {
        if (r.outcome == InteractionOutcome::Failed || r.outcome == InteractionOutcome::Error)
            failed.append(r.description);
    }
    const QString path = storePath(origin);
    if (failed.isEmpty())
        return !QFileInfo::exists(path) || QFile::remove(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return OutputFile::write(path, QJsonDocument(QJsonArray::fromStringList(failed)).toJson());
}

QStringList load(const QString &origin)
{
    QFile f(storePath(origin));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
        out.append(v.toString());
    return out;
}

} // namespace Pactbench::LastFailed
