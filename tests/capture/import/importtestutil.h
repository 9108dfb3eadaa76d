// SPDX-License-Identifier: MIT
#pragma once
// Shared by the importer tests: where the samples are, and exchanges and notes as plain text to compare.

#include <core/capture/import/importer.h>
#include <tests/testutils/testpaths.h>

#include <QStringList>
#include <QTest>

namespace Pactbench::Test {

/// tests/capture/import/data/NAME in the source tree.
inline QString importData(const QString &name)
{
    return QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/capture/import/data/") + name;
}

/// Headers as "Name: value" lines joined by "\n".
inline QString headerLines(const Headers &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers.entries())
        lines.append(name + QStringLiteral(": ") + value);
    return lines.join(u'\n');
}

/// A body as "KIND CONTENT": "json {…}" (compact), "text …", "bytes <hex>", or "none".
inline QString bodyText(const Body &body)
{
    if (!body.isPresent())
        return QStringLiteral("none");
    switch (body.encoding) {
    case Body::Encoding::Json:
        return QStringLiteral("json ") + QString::fromUtf8(body.content());
    case Body::Encoding::Text:
        return QStringLiteral("text ") + QString::fromUtf8(body.bytes);
    default:
        break;
    }
    return QStringLiteral("bytes ") + QString::fromLatin1(body.bytes.toHex());
}

/// The notes of a kind as "WHERE: MESSAGE" lines.
inline QStringList notesOf(const CaptureBatch &batch, CaptureNote::Kind kind)
{
    QStringList out;
    for (const CaptureNote &n : batch.notes) {
        if (n.kind == kind)
            out.append(n.where + QStringLiteral(": ") + n.message);
    }
    return out;
}

/// The exchange whose source is `source`, or nullptr.
inline const CapturedExchange *exchangeAt(const CaptureBatch &batch, const QString &source)
{
    for (const CapturedExchange &e : batch.exchanges) {
        if (e.source == source)
            return &e;
    }
    return nullptr;
}

/// The entry at `where` gave no exchange, and a Skipped note says why, in exactly these words.
inline void verifySkipped(const CaptureBatch &batch, const QString &where, const QString &reason)
{
    QVERIFY2(!exchangeAt(batch, where), qPrintable(where));
    const QStringList skipped = notesOf(batch, CaptureNote::Kind::Skipped);
    QVERIFY2(skipped.contains(where + QStringLiteral(": ") + reason), qPrintable(skipped.join(u'\n')));
}

} // namespace Pactbench::Test
