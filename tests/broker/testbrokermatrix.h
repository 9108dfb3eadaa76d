// SPDX-License-Identifier: MIT
#pragma once
// Internal to the test broker: the matrix as the real broker computes it (lib/pact_broker/matrix/*):
// selectors resolved to versions, inferred selectors for a target environment or tag, rows with
// `latestby`, ignored rows, and the deployment status summary with its reasons and notices.

#include "testbroker.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pactbench::Test {

struct MatrixSelectorSpec
{
    QString pacticipant;
    QString version;
    QString branch;
    QString tag;
    QString environment;
    bool latest = false;
    bool mainBranch = false;
};

struct MatrixOptions
{
    QList<MatrixSelectorSpec> selectors;
    QList<MatrixSelectorSpec> ignore; ///< pacticipant and optional version
    QString latestBy;
    QString tag; ///< target tag (`tag=`, or `to=` on /can-i-deploy)
    QString environment; ///< target environment
    bool latest = false;
    bool mainBranch = false;

    static MatrixOptions fromMatrixQuery(const QUrlQuery &query);
    static MatrixOptions fromCanIDeployQuery(const QUrlQuery &query);
    bool hasTarget() const { return !tag.isEmpty() || !environment.isEmpty() || latest || mainBranch; }
};

/// A selector resolved to the versions it means.
struct ResolvedSelector
{
    MatrixSelectorSpec spec;
    QStringList versions; ///< oldest first
    bool all = false; ///< only the pacticipant was named: every version
    bool specified = true; ///< false: inferred from the target
    bool pacticipantExists = true;

    bool contains(const QString &version) const { return all || versions.contains(version); }
    bool onlyName() const;
    QString description() const; ///< as the broker's ResolvedSelector#description
    QString doesNotExist() const; ///< as #version_does_not_exist_description
};

struct MatrixLine
{
    const TestBroker::StoredPact *pact = nullptr;
    qsizetype pactIndex = 0;
    const TestBroker::StoredVerification *verification = nullptr;
    bool ignored = false;
};

class MatrixEngine
{
public:
    MatrixEngine(const TestBroker &broker, QString baseUrl)
        : m_broker(broker)
        , m_base(std::move(baseUrl))
    {
    }
    /// Empty when valid, else the broker's 400 messages.
    QStringList validate(const MatrixOptions &options) const;
    /// The matrix document; with `unknown`, as if no verification had been published yet.
    QJsonObject answer(const MatrixOptions &options, bool unknown) const;

private:
    ResolvedSelector resolve(const MatrixSelectorSpec &spec, bool specified) const;
    QList<MatrixLine> lines(const MatrixOptions &options, const QList<ResolvedSelector> &selectors, bool unknown) const;
    QList<MatrixLine> pairLines(const QString &consumer, const QString &provider, const ResolvedSelector &cv,
                                const ResolvedSelector &pv, const QString &latestBy, bool unknown) const;
    bool ignores(const MatrixOptions &options, const MatrixLine &line) const;
    QJsonObject summary(const MatrixOptions &options, const QList<ResolvedSelector> &selectors,
                        const QList<MatrixLine> &rows, QJsonArray *notices) const;
    QString describe(const QString &name, const QList<ResolvedSelector> &selectors, const QList<MatrixLine> &rows) const;
    QJsonObject rowJson(const MatrixLine &line) const;
    QJsonObject versionJson(const QString &pacticipant, const QString &number) const;
    QString url(const QString &path) const { return m_base + path; }

    const TestBroker &m_broker;
    QString m_base;
};

QString verifiedAtOf(int number);

} // namespace Pactbench::Test
