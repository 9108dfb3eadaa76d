// SPDX-License-Identifier: MIT
#pragma once
// Private to the YAML reader: a document read through JSON text (yamlreader.cpp has the other builder).

#include "sourcedoc.h"

#include <string>

namespace Pactbench::OpenApi::detail {

/**
 * Reads the YAML `text` into `doc` (root, lines, key order) by writing it as JSON text while yaml-cpp reads
 * it, then reading that once with QJsonDocument::fromJson: building the values key by key (a QJsonObject
 * insert, a QJsonValue per string) costs three times as much. False when the document holds what only the
 * value builder reads: anchors, aliases and merge keys, a number JSON cannot write (1e999), text that is not
 * UTF-8; `doc` is then unusable. Throws YamlStop and yaml-cpp's exceptions as the value builder does, at the
 * same places with the same words; `*empty` is set when the stream holds no document.
 */
bool readYamlAsText(const std::string &text, const LoadLimits &limits, SourceDoc *doc, bool *empty);

} // namespace Pactbench::OpenApi::detail
