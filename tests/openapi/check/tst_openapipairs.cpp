// SPDX-License-Identifier: MIT
// Every pair of tests/openapi/pairs (spec + pact + expected.json) checked in both modes: with
// --examples-only the findings must be exactly `examplesOnly`, without it exactly `matcherAware`. Lists are
// compared as sets of code + interaction (+ matcher): how many errors one failure gives is the validator's
// choice (AJV and valijson differ), which ones is not. Where `examplesOnly` differs from what
// swagger-mock-validator 14.5 says, tests/openapi/agreement/known-differences.json says why.
#include <core/model/pactreader.h>
#include <core/openapi/checker.h>
#include <core/openapi/spec/specloader.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pactbench;

namespace {

const QString kPairs = QStringLiteral(PACTBENCH_SOURCE_DIR "/tests/openapi/pairs");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString specOf(const QDir &dir)
{
    for (const QString &name : {u"spec.yaml"_qs, u"spec.yml"_qs, u"spec.json"_qs})
        if (dir.exists(name))
            return dir.filePath(name);
    return {};
}

QStringList expectedKeys(const QJsonArray &list, bool withMatcher)
{
    QStringList keys;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        keys.append(o.value(u"code"_qs).toString() + u'@' + o.value(u"interaction"_qs).toString()
                    + (withMatcher && o.value(u"matcher"_qs).toBool() ? u"+m"_qs : QString()));
    }
    keys.sort();
    keys.removeDuplicates(); // sets: validators differ in how many errors one failure gives
    return keys;
}

QStringList actualKeys(const QList<OpenApi::Finding> &findings, bool withMatcher)
{
    QStringList keys;
    for (const OpenApi::Finding &f : findings)
        keys.append(f.code + u'@' + f.interactionDescription + (withMatcher && f.fromMatcher ? u"+m"_qs : QString()));
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace

class TestOpenApiPairs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enoughPairs()
    {
        const QStringList pairs = QDir(kPairs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(pairs.size() >= 40, qPrintable(QStringLiteral("%1 pairs in %2").arg(pairs.size()).arg(kPairs)));
    }

    void pairs_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("examplesOnly");
        for (const QString &name : QDir(kPairs).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QTest::addRow("%s examples", qPrintable(name)) << QDir(kPairs).filePath(name) << true;
            QTest::addRow("%s matchers", qPrintable(name)) << QDir(kPairs).filePath(name) << false;
        }
    }

    void pairs()
    {
        QFETCH(QString, folder);
        QFETCH(bool, examplesOnly);
        const QDir dir(folder);
        const QJsonObject expected = readJson(dir.filePath(u"expected.json"_qs));
        QVERIFY2(!expected.isEmpty(), "expected.json missing or unreadable");
        OpenApi::SpecError error;
        const auto spec = OpenApi::loadSpecFile(specOf(dir), &error);
        QVERIFY2(spec, qPrintable(error.toString()));
        const ReadResult pact = PactReader::readFile(dir.filePath(u"pact.json"_qs));
        QVERIFY(pact.ok());
        OpenApi::CheckOptions options;
        options.examplesOnly = examplesOnly;
        const auto report = OpenApi::Checker(*spec, options).check({{&*pact.pact, dir.filePath(u"pact.json"_qs)}});
        const QJsonArray list = expected.value(examplesOnly ? u"examplesOnly"_qs : u"matcherAware"_qs).toArray();
        QCOMPARE(actualKeys(report.findings, !examplesOnly).join(u", "), expectedKeys(list, !examplesOnly).join(u", "));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiPairs)
#include "tst_openapipairs.moc"
