// SPDX-License-Identifier: MIT
#include "importer.h"
#include "importcommon.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::Import {

using namespace Detail;

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QStringLiteral("har"))
        return Format::Har;
    if (n == QStringLiteral("curl"))
        return Format::Curl;
    if (n == QStringLiteral("wiremock"))
        return Format::WireMock;
    if (n == QStringLiteral("postman"))
        return Format::Postman;
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Har:
        return QStringLiteral("har");
    case Format::Curl:
        return QStringLiteral("curl");
    case Format::WireMock:
        return QStringLiteral("wiremock");
    case Format::Postman:
        break;
    }
    return QStringLiteral("postman");
}

Result readFile(Format format, const QString &path)
{
    if (format == Format::WireMock)
        return readWireMockPath(path);
    const QString name = displayName(path);
    QByteArray data;
    try {
        data = readInputFile(path);
    } catch (const FormatError &e) {
        return Result{{}, errorText(path, e)};
    }
    switch (format) {
    case Format::Har:
        return readHar(data, name);
    case Format::Curl:
        return readCurl(data, name);
    case Format::Postman:
        return readPostman(data, name);
    case Format::WireMock:
        break;
    }
    return {};
}

namespace {

std::optional<Format> detectJson(const QJsonObject &root)
{
    if (root.value(QStringLiteral("log")).toObject().contains(QStringLiteral("entries")))
        return Format::Har;
    if (root.value(QStringLiteral("info")).isObject() && root.contains(QStringLiteral("item")))
        return Format::Postman;
    if (root.value(QStringLiteral("mappings")).isArray()
        || (root.value(QStringLiteral("request")).isObject() && root.value(QStringLiteral("response")).isObject()))
        return Format::WireMock;
    return std::nullopt;
}

} // namespace

std::optional<Format> detect(const QByteArray &data)
{
    const QByteArray text = data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    if (text.trimmed().startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        return doc.isObject() ? detectJson(doc.object()) : std::nullopt;
    }
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray t = line.trimmed();
        if (t.isEmpty() || t.startsWith('#'))
            continue;
        if (t.startsWith("curl ") || t.startsWith("curl.exe ") || t == "curl")
            return Format::Curl;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Pactbench::Import
