// SPDX-License-Identifier: MIT
#pragma once
// WireMock stub mappings (https://wiremock.org/docs/stubbing/, /docs/request-matching/): shared by the
// reader of one document (wiremockimport.cpp) and of files and folders (wiremockfiles.cpp).

#include "importcommon.h"

namespace Pactbench::Import::Detail {

/// The state of reading one input (a file or a folder of them).
struct WireMockInput
{
    QString filesDir; ///< the __files folder bodyFileName is relative to; empty when there is none
    qint64 bodyBytes = 0; ///< body files read so far (at most MaxInputBytes in all)
    int stubs = 0; ///< stubs read so far (at most MaxEntries)
};

/// Reads one JSON document (a stub, or {"mappings": […]}) into `batch`; throws FormatError located in it.
void readWireMockDocument(const QByteArray &data, const QString &name, WireMockInput &input, CaptureBatch &batch);
/// The response body of a stub's bodyFileName, or why it cannot be read (in `why`).
QByteArray readBodyFile(const QString &fileName, WireMockInput &input, QString *why);

} // namespace Pactbench::Import::Detail
