// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/exchange.h>

#include <QByteArray>
#include <QString>
#include <optional>

/**
 * Importers of recorded traffic: HAR 1.2 files, curl command lines, WireMock stub mappings and
 * Postman v2.1 collections become CapturedExchanges (request and response as the file gave them,
 * the scheme and host left out) with a CaptureNote for every entry that gave none.
 *
 * A file that is not the format, or is malformed, gives a fatal error that says where:
 * "orders.har:12:5: not valid JSON: …", "orders.har: log.entries[3].response.status: expected a
 * number, found a string", "curl.txt:4:12: unterminated single quote". Limits: 256 MiB per file,
 * 100,000 entries per input.
 */
namespace Pactbench::Import {

enum class Format { Har, Curl, WireMock, Postman };

/// The largest input file (and the largest total of WireMock body files) read: 256 MiB.
inline constexpr qint64 MaxInputBytes = qint64(256) * 1024 * 1024;
/// The most entries (HAR entries, curl commands, WireMock stubs, Postman requests and examples) of one input.
inline constexpr int MaxEntries = 100000;

/// "har", "curl", "wiremock", "postman" (case-insensitive); nullopt for anything else.
std::optional<Format> formatFromName(const QString &name);
/// "har", "curl", "wiremock", "postman".
QString formatName(Format format);

/// What an import gives: the exchanges and notes, or a fatal error (then `batch` is empty).
struct Result
{
    CaptureBatch batch;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/**
 * Reads a file of the format (for WireMock also a folder: its `mappings/` folder, or the folder
 * itself, every `.json` below it in name order, body files from the `__files/` folder beside the
 * mappings). Locations in notes and errors start with the file's name.
 */
Result readFile(Format format, const QString &path);

/// The content of a file named `name` (used in locations only).
Result readHar(const QByteArray &data, const QString &name);
Result readCurl(const QByteArray &data, const QString &name);
/// `filesDir`: the `__files` folder that `bodyFileName` is relative to; empty: such stubs are skipped.
Result readWireMock(const QByteArray &data, const QString &name, const QString &filesDir = {});
Result readPostman(const QByteArray &data, const QString &name);

/// The format the content looks like (HAR log, Postman collection, WireMock mapping(s), curl lines), or nullopt.
std::optional<Format> detect(const QByteArray &data);

} // namespace Pactbench::Import
