// SPDX-License-Identifier: MIT
#pragma once

// The options `record` and `import` share: where the pact goes, its names and version, matchers, secrets.

#include "cli.h"

#include <core/capture/pactbuilder.h>

#include <QCommandLineOption>

class QCommandLineParser;

namespace Pactbench::Cli {

struct CaptureCliOptions
{
    QCommandLineOption output{ { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The pact file to write (written whole, atomically; - for standard output)."), QStringLiteral("file") };
    QCommandLineOption consumer{ QStringLiteral("consumer"), QStringLiteral("The consumer's name (default: consumer)."),
        QStringLiteral("name"), QStringLiteral("consumer") };
    QCommandLineOption provider{ QStringLiteral("provider"), QStringLiteral("The provider's name (default: provider)."),
        QStringLiteral("name"), QStringLiteral("provider") };
    QCommandLineOption pactVersion{ QStringLiteral("pact-version"),
        QStringLiteral("Specification version of the pact: 3 or 4 (default 4)."), QStringLiteral("version"), QStringLiteral("4") };
    QCommandLineOption noMatchers{ QStringLiteral("no-matchers"),
        QStringLiteral("Exact values: no matching rules inferred (secrets still get theirs).") };
    QCommandLineOption secretHeader{ QStringLiteral("secret-header"),
        QStringLiteral("Also treat this request header as a secret (repeatable; Authorization, Cookie, X-API-Key … always are)."),
        QStringLiteral("name") };
    QCommandLineOption secretQuery{ QStringLiteral("secret-query"),
        QStringLiteral("Also treat this query parameter as a secret (repeatable; api_key, access_token, token … always are)."),
        QStringLiteral("name") };

    void addTo(QCommandLineParser &parser) const;
    /// The builder's options from the command line; false with `problem` set when a value is wrong.
    bool read(const QCommandLineParser &parser, CaptureOptions *options, QString *problem) const;
};

/**
 * Turns the exchanges into a pact and writes it to `path`: the notes go to standard error (as
 * "COMMAND: note"), a one-line summary to standard output. Returns the exit code.
 */
int writeCapturedPact(const CaptureBatch &batch, const CaptureOptions &options, const QString &path,
                      const QString &command, Io &io);

} // namespace Pactbench::Cli
