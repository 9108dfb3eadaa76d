// SPDX-License-Identifier: MIT
#pragma once

// Turning the cells of the suite's tables into pact parts: bodies ("file: x", "JSON: …",
// "XML: …", plain text), headers ("'X-A: 1', 'X-B: 2'"), matching rules and generators
// (read by our PactReader, as a pact file would give them).

#include "gherkin.h"

#include <core/model/interaction.h>
#include <core/model/specversion.h>

namespace Pactbench::Compat {

struct World;

QByteArray fixtureBytes(const World &w, const QString &name);
/// A JSON value from "file: x.json", "JSON: {...}" or bare JSON text; fails the step otherwise.
QJsonValue jsonCell(const World &w, const QString &cell);
/// Sets body and Content-Type from a cell, the way the suite's reference step definitions do.
void setBody(const World &w, const QString &cell, Body &body, Headers &headers, const QString &contentType = {});
/// "'X-A: 1', 'X-B: 2'" → headers (values split on commas as HTTP allows).
Headers headersCell(const QString &cell);
/// Matching rules from a JSON file or JSON text (V2 flat form or V3/V4 categories).
MatchingRules rulesCell(const World &w, const QString &cell);
Generators generatorsCell(const World &w, const QString &cell);

/// Columns of a table row by header name.
QMap<QString, QString> rowMap(const DataTable &table, int row);
/// Applies the request columns (method, path, query, headers, body, matching rules, generators).
void applyRequestColumns(const World &w, const QMap<QString, QString> &row, HttpRequest &request);
/// Applies the response columns (response/status, response headers, response content, response body, response matching
/// rules).
void applyResponseColumns(const World &w, const QMap<QString, QString> &row, HttpResponse &response);
/// The interaction a Background row describes.
Interaction interactionFromRow(const World &w, const QMap<QString, QString> &row);

} // namespace Pactbench::Compat
