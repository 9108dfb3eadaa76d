// SPDX-License-Identifier: MIT
// WireMock's file layout: ROOT/mappings/**/*.json with body files in ROOT/__files.
#include "wiremock.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Pactbench::Import::Detail {

namespace {

/// WireMock reads at most this many mapping files of one folder here.
constexpr int MaxMappingFiles = 10000;

/// The __files folder for mappings in `mappingsDir`: beside it when it is a "mappings" folder, else inside it.
QString filesDirFor(const QString &mappingsDir)
{
    const QDir dir(mappingsDir);
    const QString candidate = dir.dirName() == QStringLiteral("mappings") ? dir.absoluteFilePath(QStringLiteral("../__files"))
                                                                         : dir.absoluteFilePath(QStringLiteral("__files"));
    return QFileInfo(candidate).isDir() ? QDir::cleanPath(candidate) : QString();
}

QStringList mappingFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
        if (files.size() > MaxMappingFiles)
            fail({}, QStringLiteral("more than the limit of 10,000 mapping files"));
    }
    files.sort();
    return files;
}

Result readFolder(const QString &path)
{
    const QDir root(path);
    const QString mappingsDir = root.exists(QStringLiteral("mappings")) ? root.absoluteFilePath(QStringLiteral("mappings")) : root.absolutePath();
    WireMockInput input;
    input.filesDir = filesDirFor(mappingsDir);
    Result result;
    QStringList files;
    try {
        files = mappingFiles(mappingsDir);
    } catch (const FormatError &e) {
        return Result{{}, errorText(path, e)};
    }
    if (files.isEmpty())
        return Result{{}, path + QStringLiteral(": no .json mapping files in the folder")};
    for (const QString &file : files) {
        const QString name = root.relativeFilePath(file);
        try {
            readWireMockDocument(readInputFile(file), name, input, result.batch);
        } catch (const FormatError &e) {
            return Result{{}, errorText(name, e)};
        }
    }
    return result;
}

} // namespace

QByteArray readBodyFile(const QString &fileName, WireMockInput &input, QString *why)
{
    if (input.filesDir.isEmpty()) {
        *why = QStringLiteral("bodyFileName \"%1\": no __files folder to read it from").arg(fileName);
        return {};
    }
    const QString path = QDir::cleanPath(input.filesDir + u'/' + fileName);
    if (!path.startsWith(input.filesDir + u'/') || QDir::isAbsolutePath(fileName)) {
        *why = QStringLiteral("bodyFileName \"%1\" is outside the __files folder").arg(fileName);
        return {};
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        *why = QStringLiteral("bodyFileName \"%1\": no such file in __files").arg(fileName);
        return {};
    }
    input.bodyBytes += info.size();
    if (input.bodyBytes > MaxInputBytes)
        fail({}, QStringLiteral("body files of more than the limit of 256 MiB in all"));
    return readInputFile(path);
}

Result readWireMockPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return readFolder(path);
    const QString name = displayName(path);
    return guarded(name, [&](CaptureBatch &batch) {
        WireMockInput input;
        input.filesDir = filesDirFor(info.absolutePath());
        readWireMockDocument(readInputFile(path), name, input, batch);
    });
}

} // namespace Pactbench::Import::Detail
