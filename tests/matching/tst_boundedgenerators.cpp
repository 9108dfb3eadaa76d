// SPDX-License-Identifier: MIT
// Generators whatever a pact says: hostile definitions are refused with the limit they break
// (never a hang or a huge value), and every pattern the Regex generator accepts gives values
// that QRegularExpression, the matcher, accepts.
#include <core/matching/generator.h>
#include <core/model/generatorcheck.h>
#include <core/model/pactreader.h>
#include <core/model/regexsyntax.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Pactbench;

namespace {

Generator generator(const QByteArray &text)
{
    return Generator::fromJson(QJsonDocument::fromJson(text).object());
}

QByteArray regexGenerator(const QString &pattern)
{
    return QJsonDocument(QJsonObject{ { u"type"_qs, u"Regex"_qs }, { u"regex"_qs, pattern } }).toJson();
}

} // namespace

class TestBoundedGenerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void regexValuesMatchTheirPattern_data();
    void regexValuesMatchTheirPattern();
    void lengthBound();
    void dateExpressionsStayInRange();
    void bigSizesAtTheLimitRun();
    void hostileGeneratorLeavesTheExample();
};

void TestBoundedGenerators::refused_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QString>("error");
    auto regex = [](const char *name, const QString &pattern, const QString &error) {
        QTest::addRow("%s", name) << regexGenerator(pattern) << u"Regex generator: "_qs + error;
    };
    regex("unclosed {", u"x{2"_qs, u"unclosed '{' at offset 1"_qs);
    regex("nested huge repeats", u"(x{65535}){65535}"_qs, u"repeat count 65535 at offset 2 is over the limit of 1000"_qs);
    regex("INT_MAX repeat", u"a{2147483647}"_qs, u"repeat count 2147483647 at offset 1 is over the limit of 1000"_qs);
    regex("repeat past qint64", u"a{99999999999999999999}"_qs,
        u"repeat count 99999999999999999999 at offset 1 is over the limit of 1000"_qs);
    regex("product over the length limit", u"(x{1000}){1000}"_qs,
        u"the pattern can produce values over the limit of 65536 characters"_qs);
    regex("deep product", u"((((a{100}){100}){100}){100})"_qs, // PCRE itself calls it too large
        u"the pattern can produce values over the limit of 65536 characters"_qs);
    regex("max below min", u"a{5,2}"_qs, u"repeat '{5,2}' at offset 1 has its maximum below its minimum"_qs);
    regex("{,m}", u"a{,3}"_qs, u"invalid repeat '{,3}' at offset 1"_qs);
    regex("trailing backslash", u"ab\\"_qs, u"trailing '\\' at offset 2"_qs);
    regex("unclosed (", u"(ab"_qs, u"unclosed '(' at offset 0"_qs);
    regex("unclosed [", u"[ab"_qs, u"unclosed '[' at offset 0"_qs);
    regex("unmatched )", u"ab)"_qs, u"unmatched ')' at offset 2"_qs);
    regex("nothing to repeat", u"*a"_qs, u"nothing to repeat at offset 0"_qs);
    regex("repeat of a repeat", u"a**"_qs, u"a repeat of a repeat at offset 2"_qs);
    regex("range out of order", u"[z-a]"_qs, u"range out of order at offset 1"_qs);
    regex("look-ahead", u"(?=a)b"_qs,
        u"the group at offset 0 (look-around, flags or a comment) is not supported by the regex generator"_qs);
    regex("back-reference", u"(a)\\1"_qs, u"back-reference at offset 3 is not supported by the regex generator"_qs);
    regex("too deep", QString(150, u'(') + QString(150, u')'),
        u"groups nested deeper than the limit of 100 at offset 101"_qs);
    regex("too long", QString(20000, u'a'), u"the pattern is 20000 characters long, over the limit of 16384"_qs);
    auto row = [](const char *name, const char *definition, const char *error) {
        QTest::addRow("%s", name) << QByteArray(definition) << QString::fromUtf8(error);
    };
    row("RandomString 2e9", R"({"type":"RandomString","size":2000000000})",
        "RandomString generator: 'size' 2000000000 is over the limit of 65536");
    row("RandomString negative", R"({"type":"RandomString","size":-1})", "RandomString generator: 'size' -1 is below 0");
    row("RandomString text size", R"({"type":"RandomString","size":"ten"})",
        "RandomString generator: 'size' must be a whole number, not ten");
    row("RandomHexadecimal 2e9", R"({"type":"RandomHexadecimal","digits":"2000000000"})",
        "RandomHexadecimal generator: 'digits' 2000000000 is over the limit of 65536");
    row("RandomDecimal 2e9", R"({"type":"RandomDecimal","digits":2e9})",
        "RandomDecimal generator: 'digits' 2000000000 is over the limit of 300");
    row("RandomDecimal fraction", R"({"type":"RandomDecimal","digits":2.5})",
        "RandomDecimal generator: 'digits' must be a whole number, not 2.5");
    row("RandomInt past 32 bits", R"({"type":"RandomInt","min":0,"max":99999999999})",
        "RandomInt generator: 'max' 99999999999 is over the limit of 2147483647");
    row("RandomInt min over max", R"({"type":"RandomInt","min":5,"max":1})",
        "RandomInt generator: 'min' is greater than 'max'");
    row("Date amount", R"({"type":"Date","expression":"+ 99999999999 days"})",
        "Date generator: expression '+ 99999999999 days': the amount 99999999999 is over the limit of 1000000000");
    row("DateTime unit", R"({"type":"DateTime","expression":"+ 1 fortnights banana"})",
        "DateTime generator: expression '+ 1 fortnights banana': unexpected 'banana'");
    row("Time clock", R"({"type":"Time","expression":"@ 25 o'clocks"})",
        "Time generator: expression '@ 25 o'clocks': unknown time '25 o'clocks'");
    row("DateTime hour", R"({"type":"DateTime","expression":"tomorrow @ 99 o'clock"})",
        "DateTime generator: expression 'tomorrow @ 99 o'clock': '99 o'clock' is not a time of day");
    row("Time 13 pm", R"({"type":"Time","expression":"@ 13 pm"})",
        "Time generator: expression '@ 13 pm': '13 pm' is not a time of day");
    row("ProviderState without expression", R"({"type":"ProviderState"})",
        "ProviderState generator: 'expression' must be a string");
    row("Regex without regex", R"({"type":"Regex","regex":42})", "Regex generator: 'regex' must be a string");
}

void TestBoundedGenerators::refused()
{
    QFETCH(QByteArray, definition);
    QFETCH(QString, error);
    const Generator g = generator(definition);
    GeneratorContext context;
    context.mode = GeneratorMode::Provider; // ProviderState runs
    QString reported;
    QVERIFY(!generateValue(g, {}, context, &reported));
    QCOMPARE(reported, error);
    QCOMPARE(checkGenerator(g), error); // what the reader reports at load
}

void TestBoundedGenerators::regexValuesMatchTheirPattern_data()
{
    QTest::addColumn<QString>("pattern");
    for (const char *p : { R"(\d{3}-[A-Z]{2})", "(foo|bar)+baz?", "[^a-z]{4}", "a.b", R"(^\w+@\w+\.com$)",
             R"((?<year>\d{4})-(?:0[1-9]|1[0-2]))", R"([\d\-]{5})", "x{2,}", R"(\x41\x{42}[\t ]\n)", R"(\D\W\S\s)",
             "[]a]", "[a-]", "a{0}b", "(a|)c", R"(\$\.\*\[\])", "(?i:ab)", "é[α-ω]{3}", "a{1000}" })
        QTest::addRow("%s", p) << QString::fromUtf8(p);
    QTest::addRow("range to U+FFFF") << (u"["_qs + QChar(0x100) + u"-"_qs + QChar(0xFFFF) + u"]{20}"_qs);
    QTest::addRow("astral range") << u"[😀-🙏]{3}"_qs;
}

void TestBoundedGenerators::regexValuesMatchTheirPattern()
{
    QFETCH(QString, pattern);
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    for (int i = 0; i < 50; ++i) {
        QString error;
        const auto value = generateFromRegex(pattern, &error);
        QVERIFY2(value, qPrintable(error));
        QVERIFY2(re.match(*value).hasMatch(), qPrintable(u"'%1' does not match"_qs.arg(*value)));
    }
}

void TestBoundedGenerators::lengthBound()
{
    // The bound is the pattern's longest value: exactly at the limit is accepted.
    const RegexSyntax atLimit = RegexSyntax::parse(u"(x{1000}){65}y{536}"_qs);
    QVERIFY2(atLimit.ok(), qPrintable(atLimit.error));
    QCOMPARE(atLimit.maxLength, RegexSyntax::MaxLength);
    QVERIFY(!RegexSyntax::parse(u"(x{1000}){65}y{537}"_qs).ok());
    QCOMPARE(RegexSyntax::parse(u"(ab|cdef)x*"_qs).maxLength, qint64(4 + RegexSyntax::OpenRepeat));
}

void TestBoundedGenerators::dateExpressionsStayInRange()
{
    const QDateTime base(QDate(2024, 1, 31), QTime(10, 20), QTimeZone::utc());
    QString error;
    const auto far = evaluateDateExpression(u"+ 1000000000 fortnights"_qs, base, &error);
    // 14e9 days on, and no overflow on the way (the amount is bounded, 14 * 1e9 fits).
    QVERIFY2(far, qPrintable(error));
    QCOMPARE(far->date().toJulianDay(), base.date().toJulianDay() + qint64(14) * 1000000000);
    const auto farMs = evaluateDateExpression(u"- 1000000000 milliseconds"_qs, base, &error);
    QVERIFY(farMs);
    QCOMPARE(*farMs, base.addMSecs(-1000000000));
}

void TestBoundedGenerators::bigSizesAtTheLimitRun()
{
    const auto s = generateValue(generator(R"({"type":"RandomString","size":65536})"), {}, {});
    QVERIFY(s);
    QCOMPARE(s->toString().size(), 65536);
    const auto d = generateValue(generator(R"({"type":"RandomDecimal","digits":300})"), {}, {});
    QVERIFY(d && d->isDouble() && qIsFinite(d->toDouble()));
}

void TestBoundedGenerators::hostileGeneratorLeavesTheExample()
{
    // The mock server serves the example when a generator cannot run (as Pact's reference does).
    const ReadResult read = PactReader::read(R"({"consumer":{"name":"c"},"provider":{"name":"p"},
        "metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[{"type":"Synchronous/HTTP",
        "description":"d","request":{"method":"GET","path":"/"},"response":{"status":200,
        "body":{"content":{"id":"example"},"contentType":"application/json"},
        "generators":{"body":{"$.id":{"type":"Regex","regex":"x{2"}}}}}]})");
    QVERIFY(read.pact);
    const HttpResponse out = applyGenerators(read.pact->interactions.at(0).response, {});
    QCOMPARE(out.body.asJson().toObject().value(u"id").toString(), u"example"_qs);
}

QTEST_GUILESS_MAIN(TestBoundedGenerators)
#include "tst_boundedgenerators.moc"
