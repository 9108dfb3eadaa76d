// SPDX-License-Identifier: MIT
// Published verification results as the broker serves them, with `testResults` as each verifier
// writes them (Pactbench, Pact Rust, pact-jvm, pact-ruby, pact_matching's own JSON), and malformed
// or hostile documents: a clear error or note, never a crash, and nothing silently dropped.

#include <core/broker/publishedverification.h>
#include <core/broker/verificationresults.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Pactbench;
namespace Reader = PublishedVerificationReader;

Q_DECLARE_METATYPE(Pactbench::TestResultsShape)

namespace {

/// JSON written with single quotes, for readable test data.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray document(const QByteArray &testResults)
{
    return json("{'success': false, 'providerApplicationVersion': '3.1.0', 'providerName': 'Billing',"
                " 'verificationDate': '2024-05-01T10:00:01+00:00', 'testResults': ")
        + testResults
        + json(", '_links': {'self': {'href': '/pacts/provider/Billing/consumer/Web/pact-version/abc/verification-results/1'},"
               " 'pb:pact-version': {'href': '/pacts/provider/Billing/consumer/Web/pact-version/abc'}}}");
}

QString text(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"(none)"_qs;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

PublishedVerification readOk(const QByteArray &bytes)
{
    const Reader::Result r = Reader::read(bytes, QUrl(u"http://broker.test/"_qs));
    if (!r.verification)
        qWarning("%s", qPrintable(r.error.toString()));
    return r.verification.value_or(PublishedVerification{});
}

} // namespace

class TestPublishedVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void document()
    {
        const PublishedVerification v = readOk(::document("[]"));
        QCOMPARE(v.providerName, u"Billing"_qs);
        QCOMPARE(v.providerVersion, u"3.1.0"_qs);
        QCOMPARE(v.success, std::optional<bool>(false));
        QCOMPARE(v.verificationDate, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 1), Qt::UTC));
        QCOMPARE(v.url, QUrl(u"http://broker.test/pacts/provider/Billing/consumer/Web/pact-version/abc/verification-results/1"_qs));
        QCOMPARE(v.pactUrl, QUrl(u"http://broker.test/pacts/provider/Billing/consumer/Web/pact-version/abc"_qs));
        QCOMPARE(v.shape, TestResultsShape::List);
        QVERIFY(v.testResults.isEmpty());
        QVERIFY2(v.notes.isEmpty(), qPrintable(v.notes.join(u'\n')));
    }

    void formats_data()
    {
        QTest::addColumn<QByteArray>("testResults");
        QTest::addColumn<TestResultsShape>("shape");
        QTest::addColumn<int>("results");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("success"); // -1: not said
        QTest::addColumn<QStringList>("mismatches"); // attribute|identifier|description|expected|actual
        QTest::addColumn<QStringList>("exceptions"); // class: message

        // Ours (core/verifier/brokerverification.cpp through VerificationResults::toJson()).
        VerificationResults ours;
        ours.success = false;
        ours.providerApplicationVersion = u"3.1.0"_qs;
        VerificationResults::InteractionResult failing;
        failing.interactionId = u"key-1"_qs;
        failing.interactionDescription = u"get an invoice"_qs;
        failing.mismatches.append({u"body"_qs, u"$.total"_qs, u"Expected 12 (Integer) to be equal to 13 (Integer)"_qs,
                                   QJsonValue(12), QJsonValue(13)});
        failing.mismatches.append({u"status"_qs, {}, u"expected 200 but was 500"_qs}); // no values: none sent
        ours.testResults << failing;
        VerificationResults::InteractionResult passing;
        passing.interactionId = u"key-2"_qs;
        passing.success = true;
        ours.testResults << passing;
        QTest::newRow("pactbench") << QJsonDocument(ours.toJson().value(u"testResults").toArray()).toJson()
                                   << TestResultsShape::List << 2 << u"key-1"_qs << u"get an invoice"_qs << 0
                                   << QStringList{u"body|$.total|Expected 12 (Integer) to be equal to 13 (Integer)|[12]|[13]"_qs,
                                                  u"status||expected 200 but was 500|(none)|(none)"_qs}
                                   << QStringList{};

        // Pact Rust (pact_verifier's build_payload): attribute/identifier/description, exceptions with a message.
        QTest::newRow("rust") << json("[{'interactionId': '1234abc', 'interactionDescription': 'int_desc', 'success': false,"
                                      " 'mismatches': [{'attribute': 'method', 'description': 'Expected method of PUT but received POST'},"
                                      " {'attribute': 'header', 'identifier': 'X-Id', 'description': 'Mismatch with header X-Id'}]},"
                                      " {'interactionId': '12345678', 'success': false, 'exceptions': [{'message': 'Bang'}]},"
                                      " {'interactionId': 'abc123', 'success': true}]")
                              << TestResultsShape::List << 3 << u"1234abc"_qs << u"int_desc"_qs << 0
                              << QStringList{u"method||Expected method of PUT but received POST|(none)|(none)"_qs,
                                             u"header|X-Id|Mismatch with header X-Id|(none)|(none)"_qs}
                              << QStringList{};

        // pact-jvm: a body diff, and exceptions with their class.
        QTest::newRow("jvm") << json("[{'interactionId': '36803e03', 'success': false,"
                                     " 'exceptions': [{'message': 'Boom', 'exceptionClass': 'java.io.IOException'}],"
                                     " 'mismatches': [{'attribute': 'body', 'identifier': '$.0',"
                                     " 'description': 'Expected doesNotExist=\\u0027Test\\u0027 but was missing', 'diff': '-  a\\n+  b'}]}]")
                             << TestResultsShape::List << 1 << u"36803e03"_qs << QString() << 0
                             << QStringList{u"body|$.0|Expected doesNotExist='Test' but was missing|(none)|(none)"_qs}
                             << QStringList{u"java.io.IOException: Boom"_qs};

        // pact_matching's own mismatch JSON (the Rust verifier's JSON report): type, path, mismatch, expected, actual.
        QTest::newRow("pact_matching") << json("[{'interactionId': 'x', 'success': false, 'mismatches': [{'type': 'BodyMismatch',"
                                               " 'path': '$.id', 'expected': '1', 'actual': '2', 'mismatch': 'Expected 1 but received 2'}]}]")
                                       << TestResultsShape::List << 1 << u"x"_qs << QString() << 0
                                       << QStringList{u"body|$.id|Expected 1 but received 2|[\"1\"]|[\"2\"]"_qs} << QStringList{};

        // pact-ruby's RSpec formatter: one test per check, grouped by description and provider state.
        QTest::newRow("ruby") << json("{'tests': [{'testDescription': 'has status code 200', 'status': 'passed',"
                                      " 'interactionProviderState': 'an invoice', 'interactionDescription': 'get it'},"
                                      " {'testDescription': 'has a matching body', 'status': 'failed',"
                                      " 'interactionProviderState': 'an invoice', 'interactionDescription': 'get it',"
                                      " 'exception': {'class': 'RSpec::Expectations::ExpectationNotMetError', 'message': 'Diff: total'}},"
                                      " {'testDescription': 'has status code 204', 'status': 'passed', 'interactionDescription': 'delete it'}],"
                                      " 'summary': {'testCount': 3, 'failureCount': 1}}")
                              << TestResultsShape::RubyTests << 2 << QString() << u"get it"_qs << 0
                              << QStringList{u"body||has a matching body: Diff: total|(none)|(none)"_qs} << QStringList{};

        QTest::newRow("none") << QByteArray("null") << TestResultsShape::None << 0 << QString() << QString() << -1
                              << QStringList{} << QStringList{};
        QTest::newRow("unknown object") << json("{'passed': 3}") << TestResultsShape::Unknown << 0 << QString() << QString()
                                        << -1 << QStringList{} << QStringList{};
    }

    void formats()
    {
        QFETCH(QByteArray, testResults);
        QFETCH(TestResultsShape, shape);
        QFETCH(int, results);
        const PublishedVerification v = readOk(::document(testResults));
        QCOMPARE(v.shape, shape);
        QCOMPARE(v.testResults.size(), results);
        if (shape == TestResultsShape::Unknown)
            QCOMPARE(v.testResultsText, QString::fromUtf8(testResults).remove(u' '));
        if (results == 0)
            return;
        const PublishedTestResult &first = v.testResults.constFirst();
        QTEST(first.interactionId, "id");
        QTEST(first.interactionDescription, "description");
        QTEST(first.success ? int(*first.success) : -1, "success");
        QStringList mismatches;
        for (const PublishedMismatch &m : first.mismatches)
            mismatches << QStringList{m.attribute, m.identifier, m.description, text(m.expected), text(m.actual)}.join(u'|');
        QTEST(mismatches, "mismatches");
        QStringList exceptions;
        for (const PublishedException &e : first.exceptions)
            exceptions << e.exceptionClass + u": " + e.message;
        QTEST(exceptions, "exceptions");
        QVERIFY2(first.unread.isEmpty(), qPrintable(first.unread.join(u'\n')));
    }

    void jvmDiffAndRubyStatesKept()
    {
        const PublishedVerification jvm = readOk(::document(json(
            "[{'interactionId': 'a', 'success': false, 'mismatches': [{'attribute': 'body', 'description': 'd', 'diff': '-  a'}]}]")));
        QCOMPARE(jvm.testResults.constFirst().mismatches.constFirst().diff, u"-  a"_qs);
        const PublishedVerification ruby = readOk(::document(json(
            "{'tests': [{'status': 'failed', 'interactionProviderState': 's', 'interactionDescription': 'd'}]}")));
        QCOMPARE(ruby.testResults.constFirst().providerState, std::optional<QString>(u"s"_qs));
        QCOMPARE(ruby.testResults.constFirst().success, std::optional<bool>(false));
        // A failed test without an exception is still a mismatch, in the test's own words.
        QCOMPARE(ruby.testResults.constFirst().mismatches.size(), 1);
        QVERIFY(!ruby.testResults.constFirst().mismatches.constFirst().description.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QByteArray() << 0 << 0 << u"empty"_qs;
        QTest::newRow("blank") << QByteArray(" \n ") << 0 << 0 << u"empty"_qs;
        QTest::newRow("cut short") << QByteArray("{\n  \"success\": true,\n  \"testResults\": [") << 3 << -1 << u"not valid JSON"_qs;
        QTest::newRow("garbage on line 2") << QByteArray("{\"success\": true,\n  oops}") << 2 << -1 << u"not valid JSON"_qs;
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << 1 << 2 << u"not valid JSON"_qs;
        QTest::newRow("array") << QByteArray("[1, 2]") << 0 << 0 << u"not an array"_qs;
        QTest::newRow("scalar") << QByteArray("42") << 0 << 0 << u"not a scalar"_qs;
        QTest::newRow("deep nesting") << QByteArray(200000, '[') << 1 << -1 << u"not valid JSON"_qs;
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Reader::Result r = Reader::read(bytes);
        QVERIFY(!r.verification);
        QCOMPARE(r.error.severity, Diagnostic::Severity::Fatal);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        QCOMPARE(r.error.line, line);
        if (column >= 0)
            QCOMPARE(r.error.column, column);
        QVERIFY2(!r.error.toString().isEmpty(), qPrintable(r.error.toString()));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("testResults");
        QTest::addColumn<int>("results");
        QTest::addColumn<int>("mismatches"); // of the first result
        QTest::addColumn<QString>("note"); // in the notes or the first result's unread parts

        QByteArray many = "[";
        for (int i = 0; i < 50000; ++i)
            many += (i ? "," : "") + json("{'interactionId': '") + QByteArray::number(i) + json("', 'success': true}");
        many += ']';
        QTest::newRow("50,000 results") << many << Reader::kMaxTestResults << 0 << u"only the first 10000 of 50000"_qs;

        QByteArray manyMismatches = json("[{'success': false, 'mismatches': [");
        for (int i = 0; i < 5000; ++i)
            manyMismatches += (i ? "," : "") + json("{'attribute': 'body', 'description': 'x'}");
        manyMismatches += "]}]";
        QTest::newRow("5,000 mismatches") << manyMismatches << 1 << Reader::kMaxMismatches << u"4000 more mismatches"_qs;

        // Nested as deep as Qt reads (its limit is 1024), in a place nothing expects: kept as capped text.
        const QByteArray deep = QByteArray(1000, '[') + QByteArray(1000, ']');
        QTest::newRow("deep in a result") << json("[{'success': false, 'extra': ") + deep + "}]" << 1 << 0 << u"extra: [[[["_qs;
        QTest::newRow("deep list") << deep << 0 << 0 << u"testResults[0] is not an object: [[[["_qs;

        QTest::newRow("not objects") << json("[1, 'x', null, {'success': true}]") << 1 << 0 << u"testResults[1] is not an object: x"_qs;
        QTest::newRow("mismatches a string") << json("[{'success': false, 'mismatches': 'oops'}]") << 1 << 0
                                             << u"mismatches: oops"_qs;
        QTest::newRow("mismatch a number") << json("[{'success': false, 'mismatches': [7, {'attribute': 'status'}]}]") << 1 << 1
                                           << u"mismatches[0]: 7"_qs;
        QTest::newRow("success a string") << json("[{'success': 'yes'}]") << 1 << 0 << u"success: yes"_qs;
        QTest::newRow("number") << QByteArray("42") << 0 << 0 << u"shape Pactbench does not know"_qs;
        QTest::newRow("ruby tests not a list") << json("{'tests': 3}") << 0 << 0 << u"testResults.tests is not an array"_qs;
        QTest::newRow("huge string") << json("[{'success': false, 'extra': '") + QByteArray(5 << 20, 'a') + json("'}]") << 1
                                     << 0 << u"extra: aaaa"_qs;
    }

    void hostile()
    {
        QFETCH(QByteArray, testResults);
        QFETCH(int, results);
        QFETCH(int, mismatches);
        QFETCH(QString, note);
        const PublishedVerification v = readOk(::document(testResults));
        QCOMPARE(v.testResults.size(), results);
        QStringList said = v.notes;
        if (!v.testResults.isEmpty()) {
            QCOMPARE(v.testResults.constFirst().mismatches.size(), mismatches);
            said << v.testResults.constFirst().unread;
        }
        const QString all = said.join(u'\n');
        QVERIFY2(all.contains(note), qPrintable(all.left(500)));
        for (const QString &line : said) // unread text is capped
            QVERIFY(line.size() <= Reader::kMaxUnreadText + 100);
    }

    void wrongTypesInTheDocument()
    {
        const PublishedVerification v = readOk(json("{'success': 'no', 'providerApplicationVersion': {'x': 1},"
                                                    " 'verificationDate': 'yesterday', 'verifiedBy': 3, 'testResults': []}"));
        QVERIFY(!v.success);
        QVERIFY(v.providerVersion.isEmpty());
        QVERIFY(!v.verificationDate.isValid());
        const QString notes = v.notes.join(u'\n');
        for (const QString &key : {u"'success'"_qs, u"'providerApplicationVersion'"_qs, u"'verificationDate'"_qs, u"'verifiedBy'"_qs})
            QVERIFY2(notes.contains(key), qPrintable(notes));
    }

    void otherDateKeys()
    {
        const PublishedVerification v = readOk(json("{'success': true, 'verifiedAt': '2024-05-01T10:00:00Z'}"));
        QCOMPARE(v.verificationDate, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(v.shape, TestResultsShape::None);
    }
};

QTEST_GUILESS_MAIN(TestPublishedVerification)
#include "tst_publishedverification.moc"
