// SPDX-License-Identifier: MIT
// Each generator: the shape of what it makes, its mode, and how it is applied to parts.
#include <core/matching/datetimepattern.h>
#include <core/matching/generator.h>
#include <core/model/pactreader.h>
#include <core/model/regexsyntax.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Pactbench;

namespace {

Generator generator(const QByteArray &text)
{
    return Generator::fromJson(QJsonDocument::fromJson(text).object());
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(v.toDouble(), 'g', 17);
}

} // namespace

class TestGenerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// A pattern parsed once gives, seed for seed, the strings the pattern gives (matchersamples.cpp draws 12 so).
    void regexParsedOnceDrawsAlike()
    {
        const QString pattern = u"^[0-9a-f]{8}-(ab|cd)+\\d{2,5}x?$"_qs;
        const RegexSyntax syntax = RegexSyntax::parse(pattern);
        QVERIFY(syntax.ok());
        QRandomGenerator fromText(7);
        QRandomGenerator fromSyntax(7);
        for (int i = 0; i < 12; ++i) {
            const std::optional<QString> a = generateFromRegex(pattern, fromText);
            const std::optional<QString> b = generateFromRegex(syntax, fromSyntax);
            QVERIFY(a && b);
            QCOMPARE(*b, *a);
            QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(*b).hasMatch(), qPrintable(*b));
        }
        QRandomGenerator rng(7);
        QVERIFY(!generateFromRegex(RegexSyntax::parse(u"a{2"_qs), rng)); // refused: nothing drawn
    }

    void shape_data();
    void shape();
    void modes();
    void providerState();
    void mockServerUrl();
    void dateExpressions_data();
    void dateExpressions();
    void quotedPatternLiterals_data();
    void quotedPatternLiterals();
    void appliedToResponse();
    void appliedToRequestInProviderMode();
    void addsMissingHeadersAndParameters();
};

void TestGenerators::shape_data()
{
    QTest::addColumn<QByteArray>("generator");
    QTest::addColumn<QString>("pattern");
    auto row = [](const char *name, const char *g, const char *p) {
        QTest::addRow("%s", name) << QByteArray(g) << QString::fromUtf8(p);
    };
    row("RandomInt default", R"({"type":"RandomInt"})", "(10|[0-9])");
    row("RandomInt range", R"({"type":"RandomInt","min":100,"max":102})", "10[0-2]");
    row("RandomDecimal", R"({"type":"RandomDecimal","digits":6})", "[0-9]+\\.?[0-9]*");
    row("RandomHexadecimal", R"({"type":"RandomHexadecimal","digits":8})", "[0-9a-f]{8}");
    row("RandomString", R"({"type":"RandomString","size":12})", "[A-Za-z0-9]{12}");
    row("Regex", R"({"type":"Regex","regex":"\\d{3}-[A-F]{2}(x|y)?"})", "\\d{3}-[A-F]{2}(x|y)?");
    row("Regex groups", R"({"type":"Regex","regex":"(ab|cd)+[0-9]{2,4}"})", "(ab|cd)+[0-9]{2,4}");
    row("Uuid default", R"({"type":"Uuid"})", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    row("Uuid simple", R"({"type":"Uuid","format":"simple"})", "[0-9a-f]{32}");
    row("Uuid upper", R"({"type":"Uuid","format":"upper-case-hyphenated"})", "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    row("Uuid URN", R"({"type":"Uuid","format":"URN"})", "urn:uuid:[0-9a-f-]{36}");
    row("Date default", R"({"type":"Date"})", "\\d{4}-\\d{2}-\\d{2}");
    row("Date format", R"({"type":"Date","format":"dd/MM/yyyy"})", "\\d{2}/\\d{2}/\\d{4}");
    row("Time", R"({"type":"Time","format":"HH:mm"})", "\\d{2}:\\d{2}");
    row("DateTime", R"({"type":"DateTime","format":"yyyy-MM-dd'T'HH:mm:ssXXX"})", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
    row("RandomBoolean", R"({"type":"RandomBoolean"})", "true|false");
}

void TestGenerators::shape()
{
    QFETCH(QByteArray, generator);
    QFETCH(QString, pattern);
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    for (int i = 0; i < 20; ++i) {
        const auto v = generateValue(::generator(generator), {}, GeneratorContext{});
        QVERIFY(v.has_value());
        QVERIFY2(re.match(text(*v)).hasMatch(), qPrintable(text(*v)));
    }
}

void TestGenerators::modes()
{
    GeneratorContext consumer;
    GeneratorContext provider;
    provider.mode = GeneratorMode::Provider;
    provider.providerState.insert(QStringLiteral("id"), 5);
    consumer.mockServerUrl = QStringLiteral("http://localhost:1");
    const Generator ps = generator(R"({"type":"ProviderState","expression":"${id}"})");
    const Generator url = generator(R"j({"type":"MockServerURL","example":"http://x/a","regex":".*(/a)"})j");
    QVERIFY(!generateValue(ps, {}, consumer));
    QVERIFY(generateValue(ps, {}, provider));
    QVERIFY(generateValue(url, {}, consumer));
    QVERIFY(!generateValue(url, {}, provider));
}

void TestGenerators::providerState()
{
    GeneratorContext ctx;
    ctx.mode = GeneratorMode::Provider;
    ctx.providerState.insert(QStringLiteral("id"), 1000);
    QCOMPARE(generateValue(generator(R"({"type":"ProviderState","expression":"${id}"})"), {}, ctx)->toInt(), 1000);
    QCOMPARE(generateValue(generator(R"({"type":"ProviderState","expression":"/path/${id}"})"), {}, ctx)->toString(), QStringLiteral("/path/1000"));
    QCOMPARE(generateValue(generator(R"({"type":"ProviderState","expression":"${id}","dataType":"STRING"})"), {}, ctx)->toString(), QStringLiteral("1000"));
    QString error;
    QVERIFY(!generateValue(generator(R"({"type":"ProviderState","expression":"${missing}"})"), {}, ctx, &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
}

void TestGenerators::mockServerUrl()
{
    GeneratorContext ctx;
    ctx.mockServerUrl = QStringLiteral("http://somewhere.world");
    const auto v = generateValue(generator(R"j({"type":"MockServerURL","example":"http://localhost:9876/a","regex":".*(/a)"})j"), {}, ctx);
    QCOMPARE(v->toString(), QStringLiteral("http://somewhere.world/a"));
}

void TestGenerators::dateExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    QTest::addRow("today") << QStringLiteral("today") << QStringLiteral("2024-01-31 10:20");
    QTest::addRow("+ 1 day") << QStringLiteral("+ 1 day") << QStringLiteral("2024-02-01 10:20");
    QTest::addRow("- 2 weeks") << QStringLiteral("- 2 weeks") << QStringLiteral("2024-01-17 10:20");
    QTest::addRow("next month") << QStringLiteral("next month") << QStringLiteral("2024-02-29 10:20");
    QTest::addRow("tomorrow @ noon") << QStringLiteral("tomorrow @ noon") << QStringLiteral("2024-02-01 12:00");
    QTest::addRow("@ 3 pm") << QStringLiteral("@ 3 pm") << QStringLiteral("2024-01-31 15:00");
    QTest::addRow("@ 12 am") << QStringLiteral("@ 12 am") << QStringLiteral("2024-01-31 00:00");
    QTest::addRow("@ 12 pm") << QStringLiteral("@ 12 pm") << QStringLiteral("2024-01-31 12:00");
    QTest::addRow("@ 23 o'clock") << QStringLiteral("@ 23 o'clock") << QStringLiteral("2024-01-31 23:00");
    QTest::addRow("@ + 2 hours") << QStringLiteral("@ + 2 hours") << QStringLiteral("2024-01-31 12:20");
    QTest::addRow("invalid") << QStringLiteral("+ 1 fortnights banana") << QString();
}

void TestGenerators::dateExpressions()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const QDateTime base(QDate(2024, 1, 31), QTime(10, 20), QTimeZone::utc());
    const auto result = evaluateDateExpression(expression, base);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        return;
    }
    QVERIFY(result);
    QCOMPARE(formatJavaDateTime(*result, QStringLiteral("yyyy-MM-dd HH:mm")), expected);
}

// Java's DateTimeFormatter quoting: '' is a quote inside and outside quotes; an unclosed quote
// runs to the end. What the generator writes must pass the timestamp check of the same pattern
// (a fuzz finding: the two once disagreed on '' inside quotes).
void TestGenerators::quotedPatternLiterals_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *pattern, const char *expected) {
        QTest::addRow("%s", pattern) << QString::fromUtf8(pattern) << QString::fromUtf8(expected);
    };
    row("yyyy'T'HH", "2024T10");
    row("yy''MM", "24'01");
    row("yy'o''clock'HH", "24o'clock10");
    row("yy''''MM", "24'01");
    row("yy'''A'''MM", "24'A'01");
    row("yy'''''''A''''x", "24'''A''x");
    row("yy'unclosed HH", "24unclosed HH");
    row("yy\\\\'a''b'", "24\\\\a'b");
}

void TestGenerators::quotedPatternLiterals()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    const QDateTime when(QDate(2024, 1, 31), QTime(10, 20), QTimeZone::utc());
    const QString formatted = formatJavaDateTime(when, pattern);
    QCOMPARE(formatted, expected);
    QCOMPARE(validateDateTime(formatted, pattern), QString());
}

void TestGenerators::appliedToResponse()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"status":200,"headers":{"X-Id":"1"},
        "body":{"id":1,"items":[{"code":"a"},{"code":"b"}],"link":"http://localhost:1234/orders/1"},
        "generators":{"body":{"$.id":{"type":"RandomInt","min":5,"max":5},"$.items[*].code":{"type":"Regex","regex":"[x]{3}"},
                              "$.link":{"type":"MockServerURL","example":"http://localhost:1234/orders/1","regex":".*(/orders/\\d+)$"}},
                     "header":{"X-Id":{"type":"RandomInt","min":7,"max":7}}}})").object();
    const HttpResponse r = PactReader::readResponse(json, SpecVersion::V4);
    GeneratorContext ctx;
    ctx.mockServerUrl = QStringLiteral("http://127.0.0.1:5555");
    const HttpResponse out = applyGenerators(r, ctx);
    const QJsonObject body = out.body.asJson().toObject();
    QCOMPARE(body.value(u"id").toInt(), 5);
    QCOMPARE(body.value(u"items").toArray().at(1).toObject().value(u"code").toString(), QStringLiteral("xxx"));
    QCOMPARE(body.value(u"link").toString(), QStringLiteral("http://127.0.0.1:5555/orders/1"));
    QCOMPARE(out.headers.value(QStringLiteral("X-Id")), QStringLiteral("7"));
}

void TestGenerators::appliedToRequestInProviderMode()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"method":"GET","path":"/users/1","query":{"q":["x"]},
        "generators":{"path":{"type":"ProviderState","expression":"/users/${id}"},
                      "query":{"q":{"type":"ProviderState","expression":"${name}"}}}})").object();
    const HttpRequest r = PactReader::readRequest(json, SpecVersion::V4);
    GeneratorContext ctx;
    ctx.mode = GeneratorMode::Provider;
    ctx.providerState = QJsonObject{{QStringLiteral("id"), 42}, {QStringLiteral("name"), QStringLiteral("Ann")}};
    const HttpRequest out = applyGenerators(r, ctx);
    QCOMPARE(out.path, QStringLiteral("/users/42"));
    QCOMPARE(out.query.value(QStringLiteral("q")), QStringLiteral("Ann"));
    ctx.mode = GeneratorMode::Consumer;
    QCOMPARE(applyGenerators(r, ctx).path, QStringLiteral("/users/1"));
}

void TestGenerators::addsMissingHeadersAndParameters()
{
    // As the reference: a generator for a header or query parameter the part lacks adds it.
    const QJsonObject json = QJsonDocument::fromJson(R"({"method":"GET","path":"/","headers":{"Accept":"a/b"},
        "generators":{"header":{"X-Test":{"type":"RandomInt","min":3,"max":3}},
                      "query":{"v1":{"type":"Regex","regex":"[z]{2}"}}}})").object();
    const HttpRequest out = applyGenerators(PactReader::readRequest(json, SpecVersion::V4), GeneratorContext{});
    QCOMPARE(out.headers.value(QStringLiteral("X-Test")), QStringLiteral("3"));
    QCOMPARE(out.headers.value(QStringLiteral("Accept")), QStringLiteral("a/b"));
    QCOMPARE(out.query.value(QStringLiteral("v1")), QStringLiteral("zz"));
}

QTEST_APPLESS_MAIN(TestGenerators)
#include "tst_generators.moc"
